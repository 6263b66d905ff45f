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
  /** The table's name when the text says it (`INSERT INTO customers (…)`). */
  table?: string;
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
/** A header cell as exported, stray quotes and commas around it stripped: `",created_at,"` → `created_at`. */
function cleanHeader(s: string): string {
  if (s === '' || (isHeadChar(s.charCodeAt(0)) && isHeadChar(s.charCodeAt(s.length - 1)))) return s;
  return s.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '');
}

/** A character a cleaned header may start or end with: a letter, digit, `_` or any non-ASCII character. */
const isHeadChar = (c: number): boolean => isWord(c) || c >= 128;
/** A delimited header cell: a name (after cleaning), or empty (the index column of `df.to_csv()`). */
const isHeaderCell = (s: string): boolean => isHeaderName(cleanHeader(s));
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
    const cells = splitWhile(header, sep, isHeaderCell);
    if (cells === null) continue;
    const headers = cells.map((h) => (h.value === '' ? h : { ...h, value: cleanHeader(h.value) }));
    if (headers.filter((h) => h.value !== '').length < 2) continue;
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
  if (text.includes('</t') || text.includes('</T')) htmlTables(text, out);
  if (text.includes('VALUES') || text.includes('values')) insertValues(text, out);
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

const htmlTagAnywhere = /<(\/?)(tr|th|td|table)\b[^>]{0,200}>/gi;

/**
 * HTML tables (`df.to_html()`, scraped pages): the `<th>` cells of the first row are the headers,
 * each later row's `<td>`/`<th>` cells are matched to them by position. Cells holding markup are
 * skipped (their text is not one value).
 */
function htmlTables(text: string, out: Cell[]): void {
  htmlTagAnywhere.lastIndex = 0;
  let headers: Segment[] | null = null;
  let row: Segment[] = [];
  let allTh = true;
  let open = -1;
  for (let m = htmlTagAnywhere.exec(text); m !== null; m = htmlTagAnywhere.exec(text)) {
    const closing = m[1] === '/';
    const tag = (m[2] as string).toLowerCase();
    if (tag === 'table') {
      headers = null;
      row = [];
      open = -1;
    } else if (tag === 'tr') {
      if (closing && row.length > 0) {
        if (headers === null) {
          if (allTh) headers = row;
        } else emit(out, headers, row);
      }
      row = [];
      allTh = true;
      open = -1;
    } else if (!closing) {
      open = m.index + m[0].length;
      if (tag === 'td') allTh = false;
    } else if (open !== -1) {
      const from = open;
      open = -1;
      const raw = text.slice(from, m.index);
      if (raw.length > 300 || raw.includes('<')) {
        row.push({ value: '', start: from, end: from });
        continue;
      }
      row.push(trimmed(raw, 0, raw.length, from));
    }
  }
}

const insertHead =
  /\binsert[ \t]+(?:ignore[ \t]+)?into[ \t]+([\w."`[\]]{1,128})[ \t]*\(([^()]{1,4000})\)\s*values\s*/giu;

/**
 * SQL `INSERT INTO t (a, b, …) VALUES (…), (…)`: each value under its column name (quoted strings
 * unquoted, `''` kept as written), the table name kept for the detectors.
 */
function insertValues(text: string, out: Cell[]): void {
  insertHead.lastIndex = 0;
  for (let m = insertHead.exec(text); m !== null; m = insertHead.exec(text)) {
    const table = (m[1] as string).replace(/["`[\]]/g, '');
    const names = (m[2] as string).split(',').map((c) => c.trim().replace(/^["`[]|["`\]]$/g, ''));
    let p = m.index + m[0].length;
    for (;;) {
      while (p < text.length && isSpace(text.charCodeAt(p))) p++;
      if (text.charCodeAt(p) !== 40) break;
      const end = insertTuple(text, p + 1, names, table, out);
      if (end === -1) break;
      p = end;
      while (p < text.length && isSpace(text.charCodeAt(p))) p++;
      if (text.charCodeAt(p) !== 44) break;
      p++;
    }
    insertHead.lastIndex = Math.max(insertHead.lastIndex, p);
  }
}

/** One `( … )` tuple from just after its `(`: its cells, and the offset after its `)` (-1 if malformed). */
function insertTuple(text: string, from: number, names: string[], table: string, out: Cell[]): number {
  let p = from;
  let k = 0;
  const limit = Math.min(text.length, from + 8000);
  for (;;) {
    while (p < limit && isSpace(text.charCodeAt(p))) p++;
    let start: number;
    let end: number;
    let quoted = false;
    if (text.charCodeAt(p) === 39) {
      start = p + 1;
      let q = start;
      for (;;) {
        q = text.indexOf("'", q);
        if (q === -1 || q >= limit) return -1;
        if (text.charCodeAt(q + 1) === 39) q += 2;
        else break;
      }
      end = q;
      p = q + 1;
      quoted = true;
    } else {
      start = p;
      let depth = 0;
      while (p < limit) {
        const c = text.charCodeAt(p);
        if (c === 40) depth++;
        else if (c === 41) {
          if (depth === 0) break;
          depth--;
        } else if (c === 44 && depth === 0) break;
        else if (c === 10 || c === 59) return -1;
        p++;
      }
      end = p;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    }
    const header = names[k];
    if (header !== undefined && end > start)
      out.push({ header, headers: names, value: text.slice(start, end), start, end, quoted, table });
    k++;
    while (p < limit && isSpace(text.charCodeAt(p))) p++;
    const c = text.charCodeAt(p);
    if (c === 41) return p + 1;
    if (c !== 44) return -1;
    p++;
  }
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
    const end = (m.index as number) + m[0].length;
    let bare = m[6];
    if (bare !== undefined && text.charCodeAt(end) === 61) {
      // `msg: upserted contact name="Ana"`: the last word of an unquoted value before `=` is the next key.
      const blank = Math.max(bare.lastIndexOf(' '), bare.lastIndexOf('\t'));
      if (blank > 0) {
        next = end - bare.length + blank + 1;
        bare = bare.slice(0, blank);
      }
    }
    const raw = quoted ?? (bare as string).trimEnd();
    const start = quoted === undefined ? end - (m[6] as string).length : end - raw.length - 1;
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

let groupedText: string | undefined;

/**
 * `keyedValues(text)` with each pair's `headers` set to the keys of its object (see
 * `groupSiblings`): computed on demand, once per text, since few callers need the siblings.
 */
export function keyedValuesWithSiblings(text: string): Cell[] {
  const cells = keyedValues(text);
  if (groupedText !== text || groupedCells !== cells) {
    groupSiblings(text, cells);
    groupedText = text;
    groupedCells = cells;
  }
  return cells;
}

let groupedCells: Cell[] | undefined;

/**
 * Gives each key/value pair the keys of its object as `headers`: the pairs between braces or
 * brackets, or on one unindented line (a log line, a top-level YAML or `.env` key). So a `name`
 * next to `email` reads as a person's, a `name` next to `sku` and `price` as a product's.
 */
function groupSiblings(text: string, cells: Cell[]): void {
  let first = 0;
  const close = (to: number): void => {
    if (to - first > 1) {
      const keys: string[] = [];
      for (let k = first; k < to; k++) keys.push((cells[k] as Cell).header);
      for (let k = first; k < to; k++) (cells[k] as Cell).headers = keys;
    }
    first = to;
  };
  for (let i = 1; i < cells.length; i++) {
    const prev = cells[i - 1] as Cell;
    const cur = cells[i] as Cell;
    let split = false;
    let newLine = false;
    for (let k = prev.end; k < cur.start && !split; k++) {
      const c = text.charCodeAt(k);
      if (c === 123 || c === 125 || c === 91 || c === 93) split = true;
      else if (c === 10) {
        split = newLine && text.charCodeAt(k - 1) === 10;
        newLine = true;
      } else if (newLine && c >= 48 && c <= 57) split = true; // a log line's timestamp opens a record
    }
    if (split) close(i);
  }
  close(cells.length);
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
