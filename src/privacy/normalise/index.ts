import type { Detector, EntityType, Finding } from '../detector.js';
import { base64Runs, base64View } from './base64.js';
import { TableHeaders } from './headers.js';
import { applyEdits, changeCounts, concatViews, identityView, mapSpan, type View } from './view.js';
import { foldView, joinView, signWindows } from './windows.js';

/**
 * Normalisation against evasion: values hidden behind zero-width characters, fullwidth or other
 * non-ASCII digits, Cyrillic/Greek look-alikes, URL/HTML/JSON escapes, `name [at] domain dot com`,
 * base64, or split by spaces and line breaks. Detectors run on normalised *views* of the places that
 * could hide something, and what they find there is mapped back to offsets in the original text.
 *
 * Ordinary text pays a few fast regex scans (`signWindows`, `base64Runs`); a view is only built for
 * a window of lines around a sign, and only kept when normalising actually changed it.
 */

/**
 * - `folded`: escapes decoded, characters folded, `[at]`/`dot` spelled out; or an iCalendar/vCard
 *   text with its folded lines unfolded.
 * - `joined`: on top of `folded`, whitespace inside a value that was split apart removed; only
 *   `joinedTypes` findings count.
 * - `base64`: decoded base64 blobs (folded too); every character maps to its whole blob.
 */
export type ViewKind = 'folded' | 'joined' | 'base64';

export interface NormalisedView extends View {
  readonly kind: ViewKind;
  /** Where a window's own text starts after the table header lines put in front of it (-1: none, or no gap). */
  readonly joint: number;
  /** Where the window the view was made from ends in the original text (-1: no window). */
  readonly end: number;
}

/**
 * The normalised views of a text, only where they differ from it: per window around a sign, a
 * `folded` and a `joined` view (each only if it changed something), with the window's table header
 * lines in front; and one `base64` view of every decoded blob. Each kind is built at most once per
 * window (no recursion): `joined` is built on `folded`, and decoded base64 is folded but not decoded again.
 */
export function normalisedViews(text: string): NormalisedView[] {
  const views: NormalisedView[] = [];
  const windows = signWindows(text);
  let headers: TableHeaders | undefined;
  for (let w = 0; w < windows.length; w += 2) {
    const start = windows[w] as number;
    const end = windows[w + 1] as number;
    const piece = text.slice(start, end);
    const identity = (): View => identityView(piece, start);
    const folded = foldView(piece, identity);
    const joined = joinView(folded?.text ?? piece, () => folded ?? identity());
    if (folded === undefined && joined === undefined) continue;
    headers ??= new TableHeaders(text);
    const header = headers.before(start);
    const joint = header !== undefined && header[1] < start ? header[1] - header[0] : -1;
    const withHeader = (view: View): View =>
      header === undefined
        ? view
        : concatViews(identityView(text.slice(header[0], header[1]), header[0]), view);
    for (const [kind, view] of [
      ['folded', folded],
      ['joined', joined],
    ] as const) {
      if (view === undefined) continue;
      const full = withHeader(view);
      views.push({ ...full, kind, joint, end });
    }
  }
  // iCalendar and vCard fold long lines (RFC 5545 §3.1): a line break and one blank continue the
  // line, wherever it falls, names included. One unfolded view of the whole text.
  if (text.includes('BEGIN:VCALENDAR') || text.includes('BEGIN:VCARD')) {
    const folds = [...text.matchAll(/\r?\n[ \t]/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      value: '',
    }));
    if (folds.length > 0)
      views.push({ ...applyEdits(identityView(text), folds), kind: 'folded', joint: -1, end: -1 });
  }
  const runs = base64Runs(text);
  if (runs.length > 0) {
    const blobs = base64View(text, runs);
    if (blobs) {
      const view = foldView(blobs.text, () => blobs) ?? blobs;
      views.push({ ...view, kind: 'base64', joint: -1, end: -1 });
    }
  }
  return views;
}

/**
 * Entity types a split value is looked for as; names are too easy to glue together from prose. A
 * birth date is looked for too (`0 3 / 1 7 / 1 9 8 6` in a PDF's comb field): it still needs its label.
 */
const joinedTypes: ReadonlySet<EntityType> = new Set([
  'EMAIL',
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'PHONE',
  'SECRET',
  'DATE_OF_BIRTH',
]);

/** How far before a folded view's finding a change can be the label that made it (a key and its quotes). */
const LABEL_REACH = 48;

/**
 * Whether the view's line holding `at` starts after a changed line break: a row of a table inside a
 * quoted string (`"text/plain": "   name  date_of_birth\n0  Ana Lima  1990-02-14"`) is a line only
 * once its escaped break is decoded, and only then read under its column's header, however far the
 * cell is from the line's start (further than `LABEL_REACH`).
 */
function decodedLine(view: View, changes: Int32Array, at: number): boolean {
  const lineStart = view.text.lastIndexOf('\n', at - 1);
  return lineStart !== -1 && (changes[lineStart + 1] as number) > (changes[lineStart] as number);
}

/**
 * Whether a view finding lies within a secret found in the original: the e-mail address a JWT's
 * payload decodes to is part of the token, masked with it (a secret is never restored).
 */
function insideSecret(f: Finding, found: Nearby): boolean {
  return found.some(f, (o) => o.type === 'SECRET' && o.start <= f.start && f.end <= o.end);
}

/** A view finding is new unless the original has one of its type there that it does not strictly extend. */
function isNew(f: Finding, found: Nearby): boolean {
  return !found.some(
    f,
    (o) =>
      o.type === f.type &&
      o.end > f.start &&
      f.end > o.start &&
      !(f.start <= o.start && o.end <= f.end && f.end - f.start > o.end - o.start),
  );
}

/**
 * The original text's findings, sorted by start with the furthest end reached so far, to read only
 * those touching a view finding: checking all of them for every view finding was quadratic in a
 * long text (its views and its findings both grow with it).
 */
class Nearby {
  private readonly sorted: Finding[];
  private readonly reach: number[] = [];

  constructor(found: readonly Finding[]) {
    this.sorted = [...found].sort((a, b) => a.start - b.start);
    let reach = -1;
    for (const o of this.sorted) {
      reach = Math.max(reach, o.end);
      this.reach.push(reach);
    }
  }

  /** Whether `test` holds for a finding touching `f` (`o.start <= f.end` and `f.start <= o.end`). */
  some(f: Finding, test: (o: Finding) => boolean): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] as Finding).start <= f.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && (this.reach[i] as number) >= f.start; i--)
      if (test(this.sorted[i] as Finding)) return true;
    return false;
  }
}

/**
 * Findings that only normalisation reveals, in original offsets: the detectors run over each view,
 * and a view finding is kept if it depends on what normalising changed (in a folded view, also a
 * change just before it: its label) and the original text has no finding of that type there
 * already. Scores are the detectors' own.
 */
export function findInViews(
  detectors: readonly Detector[],
  text: string,
  found: readonly Finding[],
): Finding[] {
  const out: Finding[] = [];
  let nearby: Nearby | undefined;
  for (const view of normalisedViews(text)) {
    const joined = view.kind === 'joined';
    let changes: Int32Array | undefined;
    for (const detector of detectors) {
      if (joined && !detector.entities.some((type) => joinedTypes.has(type))) continue;
      for (const f of detector.detect(view.text)) {
        if (joined && !joinedTypes.has(f.type)) continue;
        changes ??= changeCounts(view, text, view);
        const inside = (changes[f.end] as number) - (changes[f.start] as number);
        // Or a label just before it that only the folded view can read: the escaped quotes of a key
        // (`\"dob\": \"1983-06-19\"`), a key spelled with look-alike letters.
        const before =
          view.kind === 'folded'
            ? (changes[f.start] as number) -
              (changes[Math.max(0, f.start - LABEL_REACH)] as number) +
              (decodedLine(view, changes, f.start) ? 1 : 0)
            : 0;
        if (inside === 0 && before === 0) continue;
        const [start, end] = mapSpan(view, f.start, f.end);
        const mapped = { ...f, start, end };
        nearby ??= new Nearby(found);
        if (isNew(mapped, nearby) && !insideSecret(mapped, nearby)) out.push(mapped);
      }
    }
  }
  return out;
}
