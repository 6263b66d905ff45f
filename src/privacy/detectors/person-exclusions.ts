import type { Finding } from '../detector.js';
import { isServiceMailbox } from './name-cues.js';
import { cjkSurnames, givenNames, nameKey, surnames } from './names.js';
import { hasHan } from './person-cjk.js';
import { firstAtOrAfter, lineBreaks } from './scan.js';

/**
 * PERSON's last filters over everything found: names that are not people there (a firm's that its
 * staff write from, a service's mailbox, an author as an adjective, an office holder of the time),
 * CENDOJ's stand-ins, and colleagues known only by a family name and a title. (Placeholder names
 * and public figures are dropped by the registry's last rules: see `person-placeholders.ts` and
 * `person-public.ts`.)
 */

/**
 * `found` less the stand-ins of a Spanish ruling anonymised by CENDOJ (told by its `ECLI:ES:` or
 * `Roj:` reference), which replaces each party's name by invented given names after the title:
 * `representada por el procurador D. Jose Pedro`, `doña Elsa`. A real party is named with family
 * names too (`D. Íñigo Basterretxea Uriarte`).
 */
export function withoutCendojPseudonyms(text: string, found: Finding[]): Finding[] {
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
export function withoutFirmsOfStaff(text: string, found: Finding[]): Finding[] {
  // The mailboxes of each line, read once however many names the line holds, and the line of a
  // name found by its breaks, not walked (a JSON document is one long line holding every name).
  const breaks = lineBreaks(text);
  const mailboxes = new Map<number, [to: number, boxes: Array<[local: string, domain: string]>]>();
  return found.filter((f) => {
    if (f.type !== 'PERSON' || f.end - f.start > 48) return true;
    // (As `lastIndexOf('\n', f.start) + 1` and `indexOf('\n', f.end)`.)
    const k = firstAtOrAfter(breaks, f.start + 1);
    const from = k === 0 ? 0 : (breaks[k - 1] as number) + 1;
    const after = firstAtOrAfter(breaks, f.end);
    const to = after === breaks.length ? text.length : (breaks[after] as number);
    let line = mailboxes.get(from);
    if (line === undefined || line[0] !== to) {
      line = [to, mailboxesIn(text, from, to)];
      mailboxes.set(from, line);
    }
    const boxes = line[1];
    if (boxes.length === 0) return true;
    const key = nameKey(text.slice(f.start, f.end));
    const words = key.split(' ');
    if (words.length < 2) return true;
    for (const [local, domain] of boxes) {
      if (domain !== words[0] && domain !== words.join('')) continue;
      // (`hello@annaberg.com` beside Anna Berg: her own, unless the mailbox is another person's.)
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

/**
 * The mailboxes of the line `from`–`to` (local part and domain, in lower case, the domain without
 * hyphens): the matches of `staffMailbox` run over the line, each tried only at the first place one
 * can start before an `@`. A local part holds no `@`, so a match through an `@` starts in the run of
 * local-part characters before it, at most 64 back and not before the previous match's end; if it
 * fails at the leftmost such start it fails at the others too, which share its domain.
 */
function mailboxesIn(text: string, from: number, to: number): Array<[local: string, domain: string]> {
  const boxes: Array<[string, string]> = [];
  let done = from;
  for (let at = text.indexOf('@', from); at !== -1 && at < to; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > done && at - start < 64 && localCode(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    staffMailbox.lastIndex = start;
    const m = staffMailbox.exec(text);
    if (m === null) continue;
    boxes.push([(m[1] as string).toLowerCase(), (m[2] as string).toLowerCase().replace(/-/g, '')]);
    done = staffMailbox.lastIndex;
  }
  return boxes;
}

const staffMailbox = /([A-Za-z0-9._%+-]{1,64})@([A-Za-z0-9-]{2,63})\.[A-Za-z]/y;
const localCode = (c: number): boolean => mailboxCode(c) || c === 37;

/**
 * `found` less the names that spell the domain of a service's mailbox in the text: `"name": "Radhaus
 * Elbufer"` beside `newsletter@radhaus-elbufer.de`, a sender's display name in
 * `from_email=("newsletter@radhaus-elbufer.de", "Radhaus Elbufer")`. The firm sends from its domain.
 */
export function withoutMailboxOwners(text: string, found: Finding[]): Finding[] {
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
export function withoutOfficeHolders(text: string, found: Finding[]): Finding[] {
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
export function authorOfWork(text: string, f: Finding): boolean {
  workNoun.lastIndex = f.end;
  if (!workNoun.test(text)) return false;
  return workDeterminer.test(text.slice(Math.max(0, f.start - 10), f.start));
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
export function withoutLoneTitled(text: string, found: Finding[]): Finding[] {
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

/**
 * Words for a relative or a sweetheart that phones save a contact under (`Mamá`, `Mum`, `Oma`,
 * `엄마`, `妈妈`): a contact card's or a chat's only name, no naming of anyone. Not those that are
 * given names as well (`Nana`, `Tia`, `Pepe`, `Anne`); accented ones only as written (`Mãe`, not `Mae`).
 */
const relationWords: ReadonlySet<string> = new Set(
  `mama mamma mami mamita mamacita mum mummy mom mommy momma mother mutti mutter madre mãe maman
mamusia mamuśka moeder annem anneciğim papa papi papito papai dad daddy father vati vater padre père
babbo tato tatuś vader babam babacığım abuela abuelo abuelita abuelito oma opa omi opi grandma
grandpa granny grandad granddad grandmother grandfather nonna nonno avó avô vovó vovô babcia dziadek
mamie papy mémé tía tío tante onkel uncle aunt auntie ciocia wujek hermana hermano hermanita
hermanito sis bro sister brother schwester bruder sorella fratello hubby wifey schatz schatzi cariño
amore honey babe bae
엄마 아빠 어머니 아버지 할머니 할아버지 누나 언니 오빠 여보
妈妈 爸爸 媽媽 老妈 老爸 老媽 奶奶 爷爷 爺爺 外婆 外公 老公 老婆
お母さん お父さん おかあさん おとうさん ママ パパ おばあちゃん おじいちゃん`.split(/\s+/),
);

/** Whether a finding's whole value is a word for a relative (`Mamá`, `Oma`, `엄마`: see `relationWords`). */
export function isRelationWord(value: string): boolean {
  if (value.length > 16 || value.includes(' ')) return false;
  const lower = value.toLowerCase();
  return relationWords.has(lower) || relationWords.has(nameKey(lower));
}

/** `found` less the contacts saved under a relation (`N:;Mamá;;;`, `FN:Mamá`, a chat from `Mum`). */
export function withoutRelations(text: string, found: Finding[]): Finding[] {
  return found.filter(
    (f) => f.type !== 'PERSON' || f.end - f.start > 16 || !isRelationWord(text.slice(f.start, f.end)),
  );
}
