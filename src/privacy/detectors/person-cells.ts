import type { Finding } from '../detector.js';
import { caselessTitles, isCountryWord, isGreetingWord, isRecordNoun, isRoleWord } from './name-cues.js';
import { companyMarks, givenNames, isWordName, nameKey, notNames, surnames } from './names.js';
import { caselessHead, caselessListed, caselessName, scriptNull } from './person-caseless.js';
import { cjkListed, cjkNamed, withheldNames } from './person-cjk.js';
import { cyrillicOrGreek, titledCyrillicOrGreek } from './person-cyrillic.js';
import { type HeaderKind, peopleColumn, tableKind } from './person-headers.js';
import { associationName, brandIn } from './person-organisations.js';
import { placeWords } from './person-places.js';
import { donName, leadingTitle } from './person-titles.js';
import { isCompanyMark, listedKey, noNameWord } from './person-words.js';
import type { TableGroup } from './tables.js';

/**
 * How sure PERSON is that a value under a person's column or key is a name (`cellScore`), by the kind
 * of the column, the table, and the value's shape and words; and the titles, teams, degrees and
 * suffixes around a name that are no part of its span.
 */

const nameToken =
  /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|(?:\p{Lu}\.){2,3}|[ae]l-\p{Lu}[\p{L}'’-]*|van|von|de|der|den|da|di|del|della|du|la|le|dos|das|ter|ten|zu|af|al|el|bin|bint|binti|binte|ibn|abu|umm)$/u;
export const nullish = /^(?:null|none|nan|n\/a|na|unknown|-|—|\?)$/i;

/** `Jane Doe`, `DUPONT Jean`, `García López, María`: capitalised words and particles, no digits. */
export function nameShaped(value: string): boolean {
  const tokens = value.split(/[ \t]*,[ \t]*|[ \t]+/);
  const plain = (t: string): boolean => !companyMarks.has(nameKey(t)) && !notNames.has(nameKey(t));
  // `Marta Solé i Prats`, `José Ortega y Gasset`, `Maria da Silva e Souza`: a conjunction between
  // two family names.
  const joined = (t: string, i: number): boolean =>
    (t === 'i' || t === 'y' || t === 'e') && i > 1 && i < tokens.length - 1;
  return tokens.length <= 5 && tokens.every((t, i) => (nameToken.test(t) || joined(t, i)) && plain(t));
}

export function givenThenWord(value: string): boolean {
  const words = value.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((w) => nameToken.test(w))) return false;
  return (
    givenNames.has(nameKey(words[0] as string)) &&
    !companyMarks.has(nameKey(words[words.length - 1] as string))
  );
}

/** A name in a machine-readable zone: `WHITMORE<<ELEANOR<GRACE`. */
const mrzName = /^[A-Z]+(?:<{1,2}[A-Z]+)+$/;

const codeWord =
  /^(?:str|string|text|int|integer|varchar|char|optional|list|dict|any|union|column|field|mapped)$/i;

/** A name in Han, kana or Hangul: one or two runs of 1–6 characters (`高橋花子`, `加藤 真由美`, `浩`). */
const cjkName =
  /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}々ー]{1,6}(?:[ \u3000][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}々ー]{1,6})?$/u;

const nickname =
  / ["“'‘][\p{L}][\p{L} .'’-]{0,20}["”'’](?= (?:\p{Lu}|(?:van|von|de|da|di|du|del|della|dos|das|le|la|ter|ten) \p{Lu}))/u;
/**
 * `meghan bechtelar`, `maria garcia lopez` under a name column or key: a name written all in lower
 * case (a normalised field, a form typed without capitals) is a name when its first word is a listed
 * given name and its last a listed family name. The lists leave out names that are everyday words
 * (`will`, `young`, `grant`), so `build and test` or `grace period` stay words.
 */
export function lowerCaseName(value: string): boolean {
  if (!lowerWords.test(value)) return false;
  const words = value.split(' ');
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  return (
    first !== last &&
    givenNames.has(nameKey(first)) &&
    surnames.has(nameKey(last)) &&
    !words.some((w) => noNameWord(nameKey(w)))
  );
}

/** Two to four lower-case words (particles among them: `maria da silva`), nothing else. */
const lowerWords = /^\p{Ll}[\p{Ll}\p{M}'’-]+(?: \p{Ll}[\p{Ll}\p{M}'’-]*){1,3}$/u;

/**
 * `Agent: Good Morning`, `Mitarbeiter: Guten Tag`, `Vielen Dank`: a greeting, thanks or sign-off
 * where a speaker's or a cue's name would be. Titles and greetings are never part of a name's span,
 * so a finding whose first word opens one is none.
 */
export function greetingName(text: string, f: Finding): boolean {
  const blank = text.indexOf(' ', f.start);
  return blank !== -1 && blank < f.end && isGreetingWord(nameKey(text.slice(f.start, blank)));
}

/** A login handle: lower-case letters joined by dots or underscores (`femi.a`, `j_smith`). */
const handleShape = /^\p{Ll}+(?:[._]\p{Ll}+)+$/u;
/** A colon between two lower-case letters (`Kiawenti:io`, `Teiohá:kwe`): a glottal stop's letter. */
const glottalColon = /(?<=\p{Ll}):(?=\p{Ll})/gu;
const formPlus = /^\p{L}[\p{L}'’.-]*(?:\+\p{L}[\p{L}'’.-]*){1,4}$/u;

export function cellScore(
  raw: string,
  quoted: boolean | undefined,
  end: number,
  cell: TableGroup,
  kind: HeaderKind,
  text: string,
): number {
  if (kind === 'not') return 0; // not a person column
  // A form post (`application/x-www-form-urlencoded`) writes blanks as `+`: `name=Ana+Lima`.
  // `Matiu "Matt" Rangi`: a nickname in quotes is part of the name, not of its shape.
  const plain = raw.includes('+') && formPlus.test(raw) ? raw.replace(/\+/g, ' ') : raw.trim();
  const value =
    plain.includes('"') || plain.includes('“') || plain.includes("'") ? plain.replace(nickname, '') : plain;
  // `Kiawenti:io` under `first_name`: a colon between two lower-case letters writes a glottal stop in
  // Mohawk and other Haudenosaunee names; elsewhere a colon is a label's or a time's.
  const shape = kind === 'specific' && value.includes(':') ? value.replace(glottalColon, '') : value;
  if (value.length > 80 || nullish.test(value) || (/[\d@:/\\{}[\]<>=]/.test(shape) && !mrzName.test(value)))
    return 0;
  const cjk = value.charCodeAt(0) >= 0x3000 && cjkName.test(value);
  if ((value.length < 2 && !cjk) || withheldNames.has(value.toLowerCase())) return 0;
  // Unquoted values in code are identifiers and types: `first_name: str`, `name=name`, `Optional[str]`.
  const unquoted = quoted === false;
  const lower = lowerCaseName(value);
  if (
    unquoted &&
    !lower &&
    (codeWord.test(value) ||
      !/^(?:[\p{Lu}\p{Lo}]|(?:van|von|de|der|den|da|di|du|del|della|la|le|ten|ter) \p{Lu})/u.test(value) ||
      /^[[(.=]/.test(text[end] ?? '') ||
      // `"first_name"=EXCLUDED."first_name"`: a table's name qualifying a column in SQL.
      (value.endsWith('.') && /^["'`\w]/.test(text[end] ?? '')))
  )
    return 0;
  const caseless = cjk ? 0 : caselessName(value);
  // `לא ידוע`, `не указано`: unknown, not given.
  if (caseless === 0 && caselessHead.test(value)) return 0;
  if (cyrillicOrGreek.test(value) && value.split(' ').some((w) => scriptNull.has(w.toLowerCase()))) return 0;
  // `Kestrel Analytics GmbH`, `Maison Dupont` under a payer's or a holder's name; `Test Customer`,
  // `Support Team` under a name column (an account or a fixture). Their first or last word says so.
  const blank = value.indexOf(' ');
  // `"displayName": "Phone"` (an authenticator): one word that is no name.
  // (`"lastName": "Price"`: a name that is a word as well is a name there.)
  if (blank === -1 && kind === 'specific') {
    // `"display_name": "femi.a"`: a handle in lower case with a dot or an underscore, no name.
    if (handleShape.test(value)) return 0;
    const key = nameKey(value);
    // (`last_name = 'Dijkstra'`: a family name that names an algorithm too is a name there.)
    if (
      (notNames.has(key) && !isWordName(key) && !(key.length >= 5 && surnames.has(key))) ||
      isRoleWord(key) ||
      isRecordNoun(key) ||
      // `"real_name": "Slackbot"`, `Dependabot`: a bot's account (`Talbot` is a family name).
      (key.length >= 6 && key.endsWith('bot') && !surnames.has(key))
    )
      return 0;
  }
  if (blank === -1 && kind === 'bare' && isCountryName(nameKey(value))) return 0;
  if (blank !== -1) {
    const firstWord = value.slice(0, blank);
    const first = nameKey(firstWord);
    const last = nameKey(value.slice(value.lastIndexOf(' ') + 1));
    if (isCompanyMark(firstWord, first) || companyMarks.has(last.replace(/\./g, ''))) return 0;
    if (kind === 'specific' && (isRoleWord(first) || isRoleWord(last))) return 0;
    // `Posta de Salud Chinchero` under `referred_by`: a place or an institution, not a person.
    if (kind === 'role' && placeWords(first, last)) return 0;
    // `"gast": "DJK Adolph Kolping Mainz"` (a fixture's away team), `Judo Club Roger Vachon` under
    // `name`: a club named after someone.
    if (kind !== 'specific' && associationName(value.split(' '))) return 0;
    // `John Doe`, `Test Customer`, `Mystery Shopper`: placeholders and test accounts.
    if (kind === 'specific' && (notNames.has(first) || notNames.has(last))) return 0;
  }
  // `^` joins an HL7 name's components (`HALVORSEN^TOVE`).
  // `<<` and `<` join a machine-readable zone's name parts (`WHITMORE<<ELEANOR<GRACE`).
  // Combining marks (`Adébáyọ̀`: a tone mark over a dotted vowel) are part of the letters they sit on.
  // Uzbek Latin writes its `oʻ` and `gʻ` with a turned comma, often typed as `‘` (`Xudoyberdiyev Jasur
  // Baxtiyor o‘g‘li`, the patronymic's "son of" last).
  if (kind === 'specific')
    return cjk || caseless > 0 || /^[\p{L}][\p{L}\p{M}'’‘. ,^<-]*$/u.test(shape) ? 0.85 : 0;
  if (cjk) {
    if (kind === 'role' || cjkListed(value)) return 0.8;
    // (`{"name": "牛明杰", "plan": "team"}`: a rarer family name under a bare `name`, three characters.)
    const table = tableKind(cell);
    return table === 'people' || (table === 'unknown' && cjkNamed(value, false)) ? 0.75 : 0;
  }
  // Scripts without capitals say nothing by their shape: two words or more under a role, or under a
  // bare `name` in a record of people (`الاسم` beside `رقم الجوال`, mobile number).
  // Elsewhere (`id | name | city`), a listed given name first and a listed name last.
  if (caseless > 0) {
    if (caseless < 2) return 0;
    if (kind === 'role') return 0.8;
    const table = tableKind(cell);
    return table === 'people' || (table === 'unknown' && caselessListed(value)) ? 0.75 : 0;
  }
  // `DESHAWN M PRICE` under `cardholder`, `Joy Price` under a bare `name` beside phones and e-mails:
  // a family name that is also an everyday word (`Price`, `Black`) after a listed given name, in a
  // column of people.
  if (!nameShaped(value) && !lower && !(peopleColumn(kind, cell) && givenThenWord(value))) return 0;
  const keys = value.split(/[ \t,]+/).map(nameKey);
  if (brandIn(keys)) return 0;
  // `Vries-Bakker`: a double-barrelled name is listed when one of its halves is.
  const hit = keys.some((k) => listedKey(k) || (k.includes('-') && k.split('-').some(listedKey)));
  const words = keys.length;
  // An owner or a contact may be a queue or a team (`Support Queue`, `Data Team`): no name holds a role word.
  // As sure as prose with a listed word, so that the whole cell wins over a part (`Nguyen, Bao Tran`).
  if (kind === 'role') return (hit || words >= 2) && !keys.some(isRoleWord) ? (hit ? 0.85 : 0.8) : 0;
  // A bare `name`: a person's in a table of people, a product's or company's in a table of things;
  // a role word names an account (`Site Admin`, `Support Team`), as under a role column.
  if (keys.some(isRoleWord)) return 0;
  const table = tableKind(cell);
  if (table === 'things') return 0;
  if (table === 'people') return 0.75;
  // `"name": "Aéroport Paris-Charles de Gaulle"` beside `iata` and `daily_pax`: outside a table of
  // people, a listed name by a place's noun names the place.
  if (placeWords(keys[0] as string, keys[words - 1] as string)) return 0;
  return hit ? 0.8 : titledCyrillicOrGreek(value) ? 0.7 : 0;
}

/** A title written after a name in a list of guests or passengers: `Haddad, Karim Mr`, `SMITH JOHN MRS`. */
export const trailingTitle = / (?:Mr|Mrs|Ms|Miss|Mx|Mstr|Dr|Prof|MR|MRS|MS|MISS|MSTR|DR)\.?$/;

/** Whether a cell spells its column's header in words (`Recipient Last Name` under `RecipientLastName`). */
export function labelRow(value: string, header: string): boolean {
  if ((value.charCodeAt(0) | 32) !== (header.charCodeAt(0) | 32)) return false;
  return value.replace(/[\s_]+/g, '').toLowerCase() === header.replace(/[\s_]+/g, '').toLowerCase();
}

/**
 * `Dr R. Menon`, `Ms T. Adeyemi`, `인사팀 이하늘` under a name key or column: the length of the title or
 * the team before the name (neither is part of it).
 */
export function titleLength(value: string): number {
  if (value.length <= 3) return 0;
  if (value.charCodeAt(0) >= 0x3000) return teamLength(value);
  // `Herr Dr. Klaus-Dieter Rößler`: titles stack.
  let length = 0;
  for (let m = leadingTitle.exec(value); m !== null; m = leadingTitle.exec(value.slice(length)))
    length += m[0].length;
  // `D. Francisco Javier Moreno Carrasco`: Spanish `D.` (don) before a name of two words or more.
  if (value.startsWith('D. ', length) && donName.test(value.slice(length + 3))) length += 3;
  // `Sri G. Ramachandra Reddy`: Sri before an initial is a title.
  if (value.startsWith('Sri ', length) && /^\p{Lu}\. /u.test(value.slice(length + 4))) length += 4;
  const late = length === 0 ? lateMark.exec(value) : null;
  if (late !== null) return late[0].length;
  const cell = length === 0 ? cellTitle.exec(value) : null;
  return cell === null ? length : cell[0].length;
}

/**
 * Bengali honorifics, abbreviated with `ঃ` or a full stop: `মোঃ` and `মো.` (Md.), `মোছাঃ`, `মোসাঃ`,
 * `মোসাম্মৎ` (Mst.), `ডাঃ` (Dr), `জনাব` (Mr), `শ্রী`, `শ্রীমতী`: `মোছাঃ ফাতেমা খাতুন` is `ফাতেমা খাতুন`.
 */
const bengaliTitles = `মোছাম্মৎ মোসাম্মৎ মোছাঃ মোসাঃ মোঃ মো\\. মোছা\\. ডাঃ ডা\\. জনাব শ্রীমতী শ্রী`.split(' ');
/**
 * Titles before a name in a cell that prose cannot take for titles (they are words there too):
 * Arabic, Persian, Hebrew and Hindi titles (`الدكتور فيصل سلطان الدوسري`, `مهندس علیرضا کریمی‌نژاد`,
 * engineer), Acehnese `Cut` (a noblewoman's title; `Teuku`, a man's, is read as a name), Indonesian
 * `Hj.` (hajja), `Ir.` (engineer), `Drs.`, and Bengali honorifics.
 */
const cellTitle = new RegExp(
  `^(?:${[...caselessTitles, 'مهندس', 'دکتر', 'Cut', 'Hj\\.', 'Ir\\.', 'Drs\\.', ...bengaliTitles].join('|')}) (?=\\S)`,
  'u',
);

/**
 * "The late" before a dead parent's or husband's name in South Asian and Arabic registers (`মৃত
 * হাসান আলী`, `स्व. रामप्रसाद`, `مرحوم عبدالقادر`, `Late Abdul Karim`): no part of the name.
 */
const lateMark =
  /^(?:মৃত|মরহুম|মরহুমা|স্বর্গীয়|স্বর্গীয়া|स्व\.|स्वर्गीय|स्वर्गीया|مرحوم|مرحومہ|المرحوم|المرحومة|Late) (?=\S)/u;

/** `인사팀 이하늘`, `営業部 田中太郎`: the length of the person's team before the name. */
export function teamLength(value: string): number {
  return teamPrefix.exec(value)?.[0].length ?? 0;
}

const teamPrefix = /^\S{1,8}(?:팀|부|부서|課|部|室|係)[ \u3000]/u;

/** Countries that a bare `name` column of a reference table holds, beyond `isCountryWord`'s. */
const moreCountries = new Set(
  'france poland turkey turkiye ukraine romania hungary greece croatia serbia egypt morocco nigeria vietnam thailand indonesia'.split(
    ' ',
  ),
);

/** Whether one word under a bare `name` header is a country's name (`Germany`, `Türkiye`): no person's. */
function isCountryName(key: string): boolean {
  return isCountryWord(key) || moreCountries.has(key);
}

/**
 * How much of a name in `^`-joined components (DICOM PN, HL7 XPN) is the person's name: family,
 * given and middle name, without the empty components, name type code, prefix and suffix after them.
 */
export function caretNameLength(value: string): number {
  const parts = value.split('^');
  let keep = Math.min(parts.length, 3);
  while (keep > 1 && (parts[keep - 1] as string) === '') keep--;
  return parts.slice(0, keep).join('^').length;
}

/** Degrees and professional letters after a name (`DDS`, `PhD`, `B.Eng.`, `S.Kom.`): no part of it. */
export const postNominal =
  /,? (?:DDS|DMD|MD|PhD|Ph\.D\.?|DVM|MBA|CPA|Esq\.?|RN|JD|MBBS|FRCS|B\.Sc\.?|BSc|M\.Sc\.?|MSc|B\.Eng\.?|M\.Eng\.?|Dipl\.-Ing\.?|S\.Kom\.?|S\.Pd\.?|S\.Ked\.?|S\.E\.?|S\.H\.?|S\.T\.?|M\.M\.?|M\.Kom\.?)$/;
/** A generational suffix ending a name (`Jr`, `Sr`), whose full stop is part of it. */
const generational = / (?:Jr|Sr|JR|SR)$/;

/**
 * `Hope Little DDS` → `Hope Little`; `Bill Abernathy Sr` → `Bill Abernathy Sr.`: a name's span
 * without the degrees after it and with its generational suffix whole.
 */
export function withSuffixes(text: string, f: Finding): Finding {
  if (f.end - f.start < 6) return f;
  const name = text.slice(f.start, f.end);
  // `van den Berg^Maarten^^^^^L` (HL7 PID-5): family, given and middle name; empty components, the
  // name type code and the prefix after them are not the name.
  if (name.includes('^')) {
    const end = f.start + caretNameLength(name);
    return end < f.end ? { ...f, end } : f;
  }
  const degree = postNominal.exec(name);
  if (degree !== null && degree.index > 2) return { ...f, end: f.start + degree.index };
  if (text.charCodeAt(f.end) === 46 && generational.test(name)) return { ...f, end: f.end + 1 };
  return f;
}
