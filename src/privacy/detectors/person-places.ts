import { isPlaceHead, isPlaceTail, isRoleWord } from './name-cues.js';
import { givenNames, isWordName, nameKey, surnames } from './names.js';
import { isLower } from './person-words.js';
import { isDigit, isLetterAt } from './scan.js';

/**
 * PERSON's exclusion of places named after someone: a street's, a building's or an institution's
 * noun before the name (`rue Victor Hugo`, `Av. Javier Prado`, `Hospital Dr. Carlos Alberto
 * Studart`) or a lower-case one after it (`Bartók Béla út`), and the place nouns of a run.
 */

/** Street nouns that Dutch, German and Scandinavian glue to a name (keys, accents folded). */
export const streetSuffix =
  /(?:laan|straat|plein|gracht|kade|singel|dreef|steeg|strasse|strase|platz|allee|gasse|damm|ufer|gatan|vagen|veien|vej|gade)$/;

export const placeFamily = /^(?:park|hall|lane|church|heath|hill|green|wood|field|brook|ford|gate|cross)$/;

/**
 * Whether a value's first and last words (as `nameKey` spells them) name a place after someone: a
 * place's noun opens it (`Aéroport Paris-Charles de Gaulle`, `Gare Saint-Lazare`, `Posta de Salud
 * Chinchero`) or closes it (`John F. Kennedy International Airport`, `Lincoln Center`).
 */
export const placeWords = (first: string, last: string): boolean => isPlaceHead(first) || isPlaceTail(last);

/**
 * Whether a run of three words or more ending in a building's noun that is a family name as well
 * (`hall`, `church`: `Aled Hall` is a person) names the building after someone named in full before
 * it: `David Geffen Hall`, `Roy Thomson Hall`, `Alice Tully Hall`. The word before the noun is then a
 * family name, not a given or middle name (`Mary Ellen Hall`, `John Stuart Hall` are people).
 * Keys as `nameKey` spells them.
 */
export function buildingAfterFullName(keys: readonly string[]): boolean {
  if (keys.length < 3 || !buildingFamily.test(keys[keys.length - 1] as string)) return false;
  return !givenNames.has(keys[keys.length - 2] as string);
}

const buildingFamily = /^(?:hall|church)$/;
export const placeShaped =
  /(?:side|view|dale|wood|field|ton|ville|land|brook|bridge|mount|lake|river|oak|pine|cedar|maple|water|stone|north|south|east|west)$/;

/**
 * `bâtiment Jean Monnet`, `rue Victor Hugo`, `Charles de Gaulle airport`, `el metro Pablo Iglesias`,
 * `Masjid-e-Noor Bradford`: a place named after someone, told by a place noun just before the name
 * (or glued to it, see `gluedToWorship`) or a lower-case one just after it.
 */
export function namedPlace(text: string, start: number, end: number): boolean {
  // `Bà Nà` (hills), read from its title's word: a place, not Mrs Nà.
  if (end - start <= 10 && titledPlaces.has(text.slice(start, end))) return true;
  // `C/ Miguel Servet` (Spanish for calle).
  if (start >= 2 && /(?:^|[^\p{L}])[Cc]\/ ?$/u.test(text.slice(Math.max(0, start - 4), start))) return true;
  // `Hospital de Clínicas "José de San Martín"`, `UMF No. 28 "Gabriel Mancera"`: a quoted name a few
  // words after an institution's noun is the institution's. (Not a noun of another line or value:
  // `["No", "Asal Sekolah"],` over `["1", "Dewi Ayu Kusumawardani"`, a sheet's header row.)
  if (start > 0 && openingQuote(text.charCodeAt(start - 1))) {
    const head = text.slice(Math.max(0, start - 40), start - 1);
    const words = head.slice(otherValue(head) + 1).split(/[^\p{L}]+/u);
    if (words.slice(-4).some((w) => w.length > 1 && (placeBefore.has(nameKey(w)) || isPlaceHead(nameKey(w)))))
      return true;
    if (institutionTail.test(head)) return true;
  }
  if (text.charCodeAt(start - 1) === 45 && gluedToWorship(text, start)) return true;
  if (text.charCodeAt(end) === 44 && vietnameseAddressPart(text, start, end)) return true;
  if (numberedStreet(text, start, end) || numberedStreetNoun(text, start, end)) return true;
  if (ruaAbbreviated(text, text.startsWith('R. ', start) ? start + 3 : start, end)) return true;
  // The word before, past blanks, an abbreviation's dot and an opening quote (`Str. Mihai Eminescu`,
  // `Av. Javier Prado`, `Muzeul Național „George Enescu"`), and the one before it.
  let k = start - 1;
  for (let words = 0; words < 2; words++) {
    while (k >= 0 && skippedBeforePlace(text.charCodeAt(k))) k--;
    let b = k;
    while (b >= 0 && isLetterAt(text, b)) b--;
    if (k === b) break;
    const key = nameKey(text.slice(b + 1, k + 1));
    // `her building manager Felix Amundsen`, `the campus coordinator …`: a role in lower case just
    // before the name is the person's, whatever place it is the role of.
    if (words === 0 && isLower(text.charCodeAt(b + 1)) && isRoleWord(key)) break;
    if (
      placeBefore.has(key) &&
      !bareAbbreviation(text, b + 1, k + 1) &&
      !(key === 'ca' && !elided(text, k + 1))
    )
      return true;
    k = b;
  }
  // `Rua Padre João Manuel, 755, ap. 42 — Cerqueira César, São Paulo`: after a street and its house
  // number on the same line, names are the district's and the town's.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 12) {
    const street = addressLine.exec(text.slice(lineStart, start));
    if (street !== null && placeBefore.has(nameKey(street[1] as string))) return true;
  }
  // `Bartók Béla út`: a lower-case noun after it, accented letters too.
  const lowerAt = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return isLower(c) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
  };
  if (text.charCodeAt(end) === 32 && upperAfter(text, end + 1)) return true;
  if (text.charCodeAt(end) !== 32 || !lowerAt(end + 1)) return false;
  let e = end + 1;
  while (e < end + 24 && lowerAt(e)) e++;
  const tail = nameKey(text.slice(end + 1, e));
  // (`María Teresa Etxeberria este año`: a compass word before another word is Spanish `este`, this.)
  if (compassWords.has(tail) && text.charCodeAt(e) === 32 && lowerAt(e + 1)) return false;
  if (tail === 'tee') return houseNumberAfter.test(text.slice(e, e + 8));
  return isPlaceTail(tail) || estonianStreets.has(tail);
}

/**
 * `Johan Cruijff ArenA`, `Abe Lenstra STADION`: a place's noun after the name in capitals or mixed
 * case, which the run of title-case words leaves out.
 */
function upperAfter(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (!(c >= 65 && c <= 90)) return false;
  let e = at + 1;
  while (e < at + 16 && isLetterAt(text, e)) e++;
  if (isLetterAt(text, e)) return false;
  const word = text.slice(at, e);
  return word.length > 2 && !/^\p{Lu}\p{Ll}+$/u.test(word) && isPlaceTail(nameKey(word));
}

/**
 * `Athens International Airport "Eleftherios Venizelos"`, `National Stadium "Vasil Levski"`: a
 * capitalised noun closing an institution's English name right before the quote, which then gives
 * the name it honours. Capitalised only: `the driver at the airport "Maria Lopez"` holds a sign.
 */
const institutionTail =
  /(?:^|[^\p{L}])(?:Airport|Aerodrome|Airfield|Stadium|Arena|Station|Museum|Academy|Theatre|Theater) ?$/u;

/**
 * Estonian street types after the name they honour, in lower case (`Jaan Poska tn`, `Pärnu mnt`,
 * `Kadrioru puiestee`): street, avenue, highway and square, and the abbreviations of the first two.
 * `tee` (road: `A. H. Tammsaare tee 47`) is an English word as well (`Mark Evans tee time`): it names
 * a street before a house number only (`houseNumberAfter`).
 */
const estonianStreets: ReadonlySet<string> = new Set('tanav puiestee maantee valjak tn mnt'.split(' '));

/** A house number after a street's type: ` 47`, ` 12a,`, ` 5/7`; not a time (` 10:30`). */
const houseNumberAfter = /^ \d{1,4}[a-zA-Z]?(?:\/\d{1,4})?(?![\p{L}\p{N}:.])/u;

/**
 * Where the last line break, quote or bracket of `head` is (in `"Asal Sekolah"],\n    ["1", `, the
 * quote closing `1`): the words before it are another value's. -1 if there is none.
 */
function otherValue(head: string): number {
  let at = -1;
  for (const c of '\n"[]{}') at = Math.max(at, head.lastIndexOf(c));
  return at;
}

/**
 * Vietnamese places whose names open with a title's word (`Bà`, Mrs; `Ông`, Mr), read as a title and a
 * name: `Bà Nà` (hills by Đà Nẵng), `Bà Rịa` (a province's town), `Bà Chiểu` (a market of Saigon),
 * `Bà Điểm`, `Bà Đen` (a mountain of Tây Ninh), `Ông Lãnh` (a bridge and a market of Saigon).
 */
const titledPlaces: ReadonlySet<string> = new Set([
  'Bà Nà',
  'Bà Rịa',
  'Bà Chiểu',
  'Bà Điểm',
  'Bà Đen',
  'Ông Lãnh',
]);

/**
 * Whether the run `[start, end)` names a street after its house number: `60569 Torrance Alley`,
 * `9948 Maida Turnpike`, `4 Daniella Grange` (American, British, Irish, Australian and New Zealand
 * addresses put the number first, and their streets take given and family names). The run ends in a
 * street's type (`streetTypes`, or a place's noun of `isPlaceTail`); a type that is a name or a word
 * as well (`Park`, `Hill`, `Brooks`) needs the address to go on after a comma (`1828 Grace Park,
 * Springfield`), as `user 1042 Grace Park` is someone. A year after a word of time is no house
 * number (`In 2019 Alayna Ridge joined`).
 */
function numberedStreet(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  const number = houseNumberStart(text, start - 1);
  if (number === -1) return false;
  const type = nameKey(text.slice(text.lastIndexOf(' ', end - 1) + 1, end));
  if (!streetTypes.has(type) && !isPlaceTail(type)) return false;
  const year = start - 1 - number === 4 && /^(?:19|20)/.test(text.slice(number, number + 2));
  if (year && timeWord.test(text.slice(Math.max(0, number - 12), number))) return false;
  if (surnames.has(type) || givenNames.has(type) || isWordName(type))
    return /^, \p{Lu}/u.test(text.slice(end, end + 3));
  return true;
}

/**
 * Where the house number ending at `end` starts (`12`, `12A`, `60569`), after the text's start, a
 * blank, a bracket or a quote; -1 if there is none.
 */
function houseNumberStart(text: string, end: number): number {
  let k = end;
  if (k > 1 && isAsciiLetter(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k - 2))) k--;
  let s = k;
  while (s > 0 && k - s < 7 && isDigit(text.charCodeAt(s - 1))) s--;
  if (s === k || k - s > 6) return -1;
  const c = text.charCodeAt(s - 1);
  return s === 0 || c === 32 || c === 9 || c === 10 || c === 40 || openingQuote(c) || c === 39 ? s : -1;
}

/**
 * `R. Oscar Freire 1200`, `R. Augusta, 1508` (Portuguese `R.`, rua): the street's one-letter
 * abbreviation opening a value before the name, its house number after. `R.` before a name with no
 * number after is an initial (`R. Oscar Freire` signing a letter).
 */
function ruaAbbreviated(text: string, start: number, end: number): boolean {
  if (start < 3 || text.charCodeAt(start - 2) !== 46 || text.charCodeAt(start - 3) !== 82) return false;
  const c = text.charCodeAt(start - 4);
  if (!(start === 3 || c === 10 || c === 32 || c === 9 || c === 58 || openingQuote(c) || c === 39))
    return false;
  return /^,? \d{1,5}(?!\d|[.,:/]\d)/.test(text.slice(end, end + 9));
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || isLower(c);

/** A word of time before a year (`in 2019`, `since 2020`): the number after it is no house number. */
const timeWord = /(?:^|[^\p{L}])(?:in|since|by|until|till|before|after|during|from|of|circa|around) $/iu;

/**
 * Street types after a street's name (keys as `nameKey` spells them) that `isPlaceTail` leaves out,
 * being given or family names, words or verbs as well (`Hill`, `Brooks`, `Run`): the USPS's suffixes
 * (Publication 28, appendix C1, singular and plural, and their common abbreviations) and those of
 * British, Irish, Australian and New Zealand streets (`Close`, `Grange`, `Brae`, `Wynd`, `Parade`).
 * Read only after a house number (`numberedStreet`).
 */
const streetTypes: ReadonlySet<string> = new Set(
  `alley anex annex arcade bayou beach bend bluff bluffs bottom branch bridges brook brooks burg burgs
bypass camp canyon cape causeway centers circle circles cliff cliffs club commons corner corners course
courts cove coves creek crest crossing crossroad crossroads curve dale dam divide drive drives estate
estates expressway extension extensions fall falls ferry field fields flat flats ford fords forest forge
forges fork forks fort freeway gateway glen glens green greens grove groves harbor harbors harbour haven
hill hills hollow inlet islands isle junction junctions key keys knoll knolls lake lakes land
landing lane light lights loaf lock locks lodge loop manor manors meadow meadows mill mills mission
mount mountain mountains neck orchard oval overpass park parks parkways pass passage path pike pine
pines place plain plains plaza point points port ports prairie radial ramp ranch rapid rapids rest
ridge ridges river roads route row rue run shoal shoals shore shores skyway spring springs spur spurs
squares stravenue stream streets summit terrace throughway trace track trafficway trail trailer
turnpike underpass union unions valley valleys via viaduct view views village villages ville walk
walks wall ways well wells
aly anx arc byp cswy ctr crk cres crst cv expy ext fwy gdns gtwy grv hbr hts jct lndg ldg mnr mdw mdws
mt mtn pkwy plz pt rdg rte sq tce pde cct cl trl tpke vly vlg xing
grange end brae rise chase parade wynd loan croft bank drove mead yard garth fold vale approach wood
paddock brow lea side copse glade dene esplanade promenade circuit retreat outlook ramble link lawn
lawns villas cottages pend vennel`.split(/\s+/),
);

/**
 * Nouns of Spanish, Italian and Portuguese streets that are words or family names as well (`Huerta`,
 * orchard; `Puente`, bridge; `Parque`; `Monte`; `Sección`): opening a run, they name a street only
 * when a house number or `s/n` (no number) follows it (`Puente Rosalia Sáenz Nieto, 43`, `Parque
 * David s/n`, `Huerta Juan Carlos 52`). Those that are no one's name are `placeBefore` nouns.
 */
const numberedStreetNouns: ReadonlySet<string> = new Set(
  `aldea alto barranco barrio bloque cuesta entrada grupo huerta jardin jardines lugar manzana mercado monte
muelle parque partida puente puerta quinta rampa ribera rincon ronda sector seccion senda solar subida
campo rione salita traversa quadra`.split(/\s+/),
);

/** Whether a `numberedStreetNouns` noun opens the run `[start, end)` and a house number or `s/n` follows it. */
function numberedStreetNoun(text: string, start: number, end: number): boolean {
  const blank = text.indexOf(' ', start);
  if (blank === -1 || blank >= end || !numberedStreetNouns.has(nameKey(text.slice(start, blank))))
    return false;
  return numberAfter.test(text.slice(end, end + 10));
}

/** A house number or `s/n` after a street's name: ` 52`, `, 43`, ` 12B`, ` s/n.`. */
const numberAfter = /^,? (?:\d{1,5}[A-Za-z]?|s\/n)(?![\p{L}\p{N}])/u;

/**
 * Whether the run ending before a comma is a part of a Vietnamese address written as a comma list
 * after a house number, with a ward's or a district's marker among its parts: `215 Lê Lợi, P. Bến
 * Thành, Q.1, TP.HCM`, `44 Hai Bà Trưng, P. Tràng Tiền, Hoàn Kiếm, HN`, `12 Lê Thánh Tôn, Quận 1`.
 * Streets, wards and districts are named after people (Lê Lợi, Trần Hưng Đạo) and read like them.
 * The house number opens the run's part or an earlier one, so that a person named before the address
 * (`Trần Minh Khoa, 9 Trần Hưng Đạo, P. Thạch Thang`) is still one.
 */
function vietnameseAddressPart(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  // The list opens after a column's gap, a quote or a semicolon (or the line's start).
  const head = text.slice(Math.max(lineStart, start - 120), start);
  const before = head.slice(listOpening(head));
  if (!houseNumbered.test(before)) return false;
  const after = text.slice(end, Math.min(lineEnd, end + 80));
  const list = before + text.slice(start, end) + after.slice(0, listClosing(after));
  return wardOrDistrict.test(list);
}

/** Where an address's comma list opens in the text before a run: past a column gap, quote or semicolon. */
function listOpening(head: string): number {
  let from = 0;
  for (const m of head.matchAll(/ {2,}|[\t";(]/g)) from = m.index + m[0].length;
  return from;
}

/** Where the list ends in the text after a run: at a column gap, a quote, a semicolon or a closing bracket. */
function listClosing(after: string): number {
  const m = / {2,}|[\t";)]/.exec(after);
  return m === null ? after.length : m.index;
}

/**
 * A house number opening the run's part or an earlier one of the list (`215 `, `12A `, `45/7 `), or
 * just before the run in a sentence (`giao đến 12 Lê Thánh Tôn, Quận 1`).
 */
const houseNumbered = /(?:^|, )\d{1,4}[A-Za-z]?(?:\/\d{1,4})? |(?:^|[ ,])\d{1,4}[A-Za-z]?(?:\/\d{1,4})? $/;

/**
 * A Vietnamese ward's, district's or city's marker opening a part of the list: `P. Bến Thành`,
 * `Phường 7`, `Q.1`, `Quận 1`, `Huyện`, `Xã`, `TP. Hồ Chí Minh`, `TP.HCM`.
 */
const wardOrDistrict = /(?:^|, )(?:P\.|Q\.|Phường|Quận|Huyện|Xã|Thị xã|TP\.|Tp\.|Thành phố) ?[\p{Lu}\d]/u;

/**
 * `signert av Hege Nordahl` (Norwegian: signed by): a place noun's abbreviation (`av`, avenida;
 * `bd`, boulevard) in lower case and without its dot is a word of its own.
 */
function bareAbbreviation(text: string, from: number, to: number): boolean {
  return (
    placeAbbreviations.has(text.slice(from, to)) && text.charCodeAt(to) !== 46 && text.charCodeAt(to) !== 39
  );
}

/**
 * Venetian `Ca'` (house: `Ca' Foscari`, `Ca' Rezzonico`) is a place noun only with its apostrophe:
 * Romanian `că` (that) keys alike (`… că inculpatul Marian-Cosmin Dobrescu a condus`).
 */
const elided = (text: string, at: number): boolean =>
  text.charCodeAt(at) === 39 || text.charCodeAt(at) === 0x2019;

/** Place nouns of `placeBefore` that are abbreviations, as written in lower case. */
const placeAbbreviations: ReadonlySet<string> = new Set('av bd str pl ul jl jln gg im rs'.split(' '));

/** Compass points ending a place's name in lower case (`Juárez norte`), and words of a sentence too. */
const compassWords: ReadonlySet<string> = new Set(['este', 'oeste', 'norte']);

/** A line (after its label) opening with a street's noun, then its name and a house number. */
const addressLine = /^[ \t]*(?:[\p{L} ]{1,24}:[ \t]*)?(\p{L}+)\.? \p{Lu}[^\n\d]{2,60}[ ,]\d{1,5}\b/u;

/** Abbreviations of "number" before a house number. */
export const numberWord: ReadonlySet<string> = new Set(['no', 'nr', 'nro', 'num']);

const openingQuote = (c: number): boolean => c === 34 || c === 0x201e || c === 0x201c || c === 0xab;

/** Blanks, a dot, apostrophes (`Ca' Foscari`) and opening quotes between a place noun and the name after it. */
const skippedBeforePlace = (c: number): boolean =>
  c === 32 || c === 46 || c === 39 || c === 0x2019 || openingQuote(c);

/**
 * Nouns before a place named after someone, keyed as `nameKey` keys them (`Hôpital` → `hopital`),
 * a title between them too (`Hospital Dr. Carlos Alberto Studart`, `Escola Anísio Teixeira`): streets
 * (Spanish, Italian, Portuguese and Romanian street types too: `Pasaje Víctor Padrón Anaya`, `Contrada
 * De Cicco`, `Marginal Pereira`, `Intrarea Alexandru Locusteanu`), buildings and institutions, venues
 * (`Teatro Jorge Eliécer Gaitán`, `Studio Wilma Verhoef`, Dutch `Zaal Henk Brouwer`, `metro Pablo
 * Iglesias`) and places of worship (`Gurdwara Guru Nanak`); Catalan streets (`carrer de Pau Claris`,
 * `Passeig de Lluís Companys`), Indonesian hospitals, schools and other institutions (`RS Mitra
 * Keluarga`, rumah sakit; `Bandara Soekarno-Hatta`, the airport) and Vietnamese high and middle
 * schools (`Trường THPT Lê Quý Đôn`).
 */
export const placeBefore = new Set(
  `batiment building bldg salle aula pavillon pavilion edificio gebaude ward wing campus cour amphitheatre
amphi gymnase espace residence foyer sala auditorio auditorium ca
rue avenue boulevard bd allee quai impasse chemin calle avenida plaza paseo via viale piazza corso
largo rua praca lycee college ecole stade gare hopital clinique av avda str strada bulevardul calea
jl jln jalan museum museo musee muzeul palatul teatrul parcul liceul colegiul scoala ul ulica aleja
plac osiedle estadio estadio stadio stadion barreau duong pho phuong quan tp im imienia gg gang borgo
вул вулиця просп проспект пров провулок бульв бульвар пл площа ул улица пер переулок наб набережная
οδος οδ λεωφ λεωφορος
hospital hospitais policlinica maternidade escola colegio instituto fundacao fundacion universidade
universidad faculdade travessa alameda rodovia estrada
bajada calleja callejon camino carretera caserio glorieta masia pasaje plazuela poligono prolongacion
ramal travesia urbanizacion costanilla explanada escalinata extramuros extrarradio vicolo piazzale
contrada rotonda incrocio lungomare lungotevere circonvallazione frazione localita beco ladeira marginal viela
intrarea splaiul drumul fundatura pasajul prelungirea
teatro studio zaal metro estacion estacao stazione
masjid jamia gurdwara mandir dargah
carrer passeig avinguda placa passatge travessera rambla baixada
rs rsud rsia puskesmas sekolah universitas institut politeknik madrasah pesantren bandara stasiun pelabuhan
gereja gedung thpt thcs`.split(/\s+/),
);

/**
 * Nouns of places of worship in Urdu, Persian, Arabic and Punjabi usage, which South Asian
 * communities write glued to the name they take (`Masjid-e-Noor`, `Jamia-al-Huda`, `Jama-Masjid`); see
 * `gluedToWorship`. (`Jama` is a given name too, so it is no `placeBefore` noun.)
 */
const worshipNouns: ReadonlySet<string> = new Set('masjid jamia jama gurdwara mandir dargah'.split(' '));

/**
 * Whether the run at `start` is glued by a hyphen to a place of worship's noun, directly or through
 * the Persian and Urdu `-e-` (of) or the Arabic article (`-al-`, `-ul-`): `Masjid-e-Noor Bradford`,
 * `Jamia-al-Huda`, `Gurdwara-Singh Sabha`. The run continues that place's name, not a person's.
 */
function gluedToWorship(text: string, start: number): boolean {
  const m = worshipGlue.exec(text.slice(Math.max(0, start - 16), start));
  return m !== null && worshipNouns.has(nameKey(m[1] as string));
}

const worshipGlue = /(\p{L}+)-(?:(?:e|i|al|ul|el)-)?$/u;
