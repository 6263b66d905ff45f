import { type Edit, mergeEdits } from './view.js';

/**
 * Values split apart by whitespace: spaced-out characters, an address or a number broken over a line;
 * and values grouped by another character than a blank: a card's groups joined by dots, an IBAN's by
 * hyphens.
 */

/**
 * Signs that `splitEdits` could change a text, as regex sources: a line break inside a value, found
 * from the `\n` (rare, so the regex skips ahead fast) or from an `@` before it, spaced-out
 * characters (their leading space would slow the others down, so they get their own regex), and
 * groups joined by dots or hyphens (found from the joint, with one regex of their own too).
 */
export const splitSigns = {
  newline: String.raw`\n(?:(?<=[._%+-][ \t]*\r?\n)[ \t]*[\w.%+-]*@|[ \t]*(?:@|[._%+-][\w.%+-]*@)|(?<=[ -]\d{1,6}[ -]?[ \t]*\r?\n)(?<!\d{4}-\d\d-\d\d\r?\n)[ \t]*\d(?!\d{3}-\d\d-\d\d)|(?<=\d[ -]?[ \t]*\r?\n)(?<!\d{4}-\d\d-\d\d\r?\n)[ \t]*\d{1,6}[ -]\d(?<!\n[ \t]*\d{4}-\d))`,
  at: String.raw`@[\w-]*[ \t]*\r?\n|@[\w.-]*[.-][ \t]*\r?\n`,
  spaced:
    ' [A-Za-z0-9@._%+/-] [A-Za-z0-9@._%+/-] [A-Za-z0-9@._%+/-] [A-Za-z0-9@._%+/-] [A-Za-z0-9@._%+/-](?: |$)',
  regrouped: String.raw`\.(?<=\d{4}\.)\d{4}\.\d{4}\.|-(?<=[A-Za-z]{2}\d\d-)[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-|[.-](?<=(?:^|[^\w.-])\d[.-])\d[.-]\d[.-]\d[.-]\d`,
};
export const splitSign = new RegExp(Object.values(splitSigns).join('|'), 'gm');

/**
 * `j o h n @ g m a i l . c o m`, `0 3 / 1 7 / 1 9 8 6` (a PDF's comb field, one character a box): six
 * or more single characters with single spaces between.
 */
const SPACED_OUT = /(?<!\S)(?:[A-Za-z0-9@._%+/-] ){5,}[A-Za-z0-9@._%+/-](?!\S)/g;
/**
 * `4008.3716.2904.5187`: a card number's four groups of four joined by dots; `nl75-rabo-0317-7294-80`:
 * an IBAN's groups joined by hyphens (the IBAN's country, check digits and length still decide).
 */
const DOTTED_CARD = /(?<![\w.])\d{4}(?:\.\d{4}){3}(?!\w|\.\d)/g;
/**
 * `2.5.5.8.8.2.7.4.4`, `0 - 1 - 8 - 9 - 6 - 1 - 6 - 5 - 3`: nine or more digits with one dot or dash
 * after each (blanks around it or not), typed so to get past a filter: the separators go too.
 */
const DIGIT_BY_DIGIT =
  /(?<![\w.-])\d(?:[ \t]?([.-])[ \t]?\d)(?:[ \t]?\1[ \t]?\d){7,}(?!\w|[ \t]?[.-][ \t]?\d)/g;
const HYPHENATED_IBAN = /(?<![\w-])[A-Za-z]{2}\d\d(?:-[A-Za-z0-9]{4}){2,7}(?:-[A-Za-z0-9]{1,3})?(?![\w-])/g;
const BREAK_IN_DOMAIN = /(?<![\w.%+-])[\w.%+-]+@([A-Za-z0-9.-]*)[ \t]*\r?\n[ \t]*([A-Za-z0-9.-]+)/g;
const BREAK_IN_LOCAL = /(?<![\w.%+-])[\w.%+-]+[ \t]*\r?\n[ \t]*[\w.%+-]*@[A-Za-z0-9-]/g;
/**
 * Card, phone, SSN or IBAN groups broken over a line: `4111 1111\n1111 1111`, `123-45-\n6789`, a
 * phone's area code in parentheses first (`(504) 914-\n2271`).
 */
const BREAK_IN_NUMBER =
  /(?<![^\s"'(=:])\+?(?:\(\d{1,5}\) ?)?[A-Z0-9]{1,6}(?:[ -][A-Z0-9]{1,6})*[ -]?[ \t]*\r?\n[ \t]*[A-Z0-9]{1,6}(?:[ -][A-Z0-9]{1,6})*(?![\w.:/@-]|,\d)/g;

// ISO dates and day-first ones (`02-01-2024`, `14/03/1988`, `1.2.2024`).
const isoDateEnd = /(?:^|\D)(?:\d{4}-\d\d-\d\d|\d{1,2}([-/.])\d{1,2}\1\d{4})$/;
const isoDateStart = /^\s*(?:\d{4}-\d\d-\d\d|\d{1,2}([-/.])\d{1,2}\1\d{4})(?!\d)/;

const WHITESPACE = /[ \t\r\n]+/g;

function whitespaceIn(raw: string, at: number, out: Edit[]): void {
  for (const w of raw.matchAll(WHITESPACE))
    out.push({ start: at + w.index, end: at + w.index + w[0].length, value: '' });
}

/**
 * Whether a line opening with `@name` (the text from `at`, just past `@` and a character) is code:
 * a decorator (`@app.get("/users")`, `@pytest.mark.slow` over a `def`) or an npm scope
 * (`@acme:registry=…`), not the domain of an address broken before its `@`.
 */
function isCodeLine(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && k - at < 256 && /[\w.-]/.test(text[k] as string)) k++;
  const c = text.charCodeAt(k);
  if (c === 40 || c === 58 || c === 61) return true;
  return (c === 10 || c === 13) && decoratedLine.test(text.slice(k, k + 80));
}

/**
 * `… must have an @-sign.⏎pietro.fabbri@tiscali.it`, `… to these people.⏎john.smith@x.com`: a word
 * and a full stop closing a line of prose, then an address that is whole on its own (its local part
 * dotted, `first.last`), or after a line of three words or more. An address broken after a dot of its
 * local part (`mail john.⏎smith@gmail.com`) leaves an undotted piece on the next line.
 */
function sentenceEnd(text: string, at: number, left: string, right: string): boolean {
  if (!/^-?\p{L}+\.$/u.test(left)) return false;
  if (/^[\w%+-]+\.[\w.%+-]*@/.test(right)) return true;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return /\p{L}+ \p{L}+ \p{L}+ +$/u.test(text.slice(Math.max(lineStart, at - 200), at));
}

/**
 * `… summing D not E⏎+tala.faleolo@gmail.com assigned to …`: a line of words, then a line opening
 * with a Google Docs or Sheets `+mention`, a whole dotted address after its `+` (a comment export's
 * assign-to). The plus opens the mention, not the rest of a local part broken before it.
 */
function plusMention(text: string, end: number, right: string): boolean {
  if (!/^\+[\w%-]+\.[\w.%-]*@/.test(right)) return false;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  return /\S[ \t]+\S+$/.test(text.slice(Math.max(lineStart, end - 200), end));
}

/** The start of a line of a code comment: `# `, `// `, `-- `. */
const commentLine = /^[ \t]*(?:#|\/\/|--)/;

/** The line after a bare decorator: a `def`, a `class` or another decorator. */
const decoratedLine = /^\r?\n[ \t]*(?:def |class |async def |@)/;

/**
 * Whether a line break cuts a group of four in two, as a terminal wraps a log line at its width:
 * `4539 1488 03` and `43 6467`, the groups around the break short and adding up to four, every
 * other group four long (but the last, which an IBAN may end short).
 */
function cutsGroup(left: string, right: string): boolean {
  const before = left.split(/[ -]/);
  const after = right.split(/[ -]/);
  const head = (before.at(-1) as string).length;
  const tail = (after[0] as string).length;
  return (
    before.length > 1 &&
    head < 4 &&
    head + tail === 4 &&
    before.slice(0, -1).every((g) => g.length === 4) &&
    after.slice(1, -1).every((g) => g.length === 4)
  );
}

/** Whether a tab is before `at` on its line (512 characters back at most): a tab-separated row's cell. */
function tabbedLine(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 512; k--) {
    const c = text.charCodeAt(k);
    if (c === 9) return true;
    if (c === 10) return false;
  }
  return false;
}

/**
 * Removes whitespace inside runs that look like one value split apart: spaced-out characters, an
 * e-mail address broken over a line inside its local part or domain, and grouped digits broken over
 * a line; puts blanks between a card's dotted and an IBAN's hyphenated groups. Conservative on
 * purpose: the whole text is prose full of spaces and line breaks.
 */
export function splitEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(DIGIT_BY_DIGIT))
    for (const sep of m[0].matchAll(/[ \t]?[.-][ \t]?/g))
      edits.push({ start: m.index + sep.index, end: m.index + sep.index + sep[0].length, value: '' });
  for (const m of text.matchAll(SPACED_OUT)) whitespaceIn(m[0], m.index, edits);
  for (const re of [DOTTED_CARD, HYPHENATED_IBAN])
    for (const m of text.matchAll(re))
      for (let i = 4; i < m[0].length; i += 5)
        edits.push({ start: m.index + i, end: m.index + i + 1, value: ' ' });
  for (const m of text.matchAll(BREAK_IN_DOMAIN)) {
    const [raw, left = '', right = ''] = m;
    if (/\.[A-Za-z]{2,}$/.test(left) && !/^[.-]/.test(right) && !/[.-]$/.test(left)) continue;
    // A full stop after a whole address, then a sentence on the next line: `… at a@b.com.\nShe …`.
    if (/\.[A-Za-z]{2,}\.$/.test(left) && /^[A-Z]/.test(right)) continue;
    whitespaceIn(raw, m.index, edits);
  }
  for (const m of text.matchAll(BREAK_IN_LOCAL)) {
    const [left = '', right = ''] = m[0].split(/[ \t]*\r?\n[ \t]*/);
    if (right.startsWith('@') && isCodeLine(text, m.index + m[0].length)) continue;
    // `# run⏎@pytest.mark.slow`: a comment's last word over a line of code.
    if (right.startsWith('@') && commentLine.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index)))
      continue;
    if (sentenceEnd(text, m.index, left, right) || plusMention(text, m.index + left.length, right)) continue;
    if (/[._%+-]$/.test(left) || /^[._%+@-]/.test(right)) whitespaceIn(m[0], m.index, edits);
  }
  for (const m of text.matchAll(BREAK_IN_NUMBER)) {
    const lineBreak = /[ \t]*\r?\n[ \t]*/.exec(m[0]);
    if (!lineBreak) continue;
    const groups = m[0].slice(0, lineBreak.index) + m[0].slice(lineBreak.index + lineBreak[0].length);
    const digits = groups.replace(/\D/g, '').length;
    if (digits < 9 || digits > 34 || !/[ -]/.test(groups)) continue;
    // A date ending one line or starting the next is a table row or a log line, not half a number.
    if (isoDateEnd.test(m[0].slice(0, lineBreak.index)) || isoDateStart.test(m[0].slice(lineBreak.index)))
      continue;
    // `… 094-617-552⏎2   Aroha …`: the next line opens with a printed frame's row index (a number,
    // then blanks), not the rest of this one; so does a tab-separated row's first cell under a row
    // of the same table (`…⇥090-4827-1936⏎7⇥中村 蒼⇥…`).
    const after = m.index + m[0].length;
    if (
      /^\d{1,6}$/.test(m[0].slice(lineBreak.index + lineBreak[0].length)) &&
      (/^[ \t]{2,}\S/.test(text.slice(after, after + 12)) ||
        (text.charCodeAt(after) === 9 && tabbedLine(text, m.index)))
    )
      continue;
    // Groups printed with spaces stay grouped (card and IBAN print forms); a dash or no separator is
    // kept as is, and so is a group the break cuts in two.
    const start = m.index + lineBreak.index;
    const left = m[0].slice(0, lineBreak.index);
    const right = m[0].slice(lineBreak.index + lineBreak[0].length);
    const glue = / /.test(groups) && !/-$/.test(left) && !cutsGroup(left, right) ? ' ' : '';
    edits.push({ start, end: start + lineBreak[0].length, value: glue });
  }
  return mergeEdits(edits);
}
