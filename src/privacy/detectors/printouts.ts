import { holds } from './scan.js';
import type { Cell } from './tables.js';

/**
 * Values under a label in three more notebook printouts, as key/value cells (see `keyedValues`):
 * XML elements, a pandas Series (`df.iloc[0]`) and R's `glimpse()`. Each is gated on a literal its
 * printout always holds (a Series on `dtype` among the keys already read: its footer is a pair), so
 * other texts pay an `includes` or none.
 */
export function printoutValues(text: string, out: Cell[], dtype: boolean): void {
  if (text.includes('</') && !htmlPage.test(text)) xmlElements(text, out);
  if (dtype) seriesValues(text, out);
  if (text.includes('$ ')) glimpseValues(text, out);
  if (holds(text, '.unique', '()')) uniqueValues(text, out);
}

/** A page or fragment of HTML (its tables are read by `tables.ts`, its prose as prose). */
const htmlPage = /<(?:html|body|div|table|td|p|span|br)[\s>/]/i;

const cell = (header: string, value: string, start: number, quoted: boolean, separator: string): Cell => ({
  header,
  headers: [header],
  value,
  start,
  end: start + value.length,
  quoted,
  separator,
});

/** `<birthDate>1991-04-23</birthDate>`: an element holding text only, on one line. */
const element = /<([A-Za-z_][\w.:-]{0,63})(?:[ \t][^<>\n]{0,300})?>([^<>\n]{1,300})<\/\1>/g;

/** HTML's own elements: their text is markup's, not a value under a label (tables are read apart). */
const html = new Set(
  'a abbr b bdi button caption cite code dd div dt em h1 h2 h3 h4 h5 h6 i label legend li option p pre q s small span strong sub summary sup td th title u'.split(
    ' ',
  ),
);

const isoParty = /<(Cdtr|Dbtr|UltmtCdtr|UltmtDbtr|InitgPty)>\s*(?:<Pty>\s*)?$/;
const isoParties: Readonly<Record<string, string>> = {
  Cdtr: 'creditor',
  Dbtr: 'debtor',
  UltmtCdtr: 'ultimate_creditor',
  UltmtDbtr: 'ultimate_debtor',
  InitgPty: 'initiating_party',
};

/** XML elements holding text (`<fullName>Ana Lima</fullName>`): the text under the element's local name. */
function xmlElements(text: string, out: Cell[]): void {
  for (const m of text.matchAll(element)) {
    const name = m[1] as string;
    if (html.has(name.toLowerCase())) continue;
    const raw = m[2] as string;
    const value = raw.trim();
    if (value === '') continue;
    let header = name.slice(name.lastIndexOf(':') + 1);
    // ISO 20022 payments (SEPA pain.001/008, camt.053): a party's `<Nm>` says whose name by its parent.
    if (header === 'Nm') {
      const party = isoParty.exec(text.slice(Math.max(0, m.index - 80), m.index));
      if (party !== null) header = `${isoParties[party[1] as string]}_name`;
    }
    const start = m.index + m[0].length - name.length - 3 - raw.length + raw.indexOf(value);
    out.push(cell(header, value, start, true, '>'));
  }
}

/** `Name: 0, dtype: object`, `dtype: object`, `Length: 5, dtype: int64`: the last line of a Series. */
const seriesFooter = /^(?:(?:Name|Length|Freq): [^\n]{0,200}, )?dtype: \w{1,32}[ \t]*$/gm;
/** A Series line: the index label, two or more blanks, the value (right-aligned). */
const seriesLine = /^(\S(?:[^\n]{0,126}?\S)?) {2,}(\S[^\n]{0,300}?)[ \t]*$/;

/**
 * A pandas Series printout (`df.iloc[0]`, `df.loc[42]`): one `label   value` line per column above
 * its `dtype:` footer. Each value is read under its label.
 */
function seriesValues(text: string, out: Cell[]): void {
  for (const m of text.matchAll(seriesFooter)) {
    let end = m.index - 1; // the newline ending the line above
    for (let lines = 0; end > 0 && lines < 1000; lines++) {
      const from = text.lastIndexOf('\n', end - 1) + 1;
      const line = text.slice(from, end).replace(/\r$/, '');
      const kv = seriesLine.exec(line);
      if (kv === null) break;
      const value = kv[2] as string;
      out.push(cell(kv[1] as string, value, from + line.length - value.length, false, ' '));
      end = from - 1;
    }
  }
}

/** `$ full_name <chr> "Aino Virtanen", "Kalle Räsänen", …`: a column of R's `glimpse()`. */
const glimpseLine = /^\$ ([^\s<$]{1,64}) +<[^<>\s]{1,24}> ([^\n]{1,4000})$/gm;
const glimpseValue = /"((?:[^"\\\n]|\\.){0,300})"|([^\s,"][^,\n]{0,300})/g;

/** R's `glimpse()`: each column's values on one line, quoted strings or bare values, `, ` apart. */
function glimpseValues(text: string, out: Cell[]): void {
  for (const m of text.matchAll(glimpseLine)) {
    const header = m[1] as string;
    const list = m[2] as string;
    const base = m.index + m[0].length - list.length;
    for (const v of list.matchAll(glimpseValue)) {
      const quoted = v[1] !== undefined;
      const value = (quoted ? v[1] : v[2]?.trimEnd()) as string;
      if (value === '' || value.endsWith('…')) continue;
      out.push(cell(header, value, base + v.index + (quoted ? 1 : 0), quoted, ' '));
    }
  }
}

/**
 * `df.agent_name.unique()` (or `df["agent_name"].unique()`) and the `array([…], dtype=object)` it
 * echoes on the next lines: each string of the array under the column.
 */
const uniqueCall =
  /(?:\.([A-Za-z_]\w{0,63})|\[["']([^"'\n]{1,64})["']\])\.unique\(\)[ \t]*\r?\n(?:[ \t]*\r?\n){0,2}(?:Out\[\d{1,5}\]: )?array\(\[/g;
/** One string of the array and the separator after it: `'Bridget Nakashima', ` (a line may break). */
const arrayString = /\s*(?:'((?:[^'\\\n]|\\.){0,300})'|"((?:[^"\\\n]|\\.){0,300})")\s*,?/y;

function uniqueValues(text: string, out: Cell[]): void {
  for (const m of text.matchAll(uniqueCall)) {
    const header = (m[1] ?? m[2]) as string;
    arrayString.lastIndex = m.index + m[0].length;
    for (let v = arrayString.exec(text); v !== null; v = arrayString.exec(text)) {
      const value = (v[1] ?? v[2]) as string;
      if (value !== '') out.push(cell(header, value, v.index + v[0].search(/['"]/) + 1, true, ' '));
    }
  }
}
