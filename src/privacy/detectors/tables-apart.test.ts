import { describe, expect, it } from 'vitest';
import { detectedPeople } from '../../../test/support/person-spans.js';
import { cellPairs, detectedBirthDates } from '../../../test/support/table-cells.js';

describe('rows under a column list written apart', () => {
  it("reads OpenMetadata's sampleData and pandas' split orient by position", () => {
    const sample =
      '{"columns":["kund_id","fornamn","efternamn"],"rows":[[10482,"Astrid","Lindqvist-Berg"],[10483,"Johan",null]]}';
    expect(cellPairs(sample)).toEqual([
      ['kund_id', '10482'],
      ['fornamn', 'Astrid'],
      ['efternamn', 'Lindqvist-Berg'],
      ['kund_id', '10483'],
      ['fornamn', 'Johan'],
    ]);
    // `to_json(orient="split")` puts the index between the columns and the data.
    const split =
      '{"columns":["nome","cognome","comune"],"index":[0,1],"data":[["Lorenzo","Marchetti","Bologna"]]}';
    expect(cellPairs(split)).toEqual([
      ['nome', 'Lorenzo'],
      ['cognome', 'Marchetti'],
      ['comune', 'Bologna'],
    ]);
    expect(detectedPeople(split)).toEqual(['Lorenzo', 'Marchetti']);
  });

  it('reads no rows after a column list without them, nor rows of another width', () => {
    expect(cellPairs('{"columns":["fornamn","efternamn"],"primaryKey":["id"],"owner":"dwh"}')).toEqual([]);
    expect(cellPairs('{"columns":["fornamn","efternamn"],"rows":[["Astrid","Lindqvist","Malmö"]]}')).toEqual(
      [],
    );
    expect(cellPairs('{"columns":["fornamn",2],"rows":[["Astrid","Lindqvist"]]}')).toEqual([]);
  });
});

describe('data-diff tuples', () => {
  const command =
    '$ data-diff postgresql:///crm klienci snowflake:///DWH KLIENCI -k id_klienta -c nazwisko -c email\n';

  it('reads each tuple under the key and extra columns its flags name', () => {
    const text = `${command}- ('40182', 'Wiśniewska', 'k.w@onet.pl')\n+ ('40182', 'Wiśniewska-Nowak', 'k.w@onet.pl')\n`;
    expect(cellPairs(text)).toEqual([
      ['id_klienta', '40182'],
      ['nazwisko', 'Wiśniewska'],
      ['email', 'k.w@onet.pl'],
      ['id_klienta', '40182'],
      ['nazwisko', 'Wiśniewska-Nowak'],
      ['email', 'k.w@onet.pl'],
    ]);
    expect(detectedPeople(text)).toEqual(['Wiśniewska', 'Wiśniewska-Nowak']);
  });

  it('reads no tuples without the command, nor tuples of another width', () => {
    expect(
      cellPairs("- ('40182', 'Wiśniewska', 'k.w@onet.pl')\n+ ('40182', 'Nowak', 'k.w@onet.pl')\n"),
    ).toEqual([]);
    expect(cellPairs(`${command}- ('40182', 'Wiśniewska')\n`)).toEqual([]);
  });
});

describe('CSV rows in a git diff', () => {
  const header =
    'diff --git a/seeds/kunder.csv b/seeds/kunder.csv\n--- a/seeds/kunder.csv\n+++ b/seeds/kunder.csv\n';

  it('reads the rows under the header git shows in the hunk line, or as the first line of the file', () => {
    const text = `${header}@@ -12,2 +12,2 @@ kund_id,fornamn,efternamn\n-1012,Oskar,Lundgren\n+1012,Oskar,Lundgren-Ek\n`;
    expect(detectedPeople(text)).toEqual(['Oskar', 'Lundgren', 'Oskar', 'Lundgren-Ek']);
    const first = `${header}@@ -1,2 +1,2 @@\n id;vorname;nachname\n-7;Jannik;Ostermeyer\n`;
    expect(detectedPeople(first)).toEqual(['Jannik', 'Ostermeyer']);
  });

  it('reads no code under a function named in the hunk line', () => {
    const code = `${header}@@ -10,2 +10,2 @@ def load(path, sep, header):\n-    df = read(path, sep, header)\n+    df = read(path, sep=sep, header=header)\n`;
    expect(cellPairs(code)).toEqual([]);
  });
});

describe('names and birth dates of a record pair', () => {
  const splink =
    '   match_weight unique_id_l unique_id_r first_name_l first_name_r surname_l surname_r       dob_l       dob_r\n' +
    "0     14.821930        1043        8812      Siobhan      Siobhán  O'Reilly  O'Reilly  1986-03-12  1986-03-12\n";

  it("reads Splink's _l and _r columns as the name and birth-date columns", () => {
    expect(detectedPeople(splink)).toEqual(['Siobhan', 'Siobhán', "O'Reilly", "O'Reilly"]);
    expect(detectedBirthDates(splink)).toEqual(['1986-03-12', '1986-03-12']);
  });

  it('reads no other column with the suffix as a name or a birth date', () => {
    const dates =
      '   unique_id_l unique_id_r     date_l     date_r\n0         1043        8812 2024-03-12 2024-03-13\n';
    expect(detectedBirthDates(dates)).toEqual([]);
    const towns =
      '   unique_id_l unique_id_r   town_l   town_r\n0         1043        8812  Jackson  Lincoln\n';
    expect(detectedPeople(towns)).toEqual([]);
  });
});

describe('pandas two-level headers', () => {
  it("reads a df.compare() group whose name a hand edit nudged off its column's edge", () => {
    const text =
      '      nachname                   telefon\n' +
      '          self          other          self            other\n' +
      '17    Schröder  Schröder-Kaya  0171 2948360  +49 171 2948360\n';
    expect(cellPairs(text).map(([h]) => h)).toEqual(['nachname', 'nachname', 'telefon', 'telefon']);
  });

  it('takes no upper line for a level when a name runs over the next column', () => {
    const text =
      `      nachname${' '.repeat(28)}telefon nummer\n` +
      '          self          other          self            other\n' +
      '17    Schröder  Schröder-Kaya  0171 2948360  +49 171 2948360\n';
    expect(cellPairs(text).map(([h]) => h)).toEqual(['self', 'other', 'self', 'other']);
  });
});

describe('column lists of a schema', () => {
  it('reads no header over a catalog of columns with their SQL types', () => {
    const text =
      '  fornamn        varchar(80)   PII.Sensitive\n  efternamn      varchar(80)   PII.Sensitive\n  epost          varchar(254)  PII.Sensitive\n';
    expect(cellPairs(text)).toEqual([]);
    expect(detectedPeople(text)).toEqual([]);
  });

  it('still reads a table with a type column', () => {
    const text = 'owner          type      size\nMarta Kowalska  invoice   12 kB\n';
    expect(cellPairs(text)).toContainEqual(['owner', 'Marta Kowalska']);
  });
});
