import type { Finding } from '../detector.js';
import { isRoleWord } from './name-cues.js';
import { companyMarks, givenNames, notNames, surnames } from './names.js';

/**
 * The words of a person's name, as the PERSON readers share them: a finding, the list lookups
 * (`listedKey`, `listedFamily`, `noNameWord`), the shapes of a capitalised name word and of the
 * particles between name words, and a word of a run (`Token`).
 */

/** A finding of this detector's. */
export const personAt = (start: number, end: number, score: number): Finding => ({
  type: 'PERSON',
  start,
  end,
  score,
  detector: 'person',
});

export const listedKey = (key: string): boolean => givenNames.has(key) || surnames.has(key);
/** A listed family name, or a double-barrelled one with a listed half (`okafor-lane`, `vries-bakker`). */
export const listedFamily = (key: string): boolean =>
  surnames.has(key) || (key.includes('-') && key.split('-').some((half) => surnames.has(half)));

// Arabic family names may carry the article in lower case (`al-Hashimi`, `el-Sayed`).
// A Dutch double name may join a particle to the first name (`Jansen-de Wit`).
// `McNeil`, `O'Brien`, `al-Hashimi`, and names with an inner capital (`DeShawn`, `LaToya`, `MacLeod`),
// also as a double name's second half (`Brooks-LaSure`, `Ortiz-McKenna`).
// `Hye-jin`, `Min-jun`: a romanised Korean given name keeps its second syllable in lower case.
export const cap = String.raw`(?:M[ªᵃ]|(?:Mc|Mac|O['’]|D['’]|N['’]|[ae]l-|De|La|Le|Da|Di|ʻ)?\p{Lu}\p{Ll}+(?:['’ʻ]\p{Ll}{3,}|(?<=c)['’]h)?(?:-(?:Mc|Mac|De|La|Le|Di)?\p{Lu}\p{Ll}+|-(?:de|van|der|den|ter|ten)(?= \p{Lu})|-\p{Ll}{2,4}(?![\p{L}-]))?)`;
/** Irish particles before a family name (`Ó Súilleabháin`, `Ní Bhriain`, `Mac Giolla`'s `Nic`). */
export const irish = 'Ó|Ní|Uí|Nic|Mhic';
// Welsh `ap` (son of: `Rhys ap Gwilym`) and `ferch` (daughter of) join a parent's given name.
export const particle = `(?:van|von|de|der|den|da|di|del|della|dela|delos|los|las|du|la|le|dos|das|ter|ten|zu|al|bin|bint|binti|binte|ibn|ap|ferch|a/l|a/p|s/o|d/o|['’]t|${irish})`;

export interface Token {
  word: string;
  /** `nameKey(word)`, for the list lookups (several per word). */
  key: string;
  start: number;
  end: number;
}

/**
 * A word shaped like a name in Latin letters: one capital, then lower-case letters (`Facundo`, not
 * `ACME` or `eBay`). The generated lists hold Latin names mostly: in other scripts an unlisted word
 * before a name is as often a word (`Вчера Иван Петров`, yesterday).
 */
export const plainName =
  /^[A-Z\u00c0-\u00de\u0100-\u024f][a-z\u00df-\u00ff\u0100-\u024f]+(?:[-'’][A-Z\u0100-\u024f]?[a-z\u00df-\u00ff\u0100-\u024f]+)?$/;

/** A capitalised word of letters, perhaps hyphenated: `Anna-Karin`, not `Q3`, `Dr.` or `AB`. */
export const plainWord = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

export const particles: ReadonlySet<string> = new Set(particle.slice(3, -1).split('|'));

export const isLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * Whether a word is a company's mark (`GmbH`, `SA`, `Ltd`): not a short one written with an accent,
 * a family name whose key only looks like a mark (`Sá` of `Sá Fernandes`, not `SA`).
 */
export const isCompanyMark = (word: string, key: string): boolean =>
  companyMarks.has(key) && !(key.length <= 3 && /[\u0080-\uffff]/.test(word));

/** A word (as `nameKey` spells it) that is in no name: a capitalised word, a company's or a role's. */
export const noNameWord = (key: string): boolean =>
  notNames.has(key) || companyMarks.has(key) || isRoleWord(key) || workplaceNoun(key);

/**
 * A word (as `nameKey` spells it) naming a workshop or a clinic by its ending: German trades
 * (`Bäckerei`, `Kaffeerösterei`, `Konditorei`) and clinics (`Polyclinic`, `Zahnklinik`), which are
 * named after their owner or a saint as often as not (`Bäckerei Ludwig Hartl`, `Al Noor
 * Polyclinic`). No name in the lists ends so.
 */
export const workplaceNoun = (key: string): boolean => key.length >= 7 && workplaceEnding.test(key);

const workplaceEnding = /(?:erei|orei|clinic|klinik|kliniek|clinique)$/;
