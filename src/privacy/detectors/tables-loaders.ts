import { addGroup, push, type TableCells, type TableGroup } from './tables-cells.js';

/**
 * Readers of records that loaders and databases print: data.table's discarded line, rejected
 * records under a detached header, SQL*Loader's `BEGINDATA`, a printed file's rows, and MySQL's
 * `Duplicate entry` errors.
 */

export const discardedMark = 'discarded non-empty line: <<';

/**
 * data.table's `fread` warning quotes the CSV line it stopped at (`Stopped early on line 2219. …
 * First discarded non-empty line: <<2218,Fathima,Rizwana,"Shaik, Abdul",2006-10-02,…,>>`). The
 * file's columns are those of the first table printed after it (the `dt` it read): the line is
 * read under them when it splits into as many fields, a trailing comma's empty field left out.
 */
export function discardedLines(text: string, out: TableCells): void {
  for (let at = text.indexOf(discardedMark); at !== -1; at = text.indexOf(discardedMark, at + 1)) {
    const from = at + discardedMark.length;
    const close = text.indexOf('>>', from);
    const eol = text.indexOf('\n', from);
    if (close === -1 || (eol !== -1 && eol < close)) continue;
    const next = out.start.findIndex((start) => start > close);
    if (next === -1) continue;
    const names = (out.columnGroup[out.column[next] as number] as TableGroup).headers.filter((h) => h !== '');
    const to = text.charCodeAt(close - 1) === 44 ? close - 1 : close;
    const fields = splitFields(text, from, to, 44, names.length);
    if (fields === undefined) continue;
    pushFields(text, fields, addGroup(out, names), out);
  }
}

export const malformedMark = ' fields (';

/**
 * Spark's bad-record warning names the columns and quotes the CSV record on its next line, after
 * the same logger (`WARN BadRecordLogger: Malformed record at … expected 6 fields
 * (loan_id,borrower_name,birth_date,…), found 7` then `WARN BadRecordLogger: LN-2024-88127,DELA
 * ROSA, MA. CRISTINA,1990-02-13,…`): the record read under the columns. One field too many is an
 * unquoted value's own `, ` (a family-first name), when that is its only comma before a blank.
 */
export function malformedRecords(text: string, out: TableCells): void {
  for (const m of text.matchAll(malformedLine)) {
    const names = (m[3] as string).split(',');
    const count = Number(m[4]);
    if (names.length !== Number(m[2]) || (count !== names.length && count !== names.length + 1)) continue;
    const lineEnd = (m.index as number) + m[0].length;
    const next = text.indexOf('\n', lineEnd + 1);
    const end = next === -1 ? text.length : next;
    const logger = text.indexOf(m[1] as string, lineEnd + 1);
    if (logger === -1 || logger > end) continue;
    const from = logger + (m[1] as string).length;
    const to = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const fields = splitFields(text, from, to, 44, count);
    if (fields === undefined) continue;
    if (count > names.length) {
      const spaced = [];
      for (let k = 1; k < fields.length - 1; k += 2)
        if (text.charCodeAt(fields[k + 1] as number) === 32) spaced.push(k);
      if (spaced.length !== 1) continue;
      fields.splice(spaced[0] as number, 2); // the two fields on either side of the `, ` are one
    }
    pushFields(text, fields, addGroup(out, names), out);
  }
}

/** A bad-record warning's logger (group 1), the expected field count (2), columns (3), fields found (4). */
const malformedLine =
  /(\b(?:WARN|ERROR|INFO)[ \t]+[\w.$]{1,200}:[ \t])[^\n]{0,1000}?\bexpected (\d{1,4}) fields \(([A-Za-z_][\w]{0,63}(?:,[A-Za-z_]\w{0,63}){2,})\), found (\d{1,4})[ \t]*\r?$/gm;

/** Pushes the non-empty fields (`[start, end)` pairs, see `splitFields`) as cells of the columns from `base`, quotes stripped. */
function pushFields(text: string, fields: readonly number[], base: number, out: TableCells): void {
  for (let k = 0; 2 * k < fields.length; k++) {
    let a = fields[2 * k] as number;
    let b = fields[2 * k + 1] as number;
    const quoted = b - a >= 2 && text.charCodeAt(a) === 34 && text.charCodeAt(b - 1) === 34;
    if (quoted) {
      a++;
      b--;
    }
    if (b > a) push(out, a, b, b, base + k, quoted);
  }
}

/**
 * A file's header line printed apart from its records (`!head -1 employees.csv`, `.shell head -1
 * …`) and a record a loader's error quotes below it: the last tab-separated field of Snowflake's
 * `VALIDATE` rows (`REJECTED_RECORD`), DuckDB's `Original Line: …`, a `raw_line=…`. A record split
 * by the header's delimiter (double quotes respected) into exactly as many fields is a row of it.
 * The load's `COPY table (columns) FROM … DELIMITER '|'` names the columns as well as a header line
 * (Redshift's `stl_load_errors.raw_line`).
 */
export function detachedRecords(text: string, out: TableCells): void {
  for (const h of text.matchAll(detachedHeader)) {
    const names = (h[1] as string).split(h[2] as string);
    recordsUnder(text, names, (h[2] as string).charCodeAt(0), (h.index as number) + h[0].length + 1, out);
  }
  if (text.includes('--') || text.includes('#'))
    for (const c of text.matchAll(commentColumns)) {
      const names = columnNames(c[1] as string);
      if (names === undefined) continue;
      const first = (c.index as number) + c[0].length;
      recordsUnder(text, names, 124, first, out);
      recordsUnder(text, names, 44, first, out);
    }
  if (!text.includes('COPY')) return;
  for (const c of text.matchAll(copyFrom)) {
    const delimiter = c[3] ?? (c[4] !== undefined ? ',' : undefined);
    if (delimiter === undefined) continue;
    const names = (c[2] as string).split(',').map((n) => n.trim().replace(/^"|"$/g, ''));
    recordsUnder(text, names, delimiter.charCodeAt(0), (c.index as number) + c[0].length, out);
  }
}

/**
 * A load's `COPY` from a file with its column list and delimiter (`DELIMITER '|'`, `DELIMITER AS
 * ','`, or `CSV`): the table, the columns, the delimiter or the `CSV` keyword.
 */
const copyFrom =
  /\bCOPY[ \t]+([\w."]{1,128})[ \t]*\(([^()\n]{1,4000})\)[ \t]*\r?\n?[ \t]*FROM[ \t]+'[^'\n]{1,1000}'[^;]{0,1000}?(?:\bDELIMITER[ \t]+(?:AS[ \t]+)?'([^'\n])'|\b(CSV)\b)[^;]{0,1000};/gi;

/**
 * A comment naming a table's columns, alone on its line: `-- target table: crm.customers (id,
 * first_name, last_name, email, phone varchar(20), birth_date)`. Group 1 is the list.
 */
const commentColumns =
  /^[ \t]*(?:--|#)[^\n(]{0,120}?[\w."]{1,128}[ \t]*\(((?:[^()\n]|\(\d{1,5}(?:,\d{1,3})?\)){1,2000})\)[ \t]*\r?$/gm;

/**
 * The column names of a list of three or more, each maybe with its SQL type (`phone varchar(20)`,
 * `dob DATE "DD-MON-YYYY"`), or undefined when an item is no column.
 */
function columnNames(list: string): string[] | undefined {
  const names: string[] = [];
  for (const item of list.split(/,(?![\d ]*\))/)) {
    const m = columnItem.exec(item);
    if (m === null) return undefined;
    names.push(m[1] as string);
  }
  return names.length >= 3 ? names : undefined;
}

const columnItem =
  /^\s*"?([\p{L}_][\p{L}\p{N}_]{0,63})"?(?:[ \t]+[A-Za-z]\w{0,31}(?:\([\d, ]{1,12}\))?(?:[ \t]+"[^"\n]{1,40}")?)?\s*$/u;

/**
 * An Oracle SQL*Loader control file with its data inline: the field list `( emp_no, first_name, …,
 * dob DATE "DD-MON-YYYY", … )` after `FIELDS TERMINATED BY '|'`, then the records after
 * `BEGINDATA`, one a line (`100231|Karthikeyan|Subramaniam|14-JUN-1985|…`): each field under its
 * name, the `OPTIONALLY ENCLOSED BY '"'` quotes left out.
 */
export function loaderData(text: string, out: TableCells): void {
  for (const m of text.matchAll(loaderControl)) {
    const names = columnNames(m[2] as string);
    if (names === undefined) continue;
    const delimiter = (m[1] as string).charCodeAt(0);
    let base = -1;
    let at = (m.index as number) + m[0].length;
    for (let lines = 0; at < text.length && lines < 10_000; lines++) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      const to = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      if (to === at) break;
      const fields = splitFields(text, at, to, delimiter, names.length);
      if (fields !== undefined) {
        if (base === -1) base = addGroup(out, names);
        pushFields(text, fields, base, out);
      }
      at = end + 1;
    }
  }
}

/**
 * A file a `COPY` or psql's `\copy` loads, its columns named (`\copy patients(nhs_number, forename,
 * …) FROM 'export_2024-06.csv' CSV HEADER`), and lines of it printed by a shell command naming the
 * file below (`$ sed -n 4118p export_2024-06.csv`): each printed record of as many fields (split at
 * the `DELIMITER`, a comma for CSV, a tab otherwise) under those columns.
 */
export function printedFileRows(text: string, out: TableCells): void {
  for (const m of text.matchAll(copyFile)) {
    const names = columnNames(m[1] as string);
    if (names === undefined) continue;
    const path = m[2] as string;
    const file = path.slice(path.lastIndexOf('/') + 1);
    // A folder (`FROM 's3://drop/tenants/'`, Redshift's prefix) names no file a command could print;
    // and `indexOf('')` never returns -1, so the search below would not end.
    if (file === '') continue;
    const options = m[3] as string;
    const delimiter =
      /delimiter[ \t]+(?:as[ \t]+)?'(.)'/i.exec(options)?.[1] ?? (/\bcsv\b/i.test(options) ? ',' : '\t');
    let base = -1;
    for (
      let at = text.indexOf(file, (m.index as number) + m[0].length);
      at !== -1;
      at = text.indexOf(file, at + 1)
    ) {
      const lineFrom = text.lastIndexOf('\n', at) + 1;
      if (!text.startsWith('$ ', lineFrom)) continue;
      let p = text.indexOf('\n', at) + 1;
      for (let lines = 0; p > 0 && p < text.length && lines < 100 && !text.startsWith('$ ', p); lines++) {
        let end = text.indexOf('\n', p);
        if (end === -1) end = text.length;
        const to = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        if (to === p) break;
        const fields = splitFields(text, p, to, delimiter.charCodeAt(0), names.length);
        if (fields !== undefined) {
          if (base === -1) base = addGroup(out, names);
          pushFields(text, fields, base, out);
        }
        p = end + 1;
      }
    }
  }
}

/** A `COPY`'s or `\copy`'s column list (group 1), file (2) and the options after it on its line (3). */
const copyFile =
  /\bcopy[ \t]+[\w."]{1,128}[ \t]*\(([^()\n]{1,4000})\)[ \t]*from[ \t]+'([^'\n]{1,1000})'([^\n]{0,200})/gi;

/**
 * MySQL's `Duplicate entry 'VASSEUR-Chloé-1993-07-21' for key 'adherents.uq_nom_prenom_naissance'`:
 * the values of a composite unique key joined by `-`, the key named after its columns. Each value
 * is read under its column's word (`nom`, `prenom`, `naissance`) when the parts and the words
 * agree in number, a date at the end kept whole; a one-column key's value is read as it is.
 */
export function duplicateEntries(text: string, out: TableCells): void {
  for (const m of text.matchAll(duplicateEntry)) {
    const words = (m[2] as string).split('_').filter((w) => w !== '' && !keyPrefix.test(w));
    if (words.length === 0) continue;
    const start = (m.index as number) + "Duplicate entry '".length;
    const value = m[1] as string;
    const cuts: number[] = [0];
    if (words.length > 1) {
      const date = trailingDate.exec(value);
      const head = date === null ? value.length : date.index - 1;
      for (let k = value.indexOf('-'); k !== -1 && k < head; k = value.indexOf('-', k + 1))
        cuts.push(k, k + 1);
      if (date !== null) cuts.push(head, head + 1);
    }
    cuts.push(value.length);
    if (cuts.length !== 2 * words.length) continue;
    const base = addGroup(out, words);
    for (let k = 0; k < cuts.length; k += 2)
      if ((cuts[k + 1] as number) > (cuts[k] as number))
        push(
          out,
          start + (cuts[k] as number),
          start + (cuts[k + 1] as number),
          start + (cuts[k + 1] as number),
          base + k / 2,
          true,
        );
  }
}

const duplicateEntry = /Duplicate entry '([^'\n]{1,300})' for key '(?:\w{1,64}\.)?(\w{1,128})'/g;
/** A unique key's name's prefix or suffix that names no column: `uq_`, `uniq_`, `_key`, `idx_`. */
const keyPrefix = /^(?:uq|uk|ux|uniq|unique|idx|index|key|ix|un)$/i;
const trailingDate = /(?<=-)\d{4}-\d\d-\d\d$/;

/**
 * A SQL*Loader control file's field terminator (group 1) and field list (group 2), up to its
 * `BEGINDATA` line.
 */
const loaderControl =
  /\bFIELDS[ \t]+TERMINATED[ \t]+BY[ \t]+'([^'\n])'[^(]{0,200}\(((?:[^()]|\(\d{1,5}(?:,\d{1,3})?\)){1,4000})\)\s*BEGINDATA[ \t]*\r?\n/gi;

/** Reads the records quoted on the (up to 100) lines from `at` under `names` (see `detachedRecords`). */
function recordsUnder(
  text: string,
  names: readonly string[],
  delimiter: number,
  first: number,
  out: TableCells,
): void {
  let base = -1;
  let at = first;
  for (let lines = 0; at < text.length && lines < 100; lines++) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const from = recordStart(text, at, lineEnd);
    const fields = from === -1 ? undefined : splitFields(text, from, lineEnd, delimiter, names.length);
    if (fields !== undefined) {
      if (base === -1) base = addGroup(out, names);
      pushFields(text, fields, base, out);
    }
    at = end + 1;
  }
}

/** Where a quoted record starts on the line `[at, end)`: after its last tab, or after `Original Line: `, `raw_line=`; or -1. */
function recordStart(text: string, at: number, end: number): number {
  const tab = text.lastIndexOf('\t', end - 1);
  if (tab >= at) return tab + 1;
  const m = recordLabel.exec(text.slice(at, end));
  return m === null ? -1 : at + m.index + m[0].length;
}

/**
 * `[start, end)` pairs of the fields of `text[from, to)` split at `delimiter` outside double
 * quotes, when there are exactly `count`; otherwise undefined.
 */
function splitFields(
  text: string,
  from: number,
  to: number,
  delimiter: number,
  count: number,
): number[] | undefined {
  const out: number[] = [from];
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === delimiter && !quoted) {
      if (out.length / 2 + 1 > count) return undefined;
      out.push(i, i + 1);
    }
  }
  out.push(to);
  return out.length === 2 * count ? out : undefined;
}

/** Words of a loader's error that quote the record it rejected. */
export const recordMark = /REJECTED_RECORD|Original Line: |raw_line|raw_record/;
/** A header line of three or more identifiers joined by `,` or `;`, alone on its line. */
const detachedHeader = /^([A-Za-z_]\w{0,63}([,;])[A-Za-z_]\w{0,63}(?:\2[A-Za-z_]\w{0,63})+)\r?$/gm;
const recordLabel =
  /(?:Original Line|raw_line|raw_record)["']?(?::[ \t]*|=|[ \t]+\|[ \t])(?:\d{1,9}:[ \t]*)?/;
