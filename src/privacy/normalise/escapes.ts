import { isUtf8 } from 'node:buffer';
import { entities } from './entities.js';
import type { Edit } from './view.js';

/**
 * URL percent-encoding, HTML character references, `\u`/`\x` escapes, escaped quotes and line breaks,
 * decoded. An escaped quote (`\"`) is JSON inside a JSON string, as tool-call arguments and tool
 * results travel: `"content": "{\"date_of_birth\": \"1983-06-19\"}"` reads as keys and values once
 * decoded; escaped line breaks (`\n`, `\r`, `\t`) give a request body's pasted table back its rows.
 */

/** A cheap sign that `escapeEdits` could change a text: every escape starts with one of these. */
export const escapeSign =
  /%[0-9A-Fa-f]{2}|&#|&[A-Za-z][A-Za-z0-9]{1,7};|\\u[0-9A-Fa-f{]|\\x[0-9A-Fa-f]{2}|\\[23][0-7]{2}\\[0-7]{3}|\\(?:"|[nrt](?<!\\\\[nrt]))/g;

const ESCAPED =
  /(?:%(?:25)*[0-9A-Fa-f]{2})+|&(?:amp;)*(?:#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?|[A-Za-z][A-Za-z0-9]{1,7};)|\\u\{[0-9A-Fa-f]{1,6}\}|\\+u[0-9A-Fa-f]{4}|(?:\\x[0-9A-Fa-f]{2})+|(?:\\[0-3][0-7]{2}){2,}|(?<!\\)(?:\\\\)*\\"|\\[nrt](?<!\\\\[nrt])/g;

/**
 * One escaped byte: `%XX`, or `%25XX`, `%2525XX` (a `%XX` encoded again inside a URL nested in
 * another, once per level: a SAML RelayState holding a return URL holding an address), `\xXX`.
 */
const PERCENT_BYTE = /%(?:25)*([0-9A-Fa-f]{2})/g;
const X_BYTE = /\\x([0-9A-Fa-f]{2})/g;
/** One octal-escaped byte (protobuf text format, C strings): `\303\251` is `é`. */
const OCTAL_BYTE = /\\([0-3][0-7]{2})/g;

/** A form body or query string (`key=value&key=value`, up to a blank or a quote). */
const FORM = /[^\s'"<>]*=[^\s'"<>]*/g;
/** A form or query value (`key=value`, up to `&`). */
const FORM_VALUE = /=[^\s&'"<>=]{1,512}/g;

export function printable(cp: number): string | undefined {
  if (cp > 0x10ffff || (cp < 0x20 && cp !== 9 && cp !== 10 && cp !== 13) || (cp >= 0x7f && cp < 0xa0)) return;
  return String.fromCodePoint(cp);
}

/**
 * Decodes a run of escaped bytes (`%XX`, `\xXX`) one UTF-8 sequence at a time, so each character
 * maps to its own bytes; a byte that starts no valid sequence becomes `single(byte)`, if anything.
 */
export function byteEdits(
  run: string,
  at: number,
  byte: RegExp,
  single: (value: number) => string | undefined,
  edits: Edit[],
  radix = 16,
): void {
  const bytes = [...run.matchAll(byte)].map((m) => ({
    start: at + m.index,
    end: at + m.index + m[0].length,
    value: Number.parseInt(m[1] as string, radix),
  }));
  for (let i = 0; i < bytes.length; ) {
    const first = bytes[i] as (typeof bytes)[number];
    const size = first.value < 0xc2 ? 1 : first.value < 0xe0 ? 2 : first.value < 0xf0 ? 3 : 4;
    let value: string | undefined;
    if (size > 1 && i + size <= bytes.length) {
      const sequence = Buffer.from(bytes.slice(i, i + size).map((b) => b.value));
      if (isUtf8(sequence)) value = printable(sequence.toString('utf8').codePointAt(0) as number);
    }
    if (value !== undefined) {
      edits.push({ start: first.start, end: (bytes[i + size - 1] as typeof first).end, value });
      i += size;
      continue;
    }
    value = single(first.value);
    if (value !== undefined) edits.push({ start: first.start, end: first.end, value });
    i++;
  }
}

/** A lone percent-encoded byte is ASCII or nothing (RFC 3986 §2.5: octets are UTF-8). */
export const asciiByte = (value: number): string | undefined => (value < 0x80 ? printable(value) : undefined);

/**
 * `+` as a space (WHATWG URL, application/x-www-form-urlencoded) in the values of a form body that
 * holds a percent escape (`requester_name=Ana+Beatriz&requester_email=ana%40uol.com.br`): whatever
 * encoded it wrote a plus as `%2B`, so none of its `+` is one. A body with no escape may be a URL a
 * person typed, where `+` is more likely a plus; a value's leading `+` and a doubled one stay.
 */
function formSpaceEdits(text: string, edits: Edit[]): void {
  for (const form of text.matchAll(FORM)) {
    if (!form[0].includes('+') || !/%[0-9A-Fa-f]{2}/.test(form[0])) continue;
    for (const m of form[0].matchAll(FORM_VALUE)) {
      const value = m[0];
      const at = form.index + m.index;
      for (let i = 2; i < value.length - 1; i++) {
        if (value[i] === '+' && value[i - 1] !== '+' && value[i + 1] !== '+')
          edits.push({ start: at + i, end: at + i + 1, value: ' ' });
      }
    }
  }
}

/**
 * Decodes URL percent-encoding (valid UTF-8 only, also encoded twice or more: `%2540`, `%252540`)
 * with `+` as a space in form bodies, HTML character references (numeric and named, also escaped
 * twice: `&amp;#64;`), `\u` escapes, and `\x` escapes (a
 * run of them as UTF-8, the way Python prints bytes: `b'\xc5\x81ukasz'`).
 */
export function escapeEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  let percent = false;
  for (const m of text.matchAll(ESCAPED)) {
    const raw = m[0];
    const at = m.index;
    let value: string | undefined;
    if (raw[0] === '%') {
      percent = true;
      byteEdits(raw, at, PERCENT_BYTE, asciiByte, edits);
      continue;
    }
    if (raw.startsWith('\\x')) {
      byteEdits(raw, at, X_BYTE, printable, edits);
      continue;
    }
    if (raw.length >= 8 && /^\\[0-3]/.test(raw)) {
      byteEdits(raw, at, OCTAL_BYTE, () => undefined, edits, 8);
      continue;
    }
    // `&amp;#64;`, `&amp;nbsp;`: a reference escaped again (a WordPress export of escaped HTML).
    const reference = raw[0] === '&' ? raw.replace(/^&(?:amp;)+(?=\w|#)/, '&') : raw;
    if (reference.startsWith('&#x') || reference.startsWith('&#X'))
      value = printable(Number.parseInt(reference.slice(3), 16));
    else if (reference.startsWith('&#')) value = printable(Number.parseInt(reference.slice(2), 10));
    else if (reference[0] === '&') value = entities.get(reference.slice(1, -1));
    // `\\\"` and `\\\\u00f6` (a quote and an `ö` in a JSON string inside a JSON string inside
    // another: each level escapes the backslashes of the one inside) decode as `\"` and `\u00f6` do.
    else if (raw.endsWith('"')) value = '"';
    else if (raw.length === 2) value = raw === '\\n' ? '\n' : raw === '\\t' ? '\t' : '\r';
    else if (raw.startsWith('\\u{')) value = printable(Number.parseInt(raw.slice(3, -1), 16));
    else {
      const code = Number.parseInt(raw.slice(-4), 16);
      value = code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : printable(code);
    }
    if (value !== undefined) edits.push({ start: at, end: at + raw.length, value });
  }
  if (percent && text.includes('+')) {
    formSpaceEdits(text, edits);
    edits.sort((a, b) => a.start - b.start);
  }
  return edits;
}
