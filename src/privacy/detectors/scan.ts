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

let runsText: string | undefined;
let runs: Int32Array = new Int32Array(0);

/**
 * Starts of the maximal runs of ASCII digits in `text`, in order (memoised for the last text: the
 * digit detectors share it).
 */
export function digitRunStarts(text: string): Int32Array {
  if (text === runsText) {
    runsText = text;
    return runs;
  }
  let out = new Int32Array(64);
  let n = 0;
  let prevDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (digit && !prevDigit) {
      if (n === out.length) {
        const grown = new Int32Array(n * 2);
        grown.set(out);
        out = grown;
      }
      out[n++] = i;
    }
    prevDigit = digit;
  }
  runsText = text;
  runs = out.subarray(0, n);
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
