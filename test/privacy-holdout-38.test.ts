import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A thirty-eighth hand-written hold-out, a second round of hold-out 32's theme: the context that a
 * data product's AI feature assembles and sends for one request, as the gateway scans it. The
 * context is built from a notebook or a workbook in the three shapes products use: XML-tagged
 * sections (<system>, <schema> with <table> and <column> elements, <cell id=…>, <output cell=…>
 * with csv, psql, pandas, JSON and error payloads, <question>), markdown sections (## System,
 * ## Schema, ## Current cell, ## Output, ## Question, in English, Portuguese and Korean) and JSON
 * context objects (schemas, cells, outputs, question; Jupyter error outputs with ename, evalue and
 * traceback; text/plain reprs inside JSON strings with \n escapes). The products: a Hex-like
 * notebook assistant, BI copilots (markdown answers, an explain-chart payload), a dbt docs
 * assistant (schema meta, dbt show of a failing test, a dbt 1.8 unit test), spreadsheet AIs (a
 * selected range of leads with data validation, an Indian payroll sheet with a DATEDIF formula, a
 * KYC sheet of SSNs, an Excel pivot, a system prompt), SQL-editor autocomplete with a short prefix
 * and suffix window (the prefix cut inside a literal, FIM tokens, a test seed of INSERTs, a CASE
 * WHEN), a data catalog's "explain this column" (a birth-date column with min/max, top and sample
 * values, a hashed e-mail column, an agent-name column with top values, a client IP column, a
 * free-text notes column) and text-to-SQL with few-shot examples (placeholder people, examples
 * copied from a real query log, Japanese placeholders). Data: customers, patients, employees,
 * students, payments and payouts, support tickets and marketing leads, from the US, the UK and
 * Ireland, the EU (Germany, the Netherlands, Finland, Sweden), India, Brazil, Japan, Korea,
 * Nigeria and Australia. Hard negatives of the same shapes: column names (email, ssn, dob,
 * date_of_birth, parent_email) and pii tags without values, descriptions, masked samples (f***@,
 * ***-**-4417, 535310******8630, DE** … **31 24), SHA-256 hex of e-mails and phones, a LIKE
 * prefix of an e-mail, UUIDs and synthetic ids (lead, ticket, payout, refund, MRN, UPN, ABHA, CNS,
 * CPF, PAN, UAN, NUBAN, Medicare, Zendesk user ids), a UPI VPA, aggregates and 10- and 11-digit
 * sums, version strings shaped like an IPv4 address, loopback, timestamps and hire, visit,
 * consent, profiling and filter-boundary dates, the PAS default 1900-01-01 and a documented
 * "unknown" 1990-01-01, companies, banks, stores, buildings, schools, hospitals and streets named
 * after people (Morgan Stanley, Wells Fargo, Johnson Controls, Ernst & Young, John Lewis,
 * Sainsbury's, Lloyds, Albert Heijn, Philips, Stockmann, Llewelyn Joinery, Lovelace House, Brunel
 * Quay, St Aidan's, Mayo Clinic, Hospital Dr. Carlos Alberto Studart, Av. Presidente Getúlio
 * Vargas, Admiralty Way, Victoria Island, Kingsford Smith, Mahatma Gandhi Road), product personas
 * (Magic, Quill, Loom, Iris, 누리, Harvey Bot), placeholder people (John Doe, Jane Doe, Test Lead,
 * Test Employee, Test Applicant, 山田 太郎) with example.com and example.jp mail, 555-01xx numbers,
 * 123-45-6789 and 078-05-1120, the ATO's example ABN, a Luhn-valid card shown only as last four, a
 * mistyped IBAN that fails its mod-97 check, and placeholder secrets (os.environ lookups).
 *
 * Each case lists every value it expects found, with its type; anything else flagged is a false
 * positive. Conventions as in hold-outs 32 and 33: titles and honorifics (Dr., Dona, 님, さん,
 * 선생님) are no part of a name's span; first and last name in separate fields (columns, CSV
 * fields, JSON keys, YAML keys) are separate spans; a lone given or family name counts only when
 * the same person is named in full in the text or it sits under a name field (a SQL literal
 * compared with last_name or customer_name, an isin() list on last_name, top values and min/max
 * statistics of a name column); a "Last, First" field is one span and a name split by a CSV parser
 * is spanned as far as it is shown; birth dates count in every written form (day-first, US,
 * impossible values, the arguments of a datetime.date repr) and as profiled samples or min/max of
 * a birth-date column, other dates never; private-use IPs (10.x) count as in hold-out 33, loopback
 * does not; a password alone is the secret, not its URI. Team mailboxes on real domains and
 * business phones count, and an IBAN counts whoever holds it. Values are fake: Luhn-valid made-up
 * cards, IBANs with valid mod-97 check digits, SSNs in valid areas, made-up names, numbers and
 * keys.
 */

const k = joinParts;
const nbSnowPw = k('Tr4ns!t', '_Wh9#qLx');
const nbOpenaiKey = k('sk-proj-', 'Lm4Qx8Vr2Tz7Kw9Nc3Bd6Fg1Hj5Sa0Ey', 'Xp7Ru2Oi8Mk4Nb6T3BlbkFJv9Qc');
const nbPgPw = k('Pg!Lag0s', '_2024vQx');
const nbGhPat = k('ghp_', 'R8vK2mQx7LtZ4wNc9BdF', '3gH6jS1aE0uYq5Pz');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- XML-tagged notebook context
  {
    name: 'Hex-like notebook assistant, XML context: <schema> with pii tags, the SQL cell with an e-mail IN list and last_name = literal, its CSV <output> with first and last name apart (Somali, Hmong and Navajo customers), a Checkout Test row at example.com, and the question with a possessive given name',
    text: `<system>
You are Magic, the AI assistant built into Hexagon notebooks. Write Snowflake SQL or Python for the
user's next cell. Reference only tables listed in <schema>. Prefer CTEs. Never invent column names.
</system>
<schema warehouse="snowflake" database="ANALYTICS">
<table name="CORE.CUSTOMERS" rows="1841220" description="One row per storefront account (US only)">
  <column name="CUSTOMER_ID" type="NUMBER(38,0)" />
  <column name="FIRST_NAME" type="VARCHAR" tags="pii" />
  <column name="LAST_NAME" type="VARCHAR" tags="pii" />
  <column name="EMAIL" type="VARCHAR" tags="pii,email" description="Login e-mail, lower-cased" />
  <column name="STATE" type="VARCHAR(2)" />
  <column name="LIFETIME_VALUE_USD" type="NUMBER(12,2)" />
  <column name="CREATED_AT" type="TIMESTAMP_NTZ" />
</table>
<table name="CORE.ORDERS" rows="9120554">
  <column name="ORDER_ID" type="VARCHAR" description="e.g. ORD-2024-0091187" />
  <column name="CUSTOMER_ID" type="NUMBER(38,0)" />
  <column name="ORDERED_AT" type="TIMESTAMP_NTZ" />
  <column name="TOTAL_USD" type="NUMBER(10,2)" />
</table>
</schema>
<cell id="c_7f31a2" type="sql" position="4" last_run="2024-06-11T15:42:09Z">
SELECT customer_id, first_name, last_name, email, state, lifetime_value_usd
FROM core.customers
WHERE email IN ('hodan.warsame@gmail.com', 'pvang.stpaul@yahoo.com', 'test+checkout@example.com')
   OR last_name = 'Begay'
ORDER BY lifetime_value_usd DESC
</cell>
<output cell="c_7f31a2" format="csv" row_count="4">
CUSTOMER_ID,FIRST_NAME,LAST_NAME,EMAIL,STATE,LIFETIME_VALUE_USD
1204417,Hodan,Warsame,hodan.warsame@gmail.com,MN,4812.40
1377120,Pa Houa,Vang,pvang.stpaul@yahoo.com,MN,2290.15
1098233,Darlene,Begay,darlene.begay@frontiernet.net,AZ,1774.00
1820011,Checkout,Test,test+checkout@example.com,CA,0.00
</output>
<question>why is Hodan's LTV so much higher than the others? break it down by year of order</question>`,
    // The family name compared with last_name belongs to a customer named in the rows; the Checkout Test row at example.com is a QA account; ids, states and amounts are not ours.
    expected: [
      ['EMAIL', 'hodan.warsame@gmail.com'],
      ['EMAIL', 'pvang.stpaul@yahoo.com'],
      ['PERSON', 'Begay'],
      ['PERSON', 'Hodan'],
      ['PERSON', 'Warsame'],
      ['EMAIL', 'hodan.warsame@gmail.com'],
      ['PERSON', 'Pa Houa'],
      ['PERSON', 'Vang'],
      ['EMAIL', 'pvang.stpaul@yahoo.com'],
      ['PERSON', 'Darlene'],
      ['PERSON', 'Begay'],
      ['EMAIL', 'darlene.begay@frontiernet.net'],
      ['PERSON', 'Hodan'],
    ],
  },
  {
    name: 'clean XML context from a HIPAA-mode notebook: a BigQuery schema whose columns are mrn, first_name, last_name, dob, ssn, email and phone with phi tags but no values, facilities named Cedars-Sinai and St. Jude, an aggregate SQL cell and a markdown output of admissions by zip3 and month with "… 10 more rows"',
    gap: 'Flags the facility "Cedars-Sinai Marina del Rey" in a column description as a person.',
    text: `<system>You are Magic. This workspace has HIPAA mode on: never select identifier columns (mrn, first_name, last_name, dob, ssn, email, phone); aggregate to zip3 and month.</system>
<schema warehouse="bigquery" project="cedar-health-prod">
<table name="clinical.encounters" rows="22871904">
  <column name="encounter_id" type="STRING" description="UUID" />
  <column name="mrn" type="STRING" tags="phi" />
  <column name="first_name" type="STRING" tags="phi" />
  <column name="last_name" type="STRING" tags="phi" />
  <column name="dob" type="DATE" tags="phi" />
  <column name="ssn" type="STRING" tags="phi" description="Collected for self-pay only; NULL for 96% of rows" />
  <column name="email" type="STRING" tags="phi" />
  <column name="phone" type="STRING" tags="phi" />
  <column name="zip3" type="STRING" />
  <column name="facility" type="STRING" description="e.g. Cedars-Sinai Marina del Rey, St. Jude Medical Center" />
  <column name="admitted_at" type="TIMESTAMP" />
  <column name="discharged_at" type="TIMESTAMP" />
</table>
</schema>
<cell id="c_0b9e44" type="sql" position="2">
SELECT zip3,
       DATE_TRUNC(DATE(admitted_at), MONTH) AS month,
       COUNT(*) AS admissions,
       APPROX_QUANTILES(TIMESTAMP_DIFF(discharged_at, admitted_at, HOUR) / 24, 2)[OFFSET(1)] AS median_los_days
FROM clinical.encounters
WHERE admitted_at >= '2024-01-01' AND zip3 IN ('900', '902', '913')
GROUP BY 1, 2
ORDER BY 1, 2
</cell>
<output cell="c_0b9e44" format="markdown" row_count="15">
| zip3 | month      | admissions | median_los_days |
|------|------------|-----------:|----------------:|
| 900  | 2024-01-01 |       4112 |             3.1 |
| 900  | 2024-02-01 |       3877 |             3.0 |
| 900  | 2024-03-01 |       4020 |             2.9 |
| 902  | 2024-01-01 |       1988 |             2.6 |
| 902  | 2024-02-01 |       2104 |             2.7 |
… 10 more rows
</output>
<question>Which zip3 had the biggest jump in length of stay between January and May? Chart it.</question>`,
    // Column names and tags without values, facilities, zip3 prefixes, months and counts: nothing personal.
    expected: [],
  },
  {
    name: 'notebook context with two Python cells: a row count, then a pandas isin() filter on last_name over Nigerian customers and its text/plain DataFrame (first and last name apart, +234 and 0806 mobiles, e-mails, birth dates, LGAs), the user naming two customers and Admiralty Way',
    text: `<context notebook="Lagos VIP retention" kernel="python3.11">
<cell id="c_11" type="python">
customers = hx.sql("select * from crm.customers where country_code = 'NG'")
len(customers)
</cell>
<output cell="c_11" mime="text/plain">
48207
</output>
<cell id="c_19" type="python" active="true">
vip = customers[customers["last_name"].isin(["Okonkwo", "Adeyemi-Cole"]) & (customers["state"] == "Lagos")]
vip[["customer_ref", "first_name", "last_name", "phone", "email", "date_of_birth", "lga"]]
</cell>
<output cell="c_19" mime="text/plain">
      customer_ref  first_name     last_name              phone                       email  date_of_birth           lga
412   NG-CUS-00412    Chiamaka       Okonkwo  +234 803 412 7790  chiamaka.okonkwo@gmail.com     1991-04-22         Ikeja
977   NG-CUS-00977      Obinna       Okonkwo      0806 231 4478       obi.okonkwo@yahoo.com     1986-11-09       Eti-Osa
1530  NG-CUS-01530   Babatunde  Adeyemi-Cole  +234 909 117 2254     tunde.ac@adeyemicole.ng     1979-02-14  Lagos Island
</output>
</context>
<user>Chiamaka and Obinna share an address on Admiralty Way. Are they the same household? Write the check.</user>`,
    // The isin() list holds family names compared with last_name; the user's given names belong to customers in the rows; Admiralty Way, LGAs and customer refs are not ours.
    expected: [
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Adeyemi-Cole'],
      ['PERSON', 'Chiamaka'],
      ['PERSON', 'Okonkwo'],
      ['PHONE', '+234 803 412 7790'],
      ['EMAIL', 'chiamaka.okonkwo@gmail.com'],
      ['DATE_OF_BIRTH', '1991-04-22'],
      ['PERSON', 'Obinna'],
      ['PERSON', 'Okonkwo'],
      ['PHONE', '0806 231 4478'],
      ['EMAIL', 'obi.okonkwo@yahoo.com'],
      ['DATE_OF_BIRTH', '1986-11-09'],
      ['PERSON', 'Babatunde'],
      ['PERSON', 'Adeyemi-Cole'],
      ['PHONE', '+234 909 117 2254'],
      ['EMAIL', 'tunde.ac@adeyemicole.ng'],
      ['DATE_OF_BIRTH', '1979-02-14'],
      ['PERSON', 'Chiamaka'],
      ['PERSON', 'Obinna'],
    ],
  },
  {
    name: 'UK payments notebook context: an INSERT of a payee with name, e-mail, IBAN, sort code and account number, the UniqueViolation error output quoting the e-mail in DETAIL and the name in the SQLAlchemy echo, a psql lookup showing her old Lloyds IBAN, and a question about switching banks',
    text: `<cell id="cell-22" language="sql" connection="payments_pg (PostgreSQL 15)">
INSERT INTO payments.payees (payee_name, email, iban, sort_code, account_no, created_by)
VALUES ('Rhiannon Pritchard', 'rhiannon.pritchard@btinternet.com', 'GB62BARC20451673920418', '20-45-16', '73920418', 'svc_payouts');
</cell>
<output cell="cell-22" type="error">
IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "payees_email_key"
DETAIL:  Key (email)=(rhiannon.pritchard@btinternet.com) already exists.

[SQL: INSERT INTO payments.payees (payee_name, email, iban, sort_code, account_no, created_by)
VALUES ('Rhiannon Pritchard', ...]
(Background on this error at: https://sqlalche.me/e/20/gkpj)
</output>
<cell id="cell-23" language="sql">
SELECT payee_id, payee_name, email, iban, created_at FROM payments.payees WHERE email = 'rhiannon.pritchard@btinternet.com';
</cell>
<output cell="cell-23" format="psql">
 payee_id |     payee_name     |               email               |          iban          |       created_at
----------+--------------------+-----------------------------------+------------------------+------------------------
    88120 | Rhiannon Pritchard | rhiannon.pritchard@btinternet.com | GB10LOYD30962574418302 | 2023-02-14 10:31:07+00
(1 row)
</output>
<question>She moved from Lloyds to Barclays. Turn the insert into an UPDATE and keep the old IBAN in payee_history.</question>`,
    // Sort code, account number, payee id and the service user are not ours; Lloyds and Barclays are banks.
    expected: [
      ['PERSON', 'Rhiannon Pritchard'],
      ['EMAIL', 'rhiannon.pritchard@btinternet.com'],
      ['IBAN', 'GB62BARC20451673920418'],
      ['EMAIL', 'rhiannon.pritchard@btinternet.com'],
      ['PERSON', 'Rhiannon Pritchard'],
      ['EMAIL', 'rhiannon.pritchard@btinternet.com'],
      ['PERSON', 'Rhiannon Pritchard'],
      ['EMAIL', 'rhiannon.pritchard@btinternet.com'],
      ['IBAN', 'GB10LOYD30962574418302'],
    ],
  },
  {
    name: 'Indian diabetes-clinic notebook: a SQL cell joining patients to visits, a truncated psql <output> with Bengali and Assamese names, ABHA numbers, birth dates, a +91 mobile, a bare mobile and a Kolkata landline, "… 1,204 more rows", and a question asking for counts only',
    text: `<cell id="c3" type="sql" title="Diabetes follow-ups (Kolkata, Guwahati)">
SELECT p.patient_name, p.abha_number, p.dob, p.mobile, v.visit_date, v.hba1c
FROM emr.patients p JOIN emr.visits v USING (patient_id)
WHERE v.hba1c >= 9.0 AND p.city IN ('Kolkata', 'Guwahati')
ORDER BY v.hba1c DESC;
</cell>
<output cell="c3" format="psql" truncated="true">
      patient_name      |    abha_number    |    dob     |     mobile      | visit_date | hba1c
------------------------+-------------------+------------+-----------------+------------+-------
 Sudeshna Chattopadhyay | 91-4471-8820-3315 | 1964-09-02 | +91 98310 27745 | 2024-05-28 |  12.4
 Bhaskar Borthakur      | 91-2290-6617-0482 | 1958-01-19 | 94350 11862     | 2024-05-30 |  11.9
 Rafiqul Islam Laskar   | 91-7738-1046-2259 | 1971-06-30 | 033 2464 7719   | 2024-06-01 |  11.2
… 1,204 more rows
</output>
<question>Which of these patients missed their June follow-up at the Salt Lake clinic? Don't list names, just give counts per city.</question>`,
    // ABHA numbers are health ids, not phones; visit dates, HbA1c values and Salt Lake (a Kolkata locality) are not ours.
    expected: [
      ['PERSON', 'Sudeshna Chattopadhyay'],
      ['DATE_OF_BIRTH', '1964-09-02'],
      ['PHONE', '+91 98310 27745'],
      ['PERSON', 'Bhaskar Borthakur'],
      ['DATE_OF_BIRTH', '1958-01-19'],
      ['PHONE', '94350 11862'],
      ['PERSON', 'Rafiqul Islam Laskar'],
      ['DATE_OF_BIRTH', '1971-06-30'],
      ['PHONE', '033 2464 7719'],
    ],
  },
  // ---------------------------------------------------------------- markdown-section context
  {
    name: 'BI copilot markdown context for a UK HR partner: ## Schema with profiled sample names, birth dates and a work e-mail, a placeholder NI number, sites named Lovelace House and Brunel Quay, ## Current cell filtering on a manager by name, ## Output rows, ## Question with given names',
    text: `## System
You are the Slate BI copilot. Answer with one SQL query for Postgres, then one sentence. Columns tagged \`pii\` may be shown only to users in the HR role (current user: HR Business Partner, Leeds).

## Schema
### hr.employees (2,317 rows, profiled 2024-06-09)
| column | type | tags | description | sample values |
|---|---|---|---|---|
| employee_id | text | | e.g. E-004417 | E-004417, E-019320 |
| full_name | text | pii | legal name as on the right-to-work check | Zainab Chaudhry, Delroy Campbell-Grant, Ailsa MacLeod |
| ni_number | text | pii | National Insurance number | QQ 12 34 56 C |
| date_of_birth | date | pii | | 1984-07-19, 1992-03-03 |
| work_email | text | | | z.chaudhry@harrowgate-lettings.co.uk |
| site | text | | office | Lovelace House (Leeds), Brunel Quay (Bristol) |
| manager_name | text | | line manager's full name | |
| hired_on | date | | | 2019-09-02, 2023-01-16 |

## Current cell (SQL, ran 2024-06-10 09:12)
\`\`\`sql
SELECT full_name, site, hired_on, manager_name
FROM hr.employees
WHERE site = 'Lovelace House (Leeds)' AND manager_name = 'Katarzyna Wróblewska';
\`\`\`

## Output (3 rows)
| full_name | site | hired_on | manager_name |
|---|---|---|---|
| Zainab Chaudhry | Lovelace House (Leeds) | 2019-09-02 | Katarzyna Wróblewska |
| Delroy Campbell-Grant | Lovelace House (Leeds) | 2021-04-12 | Katarzyna Wróblewska |
| Owain ap Rhys | Lovelace House (Leeds) | 2023-01-16 | Katarzyna Wróblewska |

## Question
Katarzyna goes on leave next week; who should Owain report to in the meantime? Suggest based on the team's seniority.`,
    // QQ 12 34 56 C is HMRC's placeholder; buildings named after Lovelace and Brunel, ids and hire dates are not ours; the given names belong to people named in full.
    expected: [
      ['PERSON', 'Zainab Chaudhry'],
      ['PERSON', 'Delroy Campbell-Grant'],
      ['PERSON', 'Ailsa MacLeod'],
      ['DATE_OF_BIRTH', '1984-07-19'],
      ['DATE_OF_BIRTH', '1992-03-03'],
      ['EMAIL', 'z.chaudhry@harrowgate-lettings.co.uk'],
      ['PERSON', 'Katarzyna Wróblewska'],
      ['PERSON', 'Zainab Chaudhry'],
      ['PERSON', 'Katarzyna Wróblewska'],
      ['PERSON', 'Delroy Campbell-Grant'],
      ['PERSON', 'Katarzyna Wróblewska'],
      ['PERSON', 'Owain ap Rhys'],
      ['PERSON', 'Katarzyna Wróblewska'],
      ['PERSON', 'Katarzyna'],
      ['PERSON', 'Owain'],
    ],
  },
  {
    name: 'markdown context of a Nigerian lead-gen workspace: a profile table with top values (count) for first_name and last_name, e-mail domains, states and UTM sources, created_at min/max, then an aggregate SQL cell and its output by state and source',
    text: `## Schema
Table \`growth.leads\` (Snowflake) — 1,412,880 rows, profiled by Atlas on 2024-06-02

| column | type | null % | distinct | top values (count) |
|---|---|---:|---:|---|
| lead_id | VARCHAR | 0 | 1,412,880 | — |
| first_name | VARCHAR | 0.4 | 88,214 | Oluwaseun (4,120), Chinonso (3,882), Aisha (3,017), Ibrahim (2,966) |
| last_name | VARCHAR | 0.9 | 61,730 | Adebayo (5,311), Okafor (4,904), Bello (4,288) |
| email_domain | VARCHAR | 1.2 | 9,402 | gmail.com (612,004), yahoo.com (301,227), outlook.com (88,140) |
| state | VARCHAR | 0 | 37 | Lagos (488,210), FCT (201,776), Rivers (98,403) |
| utm_source | VARCHAR | 3.3 | 41 | facebook (702,118), google (355,240), tiktok (120,077) |
| converted | BOOLEAN | 0 | 2 | false (1,301,554), true (111,326) |
| created_at | TIMESTAMP_NTZ | 0 | 1,390,114 | min 2021-03-01 00:00:04, max 2024-06-01 23:59:58 |

## Current cell
\`\`\`sql
select state, utm_source, count(*) as leads, count_if(converted) as converted
from growth.leads
where created_at >= '2024-01-01'
group by 1, 2
order by leads desc
limit 5;
\`\`\`

## Output
| STATE | UTM_SOURCE | LEADS | CONVERTED |
|---|---|---:|---:|
| Lagos | facebook | 101,204 | 7,712 |
| FCT | facebook | 44,871 | 3,390 |
| Lagos | google | 41,006 | 4,118 |
| Rivers | facebook | 22,340 | 1,205 |
| Lagos | tiktok | 19,877 | 611 |

## Question
Is TikTok worth keeping in Lagos given the conversion rate? Compare with Facebook.`,
    // Top values of first_name and last_name sit under name fields; e-mail domains, states, sources, counts and timestamps are not ours.
    expected: [
      ['PERSON', 'Oluwaseun'],
      ['PERSON', 'Chinonso'],
      ['PERSON', 'Aisha'],
      ['PERSON', 'Ibrahim'],
      ['PERSON', 'Adebayo'],
      ['PERSON', 'Okafor'],
      ['PERSON', 'Bello'],
    ],
  },
  {
    name: 'markdown column statistics of an Australian clinic table sent to a BI copilot: min/max of given_name and family_name, a date_of_birth min that is the PAS default 1900-01-01 and a real max, Medicare numbers, postcodes, visit dates; an age-band SQL cell and its aggregate output',
    text: `## Column statistics — \`clinic.patients\` (Koala Health, Snowflake ap-southeast-2, refreshed 2024-06-08)
| column | type | nulls | min | max | mean |
|---|---|---|---|---|---|
| patient_id | NUMBER | 0 | 100001 | 391227 | |
| given_name | VARCHAR | 0 | Aaliyah | Zygmunt | |
| family_name | VARCHAR | 0 | Abbott-Nguyen | Zurbrugg | |
| date_of_birth | DATE | 0.2% | 1900-01-01 | 2024-05-27 | |
| medicare_no | VARCHAR | 1.1% | 2123 45670 1 | 6951 88014 2 | |
| postcode | VARCHAR | 0 | 0800 | 7470 | |
| last_visit | DATE | 3.4% | 2015-07-01 | 2024-06-07 | |
| visits_12m | NUMBER | 0 | 0 | 61 | 3.2 |

Note: 1900-01-01 is the PAS default for "unknown"; 412 rows carry it.

## Current cell
\`\`\`sql
select case when date_of_birth = '1900-01-01' then 'unknown'
            when datediff('year', date_of_birth, current_date) >= 80 then '80+'
            else '<80' end as age_band,
       count(*) as patients,
       count_if(visits_12m > 12) as frequent
from clinic.patients
group by 1;
\`\`\`

## Output
| AGE_BAND | PATIENTS | FREQUENT |
|----------|---------:|---------:|
| <80      |  371,204 |    9,812 |
| 80+      |   19,611 |    2,907 |
| unknown  |      412 |        3 |

## Question
How many 80+ patients visited more than 12 times, as a share of all 80+ patients?`,
    // Min/max of the name columns are names; the PAS default is no one's birth date but the max is a newborn's; Medicare numbers, postcodes and visit dates are not ours.
    expected: [
      ['PERSON', 'Aaliyah'],
      ['PERSON', 'Zygmunt'],
      ['PERSON', 'Abbott-Nguyen'],
      ['PERSON', 'Zurbrugg'],
      ['DATE_OF_BIRTH', '2024-05-27'],
    ],
  },
  {
    name: 'clean markdown context of an EU audience-sync table: SHA-256 e-mail and phone hashes, masked e-mails, phones and an IBAN as samples, an HMAC member key, birth years, consent timestamps, and an aggregate query by country',
    text: `## Schema
\`mkt.audience_sync\` — rows sent to ad platforms (EU, consent = true only)

| column | type | description | samples (masked by policy MASK_PII) |
|---|---|---|---|
| member_key | STRING | HMAC of the internal id | \`m_9f3c1a7e52\` |
| email_sha256 | STRING | SHA-256 of the trimmed, lower-cased e-mail | \`5f1d7a9c0b2e48f3a6c1d9e07b4f2a8c3e6d1b9f0a7c4e2d8b5f1a3c9e7d0b64\` |
| phone_sha256 | STRING | SHA-256 of the E.164 phone | \`c2a8e4f17b9d03e6a5c1f8b2d7e94a0c3b6f1d8e2a9c7b4f0e5d3a1c8b6f2e97\` |
| email_masked | STRING | for support look-ups | \`f***.o*******r@gmx.de\`, \`e***.y*****m@web.de\` |
| phone_masked | STRING | | \`+49 15** *****18\`, \`+31 6 **** **71\` |
| iban_masked | STRING | refund account | \`DE** **** **** **** **31 24\` |
| birth_year | INT64 | | 1987, 1994 |
| country | STRING | | DE, NL, AT |
| consent_ts | TIMESTAMP | | 2024-03-11 08:14:22 UTC |

## Current cell
\`\`\`sql
SELECT country,
       COUNT(DISTINCT email_sha256) AS matchable,
       COUNTIF(phone_sha256 IS NOT NULL) AS with_phone
FROM mkt.audience_sync
GROUP BY country
ORDER BY matchable DESC;
\`\`\`

## Output
| country | matchable | with_phone |
|---|---:|---:|
| DE | 412,880 | 188,301 |
| NL | 201,774 | 40,118 |
| AT | 58,203 | 27,990 |

## Question
Why is the Netherlands' phone coverage so much lower than Germany's?`,
    // Hashes, masked values, birth years alone, consent timestamps and aggregates are not personal data.
    expected: [],
  },
  {
    name: 'Portuguese markdown context of a Brazilian health-plan notebook: a Python cell with a CPF literal and an f-string SQL filtering on nome_mae, a pandas output with names, CPFs, DD/MM/YYYY birth dates, mobiles and e-mails, and a question naming both with a hospital named after a doctor',
    text: `## Instruções do sistema
Você é o assistente do caderno (Quadro Saúde). Responda em português, com código Python quando necessário.

## Célula anterior (Python)
\`\`\`python
cpf = "418.337.920-06"
df = run_sql(f"""
    SELECT nome, cpf, data_nascimento, celular, email, cidade
    FROM saude.beneficiarios
    WHERE cpf = '{cpf}' OR nome_mae = 'Raimunda Nonata Ferreira'
""")
df
\`\`\`

## Saída
\`\`\`
                         nome             cpf  data_nascimento          celular                     email             cidade
0  Francisco das Chagas Nunes  418.337.920-06       07/03/1968  (85) 98814-2207   chagas.nunes@bol.com.br          Fortaleza
1       Luana Sampaio Barreto  052.118.734-90       22/11/1995  (85) 99127-0431  luana.sbarreto@gmail.com  Juazeiro do Norte
\`\`\`

## Pergunta
Por que a Luana aparece na busca pelo CPF do Francisco? Os dois são atendidos no Hospital Dr. Carlos Alberto Studart.`,
    // The mother's name filtered on is a person; CPFs are national ids, not our types; the hospital is named after a doctor; cities are places.
    expected: [
      ['PERSON', 'Raimunda Nonata Ferreira'],
      ['PERSON', 'Francisco das Chagas Nunes'],
      ['DATE_OF_BIRTH', '07/03/1968'],
      ['PHONE', '(85) 98814-2207'],
      ['EMAIL', 'chagas.nunes@bol.com.br'],
      ['PERSON', 'Luana Sampaio Barreto'],
      ['DATE_OF_BIRTH', '22/11/1995'],
      ['PHONE', '(85) 99127-0431'],
      ['EMAIL', 'luana.sbarreto@gmail.com'],
      ['PERSON', 'Luana'],
      ['PERSON', 'Francisco'],
    ],
  },
  // ---------------------------------------------------------------- JSON context objects
  {
    name: 'Japanese JSON context object: schemas with 氏名 sample values and a 山田 太郎 test-data note, a SQL cell with a birth-date boundary literal, outputs as records with 氏名, 生年月日, a Fukuoka landline, a mobile and a docomo e-mail, and a question about the Tenjin store',
    text: `{
  "feature": "explain_result",
  "system": "あなたはデータ分析アシスタントです。回答は日本語で、個人名は必要な場合のみ使ってください。",
  "schemas": [
    {"table": "crm.kokyaku", "columns": [
      {"name": "kokyaku_id", "type": "BIGINT"},
      {"name": "shimei", "type": "VARCHAR", "description": "氏名（姓と名を全角スペースで区切る）。テストデータは 山田 太郎", "tags": ["pii"], "sample_values": ["佐々木 遥", "中村 健太"]},
      {"name": "seinengappi", "type": "DATE", "description": "生年月日", "tags": ["pii"]},
      {"name": "denwa", "type": "VARCHAR", "description": "電話番号", "tags": ["pii"]},
      {"name": "mail", "type": "VARCHAR", "tags": ["pii"]},
      {"name": "todofuken", "type": "VARCHAR", "sample_values": ["東京都", "大阪府", "福岡県"]}
    ]}
  ],
  "cells": [
    {"id": "cell-5", "language": "sql", "source": "SELECT shimei, seinengappi, denwa, mail FROM crm.kokyaku WHERE todofuken = '福岡県' AND seinengappi < '1960-01-01' LIMIT 2"}
  ],
  "outputs": [
    {"cell_id": "cell-5", "type": "records", "data": [
      {"shimei": "渡邊 真由美", "seinengappi": "1957-12-03", "denwa": "092-731-4482", "mail": "mayumi.w@docomo.ne.jp"},
      {"shimei": "小野寺 翔", "seinengappi": "1959-04-28", "denwa": "090-3418-2276", "mail": null}
    ]}
  ],
  "question": "この2人は同じ店舗（天神店）の会員ですか？"
}`,
    // 山田 太郎 is the Japanese placeholder; the 1960-01-01 boundary is a filter, not a birth date; prefectures and the Tenjin store are places.
    expected: [
      ['PERSON', '佐々木 遥'],
      ['PERSON', '中村 健太'],
      ['PERSON', '渡邊 真由美'],
      ['DATE_OF_BIRTH', '1957-12-03'],
      ['PHONE', '092-731-4482'],
      ['EMAIL', 'mayumi.w@docomo.ne.jp'],
      ['PERSON', '小野寺 翔'],
      ['DATE_OF_BIRTH', '1959-04-28'],
      ['PHONE', '090-3418-2276'],
    ],
  },
  {
    name: 'Korean JSON context on one line: a SQL cell source with \\n escapes and a name_ko IN list of two students, the psql output as a JSON string with \\n escapes (student numbers, birth dates, guardian phones), and a question naming the homeroom teacher with 선생님',
    text: `{"context":{"notebook":"2024 1학기 장학 대상","schemas":[{"name":"school.students","columns":["student_no","name_ko","birth_date","guardian_phone","homeroom"]}],"cells":[{"id":"c2","type":"sql","source":"SELECT student_no, name_ko, birth_date, guardian_phone\\nFROM school.students\\nWHERE homeroom = '2-3'\\n  AND name_ko IN ('김민준', '이서연')\\nORDER BY student_no;"}],"outputs":[{"cell_id":"c2","text":" student_no | name_ko | birth_date | guardian_phone\\n------------+---------+------------+----------------\\n 20240317   | 김민준  | 2008-05-14 | 010-2871-4409\\n 20240322   | 이서연  | 2008-11-02 | 010-6630-1975\\n(2 rows)\\n"}],"question":"두 학생 모두 장학금 기준을 충족하나요? 담임 권도윤 선생님께 보낼 요약을 써줘."}}`,
    // 선생님 is no part of the teacher's name; student numbers and the homeroom are not ours.
    expected: [
      ['PERSON', '김민준'],
      ['PERSON', '이서연'],
      ['PERSON', '김민준'],
      ['DATE_OF_BIRTH', '2008-05-14'],
      ['PHONE', '010-2871-4409'],
      ['PERSON', '이서연'],
      ['DATE_OF_BIRTH', '2008-11-02'],
      ['PHONE', '010-6630-1975'],
      ['PERSON', '권도윤'],
    ],
  },
  {
    name: 'clean JSON context of a payments BI copilot: a request UUID, a settlements schema with cardholder_name, card_bin and card_last4 columns, an aggregate cell and records of gross by region with 10- and 11-digit sums in JPY and KRW',
    text: `{
  "request_id": "6c1f0a9e-3b7d-4e21-9a58-d0e4c7b2f913",
  "feature": "copilot.chat",
  "system": "You are Loom, the BI copilot. Answer from the outputs; do not run new queries unless asked.",
  "schemas": [{"table": "payments.settlements", "columns": [
    {"name": "settlement_id", "type": "STRING"}, {"name": "merchant_id", "type": "STRING"},
    {"name": "cardholder_name", "type": "STRING", "tags": ["pii"]}, {"name": "card_bin", "type": "STRING"},
    {"name": "card_last4", "type": "STRING"}, {"name": "region", "type": "STRING"},
    {"name": "amount_minor", "type": "INT64"}, {"name": "currency", "type": "STRING"},
    {"name": "settled_at", "type": "TIMESTAMP"}]}],
  "cells": [{"id": "q-18", "source": "SELECT region, currency, COUNT(*) AS n, SUM(amount_minor) / 100 AS gross FROM payments.settlements WHERE settled_at >= '2024-05-01' GROUP BY 1, 2 ORDER BY gross DESC"}],
  "outputs": [{"cell_id": "q-18", "records": [
    {"region": "KR", "currency": "KRW", "n": 880372, "gross": 41877210000},
    {"region": "JP", "currency": "JPY", "n": 1204411, "gross": 8812045500},
    {"region": "AU", "currency": "AUD", "n": 412907, "gross": 30477182.55}
  ], "truncated": false, "elapsed_ms": 1842}],
  "question": "Convert the gross to USD at month-end rates and rank the regions."
}`,
    // Column names, a UUID, counts and sums are not personal data.
    expected: [],
  },
  {
    name: "German JSON context with a Jupyter error output: an InvalidChecksum ename, evalue and traceback quoting a mistyped IBAN and the holder's name, the previous DataFrame output in a JSON string, and the user pasting the corrected IBAN from her e-mail",
    text: `{
  "cells": [
    {"id": "c-41", "language": "python", "source": "for row in refunds.itertuples():\\n    validate_iban(row.iban, holder=row.kontoinhaber)"}
  ],
  "outputs": [
    {"cell_id": "c-41", "output_type": "error", "ename": "InvalidChecksum",
     "evalue": "IBAN 'DE44 5001 0517 5407 3294 31' failed mod-97 check (holder: Friederike Obermüller)",
     "traceback": ["---------------------------------------------------------------------------", "InvalidChecksum                           Traceback (most recent call last)", "Cell In[41], line 2", "      1 for row in refunds.itertuples():", "----> 2     validate_iban(row.iban, holder=row.kontoinhaber)", "", "File ~/lib/sepa.py:88, in validate_iban(iban, holder)", "     86 compact = iban.replace(' ', '')", "     87 if int(_rearrange(compact)) % 97 != 1:", "---> 88     raise InvalidChecksum(f\\"IBAN '{iban}' failed mod-97 check (holder: {holder})\\")", "", "InvalidChecksum: IBAN 'DE44 5001 0517 5407 3294 31' failed mod-97 check (holder: Friederike Obermüller)"]}
  ],
  "previous_outputs": [
    {"cell_id": "c-39", "text/plain": "   erstattung_id           kontoinhaber                         iban  betrag_eur\\n0       R-771204  Friederike Obermüller  DE44 5001 0517 5407 3294 31      149.90\\n1       R-771219          Emre Yıldırım  DE93 1203 0000 1058 3422 76       89.00"}
  ],
  "question": "Friederike sent her IBAN again by e-mail: DE44 5001 0517 5407 3249 31. Is that one valid, and can you fix row 0?"
}`,
    // The stored IBAN has two digits swapped and fails its check, so it is no IBAN; the one she sent again is valid; refund ids and amounts are not ours.
    expected: [
      ['PERSON', 'Friederike Obermüller'],
      ['PERSON', 'Friederike Obermüller'],
      ['PERSON', 'Friederike Obermüller'],
      ['PERSON', 'Emre Yıldırım'],
      ['IBAN', 'DE93 1203 0000 1058 3422 76'],
      ['PERSON', 'Friederike'],
      ['IBAN', 'DE44 5001 0517 5407 3249 31'],
    ],
  },
  // ---------------------------------------------------------------- dbt docs assistant
  {
    name: 'dbt docs assistant context for a failing test at a UK multi-academy trust: model meta with an owner and a team mailbox, column docs with a placeholder UPN, dbt show of failing rows (legal_forename and legal_surname apart, an impossible 29 February, parent e-mails), and a question naming a pupil by surname',
    text: `[dbt docs assistant — context for "why is this test failing?"]

model: stg_mis__students   (models/staging/mis/stg_mis__students.sql)
description: One row per pupil on roll, from the Arbor MIS nightly export.
meta: {owner: "Priya Raman", owner_email: "data@northfield-mat.org.uk", contains_pii: true}
columns:
  upn: Unique Pupil Number (13 chars, e.g. A123456789012). Not secret, but treat as personal data.
  legal_forename / legal_surname: as on the birth certificate.
  date_of_birth: drives the year-group check.
  parent_email: primary contact; may be shared by siblings.

failing test: assert_dob_matches_year_group (severity: error)
$ dbt show --select assert_dob_matches_year_group --limit 5
20:14:07  Running with dbt=1.8.2
20:14:09  Previewing node 'assert_dob_matches_year_group':
| upn           | legal_forename | legal_surname   | date_of_birth | year_group | parent_email                |
| ------------- | -------------- | --------------- | ------------- | ---------- | --------------------------- |
| K831204417023 | Tiegan         | Ashworth-Mensah | 2011-02-29    |          8 | k.ashworth.mensah@gmail.com |
| H290513887105 | Jakub          | Zieliński       | 2009-08-31    |         11 | zielinscy.family@wp.pl      |
| M504478120939 | Aoife          | Ní Bhriain      | 2013-09-01    |          5 | orla.nibhriain@icloud.com   |

User: are these data-entry errors or real edge cases? Ní Bhriain looks like she was born on the cut-off day.`,
    // The impossible 2011-02-29 is still a birth date; the surname alone belongs to a pupil named in the rows; UPNs, the example UPN and year groups are not ours; the trust mailbox counts.
    expected: [
      ['PERSON', 'Priya Raman'],
      ['EMAIL', 'data@northfield-mat.org.uk'],
      ['PERSON', 'Tiegan'],
      ['PERSON', 'Ashworth-Mensah'],
      ['DATE_OF_BIRTH', '2011-02-29'],
      ['EMAIL', 'k.ashworth.mensah@gmail.com'],
      ['PERSON', 'Jakub'],
      ['PERSON', 'Zieliński'],
      ['DATE_OF_BIRTH', '2009-08-31'],
      ['EMAIL', 'zielinscy.family@wp.pl'],
      ['PERSON', 'Aoife'],
      ['PERSON', 'Ní Bhriain'],
      ['DATE_OF_BIRTH', '2013-09-01'],
      ['EMAIL', 'orla.nibhriain@icloud.com'],
      ['PERSON', 'Ní Bhriain'],
    ],
  },
  {
    name: 'dbt 1.8 unit test YAML sent to the docs assistant: Jane Doe rows at example.com beside two rows copied from production (a Swedish customer in hyphenated and spaced spellings, two e-mails, one mobile twice), a description crediting "T. Okafor", and the expect block',
    text: `You are the dbt Docs assistant. The user is looking at this unit test. Explain what it checks.

unit_tests:
  - name: test_customer_dedupe_keeps_latest_email
    description: "Regression for DATA-2291 (rows copied from prod by T. Okafor; anonymise before merge!)"
    model: int_customers_deduped
    given:
      - input: ref('stg_shop__customers')
        rows:
          - {customer_id: 1, full_name: "Jane Doe", email: "jane.doe@example.com", phone: null, updated_at: "2024-01-01 00:00:00"}
          - {customer_id: 1, full_name: "Jane Doe", email: "jane.d@example.com", phone: null, updated_at: "2024-02-01 00:00:00"}
          - {customer_id: 40388, full_name: "Nkechi Eze-Lindqvist", email: "nkechi.eze@telia.se", phone: "+46 70 418 22 96", updated_at: "2023-11-30 18:04:11"}
          - {customer_id: 40388, full_name: "Nkechi Eze Lindqvist", email: "n.ezelindqvist@gmail.com", phone: "+46 70 418 22 96", updated_at: "2024-03-02 09:15:40"}
    expect:
      rows:
        - {customer_id: 1, email: "jane.d@example.com"}
        - {customer_id: 40388, email: "n.ezelindqvist@gmail.com"}

User: does this cover the case where only the hyphen differs in the name?`,
    // An initial and a surname name the engineer; Jane Doe at example.com is a placeholder; ids, the ticket and timestamps are not ours.
    expected: [
      ['PERSON', 'T. Okafor'],
      ['PERSON', 'Nkechi Eze-Lindqvist'],
      ['EMAIL', 'nkechi.eze@telia.se'],
      ['PHONE', '+46 70 418 22 96'],
      ['PERSON', 'Nkechi Eze Lindqvist'],
      ['EMAIL', 'n.ezelindqvist@gmail.com'],
      ['PHONE', '+46 70 418 22 96'],
      ['EMAIL', 'n.ezelindqvist@gmail.com'],
    ],
  },
  {
    name: 'clean dbt docs assistant context: a manifest excerpt of dim_patient with hashed keys, dob_year and ssn_last4 columns, a regex test on email_hash, facilities named Mayo Clinic and Cleveland Clinic, a Kaplan–Meier column, a team owner handle and a seed load date',
    text: `You are the dbt Docs assistant for project \`cedar_health\`. Answer using only the manifest excerpt below.

model.cedar_health.dim_patient
  description: |
    One row per patient (current record only; SCD2 history in \`dim_patient_history\`).
    Identifiers are hashed in staging; raw PHI stays in the \`phi_raw\` schema, readable only by PHI_ENGINEER.
  columns:
    patient_sk:        "md5(mrn || source_system). Surrogate key."
    email_hash:        "sha256 of lower(email). Join key for marketing suppression lists."
    dob_year:          "Year of birth only (date of birth truncated for HIPAA Safe Harbor); ages 90+ collapsed to 1934."
    ssn_last4:         "Last four of the SSN, kept for call-centre identity checks. Never the full SSN."
    primary_facility:  "Facility name, e.g. Mayo Clinic Health System – Eau Claire, Cleveland Clinic Akron General."
    km_survival_90d:   "Kaplan–Meier 90-day survival estimate for the patient's cohort."
  tests:
    - unique: {column_name: patient_sk}
    - dbt_expectations.expect_column_values_to_match_regex: {column_name: email_hash, regex: "^[0-9a-f]{64}$"}
  meta: {owner: "@analytics-engineering", contains_pii: false, hipaa: safe_harbor}
  depends_on: [model.cedar_health.stg_ehr__patients, seed.cedar_health.facility_map]

seed.cedar_health.facility_map (3 columns: facility_code, facility_name, state), loaded 2024-06-02

User: Does dim_patient contain anything I can't share with our marketing vendor?`,
    // Column names, descriptions, facilities named after people, an eponymous method and a team handle: nothing personal.
    expected: [],
  },
  // ---------------------------------------------------------------- spreadsheet AI
  {
    name: 'spreadsheet AI context of a selected range of inbound leads (US, UK, Ireland): tab-separated cells with names, e-mails and phones, companies named after people (Morgan Stanley, Johnson Controls, Wells Fargo, Ernst & Young, Llewelyn Joinery), a Test Lead with a 555-0100 number, and lead owners repeated in a data-validation list',
    text: `Sheets AI · context (selection Leads!A1:H7, sheet "Q2 inbound", 612 rows in sheet)
User prompt: "Fill column H with personal or work depending on the email domain, and tell me which leads to call first."

	A	B	C	D	E	F	G	H
1	Lead ID	Name	Email	Phone	Company	Source	Owner	Email type
2	L-20931	Marisol Quintanilla	marisol.q@gmail.com	(415) 702-8813	Morgan Stanley	Webinar	Brandon Okoye	
3	L-20944	Gethin Llewelyn	gethin@llewelyn-joinery.co.uk	+44 29 2048 1176	Llewelyn Joinery Ltd	Organic	Brandon Okoye	
4	L-20957	Thu Trang Đỗ	trang.do@hey.com	(206) 551-3094	Johnson Controls	Paid social	Shreya Kulkarni	
5	L-20960	Test Lead	test.lead@example.com	(555) 010-0100	Acme Corp	QA	Shreya Kulkarni	
6	L-20982	Ifeoluwa Bankole	ifeoluwa.bankole@wellsfargo.com	+1 704-383-2917	Wells Fargo	Event	Brandon Okoye	
7	L-21003	Caoimhe Brannigan	caoimhe.brannigan@outlook.ie	+353 87 214 6630	Ernst & Young	Webinar	Shreya Kulkarni	

Data validation on G2:G612: list of items {Brandon Okoye, Shreya Kulkarni, Unassigned}
H2:H7 are empty.`,
    // A business address and number count; the companies are named after people; the Test Lead row with example.com and 555-0100 is a placeholder; lead ids are not ours.
    expected: [
      ['PERSON', 'Marisol Quintanilla'],
      ['EMAIL', 'marisol.q@gmail.com'],
      ['PHONE', '(415) 702-8813'],
      ['PERSON', 'Brandon Okoye'],
      ['PERSON', 'Gethin Llewelyn'],
      ['EMAIL', 'gethin@llewelyn-joinery.co.uk'],
      ['PHONE', '+44 29 2048 1176'],
      ['PERSON', 'Brandon Okoye'],
      ['PERSON', 'Thu Trang Đỗ'],
      ['EMAIL', 'trang.do@hey.com'],
      ['PHONE', '(206) 551-3094'],
      ['PERSON', 'Shreya Kulkarni'],
      ['PERSON', 'Shreya Kulkarni'],
      ['PERSON', 'Ifeoluwa Bankole'],
      ['EMAIL', 'ifeoluwa.bankole@wellsfargo.com'],
      ['PHONE', '+1 704-383-2917'],
      ['PERSON', 'Brandon Okoye'],
      ['PERSON', 'Caoimhe Brannigan'],
      ['EMAIL', 'caoimhe.brannigan@outlook.ie'],
      ['PHONE', '+353 87 214 6630'],
      ['PERSON', 'Shreya Kulkarni'],
      ['PERSON', 'Brandon Okoye'],
      ['PERSON', 'Shreya Kulkarni'],
    ],
  },
  {
    name: 'clean Excel Copilot context of a payments pivot: workbook and sheet names, a PivotTable over Settlements, sums, counts and rates by payment method, named ranges with an FX rate, and a GETPIVOTDATA formula',
    text: `Excel Copilot · context
Workbook: Payments_Recon_2024Q2.xlsx   Sheet: Pivot   Used range: A3:F11
PivotTable1 (source: 'Settlements'!A1:M48211)

Row Labels	Sum of Gross (GBP)	Sum of Fees (GBP)	Count of Txn ID	Refund rate	Avg ticket
Card - Visa	1,204,377.20	18,065.66	40,118	1.8%	30.02
Card - Mastercard	881,940.55	13,229.11	29,870	2.1%	29.53
Card - Amex	212,008.00	5,724.22	3,912	0.9%	54.19
Open Banking	402,115.73	1,206.35	11,877	0.3%	33.86
Direct Debit	96,330.00	192.66	4,402	4.7%	21.88
Grand Total	2,796,771.48	38,418.00	90,179	1.9%	31.01

Named ranges: FX_EURGBP = 'Rates'!B2 (0.8471), FeeCap = 'Settings'!C4 (250.00)
F12: =GETPIVOTDATA("Sum of Gross (GBP)",$A$3)/GETPIVOTDATA("Count of Txn ID",$A$3)

User: Why doesn't the Avg ticket in F12 match the Grand Total row?`,
    // Sums, counts, rates, ranges and formulas only.
    expected: [],
  },
  {
    name: 'spreadsheet AI context of an Indian payroll range: employee names (Tamil, Punjabi, Malayali), DD-MM-YYYY birth dates, PAN and bank account with IFSC, mobiles, UPI ids, net pay in lakh notation, a Test Employee row with 01-01-1900 and 9999999999, and a DATEDIF formula returning #VALUE!',
    text: `Spreadsheet AI — selected range Payroll!A1:I5 (sheet "June-2024", Google Sheets, locale en_US)
Row 1: Emp Code | Employee Name | DOB | PAN | Mobile | UPI ID | Bank A/c (IFSC) | Net Pay (₹) | Age
Row 2: BLR-0417 | Vignesh Ramasubramanian | 14-08-1990 | AXQPR4417K | +91 98450 62913 | vignesh.rs@okaxis | 50100234417782 (HDFC0001234) | 1,12,400 | #VALUE!
Row 3: BLR-0533 | Harpreet Kaur Sandhu | 02-01-1987 | BDZPS8821M | 98118 40273 | harpreetks@ybl | 918010044732115 (UTIB0000247) | 98,750 | #VALUE!
Row 4: BLR-0561 | Anjali Thekkekara | 29-02-1996 | CKLPT0093Q | +91 94470 18826 | | 001901558830 (ICIC0000019) | 76,200 | #VALUE!
Row 5: BLR-0602 | Test Employee | 01-01-1900 | AAAAA0000A | 9999999999 | | | 0 | #VALUE!
Formula in I2 (filled down): =DATEDIF(DATEVALUE(C2), TODAY(), "Y")

User: the Age column is #VALUE! everywhere; fix it for DD-MM-YYYY dates. Also HR says Anjali is 28 — check that.`,
    // PAN, account numbers, IFSC codes and UPI ids are not our types; the Test Employee row is a placeholder; the given name belongs to an employee named in full.
    expected: [
      ['PERSON', 'Vignesh Ramasubramanian'],
      ['DATE_OF_BIRTH', '14-08-1990'],
      ['PHONE', '+91 98450 62913'],
      ['PERSON', 'Harpreet Kaur Sandhu'],
      ['DATE_OF_BIRTH', '02-01-1987'],
      ['PHONE', '98118 40273'],
      ['PERSON', 'Anjali Thekkekara'],
      ['DATE_OF_BIRTH', '29-02-1996'],
      ['PHONE', '+91 94470 18826'],
      ['PERSON', 'Anjali'],
    ],
  },
  {
    name: 'spreadsheet AI context of a US KYC review sheet: applicants with Ukrainian, Ghanaian, Cajun and hyphenated names, SSNs full and masked (***-**, XXX-XX), MM/DD/YYYY birth dates including 02/29/1968, a Test Applicant with 078-05-1120 and 01/01/1900',
    text: `Sheets AI · selection KYC!A1:E6 · sheet "Manual review – June"
User: Highlight the rows where the SSN is masked so I can request the full number from the vendor.

Name	SSN	DOB	State	Reviewer note
Oksana Hrytsenko	***-**-4417	07/22/1984	NJ	masked by vendor
Kwabena Osei-Tutu	371-58-2046	11/03/1979	MD	ok
Test Applicant	078-05-1120	01/01/1900	DE	sample card SSN, ignore
Marguerite Thibodeaux	XXX-XX-8812	02/29/1968	LA	masked by vendor
Raj Iyer-Blackwood	604-19-7735	12/12/1991	CA	ok`,
    // Masked SSNs are not SSNs; 078-05-1120 is the famous wallet-card number and the row a placeholder; state codes are not ours.
    expected: [
      ['PERSON', 'Oksana Hrytsenko'],
      ['DATE_OF_BIRTH', '07/22/1984'],
      ['PERSON', 'Kwabena Osei-Tutu'],
      ['US_SSN', '371-58-2046'],
      ['DATE_OF_BIRTH', '11/03/1979'],
      ['PERSON', 'Marguerite Thibodeaux'],
      ['DATE_OF_BIRTH', '02/29/1968'],
      ['PERSON', 'Raj Iyer-Blackwood'],
      ['US_SSN', '604-19-7735'],
      ['DATE_OF_BIRTH', '12/12/1991'],
    ],
  },
  {
    name: 'clean spreadsheet AI system prompt: rules that name sensitive headers by regex, placeholder demo data (Jane Doe, jane@example.com, +1 555-0100, 1990-01-01), the ATO example ABN, a persona called Iris, workbook metadata and a question about counting shifts',
    text: `[system]
You are Iris, the formula assistant in Tabulate Sheets (v3.18.2).
- Never output the contents of cells whose header matches /email|phone|ssn|dob|date of birth|iban|card/i; refer to them by address (A2, B7).
- When demonstrating formulas use placeholder data only: "Jane Doe", "jane@example.com", "+1 555-0100", "1990-01-01".
- Workbook locale: en-AU (dates dd/mm/yyyy, currency AUD, ABN format e.g. 51 824 753 556).
- Supported functions include XLOOKUP, FILTER, LET, LAMBDA, REGEXMATCH and DATEDIF.
[user context]
Workbook "Volunteer roster 2024.xlsx" · sheets Roster, Shifts, Lookups · 418 rows · last edited 2024-06-12 21:04 AEST
Selection: Shifts!C2:C40 (shift dates)
[user]
How do I count the weekend shifts each volunteer did in May?`,
    // Rules, placeholders, the documented example ABN, a product persona and workbook metadata: nothing personal.
    expected: [],
  },
  // ---------------------------------------------------------------- SQL editor autocomplete
  {
    name: "SQL-editor inline completion request whose prefix window starts inside an e-mail literal (\"l.com',\"), then two whole e-mails in the IN list, a created_at literal, the cursor inside phone <> '', and a suffix with a comment naming a colleague by given name only",
    text: `POST /v1/complete  (SQL editor inline completion, window 160/120 chars)
{"model":"sqlcoder-7b-2","max_tokens":48,"temperature":0.1,"dialect":"snowflake","file":"queries/lagos_vip_followup.sql",
 "prefix":"l.com', 'emeka.nwachukwu@outlook.com', 'f.ogundipe@gtbank.com')\\n  AND created_at >= '2024-04-01'\\n  AND phone <> '",
 "suffix":"'\\nORDER BY created_at DESC\\nLIMIT 100;\\n-- reviewed with Efe on 2024-06-12",
 "schema_hint":"crm.customers(customer_id, full_name, email, phone, created_at)"}`,
    // The fragment the window cut is no longer an address; a lone given name of someone never named in full does not count; dates are not ours.
    expected: [
      ['EMAIL', 'emeka.nwachukwu@outlook.com'],
      ['EMAIL', 'f.ogundipe@gtbank.com'],
    ],
  },
  {
    name: 'clean FIM completion prompt: <|fim_prefix|> with a SELECT of first_name, last_name, email, ssn and date_of_birth columns, <|fim_suffix|> with a kyc_status filter and a DATEADD window, <|fim_middle|>',
    text: `<|fim_prefix|>-- file: analytics/marts/kyc_review.sql
SELECT c.customer_id,
       c.first_name,
       c.last_name,
       c.email,
       c.ssn,
       c.date_of_birth
FROM <|fim_suffix|> c
WHERE c.kyc_status = 'manual_review'
  AND c.created_at >= DATEADD(day, -30, CURRENT_DATE)<|fim_middle|>`,
    // Column names only.
    expected: [],
  },
  {
    name: 'autocomplete request from a test seed file: prefix with INSERT rows for patients copied from staging (a Hmong and a Navajo patient with SSNs, birth dates and phones), a John Doe row with 123-45-6789 and 555-0100, the cursor opening a new tuple',
    text: `{"prefix": "-- tests/fixtures/seed_patients.sql  (copied from the staging refresh on 2024-05-03, see DATA-8812)\\nINSERT INTO clinic.patients (mrn, first_name, last_name, dob, ssn, phone, email) VALUES\\n  ('MRN00417730', 'Pa Nhia', 'Xiong', '1989-10-03', '529-41-8836', '(651) 774-2018', 'panhia.xiong@gmail.com'),\\n  ('MRN00417731', 'Reginald', 'Tsinajinnie', '1953-06-21', '214-63-0975', '(505) 368-4412', NULL),\\n  ('MRN00000001', 'John', 'Doe', '1900-01-01', '123-45-6789', '(555) 010-0100', 'john.doe@example.com'),\\n  (", "suffix": ");\\n\\nSELECT count(*) FROM clinic.patients;", "language": "sql", "max_tokens": 64, "stop": [");"]}`,
    // Staging copies of real-looking rows count, whatever file they sit in; the John Doe row is a placeholder; MRNs and the refresh date are not ours.
    expected: [
      ['PERSON', 'Pa Nhia'],
      ['PERSON', 'Xiong'],
      ['DATE_OF_BIRTH', '1989-10-03'],
      ['US_SSN', '529-41-8836'],
      ['PHONE', '(651) 774-2018'],
      ['EMAIL', 'panhia.xiong@gmail.com'],
      ['PERSON', 'Reginald'],
      ['PERSON', 'Tsinajinnie'],
      ['DATE_OF_BIRTH', '1953-06-21'],
      ['US_SSN', '214-63-0975'],
      ['PHONE', '(505) 368-4412'],
    ],
  },
  {
    name: 'Korean FIM completion with <fim_prefix>/<fim_suffix>/<fim_middle>: a CASE WHEN segmenting VIPs by an e-mail IN list, a customer_name literal with a two-syllable surname, a customer_phone literal and a Korean comment with a date',
    text: `<fim_prefix>-- 파일: vip_segment.sql (서울 매장 운영)
SELECT
  order_id,
  CASE
    WHEN customer_email IN ('jihoon.park@naver.com', 'yujin_choi88@kakao.com') THEN 'VVIP'
    WHEN customer_name = '남궁민아' THEN 'VIP'  -- 2024-05-20 점장 요청
    WHEN customer_phone = '010-9142-3067' THEN 'VIP'
    ELSE '일반'
  END AS segment,
  <fim_suffix>
FROM orders
WHERE store_code = 'SEL-GN-01'
  AND ordered_at >= DATE '2024-05-01'<fim_middle>`,
    // The store code and dates are not ours; 일반 means regular.
    expected: [
      ['EMAIL', 'jihoon.park@naver.com'],
      ['EMAIL', 'yujin_choi88@kakao.com'],
      ['PERSON', '남궁민아'],
      ['PHONE', '010-9142-3067'],
    ],
  },
  // ---------------------------------------------------------------- data catalog "explain this column"
  {
    name: 'catalog "explain this column" for a Nigerian hospital date_of_birth: owner team mailbox, a description documenting 1990-01-01 as the front-desk default, profile min/max, the default as top value, three sample values, lineage and a dashboard about Ikoyi and Victoria Island',
    text: `[Catalog · Explain this column]
Asset: hms_prod.registration.patients.date_of_birth   (Databricks Unity Catalog)
Owner: Registration Data Team (reg-data@lagoonhospitals.ng)
Type: DATE · Nullable · Tags: pii, phi, dob
Description (human): "Patient's date of birth as captured at registration. Front desk enters 1990-01-01 when the patient does not know it."
Profile (2024-06-09, 1,872,441 rows):
  nulls: 2.1%    distinct: 29,880
  min: 1921-03-15    max: 2024-06-08
  top value: 1990-01-01 (41,207 rows, 2.2%)
  sample values: 1977-08-30, 2001-12-17, 1964-05-02
Lineage: emr_raw.registration_events → registration.patients → analytics.patient_age_bands
Used in: 14 queries in the last 30 days, dashboard "Ikoyi & Victoria Island outpatient volumes"

Explain this column to a new analyst in three bullets.`,
    // Min, max and samples of a birth-date column are birth dates; the documented default is not; the profiling date is not ours; the team mailbox counts.
    expected: [
      ['EMAIL', 'reg-data@lagoonhospitals.ng'],
      ['DATE_OF_BIRTH', '1921-03-15'],
      ['DATE_OF_BIRTH', '2024-06-08'],
      ['DATE_OF_BIRTH', '1977-08-30'],
      ['DATE_OF_BIRTH', '2001-12-17'],
      ['DATE_OF_BIRTH', '1964-05-02'],
    ],
  },
  {
    name: 'clean catalog "explain this column" for email_sha256: hashed-pii tag, a description of the hashing, two 64-hex samples, a related mobile ad id UUID, a Slack channel owner and export schedules',
    text: `[Explain this column] growth.identities.email_sha256 (BigQuery)
type STRING · tags: hashed-pii · owner: Growth Data (#growth-data)
description: SHA-256 hex of lower(trim(email)). The raw e-mail lives only in crm.contacts.email (restricted).
stats: distinct 8,120,447 · nulls 0.0% · length always 64
samples:
  3b7e1c94a0f25d86e7c3a1b9f04d28e6c5a7b3f1e9d02c84a6b5f7e3d1c9a0b2
  a91f0e3c7d5b2846f1e0c9a7b3d5e2f4a8c6b1d0e9f7a3c5b2d4e6f8a0c1b3d5
related columns: phone_sha256, maid (mobile ad id, UUID, e.g. 6f1c2b7e-93a4-4d0e-b5a8-2c7e91f04d3a)
used by: Meta CAPI export (daily 03:00 UTC), Google Customer Match (weekly)
User: Can I join this to Salesforce Lead.Email directly?`,
    // Hashes, a UUID, counts and schedules are not personal data.
    expected: [],
  },
  {
    name: 'catalog "explain this column" for an Australian support table\'s assigned_agent: a team mailbox and a Yolŋu-surnamed steward, top values of agent names with counts, Unassigned and "Harvey Bot", 12-digit Zendesk ids and teams named Darwin and Kingsford Smith',
    text: `Explain column: support.tickets.assigned_agent
Platform: Snowflake · KOALA_CX.SUPPORT.TICKETS · VARCHAR(120)
Owner: Support Ops (support-ops@koalacloud.com.au) · Steward: Mitchell Yunupingu
Description: Display name of the agent the ticket was assigned to at close. "Unassigned" = closed by automation.
Profile (2024-06-10): 2,208,117 rows · 47 distinct · 0.0% null
Top values:
  Stavroula Papadakis   212,448
  Thanh Huong Pham      198,027
  Rania Haddad          176,930
  Unassigned            150,211
  Harvey Bot             88,402
Related: assigned_agent_id (Zendesk user id, e.g. 381204417792), team (e.g. "Darwin Escalations", "Kingsford Smith L2")
Question from user: is this column safe to expose in the customer-facing CSAT dashboard?`,
    // Top values of an agent-name column are people; the bot, team names, counts and Zendesk ids are not.
    expected: [
      ['EMAIL', 'support-ops@koalacloud.com.au'],
      ['PERSON', 'Mitchell Yunupingu'],
      ['PERSON', 'Stavroula Papadakis'],
      ['PERSON', 'Thanh Huong Pham'],
      ['PERSON', 'Rania Haddad'],
    ],
  },
  {
    name: 'catalog "explain this column" for a ClickHouse client_ip: samples with a public IPv4, an IPv6 with a SLAAC suffix, a private monitor address (twice) and loopback, neighbouring columns whose app_version looks like an IPv4 and a Chrome user agent, German and Dutch cities',
    text: `### Explain this column
**web.events.client_ip** (ClickHouse, table \`web.events\`, 3.1 B rows)
- Type: \`Nullable(String)\` · Tags: \`pii\`, \`gdpr-art-4\`
- Description: IPv4 or IPv6 address of the client as seen by the edge. Truncated to /24 after 30 days by the \`ip_truncate\` job.
- Samples (last 24 h): \`84.17.46.210\`, \`2a02:8108:1c40:5e00:d4a1:7bff:fe3c:9a12\`, \`10.12.0.4\`, \`127.0.0.1\`
- Neighbouring columns: \`app_version\` (e.g. \`4.12.0.118\`), \`user_agent\` (e.g. \`Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.142 Safari/537.36\`), \`geo_city\` (Köln, Utrecht)
- Note: rows with \`10.12.0.4\` come from the internal synthetic monitor.

**User:** Why do we still see full IPs for some German users after 30 days?`,
    // The private address counts as in hold-out 33, loopback does not; the app version and browser version are not addresses.
    expected: [
      ['IP_ADDRESS', '84.17.46.210'],
      ['IP_ADDRESS', '2a02:8108:1c40:5e00:d4a1:7bff:fe3c:9a12'],
      ['IP_ADDRESS', '10.12.0.4'],
      ['IP_ADDRESS', '10.12.0.4'],
    ],
  },
  {
    name: 'Portuguese catalog "explain this column" for a free-text notes column of a Brazilian helpdesk: samples quoting a full card, a mobile and a customer after "Dona", a masked card, an avenue named after Getúlio Vargas and a new e-mail',
    text: `Explique esta coluna: atendimento.chamados.observacao (PostgreSQL)
Tipo: text · Tags: texto-livre, pode-conter-pii
Descrição: anotação livre do atendente. Mascaramento aplicado só a partir de 2024-03-01.
Amostras (5 de 3.402.118):
  "cliente pediu estorno no cartão 4539 1760 8823 4174, já orientado"
  "ligar no (11) 98412-6630 depois das 18h, falar com Dona Luzia Sampaio Barreto"
  "cartão final **** **** **** 4174 mascarado pelo job"
  "mudou p/ Av. Presidente Getúlio Vargas, 1200 - Centro, Manaus"
  "e-mail novo: d.nascimento.reis@uol.com.br"
Estatísticas: 41% nulos · comprimento médio 87
Pergunta do usuário: o que essa coluna contém e posso usá-la para treinar um classificador?`,
    // Dona is no part of the name; the masked card, the avenue, the masking date and the statistics are not ours.
    expected: [
      ['CREDIT_CARD', '4539 1760 8823 4174'],
      ['PHONE', '(11) 98412-6630'],
      ['PERSON', 'Luzia Sampaio Barreto'],
      ['EMAIL', 'd.nascimento.reis@uol.com.br'],
    ],
  },
  // ---------------------------------------------------------------- text-to-SQL with few-shot examples
  {
    name: 'text-to-SQL prompt with three few-shot examples using placeholders (John Doe, jane.doe@example.com, a 555-01 LIKE in Washington state), then the real question naming a customer with her e-mail and a Miami number',
    text: `System: Translate the question into PostgreSQL for the schema below. Follow the style of the examples.
Schema: customers(id, full_name, email, phone, state, created_at); orders(id, customer_id, ordered_at, total_usd, status)

Example 1
Q: What is John Doe's email address?
SQL: SELECT email FROM customers WHERE full_name = 'John Doe';

Example 2
Q: How many orders has jane.doe@example.com placed since 2023?
SQL: SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = 'jane.doe@example.com' AND o.ordered_at >= '2023-01-01';

Example 3
Q: List customers in Washington with a test phone number.
SQL: SELECT full_name FROM customers WHERE state = 'WA' AND phone LIKE '%555-01%';

Now answer:
Q: what did Yesenia Montalvo Cruz order last month? her email is yesenia.montalvo@icloud.com and she called from (786) 412-0937
SQL:`,
    // Few-shot placeholders and a state named after Washington are not people.
    expected: [
      ['PERSON', 'Yesenia Montalvo Cruz'],
      ['EMAIL', 'yesenia.montalvo@icloud.com'],
      ['PHONE', '(786) 412-0937'],
    ],
  },
  {
    name: 'text-to-SQL few-shot examples retrieved from a real Indian query log in XML tags: a customer named in question and SQL, a bare mobile in both, an e-mail in both, an aggregate example with Diwali-week dates, and a question about Mahatma Gandhi Road',
    text: `<examples source="query_log" rating=">=4" window="2024-05">
<example>
<question>show all orders of Sneha Gokhale from Pune in May</question>
<sql>SELECT order_id, ordered_at, amount_inr FROM orders o JOIN customers c USING (customer_id) WHERE c.name = 'Sneha Gokhale' AND c.city = 'Pune' AND o.ordered_at BETWEEN '2024-05-01' AND '2024-05-31'</sql>
</example>
<example>
<question>whose mobile is 9820144731</question>
<sql>SELECT customer_id, name, email FROM customers WHERE mobile = '9820144731'</sql>
</example>
<example>
<question>refunds issued to mohammed.irfan.shaikh@rediffmail.com</question>
<sql>SELECT refund_id, amount_inr, status FROM refunds r JOIN customers c USING (customer_id) WHERE c.email = 'mohammed.irfan.shaikh@rediffmail.com'</sql>
</example>
<example>
<question>total GMV by city for Diwali week</question>
<sql>SELECT city, SUM(amount_inr) FROM orders o JOIN customers c USING (customer_id) WHERE o.ordered_at BETWEEN '2023-11-10' AND '2023-11-16' GROUP BY city</sql>
</example>
</examples>
<question>how many customers around Mahatma Gandhi Road placed COD orders last week?</question>`,
    // Examples copied from a real log carry real people; the road is named after a person; date ranges are not ours.
    expected: [
      ['PERSON', 'Sneha Gokhale'],
      ['PERSON', 'Sneha Gokhale'],
      ['PHONE', '9820144731'],
      ['PHONE', '9820144731'],
      ['EMAIL', 'mohammed.irfan.shaikh@rediffmail.com'],
      ['EMAIL', 'mohammed.irfan.shaikh@rediffmail.com'],
    ],
  },
  {
    name: 'Japanese text-to-SQL prompt: few-shot examples with the 山田 太郎 placeholder and taro.yamada@example.jp, then the real question naming a customer with さん and her Gmail address',
    text: `### 例（few-shot）
質問: 山田 太郎さんの注文件数は？
SQL: SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.name = '山田 太郎';

質問: taro.yamada@example.jp のポイント残高は？
SQL: SELECT points FROM loyalty l JOIN customers c ON c.id = l.customer_id WHERE c.email = 'taro.yamada@example.jp';

### スキーマ
customers(id, name, email, prefecture, created_at), orders(id, customer_id, ordered_at, amount_jpy), loyalty(customer_id, points)

### 質問
藤原 ひかりさん（hikari.fujiwara@gmail.com）の先月の購入金額を、前年同月と比較して出してください。
SQL:`,
    // 山田 太郎 and example.jp are placeholders; さん is no part of the name.
    expected: [
      ['PERSON', '藤原 ひかり'],
      ['EMAIL', 'hikari.fujiwara@gmail.com'],
    ],
  },
  {
    name: 'clean text-to-SQL prompt: DDL with COMMENTs naming pii columns and an example.com e-mail, aggregate few-shot examples, and a question about average order value by age band',
    text: `-- Schema
CREATE TABLE shop.customers (
  id          BIGINT PRIMARY KEY,
  full_name   VARCHAR(200) COMMENT 'customer full name (pii)',
  email       VARCHAR(200) COMMENT 'login e-mail, e.g. someone@example.com (pii)',
  dob         DATE         COMMENT 'date of birth (pii)',
  ssn_last4   CHAR(4)      COMMENT 'last four digits of SSN, for identity checks',
  state       CHAR(2),
  created_at  TIMESTAMP
);
CREATE TABLE shop.orders (id BIGINT, customer_id BIGINT, ordered_at TIMESTAMP, total_usd DECIMAL(10,2));

-- Examples
-- Q: revenue per state in 2023
SELECT c.state, SUM(o.total_usd) FROM shop.orders o JOIN shop.customers c ON c.id = o.customer_id WHERE YEAR(o.ordered_at) = 2023 GROUP BY c.state;
-- Q: share of customers with more than 3 orders
SELECT AVG(CASE WHEN n > 3 THEN 1 ELSE 0 END) FROM (SELECT customer_id, COUNT(*) AS n FROM shop.orders GROUP BY customer_id) t;

-- Q: average order value by age band (18-24, 25-34, 35-44, 45-54, 55+) in Q1 2024
SELECT`,
    // Comments, column names and a reserved-domain example only.
    expected: [],
  },
  // ---------------------------------------------------------------- errors quoting values
  {
    name: 'Korean HR copilot markdown context: an INSERT of a new hire with Korean and romanised name, birth and hire dates, work e-mail and mobile; a MySQL 1062 duplicate-entry error quoting the e-mail; the previous mysql box showing a namesake; a question with 님',
    text: `## 현재 셀 (SQL · hr_mysql)
INSERT INTO employees (emp_no, name_ko, name_en, birth_date, hire_date, email, mobile)
VALUES ('K-20417', '권지우', 'Jiwoo Kwon', '1993-08-17', '2024-06-03', 'jiwoo.kwon@hanbit-logis.co.kr', '010-5528-1093');

## 출력
ERROR 1062 (23000): Duplicate entry 'jiwoo.kwon@hanbit-logis.co.kr' for key 'employees.uniq_email'

## 이전 셀 출력
mysql> SELECT emp_no, name_ko, birth_date, hire_date, email FROM employees WHERE email LIKE 'jiwoo.kwon%';
+---------+---------+------------+------------+-------------------------------+
| emp_no  | name_ko | birth_date | hire_date  | email                         |
+---------+---------+------------+------------+-------------------------------+
| K-19288 | 권지우  | 1996-02-11 | 2022-03-02 | jiwoo.kwon@hanbit-logis.co.kr |
+---------+---------+------------+------------+-------------------------------+
1 row in set (0.00 sec)

## 질문
동명이인인 것 같아. 새로 입사한 권지우 님 이메일은 어떻게 정하면 좋을까?`,
    // Two namesakes share the name; hire dates, employee numbers and the LIKE prefix are not ours; 님 is no part of the name.
    expected: [
      ['PERSON', '권지우'],
      ['PERSON', 'Jiwoo Kwon'],
      ['DATE_OF_BIRTH', '1993-08-17'],
      ['EMAIL', 'jiwoo.kwon@hanbit-logis.co.kr'],
      ['PHONE', '010-5528-1093'],
      ['EMAIL', 'jiwoo.kwon@hanbit-logis.co.kr'],
      ['PERSON', '권지우'],
      ['DATE_OF_BIRTH', '1996-02-11'],
      ['EMAIL', 'jiwoo.kwon@hanbit-logis.co.kr'],
      ['PERSON', '권지우'],
    ],
  },
  {
    name: 'UK school notebook, XML context: pd.to_datetime dayfirst error "day is out of range for month, at position 4117", the next cell printing that row as a Series (forename and surname apart, 31/02/2012, a parent e-mail and mobile, a C of E school named after a saint), and the question',
    text: `<cell id="c-8" type="python">
pupils["dob"] = pd.to_datetime(pupils["dob"], format="%d/%m/%Y")
</cell>
<output cell="c-8" type="error">
ValueError: day is out of range for month, at position 4117. You might want to try:
    - passing \`format\` if your strings have a consistent format;
    - passing \`format='ISO8601'\` if your strings are all ISO8601 but not necessarily in exactly the same format;
    - passing \`format='mixed'\`, and the format will be inferred for each element individually. You might want to use \`dayfirst\` alongside this.
</output>
<cell id="c-9" type="python">
pupils.iloc[4117]
</cell>
<output cell="c-9" mime="text/plain">
upn                           R204417738012
forename                          Ebunoluwa
surname                        Adeleke-Hart
dob                              31/02/2012
year_group                                7
parent_contact       ade.hart.fam@gmail.com
parent_mobile                 07823 419 662
school            St Aidan's C of E Primary
Name: 4117, dtype: object
</output>
<question>Fix the bad date and make the conversion robust. Is Ebunoluwa's dob a typo for the 21st?</question>`,
    // The impossible date is still her birth date; the given name is hers, named in full in the row; the UPN, positions and the school are not ours.
    expected: [
      ['PERSON', 'Ebunoluwa'],
      ['PERSON', 'Adeleke-Hart'],
      ['DATE_OF_BIRTH', '31/02/2012'],
      ['EMAIL', 'ade.hart.fam@gmail.com'],
      ['PHONE', '07823 419 662'],
      ['PERSON', 'Ebunoluwa'],
    ],
  },
  {
    name: 'Nigerian payouts notebook in markdown sections: a Snowflake COPY INTO error "Numeric value \' Chinedu"\' is not recognized" after an unquoted CSV split a "Last, First" beneficiary, the staged file head with NUBANs at Access Bank, First Bank and GTBank, and a question',
    text: `## Current cell
\`\`\`sql
COPY INTO finance.payouts
FROM @raw.payouts_stage/2024-06-10/
FILE_FORMAT = (TYPE = CSV SKIP_HEADER = 1)
ON_ERROR = ABORT_STATEMENT;
\`\`\`

## Output (error)
100038 (22018): Numeric value ' Chinedu"' is not recognized
  File 'payouts/2024-06-10/batch_03.csv', line 2, character 47
  Row 1, column "PAYOUTS"["AMOUNT_NGN":5]
  If you would like to continue loading when an error is encountered, use other values such as 'SKIP_FILE' or 'CONTINUE' for the ON_ERROR option.

## Previous cell output (head of the staged file)
\`\`\`
payout_ref,nuban,bank,beneficiary,amount_ngn,narration
PO-884120,2087741365,Access Bank,"Okafor, Chinedu",185000.00,June stipend
PO-884121,3091127746,First Bank,Aisha Bello Danjuma,92500.00,June stipend
PO-884122,0441902278,GTBank,Efe Oghenekaro,92500.00,June stipend
\`\`\`

## Question
Why does the load read the name as the amount? Fix the file format so quoted names load.`,
    // The split-off given name in the error is shown as far as the parser cut it and belongs to a beneficiary named in full; NUBANs, payout refs, banks and amounts are not ours.
    expected: [
      ['PERSON', 'Chinedu'],
      ['PERSON', 'Okafor, Chinedu'],
      ['PERSON', 'Aisha Bello Danjuma'],
      ['PERSON', 'Efe Oghenekaro'],
    ],
  },
  // ---------------------------------------------------------------- BI copilots and notebook outputs
  {
    name: 'BI copilot "explain this chart" JSON for Benelux and Nordic sales reps: data points with rep names (Dutch particles, a double surname, Finnish names), top accounts Albert Heijn, Kesko, Philips and Stockmann, filters, and a question with given names',
    text: `{"feature":"explain_chart","dashboard":"Benelux & Nordics – Q2 quota","chart":{"type":"bar","title":"Quota attainment by rep, Q2 2024","x":"rep_name","y":"attainment_pct","data":[{"rep_name":"Joost van der Wiel","region":"NL","attainment_pct":131.4,"top_account":"Albert Heijn"},{"rep_name":"Aino Hämäläinen","region":"FI","attainment_pct":97.2,"top_account":"Kesko"},{"rep_name":"Sanne de Groot-Bakker","region":"NL","attainment_pct":88.0,"top_account":"Philips"},{"rep_name":"Lauri Mäkelä","region":"FI","attainment_pct":64.5,"top_account":"Stockmann"}]},"filters":{"quarter":"2024-Q2","segment":"Enterprise"},"question":"Why is Lauri so far behind Joost? Summarise for the sales kickoff."}`,
    // Accounts named after their founders are companies; the given names belong to reps named in full.
    expected: [
      ['PERSON', 'Joost van der Wiel'],
      ['PERSON', 'Aino Hämäläinen'],
      ['PERSON', 'Sanne de Groot-Bakker'],
      ['PERSON', 'Lauri Mäkelä'],
      ['PERSON', 'Lauri'],
      ['PERSON', 'Joost'],
    ],
  },
  {
    name: 'US support notebook in markdown sections: a Python cell selecting ticket bodies, a wide pandas output with requesters, a phone and e-mails inside ticket text, a DOB the caller verified, an SSN last four, a card ending and a full card, a business requester, and the product\'s "… 1,204 more rows" truncation',
    text: `## System
You are Quill, the notebook assistant. Summarise outputs; never repeat contact details back to the user.

## Current cell (Python)
\`\`\`python
pd.set_option("display.max_colwidth", 200)
tix = sql("""
    SELECT ticket_id, created_at, requester, channel, LEFT(body, 160) AS body
    FROM support.tickets
    WHERE tag = 'billing_dispute' AND created_at >= '2024-06-01'
    ORDER BY created_at
""")
tix
\`\`\`

## Output (truncated by Quill)
\`\`\`
      ticket_id           created_at          requester  channel                                                                                                        body
0     ZD-884120  2024-06-01 08:14:22      LaKeisha Boyd    email      Charged twice for order #US-4471203. Call me at (404) 917-2235 or reply to lakeisha.boyd@bellsouth.net
1     ZD-884167  2024-06-01 09:02:51   Tomás Echeverría     chat            my card ending 0449 was charged $89.99 after I cancelled. account email is techeverria@proton.me
2     ZD-884201  2024-06-01 11:40:09     Nguyen Van Hai    phone  Caller verified DOB 03/14/1961 and last 4 of SSN (7790). Wants refund to original card 4147 2098 3316 0271
… 1,204 more rows
[1207 rows x 5 columns]
\`\`\`

## Question
Group these disputes by root cause and tell me which ones need a manager callback.`,
    // The SSN last four and the card ending are not ours; order and ticket numbers and created_at are not ours.
    expected: [
      ['PERSON', 'LaKeisha Boyd'],
      ['PHONE', '(404) 917-2235'],
      ['EMAIL', 'lakeisha.boyd@bellsouth.net'],
      ['PERSON', 'Tomás Echeverría'],
      ['EMAIL', 'techeverria@proton.me'],
      ['PERSON', 'Nguyen Van Hai'],
      ['DATE_OF_BIRTH', '03/14/1961'],
      ['CREDIT_CARD', '4147 2098 3316 0271'],
    ],
  },
  {
    name: 'Australian marketing notebook, XML context: a SQL cell over a Meta custom-audience export of SHA-256 hashes, a JSON output where one row carries a raw e-mail and a raw mobile in the hashed columns, postcodes and consent timestamps, and a question about the rejected row',
    text: `<cell id="c_31" type="sql">
SELECT lead_id, email_sha256, phone_sha256, postcode, consent_at
FROM mkt.meta_custom_audience_export
WHERE export_batch = '2024-06-10'
LIMIT 3
</cell>
<output cell="c_31" format="json" row_count="3">
[
  {"lead_id": "AU-LD-771204", "email_sha256": "9c1e7a42f0b3d85e6a2c4f17b9d03e6a5c1f8b2d7e94a0c3b6f1d8e2a9c7b4f0", "phone_sha256": "e5d3a1c8b6f2e97c2a8e4f17b9d03e6a5c1f8b2d7e94a0c3b6f1d8e2a9c7b4f1", "postcode": "2170", "consent_at": "2024-05-30T04:12:09Z"},
  {"lead_id": "AU-LD-771219", "email_sha256": "georgia.karamanlis@bigpond.com", "phone_sha256": "0412 771 093", "postcode": "2200", "consent_at": "2024-05-30T05:40:51Z"},
  {"lead_id": "AU-LD-771233", "email_sha256": "0b4f2a8c3e6d1b9f0a7c4e2d8b5f1a3c9e7d0b645f1d7a9c0b2e48f3a6c1d9e0", "phone_sha256": null, "postcode": "3056", "consent_at": "2024-05-31T22:07:44Z"}
]
</output>
<question>Meta rejected AU-LD-771219 — why? The export job should hash everything.</question>`,
    // Hashes, lead ids, postcodes and consent timestamps are not ours; the unhashed values in the hash columns are.
    expected: [
      ['EMAIL', 'georgia.karamanlis@bigpond.com'],
      ['PHONE', '0412 771 093'],
    ],
  },
  {
    name: "UK and Irish card-refund notebook in markdown: a schema line, a SQL cell for failed refunds, a pipe-delimited output with a merchant payee IBAN, an individual with a masked card and a tokeniser message holding the raw PAN, an Irish payee with a spaced IBAN, John Lewis and Sainsbury's Bank",
    text: `## Schema
payments.card_refunds(refund_id, payee_name, payee_type, card_masked, iban, amount_gbp, status, failure_detail, created_at)

## Current cell
\`\`\`sql
SELECT refund_id, payee_name, payee_type, card_masked, iban, amount_gbp, failure_detail
FROM payments.card_refunds
WHERE status = 'failed' AND created_at::date = '2024-06-07';
\`\`\`

## Output
refund_id | payee_name | payee_type | card_masked | iban | amount_gbp | failure_detail
RF-220871 | John Lewis Partnership | merchant | | GB89HBUK40127681944503 | 1249.00 | beneficiary account closed
RF-220874 | Ngozi Eze-Whitaker | individual | 535310******8630 | | 89.99 | tokeniser: raw PAN 5353104722918630 received, rejected
RF-220880 | Sainsbury's Bank | merchant | 414720******0273 | | 412.50 | issuer timeout
RF-220881 | Seosaimhín Ní Chonaill | individual | | IE23 AIBK 9311 5228 4061 73 | 64.00 | SEPA: BIC mismatch
(4 rows)

## Question
Which of these can be retried automatically, and which need a new payout method?`,
    // An IBAN counts whoever holds it; masked cards, refund ids and amounts are not ours; the merchants are companies.
    expected: [
      ['IBAN', 'GB89HBUK40127681944503'],
      ['PERSON', 'Ngozi Eze-Whitaker'],
      ['CREDIT_CARD', '5353104722918630'],
      ['PERSON', 'Seosaimhín Ní Chonaill'],
      ['IBAN', 'IE23 AIBK 9311 5228 4061 73'],
    ],
  },
  {
    name: 'Indian HR copilot JSON context: an hrms schema, a cell calling to_dict("records"), and a text/plain output of Python dicts with names, datetime.date birth dates, PAN, UAN, a masked Aadhaar, UPI VPAs, official e-mails and mobiles (Telugu and Mizo names)',
    text: `{"schemas": [{"table": "hrms.employees", "columns": ["emp_id", "name", "dob", "pan", "uan", "aadhaar_masked", "upi_vpa", "official_email", "personal_mobile", "office", "exit_date"]}],
 "cells": [{"id": "c7", "source": "df = hrms.query(\\"SELECT * FROM employees WHERE office = 'Hyderabad - Mindspace' AND exit_date IS NULL\\")\\ndf.head(2).to_dict('records')"}],
 "outputs": [{"cell_id": "c7", "text/plain": "[{'emp_id': 'HYD-2291', 'name': 'Bhavana Reddy Gangireddy', 'dob': datetime.date(1991, 7, 9), 'pan': 'BQLPG7731H', 'uan': '101488273301', 'aadhaar_masked': 'XXXX XXXX 4417', 'upi_vpa': 'bhavana.g@okicici', 'official_email': 'bhavana.gangireddy@tessaract.in', 'personal_mobile': '+91 90084 41872', 'office': 'Hyderabad - Mindspace', 'exit_date': None},\\n {'emp_id': 'HYD-2307', 'name': 'Lalremruati Hnamte', 'dob': datetime.date(1988, 12, 30), 'pan': 'CHNPH2204L', 'uan': '101502917764', 'aadhaar_masked': 'XXXX XXXX 9021', 'upi_vpa': 'lalremruati@ybl', 'official_email': 'lalremruati.hnamte@tessaract.in', 'personal_mobile': '98631 20457', 'office': 'Hyderabad - Mindspace', 'exit_date': None}]"}],
 "question": "Which of these employees still need their UAN linked to Aadhaar for the PF transfer?"}`,
    // The datetime.date arguments are the birth dates; PAN, UAN, masked Aadhaar and UPI ids are not our types.
    expected: [
      ['PERSON', 'Bhavana Reddy Gangireddy'],
      ['DATE_OF_BIRTH', '1991, 7, 9'],
      ['EMAIL', 'bhavana.gangireddy@tessaract.in'],
      ['PHONE', '+91 90084 41872'],
      ['PERSON', 'Lalremruati Hnamte'],
      ['DATE_OF_BIRTH', '1988, 12, 30'],
      ['EMAIL', 'lalremruati.hnamte@tessaract.in'],
      ['PHONE', '98631 20457'],
    ],
  },
  {
    name: 'Brazilian health notebook JSON context: a code cell filtering by município, an output with an omitted text/html table and a text/plain DataFrame (15-digit CNS numbers, long names with "de", birth dates, a mobile and a landline), and a question',
    text: `{"cells": [{"id": "7d2e", "cell_type": "code", "source": "pacientes[pacientes.municipio == 'Sobral'].head(2)"}],
 "outputs": [{"cell_id": "7d2e", "output_type": "execute_result", "data": {"text/html": "<div><table class=\\"dataframe\\">… omitted by context builder (6.1 KB) …</table></div>", "text/plain": "                    cns                               nome  data_nascimento         telefone  municipio\\n118  898 0012 3456 7891  Francisca Jéssica Tavares de Lima       1999-10-04  (88) 99610-3352     Sobral\\n402  702 4471 8820 3315    Raimundo Nonato Alencar Bezerra       1948-02-19   (88) 3611-2045     Sobral"}}],
 "schemas": [{"table": "sus.pacientes", "columns": ["cns", "nome", "data_nascimento", "telefone", "municipio", "ubs"]}],
 "question": "Esses dois pacientes estão com a vacina da gripe em dia? Use a tabela sus.imunizacoes."}`,
    // CNS numbers are health-card ids, not phones; the municipality is a place.
    expected: [
      ['PERSON', 'Francisca Jéssica Tavares de Lima'],
      ['DATE_OF_BIRTH', '1999-10-04'],
      ['PHONE', '(88) 99610-3352'],
      ['PERSON', 'Raimundo Nonato Alencar Bezerra'],
      ['DATE_OF_BIRTH', '1948-02-19'],
      ['PHONE', '(88) 3611-2045'],
    ],
  },
  {
    name: 'clean Korean BI copilot markdown context: a persona named 누리, a signups schema with email and phone tagged pii and a birth_year column, a weekly aggregate SQL cell and its output by region and channel, and a question about Busan',
    text: `## 시스템
당신은 BI 코파일럿 '누리'입니다. 숫자에는 천 단위 구분 기호를 쓰고, 개인정보 컬럼은 조회하지 마세요.

## 스키마
- app.signups(user_id UUID, signup_ts TIMESTAMP, channel STRING, region STRING, birth_year INT, email STRING [pii], phone STRING [pii])

## 현재 셀
\`\`\`sql
SELECT region, channel, date_trunc('week', signup_ts) AS week, count(*) AS signups
FROM app.signups
WHERE signup_ts >= '2024-05-01'
GROUP BY ALL
ORDER BY week, signups DESC;
\`\`\`

## 출력
| region | channel | week | signups |
|---|---|---|---:|
| 서울 | kakao | 2024-04-29 | 12,044 |
| 부산 | kakao | 2024-05-13 | 9,871 |
| 서울 | naver | 2024-05-13 | 8,302 |
| 부산 | kakao | 2024-05-06 | 2,118 |

## 질문
부산의 카카오 유입이 왜 5월 셋째 주에 급증했나요?`,
    // A product persona, column names, regions, weeks and counts: nothing personal.
    expected: [],
  },
  {
    name: 'EU notebook XML context with secrets in the setup cell: a Snowflake connect() with a literal password, an OpenAI client whose env lookup falls back to a live key, a Postgres URL with a password on a private host, a pip install from GitHub with a token, and env-var placeholders; the connection repr and a timeout question',
    text: `<context notebook="Churn DE/AT" kernel="python3.11" region="eu-central-1">
<cell id="c_01" type="python" title="setup">
!pip install -q git+https://${nbGhPat}@github.com/brightline-data/dq-utils.git@v0.4.2
import os, snowflake.connector
from openai import OpenAI

conn = snowflake.connector.connect(
    account="nq41822.eu-central-1",
    user="SVC_NOTEBOOK_DE",
    password="${nbSnowPw}",
    warehouse="WH_ANALYST_XS",
)
client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY", "${nbOpenaiKey}"))
PG_URL = "postgresql://reporting:${nbPgPw}@10.40.7.21:5432/billing"
SLACK_WEBHOOK = os.environ["SLACK_WEBHOOK_URL"]
</cell>
<output cell="c_01" mime="text/plain">
&lt;snowflake.connector.connection.SnowflakeConnection object at 0x7f8a2c41d310&gt;
</output>
<cell id="c_02" type="python">
billing = pd.read_sql("SELECT country, plan, churned_at FROM subscriptions", PG_URL)
</cell>
<output cell="c_02" type="error">
OperationalError: (psycopg2.OperationalError) connection to server at "10.40.7.21", port 5432 failed: Connection timed out
</output>
</context>
<question>Why does the billing connection time out from the Frankfurt cluster when Snowflake works?</question>`,
    // A password alone is the secret, not its URI; the private host counts each time; the account locator, service user, memory address and env lookups are not ours.
    expected: [
      ['SECRET', nbGhPat],
      ['SECRET', nbSnowPw],
      ['SECRET', nbOpenaiKey],
      ['SECRET', nbPgPw],
      ['IP_ADDRESS', '10.40.7.21'],
      ['IP_ADDRESS', '10.40.7.21'],
    ],
  },
];

describeHoldout(
  'privacy hold-out 38: the context a data product assembles from a notebook or workbook for one AI request',
  cases,
);
