import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A twenty-eighth hand-written hold-out: notebook-like context that a data product sends to an LLM,
 * from teams in European and Latin-American locales (Germany, Austria, Switzerland, France, Belgium,
 * the Netherlands, Spain, Italy, Portugal, Poland, Czechia, Sweden, Norway, Finland, Brazil, Mexico,
 * Argentina, Colombia and Chile), with column names and keys in the local language and in English.
 * SQL clients: a psql aligned result (vorname/nachname) and a psql expanded `\x` record view
 * (nombre/apellidos), a psql GDPR erasure with an anonymising CTE, the mysql client over CFDI
 * invoices, a DBeaver grid copy with [NULL], a DataGrip query and its tab-separated result, a
 * DataGrip "Copy as Markdown" payroll table. Schemas: an Italian CREATE TABLE with seed INSERTs, a
 * Czech CREATE TABLE with COMMENT ON, a Dutch dbt schema.yml with tests, a Swedish data-catalog
 * entity with PII tags. CSV with `;` separators and decimal commas (French, Belgian). pandas
 * `print(df)` wrapped over blocks, `head()`, `to_string()` of `duplicated(keep=False)` rows,
 * `compare()` of two snapshots, `to_dict("records")` with Timestamps, `info()` and `describe()`, a
 * transposed row; a Polars box print; PySpark `show(truncate=False)` and `show()` with default
 * truncation after `printSchema()`. Python cells: requests calls with the printed JSON (a CRM
 * lookup, an SMS gateway, a banking API, the Sirene API), a pipeline config dict, a printed
 * pydantic-settings object, rapidfuzz name matching, PESEL validation. Jupyter errors: a KeyError
 * after a printed row, a SQLAlchemy IntegrityError on a duplicate e-mail with its parameters, a
 * UnicodeDecodeError with the raw bytes (names spelled with `\x` escapes), a ValueError quoting a
 * mistyped IBAN. Application logs: Django audit lines with a user object, a Laravel QueryException
 * with its stack trace and a payment DEBUG line, a Rails request log, structlog JSON lines, a Spring
 * Boot log4j log with a JDBC URL. Airflow task logs, dbt run and test logs, markdown notes between
 * cells in Spanish and German. Values: local phone formats, IBANs of these countries (compact,
 * spaced, with letters), a full card, e-mails, public and private IPs, passwords in connection
 * strings, API keys in cells and configs, birth dates in local formats. Hard negatives of the same
 * shapes: customer, order, invoice, member, mandate, contract and policy numbers, national and tax
 * ids (DNI, NIE, CPF, CNPJ, PESEL, NIP, NIR, SIRET, codice fiscale, personnummer, fødselsnummer,
 * henkilötunnus, rodné číslo, AHV, Austrian SV-Nummer, rijksregisternummer, BSN, RUT, CUIT, cédula,
 * CURP, RFC, NIF), a creditor id and a BIC, a domestic Norwegian account number, postcodes, amounts
 * with decimal commas and apostrophes, order, signup, purchase, due and registration dates,
 * timestamps, versions (one shaped like an IPv4 address), UUIDs, trace ids and git SHAs, a loyalty
 * card and a mistyped IBAN that fail their checks, masked cards, IBANs, secrets and passwords, a
 * placeholder token, sequential placeholder phones in descriptions; companies, shops, pharmacies,
 * boroughs, streets and projections named after people (Drogaria Oswaldo Cruz, Padaria Santos
 * Dumont, Apteka Kopernik, Galeries Lafayette, Pharmacie Pasteur, Confiserie Sprüngli, Benito
 * Juárez, Cuauhtémoc, Calle de Goya, Avenida Paulista, Rua Augusta, Pestalozzistrasse,
 * Aleksanterinkatu, Willem van Oranjelaan, Gauß-Krüger); placeholder rows (Max Mustermann, Jan
 * Kowalski, Juan Pérez, Jean Dupont, Mario Rossi, Fulano de Tal, João da Silva, Jan Novák, Jan
 * Janssens, Matti Meikäläinen) with example.com addresses; e-mails cut short by Spark's truncation;
 * column names and tags alone. Each case lists every value it expects found, with its type;
 * anything else flagged is a false positive. A title (Herr, Mme, M.) is no part of a name's span;
 * name fields kept apart by a format (vorname/nachname, nombre/apellidos, nome/sobrenome,
 * apellido paterno/materno, etunimi/sukunimi) are separate spans; one full-name or "Nachname,
 * Vorname" field is one span; a value under a name column counts even in initial form; a lone given
 * or family name counts only when the same person is named in full in the text (a family name
 * filtered on in SQL included). A birth date in a `datetime.date(…)` repr is its arguments and in a
 * `Timestamp(… 00:00:00)` the date alone; a name spelled with `\x` byte escapes is still the
 * person's name. Institutional contact mailboxes and phones count. Values are fake: a Luhn-valid
 * made-up card, IBANs with valid mod-97 (and national) check digits, made-up names, numbers and keys.
 */
const k = joinParts;
const mxCrmKey = k('fpx_live_', '7Hq2Lm9ZxT4vR8kW3nB6cY1dF5gJ0sPe');
const clPw = k('Cq7vLm2', 'Rx9Tz!');
const fiSmsToken = k('vp_tok_', '4Kx9Qm2Lr7Tz8Wn1Bc6Df3Gh5Jy0Sa');
const brDbPw = k('Vnd@s2024', '!Qx7Lm');
const awsKeyId = k('AK', 'IA', 'Y7Q4XW2M9RTZ3LEB');
const awsSecret = k('r9Vh2LmQ7xZkT4wB8nC3', 'yD6fG1jS5eU0oKi7PzQa');
const sendgridKey = k('SG.Xq7PmL2vR9tZ4kWn8bC3dA', '.Hd6Fg1Jk5sLe0uYo7iPz2aQx4Mv9Nb6Tc3Rd8Wf1Gh5');
const noPw = k('Fj0rd!Kx', '82vQ');
const noPw2 = k('Nordl!ys', '-4471Kv');
const altinnKey = k('altinn_prod_', '9c4f2e7a1b8d3f6e0a5c7b2d9e4f1a8c');
const fiPw = k('Hm4!kVr8', 'Lq2Xz');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- psql, SQL clients and schemas
  {
    name: 'psql aligned result of a German kunden query: vorname and nachname in separate columns, a Max Mustermann onboarding row with an example.com address, PLZ and customer numbers',
    text: `crm_prod=> SELECT k.kundennr, k.vorname, k.nachname, k.email, k.telefon, k.geburtsdatum, k.plz, k.iban
crm_prod->   FROM kunden k
crm_prod->  WHERE k.ort = 'Leipzig' AND k.angelegt_am >= DATE '2024-01-01'
crm_prod->  ORDER BY k.kundennr;
 kundennr |  vorname   |    nachname     |           email            |     telefon      | geburtsdatum |  plz  |          iban
----------+------------+-----------------+----------------------------+------------------+--------------+-------+------------------------
 K-100233 | Henrike    | Wolfsteller     | h.wolfsteller@web.de       | 0341 58 22 917   | 1979-04-23   | 04109 | DE44500105175407324931
 K-100241 | Ömer       | Kaya            | oemer.kaya@gmx.net         | +49 157 36620481 | 1992-11-02   | 04177 | DE16120300001020447120
 K-100259 | Max        | Mustermann      | max.mustermann@example.com |                  |              | 04103 |
 K-100262 | Friederike | von Alvensleben | f.alvensleben@t-online.de  | 0176 21948830    | 1964-08-30   | 04229 | DE88701500000044712093
(4 rows)

crm_prod=> -- K-100259 ist der Testkunde aus dem Onboarding-Skript, warum taucht der in Leipzig auf?`,
    // Max Mustermann at example.com is the onboarding placeholder; customer numbers, PLZ and the
    // signup cut-off date are not ours.
    expected: [
      ['PERSON', 'Henrike'],
      ['PERSON', 'Wolfsteller'],
      ['EMAIL', 'h.wolfsteller@web.de'],
      ['PHONE', '0341 58 22 917'],
      ['DATE_OF_BIRTH', '1979-04-23'],
      ['IBAN', 'DE44500105175407324931'],
      ['PERSON', 'Ömer'],
      ['PERSON', 'Kaya'],
      ['EMAIL', 'oemer.kaya@gmx.net'],
      ['PHONE', '+49 157 36620481'],
      ['DATE_OF_BIRTH', '1992-11-02'],
      ['IBAN', 'DE16120300001020447120'],
      ['PERSON', 'Friederike'],
      ['PERSON', 'von Alvensleben'],
      ['EMAIL', 'f.alvensleben@t-online.de'],
      ['PHONE', '0176 21948830'],
      ['DATE_OF_BIRTH', '1964-08-30'],
      ['IBAN', 'DE88701500000044712093'],
    ],
  },
  {
    name: 'psql expanded display (\\x) of two Spanish clientes: nombre and apellidos apart, a DNI and a NIE, streets named after Goya and Unamuno, a loyalty card that fails Luhn',
    text: `ventas=# \\x
Expanded display is on.
ventas=# SELECT id_cliente, nombre, apellidos, dni, correo, telefono, fecha_nacimiento, direccion, cp, tarjeta_club, iban_domiciliacion, fecha_alta
ventas-#   FROM clientes WHERE id_cliente IN (88412, 88419);
-[ RECORD 1 ]------+-------------------------------
id_cliente         | 88412
nombre             | Itziar
apellidos          | Goikoetxea Larrañaga
dni                | 45897123W
correo             | itziar.goiko@telefonica.net
telefono           | 943 27 81 56
fecha_nacimiento   | 1986-02-14
direccion          | Calle de Goya 48, 3º B
cp                 | 28001
tarjeta_club       | 6002 4471 2093 1188
iban_domiciliacion | ES21 2100 0813 6302 0044 7120
fecha_alta         | 2023-06-01 10:14:33+02
-[ RECORD 2 ]------+-------------------------------
id_cliente         | 88419
nombre             | Rubén
apellidos          | Castro Villalobos
dni                | Y2847193Z
correo             | rcastrov@yahoo.es
telefono           | +34 655 318 902
fecha_nacimiento   | 1999-10-07
direccion          | Avenida de Miguel de Unamuno 5
cp                 | 41007
tarjeta_club       | 6002 4471 2093 2207
iban_domiciliacion | ES89 0049 1500 0728 1044 7120
fecha_alta         | 2024-02-19 18:40:02+01

ventas=# -- el recibo de marzo de 88419 volvió devuelto (R01), revisar el IBAN`,
    // The DNI and NIE, the club card (not Luhn-valid), postcodes, signup timestamps and the streets
    // named after Goya and Unamuno are not ours.
    expected: [
      ['PERSON', 'Itziar'],
      ['PERSON', 'Goikoetxea Larrañaga'],
      ['EMAIL', 'itziar.goiko@telefonica.net'],
      ['PHONE', '943 27 81 56'],
      ['DATE_OF_BIRTH', '1986-02-14'],
      ['IBAN', 'ES21 2100 0813 6302 0044 7120'],
      ['PERSON', 'Rubén'],
      ['PERSON', 'Castro Villalobos'],
      ['EMAIL', 'rcastrov@yahoo.es'],
      ['PHONE', '+34 655 318 902'],
      ['DATE_OF_BIRTH', '1999-10-07'],
      ['IBAN', 'ES89 0049 1500 0728 1044 7120'],
    ],
  },
  {
    name: 'French GDPR erasure in psql: a comment naming the two requesters with Mme and M., their e-mails in an IN list, an anonymising CTE, the check query printing efface+id@invalid, a DPO in a closing note',
    text: `-- Demandes RGPD DPO-2024-031 et DPO-2024-034 (droit à l'effacement, art. 17)
-- Mme Bénédicte Rakotomalala (reçue le 04/03) et M. Clément Lemoine-Garnier (reçue le 07/03)
rgpd=> BEGIN;
BEGIN
rgpd=*> WITH cibles AS (
rgpd(*>   SELECT id FROM clients
rgpd(*>    WHERE email IN ('b.rakotomalala@orange.fr', 'clement.lemoine-garnier@wanadoo.fr')
rgpd(*> ), anonymise AS (
rgpd(*>   UPDATE clients c
rgpd(*>      SET nom = 'ANONYME', prenom = NULL, email = 'efface+' || c.id || '@invalid',
rgpd(*>          telephone = NULL, date_naissance = NULL
rgpd(*>     FROM cibles WHERE c.id = cibles.id
rgpd(*>   RETURNING c.id
rgpd(*> )
rgpd(*> DELETE FROM adresses a USING anonymise WHERE a.client_id = anonymise.id;
DELETE 3
rgpd=*> SELECT id, nom, prenom, email FROM clients WHERE id IN (60417, 60952);
  id   |   nom   | prenom |        email
-------+---------+--------+----------------------
 60417 | ANONYME |        | efface+60417@invalid
 60952 | ANONYME |        | efface+60952@invalid
(2 rows)

rgpd=*> COMMIT;
COMMIT

Vérifié avec Yannick Le Goff (DPO) : rien dans les sauvegardes de plus de 35 jours, clôture des deux demandes.`,
    // The request numbers, the dates the requests arrived, the ids and the efface+…@invalid addresses
    // are not ours.
    expected: [
      ['PERSON', 'Bénédicte Rakotomalala'],
      ['PERSON', 'Clément Lemoine-Garnier'],
      ['EMAIL', 'b.rakotomalala@orange.fr'],
      ['EMAIL', 'clement.lemoine-garnier@wanadoo.fr'],
      ['PERSON', 'Yannick Le Goff'],
    ],
  },
  {
    name: 'Mexican CFDI invoices in the mysql client: company RFCs and the generic RFC, UUIDs, totals, companies and boroughs named after people, nothing personal',
    text: `mysql> SELECT folio, fecha_emision, rfc_receptor, razon_social_receptor, uuid_cfdi, total, sucursal
    -> FROM cfdi_emitidos
    -> WHERE fecha_emision BETWEEN '2024-03-01' AND '2024-03-07' AND tipo_comprobante = 'I'
    -> LIMIT 4;
+-----------+---------------------+---------------+-----------------------------------------+--------------------------------------+----------+----------------+
| folio     | fecha_emision       | rfc_receptor  | razon_social_receptor                   | uuid_cfdi                            | total    | sucursal       |
+-----------+---------------------+---------------+-----------------------------------------+--------------------------------------+----------+----------------+
| A-0048213 | 2024-03-01 09:14:22 | CGL850301AB1  | Constructora Gómez Lira SA de CV        | 5f8c1e2a-9b47-4d3e-a2c1-7e0b9f4d6a21 | 21402.00 | Benito Juárez  |
| A-0048214 | 2024-03-01 11:40:05 | XAXX010101000 | PUBLICO EN GENERAL                      | b3d90e47-1c28-4f6a-9e05-2a7c8d1f0b94 |  1000.00 | Miguel Hidalgo |
| A-0048215 | 2024-03-04 16:02:51 | DHV0207153K9  | Distribuidora Hermanos Vázquez SA de CV | 0e71a4c9-58d2-4b3f-8c6e-d49a2f7b1e03 | 86310.40 | Coyoacán       |
| A-0048216 | 2024-03-06 10:20:33 | HSJ951120QP2  | Hospital San José de Querétaro SC       | 7a2f5c18-e3b9-4d07-b6a4-1c90e8f2d5b7 |  4872.75 | Benito Juárez  |
+-----------+---------------------+---------------+-----------------------------------------+--------------------------------------+----------+----------------+
4 rows in set (0.02 sec)

mysql> -- el de PUBLICO EN GENERAL hay que timbrarlo en la factura global de marzo`,
    // Companies named after people (Gómez Lira, Hermanos Vázquez, San José) and boroughs named after
    // Juárez and Hidalgo; RFCs, folios, UUIDs and amounts are not ours.
    expected: [],
  },
  {
    name: 'Polish DBeaver grid copy (tab-separated, with [NULL]): imie and nazwisko apart, PESEL with one bad check digit, a Jan Kowalski test row, postcodes and registration times',
    text: `Skopiowane z DBeavera (klienci, filtr miasto = 'Gdańsk'). Dlaczego walidacja PESEL odrzuca drugi wiersz?

id	imie	nazwisko	pesel	telefon	email	data_urodzenia	kod_pocztowy	miasto	data_rejestracji
40117	Agnieszka	Wróbel-Zając	88071908425	+48 512 407 883	a.wrobel.zajac@wp.pl	1988-07-19	80-288	Gdańsk	2023-11-02 14:22:10.000
40118	Łukasz	Przybylski	95031508378	58 341 72 09	lukasz.przybylski@interia.pl	1995-03-15	80-851	Gdańsk	2024-01-17 09:05:44.000
40119	Jan	Kowalski	00000000000	[NULL]	jan.kowalski@example.com	[NULL]	00-001	Gdańsk	2024-02-01 00:00:00.000`,
    // Jan Kowalski at example.com is the test row; PESEL numbers, postcodes and registration times are
    // not ours.
    expected: [
      ['PERSON', 'Agnieszka'],
      ['PERSON', 'Wróbel-Zając'],
      ['PHONE', '+48 512 407 883'],
      ['EMAIL', 'a.wrobel.zajac@wp.pl'],
      ['DATE_OF_BIRTH', '1988-07-19'],
      ['PERSON', 'Łukasz'],
      ['PERSON', 'Przybylski'],
      ['PHONE', '58 341 72 09'],
      ['EMAIL', 'lukasz.przybylski@interia.pl'],
      ['DATE_OF_BIRTH', '1995-03-15'],
    ],
  },
  {
    name: 'Swedish DataGrip query filtering on a family name and its tab-separated result copy: fornamn and efternamn apart, personnummer, mobile numbers, last-purchase dates, a street named after Saint Olof',
    text: `-- dwh_prod @ DataGrip
SELECT kundnr, fornamn, efternamn, personnummer, mobil, epost, fodelsedatum, senaste_kop
FROM kund.kunder
WHERE efternamn = 'Lindqvist' AND postort = 'Uppsala';

kundnr	fornamn	efternamn	personnummer	mobil	epost	fodelsedatum	senaste_kop
KN-0048213	Ingrid	Lindqvist	19830527-2380	070-412 88 19	ingrid.lindqvist@telia.com	1983-05-27	2024-02-28
KN-0051977	Per-Olof	Lindqvist	19540911-5135	+46 73 552 10 48	polle.lindqvist@bredband.net	1954-09-11	2023-12-21

Är det samma hushåll? Båda står på Sankt Olofsgatan 14.`,
    // The family name filtered on in the WHERE clause is the one both people carry; personnummer,
    // customer numbers, purchase dates and Sankt Olofsgatan are not ours.
    expected: [
      ['PERSON', 'Lindqvist'],
      ['PERSON', 'Ingrid'],
      ['PERSON', 'Lindqvist'],
      ['PHONE', '070-412 88 19'],
      ['EMAIL', 'ingrid.lindqvist@telia.com'],
      ['DATE_OF_BIRTH', '1983-05-27'],
      ['PERSON', 'Per-Olof'],
      ['PERSON', 'Lindqvist'],
      ['PHONE', '+46 73 552 10 48'],
      ['EMAIL', 'polle.lindqvist@bredband.net'],
      ['DATE_OF_BIRTH', '1954-09-11'],
    ],
  },
  {
    name: 'Italian payroll rows copied from DataGrip as a markdown table: cognome and nome apart, codici fiscali, birth and hiring dates, accredit IBANs, net pay with decimal commas',
    text: `Copiato da DataGrip (Copy as Markdown), cedolini di marzo della filiale di Bologna. Perché il netto di De Santis è più alto se è assunta da un giorno?

| matricola | cognome   | nome     | codice_fiscale   | data_nascita | iban_accredito              | netto_eur | data_assunzione |
|-----------|-----------|----------|------------------|--------------|-----------------------------|-----------|-----------------|
| 00471     | Bianchi   | Chiara   | BNCCHR88E45A944L | 1988-05-05   | IT54K0200801642000104471209 | 1.842,35  | 2019-09-01      |
| 00488     | Okonkwo   | Chinedu  | KNKCND91P12Z335R | 1991-09-12   | IT94R0306234210000001558209 | 1.655,10  | 2021-02-15      |
| 00502     | De Santis | Federica | DSNFDR93C61H501Z | 1993-03-21   |                             | 1.910,00  | 2024-03-01      |`,
    // Codici fiscali, matricole, net pay and hiring dates are not ours; De Santis in the question is
    // Federica De Santis.
    expected: [
      ['PERSON', 'De Santis'],
      ['PERSON', 'Bianchi'],
      ['PERSON', 'Chiara'],
      ['DATE_OF_BIRTH', '1988-05-05'],
      ['IBAN', 'IT54K0200801642000104471209'],
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Chinedu'],
      ['DATE_OF_BIRTH', '1991-09-12'],
      ['IBAN', 'IT94R0306234210000001558209'],
      ['PERSON', 'De Santis'],
      ['PERSON', 'Federica'],
      ['DATE_OF_BIRTH', '1993-03-21'],
    ],
  },
  {
    name: 'Italian CREATE TABLE with comments in Italian and seed INSERT rows: a Mario Rossi example row, codici fiscali, an IBAN for the SDD mandate',
    text: `-- anagrafica clienti: schema + dati di partenza per l'ambiente di collaudo
CREATE TABLE anagrafica_clienti (
  id              SERIAL PRIMARY KEY,
  nome            VARCHAR(80)  NOT NULL,   -- nome di battesimo
  cognome         VARCHAR(80)  NOT NULL,
  codice_fiscale  CHAR(16)     UNIQUE,     -- validato lato applicazione
  data_nascita    DATE,                    -- data di nascita del cliente
  telefono        VARCHAR(20),
  email           VARCHAR(120),
  iban            VARCHAR(34),             -- conto per addebito SDD
  creato_il       TIMESTAMPTZ  DEFAULT now()
);
COMMENT ON COLUMN anagrafica_clienti.iban IS 'IBAN del mandato SEPA, senza spazi';

INSERT INTO anagrafica_clienti (nome, cognome, codice_fiscale, data_nascita, telefono, email, iban) VALUES
  ('Mario', 'Rossi', 'RSSMRA80A01H501U', NULL, NULL, 'mario.rossi@example.com', NULL),  -- riga di esempio
  ('Giuseppina', 'Esposito Caruso', 'SPSGPP71D52F839Q', '1971-04-12', '+39 333 418 2290', 'g.espositocaruso@libero.it', 'IT76X0306909606100000447120'),
  ('Nicolò', 'Bertolucci', 'BRTNCL95R08D612H', '1995-10-08', '055 247 1193', 'nicolo.bertolucci@gmail.com', NULL);`,
    // Mario Rossi at example.com is the example row; codici fiscali are not ours.
    expected: [
      ['PERSON', 'Giuseppina'],
      ['PERSON', 'Esposito Caruso'],
      ['DATE_OF_BIRTH', '1971-04-12'],
      ['PHONE', '+39 333 418 2290'],
      ['EMAIL', 'g.espositocaruso@libero.it'],
      ['IBAN', 'IT76X0306909606100000447120'],
      ['PERSON', 'Nicolò'],
      ['PERSON', 'Bertolucci'],
      ['DATE_OF_BIRTH', '1995-10-08'],
      ['PHONE', '055 247 1193'],
      ['EMAIL', 'nicolo.bertolucci@gmail.com'],
    ],
  },
  {
    name: 'Czech CREATE TABLE with COMMENT ON in Czech: check constraints with regexes, a placeholder phone and an example IČO in comments, a Flyway migration name, nothing personal',
    text: `CREATE TABLE zakaznici (
    id              bigserial PRIMARY KEY,
    jmeno           varchar(100) NOT NULL,
    prijmeni        varchar(100) NOT NULL,
    rodne_cislo     char(11) UNIQUE CHECK (rodne_cislo ~ '^\\d{6}/\\d{3,4}$'),
    datum_narozeni  date,
    telefon         varchar(20) CHECK (telefon ~ '^\\+420 ?\\d{3} ?\\d{3} ?\\d{3}$'),
    email           varchar(254),
    ico             char(8),
    ulice           varchar(200) DEFAULT 'neuvedeno',
    psc             char(6),
    vytvoreno       timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE zakaznici IS 'Zákazníci e-shopu; osobní údaje dle GDPR, retence 10 let od poslední objednávky.';
COMMENT ON COLUMN zakaznici.jmeno IS 'Křestní jméno';
COMMENT ON COLUMN zakaznici.prijmeni IS 'Příjmení (u žen obvykle s koncovkou -ová)';
COMMENT ON COLUMN zakaznici.rodne_cislo IS 'Rodné číslo ve tvaru RRMMDD/XXXX, u žen měsíc + 50';
COMMENT ON COLUMN zakaznici.datum_narozeni IS 'Datum narození, odvozeno z rodného čísla při importu';
COMMENT ON COLUMN zakaznici.telefon IS 'Mobil ve formátu +420 123 456 789';
COMMENT ON COLUMN zakaznici.ico IS 'IČO u podnikatelů (8 číslic), např. 27082440';
COMMENT ON COLUMN zakaznici.psc IS 'PSČ ve tvaru 110 00';
CREATE INDEX zakaznici_prijmeni_idx ON zakaznici (prijmeni);
-- V2024_03_11_1042__zakaznici.sql (Flyway 9.22.3)`,
    // Column names, regexes, a sequential placeholder phone, an example company IČO and a migration
    // name only.
    expected: [],
  },
  {
    name: 'Dutch dbt schema.yml with column descriptions and tests: column names, a masked IBAN, a placeholder phone in a description, a surname particle as an example, a cut-off date',
    text: `version: 2

models:
  - name: stg_klanten
    description: "Klantgegevens uit Dynamics 365, één rij per klant. Bevat PII — alleen via de secure view ontsluiten."
    meta:
      owner: "team-klantdata"
      contains_pii: true
    columns:
      - name: klant_id
        description: "Surrogaatsleutel, formaat KL-0000000."
        tests: [unique, not_null]
      - name: aanhef
        tests:
          - accepted_values:
              values: ['dhr.', 'mevr.', 'anders']
      - name: voornaam
        description: "Voornaam zoals opgegeven door de klant."
        meta: {pii: true}
      - name: achternaam
        description: "Achternaam inclusief tussenvoegsel (bijv. 'van der Berg')."
        meta: {pii: true}
      - name: geboortedatum
        description: "Geboortedatum; waarden vóór 1900-01-01 worden op NULL gezet."
        tests:
          - dbt_utils.accepted_range:
              min_value: "'1900-01-01'"
      - name: bsn_hash
        description: "SHA-256 van het burgerservicenummer met pepper, nooit het ruwe BSN."
      - name: telefoonnummer
        description: "E.164, bijv. +31 6 12345678."
        tests:
          - dbt_expectations.expect_column_values_to_match_regex:
              regex: "^\\\\+31[0-9]{9}$"
      - name: iban
        description: "Incasso-IBAN; in de marts gemaskeerd als NL** RABO **** **** 93."
      - name: postcode
        description: "Postcode in de vorm 1234 AB."
      - name: aangemaakt_op
        description: "Tijdstip van aanmaak in het CRM (UTC)."
        tests: [not_null]`,
    // Only column names, tests, a masked IBAN, a placeholder phone and a surname particle as an
    // example; nothing personal.
    expected: [],
  },
  {
    name: 'Swedish data-catalog table entity (OpenMetadata-style JSON) with PII tags: an owner and a reviewer with display names, usernames, a UUID and column descriptions',
    text: `{
  "id": "6f1d2c0a-8e4b-4c7e-9a51-2b7f3d9e4a10",
  "name": "kunder",
  "fullyQualifiedName": "dwh_prod.kund.public.kunder",
  "description": "Kundregister från kundtjänstens CRM. Innehåller personuppgifter – behandla enligt GDPR.",
  "tableType": "Regular",
  "owners": [
    { "type": "user", "name": "oskar.bergstrom", "displayName": "Oskar Bergström", "email": "oskar.bergstrom@nordhavet-energi.se" }
  ],
  "reviewers": [{ "type": "user", "name": "linnea.akesson", "displayName": "Linnea Åkesson" }],
  "tags": [{ "tagFQN": "PII.Sensitive" }, { "tagFQN": "Tier.Tier1" }],
  "columns": [
    { "name": "kundnr", "dataType": "VARCHAR", "dataLength": 12, "description": "Kundnummer, t.ex. KN-0048213", "tags": [] },
    { "name": "personnummer", "dataType": "CHAR", "dataLength": 13, "description": "Personnummer ÅÅÅÅMMDD-NNNN", "tags": [{ "tagFQN": "PII.Sensitive" }] },
    { "name": "fornamn", "dataType": "VARCHAR", "dataLength": 80, "tags": [{ "tagFQN": "PII.NonSensitive" }] },
    { "name": "efternamn", "dataType": "VARCHAR", "dataLength": 80, "tags": [{ "tagFQN": "PII.NonSensitive" }] },
    { "name": "fodelsedatum", "dataType": "DATE", "description": "Härleds ur personnumret vid laddning", "tags": [{ "tagFQN": "PII.Sensitive" }] },
    { "name": "mobilnummer", "dataType": "VARCHAR", "description": "Format 07X-XXX XX XX", "tags": [{ "tagFQN": "PII.Sensitive" }] },
    { "name": "epost", "dataType": "VARCHAR", "tags": [{ "tagFQN": "PII.Sensitive" }] }
  ],
  "updatedAt": 1710403200000,
  "updatedBy": "oskar.bergstrom",
  "version": 0.7
}`,
    // Usernames, tags, column names and format descriptions are not ours.
    expected: [
      ['PERSON', 'Oskar Bergström'],
      ['EMAIL', 'oskar.bergstrom@nordhavet-energi.se'],
      ['PERSON', 'Linnea Åkesson'],
    ],
  },
  // ---------------------------------------------------------------- CSV exports
  {
    name: 'French CSV with semicolons and decimal commas shown by !head before read_csv: NOM in capitals, NIR numbers, a Jean Dupont row at example.com, order dates',
    text: `In [3]: !head -n 4 exports/clients_2024-02.csv
id_client;civilite;nom;prenom;email;telephone;date_de_naissance;code_postal;ville;nir;montant_ttc;date_commande
FR-55120;Mme;LEROUX;Maëlle;maelle.leroux@laposte.net;06 12 48 93 70;03/09/1984;35000;Rennes;2 84 09 35 238 117 45;149,90;12/02/2024
FR-55121;M.;N'DIAYE;Ousmane;ousmane.ndiaye@free.fr;+33 6 71 20 39 84;21/12/1977;93200;Saint-Denis;1 77 12 93 066 041 82;1 284,00;12/02/2024
FR-55122;M.;DUPONT;Jean;jean.dupont@example.com;;;75001;Paris;;0,00;13/02/2024

In [4]: df = pd.read_csv("exports/clients_2024-02.csv", sep=";", decimal=",", thousands=" ",
   ...:                  dtype={"code_postal": str, "nir": str},
   ...:                  parse_dates=["date_de_naissance", "date_commande"], dayfirst=True)`,
    // Jean Dupont at example.com is the test client; NIR numbers, postcodes, amounts and order dates
    // are not ours; Saint-Denis is a town.
    expected: [
      ['PERSON', 'LEROUX'],
      ['PERSON', 'Maëlle'],
      ['EMAIL', 'maelle.leroux@laposte.net'],
      ['PHONE', '06 12 48 93 70'],
      ['DATE_OF_BIRTH', '03/09/1984'],
      ['PERSON', "N'DIAYE"],
      ['PERSON', 'Ousmane'],
      ['EMAIL', 'ousmane.ndiaye@free.fr'],
      ['PHONE', '+33 6 71 20 39 84'],
      ['DATE_OF_BIRTH', '21/12/1977'],
    ],
  },
  {
    name: 'Belgian Odoo export as CSV with semicolons and decimal commas: naam and voornaam apart, rijksregisternummers, gsm and landline numbers, dd/mm/yyyy birth dates, spaced IBANs, a Jan Janssens test contact',
    text: `Export Odoo -> klanten_2024Q1.csv (UTF-8, scheidingsteken ;)

klantnr;naam;voornaam;rijksregisternummer;gsm;email;geboortedatum;iban;saldo_eur;taal
BE-20931;Peeters;Lotte;90.02.14-284.36;0472 18 33 90;lotte.peeters@telenet.be;14/02/1990;BE19 0631 4471 2012;1.250,75;NL
BE-20932;Lambert;Hugues;73.11.08-157.49;+32 485 20 91 47;hugues.lambert@skynet.be;08/11/1973;BE85 7350 2093 4406;-84,20;FR
BE-20933;Janssens;Jan;;;jan.janssens@example.com;;;0,00;NL
BE-20934;El Amrani;Yasmina;88.06.30-212.02;02 512 47 80;y.elamrani@proximus.be;30/06/1988;;312,00;FR`,
    // Jan Janssens at example.com is the test contact; rijksregisternummers, customer numbers and
    // balances are not ours.
    expected: [
      ['PERSON', 'Peeters'],
      ['PERSON', 'Lotte'],
      ['PHONE', '0472 18 33 90'],
      ['EMAIL', 'lotte.peeters@telenet.be'],
      ['DATE_OF_BIRTH', '14/02/1990'],
      ['IBAN', 'BE19 0631 4471 2012'],
      ['PERSON', 'Lambert'],
      ['PERSON', 'Hugues'],
      ['PHONE', '+32 485 20 91 47'],
      ['EMAIL', 'hugues.lambert@skynet.be'],
      ['DATE_OF_BIRTH', '08/11/1973'],
      ['IBAN', 'BE85 7350 2093 4406'],
      ['PERSON', 'El Amrani'],
      ['PERSON', 'Yasmina'],
      ['PHONE', '02 512 47 80'],
      ['EMAIL', 'y.elamrani@proximus.be'],
      ['DATE_OF_BIRTH', '30/06/1988'],
    ],
  },
  // ---------------------------------------------------------------- pandas, Polars and PySpark
  {
    name: 'pandas print(df) of Brazilian clientes wrapped over two blocks: nome and sobrenome apart, CPFs, a Fulano de Tal placeholder row with NaN and NaT',
    text: `clientes = pd.read_parquet("s3://dl-varejo/silver/clientes/dt=2024-03-10/")
print(clientes.head(4))
  id_cliente     nome             sobrenome             cpf  \\
0   C-771204    Luana   Albuquerque Tavares  529.982.247-25   
1   C-771205   Thiago    Nascimento Ribeiro  168.995.350-09   
2   C-771206   Fulano                de Tal  000.000.000-00   
3   C-771207  Iracema  dos Santos Potiguara  390.533.447-05   

                          email            celular data_nascimento  \\
0      luana.tavares@uol.com.br    (11) 98472-3105      1990-03-14   
1     thiago.nribeiro@gmail.com  +55 21 99713-4480      1985-11-29   
2            fulano@example.com                NaN             NaT   
3  iracema.potiguara@bol.com.br    (84) 98120-3377      1972-07-05   

           cidade  uf  ticket_medio  
0       São Paulo  SP        187.45  
1  Rio de Janeiro  RJ         92.10  
2        Curitiba  PR          0.00  
3           Natal  RN        310.00  

por que o ticket_medio do C-771206 é zero? é o cadastro de teste do app?`,
    // Fulano de Tal with an example.com address is the test signup; CPFs, ids, cities and the average
    // ticket are not ours.
    expected: [
      ['PERSON', 'Luana'],
      ['PERSON', 'Albuquerque Tavares'],
      ['EMAIL', 'luana.tavares@uol.com.br'],
      ['PHONE', '(11) 98472-3105'],
      ['DATE_OF_BIRTH', '1990-03-14'],
      ['PERSON', 'Thiago'],
      ['PERSON', 'Nascimento Ribeiro'],
      ['EMAIL', 'thiago.nribeiro@gmail.com'],
      ['PHONE', '+55 21 99713-4480'],
      ['DATE_OF_BIRTH', '1985-11-29'],
      ['PERSON', 'Iracema'],
      ['PERSON', 'dos Santos Potiguara'],
      ['EMAIL', 'iracema.potiguara@bol.com.br'],
      ['PHONE', '(84) 98120-3377'],
      ['DATE_OF_BIRTH', '1972-07-05'],
    ],
  },
  {
    name: 'Polish bank statement read with sep=";" and decimal=",", df.head(): people and companies as counterparties with their account IBANs, a street named after Mickiewicz, a pharmacy named after Copernicus, a NIP in a title',
    text: `In [8]: wyciag = pd.read_csv("mbank_2024_03.csv", sep=";", decimal=",", skiprows=26, encoding="cp1250")
   ...: wyciag.head()
Out[8]:
  data_operacji    kwota                       kontrahent  \\
0    2024-03-01 -2150.00              Bartosz Lewandowski   
1    2024-03-01  8420.55       Apteka Kopernik Sp. z o.o.   
2    2024-03-04  -189.99                       ALLEGRO.PL   
3    2024-03-05  -600.00     Zuzanna Wiśniewska-Kołodziej   
4    2024-03-07 -1230.00  Urząd Skarbowy Kraków-Krowodrza   

                       rachunek                                tytul  
0  PL50102024980000447120931209  Czynsz 03/2024 ul. Mickiewicza 7/12  
1  PL52114020040000320244712093        FV/2024/02/118 NIP 6762471093  
2                           NaN                  Płatność kartą 4821  
3  PL84105014451000009031588217       Zwrot za bilety Opera Bałtycka  
4                           NaN                       PIT-4R 02/2024  `,
    // Apteka Kopernik and the tax office are not people, ul. Mickiewicza is a street; the NIP, invoice
    // number, card suffix and amounts are not ours; an IBAN counts whoever holds it.
    expected: [
      ['PERSON', 'Bartosz Lewandowski'],
      ['PERSON', 'Zuzanna Wiśniewska-Kołodziej'],
      ['IBAN', 'PL50102024980000447120931209'],
      ['IBAN', 'PL52114020040000320244712093'],
      ['IBAN', 'PL84105014451000009031588217'],
    ],
  },
  {
    name: 'Colombian duplicated(keep=False) rows printed with to_string(): one customer registered twice with an initial-form name, a couple sharing an e-mail, cédulas and registration dates, a markdown note naming her by given names',
    text: `dup = clientes[clientes.duplicated("correo", keep=False)].sort_values("correo")
print(dup.to_string())
      id_cliente      cedula          nombre_completo                 correo           celular fecha_nacimiento fecha_registro
1184    CL-30117  1020447120  Daniela Ospina Quintero   daniospina@gmail.com      310 552 0917       1992-04-03     2021-06-14
20931   CL-48821  1020447120        Daniela Ospina Q.   daniospina@gmail.com  +57 310 552 0917       1992-04-03     2023-09-02
1402    CL-30502    79884120    Hernán Darío Cárdenas  hdcardenas@etb.net.co      601 347 2290       1966-12-19     2021-07-01
22817   CL-50733    52110931      Luz Marina Cárdenas  hdcardenas@etb.net.co      318 447 1209       1969-02-07     2023-11-20

**Nota:** las dos primeras filas son la misma persona (misma cédula); Luz Marina usa el correo de su esposo, no se fusionan.`,
    // Cédulas, customer ids and registration dates are not ours; Luz Marina in the note is Luz Marina
    // Cárdenas.
    expected: [
      ['PERSON', 'Daniela Ospina Quintero'],
      ['EMAIL', 'daniospina@gmail.com'],
      ['PHONE', '310 552 0917'],
      ['DATE_OF_BIRTH', '1992-04-03'],
      ['PERSON', 'Daniela Ospina Q.'],
      ['EMAIL', 'daniospina@gmail.com'],
      ['PHONE', '+57 310 552 0917'],
      ['DATE_OF_BIRTH', '1992-04-03'],
      ['PERSON', 'Hernán Darío Cárdenas'],
      ['EMAIL', 'hdcardenas@etb.net.co'],
      ['PHONE', '601 347 2290'],
      ['DATE_OF_BIRTH', '1966-12-19'],
      ['PERSON', 'Luz Marina Cárdenas'],
      ['EMAIL', 'hdcardenas@etb.net.co'],
      ['PHONE', '318 447 1209'],
      ['DATE_OF_BIRTH', '1969-02-07'],
      ['PERSON', 'Luz Marina'],
    ],
  },
  {
    name: 'Portuguese df.compare() between two CRM snapshots: old and new telemóvel, e-mail, morada and a married name side by side, NaN where unchanged; a street named after a saint',
    text: `antes = clientes_v1.set_index("id_cliente").loc[ids_alterados]
depois = clientes_v2.set_index("id_cliente").loc[ids_alterados]
antes.compare(depois, result_names=("antes", "depois"))
                       nome                                 telemovel  \\
                      antes                  depois             antes   
id_cliente                                                              
PT-10448                NaN                     NaN       912 408 177   
PT-10451                NaN                     NaN               NaN   
PT-10460                NaN                     NaN  +351 961 775 208   
PT-10463    Margarida Sousa  Margarida Sousa Amaral               NaN   

                                         email                             \\
                 depois                  antes                     depois   
id_cliente                                                                  
PT-10448    936 120 447                    NaN                        NaN   
PT-10451            NaN  ines.carvalho@sapo.pt  ines.m.carvalho@gmail.com   
PT-10460      961775208                    NaN                        NaN   
PT-10463            NaN                    NaN                        NaN   

                                      morada                                   
                                       antes                           depois  
id_cliente                                                                     
PT-10448    Rua de Santa Catarina 112, Porto  Avenida da Boavista 3021, Porto  
PT-10451                                 NaN                              NaN  
PT-10460                                 NaN                              NaN  
PT-10463                                 NaN                              NaN  `,
    // Addresses are not one of our types, and Rua de Santa Catarina is a street; client ids are not
    // ours.
    expected: [
      ['PERSON', 'Margarida Sousa'],
      ['PERSON', 'Margarida Sousa Amaral'],
      ['PHONE', '912 408 177'],
      ['PHONE', '936 120 447'],
      ['PHONE', '+351 961 775 208'],
      ['PHONE', '961775208'],
      ['EMAIL', 'ines.carvalho@sapo.pt'],
      ['EMAIL', 'ines.m.carvalho@gmail.com'],
    ],
  },
  {
    name: 'French unpaid contracts printed with to_dict("records"): full names, e-mails, Timestamp birth dates at midnight, IBANs with RIB keys, amounts due, a count and a comment on CNIL rules',
    text: `>>> impayes = df.loc[df["statut"] == "impayé"]
>>> len(impayes)
412
>>> impayes[["id_contrat", "nom_complet", "email", "date_naissance", "iban", "montant_du"]].head(2).to_dict("records")
[{'id_contrat': 'CTR-2023-08841', 'nom_complet': 'Aurélien Dubois-Mercier', 'email': 'aurelien.dubois.mercier@sfr.fr', 'date_naissance': Timestamp('1979-10-23 00:00:00'), 'iban': 'FR7630004008190001447120972', 'montant_du': 184.2}, {'id_contrat': 'CTR-2023-09112', 'nom_complet': 'Nadia Belkacem', 'email': 'nadia.belkacem@bbox.fr', 'date_naissance': Timestamp('1990-02-06 00:00:00'), 'iban': 'FR7620041010050500447120937', 'montant_du': 59.9}]
>>> # relance par courrier uniquement pour les moins de 25 ans ? à vérifier avec la CNIL`,
    // Birth dates are the dates without the midnight time; contract ids, the count and amounts are not
    // ours.
    expected: [
      ['PERSON', 'Aurélien Dubois-Mercier'],
      ['EMAIL', 'aurelien.dubois.mercier@sfr.fr'],
      ['DATE_OF_BIRTH', '1979-10-23'],
      ['IBAN', 'FR7630004008190001447120972'],
      ['PERSON', 'Nadia Belkacem'],
      ['EMAIL', 'nadia.belkacem@bbox.fr'],
      ['DATE_OF_BIRTH', '1990-02-06'],
      ['IBAN', 'FR7620041010050500447120937'],
    ],
  },
  {
    name: 'Belgian customer table: df.info() with Dutch column names and df.describe() of postcodes, turnover and order counts, nothing personal',
    text: `>>> klanten.info()
<class 'pandas.core.frame.DataFrame'>
RangeIndex: 48213 entries, 0 to 48212
Data columns (total 11 columns):
 #   Column               Non-Null Count  Dtype         
---  ------               --------------  -----         
 0   klant_id             48213 non-null  object        
 1   voornaam             48213 non-null  object        
 2   achternaam           48213 non-null  object        
 3   rijksregisternummer  47102 non-null  object        
 4   gsm                  45877 non-null  object        
 5   email                46930 non-null  object        
 6   geboortedatum        47985 non-null  datetime64[ns]
 7   postcode             48213 non-null  int64         
 8   gemeente             48213 non-null  object        
 9   omzet_eur            48213 non-null  float64       
 10  aantal_bestellingen  48213 non-null  int64         
dtypes: datetime64[ns](1), float64(1), int64(2), object(7)
memory usage: 4.0+ MB
>>> klanten[["postcode", "omzet_eur", "aantal_bestellingen"]].describe()
           postcode     omzet_eur  aantal_bestellingen
count  48213.000000  48213.000000         48213.000000
mean    5506.385041    335.685856             3.202705
std     2600.133000    264.413278             1.793044
min     1000.000000      0.560000             0.000000
25%     3254.000000    143.130000             2.000000
50%     5522.000000    269.060000             3.000000
75%     7764.000000    456.950000             4.000000
max     9991.000000   2478.150000            14.000000
>>> # postcode als int ingelezen, 1000-1299 = Brussel; rijksregisternummer nog niet gevalideerd`,
    // Column names, counts, dtypes and statistics only.
    expected: [],
  },
  {
    name: 'Austrian Polars frame printed with its box-drawing borders: vorname and nachname apart, SV-Nummern that contain the birth date, a date column, a Graz landline',
    text: `kunden = pl.read_database(abfrage, connection=engine).head(3)
print(kunden)
shape: (3, 8)
┌────────────┬───────────┬─────────────────┬─────────────┬──────────────────┬──────────────────────────┬────────────┬────────────┐
│ kd_nr      ┆ vorname   ┆ nachname        ┆ svnr        ┆ telefon          ┆ email                    ┆ geb_datum  ┆ umsatz_eur │
│ ---        ┆ ---       ┆ ---             ┆ ---         ┆ ---              ┆ ---                      ┆ ---        ┆ ---        │
│ str        ┆ str       ┆ str             ┆ str         ┆ str              ┆ str                      ┆ date       ┆ f64        │
╞════════════╪═══════════╪═════════════════╪═════════════╪══════════════════╪══════════════════════════╪════════════╪════════════╡
│ K-AT-30915 ┆ Katharina ┆ Pichler-Leitgeb ┆ 1248 120385 ┆ +43 664 2180 447 ┆ k.pichler-leitgeb@aon.at ┆ 1985-03-12 ┆ 1284.5     │
│ K-AT-30922 ┆ Dragan    ┆ Jovanović       ┆ 2871 041077 ┆ 0316 82 44 19    ┆ dragan.jovanovic@gmx.at  ┆ 1977-10-04 ┆ 312.0      │
│ K-AT-30930 ┆ Theresia  ┆ Gruber          ┆ 4095 270158 ┆ +43 732 770 118  ┆ resi.gruber@liwest.at    ┆ 1958-01-27 ┆ 4410.9     │
└────────────┴───────────┴─────────────────┴─────────────┴──────────────────┴──────────────────────────┴────────────┴────────────┘`,
    // The Sozialversicherungsnummern are national ids (their last six digits repeat the birth date)
    // and not ours; customer numbers and turnover neither.
    expected: [
      ['PERSON', 'Katharina'],
      ['PERSON', 'Pichler-Leitgeb'],
      ['PHONE', '+43 664 2180 447'],
      ['EMAIL', 'k.pichler-leitgeb@aon.at'],
      ['DATE_OF_BIRTH', '1985-03-12'],
      ['PERSON', 'Dragan'],
      ['PERSON', 'Jovanović'],
      ['PHONE', '0316 82 44 19'],
      ['EMAIL', 'dragan.jovanovic@gmx.at'],
      ['DATE_OF_BIRTH', '1977-10-04'],
      ['PERSON', 'Theresia'],
      ['PERSON', 'Gruber'],
      ['PHONE', '+43 732 770 118'],
      ['EMAIL', 'resi.gruber@liwest.at'],
      ['DATE_OF_BIRTH', '1958-01-27'],
    ],
  },
  {
    name: 'Swiss PySpark show(truncate=False) of Zurich customers: name is the surname column, Geburtstag dates, AHV numbers, streets named after Pestalozzi, Dufour and Alfred Escher',
    text: `>>> (kunden.filter(F.col("kanton") == "ZH")
...     .select("kunde_id", "vorname", "name", "ahv_nr", "telefon", "geburtstag", "strasse", "iban")
...     .orderBy("kunde_id")
...     .show(3, truncate=False))
+--------+---------+-------------+----------------+----------------+----------+-----------------------+--------------------------+
|kunde_id|vorname  |name         |ahv_nr          |telefon         |geburtstag|strasse                |iban                      |
+--------+---------+-------------+----------------+----------------+----------+-----------------------+--------------------------+
|CH-88012|Reto     |Brunner-Käser|756.3047.5009.62|+41 79 418 22 07|1982-06-21|Pestalozzistrasse 12   |CH93 0076 2011 6238 5295 7|
|CH-88019|Chiara   |Bernasconi   |756.9217.0769.85|044 261 88 13   |1990-12-03|Dufourstrasse 101      |CH11 0023 5235 4471 2093 1|
|CH-88027|Hans-Ueli|Zürcher      |756.1845.3321.05|+41 76 552 09 31|1949-04-30|Alfred-Escher-Strasse 6|null                      |
+--------+---------+-------------+----------------+----------------+----------+-----------------------+--------------------------+
only showing top 3 rows
`,
    // AHV numbers, customer ids and the streets named after Pestalozzi, Dufour and Alfred Escher are
    // not ours; Zürcher here is a surname.
    expected: [
      ['PERSON', 'Reto'],
      ['PERSON', 'Brunner-Käser'],
      ['PHONE', '+41 79 418 22 07'],
      ['DATE_OF_BIRTH', '1982-06-21'],
      ['IBAN', 'CH93 0076 2011 6238 5295 7'],
      ['PERSON', 'Chiara'],
      ['PERSON', 'Bernasconi'],
      ['PHONE', '044 261 88 13'],
      ['DATE_OF_BIRTH', '1990-12-03'],
      ['IBAN', 'CH11 0023 5235 4471 2093 1'],
      ['PERSON', 'Hans-Ueli'],
      ['PERSON', 'Zürcher'],
      ['PHONE', '+41 76 552 09 31'],
      ['DATE_OF_BIRTH', '1949-04-30'],
    ],
  },
  {
    name: 'Argentine PySpark printSchema() and show() with default truncation: long e-mails cut to their first 17 characters, short ones whole, CUITs, a fecha_nac column',
    text: `>>> socios_df.printSchema()
root
 |-- id_socio: string (nullable = true)
 |-- nombre: string (nullable = true)
 |-- apellido: string (nullable = true)
 |-- email: string (nullable = true)
 |-- telefono: string (nullable = true)
 |-- fecha_nac: date (nullable = true)
 |-- cuit: string (nullable = true)

>>> socios_df.show(4)
+--------+---------+---------+--------------------+------------------+----------+-------------+
|id_socio|   nombre| apellido|               email|          telefono| fecha_nac|         cuit|
+--------+---------+---------+--------------------+------------------+----------+-------------+
|  S-1201|Valentina|     Sosa|valentina.sosa.ca...|+54 9 351 428-7730|1996-08-14|27-39514820-1|
|  S-1202|    Lucía|  Pereyra|lu.pereyra@gmail.com|(0351) 15 512-0931|2001-01-30|27-43118207-4|
|  S-1203|    Tomás|Ruiz Díaz|tomas.r@yahoo.com.ar|+54 9 11 4471-2093|1989-05-22|20-34582091-3|
|  S-1204| Ezequiel|Benavídez|ezequiel.benavide...|+54 9 261 530-1184|1997-12-02|20-40299318-6|
+--------+---------+---------+--------------------+------------------+----------+-------------+
only showing top 4 rows
`,
    // E-mails truncated by show() before the @ are no longer addresses; CUITs and member ids are not
    // ours.
    expected: [
      ['PERSON', 'Valentina'],
      ['PERSON', 'Sosa'],
      ['PHONE', '+54 9 351 428-7730'],
      ['DATE_OF_BIRTH', '1996-08-14'],
      ['PERSON', 'Lucía'],
      ['PERSON', 'Pereyra'],
      ['EMAIL', 'lu.pereyra@gmail.com'],
      ['PHONE', '(0351) 15 512-0931'],
      ['DATE_OF_BIRTH', '2001-01-30'],
      ['PERSON', 'Tomás'],
      ['PERSON', 'Ruiz Díaz'],
      ['EMAIL', 'tomas.r@yahoo.com.ar'],
      ['PHONE', '+54 9 11 4471-2093'],
      ['DATE_OF_BIRTH', '1989-05-22'],
      ['PERSON', 'Ezequiel'],
      ['PERSON', 'Benavídez'],
      ['PHONE', '+54 9 261 530-1184'],
      ['DATE_OF_BIRTH', '1997-12-02'],
    ],
  },
  // ---------------------------------------------------------------- Python cells and API calls
  {
    name: 'Mexican CRM lookup with requests and the printed JSON response: a bearer key in the cell, apellido paterno and materno apart, CURP and RFC, an executive, a street and a borough named after people',
    text: `import json
import requests

API_KEY = "${mxCrmKey}"
r = requests.get(
    "https://api.crm.farmaplus.mx/v2/contactos/buscar",
    params={"curp": "GALA850612MDFRZL04"},
    headers={"Authorization": f"Bearer {API_KEY}", "Accept-Language": "es-MX"},
    timeout=15,
)
print(r.status_code, r.elapsed)
print(json.dumps(r.json(), indent=2, ensure_ascii=False))

200 0:00:00.412318
{
  "data": {
    "id": "c7a4e2f1-3b90-4d6e-8f12-9a0b4c7d2e55",
    "nombre": "Alejandra",
    "apellido_paterno": "García",
    "apellido_materno": "Lozano",
    "curp": "GALA850612MDFRZL04",
    "rfc": "GALA850612QX1",
    "fecha_nacimiento": "1985-06-12",
    "telefono_movil": "+52 55 4187 2093",
    "correo": "ale.garcia.lozano@prodigy.net.mx",
    "domicilio": {
      "calle": "Av. Benito Juárez",
      "numero_ext": "112",
      "colonia": "Centro",
      "cp": "06000",
      "municipio": "Cuauhtémoc",
      "estado": "CDMX"
    },
    "segmento": "frecuente",
    "creado": "2023-11-04T16:22:10-06:00",
    "ejecutivo": { "nombre": "Rodrigo Salinas Ávila", "extension": "4471" }
  },
  "meta": { "request_id": "req_8Hq2Lm4ZxT", "version": "2.3.1" }
}`,
    // The CURP and RFC, the UUID, the extension, the postcode, the street named after Juárez and the
    // borough named after Cuauhtémoc are not ours.
    expected: [
      ['SECRET', mxCrmKey],
      ['PERSON', 'Alejandra'],
      ['PERSON', 'García'],
      ['PERSON', 'Lozano'],
      ['DATE_OF_BIRTH', '1985-06-12'],
      ['PHONE', '+52 55 4187 2093'],
      ['EMAIL', 'ale.garcia.lozano@prodigy.net.mx'],
      ['PERSON', 'Rodrigo Salinas Ávila'],
    ],
  },
  {
    name: 'Finnish SMS API call with requests: a token in the cell, the recipient number in the payload and normalised in the printed response, the customer named in the message text, a street named after a tsar',
    text: `import requests

SMS_TOKEN = "${fiSmsToken}"
payload = {
    "sender": "KukkaIris",
    "to": "+358 50 336 4120",
    "text": "Hei Eetu Rautiainen, tilauksesi T-20931 on noudettavissa myymälästämme (Aleksanterinkatu 15) klo 10–18. Terveisin Kukkakauppa Iris",
}
r = requests.post(
    "https://api.viestipalvelu.fi/v1/sms",
    json=payload,
    headers={"Authorization": f"Token {SMS_TOKEN}"},
    timeout=10,
)
print(r.status_code)
print(r.json())

201
{'id': 'msg_01HS3Q8Z2K7V4N', 'to': '+358503364120', 'status': 'queued', 'parts': 2, 'price_eur': 0.138, 'created_at': '2024-03-22T08:14:03Z'}`,
    // Kukkakauppa Iris is a shop and Aleksanterinkatu a street; the order and message ids are not
    // ours.
    expected: [
      ['SECRET', fiSmsToken],
      ['PHONE', '+358 50 336 4120'],
      ['PERSON', 'Eetu Rautiainen'],
      ['PHONE', '+358503364120'],
    ],
  },
  {
    name: 'Swiss banking API call printing three bookings: masked counter-account IBANs, QR references, amounts with apostrophes, a confectioner and a bank named after people, nothing personal',
    text: `r = requests.get(f"{BASE}/v1/konten/{KONTO_ID}/buchungen", params={"von": "2024-03-01", "bis": "2024-03-15"}, headers=auth_headers())
print(json.dumps(r.json()["buchungen"][:3], indent=2, ensure_ascii=False))

[
  {
    "id": "b7e2c9a0-3f14-4d8b-9a62-0c5e1f7d2b48",
    "valuta": "2024-03-01",
    "betrag": "-1'850.00",
    "waehrung": "CHF",
    "text": "Miete März 2024",
    "gegenkonto": "CH93 **** **** **** 5295 7",
    "qr_referenz": "21 00000 00003 13947 14300 09017"
  },
  {
    "id": "4e91d0b3-7a2c-4f58-b1e6-9d3c0a8f5e27",
    "valuta": "2024-03-04",
    "betrag": "-68.40",
    "waehrung": "CHF",
    "text": "Einkauf Confiserie Sprüngli Bahnhofstrasse",
    "gegenkonto": null,
    "qr_referenz": null
  },
  {
    "id": "0a5f8c27-e4d1-4b39-8c70-2f6b9e1d3a84",
    "valuta": "2024-03-15",
    "betrag": "8'412.55",
    "waehrung": "CHF",
    "text": "Gutschrift Lohn 03/2024 via Bank J. Safra Sarasin",
    "gegenkonto": "CH44 **** **** **** 2093 1",
    "qr_referenz": null
  }
]`,
    // Masked IBANs, a QR reference, UUIDs, amounts and a confectioner and a bank named after people
    // only.
    expected: [],
  },
  {
    name: 'Brazilian pipeline config dict in a notebook cell: a database password, AWS keys and a SendGrid key, a no-reply sender, the technical owner, a company named after Oswaldo Cruz with its CNPJ on Avenida Paulista, a João da Silva placeholder',
    text: `# config/producao.py (NÃO COMMITAR)
CONFIG = {
    "ambiente": "producao",
    "versao": "2.14.0",
    "timezone": "America/Sao_Paulo",
    "db": {
        "host": "10.0.12.45",
        "porta": 5432,
        "banco": "vendas",
        "usuario": "etl_vendas",
        "senha": "${brDbPw}",
    },
    "s3": {
        "bucket": "dl-vendas-sa-east-1",
        "aws_access_key_id": "${awsKeyId}",
        "aws_secret_access_key": "${awsSecret}",
    },
    "email": {
        "smtp_host": "smtp.sendgrid.net",
        "smtp_usuario": "apikey",
        "smtp_senha": "${sendgridKey}",
        "remetente": "nao-responda@drogaria-oc.com.br",
    },
    "empresa": {
        "razao_social": "Drogaria Oswaldo Cruz Ltda.",
        "cnpj": "11.222.333/0001-81",
        "endereco": "Avenida Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
    },
    "responsavel_tecnico": "Marcelo Tavares Quintela <marcelo.quintela@drogaria-oc.com.br>",
    "cliente_exemplo": {"nome": "João da Silva", "email": "joao.silva@example.com", "cpf": "000.000.000-00"},
}`,
    // Drogaria Oswaldo Cruz is a company, Avenida Paulista a street; the CNPJ, CEP, version and the
    // João da Silva example at example.com are not ours; the no-reply sender is a real mailbox of the
    // company.
    expected: [
      ['IP_ADDRESS', '10.0.12.45'],
      ['SECRET', brDbPw],
      ['SECRET', awsKeyId],
      ['SECRET', awsSecret],
      ['SECRET', sendgridKey],
      ['EMAIL', 'nao-responda@drogaria-oc.com.br'],
      ['PERSON', 'Marcelo Tavares Quintela'],
      ['EMAIL', 'marcelo.quintela@drogaria-oc.com.br'],
    ],
  },
  {
    name: 'Norwegian pydantic-settings object printed in a notebook: DSNs with a password and private hosts, masked SecretStr fields next to an unmasked API key, a client UUID, a notification sender and a support phone',
    text: `>>> from kunde_api.config import settings
>>> print(settings)
database_url=PostgresDsn('postgresql+asyncpg://kunde_api:${noPw2}@10.40.2.16:5432/kunde') redis_url=RedisDsn('redis://10.40.2.30:6379/0') vipps_client_id='2f8a1c7e-4b3d-4e9a-8c2f-6d1b0a7e9f34' vipps_client_secret=SecretStr('**********') vipps_subscription_key=SecretStr('**********') altinn_api_key='${altinnKey}' smtp_host='smtp.domeneshop.no' smtp_sender='varsel@havbris-energi.no' kundeservice_telefon='+47 22 41 88 00' log_level='INFO' version='1.9.2'
>>> # altinn_api_key er str og ikke SecretStr, derfor vises den. Fikses i neste release.`,
    // The masked SecretStr fields, the client id, the version and the host names are not ours; the
    // customer-service number and the sender mailbox are contact points of the company.
    expected: [
      ['SECRET', noPw2],
      ['IP_ADDRESS', '10.40.2.16'],
      ['IP_ADDRESS', '10.40.2.30'],
      ['SECRET', altinnKey],
      ['EMAIL', 'varsel@havbris-energi.no'],
      ['PHONE', '+47 22 41 88 00'],
    ],
  },
  {
    name: 'French rapidfuzz matching of typed names against the CRM list, with the printed matches and scores: accents dropped, a Vietnamese name reordered, a department store and a pharmacy named after people',
    text: `from rapidfuzz import fuzz, process, utils

crm = [
    "Éloïse Marchand-Vasseur",
    "Grégoire Lefèbvre",
    "Thi Thu Hà Nguyễn",
    "Galeries Lafayette Haussmann",
    "Pharmacie Pasteur",
]
saisies = ["Eloise Marchand Vasseur", "Gregoire Lefebvre", "Nguyen Thi Thu Ha", "Galeries Lafayette", "Pharmacie Louis Pasteur"]

for s in saisies:
    match, score, idx = process.extractOne(s, crm, scorer=fuzz.token_sort_ratio, processor=utils.default_process)
    print(f"{s:<26} -> {match:<30} {score:6.2f}")

Eloise Marchand Vasseur    -> Éloïse Marchand-Vasseur         69.57
Gregoire Lefebvre          -> Grégoire Lefèbvre               88.24
Nguyen Thi Thu Ha          -> Thi Thu Hà Nguyễn               88.24
Galeries Lafayette         -> Galeries Lafayette Haussmann    78.26
Pharmacie Louis Pasteur    -> Pharmacie Pasteur               85.00

# Éloïse ne passe pas le seuil de 80 à cause des accents : ajouter unidecode dans le processor ?`,
    // Galeries Lafayette (Haussmann) and Pharmacie (Louis) Pasteur are businesses named after people;
    // Éloïse in the closing comment is Éloïse Marchand-Vasseur.
    expected: [
      ['PERSON', 'Éloïse Marchand-Vasseur'],
      ['PERSON', 'Grégoire Lefèbvre'],
      ['PERSON', 'Thi Thu Hà Nguyễn'],
      ['PERSON', 'Eloise Marchand Vasseur'],
      ['PERSON', 'Gregoire Lefebvre'],
      ['PERSON', 'Nguyen Thi Thu Ha'],
      ['PERSON', 'Eloise Marchand Vasseur'],
      ['PERSON', 'Éloïse Marchand-Vasseur'],
      ['PERSON', 'Gregoire Lefebvre'],
      ['PERSON', 'Grégoire Lefèbvre'],
      ['PERSON', 'Nguyen Thi Thu Ha'],
      ['PERSON', 'Thi Thu Hà Nguyễn'],
      ['PERSON', 'Éloïse'],
    ],
  },
  {
    name: 'Polish validation cell for PESEL and NIP with the printed test results: the documented example PESEL, checksums, a Jan Kowalski comment, nothing personal',
    text: `import re

PESEL_RE = re.compile(r"^\\d{11}$")
NIP_RE = re.compile(r"^\\d{3}-?\\d{3}-?\\d{2}-?\\d{2}$")

def pesel_ok(p: str) -> bool:
    # wagi wg rozporządzenia MSWiA; przykład z dokumentacji (Jan Kowalski) musi przejść
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return bool(PESEL_RE.match(p)) and (10 - sum(int(a) * b for a, b in zip(p, w)) % 10) % 10 == int(p[10])

testy = {"44051401359": True, "02070803628": True, "44051401358": False, "123-456-32-18": None}
for wartosc, oczekiwane in testy.items():
    print(f"{wartosc:<14} {pesel_ok(wartosc)!s:<6} {oczekiwane}")

44051401359    True   True
02070803628    True   True
44051401358    False  False
123-456-32-18  False  None`,
    // Documented test PESEL numbers, a NIP pattern and a placeholder name only.
    expected: [],
  },
  {
    name: 'French Sirene API enrichment cell with a placeholder token and its printed results: SIRET numbers, NAF codes, businesses named after Victor Hugo, Jean Jaurès and Marie Curie, nothing personal',
    text: `# Appel API Sirene (INSEE) pour enrichir le référentiel fournisseurs
SIRENE_URL = "https://api.insee.fr/entreprises/sirene/V3.11/siret"
HEADERS = {"Authorization": "Bearer <VOTRE_JETON_INSEE>", "Accept": "application/json"}

fournisseurs = [
    {"siret": "44306184100047", "raison_sociale": "Boulangerie Victor Hugo SARL", "ville": "Lille"},
    {"siret": "55208131766522", "raison_sociale": "Garage Jean Jaurès", "ville": "Toulouse"},
    {"siret": "38012986648726", "raison_sociale": "Pharmacie Marie Curie", "ville": "Lyon 3e"},
]
for f in fournisseurs:
    r = requests.get(f"{SIRENE_URL}/{f['siret']}", headers=HEADERS, timeout=10)
    print(resume(f["siret"], r))

44306184100047 -> 200 | etat=A | naf=10.71C | effectif=03 | maj=2024-02-14T09:41:22
55208131766522 -> 404 | Aucun élément trouvé pour le siret 55208131766522
38012986648726 -> 200 | etat=A | naf=47.73Z | effectif=11 | maj=2023-11-30T17:02:05
X-RateLimit-Remaining: 27`,
    // Businesses named after Victor Hugo, Jean Jaurès and Marie Curie; SIRET numbers, NAF codes and
    // timestamps are not ours; the token is a placeholder.
    expected: [],
  },
  // ---------------------------------------------------------------- Jupyter errors
  {
    name: 'Argentine club members: a row printed with iloc, then a KeyError traceback for a missing apellido column; DNI and CUIT, a cuota with a decimal comma',
    text: `In [21]: socios.iloc[0]
Out[21]:
nro_socio                               SOC-004471
Nombre y Apellido         Facundo Ezequiel Benítez
DNI                                     32.418.907
CUIT                                 20-32418907-7
Email                  facu.benitez@hotmail.com.ar
Celular                         +54 9 11 5832-7710
Fecha de nacimiento                     04/09/1986
Localidad                                  Rosario
Cuota                                     12500,00
Name: 0, dtype: object

In [22]: socios["apellido"].str.upper()
---------------------------------------------------------------------------
KeyError                                  Traceback (most recent call last)
File ~/.venvs/club/lib/python3.11/site-packages/pandas/core/indexes/base.py:3805, in Index.get_loc(self, key)
   3804 try:
-> 3805     return self._engine.get_loc(casted_key)
   3806 except KeyError as err:

File index.pyx:167, in pandas._libs.index.IndexEngine.get_loc()

File index.pyx:196, in pandas._libs.index.IndexEngine.get_loc()

File pandas/_libs/hashtable_class_helper.pxi:7081, in pandas._libs.hashtable.PyObjectHashTable.get_item()

File pandas/_libs/hashtable_class_helper.pxi:7089, in pandas._libs.hashtable.PyObjectHashTable.get_item()

KeyError: 'apellido'

The above exception was the direct cause of the following exception:

KeyError                                  Traceback (most recent call last)
Cell In[22], line 1
----> 1 socios["apellido"].str.upper()

File ~/.venvs/club/lib/python3.11/site-packages/pandas/core/frame.py:4102, in DataFrame.__getitem__(self, key)
   4100 if self.columns.nlevels > 1:
   4101     return self._getitem_multilevel(key)
-> 4102 indexer = self.columns.get_loc(key)
   4103 if is_integer(indexer):
   4104     indexer = [indexer]

File ~/.venvs/club/lib/python3.11/site-packages/pandas/core/indexes/base.py:3812, in Index.get_loc(self, key)
   3807     if isinstance(casted_key, slice) or (
   3808         isinstance(casted_key, abc.Iterable)
   3809         and any(isinstance(x, slice) for x in casted_key)
   3810     ):
   3811         raise InvalidIndexError(key)
-> 3812     raise KeyError(key) from err
   3813 except TypeError:
   3814     # If we have a listlike key, _check_indexing_error will only raise
   3815     # InvalidIndexError. Otherwise we fall back to the subclass
   3816     # specific routine (i.e. IndexError).
   3817     self._check_indexing_error(key)

KeyError: 'apellido'`,
    // DNI, CUIT, member number and the cuota are not ours; 'apellido' is a column name.
    expected: [
      ['PERSON', 'Facundo Ezequiel Benítez'],
      ['EMAIL', 'facu.benitez@hotmail.com.ar'],
      ['PHONE', '+54 9 11 5832-7710'],
      ['DATE_OF_BIRTH', '04/09/1986'],
    ],
  },
  {
    name: 'Chilean signup insert failing with a SQLAlchemy IntegrityError on a duplicate e-mail: the engine URL with its password, the parameters dict with a RUT and a datetime.date birth date',
    text: `engine = create_engine("postgresql+psycopg2://app_clientes:${clPw}@10.30.1.12:5432/clientes")
nuevo = formulario_a_dict(req)
with engine.begin() as conn:
    conn.execute(text(INSERT_SQL), nuevo)

---------------------------------------------------------------------------
UniqueViolation                           Traceback (most recent call last)
File ~/proyectos/onboarding/.venv/lib/python3.12/site-packages/sqlalchemy/engine/base.py:1967, in Connection._exec_single_context(self, dialect, context, statement, parameters)
   1966     if not context.cursor_fetch_strategy:
-> 1967         self.dialect.do_execute(
   1968             cursor, str_statement, effective_parameters, context
   1969         )

UniqueViolation: duplicate key value violates unique constraint "usuarios_correo_key"
DETAIL:  Key (correo)=(constanza.munoz.r@gmail.com) already exists.

The above exception was the direct cause of the following exception:

IntegrityError                            Traceback (most recent call last)
Cell In[31], line 4
      2 nuevo = formulario_a_dict(req)
      3 with engine.begin() as conn:
----> 4     conn.execute(text(INSERT_SQL), nuevo)

IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "usuarios_correo_key"
DETAIL:  Key (correo)=(constanza.munoz.r@gmail.com) already exists.

[SQL: INSERT INTO usuarios (rut, nombre, correo, telefono, fecha_nacimiento, comuna, creado_en) VALUES (%(rut)s, %(nombre)s, %(correo)s, %(telefono)s, %(fecha_nacimiento)s, %(comuna)s, now())]
[parameters: {'rut': '17.482.903-9', 'nombre': 'Constanza Muñoz Riquelme', 'correo': 'constanza.munoz.r@gmail.com', 'telefono': '+56 9 8841 2037', 'fecha_nacimiento': datetime.date(1991, 3, 22), 'comuna': 'Ñuñoa'}]
(Background on this error at: https://sqlalche.me/e/20/gkpj)

¿Cómo hago un upsert acá? El registro que ya existe es de la misma persona.`,
    // The RUT, the bind placeholders and the comuna are not ours; the birth date is the arguments of
    // the datetime.date repr.
    expected: [
      ['SECRET', clPw],
      ['IP_ADDRESS', '10.30.1.12'],
      ['EMAIL', 'constanza.munoz.r@gmail.com'],
      ['EMAIL', 'constanza.munoz.r@gmail.com'],
      ['PERSON', 'Constanza Muñoz Riquelme'],
      ['EMAIL', 'constanza.munoz.r@gmail.com'],
      ['PHONE', '+56 9 8841 2037'],
      ['DATE_OF_BIRTH', '1991, 3, 22'],
    ],
  },
  {
    name: 'Colombian CSV in Latin-1: a UnicodeDecodeError, the raw bytes with \\x escapes inside the names, then the fixed read and its head; cédulas and barrios',
    text: `In [5]: df = pd.read_csv("data/clientes_medellin_2024.csv", sep=";")
---------------------------------------------------------------------------
UnicodeDecodeError                        Traceback (most recent call last)
Cell In[5], line 1
----> 1 df = pd.read_csv("data/clientes_medellin_2024.csv", sep=";")

File ~/anaconda3/lib/python3.11/site-packages/pandas/io/parsers/readers.py:1026, in read_csv(filepath_or_buffer, sep, delimiter, header, names, index_col, usecols, dtype, engine, converters, true_values, false_values, skipinitialspace, skiprows, skipfooter, nrows, na_values, keep_default_na, na_filter, verbose, skip_blank_lines, parse_dates, infer_datetime_format, keep_date_col, date_parser, date_format, dayfirst, cache_dates, iterator, chunksize, compression, thousands, decimal, lineterminator, quotechar, quoting, doublequote, escapechar, comment, encoding, encoding_errors, dialect, on_bad_lines, delim_whitespace, low_memory, memory_map, float_precision, storage_options, dtype_backend)
...
File parsers.pyx:838, in pandas._libs.parsers.TextReader.read_low_memory()

File parsers.pyx:905, in pandas._libs.parsers.TextReader._read_rows()

File parsers.pyx:874, in pandas._libs.parsers.TextReader._tokenize_rows()

File parsers.pyx:891, in pandas._libs.parsers.TextReader._check_tokenize_status()

File parsers.pyx:2053, in pandas._libs.parsers.raise_parser_error()

UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 79: invalid continuation byte

In [6]: open("data/clientes_medellin_2024.csv", "rb").read(256)
Out[6]: b'cedula;nombres;apellidos;celular;correo;fecha_nacimiento;barrio\\r\\n1037604471;Mar\\xeda Fernanda;Mu\\xf1oz Cort\\xe9s;300 418 2271;mafe.munoz@gmail.com;15/08/1994;Laureles\\r\\n71782093;Jhon Jairo;Restrepo \\xc1lvarez;315 772 0938;jhonja.restrepo@une.net.co;02/01/1969;Bel\\xe9n\\r\\n10'

In [7]: df = pd.read_csv("data/clientes_medellin_2024.csv", sep=";", encoding="latin-1", dtype={"cedula": str})
   ...: df.head(2)
Out[7]:
       cedula         nombres         apellidos       celular                      correo fecha_nacimiento    barrio
0  1037604471  María Fernanda      Muñoz Cortés  300 418 2271        mafe.munoz@gmail.com       15/08/1994  Laureles
1    71782093      Jhon Jairo  Restrepo Álvarez  315 772 0938  jhonja.restrepo@une.net.co       02/01/1969     Belén`,
    // Cédulas and barrios are not ours; the names in the byte dump are the same people, spelled with
    // \x escapes.
    expected: [
      ['PERSON', 'Mar\\xeda Fernanda'],
      ['PERSON', 'Mu\\xf1oz Cort\\xe9s'],
      ['PHONE', '300 418 2271'],
      ['EMAIL', 'mafe.munoz@gmail.com'],
      ['DATE_OF_BIRTH', '15/08/1994'],
      ['PERSON', 'Jhon Jairo'],
      ['PERSON', 'Restrepo \\xc1lvarez'],
      ['PHONE', '315 772 0938'],
      ['EMAIL', 'jhonja.restrepo@une.net.co'],
      ['DATE_OF_BIRTH', '02/01/1969'],
      ['PERSON', 'María Fernanda'],
      ['PERSON', 'Muñoz Cortés'],
      ['PHONE', '300 418 2271'],
      ['EMAIL', 'mafe.munoz@gmail.com'],
      ['DATE_OF_BIRTH', '15/08/1994'],
      ['PERSON', 'Jhon Jairo'],
      ['PERSON', 'Restrepo Álvarez'],
      ['PHONE', '315 772 0938'],
      ['EMAIL', 'jhonja.restrepo@une.net.co'],
      ['DATE_OF_BIRTH', '02/01/1969'],
    ],
  },
  {
    name: 'German SEPA direct-debit check: a transposed row with a "Nachname, Vorname" account holder and a mistyped IBAN, the ValueError quoting both, and a markdown note with the corrected IBAN; a creditor id and a BIC',
    text: `In [13]: lastschriften.loc[lastschriften.mandatsref == "MR-2023-00871"].T
Out[13]:
                                             412
mandatsref                         MR-2023-00871
kontoinhaber                        Brandt, Jörg
iban                      DE44500105175407324932
bic                                  HELADEF1822
glaeubiger_id                 DE98ZZZ09999999999
betrag                                     49,90
faelligkeit                           2024-04-02
verwendungszweck  Beitrag Q2/2024 Mitglied 20931

In [14]: for _, zeile in lastschriften.iterrows():
    ...:     pruefe_iban(zeile)
---------------------------------------------------------------------------
ValueError                                Traceback (most recent call last)
Cell In[14], line 2
      1 for _, zeile in lastschriften.iterrows():
----> 2     pruefe_iban(zeile)

Cell In[12], line 6, in pruefe_iban(zeile)
      4 s = iban[4:] + iban[:4]
      5 if int("".join(str(int(c, 36)) for c in s)) % 97 != 1:
----> 6     raise ValueError(f"Ungültige IBAN {iban} für Mandat {zeile['mandatsref']} ({zeile['kontoinhaber']})")

ValueError: Ungültige IBAN DE44500105175407324932 für Mandat MR-2023-00871 (Brandt, Jörg)

**Notiz:** Laut Rückruf von Herrn Brandt am 18.03. ist die richtige IBAN DE44 5001 0517 5407 3249 31 (Zahlendreher bei der Erfassung). Mandat bleibt gültig.`,
    // The mistyped IBAN fails mod-97 and is no IBAN; the Gläubiger-ID, BIC, mandate reference and the
    // due date are not ours; Brandt in the note is Jörg Brandt.
    expected: [
      ['PERSON', 'Brandt, Jörg'],
      ['PERSON', 'Brandt, Jörg'],
      ['PERSON', 'Brandt'],
      ['IBAN', 'DE44 5001 0517 5407 3249 31'],
    ],
  },
  // ---------------------------------------------------------------- application logs
  {
    name: 'Portuguese Django audit and request log: a staff user object with name and e-mail, a PATCH body with NIF, telemóvel, birth date, IBAN and a Rua Augusta address, the phone again in a validation error and unformatted',
    text: `[14/Mar/2024 09:21:44] INFO [audit.middleware:57] user=<Utilizador: Rita Figueiredo (rita.figueiredo@seguros-atlantico.pt)> ip=85.240.17.93 PATCH /api/v1/clientes/20931/ body={"nome": "Joaquim Saraiva Pinto", "nif": "245817390", "telemovel": "+351 912 408 173", "email": "joaquim.spinto@sapo.pt", "data_nascimento": "1968-05-02", "morada": "Rua Augusta 214, 3.º Esq.", "codigo_postal": "1100-053", "iban": "PT70 0035 0697 0004 4712 0935 5"}
[14/Mar/2024 09:21:44] ERROR [clientes.views:188] Validação falhou para cliente 20931: {'telemovel': ['Formato inválido: "+351 912 408 173" (use só os 9 dígitos)']}
[14/Mar/2024 09:21:44] WARNING [django.request:241] Bad Request: /api/v1/clientes/20931/
[14/Mar/2024 09:21:44] INFO [django.server:187] "PATCH /api/v1/clientes/20931/ HTTP/1.1" 400 118
[14/Mar/2024 09:22:10] INFO [audit.middleware:57] user=<Utilizador: Rita Figueiredo (rita.figueiredo@seguros-atlantico.pt)> ip=85.240.17.93 PATCH /api/v1/clientes/20931/ body={"telemovel": "912408173"}
[14/Mar/2024 09:22:10] INFO [django.server:187] "PATCH /api/v1/clientes/20931/ HTTP/1.1" 200 642`,
    // The NIF, client id, postcode, response sizes and the Rua Augusta address are not ours.
    expected: [
      ['PERSON', 'Rita Figueiredo'],
      ['EMAIL', 'rita.figueiredo@seguros-atlantico.pt'],
      ['IP_ADDRESS', '85.240.17.93'],
      ['PERSON', 'Joaquim Saraiva Pinto'],
      ['PHONE', '+351 912 408 173'],
      ['EMAIL', 'joaquim.spinto@sapo.pt'],
      ['DATE_OF_BIRTH', '1968-05-02'],
      ['IBAN', 'PT70 0035 0697 0004 4712 0935 5'],
      ['PHONE', '+351 912 408 173'],
      ['PERSON', 'Rita Figueiredo'],
      ['EMAIL', 'rita.figueiredo@seguros-atlantico.pt'],
      ['IP_ADDRESS', '85.240.17.93'],
      ['PHONE', '912408173'],
    ],
  },
  {
    name: 'Italian Laravel log: a duplicate-entry QueryException quoting the unquoted insert values, a stack trace, a payment DEBUG line with a full card, an operator array with name, e-mail and IP; a Via Garibaldi address',
    text: `[2024-03-20 11:02:17] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'francesca.lombardi@tiscali.it' for key 'utenti.utenti_email_unique' (Connection: mysql, SQL: insert into \`utenti\` (\`nome\`, \`cognome\`, \`email\`, \`telefono\`, \`data_nascita\`, \`codice_fiscale\`, \`indirizzo\`, \`updated_at\`, \`created_at\`) values (Francesca, Lombardi, francesca.lombardi@tiscali.it, 349 551 0832, 1989-07-30, LMBFNC89L70F205C, Via Giuseppe Garibaldi 18, 20121 Milano, 2024-03-20 11:02:17, 2024-03-20 11:02:17)) {"userId":12,"exception":"[object] (Illuminate\\Database\\QueryException(code: 23000): SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'francesca.lombardi@tiscali.it' for key 'utenti.utenti_email_unique' at /var/www/gestionale/vendor/laravel/framework/src/Illuminate/Database/Connection.php:829)
[stacktrace]
#0 /var/www/gestionale/vendor/laravel/framework/src/Illuminate/Database/Connection.php(783): Illuminate\\Database\\Connection->runQueryCallback()
#1 /var/www/gestionale/app/Http/Controllers/RegistrazioneController.php(64): Illuminate\\Database\\Eloquent\\Model->save()
#2 {main}
"}
[2024-03-20 11:02:18] production.DEBUG: Nexi XPay richiesta {"ordine":"ORD-2024-003318","pan":"4532 7510 4471 2096","scadenza":"09/27","importo":"149,00","valuta":"EUR"}
[2024-03-20 11:02:18] production.WARNING: Registrazione fallita {"operatore":{"id":12,"name":"Alessio Ferraro","email":"a.ferraro@studiobianchi-commercialisti.it","role":"operatore"},"ip":"93.41.207.18","ua":"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"}`,
    // The codice fiscale, the order number, the expiry, timestamps and the Via Giuseppe Garibaldi
    // address are not ours.
    expected: [
      ['EMAIL', 'francesca.lombardi@tiscali.it'],
      ['PERSON', 'Francesca'],
      ['PERSON', 'Lombardi'],
      ['EMAIL', 'francesca.lombardi@tiscali.it'],
      ['PHONE', '349 551 0832'],
      ['DATE_OF_BIRTH', '1989-07-30'],
      ['EMAIL', 'francesca.lombardi@tiscali.it'],
      ['CREDIT_CARD', '4532 7510 4471 2096'],
      ['PERSON', 'Alessio Ferraro'],
      ['EMAIL', 'a.ferraro@studiobianchi-commercialisti.it'],
      ['IP_ADDRESS', '93.41.207.18'],
    ],
  },
  {
    name: 'Dutch Rails request log: Parameters hash with voornaam, achternaam, geboortedatum and IBAN, a filtered BSN, the e-mail in an Exists? query, the INSERT binds with the values normalised, a street named after William of Orange',
    text: `Started POST "/klanten" for 145.53.210.77 at 2024-03-21 14:03:55 +0100
Processing by KlantenController#create as TURBO_STREAM
  Parameters: {"authenticity_token"=>"[FILTERED]", "klant"=>{"voornaam"=>"Sanne", "achternaam"=>"van Dijk", "email"=>"sanne.vandijk@kpnmail.nl", "telefoonnummer"=>"06 41 88 20 93", "geboortedatum"=>"14-02-1990", "bsn"=>"[FILTERED]", "straat"=>"Willem van Oranjelaan 3", "postcode"=>"3512 JE", "iban"=>"NL52 RABO 0344 7120 93"}, "commit"=>"Opslaan"}
  Medewerker Load (0.4ms)  SELECT "medewerkers".* FROM "medewerkers" WHERE "medewerkers"."id" = $1 LIMIT $2  [["id", 7], ["LIMIT", 1]]
  ↳ app/controllers/application_controller.rb:14:in \`current_medewerker'
  TRANSACTION (0.2ms)  BEGIN
  Klant Exists? (0.6ms)  SELECT 1 AS one FROM "klanten" WHERE "klanten"."email" = $1 LIMIT $2  [["email", "sanne.vandijk@kpnmail.nl"], ["LIMIT", 1]]
  Klant Create (1.1ms)  INSERT INTO "klanten" ("voornaam", "achternaam", "email", "telefoonnummer", "geboortedatum", "iban", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING "id"  [["voornaam", "Sanne"], ["achternaam", "van Dijk"], ["email", "sanne.vandijk@kpnmail.nl"], ["telefoonnummer", "0641882093"], ["geboortedatum", "1990-02-14"], ["iban", "NL52RABO0344712093"], ["created_at", "2024-03-21 13:03:55.812204"], ["updated_at", "2024-03-21 13:03:55.812204"]]
  ↳ app/controllers/klanten_controller.rb:22:in \`create'
  TRANSACTION (2.3ms)  COMMIT
Redirected to https://mijn.woonbond-utrecht.nl/klanten/88120
Completed 302 Found in 41ms (ActiveRecord: 3.5ms | Allocations: 11209)`,
    // The filtered BSN and token, the postcode, timestamps, record ids and Willem van Oranjelaan are
    // not ours.
    expected: [
      ['IP_ADDRESS', '145.53.210.77'],
      ['PERSON', 'Sanne'],
      ['PERSON', 'van Dijk'],
      ['EMAIL', 'sanne.vandijk@kpnmail.nl'],
      ['PHONE', '06 41 88 20 93'],
      ['DATE_OF_BIRTH', '14-02-1990'],
      ['IBAN', 'NL52 RABO 0344 7120 93'],
      ['EMAIL', 'sanne.vandijk@kpnmail.nl'],
      ['PERSON', 'Sanne'],
      ['PERSON', 'van Dijk'],
      ['EMAIL', 'sanne.vandijk@kpnmail.nl'],
      ['PHONE', '0641882093'],
      ['DATE_OF_BIRTH', '1990-02-14'],
      ['IBAN', 'NL52RABO0344712093'],
    ],
  },
  {
    name: 'Czech e-shop JSON logs (structlog): jmeno and prijmeni in a customer object, a masked card, a rodné číslo beside a datum_narozeni, a Jan Novák test e-mail at example.com, an upstream host, a trace id',
    text: `{"ts":"2024-03-15T08:12:04.551Z","level":"info","logger":"eshop.orders","event":"objednavka_vytvorena","order_id":"OBJ-2024-118733","customer":{"id":58120,"jmeno":"Kateřina","prijmeni":"Dvořáková","email":"katerina.dvorakova@seznam.cz","telefon":"+420 604 218 377"},"total_czk":"2 480,00","ip":"89.176.44.120","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}
{"ts":"2024-03-15T08:12:05.102Z","level":"warning","logger":"eshop.payments","event":"platba_zamitnuta","order_id":"OBJ-2024-118733","psp":"gopay","psp_ref":"3218840117","card":"5351 10** **** 9316","reason":"3DS_FAILED","ip":"89.176.44.120"}
{"ts":"2024-03-15T08:14:40.877Z","level":"info","logger":"eshop.kyc","event":"overeni_veku","customer_id":58120,"rodne_cislo":"856112/0414","datum_narozeni":"12.11.1985","vysledek":"ok"}
{"ts":"2024-03-15T08:15:02.004Z","level":"info","logger":"eshop.notify","event":"test_email_odeslan","to":"jan.novak@example.com","jmeno":"Jan Novák","template":"objednavka_potvrzeni_v3","version":"3.4.1"}
{"ts":"2024-03-15T08:16:19.330Z","level":"error","logger":"eshop.delivery","event":"zasilkovna_api_error","order_id":"OBJ-2024-118734","pickup_point":"Praha 2, náměstí Míru 9","status":502,"upstream":"10.12.0.44:8443","retry_in_s":30}`,
    // Jan Novák at example.com is the test recipient; the masked card, the rodné číslo, the PSP
    // reference, order ids and the trace id are not ours.
    expected: [
      ['PERSON', 'Kateřina'],
      ['PERSON', 'Dvořáková'],
      ['EMAIL', 'katerina.dvorakova@seznam.cz'],
      ['PHONE', '+420 604 218 377'],
      ['IP_ADDRESS', '89.176.44.120'],
      ['IP_ADDRESS', '89.176.44.120'],
      ['DATE_OF_BIRTH', '12.11.1985'],
      ['IP_ADDRESS', '10.12.0.44'],
    ],
  },
  {
    name: 'Norwegian Spring Boot log (log4j pattern) with a JDBC URL holding a password, a Kunde toString with a masked fødselsnummer, the raw number in a constraint detail, a BBAN account number and the client address',
    text: `2024-03-18 07:44:12,903 INFO  [main] n.s.k.KundeApplication - Starting KundeApplication v2.7.4 using Java 17.0.10 with PID 4471 (/opt/kunde/kunde.jar started by kunde in /opt/kunde)
2024-03-18 07:44:15,118 INFO  [main] c.z.h.HikariDataSource - HikariPool-1 - Starting... jdbcUrl=jdbc:postgresql://10.40.2.15:5432/kunde?user=kunde_app&password=${noPw}
2024-03-18 07:44:15,402 INFO  [main] c.z.h.HikariDataSource - HikariPool-1 - Start completed.
2024-03-18 07:51:02,441 INFO  [http-nio-8080-exec-7] n.s.k.KundeService - Oppretter kunde: Kunde{id=null, fornavn='Sigrid', etternavn='Haugland Øvrebø', fodselsnummer='***********', telefon='+47 915 82 403', epost='sigrid.ovrebo@online.no', kontonummer='1503.44.71204'}
2024-03-18 07:51:02,497 ERROR [http-nio-8080-exec-7] n.s.k.KundeService - Kunne ikke lagre kunde
org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [kunde_fnr_key]
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:241)
	at no.sparebank.kunde.KundeService.opprett(KundeService.java:88)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "kunde_fnr_key"
  Detail: Key (fodselsnummer)=(03048532844) already exists.
	at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)
	... 87 common frames omitted
2024-03-18 07:51:02,512 WARN  [http-nio-8080-exec-7] n.s.k.web.KundeController - 409 CONFLICT for POST /api/kunder from 84.212.66.19 (saksbehandler=tone.r)`,
    // The fødselsnummer (masked and raw), the domestic account number, the PID, versions and the
    // username are not ours.
    expected: [
      ['IP_ADDRESS', '10.40.2.15'],
      ['SECRET', noPw],
      ['PERSON', 'Sigrid'],
      ['PERSON', 'Haugland Øvrebø'],
      ['PHONE', '+47 915 82 403'],
      ['EMAIL', 'sigrid.ovrebo@online.no'],
      ['IP_ADDRESS', '84.212.66.19'],
    ],
  },
  // ---------------------------------------------------------------- Airflow and dbt
  {
    name: 'Finnish Airflow task log that logs rejected rows as dicts: a SQLAlchemy URL with its password, etunimi and sukunimi apart, a henkilötunnus, a Matti Meikäläinen test customer',
    text: `[2024-03-19, 03:00:12 EET] {taskinstance.py:1979} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: asiakas_sync.lataa_asiakkaat scheduled__2024-03-18T01:00:00+00:00 [queued]>
[2024-03-19, 03:00:12 EET] {taskinstance.py:2193} INFO - Starting attempt 1 of 3
[2024-03-19, 03:00:12 EET] {taskinstance.py:2214} INFO - Executing <Task(PythonOperator): lataa_asiakkaat> on 2024-03-18 01:00:00+00:00
[2024-03-19, 03:00:13 EET] {base.py:83} INFO - Using connection ID 'crm_mssql' for task execution.
[2024-03-19, 03:00:13 EET] {lataa.py:22} INFO - Yhdistetään: mssql+pyodbc://etl_lukija:${fiPw}@10.8.0.21:1433/crm?driver=ODBC+Driver+18+for+SQL+Server
[2024-03-19, 03:00:14 EET] {lataa.py:31} INFO - Haettiin 1 842 riviä (muokattu >= 2024-03-18)
[2024-03-19, 03:00:14 EET] {lataa.py:47} WARNING - Hylätty rivi 771: {'asiakasnro': 'AS-55810', 'etunimi': 'Aino', 'sukunimi': 'Kärkkäinen', 'hetu': '120585-123N', 'syntymaaika': '12.05.1985', 'puhelin': '040 718 2209', 'sahkoposti': 'aino.karkkainen@elisanet.fi', 'postinumero': None} – syy: postinumero puuttuu
[2024-03-19, 03:00:14 EET] {lataa.py:47} WARNING - Hylätty rivi 1204: {'asiakasnro': 'AS-00001', 'etunimi': 'Matti', 'sukunimi': 'Meikäläinen', 'hetu': None, 'syntymaaika': None, 'puhelin': None, 'sahkoposti': 'matti.meikalainen@example.com', 'postinumero': '00100'} – syy: testiasiakas
[2024-03-19, 03:00:15 EET] {python.py:201} INFO - Done. Returned value was: {'ladattu': 1840, 'hylatty': 2}
[2024-03-19, 03:00:15 EET] {taskinstance.py:1138} INFO - Marking task as SUCCESS. dag_id=asiakas_sync, task_id=lataa_asiakkaat, execution_date=20240318T010000, start_date=20240319T010012, end_date=20240319T010015
[2024-03-19, 03:00:15 EET] {local_task_job_runner.py:234} INFO - Task exited with return code 0`,
    // Matti Meikäläinen at example.com is the test customer; the henkilötunnus, customer numbers,
    // postcodes and run dates are not ours.
    expected: [
      ['SECRET', fiPw],
      ['IP_ADDRESS', '10.8.0.21'],
      ['PERSON', 'Aino'],
      ['PERSON', 'Kärkkäinen'],
      ['DATE_OF_BIRTH', '12.05.1985'],
      ['PHONE', '040 718 2209'],
      ['EMAIL', 'aino.karkkainen@elisanet.fi'],
    ],
  },
  {
    name: 'Brazilian Airflow log of a CNPJ enrichment task: a masked connection password, CNPJs, CEPs, companies named after Oswaldo Cruz and Santos Dumont, Avenida Paulista and Rua Augusta, nothing personal',
    text: `[2024-03-22, 06:00:04 -03] {taskinstance.py:2193} INFO - Starting attempt 1 of 2
[2024-03-22, 06:00:04 -03] {taskinstance.py:2214} INFO - Executing <Task(PythonOperator): consulta_cnpj> on 2024-03-21 09:00:00+00:00
[2024-03-22, 06:00:04 -03] {base.py:83} INFO - Using connection ID 'dw_postgres' for task execution.
[2024-03-22, 06:00:04 -03] {enriquece.py:18} INFO - conn=postgresql://etl:***@dw-postgres.internal:5432/dw
[2024-03-22, 06:00:05 -03] {enriquece.py:40} INFO - Consultando BrasilAPI para 3 CNPJs
[2024-03-22, 06:00:06 -03] {enriquece.py:52} INFO - 11.222.333/0001-81 -> DROGARIA OSWALDO CRUZ LTDA | CEP 01310-200 | AV PAULISTA 1578 | situacao=ATIVA
[2024-03-22, 06:00:06 -03] {enriquece.py:52} INFO - 45.997.418/0001-53 -> PADARIA SANTOS DUMONT LTDA | CEP 01305-100 | R AUGUSTA 1290 | situacao=ATIVA
[2024-03-22, 06:00:07 -03] {enriquece.py:58} WARNING - 00.000.000/0000-00 -> 400 CNPJ inválido
[2024-03-22, 06:00:07 -03] {python.py:201} INFO - Done. Returned value was: {'ok': 2, 'erro': 1, 'versao_api': 'v1.4.2'}
[2024-03-22, 06:00:07 -03] {taskinstance.py:1138} INFO - Marking task as SUCCESS. dag_id=enriquecimento_fornecedores, task_id=consulta_cnpj, run_id=scheduled__2024-03-21T09:00:00+00:00, execution_date=20240321T090000, start_date=20240322T090004, end_date=20240322T090007`,
    // A masked password, CNPJs, CEPs, companies named after people and streets only.
    expected: [],
  },
  {
    name: 'German dbt run log on Snowflake with a warning on a not_null test of geburtsdatum: model and test names, an invocation UUID, a git SHA, timings, a report named after Schillerplatz',
    text: `10:14:02  Running with dbt=1.7.9
10:14:03  Registered adapter: snowflake=1.7.2
10:14:03  invocation_id=3f1c9e0a-7b2d-4e8f-9c61-0a4d2e7b5f13 git_sha=9c1e4b7a2f0d8e63b5a1c4f7e2d9b0a6c3f8e1d4 target=prod
10:14:04  Found 48 models, 112 tests, 6 seeds, 14 sources, 0 exposures, 0 metrics, 611 macros, 0 groups, 0 semantic models
10:14:04
10:14:06  Concurrency: 8 threads (target='prod')
10:14:06
10:14:07  1 of 7 START sql view model staging.stg_kunden ............................ [RUN]
10:14:08  1 of 7 OK created sql view model staging.stg_kunden ....................... [SUCCESS 1 in 1.21s]
10:14:08  2 of 7 START sql table model marts.dim_kunde .............................. [RUN]
10:14:15  2 of 7 OK created sql table model marts.dim_kunde ......................... [SUCCESS 1 in 6.84s]
10:14:15  3 of 7 START sql incremental model marts.fct_bestellungen ................. [RUN]
10:14:41  3 of 7 OK created sql incremental model marts.fct_bestellungen ............ [SUCCESS 18204 in 25.90s]
10:14:41  4 of 7 START sql view model reports.rpt_umsatz_filiale_schillerplatz ...... [RUN]
10:14:42  4 of 7 OK created sql view model reports.rpt_umsatz_filiale_schillerplatz . [SUCCESS 1 in 0.93s]
10:14:42  5 of 7 START test accepted_values_stg_kunden_anrede__Herr__Frau__Divers ... [RUN]
10:14:43  5 of 7 PASS accepted_values_stg_kunden_anrede__Herr__Frau__Divers ......... [PASS in 0.88s]
10:14:43  6 of 7 START test not_null_stg_kunden_geburtsdatum ........................ [RUN]
10:14:44  6 of 7 WARN 37 not_null_stg_kunden_geburtsdatum ........................... [WARN 37 in 0.71s]
10:14:44  7 of 7 START test unique_dim_kunde_kunden_sk .............................. [RUN]
10:14:45  7 of 7 PASS unique_dim_kunde_kunden_sk .................................... [PASS in 0.64s]
10:14:45
10:14:45  Finished running 2 view models, 1 table model, 1 incremental model, 3 tests in 0 hours 0 minutes and 41.08 seconds (41.08s).
10:14:45
10:14:45  Completed with 1 warning:
10:14:45
10:14:45  Warning in test not_null_stg_kunden_geburtsdatum (models/staging/kunden.yml)
10:14:45  Got 37 results, configured to warn if != 0
10:14:45
10:14:45    compiled Code at target/compiled/dwh_vertrieb/models/staging/kunden.yml/not_null_stg_kunden_geburtsdatum.sql
10:14:45
10:14:45  Done. PASS=6 WARN=1 ERROR=0 SKIP=0 TOTAL=7`,
    // Model and test names, versions, the invocation UUID, the git SHA, counts and timings only; Herr
    // and Frau are accepted values.
    expected: [],
  },
  {
    name: 'Chilean dbt unique test failing on correo, then the analyst pastes the compiled query result as a markdown table: a person registered twice with a shortened surname, a company mailbox, RUTs',
    text: `17:42:09  3 of 9 START test unique_stg_clientes_correo .............................. [RUN]
17:42:10  3 of 9 FAIL 2 unique_stg_clientes_correo .................................. [FAIL 2 in 0.64s]
17:42:31
17:42:31  Finished running 2 view models, 7 tests in 0 hours 0 minutes and 22.84 seconds (22.84s).
17:42:31
17:42:31  Completed with 1 error and 0 warnings:
17:42:31
17:42:31  Failure in test unique_stg_clientes_correo (models/staging/_clientes.yml)
17:42:31    Got 2 results, configured to fail if != 0
17:42:31
17:42:31    compiled Code at target/compiled/retail_cl/models/staging/_clientes.yml/unique_stg_clientes_correo.sql
17:42:31
17:42:31  Done. PASS=7 WARN=0 ERROR=1 SKIP=1 TOTAL=9

Corrí el SQL compilado agregando los RUT y los nombres, me da esto:

| correo                        | n   | ruts                       | nombres                                      |
|-------------------------------|-----|----------------------------|----------------------------------------------|
| ignacia.soto.v@gmail.com      | 2   | 18.224.937-8, 18.224.937-8 | Ignacia Soto Vergara; Ignacia Soto V.        |
| contacto@ferreteriaelroble.cl | 2   | 76.114.382-4, 76.114.382-4 | Ferretería El Roble SpA; Ferreteria El Roble |

¿Lo resuelvo con un qualify row_number() por RUT en el staging o lo arreglan en el CRM?`,
    // The hardware shop is a company whose contact mailbox still counts as an e-mail; RUTs and counts
    // are not ours.
    expected: [
      ['EMAIL', 'ignacia.soto.v@gmail.com'],
      ['PERSON', 'Ignacia Soto Vergara'],
      ['PERSON', 'Ignacia Soto V.'],
      ['EMAIL', 'contacto@ferreteriaelroble.cl'],
    ],
  },
  // ---------------------------------------------------------------- notes between cells
  {
    name: 'Spanish markdown notes between notebook cells about deduplication: a colleague with her e-mail, a Juan Pérez test client at example.com, a customer with two conflicting birth dates, two brothers sharing a landline',
    text: `## 3. Limpieza de duplicados

Tras el merge con el CRM quedan 214 duplicados por \`correo\`. Criterio acordado con Lucía Benítez (equipo de Datos, lucia.benitez@aseguradora-ibera.es) el 12/03: nos quedamos con el registro con \`fecha_alta\` más reciente.

> Ojo: el cliente de prueba **Juan Pérez** (\`juan.perez@example.com\`, DNI 00000000T) aparece 37 veces; se elimina antes del dedupe.

Casos a revisar a mano (los pasó Atención al Cliente):
- Begoña Urquijo Sáez: dos fechas de nacimiento distintas (03/11/1958 y 11/03/1958) con el mismo DNI 16049382M. Probablemente día y mes invertidos en la migración de 2019.
- Jordi Ferrándiz Roig y Pau Ferrándiz Roig comparten el teléfono fijo 965 21 47 80; son hermanos, **no** es un duplicado.
- Póliza PZ-2023-118204 aparece con dos tomadores; pendiente de confirmar con Suscripción.`,
    // Juan Pérez at example.com is the test client; DNIs, the policy number, the count and the date of
    // the agreement are not ours.
    expected: [
      ['PERSON', 'Lucía Benítez'],
      ['EMAIL', 'lucia.benitez@aseguradora-ibera.es'],
      ['PERSON', 'Begoña Urquijo Sáez'],
      ['DATE_OF_BIRTH', '03/11/1958'],
      ['DATE_OF_BIRTH', '11/03/1958'],
      ['PERSON', 'Jordi Ferrándiz Roig'],
      ['PERSON', 'Pau Ferrándiz Roig'],
      ['PHONE', '965 21 47 80'],
    ],
  },
  {
    name: 'Austrian markdown notes between cells: a Max Mustermann test account, streets named after Mozart, a Gauß-Krüger projection, a till version shaped like an address, amounts and dates, nothing personal',
    text: `## Notizen zur Auswertung (Stand 2024-03-14)

- Testkonto **Max Mustermann** (\`max.mustermann@example.com\`, Kd-Nr. K-000001) vor allen Auswertungen ausfiltern.
- Die Filialen Mariahilfer Straße (Wien) und Mozartgasse (Graz) haben seit dem Update auf Kassensystem 4.2.1.7 doppelte Bons, daher \`bon_id\` + \`kassa_id\` als Schlüssel.
- Koordinaten kommen im Gauß-Krüger-System (MGI / Austria GK M34, EPSG:31259); vor dem Join nach WGS84 umrechnen.
- Umsatzsteuer: 20 % Normalsatz, 10 % ermäßigt; Beträge im Export mit Dezimalkomma (z. B. 1.284,50).
- Ausreißer am 2023-12-24 sind echt (Heiliger Abend), nicht löschen.
- Offene Frage ans Controlling: Sachertorte-Aktion (Artikel 400117) getrennt ausweisen?`,
    // A placeholder test account, streets, a projection named after people, a version number and dates
    // only.
    expected: [],
  },
];

describeHoldout('privacy hold-out 28: European and Latin-American notebook material', cases);
