import type { Detector, Finding } from '../detector.js';
import { isServiceMailbox } from './name-cues.js';
import {
  cjkSurnames,
  givenNames,
  mayBePlaceholder,
  nameKey,
  placeholderKey,
  placeholderNames,
  publicFigures,
  surnames,
} from './names.js';
import {
  addresseeSign,
  addressees,
  capsNames,
  capsTitled,
  familyInCapitals,
  memoPayees,
  transferParties,
  transferSign,
} from './person-capitals.js';
import { caselessTitled } from './person-caseless.js';
import { withSuffixes } from './person-cells.js';
import { chatLine, chatSpeakers, lineChatNames, spokenNames } from './person-chats.js';
import { cjkProse, hasHan } from './person-cjk.js';
import { keyedByPeople, likedNames, positionalNames } from './person-code.js';
import { cyrillicNames, cyrillicScript, latinInitialledNames } from './person-cyrillic.js';
import { keyedNames, tableNames } from './person-fields.js';
import { foreignAfterCue, foreignScript, isolatedListed } from './person-foreign.js';
import {
  bibtexAuthors,
  dicomNames,
  gedcomNames,
  iataNames,
  iataTitle,
  nachaEntries,
  spacedFormNames,
  vcardNames,
} from './person-formats.js';
import {
  capsInverted,
  invertedDisplayNames,
  invertedHeaderNames,
  particleLastNames,
} from './person-inverted.js';
import { labelledLines, labelScripts } from './person-labels.js';
import { coupledGivenNames, prose } from './person-prose.js';
import { thaiTitled } from './person-thai.js';
import { dedupe, tableCells } from './tables.js';

/**
 * PERSON, from two sources.
 *
 * Labelled values: cells of result tables and JSON/YAML values whose column or key names a person
 * (`first_name`, `customer`, `Vorname`, `prénom`, `apellido`, …). A bare `name` column is shared
 * with products and tables, so it needs a listed name or a person-ish sibling column (email, phone,
 * birth date, …).
 *
 * Prose: runs of capitalised words (`Jane Doe`, `Dr. Ada Lovelace`, `Jan van der Berg`) where a
 * given name or a surname is in the embedded list, or an honorific precedes. Heuristics against
 * false positives: the run must stand alone (no `.`, `_`, `(` or letters glued to it, so `df.Name`,
 * `DataFrame`, `User(` are skipped); ALL CAPS words (SQL keywords, constants) are not name words;
 * months, days, sentence openers and title-case heading words split a run; a run next to a company
 * mark (Inc, GmbH, Bank, University, …) is an organisation; runs of five or more capitalised words
 * are headings.
 */

/** Drops findings overlapping a blocked span (both sorted by start). */
function unblocked(found: Finding[], blocked: Array<[number, number]>): Finding[] {
  if (blocked.length === 0) return found;
  blocked.sort((a, b) => a[0] - b[0]);
  const kept: Finding[] = [];
  let b = 0;
  let reach = -1;
  for (const f of found) {
    while (b < blocked.length && (blocked[b] as [number, number])[0] < f.end) {
      reach = Math.max(reach, (blocked[b] as [number, number])[1]);
      b++;
    }
    // Every blocked span starting before f.end has been seen; overlap needs one ending after f.start.
    if (reach > f.start && overlapsAny(blocked, b, f)) continue;
    kept.push(f);
  }
  return kept;
}

function overlapsAny(blocked: Array<[number, number]>, upTo: number, f: Finding): boolean {
  for (let i = upTo - 1; i >= 0; i--) {
    const [s, e] = blocked[i] as [number, number];
    if (e > f.start && s < f.end) return true;
    if (upTo - i > 64) break;
  }
  return false;
}

export const personDetector: Detector = {
  id: 'person',
  entities: ['PERSON'],
  detect(text) {
    let found = prose(text);
    cjkProse(text, found);
    // One scan for the scripts of all three (most texts have none of them).
    if (labelScripts.test(text)) {
      labelledLines(text, found);
      caselessTitled(text, found);
      thaiTitled(text, found);
      if (cyrillicScript.test(text)) cyrillicNames(text, found);
    }
    if (text.includes('] ') || text.includes(': ') || text.includes(', ')) invertedHeaderNames(text, found);
    if (text.includes(', ') && text.includes(' <')) invertedDisplayNames(text, found);
    if (text.includes(', ') && (text.includes(' de') || text.includes(' van') || text.includes(' te')))
      particleLastNames(text, found);
    if (text.includes('. ')) latinInitialledNames(text, found);
    if (text.includes('name')) spokenNames(text, found);
    if (text.includes(': ') && chatLine.test(text)) chatSpeakers(text, found);
    if (foreignScript.test(text)) {
      foreignAfterCue(text, found);
      isolatedListed(text, found);
    }
    capsNames(text, found);
    familyInCapitals(text, found);
    // Gates lead with rare characters: a search for a pattern opening with a blank stops at every blank.
    if (text.includes('INDI')) gedcomNames(text, found);
    if (text.includes('[LINE]')) lineChatNames(text, found);
    if (text.includes('@') && text.includes('author')) bibtexAuthors(text, found);
    if (
      (text.includes('ast name') || text.includes('irst name') || text.includes('urname')) &&
      (text.includes('name  ') || text.includes('Name  ') || text.includes('initial   '))
    )
      spacedFormNames(text, found);
    if (text.includes('M ') || text.includes('M. ') || text.includes('R ') || text.includes('S '))
      capsTitled(text, found);
    if (transferSign.test(text)) transferParties(text, found);
    // (The file pasted under a question: its header record opens a later line.)
    if ((text.startsWith('101 ') || text.includes('\n101 ')) && text.includes('\n6'))
      nachaEntries(text, found);
    if (addresseeSign.test(text)) addressees(text, found);
    // Most texts hold neither a PNR's `SSR DOCS` nor a title in capitals after a blank.
    if (text.includes('SSR DOCS') || (text.includes('M') && iataTitle.test(text))) iataNames(text, found);
    let cells: Finding[] = [];
    // Spans of cells under organisation, product and place columns, where prose names are not people.
    const blocked: Array<[number, number]> = [];
    // Cells of fixture rows (see `placeholderRows`): blocked for every reading, `DELA CRUZ, JUAN` too.
    const fixtureCells: Array<[number, number]> = [];
    const table = tableCells(text);
    if (table.start.length > 0) tableNames(text, table, cells, blocked, fixtureCells);
    keyedNames(text, cells, blocked);
    if (table.start.length > 0) memoPayees(text, table, cells);
    positionalNames(text, cells);
    if (text.includes("LIKE '") || text.includes("like '")) likedNames(text, cells);
    if (found.length > 1 && (text.includes('":') || text.includes("':"))) keyedByPeople(text, found, cells);
    // A shape no company has: not blocked under a seller's or a vendor's column.
    capsInverted(text, cells);
    if (fixtureCells.length > 0) {
      for (const span of fixtureCells) blocked.push(span);
      cells = unblocked(
        cells.sort((x, y) => x.start - y.start),
        fixtureCells,
      );
    }
    if (found.length > 0) {
      found.sort((a, b) => a.start - b.start);
      found = unblocked(found, blocked);
      // `Magdalena Gruber-Moser` read across two columns of a fixed-width grid: the cells say where
      // each name ends.
      if (cells.length > 1) found = withinCells(found, cells);
    }
    for (const c of cells) found.push(c);
    if (text.includes('BEGIN:VCARD')) vcardNames(text, found);
    if (text.includes('PN')) dicomNames(text, found);
    if (text.includes(' & ') || text.includes(' and ')) coupledGivenNames(text, found);
    if (found.length > 0 && text.includes('@'))
      found = withoutFirmsOfStaff(text, withoutMailboxOwners(text, found));
    if (found.length > 0 && text.includes('the then ')) found = withoutOfficeHolders(text, found);
    if (found.length > 0)
      found = found.filter(
        (f) => f.type !== 'PERSON' || !(authorOfWork(text, f) || namesPublicFigure(text, f)),
      );
    if (found.length > 0) found = withoutLoneTitled(text, found);
    if (found.length > 0) found = withoutPlaceholders(text, found);
    if (found.length > 0 && (text.includes('ECLI:ES:') || text.includes('Roj: ')))
      found = withoutCendojPseudonyms(text, found);
    return found.length === 0 ? found : dedupe(found.map((f) => withSuffixes(text, f)));
  },
};

/**
 * `found` less the stand-ins of a Spanish ruling anonymised by CENDOJ (told by its `ECLI:ES:` or
 * `Roj:` reference), which replaces each party's name by invented given names after the title:
 * `representada por el procurador D. Jose Pedro`, `doña Elsa`. A real party is named with family
 * names too (`D. Íñigo Basterretxea Uriarte`).
 */
function withoutCendojPseudonyms(text: string, found: Finding[]): Finding[] {
  return found.filter((f) => {
    if (f.type !== 'PERSON' || !spanishTitleBefore.test(text.slice(Math.max(0, f.start - 8), f.start)))
      return true;
    const keys = nameKey(text.slice(f.start, f.end)).split(' ');
    return !keys.every((k) => givenNames.has(k) && !surnames.has(k));
  });
}

const spanishTitleBefore = /(?:^|[^\p{L}])(?:D\.|D\.ª|Dña\.|Dª|don|doña)[ \u00a0]$/u;

/**
 * `found` less the firms named after people whose staff write from the firm's domain on the same
 * line: `Hengeler Mueller,Benedikt Strasser,benedikt.strasser@hengeler.com` (a counterparty and its
 * signer). A name is the firm's when its words, or its first word, spell the domain of a mailbox
 * on its line whose local part is someone else's (`jane@janedoughty.com` is Jane Doughty's own).
 */
function withoutFirmsOfStaff(text: string, found: Finding[]): Finding[] {
  return found.filter((f) => {
    if (f.type !== 'PERSON' || f.end - f.start > 48) return true;
    const key = nameKey(text.slice(f.start, f.end));
    const words = key.split(' ');
    if (words.length < 2) return true;
    const from = text.lastIndexOf('\n', f.start) + 1;
    let to = text.indexOf('\n', f.end);
    if (to === -1) to = text.length;
    const line = text.slice(from, to);
    if (!line.includes('@')) return true;
    for (const m of line.matchAll(staffMailbox)) {
      const domain = (m[2] as string).toLowerCase().replace(/-/g, '');
      if (domain !== words[0] && domain !== words.join('')) continue;
      // (`hello@annaberg.com` beside Anna Berg: her own, unless the mailbox is another person's.)
      const local = (m[1] as string).toLowerCase();
      const staff = found.some((g) => {
        if (g.type !== 'PERSON' || g.start < from || g.end > to) return false;
        const other = nameKey(text.slice(g.start, g.end));
        return other !== key && other.split(' ').some((w) => w.length > 2 && local.includes(w));
      });
      if (staff) return false;
    }
    return true;
  });
}

const staffMailbox = /([A-Za-z0-9._%+-]{1,64})@([A-Za-z0-9-]{2,63})\.[A-Za-z]/g;

/**
 * `found` less the names that spell the domain of a service's mailbox in the text: `"name": "Radhaus
 * Elbufer"` beside `newsletter@radhaus-elbufer.de`, a sender's display name in
 * `from_email=("newsletter@radhaus-elbufer.de", "Radhaus Elbufer")`. The firm sends from its domain.
 */
function withoutMailboxOwners(text: string, found: Finding[]): Finding[] {
  let domains: Set<string> | undefined;
  for (let at = text.indexOf('@'); at !== -1 && at < text.length; at = text.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && mailboxCode(text.charCodeAt(from - 1)) && at - from < 40) from--;
    const domain = domainLabel.exec(text.slice(at + 1, at + 66));
    if (domain === null || from === at || !isServiceMailbox(text.slice(from, at))) continue;
    domains ??= new Set();
    domains.add((domain[1] as string).toLowerCase().replace(/-/g, ''));
  }
  if (domains === undefined) return found;
  const owned = domains;
  return found.filter((f) => {
    if (f.type !== 'PERSON' || f.end - f.start > 48) return true;
    return !owned.has(nameKey(text.slice(f.start, f.end)).replace(/[^a-z0-9]/g, ''));
  });
}

/**
 * `the then housing secretary, Michael Gove,`, `the then minister Fernando Ruiz`: a public office
 * named as held at the time, its holder's name just after (a comma between or none).
 */
const thenOffice =
  /\bthe then (?:[a-z-]+ ){0,3}(?:minister|secretary|president|vice-president|prime minister|premier|chancellor|governor|mayor|senator|congressman|congresswoman|ambassador|commissioner|attorney general|attorney-general|chief justice|speaker|mp|leader|king|queen|pope|chairman|chairwoman|ceo|chief executive)(?:, | )$/i;

/** `found` less the names right after a public office held at the time (`the then minister, …`). */
function withoutOfficeHolders(text: string, found: Finding[]): Finding[] {
  return found.filter(
    (f) => f.type !== 'PERSON' || !thenOffice.test(text.slice(Math.max(0, f.start - 60), f.start)),
  );
}

/** A determiner before a name used as an adjective (`every Roald Dahl book`, `a Stephen King novel`). */
const workDeterminer = /\b(?:a|an|the|every|another|any|each|this|that|his|her|my|our|their|your)\s$/i;
/** A kind of work after its author's or artist's name, as an adjective (`… book`, `… novels`, `… song`). */
const workNoun =
  /\s(?:book|novel|film|movie|song|album|poem|biography|play|symphony|opera|painting|sculpture)s?\b/y;

/** Whether a name is a work's author or artist named as an adjective before the work (`every Roald Dahl book`). */
function authorOfWork(text: string, f: Finding): boolean {
  workNoun.lastIndex = f.end;
  if (!workNoun.test(text)) return false;
  return workDeterminer.test(text.slice(Math.max(0, f.start - 10), f.start));
}

/** Whether a name holds a listed public figure's given and family name (`Elon Musk`, `Like Steve Jobs`). */
function namesPublicFigure(text: string, f: Finding): boolean {
  if (f.end - f.start > 48) return false;
  const keys = nameKey(text.slice(f.start, f.end)).split(/[\s,]+/);
  for (let i = 0; i + 1 < keys.length; i++) if (publicFigures.has(`${keys[i]} ${keys[i + 1]}`)) return true;
  return false;
}

/** Chinese `老师` (teacher), which an office's letter also gives its contact (`招生办公室（陈老师）`). */
const teacherTitle = /^(?:老师|老師)/;
const turkishTitleAfter = /^ (?:Hanım|Hanim|Bey)(?!\p{L})/u;
/**
 * A Japanese firm's words for its own people before a name with `さん`: in charge, support, sales,
 * desk, operator, colleague (`営業担当の田中さん`, `担当: 松下さん`, `サポートの佐藤さん`).
 */
const staffCue = /(?:担当者?|サポート|営業|窓口|係|オペレーター|スタッフ|同僚|上司)(?:の|[:：]?[ \u3000]?)$/;

/**
 * Whether a finding is a CJK family name alone that names a colleague: before `さん` after a word
 * for staff or in a list of such names (`佐々木さん・グエンさん`, a meeting's attendees), or before
 * `老师`. Someone known by their family name only is not named unless the text names them in full
 * (`withoutLoneTitled`); a customer's `様` and `田中さんは…生まれです` are left alone.
 */
function loneTitled(text: string, f: Finding): boolean {
  // `Merhaba Ayşe Hanım`: a given name before a Turkish title, said of someone named in full or no one.
  if (turkishTitleAfter.test(text.slice(f.end, f.end + 7))) return !text.slice(f.start, f.end).includes(' ');
  if (!cjkSurnames.has(text.slice(f.start, f.end))) return false;
  const after = text.charCodeAt(f.end) === 32 || text.charCodeAt(f.end) === 0x3000 ? f.end + 1 : f.end;
  if (teacherTitle.test(text.slice(after, after + 2))) return true;
  if (!text.startsWith('さん', after)) return false;
  return (
    text.charAt(after + 2) === '・' ||
    text.endsWith('さん・', f.start) ||
    staffCue.test(text.slice(Math.max(0, f.start - 12), f.start))
  );
}

/**
 * `found` less the names said alone with a title (`佐藤さん`, `Ayşe Hanım`, see `loneTitled`) that
 * no other name in the text holds: a colleague or an agent known only so is not named; `松下さん`
 * after `松下 健一` and `Elif Hanım` after `Elif Yıldırım` name the person named in full.
 */
function withoutLoneTitled(text: string, found: Finding[]): Finding[] {
  const lone = found.filter((f) => f.type === 'PERSON' && f.end - f.start <= 24 && loneTitled(text, f));
  if (lone.length === 0) return found;
  const others: string[] = [];
  for (const f of found)
    if (f.type === 'PERSON' && !lone.includes(f)) others.push(text.slice(f.start, f.end));
  // A Han family name opens the full name (`松下 健一`, `松下健一`); a given name is one of its words.
  const holds = (other: string, name: string): boolean =>
    hasHan.test(name)
      ? other.replace(/[ \u3000]/g, '').startsWith(name)
      : other.split(/[\s,]+/).includes(name);
  return found.filter((f) => !lone.includes(f) || others.some((o) => holds(o, text.slice(f.start, f.end))));
}

/**
 * A sign of sample data: the words for test, sample, dummy and example in several languages (`例`,
 * `ダミー`, `테스트`, `示例`), `e.g.`, a reserved e-mail domain, a fictional 555-01xx number, an
 * all-zero phone, the default birth date 1900-01-01.
 */
const sampleSign =
  /\b(?:test|tests|testing|sample|samples|dummy|example|examples|placeholder|fixture|fixtures|mock|fake|few-shot|e\.g\.)\b|@example\.|例|テスト|ダミー|サンプル|検証用|테스트|예시|더미|测试|測試|示例|样例|範例|\b555-01\d\d\b|\b0+-0000-0000\b|\b(?:01[/.-]01[/.-]1900|1900-01-01)\b/i;

/** The lines around offset `at`: three before and three after, at most 600 characters either way. */
function linesAround(text: string, at: number): string {
  let from = at;
  let to = at;
  for (let n = 0; n < 4 && from > 0 && at - from < 600; n++) from = text.lastIndexOf('\n', from - 1);
  for (let n = 0; n < 4 && to !== -1 && to < text.length && to - at < 600; n++)
    to = text.indexOf('\n', to + 1);
  return text.slice(Math.max(0, from), to === -1 ? text.length : to);
}

/**
 * `found` less the listed placeholder names (`placeholderNames`: 山田 太郎, Hong Gil-dong, Juan
 * Pérez as two cells of one row) met near a sign of sample data (`sampleSign`: the row's
 * `test@example.com`, a `### 例` heading above a few-shot prompt), and every other mention of a name
 * the text once calls a dummy (`氏名 = '山田 太郎' は検証用ダミー会員`). Elsewhere they are people.
 * (The registry's `placeholderPeople` reads a placeholder on a cue of its own line; this reads the
 * lines around it and the text's other mentions, which the detector sees whole.)
 */
function withoutPlaceholders(text: string, found: Finding[]): Finding[] {
  const listed: Array<[Finding[], string]> = [];
  let line: Finding[] = [];
  let lineEnd = -1;
  const close = (): void => {
    if (line.length === 0) return;
    const names = line.map((f) => text.slice(f.start, f.end));
    const maybe = names.map(mayBePlaceholder);
    line.forEach((f, i) => {
      if (!maybe[i]) return;
      const key = placeholderKey(names[i] as string);
      if (placeholderNames.has(key)) listed.push([[f], key]);
    });
    // `Pérez | Juan` under apellido and nombre: one placeholder in two cells of a row.
    if (line.length === 2 && maybe[0] && maybe[1]) {
      const key = placeholderKey(line.map((f) => text.slice(f.start, f.end)).join(' '));
      if (placeholderNames.has(key)) listed.push([line, key]);
    }
    line = [];
  };
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    if (f.type !== 'PERSON' || f.end - f.start > 40) continue;
    if (f.start > lineEnd) {
      close();
      lineEnd = text.indexOf('\n', f.start);
      if (lineEnd === -1) lineEnd = text.length;
    }
    line.push(f);
  }
  close();
  if (listed.length === 0) return found;
  const dummies = new Set<string>();
  const dropped = new Set<Finding>();
  for (const [fs, key] of listed)
    if (sampleSign.test(linesAround(text, (fs[0] as Finding).start))) {
      dummies.add(key);
      for (const f of fs) dropped.add(f);
    }
  for (const [fs, key] of listed) if (dummies.has(key)) for (const f of fs) dropped.add(f);
  return dropped.size === 0 ? found : found.filter((f) => !dropped.has(f));
}

/** A character of an e-mail's local part: a letter, a digit, `_`, `.`, `+` or `-`. */
const mailboxCode = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 95 ||
  c === 46 ||
  c === 43 ||
  c === 45;
/** The first label of an e-mail's domain (`radhaus-elbufer` of `radhaus-elbufer.de`). */
const domainLabel = /^([a-z0-9][a-z0-9-]{3,40})\.[a-z]/i;

/** `found` less the findings that overlap two cells or more (`cells` are sorted here). */
function withinCells(found: Finding[], cells: Finding[]): Finding[] {
  cells.sort((a, b) => a.start - b.start);
  return found.filter((f) => {
    let lo = 0;
    let hi = cells.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cells[mid] as Finding).end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    let n = 0;
    for (let i = lo; i < cells.length && (cells[i] as Finding).start < f.end; i++)
      if ((cells[i] as Finding).end > f.start && ++n > 1) return false;
    return true;
  });
}
