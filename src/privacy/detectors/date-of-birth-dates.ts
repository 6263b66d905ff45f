import type { Finding } from '../detector.js';
import { monthOf } from './date-of-birth-months.js';
import { matchAt, sticky } from './scan.js';

/**
 * DATE_OF_BIRTH's date shapes: the numeric, worded and East-Asian patterns, which years, months and
 * days are valid (this year, the calendars a text may count in), and the dates in a value given for a
 * birth field (`datesIn`), with the shapes only such a value may take.
 */

const word = '(\\p{L}{3,10}\\.?)';
const day = '(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?';
const year = '(\\d{4})';
/** `-`, `/`, `.`, Hungarian's `. ` and JSON's escaped slash (`12\/04\/1990`, pandas' `to_json`). */
const sep = '(?:[-/.]|\\. |\\\\/)';
const datePattern = new RegExp(
  [
    `(?<!\\d)(\\d{4})${sep}(\\d{1,2})${sep}(\\d{1,2})(?!\\d)`, // ISO, 1985/03/02, 1996. 09. 14 (Hungarian)
    `(?<![\\d.])(\\d{1,2})${sep}(\\d{1,2})${sep}(\\d{4}|\\d{2})(?![\\d.]\\d)`, // 03/02/1985, 02.03.85, 12. 4. 1998
    `(?<!\\d)${day}(?:-|[ \\t]{0,3}(?:de[ \\t]+|d['’]|of[ \\t]+)?)${word}(?:-|[ \\t,]{0,3}(?:de[ \\t]+)?)${year}(?!\\d)`, // 2 March 1985, 07-FEB-1961 (Oracle's DD-MON-YYYY), 3 d'agost de 1990 (Catalan)
    `(?<!\\p{L})${word}[ \\t]{0,3}${day},?[ \\t]{0,3}${year}(?!\\d)`, // March 2, 1985
    `(?<!\\d)(\\d{4})[ \\t]?[年년][ \\t]?(\\d{1,2})[ \\t]?[月월][ \\t]?(\\d{1,2})[ \\t]?[日일]`, // 1973年2月23日, 1988년 3월 15일
    `民[國国][ \\t]?(\\d{1,3})[ \\t]?年[ \\t]?(\\d{1,2})[ \\t]?月[ \\t]?(\\d{1,2})[ \\t]?日`, // 民國79年04月16日 (Taiwan's ROC era: 1990)
    `(?<![A-Za-z\\d])([MTSHR])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{1,2})(?![\\d.])`, // H3.12.05: a Japanese era's initial (Heisei 3: 1991)
    `(?<!\\d)(\\d{4})\\.[ \\t]{1,2}${word}[ \\t]{0,2}(\\d{1,2})\\.?(?!\\d)`, // 1979. május 2. (Hungarian: year, month, day)
    `(?<![\\d.]|\\d )(\\d{2}) (\\d{2}) (\\d{4})(?! ?\\d)`, // 19 07 1986 (a Spanish DNI's, single blanks)
    `(?<![\\d.])(\\d{1,2})\\.[ \\t]?(I{1,3}|IV|VI{0,3}|IX|XI{0,2})\\.[ \\t]?(\\d{4})(?!\\d)`, // 19.VI.1969 (a Roman month: Polish, Italian, Romanian)
    `(?<!\\d)(\\d{1,2})[ \\t]+th[áa]ng[ \\t]+(\\d{1,2})[ \\t]*,?[ \\t]*n[ăa]m[ \\t]+(\\d{4})(?!\\d)`, // 05 tháng 11 năm 1995 (Vietnamese: day, month, year)
  ].join('|'),
  'gu',
);

/** The months in Roman numerals, in order. */
const romanMonths = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Japan's eras by their initials, as forms abbreviate them (`H3.12.05`): the year before each one's first. */
const eraInitial: Readonly<Record<string, number>> = { M: 1867, T: 1911, S: 1925, H: 1988, R: 2018 };

/** The current year, read once per `detect` call (not once per date). Years from 1800: family trees. */
export let thisYear = new Date().getUTCFullYear();

/**
 * Whether the text holds Thai's birth word (`วันเกิด 12/05/2528 (พ.ศ.)`): its numeric dates may count
 * years in the Buddhist era, 543 ahead (2528 is 1985). Read once per `detect` call.
 */
let buddhistEra = false;

/**
 * Whether the text names the Hijri calendar (`DOB_Hijri`, `birth_date_hijri`, `هـ`, `هجري`): Saudi
 * and Gulf records give the birth date in it beside the Gregorian one, years 1300–1500 AH (`1410/07/22`
 * is 1990). So does a Persian birth label (`تاریخ تولد`): Iran dates births in the Solar Hijri
 * calendar, in Persian digits or, once a view folds them, ASCII ones (`1368/04/23` is 1989). Read
 * once per `detect` call.
 */
let hijriEra = false;

/**
 * The latest year a date may have: this year, or 2099 for a value given for a birth field (a key's
 * or a column's, see `datesIn`): the value of `"dob": "2031-04-19"` or a pandera failure case `2046-10-12` is the
 * person's birth date as recorded, a typo for 1946 maybe, and as personal as a valid one.
 */
let latest = thisYear;

/**
 * Whether the value being read writes its digits in Persian or Arabic-Indic (`۱۳۶۸/۰۴/۲۲`): its year
 * may count in the Solar Hijri (Jalali) or Hijri calendar, 1300–1500 (1368 is 1989).
 */
let nativeDigits = false;

/** Reads this year and the calendars `text` may count years in (see `buddhistEra`, `hijriEra`): once per `detect` call. */
export function readCalendars(text: string): void {
  thisYear = new Date().getUTCFullYear();
  buddhistEra = text.includes('เกิด');
  hijriEra =
    text.includes('ijri') ||
    text.includes('IJRI') ||
    text.includes('هـ') ||
    text.includes('هجري') ||
    text.includes('تاریخ تولد');
}

export const valid = (y: number, m: number, d: number): boolean =>
  ((y >= 1800 && y <= latest) ||
    (buddhistEra && y - 543 >= 1800 && y - 543 <= thisYear) ||
    ((hijriEra || nativeDigits) && y >= 1300 && y <= 1500)) &&
  m >= 1 &&
  m <= 12 &&
  d >= 1 &&
  d <= 31;

/** Whether `s[0]` is a plausible calendar date; US m/d/y and European d/m/y both accepted. */
export function isDate(s: RegExpMatchArray): boolean {
  const n = (i: number): number => Number(s[i]);
  // `1993-31-07`: a year first with day and month swapped (a bad export) is still that date.
  if (s[1]) return valid(n(1), n(2), n(3)) || (n(2) > 12 && valid(n(1), n(3), n(2)));
  if (s[4]) {
    const y = (s[6] as string).length === 2 ? 1900 + n(6) : n(6);
    return valid(y, n(5), n(4)) || valid(y, n(4), n(5));
  }
  // (`3.XII.1950`: a Roman month of three letters is read by this shape.)
  if (s[7])
    return (
      (monthOf(s[8] as string) !== undefined || romanMonths.includes((s[8] as string).replace(/\.$/, ''))) &&
      valid(n(9), 1, n(7))
    );
  if (s[10]) return monthOf(s[10] as string) !== undefined && valid(n(12), 1, n(11));
  if (s[13]) return valid(n(13), n(14), n(15));
  // The Republic of China's era counts years from 1912 (民國1年).
  if (s[16]) return valid(n(16) + 1911, n(17), n(18));
  if (s[23]) return monthOf(s[24] as string) !== undefined && valid(n(23), 1, n(25));
  if (s[26]) return valid(n(28), n(27), n(26)) || valid(n(28), n(26), n(27));
  if (s[29]) return valid(n(31), romanMonths.indexOf(s[30] as string) + 1, n(29));
  if (s[32]) return valid(n(34), n(33), n(32));
  return n(20) >= 1 && valid((eraInitial[s[19] as string] as number) + n(20), n(21), n(22));
}

/**
 * The dates in `text[from, to)`, a value given for a birth field (every caller's): it may lie in the
 * future (see `latest`); one in Persian or Arabic-Indic digits is read as ASCII (one code unit each,
 * so offsets hold).
 */
export function datesIn(text: string, from: number, to: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let part = text.slice(from, to);
  nativeDigits = nativeDigit.test(part);
  if (nativeDigits) part = part.replace(nativeDigitAll, (c) => String((c.charCodeAt(0) - 0x660) % 0x90));
  latest = 2099;
  datePattern.lastIndex = 0; // an exec loop over the shared global regex: matchAll would clone it per cell
  for (let m = datePattern.exec(part); m !== null; m = datePattern.exec(part)) {
    if (isDate(m)) found.push([from + m.index, from + m.index + m[0].length]);
  }
  latest = thisYear;
  nativeDigits = false;
  // `昭和58年7月21日` under `生年月日`: a Japanese era date (see `eraDate`) given for the field.
  if (found.length === 0 && part.includes('年'))
    for (const m of part.matchAll(eraDate))
      if (eraValid(m)) found.push([from + (m.index as number), from + (m.index as number) + m[0].length]);
  // `datetime.datetime(1986, 3, 14, 0, 0)` under `Geboortedatum` (openpyxl's row): its date arguments.
  if (found.length === 0) {
    const call = callStart.exec(part);
    const args = call === null ? undefined : callDate(text, from + call[0].length);
    if (args !== undefined) found.push(args);
  }
  if (found.length === 0) {
    const m = labelledOnly.exec(part);
    if (m !== null && labelledOnlyDate(m)) {
      const lead = m[0].length - m[0].trimStart().length;
      found.push([from + lead, from + lead + m[0].trim().length]);
    }
  }
  return found;
}

/** `datetime.datetime`, `date` before the `(` of a Python repr opening a cell. */
const callStart = /^[ \t]*(?:[A-Za-z_]\w*\.)?(?:date|datetime)(?=\()/;

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits. */
const nativeDigit = /[\u0660-\u0669\u06f0-\u06f9]/;
const nativeDigitAll = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * Shapes that are a date only under a birth column or key, the whole value: compact `19580919`
 * (legacy extracts, HL7 `PID-7`, which may add a time), Oracle's default `14-MAR-87` and a birthday
 * without its year (`05/14`), and an ISO date whose year has a digit too many (`19855-03-02`, a
 * keying slip a loader rejects), and a month and day after two hyphens (`--0412`, vCard's birthday
 * without a year). Elsewhere eight digits are an id, `DD-MON-YY` a report date and `05/14`
 * a fraction or a month.
 */
const labelledOnly =
  /^[ \t]*(?:((?:18|19|20)\d{2})(\d{2})(\d{2})(?:\d{4,6})?|(\d{2})-([A-Za-z]{3})-(\d{2}|\d{4})|(\d{1,2})\/(\d{1,2})|(\d{2})(\d{2})(\d{2})|(\d{2})(\d{2})((?:19|20)\d{2})|((?:1[89]|20)\d{3})-(\d{2})-(\d{2})|--(\d{2})-?(\d{2}))[ \t]*$/;

export const validMonthDay = (month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysIn(2000, month);

function labelledOnlyDate(m: RegExpExecArray): boolean {
  const n = (i: number): number => Number(m[i]);
  if (m[1]) return valid(n(1), n(2), n(3)) && n(3) <= daysIn(n(1), n(2));
  // Mailchimp's `Birthday` field: `05/14`, month and day without the year.
  if (m[7]) return validMonthDay(n(7), n(8));
  // `880314` (a passport's machine-readable zone: YYMMDD) or `140388` (DDMMYY).
  if (m[9]) return validMonthDay(n(10), n(11)) || validMonthDay(n(10), n(9));
  // `03141988`: an AAMVA licence's MMDDCCYY (or a DDMMYYYY).
  if (m[12]) return validMonthDay(n(12), n(13)) || validMonthDay(n(13), n(12));
  if (m[15]) return validMonthDay(n(16), n(17)) && typoYear(m[15]);
  // `--0412`, `--04-12`: a vCard's (RFC 6350) and Google Contacts' birthday without its year.
  if (m[18]) return validMonthDay(n(18), n(19));
  // `14-JUN-1985`; under a birth column an impossible day is a keying slip a loader rejects
  // (`29-FEB-1989`, ORA-01839), still that person's birth date.
  const month = monthOf(m[5] as string) ?? 0;
  const y = (m[6] as string).length === 4 ? n(6) : 1900 + n(6); // births: `87` is 1987
  return month > 0 && valid(y, month, n(4));
}

/** `19855`: a year keyed with one digit too many, a year from 1900 to this one when that digit goes. */
function typoYear(digits: string): boolean {
  for (let i = 0; i < digits.length; i++) {
    const y = Number(digits.slice(0, i) + digits.slice(i + 1));
    if (y >= 1900 && y <= thisYear) return true;
  }
  return false;
}

/** Days in a month: `19710231` is no date. */
export const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const dateAt = sticky(datePattern);

/**
 * Whether a date pattern can start at the digit run at `d`: four digits then `-`, `/` or `.` (ISO),
 * or one or two digits then `-`, `/`, `.`, `º`, a blank or a letter (numeric dates, `2 March 1985`,
 * `2nd of May`). Other runs (ids, amounts, times, a lone year) are never a date's start.
 */
function mayStartDate(text: string, d: number): boolean {
  let e = d + 1;
  while (e < text.length && e - d < 5 && isDigitAt(text, e)) e++;
  const c = text.charCodeAt(e);
  if (e - d === 4) {
    // `1992 年 5 月 12 日`: OCR spaces the characters of an East-Asian date.
    const spaced = c === 32 ? text.charCodeAt(e + 1) : c;
    return c === 45 || c === 47 || c === 46 || c === 92 || spaced === 0x5e74 || spaced === 0xb144;
  }
  if (e - d > 2) return false;
  return (
    c === 45 ||
    c === 47 ||
    c === 92 ||
    c === 46 ||
    c === 32 ||
    c === 9 ||
    c >= 128 ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122)
  );
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Digit runs, from a line's start: runs never cross a line, so each starts at or after it. */
const digitRun = /[0-9]+/g;

/**
 * The dates of `datesIn` on the lines `triggerLines` gives, trying the pattern only where a date can start: at a digit run,
 * or at the month word (3–10 letters, a dot, up to three blanks) just before one.
 */
export function allDates(text: string, lines: number[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let next = 0;
  const tryAt = (p: number): void => {
    if (p < next) return;
    const m = matchAt(dateAt, text, p);
    if (m === null) return;
    next = p + m[0].length;
    if (isDate(m)) found.push([p, next]);
  };
  // Where the last search found its first digit run past its line (text.length: none): a line
  // ending before it holds no digit, and is not searched again (a search runs to the next digit,
  // however far: once per digit-free line it would be quadratic).
  let firstDigit = -1;
  for (let l = 0; l < lines.length; l += 2) {
    const lineEnd = lines[l + 1] as number;
    if (lineEnd <= firstDigit) continue;
    digitRun.lastIndex = lines[l] as number;
    let run = digitRun.exec(text);
    if (run === null || run.index >= lineEnd) {
      firstDigit = run === null ? text.length : run.index;
      continue;
    }
    for (; run !== null && run.index < lineEnd; run = digitRun.exec(text)) {
      const d = run.index;
      if (d < next) continue;
      let k = d;
      while (k > 0 && d - k < 3 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
      if (k > 0 && text.charCodeAt(k - 1) === 46) k--;
      let w = k;
      let other = false;
      while (w > 0 && k - w < 21) {
        const c = text.charCodeAt(w - 1);
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) w--;
        else if (c >= 128) {
          other = true;
          w--;
        } else break;
      }
      if (other) for (let p = w; p < k; p++) tryAt(p);
      else if (k - w >= 3 && k - w <= 10) tryAt(w);
      else if (k - w === 1 && k === d && eraInitial[text[w] as string] !== undefined) tryAt(w); // `H3.12.05`
      if (mayStartDate(text, d)) tryAt(d);
    }
  }
  return found;
}

/** `datetime.date`, `date`, `dt.date`: a constructor whose arguments are the date (Python reprs). */
export const dateCall = /^(?:[A-Za-z_]\w*\.)?(?:date|datetime)$/;
const dateArgs = /\([ \t]*(\d{4}),[ \t]*(\d{1,2}),[ \t]*(\d{1,2})(?=[ \t]*[,)])/y;

/** The arguments `1975, 8, 12` of `datetime.date(1975, 8, 12)` right after `end`, if a valid date. */
export function callDate(text: string, end: number): [number, number] | undefined {
  dateArgs.lastIndex = end;
  const m = dateArgs.exec(text);
  if (m === null || !valid(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
  const from = end + m[0].indexOf(m[1] as string);
  return [from, end + m[0].length];
}

export const finding = ([start, end]: [number, number], score: number): Finding => ({
  type: 'DATE_OF_BIRTH',
  start,
  end,
  score,
  detector: 'date-of-birth',
});

/**
 * A birth date stored as a number: days since 1970 (Debezium's `io.debezium.time.Date`, Avro's
 * `date`: `"birth_date": 7365`), seconds or milliseconds since 1970. Under a birth-date key, an
 * unquoted integer that falls in 1900–today read either way. Seconds and milliseconds fall on a
 * midnight in some time zone (a whole quarter hour): `1700000000000` (22:13:20 UTC) is a round
 * constant a test writes, as `birthday: 1700000000000` beside `createdAt: 1700000000000`.
 */
export function epochDate(value: string): boolean {
  if (!/^-?\d{3,13}$/.test(value)) return false;
  const n = Number(value);
  const now = Date.now();
  const digits = value.replace('-', '').length;
  if (digits <= 5) return n >= -25_567 && n <= now / 86_400_000; // 1900-01-01 in days
  if (digits <= 10) return n >= -2_208_988_800 && n <= now / 1000 && n % 900 === 0;
  return n >= -2_208_988_800_000 && n <= now && n % 900_000 === 0;
}

/**
 * The line holding `text[start, end)`: its start and end offsets, or a span that reaches 2000 or
 * more characters past `start` or `end` where the line goes on (a minified blob is no line to read).
 */
export function lineAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < 2000 && text.charCodeAt(from - 1) !== 10) from--;
  let to = end;
  while (to < text.length && to - end < 2000 && text.charCodeAt(to) !== 10) to++;
  return [from, to];
}

/**
 * Japanese era dates, `昭和６３年　７月２２日` (Shōwa 63 is 1988), fullwidth digits too; `元年` is year
 * one. The year may be given again in the other calendar in brackets after it, as 履歴書 forms ask:
 * `平成7年（1995年）4月12日`, `1995年（平成7年）4月12日`.
 */
export const eraDate =
  /(?:(明治|大正|昭和|平成|令和)[ 　]?([0-9０-９]{1,2}|元)|([0-9０-９]{4}))[ 　]?年(?:[ 　]?[（(](?:明治|大正|昭和|平成|令和)?[ 　]?(?:[0-9０-９]{1,4}|元)[ 　]?年?[）)])?[ 　]?([0-9０-９]{1,2})[ 　]?月[ 　]?([0-9０-９]{1,2})[ 　]?日/g;
const eraStart: Record<string, number> = { 明治: 1867, 大正: 1911, 昭和: 1925, 平成: 1988, 令和: 2018 };
const halfWidth = (digits: string): number =>
  digits === '元' ? 1 : Number(digits.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));

/** Whether an `eraDate` match is a calendar date. */
export function eraValid(m: RegExpMatchArray): boolean {
  const y = m[1] ? (eraStart[m[1]] as number) + halfWidth(m[2] as string) : halfWidth(m[3] as string);
  return valid(y, halfWidth(m[4] as string), halfWidth(m[5] as string));
}

/**
 * The calendar days (`1990-7-31`) a date at `from` may name: one, or two when a numeric date may be
 * read day first or month first (`03/04/1990`). Compact `19900731` too. None for other shapes.
 */
export function dayKeys(text: string, from: number): string[] {
  const m = matchAt(dateAt, text, from);
  if (m === null || !isDate(m)) {
    const compact = /^((?:18|19|20)\d\d)(\d\d)(\d\d)(?!\d)/.exec(text.slice(from, from + 9));
    return compact === null ? [] : [key(compact[1], compact[2], compact[3])];
  }
  if (m[1]) return [key(m[1], m[2], m[3])];
  if (m[4]) {
    const y = (m[6] as string).length === 2 ? `19${m[6]}` : m[6];
    return [key(y, m[5], m[4]), key(y, m[4], m[5])];
  }
  if (m[7]) return [key(m[9], monthOf(m[8] as string), m[7])];
  if (m[10]) return [key(m[12], monthOf(m[10] as string), m[11])];
  return [];
}

const key = (y: unknown, m: unknown, d: unknown): string => `${Number(y)}-${Number(m)}-${Number(d)}`;

/** A finding for `text[from, to)` when it is a date and nothing else. */
export function wholeDate(text: string, from: number, to: number, out: Finding[]): void {
  const span = datesIn(text, from, to)[0];
  if (span !== undefined && span[0] === from && span[1] === to) out.push(finding(span, 0.85));
}

export function isWordAt(text: string, i: number): boolean {
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c >= 128;
}
