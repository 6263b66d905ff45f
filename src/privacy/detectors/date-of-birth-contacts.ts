import type { Finding } from '../detector.js';
import { isBirthHeader } from './date-of-birth-cues.js';
import { datesIn, finding, thisYear, validMonthDay } from './date-of-birth-dates.js';
import { nestedValues } from './tables-json.js';

/**
 * DATE_OF_BIRTH readers for contact and calendar exports: a vCard's `BDAY` with parameters, the
 * events of a birthday calendar (iCalendar), an Android `contact_event` row of the birthday type, and
 * a birth key whose value sits one level down (Instagram's `string_map_data`).
 */

/**
 * A vCard's `BDAY` property, with an item group and parameters (`item2.BDAY;VALUE=date:1991-04-23`,
 * RFC 6350 §6.2.5) and a month-day value (`BDAY:--0412`, see `datesIn`). Its value is the birth date.
 */
const vcardBirthday = /^(?:[A-Za-z0-9-]{1,20}\.)?BDAY(?:;[^:\n]{0,80})?:[ \t]*([^\r\n]{1,40})/gim;

export function vcardBirthDates(text: string, out: Finding[]): void {
  for (const m of text.matchAll(vcardBirthday)) {
    const end = (m.index as number) + m[0].length;
    for (const span of datesIn(text, end - (m[1] as string).length, end)) out.push(finding(span, 0.9));
  }
}

/**
 * Whether an event's summary or categories say it is a birthday (`Cumpleaños de Lucía`, `Max's
 * birthday`, `CATEGORIES:Birthday`), and not a party or a wedding anniversary held on another day.
 */
const birthdayWord =
  /birthday|b-?day|cumpleaños|geburtstag|anniversaire|compleanno|anivers[áa]rio|verjaardag|urodziny|do[ğg]um g[üu]n[üu]|день рождения|生日|誕生日|생일/i;
const notTheBirthday =
  /party|fiesta|feier|f[êe]te|festa|dinner|cena|mariage|wedding|casamento|boda|hochzeit/i;

/**
 * `DTSTART;VALUE=DATE:19870309` of a `VEVENT` that says it is a birthday: a birthday calendar
 * (Apple's, Google's, Outlook's) starts each yearly event on the birth date. Apple writes 1604 for a
 * year it does not know; the month and day are still the birthday.
 */
const eventStart = /^DTSTART(?:;[^:\n]{0,80})?:((\d{4})(\d{2})(\d{2}))(?:T\d{6}Z?)?\r?$/m;
const summaryLine = /^(?:SUMMARY|CATEGORIES)(?:;[^:\n]{0,80})?:([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/gm;

export function calendarBirthDates(text: string, out: Finding[]): void {
  let at = text.indexOf('BEGIN:VEVENT');
  while (at !== -1) {
    let end = text.indexOf('END:VEVENT', at);
    if (end === -1) end = text.length;
    const event = text.slice(at, end);
    let birthday = false;
    for (const s of event.matchAll(summaryLine)) {
      const words = (s[1] as string).replace(/\r?\n[ \t]/g, '');
      if (birthdayWord.test(words) && !notTheBirthday.test(words)) birthday = true;
    }
    const m = birthday ? eventStart.exec(event) : null;
    if (m !== null) {
      const y = Number(m[2]);
      if (((y >= 1800 && y <= thisYear + 1) || y === 1604) && validMonthDay(Number(m[3]), Number(m[4]))) {
        const start = at + (m.index as number) + m[0].indexOf(m[1] as string);
        out.push(finding([start, start + 8], 0.85));
      }
    }
    at = text.indexOf('BEGIN:VEVENT', end);
  }
}

/**
 * An Android `contact_event` row in a `sqlite3` dump under its header (`raw_contact_id|mimetype|data1|…`):
 * `data1` holds the event's date and `data2` its type, 3 for a birthday (`Event.TYPE_BIRTHDAY`). The
 * type is read in the row, or from a query for `data2` that answers 3; an event of another type
 * (an anniversary) or of none shown is not ours.
 */
export function androidEventBirthDates(text: string, out: Finding[]): void {
  const birthdayType = /\bdata2\b[ \t]*(?:=|\r?\n)[ \t]*3\b/.test(text);
  for (let at = text.indexOf('/contact_event|'); at !== -1; at = text.indexOf('/contact_event|', at + 1)) {
    const rowStart = text.lastIndexOf('\n', at) + 1;
    let rowEnd = text.indexOf('\n', at);
    if (rowEnd === -1) rowEnd = text.length;
    const header = headerAbove(text, rowStart);
    if (header === undefined) continue;
    const cells = text.slice(rowStart, rowEnd).split('|');
    const type = header.indexOf('data2');
    if (type !== -1 ? cells[type]?.trim() !== '3' : !birthdayType) continue;
    const date = header.indexOf('data1');
    if (date === -1 || cells[date] === undefined) continue;
    let from = rowStart;
    for (let i = 0; i < date; i++) from += (cells[i] as string).length + 1;
    for (const span of datesIn(text, from, from + (cells[date] as string).length))
      out.push(finding(span, 0.85));
  }
}

/** The column names of the nearest `a|b|c` header line above `rowStart` (rows of data between), within 40 lines. */
function headerAbove(text: string, rowStart: number): string[] | undefined {
  let end = rowStart - 1;
  for (let n = 0; n < 40 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (/^[A-Za-z_][\w.]*(?:\|[A-Za-z_][\w.]*)+$/.test(line))
      return line.split('|').map((c) => c.split('.').pop() as string);
    if (!line.includes('|')) return undefined;
    end = start - 1;
  }
  return undefined;
}

/**
 * A birth key whose value is an object holding the value (`"Date of birth": { "href": "", "value":
 * "1996-01-27", "timestamp": 0 }`, Instagram's and Facebook's `string_map_data`): the object's
 * `value` (see `nestedValues`).
 */
export function nestedValueBirthDates(text: string, out: Finding[]): void {
  for (const { key, start, end } of nestedValues(text)) {
    if (!isBirthHeader(key)) continue;
    for (const span of datesIn(text, start, end)) out.push(finding(span, 0.9));
  }
}
