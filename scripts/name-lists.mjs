#!/usr/bin/env node
// Writes src/privacy/detectors/name-lists.ts: given names and surnames from two open lists, to widen
// the hand-kept lists of names.ts. Run after `npm run build` (it keys names as the engine does):
//   node scripts/name-lists.mjs
// Sources (dev dependencies, MIT): the person names of @faker-js/faker's locales (first and last
// names, so each name's role is known) and @cspell/dict-people-names (~39k name parts, role unknown:
// read as surnames unless faker knows them as given names). Left out: everyday English words
// and of seven more languages (see `common`: `Rose`, `Bell`, `Grant` stay with the hand-kept lists,
// which know which are safe), words of fewer than three letters (four for cspell's), and names in
// scripts other than Latin, Greek and Cyrillic.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as faker from '@faker-js/faker';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { nameKey, notNames, companyMarks, commonGivenNames } = await import(
  pathToFileURL(join(root, 'dist', 'privacy', 'detectors', 'names.js')).href
);
const { isCaselessStop } = await import(
  pathToFileURL(join(root, 'dist', 'privacy', 'detectors', 'name-cues.js')).href
);
// Everyday words, keyed as names are: a name that is also one (`Alegre`, `Monte`, `Hola`, `Kunde`)
// would make phrases look like names. English from a word list; the other languages from their
// Hunspell dictionaries: the stems before the `/` of their affix flags, lower-case entries only
// (capitalised ones are proper names, often given names), except in German, which capitalises every
// noun. Faker's names are names by construction: only the common words of the languages most
// traffic is in are held against them. cspell's name parts are held against all of them.
const common = new Set();
const strict = new Set();
const english = new Set();
for (const word of require('an-array-of-english-words')) english.add(nameKey(word));
for (const key of english) common.add(key);
for (const language of ['fr', 'es', 'it', 'pt', 'nl', 'de', 'pl', 'tr']) {
  const dic = readFileSync(join(root, 'node_modules', `dictionary-${language}`, 'index.dic'), 'utf8');
  for (const line of dic.split('\n')) {
    const word = line.split('/')[0].trim();
    if (word === '' || line.startsWith('\t') || /\d/.test(word)) continue;
    const lower = word[0] === word[0].toLowerCase();
    if (lower && language !== 'pl' && language !== 'tr') common.add(nameKey(word));
    else if (lower || language === 'de') strict.add(nameKey(word));
  }
}

const cspell = readFileSync(
  join(root, 'node_modules', '@cspell', 'dict-people-names', 'dict', 'people-names.txt'),
  'utf8',
).split('\n');

// (`McClure`, `MacDonald`, `DeShawn`, `LeBlanc`, `O'Connor`: a prefix before a second capital.)
const latin = /^(?:Mc|Mac|De|Di|Da|La|Le|O['’])?\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}[\p{Ll}'’]*)?$/u;
// Faker's Greek and Cyrillic names too (`Δημήτρης`, `Иванов`): no dictionary here holds those
// languages' everyday words, so only its curated lists, not cspell's.
const cased = /^[\p{Script=Greek}\p{Script=Cyrillic}]+$/u;
// The languages whose dictionaries are read above. A name of faker's locales for other languages
// (`Levente`, `Attila` in Hungarian) that is a word of one of these only (a Spanish verb form, a
// French noun) is a name where it comes from: kept from five letters, unless English has the word.
const dictionaryLanguages = /^(?:en|fr|es|it|pt|nl|de|pl|tr)(?:_|$)/;
function keep(name, curated, locale = 'en') {
  if (!latin.test(name)) return undefined;
  const key = nameKey(name);
  if (curated && cased.test(name)) return key.length >= 3 ? key : undefined;
  if (!/^[\p{Script=Latin}'’-]+$/u.test(name)) return undefined;
  const foreign = curated && !dictionaryLanguages.test(locale) && key.length >= 5 && !english.has(key);
  if (!/^[a-z-]{3,}$/.test(key) || (common.has(key) && !foreign) || (!curated && strict.has(key)))
    return undefined;
  if (notNames.has(key) || companyMarks.has(key)) return undefined;
  return key;
}

const given = new Set();
const family = new Set();
const walk = (value, fn) => {
  if (typeof value === 'string') for (const word of value.split(/\s+/)) fn(word);
  else if (Array.isArray(value)) for (const item of value) walk(item, fn);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) walk(item, fn);
};
for (const [locale, definitions] of Object.entries(faker)) {
  // en_BORK is mock Swedish-chef English; base holds no names.
  if (!/^[a-z]{2}(?:_[A-Za-z_]+)?$/.test(locale) || locale === 'en_BORK') continue;
  const person = definitions?.person;
  if (!person) continue;
  walk(person.first_name, (name) => {
    const key = keep(name, true, locale);
    if (key) given.add(key);
  });
  walk(person.last_name, (name) => {
    const key = keep(name, true, locale);
    if (key) family.add(key);
  });
}
for (const line of cspell) {
  // Name parts of unknown role and origin: only those of four letters or more.
  const key = line.trim().length >= 4 ? keep(line.trim(), false) : undefined;
  // A given name of the hand-kept lists or of faker's is not also read as a family name.
  if (key && !given.has(key) && !commonGivenNames.has(key)) family.add(key);
}
// Japanese family names in kanji, of two characters or more (faker's 500 common ones): a run
// opening with one reads as a name where `cjkSurnames` are asked (`中谷 八重子`, `五十嵐茜`). Single
// characters (`東`, `星`, `泉`) stay out: as the first of a run they would make words names (names.ts
// holds them in `cjkMoreSurnames`, read only where the text says a value is a person's).
const cjk = new Set();
walk(faker.allLocales.ja.person.last_name, (name) => {
  if (/^\p{sc=Han}{2,3}$/u.test(name)) cjk.add(name);
});
const newCjk = [...cjk].sort();
// Given and family names in scripts without capitals (Arabic, Persian, Urdu, Hebrew, Thai, Nepali),
// one word each: their shape says nothing, so a list is the only way to know a pair of words for a
// name outside a column of people. Words that end a name in prose (`isCaselessStop`) are left out.
const caselessGiven = new Set();
const caselessFamily = new Set();
const caselessWord = /^[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Thai}\p{sc=Devanagari}\p{M}\u200c'׳-]{2,}$/u;
for (const locale of ['ar', 'fa', 'ur', 'he', 'th', 'ne']) {
  const person = faker.allLocales[locale].person;
  for (const [field, into] of [
    ['first_name', caselessGiven],
    ['last_name', caselessFamily],
  ])
    walk(person[field], (name) => {
      const word = name.replace(/\u200c$/, '');
      if (caselessWord.test(word) && !isCaselessStop(word)) into.add(word);
    });
}
const newGiven = [...given].sort();
const newFamily = [...family].sort();

const wrap = (keys) => {
  const lines = [];
  let line = '';
  for (const key of keys) {
    if (line.length + key.length + 1 > 110) {
      lines.push(line);
      line = '';
    }
    line = line === '' ? key : `${line} ${key}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
};

writeFileSync(
  join(root, 'src', 'privacy', 'detectors', 'name-lists.ts'),
  `// Generated by scripts/name-lists.mjs from @faker-js/faker's person names and @cspell/dict-people-names
// (both MIT), less everyday words (see the script). Do not edit: regenerate.
// Each list is a function returning one template literal, whose text names.ts reads from the
// function's source (\`listText\`) rather than by calling it.

/** Given names (${newGiven.length}), keyed as \`nameKey\` keys them. */
export function extraGiven(): string {
  return \`
${wrap(newGiven)}
\`;
}

/** Japanese family names in kanji (${newCjk.length}). */
export function extraCjkFamily(): string {
  return \`
${wrap(newCjk)}
\`;
}

/** Given names in scripts without capitals (${caselessGiven.size}), as written. */
export function extraCaselessGiven(): string {
  return \`
${wrap([...caselessGiven].sort())}
\`;
}

/** Family names in scripts without capitals (${caselessFamily.size}), as written. */
export function extraCaselessFamily(): string {
  return \`
${wrap([...caselessFamily].sort())}
\`;
}

/** Surnames and name parts of unknown role (${newFamily.length}), keyed as \`nameKey\` keys them. */
export function extraFamily(): string {
  return \`
${wrap(newFamily)}
\`;
}
`,
);
console.log(
  `name-lists.ts: ${newGiven.length} given names, ${newFamily.length} surnames, ${newCjk.length} Japanese family names`,
);
