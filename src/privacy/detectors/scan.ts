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

/** The match of a sticky regex exactly at `at`, or null. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const digitRun = /[0-9]+/g;

let runsText: string | undefined;
let runs: number[] = [];

/**
 * Starts of the maximal runs of ASCII digits in `text`, in order (memoised for the last text: the
 * digit detectors share it).
 */
export function digitRunStarts(text: string): readonly number[] {
  if (text === runsText) {
    runsText = text;
    return runs;
  }
  const out: number[] = [];
  // The regex engine finds each run's end faster than a char loop; the start is a short step back.
  digitRun.lastIndex = 0;
  while (digitRun.test(text)) {
    let start = digitRun.lastIndex - 1;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    out.push(start);
  }
  runsText = text;
  runs = out;
  return runs;
}

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** ASCII `[A-Za-z0-9_]`, the regex `\w`. */
export function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
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
