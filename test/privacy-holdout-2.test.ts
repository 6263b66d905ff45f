import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A second hand-written hold-out, in styles neither the bench generator (bench/privacy/) nor
 * `privacy-holdout.test.ts` covers: Spark, R, SQL Server, BigQuery and Snowflake printouts, Jupyter
 * tracebacks, Django and Rails logs, Kubernetes and Compose files, Terraform variables, GraphQL,
 * phone plans of more countries, birth dates in prose of several languages, and hard negatives.
 * Each case lists every value it expects found, with its type; anything else flagged is a false
 * positive. Values are fake: Luhn-valid made-up cards, IBANs with valid check digits, made-up
 * names and keys.
 */
const k = joinParts;
const githubToken = k('gh', 'p_', 'Lk3vT9qRz2Wm8Xn4Bc7Yd1Fg6Hj0Ks5Pa2Ue9Q');
const npmToken = k('npm', '_', 'Qx7RtT2vLm9WcK4bN8pZ1yHd3JfG6sAe0uVi');
const hfToken = k('hf', '_', 'QxTzRmWvKpLnBsYdCgFhJa7e3u9i1o5k2M');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- result tables
  {
    name: 'Spark df.show() with right-aligned cells',
    text: `>>> customers.select("id", "name", "email", "dob").show(3)
+--+----------------+-----------------+----------+
|id|            name|            email|       dob|
+--+----------------+-----------------+----------+
| 1|  Ylva Lindqvist| ylva.lq@telia.se|1991-04-23|
| 2|Oluwaseun Bakare|obakare@yahoo.com|1984-11-02|
| 3|    Marek Dvořák|mdvorak@seznam.cz|1979-06-30|
+--+----------------+-----------------+----------+
only showing top 3 rows`,
    expected: [
      ['PERSON', 'Ylva Lindqvist'],
      ['EMAIL', 'ylva.lq@telia.se'],
      ['DATE_OF_BIRTH', '1991-04-23'],
      ['PERSON', 'Oluwaseun Bakare'],
      ['EMAIL', 'obakare@yahoo.com'],
      ['DATE_OF_BIRTH', '1984-11-02'],
      ['PERSON', 'Marek Dvořák'],
      ['EMAIL', 'mdvorak@seznam.cz'],
      ['DATE_OF_BIRTH', '1979-06-30'],
    ],
  },
  {
    name: 'R data.frame print (right-aligned strings)',
    text: `> head(patients, 2)
  patient_id             name birth_date           phone
1       4411 Ingrid Halvorsen 1962-08-19  +47 912 34 567
2       4412   Tomasz Nowicki 1990-01-05 +48 601 234 567`,
    expected: [
      ['PERSON', 'Ingrid Halvorsen'],
      ['DATE_OF_BIRTH', '1962-08-19'],
      ['PHONE', '+47 912 34 567'],
      ['PERSON', 'Tomasz Nowicki'],
      ['DATE_OF_BIRTH', '1990-01-05'],
      ['PHONE', '+48 601 234 567'],
    ],
  },
  {
    name: 'R tibble with a person column and a date of birth',
    text: `# A tibble: 3 × 4
  member_id full_name         date_of_birth plan 
      <int> <chr>             <date>        <chr>
1     90017 Aino Virtanen     1988-05-14    gold 
2     90018 Kalle Räsänen     1975-12-01    basic
3     90019 Saara Kinnunen    2001-03-27    gold 
# ℹ 1,204 more rows`,
    expected: [
      ['PERSON', 'Aino Virtanen'],
      ['DATE_OF_BIRTH', '1988-05-14'],
      ['PERSON', 'Kalle Räsänen'],
      ['DATE_OF_BIRTH', '1975-12-01'],
      ['PERSON', 'Saara Kinnunen'],
      ['DATE_OF_BIRTH', '2001-03-27'],
    ],
  },
  {
    name: 'sqlcmd (SQL Server) fixed-width output',
    text: `1> SELECT customer_id, full_name, email, birth_date FROM dbo.customers WHERE customer_id < 1003;
2> GO
customer_id full_name                 email                          birth_date
----------- ------------------------- ------------------------------ ----------
       1001 Siobhán Ní Bhriain        siobhan.nb@eircom.net          1983-09-14
       1002 Rafael Quintana Ruiz      rquintana@telefonica.es        1970-02-28

(2 rows affected)`,
    expected: [
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['EMAIL', 'siobhan.nb@eircom.net'],
      ['DATE_OF_BIRTH', '1983-09-14'],
      ['PERSON', 'Rafael Quintana Ruiz'],
      ['EMAIL', 'rquintana@telefonica.es'],
      ['DATE_OF_BIRTH', '1970-02-28'],
    ],
  },
  {
    name: 'bq query (BigQuery CLI) table',
    text: `$ bq query --use_legacy_sql=false 'SELECT user_id, email, phone FROM crm.users LIMIT 2'
+---------+---------------------+-------------------+
| user_id |        email        |       phone       |
+---------+---------------------+-------------------+
|   10021 | anna.kowalska@wp.pl | +48 22 123 45 67  |
|   10022 | j.moreau@orange.fr  | +33 6 45 12 89 07 |
+---------+---------------------+-------------------+`,
    expected: [
      ['EMAIL', 'anna.kowalska@wp.pl'],
      ['PHONE', '+48 22 123 45 67'],
      ['EMAIL', 'j.moreau@orange.fr'],
      ['PHONE', '+33 6 45 12 89 07'],
    ],
  },
  {
    name: 'snowsql result with upper-case headers',
    text: `analyst#COMPUTE_WH@CRM.PUBLIC>select ID, FULL_NAME, IBAN from PAYEES limit 2;
+----+--------------------+------------------------------+
| ID | FULL_NAME          | IBAN                         |
|----+--------------------+------------------------------|
|  1 | Lukas Brandstätter | PL61109010140000071219812874 |
|  2 | Nora Eilertsen     | SE4550000000058398257466     |
+----+--------------------+------------------------------+
2 Row(s) produced. Time Elapsed: 0.412s`,
    expected: [
      ['PERSON', 'Lukas Brandstätter'],
      ['IBAN', 'PL61109010140000071219812874'],
      ['PERSON', 'Nora Eilertsen'],
      ['IBAN', 'SE4550000000058398257466'],
    ],
  },
  {
    name: 'pandas Series of one row (df.iloc[0])',
    text: `>>> customers.iloc[0]
customer_id                   10231
full_name            Ylva Lindqvist
email              ylva.lq@telia.se
date_of_birth            1991-04-23
segment                     premium
Name: 0, dtype: object`,
    expected: [
      ['PERSON', 'Ylva Lindqvist'],
      ['EMAIL', 'ylva.lq@telia.se'],
      ['DATE_OF_BIRTH', '1991-04-23'],
    ],
  },
  {
    name: 'R glimpse() of a members table',
    text: `> glimpse(members)
Rows: 1,204
Columns: 4
$ member_id     <int> 90017, 90018, 90019, 90020, 90021, 90022, 90023, 90024, 9…
$ full_name     <chr> "Aino Virtanen", "Kalle Räsänen", "Saara Kinnunen", "Juh…
$ date_of_birth <date> 1988-05-14, 1975-12-01, 2001-03-27, 1969-09-30, 1994-0…
$ plan          <chr> "gold", "basic", "gold", "basic", "basic", "gold", "gol…`,
    expected: [
      ['PERSON', 'Aino Virtanen'],
      ['PERSON', 'Kalle Räsänen'],
      ['PERSON', 'Saara Kinnunen'],
      ['DATE_OF_BIRTH', '1988-05-14'],
      ['DATE_OF_BIRTH', '1975-12-01'],
      ['DATE_OF_BIRTH', '2001-03-27'],
      ['DATE_OF_BIRTH', '1969-09-30'],
    ],
  },
  {
    name: 'XML export of a customer',
    text: `<?xml version="1.0" encoding="UTF-8"?>
<customers>
  <customer id="10231">
    <fullName>Ylva Lindqvist</fullName>
    <email>ylva.lq@telia.se</email>
    <birthDate>1991-04-23</birthDate>
    <phone>+46 70 123 45 67</phone>
  </customer>
</customers>`,
    expected: [
      ['PERSON', 'Ylva Lindqvist'],
      ['EMAIL', 'ylva.lq@telia.se'],
      ['DATE_OF_BIRTH', '1991-04-23'],
      ['PHONE', '+46 70 123 45 67'],
    ],
  },
  {
    name: 'pandas frame indexed by customer_id',
    text: `>>> df.set_index("customer_id")[["full_name", "dob"]].head(2)
                  full_name         dob
customer_id                            
10231        Ylva Lindqvist  1991-04-23
10232          Marek Dvořák  1979-06-30`,
    expected: [
      ['PERSON', 'Ylva Lindqvist'],
      ['DATE_OF_BIRTH', '1991-04-23'],
      ['PERSON', 'Marek Dvořák'],
      ['DATE_OF_BIRTH', '1979-06-30'],
    ],
  },
  {
    name: 'sqlite3 .mode column output',
    text: `sqlite> .mode column
sqlite> SELECT id, name, email, dob FROM users LIMIT 2;
id  name            email              dob
--  --------------  -----------------  ----------
1   Ylva Lindqvist  ylva.lq@telia.se   1991-04-23
2   Marek Dvořák    mdvorak@seznam.cz  1979-06-30`,
    expected: [
      ['PERSON', 'Ylva Lindqvist'],
      ['EMAIL', 'ylva.lq@telia.se'],
      ['DATE_OF_BIRTH', '1991-04-23'],
      ['PERSON', 'Marek Dvořák'],
      ['EMAIL', 'mdvorak@seznam.cz'],
      ['DATE_OF_BIRTH', '1979-06-30'],
    ],
  },
  {
    name: 'CSV with quoted fields holding commas',
    text: `id,name,address,email,notes
1,"Lindqvist, Ylva","Storgatan 5, 114 55 Stockholm",ylva.lq@telia.se,"called twice, no answer"
2,"Okafor, Chidinma","12 Admiralty Way, Lekki, Lagos",c.okafor@gmail.com,"prefers email, not SMS"`,
    expected: [
      ['PERSON', 'Lindqvist, Ylva'],
      ['EMAIL', 'ylva.lq@telia.se'],
      ['PERSON', 'Okafor, Chidinma'],
      ['EMAIL', 'c.okafor@gmail.com'],
    ],
  },
  {
    name: 'list of records printed by pandas to_dict',
    text: `>>> df.to_dict("records")[:2]
[{'name': 'Aiyana Redcloud', 'dob': '1990-07-14', 'ssn': '523-41-7789'}, {'name': 'Bashir Rahimi', 'dob': '1986-10-03', 'ssn': '404-22-1187'}]`,
    expected: [
      ['PERSON', 'Aiyana Redcloud'],
      ['DATE_OF_BIRTH', '1990-07-14'],
      ['US_SSN', '523-41-7789'],
      ['PERSON', 'Bashir Rahimi'],
      ['DATE_OF_BIRTH', '1986-10-03'],
      ['US_SSN', '404-22-1187'],
    ],
  },
  // ---------------------------------------------------------------- errors and logs
  {
    name: 'Jupyter traceback holding a row',
    text: `---------------------------------------------------------------------------
ValueError                                Traceback (most recent call last)
Cell In[14], line 3
      1 row = {"email": "p.okafor@outlook.com", "phone": "+234 803 123 4567"}
----> 3 validate(row)

ValueError: customer Chidinma Okafor: date_of_birth='1988-02-13' fails the age check`,
    expected: [
      ['EMAIL', 'p.okafor@outlook.com'],
      ['PHONE', '+234 803 123 4567'],
      ['PERSON', 'Chidinma Okafor'],
      ['DATE_OF_BIRTH', '1988-02-13'],
    ],
  },
  {
    name: 'SQL Server duplicate key error',
    text: `Msg 2627, Level 14, State 1, Line 12
Violation of UNIQUE KEY constraint 'UQ_customers_email'. Cannot insert duplicate key in object 'dbo.customers'. The duplicate key value is (s.kearney@eircom.net).`,
    expected: [['EMAIL', 's.kearney@eircom.net']],
  },
  {
    name: 'PostgreSQL unique violation on a phone',
    text: `psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "users_phone_key"
DETAIL:  Key (phone)=(+353 87 123 4567) already exists.`,
    expected: [['PHONE', '+353 87 123 4567']],
  },
  {
    name: 'Django runserver and app log lines',
    text: `[12/Mar/2024 10:15:02] "POST /accounts/login/ HTTP/1.1" 302 0
INFO 2024-03-12 10:15:02,118 views User jonas.weber@posteo.de logged in from 10.20.3.44
WARNING 2024-03-12 10:15:09,502 log Forbidden (CSRF token missing): /api/profile/ [ip=172.16.8.21]`,
    expected: [
      ['EMAIL', 'jonas.weber@posteo.de'],
      ['IP_ADDRESS', '10.20.3.44'],
      ['IP_ADDRESS', '172.16.8.21'],
    ],
  },
  {
    name: 'Rails request log with parameters',
    text: `Started POST "/users" for 192.168.1.77 at 2024-03-12 10:15:02 +0100
Processing by UsersController#create as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"name"=>"Mateusz Kowalczyk", "email"=>"mkowalczyk@onet.pl", "phone"=>"+48 601 234 567"}}
Completed 302 Found in 41ms (ActiveRecord: 6.2ms | Allocations: 5127)`,
    expected: [
      ['IP_ADDRESS', '192.168.1.77'],
      ['PERSON', 'Mateusz Kowalczyk'],
      ['EMAIL', 'mkowalczyk@onet.pl'],
      ['PHONE', '+48 601 234 567'],
    ],
  },
  {
    name: 'sshd log with an IPv6 client',
    text: `Mar 12 10:15:02 bastion sshd[812]: Accepted publickey for deploy from 2a02:8108:1c40:5e00:8d1f:3b2a:91c4:7e10 port 51514 ssh2: ED25519 SHA256:Xk9pQ2rT7vW1yZ3bN5cM8dF0gH4jL6sA
Mar 12 10:15:09 bastion sshd[815]: Invalid user admin from 10.8.0.6 port 40022`,
    expected: [
      ['IP_ADDRESS', '2a02:8108:1c40:5e00:8d1f:3b2a:91c4:7e10'],
      ['IP_ADDRESS', '10.8.0.6'],
    ],
  },
  {
    name: 'JSON log line with a payout IBAN',
    text: `{"ts":"2024-03-12T10:15:02.118Z","level":"info","msg":"payout queued","beneficiary":"Ingrid Halvorsen","iban":"IE29 AIBK 9311 5212 3456 78","amount_cents":120000}`,
    expected: [
      ['PERSON', 'Ingrid Halvorsen'],
      ['IBAN', 'IE29 AIBK 9311 5212 3456 78'],
    ],
  },
  // ---------------------------------------------------------------- configs
  {
    name: 'Kubernetes Secret with base64 data',
    text: `apiVersion: v1
kind: Secret
metadata:
  name: crm-db
  namespace: analytics
type: Opaque
data:
  username: ZXRsX3VzZXI=
  password: UGc5IXhUcjQybUtx`,
    expected: [['SECRET', 'UGc5IXhUcjQybUtx']],
  },
  {
    name: 'docker-compose environment',
    text: `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: "pG7wQz93kLmX"
  cache:
    image: bitnami/redis:7.2
    environment:
      - REDIS_PASSWORD=Rd5vX2mQp4Lz
      - ALLOW_EMPTY_PASSWORD=no`,
    expected: [
      ['SECRET', 'pG7wQz93kLmX'],
      ['SECRET', 'Rd5vX2mQp4Lz'],
    ],
  },
  {
    name: 'Terraform tfvars',
    text: `region          = "eu-north-1"
db_password     = "Tf-8xQm2vLr9"
admin_email     = "m.sandberg@kestrel-analytics.se"
bastion_ip      = "10.40.2.15"
api_token       = "YOUR_API_TOKEN"
instance_count  = 3`,
    expected: [
      ['SECRET', 'Tf-8xQm2vLr9'],
      ['EMAIL', 'm.sandberg@kestrel-analytics.se'],
      ['IP_ADDRESS', '10.40.2.15'],
    ],
  },
  {
    name: 'JDBC URL and a CI export line',
    text: `url = "jdbc:sqlserver://sql01.internal:1433;databaseName=crm;user=etl;password=Sq1Serv3rPw"
export HF_TOKEN=${hfToken}
export GITHUB_TOKEN=${githubToken}`,
    expected: [
      ['SECRET', 'Sq1Serv3rPw'],
      ['SECRET', hfToken],
      ['SECRET', githubToken],
    ],
  },
  {
    name: 'docker login with a password flag',
    text: `!docker login registry.kestrel.io -u ci-bot -p Kx7mQ2vR9tLw
!redis-cli -h 10.12.0.9 -a Rd5vX2mQp4Lz INFO keyspace`,
    expected: [
      ['SECRET', 'Kx7mQ2vR9tLw'],
      ['IP_ADDRESS', '10.12.0.9'],
      ['SECRET', 'Rd5vX2mQp4Lz'],
    ],
  },
  {
    name: '.npmrc with an auth token and a scope line',
    text: `//registry.npmjs.org/:_authToken=${npmToken}
@kestrel:registry=https://npm.pkg.github.com
always-auth=true`,
    expected: [['SECRET', npmToken]],
  },
  {
    name: 'Azure connection strings in a notebook cell',
    text: `STORAGE_CONN = "DefaultEndpointsProtocol=https;AccountName=kestrelsa;AccountKey=Qm9nVXNLZXlGb3JUZXN0c09ubHkxMjM0NTY3ODkwYWJjZGVmZ2hpams=;EndpointSuffix=core.windows.net"
bus = ServiceBusClient.from_connection_string("Endpoint=sb://kestrel.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=Xr7vLq2mZp9wTk4nBc8yHd3jFg6sAe1uQo5iPl0tRzM=")`,
    expected: [
      ['SECRET', 'Qm9nVXNLZXlGb3JUZXN0c09ubHkxMjM0NTY3ODkwYWJjZGVmZ2hpams='],
      ['SECRET', 'Xr7vLq2mZp9wTk4nBc8yHd3jFg6sAe1uQo5iPl0tRzM='],
    ],
  },
  // ---------------------------------------------------------------- API documents
  {
    name: 'GraphQL response',
    text: `{"data":{"viewer":{"login":"kwame-a","name":"Kwame Asante","email":"kwame.asante@gmail.com","phone":"+233 24 412 3456"}}}`,
    expected: [
      ['PERSON', 'Kwame Asante'],
      ['EMAIL', 'kwame.asante@gmail.com'],
      ['PHONE', '+233 24 412 3456'],
    ],
  },
  {
    name: 'checkout form post with a card',
    text: `POST /checkout HTTP/1.1
Content-Type: application/x-www-form-urlencoded

cardholder=Priya+Raghunathan&card_number=5273819466021351&exp=08%2F27&email=priya.r%40gmail.com`,
    expected: [
      ['PERSON', 'Priya+Raghunathan'],
      ['CREDIT_CARD', '5273819466021351'],
      ['EMAIL', 'priya.r%40gmail.com'],
    ],
  },
  // ---------------------------------------------------------------- phone plans
  {
    name: 'Australian numbers',
    text: `Mobile: 0412 345 678, office (02) 9876 5432, from abroad +61 412 345 678`,
    expected: [
      ['PHONE', '0412 345 678'],
      ['PHONE', '(02) 9876 5432'],
      ['PHONE', '+61 412 345 678'],
    ],
  },
  {
    name: 'Indian, Brazilian and Mexican numbers',
    text: `Bengaluru office +91 80 4719 2233; São Paulo +55 11 98765-4321 or (21) 2555-0199; CDMX tel. +52 55 1234 5678`,
    expected: [
      ['PHONE', '+91 80 4719 2233'],
      ['PHONE', '+55 11 98765-4321'],
      ['PHONE', '(21) 2555-0199'],
      ['PHONE', '+52 55 1234 5678'],
    ],
  },
  {
    name: 'Polish and Swedish numbers',
    text: `Kontakt: +48 22 123 45 67, komórka 601 234 567. Telefon: +46 70 123 45 67 eller 08-123 456 78.`,
    expected: [
      ['PHONE', '+48 22 123 45 67'],
      ['PHONE', '601 234 567'],
      ['PHONE', '+46 70 123 45 67'],
      ['PHONE', '08-123 456 78'],
    ],
  },
  // ---------------------------------------------------------------- prose
  {
    name: 'dates of birth in prose, several languages',
    text: `Patient was born on 3 March 1984. Der Kunde ist geboren am 12.05.1979. Elle est née le 7 août 1990. Nació el 21 de enero de 1975. Hij is geboren op 5 juni 1992. Hon är född 1987-03-09.`,
    expected: [
      ['DATE_OF_BIRTH', '3 March 1984'],
      ['DATE_OF_BIRTH', '12.05.1979'],
      ['DATE_OF_BIRTH', '7 août 1990'],
      ['DATE_OF_BIRTH', '21 de enero de 1975'],
      ['DATE_OF_BIRTH', '5 juni 1992'],
      ['DATE_OF_BIRTH', '1987-03-09'],
    ],
  },
  {
    name: 'dates of birth in Swedish, Polish, Turkish and Japanese prose',
    text: `Kunden föddes den 9 mars 1987 i Malmö. Pacjent urodził się 14 marca 1986 r. Müşterinin doğum tarihi 12 Mayıs 1979. 田中さんは1985年4月12日生まれです。`,
    expected: [
      ['DATE_OF_BIRTH', '9 mars 1987'],
      ['DATE_OF_BIRTH', '14 marca 1986'],
      ['DATE_OF_BIRTH', '12 Mayıs 1979'],
      ['PERSON', '田中'],
      ['DATE_OF_BIRTH', '1985年4月12日'],
    ],
  },
  {
    name: 'Chinese and Russian support notes',
    text: `客户张伟先生反映发票地址错误，已与王芳女士确认。
Вчера Иван Петров позвонил в поддержку; клиентка Мария Смирнова написала письмо.`,
    expected: [
      ['PERSON', '张伟'],
      ['PERSON', '王芳'],
      ['PERSON', 'Иван Петров'],
      ['PERSON', 'Мария Смирнова'],
    ],
  },
  {
    name: 'Mexican and Kiwi numbers behind a label',
    text: `Kontakt: Tel. 55 1234 5678 (CDMX). Auckland office: +64 9 379 2200, mobile +64 21 123 4567.`,
    expected: [
      ['PHONE', '55 1234 5678'],
      ['PHONE', '+64 9 379 2200'],
      ['PHONE', '+64 21 123 4567'],
    ],
  },
  {
    name: 'emails in a mailto link and angle brackets',
    text: `<p>Questions? <a href="mailto:ingrid.berg@lysator.se?subject=Invoice">write to Ingrid</a></p>
From: Tendai Moyo <tendai.moyo@mweb.co.za>
Cc: <r.quintana@telefonica.es>`,
    expected: [
      ['EMAIL', 'ingrid.berg@lysator.se'],
      ['PERSON', 'Tendai Moyo'],
      ['EMAIL', 'tendai.moyo@mweb.co.za'],
      ['EMAIL', 'r.quintana@telefonica.es'],
    ],
  },
  {
    name: 'support ticket naming people not in any list',
    text: `Ticket #88213: Annika Sjöberg reports that her invoice lists the wrong address. Escalated to Bartholomew Ngata, who wrote back on Friday.`,
    expected: [
      ['PERSON', 'Annika Sjöberg'],
      ['PERSON', 'Bartholomew Ngata'],
    ],
  },
  {
    name: 'an email signature after a sign-off',
    text: `Thanks for restoring the export so quickly.

Best regards,
Tendai Moyo
Senior Analyst | Kestrel Analytics
tendai.moyo@mweb.co.za | +27 82 555 0142`,
    expected: [
      ['PERSON', 'Tendai Moyo'],
      ['EMAIL', 'tendai.moyo@mweb.co.za'],
      ['PHONE', '+27 82 555 0142'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'build ids, semver and tool versions',
    text: `Build 2024.03.12-rc.4 (#48213) on runner ubuntu-22.04; node v20.11.1, pnpm 8.15.4, python 3.11.7, pyspark==3.5.1
image: ghcr.io/kestrel/etl@sha256:9b2f4c7e1a0d3b5f8e6c2a9d7b4f1e3c5a8d0b2f4e6c8a1d3f5b7e9c2a4d6f8b`,
    expected: [],
  },
  {
    name: 'hex colours and coordinates',
    text: `palette = ["#1E90FF", "#FF6347", "#2E8B57"]
stockholm = (59.329323, 18.068581); sydney = (-33.8688, 151.2093)`,
    expected: [],
  },
  {
    name: 'ISBNs and order numbers',
    text: `ISBN-13: 978-0-596-52068-7, ISBN 0-306-40615-2
Order #4021-7734-1190 shipped; PO-2024-001877; invoice INV 0045-221-93`,
    expected: [],
  },
  {
    name: 'timestamps and epoch values',
    text: `created_at=2024-03-12T10:15:02.123456+01:00 ts_ms=1710238502123 updated 12/03/2024 10:15 ttl=86400`,
    expected: [],
  },
  {
    name: 'line:col positions in stack traces and compiler output',
    text: `    at Object.<anonymous> (/srv/app/index.js:214:33)
src/app.ts:1042:17 - error TS2345: Argument of type 'string' is not assignable.
  File "etl/load.py", line 88, in load_batch`,
    expected: [],
  },
  {
    name: 'card-shaped numbers failing Luhn',
    text: `card 4539 1488 0343 6468, ref 5273 8194 6602 1352`,
    expected: [],
  },
  {
    name: 'reserved example domains',
    text: `Send a test to jane.doe@example.com or admin@example.org; bounce address qa@test.invalid`,
    expected: [],
  },
  {
    name: 'placeholder keys and template references',
    text: `OPENAI_API_KEY=sk-...
api_key: YOUR_API_KEY
token = "<token>"
password: ********
headers = {"Authorization": "Bearer {{token}}"}
DATABASE_URL=postgres://app:\${DB_PASSWORD}@db:5432/app`,
    expected: [],
  },
  {
    name: 'masked values',
    text: `Visa ****1234 ending in 4242, SSN ***-**-6789, email j***@gmail.com, phone +1 (***) ***-0142, IBAN DE** **** **** **** **34 56`,
    expected: [],
  },
  {
    name: 'SQL with bind parameters',
    text: `cur.execute("SELECT id FROM users WHERE email = %(email)s AND phone = :phone AND dob = ?", params)`,
    expected: [],
  },
  {
    name: 'tibble of orders: dates are not birth dates',
    text: `# A tibble: 2 × 3
  order_id created_at amount
     <int> <date>      <dbl>
1   100231 2024-01-05  129. 
2   100232 2024-01-06   89.9`,
    expected: [],
  },
  {
    name: 'technology names that look like people',
    text: `We benchmarked Apache Iceberg against Delta Lake on Azure Synapse, then moved the jobs to Visual Studio Code tasks.`,
    expected: [],
  },
  {
    name: 'ports, process ids and exit codes',
    text: `postgres listening on port 5432 (pid 48213); worker exited with code 137 after 3600 s; retry 2/5`,
    expected: [],
  },
  {
    name: 'Flask and FastAPI decorators after a line of code',
    text: `class Health:
    pass
@app.get("/users/{user_id}")
def get_user(user_id: int):
    return rows
@router.post("/orders")
async def create_order(order: Order): ...`,
    expected: [],
  },
  {
    name: 'ifconfig output: a netmask and multicast groups',
    text: `eth0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500
        inet 10.0.4.17  netmask 255.255.255.0
        ether 02:42:ac:11:00:02  txqueuelen 0  (Ethernet)
mDNS group 224.0.0.251, SSDP 239.255.255.250`,
    expected: [['IP_ADDRESS', '10.0.4.17']],
  },
  {
    name: 'a founding date and a release date are not birth dates',
    text: `The company was founded on 3 March 1984 and shipped version 2.0 on 12 May 1999; Kalle joined in 1975.`,
    expected: [],
  },
  {
    name: 'Russian places and shops are not people',
    text: `Интернет Магазин открылся в марте. Город Ростов и Остров Русский в отчёте по регионам.`,
    expected: [],
  },
  {
    name: 'Polish institutions named with adjectives',
    text: `Przelewy z Poczta Polska i Telekomunikacja Polska; dane z Uniwersytet Warszawski oraz Politechnika Krakowska.`,
    expected: [],
  },
  {
    name: 'pandas describe() and value_counts() output',
    text: `>>> df[["amount", "items"]].describe()
             amount        items
count  10000.000000  10000.00000
mean     129.482310      3.21040
std       88.901234      1.98765
min        0.990000      1.00000
max     4999.000000     42.00000
>>> df.plan.value_counts()
plan
basic    6120
gold     3880
Name: count, dtype: int64`,
    expected: [],
  },
  {
    name: 'a UPS tracking number',
    text: `Shipped via UPS, tracking 1Z 999 AA1 01 2345 6784 (delivered 2024-03-14).`,
    expected: [],
  },
];

describeHoldout('privacy detectors on a second hand-written hold-out', cases);
