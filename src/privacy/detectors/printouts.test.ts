import { describe, expect, it } from 'vitest';
import { keyedValues } from './tables.js';

const pairs = (text: string) => keyedValues(text).map((c) => [c.header, text.slice(c.start, c.end)]);

describe('printoutValues (through keyedValues)', () => {
  it('reads XML elements holding text under their local name', () => {
    const text =
      '<c:customer id="7">\n  <c:fullName>Ana Lima</c:fullName>\n  <birthDate> 1991-04-23 </birthDate>\n</c:customer>';
    expect(pairs(text)).toEqual(
      expect.arrayContaining([
        ['fullName', 'Ana Lima'],
        ['birthDate', '1991-04-23'],
      ]),
    );
  });

  it("reads an ISO 20022 party's name under the party it names", () => {
    const text =
      '<Cdtr><Nm>Katharina Oberndorfer</Nm></Cdtr>\n<RltdPties><Dbtr><Pty><Nm>Reto Gubler</Nm></Pty></Dbtr></RltdPties>\n<Svcr><Nm>Bank</Nm></Svcr>';
    expect(pairs(text)).toEqual([
      ['creditor_name', 'Katharina Oberndorfer'],
      ['debtor_name', 'Reto Gubler'],
      ['Nm', 'Bank'],
    ]);
  });

  it("reads the strings of the array a column's unique() echoes under the column", () => {
    const text =
      "weekly.agent_name.unique()\n\narray(['Bridget Nakashima', 'Efrén Quintanilla',\n       'Ruth Abramowitz'], dtype=object)";
    expect(pairs(text).filter(([h]) => h !== 'dtype')).toEqual([
      ['agent_name', 'Bridget Nakashima'],
      ['agent_name', 'Efrén Quintanilla'],
      ['agent_name', 'Ruth Abramowitz'],
    ]);
  });

  it('reads a pandas Series above its dtype footer', () => {
    const text =
      '>>> df.iloc[0]\ncustomer_id            10231\nfull_name           Ana Lima\ndob               1991-04-23\nName: 0, dtype: object';
    expect(pairs(text)).toEqual(
      expect.arrayContaining([
        ['customer_id', '10231'],
        ['full_name', 'Ana Lima'],
        ['dob', '1991-04-23'],
      ]),
    );
  });

  it("reads R's glimpse(), quoted and bare values, not a truncated last one", () => {
    const text =
      'Rows: 3\n$ name <chr> "Ana Lima", "Bo Chen", "Cy…\n$ dob  <date> 1991-04-23, 1988-05-17, 1979-…';
    expect(pairs(text)).toEqual([
      ['Rows', '3'],
      ['name', 'Ana Lima'],
      ['name', 'Bo Chen'],
      ['dob', '1991-04-23'],
      ['dob', '1988-05-17'],
    ]);
  });

  it('handles a long line of tags, many dtype footers and a huge glimpse line (linear: the runner timeout is the only hang guard)', () => {
    const text = `${'<a>'.repeat(100_000)}\n${'x  y\ndtype: object\n'.repeat(20_000)}\n$ a <chr> ${'"b", '.repeat(50_000)}`;
    expect(keyedValues(text).length).toBeGreaterThan(20_000);
  });
});
