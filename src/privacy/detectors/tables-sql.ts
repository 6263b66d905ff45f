import { isSpace, isWord } from './scan.js';
import { addGroup, type Cell, push, quotedCell, type TableCells } from './tables-cells.js';
import { emit, segValue, splitLine } from './tables-lines.js';

/**
 * SQL readers: `INSERT … VALUES` rows, aliased and cast literals, PostgreSQL's `Key (…)=(…)`
 * tuples, `COPY … FROM stdin` rows and the line a `COPY` error quotes, rows printed under a `SELECT`, `IN (…)` lists, and Rails' SQL
 * log binds.
 */

const insertHead =
  /(?:\binsert[ \t]+(?:ignore[ \t]+)?(?:into[ \t]+)?([\w."`[\]]{1,128})[ \t]*\(([^()]{1,4000})\)\s*(?:->\s*)?values|(?:\bwith(?:[ \t]+recursive)?\s+|,\s*)([\w"`]{1,128})[ \t]*\(([^()]{1,4000})\)\s*as\s*\(\s*values)\s*/gi;
/**
 * `insertHead` without its common table expression: that one's `, t (…)` opening tries every comma
 * of a text (reading up to 4,000 characters after each for the parenthesis), so it runs only where
 * `AS (VALUES` is written. (The SQL patterns here need no `u` flag: with `i`, it makes V8 fold the
 * case of every character through Unicode's tables, ten times slower a search.)
 */
const insertOnlyHead =
  /\binsert[ \t]+(?:ignore[ \t]+)?(?:into[ \t]+)?([\w."`[\]]{1,128})[ \t]*\(([^()]{1,4000})\)\s*(?:->\s*)?values\s*/gi;
const literalRows = /\bas\s*\(\s*values/i;

/**
 * SQL `INSERT INTO t (a, b, …) VALUES (…), (…)` and a common table expression of literal rows, `WITH
 * t (a, b, …) AS (VALUES (…), (…))`: each value under its column name (quoted strings unquoted, `''`
 * kept as written, `DATE '…'`, `'…'::date` and `CAST(N'…' AS Date)` read as their string), the table
 * name kept for the detectors. SQL Server's `INSERT [dbo].[Pacientes] ([Nombre], …)` leaves out
 * `INTO`; the mysql client's continuation prompt `    -> VALUES (…)` may open a line.
 */
export function insertValues(text: string, out: TableCells): void {
  const head = literalRows.test(text) ? insertHead : insertOnlyHead;
  head.lastIndex = 0;
  for (let m = head.exec(text); m !== null; m = head.exec(text)) {
    const table = (m[1] ?? (m[3] as string)).replace(/["`[\]]/g, '');
    const names = (m[2] ?? (m[4] as string)).split(',').map((c) =>
      c
        .trim()
        .replace(continuationPrompt, '')
        .replace(/^["`[]|["`\]]$/g, ''),
    );
    const base = addGroup(out, names, table);
    const values = m.index + m[0].length;
    let p = tuples(text, values, names.length, base, out);
    // A statement with placeholders, then the values bound to them (see `boundParameters`).
    if (placeholder.test(text.slice(values, values + 3))) {
      const bound = boundParameters.exec(text.slice(p, p + 200));
      if (bound !== null) {
        let q = p + bound.index + bound[0].length;
        if (bound[0] === '[parameters: ') {
          if (text.charCodeAt(q) === 91) q++;
          p = tuples(text, q, names.length, base, out);
        } else p = Math.max(p, insertTuple(text, q, names.length, base, out, 93));
      }
    }
    head.lastIndex = Math.max(head.lastIndex, p);
  }
  // `INSERT INTO rh.salaries VALUES (…)` after `CREATE TABLE rh.salaries (matricule …, nom …)`: the
  // columns in the order the table declares them.
  if (!/create[ \t]+table/i.test(text)) return;
  insertNoColumns.lastIndex = 0;
  for (let m = insertNoColumns.exec(text); m !== null; m = insertNoColumns.exec(text)) {
    const table = (m[1] as string).replace(/["`[\]]/g, '');
    const names = declaredColumns(text, table);
    if (names === undefined) continue;
    tuples(text, m.index + m[0].length, names.length, addGroup(out, names, table), out);
  }
}

/** The mysql client's prompt opening a continued line: `    -> ('Begoña', …`. */
const continuationPrompt = /^->\s*/;

const insertNoColumns = /\binsert[ \t]+(?:ignore[ \t]+)?into[ \t]+([\w."`[\]]{1,128})\s+values\s*/gi;
const createTable =
  /\bcreate[ \t]+(?:or[ \t]+replace[ \t]+)?(?:temp(?:orary)?[ \t]+)?table[ \t]+(?:if[ \t]+not[ \t]+exists[ \t]+)?([\w."`[\]]{1,128})[ \t]*\(/gi;
const notColumn = /^(?:primary|constraint|unique|foreign|key|index|check|exclude|period)$/i;

/** The column names `CREATE TABLE table (…)` declares in `text`, in order (constraints left out). */
function declaredColumns(text: string, table: string): string[] | undefined {
  createTable.lastIndex = 0;
  for (let m = createTable.exec(text); m !== null; m = createTable.exec(text)) {
    if ((m[1] as string).replace(/["`[\]]/g, '') !== table) continue;
    const names: string[] = [];
    let depth = 0;
    let item = m.index + m[0].length;
    for (let i = item; i < text.length && i - item < 20_000; i++) {
      const c = text.charCodeAt(i);
      if (c === 39) i = Math.max(i, text.indexOf("'", i + 1));
      else if (c === 40) depth++;
      else if ((c === 44 && depth === 0) || (c === 41 && depth-- === 0)) {
        const name = /^\s*["`[]?([\p{L}_][\p{L}\p{N}_]*)/u.exec(text.slice(item, i))?.[1];
        if (name !== undefined && !notColumn.test(name)) names.push(name);
        item = i + 1;
        if (c === 41) return names.length > 0 ? names : undefined;
      }
    }
  }
  return undefined;
}

/** A bind placeholder opening a `VALUES` tuple: `(?`, `(%s`, `(%(name)s`, `($1`, `(:name`. */
const placeholder = /^\((?:\?|%s|%\(|\$1|:\w)/;

/**
 * What opens the values bound to a statement's placeholders, printed after it: SQLAlchemy's
 * `[parameters: ('Ana', …)]` (a list of tuples for `executemany`), TypeORM's `QueryFailedError`
 * (`parameters: [ 'Emre', 'Kaya', … ]`) and its query log (`-- PARAMETERS: ["Emre","Kaya"]`).
 */
const boundParameters = /\[parameters: |parameters: \[|PARAMETERS: \[/;

/**
 * `( … ), ( … )` from `p`: each tuple's cells under the columns from `base`; returns where they end.
 * A seed script's `-- comment` after a tuple's comma is skipped: `('Mario', …),  -- riga di esempio`.
 */
function tuples(text: string, from: number, columns: number, base: number, out: TableCells): number {
  let p = from;
  for (;;) {
    p = skipSqlSpace(text, p);
    if (text.charCodeAt(p) !== 40) return p;
    const end = insertTuple(text, p + 1, columns, base, out);
    if (end === -1) return p;
    p = end;
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) !== 44) return p;
    p++;
  }
}

/**
 * Spaces, `-- …` line comments and the mysql client's continuation prompt (`    -> (…)` opening a
 * line) from `p`; the offset after them.
 */
function skipSqlSpace(text: string, from: number): number {
  let p = from;
  for (;;) {
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) === 45 && text.charCodeAt(p + 1) === 62 && promptLine(text, p)) {
      p += 2;
      continue;
    }
    if (text.charCodeAt(p) !== 45 || text.charCodeAt(p + 1) !== 45) return p;
    const eol = text.indexOf('\n', p);
    if (eol === -1) return text.length;
    p = eol + 1;
  }
}

/** Whether only blanks stand between the line's start and `at`: `    -> ` is a prompt there. */
function promptLine(text: string, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
  return p < 0 || text.charCodeAt(p) === 10;
}

/** Whether the quote at `q` is escaped by a backslash (MySQL's `'O\'Driscoll'`): an odd run of them before it. */
function escaped(text: string, q: number): boolean {
  let p = q - 1;
  while (text.charCodeAt(p) === 92) p--;
  return (q - 1 - p) % 2 === 1;
}

/**
 * One `( … )` tuple from just after its `(`: its cells, and the offset after its `)` (-1 if malformed).
 * With `close` 93, a bound parameters' `[ … ]` list, whose strings may be in `"` (JSON) too.
 */
function insertTuple(
  text: string,
  from: number,
  columns: number,
  base: number,
  out: TableCells,
  close = 41,
): number {
  let p = from;
  let k = 0;
  const limit = Math.min(text.length, from + 8000);
  for (;;) {
    while (p < limit && isSpace(text.charCodeAt(p))) p++;
    let start: number;
    let end: number;
    let quoted = false;
    // A typed literal: `DATE '1974-02-08'`, `TIMESTAMP '…'`.
    if ((text.charCodeAt(p) | 32) === 100 || (text.charCodeAt(p) | 32) === 116) {
      typedLiteral.lastIndex = p;
      if (typedLiteral.test(text)) p = typedLiteral.lastIndex;
    }
    // SQL Server's `CAST(N'1992-03-14' AS Date)`: the literal, then its closing bracket.
    let cast = false;
    if ((text.charCodeAt(p) | 32) === 99) {
      castOpen.lastIndex = p;
      cast = castOpen.test(text);
      if (cast) p = castOpen.lastIndex;
    }
    // SQL Server's Unicode literal `N'María …'`, PostgreSQL's escape string `E'…'`.
    if ((text.charCodeAt(p) === 78 || text.charCodeAt(p) === 69) && text.charCodeAt(p + 1) === 39) p++;
    const quote = text.charCodeAt(p);
    if (quote === 39 || (quote === 34 && close === 93)) {
      start = p + 1;
      let q = start;
      for (;;) {
        q = text.indexOf(quote === 39 ? "'" : '"', q);
        if (q === -1 || q >= limit) return -1;
        if (text.charCodeAt(q + 1) === quote) q += 2;
        else if (escaped(text, q)) q++;
        else break;
      }
      end = q;
      p = q + 1;
      quoted = true;
      // A cast after it: `'1986-10-03'::date`.
      if (text.charCodeAt(p) === 58 && text.charCodeAt(p + 1) === 58) {
        p += 2;
        while (p < limit && (isWord(text.charCodeAt(p)) || text.charCodeAt(p) === 32)) p++;
      }
      if (cast) {
        castClose.lastIndex = p;
        if (!castClose.test(text)) return -1;
        p = castClose.lastIndex;
      }
    } else {
      start = p;
      let depth = 0;
      while (p < limit) {
        const c = text.charCodeAt(p);
        if (c === 40) depth++;
        else if (c === close && depth === 0) break;
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
    if (k < columns && end > start) push(out, start, end, end, base + k, quoted);
    k++;
    while (p < limit && isSpace(text.charCodeAt(p))) p++;
    const c = text.charCodeAt(p);
    if (c === close) return p + 1;
    if (c !== 44) return -1;
    p++;
  }
}

/**
 * A literal a query names by an alias, `'1986-10-03'::date AS birth_date`, `'Renata Moura' AS
 * full_name` (a `MERGE … USING (SELECT …)` source row), or a query plan's condition on a column,
 * `((last_name)::text = 'Kowalczyk'::text)`: the value under that name. `pattern` captures the
 * literal's text (group `literal`, 1 or 2) and the name (the other one); the first `'` of a match
 * opens the literal.
 */
export function namedLiterals(pattern: RegExp, literal: 1 | 2, text: string, out: TableCells): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (pattern === aliasedLiteral && castBefore.test(text.slice(Math.max(0, m.index - 8), m.index)))
      continue;
    const start = m.index + (m[0] as string).indexOf("'") + 1;
    const end = start + (m[literal] as string).length;
    push(out, start, end, end, addGroup(out, [m[3 - literal] as string]), true);
  }
}

export const aliasedLiteral =
  /'((?:[^'\n]|''){1,200})'(?:::[A-Za-z]\w{0,31}(?:\(\d{1,4}\))?)?[ \t]+as[ \t]+["`]?([A-Za-z_]\w{0,63})/gi;
/** `CAST(` or `CAST(N` just before a literal: its `AS Date` is a type, no alias. */
const castBefore = /cast[ \t]*\([ \t]*N?$/i;
export const planCondition = /\(([A-Za-z_]\w{0,63})\)::\w{1,32} = '((?:[^'\n]|''){1,200})'/g;

/** `CAST(` before a quoted literal (`CAST(N'1992-03-14' AS Date)`), and the ` AS Date)` after it. */
const castOpen = /cast[ \t]*\([ \t]*(?=N?')/iy;
const castClose = /[ \t]+as[ \t]+\w{1,32}(?:\([\d, ]{1,12}\))?[ \t]*\)/iy;

const typedLiteral = /(?:date|timestamp|timestamptz|time)[ \t]+(?=')/iy;

const keyTupleHead = /\bKey \(([^()\n]{1,1000})\)=\(/g;

/**
 * PostgreSQL's `DETAIL:  Key (first_name, last_name)=(Oskar, Bergqvist) already exists.`: each
 * value under its column, as in an `INSERT`.
 */
export function keyTuples(text: string, out: TableCells): void {
  keyTupleHead.lastIndex = 0;
  for (let m = keyTupleHead.exec(text); m !== null; m = keyTupleHead.exec(text)) {
    const names = (m[1] as string).split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    insertTuple(text, m.index + m[0].length, names.length, addGroup(out, names), out);
  }
}

const copyHead = /^COPY[ \t]+([\w."]{1,128})[ \t]*\(([^()\n]{1,4000})\)[ \t]+FROM[ \t]+stdin;[ \t]*\r?\n/gm;

/**
 * A `pg_dump` data block: `COPY public.customers (id, name, …) FROM stdin;`, then one line per row,
 * its values separated by tabs (`\N` is null), up to a line `\.`. Each value under its column.
 */
export function copyRows(text: string, out: TableCells): void {
  copyHead.lastIndex = 0;
  for (let m = copyHead.exec(text); m !== null; m = copyHead.exec(text)) {
    const names = (m[2] as string).split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    const base = addGroup(out, names, (m[1] as string).replace(/"/g, ''));
    let line = m.index + m[0].length;
    while (line < text.length) {
      const newline = text.indexOf('\n', line);
      let eol = newline === -1 ? text.length : newline;
      if (eol > line && text.charCodeAt(eol - 1) === 13) eol--;
      if (text.startsWith('\\.', line) && eol - line === 2) break;
      let from = line;
      for (let k = 0; from <= eol; k++) {
        let to = text.indexOf('\t', from);
        if (to === -1 || to > eol) to = eol;
        if (k < names.length && to > from && !(to - from === 2 && text.startsWith('\\N', from)))
          push(out, from, to, to, base + k, undefined);
        from = to + 1;
      }
      line = newline === -1 ? text.length : newline + 1;
    }
    copyHead.lastIndex = Math.max(copyHead.lastIndex, line);
  }
}

const copyContext = /CONTEXT:[ \t]+COPY[ \t]+([\w"]{1,128}), line \d{1,12}: "(.{1,4000})"[ \t]*\r?$/dgm;

/**
 * PostgreSQL's error context quoting the data line a `COPY` failed on (`CONTEXT:  COPY customers,
 * line 3: "Lucie;Horáková;1990-02-31;x"`, for an extra or a missing column): its values under the
 * column list of the text's `COPY customers (first_name, last_name, dob) FROM …`, split at the
 * statement's `DELIMITER` (else a comma for CSV, a tab for the text format).
 */
export function copyContextRows(text: string, out: TableCells): void {
  for (const m of text.matchAll(copyContext)) {
    const table = (m[1] as string).replace(/"/g, '');
    const head = new RegExp(
      String.raw`\bCOPY[ \t]+(?:[\w"]+\.)?"?${table}"?[ \t]*\(([^()\n]{1,4000})\)[ \t]+FROM\b([^\n]{0,300})`,
      'i',
    ).exec(text);
    if (head === null) continue;
    const names = (head[1] as string).split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    const options = head[2] as string;
    const delimiter =
      /DELIMITER[ \t]+(?:AS[ \t]+)?E?'(\\t|[^'])'/i.exec(options)?.[1]?.replace('\\t', '\t') ??
      (/\bcsv\b/i.test(options) ? ',' : '\t');
    const base = addGroup(out, names, table);
    let from = m.indices?.[2]?.[0] as number;
    const end = m.indices?.[2]?.[1] as number;
    for (let k = 0; from <= end && k < names.length; k++) {
      let to = text.indexOf(delimiter, from);
      if (to === -1 || to > end) to = end;
      if (to > from) push(out, from, to, to, base + k, undefined);
      from = to + 1;
    }
  }
}

export const selectWord = /\bselect\b/i;
/** A `SELECT` list and the end of its statement (a `;`, or a blank line). */
const selectStatement =
  /\bSELECT[ \t\r\n]+(?:DISTINCT[ \t\r\n]+)?([^;]{1,2000}?)[ \t\r\n]+FROM\b[^;]{0,2000}?(?:;[ \t]*\r?\n|\n[ \t]*\r?\n)/gi;
/** A column of a `SELECT` list: `t.first_name`, `"Last Name"`, `x AS alias`; group 1 or 2 names it. */
const selectItem =
  /^(?:[\w"`[\]]+\.)*([\p{L}_][\p{L}\p{N}_]*|"[^"]+")$|[ \t]AS[ \t]+([\p{L}_][\p{L}\p{N}_]*|"[^"]+")$/iu;

/**
 * A grid copied without its header row (DBeaver's plain Ctrl+C, a SQL client's "Copy") under the
 * query that made it: `SELECT t.lease_id, t.first_name, … FROM …;`, a blank line, then tab-separated
 * rows of as many cells. The rows are read under the `SELECT` list's columns (an alias names its
 * column). Returns the spans `[from, to)` of the rows read, which no other reader takes as a table.
 */
export function selectedRows(text: string, out: TableCells): number[] {
  const spans: number[] = [];
  for (const m of text.matchAll(selectStatement)) {
    const names = selectNames(m[1] as string);
    if (names === undefined || names.length < 2) continue;
    let at = (m.index as number) + m[0].length;
    while (text.charCodeAt(at) === 10 || text.charCodeAt(at) === 13) at++;
    const from = at;
    let base = -1;
    for (;;) {
      const nl = text.indexOf('\n', at);
      const end = nl === -1 ? text.length : nl;
      const to = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      if (to === at || splitLine(text, at, to, 9) !== names.length) break;
      // A header row copied with the grid is the names again: the table reader's, not this one's.
      if (base === -1 && segValue(text, 0) === names[0]) break;
      if (base === -1) base = addGroup(out, names);
      emit(out, base, names.length, 0, names.length);
      at = nl === -1 ? text.length : nl + 1;
    }
    if (base !== -1) spans.push(from, at);
  }
  return spans;
}

/** The column names of a `SELECT` list, or undefined when one is no column (`*`, an expression without alias). */
function selectNames(list: string): string[] | undefined {
  const names: string[] = [];
  for (const raw of list.split(',')) {
    const m = selectItem.exec(raw.trim());
    if (m === null) return undefined;
    names.push((m[2] ?? (m[1] as string)).replace(/^"|"$/g, ''));
  }
  return names;
}

/** Whether `at` falls in one of the spans `[from, to)` listed in pairs. */
export function within(spans: readonly number[], at: number): boolean {
  for (let k = 0; k < spans.length; k += 2)
    if (at >= (spans[k] as number) && at < (spans[k + 1] as number)) return true;
  return false;
}

const bindPair =
  /\[\[?"([\p{L}_][\p{L}\p{N}_.]{0,63})", (?:"((?:[^"\\\n]|\\.){0,400})"|(-?\d[\d.]{0,30}|nil|null))\]/guy;

/**
 * Rails' SQL log binds (`[["name", "Duarte Magalhães"], ["birth_date", "1991-08-23"]]`): each
 * value under the column of its pair, in a list of two or more pairs. Read from each `[["`.
 */
export function bindPairs(text: string, out: Cell[]): void {
  for (let at = text.indexOf('[["'); at !== -1; at = text.indexOf('[["', at + 3)) {
    bindPair.lastIndex = at;
    const pairs: Cell[] = [];
    let count = 0;
    for (let m = bindPair.exec(text); m !== null; m = bindPair.exec(text)) {
      count++;
      const value = m[2];
      if (value !== undefined && value !== '') {
        const end = m.index + m[0].length - 2;
        pairs.push(quotedCell(text, m[1] as string, end - value.length, end));
      }
      if (text.startsWith(', [', bindPair.lastIndex)) bindPair.lastIndex += 2;
      else break;
    }
    // One pair alone is as likely a list of two names (`df[["full_name", "dob"]]`).
    if (count >= 2) for (const pair of pairs) out.push(pair);
  }
}

/** `column [NOT] IN (`, read backwards from the `(`: the column is group 1. */
const inListHead = /([\p{L}_][\p{L}\p{N}_.]{0,63})[ \t]+(?:NOT[ \t]+)?IN[ \t]*$/iu;

/**
 * SQL `column IN ('a', 'b', …)`: each string literal a value under the column, as `column = 'a'`
 * is (the inside of the quotes, `''` kept as written). Found from the rare `('` (a search for
 * ` IN (` would stall on every blank of the text).
 */
export function sqlInLists(text: string, out: Cell[]): void {
  let next = 0;
  for (let q = text.indexOf("('"); q !== -1; q = text.indexOf("('", q + 1)) {
    if (q < next) continue;
    const m = inListHead.exec(text.slice(Math.max(0, q - 96), q));
    if (m === null) continue;
    const header = m[1] as string;
    let i = q + 1;
    for (let count = 0; count < 1000 && text.charCodeAt(i) === 39; count++) {
      let j = i + 1;
      for (; j < text.length && j - i <= 2000; j++) {
        if (text.charCodeAt(j) !== 39) continue;
        if (text.charCodeAt(j + 1) === 39) j++;
        else break;
      }
      if (text.charCodeAt(j) !== 39) break;
      if (j > i + 1) out.push(quotedCell(text, header, i + 1, j));
      i = j + 1;
      while (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 44) i++;
    }
    next = i;
  }
}
