import type { Detector, Finding } from './detector.js';
import { isBirthHeader } from './detectors/date-of-birth.js';
import { escapeLetter } from './detectors/email.js';
import { isCueWord, isPlaceTail, isRoleWord, isServiceMailbox } from './detectors/name-cues.js';
import {
  caselessFamily,
  caselessGiven,
  commonGivenNames,
  companyMarks,
  eponymousBrands,
  givenNames,
  nameKey,
  notNames,
  surnames,
} from './detectors/names.js';
import { declinedEnd, declinedNames, declinedStem, type Stem } from './detectors/person-declension.js';
import { isOrganisationHeader } from './detectors/person-headers.js';
import { withoutPlaceholders } from './detectors/person-placeholders.js';
import { languageMention } from './detectors/person-prose.js';
import { withoutPublicFigures } from './detectors/person-public.js';
import { listedKey, noNameWord, plainWord } from './detectors/person-words.js';
import { firstAtOrAfter, lineBreaks } from './detectors/scan.js';
import { repeatedSecrets } from './detectors/secret-repeats.js';
import { tableCellAt, tableCells } from './detectors/tables.js';
import { variantSpellings } from './name-variants.js';
import { findInViews } from './normalise/index.js';

/**
 * Runs every detector over a text and over its normalised views (escapes decoded, look-alike and
 * invisible characters folded, split values joined: see `normalise/`), then resolves overlaps (see
 * `resolveOverlaps`). Offsets are always in `text`; findings come back sorted by start.
 */
export function detectAll(detectors: readonly Detector[], text: string): Finding[] {
  const found = detectors.flatMap((detector) => detector.detect(text));
  const revealed = findInViews(detectors, text, found);
  const resolved = resolveOverlaps(revealed.length > 0 ? [...found, ...revealed] : found);
  // A secret found in one place (perhaps only in a decoded view) is that secret wherever it stands.
  const repeats = repeatedSecrets(text, resolved);
  const withRepeats = repeats.length > 0 ? resolveOverlaps([...resolved, ...repeats]) : resolved;
  // Rules over what the detectors found together, each reading the findings before it.
  let findings = namesBeforeAddresses(text, withRepeats);
  findings = nounsBeforeFamilies(text, findings);
  findings = repeatedNames(text, findings);
  findings = initialledGivens(text, findings);
  findings = initialledFamilies(text, findings);
  findings = transliterated(text, findings);
  findings = variantSpellings(text, findings);
  findings = spelledNames(text, findings);
  findings = maidenNames(text, findings);
  findings = coordinated(text, findings);
  findings = couples(text, findings);
  findings = kanaReadings(text, findings);
  return withoutPublicFigures(text, withoutPlaceholders(text, findings));
}

/**
 * `Chidinma Okonkwo` … `Läuft der Vertrag von Okonkwo`, `die Dienst-Mailadressen von Okonkwo`:
 * German capitalises nouns, so a noun, `von` and the family name of someone found in full read as one
 * name with a particle (`Otto von Bismarck`). With no listed given name before the particle, and the
 * family name found after another given name, it is that person's family name said alone: the span
 * shrinks to it. `findings` are sorted and disjoint; so is the result.
 */
function nounsBeforeFamilies(text: string, findings: Finding[]): Finding[] {
  let families: Set<string> | undefined;
  let out: Finding[] | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    if (f.type !== 'PERSON' || f.end - f.start > 64) continue;
    const value = text.slice(f.start, f.end);
    if (!value.includes(' vo')) continue;
    const m = nounThenFamily.exec(value);
    if (m === null || (m[1] as string).split(/[ -]/).some((w) => givenNames.has(nameKey(w)))) continue;
    families ??= foundFamilies(text, findings);
    const family = m[3] as string;
    if (!families.has(family)) continue;
    out ??= findings.slice();
    out[i] = { ...f, start: f.end - family.length };
  }
  return out ?? findings;
}

/**
 * Capitalised words (articles between them), `von` and a family name: the whole of a finding. German
 * `von` only: a Dutch, Spanish or Italian particle before a family name that is someone else's too
 * is a relative's name as often (`Mees de Graaf`, son of `Fatma Yılmaz-de Graaf`).
 */
const nounThenFamily =
  /^(\p{Lu}[\p{L}-]*(?: (?:(?:der|die|das|den|dem|des) )?\p{Lu}[\p{L}-]*)*) (von|vom) (\p{Lu}[\p{L}'’-]+)$/u;

/** The family names of the full names found without a particle before them (`Okonkwo` of `Chidinma Okonkwo`). */
function foundFamilies(text: string, findings: Finding[]): Set<string> {
  const families = new Set<string>();
  for (const f of findings) {
    if (f.type !== 'PERSON' || f.end - f.start > 64) continue;
    const name = text.slice(f.start, f.end);
    if (!name.includes(' ') || nounThenFamily.test(name) || familyParticle.test(name)) continue;
    families.add(nameParts(name).family);
  }
  return families;
}

/**
 * `渡部 健太郎 様（ワタナベ ケンタロウ）`, `小林 和子（コバヤシ カズコ）様`: the kana reading of a name
 * found in Han, in brackets right after it (its title between), is the same person's name.
 * `findings` are sorted and disjoint; so is the result.
 */
function kanaReadings(text: string, findings: Finding[]): Finding[] {
  if (!text.includes('（') && !text.includes('(')) return findings;
  let added: Finding[] | undefined;
  for (const f of findings) {
    if (f.type !== 'PERSON' || !hanStart.test(text.charAt(f.start))) continue;
    const m = kanaAfter.exec(text.slice(f.end, f.end + 40));
    if (m === null) continue;
    const start = f.end + m[0].length - (m[1] as string).length - 1;
    const end = start + (m[1] as string).length;
    if (overlapsAny(findings, start, end)) continue;
    added ??= [];
    added.push({ ...f, start, end, score: 0.7 });
  }
  return merged(findings, added);
}

const hanStart = /\p{sc=Han}/u;
/**
 * A title, then a bracketed reading of two words, each in katakana or each in hiragana (furigana:
 * `中村 彩花（なかむら あやか）様`).
 */
const kanaAfter =
  /^[ \u3000]?(?:様|さん|殿)?[ \u3000]?[（(]([\p{sc=Katakana}ー]+[ \u3000][\p{sc=Katakana}ー]+|\p{sc=Hiragana}+[ \u3000]\p{sc=Hiragana}+)[）)]/u;

/**
 * `Dasher: Tyrone Whitfield` … `[19:42] Tyrone W.: at the gate`: a found given name followed by the
 * initial of the same person's family name is that person in initial form; the initial is part of
 * the span. `findings` are sorted and disjoint; so is the result (findings are changed in place).
 */
function initialledGivens(text: string, findings: Finding[]): Finding[] {
  if (!initialAfter.test(text)) return findings;
  let initials: Map<string, string> | undefined;
  for (const f of findings) {
    if (f.type !== 'PERSON' || f.end - f.start > 60) continue;
    const name = text.slice(f.start, f.end);
    if (!name.includes(' ')) continue;
    const { first, family } = nameParts(name);
    if (first.length < 2 || family.length < 2 || first === family) continue;
    initials ??= new Map();
    initials.set(first, family.charAt(0));
  }
  // `Sanna,Rautio` under First Name and Last Name … `Local Legend: Sanna R.`: the given name said
  // with the initial of the family name found beside it in the same record.
  let added = fieldInitials(text, findings);
  if (text.includes('@')) {
    const owners = addressInitials(text, findings);
    if (owners !== undefined) added = [...(added ?? []), ...owners];
  }
  if (initials === undefined) return merged(findings, added);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    const initial = f.type === 'PERSON' ? initials.get(text.slice(f.start, f.end)) : undefined;
    if (initial === undefined || text.charCodeAt(f.end) !== 32 || text.charAt(f.end + 1) !== initial)
      continue;
    if (text.charCodeAt(f.end + 2) !== 46 || wordChar(text, f.end + 3)) continue;
    const next = findings[i + 1];
    if (next !== undefined && next.start < f.end + 3) continue;
    findings[i] = { ...f, end: f.end + 3 };
  }
  return merged(findings, added);
}

/**
 * `Marek K.,…,marek.kaczmarczyk@o2.pl` (a review export's author): a given name and an initial on the
 * line of an address found whose local part spells the given name and a family name with that
 * initial (`given.family`) are its owner, named in full by the address: new findings, or undefined.
 */
function addressInitials(text: string, findings: Finding[]): Finding[] | undefined {
  let added: Finding[] | undefined;
  // The line breaks, and the last line's `Given I.` matches: many addresses on one long line (a
  // one-line JSON export) each searched their whole line, quadratic in it.
  let breaks: number[] | undefined;
  let lastLine: [number, number, RegExpExecArray[]] | undefined;
  for (const email of findings) {
    if (email.type !== 'EMAIL') continue;
    const parts = /^([a-z\u00e0-\u024f]{2,})[._-]([a-z\u00e0-\u024f]{2,})@/.exec(
      text.slice(email.start, email.end).toLowerCase(),
    );
    if (parts === null) continue;
    breaks ??= lineBreaks(text);
    const lineStart = (breaks[firstAtOrAfter(breaks, email.start + 1) - 1] ?? -1) + 1;
    const lineEnd = breaks[firstAtOrAfter(breaks, email.end)] ?? text.length;
    if (lastLine === undefined || lastLine[0] !== lineStart || lastLine[1] !== lineEnd)
      lastLine = [lineStart, lineEnd, [...text.slice(lineStart, lineEnd).matchAll(givenInitial)]];
    const givenKey = nameKey(parts[1] as string);
    const initialKey = nameKey((parts[2] as string).charAt(0));
    for (const m of lastLine[2]) {
      const [given, initial] = [m[1] as string, m[2] as string];
      if (nameKey(given) !== givenKey || nameKey(initial) !== initialKey) continue;
      const start = lineStart + (m.index as number) + m[0].length - given.length - 3;
      const end = start + given.length + 3;
      if (overlapsAny(findings, start, end) || (added !== undefined && overlapsSome(added, start, end)))
        continue;
      added ??= [];
      added.push({ type: 'PERSON', start, end, score: 0.6, detector: 'person' });
    }
  }
  return added;
}

/** A capitalised word, a blank and a capital with a dot, ending there (`Marek K.`). */
const givenInitial = /(?:^|[^\p{L}\p{N}_])(\p{Lu}\p{Ll}+) (\p{Lu})\.(?![\p{L}\p{N}])/gu;

/**
 * The given name found alone in a record's field, then the initial of the family name found in the
 * next field of the same line (`Sanna,Rautio`), said elsewhere as `Sanna R.`: new findings, or undefined.
 */
function fieldInitials(text: string, findings: Finding[]): Finding[] | undefined {
  let added: Finding[] | undefined;
  let initials: Map<string, number[]> | undefined;
  for (let i = 0; i + 1 < findings.length; i++) {
    const f = findings[i] as Finding;
    const g = findings[i + 1] as Finding;
    if (f.type !== 'PERSON' || g.type !== 'PERSON' || g.start - f.end > 3 || g.start === f.end) continue;
    if (!fieldGap.test(text.slice(f.end, g.start))) continue;
    const first = text.slice(f.start, f.end);
    const family = text.slice(g.start, g.end);
    if (!plainWord.test(first) || !plainWord.test(family)) continue;
    // Where ` R.` stands, found once per text: searching the whole text for each pair's form was
    // quadratic in a long export. (A form cannot overlap itself, so no occurrence is lost.)
    initials ??= initialSites(text);
    for (const site of initials.get(family.charAt(0)) ?? []) {
      const at = site - first.length;
      if (at < 0 || !text.startsWith(first, at)) continue;
      const end = site + 3;
      if (wordChar(text, at - 1) || wordChar(text, end)) continue;
      if (overlapsAny(findings, at, end) || (added !== undefined && overlapsSome(added, at, end))) continue;
      added ??= [];
      added.push({ ...f, start: at, end, score: 0.6 });
    }
  }
  return added;
}

/**
 * Where a blank, a character and a dot stand (`Sanna R.`: the blank's offset), in order, by that
 * character: the places an initialled name can end.
 */
function initialSites(text: string): Map<string, number[]> {
  const sites = new Map<string, number[]>();
  for (let dot = text.indexOf('.', 2); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    if (text.charCodeAt(dot - 2) !== 32) continue;
    const initial = text.charAt(dot - 1);
    const list = sites.get(initial);
    if (list === undefined) sites.set(initial, [dot - 2]);
    else list.push(dot - 2);
  }
  return sites;
}

/** What separates two fields of a record: a delimiter, perhaps with blanks and quotes. */
const fieldGap = /^["']?[ \t]*[,;\t|][ \t]*["']?$/;

/**
 * `Signature: M. Thibodeaux` where `Thibodeaux, Marcel J` was found: a family name found alone after
 * the initial of the given name of the person named in full is that person in initial form (a field's
 * reader takes `M.` for Monsieur). The initial joins the span; `findings` are changed in place.
 */
function initialledFamilies(text: string, findings: Finding[]): Finding[] {
  // (Not gated on `. ` in the text: the `startsWith` per finding below is cheaper than that search.)
  let firsts: Map<string, string[]> | undefined;
  for (const f of findings) {
    if (f.type !== 'PERSON' || f.start < 3 || !text.startsWith('. ', f.start - 2)) continue;
    const family = text.slice(f.start, f.end);
    if (family.includes(' ') || wordChar(text, f.start - 4)) continue;
    if (firsts === undefined) {
      firsts = new Map();
      for (const g of findings) {
        if (g.type !== 'PERSON' || g.end - g.start > 60) continue;
        const name = text.slice(g.start, g.end);
        if (!name.includes(' ')) continue;
        const parts = nameParts(name);
        firsts.set(parts.family, [...(firsts.get(parts.family) ?? []), parts.first.charAt(0)]);
      }
    }
    if (firsts.get(family)?.includes(text.charAt(f.start - 3))) f.start -= 3;
  }
  return findings;
}

/** A capital's initial with its dot after a word: ` W.` (the cheap gate of `initialledGivens`). */
const initialAfter = /[a-z\u00df-\u024f] [A-Z\u00c0-\u00de]\.(?![A-Za-z])/;

/**
 * `mentored two graduates, Kofi Mensah and Laleh Farahani`: two capitalised words joined by `and` to
 * a person found in full are a person too, listed or not. Not a firm, a team, a place or a heading's
 * words (`Kofi Mensah and Analytics Team`). `findings` are sorted and disjoint; so is the result.
 */
function coordinated(text: string, findings: Finding[]): Finding[] {
  // (No search of the whole text for ` and ` first: each finding's `startsWith` below is cheaper.)
  let added: Finding[] | undefined;
  for (const f of findings) {
    if (f.type !== 'PERSON' || !text.startsWith(' and ', f.end)) continue;
    const m = andName.exec(text.slice(f.end, f.end + 64));
    if (m === null) continue;
    const keys = [nameKey(m[1] as string), nameKey(m[2] as string)];
    if (keys.some(noNameWord) || titleKey.test(keys[0] as string)) continue;
    const end = f.end + m[0].length;
    const start = end - (m[1] as string).length - 1 - (m[2] as string).length;
    if (overlapsAny(findings, start, end) || eponymousBrands.has(keys.join(' '))) continue;
    added ??= [];
    added.push({ ...f, start, end, score: 0.6 });
  }
  return merged(findings, added);
}

/**
 * `couples shown as "Ezekiel & Adaobi Okwuosa"`, `Tom and Maria Keller`: a listed given name joined
 * by `&` or `and` to a person found in full is the given name of someone sharing the family name (a
 * couple, siblings). Not a firm's partner (`Johnson & Partners` is no person found) nor a title.
 * `findings` are sorted and disjoint; so is the result.
 */
function couples(text: string, findings: Finding[]): Finding[] {
  let added: Finding[] | undefined;
  for (const f of findings) {
    if (f.type !== 'PERSON' || f.start < 6) continue;
    // `coupleBefore` ends with ` & ` or ` and `: told by two `startsWith`, cheaper than a search of
    // the whole text for either first (blanks are everywhere).
    if (!text.startsWith(' & ', f.start - 3) && !text.startsWith(' and ', f.start - 5)) continue;
    const m = coupleBefore.exec(text.slice(Math.max(0, f.start - 32), f.start));
    if (m === null) continue;
    const given = m[1] as string;
    const whole = text.slice(f.start, f.end);
    if (!whole.includes(' ') || whole.includes('\n')) continue;
    const key = nameKey(given);
    if (!givenNames.has(key) || noNameWord(key) || titleKey.test(key) || isCueWord(key)) continue;
    const start = f.start - m[0].length;
    const end = start + given.length;
    if (overlapsAny(findings, start, end) || (start > 0 && wordChar(text, start - 1))) continue;
    added ??= [];
    added.push({ ...f, start, end, score: 0.6 });
  }
  return merged(findings, added);
}

const coupleBefore = /(\p{Lu}\p{Ll}+) (?:&|and) $/u;

/** `and Mrs Chowdhury`: a title and a family name, found (or not) by the relative's rule instead. */
const titleKey = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lady|lord|herr|frau|mme|sr|sra)$/;
const andName =
  /^ and (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}&]| &| \p{Lu})/u;

/**
 * `Inger Marie Thygesen ⏎ f. Kjeldsen`, `Anna Weber, geb. Schulz`, `Marie Dubois (née Martin)`: the
 * family name someone was born with, right after their name. `findings` are sorted and disjoint;
 * so is the result.
 */
function maidenNames(text: string, findings: Finding[]): Finding[] {
  let added: Finding[] | undefined;
  for (const f of findings) {
    if (f.type !== 'PERSON' || !maidenLead(text, f.end)) continue;
    const m = maidenAfter.exec(text.slice(f.end, f.end + 48));
    if (m === null) continue;
    const name = m[1] as string;
    const start = f.end + m[0].length - name.length;
    if (overlapsAny(findings, start, start + name.length) || notNames.has(nameKey(name))) continue;
    added ??= [];
    added.push({ ...f, start, end: start + name.length, score: 0.6 });
  }
  return merged(findings, added);
}

/** Whether the first letter after a name (past a comma, blanks, a bracket) can open a maiden-name marker. */
function maidenLead(text: string, end: number): boolean {
  let k = end;
  while (
    k < end + 6 &&
    (text.charCodeAt(k) === 32 ||
      text.charCodeAt(k) === 44 ||
      text.charCodeAt(k) === 10 ||
      text.charCodeAt(k) === 40)
  )
    k++;
  const c = text.charCodeAt(k) | 32;
  return c === 102 || c === 103 || c === 110 || c === 122 || c === 100; // f g n z d
}
/** A maiden-name marker after a name: Danish and Norwegian `f.`/`født`, German `geb.`, `née`, Polish `z d.`. */
const maidenAfter =
  /^,?[ \t]*\n?[ \t]*\(?(?:f\.|født|fødd|geb\.|geborene|née|nee|z d\.|z domu|de soltera|nata|nascida)[ \t]+(\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)/u;

/**
 * `Dwayne Whitaker, W-H-I-T-A-K-E-R`, `maria kowalczyk k o w a l c z y k`, `O S U L L I V A N, no
 * apostrophe`: a found person's name spelled out letter by letter, as callers do on the phone, is
 * theirs too. Single letters joined by blanks, hyphens or dots whose
 * letters are one word of a found name (accents and apostrophes folded). `findings` are sorted and
 * disjoint; so is the result.
 */
function spelledNames(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.type === 'PERSON')) return findings;
  // Three single letters in a row anywhere (one scan; the full pattern's lookbehind is slower).
  spelledHint.lastIndex = 0;
  if (!spelledHint.test(text)) return findings;
  const words = new Map<string, Finding>();
  for (const f of findings) {
    if (f.type !== 'PERSON') continue;
    for (const word of text.slice(f.start, f.end).split(/[\s,]+/)) {
      const key = nameKey(word).replace(/[^a-z]/g, '');
      if (key.length >= 3) words.set(key, f);
    }
  }
  let added: Finding[] | undefined;
  // Tried where a hint's letters start only (every spelled name holds one there), in order and
  // past each match: the matches `matchAll` gives, without the lookbehind tried at every character
  // of a long text, where some hint is always there.
  spelledHint.lastIndex = 0;
  for (let h = spelledHint.exec(text); h !== null; h = spelledHint.exec(text)) {
    const start = isAsciiLetter(text.charCodeAt(h.index)) ? h.index : h.index + 1;
    spelledAt.lastIndex = start;
    const m = spelledAt.exec(text);
    spelledHint.lastIndex = m === null ? start + 1 : start + m[0].length;
    if (m === null) continue;
    const person = words.get(m[0].replace(/[^A-Za-z]/g, '').toLowerCase());
    const end = start + m[0].length;
    if (person === undefined || overlapsAny(findings, start, end)) continue;
    added ??= [];
    added.push({ ...person, start, end, score: 0.6 });
  }
  return merged(findings, added);
}

/** Three or more single letters joined by blanks, hyphens or dots: `W-H-I-T`, `k o w a`, `P. U. G. H.`. */
const spelledHint = /(?:^|[^A-Za-z0-9])[A-Za-z][ .-] ?[A-Za-z][ .-] ?[A-Za-z](?![A-Za-z0-9])/g;
const spelledAt = /(?<![A-Za-z0-9])[A-Za-z](?:(?: |-|\. ?)[A-Za-z]){2,}(?![A-Za-z0-9])/y;
/** Whether the UTF-16 code `c` is an ASCII letter. */
const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/**
 * `ليلى المنصوري / Layla Al Mansouri`, `Иван Петров (Ivan Petrov)`, `Noa Ben-David | נועה בן-דוד`: a name in another script written
 * beside a person found in Latin letters, as bilingual documents give it, is the same person's.
 * `findings` are sorted and disjoint; so is the result.
 */
function transliterated(text: string, findings: Finding[]): Finding[] {
  if (!otherScript.test(text) || (!text.includes(' / ') && !text.includes(' (') && !text.includes(' | ')))
    return findings;
  let added: Finding[] | undefined;
  for (const f of findings) {
    if (f.type !== 'PERSON') continue;
    const before = scriptNameBefore.exec(text.slice(Math.max(0, f.start - 80), f.start));
    // `พิมพ์ชนก ศรีสวัสดิ์ (Phimchanok Srisawat)`: the other way round, the Latin spelling in brackets.
    const match =
      before ??
      scriptNameAfter.exec(text.slice(f.end, f.end + 80)) ??
      (otherScript.test(text.charAt(f.start)) ? latinNameAfter.exec(text.slice(f.end, f.end + 80)) : null);
    if (match === null) continue;
    const name = match[1] as string;
    // The other spelling is in another script (`Πέτρου Αντωνιάδη (ίδιο κινητό …)` is a note after
    // a Greek name), and a cased script's words are capitalised.
    const found = text.slice(f.start, f.end);
    if (
      otherScript.test(name) &&
      (otherScript.test(found) || (!/^\p{Lu}/u.test(name) && /^[\u0370-\u04ff]/.test(name)))
    )
      continue;
    const start = (before !== null ? f.start - match[0].length : f.end) + match[0].indexOf(name);
    const end = start + name.length;
    if (overlapsAny(findings, start, end)) continue;
    added ??= [];
    added.push({ ...f, start, end, score: 0.6 });
  }
  return merged(findings, added);
}

const otherScript = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f]/;

/** Two to five words in a script without Latin letters (Arabic, Hebrew, Cyrillic, Greek, Devanagari, Thai). */
const otherScriptName = String.raw`[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Devanagari}\p{sc=Thai}]+(?: [\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Devanagari}\p{sc=Thai}\p{M}]+(?:-[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Devanagari}\p{sc=Thai}\p{M}]+)?){1,4}`;
const scriptNameBefore = new RegExp(`(?:^|[\\s:"“«])(${otherScriptName}) (?:/ |\\(|\\| )$`, 'u');
const latinNameAfter = /^ \((\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3})\)/u;
const scriptNameAfter = new RegExp(`^\\)? ?(?:/ |\\(|\\| )(${otherScriptName})(?=$|[\\s),;|])`, 'u');

/**
 * `Failing row contains (5512, Matej Kováč, matej.kovac@azet.sk, …)`: capitalised words right
 * before an e-mail address whose local part spells one of them (accents folded) are its owner's
 * name, listed or not. `findings` are sorted and disjoint; so is the result.
 */
function namesBeforeAddresses(text: string, findings: Finding[]): Finding[] {
  let added: Finding[] | undefined;
  for (let i = 0; i < findings.length; i++) {
    const email = findings[i] as Finding;
    if (email.type !== 'EMAIL') continue;
    const previous = findings[i - 1];
    let k = email.start;
    while (k > 0 && email.start - k < 4 && addressGap.test(text[k - 1] as string)) k--;
    if (k === email.start || (previous !== undefined && previous.end > k - 2)) continue;
    const last = text.charCodeAt(k - 1); // a name ends with a lower-case letter
    if (!((last >= 97 && last <= 122) || last >= 128)) continue;
    // Both searches bounded to where their answer counts: unbounded, an encoded address (no `@`)
    // or a line without blanks made each of them read on through the rest of a long text.
    const inside = text.slice(email.start, email.end).indexOf('@');
    const at = inside === -1 ? -1 : email.start + inside;
    // The name holds a blank (`Thiago,Pereira,…` does not) within 40 characters of its end.
    const blank = text.slice(Math.max(0, k - 40), k).lastIndexOf(' ');
    if (blank === -1 || fieldPair.test(text.slice(Math.max(0, k - 64), k))) {
      // `"Ingrid", "Solberg", "ingrid.solberg@online.no"`: given and family name as two fields.
      if (at !== -1) {
        const pair = fieldsBefore(text, k, nameKey(text.slice(email.start, at)));
        if (pair !== undefined && (previous === undefined || previous.end <= pair[0])) {
          added ??= [];
          added.push(
            { type: 'PERSON', start: pair[0], end: pair[1], score: 0.7, detector: 'person' },
            { type: 'PERSON', start: pair[2], end: k, score: 0.7, detector: 'person' },
          );
        }
      }
      continue;
    }
    // An encoded address (`jane%40corp.io`), or a span with blanks (a spelled-out one).
    if (at === -1 || /\s/.test(text.slice(email.start, at))) continue;
    const m = ownerName.exec(text.slice(Math.max(0, k - 64), k));
    if (m === null) continue;
    // From the first word the address spells (`Contact Matej Kováč`: not `Contact`); one word
    // before it when only the family name is spelled (`mkovac`).
    const words = m[0].split(' ');
    // `Mabuza-Ncube` is spelled `mabuzancube`: a double-barrelled name's halves run together.
    const keys = words.map((w) => nameKey(w).replace(/-/g, ''));
    let first = spelledFrom(nameKey(text.slice(email.start, at)), keys);
    if (first === -1) continue;
    if (first === words.length - 1) first--;
    // `Warehouse Team,warehouse@…`: a shared mailbox's name, not a person's. (A word the address
    // spells beside another is a name: `Bethan Price (bethan.price@…)`.)
    const local = nameKey(text.slice(email.start, at));
    if (isServiceMailbox(text.slice(email.start, at))) continue;
    const spelledBoth = keys
      .slice(first)
      .every((key) => local.includes(key) && !isRoleWord(key) && !companyMarks.has(key));
    if (!spelledBoth && words.slice(first).some((w) => noNameWord(nameKey(w)))) continue;
    const start = k - words.slice(first).join(' ').length;
    if (previous !== undefined && previous.end > start) continue;
    // `Oksana Makes	oksana.makes@…` under `trading_name`: a shop named after its owner.
    if (underOrganisation(text, start, k)) continue;
    added ??= [];
    added.push({ type: 'PERSON', start, end: k, score: 0.7, detector: 'person' });
  }
  return merged(findings, added);
}

/**
 * Two capitalised fields ending at `end`, split by a delimiter (`,`, `;`, a tab, `|`, quotes and
 * blanks around it), when the address's local part `local` holds each whole (accents folded):
 * `[first start, first end, second start]`, the second ending at `end`.
 */
function fieldsBefore(text: string, end: number, local: string): [number, number, number] | undefined {
  const m = fieldPair.exec(text.slice(Math.max(0, end - 64), end));
  if (m === null) return undefined;
  const first = m[1] as string;
  const second = m[3] as string;
  const keys = [nameKey(first), nameKey(second)];
  if (keys.some((key) => key.length < 3)) return undefined;
  const spelled = keys.map((key) => local.includes(key.split('-')[0] as string));
  if (!spelled[0] && !spelled[1]) return undefined;
  if (
    !(spelled[0] && spelled[1]) &&
    !shortened(local, keys[spelled[0] ? 1 : 0] as string, keys[spelled[0] ? 0 : 1] as string)
  )
    return undefined;
  if (keys.some((key) => isRoleWord(key) || companyMarks.has(key) || noNameWord(key))) return undefined;
  const secondStart = end - second.length;
  const firstStart = secondStart - (m[2] as string).length - first.length;
  return [firstStart, firstStart + first.length, secondStart];
}

/**
 * Whether the local part `local` spells `whole` and, in another of its dot-, dash- or
 * underscore-separated parts, the other name `key` by its initial or a short form opening like it:
 * `a.szczepanska` for Agnieszka Szczepańska, `bartek.kedzierski` for Bartłomiej Kędzierski.
 */
function shortened(local: string, key: string, whole: string): boolean {
  const head = whole.split('-')[0] as string;
  return local
    .split(/[._-]/)
    .some(
      (part) =>
        !part.includes(head) && (part === key[0] || (part.length >= 3 && key.startsWith(part.slice(0, 3)))),
    );
}

/** A capitalised word, its halves capitalised too when double-barrelled (`Mabuza-Ncube`). */
const fieldWord = String.raw`\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{Lu}?[\p{Ll}'’]*\p{Ll})*`;
/** Two capitalised words as fields of a record, ending the text given: `Ingrid", "Solberg`, `Nadège;Lefebvre-Aubry`. */
const fieldPair = new RegExp(
  String.raw`(?<![\p{L}\p{N}’-])(?<![\p{L}\p{N}]')(${fieldWord})([ \t]*["']?[ \t]*[,;|\t][ \t]*["']?[ \t]*)(${fieldWord})$`,
  'u',
);

/**
 * The index of the first of `words` that a part of the local part `local` spells, or -1. A part
 * spells the words when it is made of them and their initials end to end (`matej`, `mkovac`,
 * `matejkovac`, `alima`) with one word whole at least: `johnson` does not spell `John Lewis`.
 */
function spelledFrom(local: string, words: string[]): number {
  let first = -1;
  for (const part of local.split(/[^a-z]+/)) {
    if (part.length < 3) continue;
    const used = spelling(part, words);
    if (used !== -1 && (first === -1 || used < first)) first = used;
  }
  return first;
}

/** `part` as a sequence of `words` and their initials, one word whole: the first word it uses, or -1. */
function spelling(part: string, words: string[]): number {
  // best[i]: the first word used by a spelling of part.slice(0, i), with whether a whole word is in it.
  const best: Array<[number, boolean] | undefined> = [[Number.MAX_SAFE_INTEGER, false]];
  for (let i = 0; i < part.length; i++) {
    const here = best[i];
    if (here === undefined) continue;
    words.forEach((word, w) => {
      for (const [piece, whole] of [
        [word, true],
        [word.charAt(0), false],
      ] as const) {
        if (piece.length < (whole ? 3 : 1) || !part.startsWith(piece, i)) continue;
        const next: [number, boolean] = [Math.min(here[0], w), here[1] || whole];
        const seen = best[i + piece.length];
        if (seen === undefined || (next[1] && !seen[1]) || (next[1] === seen[1] && next[0] < seen[0]))
          best[i + piece.length] = next;
      }
    });
  }
  const done = best[part.length];
  return done?.[1] ? done[0] : -1;
}

/** What may stand between a name and its address: `, `, ` <`, `: `, a tab, quotes (`", "`), `| `. */
const addressGap = /[ ,;:<|\t"'(]/;
/** Two to four capitalised words (hyphens and apostrophes inside) ending the text given. */
const ownerName = new RegExp(`${fieldWord}(?: ${fieldWord}){1,3}$`, 'u');

/**
 * A full name found once names the same person wherever else the text repeats it: the copy in an
 * error's `Failing row contains (90233, Ambrose Ketteridge, …)` or in prose after the table, where
 * nothing says it is a name. Only names of two or more words; only whole-word copies that no other
 * finding covers. `findings` are sorted and disjoint; so is the result.
 */
function repeatedNames(text: string, findings: Finding[]): Finding[] {
  let names: Map<string, Finding> | undefined;
  let dates: Map<string, Finding> | undefined;
  let many = false;
  let singles: Map<string, Finding> | null | undefined;
  for (const f of findings) {
    if (f.type === 'DATE_OF_BIRTH' && f.end - f.start >= 8 && f.end - f.start <= 32) {
      // `'dob': '17/06/1989'` … `ValueError: time data '17/06/1989' does not match format`.
      dates ??= new Map();
      dates.set(text.slice(f.start, f.end), f);
    }
    if (f.type !== 'PERSON' || f.end - f.start > 64) continue;
    const name = text.slice(f.start, f.end);
    // `'keresztnev': 'Réka'` … `Réka's email has an accent`: a name found alone (under a labelled
    // field) said again alone.
    if (!name.includes(' ')) {
      if (singles !== null && name.length >= 3 && plainWord.test(name)) {
        singles ??= new Map();
        if (!singles.has(name)) singles.set(name, f);
        if (singles.size > MAX_REPEATED_NAMES) singles = null;
      }
      continue;
    }
    if (many || f.end - f.start < 5 || name.includes('\n')) continue;
    names ??= new Map();
    if (!names.has(name)) names.set(name, f);
    // Each name costs a search of the whole text: a long table of people has its names found in
    // its rows already, and the repeats worth finding are those of a few names (an error, a note).
    if (names.size > MAX_REPEATED_NAMES) many = true;
  }
  if (many) names = undefined;
  // A table of birth dates has them found in its rows: the repeats worth finding are a few dates'.
  if (dates !== undefined && dates.size > MAX_REPEATED_DATES) dates = undefined;
  const cjk = cjkNames(text, findings);
  if (names === undefined && dates === undefined && cjk === undefined && !singles) return findings;
  const added: Finding[] = [];
  const replaced: Finding[] = [];
  // Han and Hangul have no blanks between words: a name's copies are found wherever they stand.
  for (const [value, f] of cjk ?? []) {
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
      const end = at + value.length;
      if (!overlapsAny(findings, at, end) && !overlapsSome(added, at, end))
        added.push({ ...f, start: at, end });
    }
  }
  const copies = [...(names ?? []), ...(dates ?? [])];
  // `ELEANOR WAMBUI MWANGI-CARRINGTON` as the heading over the prose that names her.
  if (names !== undefined && capitalRun.test(text))
    for (const [value, f] of names) {
      const upper = value.toUpperCase();
      if (upper !== value) copies.push([upper, f]);
    }
  for (const [value, f] of copies) {
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
      const end = at + value.length;
      // (`Thandiwe Mabuza` is no copy inside `Thandiwe Mabuza-Ncube`.)
      // (`وفاطمة يوسف النعيمي`, and Fatima …: Arabic writes a conjunction onto the name's first letter.)
      if (
        (wordEndsBefore(text, at) && !arabicProclitic(text, at)) ||
        wordChar(text, end) ||
        (text[end] === '-' && wordChar(text, end + 1))
      )
        continue;
      // `hire_date: 1990-05-14`, `"createdAt": 1700000000000`: the same value under a key naming
      // another date is that date, not the birth date said again.
      if (f.type === 'DATE_OF_BIRTH' && underOtherDateKey(text, at)) continue;
      if (overlapsAny(findings, at, end) || overlapsSome(added, at, end)) continue;
      added.push({ ...f, start: at, end });
    }
  }
  // `given_name: Hope` and `family_name: Long` … `Hope Long and Joy Strong collide`: two names found
  // alone, said together, are one person's full name.
  if (singles && singles.size > 1)
    for (const [start, end, f] of pairedSingles(text, singles)) {
      if (overlapsAny(findings, start, end) || overlapsSome(added, start, end)) continue;
      added.push({ ...f, start, end, score: 0.6 });
    }
  const finnish = finnishOnce(text);
  for (const [value, f] of singles ?? []) {
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
      // `Juhon laite` (Juho's device): Finnish puts a case ending on the name, as in `givenAlone`.
      const end = afterFinnishEnding(text, at + value.length, value, finnish);
      if (wordEndsBefore(text, at) || wordChar(text, end)) continue;
      // `"username": "Mark.Price62"`, `grace_rich`: joined to more letters by a dot or an underscore,
      // it is part of a handle, not the name said again.
      if (handleJoint(text, at, end)) continue;
      // Beside another capitalised word it is part of another name or a place (`Réka Tóth`, `Lincoln
      // Road`); beside `&`, of a company's (`Moretti & Figli`).
      // (A title after it is no other name: `Zeynep Hanım'ın`.)
      // (A greeting before it is no other name: `Bonjour Camille,`.)
      const before = /(\p{Lu}\p{Ll}*|&) $/u.exec(text.slice(Math.max(0, at - 24), at))?.[1];
      if (
        (/^ [\p{Lu}&]/u.test(text.slice(end, end + 2)) && !titleAfter.test(text.slice(end, end + 8))) ||
        (before !== undefined &&
          !isCueWord(nameKey(before)) &&
          !clauseOpening(text, before, at - 1 - before.length))
      )
        continue;
      // (`Austin, TX`: a town and its state; `to Julia 1.10`: a programming language.)
      if (/^, [A-Z]{2}(?![\p{L}])/u.test(text.slice(end, end + 5)) || languageMention(text, at, end))
        continue;
      // `Whitaker: n/a` after `Dear Mr. Whitaker:`: a word opening a line before a colon labels a
      // field (as in `familyAlone`), unless a salutation's title comes before it.
      if (
        text.charCodeAt(end) === 58 &&
        (at === 0 || text.charCodeAt(at - 1) === 10) &&
        !dearTitle.test(text.slice(Math.max(0, at - 24), at))
      )
        continue;
      if (overlapsAny(findings, at, end) || overlapsSome(added, at, end) || inDataCell(text, at, end))
        continue;
      added.push({ ...f, start: at, end, score: 0.6 });
    }
  }
  // Relatives and given names said alone are looked for around a few people (a note, an error),
  // each name costing two more searches of the text.
  if (names !== undefined && names.size <= MAX_RELATED_NAMES) {
    relatives(text, names, findings, added);
    otherForms(text, names, findings, added, replaced);
    givenAlone(text, names, findings, added);
    familyAlone(text, names, findings, added);
  }
  if (added.length === 0) return findings;
  const kept = replaced.length === 0 ? findings : findings.filter((f) => !replaced.includes(f));
  return [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether the word at `at`…`end` is joined by a dot or an underscore to letters or digits on either side. */
function handleJoint(text: string, at: number, end: number): boolean {
  const after = text.charCodeAt(end);
  const before = text.charCodeAt(at - 1);
  return (
    ((after === 46 || after === 95) && wordChar(text, end + 1)) ||
    ((before === 46 || before === 95) && at >= 2 && wordChar(text, at - 2))
  );
}

/** Whether the value at `at` follows a key (`key: `, `"key": "`, `key=`) that names a date other than a birth date. */
function underOtherDateKey(text: string, at: number): boolean {
  const from = Math.max(0, at - 48);
  // (A key the 48 characters cut into does not open the line: a letter before it says so.)
  const key = keyBefore.exec(
    (from > 0 && text.charCodeAt(from - 1) !== 10 ? 'x' : '') + text.slice(from, at),
  )?.[2];
  return key !== undefined && otherDateKey.test(key) && !isBirthHeader(key);
}

/** A key opening a line or an entry of an object or list (not a word of prose: `unparseable era date: '…'`). */
const keyBefore = /(?:^|[\n{,;([][ \t]*)(["'`]?)([A-Za-z_][\w.-]{0,40})\1[ \t]*[:=][ \t]*["'`]?$/;
const otherDateKey =
  /date|time|_at$|At$|^at$|created|updated|modified|expir|since|until|start|end|due|issued|valid|joined|signup|registered|hired?|paid|posted|shipped|sent|seen|login/i;

/**
 * Where two of `singles` stand together as whole words (`Hope Long`), leftmost first and not
 * overlapping, with the finding of the first: found from each name's copies with `indexOf` (a regex
 * of the names, tried at every character of the text, cost far more).
 */
function pairedSingles(text: string, singles: Map<string, Finding>): Array<[number, number, Finding]> {
  const pairs: Array<[number, number, Finding]> = [];
  for (const [first, f] of singles) {
    const lead = `${first} `;
    for (let at = text.indexOf(lead); at !== -1; at = text.indexOf(lead, at + lead.length)) {
      if (at > 0 && letterOrDigit(text, at - 1)) continue;
      const from = at + lead.length;
      for (const second of singles.keys()) {
        const end = from + second.length;
        if (!text.startsWith(second, from) || (end < text.length && letterOrDigit(text, end))) continue;
        pairs.push([at, end, f]);
        break;
      }
    }
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const kept: Array<[number, number, Finding]> = [];
  let keptEnd = -1;
  for (const pair of pairs)
    if (pair[0] >= keptEnd) {
      kept.push(pair);
      keptEnd = pair[1];
    }
  return kept;
}

const letterOrDigit = (text: string, i: number): boolean => /[\p{L}\p{N}]/u.test(text.charAt(i));

/**
 * The CJK names found (`李娜娜`, `中村 健一`) as they may be repeated: the name, the name without its
 * blank (`中村健一`) and a Japanese family name alone (`中村でございます`); Han names of two
 * characters or more, Hangul of three (two-syllable Hangul words are mostly nouns).
 */
function cjkNames(text: string, findings: readonly Finding[]): Map<string, Finding> | undefined {
  let names: Map<string, Finding> | undefined;
  for (const f of findings) {
    // Most findings are not CJK: settled by their first character.
    if (
      f.type !== 'PERSON' ||
      f.end - f.start < 2 ||
      f.end - f.start > 9 ||
      text.charCodeAt(f.start) < 0x3400
    )
      continue;
    const value = text.slice(f.start, f.end);
    if (!cjkName.test(value)) continue;
    const forms = [value];
    const blank = value.search(/[ \u3000]/);
    if (blank !== -1) forms.push(value.replace(/[ \u3000]/, ''), value.slice(0, blank));
    for (const form of forms) {
      if (form.length < (hangul.test(form) ? 3 : 2) || names?.has(form)) continue;
      names ??= new Map();
      names.set(form, f);
    }
    if (names !== undefined && names.size > MAX_REPEATED_NAMES) return undefined;
  }
  return names;
}

const cjkName = /^[\p{sc=Han}\p{sc=Hangul}々]+(?:[ \u3000][\p{sc=Han}\p{sc=Hangul}々]+)?$/u;
const hangul = /\p{sc=Hangul}/u;

const combiningMarks = /[\u0300-\u036f]/g;
const capitalRun = /[A-Z]{5}/;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isLetterChar = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
/** Lower-case particles before the last word of a name (`von`, `van der`, `de la`). */
const familyParticle =
  / ((?:von|van|de|der|den|da|di|du|del|della|la|le|dos|das|ten|ter|zu|Ó|Ní|Uí|Nic|Mhic)(?: (?:der|den|de|la|le|los|las))?(?: \p{Lu}\p{Ll}+)?) [^ ]+$/u;

/** A title written after a name (`Zeynep Hanım'ın`, `Emre Bey`). */
const titleAfter = /^ (?:Hanım|Hanim|Bey|Hoca)(?![\p{L}])/u;

const MAX_REPEATED_NAMES = 16;
const MAX_RELATED_NAMES = 16;
const MAX_REPEATED_DATES = 4;

/**
 * `'name': 'Nusrat Chowdhury'` … `my husband Farhan Chowdhury`: a capitalised word before the family
 * name of someone found in full names a relative, listed name or not. Pushes to `added`.
 */
function relatives(text: string, names: Map<string, Finding>, findings: Finding[], added: Finding[]): void {
  const families = new Map<string, Finding>();
  for (const [name, f] of names) {
    const { family } = nameParts(name);
    if (family.length >= 3 && plainWord.test(family)) families.set(family, f);
  }
  for (const [family, f] of families) {
    for (let at = text.indexOf(family); at !== -1; at = text.indexOf(family, at + family.length)) {
      const end = at + family.length;
      // Most copies are the found names themselves: settled by the search before anything else.
      if (text.charCodeAt(at - 1) !== 32 || overlapsAny(findings, at, end) || wordChar(text, end)) continue;
      let start = at - 1;
      while (start > 0 && start > at - 24 && wordChar(text, start - 1)) start--;
      if (wordChar(text, start - 1)) continue;
      const given = text.slice(start, at - 1);
      // `Studio Legale Ricci`, `Team Ricci`: a company's or a role's word, not a relative.
      const key = nameKey(given);
      // (`Kedves Dóra`, `Dear Smith`: a greeting or a role's word before it.)
      if (!plainWord.test(given) || noNameWord(key) || isCueWord(key) || addressing.test(given)) continue;
      // `Si Rapetti te llama…`, `Wenn Müller anruft…`: a clause's first word, not a relative.
      if (clauseOpening(text, given, start)) continue;
      if (eponymousBrands.has(`${key} ${nameKey(family)}`)) continue; // `Dow Jones`, `Herman Miller`
      // `Ing. Ramiro Cantú de Aceros Cantú`, `Tom Baker of Riverside Baker`: after the person and `of`,
      // the firm named after the family is the person's (a listed given name is a relative's still).
      if (!givenNames.has(key) && familyFirmBefore(text, start, family)) continue;
      // `the Nell Carrington Scholarship Fund`, `Carrington Hall`: a fund, a place, a firm after it.
      const next = /^ (\p{Lu}\p{Ll}+)/u.exec(text.slice(end, end + 24))?.[1];
      if (next !== undefined && (isPlaceTail(nameKey(next)) || companyMarks.has(nameKey(next)))) continue;
      if (overlapsAny(findings, start, end) || overlapsSome(added, start, end)) continue;
      added.push({ ...f, start, end, score: 0.6 });
    }
  }
}

/** Whether the text before `start` ends with `family` and a word saying where one works (`Cantú de `). */
function familyFirmBefore(text: string, start: number, family: string): boolean {
  const m = ofBefore.exec(text.slice(Math.max(0, start - family.length - 8), start));
  return m !== null && m[1] === family;
}

const ofBefore = /(?:^|[^\p{L}])([\p{L}'’-]+) (?:de|del|of|from|von|vom|di|da|do|at|bei|chez) $/u;

/**
 * `Élise Marchetti-Roux` … `signature: É. Marchetti-Roux`, `Laura Chen` … `(Chen, Laura)`: a full
 * name found in the text, written elsewhere with its given name cut to an initial or after the
 * family name and a comma, or declined (`Tomasz Wójcik` … `nowego pracownika, Tomasza Wójcika`,
 * `Наталья Крылова` … `Ключи у Натальи Крыловой`: see `declinedNames`), names the same person.
 * Pushes to `added`.
 */
function otherForms(
  text: string,
  names: Map<string, Finding>,
  findings: Finding[],
  added: Finding[],
  replaced: Finding[],
): void {
  for (const [name, f] of names) {
    const blank = name.indexOf(' ');
    const first = name.slice(0, blank);
    const rest = name.slice(blank + 1);
    if (!plainWord.test(first) || addressing.test(first)) continue;
    const encoded = text.includes('%20') ? name.replace(/ /g, '%20') : undefined;
    /** Takes the form at `at`…`end`, bounded as `bounded` says, unless another finding is in the way. */
    const take = (at: number, end: number, bounded: boolean): void => {
      if (!bounded) return;
      // A given name found alone inside it (`(Chen, Laura)`) gives way to the whole form.
      const inside = findings.filter((g) => g.start < end && at < g.end);
      if (inside.some((g) => g.type !== 'PERSON' || g.start < at || g.end > end)) return;
      if (overlapsSome(added, at, end)) return;
      added.push({ ...f, start: at, end, score: 0.65 });
      replaced.push(...inside);
    };
    for (const form of [
      `${String.fromCodePoint(first.codePointAt(0) as number)}. ${rest}`,
      `${rest}, ${first}`,
      // `names: [ 'Lucas Ferreira', 'lucas ferreira' ]`: the same name in lower case.
      name.toLowerCase(),
      ...(encoded === undefined ? [] : [encoded]),
    ]) {
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
        const end = at + form.length;
        // In a URL (`Call%20with%20Mateus%20Albuquerque%207b1d….md`) an escape bounds the name too.
        take(
          at,
          end,
          form === encoded
            ? !escapedWordChar(text, at - 1, -1) && !escapedWordChar(text, end, 1)
            : !wordChar(text, at - 1) && !wordChar(text, end),
        );
      }
    }
    for (const [at, end] of declinedNames(text, name))
      take(at, end, !wordChar(text, at - 1) && !wordChar(text, end));
  }
}

/**
 * `'name': 'Gulnara Ismailova'` … `ask for Gulnara`: the first word of a full name found in the
 * text, said alone elsewhere in it as a whole capitalised word, names the same person (listed or
 * not; not a word that is no name, `New`, `Dear`, nor a title). Pushes to `added`.
 */
function givenAlone(text: string, names: Map<string, Finding>, findings: Finding[], added: Finding[]): void {
  const firsts = new Map<string, Finding>();
  const arabicFirsts = new Map<string, Finding>();
  for (const [name, f] of names) {
    const { first, family } = nameParts(name);
    // `Nguyễn Thu Hương`: family name first, the given name last (listed both ways round).
    const given =
      surnames.has(nameKey(first)) && givenNames.has(nameKey(family)) && !commonGivenNames.has(nameKey(first))
        ? family
        : first;
    // `Nguyễn Thị Minh Châu (Minh)`: the name someone goes by, in brackets after their full name.
    const preferred = goesBy.exec(text.slice(f.end, f.end + 40))?.[1];
    // One of the person's own names or a short form of their given name: brackets after a name hold
    // a team (`(Analytics)`) or, in an obituary, a spouse (`David Carrington (Lorraine)`) as often.
    if (
      preferred !== undefined &&
      (name.split(/[ ,]+/).includes(preferred) || nicknames.get(nameKey(given))?.includes(preferred))
    )
      firsts.set(preferred, f);
    // `Th\u00e9o N'Diaye` in a body Python's json.dumps wrote: the given name is escaped the same way
    // where it is said alone, so it is looked for as written and judged as decoded.
    const plain = given.includes('\\u') ? unescaped(given) : given;
    if (
      given.length >= 3 &&
      plainWord.test(plain) &&
      !notNames.has(nameKey(plain)) &&
      !addressing.test(plain)
    ) {
      firsts.set(given, f);
      // `Luz Marina Cárdenas` … `Luz Marina usa el correo`: the first two of three names (two given
      // names, or a given and a family name) said together name the same person.
      const words = name.split(' ');
      const second = words[1] as string;
      if (given === first && words.length >= 3 && !name.includes(',') && plainWord.test(second))
        firsts.set(`${given} ${second}`, f);
      // `Gregory Mills` … `Greg said`: the short forms of a given name.
      for (const short of nicknames.get(nameKey(given)) ?? []) if (!firsts.has(short)) firsts.set(short, f);
    }
    // `سارة عبدالله الحربي` … `هل لدى سارة طلبات`: Arabic has no capitals to tell a name from a word,
    // so only a listed given name is looked for alone (see `arabicGivenAt`).
    else if (arabicWord.test(given) && caselessGiven.has(given)) arabicFirsts.set(given, f);
    // `คุณพิมพ์ชนก`: Thai writes the title glued to the given name; found only after it.
    else if (thaiWord.test(given)) thaiFirsts(text, given, f, findings, added);
  }
  const finnish = finnishOnce(text);
  for (const [first, f] of firsts) {
    // `Bartosz Zieliński` … `A co z Bartoszem?`: Polish declines the given name said alone, so its
    // stem is looked for, and the word read on to one of its endings (see `declinedStem`).
    const declined = declinedStem(text, first);
    const stem = declined?.alone === true && first.startsWith(declined.stem) ? declined : undefined;
    const needle = stem?.stem ?? first;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      let end = at + first.length;
      if (stem !== undefined && !(text.startsWith(first, at) && !wordChar(text, end))) {
        end = declinedEnd(text, at, stem);
        if (end === -1) continue;
      }
      // `Aihe: Eetun poissaolot` (Eetu's absences): Finnish puts a case ending on the given name.
      end = afterFinnishEnding(text, end, first, finnish);
      if (overlapsAny(findings, at, end) || wordEndsBefore(text, at) || wordChar(text, end)) continue;
      // `Marcus Aurelius`: the start of another name, not this one said alone (`Tyrone W.`, the
      // family name's initial, is this one: see `initialledGivens`).
      if (
        text.charCodeAt(end) === 32 &&
        /\p{Lu}/u.test(text.charAt(end + 1)) &&
        !(
          text.charCodeAt(end + 2) === 46 &&
          text.charAt(end + 1) === nameParts(text.slice(f.start, f.end)).family.charAt(0)
        )
      )
        continue;
      if (text.charCodeAt(at - 1) === 46 || (text.charCodeAt(end) === 46 && wordChar(text, end + 1)))
        continue;
      if (afterNameWord(text, at) || languageMention(text, at, end)) continue;
      // `Mark the ticket as urgent`, `Bill the customer`, `Hope this helps`: a sentence's first word
      // before an article or a pronoun is a verb's imperative there, not the given name said alone.
      if (
        opensSentence(text, at) &&
        /^ (?:the|a|an|this|that|these|those|it|them|him|her|me|us|you|your|our|my|their|his|its|all|every|each)\b/.test(
          text.slice(end, end + 8),
        )
      )
        continue;
      if (overlapsSome(added, at, end)) continue;
      // In a table the person detector has read every cell under a name column already: this one
      // is under another (`Madison, WI` under `city`).
      if (inDataCell(text, at, end)) continue;
      added.push({ ...f, start: at, end, score: 0.6 });
    }
  }
  for (const [first, f] of arabicFirsts) {
    for (let at = text.indexOf(first); at !== -1; at = text.indexOf(first, at + first.length)) {
      const end = at + first.length;
      if (arabicGivenAt(text, at, end, findings, added)) added.push({ ...f, start: at, end, score: 0.6 });
    }
  }
}

/**
 * Whether the Arabic given name at `at`…`end` stands alone: a word of its own (a conjunction or a
 * preposition of one letter may be written onto it: `وسارة`, and Sara), not inside another finding,
 * and not the first word of another name (a listed name word after it: `محمد علي`), nor a cell of a
 * column other than a name's.
 */
function arabicGivenAt(
  text: string,
  at: number,
  end: number,
  findings: Finding[],
  added: Finding[],
): boolean {
  if ((wordEndsBefore(text, at) && !arabicProclitic(text, at)) || wordChar(text, end)) return false;
  if (overlapsAny(findings, at, end) || overlapsSome(added, at, end)) return false;
  const next = /^ ([\p{sc=Arabic}]+)/u.exec(text.slice(end, end + 24))?.[1];
  if (next !== undefined && (caselessGiven.has(next) || caselessFamily.has(next) || next.startsWith('ال')))
    return false;
  return !inDataCell(text, at, end);
}

/** A word of Arabic letters (no marks, digits or blanks). */
const arabicWord = /^[\u0621-\u064a]{3,}$/;

/**
 * Whether the letter before `at` is an Arabic conjunction or preposition written onto the word at
 * `at` (`و` and, `ف` so, `ب` with, `ل` for, `ك` like), a word's first letter itself.
 */
const arabicProclitic = (text: string, at: number): boolean =>
  'وفبلك'.includes(text.charAt(at - 1)) && !wordChar(text, at - 2) && /[\u0621-\u064a]/.test(text.charAt(at));

/** `\u00e9` escapes (a JSON string's, as Python's json.dumps writes them) decoded. */
const unescaped = (s: string): string =>
  s.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

const goesBy = /^ \(["“]?(\p{Lu}\p{Ll}+)["”]?\)/u;

/** A given name Finnish declines by adding its ending to the name as it is: one ending in a vowel (`Eetu`, `Aino`). */
const finnishVowel = /[aeiouyäö]$/;
/** Finnish case endings on such a name: `Eetun`, `Eetulle`, `Eetua`, `Ainosta`, `Ainon`. */
const finnishEnding = /^(?:n|lle|lla|llä|lta|ltä|sta|stä|ssa|ssä|ksi|na|nä|a|ä)(?![\p{L}])/u;

/**
 * Where a name found said alone ends once a Finnish case ending on it is read (`Eetu` → `Eetun`):
 * after the ending when the name ends in a vowel and the text is Finnish, else `end`.
 */
function afterFinnishEnding(text: string, end: number, name: string, finnish: () => boolean): number {
  if (!wordChar(text, end) || !finnishVowel.test(name) || !finnish()) return end;
  const ending = finnishEnding.exec(text.slice(end, end + 5));
  return ending === null ? end : end + ending[0].length;
}

/** `finnishText(text)`, worked out on the first call only: most texts never ask. */
function finnishOnce(text: string): () => boolean {
  let finnish: boolean | undefined;
  return () => {
    finnish ??= finnishText(text);
    return finnish;
  };
}

/** A text in Finnish: `ä` or `ö` and one of its commonest words. */
function finnishText(text: string): boolean {
  return (
    /[äö]/.test(text) && /(?<![\p{L}])(?:ja|on|ei|että|ovat|kanssa|terveisin|kiitos)(?![\p{L}])/iu.test(text)
  );
}

/**
 * Whether the word at `at` follows another capitalised word inside a sentence: `Av. de Blasco
 * Ibáñez 112`, `in Anna Nagar`. Such a word is the end of another name (a street's, a person's), not
 * a given name said alone; a greeting or a role before it (`Hola Ibáñez`), a sentence's first word
 * (`When Marcus called`) and a German noun after its article (`hat diese Woche Brigitte`: German
 * capitalises nouns; a listed name after the article stays one, `die Anna Brigitte`) are no such name.
 */
function afterNameWord(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false;
  const before = wordBefore.exec(text.slice(Math.max(0, at - 28), at));
  if (before === null || isCueWord(nameKey(before[2] as string)) || addressing.test(before[2] as string))
    return false;
  if (before[1] === undefined || before[1] === '') return false;
  const noun = germanArticles.has(before[1].trimEnd()) && !listedKey(nameKey(before[2] as string));
  return !noun;
}

/**
 * German articles and determiners (`der`, `eine`, `diese`, `jeden`, `nächste`): the capitalised word
 * after one is a noun (`diese Woche`, `am nächsten Tag`), not part of a name.
 */
const germanArticles: ReadonlySet<string> = new Set(
  `der die das den dem des ein eine einen einem einer eines diese dieser dieses diesen diesem jede jeder
jedes jeden jedem nächste nächsten letzte letzten kommende kommenden`.split(/\s+/),
);

/**
 * Whether the word at `at` is the first of its sentence, line or element: `Is Ebunoluwa's dob a
 * typo?` (a question's verb before the name), `<question>When Réka called`.
 */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k < 0 || sentenceEdge.has(text.charCodeAt(k));
}

/** Words opening a question or a clause before a name (`Is Ebunoluwa's dob …`, `Why did Réka …`). */
const sentenceOpeners: ReadonlySet<string> = new Set(
  `Is Are Was Were Does Did Do Has Have Had Can Could Should Would Will Why When Where What How Who
Whose And But So If Then Since Because While Also Please`.split(/\s+/),
);

/**
 * The same in other languages, keyed by `nameKey` (if, when, but, because, then, and: `Si Rapetti
 * llama`, `Wenn Müller anruft`, `Quand Dupont appelle`, `¿Y Ramírez?`); none of them is anyone's given name.
 */
const clauseOpeners: ReadonlySet<string> = new Set(
  `si se wenn als ob weil aber und dann doch quand mais donc alors lorsque puis cuando pero porque pues
aunque entonces tambien quando perche allora anche mentre poi como mas porem entao maar omdat dus
toen wanneer jesli jezeli kiedy gdy
enta entas mutta jos kun koska
y e und et en og och`.split(/\s+/),
);

/** Whether `word`, at `at`, is a sentence's first word and a clause's (`If`, `Si`, `Wenn`). */
const clauseOpening = (text: string, word: string, at: number): boolean =>
  (sentenceOpeners.has(word) || clauseOpeners.has(nameKey(word))) && opensSentence(text, at);

/**
 * Line breaks, a sentence's end, a tag's `>`, a label's colon, an opening quote or bracket, and the
 * inverted marks opening a Spanish question or exclamation (`¿Y Ramírez …?`).
 */
const sentenceEdge: ReadonlySet<number> = new Set([10, 13, 46, 63, 33, 62, 58, 34, 40, 42, 191, 161]);

/** A capitalised word before a blank, and the word (of small letters) or comma before it. */
const wordBefore = /(?:^|[\s(])(\p{Ll}+ |, )?(\p{Lu}\p{Ll}+) $/u;

/** Common short forms of given names (English mostly), keyed by the full name as `nameKey` spells it. */
const nicknames: ReadonlyMap<string, readonly string[]> = new Map(
  `gregory:Greg robert:Rob,Robbie,Bob,Bobby william:Bill,Billy,Will,Liam richard:Rich,Rick,Ricky,Dick
james:Jim,Jimmy,Jamie thomas:Tom,Tommy michael:Mike,Mikey,Mick david:Dave,Davey christopher:Chris
nicholas:Nick,Nicky matthew:Matt daniel:Dan,Danny joseph:Joe,Joey anthony:Tony stephen:Steve
steven:Steve andrew:Andy,Drew benjamin:Ben,Benny patrick:Pat,Paddy patricia:Pat,Patty,Trish
jennifer:Jen,Jenny susan:Sue,Susie margaret:Maggie,Meg,Peggy,Greta eleanor:Nell,Ellie,Nora
helen:Nell edward:Ed,Eddie,Ted,Ned henry:Harry,Hank charles:Charlie,Chuck lawrence:Larry
frederick:Fred,Freddie francis:Frank,Fran,Frankie franklin:Frank gary:Gaz gareth:Gaz,Gary
cornelius:Neil,Cor elizabeth:Liz,Lizzie,Beth,Betty,Eliza,Elise katherine:Kate,Katie,Kathy
catherine:Cate,Cathy,Kate kathleen:Kathy,Kate samuel:Sam,Sammy samantha:Sam,Sammie
alexander:Alex,Sasha,Sandy alexandra:Alex,Sasha,Sandra jonathan:Jon,Jonny nathaniel:Nate,Nat
timothy:Tim,Timmy kenneth:Ken,Kenny ronald:Ron,Ronnie donald:Don,Donnie douglas:Doug
gerald:Gerry,Jerry rebecca:Becky,Becca victoria:Vicky,Tori deborah:Debbie,Deb
siosaia:Sia,Saia alejandro:Alex,Alejo francisco:Paco,Pancho,Fran josé:Pepe jose:Pepe
guillermo:Memo manuel:Manolo,Manu ignacio:Nacho dolores:Lola mercedes:Meche
aleksandr:Sasha,Sanya oleksandr:Sasha,Sashko oleksandra:Sasha dmitry:Dima,Mitya ekaterina:Katya
yekaterina:Katya bartholomew:Bart,Bartek bartłomiej:Bartek thandiwe:Thandi thandeka:Thandi folake:Fola
folasade:Fola,Sade folashade:Fola,Shade folarin:Fola siddharth:Sid siddhartha:Sid sidney:Sid
babatunde:Tunde,Baba oluwaseun:Seun oluwatobi:Tobi olamide:Lami nkechi:Kechi chukwuemeka:Emeka
mohammed:Mo muhammad:Mo mohamed:Mo ibrahim:Ibro venkata:Venky venkatesh:Venky krishnamurthy:Krish
krishna:Krish subramaniam:Subbu lakshmi:Lux,Lakshmi valentina:Vale valeria:Vale katharina:Kathi,Kati
katrien:Kaat katrijn:Kaat katelijne:Kaat johannes:Hannes,Jo,Johan gwendolyn:Gwen gwendoline:Gwen
tomasz:Tomek katarzyna:Kasia małgorzata:Gosia,Małgosia wojciech:Wojtek jakub:Kuba piotr:Piotrek
krzysztof:Krzysiek grzegorz:Grzesiek agnieszka:Aga joanna:Asia aleksandra:Ola magdalena:Magda
barbara:Basia elżbieta:Ela stanisław:Staszek`
    .split(/\s+/)
    .map((pair) => {
      const [full, shorts] = pair.split(':') as [string, string];
      // (Keyed as looked up: `bartłomiej` as `bartlomiej`.)
      return [nameKey(full), shorts.split(',')] as const;
    }),
);

/** คุณ: the Thai title before anyone's given name (Mr, Mrs, Ms alike). */
const thaiTitle = 'คุณ';
const thaiWord = /^[\u0e00-\u0e7f]{2,}$/;

function thaiFirsts(text: string, given: string, f: Finding, findings: Finding[], added: Finding[]): void {
  const titled = `${thaiTitle}${given}`;
  for (let at = text.indexOf(titled); at !== -1; at = text.indexOf(titled, at + titled.length)) {
    const start = at + thaiTitle.length;
    const end = start + given.length;
    if (overlapsAny(findings, start, end) || overlapsSome(added, start, end)) continue;
    added.push({ ...f, start, end, score: 0.6 });
  }
}

/** Whether `[start, end)` is in a table cell under a column of organisations, products or places. */
function underOrganisation(text: string, start: number, end: number): boolean {
  const cells = tableCells(text);
  const cell = tableCellAt(cells, start, end);
  return cell !== -1 && isOrganisationHeader(cells.columnHeader[cells.column[cell] as number] as string);
}

/**
 * Whether `[start, end)` is in a table cell holding data: not a formula (`=HYPERLINK(…,"mail Tomás")`)
 * nor free text of six words or more (a review's reply, `Gentile Giovanni, ci scusiamo …`).
 */
function inDataCell(text: string, start: number, end: number): boolean {
  const cells = tableCells(text);
  const cell = tableCellAt(cells, start, end);
  if (cell === -1 || text.charCodeAt(cells.start[cell] as number) === 61) return false;
  let blanks = 0;
  for (let i = cells.start[cell] as number; i < (cells.valueEnd[cell] as number) && blanks < 5; i++)
    if (text.charCodeAt(i) === 32) blanks++;
  return blanks < 5;
}

/**
 * `Keisha Lamont` … `Lamont stated her laptop bag was taken`: the family name of a full name found
 * in the text, said alone elsewhere as a whole capitalised word, names the same person — not when it
 * opens another name or a company (`Chen Employment Law LLC`), labels a field (`Lamont:`) or is a
 * given name as well. Pushes to `added`.
 */
function familyAlone(text: string, names: Map<string, Finding>, findings: Finding[], added: Finding[]): void {
  const families = new Map<string, Finding>();
  // `Katarzyna Lewandowska` … `w skrzynce pani Lewandowskiej`: the stems of family names a language
  // declines, with their endings (see `declinedStem`).
  const stems = new Map<string, [Finding, Stem]>();
  let capitals: boolean | undefined;
  for (const [name, f] of names) {
    const { family } = nameParts(name);
    // `Dvo\u0159\u00e1kov\u00e1` in a body Python's json.dumps wrote: looked for as written, judged
    // as decoded (as in `givenAlone`).
    const decoded = family.includes('\\u') ? unescaped(family) : family;
    const key = nameKey(decoded);
    // `maria kowalczyk` as speech-to-text writes it: a listed family name said alone in lower case too.
    const spoken = lowerWord.test(family) && surnames.has(key);
    // (`Boyd`, `Lamont` are given names too, but rarely: only the common ones are left out, unless
    // the name was written family name first, `HASSAN, ABDIRAHMAN`, which says which one it is.)
    if (
      family.length < 4 ||
      !(spoken || plainWord.test(decoded) || capsFamily.test(family)) ||
      notNames.has(key) ||
      (commonGivenNames.has(key) && !familyFirst.test(name))
    )
      continue;
    if (companyMarks.has(key) || addressing.test(family)) continue;
    families.set(family, f);
    // `hold sign "TANAKA"`: the family name in capitals, as signs, tickets and lists write it.
    // (Looked for only in a text with a run of capitals at all.)
    if (family.length >= 5 && family !== family.toUpperCase()) {
      if (capitals === undefined) capitals = capitalRun.test(text);
      if (capitals) families.set(family.toUpperCase(), f);
    }
    // `Gutiérrez` … `Gutierrez is now sharing`: written without its accents.
    const plain = family.normalize('NFD').replace(combiningMarks, '');
    if (plain !== family) families.set(plain, f);
    // `Friederike von Arnim-Sandau` … `Frau von Arnim-Sandau`: the family name with its particle.
    const particle = familyParticle.exec(name)?.[1];
    if (particle !== undefined) families.set(`${particle} ${family}`, f);
    const declined = declinedStem(text, family);
    if (declined?.alone) stems.set(declined.stem, [f, declined]);
    // `Luz Marina Restrepo Ortiz` … `Restrepo says`: Spanish and Portuguese double family names are
    // said by their first part alone.
    const words = name.split(' ');
    const paternal = words[words.length - 2] as string;
    if (
      words.length >= 3 &&
      !name.includes(',') &&
      paternal.length >= 4 &&
      plainWord.test(paternal) &&
      surnames.has(nameKey(paternal)) &&
      !givenNames.has(nameKey(paternal)) &&
      !notNames.has(nameKey(paternal))
    )
      families.set(paternal, f);
  }
  // Longest first: `von Arnim-Sandau` before `Arnim-Sandau`.
  const entries: Array<[string, Finding, Stem | undefined]> = [];
  for (const [k, f] of families) entries.push([k, f, undefined]);
  for (const [k, [f, stem]] of stems) entries.push([k, f, stem]);
  for (const [family, f, stem] of entries.sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(family); at !== -1; at = text.indexOf(family, at + family.length)) {
      // A stem is read with an ending of its language, not alone (the nominative is an entry of its own).
      const end = stem === undefined ? at + family.length : declinedEnd(text, at, stem);
      if (end <= at + family.length && stem !== undefined) continue;
      if (overlapsAny(findings, at, end) || wordEndsBefore(text, at) || wordChar(text, end)) continue;
      const after = text.charCodeAt(end);
      // `Quintero & Hijos`, `Ernst & Young`: a company.
      // (`Dear Mr. Whitaker:`, `Estimado Sr. Martín-Olmedo:`: a letter's salutation ends with a colon,
      // and names someone.)
      const salutation = after === 58 && dearTitle.test(text.slice(Math.max(0, at - 24), at));
      if ((after === 58 && !salutation) || (after === 32 && /[\p{Lu}&]/u.test(text.charAt(end + 1))))
        continue;
      if (text.slice(Math.max(0, at - 2), at) === '& ') continue;
      // `'Price, King and Little'`: the last of a firm's partners (not of people named before it:
      // `Nwosu, Llewellyn and Petrakis`).
      const partner = /(\p{Lu}\p{Ll}+),? (?:and|und|et|y|e) $/u.exec(text.slice(Math.max(0, at - 30), at));
      if (partner !== null && !families.has(partner[1] as string)) continue;
      // `Young, Long and Strong`: the first of a firm's partners.
      const partners = firstPartner.exec(text.slice(end, end + 60));
      if (partners !== null && !families.has(partners[1] as string) && !families.has(partners[2] as string))
        continue;
      // `Hamar-cupen` (a cup named after the town): a compound, not the name said alone.
      if (after === 45 && isLetterChar(text.charCodeAt(end + 1))) continue;
      // `Aasen-5G` (a Wi-Fi network), `Hansen-02` (a host): a label made from the name, no mention of them.
      if (after === 45 && isDigitCode(text.charCodeAt(end + 1))) continue;
      // `Yolanda M. Pettiford` where `Yolanda Pettiford` was found: the same person with a middle
      // initial, named in full.
      const initialled = /(\p{Lu}\p{Ll}+) \p{Lu}\. $/u.exec(text.slice(Math.max(0, at - 30), at));
      if (initialled !== null) {
        const from = at - initialled[0].length;
        const whole = text.slice(f.start, f.end);
        if (
          whole.startsWith(`${initialled[1]} `) &&
          !overlapsAny(findings, from, end) &&
          !overlapsSome(added, from, end)
        )
          added.push({ ...f, start: from, end, score: 0.6 });
        continue;
      }
      // After a capitalised word it is part of another name (`Sarah Boyd`, `Boyd` of a street),
      // unless that word is a title (`Frau von Arnim-Sandau`).
      if (text.charCodeAt(at - 1) === 32) {
        const before = /\p{Lu}\p{Ll}*$/u.exec(text.slice(Math.max(0, at - 24), at - 1))?.[0];
        if (
          before !== undefined &&
          !addressing.test(before) &&
          !clauseOpening(text, before, at - 1 - before.length) &&
          !capitalsWordBefore(text, at - 1)
        )
          continue;
      }
      // `AGT 4471 / O.ADEYEMI` where `Olamide Adeyemi` was found: the given name's initial glued on;
      // `Signature: M. Thibodeaux` where `Thibodeaux, Marcel J` was: the initial before a blank.
      const dot = text.charCodeAt(at - 1) === 46 ? at - 1 : text.startsWith('. ', at - 2) ? at - 2 : -1;
      const initial = dot > 0 ? text.charAt(dot - 1) : '';
      const from =
        initial !== '' &&
        !wordChar(text, dot - 2) &&
        initial.toUpperCase() === nameParts(text.slice(f.start, f.end)).first.charAt(0).toUpperCase()
          ? dot - 1
          : at;
      if (overlapsSome(added, from, end) || overlapsAny(findings, from, end) || inDataCell(text, at, end))
        continue;
      added.push({ ...f, start: from, end, score: 0.6 });
    }
  }
}

/** `, Long and Strong` after a family name: the rest of a firm's partners. */
const firstPartner = /^, (\p{Lu}\p{Ll}+),? (?:and|und|et|y|e|&) (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u;

/**
 * Whether the word ending at `end` is written in capitals and no listed name: in a text written in
 * capitals (`INTERPRETER REQUESTED FOR HASSAN`) every word is capitalised, and only a name before a
 * family name makes it part of another name.
 */
function capitalsWordBefore(text: string, end: number): boolean {
  const word = /\p{Lu}{2,}$/u.exec(text.slice(Math.max(0, end - 24), end))?.[0];
  if (word === undefined || wordChar(text, end - word.length - 1)) return false;
  const key = nameKey(word);
  return !givenNames.has(key) && !surnames.has(key);
}

/** `HASSAN, ABDIRAHMAN`, `Hassan, Abdirahman`: one word, a comma, the given names. */
const familyFirst = /^[\p{L}'’-]+, \p{Lu}/u;
const lowerWord = /^\p{Ll}+$/u;
/** A family name in capitals, of a name that writes it so (`LEROY-NGUYEN Sophie`). */
const capsFamily = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;
const dearTitle =
  /(?:\bDear (?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)|(?:Estimad[oa]|Prezad[oa]|Querid[oa]) (?:Sr|Sra|Srta|Dr|Dra)|Sehr geehrte[r]? (?:Herr|Frau)(?: Dr)?)\.? $/;

/**
 * The first word and the family name of a full name: `Luis` and `Fernando` of `Luis Fernando`, `Luis`
 * and `Gutiérrez` of `Gutiérrez, Luis Fernando` (family name first, as directories write it).
 */
function nameParts(full: string): { first: string; family: string } {
  // `RAJESH KUMAR SHARMA` on an ID card: the words as prose writes them (`Rajesh ji's mobile`).
  const name = /^[\p{Lu} ,'’-]+$/u.test(full)
    ? full.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase())
    : full;
  const comma = name.indexOf(', ');
  // `BENALI Yasmine`, `LEROY-NGUYEN Sophie`: a family name in capitals first, as French registers write it.
  const capsFirst = comma === -1 ? familyCapsFirst.exec(name) : null;
  if (capsFirst !== null) return { first: capsFirst[2] as string, family: capsFirst[1] as string };
  if (comma === -1) {
    const lead = balineseLead.exec(name)?.[0].length ?? 0;
    return {
      first: name.slice(lead, name.indexOf(' ', lead)),
      family: name.slice(name.lastIndexOf(' ') + 1),
    };
  }
  const given = name.slice(comma + 2);
  const blank = given.indexOf(' ');
  return {
    first: blank === -1 ? given : given.slice(0, blank),
    family: name.slice(name.lastIndexOf(' ', comma) + 1, comma),
  };
}

/**
 * `Ni Luh Putu Ayu Wardani`, `I Made Sudarsana Putra`: a Balinese name opens with words of gender,
 * caste and birth order; the person's own name (`Ayu`) is the first word after them, as long as
 * two words are left (`Made Wirawan` is called Made).
 */
const balineseLead =
  /^(?:(?:Ni|I) )?(?:(?:Luh|Putu|Wayan|Gede|Made|Kadek|Nengah|Nyoman|Komang|Ketut|Gusti|Ngurah|Agung|Bagus|Dewa|Desak|Ida|Anak) )+(?=[^ ]+ [^ ]+)|^(?:Ni|I) (?=[^ ]+ [^ ]+)/;

const familyCapsFirst = /^(\p{Lu}{2,}(?:-\p{Lu}{2,})?) (\p{Lu}\p{Ll}[\p{L}'’-]*)/u;

/** Titles and forms of address, which come before a family name too. */
const addressing =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Herr|Frau|Madame|Monsieur|Mme|Mlle|Señor|Señora|Sr|Sra|Family|Familie|Famille|Team)$/;

/** `wordChar`, except a character of a `%XX` escape, read from `i` in direction `step`, is none. */
function escapedWordChar(text: string, i: number, step: 1 | -1): boolean {
  if (step === -1 ? /%[0-9A-Fa-f]{2}$/.test(text.slice(Math.max(0, i - 2), i + 1)) : text[i] === '%')
    return false;
  return wordChar(text, i);
}

const wordChar = (text: string, i: number): boolean =>
  i >= 0 && i < text.length && /[\p{L}\p{N}_]/u.test(text[i] as string);

/**
 * Whether a word character ends right before `at`; the `n` of an escaped line break in a JSON or
 * Python string is none (`"…\\nThanks,\\nGwen"`: Gwen starts a line once decoded).
 */
const wordEndsBefore = (text: string, at: number): boolean =>
  wordChar(text, at - 1) && !escapeLetter(text, at - 1);

/** Whether any of `findings` (in any order: the few added ones) overlaps `[start, end)`. */
const overlapsSome = (findings: readonly Finding[], start: number, end: number): boolean =>
  findings.some((f) => f.start < end && start < f.end);

/** Whether any of `findings` (sorted by start, disjoint) overlaps `[start, end)`. */
/** `findings` with the spans a pass `added` (if any), sorted by start again. */
function merged(findings: Finding[], added: Finding[] | undefined): Finding[] {
  if (added === undefined) return findings;
  return [...findings, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

function overlapsAny(findings: readonly Finding[], start: number, end: number): boolean {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((findings[mid] as Finding).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const next = findings[lo];
  return next !== undefined && next.start < end;
}

/**
 * Where findings overlap, the higher score wins, then the longer span. Overlaps only happen inside
 * a cluster of spans that chain into each other, so each cluster is resolved on its own: linear in
 * a long table instead of quadratic in its findings.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  let cluster: Finding[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) {
      kept.push(cluster[0] as Finding);
      return;
    }
    cluster.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const chosen: Finding[] = [];
    for (const f of cluster) if (chosen.every((k) => f.end <= k.start || f.start >= k.end)) chosen.push(f);
    kept.push(...chosen.sort((a, b) => a.start - b.start || a.end - b.end));
  };
  for (const finding of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (finding.start >= clusterEnd && cluster.length > 0) {
      flush();
      cluster = [];
    }
    cluster.push(finding);
    clusterEnd = Math.max(clusterEnd, finding.end);
  }
  if (cluster.length > 0) flush();
  return kept;
}
