import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A thirty-fourth hand-written hold-out: notebook and SQL-editor context from data teams in Germany,
 * Austria, Switzerland, France, Belgium, Spain, Italy, the Netherlands, Portugal, Brazil and Japan,
 * written in those languages (prose, comments, column names) with the odd English mix. SQL clients:
 * psql aligned results (vorname/nachname with a Steuer-ID column; 氏名 with 和暦 birth dates), a
 * MySQL box (prénom/nom with a NIR column) and a MySQL `\G` record (社員), SQL Server "Results to
 * Text" (an Austrian insurer with SV-Nummern), SnowSQL boxes of a pseudonymised mart, a Snowflake
 * worksheet copied as tab-separated text (nombre/apellidos with DNI/NIE), a DuckDB box (voornaam/
 * achternaam with a BSN column), a Databricks SQL MERGE with literals and its result. SQL with
 * names and e-mails in literals (an UPDATE/DELETE after a Spanish ticket), a French CREATE TABLE
 * whose COMMENTs give placeholder examples, with a seed INSERT. pandas output: head() of Databricks
 * toPandas(), print(df) wrapped over two blocks (Belgium, Dutch and French columns), to_string
 * (index=False), to_markdown() in a Hex cell, sample(), iloc rows, merge() results with _crm/_erp
 * suffixes, info() and value_counts(). Python cells: a Swiss-French CRM
 * lookup with its printed JSON, a Brevo SMS call, a Pix refund batch, a Snowflake connector call, a
 * Databricks notebook source with a JDBC URL and a jobs API call, a Shopify-style order printed in
 * Japanese with a LINE token. Jupyter tracebacks: a strptime ValueError on a German birth date, a
 * pyodbc IntegrityError (Italy), a psycopg2 CheckViolation in Brazilian Portuguese. Logs: an
 * Airflow task log (Austria), Mollie webhook and client lines (Netherlands), Spring Boot with a
 * Lombok toString (Brazil), JSON lines with a forwarded-for chain and a bearer JWT (Italy), dbt run
 * and test/show output (Germany, Belgium). CSV exports with `;` and `,` (a French mutuelle, Spanish
 * hotel bookings). Free-text tickets and notes naming customers with honorifics (Herr, Frau, Mme,
 * M., Sra., Sr., Sig., dhr., mevr., 様, さん) in German, French, Spanish, Italian, Dutch, Brazilian
 * Portuguese and Japanese. Hard negatives of the same shapes: local ids that are not our types
 * (Steuer-ID spaced like a phone, SV-Nummer and rijksregisternummer that hold the birth date, AHV,
 * NIR, DNI/NIE, codice fiscale, BSN, Portuguese NIF beside a landline of the same length, CPF also
 * as a Pix key, マイナンバー), postcodes, amounts with decimal commas and apostrophes, contract,
 * entry, order, booking, arrival, hire and sign-up dates, timestamps, UUIDs, hashes, e2e ids, NSU and
 * TID, a mistyped DE IBAN that fails mod-97, masked IBANs and cards, a Japanese domestic account,
 * documented placeholder keys and secret-scope look-ups; companies, brands, shops and hotels named
 * after people (Siemens, Porsche, Robert Bosch, Carl Zeiss, Nestlé, Peugeot, Lacoste, Zara, Inditex,
 * Benetton, Philips, Heineken, Albert Heijn, O Boticário, 本田技研工業, トヨタ自動車, ミキモト, Meliá), streets, squares
 * and districts named after people (Goethestraße, Schillerstraße, Karl-Liebknecht-Str.,
 * Johann-Strauß-Gasse, Schubertring, Dufourstrasse, rue Victor Hugo, avenue Jean Jaurès, boulevard
 * Haussmann, Boulevard Anspach, Leopoldstraat, Calle de Alcalá, Calle de Velázquez, Bravo Murillo,
 * Via Giuseppe Garibaldi, Johan de Wittlaan, Rua Garrett, Rua de Camões, Avenida Paulista, Rua Oscar
 * Freire, Av. Brigadeiro Faria Lima, Berlin-Siemensstadt), a stadium, a museum and a house (Philips
 * Stadion, Van Gogh Museum, Anne Frank Huis); placeholder rows (Max Mustermann, Hans
 * Muster, Jean Dupont, Mario Rossi, Jan Jansen, Fulano de Tal, 山田太郎, Test Booking) with dummy
 * phones and example.com addresses; usernames and colleagues by family name alone (松下さん,
 * 佐野さん). Each case lists every value it expects found, with its type; anything else flagged is a
 * false positive. A title or honorific is no part of a name's span; name fields kept apart by a
 * format (vorname/nachname, prenom/nom, nombre/apellidos, nome/cognome, voornaam/achternaam,
 * last_name/first_name) are separate spans; one "Nachname, Vorname" field is one span; a holder
 * field in initial form (T. Oosterhuis, RAFAEL S COSTA) counts; a lone given or family name counts
 * only when the same person is named in full in the text (様/Herr/Mme/Sr./Sig./Dhr. with the family
 * name alone included), never for a colleague named only by family name. A name's katakana reading
 * counts. Birth dates count in every local form (dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy, 和暦, 年月日),
 * also inside an error message and when mistyped; other dates do not. Business switchboard numbers
 * count as phones. Values are fake: a Luhn-valid made-up card, IBANs with valid mod-97 (and
 * national) check digits, made-up names, numbers and keys.
 */
const k = joinParts;
const atCrmPw = k('Kt8_vW2q', '-Lz94mRx');
const brevoKey = k(
  'xkeysib-',
  '4f9a1c7e2b6d8035a9e1c4f7b2d60e83',
  '9c5a1f7e3b2d4068a1c9e5f7b3d20a4e',
  '-',
  'Qm7Xr2LkT9vWz4Bn',
);
const mollieKey = k('live_', 'Jq8Rw3Nx7TzK2mVb5Hc9Ld4Fg6Sp1A');
const efiSecret = k('Client_Secret_', '7c2e9f4a1b8d3e60c5f2a9b7d1e4c830aa5f0d12');
const smtpPw = k('N0tif', 'Cx72qLw9');
const lineToken = k(
  'Zx7Q2mLr9TvK4wBn8Hc3Jd6Fg1Sp5Ay0Ue7Io2Pa9Sd4Fg6Hj1Kl3Zx8Cv5Bn7Mq',
  'W2eR4tY6uI8oP0aS3dF5gH7jK9lZ1xC4vB6nM8qW0eR2tY4uI6oP8aS1dF3gH5jK7lZ9xC2vB4nM6q/',
  'W8eR0tY1uI3oP5aS7dF9gH2jK4lZ6xC8v=',
);
const dapiToken = k('dapi', 'e4b7c19a2f5d8063b1e9c4a7f2d50b86');
const jdbcPw = k('Exp0rt!', 'Zrh#2024q');
const sfPw = k('Sn0w!', 'Vtr8#kLq2');
const itJwt = k(
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  '.',
  'eyJzdWIiOiJjbGlfODgyMTQiLCJzY29wZSI6Im9yZGluaTpyZWFkIG9yZGluaTp3cml0ZSIsImlzcyI6Imh0dHBzOi8vYXV0aC5zcGVkaXNjaS1vcmEuaXQiLCJpYXQiOjE3MTEwMDY4NzIsImV4cCI6MTcxMTAxMDQ3Mn0',
  '.',
  'Xq4vN8Lm2Rt7Wz1Kc5Bh9Jd3Fg6Sp0Ay2Ue8Io4PaMw',
);

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- Germany
  {
    name: 'psql result of a German CRM query: vorname and nachname apart, geburtsdatum, mobile and landline, a Steuer-ID spaced like a phone, a Max Mustermann row, streets named after Goethe, Schiller and Liebknecht',
    text: `dwh=> SELECT kunden_id, vorname, nachname, geburtsdatum, telefonnummer, email, strasse, plz, ort, steuer_id
dwh->   FROM crm.kunden
dwh->  WHERE ort IN ('Weimar', 'Leipzig') AND angelegt_am >= '2024-01-01'
dwh->  ORDER BY kunden_id;
 kunden_id | vorname |  nachname   | geburtsdatum |  telefonnummer  |            email            |         strasse         |  plz  |   ort   |   steuer_id
-----------+---------+-------------+--------------+-----------------+-----------------------------+-------------------------+-------+---------+----------------
    418207 | Svenja  | Hoffmeister | 1986-09-23   | 0176 43918275   | svenja.hoffmeister@gmx.de   | Goethestraße 14         | 99423 | Weimar  | 48 291 736 505
    418213 | Max     | Mustermann  | 1970-01-01   | 0000 0000000    | max.mustermann@example.com  | Musterstraße 1          | 12345 | Weimar  |
    418230 | Malte   | Ostendorf   | 1979-04-02   | +49 341 2258914 | m.ostendorf@web.de          | Karl-Liebknecht-Str. 88 | 04275 | Leipzig | 71 058 392 640
    418244 | Dilara  | Yıldırım    | 2000-12-17   | 01523 6610487   | dilara.yildirim@t-online.de | Schillerstraße 3a       | 04109 | Leipzig |
(4 rows)
`,
    // Max Mustermann is the German placeholder (dummy phone, example.com); Steuer-IDs, postcodes and angelegt_am are not ours.
    expected: [
      ['PERSON', 'Svenja'],
      ['PERSON', 'Hoffmeister'],
      ['DATE_OF_BIRTH', '1986-09-23'],
      ['PHONE', '0176 43918275'],
      ['EMAIL', 'svenja.hoffmeister@gmx.de'],
      ['PERSON', 'Malte'],
      ['PERSON', 'Ostendorf'],
      ['DATE_OF_BIRTH', '1979-04-02'],
      ['PHONE', '+49 341 2258914'],
      ['EMAIL', 'm.ostendorf@web.de'],
      ['PERSON', 'Dilara'],
      ['PERSON', 'Yıldırım'],
      ['DATE_OF_BIRTH', '2000-12-17'],
      ['PHONE', '01523 6610487'],
      ['EMAIL', 'dilara.yildirim@t-online.de'],
    ],
  },
  {
    name: 'Databricks cell: toPandas().head() of German insurance contracts with "Nachname, Vorname", geburtsdatum in dd.mm.yyyy, compact IBANs (one mistyped), vertragsbeginn and beitrag',
    text: `df_vertraege = spark.table("versicherung.silver.vertraege").toPandas()
df_vertraege[["vertrag_nr", "name", "geburtsdatum", "iban", "vertragsbeginn", "beitrag_eur", "tarif"]].head()

      vertrag_nr                       name  geburtsdatum                    iban  vertragsbeginn  beitrag_eur    tarif
0  KV-2024-00817         Wendler, Katharina    14.02.1991  DE12370400440718263504      01.03.2024       187.40  Kompakt
1  KV-2024-00818            Mertens, Ulrich    30.07.1968  DE69100208900026184937      01.03.2024       312.95  Premium
2  KV-2024-00821  Albrecht-Kunz, Friederike    05.11.1983  DE80500105175419628830      15.03.2024       221.10  Kompakt
3  KV-2024-00822           Vahldiek, Torben    22.06.1995                    None      01.04.2024       143.60    Basis
4  KV-2024-00830                 Kaya, Emre    09.10.1977  DE12370400440718263540      01.04.2024       265.00  Premium`,
    // Row 4's IBAN has its last two digits swapped and fails mod-97; vertragsbeginn and contract numbers are not ours.
    expected: [
      ['PERSON', 'Wendler, Katharina'],
      ['DATE_OF_BIRTH', '14.02.1991'],
      ['IBAN', 'DE12370400440718263504'],
      ['PERSON', 'Mertens, Ulrich'],
      ['DATE_OF_BIRTH', '30.07.1968'],
      ['IBAN', 'DE69100208900026184937'],
      ['PERSON', 'Albrecht-Kunz, Friederike'],
      ['DATE_OF_BIRTH', '05.11.1983'],
      ['IBAN', 'DE80500105175419628830'],
      ['PERSON', 'Vahldiek, Torben'],
      ['DATE_OF_BIRTH', '22.06.1995'],
      ['PERSON', 'Kaya, Emre'],
      ['DATE_OF_BIRTH', '09.10.1977'],
    ],
  },
  {
    name: 'Jupyter ValueError from strptime on a German membership import: two printed row dicts, the failing birth date repeated in the error, eintritt dates',
    text: `In [23]:
from datetime import datetime

for idx, row in df_neu.iterrows():
    print(row.to_dict())
    row["geburtsdatum"] = datetime.strptime(row["geburtsdatum"], "%d.%m.%Y").date()

{'mitglied_id': 55021, 'vorname': 'Henrike', 'nachname': 'Lindqvist', 'geburtsdatum': '17.08.1990', 'telefon': '+49 40 63297418', 'email': 'h.lindqvist@posteo.de', 'eintritt': '2024-02-01'}
{'mitglied_id': 55022, 'vorname': 'Bastian', 'nachname': 'Kröger', 'geburtsdatum': '1988-03-27', 'telefon': '0157 38826104', 'email': 'bastian.kroeger@icloud.com', 'eintritt': '2024-02-01'}
---------------------------------------------------------------------------
ValueError                                Traceback (most recent call last)
Cell In[23], line 5
      3 for idx, row in df_neu.iterrows():
      4     print(row.to_dict())
----> 5     row["geburtsdatum"] = datetime.strptime(row["geburtsdatum"], "%d.%m.%Y").date()

File /usr/lib/python3.11/_strptime.py:568, in _strptime_datetime(cls, data_string, format)
    565 def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    566     """Return a class cls instance based on the input string and the
    567     format string."""
--> 568     tt, fraction, gmtoff_fraction = _strptime(data_string, format)

File /usr/lib/python3.11/_strptime.py:349, in _strptime(data_string, format)
    347 found = format_regex.match(data_string)
    348 if not found:
--> 349     raise ValueError("time data %r does not match format %r" %
    350                      (data_string, format))

ValueError: time data '1988-03-27' does not match format '%d.%m.%Y'`,
    // The eintritt (joining) dates are not birth dates; the failing birth date counts in the dict and in the error.
    expected: [
      ['PERSON', 'Henrike'],
      ['PERSON', 'Lindqvist'],
      ['DATE_OF_BIRTH', '17.08.1990'],
      ['PHONE', '+49 40 63297418'],
      ['EMAIL', 'h.lindqvist@posteo.de'],
      ['PERSON', 'Bastian'],
      ['PERSON', 'Kröger'],
      ['DATE_OF_BIRTH', '1988-03-27'],
      ['PHONE', '0157 38826104'],
      ['EMAIL', 'bastian.kroeger@icloud.com'],
      ['DATE_OF_BIRTH', '1988-03-27'],
    ],
  },
  {
    name: 'German service ticket: Herr Jörg Brückner and Herr Brückner, a new spaced IBAN, a mobile, his wife Frau Annika Brückner with geb. date, Siemens Healthineers and Mozartstraße, mandate and customer numbers',
    text: `Ticket #DE-58213 · Kanal: Telefon · Priorität: hoch · Bearbeiterin: j.kalinowski
Kunde: Herr Jörg Brückner (Kd.-Nr. 2207718), Vertrag KV-2023-11402

Herr Brückner hat sich heute um 10:40 gemeldet. Die Lastschrift vom 01.03.2024 über 312,95 € kam zurück, weil er zum 1. Februar das Konto gewechselt hat. Neue IBAN laut Kunde: DE90 7015 0000 0903 3177 42 – bitte im SEPA-Mandat (Mandatsref. MND-2207718-03) ändern.
Er arbeitet seit Januar bei Siemens Healthineers in Erlangen und ist tagsüber nur mobil erreichbar: 0151 27730964. Rückruf bitte nach 17 Uhr.
Seine Frau, Frau Annika Brückner (Mitversicherte, geb. 11.05.1984), möchte die Zahnzusatzversicherung zum 30.06.2024 kündigen.
Adresse unverändert: Mozartstraße 7, 91052 Erlangen.`,
    // j.kalinowski is a username; Siemens Healthineers is the employer; Mozartstraße a street; 01.03.2024 and 30.06.2024 are not birth dates.
    expected: [
      ['PERSON', 'Jörg Brückner'],
      ['PERSON', 'Brückner'],
      ['IBAN', 'DE90 7015 0000 0903 3177 42'],
      ['PHONE', '0151 27730964'],
      ['PERSON', 'Annika Brückner'],
      ['DATE_OF_BIRTH', '11.05.1984'],
    ],
  },
  {
    name: 'SnowSQL box of a pseudonymised German customer mart: SHA-256 keys, postcodes, age bands, employers named after people (Siemens, Porsche, Robert Bosch, Carl Zeiss), masked IBANs, amounts with decimal commas, first-purchase dates',
    text: `analyst#ANALYTICS_WH@DWH.MART_DE>SELECT KUNDE_HASH, PLZ, ALTERSGRUPPE, ARBEITGEBER, IBAN_MASKIERT, UMSATZ_EUR, ERSTKAUF
                                 FROM V_KUNDE_PSEUDO SAMPLE (5 ROWS);
+------------------------------------------------------------------+-------+--------------+-----------------------------+-----------------------------+------------+------------+
| KUNDE_HASH                                                       | PLZ   | ALTERSGRUPPE | ARBEITGEBER                 | IBAN_MASKIERT               | UMSATZ_EUR | ERSTKAUF   |
|------------------------------------------------------------------+-------+--------------+-----------------------------+-----------------------------+------------+------------|
| 14f896966f8d846fa0468fb40c92e4a8c3306f4578af3353211cb2584014984a | 80331 | 35-44        | Siemens AG                  | DE** **** **** **** **35 04 |   1.284,50 | 2022-11-03 |
| cd7eae4b42fbe78c1c86178faf0f89b2b01db905a84e1159f7b71451032f1506 | 70435 | 25-34        | Dr. Ing. h.c. F. Porsche AG | DE** **** **** **** **49 37 |   6.912,00 | 2021-05-17 |
| e9ab03876c414f9d02a32e087bc2715c31f81860a339a879e68b4464974a5570 | 70839 | 45-54        | Robert Bosch GmbH           | DE** **** **** **** **88 30 |     418,75 | 2023-02-28 |
| 0d28cdeed9070bca5f2937652a1c4f0a5db6e97ea3962be1785b94277760947d | 73447 | 55-64        | Carl Zeiss AG               | NULL                        |   2.033,10 | 2020-09-09 |
| a322d43effa19c45491fb8ba347f08a7782d4b558285d80863a088d0958265e1 | 91052 | 25-34        | Siemens Healthineers AG     | DE** **** **** **** **77 42 |      97,60 | 2024-01-12 |
+------------------------------------------------------------------+-------+--------------+-----------------------------+-----------------------------+------------+------------+
5 Row(s) produced. Time Elapsed: 0.412s`,
    // Everything here is pseudonymised or aggregate: hashes, postcodes, age bands, companies named after their founders, masked IBANs.
    expected: [],
  },
  {
    name: 'dbt run log from a German Snowflake project with a compilation error on a birth-date column name: models, versions, timings, a query id, no values',
    text: `08:14:02  Running with dbt=1.7.9
08:14:03  Registered adapter: snowflake=1.7.2
08:14:04  Found 84 models, 212 tests, 6 seeds, 14 sources, 0 exposures, 0 metrics, 611 macros, 0 groups, 0 semantic models
08:14:04
08:14:05  Concurrency: 4 threads (target='prod')
08:14:05
08:14:05  1 of 4 START sql table model mart_de.dim_kunde ................................. [RUN]
08:14:19  1 of 4 OK created sql table model mart_de.dim_kunde ............................ [SUCCESS 1 in 13.82s]
08:14:19  2 of 4 START sql incremental model mart_de.fct_bestellung ...................... [RUN]
08:14:19  3 of 4 START sql view model mart_de.v_kunde_pseudo ............................. [RUN]
08:14:22  3 of 4 OK created sql view model mart_de.v_kunde_pseudo ........................ [SUCCESS 1 in 2.71s]
08:14:41  2 of 4 ERROR creating sql incremental model mart_de.fct_bestellung ............. [ERROR in 21.90s]
08:14:41  4 of 4 SKIP relation mart_de.fct_umsatz_monat .................................. [SKIP]
08:14:42
08:14:42  Finished running 1 table model, 1 incremental model, 2 view models in 0 hours 0 minutes and 37.55 seconds (37.55s).
08:14:42
08:14:42  Completed with 1 error and 0 warnings:
08:14:42
08:14:42    Database Error in model fct_bestellung (models/mart/fct_bestellung.sql)
  000904 (42000): SQL compilation error: error line 14 at position 8
  invalid identifier 'K.GEBURTSDATUM_ALT'
  Query ID: 01b2f3c4-0502-8e1a-0000-4f2d00a1b2c6
  compiled Code at target/run/dwh_de/models/mart/fct_bestellung.sql
08:14:42
08:14:42  Done. PASS=2 WARN=0 ERROR=1 SKIP=1 TOTAL=4`,
    // Model and column names, timings, versions and the query id are not personal data.
    expected: [],
  },
  {
    name: 'pandas merge() of CRM and ERP customers with _crm/_erp suffixes, the rows whose nachname differs (Müller/Mueller, Schößler/Schoessler, Wimmer/Wimmer-Holzer), e-mails on both sides',
    text: `abgleich = crm.merge(erp, on="kundennr", how="inner", suffixes=("_crm", "_erp"))
abw = abgleich.loc[abgleich.nachname_crm != abgleich.nachname_erp,
                   ["kundennr", "vorname_crm", "nachname_crm", "nachname_erp", "email_crm", "email_erp"]]
print(f"{len(abw)} von {len(abgleich)} Kunden mit abweichendem Nachnamen")
print(abw)

3 von 48211 Kunden mit abweichendem Nachnamen
     kundennr  vorname_crm  nachname_crm   nachname_erp                  email_crm                  email_erp
17   K-100872       Jürgen        Müller        Mueller     juergen.mueller@gmx.at          j.mueller@drei.at
203  K-101455      Ricarda      Schößler     Schoessler  ricarda.schoessler@a1.net  ricarda.schoessler@a1.net
488  K-102019    Anneliese        Wimmer  Wimmer-Holzer          a.wimmer@kabsi.at                       None`,
    // Each spelling of a family name is a separate value under a name column; the shared e-mail appears twice.
    expected: [
      ['PERSON', 'Jürgen'],
      ['PERSON', 'Müller'],
      ['PERSON', 'Mueller'],
      ['EMAIL', 'juergen.mueller@gmx.at'],
      ['EMAIL', 'j.mueller@drei.at'],
      ['PERSON', 'Ricarda'],
      ['PERSON', 'Schößler'],
      ['PERSON', 'Schoessler'],
      ['EMAIL', 'ricarda.schoessler@a1.net'],
      ['EMAIL', 'ricarda.schoessler@a1.net'],
      ['PERSON', 'Anneliese'],
      ['PERSON', 'Wimmer'],
      ['PERSON', 'Wimmer-Holzer'],
      ['EMAIL', 'a.wimmer@kabsi.at'],
    ],
  },
  {
    name: 'pandas info() of a German HR frame with personal column names, then value_counts() of sites including Berlin-Siemensstadt: schema only, no values',
    text: `df_mitarbeiter.info()

<class 'pandas.core.frame.DataFrame'>
RangeIndex: 18422 entries, 0 to 18421
Data columns (total 11 columns):
 #   Column          Non-Null Count  Dtype         
---  ------          --------------  -----         
 0   personalnr      18422 non-null  int64         
 1   vorname         18422 non-null  object        
 2   nachname        18422 non-null  object        
 3   geburtsdatum    18390 non-null  datetime64[ns]
 4   telefonnummer   17105 non-null  object        
 5   email           18422 non-null  object        
 6   iban            18201 non-null  object        
 7   steuer_id       18422 non-null  int64         
 8   eintrittsdatum  18422 non-null  datetime64[ns]
 9   bruttogehalt    18422 non-null  float64       
 10  standort        18422 non-null  object        
dtypes: datetime64[ns](2), float64(1), int64(2), object(6)
memory usage: 1.5+ MB

df_mitarbeiter["standort"].value_counts()

standort
München                 6120
Erlangen                4877
Berlin-Siemensstadt     3305
Nürnberg                2418
Amberg                  1702
Name: count, dtype: int64`,
    // Column names, dtypes and counts; Siemensstadt is a district named after a company.
    expected: [],
  },
  // ---------------------------------------------------------------- Austria
  {
    name: 'SQL Server "Results to Text" from an Austrian insurer: Vorname/Zuname, Geburtsdatum, 10-digit SV-Nummern that hold the birth date, mobiles and a Vienna landline, AT IBANs, Schubertring and Johann-Strauß-Gasse',
    text: `SELECT TOP 3 PolizzenNr, Vorname, Zuname, Geburtsdatum, SVNr, Telefon, IBAN, Strasse, PLZ, Ort
FROM dbo.Versicherungsnehmer WHERE Ort = N'Wien' AND Sparte = 'KFZ' ORDER BY PolizzenNr;

PolizzenNr  Vorname   Zuname       Geburtsdatum SVNr       Telefon         IBAN                 Strasse                  PLZ  Ort 
----------- --------- ------------ ------------ ---------- --------------- -------------------- ------------------------ ---- ----
W-24-118305 Verena    Pichler      1992-08-14   4821140892 +43 664 3817220 AT962011182619374501 Schubertring 9           1010 Wien
W-24-118311 Florian   Haselsteiner 1981-01-29   3917290181 0699 10428365   AT883400000082217436 Mariahilfer Straße 101   1060 Wien
W-24-118320 Magdalena Gruber-Moser 1966-11-03   1275031166 01 5327841      NULL                 Johann-Strauß-Gasse 4/12 1040 Wien

(3 rows affected)

Completion time: 2024-03-14T11:02:51.4418023+01:00`,
    // SV-Nummern encode the birth date but are ids; policy numbers and PLZ are not ours.
    expected: [
      ['PERSON', 'Verena'],
      ['PERSON', 'Pichler'],
      ['DATE_OF_BIRTH', '1992-08-14'],
      ['PHONE', '+43 664 3817220'],
      ['IBAN', 'AT962011182619374501'],
      ['PERSON', 'Florian'],
      ['PERSON', 'Haselsteiner'],
      ['DATE_OF_BIRTH', '1981-01-29'],
      ['PHONE', '0699 10428365'],
      ['IBAN', 'AT883400000082217436'],
      ['PERSON', 'Magdalena'],
      ['PERSON', 'Gruber-Moser'],
      ['DATE_OF_BIRTH', '1966-11-03'],
      ['PHONE', '01 5327841'],
    ],
  },
  {
    name: 'Airflow task log from a Vienna CRM sync: a Postgres URI with a password and a private IP, a rejected row logged as a dict with name, e-mail and mobile, run dates',
    text: `[2024-03-14, 06:00:12 CET] {taskinstance.py:1157} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: crm_sync.load_kontakte scheduled__2024-03-13T05:00:00+00:00 [queued]>
[2024-03-14, 06:00:12 CET] {taskinstance.py:1359} INFO - Starting attempt 1 of 3
[2024-03-14, 06:00:12 CET] {base.py:83} INFO - Using connection ID 'crm_pg' for task execution.
[2024-03-14, 06:00:13 CET] {crm_sync.py:48} INFO - Verbinde mit postgresql://crm_loader:${atCrmPw}@10.31.8.22:5432/crm
[2024-03-14, 06:00:15 CET] {crm_sync.py:77} WARNING - Zeile verworfen (ungültige PLZ '10305'): {'kontakt_id': 99127, 'name': 'Lena Hofbauer', 'email': 'lena.hofbauer@aon.at', 'mobil': '+43 676 5583019', 'plz': '10305', 'ort': 'Wien'}
[2024-03-14, 06:00:16 CET] {crm_sync.py:91} INFO - 4.812 Zeilen geladen, 1 verworfen, Dauer 3,9 s
[2024-03-14, 06:00:16 CET] {taskinstance.py:1400} INFO - Marking task as SUCCESS. dag_id=crm_sync, task_id=load_kontakte, execution_date=20240313T050000, start_date=20240314T050012, end_date=20240314T050016
[2024-03-14, 06:00:16 CET] {local_task_job_runner.py:228} INFO - Task exited with return code 0`,
    expected: [
      ['SECRET', atCrmPw],
      ['IP_ADDRESS', '10.31.8.22'],
      ['PERSON', 'Lena Hofbauer'],
      ['EMAIL', 'lena.hofbauer@aon.at'],
      ['PHONE', '+43 676 5583019'],
    ],
  },
  {
    name: 'Hex Python cell: Snowflake connector with a hard-coded password, then print(df) of Tyrolean customers with VORNAME/NACHNAME, GEBURTSDATUM and mobiles',
    text: `import snowflake.connector

con = snowflake.connector.connect(
    account="xy12345.eu-central-1",
    user="HEX_REPORTING",
    password="${sfPw}",
    warehouse="WH_ANALYTICS",
    database="VERTRIEB",
    schema="AT",
)
df = con.cursor().execute("""
    SELECT VORNAME, NACHNAME, GEBURTSDATUM, MOBILE, BUNDESLAND
      FROM KUNDEN WHERE BUNDESLAND IN ('Tirol', 'Salzburg') AND NEWSLETTER = TRUE
     LIMIT 3
""").fetch_pandas_all()
print(df)

     VORNAME       NACHNAME  GEBURTSDATUM           MOBILE  BUNDESLAND
0    Theresa         Aigner    1994-03-11  +43 660 1928374       Tirol
1      Jakob     Steinbauer    1987-12-30  +43 650 4471902    Salzburg
2  Elisabeth  Kofler-Rainer    1959-06-21   +43 512 583017       Tirol`,
    // HEX_REPORTING is a service user and the account locator is not a secret.
    expected: [
      ['SECRET', sfPw],
      ['PERSON', 'Theresa'],
      ['PERSON', 'Aigner'],
      ['DATE_OF_BIRTH', '1994-03-11'],
      ['PHONE', '+43 660 1928374'],
      ['PERSON', 'Jakob'],
      ['PERSON', 'Steinbauer'],
      ['DATE_OF_BIRTH', '1987-12-30'],
      ['PHONE', '+43 650 4471902'],
      ['PERSON', 'Elisabeth'],
      ['PERSON', 'Kofler-Rainer'],
      ['DATE_OF_BIRTH', '1959-06-21'],
      ['PHONE', '+43 512 583017'],
    ],
  },
  // ---------------------------------------------------------------- Switzerland
  {
    name: 'Hex cell to_markdown() of Swiss health-insurance premiums: Name/Vorname, Geburtsdatum, AHV numbers, Natel and landline, a Hans Muster row, Dufourstrasse, CHF amounts with apostrophes',
    text: `print(df_praemien.head(4).to_markdown(index=False))

| Name    | Vorname | Geburtsdatum | AHV-Nr.          | Natel            | Adresse           |  PLZ | Ort        | Prämie CHF |
|:--------|:--------|:-------------|:-----------------|:-----------------|:------------------|-----:|:-----------|-----------:|
| Brunner | Reto    | 12.06.1974   | 756.9182.7364.57 | 079 418 22 63    | Dufourstrasse 41  | 8008 | Zürich     |   1'284.50 |
| Caduff  | Seraina | 03.02.1990   | 756.3310.4829.16 | +41 78 662 01 94 | Via Mulin 7       | 7500 | St. Moritz |     412.80 |
| Muster  | Hans    | 01.01.1980   | 756.0000.0000.02 | 079 000 00 00    | Musterstrasse 1   | 3000 | Bern       |       0.00 |
| Zürcher | Lukas   | 28.09.1958   | 756.5547.2190.33 | 044 381 72 09    | Bahnhofstrasse 12 | 8001 | Zürich     |   2'031.75 |`,
    // Hans Muster is the Swiss placeholder (dummy Natel, Musterstrasse); AHV numbers, PLZ and premiums are not ours.
    expected: [
      ['PERSON', 'Brunner'],
      ['PERSON', 'Reto'],
      ['DATE_OF_BIRTH', '12.06.1974'],
      ['PHONE', '079 418 22 63'],
      ['PERSON', 'Caduff'],
      ['PERSON', 'Seraina'],
      ['DATE_OF_BIRTH', '03.02.1990'],
      ['PHONE', '+41 78 662 01 94'],
      ['PERSON', 'Zürcher'],
      ['PERSON', 'Lukas'],
      ['DATE_OF_BIRTH', '28.09.1958'],
      ['PHONE', '044 381 72 09'],
    ],
  },
  {
    name: 'Swiss-French CRM lookup in a notebook: requests call and the printed JSON with prenom/nom, date_naissance, mobile and fixe, a CH IBAN with its titulaire, employer Nestlé, a negative CHF balance',
    text: `resp = requests.get(f"{CRM_BASE}/v2/clients/{client_id}", headers={"Authorization": f"Bearer {token}"}, timeout=10)
resp.raise_for_status()
print(json.dumps(resp.json(), indent=2, ensure_ascii=False))

{
  "id": "cli_7Hc20Qx",
  "civilite": "Mme",
  "prenom": "Noémie",
  "nom": "Favre",
  "date_naissance": "1987-04-09",
  "langue": "fr-CH",
  "contact": {
    "mobile": "+41 79 552 18 40",
    "fixe": "022 310 44 87",
    "email": "noemie.favre@bluewin.ch"
  },
  "adresse": {"rue": "Rue du Rhône 62", "npa": "1204", "localite": "Genève"},
  "employeur": "Nestlé S.A.",
  "paiement": {"iban": "CH71 8080 8004 4182 7365 1", "titulaire": "Noémie Favre"},
  "cree_le": "2023-10-02T14:11:09+02:00",
  "solde_chf": "-1'120.00"
}`,
    // The bearer token is an f-string variable, not a value; Nestlé is a company named after its founder.
    expected: [
      ['PERSON', 'Noémie'],
      ['PERSON', 'Favre'],
      ['DATE_OF_BIRTH', '1987-04-09'],
      ['PHONE', '+41 79 552 18 40'],
      ['PHONE', '022 310 44 87'],
      ['EMAIL', 'noemie.favre@bluewin.ch'],
      ['IBAN', 'CH71 8080 8004 4182 7365 1'],
      ['PERSON', 'Noémie Favre'],
    ],
  },
  {
    name: 'Databricks notebook source exported from a Zurich team: a markdown curl example with a <DATABRICKS_TOKEN> placeholder, a JDBC URL with a password and a private IP, dbutils.secrets.get, and a leaked dapi token in a jobs API call',
    text: `# Databricks notebook source
# MAGIC %md
# MAGIC ## Export Kundenstamm → SQL Server (Zürich)
# MAGIC Token nie im Klartext! Beispiel: \`curl -H "Authorization: Bearer <DATABRICKS_TOKEN>" https://adb-4417283950126638.18.azuredatabricks.net/api/2.1/jobs/list\`

# COMMAND ----------

jdbc_url = "jdbc:sqlserver://10.42.3.18:1433;databaseName=CRM;user=svc_export;password=${jdbcPw};encrypt=true;trustServerCertificate=true"
hex_token = dbutils.secrets.get(scope="kv-prod", key="hex-api-token")

(spark.table("crm_ch.gold.kundenstamm")
      .write.format("jdbc").option("url", jdbc_url).option("dbtable", "dbo.Kundenstamm_Import")
      .mode("overwrite").save())

# COMMAND ----------

# TODO vor dem Commit entfernen
headers = {"Authorization": "Bearer ${dapiToken}"}
resp = requests.post("https://adb-4417283950126638.18.azuredatabricks.net/api/2.1/jobs/run-now",
                     headers=headers, json={"job_id": 918273645501})
print(resp.status_code, resp.json())

# 200 {'run_id': 7710293846152, 'number_in_job': 7710293846152}`,
    // The placeholder and the secret-scope look-up are not secrets; workspace, job and run ids are not ours.
    expected: [
      ['IP_ADDRESS', '10.42.3.18'],
      ['SECRET', jdbcPw],
      ['SECRET', dapiToken],
    ],
  },
  // ---------------------------------------------------------------- France
  {
    name: 'MySQL box from a Lyon customer table: civilite, prenom/nom, date_de_naissance, French phones, NIR numbers, a Jean Dupont form-example row, rue Victor Hugo and avenue Jean Jaurès',
    text: `mysql> SELECT id, civilite, prenom, nom, date_de_naissance, telephone, email, adresse, code_postal, nir FROM clients WHERE ville = 'Lyon' LIMIT 4;
+-------+----------+----------+---------+-------------------+----------------+----------------------------+-----------------------+-------------+-----------------+
| id    | civilite | prenom   | nom     | date_de_naissance | telephone      | email                      | adresse               | code_postal | nir             |
+-------+----------+----------+---------+-------------------+----------------+----------------------------+-----------------------+-------------+-----------------+
| 20417 | Mme      | Gaëlle   | Quéré   | 1989-05-21        | 06 71 28 94 03 | gaelle.quere@orange.fr     | 14 rue Victor Hugo    | 69002       | 289056938812038 |
| 20418 | M.       | Jean     | Dupont  | 1980-01-01        | 01 23 45 67 89 | jean.dupont@example.com    | 1 rue de l'Exemple    | 75001       | NULL            |
| 20425 | M.       | Thibault | Vasseur | 1972-10-08        | 07 58 13 66 20 | t.vasseur@free.fr          | 3 place Bellecour     | 69002       | 172106938104822 |
| 20431 | Mme      | Nadia    | Benali  | 1996-03-30        | 04 78 62 19 55 | nadia.benali96@laposte.net | 88 avenue Jean Jaurès | 69007       | 296036938217579 |
+-------+----------+----------+---------+-------------------+----------------+----------------------------+-----------------------+-------------+-----------------+
4 rows in set (0.01 sec)`,
    // Jean Dupont with 01 23 45 67 89 and example.com is the form example; NIR numbers and postcodes are not ours.
    expected: [
      ['PERSON', 'Gaëlle'],
      ['PERSON', 'Quéré'],
      ['DATE_OF_BIRTH', '1989-05-21'],
      ['PHONE', '06 71 28 94 03'],
      ['EMAIL', 'gaelle.quere@orange.fr'],
      ['PERSON', 'Thibault'],
      ['PERSON', 'Vasseur'],
      ['DATE_OF_BIRTH', '1972-10-08'],
      ['PHONE', '07 58 13 66 20'],
      ['EMAIL', 't.vasseur@free.fr'],
      ['PERSON', 'Nadia'],
      ['PERSON', 'Benali'],
      ['DATE_OF_BIRTH', '1996-03-30'],
      ['PHONE', '04 78 62 19 55'],
      ['EMAIL', 'nadia.benali96@laposte.net'],
    ],
  },
  {
    name: 'French mutuelle CSV with ; separators: upper-case NOM and Prénom, Date de naissance dd/mm/yyyy, spaced FR IBANs (one with a letter), care dates and amounts with decimal commas, a DUPONT Jean test line',
    text: `!head -6 exports/remboursements_2024-03.csv

# Export du 18/03/2024 09:02 – Mutuelle Saint-Exupéry – périmètre Nouvelle-Aquitaine
Numéro adhérent;Nom;Prénom;Date de naissance;Téléphone;IBAN;Date de soin;Montant remboursé;Statut
MU-0048213;LEFÈVRE-ROUAULT;Baptiste;17/01/1983;06 12 84 37 91;FR76 3000 4028 3700 0104 3921 842;04/03/2024;42,50;Payé
MU-0048217;MARCHAND;Océane;02/12/1999;+33 7 81 44 20 16;FR78 2004 1010 0505 1827 3M02 637;05/03/2024;118,00;Payé
MU-0048230;N'DIAYE;Ibrahima;25/06/1961;05 56 92 14 73;;06/03/2024;23,00;En attente
MU-0048244;DUPONT;Jean;01/01/1970;01 02 03 04 05;FR76 1234 5678 9012 3456 7890 123;07/03/2024;0,00;Ligne de test`,
    // The DUPONT Jean test line (dummy phone, made-up IBAN that fails mod-97) is a placeholder; Saint-Exupéry is the mutuelle's name.
    expected: [
      ['PERSON', 'LEFÈVRE-ROUAULT'],
      ['PERSON', 'Baptiste'],
      ['DATE_OF_BIRTH', '17/01/1983'],
      ['PHONE', '06 12 84 37 91'],
      ['IBAN', 'FR76 3000 4028 3700 0104 3921 842'],
      ['PERSON', 'MARCHAND'],
      ['PERSON', 'Océane'],
      ['DATE_OF_BIRTH', '02/12/1999'],
      ['PHONE', '+33 7 81 44 20 16'],
      ['IBAN', 'FR78 2004 1010 0505 1827 3M02 637'],
      ['PERSON', "N'DIAYE"],
      ['PERSON', 'Ibrahima'],
      ['DATE_OF_BIRTH', '25/06/1961'],
      ['PHONE', '05 56 92 14 73'],
    ],
  },
  {
    name: 'French Zendesk ticket: Élodie Marchetti as requester and Mme Marchetti twice, her mobile and her office switchboard, her partner M. Antoine Rigal, Peugeot accessories, Lacoste, boulevard Haussmann and rue Victor Hugo, a parcel number',
    text: `[Zendesk #481207] Réclamation – livraison non reçue
Demandeur : Élodie Marchetti <elodie.marchetti@sfr.fr>
Statut : Ouvert · Groupe : SAV Île-de-France · Agent : kbouchard · Priorité : Haute

Note interne (kbouchard, 19/03/2024 10:12) :
Mme Marchetti a rappelé ce matin (3e appel). Sa commande CMD-2024-0318-7741 (accessoires Peugeot e-208 : tapis de sol + bac de coffre, 189,90 € TTC) devait être livrée le 12/03 à son bureau chez Lacoste, 27 boulevard Haussmann, 75009 Paris. Le transporteur indique « livré » (colis 6A21984733012) mais personne n'a rien reçu à l'accueil.
Elle souhaite être rappelée au 06 48 21 93 57 ou au standard de son bureau, 01 44 82 69 10 (demander Mme Marchetti, poste 214).
Son conjoint, M. Antoine Rigal, peut réceptionner un renvoi à leur domicile : 8 rue Victor Hugo, 92300 Levallois-Perret.
→ Ouvrir une enquête transporteur et proposer un renvoi express.`,
    // kbouchard is an agent login; Peugeot and Lacoste are companies; the extension 214 and the parcel number are not phones.
    expected: [
      ['PERSON', 'Élodie Marchetti'],
      ['EMAIL', 'elodie.marchetti@sfr.fr'],
      ['PERSON', 'Marchetti'],
      ['PHONE', '06 48 21 93 57'],
      ['PHONE', '01 44 82 69 10'],
      ['PERSON', 'Marchetti'],
      ['PERSON', 'Antoine Rigal'],
    ],
  },
  {
    name: 'French notebook cell sending an SMS through Brevo: the documented placeholder key commented out, a live key, an iloc row with prenom/nom and mobile, the printed payload with the E.164 number and the greeting, the API reply',
    text: `In [17]:
import requests

# BREVO_API_KEY = "xkeysib-xxxxxxxxxxxxxxxx"   # modèle de la doc
BREVO_API_KEY = "${brevoKey}"

row = clients.loc[clients.client_id == 88213].iloc[0]
print(row)
payload = {
    "sender": "LaBoutique",
    "recipient": row.mobile.replace(" ", ""),
    "content": f"Bonjour {row.prenom}, votre commande CMD-88213 est prête au retrait (12 rue de la République, Lyon 2e).",
    "type": "transactional",
}
print(payload)
r = requests.post("https://api.brevo.com/v3/transactionalSMS/sms", json=payload, headers={"api-key": BREVO_API_KEY})
print(r.status_code, r.json())

client_id                       88213
prenom                        Camille
nom                     Rousseau-Blin
mobile              +33 6 12 84 93 77
ville                            Lyon
date_inscription           2022-06-14
Name: 4187, dtype: object
{'sender': 'LaBoutique', 'recipient': '+33612849377', 'content': 'Bonjour Camille, votre commande CMD-88213 est prête au retrait (12 rue de la République, Lyon 2e).', 'type': 'transactional'}
201 {'reference': 'c7e51a0f9b2d4e83a6f1', 'messageId': 1738920012345, 'smsCount': 1, 'usedCredits': 0.045, 'remainingCredits': 4183.21}`,
    // The commented-out key is the documentation's placeholder; date_inscription is a sign-up date; Camille is named in full by the row.
    expected: [
      ['SECRET', brevoKey],
      ['PERSON', 'Camille'],
      ['PERSON', 'Rousseau-Blin'],
      ['PHONE', '+33 6 12 84 93 77'],
      ['PHONE', '+33612849377'],
      ['PERSON', 'Camille'],
    ],
  },
  {
    name: 'French CREATE TABLE for HR with COMMENTs giving placeholder examples (DUPONT, Jean, 1980-01-01, 01 23 45 67 89, jean.dupont@example.com) and one seed INSERT of a real-looking employee',
    text: `CREATE TABLE rh.salaries (
    matricule          VARCHAR(10)   PRIMARY KEY,
    civilite           VARCHAR(4)    COMMENT 'M. / Mme',
    nom                VARCHAR(80)   NOT NULL COMMENT 'ex. : DUPONT',
    prenom             VARCHAR(80)   NOT NULL COMMENT 'ex. : Jean',
    date_de_naissance  DATE          COMMENT 'format AAAA-MM-JJ, ex. 1980-01-01',
    nir                CHAR(15)      COMMENT 'numéro de sécurité sociale, 15 chiffres avec clé',
    telephone          VARCHAR(20)   COMMENT 'ex. : 01 23 45 67 89',
    email_pro          VARCHAR(120)  COMMENT 'ex. : jean.dupont@example.com',
    iban               VARCHAR(34),
    date_entree        DATE,
    salaire_brut       DECIMAL(10,2)
) COMMENT = 'Données RH – accès restreint (RGPD art. 9)';

INSERT INTO rh.salaries VALUES
  ('M004172', 'Mme', 'DELACROIX-MOREL', 'Sandrine', '1977-08-29', '277087511802475', '06 84 21 57 30',
   's.delacroix-morel@transports-rigaud.fr', 'FR76 1695 8000 0148 2136 7590 289', '2019-04-01', 3412.50);`,
    // The COMMENT examples are form placeholders; the NIR, matricule and date_entree are not ours.
    expected: [
      ['PERSON', 'DELACROIX-MOREL'],
      ['PERSON', 'Sandrine'],
      ['DATE_OF_BIRTH', '1977-08-29'],
      ['PHONE', '06 84 21 57 30'],
      ['EMAIL', 's.delacroix-morel@transports-rigaud.fr'],
      ['IBAN', 'FR76 1695 8000 0148 2136 7590 289'],
    ],
  },
  // ---------------------------------------------------------------- Belgium
  {
    name: 'print(df) of Belgian energy customers wrapped over two blocks: naam_nom, geboortedatum, rijksregisternummers that hold the birth date, GSM and landline, BE IBANs, Leopoldstraat and Boulevard Anspach',
    text: `print(klanten_be)

   klant_nr                naam_nom  geboortedatum  rijksregisternr               gsm  \\
0   BE-7712  Wouter Van den Bossche     1985-02-14  85.02.14-283.29     0472 18 93 40   
1   BE-7715         Amélie Dufrasne     1993-07-08  93.07.08-114.96  +32 485 62 17 09   
2   BE-7719          Kobe Vermeulen     2001-10-30  01.10.30-391.90      09 224 51 86   

                  iban                                  adres  
0  BE62 0634 1829 5761       Leopoldstraat 21, 2000 Antwerpen  
1  BE02 7350 4926 1840  Boulevard Anspach 110, 1000 Bruxelles  
2                 None                Korenmarkt 3, 9000 Gent  `,
    // Rijksregisternummers are national ids (their first six digits are the birth date); streets named after people are not persons.
    expected: [
      ['PERSON', 'Wouter Van den Bossche'],
      ['DATE_OF_BIRTH', '1985-02-14'],
      ['PHONE', '0472 18 93 40'],
      ['PERSON', 'Amélie Dufrasne'],
      ['DATE_OF_BIRTH', '1993-07-08'],
      ['PHONE', '+32 485 62 17 09'],
      ['PERSON', 'Kobe Vermeulen'],
      ['DATE_OF_BIRTH', '2001-10-30'],
      ['PHONE', '09 224 51 86'],
      ['IBAN', 'BE62 0634 1829 5761'],
      ['IBAN', 'BE02 7350 4926 1840'],
    ],
  },
  {
    name: 'dbt test failure on unique e-mails in a Belgian project and the dbt show preview of the duplicates: voornaam/achternaam twice each, the same e-mail in two cases, created-at timestamps',
    text: `$ dbt test --select stg_klanten --store-failures
22:14:01  Running with dbt=1.7.11
22:14:03  Found 41 models, 96 tests, 3 seeds, 9 sources, 0 exposures, 0 metrics, 588 macros
22:14:04  1 of 3 START test not_null_stg_klanten_klant_id ............................ [RUN]
22:14:05  1 of 3 PASS not_null_stg_klanten_klant_id .................................. [PASS in 0.62s]
22:14:05  2 of 3 START test unique_stg_klanten_email .................................. [RUN]
22:14:07  2 of 3 FAIL 2 unique_stg_klanten_email ...................................... [FAIL 2 in 1.91s]
22:14:07  3 of 3 PASS accepted_values_stg_klanten_taal__nl__fr__de ................... [PASS in 0.58s]
22:14:07  Failure in test unique_stg_klanten_email (models/staging/schema.yml)
22:14:07    Got 2 results, configured to fail if != 0
22:14:07    See test failures: select * from "dwh"."dbt_test__audit"."unique_stg_klanten_email"

$ dbt show --inline "select k.klant_id, k.voornaam, k.achternaam, k.email, k.aangemaakt_op from {{ ref('stg_klanten') }} k join dbt_test__audit.unique_stg_klanten_email f on lower(f.unique_field) = lower(k.email) order by 4, 1"
22:15:30  Previewing inline node:
| klant_id | voornaam | achternaam | email                      | aangemaakt_op       |
| -------- | -------- | ---------- | -------------------------- | ------------------- |
|    50231 | Lotte    | Claessens  | lotte.claessens@telenet.be | 2023-09-14 08:02:11 |
|    61877 | Lotte    | Claessens  | lotte.claessens@telenet.be | 2024-02-29 19:44:53 |
|    50490 | Jef      | Wouters    | jef.wouters@skynet.be      | 2023-09-20 12:30:07 |
|    62011 | Jef      | Wouters    | JEF.WOUTERS@SKYNET.BE      | 2024-03-01 07:15:40 |`,
    expected: [
      ['PERSON', 'Lotte'],
      ['PERSON', 'Claessens'],
      ['EMAIL', 'lotte.claessens@telenet.be'],
      ['PERSON', 'Lotte'],
      ['PERSON', 'Claessens'],
      ['EMAIL', 'lotte.claessens@telenet.be'],
      ['PERSON', 'Jef'],
      ['PERSON', 'Wouters'],
      ['EMAIL', 'jef.wouters@skynet.be'],
      ['PERSON', 'Jef'],
      ['PERSON', 'Wouters'],
      ['EMAIL', 'JEF.WOUTERS@SKYNET.BE'],
    ],
  },
  // ---------------------------------------------------------------- Spain
  {
    name: 'Snowflake worksheet result copied as tab-separated text from Madrid: NOMBRE/APELLIDOS, FECHA_NACIMIENTO, DNI and NIE, Spanish mobiles and a landline, addresses on Calle de Alcalá, Velázquez and Bravo Murillo',
    text: `-- Snowflake worksheet · ROLE ANALISTA_CRM · WH COMPUTE_XS
SELECT ID_CLIENTE, NOMBRE, APELLIDOS, FECHA_NACIMIENTO, DNI_NIE, TELEFONO, EMAIL, DIRECCION, CP
FROM CRM.PUBLIC.CLIENTES
WHERE PROVINCIA = 'Madrid' AND FECHA_ALTA >= '2024-01-01'
LIMIT 4;

ID_CLIENTE	NOMBRE	APELLIDOS	FECHA_NACIMIENTO	DNI_NIE	TELEFONO	EMAIL	DIRECCION	CP
310558	María Jesús	Ortega Villalba	1968-04-25	47382916H	+34 612 48 93 07	mjortega@telefonica.net	Calle de Alcalá 214, 3º B	28028
310561	Iñaki	Etxeberria Goñi	1979-02-11	51938274L	655 210 384	inaki.etxeberria@euskaltel.net	Calle de Velázquez 57	28001
310577	Andreea	Popescu	1991-06-19	X2718364V	91 532 64 18	andreea.popescu91@yahoo.es	Calle de Bravo Murillo 301	28020
310590	Jordi	Puigdollers Serra	1990-09-02	05821739W	634 87 20 15	jordi.puigdollers@gmail.com	Calle del Príncipe de Vergara 88	28006`,
    // DNI and NIE numbers, CP and FECHA_ALTA are not ours; the streets are named after people.
    expected: [
      ['PERSON', 'María Jesús'],
      ['PERSON', 'Ortega Villalba'],
      ['DATE_OF_BIRTH', '1968-04-25'],
      ['PHONE', '+34 612 48 93 07'],
      ['EMAIL', 'mjortega@telefonica.net'],
      ['PERSON', 'Iñaki'],
      ['PERSON', 'Etxeberria Goñi'],
      ['DATE_OF_BIRTH', '1979-02-11'],
      ['PHONE', '655 210 384'],
      ['EMAIL', 'inaki.etxeberria@euskaltel.net'],
      ['PERSON', 'Andreea'],
      ['PERSON', 'Popescu'],
      ['DATE_OF_BIRTH', '1991-06-19'],
      ['PHONE', '91 532 64 18'],
      ['EMAIL', 'andreea.popescu91@yahoo.es'],
      ['PERSON', 'Jordi'],
      ['PERSON', 'Puigdollers Serra'],
      ['DATE_OF_BIRTH', '1990-09-02'],
      ['PHONE', '634 87 20 15'],
      ['EMAIL', 'jordi.puigdollers@gmail.com'],
    ],
  },
  {
    name: 'Spanish SQL fixing a customer after a ticket: UPDATE with apellidos, fecha_nacimiento, móvil and e-mail literals, WHERE nombre = ..., a DELETE by a second e-mail, a check query that names the Fulano de Tal test record',
    text: `-- Ticket SOP-2291: la clienta pidió corregir sus datos (llamada del 11/03/2024)
UPDATE crm.clientes
   SET apellidos        = 'Manzano Pardo',
       fecha_nacimiento = DATE '1984-10-19',
       telefono_movil   = '+34 654 301 872',
       email            = 'rocio.manzano.pardo@hotmail.es'
 WHERE id_cliente = 288104
   AND nombre = 'Rocío';

-- y damos de baja el duplicado creado por el formulario web el 02/03/2024
DELETE FROM crm.clientes WHERE id_cliente = 291377 AND email = 'rmanzano84@gmail.com';

-- comprobación (el registro de pruebas 'Fulano de Tal' no se toca)
SELECT id_cliente, nombre, apellidos, fecha_alta
  FROM crm.clientes
 WHERE apellidos IN ('Manzano Pardo', 'de Tal');`,
    // Fulano de Tal is the Spanish placeholder; the call and form dates are not birth dates.
    expected: [
      ['PERSON', 'Manzano Pardo'],
      ['DATE_OF_BIRTH', '1984-10-19'],
      ['PHONE', '+34 654 301 872'],
      ['EMAIL', 'rocio.manzano.pardo@hotmail.es'],
      ['PERSON', 'Rocío'],
      ['EMAIL', 'rmanzano84@gmail.com'],
      ['PERSON', 'Manzano Pardo'],
    ],
  },
  {
    name: 'Spanish incident ticket from a Zara store: Sra. Begoña Larrañaga Uribe, a San Sebastián landline and a mobile, a DNI and a masked card, el Sr. Larrañaga and his full name, his e-mail, Inditex, a till receipt number',
    text: `Incidencia INC-2024-03172 · Canal: teléfono · Tienda: Zara Gran Vía 32 (Madrid) · Prioridad: media
Resumen: la Sra. Begoña Larrañaga Uribe reclama un cargo duplicado de 79,95 € del 09/03/2024.
Detalle: la clienta (socia n.º 7701-4482) llamó desde el fijo 943 42 17 80; prefiere que la contactemos al móvil 688 15 42 09 o en begona.larranaga@euskaltel.net. Aporta los 4 últimos dígitos de la tarjeta (**** **** **** 4471) y su DNI 15987324R para la verificación; no guardamos el DNI en el ticket definitivo.
Nota interna: el Sr. Larrañaga (su marido, Aitor Larrañaga Etxeberria) ya había escrito el día 10 desde aitor.larranaga@gmail.com con el mismo ticket de compra (TK 0032-118-440917).
Derivado a Inditex Pagos; responsable: jmartin.`,
    // Zara and Inditex are companies, Gran Vía a street; the DNI, member and receipt numbers and the masked card are not ours.
    expected: [
      ['PERSON', 'Begoña Larrañaga Uribe'],
      ['PHONE', '943 42 17 80'],
      ['PHONE', '688 15 42 09'],
      ['EMAIL', 'begona.larranaga@euskaltel.net'],
      ['PERSON', 'Larrañaga'],
      ['PERSON', 'Aitor Larrañaga Etxeberria'],
      ['EMAIL', 'aitor.larranaga@gmail.com'],
    ],
  },
  {
    name: 'Spanish hotel-booking CSV with , separators: titular names (one quoted), Spanish phones, e-mails, booking and arrival dates, amounts with quoted decimal commas, hotels named Meliá, Goya and Miguel Ángel, a Test Booking row',
    text: `!head -5 export_reservas_semana11.csv

localizador,titular,telefono,email,fecha_reserva,fecha_llegada,noches,importe_eur,hotel
RSV-8841207,Sergio Andújar Castaño,+34 622 904 318,sergio.andujar@movistar.es,2024-02-11,2024-04-18,3,"412,50",Meliá Castilla
RSV-8841233,"Pilar Gómez-Acebo Ruiz",916 402 715,pgomezacebo@hotmail.com,2024-02-12,2024-05-02,2,"268,00",Hotel Catalonia Goya
RSV-8841260,Marta Solé i Prats,+34 639 05 72 11,marta.sole.prats@gmail.com,2024-02-12,2024-04-20,4,"701,20",Hotel Miguel Ángel
RSV-8841291,Test Booking,600000000,qa@example.com,2024-02-13,2024-03-01,1,"0,00",Meliá Castilla`,
    // Test Booking with 600000000 and example.com is a test row; booking and arrival dates are not birth dates.
    expected: [
      ['PERSON', 'Sergio Andújar Castaño'],
      ['PHONE', '+34 622 904 318'],
      ['EMAIL', 'sergio.andujar@movistar.es'],
      ['PERSON', 'Pilar Gómez-Acebo Ruiz'],
      ['PHONE', '916 402 715'],
      ['EMAIL', 'pgomezacebo@hotmail.com'],
      ['PERSON', 'Marta Solé i Prats'],
      ['PHONE', '+34 639 05 72 11'],
      ['EMAIL', 'marta.sole.prats@gmail.com'],
    ],
  },
  // ---------------------------------------------------------------- Italy
  {
    name: 'to_string(index=False) of an Italian anagrafica: cognome/nome, codici fiscali, data_di_nascita dd/mm/yyyy, mobiles and a Naples landline, PEC e-mail, Via Giuseppe Garibaldi, a Mario Rossi TEST_QA line',
    text: `print(anagrafica.to_string(index=False))

     cognome       nome    codice_fiscale  data_di_nascita  luogo_nascita         cellulare                        email                  indirizzo    cap       fonte
    Lombardo     Chiara  LMBCHR87D52F205O       12/04/1987         Milano  +39 347 218 4409  chiara.lombardo87@libero.it  Via Giuseppe Garibaldi 12  20121  import_crm
   De Santis   Gianluca  DSNGLC79S14H501V       14/11/1979           Roma       338 9041276        g.desantis@tiscali.it    Viale di Trastevere 241  00153  import_crm
       Rossi      Mario  RSSMRA80A01H501U       01/01/1980           Roma       333 1234567      mario.rossi@example.com                 Via Roma 1  00100     TEST_QA
  Cuccurullo  Salvatore  CCCSVT58C21F839F       21/03/1958         Napoli      081 552 9314  salvatore.cuccurullo@pec.it             Via Toledo 156  80134  import_crm`,
    // Mario Rossi on the TEST_QA line is the Italian placeholder; codici fiscali, places of birth and CAP are not ours.
    expected: [
      ['PERSON', 'Lombardo'],
      ['PERSON', 'Chiara'],
      ['DATE_OF_BIRTH', '12/04/1987'],
      ['PHONE', '+39 347 218 4409'],
      ['EMAIL', 'chiara.lombardo87@libero.it'],
      ['PERSON', 'De Santis'],
      ['PERSON', 'Gianluca'],
      ['DATE_OF_BIRTH', '14/11/1979'],
      ['PHONE', '338 9041276'],
      ['EMAIL', 'g.desantis@tiscali.it'],
      ['PERSON', 'Cuccurullo'],
      ['PERSON', 'Salvatore'],
      ['DATE_OF_BIRTH', '21/03/1958'],
      ['PHONE', '081 552 9314'],
      ['EMAIL', 'salvatore.cuccurullo@pec.it'],
    ],
  },
  {
    name: 'pyodbc IntegrityError in an Italian notebook: the INSERT cell with a parameter tuple (Nome, Cognome, DataNascita, Telefono, Email, Iban) echoed in the traceback, the duplicate e-mail in the SQL Server message',
    text: `In [41]:
cursor.execute(
    "INSERT INTO dbo.Clienti (Nome, Cognome, DataNascita, Telefono, Email, Iban) VALUES (?, ?, ?, ?, ?, ?)",
    ("Federica", "Marchionni", "1991-06-07", "+39 349 772 0158", "federica.marchionni@fastwebnet.it", "IT96X0306909606100000172638"),
)
conn.commit()

---------------------------------------------------------------------------
IntegrityError                            Traceback (most recent call last)
Cell In[41], line 1
----> 1 cursor.execute(
      2     "INSERT INTO dbo.Clienti (Nome, Cognome, DataNascita, Telefono, Email, Iban) VALUES (?, ?, ?, ?, ?, ?)",
      3     ("Federica", "Marchionni", "1991-06-07", "+39 349 772 0158", "federica.marchionni@fastwebnet.it", "IT96X0306909606100000172638"),
      4 )
      5 conn.commit()

IntegrityError: ('23000', "[23000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Violation of UNIQUE KEY constraint 'UQ_Clienti_Email'. Cannot insert duplicate key in object 'dbo.Clienti'. The duplicate key value is (federica.marchionni@fastwebnet.it). (2627) (SQLExecDirectW); [23000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]The statement has been terminated. (3621)")`,
    expected: [
      ['PERSON', 'Federica'],
      ['PERSON', 'Marchionni'],
      ['DATE_OF_BIRTH', '1991-06-07'],
      ['PHONE', '+39 349 772 0158'],
      ['EMAIL', 'federica.marchionni@fastwebnet.it'],
      ['IBAN', 'IT96X0306909606100000172638'],
      ['PERSON', 'Federica'],
      ['PERSON', 'Marchionni'],
      ['DATE_OF_BIRTH', '1991-06-07'],
      ['PHONE', '+39 349 772 0158'],
      ['EMAIL', 'federica.marchionni@fastwebnet.it'],
      ['IBAN', 'IT96X0306909606100000172638'],
      ['EMAIL', 'federica.marchionni@fastwebnet.it'],
    ],
  },
  {
    name: 'Italian markdown note between cells on deduplication: il Sig. Ottavio Brambilla with a private and a Benetton work e-mail, il Sig. Brambilla again, Via Giuseppe Garibaldi, Piazza Cavour and Corso Vittorio Emanuele II as frequent addresses, the Mario Rossi QA placeholder',
    text: `### Note sulla deduplica (celle 18–22)

- Abbiamo trovato **312** coppie con lo stesso codice fiscale ma email diverse. Esempio segnalato dal customer care: il Sig. Ottavio Brambilla (cliente 4471203) risulta due volte, una con \`ottavio.brambilla@alice.it\` e una con \`o.brambilla@gruppobenetton.it\`, perché lavora in Benetton e al primo ordine ha usato la mail aziendale. Il Sig. Brambilla conferma che quella giusta è la prima.
- **Non** unire i record solo per indirizzo: \`Via Giuseppe Garibaldi\` compare in 4.108 righe (c'è in quasi ogni comune), idem \`Piazza Cavour\` (2.377) e \`Corso Vittorio Emanuele II\` (1.954).
- Escludere dal conteggio il placeholder del team QA: *Mario Rossi*, \`RSSMRA80A01H501U\`, nato "01/01/1980".
- Prossimo passo: \`merge\` su \`codice_fiscale\` + \`data_di_nascita\`, poi revisione manuale delle 41 coppie residue.`,
    // Benetton is a company; the streets and squares are named after people; Mario Rossi with 01/01/1980 is the QA placeholder.
    expected: [
      ['PERSON', 'Ottavio Brambilla'],
      ['EMAIL', 'ottavio.brambilla@alice.it'],
      ['EMAIL', 'o.brambilla@gruppobenetton.it'],
      ['PERSON', 'Brambilla'],
    ],
  },
  {
    name: 'JSON-lines logs from an Italian shipping API: a login with e-mail and public IP, a gateway line with a bearer JWT and an X-Forwarded-For chain with a private hop, a warning naming the recipient with phone and a Garibaldi address',
    text: `{"ts":"2024-03-21T08:41:12.004+01:00","level":"INFO","svc":"auth-api","evt":"login_ok","user":"g.fontana@outlook.it","ip":"93.41.208.77","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)","session":"a3f9c2e1-5b7d-4e80-9c1a-2f6d8b0e4c71"}
{"ts":"2024-03-21T08:41:13.552+01:00","level":"DEBUG","svc":"gateway","evt":"upstream","method":"GET","path":"/v1/ordini?cliente=88214","headers":{"authorization":"Bearer ${itJwt}","x-forwarded-for":"93.41.208.77, 10.8.0.14"},"latency_ms":38}
{"ts":"2024-03-21T08:41:14.090+01:00","level":"WARN","svc":"ordini","evt":"spedizione_indirizzo_non_valido","ordine":"ORD-2024-551902","cliente":88214,"destinatario":"Giulia Fontana","tel":"+39 340 118 2297","indirizzo":"Via Giuseppe Garibaldi 7, 10122 Torino","motivo":"civico non trovato"}
{"ts":"2024-03-21T08:41:14.091+01:00","level":"INFO","svc":"ordini","evt":"ticket_aperto","ticket":"SPED-77120","trace_id":"7c5c42ca6c54a7f342f61e7f896fdd23"}`,
    // Session UUID, order, ticket and trace ids and the iOS version in the user agent are not ours.
    expected: [
      ['EMAIL', 'g.fontana@outlook.it'],
      ['IP_ADDRESS', '93.41.208.77'],
      ['SECRET', itJwt],
      ['IP_ADDRESS', '93.41.208.77'],
      ['IP_ADDRESS', '10.8.0.14'],
      ['PERSON', 'Giulia Fontana'],
      ['PHONE', '+39 340 118 2297'],
    ],
  },
  // ---------------------------------------------------------------- Netherlands
  {
    name: 'DuckDB box over a Dutch parquet export: voornaam/achternaam with tussenvoegsel, geboortedatum, 06 and +31 mobiles and a Utrecht landline, postcodes, BSN numbers, a Jan Jansen test row',
    text: `D SELECT klant_id, voornaam, achternaam, geboortedatum, telefoonnummer, email, postcode, huisnummer, bsn
  FROM read_parquet('klanten_2024q1.parquet') WHERE plaats = 'Utrecht' LIMIT 4;
┌──────────┬──────────┬─────────────────┬───────────────┬────────────────┬───────────────────────────┬──────────┬────────────┬───────────┐
│ klant_id │ voornaam │   achternaam    │ geboortedatum │ telefoonnummer │           email           │ postcode │ huisnummer │    bsn    │
│  int64   │ varchar  │     varchar     │     date      │    varchar     │          varchar          │ varchar  │  varchar   │  varchar  │
├──────────┼──────────┼─────────────────┼───────────────┼────────────────┼───────────────────────────┼──────────┼────────────┼───────────┤
│   710233 │ Jeroen   │ van der Meulen  │ 1983-05-16    │ 06-41827305    │ jeroen.vdmeulen@ziggo.nl  │ 3511 LX  │ 14         │ 284173654 │
│   710240 │ Femke    │ de Groot-Visser │ 1990-11-02    │ +31 6 28194736 │ femke.degroot@kpnmail.nl  │ 3581 KD  │ 7-bis      │ 193728461 │
│   710252 │ Noor     │ El Amrani       │ 1998-01-24    │ 030 271 4498   │ noor.elamrani@outlook.com │ 3532 AB  │ 201        │ 315948279 │
│   710266 │ Jan      │ Jansen          │ 1970-01-01    │ 06-12345678    │ test@example.com          │ 1234 AB  │ 1          │ 123456782 │
└──────────┴──────────┴─────────────────┴───────────────┴────────────────┴───────────────────────────┴──────────┴────────────┴───────────┘`,
    // Jan Jansen with 06-12345678, example.com and the well-known test BSN is a placeholder row; BSNs and postcodes are not ours.
    expected: [
      ['PERSON', 'Jeroen'],
      ['PERSON', 'van der Meulen'],
      ['DATE_OF_BIRTH', '1983-05-16'],
      ['PHONE', '06-41827305'],
      ['EMAIL', 'jeroen.vdmeulen@ziggo.nl'],
      ['PERSON', 'Femke'],
      ['PERSON', 'de Groot-Visser'],
      ['DATE_OF_BIRTH', '1990-11-02'],
      ['PHONE', '+31 6 28194736'],
      ['EMAIL', 'femke.degroot@kpnmail.nl'],
      ['PERSON', 'Noor'],
      ['PERSON', 'El Amrani'],
      ['DATE_OF_BIRTH', '1998-01-24'],
      ['PHONE', '030 271 4498'],
      ['EMAIL', 'noor.elamrani@outlook.com'],
    ],
  },
  {
    name: 'Mollie webhook handling logged by a Dutch webshop: the caller IP, a DEBUG line with a live API key, the payment JSON with consumerName in initial form, a compact IBAN and a BIC, the customer e-mail in metadata, the IBAN again',
    text: `2024-03-18T09:12:44.201Z INFO  mollie.webhook  received id=tr_WDqYK6vllg from=35.157.20.118
2024-03-18T09:12:44.388Z DEBUG mollie.client   GET https://api.mollie.com/v2/payments/tr_WDqYK6vllg headers={'Authorization': 'Bearer ${mollieKey}', 'User-Agent': 'Mollie/3.4.0 Python/3.11.8'}
2024-03-18T09:12:44.512Z DEBUG mollie.client   200 {"resource":"payment","id":"tr_WDqYK6vllg","mode":"live","amount":{"value":"64.95","currency":"EUR"},"description":"Bestelling 2024-118274","method":"ideal","status":"paid","paidAt":"2024-03-18T09:12:31+00:00","details":{"consumerName":"T. Oosterhuis","consumerAccount":"NL89RABO0318274659","consumerBic":"RABONL2U"},"metadata":{"order_id":118274,"klant_email":"thijs.oosterhuis@hetnet.nl"}}
2024-03-18T09:12:44.530Z INFO  orders.service  order 118274 marked paid (ideal, NL89RABO0318274659)
2024-03-18T09:12:44.531Z INFO  mail.service    queued template=betaling_ontvangen order=118274`,
    // The payment id, order number, BIC and library versions are not ours.
    expected: [
      ['IP_ADDRESS', '35.157.20.118'],
      ['SECRET', mollieKey],
      ['PERSON', 'T. Oosterhuis'],
      ['IBAN', 'NL89RABO0318274659'],
      ['EMAIL', 'thijs.oosterhuis@hetnet.nl'],
      ['IBAN', 'NL89RABO0318274659'],
    ],
  },
  {
    name: 'Dutch customer note: dhr. Sander Kuipers and mevr. Ilse Kuipers-de Boer, a Philips Hue order, a 06 number, an address on the Johan de Wittlaan, Dhr. Kuipers again, verification by geboortedatum dd-mm-yyyy, a call date',
    text: `Klantnotitie – Zendesk #77102 (NL) – behandelaar: rdekker

Dhr. Sander Kuipers belde op 14-03 over zijn Philips Hue Bridge die na de firmware-update niet meer verbindt (bestelling 2024-118302, € 89,00, geleverd 02-03-2024).
Hij vraagt of zijn vrouw, mevr. Ilse Kuipers-de Boer, de retour mag afhandelen; zij is overdag thuis. Terugbellen op 06 38 19 42 75 (na 18:00).
Adres: Johan de Wittlaan 18, 2517 JR Den Haag.
Dhr. Kuipers had zijn klantnummer (5538210) niet bij de hand; geverifieerd op geboortedatum 03-09-1976 en postcode.
Actie: retourlabel mailen, RMA aanmaken bij Signify (voorheen Philips Lighting).`,
    // rdekker is the agent's login; Philips and Signify are companies; Johan de Wittlaan is a street; the call and delivery dates are not birth dates.
    expected: [
      ['PERSON', 'Sander Kuipers'],
      ['PERSON', 'Ilse Kuipers-de Boer'],
      ['PHONE', '06 38 19 42 75'],
      ['PERSON', 'Kuipers'],
      ['DATE_OF_BIRTH', '03-09-1976'],
    ],
  },
  {
    name: 'Dutch Heineken supplier dashboard note with only companies, brands, postcodes and amounts: Heineken, Philips, Albert Heijn, Van Gogh Museum, Anne Frank Huis as delivery points',
    text: `## Leveringen Q1 per afleverpunt (cel 9)

| afleverpunt                | postcode | leveringen | omzet_eur  |
|----------------------------|----------|-----------:|-----------:|
| Heineken Experience        | 1072 AE  |        118 |  48.210,00 |
| Albert Heijn XL Eindhoven  | 5611 ER  |         96 |  31.904,50 |
| Philips Stadion (PSV)      | 5616 NH  |         41 |  22.118,75 |
| Van Gogh Museum – café     | 1071 CX  |         37 |   9.406,20 |
| Anne Frank Huis – kantoor  | 1016 GV  |         12 |   1.877,00 |

Opmerking: "Albert Heijn" en "Van Gogh Museum" zijn afleverpunten, geen klanten; contactpersonen staan in \`dim_contact\` en zitten niet in deze export.`,
    // Every name here is a company, a stadium, a museum or a house named after a person.
    expected: [],
  },
  // ---------------------------------------------------------------- Portugal
  {
    name: 'pandas sample() of Portuguese customers: nome_completo, NIF numbers beside a Porto landline of the same length, data_nascimento, PT IBANs, Rua Garrett and Rua de Camões, postcodes',
    text: `clientes_pt.sample(3, random_state=7)

      id_cliente           nome_completo        nif  data_nascimento         telemovel                             iban                    morada  codigo_postal
1182    PT-40917  Inês Carvalho Medeiros  238174620       1993-02-08       912 483 017  PT50 0035 0651 0002 7184 6395 8  Rua Garrett 74, 2.º Esq.       1200-204
307     PT-31022       Rui Tavares Pinho  216493854       1971-07-30  +351 935 220 814  PT50 0033 0000 4528 1739 1051 9  Avenida da Liberdade 190       1250-147
2950    PT-52281    Beatriz Sampaio Lobo  265817390       1985-12-04       225 081 934                              NaN         Rua de Camões 311       4000-144`,
    // NIFs are tax ids even though they share the 9-digit shape of the landline; postcodes are not ours.
    expected: [
      ['PERSON', 'Inês Carvalho Medeiros'],
      ['DATE_OF_BIRTH', '1993-02-08'],
      ['PHONE', '912 483 017'],
      ['IBAN', 'PT50 0035 0651 0002 7184 6395 8'],
      ['PERSON', 'Rui Tavares Pinho'],
      ['DATE_OF_BIRTH', '1971-07-30'],
      ['PHONE', '+351 935 220 814'],
      ['IBAN', 'PT50 0033 0000 4528 1739 1051 9'],
      ['PERSON', 'Beatriz Sampaio Lobo'],
      ['DATE_OF_BIRTH', '1985-12-04'],
      ['PHONE', '225 081 934'],
    ],
  },
  {
    name: 'psycopg2 CheckViolation in a Portuguese notebook with the server messages in Portuguese: the dict cell (nome, email, data_nascimento mistyped into the future, telemovel) and DETALHE repeating the failing row with a created-at timestamp',
    text: `---------------------------------------------------------------------------
CheckViolation                            Traceback (most recent call last)
Cell In[12], line 7
      1 novo = {
      2     "nome": "Henrique Valadares Sousa",
      3     "email": "henrique.valadares@sapo.pt",
      4     "data_nascimento": "2034-05-12",
      5     "telemovel": "963 118 402",
      6 }
----> 7 cur.execute(
      8     "INSERT INTO clientes (nome, email, data_nascimento, telemovel) VALUES (%(nome)s, %(email)s, %(data_nascimento)s, %(telemovel)s)",
      9     novo,
     10 )

CheckViolation: ERRO:  novo registro da relação "clientes" viola restrição de verificação "clientes_data_nascimento_check"
DETALHE:  Registro que falhou contém (40988, Henrique Valadares Sousa, henrique.valadares@sapo.pt, 2034-05-12, 963 118 402, 2024-03-19 10:22:41.118+00).`,
    // The mistyped birth date is still the birth-date value; the row id and created-at timestamp are not ours.
    expected: [
      ['PERSON', 'Henrique Valadares Sousa'],
      ['EMAIL', 'henrique.valadares@sapo.pt'],
      ['DATE_OF_BIRTH', '2034-05-12'],
      ['PHONE', '963 118 402'],
      ['PERSON', 'Henrique Valadares Sousa'],
      ['EMAIL', 'henrique.valadares@sapo.pt'],
      ['DATE_OF_BIRTH', '2034-05-12'],
      ['PHONE', '963 118 402'],
    ],
  },
  // ---------------------------------------------------------------- Brazil
  {
    name: 'df_clientes.head() from a Brazilian retailer: CPFs, nome_completo, data_nascimento dd/mm/yyyy, celulares and a Recife landline, Avenida Paulista and Visconde de Pirajá, CEPs, a Fulano de Tal row',
    text: `df_clientes = pd.read_parquet("s3://dl-varejo/silver/clientes/").drop(columns=["senha_hash"])
df_clientes.head()

              cpf                nome_completo  data_nascimento          celular                       email                     endereco        cep
0  418.273.659-19  Thiago Albuquerque Nogueira       14/05/1988  (11) 98734-2160  thiago.nogueira@uol.com.br   Av. Paulista, 1578 - ap 82  01310-200
1  305.917.284-60    Rafaela Cunha Bittencourt       03/09/1995  (21) 99618-4427  rafa.bittencourt@gmail.com  Rua Visconde de Pirajá, 414  22410-002
2  111.111.111-11                Fulano de Tal       01/01/1900  (11) 99999-9999          fulano@example.com               Rua Exemplo, 0  00000-000
3  927.361.845-64    Edvaldo Pereira dos Anjos       22/12/1962   (81) 3421-6608    edvaldo.anjos@bol.com.br           Rua da Aurora, 295  50050-000`,
    // Fulano de Tal with a dummy CPF, phone and example.com is the Brazilian placeholder; CPFs and CEPs are not ours.
    expected: [
      ['PERSON', 'Thiago Albuquerque Nogueira'],
      ['DATE_OF_BIRTH', '14/05/1988'],
      ['PHONE', '(11) 98734-2160'],
      ['EMAIL', 'thiago.nogueira@uol.com.br'],
      ['PERSON', 'Rafaela Cunha Bittencourt'],
      ['DATE_OF_BIRTH', '03/09/1995'],
      ['PHONE', '(21) 99618-4427'],
      ['EMAIL', 'rafa.bittencourt@gmail.com'],
      ['PERSON', 'Edvaldo Pereira dos Anjos'],
      ['DATE_OF_BIRTH', '22/12/1962'],
      ['PHONE', '(81) 3421-6608'],
      ['EMAIL', 'edvaldo.anjos@bol.com.br'],
    ],
  },
  {
    name: 'Brazilian Pix refund batch in a notebook: a hard-coded client secret, customers with Pix keys of every kind (e-mail, phone, CPF, random UUID), O Boticário shops, the printed e2e ids',
    text: `EFI_CLIENT_ID = os.environ["EFI_CLIENT_ID"]
EFI_CLIENT_SECRET = "${efiSecret}"  # TODO mover pro Vault

devolucoes = [
    {"pedido": 88213, "cliente": "Luana Ferraz de Oliveira", "tipo_chave": "email", "chave_pix": "luana.ferraz@outlook.com", "valor": 149.90, "loja": "O Boticário - Shopping Iguatemi"},
    {"pedido": 88240, "cliente": "Caio Mendonça Reis", "tipo_chave": "telefone", "chave_pix": "+5531987421630", "valor": 59.00, "loja": "O Boticário - BH Shopping"},
    {"pedido": 88251, "cliente": "Patrícia Lemos Araújo", "tipo_chave": "cpf", "chave_pix": "30591728460", "valor": 212.35, "loja": "e-commerce"},
    {"pedido": 88262, "cliente": "Gustavo Henrique Paiva", "tipo_chave": "aleatoria", "chave_pix": "5b1e7c2a-93f4-4d0e-b8a6-1f2c9e7d4a30", "valor": 75.00, "loja": "e-commerce"},
]
for d in devolucoes:
    r = efi.pix_send(chave=d["chave_pix"], valor=f'{d["valor"]:.2f}', descricao=f'Estorno pedido {d["pedido"]}')
    print(d["pedido"], r["status"], r["e2eId"])

88213 EM_PROCESSAMENTO E18236120202403191530s0A71QzK2Lm
88240 EM_PROCESSAMENTO E18236120202403191530s0B82RxT4Wn
88251 EM_PROCESSAMENTO E18236120202403191530s0C93SyV6Hp
88262 EM_PROCESSAMENTO E18236120202403191531s0D04TzB8Jc`,
    // The CPF and random-UUID Pix keys are not ours; O Boticário is a company; e2e ids and order numbers are not ours.
    expected: [
      ['SECRET', efiSecret],
      ['PERSON', 'Luana Ferraz de Oliveira'],
      ['EMAIL', 'luana.ferraz@outlook.com'],
      ['PERSON', 'Caio Mendonça Reis'],
      ['PHONE', '+5531987421630'],
      ['PERSON', 'Patrícia Lemos Araújo'],
      ['PERSON', 'Gustavo Henrique Paiva'],
    ],
  },
  {
    name: 'Databricks SQL MERGE correcting a Brazilian customer from literals with a Portuguese comment, and the num_affected_rows result',
    text: `-- Databricks SQL · catálogo prod · chamado CX-40217: cliente pediu correção do cadastro pelo chat
MERGE INTO prod.crm.clientes AS t
USING (
  SELECT 40217                                   AS id_cliente,
         'Marcos Vinícius Teixeira Lima'         AS nome_completo,
         DATE'1987-08-03'                        AS data_nascimento,
         '+55 (31) 99274-1186'                   AS celular,
         'marcosvtlima@yahoo.com.br'             AS email,
         'Rua dos Timbiras, 1200 - Funcionários' AS endereco,
         '30140-061'                             AS cep,
         current_timestamp()                     AS atualizado_em
) AS s
ON t.id_cliente = s.id_cliente
WHEN MATCHED THEN UPDATE SET *;

num_affected_rows	num_updated_rows	num_deleted_rows	num_inserted_rows
1	1	0	0`,
    expected: [
      ['PERSON', 'Marcos Vinícius Teixeira Lima'],
      ['DATE_OF_BIRTH', '1987-08-03'],
      ['PHONE', '+55 (31) 99274-1186'],
      ['EMAIL', 'marcosvtlima@yahoo.com.br'],
    ],
  },
  {
    name: 'Spring Boot log from a Brazilian checkout: a Lombok toString with the card holder, a full card number, a CPF and an amount; the masked card, NSU and TID on authorisation; an SMTP URL with a password and a private IP; a customer e-mail',
    text: `2024-03-20 11:04:52.118 DEBUG 1 --- [nio-8080-exec-7] b.c.l.checkout.PagamentoService          : Requisição ao adquirente: PagamentoRequest(pedidoId=PED-2024-771208, titular=RAFAEL S COSTA, numeroCartao=5228714093661289, validade=11/27, cvv=***, parcelas=3, valor=1299.90, cpfTitular=509.172.836-86)
2024-03-20 11:04:52.640 INFO  1 --- [nio-8080-exec-7] b.c.l.checkout.PagamentoService          : Autorizado: nsu=004281, tid=10069930691J4S2B, cartao=522871******1289, bandeira=MASTERCARD, pedido=PED-2024-771208
2024-03-20 11:04:52.997 DEBUG 1 --- [nio-8080-exec-7] b.c.l.notificacao.EmailService           : Conectando em smtp://notificacoes:${smtpPw}@10.0.12.45:587
2024-03-20 11:04:53.002 WARN  1 --- [nio-8080-exec-7] b.c.l.notificacao.EmailService           : Falha ao enviar confirmação do pedido PED-2024-771208 para rafael.costa@terra.com.br (421 4.7.0 Try again later)`,
    // The masked card, CPF, NSU, TID and order number are not ours; validade 11/27 is an expiry date.
    expected: [
      ['PERSON', 'RAFAEL S COSTA'],
      ['CREDIT_CARD', '5228714093661289'],
      ['SECRET', smtpPw],
      ['IP_ADDRESS', '10.0.12.45'],
      ['EMAIL', 'rafael.costa@terra.com.br'],
    ],
  },
  {
    name: 'Brazilian support summary in markdown: Sra. Daniela Prates Moura with WhatsApp number and e-mail, "A Daniela" later, an O Boticário shop on Rua Oscar Freire, Av. Brigadeiro Faria Lima, a CPF, a masked card and an order number',
    text: `**Resumo do atendimento — protocolo 2024031900418**

Prezados, a cliente Sra. Daniela Prates Moura entrou em contato pelo WhatsApp (+55 11 97215-3308) reclamando que o kit presente comprado na loja O Boticário da Rua Oscar Freire, 1.095 (pedido BOT-55120418, R$ 289,90, pago em 3x no cartão final 4417) chegou com o frasco quebrado.
A Daniela pediu a troca e não o reembolso; e-mail para envio da etiqueta reversa: dani.prates@terra.com.br. Endereço de coleta: Av. Brigadeiro Faria Lima, 2232 - ap 71, CEP 01451-000, São Paulo/SP.
Obs.: o CPF informado (284.619.073-96) confere com o cadastro. Escalonado para a supervisora (usuária mcosta).`,
    // O Boticário is a company; Oscar Freire and Faria Lima are streets named after people; the CPF, masked card and protocol number are not ours.
    expected: [
      ['PERSON', 'Daniela Prates Moura'],
      ['PHONE', '+55 11 97215-3308'],
      ['PERSON', 'Daniela'],
      ['EMAIL', 'dani.prates@terra.com.br'],
    ],
  },
  // ---------------------------------------------------------------- Japan
  {
    name: 'psql result from a Japanese membership table: 氏名, 生年月日 in 昭和/平成 era and 年月日 form, 電話番号 mobile and Osaka landline, a 山田 太郎 test row, 郵便番号 and 入会日',
    text: `crm=> SELECT 会員番号, 氏名, 生年月日, 電話番号, メールアドレス, 郵便番号, 住所, 入会日 FROM 会員 WHERE 都道府県 = '大阪府' ORDER BY 会員番号 LIMIT 4;
 会員番号 |    氏名     |    生年月日     |   電話番号    |       メールアドレス        | 郵便番号 |          住所          |   入会日
----------+-------------+-----------------+---------------+-----------------------------+----------+------------------------+------------
 M-208841 | 小野寺 裕子 | 昭和58年7月21日 | 090-4418-2735 | yuko.onodera@ezweb.ne.jp    | 530-0012 | 大阪市北区芝田1-4-9    | 2023-12-01
 M-208857 | 山田 太郎   | 昭和50年1月1日  | 000-0000-0000 | yamada@example.com          | 100-0001 | 東京都千代田区1-1      | 2023-12-01
 M-208860 | 石川 遼平   | 平成4年11月3日  | 06-6312-4580  | ryohei.ishikawa@gmail.com   | 541-0041 | 大阪市中央区北浜2-6-18 | 2023-12-03
 M-208872 | 森下 さくら | 2001年5月30日   | 080-2093-6641 | sakura.m0530@softbank.ne.jp | 564-0051 | 吹田市豊津町9-1        | 2023-12-05
(4 rows)
`,
    // 山田 太郎 with 000-0000-0000 and example.com is the placeholder; 郵便番号 and 入会日 are not ours.
    expected: [
      ['PERSON', '小野寺 裕子'],
      ['DATE_OF_BIRTH', '昭和58年7月21日'],
      ['PHONE', '090-4418-2735'],
      ['EMAIL', 'yuko.onodera@ezweb.ne.jp'],
      ['PERSON', '石川 遼平'],
      ['DATE_OF_BIRTH', '平成4年11月3日'],
      ['PHONE', '06-6312-4580'],
      ['EMAIL', 'ryohei.ishikawa@gmail.com'],
      ['PERSON', '森下 さくら'],
      ['DATE_OF_BIRTH', '2001年5月30日'],
      ['PHONE', '080-2093-6641'],
      ['EMAIL', 'sakura.m0530@softbank.ne.jp'],
    ],
  },
  {
    name: 'pandas frame of Japanese B2B inquiries: 顧客名, 勤務先 companies named after founders (本田技研工業, トヨタ自動車, ミキモト), phones, 備考 with 藤原様 and 工藤様 and a colleague 松下さん, a 山田 太郎 test row',
    text: `df_問合せ[["受付番号", "顧客名", "勤務先", "電話番号", "備考"]]

     受付番号       顧客名          勤務先       電話番号                                              備考
0  Q-24031801    藤原 直樹    本田技研工業   03-5412-7730          藤原様より見積再送の依頼。担当: 松下さん
1  Q-24031802  長谷川 恵美    トヨタ自動車   052-581-3307                       納期確認。折返し希望 (午後)
2  Q-24031805    山田 太郎  テスト株式会社   03-0000-0000                           テストデータ (削除予定)
3  Q-24031809    工藤 翔太        ミキモト  080-6314-2298  工藤様: 請求書の宛名を「株式会社ミキモト」に変更`,
    // Companies named after founders are not persons; 松下さん is a colleague by family name only; the 山田 太郎 row is test data.
    expected: [
      ['PERSON', '藤原 直樹'],
      ['PHONE', '03-5412-7730'],
      ['PERSON', '藤原'],
      ['PERSON', '長谷川 恵美'],
      ['PHONE', '052-581-3307'],
      ['PERSON', '工藤 翔太'],
      ['PHONE', '080-6314-2298'],
      ['PERSON', '工藤'],
    ],
  },
  {
    name: 'Japanese inquiry form pasted into a notebook: お名前 with 様, フリガナ, 生年月日 in 年月日, phone and e-mail, an order number and 〒 address, 森川様 in the internal memo, 担当 佐野さん',
    text: `【お問い合わせ】#JP-30127  受付日時: 2024/03/19 14:52
お名前：森川 千尋 様
フリガナ：モリカワ チヒロ
生年月日：1979年2月14日
ご連絡先：080-7732-1956 / chihiro.morikawa@icloud.com
内容：
先日注文した商品（注文番号 2024031900172、合計 ¥12,980）がまだ届きません。配送先は 〒150-0001 東京都渋谷区神宮前4-12-10 です。追跡番号 4470-2291-8835 で調べても「持戻り」のままです。

対応メモ（社内）：森川様には15時以降に折り返し。配送業者へ再配達依頼済み。担当 佐野さん。`,
    // The order and tracking numbers, the postcode and the receipt time are not ours; 佐野さん is a colleague.
    expected: [
      ['PERSON', '森川 千尋'],
      ['PERSON', 'モリカワ チヒロ'],
      ['DATE_OF_BIRTH', '1979年2月14日'],
      ['PHONE', '080-7732-1956'],
      ['EMAIL', 'chihiro.morikawa@icloud.com'],
      ['PERSON', '森川'],
    ],
  },
  {
    name: 'Japanese EC order printed as JSON in a notebook next to a hard-coded LINE channel access token: last_name/first_name apart, zip, +81 phone, a delivery note, amounts',
    text: `LINE_CHANNEL_ACCESS_TOKEN = "${lineToken}"

order = requests.get(f"{SHOP}/admin/api/2024-01/orders/{oid}.json", headers=hdr).json()["order"]
print(json.dumps({k: order[k] for k in ("id", "name", "email", "created_at", "shipping_address", "note", "total_price")}, ensure_ascii=False, indent=2))

{
  "id": 5821937740,
  "name": "#10422",
  "email": "keita.hoshino@yahoo.co.jp",
  "created_at": "2024-03-19T21:04:33+09:00",
  "shipping_address": {
    "last_name": "星野",
    "first_name": "啓太",
    "zip": "060-0042",
    "province": "北海道",
    "city": "札幌市中央区",
    "address1": "大通西4-1",
    "phone": "+81 90-5518-2047"
  },
  "note": "不在の場合は宅配ボックスへ",
  "total_price": "12800"
}`,
    // The API version 2024-01, order id, order name and zip are not ours.
    expected: [
      ['SECRET', lineToken],
      ['EMAIL', 'keita.hoshino@yahoo.co.jp'],
      ['PERSON', '星野'],
      ['PERSON', '啓太'],
      ['PHONE', '+81 90-5518-2047'],
    ],
  },
  {
    name: 'MySQL \\G record of a Japanese employee: 氏名 and 氏名カナ, 生年月日 beside 入社日, 携帯番号, 個人メール, a domestic bank account and a マイナンバー grouped in fours',
    text: `mysql> SELECT * FROM 社員 WHERE 社員番号 = 'E10482'\\G
*************************** 1. row ***************************
    社員番号: E10482
        氏名: 高木 美穂
    氏名カナ: タカギ ミホ
    生年月日: 1990-10-05
      入社日: 2015-04-01
    携帯番号: 090-2817-4406
  個人メール: miho.takagi@outlook.jp
    銀行口座: 三菱UFJ銀行 渋谷支店 普通 4718203
マイナンバー: 4281 9736 5502
        住所: 東京都渋谷区道玄坂1-12-1
1 row in set (0.00 sec)`,
    // The hire date, the domestic account number and the My Number are not our types.
    expected: [
      ['PERSON', '高木 美穂'],
      ['PERSON', 'タカギ ミホ'],
      ['DATE_OF_BIRTH', '1990-10-05'],
      ['PHONE', '090-2817-4406'],
      ['EMAIL', 'miho.takagi@outlook.jp'],
    ],
  },
];

describeHoldout(
  'privacy hold-out 34: notebook and SQL-editor material from European, Brazilian and Japanese teams',
  cases,
);
