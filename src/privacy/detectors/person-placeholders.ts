import type { Finding } from '../detector.js';
import {
  mayBePlaceholder,
  nameKey,
  placeholderFamilies,
  placeholderKey,
  placeholderNames,
  testWords,
} from './names.js';
import { fixtureLine } from './tables-placeholders.js';

/**
 * `findings` less the placeholder people: the names forms, docs and test data use for nobody
 * (`placeholderNames`). The one place that decides, over everything found (the registry's last rule).
 *
 * A fixture, dropped:
 * - a name marked a test account in brackets after it (`John Smith (test)`, `Maria Lopez (DEMO)`);
 * - a name for nobody (`홍길동`, `张三`, `Nguyễn Văn A`, `Gipsz Jakab`, `Fulano de Tal`) and a name
 *   holding a test word (`Test, Candidate`, `Demo User`, `Bob Tester`), wherever they stand;
 * - a name holding the word example or sample (`Alice Example`, `Carol Sample`) in a record with an
 *   e-mail at a reserved domain (`alice@example.com`, see `sampleWord`);
 * - a listed placeholder (`Jan Kowalski`, `Max Mustermann`, `山田 太郎`), in either order, in one cell
 *   or in two of a row (`Pérez | Juan`), or one word of it with the rest in the lines around
 *   (`Given names: ERIKA` under `Surname: MUSTERMANN`), when its context says fixture: a cue on its
 *   own line (`placeholderCue`: `Przykład:`, `e.g.`, `jan.kowalski@example.com`) or a sign of sample
 *   data in the three lines around (`sampleSign`: `test@example.com`, a `### 例` heading, `01/01/1900`);
 *   then every other mention of a name the text once calls so (`氏名 = '陳大文' はダミー`) too, and
 *   the words of it found on the same line (`Jan;Kowalski;Jan Kowalski;…;Test`);
 * - the given name of a listed placeholder with its family name in the same row, found or not,
 *   in such a context (`John,Doe,john.doe@example.com`, `M.;DUPONT;Jean;jean.dupont@example.com`).
 *
 * Still people: the same listed names with no such context (`Kunde: Mario Rossi, Via Roma 12`,
 * `氏名: 山田 太郎`, `Kierownik projektu: Jan Kowalski`), or beside a sign of sample data with an
 * address found on their line (`John,Smith,js@gmail.com` under `John,Doe,john.doe@example.com`), and
 * a role in brackets (`Peter Hall (testing lead)`). `findings` are sorted by start; so is the result.
 */
export function withoutPlaceholders(text: string, findings: Finding[]): Finding[] {
  const drop = new Set<Finding>();
  // Findings that are a listed placeholder if their context says fixture, with the key of the name.
  const listed: Array<[Finding[], string]> = [];
  let line: Finding[] = [];
  let lineEnd = -1;
  // Where the e-mail addresses found start (no reserved domain's: those are not found).
  const mails: number[] = [];
  const close = (): void => {
    if (line.length > 0) readLine(text, line, listed, drop, mails);
    line = [];
  };
  for (const f of findings) {
    if (f.type === 'EMAIL') mails.push(f.start);
    if (f.type !== 'PERSON') continue;
    if (text.charCodeAt(f.end + 1) === 40 && testMarkAfter.test(text.slice(f.end, f.end + 16))) {
      drop.add(f);
      continue;
    }
    if (f.end - f.start > 40) continue;
    if (f.start > lineEnd) {
      close();
      lineEnd = text.indexOf('\n', f.start);
      if (lineEnd === -1) lineEnd = text.length;
    }
    line.push(f);
  }
  close();
  if (listed.length > 0) fixturesInContext(text, findings, listed, drop, mails);
  return drop.size === 0 ? findings : findings.filter((f) => !drop.has(f));
}

/**
 * Reads the findings of one line: drops names for nobody and test accounts, pushes to `listed` the
 * placeholders a fixture's context would drop, and drops a placeholder's given name with its family
 * name in the row when the context says so (`mails`: where the addresses found start).
 */
function readLine(
  text: string,
  line: Finding[],
  listed: Array<[Finding[], string]>,
  drop: Set<Finding>,
  mails: readonly number[],
): void {
  // (`N:Doe;John;;Mr.;`: a vCard's name fields joined by `;`; `Nguyễn Văn A`: the letter standing for a
  // given name may be left out of the finding.)
  const names = line.map((f) => {
    const end =
      text.charCodeAt(f.end) === 32 && letterAfter.test(text.slice(f.end, f.end + 3)) ? f.end + 2 : f.end;
    const name = text.slice(f.start, end);
    return name.includes(';') ? name.replace(/;/g, ' ') : name;
  });
  const maybe = names.map(mayBePlaceholder);
  line.forEach((f, i) => {
    if (sampleWord.test(names[i] as string) && fixtureLine(text, f.start)) drop.add(f);
    if (!maybe[i] || drop.has(f)) return;
    const key = placeholderKey(names[i] as string);
    const nobody = placeholderNames.get(key);
    const words = key.split(' ');
    if (nobody === true || words.some((w) => testWords.has(w) || nobodyWord(w))) drop.add(f);
    else if (nobody === false) listed.push([[f], key]);
    else {
      const families = placeholderFamilies.get(key);
      if (
        families !== undefined &&
        familyInRow(text, f, line, families) &&
        fixtureContext(text, f.start, mails)
      ) {
        drop.add(f);
        for (const g of line) if (families.includes(placeholderKey(text.slice(g.start, g.end)))) drop.add(g);
      }
    }
  });
  // `Vornamen / Given names: ERIKA` with `Name / Surname: MUSTERMANN` above it: a word of a
  // placeholder said alone, the rest of it in the lines around.
  if (line.length === 1 && maybe[0] && !(names[0] as string).includes(' ')) {
    const word = placeholderKey(names[0] as string);
    // (The lines around are read only for a placeholder holding the word.)
    let around: string | undefined;
    for (const [key, words] of placeholderKeyWords) {
      if (words.length < 2 || !words.includes(word)) continue;
      around ??= linesAround(text, (line[0] as Finding).start).toLowerCase();
      const lines = around;
      if (words.every((w) => w === word || lines.includes(w))) listed.push([line.slice(), key]);
    }
  }
  // `Pérez | Juan` under apellido and nombre: one placeholder in two cells of a row.
  if (line.length === 2 && maybe[0] && maybe[1]) {
    const key = placeholderKey(names.join(' '));
    if (placeholderNames.get(key) === false) listed.push([line, key]);
  }
}

/** A name for nobody of one word (`beltrano`, `fulano`): any name holding it is one too (`Beltrano Silva`). */
const nobodyWord = (word: string): boolean => placeholderNames.get(word) === true && !word.includes(' ');

/** Each placeholder's key with its words, split once (in `placeholderNames`' order). */
const placeholderKeyWords: ReadonlyArray<[string, string[]]> = [...placeholderNames.keys()].map((key) => [
  key,
  key.split(' '),
]);

/** Whether one of `families` is in the row of `f`: another finding of its line, or a word of the line. */
function familyInRow(text: string, f: Finding, line: Finding[], families: readonly string[]): boolean {
  if (line.some((g) => g !== f && families.includes(placeholderKey(text.slice(g.start, g.end))))) return true;
  // (The family name may be no finding of its own: `John,Doe,john.doe@example.com`.)
  const from = text.lastIndexOf('\n', f.start) + 1;
  const to = text.indexOf('\n', f.end);
  return text
    .slice(from, to === -1 ? text.length : to)
    .split(/[^\p{L}'’]+/u)
    .some((w) => w !== '' && families.includes(nameKey(w)));
}

/**
 * Drops the `listed` placeholders whose context says fixture, every other mention of the names so
 * called, and the words of such a name found on its line.
 */
function fixturesInContext(
  text: string,
  findings: Finding[],
  listed: Array<[Finding[], string]>,
  drop: Set<Finding>,
  mails: readonly number[],
): void {
  const dummies = new Set<string>();
  for (const [fs, key] of listed)
    if (fixtureContext(text, (fs[0] as Finding).start, mails)) {
      dummies.add(key);
      for (const f of fs) drop.add(f);
      // `EV-1;Jan;Kowalski;Jan Kowalski;…;Test`: its words in cells of their own.
      if (fs.length > 1) continue;
      const f = fs[0] as Finding;
      const words = key.split(' ');
      const from = text.lastIndexOf('\n', f.start) + 1;
      let to = text.indexOf('\n', f.end);
      if (to === -1) to = text.length;
      for (const g of findings)
        if (
          g.type === 'PERSON' &&
          g.start >= from &&
          g.end <= to &&
          words.includes(placeholderKey(text.slice(g.start, g.end)))
        )
          drop.add(g);
    }
  for (const [fs, key] of listed) if (dummies.has(key)) for (const f of fs) drop.add(f);
}

/**
 * Whether the context of offset `at` says fixture: a cue on its line, or a sign of sample data around
 * it unless an address found on its line records someone (`John,Smith,js@gmail.com` under
 * `John,Doe,john.doe@example.com`; `mails`: where the addresses found start).
 */
function fixtureContext(text: string, at: number, mails: readonly number[]): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to === -1) to = text.length;
  if (placeholderCue.test(text.slice(from, to))) return true;
  return !mails.some((m) => m >= from && m < to) && sampleSign.test(linesAround(text, at));
}

/** The lines around offset `at`: three before and three after, at most 600 characters either way. */
function linesAround(text: string, at: number): string {
  let from = at;
  let to = at;
  for (let n = 0; n < 4 && from > 0 && at - from < 600; n++) from = text.lastIndexOf('\n', from - 1);
  for (let n = 0; n < 4 && to !== -1 && to < text.length && to - at < 600; n++)
    to = text.indexOf('\n', to + 1);
  return text.slice(Math.max(0, from), to === -1 ? text.length : to);
}

const letterAfter = /^ [A-Z](?![\p{L}\p{N}])/u;
/**
 * The words for example and sample a seed or a test gives its made-up people for a name (`Alice
 * Example`, `Carol Sample`, `Max Beispiel`): such a name is a fixture's in a record holding an
 * e-mail at a reserved domain (`fixtureLine`: `User.create!(name: "Carol Sample", email:
 * "carol@example.com")`). Elsewhere `Sample` is a family name too (`Joe Sample, joe@gmail.com`).
 */
const sampleWord = /(?<![\p{L}])(?:example|sample|exemple|exemplo|esempio|beispiel|voorbeeld)(?![\p{L}])/iu;
/** `John Smith (test)`, `Maria Lopez (DEMO)`: a test account's name, marked so in brackets after it. */
const testMarkAfter = /^ \((?:test|testing|demo|dummy|fake|sample|prueba|teste)\)/i;
/**
 * Words of a line that holds an example or test data: reserved domains, `test`, `example`, `e.g.` in
 * several languages (`przykład`, `z. B.`, `p. ex.`, `ví dụ`), read on the name's own line only
 * (`pl.`, `t.d.` are common abbreviations farther away).
 */
const placeholderCue =
  /example\.(?:com|org|net)|\.(?:test|invalid|example)\b|\b(?:test|teste|testing|example|exemplo|ejemplo|esempio|exemple|beispiel|przyk[lł]ad|placeholder|placeholders|dummy|sample|demo|fake|mock|testi\p{L}*|e\.g\.|z\. ?B\.|p\. ?ex\.|bijv\.|pl\.|t\.d\.|ví dụ|például|dæmi)(?![\p{L}\p{N}_])|テスト|테스트|예시|例|تجريبي/iu;
/**
 * A sign of sample data in the lines around a name: the words for test, sample, dummy, example and
 * specimen in several languages (`例`, `ダミー`, `테스트`, `示例`, German `Muster…`), `e.g.`, a reserved
 * e-mail domain, a fictional 555-01xx number, an all-zero phone, the default birth date 1900-01-01.
 */
const sampleSign =
  /\b(?:test|tests|testing|sample|samples|dummy|example|examples|placeholder|fixture|fixtures|mock|fake|few-shot|e\.g\.|specimen)\b|\bmuster|@example\.|例|テスト|ダミー|サンプル|検証用|테스트|예시|더미|测试|測試|示例|样例|範例|\b555-01\d\d\b|\b0+-0000-0000\b|\b(?:01[/.-]01[/.-]1900|1900-01-01)\b/i;
