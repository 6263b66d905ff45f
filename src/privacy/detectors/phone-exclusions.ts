import { contextWords, hasContext } from './context.js';
import { keyedAt, phoneLabel, words } from './phone-context.js';
import { isDigitAt } from './phone-shapes.js';
import { isWord, labelHas } from './scan.js';

/**
 * PHONE's exclusions: numbers that are no phone whatever their shape: the head of a longer token, an
 * amount, a US ZIP+4 code, hex bytes, an example, a random seed, an epoch time and a URL query's value.
 */

/**
 * A `-` and a letter or digit after the candidate: the head of a longer token (a UUID, a reference),
 * unless a phone-shaped number takes a case ending there, as Hungarian writes it
 * (`hívj a 06 70 244 7120-as számon`): a few lower-case letters ending the word.
 */
export function continuesToken(text: string, end: number, kind: 'strong' | 'weak'): boolean {
  if (text.charCodeAt(end) !== 45 || !isWord(text.charCodeAt(end + 1))) return false;
  return kind !== 'strong' || !caseEnding.test(text.slice(end, end + 8));
}

const caseEnding = /^-\p{Ll}{1,5}(?![\p{L}\d_-])/u;

/** A currency sign or code, or `%`, right after the candidate: an amount (`750 000 000 €`), not a phone. */
export function isAmount(text: string, end: number): boolean {
  const c = text.charCodeAt(end) === 32 ? text.charCodeAt(end + 1) : text.charCodeAt(end);
  if (c === 8364 || c === 36 || c === 163 || c === 165 || c === 37) return true;
  return c >= 65 && c <= 90 && /^ ?(?:EUR|USD|GBP|JPY|CHF|BRL|INR)\b/.test(text.slice(end, end + 5));
}

/**
 * `Boston, MA 02111-1307`, `zip: 06103-2819`, a `postal_code` column: a US ZIP+4 code (five digits,
 * a hyphen, four), after a state's code or under a ZIP or postal label. New England's and New
 * Jersey's codes open with 0, so their shape is a trunk-0 number's (`05121-1234`, a German one).
 */
export function zipPlusFour(text: string, start: number, end: number): boolean {
  if (
    end - start !== 10 ||
    text.charCodeAt(start + 5) !== 45 ||
    !/^\d{5}-\d{4}$/.test(text.slice(start, end))
  )
    return false;
  const state = /(?:^|[^\p{L}])([A-Z]{2}),?[ \t]+$/u.exec(text.slice(Math.max(0, start - 6), start));
  if (state !== null && usStates.has(state[1] as string)) return true;
  return (
    hasContext(text, start, end, zipWords) || labelHas(keyedAt(text, start, end)?.header ?? '', zipWords)
  );
}

const usStates = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA VI WA WV WI WY GU AS MP'.split(
    ' ',
  ),
);
const zipWords = contextWords('zip', 'zipcode', 'postal', 'postcode', 'zip4');

/**
 * `<Buffer 88 13 70 17>`, `a0 8b 28 3f 01 00 00 00 50 32`, an `xxd` line: bytes printed in hex, two
 * digits each, not a number grouped in pairs. The candidate's groups are all two characters, and the
 * run of such groups around it holds a hex letter or follows `<Buffer`/`bytes`.
 */
export function hexBytes(text: string, start: number, end: number): boolean {
  if (!pairGroups.test(text.slice(start, end))) return false;
  let from = start;
  // Each pair read with the character beyond it, which must not go on the word: `before`, `decide`
  // and `cafe` start or end with hex letters.
  while (from >= 3 && hexPair.test(text.slice(Math.max(0, from - 4), from))) from -= 3;
  let to = end;
  while (hexPairAfter.test(text.slice(to, to + 4))) to += 3;
  return (
    /[a-fA-F]/.test(text.slice(from, to)) ||
    /(?:<Buffer|bytes?|\bhex)[ :=]*$/i.test(text.slice(Math.max(0, from - 12), from))
  );
}

const pairGroups = /^\d\d(?: \d\d)+$/;
const hexPair = /(?:^|[^0-9a-zA-Z])[0-9a-fA-F]{2} $/;
const hexPairAfter = /^ [0-9a-fA-F]{2}(?![0-9a-zA-Z])/;

/**
 * `E.164, bijv. +31 6 12345678`, `z. B. 030 1234567`, `例：090-1234-5678`: a number given as an
 * example in a schema's or form's description, after "for example" in the languages of the material
 * (Dutch `bijv.`/`bv.`, German `bspw.`, Spanish `p. ej.`/`ej.`, Portuguese and French `ex.`, Italian
 * `ad es.`/`per es.`, Polish `np.`, Czech `např.`, Swedish `t.ex.`, Danish and Norwegian `f.eks.`,
 * Finnish `esim.`, Turkish `örn.`, Chinese and Japanese `例如`/`例`, Korean `예`/`예시`), besides the
 * English and German words every detector knows (`documentedBefore`).
 */
export function exampleBefore(text: string, start: number): boolean {
  return exampleWord.test(text.slice(Math.max(0, start - 16), start));
}

const exampleWord =
  /(?:(?<![\p{L}.])(?:bijv|bv|bspw|z\. ?b|p\. ?ej|ej|ex|ad es|per es|np|např|t\. ?ex|f\. ?eks|esim|örn)\.|bijvoorbeeld|por ejemplo|por exemplo|per esempio|zum beispiel|例如|例|(?<![가-힣])예시?)[ \t:：(（=,]{0,3}$/iu;

/**
 * `faker.seed(20240318)`, `np.random.seed(20240318)`, `random_state=20240318`, `--seed 20240318`: the
 * seed of a random generator (often a date's digits, in a script that fakes contacts), no phone.
 */
export function seedBefore(text: string, start: number): boolean {
  return seedLabel.test(text.slice(Math.max(0, start - 20), start));
}

const seedLabel = /(?:^|[^A-Za-z])(?:seed|random_?state|randomState)["']?[ \t]*(?:[(=:][ \t]*)?$/i;

/**
 * `"first_contact_reply_at": 1710150911`, `updatedTs=1710150852000`: ten or thirteen bare digits (Unix
 * seconds or milliseconds) as the value of a key naming a time (`_at`, `_ts`, `time`, `date`, `_on`),
 * whatever else the key says (`contact`).
 */
export function epochValue(text: string, start: number, end: number): boolean {
  if ((end - start !== 10 && end - start !== 13) || text.charCodeAt(start) !== 49) return false;
  for (let i = start + 1; i < end; i++) if (!isDigitAt(text, i)) return false;
  return timeKey.test(text.slice(Math.max(0, start - 40), start));
}

const timeKey =
  /(?:_at|At|_ts|Ts|[Tt]ime|TIME|[Tt]imestamp|[Dd]ate|DATE|_on|_AT|_TS)["']?[ \t]*[:=][ \t]*["']?$/;

/**
 * `…/contacts/search?after=51234989`: a bare run of digits as a URL query value under a key that
 * names no phone is that key's (a cursor, an id), whatever the path around it says (`to=+48 601 …`
 * with its `+` and blanks is a phone still).
 */
export function queryValue(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 61 || !/^\d+$/.test(text.slice(start, end))) return false;
  let k = start - 1;
  while (k > 0 && start - k < 40 && /[\w.-]/.test(text[k - 1] as string)) k--;
  const c = text.charCodeAt(k - 1);
  return (c === 63 || c === 38) && !phoneLabel(text.slice(k, start - 1), words);
}
