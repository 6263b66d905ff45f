/**
 * PHONE's shapes: the national numbering plans' lengths and groupings (ITU-T E.164, NANP, trunk-0 and
 * other national plans, compact mobiles), and whether a candidate is a phone by shape alone
 * (`classifyPhone`).
 */

export const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * National significant number lengths per country code (ITU-T E.164 national numbering plans; the
 * codes are prefix-free, so a number's code is the one of its first 1–3 digits found here).
 */
const e164: Readonly<Record<string, readonly [number, number]>> = Object.fromEntries(
  (
    '7:10 20:8-10 27:9 30:10 31:9 32:8-9 33:9 34:9 36:8-9 39:6-11 40:9 41:9 43:4-13 44:9-10 45:8 46:7-10 ' +
    '47:8 48:9 49:6-13 51:8-9 52:10 53:8 54:10-11 55:10-11 56:9 57:10 58:10 60:8-10 61:9 62:8-12 63:9-10 ' +
    '64:8-10 65:8 66:8-9 81:9-10 82:8-10 84:9-10 86:10-11 90:10 91:10 92:10 93:9 94:9 95:8-10 98:10 ' +
    '212:9 213:9 216:8 234:8-10 254:9 351:9 352:4-11 353:7-9 354:7 355:8-9 356:8 357:8 358:5-12 359:8-9 ' +
    '370:8 371:8 372:7-8 380:9 381:8-9 385:8-9 386:8 420:9 421:9 852:8 853:8 880:10 886:9 966:9 971:8-9 ' +
    '972:8-9 974:8'
  )
    .split(' ')
    .map((entry) => {
      const [code = '', range = ''] = entry.split(':');
      const [lo = 0, hi = lo] = range.split('-').map(Number);
      return [code, [lo, hi] as const];
    }),
);

/** NANP: area and exchange are NXX and not N11; area codes N9X are reserved. */
export function isNanp(ten: string): boolean {
  return /^[2-9][0-8]\d[2-9]\d{6}$/.test(ten) && !/^.11/.test(ten) && !/^.{3}.11/.test(ten);
}

const snils = /^\d{3}-\d{3}-\d{3} \d{2}$/;
const octalQuad = /^(?:0(?:[0-3]?[0-7]{0,2})\.){3}0[0-3]?[0-7]{0,2}$/;
const belgianRegister = /^\d\d\.\d\d\.\d\d-\d{3}\.\d\d$/;
const recordYear = /\/(?:19|20)\d\d$/;

function isDateTimeOrDecimal(raw: string, lens: readonly number[]): boolean {
  // `+1 206.381.7742`, `+1.206.381.7742`: a `+` code before three or more groups is the number's
  // own group, not a decimal's digit.
  const groups = raw.charCodeAt(0) === 43 && lens.length >= 4 ? lens.slice(1) : lens;
  if (
    raw.includes('.') &&
    (groups.length === 2 || groups.includes(1) || (groups.length === 4 && groups.every((n) => n <= 3)))
  )
    return true;
  const [a = 0, b = 0, c = 0] = lens;
  return lens.length === 3 && ((a === 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && (c === 2 || c === 4)));
}

export function international(digits: string, raw: string, separated: boolean): boolean {
  if (digits.startsWith('1')) return digits.length === 11 && isNanp(digits.slice(1));
  let code = '';
  for (let n = 1; n <= 3 && code === ''; n++) if (e164[digits.slice(0, n)]) code = digits.slice(0, n);
  const range = e164[code];
  if (!range) return separated && /^[2-9]/.test(digits) && digits.length >= 8 && digits.length <= 15;
  // The trunk 0 kept in brackets after the country code, alone or with the area code: `+44 (0)20 …`,
  // `+55 (084) 2718-3309` (a form Brazilian lists print).
  let national = digits.slice(code.length + (raw.includes('(0') ? 1 : 0));
  // Italian numbers keep their leading 0 after +39 (`+39 02 1234567`); elsewhere the trunk 0 is
  // dropped, though people often keep it (`+49 0151 4471 2093`, `+81 090-4471-2093`): the national
  // number is read past it.
  if (national.startsWith('0') && code !== '39') national = national.slice(1);
  if (national.startsWith('0') && code !== '39') return false;
  // Belgium's nine-digit numbers are its mobiles (`+32 470 44 71 29`); landlines take eight.
  if (code === '32' && national.length === 9 && national[0] !== '4') return false;
  // Mexican mobiles were dialled `+52 1` and ten digits until 2019, and address books keep the `1`.
  if (code === '52' && national.length === 11 && national.startsWith('1')) return true;
  return national.length >= range[0] && national.length <= range[1];
}

function national(digits: string, raw: string, lens: readonly number[]): boolean {
  const shape = lens.join('-');
  if (argentineMobile(digits, lens)) return true;
  if ((shape === '3-3-4' || shape === '1-3-3-4') && isNanp(digits.slice(-10)))
    return lens.length === 3 || digits[0] === '1';
  if (/^0[1-9]/.test(digits) && digits.length >= 9 && digits.length <= 12 && lens.length >= 2) {
    // Hungary: Budapest's area code is the one digit 1 after the trunk prefix 06 (`06 1 318 2044`).
    if (shape === '2-1-3-4') return digits.startsWith('061');
    // Nine digits in threes after a 0 (`044 712 099`) is how Hungary's TAJ and Canada's SIN are
    // printed; trunk-0 plans of nine digits group them otherwise (`02 123 45 67`, `031-123 456`).
    if (shape === '3-3-3') return false;
    return (lens[0] ?? 0) >= 2 && (lens[0] ?? 0) <= 6 && lens.every((n) => n >= 2);
  }
  // Spain: nine digits, mobiles 6/7, landlines 8/9, in threes or 3-2-2-2 / 2-3-2-2. Threes joined
  // by dots are as often a result or version code (`800.100.151`, a payment gateway's): a phone word must say so.
  if (/^[6-9]/.test(digits) && (shape === '3-3-3' || shape === '3-2-2-2' || shape === '2-3-2-2'))
    return shape !== '3-3-3' || !raw.includes('.');
  // Italy: mobiles are ten digits starting with 3, written 3-3-4 or 3-7 (`348/1234567`).
  if (digits.length === 10 && digits[0] === '3' && (shape === '3-3-4' || shape === '3-7')) return true;
  // China: mobiles are eleven digits starting 13–19, written 3-4-4 (`139 1234 5678`).
  if (shape === '3-4-4' && /^1[3-9]/.test(digits)) return true;
  if (shape === '5-5') return /^[6-9]/.test(digits);
  // India's mobiles (6–9) and Greece's ten digits (landlines 2x, mobiles 69) in 4-3-3: `9810 447 120`,
  // `2310 264 471`, `6944 712 093` (a year does not start `2[1-8]`).
  if (shape === '4-3-3') return /^(?:2[1-8]|[6-9])/.test(digits);
  // Russia and Kazakhstan: the trunk prefix 8, a three-digit code and seven digits in 3-2-2 (`8 903 120-44-71`).
  if (shape === '1-3-3-2-2') return /^8[3-9]/.test(digits);
  // Norway and Denmark: eight digits, no trunk prefix, in 3-2-3 (`930 44 712`) or pairs (`41 20 93 18`).
  if (shape === '3-2-3' || shape === '2-2-2-2') return /^[2-9]/.test(digits);
  // Brazil: a mobile's leading 9 set apart after the area code, `(31) 9 8812-4037`, `(31)9 8812-4037`.
  if (shape === '2-1-4-4') return /^[1-9]{2}9/.test(digits) && (raw.includes('(') || /-\d{4}$/.test(raw));
  if (shape === '2-4-4' || shape === '2-5-4') {
    if (/\(|-\d{4}$/.test(raw)) return /^[1-9]{2}/.test(digits) && (shape === '2-4-4' || digits[2] === '9');
    // Mexico's two-digit areas (Mexico City 55/56, Guadalajara 33, Monterrey 81) print in blanks: `81 8340 2271`.
    return shape === '2-4-4' && /^(?:5[56]|33|81)[1-9]/.test(digits);
  }
  return false;
}

/**
 * Argentina's local mobiles: the area code (2–4 digits, 1–3 first, after an optional trunk 0), then
 * `15`, then the subscriber, area and subscriber ten digits together: `11 15-4471-2093`,
 * `(0351) 15 447-1209`, `2944 15-44-7120`.
 */
function argentineMobile(digits: string, lens: readonly number[]): boolean {
  const first = lens[0] ?? 0;
  if (lens.length < 3 || lens[1] !== 2 || digits.slice(first, first + 2) !== '15') return false;
  const trunk = digits.startsWith('0') ? 1 : 0;
  const area = first - trunk;
  const subscriber = digits.length - first - 2;
  return (
    area >= 2 &&
    area <= 4 &&
    /^[1-3]/.test(digits.slice(trunk)) &&
    area + subscriber === 10 &&
    lens.slice(2).every((n) => n >= 2)
  );
}

/**
 * Mobile numbers as phones and SMS gateways write them, without separators: national with the trunk
 * 0 (Japan's 070/080/090 and the Philippines' 09xx, Nigeria's 070/080/081/090/091 and the UK's 07xxx
 * in eleven digits, Korea's 010, Egypt's 010/011/012/015 and Turkey's 050/053/054/055 in eleven
 * (`01045172283`, `05324471209`; not when a
 * date `DDMMYYYY` opens them, an id's prefix); Kenya's, Sweden's and France's 07 in ten: ids and
 * dates of ten digits start 01 or 06 too), or an MSISDN, the country code without its `+`, where
 * code and mobile prefix take five digits (Kenya 2547x/25410/25411, Nigeria 234[789][01]): with
 * fewer (Philippines 639), too many order numbers of twelve digits start the same.
 */
const compactMobile =
  /^(?:0[789]\d{9}|(?!01(?:0[1-9]|1[0-2])(?:19|20))01[0125]\d{8}|(?!050[1-9](?:19|20))05[0345]\d{8}|07\d{8}|254(?:7\d|1[01])\d{7}|234[789][01]\d{8})$/;

/**
 * The numbers forms and documentation print as a placeholder or example, no one's: the digits
 * counting up from 0 or 1 (`0123 456789`, `(123) 456-7890`) or in groups (`01 02 03 04 05`), a prefix and one digit repeated after it (`600 000 000`, `010-0000-0000`, `010-1111-1111`: an
 * operator or area code shown, the subscriber left blank or filled), and a US local number in the
 * range reserved for fiction, `555-0100` to `555-0199` (with an area code it is dialled like any
 * other, and flagged unless its record is a fixture's: see `fictional`).
 */
function placeholder(digits: string, lens: readonly number[], plus: boolean): boolean {
  // `+48 600 000 000`: the same after a country code.
  if (plus && lens.length > 2) return placeholder(digits.slice(lens[0]), lens.slice(1), false);
  if (digits.length === 7 && digits.startsWith('55501')) return true;
  if (countingGroups(digits, lens)) return true;
  if (/0{7}$/.test(digits)) return true;
  if (lens.length > 1 && /^(\d)\1+$/.test(digits.slice(lens[0])) && digits.length - (lens[0] ?? 0) >= 6)
    return true;
  if (digits.length < 9 || (digits[0] !== '0' && digits[0] !== '1')) return false;
  for (let i = 1; i < digits.length; i++)
    if (digits.charCodeAt(i) !== 48 + ((digits.charCodeAt(i - 1) - 47) % 10)) return false;
  return true;
}

/** `01 02 03 04 05`: four or more groups of one width, each one more than the one before. */
function countingGroups(digits: string, lens: readonly number[]): boolean {
  const width = lens[0] ?? 0;
  if (lens.length < 4 || lens.some((n) => n !== width)) return false;
  for (let i = width; i < digits.length; i += width)
    if (Number(digits.slice(i, i + width)) !== Number(digits.slice(i - width, i)) + 1) return false;
  return true;
}

/**
 * Whether ten digits open with a birth date, `YYMMDD` (Sweden's personnummer) or `DDMMYY` (Denmark's
 * CPR number): the two print `091127-2093`, a six-digit group no phone plan's area code takes with
 * a date's shape.
 */
function birthPrefix(digits: string): boolean {
  const a = Number(digits.slice(0, 2));
  const b = Number(digits.slice(2, 4));
  const c = Number(digits.slice(4, 6));
  return (b >= 1 && b <= 12 && c >= 1 && c <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31);
}

/** Whether a candidate is a phone number by shape alone (`'strong'`), only with context, or never. */
export function classifyPhone(raw: string): 'strong' | 'weak' | 'never' {
  // The lengths of the digit runs (raw.split(/\D+/) without empty parts) settle most candidates
  // (dates, decimals, card numbers) before the digits are gathered.
  const lens: number[] = [];
  let count = 0;
  for (let i = 0; i < raw.length; ) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < raw.length && raw.charCodeAt(j) >= 48 && raw.charCodeAt(j) <= 57) j++;
    lens.push(j - i);
    count += j - i;
    i = j;
  }
  if (count < 7 || count > 15 || isDateTimeOrDecimal(raw, lens)) return 'never';
  // `01.10.30-391.90`: a Belgian national register number (rijksregisternummer), a birth date and five digits.
  if (lens.length === 5 && belgianRegister.test(raw)) return 'never';
  // `047-129-038 70`: a Russian СНИЛС (insurance number), no phone plan's grouping; `0300.0250.01.01`:
  // an IPv4 address in octal (as `inet_aton` reads it), four octets each led by 0.
  if (lens.length === 4 && (snils.test(raw) || octalQuad.test(raw))) return 'never';
  const separated = lens.length > 1;
  // `012-04471/2024`: a record or case number filed under its year after a slash, not a phone's group.
  if (lens.length >= 3 && lens[lens.length - 1] === 4 && recordYear.test(raw)) return 'never';
  // The SSN shape is never a phone number (see us-ssn.ts).
  if (lens.length === 3 && count === 9 && /^\d{3}-\d{2}-\d{4}$/.test(raw)) return 'never';
  const digits = raw.replace(/\D/g, '');
  // `000000000`, `999 999 9999`: a filler, not a number anyone answers; so are a form's placeholders.
  if (/^(\d)\1+$/.test(digits) || placeholder(digits, lens, raw.charCodeAt(0) === 43)) return 'never';
  // `+15555555555`: the same after a country code, the number written without groups.
  if (lens.length === 1 && raw.charCodeAt(0) === 43 && /^(\d)\1+$/.test(significant(raw))) return 'never';
  // `091127-2093`: a Swedish personnummer or a Danish CPR number, a birth date and four digits.
  if (count === 10 && lens.length === 2 && lens[0] === 6 && raw.charCodeAt(6) === 45 && birthPrefix(digits))
    return 'never';
  if (raw.startsWith('+')) return international(digits, raw, separated) ? 'strong' : offPlan(digits, lens);
  if (digits.startsWith('00') && separated)
    return international(digits.slice(2), raw, true) ? 'strong' : offPlan(digits.slice(2), lens);
  // Fifteen digits dialled without a `+` or `00`: no national plan is so long (E.164 caps a number
  // at fifteen with its country code; Germany's and Austria's longest take fourteen with the trunk
  // 0). An id's length: Brazil's health card `898 0012 3456 7891`, an IMEI.
  if (count === 15 && !digits.startsWith('00')) return 'never';
  if (separated && national(digits, raw, lens)) return 'strong';
  // `1800 266 4471`: India's toll-free numbers (1800, then seven digits as 3-4).
  if (lens.length === 3 && lens[0] === 4 && lens[1] === 3 && lens[2] === 4 && digits.startsWith('1800'))
    return 'strong';
  if (!separated && compactMobile.test(digits)) return 'strong';
  return 'weak';
}

/**
 * `089-417-2256 99/12 ซ.สุขุมวิท 31`: a number grouped with hyphens, then a blank and the house
 * number of the address after it (Thai writes `99/12`), which the candidate joins to it. Where the
 * whole is no phone by shape but its hyphenated head up to the first blank is, the head's length;
 * else -1.
 */
export function hyphenatedHead(raw: string): number {
  const blank = raw.indexOf(' ');
  if (blank < 9 || raw.indexOf('-') === -1 || raw.indexOf('-') > blank) return -1;
  return classifyPhone(raw.slice(0, blank)) === 'strong' ? blank : -1;
}

/**
 * A number dialled with its country code (`+` or `00`) that its plan does not take: `+1 394 623 3306`
 * (an unassigned NANP area code), `+7 2 5881 20404626` (too long), `+9605725881` (a code whose
 * plan is not in `e164`, ungrouped), as generated data and people write them. Still a phone where a
 * label or a phone word says so (`'weak'`), when it has E.164's 8–15 digits, the first (the country
 * code's) not 0, written whole or in groups; not in groups of three after the first
 * (`+12 345 678`, an amount's thousands), and not a seed file's placeholder of zeros (`+47 000 00 001`).
 */
function offPlan(digits: string, lens: readonly number[]): 'weak' | 'never' {
  if (digits.length < 8 || digits.length > 15 || digits.charCodeAt(0) === 48) return 'never';
  if (digits.includes('00000')) return 'never';
  return lens.length > 2 && lens.slice(1).every((n) => n === 3) ? 'never' : 'weak';
}

/**
 * Whether `+` and digits (no separators) are one or two digits short of the national length their
 * country code takes (`+4869122840`: Poland's numbers take nine after +48, this one eight), the
 * number cut off at a field's width.
 */
export function cutShort(raw: string): boolean {
  if (!/^\+[1-9]\d{6,14}$/.test(raw) || raw.charCodeAt(1) === 49) return false;
  for (let n = 1; n <= 3; n++) {
    const range = e164[raw.slice(1, 1 + n)];
    if (range === undefined) continue;
    const national = raw.length - 1 - n;
    return national >= 6 && national < range[0] && national >= range[0] - 2;
  }
  return false;
}

/** The national significant number of a phone as written: `+351 961 775 208`, `0961775208` → `961775208`. */
export function significant(raw: string): string {
  let digits = raw.replace(/\D/g, '');
  const plus = /^\(?\+/.test(raw);
  if (plus || (digits.startsWith('00') && raw.length > digits.length)) {
    if (!plus) digits = digits.slice(2);
    if (digits.startsWith('1')) digits = digits.slice(1);
    else
      for (let n = 1; n <= 3; n++)
        if (e164[digits.slice(0, n)]) {
          digits = digits.slice(n);
          break;
        }
  }
  return digits.replace(/^0+/, '');
}
