/**
 * Table headers for windows: a window cut out of the middle of a table would lose the column headers
 * that detectors read as context (`phone`, `date_of_birth`), so the header lines go in front of it.
 */

/** Header lines longer than this are not carried into a window, nor more than three. */
const MAX_HEADER = 256;

/** A sentence ends in the line: prose, not a row of column headers. */
const sentence = /[a-z)][.!?](?:\s|$)/;
/** A line with cells: delimited, or aligned by runs of blanks (pandas). */
const cells = /[|,;\t]|\S {2}/;
/** A markdown or psql rule under a header: `|---|:--:|`, `----+----`. */
const rule = /^[\s|:+=-]*---[\s|:+=-]*$/;

/** The `\n` ending the line starting at `start`, if it comes before `limit`; else -1. */
function lineEndBefore(text: string, start: number, limit: number): number {
  for (let k = start; k < limit && k < text.length; k++) if (text.charCodeAt(k) === 10) return k;
  return -1;
}

/**
 * The first lines of each block (a run of non-blank lines) a window starts in, so a window in the
 * middle of a table keeps its column headers: the header line, the markdown or psql rule under it,
 * and a label line (`Out[3]:`) before it; short, and no prose (a paragraph has no column headers).
 * Windows are asked for in order, so the text is scanned for blank lines once.
 */
export class TableHeaders {
  private readonly blank = /\n[ \t\r]*\n/g;
  private blockStart = 0;
  private next: RegExpExecArray | null | undefined;

  constructor(private readonly text: string) {}

  /** `[start, end)` of the header lines (with their line breaks) of the block holding `at`, if it starts before `at`. */
  before(at: number): [number, number] | undefined {
    const { text, blank } = this;
    for (;;) {
      if (this.next === undefined) this.next = blank.exec(text);
      const m = this.next;
      if (m === null || m.index >= at) break;
      this.blockStart = m.index + m[0].length;
      blank.lastIndex = this.blockStart - 1;
      this.next = undefined;
    }
    const start = this.blockStart;
    if (start >= at) return;
    // The header, the rule under it, and a label line before it (`Out[3]:`, no cells) if there is one.
    const ends: number[] = [];
    for (let end = start; ends.length < 3 && end < at; ) {
      const next = lineEndBefore(text, end, end + MAX_HEADER);
      if (next === -1 || sentence.test(text.slice(end, next))) break;
      ends.push(next + 1);
      end = next + 1;
    }
    const line = (i: number): string => text.slice(i === 0 ? start : ends[i - 1], (ends[i] as number) - 1);
    const used =
      ends.length === 3 && rule.test(line(2))
        ? 3
        : ends.length >= 2 && (rule.test(line(1)) || !cells.test(line(0)))
          ? 2
          : 1;
    const end = ends[Math.min(used, ends.length) - 1] ?? start;
    if (end === start) return;
    return [start, Math.min(at, end)];
  }
}
