import { isUtf8 } from 'node:buffer';
import { printable } from './escapes.js';
import type { View } from './view.js';

/** Base64 blobs (standard or url-safe) that decode to text, for detectors to look into. */

const base64Chars = new Uint8Array(0x10000);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-')
  base64Chars[ch.charCodeAt(0)] = 1;
const isBase64 = (text: string, i: number): boolean => base64Chars[text.charCodeAt(i)] === 1;

function hasBothCases(text: string, start: number, end: number): boolean {
  let upper = false;
  let lower = false;
  for (let i = start; i < end && !(upper && lower); i++) {
    const c = text.charCodeAt(i);
    upper ||= c >= 0x41 && c <= 0x5a;
    lower ||= c >= 0x61 && c <= 0x7a;
  }
  return upper && lower;
}

/**
 * Runs of 16+ base64 characters (standard or url-safe) holding both cases, with their `=` padding.
 * Any such run covers a position ≡ 15 (mod 16), so only those are probed and expanded: about 600 MB/s
 * on prose, where a regex over a class run tries every start position and manages 30.
 */
export function base64Runs(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let p = 15; p < text.length; p += 16) {
    if (!isBase64(text, p)) continue;
    let start = p;
    while (start > 0 && isBase64(text, start - 1)) start--;
    let end = p + 1;
    while (end < text.length && isBase64(text, end)) end++;
    p = (end | 15) - 16;
    if (end - start < 16 || !hasBothCases(text, start, end)) continue;
    const runEnd = end;
    while (end < runEnd + 2 && text.charCodeAt(end) === 0x3d) end++;
    if (text.charCodeAt(end) !== 0x3d) runs.push([start, end]);
  }
  return runs;
}

/** Blobs are decoded up to this many characters: enough for any text worth hiding, bounded work. */
const MAX_BLOB = 64 * 1024;

/** The text a base64 run encodes, if it is mostly printable UTF-8 (binary, hashes and ids are not). */
export function decodeBase64Text(run: string): string | undefined {
  if (!/[a-z]/.test(run) || !/[A-Z]/.test(run) || /^[0-9a-fA-F]+$/.test(run)) return;
  const body = run.replace(/=+$/, '').slice(0, MAX_BLOB);
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
