import type { Detector, Finding } from '../detector.js';
import {
  boundParamDates,
  boundTupleDates,
  boundValues,
  columnListDates,
  indexerDates,
  parsedBirthDates,
  queryResultDates,
  replDates,
  sqlDateType,
  typedLiteralDates,
} from './date-of-birth-code.js';
import {
  alignedDates,
  alignedHeader,
  alignedHeaders,
  commentColumnDates,
  commentHeaders,
  commentLine,
  compactBoxDates,
  escapedTableDates,
  fixedWidthDates,
  frameDates,
  frameHeader,
  frameHeaders,
  headerColumnDates,
  headerLines,
} from './date-of-birth-columns.js';
import {
  androidEventBirthDates,
  calendarBirthDates,
  nestedValueBirthDates,
  vcardBirthDates,
} from './date-of-birth-contacts.js';
import { Header, headerKind, identifier, isBirthHeader } from './date-of-birth-cues.js';
import {
  allDates,
  callDate,
  dateCall,
  datesIn,
  epochDate,
  finding,
  isAsciiLetter,
  isDigitAt,
  readCalendars,
} from './date-of-birth-dates.js';
import {
  errorLineDates,
  errorLines,
  fieldName,
  fieldNumbers,
  noteErrorLine,
  numberedFieldDates,
  validationInputs,
} from './date-of-birth-errors.js';
import {
  checkBound,
  firstOfJanuary,
  formSample,
  notPersonalAt,
  placeholderDate,
  rangeCell,
  specimen,
} from './date-of-birth-exclusions.js';
import {
  airlineBirthDates,
  gedcomBirthDates,
  licenceBirthDates,
  pydicomDates,
} from './date-of-birth-formats.js';
import {
  answerDates,
  answerKey,
  epochValues,
  goldAnswer,
  legendIdDates,
  placeThenDateValue,
  repeatedEpochDates,
} from './date-of-birth-keyed.js';
import { joined, labelled } from './date-of-birth-labels.js';
import {
  badFileDates,
  columnlessInsertDates,
  createTable,
  failingRowDates,
  rawLineDates,
  readrProblemDates,
  rejectedRecordDates,
  rowDumpDates,
  sasRecordDates,
} from './date-of-birth-rows.js';
import {
  eraBirthDates,
  koreanBirthDates,
  thaiBirthDates,
  yearMonthBirthDates,
} from './date-of-birth-scripts.js';
import { ocrRead, ocrZero, slippedDates } from './date-of-birth-slips.js';
import { requestFollows, spokenDates } from './date-of-birth-transcripts.js';
import { holds } from './scan.js';
import {
  type Cell,
  dedupe,
  fixtureLine,
  keyedValues,
  placeholderRows,
  type TableCells,
  type TableGroup,
  tableCells,
} from './tables.js';

export { isBirthHeader } from './date-of-birth-cues.js';

/**
 * DATE_OF_BIRTH: a date is only a birth date when something says so: its column or JSON key
 * (`dob`, `birth_date`, `Geburtsdatum`, `date_de_naissance`, `fecha_de_nacimiento`, …) or a birth
 * word just before it ("born", "DOB", "geboren", "né le", "nacido"). Plain dates, timestamps and
 * `created_at` values are not findings.
 */

/**
 * Every birth word `labelled` can see (`trigger` and `triggerAfter`), without their lookarounds: a
 * superset of where they match in any part of a line. Without the `u` flag (faster), case folding
 * differs from theirs only in the non-ASCII letters `iu` folds to ASCII ones: `ſ` (to `s`) is spelled
 * out, and `K` (to `k`) folds to no letter of these words. Hungarian `szül` and Malay `lahir` are
 * left to `rareWords`; the genealogist's `b. 1…`, `†` and `°` mark lines `signLabelled` reads, and `BIRT`
 * (`irth?`) a GEDCOM event.
 */
const triggerWords =
  /b(?:orn|irth?|-?day|\.[ \t]{0,2}\d)|d\.?o\.?b|ge(?:b\.|boren?|boorte|burt[sſ](?:datum|tag)|nn?i(?:t|[sſ]i[sſ]))|n(?:[ée]e?[ \t]+le|ée?|ee|ai[sſ][sſ]ance|aixement|ac(?:i(?:d[oa]|miento|[óo])?|í|\.)|at[oa]|a[sſ]c(?:i(?:ta|d[oa]|mento)?|eu|ut|ud[ao])|ă[sſ]cut|a[șşsſ]terii)|urodz(?:on[ya]|i|enia)|(?<![a-z])ur\.|(?<![a-z])nar(?:\.|o[zd])|f(?:[öo]dd|[øo]dt|[øo]dsel|[öo]delse|\.[ \t]{0,2}\d)|s(?:inh|yntyi|yntynyt|yntym|\.[ \t]{0,2}\d)|do[ğg](?:um|du)|cumpleaño[sſ]|†|✝|°[ \t]?\d|生年月日|誕生日|出生|生日|生まれ|日生|생년월일|생일|рожд|(?<![а-яё])д\.?[ \t]?р(?![а-яё])|родил|дата[ \t]+нар|народил|γ[εέ]νν[ηή]σ|γεννήθηκ|לידה|נולד|تاريخ|تاریخ|مواليد|مولود|जन्म|জন্ম|பிறந்த|төрсөн|janm|เกิด/gi;

/**
 * The lines (start and end offsets, flat, in order) holding a birth word. A date and the words that
 * label it are on one line (no date match and no `labelled` window crosses a `\n`), so dates on other
 * lines can never be findings and `allDates` skips them: matches never cross a line either, so the
 * dates it finds on the lines it keeps are the same.
 */
function triggerLines(text: string, words: RegExp = triggerWords): number[] {
  const out: number[] = [];
  words.lastIndex = 0;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd === -1) lineEnd = text.length;
    const next = lineEnd;
    note(text, m, lineStart, lineEnd);
    let after = m.index + m[0].length;
    while (after < lineEnd && isAsciiLetter(text.charCodeAt(after))) after++; // `Birth|date`
    const rest = lineEnd < text.length ? text.slice(after, lineEnd) : '';
    // A label ending its line (`Born ⏎ <time ⏎ dateTime="…">`) may be the date's a few markup lines
    // down; a request naming the birth date among other things is answered on the next line; a
    // question ending a message's JSON string (`"body": "<p>… date of birth?</p>"`) is answered in the
    // next message, its author's object between them. Korean and Japanese ask with a request, not a
    // question mark (`생년월일 알려주세요`).
    const more = jsonQuestion.test(rest)
      ? 12
      : /^[\s?¿:.!"'},\]]*$|\?[\s"'},\]]*$/.test(rest) ||
          (m[0].charCodeAt(0) > 0x3000 && requestFollows(rest))
        ? 4
        : rest.includes(',') && !/\d/.test(rest)
          ? 1
          : 0;
    for (let k = 0; k < more && lineEnd < text.length; k++) {
      const next = text.indexOf('\n', lineEnd + 1);
      lineEnd = next === -1 ? text.length : next;
    }
    // Windows that meet are merged: a question inside the lines after another one extends them.
    if (out.length === 0 || (out[out.length - 1] as number) < lineStart) out.push(lineStart, lineEnd);
    else out[out.length - 1] = Math.max(out[out.length - 1] as number, lineEnd);
    words.lastIndex = next;
  }
  return out;
}

/**
 * Birth words of Hungarian (`szül.`, `születési idő`), Malay/Indonesian (`Tarikh Lahir`), Tagalog
 * (`ipinanganak noong`, born on), Swahili (`alizaliwa`, was born) and the
 * languages whose birth-date labels `trigger` reads in a form's line (`Dzimšanas datums`, `Datum
 * rođenja`, `Tarehe ya kuzaliwa`, `Дата на раждане`, `Туған күні`, `Dyddiad geni`, `Gebuertsdatum`) that `triggerWords` leaves out
 * (their letters would slow it on every text): searched only in texts that hold them, found by
 * a cheap search for a part of them in lower case (`rareParts`).
 */
const rareWords =
  /szül|lahir|dzim[šs]anas|gimimo|narodenia|na[șşs]tere|ro(?:đ|dj|d)enja|rojst|lindj|twelid|dyddiad[ \t]+geni|nacemento|gebuer|kapanganakan|ipinanganak|isinilang|(?:ku|ali|nili|uli)zaliwa|haihuwa|kuzalwa|s[üu]nni(?:aeg|kuup|p[äa]ev)|раждане|рожден|рођења|ра[ѓг]ање|нараджэння|күні|туғилган|tug[ʻ‘’'`]?ilgan|დაბადების|ծննդյան|ትውልድ|ልደት/gi;
/**
 * The parts as one regex of the literals (no metacharacter among them): one scan of the text, not one
 * `includes` per part (measured: about half the time on the bench corpus, same answer).
 */
const rareParts = new RegExp(
  'zül Lahir lahir LAHIR zimšan zimsan imimo arodenia aștere aştere nastere ođenja odjenja odenja ojst lindj welid yddiad acemento ebuer anganakan pinanganak sinilang zaliwa aihuwa zalwa ünni unniaeg unnikuup unnipaev ждане рожден ођења ѓање гање джэння күні ғилган ilgan დაბადების ծննդյան ትውልድ ልደት'
    .split(' ')
    .join('|'),
);

function rareLines(text: string, lines: number[]): number[] {
  if (!rareParts.test(text)) return lines;
  const extra = triggerLines(text, rareWords);
  if (extra.length === 0) return lines;
  // Merged with the trigger lines, in order, windows that meet joined.
  const all: Array<[number, number]> = [];
  for (const list of [lines, extra])
    for (let l = 0; l < list.length; l += 2) all.push([list[l] as number, list[l + 1] as number]);
  all.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [from, to] of all) {
    if (out.length === 0 || (out[out.length - 1] as number) < from) out.push(from, to);
    else out[out.length - 1] = Math.max(out[out.length - 1] as number, to);
  }
  return out;
}

/** A question closing a JSON string, its markup's closing tags between (`?</p>",`). */
const jsonQuestion = /\?(?:<\/[a-z]{1,10}>)*"[ \t]*,?[ \t\r]*$/;

/** What `triggerLines` saw, for the passes that only some texts need (bits of `Seen`). */
let seen = 0;
const Seen = { thai: 1, cjk: 2, korean: 4, gedcom: 8, query: 16 } as const;

function note(text: string, m: RegExpExecArray, lineStart: number, lineEnd: number): void {
  const word = m[0];
  const c = word.charCodeAt(0);
  if (c === 0xe40) seen |= Seen.thai;
  else if (c === 0xc0dd) seen |= Seen.korean;
  else if (c === 0x751f || c === 0x8a95 || c === 0x65e5 || c === 0x51fa) seen |= Seen.cjk;
  else if (word === 'BIRT') seen |= Seen.gedcom;
  else if (identifier(text, m.index, m.index + word.length)) {
    seen |= Seen.query;
    if (
      lineEnd - lineStart < 1000 &&
      commentLine(text, lineStart) &&
      commentHeaders[commentHeaders.length - 2] !== lineStart
    )
      commentHeaders.push(lineStart, lineEnd);
  }
  if (
    lineEnd - lineStart < 2000 &&
    errorLines[errorLines.length - 2] !== lineStart &&
    fieldName(text, m.index, m.index + word.length)
  )
    noteErrorLine(text, lineStart, lineEnd);
  // A header row is short; a longer line (minified, a log blob) would be walked once per birth word.
  // The word opens a header (after a blank) or ends one (`date_naissance`).
  const before = text.charCodeAt(m.index - 1);
  if ((before === 32 || before === 95 || m.index === lineStart) && lineEnd - lineStart < 1000)
    alignedHeader(text, lineStart, lineEnd);
  if (lineEnd - lineStart < 1000 && frameHeaders[frameHeaders.length - 3] !== lineEnd)
    frameHeader(text, m.index, lineStart, lineEnd);
  if (readHeaderLines === undefined || readHeaderLines.includes(lineStart)) return;
  // A header cell: the birth word, the rest of its cell (`Lahir`, `nac.`, `לידה    `), then `|`, `;` or a tab.
  const end = Math.min(lineEnd, m.index + word.length + 24);
  let k = m.index + word.length;
  while (k < end && !isDelimiter(text.charCodeAt(k)) && !isDigitAt(text, k)) k++;
  if (k < lineEnd && !isDelimiter(text.charCodeAt(k))) return;
  const sep = lineEnd - lineStart < 1000 ? delimiterOf(text, lineStart, lineEnd) : 0;
  if (sep !== 0) {
    let from = m.index;
    while (from > lineStart && text.charCodeAt(from - 1) !== sep) from--;
    let to = m.index;
    while (to < lineEnd && text.charCodeAt(to) !== sep) to++;
    if (isBirthHeader(text.slice(from, to).trim())) headerLines.push(lineStart, lineEnd, sep);
  }
}

/**
 * The header lines (their starts) of the tables the table reader read a birth column of: the header
 * fallback (`headerLines`) reads every other table's, a semicolon export's beside a pipe table the
 * reader left alone. `undefined` when such a table has no header line of its own (an `INSERT`'s
 * columns, a JSON array's keys): the fallback is then off for the whole text.
 */
let readHeaderLines: number[] | undefined = [];

/** The header lines of the tables with a birth column, of the columns of `kinds` (see `readHeaderLines`). */
function birthTableLines(cells: TableCells, kinds: readonly number[]): number[] | undefined {
  const lines: number[] = [];
  for (let c = 0; c < kinds.length; c++) {
    if (kinds[c] !== Header.birth) continue;
    const line = (cells.columnGroup[c] as TableGroup).line;
    if (line === undefined) return undefined;
    if (!lines.includes(line[0])) lines.push(line[0]);
  }
  return lines;
}

/**
 * `|`, `│` (a box's rule: Node's `console.table`), `;`, a tab, or a comma (a CSV header the table
 * reader did not take: see `delimiterOf`).
 */
const isDelimiter = (c: number): boolean => c === 124 || c === 0x2502 || c === 59 || c === 9 || c === 44;

/**
 * `|`, `│`, `;` or a tab when the line holds two or more of it (a header row's cells), else a comma when
 * it holds three or more and no digit (a CSV header whose cells the table reader did not take: a
 * Google Forms question ending in Arabic's `؟`; prose lists fewer), else 0.
 */
function delimiterOf(text: string, from: number, to: number): number {
  let pipes = 0;
  let rules = 0;
  let semicolons = 0;
  let tabs = 0;
  let commas = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 124 && ++pipes === 2) return c;
    if (c === 0x2502 && ++rules === 2) return c;
    if (c === 59 && ++semicolons === 2) return c;
    if (c === 9 && ++tabs === 2) return c;
    if (c === 44) commas++;
    else if (c >= 48 && c <= 57) commas = -1_000_000; // a header names, it holds no number
  }
  return commas >= 3 ? 44 : 0;
}

export const dateOfBirthDetector: Detector = {
  id: 'date-of-birth',
  entities: ['DATE_OF_BIRTH'],
  detect(text) {
    readCalendars(text);
    const found: Finding[] = [];
    const cells = tableCells(text);
    const { start, end, column } = cells;
    let hasBirthColumn = false;
    let notAPerson = false;
    let birthLines: number[] | undefined = [];
    if (start.length > 0) {
      const kinds = cells.columnHeader.map(headerKind);
      hasBirthColumn = kinds.includes(Header.birth);
      if (hasBirthColumn) birthLines = birthTableLines(cells, kinds);
      notAPerson = kinds.includes(Header.animal);
      // `Doğum Yeri / Tarihi`, `Place and date of birth`: the date in a cell that names the place too.
      if (hasBirthColumn || kinds.includes(Header.placeAndDate)) {
        // A fixture's row (`placeholderRows`, or a row beside an e-mail at a reserved domain: see
        // `fixtureLine`): its 1 January is the fixture's filler, not a birth date.
        const fixtures = placeholderRows(text, cells);
        const mails = text.includes('@');
        for (let i = 0; i < start.length; i++) {
          const kind = kinds[column[i] as number];
          if (
            (kind === Header.birth || kind === Header.placeAndDate) &&
            !rangeCell(text, start[i] as number, cells.valueEnd[i] as number)
          )
            for (const span of datesIn(text, start[i] as number, end[i] as number))
              if (
                !firstOfJanuary.test(text.slice(span[0], span[1])) ||
                (fixtures[i] !== 1 && !(mails && fixtureLine(text, span[0])))
              )
                found.push(finding(span, 0.9));
        }
      }
    }
    if (text.includes('|\\n|')) escapedTableDates(text, found);
    const keyed = keyedValues(text);
    epochValues.length = 0;
    const answers: number[] = [];
    for (let i = 0; i < keyed.length; i++) {
      const c = keyed[i] as Cell;
      const kind = headerKind(c.header);
      if (kind !== Header.birth) {
        if ((answerKey.has(c.header) || goldAnswer.test(c.header)) && c.value.length <= 40) answers.push(i);
        if (kind === Header.placeAndDate) placeThenDateValue(text, c, found);
        else if (kind === Header.animal || (c.value.charCodeAt(0) === 77 && specimen(c.value)))
          notAPerson = true;
        continue;
      }
      const before = found.length;
      for (const span of datesIn(text, c.start, c.end)) found.push(finding(span, 0.9));
      if (found.length === before) placeThenDateValue(text, c, found);
      const args = c.quoted === false && dateCall.test(c.value) ? callDate(text, c.end) : undefined;
      if (args) found.push(finding(args, 0.9));
      if (c.quoted === false && sqlDateType.test(c.value)) typedLiteralDates(text, c.end, found);
      // `"propertyValue": "181267200000"` (HubSpot's name/value pair, read as the named key's value):
      // epoch seconds or milliseconds sent as a string.
      if ((c.quoted === false || /^\d{9,13}$/.test(c.value)) && epochDate(c.value)) {
        found.push(finding([c.start, c.end], 0.85));
        if (epochValues.length <= 4 && !epochValues.includes(c.value)) epochValues.push(c.value);
      }
    }
    if (answers.length > 0) answerDates(text, answers, found);
    if (
      (text.includes('columns') || text.includes('names')) &&
      (text.includes('=[') || text.includes('= [') || text.includes('": ['))
    )
      columnListDates(text, found);
    if (text.includes('.loc[') || text.includes('.at[')) indexerDates(text, found);
    if (text.includes('CHD') || text.includes('SSR DOCS')) airlineBirthDates(text, found);
    // A cue opening with a blank is searched for by the rest of it (see `holds`): a search skips
    // ahead to a cue's first character, and blanks are everywhere.
    if (holds(text, ' ', "DA: '")) pydicomDates(text, found);
    if (text.includes('BDAY') || text.includes('bday')) vcardBirthDates(text, found);
    if (text.includes('BEGIN:VEVENT')) calendarBirthDates(text, found);
    if (text.includes('/contact_event|')) androidEventBirthDates(text, found);
    if (text.includes('"value"') || text.includes('"start"')) nestedValueBirthDates(text, found);
    if (text.includes('\n3. ') || text.includes('\n3 ')) licenceBirthDates(text, found);
    if ((text.includes('("') || text.includes("('")) && (text.includes('irth') || /dob/i.test(text)))
      parsedBirthDates(text, found);
    // A date joined to a labelled one (`DOB 1990-02-14 vs 1962-07-01`) is labelled by the same word.
    let prev: [number, number] | undefined;
    seen = 0;
    headerLines.length = 0;
    alignedHeaders.length = 0;
    frameHeaders.length = 0;
    commentHeaders.length = 0;
    errorLines.length = 0;
    fieldNumbers.length = 0;
    readHeaderLines = birthLines;
    const lines = rareLines(text, triggerLines(text));
    if (text.includes('"id"') && text.includes(')')) legendIdDates(text, lines, found);
    for (const span of allDates(text, lines)) {
      const yes = labelled(text, span[0], span[1]) || (prev !== undefined && joined(text, prev[1], span[0]));
      if (yes) found.push(finding(span, 0.8));
      prev = yes ? span : undefined;
    }
    for (const [start, end] of spokenDates(text, lines)) {
      // `Caller: the 4th of may …`: the article is part of the answer, not of the date.
      const article = /^the[ \t]+/i.exec(text.slice(start, start + 8))?.[0].length ?? 0;
      if (labelled(text, start, end)) found.push(finding([start + article, end], 0.8));
    }
    // `Date of Birth: O8/l9/l96l`: a date OCR read letters into, found on a copy read as digits.
    const read = ocrRead(text, lines);
    if (read !== undefined)
      for (const span of allDates(read, lines))
        if (text.slice(span[0], span[1]) !== read.slice(span[0], span[1]) && labelled(read, span[0], span[1]))
          found.push(finding(span, 0.75));
    // Tables the table reader did not read a birth column of (see `readHeaderLines`).
    if (headerLines.length > 0) headerColumnDates(text, found);
    if (alignedHeaders.length > 0) alignedDates(text, found);
    if (frameHeaders.length > 0) frameDates(text, found);
    if (text.includes('input_value=')) validationInputs(text, found);
    if (text.includes('Failing row contains (') || text.includes('parameters: $'))
      failingRowDates(text, found);
    if (commentHeaders.length > 0) {
      commentColumnDates(text, found);
      fixedWidthDates(text, found);
    }
    if (boundValues.test(text)) boundTupleDates(text, found);
    if (text.includes('PARAMETERS: [') || text.includes('Params: [')) boundParamDates(text, found);
    if (errorLines.length > 0) errorLineDates(text, found);
    if (epochValues.length > 0 && epochValues.length <= 4) repeatedEpochDates(text, found);
    if (text.includes('>>> ') || text.includes('In [')) replDates(text, found);
    if (text.includes('┌─')) compactBoxDates(text, found);
    if (text.includes('Row Values: [') || text.includes('Failing row contains (')) rowDumpDates(text, found);
    if (text.includes('raw_line')) rawLineDates(text, found);
    if (text.includes('_ERROR_=') && text.includes('RULE:')) sasRecordDates(text, found);
    if (text.includes('Rejected - Error on table')) badFileDates(text, found);
    if ((holds(text, ' ', 'VALUES (') || holds(text, ' ', 'VALUES(')) && !createTable.test(text))
      columnlessInsertDates(text, found);
    if (text.includes('col_date') && text.includes(' expected ')) readrProblemDates(text, found);
    if (fieldNumbers.length > 0) numberedFieldDates(text, found);
    if (text.includes('"["')) rejectedRecordDates(text, found);
    if (seen & Seen.thai) thaiBirthDates(text, found);
    if (seen & Seen.cjk) {
      eraBirthDates(text, found);
      if (text.includes('出生年月')) yearMonthBirthDates(text, found);
    }
    if (seen & Seen.korean) koreanBirthDates(text, found);
    if (seen & Seen.gedcom) gedcomBirthDates(text, found);
    if (seen & Seen.query && text.includes('[(')) queryResultDates(text, found);
    if (found.length === 0) return found;
    // An animal's record or an identity document's specimen: its paragraph's dates are no person's;
    // nor is a validation check's bound (`less_than_or_equal_to(2006-03-12)` on a birth column), nor
    // a form's filled-in sample.
    const personal = (f: Finding): boolean =>
      !(notAPerson && notPersonalAt(text, f.start, f.end)) &&
      !checkBound(text, f.start) &&
      !placeholderDate(text, f.start, f.end) &&
      !formSample(text, f.start);
    const people = found.filter(personal);
    for (const f of slippedDates(text, people)) if (personal(f)) people.push(f);
    for (let i = 0; i < people.length; i++) ocrZero(text, people, i);
    return dedupe(people);
  },
};
