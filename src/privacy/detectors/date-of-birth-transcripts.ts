import { splitRow } from './date-of-birth-columns.js';
import { trigger, triggeredBefore } from './date-of-birth-cues.js';
import { cueHeader, matchAt, turnHeader } from './scan.js';

/**
 * DATE_OF_BIRTH readers for conversations: a date under markup below a birth label, a transcript's
 * turn answering a question about the birth date (`markupLabelled`), and dates said in words as
 * speech-to-text writes them (`spokenDates`).
 */

/**
 * `Born ⏎ <time ⏎ dateTime="1990-11-23">` (JSX, HTML, a snapshot file): the label ends a line above
 * the date, with only tags and attributes between; or a transcript's turn answers the question before it.
 */
export function markupLabelled(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 10 && jsonTurnLabelled(text, start)) return true;
  const from = text.lastIndexOf('\n', start - 1) + 1;
  if (from < 2 || start - from > 400) return false;
  const prefix = text.slice(from, start);
  // `Agent: and your date of birth?` ⏎ `Caller: 04/11/1979`: a transcript's turn answering the one before.
  if (speakerTurn.test(prefix)) {
    let lineStart = text.lastIndexOf('\n', from - 2) + 1;
    let previous = text.slice(lineStart, from - 1);
    // SRT and WebVTT part two turns by a blank line, the cue's number and its timing: skipped.
    for (let k = 0; k < 3 && lineStart >= 2 && cueHeader.test(previous); k++) {
      const end = lineStart - 1;
      lineStart = text.lastIndexOf('\n', end - 1) + 1;
      previous = text.slice(lineStart, end);
    }
    // A transcript exported as JSON lines: the question is the previous item's text.
    const said = (turnText.exec(previous)?.[1] ?? previous).trim();
    return asksForBirthDate(said);
  }
  // Otter, Zoom and Teams exports put each turn under a `Gareth Pugh  0:13` line: the date opens a
  // turn whose question is the last line of the turn above.
  if (prefix.trim() === '' && from >= 2) {
    const headerStart = text.lastIndexOf('\n', from - 2) + 1;
    if (turnHeader.test(text.slice(headerStart, from - 1))) {
      const above = text.slice(Math.max(0, headerStart - 400), headerStart).trimEnd();
      return asksForBirthDate(above.slice(above.lastIndexOf('\n') + 1).trim());
    }
  }
  if (!markupPrefix.test(prefix)) return false;
  let end = from - 1;
  for (let lines = 0; lines < 4 && end > 0; lines++) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(lineStart, end).trim();
    if (!markupLine.test(line))
      return endsWithTrigger(line) && !(lines === 0 && headerOverRow(text, line, from));
    end = lineStart - 1;
  }
  return false;
}

/**
 * `{"author": {"type": "admin"}, "body": "<p>Sure - what is the correct date of birth?</p>"}, {"author":
 * {"type": "user"}, "body": "<p>It should be 02/09/1985.</p>"}` (Intercom's conversation parts; a
 * chat API's `content`, Slack's `text`), on one line or many: the date opens a message's text, after
 * its markup and up to three words, and the message before it, under the same key, asks for the birth
 * date with a question or a prompt's colon.
 */
function jsonTurnLabelled(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  if (!before.includes('":')) return false;
  const m = messageOpening.exec(before);
  if (m === null) return false;
  const keyAt = start - before.length + m.index;
  const previous = text.lastIndexOf(`"${m[1]}"`, keyAt - 1);
  if (previous === -1 || keyAt - previous > 4000) return false;
  const value = matchAt(messageValue, text, previous);
  if (value === null) return false;
  const said = (value[1] as string)
    .replace(/\\[nrt]/g, ' ')
    .replace(/<[^<>]{0,200}>/g, ' ')
    .trim();
  // Asked, not told: `I need to update my date of birth.` is followed by anything.
  return (said.endsWith('?') || said.endsWith(':')) && asksForBirthDate(said);
}

/** A message's text key and its value's opening: tags (`<p>`), up to three words (`It should be `). */
const messageOpening =
  /"(body|content|text|message|transcript|utterance|Content|Text|Body|Message)"[ \t]*:[ \t]*"(?:<[a-z][^<>"]{0,60}>)*[ \t]*(?:[\p{L}'’]{1,20}[,.!:]?[ \t]+){0,3}$/u;
/** A message text key's string value (escapes kept). */
const messageValue = /"[A-Za-z]+"[ \t]*:[ \t]*"((?:[^"\\]|\\.){0,2000})"/y;

/**
 * `Can you confirm your date of birth for the address change?`, `and your date of birth`: a question
 * about it; or a list of what to send with the birth date an item of it (`Igen: születési hely és idő,
 * anyja neve, személyi igazolvány száma.`).
 */
function asksForBirthDate(said: string): boolean {
  return (
    thaiBirthRequest.test(said) ||
    endsWithTrigger(said.replace(/[?¿.!]+$/, '')) ||
    requestsBirthDate(said) ||
    (said.endsWith('?') && (triggeredBefore(lastSentence(said)) || asksAlongside(lastSentence(said)))) ||
    listsBirthDate(said)
  );
}

/**
 * `ขอวันเกิดด้วยค่ะ` (the birthday too, please), `วันเกิดวันที่เท่าไหร่ครับ` (what date is your
 * birthday): Thai asks with no question mark, the birth word glued to the request and a polite
 * particle ending the message.
 */
const thaiBirthRequest =
  /(?:ขอ|แจ้ง|ระบุ|บอก)(?:วันเดือนปีเกิด|วันเกิด)(?:ด้วย|หน่อย)?(?:ค่ะ|คะ|ครับ|นะคะ|นะครับ|จ้ะ|จ้า)?[ \t?]*$|เกิด(?:วันที่)?(?:เท่าไหร่|เท่าไร|อะไร|ไหน)(?:ค่ะ|คะ|ครับ)?[ \t?]*$/;

/**
 * `본인 확인을 위해 생년월일 알려주세요`, `生年月日を教えてください`: Korean and Japanese ask for the birth
 * date with a polite request after it (`requestAfter`), often with no question mark.
 */
function requestsBirthDate(said: string): boolean {
  for (const m of said.matchAll(cjkBirthWord))
    if (requestFollows(said.slice((m.index as number) + m[0].length))) return true;
  return false;
}

/** Whether `rest`, what follows a birth word on its line, is a request (`requestAfter`): a short one only. */
export const requestFollows = (rest: string): boolean => rest.length <= 60 && requestAfter.test(rest);

const cjkBirthWord = /생년월일|생일|生年月日|誕生日/g;

/**
 * A polite request closing the line after a birth word, its particle first: Korean `(을) 알려주세요`,
 * `말씀해 주시겠어요?`, `입력 부탁드립니다`; Japanese `を教えてください`, `をご入力ください`.
 */
const requestAfter =
  /^[ \t]*(?:[을를은도]|を|も)?[ \t]*(?:(?:좀|다시|먼저|한[ \t]?번)[ \t]*)?(?:(?:알려|말씀해|입력해|확인해|불러|적어)[ \t]*(?:주세요|주시겠어요|주시겠습니까|주십시오|주실래요|줘요?)|(?:말씀|확인|입력)?[ \t]*부탁(?:드립니다|드려요|해요)|(?:教えて|お知らせ|ご入力|ご記入|入力して)(?:ください|下さい|いただけますか|もらえますか))[ \t.?!~。？]*$/;

/**
 * `can you confirm your date of birth and the last 4 digits of your card?`: the birth date asked for
 * with something else after it, whose number (`4 digits`) is no date.
 */
function asksAlongside(question: string): boolean {
  for (const t of question.matchAll(trigger)) {
    const rest = question.slice((t.index as number) + t[0].length);
    if (alsoAsked.test(rest) && !dateLike.test(rest)) return true;
  }
  return false;
}

const alsoAsked = /^[ \t]*(?:,|and\b|&|as well as\b|plus\b)[^?\n]{0,80}\?$/i;
const dateLike = /\d[./-]\d|\d{4}/;

/** `Thanks for the date of birth. And your phone?`: the question is the last sentence only. */
function lastSentence(said: string): string {
  const end = Math.max(said.lastIndexOf('. '), said.lastIndexOf('! '), said.lastIndexOf('。'));
  return end === -1 ? said : said.slice(end + 1);
}

/** Items after a birth word: `, anyja neve, személyi igazolvány száma.`; no number, nothing asked. */
const moreItems = /^(?:[ \t]*,[^,\d?!:;]{1,40})*[ \t]*[.:!]?[ \t]*$/;

function listsBirthDate(said: string): boolean {
  if (!said.includes(',')) return false;
  for (const t of said.matchAll(trigger)) {
    const at = t.index as number;
    if (
      /[:,][ \t]*$/.test(said.slice(Math.max(0, at - 4), at)) &&
      moreItems.test(said.slice(at + t[0].length))
    )
      return true;
  }
  return false;
}

/** Whether a birth-date word ends `line` (a colon after it allowed): `Born`, `Date of birth:`. */
function endsWithTrigger(line: string): boolean {
  const bare = line.replace(/[\s:-]+$/, '');
  for (const t of bare.matchAll(trigger)) if ((t.index as number) + t[0].length === bare.length) return true;
  return false;
}

/**
 * A delimited header whose last column is the birth date (`Timestamp,Full name,Email,Date of
 * birth`) over a row of as many cells (`3/14/2024 9:01:12,Ana Lima,ana.lima@gmail.com,7/2/1991`):
 * the date opening the row is the first column's, not the birth column's (the table readers take
 * that one).
 */
function headerOverRow(text: string, header: string, rowStart: number): boolean {
  let rowEnd = text.indexOf('\n', rowStart);
  if (rowEnd === -1) rowEnd = text.length;
  const row = text.slice(rowStart, rowEnd);
  for (const sep of cellDelimiters) {
    if (!header.includes(sep) || !row.includes(sep)) continue;
    const cells = splitRow(header, sep).length;
    if (cells >= 2 && splitRow(row, sep).length === cells) return true;
  }
  return false;
}

const cellDelimiters = [',', '\t', ';', '|'] as const;

const markupPrefix = /^\s*(?:[\w:-]+=\{?["']?|>)?$/;
/**
 * A turn's opening: a time stamp (`[00:00:47]`, `00:00:19 |`, `18:40`, `[12/3/24, 19:21]`), the speaker
 * and a colon (or a JSON item's text key; or a tab after a time and the sender, as a LINE export
 * writes `14:07⇥SENDER⇥message`), then up to two words before the answer: `Sure, `, `It's `,
 * a birthplace (`Miskolc, ` when asked for place and date of birth), a name when asked for name and
 * date (`Leonora Vasquez-Hill, `: a word may join two with a hyphen). KakaoTalk's PC export brackets
 * the speaker and the time instead: `[박서연] [오후 2:15] `.
 */
const speakerTurn =
  /^[ \t]*(?:(?:\[[\d:.,/ APMapm]{4,24}\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}|\d{1,2}:\d{2}(?::\d{2})?)[ \t]*(?:[|–-][ \t]*)?)?(?:[\p{L}][\p{L}\p{N} .()'’_-]{0,40}:|(?<=^\d{1,2}:\d{2}\t)[^\t\n]{1,40}\t|\{?.{0,300}"(?:Content|content|text|Text|transcript|utterance)"[ \t]*:|\[[\p{L}][\p{L}\p{N} .'’_-]{0,40}\][ \t]?\[(?:오전|오후|AM|PM)?[ \t]?\d{1,2}:\d{2}\])[ \t]*"?(?:[\p{L}'’]{1,20}(?:-[\p{L}'’]{1,20})?[,.!]?[ \t]+){0,2}$/u;
const turnText = /"(?:Content|content|text|Text|transcript|utterance)"[ \t]*:[ \t]*"((?:[^"\\]|\\.)*)"/;
const markupLine = /^(?:<\/?[\w:.-]+(?:\s[^<>]*)?>?|[\w:-]+=(?:"[^"]*"|'[^']*'|\{[^{}]*\})|\/?>)?$/;

const ones = 'one|two|three|four|five|six|seven|eight|nine';
const tens = 'twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety';
const teens = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const spokenYear = `(?:\\d{4}|['’]?\\d{2}(?![\\d:])|(?:nineteen|twenty)[ -](?:(?:${tens})(?:[ -](?:${ones}))?|${teens}|oh[ -](?:${ones}))|two thousand(?:(?: and)?[ -](?:(?:${tens})(?:[ -](?:${ones}))?|${teens}|${ones}))?|(?:${tens})(?:[ -](?:${ones}))?)`;
const spokenDay = `(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|${teens.replace('twelve', 'twelf').replaceAll('|', 'th|')}th|twentieth|thirtieth|(?:twenty|thirty)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))`;
const spokenMonth = 'january|february|march|april|may|june|july|august|september|october|november|december';

/**
 * A date said in words, as speech-to-text writes it: `june third nineteen ninety one`, `Twenty third
 * of April, eighty seven`, `the 3rd of may two thousand and four` (English); its year may be written
 * in digits, two of them too (`Second of November, 1968`, `July 9th, 83`).
 */
const spokenDate = new RegExp(
  `\\b(?:(?:${spokenMonth}),?[ \\t]+(?:the[ \\t]+)?${spokenDay}|(?:the[ \\t]+)?${spokenDay}[ \\t]+of[ \\t]+(?:${spokenMonth})),?[ \\t]+${spokenYear}\\b`,
  'gi',
);

const ordinalHint = /(?:first|second|third|th\b|\d(?:st|nd|rd))/i;

/** Spoken dates on the lines that hold a birth word or follow one (see `triggerLines`). */
export function spokenDates(text: string, lines: number[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let l = 0; l < lines.length; l += 2) {
    const from = lines[l] as number;
    const window = text.slice(from, lines[l + 1]);
    // A spoken date holds an ordinal (`third`, `3rd`, `twenty first`): most windows have none.
    if (!ordinalHint.test(window)) continue;
    for (const m of window.matchAll(spokenDate)) found.push([from + m.index, from + m.index + m[0].length]);
  }
  return found;
}
