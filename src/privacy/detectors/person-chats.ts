import type { Finding } from '../detector.js';
import { isCueWord, isRoleWord } from './name-cues.js';
import { companyMarks, givenNames, nameKey, notNames, surnames } from './names.js';
import { associationName } from './person-organisations.js';
import { isLower, noNameWord, personAt } from './person-words.js';
import { matchAt, sticky } from './scan.js';

/**
 * PERSON readers for chats and transcripts: the speakers of a chat export (`12:59 Rina Puspitasari:`),
 * the person of a LINE chat history, and names said in lower case by speech-to-text (`my name is …`).
 */

/** A chat's roles before a given name (`Agent Leah:`): the turn names a role, not a person in full. */
const chatRoles: ReadonlySet<string> = new Set(
  'agent agente operator operatore operador atendente asesor asesora advisor rep moderator host'.split(' '),
);
/** A line that opens with a time (a chat export's turn): the cheap gate of `chatSpeakers`. */
export const chatLine = /^[ \t]*\[?\d{1,4}[:./-]\d/m;
const chatSpeaker =
  /^[ \t]*\[?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? )?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)?\]?(?: -)? (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3}):[ \t]/gmu;

/**
 * The speakers of a chat export, each turn opening with its time (`12:59 Rina Puspitasari: Ok pak`,
 * `12/03/2024, 18:04 - Thandiwe Mokoena: …`, `[09:14:02] Ana Ruiz: …`): two to four capitalised
 * words before the colon are the person who wrote, listed or not; not a bot, a team, a firm or a
 * group named as a club or an association (`Liga Pádel Son Rigo:`, see `associationName`).
 */
export function chatSpeakers(text: string, out: Finding[]): void {
  chatSpeaker.lastIndex = 0;
  for (let m = chatSpeaker.exec(text); m !== null; m = chatSpeaker.exec(text)) {
    const name = m[1] as string;
    const words = name.split(' ');
    const keys = words.map(nameKey);
    if (
      keys.some(
        (k) => isRoleWord(k) || companyMarks.has(k) || notNames.has(k) || isCueWord(k) || chatRoles.has(k),
      ) ||
      associationName(words)
    )
      continue;
    const start = m.index + m[0].length - name.length - 2;
    out.push({ type: 'PERSON', start, end: start + name.length, score: 0.7, detector: 'person' });
  }
}

/**
 * A LINE chat export: `[LINE] Chat history with พิมพ์ชนก ศรีสวัสดิ์` (Thai LINE writes the title
 * `[LINE] ประวัติการแชทกับ …`), then `10:14⇥SENDER⇥message` lines. The person the history is with is
 * named in its title, and wherever they send a message; a title in Thai names a person only in a
 * given and a family name (`ประวัติการแชทกับ ร้านเคสมือถือ`, with a phone-case shop, is a business).
 * The other party, the one who exported the chat, is named only as a sender: a Thai given and family
 * name there is theirs (a display name such as `Nat Kestrel Property` is a nickname and a firm).
 */
export function lineChatNames(text: string, found: Finding[]): void {
  const title = lineChatTitle.exec(text);
  if (title === null) return;
  const name = title[1] as string;
  const start = (title.index as number) + title[0].length - name.length;
  const thaiOnly = thaiLetters.test(name) && !latinLetter.test(name);
  if (!thaiOnly || thaiFullName.test(name)) {
    found.push({ type: 'PERSON', start, end: start + name.length, score: 0.9, detector: 'person' });
    for (
      let at = text.indexOf(`\t${name}\t`);
      at !== -1;
      at = text.indexOf(`\t${name}\t`, at + name.length + 2)
    )
      found.push(personAt(at + 1, at + 1 + name.length, 0.9));
  }
  lineSender.lastIndex = 0;
  for (let m = lineSender.exec(text); m !== null; m = lineSender.exec(text)) {
    const sender = m[1] as string;
    if (sender === name || !thaiFullName.test(sender)) continue;
    const at = m.index + m[0].length - sender.length - 1;
    found.push(personAt(at, at + sender.length, 0.85));
  }
}

const lineChatTitle =
  /^\[LINE\] (?:Chat history with|Chat history in|ประวัติการแชทกับ|与|と) ?([^\r\n]{2,64}?)[ \t]*$/m;
/** A message line's time and sender, tab-separated (the sender captured, its closing tab kept). */
const lineSender = /^\d{1,2}:\d{2}\t([^\t\n]{2,40})\t/gm;
const thaiLetters = /[\u0e01-\u0e4e]/;
const latinLetter = /[A-Za-z]/;
/**
 * A Thai given name, one blank and a family name, nothing else: a shop's or a group's display name
 * is one run (`ร้านเคสมือถือ`) or opens with a business word (shop, company, store, office, clinic).
 */
const thaiFullName =
  /^(?!ร้าน|บริษัท|ห้าง|สำนักงาน|คลินิก|โรง)[\u0e01-\u0e3a\u0e40-\u0e4e]{2,20} [\u0e01-\u0e3a\u0e40-\u0e4e]{2,24}$/;

/**
 * `CUSTOMER: maria kowalczyk k o w a l c z y k`, `yeah it's tomas herrera`: speech-to-text writes
 * names in lower case. The turn that answers a question for the caller's name, or a self-introduction
 * (`my name is …`, `hi, i'm callum mcgillivray`), opening with two or three listed names, a given name first, is a name. One word
 * alone (`my name is darnell`) is not enough.
 */
export function spokenNames(text: string, found: Finding[]): void {
  const add = (from: number, words: string): void => {
    const keys = words.split(' ').map(nameKey);
    // Three words, or the first two (`carlos herrera and i am calling`).
    for (let n = keys.length; n >= 2; n--) {
      const name = keys.slice(0, n);
      const last = name[n - 1] as string;
      if (!givenNames.has(name[0] as string) || !(surnames.has(last) || givenNames.has(last))) continue;
      if (name.some(noNameWord)) return;
      const end = from + words.split(' ').slice(0, n).join(' ').length;
      found.push({ type: 'PERSON', start: from, end, score: 0.7, detector: 'person' });
      return;
    }
  };
  // Only where a phrase is followed by a lower-case letter: the regex runs from there, not over the text.
  for (const phrase of introductions) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
      if (!isLower(text.charCodeAt(at + phrase.length))) continue;
      const m = matchAt(spokenIntroduction, text, at);
      if (m !== null) add(m.index + m[0].length - (m[1] as string).length, m[1] as string);
    }
  }
  if (!text.includes('r name') && !text.includes('r full name') && !text.includes('speaking ')) return;
  for (const q of text.matchAll(nameQuestion)) {
    const lineEnd = text.indexOf('\n', q.index);
    if (lineEnd === -1) continue;
    const next = text.indexOf('\n', lineEnd + 1);
    const line = text.slice(lineEnd + 1, next === -1 ? text.length : next);
    const answer = spokenAnswer.exec(line);
    if (answer !== null)
      add(lineEnd + 1 + answer[0].length - (answer[1] as string).length, answer[1] as string);
  }
}

const lowerWord = "[a-z][a-z'’-]{1,20}";
const lowerName = `(${lowerWord} ${lowerWord}(?: ${lowerWord})?)(?![a-zA-Z\\u00c0-\\u024f'’-])`;
const introductions = ['my name is ', "my name's ", 'this is ', 'i am ', "i'm ", 'i’m '];
const spokenIntroduction = sticky(
  new RegExp(`(?:my name is|my name's|this is|i am|i['’]m)[ ,]+${lowerName}`, 'g'),
);
/** A question for someone's name: `can i get your full name please`, `who am i speaking with`. */
const nameQuestion =
  /\b(?:your (?:full |first and last |first and surname |complete )?name|who am i speaking (?:to|with))\b[^\n]*$/gm;
/** The reply on the next line: a transcript turn's speaker and time, fillers, then the name. */
const spokenAnswer = new RegExp(
  `^[ \\t]*(?:\\[[\\d:.,]{4,12}\\][ \\t]*)?(?:[\\p{L}][\\p{L}\\p{N} .()'’_-]{0,31}:[ \\t]*)?(?:(?:yeah|yes|yep|sure|um|uh|hi|ok|okay|so|it's|its|it is|my name is|this is)[ ,]+)*${lowerName}`,
  'u',
);
