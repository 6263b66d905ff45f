import { isUtf8 } from 'node:buffer';
import type { Finding } from '../detector.js';
import { isRoleWord } from './name-cues.js';
import { companyMarks, givenNames, nameKey } from './names.js';
import { caretNameLength, nullish } from './person-cells.js';
import { listedFamily, noNameWord, personAt } from './person-words.js';

/**
 * PERSON readers for the name fields of file formats and printed forms: forms printed in columns
 * (a W-2, a P60), BibTeX authors, GEDCOM, vCard `N:`, DICOM `PN`, airline `SURNAME/GIVEN` names and
 * `SSR DOCS`, and NACHA entry records.
 */

/**
 * `e Employee's first name and initial   LATOYA R      Last name   WHITFIELD-BANKS` (a W-2 as text),
 * `Surname  FAIRWEATHER   Forenames or initials  Imogen Clare` (a P60): a form printed in columns
 * without colons, a name label, two blanks or more, the value. Only
 * values shaped like a name (letters, one to four words, an initial).
 */
export function spacedFormNames(text: string, found: Finding[]): void {
  for (const m of text.matchAll(spacedNameField)) {
    const value = m[2] as string;
    if (!personLabel.test(m[1] as string) || !formName.test(value)) continue;
    // (`First Name  Last Name  Email`: a header line, the next label no value.)
    if (personLabel.test(value) || value.split(' ').some((w) => noNameWord(nameKey(w)))) continue;
    const start = (m.index as number) + m[0].length - value.length;
    found.push({ type: 'PERSON', start, end: start + value.length, score: 0.8, detector: 'person' });
  }
}

const spacedNameField =
  /(?:^|[ \t]{2})((?:[\p{L}'’]+ ){0,6}(?:name|names|initial|surname|forenames?|Name|Surname))[ \t]{2,}([\p{L}][\p{L}'’.-]*(?: [\p{L}][\p{L}'’.-]*){0,3})(?=[ \t]{3,}|[ \t]*$)/gmu;
/** A label naming a person's name (`Employee's first name`, `Last name`, `Surname`), not a plan's or a file's. */
const personLabel =
  /(?:^|\s)(?:first|last|given|family|middle|full|legal|maiden|employee|recipient|patient|member|customer|applicant|insured|spouse|holder|payee)\b|^(?:sur|fore)names?$|^Surname$|^Name$/i;
const formName = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * `Dependents: (1) First name Leo  Last name Santangelo  (2) SSN …` (a 1040's dependent as text): a
 * name field's label and its value one blank apart, the field ended by two blanks or the line. One
 * blank is prose's spacing too (`the First name Field`), so the label must open a field and the
 * value be a listed name of the label's half.
 */
export function adjoinedFormNames(text: string, found: Finding[]): void {
  for (const m of text.matchAll(adjoinedNameField)) {
    const value = m[2] as string;
    const key = nameKey(value);
    const given = /^(?:first|given)/i.test(m[1] as string);
    if (noNameWord(key) || !(given ? givenNames.has(key) : listedFamily(key))) continue;
    const start = (m.index as number) + m[0].length - value.length;
    found.push({ type: 'PERSON', start, end: start + value.length, score: 0.8, detector: 'person' });
  }
}

const adjoinedNameField =
  /(?:^|[ \t]{2}|\(\d{1,2}\) )((?:First|Last|Given|Family|first|last|given|family) name|Surname) (\p{Lu}[\p{L}'’-]*)(?=[ \t]{2,}|[ \t]*$)/gmu;

/**
 * BibTeX (`author = {Okonkwo, Chidinma A. and de la Cruz, Ramón and Siew Ling Tan}`): the authors,
 * `Last, First` or `First Last`, joined by `and`; each is one span. Corporate authors in double
 * braces (`{{World Health Organization}}`) are not people.
 */
export function bibtexAuthors(text: string, found: Finding[]): void {
  for (const m of text.matchAll(bibtexField)) {
    const list = m[2] as string;
    if (list.startsWith('{')) continue;
    let at = (m.index as number) + m[0].length - list.length - 1;
    for (const part of list.split(' and ')) {
      const name = part.trim();
      const start = at + part.indexOf(name);
      at += part.length + 5;
      if (!bibtexName.test(name) || name.split(/[ ,]+/).some((w) => noNameWord(nameKey(w)))) continue;
      found.push({ type: 'PERSON', start, end: start + name.length, score: 0.85, detector: 'person' });
    }
  }
}

const bibtexField = /\b(author|editor)[ \t]*=[ \t]*[{"]([^{}"\n]*(?:\{[^{}"\n]*\}[^{}"\n]*)*)[}"]/g;
const bibtexName =
  /^(?:(?:de|van|von|der|la|del|da|di|le) ){0,2}\p{Lu}[\p{L}\p{M}'’.-]*(?:,? (?:(?:de|van|von|der|la|del|da|di|le) )?\p{Lu}[\p{L}\p{M}'’.-]*){1,4}$/u;

/**
 * GEDCOM (family-tree files): `1 NAME István /Balogh/` (the surname between slashes, one span),
 * `2 GIVN István`, `2 SURN Balogh`, a married name, a nickname.
 */
export function gedcomNames(text: string, found: Finding[]): void {
  for (const m of text.matchAll(gedcomName)) {
    const value = m[2] as string;
    if (!/\p{L}/u.test(value)) continue;
    const start = (m.index as number) + m[0].length - value.length;
    found.push({ type: 'PERSON', start, end: start + value.length, score: 0.9, detector: 'person' });
  }
}

const gedcomName = /^[ \t]*\d{1,2} (NAME|GIVN|SURN|_MARNM|NICK) ([^\r\n]*[^\s])/gm;

/**
 * A DICOM person name as dumps print it (`(0010,0010) Patient's Name  PN: 'JEONG^HYE-JIN'`, dcmdump's
 * `PN [Grünewald^Tobias^^Dr. med.]`): family, given and middle name joined by `^`, then prefix and
 * suffix, which are titles. The value representation says it is a person's name.
 */
const dicomName = /\bPN:? ?['[]([^'\]\n^][^'\]\n]{0,63})['\]]/g;

export function dicomNames(text: string, found: Finding[]): void {
  for (const m of text.matchAll(dicomName)) {
    const value = m[1] as string;
    const start = m.index + m[0].indexOf(value);
    const name = value.slice(0, caretNameLength(value));
    if (!/\p{L}/u.test(name) || nullish.test(name)) continue;
    found.push(personAt(start, start + name.length, 0.85));
  }
}

/**
 * Airline bookings write a passenger `SURNAME/GIVEN TITLE` (IATA): a PNR's name elements (`1.MARTIN/
 * CLAIRE MRS`, `2.MARTIN/LOUIS MSTR(CHD/14MAY16)`), boarding passes, ticket lists; and `SSR DOCS`
 * passport lines end with `/SURNAME/GIVEN`. The title is no part of the name.
 */
export const iataTitle = /[A-Z]\/[A-Z]+ (?:MRS|MR|MS|MISS|MSTR|DR)\b/;
const iataName =
  /(?<![\p{L}\d/])(?:\d{1,2}\.\d{0,2})?(\p{Lu}{2,}(?:[- ]\p{Lu}{2,})?\/\p{Lu}{2,}(?: (?!(?:MRS|MR|MS|MISS|MSTR|DR|CHD|INF)\b)\p{Lu}{2,})?)(?= (?:MRS|MR|MS|MISS|MSTR|DR)\b|\((?:CHD|INF))/gu;
const docsName =
  /SSR DOCS [A-Z0-9]{2} [A-Z]{2}\d [^\n]*?\/[MFU]I?\/[^/\n]*\/(\p{Lu}[\p{Lu}' -]*\/\p{Lu}[\p{Lu}' -]*?)(?=\/|[ \t]*$)/gmu;

export function iataNames(text: string, out: Finding[]): void {
  for (const re of [iataName, docsName])
    for (const m of text.matchAll(re)) {
      const name = m[1] as string;
      const start = (m.index as number) + m[0].lastIndexOf(name);
      if (name.split(/[/ -]/).some((w) => companyMarks.has(nameKey(w)))) continue;
      out.push({ type: 'PERSON', start, end: start + name.length, score: 0.8, detector: 'person' });
    }
}

/**
 * A NACHA (ACH) file's entry detail records: 94-character lines of type `6`, the individual's name
 * in columns 55–76 (`HARTWELL, DESMOND R`), read when a line opens with the file's `101` header record.
 */
export function nachaEntries(text: string, out: Finding[]): void {
  for (let at = text.indexOf('\n6'); at !== -1; at = text.indexOf('\n6', at + 1)) {
    const from = at + 1;
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    if (text.charCodeAt(to - 1) === 13) to--;
    if (to - from !== 94) continue;
    const field = text.slice(from + 54, from + 76);
    const name = field.trimEnd();
    if (!nachaName.test(name)) continue;
    const keys = name.split(/[ ,]+/).map(nameKey);
    if (keys.some((k) => companyMarks.has(k) || isRoleWord(k))) continue;
    out.push(personAt(from + 54, from + 54 + name.length, 0.8));
  }
}

const nachaName = /^\p{Lu}[\p{Lu}'’-]+(?:,? \p{Lu}[\p{Lu}'’.-]*){1,3}$/u;

const vcardN = /^N(?:;[^:\r\n]{0,200})?:([^\r\n]{1,400})/gm;
const vcardPart = /^[\p{L}][\p{L}'’. -]{0,63}$/u;

/**
 * A vCard's structured name (RFC 6350 `N:family;given;additional;prefix;suffix`): the family, given
 * and additional names, from the first to the last one given, as one span; prefix and suffix
 * (`Dr.`, `Jr.`) are titles, not the name.
 */
export function vcardNames(text: string, out: Finding[]): void {
  vcardN.lastIndex = 0;
  for (let m = vcardN.exec(text); m !== null; m = vcardN.exec(text)) {
    if (text.lastIndexOf('BEGIN:VCARD', m.index) <= text.lastIndexOf('END:VCARD', m.index)) continue;
    const value = m[1] as string;
    const parts = value.split(';').slice(0, 3);
    if (!parts.some((p) => p !== '') || !parts.every((p) => p === '' || vcardPart.test(p))) continue;
    const from = m.index + m[0].length - value.length;
    let start = 0;
    while (parts[0] === '') {
      parts.shift();
      start++;
    }
    while (parts.at(-1) === '') parts.pop();
    const end = start + parts.join(';').length;
    out.push(personAt(from + start, from + end, 0.85));
  }
}

/**
 * A directory's common name written `Last, First`: quoted in an iCalendar parameter (`ATTENDEE;
 * CN="Dupont, Marie":mailto:…`, as Outlook writes it), or with the comma escaped in an LDAP DN
 * (`CN=Bauer\, Katharina,OU=Benutzer,…`). The Baltic ID cards' and Smart-ID's certificates write
 * theirs `SURNAME,GIVEN,<personal code>` without a blank (`CN="SAAR,KADRI,PNOEE-48807124419"`).
 * The value is one span, its quotes left out, its escape kept. Names only: capitalised words on
 * either side, none a company's, a role's or a record's word.
 */
export function directoryNames(text: string, out: Finding[]): void {
  for (const re of [quotedCommonName, escapedCommonName, eidCommonName])
    for (const m of text.matchAll(re)) {
      const value = m[1] as string;
      const words = value.split(/\\?, ?| /);
      if (words.length > 5 || words.some((w) => noNameWord(nameKey(w)))) continue;
      const start = (m.index as number) + m[0].indexOf(value);
      out.push(personAt(start, start + value.length, 0.85));
    }
}

const lastFirst = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}`;
const quotedCommonName = new RegExp(String.raw`\bCN="(${lastFirst}, ${lastFirst})"[;:]`, 'gu');
const escapedCommonName = new RegExp(
  String.raw`\b(?:CN|cn)=(${lastFirst}\\, ${lastFirst})(?=,[A-Za-z]{1,2}=|[ \t]*$)`,
  'gmu',
);
/** An eID certificate's `SURNAME,GIVEN,` then the personal code, `PNOEE-`/`PNOLV-` or not (ETSI EN 319 412-1). */
const eidCommonName = new RegExp(
  String.raw`\bCN="?(${lastFirst}\\?,${lastFirst})\\?,(?:PNO[A-Z]{2}-)?\d{6}-?\d{5}\b`,
  'gu',
);

/**
 * GEDCOM wraps a long value with `CONC` lines, which continue it without a blank, inside a word if
 * need be (`… La nipote Chiara Espo` ⏎ `2 CONC sito (nata …`): a name found up to the end of a line
 * before one goes on over it to the end of its word, the continuation line's tag in its span.
 */
export function gedcomContinued(text: string, found: Finding[]): void {
  for (const f of found) {
    if (f.type !== 'PERSON') continue;
    concAt.lastIndex = f.end;
    const m = concAt.exec(text);
    if (m !== null) f.end += m[0].length;
  }
}

const concAt = /\r?\n\d{1,2} CONC \p{Ll}+(?=[^\p{L}]|$)/uy;

/**
 * Identity documents as OCR reads them, where a name's field is told by its place, not a word: an
 * EU driving licence numbers its fields (`1.` family name, `2.` given names: `1. HOFFMEISTER` ⏎
 * `2. KLAUS-DIETER`), read when the text says it is a licence.
 */
export function licenceNumberedNames(text: string, out: Finding[]): void {
  if (!licenceSign.test(text)) return;
  for (const m of text.matchAll(numberedName)) {
    const value = m[2] as string;
    if (value.split(/[ -]/).some((w) => noNameWord(nameKey(w)))) continue;
    const start = (m.index as number) + m[0].length - value.length;
    out.push(personAt(start, start + value.length, 0.85));
  }
}

const licenceSign =
  /F(?:Ü|UE)HRERSCHEIN|DRIVING LICEN[CS]E|PERMIS DE CONDU|PERMISO DE CONDUC|PATENTE DI GUIDA|RIJBEWIJS|PRAWO JAZDY|CARTA DE CONDU|KÖRKORT|KØREKORT|FØRERKORT|AJOKORTTI/i;
const numberedName = /^[ \t]*([12])\.[ \t]+(\p{Lu}[\p{Lu}'’-]*(?: \p{Lu}[\p{Lu}'’-]*){0,3})[ \t]*$/gmu;

/**
 * A name's field on an identity card read by OCR, its label on a line of its own in two languages
 * (`Adı / Given Name(s)` ⏎ `ZEYNEP BETÜL`, `APELLIDOS / SURNAMES` ⏎ `SANTAMARÍA` ⏎ `DE LA FUENTE`):
 * the value in capitals on the next line, and a second line of capitals under a family name's label
 * when the next label follows it (two family names printed one under the other), one span.
 */
export function stackedCardNames(text: string, out: Finding[]): void {
  // Lines holding ` / `, found by search (a regex over every line would try each position).
  for (let at = text.indexOf(' / '); at !== -1; at = text.indexOf(' / ', at + 3)) {
    const from = text.lastIndexOf('\n', at) + 1;
    const eol = text.indexOf('\n', at);
    if (eol === -1) break;
    at = eol;
    const m = cardLabel.exec(text.slice(from, eol + 1));
    if (m === null) continue;
    const label = (m[1] as string).replace(/\((?:s|S|es|ES)\)/g, '');
    if (!cardNameLabel.test(label)) continue;
    const start = eol + 1;
    capsLine.lastIndex = start;
    const first = capsLine.exec(text);
    if (first === null) continue;
    let end = start + (first[1] as string).length;
    // (`SANTAMARÍA` ⏎ `DE LA FUENTE` ⏎ `NOMBRE / NAME`: the second line is the family name's still.)
    if (cardFamilyLabel.test(label) && text.charCodeAt(capsLine.lastIndex - 1) === 10) {
      const second = capsLine.exec(text);
      if (second !== null && labelLine.test(text.slice(capsLine.lastIndex, capsLine.lastIndex + 60)))
        end = capsLine.lastIndex - second[0].length + (second[1] as string).length;
    }
    const value = text.slice(start, end);
    if (value.split(/[\s-]+/).some((w) => noNameWord(nameKey(w)))) continue;
    out.push(personAt(start, end, 0.9));
  }
}

/** A label line of two languages or more, parts joined by ` / ` (`Soyadı / Surname`), then a line break. */
const cardLabel = /^[ \t]*([\p{L}][\p{L}'’.() ]{1,30}(?: \/ [\p{L}][\p{L}'’.() ]{1,30})+)[ \t]*\r?\n$/u;
const cardNameLabel =
  /(?:^|\/ ?)(?:surnames?|given names?|first names?|last names?|family names?|forenames?|apellidos?|nombres?|adı|soyadı|nom|prénoms?|vorname|nachname|familienname|cognome|nome)\s*(?:\/|$)/iu;
const cardFamilyLabel = /(?:^|\/ ?)(?:surnames|apellidos|family names)\s*(?:\/|$)/iu;
/** A line of one to four words in capitals, its line break included when there is one. */
const capsLine = /[ \t]*(\p{Lu}[\p{Lu}'’-]*(?: \p{Lu}[\p{Lu}'’-]*){0,3})[ \t]*(?:\r?\n|$)/uy;
/** The next line is a label: parts joined by ` / `. */
const labelLine = /^[ \t]*[\p{L}][\p{L}'’.() ]{1,30} \/ /u;

/**
 * LDIF writes a value that is not plain ASCII in base64 after a double colon (`givenName:: w4dhxJ9sYQ==`,
 * Çağla): a name attribute's value, decoded, is a name when it reads as one; the span is the
 * encoded text. (The normalised views decode long blobs; a short given name is too short for them.)
 */
export function ldifEncodedNames(text: string, out: Finding[]): void {
  for (const m of text.matchAll(ldifNameAttribute)) {
    const encoded = m[1] as string;
    const bytes = Buffer.from(encoded, 'base64');
    if (!isUtf8(bytes)) continue;
    const value = bytes.toString('utf8');
    if (!decodedName.test(value) || value.split(' ').some((w) => noNameWord(nameKey(w)))) continue;
    const start = (m.index as number) + m[0].indexOf(encoded, m[0].indexOf('::') + 2);
    out.push(personAt(start, start + encoded.length, 0.85));
  }
}

const ldifNameAttribute =
  /^(?:cn|sn|givenName|displayName|surname|gecos|name)::[ \t]*([A-Za-z0-9+/]{4,}={0,2})[ \t]*$/gm;
const decodedName = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,4}$/u;
