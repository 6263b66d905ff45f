import type { Edit } from './view.js';

/**
 * Numbers said digit by digit, as speech-to-text writes a call (`oh seven seven double four, nine
 * three one, two oh eight`, `seis cuatro nueve, dos uno ocho`): each digit word becomes its digit,
 * `double`/`triple` repeat the next one, blanks inside a group go and a pause (`,`, `-`, several
 * blanks) becomes one blank, so the detectors read `07744 931 208`. English and Spanish words: the
 * sign is scanned over every text, and each more language's words cost it about a third more; a run
 * needs seven digits at least (a phone number's), so `one or two` in prose changes nothing.
 */

const words: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  cero: '0',
  uno: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
};
const repeats: Readonly<Record<string, number>> = { double: 2, triple: 3, doble: 2 };

const word = Object.keys(words).join('|');
const repeat = Object.keys(repeats).join('|');
const token = `(?:(?:${repeat})[ \\t]+)?(?:${word})`;

/**
 * A run of three or more digit words (the edits then ask for four, or digits said beside them, and
 * seven digits in all). It is scanned over every text, so it is a plain (not Unicode) regex opening
 * with a word boundary: measured, 40% cheaper than a Unicode lookbehind.
 */
export const spokenSign = new RegExp(`\\b${token}(?:[ \\t]*[,-]?[ \\t]+${token}){2,}\\b`, 'gi');

const tokenAt = new RegExp(`(${repeat})?[ \\t]*(${word})`, 'giy');

/**
 * The next item of a number said half in words (`four one five, 283 99 oh four`, `504 two one seven
 * 6630`): a pause or a blank, then a group of up to four digits or a digit word.
 */
const itemAt = new RegExp(`([ \\t]*[,-]?[ \\t]+)(?:(\\d{1,4})(?![\\w.,]\\w)|(${token})\\b)`, 'giy');
/** A digit group or `plus` (the `+`: `plus three five eight, 40 552 1876`) just before a run. */
const leadBefore = /(?:(?<![\w+.,-])(\d{1,4})|\b(plus))([ \t]*[,-]?[ \t]+)$/i;

/** The digits of a digit-word token (`double four`: `44`). */
function digitsOf(m: RegExpExecArray): string {
  const times = m[1] === undefined ? 1 : (repeats[m[1].toLowerCase()] as number);
  return (words[(m[2] as string).toLowerCase()] as string).repeat(times);
}

/** A gap's edit: gone inside a group of words, one blank at a pause (`,`, `-`, two blanks). */
const gapValue = (gap: string): string => (/[,-]|\s\s/.test(gap) ? ' ' : '');

/**
 * Each run's words as digits (see the module doc). A run with digits said beside it (`504 two one
 * seven 6630`) takes them in: its words and digit groups need seven digits at most fifteen, and
 * each move between words and digits is a pause.
 */
export function spokenDigitEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  spokenSign.lastIndex = 0; // matchAll starts where the sign's last test stopped
  // Where the last run's digits said beside it end: a run inside them is read already.
  let done = 0;
  for (const run of text.matchAll(spokenSign)) {
    const at = run.index as number;
    if (at < done) continue;
    const found: Edit[] = [];
    let digits = 0;
    let tokens = 0;
    const part = run[0];
    for (let i = 0; i < part.length; ) {
      tokenAt.lastIndex = i;
      const m = tokenAt.exec(part);
      if (m !== null && m.index === i) {
        const digit = digitsOf(m);
        digits += digit.length;
        tokens++;
        found.push({ start: at + i, end: at + i + m[0].length, value: digit });
        i += m[0].length;
        continue;
      }
      let j = i;
      while (j < part.length && /[ \t,-]/.test(part[j] as string)) j++;
      found.push({ start: at + i, end: at + j, value: gapValue(part.slice(i, j)) });
      i = j === i ? i + 1 : j;
    }
    // Digits said beside the words: one group (or `plus`) before them, groups and words after.
    let groups = 0;
    const lead = leadBefore.exec(text.slice(Math.max(done, at - 24), at));
    if (lead !== null) {
      const gapStart = at - (lead[3] as string).length;
      if (lead[1] !== undefined) {
        groups++;
        digits += lead[1].length;
        found.unshift({ start: gapStart, end: at, value: ' ' });
      } else found.unshift({ start: gapStart - 4, end: at, value: '+' });
    }
    let wordBefore = true;
    let i = at + part.length;
    for (;;) {
      itemAt.lastIndex = i;
      const m = itemAt.exec(text);
      if (m === null) break;
      const gap = m[1] as string;
      const gapEnd = i + gap.length;
      if (m[2] !== undefined) {
        groups++;
        digits += m[2].length;
        if (wordBefore || /[,-]/.test(gap)) found.push({ start: i, end: gapEnd, value: ' ' });
        wordBefore = false;
      } else {
        tokenAt.lastIndex = gapEnd;
        const t = tokenAt.exec(text) as RegExpExecArray;
        const digit = digitsOf(t);
        digits += digit.length;
        found.push({ start: i, end: gapEnd, value: wordBefore ? gapValue(gap) : ' ' });
        found.push({ start: gapEnd, end: gapEnd + t[0].length, value: digit });
        wordBefore = true;
      }
      i += m[0].length;
    }
    done = i;
    if (groups === 0 && lead === null) {
      if (tokens >= 4 && digits >= 7)
        edits.push(...found.filter((e) => e.start >= at && e.end <= at + part.length));
    } else if (groups > 0 && digits >= 7 && digits <= 15) edits.push(...found);
  }
  return edits;
}
