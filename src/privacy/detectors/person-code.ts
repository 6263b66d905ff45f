import type { Finding } from '../detector.js';
import { isRoleWord } from './name-cues.js';
import { companyMarks, nameKey, notNames } from './names.js';
import { nameShaped, nullish } from './person-cells.js';
import { headerKind, peopleHeader } from './person-headers.js';
import { personAt } from './person-words.js';
import { ScriptLines, sqlPositionalValues } from './scan.js';
import { normalizeHeader } from './tables.js';

/**
 * PERSON readers for names in code: values SQL quotes by position under a name column, `LIKE`
 * patterns on a name column, and the keys of a dict or an object keyed by people.
 */

/**
 * Names PostgreSQL and DB-API calls quote by position (a failing row, bind parameters, a bound tuple:
 * see `sqlPositionalValues`) under a name column of the `INSERT` they belong to.
 */
export function positionalNames(text: string, cells: Finding[]): void {
  const values = sqlPositionalValues(text);
  if (values.length === 0) return;
  // A bare `Nome` beside `Cognome` or `Email` (the statement's other columns) is a person's.
  const people = values.some(
    (v) => headerKind(v.column) === 'specific' || peopleHeader.test(normalizeHeader(v.column)),
  );
  for (const v of values) {
    const kind = headerKind(v.column);
    if (kind !== 'specific' && kind !== 'role' && !(kind === 'bare' && people)) continue;
    const value = text.slice(v.start, v.end);
    if (!positionalName.test(value) || nullish.test(value)) continue;
    cells.push(personAt(v.start, v.end, 0.85));
  }
}

const positionalName = /^\p{L}[\p{L}\p{M}'’. -]{0,60}$/u;

/**
 * `where last_name ilike 'Wanganeen%'`, `apellidos ILIKE 'Urrutia Goenaga%'` (a query history, an
 * agent's SQL): a name column matched against a pattern, whose letters without the wildcards are the
 * name searched for. (`full_name NOT ILIKE 'test %'` excludes fixtures: no one's.)
 */
export function likedNames(text: string, cells: Finding[]): void {
  // On the lines holding the operator only (no match crosses a line): its `\b([\w.]+)` was tried
  // at every word of a long text that holds one `LIKE '` anywhere.
  for (const m of new ScriptLines(text, likeLine).matchAll(likePattern)) {
    const kind = headerKind(m[1] as string);
    const value = m[2] as string;
    if ((kind !== 'specific' && kind !== 'role') || !nameShaped(value)) continue;
    // The value ends before the closing quote and a trailing wildcard.
    const end = m.index + m[0].length - (m[0].endsWith("%'") ? 2 : 1);
    cells.push(personAt(end - value.length, end, 0.85));
  }
}

const likePattern = /\b([\w.]+) (?:I?LIKE|i?like) '%?([^'%_\n]{2,60}?)%?'/g;
const likeLine = / (?:I?LIKE|i?like) '/;

/** A quoted key opening its line: `    "Ayesha Siddiqa":  ("0300-8214476", "PK"),`. */
const lineKey = /^[ \t]*(["'])([^"'\n]{2,60})\1[ \t]*:/gm;
/** Two to four capitalised words: the shape of a person's name as a key. */
const keyName = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){1,3}$/u;

/**
 * A dict or JSON object keyed by people, one key a line (`samples = {"Ayesha Siddiqa": (…),
 * "Muhammad Bilal Qureshi": (…), "Lahore office": (…)}`): when two keys of a run of three or more
 * are names found in the prose, the other keys of a name's shape are people too, as the cells of a
 * column of people are (`Lahore office` has no such shape).
 */
export function keyedByPeople(text: string, found: readonly Finding[], out: Finding[]): void {
  const names = new Set<number>();
  for (const f of found)
    if (f.type === 'PERSON' && f.score >= 0.8) names.add(f.start * 4096 + (f.end - f.start));
  let run: Array<[number, string]> = [];
  const settle = (): void => {
    if (run.length >= 3) {
      const hits = run.filter(([at, key]) => names.has(at * 4096 + key.length)).length;
      if (hits >= 2)
        for (const [at, key] of run) {
          if (names.has(at * 4096 + key.length) || !keyName.test(key)) continue;
          const words = key.split(' ').map(nameKey);
          if (words.some((w) => companyMarks.has(w) || notNames.has(w) || isRoleWord(w))) continue;
          out.push(personAt(at, at + key.length, 0.7));
        }
    }
    run = [];
  };
  let next = -1; // where the line after the run's last key starts
  lineKey.lastIndex = 0;
  for (let m = lineKey.exec(text); m !== null; m = lineKey.exec(text)) {
    if (m.index !== next) settle();
    const key = m[2] as string;
    run.push([m.index + m[0].indexOf(key), key]);
    const eol = text.indexOf('\n', m.index + m[0].length);
    next = eol === -1 ? text.length : eol + 1;
  }
  settle();
}
