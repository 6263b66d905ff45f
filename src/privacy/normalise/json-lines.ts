import type { Edit } from './view.js';

/**
 * Text kept as a JSON array of its lines, one string a line: a Jupyter notebook's cell sources and
 * outputs (nbformat 4, multiline strings), where a pandas table prints as `"   name   email\n",`.
 * Unwrapped, the lines read as the text they hold, so the table readers see a table and its header.
 */

/**
 * A sign that `jsonLinesEdits` could change a text: a string element ending in `\n` at the end of a
 * line. For the scan of the whole text, what holds at the line break (found from it), so that each
 * element's window takes in the next line and the windows of an array's lines merge.
 */
export const jsonLinesSign = /\\n",?\r?\n/g;
export const jsonLinesAtNewline = String.raw`(?<=\\n",?\r?\n)`;

/** One string element on a line of its own: its indentation and quote, its text, and its comma. */
const ELEMENT = /^([ \t]{0,64}")((?:[^"\\\n]|\\[^\n]){0,4096})(",?)[ \t]*$/gm;

/** Whether a JSON string's text ends in a `\n` escape (an odd number of backslashes before the `n`). */
function endsInNewline(content: string): boolean {
  let k = content.length - 1;
  if (content[k] !== 'n') return false;
  while (k > 0 && content[k - 1] === '\\') k--;
  return (content.length - 1 - k) % 2 === 1;
}

/**
 * Removes the quotes, the indentation and the trailing `\n",` of each line of a JSON array of
 * lines; the last element (no `\n`) only right after such a line. Escapes inside are left to the
 * escape stage.
 */
export function jsonLinesEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  let nextLine = -1;
  for (const m of text.matchAll(ELEMENT)) {
    const [raw, opening = '', content = ''] = m;
    const isLine = endsInNewline(content);
    if (!isLine && m.index !== nextLine) continue;
    const end = m.index + opening.length + content.length - (isLine ? 2 : 0);
    const rawEnd = m.index + raw.length;
    edits.push(
      { start: m.index, end: m.index + opening.length, value: '' },
      { start: end, end: rawEnd, value: '' },
    );
    nextLine = isLine ? rawEnd + (text.charCodeAt(rawEnd) === 13 ? 2 : 1) : -1;
  }
  return edits;
}
