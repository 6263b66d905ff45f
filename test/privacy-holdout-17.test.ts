import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A seventeenth hand-written hold-out: tables and records of people as data notebooks, database
 * clients and BI tools print them, where the column header decides whether a cell is a name, a
 * birth date or a phone number. Layouts: pandas `to_string`, `to_markdown`, `to_html` and a wide
 * repr after a pyarrow Parquet schema; psql (aligned and `\x` expanded), MySQL, DuckDB and Polars
 * boxes, Spark `show()`; CSV, semicolon CSV and TSV from Excel and Google Sheets; JSON records from
 * an API; a SQL seed file; a dbt seed CSV; Airtable, Notion, Zotero, Asana, ServiceNow and Gramps
 * exports. Headers in English of unusual forms (`cust_fullname`, `ContactName`, `NAME_LAST`,
 * `emp_nm`, `mgr_nm`, `holder`, `insured_party`, `beneficiary_1`, `guardian`, `next_of_kin`,
 * `referred_by`, `approver`, `signatory`, `rep`, `physician`, `Tutor`, `Coach`, `Landlord`,
 * `author_name`, `created_by`, `assigned_to`) and in German, French, Spanish, Portuguese, Italian,
 * Dutch, Polish, Czech, Swedish, Turkish, Indonesian, Vietnamese, Japanese, Chinese, Korean, Arabic,
 * Hebrew and Russian (`Mitarbeiter`, `Ansprechpartner`, `Nom complet`, `Titular`, `Responsável`,
 * `Referente`, `Contactpersoon`, `Osoba kontaktowa`, `Jméno a příjmení`, `yetkili`, `Nama lengkap`,
 * `Họ và tên`, `氏名`, `联系人`, `담당자`, `الاسم الكامل`, `שם מלא`, `ФИО`), with their birth-date and
 * phone headers. People with names from many cultures, most outside common Western lists (Yoruba,
 * Igbo, Amharic in Ge'ez script, Tamil, Telugu, Bengali, Javanese mononyms, Balinese, Acehnese,
 * Filipino, Mongolian, Kazakh, Georgian, Armenian, Māori, Samoan, Tongan, Hawaiian, Quechua), double
 * surnames, particles, names in capitals, "LAST, First M." fields, a katakana reading beside the
 * kanji, nicknames in quotes, surnames spelled letter by letter. Hard negatives of the same shapes:
 * companies, shops, practices and family firms named after people, products named like people,
 * servers named after scientists, teams, groups, studios, places, houses and methods named after
 * people (Kaplan–Meier); logins and system accounts under `created_by`, `sys_created_by`,
 * `approver` and `gestor`, a bot caller, an "unassigned" rep, "Editorial Team"; hire, entry, visit,
 * order, registration, lease, session, launch, close, death and marriage dates under date columns;
 * desk extensions, pager numbers, NIP numbers grouped like phones, IMEIs, NPI, tax, national and
 * patient ids (PESEL, rodné číslo, NIF/NIE, CPF, codice fiscale, NIK, CCCD, 身份证号, ת.ז., СНИЛС,
 * SSS, PhilHealth, kebele ID); a `Handy` column of phone models; masked names, e-mails, phones,
 * birth dates and a masked PAN; and a local cron mailbox. Each case lists every value it expects
 * found, with its type; anything else flagged is a false positive. Name fields kept apart by a
 * format (first/last columns, JSON given/family keys, Gramps Surname/Given, HTML Nom/Prénom cells,
 * NAME_LAST/NAME_FIRST/NAME_MIDDLE) are separate spans; one full-name, "Last, First", "LAST, First
 * M." or ФИО field is one span, and a Name cell with a quoted nickname (`Matiu "Matt" Rangi`) is one
 * span. Titles (Herr, Frau, Dr., Dra.) and relations in parentheses are no part of a span. Names
 * spelled letter by letter are PERSON. Usernames are not persons even when they spell a name.
 * Birth dates of the dead are birth dates. Private-range host addresses count. Values are fake:
 * Luhn-valid made-up cards, IBANs with valid mod-97 check digits, made-up names and keys.
 */
const k = joinParts;
const cmsToken = k('cms_pat_', 'R7kQ2mXw9LpT4vZc8NbJ3hGs6YdF1aEu');

const cases: HoldoutCase[] = [
  {
    name: 'pandas head() of a Lagos CRM frame with cust_fullname, cust_dob, cust_mobile, a login column and a signup date',
    text: `>>> crm = pd.read_sql("SELECT * FROM crm.customers_ng WHERE signup_dt >= '2023-01-01'", con)
>>> crm[["cust_id", "cust_fullname", "cust_dob", "cust_mobile", "cust_login", "signup_dt"]].head(4)
   cust_id        cust_fullname   cust_dob        cust_mobile  cust_login  signup_dt
0  C-10481   Olúwaseun Adébáyọ̀ 1991-04-17  +234 803 512 4471    oadebayo 2023-01-09
1  C-10482  Chidinma Okafor-Eze 1988-11-02  +234 809 771 2035  chi.okafor 2023-01-11
2  C-10483       Ngozi Ugwuanyi 1995-06-30      0813 447 1290      ngoziu 2023-01-12
3  C-10484      Emeka Nwachukwu 1979-02-28  +234 705 118 3390     emeka_n 2023-01-15
>>> crm.shape
(1873, 14)`,
    // Logins are user names; signup dates are not birth dates.
    expected: [
      ['PERSON', 'Olúwaseun Adébáyọ̀'],
      ['DATE_OF_BIRTH', '1991-04-17'],
      ['PHONE', '+234 803 512 4471'],
      ['PERSON', 'Chidinma Okafor-Eze'],
      ['DATE_OF_BIRTH', '1988-11-02'],
      ['PHONE', '+234 809 771 2035'],
      ['PERSON', 'Ngozi Ugwuanyi'],
      ['DATE_OF_BIRTH', '1995-06-30'],
      ['PHONE', '0813 447 1290'],
      ['PERSON', 'Emeka Nwachukwu'],
      ['DATE_OF_BIRTH', '1979-02-28'],
      ['PHONE', '+234 705 118 3390'],
    ],
  },
  {
    name: 'to_markdown() table of life policies in a prompt, with insured_party, dob_insured and two beneficiary columns',
    text: `Here are the new term-life policies from February. Which ones have only one beneficiary, and is any insured older than 45 at issue?

| policy_no       | insured_party           | dob_insured   | beneficiary_1          | beneficiary_2     | agent_code   | issue_date   |
|:----------------|:------------------------|:--------------|:-----------------------|:------------------|:-------------|:-------------|
| LIC-2024-004471 | Karthikeyan Subramaniam | 1976-08-14    | Meenakshi Karthikeyan  | Arjun Karthikeyan | AG-TN-0193   | 2024-02-01   |
| LIC-2024-004472 | Venkata Lakshmi Pothuri | 1983-03-05    | Srinivasa Rao Pothuri  |                   | AG-AP-0411   | 2024-02-03   |
| LIC-2024-004473 | Rumana Akter Chowdhury  | 1990-12-19    | Tanvir Hasan Chowdhury | Nusrat Jahan      | AG-WB-0077   | 2024-02-07   |

Answer in a short table.`,
    // Agent codes and issue dates are not ours.
    expected: [
      ['PERSON', 'Karthikeyan Subramaniam'],
      ['DATE_OF_BIRTH', '1976-08-14'],
      ['PERSON', 'Meenakshi Karthikeyan'],
      ['PERSON', 'Arjun Karthikeyan'],
      ['PERSON', 'Venkata Lakshmi Pothuri'],
      ['DATE_OF_BIRTH', '1983-03-05'],
      ['PERSON', 'Srinivasa Rao Pothuri'],
      ['PERSON', 'Rumana Akter Chowdhury'],
      ['DATE_OF_BIRTH', '1990-12-19'],
      ['PERSON', 'Tanvir Hasan Chowdhury'],
      ['PERSON', 'Nusrat Jahan'],
    ],
  },
  {
    name: 'psql result of an HR view with emp_nm, mgr_nm, birth_dt, hire_dt and a desk extension',
    text: `hr=> SELECT emp_id, emp_nm, mgr_nm, birth_dt, hire_dt, ext, dept FROM hr.v_emp WHERE site = 'ALA' ORDER BY emp_id;
 emp_id |        emp_nm        |        mgr_nm        |  birth_dt  |  hire_dt   | ext  |   dept
--------+----------------------+----------------------+------------+------------+------+-----------
   2041 | Aigerim Zhaksybekova | Nurlan Abdrakhmanov  | 1992-08-19 | 2018-03-01 | 4471 | Finance
   2042 | Batbayar Gantulga    | Nurlan Abdrakhmanov  | 1987-01-05 | 2019-07-15 | 4472 | Logistics
   2043 | Dinara Seitkali      | Aigerim Zhaksybekova | 1996-12-11 | 2021-10-04 | 4480 | Finance
   2044 | Oyunchimeg Batbold   | Nurlan Abdrakhmanov  | 1990-04-23 | 2022-02-14 |      | Logistics
(4 rows)

hr=> \\q`,
    // Four-digit desk extensions are not phone numbers; hire dates are not birth dates.
    expected: [
      ['PERSON', 'Aigerim Zhaksybekova'],
      ['PERSON', 'Nurlan Abdrakhmanov'],
      ['DATE_OF_BIRTH', '1992-08-19'],
      ['PERSON', 'Batbayar Gantulga'],
      ['PERSON', 'Nurlan Abdrakhmanov'],
      ['DATE_OF_BIRTH', '1987-01-05'],
      ['PERSON', 'Dinara Seitkali'],
      ['PERSON', 'Aigerim Zhaksybekova'],
      ['DATE_OF_BIRTH', '1996-12-11'],
      ['PERSON', 'Oyunchimeg Batbold'],
      ['PERSON', 'Nurlan Abdrakhmanov'],
      ['DATE_OF_BIRTH', '1990-04-23'],
    ],
  },
  {
    name: 'MySQL client table of suppliers with CompanyName, ContactName, ContactTitle, Phone and Fax',
    text: `mysql> SELECT CompanyName, ContactName, ContactTitle, Phone, Fax FROM suppliers WHERE Region = 'APAC' OR SupplierID = 12;
+----------------------+------------------+-------------------+------------------+------------------+
| CompanyName          | ContactName      | ContactTitle      | Phone            | Fax              |
+----------------------+------------------+-------------------+------------------+------------------+
| Pacific Harvest Ltd  | Tavita Faleolo   | Sales Manager     | +64 9 377 4471   | +64 9 377 4472   |
| Kowhai Fisheries     | Aroha Te Whatu   | Owner             | 07 578 2210      | NULL             |
| Mauna Kea Coffee Co. | Keoni Kahananui  | Purchasing Agent  | (808) 935-4471   | NULL             |
| Vogel & Sons GmbH    | Friederike Vogel | Geschäftsführerin | +49 40 3250 4471 | +49 40 3250 4499 |
+----------------------+------------------+-------------------+------------------+------------------+
4 rows in set (0.01 sec)`,
    // Company names (one of them a family firm) and job titles are not people; fax numbers are phone numbers.
    expected: [
      ['PERSON', 'Tavita Faleolo'],
      ['PHONE', '+64 9 377 4471'],
      ['PHONE', '+64 9 377 4472'],
      ['PERSON', 'Aroha Te Whatu'],
      ['PHONE', '07 578 2210'],
      ['PERSON', 'Keoni Kahananui'],
      ['PHONE', '(808) 935-4471'],
      ['PERSON', 'Friederike Vogel'],
      ['PHONE', '+49 40 3250 4471'],
      ['PHONE', '+49 40 3250 4499'],
    ],
  },
  {
    name: 'DuckDB box of a Polish clinic CSV with imie, nazwisko, data_urodzenia, telefon, PESEL and visit date',
    text: `D SELECT imie, nazwisko, data_urodzenia, telefon, pesel, data_wizyty FROM read_csv('pacjenci_2024-03.csv') LIMIT 3;
┌────────────┬──────────────────────┬────────────────┬─────────────────┬─────────────┬─────────────┐
│    imie    │       nazwisko       │ data_urodzenia │     telefon     │    pesel    │ data_wizyty │
│  varchar   │       varchar        │      date      │     varchar     │   varchar   │    date     │
├────────────┼──────────────────────┼────────────────┼─────────────────┼─────────────┼─────────────┤
│ Agnieszka  │ Wróblewska-Kaczmarek │ 1982-07-09     │ +48 601 447 129 │ 82070912345 │ 2024-03-04  │
│ Grzegorz   │ Szczepański          │ 1958-11-30     │ 22 447 12 90    │ 58113004471 │ 2024-03-05  │
│ Małgorzata │ Żółkiewska           │ 2001-02-14     │ 512 088 471     │ 01221404471 │ 2024-03-05  │
└────────────┴──────────────────────┴────────────────┴─────────────────┴─────────────┴─────────────┘`,
    // PESEL numbers are national ids; visit dates are not birth dates.
    expected: [
      ['PERSON', 'Agnieszka'],
      ['PERSON', 'Wróblewska-Kaczmarek'],
      ['DATE_OF_BIRTH', '1982-07-09'],
      ['PHONE', '+48 601 447 129'],
      ['PERSON', 'Grzegorz'],
      ['PERSON', 'Szczepański'],
      ['DATE_OF_BIRTH', '1958-11-30'],
      ['PHONE', '22 447 12 90'],
      ['PERSON', 'Małgorzata'],
      ['PERSON', 'Żółkiewska'],
      ['DATE_OF_BIRTH', '2001-02-14'],
      ['PHONE', '512 088 471'],
    ],
  },
  {
    name: 'Excel paste of Polish B2B contacts with Firma, Osoba kontaktowa, Telefon, E-mail and a NIP grouped like a phone',
    text: `Lp.	Firma	Osoba kontaktowa	Telefon	E-mail	NIP	Opiekun
1	Kowalski i Synowie sp. j.	Zdzisław Kowalski	+48 12 447 12 90	z.kowalski@kowalski-synowie.pl	677-123-44-71	Dział B2B
2	Piekarnia Pod Jaworem	Ewelina Grabowska	605 447 120	biuro@pieczywo-jawor.pl	525-220-44-71	Dział B2B
3	TransBud S.A.	Rafał Dąbrowski	+48 58 301 44 71	r.dabrowski@transbud.com.pl	583-012-04-47	Kluczowi klienci`,
    // NIP tax numbers are grouped 3-3-2-2 like phones but are company ids; the family firm and the teams under Opiekun are not people.
    expected: [
      ['PERSON', 'Zdzisław Kowalski'],
      ['PHONE', '+48 12 447 12 90'],
      ['EMAIL', 'z.kowalski@kowalski-synowie.pl'],
      ['PERSON', 'Ewelina Grabowska'],
      ['PHONE', '605 447 120'],
      ['EMAIL', 'biuro@pieczywo-jawor.pl'],
      ['PERSON', 'Rafał Dąbrowski'],
      ['PHONE', '+48 58 301 44 71'],
      ['EMAIL', 'r.dabrowski@transbud.com.pl'],
    ],
  },
  {
    name: 'Polars frame of Czech staff with Jméno a příjmení, Datum narození, Telefon, Rodné číslo and Nástup',
    text: `>>> df = pl.read_excel("zamestnanci_2024.xlsx")
>>> df.select("Jméno a příjmení", "Datum narození", "Telefon", "Rodné číslo", "Nástup")
shape: (3, 5)
┌──────────────────────┬────────────────┬────────────────────┬───────────────┬────────────┐
│ Jméno a příjmení     ┆ Datum narození ┆ Telefon            ┆ Rodné číslo   ┆ Nástup     │
│ ---                  ┆ ---            ┆ ---                ┆ ---           ┆ ---        │
│ str                  ┆ date           ┆ str                ┆ str           ┆ date       │
╞══════════════════════╪════════════════╪════════════════════╪═══════════════╪════════════╡
│ "Jiřina Dvořáková"   ┆ 1984-05-22     ┆ "+420 603 447 129" ┆ "845522/1234" ┆ 2019-09-01 │
│ "Ondřej Procházka"   ┆ 1979-10-03     ┆ "+420 724 118 902" ┆ "791003/4471" ┆ 2015-02-16 │
│ "Květoslava Šťastná" ┆ 1991-01-28     ┆ "607 330 812"      ┆ "915128/0447" ┆ 2023-06-01 │
└──────────────────────┴────────────────┴────────────────────┴───────────────┴────────────┘`,
    // Rodné číslo is a national id; Nástup is a start date.
    expected: [
      ['PERSON', 'Jiřina Dvořáková'],
      ['DATE_OF_BIRTH', '1984-05-22'],
      ['PHONE', '+420 603 447 129'],
      ['PERSON', 'Ondřej Procházka'],
      ['DATE_OF_BIRTH', '1979-10-03'],
      ['PHONE', '+420 724 118 902'],
      ['PERSON', 'Květoslava Šťastná'],
      ['DATE_OF_BIRTH', '1991-01-28'],
      ['PHONE', '607 330 812'],
    ],
  },
  {
    name: 'Spark show() of a German HR master table with Mitarbeiter, Geburtsdatum, Eintrittsdatum, Handy and Vorgesetzter',
    text: `>>> spark.table("hr.mitarbeiter_stamm").select("PersNr", "Mitarbeiter", "Geburtsdatum", "Eintrittsdatum", "Handy", "Vorgesetzter").show(4)
+------+----------------+------------+--------------+----------------+----------------+
|PersNr|     Mitarbeiter|Geburtsdatum|Eintrittsdatum|           Handy|    Vorgesetzter|
+------+----------------+------------+--------------+----------------+----------------+
|100471|Dagmar Lindemann|  1969-03-30|    1994-08-01|+49 1512 3447129|  Jörg Brinkhoff|
|100472|   Yusuf Demirci|  1990-12-07|    2016-04-01|    0171 4471209|Dagmar Lindemann|
|100473|    Trần Anh Thư|  1995-05-18|    2021-09-15|            null|Dagmar Lindemann|
|100474|  Jörg Brinkhoff|  1972-09-09|    2001-01-02|+49 160 90447120|            null|
+------+----------------+------------+--------------+----------------+----------------+
only showing top 4 rows`,
    // Personnel numbers and dates of entry are not ours.
    expected: [
      ['PERSON', 'Dagmar Lindemann'],
      ['DATE_OF_BIRTH', '1969-03-30'],
      ['PHONE', '+49 1512 3447129'],
      ['PERSON', 'Jörg Brinkhoff'],
      ['PERSON', 'Yusuf Demirci'],
      ['DATE_OF_BIRTH', '1990-12-07'],
      ['PHONE', '0171 4471209'],
      ['PERSON', 'Dagmar Lindemann'],
      ['PERSON', 'Trần Anh Thư'],
      ['DATE_OF_BIRTH', '1995-05-18'],
      ['PERSON', 'Dagmar Lindemann'],
      ['PERSON', 'Jörg Brinkhoff'],
      ['DATE_OF_BIRTH', '1972-09-09'],
      ['PHONE', '+49 160 90447120'],
    ],
  },
  {
    name: 'French CRM export (semicolon CSV) with Nom complet, Date de naissance, Tél. and a Parrain column',
    text: `Export contacts — Sellsy — 08/01/2024 17:42
Nom complet;Date de naissance;Tél.;E-mail;Parrain;Date de création;Origine
Marie-Claire Dubois-Lefèvre;14/02/1979;06 12 44 71 90;mc.dubois-lefevre@orange.fr;;03/01/2024;Salon Habitat Nantes
Mamadou Lamine Ndiaye;30/09/1986;+33 7 58 21 44 71;ml.ndiaye@gmail.com;Marie-Claire Dubois-Lefèvre;05/01/2024;Parrainage
Anne-Sophie de Kervéguen;07/07/1992;02 98 44 71 20;as.kerveguen@free.fr;;08/01/2024;Site web`,
    // Creation dates and the trade fair are not ours.
    expected: [
      ['PERSON', 'Marie-Claire Dubois-Lefèvre'],
      ['DATE_OF_BIRTH', '14/02/1979'],
      ['PHONE', '06 12 44 71 90'],
      ['EMAIL', 'mc.dubois-lefevre@orange.fr'],
      ['PERSON', 'Mamadou Lamine Ndiaye'],
      ['DATE_OF_BIRTH', '30/09/1986'],
      ['PHONE', '+33 7 58 21 44 71'],
      ['EMAIL', 'ml.ndiaye@gmail.com'],
      ['PERSON', 'Marie-Claire Dubois-Lefèvre'],
      ['PERSON', 'Anne-Sophie de Kervéguen'],
      ['DATE_OF_BIRTH', '07/07/1992'],
      ['PHONE', '02 98 44 71 20'],
      ['EMAIL', 'as.kerveguen@free.fr'],
    ],
  },
  {
    name: 'Excel copy-paste (TSV) of Spanish bank account holders with Titular, NIF/NIE, fecha_nac, celular, IBAN and a gestor login',
    text: `Titular	NIF/NIE	fecha_nac	celular	IBAN	fecha_alta	gestor
Juan Carlos Quispe Mamani	X4471290L	12/03/1985	612 447 129	ES28 2038 1234 4106 0044 7129	15/01/2024	mlopez
María del Pilar Gómez-Acebo Sanz	50447129K	28/10/1964	+34 699 120 447	ES75 0182 6035 4102 0144 7120	16/01/2024	mlopez
Wilfredo Huamán Condori	Y1204471T	03/06/1991	644 712 903	ES6621000813610123447129	18/01/2024	ajimenez`,
    // NIF and NIE numbers are national ids; gestor holds staff logins; fecha_alta is the account opening date.
    expected: [
      ['PERSON', 'Juan Carlos Quispe Mamani'],
      ['DATE_OF_BIRTH', '12/03/1985'],
      ['PHONE', '612 447 129'],
      ['IBAN', 'ES28 2038 1234 4106 0044 7129'],
      ['PERSON', 'María del Pilar Gómez-Acebo Sanz'],
      ['DATE_OF_BIRTH', '28/10/1964'],
      ['PHONE', '+34 699 120 447'],
      ['IBAN', 'ES75 0182 6035 4102 0144 7120'],
      ['PERSON', 'Wilfredo Huamán Condori'],
      ['DATE_OF_BIRTH', '03/06/1991'],
      ['PHONE', '644 712 903'],
      ['IBAN', 'ES6621000813610123447129'],
    ],
  },
  {
    name: "Brazilian school enrolment CSV with Aluno, data_nasc, Turma, Responsável, celular and the guardian's CPF",
    text: `Aluno;data_nasc;Turma;Responsável;celular;CPF resp.;data_matricula
Yasmin Oliveira dos Santos;2014-03-22;5º A;Ana Cláudia dos Santos;(11) 98447-1290;123.447.129-06;2024-01-29
Cauã Ferreira Lima;2013-11-05;6º B;Raimundo Nonato Lima;(85) 99120-4471;447.129.038-70;2024-01-30
Maria Eduarda Potiguara Rocha;2015-07-30;4º A;Jurema Potiguara;(84) 98812-0447;039.044.712-55;2024-02-01`,
    // CPF numbers are national ids; classes and enrolment dates are not ours.
    expected: [
      ['PERSON', 'Yasmin Oliveira dos Santos'],
      ['DATE_OF_BIRTH', '2014-03-22'],
      ['PERSON', 'Ana Cláudia dos Santos'],
      ['PHONE', '(11) 98447-1290'],
      ['PERSON', 'Cauã Ferreira Lima'],
      ['DATE_OF_BIRTH', '2013-11-05'],
      ['PERSON', 'Raimundo Nonato Lima'],
      ['PHONE', '(85) 99120-4471'],
      ['PERSON', 'Maria Eduarda Potiguara Rocha'],
      ['DATE_OF_BIRTH', '2015-07-30'],
      ['PERSON', 'Jurema Potiguara'],
      ['PHONE', '(84) 98812-0447'],
    ],
  },
  {
    name: 'Airtable CSV export of Italian shop accounts with Nome attività, Referente, codice fiscale and Data di nascita referente',
    text: `Nome attività,Referente,Telefono,Codice fiscale,Data di nascita referente,Ultima visita,Agente
Trattoria Da Gino,Giuseppina Lo Bianco,+39 091 447 1290,LBNGPP71D41G273K,01/04/1971,12/02/2024,Marco Ferraresi
Farmacia San Marco,Salvatore D'Alessandro,333 447 1290,DLSSVT66M22F839Q,22/08/1966,14/02/2024,Marco Ferraresi
Gelateria Dell'Acqua,Chiara Dell'Acqua,+39 347 120 4471,DLLCHR88S58H501W,18/11/1988,20/02/2024,Elisa Montanari`,
    // Shops named after people (Da Gino, San Marco, a family gelateria) are businesses; codici fiscali are national ids; last visits are not birth dates.
    expected: [
      ['PERSON', 'Giuseppina Lo Bianco'],
      ['PHONE', '+39 091 447 1290'],
      ['DATE_OF_BIRTH', '01/04/1971'],
      ['PERSON', 'Marco Ferraresi'],
      ['PERSON', "Salvatore D'Alessandro"],
      ['PHONE', '333 447 1290'],
      ['DATE_OF_BIRTH', '22/08/1966'],
      ['PERSON', 'Marco Ferraresi'],
      ['PERSON', "Chiara Dell'Acqua"],
      ['PHONE', '+39 347 120 4471'],
      ['DATE_OF_BIRTH', '18/11/1988'],
      ['PERSON', 'Elisa Montanari'],
    ],
  },
  {
    name: 'Notion database CSV export of a Belgian football club with Team, Contactpersoon, GSM, geboortedatum and Lid sinds',
    text: `Team,Contactpersoon,GSM,geboortedatum,Lid sinds,Tags
JO11-2,Sanne van den Berg,+32 470 44 71 29,"March 4, 1986","September 12, 2017",trainer
Dames 1,Mohamed El Idrissi,0486 12 04 47,"November 23, 1991","August 1, 2020","trainer, scheidsrechter"
Veteranen 35+,Lieve Vandenbroucke,+32 495 81 20 44,"July 7, 1979","January 15, 2012",afgevaardigde`,
    // Team names and membership dates are not ours.
    expected: [
      ['PERSON', 'Sanne van den Berg'],
      ['PHONE', '+32 470 44 71 29'],
      ['DATE_OF_BIRTH', 'March 4, 1986'],
      ['PERSON', 'Mohamed El Idrissi'],
      ['PHONE', '0486 12 04 47'],
      ['DATE_OF_BIRTH', 'November 23, 1991'],
      ['PERSON', 'Lieve Vandenbroucke'],
      ['PHONE', '+32 495 81 20 44'],
      ['DATE_OF_BIRTH', 'July 7, 1979'],
    ],
  },
  {
    name: 'Excel paste (TSV) of a Swedish choir register with Förnamn, Efternamn, Födelsedatum, Mobil, Stämma and Medlem sedan',
    text: `Förnamn	Efternamn	Födelsedatum	Mobil	Stämma	Medlem sedan
Elin	Sjöberg	1993-04-12	070-447 12 90	Sopran 1	2019-08-20
Nils-Áslat	Gaup	1981-12-01	073-120 44 71	Bas 2	2015-01-15
Tiina	Ruuskanen	1976-06-27	+46 70 812 04 47	Alt	2022-09-01`,
    // Voice parts and membership dates are not ours.
    expected: [
      ['PERSON', 'Elin'],
      ['PERSON', 'Sjöberg'],
      ['DATE_OF_BIRTH', '1993-04-12'],
      ['PHONE', '070-447 12 90'],
      ['PERSON', 'Nils-Áslat'],
      ['PERSON', 'Gaup'],
      ['DATE_OF_BIRTH', '1981-12-01'],
      ['PHONE', '073-120 44 71'],
      ['PERSON', 'Tiina'],
      ['PERSON', 'Ruuskanen'],
      ['DATE_OF_BIRTH', '1976-06-27'],
      ['PHONE', '+46 70 812 04 47'],
    ],
  },
  {
    name: 'MySQL table of Turkish dealer accounts with firma, yetkili, cep_tel, dogum_tarihi, a tax number and a registration date',
    text: `mysql> SELECT firma, yetkili, cep_tel, dogum_tarihi, vergi_no, kayit_tarihi FROM bayiler WHERE il = 'Bursa';
+---------------------------+--------------------+-------------------+--------------+------------+--------------+
| firma                     | yetkili            | cep_tel           | dogum_tarihi | vergi_no   | kayit_tarihi |
+---------------------------+--------------------+-------------------+--------------+------------+--------------+
| Öztürk Tekstil A.Ş.       | Mehmet Emin Öztürk | 0532 447 12 90    | 1971-03-19   | 6490123457 | 2022-11-04   |
| Kaya Lojistik Ltd. Şti.   | Ayşegül Yıldırım   | +90 542 120 44 71 | 1985-09-08   | 5230447129 | 2023-02-17   |
| Anadolu Gıda San. ve Tic. | Hatice Nur Çelik   | 0505 812 04 47    | 1990-01-25   | 0710447120 | 2023-05-02   |
+---------------------------+--------------------+-------------------+--------------+------------+--------------+
3 rows in set (0.00 sec)`,
    // Companies (one named after its owner's family) are not people; ten-digit tax numbers are not phones.
    expected: [
      ['PERSON', 'Mehmet Emin Öztürk'],
      ['PHONE', '0532 447 12 90'],
      ['DATE_OF_BIRTH', '1971-03-19'],
      ['PERSON', 'Ayşegül Yıldırım'],
      ['PHONE', '+90 542 120 44 71'],
      ['DATE_OF_BIRTH', '1985-09-08'],
      ['PERSON', 'Hatice Nur Çelik'],
      ['PHONE', '0505 812 04 47'],
      ['DATE_OF_BIRTH', '1990-01-25'],
    ],
  },
  {
    name: 'Excel paste of an Indonesian cooperative member list with Nama lengkap (mononyms among them), Tempat lahir, tgl_lahir, No. HP and NIK',
    text: `No	Nama lengkap	Tempat lahir	tgl_lahir	No. HP	NIK	tgl_daftar
1	Sutrisno	Klaten	12-08-1968	0812-2744-7129	3310041208680003	02-01-2024
2	Sri Wahyuningsih	Yogyakarta	27-04-1975	0856 4471 2093	3471056704750001	02-01-2024
3	Ni Made Ayu Kusumawati	Denpasar	09-11-1993	+62 813-3812-0447	5171014911930002	05-01-2024
4	Teuku Rizky Maulana	Banda Aceh	30-06-1989	0852 6044 7120	1171023006890004	08-01-2024`,
    // A one-word Javanese name is a full name; birthplaces are places; NIK numbers are national ids; registration dates are not birth dates.
    expected: [
      ['PERSON', 'Sutrisno'],
      ['DATE_OF_BIRTH', '12-08-1968'],
      ['PHONE', '0812-2744-7129'],
      ['PERSON', 'Sri Wahyuningsih'],
      ['DATE_OF_BIRTH', '27-04-1975'],
      ['PHONE', '0856 4471 2093'],
      ['PERSON', 'Ni Made Ayu Kusumawati'],
      ['DATE_OF_BIRTH', '09-11-1993'],
      ['PHONE', '+62 813-3812-0447'],
      ['PERSON', 'Teuku Rizky Maulana'],
      ['DATE_OF_BIRTH', '30-06-1989'],
      ['PHONE', '0852 6044 7120'],
    ],
  },
  {
    name: 'pandas print of a Vietnamese staff sheet with Họ và tên, Ngày sinh, Số điện thoại, CCCD and Ngày vào làm',
    text: `>>> nv = pd.read_excel("nhan_vien_HN.xlsx", dtype=str)
>>> print(nv.to_string(index=False))
        Họ và tên  Ngày sinh   Số điện thoại         CCCD Ngày vào làm
Nguyễn Thị Thu Hà 14/09/1994    0912 447 129 001194004471   02/03/2020
    Trần Văn Hùng 03/01/1988 +84 90 812 0447 036088012044   15/07/2016
    Lê Hoàng Phúc 27/11/1999    0387 120 447 079099004712   01/06/2022
   Đặng Minh Khôi 05/05/2001    0978 044 712 001201044712   10/01/2024`,
    // CCCD numbers are national ids; start dates are not birth dates.
    expected: [
      ['PERSON', 'Nguyễn Thị Thu Hà'],
      ['DATE_OF_BIRTH', '14/09/1994'],
      ['PHONE', '0912 447 129'],
      ['PERSON', 'Trần Văn Hùng'],
      ['DATE_OF_BIRTH', '03/01/1988'],
      ['PHONE', '+84 90 812 0447'],
      ['PERSON', 'Lê Hoàng Phúc'],
      ['DATE_OF_BIRTH', '27/11/1999'],
      ['PHONE', '0387 120 447'],
      ['PERSON', 'Đặng Minh Khôi'],
      ['DATE_OF_BIRTH', '05/05/2001'],
      ['PHONE', '0978 044 712'],
    ],
  },
  {
    name: 'Excel paste of a Japanese staff list with 氏名, フリガナ, 生年月日, 入社日 and 携帯電話',
    text: `社員番号	氏名	フリガナ	生年月日	入社日	携帯電話	部署
10231	佐々木 美穂	ササキ ミホ	1988/04/12	2012/04/01	090-4471-2035	営業部
10232	髙橋 健太郎	タカハシ ケンタロウ	1992/11/03	2016/04/01	080-1290-4471	開発部
10233	山之内 千尋	ヤマノウチ チヒロ	1979/07/25	2005/10/01	070-3350-8812	総務部`,
    // The katakana reading is the name written another way; departments and hire dates are not ours.
    expected: [
      ['PERSON', '佐々木 美穂'],
      ['PERSON', 'ササキ ミホ'],
      ['DATE_OF_BIRTH', '1988/04/12'],
      ['PHONE', '090-4471-2035'],
      ['PERSON', '髙橋 健太郎'],
      ['PERSON', 'タカハシ ケンタロウ'],
      ['DATE_OF_BIRTH', '1992/11/03'],
      ['PHONE', '080-1290-4471'],
      ['PERSON', '山之内 千尋'],
      ['PERSON', 'ヤマノウチ チヒロ'],
      ['DATE_OF_BIRTH', '1979/07/25'],
      ['PHONE', '070-3350-8812'],
    ],
  },
  {
    name: 'psql result with Chinese headers: 客户名称, 联系人, 手机, 出生日期, an ID number and an order date',
    text: `crm=> SELECT 客户名称, 联系人, 手机, 出生日期, 身份证号, 下单日期 FROM 客户订单 ORDER BY 下单日期 LIMIT 3;
        客户名称        |  联系人  |    手机     |  出生日期  |      身份证号      |  下单日期
------------------------+----------+-------------+------------+--------------------+------------
 上海华鑫贸易有限公司   | 王建国   | 13812344471 | 1975-06-18 | 310104197506184471 | 2024-02-26
 深圳市腾达电子有限公司 | 李欣怡   | 13928041290 | 1990-09-02 | 440305199009021208 | 2024-02-27
 成都蜀南茶业有限公司   | 欧阳晓峰 | 18608120447 | 1983-12-30 | 510107198312300447 | 2024-03-01
(3 rows)`,
    // Company names are not people; resident ID numbers are national ids; order dates are not birth dates.
    expected: [
      ['PERSON', '王建国'],
      ['PHONE', '13812344471'],
      ['DATE_OF_BIRTH', '1975-06-18'],
      ['PERSON', '李欣怡'],
      ['PHONE', '13928041290'],
      ['DATE_OF_BIRTH', '1990-09-02'],
      ['PERSON', '欧阳晓峰'],
      ['PHONE', '18608120447'],
      ['DATE_OF_BIRTH', '1983-12-30'],
    ],
  },
  {
    name: 'to_markdown() of Korean vendor contacts with 업체명, 담당자, 휴대폰, 생년월일 and 등록일',
    text: `거래처 담당자 목록입니다. 생일이 이번 분기인 담당자에게 보낼 축하 문자 초안을 써 주세요.

| 업체명     | 담당자   | 휴대폰           | 생년월일       | 등록일        |
|:--------|:------|:--------------|:-----------|:-----------|
| (주)새솔테크 | 김민서   | 010-4471-2035 | 1990.03.15 | 2024.01.08 |
| 미래식품(주) | 박지훈   | 010-2290-4471 | 1985.11.02 | 2024.01.10 |
| 동해물산    | 남궁현우  | 010-8812-0447 | 1978.07.21 | 2024.01.12 |`,
    // Company names and registration dates are not ours.
    expected: [
      ['PERSON', '김민서'],
      ['PHONE', '010-4471-2035'],
      ['DATE_OF_BIRTH', '1990.03.15'],
      ['PERSON', '박지훈'],
      ['PHONE', '010-2290-4471'],
      ['DATE_OF_BIRTH', '1985.11.02'],
      ['PERSON', '남궁현우'],
      ['PHONE', '010-8812-0447'],
      ['DATE_OF_BIRTH', '1978.07.21'],
    ],
  },
  {
    name: 'Excel paste of a Saudi customer list with Arabic headers الاسم الكامل, تاريخ الميلاد, الجوال and an ID number',
    text: `الاسم الكامل	تاريخ الميلاد	الجوال	رقم الهوية	تاريخ التسجيل	المدينة
عبدالله محمد الشمري	1989-07-14	+966 50 447 1290	1044712903	2024-01-09	الرياض
نورة سعد القحطاني	1994-02-27	055 120 4471	1120447129	2024-01-11	جدة
فيصل عبدالرحمن العتيبي	1979-10-05	+966 54 812 0447	1004471208	2024-01-14	الدمام`,
    // National ID numbers, registration dates and cities are not ours.
    expected: [
      ['PERSON', 'عبدالله محمد الشمري'],
      ['DATE_OF_BIRTH', '1989-07-14'],
      ['PHONE', '+966 50 447 1290'],
      ['PERSON', 'نورة سعد القحطاني'],
      ['DATE_OF_BIRTH', '1994-02-27'],
      ['PHONE', '055 120 4471'],
      ['PERSON', 'فيصل عبدالرحمن العتيبي'],
      ['DATE_OF_BIRTH', '1979-10-05'],
      ['PHONE', '+966 54 812 0447'],
    ],
  },
  {
    name: 'CSV of an Israeli clinic with Hebrew headers שם מלא, תאריך לידה, טלפון, ת.ז. and a joining date',
    text: `שם מלא,תאריך לידה,טלפון,ת.ז.,תאריך הצטרפות,קופה
אביטל כהן-לוי,12/05/1987,052-447-1290,304471293,01/02/2024,מכבי
יוסף בן דוד,23/11/1958,03-612-0447,014471208,04/02/2024,כללית
מרים אזולאי,08/08/1996,054-812-0447,318044712,11/02/2024,מאוחדת`,
    // ת.ז. numbers are national ids; health funds and joining dates are not ours.
    expected: [
      ['PERSON', 'אביטל כהן-לוי'],
      ['DATE_OF_BIRTH', '12/05/1987'],
      ['PHONE', '052-447-1290'],
      ['PERSON', 'יוסף בן דוד'],
      ['DATE_OF_BIRTH', '23/11/1958'],
      ['PHONE', '03-612-0447'],
      ['PERSON', 'מרים אזולאי'],
      ['DATE_OF_BIRTH', '08/08/1996'],
      ['PHONE', '054-812-0447'],
    ],
  },
  {
    name: 'psql result of a Russian personnel table with ФИО, дата рождения, телефон, СНИЛС and дата приёма',
    text: `kadry=> SELECT "ФИО", "дата рождения", "телефон", "СНИЛС", "дата приёма" FROM сотрудники WHERE отдел = 'Бухгалтерия';
             ФИО             | дата рождения |      телефон       |     СНИЛС      | дата приёма
-----------------------------+---------------+--------------------+----------------+-------------
 Абдуллаев Руслан Шамильевич | 1983-09-02    | +7 916 447-12-90   | 112-233-445 95 | 2020-03-16
 Ким Ольга Владимировна      | 1991-04-28    | 8 (903) 120-44-71  | 128-447-120 33 | 2021-11-01
 Гурбанова Лейла Эльдаровна  | 1976-01-17    | +7 (495) 812-04-47 | 047-129-038 70 | 2018-06-04
(3 rows)`,
    // One ФИО cell (family name, given name, patronymic) is one span; СНИЛС numbers are national ids.
    expected: [
      ['PERSON', 'Абдуллаев Руслан Шамильевич'],
      ['DATE_OF_BIRTH', '1983-09-02'],
      ['PHONE', '+7 916 447-12-90'],
      ['PERSON', 'Ким Ольга Владимировна'],
      ['DATE_OF_BIRTH', '1991-04-28'],
      ['PHONE', '8 (903) 120-44-71'],
      ['PERSON', 'Гурбанова Лейла Эльдаровна'],
      ['DATE_OF_BIRTH', '1976-01-17'],
      ['PHONE', '+7 (495) 812-04-47'],
    ],
  },
  {
    name: 'JSON enrolment records from a school API with student given/family names, dob, guardian and next_of_kin',
    text: `GET /api/v2/enrolments?year=2024&status=new → 200
[
  {"enrolment_id": "ENR-2024-0447", "student": {"given_name": "Aroha", "family_name": "Ngata"}, "dob": "2012-05-14", "year_level": 7,
   "guardian": {"name": "Wiremu Ngata", "relationship": "father", "mobile": "021 447 1290"},
   "next_of_kin": {"name": "Huia Ngata", "phone": "+64 27 120 4471"}, "enrolled_on": "2024-01-31", "house": "Tūī"},
  {"enrolment_id": "ENR-2024-0448", "student": {"given_name": "Sefo", "family_name": "Tuilagi"}, "dob": "2011-10-02", "year_level": 8,
   "guardian": {"name": "Malia Tuilagi", "relationship": "mother", "mobile": "022 812 0447"},
   "next_of_kin": {"name": "Losa Faleolo", "phone": "09 262 0447"}, "enrolled_on": "2024-02-05", "house": "Kererū"}
]`,
    // Houses named after birds and enrolment dates are not ours.
    expected: [
      ['PERSON', 'Aroha'],
      ['PERSON', 'Ngata'],
      ['DATE_OF_BIRTH', '2012-05-14'],
      ['PERSON', 'Wiremu Ngata'],
      ['PHONE', '021 447 1290'],
      ['PERSON', 'Huia Ngata'],
      ['PHONE', '+64 27 120 4471'],
      ['PERSON', 'Sefo'],
      ['PERSON', 'Tuilagi'],
      ['DATE_OF_BIRTH', '2011-10-02'],
      ['PERSON', 'Malia Tuilagi'],
      ['PHONE', '022 812 0447'],
      ['PERSON', 'Losa Faleolo'],
      ['PHONE', '09 262 0447'],
    ],
  },
  {
    name: 'pyarrow schema of a voter-file Parquet and its head() with NAME_LAST/NAME_FIRST/NAME_MIDDLE in capitals, BIRTH_DT and PHONE_NUM',
    text: `>>> pq.read_schema("s3://kestrel-civic/voters/nc_wake_2024q1.parquet")
VOTER_ID: string
NAME_LAST: string
NAME_FIRST: string
NAME_MIDDLE: string
NAME_SFX: string
BIRTH_DT: date32[day]
REG_DT: date32[day]
PARTY_CD: string
PHONE_NUM: string
-- schema metadata --
pandas: '{"index_columns": [{"kind": "range", "name": null, "start": 0, "' + 1589
>>> pd.read_parquet("s3://kestrel-civic/voters/nc_wake_2024q1.parquet").head(3)
   VOTER_ID          NAME_LAST  NAME_FIRST NAME_MIDDLE NAME_SFX    BIRTH_DT      REG_DT PARTY_CD   PHONE_NUM
0  AX447129         MCALLISTER     DESHAWN      TYRELL       JR  1989-06-02  2007-08-15      DEM  9194471290
1  BN120447  QUINTANILLA-ROJAS     XIOMARA        None     None  1975-02-11  2012-10-01      UNA  9848120447
2  CC044712               PHAM  MINH QUANG        None     None  1962-12-24  1998-03-30      REP        None`,
    // Each name column is its own span (two given names in one NAME_FIRST cell are one); the suffix, party codes and registration dates are not ours.
    expected: [
      ['PERSON', 'MCALLISTER'],
      ['PERSON', 'DESHAWN'],
      ['PERSON', 'TYRELL'],
      ['DATE_OF_BIRTH', '1989-06-02'],
      ['PHONE', '9194471290'],
      ['PERSON', 'QUINTANILLA-ROJAS'],
      ['PERSON', 'XIOMARA'],
      ['DATE_OF_BIRTH', '1975-02-11'],
      ['PHONE', '9848120447'],
      ['PERSON', 'PHAM'],
      ['PERSON', 'MINH QUANG'],
      ['DATE_OF_BIRTH', '1962-12-24'],
    ],
  },
  {
    name: 'SQL seed file copied from a production snapshot with applicant_name, dob, referred_by, approver logins and signatory',
    text: `-- db/seeds/003_loan_applications.sql  (staging refresh from prod snapshot 2024-03-08 — DO NOT COMMIT)
INSERT INTO loan_applications (id, applicant_name, dob, phone, referred_by, approver, signatory, status, submitted_at) VALUES
  (4471, 'Nino Beridze', '1990-05-17', '+995 599 44 71 29', 'Giorgi Kapanadze', 'l.gelashvili', 'Levan Gelashvili', 'approved', '2024-02-27 10:14:02'),
  (4472, 'Anahit Hovhannisyan', '1986-11-30', '+374 91 447129', NULL, 'system', 'Hovsep Karapetyan', 'approved', '2024-02-28 09:02:51'),
  (4473, 'Tamar Lomidze', '1999-01-09', '+995 577 12 04 47', 'Nino Beridze', 'auto-underwriter', NULL, 'pending', '2024-03-01 16:40:09');
SELECT setval('loan_applications_id_seq', 4473);`,
    // Approver logins (l.gelashvili, system, auto-underwriter) are accounts, not names; submission times are not birth dates.
    expected: [
      ['PERSON', 'Nino Beridze'],
      ['DATE_OF_BIRTH', '1990-05-17'],
      ['PHONE', '+995 599 44 71 29'],
      ['PERSON', 'Giorgi Kapanadze'],
      ['PERSON', 'Levan Gelashvili'],
      ['PERSON', 'Anahit Hovhannisyan'],
      ['DATE_OF_BIRTH', '1986-11-30'],
      ['PHONE', '+374 91 447129'],
      ['PERSON', 'Hovsep Karapetyan'],
      ['PERSON', 'Tamar Lomidze'],
      ['DATE_OF_BIRTH', '1999-01-09'],
      ['PHONE', '+995 577 12 04 47'],
      ['PERSON', 'Nino Beridze'],
    ],
  },
  {
    name: 'dbt seed CSV of referring physicians with npi, physician, credential, a practice named after one of them, phone and fax',
    text: `$ cat seeds/ref_physicians.csv
npi,physician,credential,specialty,practice,phone,fax
1447129038,Folasade Adeyemi,MD,Pediatrics,Adeyemi Pediatrics,(919) 447-1290,(919) 447-1291
1558120447,Thiruvengadam Ramanathan,DO,Cardiology,Triangle Heart Associates,919-812-0447,
1669044712,Sung-min Cho,MD,Family Medicine,Cary Family Medicine,(984) 220-4471,(984) 220-4472
$ dbt seed --select ref_physicians
10:14:02  Running with dbt=1.7.9
10:14:03  Found 42 models, 3 seeds, 118 tests, 0 sources, 0 exposures, 0 metrics, 612 macros
10:14:04  1 of 1 START seed file analytics.ref_physicians ........................... [RUN]
10:14:04  1 of 1 OK loaded seed file analytics.ref_physicians ....................... [INSERT 3 in 0.41s]
10:14:04  Completed successfully`,
    // NPI numbers are provider ids; a practice named after a physician is a practice; credentials are no part of a name.
    expected: [
      ['PERSON', 'Folasade Adeyemi'],
      ['PHONE', '(919) 447-1290'],
      ['PHONE', '(919) 447-1291'],
      ['PERSON', 'Thiruvengadam Ramanathan'],
      ['PHONE', '919-812-0447'],
      ['PERSON', 'Sung-min Cho'],
      ['PHONE', '(984) 220-4471'],
      ['PHONE', '(984) 220-4472'],
    ],
  },
  {
    name: 'Airtable grid CSV of tutoring sessions with Student, Student DOB, Tutor, Guardian, Guardian phone and Created by',
    text: `Session,Student,Student DOB,Tutor,Guardian,Guardian phone,Session date,Subject,Created by
S-0447,Kofi Asante-Darko,9/14/2010,Rahel Bekele,Abena Asante-Darko,+233 24 447 1290,3/4/2024,Maths,Priscilla Mensah
S-0448,Thandiwe Mokoena,2/3/2011,Dawit Alemu,Sipho Mokoena,+27 82 447 1290,3/5/2024,Physics,Priscilla Mensah
S-0449,Kofi Asante-Darko,9/14/2010,Dawit Alemu,Abena Asante-Darko,+233 24 447 1290,3/7/2024,Chemistry,Airtable Automation`,
    // "Airtable Automation" is a system author; session dates are not birth dates.
    expected: [
      ['PERSON', 'Kofi Asante-Darko'],
      ['DATE_OF_BIRTH', '9/14/2010'],
      ['PERSON', 'Rahel Bekele'],
      ['PERSON', 'Abena Asante-Darko'],
      ['PHONE', '+233 24 447 1290'],
      ['PERSON', 'Priscilla Mensah'],
      ['PERSON', 'Thandiwe Mokoena'],
      ['DATE_OF_BIRTH', '2/3/2011'],
      ['PERSON', 'Dawit Alemu'],
      ['PERSON', 'Sipho Mokoena'],
      ['PHONE', '+27 82 447 1290'],
      ['PERSON', 'Priscilla Mensah'],
      ['PERSON', 'Kofi Asante-Darko'],
      ['DATE_OF_BIRTH', '9/14/2010'],
      ['PERSON', 'Dawit Alemu'],
      ['PERSON', 'Abena Asante-Darko'],
      ['PHONE', '+233 24 447 1290'],
    ],
  },
  {
    name: 'Notion CSV export of a junior rugby roster with Player, DOB, Coach and an Emergency contact cell holding a name, relation and phone',
    text: `Player,Position,DOB,Coach,Emergency contact,Team
Leilani Fonoti,Wing,"May 3, 2010",Sione Taufa,Fetu Fonoti (mum) 021 448 2290,U14 Girls Blue
Mele Havili,Prop,"January 19, 2010",Sione Taufa,Tevita Havili (dad) 027 120 4471,U14 Girls Blue
Ana Lolohea,Halfback,"August 30, 2011",Kiri Matenga,ʻOfa Lolohea (nana) 09 836 0447,U14 Girls Gold`,
    // Positions and team names are not ours; the ʻokina in ʻOfa is part of the name.
    expected: [
      ['PERSON', 'Leilani Fonoti'],
      ['DATE_OF_BIRTH', 'May 3, 2010'],
      ['PERSON', 'Sione Taufa'],
      ['PERSON', 'Fetu Fonoti'],
      ['PHONE', '021 448 2290'],
      ['PERSON', 'Mele Havili'],
      ['DATE_OF_BIRTH', 'January 19, 2010'],
      ['PERSON', 'Sione Taufa'],
      ['PERSON', 'Tevita Havili'],
      ['PHONE', '027 120 4471'],
      ['PERSON', 'Ana Lolohea'],
      ['DATE_OF_BIRTH', 'August 30, 2011'],
      ['PERSON', 'Kiri Matenga'],
      ['PERSON', 'ʻOfa Lolohea'],
      ['PHONE', '09 836 0447'],
    ],
  },
  {
    name: 'ServiceNow incident export CSV with caller_id and assigned_to display names, sys_created_by user ids and assignment groups',
    text: `"number","short_description","caller_id","assigned_to","assignment_group","sys_created_by","opened_at","cmdb_ci"
"INC0044712","VPN drops every 10 min since Monday","Hemi Rawiri","Anjali Venkataraman","Network Ops","hemi.rawiri","2024-03-11 08:14:02","vpn-gw-02"
"INC0044713","Cannot open payroll report in SAP","Oluwakemi Falade","","Service Desk","svc_email_ingest","2024-03-11 09:01:44","sap-prd-01"
"INC0044714","Password reset for lobby kiosk account","Service Desk Bot","Anjali Venkataraman","Service Desk","admin","2024-03-11 09:30:17","kiosk-lobby-3"`,
    // sys_created_by holds user ids (hemi.rawiri, svc_email_ingest, admin); groups, the bot caller and configuration items are not people.
    expected: [
      ['PERSON', 'Hemi Rawiri'],
      ['PERSON', 'Anjali Venkataraman'],
      ['PERSON', 'Oluwakemi Falade'],
      ['PERSON', 'Anjali Venkataraman'],
    ],
  },
  {
    name: 'Excel paste of a lease roll with Tenant, Tenant phone, Landlord (people, an LLC and a trust), Landlord phone and lease dates',
    text: `Unit	Tenant	Tenant phone	Landlord	Landlord phone	Lease start	Lease end	Rent (USD)
2B	Ikaika Kealoha	(808) 447-1290	Greystone Property Mgmt LLC	(808) 521-0447	2023-09-01	2024-08-31	2,450
3A	Pania Rangihuna	(808) 812-0447	Leilani Akana	(808) 330-4471	2024-01-15	2025-01-14	2,180
4C	Tatiana Quispe Huamán	(808) 220-4471	Kapiolani Holdings Trust		2023-06-01	2024-05-31	2,875`,
    // A management LLC and a trust named after a place are landlords but not people; lease dates and rents are not ours.
    expected: [
      ['PERSON', 'Ikaika Kealoha'],
      ['PHONE', '(808) 447-1290'],
      ['PHONE', '(808) 521-0447'],
      ['PERSON', 'Pania Rangihuna'],
      ['PHONE', '(808) 812-0447'],
      ['PERSON', 'Leilani Akana'],
      ['PHONE', '(808) 330-4471'],
      ['PERSON', 'Tatiana Quispe Huamán'],
      ['PHONE', '(808) 220-4471'],
    ],
  },
  {
    name: 'Zotero CSV export of a reading list with "Last, First" authors separated by semicolons and eponymous methods in titles',
    text: `"Key","Item Type","Publication Year","Author","Title","Publication Title","DOI","Date Added"
"K4471ABC","journalArticle","2021","Mbeki, Thandeka; Ortiz-Villanueva, Rubén; Tuhiwai, Mereana","Kaplan–Meier estimates of graft survival in a Pacific cohort","Transplantation Reports","10.1016/j.tpr.2021.100447","2024-03-01 10:14:02"
"K4472DEF","conferencePaper","2019","Nakamura, Haruki; Okonjo, Chukwuemeka","Newton–Raphson convergence diagnostics for Bayesian hierarchical models","Proceedings of the Joint Statistical Meetings","10.5281/zenodo.4471290","2024-03-02 16:40:51"
"K4473GHI","book","2017","Sørensen, Ingeborg","Fisher information and the Cramér–Rao bound","Springer Texts in Statistics","","2024-03-04 09:12:33"`,
    // Authors of cited works are people; methods named after people (Kaplan–Meier, Newton–Raphson, Fisher, Cramér–Rao) are not.
    expected: [
      ['PERSON', 'Mbeki, Thandeka'],
      ['PERSON', 'Ortiz-Villanueva, Rubén'],
      ['PERSON', 'Tuhiwai, Mereana'],
      ['PERSON', 'Nakamura, Haruki'],
      ['PERSON', 'Okonjo, Chukwuemeka'],
      ['PERSON', 'Sørensen, Ingeborg'],
    ],
  },
  {
    name: 'psql CMDB host list whose name column holds servers (two named after scientists) and whose owner column holds teams',
    text: `cmdb=> SELECT name, env, owner, ip, os, contact FROM hosts WHERE decommissioned IS NULL ORDER BY name;
     name      |   env   |    owner    |      ip       |         os         |    contact
---------------+---------+-------------+---------------+--------------------+---------------
 atlas-db-01   | prod    | platform    | 10.20.4.71    | Ubuntu 22.04.4 LTS | #sre-oncall
 hermes-api-02 | prod    | payments    | 10.20.4.72    | Ubuntu 22.04.4 LTS | #payments-eng
 marie-curie   | staging | data-eng    | 192.168.44.12 | Rocky Linux 9.3    | #data-eng
 turing-gpu-01 | dev     | ml-research | 172.16.8.9    | Ubuntu 20.04.6 LTS | #ml-infra
(4 rows)`,
    // Hosts named after people, teams and channels are not people; OS versions are not addresses.
    expected: [
      ['IP_ADDRESS', '10.20.4.71'],
      ['IP_ADDRESS', '10.20.4.72'],
      ['IP_ADDRESS', '192.168.44.12'],
      ['IP_ADDRESS', '172.16.8.9'],
    ],
  },
  {
    name: 'German phone shop stock list whose Handy column holds device models, with IMEIs, suppliers and order dates',
    text: `Artikel-Nr.;Handy;Speicher;IMEI;Lieferant;Bestelldatum;EK-Preis
4471-01;Samsung Galaxy S23;128 GB;356938035643809;Mobilcom Großhandel GmbH;04.03.2024;612,40
4471-02;Apple iPhone 15;256 GB;353918104471290;Ingram Micro;05.03.2024;889,00
4471-03;Google Pixel 8;128 GB;358240051111110;Also Deutschland GmbH;05.03.2024;539,00
4471-04;Fairphone 5;256 GB;351756051523999;Fairphone B.V.;07.03.2024;569,00`,
    // Handy here means a device, not a number; IMEIs, article numbers, order dates and prices are not ours.
    expected: [],
  },
  {
    name: 'pandas frame of furniture products named like people, with a designer column holding people and a studio',
    text: `>>> products.loc[products.collection.isin(["Nordlys", "Havn"]), ["sku", "name", "collection", "designer", "launch_date", "price_eur"]]
        sku                name collection           designer launch_date  price_eur
0  SOF-4471     Linnea armchair    Nordlys   Ingrid Halvorsen  2024-03-01      649.0
1  SOF-4472  Henrik sofa 3-seat    Nordlys   Ingrid Halvorsen  2024-03-01     1290.0
2  LMP-0447   Astrid floor lamp       Havn  Tomasz Wierzbicki  2023-09-15      189.0
3  TBL-1290   Margot side table       Havn     Studio Kestrel  2023-09-15      149.0`,
    // Products called Linnea, Henrik, Astrid and Margot are products; a design studio is not a person; launch dates are not birth dates.
    expected: [
      ['PERSON', 'Ingrid Halvorsen'],
      ['PERSON', 'Ingrid Halvorsen'],
      ['PERSON', 'Tomasz Wierzbicki'],
    ],
  },
  {
    name: 'masking job output pasted with a question: masked names, e-mails, phones and birth dates, and one row that came through unmasked',
    text: `The masking job for the support export finished but row 3 looks unmasked — can you see why from the output?

customer,email,phone,dob,plan,last_login
"A****** O*****","a*****@g****.com","+44 ***** **4471","**/**/1987","pro","2024-03-10"
"K*** T*******","k***@o******.com","+44 ***** **1290","**/**/1992","free","2024-03-11"
"Rangi Parata","rangi.parata@gmail.com","+64 21 447 1290","03/08/1990","team","2024-03-11"
"S**** N*****","s****@y****.co.uk","+44 ***** **0447","**/**/1979","pro","2024-03-11"

mask_config.yaml: customer: initials_star, email: local_and_domain_star, phone: keep_last_4, dob: year_only, country_filter: ["GB"]`,
    // Masked values name no one; last-login dates are not birth dates.
    expected: [
      ['PERSON', 'Rangi Parata'],
      ['EMAIL', 'rangi.parata@gmail.com'],
      ['PHONE', '+64 21 447 1290'],
      ['DATE_OF_BIRTH', '03/08/1990'],
    ],
  },
  {
    name: "pandas to_html() of a French staff table with Nom in capitals, Prénom, Date de naissance, Date d'embauche and tél.",
    text: `<p>Voici l'extrait RH demandé (effectif Brest) :</p>
<table border="1" class="dataframe">
  <thead>
    <tr style="text-align: right;">
      <th>Matricule</th>
      <th>Nom</th>
      <th>Prénom</th>
      <th>Date de naissance</th>
      <th>Date d'embauche</th>
      <th>tél.</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td>E0447</td>
      <td>N'GUESSAN</td>
      <td>Aya Estelle</td>
      <td>1991-05-12</td>
      <td>2019-01-07</td>
      <td>06 44 71 29 03</td>
    </tr>
    <tr>
      <td>E0448</td>
      <td>KONÉ</td>
      <td>Souleymane</td>
      <td>1984-10-03</td>
      <td>2012-09-03</td>
      <td>+33 6 12 04 47 71</td>
    </tr>
    <tr>
      <td>E0449</td>
      <td>LE GOFF</td>
      <td>Maëlle</td>
      <td>1997-01-29</td>
      <td>2023-04-17</td>
      <td>02 98 41 20 44</td>
    </tr>
  </tbody>
</table>`,
    // Nom and Prénom are separate cells, so separate spans; hiring dates are not birth dates.
    expected: [
      ['PERSON', "N'GUESSAN"],
      ['PERSON', 'Aya Estelle'],
      ['DATE_OF_BIRTH', '1991-05-12'],
      ['PHONE', '06 44 71 29 03'],
      ['PERSON', 'KONÉ'],
      ['PERSON', 'Souleymane'],
      ['DATE_OF_BIRTH', '1984-10-03'],
      ['PHONE', '+33 6 12 04 47 71'],
      ['PERSON', 'LE GOFF'],
      ['PERSON', 'Maëlle'],
      ['DATE_OF_BIRTH', '1997-01-29'],
      ['PHONE', '02 98 41 20 44'],
    ],
  },
  {
    name: 'Excel paste of a Philippine payroll master with "LAST, First M." names, Birthday, Contact No., SSS and PhilHealth numbers',
    text: `Emp No.	Employee Name	Birthday	Contact No.	SSS No.	PhilHealth No.	Date Hired
0447	DELA CRUZ, Ma. Cristina R.	03/14/1990	0917 447 1290	34-1234471-9	12-044712903-4	06/01/2015
0448	MACARAEG, Rhodora P.	11/02/1985	0928 120 4471	33-4471290-1	19-051204471-2	01/15/2018
0449	SANTOS-TIONGSON, Mark Anthony D.	07/30/1996	+63 995 812 0447	02-3044712-5	08-250447120-7	09/12/2022`,
    // One "LAST, First M." field is one span; SSS and PhilHealth numbers are national ids; hire dates are not birth dates.
    expected: [
      ['PERSON', 'DELA CRUZ, Ma. Cristina R.'],
      ['DATE_OF_BIRTH', '03/14/1990'],
      ['PHONE', '0917 447 1290'],
      ['PERSON', 'MACARAEG, Rhodora P.'],
      ['DATE_OF_BIRTH', '11/02/1985'],
      ['PHONE', '0928 120 4471'],
      ['PERSON', 'SANTOS-TIONGSON, Mark Anthony D.'],
      ['DATE_OF_BIRTH', '07/30/1996'],
      ['PHONE', '+63 995 812 0447'],
    ],
  },
  {
    name: "psql outpatient registrations of an Addis Ababa clinic with patient_name, name_am in Ge'ez script, dob, kebele ID and phone",
    text: `emr=# SELECT mrn, patient_name, name_am, dob, kebele_id, phone, visit_date FROM opd.registrations WHERE visit_date = '2024-03-11' LIMIT 3;
    mrn    |      patient_name       |    name_am     |    dob     |  kebele_id  |      phone       | visit_date
-----------+-------------------------+----------------+------------+-------------+------------------+------------
 AA-044712 | Selamawit Tesfaye Haile | ሰላማዊት ተስፋዬ ኃይሌ | 1994-02-18 | KB/07/44712 | +251 91 144 7129 | 2024-03-11
 AA-044713 | Yohannes Girma Kebede   | ዮሐንስ ግርማ ከበደ   | 1961-09-30 | KB/03/12044 | 0911 204 471     | 2024-03-11
 AA-044714 | Abebech Gudeta Wolde    | አበበች ጉደታ ወልዴ   | 1987-06-05 |             | +251 92 447 1290 | 2024-03-11
(3 rows)`,
    // MRNs and kebele IDs are not ours; visit dates are not birth dates.
    expected: [
      ['PERSON', 'Selamawit Tesfaye Haile'],
      ['PERSON', 'ሰላማዊት ተስፋዬ ኃይሌ'],
      ['DATE_OF_BIRTH', '1994-02-18'],
      ['PHONE', '+251 91 144 7129'],
      ['PERSON', 'Yohannes Girma Kebede'],
      ['PERSON', 'ዮሐንስ ግርማ ከበደ'],
      ['DATE_OF_BIRTH', '1961-09-30'],
      ['PHONE', '0911 204 471'],
      ['PERSON', 'Abebech Gudeta Wolde'],
      ['PERSON', 'አበበች ጉደታ ወልዴ'],
      ['DATE_OF_BIRTH', '1987-06-05'],
      ['PHONE', '+251 92 447 1290'],
    ],
  },
  {
    name: 'psql expanded record of a Cusco patient with nombre, fecha_nac, celular, next_of_kin, physician and a referring health post',
    text: `clinica=> \\x
Expanded display is on.
clinica=> SELECT * FROM pacientes WHERE id = 4471;
-[ RECORD 1 ]--+-------------------------------
id             | 4471
nombre         | Nayra Mamani Apaza
fecha_nac      | 1993-08-21
celular        | +51 984 471 290
dni            | 44712903
next_of_kin    | Wilber Mamani Quispe (esposo)
tel_contacto   | 984 120 447
physician      | Dra. Killa Condori Huallpa
referred_by    | Posta de Salud Chinchero
guardian       | 
fecha_registro | 2024-03-11 09:14:02`,
    // The title Dra. and the relation (esposo) are no part of the names; a health post is a place; the DNI is a national id.
    expected: [
      ['PERSON', 'Nayra Mamani Apaza'],
      ['DATE_OF_BIRTH', '1993-08-21'],
      ['PHONE', '+51 984 471 290'],
      ['PERSON', 'Wilber Mamani Quispe'],
      ['PHONE', '984 120 447'],
      ['PERSON', 'Killa Condori Huallpa'],
    ],
  },
  {
    name: 'Gramps CSV export of a Māori family tree with Surname and Given columns, birth, death and marriage dates and places',
    text: `Place,Title,Name,Type,Latitude,Longitude,Code,Enclosed_by,Date
[P0001],,Rotorua,City,-38.1368,176.2497,,,
[P0002],,Whakatāne,Town,-37.9533,176.9953,,,
[P0003],,Ōhinemutu,Village,-38.1297,176.2436,,,

Person,Surname,Given,Call,Suffix,Prefix,Title,Gender,Birth date,Birth place,Birth source,Baptism date,Baptism place,Baptism source,Death date,Death place,Death source,Burial date,Burial place,Burial source,Note
[I0001],Tawhiri,Mere Ani,,,,,female,1938-02-11,[P0001],,,,,2011-07-04,[P0002],,,,,
[I0002],Rawiri,Hemi,,,,,male,1934-11-23,[P0002],,,,,1999-03-15,[P0002],,,,,
[I0003],Rawiri,Aperahama,,,,,male,1962-05-30,[P0001],,,,,,,,,,,

Marriage,Husband,Wife,Date,Place,Source,Note
[F0001],[I0002],[I0001],1958-12-20,[P0003],,

Family,Child
[F0001],[I0003]`,
    // Surname and Given are separate columns, so separate spans; birth dates of the dead are birth dates; death and marriage dates, coordinates and places are not.
    expected: [
      ['PERSON', 'Tawhiri'],
      ['PERSON', 'Mere Ani'],
      ['DATE_OF_BIRTH', '1938-02-11'],
      ['PERSON', 'Rawiri'],
      ['PERSON', 'Hemi'],
      ['DATE_OF_BIRTH', '1934-11-23'],
      ['PERSON', 'Rawiri'],
      ['PERSON', 'Aperahama'],
      ['DATE_OF_BIRTH', '1962-05-30'],
    ],
  },
  {
    name: "contact-centre QA export CSV where notes spell the caller's surname letter by letter and confirm a birth date",
    text: `call_id,agent,queue,caller_name,callback,notes,wrap_code,handle_s
c-20240311-0447,agt_0412,billing,Ifeoma Nwachukwu,+44 7700 447129,"caller spelled surname N-W-A-C-H-U-K-W-U; account was under maiden name, updated",NAME_CHANGE,412
c-20240311-0448,agt_0388,cards,Siosaia Vainikolo,020 8447 1290,"spelled V-A-I-N-I-K-O-L-O, dob 1988-04-02 confirmed, card reissued",REISSUE,633
c-20240311-0449,agt_0412,billing,,,"silent call, no account",NO_CONTACT,41`,
    // Agent ids, wrap codes and handle times are not ours; spelled surnames are names.
    expected: [
      ['PERSON', 'Ifeoma Nwachukwu'],
      ['PHONE', '+44 7700 447129'],
      ['PERSON', 'N-W-A-C-H-U-K-W-U'],
      ['PERSON', 'Siosaia Vainikolo'],
      ['PHONE', '020 8447 1290'],
      ['PERSON', 'V-A-I-N-I-K-O-L-O'],
      ['DATE_OF_BIRTH', '1988-04-02'],
    ],
  },
  {
    name: 'Google Sheets paste of a volunteer fire brigade roster with nicknames in quotes inside the Name cell, callsigns and pager numbers',
    text: `Name	Role	Callsign	Mobile	DOB	Pager
Matiu "Matt" Rangi	Chief Fire Officer	CFO 1	027 447 1290	12/03/1971	447
Sione "Junior" Taufa	Senior Firefighter	RESCUE 2	021 120 4471	28/09/1988	448
Kahurangi Whaanga	Firefighter		022 812 0447	05/01/1999	451`,
    // A Name cell with a quoted nickname is one name; callsigns, roles and three-digit pager numbers are not ours.
    expected: [
      ['PERSON', 'Matiu "Matt" Rangi'],
      ['PHONE', '027 447 1290'],
      ['DATE_OF_BIRTH', '12/03/1971'],
      ['PERSON', 'Sione "Junior" Taufa'],
      ['PHONE', '021 120 4471'],
      ['DATE_OF_BIRTH', '28/09/1988'],
      ['PERSON', 'Kahurangi Whaanga'],
      ['PHONE', '022 812 0447'],
      ['DATE_OF_BIRTH', '05/01/1999'],
    ],
  },
  {
    name: 'DuckDB box of a staging payment-methods table with holder names as embossed, full and masked PANs, a billing phone and an IBAN',
    text: `D SELECT holder, pan, exp, billing_phone, iban FROM stg_payment_methods WHERE customer_id IN (4471, 4472, 4473, 4474);
┌──────────────────────┬──────────────────┬─────────┬───────────────────┬────────────────────┐
│        holder        │       pan        │   exp   │   billing_phone   │        iban        │
│       varchar        │     varchar      │ varchar │      varchar      │      varchar       │
├──────────────────────┼──────────────────┼─────────┼───────────────────┼────────────────────┤
│ MAKERITA FIFITA      │ 4532014471290411 │ 09/27   │ +64 21 447 1290   │ NULL               │
│ ADEWALE O OYELARAN   │ 5375120447129034 │ 03/26   │ +234 802 447 1290 │ NULL               │
│ CHEN YU-TING         │ 522847******1838 │ 11/26   │ NULL              │ NULL               │
│ Femke van der Linden │ NULL             │ NULL    │ +31 6 4471 2903   │ NL07RABO0344712903 │
└──────────────────────┴──────────────────┴─────────┴───────────────────┴────────────────────┘
D -- why are full PANs in staging?? the tokeniser should have run before the copy`,
    // A masked PAN is no card number; expiry dates are not birth dates.
    expected: [
      ['PERSON', 'MAKERITA FIFITA'],
      ['CREDIT_CARD', '4532014471290411'],
      ['PHONE', '+64 21 447 1290'],
      ['PERSON', 'ADEWALE O OYELARAN'],
      ['CREDIT_CARD', '5375120447129034'],
      ['PHONE', '+234 802 447 1290'],
      ['PERSON', 'CHEN YU-TING'],
      ['PERSON', 'Femke van der Linden'],
      ['PHONE', '+31 6 4471 2903'],
      ['IBAN', 'NL07RABO0344712903'],
    ],
  },
  {
    name: 'MySQL output of CMS posts with author_name and created_by logins, then the users table with an API token',
    text: `mysql> SELECT id, title, author_name, created_by, published_at FROM cms_posts ORDER BY id DESC LIMIT 4;
+------+-----------------------------+-------------------------+----------------+---------------------+
| id   | title                       | author_name             | created_by     | published_at        |
+------+-----------------------------+-------------------------+----------------+---------------------+
| 1290 | Spring menu at Bar Pintxo   | Lucía Ybarra Echeverría | lybarra        | 2024-03-08 09:00:00 |
| 1289 | How we moved to Postgres 16 | Kwabena Osei-Tutu       | kosei          | 2024-03-05 14:30:00 |
| 1288 | Meet our new head chef      | Mariam Javakhishvili    | mjavakhishvili | 2024-02-28 10:00:00 |
| 1287 | Q1 opening hours            | Editorial Team          | cron           | 2024-02-20 06:00:00 |
+------+-----------------------------+-------------------------+----------------+---------------------+
4 rows in set (0.00 sec)

mysql> SELECT user_login, user_email, api_token, user_registered FROM cms_users WHERE user_login IN ('kosei', 'cron');
+------------+---------------------------------------+------------------------------------------+---------------------+
| user_login | user_email                            | api_token                                | user_registered     |
+------------+---------------------------------------+------------------------------------------+---------------------+
| kosei      | kwabena.osei-tutu@kestrel-kitchen.com | ${cmsToken} | 2021-06-14 08:12:09 |
| cron       | cron@localhost                        |                                          | 2019-01-01 00:00:00 |
+------------+---------------------------------------+------------------------------------------+---------------------+
2 rows in set (0.00 sec)`,
    // created_by and user_login hold logins; "Editorial Team" is no one; a local cron mailbox is not an address; Bar Pintxo is a bar.
    expected: [
      ['PERSON', 'Lucía Ybarra Echeverría'],
      ['PERSON', 'Kwabena Osei-Tutu'],
      ['PERSON', 'Mariam Javakhishvili'],
      ['EMAIL', 'kwabena.osei-tutu@kestrel-kitchen.com'],
      ['SECRET', cmsToken],
    ],
  },
  {
    name: "Asana project CSV export with task names, Assignee and Assignee Email, and notes holding a landlord's phone and a new hire's birth date",
    text: `Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,Assignee Email,Start Date,Due Date,Tags,Notes,Projects,Parent task
1206744712903,2024-03-01,,2024-03-08,Renew lease – Harbour St office,Legal,Ngaire Pohatu,ngaire.pohatu@kestrel-legal.co.nz,,2024-03-29,,"Landlord contact: Grant McAllister 09 447 1290, wants 3-yr term",Office moves,
1206744712904,2024-03-02,2024-03-06,2024-03-06,Ship Q1 board pack,Finance,Baurzhan Temirkhanov,b.temirkhanov@kestrel-legal.co.nz,2024-03-04,2024-03-06,board,,Board,
1206744712905,2024-03-04,,2024-03-04,Set up onboarding for Losaline Kioa,HR,Ngaire Pohatu,ngaire.pohatu@kestrel-legal.co.nz,,2024-03-15,onboarding,"Starts 18 Mar. For payroll: DOB 1998-10-23, mobile 021 447 0129",HR,`,
    // Task ids, due and start dates and the street Harbour St are not ours.
    expected: [
      ['PERSON', 'Ngaire Pohatu'],
      ['EMAIL', 'ngaire.pohatu@kestrel-legal.co.nz'],
      ['PERSON', 'Grant McAllister'],
      ['PHONE', '09 447 1290'],
      ['PERSON', 'Baurzhan Temirkhanov'],
      ['EMAIL', 'b.temirkhanov@kestrel-legal.co.nz'],
      ['PERSON', 'Losaline Kioa'],
      ['PERSON', 'Ngaire Pohatu'],
      ['EMAIL', 'ngaire.pohatu@kestrel-legal.co.nz'],
      ['DATE_OF_BIRTH', '1998-10-23'],
      ['PHONE', '021 447 0129'],
    ],
  },
  {
    name: 'Excel paste of a German customer list with Kunde (companies), Ansprechpartner with titles, Telefon, Handy, Letzter Besuch and Außendienst',
    text: `Kd.-Nr.	Kunde	Ansprechpartner	Telefon	Handy	Letzter Besuch	Außendienst
K-44712	Rößler Haustechnik GmbH & Co. KG	Herr Dr. Klaus-Dieter Rößler	0711 447129-0	0172 4471290	12.02.2024	Marlene Baumann
K-44713	Krause Dental Labor	Frau Şebnem Aydın-Krause	040 8120447		19.02.2024	Marlene Baumann
K-44714	Nordsee Fisch Import	Herr Ole Petersen	04841 90447	0151 22044712	26.02.2024	Tobias Ehrhardt`,
    // Firms named after their owners are firms; Herr, Frau and Dr. are no part of a name; visit dates are not birth dates.
    expected: [
      ['PERSON', 'Klaus-Dieter Rößler'],
      ['PHONE', '0711 447129-0'],
      ['PHONE', '0172 4471290'],
      ['PERSON', 'Marlene Baumann'],
      ['PERSON', 'Şebnem Aydın-Krause'],
      ['PHONE', '040 8120447'],
      ['PERSON', 'Marlene Baumann'],
      ['PERSON', 'Ole Petersen'],
      ['PHONE', '04841 90447'],
      ['PHONE', '0151 22044712'],
      ['PERSON', 'Tobias Ehrhardt'],
    ],
  },
  {
    name: 'Spark show() of a sales pipeline with account, rep, close_date and an "unassigned" placeholder rep',
    text: `>>> pipeline.filter("region = 'ZA'").select("opp_id", "account", "rep", "close_date", "amount_usd", "forecast").show()
+----------+--------------------+---------------+----------+----------+---------+
|    opp_id|             account|            rep|close_date|amount_usd| forecast|
+----------+--------------------+---------------+----------+----------+---------+
|OPP-004471|Baobab Freight (Pty)| Sinazo Dlamini|2024-03-28|     48500|   Commit|
|OPP-004472|   Mokoena Logistics|Arnav Mukherjee|2024-04-15|     12900|Best Case|
|OPP-004473|   Karoo Solar Co-op| Sinazo Dlamini|2024-05-02|     77250| Pipeline|
|OPP-004474|      Highveld Dairy|     unassigned|2024-06-30|      5400| Pipeline|
+----------+--------------------+---------------+----------+----------+---------+`,
    // Accounts (one named after a family) are companies; "unassigned" is no one; close dates are not birth dates.
    expected: [
      ['PERSON', 'Sinazo Dlamini'],
      ['PERSON', 'Arnav Mukherjee'],
      ['PERSON', 'Sinazo Dlamini'],
    ],
  },
];

describeHoldout(
  'privacy hold-out 17: tables and records of people as notebooks, database clients and BI tools print them',
  cases,
);
