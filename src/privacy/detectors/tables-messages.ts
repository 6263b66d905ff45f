import { addGroup, type Cell, push, quotedCell, type TableCells } from './tables-cells.js';

/**
 * Readers of message formats with positional fields: X12 (`NM1*`, `DMG*`), HL7 v2 (`PID|`, `NK1|`)
 * and SWIFT MT (`:50K:`, MT940's `?32`).
 */

const x12Headers = [
  'last_name',
  'first_name',
  'middle_name',
  'contact_name',
  'phone',
  'date_of_birth',
  'ssn',
];

/**
 * ASC X12 health care transactions (837 claims, 834 enrolments, 270/271 eligibility): `~`-ended
 * segments of `*`-separated elements, named by segment and position. Read: the family, given and
 * middle names of a person (`NM1*IL*1*BEAUCHAMP*LORRAINE`, entity type 1), a contact's name and phone
 * numbers (`PER*IC*JANELLE FORTIER*TE*4048723310`), a birth date (`DMG*D8*19710311`) and a social
 * security number (`REF*SY*529441806`; an NM1's id under qualifier 34, which names it an SSN; and an
 * 834's subscriber number, `REF*0F`, when it is nine digits, as enrolment files key members by SSN).
 */
export function x12Elements(text: string, out: TableCells): void {
  let base = -1;
  const cell = (from: number, to: number, column: number): void => {
    if (to <= from) return;
    if (base === -1) base = addGroup(out, x12Headers);
    push(out, from, to, to, base + column, undefined);
  };
  for (const m of text.matchAll(x12Segment)) {
    const id = m[1] as string;
    const elements: Array<[number, number]> = [];
    let from = (m.index as number) + m[0].indexOf('*') + 1;
    const end = (m.index as number) + m[0].length;
    for (let star = text.indexOf('*', from); ; star = text.indexOf('*', from)) {
      const to = star === -1 || star > end ? end : star;
      elements.push([from, to]);
      if (to === end) break;
      from = to + 1;
    }
    const value = (i: number): string => {
      const e = elements[i - 1];
      return e === undefined ? '' : text.slice(e[0], e[1]);
    };
    const at = (i: number, column: number): void => {
      const e = elements[i - 1];
      if (e !== undefined) cell(e[0], e[1], column);
    };
    if (id === 'NM1' && value(2) === '1') {
      at(3, 0);
      at(4, 1);
      at(5, 2);
      if (value(8) === '34') at(9, 6);
    } else if (id === 'PER') {
      at(2, 3);
      for (let q = 3; q + 1 <= elements.length; q += 2)
        if (/^(?:TE|CP|FX|HP|WP)$/.test(value(q))) at(q + 1, 4);
    } else if (id === 'DMG' && value(1) === 'D8') at(2, 5);
    else if (id === 'REF' && (value(1) === 'SY' || (value(1) === '0F' && /^\d{9}$/.test(value(2))))) at(2, 6);
  }
}

const x12Segment = /(?<=^|~[ \t]*(?:\r?\n)?)(NM1|PER|DMG|REF)\*[^~\n]*/gm;

/** An HL7 XCN field names a provider after an id (`1184629375^WHITFIELD^ELENA^^^DR^^^NPI`). */
const xcn = 'provider_full_name';

/** The HL7 v2 fields that hold a person's name or birth date, by segment and position. */
const hl7Labels: Readonly<Record<string, ReadonlyArray<readonly [number, string]>>> = {
  PID: [
    [3, 'patient_identifier_list'],
    [5, 'patient_name'],
    [7, 'date_of_birth'],
    [9, 'patient_alias_name'],
  ],
  NK1: [[2, 'next_of_kin_name']],
  PV1: [
    [7, xcn],
    [8, xcn],
    [9, xcn],
    [17, xcn],
  ],
  ORC: [[12, xcn]],
  OBR: [
    [16, xcn],
    [28, xcn],
  ],
};

const hl7Segment = /^(PID|NK1|PV1|ORC|OBR)\|/gm;

/**
 * HL7 v2 messages (`PID|1||0042217^^^HOSP^MR||HALVORSEN^TOVE||19580919|F|…`): fields are `|`
 * separated and named by position, so the name (PID-5, NK1-2) and birth date (PID-7) are read
 * under those names. A name field is one value, components and all (`FAMILY^GIVEN`).
 */
export function hl7Fields(text: string, out: TableCells): void {
  hl7Segment.lastIndex = 0;
  for (let m = hl7Segment.exec(text); m !== null; m = hl7Segment.exec(text)) {
    const labels = hl7Labels[m[1] as string] ?? [];
    const base = addGroup(
      out,
      labels.map(([, name]) => name),
    );
    let ssn = -1;
    const newline = text.indexOf('\n', m.index);
    let last = newline === -1 ? text.length : newline;
    if (text.charCodeAt(last - 1) === 13) last--;
    let from = m.index + 4;
    for (let field = 1; from <= last; field++) {
      let to = text.indexOf('|', from);
      if (to === -1 || to > last) to = last;
      const k = labels.findIndex(([position]) => position === field);
      if (k !== -1 && to > from) {
        const label = (labels[k] as readonly [number, string])[1];
        if (label === xcn) {
          const [s, e] = xcnName(text, from, to);
          if (e > s) push(out, s, e, e, base + k, undefined);
        } else if (label === 'patient_identifier_list') {
          // `318527764^^^SSA^SS`: an identifier of type SS is a social security number.
          for (const [s, e] of socialSecurityIds(text, from, to)) {
            if (ssn === -1) ssn = addGroup(out, ['ssn']);
            push(out, s, e, e, ssn, undefined);
          }
        } else push(out, from, to, to, base + k, undefined);
      }
      from = to + 1;
    }
  }
}

/** The `FAMILY^GIVEN` (and middle, when given) components of an XCN field `[from, to)`, or an empty span. */
function xcnName(text: string, from: number, to: number): [number, number] {
  const repeat = text.indexOf('~', from);
  const field = text.slice(from, repeat !== -1 && repeat < to ? repeat : to).split('^');
  const [id = '', family = '', given = '', middle = ''] = field;
  if (family === '' || given === '') return [from, from];
  const start = from + id.length + 1;
  return [start, start + family.length + 1 + given.length + (middle === '' ? 0 : middle.length + 1)];
}

/** The ids of type `SS` among the repetitions of PID-3 `[from, to)` (`ID^^^AUTHORITY^SS`). */
function socialSecurityIds(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let s = from; s < to; ) {
    let e = text.indexOf('~', s);
    if (e === -1 || e > to) e = to;
    const parts = text.slice(s, e).split('^');
    if (parts[4] === 'SS' && /^\d[\d-]{8,10}$/.test(parts[0] as string))
      out.push([s, s + (parts[0] as string).length]);
    s = e + 1;
  }
  return out;
}

/**
 * SWIFT messages: the name of an MT103's ordering customer (`:50K:`) and beneficiary (`:59:`), on
 * the field's first line or on the line after its `/account`; and the counterparty of an MT940
 * statement line in the `?32`/`?33` subfields of its `:86:` (German structured purpose).
 */
const swiftParty = /^:(50[AFK]?|59[AF]?):(?:\/[^\n]{1,40}\r?\n)?(?:1\/)?([^\n/:][^\n]{1,69})$/gm;
const mt940Name = /\?3[23]([^?\n]{2,54})/g;

export function swiftParties(text: string, out: Cell[]): void {
  swiftParty.lastIndex = 0;
  for (let m = swiftParty.exec(text); m !== null; m = swiftParty.exec(text)) {
    const header = (m[1] as string).startsWith('50') ? 'ordering_customer_name' : 'beneficiary_name';
    const start = m.index + m[0].length - (m[2] as string).length;
    out.push(quotedCell(text, header, start, start + (m[2] as string).trimEnd().length));
  }
  for (let line = text.indexOf(':86:'); line !== -1; line = text.indexOf(':86:', line + 4)) {
    const eol = text.indexOf('\n', line);
    mt940Name.lastIndex = line;
    for (
      let m = mt940Name.exec(text);
      m !== null && (eol === -1 || m.index < eol);
      m = mt940Name.exec(text)
    ) {
      out.push(quotedCell(text, 'payer_or_payee_name', m.index + 3, m.index + m[0].length));
    }
  }
}
