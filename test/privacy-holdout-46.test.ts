import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A forty-sixth hand-written hold-out, about precision: the mostly clean technical and business
 * material that data teams paste into the AI assistant of a data product ("summarise this", "why
 * does this fail", "review this config"), full of things that look like personal data and are not,
 * and a minority of cases that hide a few real values among such decoys. 50 of its 82 cases expect
 * nothing. Shapes: Python, SQL (DDL with PII column names, GDPR erasure statements), psql and
 * pandas printouts, Jenkins, Airflow, Heroku router, nginx and structured API logs, git log and
 * diffs, Helm values, Kubernetes manifests and Secrets, Kafka client properties, Redis sessions,
 * Stripe and GeoJSON objects, CSV and markdown tables, Liquid e-mail templates, pytest and Rails
 * fixtures, Jupyter tracebacks, invoices, chat transcripts and prose in English, German, French,
 * Spanish, Brazilian Portuguese, Italian, Dutch, Japanese, Chinese and Korean. Decoys: eponyms
 * (Parkinson's disease, Hoehn and Yahr, Kaplan–Meier, Bayes, Levenshtein, Jaro-Winkler, Dijkstra,
 * Bellman–Ford, Kalman, Gaussian, Fourier, Huffman, Bloom filter, Poisson, Welch, Fisher, Planck,
 * Avogadro), products, tools and models named like people (Jenkins, Hudson, Julia, Rust, Ruby,
 * Jupyter, Kafka, Cassandra, Claude, Gemini, Mistral, Llama, Watson, Alexa, Siri, Jasper, Darwin,
 * Tesla, Ford, Dell, Ferrari), streets, venues, hospitals and airports named after people (Rue
 * Victor Hugo, Karl-Marx-Allee, Avenida Presidente Vargas, Martin Luther King Jr Blvd, Lincoln
 * Center, Carnegie Hall, Gregorio Marañón, Charles de Gaulle), companies named after families
 * (Johnson & Johnson, Procter & Gamble, Goldman Sachs, Ernst & Young, Carl Zeiss), fixture people
 * on example.com, hashes, UUIDs, ULIDs, git SHAs and image digests, order, invoice, tracking,
 * voucher and loyalty numbers (Luhn-failing 16-digit ones among them), ISBNs, EANs and JAN codes,
 * ISINs, CNPJs, SIRET and VAT numbers, IBAN-shaped strings that fail mod 97, SSNs in never-issued
 * areas (000, 666, 987-65-432x), versions and build numbers, timestamps, durations and dates that
 * are no birth dates (hire, release, end-of-life, event dates), birth-year cohorts and other
 * statistics over people, coordinates and MAC addresses, phone-shaped amounts, codes and port
 * ranges, CIDR ranges, loopback and documentation addresses, documented placeholder keys, masked
 * values (****4417, j***@gmail.com, 010-****-5678), PII column names with NULL or [REDACTED]
 * values, Kubernetes secret references by name, ${VAR} references and template placeholders.
 *
 * Each case lists every value it expects found, with its type; anything else flagged is a false
 * positive. Conventions as in the README: a given name said alone counts as the person named in
 * full earlier, but a product or language spelled like that given name does not (Julia the
 * language beside Julia Hoffmann); a family name used as an algorithm's name is no person
 * (Dijkstra's algorithm beside Sanne Dijkstra); titles and post-nominals are no part of a name's
 * span; a documentation-range address counts where a log shows it as a client, and not where the
 * text calls the line an example or a tutorial's; a network in CIDR notation names no host;
 * fixture rows with reserved-domain e-mails hold no people; a password alone is the secret, and a
 * Slack webhook URL is one secret whole. Values are fake: Luhn-valid made-up cards, IBANs with
 * valid mod-97 check digits, an SSN in a valid area, made-up names, numbers and keys.
 * When written (blind, before any detector change), 68 of the 82 cases passed; the other 14 are
 * were marked with their reason (`gap:`): all fourteen were false positives, no real value was
 * missed. All fourteen were closed by general rules in the round that followed (2026-11-29).
 */

const k = joinParts;
const ghToken = k('gh', 'p_', 'Vb3Nq8Lx2Tz7Rm4Kc9Wd1Fh6Gs0Ae5Yu3Io8');
const awsKeyId = k('AKIA', 'Q7M2X9B4R8T3L6NZ');
const awsSecret = k('Lm8Rz2Qx7Vn4Tb9', 'Wc3Kd6Pf1Hs5Gj0SaYu2E', 'i7Xo');
const kafkaPassword = k('Tr4m', '-Oslo', '#2291');
const slackWebhook = k(
  'https://hooks.slack.com/services/',
  'T04PL8MZQ2K/',
  'B06HX3R7WN9/',
  'Qx8Lm2Vt7Rz4Kw9Nc3Bp6Df1',
);
// base64 of the password Hx7!pQ2v-Rk9Lm
const k8sPasswordB64 = k('SHg3IXBRMnYt', 'Ums5TG0=');
const dbPassword = k('pX4#tW9', 'qL2!vN7z');

const cases: readonly HoldoutCase[] = [
  // ---------------------------------------------------------------- code and SQL with no values
  {
    name: 'Python dedupe cell: rapidfuzz Levenshtein and Jaro-Winkler over name and e-mail columns, printed shape and dtype only',
    text: `I'm deduplicating our CRM contacts. Is Levenshtein distance the right metric here or should I use Jaro-Winkler?

import pandas as pd
from rapidfuzz.distance import Levenshtein, JaroWinkler

df = pd.read_parquet("s3://crm-exports/contacts/2024-05-01/part-0000.parquet")
df["full_name"] = df["first_name"].str.strip() + " " + df["last_name"].str.strip()
df["email_norm"] = df["email"].str.lower().str.split("+").str[0]

def is_dupe(a, b):
    return (Levenshtein.normalized_similarity(a.full_name, b.full_name) > 0.92
            or JaroWinkler.similarity(a.email_norm, b.email_norm) > 0.97)

print(df.shape)                      # (184203, 14)
print(df.dtypes["date_of_birth"])    # datetime64[ns]
print(df["phone"].isna().mean())     # 0.1873`,
    expected: [],
  },
  {
    name: 'Snowflake DDL with PII column names, a column COMMENT, a GRANT and a SELECT of those columns',
    text: `Can you write a Snowflake masking policy for the sensitive columns here?

CREATE TABLE analytics.dim_customer (
  customer_sk      NUMBER(38,0) IDENTITY,
  customer_id      VARCHAR(36) NOT NULL,   -- UUID from the app
  email            VARCHAR(320),
  phone_e164       VARCHAR(16),
  date_of_birth    DATE,
  ssn_last4        CHAR(4),
  iban             VARCHAR(34),
  created_at       TIMESTAMP_NTZ DEFAULT CURRENT_TIMESTAMP(),
  updated_at       TIMESTAMP_NTZ
);
COMMENT ON COLUMN analytics.dim_customer.date_of_birth IS 'Customer birth date, PII, tag pii:dob';
GRANT SELECT ON analytics.dim_customer TO ROLE analyst_ro;

SELECT customer_id, email, phone_e164, date_of_birth
FROM analytics.dim_customer
WHERE created_at >= '2024-01-01' AND date_of_birth IS NOT NULL
LIMIT 100;`,
    expected: [],
  },
  {
    name: 'Jenkins console output: agent name, git revision, bumped pandas version, row counts and durations',
    text: `Our nightly job on Jenkins got slow after the upgrade, here is the console output:

Started by timer
Running as SYSTEM
[Pipeline] Start of Pipeline
[Pipeline] node
Running on build-agent-07 in /var/lib/jenkins/workspace/etl-nightly
[Pipeline] { (Checkout)
 > git rev-parse --resolve-git-dir /var/lib/jenkins/workspace/etl-nightly/.git # timeout=10
Checking out Revision 3f9c2a7e81b04d5c96e2f1a8b7d430c5e9f61b2a (refs/remotes/origin/main)
Commit message: "Bump pandas from 2.1.4 to 2.2.2"
[Pipeline] { (Transform)
+ python -m etl.run --date 2024-06-03 --workers 8
INFO  rows_in=18204411 rows_out=18203977 rejected=434 elapsed=00:41:12.380
[Pipeline] End of Pipeline
Finished: SUCCESS

Jenkins 2.440.3, config migrated from the old Hudson install. Build #1482 took 47 min vs 19 min for #1471.`,
    expected: [],
  },
  {
    name: 'results paragraph of a neurology cohort: Parkinson, Alzheimer, Huntington, Hoehn and Yahr, Kaplan-Meier, Cox, Mann-Whitney, Bonferroni',
    text: `Draft the results paragraph for this:

Cohort: 1,204 patients with idiopathic Parkinson's disease (Hoehn and Yahr stage 1–3), 312 with Alzheimer's disease and 88 with Huntington's disease, recruited 2019-03-01 to 2023-11-30 at 14 sites. Median age at diagnosis 67 (IQR 59–74); 58% male. Kaplan–Meier estimates of time to levodopa-induced dyskinesia were compared with the log-rank test; hazard ratios come from a Cox proportional-hazards model adjusted for age, sex and baseline MDS-UPDRS III. Group differences in MoCA scores: Mann–Whitney U = 48213, p = 0.0031 (Bonferroni-corrected α = 0.0125). Patients with comorbid Crohn's disease or Hashimoto's thyroiditis (n = 41) were excluded.`,
    expected: [],
  },
  {
    name: 'markdown table of stores on streets named after people (Rue Victor Hugo, Karl-Marx-Allee, Avenida Presidente Vargas, Martin Luther King Jr Blvd)',
    text: `| store_id | city | address | opened | sqm |
|---|---|---|---|---|
| FR-LYO-012 | Lyon | 41 Rue Victor Hugo, 69002 | 2016-09-14 | 420 |
| DE-BER-003 | Berlin | Karl-Marx-Allee 78, 10243 | 2018-03-01 | 610 |
| BR-RIO-007 | Rio de Janeiro | Avenida Presidente Vargas 1733, Centro | 2021-11-20 | 530 |
| US-ATL-021 | Atlanta | 1180 Martin Luther King Jr Blvd SW, GA 30310 | 2019-06-08 | 780 |
| ES-MAD-015 | Madrid | Calle de Alberto Aguilera 54, 28015 | 2022-02-17 | 395 |
| IT-ROM-004 | Roma | Via Giuseppe Garibaldi 12, 00153 | 2017-05-30 | 350 |

Which of these stores opened before 2019 and are over 400 sqm?`,
    expected: [],
  },
  {
    name: 'LLM vendor comparison table: Claude, Gemini, Mistral and Llama models with versions, prices and latencies',
    text: `We ran our text-to-SQL eval (412 questions) against these models. Summarise the trade-offs for the steering committee.

model                         | exact_match | exec_acc | p50_ms | p95_ms | $/1M in | $/1M out
claude-3-5-sonnet-20240620    | 0.781       | 0.842    | 2310   | 5120   | 3.00    | 15.00
gemini-1.5-pro-002            | 0.764       | 0.829    | 2880   | 6410   | 1.25    | 5.00
mistral-large-2407            | 0.712       | 0.790    | 1940   | 4020   | 2.00    | 6.00
llama-3.1-70b-instruct (vLLM 0.5.3, 2x A100 80GB) | 0.689 | 0.771 | 1210 | 2950 | n/a | n/a

Notes: Gemini timed out on 7 questions; Llama was served with max_model_len=16384 and temperature 0. Claude and Mistral were called through our gateway (run id 01J2K7ZQ4M8X9RB3TCNV5WHD6E, 2024-07-29 14:02 UTC).`,
    expected: [],
  },
  {
    name: 'Kafka and Cassandra YAML for a Helm chart: broker hostnames, port ranges, and environment-variable references instead of secret values',
    text: `Is this values.yaml right for the orders pipeline?

kafka:
  bootstrapServers: kafka-0.kafka-headless.data.svc.cluster.local:9092,kafka-1.kafka-headless.data.svc.cluster.local:9092
  topic: orders.v3
  partitions: 24
  replicationFactor: 3
  consumerGroup: orders-sink-cassandra
  sasl:
    mechanism: SCRAM-SHA-512
    username: \${KAFKA_SASL_USERNAME}
    password: \${KAFKA_SASL_PASSWORD}
cassandra:
  contactPoints: ["cassandra-dc1-0.data.svc", "cassandra-dc1-1.data.svc"]
  port: 9042
  keyspace: orders
  localDc: dc1
  credentialsSecret: cassandra-orders-creds
service:
  nodePortRange: 30000-32767
  jmxPort: 7199`,
    expected: [],
  },
  {
    name: 'git log --oneline and git describe: SHAs, PR numbers, branch names with eponyms, tags',
    text: `Write release notes from this:

$ git describe --tags
v4.12.0-37-g9b1e4c2
$ git log --oneline v4.12.0..HEAD
9b1e4c2 (HEAD -> main, origin/main) Merge pull request #4821 from acme-data/feature/levenshtein-dedupe
e07d3a1 Use Jaro-Winkler for e-mail similarity, keep Levenshtein for names
5c2f9b8 Replace Dijkstra with A* in the route planner (2.3x faster on the EU graph)
a41d7e0 Add Bloom filter in front of the Cassandra lookup (fp rate 0.1%)
2e88c61 Kalman filter: clamp process noise, fixes #4790
f3b0a92 Bump kafka-python from 2.0.2 to 2.0.3
71ac5de Revert "Gaussian blur before OCR" (ab test 2024-05-14 was negative)`,
    expected: [],
  },
  {
    name: 'shipments CSV: order numbers, UPS, USPS and FedEx tracking numbers, ISBNs, weights and ship dates',
    text: `order_no,carrier,tracking_no,sku,isbn13,qty,weight_kg,shipped_at
SO-2024-118204,UPS,1Z9X42V80348119276,BK-ENG-0412,978-3-16-148410-0,2,1.18,2024-06-03T09:14:22Z
SO-2024-118205,USPS,9400 1118 9922 3847 5612 04,BK-ENG-0977,9798864411872,1,0.64,2024-06-03T09:15:02Z
SO-2024-118209,FedEx,7749 2281 0932,EAN-4006381333931,,6,3.20,2024-06-03T10:41:57Z
SO-2024-118211,DHL,JJD0001490001847263,BK-DE-2210,978-3-16-148410-0,1,0.52,2024-06-04T07:03:11Z

Why does the carrier dashboard show SO-2024-118209 as "label created" for three days?`,
    expected: [],
  },
  {
    name: 'structured API logs with request ids (UUID, ULID), numeric user ids, latencies and status codes',
    text: `{"ts":"2024-06-11T08:02:14.331Z","level":"info","svc":"orders-api","request_id":"7c1f0e52-9a4b-4d1e-8f2a-3b6c9d0e1f47","user_id":8412093,"route":"GET /v2/orders/:id","status":200,"latency_ms":41}
{"ts":"2024-06-11T08:02:14.902Z","level":"warn","svc":"orders-api","request_id":"01HZZ4Q8K2M7X9RB3TCNV5WHD6","user_id":8412093,"route":"POST /v2/orders","status":409,"latency_ms":118,"err":"idempotency key reused"}
{"ts":"2024-06-11T08:02:15.004Z","level":"error","svc":"orders-api","request_id":"b3e4a1d0-6f27-4c58-9e13-70a2d4c8f5b9","user_id":1009,"route":"GET /v2/orders/:id","status":500,"latency_ms":30012,"err":"context deadline exceeded"}

Why would user 8412093 get a 409 right after a 200?`,
    expected: [],
  },
  {
    name: 'signal-processing code: a Kalman filter, a Gaussian blur and a Fourier transform with numeric constants',
    text: `Can you vectorise this? It's slow on 4K frames.

import numpy as np
from scipy.ndimage import gaussian_filter
from scipy.fft import rfft, rfftfreq

def kalman_step(x, P, z, F, H, Q=1e-5, R=0.01**2):
    x_pred = F @ x
    P_pred = F @ P @ F.T + Q
    K = P_pred @ H.T @ np.linalg.inv(H @ P_pred @ H.T + R)   # Kalman gain
    return x_pred + K @ (z - H @ x_pred), (np.eye(len(x)) - K @ H) @ P_pred

frame = gaussian_filter(frame, sigma=1.4, truncate=4.0)       # Gaussian blur
spectrum = np.abs(rfft(signal))                               # Fourier
freqs = rfftfreq(48000, d=1 / 48000)
peak_hz = freqs[np.argmax(spectrum[20:2000]) + 20]            # ~ 440.0`,
    expected: [],
  },
  {
    name: 'prose on algorithms: Dijkstra, Bellman-Ford, Floyd-Warshall, Huffman coding and a Bloom filter sizing formula',
    text: `Explain to a junior engineer why we use Dijkstra's algorithm for the delivery graph but Bellman–Ford for the pricing graph (it has negative edges). Floyd–Warshall was too slow at 48,000 nodes: O(n³). Also explain the Bloom filter sizing we picked: n = 10,000,000 keys, p = 0.001, so m = −n·ln p / (ln 2)² ≈ 143,775,876 bits (17.1 MiB) and k = (m/n)·ln 2 ≈ 10 hash functions. And why Huffman coding beats Lempel–Ziv on our sensor payloads but not on the JSON logs.`,
    expected: [],
  },
  {
    name: 'equity research table of companies named after families (Johnson & Johnson, Procter & Gamble, Goldman Sachs, Morgan Stanley) with tickers and ISINs',
    text: `Turn this into a short comparison for the newsletter:

company               ticker  isin           fy_revenue   net_margin  auditor
Johnson & Johnson     JNJ     US4781601046   $85.16bn     41.3%       PwC
Procter & Gamble      PG      US7427181091   $84.04bn     17.9%       Deloitte
Goldman Sachs Group   GS      US38141G1040   $46.25bn     18.6%       PwC
Morgan Stanley        MS      US6174464486   $54.14bn     16.9%       Deloitte
Ernst & Young (private, audit network) — revenue $49.4bn FY2023, not listed

Figures as of fiscal years ending 2023-12-31 (PG: 2024-06-30).`,
    expected: [],
  },
  {
    name: 'German data-quality report: birth-date column statistics, NULL shares and postcodes on Karl-Marx-Allee, no person',
    text: `Kannst du diesen Datenqualitätsbericht für das Management zusammenfassen?

Tabelle kunden_stamm (Stand 2024-06-30, 2.418.907 Zeilen)
- Spalte geburtsdatum: 4,2 % NULL, 0,3 % vor 1900-01-01 (Platzhalter 1899-12-31 aus dem Altsystem), Median-Alter 46 Jahre
- Spalte telefon: 18,7 % leer, 2,1 % ohne Ländervorwahl
- Spalte email: 0,9 % ungültig (kein @), 11 % Domains gmx.de/web.de
- Spalte iban: Prüfziffer in 0,04 % falsch
- Filiale Karl-Marx-Allee (PLZ 10243) liefert seit 2024-05-13 keine Daten mehr, Ticket DQ-4471.`,
    expected: [],
  },
  {
    name: 'support export with masked values only: ****1234 cards, j***@gmail.com, masked phones and SSN',
    text: `ticket_id | channel | customer_email    | phone_masked      | card          | ssn          | status
----------+---------+-------------------+-------------------+---------------+--------------+--------
  T-88412 | chat    | j***@gmail.com    | +49 *** *** **12  | **** **** **** 4417 | ***-**-6789 | solved
  T-88415 | email   | m****.k@web.de    | +33 6 ** ** ** 90 | ************0925     | ***-**-1120 | open
  T-88431 | phone   | a***********@outlook.com | (***) ***-4410 | VISA ••••3391 | ***-**-**** | pending

Is our masking consistent across channels?`,
    expected: [],
  },
  {
    name: 'SDK README excerpt with documented placeholder keys (AWS EXAMPLE keys, <YOUR_API_KEY>, ghp_xxxx)',
    text: `Please rewrite this quick-start so it uses environment variables:

    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    export OPENAI_API_KEY=<YOUR_API_KEY>
    export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx

    client = Palette(api_key="YOUR_API_KEY_HERE", region="eu-west-1")
    client.datasets.list(limit=10)`,
    expected: [],
  },
  {
    name: 'test-data guide: synthetic SSNs in never-issued areas (000, 666, 9xx) and made-up fixture rules',
    text: `Review our test-data guideline for gaps:

1. Fixtures must never contain a real SSN. Use only areas the SSA never issues: 000-xx-xxxx, 666-xx-xxxx and 900–999. Examples in our seeds: 000-12-3456, 666-45-1290, 987-65-4320.
2. Phone numbers in fixtures must use the +1 (000) prefix so the SMS provider rejects them.
3. E-mails must end in @example.com or @test.invalid.
4. Birth dates are random between 1940-01-01 and 2006-12-31 and are regenerated per run (seed 20240611).`,
    expected: [],
  },
  {
    name: 'dependency and platform versions: package.json, requirements.txt, uname and Windows build numbers',
    text: `Which of these are out of support?

"dependencies": { "react": "18.3.1", "next": "14.2.4", "@tanstack/react-query": "5.45.1", "zod": "3.23.8" }
pandas==2.2.2
numpy==1.26.4
pyspark==3.5.1
jupyterlab==4.2.2
$ uname -a
Darwin mbp-analytics-14 23.4.0 Darwin Kernel Version 23.4.0: Fri Mar 15 00:12:49 PDT 2024; root:xnu-10063.101.17~1/RELEASE_ARM64_T6000 arm64
$ node --version
v20.11.1
Windows build: 10.0.19045.4291 (22H2), Office 16.0.17531.20152`,
    expected: [],
  },
  {
    name: 'Airflow task log: run ids, logical dates, try numbers and durations',
    text: `[2024-06-12, 02:00:04 UTC] {taskinstance.py:1979} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: daily_revenue.load_fact manual__2024-06-11T02:00:00+00:00 [queued]>
[2024-06-12, 02:00:04 UTC] {taskinstance.py:2193} INFO - Starting attempt 2 of 3
[2024-06-12, 02:00:05 UTC] {standard_task_runner.py:60} INFO - Started process 48213 to run task
[2024-06-12, 02:14:51 UTC] {taskinstance.py:1138} INFO - Marking task as SUCCESS. dag_id=daily_revenue, task_id=load_fact, execution_date=20240611T020000, start_date=20240612T020004, end_date=20240612T021451
[2024-06-12, 02:14:51 UTC] {local_task_job_runner.py:234} INFO - Task exited with return code 0 (duration 0:14:46.812)

Attempt 1 failed at 01:58. Is a 14-minute load normal for 3.1M rows?`,
    expected: [],
  },
  {
    name: 'GeoJSON of transit hubs and airports named after people (Charles de Gaulle, JFK, Adolfo Suárez, Saint-Lazare) with coordinates',
    text: `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"hub_id":"PAR-CDG","name":"Aéroport Paris-Charles de Gaulle","iata":"CDG","daily_pax":184000},"geometry":{"type":"Point","coordinates":[2.547778,49.009722]}},
{"type":"Feature","properties":{"hub_id":"NYC-JFK","name":"John F. Kennedy International Airport","iata":"JFK","daily_pax":170000},"geometry":{"type":"Point","coordinates":[-73.778889,40.639722]}},
{"type":"Feature","properties":{"hub_id":"MAD-MAD","name":"Aeropuerto Adolfo Suárez Madrid-Barajas","iata":"MAD","daily_pax":165000},"geometry":{"type":"Point","coordinates":[-3.56676,40.49806]}},
{"type":"Feature","properties":{"hub_id":"PAR-GSL","name":"Gare Saint-Lazare","iata":null,"daily_pax":275000},"geometry":{"type":"Point","coordinates":[2.325,48.876]}}
]}
Plot these on a map sized by daily_pax.`,
    expected: [],
  },
  {
    name: 'HR analytics table keyed by employee id: hire, start, promotion and termination dates, no names or birth dates',
    text: `employee_id  dept        hire_date   start_date  last_promotion  termination_date  tenure_days
E-004417     Finance     2015-02-02  2015-02-16  2021-04-01      NULL              3402
E-009120     Logistics   2018-09-10  2018-10-01  NULL            2023-06-30        1734
E-011873     Data        2020-01-06  2020-01-06  2023-04-01      NULL              1618
E-012004     Data        2021-11-15  2022-01-03  NULL            2024-02-29        806

Compute attrition by department for 2023 using these columns.`,
    expected: [],
  },
  {
    name: 'invoice lines with phone-shaped numbers that are not phones: EANs, ISBNs, amounts, a ZIP+4 and a NodePort range',
    text: `Reconcile these invoice lines with the PO, amounts look off by a few cents:

INV-2024-004417  2024-06-14  Ship to ZIP 30310-4412
line  ean13           description                     qty   unit       total
1     4006381333931   Stabilo Boss marker, 10 pcs     12    8.49       101.88
2     8712345600129   A4 paper 80 g, 5 x 500          40    23.90      956.00
3     9783161484100   "Data Pipelines Pocket Ref."     3    34.99      104.97
subtotal 1 162.85   VAT 19 % 220.94   total 1 383.79
PO 4500118204, cost centre 6100-2231, GL 411 000 12, payment terms 30 days
(also: the k8s NodePort range 30000-32767 is not a phone number, our OCR keeps splitting it)`,
    expected: [],
  },
  {
    name: 'nginx config: CIDR allow lists, documentation addresses and loopback only',
    text: `Is this restriction block correct? We only want the office VPN and the health checker in.

location /admin/ {
    allow 127.0.0.1;
    allow ::1;
    allow 10.8.0.0/16;          # WireGuard VPN pool
    allow 172.16.32.0/20;       # office LAN
    allow 192.0.2.0/24;         # vendor docs example, remove
    allow 198.51.100.7;         # copied from the load-balancer tutorial
    deny  all;
    proxy_pass http://127.0.0.1:8081;
}
set_real_ip_from 203.0.113.0/24;
real_ip_header X-Forwarded-For;`,
    expected: [],
  },
  {
    name: 'Rails seeds with fixture people on example.com and example.org addresses',
    text: `Our seeds fail on the unique index, why?

User.create!(name: "Alice Example", email: "alice@example.com", role: "admin", created_at: "2024-01-01")
User.create!(name: "Bob Tester", email: "bob.tester@example.org", role: "analyst", created_at: "2024-01-01")
User.create!(name: "Carol Sample", email: "carol@example.com", role: "viewer", created_at: "2024-01-02")
User.create!(name: "Alice Example", email: "alice@example.com", role: "viewer", created_at: "2024-01-03")

ActiveRecord::RecordNotUnique: PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_users_on_email"
DETAIL:  Key (email)=(alice@example.com) already exists.`,
    expected: [],
  },
  {
    name: 'psql output with PII columns holding NULL, [REDACTED] and hashes only',
    text: `analytics=> SELECT user_id, email, phone, dob, ssn, ip FROM privacy.erasure_check WHERE request_id = 'GDPR-2024-0612-118';
 user_id | email      | phone | dob        | ssn        | ip
---------+------------+-------+------------+------------+----------------
  8412093 | [REDACTED] | NULL  | [REDACTED] | [REDACTED] | 0.0.0.0
  8412094 | [REDACTED] | NULL  | NULL       | NULL       | 0.0.0.0
(2 rows)

Did the erasure job cover every column?`,
    expected: [],
  },
  {
    name: 'auth service log lines with numeric user ids, session ids and MFA events but no personal data',
    text: `2024-06-12T07:41:09.118Z INFO  auth  login.success user_id=48213 session=sess_01J0A9C4F7G2H8K3M5N6P1Q0RS mfa=totp
2024-06-12T07:41:37.902Z WARN  auth  login.failed user_id=48213 reason=bad_totp attempts=1
2024-06-12T07:42:03.004Z INFO  auth  token.refresh user_id=48213 token_id=rt_5c2f9b8e07d3 ttl=3600
2024-06-12T07:45:00.000Z INFO  auth  sweep.expired_sessions count=1873 duration_ms=412
Is a failed TOTP 28 s after a success a sign of a replayed code?`,
    expected: [],
  },
  {
    name: 'birth-year cohort statistics over customers without any person',
    text: `Explain this chart for the marketing team:

birth_year_bucket | customers | avg_basket_eur | churn_12m
1950–1959         |    41,204 |          38.10 |     9.2%
1960–1969         |   118,772 |          46.55 |     7.8%
1970–1979         |   204,930 |          52.31 |     8.4%
1980–1989         |   311,478 |          49.02 |    11.9%
1990–1999         |   287,115 |          33.70 |    15.3%
2000–2006         |    96,340 |          21.45 |    22.6%

Customers born after 1990 churn twice as often. Median date of birth in the base: 1981.`,
    expected: [],
  },
  {
    name: 'fleet procurement notes: Tesla, Ford, Dell, Ferrari and Jasper as products and brands, with asset tags and prices',
    text: `Summarise the fleet and IT refresh for FY25:

- 14 x Tesla Model Y Long Range (lease, €612/month, 48 months), replaces Ford Transit Custom vans at the Hamburg depot
- 2 x Ford E-Transit 390 L3H2 for the cold chain
- 220 x Dell Latitude 7440 (i7-1365U, 32 GB), asset tags DL-24-0001 to DL-24-0220
- Jasper reports server 8.2.0 to be retired after the migration to Superset 4.0
- The Ferrari F40 in the lobby belongs to the museum loan, not to our inventory (loan no. ML-2023-117)`,
    expected: [],
  },
  {
    name: 'language benchmark and assistant integrations: Julia, Rust, Ruby, Jupyter, Watson, Alexa and Siri as products',
    text: `Our Monte Carlo pricer, 10M paths, median of 5 runs:

Julia 1.10.4      2.81 s
Rust 1.79 (rayon) 2.12 s
Ruby 3.3.3        41.7 s
Python 3.12 + numba 0.60   3.40 s

We'd run the Julia version inside Jupyter (IJulia kernel) for the analysts. Separately, product wants the forecast exposed through Watson Assistant, an Alexa skill and a Siri Shortcut. Which of these integrations need the model hosted in the EU?`,
    expected: [],
  },
  {
    name: 'Heroku router log with documentation client addresses, request ids and dyno names',
    text: `2024-06-12T09:14:22.118031+00:00 heroku[router]: at=info method=GET path="/api/v1/orders?page=2" host=shop-api.herokuapp.com request_id=5f1c2a7e-81b0-4d5c-96e2-f1a8b7d430c5 fwd="203.0.113.54" dyno=web.2 connect=1ms service=38ms status=200 bytes=1532 protocol=https
2024-06-12T09:14:23.402210+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=POST path="/api/v1/checkout" host=shop-api.herokuapp.com request_id=0a9d3c4e-2b7f-4e18-8c61-7d5a0f2e9b13 fwd="198.51.100.23" dyno=web.1 connect=0ms service=30000ms status=503 bytes=0 protocol=https
2024-06-12T09:14:24.000000+00:00 app[web.1]: Completed 500 in 30001ms (ActiveRecord: 29870.4ms | Allocations: 118204)

These two lines are the example in our staging runbook. Why does checkout hit H12 there?`,
    expected: [],
  },
  {
    name: 'French analytics note: maladie de Parkinson, théorème de Bayes, loi de Poisson, lycée Henri-IV and rue Victor-Hugo',
    text: `Peux-tu reformuler cette note pour le comité ?

Le modèle de prévision des admissions utilise une loi de Poisson par service, avec un a priori mis à jour par le théorème de Bayes chaque semaine. Les admissions liées à la maladie de Parkinson augmentent de 6 % par an depuis 2019 ; la maladie d'Alzheimer reste stable. Les sites pilotes sont l'hôpital Georges-Pompidou et la clinique de la rue Victor-Hugo ; le partenariat avec le lycée Henri-IV porte sur les stages de data science (12 élèves, de septembre à juin). Prochaine revue le 2024-09-17.`,
    expected: [],
  },
  {
    name: 'Brazilian sales report: stores on Avenida Presidente Vargas and Rua Visconde de Pirajá, a company CNPJ, no person',
    text: `Resuma o desempenho das lojas no 2º trimestre:

Loja Centro (Avenida Presidente Vargas, 1733) — R$ 1.204.880,00, +8,4% a/a
Loja Ipanema (Rua Visconde de Pirajá, 414) — R$ 988.312,50, −2,1% a/a
Loja Barra (Shopping Village Mall, Av. das Américas, 3900) — R$ 1.411.005,75, +12,9% a/a
Razão social: Livraria Aurora Comércio de Livros Ltda., CNPJ 12.345.678/0001-95
Período: 01/04/2024 a 30/06/2024. Ticket médio: R$ 87,40.`,
    expected: [],
  },
  {
    name: 'Japanese tech blog draft: Bayes theorem, Kalman filter, Gaussian blur, order numbers and quarter figures',
    text: `この技術ブログの下書きを校正してください。

第2四半期（2024年4月〜6月）の需要予測では、ベイズの定理で事前分布を週次更新し、在庫センサーのノイズはカルマンフィルタで平滑化しました。画像検品ではガウシアンブラー（σ=1.4）の後にエッジ検出をかけています。
検証に使った注文番号は ORD-2024-0610-00483 から ORD-2024-0630-09120 までの 8,637 件、予測誤差（MAPE）は 7.2% でした。
リリース日：2024年7月16日　バージョン：v3.8.0`,
    expected: [],
  },
  {
    name: 'Chinese data dictionary: phone, ID-card and birth-date columns with types and masked example values',
    text: `帮我把这个数据字典翻译成英文：

| 字段名 | 类型 | 说明 | 示例值 |
|---|---|---|---|
| user_id | BIGINT | 用户ID（自增） | 1002348 |
| mobile | VARCHAR(11) | 手机号，已脱敏 | 138****5678 |
| id_card | VARCHAR(18) | 身份证号，已脱敏 | 110***********1234 |
| birth_date | DATE | 出生日期，仅保留年份 | 1990-**-** |
| created_at | DATETIME | 注册时间 | 2024-03-15 10:22:31 |`,
    expected: [],
  },
  {
    name: 'Korean column description for a privacy review: masked phone and e-mail samples, retention dates',
    text: `개인정보 영향평가용으로 아래 컬럼 설명을 다듬어 주세요.

- cust_nm: 고객명, 마스킹 후 적재 (예: 김*연)
- hp_no: 휴대전화번호, 가운데 4자리 마스킹 (예: 010-****-5678)
- email_addr: 이메일, 로컬파트 마스킹 (예: s****@naver.com)
- birth_ymd: 생년월일, 분석계에는 연도만 적재 (예: 1990)
- 보관기간: 회원 탈퇴일로부터 5년, 파기 배치는 매월 1일 02:00 실행`,
    expected: [],
  },
  {
    name: 'Italian store list on streets named after people (Via Garibaldi, Corso Vittorio Emanuele II, Piazza Cavour) with company VAT numbers',
    text: `Mi prepari una tabella con fatturato per metro quadro?

Negozio Milano — Corso Vittorio Emanuele II 24, 20122 — 310 mq — fatturato 2023 € 2.418.900
Negozio Torino — Via Giuseppe Garibaldi 7, 10122 — 240 mq — fatturato 2023 € 1.377.450
Negozio Roma — Piazza Cavour 19, 00193 — 275 mq — fatturato 2023 € 1.902.310
Società: Libri Aurora S.r.l., P.IVA IT 01234560157, REA MI-1748213`,
    expected: [],
  },
  {
    name: 'Dutch routing note: het algoritme van Dijkstra, A* and the Dijkstra baseline, no person',
    text: `Kun je dit korter maken voor de release notes?

De routeplanner gebruikte tot nu toe het algoritme van Dijkstra op de volledige wegengraaf van Nederland (2,1 miljoen knopen). Met A* en een haversine-heuristiek zijn de routes gemiddeld 2,3x sneller berekend; de Dijkstra-baseline blijft beschikbaar achter de feature flag routing.legacy_dijkstra. Gemeten op 2024-06-10, p95 van 412 ms naar 176 ms.`,
    expected: [],
  },
  {
    name: 'Stripe PaymentIntent JSON without billing details: ids, amounts, card brand and last4, fingerprint, timestamps',
    text: `Why is this payment stuck in requires_capture?

{
  "id": "pi_3PQx8ZLm2Xw7Rt4V1a9Kd3Jf",
  "object": "payment_intent",
  "amount": 118204,
  "currency": "eur",
  "capture_method": "manual",
  "created": 1718179462,
  "status": "requires_capture",
  "latest_charge": "ch_3PQx8ZLm2Xw7Rt4V1bK2c9Qe",
  "payment_method_details": {"card": {"brand": "visa", "last4": "4417", "exp_month": 9, "exp_year": 2027, "fingerprint": "Xw7Rt4V1a9Kd3Jf6", "country": "DE"}},
  "metadata": {"order_no": "SO-2024-118204", "cart_id": "c_01J0A9C4F7G2H8"}
}`,
    expected: [],
  },
  {
    name: 'Kubernetes Deployment with image digests, secretKeyRef names instead of values, resource limits',
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-sink
  labels: { app: orders-sink, team: data-platform }
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: sink
          image: ghcr.io/acme-data/orders-sink@sha256:9b1e4c2e07d3a15c2f9b8a41d7e02e88c61f3b0a9271ac5de4f8d0c6b3a2e1f9
          env:
            - name: CASSANDRA_PASSWORD
              valueFrom: { secretKeyRef: { name: cassandra-orders-creds, key: password } }
            - name: KAFKA_GROUP
              value: orders-sink-cassandra
          resources: { limits: { cpu: "2", memory: 4Gi }, requests: { cpu: 500m, memory: 1Gi } }
Why does the pod OOM at 3.9Gi?`,
    expected: [],
  },
  {
    name: 'hashed e-mail audience file (SHA-256) and file checksums (MD5, SHA-1)',
    text: `Meta rejected this customer-match upload with "invalid format". What's wrong?

hashed_email,hashed_phone,country
b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514,,DE
62e2b1c2a7e4f7e1e3a0d5c9f8b7a6d5c4b3a2918f7e6d5c4b3a2918f7e6d5c,3f0a9d1c7e2b5a8d4c6e9f1b3a7d5c2e8f4b6a1d9c3e7f5b2a8d6c4e1f9b3a7d,FR

customer_match_2024-06-12.csv  md5 9e107d9d372bb6826bd81d3542a419d6  sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12`,
    expected: [],
  },
  {
    name: 'Redis session with Bloom filter and HyperLogLog commands over user keys',
    text: `127.0.0.1:6379> BF.RESERVE users:seen 0.001 10000000
OK
127.0.0.1:6379> BF.MADD users:seen u:8412093 u:8412094 u:1009
1) (integer) 1
2) (integer) 1
3) (integer) 0
127.0.0.1:6379> PFCOUNT dau:2024-06-12
(integer) 184203
127.0.0.1:6379> MEMORY USAGE users:seen
(integer) 17971992
Why does BF.MADD say u:1009 was already there when it's new?`,
    expected: [],
  },
  {
    name: 'marketing e-mail template with Liquid and merge-tag placeholders and no rendered recipient',
    text: `Make this subject line A/B test friendlier:

Subject A: {{ first_name | default: "there" }}, your order {{ order.number }} has shipped
Subject B: *|FNAME|*, track parcel {{ shipment.tracking_no }}

Hi {{ customer.first_name }},
your order {{ order.number }} from {{ order.created_at | date: "%d.%m.%Y" }} is on its way.
Questions? Reply to this e-mail or call {{ store.phone }}.
Dear [Customer Name], [Your Name], [Company]`,
    expected: [],
  },
  {
    name: 'event schedule at venues named after people (Lincoln Center, Carnegie Hall, Rockefeller Center, Madison Square Garden)',
    text: `Build a calendar table from this:

2024-09-12 19:30  David Geffen Hall, Lincoln Center — season opening, 2,200 seats, sold 94%
2024-09-18 20:00  Carnegie Hall (Stern Auditorium) — capacity 2,804, sold 71%
2024-10-03 18:00  Rockefeller Center, Rainbow Room — sponsor dinner, 180 covers
2024-10-21 19:00  Madison Square Garden — arena show, block C sold out
Box office feed: event ids EV-240912-01, EV-240918-02, EV-241003-01, EV-241021-04`,
    expected: [],
  },
  {
    name: 'physics notebook: Newton, Planck, Avogadro and Boltzmann constants, Kelvin and Joule units',
    text: `Check the unit handling in this cell:

h   = 6.62607015e-34    # Planck constant, J·s
N_A = 6.02214076e23     # Avogadro constant, 1/mol
k_B = 1.380649e-23      # Boltzmann constant, J/K
g   = 9.80665           # m/s², Newton's second law below
T   = 293.15            # Kelvin
E   = 3/2 * k_B * T     # mean kinetic energy per molecule ≈ 6.07e-21 J
F   = 72.5 * g          # 710.98 N
print(f"{E:.3e} J, {F:.2f} N, Schrödinger eq. solved for n=1..12")`,
    expected: [],
  },
  {
    name: 'IBAN validator unit-test output: IBAN-shaped strings that fail their mod-97 check',
    text: `Our validator rejects these, but the bank says they are fine. Are the tests wrong?

FAILED tests/test_iban.py::test_valid[DE44500105175407324932] - AssertionError: checksum mismatch
FAILED tests/test_iban.py::test_valid[NL12ABNA0417164300] - AssertionError: checksum mismatch
FAILED tests/test_iban.py::test_valid[FR7630006000011234567890188] - AssertionError: checksum mismatch
3 failed, 41 passed in 0.38s`,
    expected: [],
  },
  {
    name: 'loyalty and gift-card numbers of 16 digits that fail the Luhn check, with order and voucher codes',
    text: `The POS rejects these as "invalid card" — they are our own loyalty and gift cards, not bank cards. How should the POS tell them apart?

loyalty_card     | 6035710048217394 | tier gold   | points 18,204
gift_card        | 6275 9800 1234 5678 | balance €50.00 | expires 2025-12-31
voucher          | XMAS24-7K2M-9QRB | 15 % off
legacy member no | 4000182263910475 | migrated 2023-04-01`,
    expected: [],
  },
  {
    name: 'release notes and support calendar: release, GA and end-of-life dates of versions',
    text: `Turn this into a support-policy table:

v3.6 — released 2023-09-12, EOL 2024-09-30
v3.7 — released 2024-01-16, EOL 2025-01-31
v3.8 — GA 2024-07-16 (RC1 2024-06-25), LTS until 2026-07-31
Python 3.8 support ends with v3.7 (Python 3.8 EOL was 2024-10-07).
Born-on dates of our container base images: 2024-05-02 (debian-12.5-slim), 2024-06-01 (ubi9-minimal 9.4).`,
    expected: [],
  },
  {
    name: 'A/B test readout: Welch t-test, Student t, Fisher exact, Wilson interval, Benjamini-Hochberg',
    text: `Is this readout statistically sound?

Experiment checkout_v2 (2024-05-20 → 2024-06-09), 184,203 sessions.
control: 48,213 conversions / 92,118 (52.34%), treatment: 49,120 / 92,085 (53.34%)
Welch's t-test on basket value: t = 2.71, df ≈ 184,160, p = 0.0067
Student's t (equal variances) gives p = 0.0068; Fisher's exact test on conversion: p = 1.2e-5
Wilson 95% CI for the uplift: [0.54 pp, 1.46 pp]; Benjamini–Hochberg over 12 metrics keeps 4.`,
    expected: [],
  },
  {
    name: 'Spanish hospital activity report: Gregorio Marañón, enfermedad de Parkinson, distribución de Poisson, calles named after people',
    text: `¿Puedes resumir este informe para la dirección?

El Hospital General Universitario Gregorio Marañón atendió 18.204 urgencias en mayo de 2024 (+4,1 % interanual). Las consultas por enfermedad de Parkinson crecieron un 6 % y se modelizan con una distribución de Poisson por semana. El centro de especialidades de la calle Francisco Silvela y el de la avenida Reina Victoria concentran el 38 % de la actividad ambulatoria. El partido en el Estadio Santiago Bernabéu del 2024-05-25 elevó las urgencias de 20:00 a 24:00 un 12 %.`,
    expected: [],
  },
  {
    name: 'IoT sensor export: device serials, MAC addresses, firmware versions, coordinates and readings',
    text: `device_serial,mac,firmware,lat,lon,temp_c,humidity,reading_at
SN-TS4-00418204,3C:71:BF:4A:9E:12,fw 2.4.17,52.520008,13.404954,21.4,44,2024-06-12T06:00:00Z
SN-TS4-00418205,3C:71:BF:4A:9E:13,fw 2.4.17,52.521917,13.413215,21.9,43,2024-06-12T06:00:00Z
SN-TS4-00419120,3C:71:BF:4B:01:7C,fw 2.3.9,48.137154,11.576124,19.8,51,2024-06-12T06:00:00Z
Which devices still run firmware older than 2.4?`,
    expected: [],
  },
  // ---------------------------------------------------------------- a few real values among decoys
  {
    name: 'rapidfuzz candidate pairs printed from the dedupe cell: two real customers among Levenshtein and Jaro-Winkler scores',
    text: `The Levenshtein pass found these; should the second pair merge? Jaro-Winkler says 0.94.

   id_a   id_b  full_name_a         full_name_b         email_a                     email_b                   score
  40217  91822  Magdalena Krawczyk  Magdalena Krawczyk  m.krawczyk@onet.pl          magda.krawczyk@gmail.com  1.00
  11873  11874  Tobias Lindqvist    Tobias Lindquist    tobias.lindqvist@telia.se   NaN                       0.94

[2 rows x 7 columns]`,
    expected: [
      ['PERSON', 'Magdalena Krawczyk'],
      ['PERSON', 'Magdalena Krawczyk'],
      ['EMAIL', 'm.krawczyk@onet.pl'],
      ['EMAIL', 'magda.krawczyk@gmail.com'],
      ['PERSON', 'Tobias Lindqvist'],
      ['PERSON', 'Tobias Lindquist'],
      ['EMAIL', 'tobias.lindqvist@telia.se'],
    ],
  },
  {
    name: 'Jenkins console log started by a user, with a GitHub token exported and echoed by curl -v among SHAs and versions',
    text: `Why did the status update fail? (Jenkins 2.440.3)

Started by user Rafael Quintero
Running on build-agent-07 in /var/lib/jenkins/workspace/etl-nightly
Checking out Revision 3f9c2a7e81b04d5c96e2f1a8b7d430c5e9f61b2a (refs/remotes/origin/main)
+ export GITHUB_TOKEN=${ghToken}
+ curl -s -X POST -H "Authorization: token ${ghToken}" https://api.github.com/repos/acme-data/etl/statuses/3f9c2a7e81b04d5c96e2f1a8b7d430c5e9f61b2a -d '{"state":"success","context":"jenkins/nightly"}'
{"message":"Resource not accessible by integration","status":"403"}
Finished: FAILURE`,
    expected: [
      ['PERSON', 'Rafael Quintero'],
      ['SECRET', ghToken],
      ['SECRET', ghToken],
    ],
  },
  {
    name: 'German referral note among Parkinson decoys: patient name, labelled birth date and mobile, a hospital named after a surgeon',
    text: `Bitte in einen strukturierten Überweisungsbrief umformulieren:

Patient: Herr Wolfgang Brandt, geb. 14.02.1951, Tel. 0171 4829317
Diagnose: Morbus Parkinson (idiopathisch), Hoehn-und-Yahr-Stadium 2, seit 2019; Levodopa 3 x 100 mg
Zuweisung an das Klinikum Ernst von Bergmann, Neurologie, zur tiefen Hirnstimulation (Evaluation)
Letzte MDS-UPDRS-III: 31 Punkte (2024-05-28), Fallnummer 2024-118204`,
    expected: [
      ['PERSON', 'Wolfgang Brandt'],
      ['DATE_OF_BIRTH', '14.02.1951'],
      ['PHONE', '0171 4829317'],
    ],
  },
  {
    name: 'French store sheet on rue Victor-Hugo with the store manager and her mobile number',
    text: `Peux-tu compléter la fiche magasin ?

Magasin : FR-LYO-012 — 41 rue Victor-Hugo, 69002 Lyon (ouvert le 14/09/2016, 420 m²)
Responsable : Élodie Marchand, 06 41 27 88 19
Horaires : 10h–19h, fermé le dimanche ; SIRET 812 345 678 00027
Voisins : place Bellecour, lycée Ampère`,
    expected: [
      ['PERSON', 'Élodie Marchand'],
      ['PHONE', '06 41 27 88 19'],
    ],
  },
  {
    name: 'Heroku router log where one request comes from a real public address among documentation addresses',
    text: `2024-06-12T09:14:22.118031+00:00 heroku[router]: at=info method=GET path="/api/v1/orders?page=2" host=shop-api.herokuapp.com request_id=5f1c2a7e-81b0-4d5c-96e2-f1a8b7d430c5 fwd="203.0.113.54" dyno=web.2 connect=1ms service=38ms status=200 bytes=1532 protocol=https
2024-06-12T09:14:23.402210+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=POST path="/api/v1/checkout" host=shop-api.herokuapp.com request_id=0a9d3c4e-2b7f-4e18-8c61-7d5a0f2e9b13 fwd="84.17.52.203" dyno=web.1 connect=0ms service=30000ms status=503 bytes=0 protocol=https

The first line is the runbook's example, the second is from production tonight. Why H12?`,
    expected: [['IP_ADDRESS', '84.17.52.203']],
  },
  {
    name: 'shipments CSV with tracking numbers and ISBNs where one delivery note carries a customer e-mail and phone',
    text: `order_no,carrier,tracking_no,isbn13,weight_kg,shipped_at,delivery_note
SO-2024-118204,UPS,1Z9X42V80348119276,978-3-16-148410-0,1.18,2024-06-03T09:14:22Z,
SO-2024-118207,Royal Mail,RN482913057GB,9798864411872,0.64,2024-06-03T09:15:02Z,"leave with neighbour, questions to hannah.whitlock@btinternet.com or +44 7911 482 306"
SO-2024-118209,FedEx,7749 2281 0932,,3.20,2024-06-03T10:41:57Z,

Extract the delivery instructions into a separate column.`,
    expected: [
      ['EMAIL', 'hannah.whitlock@btinternet.com'],
      ['PHONE', '+44 7911 482 306'],
    ],
  },
  {
    name: 'GDPR erasure SQL over PII column names with one e-mail literal in the WHERE clause',
    text: `Will this erase everything for the request DSR-2024-0611-07?

BEGIN;
UPDATE crm.contacts
   SET email = NULL, phone = NULL, date_of_birth = NULL, first_name = 'erased', last_name = 'erased'
 WHERE email = 'haruto.sakamoto@outlook.jp';
DELETE FROM marketing.audience_members WHERE contact_id IN (SELECT id FROM crm.contacts WHERE first_name = 'erased');
COMMIT;`,
    expected: [['EMAIL', 'haruto.sakamoto@outlook.jp']],
  },
  {
    name: 'support export with masked cards and e-mails where an agent note repeats a full card number',
    text: `ticket_id | customer_email | card                | agent_note
----------+----------------+---------------------+------------------------------------------------------------
  T-88412 | j***@gmail.com | **** **** **** 4417 | refund issued
  T-88419 | r***@yahoo.com | **** **** **** 5537 | customer read out full number 4539 1768 2041 5537 to verify, exp 09/27
  T-88431 | a***@gmx.de    | VISA ••••3391        | chargeback lost

Which notes break our PCI policy?`,
    expected: [['CREDIT_CARD', '4539 1768 2041 5537']],
  },
  {
    name: '.env.example with AWS documentation keys next to a committed .env with a real key pair (git diff)',
    text: `Did I leak anything in this commit?

diff --git a/.env.example b/.env.example
+AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
+AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
+AWS_REGION=eu-central-1
diff --git a/.env b/.env
+AWS_ACCESS_KEY_ID=${awsKeyId}
+AWS_SECRET_ACCESS_KEY=${awsSecret}
+AWS_REGION=eu-central-1`,
    expected: [
      ['SECRET', awsKeyId],
      ['SECRET', awsSecret],
    ],
  },
  {
    name: 'psql lookup of one employee by id: name and date_of_birth next to hire and promotion dates',
    text: `hr=> SELECT employee_id, full_name, date_of_birth, hire_date, last_promotion FROM hr.employees WHERE employee_id = 'E-004417';
 employee_id |    full_name    | date_of_birth | hire_date  | last_promotion
-------------+-----------------+---------------+------------+----------------
 E-004417    | Nomvula Dlamini | 1988-07-23    | 2015-02-02 | 2021-04-01
(1 row)

Her tenure shows 3402 days in the dashboard but 3419 here, why?`,
    expected: [
      ['PERSON', 'Nomvula Dlamini'],
      ['DATE_OF_BIRTH', '1988-07-23'],
    ],
  },
  {
    name: 'Kafka client.properties with a SASL JAAS password among broker hosts and port settings',
    text: `bootstrap.servers=kafka-0.kafka-headless.data.svc.cluster.local:9092,kafka-1.kafka-headless.data.svc.cluster.local:9092
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="svc-orders" password="${kafkaPassword}";
group.id=orders-sink-cassandra
max.poll.records=500

kafka-console-consumer fails with "Authentication failed during authentication due to invalid credentials". Why?`,
    expected: [['SECRET', kafkaPassword]],
  },
  {
    name: 'benchmark thread where a colleague named Julia works on the Julia port: the person counts, the language does not',
    text: `Summarise this thread for the weekly update:

Julia Hoffmann (j.hoffmann@kestrel-analytics.de), 10:12: ported the pricer from Python to Julia 1.10 — 2.81 s vs 3.40 s with numba. Rust with rayon is still faster at 2.12 s.
Reply, 10:20: can we run Julia inside Jupyter for the analysts? IJulia kernel is installed on the hub.
Julia Hoffmann, 10:31: yes, kernel "julia-1.10" works, image tag hub:2024.06.3.`,
    expected: [
      ['PERSON', 'Julia Hoffmann'],
      ['EMAIL', 'j.hoffmann@kestrel-analytics.de'],
      ['PERSON', 'Julia Hoffmann'],
    ],
  },
  {
    name: 'Dutch ticket assigned to a colleague called Dijkstra about the Dijkstra algorithm',
    text: `Kun je dit ticket samenvatten?

Ticket ROUTE-2291 — Toegewezen aan: Sanne Dijkstra
Omschrijving: het algoritme van Dijkstra geeft op de graaf van 2024-06-10 een omweg van 14 km via knooppunt 118204. A* met haversine-heuristiek vindt de korte route wel. Vermoedelijk een negatief gewicht na de import (Bellman-Ford detecteert een negatieve cyclus).
Prioriteit: hoog, deadline 2024-06-21`,
    expected: [['PERSON', 'Sanne Dijkstra']],
  },
  {
    name: 'Spanish clinical note among Parkinson and hospital decoys: patient name and fecha de nacimiento',
    text: `Resume esta nota para el informe de alta:

Paciente: Lucía Ferrer Galindo — fecha de nacimiento: 03/09/1962 — NHC 4471290
Servicio de Neurología, Hospital General Universitario Gregorio Marañón
Enfermedad de Parkinson diagnosticada en 2017; escala de Hoehn y Yahr 2,5. Ingreso 2024-06-03, alta 2024-06-08.
Control en consultas de la calle Francisco Silvela en 3 meses.`,
    expected: [
      ['PERSON', 'Lucía Ferrer Galindo'],
      ['DATE_OF_BIRTH', '03/09/1962'],
    ],
  },
  {
    name: 'Japanese order inquiry: order and tracking numbers with one customer name and mobile number',
    text: `この問い合わせへの返信文を作ってください。

注文番号：ORD-2024-0610-00483
追跡番号：4829 1037 5521（ヤマト運輸）
氏名：佐々木 美咲
電話番号：090-4172-8835
内容：6月10日に注文した商品（JAN 4901234567894）がまだ届きません。`,
    expected: [
      ['PERSON', '佐々木 美咲'],
      ['PHONE', '090-4172-8835'],
    ],
  },
  {
    name: 'German supplier invoice: invoice and VAT numbers, a BIC and companies named after founders, with the contact person and the IBAN',
    text: `Bitte die Zahlungsdaten aus dieser Rechnung extrahieren:

Carl Zeiss Optik Service GmbH (Vertriebspartner), Rechnungsnr. RE-2024-04417 vom 14.06.2024
USt-IdNr.: DE812345678, Kundennr. 118204, Bestellung 4500118204
Ansprechpartner: Jörg Behrendt
Bankverbindung: Commerzbank, IBAN DE44 5001 0517 5407 3249 31, BIC COBADEFFXXX
Betrag: 4.118,20 EUR, zahlbar bis 14.07.2024 ohne Abzug
(Lieferung gemäß Rahmenvertrag mit Siemens Healthineers, Auftrag SH-2291)`,
    expected: [
      ['PERSON', 'Jörg Behrendt'],
      ['IBAN', 'DE44 5001 0517 5407 3249 31'],
    ],
  },
  {
    name: 'git diff of a notifier config adding a Slack webhook URL, among commit SHAs and versions',
    text: `Review this diff please:

commit a41d7e0c5b2f9b8e07d3a15c2f9b8a41d7e02e88
    Add Slack notifications for the Kalman filter drift alert (v4.12.1)
diff --git a/config/notify.yml b/config/notify.yml
@@ -3,4 +3,6 @@ alerts:
   drift:
     threshold: 0.035
+    slack:
+      webhook: ${slackWebhook}
+      channel: "#data-alerts"`,
    expected: [['SECRET', slackWebhook]],
  },
  {
    name: 'pytest fixture with example.com people and one row copied from production with a real name and e-mail',
    text: `This fixture file fails the PII pre-commit hook, which line is it complaining about?

USERS = [
    {"id": 1, "name": "Alice Example", "email": "alice@example.com", "plan": "pro"},
    {"id": 2, "name": "Bob Tester", "email": "bob.tester@example.org", "plan": "free"},
    {"id": 3, "name": "Oluwaseun Adeyemi", "email": "seun.adeyemi@yahoo.com", "plan": "pro"},  # copied from prod bug report
]`,
    expected: [
      ['PERSON', 'Oluwaseun Adeyemi'],
      ['EMAIL', 'seun.adeyemi@yahoo.com'],
    ],
  },
  {
    name: 'API access log with numeric user ids where one lookup puts an e-mail in the query string',
    text: `2024-06-12T07:41:09.118Z INFO  api  GET /api/v2/users/48213/orders status=200 user_id=48213 latency_ms=41
2024-06-12T07:41:11.530Z INFO  api  GET /api/v2/users/lookup?email=kaveh.rostami@gmail.com&include=orders status=200 user_id=1009 latency_ms=88
2024-06-12T07:41:12.004Z INFO  api  GET /api/v2/users/48213 status=304 user_id=48213 latency_ms=3
Should support staff (user 1009) be allowed to look users up by e-mail?`,
    expected: [['EMAIL', 'kaveh.rostami@gmail.com']],
  },
  {
    name: 'birth-cohort statistics with one outlier record quoted by name and date of birth',
    text: `Age distribution looks wrong at the top end:

age_bucket | customers
90–99      |       412
100–109    |        18
190–199    |         1

The 190–199 row is customer 88123, Ingrid Solberg, date of birth 1931-03-12 — the age job reads it as 1831 because of a two-digit-year parse. Cohort medians are otherwise fine (median birth year 1981).`,
    expected: [
      ['PERSON', 'Ingrid Solberg'],
      ['DATE_OF_BIRTH', '1931-03-12'],
    ],
  },
  {
    name: 'Kubernetes Secret with a base64 password next to a ConfigMap of hostnames and versions',
    text: `apiVersion: v1
kind: Secret
metadata: { name: cassandra-orders-creds, namespace: data }
type: Opaque
data:
  username: b3JkZXJzX3N2Yw==
  password: ${k8sPasswordB64}
---
apiVersion: v1
kind: ConfigMap
metadata: { name: orders-sink-config }
data:
  CASSANDRA_HOSTS: cassandra-dc1-0.data.svc,cassandra-dc1-1.data.svc
  SINK_VERSION: "4.12.1"
Can I commit this to the GitOps repo?`,
    expected: [['SECRET', k8sPasswordB64]],
  },
  {
    name: 'QA ticket: fixture SSNs in never-issued areas, and one production row with a real name and SSN',
    text: `QA-3318: the staging refresh copied a real record.

Our fixtures only use 000-12-3456, 666-45-1290 and 987-65-4320 (never issued). But staging row 48213 has:
name: Denise Kowalczyk | ssn: 287-41-6093 | state: OH | loaded_at: 2024-06-11 02:14
Please write the incident summary and the purge query.`,
    expected: [
      ['PERSON', 'Denise Kowalczyk'],
      ['US_SSN', '287-41-6093'],
    ],
  },
  {
    name: 'Italian purchase e-mail: EAN codes, amounts and order numbers, with a signature giving a buyer and mobile',
    text: `Puoi tradurre questa mail in inglese?

Buongiorno, confermo l'ordine ODA-2024-0417 per 1 200 pz dell'articolo EAN 8012345678901 a € 3,49 cad. (totale € 4 188,00 + IVA 22 %). Consegna entro il 28/06/2024 al magazzino di via Giuseppe Garibaldi 7, Torino.

Cordiali saluti
Marco Bellandi | Responsabile acquisti | Libri Aurora S.r.l.
+39 347 218 4490`,
    expected: [
      ['PERSON', 'Marco Bellandi'],
      ['PHONE', '+39 347 218 4490'],
    ],
  },
  {
    name: 'Korean counselling log: masked samples in the column notes, one customer named in full with an unmasked phone',
    text: `상담 이력 요약 부탁드립니다.

[규칙] 고객명·연락처는 마스킹 (예: 김*연, 010-****-5678)
[상담 2024-06-12 14:20] 고객명: 김서연 / 주문번호 20240612-118204
내용: 배송 지연 문의. 고객님이 010-4827-1934로 문자 회신 요청하심. 쿠폰 코드 SORRY-5K 발급.`,
    expected: [
      ['PERSON', '김서연'],
      ['PHONE', '010-4827-1934'],
    ],
  },
  {
    name: 'courier GeoJSON with stop coordinates where one driver note names the recipient and her mobile',
    text: `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"stop":1,"parcel":"JJD0001490001847263","eta":"2024-06-12T09:40:00+02:00","note":""},"geometry":{"type":"Point","coordinates":[13.404954,52.520008]}},
{"type":"Feature","properties":{"stop":2,"parcel":"JJD0001490001847264","eta":"2024-06-12T09:58:00+02:00","note":"Kundin Petra Lindner bittet um Anruf vorher: 0151 23849172"},"geometry":{"type":"Point","coordinates":[13.413215,52.521917]}}
]}
Optimise the stop order, Karl-Marx-Allee is closed between 10:00 and 12:00.`,
    expected: [
      ['PERSON', 'Petra Lindner'],
      ['PHONE', '0151 23849172'],
    ],
  },
  {
    name: 'rendered preview of a Liquid template for one recipient: the header names her in full, the greeting by given name',
    text: `The preview renders fine but the subject still shows the placeholder. Template and preview:

Subject: {{ first_name | default: "there" }}, your order {{ order.number }} has shipped

--- preview (recipient 48213) ---
To: Fatima Benali <fatima.benali@gmail.com>
Subject: there, your order SO-2024-118204 has shipped
Hi Fatima,
your order SO-2024-118204 from 03.06.2024 is on its way.`,
    expected: [
      ['PERSON', 'Fatima Benali'],
      ['EMAIL', 'fatima.benali@gmail.com'],
      ['PERSON', 'Fatima'],
    ],
  },
  {
    name: 'box-office export for Lincoln Center and Carnegie Hall events with one named buyer and e-mail',
    text: `event_id,venue,event_date,seats,buyer,buyer_email,order_total_usd
EV-240912-01,"David Geffen Hall, Lincoln Center",2024-09-12,2,Theodore Okafor,t.okafor@icloud.com,318.00
EV-240918-02,Carnegie Hall,2024-09-18,4,(group sale – invoice 2291),,1204.00
EV-241021-04,Madison Square Garden,2024-10-21,1,(box office cash),,149.50

Which buyers bought for more than one event?`,
    expected: [
      ['PERSON', 'Theodore Okafor'],
      ['EMAIL', 't.okafor@icloud.com'],
    ],
  },
  {
    name: 'equity research note on Goldman Sachs and Morgan Stanley with the analyst contact block',
    text: `Shorten this for the client newsletter:

Goldman Sachs (GS, ISIN US38141G1040) and Morgan Stanley (MS, ISIN US6174464486) both beat on wealth management in Q2 2024; we keep Overweight on MS (PT $112) and Neutral on GS (PT $498). Johnson & Johnson is covered separately.

Analyst: Priya Raman, CFA — priya.raman@northgate-research.co.uk — +44 20 3318 4472
Northgate Research Ltd, 25 Old Broad Street, London EC2N 1HN`,
    expected: [
      ['PERSON', 'Priya Raman'],
      ['EMAIL', 'priya.raman@northgate-research.co.uk'],
      ['PHONE', '+44 20 3318 4472'],
    ],
  },
  {
    name: 'Brazilian store sheet on Avenida Presidente Vargas with a company CNPJ and the store manager and his mobile',
    text: `Atualize a ficha da loja:

Loja Centro — Avenida Presidente Vargas, 1733, Rio de Janeiro (inaugurada em 20/11/2021)
CNPJ da filial: 12.345.678/0004-38 · Inscrição estadual 86.118.204
Gerente: Thiago Nascimento — celular (21) 98874-3310
Faturamento 2º tri: R$ 1.204.880,00`,
    expected: [
      ['PERSON', 'Thiago Nascimento'],
      ['PHONE', '(21) 98874-3310'],
    ],
  },
  {
    name: 'nginx allow list with CIDR ranges, documentation addresses and loopback, and one home-office host address',
    text: `Clean up this allow list:

location /admin/ {
    allow 127.0.0.1;
    allow 10.8.0.0/16;          # WireGuard VPN pool
    allow 192.0.2.0/24;         # vendor docs example, remove
    allow 81.169.145.92;        # on-call DBA home office, temporary (INC-2291)
    deny  all;
}`,
    expected: [['IP_ADDRESS', '81.169.145.92']],
  },
  {
    name: 'Jupyter traceback from SQLAlchemy that prints the connection URL with its password, among versions and hostnames',
    text: `OperationalError                          Traceback (most recent call last)
Cell In[14], line 3
      1 from sqlalchemy import create_engine
----> 3 engine = create_engine("postgresql+psycopg2://etl_user:${dbPassword}@warehouse.internal.acme-data.net:5432/dw"); engine.connect()
OperationalError: (psycopg2.OperationalError) connection to server at "warehouse.internal.acme-data.net", port 5432 failed: FATAL:  password authentication failed for user "etl_user"
(Background on this error at: https://sqlalche.me/e/20/e3q8)

SQLAlchemy 2.0.30, psycopg2 2.9.9. Did the password rotate?`,
    expected: [['SECRET', dbPassword]],
  },
  {
    name: 'payments chat: Luhn-failing loyalty and legacy numbers, an order number, and one real Amex card',
    text: `Customer chat transcript, please tag what must be redacted before we store it:

Customer: my loyalty card 6035710048217394 wasn't credited for order SO-2024-118209
Agent: I see it. Which card did you pay with?
Customer: the Amex, 3744 281055 63101, expiry 11/26
Agent: thanks — your legacy member no. 4000182263910475 is merged into the loyalty card now.`,
    expected: [['CREDIT_CARD', '3744 281055 63101']],
  },
];

describeHoldout('privacy hold-out 46: precision, decoys that look like personal data', cases);
