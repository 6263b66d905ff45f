import type { Detector, Finding } from '../detector.js';
import { companyMarks, nameKey, notNames } from './names.js';
import { isDigit, sticky } from './scan.js';

/**
 * Airline and travel records, read by their structure (IATA and UN/EDIFACT formats, which write
 * people in capitals and glue fields together, so prose rules cannot read them):
 * - PNR displays (Amadeus, Sabre): numbered name elements `1.1KOWALSKI/PIOTR MR`, `2.MARTIN/LOUIS
 *   MSTR(CHD/14MAY16)`, names in Sabre ticketing lines (`TE 0802412345671-AT KOWALSKI/P`), `SSR DOCS`
 *   passport lines (birth date and name), `SSR CHLD` and `SSR INFT` birth dates, contacts in `SSR
 *   CTCE` (an e-mail in IATA's encoding, `//` for `@`), `SSR CTCM` and `OSI … CTCM` (a phone without
 *   its `+`), and the phones of Sabre's `PHONES` field after their city code (`1.WAW+48 22 627 11 44-A`);
 * - IATA bar-coded boarding passes (BCBP): `M1` and a 20-character `SURNAME/GIVEN` field, padded with
 *   blanks or glued to the electronic-ticket indicator `E`;
 * - EDIFACT PAXLST (API) messages: a passenger's or crew member's name composite
 *   (`NAD+FL+++AKSOY:ELIF NUR+…`), a birth date (`DTM+329:910714`) and a phone (`COM+… :TE`);
 * - a passenger named there and said alone elsewhere in the text (`RECEIVED FROM - PIOTR`, `reissued
 *   to VAN DER MERWE`, `Oskar, see below`), as the registry does for names it can split.
 * A name element is one span without its title (`KOWALSKI/PIOTR`, `AKSOY:ELIF NUR`).
 */
export const travelDetector: Detector = {
  id: 'travel',
  entities: ['PERSON', 'PHONE', 'EMAIL', 'DATE_OF_BIRTH'],
  detect(text) {
    return travelFindings(text);
  },
};

/** A passenger's name as found: its family and given parts (in capitals, as written). */
interface Passenger {
  family: string;
  given: string;
}

export function travelFindings(text: string): Finding[] {
  const out: Finding[] = [];
  const people: Passenger[] = [];
  // Gates lead with rare characters or capitals: most texts hold none of these.
  const pnr =
    text.includes('SSR ') ||
    text.includes('OSI ') ||
    text.includes('RECEIVED FROM') ||
    text.includes('PHONES') ||
    text.includes('RP/') ||
    text.includes('TKT/');
  if (pnr) numberedNames(text, out, people);
  if (text.includes('/') && iataTitleSign.test(text)) titledNames(text, out, people);
  if (pnr) ticketNames(text, out, people);
  if (text.includes('SSR ')) specialServices(text, out, people);
  if (text.includes('OSI ')) otherServiceInfo(text, out);
  if (text.includes('PHONES')) sabrePhones(text, out);
  for (const leg of ['M1', 'M2', 'M3', 'M4']) if (text.includes(leg)) boardingPasses(text, leg, out, people);
  if (text.includes('NAD+') || text.includes('DTM+329') || text.includes('COM+')) edifact(text, out, people);
  if (people.length > 0) namedAgain(text, out, people);
  return distinct(out);
}

/** The findings without repeats: a name element can be read by two rules (`1.RUIZ/ANA MRS`). */
function distinct(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.type} ${f.start} ${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------- names

const titles = 'MRS|MR|MS|MISS|MSTR|DR|PROF|MX|MSTR|CHD|INF';
const titleWord = new RegExp(`^(?:${titles})$`);

/** `SURNAME/GIVEN` in capitals (ASCII and Latin-1), the given part one to four words. */
const capsWord = "[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]*";
const slashName = `${capsWord}(?: ${capsWord}){0,3}\\/${capsWord}(?: (?!(?:${titles})(?![A-Z]))${capsWord}){0,3}`;

/**
 * A PNR's numbered name element: `1.1KOWALSKI/PIOTR MR`, `2.SCHNEIDER-YILDIZ/LEA MRS`, `1.MARTIN/
 * CLAIRE` (Amadeus numbers elements `1.`, Sabre passengers `1.1`), the number glued to the name; the
 * surname may be several words (`1.GARCIA LOPEZ/MARIA`). Ends at the title, a blank, `*`, `(` or the
 * line's end.
 */
const numberedName = new RegExp(`(?<![^ \\t\\n])\\d{1,2}\\.\\d{0,2}(${slashName})(?![A-Za-z0-9/])`, 'g');

function numberedNames(text: string, out: Finding[], people: Passenger[]): void {
  numberedName.lastIndex = 0;
  for (let m = numberedName.exec(text); m !== null; m = numberedName.exec(text)) {
    const name = m[1] as string;
    addName(out, people, m.index + m[0].length - name.length, name, 0.9);
  }
}

/**
 * `LINDGREN/OSKAR MR` in a ticket list, an e-mail or a boarding list: a name element followed by its
 * title or by a child or infant code (`MSTR(CHD/02FEB19)`). The surname is one word, or words after
 * the line's start or two blanks (`VAN DER MERWE/PIETER MR`).
 */
const iataTitleSign = /[A-Z]\/[A-Z]+ (?:MRS|MR|MS|MISS|MSTR|DR)\b/;
const titledName = new RegExp(
  `(?<=^|[ \\t]{2}|[\\t"'>|,;(]|\\d\\.\\d{0,2})(${slashName})(?= (?:MRS|MR|MS|MISS|MSTR|DR)(?![A-Z])|\\((?:CHD|INF))|(?<![A-Za-z0-9/.'-])(${capsWord}\\/${capsWord}(?: (?!(?:${titles})(?![A-Z]))${capsWord}){0,3})(?= (?:MRS|MR|MS|MISS|MSTR|DR)(?![A-Z])|\\((?:CHD|INF))`,
  'gm',
);

function titledNames(text: string, out: Finding[], people: Passenger[]): void {
  titledName.lastIndex = 0;
  for (let m = titledName.exec(text); m !== null; m = titledName.exec(text)) {
    const name = (m[1] ?? m[2]) as string;
    addName(out, people, m.index + m[0].length - name.length, name, 0.9);
  }
}

/**
 * Sabre's ticketing field names each ticket's passenger with the given name cut to initials:
 * `2.TE 0802412345671-AT KOWALSKI/P WAW1S*ASK 1102/12MAR*I` (ticket number, `-AT` or another
 * status, the name, the agent's sign).
 */
const ticketName = new RegExp(
  `\\bT[EK] \\d{13}(?:-\\d{1,3})?-[A-Z]{2} (${capsWord}(?: ${capsWord}){0,2}\\/[A-Z]{1,20}(?: [A-Z]{1,20}){0,2})(?= |$)`,
  'gm',
);

function ticketNames(text: string, out: Finding[], people: Passenger[]): void {
  ticketName.lastIndex = 0;
  for (let m = ticketName.exec(text); m !== null; m = ticketName.exec(text)) {
    const name = m[1] as string;
    addName(out, people, m.index + m[0].length - name.length, name, 0.9);
  }
}

/**
 * Adds a `SURNAME/GIVEN` (or `SURNAME:GIVEN`) name at `start` unless a part of it is a company's word
 * or a title alone, and records the passenger for `namedAgain`.
 */
function addName(out: Finding[], people: Passenger[], start: number, name: string, score: number): void {
  const cut = name.search(/[/:]/);
  const family = name.slice(0, cut).trim();
  const given = name.slice(cut + 1).trim();
  if (family.length < 2 || given.length < 1) return;
  const words = name.split(/[/: -]+/).filter((w) => w !== '');
  if (words.some((w) => companyMarks.has(nameKey(w)) || titleWord.test(w))) return;
  out.push({ type: 'PERSON', start, end: start + name.length, score, detector: 'travel' });
  if (people.length < 64 && !people.some((p) => p.family === family && p.given === given))
    people.push({ family, given });
}

// ---------------------------------------------------------------------------- special services

/** `SSR DOCS UA HK1 ` (Amadeus) or `SSR DOCS LO HK1/` (Sabre): the code, carrier and status before the free text. */
const ssrHead = sticky(/SSR ([A-Z]{4}) [A-Z0-9]{2}[ /][A-Z]{2}\d{0,3}[ /]/g);

/**
 * The special service requests of a PNR, from each `SSR ` on:
 * - `DOCS` (APIS passport data) `P/POL/EA4471209/POL/12MAR80/M/04NOV29/KOWALSKI/PIOTR`: the fifth
 *   field is the birth date, then gender, expiry, surname, given and middle names (the document
 *   fields may be empty in Secure Flight data: `/////12MAR80/M//KOWALSKI/PIOTR`);
 * - `CHLD` `21SEP14`: a child's birth date; `INFT` `MUELLER/LENA 12JAN23`: an infant's name and birth date;
 * - `CTCE` `DENIZ.SCHNEIDER..YILDIZ//GMX.DE`: the passenger's e-mail in IATA's encoding (`//` for
 *   `@`, `..` for `_`, `./` for `-`), labelled as written;
 * - `CTCM`, `CTCH`, `CTCB` `4917623381104`: a mobile, home or business phone, country code first.
 * Amadeus ends the text with `/P1` (the passenger), Sabre with `-1.1`.
 */
function specialServices(text: string, out: Finding[], people: Passenger[]): void {
  for (let at = text.indexOf('SSR '); at !== -1; at = text.indexOf('SSR ', at + 4)) {
    const head = ssrHead;
    head.lastIndex = at;
    const m = head.exec(text);
    if (m === null) continue;
    const code = m[1] as string;
    const from = at + m[0].length;
    let eol = text.indexOf('\n', from);
    if (eol === -1) eol = text.length;
    if (text.charCodeAt(eol - 1) === 13) eol--;
    if (code === 'DOCS') docs(text, from, eol, out, people);
    else if (code === 'CHLD') {
      const date = birthDateAt(text, from);
      if (date !== -1) out.push(finding('DATE_OF_BIRTH', from, date, 0.9));
    } else if (code === 'INFT') infant(text, from, eol, out, people);
    else if (code === 'CTCE') encodedEmail(text, from, eol, out);
    else if (code === 'CTCM' || code === 'CTCH' || code === 'CTCB') phoneAt(text, from, eol, out);
  }
}

function docs(text: string, from: number, eol: number, out: Finding[], people: Passenger[]): void {
  const fields: Array<[number, number]> = [];
  for (let s = from; s <= eol && fields.length < 12; ) {
    let e = text.indexOf('/', s);
    if (e === -1 || e > eol) e = eol;
    fields.push([s, e]);
    s = e + 1;
  }
  const field = (i: number): string => {
    const f = fields[i];
    return f === undefined ? '' : text.slice(f[0], f[1]);
  };
  const birth = fields[4];
  if (birth === undefined || !/^(?:[MFUX]I?)$/.test(field(5))) return;
  if (birthDateAt(text, birth[0]) === birth[1]) out.push(finding('DATE_OF_BIRTH', birth[0], birth[1], 0.9));
  const family = fields[7];
  const given = fields[8];
  if (family === undefined || given === undefined) return;
  // Sabre glues the passenger's number to the last field (`PIOTR-1.1`).
  let end = trimAssociation(text, given[0], given[1]);
  const middle = fields[9];
  if (middle !== undefined && end === given[1]) {
    const last = trimAssociation(text, middle[0], middle[1]);
    if (last - middle[0] >= 2 && !/^P\d/.test(text.slice(middle[0], last))) end = last;
  }
  const name = text.slice(family[0], end).trimEnd();
  if (docsName.test(name)) addName(out, people, family[0], name, 0.9);
}

const docsName = new RegExp(
  `^${capsWord}(?: ${capsWord})*\\/${capsWord}(?: ${capsWord})*(?:\\/${capsWord}(?: ${capsWord})*)?$`,
);

/** Where the value `[from, to)` ends without Sabre's passenger number (`-1.1`) or blanks. */
function trimAssociation(text: string, from: number, to: number): number {
  const value = text.slice(from, to);
  const m = /-\d{1,2}\.\d{1,2}[ \t]*$/.exec(value);
  return from + (m === null ? value.trimEnd().length : m.index);
}

const infantName = sticky(
  new RegExp(`(${capsWord}(?: ${capsWord}){0,2}\\/${capsWord}(?: ${capsWord}){0,2})[ /]`, 'g'),
);

function infant(text: string, from: number, eol: number, out: Finding[], people: Passenger[]): void {
  infantName.lastIndex = from;
  const m = infantName.exec(text);
  if (m === null || m.index + m[0].length > eol) return;
  const name = m[1] as string;
  const at = m.index + m[0].length;
  const date = birthDateAt(text, at);
  if (date === -1) return;
  addName(out, people, from, name, 0.9);
  out.push(finding('DATE_OF_BIRTH', at, date, 0.9));
}

/** `DENIZ.SCHNEIDER..YILDIZ//GMX.DE`, ended by `/P1`, `-1.1` or the line's end. */
const iataEmail = sticky(
  /[A-Z0-9](?:[A-Z0-9_+-]|\.\.|\.\/|\.(?=[A-Z0-9]))*\/\/[A-Z0-9](?:[A-Z0-9-]|\.\/)*(?:\.[A-Z0-9](?:[A-Z0-9-]|\.\/)*)*\.[A-Z]{2,24}(?=\/P\d|\/[A-Z]{2}\b|-\d{1,2}\.\d|[ \t]*$)/gm,
);

function encodedEmail(text: string, from: number, eol: number, out: Finding[]): void {
  iataEmail.lastIndex = from;
  const m = iataEmail.exec(text);
  if (m !== null && m.index + m[0].length <= eol) out.push(finding('EMAIL', from, from + m[0].length, 0.95));
}

/** A phone at `from`: `+`, digits and single blanks or dashes, ended by `/P1`, `-1.1`, a blank or the line's end. */
const contactPhone = sticky(/\+?\d(?:[ -]?\d){6,16}(?=\/|-\d{1,2}\.\d|[ \t]|$)/gm);

function phoneAt(text: string, from: number, eol: number, out: Finding[]): boolean {
  contactPhone.lastIndex = from;
  const m = contactPhone.exec(text);
  if (m === null || m.index + m[0].length > eol) return false;
  out.push(finding('PHONE', from, from + m[0].length, 0.95));
  return true;
}

/**
 * `OSI UA CTCM 4917623381104 DENIZ`: other service information carrying a contact phone (`CTCM`
 * mobile, `CTCH` home, `CTCB` business, `CTCP` passenger, `CTCT` travel agency), a city code
 * before it at times (`CTCT FRA 069 4711 2200`).
 */
const osiPhone = sticky(/OSI [A-Z0-9]{2} CTC[MHBPT] (?:[A-Z]{3} )?/g);

function otherServiceInfo(text: string, out: Finding[]): void {
  for (let at = text.indexOf('OSI '); at !== -1; at = text.indexOf('OSI ', at + 4)) {
    osiPhone.lastIndex = at;
    const m = osiPhone.exec(text);
    if (m === null) continue;
    let eol = text.indexOf('\n', at);
    if (eol === -1) eol = text.length;
    phoneAt(text, at + m[0].length, eol, out);
  }
}

/**
 * Sabre's `PHONES` field: numbered lines of a city code glued to the number and a type after a dash
 * (`1.WAW+48 22 627 11 44-A` agency, `-M` mobile, `-H` home, `-B` business). The number alone is the
 * phone.
 */
const sabrePhoneLine = sticky(
  /[ \t]*\d{1,2}\.[A-Z]{3}(\+?\d[\d ()./-]{4,22}\d)(?:-[A-Z]{1,4}\b[^\n]*)?\r?$/gm,
);

function sabrePhones(text: string, out: Finding[]): void {
  for (let at = text.indexOf('PHONES'); at !== -1; at = text.indexOf('PHONES', at + 6)) {
    let line = text.indexOf('\n', at);
    // The heading is a line of its own.
    if (line === -1 || text.slice(text.lastIndexOf('\n', at) + 1, line).trim() !== 'PHONES') continue;
    for (line++; line < text.length; ) {
      sabrePhoneLine.lastIndex = line;
      const m = sabrePhoneLine.exec(text);
      if (m === null) break;
      const number = m[1] as string;
      const start = line + m[0].indexOf(number, m[0].indexOf('.') + 4);
      if (number.replace(/\D/g, '').length >= 7)
        out.push(finding('PHONE', start, start + number.length, 0.95));
      line = m.index + m[0].length + 1;
    }
  }
}

// ---------------------------------------------------------------------------- boarding passes

/**
 * An IATA BCBP (Resolution 792) mandatory block: `M1`, the 20-character name field, the electronic
 * ticket indicator (`E` or a blank), a 7-character PNR code, the from and to airports, the carrier,
 * flight number, Julian date and compartment. The name is the field without its padding and title.
 */
const bcbpTail = sticky(/[E ][A-Z0-9 ]{7}[A-Z]{3}[A-Z]{3}[A-Z0-9 ]{3}[0-9 ]{4}[A-Z0-9 ]\d{3}[A-Z]/g);
const bcbpName = new RegExp(`^(${capsWord}(?: ${capsWord})*\\/(?:${capsWord}(?: ${capsWord})*)?)[ ]*$`);
const trailingTitle = / (?:MRS|MR|MS|MISS|MSTR|DR|PROF|MX)$/;

function boardingPasses(text: string, leg: string, out: Finding[], people: Passenger[]): void {
  for (let at = text.indexOf(leg); at !== -1; at = text.indexOf(leg, at + 2)) {
    const c = text.charCodeAt(at - 1);
    if (at > 0 && (isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    const start = at + 2;
    bcbpTail.lastIndex = start + 20;
    if (start + 20 > text.length || !bcbpTail.test(text)) continue;
    const m = bcbpName.exec(text.slice(start, start + 20));
    if (m === null) continue;
    let name = (m[1] as string).trimEnd();
    const slash = name.indexOf('/');
    if (trailingTitle.test(name) && name.lastIndexOf(' ') > slash)
      name = name.slice(0, name.lastIndexOf(' '));
    if (name.endsWith('/')) continue;
    addName(out, people, start, name, 0.9);
  }
}

// ----------------------------------------------------------------------------------- EDIFACT

/**
 * UN/EDIFACT segments (PAXLST passenger lists, and any message using the same qualifiers): segments
 * end with `'`, elements part with `+`, components with `:`, and `?` releases the next character.
 * - `NAD+FL+++AKSOY:ELIF NUR+…`: the party name (fourth element) of a passenger (`FL`, `DDT`) or a
 *   crew member (`FM`, `DDU`, `COT`), its components one span;
 * - `DTM+329:910714` (or `:19910714:102`): date/time qualifier 329 is a date of birth;
 * - `COM+90 212 463 6363:TE`: a telephone (`TE`), fax (`FX`) or mobile (`AL`) number.
 */
function edifact(text: string, out: Finding[], people: Passenger[]): void {
  for (const tag of ['NAD+', 'DTM+329:', 'COM+'])
    for (let at = text.indexOf(tag); at !== -1; at = text.indexOf(tag, at + tag.length)) {
      if (!segmentStart(text, at)) continue;
      const elements = segmentElements(text, at);
      if (tag === 'NAD+') {
        const qualifier = elements[1];
        const name = elements[4];
        if (
          qualifier === undefined ||
          name === undefined ||
          !partyRoles.has(text.slice(qualifier[0], qualifier[1]))
        )
          continue;
        const value = text.slice(name[0], name[1]).replace(/:+$/, '');
        if (edifactName.test(value) && value.includes(':')) addName(out, people, name[0], value, 0.9);
      } else if (tag === 'DTM+329:') {
        const from = at + tag.length;
        const m = edifactDate.exec(text.slice(from, from + 16));
        if (m !== null && validDigits(m[1] as string))
          out.push(finding('DATE_OF_BIRTH', from, from + (m[1] as string).length, 0.9));
      } else {
        for (let k = 1; k < elements.length; k++) {
          const [s, e] = elements[k] as [number, number];
          const m = comNumber.exec(text.slice(s, e));
          if (m === null) continue;
          const number = m[1] as string;
          if (number.replace(/\D/g, '').length >= 7) out.push(finding('PHONE', s, s + number.length, 0.95));
        }
      }
    }
}

const partyRoles = new Set(['FL', 'FM', 'DDT', 'DDU', 'COT']);
/** Components in capitals, a released character (`O?'BRIEN`) among them. */
const edifactName = /^[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ' .-]|\?['+?])*(?::(?:[A-ZÀ-ÖØ-Þ' .-]|\?['+?])*){1,4}$/;
const edifactDate = /^((?:19|20)?\d{6})(?::\d{3})?(?=['+\s]|$)/;
const comNumber = /^(\+?\d[\d ()-]{5,20}\d):(?:TE|FX|AL)$/;

/** Whether a segment tag at `at` opens a segment: after the text's start, a `'` or a line break (blanks between). */
function segmentStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  const c = text.charCodeAt(k);
  return k < 0 || c === 39 || c === 10 || c === 13;
}

/** The elements of the segment at `at` (its tag first) as `[start, end)`, up to its `'` (released characters kept). */
function segmentElements(text: string, at: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = at;
  let k = at;
  for (; k < text.length && k - at < 600; k++) {
    const c = text.charCodeAt(k);
    if (c === 63)
      k++; // `?` releases the next character
    else if (c === 43) {
      out.push([s, k]);
      s = k + 1;
    } else if (c === 39 || c === 10) break;
  }
  out.push([s, k]);
  return out;
}

// ------------------------------------------------------------------------------- named again

/**
 * A passenger found above, named elsewhere in the text by a part of their name in capitals or as
 * prose writes it (`RECEIVED FROM - PIOTR`, `OSI UA CTCM 4917623381104 DENIZ`, `reissued to VAN DER
 * MERWE`, `Oskar, see below`), or in full the other way round (`PIOTR KOWALSKI`). Whole words only,
 * not inside an e-mail or a dotted or slashed token, and not a word that is no name (`May`).
 */
function namedAgain(text: string, out: Finding[], people: Passenger[]): void {
  if (people.length > 16) return;
  const forms = new Set<string>();
  for (const { family, given } of people) {
    forms.add(`${given} ${family}`);
    forms.add(`${family} ${given}`);
    // The given names whole, not their first word alone (`THI` of `THI BICH NGOC` is a middle name).
    for (const part of [family, given]) {
      if (
        part.length < 3 ||
        part.split(/[ -]/).some((w) => notNames.has(nameKey(w)) || companyMarks.has(nameKey(w)))
      )
        continue;
      forms.add(part);
      forms.add(
        part.toLowerCase().replace(/(^|[ '-])(\p{L})/gu, (_, b: string, l: string) => b + l.toUpperCase()),
      );
    }
  }
  const found = covering(out);
  // What the forms found already cover (a form is a few dozen characters at most: checked in full).
  let taken: Uint8Array | undefined;
  const free = (start: number, end: number): boolean => {
    for (let k = start; taken !== undefined && k < end; k++) if (taken[k] === 1) return false;
    return true;
  };
  const added: Finding[] = [];
  // Longer forms first, so that `PIOTR KOWALSKI` is one span rather than two.
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    const caps = form === form.toUpperCase();
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (!bounded(text, at, end) || found(at, end) || !free(at, end)) continue;
      // `Oskar Lindqvist`, `Anna Oskar`: prose's capitalised word next to it makes another name.
      if (!caps && (nextTitled(text, end) || titledBefore(text, at))) continue;
      added.push({ type: 'PERSON', start: at, end, score: 0.6, detector: 'travel' });
      taken ??= new Uint8Array(text.length);
      taken.fill(1, at, end);
    }
  }
  for (const f of added) out.push(f);
}

/** A capitalised word and a blank before `at`, other than one that is no name (`Dear`, `Then`). */
function titledBefore(text: string, at: number): boolean {
  const m = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, at - 24), at));
  return m !== null && !notNames.has(nameKey(m[1] as string));
}

const nextTitled = (text: string, end: number): boolean =>
  text.charCodeAt(end) === 32 && /\p{Lu}/u.test(text.charAt(end + 1));

/** Whether `[start, end)` is a whole word: no letter, digit or name joiner glued to it. */
function bounded(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (/[\p{L}\p{N}_@/'’-]/u.test(before) || /[\p{L}\p{N}_@/'’]/u.test(after)) return false;
  // `CLAIRE.MARTIN71@…`, `M.BAUER`: a dotted token.
  if (before === '.' && /[\p{L}\p{N}]/u.test(text.charAt(start - 2))) return false;
  if ((after === '.' || after === '-') && /[\p{L}\p{N}]/u.test(text.charAt(end + 1))) return false;
  return true;
}

/** A test of whether a span overlaps any of `findings` (binary search on their starts). */
function covering(findings: readonly Finding[]): (start: number, end: number) => boolean {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const f of sorted) maxEnd.push(Math.max(f.end, maxEnd[maxEnd.length - 1] ?? 0));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Finding).start < end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last !== -1 && (maxEnd[last] as number) > start;
  };
}

// ------------------------------------------------------------------------------------- dates

const months = 'JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split(' ');

/** Where an IATA date `DDMONYY` at `at` ends (`14MAR85`), or -1: a real day of a real month, not glued to more letters or digits. */
function birthDateAt(text: string, at: number): number {
  const value = text.slice(at, at + 7);
  if (!/^\d{2}[A-Z]{3}\d{2}$/.test(value)) return -1;
  const month = months.indexOf(value.slice(2, 5));
  const day = Number(value.slice(0, 2));
  const next = text.charCodeAt(at + 7);
  if (
    month === -1 ||
    day < 1 ||
    day > (monthDays[month] as number) ||
    isDigit(next) ||
    (next >= 65 && next <= 90)
  )
    return -1;
  return at + 7;
}

const monthDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYMMDD` or `CCYYMMDD` naming a real day. */
function validDigits(value: string): boolean {
  const d = value.slice(-6);
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= (monthDays[month - 1] as number);
}

function finding(type: Finding['type'], start: number, end: number, score: number): Finding {
  return { type, start, end, score, detector: 'travel' };
}
