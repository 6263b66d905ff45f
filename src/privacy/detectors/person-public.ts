import type { EntityType, Finding } from '../detector.js';
import { isCueWord } from './name-cues.js';
import { nameKey } from './names.js';
import { chatLine } from './person-chats.js';
import { commonlyBorneFigures, publicFigureNames } from './person-public-figures.js';
import { titleWord } from './person-titles.js';
import { listedKey } from './person-words.js';
import { lineTextBefore } from './scan.js';
import { keyedValues, tableCellAt, tableCells } from './tables.js';

/**
 * `findings` less the public figures and characters a text mentions (see `person-public-figures.ts`):
 * `summarise Toni Morrison's themes`, `the Hopper batch job (named after Grace Hopper)`, a Goethe
 * quotation's credit, `Bon exposé sur Jean Jaurès`. Replacing them costs the model what it knows and
 * protects no one. The registry's last rule: it reads every detector's findings.
 *
 * A name the list holds is a mention unless one of its mentions in the text records someone of that
 * name (`recorder`): an `@mention`, after a title (`Dr Grace Hopper`) or a greeting or a relation
 * (`Dear Ada Lovelace`, `my friend Jane Eyre`), opening its line as a signature or a chat's speaker
 * does, the whole value of a table cell or a field (`name: Victor Hugo`), or on a line with an e-mail
 * address, a phone number, a birth date or an account number. A title and a family name alone
 * (`Mr Darcy`) are anyone's, and so are the names of `commonlyBorneFigures` (`John Snow`): the
 * figure only beside another figure the text mentions. Then the
 * family name of a figure dropped, said alone (`Hopper`, `García Márquez`), goes too, and a figure's
 * name said alone (`Goethe`), unless a person kept holds it (`Anna Goethe` … `Goethe`). `findings`
 * are sorted; so is the result.
 */
export function withoutPublicFigures(text: string, findings: Finding[]): Finding[] {
  // Each listed name's mentions, with where each starts (its title's start when the entry holds one).
  let listed: Map<string, Array<[Finding, number]>> | undefined;
  let alone = false;
  for (const f of findings) {
    if (f.type !== 'PERSON' || f.end - f.start > 60) continue;
    const at = figureAt(text, f);
    if (at === undefined) continue;
    const [key, start] = at;
    if (!key.includes(' ')) {
      alone = true;
      continue;
    }
    listed ??= new Map();
    const same = listed.get(key);
    if (same === undefined) listed.set(key, [[f, start]]);
    else same.push([f, start]);
  }
  const recorded = recorder(text, findings);
  const drop = new Set<Finding>();
  const beside: Finding[] = [];
  for (const [key, mentions] of listed ?? []) {
    if (mentions.some(([f, start]) => recorded(start, f))) continue;
    if (figures.get(key) === 'beside') for (const [f] of mentions) beside.push(f);
    else for (const [f] of mentions) drop.add(f);
  }
  if (drop.size === 0 && !alone) return findings;
  if (drop.size > 0) for (const f of beside) drop.add(f);
  // The family names of the figures dropped (`garcia marquez`, `marquez`), then the names said alone
  // that are one, or a figure's (`goethe`), with no word of a person kept.
  const families = new Set<string>();
  for (const f of drop) {
    const words = keyOf(text.slice(f.start, f.end)).split(' ');
    for (let i = 1; i < words.length; i++) families.add(words.slice(i).join(' '));
  }
  const lone = new Map<Finding, string>();
  const kept = new Set<string>();
  for (const f of findings) {
    if (f.type !== 'PERSON' || drop.has(f)) continue;
    const key = keyOf(text.slice(f.start, f.end));
    if (families.has(key) || figures.get(key) === 'alone') lone.set(f, key);
    else if (key.includes(' ')) for (const w of key.split(' ')) kept.add(w);
  }
  for (const [f, key] of lone)
    if (!key.split(' ').some((w) => kept.has(w)) && !recorded(f.start, f)) drop.add(f);
  return drop.size === 0 ? findings : findings.filter((f) => !drop.has(f));
}

/**
 * How entries and findings are keyed: `nameKey`, dots and commas as blanks (`J.R.R.` as `J. R. R.`,
 * `CERVANTES, Ana` as `cervantes ana`), words one blank apart.
 */
function keyOf(name: string): string {
  return nameKey(name).replace(/[.,]/g, ' ').trim().split(/\s+/).join(' ');
}

/**
 * Every listed name by key: `alone` for a name said alone (`goethe`), `beside` for a title and one
 * name (`mr darcy`) and for the names of `commonlyBorneFigures` (a figure only beside another), `name`
 * for the others. A title opening an entry stays in its key (`sir isaac newton`).
 */
const figures: ReadonlyMap<string, 'name' | 'beside' | 'alone'> = new Map([
  ...entries(publicFigureNames).map((entry) => {
    const words = entry.split(/\s+/);
    const kind =
      words.length === 1
        ? 'alone'
        : words.length === 2 && titleWord.test(words[0] as string)
          ? 'beside'
          : 'name';
    return [keyOf(entry), kind] as const;
  }),
  ...entries(commonlyBorneFigures).map((entry) => [keyOf(entry), 'beside'] as const),
]);

function entries(list: string): string[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** The last word of every listed name's key. */
const lastWords: ReadonlySet<string> = new Set(
  [...figures.keys()].map((key) => key.slice(key.lastIndexOf(' ') + 1)),
);

/**
 * The key of the figure a finding names and where its name starts, or undefined: the finding itself
 * (`Toni Morrison`), with the title before it when the entry holds that title (`Mr Darcy`, `Sir
 * Walter Scott`), or less one or two capitalised words opening a sentence that are no names
 * (`Summarise Toni Morrison`).
 */
function figureAt(text: string, f: Finding): [string, number] | undefined {
  const said = keyOf(uninverted(text.slice(f.start, f.end)));
  // Every key tried below ends with the finding's last word: most findings end with no figure's.
  // (`Hans Roslings`: a name's German genitive, its `s` glued to the family name.)
  const last = said.slice(said.lastIndexOf(' ') + 1);
  const key = lastWords.has(last)
    ? said
    : last.endsWith('s') && lastWords.has(last.slice(0, -1))
      ? said.slice(0, -1)
      : undefined;
  if (key === undefined) return undefined;
  const title = titleBefore(text, f.start);
  if (title !== undefined) {
    const titledKey = `${keyOf(title)} ${key}`;
    if (figures.has(titledKey)) return [titledKey, text.lastIndexOf(title, f.start)];
  }
  if (figures.has(key)) return [key, f.start];
  const words = key.split(' ');
  if (words.length < 3) return undefined;
  // (The name starts after the words left out: those are read as the text before a name is.)
  const gaps = [...text.slice(f.start, f.end).matchAll(/\s+/g)];
  if (gaps.length !== words.length - 1) return undefined;
  for (let k = 1; k <= 2 && words.length - k >= 2 && !listedKey(words[k - 1] as string); k++) {
    const rest = words.slice(k).join(' ');
    const gap = gaps[k - 1] as RegExpExecArray;
    if (figures.has(rest)) return [rest, f.start + (gap.index as number) + gap[0].length];
  }
  return undefined;
}

/**
 * A name written family first with one comma in given-first order (`Cervantes Saavedra, Miguel de`
 * as `Miguel de Cervantes Saavedra`), as the list holds it; any other name as it is.
 */
function uninverted(name: string): string {
  const comma = name.indexOf(', ');
  if (comma === -1 || name.indexOf(',', comma + 1) !== -1) return name;
  return `${name.slice(comma + 2)} ${name.slice(0, comma)}`;
}

/** The title right before `start` (`Mr`, `Dr.`, `Herr`), if any. */
function titleBefore(text: string, start: number): string | undefined {
  const word = lastWord.exec(lineTextBefore(text, start, 24))?.[1];
  return word !== undefined && titleWord.test(word) ? word : undefined;
}

/** The last word of a line's text before a name, and the blanks, commas or colon after it. */
const lastWord = /([\p{L}.'’-]+)[ \t\u00a0]*[,:]?[ \t\u00a0]*$/u;

/**
 * Whether a mention of a listed name records someone of that name (see `withoutPublicFigures`): a
 * reader of `text` with its `findings`, taking a finding and where its name starts (at the title an
 * entry holds: `Mr Darcy`). What it needs of the text (its keyed values) it reads once.
 */
function recorder(text: string, findings: Finding[]): (start: number, f: Finding) => boolean {
  let keyed: Map<number, string> | undefined;
  /** Whether the name is the whole value of a table cell or of a keyed field, quotes and blanks aside. */
  const wholeValue = (f: Finding): boolean => {
    const name = text.slice(f.start, f.end);
    const cells = tableCells(text);
    const cell = tableCellAt(cells, f.start, f.end);
    if (cell !== -1 && bare(text.slice(cells.start[cell] as number, cells.valueEnd[cell] as number)) === name)
      return true;
    keyed ??= new Map(
      keyedValues(text).map((c) => [c.end - c.value.replace(/^[\s"'“”]+/, '').length, c.value]),
    );
    const value = keyed.get(f.start);
    return value !== undefined && bare(value) === name;
  };
  return (start, f) => {
    if (text.charCodeAt(start - 1) === 64) return true;
    const before = lastWord.exec(lineTextBefore(text, start, 32))?.[1];
    if (before !== undefined) {
      const key = nameKey(before);
      if (titleWord.test(before) || isCueWord(key) || relations.has(key)) return true;
    }
    return signature(text, start, f.end) || wholeValue(f) || withContact(text, f, findings);
  };
}

/** Nouns for the people around someone (`my friend Jane Eyre`) that are no cue words of `name-cues.ts`. */
const relations: ReadonlySet<string> = new Set(
  `friend friends neighbour neighbor cousin uncle aunt niece nephew grandma grandpa grandmother grandfather
granny boss coworker co-worker classmate roommate flatmate housemate girlfriend boyfriend ex teammate
amie ami amiga amigo amica amico freund freundin vriend vriendin nachbar nachbarin voisin voisine vecino
vecina`.split(/\s+/),
);

/**
 * Whether the name opens its line as a signature, a list of people or a chat's speaker does: alone
 * (after a dash or a bullet; a comma and a few words of a post may follow), or before a colon (after
 * a chat's time stamp too: `[10:02] Grace Hopper: done`). Not the credit under or after a quotation
 * (`„… verlieren."` / `Johann Wolfgang von Goethe`).
 */
function signature(text: string, start: number, end: number): boolean {
  const head = lineTextBefore(text, start, 24);
  const after = text.slice(end, end + 80);
  const tail = after.slice(0, after.includes('\n') ? after.indexOf('\n') : after.length);
  const opens = lineOpening.test(head);
  if (tail.startsWith(':')) return opens || chatLine.test(head);
  if (!opens || !postAfter.test(tail)) return false;
  let k = start - head.length;
  while (k > 0 && k > start - 200 && /[\s\u00a0\-–—]/.test(text.charAt(k - 1))) k--;
  return !closingQuotes.includes(text.charAt(k - 1));
}

/** Blanks, dashes and bullets opening a line. */
const lineOpening = /^[ \t\u00a0\-–—~*•·]*$/;
/** The rest of a signature's line: nothing, or a comma and a post (`, Head of Platform`). */
const postAfter = /^[ \t\r]*$|^, [^.!?;:]{0,40}$/;
const closingQuotes = '"”“»«„\'’」』';

const bare = (value: string): string => value.replace(/^[\s"'“”]+|[\s"'“”,;]+$/g, '');

/** Types whose value on a line makes the line a record of someone. */
const contactTypes: ReadonlySet<EntityType> = new Set([
  'EMAIL',
  'PHONE',
  'DATE_OF_BIRTH',
  'IBAN',
  'CREDIT_CARD',
  'US_SSN',
]);

/** Whether a finding of `contactTypes` is on the name's line (`findings` are sorted by start). */
function withContact(text: string, f: Finding, findings: Finding[]): boolean {
  const from = f.start - lineTextBefore(text, f.start, 400).length;
  const after = text.slice(f.end, f.end + 400).indexOf('\n');
  const to = after === -1 ? f.end + 400 : f.end + after;
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((findings[mid] as Finding).start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < findings.length && (findings[i] as Finding).start < to; i++)
    if (contactTypes.has((findings[i] as Finding).type)) return true;
  return false;
}
