import { surnameShaped } from './name-cues.js';
import { companyMarks, eponymousBrands, givenNames, nameKey, surnames } from './names.js';
import { isCompanyMark, isLower, type Token } from './person-words.js';
import { isLetterAt } from './scan.js';
import { normalizeHeader, type TableCells, type TableGroup } from './tables.js';

/**
 * PERSON's exclusion of organisations named after someone: a company mark after the name (`Acme
 * Holdings, Inc.`, `Jansen B.V.`), an eponymous brand (`Charles Schwab`), a club's or an
 * association's word in or before the run (`Judo Club Roger Vachon`, `DJK Adolph Kolping Mainz`), and
 * a table row whose type column says it is an organisation's.
 */

/** The first words of the eponymous brands: a pair opening with another word is none. */
const brandFirsts: ReadonlySet<string> = new Set(
  [...eponymousBrands].map((pair) => pair.split(' ')[0] as string),
);

/**
 * Whether two neighbouring words, given as their `nameKey`s, are an eponymous brand (`Charles
 * Schwab`, `Dr. Oetker`).
 */
export function brandIn(keys: readonly string[]): boolean {
  for (let i = 0; i + 1 < keys.length; i++) {
    const first = withoutDot(keys[i] as string);
    if (!brandFirsts.has(first)) continue;
    // `John Lewis-Servern`: a German compound on the brand's last word still names the brand.
    const second = (keys[i + 1] as string).split('-')[0] as string;
    if (eponymousBrands.has(`${first} ${second}`)) return true;
  }
  return false;
}

const withoutDot = (key: string): string => (key.endsWith('.') ? key.slice(0, -1) : key);

/**
 * A run that names an organisation: a company mark after it (`Acme Holdings, Inc.`), an eponymous
 * brand, a club or an association (`associationRun`), a co-branded card (`cardProduct`), or an
 * occasion a campaign or a page is named for (`occasion`).
 */
export function organisation(text: string, end: number, title: string | undefined, tokens: Token[]): boolean {
  if (title === undefined && tokens.length > 1 && associationRun(text, tokens)) return true;
  if (title === undefined && tokens.length > 0 && vietnameseCompany(text, (tokens[0] as Token).start))
    return true;
  if (title === undefined && tokens.length > 1 && cardProduct(text, tokens)) return true;
  if (tokens.length > 1 && occasion(tokens)) return true;
  if (title === undefined && firmPartners(text, end, tokens)) return true;
  let k = end;
  if (text.charCodeAt(k) === 32) k++;
  const comma = text.charCodeAt(k) === 44;
  if (comma) k++;
  // `Dr Patel & Partners`, `Ernst & Young`: the firm's word after an ampersand.
  if (text.charCodeAt(k) === 38) k++;
  if (text.charCodeAt(k) === 32) k++;
  // `Brandt Sport A/S`, `Dahl Johansen ASA`: Danish and Norwegian marks, in capitals and with a slash.
  if (nordicMark.test(text.slice(k, k + 5))) return true;
  let e = k;
  while (e < k + 40 && e < text.length && isLetterAt(text, e)) e++;
  // `Beatriz Santos sa Grade 8` (Tagalog `sa`, in): a short company mark in lower case is a word.
  if (
    e > k &&
    companyMarks.has(nameKey(text.slice(k, e))) &&
    (e - k > 3 || !isLower(text.charCodeAt(k))) &&
    !(comma && firmOpening(text, k, e))
  )
    return true;
  // `Hermanos Vidal S.L.L.`, `Fratelli Rossi S.p.A.`, `Jansen B.V.`: a mark written with full stops.
  if (e === k + 1 && text.charCodeAt(e) === 46 && !isLower(text.charCodeAt(k))) {
    const dotted = /^(?:\p{L}{1,2}\.){2,4}/u.exec(text.slice(k, k + 12));
    if (dotted !== null && companyMarks.has(nameKey(dotted[0].replace(/\./g, '')))) return true;
  }
  const keys = tokens.map((t) => t.key);
  // `Jack Daniel's gift sets`: the brand's own `s` read as a possessive.
  if (keys.length > 0 && possessive(text, end)) keys.push(`${keys.pop() as string}s`);
  return brandIn(title === undefined ? keys : [nameKey(title), ...keys]);
}

/**
 * Whether the run opens a firm's name of family names joined by commas or a conjunction that ends in
 * a company's mark: `Godínez Zepeda e Hijos`, `Ortiz Ruelas, Blanco Nava y Menchaca Verdugo
 * Asociados`, `Larsson Sundberg, Jönsson Kommanditbolag`, `Hansen og Sønner`. Each partner after the
 * run has a family name (listed or of its shape) and no given name (`Mary Smith and John Jones Ltd`,
 * `Olle Kask and Acme Ltd` name someone beside a firm), nor does the run open with one that is no
 * family name as well; the mark closes a partner's words.
 */
function firmPartners(text: string, end: number, tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first === undefined || (givenNames.has(first.key) && !surnames.has(first.key))) return false;
  partners.lastIndex = end;
  const m = partners.exec(text);
  if (m === null) return false;
  for (const part of m[0].split(joined).slice(1)) {
    const words = part.split(' ');
    const mark = words.findIndex((w) => isCompanyMark(w, nameKey(w)));
    const names = mark === -1 ? words : words.slice(0, mark);
    const keys = names.map(nameKey);
    if (keys.some((k) => givenNames.has(k) && !surnames.has(k))) return false;
    if (names.length > 0 && !names.some((w, i) => surnames.has(keys[i] as string) || surnameShaped(w)))
      return false;
    // (`Svenja Tiedemann, Kanzlei Tiedemann & Voss`: a firm's noun opening a name is `firmOpening`'s.)
    if (mark !== -1) return mark === words.length - 1;
  }
  return false;
}

/** Conjunctions that join the partners of a firm: and, y, e, og, och, en, und, et, i, és, και. */
const joint = '(?:&|and|und|et|y|e|i|og|och|en|és|και)';
/** A comma or a conjunction between two partners of a firm. */
const joined = new RegExp(`,? ${joint} |, `, 'u');
/**
 * Capitalised words after the run, joined by blanks, commas or a conjunction (at least one of the
 * last two); a dozen at most, so that a long list is not read again from each name in it.
 */
const partners = new RegExp(
  String.raw`(?:,? ${joint} |, )(?:\p{Lu}[\p{L}'’-]*(?:,? ${joint} |, | )){0,12}\p{Lu}\p{L}*`,
  'uy',
);

/** Danish (`A/S`, `ApS`'s siblings `I/S`, `K/S`, `P/S`) and Norwegian (`AS`, `ASA`, `ANS`) marks, as written. */
const nordicMark = /^(?:[AIKP]\/S|ASA?|ANS)(?![\p{L}\p{N}/])/u;

/**
 * Whether words, as written, name a club, an association, a league or a group (after someone or a
 * place), not a person: a club's noun before the last word (`Judo Club Roger Vachon`, `Sportverein
 * Hans Müller`, `Coordinación Banco de Alimentos Valladolid`), a club's adjective or a league's noun
 * first (`Deportivo Ramón Ortega` of a `Club Social y Deportivo`, `Liga Pádel Son Rigo`), or a club's
 * abbreviation first (`DJK Adolph Kolping Mainz`, `TSV Carl Diem`). (`Director Deportivo Juan Pérez`,
 * `Premier League Harry Kane`: an adjective or a league's noun after another word names a post or a
 * competition before a person.)
 */
export function associationName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0] as string;
  if (openingAbbreviation(first, words.slice(1)) || associationOpeners.has(nameKey(first))) return true;
  for (let i = 0; i < words.length - 1; i++)
    if (associationNouns.has(nameKey(words[i] as string))) return true;
  return false;
}

/**
 * Whether a run of capitalised words (`tokens`) names a club or an association (`associationName`),
 * its words alone or after a club's abbreviation in capitals, which no run holds (`DJK Adolph Kolping`).
 */
function associationRun(text: string, tokens: readonly Token[]): boolean {
  if (associationName(tokens.map((t) => t.word))) return true;
  const start = (tokens[0] as Token).start;
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return false;
  const before = clubAbbreviationBefore.exec(text.slice(Math.max(0, start - 8), start));
  return (
    before !== null &&
    openingAbbreviation(
      before[1] as string,
      tokens.map((t) => t.word),
    )
  );
}

/**
 * Whether an abbreviation in capitals before `words` opens an organisation's name: a sports club's
 * (`DJK Adolph Kolping`), or an Indonesian company's legal form (`CV Sinar Jaya Abadi`, `PT Maju
 * Bersama`) before words none of which is a listed family name (`PT John Smith` is a patient's or a
 * physiotherapist's note, `CV Jane Doe` a résumé's heading).
 */
function openingAbbreviation(abbreviation: string, words: readonly string[]): boolean {
  if (clubAbbreviations.has(abbreviation)) return true;
  return companyForms.has(abbreviation) && !words.some((w) => surnames.has(nameKey(w)));
}

/**
 * Indonesian companies' legal forms, written before the name (case counts): `PT` (perseroan terbatas,
 * a limited company), `CV` (commanditaire vennootschap, a limited partnership), `UD` (usaha dagang, a
 * trading business).
 */
const companyForms: ReadonlySet<string> = new Set(['PT', 'CV', 'UD']);

/**
 * Whether the run at `start` ends a Vietnamese company's name, its noun earlier in the clause with
 * only words between: `Công ty CP Phần mềm Sông Hàn` (a joint-stock software company named after a
 * river), `Công ty TNHH Minh Anh`, `Tập đoàn Hòa Phát` (a group). Their names are given names and
 * places as often as words. (`Công ty ABC, ông Nguyễn Văn An`: after a comma, a person.)
 */
function vietnameseCompany(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  const head = text.slice(Math.max(0, start - 64), start);
  if (!head.includes('ty ') && !head.includes('TY ') && !head.includes('oàn ')) return false;
  return vietnameseCompanyBefore.test(head);
}

/** A Vietnamese company's or group's noun, then up to five words, before a run. */
const vietnameseCompanyBefore =
  /(?<![\p{L}\p{M}])(?:Công ty|Công Ty|CÔNG TY|Cty|CTY|Tập đoàn|Tập Đoàn)(?: [\p{L}\p{M}]+){0,5} $/u;

/**
 * Nouns of clubs, associations and their bodies (keys, accents folded): club, sports and gymnastics
 * club, association, federation, brotherhood, coordinating office. Not `team` or `committee`, role
 * words already (`isRoleWord`).
 */
const associationNouns: ReadonlySet<string> = new Set(
  `club clube klub kulubu sportclub verein sportverein turnverein vereniging asociacion associacao
association associazione federacion federacao federazione hermandad cofradia agrupacion coordinacion
coordenacao coordinamento`.split(/\s+/),
);

/**
 * Words that open a club's, a league's or a group's name: `Deportivo`, `Atlético`, `Sportivo` (of a
 * Club … y Deportivo), league, group, team and squad in Spanish, Portuguese and Italian.
 */
const associationOpeners: ReadonlySet<string> = new Set(
  'deportivo desportivo sportivo atletico liga lega grupo gruppo equipo equipe squadra'.split(' '),
);

/**
 * Whether a run opened by a card network names a card product, a card word being near on its line:
 * `las tarjetas son Visa Sanborns Inbursa`, `the Mastercard World Elite card`. (`Visa Mäkinen`, a
 * Finnish given name, where no card is spoken of, is a person.)
 */
function cardProduct(text: string, tokens: readonly Token[]): boolean {
  const first = tokens[0] as Token;
  if (!cardNetworks.has(first.key)) return false;
  const last = tokens[tokens.length - 1] as Token;
  const lineStart = text.lastIndexOf('\n', first.start) + 1;
  let lineEnd = text.indexOf('\n', last.end);
  if (lineEnd === -1) lineEnd = text.length;
  const around = `${text.slice(Math.max(lineStart, first.start - 48), first.start)} ${text.slice(last.end, Math.min(lineEnd, last.end + 32))}`;
  return cardWord.test(around);
}

/** Card networks that open a co-branded card's name (keys). */
const cardNetworks: ReadonlySet<string> = new Set(['visa', 'mastercard', 'amex', 'maestro']);

/** A payment card's noun: card, credit card, tarjeta, cartão, carte, Karte, kaart, carta, kart. */
const cardWord =
  /(?<!\p{L})(?:cards?|tarjetas?|cart(?:ão|ões|oes|ao)|cartes?|karten?|kaarten?|carta|kart[ıi]?)(?!\p{L})/iu;

/**
 * Whether a run names an occasion rather than a person: a festive greeting in it (`Ramadan Kareem –
 * Calvin Klein`, a campaign's name; `Eid Mubarak`), or an event's noun closing it (`Dr. Seuss
 * Reading Week`, `Ada Lovelace Festival`). (`Kareem Ramadan`, the other way round, is a person.)
 */
function occasion(tokens: readonly Token[]): boolean {
  if (eventNouns.has((tokens[tokens.length - 1] as Token).key)) return true;
  for (let i = 0; i + 1 < tokens.length; i++)
    if (festiveGreetings.has(`${(tokens[i] as Token).key} ${(tokens[i + 1] as Token).key}`)) return true;
  return false;
}

/** Nouns of events that close their names (keys); none is a family name (not `Day`, `Fair`). */
const eventNouns: ReadonlySet<string> = new Set(
  'week festival fest expo summit conference awards marathon jamboree carnival hackathon'.split(' '),
);

/** Festive greetings whose words are names as well (keys, in order): `Ramadan Kareem`, `Hari Raya`. */
const festiveGreetings: ReadonlySet<string> = new Set([
  'ramadan kareem',
  'ramadan mubarak',
  'eid mubarak',
  'eid saeed',
  'jumma mubarak',
  'diwali mubarak',
  'nowruz mubarak',
  'hari raya',
  'shana tova',
]);

/** A word of two to five letters ending just before a run, after a blank. */
const clubAbbreviationBefore = /(?:^|[^\p{L}\p{N}])(\p{L}{2,5}) $/u;

/**
 * Abbreviations of sports clubs as they are written (case counts): German `SV`, `TSV`, `DJK`, `VfB`,
 * `SpVgg`, and the `FC`, `CF`, `CD`, `AC`, `SC` of football clubs.
 */
const clubAbbreviations: ReadonlySet<string> = new Set(
  'SV TSV DJK SSV FSV VfB VfL VfR TuS TSG SpVgg FC CF CD AC SC'.split(' '),
);

/**
 * `Rechtsanwältin Svenja Tiedemann, Kanzlei Tiedemann & Voss`, `Dr. Anna Weber, Praxis Dr. Weber`:
 * after a comma, a firm's noun written in words (not `Inc`, `GmbH`) and then a capitalised word opens
 * the name of the firm the person works for; it makes no firm of the name before the comma.
 */
function firmOpening(text: string, k: number, e: number): boolean {
  if (e - k < 5 || !isLower(text.charCodeAt(k + 1)) || text.charCodeAt(e) !== 32) return false;
  const next = /^\p{Lu}\p{L}*/u.exec(text.slice(e + 1, e + 40));
  // (`Jansen, Textil GmbH`: two marks are one firm's name.)
  return next !== null && !companyMarks.has(nameKey(next[0]));
}

/**
 * Whether the run at `start` follows a product's model and its designation (`Tesla Model Y Long
 * Range`, `Model 3 Performance`, `Modell X Plaid`): a trim's name, not a person's (a pinyin reading
 * makes `Long Range` one).
 */
export function modelTrim(text: string, start: number): boolean {
  if (start < 8 || text.charCodeAt(start - 1) !== 32) return false;
  return modelBefore.test(text.slice(Math.max(0, start - 20), start));
}

/** A model's word and its designation of capitals and digits (`Model Y `, `Modelo 3 `, `Model S2 `), before a run. */
const modelBefore = /(?:^|[^\p{L}])(?:Model|Modell|Modelo|Modèle|Modello) [A-Z0-9][A-Z0-9-]{0,4} $/u;

const possessive = (text: string, end: number): boolean =>
  (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) && text.charCodeAt(end + 1) === 115;

/**
 * Whether the row of cell `i` says by a type column that it is an organisation's:
 * `RF-220871 | John Lewis Partnership | merchant | …` under `refund_id | payee_name | payee_type`,
 * `customer_type: business`. Cells of one row share a line; a type column is read once per table.
 */
export function organisationRow(text: string, table: TableCells, i: number): boolean {
  const { start, end, column, columnGroup } = table;
  const group = columnGroup[column[i] as number] as TableGroup;
  let types = typeColumns.get(group);
  if (types === undefined) {
    types = new Set(group.headers.filter((h) => typeHeader.test(normalizeHeader(h))));
    typeColumns.set(group, types);
  }
  if (types.size === 0) return false;
  const lineFrom = text.lastIndexOf('\n', start[i] as number) + 1;
  let lineTo = text.indexOf('\n', end[i] as number);
  if (lineTo === -1) lineTo = text.length;
  for (let j = Math.max(0, i - 24); j < Math.min(start.length, i + 24); j++) {
    if (j === i || columnGroup[column[j] as number] !== group) continue;
    if ((start[j] as number) < lineFrom || (end[j] as number) > lineTo) continue;
    if (!types.has(table.columnHeader[column[j] as number] as string)) continue;
    if (organisationType.test(text.slice(start[j], table.valueEnd[j]).trim())) return true;
  }
  return false;
}

/** The headers of each table's type columns (memoised per table). */
const typeColumns = new WeakMap<TableGroup, Set<string>>();
/** A column saying what kind of party a row is: `payee_type`, `customer_type`, `entity_kind`. */
const typeHeader = /(?:^|_)(?:type|kind|entity)$/;
/** Kinds of party that are organisations: merchant, company, business, … (no `individual`). */
const organisationType =
  /^(?:merchant|company|business|corporate|corporation|organi[sz]ation|org|vendor|supplier|institution|charity|nonprofit|non-profit|ngo|government|agency|bank|b2b|legal[ _]entity|legal[ _]person|partnership|llc|ltd|plc|gmbh|firm|employer|school|hospital|clinic|store|shop|retailer|empresa|entreprise|unternehmen|firma|pessoa[ _]juridica|persona[ _]juridica|juridica)$/i;
