import { TextDecoder } from 'node:util';
import { asciiByte, byteEdits, printable } from './escapes.js';
import type { Edit } from './view.js';

/**
 * Raw e-mail: quoted-printable bodies (RFC 2045 §6.7), where `=C3=B6` is `ö`, `=40` is `@` and a
 * line ending in `=` goes on in the next line, even inside a name or an IBAN; and RFC 2047 encoded
 * words in headers, `=?UTF-8?Q?Bj=C3=B6rn_=C3=85kesson?=` or `=?UTF-8?B?0J7Qu9C10L3QsA==?=`.
 */

/**
 * Signs that `mimeEdits` could change a text, as regex sources: a UTF-8 sequence in
 * quoted-printable or the start of an encoded word (both starting with `=`), and a soft line break,
 * as what holds at a `\n` (found from it, as the line-break signs are).
 */
export const mimeSigns = {
  equals: String.raw`=(?:[C-F][0-9A-F]=[89AB][0-9A-F]|\?[\w.:*-]{1,40}\?[BbQq]\?)`,
  atNewline: String.raw`(?<==\r?\n)`,
};
/** What makes a window quoted-printable: a UTF-8 sequence, or `=3D` (an encoded `=`, as in `href=3D"…"`). */
const QP_WINDOW = /=[C-F][0-9A-F]=[89AB][0-9A-F]|=3D/;
export const mimeSign = new RegExp(`${mimeSigns.equals}|=3D`, 'g');

const ENCODED_WORD = /=\?([\w.:-]{1,40})(?:\*[\w-]{1,20})?\?([BbQq])\?([^?\s]{1,1024})\?=/g;
/** Whitespace between two encoded words is no part of the text (RFC 2047 §6.2). */
const BETWEEN_WORDS = /^[ \t]*(?:\r?\n[ \t]+)?(?==\?)/;
const Q_BYTES = /(?:=[0-9A-Fa-f]{2})+/g;
const Q_BYTE = /=([0-9A-Fa-f]{2})/g;
/** A run of quoted-printable bytes, which a soft line break may cut in the middle of a character. */
const QP_BYTES = /=[0-9A-F]{2}(?:(?:=\r?\n)?=[0-9A-F]{2})*/g;
const QP_BYTE = /=([0-9A-F]{2})/g;
const SOFT_BREAK = /=\r?\n/g;
/** Control characters or a replacement character: binary, or the wrong charset. */
function notText(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) return true;
  }
  return false;
}

function decoderFor(charset: string): TextDecoder | undefined {
  try {
    return new TextDecoder(charset);
  } catch {
    return undefined;
  }
}

/**
 * A Q-encoded word's text: `_` is a space, `=XX` a byte, decoded one UTF-8 character at a time (or,
 * in another charset, a run of bytes at a time), so each character maps to its own bytes.
 */
function qEdits(text: string, at: number, decoder: TextDecoder, utf8: boolean, edits: Edit[]): void {
  for (let i = text.indexOf('_'); i !== -1; i = text.indexOf('_', i + 1))
    edits.push({ start: at + i, end: at + i + 1, value: ' ' });
  for (const m of text.matchAll(Q_BYTES)) {
    if (utf8) {
      byteEdits(m[0], at + m.index, Q_BYTE, asciiByte, edits);
      continue;
    }
    const bytes = Uint8Array.from(m[0].matchAll(Q_BYTE), (b) => Number.parseInt(b[1] as string, 16));
    const value = decoder.decode(bytes);
    // A single-byte charset: one character per byte.
    if (value.length === bytes.length)
      for (let k = 0; k < bytes.length; k++) {
        const ch = printable(value.charCodeAt(k));
        const start = at + m.index + 3 * k;
        if (ch !== undefined) edits.push({ start, end: start + 3, value: ch });
      }
    else edits.push({ start: at + m.index, end: at + m.index + m[0].length, value });
  }
}

/**
 * RFC 2047 encoded words decoded: the charset and encoding markers removed, the text decoded in
 * place. Returns the spans the words cover.
 */
function encodedWordEdits(text: string, edits: Edit[]): number[] {
  const spans: number[] = [];
  for (const m of text.matchAll(ENCODED_WORD)) {
    const [raw, charset = '', encoding = '', body = ''] = m;
    const decoder = decoderFor(charset);
    if (decoder === undefined) continue;
    const bodyAt = m.index + raw.length - 2 - body.length;
    const decoded: Edit[] = [];
    if (encoding === 'Q' || encoding === 'q')
      qEdits(body, bodyAt, decoder, decoder.encoding === 'utf-8', decoded);
    else {
      const value = decoder.decode(Buffer.from(body, 'base64'));
      if (value === '' || notText(value)) continue;
      decoded.push({ start: bodyAt, end: bodyAt + body.length, value });
    }
    edits.push({ start: m.index, end: bodyAt, value: '' }, ...decoded.sort((a, b) => a.start - b.start));
    edits.push({ start: bodyAt + body.length, end: m.index + raw.length, value: '' });
    const end = m.index + raw.length;
    const between = BETWEEN_WORDS.exec(text.slice(end, end + 64))?.[0].length ?? 0;
    if (between > 0) edits.push({ start: end, end: end + between, value: '' });
    spans.push(m.index, end + between);
  }
  return spans;
}

/** Quoted-printable decoded: `=XX` bytes (one UTF-8 character at a time, a lone byte as Latin-1) and soft line breaks removed. */
function quotedPrintableEdits(text: string, edits: Edit[]): void {
  const decoded: Edit[] = [];
  for (const m of text.matchAll(QP_BYTES)) byteEdits(m[0], m.index, QP_BYTE, printable, decoded);
  let k = 0;
  for (const m of text.matchAll(SOFT_BREAK)) {
    while (k < decoded.length && (decoded[k] as Edit).end <= m.index) k++;
    const covering = decoded[k];
    if (covering === undefined || covering.start > m.index)
      edits.push({ start: m.index, end: m.index + m[0].length, value: '' });
  }
  edits.push(...decoded);
}

/**
 * Decodes RFC 2047 encoded words, and quoted-printable where the text shows it is (a UTF-8 sequence
 * or an encoded `=`): `width=40` in other text stays as it is.
 */
export function mimeEdits(text: string): Edit[] {
  const words: Edit[] = [];
  const spans = text.includes('=?') ? encodedWordEdits(text, words) : [];
  if (!QP_WINDOW.test(text)) return words;
  const body: Edit[] = [];
  quotedPrintableEdits(text, body);
  const outside = body.filter((e) => {
    for (let i = 0; i < spans.length; i += 2)
      if (e.start < (spans[i + 1] as number) && (spans[i] as number) < e.end) return false;
    return true;
  });
  return [...words, ...outside].sort((a, b) => a.start - b.start);
}
