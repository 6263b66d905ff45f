import type { Finding } from '../detector.js';
import { isCueWord, isPlaceHead, isPlaceTail, isRoleWord } from './name-cues.js';
import { companyMarks, givenNames, nameKey, surnames } from './names.js';
import { brandIn } from './person-organisations.js';
import { honorific } from './person-titles.js';
import { listedFamily, listedKey, noNameWord, particles, personAt } from './person-words.js';
import { matchAt, sticky } from './scan.js';
import { normalizeHeader, type TableCells } from './tables.js';

/**
 * PERSON readers for names in capitals, as bank and wallet messages, registers and labels write them:
 * a run of listed words (`TRF FROM ADEBAYO OLUWASEGUN`), a family name in capitals before given names
 * (`BENALI Yasmine`), after a title (`MME AURELIE GARNIER`), a memo's payee, a transfer's other
 * party, and an address block's first line.
 */

/**
 * `Ai primit … de la POPESCU ANDREEA MARIA`, `TRF FROM ADEBAYO OLUWASEGUN JOHN/APP`, `sent to JANE
 * WANJIRU KAMAU 0712…`, `via InstaPay from JUAN MIGUEL DELA CRUZ`: bank and wallet messages write
 * names in capitals, with nothing to call them names but the lists. A run of two to four capitalised
 * words (particles between) is a name when every word is listed and one is a given name, or, after
 * a word that introduces a party (`from`, `to`, `de la`, `Nama:`), when it opens with a listed given
 * name or ends with a listed family name (two words, or two of them listed).
 */
export function capsNames(text: string, found: Finding[]): void {
  capsRun.lastIndex = 0;
  for (let m = capsRun.exec(text); m !== null; m = capsRun.exec(text)) {
    // Inside a word (`xABC DEF`, `248WELLS FARGO NA`): not a run of its own, unless its next word
    // introduces a party (`24-0519-HT BUYER GRACE ADEYEMI-PARK`, a wire's free text): read from there.
    if (m.index > 0 && capsWordChar(text.charCodeAt(m.index - 1))) {
      const second = m.index + m[0].indexOf(' ') + 1;
      const word = nameKey(/^[^ ]+/.exec(text.slice(second, second + 24))?.[0] ?? '');
      if (capsLead.has(word) || isCueWord(word)) capsRun.lastIndex = second;
      continue;
    }
    // Most runs are headings and keywords (`SELECT`, `NOT NULL`): the first word settles them cheaply.
    const head = nameKey(m[0].slice(0, m[0].indexOf(' ')));
    const tail = nameKey(m[0].slice(m[0].lastIndexOf(' ') + 1));
    if (!capsLead.has(head) && !givenNames.has(head) && !surnames.has(head) && !listedFamily(tail)) continue;
    const words = m[0].split(' ');
    const keys = words.map(nameKey);
    // Words that introduce the party (`TRF FROM`) are left out; so is a run with a word of a heading,
    // a company, a place.
    let from = 0;
    while (from < keys.length && capsLead.has(keys[from] as string)) from++;
    // `APPEL DE SON CONJOINT ROGER LEBLANC` (a note in capitals): a name after a word for a person
    // (spouse, customer) at the run's end.
    if (keys.length - from > 4 || (from === 0 && !givenNames.has(head) && !surnames.has(head))) {
      let cue = keys.length - 3;
      while (cue >= from && !isCueWord(keys[cue] as string) && !capsLead.has(keys[cue] as string)) cue--;
      if (cue >= from && keys.length - cue - 1 >= 2 && keys.length - cue - 1 <= 4) from = cue + 1;
    }
    const name = keys.slice(from);
    if (name.length < 2 || name.length > 4) continue;
    if (name.some((k) => noNameWord(k) || isPlaceTail(k) || isPlaceHead(k) || isRoleWord(k))) continue;
    if (brandIn(name)) continue; // `JOHN LEWIS`, `MARKS SPENCER`
    const named = name.filter((k) => particles.has(k) || givenNames.has(k) || listedFamily(k)).length;
    const givens = name.filter((k) => givenNames.has(k)).length;
    const start = m.index + words.slice(0, from).join(' ').length + (from > 0 ? 1 : 0);
    const listed = named === name.length && givens > 0 && !particles.has(name[0] as string);
    const introduced =
      named >= 1 &&
      (givenNames.has(name[0] as string) || listedFamily(name[name.length - 1] as string)) &&
      (named >= 2 || name.length === 2) &&
      (from > 0 || capsCue.test(text.slice(Math.max(0, start - 16), start)));
    // `NGUYỄN THỊ THU HÀ`: a Vietnamese name in capitals, told by its letters with two marks, opening
    // with a listed family name (its short given names, `HÀ`, `AN`, are no list's).
    const vietnamese = vietnameseCaps.test(m[0]) && surnames.has(name[0] as string) && givens > 0;
    if (!listed && !introduced && !vietnamese) continue;
    // (`('ÁLVAREZ-QUINTERO, MARÍA JOSÉ', …)`: the closing quote is no apostrophe of the name.)
    let end = m.index + m[0].length;
    while (/['’-]/.test(text.charAt(end - 1))) end--;
    found.push({ type: 'PERSON', start, end, score: 0.6, detector: 'person' });
  }
}

/**
 * `BENALI Yasmine`, `Mme LEROY-NGUYEN Sophie`, `VERHAEGHE Joke`, `M. DIALLO Moussa`: French and
 * Belgian registers (schools, hospitals, administrations) write the family name in capitals before
 * the given names. A word in capitals (perhaps hyphenated) and one or two capitalised words after it,
 * the first a listed given name: a name when the capitals are a listed family name (or one half of
 * them is), or a title or a label naming the person's role stands before them. After a title an initial may stand for the given name
 * (`Mme LEFÈVRE-CHASSAGNE H.`).
 */
export function familyInCapitals(text: string, found: Finding[]): void {
  familyCaps.lastIndex = 0;
  for (let m = familyCaps.exec(text); m !== null; m = familyCaps.exec(text)) {
    const family = m[1] as string;
    const halves = family.split('-').map(nameKey);
    if (halves.some((k) => k.length < 2 || noNameWord(k) || isPlaceHead(k) || isPlaceTail(k))) continue;
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const titled = titleBefore.test(before);
    // `Élève : BENALI Yasmine`, `Patiënt: VERHAEGHE …`: a label naming the person's role.
    const cue = labelBefore.exec(before);
    const labelled = cue !== null && isCueWord(nameKey(cue[1] as string));
    const givens = (m[2] as string).split(' ');
    const initial = givens.length === 1 && /^\p{Lu}\.$/u.test(givens[0] as string);
    // (`Patiënt: VERHAEGHE Joke`: after a label naming the person, a given name the lists lack too.)
    const given = givenNames.has(nameKey((givens[0] as string).split('-')[0] as string)) || labelled;
    if (initial ? !titled : !given) continue;
    if (!titled && !labelled && !halves.some(listedFamily)) continue;
    found.push(personAt(m.index, m.index + m[0].length, 0.7));
  }
}

const capsLetter = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de';
const familyCaps = new RegExp(
  `(?<![\\p{L}\\p{N}'’-]|[${capsLetter}] )([${capsLetter}][${capsLetter}'’]+(?:-[${capsLetter}][${capsLetter}'’]+)?) (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?: \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)?|\\p{Lu}\\.(?![\\p{L}]))(?![\\p{L}\\p{N}'’-]| \\p{Lu}\\p{Ll})`,
  'gu',
);
const labelBefore = /([\p{L}]+)[ \t]*:[ \t]*$/u;
const titleBefore = new RegExp(`(?:^|[^\\p{L}])(?:${honorific}|Madame|Monsieur|M\\.) $`, 'u');

/**
 * Two to six words in capitals (ASCII and Latin-1, and Vietnamese's letters with two marks after
 * the first: `NGUYỄN THỊ THU HÀ`), one blank apart (no lookbehind: it would slow every position).
 */
const capsRun =
  /[A-Z\u00c0-\u00d6\u00d8-\u00de\u0110][A-Z\u00c0-\u00d6\u00d8-\u00de\u0110\u1ea0-\u1ef8'’-]+(?: [A-Z\u00c0-\u00d6\u00d8-\u00de\u0110][A-Z\u00c0-\u00d6\u00d8-\u00de\u0110\u1ea0-\u1ef8'’-]+){1,5}(?![A-Za-z\u00c0-\u024f\u1ea0-\u1ef90-9'’-])/g;
const vietnameseCaps = /[\u1ea0-\u1ef8\u0110]/;
const capsWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) ||
  ((c | 32) >= 97 && (c | 32) <= 122) ||
  (c >= 0xc0 && c <= 0x24f) ||
  c === 39 ||
  c === 45 ||
  c === 0x2019;
/** Words of a bank line that lead into the party's name (`TRF FROM`, `TRANSFER TO`). */
const capsLead: ReadonlySet<string> = new Set(
  'mr mrs ms miss mstr master dr prof nip neft imps rtgs upi ach pos trf transfer from to by de la dari kepada ke para van aan paid sent received via mula kay kwa attn'.split(
    ' ',
  ),
);
const capsCue =
  /(?:\b(?:from|to|by|de la|de|dari|kepada|para|van|aan|von|an|mula kay|kwa)|(?:nama|name|nom|nombre|payee|payer|sender|recipient|beneficiary|beneficiario|ordenante)[ \t]*:)[ \t]*$/i;

/**
 * Bank statements write a payer or payee in capitals after a title (`VIR SEPA RECU /DE MME AURELIE
 * GARNIER-TESSIER /MOTIF …`, `MR OLUWASEUN ADEYEMI      RENT MARCH`): two or three capitalised words
 * after `MME`, `MLLE`, `M.`, `MR`, `MRS` or `MISS` that end their field (a `/`, two blanks, a
 * comma, a quote or the line's end). Not `MS` (Microsoft) nor `DR` (a debit).
 */
const capsTitle =
  /(?<![\p{L}\p{N}])(?:MME|MLLE|MRS|MR|MISS|M\.) (\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?(?: \p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?){1,2})(?= {2,}| ?\/|[,;"\t\r\n]|$)/gu;

export function capsTitled(text: string, out: Finding[]): void {
  capsTitle.lastIndex = 0;
  for (let m = capsTitle.exec(text); m !== null; m = capsTitle.exec(text)) {
    const name = m[1] as string;
    if (name.split(/[ -]/).some((w) => noNameWord(nameKey(w)))) continue;
    const end = m.index + m[0].length;
    out.push({ type: 'PERSON', start: end - name.length, end, score: 0.7, detector: 'person' });
  }
}

/**
 * A bank export's memo field opens with the other party in capitals, without a title, then two
 * blanks (`GRACE MCALLISTER-DUNNE  DEPOSIT SHARE   400471`): two or three words, the first a listed
 * given name, none a word that is no name (`THAMES WATER  0047…` is a company).
 */
export function memoPayees(text: string, table: TableCells, out: Finding[]): void {
  const memo = table.columnHeader.map((h) => memoHeader.test(normalizeHeader(h)));
  if (!memo.includes(true)) return;
  for (let i = 0; i < table.start.length; i++) {
    const column = table.column[i] as number;
    if (!memo[column]) continue;
    const s = table.start[i] as number;
    const c = text.charCodeAt(s);
    if (c < 65 || c > 90) continue;
    capsPayee.lastIndex = s;
    const m = capsPayee.exec(text);
    if (m === null || m.index + m[0].length > (table.valueEnd[i] as number)) continue;
    const keys = m[0].split(/[ -]/).map(nameKey);
    if (!givenNames.has(keys[0] as string)) continue;
    if (keys.some(noNameWord)) continue;
    out.push(personAt(s, s + m[0].length, 0.7));
  }
}

const memoHeader =
  /^(?:memo|description|narrative|details|transaction_description|concepto|omschrijving|mededelingen|verwendungszweck|buchungstext|libelle|causale|descricao|opis)$/;
const capsPayee =
  /\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?(?: \p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?){1,2}(?= {2,}|[\t\r\n,"]|$)/uy;

/**
 * The first line of an address block under `SHIP TO:`, `Deliver to:`, `Bill to:`, `Attn:` (a
 * shipping label, an invoice): two or three capitalised words alone on their line, one of them a
 * listed name and none a company's (`KESTREL OUTDOOR LTD` is the shipper).
 */
export function addressees(text: string, out: Finding[]): void {
  for (const m of text.matchAll(addresseeLine)) {
    const name = m[1] as string;
    const keys = name.split(/[ -]/).map(nameKey);
    if (!keys.some(listedKey) || keys.some(noNameWord)) continue;
    const end = (m.index as number) + m[0].length;
    out.push({ type: 'PERSON', start: end - name.length, end, score: 0.7, detector: 'person' });
  }
}

export const addresseeSign = /TO:|To:|Attn|ATTN/;
const addresseeLine =
  /(?:(?:SHIP|DELIVER|SOLD|BILL|MAIL) TO|(?:Ship|Deliver|Sold|Bill|Mail) to|ATTN|Attn)[.:]?[ \t]*(?:\r?\n[ \t]*)?(\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?(?: \p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?){1,2})(?=[ \t]*\r?$)/gmu;

/**
 * Spanish bank statements name the other party of a transfer or a Bizum payment after its label,
 * without a title: `TRANSF. A SU FAVOR GUTIERREZ SOTO, ALEJANDRO` (family names first, in capitals,
 * up to the field's end), `BIZUM DE Nerea Etxeberria Goikoetxea CONCEPTO …`, `TRANSFERENCIA A Mª
 * Carmen Ruiz-Olalla Pérez, IBAN …` (capitalised words, `Mª` for María). So do US ones after a Zelle
 * or Venmo label (`ZELLE FROM TANYA MORALES REF …`) and Polish ones after `PRZELEW PRZYCHODZĄCY OD:`
 * (the name family first); a reference, concept, title or street word after the name ends it.
 */
const transferParty =
  /(?<!\p{L})(?:TRANSF(?:ERENCIA)?\.?(?: A SU FAVOR| DE| A)|BIZUM (?:RECIBIDO DE|ENVIADO A|DE|A)|Bizum (?:recibido de|enviado a)|PRZELEW(?: PRZYCHODZĄCY| WYCHODZĄCY)? (?:OD|DO):|Transferencia (?:de|a)|(?:ZELLE|VENMO|CASH APP|PAYPAL)(?: PAYMENT| TRANSFER)?(?: \d{6,12})? (?:FROM|TO)) (?:(\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?(?: \p{Lu}(?:[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?)?){1,3})(?= ·|[ \t]{2}|[,"\t\r\n]|$| (?:REF|CONCEPTO|CONCEPT|MEMO|TYTUŁ|TITULO|UL\.|RACH\.)(?!\p{L}))|(\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?(?: \p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?){0,2}, \p{Lu}[\p{Lu}'’]+(?: \p{Lu}[\p{Lu}'’]+)?)(?=[\t\r\n]| {2}|$)|((?:Mª |M\.ª )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: (?:de |del |de la )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,3})(?![\p{L}\p{N}]))/gu;

export const transferSign = /TRANSF|BIZUM |Bizum |Transferencia |ZELLE |VENMO |PAYPAL |CASH APP |PRZELEW /;

export function transferParties(text: string, out: Finding[]): void {
  for (const m of text.matchAll(transferParty)) {
    const name = (m[1] ?? m[2] ?? m[3]) as string;
    const keys = name.split(/[ ,]+/).map(nameKey);
    if (keys.some(noNameWord)) continue;
    const end = (m.index as number) + m[0].length;
    // `Iberdrola Clientes S.A.U.`: a company form after the words.
    const form = /^,? ([\p{L}.]{2,8})/u.exec(text.slice(end, end + 10))?.[1];
    if (form !== undefined && companyMarks.has(nameKey(form).replace(/\./g, ''))) continue;
    // As sure as prose when a word is listed, so that `Mª` stays in the span.
    const score = keys.some(listedKey) ? 0.85 : 0.7;
    out.push({ type: 'PERSON', start: end - name.length, end, score, detector: 'person' });
  }
}

/**
 * `KIM JI-HOON`, `PARK SEO-YEON`, `LEE MIN-HO`: a Korean name romanised in capitals, as passports and
 * CVs print it beside the Hangul (`성명: 김지훈 / KIM JI-HOON`). A Korean family name, then a given
 * name of two romanised syllables joined by a hyphen, in a text that holds Hangul or with a vowel
 * English seldom spells (`EO`, `EU`, `AE`, `OO`, `YU`: `SEO-YEON`), not `SONG NO-GO`. Found from
 * each hyphen between two capitals, so texts without one cost a single scan.
 */
export function koreanCapsNames(text: string, out: Finding[]): void {
  let hangul: boolean | undefined;
  for (let at = text.indexOf('-'); at !== -1; at = text.indexOf('-', at + 1)) {
    if (!isCapital(text.charCodeAt(at - 1)) || !isCapital(text.charCodeAt(at + 1))) continue;
    let given = at - 1;
    while (given > 0 && isCapital(text.charCodeAt(given - 1))) given--;
    if (given < 3 || text.charCodeAt(given - 1) !== 32) continue;
    let family = given - 1;
    while (family > 0 && isCapital(text.charCodeAt(family - 1))) family--;
    if (family > 0 && capsWordChar(text.charCodeAt(family - 1))) continue;
    const m = matchAt(koreanCapsName, text, family);
    if (m === null || !koreanFamilies.has(m[1] as string)) continue;
    hangul ??= hangulText.test(text);
    if (!hangul && !koreanVowels.test(m[0].slice((m[1] as string).length))) continue;
    out.push(personAt(family, family + m[0].length, 0.85));
    at = family + m[0].length;
  }
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;
const hangulText = /[\uac00-\ud7a3]/;
const koreanVowels = /EO|EU|AE|OO|YU/;

/** A romanised syllable: initial consonants, a vowel cluster, a final consonant (`JI`, `HOON`, `YEON`). */
const syllable = '(?:[BCDGHJKMNPRSTWY]{0,2}[AEIOU]{1,3}(?:NG|[KLMNP])?)';
const koreanCapsName = sticky(new RegExp(`([A-Z]{2,4}) ${syllable}-${syllable}(?![\\p{L}\\p{N}-])`, 'u'));

/** Korean family names as passports romanise them (Revised Romanisation and the older spellings). */
const koreanFamilies: ReadonlySet<string> = new Set(
  `KIM LEE YI RHEE PARK PAK BAK CHOI CHOE JUNG JEONG CHUNG KANG CHO JO YOON YUN JANG CHANG LIM IM
HAN OH SEO SUH SHIN SIN KWON HWANG AHN AN SONG JEON JUN HONG YOO YU RYU MOON MUN YANG SON SOHN BAE
BAEK PAIK HEO HUH NAM NOH ROH HA KWAK SUNG CHA JOO JU WOO KOO KU MIN JIN CHAE WON CHUN CHEON BANG
BYUN YEO CHU DO SEOL MA GIL PYO MYUNG KI BAN WANG GEUM OK YOOK MAENG TAK EUN BONG`.split(/\s+/),
);
