import { isSpace } from './scan.js';
import type { Cell } from './tables-cells.js';
import { normalizeHeader } from './tables-headers.js';
import { hasDigit, isMeasure, listItems, profiledName, statOf } from './tables-profiles.js';

/**
 * Key/value readers of records (JSON objects, YAML flow mappings): certificate names, referenced
 * answers, typed wrappers, name/value pairs, and data catalogues' sample values.
 */

/**
 * The EU Digital COVID Certificate's `nam` object names its holder by short keys: `fn` and `gn`
 * (family and given name), `fnt` and `gnt` (the same, standardised as ICAO 9303 writes them:
 * `GRUBER<MAYRHOFER`). Each is put under the name field it is: `{ "fn": "Gruber-Mayrhofer", … }`.
 */
export function certificateNames(text: string, out: Cell[]): void {
  for (const m of text.matchAll(certificateName)) {
    const open = (m.index as number) + m[0].length;
    const close = text.indexOf('}', open);
    if (close === -1 || close - open > 600) continue;
    for (const cell of out) {
      const field = cell.start > open && cell.end < close ? certificateFields.get(cell.header) : undefined;
      if (field !== undefined) renameCell(cell, field);
    }
  }
}

const certificateName = /["']nam["'][ \t]*:[ \t]*\{/g;
const certificateFields: ReadonlyMap<string, string> = new Map([
  ['fn', 'family_name'],
  ['fnt', 'family_name'],
  ['gn', 'given_name'],
  ['gnt', 'given_name'],
]);

/**
 * Typeform's answers name their question by the field's `ref` one level down, and hold the value
 * under the key their `type` names: `{ "type": "text", "text": "Aurélien", "field": { "id": "Xa1",
 * "type": "short_text", "ref": "prenom" } }`. The value is read under the `ref` (`prenom`).
 */
export function referencedAnswers(text: string, out: Cell[]): void {
  for (let i = 2; i < out.length; i++) {
    const ref = out[i] as Cell;
    if (ref.header !== 'ref' || !fieldIdentifier.test(ref.value)) continue;
    for (let j = i - 1; j > 0 && j >= i - 4; j--) {
      const cell = out[j] as Cell;
      const type = out[j - 1] as Cell;
      if (type.header !== 'type' || type.value !== cell.header) continue;
      const between = text.slice(cell.end, ref.start);
      if (between.split('{').length !== 2 || between.includes('}')) break;
      cell.header = ref.value;
      cell.headers = [ref.value];
      break;
    }
  }
}

/**
 * The type a typed JSON wraps a value in (see `typedValues`): Avro's primitive types, DynamoDB's
 * attribute types, Firestore's value fields, BigQuery's and GA4's `string_value`, MongoDB's `$date`.
 */
const typeTag =
  /^(?:S|N|B|BOOL|string|int|long|float|double|boolean|bytes|(?:string|timestamp|integer|double|boolean|bytes|reference)Value|(?:string|int|float|double)_value|date)$/;
/** A key, a colon and the wrapper's opening brace and key before its value, at the end of a slice. */
const wrapperHead =
  /(["'])([\p{L}_][\p{L}\p{N}_.-]{0,63})\1[ \t]*:[ \t\r\n]*\{[ \t\r\n]*(["'])(\$?)\w{1,16}\3[ \t]*:[ \t]*["']?$/u;

/**
 * Typed JSON wraps each value in an object holding one key, its type: Avro's JSON encoding of a
 * union (`"dob": {"string": "14/03/1990"}`), DynamoDB's attribute values (`"givenName": {"S":
 * "Marisela"}`), Firestore's REST fields (`"dob": {"timestampValue": "1987-04-09T12:00:00Z"}`),
 * MongoDB's extended JSON (`"dob": {"$date": "…"}`). The value is read under the key holding the
 * wrapper. An object with other keys beside the type's (`"birth": {"date": …, "place": …}`) is none.
 */
export function typedValues(text: string, out: Cell[]): Set<Cell> {
  const unwrapped = new Set<Cell>();
  for (const cell of out) {
    if (!typeTag.test(cell.header)) continue;
    let after = cell.end + (cell.quoted === true ? 1 : 0);
    while (isSpace(text.charCodeAt(after))) after++;
    if (text.charCodeAt(after) !== 125 /* } */) continue;
    const head = wrapperHead.exec(text.slice(Math.max(0, cell.start - 200), cell.start));
    // `$date` (MongoDB's) is the one tag written with a `$`; a plain `date` key is no tag.
    if (head === null || (head[4] === '$') !== (cell.header === 'date')) continue;
    cell.header = head[2] as string;
    cell.headers = [cell.header];
    unwrapped.add(cell);
  }
  return unwrapped;
}

/** The keys of a name/value pair: HubSpot's `propertyName`/`propertyValue`, GA4's `key`/`value`. */
const pairName = /^(?:property_?name|name|key|field|field_?name|attribute|attribute_?name)$/;
const pairValue = /^(?:property_?value|value|field_?value|attribute_?value)$/;
/** A field's name as a name/value pair gives it: an identifier (`firstname`, `date_of_birth`). */
const fieldIdentifier = /^[\p{L}_][\p{L}\p{N}_.-]{0,63}$/u;

/**
 * Whether the pairs `name` and `value` sit in one flow mapping on one line, where YAML leaves the
 * field's name unquoted: Liquibase's `- column: { name: full_name, value: "Chen Jiahui" }`.
 */
function flowMapping(text: string, name: Cell, value: Cell): boolean {
  const from = Math.min(name.start, value.start);
  const to = Math.max(name.end, value.end);
  // (Both searches bounded by the 400 characters a mapping may span: a long text without braces must
  // not be read back to its start for each of its pairs.)
  const reach = Math.max(0, to - 400);
  const opened = text.slice(reach, from + 1).lastIndexOf('{');
  if (opened === -1) return false;
  const open = reach + opened;
  const closed = text.slice(to, open + 401).indexOf('}');
  if (closed === -1) return false;
  const close = to + closed;
  const inside = text.slice(open, close);
  return !inside.includes('\n') && inside.lastIndexOf('{') === 0;
}

/**
 * Name/value pairs spell a field's name as a value beside the field's value, in one object:
 * HubSpot's webhooks and forms (`{"propertyName": "firstname", "propertyValue": "Oluwaseun"}`),
 * GA4's event parameters (`{"key": "first_name", "value": {"string_value": "Ana"}}`), AWS tags
 * (`{"Key": "Owner", "Value": …}`). The value is read under the field's name, when that is an
 * identifier (a `name` holding a person's name names no field). A value read from its typed
 * wrapper (`unwrapped`, see `typedValues`) is one brace deeper than its name.
 */
export function namedValues(text: string, out: Cell[], unwrapped: ReadonlySet<Cell>): void {
  let nested: Map<number, string> | undefined;
  for (let i = 0; i < out.length; i++) {
    const cell = out[i] as Cell;
    if (!pairValue.test(normalizeHeader(cell.header))) continue;
    for (const j of [i - 1, i + 1]) {
      const name = out[j];
      if (
        name === undefined ||
        (name.quoted !== true && !flowMapping(text, name, cell)) ||
        !pairName.test(normalizeHeader(name.header))
      )
        continue;
      const [from, to] = j < i ? [name.end, cell.start] : [cell.end, name.start];
      const between = text.slice(from, to);
      const depth = unwrapped.has(cell) && j < i ? 1 : 0;
      if (
        !fieldIdentifier.test(name.value) ||
        between.split('{').length - 1 !== depth ||
        between.includes('}')
      )
        continue;
      cell.header = name.value;
      cell.headers = [name.value];
      break;
    }
    if (pairValue.test(normalizeHeader(cell.header))) labelledValue(text, out, i);
    if (pairValue.test(normalizeHeader(cell.header))) {
      nested ??= objectKeys(text);
      const key = nested.get(cell.start);
      if (key !== undefined) {
        cell.header = key;
        cell.headers = [key];
      }
    }
  }
}

/**
 * A key whose value is an object holding the value beside its metadata (`"Name": { "href": "",
 * "value": "نورة الشمري", "timestamp": 0 }`, Instagram's and Facebook's `string_map_data`), or one
 * level further down under a `date` or `value` object (Notion's date property: `"Birthday": {
 * "type": "date", "date": { "start": "1989-07-14", "end": null } }`, its `start`): the key, and where
 * the value string lies. An object that names its field itself (`"key"`, `"name"`, `"label"` before
 * the value: a name/value pair) is left to `namedValues`.
 */
export function* nestedValues(text: string): Generator<NestedValue> {
  if (!text.includes('"value"') && !text.includes('"start"')) return;
  for (const m of text.matchAll(objectKey)) {
    if (selfNamed.test(m[2] as string)) continue;
    const end = (m.index as number) + m[0].length - 1;
    yield { key: m[1] as string, keyStart: m.index as number, start: end - (m[3] as string).length, end };
  }
}

/** A value `nestedValues` reads: its key, where the key's quote opens, and where the value lies. */
export interface NestedValue {
  key: string;
  keyStart: number;
  start: number;
  end: number;
}

const objectKey =
  /"([^"\n]{1,40})"[ \t]*:[ \t]*\{([^{}]{0,200}?)(?:"(?:date|value)"[ \t]*:[ \t]*\{[^{}]{0,200}?"(?:start|value)"|"value")[ \t]*:[ \t]*"([^"\n]{1,80})"/g;
/** A key by which an object names the field it holds (a name/value pair's, a form field's). */
const selfNamed = /"(?:key|name|label|field\w*|property_?name|attribute\w*)"[ \t]*:/i;

/** The keys of `nestedValues` by where their values start. */
function objectKeys(text: string): Map<number, string> {
  const keys = new Map<number, string>();
  for (const { key, start } of nestedValues(text)) keys.set(start, key);
  return keys;
}

/**
 * A form field as an object of its own, its label a few keys away from its value: Tally's `{ "key":
 * "question_7Kx1pd", "label": "Voornaam", "type": "INPUT_TEXT", "value": "Joost" }`. The value is read
 * under the label when the same object (no brace between, six keys either side) has a `type` too.
 */
function labelledValue(text: string, out: Cell[], i: number): void {
  const cell = out[i] as Cell;
  let label: string | undefined;
  let typed = false;
  for (const step of [-1, 1]) {
    for (let j = i + step, k = 0; k < 6 && j >= 0 && j < out.length; j += step, k++) {
      const other = out[j] as Cell;
      const [from, to] = step < 0 ? [other.end, cell.start] : [cell.end, other.start];
      if (to - from > 400 || /[{}]/.test(text.slice(from, to))) break;
      if (other.header === 'type') typed = true;
      else if (other.quoted === true && other.header === 'label' && fieldLabel.test(other.value))
        label = other.value;
    }
  }
  // A form field says its input type: `{label: "Revenue", value: 1200}` (a chart's point) is none.
  if (label === undefined || !typed) return;
  cell.header = label;
  cell.headers = [label];
}

/** A form field's label: a few words (`Voornaam`, `Geboortedatum (i.v.m. de verzekering)`). */
const fieldLabel = /^\p{L}[\p{L}\p{M}\p{N} .,'()/-]{0,79}$/u;

/** A data catalog's key for a column's sample values: `sampleValues`, `sample_values`, `examples`. */
const sampleKey = /^(?:sample|example)_?values?$|^(?:samples|examples|sample_?data)$/;
/** Its key for the column's name: DataHub's `fieldPath`, OpenMetadata's `name`, `column_name`. */
const catalogField = /^(?:field_?path|field|field_?name|column|column_?name|name)$/;
/** The keys naming the column a catalog's page or a profile printout describes (`Asset: hms.patients.date_of_birth`). */
const profiledField = /^(?:field_?path|field|field_?name|column|column_?name|name|asset|attribute)$/;

/**
 * Data catalogs (DataHub, OpenMetadata, Amundsen, a dbt or Glue export) list a column's sample
 * values beside its name in one object: `{ "fieldPath": "full_name_ar", "sampleValues": ["خالد
 * إبراهيم المنصوري", …] }`. Each sample is read under the column's name. So are the other values
 * of the column its profile gives (see `statOf`), once the profile has measured it too (a count of
 * nulls or distinct values: without one, `min` and `max` are a rule's bounds): Metabase's
 * fingerprint `{"name": "date_of_birth", … "distinct-count": 15302, … {"earliest": "1921-03-04"}}`,
 * a catalog page's `Asset: hms_prod.patients.date_of_birth` … `nulls: 2.1%` … `min: 1921-03-15`,
 * `sample values: 1977-08-30, 2001-12-17` (read item by item to the end of the line).
 */
export function catalogSamples(text: string, out: Cell[]): void {
  let field: Cell | undefined;
  let name: string | undefined;
  let measured = false;
  const count = out.length;
  for (let i = 0; i < count; i++) {
    const cell = out[i] as Cell;
    const key = normalizeHeader(cell.header);
    if (profiledField.test(key) && (cell.quoted === true || cell.separator === ':')) {
      const profiled = profiledName(cell.value);
      if (cell.quoted === true && catalogField.test(key)) {
        field = cell;
        name = profiled;
        measured = false;
      } else if (profiled !== undefined && cell.value.length <= 128) {
        field = cell;
        name = profiled;
        measured = false;
      }
      continue;
    }
    if (field === undefined) continue;
    const label = cell.label ?? cell.header;
    const stat = sampleKey.test(key) ? 'samples' : statOf(label);
    if (stat === undefined) {
      if (isMeasure(label)) measured = true;
      continue;
    }
    if (!sameRecord(text, field, cell)) continue;
    if (stat === 'samples' && field.quoted === true) {
      cell.header = field.value;
      cell.headers = [field.value];
      continue;
    }
    if (name === undefined || (stat !== 'samples' && stat !== 'list' && !measured)) continue;
    if (cell.quoted === true || stat === 'single') {
      if (stat !== 'frequent' || !hasDigit(text, cell.start, cell.end)) renameCell(cell, name);
      continue;
    }
    // An unquoted list, its first item read alone: the rest of its line.
    let lineEnd = text.indexOf('\n', cell.start);
    if (lineEnd === -1) lineEnd = text.length;
    const items = listItems(text, cell.start, lineEnd);
    for (let k = 0; k < items.length; k += 2) {
      const a = items[k] as number;
      const b = items[k + 1] as number;
      if (stat === 'frequent' && hasDigit(text, a, b)) continue;
      if (a === cell.start) {
        cell.end = b;
        cell.value = text.slice(a, b);
        renameCell(cell, name);
      } else
        out.push({ header: name, headers: [name], value: text.slice(a, b), start: a, end: b, quoted: false });
    }
  }
  if (out.length > count) out.sort((a, b) => a.start - b.start);
}

function renameCell(cell: Cell, name: string): void {
  cell.header = name;
  cell.headers = [name];
  cell.label = undefined;
  cell.labelStart = undefined;
}

/**
 * Whether `cell` belongs to the record `field` opens: in the same JSON object, or for a field
 * that is no JSON string, in the same paragraph (no blank line between) within 1500 characters.
 */
function sameRecord(text: string, field: Cell, cell: Cell): boolean {
  if (field.quoted === true) return sameObject(text, field.end, cell.start);
  if (cell.start - field.end > 1500) return false;
  let blank = false; // whether the current line is blank so far
  for (let k = field.end; k < cell.start; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (blank) return false;
      blank = true;
    } else if (c !== 13 && c !== 32 && c !== 9) blank = false;
  }
  return true;
}

/** Whether `[from, to)` (up to 3000 characters) closes no object it did not open. */
function sameObject(text: string, from: number, to: number): boolean {
  if (to - from > 3000) return false;
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 123) depth++;
    else if (c === 125 && --depth < 0) return false;
  }
  return true;
}
