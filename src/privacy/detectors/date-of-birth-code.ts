import type { Finding } from '../detector.js';
import { Header, headerKind, isBirthHeader, mayHoldTrigger } from './date-of-birth-cues.js';
import { callDate, dateCall, datesIn, finding } from './date-of-birth-dates.js';
import { topLevelItems } from './date-of-birth-rows.js';
import { boundArgs, insertInto } from './scan.js';

/**
 * DATE_OF_BIRTH readers for code and SQL: a birth field given a parsed string, a REPL evaluating a
 * birth field, a query's result as Python tuples, bound parameters, SQL's typed literal, a table's
 * columns named in code with its rows as literals, and a pandas indexer assignment.
 */

/**
 * A birth field given a parsed string in code: `DateOfBirth = DateOnly.Parse("1985-06-14")` (C#),
 * `.dateOfBirth(LocalDate.parse("1962-05-30"))` (a Java builder), `dob: new Date('1990-02-14')`,
 * `birth_date=date.fromisoformat('1974-02-08')`.
 */
export function parsedBirthDates(text: string, out: Finding[]): void {
  parsedBirth.lastIndex = 0;
  for (let m = parsedBirth.exec(text); m !== null; m = parsedBirth.exec(text)) {
    if (!isBirthHeader(m[1] as string)) continue;
    const from = m.index + m[0].length - (m[2] as string).length - 1;
    for (const span of datesIn(text, from, from + (m[2] as string).length)) out.push(finding(span, 0.9));
  }
}

const parsedBirth =
  /\b([A-Za-z_]\w{0,40})["']?[ \t]*(?:=|:|\()[ \t]*(?:new[ \t]+)?[A-Za-z_][\w.]{0,40}[ \t]*\([ \t]*["']([^"'\n]{6,30})["']/g;

/**
 * A Python or IPython session evaluating a birth field: `>>> batch[2].get_full_name(),
 * batch[2].birth_date.isoformat()` then `('Joy Hartley-Mbeki', '1987-05-16')`, or `In [7]:
 * row.dob` then `Out[7]: datetime.date(1990, 2, 14)`. The output's item in the field's place.
 */
export function replDates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(replInput)) {
    const input = m[1] as string;
    if (!mayHoldTrigger(input, 0, input.length) && !/dob|DOB|Dob/.test(input)) continue;
    const exprs = topLevelItems(input, 0, input.length);
    const k = exprs.findIndex(([a, b]) => evaluatesBirth(input.slice(a, b)));
    if (k === -1) continue;
    const next = (m.index as number) + m[0].length + 1;
    const o = replOutput.exec(text.slice(next, next + 2000));
    if (o === null) continue;
    let from = next + (o[0].length - (o[1] as string).length);
    let to = next + o[0].length;
    if (exprs.length > 1) {
      const close = text.lastIndexOf(')', to);
      if (text.charCodeAt(from) !== 40 || close <= from) continue;
      const items = topLevelItems(text, from + 1, close);
      if (items.length !== exprs.length) continue;
      [from, to] = items[k] as [number, number];
    }
    const call = dateCall.exec(text.slice(from, to).trim().split('(')[0] ?? '');
    const args = call !== null ? callDate(text, text.indexOf('(', from)) : undefined;
    if (args !== undefined) out.push(finding(args, 0.85));
    else for (const span of datesIn(text, from, to)) out.push(finding(span, 0.85));
  }
}

/** A prompt's line: `>>> expr`, `In [7]: expr`. */
const replInput = /^(?:>>>|In \[\d+\]:)[ \t]+([^\n]{1,400})$/gm;
/** The line after it, the output (IPython's `Out[7]:` before it). */
const replOutput = /^(?:Out\[\d+\]:[ \t]*)?([^\n]{1,1000})/;

/**
 * `batch[2].birth_date.isoformat()`, `row["dob"]`, `str(p.date_of_birth)`: an expression giving a birth
 * field's value (a method formatting it, a call converting it).
 */
function evaluatesBirth(expr: string): boolean {
  const m = evaluatedField.exec(expr.trim());
  return m !== null && isBirthHeader(m[1] as string);
}

const evaluatedField =
  /(?:^|[.[( ,])["']?([A-Za-z_]\w{1,40})["']?\]?(?:\.(?:isoformat|strftime|date|__str__)\([^()]*\))?\)?$/;

const selectList = /\bSELECT[ \t\r\n]+(?:DISTINCT[ \t\r\n]+)?([^;]{1,1000}?)[ \t\r\n]+FROM\b/gi;

/**
 * A query's result printed as Python tuples (`[('Walter Pennington', …, datetime.date(1948, 2, 17))]`,
 * `[(214, 'Dariusz Wróblewski', '1982-03-14', …)]`, a LangChain SQL agent's observation): the value
 * in the position of a birth column the `SELECT` names (`c.birth_date`, `… AS dob`).
 */
export function queryResultDates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(selectList)) {
    const columns = (m[1] as string).split(',').map((c) => /([A-Za-z_]\w*)["`\]]?[ \t]*$/.exec(c)?.[1] ?? '');
    const k = columns.findIndex((c) => c !== '' && isBirthHeader(c));
    if (k === -1) continue;
    const after = (m.index as number) + m[0].length;
    const open = text.indexOf('[(', after);
    if (open === -1 || open - after > 2000) continue;
    tupleValues(text, open + 1, k, out);
  }
}

/** Reads `(…), (…)` from `at` to the closing `]`: the `k`-th value of each tuple, if a date. */
function tupleValues(text: string, at: number, k: number, out: Finding[]): void {
  let depth = 0;
  let index = 0;
  let valueStart = at;
  const take = (end: number): void => {
    if (index !== k) return;
    const value = text.slice(valueStart, end).trim();
    const from = valueStart + text.slice(valueStart, end).indexOf(value);
    const call = /^(?:[A-Za-z_]\w*\.)?(?:date|datetime)(?=\()/.exec(value);
    if (call !== null) {
      const args = callDate(text, from + call[0].length);
      if (args) out.push(finding(args, 0.9));
    } else if (value.startsWith("'") || value.startsWith('"'))
      for (const span of datesIn(text, from + 1, from + value.length - 1)) out.push(finding(span, 0.9));
  };
  for (let i = at; i < text.length && i - at < 100_000; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 34) {
      // a quoted value: skip to its closing quote (a backslash escapes)
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== c && text.charCodeAt(j) !== 10)
        j += text.charCodeAt(j) === 92 ? 2 : 1;
      i = j;
    } else if (c === 40) {
      depth++;
      if (depth === 1) {
        index = 0;
        valueStart = i + 1;
      }
    } else if (c === 41) {
      if (depth === 1) take(i);
      depth--;
    } else if (c === 44 && depth === 1) {
      take(i);
      index++;
      valueStart = i + 1;
    } else if ((c === 93 && depth === 0) || c === 10) return;
  }
}

/**
 * `SET fecha_nacimiento = DATE '1984-10-19'`: SQL's typed literal, the type word read as the key's
 * value and the date in the quotes after it.
 */
export function typedLiteralDates(text: string, end: number, out: Finding[]): void {
  const m = typedLiteral.exec(text.slice(end, end + 40));
  if (m === null) return;
  const from = end + m[0].length - (m[1] as string).length - 1;
  for (const span of datesIn(text, from, from + (m[1] as string).length)) out.push(finding(span, 0.9));
}

export const sqlDateType = /^(?:DATE|TIMESTAMP|date|timestamp)$/;
const typedLiteral = /^[ \t]*'([^'\n]{6,30})'/;

/**
 * A DB-API call binding a tuple to an `INSERT`'s placeholders, `cursor.execute("INSERT INTO t (Nome,
 * DataNascita) VALUES (?, ?)", ("Federica", "1991-06-07"))` (an IPython traceback may number the
 * tuple's line): the value in the birth column's position.
 */
export function boundTupleDates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(insertInto)) {
    if (m[3] === undefined || !boundOnly.test(m[3])) continue;
    const k = (m[2] as string)
      .split(',')
      .findIndex((c) => isBirthHeader(c.trim().replace(/^["`[]|["`\]]$/g, '')));
    if (k === -1) continue;
    const end = (m.index as number) + m[0].length;
    const args = boundArgs.exec(text.slice(end, end + 120));
    if (args !== null) tupleValues(text, end + args[0].length - 1, k, out);
  }
}

const boundOnly = /^[ \t]*(?:\?|%s)(?:[ \t]*,[ \t]*(?:\?|%s))*[ \t]*$/;

/**
 * A table's columns named in code (`df.columns = ["ts", "nome", "nascimento", …]`, `pd.DataFrame(rows,
 * columns=[…])`, `read_csv(…, names=[…])`, `csv.DictWriter(f, fieldnames=[…])`) or in JSON (a
 * query tool's result: `{"columns": ["name", "email", "date_of_birth"], "rows": [[…], …]}`) and its
 * rows as list or tuple literals elsewhere in the text (`rows = [("Ann Lee", "1990-01-02"), …]`, a
 * sample row in a comment): in each literal of as many items, the item under the birth column, when
 * it is a date and nothing else.
 */
export function columnListDates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(codeColumns)) {
    const names = [...(m[1] as string).matchAll(rowItem)].map((q) => q[1] ?? q[2] ?? '');
    const k = names.findIndex((n) => isBirthHeader(n));
    if (k === -1 || names.length < 3) continue;
    // The rows are written near their columns (a literal 2,000 characters away is another table's).
    const at = Math.max(0, (m.index as number) - 2000);
    const part = text.slice(at, (m.index as number) + m[0].length + 2000);
    for (const row of part.matchAll(rowLiteral)) {
      const items = [...(row[1] as string).matchAll(rowItem)];
      const item = items[k];
      const value = item?.[1] ?? item?.[2];
      if (items.length !== names.length || item === undefined || value === undefined) continue;
      const from = at + (row.index as number) + row[0].indexOf(row[1] as string) + (item.index as number) + 1;
      const span = datesIn(text, from, from + value.length)[0];
      if (span !== undefined && span[0] === from && span[1] === from + value.length)
        out.push(finding(span, 0.85));
    }
  }
}

const codeColumns = /\b(?:columns|names|fieldnames)(?:[ \t]*=|"[ \t]*:)[ \t]*\[([^\]]{1,1000})\]/g;
/** A list or tuple literal of two or more strings, numbers and nulls on one line. */
const rowLiteral =
  /[[(][ \t]*((?:(?:'[^'\n]{0,200}'|"[^"\n]{0,200}"|None|null|True|False|NaN|-?\d[\d.]*)[ \t]*,[ \t]*)+(?:'[^'\n]{0,200}'|"[^"\n]{0,200}"|None|null|True|False|NaN|-?\d[\d.]*))[ \t]*,?[ \t]*[\])]/g;
/** One item of a `rowLiteral`: a quoted string (its content in group 1 or 2) or another literal. */
const rowItem = /'([^'\n]*)'|"([^"\n]*)"|None|null|True|False|NaN|-?\d[\d.]*/g;

/**
 * `df.loc[df.full_name == "Charlie Green", "dob"] = "1969-08-16"`, `df.at[17, 'birth_date'] = '…'`:
 * a pandas assignment to a birth column, the date its value.
 */
export function indexerDates(text: string, found: Finding[]): void {
  indexerAssignment.lastIndex = 0;
  for (let m = indexerAssignment.exec(text); m !== null; m = indexerAssignment.exec(text)) {
    if (headerKind(m[1] as string) !== Header.birth) continue;
    const start = m.index + m[0].length - 1 - (m[2] as string).length;
    for (const span of datesIn(text, start, start + (m[2] as string).length)) found.push(finding(span, 0.9));
  }
}

const indexerAssignment =
  /\.(?:loc|at)\[[^\]\n]{0,200}?,[ \t]*["']([\w .-]{1,40})["'][ \t]*\][ \t]*=[ \t]*["']([^"'\n]{6,32})["']/g;

export const boundValues = /VALUES[ \t]*\((?:\?|%s)/i;

/**
 * An ORM's query log with its bound parameters after the statement: Prisma's `prisma:query SELECT …
 * WHERE "Patient"."dob" = $2 …` over `Params: ["%Wairimu Njoroge%","1984-11-23 00:00:00 UTC",1,0]`,
 * TypeORM's `INSERT INTO "member"(…, "birthDate") VALUES (…, $5) -- PARAMETERS: [… ,"1989-07-09"]`.
 * The parameter a birth column is equal to, set to or inserted as (`$5`, or the fifth `?`):
 * the dates in that item of the list.
 */
export function boundParamDates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(paramList)) {
    const open = (m.index as number) + m[0].length - 1;
    const lineStart = text.lastIndexOf('\n', open) + 1;
    // TypeORM logs the statement on the list's line; Prisma on the line above it.
    const statement =
      lineStart === m.index
        ? text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(0, lineStart - 1))
        : text.slice(lineStart, m.index);
    const birth = birthParams(statement);
    if (birth.length === 0) continue;
    let close = text.indexOf('\n', open);
    if (close === -1) close = text.length;
    close = text.lastIndexOf(']', close);
    if (close <= open) continue;
    const items = topLevelItems(text, open + 1, close);
    for (const n of birth) {
      const item = items[n - 1];
      if (item === undefined || text.charCodeAt(item[0]) !== 34) continue;
      for (const span of datesIn(text, item[0] + 1, item[1] - 1)) out.push(finding(span, 0.85));
    }
  }
}

/** Prisma's `Params: [` opening its line, TypeORM's ` -- PARAMETERS: [`. */
const paramList = /^Params: \[| -- PARAMETERS: \[/gm;

/**
 * The numbers (from 1) of the parameters `statement` binds to a birth column: equal to it or set
 * to it (`"dob" = $2`, `SET birth_date = ?`), or in its place of an `INSERT`'s `VALUES`.
 */
function birthParams(statement: string): number[] {
  const out: number[] = [];
  const numberOf = (p: string, at: number): number => {
    if (p !== '?') return Number(p.slice(1));
    // A `?` is numbered by its place among the statement's `?`s.
    let ordinal = 0;
    for (let k = statement.indexOf('?'); k !== -1 && k <= at; k = statement.indexOf('?', k + 1)) ordinal++;
    return ordinal;
  };
  for (const c of statement.matchAll(comparedParam))
    if (isBirthHeader(c[1] as string))
      out.push(numberOf(c[2] as string, (c.index as number) + c[0].length - 1));
  for (const i of statement.matchAll(insertInto)) {
    if (i[3] === undefined) continue;
    const columns = (i[2] as string).split(',');
    const values = i[3].split(',');
    const valuesAt = (i.index as number) + i[0].length - 1 - i[3].length;
    let offset = valuesAt;
    values.forEach((v, k) => {
      const p = v.trim();
      const column = (columns[k] ?? '').trim().replace(/^["`[]|["`\]]$/g, '');
      if (/^(?:\$\d{1,3}|\?)$/.test(p) && isBirthHeader(column)) out.push(numberOf(p, offset + v.indexOf(p)));
      offset += v.length + 1;
    });
  }
  return out;
}

/**
 * A column (its last name part, quoted or not) equal to or set to a parameter: `"Patient"."dob" =
 * $2`. Not a range's bound (`birth_date > $1`: a filter, no one's birth date).
 */
const comparedParam = /([A-Za-z_]\w{0,63})["`\]]?[ \t]*=[ \t]*(\$\d{1,3}|\?)/g;
