import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A thirty-third hand-written hold-out: the everyday notebook and SQL-editor context that a data
 * product's assistant sees from English-speaking data teams (the US, the UK, Canada, Australia,
 * Ireland, New Zealand, South Africa and India). SQL clients and warehouses: a psql aligned result
 * filtered on last_name and an email IN list (Chicago), psql `\x` records of employees joined to
 * their manager (South Africa), a SnowSQL box of medical claims with providers and NPIs, bq query
 * --format=pretty over Segment identifies, a Databricks %sql cell with ROW_NUMBER/COUNT windows
 * over customers, a mysql box of click-and-collect orders (Australia), a Snowflake COPY
 * VALIDATION_MODE result whose REJECTED_RECORD holds whole rows, a bq load error quoting a birth
 * date with the offending roster line (Canada), a Hex SQL cell with a markdown result (UK), a
 * Deepnote SQL block over a school roster copied as CSV. pandas: print(df) wrapped over blocks,
 * head() of a HubSpot export, describe() and describe(include="object") whose top values leak a
 * name and an e-mail, value_counts() of cities and usernames, groupby output with rep names as the
 * index, df[df.email.duplicated(keep=False)] with to_string(index=False) (India), a merge with
 * indicator=True (Canada), to_markdown() (Ireland), an HR table with managers and salaries (New
 * Zealand), info(), a PySpark show(); rapidfuzz name matching. API payloads: Stripe, Shopify,
 * Zendesk, Intercom, Amplitude JSON lines, Segment debug lines, HubSpot search results, a
 * Salesforce Data Loader CSV. Data quality: dbt test --store-failures with dbt show, a Great
 * Expectations validation result. Text: a member-services e-mail with a child's SSN, NPS survey
 * comments, a markdown note, a matplotlib title and legend. Errors and logs: a pandas apply
 * traceback that prints the row, application log lines with IPs, e-mails and a bearer JWT, an
 * Airflow task log, `!cat .env` and a config cell. Names from the real diversity of these
 * countries (African-American, Hispanic, Irish and Irish-language, Jewish, Arabic, Māori, Tongan,
 * Afrikaans, Zulu, Igbo and Yoruba, South and East Asian, Indigenous Australian and Canadian),
 * nicknames, hyphenated and double-barrelled surnames, initials (J. R. Halvorsen, A.K. Mehta),
 * "LAST, FIRST M" capitals and "Last, First" forms. Hard negatives of the same shapes: companies,
 * brands, retailers, banks and brokers named after people (Johnson & Johnson, Wells Fargo, Ben &
 * Jerry's, Dr Pepper, Morgan Stanley, Charles Schwab, J.P. Morgan, Edward Jones, David Jones,
 * Harvey Norman, John Lewis, Ted Baker, Laura Secord, Tim Hortons, Wendy's, Mr Kipling), places,
 * streets, schools and hospitals named after people (Washington, Jackson, Lincoln Park, Darwin,
 * Port Lincoln, Lambton Quay, Bloor St, Banting Middle School, Thurgood Marshall Elementary, Johns
 * Hopkins Bayview, Michael Garron Hospital), column names, usernames, Salesforce, Stripe, HubSpot
 * and Zendesk ids (some 10 or 11 digits long), NPIs, member ids, SA ID, PPS, IRD and masked PAN
 * numbers, Eircodes and postcodes, sort codes, claim, order and tracking numbers, a Message-ID,
 * signup, hire, service and run dates, UUIDs, masked cards, a Twilio account SID, placeholder
 * secrets (sk-..., YOUR_API_KEY, <token>, changeme), placeholder people (John Doe, Jane Doe, Joe
 * Bloggs, Fred Nurk, Test User, Test Member, Test Contact), test@example.com rows, 555-01xx
 * numbers, 123-45-6789 and 078-05-1120, 1900-01-01 defaults, given names alone of people never
 * named in full. Each case lists every value it expects found, with its type; anything else flagged
 * is a false positive. Titles and post-nominals (Dr., Ms., MD) are no part of a name's span; a
 * nickname in quotes inside a full name stays in that one span; one "LAST, FIRST M" field is one
 * span; first and last name fields kept apart (columns, CSV fields, JSON keys) are separate spans; a
 * lone given, nick- or family name counts only when the same person is named in full in the text
 * or the value sits under a name field. Birth dates count in every written form (compact YYYYMMDD,
 * US and day-first, impossible or mistyped values), also inside an error message; other dates do
 * not. Institutional mailboxes and business phones count. Values are fake: a Luhn-valid made-up
 * card, IBANs with valid mod-97 check digits, made-up names, numbers and keys.
 */

const k = joinParts;
const stripeKey = k('sk_live_', '51PxQ2aLk8Vb3Rt9Zm', 'W4cN7yH2dF6gJ0sKe1uT5oIq8rXv3bL9mPa2ZcYw');
const stripeKeyAu = k('sk_live_', '51OaZ7rTq3Wm8Lx2Nc', 'K9vB4pH6dJ1sF5gE0uY7iQ2wR8tL3mZ5xCa9VbNe');
const kycJwt = k(
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  '.',
  'eyJzdWIiOiJzdmNfa3ljX3BheXdpc2UiLCJhdWQiOiJwYXJ0bmVyLWt5YyIsImlhdCI6MTcxODE4Mzc0MCwiZXhwIjoxNzE4MTg3MzQwfQ',
  '.',
  'Zk3Qm8Vx2Lr7Tn4Wc9Bd1Hs6Jp0Fa5Ye3Ku8Gi2NwR',
);
const etlPw = k('Etl!Ld', '9vQ2_rTx');
const envDbPw = k('Br4mble', '_Prod!x7Q');
const awsKeyId = k('AK', 'IA', 'Q7M2XW4R9TZ8LEBV');
const awsSecret = k('h7Gk2LmQ9xZvT4wB8nC3', 'yD6fR1jS5eU0oKi7PzQb');
const slackToken = k('xoxb-', '7712045593', '-', '6620391847152', '-', 'Vq8Lm2Rx7Tz4Wn9Bc6Df3Gh');
const twilioToken = k('9f2c7a1e', '4b8d3f60e5a2c9b71d4e8f03');
const sfPw = k('Nq4#vLp', '8Rz!2025');
const dbxToken = k('dapi', '3f9c1a7e5b2d4806f1e3a9c7b5d20e4f');
const hubspotToken = k('pat-na1-', 'a3f1c9e2-7b4d-4e8a-9c15-2d6f0b8e7a41');

const cases: HoldoutCase[] = [
  {
    name: "psql aligned result of a Chicago loyalty query filtered on last_name = 'Whitfield' and an email IN list: first_name and last_name apart, neighbourhoods like Lincoln Park and Hyde Park, a QA row with a 555-0100 number and an example.com address",
    text: `loyalty=> SELECT customer_id, first_name, last_name, email, phone, date_of_birth, neighborhood, signup_date
loyalty->   FROM public.customers
loyalty->  WHERE last_name = 'Whitfield'
loyalty->     OR email IN ('lmerriweather@comcast.net', 'g.restrepo.salinas@outlook.com', 'qa+loyalty@example.com')
loyalty->  ORDER BY customer_id;
 customer_id | first_name |    last_name     |             email              |     phone      | date_of_birth | neighborhood | signup_date
-------------+------------+------------------+--------------------------------+----------------+---------------+--------------+-------------
       20417 | DeShawn    | Whitfield        | deshawn.whitfield@gmail.com    | (773) 418-2296 | 1989-05-17    | Bronzeville  | 2021-06-03
       20988 | LaToya     | Merriweather     | lmerriweather@comcast.net      | 312-604-7731   | 1976-12-01    | Lincoln Park | 2022-01-19
       21302 | Guadalupe  | Restrepo-Salinas | g.restrepo.salinas@outlook.com | (872) 240-9186 | 1993-03-09    | Pilsen       | 2022-08-27
       21540 | Marcus     | Whitfield        | mwhitfield.chi@yahoo.com       | (708) 239-5164 | 2004-08-22    | Hyde Park    | 2023-09-30
       21877 | QA         | Loyalty          | qa+loyalty@example.com         | (312) 555-0100 |               | Lincoln Park | 2024-02-14
(5 rows)

loyalty=> -- 21877 is the QA account from the app-store review build; drop it from the June mailer`,
    // The family name filtered on in SQL belongs to people named in full below; the QA row (555-0100, example.com), neighbourhoods, ids and signup dates are not ours.
    expected: [
      ['PERSON', 'Whitfield'],
      ['PERSON', 'DeShawn'],
      ['PERSON', 'Whitfield'],
      ['EMAIL', 'deshawn.whitfield@gmail.com'],
      ['PHONE', '(773) 418-2296'],
      ['DATE_OF_BIRTH', '1989-05-17'],
      ['EMAIL', 'lmerriweather@comcast.net'],
      ['EMAIL', 'g.restrepo.salinas@outlook.com'],
      ['PERSON', 'LaToya'],
      ['PERSON', 'Merriweather'],
      ['EMAIL', 'lmerriweather@comcast.net'],
      ['PHONE', '312-604-7731'],
      ['DATE_OF_BIRTH', '1976-12-01'],
      ['PERSON', 'Guadalupe'],
      ['PERSON', 'Restrepo-Salinas'],
      ['EMAIL', 'g.restrepo.salinas@outlook.com'],
      ['PHONE', '(872) 240-9186'],
      ['DATE_OF_BIRTH', '1993-03-09'],
      ['PERSON', 'Marcus'],
      ['PERSON', 'Whitfield'],
      ['EMAIL', 'mwhitfield.chi@yahoo.com'],
      ['PHONE', '(708) 239-5164'],
      ['DATE_OF_BIRTH', '2004-08-22'],
    ],
  },
  {
    name: 'psql expanded display (\\x) of two South African employees joined to their manager: full_name, a preferred_name, SA ID numbers, a domestic bank account with branch code, salary and hire date',
    text: `hr=# \\x on
Expanded display is on.
hr=# SELECT e.employee_no, e.full_name, e.preferred_name, e.date_of_birth, e.id_number, e.cell, e.work_email,
hr-#        e.job_title, m.full_name AS manager, e.annual_salary_zar, e.hire_date, e.bank_account
hr-#   FROM hr.employees e LEFT JOIN hr.employees m ON m.employee_no = e.manager_no
hr-#  WHERE e.employee_no IN ('EMP-04417', 'EMP-05120');
-[ RECORD 1 ]-----+-------------------------------------
employee_no       | EMP-04417
full_name         | Marelize Steenkamp-Botha
preferred_name    | Mari
date_of_birth     | 1984-09-12
id_number         | 8409120187082
cell              | 083 517 2264
work_email        | marelize.steenkamp@karoo-foods.co.za
job_title         | Senior Payroll Analyst
manager           | Gideon Coetzer
annual_salary_zar | 684000.00
hire_date         | 2015-02-01
bank_account      | 62184739015 (FNB, branch 250655)
-[ RECORD 2 ]-----+-------------------------------------
employee_no       | EMP-05120
full_name         | Sipho Nkosinathi Mahlangu
preferred_name    | 
date_of_birth     | 1997-03-28
id_number         | 9703285410089
cell              | +27 82 903 4418
work_email        | s.mahlangu@karoo-foods.co.za
job_title         | Data Engineer
manager           | Marelize Steenkamp-Botha
annual_salary_zar | 540000.00
hire_date         | 2022-07-11
bank_account      | 

hr=# \\x off`,
    // Mari is a preferred name under a labelled field for a person named in full; SA ID numbers, the bank account and branch code, salaries and hire dates are not ours.
    expected: [
      ['PERSON', 'Marelize Steenkamp-Botha'],
      ['PERSON', 'Mari'],
      ['DATE_OF_BIRTH', '1984-09-12'],
      ['PHONE', '083 517 2264'],
      ['EMAIL', 'marelize.steenkamp@karoo-foods.co.za'],
      ['PERSON', 'Gideon Coetzer'],
      ['PERSON', 'Sipho Nkosinathi Mahlangu'],
      ['DATE_OF_BIRTH', '1997-03-28'],
      ['PHONE', '+27 82 903 4418'],
      ['EMAIL', 's.mahlangu@karoo-foods.co.za'],
      ['PERSON', 'Marelize Steenkamp-Botha'],
    ],
  },
  {
    name: 'SnowSQL box of US medical claims: MEMBER_NAME in LAST, FIRST capitals, member birth dates, rendering providers with Dr. and MD, 10-digit NPIs, CPT and ICD-10 codes, a hospital named after Johns Hopkins',
    text: `jmiller#CLAIMS_WH@CLAIMS_DB.ANALYTICS>SELECT claim_id, member_id, member_name, member_dob, service_date, cpt_code, icd10,
                                      billed_amt, rendering_provider, provider_npi, facility
                                      FROM claims_837p
                                      WHERE member_id IN ('W284117093', 'W391520446')
                                      ORDER BY member_id, service_date;
+------------+------------+--------------------+------------+--------------+----------+--------+------------+-----------------------+--------------+--------------------------------------+
| CLAIM_ID   | MEMBER_ID  | MEMBER_NAME        | MEMBER_DOB | SERVICE_DATE | CPT_CODE | ICD10  | BILLED_AMT | RENDERING_PROVIDER    | PROVIDER_NPI | FACILITY                             |
|------------+------------+--------------------+------------+--------------+----------+--------+------------+-----------------------+--------------+--------------------------------------|
| C240311882 | W284117093 | OYELARAN, FOLASADE | 1958-02-03 | 2024-03-11   | 99214    | E11.9  |     212.00 | Dr. Haim Rosenzweig   | 1528061937   | Johns Hopkins Bayview Medical Center |
| C240318045 | W284117093 | OYELARAN, FOLASADE | 1958-02-03 | 2024-03-18   | 83036    | E11.9  |      48.50 | Dr. Haim Rosenzweig   | 1528061937   | Johns Hopkins Bayview Medical Center |
| C240402117 | W391520446 | TRAN, MINH KHOA    | 1949-10-27 | 2024-04-02   | 93000    | I48.91 |     165.00 | Anjali Sethuraman, MD | 1093847265   | MedStar Good Samaritan Hospital      |
| C240402118 | W391520446 | TRAN, MINH KHOA    | 1949-10-27 | 2024-04-02   | 93306    | I48.91 |    1240.00 | Anjali Sethuraman, MD | 1093847265   | MedStar Good Samaritan Hospital      |
+------------+------------+--------------------+------------+--------------+----------+--------+------------+-----------------------+--------------+--------------------------------------+
4 Row(s) produced. Time Elapsed: 0.842s`,
    // Dr. and MD are no part of the providers' names; member ids, NPIs, claim ids, codes, service dates, amounts and the hospitals are not ours; jmiller is a username.
    expected: [
      ['PERSON', 'OYELARAN, FOLASADE'],
      ['DATE_OF_BIRTH', '1958-02-03'],
      ['PERSON', 'Haim Rosenzweig'],
      ['PERSON', 'OYELARAN, FOLASADE'],
      ['DATE_OF_BIRTH', '1958-02-03'],
      ['PERSON', 'Haim Rosenzweig'],
      ['PERSON', 'TRAN, MINH KHOA'],
      ['DATE_OF_BIRTH', '1949-10-27'],
      ['PERSON', 'Anjali Sethuraman'],
      ['PERSON', 'TRAN, MINH KHOA'],
      ['DATE_OF_BIRTH', '1949-10-27'],
      ['PERSON', 'Anjali Sethuraman'],
    ],
  },
  {
    name: 'bq query --format=pretty over Segment identifies: user ids, anonymous_id UUIDs, emails, public IPv4 and IPv6, a private IP from a server-side call and a loopback synthetic-monitor row',
    text: `$ bq query --use_legacy_sql=false --format=pretty \\
    'SELECT user_id, anonymous_id, email, context_ip, context_page_path, received_at
       FROM \`acme-prod.segment_web.identifies\`
      WHERE DATE(received_at) = "2024-05-06" AND email IS NOT NULL
      ORDER BY received_at LIMIT 4'
Waiting on bqjob_r4f2a91c0d7e3b8a5_0000018f4d2c1a7b_1 ... (0s) Current status: DONE
+----------+--------------------------------------+---------------------------------+----------------------------------------+-------------------+---------------------+
| user_id  | anonymous_id                         | email                           | context_ip                             | context_page_path | received_at         |
+----------+--------------------------------------+---------------------------------+----------------------------------------+-------------------+---------------------+
| u_771204 | 6f1c2b7e-93a4-4d0e-b5a8-2c7e91f04d3a | shoshana.greenbaum@gmail.com    | 73.162.44.218                          | /pricing          | 2024-05-06 14:02:11 |
| u_771219 | a08d4e55-17c2-4b6f-8e1d-9f3b60c2a7e4 | kwame.asante-boateng@proton.me  | 2601:647:4d01:9a60:1c8e:b2ff:fe41:7d03 | /signup/complete  | 2024-05-06 14:07:48 |
| u_771233 | c3e9f012-5b7a-4c8d-a61e-70d2b4f8e915 | ops-synthetic@example.com       | 127.0.0.1                              | /healthz          | 2024-05-06 14:10:00 |
| u_771240 | 0d7b3a6e-2f81-49c5-b3d0-e8a1c5f29b67 | yitzchak.lowenthal@fastmail.com | 10.18.4.77                             | /account/billing  | 2024-05-06 14:12:31 |
+----------+--------------------------------------+---------------------------------+----------------------------------------+-------------------+---------------------+`,
    // The loopback monitor row at example.com, user ids, UUIDs, the job id and timestamps are not ours; the private 10.x address counts.
    expected: [
      ['EMAIL', 'shoshana.greenbaum@gmail.com'],
      ['IP_ADDRESS', '73.162.44.218'],
      ['EMAIL', 'kwame.asante-boateng@proton.me'],
      ['IP_ADDRESS', '2601:647:4d01:9a60:1c8e:b2ff:fe41:7d03'],
      ['EMAIL', 'yitzchak.lowenthal@fastmail.com'],
      ['IP_ADDRESS', '10.18.4.77'],
    ],
  },
  {
    name: 'Databricks %sql cell with ROW_NUMBER and COUNT windows over customers partitioned by lower(email), the display() result copied as tab-separated text: the same New Zealander and the same Briton from three source systems',
    text: `%sql
-- keep the latest record per person; the dupes come from the Salesforce, Stripe and HubSpot syncs
WITH ranked AS (
  SELECT c.*,
         ROW_NUMBER() OVER (PARTITION BY lower(trim(email)) ORDER BY updated_at DESC) AS rn,
         COUNT(*)     OVER (PARTITION BY lower(trim(email)))                          AS n_copies
  FROM main.crm.customers_unified c
)
SELECT customer_key, full_name, email, phone, source_system, updated_at, rn, n_copies
FROM ranked
WHERE n_copies > 1
ORDER BY lower(trim(email)), rn;

customer_key	full_name	email	phone	source_system	updated_at	rn	n_copies
cust_1c8d44	Mohammed Al-Rashid	m.alrashid@hotmail.co.uk	+44 7911 482630	stripe	2024-05-02T11:05:41.000+0000	1	3
cust_52e9ab	Mohammed Al Rashid	m.alrashid@hotmail.co.uk	07911 482630	salesforce	2023-11-20T16:22:09.000+0000	2	3
cust_9a0d17	M. Al-Rashid	M.ALRASHID@HOTMAIL.CO.UK	null	hubspot	2023-03-08T09:51:37.000+0000	3	3
cust_0f3a91	Rangi Te Whare	rangi.tewhare@xtra.co.nz	+64 21 448 9072	salesforce	2024-04-29T08:14:22.000+0000	1	2
cust_77b2e0	Rangi Te Whare	Rangi.TeWhare@xtra.co.nz 	021 448 9072	stripe	2024-01-12T19:40:05.000+0000	2	2

Showing all 5 rows.`,
    // The initial form M. Al-Rashid sits under full_name for a person named in full; the trailing space is no part of the e-mail; keys, timestamps and counts are not ours.
    expected: [
      ['PERSON', 'Mohammed Al-Rashid'],
      ['EMAIL', 'm.alrashid@hotmail.co.uk'],
      ['PHONE', '+44 7911 482630'],
      ['PERSON', 'Mohammed Al Rashid'],
      ['EMAIL', 'm.alrashid@hotmail.co.uk'],
      ['PHONE', '07911 482630'],
      ['PERSON', 'M. Al-Rashid'],
      ['EMAIL', 'M.ALRASHID@HOTMAIL.CO.UK'],
      ['PERSON', 'Rangi Te Whare'],
      ['EMAIL', 'rangi.tewhare@xtra.co.nz'],
      ['PHONE', '+64 21 448 9072'],
      ['PERSON', 'Rangi Te Whare'],
      ['EMAIL', 'Rangi.TeWhare@xtra.co.nz'],
      ['PHONE', '021 448 9072'],
    ],
  },
  {
    name: 'mysql client box of Australian click-and-collect orders at David Jones and Harvey Norman stores: customer names, mobiles and a landline, postcodes, order numbers',
    text: `mysql> SELECT o.order_no, o.placed_at, c.customer_name, c.mobile, s.store_name AS pickup_store, s.postcode, o.total_aud
    ->   FROM orders o
    ->   JOIN customers c ON c.id = o.customer_id
    ->   JOIN stores s ON s.id = o.pickup_store_id
    ->  WHERE s.banner IN ('David Jones', 'Harvey Norman') AND o.fulfilment = 'CLICK_COLLECT'
    ->  ORDER BY o.placed_at DESC LIMIT 4;
+-----------+---------------------+----------------------------+-----------------+----------------------------+----------+-----------+
| order_no  | placed_at           | customer_name              | mobile          | pickup_store               | postcode | total_aud |
+-----------+---------------------+----------------------------+-----------------+----------------------------+----------+-----------+
| AU-558104 | 2024-06-14 17:22:09 | Kirra Wanganeen            | 0412 730 584    | David Jones Elizabeth St   |     3000 |    349.00 |
| AU-558097 | 2024-06-14 16:05:51 | Hoa Thi Dinh               | +61 438 206 119 | Harvey Norman Auburn       |     2144 |   1899.00 |
| AU-558090 | 2024-06-14 13:48:17 | Lachlan McAllister-Fenwick | 0423 981 607    | Harvey Norman Moore Park   |     2021 |     74.95 |
| AU-558088 | 2024-06-14 12:30:02 | Pooja Raghavan             | (02) 9516 3308  | David Jones Bondi Junction |     2022 |    129.00 |
+-----------+---------------------+----------------------------+-----------------+----------------------------+----------+-----------+
4 rows in set (0.07 sec)`,
    // David Jones and Harvey Norman are retailers, Elizabeth St a street; order numbers, postcodes and amounts are not ours.
    expected: [
      ['PERSON', 'Kirra Wanganeen'],
      ['PHONE', '0412 730 584'],
      ['PERSON', 'Hoa Thi Dinh'],
      ['PHONE', '+61 438 206 119'],
      ['PERSON', 'Lachlan McAllister-Fenwick'],
      ['PHONE', '0423 981 607'],
      ['PERSON', 'Pooja Raghavan'],
      ['PHONE', '(02) 9516 3308'],
    ],
  },
  {
    name: 'Snowflake COPY INTO … VALIDATION_MODE = RETURN_ERRORS copied from Snowsight as TSV: REJECTED_RECORD holds whole employee rows (Irish and South African), labelled only by the file header printed above',
    text: `!head -1 /tmp/workday/employees_20240603.csv
employee_id,first_name,last_name,email,birth_date,hire_date,mobile,salary

-- Snowsight worksheet: validate the Workday drop before loading (results copied as TSV)
COPY INTO raw.hr.employees_stage
  FROM @raw.hr.workday_sftp/employees_20240603.csv
  FILE_FORMAT = (FORMAT_NAME = 'raw.hr.csv_iso_dates')
  VALIDATION_MODE = RETURN_ERRORS;

ERROR	FILE	LINE	CHARACTER	BYTE_OFFSET	CATEGORY	CODE	SQL_STATE	COLUMN_NAME	ROW_NUMBER	ROW_START_LINE	REJECTED_RECORD
Date '14/09/1987' is not recognized	employees_20240603.csv	212	62	18823	conversion	100040	22007	"EMPLOYEES_STAGE"["BIRTH_DATE":5]	211	212	E-30918,Ciarán,Ó Fearghail,ciaran.ofearghail@brightwave.ie,14/09/1987,2019-04-01,+353 86 204 7718,61000
Numeric value '78,500' is not recognized	employees_20240603.csv	388	97	33410	conversion	100038	22018	"EMPLOYEES_STAGE"["SALARY":8]	387	388	E-31544,Nomvula,Khumalo-Reddy,nomvula.kr@brightwave.co.za,1990-06-14,2023-11-20,071 338 5092,"78,500"
`,
    // first_name and last_name are separate CSV fields, so separate spans; the birth date counts in the error message too; hire dates, salaries, byte offsets and codes are not ours.
    expected: [
      ['DATE_OF_BIRTH', '14/09/1987'],
      ['PERSON', 'Ciarán'],
      ['PERSON', 'Ó Fearghail'],
      ['EMAIL', 'ciaran.ofearghail@brightwave.ie'],
      ['DATE_OF_BIRTH', '14/09/1987'],
      ['PHONE', '+353 86 204 7718'],
      ['PERSON', 'Nomvula'],
      ['PERSON', 'Khumalo-Reddy'],
      ['EMAIL', 'nomvula.kr@brightwave.co.za'],
      ['DATE_OF_BIRTH', '1990-06-14'],
      ['PHONE', '071 338 5092'],
    ],
  },
  {
    name: "bq load failing on a Canadian school-district roster: 'Could not parse … as DATE for field date_of_birth', then the offending CSV line with legal names, a teacher, a guardian and a school named after Banting",
    text: `$ bq load --source_format=CSV --skip_leading_rows=1 sd43_roster.students_2024 \\
    gs://sd43-sis-exports/roster_2024-09-03.csv ./schema/students.json
Upload complete.
Waiting on bqjob_r2c7e1a04b9f35d18_0000019a1b2c3d4e_1 ... (1s) Current status: DONE
BigQuery error in load operation: Error processing job 'sd43-analytics:bqjob_r2c7e1a04b9f35d18_0000019a1b2c3d4e_1': Error while reading data, error message: CSV table encountered too many errors, giving up. Rows: 212; errors: 1. Please look into the errors[] collection for more details.
Failure details:
- gs://sd43-sis-exports/roster_2024-09-03.csv: Error while reading data, error message: Could not parse '2011/13/04' as DATE for field date_of_birth (position 3) starting at location 18442  with message 'Unable to parse'

$ gsutil cat gs://sd43-sis-exports/roster_2024-09-03.csv | sed -n '1p;213p'
student_id,legal_first_name,legal_last_name,date_of_birth,grade,school,homeroom_teacher,guardian_name,guardian_phone,guardian_email
4471093,Tanis,Cardinal,2011/13/04,7,Banting Middle School,Ms. Yvonne Delorme,Dakota Littlechild,(604) 937-2281,dlittlechild@shaw.ca`,
    // Tanis and Cardinal sit under legal_first_name and legal_last_name; the malformed date is still the student's birth date; the school is named after a person; ids, job ids and locations are not ours.
    expected: [
      ['DATE_OF_BIRTH', '2011/13/04'],
      ['DATE_OF_BIRTH', '2011/13/04'],
      ['PERSON', 'Tanis'],
      ['PERSON', 'Cardinal'],
      ['PERSON', 'Yvonne Delorme'],
      ['PERSON', 'Dakota Littlechild'],
      ['PHONE', '(604) 937-2281'],
      ['EMAIL', 'dlittlechild@shaw.ca'],
    ],
  },
  {
    name: 'Hex SQL cell from a UK fintech looking up a complaint: WHERE full_name ilike and email IN, the result as a markdown table with GB IBANs, sort codes, account-opened and birth dates',
    text: `-- Hex SQL cell \`complaint_lookup\` (connection: Snowflake PROD_RO)
select customer_ref, full_name, email, mobile, iban, sort_code, account_opened, date_of_birth
from analytics.customers
where full_name ilike 'Oluwaseun Adeyemi-Clarke'
   or email in ('s.adeyemiclarke@btinternet.com', 'priya.chauhan.92@icloud.com');

Result: dataframe \`complaint_lookup\` (2 rows)

| customer_ref | full_name                | email                          | mobile           | iban                   | sort_code | account_opened | date_of_birth |
|--------------|--------------------------|--------------------------------|------------------|------------------------|-----------|----------------|---------------|
| CR-0048812   | Oluwaseun Adeyemi-Clarke | s.adeyemiclarke@btinternet.com | 07838 215 604    | GB30BARC20005873914462 | 20-00-58  | 2019-10-02     | 1991-07-08    |
| CR-0051937   | Priya Chauhan            | priya.chauhan.92@icloud.com    | +44 7402 918 337 | GB88MIDL40051572063384 | 40-05-15  | 2021-03-17     | 1992-01-25    |`,
    // Sort codes, customer refs and account-opened dates are not ours.
    expected: [
      ['PERSON', 'Oluwaseun Adeyemi-Clarke'],
      ['EMAIL', 's.adeyemiclarke@btinternet.com'],
      ['EMAIL', 'priya.chauhan.92@icloud.com'],
      ['PERSON', 'Oluwaseun Adeyemi-Clarke'],
      ['EMAIL', 's.adeyemiclarke@btinternet.com'],
      ['PHONE', '07838 215 604'],
      ['IBAN', 'GB30BARC20005873914462'],
      ['DATE_OF_BIRTH', '1991-07-08'],
      ['PERSON', 'Priya Chauhan'],
      ['EMAIL', 'priya.chauhan.92@icloud.com'],
      ['PHONE', '+44 7402 918 337'],
      ['IBAN', 'GB88MIDL40051572063384'],
      ['DATE_OF_BIRTH', '1992-01-25'],
    ],
  },
  {
    name: 'pandas print(leads.head()) of US Salesforce leads wrapped over two blocks: full names with a nickname in quotes, a nickname column, owner usernames, 15-character lead ids',
    text: `In [14]: print(leads.head())
           lead_id                 full_name  nickname                               email           phone  state     owner  \\
0  00Q5e00001XyZaQ         Joaquín Benavides      Jack     jbenavides@benavidesroofing.com  (915) 772-0461     TX  jsmith42   
1  00Q5e00001XyZbR    Margaret O'Shaughnessy     Peggy                   peggy.osh@aol.com  (617) 283-9054     MA   pkaur07   
2  00Q5e00001XyZcS         Tremaine Holloway       NaN         tremaine.h@hollowayhvac.com  (601) 448-3172     MS  jsmith42   
3  00Q5e00001XyZdT       Shira Katz-Levinson       NaN                  skatzlev@gmail.com  (201) 396-5507     NJ   dnguyen   
4  00Q5e00001XyZeU  Robert "Bobby" Lindqvist     Bobby  bobby.lindqvist@lindqvistfarms.com  (507) 861-2290     MN   pkaur07   

        status  created_date
0      Working    2024-04-02
1  Unqualified    2024-04-02
2          New    2024-04-03
3      Working    2024-04-05
4    Converted    2024-04-05

In [15]: leads.owner.nunique(), len(leads)
Out[15]: (3, 1184)`,
    // A full name with its nickname in quotes is one span; values under nickname are names of people named in full; owners are usernames; lead ids and dates are not ours.
    expected: [
      ['PERSON', 'Joaquín Benavides'],
      ['PERSON', 'Jack'],
      ['EMAIL', 'jbenavides@benavidesroofing.com'],
      ['PHONE', '(915) 772-0461'],
      ['PERSON', "Margaret O'Shaughnessy"],
      ['PERSON', 'Peggy'],
      ['EMAIL', 'peggy.osh@aol.com'],
      ['PHONE', '(617) 283-9054'],
      ['PERSON', 'Tremaine Holloway'],
      ['EMAIL', 'tremaine.h@hollowayhvac.com'],
      ['PHONE', '(601) 448-3172'],
      ['PERSON', 'Shira Katz-Levinson'],
      ['EMAIL', 'skatzlev@gmail.com'],
      ['PHONE', '(201) 396-5507'],
      ['PERSON', 'Robert "Bobby" Lindqvist'],
      ['PERSON', 'Bobby'],
      ['EMAIL', 'bobby.lindqvist@lindqvistfarms.com'],
      ['PHONE', '(507) 861-2290'],
    ],
  },
  {
    name: "df.head() of a UK HubSpot contacts export: First Name and Last Name apart, companies named after people (Morgan Stanley, Wells Fargo, Johnson & Johnson, Ben & Jerry's, a family firm), 11-digit record ids",
    text: `contacts = pd.read_csv("hubspot-crm-exports-all-contacts-2024-06-10.csv", dtype={"Record ID": str})
cols = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name", "Lifecycle Stage", "Create Date"]
contacts[cols].head()

     Record ID  First Name         Last Name                                 Email      Phone Number             Company Name         Lifecycle Stage       Create Date
0  51203984101    Rhiannon         Pritchard  rhiannon.pritchard@morganstanley.com  +44 20 7425 8813           Morgan Stanley                    lead  2024-05-30 10:14
1  51203984133      Ifeoma    Nwachukwu-Hill  ifeoma.nwachukwu-hill@wellsfargo.com  +44 20 3318 6720              Wells Fargo  marketingqualifiedlead  2024-05-30 11:02
2  51203984190      Tomasz  Wiśniewski-Grant        t.wisniewski-grant@its.jnj.com      01344 864209        Johnson & Johnson      salesqualifiedlead  2024-05-31 08:47
3  51203984222     Harriet     Ashdown-Pryce            harriet@ashdownpryce.co.uk     07872 301 946  Ashdown-Pryce Interiors                customer  2024-06-01 16:20
4  51203984257      Callum        Osei-Bonsu       callum.oseibonsu@benjerry.co.uk               NaN            Ben & Jerry's                    lead  2024-06-02 09:05`,
    // Company names, including Ashdown-Pryce Interiors, are not persons; record ids, stages and create dates are not ours.
    expected: [
      ['PERSON', 'Rhiannon'],
      ['PERSON', 'Pritchard'],
      ['EMAIL', 'rhiannon.pritchard@morganstanley.com'],
      ['PHONE', '+44 20 7425 8813'],
      ['PERSON', 'Ifeoma'],
      ['PERSON', 'Nwachukwu-Hill'],
      ['EMAIL', 'ifeoma.nwachukwu-hill@wellsfargo.com'],
      ['PHONE', '+44 20 3318 6720'],
      ['PERSON', 'Tomasz'],
      ['PERSON', 'Wiśniewski-Grant'],
      ['EMAIL', 't.wisniewski-grant@its.jnj.com'],
      ['PHONE', '01344 864209'],
      ['PERSON', 'Harriet'],
      ['PERSON', 'Ashdown-Pryce'],
      ['EMAIL', 'harriet@ashdownpryce.co.uk'],
      ['PHONE', '07872 301 946'],
      ['PERSON', 'Callum'],
      ['PERSON', 'Osei-Bonsu'],
      ['EMAIL', 'callum.oseibonsu@benjerry.co.uk'],
    ],
  },
  {
    name: 'df.describe() of numeric customer columns and the signup date range: only counts, means, quantiles and Timestamps',
    text: `customers[["age", "tenure_months", "orders_12m", "ltv_usd", "nps_score"]].describe().round(2)

            age  tenure_months  orders_12m    ltv_usd  nps_score
count  48211.00       48211.00    48211.00   48211.00   31877.00
mean      41.73          27.18        5.42    1384.61       7.12
std       13.05          19.44        6.87    2210.09       2.41
min       18.00           0.00        0.00       0.00       0.00
25%       31.00          11.00        1.00     212.40       6.00
50%       40.00          24.00        3.00     688.15       8.00
75%       51.00          40.00        7.00    1631.27       9.00
max       94.00          96.00      212.00  184220.50      10.00

customers.signup_date.min(), customers.signup_date.max(), customers.zip.nunique()

(Timestamp('2016-01-04 00:00:00'), Timestamp('2024-06-09 00:00:00'), 9412)`,
    // Summary statistics, signup dates and counts hold no personal data.
    expected: [],
  },
  {
    name: "df.describe(include='object').T where the top values leak a name and an e-mail, next to a UUID, a zeroed phone and the 1900-01-01 default birth date",
    text: `customers.describe(include="object").T

               count  unique                                   top   freq
customer_uuid  48211   48211  0a0f9b5e-3c1d-4e0a-9b7f-5d2c8e61a4f3      1
full_name      48211   46930                       Mohammed Rahman     14
email          48211   48188               tanvir.rahman@gmail.com      4
phone          47102   46877                        (000) 000-0000    198
state          48211      51                                    TX   6120
city           48211    3882                               Houston   2211
acq_source     48211       9                            google_cpc  14502
date_of_birth  44817   16230                            1900-01-01    212

# NB: (000) 000-0000 and 1900-01-01 are the CRM defaults when phone / DOB are left blank`,
    // The most frequent name and e-mail are real values; the zeroed phone and the 1900-01-01 default are placeholders, and the UUID, state, city and source are not ours.
    expected: [
      ['PERSON', 'Mohammed Rahman'],
      ['EMAIL', 'tanvir.rahman@gmail.com'],
    ],
  },
  {
    name: 'value_counts() of ship cities named after presidents (Jackson, Washington, Lincoln, Madison, Jefferson City, Lincoln Park) and of account-owner usernames',
    text: `orders["ship_city"].value_counts().head(8)

ship_city
Jackson         1842
Washington      1630
Lincoln         1217
Madison         1104
Jefferson City   688
Columbus         612
Houston          540
Lincoln Park     233
Name: count, dtype: int64

orders["account_owner"].value_counts()

account_owner
jsmith42      4120
pkaur07       3981
dnguyen       2210
mgarcia.ops   1877
tbaker_admin    12
Name: count, dtype: int64`,
    // Cities named after people and usernames are not persons.
    expected: [],
  },
  {
    name: 'groupby on owner_name from an Australian sales team: closed-won deals per rep with the names as the index, an initials-only rep, House Account and Unassigned',
    text: `(deals[deals["stage"] == "Closed Won"]
    .groupby("owner_name")["amount_aud"]
    .agg(["count", "sum", "mean"])
    .sort_values("sum", ascending=False)
    .round(0))

                          count        sum     mean
owner_name
Mei-Lin Tsao                 52  1904300.0  36621.0
Jarrah Corowa                41  1284500.0  31329.0
Wiremu Paewai                38   998750.0  26283.0
J. R. Halvorsen              33   871200.0  26400.0
Sunita Bhattacharjee         29   640900.0  22100.0
House Account                17   402000.0  23647.0
Declan Fitzmaurice-Byrne     12   188400.0  15700.0
Unassigned                    4    31500.0   7875.0`,
    // A name in initial form under owner_name counts; House Account and Unassigned are not people; amounts are not ours.
    expected: [
      ['PERSON', 'Mei-Lin Tsao'],
      ['PERSON', 'Jarrah Corowa'],
      ['PERSON', 'Wiremu Paewai'],
      ['PERSON', 'J. R. Halvorsen'],
      ['PERSON', 'Sunita Bhattacharjee'],
      ['PERSON', 'Declan Fitzmaurice-Byrne'],
    ],
  },
  {
    name: 'df[df.email.duplicated(keep=False)] from an Indian D2C brand printed with to_string(index=False): initials and full forms of the same person, a shared family inbox, +91 mobiles and a Chennai landline, masked PANs, and a markdown note',
    text: `dupes = df[df.email.duplicated(keep=False)].sort_values(["email", "created_on"])
print(dupes[["cust_id", "name", "email", "mobile", "city", "pan_masked", "created_on"]].to_string(index=False))

  cust_id                      name                       email            mobile      city  pan_masked  created_on
  IN40127                A.K. Mehta  akmehta1961@rediffmail.com   +91 98201 44873    Mumbai  XXXXX4417K  2019-03-02
  IN51903          Anil Kumar Mehta  akmehta1961@rediffmail.com       98201 44873    Mumbai  XXXXX4417K  2023-08-19
  IN38821      Manpreet Kaur Sandhu     sandhu.family@gmail.com   +91-98140-27719  Ludhiana  XXXXX0932P  2020-11-07
  IN52077       Gurleen Kaur Sandhu     sandhu.family@gmail.com        9814027719  Ludhiana         NaN  2024-01-15
  IN47702  Venkata Subramanyam Iyer          vsiyer@yahoo.co.in     044 2434 1187   Chennai  XXXXX7701R  2021-06-30
  IN50215                V. S. Iyer          vsiyer@yahoo.co.in  +91 44 2434 1187   Chennai  XXXXX7701R  2023-12-04

**Note:** A.K. Mehta and Anil Kumar Mehta are the same customer (same PAN suffix, same mobile) - merge into IN51903. The two Ludhiana rows are mother and daughter sharing one inbox - keep both, but dedupe on mobile instead.`,
    // Initial forms under name count; masked PANs, customer ids and created_on dates are not ours.
    expected: [
      ['PERSON', 'A.K. Mehta'],
      ['EMAIL', 'akmehta1961@rediffmail.com'],
      ['PHONE', '+91 98201 44873'],
      ['PERSON', 'Anil Kumar Mehta'],
      ['EMAIL', 'akmehta1961@rediffmail.com'],
      ['PHONE', '98201 44873'],
      ['PERSON', 'Manpreet Kaur Sandhu'],
      ['EMAIL', 'sandhu.family@gmail.com'],
      ['PHONE', '+91-98140-27719'],
      ['PERSON', 'Gurleen Kaur Sandhu'],
      ['EMAIL', 'sandhu.family@gmail.com'],
      ['PHONE', '9814027719'],
      ['PERSON', 'Venkata Subramanyam Iyer'],
      ['EMAIL', 'vsiyer@yahoo.co.in'],
      ['PHONE', '044 2434 1187'],
      ['PERSON', 'V. S. Iyer'],
      ['EMAIL', 'vsiyer@yahoo.co.in'],
      ['PHONE', '+91 44 2434 1187'],
      ['PERSON', 'A.K. Mehta'],
      ['PERSON', 'Anil Kumar Mehta'],
    ],
  },
  {
    name: "customers.merge(orders, how='left', indicator=True) in a Canadian notebook: left_only rows with first and last names, postal codes, a 555-0172 fictional phone and the merge counts",
    text: `m = customers.merge(orders, on="customer_id", how="left", indicator=True)
print(len(m), m["_merge"].value_counts().to_dict())
m.loc[m["_merge"] == "left_only", ["customer_id", "first_name", "last_name", "email", "phone",
                                   "postal_code", "province", "order_id", "_merge"]].head(4)

61452 {'both': 58120, 'left_only': 3332, 'right_only': 0}

      customer_id  first_name  last_name                       email            phone  postal_code  province  order_id     _merge
1187      C-88120      Amélie     Gagnon  amelie.gagnon@videotron.ca   (514) 862-3307      H2T 1S6        QC       NaN  left_only
2044      C-90331    Gurpreet    Dhillon       gdhillon.bc@telus.net   (604) 555-0172      V3W 5K8        BC       NaN  left_only
2391      C-91002      Tenzin     Dorjee   tenzin.dorjee@utoronto.ca  +1 647 220 8419      M6J 2X3        ON       NaN  left_only
3310      C-93874     Kaitlyn   MacIsaac       kmacisaac@eastlink.ca   (902) 488-3015      B2G 2L5        NS       NaN  left_only`,
    // (604) 555-0172, in the reserved 555-01xx range, counts on a real-looking row (as in hold-outs 20–22: see README); postal codes, ids and counts are not ours.
    expected: [
      ['PERSON', 'Amélie'],
      ['PERSON', 'Gagnon'],
      ['EMAIL', 'amelie.gagnon@videotron.ca'],
      ['PHONE', '(514) 862-3307'],
      ['PERSON', 'Gurpreet'],
      ['PERSON', 'Dhillon'],
      ['EMAIL', 'gdhillon.bc@telus.net'],
      ['PERSON', 'Tenzin'],
      ['PERSON', 'Dorjee'],
      ['EMAIL', 'tenzin.dorjee@utoronto.ca'],
      ['PHONE', '+1 647 220 8419'],
      ['PERSON', 'Kaitlyn'],
      ['PERSON', 'MacIsaac'],
      ['EMAIL', 'kmacisaac@eastlink.ca'],
      ['PHONE', '(902) 488-3015'],
      ['PHONE', '(604) 555-0172'],
    ],
  },
  {
    name: "print(df.sample(4).to_markdown(index=False)) of an Irish club's membership: Irish-language names with Mac, Ó, Nic and Ní, Eircodes, PPS numbers, IE IBANs, mobiles and a Dublin landline",
    text: `print(members.sample(4, random_state=7).to_markdown(index=False))

| member_no | name                      | eircode  | pps_number | mobile           | iban                   | date_of_birth | joined     |
|:----------|:--------------------------|:---------|:-----------|:-----------------|:-----------------------|:--------------|:-----------|
| GAA-20931 | Órlaith Mac Cárthaigh     | D06 F2X4 | 7391846TA  | 087 421 9058     | IE17AIBK93115238470516 | 1993-02-11    | 2018-09-01 |
| GAA-21477 | Donnchadh Ó Súilleabháin  | T12 K8P3 | 8254019WA  | +353 85 730 2214 | IE57BOFI90001743829105 | 1979-06-30    | 2011-03-14 |
| GAA-22010 | Aoife Nic Giolla Phádraig | H91 E2R7 | 6648203QA  | 086 119 4472     |                        | 2002-12-24    | 2022-01-08 |
| GAA-22146 | Niamh Ní Fhlannagáin      | V94 T9C1 | 5017732FA  | (01) 283 6640    |                        | 1968-04-17    | 1999-05-20 |`,
    // Eircodes, PPS numbers, member numbers and joined dates are not ours.
    expected: [
      ['PERSON', 'Órlaith Mac Cárthaigh'],
      ['PHONE', '087 421 9058'],
      ['IBAN', 'IE17AIBK93115238470516'],
      ['DATE_OF_BIRTH', '1993-02-11'],
      ['PERSON', 'Donnchadh Ó Súilleabháin'],
      ['PHONE', '+353 85 730 2214'],
      ['IBAN', 'IE57BOFI90001743829105'],
      ['DATE_OF_BIRTH', '1979-06-30'],
      ['PERSON', 'Aoife Nic Giolla Phádraig'],
      ['PHONE', '086 119 4472'],
      ['DATE_OF_BIRTH', '2002-12-24'],
      ['PERSON', 'Niamh Ní Fhlannagáin'],
      ['PHONE', '(01) 283 6640'],
      ['DATE_OF_BIRTH', '1968-04-17'],
    ],
  },
  {
    name: 'NZ HR table printed with to_string(): employee_name and manager_name, salaries, hire dates, dob and IRD numbers, Māori, Tongan, Chinese, Jewish and Indian names',
    text: `emp = pd.read_sql("select * from hr.v_employee_current order by emp_id", hr_engine)
print(emp[["emp_id", "employee_name", "manager_name", "role", "salary_nzd", "hire_date", "dob", "ird_number"]].head(6).to_string())

   emp_id          employee_name           manager_name               role  salary_nzd   hire_date         dob   ird_number
0   E1001  Hannah Goldstein-Reid                    NaN    Chief Executive      412000  2012-03-05  1971-08-19  118-492-307
1   E1014             Lily Zhang  Hannah Goldstein-Reid       Head of Data      228000  2016-10-17  1983-02-02  094-617-552
2   E1052         Mereana Paewai             Lily Zhang  Analytics Manager      164500  2019-01-28  1988-11-30  121-038-946
3   E1077   Wiremu Te Awa-Hughes             Lily Zhang      Data Engineer      138000  2021-06-14  1994-05-07  130-552-718
4   E1103           Sione Fifita         Mereana Paewai       Data Analyst       96000  2023-02-20  1998-09-23  135-904-261
5   E1110         Aarav Malhotra         Mereana Paewai   Graduate Analyst       72000  2024-02-05  2001-04-11          NaN`,
    // IRD numbers, salaries, hire dates, roles and employee ids are not ours.
    expected: [
      ['PERSON', 'Hannah Goldstein-Reid'],
      ['DATE_OF_BIRTH', '1971-08-19'],
      ['PERSON', 'Lily Zhang'],
      ['PERSON', 'Hannah Goldstein-Reid'],
      ['DATE_OF_BIRTH', '1983-02-02'],
      ['PERSON', 'Mereana Paewai'],
      ['PERSON', 'Lily Zhang'],
      ['DATE_OF_BIRTH', '1988-11-30'],
      ['PERSON', 'Wiremu Te Awa-Hughes'],
      ['PERSON', 'Lily Zhang'],
      ['DATE_OF_BIRTH', '1994-05-07'],
      ['PERSON', 'Sione Fifita'],
      ['PERSON', 'Mereana Paewai'],
      ['DATE_OF_BIRTH', '1998-09-23'],
      ['PERSON', 'Aarav Malhotra'],
      ['PERSON', 'Mereana Paewai'],
      ['DATE_OF_BIRTH', '2001-04-11'],
    ],
  },
  {
    name: 'df.info() and df.columns of a customer table: personal column names only, dtypes and non-null counts',
    text: `customers.info()

<class 'pandas.core.frame.DataFrame'>
RangeIndex: 48211 entries, 0 to 48210
Data columns (total 12 columns):
 #   Column          Non-Null Count  Dtype              
---  ------          --------------  -----              
 0   customer_uuid   48211 non-null  object             
 1   first_name      48211 non-null  object             
 2   last_name       48209 non-null  object             
 3   email           48211 non-null  object             
 4   phone           47102 non-null  object             
 5   date_of_birth   44817 non-null  datetime64[ns]     
 6   street_address  46530 non-null  object             
 7   city            48211 non-null  object             
 8   state           48211 non-null  object             
 9   zip             48190 non-null  object             
 10  ssn_last4       12044 non-null  object             
 11  signup_ts       48211 non-null  datetime64[ns, UTC]
dtypes: datetime64[ns, UTC](1), datetime64[ns](1), object(10)
memory usage: 4.4+ MB

customers.columns[customers.columns.str.contains("name|email|phone|ssn|birth")].tolist()

['first_name', 'last_name', 'email', 'phone', 'date_of_birth', 'ssn_last4']`,
    // Column names, dtypes and counts alone are not personal data.
    expected: [],
  },
  {
    name: 'Deepnote SQL block over a US elementary-school roster, the dataframe copied as CSV: student_first and student_last, birth dates, guardians with phones and e-mails, a school named after Thurgood Marshall, a family with 555 and example.com placeholders',
    gap: 'Drops the names on the row whose guardian has placeholder contacts (a 555 number and example.com), read as a fixture row.',
    text: `-- Deepnote SQL block -> df_roster (integration: sis_replica, Postgres)
SELECT student_id, student_first, student_last, dob, grade, homeroom,
       guardian_1_name, guardian_1_phone, guardian_1_email, iep_flag
FROM sis.roster_2024_25
WHERE school_name = 'Thurgood Marshall Elementary' AND grade IN ('3', '4')
ORDER BY homeroom, student_last
LIMIT 4;

df_roster  ·  4 rows × 10 columns
student_id,student_first,student_last,dob,grade,homeroom,guardian_1_name,guardian_1_phone,guardian_1_email,iep_flag
2031184,Amari,Jefferson,2015-10-09,3,3B-104,Keisha Jefferson,(404) 719-2238,keisha.jefferson@bellsouth.net,N
2031207,Mateo,Villalobos-Cruz,2015-04-21,3,3B-104,Rosa Cruz,(404) 862-5107,rosacruz82@gmail.com,Y
2030896,Zainab,Mansour,2014-12-30,4,4A-211,Rania Mansour,(678) 304-9915,,N
2030912,Ethan,Nakamura,2014-07-15,4,4A-211,Daniel Nakamura,(770) 555-0123,dnakamura@example.com,N`,
    // Real children and guardians even where the school filled in a 555-01xx phone and an example.com address; the school name, ids, grades and homerooms are not ours.
    expected: [
      ['PERSON', 'Amari'],
      ['PERSON', 'Jefferson'],
      ['DATE_OF_BIRTH', '2015-10-09'],
      ['PERSON', 'Keisha Jefferson'],
      ['PHONE', '(404) 719-2238'],
      ['EMAIL', 'keisha.jefferson@bellsouth.net'],
      ['PERSON', 'Mateo'],
      ['PERSON', 'Villalobos-Cruz'],
      ['DATE_OF_BIRTH', '2015-04-21'],
      ['PERSON', 'Rosa Cruz'],
      ['PHONE', '(404) 862-5107'],
      ['EMAIL', 'rosacruz82@gmail.com'],
      ['PERSON', 'Zainab'],
      ['PERSON', 'Mansour'],
      ['DATE_OF_BIRTH', '2014-12-30'],
      ['PERSON', 'Rania Mansour'],
      ['PHONE', '(678) 304-9915'],
      ['PERSON', 'Ethan'],
      ['PERSON', 'Nakamura'],
      ['DATE_OF_BIRTH', '2014-07-15'],
      ['PERSON', 'Daniel Nakamura'],
    ],
  },
  {
    name: 'Fixed-width ALL CAPS benefits eligibility file from a US carrier, read with !head after its layout comment: LAST, FIRST M names, compact YYYYMMDD birth dates, SSNs, 10-digit member ids beside 10-digit phones, a TEST, SUBSCRIBER row with 123-45-6789',
    text: `# layout (ELIG v3): rec(3) member_id(10) name(28) dob(8) sex(1) ssn(11) rel(2) home_phone(10) eff_date(8)
!head -7 /dbfs/mnt/sftp/benefits/ELIG_BCBSIL_20240601.txt

HDR ELIG BCBSIL 20240601 000005
DTL 0048821973 MCALLISTER, BRENDAN J        19780314 M 412-73-9058 EE 3129884471 20240601
DTL 0048821974 MCALLISTER, SIOBHAN R        19800922 F 509-18-3376 SP 3129884471 20240601
DTL 0048821975 MCALLISTER, ROISIN           20120405 F 611-42-0893 CH 3129884471 20240601
DTL 0051177302 OKONKWO-BELL, CHIDI A        19850117 M 538-20-1174 EE 7739012645 20240601
DTL 0099999999 TEST, SUBSCRIBER             19000101 U 123-45-6789 EE 0000000000 20240601
TRL 000005`,
    // One LAST, FIRST M field is one span; the TEST, SUBSCRIBER row with 123-45-6789 and zeroes is a test record; member ids, effective dates and the header and trailer are not ours.
    expected: [
      ['PERSON', 'MCALLISTER, BRENDAN J'],
      ['DATE_OF_BIRTH', '19780314'],
      ['US_SSN', '412-73-9058'],
      ['PHONE', '3129884471'],
      ['PERSON', 'MCALLISTER, SIOBHAN R'],
      ['DATE_OF_BIRTH', '19800922'],
      ['US_SSN', '509-18-3376'],
      ['PHONE', '3129884471'],
      ['PERSON', 'MCALLISTER, ROISIN'],
      ['DATE_OF_BIRTH', '20120405'],
      ['US_SSN', '611-42-0893'],
      ['PHONE', '3129884471'],
      ['PERSON', 'OKONKWO-BELL, CHIDI A'],
      ['DATE_OF_BIRTH', '19850117'],
      ['US_SSN', '538-20-1174'],
      ['PHONE', '7739012645'],
    ],
  },
  {
    name: "PySpark show(truncate=False) of card transactions in Databricks: customer e-mails, public and private IPs, masked cards, merchants named after people (Ben & Jerry's, Wendy's, Dr Pepper, Tim Hortons, Morgan Stanley)",
    text: `txns.filter(F.col("ts") >= "2024-06-01 09:14").select(
    "txn_id", "ts", "customer_email", "ip_address", "card_masked", "merchant_name", "amount"
).show(5, truncate=False)

+-----------+-------------------+----------------------------+---------------------+----------------+---------------------+------+
|txn_id     |ts                 |customer_email              |ip_address           |card_masked     |merchant_name        |amount|
+-----------+-------------------+----------------------------+---------------------+----------------+---------------------+------+
|tx_9f31c07a|2024-06-01 09:14:02|devon.ackerman@icloud.com   |98.214.67.130        |************4417|BEN & JERRY'S #4412  |12.75 |
|tx_9f31c0b2|2024-06-01 09:14:40|nkechi.obi-wilson@yahoo.com |2600:1700:5b0:e10::3f|************0019|WENDY'S #0931        |9.48  |
|tx_9f31c0c9|2024-06-01 09:15:03|null                        |10.40.2.17           |************8830|DR PEPPER VENDING 22 |2.50  |
|tx_9f31c0d4|2024-06-01 09:15:27|b.castellanos.ruiz@gmail.com|174.63.208.9         |************2291|TIM HORTONS #2215    |6.19  |
|tx_9f31c0e1|2024-06-01 09:16:11|devon.ackerman@icloud.com   |98.214.67.130        |************4417|MORGAN STANLEY SB PMT|500.00|
+-----------+-------------------+----------------------------+---------------------+----------------+---------------------+------+
only showing top 5 rows`,
    // Masked cards, merchant names, transaction ids and amounts are not ours.
    expected: [
      ['EMAIL', 'devon.ackerman@icloud.com'],
      ['IP_ADDRESS', '98.214.67.130'],
      ['EMAIL', 'nkechi.obi-wilson@yahoo.com'],
      ['IP_ADDRESS', '2600:1700:5b0:e10::3f'],
      ['IP_ADDRESS', '10.40.2.17'],
      ['EMAIL', 'b.castellanos.ruiz@gmail.com'],
      ['IP_ADDRESS', '174.63.208.9'],
      ['EMAIL', 'devon.ackerman@icloud.com'],
      ['IP_ADDRESS', '98.214.67.130'],
    ],
  },
  {
    name: 'Stripe customer retrieved in a notebook with a live secret key, printed as JSON: a city named Jackson, billing name with a middle initial, masked card and fingerprint, a dob in metadata, an E.164 phone',
    text: `import stripe
stripe.api_key = "${stripeKey}"

cust = stripe.Customer.retrieve("cus_Q8xT2LmV9RkZ3a", expand=["invoice_settings.default_payment_method"])
print(cust)

<Customer customer id=cus_Q8xT2LmV9RkZ3a at 0x7f3c1a2b4e50> JSON: {
  "address": {
    "city": "Jackson",
    "country": "US",
    "line1": "1180 Lakeland Dr",
    "line2": "Apt 4B",
    "postal_code": "39216",
    "state": "MS"
  },
  "created": 1712167442,
  "email": "yolanda.pettiford@gmail.com",
  "id": "cus_Q8xT2LmV9RkZ3a",
  "invoice_prefix": "B7E4C21A",
  "invoice_settings": {
    "default_payment_method": {
      "billing_details": {
        "email": "yolanda.pettiford@gmail.com",
        "name": "Yolanda M. Pettiford",
        "phone": null
      },
      "card": {
        "brand": "visa",
        "exp_month": 9,
        "exp_year": 2027,
        "fingerprint": "Xt9QhR2mLk7VbP4c",
        "funding": "credit",
        "last4": "4417"
      },
      "id": "pm_1P8xT9LmV9RkZ3aQ0c4Hn7Wd",
      "type": "card"
    }
  },
  "livemode": true,
  "metadata": {
    "crm_contact_id": "0035e00000KxYz1AAB",
    "dob": "1969-11-03",
    "loyalty_tier": "gold"
  },
  "name": "Yolanda Pettiford",
  "object": "customer",
  "phone": "+16015528840"
}`,
    // Jackson is the city; the street address, postal code, Stripe ids, fingerprint, last4, created epoch and CRM id are not ours.
    expected: [
      ['SECRET', stripeKey],
      ['EMAIL', 'yolanda.pettiford@gmail.com'],
      ['EMAIL', 'yolanda.pettiford@gmail.com'],
      ['PERSON', 'Yolanda M. Pettiford'],
      ['DATE_OF_BIRTH', '1969-11-03'],
      ['PERSON', 'Yolanda Pettiford'],
      ['PHONE', '+16015528840'],
    ],
  },
  {
    name: "Shopify Admin API order printed as JSON from a Toronto store: customer first_name and last_name, a shipping name, browser IP, line items from Ben & Jerry's, Dr Pepper and Laura Secord, a concierge known only by given name",
    text: `r = requests.get(
    f"https://{SHOP}.myshopify.com/admin/api/2024-04/orders/5871203344521.json",
    headers={"X-Shopify-Access-Token": os.environ["SHOPIFY_ADMIN_TOKEN"]},
)
print(json.dumps(r.json()["order"], indent=2, ensure_ascii=False)[:1800])

{
  "id": 5871203344521,
  "name": "#1042",
  "order_number": 1042,
  "email": "jaewon.baek@rogers.com",
  "created_at": "2024-06-11T19:42:07-04:00",
  "browser_ip": "142.114.87.203",
  "currency": "CAD",
  "total_price": "68.47",
  "customer": {
    "id": 7120045538313,
    "email": "jaewon.baek@rogers.com",
    "first_name": "Jae-won",
    "last_name": "Baek",
    "phone": "+14165298830",
    "tags": "vip, toronto"
  },
  "shipping_address": {
    "name": "Min-seo Baek",
    "address1": "77 Bloor St W, Unit 1204",
    "city": "Toronto",
    "province_code": "ON",
    "zip": "M5S 1M2",
    "phone": "416-529-8830"
  },
  "line_items": [
    {"sku": "BJ-CHUNKY-473", "title": "Ben & Jerry's Chunky Monkey 473 mL", "quantity": 2, "price": "9.99"},
    {"sku": "DRP-12PK", "title": "Dr Pepper 12 x 355 mL", "quantity": 1, "price": "8.49"},
    {"sku": "LSEC-GIFT-300", "title": "Laura Secord Milk Chocolate Gift Box 300 g", "quantity": 1, "price": "29.99"}
  ],
  "note": "Leave with concierge - ask for Dmitri at the front desk"
}`,
    // Brands named after people (Laura Secord, Dr Pepper, Ben & Jerry's), a street, ids, order numbers and prices are not ours; Dmitri is a given name alone of someone never named in full.
    expected: [
      ['EMAIL', 'jaewon.baek@rogers.com'],
      ['IP_ADDRESS', '142.114.87.203'],
      ['EMAIL', 'jaewon.baek@rogers.com'],
      ['PERSON', 'Jae-won'],
      ['PERSON', 'Baek'],
      ['PHONE', '+14165298830'],
      ['PERSON', 'Min-seo Baek'],
      ['PHONE', '416-529-8830'],
    ],
  },
  {
    name: "Zendesk ticket printed as JSON: a description in the customer's words with a full card number, a phone and a birth date for verification, a nickname sign-off, requester and assignee, 10- and 11-digit user ids, a shop's help mailbox",
    text: `t = zd.tickets(id=448213)
print(json.dumps(t.to_dict(), indent=2, ensure_ascii=False))

{
  "id": 448213,
  "created_at": "2024-05-20T15:03:44Z",
  "subject": "Charged twice for order 1042-88317",
  "description": "Hi there, this is Gwendolyn Achebe-Moss. I was charged twice for order 1042-88317 on my card 5529 1408 3361 0723 - both charges show as pending. You can reach me on (214) 660-9371 after 5pm. If you need it for verification my date of birth is 03/14/1971.\\n\\nThanks,\\nGwen",
  "status": "open",
  "priority": "high",
  "requester": {"id": 38812049115, "name": "Gwendolyn Achebe-Moss", "email": "gwen.achebemoss@sbcglobal.net"},
  "assignee": {"id": 1900443217, "name": "Tomás Echeverría", "email": "tomas.e@lonestarpantry.com"},
  "recipient": "help@lonestarpantry.com",
  "tags": ["billing", "duplicate_charge", "vip"],
  "via": {"channel": "email"}
}`,
    // Gwen signs off as herself, named in full above; a shop's help mailbox counts; ticket, order and user ids are not ours.
    expected: [
      ['PERSON', 'Gwendolyn Achebe-Moss'],
      ['CREDIT_CARD', '5529 1408 3361 0723'],
      ['PHONE', '(214) 660-9371'],
      ['DATE_OF_BIRTH', '03/14/1971'],
      ['PERSON', 'Gwen'],
      ['PERSON', 'Gwendolyn Achebe-Moss'],
      ['EMAIL', 'gwen.achebemoss@sbcglobal.net'],
      ['PERSON', 'Tomás Echeverría'],
      ['EMAIL', 'tomas.e@lonestarpantry.com'],
      ['EMAIL', 'help@lonestarpantry.com'],
    ],
  },
  {
    name: "Intercom conversation parts printed line by line in a UK notebook: a customer and an agent named in full, then by given name alone, a mobile and a partner's landline in the chat, a UPS tracking number and an incident ref",
    text: `conv = requests.get(f"https://api.intercom.io/conversations/{cid}", headers=IC_HEADERS).json()
print(conv["source"]["author"])
for p in conv["conversation_parts"]["conversation_parts"]:
    print(p["created_at"], p["author"]["type"], p["author"].get("name"), "|", strip_html(p["body"] or ""))

{'type': 'user', 'id': '6651f0a2c8e1b40012a7d3e9', 'name': 'Aditi Chakraborty-Lowe', 'email': 'aditi.cl@btinternet.com'}
1717080112 user Aditi Chakraborty-Lowe | Hi, my parcel still shows "label created". Tracking 1Z9W4E710388415526
1717080342 admin Conor Mulcahy | Sorry about that Aditi! I can see it left our Leeds depot yesterday. Can I confirm the best number to reach you?
1717080519 user Aditi Chakraborty-Lowe | sure its 07491 228306, or my partner Sam Lowe on 0113 318 7740 if I'm at work
1717080601 admin Conor Mulcahy | Thanks - I've put a note on the courier job. Ref INC-20931.
1717080655 bot Operator | Conor marked this conversation as closed.`,
    // Aditi and Conor alone refer to people named in full; the tracking number, Intercom ids, epochs and the incident ref are not ours.
    expected: [
      ['PERSON', 'Aditi Chakraborty-Lowe'],
      ['EMAIL', 'aditi.cl@btinternet.com'],
      ['PERSON', 'Aditi Chakraborty-Lowe'],
      ['PERSON', 'Conor Mulcahy'],
      ['PERSON', 'Aditi'],
      ['PERSON', 'Aditi Chakraborty-Lowe'],
      ['PHONE', '07491 228306'],
      ['PERSON', 'Sam Lowe'],
      ['PHONE', '0113 318 7740'],
      ['PERSON', 'Conor Mulcahy'],
      ['PERSON', 'Conor'],
    ],
  },
  {
    name: 'Amplitude export JSON lines from an Australian app: user_properties with e-mail and name, ip_address per event, device ids and insert ids, cities named after people (Darwin, Port Lincoln)',
    text: `!gunzip -c amplitude_export/412886/412886_2024-06-03_5#0.json.gz | head -3

{"$insert_id":"b0d8f3e2-6a1c-4f57-9e84-31c7a2d5f016","event_type":"checkout_completed","user_id":"acct_88213","device_id":"7E1C3A90-5B2D-4F8E-A6C1-D09B47E2F318","event_time":"2024-06-03 01:14:22.512000","ip_address":"1.144.92.37","city":"Darwin","region":"Northern Territory","country":"Australia","event_properties":{"order_id":"ORD-2024-118204","revenue":86.4},"user_properties":{"email":"ngaire.whitlock@bigpond.com","name":"Ngaire Whitlock","plan":"family","referrer_code":"DARWIN25"}}
{"$insert_id":"2c4f9a81-7d3e-4b06-a5c2-e81f07b9d463","event_type":"receipt_viewed","user_id":"acct_88213","device_id":"7E1C3A90-5B2D-4F8E-A6C1-D09B47E2F318","event_time":"2024-06-03 01:14:40.077000","ip_address":"1.144.92.37","city":"Darwin","region":"Northern Territory","country":"Australia","event_properties":{"order_id":"ORD-2024-118204"},"user_properties":{"email":"ngaire.whitlock@bigpond.com","name":"Ngaire Whitlock","plan":"family","referrer_code":"DARWIN25"}}
{"$insert_id":"9e07b1c5-3a2d-4f88-b6e4-0c5d71a2f938","event_type":"app_opened","user_id":null,"device_id":"A4F0C2B7-91E3-4D5A-8C6F-27B3E0D9A154","event_time":"2024-06-03 01:15:02.901000","ip_address":"203.219.46.180","city":"Port Lincoln","region":"South Australia","country":"Australia","event_properties":{},"user_properties":{}}`,
    // Darwin and Port Lincoln are places; device and insert ids, order ids, referrer codes and event times are not ours.
    expected: [
      ['IP_ADDRESS', '1.144.92.37'],
      ['EMAIL', 'ngaire.whitlock@bigpond.com'],
      ['PERSON', 'Ngaire Whitlock'],
      ['IP_ADDRESS', '1.144.92.37'],
      ['EMAIL', 'ngaire.whitlock@bigpond.com'],
      ['PERSON', 'Ngaire Whitlock'],
      ['IP_ADDRESS', '203.219.46.180'],
    ],
  },
  {
    name: 'Segment analytics-python identify and track calls with debug logging: traits with firstName, lastName, phone and birthday, a company named Goldman Sachs, context.ip, echoed back in the DEBUG queueing lines',
    text: `import segment.analytics as analytics
analytics.write_key = os.environ["SEGMENT_WRITE_KEY"]
analytics.debug = True

analytics.identify("usr_40921", {
    "email": "femi.adebayo-jones@outlook.com",
    "firstName": "Femi",
    "lastName": "Adebayo-Jones",
    "phone": "+1 (646) 318-2207",
    "birthday": "1988-02-29",
    "company": {"name": "Goldman Sachs", "id": "acc_1182"},
}, context={"ip": "72.229.114.6"})
analytics.track("usr_40921", "Plan Upgraded", {"plan": "team", "seats": 12, "referrer": "Wells Fargo partner portal"})
analytics.flush()

DEBUG:segment:queueing: {'userId': 'usr_40921', 'traits': {'email': 'femi.adebayo-jones@outlook.com', 'firstName': 'Femi', 'lastName': 'Adebayo-Jones', 'phone': '+1 (646) 318-2207', 'birthday': '1988-02-29', 'company': {'name': 'Goldman Sachs', 'id': 'acc_1182'}}, 'context': {'ip': '72.229.114.6', 'library': {'name': 'analytics-python', 'version': '2.3.2'}}, 'type': 'identify', 'messageId': '5c0b1d7e-2a94-4e3f-8b61-f07d9a3c2e18', 'timestamp': '2024-06-12T14:21:09.338214+00:00'}
DEBUG:segment:queueing: {'userId': 'usr_40921', 'event': 'Plan Upgraded', 'properties': {'plan': 'team', 'seats': 12, 'referrer': 'Wells Fargo partner portal'}, 'context': {'library': {'name': 'analytics-python', 'version': '2.3.2'}}, 'type': 'track', 'messageId': 'e41a7c09-5d2b-4f63-9a18-3b6c0e7d25f4', 'timestamp': '2024-06-12T14:21:09.341007+00:00'}
DEBUG:segment:uploaded 2 items`,
    // firstName and lastName are separate spans; companies, user and message ids, the library version and timestamps are not ours.
    expected: [
      ['EMAIL', 'femi.adebayo-jones@outlook.com'],
      ['PERSON', 'Femi'],
      ['PERSON', 'Adebayo-Jones'],
      ['PHONE', '+1 (646) 318-2207'],
      ['DATE_OF_BIRTH', '1988-02-29'],
      ['IP_ADDRESS', '72.229.114.6'],
      ['EMAIL', 'femi.adebayo-jones@outlook.com'],
      ['PERSON', 'Femi'],
      ['PERSON', 'Adebayo-Jones'],
      ['PHONE', '+1 (646) 318-2207'],
      ['DATE_OF_BIRTH', '1988-02-29'],
      ['IP_ADDRESS', '72.229.114.6'],
    ],
  },
  {
    name: 'HubSpot contacts search_api result printed as a list of dicts (pprint style): firstname and lastname, date_of_birth, hs_object_id, a hospital named after Michael Garron, a Test Contact with a 555-0199 phone at example.com',
    gap: 'Flags the lastname "Contact" of the Test Contact placeholder.',
    text: `resp = hs.crm.contacts.search_api.do_search(public_object_search_request={
    "filterGroups": [{"filters": [{"propertyName": "hs_lead_status", "operator": "EQ", "value": "OPEN_DEAL"}]}],
    "properties": ["firstname", "lastname", "email", "phone", "date_of_birth", "jobtitle", "company"],
    "limit": 3,
})
pprint([r.properties for r in resp.results])

[{'company': 'University Health Network',
  'createdate': '2023-09-14T16:02:51.118Z',
  'date_of_birth': '1982-07-19',
  'email': 'nasrin.haghighi@uhn.ca',
  'firstname': 'Nasrin',
  'hs_object_id': '98120334817',
  'jobtitle': 'Clinical Informatics Lead',
  'lastmodifieddate': '2024-05-28T10:44:09.412Z',
  'lastname': 'Haghighi',
  'phone': '416-340-7718'},
 {'company': 'Sunnybrook Health Sciences Centre',
  'createdate': '2023-10-02T13:20:00.000Z',
  'date_of_birth': None,
  'email': 'test.contact@example.com',
  'firstname': 'Test',
  'hs_object_id': '98120351102',
  'jobtitle': 'QA',
  'lastmodifieddate': '2023-10-02T13:20:00.000Z',
  'lastname': 'Contact',
  'phone': '416-555-0199'},
 {'company': 'Michael Garron Hospital',
  'createdate': '2024-01-22T09:15:37.604Z',
  'date_of_birth': '1975-01-08',
  'email': 'k.mensah-darko@tehn.ca',
  'firstname': 'Kofi',
  'hs_object_id': '98120377450',
  'jobtitle': 'Director, Patient Flow',
  'lastmodifieddate': '2024-06-03T17:02:48.233Z',
  'lastname': 'Mensah-Darko',
  'phone': '+1 647 882 1306'}]`,
    // The Test Contact row is a placeholder; the hospital is named after a person; object ids and create and modified dates are not ours.
    expected: [
      ['DATE_OF_BIRTH', '1982-07-19'],
      ['EMAIL', 'nasrin.haghighi@uhn.ca'],
      ['PERSON', 'Nasrin'],
      ['PERSON', 'Haghighi'],
      ['PHONE', '416-340-7718'],
      ['DATE_OF_BIRTH', '1975-01-08'],
      ['EMAIL', 'k.mensah-darko@tehn.ca'],
      ['PERSON', 'Kofi'],
      ['PERSON', 'Mensah-Darko'],
      ['PHONE', '+1 647 882 1306'],
    ],
  },
  {
    name: "Salesforce Data Loader CSV of Contacts with Account.Name: surnames that are also places (Washington, Jackson, Lincoln), accounts at Johnson & Johnson, Morgan Stanley, Wells Fargo and Ben & Jerry's, a mailing city named Jackson, a 555-0147 mobile",
    text: `!head -5 extract_Contact_20240610.csv
"ID","FIRSTNAME","LASTNAME","EMAIL","PHONE","MOBILEPHONE","BIRTHDATE","ACCOUNT.NAME","MAILINGCITY","MAILINGSTATE","LASTACTIVITYDATE"
"0035e00000LmN2aAAF","Precious","Washington","precious.washington@its.jnj.com","(732) 412-6637","(908) 377-1952","1984-05-26","Johnson & Johnson","New Brunswick","NJ","2024-06-03"
"0035e00000LmN2bAAF","Eli","Rothstein-Adler","eli.rothstein-adler@morganstanley.com","(212) 276-8814","","","Morgan Stanley","New York","NY","2024-05-29"
"0035e00000LmN2cAAF","Dolores","Jackson","dolores.jackson@wellsfargo.com","(601) 213-4478","(601) 991-0326","1969-08-13","Wells Fargo","Jackson","MS","2024-06-07"
"0035e00000LmN2dAAF","Tyrone","Lincoln","tlincoln@benjerry.com","(802) 651-9034","(802) 555-0147","","Ben & Jerry's","South Burlington","VT","2024-05-17"`,
    // Surnames under LASTNAME count even where they are also places; the MAILINGCITY Jackson, the accounts, Salesforce ids, activity dates are not ours; the 555-0147 mobile counts (a number in the reserved 555-01xx range on a real-looking record counts, as in hold-outs 20–22: see README).
    expected: [
      ['PERSON', 'Precious'],
      ['PERSON', 'Washington'],
      ['EMAIL', 'precious.washington@its.jnj.com'],
      ['PHONE', '(732) 412-6637'],
      ['PHONE', '(908) 377-1952'],
      ['DATE_OF_BIRTH', '1984-05-26'],
      ['PERSON', 'Eli'],
      ['PERSON', 'Rothstein-Adler'],
      ['EMAIL', 'eli.rothstein-adler@morganstanley.com'],
      ['PHONE', '(212) 276-8814'],
      ['PERSON', 'Dolores'],
      ['PERSON', 'Jackson'],
      ['EMAIL', 'dolores.jackson@wellsfargo.com'],
      ['PHONE', '(601) 213-4478'],
      ['PHONE', '(601) 991-0326'],
      ['DATE_OF_BIRTH', '1969-08-13'],
      ['PERSON', 'Tyrone'],
      ['PERSON', 'Lincoln'],
      ['EMAIL', 'tlincoln@benjerry.com'],
      ['PHONE', '(802) 651-9034'],
      ['PHONE', '(802) 555-0147'],
    ],
  },
  {
    name: 'dbt test with --store-failures: unique on email fails and an expression_is_true on date_of_birth warns, then dbt show of the audit tables lists the duplicated e-mails and a future-dated birth date',
    text: `$ dbt test --select dim_customers --store-failures
14:02:11  Running with dbt=1.7.14
14:02:12  Registered adapter: postgres=1.7.14
14:02:12  Found 48 models, 131 tests, 12 sources, 0 exposures, 0 metrics, 702 macros, 0 groups, 0 semantic models
14:02:12
14:02:13  Concurrency: 8 threads (target='prod')
14:02:13
14:02:13  1 of 3 START test not_null_dim_customers_customer_key .......................... [RUN]
14:02:13  2 of 3 START test unique_dim_customers_email ................................... [RUN]
14:02:13  3 of 3 START test dbt_utils_expression_is_true_dim_customers_date_of_birth_current_date  [RUN]
14:02:15  1 of 3 PASS not_null_dim_customers_customer_key ................................ [PASS in 1.42s]
14:02:15  2 of 3 FAIL 3 unique_dim_customers_email ....................................... [FAIL 3 in 1.88s]
14:02:16  3 of 3 WARN 1 dbt_utils_expression_is_true_dim_customers_date_of_birth_current_date  [WARN 1 in 2.03s]
14:02:16
14:02:16  Finished running 3 tests in 0 hours 0 minutes and 3.71 seconds (3.71s).
14:02:16
14:02:16  Completed with 1 error and 1 warning:
14:02:16
14:02:16  Failure in test unique_dim_customers_email (models/marts/core/schema.yml)
14:02:16    Got 3 results, configured to fail if != 0
14:02:16
14:02:16    compiled Code at target/compiled/acme/models/marts/core/schema.yml/unique_dim_customers_email.sql
14:02:16
14:02:16    See test failures:
  -----------------------------------------------------------------------
  select * from "analytics"."dbt_test__audit"."unique_dim_customers_email"
  -----------------------------------------------------------------------

$ dbt show --inline "select * from dbt_test__audit.unique_dim_customers_email"
14:03:02  Previewing inline node:
| unique_field               | n_records |
| -------------------------- | --------- |
| ravi.teja.k@gmail.com      |         3 |
| nomsa.vanderberg@gmail.com |         2 |
| jp.oconnor-hale@eircom.net |         2 |

$ dbt show --inline "select customer_key, date_of_birth, created_at from {{ ref('dim_customers') }} where date_of_birth > current_date"
14:03:40  Previewing inline node:
| customer_key | date_of_birth | created_at          |
| ------------ | ------------- | ------------------- |
| cust_6610f2  | 2064-03-11    | 2024-06-10 22:41:07 |`,
    // The mistyped future value is still a customer's birth date under date_of_birth; versions, counts, run times and created_at are not ours.
    expected: [
      ['EMAIL', 'ravi.teja.k@gmail.com'],
      ['EMAIL', 'nomsa.vanderberg@gmail.com'],
      ['EMAIL', 'jp.oconnor-hale@eircom.net'],
      ['DATE_OF_BIRTH', '2064-03-11'],
    ],
  },
  {
    name: 'Great Expectations validation result for a mobile-phone regex on an Australian members table: partial_unexpected_list and an index list with full names, a 0400 000 000 dummy beside a Test Member, a team mailbox as owner',
    text: `res = context.run_checkpoint(checkpoint_name="members_daily")
vr = list(res.run_results.values())[0]["validation_result"]
print(json.dumps(vr.results[2].to_json_dict(), indent=2))

{
  "success": false,
  "expectation_config": {
    "expectation_type": "expect_column_values_to_match_regex",
    "kwargs": {
      "column": "mobile_phone",
      "regex": "^\\\\+61 4\\\\d{2} \\\\d{3} \\\\d{3}$",
      "mostly": 0.99,
      "result_format": {"result_format": "COMPLETE", "unexpected_index_column_names": ["member_id", "full_name"]},
      "batch_id": "koala_dw-members_daily-20240612"
    },
    "meta": {"owner": "data-quality@koalafinance.com.au"}
  },
  "result": {
    "element_count": 18204,
    "unexpected_count": 4,
    "unexpected_percent": 0.02197319270490002,
    "partial_unexpected_list": ["0412 553 901", "61438772104", "+61 (0)421 090 336", "0400 000 000"],
    "unexpected_index_list": [
      {"member_id": "KF-100482", "full_name": "Tayla Bourke-Nguyen", "mobile_phone": "0412 553 901"},
      {"member_id": "KF-103317", "full_name": "Hamish Rangihuna", "mobile_phone": "61438772104"},
      {"member_id": "KF-109950", "full_name": "Fatima Zahra Bouhaddou", "mobile_phone": "+61 (0)421 090 336"},
      {"member_id": "KF-110002", "full_name": "Test Member", "mobile_phone": "0400 000 000"}
    ]
  },
  "exception_info": {"raised_exception": false, "exception_message": null, "exception_traceback": null}
}`,
    // Phones count in every malformed form; 0400 000 000 and Test Member are dummies; member ids, counts and the batch id are not ours.
    expected: [
      ['EMAIL', 'data-quality@koalafinance.com.au'],
      ['PHONE', '0412 553 901'],
      ['PHONE', '61438772104'],
      ['PHONE', '+61 (0)421 090 336'],
      ['PERSON', 'Tayla Bourke-Nguyen'],
      ['PHONE', '0412 553 901'],
      ['PERSON', 'Hamish Rangihuna'],
      ['PHONE', '61438772104'],
      ['PERSON', 'Fatima Zahra Bouhaddou'],
      ['PHONE', '+61 (0)421 090 336'],
    ],
  },
  {
    name: "A member-services e-mail pasted into a notebook string for classification: sender with display name, nickname signature, a child's SSN and birth date, claim and member numbers, a date of service, colleagues by given name alone",
    text: `ticket_text = """
From: Reginald Oyelowo-Banks <reggie.ob@charter.net>
Sent: Tuesday, May 14, 2024 8:12 AM
To: Member Services <memberservices@heartlandmutual.com>
Subject: RE: Claim 24-0518-77310 denied - need help

Hello,

My claim for my daughter Imani's MRI (claim 24-0518-77310, DOS 04/29/2024) was denied as "member not eligible". She is on my plan since January. Her SSN is 387-41-2295 and her date of birth is 11/02/2009, member ID HMX448201937-02.

I called on Friday and spoke to someone named Brittany who said to email instead. Please call me at 414-872-6619 if you need anything else.

Reggie Oyelowo-Banks
"""
label = classify_ticket(ticket_text)
label

{'queue': 'eligibility', 'priority': 'P2', 'pii_detected': True}`,
    // Imani and Brittany are given names alone of people never named in full; the claim number, member id, date of service and sent date are not ours.
    expected: [
      ['PERSON', 'Reginald Oyelowo-Banks'],
      ['EMAIL', 'reggie.ob@charter.net'],
      ['EMAIL', 'memberservices@heartlandmutual.com'],
      ['US_SSN', '387-41-2295'],
      ['DATE_OF_BIRTH', '11/02/2009'],
      ['PHONE', '414-872-6619'],
      ['PERSON', 'Reggie Oyelowo-Banks'],
    ],
  },
  {
    name: 'NZ branch survey free text written to stdout as CSV: staff praised in full and then by given name, an unnamed staff member guessed as Brooke, a Dr Pepper machine, Lambton Quay, an e-mail and a mobile signed only Tom',
    text: `survey[["response_id", "branch", "nps", "comment"]].to_csv(sys.stdout, index=False)

response_id,branch,nps,comment
R-30917,Wellington CBD,10,"Hemi Tautahi at the Lambton Quay counter sorted my KiwiSaver transfer in ten minutes. Legend. Hemi deserves a raise"
R-30922,Hamilton,3,"Waited 40 mins. Staff member (Brooke?) was rude. Not impressed"
R-30940,Christchurch,8,"Good, though the app logs me out every time. My email is ana.fuimaono@gmail.com if you want to follow up"
R-30951,Auckland - Queen St,9,"Dr Pepper machine in the lobby is a nice touch lol. Thanks to Priyanka Deshmukh-Ross for the mortgage pre-approval call, very clear"
R-30966,Dunedin,6,"fine. call me 027 604 3318 - Tom"`,
    // Hemi alone is the same person named in full; Brooke and Tom are given names alone; branches, streets, a soft drink and scores are not ours.
    expected: [
      ['PERSON', 'Hemi Tautahi'],
      ['PERSON', 'Hemi'],
      ['EMAIL', 'ana.fuimaono@gmail.com'],
      ['PERSON', 'Priyanka Deshmukh-Ross'],
      ['PHONE', '027 604 3318'],
    ],
  },
  {
    name: 'matplotlib cell whose title names the team lead, with the Text(...) repr echoed back and the legend labels from agent_name.unique()',
    text: `fig, ax = plt.subplots(figsize=(10, 4))
for agent, g in weekly.groupby("agent_name"):
    ax.plot(g["week"], g["tickets_closed"], marker="o", label=agent)
ax.set_title("Tickets closed per week - escalations team (lead: Oluwadamilare Fashola)")
ax.set_ylabel("tickets")
ax.legend(loc="upper left", fontsize=8)
fig.savefig("charts/escalations_weekly_2024w23.png", dpi=150)
ax.title

Text(0.5, 1.0, 'Tickets closed per week - escalations team (lead: Oluwadamilare Fashola)')
<Figure size 1000x400 with 1 Axes>

weekly.agent_name.unique()

array(['Bridget Nakashima', 'Efrén Quintanilla', 'Oluwadamilare Fashola',
       'Ruth Abramowitz'], dtype=object)`,
    // File names, figure sizes and week labels are not ours.
    expected: [
      ['PERSON', 'Oluwadamilare Fashola'],
      ['PERSON', 'Oluwadamilare Fashola'],
      ['PERSON', 'Bridget Nakashima'],
      ['PERSON', 'Efrén Quintanilla'],
      ['PERSON', 'Oluwadamilare Fashola'],
      ['PERSON', 'Ruth Abramowitz'],
    ],
  },
  {
    name: "Markdown note between cells from a UK retail-analytics team: retailer mapping full of companies named after people (John Lewis, Marks & Spencer, Sainsbury's, Ted Baker, Selfridges, Fortnum & Mason, Holland & Barrett, Dr. Martens, Morgan Stanley), one colleague named in full with her e-mail",
    text: `## Retailer mapping - notes (RM, 12 Jun)

The \`retailer\` field from the EPOS feed is free text. Mapped so far:

- \`JLP\`, \`John Lewis & Partners\`, \`JOHN LEWIS\` -> **John Lewis**
- \`M&S\`, \`MARKS AND SPENCER\`, \`Marks & Spencer Simply Food\` -> **Marks & Spencer**
- \`SAINSBURYS\`, \`J Sainsbury plc\` -> **Sainsbury's**
- \`TED BAKER LONDON\` -> **Ted Baker**
- \`Selfridges & Co\` -> **Selfridges**

Still unmapped (412 rows): \`Boots\`, \`Holland & Barrett\`, \`Dr. Martens\` (footwear, not pharmacy - goes under apparel).

Open question for Eleanor Achterberg-Shah (eleanor.achterberg-shah@tillpoint.co.uk): does \`Morgan Stanley\` corporate-card spend at \`Fortnum & Mason\` count as retail or as B2B gifting? Until she replies it stays in \`other\`.`,
    // Every other name is a company or brand; RM is an author's initials alone; row counts are not ours.
    expected: [
      ['PERSON', 'Eleanor Achterberg-Shah'],
      ['EMAIL', 'eleanor.achterberg-shah@tillpoint.co.uk'],
    ],
  },
  {
    name: 'Jupyter traceback from DataFrame.apply whose ValueError prints the failing row as a Series: given_names and surname apart, an impossible dob, a New Zealand e-mail and mobile, a postcode',
    text: `def age_band(row):
    try:
        dob = pd.to_datetime(row["dob"], format="%d/%m/%Y")
    except ValueError:
        raise ValueError(f"bad dob for row:\\n{row}")
    return pd.cut([(AS_AT - dob).days // 365], BANDS)[0]

members["age_band"] = members.apply(age_band, axis=1)

---------------------------------------------------------------------------
ValueError                                Traceback (most recent call last)
Cell In[27], line 8
      5         raise ValueError(f"bad dob for row:\\n{row}")
      6     return pd.cut([(AS_AT - dob).days // 365], BANDS)[0]
----> 8 members["age_band"] = members.apply(age_band, axis=1)

File /opt/conda/lib/python3.11/site-packages/pandas/core/frame.py:10374, in DataFrame.apply(self, func, axis, raw, result_type, args, by_row, engine, engine_kwargs, **kwargs)
  10360 from pandas.core.apply import frame_apply
  10362 op = frame_apply(
  10363     self,
  10364     func=func,
   (...)
  10372     kwargs=kwargs,
  10373 )
> 10374 return op.apply().__finalize__(self, method="apply")

File /opt/conda/lib/python3.11/site-packages/pandas/core/apply.py:1076, in FrameApply.apply_standard(self)
   1075 def apply_standard(self):
-> 1076     results, res_index = self.apply_series_generator()

Cell In[27], line 5, in age_band(row)
      3     dob = pd.to_datetime(row["dob"], format="%d/%m/%Y")
      4 except ValueError:
----> 5     raise ValueError(f"bad dob for row:\\n{row}")

ValueError: bad dob for row:
member_id                 AKL-7741208
given_names            Wirihana James
surname                   Kereama-Lee
dob                        31/09/1961
email          w.kereama@clear.net.nz
mobile                   021 083 9447
postcode                         0630
Name: 4118, dtype: object`,
    // given_names and surname are separate labelled fields; the impossible date is still the member's birth date; line numbers, the member id and postcode are not ours.
    expected: [
      ['PERSON', 'Wirihana James'],
      ['PERSON', 'Kereama-Lee'],
      ['DATE_OF_BIRTH', '31/09/1961'],
      ['EMAIL', 'w.kereama@clear.net.nz'],
      ['PHONE', '021 083 9447'],
    ],
  },
  {
    name: 'Application log lines from an Indian payments API: login e-mails (one mistyped), client IPs public, private and loopback, an X-Forwarded-For, a bearer JWT in an outbound request, a bounce and a Message-ID, a role change',
    text: `2024-06-12T09:14:02.118Z INFO  [auth] login ok user=farah.siddiqui@gmail.com ip=49.207.182.34 ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)" session=sess_8f2c1a7e
2024-06-12T09:14:05.902Z WARN  [auth] login failed user=farah.siddiqui@gmai.com ip=49.207.182.34 reason=unknown_user attempt=1
2024-06-12T09:14:11.430Z INFO  [api] GET /v2/accounts/acct_30417/statements 200 41ms ip=10.0.12.45 forwarded_for=49.207.182.34 user=farah.siddiqui@gmail.com
2024-06-12T09:15:40.007Z DEBUG [kyc] outbound POST https://api.partner-kyc.in/v1/verify headers={'Authorization': 'Bearer ${kycJwt}', 'Content-Type': 'application/json'}
2024-06-12T09:15:41.233Z INFO  [health] GET /healthz 200 1ms ip=127.0.0.1
2024-06-12T09:16:02.871Z ERROR [mailer] bounce for rohan.dsouza@company-mail.in (550 5.1.1 user unknown) message_id=<20240612091602.4f1c9e@mx1.paywise.in>
2024-06-12T09:16:30.550Z INFO  [admin] role change by ops.admin@paywise.in target=kavya.nair@paywise.in new_role=analyst ip=192.168.40.12`,
    // The mistyped address is still a person's e-mail; the Message-ID is not an e-mail address; loopback, session ids, the user agent and status codes are not ours.
    expected: [
      ['EMAIL', 'farah.siddiqui@gmail.com'],
      ['IP_ADDRESS', '49.207.182.34'],
      ['EMAIL', 'farah.siddiqui@gmai.com'],
      ['IP_ADDRESS', '49.207.182.34'],
      ['IP_ADDRESS', '10.0.12.45'],
      ['IP_ADDRESS', '49.207.182.34'],
      ['EMAIL', 'farah.siddiqui@gmail.com'],
      ['SECRET', kycJwt],
      ['EMAIL', 'rohan.dsouza@company-mail.in'],
      ['EMAIL', 'ops.admin@paywise.in'],
      ['EMAIL', 'kavya.nair@paywise.in'],
      ['IP_ADDRESS', '192.168.40.12'],
    ],
  },
  {
    name: 'Airflow task log of a CRM sync: a Postgres URI with a password on a private host, upsert counts, a duplicate-email warning, the alert recipients, run and execution dates',
    text: `[2024-06-12, 02:00:04 UTC] {taskinstance.py:1979} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: crm_sync.load_contacts scheduled__2024-06-11T02:00:00+00:00 [queued]>
[2024-06-12, 02:00:04 UTC] {taskinstance.py:2193} INFO - Starting attempt 1 of 3
[2024-06-12, 02:00:05 UTC] {base.py:83} INFO - Using connection ID 'crm_postgres' for task execution.
[2024-06-12, 02:00:05 UTC] {crm_sync.py:41} INFO - Connecting to postgresql://etl_loader:${etlPw}@10.20.3.14:5432/crm
[2024-06-12, 02:00:19 UTC] {crm_sync.py:77} INFO - Upserted 18,204 contacts (412 new, 1,188 updated)
[2024-06-12, 02:00:19 UTC] {crm_sync.py:83} WARNING - Duplicate email bhavesh.patel.morrison@gmail.com on 2 Salesforce contacts, kept 0035e00000QzR8pAAF
[2024-06-12, 02:00:20 UTC] {email.py:270} INFO - Email alerting: attempt 1
[2024-06-12, 02:00:21 UTC] {email.py:282} INFO - Sent an alert email to ['data-oncall@northbeam-analytics.com', 'hollis.tran@northbeam-analytics.com']
[2024-06-12, 02:00:21 UTC] {taskinstance.py:1138} INFO - Marking task as SUCCESS. dag_id=crm_sync, task_id=load_contacts, execution_date=20240611T020000, start_date=20240612T020004, end_date=20240612T020021
[2024-06-12, 02:00:21 UTC] {local_task_job_runner.py:234} INFO - Task exited with return code 0`,
    // The password alone is the secret; a team mailbox counts; connection ids, Salesforce ids, counts and run dates are not ours.
    expected: [
      ['SECRET', etlPw],
      ['IP_ADDRESS', '10.20.3.14'],
      ['EMAIL', 'bhavesh.patel.morrison@gmail.com'],
      ['EMAIL', 'data-oncall@northbeam-analytics.com'],
      ['EMAIL', 'hollis.tran@northbeam-analytics.com'],
    ],
  },
  {
    name: '!cat .env in an Australian notebook: a database URL with a password, live Stripe, AWS, Slack and Twilio secrets, an sk-... placeholder, a Twilio account SID, sender and admin addresses, a support number',
    text: `!cat ../.env

# --- prod values, DO NOT COMMIT ---
APP_ENV=production
DATABASE_URL=postgres://app_rw:${envDbPw}@db-prod.internal.bramblehq.com.au:5432/bramble
STRIPE_SECRET_KEY=${stripeKeyAu}
OPENAI_API_KEY=sk-...            # lives in 1Password, not here
AWS_ACCESS_KEY_ID=${awsKeyId}
AWS_SECRET_ACCESS_KEY=${awsSecret}
AWS_REGION=ap-southeast-2
SLACK_BOT_TOKEN=${slackToken}
TWILIO_ACCOUNT_SID=AC3e9b1f07c42d8a6e5b0f19d7c3a28e64
TWILIO_AUTH_TOKEN=${twilioToken}
SENDGRID_FROM=no-reply@bramblehq.com.au
ADMIN_EMAIL=saoirse.kealy@bramblehq.com.au
SUPPORT_PHONE=+61 2 8015 6623
FEATURE_FLAGS=new_checkout,darwin_pricing`,
    // sk-... is a placeholder and the account SID an identifier; region, flags and the host name are not ours; a business support number counts.
    expected: [
      ['SECRET', envDbPw],
      ['SECRET', stripeKeyAu],
      ['SECRET', awsKeyId],
      ['SECRET', awsSecret],
      ['SECRET', slackToken],
      ['SECRET', twilioToken],
      ['EMAIL', 'no-reply@bramblehq.com.au'],
      ['EMAIL', 'saoirse.kealy@bramblehq.com.au'],
      ['PHONE', '+61 2 8015 6623'],
    ],
  },
  {
    name: 'Config cell with a Snowflake password, a Databricks PAT and a HubSpot private-app token, next to YOUR_API_KEY, <token>, sk-... and changeme placeholders and os.environ lookups',
    text: `import os

SNOWFLAKE = {
    "account": "xy12345.ap-southeast-2",
    "user": "SVC_NOTEBOOK",
    "password": "${sfPw}",
    "role": "ANALYST",
    "warehouse": "WH_XS",
    "database": "KARRI_DW",
}
DATABRICKS_HOST = "https://adb-4417829301562287.7.azuredatabricks.net"
DATABRICKS_TOKEN = "${dbxToken}"
HUBSPOT_TOKEN = "${hubspotToken}"
MAPS_API_KEY = "YOUR_API_KEY"        # ask the platform team
GITHUB_TOKEN = os.environ.get("GITHUB_TOKEN", "<token>")
OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "sk-...")
SMTP = {"host": "smtp.office365.com", "port": 587, "user": "reports@karri-analytics.com.au", "password": "changeme"}  # template default, real one in Key Vault`,
    // Placeholders and environment lookups are not secrets; the account locator and workspace id are not ours; the reports mailbox counts.
    expected: [
      ['SECRET', sfPw],
      ['SECRET', dbxToken],
      ['SECRET', hubspotToken],
      ['EMAIL', 'reports@karri-analytics.com.au'],
    ],
  },
  {
    name: "Brand, bank and suburb tables full of people's names that are companies or places: Arnott's, Ben & Jerry's, Johnson & Johnson, Dyson, Dr Pepper, Tommy Hilfiger, Ted Baker, Mr Kipling, Charles Schwab, J.P. Morgan, Wells Fargo, Morgan Stanley, Lincoln Park, Washington Heights",
    text: `top = sales.groupby(["retailer", "brand"])["units"].sum().sort_values(ascending=False).head(10)
print(top.to_string())

retailer       brand
Woolworths     Arnott's              48211
Coles          Ben & Jerry's         40377
Chemist Warehouse Johnson & Johnson  31904
Harvey Norman  Dyson                 22618
Costco         Dr Pepper             19450
Myer           Tommy Hilfiger        12207
David Jones    Ted Baker              9833
Tesco          Mr Kipling             8812
Sainsbury's    Ben & Jerry's          7745
John Lewis     Le Creuset             6120

accounts["custodian"].value_counts()

custodian
Charles Schwab    2204
Wells Fargo       1873
Morgan Stanley    1552
J.P. Morgan        980
Merrill Lynch      611
Edward Jones       402
Name: count, dtype: int64

stores.loc[stores.region == "Northeast", "neighborhood"].unique()
array(['Lincoln Park', 'Washington Heights', 'Jackson Heights', 'Fort Greene',
       'Morris Park'], dtype=object)`,
    // Every name is a brand, retailer, bank, broker or neighbourhood named after a person; units and counts are not ours.
    expected: [],
  },
  {
    name: 'CI seed fixture printed with !cat: placeholder people (John Doe, Jane Doe, Joe Bloggs, Fred Nurk, Test User), 555-01xx phones, example.com, .test and .invalid addresses, 123-45-6789, 078-05-1120 and 000-00-0000 SSNs, masked cards, 1900 and 1970 default birth dates',
    text: `!cat tests/fixtures/seed_customers.csv   # dbt seed used by the CI pipeline only

customer_id,first_name,last_name,email,phone,ssn,date_of_birth,card_masked,notes
1,John,Doe,john.doe@example.com,(555) 010-0100,123-45-6789,1900-01-01,************1111,happy path
2,Jane,Doe,jane.doe@example.org,+1 555 0142,078-05-1120,1970-01-01,************0004,duplicate email check
3,Joe,Bloggs,joe.bloggs@shop.test,(202) 555-0199,000-00-0000,1970-01-01,************4444,UK placeholder
4,Fred,Nurk,fred.nurk@invalid.invalid,555-0110,,1900-01-01,,AU placeholder
5,Test,User,test@example.com,555-0100,,,,"minimal row, nulls elsewhere"`,
    // Placeholder people, reserved domains, fictional 555-01xx numbers, documented fake SSNs, masked cards and default dates are not personal data.
    expected: [],
  },
  {
    name: 'rapidfuzz name matching between CRM and billing: ALL CAPS, nickname and full forms, a nickname in quotes, a Last, First form, an Igbo short form and an anglicised Irish name, with scores',
    text: `from rapidfuzz import fuzz, process

pairs = []
for name in crm.full_name:
    match, score, _ = process.extractOne(name, billing.account_holder, scorer=fuzz.token_sort_ratio)
    pairs.append((name, match, score))
matches = pd.DataFrame(pairs, columns=["crm_name", "billing_name", "score"])
matches.sort_values("score", ascending=False).iloc[[0, 1, 2, 3, 4, -1]]

                         crm_name         billing_name       score
112             MUHAMMAD ALI KHAN    Muhammad Ali Khan  100.000000
17         William Nakamura-Pryce  Bill Nakamura-Pryce   85.714286
88   Elizabeth "Liz" van Rensburg     Liz van Rensburg   72.727273
150              Truong, Bao Chau      Bao Chau Truong   66.666667
41       Chukwuemeka Anyanwu-Ross   Emeka Anyanwu-Ross   64.000000
203           Catherine Ó Dálaigh          Kate O'Daly   41.379310`,
    // A name with its nickname in quotes is one span; a Last, First form is one span; scores and row labels are not ours.
    expected: [
      ['PERSON', 'MUHAMMAD ALI KHAN'],
      ['PERSON', 'Muhammad Ali Khan'],
      ['PERSON', 'William Nakamura-Pryce'],
      ['PERSON', 'Bill Nakamura-Pryce'],
      ['PERSON', 'Elizabeth "Liz" van Rensburg'],
      ['PERSON', 'Liz van Rensburg'],
      ['PERSON', 'Truong, Bao Chau'],
      ['PERSON', 'Bao Chau Truong'],
      ['PERSON', 'Chukwuemeka Anyanwu-Ross'],
      ['PERSON', 'Emeka Anyanwu-Ross'],
      ['PERSON', 'Catherine Ó Dálaigh'],
      ['PERSON', "Kate O'Daly"],
    ],
  },
];

describeHoldout(
  'privacy hold-out 33: everyday notebook and SQL-editor context from English-speaking data teams',
  cases,
);
