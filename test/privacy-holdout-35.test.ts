import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A thirty-fifth hand-written hold-out: the everyday output that English-speaking data teams (the
 * US, the UK, Canada, Australia, India, Ireland, New Zealand, South Africa and Singapore) copy from
 * their BI and notebook tools into an assistant, with the analyst's question around it. BI tools: a
 * Hex SQL cell with Jinja inputs copied as CSV and a Hex connection error; a Mode results grid (a
 * London housing association's tenants) and a Mode notebook over a dataset (donor gift notes with a
 * card number); Metabase card JSON with template-tag defaults and creator records, table metadata
 * with fingerprints and field values, a query/json export of Singapore sellers; Redash results JSON
 * fetched with an API key and a parameter error; Superset SQL Lab copied to the clipboard (Indian
 * HRMS) and a chart/data response (South African patients); Looker SQL Runner (Canada), LookML with
 * an Explore download (UK donors), a looker.ini, an aggregate Explore; a Sigma table with a Concat
 * formula (NZ donors); Power BI Copy table (Sydney students), a DAX query view result and the
 * executeQueries REST API with an MSAL client secret, RLS role definitions; Tableau View Data with
 * a calculated field. Notebooks: Deepnote (Irish school attendance), Observable's inspector (NZ
 * tenants), Google Colab %%bigquery and a userdata token echo, the VS Code Jupyter Data Viewer and
 * Variables pane, Databricks display() with a [REDACTED] secret (IE and GB IBANs) and DESCRIBE
 * HISTORY with a GDPR DELETE predicate. Warehouses and SQL clients: Snowsight result copies
 * (hospital encounters, QUERY_HISTORY with literals), BigQuery console JSON (nested STRUCT and
 * REPEATED) and CSV downloads, an Athena CSV and a HIVE_BAD_DATA error, Redshift stl_load_errors
 * with raw_line, Azure Data Studio with its Messages pane, DBeaver grid copies with and without a
 * header row, DataGrip SQL INSERT and JSON extractors, TablePlus's connection URL and row copy.
 * Spreadsheets: HMRC's Gift Aid schedule, a Singapore tuition sheet and an Irish payroll sheet as
 * TSV. R tibble and data.table printouts (with an fread warning quoting a line), Polars boxes and a
 * Polars parse error. Subjects: customers, patients, students, employees, tenants, donors and
 * marketplace sellers, with names of many origins (Navajo, Hmong, Mohawk, Inuit, Yolŋu, Māori,
 * Samoan, Tongan, Hawaiian, Zulu, Xhosa, Afrikaans, Igbo and Yoruba, Irish and Welsh, Polish,
 * Vietnamese, Korean, Chinese, Malay and Indian Singaporean with s/o, bin and binte, Tamil, Telugu,
 * Bengali, Punjabi, Sinhalese), names that are ordinary words (Summer, Hope, Deer, Precious) and
 * initial forms (K. Srinivasan, T MOKOENA). Hard negatives of the same shapes: NI numbers, PPSNs,
 * NRICs and UENs, SA ID numbers (which encode the birth date), PAN and masked Aadhaar, Medicare
 * numbers and IRNs, IHIs, NHIs, USIs, RTB numbers, ABNs, BSBs, branch codes and domestic accounts,
 * BICs, VAT and company numbers, 16-digit loyalty numbers, MRNs and member ids, postcodes and
 * Eircodes; UUIDs, query hashes, job, cluster and notebook ids, AWS account ids in ARNs and S3
 * paths, tenant and client GUIDs, an API client id; hire, joining, lease, gift, donation, payment,
 * visit and admission dates, epoch milliseconds; [REDACTED], '****', $MB_API_KEY and secret-scope
 * look-ups; buildings, streets, suburbs, regions, hospitals, foundations and shops named after
 * people (Nye Bevan House, Attlee Close, Wilberforce Court, Nelson Mandela Place, Martin Luther King
 * Jr Blvd, Churchill Way, Laurier Tower, Jefferson Commons, Lincoln Park, Molesworth Street, Grey
 * Lynn, Mount Albert, Indiranagar, Nehru Place, Gandhinagar, Victoria, Wellington, Prince Edward
 * Island, Chris Hani Baragwanath, Charlotte Maxeke and Steve Biko hospitals, Cedars-Sinai, Kaiser
 * Permanente, Mount Sinai, Bill & Melinda Gates Foundation, Mahindra, Coulthard Leather Goods);
 * placeholder rows (Jane Doe, John Doe, Test User, Anonymous Donor) with example.com addresses,
 * 555-01xx numbers and 1900-01-01 defaults. Each case lists every value it expects found, with its
 * type; anything else flagged is a false positive. Titles and post-nominals (Mr, Mrs, Dr, Dr., MD,
 * DO) are no part of a name's span, and a title kept in its own column is not a name; a nickname in
 * quotes inside a full name stays in that one span; one "LAST, FIRST" or "Family, Given" field is
 * one span, as is a name with s/o, bin or binte and a Chinese name followed by ", Western name";
 * first and last name fields kept apart (columns, CSV and TSV fields, JSON keys, INSERT values,
 * delimited raw lines labelled by a COPY list or a SELECT above a header-less copy) are separate
 * spans; a lone given, preferred or family name counts only when the same person is named in full in
 * the text or the value sits under a name field (a SQL literal compared with first_name or
 * last_name included). Birth dates count in every written form (day-first, M/D without leading
 * zeros, impossible or mistyped values, the earliest and latest of a birth-date column's
 * fingerprint), also inside an error message; a midnight time after a birth date is no part of its
 * span; other dates never count. Institutional, team, shop and service-account mailboxes and
 * business phones count as e-mails and phones; private IPs (10.x) count, loopback does not; a
 * password in a connection URL is spanned as it is written there (URL-encoded). Values are fake:
 * Luhn-valid made-up cards, IBANs with valid mod-97 check digits, made-up names, numbers and keys.
 */

const k = joinParts;
const redashKey = k('Xq7bR2mLk9VtZ4wN8cB3', 'dF6gH1jS5aE0uYp7TzQc');
const lookerSecret = k('hT7yK2mQ9vX4', 'zL8nR3wB6cJd');
const hfToken = k('hf_', 'QxT7mLk2Vr9ZbN4cW8y', 'H3dF6gJ1sPaEuRo');
const tpPw = k('Qv7%23', 'mT2pLx9');
const azureSecret = k('Tz38Q~', 'Vx2Lm9Rt4Zw8Nc3Bd6Fg1Hj5Sa0Ey7Up2');

const cases: HoldoutCase[] = [
  {
    name: 'Hex SQL cell with Jinja inputs (region_input, start_date) from a US meal-kit team, the result copied with Copy → CSV: a customer repeated by a join on add-ons, a Navajo family name, a Vietnamese name, a free-text cancel reason',
    text: `Hey - in our Hex app "Churn Watch" the \`churned_customers\` cell returns the same person twice when region_input = 'Southwest'. Here's the cell and what I copied out of the table (Copy → CSV):

-- Hex SQL cell: churned_customers   (data connection: Snowflake · ANALYTICS_PROD)
SELECT c.customer_id, c.full_name, c.email, c.phone, c.state, s.plan, s.cancelled_at, s.cancel_reason
FROM {{ db }}.core.customers c
JOIN {{ db }}.core.subscriptions s USING (customer_id)
WHERE c.region = {{ region_input }}
  AND s.cancelled_at >= {{ start_date }}
ORDER BY c.full_name

customer_id,full_name,email,phone,state,plan,cancelled_at,cancel_reason
C-204418,Itzel Baca-Montoya,itzel.bacamontoya@gmail.com,(505) 918-2274,NM,Family Box,2024-05-03 16:21:09,price
C-204418,Itzel Baca-Montoya,itzel.bacamontoya@gmail.com,(505) 918-2274,NM,Snack Add-on,2024-05-03 16:21:09,price
C-211937,Shiloh Begay,shiloh.begay@frontier.com,(928) 640-3318,AZ,Solo Box,2024-05-11 09:02:44,moving
C-215002,Duc Anh Truong,ducanh.truong@cox.net,(702) 277-9041,NV,Family Box,2024-05-19 20:47:13,"too much food, skipping weeks"

Is it the join on subscriptions (one row per add-on)? Hex says 4 rows, returned from cache in 14ms.`,
    // Jinja inputs, the Hex app and cell names, customer ids, plans and cancellation timestamps are not ours.
    expected: [
      ['PERSON', 'Itzel Baca-Montoya'],
      ['EMAIL', 'itzel.bacamontoya@gmail.com'],
      ['PHONE', '(505) 918-2274'],
      ['PERSON', 'Itzel Baca-Montoya'],
      ['EMAIL', 'itzel.bacamontoya@gmail.com'],
      ['PHONE', '(505) 918-2274'],
      ['PERSON', 'Shiloh Begay'],
      ['EMAIL', 'shiloh.begay@frontier.com'],
      ['PHONE', '(928) 640-3318'],
      ['PERSON', 'Duc Anh Truong'],
      ['EMAIL', 'ducanh.truong@cox.net'],
      ['PHONE', '(702) 277-9041'],
    ],
  },
  {
    name: "Hex connection test failing against a Postgres warehouse: a private host IP twice and Hex's public egress IP in a pg_hba error, a service username",
    text: `Hex keeps failing on the new Postgres connection, any idea?

psycopg2.OperationalError: connection to server at "10.42.7.19", port 5432 failed: FATAL:  password authentication failed for user "hex_readonly"
connection to server at "10.42.7.19", port 5432 failed: FATAL:  no pg_hba.conf entry for host "34.134.62.208", user "hex_readonly", database "warehouse", no encryption`,
    // The private 10.x host counts, as does the public egress address; the port, database and service username are not ours.
    expected: [
      ['IP_ADDRESS', '10.42.7.19'],
      ['IP_ADDRESS', '10.42.7.19'],
      ['IP_ADDRESS', '34.134.62.208'],
    ],
  },
  {
    name: 'Mode report results grid copied as TSV from a London housing association: lead and joint tenants in separate columns, birth dates, National Insurance numbers, mobiles and a landline, buildings named after Nye Bevan, Attlee and Wilberforce',
    text: `Mode report "Arrears > 8 weeks" - Query 1 results copied from the grid. Can you help me change the letter-merge query so it only picks tenancies with no open repairs? Some of these have a joint tenant who also needs the letter.

tenancy_ref	lead_tenant	joint_tenant	property	date_of_birth	ni_number	mobile	email	weekly_rent	arrears	weeks_in_arrears	last_payment
TEN-0048812	Kwabena Asamoah-Darko		Flat 12, Nye Bevan House, SE15 4QG	1979-11-06	JK 41 82 73 C	07723 418 906	kasamoah.d@gmail.com	142.31	1423.10	10.0	2024-03-28
TEN-0051177	Bronwen Llewellyn-Jones	Gareth Llewellyn-Jones	14 Attlee Close, SE15 5RT	1986-02-19	NR 20 61 48 A	07958 204 117		156.88	1411.92	9.0	2024-04-04
TEN-0053390	Zsófia Kertész-Pryor		Flat 3, Wilberforce Court, SE16 2PH	2001-07-30	SZ 73 11 09 D	07411 630 285	zsofi.kp@outlook.com	131.40	1182.60	9.0	2024-04-11
TEN-0057702	Oyinkansola Bello		Flat 27, Nye Bevan House, SE15 4QG	1968-04-02	WP 56 20 34 B	020 7639 4412	o.bello68@btinternet.com	142.31	1138.48	8.0	2024-04-15

4 rows · Ran 12 seconds ago · 0.41s`,
    // Buildings and streets named after people, postcodes, NI numbers, tenancy refs, rents and payment dates are not ours.
    expected: [
      ['PERSON', 'Kwabena Asamoah-Darko'],
      ['DATE_OF_BIRTH', '1979-11-06'],
      ['PHONE', '07723 418 906'],
      ['EMAIL', 'kasamoah.d@gmail.com'],
      ['PERSON', 'Bronwen Llewellyn-Jones'],
      ['PERSON', 'Gareth Llewellyn-Jones'],
      ['DATE_OF_BIRTH', '1986-02-19'],
      ['PHONE', '07958 204 117'],
      ['PERSON', 'Zsófia Kertész-Pryor'],
      ['DATE_OF_BIRTH', '2001-07-30'],
      ['PHONE', '07411 630 285'],
      ['EMAIL', 'zsofi.kp@outlook.com'],
      ['PERSON', 'Oyinkansola Bello'],
      ['DATE_OF_BIRTH', '1968-04-02'],
      ['PHONE', '020 7639 4412'],
      ['EMAIL', 'o.bello68@btinternet.com'],
    ],
  },
  {
    name: "Mode Python notebook over a SQL query's dataset: gift notes searched for 'card', a full card number typed into the notes by a phone agent (cut at 50 characters by pandas), a Gates Foundation match, an Anonymous donor",
    text: `# Mode Notebook - report "Annual Fund FY24", dataset = Query 2 "Gifts with notes"
df = datasets["Gifts with notes"]
df[df["notes"].str.contains("card", case=False, na=False)][["gift_id", "donor_name", "gift_date", "amount", "notes"]]

       gift_id             donor_name   gift_date  amount                                               notes
118   G-771204  Marguerite Thibodeaux  2024-02-14   250.0  Pledge by phone, card 4852 5246 4908 4597 exp 0...
402   G-772981         Ahanu Redcloud  2024-03-02    50.0             Card declined - donor will mail a check
977   G-775530           Soon-yi Park  2024-04-19  1000.0  Matched by Bill & Melinda Gates Foundation, car...
1304  G-779112              Anonymous  2024-05-06   500.0         Gift card bought for the spring gala raffle

Legal says full card numbers must never sit in notes. Rather than pandas, can you give me a Redshift regex for the Mode SQL so we can find all of them and mask everything except the last four?`,
    // The card number survives the 50-character cut; the foundation, Anonymous, the last four, expiry, gift ids, dates and amounts are not ours.
    expected: [
      ['PERSON', 'Marguerite Thibodeaux'],
      ['CREDIT_CARD', '4852 5246 4908 4597'],
      ['PERSON', 'Ahanu Redcloud'],
      ['PERSON', 'Soon-yi Park'],
    ],
  },
  {
    name: "Metabase GET /api/card/412 piped through jq from a New Zealand health provider: a native query with template tags whose default is a real patient's e-mail and an NHI, the creator and last-edit-info with first_name, last_name, common_name and e-mails, result_metadata display names",
    text: `Our Metabase question "Patient lookup by NHI or email" loads someone's details the moment you open it - I think it's the template-tag defaults. Output of the API:

$ curl -s -H "x-api-key: $MB_API_KEY" https://metabase.kauri-health.co.nz/api/card/412 \\
    | jq '{id, name, collection_id, dataset_query, creator, "last-edit-info", updated_at, result_metadata: [.result_metadata[] | {name, display_name, semantic_type}]}'
{
  "id": 412,
  "name": "Patient lookup by NHI or email",
  "collection_id": 18,
  "dataset_query": {
    "database": 3,
    "type": "native",
    "native": {
      "query": "SELECT nhi, given_name, family_name, date_of_birth, email, mobile, gp_practice\\nFROM clinic.patients\\nWHERE nhi = {{nhi}}\\n   OR lower(email) = lower({{email}})",
      "template-tags": {
        "nhi": {
          "id": "0b7e2c41-9a3f-4d6e-8c15-2f4a7b9e1d03",
          "name": "nhi",
          "display-name": "NHI",
          "type": "text",
          "default": "ZKT4821"
        },
        "email": {
          "id": "5d1f9a27-3c8e-4b60-a2d4-7e9c0b3f6a18",
          "name": "email",
          "display-name": "Email",
          "type": "text",
          "default": "mere.tawhiri@xtra.co.nz"
        }
      }
    }
  },
  "creator": {
    "email": "anaru.whaanga@kauri-health.co.nz",
    "first_name": "Anaru",
    "last_login": "2024-06-11T21:04:37.118Z",
    "is_qbnewb": false,
    "is_superuser": true,
    "id": 3,
    "last_name": "Whaanga",
    "date_joined": "2022-08-15T02:11:09.552Z",
    "common_name": "Anaru Whaanga"
  },
  "last-edit-info": {
    "id": 7,
    "email": "sj.oconnell@kauri-health.co.nz",
    "first_name": "Sarah-Jane",
    "last_name": "O'Connell",
    "timestamp": "2024-05-30T03:41:12.904Z"
  },
  "updated_at": "2024-05-30T03:41:12.921Z",
  "result_metadata": [
    {"name": "nhi", "display_name": "NHI", "semantic_type": "type/PK"},
    {"name": "given_name", "display_name": "Given Name", "semantic_type": "type/Name"},
    {"name": "family_name", "display_name": "Family Name", "semantic_type": "type/Name"},
    {"name": "date_of_birth", "display_name": "Date Of Birth", "semantic_type": "type/Birthdate"},
    {"name": "email", "display_name": "Email", "semantic_type": "type/Email"},
    {"name": "mobile", "display_name": "Mobile", "semantic_type": "type/Category"},
    {"name": "gp_practice", "display_name": "Gp Practice", "semantic_type": "type/Category"}
  ]
}

Should I just blank the defaults, or make the tags required?`,
    // The default e-mail belongs to a patient; first_name and last_name are separate spans; the $MB_API_KEY variable, the NHI, UUIDs, ids, login and edit timestamps, column and display names are not ours.
    expected: [
      ['EMAIL', 'mere.tawhiri@xtra.co.nz'],
      ['EMAIL', 'anaru.whaanga@kauri-health.co.nz'],
      ['PERSON', 'Anaru'],
      ['PERSON', 'Whaanga'],
      ['PERSON', 'Anaru Whaanga'],
      ['EMAIL', 'sj.oconnell@kauri-health.co.nz'],
      ['PERSON', 'Sarah-Jane'],
      ['PERSON', "O'Connell"],
    ],
  },
  {
    name: "Metabase table query_metadata and field values for a patients table: semantic types, fingerprints with distinct counts and percent-email, a date_of_birth fingerprint whose earliest and latest are two patients' birth dates, suburb values (Grey Lynn, Mount Albert, Sandringham)",
    text: `$ curl -s -H "x-api-key: $MB_API_KEY" "https://metabase.kauri-health.co.nz/api/table/87/query_metadata" \\
    | jq '.fields[] | {name, display_name, semantic_type, has_field_values, fingerprint}' | head -40
{
  "name": "given_name",
  "display_name": "Given Name",
  "semantic_type": "type/Name",
  "has_field_values": "search",
  "fingerprint": {"global": {"distinct-count": 6210, "nil%": 0.0}, "type": {"type/Text": {"percent-json": 0.0, "percent-url": 0.0, "percent-email": 0.0, "percent-state": 0.0, "average-length": 6.318}}}
}
{
  "name": "email",
  "display_name": "Email",
  "semantic_type": "type/Email",
  "has_field_values": "none",
  "fingerprint": {"global": {"distinct-count": 18877, "nil%": 0.0412}, "type": {"type/Text": {"percent-json": 0.0, "percent-url": 0.0, "percent-email": 0.9988, "percent-state": 0.0, "average-length": 24.771}}}
}
{
  "name": "date_of_birth",
  "display_name": "Date Of Birth",
  "semantic_type": "type/Birthdate",
  "has_field_values": "none",
  "fingerprint": {"global": {"distinct-count": 15302, "nil%": 0.0}, "type": {"type/DateTime": {"earliest": "1921-03-04", "latest": "2024-05-29"}}}
}

$ curl -s -H "x-api-key: $MB_API_KEY" https://metabase.kauri-health.co.nz/api/field/1204/values | jq -c '.values[:6]'
[["Grey Lynn"],["Mount Albert"],["Mount Eden"],["Ponsonby"],["Sandringham"],["Te Atatū"]]

Question: why does Metabase offer a search box for given_name but a dropdown for suburb? I'd rather nobody can browse names at all.`,
    // The earliest and latest of a birth-date column are the oldest and the youngest patient's birth dates; column metadata, counts, and suburbs named after people are not ours.
    expected: [
      ['DATE_OF_BIRTH', '1921-03-04'],
      ['DATE_OF_BIRTH', '2024-05-29'],
    ],
  },
  {
    name: 'Metabase POST /api/card/233/query/json export of Singapore marketplace sellers keyed by display names: a family-name-first Chinese name, an s/o and a binte name, a Western-plus-Chinese name, NRIC and UEN numbers, local bank payout accounts, shops named after their owners',
    text: `Exported the "Sellers pending KYC" question as JSON (/api/card/233/query/json). I need to split Owner Name into given/family for the KYC vendor, but Singapore names don't split on the first space - any suggestion?

[
  {"Seller ID": "SG-S-004417", "Shop Name": "Ah Seng Hardware", "Owner Name": "Tan Wei Ming", "Owner NRIC": "S8143027J", "UEN": "201812345K", "Mobile": "+65 9736 2180", "Email": "weiming.tan@ahsenghardware.sg", "Payout Account": "DBS 072-4-018833", "Joined": "2021-03-09T00:00:00+08:00"},
  {"Seller ID": "SG-S-005102", "Shop Name": "Muthu's Spices", "Owner Name": "Muthukumar s/o Ramasamy", "Owner NRIC": "S7511862B", "UEN": "53312744W", "Mobile": "8204 6617", "Email": "muthuspices@gmail.com", "Payout Account": "OCBC 501-882014-001", "Joined": "2022-11-21T00:00:00+08:00"},
  {"Seller ID": "SG-S-005388", "Shop Name": "Kak Nurul Kuih", "Owner Name": "Nurul Huda binte Abdul Rahman", "Owner NRIC": "S9027716E", "UEN": "53409921M", "Mobile": "+65 9158 4402", "Email": "nurulhuda.kuih@hotmail.com", "Payout Account": "POSB 188-41902-7", "Joined": "2023-06-02T00:00:00+08:00"},
  {"Seller ID": "SG-S-005901", "Shop Name": "Little Ng Ceramics", "Owner Name": "Chloe Ng Hui Min", "Owner NRIC": "T0218364G", "UEN": "202301187Z", "Mobile": "6734 2290", "Email": "hello@littlengceramics.com", "Payout Account": "UOB 412-309-551-2", "Joined": "2024-01-15T00:00:00+08:00"}
]`,
    // s/o and binte names are one span each; shop names (some after their owners), NRIC and UEN numbers, local bank accounts, seller ids and joined dates are not ours; a shop's hello@ mailbox and landline count.
    expected: [
      ['PERSON', 'Tan Wei Ming'],
      ['PHONE', '+65 9736 2180'],
      ['EMAIL', 'weiming.tan@ahsenghardware.sg'],
      ['PERSON', 'Muthukumar s/o Ramasamy'],
      ['PHONE', '8204 6617'],
      ['EMAIL', 'muthuspices@gmail.com'],
      ['PERSON', 'Nurul Huda binte Abdul Rahman'],
      ['PHONE', '+65 9158 4402'],
      ['EMAIL', 'nurulhuda.kuih@hotmail.com'],
      ['PERSON', 'Chloe Ng Hui Min'],
      ['PHONE', '6734 2290'],
      ['EMAIL', 'hello@littlengceramics.com'],
    ],
  },
  {
    name: "Redash query results fetched with a user API key in the request, printed as JSON: an Australian university's at-risk students with preferred_name and family_name apart (a Yolŋu family name), USIs, student mailboxes, mobiles and birth dates, the query hash and runtime",
    text: `import requests, json
r = requests.get(
    "https://redash.unistats.edu.au/api/queries/318/results.json",
    params={"api_key": "${redashKey}"},
)
print(json.dumps(r.json()["query_result"], indent=1)[:2000])

{
 "id": 918274,
 "query_hash": "c4e19a07b2d85f3e61a0c9d74b28e5f1",
 "query": "SELECT student_id, preferred_name, family_name, usi, email, mobile, dob, course_code\\nFROM sis.enrolments\\nWHERE census_date = '2024-03-31' AND at_risk\\nORDER BY family_name",
 "data": {
  "columns": [
   {"name": "student_id", "friendly_name": "student_id", "type": "string"},
   {"name": "preferred_name", "friendly_name": "preferred_name", "type": "string"},
   {"name": "family_name", "friendly_name": "family_name", "type": "string"},
   {"name": "usi", "friendly_name": "usi", "type": "string"},
   {"name": "email", "friendly_name": "email", "type": "string"},
   {"name": "mobile", "friendly_name": "mobile", "type": "string"},
   {"name": "dob", "friendly_name": "dob", "type": "date"},
   {"name": "course_code", "friendly_name": "course_code", "type": "string"}
  ],
  "rows": [
   {"student_id": "s4418203", "preferred_name": "Mia", "family_name": "Kowalczyk-Brennan", "usi": "7KQ2WX9RTP", "email": "s4418203@student.unistats.edu.au", "mobile": "0438 112 907", "dob": "2005-02-17", "course_code": "BNURS"},
   {"student_id": "s4420981", "preferred_name": "Tuan", "family_name": "Lê", "usi": "M3VB8ZQ1LX", "email": "s4420981@student.unistats.edu.au", "mobile": "0412 664 023", "dob": "2004-09-30", "course_code": "BCOMP"},
   {"student_id": "s4431170", "preferred_name": "Yindi", "family_name": "Mununggurr", "usi": "H6PN2TR4WC", "email": "s4431170@student.unistats.edu.au", "mobile": "0401 377 582", "dob": "2006-01-08", "course_code": "BEDPRI"}
  ]
 },
 "data_source_id": 4,
 "runtime": 0.412,
 "retrieved_at": "2024-06-12T03:14:09.118Z"
}

Is there a way to get Redash to return only the student ids here so I can join to the Canvas data myself?`,
    // The user API key is the secret; preferred_name and family_name are separate spans; student ids, USIs, the query hash, census date, runtime and retrieved_at are not ours.
    expected: [
      ['SECRET', redashKey],
      ['PERSON', 'Mia'],
      ['PERSON', 'Kowalczyk-Brennan'],
      ['EMAIL', 's4418203@student.unistats.edu.au'],
      ['PHONE', '0438 112 907'],
      ['DATE_OF_BIRTH', '2005-02-17'],
      ['PERSON', 'Tuan'],
      ['PERSON', 'Lê'],
      ['EMAIL', 's4420981@student.unistats.edu.au'],
      ['PHONE', '0412 664 023'],
      ['DATE_OF_BIRTH', '2004-09-30'],
      ['PERSON', 'Yindi'],
      ['PERSON', 'Mununggurr'],
      ['EMAIL', 's4431170@student.unistats.edu.au'],
      ['PHONE', '0401 377 582'],
      ['DATE_OF_BIRTH', '2006-01-08'],
    ],
  },
  {
    name: 'Redash parameterised query error from a clinic: the dob parameter typed day-first, echoed in the Postgres error and the LINE excerpt, next to an MRN',
    text: `Redash keeps giving me this on "Patient lookup (MRN + DOB)" with mrn = MRN-00418822 and dob = 29/02/2023:

Error running query: date/time field value out of range: "29/02/2023"
LINE 3: WHERE mrn = 'MRN-00418822' AND date_of_birth = '29/02/2023'
HINT:  Perhaps you need a different "datestyle" setting.`,
    // The impossible value is still the patient's birth date each time it appears; the MRN is not ours.
    expected: [
      ['DATE_OF_BIRTH', '29/02/2023'],
      ['DATE_OF_BIRTH', '29/02/2023'],
      ['DATE_OF_BIRTH', '29/02/2023'],
    ],
  },
  {
    name: "Apache Superset SQL Lab 'Copy to clipboard' of an Indian lender's HRMS: employee and manager names, dob beside date of joining, official e-mails, personal mobiles, PAN and masked Aadhaar",
    text: `Running this in Superset SQL Lab (database: hrms_replica) - I want to save it as a dataset for the attrition dashboard, but obviously the PAN and Aadhaar columns shouldn't go in. What's the cleanest way to restrict columns for the dashboard role? Copied result:

emp_code	employee_name	gender	dob	doj	department	manager_name	official_email	personal_mobile	pan	aadhaar_masked	ctc_lpa
BLR-10442	Sreelakshmi Venugopal	F	1991-08-23	2016-07-11	Risk Analytics	Harpreet Singh Bedi	sreelakshmi.v@finvaya.in	+91 98450 27716	BQKPV4412R	XXXX XXXX 6614	24.5
BLR-11873	Mohammed Irfan Qureshi	M	1995-01-09	2019-02-04	Risk Analytics	Harpreet Singh Bedi	irfan.qureshi@finvaya.in	+91 99005 81342	AHQPQ8820L	XXXX XXXX 0917	18.0
HYD-12051	Lalitha Devi Kancharla	F	1988-12-17	2014-10-01	Collections	Pradeep Chakravarthy	lalitha.kancharla@finvaya.in	+91 90300 46129	CKLPK3307D	XXXX XXXX 2285	21.2
HYD-12990	Nikhil Deshpande	M	1999-05-28	2022-06-20	Collections	Pradeep Chakravarthy	nikhil.deshpande@finvaya.in	+91 70133 90854	EZJPD5561M	XXXX XXXX 4471	9.8

4 rows returned`,
    // Dates of joining, PAN numbers, masked Aadhaar, employee codes and CTC are not ours.
    expected: [
      ['PERSON', 'Sreelakshmi Venugopal'],
      ['DATE_OF_BIRTH', '1991-08-23'],
      ['PERSON', 'Harpreet Singh Bedi'],
      ['EMAIL', 'sreelakshmi.v@finvaya.in'],
      ['PHONE', '+91 98450 27716'],
      ['PERSON', 'Mohammed Irfan Qureshi'],
      ['DATE_OF_BIRTH', '1995-01-09'],
      ['PERSON', 'Harpreet Singh Bedi'],
      ['EMAIL', 'irfan.qureshi@finvaya.in'],
      ['PHONE', '+91 99005 81342'],
      ['PERSON', 'Lalitha Devi Kancharla'],
      ['DATE_OF_BIRTH', '1988-12-17'],
      ['PERSON', 'Pradeep Chakravarthy'],
      ['EMAIL', 'lalitha.kancharla@finvaya.in'],
      ['PHONE', '+91 90300 46129'],
      ['PERSON', 'Nikhil Deshpande'],
      ['DATE_OF_BIRTH', '1999-05-28'],
      ['PERSON', 'Pradeep Chakravarthy'],
      ['EMAIL', 'nikhil.deshpande@finvaya.in'],
      ['PHONE', '+91 70133 90854'],
    ],
  },
  {
    name: "Superset /api/v1/chart/data response copied from the browser's network tab: a South African hospital table chart with patient_name, SA ID numbers that encode the birth date, date_of_birth as text, admissions as epoch milliseconds, hospitals named after Chris Hani, Charlotte Maxeke and Steve Biko",
    text: `The table chart on "Gauteng readmissions" is showing admitted as a big number instead of a date. This is the chart/data response from devtools:

{"result":[{"cache_key":"8f3e1c0a9d7b42e6a5c1f08e3d9b27c4","cached_dttm":null,"cache_timeout":86400,"applied_template_filters":[],"annotation_data":{},"error":null,"is_cached":false,"query":"SELECT patient_name AS patient_name, sa_id_number AS sa_id_number, date_of_birth AS date_of_birth, facility AS facility, admitted AS admitted, contact_no AS contact_no \\nFROM public.readmissions_30d \\nWHERE admitted >= TO_TIMESTAMP('2024-05-01 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US') \\nLIMIT 1000","status":"success","stacktrace":null,"rowcount":3,"from_dttm":null,"to_dttm":null,"label_map":{"patient_name":["patient_name"],"sa_id_number":["sa_id_number"],"date_of_birth":["date_of_birth"],"facility":["facility"],"admitted":["admitted"],"contact_no":["contact_no"]},"colnames":["patient_name","sa_id_number","date_of_birth","facility","admitted","contact_no"],"indexnames":[0,1,2],"coltypes":[1,1,1,1,2,1],"data":[{"patient_name":"Lindiwe Zungu","sa_id_number":"8806120442083","date_of_birth":"1988-06-12","facility":"Chris Hani Baragwanath Academic Hospital","admitted":1715322600000,"contact_no":"082 441 7093"},{"patient_name":"Johannes Petrus Pretorius","sa_id_number":"5402275081089","date_of_birth":"1954-02-27","facility":"Steve Biko Academic Hospital","admitted":1715847300000,"contact_no":"+27 71 290 3358"},{"patient_name":"Refilwe Mokoena-Sithole","sa_id_number":"9710310913087","date_of_birth":"1997-10-31","facility":"Charlotte Maxeke Johannesburg Academic Hospital","admitted":1716451200000,"contact_no":"011 933 8821"}],"result_format":"json","applied_filters":[{"column":"admitted"}],"rejected_filters":[]}]}`,
    // SA ID numbers, hospitals named after people, epoch-millisecond admissions, the cache key and the filter timestamp are not ours.
    expected: [
      ['PERSON', 'Lindiwe Zungu'],
      ['DATE_OF_BIRTH', '1988-06-12'],
      ['PHONE', '082 441 7093'],
      ['PERSON', 'Johannes Petrus Pretorius'],
      ['DATE_OF_BIRTH', '1954-02-27'],
      ['PHONE', '+27 71 290 3358'],
      ['PERSON', 'Refilwe Mokoena-Sithole'],
      ['DATE_OF_BIRTH', '1997-10-31'],
      ['PHONE', '011 933 8821'],
    ],
  },
  {
    name: 'Looker SQL Runner query against BigQuery from a Canadian retailer, results downloaded as TXT: first_name and last_name apart (an Inuit name, a Quebec double surname), 16-digit loyalty numbers, postal codes, first-order dates',
    text: `SQL Runner (connection: bigquery_prod). The Explore says 1,842 Ontario customers with 10+ orders but this gives me 1,837 - here's the query and the top of the download (TXT):

SELECT customer_id, first_name, last_name, email, phone, postal_code, loyalty_number, first_order_date
FROM \`maple-prod.ecom.customers\`
WHERE province = 'ON' AND lifetime_orders >= 10
ORDER BY lifetime_orders DESC
LIMIT 500

customer_id	first_name	last_name	email	phone	postal_code	loyalty_number	first_order_date
9920418	Siddharth	Venkataraman	sid.venkataraman@rogers.com	647-382-1190	M2N 6K8	6032071044182291	2017-04-22
9921377	Nathalie	Bélanger-Roy	nathalie.belangerroy@videotron.ca	613-744-2086	K1N 7B7	6032079920356614	2016-11-03
9924105	Aputi	Kilabuk	akilabuk@northwestel.net	(867) 979-4413	X0A 0H0	6032073318820057	2019-02-14
9926881	Chidinma	Okafor	chidinma.okafor@outlook.com	+1 905 691 2274	L5B 3C2	6032075561048830	2018-08-30

Could the 5 missing be the Explore's sql_always_where on test accounts?`,
    // Loyalty-card numbers are not payment cards; postal codes, customer ids, counts and first-order dates are not ours.
    expected: [
      ['PERSON', 'Siddharth'],
      ['PERSON', 'Venkataraman'],
      ['EMAIL', 'sid.venkataraman@rogers.com'],
      ['PHONE', '647-382-1190'],
      ['PERSON', 'Nathalie'],
      ['PERSON', 'Bélanger-Roy'],
      ['EMAIL', 'nathalie.belangerroy@videotron.ca'],
      ['PHONE', '613-744-2086'],
      ['PERSON', 'Aputi'],
      ['PERSON', 'Kilabuk'],
      ['EMAIL', 'akilabuk@northwestel.net'],
      ['PHONE', '(867) 979-4413'],
      ['PERSON', 'Chidinma'],
      ['PERSON', 'Okafor'],
      ['EMAIL', 'chidinma.okafor@outlook.com'],
      ['PHONE', '+1 905 691 2274'],
    ],
  },
  {
    name: "LookML view and explore of a UK charity's donors (a full_name dimension concatenating fields, an html mailto, a sql_always_where excluding example.org and a donor id whose comment names her) with Explore results downloaded as TXT",
    text: `Our LookML for donors - the Explore download below still has people we excluded?

view: donors {
  sql_table_name: crm.donors ;;

  dimension: donor_id {
    primary_key: yes
    type: string
    sql: \${TABLE}.donor_id ;;
  }
  dimension: full_name {
    type: string
    sql: \${TABLE}.first_name || ' ' || \${TABLE}.last_name ;;
    html: <a href="mailto:{{ donors.email._value }}">{{ value }}</a> ;;
  }
  dimension: email {
    type: string
    sql: \${TABLE}.email ;;
    tags: ["email"]
  }
  dimension: region { type: string  sql: \${TABLE}.region ;; }
  measure: total_given {
    type: sum
    sql: \${gifts.amount_gbp} ;;
    value_format_name: gbp_0
  }
}

explore: donors {
  join: gifts { sql_on: \${gifts.donor_id} = \${donors.donor_id} ;; relationship: one_to_many }
  sql_always_where: \${donors.email} NOT LIKE '%@example.org'
    AND \${donors.donor_id} NOT IN ('D-000001', 'D-004417') ;;
  # D-004417 = Fenella Ashcombe-Drury, asked to be excluded from all reporting (ticket DP-2291)
}

Explore → Download → TXT (Results, with field labels):

Donors Full Name	Donors Email	Donors Region	Donors Total Given
Theodora Papadakis-Whyte	t.papadakiswhyte@gmail.com	London	£48,250
Ruairidh MacLeòid	ruairidh.macleoid@btinternet.com	Highlands & Islands	£31,900
Adaeze Okonjo	adaeze.okonjo@outlook.com	North West	£22,415
Fenella Ashcombe-Drury	fenella.ad@icloud.com	South West	£19,000`,
    // The example.org pattern, LookML field references, donor ids, the ticket number, regions and totals are not ours.
    expected: [
      ['PERSON', 'Fenella Ashcombe-Drury'],
      ['PERSON', 'Theodora Papadakis-Whyte'],
      ['EMAIL', 't.papadakiswhyte@gmail.com'],
      ['PERSON', 'Ruairidh MacLeòid'],
      ['EMAIL', 'ruairidh.macleoid@btinternet.com'],
      ['PERSON', 'Adaeze Okonjo'],
      ['EMAIL', 'adaeze.okonjo@outlook.com'],
      ['PERSON', 'Fenella Ashcombe-Drury'],
      ['EMAIL', 'fenella.ad@icloud.com'],
    ],
  },
  {
    name: "looker.ini written from a notebook cell with an API3 client id and client secret, then the SDK's me() printing the analyst's display name and e-mail",
    text: `%%writefile looker.ini
[Looker]
base_url=https://tidewater.cloud.looker.com:19999
client_id=Nk4pQ8zR2vT6xL9mW3bC
client_secret=${lookerSecret}
verify_ssl=True

Writing looker.ini

import looker_sdk
sdk = looker_sdk.init40("looker.ini")
me = sdk.me()
print(me.display_name, me.email, me.id, sep=" | ")

Priyanka Raghunathan | priyanka.raghunathan@tidewater-analytics.com | 214`,
    // The client secret is the secret, its client id an identifier; the base URL and user id are not ours.
    expected: [
      ['SECRET', lookerSecret],
      ['PERSON', 'Priyanka Raghunathan'],
      ['EMAIL', 'priyanka.raghunathan@tidewater-analytics.com'],
    ],
  },
  {
    name: "Sigma workbook table copied as TSV from a New Zealand charity: First Name and Last Name columns with a Concat display-name formula, a Korean family name of two letters, a Samoan name with an apostrophe, a trust's mailbox and landline, gift dates and amounts",
    text: `In Sigma (workbook "Donor Retention FY24", table "Lapsed major donors") my Display Name column is Concat([First Name], " ", [Last Name]) but it comes out as a single space for trusts. Can I fall back to [Organisation]? Copied table:

Donor ID	First Name	Last Name	Display Name	Email	Phone	Last Gift Date	Last Gift Amount	Lifetime Giving
DN-20417	Aroha	Tipene-Matua	Aroha Tipene-Matua	aroha.tm@gmail.com	021 448 3071	2022-11-30	$5,000.00	$41,250.00
DN-20988	Seung-hoon	Oh	Seung-hoon Oh	seunghoon.oh@xtra.co.nz	027 319 8846	2023-02-14	$2,500.00	$18,900.00
DN-21302			 	grants@fletcher-whanau-trust.org.nz	09 377 5120	2023-03-31	$25,000.00	$150,000.00
DN-21540	Lupe	Fa'amausili	Lupe Fa'amausili		022 610 4498	2022-12-20	$1,200.00	$9,600.00`,
    // First Name and Last Name are separate spans and the display name one more; a trust's mailbox and landline count; donor ids, gift dates and amounts are not ours.
    expected: [
      ['PERSON', 'Aroha'],
      ['PERSON', 'Tipene-Matua'],
      ['PERSON', 'Aroha Tipene-Matua'],
      ['EMAIL', 'aroha.tm@gmail.com'],
      ['PHONE', '021 448 3071'],
      ['PERSON', 'Seung-hoon'],
      ['PERSON', 'Oh'],
      ['PERSON', 'Seung-hoon Oh'],
      ['EMAIL', 'seunghoon.oh@xtra.co.nz'],
      ['PHONE', '027 319 8846'],
      ['EMAIL', 'grants@fletcher-whanau-trust.org.nz'],
      ['PHONE', '09 377 5120'],
      ['PERSON', 'Lupe'],
      ['PERSON', "Fa'amausili"],
      ['PERSON', "Lupe Fa'amausili"],
      ['PHONE', '022 610 4498'],
    ],
  },
  {
    name: "Deepnote SQL block over an Irish secondary school's attendance, the result table copied with its index: first_name and surname apart (Ní and Ó names), birth dates, primary guardians with mobiles, the absence window dates",
    text: `Deepnote → "Attendance Q2" → block 4 (SQL, integration: Postgres - schoolhub) → df_absences

SELECT s.student_number, s.first_name, s.surname, s.date_of_birth, s.year_group,
       g.guardian_name, g.guardian_mobile, COUNT(*) AS days_absent
FROM attendance a
JOIN students s USING (student_number)
JOIN guardians g ON g.student_number = s.student_number AND g.is_primary
WHERE a.mark = 'A' AND a.date BETWEEN '2024-04-08' AND '2024-05-31'
GROUP BY 1, 2, 3, 4, 5, 6, 7
HAVING COUNT(*) >= 10
ORDER BY days_absent DESC

df_absences · 3 rows, 8 columns
	student_number	first_name	surname	date_of_birth	year_group	guardian_name	guardian_mobile	days_absent
0	SN-118204	Caoimhe	Ní Bhriain	2010-09-14	2nd Year	Siobhán Ní Bhriain	087 903 2214	17
1	SN-120577	Tadhg	Ó Murchú	2009-03-02	3rd Year	Pádraig Murphy	+353 86 441 7720	14
2	SN-121903	Oluwatobi	Adewale-Kinsella	2011-12-19	1st Year	Folake Adewale	085 122 6398	11

Tusla needs a notification once a student passes 20 days. Can you write the next block so it flags anyone within 3 days of that?`,
    // first_name and surname are separate spans; student numbers, year groups, counts and the attendance window are not ours.
    expected: [
      ['PERSON', 'Caoimhe'],
      ['PERSON', 'Ní Bhriain'],
      ['DATE_OF_BIRTH', '2010-09-14'],
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['PHONE', '087 903 2214'],
      ['PERSON', 'Tadhg'],
      ['PERSON', 'Ó Murchú'],
      ['DATE_OF_BIRTH', '2009-03-02'],
      ['PERSON', 'Pádraig Murphy'],
      ['PHONE', '+353 86 441 7720'],
      ['PERSON', 'Oluwatobi'],
      ['PERSON', 'Adewale-Kinsella'],
      ['DATE_OF_BIRTH', '2011-12-19'],
      ['PERSON', 'Folake Adewale'],
      ['PHONE', '085 122 6398'],
    ],
  },
  {
    name: "Observable notebook cells over a Wellington property manager's tenants: the inspector's expanded Array of Objects with names, mobiles, birth dates and bond dates, streets named after people (Molesworth, Willis), a Plot cell",
    text: `tenants = FileAttachment("tenants-2024-06.csv").csv({typed: true})

tenants = Array(412) [
  0: Object {tenant_id: "WT-10482", name: "Kiri Ngata", unit: "4/112 Cuba Street", mobile: "021 290 4417", dob: 1990-02-11, bond_lodged: 2023-07-01, weekly_rent: 620}
  1: Object {tenant_id: "WT-10489", name: "Hamish Drummond-Ward", unit: "12/30 Molesworth Street", mobile: "027 884 1062", dob: 1985-12-03, bond_lodged: 2022-02-14, weekly_rent: 710}
  2: Object {tenant_id: "WT-10511", name: "Faisal Al-Amin", unit: "7 Willis Street", mobile: "022 305 7719", dob: 1998-06-25, bond_lodged: 2024-01-20, weekly_rent: 545}
  … more
]

Plot.plot({
  marks: [Plot.dot(tenants, {x: "weekly_rent", y: "arrears", title: d => \`\${d.name} (\${d.unit})\`, tip: true})]
})

The tooltips work but the notebook is shared with the owners' committee - how do I keep names out of the published version?`,
    // Bond-lodged dates, units, streets named after people, tenant ids and rents are not ours.
    expected: [
      ['PERSON', 'Kiri Ngata'],
      ['PHONE', '021 290 4417'],
      ['DATE_OF_BIRTH', '1990-02-11'],
      ['PERSON', 'Hamish Drummond-Ward'],
      ['PHONE', '027 884 1062'],
      ['DATE_OF_BIRTH', '1985-12-03'],
      ['PERSON', 'Faisal Al-Amin'],
      ['PHONE', '022 305 7719'],
      ['DATE_OF_BIRTH', '1998-06-25'],
    ],
  },
  {
    name: 'Google Colab %%bigquery magic over an Indian food-delivery mart with the progress bars and the DataFrame echoed: names with an abbreviated Mohd., +91 mobiles, areas named after people (Indiranagar, Nehru Place, Gandhinagar)',
    text: `from google.colab import auth
auth.authenticate_user()

%%bigquery df_vip --project swiggo-analytics
SELECT customer_id, name, phone, email, area, city, orders_90d, gmv_90d_inr
FROM \`swiggo-analytics.marts.customer_90d\`
WHERE orders_90d >= 90
ORDER BY gmv_90d_inr DESC
LIMIT 5

Query is running:   0%|          |
Downloading: 100%|██████████|

df_vip

   customer_id                    name          phone                        email         area       city  orders_90d  gmv_90d_inr
0  CU100448120       Arjun Raghavendra  +919845027716        arjun.r.blr@gmail.com  Indiranagar  Bengaluru         142     148230.0
1  CU100512873  Tanushree Bhattacharya  +919830114452      tanushree.b@yahoo.co.in    Salt Lake    Kolkata         131     139915.5
2  CU100601934     Mohd. Faizan Ansari  +918800427719    faizan.ansari92@gmail.com  Nehru Place      Delhi         118     121408.0
3  CU100733208     Kavitha Subramaniam  +919444068213    kavitha.subbu@outlook.com  Gandhinagar    Chennai         104      98830.0
4  CU100790016  Gurleen Kaur Ahluwalia  +919814402231  gurleen.ahluwalia@gmail.com   Model Town   Ludhiana          97      97112.5

Want to send these five a thank-you hamper. Can you write the pandas to format the phone as +91 XXXXX XXXXX for the courier sheet?`,
    // Mohd. is part of the name; areas named after people, the project id, customer ids and order counts are not ours.
    expected: [
      ['PERSON', 'Arjun Raghavendra'],
      ['PHONE', '+919845027716'],
      ['EMAIL', 'arjun.r.blr@gmail.com'],
      ['PERSON', 'Tanushree Bhattacharya'],
      ['PHONE', '+919830114452'],
      ['EMAIL', 'tanushree.b@yahoo.co.in'],
      ['PERSON', 'Mohd. Faizan Ansari'],
      ['PHONE', '+918800427719'],
      ['EMAIL', 'faizan.ansari92@gmail.com'],
      ['PERSON', 'Kavitha Subramaniam'],
      ['PHONE', '+919444068213'],
      ['EMAIL', 'kavitha.subbu@outlook.com'],
      ['PERSON', 'Gurleen Kaur Ahluwalia'],
      ['PHONE', '+919814402231'],
      ['EMAIL', 'gurleen.ahluwalia@gmail.com'],
    ],
  },
  {
    name: 'Google Colab cell echoing a Hugging Face token read from Colab secrets',
    text: `from google.colab import userdata
userdata.get('HF_TOKEN')

'${hfToken}'

^ is it a problem that this now sits in the saved notebook output on Drive?`,
    // The echoed token is the secret; the secret's name is not.
    expected: [['SECRET', hfToken]],
  },
  {
    name: 'Rows copied out of the VS Code Jupyter Data Viewer from a Sydney GP clinic: given_name and family_name apart, Medicare numbers and IRNs, mobiles, usual GPs with Dr, last-visit dates',
    text: `Copied from the VS Code Jupyter Data Viewer (df_patients, filter suburb == "Parramatta"). Why does \`df_patients.dob.dt.year\` give NaN for some of these even though the viewer shows a date?

index	patient_id	given_name	family_name	dob	medicare_no	irn	mobile	usual_gp	last_visit
1187	PT-448120	Giorgos	Papadopoulos	1954-06-22	2953 41287 1	2	0412 908 331	Dr Hoda Salameh	2024-05-30
2044	PT-451907	Mai	Nguyen-Tran	1987-10-05	4102 66391 3	1	0433 217 640	Dr Hoda Salameh	2024-06-03
3391	PT-460022	Jayden	Walker-Bligh	2016-01-28	3388 10427 5	4	0402 771 925	Dr Rohan Abeysekera	2024-06-11`,
    // Dr is no part of a name; Medicare numbers and IRNs, patient ids, row indices and visit dates are not ours.
    expected: [
      ['PERSON', 'Giorgos'],
      ['PERSON', 'Papadopoulos'],
      ['DATE_OF_BIRTH', '1954-06-22'],
      ['PHONE', '0412 908 331'],
      ['PERSON', 'Hoda Salameh'],
      ['PERSON', 'Mai'],
      ['PERSON', 'Nguyen-Tran'],
      ['DATE_OF_BIRTH', '1987-10-05'],
      ['PHONE', '0433 217 640'],
      ['PERSON', 'Hoda Salameh'],
      ['PERSON', 'Jayden'],
      ['PERSON', 'Walker-Bligh'],
      ['DATE_OF_BIRTH', '2016-01-28'],
      ['PHONE', '0402 771 925'],
      ['PERSON', 'Rohan Abeysekera'],
    ],
  },
  {
    name: "VS Code Jupyter Variables pane copied as text: a string variable holding a landlord contact's e-mail, DataFrame shapes, an API base URL, a list of tenant ids",
    text: `Jupyter: Variables (VS Code)
Name	Type	Size	Value
api_base	str	34	'https://api.kestrelrealty.co.uk/v2'
lettings	DataFrame	(1204, 14)	     property_id  landlord_id  ...
owner_email	str	32	'rachel.oduya@kestrelrealty.co.uk'
tenant_ids	list	1204	['KR-T-000112', 'KR-T-000113', ...]`,
    // Variable names, sizes, the URL and tenant ids are not ours.
    expected: [['EMAIL', 'rachel.oduya@kestrelrealty.co.uk']],
  },
  {
    name: 'Databricks notebook: a JDBC URL built from dbutils.secrets printed with the password [REDACTED], then display() of held marketplace payouts copied as TSV: Irish and UK sellers with IE and GB IBANs, BICs, a limited company',
    text: `jdbc_url = (
    "jdbc:sqlserver://sellerdb-prod.database.windows.net:1433;database=sellers;"
    f"user=svc_dbx;password={dbutils.secrets.get('kv-prod', 'sellerdb-pw')};encrypt=true"
)
print(jdbc_url)

jdbc:sqlserver://sellerdb-prod.database.windows.net:1433;database=sellers;user=svc_dbx;password=[REDACTED];encrypt=true

sellers = spark.read.jdbc(jdbc_url, "dbo.payout_accounts")
display(sellers.filter("country IN ('IE', 'GB') AND payout_status = 'HELD'"))

seller_id	legal_name	trading_name	contact_email	iban	bic	payout_status	held_since
SL-208811	Niall Ó Dubhghaill	The Burren Candle Co	niall@burrencandles.ie	IE48AIBK93104722186634	AIBKIE2D	HELD	2024-05-28
SL-209140	Oksana Hrytsenko	Oksana Makes	oksana.makes@gmail.com	IE59BOFI90583811402276	BOFIIE2D	HELD	2024-06-02
SL-211762	Harrow & Finch Ltd	Harrow & Finch	accounts@harrowandfinch.co.uk	GB33LOYD30963412558901	LOYDGB21	HELD	2024-06-05

Showing all 3 rows.

Finance wants to know why these are held - is it the name-on-account check against legal_name?`,
    // [REDACTED] and the secret-scope look-up are not secrets; companies and trading names, BICs, seller ids and held dates are not ours; a company's accounts mailbox and IBAN count.
    expected: [
      ['PERSON', 'Niall Ó Dubhghaill'],
      ['EMAIL', 'niall@burrencandles.ie'],
      ['IBAN', 'IE48AIBK93104722186634'],
      ['PERSON', 'Oksana Hrytsenko'],
      ['EMAIL', 'oksana.makes@gmail.com'],
      ['IBAN', 'IE59BOFI90583811402276'],
      ['EMAIL', 'accounts@harrowandfinch.co.uk'],
      ['IBAN', 'GB33LOYD30963412558901'],
    ],
  },
  {
    name: "Databricks %sql DESCRIBE HISTORY of a customers Delta table copied as TSV: userName e-mails of a service principal and engineers, a GDPR DELETE whose predicate holds a customer's e-mail, job and notebook ids, cluster ids, operation metrics",
    text: `%sql
DESCRIBE HISTORY main.crm.customers LIMIT 4

version	timestamp	userId	userName	operation	operationParameters	job	notebook	clusterId	readVersion	isolationLevel	isBlindAppend	operationMetrics
412	2024-06-12T02:14:09.000+0000	4418207730591022	svc-etl@tallowmere.com	MERGE	{"predicate":"[\\"(customer_id#1182 = customer_id#1204)\\"]","matchedPredicates":"[{\\"actionType\\":\\"update\\"}]","notMatchedPredicates":"[{\\"actionType\\":\\"insert\\"}]"}	{"jobId":"771204513","jobName":"crm_nightly","runId":"90418822731"}	null	0612-021455-x7k2m9qa	411	WriteSerializable	false	{"numTargetRowsUpdated":"1188","numTargetRowsInserted":"412","executionTimeMs":"48211"}
411	2024-06-11T16:40:51.000+0000	6630917284410583	kemi.adeyemi-walsh@tallowmere.com	DELETE	{"predicate":"[\\"(email#1187 = siobhan.mcgurk@gmail.com)\\"]"}	null	{"notebookId":"2208814470931"}	0611-093012-p4w8n2ra	410	WriteSerializable	false	{"numDeletedRows":"1","numRemovedFiles":"1","numAddedFiles":"1"}
410	2024-06-10T09:02:33.000+0000	5520418839201746	dmitri.volkov-hayes@tallowmere.com	OPTIMIZE	{"predicate":"[]","zOrderBy":"[\\"email\\"]"}	null	{"notebookId":"2208814470931"}	0610-080112-q2v7c4wd	409	SnapshotIsolation	false	{"numRemovedFiles":"64","numAddedFiles":"4"}
409	2024-06-10T02:13:58.000+0000	4418207730591022	svc-etl@tallowmere.com	MERGE	{"predicate":"[\\"(customer_id#1182 = customer_id#1204)\\"]"}	{"jobId":"771204513","jobName":"crm_nightly","runId":"90418820055"}	null	0610-021430-b8n3k5ls	408	WriteSerializable	false	{"numTargetRowsUpdated":"903","numTargetRowsInserted":"377","executionTimeMs":"39114"}

The erasure request for version 411 is done, but the old files are still there until VACUUM, right? And doesn't the history itself now keep her email forever?`,
    // A service principal's mailbox counts; user, job, run, notebook and cluster ids, versions, timestamps and metrics are not ours.
    expected: [
      ['EMAIL', 'svc-etl@tallowmere.com'],
      ['EMAIL', 'kemi.adeyemi-walsh@tallowmere.com'],
      ['EMAIL', 'siobhan.mcgurk@gmail.com'],
      ['EMAIL', 'dmitri.volkov-hayes@tallowmere.com'],
      ['EMAIL', 'svc-etl@tallowmere.com'],
    ],
  },
  {
    name: 'Snowsight worksheet result copied as TSV from a Los Angeles hospital group: PATIENT_NAME in LAST, FIRST MIDDLE capitals, DOB, attendings with MD and DO, Medicare Advantage and Medi-Cal member ids, Cedars-Sinai and Kaiser Permanente, then the patient by given name in the question',
    text: `Snowsight worksheet "ED readmits 30d" → copied results. Why does READMIT_30D show 1 for Maria's first visit as well as the second?

MRN	PATIENT_NAME	DOB	SEX	ENCOUNTER_ID	ADMIT_TS	DISCHARGE_TS	FACILITY	ATTENDING	PAYER	MEMBER_ID	READMIT_30D
MRN00771204	SANTOS, MARIA LUISA	1947-09-03	F	E-24-0518-3301	2024-05-18 22:41:00.000	2024-05-21 10:05:00.000	Cedars-Sinai Marina del Rey	Yosef Lieberman MD	Medicare Advantage - Kaiser Permanente	K448120937	1
MRN00771204	SANTOS, MARIA LUISA	1947-09-03	F	E-24-0604-1187	2024-06-04 03:12:00.000	2024-06-06 15:30:00.000	Cedars-Sinai Marina del Rey	Aaliyah Brooks-Whitaker DO	Medicare Advantage - Kaiser Permanente	K448120937	1
MRN00804417	NAKAGAWA, KENJI	1939-12-25	M	E-24-0522-0914	2024-05-22 11:20:00.000	2024-05-24 09:00:00.000	Cedars-Sinai Medical Center	Yosef Lieberman MD	Medi-Cal	91842207A	0`,
    // Maria alone is the patient named in full below; MD and DO are no part of a name; MRNs, encounter and member ids, timestamps, hospitals and payers are not ours.
    expected: [
      ['PERSON', 'Maria'],
      ['PERSON', 'SANTOS, MARIA LUISA'],
      ['DATE_OF_BIRTH', '1947-09-03'],
      ['PERSON', 'Yosef Lieberman'],
      ['PERSON', 'SANTOS, MARIA LUISA'],
      ['DATE_OF_BIRTH', '1947-09-03'],
      ['PERSON', 'Aaliyah Brooks-Whitaker'],
      ['PERSON', 'NAKAGAWA, KENJI'],
      ['DATE_OF_BIRTH', '1939-12-25'],
      ['PERSON', 'Yosef Lieberman'],
    ],
  },
  {
    name: "Snowsight copy of SNOWFLAKE.ACCOUNT_USAGE.QUERY_HISTORY: QUERY_TEXT holding a customer's e-mail, a phone in an UPDATE, an ILIKE on a family name with a first_name literal, and a password masked by Snowflake",
    text: `Our auditor wants every query in May-June that touched core.customers with PII typed as a literal. I pulled a sample from QUERY_HISTORY in Snowsight - can you write a regex filter on QUERY_TEXT that would catch these?

QUERY_ID	USER_NAME	ROLE_NAME	QUERY_TEXT	START_TIME	TOTAL_ELAPSED_TIME
01b4f2a1-0001-8c3e-0000-2a7d0004e1b2	JPATEL	ANALYST	select * from core.customers where email = 'brendan.okafor@iinet.net.au' limit 10	2024-06-11 23:14:09.118 -0700	412
01b4f2a3-0001-8c3e-0000-2a7d0004e20a	JPATEL	ANALYST	update core.customers set phone = '+61 412 887 305' where customer_id = 884120	2024-06-11 23:16:44.902 -0700	1288
01b4f2b0-0001-8c3f-0000-2a7d00051c04	ACCOUNTADMIN_SVC	ACCOUNTADMIN	ALTER USER SVC_TABLEAU SET PASSWORD = '****'	2024-06-12 01:00:02.331 -0700	95
01b4f2b9-0001-8c3f-0000-2a7d00051d18	MWONG	ANALYST	select first_name, last_name, mobile from core.customers where last_name ilike 'Wanganeen%' and first_name = 'Tahlia'	2024-06-12 02:41:17.004 -0700	733`,
    // The family and given names filtered on sit under last_name and first_name; the masked password, usernames, roles, query ids, customer ids and times are not ours.
    expected: [
      ['EMAIL', 'brendan.okafor@iinet.net.au'],
      ['PHONE', '+61 412 887 305'],
      ['PERSON', 'Wanganeen'],
      ['PERSON', 'Tahlia'],
    ],
  },
  {
    name: "BigQuery console 'Save results → JSON (local file)' of UK customers with nested STRUCT and REPEATED fields: name.given and name.family apart, contact.email and phone, birth_date, INT64 values as strings, addresses on Nelson Mandela Place and Churchill Way, consent timestamps",
    text: `Downloaded this from the BigQuery console (bquxjob_4e1a7c02_18f0d2b3a91.json). I need it flattened to one row per customer with the home address only - json_normalize gives me a list column for addresses. Here's the file:

[{
  "customer_id": "UK-3318204",
  "name": {
    "given": "Eilidh",
    "family": "Sutherland-Bain"
  },
  "contact": {
    "email": "eilidh.sb@gmail.com",
    "phone": "+447834219066"
  },
  "birth_date": "1993-04-27",
  "orders_total": "12",
  "addresses": [{
    "type": "home",
    "line1": "Flat 2/1, 14 Churchill Way",
    "postcode": "G12 8QQ"
  }, {
    "type": "work",
    "line1": "2 Nelson Mandela Place",
    "postcode": "G2 1QY"
  }],
  "marketing_consent_ts": "2023-01-09 18:22:41.118000 UTC"
}, {
  "customer_id": "UK-3320577",
  "name": {
    "given": "Tomasz",
    "family": "Zieliński"
  },
  "contact": {
    "email": "t.zielinski@wp.pl",
    "phone": "+447700183522"
  },
  "birth_date": "1979-10-02",
  "orders_total": "3",
  "addresses": [{
    "type": "home",
    "line1": "88 Victoria Road",
    "postcode": "LS6 1DR"
  }],
  "marketing_consent_ts": null
}, {
  "customer_id": "UK-3324019",
  "name": {
    "given": "Ngozi",
    "family": "Eze-Harrington"
  },
  "contact": {
    "email": "ngozi.eh@hotmail.co.uk",
    "phone": null
  },
  "birth_date": "2000-12-15",
  "orders_total": "27",
  "addresses": [],
  "marketing_consent_ts": "2024-02-29 07:05:13.402000 UTC"
}]`,
    // given and family are separate spans; streets named after people, postcodes, customer ids, order counts, consent timestamps and the job file name are not ours.
    expected: [
      ['PERSON', 'Eilidh'],
      ['PERSON', 'Sutherland-Bain'],
      ['EMAIL', 'eilidh.sb@gmail.com'],
      ['PHONE', '+447834219066'],
      ['DATE_OF_BIRTH', '1993-04-27'],
      ['PERSON', 'Tomasz'],
      ['PERSON', 'Zieliński'],
      ['EMAIL', 't.zielinski@wp.pl'],
      ['PHONE', '+447700183522'],
      ['DATE_OF_BIRTH', '1979-10-02'],
      ['PERSON', 'Ngozi'],
      ['PERSON', 'Eze-Harrington'],
      ['EMAIL', 'ngozi.eh@hotmail.co.uk'],
      ['DATE_OF_BIRTH', '2000-12-15'],
    ],
  },
  {
    name: 'BigQuery console CSV download of South African marketplace sellers pending payout: owner names, SA ID and VAT numbers, CIPC registrations, domestic bank accounts with branch codes, a Nelson Mandela Bay city, cellphones and a business line',
    text: `bq-results-20240612-081422-1718180062118.csv - sellers whose payout failed the bank verification (AVS). Is there something in the data that explains it, e.g. name format?

seller_id,owner_name,id_number,company_reg,vat_no,bank,branch_code,account_no,account_holder,city,cell,avs_result,failed_at
ZA-S-30418,Thabo Mokoena,8507155432086,2019/418220/07,4820291557,FNB,250655,62839104471,T MOKOENA,Gqeberha (Nelson Mandela Bay),082 510 3394,NAME_MISMATCH,2024-06-11 14:02:11 UTC
ZA-S-30562,Anri du Plessis,9203040129081,,,Capitec,470010,1583920064,ANRI DU PLESSIS,Stellenbosch,+27 72 418 0963,ACCOUNT_CLOSED,2024-06-11 14:02:13 UTC
ZA-S-31107,Zanele Dlamini-Hendricks,8811230701089,2021/550193/07,4390117842,Standard Bank,051001,10145528307,ZANELE DLAMINI,Durban,031 306 2215,NAME_MISMATCH,2024-06-11 14:02:15 UTC`,
    // Account holder names in capitals (an initial form included) count; SA ID, company and VAT numbers, branch codes and domestic account numbers, cities, seller ids and failure times are not ours.
    expected: [
      ['PERSON', 'Thabo Mokoena'],
      ['PERSON', 'T MOKOENA'],
      ['PHONE', '082 510 3394'],
      ['PERSON', 'Anri du Plessis'],
      ['PERSON', 'ANRI DU PLESSIS'],
      ['PHONE', '+27 72 418 0963'],
      ['PERSON', 'Zanele Dlamini-Hendricks'],
      ['PERSON', 'ZANELE DLAMINI'],
      ['PHONE', '031 306 2215'],
    ],
  },
  {
    name: 'Amazon Athena query result CSV (every field double-quoted) from a US community college: first_name and last_name apart, names that are also ordinary words (Summer, Hope, Whitehorse), a Hmong and a Navajo family name, birth dates, GPAs and term codes',
    text: `Athena result file (s3://aws-athena-query-results-418220739105-us-west-2/Unsaved/2024/06/12/b3c7e1a0-52f4-4d8e-9a16-0c2d7f38e914.csv). FERPA question: can I share this with the nursing dept advisers, or do I need to drop dob first?

"student_id","first_name","last_name","dob","email","phone","program","gpa","enrolled_term"
"A00418823","Xochitl","Ramírez-Ochoa","2003-08-14","xramirezochoa@mail.mesacc.edu","(480) 771-2094","Nursing AAS","3.41","2023FA"
"A00419307","Kou","Vang","2001-02-27","kvang27@gmail.com","(602) 338-9105","Nursing AAS","3.78","2022FA"
"A00420116","Summer","Castellanos","2004-06-21","summer.castellanos@mail.mesacc.edu","","Nursing AAS","2.96","2024SP"
"A00421552","Hope","Whitehorse","1999-11-04","hwhitehorse@outlook.com","(928) 212-4470","Nursing AAS","3.12","2023FA"
"A00422871","Tallulah","Yazzie","2005-03-09","tyazzie05@gmail.com","(505) 863-2291","Nursing AAS","3.55","2024SP"`,
    // first_name and last_name are separate spans even where they are ordinary words; the S3 path with its account id and query UUID, student ids, GPAs and term codes are not ours.
    expected: [
      ['PERSON', 'Xochitl'],
      ['PERSON', 'Ramírez-Ochoa'],
      ['DATE_OF_BIRTH', '2003-08-14'],
      ['EMAIL', 'xramirezochoa@mail.mesacc.edu'],
      ['PHONE', '(480) 771-2094'],
      ['PERSON', 'Kou'],
      ['PERSON', 'Vang'],
      ['DATE_OF_BIRTH', '2001-02-27'],
      ['EMAIL', 'kvang27@gmail.com'],
      ['PHONE', '(602) 338-9105'],
      ['PERSON', 'Summer'],
      ['PERSON', 'Castellanos'],
      ['DATE_OF_BIRTH', '2004-06-21'],
      ['EMAIL', 'summer.castellanos@mail.mesacc.edu'],
      ['PERSON', 'Hope'],
      ['PERSON', 'Whitehorse'],
      ['DATE_OF_BIRTH', '1999-11-04'],
      ['EMAIL', 'hwhitehorse@outlook.com'],
      ['PHONE', '(928) 212-4470'],
      ['PERSON', 'Tallulah'],
      ['PERSON', 'Yazzie'],
      ['DATE_OF_BIRTH', '2005-03-09'],
      ['EMAIL', 'tyazzie05@gmail.com'],
      ['PHONE', '(505) 863-2291'],
    ],
  },
  {
    name: 'Athena HIVE_BAD_DATA error on an HR landing table: a day-first birth date quoted twice, a query id, the analyst naming the field as date_of_birth',
    text: `HIVE_BAD_DATA: Error parsing field value '31/04/1992' for field 4: For input string: "31/04/1992"
This query ran against the "hr_raw" database, unless qualified by the query. Please post the error message on our forum or contact customer support with Query Id: 7c2e91a0-4f3b-4d18-b6e2-0a9d5c17e384

Field 4 is date_of_birth (0-based) in s3://acme-hr-landing/workday/2024/06/11/employees.csv. How do I make the table tolerate dd/mm/yyyy?`,
    // The impossible value is an employee's birth date in both places; the query id, database and S3 path are not ours.
    expected: [
      ['DATE_OF_BIRTH', '31/04/1992'],
      ['DATE_OF_BIRTH', '31/04/1992'],
    ],
  },
  {
    name: 'Redshift query editor v2 result of stl_load_errors after a pipe-delimited COPY of US tenants: raw_line holds whole rows labelled by the COPY column list, a short-form birth date, two phones run together in one field, a street named after Martin Luther King Jr, an IAM role ARN',
    text: `Yesterday's load into leasing.tenants rejected 2 rows. COPY was:

COPY leasing.tenants (tenant_id, first_name, last_name, dob, email, phone, unit_address, lease_start)
FROM 's3://oakline-leasing-drop/tenants/2024-06-11/'
IAM_ROLE 'arn:aws:iam::418220739105:role/RedshiftCopyRole'
DELIMITER '|' DATEFORMAT 'YYYY-MM-DD' MAXERROR 10;

Query editor v2 result of
select query, filename, line_number, colname, type, col_length, raw_field_value, err_code, err_reason, raw_line from stl_load_errors order by starttime desc limit 2;

query	filename	line_number	colname	type	col_length	raw_field_value	err_code	err_reason	raw_line
9041182	s3://oakline-leasing-drop/tenants/2024-06-11/tenants_0001.txt	418	dob	date	0	2/7/1985	1205	Invalid Date Format - length must be 10 or more	88120|DeShawn|Pettway|2/7/1985|dpettway@gmail.com|(334) 290-7741|Unit 4B, 1200 Martin Luther King Jr Blvd, Montgomery AL|2023-09-01
9041182	s3://oakline-leasing-drop/tenants/2024-06-11/tenants_0001.txt	1027	phone	varchar	20	(251) 408-7719 / (251) 408-2260	1204	String length exceeds DDL length	88731|Marisela|Quiñones-Abbott|1990-03-16|mquinonesabbott@yahoo.com|(251) 408-7719 / (251) 408-2260|Apt 12, 455 Dauphin St, Mobile AL|2024-01-15

Should I widen phone to varchar(40) or split out a second phone column?`,
    // raw_line fields are labelled by the COPY column list; the street named after Martin Luther King Jr, the account id in the ARN, query ids, line numbers, error codes and lease starts are not ours.
    expected: [
      ['DATE_OF_BIRTH', '2/7/1985'],
      ['PERSON', 'DeShawn'],
      ['PERSON', 'Pettway'],
      ['DATE_OF_BIRTH', '2/7/1985'],
      ['EMAIL', 'dpettway@gmail.com'],
      ['PHONE', '(334) 290-7741'],
      ['PHONE', '(251) 408-7719'],
      ['PHONE', '(251) 408-2260'],
      ['PERSON', 'Marisela'],
      ['PERSON', 'Quiñones-Abbott'],
      ['DATE_OF_BIRTH', '1990-03-16'],
      ['EMAIL', 'mquinonesabbott@yahoo.com'],
      ['PHONE', '(251) 408-7719'],
      ['PHONE', '(251) 408-2260'],
    ],
  },
  {
    name: "Azure Data Studio 'Copy with Headers' of an NHS trust's ESR staff view, then the Messages pane: Forename and Surname apart, KnownAs preferred names, DateOfBirth as datetime, NI numbers, nhs.net e-mails, bands and start dates",
    text: `SELECT TOP (4) StaffNumber, Forename, Surname, KnownAs, DateOfBirth, NINumber, WorkEmail, MobileNo, Band, StartDate
FROM ESR.dbo.vw_StaffCurrent
WHERE CostCentre = '418-Paeds'
ORDER BY StartDate DESC;

StaffNumber	Forename	Surname	KnownAs	DateOfBirth	NINumber	WorkEmail	MobileNo	Band	StartDate
30918827	Olamide	Fashanu	Ola	1994-03-11 00:00:00.000	PE 18 44 02 C	olamide.fashanu@nhs.net	07883 410 229	Band 5	2024-04-02 00:00:00.000
30917712	Catrin	ap Gwilym	NULL	1989-08-30 00:00:00.000	JT 60 27 19 A	catrin.apgwilym@nhs.net	07514 902 386	Band 6	2024-02-12 00:00:00.000
30915540	Rajiv	Wickramasinghe	Raj	1977-01-19 00:00:00.000	YL 33 81 05 D	rajiv.wickramasinghe1@nhs.net	07960 117 453	Band 8a	2023-11-06 00:00:00.000
30914408	Maeve	Donnelly-Ogunleye	NULL	2000-05-14 00:00:00.000	HT 72 10 68 B	maeve.donnelly-ogunleye@nhs.net	NULL	Band 5	2023-09-04 00:00:00.000

(4 rows affected)

Total execution time: 00:00:00.214

We're migrating this to the Fabric warehouse - which of these columns should be under dynamic data masking?`,
    // Forename, Surname and KnownAs are separate spans; the birth date's span is the date without its midnight time; NI numbers, staff numbers, bands, start dates and NULLs are not ours.
    expected: [
      ['PERSON', 'Olamide'],
      ['PERSON', 'Fashanu'],
      ['PERSON', 'Ola'],
      ['DATE_OF_BIRTH', '1994-03-11'],
      ['EMAIL', 'olamide.fashanu@nhs.net'],
      ['PHONE', '07883 410 229'],
      ['PERSON', 'Catrin'],
      ['PERSON', 'ap Gwilym'],
      ['DATE_OF_BIRTH', '1989-08-30'],
      ['EMAIL', 'catrin.apgwilym@nhs.net'],
      ['PHONE', '07514 902 386'],
      ['PERSON', 'Rajiv'],
      ['PERSON', 'Wickramasinghe'],
      ['PERSON', 'Raj'],
      ['DATE_OF_BIRTH', '1977-01-19'],
      ['EMAIL', 'rajiv.wickramasinghe1@nhs.net'],
      ['PHONE', '07960 117 453'],
      ['PERSON', 'Maeve'],
      ['PERSON', 'Donnelly-Ogunleye'],
      ['DATE_OF_BIRTH', '2000-05-14'],
      ['EMAIL', 'maeve.donnelly-ogunleye@nhs.net'],
    ],
  },
  {
    name: 'DBeaver result grid copied with plain Ctrl+C (no header row) from an Ottawa property manager, labelled only by the SELECT above: first and last names apart (a Mohawk given name with a colon, the family name Deer), [NULL] cells, a building named after Laurier',
    text: `Ran this in DBeaver against the property-mgmt replica and copied the grid (plain Ctrl+C, so no headers, sorry):

SELECT t.lease_id, t.first_name, t.last_name, t.phone, t.email, u.unit_no, u.building, t.rent_cad, t.move_in
FROM pm.tenants t
JOIN pm.units u ON u.unit_id = t.unit_id
WHERE u.building = 'Laurier Tower' AND t.n4_served IS NOT NULL;

L-22041	Étienne	Lévesque-Caron	(613) 882-4017	elevesquecaron@gmail.com	1204	Laurier Tower	2150.00	2021-08-01
L-22087	Manpreet	Grewal	(613) 290-7718	[NULL]	807	Laurier Tower	1875.00	2022-03-01
L-22113	Kiawenti:io	Deer	(613) 441-0926	kdeer.akwesasne@outlook.com	1510	Laurier Tower	2340.00	2023-01-15

Need a mail-merge for the N4 follow-ups - can you turn this into a query that outputs "Dear <first name>," plus the arrears?`,
    // The columns are labelled by the SELECT list; the building named after Laurier, lease ids, units, rents and move-in dates are not ours.
    expected: [
      ['PERSON', 'Étienne'],
      ['PERSON', 'Lévesque-Caron'],
      ['PHONE', '(613) 882-4017'],
      ['EMAIL', 'elevesquecaron@gmail.com'],
      ['PERSON', 'Manpreet'],
      ['PERSON', 'Grewal'],
      ['PHONE', '(613) 290-7718'],
      ['PERSON', 'Kiawenti:io'],
      ['PERSON', 'Deer'],
      ['PHONE', '(613) 441-0926'],
      ['EMAIL', 'kdeer.akwesasne@outlook.com'],
    ],
  },
  {
    name: 'DBeaver Advanced Copy with column names of US donors: first and last names apart, a spouse named in full, [NULL] cells, employers and matching-gift companies (Mount Sinai, ExxonMobil Foundation, Bill & Melinda Gates Foundation), an Anonymous Donor row',
    text: `Copied from DBeaver (Advanced Copy, with column names) - board wants couples shown as "Ezekiel & Adaobi Okwuosa" in the honour roll. How do I build that in SQL when spouse_name is sometimes NULL and sometimes has a different surname?

donor_id	first_name	last_name	spouse_name	email	phone	zip	total_2023	employer	matching_gift_co
100418	Ezekiel	Okwuosa	Adaobi Okwuosa	ezekiel.okwuosa@gmail.com	(281) 904-3317	77005	12500.00	ExxonMobil	ExxonMobil Foundation
100522	Rivka	Hershkowitz	[NULL]	rivka.h@verizon.net	(718) 436-2290	11230	3600.00	Mount Sinai Health System	[NULL]
100617	Grayson	Whitfield-Boone	Emmaline Boone	grayson.wb@me.com	(615) 209-8841	37215	25000.00	Dollar General	[NULL]
100733	Anonymous	Donor	[NULL]	[NULL]	[NULL]	[NULL]	50000.00	[NULL]	Bill & Melinda Gates Foundation`,
    // In the couple form of the question Ezekiel is the donor named in fields below and Adaobi Okwuosa his spouse; Anonymous Donor is a placeholder; employers and foundations named after people, ZIP codes, ids and totals are not ours.
    expected: [
      ['PERSON', 'Ezekiel'],
      ['PERSON', 'Adaobi Okwuosa'],
      ['PERSON', 'Ezekiel'],
      ['PERSON', 'Okwuosa'],
      ['PERSON', 'Adaobi Okwuosa'],
      ['EMAIL', 'ezekiel.okwuosa@gmail.com'],
      ['PHONE', '(281) 904-3317'],
      ['PERSON', 'Rivka'],
      ['PERSON', 'Hershkowitz'],
      ['EMAIL', 'rivka.h@verizon.net'],
      ['PHONE', '(718) 436-2290'],
      ['PERSON', 'Grayson'],
      ['PERSON', 'Whitfield-Boone'],
      ['PERSON', 'Emmaline Boone'],
      ['EMAIL', 'grayson.wb@me.com'],
      ['PHONE', '(615) 209-8841'],
    ],
  },
  {
    name: "DataGrip 'Copy as SQL INSERT' of three US employees for a scrubbed test database: SSNs, birth and hire dates, personal e-mails and home phones, a Vietnamese given name of two words and a Hawaiian family name",
    text: `DataGrip → select rows → Copy as SQL INSERT. I want these in the dev DB but scrubbed - can you rewrite them with realistic fakes that keep the same formats?

INSERT INTO hr.employees (employee_id, first_name, last_name, ssn, date_of_birth, hire_date, personal_email, home_phone, salary) VALUES (40117, 'Dashiell', 'Marchetti', '518-42-7706', '1983-05-09', '2017-03-20', 'dash.marchetti@gmail.com', '(406) 587-2214', 98000.00);
INSERT INTO hr.employees (employee_id, first_name, last_name, ssn, date_of_birth, hire_date, personal_email, home_phone, salary) VALUES (40233, 'Ngọc Anh', 'Phạm', '629-18-0453', '1990-11-27', '2019-08-05', 'ngocanh.pham90@yahoo.com', '(714) 893-6610', 84500.00);
INSERT INTO hr.employees (employee_id, first_name, last_name, ssn, date_of_birth, hire_date, personal_email, home_phone, salary) VALUES (40391, 'Keoni', 'Kahananui', '575-30-9182', '1978-07-04', '2021-01-11', 'keoni.kahananui@hawaiiantel.net', '(808) 247-3319', 112000.00);`,
    // Values are labelled by the INSERT column list; hire dates, employee ids and salaries are not ours.
    expected: [
      ['PERSON', 'Dashiell'],
      ['PERSON', 'Marchetti'],
      ['US_SSN', '518-42-7706'],
      ['DATE_OF_BIRTH', '1983-05-09'],
      ['EMAIL', 'dash.marchetti@gmail.com'],
      ['PHONE', '(406) 587-2214'],
      ['PERSON', 'Ngọc Anh'],
      ['PERSON', 'Phạm'],
      ['US_SSN', '629-18-0453'],
      ['DATE_OF_BIRTH', '1990-11-27'],
      ['EMAIL', 'ngocanh.pham90@yahoo.com'],
      ['PHONE', '(714) 893-6610'],
      ['PERSON', 'Keoni'],
      ['PERSON', 'Kahananui'],
      ['US_SSN', '575-30-9182'],
      ['DATE_OF_BIRTH', '1978-07-04'],
      ['EMAIL', 'keoni.kahananui@hawaiiantel.net'],
      ['PHONE', '(808) 247-3319'],
    ],
  },
  {
    name: 'DataGrip services console log and the result copied with the JSON extractor from an Irish hospital: forename and surname apart, dob, IHIs, Eircodes, mobiles, a GP with Dr., MRNs in the query',
    text: `[2024-06-12 10:14:21] Connected
pas> SELECT patient_id, mrn, forename, surname, dob, ihi, eircode, mobile, gp_name
     FROM pas.patients
     WHERE mrn IN ('MRN4418203', 'MRN4420917')
[2024-06-12 10:14:22] 2 rows retrieved starting from 1 in 112 ms (execution: 41 ms, fetching: 71 ms)

Copied with the JSON extractor:
[
  {
    "patient_id": 4418203,
    "mrn": "MRN4418203",
    "forename": "Séamus",
    "surname": "Ó Conghaile",
    "dob": "1951-01-30",
    "ihi": "7293001482",
    "eircode": "H91 X2C7",
    "mobile": "087 662 1935",
    "gp_name": "Dr. Fionnuala Brennan"
  },
  {
    "patient_id": 4420917,
    "mrn": "MRN4420917",
    "forename": "Wiktoria",
    "surname": "Kamińska-Burke",
    "dob": "1986-07-12",
    "ihi": "7293008815",
    "eircode": "H54 KP91",
    "mobile": "+353 83 119 4420",
    "gp_name": null
  }
]

Both were flagged as duplicates of older charts - what fields would you match on for the MPI merge?`,
    // Dr. is no part of the name; IHIs (ten digits like a phone), Eircodes, MRNs, patient ids and console timings are not ours.
    expected: [
      ['PERSON', 'Séamus'],
      ['PERSON', 'Ó Conghaile'],
      ['DATE_OF_BIRTH', '1951-01-30'],
      ['PHONE', '087 662 1935'],
      ['PERSON', 'Fionnuala Brennan'],
      ['PERSON', 'Wiktoria'],
      ['PERSON', 'Kamińska-Burke'],
      ['DATE_OF_BIRTH', '1986-07-12'],
      ['PHONE', '+353 83 119 4420'],
    ],
  },
  {
    name: "TablePlus 'Copy Connection URL' with a URL-encoded password and its GUI query string, then three rows copied with column names from an Australian marketplace: ABNs, BSBs and account numbers, contact names, mobiles and a business landline",
    text: `TablePlus → right-click connection → Copy Connection URL gave me this, and I copied 3 rows from sellers (Copy with column names). Why does abn come through as a float when I read the same table with pandas?

postgresql://seller_admin:${tpPw}@db.marketnest.com.au:5432/marketplace?statusColor=F8F8F8&env=production&name=MarketNest%20Prod&tLSMode=0&usePrivateKey=false&safeModeLevel=0&advancedSafeModeLevel=0&driverVersion=0

seller_id	business_name	abn	contact_name	contact_email	contact_phone	bsb	account_number	payout_freq	joined_at
MN-40118	Saltbush Skincare	51824753556	Noor Haddad	noor@saltbushskincare.com.au	0413 229 871	062-000	10447291	weekly	2021-09-14 10:22:09+10
MN-40372	Coulthard Leather Goods	33061204988	Bindi Coulthard	bindi.coulthard@bigpond.com	0428 640 115	033-157	582013	fortnightly	2022-05-03 16:40:51+10
MN-41006	Brooks & Tran Ceramics	74190355127	Talia Nguyen-Brooks	hello@brooksandtran.com.au	(03) 9486 2210	083-004	71940288	weekly	2023-11-27 08:05:33+11`,
    // The password as it stands in the URL is the secret; businesses named after their owners, ABNs, BSBs, domestic account numbers, seller ids and joined times are not ours; a shop's hello@ mailbox and landline count.
    expected: [
      ['SECRET', tpPw],
      ['PERSON', 'Noor Haddad'],
      ['EMAIL', 'noor@saltbushskincare.com.au'],
      ['PHONE', '0413 229 871'],
      ['PERSON', 'Bindi Coulthard'],
      ['EMAIL', 'bindi.coulthard@bigpond.com'],
      ['PHONE', '0428 640 115'],
      ['PERSON', 'Talia Nguyen-Brooks'],
      ['EMAIL', 'hello@brooksandtran.com.au'],
      ['PHONE', '(03) 9486 2210'],
    ],
  },
  {
    name: "Excel range pasted as TSV from HMRC's Gift Aid schedule template: Title, First name and Last name columns, house names and numbers, postcodes, an aggregated-donations line, donation dates (not birth dates), a Welsh house name",
    text: `Pasted from our Gift Aid claim spreadsheet (HMRC schedule template, rows 24-28). Charities Online rejected the upload - "row 27: donor details missing". Is it the aggregated line?

Title	First name or initial	Last name	House name or number	Postcode	Aggregated donations	Sponsored event	Donation date	Amount
Mrs	Gwenllian	Rees-Prydderch	Tŷ Gwyn	SA31 3EP			12/04/24	250.00
Mr	Tobenna	Okoro	17	M14 5RX			15/04/24	40.00
Dr	Harjinder	Sahota	Flat 4	B21 9NQ		Yes	20/04/24	125.00
					Gift Aid envelopes, Easter collection (14 donors)		30/04/24	186.00
Ms	Marianne	Østergaard-Hill	2	EH6 6QQ			02/05/24	1,000.00`,
    // Titles sit in their own column and are not names; first and last names are separate spans; house names and numbers, postcodes, donation dates and amounts are not ours.
    expected: [
      ['PERSON', 'Gwenllian'],
      ['PERSON', 'Rees-Prydderch'],
      ['PERSON', 'Tobenna'],
      ['PERSON', 'Okoro'],
      ['PERSON', 'Harjinder'],
      ['PERSON', 'Sahota'],
      ['PERSON', 'Marianne'],
      ['PERSON', 'Østergaard-Hill'],
    ],
  },
  {
    name: 'Google Sheets range pasted as TSV from a Singapore tuition centre: student names in Chinese, Malay and Indian forms (one with a Western name after a comma), day-first birth dates, NRIC last four, parents with bin and Chinese names, 8-digit mobiles',
    text: `Pasted from our Google Sheet "Term 3 enrolments" (tab P5-P6). I need a formula for age on 1 Jan 2025 from the DOB column - DATEDIF gives #VALUE! for some rows.

Student Name	Level	DOB	NRIC/FIN (last 4)	Parent/Guardian	Relationship	Parent Mobile	Parent Email	Class	Fees Paid
Lim Jia Hui, Charmaine	P5	14/02/2014	567D	Lim Chee Seng	Father	9736 2180	cheeseng.lim@gmail.com	P5-Math-A	TRUE
Aarav Menon	P6	03/09/2013	221J	Deepa Nair	Mother	8204 6617	deepa.nair.sg@hotmail.com	P6-Sci-B	FALSE
Siti Nur Aisyah binte Rahmat	P5	21/07/2014	903H	Rahmat bin Ismail	Father	9158 4402		P5-Math-A	TRUE
Ethan Koh Jun Wei	P6	30/11/2013 	114A	Koh Mei Ling	Mother	+65 8771 3306	meiling.koh@singnet.com.sg	P6-Sci-B	TRUE`,
    // A Chinese name with the Western name after a comma is one span, as are bin and binte names; the trailing space is no part of the date; NRIC suffixes, levels and classes are not ours.
    expected: [
      ['PERSON', 'Lim Jia Hui, Charmaine'],
      ['DATE_OF_BIRTH', '14/02/2014'],
      ['PERSON', 'Lim Chee Seng'],
      ['PHONE', '9736 2180'],
      ['EMAIL', 'cheeseng.lim@gmail.com'],
      ['PERSON', 'Aarav Menon'],
      ['DATE_OF_BIRTH', '03/09/2013'],
      ['PERSON', 'Deepa Nair'],
      ['PHONE', '8204 6617'],
      ['EMAIL', 'deepa.nair.sg@hotmail.com'],
      ['PERSON', 'Siti Nur Aisyah binte Rahmat'],
      ['DATE_OF_BIRTH', '21/07/2014'],
      ['PERSON', 'Rahmat bin Ismail'],
      ['PHONE', '9158 4402'],
      ['PERSON', 'Ethan Koh Jun Wei'],
      ['DATE_OF_BIRTH', '30/11/2013'],
      ['PERSON', 'Koh Mei Ling'],
      ['PHONE', '+65 8771 3306'],
      ['EMAIL', 'meiling.koh@singnet.com.sg'],
    ],
  },
  {
    name: "Excel payroll reconciliation pasted as TSV from an Irish employer: employee names, PPSNs, IE IBANs with BICs, gross and net, a pay date and the bank's rejection reasons",
    text: `Payroll recon - pasted from Excel (June run tab). The bank rejected two lines; can you see why from this, and write me an Excel check for the IBAN column?

Emp No	Employee	PPSN	IBAN	BIC	Gross	Net	Pay Date	Status
1042	Eoin Mac Giolla Bhríde	8812047KA	IE07IPBS99062534118807	IPBSIE2D	4,812.50	3,301.77	28/06/2024	OK
1077	Agnieszka Wróblewska	6409321RA	IE83ULSB98520117746301	ULSBIE2D	3,950.00	2,880.14	28/06/2024	REJECTED - account closed (Ulster Bank exit)
1103	Chiamaka Uzoma-Byrne	7720158WA	IE38AIBK93358260417729	BOFIIE2D	4,100.00	2,972.60	28/06/2024	REJECTED - BIC does not match IBAN
1120	Liam Fitzgerald-Ngata	9021774TA	IE81BOFI90612472913380	BOFIIE2D	3,620.00	2,690.45	28/06/2024	OK`,
    // PPSNs, BICs, employee numbers, amounts and the pay date are not ours.
    expected: [
      ['PERSON', 'Eoin Mac Giolla Bhríde'],
      ['IBAN', 'IE07IPBS99062534118807'],
      ['PERSON', 'Agnieszka Wróblewska'],
      ['IBAN', 'IE83ULSB98520117746301'],
      ['PERSON', 'Chiamaka Uzoma-Byrne'],
      ['IBAN', 'IE38AIBK93358260417729'],
      ['PERSON', 'Liam Fitzgerald-Ngata'],
      ['IBAN', 'IE81BOFI90612472913380'],
    ],
  },
  {
    name: "Power BI Desktop 'Copy table' from an At-risk students table visual of a Sydney school network: names, day-first birth dates without leading zeros, case workers, attendance percentages and a Total row",
    text: `Copied from the "At-risk students" table visual in Power BI Desktop (Copy → Copy table). The Total attendance should be the average, not 71.4 - is that my measure?

Student	Student ID	Date of Birth	Year	Campus	Attendance %	NAPLAN Band	Case Worker
Tjarra Ellis-Mundine	2210448	14/03/2009	Year 9	Redfern	71.2%	4	Lachlan Ferris
Ahmad Zia Rahimi	2210519	2/11/2008	Year 10	Auburn	68.9%	5	Lachlan Ferris
Grace Nakamura-Lowe	2211073	27/06/2009	Year 9	Redfern	74.0%	6	Soraya Haddad
Total					71.4%		`,
    // Student ids, campuses, percentages, bands and the Total row are not ours.
    expected: [
      ['PERSON', 'Tjarra Ellis-Mundine'],
      ['DATE_OF_BIRTH', '14/03/2009'],
      ['PERSON', 'Lachlan Ferris'],
      ['PERSON', 'Ahmad Zia Rahimi'],
      ['DATE_OF_BIRTH', '2/11/2008'],
      ['PERSON', 'Lachlan Ferris'],
      ['PERSON', 'Grace Nakamura-Lowe'],
      ['DATE_OF_BIRTH', '27/06/2009'],
      ['PERSON', 'Soraya Haddad'],
    ],
  },
  {
    name: "Power BI DAX query view: EVALUATE TOPN over SUMMARIZECOLUMNS of an Indian D2C brand's customers, the result grid copied with Table[Column] headers: names, bare 10-digit mobiles, a corporate customer named after its founder with an accounts-payable mailbox",
    text: `// DAX query view - top customers by revenue, FY24
EVALUATE
TOPN (
    4,
    SUMMARIZECOLUMNS (
        'Customer'[Customer Name],
        'Customer'[Email],
        'Customer'[Mobile],
        'Customer'[City],
        "Orders", [Order Count],
        "Revenue INR", [Total Revenue]
    ),
    [Revenue INR], DESC
)

Customer[Customer Name]	Customer[Email]	Customer[Mobile]	Customer[City]	[Orders]	[Revenue INR]
Mahindra Logistics Ltd	accounts.payable@mahindralogistics.com	2262847100	Mumbai	212	2418830
Rajeshwari Iyengar	rajeshwari.iyengar@gmail.com	9845012287	Mysuru	84	612480.5
Syed Abdul Raheem	raheem.syed@rediffmail.com	9848127730	Hyderabad	61	488215
Bhavna Chaudhary-Mehra	bhavna.cm@outlook.com	9873360418	Gurugram	57	431990

Why does Mahindra show up as a "customer"? It should be in the B2B model. Can you add a filter on 'Customer'[Segment] = "D2C"?`,
    // Mahindra is a company though its mailbox and switchboard count; DAX names, cities, order counts and revenue are not ours.
    expected: [
      ['EMAIL', 'accounts.payable@mahindralogistics.com'],
      ['PHONE', '2262847100'],
      ['PERSON', 'Rajeshwari Iyengar'],
      ['EMAIL', 'rajeshwari.iyengar@gmail.com'],
      ['PHONE', '9845012287'],
      ['PERSON', 'Syed Abdul Raheem'],
      ['EMAIL', 'raheem.syed@rediffmail.com'],
      ['PHONE', '9848127730'],
      ['PERSON', 'Bhavna Chaudhary-Mehra'],
      ['EMAIL', 'bhavna.cm@outlook.com'],
      ['PHONE', '9873360418'],
    ],
  },
  {
    name: "Python cell calling the Power BI executeQueries REST API with an MSAL confidential client (a live client secret beside tenant and client GUIDs), the JSON rows keyed by Table[Column]: a New Zealand employer's staff with hire and birth dates",
    text: `import msal, requests

app = msal.ConfidentialClientApplication(
    client_id="6f3b1c2e-8a47-4d90-b2e5-1c9f07a4d3e8",
    client_credential="${azureSecret}",
    authority="https://login.microsoftonline.com/b41e0c7a-2f95-4d38-a6c1-7e09d2f4b581",
)
tok = app.acquire_token_for_client(scopes=["https://analysis.windows.net/powerbi/api/.default"])["access_token"]

dax = """EVALUATE SELECTCOLUMNS(FILTER('Employee', 'Employee'[Status] = "Active" && 'Employee'[Region] = "Canterbury"),
  "Name", 'Employee'[Full Name], "Email", 'Employee'[Work Email], "DOB", 'Employee'[Date of Birth], "Hired", 'Employee'[Hire Date])"""
r = requests.post(
    "https://api.powerbi.com/v1.0/myorg/groups/2c7a9e14-5b03-4f8d-91e6-d04a3b7f2c61/datasets/e0d4b7a2-1f96-4c35-8a0e-5b2c9d71f408/executeQueries",
    headers={"Authorization": f"Bearer {tok}"},
    json={"queries": [{"query": dax}], "serializerSettings": {"includeNulls": True}},
)
r.json()["results"][0]["tables"][0]["rows"][:3]

[{'[Name]': 'Ngaio Rāwiri-Kemp',
  '[Email]': 'ngaio.rawirikemp@tuiwater.co.nz',
  '[DOB]': '1982-05-19T00:00:00',
  '[Hired]': '2011-02-07T00:00:00'},
 {'[Name]': 'Sione Tuipulotu',
  '[Email]': 's.tuipulotu@tuiwater.co.nz',
  '[DOB]': '1996-10-03T00:00:00',
  '[Hired]': '2020-08-17T00:00:00'},
 {'[Name]': 'Harriet Ashworth-Lin',
  '[Email]': 'harriet.ashworthlin@tuiwater.co.nz',
  '[DOB]': '1974-01-26T00:00:00',
  '[Hired]': '2005-06-13T00:00:00'}]`,
    // The client secret is the secret, the tenant, client, group and dataset GUIDs are not; the birth date's span is the date without its midnight time; hire dates are not ours.
    expected: [
      ['SECRET', azureSecret],
      ['PERSON', 'Ngaio Rāwiri-Kemp'],
      ['EMAIL', 'ngaio.rawirikemp@tuiwater.co.nz'],
      ['DATE_OF_BIRTH', '1982-05-19'],
      ['PERSON', 'Sione Tuipulotu'],
      ['EMAIL', 's.tuipulotu@tuiwater.co.nz'],
      ['DATE_OF_BIRTH', '1996-10-03'],
      ['PERSON', 'Harriet Ashworth-Lin'],
      ['EMAIL', 'harriet.ashworthlin@tuiwater.co.nz'],
      ['DATE_OF_BIRTH', '1974-01-26'],
    ],
  },
  {
    name: "Tableau 'View Data' → Full Data copied as TSV from a Texas and Illinois property manager: tenant names (one with a nickname in quotes), M/D/YYYY lease starts, balances, properties named after Jefferson and Lincoln Park, a Number of Records column, and the calculated field in question",
    text: `Tableau - Delinquency by Property sheet → View Data → Full Data → Copy. My calc [Days Late Bucket] is

IF [Days Late] >= 30 THEN "30+" ELSEIF [Days Late] >= 15 THEN "15-29" ELSE "<15" END

but all three of these land in "30+" even though the viz shows one in 15-29. What am I missing?

Property	Tenant Name	Unit	Lease Start	Balance Due	Days Late	Tenant Phone	Number of Records
Jefferson Commons	Marisol Echevarría	2B	8/1/2023	$2,140.00	47	(512) 228-9031	1
Jefferson Commons	Terrence "TJ" Okafor	4D	3/15/2022	$1,385.50	33	(512) 770-4416	1
Lincoln Park Lofts	Hye-jin Seo	310	6/1/2024	$3,600.00	31	(773) 402-1198	1`,
    // A name with its nickname in quotes is one span; properties named after people, lease starts, balances, units and counts are not ours.
    expected: [
      ['PERSON', 'Marisol Echevarría'],
      ['PHONE', '(512) 228-9031'],
      ['PERSON', 'Terrence "TJ" Okafor'],
      ['PHONE', '(512) 770-4416'],
      ['PERSON', 'Hye-jin Seo'],
      ['PHONE', '(773) 402-1198'],
    ],
  },
  {
    name: "R tibble printed in RStudio from a Cape Town clinic's diabetes register: a dplyr pipe, full names, <date> birth dates, SA ID numbers, cellphones and a Cape Town landline, HbA1c values and visit dates, NA cells",
    text: `> uncontrolled <- patients %>%
+   filter(clinic == "Khayelitsha", hba1c > 9) %>%
+   select(folder_no, full_name, dob, id_number, cell, hba1c, last_visit)
> uncontrolled
# A tibble: 4 × 7
  folder_no full_name            dob        id_number     cell         hba1c last_visit
  <chr>     <chr>                <date>     <chr>         <chr>        <dbl> <date>
1 KH-004418 Nomathemba Mgcina    1971-04-08 7104080519086 072 410 3386  11.2 2024-05-14
2 KH-007702 Siyabonga Ntshangase 1983-09-21 8309215727081 083 291 6604  10.4 2024-05-29
3 KH-010935 Fatima Isaacs-Jacobs 1966-12-02 6612020214087 021 361 9952   9.8 2024-06-03
4 KH-012271 Bonginkosi Zulu      1959-07-15 NA            NA             9.3 2024-06-10

I want to send an SMS recall to these via the Clickatell API - can you write the httr2 code that loops over uncontrolled and skips NA cells?`,
    // SA ID numbers, folder numbers, HbA1c values, visit dates and NA are not ours.
    expected: [
      ['PERSON', 'Nomathemba Mgcina'],
      ['DATE_OF_BIRTH', '1971-04-08'],
      ['PHONE', '072 410 3386'],
      ['PERSON', 'Siyabonga Ntshangase'],
      ['DATE_OF_BIRTH', '1983-09-21'],
      ['PHONE', '083 291 6604'],
      ['PERSON', 'Fatima Isaacs-Jacobs'],
      ['DATE_OF_BIRTH', '1966-12-02'],
      ['PHONE', '021 361 9952'],
      ['PERSON', 'Bonginkosi Zulu'],
      ['DATE_OF_BIRTH', '1959-07-15'],
    ],
  },
  {
    name: "R data.table from an Indian test-prep company: an fread warning that quotes the discarded CSV line (names, a guardian in 'Family, Given' form, birth date, mobile and e-mail), then a print with the <IDat> and <i64> class row: guardians in initial form",
    text: `> dt <- fread("neet_mock_results_2024.csv")
Warning message:
In fread("neet_mock_results_2024.csv") :
  Stopped early on line 2219. Expected 9 fields but found 10. Consider fill=TRUE and comment.char=. First discarded non-empty line: <<2218,Fathima,Rizwana,"Shaik, Abdul",2006-10-02,9849011822,fathima.rizwana06@gmail.com,412,Hyderabad,>>
> dt[score >= 650][order(-score)]
   roll_no    first_name       last_name      guardian_name        dob     mobile                          email score      city
     <int>        <char>          <char>             <char>     <IDat>      <i64>                         <char> <int>    <char>
1:    1042        Ananya   Krishnamurthy      K. Srinivasan 2006-03-18 9880144273         ananya.k2006@gmail.com   688 Bengaluru
2:    1877      Mohammed          Shoaib      Abdul Khaleel 2005-12-01 9908415526          shoaib.md05@gmail.com   671 Hyderabad
3:     311 Priyadarshini Balasubramanian R. Balasubramanian 2006-07-24 9841250673         priya.bala06@yahoo.com   664   Chennai
4:    2093       Harshit         Agarwal      Manoj Agarwal 2006-01-09 9829046118 harshit.agarwal.kota@gmail.com   652      Kota

How do I read the file without losing everything after line 2218? And is the trailing comma the real problem, not the quoted guardian name?`,
    // The discarded line is labelled by the columns printed below it; first_name and last_name are separate spans, a 'Family, Given' guardian one span; roll numbers, scores, line numbers and cities are not ours.
    expected: [
      ['PERSON', 'Fathima'],
      ['PERSON', 'Rizwana'],
      ['PERSON', 'Shaik, Abdul'],
      ['DATE_OF_BIRTH', '2006-10-02'],
      ['PHONE', '9849011822'],
      ['EMAIL', 'fathima.rizwana06@gmail.com'],
      ['PERSON', 'Ananya'],
      ['PERSON', 'Krishnamurthy'],
      ['PERSON', 'K. Srinivasan'],
      ['DATE_OF_BIRTH', '2006-03-18'],
      ['PHONE', '9880144273'],
      ['EMAIL', 'ananya.k2006@gmail.com'],
      ['PERSON', 'Mohammed'],
      ['PERSON', 'Shoaib'],
      ['PERSON', 'Abdul Khaleel'],
      ['DATE_OF_BIRTH', '2005-12-01'],
      ['PHONE', '9908415526'],
      ['EMAIL', 'shoaib.md05@gmail.com'],
      ['PERSON', 'Priyadarshini'],
      ['PERSON', 'Balasubramanian'],
      ['PERSON', 'R. Balasubramanian'],
      ['DATE_OF_BIRTH', '2006-07-24'],
      ['PHONE', '9841250673'],
      ['EMAIL', 'priya.bala06@yahoo.com'],
      ['PERSON', 'Harshit'],
      ['PERSON', 'Agarwal'],
      ['PERSON', 'Manoj Agarwal'],
      ['DATE_OF_BIRTH', '2006-01-09'],
      ['PHONE', '9829046118'],
      ['EMAIL', 'harshit.agarwal.kota@gmail.com'],
    ],
  },
  {
    name: "Polars DataFrame printed in a Dublin letting agent's notebook: the shape line and box with dtype row, RTB registration numbers, tenant names, birth dates, mobiles (one null), arrears and lease-end dates",
    text: `>>> arrears = (
...     pl.read_parquet("tenancies_2024-06.parquet")
...     .filter(pl.col("arrears_eur") > 2000)
...     .select("rtb_reg", "tenant_name", "dob", "mobile", "arrears_eur", "lease_end")
... )
>>> arrears
shape: (3, 6)
┌───────────┬─────────────────────┬────────────┬──────────────────┬─────────────┬────────────┐
│ rtb_reg   ┆ tenant_name         ┆ dob        ┆ mobile           ┆ arrears_eur ┆ lease_end  │
│ ---       ┆ ---                 ┆ ---        ┆ ---              ┆ ---         ┆ ---        │
│ str       ┆ str                 ┆ date       ┆ str              ┆ f64         ┆ date       │
╞═══════════╪═════════════════════╪════════════╪══════════════════╪═════════════╪════════════╡
│ RT0041182 ┆ Dearbhla Nic Aodha  ┆ 1992-08-04 ┆ 087 330 1946     ┆ 2480.0      ┆ 2025-01-31 │
│ RT0043907 ┆ Mihai Popescu-Byrne ┆ 1987-03-22 ┆ +353 89 412 0773 ┆ 3915.5      ┆ 2024-09-30 │
│ RT0051260 ┆ Precious Adebayo    ┆ 2001-11-11 ┆ null             ┆ 2210.0      ┆ 2025-06-30 │
└───────────┴─────────────────────┴────────────┴──────────────────┴─────────────┴────────────┘

Can you give me the Polars expression to add months_to_lease_end, and bucket arrears into <2.5k, 2.5-4k, 4k+?`,
    // RTB registration numbers, arrears and lease-end dates are not ours.
    expected: [
      ['PERSON', 'Dearbhla Nic Aodha'],
      ['DATE_OF_BIRTH', '1992-08-04'],
      ['PHONE', '087 330 1946'],
      ['PERSON', 'Mihai Popescu-Byrne'],
      ['DATE_OF_BIRTH', '1987-03-22'],
      ['PHONE', '+353 89 412 0773'],
      ['PERSON', 'Precious Adebayo'],
      ['DATE_OF_BIRTH', '2001-11-11'],
    ],
  },
  {
    name: 'Polars read_csv ComputeError naming the date_of_birth column: an impossible birth date quoted twice, the byte offset and the suggested fixes',
    text: `polars.exceptions.ComputeError: could not parse \`"31/02/1990"\` as dtype \`date\` at column 'date_of_birth' (column number 4)

The current offset in the file is 18442 bytes.

You might want to try:
- increasing \`infer_schema_length\` (e.g. \`infer_schema_length=10000\`),
- specifying correct dtype with the \`schema_overrides\` argument
- setting \`ignore_errors\` to \`True\`,
- adding \`"31/02/1990"\` to the \`null_values\` list.

Original error: \`\`\`remaining bytes non-empty\`\`\``,
    // The impossible value is a birth date each time; the offset and column number are not ours.
    expected: [
      ['DATE_OF_BIRTH', '31/02/1990'],
      ['DATE_OF_BIRTH', '31/02/1990'],
    ],
  },
  {
    name: "Looker Explore of monthly revenue by region downloaded as TXT, with the LookML measures: regions and provinces named after people (Victoria, Wellington, Prince Edward Island, King George Island as a test region), months, counts and totals - nobody's data",
    text: `LookML:

  measure: total_revenue {
    type: sum
    sql: \${TABLE}.net_amount ;;
    value_format_name: usd_0
    drill_fields: [customers.region, orders.created_month]
  }
  measure: order_count { type: count_distinct  sql: \${TABLE}.order_id ;; }

Explore → Download → TXT:

Orders Created Month	Customers Region	Orders Order Count	Orders Total Revenue
2024-03	Victoria	18,204	$2,418,330
2024-03	Wellington	6,117	$771,902
2024-03	Prince Edward Island	1,042	$118,470
2024-04	Victoria	19,877	$2,602,115
2024-04	Wellington	6,530	$808,263
2024-04	Prince Edward Island	998	$112,004
2024-04	King George Island (test)	3	$0

Why is March Victoria 2.4M here but 2.6M on the finance dashboard? Both say "net".`,
    // Places named after people, months, counts and revenue totals hold no personal data.
    expected: [],
  },
  {
    name: "Power BI row-level security role definitions and the Test-as-role dialog: DAX filters on USERPRINCIPALNAME() and a lookup table, role names, a placeholder 'Other user' of test@example.com - no one's data",
    text: `Roles (Modeling → Manage roles):

Role: Regional Manager
  Table: 'Region Access'
  DAX filter: [ManagerUPN] = USERPRINCIPALNAME()

Role: Store Staff
  Table: 'Store'
  DAX filter:
    VAR _me = USERPRINCIPALNAME()
    RETURN 'Store'[StoreKey] IN CALCULATETABLE ( VALUES ( 'Staff Store'[StoreKey] ), 'Staff Store'[UPN] = _me )

View as → Other user: test@example.com, roles: Regional Manager
Result: "The visual has no data" for every page.

Region Access has 14 rows, Staff Store has 2,310. Both relationships are single-direction from the access tables. Why would a regional manager see nothing, and how do I test it properly without a real account?`,
    // DAX, role and table names, a reserved-domain test account and counts are not personal data.
    expected: [],
  },
  {
    name: 'Sigma sample-data workbook with placeholder people copied as TSV: Jane Doe, John Doe and Test User rows with example.com addresses and 555-01xx numbers, a 1900-01-01 default birth date, used to ask about a formula',
    text: `This is from Sigma's demo connection (the "Customer Sample" dataset our trainer uses), not real data. Why does DateDiff("year", [Birth Date], Today()) give 124 for the first row?

Customer Key	First Name	Last Name	Email	Phone	Birth Date	Segment
1	Jane	Doe	jane.doe@example.com	(555) 010-0101	1900-01-01	Consumer
2	John	Doe	john.doe@example.com	(555) 010-0102	1970-01-01	Corporate
3	Test	User	test.user@example.org	555-0199		Home Office`,
    // Placeholder people, reserved example domains, fictional 555-01xx numbers and default dates are not personal data.
    expected: [],
  },
];

describeHoldout(
  'privacy hold-out 35: everyday BI and notebook output from English-speaking data teams',
  cases,
);
