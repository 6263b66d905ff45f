import type { Finding } from '../detector.js';
import { celLabelled, inContext, keyedAt, phoneLabel, words } from './phone-context.js';
import { isWord, labelHas } from './scan.js';
import { cellHeader, normalizeHeader, tableCellAt, tableCells } from './tables.js';

/**
 * PHONE's ids: numbers shaped like a phone's that a label or a column names as an id: a company
 * registry's, a national or health id, an issuer's code, an id label, a column of codes, and NHS
 * numbers where the text names the NHS.
 */

/**
 * `The NHS number on the referral is 943 476 5919`: ten digits, bare or in 3-3-4 (an NHS number's
 * printed form, and a NANP number's), that end with a valid NHS modulus 11 check digit, in a text
 * that names the NHS (the acronym, or `nhs` in a key), are a patient's NHS number unless a phone word
 * labels them. The label right before the number is read for every candidate (`nationalIdBefore`);
 * this reads a mention anywhere in the text. A UK phone in national form has eleven digits.
 */
export function nhsNumbers(text: string, findings: Finding[]): Finding[] {
  if (!nhsNamed.test(text)) return findings;
  return findings.filter((f) => {
    const raw = text.slice(f.start, f.end);
    return !nhsShape.test(raw) || !nhsCheckDigit(raw.replace(/ /g, '')) || inContext(text, f.start, f.end);
  });
}

// The acronym in capitals (`nhs.net` is a domain, its staff's mail), or a key (`nhs_no`, `nhsNumber`).
const nhsNamed = /\bNHS\b|\bnhs[_ -]?(?:no|num|id)|\bnhsN/;
const nhsShape = /^[1-9]\d{2}(?: ?\d{3} ?)\d{4}$/;

/** The NHS number's check: digits 1–9 weighted 10 to 2, 11 less the sum's remainder mod 11 (11 read as 0, 10 invalid). */
export function nhsCheckDigit(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (ten.charCodeAt(i) - 48) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === ten.charCodeAt(9) - 48;
}

/**
 * Whether the candidate is a cell under a column of codes or ids (`ndc` 00591-5335-01, `npi`, `sku`,
 * `tracking_number`, `tfn` 862 204 519), or the value of such a key (`"account_number":
 * "0731948802"`, a Nigerian NUBAN): its shape may be a phone's, its column says it is not.
 */
export function codeColumn(text: string, start: number, end: number): boolean {
  const cells = tableCells(text);
  const cell = cells.start.length === 0 ? -1 : tableCellAt(cells, start, end);
  if (cell !== -1) return codeHeader.test(normalizeHeader(cellHeader(cells, cell)));
  // `Caller ID: 415-555-0123` names the caller's number.
  const keyed = keyedAt(text, start, end);
  return (
    keyed !== undefined &&
    codeHeader.test(normalizeHeader(keyed.header)) &&
    !/caller/i.test(text.slice(lineWithin48(text, start), start))
  );
}

const codeHeader =
  /(?:^|_)(?:ndc|npi|dea|upc|ean|gtin|isbn|issn|sku|hs_?code|mrn|uhid|id|code|ref|reference|tracking(?:_?(?:no|nr|number))?|(?:order|invoice|account|policy|claim|member|student)_?(?:no|nr|number)|matricula|cartao_sus|(?:nhs|chi|nino|ni|sin|bsn|medicare|ahv|tax|vat|vergi|nif|nip|cif|cuit|cuil|rfc|curp|pesel|regon|nik|ktp|cccd|cpf|cnpj|dni|nie|inn|snils|tin|tfn|ird|ein|abn|pan|aadhaar|uan|kvk|siret|siren|steuer|ust|hkid|nric|bvn|nuban|cns|sss|umid|iqama|tckn)(?:_?(?:id|no|nr|number|num|numarasi))?)$/;

/**
 * `immatriculée au RCS de Lyon sous le numéro 842 117 309`, `KvK 68750110`, `HRB 123456`: a company
 * registry's number, named shortly before on its line.
 */
export function registryIdBefore(text: string, start: number): boolean {
  const from = lineWithin48(text, start);
  return companyRegistry.test(text.slice(from, start));
}

/**
 * `Social insurance number / Numéro d'assurance sociale: 046 454 286`, `TAJ 044 712 099`: a person's
 * national id or tax number named shortly before on its line, its digits grouped like a phone's.
 * Acronyms only in capitals (`nie` is Polish for "not"). Not when a phone word comes between the
 * two: the id's value was masked or left out and the number is the next field's
 * (`fodselsnummer='***********', telefon='+47 915 82 403'`).
 */
export function nationalIdBefore(text: string, start: number): boolean {
  const from = lineWithin48(text, start);
  const before = text.slice(from, start);
  const m = nationalIdAcronym.exec(before) ?? nationalId.exec(before);
  return m !== null && !labelHas(m[1] as string, words);
}

const nationalIdAcronym =
  /\b(?:SIN|NAS|TAJ|BSN|NIR|AHV|AVS|PESEL|NINO|TIN|ITIN|TFN|CPF|CURP|DNI|NIE|NHS|CHI|UCI|MRN|UPN|CNS|NUBAN|BVN)\b([^\d\n]{0,32})$/;
// Brazil's health card (`Cartão SUS`, `Cartão Nacional de Saúde` 898 0012 3456 7891) and a bank
// account's number (`account number 0441902278`, a Nigerian NUBAN's ten digits) are ids too.
const nationalId =
  /(?:cart[ãa]o (?:sus|nacional de sa[úu]de)|(?:bank )?account (?:number|no\.?)|(?:social|national) (?:insurance|security)|assurance sociale|s[ée]curit[ée] sociale|seguridad social|personnummer|f[øo]dselsnummer|henkil[öo]tunnus|steuer-?id|steuernummer|sozialversicherungs|tax (?:id|identification|number)|tax file number|taxpayer|passport|burgerservicenummer)([^\d\n]{0,32})$/i;

// Dun & Bradstreet's DUNS number (`DUNS 08-146-2291`) is a company's id too.
const companyRegistry =
  /\b(?:RCS|SIREN|SIRET|KvK|HRB|HRA|Handelsregister|CIF|NIF|EIN|P\.?\s?IVA|REA|CRN|ABN|ACN|DUNS|D-U-N-S)\b[^\d\n]{0,32}$/;

/**
 * The start of the 48 characters before `start`, or of its line if that is nearer. A bounded scan: a
 * `lastIndexOf('\n')` from every candidate ran to the line's start, quadratic on a long line
 * (20,000 numbers on one line took 10 s).
 */
function lineWithin48(text: string, start: number): number {
  const from = Math.max(0, start - 48);
  for (let k = start - 1; k >= from; k--) if (text.charCodeAt(k) === 10) return k + 1;
  return from;
}

/**
 * `account 7720-4481`, `Acct # 44812093`: a number right after an account's name is that account's;
 * read for a number that is no phone by its shape, which a phone word further back
 * (`Contact log — account 7720-4481`) would otherwise label.
 */
export function accountBefore(text: string, start: number): boolean {
  return accountLabel.test(text.slice(Math.max(0, start - 24), start));
}

const accountLabel = /(?<!\p{L})(?:account|acct)\.?(?:[ \t]*(?:#|no\.|number|nr\.?))?[ \t]*[:#]?[ \t]*$/iu;

/**
 * `Medicaid 4471209338`, `Medicare ID: 1EG4…`: a health programme's member id right after its name.
 * Only right after it: `Call Medicare at 1-800-633-4227` names the programme's phone line.
 */
export function healthIdBefore(text: string, start: number): boolean {
  return healthId.test(text.slice(Math.max(0, start - 32), start));
}

const healthId =
  /\b(?:Medicaid|Medicare|Medi-Cal|MBI|HICN)(?:[ \t]+(?:ID|No\.?|number|#))?[ \t]*[:#]?[ \t]*$/i;

/**
 * `NY 884 120 447` (a driver's licence after its state), `AY 617 447 120` (a frequent-flyer number
 * after its airline): nine digits in threes right after a two-letter issuer's code are that issuer's
 * id; their shape alone (a Spanish number's) does not make them a phone, a phone word must.
 */
export function issuerCodeBefore(text: string, start: number, end: number): boolean {
  if (end - start !== 11 || text.charCodeAt(start - 1) !== 32 || !threes.test(text.slice(start, end)))
    return false;
  const a = text.charCodeAt(start - 3);
  const b = text.charCodeAt(start - 2);
  if (a < 65 || a > 90 || b < 65 || b > 90 || (a === 80 && b === 72)) return false; // not `PH`
  const c = start >= 4 ? text.charCodeAt(start - 4) : 32;
  return !isWord(c) && c < 128;
}

const threes = /^\d{3} \d{3} \d{3}$/;

/**
 * `Terminal-ID 61234567`, `Beleg-Nr. 004211`, `Auth-Code: 1234567`, `TID 61234567`: a number right
 * after a label naming an id, number or code (its last part `ID`, `Nr`, `No.`, `Code`, `Ref`) is
 * that id, unless a phone word is before it on its line (`Tel.-Nr.`, `Mobile No.`, `Cel. No.`) or
 * the id is a caller's (`Caller ID: 415-555-0123`).
 */
/**
 * The last word of a label naming an id, a number or a code (`ID`, `Nr`, `Ref`, `Invoice`, …); `No.`
 * only with its dot, which the tail check reads dropped.
 */
const idWords =
  'id|tid|nr|code|ref|invoice|facture|factura|fattura|rechnung|order|commande|pedido|ticket|fiscal|imei|imsi|iccid|meid';
const idLabel = new RegExp(
  String.raw`(?:^|[^\p{L}\d])((?:\p{L}{1,24}[-_.]{1,2})*(?:${idWords}|no\.))\.?[ \t]*[:#=]?[ \t]*$`,
  'iu',
);
const idTail = new RegExp(`(?:${idWords}|no)$`);

export function afterIdLabel(text: string, start: number): boolean {
  // Most candidates follow no such label: settled by the letters before the blanks and `: # =`.
  let k = start;
  while (k > 0 && start - k < 8 && /[ \t:#=]/.test(text[k - 1] as string)) k--;
  if (text.charCodeAt(k - 1) === 46) k--;
  const tail = text.slice(Math.max(0, k - 8), k).toLowerCase();
  if (!idTail.test(tail)) return false;
  const before = text.slice(lineWithin48(text, start), start);
  const m = idLabel.exec(before);
  if (m === null || /caller/i.test(before) || celLabelled(text, start)) return false;
  // A phone word in the label or the word just before it (`Tel.-Nr.`, `Mobile No.`, abbreviated:
  // `Tel. nr.`, `Tlf. nr.`) makes it a phone's label; one further back does not (`FREE MOBILE /MOTIF
  // FACTURE 0471928`).
  const label = m[1] as string;
  const previous = /(\p{L}+)\.?[ \t]+$/u.exec(
    before.slice(0, before.length - m[0].length + m[0].indexOf(label)),
  );
  // A specific id's name (`numéro fiscal`, `invoice`) is no phone's, whatever word comes before it.
  const specific = !/(?:^|[-_.])(?:id|tid|nr|no\.?|code|ref)$/i.test(label);
  return (
    !labelHas(label, words) &&
    (specific || !(previous !== null && phoneLabel(`${previous[1] as string} ${label}`, words)))
  );
}
