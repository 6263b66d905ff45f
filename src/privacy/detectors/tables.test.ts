import { describe, expect, it } from 'vitest';
import { cellPairs } from '../../../test/support/table-cells.js';
import {
  fixtureLine,
  keyedValues,
  keyedValuesWithSiblings,
  normalizeHeader,
  placeholderRows,
  tableCellAt,
  tableCells,
} from './tables.js';
import { nestedValues } from './tables-json.js';

describe('tableCells', () => {
  it("reads an array of rows under its first row's headers: Sheets' values, a Python list of lists", () => {
    const sheet =
      '{"range":"Socios!A1:D3","values":[["nombre","apellidos","móvil","alta"],' +
      '["Rocío","Valverde Iturralde","612 44 80 19","2023-09-01"],\n  ["Aitor", "Zubizarreta Gil"], [null, "Gil", 612448019, true]]}';
    expect(cellPairs(sheet)).toEqual([
      ['nombre', 'Rocío'],
      ['apellidos', 'Valverde Iturralde'],
      ['móvil', '612 44 80 19'],
      ['alta', '2023-09-01'],
      ['nombre', 'Aitor'],
      ['apellidos', 'Zubizarreta Gil'],
      ['apellidos', 'Gil'],
      ['móvil', '612448019'],
    ]);
    expect(
      cellPairs("rows = [\n  ['Vorname', 'Nachname', 'Ort'],\n  ['Jannik', 'Ostermeyer', 'Kiel'],\n]"),
    ).toEqual([
      ['Vorname', 'Jannik'],
      ['Nachname', 'Ostermeyer'],
      ['Ort', 'Kiel'],
    ]);
    // A row longer than the header ends the table.
    expect(cellPairs('[["a","b","c"],["1","2","3"],["4","5","6","7"],["8","9","10"]]')).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);
  });

  it('reads no array of rows whose first row is data, or pairs, or nested arrays', () => {
    // A first row holding a digit or an empty string, or not all strings, names no columns.
    expect(
      cellPairs('[["Ana Lima","2023-09-01","612 44 80 19"],["Bo Chen","2024-01-15","688 102 457"]]'),
    ).toEqual([]);
    expect(cellPairs('[["nombre","","móvil"],["Rocío","x","612 44 80 19"]]')).toEqual([]);
    expect(cellPairs('[["nombre",null,"móvil"],["Rocío","x","612 44 80 19"]]')).toEqual([]);
    // Two items a row is as likely a list of key/value pairs (Rails' binds).
    expect(cellPairs('[["name", "Duarte Magalhães"], ["birth_date", "1991-08-23"]]')).toEqual([]);
    // Coordinates, a matrix, a header alone.
    expect(cellPairs('"coordinates": [[[13.38, 52.51], [13.39, 52.52]]]')).toEqual([]);
    expect(cellPairs('[["a","b","c"]]')).toEqual([]);
  });

  it("reads parquet meta's min / max statistics under each row's column", () => {
    const text = [
      '              type      encodings count     avg size   nulls   min / max',
      'vorname       BINARY    S _ R     48213     1.12 B     12      "Aaliyah" / "Zülfiye"',
      'geburtsdatum  INT32     S   _     48213     3.41 B     41      "1931-02-07" / "2006-05-30"',
      '',
      'vorname  "Ana" / "Bo"',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['vorname', 'Aaliyah'],
      ['vorname', 'Zülfiye'],
      ['geburtsdatum', '1931-02-07'],
      ['geburtsdatum', '2006-05-30'],
    ]);
    // Without the statistics header, a `"a" / "b"` line is no row of it.
    expect(cellPairs(text.replace('min / max', 'range'))).toEqual([]);
  });

  it('reads a pipe table headed by N° (number), the degree sign after its letter', () => {
    const text =
      'N° | Cognome e nome | Data di nascita\n14 | El Amrani Youssef | 30/04/1995\n9 | Colombo Andrea | 23/08/1988';
    expect(cellPairs(text)).toEqual([
      ['N°', '14'],
      ['Cognome e nome', 'El Amrani Youssef'],
      ['Data di nascita', '30/04/1995'],
      ['N°', '9'],
      ['Cognome e nome', 'Colombo Andrea'],
      ['Data di nascita', '23/08/1988'],
    ]);
    // A degree sign after no letter (a temperature, an angle) names no column.
    expect(cellPairs('° | Ort | Messwert\n21 | Halle 2 | 20°\n22 | Halle 3 | 18°')).toEqual([]);
    expect(cellPairs('20° | Ort | Messwert\n21 | Halle 2 | 20°\n22 | Halle 3 | 18°')).toEqual([]);
  });

  it("reads fread's discarded line under the columns of the data.table printed after it", () => {
    const text = [
      'First discarded non-empty line: <<2218,Fathima,"Shaik, Abdul",>>',
      '> dt',
      '   roll_no first_name      guardian_name',
      '     <int>     <char>             <char>',
      '1:    1042     Ananya      K. Srinivasan',
      '2:     311      Priya R. Balasubramanian',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['roll_no', '2218'],
      ['first_name', 'Fathima'],
      ['guardian_name', 'Shaik, Abdul'],
      ['roll_no', '1042'],
      ['first_name', 'Ananya'],
      ['guardian_name', 'K. Srinivasan'],
      ['roll_no', '311'],
      ['first_name', 'Priya'],
      ['guardian_name', 'R. Balasubramanian'],
    ]);
    // A line of other width is none of the table's.
    expect(cellPairs(text.replace(',>>', ',x,y>>'))[0]).toEqual(['roll_no', '1042']);
  });

  it("reads a load error's raw_line under the COPY column list and its delimiter", () => {
    const text = [
      "COPY leasing.tenants (tenant_id, first_name, dob) FROM 's3://drop/t/' DELIMITER '|' MAXERROR 10;",
      '',
      'line_number\tcolname\traw_line',
      '418\tdob\t88120|DeShawn|2/7/1985',
    ].join('\n');
    expect(cellPairs(text).filter(([header]) => ['tenant_id', 'first_name', 'dob'].includes(header))).toEqual(
      [
        ['tenant_id', '88120'],
        ['first_name', 'DeShawn'],
        ['dob', '2/7/1985'],
      ],
    );
    // Without a delimiter (nor CSV) the record's split is unknown; a record of other width is none.
    const unknown = text.replace(" DELIMITER '|'", '');
    expect(cellPairs(unknown).some(([header]) => header === 'first_name')).toBe(false);
    const wider = text.replace('|2/7/1985', '|2/7/1985|x');
    expect(cellPairs(wider).some(([header]) => header === 'first_name')).toBe(false);
  });

  it('reads a grid copied without its header under the SELECT list above it', () => {
    const text = [
      'SELECT t.lease_id, t.first_name AS given, t.phone',
      'FROM pm.tenants t;',
      '',
      'L-22041\tÉtienne\t(613) 882-4017',
      'L-22087\tManpreet\t(613) 290-7718',
      '',
      'thanks\tall',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['lease_id', 'L-22041'],
      ['given', 'Étienne'],
      ['phone', '(613) 882-4017'],
      ['lease_id', 'L-22087'],
      ['given', 'Manpreet'],
      ['phone', '(613) 290-7718'],
    ]);
    // `*` and an expression without alias name no columns; rows of other width are none.
    expect(cellPairs(text.replace('t.lease_id, t.first_name AS given, t.phone', '*'))).toEqual([]);
    expect(cellPairs(text.replace('t.phone', 'upper(t.phone)'))).toEqual([]);
    expect(cellPairs(text.replace(', t.phone', ''))).toEqual([]);
  });

  it('reads the first cells of a TSV row that ends early, as a web grid copies it', () => {
    const text =
      'id\temail\tfirst_name\tlast_name\tphone\n1\ta@b.io\tEilidh\tMacAskill\t0770\n2\tp@s.com\tPriya\tThakrar';
    expect(cellPairs(text).slice(5)).toEqual([
      ['id', '2'],
      ['email', 'p@s.com'],
      ['first_name', 'Priya'],
      ['last_name', 'Thakrar'],
    ]);
    // A shorter line of names only is a header of its own, and no row; nor is a short first row.
    expect(cellPairs('id\tname\tdob\n1\tAna\t1990-01-02\nsku\tprice').length).toBe(3);
    expect(cellPairs('id\tname\tdob\n1\tAna').length).toBe(0);
  });

  it('reads a CSV as `cat -A` shows it: a byte order mark as M-oM-;M-? and CRLF as ^M$', () => {
    const text = 'M-oM-;M-?"Record ID","First Name","Date of birth"^M$\n"51234989","Eleri","14/02/1979"^M$';
    expect(cellPairs(text)).toEqual([
      ['Record ID', '51234989'],
      ['First Name', 'Eleri'],
      ['Date of birth', '14/02/1979'],
    ]);
    // A `$` alone ends no line: the value keeps it.
    expect(cellPairs('a,b\n1,US$')).toEqual([
      ['a', '1'],
      ['b', 'US$'],
    ]);
  });

  it('reads a Polars box with an elided middle column under its `…` header', () => {
    const text = [
      '┌──────┬────────────┬───┬────────────┐',
      '│ id   ┆ name       ┆ … ┆ dob        │',
      '│ ---  ┆ ---        ┆   ┆ ---        │',
      '│ i64  ┆ str        ┆   ┆ date       │',
      '╞══════╪════════════╪═══╪════════════╡',
      '│ 4401 ┆ Liu Yifan  ┆ … ┆ 1998-07-09 │',
      '└──────┴────────────┴───┴────────────┘',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['id', '4401'],
      ['name', 'Liu Yifan'],
      ['', '…'],
      ['dob', '1998-07-09'],
    ]);
  });

  it('reads the columns of a PostgreSQL key-violation DETAIL line', () => {
    const text =
      'DETAIL:  Key (first_name, last_name, date_of_birth)=(Oskar, Bergqvist, 1981-02-27) already exists.';
    expect(cellPairs(text)).toEqual([
      ['first_name', 'Oskar'],
      ['last_name', 'Bergqvist'],
      ['date_of_birth', '1981-02-27'],
    ]);
  });

  it('reads a pg_dump COPY block up to its end line, skipping nulls', () => {
    const text = [
      'COPY public.customers (id, first_name, phone) FROM stdin;',
      '1\tWanjiru\t+254 712 345 678',
      '2\tLars\t\\N',
      '\\.',
      'after\tthe\tblock',
    ].join('\n');
    const found = cellPairs(text).filter(([header]) => ['id', 'first_name', 'phone'].includes(header));
    expect(found).toEqual([
      ['id', '1'],
      ['first_name', 'Wanjiru'],
      ['phone', '+254 712 345 678'],
      ['id', '2'],
      ['first_name', 'Lars'],
    ]);
  });

  it('reads a CSV row on past line breaks inside a quoted field', () => {
    const text =
      'id,requester,note,created\n1,"Lee, Ann","Hi,\ntwo lines",2024-03-04\n2,Bo Chen,ok,2024-03-05';
    expect(cellPairs(text).filter(([header]) => header === 'requester' || header === 'created')).toEqual([
      ['requester', 'Lee, Ann'],
      ['created', '2024-03-04'],
      ['requester', 'Bo Chen'],
      ['created', '2024-03-05'],
    ]);
  });

  it('reads left-aligned columns, a right-aligned number inside its column too', () => {
    const text = [
      'dispute_id  cardholder          amount  opened',
      'dp_1        Harriet Okoye       412.00  2024-03-02',
      'dp_2        Declan Fairweather   58.00  2024-03-03',
      '',
      'Totals are in EUR.',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['dispute_id', 'dp_1'],
      ['cardholder', 'Harriet Okoye'],
      ['amount', '412.00'],
      ['opened', '2024-03-02'],
      ['dispute_id', 'dp_2'],
      ['cardholder', 'Declan Fairweather'],
      ['amount', '58.00'],
      ['opened', '2024-03-03'],
    ]);
  });

  it('reads a left-aligned value without a flag set two blanks after it in its column', () => {
    const text = [
      'Time  Guest                     Size  Notes',
      '5:30  Abernathy, Colleen        2     Regular',
      '6:00  Whitlock, Genevieve  VIP  6     Owner friend  comp',
    ].join('\n');
    expect(cellPairs(text).filter(([h]) => h === 'Guest' || h === 'Notes')).toEqual([
      ['Guest', 'Abernathy, Colleen'],
      ['Notes', 'Regular'],
      ['Guest', 'Whitlock, Genevieve'],
      ['Notes', 'Owner friend  comp'],
    ]);
  });

  it('reads left-aligned rows on past a line across the columns between two rows', () => {
    const text = [
      'Time   Patient              DOB          Phone',
      '09:00  NIAMH O SULLIVAN     03/03/2019   (406) 555-0138',
      '09:30  ** BLOCKED — staff meeting **',
      '10:05  VANG, PAO            05/30/2002   (406) 555-0199',
      'Total: 2 appts but the clinic closed early',
      'ok',
    ].join('\n');
    expect(cellPairs(text).filter(([h]) => h === 'Patient')).toEqual([
      ['Patient', 'NIAMH O SULLIVAN'],
      ['Patient', 'VANG, PAO'],
    ]);
  });

  it('reads no left-aligned table from prose or from a row running across a column start', () => {
    expect(cellPairs('We met  at noon  and talked.\nThen we left  for home.')).toEqual([]);
    const text = 'name        city    zip\nAnn Lee     Oslo    0150\nBartholomew Smithers  Bergen  5003';
    expect(cellPairs(text).map(([, value]) => value)).toEqual(['Ann Lee', 'Oslo', '0150']);
  });

  it('reads no CSV from a sentence wrapping over lines, but a header written with blanks after its commas', () => {
    const prose =
      'En la Ciudad de México, el día 9 de junio de 2024, el Pbro. Héctor Salgado Ruiz bautizó solemnemente a\n' +
      'Regina Fernanda Olvera Cruz, nacida el 2 de febrero de 2024,';
    expect(cellPairs(prose)).toEqual([]);
    expect(
      cellPairs('Name, Email, Date of last visit\nAnn Lee, ann@example.com, 2024-01-02').map(([, v]) => v),
    ).toEqual(['Ann Lee', 'ann@example.com', '2024-01-02']);
  });

  it('reads the name and birth-date fields of HL7 PID and NK1 segments by position', () => {
    const text = [
      'MSH|^~\\&|EPIC|HOSP|LAB|LAB|20240312101502||ADT^A04|MSG1|P|2.5.1',
      'PID|1||0042217^^^HOSP^MR||HALVORSEN^TOVE||19580919|F',
      'NK1|1|HALVORSEN^ERIK|SPO',
      'OBX|1|ST|NAME||not a segment we read',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['patient_name', 'HALVORSEN^TOVE'],
      ['date_of_birth', '19580919'],
      ['next_of_kin_name', 'HALVORSEN^ERIK'],
    ]);
  });

  it('reads an INSERT without a column list under the columns its CREATE TABLE declares', () => {
    const text = [
      'CREATE TABLE rh.salaries (',
      "  matricule VARCHAR(10) PRIMARY KEY, nom VARCHAR(80) COMMENT 'ex. : DUPONT, X',",
      '  date_de_naissance DATE, salaire DECIMAL(10,2), PRIMARY KEY (matricule)',
      ');',
      "INSERT INTO rh.salaries VALUES ('M004172', 'DELACROIX-MOREL', '1977-08-29', 3412.50);",
    ].join('\n');
    expect(
      cellPairs(text).filter(([h]) => ['matricule', 'nom', 'date_de_naissance', 'salaire'].includes(h)),
    ).toEqual([
      ['matricule', 'M004172'],
      ['nom', 'DELACROIX-MOREL'],
      ['date_de_naissance', '1977-08-29'],
      ['salaire', '3412.50'],
    ]);
  });

  it("reads SQL Server's INSERT without INTO, its N'' strings and CAST(N'…' AS Date) literals", () => {
    const text =
      "INSERT [dbo].[Pacientes] ([PacienteId], [Nombre], [FechaNacimiento], [FechaAlta]) VALUES (1207, N'Ximena', CAST(N'1992-03-14' AS Date), CAST(N'2023-01-09T10:42:17.000' AS DateTime))";
    expect(cellPairs(text)).toEqual([
      ['PacienteId', '1207'],
      ['Nombre', 'Ximena'],
      ['FechaNacimiento', '1992-03-14'],
      ['FechaAlta', '2023-01-09T10:42:17.000'],
    ]);
  });

  it("reads an INSERT typed at the mysql client, its lines continued after the '->' prompt", () => {
    const text = [
      'mysql> INSERT INTO clientes (nombre,',
      '    -> fecha_nacimiento) VALUES',
      "    -> ('Begoña', '1968-10-03'),",
      "    -> ('Iker', NULL);",
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['nombre', 'Begoña'],
      ['fecha_nacimiento', '1968-10-03'],
      ['nombre', 'Iker'],
      ['fecha_nacimiento', 'NULL'],
    ]);
    expect(cellPairs("INSERT INTO t (a) -> VALUES ('x')")).toEqual([['a', 'x']]);
    expect(cellPairs("insert notes (a) values ('x') -> ('y')")).toEqual([['a', 'x']]);
  });

  it("reads a SQL*Loader control file's BEGINDATA records under its field list, enclosing quotes left out", () => {
    const text = [
      "FIELDS TERMINATED BY '|' OPTIONALLY ENCLOSED BY '\"'",
      'TRAILING NULLCOLS',
      '( emp_no,',
      '  first_name,',
      '  dob        DATE "DD-MON-YYYY" )',
      'BEGINDATA',
      '100231|Karthikeyan|14-JUN-1985',
      '100233|"Mary Anne"|29-FEB-1989',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['emp_no', '100231'],
      ['first_name', 'Karthikeyan'],
      ['dob', '14-JUN-1985'],
      ['emp_no', '100233'],
      ['first_name', 'Mary Anne'],
      ['dob', '29-FEB-1989'],
    ]);
    // A record of another field count is left alone.
    expect(cellPairs(text.replace('100231|', ''))).toHaveLength(3);
  });

  it("reads lines a shell command prints from a file \\copy loads under the \\copy's columns", () => {
    const text = [
      `$ psql -d clinic -c "\\copy patients(nhs_number, forename, surname, date_of_birth) FROM 'exports/p.csv' CSV HEADER"`,
      'ERROR:  date/time field value out of range: "31/04/1987"',
      '$ sed -n 4118p p.csv',
      '943 476 5919,Oluwaseun,Adebayo-Hart,31/04/1987',
      '',
      '$ wc -l other.csv',
      '1,2,3,4',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['nhs_number', '943 476 5919'],
      ['forename', 'Oluwaseun'],
      ['surname', 'Adebayo-Hart'],
      ['date_of_birth', '31/04/1987'],
    ]);
  });

  it('ends on a COPY from a folder (no file a command could print) beside a shell prompt', () => {
    // Redshift's `COPY … FROM 's3://bucket/prefix/'`: an empty file name once looped for ever.
    const text = [
      "COPY leasing.tenants (tenant_id, first_name, dob) FROM 's3://drop/t/' DELIMITER '|' MAXERROR 10;",
      '$ psql -d clinic -c "\\copy patients(nhs_number, forename, surname) FROM \'exports/\' CSV"',
      '100231|Karthikeyan|14-JUN-1985',
    ].join('\n');
    expect(cellPairs(text)).toEqual([]);
  });

  it("reads a Jest test.each table's interpolated strings as their quoted text", () => {
    const text = [
      'test.each`',
      '  first       | last           | n',
      `  \${'Aroha'}  | \${'Te Whata'}  | \${2}`,
      `  \${'Dmitri'} | \${"Volkonsky"} | \${'a' + 'b'}`,
      '`',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['first', 'Aroha'],
      ['last', 'Te Whata'],
      ['n', `\${2}`],
      ['first', 'Dmitri'],
      ['last', 'Volkonsky'],
      ['n', `\${'a' + 'b'}`],
    ]);
  });

  it("reads a Python tuple row's nested brackets and quoted commas as one cell, a CSV line's brackets not", () => {
    const rows =
      "('id', 'name', 'dob', 'note')\n(1, 'Ana (Annie), Lima', datetime.date(1986, 3, 14), [1, 2])\n" +
      "(2, \"O'Brien\", None, {'a': 1, 'b': 2})";
    expect(cellPairs(rows)).toEqual([
      ['id', '(1'],
      ['name', 'Ana (Annie), Lima'],
      ['dob', 'datetime.date(1986, 3, 14)'],
      ['note', '[1, 2])'],
      ['id', '(2'],
      ['name', "O'Brien"],
      ['dob', 'None'],
      ['note', "{'a': 1, 'b': 2})"],
    ]);
    // A line that does not open and close with a bracket is split at every comma, as before.
    expect(cellPairs('id,label,amount,x\n1,f(a,b),3')).toEqual([
      ['id', '1'],
      ['label', 'f(a'],
      ['amount', 'b)'],
      ['x', '3'],
    ]);
  });

  it("reads Spark's bad-record line under the columns its warning lists, one field too many being a value's `, `", () => {
    const warn =
      'WARN BadRecordLogger: Malformed record at s3://b/part-7.csv line 18: expected 4 fields (id,borrower_name,birth_date,mobile), found ';
    const logger = '24/03/14 06:41:12 WARN BadRecordLogger: ';
    expect(cellPairs(`${warn}5\n${logger}LN-1,DELA ROSA, MA. CRISTINA,1990-02-13,09178824105`)).toEqual([
      ['id', 'LN-1'],
      ['borrower_name', 'DELA ROSA, MA. CRISTINA'],
      ['birth_date', '1990-02-13'],
      ['mobile', '09178824105'],
    ]);
    expect(cellPairs(`${warn}4\n${logger}LN-2,Cristina Dela Rosa,1990-02-13,09178824105`)).toEqual([
      ['id', 'LN-2'],
      ['borrower_name', 'Cristina Dela Rosa'],
      ['birth_date', '1990-02-13'],
      ['mobile', '09178824105'],
    ]);
    // Two commas before a blank (which field holds the extra one?), two fields too many, another logger's line.
    expect(cellPairs(`${warn}5\n${logger}LN-3,DELA ROSA, MA. CRISTINA,1990-02-13, 09178824105`)).toEqual([]);
    expect(cellPairs(`${warn}6\n${logger}LN-4,DELA,ROSA,MA. CRISTINA,1990-02-13,09178824105`)).toEqual([]);
    expect(cellPairs(`${warn}4\n24/03/14 06:41:13 INFO FileScanRDD: a,b,c,d`)).toEqual([]);
  });

  it("puts a masking diff's original values under the column each line names, the transformed ones not", () => {
    const text = [
      '| %LineNumber% | Column     | OriginalValue | TransformedValue |',
      '|--------------|------------|---------------|------------------|',
      '| 0            | first_name | Imogen        | Derek            |',
      '| 0            | last_name  | Fairweather   | Ashby            |',
    ].join('\n');
    expect(cellPairs(text).filter(([h]) => h !== '%LineNumber%' && h !== 'Column')).toEqual([
      ['first_name', 'Imogen'],
      ['TransformedValue', 'Derek'],
      ['last_name', 'Fairweather'],
      ['TransformedValue', 'Ashby'],
    ]);
  });

  it("puts a two-column Variable/Value table's values under the field each line names, inside their quotes", () => {
    const text = ['POST', 'Variable\tValue', "username\t'yuto_t'", "first_name\t'優斗'", 'age\t31'].join(
      '\n',
    );
    expect(cellPairs(text).filter(([h]) => h !== 'Variable')).toEqual([
      ['username', 'yuto_t'],
      ['first_name', '優斗'],
      ['age', '31'],
    ]);
  });

  it("reads a load error's raw_line under the columns a comment names, not a line of other fields", () => {
    const text = [
      '-- target table: crm.customers (id, first_name, last_name, phone varchar(20))',
      "raw_line        | 20931|Lachlan|O'Rourke-Nguyen|+61 412 447 120",
      'raw_line        | 20932|Mia|Tran',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['id', '20931'],
      ['first_name', 'Lachlan'],
      ['last_name', "O'Rourke-Nguyen"],
      ['phone', '+61 412 447 120'],
    ]);
    expect(cellPairs('-- see f(a + b, c, d)\nraw_line        | 1|2|3')).toEqual([]);
  });

  it("reads MySQL's backslash-escaped quotes inside a value, the escape kept", () => {
    const text = [
      'CREATE TABLE contacts (id int, first_name text, last_name text);',
      "INSERT INTO contacts VALUES (1,'Siobhán','O\\'Driscoll'),(2,'C:\\\\','D\\'Souza');",
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['id', '1'],
      ['first_name', 'Siobhán'],
      ['last_name', "O\\'Driscoll"],
      ['id', '2'],
      ['first_name', 'C:\\\\'],
      ['last_name', "D\\'Souza"],
    ]);
  });

  it("reads a composite key's Duplicate entry under the key's column words, a trailing date whole", () => {
    const text = [
      "ERROR 1062 (23000): Duplicate entry 'VASSEUR-Chloé-1993-07-21' for key 'adherents.uq_nom_prenom_naissance'",
      "ERROR 1062 (23000): Duplicate entry 'ana.lima@x.pt' for key 'users.email'",
      "ERROR 1062 (23000): Duplicate entry 'Adeyinka-Boateng-Florence-7' for key 'uq_last_first'",
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['nom', 'VASSEUR'],
      ['prenom', 'Chloé'],
      ['naissance', '1993-07-21'],
      ['email', 'ana.lima@x.pt'],
    ]);
  });

  it("reads SQLAlchemy's bound parameters under the columns of the statement's placeholders", () => {
    const text = [
      'sqlalchemy.exc.IntegrityError: (sqlite3.IntegrityError) UNIQUE constraint failed: customers.email',
      '[SQL: INSERT INTO customers (name, dob) VALUES (?, ?)]',
      "[parameters: [('Maricel Dela Cruz', '1990-06-11'), ('Jomar Villanueva', None)]]",
    ].join('\n');
    expect(cellPairs(text).filter(([, v]) => v !== '?')).toEqual([
      ['name', 'Maricel Dela Cruz'],
      ['dob', '1990-06-11'],
      ['name', 'Jomar Villanueva'],
      ['dob', 'None'],
    ]);
  });

  it("reads the line a COPY error quotes under the statement's columns and delimiter", () => {
    const text = [
      `cur.copy_expert("COPY public.zakaznik (jmeno, prijmeni, datum_narozeni) FROM STDIN WITH CSV DELIMITER ';'", f)`,
      'psycopg2.errors.BadCopyFileFormat: extra data after last expected column',
      'CONTEXT:  COPY zakaznik, line 3: "Lucie;Horáková;12.05.1990;x"',
      // A table whose COPY has no column list, and a value the context names by its column: not read here.
      'CONTEXT:  COPY objednavka, line 9: "Jan;Novák"',
      'CONTEXT:  COPY zakaznik, line 4, column datum_narozeni: "31.02.1990"',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['jmeno', 'Lucie'],
      ['prijmeni', 'Horáková'],
      ['datum_narozeni', '12.05.1990'],
    ]);
  });

  it("reads TypeORM's bound parameters (a QueryFailedError's list, a query log's JSON) under the statement's columns", () => {
    const text = [
      'QueryFailedError: duplicate key value violates unique constraint "uq_musteri_tckn"',
      `    query: 'INSERT INTO "musteri"("ad", "soyad", "tckn") VALUES ($1, $2, $3) RETURNING "id"',`,
      "    parameters: [ 'Emre', 'O\\'Neil', '10000000146' ],",
      'query: INSERT INTO "customer"("first_name", "age", "city") VALUES ($1, $2, $3) -- PARAMETERS: ["Ayşe",42,"Ankara"]',
      // No placeholders: the literal row is read, the list after it is not.
      `INSERT INTO "note"("body") VALUES ('x'); -- PARAMETERS: ["Kaya"]`,
    ].join('\n');
    expect(cellPairs(text).filter(([, v]) => !v.startsWith('$'))).toEqual([
      ['ad', 'Emre'],
      ['soyad', "O\\'Neil"],
      ['tckn', '10000000146'],
      ['first_name', 'Ayşe'],
      ['age', '42'],
      ['city', 'Ankara'],
      ['body', 'x'],
    ]);
  });

  it('reads the literal rows of a WITH … (columns) AS (VALUES …) common table expression, typed literals as their strings', () => {
    const text = [
      'WITH corrections (customer_id, email, dob) AS (',
      '  VALUES',
      "    (88104, 'lakshmi.narayanan@comcast.net', DATE '1974-02-08'),",
      "    (88517, NULL, '1990-12-30'::date)",
      ')',
      'UPDATE customers c SET date_of_birth = k.dob FROM corrections k;',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['customer_id', '88104'],
      ['email', 'lakshmi.narayanan@comcast.net'],
      ['dob', '1974-02-08'],
      ['customer_id', '88517'],
      ['email', 'NULL'],
      ['dob', '1990-12-30'],
    ]);
  });

  it('puts a literal a query names by an alias under the alias, and keeps the cells in order for the lookup', () => {
    const text = [
      'MERGE INTO dim_customer t USING (',
      "  SELECT 'Renata Cavalcanti Moura' AS full_name, '1986-10-03'::date AS birth_date",
      ') s ON t.id = s.id;',
      "INSERT INTO audit (note) VALUES ('merged');",
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['full_name', 'Renata Cavalcanti Moura'],
      ['birth_date', '1986-10-03'],
      ['note', 'merged'],
    ]);
    const found = tableCells(text);
    const at = text.indexOf('1986');
    expect(tableCellAt(found, at, at + 10)).toBe(1);
  });

  it('keeps a left-aligned row whose text overflows a later column, reading only its cells that hold', () => {
    const text = [
      'Time   Patient                   DOB          Reason                   Phone',
      '08:00  BLACKFEATHER, JOSEPH T    02/11/1958   HTN f/u                  (406) 555-0123',
      "09:00  O'SULLIVAN, NIAMH         03/03/2019   well child; mom Aisling O'Sullivan   (406) 555-0138",
      '10:05  VANG, PAO                 05/30/2002   Sore throat              (406) 555-0199',
    ].join('\n');
    const found = cellPairs(text);
    expect(found.filter(([header]) => header === 'Patient').map(([, v]) => v)).toEqual([
      'BLACKFEATHER, JOSEPH T',
      "O'SULLIVAN, NIAMH",
      'VANG, PAO',
    ]);
    expect(found.filter(([header]) => header === 'Reason').map(([, v]) => v)).toEqual([
      'HTN f/u',
      'Sore throat',
    ]);
  });

  it('reads left-aligned columns whose first column is headed #', () => {
    const text = [
      '#  Last Name     First Name  Share With',
      '1  Gutiérrez     Alejandro   Oyelowo, Babatunde',
      '2  Oyelowo       Babatunde   Gutiérrez, Alejandro',
    ].join('\n');
    expect(cellPairs(text).slice(0, 4)).toEqual([
      ['#', '1'],
      ['Last Name', 'Gutiérrez'],
      ['First Name', 'Alejandro'],
      ['Share With', 'Oyelowo, Babatunde'],
    ]);
  });

  it("reads a report's left-aligned columns under a header set between full-width rules", () => {
    const text = [
      '------------------------------------------------------------',
      'Conf#     Name                            Room Type Arrival',
      '------------------------------------------------------------',
      '48213322  Haddad, Karim Mr                0907 SKNG 18-MAR-24',
      '48213340  Lindqvist, Sofia Ms             1120 DQQN 18-MAR-24',
    ].join('\n');
    expect(cellPairs(text).filter(([header]) => header === 'Name')).toEqual([
      ['Name', 'Haddad, Karim Mr'],
      ['Name', 'Lindqvist, Sofia Ms'],
    ]);
  });

  it("puts the literals of a query plan's index condition under their columns", () => {
    const text =
      "   Index Cond: (((last_name)::text = 'Kowalczyk'::text) AND ((first_name)::text = 'Dorota'::text))";
    expect(cellPairs(text)).toEqual([
      ['last_name', 'Kowalczyk'],
      ['first_name', 'Dorota'],
    ]);
  });

  it("puts a data dictionary's examples under the column each row describes", () => {
    const text = [
      '| column | type | description | example |',
      '|---|---|---|---|',
      "| full_name | text | customer's name | Shota Watanabe |",
      '| dob | date | date of birth | 2004-07-08 |',
    ].join('\n');
    expect(cellPairs(text).filter(([header]) => header !== 'type' && header !== 'description')).toEqual([
      ['column', 'full_name'],
      ['full_name', 'Shota Watanabe'],
      ['column', 'dob'],
      ['dob', '2004-07-08'],
    ]);
  });

  it("puts a profile table's extremes and frequent values under the column each row describes", () => {
    const text = [
      '| column | type | null % | distinct | min | max | top values (count) |',
      '|---|---|---:|---:|---|---|---|',
      '| first_name | VARCHAR | 0.4 | 88,214 | Aaliyah | Zygmunt | Oluwaseun (4,120), Aisha (3,017) |',
      '| date_of_birth | DATE | 0.2 | 29,880 | 1921-03-15 | 2024-06-08 | 1990-01-01 (41,207) |',
      '| state | VARCHAR | 0 | 37 | Abia | Zamfara | Lagos (488,210); FCT (201,776) |',
    ].join('\n');
    expect(
      cellPairs(text).filter(([header]) =>
        ['first_name', 'date_of_birth', 'state', 'top values (count)'].includes(header),
      ),
    ).toEqual([
      ['first_name', 'Aaliyah'],
      ['first_name', 'Zygmunt'],
      ['first_name', 'Oluwaseun'],
      ['first_name', 'Aisha'],
      ['date_of_birth', '1921-03-15'],
      ['date_of_birth', '2024-06-08'],
      // The most frequent birth date of 1.8 million rows is a default, no one's: left where it is.
      ['top values (count)', '1990-01-01 (41,207)'],
      ['state', 'Abia'],
      ['state', 'Zamfara'],
      ['state', 'Lagos'],
      ['state', 'FCT'],
    ]);
  });

  it("reads a transposed describe() printout's top values under the column names of its index", () => {
    const text = [
      '              count unique        top freq',
      'first_name      100     98  Oluwaseun    3',
      'signup_day      100     41 2024-05-02    9',
    ].join('\n');
    expect(cellPairs(text).filter(([header]) => header === 'first_name' || header === 'top')).toEqual([
      ['first_name', 'Oluwaseun'],
      ['top', '2024-05-02'],
    ]);
  });

  it("reads pg_stats' most common values and histogram bounds under the column each row names", () => {
    const text = [
      '    attname    | null_frac | n_distinct | most_common_vals        | histogram_bounds',
      '---------------+-----------+------------+-------------------------+------------------------',
      ' first_name    |         0 |     -0.412 | {Maria,"Ana Sofia"}     | {Abel,Zulmira}',
      ' date_of_birth |     0.002 |      -0.91 | {1900-01-01,1990-01-01} | {1921-03-15,2023-12-30}',
    ].join('\n');
    expect(
      cellPairs(text).filter(([header]) => header === 'first_name' || header === 'date_of_birth'),
    ).toEqual([
      ['first_name', 'Maria'],
      ['first_name', 'Ana Sofia'],
      ['first_name', 'Abel'],
      ['first_name', 'Zulmira'],
      ['date_of_birth', '1921-03-15'],
      ['date_of_birth', '2023-12-30'],
    ]);
  });

  it("leaves a validation rule's bounds under min and max: no measure makes the table a profile", () => {
    const text = [
      '| column | type | min | max | required |',
      '|---|---|---|---|---|',
      '| date_of_birth | date | 1900-01-01 | 2024-12-31 | yes |',
    ].join('\n');
    expect(cellPairs(text).filter(([header]) => header === 'date_of_birth')).toEqual([]);
  });

  it('reads a pandas printout whose header line opens with the XML tag of a notebook output', () => {
    const text = [
      '<output cell="c3" mime="text/plain">               name           company',
      '0  Chukwudi Anyanwu    Lagos Agritech',
      '1   Signe Mortensen      Nordvind ApS</output>',
    ].join('\n');
    expect(cellPairs(text).slice(0, 2)).toEqual([
      ['name', 'Chukwudi Anyanwu'],
      ['company', 'Lagos Agritech'],
    ]);
  });

  it('reads to_string(index=False): right-justified rows and header names of several words', () => {
    const text = [
      '        Họ và tên  Ngày sinh   Số điện thoại         CCCD',
      'Nguyễn Thị Thu Hà 14/09/1994    0912 447 129 001194004471',
      '    Trần Văn Hùng 03/01/1988 +84 90 812 0447 036088012044',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['Họ và tên', 'Nguyễn Thị Thu Hà'],
      ['Ngày sinh', '14/09/1994'],
      ['Số điện thoại', '0912 447 129'],
      ['CCCD', '001194004471'],
      ['Họ và tên', 'Trần Văn Hùng'],
      ['Ngày sinh', '03/01/1988'],
      ['Số điện thoại', '+84 90 812 0447'],
      ['CCCD', '036088012044'],
    ]);
  });

  it("does not read df.info()'s left-justified column list as a right-justified table", () => {
    const text = [
      ' #   Column        Non-Null Count  Dtype',
      '---  ------        --------------  -----',
      ' 0   patient_id    48211 non-null  int64',
      ' 1   nachname      48211 non-null  object',
    ].join('\n');
    expect(cellPairs(text).map(([, value]) => value)).not.toContain('nachnam');
  });

  it("puts pandera's failure-case table under the column named in the error above it", () => {
    const text = [
      'SchemaError: <Schema Column(name=ssn, type=DataType(str))> failed element-wise validator 0:',
      'failure cases:',
      '   index failure_case',
      '0     12    214673390',
      '1     57  447 09 2286',
    ].join('\n');
    expect(cellPairs(text).filter(([header]) => header === 'ssn')).toEqual([
      ['ssn', '214673390'],
      ['ssn', '447 09 2286'],
    ]);
  });

  it("puts each failure case of pandera's lazy, long-format table under the column its row names", () => {
    const text = [
      '  schema_context        column                  check check_number  failure_case  index',
      '0         Column  geburtsdatum  less_than(2008-01-01)            0    2012-04-30     23',
      '1         Column        status          isin([a, b])            0    2011-02-03     40',
    ].join('\n');
    const pairs = cellPairs(text);
    expect(pairs).toContainEqual(['geburtsdatum', '2012-04-30']);
    // The check's bound stays the check's; the other row's value is its own column's.
    expect(pairs).toContainEqual(['check', 'less_than(2008-01-01)']);
    expect(pairs).toContainEqual(['status', '2011-02-03']);
    expect(pairs.filter(([header]) => header === 'failure_case')).toEqual([]);
  });
  it('reads an indented left-aligned report table, and headers with a parenthesis', () => {
    const text = [
      'Sale History',
      '  Date         Price        Buyer',
      '  08/14/2019   $1,215,000   ECHEVERRIA CARMEN',
      '',
      'Student,Essay 1 (4412),Score (%)',
      'Ana Lima,88.00,91',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['Date', '08/14/2019'],
      ['Price', '$1,215,000'],
      ['Buyer', 'ECHEVERRIA CARMEN'],
      ['Student', 'Ana Lima'],
      ['Essay 1 (4412)', '88.00'],
      ['Score (%)', '91'],
    ]);
  });

  it("reads HL7 providers (XCN fields) and PID-3's social security id, and X12 claim elements", () => {
    const hl7 = [
      'PID|1||MRN00884120^^^KESTREL^MR~318527764^^^SSA^SS||VARGAS^MARISELA||19820317|F',
      'PV1|1|O|LAB^^^KESTREL||||1184629375^WHITFIELD^ELENA^^^DR^^^NPI',
    ].join('\n');
    expect(cellPairs(hl7).filter(([h]) => h === 'ssn' || h === 'provider_full_name')).toEqual([
      ['ssn', '318527764'],
      ['provider_full_name', 'WHITFIELD^ELENA'],
    ]);
    const x12 =
      'PER*IC*JANELLE FORTIER*TE*4048723310~\nNM1*IL*1*BEAUCHAMP*LORRAINE****MI*XKP884~\nDMG*D8*19710311*F~\nREF*SY*529441806~\nNM1*85*2*KESTREL FAMILY CLINIC~';
    expect(cellPairs(x12)).toEqual([
      ['contact_name', 'JANELLE FORTIER'],
      ['phone', '4048723310'],
      ['last_name', 'BEAUCHAMP'],
      ['first_name', 'LORRAINE'],
      ['date_of_birth', '19710311'],
      ['ssn', '529441806'],
    ]);
  });

  it('reads a spreadsheet pasted with its column letters and row numbers, row 1 naming the columns', () => {
    const text =
      '\tA\tB\tC\n1\tWeek\tEngineer\tPhone\n2\t2024-W11\tPriyanka Sethi\t=VLOOKUP(B2,Staff!$A$2:$D$40,3,FALSE)\n';
    expect(cellPairs(text)).toEqual([
      ['Week', '2024-W11'],
      ['Engineer', 'Priyanka Sethi'],
      ['Phone', '=VLOOKUP(B2,Staff!$A$2:$D$40,3,FALSE)'],
    ]);
  });

  it('reads a COBOL report: a header with a comma, a dashed rule, carriage-control characters', () => {
    const text = [
      '0POLICY NO   INSURED (LAST, FIRST MI)        DOB       BENEFICIARY',
      ' ----------  ------------------------------  --------  ------------------',
      ' LP00418820  HARGROVE, DELORES M             19590704  HARGROVE RAYMOND T',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['POLICY NO', 'LP00418820'],
      ['INSURED (LAST, FIRST MI)', 'HARGROVE, DELORES M'],
      ['DOB', '19590704'],
      ['BENEFICIARY', 'HARGROVE RAYMOND T'],
    ]);
  });

  it("reads pandas' to_markdown(), whose index column has no header", () => {
    const text =
      '|    |   member_id | first_name   |\n|---:|------------:|:-------------|\n|  0 |      100417 | Saanvi       |\n';
    expect(cellPairs(text)).toEqual([
      ['', '0'],
      ['member_id', '100417'],
      ['first_name', 'Saanvi'],
    ]);
  });

  it('reads survey and gradebook exports whose headers are whole questions or grade items', () => {
    const moodle =
      '"First name","Surname","Quiz: Week 3 (Real)","Wie viele kommen mit?"\n"Aoife","Ní Bhriain","8.50","2"';
    expect(cellPairs(moodle)).toEqual([
      ['First name', 'Aoife'],
      ['Surname', 'Ní Bhriain'],
      ['Quiz: Week 3 (Real)', '8.50'],
      ['Wie viele kommen mit', '2'],
    ]);
    const blackboard =
      '"Last Name"\t"First Name"\t"Exam [Total Pts: 100 Percentage] |1204472"\n"Kowalczyk"\t"Zofia"\t"68.00000"';
    expect(cellPairs(blackboard).map(([header]) => header)).toEqual([
      'Last Name',
      'First Name',
      'Exam [Total Pts: 100 Percentage] |1204472',
    ]);
    const canvas = 'Student,ID,Essay 1: Piaget vs Vygotsky (118207)\n"Tanaka, Haruto",48812,41.00';
    expect(cellPairs(canvas)).toEqual([
      ['Student', 'Tanaka, Haruto'],
      ['ID', '48812'],
      ['Essay 1: Piaget vs Vygotsky (118207)', '41.00'],
    ]);
    const arabic =
      'الاسم الكامل,رقم الجوال,كيف عرفت عن الدورة؟\nريم خالد الزهراني,+966 54 318 2207,من صديقتي سارة';
    expect(cellPairs(arabic).map(([header]) => header)).toEqual([
      'الاسم الكامل',
      'رقم الجوال',
      'كيف عرفت عن الدورة؟',
    ]);
    // Prose puts its colon in the first comma-separated part, and asks its questions unquoted.
    const prose =
      'Father: Carlo Mendoza, native of Pulilan, Bulacan\nMother: Patricia Santos, native of Quezon, City\n' +
      'Why not, then? Fine, ok\nWell, so, yes\n\nSo, is it? Who, then, said what?\nYes, no, maybe, so';
    expect(cellPairs(prose)).toEqual([]);
  });

  it('reads a padded pipe table framed on both sides without a rule under its header', () => {
    const text =
      '  invalid_count(country_code):\n    | customer_id | full_name      | email      |\n    | 40117       | Halvard Sæther | h@online.no |\n';
    expect(cellPairs(text)).toEqual([
      ['customer_id', '40117'],
      ['full_name', 'Halvard Sæther'],
      ['email', 'h@online.no'],
    ]);
  });

  it('reads a pipe table pasted without rule or outer bars when two rows follow, not one line of bars', () => {
    const table =
      'Time  | Client        | Mobile\n11:00 | Ahmed Mostafa | +20 100 447 1209\n12:30 | Sherif Kamel  | 0122 318 4471\n';
    expect(cellPairs(table)).toEqual([
      ['Time', '11:00'],
      ['Client', 'Ahmed Mostafa'],
      ['Mobile', '+20 100 447 1209'],
      ['Time', '12:30'],
      ['Client', 'Sherif Kamel'],
      ['Mobile', '0122 318 4471'],
    ]);
    expect(cellPairs('Home | About us | Contact\nWelcome | to our | site\n\nMore text.')).toEqual([]);
  });

  it("reads a data.table value wider than its header from the row label's end", () => {
    const text = [
      '         nhs_no    surname',
      '         <char>     <char>',
      '1: 448 120 9318    Ackroyd',
      '2: 720 931 8844    Hussain',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['nhs_no', '448 120 9318'],
      ['surname', 'Ackroyd'],
      ['nhs_no', '720 931 8844'],
      ['surname', 'Hussain'],
    ]);
  });

  it("reads a seed script's INSERT rows past a -- comment after a tuple's comma", () => {
    const text = [
      'INSERT INTO clienti (nome, data_nascita) VALUES',
      "  ('Mario', NULL),  -- riga di esempio",
      "  ('Giuseppina', '1971-04-12');",
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['nome', 'Mario'],
      ['data_nascita', 'NULL'],
      ['nome', 'Giuseppina'],
      ['data_nascita', '1971-04-12'],
    ]);
  });

  it("reads a transposed pandas frame's values under its index labels, not under the row number", () => {
    const text = [
      'Out[13]:',
      '                          412',
      'mandatsref      MR-2023-00871',
      'kontoinhaber     Brandt, Jörg',
      'faelligkeit        2024-04-02',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['mandatsref', 'MR-2023-00871'],
      ['kontoinhaber', 'Brandt, Jörg'],
      ['faelligkeit', '2024-04-02'],
    ]);
    // A frame with named columns stays as it is.
    expect(cellPairs('       name  age\n0  Ana Lima   41')).toEqual([
      ['name', 'Ana Lima'],
      ['age', '41'],
    ]);
  });

  it("reads df.compare()'s two-level header: the values of a column under its group's name", () => {
    const text = [
      '        nome                   tel       ',
      '       antes          depois antes depois',
      'P1  Ana Lima  Ana Lima Costa   NaN    NaN',
      'P2       NaN             NaN     1      2',
    ].join('\n');
    expect(cellPairs(text).slice(0, 4)).toEqual([
      ['nome', 'Ana Lima'],
      ['nome', 'Ana Lima Costa'],
      ['tel', 'NaN'],
      ['tel', 'NaN'],
    ]);
    // Wrapped in blocks of one group each (a backslash ends the first line of each but the last): the
    // lower names repeat across the blocks.
    const wrapped = [
      '        nome             \\',
      '       antes     depois   ',
      'id                        ',
      'P1  Ana Lima  Ana L. Sá   ',
      '',
      '          tel             ',
      '        antes     depois  ',
      'id                        ',
      'P1  912408177  936120447  ',
    ].join('\n');
    expect(cellPairs(wrapped)).toEqual([
      ['id', 'P1'],
      ['nome', 'Ana Lima'],
      ['nome', 'Ana L. Sá'],
      ['id', 'P1'],
      ['tel', '912408177'],
      ['tel', '936120447'],
    ]);
    // A lower level that does not repeat names the columns itself.
    expect(
      cellPairs('    cliente        \n       nome   email\n0  Ana Lima  a@b.pt\n1    Rui Sá  r@s.pt'),
    ).toEqual([
      ['nome', 'Ana Lima'],
      ['email', 'a@b.pt'],
      ['nome', 'Rui Sá'],
      ['email', 'r@s.pt'],
    ]);
  });

  it("reads to_string(index=False) whose first header is wider than its values, and a Hebrew header's gershayim", () => {
    const text = [
      'ক্রমিক           নাম জন্ম তারিখ',
      '     ১   রহিমা খাতুন ১২/০৪/১৯৫৮',
      '     ২   আব্দুল করিম ০৩/১১/১৯৫১',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['ক্রমিক', '১'],
      ['নাম', 'রহিমা খাতুন'],
      ['জন্ম তারিখ', '১২/০৪/১৯৫৮'],
      ['ক্রমিক', '২'],
      ['নাম', 'আব্দুল করিম'],
      ['জন্ম তারিখ', '০৩/১১/১৯৫১'],
    ]);
    expect(cellPairs('שם_פרטי,ת"ז,דוא"ל\nיונתן,204518733,yoni@gmail.com')).toEqual([
      ['שם_פרטי', 'יונתן'],
      ['ת"ז', '204518733'],
      ['דוא"ל', 'yoni@gmail.com'],
    ]);
  });

  it("reads an R tribble's values under its ~ columns, row after row, inside their quotes", () => {
    const text = [
      'clientes <- tribble(',
      '  ~nombre,   ~apellidos,               ~nacido,                      ~hijos,',
      '  "Itziar",  "Etxeberria Goikoetxea",  as.Date("1988-12-02"),        2L,  # revisado',
      "  'Ana',     \"O'Neil\",                NA,                           0L",
      ')',
    ].join('\n');
    expect(cellPairs(text)).toEqual([
      ['nombre', 'Itziar'],
      ['apellidos', 'Etxeberria Goikoetxea'],
      ['nacido', '1988-12-02'],
      ['hijos', '2L'],
      ['nombre', 'Ana'],
      ['apellidos', "O'Neil"],
      ['nacido', 'NA'],
      ['hijos', '0L'],
    ]);
  });

  it("reads a groupby's index of names, words a blank apart, under the index's name", () => {
    const text = [
      '                          count        sum',
      'owner_name',
      'Mei-Lin Tsao                 52  1904300.0',
      'Jarrah Corowa                41  1284500.0',
      'Unassigned                    4    31500.0',
    ].join('\n');
    expect(cellPairs(text).filter(([h]) => h !== 'sum')).toEqual([
      ['owner_name', 'Mei-Lin Tsao'],
      ['count', '52'],
      ['owner_name', 'Jarrah Corowa'],
      ['count', '41'],
      ['owner_name', 'Unassigned'],
      ['count', '4'],
    ]);
  });

  it('reads a pandas frame set by display width, or aligned again by hand, by its runs of two blanks', () => {
    // `display.unicode.east_asian_width`: a Han character takes two columns.
    const text = [
      '  member_no  中文姓名       name_en    出生日期',
      '0   HK00913    陳大文  CHAN TAI MAN  1970-01-01',
      '1   HK00914    李凱欣   LEE HOI YAN  1989-06-22',
    ].join('\n');
    expect(cellPairs(text).slice(0, 4)).toEqual([
      ['member_no', 'HK00913'],
      ['中文姓名', '陳大文'],
      ['name_en', 'CHAN TAI MAN'],
      ['出生日期', '1970-01-01'],
    ]);
    const outgrown = [
      '    studentnr                 naam                       email',
      '14   13447120        Bakker, Lotte     l.bakker@student.uva.nl',
      '22   14020931  El Idrissi, Soufiane  s.elidrissi@student.uva.nl',
    ].join('\n');
    expect(cellPairs(outgrown).filter(([h]) => h === 'naam')).toEqual([
      ['naam', 'Bakker, Lotte'],
      ['naam', 'El Idrissi, Soufiane'],
    ]);
    // A header of single-blank names, and a last row whose wide values a hand edit shifted off their edges.
    const shifted = [
      '          ResponseId      IPAddress RecipientLastName RecipientFirstName                      RecipientEmail  LocationLatitude UserLanguage  Q1                    Q5_TEXT',
      '0  R_2Vx8Kp3LmQ7wTz1  126.15.204.88                高橋                 美咲     m.takahashi@sakura-kikaku.co.jp           35.6895           JA   4                       特になし',
      '4  R_9Hj3kL5mN7bV1cX   153.203.64.5               佐々木              健太郎  kentaro.sasaki@sakura-kikaku.co.jp           43.0618           JA   4                          -',
    ].join('\n');
    expect(cellPairs(shifted).filter(([h]) => h.endsWith('Name'))).toEqual([
      ['RecipientLastName', '高橋'],
      ['RecipientFirstName', '美咲'],
      ['RecipientLastName', '佐々木'],
      ['RecipientFirstName', '健太郎'],
    ]);
  });

  it("reads a delimited header whose row labels' column has no name (to_csv's index, a gradebook grid)", () => {
    expect(cellPairs('\tQuiz 1\tLab 2\nBautista, Andrea\t18\t27')).toEqual([
      ['', 'Bautista, Andrea'],
      ['Quiz 1', '18'],
      ['Lab 2', '27'],
    ]);
    expect(cellPairs(',नाम,मोबाइल\n0,सुनीता शर्मा,98100 12345')).toEqual([
      ['', '0'],
      ['नाम', 'सुनीता शर्मा'],
      ['मोबाइल', '98100 12345'],
    ]);
  });

  it('marks the cells of fixture rows: an e-mail at a reserved domain, a filler phone; not a zeroed id', () => {
    const text = [
      'imie\tnazwisko\ttelefon\temail',
      'Agnieszka\tWróbel\t512407883\ta.wrobel@wp.pl',
      'Jan\tKowalski\t13800000000\t[NULL]',
      'Ola\tNowak\t513508378\tola@example.com',
      'Ewa\tLis\t1000000000.00\tewa@test.pl',
      'Iga\tMróz\t00000000000\tiga@o2.pl',
    ].join('\n');
    expect([...placeholderRows(text, tableCells(text))]).toEqual([
      0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it("marks the row of a government's specimen id (Hong Kong's A123456(3)), not a real id's", () => {
    const text = ['name_en\thkid', 'CHAN TAI MAN\tA123456(3)', 'LEE HOI YAN\tY528731(4)'].join('\n');
    expect([...placeholderRows(text, tableCells(text))]).toEqual([1, 1, 0, 0]);
  });

  it('reads a frame set by display width whose header has names one blank apart', () => {
    const text = [
      '  member_no 中文姓名            name_en        hkid',
      '0   HK00913   陳大文       CHAN TAI MAN  A123456(3)',
      '1   HK00914   李凱欣        LEE HOI YAN  Y528731(4)',
    ].join('\n');
    expect(cellPairs(text).slice(4)).toEqual([
      ['member_no', 'HK00914'],
      ['中文姓名', '李凱欣'],
      ['name_en', 'LEE HOI YAN'],
      ['hkid', 'Y528731(4)'],
    ]);
  });

  it('marks a row keyed to a fixture row by a UUID only that row holds, not by one all rows share', () => {
    const dev = 'b3f1c9a2-4e7d-4c18-9a2b-6d0e5f8c1a37';
    const real = 'e82a7c14-0b9f-4d36-8e51-2f7c9a0d4b68';
    const zero = '00000000-0000-0000-0000-000000000000';
    const text = [
      'insert into auth.users (instance_id, id, email) values',
      `  ('${zero}', '${dev}', 'dev@example.com'),`,
      `  ('${zero}', '${real}', 'mingxuan.oy@163.com');`,
      'insert into public.patients (id, user_id, full_name, dob) values',
      `  (1, '${dev}', 'Dev Patient', '1990-01-01'),`,
      `  (2, '${real}', 'Ouyang Mingxuan', '1990-03-07'),`,
      `  (3, '${zero}', 'Li Wei', '1988-05-02');`,
    ].join('\n');
    expect([...placeholderRows(text, tableCells(text))]).toEqual([
      1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it("reads a record a loader's error quotes under a header line printed apart, by field count", () => {
    const text = [
      '!head -1 employees.csv',
      'employee_id,first_name,last_name,salary',
      'ERROR\tLINE\tREJECTED_RECORD',
      'Numeric value \'78,500\' is not recognized\t388\tE-31544,Nomvula,Khumalo-Reddy,"78,500"',
      'Original Line: 2871;"Wiśniewska";"Agnieszka"',
      'Original Line: E-1,Ana,Lima',
    ].join('\n');
    // The TSV lines are a table of their own; of the header's columns only the one whole record counts.
    const named = new Set(['employee_id', 'first_name', 'last_name', 'salary']);
    expect(cellPairs(text).filter(([header]) => named.has(header))).toEqual([
      ['employee_id', 'E-31544'],
      ['first_name', 'Nomvula'],
      ['last_name', 'Khumalo-Reddy'],
      ['salary', '78,500'],
    ]);
    const duck =
      'D .shell head -1 wplaty.csv\nid;nazwisko;imie\nD SELECT * FROM wplaty;\nInvalid Input Error: CSV Error on Line: 2871\n' +
      'Original Line: 2871;"Wiśniewska";"Agnieszka"\nOriginal Line: 1;2';
    expect(cellPairs(duck)).toEqual([
      ['id', '2871'],
      ['nazwisko', 'Wiśniewska'],
      ['imie', 'Agnieszka'],
    ]);
  });

  it('joins back the one field of a CSV row split at an unquoted ", " between letters, not others', () => {
    const text = 'id,name,phone\nKH1,Nguyen, Thi Lan,0912\nKH2,Pham, Bao, An,0388\nKH3,Le An,0977';
    expect(cellPairs(text)).toEqual([
      ['id', 'KH1'],
      ['name', 'Nguyen, Thi Lan'],
      ['phone', '0912'],
    ]);
  });

  it('reads no COPY block without its column list, and no key tuple in prose', () => {
    expect(cellPairs('COPY customers FROM stdin;\n1\tWanjiru')).toEqual([]);
    expect(cellPairs('The Key (the one on the desk) is lost.')).toEqual([]);
  });
});

describe('keyedValues', () => {
  it('reads a form body logged as a string as its own pairs, an apostrophe between letters in a value', () => {
    const text = `{"ip":"10.0.0.1","args":"surname=O'Rourke&first_name=Siobhán&dob=1987-11-04"}`;
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['ip', '10.0.0.1'],
      ['surname', "O'Rourke"],
      ['first_name', 'Siobhán'],
      ['dob', '1987-11-04'],
    ]);
    // A string with one pair and prose stays one value; a quote before no capital ends a bare value.
    expect(keyedValues(`{"note":"a=b then more"}`).map((c) => c.value)).toEqual(['a=b then more']);
    expect(keyedValues("x=Ann' y").map((c) => c.value)).toEqual(['Ann']);
    expect(keyedValues("body = b'prenom=Ana&nom=Lima'").map((c) => [c.header, c.value])).toEqual([
      ['body', 'b'],
      ['prenom', 'Ana'],
      ['nom', 'Lima'],
    ]);
  });

  it("reads a data catalog's sample values under the column they sample, not past its object", () => {
    const text = [
      '{ "fieldPath": "full_name_ar", "tags": ["pii:name"], "sampleValues": ["خالد إبراهيم المنصوري"] },',
      '{ "name": "date_of_birth", "examples": ["1987-05-14"] },',
      '{ "fieldPath": "mobile" }, { "sampleValues": ["+971 50 318 4472"] }',
    ].join('\n');
    expect(
      keyedValues(text)
        .filter((c) => !['fieldPath', 'name', 'tags'].includes(c.header))
        .map((c) => [c.header, c.value]),
    ).toEqual([
      ['full_name_ar', 'خالد إبراهيم المنصوري'],
      ['date_of_birth', '1987-05-14'],
      ['sampleValues', '+971 50 318 4472'],
    ]);
  });

  it("reads a profile's extremes and samples under the column it profiles, once it measures the column", () => {
    const text = [
      'Asset: hms_prod.registration.patients.date_of_birth   (Unity Catalog)',
      'Profile (2024-06-09, 1,872,441 rows):',
      '  nulls: 2.1%    distinct: 29,880',
      '  min: 1921-03-15    max: 2024-06-08',
      '  top value: 1990-01-01 (41,207 rows, 2.2%)',
      '  sample values: 1977-08-30, 2001-12-17',
      '',
      '  max: 2024-06-30',
    ].join('\n');
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['Asset', 'hms_prod.registration.patients.date_of_birth'],
      ['nulls', '2.1%    distinct: 29'],
      ['date_of_birth', '1921-03-15    max: 2024-06-08'],
      ['value', '1990-01-01'],
      ['date_of_birth', '1977-08-30'],
      ['date_of_birth', '2001-12-17'],
      // Past the paragraph: no longer the profiled column's.
      ['max', '2024-06-30'],
    ]);
  });

  it("reads a Metabase fingerprint's earliest and latest under the field's name, not a rule's bounds", () => {
    const text = [
      '{"name": "date_of_birth", "fingerprint": {"global": {"distinct-count": 15302}, "type": {"type/DateTime": {"earliest": "1921-03-04", "latest": "2024-05-29"}}}}',
      '{"column": "date_of_birth", "min": "1900-01-01", "max": "2024-12-31"}',
    ].join('\n');
    expect(
      keyedValues(text)
        .filter((c) => c.value.includes('-'))
        .map((c) => [c.header, c.value]),
    ).toEqual([
      ['date_of_birth', '1921-03-04'],
      ['date_of_birth', '2024-05-29'],
      ['min', '1900-01-01'],
      ['max', '2024-12-31'],
    ]);
  });

  it("reads the pairs of an object's toString in a quoted value under their own keys", () => {
    const text = '"shopperName": "[first name=Inês, infix=null, last name=Carvalho]", "note": "[a=b]"';
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['first name', 'Inês'],
      ['last name', 'Carvalho'],
      ['note', '[a=b]'],
    ]);
  });

  it("reads Power BI's rows keyed by DAX column references", () => {
    const text = "[{'[Name]': 'Ngaio Rāwiri-Kemp', 'Employee[Work Email]': 'n@tui.nz'}] x[0]: 1";
    expect(keyedValues(text).map((c) => [normalizeHeader(c.header), c.value])).toEqual([
      ['name', 'Ngaio Rāwiri-Kemp'],
      ['employee_work_email', 'n@tui.nz'],
    ]);
  });

  it("puts an EU COVID certificate's nam fields under the name each key stands for", () => {
    const text = '"nam": { "fn": "Gruber-Mayrhofer", "gnt": "THERESIA" }, "fn": "x"';
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['family_name', 'Gruber-Mayrhofer'],
      ['given_name', 'THERESIA'],
      ['fn', 'x'],
    ]);
  });

  it('reads the pairs a colon labels on a log line, not their first key as its value', () => {
    const text = '  surviving: first_name="Marieke" last_name="de Vries"\n  check: a==b';
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['first_name', 'Marieke'],
      ['last_name', 'de Vries'],
      ['check', 'a'],
    ]);
  });

  it("names an object's field by the field (`r.nome=`, `row.first_name`)", () => {
    const text = "[DEBUG] r.nome='Benedetta' r.cognome='Santoro' row.first_name: 'Ana'";
    expect(keyedValues(text).map((c) => [normalizeHeader(c.header), text.slice(c.start, c.end)])).toEqual([
      ['nome', 'Benedetta'],
      ['cognome', 'Santoro'],
      ['first_name', 'Ana'],
    ]);
  });

  it('ends a value where a form printed in columns starts its next capitalised label', () => {
    const text = '  Surname: Abernethy-Clarke        Forenames or initials: Fiona Jane';
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['Surname', 'Abernethy-Clarke'],
      ['initials', 'Fiona Jane'],
    ]);
  });

  it("gives a form's field the label of several words it ends, past padding, plural marks, numbers, notes and a condition", () => {
    const text = [
      'Adı Soyadı           : Zeynep Nur Aksoy',
      'Baba Adı             : Mustafa',
      '1.1 Apellido(s) / Family name(s): GARCÍA-VILLALBA ROMERO',
      'Civilité : Mme   Nom de naissance : DIOP   Prénom(s) : Awa',
      'Veli Cep Telefonu: (0532) 614 27 89',
      'Employee Name: Ananya Iyer      Emp Code: KT4471',
      'Call me at home, my father: no',
      'Name, Vorname des Versicherten: Schröder, Karl-Heinz',
      '4.a. Family Name (Last Name): Abernathy-Quist',
      '4.a. Family Name: Nwachukwu   4.b. Given Name: Chidinma',
      'Last Name (Family Name): Thibodeaux   First Name (Given Name): Celestine',
      "Last name: Santangelo      Spouse's social security number: none",
      "If joint return, spouse's first name and middle initial: Imani",
      '(a) First name and middle initial: Priya',
    ].join('\n');
    expect(keyedValues(text).map((c) => [c.header, c.label, c.value])).toEqual([
      ['Soyadı', 'Adı Soyadı', 'Zeynep Nur Aksoy'],
      ['Adı', 'Baba Adı', 'Mustafa'],
      ['name', 'Family name', 'GARCÍA-VILLALBA ROMERO'],
      ['Civilité', undefined, 'Mme'],
      ['naissance', 'Nom de naissance', 'DIOP'],
      ['Prénom', undefined, 'Awa'],
      ['Telefonu', 'Veli Cep Telefonu', '(0532) 614 27 89'],
      ['Name', 'Employee Name', 'Ananya Iyer'],
      ['Code', 'Emp Code', 'KT4471'],
      ['father', undefined, 'no'],
      ['Versicherten', 'Name, Vorname des Versicherten', 'Schröder'],
      ['Name', 'Family Name', 'Abernathy-Quist'],
      ['Name', 'Family Name', 'Nwachukwu'],
      ['Name', 'Given Name', 'Chidinma'],
      ['Name', 'Last Name', 'Thibodeaux'],
      ['Name', 'First Name', 'Celestine'],
      ['name', 'Last name', 'Santangelo'],
      ['number', "Spouse's social security number", 'none'],
      ['initial', "spouse's first name and middle initial", 'Imani'],
      ['initial', 'First name and middle initial', 'Priya'],
    ]);
  });

  it("reads a form's line of wide-set labels over a line of values, in turn, box letters dropped", () => {
    const text = [
      'd Control number   000418',
      "e Employee's first name and initial   Last name   Suff.",
      '  NAOMI R            ACHTERBERG',
      '  1187 S Pearl St, Denver CO 80210',
      // Values under their labels: a table's columns, read as a table.
      'Name       Team',
      'Ana Lima   Platform',
    ].join('\n');
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ["Employee's first name and initial", 'NAOMI R'],
      ['Last name', 'ACHTERBERG'],
    ]);
  });

  it('reads labels on a line of their own (ID documents, forms), licence field codes and an MRZ', () => {
    const text = [
      'Surname / Nom / Apellidos',
      'WHITMORE',
      'Name:',
      'Ana Lima',
      'LN GARCIA-MOLINA',
      'FN ROSA ELENA',
      'P<USAWHITMORE<<ELEANOR<GRACE<<<<<<<<<<<<<<<<',
      '5334719826USA8803148F3002119<<<<<<<<<<<<<<06',
    ].join('\n');
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['Surname', 'WHITMORE'],
      ['Name', 'Ana Lima'],
      ['last_name', 'GARCIA-MOLINA'],
      ['first_name', 'ROSA ELENA'],
      ['full_name', 'WHITMORE<<ELEANOR<GRACE'],
      ['date_of_birth', '880314'],
    ]);
  });

  it("reads a DICOM header's person names (family, given, middle) and values under their keywords", () => {
    const text = [
      '(0008,0090) PN [Lindqvist^Ylva^^Dr]                     #  18, 1 ReferringPhysicianName',
      '(0010,0030) DA [19780412]                               #   8, 1 PatientBirthDate',
    ].join('\n');
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['person_full_name', 'Lindqvist^Ylva'],
      ['PatientBirthDate', '19780412'],
    ]);
  });

  it("reads pandera's one-line failure cases as values of the column that failed", () => {
    const text =
      "SchemaError: Column 'ssn' failed element-wise validator number 0: str_matches('^x$') failure cases: 214673390, 447 09 2286";
    expect(
      keyedValues(text)
        .filter((c) => c.header === 'ssn')
        .map((c) => c.value),
    ).toEqual(['214673390', '447 09 2286']);
  });

  it("reads Go's %+v structs, whose values hold blanks, field by field", () => {
    const text =
      'upsert: {ID:42 Name:Luana Ferreira Batista Email:luana@uol.com.br Site:https://x.io Tags:[vip]}';
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['ID', '42'],
      ['Name', 'Luana Ferreira Batista'],
      ['Email', 'luana@uol.com.br'],
      ['Site', 'https://x.io'],
    ]);
    // Outside a struct's braces a capitalised word and a colon are prose.
    expect(
      keyedValues('ValueError: customer Chidinma Okafor: date_of_birth=1988').map((c) => c.header),
    ).toContain('date_of_birth');
  });

  it("reads Mixpanel's reserved `$` properties under their names", () => {
    const text = '{"$first_name": "Dimitris", "$last_name": "Papadakis"}';
    expect(keyedValues(text).map((c) => [c.header, text.slice(c.start, c.end)])).toEqual([
      ['first_name', 'Dimitris'],
      ['last_name', 'Papadakis'],
    ]);
  });

  it('reads the parties of SWIFT MT103 and MT940 messages', () => {
    const text = [
      ':50K:/DE44500105175407324931',
      'KESTREL ANALYTICS GMBH',
      ':59:/4471928365',
      'OLUWADAMILOLA BANKOLE-JOHNSON',
      '2210 PEACHTREE RD NW',
      ':86:166?00GUTSCHR?30GENODEF1S04?31DE23100700240922817364?32Friederike Haberkorn-Lind?34000',
    ].join('\n');
    expect(
      keyedValues(text)
        .filter((c) => c.header.endsWith('_name'))
        .map((c) => [c.header, text.slice(c.start, c.end)]),
    ).toEqual([
      ['ordering_customer_name', 'KESTREL ANALYTICS GMBH'],
      ['beneficiary_name', 'OLUWADAMILOLA BANKOLE-JOHNSON'],
      ['payer_or_payee_name', 'Friederike Haberkorn-Lind'],
    ]);
  });

  it('reads a one-line record of capitalised keys field by field', () => {
    const text = 'Name: John Smith Email: js@x.io Phone: +1 415 555 0100\nnote: call back. reason: none';
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['Name', 'John Smith'],
      ['Email', 'js@x.io'],
      ['Phone', '+1 415 555 0100'],
      ['note', 'call back. reason: none'],
    ]);
  });

  it('reads fields a middle dot separates on one line', () => {
    const text = 'Owner: @data-platform · Assignee: Hamid Rezaei-Tehrani · Incident 4f8c2e9a';
    expect(keyedValues(text).map((c) => [c.header, text.slice(c.start, c.end)])).toEqual([
      ['Owner', '@data-platform'],
      ['Assignee', 'Hamid Rezaei-Tehrani'],
    ]);
  });

  it("reads a Great Expectations result's unexpected samples under the column its kwargs name", () => {
    const text =
      '{"kwargs": {"column": "birth_date", "strftime_format": "%Y-%m-%d"}},\n "result": {"partial_unexpected_list": ["14/07/1987", "03/13/1992"], "partial_unexpected_index_list": [10231]}';
    expect(
      keyedValues(text)
        .filter((c) => c.header === 'birth_date')
        .map((c) => text.slice(c.start, c.end)),
    ).toEqual(['14/07/1987', '03/13/1992']);
  });

  it('reads the pairs of an escaped JSON string once a folded view has decoded it', () => {
    const text = '{"input":"{"last_name": "Papadakis", "dob": "1979-11-04"}"}';
    expect(keyedValues(text).map((c) => [c.header, text.slice(c.start, c.end)])).toEqual([
      ['last_name', 'Papadakis'],
      ['dob', '1979-11-04'],
    ]);
  });

  it('reads the pairs of a JSON body logged as a single-quoted string', () => {
    const text = `data: '{"properties":{"firstname":"Takeshi","lastname":"Morikawa"}}'`;
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['firstname', 'Takeshi'],
      ['lastname', 'Morikawa'],
    ]);
  });

  it('reads the strings a Jackson error quotes under the field its reference chain ends at', () => {
    const text = [
      'InvalidFormatException: Cannot deserialize value of type `java.time.LocalDate` from String "14/11/1983": Text \'14/11/1983\' could not be parsed',
      ' at [Source: (StreamUtils); line: 1, column: 98] (through reference chain: com.kestrel.CustomerDto["birthDate"])',
    ].join('\n');
    expect(
      keyedValues(text)
        .filter((c) => c.header === 'birthDate')
        .map((c) => text.slice(c.start, c.end)),
    ).toEqual(['14/11/1983', '14/11/1983']);
  });

  it("reads PHP's print_r and var_dump", () => {
    const text =
      'Array\n(\n    [first_name] => Dragan\n    [tags] => Array\n)\narray(1) {\n  ["dob"]=>\n  string(10) "1988-01-30"\n}';
    const php = keyedValues(text).filter((c) => c.separator === undefined);
    expect(php.map((c) => [c.header, c.value, text.slice(c.start, c.end)])).toEqual([
      ['first_name', 'Dragan', 'Dragan'],
      ['tags', 'Array', 'Array'],
      ['dob', '1988-01-30', '1988-01-30'],
    ]);
  });

  it('reads Elixir date sigils and Ruby dates with their weekday as whole values', () => {
    const text = 'date_of_birth: ~D[1993-04-08],\n  birth_date: Sun, 27 May 1990,\n  plan: Sun';
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['date_of_birth', '1993-04-08'],
      ['birth_date', 'Sun, 27 May 1990'],
      ['plan', 'Sun'],
    ]);
  });

  it("reads R's str() of a data frame and a printed list, not a factor's levels", () => {
    const text = [
      "'data.frame':\t3 obs. of  3 variables:",
      ' $ name : chr  "Aarav Deshpande" "Ishita Banerjee" ...',
      ' $ dob  : Date, format: "1994-06-12" "1988-02-29" ...',
      ' $ plan : Factor w/ 2 levels "basic","gold": 2 1 2',
      '> members_list[[1]]',
      '$phone',
      '[1] "+91 99872 40316"',
    ].join('\n');
    // (The `key: value` reader sees the lines too: `name: chr`; the R reader's cells have no separator.)
    const rCells = keyedValues(text).filter((c) => c.separator === undefined);
    expect(rCells.map((c) => [c.header, c.value])).toEqual([
      ['name', 'Aarav Deshpande'],
      ['name', 'Ishita Banerjee'],
      ['dob', '1994-06-12'],
      ['dob', '1988-02-29'],
      ['phone', '+91 99872 40316'],
    ]);
  });

  it("reads Rails' SQL log binds as pairs of column and value", () => {
    const text =
      'INSERT INTO "users" ("name", "birth_date", "age") VALUES ($1, $2, $3)  [["name", "Duarte Magalhães"], ["birth_date", "1991-08-23"], ["age", 33]]';
    expect(keyedValues('df[["full_name", "dob"]]')).toEqual([]);
    expect(
      keyedValues(text)
        .filter((c) => c.quoted && c.separator === undefined)
        .map((c) => [c.header, c.value, text.slice(c.start, c.end)]),
    ).toEqual([
      ['name', 'Duarte Magalhães', 'Duarte Magalhães'],
      ['birth_date', '1991-08-23', '1991-08-23'],
    ]);
  });

  it("reads Spark's vertical records like psql's expanded display", () => {
    const text =
      '-RECORD 0--------------\n customer_id | 7001\n name        | Facundo Gatti\n dob         | 1992-10-25\nonly showing top 1 row';
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['customer_id', '7001'],
      ['name', 'Facundo Gatti'],
      ['dob', '1992-10-25'],
    ]);
  });

  it('takes the string of a date constructor as the value', () => {
    const text = `{ dateOfBirth: ISODate('1989-06-21T00:00:00.000Z'), born: new Date("1977-12-04"), plan: 'pro' }`;
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['dateOfBirth', '1989-06-21T00:00:00.000Z'],
      ['born', '1977-12-04'],
      ['plan', 'pro'],
    ]);
  });

  it("reads the literals of an SQL IN list under its column, '' kept as written", () => {
    const text = "WHERE c.last_name IN ('McDonald', 'O''Neil') AND id NOT IN (1, 2) AND x IN ('')";
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['c.last_name', 'McDonald'],
      ['c.last_name', "O''Neil"],
    ]);
  });

  it('reads a value aligned far from its key, as personnel sheets and printouts pad them', () => {
    const text = 'Nachname:                 Schäfer-Obermaier\nVorname:                  Hans-Jürgen';
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['Nachname', 'Schäfer-Obermaier'],
      ['Vorname', 'Hans-Jürgen'],
    ]);
  });

  it("keeps a key's list of strings in its object's siblings", () => {
    const text =
      '[{"use": "official", "family": "Yazzie", "given": ["Darlene", "Marie"]}, {"given": ["Dee"]}]';
    expect(keyedValuesWithSiblings(text).map((c) => [c.value, c.headers.join(' ')])).toEqual([
      ['official', 'use family given given'],
      ['Yazzie', 'use family given given'],
      ['Darlene', 'use family given given'],
      ['Marie', 'use family given given'],
      ['Dee', 'given'],
    ]);
  });

  it('leaves other calls as they were', () => {
    const text = `{ _id: ObjectId('65f1d239fa32e6cf23ac4f14') }`;
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([['_id', 'ObjectId']]);
  });

  it.each([
    [
      'Avro',
      '{"id": "C-1", "dob": {"string": "14/03/1990"}, "email": null}',
      [
        ['id', 'C-1'],
        ['dob', '14/03/1990'],
        ['email', 'null'],
      ],
    ],
    [
      'DynamoDB',
      '{"givenName": {\n  "S": "Marisela"\n}, "visits": {"N": "14"}}',
      [
        ['givenName', 'Marisela'],
        ['visits', '14'],
      ],
    ],
    ['Firestore', '{"dob": {"timestampValue": "1987-04-09T12:00:00Z"}}', [['dob', '1987-04-09T12:00:00Z']]],
    ['MongoDB', '{"createdAt": {"$date": 1718034551220}}', [['createdAt', '1718034551220']]],
    // Not a wrapper: a type's key beside others, or a key that is no type's.
    [
      'other keys',
      '{"birth": {"date": "1990-01-02", "place": "Lagos"}}',
      [
        ['date', '1990-01-02'],
        ['place', 'Lagos'],
      ],
    ],
    ['a plain date key', '{"event": {"date": "2024-06-11"}}', [['date', '2024-06-11']]],
    ['a field named like a type', '{"contact": {"name": "Darrell Tsosie"}}', [['name', 'Darrell Tsosie']]],
  ])('reads a value in a typed wrapper (%s) under the key holding it', (_, text, expected) => {
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual(expected);
  });

  it.each([
    [
      'HubSpot',
      '{"objectId": 9011, "propertyName": "firstname", "propertyValue": "Oluwaseun", "changeSource": "FORM"}',
      [
        ['objectId', '9011'],
        ['propertyName', 'firstname'],
        ['firstname', 'Oluwaseun'],
        ['changeSource', 'FORM'],
      ],
    ],
    [
      "Liquibase's YAML flow mapping, its name unquoted (not a block mapping's)",
      '- column: { name: full_name, value: "Chen Jiahui" }\n- name: DB_USER\n  value: app',
      [
        ['name', 'full_name'],
        ['full_name', 'Chen Jiahui'],
        ['name', 'DB_USER'],
        ['value', 'app'],
      ],
    ],
    [
      'value first',
      '[{"Value": "Ana Lima", "Key": "Owner"}]',
      [
        ['Owner', 'Ana Lima'],
        ['Key', 'Owner'],
      ],
    ],
    [
      'Tally, the label keys away from the value',
      '{ "key": "question_7Kx1pd", "label": "Voornaam", "type": "INPUT_TEXT", "value": "Joost" }, { "label": "Opmerkingen" }, { "value": "x" }, { "label": "Revenue", "value": "1200" }',
      [
        ['key', 'question_7Kx1pd'],
        ['label', 'Voornaam'],
        ['type', 'INPUT_TEXT'],
        ['Voornaam', 'Joost'],
        ['label', 'Opmerkingen'],
        ['value', 'x'],
        ['label', 'Revenue'],
        ['value', '1200'],
      ],
    ],
    [
      'Typeform, the answer under its field ref one level down',
      '{ "type": "text", "text": "Aurélien", "field": { "id": "Xa1", "type": "short_text", "ref": "prenom" } }, { "type": "text", "text": "Lyon" }, { "ref": "nom" }',
      [
        ['type', 'text'],
        ['prenom', 'Aurélien'],
        ['id', 'Xa1'],
        ['type', 'short_text'],
        ['ref', 'prenom'],
        ['type', 'text'],
        ['text', 'Lyon'],
        ['ref', 'nom'],
      ],
    ],
    [
      'GA4, in a typed wrapper',
      '{"key": "first_name", "value": {"string_value": "Ana"}}',
      [
        ['key', 'first_name'],
        ['first_name', 'Ana'],
      ],
    ],
    [
      "Instagram's string_map_data, the value one level down under its key",
      '{"Name": { "href": "", "value": "Noura Alshammari", "timestamp": 0 }}',
      [
        ['href', ''],
        ['Name', 'Noura Alshammari'],
        ['timestamp', '0'],
      ],
    ],
    // Near miss: an object that names its own field is no value under the key holding it.
    [
      'an object with its own label',
      '{"note": { "label": "Notes", "value": "ok" }}',
      [
        ['label', 'Notes'],
        ['value', 'ok'],
      ],
    ],
    // A name that is no identifier names no field; a pair split across objects is none.
    [
      'a person as the name',
      '{"name": "Ana Souza", "value": "120"}',
      [
        ['name', 'Ana Souza'],
        ['value', '120'],
      ],
    ],
    [
      'two objects',
      '[{"name": "dob"}, {"value": "ok"}]',
      [
        ['name', 'dob'],
        ['value', 'ok'],
      ],
    ],
  ])('reads the value of a name/value pair (%s) under the name', (_, text, expected) => {
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual(expected);
  });

  it("reads redis-cli's numbered HGETALL lines as fields and values", () => {
    const text = [
      '127.0.0.1:6379> HGETALL user',
      ' 1) "first_name"',
      ' 2) "Temitope"',
      ' 3) "note"',
      ' 4) ""',
      ' 5) "created_at"',
      ' 6) "1651740112"',
    ].join('\n');
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['first_name', 'Temitope'],
      ['created_at', '1651740112'],
    ]);
    // LRANGE lists values, not fields; an odd run has no pairs.
    expect(keyedValues(' 1) "Ana Lima"\n 2) "Bo Chen"')).toEqual([]);
    expect(keyedValues(' 1) "first_name"\n 2) "Ana"\n 3) "last_name"')).toEqual([]);
  });

  it("reads the pairs of a JSON object in a column of psql's expanded display", () => {
    const text = [
      '-[ RECORD 1 ]---------',
      'record     | {"given_name": "Ngaio", "dob": "1988-13-07"}',
      'table_name | members',
      'note       | {not json}',
    ].join('\n');
    expect(keyedValues(text).map((c) => [c.header, c.value])).toEqual([
      ['given_name', 'Ngaio'],
      ['dob', '1988-13-07'],
      ['table_name', 'members'],
      ['note', '{not json}'],
    ]);
  });
});

describe('normalizeHeader', () => {
  it("reads a name column's header offering an initial instead as the name's", () => {
    expect(normalizeHeader('First name or initial')).toBe('first_name');
    expect(normalizeHeader('Middle Name or Initials')).toBe('middle_name');
    expect(normalizeHeader('Date de naissance')).toBe('date_de_naissance');
    expect(normalizeHeader('Initial or name')).toBe('initial_or_name');
    expect(normalizeHeader("Employee's first name and initial")).toBe('employee_first_name');
  });

  it("reads a Japanese form's column of a name's kana reading as the name's column", () => {
    expect(normalizeHeader('family_kana')).toBe('family_name');
    expect(normalizeHeader('first_name_kana')).toBe('first_name');
    expect(normalizeHeader('kana')).toBe('kana');
  });
});

describe('fixtureLine', () => {
  it('takes a line of several records as a fixture only in the record holding the reserved address', () => {
    const text =
      "[parameters: [{'nombre': 'Iker', 'email': 'iker.aranburu@gmail.com'}, {'nombre': 'Prueba', 'email': 'qa+alta@example.com'}]]";
    expect(fixtureLine(text, text.indexOf('Iker'))).toBe(false);
    expect(fixtureLine(text, text.indexOf('Prueba'))).toBe(true);
    const tuples = "VALUES (1,'Siobhán','s.od@eircom.net'),(3,'Test','test.contact@example.com');";
    expect(fixtureLine(tuples, tuples.indexOf('Siobhán'))).toBe(false);
    expect(fixtureLine(tuples, tuples.indexOf('Test'))).toBe(true);
    const one = "{'nombre': 'Jan', 'email': 'jan@example.com'}";
    expect(fixtureLine(one, one.indexOf('Jan'))).toBe(true);
  });
});

describe('nestedValues', () => {
  const read = (text: string): Array<[string, string]> =>
    [...nestedValues(text)].map((v) => [v.key, text.slice(v.start, v.end)]);

  it('reads a value beside its metadata, and a date object’s start one level down', () => {
    expect(read('"Name": { "href": "", "value": "Noura", "timestamp": 0 }')).toEqual([['Name', 'Noura']]);
    expect(read('"Birthday": { "type": "date", "date": { "start": "1989-07-14", "end": null } }')).toEqual([
      ['Birthday', '1989-07-14'],
    ]);
    expect(read('"생년월일": {"date":{"start":"1996-09-03"}}')).toEqual([['생년월일', '1996-09-03']]);
  });

  it('reads no start outside a date or value object, nor a self-named pair', () => {
    expect(read('"Sprint": { "start": "2024-03-01", "end": "2024-03-14" }')).toEqual([]);
    expect(read('"Event": { "range": { "start": "2024-03-01" } }')).toEqual([]);
    expect(read('"field": { "name": "dob", "value": "1990-02-14" }')).toEqual([]);
  });
});
