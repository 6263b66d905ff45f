import type { Finding } from '../detector.js';
import { isCueWord } from './name-cues.js';
import { givenNames, nameKey } from './names.js';
import {
  cellScore,
  givenThenWord,
  labelRow,
  postNominal,
  titleLength,
  trailingTitle,
} from './person-cells.js';
import {
  columnKind,
  contactLabel,
  fieldDisplayName,
  type HeaderKind,
  headerKind,
  namesWork,
  tableKind,
} from './person-headers.js';
import { rowLabelName } from './person-inverted.js';
import { brandIn, organisationRow } from './person-organisations.js';
import { thaiCellTitle } from './person-thai.js';
import { leadingTitle } from './person-titles.js';
import { listedKey, personAt, plainWord } from './person-words.js';
import { matchAt } from './scan.js';
import {
  type Cell,
  fixtureLine,
  hasRealMail,
  keyedValues,
  keyedValuesWithSiblings,
  normalizeHeader,
  placeholderRows,
  type TableCells,
  type TableGroup,
} from './tables.js';
import { answersQuestion } from './tables-answers.js';
import { type NestedValue, nestedValues } from './tables-json.js';

/**
 * PERSON readers for values under person columns and keys: the cells of result tables
 * (`tableCells`) and keyed values (`keyedValues`: JSON, YAML, `key: value`), each scored by
 * `cellScore`, with the spans where prose names are not people (organisation columns, labels,
 * fixtures).
 */

const animalRecord = /\b(?:Especie|Raza|Species|Breed|Rasse|Tierart|Espèce|Razza|Raça|Ras)\s*:/;

const bilingualCell = /^([^()]+?) \(([^()]+)\)$/;
/** Values joined by commas without blanks (`Vörös Tamás,Halász Lilla`), each of two words or more. */
const bareCommas = /^\p{L}[^,]* [^,]+(?:,\p{L}[^,]* [^,]+)+$/u;
/** The parts of a cell listing people: between `; ` and ` & `. */
const listedPart = /[^;&]*[^;&\s]/g;

/**
 * A handle or a nickname the user chose, one word that is no given name: in lower case under a
 * display name (`"display_name": "martu"`, Slack), or under a nickname (`"nickname": "Frosty"`,
 * Discord). A given name or its pet form there names the person (`aisha`, `Peggy`, `Bobby`).
 */
export function chosenName(header: string, value: string): boolean {
  if (value.includes(' ') || value.length > 32) return false;
  const key = normalizeHeader(header);
  if (givenNames.has(nameKey(value))) return false;
  return lowerWord.test(value) ? displayHeader.test(key) : nickHeader.test(key) && plainWord.test(value);
}

/**
 * Under a courier's field, a firm as often as a person (`DPD Express`, `Courier: Dawit`): a person's
 * name there holds a listed name.
 */
function carrierFirm(header: string, value: string): boolean {
  return (
    /(?:^|_)courier$/.test(normalizeHeader(header)) && !value.split(' ').some((w) => listedKey(nameKey(w)))
  );
}

const lowerWord = /^\p{Ll}[\p{Ll}\d]*$/u;
const displayHeader = /(?:^|_)(?:display|screen|user|nick)_?name$|^(?:nick|handle|alias)$/;
const nickHeader = /(?:^|_)nick_?name$|^nick$/;
const sentenceStop = /\p{Ll}{2}\.\s*$/u;

/** Where a value's first sentence ends, its full stop included; the value's length when it has one. */
function sentenceEnd(value: string): number {
  for (const m of value.matchAll(fullStopBetween)) {
    const word = m[1] as string;
    if (!leadingTitle.test(`${word}. X`)) return (m.index as number) + word.length + 1;
  }
  return value.length;
}

/** A word of three letters or more, its full stop, a blank and a capital: one sentence ending, the next starting. */
const fullStopBetween = /(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}'’-]*\p{Ll}{2})\. (?=\p{Lu})/gu;
/** `, Jennifer Soo-Ah` ending its line, before a wide gap or a remark in brackets. */
const lastFirstTail =
  /, \p{Lu}(?:[\p{L}'’-]+|\.)(?: \p{Lu}[\p{L}'’.-]*){0,2}(?=[ \t]{2,}|[ \t]*\(|[ \t]*\r?$)/muy;
/** A family name as a record writes it before `, Given`: `Park`, `Okonkwo-Bell`, `HASSAN`. */
const familyWord = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?)$/u;

/**
 * A person named inside an address or an organisation's field: after an addressee's mark or a title
 * (`Praxis Dr. Konstantin Wehrle, z. Hd. Dr. Wehrle, Schillerplatz 3`, `Attn: Dana Reyes, 1 Main St`).
 */
const addressee = /(?:^|[\s,(])(?:Attn\.?:?|c\/o|z\. ?Hd\.|Dr\.|Mr\.|Mrs\.|Ms\.|Herrn?|Frau) /;

/**
 * `'Connell`: the rest of an Irish or Italian name an unquoted value stops at (`Manager: Dana O'Connell`),
 * in capitals too before a form's next field (`Nom : N'DIAYE   Prénom : Awa`).
 */
const apostropheRest =
  /['’]\p{Lu}(?:\p{Ll}+|\p{Lu}+)(?:-\p{Lu}(?:\p{Ll}+|\p{Lu}+))?(?=[ \t]*(?:$|[\r\n,;])|[ \t]{2})/uy;

/** The end of an unquoted value cut at an apostrophe after a lone capital (`O`, `D`), else `end`. */
function apostropheTail(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if ((c !== 39 && c !== 0x2019) || !/(?:^|[ \t])\p{Lu}$/u.test(text.slice(end - 2, end))) return end;
  apostropheRest.lastIndex = end;
  return apostropheRest.test(text) ? apostropheRest.lastIndex : end;
}

/**
 * Names in the cells of a text's result tables (`tableCells`) under person columns, into `cells`; the
 * spans of header lines and of cells under organisation, product and place columns into `blocked`,
 * and those of fixture rows (`placeholderRows`) into `fixtureCells`.
 */
export function tableNames(
  text: string,
  table: TableCells,
  cells: Finding[],
  blocked: Array<[number, number]>,
  fixtureCells: Array<[number, number]>,
): void {
  const { start, end, column } = table;
  // `Brüt Maaş;Net Maaş;İşe Giriş` (gross and net pay, hire date): a table's header line names
  // its columns, no person (a line of one or two names may be a headerless file's first row).
  let lastGroup: TableGroup | undefined;
  for (const group of table.columnGroup)
    if (group !== lastGroup) {
      lastGroup = group;
      if (group.line !== undefined && group.headers.length >= 3) blocked.push([group.line[0], group.line[1]]);
    }
  const kinds = table.columnHeader.map((h, col) => columnKind(h, table.columnGroup[col] as TableGroup));
  const fixtures = placeholderRows(text, table);
  for (let i = 0; i < start.length; i++) {
    const col = column[i] as number;
    const kind = kinds[col];
    // `Jan;Kowalski;00000000000;jan.kowalski@example.com`: a fixture's row names no person.
    if (fixtures[i] === 1) {
      fixtureCells.push([start[i] as number, end[i] as number]);
      continue;
    }
    if (kind === undefined) {
      if (table.columnHeader[col] === '' && table.columnGroup[col - 1] !== table.columnGroup[col]) {
        const value = text.slice(start[i], table.valueEnd[i]);
        if (rowLabelName(value)) cells.push(personAt(start[i] as number, end[i] as number, 0.8));
      }
      continue;
    }
    let e = end[i] as number;
    const group = table.columnGroup[col] as TableGroup;
    if (kind === 'not' || (kind === 'bare' && tableKind(group) === 'things')) {
      // (A work's title may hold a title: `Mr. Brightside` under `Song request`.)
      if (
        namesWork(normalizeHeader(table.columnHeader[col] as string)) ||
        !addressee.test(text.slice(start[i], e))
      )
        blocked.push([start[i] as number, e]);
      continue;
    }
    let s = start[i] as number;
    let value = text.slice(s, table.valueEnd[i]);
    // `นายธนากร ศรีสุข`: a Thai title glued to the given name is no part of it.
    const glued = value.charCodeAt(0) >= 0x0e01 ? thaiCellTitle.exec(value) : null;
    if (glued !== null) {
      s += glued[0].length;
      value = value.slice(glued[0].length);
    }
    // `|Ccori Huallpa de ...|` (Spark's `show()` cuts a long value to 17 characters and `...`): the
    // name as far as it is shown.
    if (value.endsWith(' ...') && e === table.valueEnd[i]) {
      value = value.slice(0, -4);
      e = s + value.length;
    }
    // `Haddad, Karim Mr` (a hotel's arrivals list), `Detlef Rust B.Eng.`: a title or a degree after
    // the name is no part of it.
    const title = value.length > 6 ? (trailingTitle.exec(value) ?? postNominal.exec(value)) : null;
    if (title !== null && title.index > 2 && e === table.valueEnd[i]) {
      value = value.slice(0, title.index);
      e = s + value.length;
    }
    // Qualtrics' second header row labels the columns again (`Recipient Last Name`).
    if (value.length > 8 && value.includes(' ') && labelRow(value, table.columnHeader[col] as string))
      continue;
    // `Mbeki, Thandeka; Ortiz-Villanueva, Rubén` (a reference manager's authors), `Sherif Kamel &
    // Dina Rashad` (two clients): one name each, when every part is one.
    // `כהן, אביגיל (Cohen, Avigail)`: a name and its spelling in another script in brackets.
    const both = value.endsWith(')') && kind !== 'bare' ? bilingualCell.exec(value) : null;
    if (both !== null) {
      const inner = s + value.lastIndexOf('(') + 1;
      const outer = cellScore(
        both[1] as string,
        table.quoted[i],
        s + (both[1] as string).length,
        group,
        kind,
        text,
      );
      const other = cellScore(both[2] as string, table.quoted[i], e - 1, group, kind, text);
      if (outer > 0 && other > 0) {
        cells.push(personAt(s, s + (both[1] as string).length, outer));
        cells.push(personAt(inner, inner + (both[2] as string).length, other));
        continue;
      }
    }
    // Under a bare `name` only in a table of people: `string_agg(nombre, '; ') AS nombres`.
    if (
      (value.includes('; ') || value.includes(' & ')) &&
      (kind !== 'bare' || (value.includes('; ') && tableKind(group) === 'people'))
    ) {
      const parts: Array<[number, number, number]> = [];
      for (const m of value.matchAll(listedPart)) {
        const from = s + (m.index as number) + m[0].length - m[0].trimStart().length;
        const to = s + (m.index as number) + m[0].length;
        parts.push([from, to, cellScore(text.slice(from, to), table.quoted[i], to, group, kind, text)]);
      }
      if (parts.length > 1 && parts.every(([, , score]) => score > 0)) {
        for (const [from, to, score] of parts)
          cells.push({ type: 'PERSON', start: from, end: to, score, detector: 'person' });
        continue;
      }
    }
    if (organisationRow(text, table, i)) {
      blocked.push([s, e]);
      continue;
    }
    const header = table.columnHeader[col] as string;
    if (chosenName(header, value) || carrierFirm(header, value)) continue;
    const score = cellScore(value, table.quoted[i], e, group, kind, text);
    if (score > 0)
      cells.push({ type: 'PERSON', start: s + titleLength(value), end: e, score, detector: 'person' });
  }
}

/**
 * Names in a text's keyed values (`keyedValues`: JSON, YAML, `key: value` and `key=value`) under
 * person keys, into `cells`; the spans of field labels and of values under organisation keys, of
 * fixture records and of schema elements into `blocked`.
 */
export function keyedNames(text: string, cells: Finding[], blocked: Array<[number, number]>): void {
  let realMail: boolean | undefined;
  const keyed = keyedValues(text);
  const answers = text.includes('"answer"') || text.includes('"prettyFormat"');
  // Searched once per text, not per cell: a long text without one was read to its end for every cell.
  const [mail, values, ids] = keyed.length === 0 ? [] : ['@', '"value"', '"id"'].map((s) => text.includes(s));
  for (let i = 0; i < keyed.length; i++) {
    const cell = keyed[i] as Cell;
    // A form's label of several words says more than its last word (`Baba Adı`, father's name, is
    // a name field; `Adı` alone is not; `Company Name` names a company).
    const labelled = cell.label === undefined ? undefined : headerKind(cell.label);
    let kind = labelled ?? headerKind(cell.header);
    if (
      answers &&
      (kind === undefined || kind === 'bare') &&
      cell.quoted === true &&
      nameAnswerKey.test(cell.header) &&
      answersQuestion(text, keyedValuesWithSiblings(text), i, asksName)
    )
      kind = 'specific';
    if (kind === 'not' && partyOfSale(cell.header, cell.value)) kind = 'role';
    // A field's label is no person (`Veli Adı Soyadı`, guardian's full name; `Veli Cep Telefonu`).
    if (cell.labelStart !== undefined && (kind !== undefined || contactLabel(cell.label as string)))
      blocked.push([cell.labelStart, personInLabel(text, cell.labelStart, cell.start) ?? cell.start]);
    if (kind === undefined) continue;
    if (fieldDisplayName(cell.header, cell.value, text)) {
      blocked.push([cell.start, cell.end]);
      continue;
    }
    // `Chef de service : Pr Étienne Marchal-Duval` (read as the key `service`): a title says a person.
    if (kind === 'not') {
      if (
        namesWork(normalizeHeader(cell.header)) ||
        (!leadingTitle.test(cell.value) && !addressee.test(cell.value))
      )
        blocked.push([cell.start, cell.end]);
      continue;
    }
    // `{'etunimi': 'Matti', …, 'sahkoposti': 'matti.meikalainen@example.com'}` (a logged fixture):
    // a one-line record with an e-mail at a reserved domain, in a text with real ones, names no person.
    const fixture = mail === true && fixtureLine(text, cell.start);
    if (fixture) realMail ??= hasRealMail(text);
    if (fixture && realMail === true) {
      blocked.push([cell.start, cell.end]);
      continue;
    }
    // `<column name="STATE" type="VARCHAR(2)" />`: a schema element's name is an object's, no person's.
    if (kind === 'bare' && schemaElementName(text, cell.start)) {
      blocked.push([cell.start, cell.end]);
      continue;
    }
    // A bare `name` key needs its object's other keys (computed once per text, on demand).
    if (kind === 'bare') keyedValuesWithSiblings(text);
    // `"current_city": { "name": "Zaragoza, Spain" }`: the name of a place, a firm or a product.
    if (kind === 'bare' && text.charCodeAt(cell.start - 1) === 34 && placeObject(text, cell.start)) {
      blocked.push([cell.start, cell.end]);
      continue;
    }
    // `"payer": {"name": "Siim Lepik", "iban": …}`: the name of an object a party's key opens; a
    // package's `"contributors": [{"name": "Mateus Albuquerque", "url": …}]`, one of a list of people.
    if (
      kind === 'bare' &&
      text.charCodeAt(cell.start - 1) === 34 &&
      (partyObject.test(parentKey(text, cell.start)) || creditedName(text, cell.start))
    )
      kind = 'role';
    // `"Name": { "href": "", "value": "…" }`: a value nested in an object of its own is read among
    // its record's keys (see `nestedRecord`), not its object's metadata.
    const group =
      kind !== 'bare'
        ? cell
        : ((values === true ? nestedRecord(text, cell) : undefined) ??
          (ids === true ? listedFields(text, cell) : undefined) ??
          cell);
    if (kind === 'bare' && tableKind(group) === 'things') {
      blocked.push([cell.start, cell.end]);
      continue;
    }
    let end = cell.quoted === false ? apostropheTail(text, cell.end) : cell.end;
    // `Customer: Farida Oyelowo-Mensah. Verified ID: …`: the reader ran on to the next key, across a
    // sentence's full stop (after a word, not an initial or a title) and into the next sentence.
    if (cell.quoted === false && cell.value.includes('. ')) end = cell.start + sentenceEnd(cell.value);
    // `Applicant: Park, Jennifer Soo-Ah   AKA: …`: the reader stops at the comma of "Last, First".
    if (cell.quoted === false && text.charCodeAt(end) === 44 && familyWord.test(cell.value)) {
      lastFirstTail.lastIndex = end;
      const tail = lastFirstTail.exec(text);
      if (tail !== null) end += tail[0].length;
    }
    const value = end === cell.end ? cell.value : text.slice(cell.start, end);
    if (chosenName(cell.header, value) || carrierFirm(cell.header, value)) continue;
    // `Paciente: Bruno` ⏎ `Especie: Canino · Raza: Labrador`: a veterinary record's patient is an animal.
    if (kind !== 'specific' && animalRecord.test(text.slice(cell.end, cell.end + 200))) continue;
    // `full_name: "Vörös Tamás,Halász Lilla"` (a filter's values): names listed with bare commas.
    const joint = kind === 'specific' || kind === 'role' ? jointNames(text, cell, value, kind) : undefined;
    if (joint !== undefined) {
      for (const part of joint) cells.push(part);
      continue;
    }
    if (bareCommas.test(value)) {
      const parts: Finding[] = [];
      for (const m of value.matchAll(/[^,]+/g)) {
        const from = cell.start + m.index;
        const partScore = cellScore(m[0], cell.quoted, from + m[0].length, group, kind, text);
        if (partScore === 0) break;
        parts.push(personAt(from, from + m[0].length, partScore));
      }
      if (parts.length > 1 && parts.length === value.split(',').length) {
        for (const part of parts) cells.push(part);
        continue;
      }
    }
    const score = cellScore(value, cell.quoted, end, group, kind, text);
    // `Reviewer: Sipho Ndlovu.`: a sentence's full stop after an unquoted value (not an initial's dot).
    const stop = cell.quoted !== true && sentenceStop.test(value) ? 1 : 0;
    if (score > 0)
      cells.push({
        type: 'PERSON',
        // `' KWAME  ASANTE '`: blanks padding a quoted value are not the name's.
        start: cell.start + (value.length - value.trimStart().length) + titleLength(value.trimStart()),
        end: end - (value.length - value.trimEnd().length) - stop,
        score,
        detector: 'person',
      });
  }
  if (text.includes('/NAME/')) swiftNarrativeNames(text, cells);
}

/**
 * The counterparty after `/NAME/` in the structured subfields of an MT940 or MT942 statement line's
 * `:86:` narrative (`:86:/EREF/NOTPROVIDED/IBAN/GB32BARC…/NAME/Eleri Prydderch/REMI/Invoice 2024-117`;
 * `/ORDP//NAME/…`, `/BENM//NAME/…`, `/ULTD//NAME/…` for the ordering party, the beneficiary, the
 * ultimate debtor), up to the next subfield's slash or the line's end. A firm as often as a person, so
 * read as a party's column is (`role`): two words with no company's mark, or a listed name.
 */
function swiftNarrativeNames(text: string, cells: Finding[]): void {
  for (let at = text.indexOf('/NAME/'); at !== -1; at = text.indexOf('/NAME/', at + 6)) {
    // The field the line belongs to: the tag opening its line or one of the few above it (a `:86:`
    // wraps at 65 characters, six lines at most), with no blank line between.
    const tag = text.lastIndexOf('\n:', at) + 1;
    if (!text.startsWith(':86:', tag) || at - tag > 400 || text.slice(tag, at).includes('\n\n')) continue;
    const start = at + 6;
    let end = start;
    while (end < text.length && end - start < 70 && !narrativeEnd(text.charCodeAt(end))) end++;
    const value = text.slice(start, end).trimEnd();
    const score = cellScore(value, undefined, start + value.length, swiftParty, 'role', text);
    if (score > 0) cells.push(personAt(start, start + value.length, score));
  }
}

const swiftParty: TableGroup = { headers: ['payer_or_payee_name'] };

/** A slash (the next subfield), a line break or a `?` (a German structured subfield code) ends a name. */
const narrativeEnd = (c: number): boolean => c === 47 || c === 10 || c === 13 || c === 63;

/**
 * A form answer, written out or in parts, under a generic key: Jotform's `"name": "fullName", "text":
 * "שם מלא", "type": "control_fullname", "answer": {"first": "נועה", "last": "בן-דוד"}, "prettyFormat":
 * "נועה בן-דוד"`. Under a question naming a person's name field (see `answersQuestion`), each is a name.
 */
const nameAnswerKey = /^(?:answer|prettyFormat|first|middle|last)$/;
const asksName = (question: Cell): boolean =>
  question.value.length < 80 && headerKind(question.value) === 'specific';

/**
 * The record around a value nested in an object of its own (`"Name": { "href": "", "value":
 * "نورة الشمري", "timestamp": 0 }` beside `"Email": {…}` and `"Phone Number": {…}`, Instagram's
 * `string_map_data`): the keys of the run of such objects it is one of (each closed, then a comma,
 * before the next). Undefined for a value not so nested or alone.
 */
function nestedRecord(text: string, cell: Cell): TableGroup | undefined {
  if (text !== recordsText) {
    recordsText = text;
    records = new Map();
    let run: string[] = [];
    let prev: NestedValue | undefined;
    for (const value of nestedValues(text)) {
      if (prev === undefined || !recordBreak.test(text.slice(prev.end, value.keyStart))) run = [];
      run.push(value.key);
      records.set(value.start, run);
      prev = value;
    }
  }
  const keys = records.get(cell.start);
  return keys === undefined || keys.length < 2 ? undefined : { headers: keys, table: cell.table };
}

/**
 * The record around a bare name whose object lists its other fields after it as objects with an id
 * each (Monday.com's `{"id": "6120934471", "name": "अनुराधा त्रिपाठी", "column_values": [{"id":
 * "phone", "text": "+91 98204 17733"}, {"id": "email", …}]}`): the object's keys and those ids.
 * Undefined when it lists fewer than two.
 */
function listedFields(text: string, cell: Cell): TableGroup | undefined {
  let ids: string[] | undefined;
  let depth = 0; // brackets and braces opened since the value: a listed object's keys are at 2
  const limit = Math.min(text.length, cell.end + 4000);
  for (let i = cell.end + (cell.quoted === true ? 1 : 0); i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth < 0) break;
    } else if (c === 34) {
      const m = depth === 2 ? matchAt(fieldId, text, i) : null;
      if (m !== null) {
        ids ??= [];
        ids.push(m[1] as string);
        i += m[0].length - 1;
      } else {
        // Past the string: its closing quote, escapes skipped.
        for (i++; i < limit && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
      }
    }
  }
  return ids === undefined || ids.length < 2 ? undefined : { headers: [...cell.headers, ...ids] };
}

/** A listed object's `"id": "phone"`: the field it holds (an identifier, not a number). */
const fieldId = /"id"[ \t]*:[ \t]*"([A-Za-z_][\w.-]{0,63})"/y;

let recordsText: string | undefined;
let records = new Map<number, string[]>();
/** Between one nested value and the next one's key: the rest of its object, closed, and a comma. */
const recordBreak = /^"[^{}"]*(?:"[^{}"]*"[^{}"]*)*\}\s*,\s*$/;

/**
 * The key of the JSON object a value at `at` sits in (`current_city` of `"current_city": { "name":
 * "Zaragoza, Spain" }`), when its opening brace is on the value's line or the line before; else ''.
 */
export function parentKey(text: string, at: number): string {
  let depth = 0;
  for (let i = at - 1, lines = 0; i >= 0 && at - i < 400; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 && ++lines > 1) return '';
    if (c === 125) depth++;
    else if (c === 123 && depth-- === 0) {
      const m = objectKey.exec(text.slice(Math.max(0, i - 60), i));
      return m === null ? '' : (m[1] as string);
    }
  }
  return '';
}

/** Whether a value sits in an object for a place, a firm or a product, not an address (see `parentKey`). */
function placeObject(text: string, at: number): boolean {
  const parent = parentKey(text, at);
  return parent !== '' && headerKind(parent) === 'not' && !addressKey.test(normalizeHeader(parent));
}

/**
 * The keys of a payment's, an order's or a booking's parties whose object holds a person's `name`
 * (a payment event's `payer` and `payee`, ISO 20022's `debtor` and `creditor`, a booking's `guest`).
 * Not `client`, `agent` or `owner`, whose objects are as often software's or a team's.
 */
const partyObject =
  /^(?:payer|payee|debtor|creditor|sender|recipient|beneficiary|remitter|customer|cardholder|card_?holder|account_?holder|buyer|guest|patient|passenger|applicant|policyholder)$/i;

/**
 * The keys of a package's or a project's lists of people (package.json's `author` and
 * `contributors`, composer.json's and pyproject.toml's `authors` and `maintainers`), whose objects
 * hold a person's `name` beside a `url` or a `homepage` that would read as a thing's.
 */
const creditList = /^(?:authors|contributors|maintainers)$/;

/** Whether a value at `at` is in an object listed under a `creditList` key (texts holding none skip the scan). */
function creditedName(text: string, at: number): boolean {
  if (text !== creditsText) {
    creditsText = text;
    creditsHeld = text.includes('authors') || text.includes('contributors') || text.includes('maintainers');
  }
  return creditsHeld && creditList.test(listKey(text, at));
}

let creditsText: string | undefined;
let creditsHeld = false;

/**
 * The key of the list the object around a value at `at` is an item of (`contributors` of
 * `"contributors": [{ "name": "Annika Sjöberg" }, { "name": "Mateus Albuquerque" }]`, in JSON or a
 * TOML array of inline tables), its earlier items skipped; '' when the object is in no list.
 */
function listKey(text: string, at: number): string {
  let depth = 0;
  let inObject = false;
  for (let i = at - 1; i >= 0 && at - i < 2000; i--) {
    const c = text.charCodeAt(i);
    if (c === 125 || c === 93) depth++;
    else if (c === 123 || c === 91) {
      if (depth > 0) depth--;
      else if (!inObject) {
        if (c === 91) return '';
        inObject = true;
      } else {
        if (c === 123) return '';
        const m = listedUnder.exec(text.slice(Math.max(0, i - 60), i));
        return m === null ? '' : (m[1] as string);
      }
    }
  }
  return '';
}

const listedUnder = /["']?([A-Za-z_][\w-]{0,40})["']? ?[:=] ?$/;

/** `billing_address`, `shipping_address`: the name in an address is its addressee's. */
const addressKey = /addr|adress|direccion|endereco|indirizzo|alamat|dia_chi/;
const objectKey = /"([A-Za-z_][\w-]{0,40})" ?: ?$/;

/**
 * `Buyer: Chen Weiliang and Hsu Mei-Ling`, `Tenants: Ana Ruiz & Joel Brandt`: two people under one
 * person's field, joined by `and` or an ampersand (where the key/value reader stops), or by the
 * relation South Asian records write after a person (`Patient: Muhammad Usman Tariq s/o Tariq
 * Mehmood`: son of; `d/o`, daughter of; `w/o`, wife of). Each, when both read as names under the
 * field; else undefined.
 */
function jointNames(text: string, cell: Cell, value: string, kind: HeaderKind): Finding[] | undefined {
  if (cell.quoted !== false) return undefined;
  let first = value;
  let second: string | undefined;
  let secondAt = 0;
  const and = value.indexOf(' and ');
  const relation = value.includes('/') ? relationOf.exec(value) : null;
  if (and > 0 || relation !== null) {
    const at = relation === null ? and : relation.index;
    const width = relation === null ? 5 : relation[0].length;
    first = value.slice(0, at);
    second = value.slice(at + width);
    secondAt = cell.start + at + width;
  } else if (text.charCodeAt(cell.end) === 32 || text.charCodeAt(cell.end) === 38) {
    const m = ampersandName.exec(text.slice(cell.end, cell.end + 80));
    if (m === null) return undefined;
    second = m[1] as string;
    secondAt = cell.end + m[0].length - second.length;
  }
  if (second === undefined || second.includes(' and ')) return undefined;
  const firstEnd = cell.start + first.length;
  const a = cellScore(first, false, firstEnd, cell, kind, text);
  const b = a > 0 ? cellScore(second, false, secondAt + second.length, cell, kind, text) : 0;
  if (b === 0 || second.split(' ').length < 2 || first.split(' ').length < 2) return undefined;
  return [personAt(cell.start, firstEnd, a), personAt(secondAt, secondAt + second.length, b)];
}

/** ` s/o `, ` D/O `, ` w/o ` between a person and a parent or a husband (see `jointNames`). */
const relationOf = / [SDWsdw]\/[Oo] /;

/** `& Hsu Mei-Ling` after a field's value, up to a wide gap, a comma or the line's end. */
const ampersandName =
  /^ ?& ?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})(?=[ \t]{2,}|[ \t]*(?:[,;]|\r?\n|$))/u;

/**
 * `Seller: Bartholomew K. Ashcroft` (a settlement statement), `Vendor: Margaret Oyelaran` (a
 * conveyance): a party to a sale is a shop in a marketplace's data, and a person in a house's or a
 * car's; a listed given name first and no company's mark say the person.
 */
function partyOfSale(header: string, value: string): boolean {
  return (
    saleParty.test(normalizeHeader(header)) && givenThenWord(value) && !brandIn(value.split(' ').map(nameKey))
  );
}

const saleParty =
  /^(?:sellers?|vendors?|verkaufer(?:in)?|vendeur|vendeuse|vendedora?|venditrice|venditore|verkoper)$/;

/**
 * Whether the value at `at` is the `name` attribute of an XML element for a schema's or a program's
 * object: `<column name="STATE" type="VARCHAR(2)" />`, `<table name="CUSTOMERS">`, `<field name=…>`,
 * `<param name=…>`. Attributes of one element are no record of a person, whatever keys follow.
 */
function schemaElementName(text: string, at: number): boolean {
  if (at < 8 || text.charCodeAt(at - 1) !== 34 || !text.startsWith('name=', at - 6)) return false;
  const open = text.lastIndexOf('<', at);
  if (open === -1 || at - open > 200 || text.lastIndexOf('>', at) > open) return false;
  return schemaElement.test(text.slice(open + 1, Math.min(at, open + 24)));
}

const schemaElement =
  /^(?:[\w-]+:)?(?:column|col|table|view|field|attribute|attr|property|param|parameter|index|key|element|entity|schema|database|dataset|model|metric|dimension|measure|source|variable|var|argument|arg|option|input|select|sheet|cell|node|step|task|job|target|module|package|class|method|function|test)\b/i;

/**
 * `Vasket adresse for kunde Lærke Thomsen: '…'` (an address washed for the customer …): where a
 * label's words end in a person's role and capitalised words, the label names someone, and only the
 * words up to the role are the label's. Returns where those capitalised words start.
 */
function personInLabel(text: string, labelStart: number, valueStart: number): number | undefined {
  const m = roleThenName.exec(text.slice(labelStart, valueStart));
  return m !== null && isCueWord((m[1] as string).toLowerCase())
    ? labelStart + m.index + (m[1] as string).length + 1
    : undefined;
}

/** A word of lower-case letters, then two or three capitalised words closing the label before its colon. */
const roleThenName = /(\p{Ll}+) (?:\p{Lu}[\p{Ll}'’-]+ ){1,2}\p{Lu}[\p{Ll}'’-]+[ \t]*[:=]/u;
