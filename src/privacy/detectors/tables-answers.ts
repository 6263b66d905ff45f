import type { Cell } from './tables-cells.js';
import { normalizeHeader } from './tables-headers.js';

/**
 * The question a form answer answers, among the keyed values around it (`keyedValuesWithSiblings`):
 * form webhooks and exports give each answer its value under a generic key (`value`, `answer`) and
 * its question under another key, in the same object or one nested beside it.
 */

/** The keys naming an answer's question (normalised): its label, title, name or reference. */
const questionKey =
  /^(?:label|ref|title|name|key|question|question_?(?:text|title|label)|field_?(?:name|label|ref|title)?|prompt)$/;

/**
 * Whether a question of the answer `cells[i]` passes `asks`: a question key of its own object
 * (Tally's `{ "label": "Geboortedatum", "type": "INPUT_DATE", "value": "1996-11-05" }`), of an
 * object opened right after it (Typeform's `"date": "1999-04-23", "field": { …, "ref":
 * "date_naissance" }`), of the object it is nested in (Jotform's `"name": "fullName", …, "answer":
 * {"first": "Noa", …}`), or of its own object resumed after one nested in it (Jotform's
 * `"answer": {…}, "prettyFormat": "Noa Ben-David"`). `cells` carry their siblings.
 */
export function answersQuestion(
  text: string,
  cells: readonly Cell[],
  i: number,
  asks: (question: Cell) => boolean,
): boolean {
  const c = cells[i] as Cell;
  const group = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const q = cells[k] as Cell;
      if (questionKey.test(normalizeHeader(q.header)) && asks(q)) return true;
    }
    return false;
  };
  let from = i;
  while (from > 0 && (cells[from - 1] as Cell).headers === c.headers) from--;
  let to = i + 1;
  while (to < cells.length && (cells[to] as Cell).headers === c.headers) to++;
  if (group(from, to)) return true;
  // A nested object opened between two groups: the one after `to`, or ours inside the one before.
  if (to < cells.length && opensObject(text, (cells[to - 1] as Cell).end, (cells[to] as Cell).start)) {
    let next = to + 1;
    while (next < cells.length && (cells[next] as Cell).headers === (cells[to] as Cell).headers) next++;
    if (group(to, next)) return true;
  }
  if (from > 0 && opensObject(text, (cells[from - 1] as Cell).end, c.start)) {
    let previous = from - 1;
    while (previous > 0 && (cells[previous - 1] as Cell).headers === (cells[from - 1] as Cell).headers)
      previous--;
    if (group(previous, from)) return true;
  }
  // The answer's own object resumed after an object nested in it.
  if (from > 0) {
    const outer = resumedGroup(text, cells, from, c.start);
    if (outer !== undefined && group(outer[0], outer[1])) return true;
  }
  return false;
}

/**
 * The group of sibling cells (`[from, to)`, one of the two groups before `cells[before]`) whose
 * object is still open at `at`, only whole objects nested in it between: `"type": "control_birthdate",
 * "answer": {…}, "prettyFormat": "` resumes the object of `type`.
 */
function resumedGroup(
  text: string,
  cells: readonly Cell[],
  before: number,
  at: number,
): [number, number] | undefined {
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
