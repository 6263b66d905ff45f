/**
 * Candidate positions for the detectors' regexes. Running a regex with a lookbehind over a whole
 * text tries it at every character; the detectors instead run the same regex (a sticky copy) only
 * where a match can start: at the start of a digit run, before an `@`, at a capital letter. Each
 * caller visits candidates in increasing order and skips those inside the previous match, which
 * gives exactly the matches `text.matchAll(re)` gives.
 */

/** A sticky copy of a global regex, for trying it at one position (`lastIndex`). */
export function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace('g', '')}y`);
}

/** The offsets of the line breaks in `text`, in order: `lineBreaks('a\nb\n')` is `[1, 3]`. */
export function lineBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

/**
 * The index of the first of the sorted `offsets` at or after `at` (their length if none), by binary
 * search: with `lineBreaks`, the line of a span without walking to it (`breaks[firstAtOrAfter(breaks,
 * end)]` is `text.indexOf('\n', end)`).
 */
export function firstAtOrAfter(offsets: readonly number[], at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `text` holds `head` + `tail`, searched by `tail` (`text.includes(head + tail)`): a search
 * stops at every occurrence of the character it opens with, and a cue opening with a blank (or a
 * common letter) stops at every word. Detectors' gates lead with a cue's rarer part this way.
 * @example holds(text, ' ', 'CONC ') // text.includes(' CONC '), faster
 */
export function holds(text: string, head: string, tail: string): boolean {
  for (let i = text.indexOf(tail, head.length); i !== -1; i = text.indexOf(tail, i + 1))
    if (text.startsWith(head, i - head.length)) return true;
  return false;
}

/** The match of a sticky regex exactly at `at`, or null. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * The lines of a text that hold a script (or any character a pattern needs), for running that
 * pattern's global regex there only. A long text in English with one line of Japanese costs one
 * line's search, not the whole text's: the script patterns, with Unicode properties in lookbehinds,
 * are the slowest per character of all, and a `hasHan.test(text)` gate opens them to every line once
 * one character turns up. A pattern that never crosses a line break finds the same matches on its
 * lines as over the whole text: its lookarounds read the line break at a line's edge, which is in none
 * of their classes, as they read the text's edge.
 */
export class ScriptLines {
  /** `[from, to)` pairs: runs of whole lines holding the script, in order. */
  private readonly ranges: number[] = [];
  private readonly pieces: string[] = [];

  constructor(
    private readonly text: string,
    probe: RegExp,
  ) {
    const find = globalProbes.get(probe) ?? new RegExp(probe.source, `${probe.flags}g`);
    globalProbes.set(probe, find);
    find.lastIndex = 0;
    for (let m = find.exec(text); m !== null; m = find.exec(text)) {
      const from = text.lastIndexOf('\n', m.index) + 1;
      let to = text.indexOf('\n', m.index);
      if (to === -1) to = text.length;
      const last = this.ranges.length - 1;
      // The next line continues the run.
      if (last > 0 && this.ranges[last] === from - 1) this.ranges[last] = to;
      else this.ranges.push(from, to);
      find.lastIndex = to;
    }
  }

  /** Whether any line holds the script. */
  get any(): boolean {
    return this.ranges.length > 0;
  }

  /**
   * `re.exec(text)` from `re.lastIndex` (an offset into the text, as the caller's loop sets it), searched
   * on the script's lines only; the match's `index` and `re.lastIndex` after it are offsets into the text.
   */
  exec(re: RegExp): RegExpExecArray | null {
    const at = re.lastIndex;
    for (let r = 0; r < this.ranges.length; r += 2) {
      const from = this.ranges[r] as number;
      const to = this.ranges[r + 1] as number;
      if (to <= at) continue;
      const piece = this.piece(r >> 1, from, to);
      re.lastIndex = Math.max(0, at - from);
      const m = re.exec(piece);
      if (m === null) continue;
      m.index += from;
      re.lastIndex += from;
      if (m.indices !== undefined && from > 0)
        for (const pair of m.indices)
          if (pair !== undefined) {
            pair[0] += from;
            pair[1] += from;
          }
      return m;
    }
    re.lastIndex = 0;
    return null;
  }

  /** Every match of the global regex `re`, as `text.matchAll(re)` gives them (offsets into the text). */
  matchAll(re: RegExp): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    re.lastIndex = 0;
    for (let m = this.exec(re); m !== null; m = this.exec(re)) {
      out.push(m);
      if (m[0] === '') re.lastIndex++;
    }
    return out;
  }

  private piece(k: number, from: number, to: number): string {
    if (from === 0 && to === this.text.length) return this.text;
    let piece = this.pieces[k];
    if (piece === undefined) {
      piece = this.text.slice(from, to);
      this.pieces[k] = piece;
    }
    return piece;
  }
}

const globalProbes = new WeakMap<RegExp, RegExp>();

/**
 * The text on `start`'s line before it, at most `reach` characters: a label before a value. A bounded
 * scan: a `lastIndexOf('\n')` from every value would run to its line's start, quadratic on a long line.
 */
export function lineTextBefore(text: string, start: number, reach: number): string {
  let from = Math.max(0, start - reach);
  for (let i = start - 1; i >= from; i--)
    if (text.charCodeAt(i) === 10) {
      from = i + 1;
      break;
    }
  return text.slice(from, start);
}

/**
 * The block of lines around `[start, end)`: from after the blank line before it to the blank line
 * after it (a paragraph, a list, a payload under its heading), `reach` characters either way at most.
 */
export function blockAround(text: string, start: number, end: number, reach: number): [number, number] {
  const floor = Math.max(0, start - reach);
  const ceiling = Math.min(text.length, end + reach);
  // Searched within the reach only: a text with no blank line would otherwise be read to its ends
  // once per call (10,000 addresses in 1 MB: seconds).
  let from = floor;
  for (let i = Math.min(start, text.length - 1); i >= Math.max(floor, 1); i--)
    if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 10) {
      from = i + 1;
      break;
    }
  let to = ceiling;
  for (let i = end; i + 1 < text.length && i < ceiling; i++)
    if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10) {
      to = i;
      break;
    }
  return [from, to];
}

/** A subtitle cue's lines before its text: a blank line, its number, its timing (`00:00:19,000 --> 00:00:21,400`). */
export const cueHeader =
  /^[ \t]*(?:\d{1,6}|\d{1,2}:[\d:.,]+[ \t]+-->[ \t]+\d{1,2}:[\d:.,]+(?:[ \t][^\n]*)?)?[ \t]*\r?$/;

/** A transcript turn's header line: the speaker, then the time into the call (`Speaker 2  0:17`). */
export const turnHeader = /^[\p{L}][\p{L}\p{N} .'’()_-]{0,40}?[ \t]+\(?\d{1,2}:\d{2}(?::\d{2})?\)?$/u;

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The starts of digit runs with seven digits from there, neighbours at most two of ` ./()-` apart
 * (three in a text holding ` / `, a German area code's separator: `0171 / 4471209`, or ` - `, a
 * form's dash as OCR spaces it: `412 - 73 - 9065`), in increasing
 * order. Every phone, card and SSN candidate holds that many digits from the run it starts at (or
 * from the `+`/`(` just before it), and most digit runs (ids, amounts, times) have fewer: the three
 * detectors read this one scan (memoised for the last text) instead of each scanning every digit of
 * the text.
 */
export function numberStarts(text: string): readonly number[] {
  if (text === startsText) {
    startsText = text; // an equal copy matched by content: compare by reference next time
    return starts;
  }
  startsText = text;
  starts = [];
  const digits = wideSeparator.test(text) ? sevenDigitsWide : sevenDigits;
  digits.lastIndex = 0;
  for (let m = digits.exec(text); m !== null; m = digits.exec(text)) {
    starts.push(m.index);
    digits.lastIndex = m.index + 1; // every start, also those inside this match
  }
  return starts;
}

/** ` / ` or ` - `: one regex finds either at a third of the cost of two `includes` (which stop at every blank). */
const wideSeparator = / [/-] /;
const sevenDigits = /(?<![0-9])[0-9](?:[ ./()-]{0,2}[0-9]){6}/g;
const sevenDigitsWide = /(?<![0-9])[0-9](?:[ ./()-]{0,3}[0-9]){6}/g;
let startsText: string | undefined;
let starts: number[] = [];

/** ASCII `[A-Za-z0-9_]`, the regex `\w`. */
export function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** `/\p{L}/u` on the character at `i` (a surrogate half is none), without the regex for ASCII. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return letter.test(text[i] ?? '');
}

const letter = /\p{L}/u;

/**
 * A table rule line in `text[from, to)`: a run of at least three `-`, otherwise only spaces and
 * `| : +` — `|---|:--:|` (markdown), `----+----` (psql) — and, with `equals`, `=` (`=====`).
 */
export function isRuleLine(text: string, from: number, to: number, equals: boolean): boolean {
  let dashes = 0;
  let rule = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 45) {
      if (++dashes >= 3) rule = true;
      continue;
    }
    dashes = 0;
    if (c !== 124 && c !== 58 && c !== 43 && !(equals && c === 61) && !isSpace(c)) return false;
  }
  return rule;
}

/** Exactly the JavaScript regex class `\s`. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether a label (a column header, a key, an SQL column) names one of `words`: split into words at
 * `_`, `-`, `.`, spaces and camelCase humps (`SocialSecurityNumber`, `soc_sec_no`), a word matches
 * as in `hasContext` (equal, or a 5+ letter word inside a longer one: `telefonnummer` ⊃ `telefon`).
 * Memoised per word set (labels repeat on every row).
 */
export function labelHas(label: string, words: ReadonlySet<string>): boolean {
  let memo = labelMemo.get(words);
  if (memo === undefined) {
    memo = new Map();
    labelMemo.set(words, memo);
  }
  let known = memo.get(label);
  if (known === undefined) {
    known = false;
    const tokens = label
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^\p{L}]+/u);
    for (const token of tokens) {
      if (token === '') continue;
      if (words.has(token)) known = true;
      else for (const word of words) if (word.length >= 5 && token.includes(word)) known = true;
      if (known) break;
    }
    if (memo.size >= 4096) memo.clear();
    memo.set(label, known);
  }
  return known;
}

const labelMemo = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/** What `cellAt` needs of a table cell (see `tables.ts`). */
export interface Span {
  start: number;
  end: number;
}

/**
 * The span among `spans` (sorted by start, not overlapping: table cells, SQL values) holding
 * `[start, end)`, by binary search, or undefined.
 */
export function spanAt<T extends Span>(spans: readonly T[], start: number, end: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid] as T).start <= start) lo = mid;
    else hi = mid - 1;
  }
  const span = spans[lo];
  return span !== undefined && span.start <= start && end <= span.end ? span : undefined;
}

/** A value in an SQL `INSERT … (columns) VALUES (…), (…)` tuple, with its column's name. */
export interface SqlValue extends Span {
  column: string;
}

/**
 * The values PostgreSQL and DB-API calls quote without naming their columns, each with the column an
 * `INSERT INTO t (a, b, …)` of the same text gives it by position: a failing row's (`DETAIL:  Failing
 * row contains (48213, Jürgen, Häberle, null, …)`, for the relation the error names), a logged bind
 * parameter's (`parameters: $1 = '…', $5 = '1979-11-23'`, by the placeholder's place in the
 * statement's `VALUES ($1, …)`), and a bound tuple's string (`execute("INSERT … VALUES (?, ?)",
 * ("Federica", "Marchionni"))`). Sorted by start; memoised for the last text.
 */
export function sqlPositionalValues(text: string): readonly SqlValue[] {
  if (text === positionalText) return positionalValues;
  const out: SqlValue[] = [];
  positionalText = text;
  positionalValues = out;
  const failing = text.includes('Failing row contains (');
  const binds = text.includes("$1 = '");
  const bound = text.includes('?') || text.includes('%s');
  if (!failing && !binds && !bound) return out;
  for (const m of text.matchAll(insertInto)) {
    const table = (m[1] as string)
      .replace(/["`[\]]/g, '')
      .split('.')
      .pop() as string;
    const columns = (m[2] as string).split(',').map((c) => c.trim().replace(/^["`[]|["`\]]$/g, ''));
    if (failing && text.includes(`relation "${table}"`))
      for (const row of text.matchAll(failingRow)) {
        const values = (row[1] as string).split(', ');
        if (values.length < columns.length) continue;
        let from = row.index + row[0].length - (row[1] as string).length - 1;
        for (let k = 0; k < columns.length; k++) {
          const value = values[k] as string;
          if (value !== 'null')
            out.push({ start: from, end: from + value.length, column: columns[k] as string });
          from += value.length + 2;
        }
      }
    const placeholders = m[3]?.split(',').map((p) => p.trim());
    if (placeholders === undefined) continue;
    if (binds)
      placeholders.forEach((p, k) => {
        if (!/^\$\d{1,3}$/.test(p) || k >= columns.length) return;
        for (let at = text.indexOf(`${p} = '`, m.index); at !== -1; at = text.indexOf(`${p} = '`, at + 1)) {
          const from = at + p.length + 4;
          const close = text.indexOf("'", from);
          if (close !== -1 && close - from <= 200)
            out.push({ start: from, end: close, column: columns[k] as string });
        }
      });
    if (bound && placeholders.every((p) => p === '?' || p === '%s')) {
      const end = m.index + m[0].length;
      const args = boundArgs.exec(text.slice(end, end + 120));
      if (args === null) continue;
      let k = 0;
      for (const v of text.slice(end + args[0].length, end + args[0].length + 2000).matchAll(tupleItem)) {
        if (v[0].startsWith(')')) break;
        const quoted = v[1] ?? v[2];
        const from = end + args[0].length + v.index + v[0].search(/["']/) + 1;
        if (quoted !== undefined && k < columns.length)
          out.push({ start: from, end: from + quoted.length, column: columns[k] as string });
        k++;
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

let positionalText: string | undefined;
let positionalValues: SqlValue[] = [];
/** `INSERT INTO t (a, b, …)`, with its `VALUES (…)` when on the same line (table, columns, values). */
export const insertInto =
  /\bINSERT[ \t]+INTO[ \t]+([\w."`[\]]{1,128})[ \t]*\(([^()\n]{1,2000})\)(?:[ \t]*VALUES[ \t]*\(((?:[^()\n]|\([^()\n]{0,200}\)){1,2000})\))?/gi;
const failingRow = /Failing row contains \(([^()\n]{1,4000})\)/g;
/** The opening of a DB-API call's bound tuple after the statement's string: `", (`, `""", 12 (`. */
export const boundArgs = /^[ \t]*["']{1,3}\s*,\s*(?:\d{1,5}[ \t]+)?\(/;
/** One item of a bound tuple (a quoted string, or anything else up to a comma), or its end. */
const tupleItem = /\s*(?:"([^"\n]{0,200})"|'([^'\n]{0,200})'|[^,()'"\n]+|\))\s*,?/g;

let insertText: string | undefined;
let insertValues: SqlValue[] = [];

const insertHead = /\binsert\s+(?:ignore\s+)?into\s+[\w."`[\]]{1,128}\s*\(([^()]{1,4000})\)\s*values\s*/iy;

/**
 * Every value of every `INSERT INTO t (a, b) VALUES (…), (…)` in `text`, sorted by start, with the
 * name of its column: string literals (the inside of the quotes, `''` kept) and bare tokens
 * (numbers, `NULL`). One pass per text (memoised for the last text); texts without "insert" cost an
 * `indexOf` or three.
 */
export function sqlInsertValues(text: string): readonly SqlValue[] {
  if (text === insertText) return insertValues;
  const out: SqlValue[] = [];
  insertText = text;
  insertValues = out;
  if (text.indexOf('INSERT') === -1 && text.indexOf('insert') === -1 && text.indexOf('Insert') === -1)
    return out;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf('insert'); at !== -1; at = lower.indexOf('insert', at + 1)) {
    if (at > 0 && isWord(text.charCodeAt(at - 1))) continue;
    const head = matchAt(insertHead, text, at);
    if (head === null) continue;
    const columns = (head[1] as string).split(',').map((c) => c.trim().replace(/^["`[]|["`\]]$/g, ''));
    at = tuples(text, at + head[0].length, columns, out) - 1;
  }
  return out;
}

/** Reads `(…), (…)` from `i`, pushing each value with its column; returns where the tuples end. */
function tuples(text: string, i: number, columns: readonly string[], out: SqlValue[]): number {
  const n = text.length;
  for (;;) {
    while (i < n && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
    if (text.charCodeAt(i) !== 40 /* ( */) return i;
    i++;
    let column = 0;
    let depth = 1;
    while (i < n && depth > 0) {
      const c = text.charCodeAt(i);
      if (c === 39 /* ' */) {
        let j = i + 1;
        for (; j < n; j++) {
          if (text.charCodeAt(j) === 39) {
            if (text.charCodeAt(j + 1) === 39) j++;
            else break;
          }
        }
        if (depth === 1 && column < columns.length)
          out.push({ start: i + 1, end: j, column: columns[column] as string });
        i = j + 1;
      } else if (c === 40) {
        depth++;
        i++;
      } else if (c === 41) {
        depth--;
        i++;
      } else if (c === 44 && depth === 1) {
        column++;
        i++;
      } else if ((c === 78 || c === 69) && text.charCodeAt(i + 1) === 39) {
        i++; // `N'María …'` (SQL Server's Unicode literal), `E'…'` (PostgreSQL's escape string)
      } else if (isWord(c) || c === 45 || c === 43) {
        let j = i + 1;
        while (j < n && (isWord(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
        if (depth === 1 && column < columns.length)
          out.push({ start: i, end: j, column: columns[column] as string });
        i = j;
      } else if (c === 59 /* ; */) return i;
      else i++;
    }
    if (depth > 0) return i;
  }
}

/**
 * Whether the digits at `start` continue an IBAN-shaped run: space-separated groups of four letters
 * or digits back to a head that opens with two letters and two digits (`NL76 HUYA 0291 5692 93`,
 * `DE21 0158 0583 5584 36`, `ES8875313550 7629…`). The digit groups of such a token, valid or not,
 * are never a phone or card number. A UK postcode before a phone (`SW19 5AE 020 7946 0958`) is not
 * such a run: its inward code has three characters.
 */
export function inIbanRun(text: string, start: number): boolean {
  let k = start;
  for (let groups = 0; groups < 10; groups++) {
    if (k < 2 || text.charCodeAt(k - 1) !== 32 || !isAlnum(text.charCodeAt(k - 2))) return false;
    let s = k - 2;
    while (s > 0 && k - s <= 36 && isAlnum(text.charCodeAt(s - 1))) s--;
    const length = k - 1 - s;
    if (
      length >= 4 &&
      isLetter(text.charCodeAt(s)) &&
      isLetter(text.charCodeAt(s + 1)) &&
      isDigit(text.charCodeAt(s + 2)) &&
      isDigit(text.charCodeAt(s + 3))
    )
      return true;
    if (length !== 4) return false;
    k = s;
  }
  return false;
}

/**
 * Whether the digits at `start` continue a UPS tracking number written in groups (`1Z 999 AA1 01
 * 2345 6784`: `1Z`, then 16 letters and digits): space-separated groups of one to eight letters or
 * digits back to one opening with `1Z`. Its digit groups are never a phone number.
 */
export function inTrackingRun(text: string, start: number): boolean {
  let k = start;
  for (let groups = 0; groups < 8; groups++) {
    if (k < 2 || text.charCodeAt(k - 1) !== 32 || !isAlnum(text.charCodeAt(k - 2))) return false;
    let s = k - 2;
    while (s > 0 && k - s <= 9 && isAlnum(text.charCodeAt(s - 1))) s--;
    if (k - 1 - s > 8) return false;
    if (text.charCodeAt(s) === 49 && (text.charCodeAt(s + 1) | 32) === 122) return true;
    k = s;
  }
  return false;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number): boolean => isLetter(c) || isDigit(c);

/** A field of a fixed-width layout as a comment gives it: its name and width, `dob(8)`. */
const widthField = /([A-Za-z_]\w{0,63})\((\d{1,3})\)/g;

/**
 * A fixed-width file's layout given in a comment line (`#`, `--`, `//` or `/*`): four or more
 * `name(width)` fields, `# layout: rec(3) member_id(10) name(28) dob(8)`. Its records are the lines
 * below it, their fields at the widths' offsets, one blank apart (`!head` of the file) or packed.
 */
export interface FixedWidthLayout {
  /** Where the comment line starts. */
  readonly start: number;
  /** Where it ends: its records begin on the next line. */
  readonly end: number;
  readonly names: readonly string[];
  readonly widths: readonly number[];
}

/** The fixed-width layouts given in `text`'s comment lines, in order; read once per text. */
export function fixedWidthLayouts(text: string): readonly FixedWidthLayout[] {
  if (layoutText !== text) {
    layoutText = text;
    layouts = [];
    if (text.includes(')'))
      for (const m of text.matchAll(layoutLine)) {
        const fields = [...(m[1] as string).matchAll(widthField)];
        layouts.push({
          start: m.index as number,
          end: (m.index as number) + m[0].length,
          names: fields.map((f) => f[1] as string),
          widths: fields.map((f) => Number(f[2])),
        });
      }
  }
  return layouts;
}

let layoutText: string | undefined;
let layouts: FixedWidthLayout[] = [];
const layoutLine =
  /^[ \t]*(?:#|--|\/\/|\/\*).*?((?<![\w.])[A-Za-z_]\w{0,63}\(\d{1,3}\)(?:[ \t]+[A-Za-z_]\w{0,63}\(\d{1,3}\)){3,}).*/gm;

/**
 * The field of the last layout above `at` (see `fixedWidthLayouts`) that starts at `at`, fields one
 * blank apart or packed: its name and where it ends.
 */
export function layoutFieldAt(text: string, at: number): [string, number] | undefined {
  let layout: FixedWidthLayout | undefined;
  for (const l of fixedWidthLayouts(text)) if (l.end < at) layout = l;
  if (layout === undefined) return undefined;
  const column = at - (text.lastIndexOf('\n', at - 1) + 1);
  for (const gap of [1, 0]) {
    let offset = 0;
    for (let k = 0; k < layout.widths.length; k++) {
      const width = layout.widths[k] as number;
      // The field's first character, after the blank before it.
      if (column === offset && (gap === 0 || offset === 0 || text.charCodeAt(at - 1) === 32))
        return [layout.names[k] as string, at + width];
      offset += width + gap;
    }
  }
  return undefined;
}

/**
 * The `k`-th field of `layout` on each of its record lines (up to the next layout, at most 200
 * lines), blanks trimmed, `[start, end)` pairs flat: read with the fields one blank apart (the
 * field between blanks) and packed.
 */
export function layoutValues(text: string, layout: FixedWidthLayout, k: number): number[] {
  const out: number[] = [];
  let offset = 0;
  for (let i = 0; i < k; i++) offset += layout.widths[i] as number;
  const width = layout.widths[k] as number;
  const next = fixedWidthLayouts(text).find((l) => l.start > layout.start);
  const stop = next?.start ?? text.length;
  let at = layout.end + 1;
  for (let lines = 0; at < stop && lines < 200; lines++) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    for (const gap of [1, 0]) {
      let from = at + offset + k * gap;
      let to = from + width;
      if (to > end) continue;
      if (gap === 1) {
        const after = text.charCodeAt(to);
        if (text.charCodeAt(from - 1) !== 32 || !(to === end || after === 32 || after === 13)) continue;
      }
      while (from < to && isSpace(text.charCodeAt(from))) from++;
      while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
      if (to > from) out.push(from, to);
    }
    at = end + 1;
  }
  return out;
}
