import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A fourth hand-written hold-out, in the shapes an AI feature of a data notebook actually sends and
 * the first three hold-outs do not cover: chat turns with pasted rows, LLM request bodies with tool
 * calls (arguments as escaped JSON) and tool results, SQL WHERE clauses and CTEs with literals,
 * Python dict literals, f-strings and namedtuple/dataclass reprs, pandas to_string/info/describe,
 * MySQL and Oracle SQL*Plus output, Snowflake and Databricks exports, CSV with embedded newlines,
 * JSON Lines, YAML fixtures, SOAP, FHIR and HL7 v2, invoices and receipts, HR records, vCard and
 * ICS, git config and trailers, package.json, Dockerfiles, CI YAML, Terraform state, shell history,
 * HTTP request dumps, Postfix logs, French, German, Italian, Spanish, Japanese, Vietnamese and Indian
 * material, Arabic names in Latin script, names with particles, initials and legacy all-caps
 * "LAST, FIRST" names, and hard negatives. Each case lists every value it expects found, with its
 * type; anything else flagged is a false positive. Values are fake: Luhn-valid made-up cards, IBANs
 * with valid check digits (and national check digits where the country has them), SSNs in valid
 * areas, made-up names and keys.
 */
const k = joinParts;
const awsKeyId = k('AK', 'IA', 'Z7Q4M2XK9RTP3WLE');
const awsSecret = k('Hq3vR8mZ2kLx9WpT4nB7', 'cY1dF6gJ0sAe5uKo2iTz');
const npmToken = k('npm', '_', 'Rt5vLm2Xq9WcK4bN8pZ1yHd3JfG6sAe0uVi7');
const databricksToken = k('dapi', '4f8c2e9a1b7d3f6e0c5a8b2d9f1e7c3a');
const openaiKey = k('sk-', 'proj-', 'Lm8Qx2Rt7vWc4KbN9pZ1yHd3JfG6sAe0uVi5oBnT');
const tfAccessKeyId = k('AK', 'IA', 'R4M8XQ2ZK7TP9WLE');
const tfSecret = k('w9Lq2Xz7Rt4Vm8Nc1By5', 'Hd3Jf6Gs0Ae2Uk7Io4Pn');
const sesSmtpPassword = k('BJ', 'k7Rt2Vq9Xm4Lz8Wc1Nb5Yd3Hf6Gs0Ae2Uk7Io4PnTq');
// base64 of "svc-report:Rp7!qLm2Zx"
const basicAuth = k('c3ZjLXJlcG9ydDpS', 'cDchcUxtMlp4');
const sessionId = k('k3x9q2m7v1l8p4z6', 't0w5r2y8n3b7c1d4');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- chat turns and LLM request bodies
  {
    name: 'chat turn: user pastes a query and its rows and asks why a name appears twice',
    text: `why does this query return Maria Gonzalez twice?

SELECT c.customer_id, c.full_name, c.email, o.order_id
FROM customers c
JOIN orders o ON o.customer_id = c.customer_id
WHERE c.full_name = 'Maria Gonzalez';

 customer_id |   full_name    |           email            | order_id
-------------+----------------+----------------------------+----------
       20417 | Maria Gonzalez | maria.gonzalez82@gmail.com |    77120
       20417 | Maria Gonzalez | maria.gonzalez82@gmail.com |    77348
(2 rows)

is the join wrong or does she really have two orders?`,
    expected: [
      ['PERSON', 'Maria Gonzalez'],
      ['PERSON', 'Maria Gonzalez'],
      ['PERSON', 'Maria Gonzalez'],
      ['EMAIL', 'maria.gonzalez82@gmail.com'],
      ['PERSON', 'Maria Gonzalez'],
      ['EMAIL', 'maria.gonzalez82@gmail.com'],
    ],
  },
  {
    name: 'OpenAI chat request with a tool call (arguments as escaped JSON) and a tool result',
    text: `{"model":"gpt-4o-mini","temperature":0,"messages":[{"role":"system","content":"You are a SQL assistant for the Kestrel warehouse. Answer with one query."},{"role":"user","content":"Find everything we have on Rajesh Khanna-Patel, he says his mobile is +91 98201 44556"},{"role":"assistant","content":null,"tool_calls":[{"id":"call_Qm7xW2pLr9Tz4vKc8nYd3bFg","type":"function","function":{"name":"run_sql","arguments":"{\\"query\\": \\"SELECT customer_id, email, date_of_birth FROM customers WHERE phone = '+919820144556'\\"}"}}]},{"role":"tool","tool_call_id":"call_Qm7xW2pLr9Tz4vKc8nYd3bFg","content":"[{\\"customer_id\\": 88412, \\"email\\": \\"rajesh.kp@rediffmail.com\\", \\"date_of_birth\\": \\"1983-06-19\\"}]"}]}`,
    expected: [
      ['PERSON', 'Rajesh Khanna-Patel'],
      ['PHONE', '+91 98201 44556'],
      ['PHONE', '+919820144556'],
      ['EMAIL', 'rajesh.kp@rediffmail.com'],
      ['DATE_OF_BIRTH', '1983-06-19'],
    ],
  },
  {
    name: 'Anthropic messages with a tool_use input and a tool_result holding a row',
    text: `[{"role":"assistant","content":[{"type":"text","text":"I'll look the account up first."},{"type":"tool_use","id":"toolu_01A09q90qw90lq917835lq9","name":"lookup_customer","input":{"email":"noura.alhashimi@outlook.sa","dob":"1991-07-23"}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01A09q90qw90lq917835lq9","content":"{\\"name\\": \\"Noura bint Faisal Al-Hashimi\\", \\"iban\\": \\"AE88 2686 3612 8013 6969 146\\", \\"segment\\": \\"private\\"}"}]}]`,
    expected: [
      ['EMAIL', 'noura.alhashimi@outlook.sa'],
      ['DATE_OF_BIRTH', '1991-07-23'],
      ['PERSON', 'Noura bint Faisal Al-Hashimi'],
      ['IBAN', 'AE88 2686 3612 8013 6969 146'],
    ],
  },
  {
    name: 'chat turn about a dedupe rule with Arabic names in Latin script',
    text: `the dedupe merged Khalid bin Saeed Al-Fahad and Khalid Al-Fahad into one profile, but they are different customers (DOB 1990-02-14 vs 1962-07-01). Also Abdul Rahman Al-Mansouri shows up under Fatima Zahra El Idrissi's email f.elidrissi@menara.ma — how do I tighten the match rule?`,
    expected: [
      ['PERSON', 'Khalid bin Saeed Al-Fahad'],
      ['PERSON', 'Khalid Al-Fahad'],
      ['DATE_OF_BIRTH', '1990-02-14'],
      ['DATE_OF_BIRTH', '1962-07-01'],
      ['PERSON', 'Abdul Rahman Al-Mansouri'],
      ['PERSON', 'Fatima Zahra El Idrissi'],
      ['EMAIL', 'f.elidrissi@menara.ma'],
    ],
  },
  {
    name: 'chat turn with a window-function question and no personal data',
    text: `why does my ROW_NUMBER() give duplicates? I expected one row per email:

SELECT customer_id, email, ROW_NUMBER() OVER (PARTITION BY lower(email) ORDER BY created_at DESC) AS rn
FROM staging.customers
QUALIFY rn = 1;

it returns 48,213 rows but COUNT(DISTINCT email) is 47,990.`,
    expected: [],
  },
  // ---------------------------------------------------------------- SQL with literals
  {
    name: 'SQL CTEs with card, IBAN, email and surname literals',
    text: `WITH flagged AS (
    SELECT customer_id
    FROM payments
    WHERE card_number IN ('4191332755801212', '5454581773256002')
       OR iban = 'DE36108773652843667482'
), dupes AS (
    SELECT email, COUNT(*) AS n
    FROM customers
    WHERE email ILIKE '%@kestrel-analytics.io' OR email = 'h.mcdonald@btinternet.com'
    GROUP BY email
    HAVING COUNT(*) > 1
)
SELECT c.first_name, c.last_name, c.ssn
FROM customers c
JOIN flagged f USING (customer_id)
WHERE c.last_name IN ('McDonald', 'O''Neil', 'van der Merwe')
  AND c.date_of_birth < DATE '1970-01-01';`,
    // '%@kestrel-analytics.io' is a pattern, not an address; DATE '1970-01-01' is a cut-off.
    expected: [
      ['CREDIT_CARD', '4191332755801212'],
      ['CREDIT_CARD', '5454581773256002'],
      ['IBAN', 'DE36108773652843667482'],
      ['EMAIL', 'h.mcdonald@btinternet.com'],
      ['PERSON', 'McDonald'],
      ['PERSON', "O''Neil"],
      ['PERSON', 'van der Merwe'],
    ],
  },
  {
    name: 'SQL UPDATE fixing a date of birth and SSN, with the name in a comment',
    text: `-- HR-2291: correct DOB and SSN for Gurpreet Kaur (typo at onboarding)
UPDATE hr.employees
   SET date_of_birth = '1984-10-07',
       ssn           = '431-58-2097',
       updated_by    = 'a.whitmore',
       updated_at    = now()
 WHERE employee_id = 30418;`,
    expected: [
      ['PERSON', 'Gurpreet Kaur'],
      ['DATE_OF_BIRTH', '1984-10-07'],
      ['US_SSN', '431-58-2097'],
    ],
  },
  // ---------------------------------------------------------------- Python code and reprs
  {
    name: 'Python dict literal and f-strings built from it',
    text: `customer = {
    "first_name": "Siobhán",
    "last_name": "O'Neil",
    "email": "siobhan.oneil@eircom.net",
    "phone": "+353 87 614 2290",
    "tags": ["vip", "churn-risk"],
}
subject = f"Renewal for {customer['first_name']} {customer['last_name']}"
body = f"Dear Ms {customer['last_name']}, we tried to reach you on {customer['phone']}."`,
    expected: [
      ['PERSON', 'Siobhán'],
      ['PERSON', "O'Neil"],
      ['EMAIL', 'siobhan.oneil@eircom.net'],
      ['PHONE', '+353 87 614 2290'],
    ],
  },
  {
    name: 'IPython cell with an f-string and its printed output',
    text: `In [12]: name, dob = "Hamish McDonald", "1979-04-02"
In [13]: print(f"{name} (born {pd.Timestamp(dob):%d %B %Y}) is {age(dob)} years old")
Hamish McDonald (born 02 April 1979) is 45 years old`,
    expected: [
      ['PERSON', 'Hamish McDonald'],
      ['DATE_OF_BIRTH', '1979-04-02'],
      ['PERSON', 'Hamish McDonald'],
      ['DATE_OF_BIRTH', '02 April 1979'],
    ],
  },
  {
    name: 'SQLAlchemy rows and a namedtuple printed in a REPL',
    text: `>>> for row in conn.execute(text("SELECT id, name, email, phone FROM customers WHERE city = 'Leeds' LIMIT 2")):
...     print(row)
...
(7, 'Ana Ruiz', 'ana.ruiz@telefonica.net', '+44 113 496 0721')
(8, 'Jan van der Merwe', 'jvdmerwe@mweb.co.za', '+27 21 480 3391')
>>> Customer = namedtuple("Customer", "id name email")
>>> Customer(7, 'Ana Ruiz', 'ana.ruiz@telefonica.net')
Customer(id=7, name='Ana Ruiz', email='ana.ruiz@telefonica.net')`,
    expected: [
      ['PERSON', 'Ana Ruiz'],
      ['EMAIL', 'ana.ruiz@telefonica.net'],
      ['PHONE', '+44 113 496 0721'],
      ['PERSON', 'Jan van der Merwe'],
      ['EMAIL', 'jvdmerwe@mweb.co.za'],
      ['PHONE', '+27 21 480 3391'],
      ['PERSON', 'Ana Ruiz'],
      ['EMAIL', 'ana.ruiz@telefonica.net'],
      ['PERSON', 'Ana Ruiz'],
      ['EMAIL', 'ana.ruiz@telefonica.net'],
    ],
  },
  {
    name: 'dataclass repr with datetime.date and a list of given names',
    text: `>>> repo.get_patient(4471)
Patient(patient_id=4471, family_name='Eze', given_names=['Chukwuemeka', 'Tobenna'], date_of_birth=datetime.date(1975, 8, 12), phone='+234 803 418 2276', ssn=None, email='c.eze@yahoo.com', created_at=datetime.datetime(2024, 3, 12, 10, 15, 2, 118000))`,
    // As with ISODate('…'), the date is the constructor's arguments; created_at is no birth date.
    expected: [
      ['PERSON', 'Eze'],
      ['PERSON', 'Chukwuemeka'],
      ['PERSON', 'Tobenna'],
      ['DATE_OF_BIRTH', '1975, 8, 12'],
      ['PHONE', '+234 803 418 2276'],
      ['EMAIL', 'c.eze@yahoo.com'],
    ],
  },
  // ---------------------------------------------------------------- pandas
  {
    name: 'pandas to_string of a legacy all-caps "LAST, FIRST" extract',
    text: `>>> print(legacy[["MBR_NO", "MBR_NAME", "BIRTH_DT", "PHONE_NO", "ZIP"]].to_string(index=False))
    MBR_NO             MBR_NAME   BIRTH_DT       PHONE_NO   ZIP
0041882301 VAN DER BERG, PIETER 03/22/1971 (915) 544-2087 79901
0041882302      O'NEIL, SIOBHAN 11/05/1964 (915) 581-3362 79912
0041882303     MCDONALD, EWAN J 07/30/1988 (915) 833-4410 79936`,
    expected: [
      ['PERSON', 'VAN DER BERG, PIETER'],
      ['DATE_OF_BIRTH', '03/22/1971'],
      ['PHONE', '(915) 544-2087'],
      ['PERSON', "O'NEIL, SIOBHAN"],
      ['DATE_OF_BIRTH', '11/05/1964'],
      ['PHONE', '(915) 581-3362'],
      ['PERSON', 'MCDONALD, EWAN J'],
      ['DATE_OF_BIRTH', '07/30/1988'],
      ['PHONE', '(915) 833-4410'],
    ],
  },
  {
    name: 'Italian pandas frame with codice fiscale',
    text: `>>> clienti.head(3)
      cognome      nome  data_nascita         cellulare                   email    codice_fiscale
0       Russo  Giuseppe    1975-02-11  +39 347 123 4567       g.russo@libero.it  RSSGPP75B11H501X
1    Esposito    Chiara    1990-09-30      333 765 4321  chiara.esposito@tim.it  SPSCHR90P70F839Z
2  Di Stefano   Lorenzo    1968-06-05  +39 06 8841 2270      l.distefano@pec.it  DSTLNZ68H05H501Y`,
    // The codice fiscale is personal data but none of the engine's types.
    expected: [
      ['PERSON', 'Russo'],
      ['PERSON', 'Giuseppe'],
      ['DATE_OF_BIRTH', '1975-02-11'],
      ['PHONE', '+39 347 123 4567'],
      ['EMAIL', 'g.russo@libero.it'],
      ['PERSON', 'Esposito'],
      ['PERSON', 'Chiara'],
      ['DATE_OF_BIRTH', '1990-09-30'],
      ['PHONE', '333 765 4321'],
      ['EMAIL', 'chiara.esposito@tim.it'],
      ['PERSON', 'Di Stefano'],
      ['PERSON', 'Lorenzo'],
      ['DATE_OF_BIRTH', '1968-06-05'],
      ['PHONE', '+39 06 8841 2270'],
      ['EMAIL', 'l.distefano@pec.it'],
    ],
  },
  {
    name: 'pandas df.info() of a customers frame',
    text: `>>> customers.info()
<class 'pandas.core.frame.DataFrame'>
RangeIndex: 48213 entries, 0 to 48212
Data columns (total 7 columns):
 #   Column         Non-Null Count  Dtype         
---  ------         --------------  -----         
 0   customer_id    48213 non-null  int64         
 1   full_name      48213 non-null  object        
 2   email          47990 non-null  object        
 3   phone          41022 non-null  object        
 4   date_of_birth  39877 non-null  datetime64[ns]
 5   iban           12004 non-null  object        
 6   ltv_eur        48213 non-null  float64       
dtypes: datetime64[ns](1), float64(1), int64(1), object(4)
memory usage: 2.6+ MB`,
    expected: [],
  },
  {
    name: 'pandas df.describe() with phone-sized and id-sized numbers',
    text: `>>> customers[["customer_id", "msisdn", "ltv_eur", "age"]].describe()
        customer_id        msisdn       ltv_eur           age
count  4.821300e+04  4.102200e+04  48213.000000  39877.000000
mean   1.002411e+07  4.915123e+11    1284.512309     41.278113
std    1.391786e+04  2.118409e+10    2209.774812     13.904415
min    1.000000e+07  4.915100e+11       0.000000     18.000000
25%    1.001205e+07  4.915112e+11     112.500000     30.000000
50%    1.002411e+07  4.915123e+11     498.990000     40.000000
75%    1.003616e+07  4.915135e+11    1520.000000     52.000000
max    1.004821e+07  4.917799e+11   98211.400000     94.000000`,
    expected: [],
  },
  // ---------------------------------------------------------------- database CLIs and warehouse exports
  {
    name: 'mysql> table with Spanish compound surnames and particles',
    text: `mysql> SELECT id, nombre, apellidos, email, telefono FROM clientes WHERE provincia = 'Sevilla' LIMIT 3;
+------+-------------+---------------------+---------------------------+------------------+
| id   | nombre      | apellidos           | email                     | telefono         |
+------+-------------+---------------------+---------------------------+------------------+
| 1187 | María José  | de la Cruz Romero   | mjdelacruz@telefonica.net | +34 954 21 87 66 |
| 1188 | Juan Carlos | de los Santos Pérez | jc.delossantos@gmail.com  | 655 318 442      |
| 1189 | Inmaculada  | Ortega Villalba     | inma.ortega@hotmail.es    | 622 40 19 83     |
+------+-------------+---------------------+---------------------------+------------------+
3 rows in set (0.01 sec)`,
    expected: [
      ['PERSON', 'María José'],
      ['PERSON', 'de la Cruz Romero'],
      ['EMAIL', 'mjdelacruz@telefonica.net'],
      ['PHONE', '+34 954 21 87 66'],
      ['PERSON', 'Juan Carlos'],
      ['PERSON', 'de los Santos Pérez'],
      ['EMAIL', 'jc.delossantos@gmail.com'],
      ['PHONE', '655 318 442'],
      ['PERSON', 'Inmaculada'],
      ['PERSON', 'Ortega Villalba'],
      ['EMAIL', 'inma.ortega@hotmail.es'],
      ['PHONE', '622 40 19 83'],
    ],
  },
  {
    name: 'Oracle SQL*Plus output with a truncated DATE header and DD-MON-YY dates',
    text: `SQL> SET LINESIZE 120
SQL> SELECT emp_id, last_name, first_name, birth_date, phone_number FROM hr.staff WHERE dept_id = 60;

    EMP_ID LAST_NAME                 FIRST_NAME           BIRTH_DAT PHONE_NUMBER
---------- ------------------------- -------------------- --------- --------------------
       103 Whitmore                  Alistair             14-MAR-87 617.494.2281
       104 Oyelaran-Smith            Funmilayo            02-NOV-79 617.494.2290
       105 Kristiansen               Sigrid               27-JUN-91 617.494.2307

3 rows selected.`,
    expected: [
      ['PERSON', 'Whitmore'],
      ['PERSON', 'Alistair'],
      ['DATE_OF_BIRTH', '14-MAR-87'],
      ['PHONE', '617.494.2281'],
      ['PERSON', 'Oyelaran-Smith'],
      ['PERSON', 'Funmilayo'],
      ['DATE_OF_BIRTH', '02-NOV-79'],
      ['PHONE', '617.494.2290'],
      ['PERSON', 'Kristiansen'],
      ['PERSON', 'Sigrid'],
      ['DATE_OF_BIRTH', '27-JUN-91'],
      ['PHONE', '617.494.2307'],
    ],
  },
  {
    name: 'Snowsight result grid copied as TSV with Vietnamese names',
    text: `Row\tCUSTOMER_NAME\tEMAIL\tPHONE\tLIFETIME_VALUE\tLAST_ORDER_TS
1\tTrần Thị Thu Hà\tthuha.tran@gmail.com\t+84 912 345 678\t18420.55\t2024-03-10 21:14:07.000
2\tBùi Quang Minh\tminh.bq@fpt.com.vn\t+84 28 3822 4411\t9034.10\t2024-03-11 08:02:51.000
3\tLê Hoàng Yến\tyen.lehoang@yahoo.com.vn\t0903 218 447\t4410.00\t2024-03-11 19:45:30.000`,
    expected: [
      ['PERSON', 'Trần Thị Thu Hà'],
      ['EMAIL', 'thuha.tran@gmail.com'],
      ['PHONE', '+84 912 345 678'],
      ['PERSON', 'Bùi Quang Minh'],
      ['EMAIL', 'minh.bq@fpt.com.vn'],
      ['PHONE', '+84 28 3822 4411'],
      ['PERSON', 'Lê Hoàng Yến'],
      ['EMAIL', 'yen.lehoang@yahoo.com.vn'],
      ['PHONE', '0903 218 447'],
    ],
  },
  {
    name: 'Databricks notebook source export with MAGIC cells and a PAT',
    text: `# Databricks notebook source
# MAGIC %md
# MAGIC ## Duplicate patient check
# MAGIC Owner: Aleksandra Nowak-Kowalczyk · last run 2024-03-12

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT mrn, patient_name, dob
# MAGIC FROM clinical.patients
# MAGIC WHERE patient_name IN ('Ravi Shankar Pillai', 'Leilani Kahale')

# COMMAND ----------

import requests
host = "https://adb-4821573910264.11.azuredatabricks.net"
token = "${databricksToken}"
requests.get(f"{host}/api/2.1/jobs/list", headers={"Authorization": f"Bearer {token}"})`,
    expected: [
      ['PERSON', 'Aleksandra Nowak-Kowalczyk'],
      ['PERSON', 'Ravi Shankar Pillai'],
      ['PERSON', 'Leilani Kahale'],
      ['SECRET', databricksToken],
    ],
  },
  {
    name: 'legacy pipe-delimited member extract with all-caps names and bare phone digits',
    text: `MBR_ID|MBR_NM|DOB|SSN|PH|PLAN_CD
0041882301|GARCIA, MARIA L|19710322|531-40-2288|5125440087|PPO2
0041882302|NGUYEN, THANH V|19640511|467-21-9043|2145813362|HMO1
0041882303|ABERCROMBIE-FITCH, ROSALIND|19881130|622-18-7405|8175532290|PPO2`,
    expected: [
      ['PERSON', 'GARCIA, MARIA L'],
      ['DATE_OF_BIRTH', '19710322'],
      ['US_SSN', '531-40-2288'],
      ['PHONE', '5125440087'],
      ['PERSON', 'NGUYEN, THANH V'],
      ['DATE_OF_BIRTH', '19640511'],
      ['US_SSN', '467-21-9043'],
      ['PHONE', '2145813362'],
      ['PERSON', 'ABERCROMBIE-FITCH, ROSALIND'],
      ['DATE_OF_BIRTH', '19881130'],
      ['US_SSN', '622-18-7405'],
      ['PHONE', '8175532290'],
    ],
  },
  // ---------------------------------------------------------------- files and documents
  {
    name: 'support-ticket CSV with quoted fields holding commas and newlines',
    text: `ticket_id,requester,requester_email,subject,description,created
48812,"Pemberton, J. R. R.",jrr.pemberton@btinternet.com,"Refund, not credit","Hi,
I was charged twice on 3 March. Please refund to the card ending 4242, not store credit.
Thanks",2024-03-04T09:12:00Z
48813,Ngozi Adichie-Obi,ngozi.ao@gmail.com,"Address change","New address:
Flat 4, 22 Marchmont Street
London WC1N 1AP
Phone: 07700 900 418",2024-03-04T10:40:00Z`,
    expected: [
      ['PERSON', 'Pemberton, J. R. R.'],
      ['EMAIL', 'jrr.pemberton@btinternet.com'],
      ['PERSON', 'Ngozi Adichie-Obi'],
      ['EMAIL', 'ngozi.ao@gmail.com'],
      ['PHONE', '07700 900 418'],
    ],
  },
  {
    name: 'JSON Lines ticket export',
    text: `{"id":90211,"via":"email","requester":{"name":"Dilnoza Karimova","email":"dilnoza.k@mail.ru"},"assignee":"Tobias Lindahl","tags":["billing"],"body":"My card 5194 0977 7955 7736 was charged twice for March"}
{"id":90212,"via":"chat","requester":{"name":"Kofi Boateng","email":"kofi.boateng@gmail.com"},"assignee":"Tobias Lindahl","tags":["login"],"body":"Cannot log in from 41.66.203.18, it says my IP is blocked"}
{"id":90213,"via":"web","requester":{"name":"anonymous","email":null},"assignee":null,"tags":["spam"],"body":"Buy followers at cheap-likes dot biz"}`,
    expected: [
      ['PERSON', 'Dilnoza Karimova'],
      ['EMAIL', 'dilnoza.k@mail.ru'],
      ['PERSON', 'Tobias Lindahl'],
      ['CREDIT_CARD', '5194 0977 7955 7736'],
      ['PERSON', 'Kofi Boateng'],
      ['EMAIL', 'kofi.boateng@gmail.com'],
      ['PERSON', 'Tobias Lindahl'],
      ['IP_ADDRESS', '41.66.203.18'],
    ],
  },
  {
    name: 'Rails YAML fixtures with a real-looking user and a placeholder admin',
    text: `# test/fixtures/users.yml
ines:
  name: Inès Benali
  email: ines.benali@free.fr
  phone: "+33 6 71 28 44 09"
  birthday: 1993-05-18
  encrypted_password: <%= User.digest('password') %>
admin:
  name: Site Admin
  email: admin@example.com
  birthday:`,
    expected: [
      ['PERSON', 'Inès Benali'],
      ['EMAIL', 'ines.benali@free.fr'],
      ['PHONE', '+33 6 71 28 44 09'],
      ['DATE_OF_BIRTH', '1993-05-18'],
    ],
  },
  {
    name: 'SOAP request with a WS-Security password and a contact',
    text: `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" xmlns:crm="urn:kestrel:crm:v2">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>svc_crm_sync</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">Xw8!pLq3Rz7m</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <crm:UpdateContactRequest>
      <crm:Contact>
        <crm:GivenName>Henrike</crm:GivenName>
        <crm:FamilyName>van Rijswijk</crm:FamilyName>
        <crm:BirthDate>1982-12-09</crm:BirthDate>
        <crm:Email>h.vanrijswijk@xs4all.nl</crm:Email>
        <crm:BankAccount>NL29RABO2255138565</crm:BankAccount>
      </crm:Contact>
    </crm:UpdateContactRequest>
  </soapenv:Body>
</soapenv:Envelope>`,
    expected: [
      ['SECRET', 'Xw8!pLq3Rz7m'],
      ['PERSON', 'Henrike'],
      ['PERSON', 'van Rijswijk'],
      ['DATE_OF_BIRTH', '1982-12-09'],
      ['EMAIL', 'h.vanrijswijk@xs4all.nl'],
      ['IBAN', 'NL29RABO2255138565'],
    ],
  },
  {
    name: 'FHIR Patient resource',
    text: `{
  "resourceType": "Patient",
  "id": "pat-88213",
  "identifier": [
    {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "528-71-0394"},
    {"system": "urn:oid:2.16.840.1.113883.4.3.25", "value": "MRN-0042217"}
  ],
  "name": [
    {"use": "official", "family": "Yazzie", "given": ["Darlene", "Marie"]},
    {"use": "nickname", "given": ["Dee"]}
  ],
  "telecom": [
    {"system": "phone", "value": "(928) 871-4402", "use": "mobile"},
    {"system": "email", "value": "dyazzie@frontier.com"}
  ],
  "gender": "female",
  "birthDate": "1969-01-27",
  "address": [{"line": ["PO Box 2217"], "city": "Window Rock", "state": "AZ", "postalCode": "86515"}],
  "meta": {"versionId": "3", "lastUpdated": "2024-03-12T10:15:02.118Z"}
}`,
    expected: [
      ['US_SSN', '528-71-0394'],
      ['PERSON', 'Yazzie'],
      ['PERSON', 'Darlene'],
      ['PERSON', 'Marie'],
      ['PERSON', 'Dee'],
      ['PHONE', '(928) 871-4402'],
      ['EMAIL', 'dyazzie@frontier.com'],
      ['DATE_OF_BIRTH', '1969-01-27'],
    ],
  },
  {
    name: 'HL7 v2 ADT message with PID and NK1 segments',
    text: `MSH|^~\\&|EPIC|KESTREL_HOSP|LAB|KESTREL_LAB|20240312101502||ADT^A04|MSG00042217|P|2.5.1
EVN|A04|20240312101502
PID|1||0042217^^^KESTREL^MR||HALVORSEN^TOVE||19580919|F|||418 ELM ST^^DULUTH^MN^55802||(218)724-3391|||M||ACCT90211|472-19-3308
NK1|1|HALVORSEN^ERIK|SPO|418 ELM ST^^DULUTH^MN^55802|(218)724-3392`,
    // An XPN field is one name, as "Lindqvist, Ylva" in one cell is: FAMILY^GIVEN is one span.
    expected: [
      ['PERSON', 'HALVORSEN^TOVE'],
      ['DATE_OF_BIRTH', '19580919'],
      ['PHONE', '(218)724-3391'],
      ['US_SSN', '472-19-3308'],
      ['PERSON', 'HALVORSEN^ERIK'],
      ['PHONE', '(218)724-3392'],
    ],
  },
  {
    name: 'invoice text with a bill-to person and payment IBAN',
    text: `INVOICE  No. INV-2024-03-0187                          Date: 12 March 2024
Kestrel Analytics GmbH · Torstraße 140 · 10119 Berlin · USt-IdNr. DE312345678

Bill to:
Dr. Annelie Brandauer
Brandauer Consulting e.U.
Mariahilfer Straße 88/4, 1070 Wien
annelie@brandauer-consulting.at

Description                          Qty      Unit €      Total €
Analytics seat (annual)                5    1,140.00     5,700.00
Onboarding workshop                    1      950.00       950.00
                                            Net          6,650.00
                                            VAT 20%      1,330.00
                                            TOTAL        7,980.00

Please pay within 14 days to IBAN DE38 3066 5108 2629 3365 20, BIC DEUTDEDBBER.
Questions: billing@kestrel-analytics.de · +49 30 5557 1200`,
    expected: [
      ['PERSON', 'Annelie Brandauer'],
      ['EMAIL', 'annelie@brandauer-consulting.at'],
      ['IBAN', 'DE38 3066 5108 2629 3365 20'],
      ['EMAIL', 'billing@kestrel-analytics.de'],
      ['PHONE', '+49 30 5557 1200'],
    ],
  },
  {
    name: 'German card-terminal receipt',
    text: `        CAFÉ LINDENHOF
  Hauptstr. 12, 69117 Heidelberg
        Tel. 06221 123456
--------------------------------
2x Cappuccino              7,80
1x Apfelstrudel            4,90
--------------------------------
SUMME EUR                 12,70
  MwSt 19%                 2,03
Kartenzahlung            VISA
************1212
Terminal-ID 61234567  TA-Nr 004211
12.03.2024 10:15      Beleg 4471
Es bediente Sie: Kasse 2`,
    expected: [['PHONE', '06221 123456']],
  },
  {
    name: 'HR employee record with an emergency contact',
    text: `EMPLOYEE RECORD — CONFIDENTIAL
Name:                Abdullah bin Khalid Al-Otaibi
Employee No.:        30418
Department:          Finance (Reston, VA)
Date of birth:       29/03/1985
SSN:                 573-24-8816
Home phone:          (703) 478-2291
Work email:          a.alotaibi@kestrel-analytics.com
Start date:          2019-06-03
Base salary:         USD 118,500
Manager:             Dana O'Connell
Emergency contact:   Reem Al-Otaibi (spouse), +1 703 414 2290`,
    expected: [
      ['PERSON', 'Abdullah bin Khalid Al-Otaibi'],
      ['DATE_OF_BIRTH', '29/03/1985'],
      ['US_SSN', '573-24-8816'],
      ['PHONE', '(703) 478-2291'],
      ['EMAIL', 'a.alotaibi@kestrel-analytics.com'],
      ['PERSON', "Dana O'Connell"],
      ['PERSON', 'Reem Al-Otaibi'],
      ['PHONE', '+1 703 414 2290'],
    ],
  },
  {
    name: 'vCard with structured and formatted names and a birthday',
    text: `BEGIN:VCARD
VERSION:3.0
N:McAllister;Fenella;Jane;Dr.;
FN:Dr. Fenella Jane McAllister
ORG:Glasgow Royal Infirmary;Haematology
TEL;TYPE=WORK,VOICE:+44 141 211 4000
TEL;TYPE=CELL:+44 7700 900 231
EMAIL;TYPE=INTERNET:fenella.mcallister@nhs.scot
BDAY:1977-10-04
END:VCARD`,
    // N is one name field (family;given;additional;prefix;suffix): the name without the title.
    expected: [
      ['PERSON', 'McAllister;Fenella;Jane'],
      ['PERSON', 'Fenella Jane McAllister'],
      ['PHONE', '+44 141 211 4000'],
      ['PHONE', '+44 7700 900 231'],
      ['EMAIL', 'fenella.mcallister@nhs.scot'],
      ['DATE_OF_BIRTH', '1977-10-04'],
    ],
  },
  {
    name: 'ICS invite with folded ATTENDEE lines and an email-shaped UID',
    text: `BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240319T140000Z
DTEND:20240319T143000Z
DTSTAMP:20240312T101502Z
ORGANIZER;CN=Priya Raghavan:mailto:priya.raghavan@kestrel-analytics.io
UID:4qk2m9v3lp1x8d7qk2m9v3lp1x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Matthi
 as Grünewald;X-NUM-GUESTS=0:mailto:matthias.gruenewald@kestrel-analytics.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olu.adebayo@gmail.com;X-NUM-GUESTS=0:mailto:olu.adebayo@gmail.com
SUMMARY:Churn model review
DESCRIPTION:Join with Google Meet: https://meet.google.com/xqv-bdkm-rtw\\nOr d
 ial: +1 617-675-4444 PIN: 482 117 903#
END:VEVENT
END:VCALENDAR`,
    // Folding (RFC 5545) splits lines at 75 octets, here inside a name.
    expected: [
      ['PERSON', 'Priya Raghavan'],
      ['EMAIL', 'priya.raghavan@kestrel-analytics.io'],
      ['PERSON', 'Matthi\n as Grünewald'],
      ['EMAIL', 'matthias.gruenewald@kestrel-analytics.io'],
      ['EMAIL', 'olu.adebayo@gmail.com'],
      ['EMAIL', 'olu.adebayo@gmail.com'],
      ['PHONE', '+1 617-675-4444'],
    ],
  },
  // ---------------------------------------------------------------- repositories, builds, infrastructure
  {
    name: 'git config listing and commit trailers',
    text: `$ git config --global --list
user.name=Tomasz Wróblewski
user.email=t.wroblewski@kestrel-analytics.io
core.editor=vim
pull.rebase=true
$ git log -1 --format=%B
etl: retry Snowflake COPY on error 390114 (token expired)

Fixes: #4821
Signed-off-by: Tomasz Wróblewski <t.wroblewski@kestrel-analytics.io>
Co-authored-by: Nkechi Obi-Ezeh <49211873+nobiezeh@users.noreply.github.com>
Reviewed-by: Hamza Siddiqui <hamza@siddiqui.dev>`,
    expected: [
      ['PERSON', 'Tomasz Wróblewski'],
      ['EMAIL', 't.wroblewski@kestrel-analytics.io'],
      ['PERSON', 'Tomasz Wróblewski'],
      ['EMAIL', 't.wroblewski@kestrel-analytics.io'],
      ['PERSON', 'Nkechi Obi-Ezeh'],
      ['EMAIL', '49211873+nobiezeh@users.noreply.github.com'],
      ['PERSON', 'Hamza Siddiqui'],
      ['EMAIL', 'hamza@siddiqui.dev'],
    ],
  },
  {
    name: 'package.json author and contributors',
    text: `{
  "name": "@kestrel/notebook-widgets",
  "version": "3.4.0-beta.2",
  "author": "Lorenzo Bianchi-Ferraro <lorenzo@bianchiferraro.it> (https://bianchiferraro.it)",
  "contributors": [
    {"name": "Yuki Morimoto", "email": "yuki.morimoto@kestrel-analytics.io"},
    "Adaeze Nwachukwu <adaeze.n@proton.me>"
  ],
  "license": "MIT",
  "dependencies": {"react": "^18.2.0", "d3-scale": "~4.0.2"},
  "publishConfig": {"registry": "https://npm.pkg.github.com"}
}`,
    expected: [
      ['PERSON', 'Lorenzo Bianchi-Ferraro'],
      ['EMAIL', 'lorenzo@bianchiferraro.it'],
      ['PERSON', 'Yuki Morimoto'],
      ['EMAIL', 'yuki.morimoto@kestrel-analytics.io'],
      ['PERSON', 'Adaeze Nwachukwu'],
      ['EMAIL', 'adaeze.n@proton.me'],
    ],
  },
  {
    name: 'Dockerfile with baked-in credentials and a maintainer label',
    text: `FROM python:3.11-slim AS build
ARG NPM_TOKEN
ARG PIP_INDEX_URL=https://ci-bot:Pq8wLx2Tz9Kv@pypi.kestrel.internal/simple
ENV AWS_ACCESS_KEY_ID=${awsKeyId} \\
    AWS_SECRET_ACCESS_KEY=${awsSecret} \\
    AWS_DEFAULT_REGION=eu-west-1
RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > ~/.npmrc && npm ci --omit=dev
COPY --chown=1000:1000 . /app
EXPOSE 8080
HEALTHCHECK CMD curl -f http://127.0.0.1:8080/healthz || exit 1
LABEL maintainer="Sigrid Kristiansen <sigrid.k@kestrel-analytics.io>"`,
    expected: [
      ['SECRET', 'Pq8wLx2Tz9Kv'],
      ['SECRET', awsKeyId],
      ['SECRET', awsSecret],
      ['PERSON', 'Sigrid Kristiansen'],
      ['EMAIL', 'sigrid.k@kestrel-analytics.io'],
    ],
  },
  {
    name: 'GitHub Actions workflow with a hard-coded Docker password and secret references',
    text: `name: release
on:
  push:
    tags: ['v*']
env:
  REGISTRY: ghcr.io
  DOCKER_USERNAME: kestrelci
  DOCKER_PASSWORD: Dh7#mQ2v!Lx9Rt
jobs:
  publish:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: 'https://registry.npmjs.org' }
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      - run: echo "$DOCKER_PASSWORD" | docker login -u "$DOCKER_USERNAME" --password-stdin
      - run: npm config set //registry.npmjs.org/:_authToken ${npmToken}`,
    expected: [
      ['SECRET', 'Dh7#mQ2v!Lx9Rt'],
      ['SECRET', npmToken],
    ],
  },
  {
    name: 'Terraform state snippet',
    text: `{
  "version": 4,
  "terraform_version": "1.7.4",
  "serial": 112,
  "lineage": "a3f1c2d4-5b6e-4f70-8a9b-0c1d2e3f4a5b",
  "resources": [
    {
      "mode": "managed",
      "type": "aws_db_instance",
      "name": "warehouse",
      "instances": [{"schema_version": 2, "attributes": {
        "address": "kestrel-wh.c9akciq32xyz.eu-west-1.rds.amazonaws.com",
        "engine_version": "16.2",
        "username": "wh_admin",
        "password": "Tf!state-9Kq2Lm7v",
        "port": 5432
      }}]
    },
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "etl",
      "instances": [{"schema_version": 0, "attributes": {
        "id": "${tfAccessKeyId}",
        "user": "etl-runner",
        "secret": "${tfSecret}",
        "ses_smtp_password_v4": "${sesSmtpPassword}",
        "status": "Active",
        "create_date": "2024-01-05T09:12:44Z"
      }}]
    },
    {
      "mode": "managed",
      "type": "aws_instance",
      "name": "bastion",
      "instances": [{"schema_version": 1, "attributes": {
        "ami": "ami-0c1a7f89451184c8b",
        "instance_type": "t3.micro",
        "private_ip": "10.40.7.21",
        "public_ip": "54.216.82.17"
      }}]
    }
  ]
}`,
    expected: [
      ['SECRET', 'Tf!state-9Kq2Lm7v'],
      ['SECRET', tfAccessKeyId],
      ['SECRET', tfSecret],
      ['SECRET', sesSmtpPassword],
      ['IP_ADDRESS', '10.40.7.21'],
      ['IP_ADDRESS', '54.216.82.17'],
    ],
  },
  {
    name: 'zsh history with credentials on command lines',
    text: `$ tail -7 ~/.zsh_history
: 1710238502:0;ssh deploy@52.18.44.201
: 1710238540:0;psql "postgresql://analyst:An4lyst-Qx7z@10.2.0.31:5432/warehouse"
: 1710238611:0;export OPENAI_API_KEY=${openaiKey}
: 1710238700:0;curl --user admin:Adm1n-Pw-2024 https://grafana.internal/api/dashboards/uid/kx9
: 1710238780:0;mysql -u root -p'R00t!Kestrel' -e 'show databases'
: 1710238840:0;history | grep passw
: 1710238901:0;git clone https://github.com/kestrel/etl.git`,
    expected: [
      ['IP_ADDRESS', '52.18.44.201'],
      ['SECRET', 'An4lyst-Qx7z'],
      ['IP_ADDRESS', '10.2.0.31'],
      ['SECRET', openaiKey],
      ['SECRET', 'Adm1n-Pw-2024'],
      ['SECRET', 'R00t!Kestrel'],
    ],
  },
  {
    name: 'HTTP request dump with Basic auth, a session cookie and forwarded IPs',
    text: `POST /api/v2/exports HTTP/1.1
Host: app.kestrel.io
User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15
Authorization: Basic ${basicAuth}
Cookie: _ga=GA1.2.1482093721.1710238502; sessionid=${sessionId}; theme=dark
X-Forwarded-For: 88.152.17.204, 10.42.3.17
Content-Type: application/json
Content-Length: 72

{"format":"csv","filter":{"owner_email":"b.oduya@kestrel-analytics.io"}}`,
    // The Google Analytics client id is a tracking id, not a credential.
    expected: [
      ['SECRET', basicAuth],
      ['SECRET', sessionId],
      ['IP_ADDRESS', '88.152.17.204'],
      ['IP_ADDRESS', '10.42.3.17'],
      ['EMAIL', 'b.oduya@kestrel-analytics.io'],
    ],
  },
  {
    name: 'Postfix mail log with an email-shaped message-id',
    text: `Mar 12 10:15:02 mx1 postfix/smtpd[21877]: connect from mail-ej1-f54.google.com[209.85.218.54]
Mar 12 10:15:02 mx1 postfix/smtpd[21877]: 4F2A1C0D3E: client=mail-ej1-f54.google.com[209.85.218.54]
Mar 12 10:15:03 mx1 postfix/cleanup[21880]: 4F2A1C0D3E: message-id=<CAH7x9Qm2Lr4TzKw8Nb@mail.gmail.com>
Mar 12 10:15:03 mx1 postfix/qmgr[1022]: 4F2A1C0D3E: from=<esperanza.quiroga@gmail.com>, size=48213, nrcpt=1 (queue active)
Mar 12 10:15:04 mx1 postfix/smtp[21885]: 4F2A1C0D3E: to=<support@kestrel-analytics.io>, relay=127.0.0.1[127.0.0.1]:10025, delay=1.2, delays=0.1/0/0.02/1.1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 7B3E9F1A22)
Mar 12 10:16:11 mx1 postfix/smtpd[21901]: warning: unknown[185.220.101.47]: SASL LOGIN authentication failed: UGFzc3dvcmQ6`,
    // A Message-ID is an identifier, not a mailbox; UGFzc3dvcmQ6 is base64 of the prompt "Password:".
    expected: [
      ['IP_ADDRESS', '209.85.218.54'],
      ['IP_ADDRESS', '209.85.218.54'],
      ['EMAIL', 'esperanza.quiroga@gmail.com'],
      ['EMAIL', 'support@kestrel-analytics.io'],
      ['IP_ADDRESS', '185.220.101.47'],
    ],
  },
  // ---------------------------------------------------------------- other languages and name shapes
  {
    name: 'French markdown table with hyphenated first names and a particle',
    text: `| Nom | Prénom | Date de naissance | Téléphone | IBAN |
|---|---|---|---|---|
| Lefèvre | Anne-Sophie | 14/07/1983 | 06 48 21 77 39 | FR76 8656 6893 1913 0610 1900 389 |
| de Villiers | Jean-Baptiste | 02/01/1961 | 01 42 68 53 00 | FR76 3024 0405 6922 4423 6476 970 |`,
    expected: [
      ['PERSON', 'Lefèvre'],
      ['PERSON', 'Anne-Sophie'],
      ['DATE_OF_BIRTH', '14/07/1983'],
      ['PHONE', '06 48 21 77 39'],
      ['IBAN', 'FR76 8656 6893 1913 0610 1900 389'],
      ['PERSON', 'de Villiers'],
      ['PERSON', 'Jean-Baptiste'],
      ['DATE_OF_BIRTH', '02/01/1961'],
      ['PHONE', '01 42 68 53 00'],
      ['IBAN', 'FR76 3024 0405 6922 4423 6476 970'],
    ],
  },
  {
    name: 'German personnel master sheet (key: value)',
    text: `Personalstammblatt
Nachname:                 Schäfer-Obermaier
Vorname:                  Hans-Jürgen
Geburtsdatum:             23.11.1958
Geburtsort:               Castrop-Rauxel
Steuer-ID:                12 345 678 903
Bankverbindung:           DE94 7026 4660 5786 5148 50
Telefon privat:           0231 9876543
Mobil:                    0171 2345678
Eintritt:                 01.04.2016`,
    // The tax id is personal data but none of the engine's types; the entry date is no birth date.
    expected: [
      ['PERSON', 'Schäfer-Obermaier'],
      ['PERSON', 'Hans-Jürgen'],
      ['DATE_OF_BIRTH', '23.11.1958'],
      ['IBAN', 'DE94 7026 4660 5786 5148 50'],
      ['PHONE', '0231 9876543'],
      ['PHONE', '0171 2345678'],
    ],
  },
  {
    name: 'Spanish clinical note with a long particle name and a DNI',
    text: `La paciente María del Carmen Fernández de Córdoba, con DNI 48213577K y nacida el 3 de febrero de 1957, solicita que las citas se envíen a mcarmen.fdc@gmail.com o por SMS al 612 784 509. Domiciliación en ES04 1517 0538 9811 7179 8026.`,
    expected: [
      ['PERSON', 'María del Carmen Fernández de Córdoba'],
      ['DATE_OF_BIRTH', '3 de febrero de 1957'],
      ['EMAIL', 'mcarmen.fdc@gmail.com'],
      ['PHONE', '612 784 509'],
      ['IBAN', 'ES04 1517 0538 9811 7179 8026'],
    ],
  },
  {
    name: 'Japanese staff table with furigana readings',
    text: `| 社員番号 | 氏名 | フリガナ | 生年月日 | 電話番号 | メールアドレス |
|---|---|---|---|---|---|
| 10231 | 山本 陽子 | ヤマモト ヨウコ | 1988/04/12 | 03-5412-7788 | y.yamamoto@kestrel.co.jp |
| 10232 | 中村 大輔 | ナカムラ ダイスケ | 1979/11/03 | 090-2231-4567 | d.nakamura@kestrel.co.jp |`,
    expected: [
      ['PERSON', '山本 陽子'],
      ['PERSON', 'ヤマモト ヨウコ'],
      ['DATE_OF_BIRTH', '1988/04/12'],
      ['PHONE', '03-5412-7788'],
      ['EMAIL', 'y.yamamoto@kestrel.co.jp'],
      ['PERSON', '中村 大輔'],
      ['PERSON', 'ナカムラ ダイスケ'],
      ['DATE_OF_BIRTH', '1979/11/03'],
      ['PHONE', '090-2231-4567'],
      ['EMAIL', 'd.nakamura@kestrel.co.jp'],
    ],
  },
  {
    name: 'Indian KYC CSV with +91 numbers, PAN and masked Aadhaar',
    text: `applicant_name,father_or_spouse_name,dob,mobile,pan,aadhaar,city
Lakshmi Narayanan Subramaniam,K. Subramaniam,1979-08-14,+91 98450 12277,AKQPS4821L,XXXX XXXX 8812,Chennai
Harpreet Singh Sandhu,Gurdev Singh Sandhu,1991-01-26,+91-99100-48213,BHWPS7710K,XXXX XXXX 4031,Ludhiana
Shaikh Mohd. Irfan,Shaikh Abdul Qadir,1985-12-02,09820144556,CJRPS1182M,XXXX XXXX 6650,Mumbai`,
    expected: [
      ['PERSON', 'Lakshmi Narayanan Subramaniam'],
      ['PERSON', 'K. Subramaniam'],
      ['DATE_OF_BIRTH', '1979-08-14'],
      ['PHONE', '+91 98450 12277'],
      ['PERSON', 'Harpreet Singh Sandhu'],
      ['PERSON', 'Gurdev Singh Sandhu'],
      ['DATE_OF_BIRTH', '1991-01-26'],
      ['PHONE', '+91-99100-48213'],
      ['PERSON', 'Shaikh Mohd. Irfan'],
      ['PERSON', 'Shaikh Abdul Qadir'],
      ['DATE_OF_BIRTH', '1985-12-02'],
      ['PHONE', '09820144556'],
    ],
  },
  {
    name: 'notebook markdown header with initialled authors',
    text: `# Cohort retention, FY24
*Prepared by A. K. Raghunathan and M. J. Oyelaran-Smith; reviewed by R. J. Whitmore (Finance).*
Data as of 2024-03-11. Figures in EUR thousands.`,
    expected: [
      ['PERSON', 'A. K. Raghunathan'],
      ['PERSON', 'M. J. Oyelaran-Smith'],
      ['PERSON', 'R. J. Whitmore'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'SQL with person-like table and column names',
    text: `SELECT p.BusinessEntityID, p.FirstName, p.LastName, e.JobTitle, sp.SalesQuota
FROM Person.Person AS p
JOIN HumanResources.Employee AS e ON e.BusinessEntityID = p.BusinessEntityID
LEFT JOIN Sales.SalesPerson AS sp ON sp.BusinessEntityID = p.BusinessEntityID
WHERE e.HireDate >= '2012-01-01' AND p.PersonType = 'EM'
ORDER BY p.LastName, p.FirstName;
CREATE VIEW dbo.vCustomerFullName AS
SELECT CustomerID, CONCAT(FirstName, ' ', LastName) AS FullName FROM Sales.Customer;`,
    expected: [],
  },
  {
    name: 'statistics and ML code with functions named after people',
    text: `from scipy.stats import pearsonr, spearmanr, kendalltau
from sklearn.naive_bayes import GaussianNB
from sklearn.metrics import jaccard_score, matthews_corrcoef
from statsmodels.stats.multicomp import pairwise_tukeyhsd
r, p = pearsonr(df.ltv, df.tenure)
print(f"Pearson r={r:.3f}, Jaccard={jaccard_score(y, y_hat):.3f}")
model = GaussianNB().fit(X_train, y_train)
# Gaussian Mixture vs Dirichlet Process; Tukey HSD post-hoc, Bonferroni-adjusted; Kalman Filter for the trend`,
    expected: [],
  },
  {
    name: 'addresses and places named after people',
    text: `Ship to 1200 Martin Luther King Jr Blvd, San Antonio TX 78203; depot on George Street, Sydney NSW 2000; couriers via the Elizabeth Line to Victoria Station; warehouses in Santa Clara and St. Louis; showroom on Rua Augusta, Lisboa.`,
    expected: [],
  },
  {
    name: 'vendor spend table of companies named after people',
    text: `| Vendor | Category | FY24 spend |
|---|---|---|
| Johnson & Johnson | Medical supplies | $1,204,500.00 |
| Morgan Stanley | Advisory | $880,000.00 |
| Goldman Sachs | Advisory | $412,000.00 |
| Ernst & Young LLP | Audit | $296,750.00 |
| Marks & Spencer | Catering | $18,240.50 |
| Charles Schwab | Brokerage | $9,800.00 |
| Dell Technologies | Hardware | $322,118.40 |`,
    expected: [],
  },
  {
    name: 'SKUs, barcodes, durations, semver, colours and run ids',
    text: `sku=KST-4471-BLK-XL ean=4006381333931 upc=036000291452 gtin=00012345600012
job_duration=01:02:33.118 iso=P1DT4H30M timeout=90s cron="15 2 * * 1-5"
release 2.14.3-rc.1+build.4821, chart 0.9.12, api v3.2
colors: #0f172a #e11d48 rgb(15, 23, 42)
trace 4bf92f3577b34da6a3ce929d0e0e4736 run_id=3f9a1c2e-7b4d-4e8f-9a0b-1c2d3e4f5a6b etag W/"5e-1JXGq2b"
query_id 01b2f3a4-0602-4d2e-0000-00a1b2c3d4e5 warehouse COMPUTE_WH user ETL_SVC elapsed 00:00:04.112 rows 48213`,
    expected: [],
  },
  {
    name: 'zip codes, postcodes, prices and long numeric ids',
    text: `zip         orders     revenue
10001        4,812   $312,448.10
94107-1234     977    $88,120.00
SW1A 1AA       212    £14,530.25
75008          180   €12.345,67
Totals: ¥1,280,000; CHF 2'450.00; customer_id 100482213; order 2024031210150211; account 00123456789`,
    expected: [],
  },
  {
    name: 'OpenAPI schema with example values and placeholders',
    text: `components:
  schemas:
    Customer:
      type: object
      properties:
        email: {type: string, format: email, example: jane.doe@example.com}
        ssn: {type: string, pattern: '^\\d{3}-\\d{2}-\\d{4}$', example: "XXX-XX-XXXX"}
        date_of_birth: {type: string, format: date, example: "YYYY-MM-DD"}
        api_key: {type: string, example: "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX"}
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer, bearerFormat: JWT}`,
    expected: [],
  },
  {
    name: 'agent verification note with masked values only',
    text: `Verified caller with last four of SSN (8816), card ending 1212 and DOB on file; email on record r****@gmail.com, phone +91 98XXX XX277, IBAN ending …6520.`,
    expected: [],
  },
];

describeHoldout('privacy detectors on a fourth hand-written hold-out', cases);
