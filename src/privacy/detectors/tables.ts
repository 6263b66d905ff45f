import type { Finding } from '../detector.js';
import { resolveOverlaps } from '../registry.js';
import { isSpace, isWord, matchAt, sticky } from './scan.js';

/**
 * Finds values labelled by a column header or a key in notebook material: result tables (CSV, TSV,
 * semicolon CSV, markdown, psql `|` output with its `---+---` rule, pandas DataFrame printouts) and
 * key/value text (JSON, Python dicts, YAML, `.env`, `key=value` logs). Detectors decide which
 * labels matter; this file only says where each value sits in the original text.
 */

export interface Cell {
  /** The column header or key, as written (quotes stripped). */
  header: string;
  /** Every header of the table the cell belongs to (just `[header]` for key/value pairs). */
  headers: readonly string[];
  value: string;
  /** Offsets of `value` in the text: `text.slice(start, end) === value`. */
  start: number;
  end: number;
  /** For key/value pairs: whether the value was quoted, and the separator used. */
  quoted?: boolean;
  separator?: string;
}

interface Line {
  text: string;
  start: number;
}
interface Segment {
  value: string;
  start: number;
  end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ text: text.slice(start, text[end - 1] === '\r' ? end - 1 : end), start });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

function trimmed(line: string, from: number, to: number, base: number): Segment {
  let s = from;
  let e = to;
  while (s < e && isSpace(line.charCodeAt(s))) s++;
  while (e > s && isSpace(line.charCodeAt(e - 1))) e--;
  if (e - s >= 2 && line[s] === '"' && line[e - 1] === '"') {
    s++;
    e--;
  }
  return { value: line.slice(s, e), start: base + s, end: base + e };
}

/** Splits on `sep` outside double quotes (RFC 4180 style, one line at a time). */
function split(line: Line, sep: string): Segment[] {
  return splitWhile(line, sep, undefined) as Segment[];
}

/** `split`, giving up (null) at the first segment failing `keep`: a header row stops at a non-name. */
function splitWhile(
  line: Line,
  sep: string,
  keep: ((value: string) => boolean) | undefined,
): Segment[] | null {
  const out: Segment[] = [];
  let from = 0;
  let quoted = false;
  const d = sep.charCodeAt(0);
  const text = line.text;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (i === text.length || (c === d && !quoted)) {
      const segment = trimmed(text, from, i, line.start);
      if (keep !== undefined && !keep(segment.value)) return null;
      out.push(segment);
      from = i + 1;
    }
  }
  return out;
}

function pipeCells(line: Line): Segment[] {
  const cells = split(line, '|');
  const text = line.text;
  let s = 0;
  let e = text.length;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (text.charCodeAt(s) === 124) cells.shift();
  if (e - s > 1 && text.charCodeAt(e - 1) === 124) cells.pop();
  return cells;
}

const isRule = (s: string): boolean => s.includes('---') && /^[\s|:+-]+$/.test(s);
const isHeaderName = (s: string): boolean => /^[\p{L}_][\p{L}\p{N}_ .#/-]{0,63}$/u.test(s);
const footer = /^\s*\(\d+ rows?\)\s*$|^\s*\[\d+ rows x \d+ columns\]\s*$/;

/** Header names per table, shared by its rows' cells (read-only). */
const headerNames = new WeakMap<Segment[], string[]>();

function emit(out: Cell[], headers: Segment[], row: Segment[]): void {
  let names = headerNames.get(headers);
  if (names === undefined) {
    names = headers.map((h) => h.value);
    headerNames.set(headers, names);
  }
  const count = Math.min(row.length, names.length);
  for (let k = 0; k < count; k++) {
    const cell = row[k] as Segment;
    if (cell.value !== '')
      out.push({
        header: names[k] as string,
        headers: names,
        value: cell.value,
        start: cell.start,
        end: cell.end,
      });
  }
}

/** psql and markdown: header, a `---` rule, then rows. Returns the index after the last row. */
function ruled(lines: Line[], i: number, out: Cell[]): number {
  const header = lines[i] as Line;
  const piped = header.text.includes('|');
  const headers = piped ? pipeCells(header) : [trimmed(header.text, 0, header.text.length, header.start)];
  if (!headers.every((h) => isHeaderName(h.value))) return i + 1;
  let j = i + 2;
  for (; j < lines.length; j++) {
    const row = lines[j] as Line;
    if (row.text.trim() === '' || footer.test(row.text) || (piped && !row.text.includes('|'))) break;
    emit(out, headers, piped ? pipeCells(row) : [trimmed(row.text, 0, row.text.length, row.start)]);
  }
  return j;
}

const separators = ['\t', ',', ';'] as const;

function delimited(lines: Line[], i: number, out: Cell[]): number {
  const header = lines[i] as Line;
  for (const sep of separators) {
    // A header holding `sep` has two or more names (a quoted `sep` fails isHeaderName), so a next
    // line without `sep` cannot be a row of it.
    if (!header.text.includes(sep) || !(lines[i + 1] as Line).text.includes(sep)) continue;
    const headers = splitWhile(header, sep, isHeaderName);
    if (headers === null) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = split(lines[j] as Line, sep);
      if (row.length !== headers.length) break;
      emit(out, headers, row);
    }
    if (j > i + 1) return j;
  }
  return i + 1;
}

/** pandas right-aligns each column to its header's right edge, after an index column. */
function pandas(lines: Line[], i: number, out: Cell[]): number {
  const header = lines[i] as Line;
  // The first row must start at the line's first character (see `aligned`).
  if (!/^ +\S/.test(header.text) || !/^\S/.test(lines[i + 1]?.text ?? '')) return i + 1;
  const edges = [...header.text.matchAll(/\S+/g)].map((m) => ({ name: m[0], end: m.index + m[0].length }));
  const aligned = (row: string): boolean =>
    /^\S/.test(row) &&
    edges.filter((e) => row[e.end - 1] !== ' ' && row[e.end - 1] !== undefined && (row[e.end] ?? ' ') === ' ')
      .length *
      2 >
      edges.length;
  const headers = edges.map((e) => ({ value: e.name, start: 0, end: 0 }));
  let j = i + 1;
  for (; j < lines.length && aligned((lines[j] as Line).text); j++) {
    const row = lines[j] as Line;
    let prev = (row.text.match(/^\S+/)?.[0] ?? '').length;
    emit(
      out,
      headers,
      edges.map((e) => {
        const cell = trimmed(row.text, Math.min(prev, e.end), e.end, row.start);
        prev = e.end;
        return cell;
      }),
    );
  }
  return j;
}

/** Every cell of every table found in `text`, with its column header. */
/**
 * Several detectors read the same text's tables and key/value pairs in turn: the last text's
 * answer is kept (one entry each, so memory stays bounded). Callers must not mutate the result.
 */
export function tableCells(text: string): Cell[] {
  if (text !== lastTableText) lastTableCells = parseTableCells(text);
  lastTableText = text; // an equal copy matched by content: compare by reference next time
  return lastTableCells;
}

export function keyedValues(text: string): Cell[] {
  if (text !== lastKeyedText) lastKeyedCells = parseKeyedValues(text);
  lastKeyedText = text;
  return lastKeyedCells;
}

let lastTableText: string | undefined;
let lastTableCells: Cell[] = [];
let lastKeyedText: string | undefined;
let lastKeyedCells: Cell[] = [];

function parseTableCells(text: string): Cell[] {
  const lines = splitLines(text);
  const out: Cell[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    const next = lines[i + 1]?.text;
    if (line.text.trim() === '' || next === undefined) i++;
    else if (isRule(next)) i = ruled(lines, i, out);
    else {
      const after = delimited(lines, i, out);
      i = after > i + 1 ? after : pandas(lines, i, out);
    }
  }
  return out;
}

const keyed =
  /(?<![\p{L}\p{N}_.-])(["']?)([\p{L}_][\p{L}\p{N}_.-]{0,63})\1[ \t]{0,8}(:=|=>|[:=])[ \t]{0,8}(?:"((?:[^"\\\n]|\\.){0,2000})"|'((?:[^'\\\n]|\\.){0,2000})'|([^\s"',;&{}[\]()<>][^\n"',;&{}[\]()<>=]{0,300}))/gu;

const keyedAt = sticky(keyed);

/** `[\p{L}\p{N}_.-]`, for the key character ending at `k` (exclusive): its length in code units, or 0. */
function keyCharBefore(text: string, k: number): number {
  const c = text.charCodeAt(k - 1);
  if (c < 128) return isWord(c) || c === 46 || c === 45 ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff && k >= 2) {
    const pair = text.slice(k - 2, k);
    if (pair.charCodeAt(0) >= 0xd800 && pair.charCodeAt(0) <= 0xdbff)
      return letterOrNumber.test(pair) ? 2 : 0;
  }
  return letterOrNumber.test(text[k - 1] as string) ? 1 : 0;
}

const letterOrNumber = /^[\p{L}\p{N}]$/u;

/**
 * Where a `keyed` match whose separator is at `sep` must start, or -1: the key is the whole run of
 * key characters before the blanks (the lookbehind forbids starting inside it), behind a matching
 * opening quote when a quote closes it.
 */
function keyStart(text: string, sep: number): number {
  let e = sep;
  while (e > 0 && sep - e <= 8 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (sep - e > 8) return -1;
  const q = text.charCodeAt(e - 1);
  const quoted = q === 34 || q === 39;
  if (quoted) e--;
  let s = e;
  for (let step = keyCharBefore(text, s); s > 0 && step > 0; step = s > 0 ? keyCharBefore(text, s) : 0)
    s -= step;
  if (s === e) return -1;
  if (!quoted) return s;
  return s > 0 && text.charCodeAt(s - 1) === q ? s - 1 : -1;
}

/** Values under keys: `"key": "value"`, `'key': 'v'`, `key: value`, `KEY=value`, `key => "v"`. */
function parseKeyedValues(text: string): Cell[] {
  const out: Cell[] = [];
  // Every match holds one separator (`:`, `=`, `:=`, `=>`) right after its key: try the regex only
  // where the key before a `:` or `=` starts, in order, as `matchAll` would.
  let next = 0;
  let colon = text.indexOf(':');
  let equals = text.indexOf('=');
  while (colon !== -1 || equals !== -1) {
    const sep = colon === -1 ? equals : equals === -1 ? colon : Math.min(colon, equals);
    const m = sep < next ? null : keyedMatch(text, sep, next);
    if (m !== null) next = m.index + m[0].length;
    const from = Math.max(sep + 1, next);
    if (colon !== -1 && colon < from) colon = text.indexOf(':', from);
    if (equals !== -1 && equals < from) equals = text.indexOf('=', from);
    if (m === null) continue;
    const header = m[2] as string;
    const quoted = m[4] ?? m[5];
    const raw = quoted ?? (m[6] as string).trimEnd();
    const start =
      (m.index as number) + m[0].length - (quoted === undefined ? (m[6] as string).length : raw.length + 1);
    out.push({
      header,
      headers: [header],
      value: raw,
      start,
      end: start + raw.length,
      quoted: quoted !== undefined,
      separator: m[3] as string,
    });
  }
  return out;
}

function keyedMatch(text: string, sep: number, next: number): RegExpExecArray | null {
  const start = keyStart(text, sep);
  return start < next ? null : matchAt(keyedAt, text, start);
}

/** Lower case, accents stripped, separators as `_`: `Date de naissance` → `date_de_naissance`. */
export function normalizeHeader(header: string): string {
  const known = normalized.get(header);
  if (known !== undefined) return known;
  if (normalized.size > 10_000) normalized.clear(); // headers repeat per cell: memoised, bounded
  const normal = header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
  normalized.set(header, normal.replace(/^_|_$/g, ''));
  return normalized.get(header) as string;
}

const normalized = new Map<string, string>();

/** Keeps, among overlapping findings, the higher score and then the longer span (the registry's rule). */
export function dedupe(findings: Finding[]): Finding[] {
  return resolveOverlaps(findings);
}
