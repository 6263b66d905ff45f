import { type ContextWords, contextWords, inColumnHeader, isBefore } from './context.js';
import {
  labelHas,
  layoutFieldAt,
  lineTextBefore,
  spanAt,
  sqlInsertValues,
  sqlPositionalValues,
} from './scan.js';
import {
  type Cell,
  cellHeader,
  keyedValues,
  keyedValuesWithSiblings,
  normalizeHeader,
  tableCellAt,
  tableCells,
} from './tables.js';

/**
 * PHONE's context: the phone words of many languages, whether a header, key or label names a phone
 * (`phoneLabel`), and whether a number's line, column, SQL column, bind parameter, key or form
 * question says it is a phone (`inContext`).
 */

const wordList = [
  ...'phone tel tél telephone téléphone telefon teléfono telefono fax mobile mobil móvil movil cell cellphone celular portable handy whatsapp sms contact call dial rufnummer numéro telefoon gsm tlf msisdn rappeler appeler joindre llamar chiamare recapito bereikbaar mobiel dzwonić zadzwoń komórka komórki komórkowy ctcm'.split(
    ' ',
  ),
  // Portuguese mobile (`telemóvel`), Indonesian and Malay telephone and mobile (`telepon`, `ponsel`, `handphone`).
  ...'telemóvel telemovel telemóveis telemoveis telepon ponsel handphone'.split(' '),
  // A fixed line, as English (and Taglish, Philippine English) names it beside a mobile.
  'landline',
  'landlines',
  // Chinese (simplified, traditional) "mobile" and "telephone", and the headers built on them, one
  // token with no blank to part them: `手机号` (mobile number), `电话号码`, `联系电话` (contact phone).
  ...'手机 手機 电话 電話 手机号 手機號 手机号码 手機號碼 电话号码 電話號碼 联系电话 聯絡電話 联系方式 聯絡方式'.split(
    ' ',
  ),
  // Russian and Ukrainian, Greek, Hebrew, Arabic (with and without the article; Egypt's mobile is
  // `محمول`), Persian and Thai:
  // telephone, its short forms, and mobile. Words are whole tokens or, from five letters, parts of one.
  // Vietnamese: `Số điện thoại` (telephone number) and its short form `SĐT`.
  'thoại',
  'sđt',
  // The same without its diacritics, as column names write it (`so_dien_thoai`, `sdt`).
  'thoai',
  'sdt',
  // Icelandic telephone and mobile (`sími`, `farsími`) and Greek's telephone and mobile transliterated,
  // as column names write them (`SIMI`, `KINITO`, `tilefono`).
  ...'sími simi farsími farsimi tilefono kinito'.split(' '),
  // Korean: telephone (number), contact, mobile, customer centre and main line (`고객센터 1588-4471`).
  ...'전화 전화번호 연락처 휴대폰 핸드폰 휴대전화 고객센터 대표번호'.split(' '),
  ...'телефон тел моб мобильный мобильного мобільний мобільного τηλέφωνο τηλεφωνο τηλ κινητό κινητο טלפון טל נייד هاتف الهاتف جوال الجوال موبايل الموبايل محمول المحمول تلفن موبایل โทร'.split(
    ' ',
  ),
];
export const words = contextWords(...wordList);

/**
 * A column header may also say `ph`, legacy extracts' abbreviation (`PH`, `HOME_PH`, `PH_NO`), or
 * `hp`, Indonesian and Malay for a mobile (handphone: `no_hp`, `nomor_hp`); before a number in prose
 * they are too often a pH (`pH 7.4 sample 20240315`) or horsepower.
 */
const headerWords = contextWords(...wordList, 'ph', 'hp');

/**
 * Whether a column header, key or label names a phone number: a phone word in it (`phone`,
 * `telefoonnummer`, `cell`, `no_hp`), or a call record's A- or B-number (`a_number`, `b_number`,
 * `calling_number`: the calling and the called party of a CDR, MSISDNs written without their `+`,
 * `447911482337`). Not a cell's identity (`cell_id`, `CellID`, `serving_cell_id`): the id of a
 * mobile network's radio cell, which a CDR prints beside the numbers (`23415-4471-18820`, its
 * MCC/MNC, area code and cell), no one's phone.
 * @example phoneLabel('b_number') // true
 * @example phoneLabel('cell_id') // false
 */
export function phoneLabel(label: string, w: ContextWords = headerWords): boolean {
  const key = normalizeHeader(label);
  if (partyNumber.test(key)) return true;
  if (!labelHas(label, w)) return false;
  return !cellIdentity.test(key) || labelHas(label, w === words ? wordsButCell : headerWordsButCell);
}

const partyNumber =
  /^(?:[ab]_?(?:number|num|msisdn)|(?:calling|called|connected|dialled|dialed|originating|terminating|redirecting)_?(?:party_?)?(?:number|num|no|nr|msisdn))$/;
const cellIdentity = /(?:^|_)cell_?(?:id|identity|identifier|tower|site|sector)(?:_|$)|cellid/;
const wordsButCell = contextWords(...wordList.filter((w) => w !== 'cell'));
const headerWordsButCell = contextWords(...wordList.filter((w) => w !== 'cell'), 'ph', 'hp');

/**
 * A context word before the value on its line, in its column header, as its SQL column or as the
 * key it is the value of (`["telefoonnummer", "0641882093"]` in Rails' binds, `telefon='…'` in a
 * Java `toString`, `"no_hp": "…"`: the key reader's pairs, where a delimiter between key and value
 * hides the key from the line's context).
 */
export function inContext(text: string, start: number, end: number): boolean {
  if (
    vcardTel(text, start) ||
    polishRequest(text, start, end) ||
    callPhrase(text, start) ||
    celLabelled(text, start) ||
    icelandicPhone(text, start, end)
  )
    return true;
  const window = escapedLineWindow(text, start);
  const cells = tableCells(text);
  const cell = tableCellAt(cells, start, end);
  if (phoneWordNear(text, start, end, words, window, cell === -1)) return true;
  // A fixed-width file's records, which the table reader may read as a table of other columns.
  const field = layoutFieldAt(text, start);
  if (field !== undefined && end <= field[1]) return phoneLabel(field[0]);
  if (cell !== -1) return phoneLabel(cellHeader(cells, cell));
  const value = spanAt(sqlInsertValues(text), start, end);
  if (value !== undefined) return phoneLabel(value.column);
  if (text.charCodeAt(start - 1) === 39) {
    const column = bindColumn(text, start);
    if (column !== undefined) return phoneLabel(column);
  }
  if (text.charCodeAt(start - 1) === 34 && answerContext(text, start, end)) return true;
  // `df.loc[df.customer_id == 95999, "phone"] = "0626584088"`: a pandas assignment to a phone column.
  const quote = text.charCodeAt(start - 1);
  if (quote === 34 || quote === 39) {
    const column = indexerColumn.exec(text.slice(Math.max(0, start - 64), start))?.[1];
    if (column !== undefined && phoneLabel(column)) return true;
  }
  const keyed = keyedAt(text, start, end);
  return keyed !== undefined && (phoneLabel(keyed.header) || messageParty(text, keyed));
}

/**
 * `TEL;WORK:22 584 71 20`, `item1.TEL;type=CELL:…`, `TEL;VALUE=uri:tel:+49…`: the value of a
 * vCard's `TEL` property (RFC 6350 §6.4.1), whose parameters part the phone word from the number.
 */
function vcardTel(text: string, start: number): boolean {
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= 120 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  return start - lineStart <= 120 && vcardTelLine.test(text.slice(lineStart, start));
}

const vcardTelLine = /^(?:[A-Za-z0-9-]{1,20}\.)?TEL(?:;[^:\n]{0,100})?:(?:tel:)?[ \t]*$/i;

/**
 * `Proszę na 512 839 047` (please, to …), `BLIK na numer 601 447 120`, `mój nowy numer 512-839-047`:
 * a Polish mobile (nine digits in threes, opening with a mobile prefix of the national plan: 45, 5x,
 * 6x, 7x, 88) right after `numer` said of one's own or as a destination (`na`, `pod`, `mój`,
 * `nowy`), or after a request to pay, text or call ending in `na` (to): BLIK pays to a phone
 * number. Not after `numer` alone (`zamówienie numer 512 839 047`, an order's).
 */
function polishRequest(text: string, start: number, end: number): boolean {
  return (
    end - start === 11 &&
    polishMobile.test(text.slice(start, end)) &&
    polishCue.test(text.slice(Math.max(0, start - 40), start))
  );
}

const polishMobile = /^(?:45|[5-7]\d|88)\d([ -])\d{3}\1\d{3}$/;
const polishCue =
  /(?<!\p{L})(?:(?:na|pod|m[óo]j|nowy|m[óo]j[ \t]+nowy)[ \t]+numer(?:em)?|(?:prosz[ęe]|wy[śs]lij|przelej|wp[łl]a[ćc]|zap[łl]a[ćc]|blik(?:iem)?|napisz|pisz|dzwo[ńn])(?:[ \t]+\p{L}+){0,2}[ \t]+na)[ \t]*:?[ \t]*$/iu;

/**
 * `Please reach the customer at 0172588120`, `can be reached on 07700 900412`, `text me at …`,
 * `prefers text to …`, `his number is +81046265052`, `Sie erreichen uns werktags unter 030 …`: a
 * phrase that gives what
 * follows as a number to call, though no phone word names it. Reaching takes a person or a desk
 * (`reach the customer`, `reach Anna Berg`, `reach out to us`), or is said of one (`can be
 * reached`); a number is one's own (`my number is`): the limit reached at 1 234 567, an order
 * number, are not.
 */
function callPhrase(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 9 && c !== 58) return false;
  const before = lineTextBefore(text, start, 64);
  return callCue.test(before) || phoneWordComma.test(before);
}

/**
 * `o kaya sa landline namin, 8721 4408` (or on our landline), `my new mobile, 0412 …`: a phone word
 * and up to two words after it, then a comma before the number, as a sentence says it (a comma
 * elsewhere ends the value a word labels: see `isBefore`).
 */
const phoneWordComma =
  /(?<!\p{L})(?:landline|mobile|cell(?:phone)?|(?:tele)?phone)(?:[ \t]+\p{L}{2,12}){0,2},[ \t]*$/iu;

/**
 * `Cel. No.: 0918 224 7790`, `Cel: …`: Spanish and Philippine forms shorten celular to `Cel`, with
 * its dot, a colon or a number sign after it (alone, `cel` is a Romanian word: `cel mai`, the most).
 */
export function celLabelled(text: string, start: number): boolean {
  return celLabel.test(lineTextBefore(text, start, 16));
}

const celLabel = /(?<!\p{L})cel(?:\.|[ \t]*:|[ \t]+no\.|[ \t]*#)[ \t]*(?:no\.?|#)?[ \t]*:?[ \t]*$/iu;

/**
 * `Ólafur Þór Gunnlaugsson (s. 695 2083)`: Icelandic shortens sími (telephone) to `s.` before a
 * seven-digit number (`xxx xxxx`, landlines 4–5, mobiles 6–8), in a text with Icelandic's ð or þ.
 * Elsewhere `s.` is a page (`s. 123`) or Finnish syntynyt (born) before a date.
 */
function icelandicPhone(text: string, start: number, end: number): boolean {
  return (
    end - start <= 8 &&
    icelandicNumber.test(text.slice(start, end)) &&
    simiBefore.test(text.slice(Math.max(0, start - 4), start)) &&
    icelandicLetter.test(text)
  );
}

const icelandicNumber = /^[4-8]\d{2}[ -]?\d{4}$/;
const simiBefore = /(?:^|[^\p{L}.])s\.[ \t]?$/u;
const icelandicLetter = /[ðþÐÞ]/;

const pronoun = '(?:me|us|him|her|them|you)';
const callee = String.raw`(?:customer|client|patient|caller|guest|member|tenant|landlord|owner|applicant|driver|courier|doctor|nurse|manager|agent|team|office|desk|front[ \t]desk|reception|support|helpdesk|hotline|clinic|store|shop|seller|buyer|vendor|supplier|family)s?`;
const callCue = new RegExp(
  String.raw`(?<!\p{L})(?:` +
    String.raw`(?:(?:[Rr]each(?:ing)?|[Gg]et[ \t]+hold[ \t]+of)[ \t]+(?:${pronoun}|(?:the|our|your|my|his|her|their|this|that)[ \t]+${callee}|out(?:[ \t]+to[ \t]+${pronoun})?|\p{Lu}[\p{L}'-]*\.?(?:[ \t]+\p{Lu}[\p{L}'-]*){0,2})` +
    String.raw`|(?:can|could|may|might|will|would|should|best|be|been|is|are|am)[ \t]+(?:also[ \t]+|be[ \t]+){0,2}reach(?:ed|able)` +
    String.raw`|(?:[Tt]ext|[Tt]xt|[Mm]essage|[Rr]ing|[Pp]ing)[ \t]+${pronoun})` +
    String.raw`(?:[ \t]+(?:directly|anytime|any[ \t]time|today|now|again))?[ \t]+(?:at|on|via)` +
    // `prefers text to 12063817742`, `please send a text to …`: where someone wants to be texted.
    String.raw`|(?:[Pp]refers?|[Pp]referred|[Pp]lease|[Pp]ls|[Ss]end(?:[ \t]+a)?)[ \t]+(?:texts?|txt|SMS)[ \t]+(?:to|at|on)` +
    String.raw`|(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Oo]ur)(?:[ \t]+(?:new|old|home|work|office|direct|private|personal|current|own))?[ \t]+number[ \t]+(?:is|was)` +
    String.raw`|[Ee]rreich\p{L}*(?:[ \t]+\p{L}+){0,3}[ \t]+unter` +
    String.raw`)[ \t]*:?[ \t]*$`,
  'u',
);

/**
 * A phone word before the number on its line, or in the header line above it (`hasContext`) when
 * the table reader finds no cell there: a cell's header is the table reader's (see `inContext`),
 * not a title over the table read as a header whose words stand over the columns (`Customer
 * contacts` above `ref      nuban        bank` and rows of account numbers).
 */
function phoneWordNear(
  text: string,
  start: number,
  end: number,
  w: ContextWords,
  window: number,
  header: boolean,
): boolean {
  if (isBefore(text, start, w, window)) {
    const place = telPlaceBefore(text, start);
    return place === -1 || isBefore(text, place, w, window);
  }
  return header && inColumnHeader(text, start, end, w);
}

/**
 * `Rehov Herzl 41, Tel Aviv 6108401, Israel`: a town whose name opens with `Tel` (Hebrew for a
 * hill: Tel Aviv, Tel Mond, Tel Sheva) right before a number is no phone's label, and the number
 * is its postcode (Israel's are seven digits). Where the town's name starts, or -1; a phone word
 * before it may still label the number.
 */
function telPlaceBefore(text: string, start: number): number {
  const from = Math.max(0, start - 24);
  const m = telPlace.exec(text.slice(from, start));
  return m === null ? -1 : from + m.index;
}

const telPlace =
  /(?<!\p{L})tel[- ](?:aviv(?:[- ](?:yafo|jaffa))?|mond|sheva|hai|adashim|yosef|katzir)[ \t,]*$/iu;

/**
 * How far before `start` a phone word may label it (`hasContext`'s window): 40 characters, or up to
 * an escaped line break or tab in them. A notebook's output sent inside a JSON string keeps its lines
 * as `\n` escapes: in `"text/plain": "  cns  nome  telefone\n118  898 0012 3456 7891"` the header's
 * `telefone` is a line above the number, not a label before it.
 */
function escapedLineWindow(text: string, start: number): number {
  for (let k = start - 2; k >= 0 && k >= start - 41; k--) {
    if (text.charCodeAt(k) !== 92) continue;
    const c = text.charCodeAt(k + 1);
    if (c === 110 || c === 116 || c === 114) return start - k - 2;
  }
  return 40;
}

/**
 * `{"to": "01045172283", "from": "15887120", "text": "[리브몰] …"}`: the sender or recipient of a
 * text message as an SMS API takes it (Twilio's `From`/`To`/`Body`, Vonage's and Solapi's
 * `from`/`to`/`text`), both parties and a message body among the keys of the object.
 */
function messageParty(text: string, keyed: Cell): boolean {
  if (!party.test(keyed.header)) return false;
  keyedValuesWithSiblings(text);
  let parties = 0;
  let body = false;
  for (const key of keyed.headers) {
    if (party.test(key)) parties++;
    else if (messageBody.test(key)) body = true;
  }
  return body && parties >= 2;
}

const party = /^(?:from|to|sender|recipient)$/i;
const messageBody = /^(?:text|body|message|content)$/i;

/**
 * `DETAIL:  parameters: $1 = 'b7e2…', …, $6 = '6173940528'`: PostgreSQL's log of a prepared
 * statement's bind values. The column of `$6` is the one its placeholder fills in an `INSERT` logged
 * before it (`INSERT INTO patients (…, phone, …) VALUES ($1, …, $6, …)`; see `sqlPositionalValues`).
 */
function bindColumn(text: string, start: number): string | undefined {
  return sqlPositionalValues(text).find((v) => v.start === start)?.column;
}

/** The key/value pair whose value is exactly `[start, end)`, if any. */
export function keyedAt(text: string, start: number, end: number): Cell | undefined {
  const cell = spanAt(keyedValues(text), start, end);
  return cell !== undefined && cell.start === start && cell.end === end ? cell : undefined;
}

/**
 * Form webhooks give an answer's value under a generic key and its question under another key of
 * the same object: Tally's `{ "label": "Telefoonnummer", "type": "INPUT_PHONE_NUMBER", "value":
 * "0612093847" }`, Typeform's `{ "type": "phone_number", …, "field": { …, "ref": "tel" } }` (the
 * question in an object nested in the answer's). Whether the quoted value at `start` is such an
 * answer and a question key of its object (to the braces around it, 300 characters each way at
 * most, the first object nested after it included) names a phone.
 */
function answerContext(text: string, start: number, end: number): boolean {
  if (!answerKeyBefore.test(text.slice(Math.max(0, start - 24), start))) return false;
  let from = start;
  while (
    from > 0 &&
    start - from < 300 &&
    text.charCodeAt(from - 1) !== 123 &&
    text.charCodeAt(from - 1) !== 125
  )
    from--;
  let to = end;
  let depth = 0;
  for (; to < text.length && to - end < 300; to++) {
    const c = text.charCodeAt(to);
    if (c === 123) depth++;
    else if (c === 125 && --depth < 0) break;
  }
  for (const m of text.slice(from, to).matchAll(questionPair)) if (phoneLabel(m[1] as string)) return true;
  return false;
}

const indexerColumn = /,[ \t]*["']([\w .-]{1,40})["'][ \t]*\][ \t]*=[ \t]*["']$/;
const answerKeyBefore = /"(?:value|answer|text|response|input|phone_number)"[ \t]*:[ \t]*"$/;
const questionPair =
  /"(?:label|ref|title|name|question|field_?(?:name|label|ref|title)?|prompt)"[ \t]*:[ \t]*"([^"\n]{1,80})"/g;
