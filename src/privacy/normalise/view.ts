/**
 * Views: a rewritten text and, for each of its UTF-16 code units, the span of the original text it
 * came from. Edits compose: an edit on a view maps through it to the original text.
 */

/** A rewritten text and, for each of its UTF-16 code units, the original span `[starts[i], ends[i])` it came from. */
export interface View {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Replace `[start, end)` of a view's text with `value` (`''` removes). */
export interface Edit {
  start: number;
  end: number;
  value: string;
}

/** `text` unchanged, its first character at `offset` in the original text. */
export function identityView(text: string, offset = 0): View {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = offset + i;
    ends[i] = offset + i + 1;
  }
  return { text, starts, ends };
}

/**
 * Applies sorted, non-overlapping edits. Replacement characters map to the original span of what
 * they replace, so views compose: an edit on a view maps through it to the original text.
 */
export function applyEdits(view: View, edits: readonly Edit[]): View {
  let length = view.text.length;
  for (const e of edits) length += e.value.length - (e.end - e.start);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const parts: string[] = [];
  let from = 0;
  let k = 0;
  const copy = (to: number): void => {
    starts.set(view.starts.subarray(from, to), k);
    ends.set(view.ends.subarray(from, to), k);
    parts.push(view.text.slice(from, to));
    k += to - from;
  };
  for (const e of edits) {
    copy(e.start);
    starts.fill(view.starts[e.start] as number, k, k + e.value.length);
    ends.fill(view.ends[e.end - 1] as number, k, k + e.value.length);
    parts.push(e.value);
    k += e.value.length;
    from = e.end;
  }
  copy(view.text.length);
  return { text: parts.join(''), starts, ends };
}

/** `a` then `b`, as one view. */
export function concatViews(a: View, b: View): View {
  const starts = new Int32Array(a.text.length + b.text.length);
  const ends = new Int32Array(starts.length);
  starts.set(a.starts);
  starts.set(b.starts, a.text.length);
  ends.set(a.ends);
  ends.set(b.ends, a.text.length);
  return { text: a.text + b.text, starts, ends };
}

/** The original span of the view span `[start, end)` (non-empty). */
export function mapSpan(view: View, start: number, end: number): [number, number] {
  return [view.starts[start] as number, view.ends[end - 1] as number];
}

/** Sorts edits and merges overlapping ones (the first one's value is kept). */
export function mergeEdits(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.start - b.start);
  const merged: Edit[] = [];
  for (const e of edits) {
    const last = merged.at(-1);
    if (last && e.start <= last.end) last.end = Math.max(last.end, e.end);
    else merged.push({ ...e });
  }
  return merged;
}

/**
 * Prefix counts of view positions that differ from the original text or sit next to a removed part:
 * `counts[end] - counts[start]` is how many changed positions `[start, end)` covers. In a view made
 * of two separate pieces of the original, the second starting at `joint`, the gap is no removal.
 * `end` is where the text the view was made from ends in the original: a removal right before it
 * (`"…1981-10-05"` losing its closing quote) counts as one next to the last position.
 */
export function changeCounts(
  view: View,
  original: string,
  { joint = -1, end: viewEnd = -1 }: { joint?: number; end?: number } = {},
): Int32Array {
  const { text, starts, ends } = view;
  const counts = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    const next = i + 1 < text.length ? (starts[i + 1] as number) : viewEnd;
    const changed =
      end - start !== 1 ||
      text.charCodeAt(i) !== original.charCodeAt(start) ||
      (i > 0 && start !== ends[i - 1] && i !== joint) ||
      (next !== -1 && next !== end && i + 1 !== joint);
    counts[i + 1] = (counts[i] as number) + (changed ? 1 : 0);
  }
  return counts;
}
