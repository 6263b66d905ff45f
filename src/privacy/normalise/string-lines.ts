import type { Edit } from './view.js';

/**
 * A text kept as one quoted string with escaped line breaks: a Jupyter output's `"text/plain": "
 * name  date_of_birth\n0  Ana …"`, a psql result in `"output": " id | name\n----+-----\n …"`. Once
 * its `\n` escapes are decoded its lines are rows, but the first row still follows the key on the
 * key's line (`"text": " student_no | name_ko`) and the last one runs on into the closing quote and
 * whatever follows it (`Sobral"}}],`): the header of a table inside the string is no header, and a
 * pandas printout's columns no longer line up. A line break after the opening quote and before the
 * closing one gives the string's text lines of its own.
 */

/** A cheap sign that `stringLineEdits` could change a text: an escaped line break (not `\\n`). */
export const stringLinesSign = /(?<!\\)\\n/g;

/**
 * A JSON or Python string in a value's place (after `:`, `[`, `,`, `(` or `=`, or at a line's start):
 * the quote (group 1) and its text (group 2), escapes kept whole. Only strings with a `\n` escape matter.
 */
const STRING =
  /(?<=(?:^|[:[,(=])[ \t]{0,4})(["'])((?:(?!\1)[^\\\n]|\\[^\n]){0,8000}?\\n(?:(?!\1)[^\\\n]|\\[^\n]){0,8000}?)\1/gm;

/** Whether a string's text ends in a `\n` escape (an odd number of backslashes before the `n`). */
function endsInBreak(content: string): boolean {
  let k = content.length - 1;
  if (content[k] !== 'n') return false;
  while (k > 0 && content[k - 1] === '\\') k--;
  return (content.length - 1 - k) % 2 === 1;
}

/** A line break after the opening quote, and one before the closing quote unless a `\n` escape ends the string. */
export function stringLineEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(STRING)) {
    const quote = m[1] as string;
    const content = m[2] as string;
    edits.push({ start: m.index, end: m.index + 1, value: `${quote}\n` });
    const close = m.index + 1 + content.length;
    if (!endsInBreak(content)) edits.push({ start: close, end: close + 1, value: `\n${quote}` });
  }
  return edits;
}
