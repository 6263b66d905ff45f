import type { EntityType, Finding } from '../detector.js';
import { columnType } from './column-types.js';

/**
 * Finds SQL string literals that hold a value of a column whose name says what it is:
 * `WHERE email = 'a@b.com'`, `u.full_name IN ('Ana Lima', 'Jo Park')`, `ssn LIKE '123-45-%'`,
 * `lower(email) = '…'`, `'…' = email`, `INSERT INTO users (name, email) VALUES ('Ana', 'ana@x.io'), …`.
 * Each finding covers only the inside of the quotes, so an operator that replaces it (`[EMAIL]`,
 * `<EMAIL_1>`) leaves the quotes and the SQL valid. `''` escapes are kept inside the span;
 * `E'…'` (backslash escapes) and `N'…'` are read too; dollar quoting is not.
 *
 * Works on any text with SQL in it (Python cells, prose): pandas `df.email == 'a@b.com'` and
 * `email = "a@b.com"` (a double-quoted value after a comparison) are found the same way.
 * One tokenising pass and one matching pass with bounded look-around: linear; tested not to throw.
 */
export function sqlLiteralFindings(sql: string): Finding[] {
  // No catch-all: a failure here must refuse the request (fail closed), not skip the scan.
  return match(sql, tokenize(sql));
}

type Kind = 'word' | 'string' | 'quoted' | 'op' | 'punct' | 'other';

interface Token {
  kind: Kind;
  /** Lower-cased for words, ops and punctuation; the raw name inside quotes for quoted identifiers. */
  text: string;
  /** For strings and quoted identifiers: the inside of the quotes. */
  inner?: { start: number; end: number };
}

const ascii = /[A-Za-z_]/;
const identStart = (c: string): boolean => ascii.test(c) || (c > '\x7f' && /\p{L}/u.test(c));
const identChar = (c: string): boolean => identStart(c) || (c >= '0' && c <= '9') || c === '$';
const quotedLimit = 256;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') i++;
    else if (c === '-' && next === '-') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl + 1;
    } else if (c === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? n : close + 2;
    } else if (c === "'") i = stringToken(text, i + 1, false, tokens);
    else if (
      (c === 'E' || c === 'e' || c === 'N' || c === 'n') &&
      next === "'" &&
      !identChar(text[i - 1] ?? ' ')
    )
      i = stringToken(text, i + 2, c === 'E' || c === 'e', tokens);
    else if (c === '"' || c === '`' || c === '[') i = quotedToken(text, i, tokens);
    else if (identStart(c)) {
      let j = i + 1;
      while (j < n && identChar(text[j] as string)) j++;
      tokens.push({ kind: 'word', text: text.slice(i, j) });
      i = j;
    } else if (c >= '0' && c <= '9') {
      let j = i + 1;
      while (j < n && /[0-9.]/.test(text[j] as string)) j++;
      tokens.push({ kind: 'other', text: '' });
      i = j;
    } else if (c === '=' || c === '<' || c === '>' || c === '!') {
      let j = i + 1;
      while (j < n && '=<>!'.includes(text[j] as string)) j++;
      tokens.push({ kind: 'op', text: text.slice(i, j) });
      i = j;
    } else if (c === ':' && next === ':') {
      tokens.push({ kind: 'punct', text: '::' });
      i += 2;
    } else {
      tokens.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return tokens;
}

/** Reads a `'…'` literal whose inside starts at `from`; returns the index after it. */
function stringToken(text: string, from: number, backslash: boolean, tokens: Token[]): number {
  let j = from;
  while (j < text.length) {
    const ch = text[j];
    if (backslash && ch === '\\') j += 2;
    else if (ch === "'" && text[j + 1] === "'") j += 2;
    else if (ch === "'") {
      tokens.push({ kind: 'string', text: '', inner: { start: from, end: j } });
      return j + 1;
    } else j++;
  }
  tokens.push({ kind: 'other', text: '' }); // unterminated: not a literal we can keep valid
  return text.length;
}

/**
 * `"name"`, `` `name` `` or `[name]` on one line, without a `'` inside, is a quoted identifier (or a
 * double-quoted value); anything else (a Python string holding SQL, a list) is punctuation, and
 * what follows is read as tokens. The look-ahead is bounded, so the pass stays linear.
 */
function quotedToken(text: string, i: number, tokens: Token[]): number {
  const open = text[i] as string;
  const close = open === '[' ? ']' : open;
  for (let j = i + 1; j < text.length && j <= i + quotedLimit; j++) {
    const ch = text[j];
    if (ch === '\n' || ch === "'" || (open === '[' && ch === '[')) break;
    if (ch === close) {
      if (j === i + 1) break;
      tokens.push({ kind: 'quoted', text: text.slice(i + 1, j), inner: { start: i + 1, end: j } });
      return j + 1;
    }
  }
  tokens.push({ kind: 'punct', text: open });
  return i + 1;
}

const comparisons = new Set(['=', '==', '!=', '<>']);
const isName = (t: Token | undefined): boolean => t?.kind === 'word' || t?.kind === 'quoted';
const is = (t: Token | undefined, text: string): boolean =>
  t !== undefined && t.kind !== 'string' && t.kind !== 'quoted' && t.text.toLowerCase() === text;
const isComparison = (t: Token | undefined): boolean =>
  t !== undefined && ((t.kind === 'op' && comparisons.has(t.text)) || is(t, 'like') || is(t, 'ilike'));

/** The column named by the expression that ends at token `j`: `email`, `u.email`, `lower(u.email)`, `email::text`. */
function columnEndingAt(tokens: Token[], j: number): EntityType | undefined {
  let k = j;
  if (is(tokens[k], 'not')) k--;
  if (isName(tokens[k]) && is(tokens[k - 1], '::')) k -= 2;
  if (is(tokens[k], ')')) {
    k--;
    const name = tokens[k];
    while (is(tokens[k - 1], '.') && isName(tokens[k - 2])) k -= 2;
    if (!isName(name) || !is(tokens[k - 1], '(')) return undefined;
    return columnType((name as Token).text);
  }
  const t = tokens[k];
  return isName(t) ? columnType((t as Token).text) : undefined;
}

/** The column named by the expression that starts at token `j`: `email`, `u.email` (not a call). */
function columnStartingAt(tokens: Token[], j: number): EntityType | undefined {
  let k = j;
  if (!isName(tokens[k])) return undefined;
  while (is(tokens[k + 1], '.') && isName(tokens[k + 2])) k += 2;
  return is(tokens[k + 1], '(') ? undefined : columnType((tokens[k] as Token).text);
}

interface Frame {
  kind: 'plain' | 'in' | 'columns' | 'tuple';
  type?: EntityType | undefined;
  names?: string[];
  position?: number;
}

type InsertPhase = 'none' | 'into' | 'table' | 'values' | 'tuples';

function match(text: string, tokens: Token[]): Finding[] {
  const findings: Finding[] = [];
  const stack: Frame[] = [];
  let phase: InsertPhase = 'none';
  let insertColumns: Array<EntityType | undefined> = [];
  let tuplesDepth = 0;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const frame = stack[stack.length - 1];
    if (t.kind === 'string' || t.kind === 'quoted') {
      const type = literalType(i, frame);
      const value = t.inner ? text.slice(t.inner.start, t.inner.end) : '';
      // a literal over several lines is more likely a quote gone astray (an apostrophe in a comment)
      if (type && t.inner && /[\p{L}\p{N}]/u.test(value) && !value.includes('\n')) {
        findings.push({ type, start: t.inner.start, end: t.inner.end, score: 0.9, detector: 'context' });
      }
      if (t.kind === 'quoted' && frame?.kind === 'columns') frame.names?.splice(-1, 1, t.text);
      return;
    }
    const word = t.kind === 'word' ? t.text.toLowerCase() : '';
    if (word === 'insert') {
      phase = 'into';
      insertColumns = [];
    } else if (word === 'into' && phase === 'into') phase = 'table';
    else if (word === 'values' && (phase === 'table' || phase === 'values')) {
      phase = 'tuples';
      tuplesDepth = stack.length;
    } else if (t.text === ';' || (word === 'select' && (phase !== 'tuples' || stack.length <= tuplesDepth))) {
      phase = 'none';
    } else if (t.text === '(' || t.text === '[') {
      if (phase === 'table') stack.push({ kind: 'columns', names: [''] });
      else if (phase === 'tuples' && stack.length === tuplesDepth && (is(prev, 'values') || is(prev, ',')))
        stack.push({ kind: 'tuple', position: 0 });
      else if (is(prev, 'in')) stack.push({ kind: 'in', type: columnEndingAt(tokens, i - 2) });
      else stack.push({ kind: 'plain' });
    } else if (t.text === ')' || t.text === ']') {
      const closed = stack.pop();
      if (closed?.kind === 'columns') {
        insertColumns = (closed.names ?? []).map(columnType);
        phase = 'values';
      }
    } else if (t.text === ',' && frame?.kind === 'tuple') frame.position = (frame.position ?? 0) + 1;
    else if (t.text === ',' && frame?.kind === 'columns') frame.names?.push('');
    else if (t.kind === 'word' && frame?.kind === 'columns') frame.names?.splice(-1, 1, t.text);
    else if (phase === 'tuples' && stack.length === tuplesDepth && t.text !== ',') phase = 'none';
  });
  return findings;

  function literalType(i: number, frame: Frame | undefined): EntityType | undefined {
    const prev = tokens[i - 1];
    if (isComparison(prev)) return is(tokens[i + 1], '.') ? undefined : columnEndingAt(tokens, i - 2);
    if (tokens[i]?.kind === 'quoted') return undefined; // an identifier, not a value
    if (isComparison(tokens[i + 1])) return columnStartingAt(tokens, i + 2);
    if (!is(prev, '(') && !is(prev, ',')) return undefined;
    if (frame?.kind === 'in') return frame.type;
    if (frame?.kind === 'tuple') return insertColumns[frame.position ?? 0];
    return undefined;
  }
}
