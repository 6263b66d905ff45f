import type { Finding } from '../detector.js';
import { isBirthHeader } from './date-of-birth-cues.js';
import { datesIn, finding, isAsciiLetter, isDigitAt, isWordAt, lineAround } from './date-of-birth-dates.js';
import { birthFieldNames } from './date-of-birth-errors.js';
import { type Cell, keyedValues, keyedValuesWithSiblings } from './tables.js';
import { answersQuestion } from './tables-answers.js';

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

/**
 * The dates under an answer key (`answerKey`, the cells `keyed[i]` for `i` in `answers`) whose
 * question names a birth date (see `answersQuestion`).
 */
export function answerDates(text: string, answers: number[], found: Finding[]): void {
  const cells = keyedValuesWithSiblings(text);
  for (const i of answers) {
    const c = cells[i] as Cell;
    const dates = datesIn(text, c.start, c.end);
    if (dates.length === 0) continue;
    if (answersQuestion(text, cells, i, asksBirth)) for (const span of dates) found.push(finding(span, 0.9));
  }
}

const asksBirth = (question: Cell): boolean => question.value.length < 80 && isBirthHeader(question.value);

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
