// Record kinds: each takes a context and whether the record must be clean, and returns pieces.
import { L, V } from './pieces.mjs';
import { prose } from './prose.mjs';
import { renderInsert, renderTable, S, toJson } from './render.mjs';
import { cleanTables, personalTables, tableFormats } from './tables.mjs';
import * as v from './values.mjs';

const dbHost = (r) =>
  r.pick([
    'db.internal',
    'prod-db.cluster-c9x2.eu-west-1.rds.amazonaws.com',
    'warehouse.corp.local',
    'pg-replica-2',
    'mysql.svc.cluster.local',
    'analytics-db',
  ]);
const dbUser = (r) =>
  r.pick([
    'etl',
    'analytics',
    'app_rw',
    'readonly',
    'airflow',
    'metabase',
    'svc_reporting',
    'postgres',
    'admin',
  ]);
const dbName = (r) => r.pick(['warehouse', 'prod', 'analytics', 'crm', 'billing', 'app']);

// ---------------------------------------------------------------------------------------------
// Tables

function pickTable(c, isClean) {
  const { r } = c;
  const big = r.chance(0.15);
  const n = big ? r.int(30, 120) : r.int(3, 20);
  if (isClean) {
    const name = r.pick(Object.keys(cleanTables));
    return cleanTables[name](c, n);
  }
  const name = r.weighted([
    [5, 'customers'],
    [4, 'users'],
    [2, 'patients'],
    [2, 'payments'],
    [2, 'payouts'],
    [2, 'employees'],
    [2, 'logins'],
    [2, 'leads'],
    [1, 'contacts'],
  ]);
  return personalTables[name](c, n);
}

const cellPrefix = (r) =>
  r.weighted([
    [4, ''],
    [2, `Out[${r.int(1, 80)}]:\n`],
    [1, `-- result of cell ${r.int(1, 40)}\n`],
    [1, `>>> df.head(${r.int(5, 20)})\n`],
    [
      1,
      `${r.pick(['analytics', 'warehouse', 'crm'])}=> SELECT * FROM ${r.pick(['customers', 'users', 'orders'])} LIMIT 20;\n`,
    ],
  ]);

export function table(c, isClean) {
  const { r } = c;
  const t = pickTable(c, isClean);
  const fmt = r.weighted(tableFormats);
  return [cellPrefix(r), renderTable(r, t, fmt)];
}

// ---------------------------------------------------------------------------------------------
// SQL

export function sql(c, isClean) {
  const { r } = c;
  if (isClean) {
    return r.pick([
      () => L`-- Monthly revenue by region, excluding refunds (${c.plainDate(2024, 2025)})
WITH paid AS (
  SELECT o.order_id, o.customer_id, o.created_at::date AS day, o.total_cents
  FROM orders o
  WHERE o.status NOT IN ('refunded', 'cancelled')
    AND o.created_at >= '${c.plainDate(2023, 2024)}'
    AND o.created_at <  '${c.plainDate(2025, 2025)}'
)
SELECT date_trunc('month', day) AS month, c.region, sum(total_cents) / 100.0 AS revenue
FROM paid JOIN customers c USING (customer_id)
GROUP BY 1, 2
ORDER BY 1, 2
LIMIT ${r.pick([100, 500, 1000])};
`,
      () => L`SELECT customer_id, email, phone, date_of_birth, ssn
FROM customers
WHERE email LIKE '%@${r.pick(['example.com', 'example.org', 'test.invalid'])}'
   OR email IS NULL; -- column names only: the values never leave the warehouse
`,
      () => L`SELECT * FROM shipments WHERE tracking_number = '${v.trackingNumber(r)}' AND order_id = ${r.int(100000000, 999999999)};
SELECT * FROM events WHERE event_id = '${c.uuid()}';
UPDATE deployments SET version = '${v.semver(r)}', commit_sha = '${c.sha()}' WHERE id = ${r.int(1, 500)};
`,
      () => L`-- masked view for analysts
CREATE VIEW customers_masked AS
SELECT customer_id,
       regexp_replace(email, '(^.).*(@.*$)', '\\1***\\2') AS email,
       '***-**-' || right(ssn, 4) AS ssn_last4,
       date_trunc('year', date_of_birth)::date AS birth_year,
       created_at
FROM customers;
-- sample: ${c.maskedEmail()}, ${v.maskedSsn(r)}
`,
      () => L`SELECT date_trunc('week', created_at) AS wk, count(*) FILTER (WHERE status = 'paid') AS paid
FROM orders WHERE created_at BETWEEN '${c.plainDate(2024, 2024)}' AND '${c.plainDate(2025, 2025)}'
GROUP BY 1 HAVING count(*) > ${r.int(10, 500)};
`,
    ])();
  }
  const p = c.person();
  return r.pick([
    () => {
      const t = personalTables[r.pick(['customers', 'users', 'patients', 'employees', 'leads'])](
        c,
        r.int(2, 8),
      );
      return [
        r.chance(0.5)
          ? `-- backfill from ${r.pick(['Zendesk', 'Salesforce', 'the CSV export', 'HubSpot'])}\n`
          : '',
        renderInsert(r, t, t.name),
      ];
    },
    () => L`SELECT c.customer_id, c.full_name, o.order_id, o.total
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
WHERE c.email = '${c.email(p)}'  -- ticket #${r.int(1000, 99999)} from ${c.name(p)}
ORDER BY o.created_at DESC;
`,
    () => L`UPDATE customers
SET phone = '${c.phone(p)}', email = '${c.email(p)}', updated_at = now()
WHERE customer_id = ${r.int(1000, 99999)}; -- requested by ${c.name(p)} on ${c.plainDate(2024, 2025)}
`,
    () => L`${r.pick(['CREATE', 'ALTER'])} USER ${dbUser(r)} WITH PASSWORD '${c.password()}';
GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO ${dbUser(r)};
`,
    () => L`SELECT * FROM payments
WHERE card_number = '${c.card('')}'
   OR payout_iban = '${c.iban(false)}';
`,
    () => L`SELECT session_id, user_id, started_at
FROM sessions
WHERE client_ip = '${c.ip()}'::inet OR forwarded_for = '${c.ip('private')}'
ORDER BY started_at DESC LIMIT 50;
`,
    () => L`CREATE OR REPLACE STAGE raw_events
  URL = 's3://acme-raw-events/${r.int(2023, 2025)}/'
  CREDENTIALS = (AWS_KEY_ID = '${c.secret('awsId')}' AWS_SECRET_KEY = '${c.secret('awsSecret')}')
  FILE_FORMAT = (TYPE = JSON);
`,
    () => L`SELECT patient_id, admitted_at FROM patients
WHERE ssn = '${c.ssn()}' AND ${c.col('dob')} = '${c.dob(p, 'iso')}';
`,
    () => L`-- find duplicates of ${c.name(p)}
SELECT * FROM contacts WHERE lower(full_name) = lower('${c.name(p)}') OR phone = '${c.phone(p)}';
`,
  ])();
}

// ---------------------------------------------------------------------------------------------
// Python

const pyImports = (r) =>
  r.pick([
    'import pandas as pd\nimport numpy as np\n',
    'import os\nimport pandas as pd\n',
    'from datetime import date\nimport pandas as pd\n',
    '',
  ]);

export function python(c, isClean) {
  const { r } = c;
  if (isClean) {
    return r.pick([
      () => L`${pyImports(r)}from openai import OpenAI

client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
# anthropic_key = "${v.placeholderSecret(r)}"  # set in .env, never here
resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
`,
      () => L`df = pd.read_parquet("s3://warehouse/orders/${c.plainDate(2024, 2025)}/")
df["order_date"] = pd.to_datetime(df["created_at"]).dt.date
weekly = df[df.status != "refunded"].groupby(pd.Grouper(key="created_at", freq="W"))["total"].sum()
df = df.iloc[::2]  # every other row for the quick look
print(df[["order_id", "email", "ssn"]].isna().mean())  # null share of the PII columns
`,
      () => L`!pip install pandas==2.2.${r.int(0, 3)} scikit-learn==1.${r.int(3, 5)}.${r.int(0, 2)} sqlalchemy==2.0.${r.int(20, 36)}
import hashlib, uuid
run_id = "${c.uuid()}"
digest = hashlib.sha256(b"report").hexdigest()  # ${v.sha256(r)}
COMMIT = "${c.sha()}"
`,
      () => L`engine = create_engine(f"postgresql+psycopg2://{os.environ['PGUSER']}:{os.environ['PGPASSWORD']}@${dbHost(r)}:5432/${dbName(r)}")
conn_str = "postgresql://${dbUser(r)}@localhost:5432/${dbName(r)}"
password = os.getenv("DB_PASSWORD")
api_key = "${v.placeholderSecret(r)}"
`,
      () => L`TEST_USERS = [
    {"email": "${c.exampleEmail()}", "ssn": "${v.invalidSsn(r)}", "card": "${v.luhnFailing(r, 16, '4')}"},
    {"email": "${c.exampleEmail()}", "ssn": "${v.invalidSsn(r)}", "iban": "${v.invalidIban(r, c.code)}"},
]
assert not validate(TEST_USERS[0]["card"])  # fails Luhn on purpose
`,
    ])();
  }
  const p = c.person();
  return r.pick([
    () => L`${pyImports(r)}from openai import OpenAI

client = OpenAI(api_key="${c.secret(r.pick(['openai', 'openaiProj', 'openaiProj', 'openaiSvc']))}")
`,
    () => L`import anthropic

client = anthropic.Anthropic(api_key="${c.secret(r.pick(['anthropic', 'anthropic', 'anthropicAdmin']))}")
msg = client.messages.create(model="claude-sonnet-4-5", max_tokens=512, messages=messages)
`,
    () => L`import boto3

session = boto3.Session(
    aws_access_key_id="${c.secret('awsId')}",
    aws_secret_access_key="${c.secret('awsSecret')}",
    region_name="${r.pick(['eu-west-1', 'us-east-1', 'eu-central-1'])}",
)
s3 = session.client("s3")
`,
    () => L`from sqlalchemy import create_engine

engine = create_engine("${r.pick(['postgresql+psycopg2', 'postgresql', 'mysql+pymysql', 'mssql+pyodbc'])}://${dbUser(r)}:${c.password(true)}@${dbHost(r)}:${r.pick(['5432', '3306', '1433'])}/${dbName(r)}")
df = pd.read_sql("SELECT * FROM customers LIMIT 100", engine)
`,
    () => L`${pyImports(r)}df = pd.read_csv("customers_${c.plainDate(2024, 2025)}.csv")
row = df[df["${c.col('email')}"] == "${c.email(p)}"]
df.loc[df.full_name == "${c.name(p)}", "${c.col('dob')}"] = "${c.dob(p, 'iso')}"
df.loc[df.customer_id == ${r.int(100, 99999)}, "phone"] = "${c.phone(p)}"
`,
    () => {
      const q = c.person();
      const dict = [
        { name: c.name(p), email: c.email(p), phone: c.phone(p), dob: c.dob(p, 'iso') },
        { name: c.name(q), email: c.email(q), phone: null, dob: c.dob(q, 'iso') },
      ];
      return ['customers = ', toJson(dict, 4, { py: r.chance(0.5) }), '\ndf = pd.DataFrame(customers)\n'];
    },
    () => L`import requests

headers = {"Authorization": "Bearer ${c.secret(r.pick(['jwt', 'github', 'githubPat', 'jwt']))}", "Accept": "application/json"}
resp = requests.get("https://api.${r.pick(['github.com', 'internal.acme-corp.io', 'crm.northwind.co'])}/v1/users", headers=headers, timeout=10)
`,
    () => L`from slack_sdk import WebClient

slack = WebClient(token="${c.secret(r.pick(['slackBot', 'slackUser']))}")
slack.chat_postMessage(channel="#data-alerts", text=f"Load finished: {n} rows")
`,
    () => L`import stripe

stripe.api_key = "${c.secret('stripe')}"
charges = stripe.Charge.list(limit=100, created={"gte": ${r.int(1_700_000_000, 1_730_000_000)}})
`,
    () => L`import google.generativeai as genai

genai.configure(api_key="${c.secret('google')}")
model = genai.GenerativeModel("gemini-1.5-flash")
`,
    () => L`PRIVATE_KEY = """${c.secret('pem')}"""
signer = load_pem_private_key(PRIVATE_KEY.encode(), password=None)
`,
    () => L`config = {
    "host": "${dbHost(r)}",
    "user": "${dbUser(r)}",
    "password": "${c.password()}",
    "port": ${r.pick([5432, 3306])},
}
conn = psycopg2.connect(**config)
`,
    () => L`# who is this?
lookup("${c.maybeEnc(c.email(p), ['percent', 'html', 'zeroWidth'])}")
send_sms(to="${c.phone(p)}", body="Your code is ${r.digits(6)}")
`,
  ])();
}

// ---------------------------------------------------------------------------------------------
// Logs

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function clf(r) {
  return `${String(r.int(1, 28)).padStart(2, '0')}/${r.pick(months)}/${r.int(2024, 2025)}:${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')} +0000`;
}
const paths = [
  '/api/v1/orders',
  '/api/v1/customers',
  '/login',
  '/healthz',
  '/static/app.js',
  '/api/v2/reports/export',
  '/favicon.ico',
  '/api/v1/search',
];

function accessLine(c, isClean) {
  const { r } = c;
  const ipv = isClean
    ? v.loopback(r).replace('localhost', '127.0.0.1')
    : r.chance(0.1)
      ? '127.0.0.1'
      : c.ip(r.chance(0.8) ? 'v4' : undefined);
  let path = r.pick(paths);
  const extra = [];
  if (!isClean && r.chance(0.15)) {
    const e = c.email();
    extra.push('?email=', r.chance(0.7) ? c.enc(e, ['percent']) : e);
  } else if (r.chance(0.2)) path += `?page=${r.int(1, 40)}&id=${c.uuid()}`;
  return [
    ipv,
    ` - - [${clf(r)}] "${r.pick(['GET', 'GET', 'POST', 'PUT'])} ${path}`,
    extra,
    ` HTTP/1.1" ${r.pick([200, 200, 200, 201, 304, 401, 404, 500])} ${r.int(0, 90000)} "-" "${r.pick(['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.5.0', 'kube-probe/1.29', 'python-requests/2.31.0'])}"\n`,
  ];
}

function appLine(c, isClean) {
  const { r } = c;
  const ts = c
    .ts(2024, 2025)
    .replace('T', ' ')
    .replace(/Z|\+00:00/, '');
  const lvl = r.pick(['INFO', 'INFO', 'WARN', 'DEBUG', 'ERROR']);
  if (isClean) {
    return r.pick([
      () =>
        `${ts} ${lvl} worker.${r.int(1, 9)} job=${c.uuid()} finished in ${r.int(10, 9000)}ms rows=${r.int(0, 100000)}\n`,
      () => `${ts} ${lvl} db: connected to 127.0.0.1:5432 as readonly (pool size ${r.int(2, 20)})\n`,
      () => `${ts} ${lvl} deploy: version=${v.semver(r)} commit=${c.sha(true)} host=localhost\n`,
      () => `${ts} ${lvl} http: GET /healthz from ::1 -> 200\n`,
      () =>
        `${ts} ${lvl} billing: invoice ${v.orderNumber(r)} created for account ${r.int(1000, 99999)}, card ${v.maskedCard(r)}\n`,
      () => `${ts} ${lvl} auth: password reset requested for user_id=${r.int(1, 999999)} (email redacted)\n`,
      () =>
        `${ts} ${lvl} config: OPENAI_API_KEY=${r.pick(['sk-...xxxx', '<unset>', '***', 'sk-****************'])} model=gpt-4o\n`,
    ])();
  }
  const p = c.person();
  return r.pick([
    () => L`${ts} ${lvl} auth: login ok user=${c.email(p)} ip=${c.ip()}\n`,
    () =>
      L`${ts} ${lvl} auth: failed login for ${c.maybeEnc(c.email(p), ['zeroWidth', 'homoglyph', 'html'])} from ${c.ip()} (attempt ${r.int(1, 5)})\n`,
    () => L`${ts} ${lvl} crm.sync: upserted contact name="${c.name(p)}" phone="${c.phone(p)}"\n`,
    () =>
      L`${ts} ${lvl} db: connecting to postgres://${dbUser(r)}:${c.password(true)}@${dbHost(r)}:5432/${dbName(r)}\n`,
    () => L`${ts} ${lvl} slack: posting with token ${c.secret('slackBot')}\n`,
    () => L`${ts} ${lvl} payments: charge failed card=${c.card()} reason=insufficient_funds\n`,
    () => L`${ts} ${lvl} kyc: verified ${c.name(p)} dob=${c.dob(p, 'iso')} ssn=${c.ssn()}\n`,
    () => L`${ts} ${lvl} http: request from ${c.ip('v6')} user_agent="Mozilla/5.0" path=/api/v1/me\n`,
    () => L`${ts} ${lvl} mailer: sent receipt to ${c.email(p)}\n`,
  ])();
}

function jsonLogLine(c, isClean) {
  const { r } = c;
  const base = {
    ts: c.ts(2024, 2025),
    level: r.pick(['info', 'warn', 'error']),
    service: r.pick(['api', 'worker', 'billing', 'auth']),
  };
  if (isClean) {
    return [
      toJson(
        {
          ...base,
          msg: r.pick(['request completed', 'cache miss', 'job done']),
          request_id: c.uuid(),
          duration_ms: r.int(1, 5000),
          remote: '127.0.0.1',
        },
        0,
        { minify: r.chance(0.5) },
      ),
      '\n',
    ];
  }
  const p = c.person();
  const fields = r.pick([
    () => ({ msg: 'user signed up', email: c.maybeEnc(c.email(p), ['jsonEscape']), ip: c.ip() }),
    () => ({ msg: 'profile updated', user: { name: c.name(p), phone: c.phone(p) } }),
    () => ({ msg: 'payout created', iban: c.iban(false), amount: r.int(10, 5000) }),
    () => ({ msg: 'webhook received', client_ip: c.ip(), request_id: c.uuid() }),
    () => ({
      msg: 'upstream call',
      headers: { authorization: S('Bearer ', c.secret(r.pick(['jwt', 'openai', 'anthropic']))) },
    }),
  ])();
  return [toJson({ ...base, ...fields }, 0, { minify: r.chance(0.5) }), '\n'];
}

export function logs(c, isClean) {
  const { r } = c;
  const style = r.weighted([
    [3, 'access'],
    [3, 'app'],
    [2, 'json'],
  ]);
  const n = r.int(6, 40);
  const out = [];
  for (let i = 0; i < n; i++) {
    // Most lines of a positive log are ordinary lines; a few carry the personal data.
    const lineClean = isClean || r.chance(0.55);
    if (style === 'access') out.push(accessLine(c, lineClean && r.chance(0.5)));
    else if (style === 'app') out.push(appLine(c, lineClean));
    else out.push(jsonLogLine(c, lineClean));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Errors and tracebacks

function pyTraceback(frames) {
  const out = ['Traceback (most recent call last):\n'];
  for (const [file, line, fn, code] of frames)
    out.push(`  File "${file}", line ${line}, in ${fn}\n    ${code}\n`);
  return out;
}
const nbFile = (r) =>
  r.pick([
    `/tmp/ipykernel_${r.int(1000, 99999)}/${r.int(100000, 999999999)}.py`,
    '/opt/conda/lib/python3.11/site-packages/pandas/core/frame.py',
    '/home/jovyan/work/etl.py',
    '/app/jobs/sync.py',
  ]);

export function errors(c, isClean) {
  const { r } = c;
  const tb = () =>
    pyTraceback([
      [
        nbFile(r),
        r.int(3, 80),
        r.pick(['<module>', 'main', 'run']),
        r.pick(['df = load()', 'sync_contacts(batch)', 'cur.execute(sql, params)', 'engine.connect()']),
      ],
      [
        nbFile(r),
        r.int(100, 3000),
        r.pick(['execute', '_execute_context', '__getitem__', 'connect']),
        'raise',
      ],
    ]);
  if (isClean) {
    return r.pick([
      () => [
        tb(),
        `KeyError: '${r.pick(['email', 'ssn', 'date_of_birth', 'customer_name', 'phone_number', 'iban'])}'\n`,
      ],
      () => [
        tb(),
        `psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n`,
      ],
      () => [
        tb(),
        `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL:  password authentication failed for user "${dbUser(r)}"\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\n[SQL: postgresql://${dbUser(r)}:***@${dbHost(r)}:5432/${dbName(r)}]\n`,
      ],
      () => [
        tb(),
        `ValueError: time data '${c.plainDate(2024, 2025, 'locale')}' does not match format '%Y-%m-%d'\n`,
      ],
      () => [tb(), `ModuleNotFoundError: No module named '${r.pick(['sklearn', 'pyarrow', 'openai'])}'\n`],
      () => L`/opt/conda/lib/python3.11/site-packages/pandas/core/indexing.py:${r.int(100, 2000)}: SettingWithCopyWarning:
A value is trying to be set on a copy of a slice from a DataFrame.
Try using .loc[row_indexer,col_indexer] = value instead
`,
      () => [
        tb(),
        `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************************${r.chars(4, v.ALNUM)}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}\n`,
      ],
      () => L`java.lang.IllegalStateException: Order ${v.orderNumber(r)} already shipped (tracking ${v.trackingNumber(r)})
\tat com.acme.orders.OrderService.cancel(OrderService.java:${r.int(40, 400)})
\tat com.acme.orders.OrderController.cancel(OrderController.java:${r.int(20, 200)})
`,
    ])();
  }
  const p = c.person();
  return r.pick([
    () => [
      tb(),
      L`psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "customers_email_key"
DETAIL:  Key (email)=(${c.email(p)}) already exists.
`,
    ],
    () => [
      tb(),
      L`psycopg2.OperationalError: connection to server at "${dbHost(r)}" (${c.ip('private')}), port 5432 failed: FATAL:  no pg_hba.conf entry for host "${c.ip()}", user "${dbUser(r)}", database "${dbName(r)}", SSL off
`,
    ],
    () => [
      tb(),
      L`pydantic_core._pydantic_core.ValidationError: 1 validation error for Customer
phone
  String should match pattern '^\\+?[0-9 ]+$' [type=string_pattern_mismatch, input_value='${c.phone(p)}', input_type=str]
`,
    ],
    () => [
      tb(),
      L`ValueError: could not convert string to float: '${c.card()}'
`,
    ],
    () => [
      tb(),
      L`sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string 'postgresql://${dbUser(r)}:${c.password(true)}@${dbHost(r)}:5432'
`,
    ],
    () => [
      tb(),
      L`requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://maps.googleapis.com/maps/api/geocode/json?address=${r.pick(['Berlin', 'Lyon', 'Austin'])}&key=${c.secret('google')}
`,
    ],
    () => L`Exception in thread "main" com.acme.crm.ContactNotFoundException: No contact for email=${c.email(p)}, phone=${c.phone(p)}
\tat com.acme.crm.ContactService.find(ContactService.java:${r.int(40, 400)})
\tat com.acme.crm.SyncJob.run(SyncJob.java:${r.int(20, 200)})
`,
    () => [
      tb(),
      L`KeyError: "Customer '${c.name(p)}' (born ${c.dob(p, 'iso')}) not found in index"
`,
    ],
    () => [
      tb(),
      L`IntegrityError: (1062, "Duplicate entry '${c.ssn()}' for key 'employees.ssn'")
`,
    ],
    () => [
      tb(),
      L`botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The AWS Access Key Id you provided does not exist in our records. (key: ${c.secret('awsId')})
`,
    ],
    () => L`ERROR:  duplicate key value violates unique constraint "sessions_client_ip_started_at_key"
DETAIL:  Key (client_ip, started_at)=(${c.ip()}, ${c.ts(2024, 2025).replace('T', ' ')}) already exists.
`,
  ])();
}

// ---------------------------------------------------------------------------------------------
// JSON documents

export function json(c, isClean) {
  const { r } = c;
  const indent = r.pick([2, 2, 4, 0]);
  const opts = { ensureAscii: r.chance(0.1), minify: indent === 0 && r.chance(0.5) };
  if (isClean) {
    const doc = r.pick([
      () => ({
        data: Array.from({ length: r.int(2, 8) }, () => ({
          id: c.uuid(),
          sku: `SKU-${r.digits(5)}`,
          name: r.pick(v.products),
          brand: r.pick(v.companies),
          price: Number((r.int(100, 99999) / 100).toFixed(2)),
          created_at: c.ts(),
        })),
        has_more: r.chance(0.5),
        next_cursor: r.chars(24, v.B64URL),
      }),
      () => ({
        sha: c.sha(),
        commit: { message: `Bump version to ${v.semver(r)}`, tree: { sha: c.sha() } },
        parents: [{ sha: c.sha() }],
        html_url: `https://github.example/acme/etl/commit/${c.sha()}`,
      }),
      () => ({
        order_id: v.orderNumber(r),
        status: 'shipped',
        tracking_number: v.trackingNumber(r),
        shipped_at: c.ts(),
        customer: {
          id: r.int(1, 99999),
          email: c.maskedEmail(),
          card: { brand: 'visa', last4: r.digits(4), exp_month: r.int(1, 12), exp_year: r.int(2026, 2031) },
        },
      }),
      () => ({
        name: 'analytics-notebook',
        version: v.semver(r),
        dependencies: { pandas: `^${v.semver(r)}`, openai: `^${v.semver(r)}` },
        config: { api_key: v.placeholderSecret(r), base_url: 'http://localhost:8080', host: '127.0.0.1' },
      }),
      () => ({
        test_user: {
          email: c.exampleEmail(),
          ssn: v.invalidSsn(r),
          card_number: v.luhnFailing(r, 16, '4'),
          iban: v.invalidIban(r, c.code),
          note: 'synthetic, fails validation',
        },
      }),
      () => ({
        metrics: Array.from({ length: r.int(3, 8) }, () => ({
          date: c.plainDate(2024, 2025),
          region: r.pick(['EMEA', 'NA', 'APAC']),
          revenue: r.int(1000, 900000),
          orders: r.int(10, 9000),
        })),
      }),
    ])();
    return [toJson(doc, indent, opts), '\n'];
  }
  const p = c.person();
  const jsonEnc = (val) => (r.chance(0.12) ? c.enc(val, ['jsonEscape', 'jsonEscape', 'base64']) : val);
  const doc = r.pick([
    () => ({
      data: {
        customer: {
          id: r.int(1, 99999),
          name: c.name(p),
          email: jsonEnc(c.email(p)),
          phone: c.phone(p),
          [r.pick(['birthDate', 'dob', 'date_of_birth', 'birthday'])]: c.dob(
            p,
            r.chance(0.6) ? 'iso' : 'locale',
          ),
          address: { line1: p.street, city: p.city, postal_code: p.postcode, country: c.loc.country },
          created_at: c.ts(),
        },
      },
    }),
    () => ({
      id: `ch_${r.chars(24, v.ALNUM)}`,
      object: 'charge',
      amount: r.int(100, 99999),
      currency: 'eur',
      billing_details: { name: c.name(p), email: c.email(p), phone: c.phone(p) },
      payment_method_details: { card: { brand: 'visa', last4: r.digits(4), number: c.card('') } },
      created: r.int(1_700_000_000, 1_730_000_000),
    }),
    () => ({
      type: 'service_account',
      project_id: `acme-${r.pick(['analytics', 'prod', 'ml'])}-${r.int(100, 999)}`,
      private_key_id: r.chars(40, v.HEX),
      private_key: c.secret('pem'),
      client_email: c.email({
        email: `${r.pick(['etl', 'notebooks', 'bq-reader'])}@acme-prod-${r.int(100, 999)}.iam.gserviceaccount.com`,
      }),
      client_id: r.digits(21),
      token_uri: 'https://oauth2.googleapis.com/token',
    }),
    () => ({
      access_token: c.secret('jwt'),
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: c.secret(r.pick(['hex64', 'b64'])),
      scope: 'openid email profile',
    }),
    () => ({
      results: Array.from({ length: r.int(2, 6) }, () => {
        const q = c.person();
        return {
          id: c.uuid(),
          properties: {
            firstname: c.first(q),
            lastname: c.last(q),
            email: jsonEnc(c.email(q)),
            phone: r.chance(0.7) ? c.phone(q) : null,
            [c.col('dob')]: r.chance(0.4) ? c.dob(q, 'iso') : null,
            createdate: c.ts(),
          },
        };
      }),
      paging: { next: { after: String(r.int(100, 9999)) } },
    }),
    () => ({
      event: 'user.login',
      actor: { email: c.email(p), ip_address: c.ip() },
      context: { user_agent: 'Mozilla/5.0', request_id: c.uuid() },
      occurred_at: c.ts(),
    }),
    () => ({
      employee: {
        name: c.name(p),
        ssn: c.ssn(),
        [c.col('dob')]: c.dob(p, 'iso'),
        bank: { iban: c.iban(r.chance(0.3)), bic: 'DEUTDEFFXXX' },
        hired: c.plainDate(2010, 2025),
      },
    }),
    () => ({
      webhook: { url: 'https://hooks.acme-corp.io/in', secret: c.secret(r.pick(['hex32', 'b64'])) },
      openai: { api_key: c.secret(r.pick(['openaiProj', 'openai'])) },
      db: { url: S('postgres://', dbUser(r), ':', c.password(true), '@', dbHost(r), '/', dbName(r)) },
    }),
  ])();
  return [toJson(doc, indent, opts), '\n'];
}

// ---------------------------------------------------------------------------------------------
// Configs (.env, YAML, INI)

export function config(c, isClean) {
  const { r } = c;
  if (isClean) {
    return r.pick([
      () => L`# .env.example: copy to .env and fill in
OPENAI_API_KEY=${v.placeholderSecret(r)}
ANTHROPIC_API_KEY=
DATABASE_URL=postgresql://${dbUser(r)}:\${DB_PASSWORD}@localhost:5432/${dbName(r)}
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
ADMIN_EMAIL=${c.exampleEmail()}
LOG_LEVEL=info
PORT=${r.pick([3000, 8080, 8000])}
`,
      () => L`services:
  db:
    image: postgres:${r.int(13, 17)}.${r.int(0, 5)}
    environment:
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}
      POSTGRES_USER: ${dbUser(r)}
    ports:
      - "127.0.0.1:5432:5432"
  app:
    image: ghcr.io/acme/notebook-api@sha256:${v.sha256(r)}
    environment:
      OPENAI_API_KEY: {{ secrets.OPENAI_API_KEY }}
`,
      () => L`[core]
repositoryformatversion = 0
[remote "origin"]
url = git@github.com:acme/analytics.git
fetch = +refs/heads/*:refs/remotes/origin/*
[user]
email = ${c.exampleEmail()}
`,
    ])();
  }
  const p = c.person();
  return r.pick([
    () => L`OPENAI_API_KEY=${c.secret(r.pick(['openaiProj', 'openai']))}
ANTHROPIC_API_KEY=${c.secret('anthropic')}
DATABASE_URL=postgresql://${dbUser(r)}:${c.password(true)}@${dbHost(r)}:5432/${dbName(r)}
STRIPE_SECRET_KEY=${c.secret('stripe')}
ADMIN_EMAIL=${c.email(p)}
DEBUG=false
`,
    () => L`# ~/.aws/credentials
[default]
aws_access_key_id = ${c.secret('awsId')}
aws_secret_access_key = ${c.secret('awsSecret')}
region = ${r.pick(['eu-west-1', 'us-east-1'])}
`,
    () => L`# profiles.yml
analytics:
  target: prod
  outputs:
    prod:
      type: ${r.pick(['postgres', 'redshift', 'snowflake'])}
      host: ${dbHost(r)}
      user: ${dbUser(r)}
      password: ${r.chance(0.5) ? [`"`, c.password(), `"`] : c.password(true)}
      port: 5432
      dbname: ${dbName(r)}
      schema: marts
`,
    () => L`SLACK_BOT_TOKEN=${c.secret('slackBot')}
GITHUB_TOKEN=${c.secret(r.pick(['github', 'githubPat']))}
GOOGLE_API_KEY=${c.secret('google')}
JWT_SECRET=${c.secret(r.pick(['hex64', 'b64']))}
`,
    () => L`spring:
  datasource:
    url: jdbc:postgresql://${dbHost(r)}:5432/${dbName(r)}
    username: ${dbUser(r)}
    password: ${c.password()}
  mail:
    username: ${c.email(p)}
app:
  client-secret: ${c.secret('hex32')}
`,
    () => L`[database]
host = ${dbHost(r)}
user = ${dbUser(r)}
secret: ${c.password()}
mongo_uri = mongodb+srv://${dbUser(r)}:${c.password(true)}@cluster0.${r.chars(5, v.LOWER)}.mongodb.net/?retryWrites=true
redis_url = redis://:${c.password(true)}@cache.internal:6379/0
# maintainer: ${c.name(p)} <${c.email(p)}>
`,
    () => L`# basic auth for the legacy export endpoint
EXPORT_AUTH_HEADER="Authorization: Basic ${c.enc(c.password(true), ['base64'])}"
OWNER_PHONE=${c.phone(p)}
`,
  ])();
}

// ---------------------------------------------------------------------------------------------
// Schemas and data dictionaries

export function schema(c, isClean) {
  const { r } = c;
  const tbl = r.pick(['customers', 'users', 'patients', 'employees', 'contacts']);
  const ddl = L`CREATE TABLE ${tbl} (
  ${tbl.slice(0, -1)}_id   bigint PRIMARY KEY,
  ${c.col('name')}   text NOT NULL,
  ${c.col('email')}   varchar(255) UNIQUE,        -- personal data
  ${c.col('phone')}   varchar(32),
  ${c.col('dob')}   date,
  ssn   char(11),                  -- encrypted at rest
  iban   varchar(34),
  last_login_ip   inet,
  created_at   timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN ${tbl}.ssn IS 'US social security number, format 123-45-6789 (masked in exports)';
`;
  if (isClean) {
    return r.pick([
      () => ddl,
      () => L`<class 'pandas.core.frame.DataFrame'>
RangeIndex: ${r.int(100, 900000)} entries, 0 to ${r.int(99, 899999)}
Data columns (total 7 columns):
 #   Column         Non-Null Count   Dtype
---  ------         --------------   -----
 0   customer_id    ${r.int(100, 9000)} non-null   int64
 1   full_name      ${r.int(100, 9000)} non-null   object
 2   email          ${r.int(100, 9000)} non-null   object
 3   phone          ${r.int(100, 9000)} non-null   object
 4   date_of_birth  ${r.int(100, 9000)} non-null   datetime64[ns]
 5   ssn            ${r.int(100, 9000)} non-null   object
 6   created_at     ${r.int(100, 9000)} non-null   datetime64[ns, UTC]
dtypes: datetime64[ns](1), datetime64[ns, UTC](1), int64(1), object(4)
memory usage: ${r.int(1, 900)}.${r.int(0, 9)}+ KB
`,
      () => renderTable(r, cleanTables.columnsListing(c), r.pick(['psql', 'markdown', 'csv'])),
      () => L`| column | type | description | PII |
|---|---|---|---|
| email | text | customer's contact email, e.g. ${c.exampleEmail()} | yes |
| ssn | char(11) | social security number (format ***-**-1234 when masked) | yes |
| dob | date | date of birth | yes |
| created_at | timestamptz | row creation time, e.g. ${c.ts()} | no |
| order_ref | text | e.g. ${v.orderNumber(r)} | no |
`,
    ])();
  }
  const p = c.person();
  return r.pick([
    () => [ddl, '\n-- sample row\n', renderInsert(r, personalTables.customers(c, r.int(1, 3)), tbl)],
    () => L`| column | type | description | example |
|---|---|---|---|
| full_name | text | customer's name | ${c.name(p)} |
| email | text | contact email | ${c.email(p)} |
| phone | text | E.164 phone | ${c.phone(p)} |
| dob | date | date of birth | ${c.dob(p, 'iso')} |
| created_at | timestamptz | row creation | ${c.ts()} |
`,
  ])();
}

// ---------------------------------------------------------------------------------------------
// Notebook: a few cells of code and their output, concatenated as a notebook export reads

export function notebook(c, isClean) {
  const { r } = c;
  const parts = [];
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const cellClean = isClean || r.chance(0.4);
    const kind = r.pick([python, sql, table, errors, table]);
    parts.push(`In [${i + 1}]:\n`, kind(c, cellClean), '\n');
  }
  return parts;
}

export { prose, V };
