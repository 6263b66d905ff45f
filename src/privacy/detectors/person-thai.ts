import type { Finding } from '../detector.js';

/**
 * PERSON readers for Thai: a given and a family name after a title glued to them (`คุณสมศรี
 * วงศ์สวัสดิ์`, `นางสาวมาลี ใจดี`, `ดร.ธนากร แก้วประเสริฐ`), and the title glued to a cell's name.
 */

// `นางสาว` (Miss) may be glued to the word before it (`ติดต่อนางสาวมาลี`, contact Miss Malee); the
// shorter titles open words too (`ขอบคุณ`, thank you), so they must start one.
// Academic and medical titles are abbreviated with a dot, glued or set apart by a blank, and may be
// stacked (`ผศ.ดร.`): doctor, assistant and associate professor, physician, female physician, dentist.
// Forms abbreviate Miss, boy and girl the same way: `น.ส.`, `ด.ช.`, `ด.ญ.` (`น.ส.พรทิพย์ ศรีสุข`).
const thaiTitle =
  /(?:นางสาว|(?<![\u0e01-\u0e4e])(?:นาย|นาง|คุณ|(?:น\.ส|ด\.ช|ด\.ญ)\. ?|(?:(?:ดร|ผศ|รศ|นพ|พญ|ทพ)\. ?){1,2}))(?=[\u0e01-\u0e2e])/g;
const thaiRun = /[\u0e01-\u0e3a\u0e40-\u0e4e]+/y;
/**
 * Words that follow `คุณ`, `นาย` and `นาง` glued but name no one: `คุณภาพ` (quality), `คุณค่า`
 * (value), `คุณสมบัติ` (property), `นายก` (prime minister), `นายจ้าง` (employer), `นางฟ้า` (angel),
 * and `คุณ` as "you" before a verb (`คุณสามารถ`, you can).
 */
const thaiNotNames =
  /^(?:ภาพ|ค่า|สมบัติ|ธรรม|ประโยชน์|ลักษณะ|วุฒิ|งาม|แม่|พ่อ|ครู|หมอ|สามารถ|กำลัง|ต้อง|ควร|ช่วย|จะ|ได้|ก(?:รัฐ|อง)|จ้าง|หน้า|ทุน|ท่า|ฟ้า|พยาบาล)/;
/**
 * Words that open the phrase after a name (`คุณวิภาวรรณ วงศ์ประเสริฐ ที่เบอร์ …`, at the number …):
 * at, and, or, number, phone, who, is, will, got, to give, to tell, age.
 */
const thaiPhraseOpener = /^(?:ที่|และ|หรือ|เบอร์|โทร|ซึ่ง|เป็น|จะ|ได้|ให้|แจ้ง|อายุ)/;
/** Polite particles that end a Thai sentence, never a family name. */
const thaiParticles = new Set(['ครับ', 'ค่ะ', 'คะ', 'นะ', 'จ้ะ', 'จ้า']);

/**
 * Thai names after a title glued to them (`คุณสมศรี วงศ์สวัสดิ์`, `นางสาวมาลี ใจดี`): the given name,
 * a blank, and the family name, which ends its line, a clause (punctuation) or the Thai text. Thai
 * writes no blanks between words but puts one between a given and a family name, and between
 * phrases: a family name must be the last word before something else to be told from a phrase.
 */
export function thaiTitled(text: string, out: Finding[]): void {
  if (!thaiScript.test(text)) return;
  thaiTitle.lastIndex = 0;
  for (let m = thaiTitle.exec(text); m !== null; m = thaiTitle.exec(text)) {
    const start = m.index + m[0].length;
    thaiRun.lastIndex = start;
    const given = thaiRun.exec(text)?.[0] ?? '';
    const blank = start + given.length;
    if (given.length < 2 || given.length > 12 || thaiNotNames.test(given) || text.charCodeAt(blank) !== 32)
      continue;
    thaiRun.lastIndex = blank + 1;
    const family = thaiRun.exec(text)?.[0] ?? '';
    const end = blank + 1 + family.length;
    // (`คุณธนากร ที่เบอร์ …`: the word after the blank opens a phrase, at the number …)
    if (
      family.length < 3 ||
      family.length > 20 ||
      thaiParticles.has(family) ||
      thaiPhraseOpener.test(family) ||
      !thaiLast(text, end)
    )
      continue;
    out.push({ type: 'PERSON', start, end, score: 0.7, detector: 'person' });
    thaiTitle.lastIndex = end;
  }
}

const thaiScript = /[\u0e01-\u0e4e]/;
/** A Thai title glued to the start of a cell's name (see `thaiTitle`). */
export const thaiCellTitle =
  /^(?:นางสาว|นาย|นาง|คุณ|(?:น\.ส|ด\.ช|ด\.ญ)\. ?|(?:(?:ดร|ผศ|รศ|นพ|พญ|ทพ)\. ?){1,2})(?=[\u0e01-\u0e2e])/;

/** Whether a Thai word ending at `end` is the last of its phrase: a line's or the text's end, punctuation, or other text. */
function thaiLast(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (c === 10 || c === 13 || c === 44 || c === 46 || c === 41 || c === 40 || c === 33 || c === 63)
    return true;
  if (c !== 32) return false;
  const d = text.charCodeAt(end + 1);
  if (d >= 0x0e01 && d <= 0x0e4e) {
    thaiRun.lastIndex = end + 1;
    const next = thaiRun.exec(text)?.[0] ?? '';
    return thaiParticles.has(next) || thaiPhraseOpener.test(next);
  }
  return true;
}
