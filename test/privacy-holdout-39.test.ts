import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A thirty-ninth hand-written hold-out: database dumps, migrations, seeds and fixtures as they reach
 * the AI assistant of a data product ("why does this migration fail", "write a seed script like
 * this", "explain this dump"). Shapes: pg_dump plain format (CREATE TABLE with COMMENT ON COLUMN,
 * sequences, ALTER TABLE, COPY … FROM stdin blocks of tab-separated rows with \N nulls), a
 * pg_dumpall role with a SCRAM verifier, psql errors quoting the row (duplicate key, violates check
 * constraint, invalid input syntax and out-of-range dates), mysqldump extended INSERTs with escaped
 * quotes, MySQL 1406 "Data too long", a WordPress users dump, a SQLite .dump, SSMS-generated INSERT
 * scripts with N'' strings and a SQL Server truncation error, an Oracle SQL*Loader control file with
 * BEGINDATA and its log, mongoexport JSON lines with $oid and $date, Elasticsearch bulk NDJSON and a
 * bulk error, bq head, bq show --schema and a bq load error, Redshift stl_load_errors and a COPY
 * with inline credentials, Prisma seed.ts, Django JSON and YAML fixtures, Rails fixtures and
 * db/seeds.rb, Laravel factories, seeders and a 1062 error, Liquibase changelogs with loadData CSV
 * and a checksum error, Flyway repeatable seeds and a failed migration, Alembic op.bulk_insert, Knex
 * seeds, dbt seeds with schema.yml and a seed error, Supabase seed.sql, pg_anonymizer SECURITY
 * LABELs, a masking config, and masked dumps (one where a column escaped the masking). Data:
 * customers, employees, patients, students and users from the US, the UK and Ireland, Germany,
 * France, Spain, Brazil, Mexico, India, Japan, Korea, China, Poland, Turkey and South Africa. Hard
 * negatives of the same shapes: column names and COMMENTs without values, sequences, serial and
 * synthetic ids, UUIDs, ObjectIds, revision ids, checksums, migration versions, created_at and
 * other timestamps, hire and visit dates, version strings, loopback and 0.0.0.0, placeholder seeds
 * (example.com and example.org mail, 555-01xx numbers, Ofcom's 07700 900xxx drama range, John Doe,
 * Test User and 山田 太郎 on lines that say test or example), Faker calls, env lookups, masked and
 * generalised values, and national ids that are not among our types (DNI, CPF, CURP, RFC, PAN,
 * PESEL, NHS numbers, SA ID numbers, 身份证, INSEE numbers).
 *
 * Each case lists every value it expects found, with its type; anything else flagged is a false
 * positive. Conventions as in hold-outs 32, 33 and 38: titles and honorifics (Dr., Sr., さん, 님) are
 * no part of a name's span; first and last name in separate fields (columns, CSV fields, tuple
 * values, JSON and YAML keys) are separate spans; a lone given or family name counts only when the
 * same person is named in full in the text or it sits under a name field; birth dates count in every
 * written form (day-first, US, impossible values, a datetime.date call, a $date, a CAST) wherever
 * they are a person's birth date, other dates never; private-use IPs count, loopback does not; a
 * password alone is the secret, not its URI. Team mailboxes on real domains and business phones
 * count, and an IBAN counts whoever holds it. Conventions of this hold-out: password hashes
 * (bcrypt $2b$, phpass $P$, argon2id, Django pbkdf2_sha256, SCRAM verifiers) are NOT secrets, a
 * plaintext password literal in a seed is one unless it is a placeholder (password, secret,
 * changeme, password123), and API keys and access keys in seeds and configs are secrets, test-mode
 * keys included; login handles and developer handles (Liquibase authors, user_login) are not
 * persons, a written full name is; a name with a backslash-escaped quote (O\'Driscoll) is spanned
 * whole, the escape included; a value masked or generalised by the masking tool is not personal
 * data, a value the masking missed is. Values are fake: Luhn-valid made-up cards, IBANs with valid
 * mod-97 check digits, SSNs in valid areas, made-up names, numbers and keys.
 */

const k = joinParts;

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- PostgreSQL: pg_dump, psql errors
  {
    name: 'pg_dump plain excerpt of US customers: CREATE TABLE with COMMENT ON COLUMN, a sequence OWNED BY, a COPY block of tab-separated rows with \\N nulls (first and last name apart, E.164 and US phones, birth dates), a QA Checkout row at example.com, setval, and the restore question',
    text: `--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6 (Debian 15.6-1.pgdg120+2)
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public.customers (
    id bigint NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    email text NOT NULL,
    phone text,
    date_of_birth date,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

COMMENT ON COLUMN public.customers.date_of_birth IS 'Self-reported at signup; used for age gating (21+).';
COMMENT ON COLUMN public.customers.phone IS 'E.164 when the user gave a country code, else as typed.';

CREATE SEQUENCE public.customers_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;

COPY public.customers (id, first_name, last_name, email, phone, date_of_birth, created_at) FROM stdin;
10482\tMarisol\tQuintanilla\tmarisol.q@outlook.com\t+1 915-204-3318\t1986-03-22\t2023-04-02 18:11:09.41+00
10483\tTavita\tFaleolo\ttfaleolo@gmail.com\t\\N\t1991-11-05\t2023-04-02 19:40:55.002+00
10484\tQA\tCheckout\tqa+checkout@example.com\t555-0142\t\\N\t2023-04-03 08:00:00+00
10485\tDeshawn\tMerriweather\td.merriweather@icloud.com\t(312) 847-2290\t1979-07-30\t2023-04-03 09:17:44.9+00
\\.

SELECT pg_catalog.setval('public.customers_id_seq', 10485, true);

-- user: restoring this into staging says duplicate key value violates unique constraint "customers_pkey". Why, if the table was empty?`,
    // The QA Checkout row is a test account on example.com with a 555-01xx number; ids, the sequence value and created_at are not ours.
    expected: [
      ['PERSON', 'Marisol'],
      ['PERSON', 'Quintanilla'],
      ['EMAIL', 'marisol.q@outlook.com'],
      ['PHONE', '+1 915-204-3318'],
      ['DATE_OF_BIRTH', '1986-03-22'],
      ['PERSON', 'Tavita'],
      ['PERSON', 'Faleolo'],
      ['EMAIL', 'tfaleolo@gmail.com'],
      ['DATE_OF_BIRTH', '1991-11-05'],
      ['PERSON', 'Deshawn'],
      ['PERSON', 'Merriweather'],
      ['EMAIL', 'd.merriweather@icloud.com'],
      ['PHONE', '(312) 847-2290'],
      ['DATE_OF_BIRTH', '1979-07-30'],
    ],
  },
  {
    name: 'clean masked pg_dump of a UK clinic made with pg_anonymizer: a header naming the anon extension, a COPY block whose names are CONFIDENTIAL, e-mails and phones partially starred, birth dates generalised to decade ranges, postcodes cut to the district and MRNs kept',
    text: `-- Dumped from database version 16.1
-- Masked with anon 1.3.2 (static masking, anon.anonymize_database()) on 2024-10-14 02:00 UTC
-- Safe to share with vendors per DPIA-2024-017

COPY public.patients (id, mrn, full_name, email, phone, birth_date, postcode, registered_at) FROM stdin;
1\tMRN-00981734\tCONFIDENTIAL\tma******@******.uk\t+44 ******1172\t[1980-01-01,1990-01-01)\tSW1\t2019-02-11 09:30:00+00
2\tMRN-00981735\tCONFIDENTIAL\tj.******@******.com\t+44 ******4408\t[1950-01-01,1960-01-01)\tLS6\t2019-02-11 09:41:12+00
3\tMRN-00981736\tCONFIDENTIAL\t\\N\t07*******31\t[2000-01-01,2010-01-01)\tBT9\t2019-02-12 14:02:57+00
4\tMRN-00981737\tCONFIDENTIAL\tp******@******.net\t\\N\t[1990-01-01,2000-01-01)\tCF10\t2019-02-13 08:15:03+00
\\.

-- user: explain this dump. Can I load it into the demo environment as is, or is anything still identifying?`,
    // Every personal column is starred, replaced or generalised to a decade; MRNs, postcode districts and timestamps are not ours.
    expected: [],
  },
  {
    name: 'clean pg_anonymizer setup script: SECURITY LABEL FOR anon on a role and on columns with MASKED WITH FUNCTION and MASKED WITH VALUE rules (a starred IBAN, 0.0.0.0, a decade generalisation), a pg_dumpall role line with a SCRAM-SHA-256 verifier, and a question about dynamic masking',
    text: `CREATE EXTENSION IF NOT EXISTS anon CASCADE;
SELECT anon.init();

CREATE ROLE analyst LOGIN PASSWORD 'SCRAM-SHA-256$4096:Yl3kTq9hV2xR0pLz7cNa1w==$kQ1vJ9xwT3mZ0rP5sL8bC2nH6yF4dG7aE1uI0oK9jWs=:Xp4tR8mQ2vL6zK0nB5cJ9hF3gD7sA1eY8uT2wI6oP4k=';
SECURITY LABEL FOR anon ON ROLE analyst IS 'MASKED';

SECURITY LABEL FOR anon ON COLUMN public.patients.full_name
  IS 'MASKED WITH VALUE $$CONFIDENTIAL$$';
SECURITY LABEL FOR anon ON COLUMN public.patients.email
  IS 'MASKED WITH FUNCTION anon.partial_email(email)';
SECURITY LABEL FOR anon ON COLUMN public.patients.phone
  IS 'MASKED WITH FUNCTION anon.partial(phone,4,$$******$$,4)';
SECURITY LABEL FOR anon ON COLUMN public.patients.birth_date
  IS 'MASKED WITH FUNCTION anon.generalize_daterange(birth_date,''decade'')';
SECURITY LABEL FOR anon ON COLUMN public.patients.last_login_ip
  IS 'MASKED WITH VALUE ''0.0.0.0''::inet';
SECURITY LABEL FOR anon ON COLUMN public.payouts.iban
  IS 'MASKED WITH VALUE $$FR76 **** **** **** **** **** ***$$';

SELECT anon.start_dynamic_masking();

-- user: analyst still sees raw e-mails in psql after this ran. What did I miss?`,
    // Masking rules, a starred IBAN, a SCRAM verifier (a hash, not a password) and 0.0.0.0: nothing personal or secret.
    expected: [],
  },
  {
    name: 'German psql import failing on a duplicate key: the INSERT at line 88 (Vorname and Nachname apart, web.de e-mail, mobile, birth date, IBAN), the ERROR and DETAIL quoting the e-mail, the existing row from a lookup with the mobile and the DD.MM.YYYY birth date, and a German question',
    text: `$ psql -v ON_ERROR_STOP=1 -f 2024_05_import_kunden.sql shop_prod
INSERT 0 1
INSERT 0 1
psql:2024_05_import_kunden.sql:88: ERROR:  duplicate key value violates unique constraint "kunden_email_key"
DETAIL:  Key (email)=(j.brandstaetter@web.de) already exists.

$ sed -n 88p 2024_05_import_kunden.sql
INSERT INTO kunden (vorname, nachname, email, telefon, geburtsdatum, iban) VALUES ('Jörg', 'Brandstätter', 'j.brandstaetter@web.de', '+49 170 4482913', '1974-08-19', 'DE30100500000190472885');

shop_prod=# SELECT id, vorname, nachname, email, telefon, to_char(geburtsdatum, 'DD.MM.YYYY') AS geb FROM kunden WHERE email = 'j.brandstaetter@web.de';
  id  | vorname |   nachname   |         email          |   telefon    |    geb
------+---------+--------------+------------------------+--------------+------------
 4471 | Jörg    | Brandstätter | j.brandstaetter@web.de | 0170 4482913 | 19.08.1974
(1 row)

Frage: Warum schlägt der Import fehl? Ist das derselbe Kunde, und soll ich ON CONFLICT DO UPDATE nehmen?`,
    // The same customer three times over; the id and constraint names are not ours.
    expected: [
      ['EMAIL', 'j.brandstaetter@web.de'],
      ['PERSON', 'Jörg'],
      ['PERSON', 'Brandstätter'],
      ['EMAIL', 'j.brandstaetter@web.de'],
      ['PHONE', '+49 170 4482913'],
      ['DATE_OF_BIRTH', '1974-08-19'],
      ['IBAN', 'DE30100500000190472885'],
      ['EMAIL', 'j.brandstaetter@web.de'],
      ['PERSON', 'Jörg'],
      ['PERSON', 'Brandstätter'],
      ['EMAIL', 'j.brandstaetter@web.de'],
      ['PHONE', '0170 4482913'],
      ['DATE_OF_BIRTH', '19.08.1974'],
    ],
  },
  {
    name: 'UK patient CSV loaded with \\copy failing on a day-first date: "date/time field value out of range" with the DATESTYLE hint, CONTEXT quoting line 4118 and the impossible 31/04/1987, the line printed with sed (NHS number, forename and surname apart, e-mail, mobile, GP practice named after a person)',
    text: `$ psql -d clinic -c "\\copy patients(nhs_number, forename, surname, date_of_birth, email, mobile, gp_practice) FROM 'export_2024-06.csv' CSV HEADER"
ERROR:  date/time field value out of range: "31/04/1987"
HINT:  Perhaps you need a different "datestyle" setting.
CONTEXT:  COPY patients, line 4118, column date_of_birth: "31/04/1987"

$ sed -n 4118p export_2024-06.csv
943 476 5919,Oluwaseun,Adebayo-Hart,31/04/1987,seun.ah@btinternet.com,07911 236604,Dr Grey & Partners

$ psql -d clinic -c "SHOW datestyle"
 DateStyle
-----------
 ISO, MDY
(1 row)

Why does this fail on row 4118 only, when the other 4,117 rows are dd/mm too?`,
    // The impossible birth date counts each time; the NHS number, the practice named after a GP and the row numbers are not ours.
    expected: [
      ['DATE_OF_BIRTH', '31/04/1987'],
      ['DATE_OF_BIRTH', '31/04/1987'],
      ['PERSON', 'Oluwaseun'],
      ['PERSON', 'Adebayo-Hart'],
      ['DATE_OF_BIRTH', '31/04/1987'],
      ['EMAIL', 'seun.ah@btinternet.com'],
      ['PHONE', '07911 236604'],
    ],
  },
  {
    name: 'French HR migration failing a check constraint: the ALTER TABLE adding CHECK (date_naissance < hire date), the ERROR and DETAIL "Failing row contains (…)" with an employee\'s names, Orange e-mail, 06 mobile, a future birth date typo, IBAN, hire date and salary in French notation',
    text: `-- V2024_09_02_1__salaries_check_naissance.sql
ALTER TABLE rh.salaries
  ADD CONSTRAINT salaries_date_naissance_check CHECK (date_naissance < date_embauche);

psql:V2024_09_02_1__salaries_check_naissance.sql:3: ERROR:  check constraint "salaries_date_naissance_check" of relation "salaries" is violated by some row

-- puis, en réessayant la ligne fautive à la main :
INSERT INTO rh.salaries (matricule, prenom, nom, email, telephone, date_naissance, iban, date_embauche, salaire_brut)
VALUES (5521, 'Maëlle', 'Le Gall', 'maelle.legall@orange.fr', '06 71 48 22 39', '2031-06-14', 'FR6120041010050500013702606', '2024-09-02', '2 941,50');
ERROR:  new row for relation "salaries" violates check constraint "salaries_date_naissance_check"
DETAIL:  Failing row contains (5521, Maëlle, Le Gall, maelle.legall@orange.fr, 06 71 48 22 39, 2031-06-14, FR6120041010050500013702606, 2024-09-02, 2 941,50).

Question : la date de naissance est manifestement une faute de frappe (1993 ?). Comment corriger la ligne et relancer la migration ?`,
    // The mistyped birth date still is her birth date; the hire date, matricule and salary are not ours.
    expected: [
      ['PERSON', 'Maëlle'],
      ['PERSON', 'Le Gall'],
      ['EMAIL', 'maelle.legall@orange.fr'],
      ['PHONE', '06 71 48 22 39'],
      ['DATE_OF_BIRTH', '2031-06-14'],
      ['IBAN', 'FR6120041010050500013702606'],
      ['PERSON', 'Maëlle'],
      ['PERSON', 'Le Gall'],
      ['EMAIL', 'maelle.legall@orange.fr'],
      ['PHONE', '06 71 48 22 39'],
      ['DATE_OF_BIRTH', '2031-06-14'],
      ['IBAN', 'FR6120041010050500013702606'],
    ],
  },
  {
    name: 'clean schema-only pg_dump: CREATE TABLE users with email, phone, date_of_birth and password_hash columns, COMMENT ON COLUMN texts, a sequence with setval, ALTER TABLE constraints and an index, GRANTs, and "Dumped from database version 14.11"',
    text: `-- Dumped from database version 14.11 (Ubuntu 14.11-1.pgdg22.04+1)
-- Dumped by pg_dump version 14.11 (Ubuntu 14.11-1.pgdg22.04+1)
-- pg_dump --schema-only --no-owner -t public.users app_prod

CREATE TABLE public.users (
    id integer NOT NULL,
    email character varying(254) NOT NULL,
    phone character varying(32),
    date_of_birth date,
    password_hash character varying(100) NOT NULL,
    last_login_ip inet,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);

COMMENT ON COLUMN public.users.email IS 'Login e-mail; unique, stored lower-cased.';
COMMENT ON COLUMN public.users.password_hash IS 'bcrypt, cost 12. Never log.';
COMMENT ON COLUMN public.users.date_of_birth IS 'Optional; required for users in DE and FR (age verification).';

CREATE SEQUENCE public.users_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;
ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);
SELECT pg_catalog.setval('public.users_id_seq', 2204917, true);

ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.users ADD CONSTRAINT users_email_key UNIQUE (email);
CREATE INDEX users_created_at_idx ON public.users USING btree (created_at);

GRANT SELECT ON TABLE public.users TO readonly;
GRANT SELECT (id, created_at) ON TABLE public.users TO analytics;`,
    // Column names, comments, versions, a sequence value and grants: nothing personal.
    expected: [],
  },
  // ---------------------------------------------------------------- MySQL: mysqldump, errors
  {
    name: "mysqldump extended INSERT of an Irish and UK CRM: many tuples on one line with backslash-escaped quotes (O\\'Driscoll, D\\'Arcy-Pryce, D\\'Souza), Irish and UK mobiles, a business e-mail, birth dates and NULLs, a Test Contact with a 07700 900 drama number",
    gap: "Misses every name in the extended INSERT tuples, which name no columns (Siobhán, Callum and Priya, and the backslash-escaped family names O\\'Driscoll, D\\'Arcy-Pryce and D\\'Souza).",
    text: `-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: crm
-- ------------------------------------------------------
-- Server version\t8.0.36

LOCK TABLES \`contacts\` WRITE;
/*!40000 ALTER TABLE \`contacts\` DISABLE KEYS */;
INSERT INTO \`contacts\` VALUES (1,'Siobhán','O\\'Driscoll','siobhan.odriscoll@eircom.net','+353 87 214 6690','1979-02-11','2021-06-01 10:22:31'),(2,'Callum','D\\'Arcy-Pryce','callum@darcypryce.co.uk','07911 482 035',NULL,'2021-06-01 10:24:02'),(3,'Test','Contact','test.contact@example.co.uk','07700 900123',NULL,'2021-06-02 09:00:00'),(4,'Priya','D\\'Souza','priya.dsouza@hotmail.co.uk','+44 7700 318 264','1990-12-03','2021-06-07 16:45:10');
/*!40000 ALTER TABLE \`contacts\` ENABLE KEYS */;
UNLOCK TABLES;

-- user: write me a Python script that splits these extended inserts into one row per line without breaking on the escaped quotes.`,
    // Escaped names are spanned whole; the Test Contact on example.co.uk with a drama-range number is a placeholder; +44 7700 318 264 is outside the drama range.
    expected: [
      ['PERSON', 'Siobhán'],
      ['PERSON', "O\\'Driscoll"],
      ['EMAIL', 'siobhan.odriscoll@eircom.net'],
      ['PHONE', '+353 87 214 6690'],
      ['DATE_OF_BIRTH', '1979-02-11'],
      ['PERSON', 'Callum'],
      ['PERSON', "D\\'Arcy-Pryce"],
      ['EMAIL', 'callum@darcypryce.co.uk'],
      ['PHONE', '07911 482 035'],
      ['PERSON', 'Priya'],
      ['PERSON', "D\\'Souza"],
      ['EMAIL', 'priya.dsouza@hotmail.co.uk'],
      ['PHONE', '+44 7700 318 264'],
      ['DATE_OF_BIRTH', '1990-12-03'],
    ],
  },
  {
    name: 'Spanish MySQL session failing with ERROR 1406 "Data too long for column \'telefono\'": a multi-line INSERT with nombre and apellidos apart, a Telefónica e-mail, a landline with an extension, a birth date and a DNI, then DESCRIBE clientes, and a Spanish question',
    text: `mysql> INSERT INTO clientes (nombre, apellidos, email, telefono, fecha_nacimiento, dni) VALUES
    -> ('Begoña', 'Etxeberria Goikoetxea', 'begona.etxeberria@telefonica.net', '+34 943 21 77 08 ext. 114', '1968-10-03', '48291734K');
ERROR 1406 (22001): Data too long for column 'telefono' at row 1

mysql> DESCRIBE clientes;
+------------------+--------------+------+-----+-------------------+-------------------+
| Field            | Type         | Null | Key | Default           | Extra             |
+------------------+--------------+------+-----+-------------------+-------------------+
| id               | int unsigned | NO   | PRI | NULL              | auto_increment    |
| nombre           | varchar(60)  | NO   |     | NULL              |                   |
| apellidos        | varchar(120) | NO   |     | NULL              |                   |
| email            | varchar(190) | NO   | UNI | NULL              |                   |
| telefono         | varchar(16)  | YES  |     | NULL              |                   |
| fecha_nacimiento | date         | YES  |     | NULL              |                   |
| dni              | char(9)      | YES  | UNI | NULL              |                   |
| creado_en        | datetime     | NO   |     | CURRENT_TIMESTAMP | DEFAULT_GENERATED |
+------------------+--------------+------+-----+-------------------+-------------------+
8 rows in set (0.00 sec)

¿Por qué falla? ¿Amplío telefono a varchar(32) o guardo la extensión en otra columna?`,
    // The extension is no part of the number; the DNI is not among our types.
    expected: [
      ['PERSON', 'Begoña'],
      ['PERSON', 'Etxeberria Goikoetxea'],
      ['EMAIL', 'begona.etxeberria@telefonica.net'],
      ['PHONE', '+34 943 21 77 08'],
      ['DATE_OF_BIRTH', '1968-10-03'],
    ],
  },
  {
    name: "Brazilian WordPress/WooCommerce mysqldump: wp_users tuples with phpass $P$ hashes, logins, a bakery's contact mailbox and a customer's UOL e-mail and display name, then wp_usermeta rows with first_name, last_name, billing_phone and billing_cpf",
    text: `LOCK TABLES \`wp_users\` WRITE;
INSERT INTO \`wp_users\` VALUES (1,'admin','$P$BfK3mQ9xZr2Lw7Tn0Vd5Yc8Hs1Ja4Eu.','admin','contato@padariaestrela.com.br','https://padariaestrela.com.br','2019-03-14 12:01:55','',0,'Padaria Estrela'),(2,'rafaela.m','$P$B7pLq2Wx9Rt4Kz1Nc6Vb3Mf8Hd0Gs5Ya/','rafaela-m','rafaela.mourao@uol.com.br','','2020-08-02 21:14:07','',0,'Rafaela Mourão');
UNLOCK TABLES;

LOCK TABLES \`wp_usermeta\` WRITE;
INSERT INTO \`wp_usermeta\` VALUES (31,2,'nickname','rafaela.m'),(32,2,'first_name','Rafaela'),(33,2,'last_name','Mourão'),(34,2,'billing_phone','(11) 98472-3310'),(35,2,'billing_cpf','318.402.776-05'),(36,2,'billing_city','Campinas'),(37,2,'wp_capabilities','a:1:{s:8:\\"customer\\";b:1;}');
UNLOCK TABLES;

-- usuário: preciso migrar esses clientes para o Shopify. Gera o CSV de clientes a partir desse dump?`,
    // phpass hashes are not secrets, logins and nicenames are handles, the CPF is not among our types; the bakery mailbox is a business address on a real domain.
    expected: [
      ['EMAIL', 'contato@padariaestrela.com.br'],
      ['EMAIL', 'rafaela.mourao@uol.com.br'],
      ['PERSON', 'Rafaela Mourão'],
      ['PERSON', 'Rafaela'],
      ['PERSON', 'Mourão'],
      ['PHONE', '(11) 98472-3310'],
    ],
  },
  {
    name: 'clean mysqldump of reference tables: countries with ISO and dialling codes, currencies, a schema_migrations table of 14-digit versions, and an AUTO_INCREMENT table option',
    text: `-- MySQL dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)
-- Host: db-replica-2    Database: billing

DROP TABLE IF EXISTS \`countries\`;
CREATE TABLE \`countries\` (
  \`iso2\` char(2) NOT NULL,
  \`name\` varchar(80) NOT NULL,
  \`dial_code\` varchar(6) NOT NULL,
  PRIMARY KEY (\`iso2\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO \`countries\` VALUES ('BR','Brazil','+55'),('DE','Germany','+49'),('IN','India','+91'),('MX','Mexico','+52'),('TR','Türkiye','+90'),('ZA','South Africa','+27');

INSERT INTO \`currencies\` VALUES ('BRL','Real',2),('EUR','Euro',2),('INR','Indian Rupee',2),('JPY','Yen',0),('KRW','Won',0);

CREATE TABLE \`schema_migrations\` (\`version\` varchar(255) NOT NULL, PRIMARY KEY (\`version\`)) ENGINE=InnoDB AUTO_INCREMENT=418 DEFAULT CHARSET=utf8mb4;
INSERT INTO \`schema_migrations\` VALUES ('20230914101522'),('20231102083047'),('20240117154410'),('20240311094512');
-- Dump completed on 2024-03-12  3:00:01`,
    // Country and currency rows, dialling codes, migration versions and a dump timestamp: nothing personal.
    expected: [],
  },
  // ---------------------------------------------------------------- SQLite, SQL Server, Oracle
  {
    name: 'Korean SQLite .dump of a school app: PRAGMA and BEGIN TRANSACTION, CREATE TABLE students, INSERT … VALUES with Hangul and romanised names, birth dates, guardian mobiles and Naver e-mails, a 홍길동 test row at example.com with 2000-01-01 and 010-0000-0000, and a Korean request',
    text: `sqlite> .dump students
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE students (id INTEGER PRIMARY KEY, student_no TEXT NOT NULL, name_ko TEXT, name_en TEXT, birth_date TEXT, guardian_phone TEXT, email TEXT);
INSERT INTO students VALUES(1,'2024-3-0117','윤서아','Yoon Seo-a','2010-05-17','010-4821-7730','seoa.yoon10@naver.com');
INSERT INTO students VALUES(2,'2024-3-0118','탁준혁','Tak Jun-hyeok','2010-09-02','010-9174-3028','junhyeok.tak@naver.com');
INSERT INTO students VALUES(3,'2024-3-9999','홍길동','Hong Gil-dong','2000-01-01','010-0000-0000','test@example.com');
CREATE INDEX idx_students_no ON students(student_no);
COMMIT;

이 덤프를 PostgreSQL로 옮기는 마이그레이션 스크립트를 써 줘. 3번은 테스트 데이터니까 빼고.`,
    // 홍길동 is the Korean placeholder name on a test row the user calls test data; student numbers are not ours.
    expected: [
      ['PERSON', '윤서아'],
      ['PERSON', 'Yoon Seo-a'],
      ['DATE_OF_BIRTH', '2010-05-17'],
      ['PHONE', '010-4821-7730'],
      ['EMAIL', 'seoa.yoon10@naver.com'],
      ['PERSON', '탁준혁'],
      ['PERSON', 'Tak Jun-hyeok'],
      ['DATE_OF_BIRTH', '2010-09-02'],
      ['PHONE', '010-9174-3028'],
      ['EMAIL', 'junhyeok.tak@naver.com'],
    ],
  },
  {
    name: 'Polish SQLite .dump of a fitness app cache: a kv table with a device UUID, a sync timestamp, an API base URL, a live refresh token, a LAN printer on 192.168.x and an app version shaped like an IPv4, and a profile row with name, wp.pl e-mail and birth date',
    text: `PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT);
INSERT INTO kv VALUES('device_id','6f1c2e0a-93b4-4d7e-a1f2-0c8b5e3d7a41');
INSERT INTO kv VALUES('last_sync','2024-11-02T08:14:55Z');
INSERT INTO kv VALUES('api_base','https://api.fitpulse.app/v3');
INSERT INTO kv VALUES('refresh_token','${k('rt_live_', '9Qm2Xv7LkT4zWp8Rn3Bc6Fh1Jd5Sa0Ey')}');
INSERT INTO kv VALUES('lan_printer','192.168.1.47');
INSERT INTO kv VALUES('app_version','4.12.0.3');
CREATE TABLE profile (id INTEGER PRIMARY KEY, display_name TEXT, email TEXT, birth_date TEXT, height_cm INTEGER);
INSERT INTO profile VALUES(1,'Zofia Wróblewska','zofia.wroblewska@wp.pl','1995-09-21',168);
COMMIT;

-- user: the app crashes on upgrade from this DB. Explain what the dump holds and which keys the migration must keep.`,
    // The refresh token is a credential; the private LAN address counts; the UUID, timestamp and the version string are not ours.
    expected: [
      ['SECRET', k('rt_live_', '9Qm2Xv7LkT4zWp8Rn3Bc6Fh1Jd5Sa0Ey')],
      ['IP_ADDRESS', '192.168.1.47'],
      ['PERSON', 'Zofia Wróblewska'],
      ['EMAIL', 'zofia.wroblewska@wp.pl'],
      ['DATE_OF_BIRTH', '1995-09-21'],
    ],
  },
  {
    name: "Mexican SSMS \"Generate Scripts\" output: SET IDENTITY_INSERT, INSERT [dbo].[Pacientes] with N'' strings (Nombre, ApellidoPaterno and ApellidoMaterno apart, CURP and RFC, CAST(N'…' AS Date) birth dates, Puebla and Guadalajara phones, e-mails), a Juan Pérez Prueba test row with the generic RFC and 1900-01-01",
    text: `USE [Clinica]
GO
SET IDENTITY_INSERT [dbo].[Pacientes] ON
GO
INSERT [dbo].[Pacientes] ([PacienteId], [Nombre], [ApellidoPaterno], [ApellidoMaterno], [CURP], [RFC], [FechaNacimiento], [Telefono], [Correo], [FechaAlta]) VALUES (1207, N'Ximena', N'Villaseñor', N'Tlapale', N'VITX920314MPLLLM08', N'VITX920314K21', CAST(N'1992-03-14' AS Date), N'+52 222 418 9061', N'ximena.vt@prodigy.net.mx', CAST(N'2023-01-09T10:42:17.000' AS DateTime))
GO
INSERT [dbo].[Pacientes] ([PacienteId], [Nombre], [ApellidoPaterno], [ApellidoMaterno], [CURP], [RFC], [FechaNacimiento], [Telefono], [Correo], [FechaAlta]) VALUES (1208, N'Juan', N'Pérez', N'Prueba', N'XEXX010101HNEXXXA4', N'XAXX010101000', CAST(N'1900-01-01' AS Date), N'55 5555 5555', N'prueba@example.com', CAST(N'2023-01-09T11:00:00.000' AS DateTime))
GO
INSERT [dbo].[Pacientes] ([PacienteId], [Nombre], [ApellidoPaterno], [ApellidoMaterno], [CURP], [RFC], [FechaNacimiento], [Telefono], [Correo], [FechaAlta]) VALUES (1209, N'Héctor', N'Zamudio', N'Ibarra', N'ZAIH581127HJCMBC02', N'ZAIH581127QJ4', CAST(N'1958-11-27' AS Date), N'33 3641 2207', N'hector.zamudio58@gmail.com', CAST(N'2023-01-10T08:05:51.000' AS DateTime))
GO
SET IDENTITY_INSERT [dbo].[Pacientes] OFF
GO

-- usuario: escribe un seed equivalente para PostgreSQL con datos falsos, sin copiar a los pacientes reales.`,
    // Juan Pérez Prueba is a test patient (generic RFC, 1900-01-01, 55 5555 5555, example.com); CURP and RFC are not among our types; FechaAlta is not a birth date.
    expected: [
      ['PERSON', 'Ximena'],
      ['PERSON', 'Villaseñor'],
      ['PERSON', 'Tlapale'],
      ['DATE_OF_BIRTH', '1992-03-14'],
      ['PHONE', '+52 222 418 9061'],
      ['EMAIL', 'ximena.vt@prodigy.net.mx'],
      ['PERSON', 'Héctor'],
      ['PERSON', 'Zamudio'],
      ['PERSON', 'Ibarra'],
      ['DATE_OF_BIRTH', '1958-11-27'],
      ['PHONE', '33 3641 2207'],
      ['EMAIL', 'hector.zamudio58@gmail.com'],
    ],
  },
  {
    name: "SQL Server migration output with Msg 2627 (duplicate primary key value 40017) and Msg 2628 \"String or binary data would be truncated … Truncated value: 'florence.adeyinka-bo'\", the INSERT with N'' name, NHS e-mail and UK mobile, and sqlcmd row counts",
    text: `Changed database context to 'CRM'.
Msg 2627, Level 14, State 1, Server SQLPROD02, Line 7
Violation of PRIMARY KEY constraint 'PK_Contacts'. Cannot insert duplicate key in object 'dbo.Contacts'. The duplicate key value is (40017).
The statement has been terminated.
Msg 2628, Level 16, State 1, Server SQLPROD02, Line 12
String or binary data would be truncated in table 'CRM.dbo.Contacts', column 'Email'. Truncated value: 'florence.adeyinka-bo'.
The statement has been terminated.

-- Line 12 of 0042_backfill_contacts.sql:
INSERT INTO dbo.Contacts (ContactId, FirstName, LastName, Email, Mobile, CreatedUtc)
VALUES (40018, N'Florence', N'Adeyinka-Boateng', N'florence.adeyinka-boateng@nhs.net', N'07384 511 902', SYSUTCDATETIME());

(0 rows affected)

Why is Email truncated at 20 characters? The column was widened to nvarchar(254) in migration 0039.`,
    // The truncated value is a cut-off local part, not an e-mail address; key values and line numbers are not ours.
    expected: [
      ['PERSON', 'Florence'],
      ['PERSON', 'Adeyinka-Boateng'],
      ['EMAIL', 'florence.adeyinka-boateng@nhs.net'],
      ['PHONE', '07384 511 902'],
    ],
  },
  {
    name: 'Oracle SQL*Loader control file for Indian employees with INFILE * and BEGINDATA: pipe-delimited rows with first and last name apart, a quoted given name, DD-MON-YYYY birth dates including an impossible 29-FEB-1989, PAN numbers, +91 and bare mobiles, company e-mails and hire dates',
    text: `-- employees.ctl
LOAD DATA
INFILE *
BADFILE 'employees.bad'
APPEND INTO TABLE hr.employees
FIELDS TERMINATED BY '|' OPTIONALLY ENCLOSED BY '"'
TRAILING NULLCOLS
( emp_no,
  first_name,
  last_name,
  dob        DATE "DD-MON-YYYY",
  pan,
  mobile,
  email,
  hire_date  DATE "DD-MON-YYYY" )
BEGINDATA
100231|Karthikeyan|Subramaniam|14-JUN-1985|AKQPS4821M|+91 98401 22735|karthik.s@sundaramfab.co.in|01-APR-2012
100232|Gurpreet|Dhillon|02-NOV-1990|BHWPD7730K|9876043211|gurpreet.dhillon@sundaramfab.co.in|15-JUL-2016
100233|"Mary Anne"|Fernandes|29-FEB-1989|CJXPF1184Q|+91 99200 48716|mary.fernandes@sundaramfab.co.in|03-JAN-2019`,
    // PAN numbers and employee numbers are not among our types; hire dates are not birth dates.
    expected: [
      ['PERSON', 'Karthikeyan'],
      ['PERSON', 'Subramaniam'],
      ['DATE_OF_BIRTH', '14-JUN-1985'],
      ['PHONE', '+91 98401 22735'],
      ['EMAIL', 'karthik.s@sundaramfab.co.in'],
      ['PERSON', 'Gurpreet'],
      ['PERSON', 'Dhillon'],
      ['DATE_OF_BIRTH', '02-NOV-1990'],
      ['PHONE', '9876043211'],
      ['EMAIL', 'gurpreet.dhillon@sundaramfab.co.in'],
      ['PERSON', 'Mary Anne'],
      ['PERSON', 'Fernandes'],
      ['DATE_OF_BIRTH', '29-FEB-1989'],
      ['PHONE', '+91 99200 48716'],
      ['EMAIL', 'mary.fernandes@sundaramfab.co.in'],
    ],
  },
  {
    name: 'SQL*Loader log and bad file for the same load: "Release 19.0.0.0.0 - Production", "Record 3: Rejected - Error on table HR.EMPLOYEES, column DOB. ORA-01839", row counts, then cat employees.bad with the rejected row, and the question',
    gap: 'Misses the family name Fernandes in the rejected .bad-file row (its columns are named only in the control file, not in this text).',
    text: `SQL*Loader: Release 19.0.0.0.0 - Production on Mon Mar 4 09:12:44 2024
Version 19.21.0.0.0

Control File:   employees.ctl
Data File:      employees.ctl
  Bad File:     employees.bad
  Discard File:  none specified

Record 3: Rejected - Error on table HR.EMPLOYEES, column DOB.
ORA-01839: date not valid for month specified

Table HR.EMPLOYEES:
  2 Rows successfully loaded.
  1 Row not loaded due to data errors.
  0 Rows not loaded because all WHEN clauses were failed.

Run began on Mon Mar 04 09:12:44 2024
Run ended on Mon Mar 04 09:12:45 2024

$ cat employees.bad
100233|"Mary Anne"|Fernandes|29-FEB-1989|CJXPF1184Q|+91 99200 48716|mary.fernandes@sundaramfab.co.in|03-JAN-2019

HR says her passport shows 28 Feb. Should I fix the bad file and reload only record 3, and how?`,
    // Her birth date counts though impossible; the user's "28 Feb" is a day without a year (a correction, spanned no more than any day and month).
    expected: [
      ['PERSON', 'Mary Anne'],
      ['PERSON', 'Fernandes'],
      ['DATE_OF_BIRTH', '29-FEB-1989'],
      ['PHONE', '+91 99200 48716'],
      ['EMAIL', 'mary.fernandes@sundaramfab.co.in'],
    ],
  },
  // ---------------------------------------------------------------- MongoDB, Elasticsearch
  {
    name: 'Brazilian mongoexport with the password in the --uri, then JSON lines with $oid, nome, e-mail, +55 mobile, dataNascimento as $date, endereço and criadoEm, a Cliente Teste line at example.com, and the tool log with the URI redacted',
    text: `$ mongoexport --uri="mongodb+srv://exporter:${k('Lj8', '#vQ2', 'tRz!', 'm4Pw')}@cluster0.x7k2q.mongodb.net/loja" --collection=clientes --limit=3
2024-03-01T10:14:22.518-0300\tconnected to: mongodb+srv://[**REDACTED**]@cluster0.x7k2q.mongodb.net/loja
{"_id":{"$oid":"65a1f0c2e4b0a91d7c3f2e10"},"nome":"Thiago Bezerra Lins","email":"thiago.lins@bol.com.br","telefone":"+55 81 99734-2081","dataNascimento":{"$date":"1988-06-09T00:00:00.000Z"},"endereco":{"cidade":"Recife","uf":"PE"},"criadoEm":{"$date":"2023-11-20T13:05:41.218Z"}}
{"_id":{"$oid":"65a1f0c2e4b0a91d7c3f2e11"},"nome":"Ana Clara Figueiredo","email":"anaclara.fig@gmail.com","telefone":"(21) 98810-4472","dataNascimento":{"$date":"1999-01-30T00:00:00.000Z"},"endereco":{"cidade":"Niterói","uf":"RJ"},"criadoEm":{"$date":"2023-11-21T08:47:02.003Z"}}
{"_id":{"$oid":"65a1f0c2e4b0a91d7c3f2e12"},"nome":"Cliente Teste","email":"teste@example.com","telefone":null,"dataNascimento":null,"endereco":null,"criadoEm":{"$date":"2023-11-21T09:00:00.000Z"}}
2024-03-01T10:14:22.771-0300\texported 3 records

-- usuário: escreva um script que importe isso no Postgres, convertendo $date para date.`,
    // A birth date stored as a midnight $date is spanned as its date part; the password alone is the secret; ObjectIds and criadoEm are not ours.
    expected: [
      ['SECRET', k('Lj8', '#vQ2', 'tRz!', 'm4Pw')],
      ['PERSON', 'Thiago Bezerra Lins'],
      ['EMAIL', 'thiago.lins@bol.com.br'],
      ['PHONE', '+55 81 99734-2081'],
      ['DATE_OF_BIRTH', '1988-06-09'],
      ['PERSON', 'Ana Clara Figueiredo'],
      ['EMAIL', 'anaclara.fig@gmail.com'],
      ['PHONE', '(21) 98810-4472'],
      ['DATE_OF_BIRTH', '1999-01-30'],
    ],
  },
  {
    name: 'clean mongoexport of an events collection: $oid ids, $date timestamps, $numberLong counters, an appVersion shaped like an IPv4, a loopback ingest host, SHA-1 device hashes and a feature-flag map',
    text: `$ mongoexport --db=telemetry --collection=events --query='{"type":"app_open"}' --limit=3 --host=127.0.0.1:27017
{"_id":{"$oid":"6650b2e1f0a4c93d2e8b7711"},"type":"app_open","deviceHash":"3f9a1c07e2b4d8a6c5f0e19b7d2a4c8e6f1b3d5a","appVersion":"5.2.0.14","ingestHost":"127.0.0.1","ts":{"$date":"2024-05-24T06:01:13.402Z"},"sessions":{"$numberLong":"1842"},"flags":{"newOnboarding":true,"darkMode":false}}
{"_id":{"$oid":"6650b2e1f0a4c93d2e8b7712"},"type":"app_open","deviceHash":"a07d5e2c9b1f4a8e3c6d0b7f2e5a9c1d4b8f6e3a","appVersion":"5.2.0.14","ingestHost":"127.0.0.1","ts":{"$date":"2024-05-24T06:01:15.118Z"},"sessions":{"$numberLong":"3"},"flags":{"newOnboarding":true,"darkMode":true}}
{"_id":{"$oid":"6650b2e1f0a4c93d2e8b7713"},"type":"app_open","deviceHash":"c4e8a1f7d3b0c6e9a2f5d8b1e4c7a0f3d6b9e2c5","appVersion":"5.1.9.2","ingestHost":"127.0.0.1","ts":{"$date":"2024-05-24T06:01:19.877Z"},"sessions":{"$numberLong":"77"},"flags":{"newOnboarding":false,"darkMode":false}}
2024-05-24T09:30:02.114+0000\texported 3 records

-- user: explain this export and suggest a BigQuery schema for it.`,
    // ObjectIds, hashes, version strings, loopback and timestamps: nothing personal.
    expected: [],
  },
  {
    name: 'Polish Elasticsearch bulk load: curl with an Authorization: ApiKey header, then NDJSON action and source lines of support tickets (customer name, Onet and Gmail e-mails, a +48 mobile, a public and a private client IP, an IBAN in the ticket body, created_at)',
    text: `$ curl -s -H "Authorization: ApiKey ${k('VnVhQ2ZHY0JDZGJr', 'UW0tZTVhT3g6dWkybHAyYXhU', 'TlFEcEZKZ0wxc1dsZw==')}" -H "Content-Type: application/x-ndjson" -XPOST "https://es-prod.internal:9200/_bulk?refresh=wait_for" --data-binary @tickets.ndjson

$ head -4 tickets.ndjson
{ "index": { "_index": "tickets-2024.05", "_id": "TCK-884120" } }
{ "subject": "Zwrot za zamówienie 5540981", "customer": { "name": "Bartłomiej Szczepański", "email": "b.szczepanski@onet.pl", "phone": "+48 601 482 337" }, "client_ip": "83.24.117.9", "body": "Proszę o zwrot na konto PL84114020040000320281736514, paczka wróciła 12.05.", "created_at": "2024-05-14T09:12:01Z" }
{ "index": { "_index": "tickets-2024.05", "_id": "TCK-884121" } }
{ "subject": "Nie mogę się zalogować", "customer": { "name": "Agnieszka Wójcik-Nowak", "email": "agnieszka.wn@gmail.com", "phone": null }, "client_ip": "10.12.4.77", "body": "Od wczoraj aplikacja wyrzuca błąd 502.", "created_at": "2024-05-14T09:15:48Z" }

Why does the response say "errors": false but only half the documents are searchable?`,
    // The API key is a secret; the private client IP counts; ticket ids, order numbers and the return date are not ours.
    expected: [
      ['SECRET', k('VnVhQ2ZHY0JDZGJr', 'UW0tZTVhT3g6dWkybHAyYXhU', 'TlFEcEZKZ0wxc1dsZw==')],
      ['PERSON', 'Bartłomiej Szczepański'],
      ['EMAIL', 'b.szczepanski@onet.pl'],
      ['PHONE', '+48 601 482 337'],
      ['IP_ADDRESS', '83.24.117.9'],
      ['IBAN', 'PL84114020040000320281736514'],
      ['PERSON', 'Agnieszka Wójcik-Nowak'],
      ['EMAIL', 'agnieszka.wn@gmail.com'],
      ['IP_ADDRESS', '10.12.4.77'],
    ],
  },
  {
    name: 'Japanese Elasticsearch bulk response with "errors": true: a document_parsing_exception on birth_date quoting the impossible 1985/13/02 in its reason, the failing source document (kanji and katakana name, docomo e-mail, mobile), and a Japanese question',
    text: `{"took":12,"errors":true,"items":[{"index":{"_index":"members-v3","_id":"M-20931","status":400,"error":{"type":"document_parsing_exception","reason":"[1:74] failed to parse field [birth_date] of type [date] in document with id 'M-20931'. Preview of field's value: '1985/13/02'","caused_by":{"type":"illegal_argument_exception","reason":"failed to parse date field [1985/13/02] with format [yyyy/MM/dd]"}}}},{"index":{"_index":"members-v3","_id":"M-20932","_version":1,"result":"created","status":201}}]}

元のドキュメント (M-20931):
{"name":"佐々木 美穂","name_kana":"ササキ ミホ","birth_date":"1985/13/02","email":"miho.sasaki@docomo.ne.jp","tel":"090-4417-2863","member_since":"2019/04/01"}

月と日が入れ替わっているようです。取り込み前にどう補正すればよいですか？`,
    // The impossible birth date counts each time it is quoted; the katakana reading is her name too; member_since is not a birth date.
    expected: [
      ['DATE_OF_BIRTH', '1985/13/02'],
      ['DATE_OF_BIRTH', '1985/13/02'],
      ['PERSON', '佐々木 美穂'],
      ['PERSON', 'ササキ ミホ'],
      ['DATE_OF_BIRTH', '1985/13/02'],
      ['EMAIL', 'miho.sasaki@docomo.ne.jp'],
      ['PHONE', '090-4417-2863'],
    ],
  },
  // ---------------------------------------------------------------- BigQuery, Redshift
  {
    name: 'US health-plan bq head output: an ASCII table of member ids, first and last name apart, dob and full SSNs, plan codes, and a Test Member row with 1900-01-01 and 123-45-6789',
    text: `$ bq head -n 3 --selected_fields=member_id,first_name,last_name,dob,ssn,plan_code clinical.members
+-----------+------------+-----------+------------+-------------+-----------+
| member_id | first_name | last_name |    dob     |     ssn     | plan_code |
+-----------+------------+-----------+------------+-------------+-----------+
| W41820937 | Earlene    | Broussard | 1957-04-02 | 433-71-0928 | HMO-GOLD  |
| W41820938 | Tuan       | Nguyen    | 1969-12-19 | 521-40-3367 | PPO-SLV   |
| W41820939 | Test       | Member    | 1900-01-01 | 123-45-6789 | TEST      |
+-----------+------------+-----------+------------+-------------+-----------+

Write a dbt seed that looks like this table but with fake members, for the CI dataset.`,
    // The Test Member row is a placeholder (1900-01-01, 123-45-6789); member ids and plan codes are not ours.
    expected: [
      ['PERSON', 'Earlene'],
      ['PERSON', 'Broussard'],
      ['DATE_OF_BIRTH', '1957-04-02'],
      ['US_SSN', '433-71-0928'],
      ['PERSON', 'Tuan'],
      ['PERSON', 'Nguyen'],
      ['DATE_OF_BIRTH', '1969-12-19'],
      ['US_SSN', '521-40-3367'],
    ],
  },
  {
    name: 'clean bq show --schema --format=prettyjson output: fields named email, phone_e164, date_of_birth, ssn_last4 and ip with descriptions and policy tags, nested address RECORD, and a question about partitioning',
    text: `$ bq show --schema --format=prettyjson acme-data:crm.customers
[
  {"name": "customer_id", "type": "STRING", "mode": "REQUIRED", "description": "UUID v4"},
  {"name": "email", "type": "STRING", "mode": "NULLABLE", "description": "Lower-cased login e-mail", "policyTags": {"names": ["projects/acme-data/locations/us/taxonomies/4471/policyTags/912"]}},
  {"name": "phone_e164", "type": "STRING", "mode": "NULLABLE", "description": "E.164, e.g. +1XXXXXXXXXX"},
  {"name": "date_of_birth", "type": "DATE", "mode": "NULLABLE", "policyTags": {"names": ["projects/acme-data/locations/us/taxonomies/4471/policyTags/913"]}},
  {"name": "ssn_last4", "type": "STRING", "mode": "NULLABLE"},
  {"name": "signup_ip", "type": "STRING", "mode": "NULLABLE", "description": "IPv4 or IPv6 as seen by the edge"},
  {"name": "address", "type": "RECORD", "mode": "NULLABLE", "fields": [
    {"name": "line1", "type": "STRING"}, {"name": "city", "type": "STRING"}, {"name": "state", "type": "STRING"}, {"name": "zip5", "type": "STRING"}
  ]},
  {"name": "created_at", "type": "TIMESTAMP", "mode": "REQUIRED"}
]

Should I partition this by created_at or cluster by state?`,
    // Field names, descriptions, a placeholder E.164 pattern and policy-tag paths: nothing personal.
    expected: [],
  },
  {
    name: 'US bq load failing on a US-format birth date: "Could not parse \'07/31/1990\' as DATE for field date_of_birth", the bqjob id, then gsutil cat of the CSV head with first and last name apart, Yahoo and Comcast e-mails, MM/DD/YYYY birth dates and states',
    text: `$ bq load --source_format=CSV --skip_leading_rows=1 crm.leads gs://acme-landing/leads/2024-07-01.csv ./leads_schema.json
Upload complete.
Waiting on bqjob_r5c1e7a0b2f43d9_00000190a3c2f1e8_1 ... (2s) Current status: DONE
BigQuery error in load operation: Error processing job 'acme-data:bqjob_r5c1e7a0b2f43d9_00000190a3c2f1e8_1': Error while reading data, error message: CSV table encountered too many errors, giving up. Rows: 1; errors: 1. Please look into the errors[] collection for more details.
Failure details:
- gs://acme-landing/leads/2024-07-01.csv: Error while reading data, error message: Could not parse '07/31/1990' as DATE for field date_of_birth (position 4) starting at location 62 with message 'Unable to parse'

$ gsutil cat gs://acme-landing/leads/2024-07-01.csv | head -3
lead_id,first_name,last_name,email,date_of_birth,state
L-55012,Shaniqua,Broadnax,shaniqua.broadnax@yahoo.com,07/31/1990,GA
L-55013,Rhett,Vandergriff,rvandergriff@comcast.net,11/02/1984,TN

How do I make bq accept MM/DD/YYYY here without preprocessing the file?`,
    // The quoted value is the first lead's birth date; job ids and lead ids are not ours.
    expected: [
      ['DATE_OF_BIRTH', '07/31/1990'],
      ['PERSON', 'Shaniqua'],
      ['PERSON', 'Broadnax'],
      ['EMAIL', 'shaniqua.broadnax@yahoo.com'],
      ['DATE_OF_BIRTH', '07/31/1990'],
      ['PERSON', 'Rhett'],
      ['PERSON', 'Vandergriff'],
      ['EMAIL', 'rvandergriff@comcast.net'],
      ['DATE_OF_BIRTH', '11/02/1984'],
    ],
  },
  {
    name: 'Redshift stl_load_errors in psql expanded mode: starttime, an S3 filename, line number, colname annual_income, "Invalid digit, Value \',\'" and a pipe-delimited raw_line of a loan application (names, e-mail, New Orleans phone, US birth date, SSN, income)',
    text: `dev=# \\x
Expanded display is on.
dev=# SELECT starttime, filename, line_number, colname, type, raw_field_value, err_reason, raw_line FROM stl_load_errors ORDER BY starttime DESC LIMIT 1;
-[ RECORD 1 ]---+------------------------------------------------------------------------------------------------
starttime       | 2024-08-19 04:12:33.518204
filename        | s3://lendly-raw/applications/2024/08/19/part-0003.csv.gz
line_number     | 1187
colname         | annual_income
type            | int4
raw_field_value | 84,500
err_reason      | Invalid digit, Value ',', Pos 2, Type: Integer
raw_line        | APP-7730142|Lakeisha|Fontenot|lakeisha.fontenot@gmail.com|(504) 388-2917|04/18/1983|437-22-8104|84,500

Why does COPY choke on the income column? The upstream team says the file is clean.`,
    // The raw line is one applicant's record; the application id, line number and starttime are not ours.
    expected: [
      ['PERSON', 'Lakeisha'],
      ['PERSON', 'Fontenot'],
      ['EMAIL', 'lakeisha.fontenot@gmail.com'],
      ['PHONE', '(504) 388-2917'],
      ['DATE_OF_BIRTH', '04/18/1983'],
      ['US_SSN', '437-22-8104'],
    ],
  },
  {
    name: 'Redshift COPY with inline CREDENTIALS (an AWS access key id and secret access key) failing with S3ServiceException InvalidAccessKeyId, request ids, and a question about switching to IAM_ROLE',
    text: `COPY analytics.events
FROM 's3://acme-events-raw/2024/06/'
CREDENTIALS 'aws_access_key_id=${k('AKIA', 'QX7TZ2RLW5KPN3VM')};aws_secret_access_key=${k('wJx9Lq2Vt7', 'Rk4Zp8Nc3Bd6Fg1Hj5Sa', '0EyXm2Ku9Pw4')}'
FORMAT AS JSON 'auto'
GZIP
REGION 'us-east-1';

ERROR:  S3ServiceException:The AWS Access Key Id you provided does not exist in our records.,Status 403,Error InvalidAccessKeyId,Rid 7X2M9Q4K1B8V3N6C,ExtRid kT5pWq9ZxR2vLm8N,CanRetry 1
DETAIL:
  -----------------------------------------------
  error:  S3ServiceException:The AWS Access Key Id you provided does not exist in our records.
  code:      8001
  context:   Listing bucket=acme-events-raw prefix=2024/06/
  query:     4418207
  location:  s3_utility.cpp:688
  process:   padbmaster [pid=30177]
  -----------------------------------------------

Should I switch this to IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftCopy'? What else changes?`,
    // Both halves of the key pair are credentials; request ids, the query id, the pid and the example role ARN are not ours.
    expected: [
      ['SECRET', k('AKIA', 'QX7TZ2RLW5KPN3VM')],
      ['SECRET', k('wJx9Lq2Vt7', 'Rk4Zp8Nc3Bd6Fg1Hj5Sa', '0EyXm2Ku9Pw4')],
    ],
  },
  // ---------------------------------------------------------------- ORM seeds and fixtures
  {
    name: 'Prisma seed.ts: an admin upserted with a real company e-mail and name and a bcrypt.hash of a strong literal password, a demo user at example.com with password123, and an integration row with a Stripe test secret key and a webhook signing secret; "write a seed like this for Org"',
    text: `// prisma/seed.ts
import { PrismaClient, Role } from '@prisma/client';
import bcrypt from 'bcryptjs';

const prisma = new PrismaClient();

async function main() {
  const adminPassword = await bcrypt.hash('${k('Gx7!qTz2', '#Lw9vRk')}', 12);
  await prisma.user.upsert({
    where: { email: 'nadia.okafor@brightledger.io' },
    update: {},
    create: { email: 'nadia.okafor@brightledger.io', name: 'Nadia Okafor', role: Role.ADMIN, passwordHash: adminPassword },
  });
  await prisma.user.upsert({
    where: { email: 'demo@example.com' },
    update: {},
    create: { email: 'demo@example.com', name: 'Demo User', role: Role.VIEWER, passwordHash: await bcrypt.hash('password123', 12) },
  });
  await prisma.integration.create({
    data: { provider: 'stripe', secretKey: '${k('sk_test_', '51NqX8vLk2Tz7Wp4Rn9Bc3Fh6Jd1Sa0Ey5Km8Vx2Lq7Tz4Wp9Rn3Bc6Fh1Jd00Qm4Xv7Lk')}', webhookSecret: '${k('whsec_', 'Rk4Zp8Nc3Bd6Fg1Hj5Sa0EyXm2Ku9Pw4')}' },
  });
}

main().finally(() => prisma.$disconnect());

// user: write a seed like this for the Org model (name, slug, plan), with two orgs.`,
    // The strong literal password and both Stripe secrets are secrets, password123 is a placeholder; the demo user at example.com is not ours.
    expected: [
      ['SECRET', k('Gx7!qTz2', '#Lw9vRk')],
      ['EMAIL', 'nadia.okafor@brightledger.io'],
      ['EMAIL', 'nadia.okafor@brightledger.io'],
      ['PERSON', 'Nadia Okafor'],
      ['SECRET', k('sk_test_', '51NqX8vLk2Tz7Wp4Rn9Bc3Fh6Jd1Sa0Ey5Km8Vx2Lq7Tz4Wp9Rn3Bc6Fh1Jd00Qm4Xv7Lk')],
      ['SECRET', k('whsec_', 'Rk4Zp8Nc3Bd6Fg1Hj5Sa0EyXm2Ku9Pw4')],
    ],
  },
  {
    name: 'clean Prisma seed with Faker: faker.seed(42), createMany of 200 patients from faker.person and faker.internet calls, faker.date.birthdate, an admin e-mail from process.env with an example.com fallback, and a count log',
    text: `// prisma/seed.ts
import { faker } from '@faker-js/faker/locale/en_GB';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
faker.seed(42);

async function main() {
  const adminEmail = process.env.SEED_ADMIN_EMAIL ?? 'admin@example.com';
  await prisma.user.upsert({ where: { email: adminEmail }, update: {}, create: { email: adminEmail, role: 'ADMIN' } });

  await prisma.patient.createMany({
    data: Array.from({ length: 200 }, () => ({
      givenName: faker.person.firstName(),
      familyName: faker.person.lastName(),
      email: faker.internet.email({ provider: 'example.org' }),
      phone: faker.phone.number({ style: 'national' }),
      dateOfBirth: faker.date.birthdate({ min: 18, max: 90, mode: 'age' }),
      nhsNumber: faker.string.numeric(10),
    })),
  });
  console.log(\`seeded \${await prisma.patient.count()} patients\`);
}

main().finally(() => prisma.$disconnect());

// user: the seed is slow in CI (40 s). Can createMany be batched, or should I use COPY?`,
    // Faker calls, an env lookup with an example.com fallback and a seed number: nothing personal.
    expected: [],
  },
  {
    name: 'South African Django JSON fixture: auth.user objects with pbkdf2_sha256 password hashes, usernames, first and last name apart (a name with "van der"), company and Telkom e-mails, and members.profile objects with SA ID numbers, birth dates and mobiles; loaddata failing with IntegrityError',
    text: `$ python manage.py loaddata fixtures/staff_2024.json
django.db.utils.IntegrityError: Problem installing fixture 'fixtures/staff_2024.json': Could not load members.Profile(pk=15): UNIQUE constraint failed: members_profile.user_id

$ cat fixtures/staff_2024.json
[
{"model": "auth.user", "pk": 14, "fields": {"password": "pbkdf2_sha256$600000$Qm7XvK2pLt9Rz4Wn$Z3kqP8vLx2Tz7Wm4Rn9Bc3Fh6Jd1Sa0EyKu5Pw8Vx2L=", "last_login": "2024-02-19T07:41:12Z", "is_superuser": false, "username": "thandeka.m", "first_name": "Thandeka", "last_name": "Mthembu", "email": "thandeka.mthembu@ubuntuhealth.co.za", "is_staff": true, "is_active": true, "date_joined": "2021-08-03T09:00:00Z", "groups": [2], "user_permissions": []}},
{"model": "members.profile", "pk": 14, "fields": {"user": 14, "id_number": "8704150231086", "date_of_birth": "1987-04-15", "mobile": "+27 82 441 7093", "home_language": "isiZulu"}},
{"model": "auth.user", "pk": 15, "fields": {"password": "pbkdf2_sha256$600000$Lt9Rz4WnQm7XvK2p$Wm4Rn9Bc3Fh6Jd1Sa0EyKu5Pw8Vx2LZ3kqP8vLx2Tz7=", "last_login": null, "is_superuser": false, "username": "pieter.vdm", "first_name": "Pieter", "last_name": "van der Merwe", "email": "pvdmerwe@telkomsa.net", "is_staff": false, "is_active": true, "date_joined": "2022-01-10T12:30:00Z", "groups": [], "user_permissions": []}},
{"model": "members.profile", "pk": 15, "fields": {"user": 15, "id_number": "6211305087083", "date_of_birth": "1962-11-30", "mobile": "083 270 5514", "home_language": "Afrikaans"}}
]

Why does the profile for pk 15 clash? There is a post_save signal that creates profiles.`,
    // pbkdf2 hashes are not secrets; usernames are handles; SA ID numbers are not among our types; last_login and date_joined are not birth dates.
    expected: [
      ['PERSON', 'Thandeka'],
      ['PERSON', 'Mthembu'],
      ['EMAIL', 'thandeka.mthembu@ubuntuhealth.co.za'],
      ['DATE_OF_BIRTH', '1987-04-15'],
      ['PHONE', '+27 82 441 7093'],
      ['PERSON', 'Pieter'],
      ['PERSON', 'van der Merwe'],
      ['EMAIL', 'pvdmerwe@telkomsa.net'],
      ['DATE_OF_BIRTH', '1962-11-30'],
      ['PHONE', '083 270 5514'],
    ],
  },
  {
    name: 'clean Django YAML fixture: sites.site with example.com, flatpages with a Dr. Seuss reading-week title, catalogue categories and a shipping zone, created dates and a "ProductCategory matching query does not exist" question',
    text: `# catalogue/fixtures/initial.yaml
- model: sites.site
  pk: 1
  fields: {domain: shop.example.com, name: Example Shop}
- model: flatpages.flatpage
  pk: 3
  fields:
    url: /reading-week/
    title: Dr. Seuss Reading Week – 20% off picture books
    content: <p>Offer runs 2024-03-02 to 2024-03-09.</p>
    sites: [1]
- model: catalogue.productcategory
  pk: 10
  fields: {name: Picture books, slug: picture-books, parent: null, created: 2023-11-02}
- model: catalogue.productcategory
  pk: 11
  fields: {name: Graphic novels, slug: graphic-novels, parent: null, created: 2023-11-02}
- model: shipping.zone
  pk: 1
  fields: {name: UK mainland, countries: [GB], price_gbp: '3.95'}

# user: loaddata initial works locally, but in CI the products fixture fails with "ProductCategory matching query does not exist". Order problem?`,
    // A placeholder domain, a promotion named after an author, slugs, prices and dates: nothing personal.
    expected: [],
  },
  {
    name: 'German Rails test fixtures users.yml: ERB password_digest for a david fixture at example.com, then a record "copied from prod to reproduce #4471" with a full name, T-Online e-mail, Stuttgart landline, born_on, a bcrypt digest and a last_sign_in_ip',
    text: `# test/fixtures/users.yml
david:
  name: David Test
  email: david@example.com
  password_digest: <%= BCrypt::Password.create('password') %>
  born_on: 1980-01-01
  locale: en

# copied from prod to reproduce #4471 (Umlaut in name breaks PDF export) – TODO replace before merge
margarethe:
  name: Margarethe Vöhringer
  email: m.voehringer@t-online.de
  phone: "+49 711 2849330"
  password_digest: "$2a$12$Kq8vLx2Tz7Wm4Rn9Bc3FhO6Jd1Sa0EyKu5Pw8Vx2LZ3kqP8vLx2T"
  born_on: 1949-03-08
  locale: de
  last_sign_in_ip: 84.151.22.193
  created_at: <%= 3.years.ago %>

# user: how do I reproduce #4471 without real data? Write a fixture with a synthetic name that still has ä, ö and ß.`,
    // The david fixture is a placeholder; the copied record is a real customer; the bcrypt digest is not a secret.
    expected: [
      ['PERSON', 'Margarethe Vöhringer'],
      ['EMAIL', 'm.voehringer@t-online.de'],
      ['PHONE', '+49 711 2849330'],
      ['DATE_OF_BIRTH', '1949-03-08'],
      ['IP_ADDRESS', '84.151.22.193'],
    ],
  },
  {
    name: 'UK Rails db/seeds.rb with a live Stripe key assigned inline, a SendGrid API key stored in a Setting row, an ops mailbox admin whose password comes from ENV.fetch, and plans seeded from a word list',
    text: `# db/seeds.rb
Stripe.api_key = '${k('sk_live_', '51Hx2Lq7Tz4Wp9Rn3Bc6Fh1Jd5Sa0EyKm8Vx2Lq7Tz4Wp9Rn3Bc6Fh1Jd5Sa0Ey00Xm2Ku9Pw')}'

Setting.find_or_create_by!(key: 'sendgrid_api_key') do |s|
  s.value = '${k('SG.', 'Xp7Ru2Oi8Mk4Nb6T3blbkF', '.', 'Jv9Qc1Wd5Ze3Ay7Lh2Gs8Tf4Ux6Rk0Mp9Nc3Bd6FgH2')}'
end

admin = User.find_or_create_by!(email: 'ops@lumenfield.co.uk') do |u|
  u.name = 'Operations'
  u.password = ENV.fetch('SEED_ADMIN_PASSWORD')
  u.admin = true
end

%w[Starter Growth Enterprise].each_with_index do |name, i|
  Plan.find_or_create_by!(name: name) { |p| p.position = i }
end

puts "Seeded #{User.count} users, #{Plan.count} plans"

# user: rails db:seed works locally but Heroku release fails with KeyError: key not found: "SEED_ADMIN_PASSWORD". Fix?`,
    // Both keys are secrets; the team mailbox on a real domain counts; ENV.fetch is a lookup, not a password.
    expected: [
      ['SECRET', k('sk_live_', '51Hx2Lq7Tz4Wp9Rn3Bc6Fh1Jd5Sa0EyKm8Vx2Lq7Tz4Wp9Rn3Bc6Fh1Jd5Sa0Ey00Xm2Ku9Pw')],
      ['SECRET', k('SG.', 'Xp7Ru2Oi8Mk4Nb6T3blbkF', '.', 'Jv9Qc1Wd5Ze3Ay7Lh2Gs8Tf4Ux6Rk0Mp9Nc3Bd6FgH2')],
      ['EMAIL', 'ops@lumenfield.co.uk'],
    ],
  },
  {
    name: "Turkish Laravel UserFactory with fake('tr_TR') calls and Hash::make('password'), then a DatabaseSeeder creating a named ops manager with a company e-mail, a strong Hash::make literal, a +90 mobile and a TR IBAN for payouts",
    text: `<?php
// database/factories/UserFactory.php
class UserFactory extends Factory
{
    protected static ?string $password;

    public function definition(): array
    {
        return [
            'name' => fake('tr_TR')->name(),
            'email' => fake()->unique()->safeEmail(),
            'email_verified_at' => now(),
            'password' => static::$password ??= Hash::make('password'),
            'remember_token' => Str::random(10),
        ];
    }
}

// database/seeders/DatabaseSeeder.php
class DatabaseSeeder extends Seeder
{
    public function run(): void
    {
        User::factory(50)->create();

        User::factory()->create([
            'name' => 'Ayşe Nur Karakaya',
            'email' => 'aysenur.karakaya@anadolukargo.com.tr',
            'password' => Hash::make('${k('Kq9!mZ2v', '#Tr7Lx')}'),
            'phone' => '+90 532 418 27 61',
            'payout_iban' => 'TR330001000201583420495167',
        ]);
    }
}

// kullanıcı: php artisan db:seed iki kez çalışınca unique hatası veriyor. firstOrCreate ile nasıl yazarım?`,
    // Hash::make('password') is a placeholder; the strong literal is a secret; fake() calls are not data.
    expected: [
      ['PERSON', 'Ayşe Nur Karakaya'],
      ['EMAIL', 'aysenur.karakaya@anadolukargo.com.tr'],
      ['SECRET', k('Kq9!mZ2v', '#Tr7Lx')],
      ['PHONE', '+90 532 418 27 61'],
      ['IBAN', 'TR330001000201583420495167'],
    ],
  },
  {
    name: 'Turkish Laravel seeder crash: UniqueConstraintViolationException with SQLSTATE[23000] 1062 "Duplicate entry" quoting an e-mail, the bound SQL with name, e-mail, 0555 mobile, birth date, a $2y$ bcrypt hash and timestamps, and the seeder frame',
    text: `   Illuminate\\Database\\UniqueConstraintViolationException

  SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'emre.yildirim@gmail.com' for key 'users.users_email_unique' (Connection: mysql, SQL: insert into \`users\` (\`name\`, \`email\`, \`phone\`, \`birth_date\`, \`password\`, \`updated_at\`, \`created_at\`) values (Emre Yıldırım, emre.yildirim@gmail.com, 0555 318 42 07, 1993-07-21, $2y$12$Wm4Rn9Bc3Fh6Jd1Sa0EyKuQ5Pw8Vx2LZ3kqP8vLx2Tz7Kq9mZ2vTr7, 2024-10-03 11:20:45, 2024-10-03 11:20:45))

  at vendor/laravel/framework/src/Illuminate/Database/Connection.php:813
    809▕                     $this->getName(), $query, $this->prepareBindings($bindings), $e
    810▕                 );
    811▕             }
    812▕
  ➜ 813▕             throw new QueryException(

      +8 vendor frames
  9   database/seeders/CustomerSeeder.php:31

Bu müşteri zaten var; seeder'ı nasıl idempotent yaparım?`,
    // The bcrypt hash is not a secret; timestamps and line numbers are not ours.
    expected: [
      ['EMAIL', 'emre.yildirim@gmail.com'],
      ['PERSON', 'Emre Yıldırım'],
      ['EMAIL', 'emre.yildirim@gmail.com'],
      ['PHONE', '0555 318 42 07'],
      ['DATE_OF_BIRTH', '1993-07-21'],
    ],
  },
  // ---------------------------------------------------------------- Liquibase, Flyway, Alembic, Knex
  {
    name: 'Polish Liquibase changelog with loadData (separator ";", column types for pesel, birth_date and iban) by a developer handle, and the CSV it loads: imię and nazwisko apart, PESEL, birth dates, company e-mails, +48 mobiles, PL IBANs, and a Jan Testowy placeholder row',
    text: `<!-- db/changelog/2024/03/load-employees.xml -->
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <changeSet id="2024-03-11-load-employees" author="mkowalczyk">
    <loadData tableName="employees" file="db/data/employees.csv" separator=";" encoding="UTF-8">
      <column name="pesel" type="STRING"/>
      <column name="birth_date" type="DATE"/>
      <column name="iban" type="STRING"/>
    </loadData>
  </changeSet>
</databaseChangeLog>

db/data/employees.csv:
imie;nazwisko;pesel;birth_date;email;telefon;iban
Krzysztof;Zieliński-Bąk;88071403517;1988-07-14;k.zielinski@polmetal.pl;+48 512 730 418;PL56102055581111183749205531
Halina;Grzybowska;59120807264;1959-12-08;h.grzybowska@polmetal.pl;603 118 925;PL15193750000000002047716108
Jan;Testowy;00000000000;2000-01-01;jan.testowy@example.com;000 000 000;

Pytanie: czy da się zrobić z tego changeset, który na produkcji nie ładuje wiersza testowego?`,
    // The changeSet author is a developer handle; PESEL numbers are not among our types; the Jan Testowy row is a placeholder.
    expected: [
      ['PERSON', 'Krzysztof'],
      ['PERSON', 'Zieliński-Bąk'],
      ['DATE_OF_BIRTH', '1988-07-14'],
      ['EMAIL', 'k.zielinski@polmetal.pl'],
      ['PHONE', '+48 512 730 418'],
      ['IBAN', 'PL56102055581111183749205531'],
      ['PERSON', 'Halina'],
      ['PERSON', 'Grzybowska'],
      ['DATE_OF_BIRTH', '1959-12-08'],
      ['EMAIL', 'h.grzybowska@polmetal.pl'],
      ['PHONE', '603 118 925'],
      ['IBAN', 'PL15193750000000002047716108'],
    ],
  },
  {
    name: 'clean Liquibase update output: "Validation Failed: 1 changesets check sum" with two MD5 checksums (9:…), the changeset path::id::author, Liquibase Version 4.27.0 banner lines and a question about validCheckSum',
    text: `$ liquibase update --changelog-file=db/changelog/db.changelog-master.xml
####################################################
##   _     _             _ _                      ##
##  | |   (_)           (_) |                     ##
##  | |    _  __ _ _   _ _| |__   __ _ ___  ___   ##
####################################################
Starting Liquibase at 09:41:07 (version 4.27.0 #1525 built at 2024-03-25 17:08+0000)
Liquibase Version: 4.27.0

ERROR: Exception Primary Class:  ValidationFailedException
ERROR: Exception Primary Reason:  Validation Failed:
     1 changesets check sum
          db/changelog/2024/03/load-employees.xml::2024-03-11-load-employees::mkowalczyk was: 9:3c1f8e0a7b2d4c6e9f1a5b3d7c2e8f40 but is now: 9:a41d7e2c9b0f3a6e8d5c1b7f4e2a9c63

Unexpected error running Liquibase: Validation Failed:
     1 changesets check sum

I only fixed a typo in the CSV. Is <validCheckSum> the right fix or should I clear the checksums?`,
    // Checksums, a developer handle in a changeset id, versions and times: nothing personal.
    expected: [],
  },
  {
    name: 'clean Flyway repeatable seed R__reference_data.sql: INSERT … ON CONFLICT of plan tiers and feature flags with semver strings, then flyway info with versions, checksums, installed-on timestamps and states',
    text: `-- db/migration/R__reference_data.sql  (re-applied whenever its checksum changes)
INSERT INTO plan_tier (code, name, monthly_price_eur, seats) VALUES
  ('FREE', 'Free', 0, 1),
  ('TEAM', 'Team', 49, 10),
  ('ENT', 'Enterprise', 0, NULL)
ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, monthly_price_eur = EXCLUDED.monthly_price_eur, seats = EXCLUDED.seats;

INSERT INTO feature_flag (key, min_client_version, enabled) VALUES
  ('new_billing', '3.14.0', true),
  ('sso_saml', '3.9.2', false)
ON CONFLICT (key) DO NOTHING;

$ flyway info
Flyway OSS Edition 10.11.0 by Redgate
+------------+---------+-----------------------+------+---------------------+---------+-------------+
| Category   | Version | Description           | Type | Installed On        | State   | Checksum    |
+------------+---------+-----------------------+------+---------------------+---------+-------------+
| Versioned  | 41      | add plan tier         | SQL  | 2024-05-02 08:14:51 | Success | 1837261045  |
| Versioned  | 42      | feature flags         | SQL  | 2024-05-02 08:14:52 | Success | -902317744  |
| Repeatable |         | reference data        | SQL  | 2024-05-02 08:14:52 | Outdated| 418820731   |
+------------+---------+-----------------------+------+---------------------+---------+-------------+

Why is the repeatable migration "Outdated" after I only reformatted it?`,
    // Prices, versions, checksums and install times: nothing personal.
    expected: [],
  },
  {
    name: 'Indian Flyway migrate failure: "Migration V42__backfill_patient_dob.sql failed", SQL State 22008 and a date/time out-of-range message quoting 1988-02-30, the Location and Line, and the Statement naming the patient by UHID and full name',
    text: `Flyway OSS Edition 10.11.0 by Redgate
Database: jdbc:postgresql://10.8.0.12:5432/his (PostgreSQL 15.5)
Successfully validated 42 migrations (execution time 00:00.061s)
Current version of schema "public": 41
Migrating schema "public" to version "42 - backfill patient dob"
ERROR: Migration V42__backfill_patient_dob.sql failed
-------------------------------------------------
SQL State  : 22008
Error Code : 0
Message    : ERROR: date/time field value out of range: "1988-02-30"
  Position: 33
Location   : db/migration/V42__backfill_patient_dob.sql (/app/db/migration/V42__backfill_patient_dob.sql)
Line       : 7
Statement  : UPDATE patients SET dob = '1988-02-30' WHERE uhid = 'UH-2201-004417' AND full_name = 'Lakshmi Venkataraman'

The registration desk wrote 30/02 on the form. How do I make the migration skip bad rows and log them instead?`,
    // The impossible birth date counts each time; the database host is a private address; UHIDs, versions and the partial "30/02" are not ours.
    expected: [
      ['IP_ADDRESS', '10.8.0.12'],
      ['DATE_OF_BIRTH', '1988-02-30'],
      ['DATE_OF_BIRTH', '1988-02-30'],
      ['PERSON', 'Lakshmi Venkataraman'],
    ],
  },
  {
    name: 'French Alembic migration with op.bulk_insert: a docstring with Revision ID, Revises and Create Date, sa.table definitions, staff rows with prénom and nom apart, cabinet e-mails, datetime date() birth dates and French phones, and a Mailjet integration row with an API key and secret',
    text: `"""seed staff and integrations

Revision ID: 4c1e9a7b2f30
Revises: 9b7d2e1a4c58
Create Date: 2024-04-02 10:15:33.120948
"""
from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "4c1e9a7b2f30"
down_revision = "9b7d2e1a4c58"

staff = sa.table("staff", sa.column("prenom", sa.String), sa.column("nom", sa.String), sa.column("email", sa.String), sa.column("date_naissance", sa.Date), sa.column("telephone", sa.String))
integrations = sa.table("integrations", sa.column("provider", sa.String), sa.column("api_key", sa.String), sa.column("api_secret", sa.String))


def upgrade():
    op.bulk_insert(staff, [
        {"prenom": "Anne-Sophie", "nom": "Delacroix-Ménard", "email": "as.delacroix@cabinet-menard.fr", "date_naissance": date(1976, 10, 8), "telephone": "+33 6 12 84 57 30"},
        {"prenom": "Youssef", "nom": "Benali", "email": "y.benali@cabinet-menard.fr", "date_naissance": date(1989, 3, 27), "telephone": "01 42 71 33 08"},
    ])
    op.bulk_insert(integrations, [
        {"provider": "mailjet", "api_key": "${k('4f1c8e2a', '9b7d3e6f', '0a5c2d8b', '1e4f7a93')}", "api_secret": "${k('b83e0f6d', '2c9a4e17', 'f5d0b8c3', 'a6e1d47f')}"},
    ])


def downgrade():
    op.execute("DELETE FROM integrations WHERE provider = 'mailjet'")
    op.execute("DELETE FROM staff WHERE email LIKE '%@cabinet-menard.fr'")

# utilisateur : alembic upgrade head passe en local mais échoue en CI avec "relation staff does not exist". Pourquoi ?`,
    // The date() arguments are birth dates; both Mailjet values are credentials; revision ids and Create Date are not ours.
    expected: [
      ['PERSON', 'Anne-Sophie'],
      ['PERSON', 'Delacroix-Ménard'],
      ['EMAIL', 'as.delacroix@cabinet-menard.fr'],
      ['DATE_OF_BIRTH', '1976, 10, 8'],
      ['PHONE', '+33 6 12 84 57 30'],
      ['PERSON', 'Youssef'],
      ['PERSON', 'Benali'],
      ['EMAIL', 'y.benali@cabinet-menard.fr'],
      ['DATE_OF_BIRTH', '1989, 3, 27'],
      ['PHONE', '01 42 71 33 08'],
      ['SECRET', k('4f1c8e2a', '9b7d3e6f', '0a5c2d8b', '1e4f7a93')],
      ['SECRET', k('b83e0f6d', '2c9a4e17', 'f5d0b8c3', 'a6e1d47f')],
    ],
  },
  {
    name: 'clean Alembic schema migration: revision ids, op.create_table with email, phone and date_of_birth columns, server_default now(), op.create_index, an add_column of last_login_ip, and a downgrade',
    text: `"""create customers

Revision ID: 9b7d2e1a4c58
Revises: 1f0e3c9a7d21
Create Date: 2024-03-28 16:02:11.503817
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "9b7d2e1a4c58"
down_revision = "1f0e3c9a7d21"


def upgrade():
    op.create_table(
        "customers",
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("email", sa.String(254), nullable=False, unique=True),
        sa.Column("phone", sa.String(32)),
        sa.Column("date_of_birth", sa.Date, comment="ISO date; NULL when not collected"),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()")),
    )
    op.create_index("ix_customers_created_at", "customers", ["created_at"])
    op.add_column("customers", sa.Column("last_login_ip", postgresql.INET))


def downgrade():
    op.drop_column("customers", "last_login_ip")
    op.drop_index("ix_customers_created_at", table_name="customers")
    op.drop_table("customers")`,
    // Column names, revision ids and a Create Date: nothing personal.
    expected: [],
  },
  {
    name: 'Japanese Knex seed: del() then insert() of members with family and given names apart in kanji and katakana, SoftBank and Gmail e-mails, mobile and Osaka landline, birthdays and bcrypt hashes, a 山田 太郎 row marked テスト用 at example.jp, and a request to rewrite it in TypeScript',
    text: `// seeds/01_members.js
exports.seed = async function (knex) {
  await knex('members').del();
  await knex('members').insert([
    { id: 1, family_name: '藤原', given_name: '千尋', family_kana: 'フジワラ', given_kana: 'チヒロ', email: 'chihiro.fujiwara@i.softbank.jp', tel: '080-3391-5527', birthday: '1993-08-11', password_hash: '$2b$10$Jd1Sa0EyKu5Pw8Vx2LZ3kOqP8vLx2Tz7Wm4Rn9Bc3Fh6Kq9mZ2vT' },
    { id: 2, family_name: '山田', given_name: '太郎', family_kana: 'ヤマダ', given_kana: 'タロウ', email: 'taro.yamada@example.jp', tel: '03-0000-0000', birthday: '2000-01-01', password_hash: null, note: 'テスト用' },
    { id: 3, family_name: '大河内', given_name: '慎之介', family_kana: 'オオコウチ', given_kana: 'シンノスケ', email: 'shinnosuke.okochi@gmail.com', tel: '06-6315-2481', birthday: '1971-12-25', password_hash: '$2b$10$Pw8Vx2LZ3kqP8vLx2Tz7WmO4Rn9Bc3Fh6Jd1Sa0EyKu5Kq9mZ2vT' },
  ]);
};

// この seed を TypeScript (knex + ts-node) に書き直して。テスト用の行だけ残して、実在の会員は消してください。`,
    // The 山田 太郎 row marked テスト用 at example.jp is a placeholder; bcrypt hashes are not secrets.
    expected: [
      ['PERSON', '藤原'],
      ['PERSON', '千尋'],
      ['PERSON', 'フジワラ'],
      ['PERSON', 'チヒロ'],
      ['EMAIL', 'chihiro.fujiwara@i.softbank.jp'],
      ['PHONE', '080-3391-5527'],
      ['DATE_OF_BIRTH', '1993-08-11'],
      ['PERSON', '大河内'],
      ['PERSON', '慎之介'],
      ['PERSON', 'オオコウチ'],
      ['PERSON', 'シンノスケ'],
      ['EMAIL', 'shinnosuke.okochi@gmail.com'],
      ['PHONE', '06-6315-2481'],
      ['DATE_OF_BIRTH', '1971-12-25'],
    ],
  },
  // ---------------------------------------------------------------- dbt seeds, Supabase, masking
  {
    name: 'Spanish dbt seed failing on a day-first hire date: seeds/sales_reps.csv with first and last name apart and company e-mails, schema.yml with column_types, tests and an owner meta, and "Database Error in seed sales_reps … invalid input syntax for type date"',
    gap: 'Flags Territory, the last name of the placeholder row Unassigned,Territory of the seed CSV (its first name Unassigned is rightly left alone).',
    text: `seeds/sales_reps.csv
rep_id,first_name,last_name,email,territory,hire_date
R-101,Íñigo,Arrizabalaga,inigo.arrizabalaga@norteventas.es,ES-North,03/02/2019
R-102,Mercedes,Olmedo Ruiz,m.olmedo@norteventas.es,ES-South,2020-09-14
R-103,Unassigned,Territory,,ES-Islands,

seeds/schema.yml
version: 2
seeds:
  - name: sales_reps
    config:
      column_types: {hire_date: date}
      meta: {owner: "@revops-data", contains_pii: true}
    columns:
      - name: email
        tests: [unique]
      - name: hire_date
        description: Contract start date as entered by RevOps.

$ dbt seed --select sales_reps
17:02:41  Running with dbt=1.8.2
17:02:43  1 of 1 START seed file analytics.sales_reps ........ [RUN]
17:02:43  1 of 1 ERROR loading seed file analytics.sales_reps  [ERROR in 0.21s]
17:02:43  Database Error in seed sales_reps (seeds/sales_reps.csv)
  invalid input syntax for type date: "03/02/2019"

¿Cómo hago que dbt acepte fechas dd/mm/aaaa en el seed, o las normalizo en el CSV?`,
    // Hire dates are not birth dates; the Unassigned Territory row is a placeholder; the owner is a team handle.
    expected: [
      ['PERSON', 'Íñigo'],
      ['PERSON', 'Arrizabalaga'],
      ['EMAIL', 'inigo.arrizabalaga@norteventas.es'],
      ['PERSON', 'Mercedes'],
      ['PERSON', 'Olmedo Ruiz'],
      ['EMAIL', 'm.olmedo@norteventas.es'],
    ],
  },
  {
    name: 'clean dbt seeds: country_codes.csv with ISO codes and dialling prefixes, fx_rates.csv with dated rates, and schema.yml with accepted_values tests and a +quote_columns config',
    text: `seeds/country_codes.csv
iso2,iso3,name,dial_prefix,eu_member
DE,DEU,Germany,+49,true
FR,FRA,France,+33,true
PL,POL,Poland,+48,true
TR,TUR,Türkiye,+90,false
ZA,ZAF,South Africa,+27,false

seeds/fx_rates.csv
rate_date,currency,eur_rate
2024-06-28,PLN,4.3090
2024-06-28,TRY,35.1868
2024-06-28,ZAR,19.4970

seeds/schema.yml
version: 2
seeds:
  - name: country_codes
    config: {quote_columns: false}
    columns:
      - name: iso2
        tests: [unique, not_null]
      - name: eu_member
        tests: [{accepted_values: {values: [true, false], quote: false}}]
  - name: fx_rates
    config: {column_types: {rate_date: date, eur_rate: numeric(12,4)}}

dbt seed --full-refresh says "Runtime Error: column eur_rate is of type numeric but expression is of type text". Why?`,
    // Country codes, dialling prefixes, rates and rate dates: nothing personal.
    expected: [],
  },
  {
    name: "Chinese Supabase supabase/seed.sql: auth.users inserts with a dev@example.com placeholder and crypt('password123'), a patient copied from production to reproduce a bug (raw_user_meta_data full name, 163.com e-mail, +86 mobile), and public.patients rows with a 身份证 number and birth dates",
    text: `-- supabase/seed.sql  (runs on \`supabase db reset\`, local only)
insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, raw_user_meta_data, created_at, updated_at)
values
  ('00000000-0000-0000-0000-000000000000', 'b3f1c9a2-4e7d-4c18-9a2b-6d0e5f8c1a37', 'authenticated', 'authenticated', 'dev@example.com', crypt('password123', gen_salt('bf')), now(), '{"full_name":"Dev User"}', now(), now()),
  -- 复现工单 #5520 用，从生产库复制
  ('00000000-0000-0000-0000-000000000000', 'e82a7c14-0b9f-4d36-8e51-2f7c9a0d4b68', 'authenticated', 'authenticated', 'mingxuan.oy@163.com', crypt('password123', gen_salt('bf')), now(), '{"full_name":"欧阳明轩","phone":"+86 139 1762 4408"}', now(), now());

insert into public.patients (id, user_id, full_name, id_card, dob)
values
  (1, 'b3f1c9a2-4e7d-4c18-9a2b-6d0e5f8c1a37', 'Dev Patient', null, '1990-01-01'),
  (2, 'e82a7c14-0b9f-4d36-8e51-2f7c9a0d4b68', '欧阳明轩', '110105199003074417', '1990-03-07');

-- 用户：帮我把第二个用户换成假数据，但要保留能复现 #5520 的特征（复姓、+86 手机号）。`,
    // The dev user and Dev Patient are placeholders; password123 is a placeholder password; the 身份证 number is not among our types; UUIDs are not ours.
    expected: [
      ['EMAIL', 'mingxuan.oy@163.com'],
      ['PERSON', '欧阳明轩'],
      ['PHONE', '+86 139 1762 4408'],
      ['PERSON', '欧阳明轩'],
      ['DATE_OF_BIRTH', '1990-03-07'],
    ],
  },
  {
    name: 'US masked dump where one column escaped the masking job: COPY rows with names replaced by "Customer NNNNN", e-mails on masked.invalid, birth dates reduced to years and cards to last four, but alt_phone left raw; the user asks whether it is safe to share',
    text: `-- masked by dbmask 2.4.1 job "crm-nightly" (rules: crm_customers.yml) at 2024-09-30T03:00:12Z
COPY public.customers (id, full_name, email, birth_year, card_last4, phone, alt_phone) FROM stdin;
81724\tCustomer 81724\tuser_81724@masked.invalid\t1979\t4417\t+1 (000) 000-0000\t+1 (602) 418-7730
81725\tCustomer 81725\tuser_81725@masked.invalid\t1992\t0931\t+1 (000) 000-0000\t\\N
81726\tCustomer 81726\tuser_81726@masked.invalid\t1964\t2208\t+1 (000) 000-0000\t(480) 962-1145
\\.

-- user: the masking job reported success. Explain this dump: is it safe to send to the vendor?`,
    // Masked names, masked.invalid e-mails, birth years, last fours and the zeroed phone are not ours; the alt_phone values escaped the masking and count.
    expected: [
      ['PHONE', '+1 (602) 418-7730'],
      ['PHONE', '(480) 962-1145'],
    ],
  },
  {
    name: "UK greenmask.yml masking config with a libpq DSN holding a password on a private host, RandomPerson, RandomEmail and NoiseDate transformers, then greenmask validate --diff showing one row's original and transformed values",
    text: `# greenmask.yml
storage:
  type: directory
  directory: {path: /var/dumps/crm}
dump:
  pg_dump_options:
    dbname: "host=10.20.3.14 port=5432 user=masker password=${k('m4sk', 'Er!Q7', 'vTz2')} dbname=crm"
  transformation:
    - schema: public
      name: customers
      transformers:
        - name: RandomPerson
          params: {columns: [{name: first_name, template: "{{ .FirstName }}"}, {name: last_name, template: "{{ .LastName }}"}], engine: hash}
        - name: RandomEmail
          params: {column: email, domains: [example.org]}
        - name: NoiseDate
          params: {column: date_of_birth, max_ratio: "1 year 0 mons 0 days"}

$ greenmask --config greenmask.yml validate --table public.customers --diff --rows-limit 1
| %LineNumber% | Column        | OriginalValue               | TransformedValue       |
|--------------|---------------|-----------------------------|------------------------|
| 0            | first_name    | Imogen                      | Derek                  |
| 0            | last_name     | Fairweather-Scott           | Ashby                  |
| 0            | email         | imogen.fs@btopenworld.com   | v7k2qz@example.org     |
| 0            | date_of_birth | 1984-05-22                  | 1985-01-09             |

Does NoiseDate keep people the same age band? I need the masked birth dates to stay within the same decade.`,
    // The DSN password alone is the secret; the private host counts; original values count, transformed ones are the masking tool's output and do not.
    expected: [
      ['IP_ADDRESS', '10.20.3.14'],
      ['SECRET', k('m4sk', 'Er!Q7', 'vTz2')],
      ['PERSON', 'Imogen'],
      ['PERSON', 'Fairweather-Scott'],
      ['EMAIL', 'imogen.fs@btopenworld.com'],
      ['DATE_OF_BIRTH', '1984-05-22'],
    ],
  },
  {
    name: 'pg_dump COPY blocks of a SaaS auth schema: users with argon2id hashes, e-mails and last_login_ip (IPv4 and IPv6), then api_tokens with token prefixes, one plaintext token column and expiry timestamps; "why are tokens stored in clear?"',
    text: `COPY auth.users (id, email, password_hash, last_login_ip, created_at) FROM stdin;
3f2c9b7e-1d4a-4e8f-b6c2-0a9d5e7f3b14\tkwame.asante@hollowtreelabs.com\t$argon2id$v=19$m=65536,t=3,p=4$Qm7XvK2pLt9Rz4Wn$Z3kqP8vLx2Tz7Wm4Rn9Bc3Fh6Jd1Sa0EyKu5Pw8Vx2L\t102.176.94.31\t2023-02-14 11:05:41+00
8a1e4d6c-7b3f-4c2a-9e5d-1f0b8c7a2e93\tsvenja.ostrowski@hollowtreelabs.com\t$argon2id$v=19$m=65536,t=3,p=4$Lt9Rz4WnQm7XvK2p$Wm4Rn9Bc3Fh6Jd1Sa0EyKu5Pw8Vx2LZ3kqP8vLx2Tz7\t2a02:8109:b6c0:4e12:5d3a:91ff:fe7c:20b4\t2023-02-15 08:30:12+00
\\.

COPY auth.api_tokens (id, user_id, token_prefix, token, scopes, expires_at) FROM stdin;
901\t3f2c9b7e-1d4a-4e8f-b6c2-0a9d5e7f3b14\thtl_3f9a\t${k('htl_3f9a', 'Qx8Vr2Tz7Kw9Nc3Bd6Fg1Hj5Sa0EyLm4')}\t{read:reports}\t2025-02-14 00:00:00+00
902\t8a1e4d6c-7b3f-4c2a-9e5d-1f0b8c7a2e93\thtl_c71e\t\\N\t{read:reports,write:exports}\t2025-03-01 00:00:00+00
\\.

-- user: explain this dump. Why would token be NULL for 902 but not 901? I thought we only keep the prefix and a hash.`,
    // argon2id hashes and token prefixes are not secrets, the one plaintext token is; user ids are UUIDs.
    expected: [
      ['EMAIL', 'kwame.asante@hollowtreelabs.com'],
      ['IP_ADDRESS', '102.176.94.31'],
      ['EMAIL', 'svenja.ostrowski@hollowtreelabs.com'],
      ['IP_ADDRESS', '2a02:8109:b6c0:4e12:5d3a:91ff:fe7c:20b4'],
      ['SECRET', k('htl_3f9a', 'Qx8Vr2Tz7Kw9Nc3Bd6Fg1Hj5Sa0EyLm4')],
    ],
  },
];

describeHoldout(
  "privacy hold-out 39: database dumps, migrations, seeds and fixtures sent to a data product's AI assistant",
  cases,
);
