import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A fifty-third hand-written hold-out: the output of statistical, scientific and BI tools as an
 * analyst pastes it into an AI helper, text in scripts and languages earlier hold-outs met least,
 * and the traffic of agents and LLM apps. Tool output: an R data.frame print, a tibble with its
 * `<chr>` row, `str()`, `glimpse()` and `summary()` (a factor of clinicians), Stata `list` with its
 * `+----+` box and Data Editor rows, SAS PROC PRINT and a SAS log with an invalid-data NOTE, its
 * raw record and PDV dump and an echoed LIBNAME password, an SPSS Case Summaries table, Julia
 * DataFrames.jl, a MATLAB table, a wide Polars frame with `…` elisions, DuckDB `.mode line` and
 * `.mode box` after an ATTACH with a password, Spark `show(truncate=False)`, a Databricks notebook,
 * a Power BI executeQueries response, an Excel sheet with formulas shown, a Turkish Excel CSV with
 * a BOM and semicolons, the Google Sheets API, a Jupyter `display()` HTML table, a LaTeX `tabular`,
 * a Quarto report, R DBI. Scripts: Japanese (a pandas print, a Heisei-era birth date with a kana
 * reading), Korean (a CSV, a KakaoTalk export), Simplified and Traditional Chinese, a Thai LINE
 * export with a Buddhist-era date, Hindi, romanised Marathi, Bengali digits, Tamil, Gulf and
 * Maghreb Arabic, Hebrew, Persian digits and a zero-width non-joiner, Turkish, Kazakh, Uzbek in
 * Latin and Cyrillic, Mongolian, Amharic. Agent traffic: an OpenAI tool message of query rows, an
 * Anthropic tool_use and tool_result, a Responses API function_call, an embeddings batch sent with
 * curl, an evaluation JSONL, a fine-tuning JSONL, an MCP server log, a warehouse-connect tool_use.
 * 14 of its 70 cases are clean hard negatives: R `summary()` of character columns, Stata
 * `describe`, SAS NOTE lines, a Polars frame of masked and hashed values, firmware versions shaped
 * like addresses with 0.0.0.0 and loopback, statistical methods named after people, airports, a
 * road and a university named after people in five scripts, public figures as topics in Japanese,
 * Chinese and Hindi, a redaction fixture on example.com, a tool schema with response ids, Turkish
 * tax and MERSİS numbers with a masked IBAN and one failing mod 97, Persian sales figures with a
 * masked mobile, a cohort aggregate, a Japanese company profile with its founding date.
 *
 * Conventions as in hold-outs 50 to 52 and the README: first and last name in separate fields or
 * columns are separate spans (Korean-style Овог and Нэр too); a name in one cell or in prose is one
 * span, as are family-first names with a comma and CJK names written together or with a space; a
 * Kazakh, Uzbek or Bengali full name in one field is one span, its patronymic included; a kana
 * reading of a name is the name again; a given name alone counts when the same person is named in
 * full in the text (an Excel link label), never an agent known by a given name only (`상담원 지훈`); a
 * chat sender counts at each line; companies, roads, universities and airports named after people
 * are no people, nor public figures as topics or placeholder people on reserved domains; birth
 * dates count where labelled so (dob, birth_ts, Customer[Birth Date], 生年月日, 생년월일, 出生日期, วันเกิด,
 * जन्म तिथि, জন্ম তারিখ, பிறந்த தேதி, تاريخ الميلاد/الازدياد/الولادة, תאריך לידה, تاریخ تولد, Doğum
 * Tarihi, Туған күні, Tug‘ilgan sana, Төрсөн огноо, የትውልድ ቀን) or given as the answer to a question
 * about them, in any calendar and digits, without a midnight time; a raw SAS record whose PDV dump
 * labels the same value as dob is labelled too; national ids (TC Kimlik, 주민등록번호, 身分證字號, Aadhaar,
 * Bangladeshi NID, Saudi and Emirati ids, CIN, ת.ז., کد ملی, ЖСН, the Mongolian register number,
 * 法人番号), tax and company numbers, masked values, hashes, UUIDs, versions and tool-call ids are none
 * of our types; role and service mailboxes on real domains are e-mail addresses; private-range
 * hosts count, loopback and 0.0.0.0 do not, ports are outside an address's span; a secret's span is
 * its value, a libpq or ODBC password's only the password. Values are fake: Luhn-valid made-up
 * cards, IBANs with mod-97 check digits computed at their countries' lengths (the Dutch one with an
 * account number passing the eleven-test), SSNs in valid areas, made-up names, numbers and keys
 * (the keys assembled with `joinParts`).
 *
 * Written blind (labelled before the engine was run on it). When written, 54 of the 70 cases
 * passed; the 16 others carry a gap. No first-run failure was a mistake in the test: each was
 * checked against the conventions and the computed values (every card, IBAN and SSN was checked by
 * a script before the run), and all 16 are the engine's, all of them misses, no false alarm among
 * them. Two labels are arguable and are kept on purpose: the raw SAS record's date, tied to the
 * person's birth only by the PDV dump's `dob=` on the next line, and the kana reading of a Japanese
 * name. The rest are PERSON and DATE_OF_BIRTH in tool grids (SAS DATE9. and MATLAB dd-MMM-yyyy
 * dates, a Spark birth_ts at midnight, family-first factor levels, a Stata row with one space
 * before the date, the first row of tab-separated data) and the labels, senders and answers of
 * Thai, Marathi, Bengali, Tamil, Maghreb Arabic, Uzbek, Mongolian and Korean text; the Thai LINE
 * export gave no finding at all, not even its mobile.
 */

const k = joinParts;
const duckdbPassword = k('pG7!rw', 'Lx2qZ9mT');
const databricksToken = k('dapi', '7f3e9a2c4b1d8e6f', '0a5c3b9d2e7f4a1c');
const hfToken = k('hf_', 'wLhS6ohoNTCKi9Jk', 'Ct7C8jsT4Ku2PMGZma');
const openaiKey = k('sk-proj-', 'Tq7Lm2Xr9Vz4Wc8Nb3Ks6YpHd1FgJ5a', 'E0uQiR7mK2qLx9TzW4pV8nC3bY6s');
const sasPassword = k('Etl#', 'w8Qm2Rz5');
const rstudioPassword = k('rSt', 'udio-7Vq!m3Lx');
const warehousePassword = k('Wh9$tq', 'Lm4-Zr8v');

const cases: readonly HoldoutCase[] = [
  // ------------------------------------------------- R, Stata, SAS, SPSS, Julia, MATLAB output
  {
    name: 'R data.frame print from head(): a full name, an e-mail and a phone per row',
    text: `> head(churn_flagged, 3)
  cust_id           full_name                  email             phone churn_p
1   10482 Rosalind Achterberg r.achterberg@posteo.de +49 151 2847 3306    0.81
2   10517    Temitope Adeyemi tadeyemi@yahoo.co.uk    +44 7700 918244    0.77
3   10533     Casimir Dworak    cdworak@wp.pl         +48 601 382 745    0.74`,
    expected: [
      ['PERSON', 'Rosalind Achterberg'],
      ['EMAIL', 'r.achterberg@posteo.de'],
      ['PHONE', '+49 151 2847 3306'],
      ['PERSON', 'Temitope Adeyemi'],
      ['EMAIL', 'tadeyemi@yahoo.co.uk'],
      ['PHONE', '+44 7700 918244'],
      ['PERSON', 'Casimir Dworak'],
      ['EMAIL', 'cdworak@wp.pl'],
      ['PHONE', '+48 601 382 745'],
    ],
  },
  {
    name: 'tibble print with its <chr>/<date> type row: first and last name in separate columns, a dob column, mobiles',
    text: `# A tibble: 3 × 5
  first_name last_name  dob        mobile            city  
  <chr>      <chr>      <date>     <chr>             <chr> 
1 Oluwaseun  Bakare     1989-02-17 +234 803 417 2290 Lagos 
2 Ingeborg   Halvorsen  1976-11-30 +47 918 42 736    Bergen
3 Caoimhe    Ó Dálaigh  1994-05-08 +353 87 216 4409  Galway`,
    expected: [
      ['PERSON', 'Oluwaseun'],
      ['PERSON', 'Bakare'],
      ['DATE_OF_BIRTH', '1989-02-17'],
      ['PHONE', '+234 803 417 2290'],
      ['PERSON', 'Ingeborg'],
      ['PERSON', 'Halvorsen'],
      ['DATE_OF_BIRTH', '1976-11-30'],
      ['PHONE', '+47 918 42 736'],
      ['PERSON', 'Caoimhe'],
      ['PERSON', 'Ó Dálaigh'],
      ['DATE_OF_BIRTH', '1994-05-08'],
      ['PHONE', '+353 87 216 4409'],
    ],
  },
  {
    name: 'R str() of a data.frame: quoted names and e-mails in a chr vector, birth_date Date values cut by "..."',
    text: `> str(bp_cohort)
'data.frame':	3 obs. of  4 variables:
 $ patient   : chr  "Leopoldo Vasconcelos" "Hanneke Brouwer" "Siddharth Iyengar"
 $ birth_date: Date, format: "1958-09-21" "1963-01-04" ...
 $ email     : chr  "leo.vasc@sapo.pt" "hbrouwer@ziggo.nl" "sid.iyengar@rediffmail.com"
 $ sbp       : num  142 128 151`,
    expected: [
      ['PERSON', 'Leopoldo Vasconcelos'],
      ['PERSON', 'Hanneke Brouwer'],
      ['PERSON', 'Siddharth Iyengar'],
      ['DATE_OF_BIRTH', '1958-09-21'],
      ['DATE_OF_BIRTH', '1963-01-04'],
      ['EMAIL', 'leo.vasc@sapo.pt'],
      ['EMAIL', 'hbrouwer@ziggo.nl'],
      ['EMAIL', 'sid.iyengar@rediffmail.com'],
    ],
  },
  {
    name: 'dplyr glimpse(): buyers, e-mails, card numbers and client addresses, each row cut with an ellipsis',
    text: `> glimpse(orders)
Rows: 2,418
Columns: 6
$ order_id    <int> 88213, 88214, 88215, 88216, 88217, 88218, 88219, 88220, …
$ buyer       <chr> "Delphine Marchetti", "Kwabena Owusu-Ansah", "Yesenia Cordero", …
$ buyer_email <chr> "delphine.m@laposte.net", "kowusuansah@gmail.com", …
$ card_number <chr> "4539 1827 4610 5830", "5376041829530715", …
$ client_ip   <chr> "172.58.204.19", "98.214.77.130", …
$ amount      <dbl> 42.90, 118.00, 7.49, 260.15, 19.99, 88.00, 54.30, 12.75, …`,
    expected: [
      ['PERSON', 'Delphine Marchetti'],
      ['PERSON', 'Kwabena Owusu-Ansah'],
      ['PERSON', 'Yesenia Cordero'],
      ['EMAIL', 'delphine.m@laposte.net'],
      ['EMAIL', 'kowusuansah@gmail.com'],
      ['CREDIT_CARD', '4539 1827 4610 5830'],
      ['CREDIT_CARD', '5376041829530715'],
      ['IP_ADDRESS', '172.58.204.19'],
      ['IP_ADDRESS', '98.214.77.130'],
    ],
  },
  {
    name: 'R summary() of a data frame whose factor column lists clinicians family-first with a comma, with counts',
    text: `> summary(visits)
            clinician      visits         wait_min    
 Okonkwo, Adaeze :41   Min.   :1.00   Min.   :  3.0  
 Lindgren, Pelle :37   1st Qu.:2.00   1st Qu.: 11.0  
 Haddad, Rania   :29   Median :4.00   Median : 18.0  
 (Other)         :12   Mean   :4.37   Mean   : 21.6  
                       3rd Qu.:6.00   3rd Qu.: 27.0  
                       Max.   :9.00   Max.   :104.0  `,
    expected: [
      ['PERSON', 'Okonkwo, Adaeze'],
      ['PERSON', 'Lindgren, Pelle'],
      ['PERSON', 'Haddad, Rania'],
    ],
  },
  {
    name: 'NEGATIVE: R summary() of character columns (Length/Class/Mode) and numeric quartiles: no values shown',
    text: `> summary(survey_raw)
     name              email                age            score       
 Length:1200        Length:1200        Min.   :18.00   Min.   :0.1200  
 Class :character   Class :character   1st Qu.:29.00   1st Qu.:0.4100  
 Mode  :character   Mode  :character   Median :41.00   Median :0.5800  
                                       Mean   :42.37   Mean   :0.5630  
                                       3rd Qu.:55.00   3rd Qu.:0.7325  
                                       Max.   :89.00   Max.   :0.9900  
                                       NA's   :14                      `,
    expected: [],
  },
  {
    name: 'Stata list with its +----+ box: name, a %td dob, a US phone and an SSN per observation',
    text: `. list name dob phone ssn in 1/2, sep(0)

     +-----------------------------------------------------------+
     | name                  dob            phone           ssn |
     |-----------------------------------------------------------|
  1. | Tobias Wexler   03jun1971   (412) 683-2917   219-54-8837 |
  2. | Marisela Huerta 19dec1985   (915) 247-6630   531-28-4470 |
     +-----------------------------------------------------------+`,
    expected: [
      ['PERSON', 'Tobias Wexler'],
      ['DATE_OF_BIRTH', '03jun1971'],
      ['PHONE', '(412) 683-2917'],
      ['US_SSN', '219-54-8837'],
      ['PERSON', 'Marisela Huerta'],
      ['DATE_OF_BIRTH', '19dec1985'],
      ['PHONE', '(915) 247-6630'],
      ['US_SSN', '531-28-4470'],
    ],
  },
  {
    name: "Stata Data Editor (browse) rows copied with headers, tab-separated: a Bihar household survey's respondents",
    text: `hhid	resp_name	resp_mobile	birthdate	district
1021	Rajkumari Devi	9934127765	14/02/1983	Gaya
1022	Sunil Kumar Paswan	7488 216 390	01/01/1979	Gaya
1023	Meena Kumari	+91 94310 58217	22/07/1991	Nalanda`,
    expected: [
      ['PERSON', 'Rajkumari Devi'],
      ['PHONE', '9934127765'],
      ['DATE_OF_BIRTH', '14/02/1983'],
      ['PERSON', 'Sunil Kumar Paswan'],
      ['PHONE', '7488 216 390'],
      ['DATE_OF_BIRTH', '01/01/1979'],
      ['PERSON', 'Meena Kumari'],
      ['PHONE', '+91 94310 58217'],
      ['DATE_OF_BIRTH', '22/07/1991'],
    ],
  },
  {
    name: 'SAS PROC PRINT listing: member names, SSNs and DATE9. birth dates under its page header',
    text: `                                  The SAS System               09:14 Thursday, March 7, 2024   1

          Obs    MEMBER_NAME           SSN            DOB         PLAN

            1    Harlan Pettigrew      412-67-9083    14MAR1987    PPO
            2    Vivienne Osei         508-31-2276    02NOV1992    HMO
            3    Ezequiel Montalvo     627-09-1153    27AUG1969    EPO`,
    expected: [
      ['PERSON', 'Harlan Pettigrew'],
      ['US_SSN', '412-67-9083'],
      ['DATE_OF_BIRTH', '14MAR1987'],
      ['PERSON', 'Vivienne Osei'],
      ['US_SSN', '508-31-2276'],
      ['DATE_OF_BIRTH', '02NOV1992'],
      ['PERSON', 'Ezequiel Montalvo'],
      ['US_SSN', '627-09-1153'],
      ['DATE_OF_BIRTH', '27AUG1969'],
    ],
  },
  {
    name: 'SAS log: an invalid-data NOTE with its RULE line, the raw record and the PDV dump quoting name, e-mail and dob',
    text: `NOTE: Invalid data for amount in line 14 58-62.
RULE:      ----+----1----+----2----+----3----+----4----+----5----+----6----+
14         10847,Deshawn Pruitt,d.pruitt@comcast.net,1990-07-31,FL,12,40 62
member_id=10847 name=Deshawn Pruitt email=d.pruitt@comcast.net dob=31JUL1990 state=FL amount=. _ERROR_=1 _N_=14
NOTE: 212 records were read from the infile MEMBERS.
      The minimum record length was 48.
      The maximum record length was 71.
NOTE: The data set WORK.MEMBERS has 212 observations and 6 variables.`,
    expected: [
      ['PERSON', 'Deshawn Pruitt'],
      ['EMAIL', 'd.pruitt@comcast.net'],
      ['DATE_OF_BIRTH', '1990-07-31'],
      ['PERSON', 'Deshawn Pruitt'],
      ['EMAIL', 'd.pruitt@comcast.net'],
      ['DATE_OF_BIRTH', '31JUL1990'],
    ],
  },
  {
    name: 'SAS log echoing a LIBNAME statement with a plain-text password, then a query by e-mail',
    text: `1    libname dw odbc dsn="DW_PROD" user=sasetl password="${sasPassword}" schema=crm;
NOTE: Libref DW was successfully assigned as follows: 
      Engine:        ODBC 
      Physical Name: DW_PROD
2    proc sql;
3      select cust_id, segment from dw.customers where email = 'bjorn.aasheim@online.no';
4    quit;
NOTE: PROCEDURE SQL used (Total process time):
      real time           0.41 seconds`,
    expected: [
      ['SECRET', sasPassword],
      ['EMAIL', 'bjorn.aasheim@online.no'],
    ],
  },
  {
    name: 'SPSS Case Summaries table pasted from the Viewer: respondent names, phones and e-mails, with its footnote',
    text: `Case Summaries(a)
                 Respondent name       Phone               Email
1                Mirela Dobrescu       +40 722 418 903     mirela.dobrescu@yahoo.ro
2                Aurelio Santangelo    +39 347 218 6604    a.santangelo@libero.it
Total    N       2                     2                   2
a. Limited to first 100 cases.`,
    expected: [
      ['PERSON', 'Mirela Dobrescu'],
      ['PHONE', '+40 722 418 903'],
      ['EMAIL', 'mirela.dobrescu@yahoo.ro'],
      ['PERSON', 'Aurelio Santangelo'],
      ['PHONE', '+39 347 218 6604'],
      ['EMAIL', 'a.santangelo@libero.it'],
    ],
  },
  {
    name: 'Julia DataFrames.jl print with its │ rules and type row: names, e-mails, birthdates, a private address',
    text: `3×4 DataFrame
 Row │ name                  email                  birthdate   last_ip
     │ String                String                 Date        String
─────┼──────────────────────────────────────────────────────────────────────
   1 │ Bartholomew Ekwueme   bekwueme@proton.me     1984-12-09  10.14.2.77
   2 │ Solveig Arnesen       solveig.a@icloud.com   1971-06-15  192.168.40.3
   3 │ Matías Echeverría     mechev@gmail.com       2001-03-29  81.44.130.12`,
    expected: [
      ['PERSON', 'Bartholomew Ekwueme'],
      ['EMAIL', 'bekwueme@proton.me'],
      ['DATE_OF_BIRTH', '1984-12-09'],
      ['IP_ADDRESS', '10.14.2.77'],
      ['PERSON', 'Solveig Arnesen'],
      ['EMAIL', 'solveig.a@icloud.com'],
      ['DATE_OF_BIRTH', '1971-06-15'],
      ['IP_ADDRESS', '192.168.40.3'],
      ['PERSON', 'Matías Echeverría'],
      ['EMAIL', 'mechev@gmail.com'],
      ['DATE_OF_BIRTH', '2001-03-29'],
      ['IP_ADDRESS', '81.44.130.12'],
    ],
  },
  {
    name: 'MATLAB table display: string names, datetime DOB in dd-MMM-yyyy, phones and e-mails',
    text: `>> T(1:2,:)

ans =

  2×4 table

          Name               DOB              Phone                    Email             
    ________________    ___________    __________________    ____________________________

    "Kirsi Mäkelä"      02-Jan-1979    "+358 40 718 2294"    "kirsi.makela@elisanet.fi"  
    "Dragan Petrović"   17-Sep-1966    "+381 64 219 5580"    "dragan.petrovic@mts.rs"    `,
    expected: [
      ['PERSON', 'Kirsi Mäkelä'],
      ['DATE_OF_BIRTH', '02-Jan-1979'],
      ['PHONE', '+358 40 718 2294'],
      ['EMAIL', 'kirsi.makela@elisanet.fi'],
      ['PERSON', 'Dragan Petrović'],
      ['DATE_OF_BIRTH', '17-Sep-1966'],
      ['PHONE', '+381 64 219 5580'],
      ['EMAIL', 'dragan.petrovic@mts.rs'],
    ],
  },
  // ------------------------------------------------- dataframes, engines and BI tools
  {
    name: 'Polars wide table under pl.Config(tbl_rows=4, tbl_cols=5): columns and rows elided with …, card numbers, signup dates',
    text: `>>> pl.Config(tbl_rows=4, tbl_cols=5, fmt_str_lengths=40)
>>> customers
shape: (18_422, 23)
┌─────────┬──────────────────┬─────────────────────────┬───┬──────────────────┬────────────┐
│ cust_id ┆ name             ┆ email                   ┆ … ┆ card_pan         ┆ signup     │
│ ---     ┆ ---              ┆ ---                     ┆   ┆ ---              ┆ ---        │
│ i64     ┆ str              ┆ str                     ┆   ┆ str              ┆ date       │
╞═════════╪══════════════════╪═════════════════════════╪═══╪══════════════════╪════════════╡
│ 700114  ┆ Zofia Wierzbicka ┆ z.wierzbicka@onet.pl    ┆ … ┆ 6011983450271649 ┆ 2023-04-11 │
│ 700115  ┆ Anselm Grünewald ┆ anselm.gw@gmx.at        ┆ … ┆ 4917618302549186 ┆ 2023-04-11 │
│ …       ┆ …                ┆ …                       ┆ … ┆ …                ┆ …          │
│ 718535  ┆ Noor Al-Sayegh   ┆ noor.alsayegh@gmail.com ┆ … ┆ 2223105849207364 ┆ 2024-11-27 │
│ 718536  ┆ Everett Quayle   ┆ equayle@comcast.net     ┆ … ┆ 379428105736280  ┆ 2024-11-28 │
└─────────┴──────────────────┴─────────────────────────┴───┴──────────────────┴────────────┘`,
    expected: [
      ['PERSON', 'Zofia Wierzbicka'],
      ['EMAIL', 'z.wierzbicka@onet.pl'],
      ['CREDIT_CARD', '6011983450271649'],
      ['PERSON', 'Anselm Grünewald'],
      ['EMAIL', 'anselm.gw@gmx.at'],
      ['CREDIT_CARD', '4917618302549186'],
      ['PERSON', 'Noor Al-Sayegh'],
      ['EMAIL', 'noor.alsayegh@gmail.com'],
      ['CREDIT_CARD', '2223105849207364'],
      ['PERSON', 'Everett Quayle'],
      ['EMAIL', 'equayle@comcast.net'],
      ['CREDIT_CARD', '379428105736280'],
    ],
  },
  {
    name: 'DuckDB .mode line: one patient record, column = value, right-aligned names',
    text: `D .mode line
D SELECT * FROM patients WHERE mrn = 'MRN-004417';
          mrn = MRN-004417
    full_name = Evangelina Ruiz-Tagle
date_of_birth = 1969-08-23
        phone = +56 9 7412 3380
        email = eruiztagle@vtr.net
    last_seen = 2024-10-02`,
    expected: [
      ['PERSON', 'Evangelina Ruiz-Tagle'],
      ['DATE_OF_BIRTH', '1969-08-23'],
      ['PHONE', '+56 9 7412 3380'],
      ['EMAIL', 'eruiztagle@vtr.net'],
    ],
  },
  {
    name: 'DuckDB ATTACH of a Postgres database with a libpq password, then .mode box rows of names and phones',
    text: `D ATTACH 'dbname=crm user=analyst password=${duckdbPassword} host=10.20.3.14 port=5432' AS crm (TYPE postgres, READ_ONLY);
D .mode box
D SELECT name, phone FROM crm.contacts WHERE region = 'AT' LIMIT 2;
┌────────────────────┬─────────────────┐
│        name        │      phone      │
├────────────────────┼─────────────────┤
│ Anneliese Vortmann │ +43 664 3827155 │
│ Florian Hadžić     │ +43 676 918 204 │
└────────────────────┴─────────────────┘`,
    expected: [
      ['SECRET', duckdbPassword],
      ['IP_ADDRESS', '10.20.3.14'],
      ['PERSON', 'Anneliese Vortmann'],
      ['PHONE', '+43 664 3827155'],
      ['PERSON', 'Florian Hadžić'],
      ['PHONE', '+43 676 918 204'],
    ],
  },
  {
    name: 'Spark df.show(truncate=False): names, e-mails, login addresses, and a birth_ts with a midnight time',
    text: `>>> users.filter("country = 'ZA'").show(3, truncate=False)
+-----------------+----------------------------+-------------+-------------------+
|user_name        |email                       |last_login_ip|birth_ts           |
+-----------------+----------------------------+-------------+-------------------+
|Thandiwe Mokoena |thandi.mokoena@webmail.co.za|41.13.208.77 |1993-04-26 00:00:00|
|Pieter Swanepoel |pswanepoel@mweb.co.za       |105.224.9.131|1958-12-01 00:00:00|
|Ayanda Khumalo   |ayanda.k@gmail.com          |10.0.12.45   |2000-09-14 00:00:00|
+-----------------+----------------------------+-------------+-------------------+
only showing top 3 rows`,
    expected: [
      ['PERSON', 'Thandiwe Mokoena'],
      ['EMAIL', 'thandi.mokoena@webmail.co.za'],
      ['IP_ADDRESS', '41.13.208.77'],
      ['DATE_OF_BIRTH', '1993-04-26'],
      ['PERSON', 'Pieter Swanepoel'],
      ['EMAIL', 'pswanepoel@mweb.co.za'],
      ['IP_ADDRESS', '105.224.9.131'],
      ['DATE_OF_BIRTH', '1958-12-01'],
      ['PERSON', 'Ayanda Khumalo'],
      ['EMAIL', 'ayanda.k@gmail.com'],
      ['IP_ADDRESS', '10.0.12.45'],
      ['DATE_OF_BIRTH', '2000-09-14'],
    ],
  },
  {
    name: 'Databricks notebook: a personal access token hard-coded in a cell, then display() of an audit table with a loopback row',
    text: `# Databricks notebook source
import requests
DATABRICKS_TOKEN = "${databricksToken}"  # TODO: move to a secret scope
resp = requests.get("https://adb-4829163057.12.azuredatabricks.net/api/2.0/sql/history/queries", headers={"Authorization": f"Bearer {DATABRICKS_TOKEN}"})

# COMMAND ----------
display(spark.sql("SELECT user_email, source_ip, query_start FROM audit.sql_history LIMIT 3"))
user_email	source_ip	query_start
kasimir.hoffmann@northwind-freight.de	10.139.64.12	2024-11-28T08:14:02.000+0000
ylva.sandberg@northwind-freight.de	10.139.64.27	2024-11-28T08:15:40.000+0000
svc-airflow@northwind-freight.de	127.0.0.1	2024-11-28T08:16:03.000+0000`,
    expected: [
      ['SECRET', databricksToken],
      ['EMAIL', 'kasimir.hoffmann@northwind-freight.de'],
      ['IP_ADDRESS', '10.139.64.12'],
      ['EMAIL', 'ylva.sandberg@northwind-freight.de'],
      ['IP_ADDRESS', '10.139.64.27'],
      ['EMAIL', 'svc-airflow@northwind-freight.de'],
    ],
  },
  {
    name: 'Power BI executeQueries REST response to a DAX EVALUATE: Table[Column] keys with a name, a birth date at midnight and an e-mail',
    text: `POST https://api.powerbi.com/v1.0/myorg/datasets/8b1f0c2e-3d47-4a9b-9e61-5c2d7f804a13/executeQueries
{"queries":[{"query":"EVALUATE TOPN(2, Customer, Customer[Lifetime Sales], DESC)"}]}

{"results":[{"tables":[{"rows":[{"Customer[Full Name]":"Gwendolyn Achebe-Hart","Customer[Birth Date]":"1981-06-19T00:00:00","Customer[Email]":"gwen.ah@outlook.com","Customer[Lifetime Sales]":18420.5},{"Customer[Full Name]":"Ruben Castellanos","Customer[Birth Date]":"1974-02-28T00:00:00","Customer[Email]":"rcastellanos@prodigy.net.mx","Customer[Lifetime Sales]":17955.0}]}]}]}`,
    expected: [
      ['PERSON', 'Gwendolyn Achebe-Hart'],
      ['DATE_OF_BIRTH', '1981-06-19'],
      ['EMAIL', 'gwen.ah@outlook.com'],
      ['PERSON', 'Ruben Castellanos'],
      ['DATE_OF_BIRTH', '1974-02-28'],
      ['EMAIL', 'rcastellanos@prodigy.net.mx'],
    ],
  },
  {
    name: 'Excel sheet pasted with formulas shown: a mailto HYPERLINK whose label is the given name of the person in A2',
    text: `A1: Name | B1: Email | C1: Mobile | D1: Greeting | E1: Link
A2: Pieter-Jan Verhoeven | B2: pj.verhoeven@telenet.be | C2: +32 475 28 91 04 | D2: =CONCAT("Beste ", LEFT(A2, FIND(" ", A2)-1), ",") | E2: =HYPERLINK("mailto:pj.verhoeven@telenet.be?subject=Offerte", "Mail Pieter-Jan")
A3: =PROPER(TRIM(Import!C3)) | B3: =LOWER(Import!D3) | C3: =TEXT(Import!E3, "+## ### ## ## ##")`,
    expected: [
      ['PERSON', 'Pieter-Jan Verhoeven'],
      ['EMAIL', 'pj.verhoeven@telenet.be'],
      ['PHONE', '+32 475 28 91 04'],
      ['EMAIL', 'pj.verhoeven@telenet.be'],
      ['PERSON', 'Pieter-Jan'],
    ],
  },
  {
    name: 'Turkish CRM export as Excel CSV with a BOM and semicolons: Ad and Soyad apart, TC Kimlik, Doğum Tarihi, IBAN in groups',
    text: `\uFEFFMüşteri No;Ad;Soyad;TC Kimlik No;Doğum Tarihi;Cep Telefonu;E-posta;IBAN
100482;Elif;Karaosmanoğlu;10000000146;12.03.1990;0532 418 27 96;elif.karaosmanoglu@hotmail.com;TR53 0001 5001 5800 7294 6183 05
100483;Mehmet Ali;Öztürk;20000000292;04.11.1977;+90 542 719 30 84;mali.ozturk@yandex.com.tr;TR56 0006 4000 0017 4829 3071 52`,
    expected: [
      ['PERSON', 'Elif'],
      ['PERSON', 'Karaosmanoğlu'],
      ['DATE_OF_BIRTH', '12.03.1990'],
      ['PHONE', '0532 418 27 96'],
      ['EMAIL', 'elif.karaosmanoglu@hotmail.com'],
      ['IBAN', 'TR53 0001 5001 5800 7294 6183 05'],
      ['PERSON', 'Mehmet Ali'],
      ['PERSON', 'Öztürk'],
      ['DATE_OF_BIRTH', '04.11.1977'],
      ['PHONE', '+90 542 719 30 84'],
      ['EMAIL', 'mali.ozturk@yandex.com.tr'],
      ['IBAN', 'TR56 0006 4000 0017 4829 3071 52'],
    ],
  },
  {
    name: 'Google Sheets API values.get response: a header row and lead rows as arrays, with a company and an event name',
    text: `{"range":"Leads!A1:E3","majorDimension":"ROWS","values":[["Name","Company","Email","Phone","Notes"],["Chidinma Eze","Kora Logistics","chidinma.eze@koralogistics.ng","+234 809 771 4028","met at GITEX"],["Anand Raghunathan Pillai","Meridian Agro","anand.pillai@meridianagro.in","+91 98450 27316","wants a demo in Jan"]]}`,
    expected: [
      ['PERSON', 'Chidinma Eze'],
      ['EMAIL', 'chidinma.eze@koralogistics.ng'],
      ['PHONE', '+234 809 771 4028'],
      ['PERSON', 'Anand Raghunathan Pillai'],
      ['EMAIL', 'anand.pillai@meridianagro.in'],
      ['PHONE', '+91 98450 27316'],
    ],
  },
  {
    name: 'HuggingFace token set in a Jupyter cell, then a datasets row printed with a reviewer name and e-mail',
    text: `In [3]: os.environ["HF_TOKEN"] = "${hfToken}"
        ds = load_dataset("acme-internal/support-reviews", split="train")
        ds[0]
Out[3]: {'review_id': 'r-000917', 'reviewer': 'Mattias Lindholm', 'reviewer_email': 'mattias.lindholm@telia.se', 'stars': 2, 'text': 'Delivery was two weeks late.'}`,
    expected: [
      ['SECRET', hfToken],
      ['PERSON', 'Mattias Lindholm'],
      ['EMAIL', 'mattias.lindholm@telia.se'],
    ],
  },
  {
    name: 'R DBI: dbConnect with a password argument and a private host, then a printed query result',
    text: `> con <- DBI::dbConnect(RPostgres::Postgres(), host = "10.8.0.21", dbname = "registry", user = "rstudio", password = "${rstudioPassword}")
> DBI::dbGetQuery(con, "select donor, email from donors order by gift desc limit 2")
               donor                      email
1 Philippa Carrington  pcarrington@btinternet.com
2     Idris Mwangi-Kerr        idris.mk@gmail.com`,
    expected: [
      ['IP_ADDRESS', '10.8.0.21'],
      ['SECRET', rstudioPassword],
      ['PERSON', 'Philippa Carrington'],
      ['EMAIL', 'pcarrington@btinternet.com'],
      ['PERSON', 'Idris Mwangi-Kerr'],
      ['EMAIL', 'idris.mk@gmail.com'],
    ],
  },
  {
    name: 'Jupyter display() HTML of a Japanese pandas frame: 名前, 生年月日, 電話番号 and a 〒 address per row',
    text: `<table border="1" class="dataframe">
  <thead>
    <tr style="text-align: right;"><th></th><th>名前</th><th>生年月日</th><th>電話番号</th><th>住所</th></tr>
  </thead>
  <tbody>
    <tr><th>0</th><td>佐々木美咲</td><td>1992-07-14</td><td>090-4817-2263</td><td>〒150-0041 東京都渋谷区神南1-19-11</td></tr>
    <tr><th>1</th><td>高橋健一</td><td>1985-11-03</td><td>080-2291-7340</td><td>〒530-0001 大阪府大阪市北区梅田3-1-1</td></tr>
  </tbody>
</table>`,
    expected: [
      ['PERSON', '佐々木美咲'],
      ['DATE_OF_BIRTH', '1992-07-14'],
      ['PHONE', '090-4817-2263'],
      ['PERSON', '高橋健一'],
      ['DATE_OF_BIRTH', '1985-11-03'],
      ['PHONE', '080-2291-7340'],
    ],
  },
  {
    name: 'LaTeX tabular of field interviewers in a methods appendix: names, phones and university e-mails',
    text: String.raw`\begin{tabular}{llll}
\toprule
Interviewer & Site & Contact & Email \\
\midrule
Margarethe Kühnel & Leipzig & +49 341 9718 2240 & kuehnel@uni-leipzig.de \\
Bongani Sithole & Durban & +27 31 260 7718 & sitholeb@ukzn.ac.za \\
\bottomrule
\end{tabular}`,
    expected: [
      ['PERSON', 'Margarethe Kühnel'],
      ['PHONE', '+49 341 9718 2240'],
      ['EMAIL', 'kuehnel@uni-leipzig.de'],
      ['PERSON', 'Bongani Sithole'],
      ['PHONE', '+27 31 260 7718'],
      ['EMAIL', 'sitholeb@ukzn.ac.za'],
    ],
  },
  {
    name: 'Quarto report: an author in the YAML header and a Markdown table of at-risk account owners',
    text: `---
title: "Q3 churn review"
author: "Priyanka Deshmukh"
format: html
---

## Top at-risk accounts

| Account owner      | Email                        | Phone              | Risk |
|--------------------|------------------------------|--------------------|------|
| Corentin Lefebvre  | corentin.lefebvre@orange.fr  | +33 6 71 28 40 93  | 0.91 |
| Wiremu Tane Parata | wiremu.parata@xtra.co.nz     | +64 21 418 7720    | 0.88 |`,
    expected: [
      ['PERSON', 'Priyanka Deshmukh'],
      ['PERSON', 'Corentin Lefebvre'],
      ['EMAIL', 'corentin.lefebvre@orange.fr'],
      ['PHONE', '+33 6 71 28 40 93'],
      ['PERSON', 'Wiremu Tane Parata'],
      ['EMAIL', 'wiremu.parata@xtra.co.nz'],
      ['PHONE', '+64 21 418 7720'],
    ],
  },
  // ------------------------------------------------- East and South-East Asian scripts
  {
    name: 'Japanese analyst pandas print(df): 氏名 with a space between family and given name, 生年月日, landline and mobile',
    text: `>>> print(会員.head(2))
      氏名        生年月日          電話番号                     メール
0  田中 裕子  1978-05-21   03-5412-8876   y.tanaka@docomo.ne.jp
1  伊藤 大輔  1990-12-02  090-7731-4402      d-ito@ezweb.ne.jp`,
    expected: [
      ['PERSON', '田中 裕子'],
      ['DATE_OF_BIRTH', '1978-05-21'],
      ['PHONE', '03-5412-8876'],
      ['EMAIL', 'y.tanaka@docomo.ne.jp'],
      ['PERSON', '伊藤 大輔'],
      ['DATE_OF_BIRTH', '1990-12-02'],
      ['PHONE', '090-7731-4402'],
      ['EMAIL', 'd-ito@ezweb.ne.jp'],
    ],
  },
  {
    name: 'Japanese support prompt: a name with its kana reading, a Heisei-era 生年月日, a mobile and a 〒 postcode',
    text: `以下のお客様情報を確認してください。名前：中村 彩花（なかむら あやか）様、生年月日：平成4年8月19日、電話番号：080-3315-9027、住所：〒460-0008 名古屋市中区栄3-5-12。`,
    expected: [
      ['PERSON', '中村 彩花'],
      ['PERSON', 'なかむら あやか'],
      ['DATE_OF_BIRTH', '平成4年8月19日'],
      ['PHONE', '080-3315-9027'],
    ],
  },
  {
    name: 'Korean member CSV: 이름, 생년월일, 전화번호, a 주민등록번호 that is none of our types, e-mails',
    text: `이름,생년월일,전화번호,주민등록번호,이메일
김민준,1991-06-03,010-4827-3391,910603-1482736,minjun.kim@naver.com
최지아,1986-10-22,010 7719 2054,861022-2093817,jia.choi@daum.net`,
    expected: [
      ['PERSON', '김민준'],
      ['DATE_OF_BIRTH', '1991-06-03'],
      ['PHONE', '010-4827-3391'],
      ['EMAIL', 'minjun.kim@naver.com'],
      ['PERSON', '최지아'],
      ['DATE_OF_BIRTH', '1986-10-22'],
      ['PHONE', '010 7719 2054'],
      ['EMAIL', 'jia.choi@daum.net'],
    ],
  },
  {
    name: 'KakaoTalk chat export in Korean: the customer as sender, a birth date answering the agent, an agent known by given name only',
    text: `2024년 3월 12일 화요일
[박서연] [오후 2:14] 안녕하세요, 주문 건 문의드립니다
[상담원 지훈] [오후 2:15] 본인 확인을 위해 생년월일 알려주세요
[박서연] [오후 2:15] 1988년 2월 14일이요
[박서연] [오후 2:16] 연락처는 010-2291-7734 입니다`,
    expected: [
      ['PERSON', '박서연'],
      ['PERSON', '박서연'],
      ['DATE_OF_BIRTH', '1988년 2월 14일'],
      ['PERSON', '박서연'],
      ['PHONE', '010-2291-7734'],
    ],
  },
  {
    name: 'Spark show() of a Chinese members table: 姓名, 出生日期, 手机 (11 digits, no separators), 邮箱',
    text: `>>> spark.sql("SELECT 姓名, 出生日期, 手机, 邮箱 FROM dw.会员 LIMIT 2").show()
+--------+----------+-----------+---------------+
|    姓名|  出生日期|       手机|           邮箱|
+--------+----------+-----------+---------------+
|  王晓明|1987-09-30|13812764590|wxm1987@163.com|
|欧阳静怡|1995-01-18|15921837746|oyjingyi@qq.com|
+--------+----------+-----------+---------------+`,
    expected: [
      ['PERSON', '王晓明'],
      ['DATE_OF_BIRTH', '1987-09-30'],
      ['PHONE', '13812764590'],
      ['EMAIL', 'wxm1987@163.com'],
      ['PERSON', '欧阳静怡'],
      ['DATE_OF_BIRTH', '1995-01-18'],
      ['PHONE', '15921837746'],
      ['EMAIL', 'oyjingyi@qq.com'],
    ],
  },
  {
    name: 'Google Forms response CSV in Traditional Chinese (Taiwan): 姓名, 出生日期, 手機, a 身分證字號 and a submission timestamp',
    text: `時間戳記,姓名,出生日期,手機,身分證字號,電子郵件地址
2024/3/8 下午 3:12:45,林怡君,1993/10/27,0937-218-564,A223456789,yijun.lin@gmail.com
2024/3/8 下午 4:01:09,陳冠宇,1989/4/5,0921 604 318,F128374650,guanyu.chen@yahoo.com.tw`,
    expected: [
      ['PERSON', '林怡君'],
      ['DATE_OF_BIRTH', '1993/10/27'],
      ['PHONE', '0937-218-564'],
      ['EMAIL', 'yijun.lin@gmail.com'],
      ['PERSON', '陳冠宇'],
      ['DATE_OF_BIRTH', '1989/4/5'],
      ['PHONE', '0921 604 318'],
      ['EMAIL', 'guanyu.chen@yahoo.com.tw'],
    ],
  },
  {
    name: 'Thai LINE chat export: the customer as sender, his full name and mobile in a message, a Buddhist-era birthday asked for by the shop',
    text: `[LINE] ประวัติการแชทกับ ร้านเคสมือถือ
บันทึกเมื่อ: 12/03/2024 18:40

วันอังคาร, 12/03/2024
14:02	ณัฐวุฒิ ศรีสวัสดิ์	สวัสดีครับ สั่งเคสไปเมื่อวาน ยังไม่ได้ของเลย
14:03	ร้านเคสมือถือ	รบกวนขอชื่อ เบอร์โทร และที่อยู่จัดส่งค่ะ
14:05	ณัฐวุฒิ ศรีสวัสดิ์	ณัฐวุฒิ ศรีสวัสดิ์ 089-417-2256 99/12 ซ.สุขุมวิท 31 กรุงเทพฯ 10110
14:06	ร้านเคสมือถือ	สมัครสมาชิกด้วยไหมคะ ขอวันเกิดด้วยค่ะ
14:07	ณัฐวุฒิ ศรีสวัสดิ์	4 ก.ค. 2535 ครับ`,
    expected: [
      ['PERSON', 'ณัฐวุฒิ ศรีสวัสดิ์'],
      ['PERSON', 'ณัฐวุฒิ ศรีสวัสดิ์'],
      ['PERSON', 'ณัฐวุฒิ ศรีสวัสดิ์'],
      ['PHONE', '089-417-2256'],
      ['PERSON', 'ณัฐวุฒิ ศรีสวัสดิ์'],
      ['DATE_OF_BIRTH', '4 ก.ค. 2535'],
    ],
  },
  // ------------------------------------------------- South Asian scripts
  {
    name: 'Hindi form in Devanagari: नाम, पिता का नाम, जन्म तिथि, मोबाइल, an Aadhaar number that is none of our types, ईमेल',
    text: `नाम: सुनीता वर्मा
पिता का नाम: रमेश वर्मा
जन्म तिथि: 15/08/1986
मोबाइल: +91 98271 44630
आधार संख्या: 4829 1736 5502
ईमेल: sunita.verma86@gmail.com`,
    expected: [
      ['PERSON', 'सुनीता वर्मा'],
      ['PERSON', 'रमेश वर्मा'],
      ['DATE_OF_BIRTH', '15/08/1986'],
      ['PHONE', '+91 98271 44630'],
      ['EMAIL', 'sunita.verma86@gmail.com'],
    ],
  },
  {
    name: 'Romanised Marathi WhatsApp message to a co-op bank bot, signed in Devanagari',
    text: `Namaskar, maza nav Aniket Kulkarni. Mazi janmatarikh 22-09-1998 aahe. KYC update sathi mobile number 98223 18447 ani email aniket.k98@rediffmail.com. Dhanyavaad, अनिकेत कुलकर्णी`,
    expected: [
      ['PERSON', 'Aniket Kulkarni'],
      ['DATE_OF_BIRTH', '22-09-1998'],
      ['PHONE', '98223 18447'],
      ['EMAIL', 'aniket.k98@rediffmail.com'],
      ['PERSON', 'अनिकेत कुलकर्णी'],
    ],
  },
  {
    name: 'Bengali (Bangladesh) form: নাম, জন্ম তারিখ in Bengali digits, মোবাইল with +880, a জাতীয় পরিচয়পত্র number',
    text: `নাম: মোহাম্মদ রাকিবুল হাসান
জন্ম তারিখ: ০৭/০৩/১৯৯৪
মোবাইল: +880 1711-428936
জাতীয় পরিচয়পত্র নং: 1994261782013
ইমেইল: rakibul.hasan94@gmail.com`,
    expected: [
      ['PERSON', 'মোহাম্মদ রাকিবুল হাসান'],
      ['DATE_OF_BIRTH', '০৭/০৩/১৯৯৪'],
      ['PHONE', '+880 1711-428936'],
      ['EMAIL', 'rakibul.hasan94@gmail.com'],
    ],
  },
  {
    name: 'Tamil details pasted with an instruction to turn them into JSON: பெயர், பிறந்த தேதி, கைபேசி, மின்னஞ்சல்',
    text: `இந்த விவரங்களை JSON ஆக மாற்றவும்:
பெயர்: கார்த்திகேயன் முருகன்
பிறந்த தேதி: 03-11-1982
கைபேசி: +91 94431 27785
மின்னஞ்சல்: karthi.murugan@yahoo.co.in`,
    expected: [
      ['PERSON', 'கார்த்திகேயன் முருகன்'],
      ['DATE_OF_BIRTH', '03-11-1982'],
      ['PHONE', '+91 94431 27785'],
      ['EMAIL', 'karthi.murugan@yahoo.co.in'],
    ],
  },
  // ------------------------------------------------- Arabic, Hebrew, Persian, Turkish
  {
    name: 'Saudi and Emirati customer CSV in Arabic: full names, تاريخ الميلاد, mobiles, IBANs in groups, national ids that are none of our types',
    text: `الاسم الكامل,تاريخ الميلاد,الجوال,البريد الإلكتروني,رقم الآيبان,رقم الهوية
عبدالله بن فهد القحطاني,1989-04-11,+966 55 418 2273,a.alqahtani89@gmail.com,SA02 1000 0000 5183 6492 0571,1082736451
مريم سالم الكعبي,1992-08-30,+971 50 327 8814,maryam.alkaabi@hotmail.com,AE52 2600 0120 4837 9156 204,784-1992-4817263-5`,
    expected: [
      ['PERSON', 'عبدالله بن فهد القحطاني'],
      ['DATE_OF_BIRTH', '1989-04-11'],
      ['PHONE', '+966 55 418 2273'],
      ['EMAIL', 'a.alqahtani89@gmail.com'],
      ['IBAN', 'SA02 1000 0000 5183 6492 0571'],
      ['PERSON', 'مريم سالم الكعبي'],
      ['DATE_OF_BIRTH', '1992-08-30'],
      ['PHONE', '+971 50 327 8814'],
      ['EMAIL', 'maryam.alkaabi@hotmail.com'],
      ['IBAN', 'AE52 2600 0120 4837 9156 204'],
    ],
  },
  {
    name: 'Maghreb Arabic support messages: a Moroccan with تاريخ الازدياد and a CIN, a Tunisian with تاريخ الولادة',
    text: `السلام، سميتي يوسف بنعلي، تاريخ الازدياد 17/06/1991، رقم البطاقة الوطنية BK482913، التيليفون ديالي 0661-284719 والإيميل youssef.benali91@gmail.com
عسلامة، أنا سلمى بن رمضان، تاريخ الولادة 02/12/1996، نومرو +216 22 418 307`,
    expected: [
      ['PERSON', 'يوسف بنعلي'],
      ['DATE_OF_BIRTH', '17/06/1991'],
      ['PHONE', '0661-284719'],
      ['EMAIL', 'youssef.benali91@gmail.com'],
      ['PERSON', 'سلمى بن رمضان'],
      ['DATE_OF_BIRTH', '02/12/1996'],
      ['PHONE', '+216 22 418 307'],
    ],
  },
  {
    name: 'Hebrew intake form: שם מלא, תאריך לידה with dots, a mobile, a ת.ז. that is none of our types, an Israeli IBAN',
    text: `שם מלא: נועה אברמוביץ
תאריך לידה: 23.07.1990
טלפון נייד: 052-418-3376
ת.ז.: 312456789
IBAN: IL26 0126 4200 0000 7391 852`,
    expected: [
      ['PERSON', 'נועה אברמוביץ'],
      ['DATE_OF_BIRTH', '23.07.1990'],
      ['PHONE', '052-418-3376'],
      ['IBAN', 'IL26 0126 4200 0000 7391 852'],
    ],
  },
  {
    name: 'Persian form with Persian digits: a Jalali تاریخ تولد, a mobile in Persian digits, a کد ملی, a name with a zero-width non-joiner',
    text: `نام و نام خانوادگی: سارا رضایی\u200cنژاد
تاریخ تولد: ۱۳۶۸/۰۴/۱۲
شماره موبایل: ۰۹۱۲ ۳۴۸ ۷۷۱۶
کد ملی: ۰۰۷۱۲۳۴۵۶۷
ایمیل: sara.rezaeinejad@chmail.ir`,
    expected: [
      ['PERSON', 'سارا رضایی\u200cنژاد'],
      ['DATE_OF_BIRTH', '۱۳۶۸/۰۴/۱۲'],
      ['PHONE', '۰۹۱۲ ۳۴۸ ۷۷۱۶'],
      ['EMAIL', 'sara.rezaeinejad@chmail.ir'],
    ],
  },
  {
    name: 'Turkish WhatsApp complaint: name, doğum tarihim in words, a +90 mobile and a card charged twice',
    text: `Merhaba, ben Gökhan Yıldırım. Doğum tarihim 9 Ekim 1984, numaram +90 533 271 48 06. Kartım 4127 9503 8146 2775 iki kez çekildi, iade bekliyorum.`,
    expected: [
      ['PERSON', 'Gökhan Yıldırım'],
      ['DATE_OF_BIRTH', '9 Ekim 1984'],
      ['PHONE', '+90 533 271 48 06'],
      ['CREDIT_CARD', '4127 9503 8146 2775'],
    ],
  },
  // ------------------------------------------------- Central Asian and Ethiopian
  {
    name: 'Kazakh account card in Cyrillic: Аты-жөні with a patronymic, Туған күні, a +7 mobile, a ЖСН and a KZ IBAN',
    text: `Аты-жөні: Әбдіров Нұрлан Сейітқазыұлы
Туған күні: 05.02.1987
Телефон: +7 701 428 35 90
ЖСН: 870205300418
IBAN: KZ74 9185 6000 0729 1463`,
    expected: [
      ['PERSON', 'Әбдіров Нұрлан Сейітқазыұлы'],
      ['DATE_OF_BIRTH', '05.02.1987'],
      ['PHONE', '+7 701 428 35 90'],
      ['IBAN', 'KZ74 9185 6000 0729 1463'],
    ],
  },
  {
    name: 'Uzbek records in Latin and Cyrillic: F.I.Sh. with o‘g‘li and a patronymic, Tug‘ilgan sana, +998 phones',
    text: `F.I.Sh.: Xudoyberdiyev Jasur Baxtiyor o‘g‘li; Tug‘ilgan sana: 11.09.1995; Telefon: +998 90 318 42 77
Ф.И.Ш.: Тошматова Дилноза Рустамовна; Туғилган санаси: 28.12.1999; Тел: +998 93 517 20 84`,
    expected: [
      ['PERSON', 'Xudoyberdiyev Jasur Baxtiyor o‘g‘li'],
      ['DATE_OF_BIRTH', '11.09.1995'],
      ['PHONE', '+998 90 318 42 77'],
      ['PERSON', 'Тошматова Дилноза Рустамовна'],
      ['DATE_OF_BIRTH', '28.12.1999'],
      ['PHONE', '+998 93 517 20 84'],
    ],
  },
  {
    name: 'Mongolian form: Овог and Нэр in separate fields, Төрсөн огноо, a +976 phone, a register number',
    text: `Овог: Батбаяр
Нэр: Оюунчимэг
Төрсөн огноо: 1996.03.22
Утас: +976 9911 4827
Регистрийн дугаар: УБ96032214`,
    expected: [
      ['PERSON', 'Батбаяр'],
      ['PERSON', 'Оюунчимэг'],
      ['DATE_OF_BIRTH', '1996.03.22'],
      ['PHONE', '+976 9911 4827'],
    ],
  },
  {
    name: 'Amharic form in Ge‘ez script: ስም, የትውልድ ቀን, ስልክ with +251, ኢሜይል',
    text: `ስም: ሕይወት ተስፋዬ
የትውልድ ቀን: 14/09/1990
ስልክ: +251 911 42 8736
ኢሜይል: hiwot.tesfaye@ethionet.et`,
    expected: [
      ['PERSON', 'ሕይወት ተስፋዬ'],
      ['DATE_OF_BIRTH', '14/09/1990'],
      ['PHONE', '+251 911 42 8736'],
      ['EMAIL', 'hiwot.tesfaye@ethionet.et'],
    ],
  },
  // ------------------------------------------------- agent and LLM-app traffic
  {
    name: 'OpenAI Chat Completions request: a run_sql tool call and a tool message whose content is JSON rows of customers',
    text: String.raw`{"model":"gpt-4o","messages":[{"role":"system","content":"You are a BI assistant. Answer from query results only."},{"role":"user","content":"Which customers in Rotterdam spent more than 5k last quarter?"},{"role":"assistant","tool_calls":[{"id":"call_8Hq2LmZt","type":"function","function":{"name":"run_sql","arguments":"{\"sql\":\"SELECT name, email, phone, q3_total FROM customers WHERE city='Rotterdam' AND q3_total > 5000\"}"}}]},{"role":"tool","tool_call_id":"call_8Hq2LmZt","content":"[{\"name\":\"Sevda Kılıçaslan\",\"email\":\"sevda.k@kpnmail.nl\",\"phone\":\"+31 6 28417730\",\"q3_total\":7412.9},{\"name\":\"Joost Vermeulen\",\"email\":\"j.vermeulen@ziggo.nl\",\"phone\":\"+31 10 418 2296\",\"q3_total\":5120.0}]"}]}`,
    expected: [
      ['PERSON', 'Sevda Kılıçaslan'],
      ['EMAIL', 'sevda.k@kpnmail.nl'],
      ['PHONE', '+31 6 28417730'],
      ['PERSON', 'Joost Vermeulen'],
      ['EMAIL', 'j.vermeulen@ziggo.nl'],
      ['PHONE', '+31 10 418 2296'],
    ],
  },
  {
    name: 'Anthropic Messages request: a tool_use looking up a caller by phone, a tool_result text with holder, SSN, dob and card',
    text: `{"model":"claude-sonnet-4-5","max_tokens":1024,"messages":[{"role":"user","content":"Pull up the account for the caller on +1 617 394 2281 and tell me if the last payment cleared."},{"role":"assistant","content":[{"type":"tool_use","id":"toolu_01XyZq8Lm2","name":"lookup_account","input":{"phone":"+16173942281"}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01XyZq8Lm2","content":[{"type":"text","text":"account_id=A-77120 holder=Marguerite Okafor-Lindqvist ssn=287-41-6650 dob=1975-10-02 card=5182 4409 7361 5278 last_payment=cleared"}]}]}]}`,
    expected: [
      ['PHONE', '+1 617 394 2281'],
      ['PHONE', '+16173942281'],
      ['PERSON', 'Marguerite Okafor-Lindqvist'],
      ['US_SSN', '287-41-6650'],
      ['DATE_OF_BIRTH', '1975-10-02'],
      ['CREDIT_CARD', '5182 4409 7361 5278'],
    ],
  },
  {
    name: 'OpenAI Responses API function_call item: create_refund arguments with a customer name, e-mail and a spaced GB IBAN',
    text: String.raw`{"type":"function_call","id":"fc_67a1b2c3d4","call_id":"call_Zr81Kp","name":"create_refund","arguments":"{\"customer_name\":\"Ifeoluwa Adebanjo\",\"customer_email\":\"ife.adebanjo@gmail.com\",\"iban\":\"GB76 BARC 2065 8243 9175 60\",\"amount\":129.99,\"reason\":\"double charge\"}","status":"completed"}`,
    expected: [
      ['PERSON', 'Ifeoluwa Adebanjo'],
      ['EMAIL', 'ife.adebanjo@gmail.com'],
      ['IBAN', 'GB76 BARC 2065 8243 9175 60'],
    ],
  },
  {
    name: 'curl to the embeddings endpoint with a project key: a batch of ticket texts with a name, an address, a card and a phone',
    text: `curl https://api.openai.com/v1/embeddings \\
  -H "Authorization: Bearer ${openaiKey}" \\
  -H "Content-Type: application/json" \\
  -d '{"model":"text-embedding-3-small","input":["Ticket 4471: Hamid Karimi cannot log in from 185.220.14.9 since Monday","Ticket 4472: refund to card 3566 0048 1729 3055 never arrived","Ticket 4473: please update my number to +61 412 739 208, thanks, Charlotte Nguyen"]}'`,
    expected: [
      ['SECRET', openaiKey],
      ['PERSON', 'Hamid Karimi'],
      ['IP_ADDRESS', '185.220.14.9'],
      ['CREDIT_CARD', '3566 0048 1729 3055'],
      ['PHONE', '+61 412 739 208'],
      ['PERSON', 'Charlotte Nguyen'],
    ],
  },
  {
    name: 'evaluation dataset JSONL: inputs quoting a patient and a customer, expected answers repeating name, birth date and phone',
    text: `{"input":"Extract the patient's name and date of birth: 'Seen today: Bronisława Kowalczyk, DOB 04/17/1948, referred by Dr. Amrit Sandhu.'","expected":{"name":"Bronisława Kowalczyk","dob":"1948-04-17"}}
{"input":"What number should we call back? 'Left a message for Teodoro Villanueva at (305) 418-2270 re: claim 88-1172.'","expected":"(305) 418-2270"}`,
    expected: [
      ['PERSON', 'Bronisława Kowalczyk'],
      ['DATE_OF_BIRTH', '04/17/1948'],
      ['PERSON', 'Amrit Sandhu'],
      ['PERSON', 'Bronisława Kowalczyk'],
      ['DATE_OF_BIRTH', '1948-04-17'],
      ['PERSON', 'Teodoro Villanueva'],
      ['PHONE', '(305) 418-2270'],
      ['PHONE', '(305) 418-2270'],
    ],
  },
  {
    name: 'fine-tuning JSONL in chat format: a user turn with a name and a birth date in words, the assistant turn as escaped JSON',
    text: String.raw`{"messages":[{"role":"system","content":"Extract name and date of birth as JSON."},{"role":"user","content":"Hi, this is Dorothea Blankenship, born March 3, 1961. My member number is M-55120."},{"role":"assistant","content":"{\"name\":\"Dorothea Blankenship\",\"dob\":\"1961-03-03\"}"}]}`,
    expected: [
      ['PERSON', 'Dorothea Blankenship'],
      ['DATE_OF_BIRTH', 'March 3, 1961'],
      ['PERSON', 'Dorothea Blankenship'],
      ['DATE_OF_BIRTH', '1961-03-03'],
    ],
  },
  {
    name: 'Claude Desktop MCP log: a Postgres server result whose text is escaped JSON rows with first and last name apart, birth date and a Dutch IBAN',
    text: String.raw`2024-11-28T09:14:22.118Z [postgres] [info] Message from server: {"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"[\n  {\n    \"first_name\": \"Anneke\",\n    \"last_name\": \"de Groot\",\n    \"birth_date\": \"1983-02-11\",\n    \"iban\": \"NL22RABO0318274604\"\n  }\n]"}],"isError":false}}`,
    expected: [
      ['PERSON', 'Anneke'],
      ['PERSON', 'de Groot'],
      ['DATE_OF_BIRTH', '1983-02-11'],
      ['IBAN', 'NL22RABO0318274604'],
    ],
  },
  {
    name: 'Gulf Arabic user turn in an OpenAI request asking to change a mobile number, and the update_phone tool call it produced',
    text: String.raw`{"messages":[{"role":"user","content":"السلام عليكم، أبغى أحدّث رقم جوالي إلى 0504182736، اسمي خالد المنصوري"},{"role":"assistant","tool_calls":[{"id":"call_Qm27","type":"function","function":{"name":"update_phone","arguments":"{\"customer_name\":\"خالد المنصوري\",\"new_phone\":\"+971504182736\"}"}}]}]}`,
    expected: [
      ['PHONE', '0504182736'],
      ['PERSON', 'خالد المنصوري'],
      ['PERSON', 'خالد المنصوري'],
      ['PHONE', '+971504182736'],
    ],
  },
  {
    name: 'Anthropic tool_use connecting an agent to a warehouse with a password in its input, then a tool_result of rows',
    text: `{"type":"tool_use","id":"toolu_01Hk7Wq","name":"warehouse_connect","input":{"account":"xy12345.eu-central-1","user":"ANALYST_BOT","password":"${warehousePassword}","warehouse":"BI_XS"}}
{"type":"tool_result","tool_use_id":"toolu_01Hk7Wq","content":"connected"}
{"type":"tool_result","tool_use_id":"toolu_01Hk8Rt","content":"CONTACT_NAME | CONTACT_EMAIL\\nLorcan Fitzgibbon | lorcan.fitzgibbon@eircom.net\\nSaoirse Brennan | saoirse.b@gmail.com"}`,
    expected: [
      ['SECRET', warehousePassword],
      ['PERSON', 'Lorcan Fitzgibbon'],
      ['EMAIL', 'lorcan.fitzgibbon@eircom.net'],
      ['PERSON', 'Saoirse Brennan'],
      ['EMAIL', 'saoirse.b@gmail.com'],
    ],
  },
  // ------------------------------------------------- clean hard negatives
  {
    name: 'NEGATIVE: Stata describe output: variable names, storage types, display formats and labels, no values',
    text: `. describe name dob phone ssn

Variable      Storage   Display    Value
    name         type    format    label      Variable label
-------------------------------------------------------------------------------
name            str24   %24s                  Respondent full name
dob             float   %td                   Date of birth
phone           str14   %14s                  Contact phone
ssn             str11   %11s                  Social Security number`,
    expected: [],
  },
  {
    name: 'NEGATIVE: SAS log NOTE lines with counts, dataset names, timings and a run date',
    text: `NOTE: There were 48213 observations read from the data set WORK.PATIENTS_2024.
NOTE: The data set WORK.CLEAN has 48107 observations and 17 variables.
NOTE: DATA statement used (Total process time):
      real time           0.41 seconds
      cpu time            0.38 seconds
NOTE: SAS initialization used 9.4 (TS1M8) on 27NOV2024 at 06:02:11.`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Polars frame of masked and hashed columns: UUIDs, sha256 prefixes, masked e-mails and card last4s',
    text: `shape: (3, 4)
┌──────────────────────────────────────┬──────────────────┬──────────────────┬─────────────┐
│ user_id                              ┆ email_sha256     ┆ email_masked     ┆ card_last4  │
╞══════════════════════════════════════╪══════════════════╪══════════════════╪═════════════╡
│ 3f2b9c1e-7a44-4d2e-9b8f-0c6a5e1d7f32 ┆ 9b1f4e7a2c03d8e5 ┆ a***@g***.com    ┆ **** 4821   │
│ 8e0d4a62-1f3b-47c9-a5d2-6b9e3c0f8a17 ┆ 04c7e2b9f1a3d6e8 ┆ j***@o***.fr     ┆ **** 0077   │
│ c51a7e09-3d8b-4f26-8e4a-2b7d9f1c6e05 ┆ e3a8d0f5b72c91a4 ┆ m***@y***.co.jp  ┆ **** 9310   │
└──────────────────────────────────────┴──────────────────┴──────────────────┴─────────────┘`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Spark show() of device telemetry: four-part firmware versions, bind addresses 0.0.0.0 and loopback, build ids',
    text: `+------------+----------------+------------+----------+
|device_model|firmware_version|bind_address|build_id  |
+------------+----------------+------------+----------+
|TX-440      |2.4.10.118      |0.0.0.0     |b20241107 |
|TX-440      |2.4.11.3        |127.0.0.1   |b20241121 |
|TX-520      |3.1.0.240       |0.0.0.0     |b20241125 |
+------------+----------------+------------+----------+`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Quarto results table of statistical methods named after people (Kaplan–Meier, Cox, Mann–Whitney, Benjamini–Hochberg)',
    text: `| Outcome            | Method                          | Estimate | 95% CI        | p (Benjamini–Hochberg) |
|--------------------|---------------------------------|----------|---------------|------------------------|
| Time to readmission| Kaplan–Meier / log-rank         | —        | —             | 0.012                  |
| Readmission hazard | Cox proportional hazards        | HR 1.42  | 1.11–1.83     | 0.008                  |
| Length of stay     | Mann–Whitney U                  | Δ 1.5 d  | 0.4–2.6       | 0.031                  |
| Agreement          | Cohen's κ; Pearson and Spearman | κ 0.71   | 0.64–0.78     | —                      |`,
    expected: [],
  },
  {
    name: 'NEGATIVE: logistics hubs named after people in five scripts: airports, a road and a university',
    text: `hub_code,hub_name,city,volume_q3
IST,İstanbul Atatürk Havalimanı Kargo,İstanbul,18420
BOM,Chhatrapati Shivaji Maharaj International Airport,Mumbai,22107
IKA,فرودگاه بین‌المللی امام خمینی,Tehran,9315
TLV,נמל התעופה בן-גוריון,Lod,7712
CAN,中山大学南校区 仓库 (中山路),Guangzhou,15530
SEL,세종대로 물류센터,Seoul,11204`,
    expected: [],
  },
  {
    name: 'NEGATIVE: news-sentiment prompt in Japanese, Chinese and Hindi about public figures as topics',
    text: `次の記事の論調を要約してください：大谷翔平の契約、宮崎駿の新作について。另外请总结关于鲁迅作品再版的评论。शाहरुख़ ख़ान की नई फ़िल्म पर प्रतिक्रियाएँ भी जोड़ें। article_ids: 55102, 55117, 55130`,
    expected: [],
  },
  {
    name: 'NEGATIVE: redaction eval fixture JSONL of placeholder people on example.com and example.org',
    text: `{"input":"Contact Jane Doe at jane.doe@example.com about the invoice.","expected":"Contact [PERSON] at [EMAIL] about the invoice."}
{"input":"Forward it to john.smith@example.org.","expected":"Forward it to [EMAIL]."}`,
    expected: [],
  },
  {
    name: 'NEGATIVE: OpenAI request with only a tool schema, then a response with its ids, model snapshot and usage',
    text: `{"model":"gpt-4o-2024-08-06","tools":[{"type":"function","function":{"name":"lookup_customer","description":"Find a customer by e-mail or phone","parameters":{"type":"object","properties":{"email":{"type":"string","format":"email"},"phone":{"type":"string","description":"E.164, e.g. +<country><number>"}},"required":[]}}}],"messages":[{"role":"user","content":"How many customers signed up last week?"}]}
{"id":"chatcmpl-AX81kq2Lm9Tz4","object":"chat.completion","created":1732871542,"model":"gpt-4o-2024-08-06","system_fingerprint":"fp_7f6be3efb0","usage":{"prompt_tokens":412,"completion_tokens":38,"total_tokens":450}}`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Turkish supplier list: Vergi No, MERSİS No, companies named after founders, a masked IBAN and one failing mod 97',
    text: `Firma;Vergi No;MERSİS No;IBAN
Koç Tekstil San. ve Tic. A.Ş.;5730018264;0573001826400015;TR** **** **** **** **** 4471 02
Sabancı Gıda Ltd. Şti.;7420195538;0742019553800019;TR32 0001 0009 8271 6450 2391 84`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Persian sales summary in Persian digits: years, percentages, invoice numbers and a masked mobile',
    text: `گزارش فروش ۱۴۰۲: رشد ۱۸٫۵٪ نسبت به ۱۴۰۱، تعداد فاکتورها ۴۸۲۱۳، فاکتور شماره ۱۴۰۲-۰۰۷۷۱۹ به تاریخ ۱۴۰۲/۱۲/۲۹. شماره تماس مشتری: ۰۹۱۲***۴۵۶۷`,
    expected: [],
  },
  {
    name: 'NEGATIVE: DuckDB box of a cohort aggregate: signup months, counts and averages by country',
    text: `┌──────────────┬─────────┬─────────┬─────────────┐
│ signup_month │ country │  users  │ avg_revenue │
├──────────────┼─────────┼─────────┼─────────────┤
│ 2024-09-01   │ DE      │   18422 │       41.17 │
│ 2024-10-01   │ DE      │   19305 │       39.82 │
│ 2024-10-01   │ JP      │    7710 │       52.40 │
└──────────────┴─────────┴─────────┴─────────────┘`,
    expected: [],
  },
  {
    name: "NEGATIVE: Japanese company profile: 法人番号, 設立 (a company's founding date), 資本金 and a head office address",
    text: `会社名：株式会社みなと精機
法人番号：4010401082716
設立：1987年4月1日
資本金：9,800万円
本社所在地：〒105-0014 東京都港区芝2-28-8`,
    expected: [],
  },
];

describeHoldout(
  'privacy hold-out 53: statistical and BI tool output, little-covered scripts, agent and LLM-app traffic',
  cases,
);
