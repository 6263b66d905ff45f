import type { Finding } from '../detector.js';
import { isCaselessStop } from './name-cues.js';
import { scriptCompanyMarks } from './names.js';
import { caselessListed, scriptNull } from './person-caseless.js';
import { cjkListed, cjkNamed, cjkPlace, quotedModifier, titledFamily } from './person-cjk.js';
import { personAt } from './person-words.js';
import { ScriptLines } from './scan.js';

/**
 * PERSON readers for a name in another script than the text around it: after an English word for a
 * person (`Customer حكيم الأشراف called`, `assigned to 長尾 凛`), or alone and listed (`Please ask نوف
 * السقا to send …`).
 */

/** Letters of the scripts `foreignAfterCue` reads (a cheap gate). */
export const foreignScript =
  /[\u0590-\u06ff\u0900-\u09ff\u0e00-\u0e7f\u10a0-\u10ff\u3400-\u9fff\uac00-\ud7a3]/;
const caselessRun = String.raw`[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Thai}\p{sc=Georgian}][\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Thai}\p{sc=Georgian}\p{M}\u200c'׳-]+`;
/** An English word for a person, then a letter of another script (the cheap first step of `foreignAfterCue`). */
const foreignCue =
  /(?:^|[^A-Za-z])(?:customer|client|patient|employee|member|student|applicant|candidate|tenant|guest|passenger|contact|wife|husband|spouse|son|daughter|mother|father|brother|sister|assigned to|requested by|created by|updated by|approved by|signed by|reported by|owner|dear|hi|hello|thanks|thank you|mr\.?|mrs\.?|ms\.?|dr\.?)[:,]?[ \t]+['"]?(?=[\u0590-\u06ff\u0900-\u09ff\u0e00-\u0e7f\u10a0-\u10ff\u3400-\u9fff\uac00-\ud7a3])/gi;
const foreignName = new RegExp(
  String.raw`(${caselessRun}(?: ${caselessRun}){1,3})(?![\p{L}\p{M}])|(\p{sc=Han}{1,3}[ \u3000]\p{sc=Han}{1,3}|\p{sc=Hangul} \p{sc=Hangul}{1,2}|[\p{sc=Han}\p{sc=Hangul}]{2,4})(?![\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}々ー])`,
  'uy',
);

const hangulStart = /^\p{sc=Hangul}/u;

/**
 * A name in another script after an English word for a person in English text (`Customer حكيم الأشراف
 * called`, `assigned to 長尾 凛`, `Thanks 김민준,`): two to four words of a script without capitals,
 * a Han family and given name set apart by a blank, or two to four Han or Hangul characters (a Hangul
 * family name and given name set apart: `지 성우`) opening with a family name, of the fuller list too
 * (`cjkNamed`). The cue says it is a person; the script's end says where the name ends.
 */
export function foreignAfterCue(text: string, out: Finding[]): void {
  const lines = new ScriptLines(text, foreignScript);
  foreignCue.lastIndex = 0;
  for (let c = lines.exec(foreignCue); c !== null; c = lines.exec(foreignCue)) {
    const start = c.index + c[0].length;
    foreignName.lastIndex = start;
    const m = foreignName.exec(text);
    if (m === null) continue;
    let name = (m[1] ?? m[2]) as string;
    if (m[1] !== undefined) {
      let words = name.split(' ');
      // (An Arabic name opens with a given name, never with the article: `Contact الدعم الفني`.)
      if ((words[0] as string).startsWith('ال')) continue;
      // `wife सुनीता जोशी का account`: a postposition after two words or more ends the name.
      const stop = words.findIndex(isCaselessStop);
      if (stop >= 2) {
        words = words.slice(0, stop);
        name = words.join(' ');
      }
      if (words.some((w) => isCaselessStop(w) || scriptNull.has(w) || scriptCompanyMarks.has(w))) continue;
    } else if ((!/[ \u3000]/.test(name) || hangulStart.test(name)) && !cjkNamed(name)) continue;
    out.push({ type: 'PERSON', start, end: start + name.length, score: 0.7, detector: 'person' });
  }
}

const caselessLetters = String.raw`\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{sc=Thai}\p{M}\u200c'׳-`;
/** Two to four words of a script without capitals with none of it before or after (`Leeds, نوف السقا.`). */
const isolatedCaseless = new RegExp(
  `(?<![${caselessLetters}] ?)[${caselessLetters}]{2,}(?: [${caselessLetters}]{2,}){1,3}(?! ?[${caselessLetters}])`,
  'gu',
);
/**
 * Blocks that hold every letter of Arabic, Hebrew, Devanagari and Thai (and a few other letters):
 * `ScriptLines` probes, which must find every line a pattern could match on. Plain ranges, no
 * Unicode properties: a search for these is five to eight times faster than for `\p{sc=Han}`.
 */
const isolatedScripts =
  /[\u0590-\u06ff\u0750-\u077f\u0870-\u08ff\u0900-\u097f\u0e00-\u0e7f\ua8e0-\ua8ff\ufb1d-\ufdff\ufe70-\ufeff\ud803\ud806\ud83b]/;
/** Blocks that hold every Han character: radicals, `々`, ideographs (their extensions by lead surrogate). */
const hanScript =
  /[\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ud81b\ud840-\ud8bf]/;
/** A Han family and given name set apart (`中谷 八重子`), or three characters, with no Han or kana around. */
const isolatedHan =
  /(?<![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々ー] ?)(?:\p{sc=Han}{1,3}[ \u3000]\p{sc=Han}{1,3}|\p{sc=Han}{3})(?![ \u3000]?[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々ー])/gu;

/**
 * Whether a number (then a comma or blanks) comes right before `at`: `רח' אבן גבירול 180, תל אביב`, a
 * house number before the city of an address, which lists hold as names.
 */
function afterNumber(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k < 4 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 44)) k--;
  const c = text.charCodeAt(k);
  return k < at - 1 && c >= 48 && c <= 57;
}

/**
 * A name in another script standing alone in text of another (`Please ask نوف السقا to send …`,
 * `Meeting notes: 中谷 八重子 reported …`) without a cue before it: words of a script without capitals
 * listed as given and family names at both ends (`caselessListed`), or Han opening with a listed
 * family name (`cjkListed`). In prose of its own script a name is never a stretch of its own.
 */
export function isolatedListed(text: string, out: Finding[]): void {
  // (A run of marks, apostrophes and hyphens alone is listed as no name: the lines of the scripts do.)
  for (const m of new ScriptLines(text, isolatedScripts).matchAll(isolatedCaseless))
    if (caselessListed(m[0]) && !afterNumber(text, m.index))
      out.push(personAt(m.index, m.index + m[0].length, 0.7));
  const han = new ScriptLines(text, hanScript);
  if (!han.any) return;
  for (const m of han.matchAll(isolatedHan))
    if (
      cjkListed(m[0]) &&
      !cjkPlace(text, m.index, m.index + m[0].length) &&
      !titledFamily(m[0]) &&
      !quotedModifier(text, m.index + m[0].length)
    )
      out.push(personAt(m.index, m.index + m[0].length, 0.7));
}
