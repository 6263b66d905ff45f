import { type Cell, quotedCell } from './tables-cells.js';
import { quotedRun } from './tables-tool-output.js';

/**
 * Readers of printed values: redis-cli replies, Jackson's errors, PHP's `print_r`/`var_dump`, R's
 * `str()` and psql's expanded display (`\x`).
 */

/** A line of redis-cli's reply to a list: its number and the quoted string. */
const numberedLine = /^[ \t]*(\d{1,5})\) "((?:[^"\\\n]|\\.){0,2000})"[ \t]*\r?$/gm;
/** A hash's field name, as `HGETALL` lists it. */
const hashField = /^[\p{L}_][\p{L}\p{N}_:.-]{0,63}$/u;

/**
 * redis-cli prints `HGETALL` (and `CONFIG GET`) as numbered lines, each field's name before its
 * value: `1) "first_name"` ⏎ `2) "Temitope"`. A run of lines numbered from 1, of even length,
 * whose odd lines are all field names, is read as fields and values.
 */
export function numberedPairs(text: string, out: Cell[]): void {
  let run: RegExpExecArray[] = [];
  const close = (): void => {
    if (
      run.length >= 2 &&
      run.length % 2 === 0 &&
      run.every((m, k) => k % 2 === 1 || hashField.test(m[2] as string))
    )
      for (let k = 1; k < run.length; k += 2) {
        const m = run[k] as RegExpExecArray;
        const value = m[2] as string;
        if (value === '') continue;
        const start = m.index + m[0].indexOf('"') + 1;
        out.push(quotedCell(text, (run[k - 1] as RegExpExecArray)[2] as string, start, start + value.length));
      }
    run = [];
  };
  for (const m of text.matchAll(numberedLine)) {
    const previous = run[run.length - 1];
    const next =
      previous !== undefined &&
      Number(m[1]) === run.length + 1 &&
      text.lastIndexOf('\n', m.index - 1) < previous.index + previous[0].length + 1;
    if (!next) close();
    if (next || m[1] === '1') run.push(m);
  }
  close();
}

/**
 * Jackson's deserialisation errors: `Cannot deserialize value of type … from String "14/11/1983"`
 * … `(through reference chain: com.acme.CustomerDto["birthDate"])`. The strings the message quotes
 * (`from String "…"`, `Text '…'`) are values of the field the chain ends at.
 */
const referenceChain = /\(through reference chain: [^\n]{0,300}?\["([\p{L}_][\p{L}\p{N}_]{0,63})"\]\)/gu;
const jacksonQuoted = /(?:from String "((?:[^"\\\n]|\\.){1,200})"|Text '([^'\n]{1,200})')/g;

export function jacksonValues(text: string, out: Cell[]): void {
  let from = 0;
  referenceChain.lastIndex = 0;
  for (let m = referenceChain.exec(text); m !== null; m = referenceChain.exec(text)) {
    const header = m[1] as string;
    const message = text.slice(Math.max(from, m.index - 1200), m.index);
    const base = m.index - message.length;
    for (const q of message.matchAll(jacksonQuoted)) {
      const value = (q[1] ?? q[2]) as string;
      const start = base + (q.index as number) + q[0].length - value.length - 1;
      out.push(quotedCell(text, header, start, start + value.length));
    }
    from = m.index + m[0].length;
  }
}

/**
 * PHP's `print_r` (`    [first_name] => Dragan`) and `var_dump` (`  ["dob"]=>` / `  string(10)
 * "1988-01-30"`): each value under its key.
 */
const printR = /^[ \t]*\[([\p{L}_][\p{L}\p{N}_.-]{0,63})\] => ([^\s(][^\n]{0,299}?)[ \t\r]*$/gmu;
const varDump =
  /^[ \t]*\["([\p{L}_][\p{L}\p{N}_.-]{0,63})"\]=>\r?\n[ \t]*string\(\d{1,6}\) "([^\n]{0,400})"[ \t\r]*$/gmu;

export function phpDumps(text: string, out: Cell[]): void {
  for (const re of [printR, varDump]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const header = m[1] as string;
      const value = m[2] as string;
      const start = m.index + m[0].trimEnd().length - value.length - (re === varDump ? 1 : 0);
      if (value !== '')
        out.push({
          header,
          headers: [header],
          value,
          start,
          end: start + value.length,
          quoted: re === varDump,
        });
    }
  }
}

/**
 * R's console: `str()` of a data frame (` $ name : chr  "Aarav Deshpande" "Ishita Banerjee" ...`,
 * ` $ dob  : Date, format: "1994-06-12" …`) and a printed list (`$name` / `[1] "Aarav Deshpande"`):
 * each string under its column or element name. A factor's strings are its levels, not values.
 */
const rStrLine = /^ \$ ([\p{L}_.][\p{L}\p{N}_.]{0,63}) *: (?:chr|Date, format:|POSIXct, format:) +(?=")/gmu;
const rListItem = /^\$([\p{L}_.][\p{L}\p{N}_.]{0,63})\r?\n\[1\] +(?=")/gmu;

export function rPrintouts(text: string, out: Cell[]): void {
  for (const re of [rStrLine, rListItem]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      quotedRun(text, m[1] as string, m.index + m[0].length, out);
  }
}

const expandedRecord =
  /^-(?:\[ RECORD \d+ \]|RECORD \d+)-*\+?-*\r?\n(?:[ \t]?[\p{L}_][\p{L}\p{N}_ .#/-]{0,63}\|.*(?:\r?\n|$))+/gmu;

/**
 * psql's expanded display (`\x`): each record a `-[ RECORD 1 ]-+----` line, then one
 * `column | value` line per column, the column names padded to one width. Spark's
 * `show(vertical=True)` is the same with `-RECORD 0-----` lines and a blank before each column.
 * Pushes each value under its column to `out`; returns the text with the records blanked (same
 * length), or `text` if none. A JSON object in a column (`record | {"given_name": "Ngaio", …}`,
 * a loader's rejected record) is left in place: its own pairs are the values.
 */
export function expandedRecords(text: string, out: Cell[]): string {
  return text.replace(expandedRecord, (record: string, at: number) => {
    let kept = '';
    let line = record.indexOf('\n') + 1;
    while (line < record.length) {
      const newline = record.indexOf('\n', line);
      const eol = newline === -1 ? record.length : newline;
      const bar = record.indexOf('|', line);
      const header = record.slice(line, bar).trim();
      const raw = record.slice(bar + 1, eol);
      const value = raw.trim();
      const start = at + bar + 1 + raw.indexOf(value);
      if (header !== '' && jsonObject.test(value)) {
        kept = kept.padEnd(start - at) + value;
      } else if (header !== '' && value !== '') {
        out.push({ header, headers: [header], value, start, end: start + value.length, separator: '|' });
      }
      line = eol + 1;
    }
    return kept.padEnd(record.length);
  });
}

/** A JSON object on one line, opening with its first key: `{"member_id": 20044187, … }`. */
const jsonObject = /^\{"[^"\n]{1,64}": ?.*\}$/;
