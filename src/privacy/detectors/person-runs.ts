import {
  isCountryWord,
  isCueWord,
  isFamilyCountry,
  isGoodsWord,
  isMethodEponym,
  isPlaceHead,
  isPlaceTail,
  isRoleWord,
  personCue,
  surnameShaped,
} from './name-cues.js';
import { givenNames, isFamilyWord, isGivenWord, isWordName, nameKey, notNames, surnames } from './names.js';
import {
  hungarianFamily,
  koreanGiven,
  linked,
  marriedName,
  pinyinName,
  turkishPossessive,
  vietnameseAddress,
  vietnameseFamilies,
} from './person-languages.js';
import {
  buildingAfterFullName,
  numberWord,
  placeBefore,
  placeFamily,
  placeShaped,
  streetSuffix,
} from './person-places.js';
import { wordNamePair } from './person-slots.js';
import {
  irish,
  isCompanyMark,
  listedFamily,
  listedKey,
  particles,
  plainName,
  plainWord,
  type Token,
  workplaceNoun,
} from './person-words.js';

/**
 * The name inside a run of capitalised words in prose (`nameInRun`): which words of the run are a
 * person's name, by the name lists, the words around and the shape of the words, and how sure that is.
 */

/** The words of a run (its only whitespace is spaces and tabs), with offsets from `base`. */
export function blankSeparated(run: string, base: number): Token[] {
  const tokens: Token[] = [];
  let from = -1;
  for (let i = 0; i <= run.length; i++) {
    const c = run.charCodeAt(i);
    if (i === run.length || c === 32 || c === 9) {
      if (from !== -1) {
        const word = run.slice(from, i);
        tokens.push({
          word,
          key: abbreviatedGiven(word) ?? nameKey(word),
          start: base + from,
          end: base + i,
        });
      }
      from = -1;
    } else if (from === -1) from = i;
  }
  return tokens;
}

/**
 * Given names written with a superscript ending (`Mª Teresa`, `Mª José`: María in Spanish records),
 * keyed as the name they shorten.
 */
const abbreviatedGiven = (word: string): string | undefined =>
  word.length === 2 && (word.endsWith('ª') || word.endsWith('ᵃ')) && word.charCodeAt(0) === 77
    ? 'maria'
    : undefined;

/** An upper-case letter, then a lower-case one somewhere: `Ana`, `McDonald`, `ʻOfa` (Tongan), `Mª`, not `USA`. */
export const capitalised = /^(?:[ae]l-|ʻ)?\p{Lu}.*\p{Ll}|^M[ªᵃ]$/u;

/** The name inside a run of capitalised words, if any: its span and how sure we are. */
export function nameInRun(
  text: string,
  tokens: Token[],
  titled: boolean,
): { from: number; to: number; score: number } | undefined {
  let caps = tokens.filter((t) => capitalised.test(t.word));
  // `Jl. Setiabudi No. 112`, `Hauptstr. Nr. 5`: a number's abbreviation after a street's name.
  const lastCap = caps[caps.length - 1];
  if (
    lastCap !== undefined &&
    numberWord.has(lastCap.key) &&
    /^\.? ?\d/.test(text.slice(lastCap.end, lastCap.end + 3))
  )
    caps = caps.slice(0, -1);
  // `Secretario D. Álvaro Sáenz de Santamaría Olmedo`: a role noun or a short word before a long name.
  while (caps.length > 4 && leadingWord(caps[0] as Token)) caps = caps.slice(1);
  // `Müşteri İlişkileri Uzmanımız Emre Doğan`: a Turkish noun with a possessive ending closes the
  // phrase before a name.
  if (caps.length > 4) {
    let cut = caps.length - 3;
    while (cut >= 0 && !turkishPossessive.test((caps[cut] as Token).word)) cut--;
    if (cut >= 0) caps = caps.slice(cut + 1);
  }
  // (`Ibu Ni Luh Putu Ayu Wulandari`: a Balinese name has five words; after a title they are one name.)
  // `O Boticário da Rua Oscar Freire`, `Studio Wilma Verhoef`: a street's or a venue's noun inside the
  // run makes the rest a place's name; not before a role word (`Studio Manager Jane Smith`, a post).
  if (
    !titled &&
    caps
      .slice(0, -1)
      .some((t, i) => t.key.length > 2 && placeBefore.has(t.key) && !isRoleWord((caps[i + 1] as Token).key))
  )
    return undefined;
  // (`Nuno Filipe De Sousa Matos`: a particle, capitalised or not, is no word of its own.)
  const words = caps.length - caps.filter((t) => particles.has(t.key)).length;
  if (
    words > (titled ? 5 : 4) ||
    caps.some((t) => isCompanyMark(t.word, t.key) || firmCompound(t.key) || workplaceNoun(t.key))
  )
    return undefined;
  // Split at non-name words; keep the segment holding a listed word (or the first, after a title).
  let segment: Token[] = [];
  for (let c = 0; c < caps.length; c++) {
    const t = caps[c] as Token;
    // (`Mrs. Joy Price`, `Dr. Hope Little`: after a title, names that are everyday words as well
    // are names, when two or more follow it; untitled, `Joy Price` may be a slogan's.)
    // (`Jaro-Winkler`, `Mann-Whitney`: a method named after two people names neither.)
    if (
      (notNames.has(t.key) || isMethodEponym(t.key)) &&
      !hungarianFamily(text, t, caps[c + 1]) &&
      !familyAfterGiven(caps, c) &&
      !(titled && caps.length > 1 && segment.length === c && isWordName(t.key))
    ) {
      // `Adeola Odeku Street`: a place noun that is not a name word ends a place's name.
      if (!titled && segment.length > 0 && isPlaceTail(t.key)) return undefined;
      if (segment.some((s) => listedKey(s.key) && s.word.length > 2)) break;
      segment = [];
      titled = false;
    } else segment.push(t);
  }
  // `Port Louis`, `Lake Louise Lodge`, `Fort Worth`: a place named after someone is a place, listed or not.
  if (!titled && segment.length > 0 && isPlaceHead((segment[0] as Token).key)) return undefined;
  // `Noura bint Faisal Al-Hashimi`: a patronymic particle (son or daughter of …) between two words
  // of the segment, one of them listed or surname-shaped, says a name and keeps the words before it.
  // `Muthukumar s/o Ramasamy` (Singapore, Malaysia): a particle with a slash says it of any two words.
  const patronymic =
    segment.length > 1 &&
    linked(tokens, segment) &&
    (linked(tokens, segment, true) || segment.some((t) => listedKey(t.key) || surnameShaped(t.word)));
  // "Dear John Smith": start at the listed given name when an unlisted word opens the segment, unless
  // it is a listed family name (Vietnamese and Hungarian put it first: `Nguyễn Thu Hương`).
  // With ~12k given names listed, an unlisted word before one is more often a given name the lists
  // lack (`Facundo Ezequiel Quiroga`, `Jhon Fredy Ramírez`) than a word: only one that names a role
  // or a heading is cut (`Attendee John Smith`).
  const given = segment.findIndex((t) => givenNames.has(t.key));
  if (
    !titled &&
    !patronymic &&
    given > 0 &&
    segment.length - given >= 2 &&
    !surnames.has((segment[given - 1] as Token).key) &&
    !vietnameseFamilies.has((segment[given - 1] as Token).word) &&
    segment.slice(0, given).some(
      (t) =>
        roleKey(t.key) ||
        !plainName.test(t.word) ||
        // `Es Álvaro Olmedo`, `Si Rapetti …`: a word of two letters opening a sentence.
        t.word.length <= 2 ||
        // `Polizeikommissarin Laura Brandt`, `Notfallkarte Leonie …`: a long (German) noun.
        longNoun(t) ||
        // `Uzmanımız Emre Doğan` (our specialist): a Turkish noun with a possessive ending.
        turkishPossessive.test(t.word),
    )
  )
    segment = segment.slice(given);
  // `Cumpleaños de Lucía Ferrer`, `Mama von Deniz Çelik`, `Apple Watch de Lucía`: an unlisted word,
  // a particle, then a listed given name is a noun of someone's (a birthday, a relation, a device),
  // not a family name before its particle (`Ludwig van Beethoven`, `Oscar de la Renta` open with a
  // given name). The name starts after the particle.
  if (!titled && segment.length >= 2) {
    const owner = ownerAfterNoun(text, segment);
    if (owner > 0) segment = segment.slice(owner);
  }
  // `Van Floor Hoekstra` (Dutch: from Floor Hoekstra): a family name's `Van` is followed by the rest of
  // the family name alone (`Van Dijk`, `Van Den Berg`), not by two more capitalised words.
  if (
    !titled &&
    segment.length >= 3 &&
    (segment[0] as Token).key === 'van' &&
    !particles.has((segment[1] as Token).key)
  )
    segment = segment.slice(1);
  // `Anh Lê Hoàng Phúc` (elder brother, as Vietnamese addresses a man), `Ben Ayşe Nur Karakaya`
  // (Turkish: I, …): a Vietnamese form of address before a family name and more, the Turkish
  // pronoun before a Turkish name, are no part of the name (`Anh Tran`, `Ben Carter` are names).
  if (
    !titled &&
    segment.length >= 3 &&
    ((vietnameseAddress.has((segment[0] as Token).word) &&
      vietnameseFamilies.has((segment[1] as Token).word)) ||
      ((segment[0] as Token).word === 'Ben' && /[şğıİŞĞ]/.test((segment[1] as Token).word)))
  )
    segment = segment.slice(1);
  // `Ramiro Cantú de Aceros Cantú`: a family name said again further on ends the name at its first
  // use (the rest is the family firm).
  for (let i = 2; i < segment.length; i++) {
    const j = segment.findIndex((t) => t.key === (segment[i] as Token).key);
    if (j >= 0 && j < i - 1) {
      segment = segment.slice(0, j + 1);
      break;
    }
  }
  if (!titled && segment.length >= 3 && genitiveNoun(segment)) segment = segment.slice(0, -1);
  // `Thanked Yolanda for the gift`, `Frau Kollegin Wohlfahrt`, `Notfallkarte von Leonie`: a verb, a
  // role noun or a long (German) noun before one name word names no one in full.
  if (
    segment.length === 2 &&
    (roleKey((segment[0] as Token).key) ||
      (longNoun(segment[0] as Token) && givenNames.has((segment[1] as Token).key)))
  )
    segment = segment.slice(1);
  // `Bewerberin Katharina Hoffmann`: a role noun (German capitalises nouns) is not part of the name.
  while (segment.length > 2 && isCueWord((segment[0] as Token).key)) segment = segment.slice(1);
  // `Il Consiglio`, `Si Rapetti no paga`: an article or a conjunction of two letters opening a
  // sentence, unless it is a given name (`Al`, `Bo`) or a family name's particle (`De Vries`, `Lo Presti`).
  if (
    !titled &&
    segment.length >= 2 &&
    (segment[0] as Token).word.length <= 2 &&
    !givenNames.has((segment[0] as Token).key) &&
    !capitalParticles.has((segment[0] as Token).key)
  )
    segment = segment.slice(1);
  const first = segment[0];
  const last = segment[segment.length - 1];
  if (first === undefined || last === undefined || (segment.length < 2 && !titled)) return undefined;
  // `Sr. Analyst`, `Dr. Support`: a title before a role names no one (a senior analyst, a help desk).
  if (segment.length === 1 && isRoleWord(first.key)) return undefined;
  // `Κύριος Υποδομή Διαχειριστής` (a job title, Greek `Κύριος` being Mr and Principal): unlisted words
  // ending in a post after a title name no one either.
  if (titled && isRoleWord(last.key) && !segment.some((t) => listedKey(t.key))) return undefined;
  // `Elizabeth Line`, `Victoria Station`: a place named after someone (a listed surname such as
  // `Park` is a name's end still).
  // (`72 Sir Isaac Brock Way`: after a title too, when two words come before the place's noun.)
  if ((!titled || segment.length >= 3) && isPlaceTail(last.key) && !surnames.has(last.key)) return undefined;
  // `Harvey Bot`, `Darwin Escalations`: an account or a team named after someone ends in a role word.
  if (!titled && segment.length >= 2 && isRoleWord(last.key) && !surnames.has(last.key)) return undefined;
  // `Darwin Kernel Version 23.4.0`, `Jasper Runtime`: a system or a program named after someone.
  // `Basic Auth`, `Digest Auth`: one of these words that is a family name too (`Auth`) ends a
  // technical term unless a listed given name opens the run (`Anna Auth`).
  if (
    !titled &&
    segment.length >= 2 &&
    softwareWords.has(last.key) &&
    (!surnames.has(last.key) || !givenNames.has(first.key))
  )
    return undefined;
  // `Kingsford Smith L2`, `Darwin Tier 1`: a support tier after the name makes it a team's.
  if (!titled && text.charCodeAt(last.end) === 32 && tierLetter(text.charCodeAt(last.end + 1))) {
    supportTier.lastIndex = last.end;
    if (supportTier.test(text)) return undefined;
  }
  // `Fulbright Austria`, `Siemens Deutschland`: a founder's name and a country, an organisation's branch.
  if (!titled && segment.length === 2 && isCountryWord(last.key)) return undefined;
  if (!titled && segment.length === 2 && isFamilyCountry(last.key) && !givenNames.has(first.key))
    return undefined;
  // `Willem de Zwijgerlaan`, `Konrad-Adenauer-Straße`: a street's noun glued to the name it honours.
  if (!titled && last.key.length >= 7 && streetSuffix.test(last.key)) return undefined;
  // `Ronald McDonald House Oxford`: a place noun inside the run; `Riverside Park`, `Oakwood Hall`:
  // a family name that is also a place's noun after a word shaped like a place's name.
  if (!titled && segment.slice(1, -1).some((t) => isPlaceTail(t.key) && !surnames.has(t.key)))
    return undefined;
  if (!titled && placeFamily.test(last.key) && placeShaped.test(first.key)) return undefined;
  if (!titled && buildingAfterFullName(segment.map((t) => t.key))) return undefined;
  // `Welles Park`, `Rizal Park`: a park, unless a listed given name opens it (`Linda Park`).
  if (
    !titled &&
    last.key === 'park' &&
    segment.length === 2 &&
    !givenNames.has(first.key) &&
    !koreanGiven.test(first.word)
  )
    return undefined;
  // `Michael Price requested a refund`, not `Bill Price: $5`: a family name that is a word of
  // title-case phrases (`Unit Price`, `Austin West`), kept after a given name by `familyAfterGiven`,
  // names a person only where the sentence takes one.
  if (
    !titled &&
    segment.length === 2 &&
    notNames.has(last.key) &&
    isFamilyWord(last.key) &&
    !personCue(text, first.start, last.end) &&
    !wordNamePair(text, first, last)
  )
    return undefined;
  // `Facundo Ezequiel Quiroga`: a given name the lists lack, then one they have.
  const givenHit =
    segment.length > 1 &&
    (givenNames.has(first.key) ||
      (segment.length >= 3 && givenNames.has((segment[1] as Token).key) && plainName.test(first.word)));
  // `Okafor-Lane`, `Vries-Bakker`: a double-barrelled family name is listed when one of its halves is.
  const surnameHit = (segment.length > 1 || titled) && listedFamily(last.key);
  // `Yamada Sakura`, `Nguyễn Thu Hương`: a listed family name, then a listed given or middle name
  // (East Asian, Vietnamese and Hungarian order).
  const reversed =
    !givenHit &&
    !surnameHit &&
    segment.length <= 4 &&
    (surnames.has(first.key) ||
      vietnameseFamilies.has(first.word) ||
      marriedName(first.word) ||
      hungarianFamily(text, first, segment[1])) &&
    segment.slice(1).some((t) => givenNames.has(t.key));
  const pinyin = !givenHit && !surnameHit && pinyinName(segment);
  const listedScore =
    givenHit && surnameHit ? 0.85 : givenHit || surnameHit || patronymic || reversed || pinyin ? 0.65 : 0;
  if (!titled && listedScore === 0) return unlistedName(text, segment);
  if (
    !titled &&
    (listedScore === 0 ||
      (!surnameHit &&
        first.word.length < 3 &&
        !vietnameseFamilies.has(first.word) &&
        abbreviatedGiven(first.word) === undefined))
  )
    return undefined;
  const score = titled ? Math.max(0.6, Math.min(0.95, listedScore + 0.15)) : listedScore;
  return { from: first.start, to: last.end, score };
}

/**
 * Where the name said after a noun of someone's starts in the segment (see `nameInRun`): after an
 * unlisted word and one lower-case particle (`de`, `von`, `di`), at a listed given name; else 0.
 */
function ownerAfterNoun(text: string, segment: Token[]): number {
  for (let i = 1; i < segment.length; i++) {
    const head = segment[i - 1] as Token;
    const given = segment[i] as Token;
    if (given.start - head.end > 5 || text.charCodeAt(head.end) !== 32) continue;
    if (!lowerParticle.test(text.slice(head.end, given.start))) continue;
    return listedKey(head.key) || !givenNames.has(given.key) ? 0 : i;
  }
  return 0;
}

const lowerParticle = /^ (?:de|di|da|von|van|du) $/;

/**
 * Whether the segment ends in a name's German genitive and the noun it owns (`Hans Roslings
 * Vorträgen`, in Hans Rosling's talks; `Thomas Manns Zauberberg`): German glues the genitive's `s`
 * to a name ending in a consonant and capitalises the noun after it. The noun is in no name list
 * and has a German noun's shape (an umlaut or `ß`, or a noun's ending); the owner is no listed name
 * but as its genitive (`Manns`). Spanish and Portuguese family names ending in `s` end in a vowel
 * and `s` (`Torres`, `Santos`, `Rojas`): `Ana Torres Huamaní` keeps its second family name.
 */
function genitiveNoun(segment: Token[]): boolean {
  const owner = segment[segment.length - 2] as Token;
  const noun = segment[segment.length - 1] as Token;
  return (
    consonantGenitive.test(owner.word) &&
    (!listedKey(owner.key) || listedKey(owner.key.slice(0, -1))) &&
    !listedKey(noun.key) &&
    !surnameShaped(noun.word) &&
    germanNoun.test(noun.word)
  );
}
/** A word of five letters or more ending in a consonant and `s`. */
const consonantGenitive = /^\p{Lu}\p{Ll}{2,}[b-df-hj-np-tv-zß]s$/u;
/** A German noun: an umlaut or `ß`, or a noun's ending (`-ung`, `-heit`, `-buch`, …). */
const germanNoun = /[äöüß]|(?:ung|heit|keit|schaft|chen|ismus|buch|werk|bild|rede|brief|vortrag)$/u;

/**
 * `Fenna Dijkstra`, `Anna Markov`: a family name that names an algorithm or a method as well
 * (`notNames`), ending the run after a listed given name, is a family name there. So is a family
 * name that is a word (`Dallas Price`, `Michael Price`) after a given name, where `wordNamePair`
 * finds the sentence takes a person (see `nameInRun`).
 */
function familyAfterGiven(caps: Token[], c: number): boolean {
  const t = caps[c] as Token;
  const before = caps[c - 1];
  return (
    c === caps.length - 1 &&
    before !== undefined &&
    before.end + 1 === t.start &&
    // (Not `Doe`: `John Doe` is a placeholder.)
    ((t.key.length >= 5 && surnames.has(t.key) && givenNames.has(before.key)) ||
      (isFamilyWord(t.key) && (isGivenWord(before.key) || givenNames.has(before.key))))
  );
}

/**
 * `Sachverständigenbüro Krämer`, `Ingenieurbüro Lutz`, `Zahnarztpraxis Dr. Vogt`: German glues the
 * kind of a firm to its noun; a word ending in an office's, a practice's or a firm's noun names the
 * firm (after its founder), not a person.
 */
function firmCompound(key: string): boolean {
  if (key.length < 9) return false;
  for (const noun of firmNouns) if (key.endsWith(noun) && key.length - noun.length >= 4) return true;
  return false;
}

const firmNouns = ['buro', 'kanzlei', 'praxis', 'gesellschaft', 'agentur', 'verlag', 'apotheke', 'werkstatt'];

/** A support tier after a blank: `L2`, `T1`, `Tier 3`, `Level 2`. */
const supportTier = / (?:L|T|Tier |Level )[1-4](?![\p{L}\p{N}])/uy;
/** `L` or `T`, the letter a support tier opens with (a cheap test before `supportTier`). */
const tierLetter = (c: number): boolean => c === 76 || c === 84;

/** A long word no list holds, without a hyphen: a (German) noun (`Notfallkarte`), not a name. */
const longNoun = (t: Token): boolean => t.word.length >= 11 && !t.word.includes('-') && !listedKey(t.key);

/** A word opening a run that names a role or is too short to be a name's first word. */
const leadingWord = (t: Token): boolean =>
  roleKey(t.key) ||
  (t.word.length <= 2 && !givenNames.has(t.key) && !capitalParticles.has(t.key)) ||
  // `Secretario-Administrador`
  (t.key.includes('-') && t.key.split('-').every(roleKey));

const roleKey = (key: string): boolean =>
  isRoleWord(key) || isCueWord(key) || roleOpeners.has(key) || commitVerbs.has(key);

/** Particles that open a family name in capitals: `De Vries`, `La Rosa`, `Lo Presti`, `El Amrani`, `Ap Rhys`. */
const capitalParticles: ReadonlySet<string> = new Set(
  'de da di do du la le lo li el al ul ab ap ba bu mc o ni ui van von ten ter den der des del dos das'.split(
    ' ',
  ),
);

/** Nouns for someone's part in a record, set before their name (`Claimant Robert J. Vance`, `Seller Gregory …`). */
const roleOpeners: ReadonlySet<string> = new Set(
  `by call ask email ping meet cc thank thanks thanked called emailed texted phoned met visited told asked invited reminded tell invite remind contact user employee manager supervisor lead rep representative claimant seller buyer owner landlord landlady agent broker driver rider courier member attendee
participant requester reporter assignee approver insured policyholder beneficiary guarantor debtor
creditor payer payee sender recipient signatory referee coach`.split(/\s+/),
);

/**
 * Nouns that end the name of a system or a program (`Darwin Kernel Version`, `Jasper Runtime`), or
 * a technical term (`Basic Auth`: authentication).
 */
const softwareWords: ReadonlySet<string> = new Set(
  'kernel version versions build firmware runtime toolkit framework driver drivers plugin distro sdk auth'.split(
    ' ',
  ),
);

/**
 * Verbs in the imperative that open a commit's subject or a changelog's line (`Use Jaro-Winkler for
 * e-mail similarity`, `Replace Dijkstra with A*`, `Switch to Levenshtein`): no name's first word.
 */
const commitVerbs: ReadonlySet<string> = new Set(
  `use add fix replace switch remove bump revert refactor rename move drop implement introduce enable
disable allow handle avoid prefer ensure skip migrate upgrade downgrade deprecate expose extract
simplify optimize optimise improve apply retry merge port`.split(/\s+/),
);

/**
 * Two or three capitalised words in no name list: a name when the last has a family name's shape
 * (`Ylva Håkansson`) or the words around say a person (`Dear …`, `Kundin …`, `… wrote`). A role
 * word opening the run (German capitalises nouns) is not part of the name.
 */
function unlistedName(
  text: string,
  segment: Token[],
): { from: number; to: number; score: number } | undefined {
  let k = 0;
  while (k < segment.length && isCueWord(segment[k]?.key ?? '')) k++;
  // Three words opening a sentence: the first is capitalised as the sentence's (`Contact Ylva
  // Håkansson`, `Вчера Иван Петров`), which says nothing of a name, unless it has a family name's
  // shape (`Соколова Анна Дмитриевна`: Russian puts the family name first).
  if (
    segment.length - k === 3 &&
    sentenceStart(text, (segment[k] as Token).start) &&
    !surnameShaped((segment[k] as Token).word)
  )
    k++;
  const words = segment.length - k;
  const first = segment[k];
  const last = segment[segment.length - 1];
  if (first === undefined || last === undefined || words < 2 || words > 3 || first.word.length < 3)
    return undefined;
  for (let i = k; i < segment.length; i++)
    if (!plainWord.test((segment[i] as Token).word.replace(bretonCh, 'ch'))) return undefined;
  if (isPlaceHead(first.key)) return undefined;
  // `Auf der Notfallkarte von Leonie (geb. …)`: a long (German) noun before a listed given name, once a
  // sentence's first word is left aside, names the given name alone (on the emergency card of Leonie).
  if (words === 2 && longNoun(first) && givenNames.has(last.key)) return undefined;
  for (let i = k; i < segment.length; i++) if (isRoleWord((segment[i] as Token).key)) return undefined;
  // `Tomás Ó Riordáin`: an Irish particle before the last word makes it a family name.
  const irish = irishParticle.test(text.slice(Math.max(0, last.start - 6), last.start));
  // `Dear Granite Hat`, `Concrete Bike wrote`: a product's words need more than a cue.
  const goods = segment.slice(k).some((t) => isGoodsWord(t.key));
  if (
    !irish &&
    !surnameShaped(last.word) &&
    (goods || (!personCue(text, first.start, last.end) && !(words === 2 && wordNamePair(text, first, last))))
  )
    return undefined;
  return { from: first.start, to: last.end, score: 0.6 };
}

/** Breton's `c'h` (`Le Floc'h`, `Kerc'hoz`): one letter of the word, not an elision. */
const bretonCh = /c['’]h/g;
const irishParticle = new RegExp(` (?:${irish}) $`, 'u');

/** Whether `at` opens a sentence or a line: only blanks after the text's start, a line break or `. ! ?`. */
function sentenceStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  const c = text.charCodeAt(k);
  return k < 0 || c === 10 || c === 46 || c === 33 || c === 63;
}
