import { isUtf8 } from 'node:buffer';
import type { Edit } from './view.js';

/**
 * Mojibake: UTF-8 bytes read as Windows-1252 (a CSV export opened in Excel, a mail with a wrong
 * charset), so `Renée` reads `RenÃ©e` and `Łukasz` reads `Åukasz`. Each multi-byte character
 * became a lead (`Ã`, `Å`, `Ð`, `â`) and one or two characters standing for continuation bytes;
 * those runs, when they are valid UTF-8, are read back.
 */

/**
 * The characters Windows-1252 shows for the bytes 0x80–0xBF: 0xA0–0xBF and the five bytes it leaves
 * undefined (0x81 0x8D 0x8F 0x90 0x9D, passed through as C1 controls) as in Latin-1, the rest
 * typographic (WHATWG Encoding, index-windows-1252). Node's TextDecoder reads windows-1252 as Latin-1.
 */
const CONTINUATION =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ' +
  Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0xa0 + i)).join('');
const continuationByte = new Map([...CONTINUATION].map((ch, i) => [ch.charCodeAt(0), 0x80 + i]));
const continuationClass = [...CONTINUATION]
  .map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
  .join('');

/**
 * A sign that `mojibakeEdits` could change a text: a lead of a two-byte sequence (`Â`–`ß`) or of a
 * three-byte one (`à`–`ï`) followed by a continuation character. Text in Latin-1 letters rarely
 * has one: a continuation character is a C1 control, typographic punctuation or a symbol.
 */
export const mojibakeSign = new RegExp(`[\\u00c2-\\u00ef][${continuationClass}]`, 'g');
/** The same sign as a regex source to follow a match of one non-ASCII character, for a scan shared with the fold sign. */
export const mojibakeAfterNonAscii = `(?<=[\\u00c2-\\u00ef])[${continuationClass}]`;

/**
 * What a repair may give: a no-break space (`Â\u00a0` between digits), or a letter or mark of the
 * Latin, Greek, Cyrillic, Hebrew or Arabic blocks, or of any three-byte block. Not punctuation or
 * symbols, nor the rarer two-byte blocks: `Fuß…` and `CAFÉ–BAR` are valid UTF-8 too (U+07C5 and
 * U+0256), and a name is what a repair is for.
 */
const REPAIRED = /^(?:\u00a0|(?=[\p{L}\p{M}])[\u00c0-\u024f\u0370-\u06ff\u0800-\uffff])$/u;

/** Repairs each run of a lead and its continuation characters that is valid UTF-8 for a `REPAIRED` character. */
export function mojibakeEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  mojibakeSign.lastIndex = 0;
  for (let m = mojibakeSign.exec(text); m !== null; m = mojibakeSign.exec(text)) {
    const lead = text.charCodeAt(m.index);
    const size = lead < 0xe0 ? 2 : 3;
    const bytes = [lead];
    for (let k = 1; k < size; k++) bytes.push(continuationByte.get(text.charCodeAt(m.index + k)) ?? 0);
    const sequence = Buffer.from(bytes);
    if (!isUtf8(sequence)) continue;
    const value = sequence.toString('utf8');
    if (!REPAIRED.test(value)) continue;
    edits.push({ start: m.index, end: m.index + size, value });
    mojibakeSign.lastIndex = m.index + size;
  }
  return edits;
}
