import { isSpace } from './scan.js';
import { columnName } from './tables-aligned.js';
import { addGroup, push, type TableCells, type TableGroup } from './tables-cells.js';
import {
  blank,
  emit,
  isHeaderName,
  lineEnd,
  lineHasGap,
  lineStart,
  segEnd,
  segStart,
  segValue,
  segValueEnd,
  trimInto,
} from './tables-lines.js';

/**
 * The reader of pandas DataFrame printouts: columns set apart by gaps, an index label per row,
 * two-level headers and printouts wrapped at `\`.
 */

/** pandas right-aligns each column to its header's right edge, after an index column. */
export function pandas(text: string, lines: number, i: number, out: TableCells): number {
  const from = lineStart[i] as number;
  const to = lineEnd[i] as number;
  // The header opens with spaces; the first row must start at the line's first character (see `aligned`).
  // Under `to_string(index=False)` a first header wider than its values opens the line, and every
  // row opens with blanks (`ক্রমিক   নাম` over `     ১   রহিমা খাতুন`, serial number and name).
  if (from === to || i + 1 >= lines) return i + 1;
  const unindexed = text.charCodeAt(from) !== 32;
  if (unindexed && (!isSpace(text.charCodeAt(lineStart[i + 1] as number)) || !lineHasGap(text, from, to)))
    return i + 1;
  let k = from;
  while (k < to && text.charCodeAt(k) === 32) k++;
  if (k === to || isSpace(text.charCodeAt(k))) return i + 1;
  const nf = lineStart[i + 1] as number;
  if (nf === lineEnd[i + 1]) return i + 1;
  // Header words (runs of non-blanks), their starts and right edges, relative to the line.
  const words: string[] = [];
  const starts: number[] = [];
  const edges: number[] = [];
  for (let p = k; p < to; ) {
    let q = p;
    while (q < to && !isSpace(text.charCodeAt(q))) q++;
    words.push(text.slice(p, q));
    starts.push(p - from);
    edges.push(q - from);
    p = q;
    while (p < to && isSpace(text.charCodeAt(p))) p++;
  }
  // The upper level of a two-level header (`nome` over `antes depois`) is read by the level under it.
  if (isSpace(text.charCodeAt(nf)) && upperLevel(text, lines, i, edges)) return i + 1;
  const strong = edges.map((edge, e) => (starts[e + 1] ?? edge + 2) > edge + 1);
  let j = i + 1;
  // `df.set_index("customer_id")` prints the index's name on a line of its own under the header.
  if (i + 2 < lines && indexNameLine(text, nf, lineEnd[i + 1] as number, edges[0] as number)) j = i + 2;
  const first = j;
  // Rows whose values a hand edit pushed off their edges, read by their runs of blanks instead.
  const shifted: number[] = [];
  for (; j < lines; j++) {
    const rf = lineStart[j] as number;
    const rt = lineEnd[j] as number;
    // `to_string(index=False)` right-justifies every column, the first too: such a row may open
    // with blanks; it is then exactly as long as the header, and every value ends at its column's edge.
    if (isSpace(text.charCodeAt(rf))) {
      if (rt - rf !== to - from || !aligned(text, rf, rt, edges, strong, true)) break;
    } else if (unindexed) break;
    else if (!aligned(text, rf, rt, edges, strong, false)) {
      if (j === first || !runPerWord(text, rf, rt, words.length)) break;
      shifted.push(j);
    }
  }
  // Columns set by display width (`display.unicode.east_asian_width`), or a frame aligned again by
  // hand after a value outgrew its column: rows read by their runs of two blanks, when that reads more.
  const gapEnd = gapRows(text, lines, i, first, unindexed, out, j);
  if (gapEnd > j) return gapEnd;
  if (j === first) return j;
  // A header name of several words (`Ngày sinh`, `Phone number`): an edge one blank before the next
  // word is a column's edge only when every row's value ends there too.
  const names: string[] = [];
  const cuts: number[] = [];
  let open = 0;
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e] as number;
    const next = starts[e + 1];
    if (next !== undefined && next === edge + 1 && !everyRowEndsAt(text, first, j, edge, shifted)) continue;
    names.push(words.slice(open, e + 1).join(' '));
    cuts.push(edge);
    open = e + 1;
  }
  // The index is left-justified: a row opening with a blank says there is none.
  let indexed = true;
  for (let r = first; r < j && indexed; r++) indexed = !isSpace(text.charCodeAt(lineStart[r] as number));
  // `df.loc[df.ref == "MR-2023-00871"].T`: a transposed frame's header holds the original rows'
  // labels (`412`) and its index the column names, so each row's values are read under its label.
  const transposed = indexed && names.every((n) => rowLabel.test(n));
  const labels: string[] = [];
  if (transposed)
    for (let r = first; r < j; r++) {
      const rf = lineStart[r] as number;
      const gap = text.indexOf(' ', rf);
      labels.push(text.slice(rf, gap === -1 || gap > (lineEnd[r] as number) ? lineEnd[r] : gap));
    }
  const parents = i > 0 && !transposed ? columnParents(text, i - 1, cuts) : undefined;
  const base = addGroup(out, transposed ? labels : parents === undefined ? names : [...names]);
  if (parents !== undefined) qualify(out, base, names, parents);
  // `df.groupby("owner_name").agg(…)` names its index on a line of its own: the labels are its values.
  const index =
    first === i + 2 && indexed && !transposed ? addGroup(out, [text.slice(nf, lineEnd[i + 1]).trim()]) : -1;
  for (let r = first; r < j; r++) {
    const rf = lineStart[r] as number;
    const rt = lineEnd[r] as number;
    if (index !== -1) {
      const label = indexLabelEnd(text, rf, rt, cuts[0] as number);
      push(out, rf, rf + label, rf + label, index);
    }
    if (shifted.includes(r)) {
      // One run per header word: the row's values, when each word names a column of its own.
      if (names.length === words.length && !transposed) {
        gapSplit(text, rf, rt);
        emit(out, base, names.length, 1, names.length);
      }
      continue;
    }
    let start = indexed ? indexLabelEnd(text, rf, rt, cuts[0] as number) : 0;
    for (let e = 0; e < cuts.length; e++) {
      const edge = cuts[e] as number;
      trimInto(text, rf + Math.min(start, edge), rf + edge, rt, e);
      start = edge;
    }
    if (!transposed) emit(out, base, names.length, 0, cuts.length);
    else
      for (let e = 0; e < cuts.length; e++) {
        const s = segStart[e] as number;
        const ve = segValueEnd[e] as number;
        if (ve > s) push(out, s, segEnd[e] as number, ve, base + r - first);
      }
  }
  return j;
}

/**
 * The upper level of a pandas header of two levels (`df.compare`, `groupby().agg`): each name on
 * line `l` sits over the first column of its group, right-aligned to it, and the columns after it
 * are its own up to the next name. Per column, its group's name; undefined when the line is not
 * such a level. A frame too wide for the screen is printed in blocks, a ` \` ending the first
 * line of each but the last: a block's columns before its first name belong to the previous
 * block's last group (see `wrapped`).
 */
function columnParents(
  text: string,
  l: number,
  cuts: readonly number[],
): Array<string | undefined> | undefined {
  const from = lineStart[l] as number;
  let to = lineEnd[l] as number;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  const wraps = text.charCodeAt(to - 1) === 92 && text.charCodeAt(to - 2) === 32;
  if (wraps) to--;
  if (from === to || text.charCodeAt(from) !== 32) return undefined;
  const line = text.slice(from, to);
  const parents: Array<string | undefined> = cuts.map(() => undefined);
  let named = 0;
  columnName.lastIndex = 0;
  for (let m = columnName.exec(line); m !== null; m = columnName.exec(line)) {
    let k = cuts.indexOf(m.index + m[0].length);
    if (k === -1 && named > 0) k = nudgedColumn(text, lineStart[l + 1] as number, m.index, m[0].length, cuts);
    if (k === -1 || !isHeaderName(m[0])) return undefined;
    parents[k] = m[0];
    named++;
  }
  if (named === 0) return undefined;
  if (wrapped !== undefined && !wrapped.open) wrapped = undefined;
  let parent = wrapped?.parent;
  for (let k = 0; k < parents.length; k++) {
    if (parents[k] === undefined) parents[k] = parent;
    else parent = parents[k];
  }
  wrapped ??= {
    parent: undefined,
    open: false,
    qualifiers: false,
    seen: new Map(),
    columns: [],
    parents: [],
  };
  wrapped.parent = parent;
  wrapped.open = wraps;
  return parents;
}

/**
 * The column of an upper-level name that a hand edit nudged off its column's edge (`telefon` three
 * blanks right of `self`, when a frame is retyped or re-indented in a message): the name starts
 * after the previous column's edge and before its own, and ends before the next lower-level name
 * starts (`lower` is that level's line start, `start` and `length` the name's, relative to lines).
 * -1 when no column holds it so.
 */
function nudgedColumn(
  text: string,
  lower: number,
  start: number,
  length: number,
  cuts: readonly number[],
): number {
  for (let k = 0; k < cuts.length; k++) {
    const edge = cuts[k] as number;
    if (start >= edge) continue;
    if (k > 0 && start <= (cuts[k - 1] as number)) return -1;
    const next = cuts[k + 1];
    if (next === undefined) return k;
    let nextStart = lower + next;
    while (nextStart > lower && !isSpace(text.charCodeAt(nextStart - 1))) nextStart--;
    return start + length < nextStart - lower ? k : -1;
  }
  return -1;
}

/**
 * A printout with a two-level header, up to its block without ` \`: the last group, whether the
 * printout goes on, whether its lower level qualifies, the group each lower name was first seen
 * under, and the columns read so far with their groups' names.
 */
let wrapped:
  | {
      parent: string | undefined;
      open: boolean;
      qualifiers: boolean;
      seen: Map<string, string>;
      columns: number[];
      parents: string[];
    }
  | undefined;

/** Forgets the last text's printout (`parseTableCells` calls it per text). */
export function resetWrapped(): void {
  wrapped = undefined;
}

/** `df.compare`'s default names for the two frames' columns. */
const compareNames = new Set(['self', 'other']);

/**
 * Names the columns from `base` of a two-level header: a lower level that repeats under different
 * groups, in this block or an earlier one of the printout (`antes`/`depois` under `nome` and
 * `telemovel`, `mean`/`max` under each measure), or is df.compare's `self`/`other`, qualifies its
 * group's values, so the group's name is theirs (`nome`), the earlier blocks' columns too;
 * otherwise (`cliente`: `nome`, `email`) the lower level names them.
 */
function qualify(
  out: TableCells,
  base: number,
  names: readonly string[],
  parents: ReadonlyArray<string | undefined>,
): void {
  const state = wrapped;
  if (state === undefined) return;
  let repeats = state.qualifiers;
  for (let k = 0; k < names.length; k++) {
    const name = names[k] as string;
    const parent = parents[k];
    if (parent === undefined) continue;
    const first = state.seen.get(name);
    if (compareNames.has(name) || (first !== undefined && first !== parent)) repeats = true;
    if (first === undefined) state.seen.set(name, parent);
    state.columns.push(base + k);
    state.parents.push(parent);
  }
  if (!repeats) return;
  state.qualifiers = true;
  for (let c = 0; c < state.columns.length; c++) {
    const column = state.columns[c] as number;
    const group = out.columnGroup[column] as TableGroup;
    const at = column - out.columnGroup.indexOf(group);
    out.columnHeader[column] = state.parents[c] as string;
    (group.headers as string[])[at] = state.parents[c] as string;
  }
  state.columns.length = 0;
  state.parents.length = 0;
}

/**
 * Whether header line `i` (its words' right `edges`) is the upper level of a two-level pandas
 * header: the line under it holds more words, one ending at each of these edges, and an indexed
 * row (opening with a non-blank) follows it, or an index-name line and then one.
 */
function upperLevel(text: string, lines: number, i: number, edges: readonly number[]): boolean {
  if (i + 2 >= lines) return false;
  const from = lineStart[i + 1] as number;
  const to = lineEnd[i + 1] as number;
  let words = 0;
  let matched = 0;
  for (let p = from; p < to; ) {
    while (p < to && isSpace(text.charCodeAt(p))) p++;
    if (p === to) break;
    while (p < to && !isSpace(text.charCodeAt(p))) p++;
    words++;
    if (edges.includes(p - from)) matched++;
  }
  if (words <= edges.length || matched < edges.length) return false;
  const row = lineStart[i + 2] as number;
  return row < (lineEnd[i + 2] as number) && !isSpace(text.charCodeAt(row));
}

/** A row label of a default index, as a transposed frame's header prints it: `0`, `412`. */
const rowLabel = /^\d{1,12}$/;

/**
 * Splits line `[from, to)` into the runs of text two or more blanks apart (a run keeps its single
 * blanks: `CHAN TAI MAN`), into the scratch segments (at most 64); returns how many runs.
 */
function gapSplit(text: string, from: number, to: number): number {
  let n = 0;
  let p = from;
  while (p < to && isSpace(text.charCodeAt(p))) p++;
  while (p < to) {
    const s = p;
    while (p < to && !(isSpace(text.charCodeAt(p)) && (p + 1 >= to || isSpace(text.charCodeAt(p + 1))))) p++;
    if (n < 64) {
      segStart[n] = s;
      segEnd[n] = p;
      segValueEnd[n] = p;
    }
    n++;
    while (p < to && isSpace(text.charCodeAt(p))) p++;
  }
  return n;
}

/**
 * A pandas printout read by runs of two or more blanks (see `gapSplit`): the header's runs name the
 * columns, and each row from line `first` holds as many runs after its index label (none under
 * `index=False`, whose rows open with blanks). Reads the rows when they run past line `aligned`
 * (where the reading by edges stopped) and returns the index after the last, else `first`.
 */
function gapRows(
  text: string,
  lines: number,
  i: number,
  first: number,
  unindexed: boolean,
  out: TableCells,
  aligned: number,
): number {
  let count = gapSplit(text, lineStart[i] as number, lineEnd[i] as number);
  if (count < 2 || count > 64) return first;
  const names: string[] = [];
  for (let k = 0; k < count; k++) names.push(segValue(text, k));
  const skip = unindexed ? 0 : 1;
  // `member_no 中文姓名      name_en`: set by display width, a header one blank from the next.
  if (first < lines && gapSplit(text, lineStart[first] as number, lineEnd[first] as number) > count + skip) {
    const words = text.slice(lineStart[i], lineEnd[i]).trim().split(/ +/);
    if (words.length > count && words.length <= 64) {
      names.length = 0;
      names.push(...words);
      count = words.length;
    }
  }
  if (!names.every(isHeaderName)) return first;
  let j = first;
  for (; j < lines; j++) {
    const rf = lineStart[j] as number;
    const rt = lineEnd[j] as number;
    if (rf === rt || isSpace(text.charCodeAt(rf)) !== unindexed) break;
    if (gapSplit(text, rf, rt) !== count + skip) break;
  }
  if (j <= aligned) return first;
  const base = addGroup(out, names);
  for (let r = first; r < j; r++) {
    gapSplit(text, lineStart[r] as number, lineEnd[r] as number);
    emit(out, base, count, skip, count);
  }
  return j;
}

/**
 * Whether every line of `[i, j)` but the `shifted` ones has a non-blank just before column `edge`
 * and a blank (or its end) at it.
 */
function everyRowEndsAt(
  text: string,
  i: number,
  j: number,
  edge: number,
  shifted: readonly number[],
): boolean {
  for (let r = i; r < j; r++) {
    if (shifted.includes(r)) continue;
    const rf = lineStart[r] as number;
    const rt = lineEnd[r] as number;
    const last = rf + edge - 1;
    if (last >= rt || isSpace(text.charCodeAt(last))) return false;
    if (last + 1 < rt && !isSpace(text.charCodeAt(last + 1))) return false;
  }
  return true;
}

/**
 * Whether line `[from, to)` of a pandas frame holds its index label and one run per header word
 * (see `gapSplit`), with three words or more: a row aligned again by hand after a value outgrew its
 * column (`4  R_9Hj3kL5  153.203.64.5   佐々木     健太郎  kentaro.sasaki@…`, its last values off
 * their edges) is still one value per column.
 */
function runPerWord(text: string, from: number, to: number, words: number): boolean {
  return words >= 3 && lineHasGap(text, from, to) && gapSplit(text, from, to) === words + 1;
}

/**
 * Where the index label opening row `[from, to)` ends, relative to the row: its first word, or its
 * words a single blank apart (`Mei-Lin Tsao`, a groupby's index of names) when two blanks follow
 * them before `firstEdge`, the right edge of the first column's values.
 */
function indexLabelEnd(text: string, from: number, to: number, firstEdge: number): number {
  let word = from;
  while (word < to && !isSpace(text.charCodeAt(word))) word++;
  let q = word;
  while (q + 1 < to && text.charCodeAt(q) === 32 && !isSpace(text.charCodeAt(q + 1))) {
    q++;
    while (q < to && !isSpace(text.charCodeAt(q))) q++;
  }
  const words = q > word && q - from + 2 <= firstEdge && isSpace(text.charCodeAt(q + 1));
  return (words ? q : word) - from;
}

/** One word at the line's start, blanks after it, and the word ends before the first column's edge. */
function indexNameLine(text: string, from: number, to: number, firstEdge: number): boolean {
  let k = from;
  while (k < to && !isSpace(text.charCodeAt(k))) k++;
  return k > from && k - from < firstEdge && blank(text, k, to);
}

/**
 * A row of a pandas table: most header edges end a word of it, or every edge a wide gap follows
 * does (`strong`, at least two; only this when `strict`): the words of a header name of several words (`Ngày sinh`) are one
 * blank apart, and most of their edges end no value.
 */
function aligned(
  text: string,
  from: number,
  to: number,
  edges: readonly number[],
  strong: readonly boolean[],
  strict: boolean,
): boolean {
  if (from === to) return false;
  let hits = 0;
  let strongHits = 0;
  let strongCount = 0;
  for (let e = 0; e < edges.length; e++) {
    const last = from + (edges[e] as number) - 1;
    const after = last + 1;
    const hit =
      last < to && !isSpace(text.charCodeAt(last)) && (after >= to || isSpace(text.charCodeAt(after)));
    if (hit) hits++;
    if (strong[e]) {
      strongCount++;
      if (hit) strongHits++;
    }
  }
  if (strict) return strongCount >= 2 && strongHits === strongCount;
  return hits * 2 > edges.length || (strongCount >= 2 && strongHits === strongCount);
}
