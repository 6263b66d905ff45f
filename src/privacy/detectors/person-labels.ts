import type { Finding } from '../detector.js';
import { cellScore, teamLength } from './person-cells.js';
import { cjkNamed, hasHan } from './person-cjk.js';
import { cjkSpecific, type HeaderKind, headerKind } from './person-headers.js';
import { matchAt } from './scan.js';
import type { TableGroup } from './tables.js';

/**
 * PERSON's reader of `Label: value` lines whose label is in a script other than Latin (`ФИО: …`,
 * `שם מלא: …`, `氏名：…`), and of Japanese forms that space a label out instead of a colon.
 */

/**
 * Letters of the scripts whose labels the key reader (`keyedValues`) misses or cuts: Greek,
 * Cyrillic, Hebrew, Arabic, Devanagari and the Indic scripts after it to Malayalam (Bengali, Tamil:
 * `নাম: …`, `பெயர்: …`), Thai, and the fullwidth colon of Japanese and Chinese forms.
 */
export const labelScripts = /[\u0370-\u04ff\u0590-\u06ff\u0900-\u0d7f\u0e00-\u0e7f\u3000\uac00-\ud7a3\uff1a]/;
/** A line's label (from its first non-blank character), its colon and its value. */
const labelAt = /([^\s:：\d][^\n:：]{0,38}?)[ \t]*[:：][ \t]*([^\n]{2,100})$/my;
const anyLabel = /^[ \t]*([^\s:：\d][^\n:：]{0,38}?)[ \t]*[:：]/gm;
/** Where a line's value stops being one name: a comma (Arabic, fullwidth, ideographic), a semicolon, a bar, a parenthesis. */
const valueEnd = /[,،，、;；؛|(（]/;
const addressNext = /^(?:現住所|住所|連絡先|所在地)/;
const trailingHonorific = /[ \u3000]?(?:様|さん|殿|先生|女士|小姐|经理|經理|律师|律師|老师|老師)$/;
const kanaOnly = /^[\p{sc=Hiragana}\p{sc=Katakana}ー \u3000]+$/u;
/** Labels of a name's kana reading: `フリガナ`, `ふりがな`, `氏名カナ`, `セイ`, `メイ`. */
const readingLabel = /カナ|かな|フリガナ|ふりがな|^セイ$|^メイ$/;

/**
 * `Label: value` lines whose label is written in a script other than Latin (`ФИО: …`, `שם מלא: …`,
 * `ग्राहक का नाम: …`, `フリガナ：…`). The key reader takes a key of one word of letters: it keeps
 * only the last word of `Полное имя`, stops at the vowel signs of Devanagari and Thai, and knows no
 * fullwidth colon. Under a bare label, the labels of the text are the record's columns (`tableKind`).
 */
export function labelledLines(text: string, out: Finding[]): void {
  const lines: Array<{ kind: HeaderKind; start: number; value: string }> = [];
  for (let from = 0; from < text.length; ) {
    let eol = text.indexOf('\n', from);
    if (eol === -1) eol = text.length;
    let k = from;
    while (k < eol && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const m = text.charCodeAt(k) >= 128 ? (matchAt(labelAt, text, k) ?? spacedLabel(text, k, eol)) : null;
    from = eol + 1;
    if (m === null) continue;
    const label = m[1] as string;
    const kind = headerKind(label);
    if (kind === undefined || kind === 'not') continue;
    const raw = m[2] as string;
    const cut = raw.search(valueEnd);
    let value = (cut === -1 ? raw : raw.slice(0, cut)).trimEnd().replace(trailingHonorific, '');
    // `인사팀 이하늘`, `営業部 田中太郎`: the person's team before the name.
    const team = teamLength(value);
    value = value.slice(team);
    // Japanese writes every label with a fullwidth colon, in prose as in forms (`担当者：営業部`, person
    // in charge: sales department; `名前：テスト`, name: test): Han and Hangul there must open with a
    // family name, and kana must be under a reading label (`フリガナ`).
    if (
      hasHan.test(value)
        ? !cjkNamed(value, kind !== 'bare')
        : kanaOnly.test(value) && !readingLabel.test(label)
    )
      continue;
    // A résumé gives the reading of the address too, on the line above it (`ふりがな　とうきょうと…` over `現住所`).
    if (readingLabel.test(label) && addressNext.test(text.slice(from, from + 8).trimStart())) continue;
    lines.push({ kind, start: m.index + m[0].length - raw.length + team, value });
  }
  if (lines.length === 0) return;
  const group: TableGroup = { headers: lines.some((l) => l.kind === 'bare') ? labelsOf(text) : [] };
  for (const { kind, start, value } of lines) {
    const end = start + value.length;
    const score = cellScore(value, undefined, end, group, kind, text);
    if (score > 0) out.push({ type: 'PERSON', start, end, score, detector: 'person' });
  }
}

/**
 * A Japanese form's label set off by fullwidth blanks instead of a colon, itself spaced out to the
 * column's width (`氏　　名　松井　美咲`, `ふりがな　まつい　みさき`): the label is the first blank-separated
 * parts that join into a name label; a match-like `[whole, label, value]` with the value's index.
 */
function spacedLabel(text: string, from: number, eol: number): RegExpExecArray | null {
  const line = text.slice(from, eol);
  if (!line.includes('\u3000') || line.includes('：')) return null;
  const parts = line.split(/(\u3000+)/);
  let label = '';
  let at = 0;
  for (let i = 0; i + 2 < parts.length && i < 6; i += 2) {
    label += parts[i] as string;
    at += (parts[i] as string).length + (parts[i + 1] as string).length;
    if (!cjkSpecific.test(label)) continue;
    const value = line.slice(at);
    const m = [line, label, value] as unknown as RegExpExecArray;
    m.index = from;
    return m;
  }
  return null;
}

/** Every line label of a text, in any script (`E-mail`, `رقم الجوال`). */
function labelsOf(text: string): string[] {
  const labels: string[] = [];
  anyLabel.lastIndex = 0;
  for (let m = anyLabel.exec(text); m !== null; m = anyLabel.exec(text)) labels.push(m[1] as string);
  return labels;
}
