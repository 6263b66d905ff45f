import type { Finding } from '../detector.js';
import { Header, headerKind, identifier, isBirthHeader } from './date-of-birth-cues.js';
import { datesIn, finding, isAsciiLetter, isDigitAt, lineAround } from './date-of-birth-dates.js';
import { isSpace } from './scan.js';
import { normalizeHeader } from './tables.js';

/**
 * DATE_OF_BIRTH readers for error messages: the value an error line quotes near a birth field's name
 * or number, and the input a pydantic `ValidationError` quotes under a birth field.
 */

/** Lines of an error message holding a birth word (start and end, flat): see `errorLineDates`. */
export const errorLines: number[] = [];
/** Field or column numbers the text says hold a birth date (`Field 4 is date_of_birth`): see `numberedFieldDates`. */
export const fieldNumbers: string[] = [];

/** An error's or a warning's words: `ValueError`, `could not parse`, `HIVE_BAD_DATA`, `invalid_value`. */
const errorCue =
  /error|exception|invalid|could ?n[o'’]t|cannot|can['’]t|unable to|failed|failure|out of range|not a valid|malformed|bad_data|violat|warning|mismatch|rejected/i;

/** `Field 4 is date_of_birth`, `column 3 = dob`, `dob is column 3`: a position and the field it holds. */
const numberedField =
  /\b(?:field|column|col|position)[ \t]+#?(\d{1,3})[ \t]+(?:is|=|:|->|→)[ \t]+[`'"]?([A-Za-z_]\w*)|\b([A-Za-z_]\w*)[`'"]?[ \t]+is[ \t]+(?:field|column|col|position)[ \t]+#?(\d{1,3})\b/gi;

/** A birth word written as a field's name: `birth_date`, `'dob'`, `` `DateOfBirth` `` (see `identifier`). */
export function fieldName(text: string, from: number, to: number): boolean {
  const quote = (c: number): boolean => c === 39 || c === 34 || c === 96;
  if (quote(text.charCodeAt(from - 1))) return true;
  let k = to;
  while (k < text.length && isAsciiLetter(text.charCodeAt(k))) k++;
  return quote(text.charCodeAt(k)) || identifier(text, from, to);
}

/** Notes the line at `[lineStart, lineEnd)`, which holds a birth word, as an error message or as naming a numbered field. */
export function noteErrorLine(text: string, lineStart: number, lineEnd: number): void {
  let k = lineStart;
  while (k < lineEnd && !isDigitAt(text, k)) k++;
  if (k === lineEnd) return; // no value quoted, no field numbered
  const line = text.slice(lineStart, lineEnd);
  if (errorCue.test(line)) errorLines.push(lineStart, lineEnd);
  if (!/ield|olumn|col|osition/i.test(line)) return;
  for (const m of line.matchAll(numberedField)) {
    const [name, n] = m[1] !== undefined ? [m[2], m[1]] : [m[3], m[4]];
    if (isBirthHeader(name as string) && !fieldNumbers.includes(n as string)) fieldNumbers.push(n as string);
  }
}

/**
 * An error message naming a birth field quotes the value it failed on: `ValueError: birth_date out
 * of range for customer 61990 'ÁLVAREZ-QUINTERO, MARÍA JOSÉ': 2094-03-17 (did you mean 1994-03-17?)`,
 * Polars' `could not parse "31/02/1990" as dtype date at column 'date_of_birth'`, Fivetran's `Could
 * not parse value '19855-03-02' for column 'property_date_of_birth'`. The date nearest the field's
 * name on such a line is its value (a mistyped one too: see `datesIn`), and a fix suggested for it;
 * unless the line names another date field too (`hire_date`), or the date is a bound (`must be after
 * 1900-01-01`), a time's (a log line's stamp), today's or part of a path (`/landing/2024-06-19/`).
 */
export function errorLineDates(text: string, out: Finding[]): void {
  for (let l = 0; l < errorLines.length; l += 2) {
    const from = errorLines[l] as number;
    const to = errorLines[l + 1] as number;
    const names = birthFieldNames(text.slice(from, to));
    for (let k = 0; k < names.length; k += 2)
      nearestValueDates(text, from, to, from + (names[k] as number), from + (names[k + 1] as number), out);
  }
}

/**
 * Where a line names a birth field (`birth_date`, `'dob'`, `DateOfBirth`): start and end offsets in
 * the line, flat; none when it names another date field too.
 */
export function birthFieldNames(line: string): number[] {
  const at: number[] = [];
  for (const m of line.matchAll(fieldToken)) {
    const token = m[0];
    if (headerKind(token) === Header.birth) at.push(m.index as number, (m.index as number) + token.length);
    else if (
      (token.includes('_') || /[a-z][A-Z]/.test(token)) &&
      otherDateField.test(normalizeHeader(token.replace(/([a-z0-9])([A-Z])/g, '$1_$2')))
    )
      return [];
  }
  return at;
}

const fieldToken = /[A-Za-z][A-Za-z0-9_]{1,60}/g;
/** A date or time field's name (normalised): `hire_date`, `created_at`, `visit_dt`, `signup_ts`. */
const otherDateField = /(?:^|_)(?:date|dt|day|time|timestamp|ts|at|on|year)(?:_|$)/;

/**
 * On the error line `[from, to)`, the date nearest the field named at `[nameStart, nameEnd)`, within
 * 100 characters either side, and a fix suggested right after it (`(did you mean 1994-03-17?)`).
 */
function nearestValueDates(
  text: string,
  from: number,
  to: number,
  nameStart: number,
  nameEnd: number,
  out: Finding[],
): void {
  const lo = Math.max(from, nameStart - 100);
  const hi = Math.min(to, nameEnd + 100);
  const spans = datesIn(text, lo, hi);
  // A quoted value that is a date only as a field's whole value: `'19855-03-02'`, `'19850302'`.
  for (const m of text.slice(lo, hi).matchAll(quotedValue)) {
    const start = lo + (m.index as number) + 1;
    const end = start + (m[2] as string).length;
    if (end - start >= 8 && !spans.some((s) => s[0] < end && s[1] > start))
      spans.push(...datesIn(text, start, end));
  }
  let best: [number, number] | undefined;
  let distance = Infinity;
  for (const span of spans) {
    if (!standsAlone(text, span) || boundBefore.test(text.slice(Math.max(from, span[0] - 30), span[0])))
      continue;
    const d = span[0] >= nameEnd ? span[0] - nameEnd : nameStart - span[1];
    if (d >= 0 && d < distance) {
      best = span;
      distance = d;
    }
  }
  if (best === undefined) return;
  out.push(finding(best, 0.85));
  for (const span of spans)
    if (span[0] > best[1] && suggestion.test(text.slice(best[1], span[0])) && standsAlone(text, span))
      out.push(finding(span, 0.85));
}

/** A date that is no part of a path, a name or a timestamp: `/2024-06-19/`, `scheduled__2024-03-11`, `2024-06-03 02:17`. */
function standsAlone(text: string, [start, end]: [number, number]): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return (
    before !== 47 &&
    before !== 95 &&
    !isAsciiLetter(before) &&
    after !== 47 &&
    after !== 95 &&
    !isAsciiLetter(after) &&
    !timeAfter.test(text.slice(end, end + 6))
  );
}

const quotedValue = /(['"`])([^'"`\n]{4,40})\1/g;
/** `2024-06-03 02:17:44`, `[2024-03-12, 02:14:31 UTC]`: a time's date. */
const timeAfter = /^,?[ T]\d{1,2}:\d\d/;
/**
 * A bound, today's date or an event's before a date: `after '1900-01-01'`, `<= 2006-01-01`, `today
 * is`, `submitted on 2024-05-01`.
 */
const boundBefore =
  /\b(?:between|after|before|since|than|until|till|from|min|max|minimum|maximum|earliest|latest|least|today|now|current)\b|[<>≤≥]|\b(?:and|on|at)[ \t]+['"`]?$/i;
/** A fix suggested for a value: `' (did you mean '`, `, expected `, ` -> `. */
const suggestion =
  /^['"`]?[ \t]*[(,;]?[ \t]*(?:did[ \t]+you[ \t]+mean|should[ \t]+be|expected|corrected[ \t]+to|changed[ \t]+to|->|→|=>)[ \t:]*['"`]?$/i;

/**
 * `HIVE_BAD_DATA: Error parsing field value '31/04/1992' for field 4`, where the text says elsewhere
 * `Field 4 is date_of_birth`: on an error line naming the field by its number, the date nearest that.
 */
export function numberedFieldDates(text: string, out: Finding[]): void {
  for (const n of fieldNumbers) {
    const at = new RegExp(`\\b(?:field|column|col|position)[ \\t]+#?${n}\\b`, 'gi');
    for (const m of text.matchAll(at)) {
      const [from, to] = lineAround(text, m.index as number, (m.index as number) + m[0].length);
      if (to - from < 2000 && errorCue.test(text.slice(from, to)))
        nearestValueDates(text, from, to, m.index as number, (m.index as number) + m[0].length, out);
    }
  }
}

/**
 * A pydantic `ValidationError` (v2) names each failing field on a line of its own and quotes the
 * rejected input below it: `fecha_nacimiento` ⏎ `  Input should be a valid date … [type=…,
 * input_value='12/7/85', input_type=str]`. Under a birth field (the last part of a dotted location:
 * `patient.birth_date`), the quoted input is the birth date.
 */
export function validationInputs(text: string, out: Finding[]): void {
  for (const m of text.matchAll(inputValue)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (lineStart < 2 || !isSpace(text.charCodeAt(lineStart))) continue;
    const field = fieldLine.exec(text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1));
    if (field === null || !isBirthHeader(field[1] as string)) continue;
    const from = (m.index as number) + 13; // after `input_value=` and the quote
    for (const span of datesIn(text, from, from + (m[2] as string).length)) out.push(finding(span, 0.9));
  }
}

const inputValue = /input_value=(['"])([^'"\n]{4,40})\1/g;
const fieldLine = /^(?:[\w-]+(?:\.|\s->\s))*([A-Za-z_][\w-]{0,63})\r?$/;
