import type { Edit } from './view.js';

/**
 * Cloudflare's e-mail address obfuscation: a page served through it has each address replaced by
 * `[email protected]` and its hex in `data-cfemail="…"` or a link to
 * `/cdn-cgi/l/email-protection#…`, which a script decodes in the browser. The first byte is a key,
 * every other byte the address's character XOR that key: `5c3633…` is `j` (0x36 ^ 0x5c), `o`, ….
 */

/** A sign that `cfEmailEdits` could change a text: the attribute or the link, each starting with a rare character. */
export const cfEmailSign = /=(?<=data-cfemail=)|#(?<=email-protection#)/g;

const ENCODED = /(?<=data-cfemail=["']?|email-protection#)(?:[0-9a-fA-F]{2}){6,128}(?![0-9a-fA-F])/g;

/** The hex decoded in place, where it gives printable ASCII with an `@`. */
export function cfEmailEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(ENCODED)) {
    const hex = m[0];
    const key = Number.parseInt(hex.slice(0, 2), 16);
    let value = '';
    for (let i = 2; i < hex.length; i += 2) {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) ^ key;
      if (c < 0x21 || c > 0x7e) {
        value = '';
        break;
      }
      value += String.fromCharCode(c);
    }
    if (value.includes('@')) edits.push({ start: m.index, end: m.index + hex.length, value });
  }
  return edits;
}
