import { isUtf8 } from 'node:buffer';
import { printable } from './escapes.js';
import type { View } from './view.js';

/** Base64 blobs (standard or url-safe) that decode to text, for detectors to look into. */

/**
 * Per UTF-16 code unit, what it is in base64 (standard or url-safe): 2 an upper-case letter, 4 a
 * lower-case one, 1 a digit or `+ / _ -`, 0 none. One lookup tells a run's extent and its cases.
 */
const kinds = new Uint8Array(0x10000);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') kinds[ch.charCodeAt(0)] = 2;
for (const ch of 'abcdefghijklmnopqrstuvwxyz') kinds[ch.charCodeAt(0)] = 4;
for (const ch of '0123456789+/_-') kinds[ch.charCodeAt(0)] = 1;
const BOTH_CASES = 2 | 4;

/**
 * Whether `text` has `%2B` or `%2F` at `i`: a base64 `+` or `/` percent-encoded, as a blob in a query
 * string is (`?data=eyJldmVudCI6…%2B…%3D`); with `padding`, `%3D` (an encoded `=`) too.
 */
function escapedAt(text: string, i: number, padding = false): boolean {
  if (text.charCodeAt(i) !== 0x25) return false;
  const a = text.charCodeAt(i + 1);
  const b = text.charCodeAt(i + 2) | 0x20;
  return (a === 0x32 && (b === 0x62 || b === 0x66)) || (padding && a === 0x33 && b === 0x64);
}

/**
 * Runs of 16+ base64 characters (standard or url-safe, or percent-encoded) holding both cases, with
 * their `=` (or `%3D`) padding, and SMTP AUTH challenges (see `SMTP_CHALLENGE`). Any such run covers a position ≡ 15 (mod 16), so only those are
 * probed and expanded (the cases are read on the way): about 600 MB/s on prose, where a regex over a
 * class run tries every start position and manages 30.
 */
export function base64Runs(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let p = 15; p < text.length; p += 16) {
    let seen = kinds[text.charCodeAt(p)] as number;
    if (seen === 0 && !escapedAt(text, p)) continue;
    let start = p;
    while (start > 0) {
      const kind = kinds[text.charCodeAt(start - 1)] as number;
      if (kind === 0 && !escapedAt(text, start - 1)) break;
      seen |= kind;
      start--;
    }
    let end = p;
    while (end < text.length) {
      const kind = kinds[text.charCodeAt(end)] as number;
      if (kind !== 0) end++;
      else if (escapedAt(text, end)) end += 3;
      else break;
      seen |= kind;
    }
    p = (end | 15) - 16;
    if (end - start < 16 || (seen & BOTH_CASES) !== BOTH_CASES) continue;
    for (let pads = 0; pads < 2; pads++) {
      if (text.charCodeAt(end) === 0x3d) end++;
      else if (escapedAt(text, end, true)) end += 3;
      else break;
    }
    if (text.charCodeAt(end) !== 0x3d && !escapedAt(text, end, true)) runs.push([start, end]);
  }
  // Tried after each `334 ` not preceded by a digit: the same matches as a lookbehind
  // `(?<=(?:^|\D)334 )`, which a regex tried at every character of a long text holding one `334 `.
  let challenges = false;
  for (let i = text.indexOf('334 '); i !== -1; i = text.indexOf('334 ', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (before >= 0x30 && before <= 0x39) continue;
    SMTP_CHALLENGE.lastIndex = i + 4;
    const m = SMTP_CHALLENGE.exec(text);
    if (m === null) continue;
    runs.push([i + 4, i + 4 + m[0].length]);
    challenges = true;
  }
  if (challenges) runs.sort((a, b) => a[0] - b[0]);
  return runs;
}

/**
 * `334 UGFzc3dvcmQ6`: an SMTP server's AUTH challenge (RFC 4954 §4), base64 too short for a run of its
 * own, read right after the `334 `. Decoded (`Username:`, `Password:`), it labels the client's answer
 * on the next line.
 */
const SMTP_CHALLENGE = /[A-Za-z0-9+/]{8,15}={0,2}(?=[ \t]*\r?$)/my;

/** Blobs are decoded up to this many characters: enough for any text worth hiding, bounded work. */
const MAX_BLOB = 64 * 1024;

/** The text a base64 run encodes, if it is mostly printable UTF-8 (binary, hashes and ids are not). */
export function decodeBase64Text(run: string): string | undefined {
  if (!/[a-z]/.test(run) || !/[A-Z]/.test(run) || /^[0-9a-fA-F]+$/.test(run)) return;
  const body = run
    .replace(/(?:=|%3[Dd])+$/, '')
    .slice(0, MAX_BLOB)
    .replace(/%2[Bb]/g, '+')
    .replace(/%2[Ff]/g, '/');
  if (body.length % 4 === 1) return;
  const bytes = Buffer.from(body, 'base64');
  if (!isUtf8(bytes)) return; // checked first: most runs are identifiers that decode to binary
  const decoded = bytes.toString('utf8');
  let visible = 0;
  for (const ch of decoded) {
    const cp = ch.codePointAt(0) as number;
    if (printable(cp) !== undefined && cp !== 0xfffd) visible++;
  }
  return decoded.length >= 8 && visible >= 0.95 * [...decoded].length ? decoded : undefined;
}

/** One view of every decoded blob, newline-separated, each character mapped to its whole blob. */
export function base64View(text: string, runs: ReadonlyArray<[number, number]>): View | undefined {
  const parts: string[] = [];
  const spans: number[] = [];
  for (const [start, end] of runs) {
    const decoded = decodeBase64Text(text.slice(start, end));
    if (decoded === undefined) continue;
    parts.push(`${decoded}\n`);
    spans.push(start, end);
  }
  if (parts.length === 0) return;
  const blobs = parts.join('');
  const starts = new Int32Array(blobs.length);
  const ends = new Int32Array(blobs.length);
  let k = 0;
  parts.forEach((part, i) => {
    starts.fill(spans[2 * i] as number, k, k + part.length);
    ends.fill(spans[2 * i + 1] as number, k, k + part.length);
    k += part.length;
  });
  return { text: blobs, starts, ends };
}
