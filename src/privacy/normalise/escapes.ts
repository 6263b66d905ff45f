import type { Edit } from './view.js';

/**
 * URL percent-encoding, HTML character references, `\u`/`\x` escapes and escaped quotes, decoded.
 * An escaped quote (`\"`) is JSON inside a JSON string, as tool-call arguments and tool results
 * travel: `"content": "{\"date_of_birth\": \"1983-06-19\"}"` reads as keys and values once decoded.
 */

/** A cheap sign that `escapeEdits` could change a text: every escape starts with one of these. */
export const escapeSign = /%[0-9A-Fa-f]{2}|&#|&[A-Za-z]{2,8};|\\u[0-9A-Fa-f{]|\\x[0-9A-Fa-f]{2}|\\"/g;

const ESCAPED =
  /(?:%[0-9A-Fa-f]{2})+|&(?:#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?|[A-Za-z]{2,8};)|\\u\{[0-9A-Fa-f]{1,6}\}|\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}|\\"/g;

/** The HTML named character references that spell ASCII punctuation (WHATWG HTML, named references). */
const entities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  commat: '@',
  period: '.',
  plus: '+',
  hyphen: '-',
  dash: '-',
  lowbar: '_',
  colon: ':',
  sol: '/',
  num: '#',
  percnt: '%',
  equals: '=',
  excl: '!',
  quest: '?',
  dollar: '$',
  comma: ',',
  semi: ';',
  lpar: '(',
  rpar: ')',
  lsqb: '[',
  rsqb: ']',
  lbrack: '[',
  rbrack: ']',
  lcub: '{',
  rcub: '}',
  lbrace: '{',
  rbrace: '}',
  ast: '*',
  bsol: '\\',
  verbar: '|',
  vert: '|',
  grave: '`',
  Hat: '^',
};

export function printable(cp: number): string | undefined {
  if (cp > 0x10ffff || (cp < 0x20 && cp !== 9 && cp !== 10 && cp !== 13) || (cp >= 0x7f && cp < 0xa0)) return;
  return String.fromCodePoint(cp);
}

/** Decodes a run of `%XX` one UTF-8 sequence at a time, so each character maps to its own bytes. */
function percentEdits(run: string, at: number, edits: Edit[]): void {
  const bytes = Array.from({ length: run.length / 3 }, (_, i) =>
    Number.parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16),
  );
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    const size = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    let value: string | undefined;
    try {
      value = decodeURIComponent(run.slice(i * 3, (i + size) * 3));
    } catch {
      value = undefined;
    }
    if (
      value !== undefined &&
      [...value].length === 1 &&
      printable(value.codePointAt(0) as number) !== undefined
    ) {
      edits.push({ start: at + i * 3, end: at + (i + size) * 3, value });
      i += size;
    } else i++;
  }
}

/** Decodes URL percent-encoding (valid UTF-8 only), HTML character references and `\u`/`\x` escapes. */
export function escapeEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(ESCAPED)) {
    const raw = m[0];
    const at = m.index;
    let value: string | undefined;
    if (raw[0] === '%') {
      percentEdits(raw, at, edits);
      continue;
    }
    if (raw.startsWith('&#x') || raw.startsWith('&#X')) value = printable(Number.parseInt(raw.slice(3), 16));
    else if (raw.startsWith('&#')) value = printable(Number.parseInt(raw.slice(2), 10));
    else if (raw[0] === '&') value = entities[raw.slice(1, -1)];
    else if (raw === '\\"') value = '"';
    else if (raw.startsWith('\\u{')) value = printable(Number.parseInt(raw.slice(3, -1), 16));
    else {
      const code = Number.parseInt(raw.slice(2), 16);
      value = code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : printable(code);
    }
    if (value !== undefined) edits.push({ start: at, end: at + raw.length, value });
  }
  return edits;
}
