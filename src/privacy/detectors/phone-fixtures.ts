import type { Finding } from '../detector.js';
import { keyedAt } from './phone-context.js';
import { significant } from './phone-shapes.js';
import { fixtureLine, keyedValuesWithSiblings, reservedMail } from './tables.js';

/**
 * PHONE's fixtures: numbers a test record or a sample row fills in (digits counting up, a regulator's
 * range reserved for fiction) dropped where their record is a fixture's.
 */

/**
 * `333 1234567`, `06-12345678`, `+39 333 1234567`: a prefix (and country code) and the digits
 * counting up from 0 or 1 after it, six at least, how a test record fills its phone field. Real
 * numbers take that shape too (`Tel. 030 12345678`), so it is dropped only on a fixture's line
 * (see `fixtureFictions`).
 */
function countingSubscriber(raw: string): boolean {
  const groups = raw.split(/\D+/).filter((g) => g !== '');
  const rest = groups.slice(/^\(?\+/.test(raw) ? 2 : 1).join('');
  if (rest.length < 6 || (rest[0] !== '0' && rest[0] !== '1')) return false;
  for (let i = 1; i < rest.length; i++)
    if (rest.charCodeAt(i) !== 48 + ((rest.charCodeAt(i - 1) - 47) % 10)) return false;
  return true;
}

/**
 * Drops a number whose digits count up after a prefix (see `countsAfterPrefix`) on a line that
 * fills an id the same way: the sample row forms and docs show, every field a dummy. Hong Kong's
 * `陳大文  CHAN TAI MAN  A123456(3)  1970-01-01  91234567`, Korea's `홍길동, 900101-1234567,
 * 010-1234-5678`, Taiwan's `王小明 A123456789 0912-345-678`, Spain's `12345678Z … 612 345 678`.
 * A real number may count up too (`Tel. 030 12345678`), so it takes the id beside it.
 */
export function sampleRows(text: string, findings: Finding[]): Finding[] {
  return findings.filter((f) => {
    const digits = text.slice(f.start, f.end).replace(/\D/g, '');
    return !countsAfterPrefix(digits) || !countingIdOnLine(text, f.start, f.end);
  });
}

/** `91234567`, `0912345678`, `(555) 123-4567`: one to four digits, then six or more counting up from 0 or 1. */
function countsAfterPrefix(digits: string): boolean {
  for (let p = 1; p <= 4 && digits.length - p >= 6; p++) {
    const c = digits.charCodeAt(p);
    if (c !== 48 && c !== 49) continue;
    let i = p + 1;
    while (i < digits.length && digits.charCodeAt(i) === 48 + ((digits.charCodeAt(i - 1) - 47) % 10)) i++;
    if (i === digits.length) return true;
  }
  return false;
}

/**
 * Whether the line of `[start, end)` holds, outside it, an id filled with digits counting up: a
 * token of letters and `123456` (`A123456(3)`, `A123456789`, `12345678Z`), a birth date and
 * `1234567` (`900101-1234567`), or the SSN `123-45-6789`. Another phone does not count (`Fax 030
 * 12345679` beside `Tel. 030 12345678`).
 */
function countingIdOnLine(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', start) + 1, start - 200);
  let to = text.indexOf('\n', end);
  if (to === -1 || to > end + 200) to = Math.min(text.length, end + 200);
  for (const m of text.slice(from, to).matchAll(countingId)) {
    const at = from + (m.index as number);
    if (at + m[0].length <= start || at >= end) return true;
  }
  return false;
}

const countingId =
  /(?<![\w-])(?:[A-Za-z]{1,3}\d{0,3}123456\d*|\d{0,3}123456\d*[A-Za-z]|\d{6}-1234567|123-45-6789)(?![\w-])/g;

/**
 * Whether a number is in a range a regulator reserves for drama and examples, in any of its forms
 * (national, `+44`/`+61`/`+1`, `00` prefix): Ofcom's UK drama numbers (`07700 900xxx`, `01632
 * 960xxx`, `020 7946 0xxx`, `0113`–`0118`, `0121`–`0161` `496 0xxx`, `0191 498 0xxx`, `028 9649
 * 6xxx`, `029 2018 0xxx`, `0808 157 0xxx`, `0909 879 0xxx`), ACMA's Australian ones (`0491 570
 * 006`, `…110`, `…156`–`159`, `…313`, `…737`, `…938`; landlines `(0x) 5550 xxxx`, `(0x) 7010 xxxx`) and
 * the NANP `555-0100`–`555-0199` behind an area code (and `(555) 0xx-xxxx`, dialling nowhere).
 * Writers also use them for realistic records,
 * so they are flagged unless their record is a fixture's (see `fixtureFictions`).
 */
function fictional(raw: string): boolean {
  let digits = raw.replace(/\D/g, '');
  const plus = /^\(?\+/.test(raw);
  if (!plus && digits.startsWith('00') && raw.length > digits.length) digits = digits.slice(2);
  else if (!plus) {
    if (digits.startsWith('0')) return ukFiction.test(digits.slice(1)) || auFiction.test(digits.slice(1));
    return nanpFiction.test(digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits);
  }
  if (digits.startsWith('1')) return nanpFiction.test(digits.slice(1));
  const national = digits.slice(2).replace(/^0/, ''); // `+44 (0)20 7946 0958`
  if (digits.startsWith('44')) return ukFiction.test(national);
  return digits.startsWith('61') && auFiction.test(national);
}

const ukFiction =
  /^(?:7700900|1632960|2079460|11[3-8]4960|1[2-6]14960|1914980|2896496|2920180|8081570|9098790)\d{3}$/;
const auFiction = /^(?:491570(?:006|110|15[6-9]|313|737|938)|[2378](?:5550|7010)\d{4})$/;
// (`(555) 010-0100`: the unassigned area code 555, an exchange opening with 0 or 1.)
const nanpFiction = /^(?:[2-9]\d\d55501\d\d|555[01]\d{6})$/;

/**
 * Drops the numbers of a reserved range (see `fictional`) given as a fixture's: one with an e-mail
 * at a reserved domain on its line (`'Seed', 'Admin', 'admin@example.com', '07700 900461'`) or in
 * its record (see `fixtureRecord`), and the same number wherever else the text quotes it (a
 * validator's list of failing values).
 */
export function fixtureFictions(text: string, findings: Finding[]): Finding[] {
  const fixtures = new Set<string>();
  for (const f of findings) {
    const raw = text.slice(f.start, f.end);
    if ((fictional(raw) || countingSubscriber(raw)) && fixtureOf(text, f.start, f.end))
      fixtures.add(significant(raw));
  }
  if (fixtures.size === 0) return findings;
  return findings.filter((f) => !fixtures.has(significant(text.slice(f.start, f.end))));
}

/**
 * Whether the number's record is a fixture's. On a vCard (`BEGIN:VCARD` … `END:VCARD`) the record is
 * the card: a template from a README or an RFC has its `EMAIL` at a reserved domain
 * (`EMAIL:john.doe@example.com`, `TEL:+1-555-555-0100`), and a real card beside it is not one.
 */
function fixtureOf(text: string, start: number, end: number): boolean {
  const begin = text.lastIndexOf('BEGIN:VCARD', start);
  const close = begin === -1 || start - begin > 4000 ? -1 : text.indexOf('END:VCARD', begin);
  if (close > start) {
    for (const m of text.slice(begin, close).matchAll(cardMail))
      if (reservedMail(m[1] as string)) return true;
    return false;
  }
  return fixtureLine(text, start) || fixtureRecord(text, start, end);
}

/** A vCard's `EMAIL` property (any parameters) and its address, `mailto:` or not. */
const cardMail = /^EMAIL(?:;[^:\n]*)?:(?:mailto:)?([^\s;]+)/gm;

/**
 * Whether the number is the value of a key whose object holds an e-mail at a reserved domain as
 * another value, over several lines: a pretty-printed record (`{'email': 'test.contact@example.com',
 * …, 'phone': '416-555-0199'}`), an OpenAPI response `example:` mapping (`email:
 * jane.doe@example.com` above `phone: "+1-202-555-0143"`).
 */
function fixtureRecord(text: string, start: number, end: number): boolean {
  const cells = keyedValuesWithSiblings(text);
  const cell = keyedAt(text, start, end);
  if (cell === undefined || cell.headers.length < 2) return false;
  return cells.some((c) => c.headers === cell.headers && c !== cell && reservedMail(c.value));
}
