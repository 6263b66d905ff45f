import type { Detector, Finding } from '../detector.js';
import {
  addresseeSign,
  addressees,
  capsNames,
  capsTitled,
  familyInCapitals,
  koreanCapsNames,
  memoPayees,
  transferParties,
  transferSign,
} from './person-capitals.js';
import { caselessTitled } from './person-caseless.js';
import { greetingName, withSuffixes } from './person-cells.js';
import { chatLine, chatSpeakers, lineChatNames, spokenNames } from './person-chats.js';
import { cjkProse } from './person-cjk.js';
import { keyedByPeople, likedNames, positionalNames } from './person-code.js';
import {
  cyrillicNames,
  cyrillicScript,
  greekNames,
  greekScript,
  latinInitialledNames,
} from './person-cyrillic.js';
import {
  authorOfWork,
  withoutCendojPseudonyms,
  withoutFirmsOfStaff,
  withoutLoneTitled,
  withoutMailboxOwners,
  withoutOfficeHolders,
  withoutRelations,
} from './person-exclusions.js';
import { keyedNames, tableNames } from './person-fields.js';
import { foreignAfterCue, foreignScript, isolatedListed } from './person-foreign.js';
import {
  adjoinedFormNames,
  bibtexAuthors,
  dicomNames,
  directoryNames,
  gedcomContinued,
  gedcomNames,
  iataNames,
  iataTitle,
  ldifEncodedNames,
  licenceNumberedNames,
  nachaEntries,
  spacedFormNames,
  stackedCardNames,
  vcardNames,
} from './person-formats.js';
import {
  capsInverted,
  cellInvertedNames,
  invertedDisplayNames,
  invertedHeaderNames,
  particleFirstCells,
  particleLastNames,
  quotedInvertedNames,
} from './person-inverted.js';
import { labelledLines, labelScripts } from './person-labels.js';
import { hungarianTitled, italianMarriedNames } from './person-languages.js';
import { coupledGivenNames, prose } from './person-prose.js';
import { thaiTitled } from './person-thai.js';
import { holds } from './scan.js';
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
      if (greekScript.test(text)) greekNames(text, found);
    }
    if (text.includes('] ') || text.includes(': ') || text.includes(', ')) invertedHeaderNames(text, found);
    if (text.includes(', ') && holds(text, ' ', '<')) invertedDisplayNames(text, found);
    if (text.includes(', ')) cellInvertedNames(text, found);
    if (text.includes(', ') && (text.includes("'") || text.includes('"'))) quotedInvertedNames(text, found);
    if (text.includes(', ')) particleFirstCells(text, found);
    if (text.includes(', ') && (holds(text, ' ', 'de') || holds(text, ' ', 'van') || holds(text, ' ', 'te')))
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
    koreanCapsNames(text, found);
    if (holds(text, ' ', 'úr') || holds(text, ' ', 'urat') || holds(text, 'ass', 'zony'))
      hungarianTitled(text, found);
    // Gates lead with rare characters: a search for a pattern opening with a blank stops at every blank.
    if (text.includes('INDI')) gedcomNames(text, found);
    if (text.includes('[LINE]')) lineChatNames(text, found);
    if (text.includes('@') && text.includes('author')) bibtexAuthors(text, found);
    if (
      (holds(text, 'ast ', 'name') || holds(text, 'irst ', 'name') || text.includes('urname')) &&
      (text.includes('name  ') || text.includes('Name  ') || text.includes('initial   '))
    )
      spacedFormNames(text, found);
    if (
      (holds(text, 'irst', ' name ') || holds(text, 'ast', ' name ') || text.includes('Surname ')) &&
      text.includes('  ')
    )
      adjoinedFormNames(text, found);
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
    if (found.length > 0 && holds(text, ' ', 'CONC ')) gedcomContinued(text, found);
    if (text.includes('\n2. ')) licenceNumberedNames(text, found);
    if (holds(text, ' ', '/ ')) stackedCardNames(text, found);
    if (text.includes(':: ')) ldifEncodedNames(text, found);
    if (found.length > 0 && holds(text, ' i', 'n ')) italianMarriedNames(text, found);
    if (text.includes('CN=') || text.includes('\\, ')) directoryNames(text, found);
    if (holds(text, ' ', '& ') || holds(text, ' a', 'nd ')) coupledGivenNames(text, found);
    if (found.length > 0 && text.includes('@'))
      found = withoutFirmsOfStaff(text, withoutMailboxOwners(text, found));
    if (found.length > 0 && holds(text, 'the t', 'hen ')) found = withoutOfficeHolders(text, found);
    if (found.length > 0) found = found.filter((f) => f.type !== 'PERSON' || !authorOfWork(text, f));
    if (found.length > 0) found = withoutLoneTitled(text, found);
    if (found.length > 0) found = withoutRelations(text, found);
    if (found.length > 0) found = found.filter((f) => f.type !== 'PERSON' || !greetingName(text, f));
    if (found.length > 0 && (text.includes('ECLI:ES:') || text.includes('Roj: ')))
      found = withoutCendojPseudonyms(text, found);
    return found.length === 0 ? found : dedupe(found.map((f) => withSuffixes(text, f)));
  },
};

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
