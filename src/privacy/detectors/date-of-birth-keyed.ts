import type { Finding } from '../detector.js';
import { isBirthHeader } from './date-of-birth-cues.js';
import { datesIn, finding, isAsciiLetter, isDigitAt, isWordAt, lineAround } from './date-of-birth-dates.js';
import { birthFieldNames } from './date-of-birth-errors.js';
import { type Cell, keyedValues, keyedValuesWithSiblings, normalizeHeader } from './tables.js';

/**
 * DATE_OF_BIRTH readers for keyed values beyond a birth key's own: a form answer under a generic key
 * whose question is a birth date, a place-and-date key's value, an epoch birth date repeated
 * where the text names its field again, and a field's value under an id a legend labels.
 */

/** The epoch birth dates found under birth keys (see `epochDate`), up to five. */
export const epochValues: string[] = [];

/**
 * A text about a few records repeats an epoch birth date where it names the field again:
 * `"data_nascimento": 7904` in a Debezium event, then `# data_nascimento chega como 7904 no
 * BigQuery`. The number on a line naming a birth field, a whole number there.
 */
export function repeatedEpochDates(text: string, out: Finding[]): void {
  for (const value of epochValues) {
    let seen = 0;
    for (let p = text.indexOf(value); p !== -1 && seen < 1000; p = text.indexOf(value, p + value.length)) {
      seen++;
      const end = p + value.length;
      if (isWordAt(text, p - 1) || isWordAt(text, end) || text.charCodeAt(p - 1) === 46) continue;
      const [from, to] = lineAround(text, p, end);
      if (to - from < 2000 && birthFieldNames(text.slice(from, to)).length > 0)
        out.push(finding([p, end], 0.8));
    }
  }
}

/**
 * Form webhooks and exports give each answer its value under a generic key and its question under
 * another key of the same object: Tally's `{ "label": "Geboortedatum", "type": "INPUT_DATE",
 * "value": "1996-11-05" }`, Typeform's `{ "type": "date", "date": "1999-04-23", "field": { …,
 * "ref": "date_naissance" } }` (the question in an object nested in the answer's), Jotform's
 * `answer` and `prettyFormat` (the answer written out). The value keys, as written.
 */
export const answerKey = new Set([
  'value',
  'answer',
  'date',
  'text',
  'response',
  'input',
  'Value',
  'Answer',
  'prettyFormat',
]);

/** An evaluation set's expected answer to its `question`: `gold_answer`, `expected_output`. */
export const goldAnswer = /^(?:gold|expected|reference|correct|target)_?(?:answer|output)$/i;

/** The keys naming an answer's question (normalised): its label, title, name or reference. */
const questionKey =
  /^(?:label|ref|title|name|key|question|question_?(?:text|title|label)|field_?(?:name|label|ref|title)?|prompt)$/;

/**
 * The dates under an answer key (`answerKey`, the cells `keyed[i]` for `i` in `answers`) whose
 * object names a birth-date question (`questionKey`), in its own pairs or in the pairs of an object
 * opened right after it, or right before it (the answer nested in the question's object).
 */
export function answerDates(text: string, answers: number[], found: Finding[]): void {
  const cells = keyedValuesWithSiblings(text);
  for (const i of answers) {
    const c = cells[i] as Cell;
    const dates = datesIn(text, c.start, c.end);
    if (dates.length === 0) continue;
    let from = i;
    while (from > 0 && (cells[from - 1] as Cell).headers === c.headers) from--;
    let to = i + 1;
    while (to < cells.length && (cells[to] as Cell).headers === c.headers) to++;
    let asks = asksBirth(cells, from, to);
    // A nested object opened between two groups: the one after `to`, or ours inside the one before.
    if (
      !asks &&
      to < cells.length &&
      opensObject(text, (cells[to - 1] as Cell).end, (cells[to] as Cell).start)
    ) {
      let next = to + 1;
      while (next < cells.length && (cells[next] as Cell).headers === (cells[to] as Cell).headers) next++;
      asks = asksBirth(cells, to, next);
    }
    if (!asks && from > 0 && opensObject(text, (cells[from - 1] as Cell).end, c.start)) {
      let previous = from - 1;
      while (previous > 0 && (cells[previous - 1] as Cell).headers === (cells[from - 1] as Cell).headers)
        previous--;
      asks = asksBirth(cells, previous, from);
    }
    // The answer's own object resumed after an object nested in it: Jotform's `{"name": "birthDate",
    // "text": "תאריך לידה", "answer": {"month": "06", …}, "prettyFormat": "11-06-1995"}`.
    if (!asks && from > 0) {
      const outer = resumedGroup(text, cells, from, c.start);
      if (outer !== undefined) asks = asksBirth(cells, outer[0], outer[1]);
    }
    if (asks) for (const span of dates) found.push(finding(span, 0.9));
  }
}

/**
 * The group of sibling cells (`[from, to)`, one of the two groups before `cells[before]`) whose
 * object is still open at `at`, only whole objects nested in it between: `"type": "control_birthdate",
 * "answer": {…}, "prettyFormat": "` resumes the object of `type`.
 */
function resumedGroup(text: string, cells: Cell[], before: number, at: number): [number, number] | undefined {
  for (let to = before, n = 0; to > 0 && n < 2; n++) {
    const last = cells[to - 1] as Cell;
    let from = to - 1;
    while (from > 0 && (cells[from - 1] as Cell).headers === last.headers) from--;
    if (nestsWholeObjects(text, last.end, at)) return [from, to];
    to = from;
  }
  return undefined;
}

/** Whether `text[from, to)` (400 characters at most) holds a whole object and closes none it did not open. */
function nestsWholeObjects(text: string, from: number, to: number): boolean {
  if (to - from > 400) return false;
  let depth = 0;
  let nests = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 123) {
      depth++;
      nests = true;
    } else if (c === 125 && --depth < 0) return false;
  }
  return nests && depth === 0;
}

/** Whether a question key among `cells[from, to)` names a birth date. */
function asksBirth(cells: Cell[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const q = cells[k] as Cell;
    if (q.value.length < 80 && questionKey.test(normalizeHeader(q.header)) && isBirthHeader(q.value))
      return true;
  }
  return false;
}

/** Whether `text[from, to)` opens an object and closes none: `", "field": { "`. */
function opensObject(text: string, from: number, to: number): boolean {
  if (to - from > 40) return false;
  let opens = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 125) return false;
    if (c === 123) opens = true;
  }
  return opens;
}

/**
 * `TTL: Jakarta, 14-03-1985`: the key's value is the place, the date follows its comma; or the value
 * holds both (`"dogum_yeri_tarihi": "Erzurum / 17.05.2002"`).
 */
export function placeThenDateValue(text: string, c: Cell, found: Finding[]): void {
  const within = datesIn(text, c.start, c.end);
  if (within.length > 0) {
    for (const span of within) found.push(finding(span, 0.9));
    return;
  }
  let k = c.end;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (text.charCodeAt(k) !== 44) return;
  k++;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (!isDigitAt(text, k) && !isAsciiLetter(text.charCodeAt(k))) return;
  let end = text.indexOf('\n', k);
  if (end === -1 || end > k + 40) end = Math.min(text.length, k + 40);
  const span = datesIn(text, k, end)[0];
  if (span !== undefined && span[0] === k) found.push(finding(span, 0.9));
}

/**
 * A legend giving each column's id in brackets after its label (`Board columns: नाम (name), …,
 * जन्म तिथि (date4)`: Monday.com's) over records that hold a column as an object with that id
 * (`{"id": "date4", "text": "1992-08-15"}`): the dates of the object's `text` or `value` under an
 * id whose label is a birth header. Legends are looked for on the lines `lines` holds (start and
 * end, flat: those with a birth word).
 */
export function legendIdDates(text: string, lines: readonly number[], out: Finding[]): void {
  let ids: string[] | undefined;
  for (let l = 0; l < lines.length; l += 2)
    for (const m of text.slice(lines[l], lines[l + 1]).matchAll(legendEntry))
      if (isBirthHeader((m[1] as string).trim())) {
        ids ??= [];
        ids.push(m[2] as string);
      }
  if (ids === undefined) return;
  const cells = keyedValues(text);
  for (let i = 0; i + 1 < cells.length; i++) {
    const id = cells[i] as Cell;
    const value = cells[i + 1] as Cell;
    if (id.header !== 'id' || !ids.includes(id.value) || !idValueKey.test(value.header)) continue;
    // The value in the id's own object: no brace between them.
    const between = text.slice(id.end, value.start);
    if (between.includes('{') || between.includes('}')) continue;
    for (const span of datesIn(text, value.start, value.end)) out.push(finding(span, 0.85));
  }
}

/** A legend's entry: a label, then an id in brackets (`जन्म तिथि (date4)`), after a line's start or a separator. */
const legendEntry = /(?:^|[,;:|])[ \t]*([^,;:|()\n]{1,40}?)[ \t]*\(([A-Za-z_][\w.-]{0,63})\)/g;
const idValueKey = /^(?:text|value)$/;
