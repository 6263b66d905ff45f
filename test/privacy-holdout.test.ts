import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * Hand-written material in styles the bench generator (bench/privacy/) does not produce: pandas
 * printouts, tracebacks, exports, configs, prose in several languages, and hard negatives. Each case
 * lists every value it expects found, with its type; anything else flagged is a false positive.
 * Values are fake: Luhn test cards, IBANs with valid check digits, made-up names and keys.
 */
const k = joinParts;
const openaiKey = k('sk-', 'proj-', 'Xq7RtT2vLm9WcK4bN8pZ1yHd3JfG6sAe0uVi5oBn');
const anthropicKey = k('sk-', 'ant-api03-', 'Zk8mQ2pW7vX1rT5yB9nC3dF6gH0jK4lL-aS2eR7uI9oP');
const stripeKey = k('sk', '_live_', '51HxQ2kLm8NpR4tV7wY9zB3cD');
const awsKeyId = k('AK', 'IA', '4QH7XK2MZP9R3TWE');
const githubToken = k('gh', 'p_', 'R8vT2kLq9XzW4mN7bP1cY6dF3gH5jS0aE2uQ');
const slackWebhook = k(
  'https://hooks.',
  'slack.com/services/',
  'T024BE7LD/B07QX2M3K4N/q9Wm2Lk8Rt5Vx1Zb7Nc3Pd6F',
);
const slackToken = k('xo', 'xp-', '2718281828-3141592653-1618033988-a7b3c9d2e5f1a8b4c6d0e2f7a9b1c3d5');
const sendgridKey = k(
  'SG',
  '.',
  'Qw3rTy5uIo7pAs9dFg1hJk',
  '.',
  'Lz2xCv4bNm6qWe8rTy0uIo2pAs4dFg6hJk8lZx0cVb2',
);
const googleKey = k('AI', 'za', 'SyD4kR7xQ2mZ9pW1vT8nB3cF6gH0jL5sE2u');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- result tables
  {
    name: 'pandas df.head() of a customers table',
    text: `>>> customers.head()
   customer_id      full_name                    email         phone  signup_date
0        10231   Margaret Chen   mchen84@fastmail.fm  +1 415 555 0134   2021-03-14
1        10232  Tomás Herrera  t.herrera@proton.me  +34 612 34 56 78   2021-03-15
2        10233    Aisha Bello      aisha.b@yahoo.co.uk  +44 7700 900123   2021-03-15`,
    expected: [
      ['PERSON', 'Margaret Chen'],
      ['EMAIL', 'mchen84@fastmail.fm'],
      ['PHONE', '+1 415 555 0134'],
      ['PERSON', 'Tomás Herrera'],
      ['EMAIL', 't.herrera@proton.me'],
      ['PHONE', '+34 612 34 56 78'],
      ['PERSON', 'Aisha Bello'],
      ['EMAIL', 'aisha.b@yahoo.co.uk'],
      ['PHONE', '+44 7700 900123'],
    ],
  },
  {
    name: 'psql result with names in non-Latin scripts',
    text: `crm=> SELECT id, name, city FROM contacts WHERE country <> 'US' LIMIT 3;
 id  |      name       |   city
-----+-----------------+-----------
 101 | Дмитрий Волков  | Москва
 102 | 田中 花子        | 東京
 103 | Νίκος Παπαδόπουλος | Αθήνα
(3 rows)`,
    expected: [
      ['PERSON', 'Дмитрий Волков'],
      ['PERSON', '田中 花子'],
      ['PERSON', 'Νίκος Παπαδόπουλος'],
    ],
  },
  {
    name: 'CSV with first_name,last_name,birth_date',
    text: `first_name,last_name,birth_date,plan
Ingrid,Solberg,1987-06-02,pro
Kwame,Mensah,1992-11-30,free
Lucía,Fernández,1979-01-17,team`,
    expected: [
      ['PERSON', 'Ingrid'],
      ['PERSON', 'Solberg'],
      ['DATE_OF_BIRTH', '1987-06-02'],
      ['PERSON', 'Kwame'],
      ['PERSON', 'Mensah'],
      ['DATE_OF_BIRTH', '1992-11-30'],
      ['PERSON', 'Lucía'],
      ['PERSON', 'Fernández'],
      ['DATE_OF_BIRTH', '1979-01-17'],
    ],
  },
  {
    name: 'markdown table with US dates of birth and SSNs',
    text: `| Patient | DOB | SSN | Visit |
|---|---|---|---|
| Harold Jenkins | 04/12/1958 | 536-22-8841 | 2024-02-01 |
| Rosa Delgado | 11/03/1971 | 412-67-0923 | 2024-02-03 |`,
    expected: [
      ['PERSON', 'Harold Jenkins'],
      ['DATE_OF_BIRTH', '04/12/1958'],
      ['US_SSN', '536-22-8841'],
      ['PERSON', 'Rosa Delgado'],
      ['DATE_OF_BIRTH', '11/03/1971'],
      ['US_SSN', '412-67-0923'],
    ],
  },
  {
    name: 'JSON array of users from an API response',
    text: `[{"id": 1, "displayName": "Priya Raman", "contact": {"mail": "priya.raman@outlook.com", "mobile": "+91 98765 43210"}},
 {"id": 2, "displayName": "Jonas Weber", "contact": {"mail": "jonas.weber@gmx.de", "mobile": "+49 151 23456789"}}]`,
    expected: [
      ['PERSON', 'Priya Raman'],
      ['EMAIL', 'priya.raman@outlook.com'],
      ['PHONE', '+91 98765 43210'],
      ['PERSON', 'Jonas Weber'],
      ['EMAIL', 'jonas.weber@gmx.de'],
      ['PHONE', '+49 151 23456789'],
    ],
  },
  {
    name: 'pandas printout of payments with cards and IBANs',
    text: `   payment_id  amount              card_number                    iban
0        9001   49.99  4111 1111 1111 1111  DE89 3704 0044 0532 0130 00
1        9002  120.00         5555555555554444  GB82WEST12345698765432
2        9003    8.50       3782-822463-10005  NL91ABNA0417164300`,
    expected: [
      ['CREDIT_CARD', '4111 1111 1111 1111'],
      ['IBAN', 'DE89 3704 0044 0532 0130 00'],
      ['CREDIT_CARD', '5555555555554444'],
      ['IBAN', 'GB82WEST12345698765432'],
      ['CREDIT_CARD', '3782-822463-10005'],
      ['IBAN', 'NL91ABNA0417164300'],
    ],
  },
  {
    name: 'SQL INSERT with personal values',
    text: `INSERT INTO employees (emp_no, first_name, last_name, email, date_of_birth, ssn)
VALUES (4471, 'Gareth', 'Okonkwo', 'gareth.okonkwo@acme-corp.io', '1983-09-21', '287-65-4321');`,
    expected: [
      ['PERSON', 'Gareth'],
      ['PERSON', 'Okonkwo'],
      ['EMAIL', 'gareth.okonkwo@acme-corp.io'],
      ['DATE_OF_BIRTH', '1983-09-21'],
      ['US_SSN', '287-65-4321'],
    ],
  },
  {
    name: 'psql expanded display (\\x) record',
    text: `-[ RECORD 1 ]-+---------------------------
id            | 88
customer_name | Beatrix Lindqvist
email         | beatrix.l@telia.se
phone         | 070-123 45 67
born          | 1990-04-08`,
    expected: [
      ['PERSON', 'Beatrix Lindqvist'],
      ['EMAIL', 'beatrix.l@telia.se'],
      ['PHONE', '070-123 45 67'],
      ['DATE_OF_BIRTH', '1990-04-08'],
    ],
  },
  {
    name: 'Polars DataFrame printout',
    text: `shape: (2, 3)
┌─────────────────┬──────────────────────────┬────────────┐
│ name            ┆ email                    ┆ dob        │
│ ---             ┆ ---                      ┆ ---        │
│ str             ┆ str                      ┆ date       │
╞═════════════════╪══════════════════════════╪════════════╡
│ Oliver Bennett  ┆ o.bennett@btinternet.com ┆ 1984-02-17 │
│ Chloé Lambert   ┆ chloe.lambert@free.fr    ┆ 1991-09-05 │
└─────────────────┴──────────────────────────┴────────────┘`,
    expected: [
      ['PERSON', 'Oliver Bennett'],
      ['EMAIL', 'o.bennett@btinternet.com'],
      ['DATE_OF_BIRTH', '1984-02-17'],
      ['PERSON', 'Chloé Lambert'],
      ['EMAIL', 'chloe.lambert@free.fr'],
      ['DATE_OF_BIRTH', '1991-09-05'],
    ],
  },
  {
    name: 'DuckDB result box',
    text: `D SELECT full_name, phone, birth_date FROM patients LIMIT 2;
┌────────────────┬──────────────────┬────────────┐
│   full_name    │      phone       │ birth_date │
│    varchar     │     varchar      │    date    │
├────────────────┼──────────────────┼────────────┤
│ Oliver Bennett │ +44 7700 900461  │ 1984-02-17 │
│ Chloé Lambert  │ +33 6 12 34 56 78│ 1991-09-05 │
└────────────────┴──────────────────┴────────────┘`,
    expected: [
      ['PERSON', 'Oliver Bennett'],
      ['PHONE', '+44 7700 900461'],
      ['DATE_OF_BIRTH', '1984-02-17'],
      ['PERSON', 'Chloé Lambert'],
      ['PHONE', '+33 6 12 34 56 78'],
      ['DATE_OF_BIRTH', '1991-09-05'],
    ],
  },
  {
    name: 'Spark show() output',
    text: `+-------+---------------+--------------------+
|user_id|           name|               email|
+-------+---------------+--------------------+
|  30012|  Chidi Okafor |chidi.okafor@gmail...|
|  30013| Hannah Schulz |hannah.s@web.de      |
+-------+---------------+--------------------+`,
    // Spark truncates long cells with `...`: a truncated address is spanned as far as it is shown
    // (its local part still names the person; the convention of hold-out 37).
    expected: [
      ['PERSON', 'Chidi Okafor'],
      ['EMAIL', 'chidi.okafor@gmail'],
      ['PERSON', 'Hannah Schulz'],
      ['EMAIL', 'hannah.s@web.de'],
    ],
  },
  // ---------------------------------------------------------------- code, logs, tracebacks
  {
    name: 'Django traceback with a local variable dump',
    text: `Traceback (most recent call last):
  File "/srv/app/accounts/views.py", line 142, in reset_password
    user = User.objects.get(email=email)
django.contrib.auth.models.User.DoesNotExist: User matching query does not exist.

Local vars:
    email = 'ronan.mcbride@eircom.net'
    request = <WSGIRequest: POST '/accounts/reset/'>
    attempt = 3`,
    expected: [['EMAIL', 'ronan.mcbride@eircom.net']],
  },
  {
    name: 'Jupyter cell posting to OpenAI with a bearer key',
    text: `import requests
resp = requests.post(
    "https://api.openai.com/v1/chat/completions",
    headers={"Authorization": "Bearer ${openaiKey}"},
    json={"model": "gpt-4o", "messages": msgs},
)`,
    expected: [['SECRET', openaiKey]],
  },
  {
    name: '.env file',
    text: `# production
DATABASE_URL=postgres://app_rw:Tr0ub4dor&3x@db.internal:5432/app
REDIS_URL=redis://localhost:6379/0
ANTHROPIC_API_KEY=${anthropicKey}
STRIPE_SECRET_KEY=${stripeKey}
SESSION_SECRET=f9c2a7d41e8b6035
DEBUG=false
PORT=8080`,
    expected: [
      ['SECRET', 'Tr0ub4dor&3x'],
      ['SECRET', anthropicKey],
      ['SECRET', stripeKey],
      ['SECRET', 'f9c2a7d41e8b6035'],
    ],
  },
  {
    name: 'YAML config with an AWS key pair',
    text: `storage:
  backend: s3
  bucket: analytics-exports
  region: eu-west-1
  aws_access_key_id: ${awsKeyId}
  aws_secret_access_key: 9fJk2LmQ8pZx4RtVw7NcB1yHd5GsAe3uKo6iTn0P
`,
    expected: [
      ['SECRET', awsKeyId],
      ['SECRET', '9fJk2LmQ8pZx4RtVw7NcB1yHd5GsAe3uKo6iTn0P'],
    ],
  },
  {
    name: 'nginx access log with IPv6 and IPv4',
    text: `2001:db8:85a3::8a2e:370:7334 - - [12/Mar/2024:10:15:32 +0000] "GET /api/v2/orders HTTP/1.1" 200 512
203.0.113.77 - - [12/Mar/2024:10:15:33 +0000] "POST /login HTTP/1.1" 302 0
127.0.0.1 - - [12/Mar/2024:10:15:34 +0000] "GET /healthz HTTP/1.1" 200 2`,
    expected: [
      ['IP_ADDRESS', '2001:db8:85a3::8a2e:370:7334'],
      ['IP_ADDRESS', '203.0.113.77'],
    ],
  },
  {
    name: 'Python logging line with user email and client IP',
    text: `2024-05-02 09:41:17,884 WARNING auth.login Failed login for user=k.nakamura@icloud.com from 198.51.100.23 (attempt 4/5)`,
    expected: [
      ['EMAIL', 'k.nakamura@icloud.com'],
      ['IP_ADDRESS', '198.51.100.23'],
    ],
  },
  {
    name: 'GitHub token and Slack webhook in a shell session',
    text: `$ export GH_TOKEN=${githubToken}
$ curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy done"}' ${slackWebhook}`,
    expected: [
      ['SECRET', githubToken],
      ['SECRET', slackWebhook],
    ],
  },
  {
    name: 'Slack export JSON',
    text: `{"type": "message", "user": "U04ABCD1234", "user_profile": {"real_name": "Olivia Brennan", "display_name": "liv"}, "text": "can someone reset my token? it's ${slackToken}", "ts": "1712054400.123456"}`,
    // A display name is what a person chose to be called: `liv` identifies Olivia as much as her
    // real name does, so a finding under `display_name` is right even for a lower-case nickname.
    expected: [
      ['PERSON', 'Olivia Brennan'],
      ['PERSON', 'liv'],
      ['SECRET', slackToken],
    ],
  },
  {
    name: 'JWT in a curl command',
    text: `curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MjQyIiwibmFtZSI6InRlc3QiLCJpYXQiOjE3MTIwMDAwMDB9.Qm9ndXNTaWduYXR1cmVGb3JUZXN0c09ubHkxMjM0NQ" https://api.internal/v1/me`,
    expected: [
      [
        'SECRET',
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MjQyIiwibmFtZSI6InRlc3QiLCJpYXQiOjE3MTIwMDAwMDB9.Qm9ndXNTaWduYXR1cmVGb3JUZXN0c09ubHkxMjM0NQ',
      ],
    ],
  },
  {
    name: 'PEM private key pasted into a notebook',
    text: `key = """-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj
MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu
-----END PRIVATE KEY-----"""`,
    expected: [
      [
        'SECRET',
        `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj
MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu
-----END PRIVATE KEY-----`,
      ],
    ],
  },
  {
    name: 'SQLAlchemy engine with a MySQL password',
    text: `engine = create_engine("mysql+pymysql://report_ro:q8Zt!mR2wX@10.20.30.40:3306/sales")`,
    expected: [
      ['SECRET', 'q8Zt!mR2wX'],
      ['IP_ADDRESS', '10.20.30.40'],
    ],
  },
  {
    name: 'Google API key in a JS snippet',
    text: `const map = new google.maps.Map(el, { center, zoom: 12 });
loader.load({ apiKey: "${googleKey}" });`,
    expected: [['SECRET', googleKey]],
  },
  {
    name: 'Flask config and an opaque bearer token in a notebook',
    text: `app.config['SECRET_KEY'] = 'Yq7#Lm2!xP9@vR4$'
r = httpx.get(url, headers={"Authorization": "Bearer 7f3e9a1c5b2d8e4f6a0c9b7d5e3f1a2c4b6d8e0f"})`,
    expected: [
      ['SECRET', 'Yq7#Lm2!xP9@vR4$'],
      ['SECRET', '7f3e9a1c5b2d8e4f6a0c9b7d5e3f1a2c4b6d8e0f'],
    ],
  },
  {
    name: 'password: in a docker-compose file',
    text: `services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: metabase
      POSTGRES_PASSWORD: Nq4v-Lr8z-Wt2k
    ports:
      - "5432:5432"`,
    expected: [['SECRET', 'Nq4v-Lr8z-Wt2k']],
  },
  {
    name: 'Flask error email in an f-string log',
    text: `app.logger.error(f"payment failed for {user.email}: card declined")
# -> payment failed for sven.andersson@bredband.net: card declined`,
    expected: [['EMAIL', 'sven.andersson@bredband.net']],
  },
  {
    name: 'pandas DataFrame constructor with personal data',
    text: `df = pd.DataFrame({
    "name": ["Amelia Watson", "Rafael Costa"],
    "dob": ["1994-07-19", "1988-12-02"],
    "phone": ["(212) 555-0187", "(646) 555-0142"],
})`,
    expected: [
      ['PERSON', 'Amelia Watson'],
      ['PERSON', 'Rafael Costa'],
      ['DATE_OF_BIRTH', '1994-07-19'],
      ['DATE_OF_BIRTH', '1988-12-02'],
      ['PHONE', '(212) 555-0187'],
      ['PHONE', '(646) 555-0142'],
    ],
  },
  // ---------------------------------------------------------------- prose, several languages
  {
    name: 'German prose with a person and phone',
    text: `Laut Rückmeldung von Frau Katharina Vogel (Tel. 030 12345678) ist der Export seit Montag fehlerhaft; bitte bis Freitag prüfen.`,
    expected: [
      ['PERSON', 'Katharina Vogel'],
      ['PHONE', '030 12345678'],
    ],
  },
  {
    name: 'French prose with a person and phone',
    text: `M. Étienne Moreau a signalé que les totaux du tableau de bord sont faux. Vous pouvez le joindre au 06 12 34 56 78.`,
    expected: [
      ['PERSON', 'Étienne Moreau'],
      ['PHONE', '06 12 34 56 78'],
    ],
  },
  {
    name: 'Spanish prose with an email and date of birth',
    text: `La clienta Marta Iglesias, nacida el 14/02/1985, escribió desde marta.iglesias@telefonica.es para pedir la baja.`,
    expected: [
      ['PERSON', 'Marta Iglesias'],
      ['DATE_OF_BIRTH', '14/02/1985'],
      ['EMAIL', 'marta.iglesias@telefonica.es'],
    ],
  },
  {
    name: 'Japanese prose with a person and phone',
    text: `担当者の佐藤健太さん（電話：090-1234-5678）から、先月の売上データに重複があると連絡がありました。`,
    expected: [
      ['PERSON', '佐藤健太'],
      ['PHONE', '090-1234-5678'],
    ],
  },
  {
    name: 'English prose: analyst note',
    text: `Spoke with Dr. Samuel Adeyemi about the churn model; he asked that results go to samuel.adeyemi@nhs.net rather than the shared inbox.`,
    expected: [
      ['PERSON', 'Samuel Adeyemi'],
      ['EMAIL', 'samuel.adeyemi@nhs.net'],
    ],
  },
  {
    name: 'English prose with birth date in words',
    text: `The account holder, Eleanor Whitfield, was born on March 3, 1962 and has held the account since 1990.`,
    expected: [
      ['PERSON', 'Eleanor Whitfield'],
      ['DATE_OF_BIRTH', 'March 3, 1962'],
    ],
  },
  {
    name: 'German and Spanish case notes with stacked titles and birth verbs',
    text: `Die Kundin Frau Dr. Sabine Hoffmann, geb. 12.04.1968, hat angerufen.
El paciente José Luis Martínez nació el 5 de mayo de 1980. A cliente Ana Paula Souza nasceu em 17/11/1990.`,
    expected: [
      ['PERSON', 'Sabine Hoffmann'],
      ['DATE_OF_BIRTH', '12.04.1968'],
      ['PERSON', 'José Luis Martínez'],
      ['DATE_OF_BIRTH', '5 de mayo de 1980'],
      ['PERSON', 'Ana Paula Souza'],
      ['DATE_OF_BIRTH', '17/11/1990'],
    ],
  },
  {
    name: 'Italian bank transfer note with IBAN',
    text: `Bonifico da effettuare sul conto IT60 X054 2811 1010 0000 0123 456 intestato a Giulia Romano.`,
    expected: [
      ['IBAN', 'IT60 X054 2811 1010 0000 0123 456'],
      ['PERSON', 'Giulia Romano'],
    ],
  },
  {
    name: 'UK phone and IBAN in a support ticket',
    text: `Customer rang from 020 7946 0321 asking why the refund to GB82 WEST 1234 5698 7654 32 hasn't arrived.`,
    expected: [
      ['PHONE', '020 7946 0321'],
      ['IBAN', 'GB82 WEST 1234 5698 7654 32'],
    ],
  },
  {
    name: 'Brazilian phone and French phone in international form',
    text: `Contacts: São Paulo office +55 11 91234-5678, Lyon office +33 4 72 10 20 30.`,
    expected: [
      ['PHONE', '+55 11 91234-5678'],
      ['PHONE', '+33 4 72 10 20 30'],
    ],
  },
  // ---------------------------------------------------------------- card brands
  {
    name: 'card brands in a test-fixtures table',
    text: `brand       | pan
------------+---------------------
visa        | 4012 8888 8888 1881
mastercard2 | 2223 0031 2200 3222
amex        | 3714 496353 98431
discover    | 6011 1111 1111 1117
jcb         | 3530 1113 3330 0000
diners      | 3056 9309 0259 04`,
    expected: [
      ['CREDIT_CARD', '4012 8888 8888 1881'],
      ['CREDIT_CARD', '2223 0031 2200 3222'],
      ['CREDIT_CARD', '3714 496353 98431'],
      ['CREDIT_CARD', '6011 1111 1111 1117'],
      ['CREDIT_CARD', '3530 1113 3330 0000'],
      ['CREDIT_CARD', '3056 9309 0259 04'],
    ],
  },
  {
    name: 'IBANs from several countries, electronic form',
    text: `supplier_iban
FR1420041010050500013M02606
ES9121000418450200051332
CH9300762011623852957
BE68539007547034
PL61109010140000071219812874
NO9386011117947`,
    expected: [
      ['IBAN', 'FR1420041010050500013M02606'],
      ['IBAN', 'ES9121000418450200051332'],
      ['IBAN', 'CH9300762011623852957'],
      ['IBAN', 'BE68539007547034'],
      ['IBAN', 'PL61109010140000071219812874'],
      ['IBAN', 'NO9386011117947'],
    ],
  },
  // ---------------------------------------------------------------- evasion
  {
    name: 'spelled-out email in a comment',
    text: `# questions: reach out to lena.kowalski [at] posteo [dot] de`,
    expected: [['EMAIL', 'lena.kowalski [at] posteo [dot] de']],
  },
  {
    name: 'fully spelled-out email in a chat message',
    text: `pls send the export to anna dot berg at telia dot se, thx`,
    expected: [['EMAIL', 'anna dot berg at telia dot se']],
  },
  {
    name: 'zero-width characters inside an email',
    text: `contact: mar\u200Bco.bianchi@libe\u200Dro.it`,
    expected: [['EMAIL', 'mar\u200Bco.bianchi@libe\u200Dro.it']],
  },
  {
    name: 'fullwidth digits in a card number',
    text: `card on file: ４１１１ １１１１ １１１１ １１１１`,
    expected: [['CREDIT_CARD', '４１１１ １１１１ １１１１ １１１１']],
  },
  {
    name: 'URL-encoded email in a query string',
    text: `GET /unsubscribe?email=h.mueller%40posteo.de&list=weekly HTTP/1.1`,
    expected: [['EMAIL', 'h.mueller%40posteo.de']],
  },
  {
    name: 'HTML-escaped email',
    text: `<a href="mailto:c.dubois&#64;orange.fr">Contact</a>`,
    expected: [['EMAIL', 'c.dubois&#64;orange.fr']],
  },
  {
    name: 'JSON unicode escape in an email',
    text: `{"reply_to": "y.tanaka\\u0040docomo.ne.jp"}`,
    expected: [['EMAIL', 'y.tanaka\\u0040docomo.ne.jp']],
  },
  {
    name: 'SSN split across a line break',
    text: `applicant ssn: 536-22-
8841`,
    expected: [['US_SSN', '536-22-\n8841']],
  },
  {
    name: 'typographic dashes and no-break spaces from a word processor',
    text: `SSN: 536\u201122\u20118841 · Karte 4111\u20131111\u20131111\u20131111 · Tél. : 06\u202f12\u202f34\u202f56\u202f78`,
    expected: [
      ['US_SSN', '536\u201122\u20118841'],
      ['CREDIT_CARD', '4111\u20131111\u20131111\u20131111'],
      ['PHONE', '06\u202f12\u202f34\u202f56\u202f78'],
    ],
  },
  {
    name: 'base64-encoded email in a log',
    // "m.rossi@fastweb.it"
    text: `payload=bS5yb3NzaUBmYXN0d2ViLml0 status=queued`,
    expected: [['EMAIL', 'bS5yb3NzaUBmYXN0d2ViLml0']],
  },
  // ---------------------------------------------------------------- command lines and code
  {
    name: 'command-line passwords in a notebook shell cell',
    text: `!mysqldump --user=report --password=Rk8vQ2zLm crm > /tmp/crm.sql
!mysql -h 10.0.4.12 -u admin -pS3cretPass99 crm -e "select count(*) from users"
!curl -s -u etl:Wq3z-Lp8K-x2Vn https://airflow.internal/api/v1/dags`,
    expected: [
      ['SECRET', 'Rk8vQ2zLm'],
      ['IP_ADDRESS', '10.0.4.12'],
      ['SECRET', 'S3cretPass99'],
      ['SECRET', 'Wq3z-Lp8K-x2Vn'],
    ],
  },
  {
    name: 'aws configure and a SendGrid key in .env',
    text: `$ aws configure set aws_secret_access_key 9fJk2LmQ8pZx4RtVw7NcB1yHd5GsAe3uKo6iTn0P
$ cat .env
SENDGRID_API_KEY=${sendgridKey}
NPM_CONFIG_REGISTRY=https://registry.npmjs.org/`,
    expected: [
      ['SECRET', '9fJk2LmQ8pZx4RtVw7NcB1yHd5GsAe3uKo6iTn0P'],
      ['SECRET', sendgridKey],
    ],
  },
  {
    name: 'internationalised email addresses',
    text: `Kontakt: MÜLLER.Hans@stadtwerke-nord.de, Rückfragen an jürgen.weiß@firma.de; RU: иван.петров@почта.рф`,
    expected: [
      ['EMAIL', 'MÜLLER.Hans@stadtwerke-nord.de'],
      ['EMAIL', 'jürgen.weiß@firma.de'],
      ['EMAIL', 'иван.петров@почта.рф'],
    ],
  },
  {
    name: 'German dative title in a support note',
    text: `Nachricht von Herrn Schäfer: bitte Rückruf unter +49 (0)89 1234567.`,
    expected: [
      ['PERSON', 'Schäfer'],
      ['PHONE', '+49 (0)89 1234567'],
    ],
  },
  {
    name: 'IPython Out[] with first/last/dob columns',
    text: `In [3]: df[["first", "last", "dob"]]
Out[3]:
   first    last         dob
0  Ayumi  Sasaki  1993-08-09
1  Pedro   Alves  1987-03-21`,
    expected: [
      ['PERSON', 'Ayumi'],
      ['PERSON', 'Sasaki'],
      ['DATE_OF_BIRTH', '1993-08-09'],
      ['PERSON', 'Pedro'],
      ['PERSON', 'Alves'],
      ['DATE_OF_BIRTH', '1987-03-21'],
    ],
  },
  {
    name: 'Spanish record with abbreviated keys',
    text: `nombre: Esperanza Villanueva
fec_nac: 04/03/1962
tel: +34 612 345 678`,
    expected: [
      ['PERSON', 'Esperanza Villanueva'],
      ['DATE_OF_BIRTH', '04/03/1962'],
      ['PHONE', '+34 612 345 678'],
    ],
  },
  {
    name: 'English signature block',
    text: `Kind regards,
Annabel Fitzgerald
Senior Analyst, Customer Insights`,
    expected: [['PERSON', 'Annabel Fitzgerald']],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'UUIDs, git SHAs and hashes',
    text: `request_id=3f2b8c1e-9d4a-4e7b-a1c2-5f6e7d8c9b0a commit 9fceb02d0ae598e95dc970b74767f19372d61af8
sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
md5 d41d8cd98f00b204e9800998ecf8427e`,
    expected: [],
  },
  {
    name: 'version strings and timestamps',
    text: `numpy==1.26.4 pandas==2.2.1 node v20.11.1 chrome 122.0.6261.94
started 2024-03-12T10:15:32.123Z finished 2024-03-12 10:17:05.998+00:00 epoch 1710238532`,
    expected: [],
  },
  {
    name: 'order and tracking numbers failing Luhn',
    text: `order_no       tracking
4111111111111112  1Z999AA10123456784
5500000000000005  940011189922385512345`,
    expected: [],
  },
  {
    name: 'reserved example domains and documentation IPs in docs',
    text: `Set SMTP_FROM=noreply@example.com and test with alice@example.org or bob@test.example; the server listens on 127.0.0.1 and ::1.`,
    expected: [],
  },
  {
    name: 'masked card and masked SSN',
    text: `Charged ****1234 (Visa ending 4242). SSN on file: ***-**-6789. IBAN DE** **** **** **** **32 00`,
    expected: [],
  },
  {
    name: 'column names only',
    text: `CREATE TABLE customers (
  id bigserial primary key,
  email text not null unique,
  phone text,
  ssn char(11),
  date_of_birth date,
  first_name text,
  last_name text,
  iban varchar(34),
  password_hash text
);`,
    expected: [],
  },
  {
    name: 'invalid IBAN and invalid SSN areas',
    text: `iban: DE89370400440532013001 (rejected, bad checksum)
ssn candidates: 000-12-3456, 666-45-1234, 912-34-5678`,
    expected: [],
  },
  {
    name: 'documented placeholder keys',
    text: `AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
OPENAI_API_KEY=sk-...your-key-here
password=<your password>`,
    expected: [],
  },
  {
    name: 'numeric ids and amounts in a result table',
    text: `   order_id  customer_id     amount  created_at
0  10000001       552311   12345.67  2024-01-05
1  10000002       552312     899.00  2024-01-05`,
    expected: [],
  },
  {
    name: 'dates that are not birth dates',
    text: `SELECT * FROM orders WHERE created_at BETWEEN '1990-01-01' AND '1999-12-31';
-- signup_date 1987-06-02 is the oldest account`,
    expected: [],
  },
  {
    name: 'prose with capitalised non-names',
    text: `The Data Platform team migrated Customer Success dashboards to Looker Studio last Tuesday. New York and San Francisco offices are unaffected.`,
    expected: [],
  },
  {
    name: 'loopback and private placeholders in config',
    text: `bind: 127.0.0.1:8000
metrics: "[::1]:9090"
upstream: localhost:5432`,
    expected: [],
  },
  {
    name: 'Python exception with a file path and line numbers',
    text: `  File "/usr/lib/python3.11/site-packages/pandas/core/frame.py", line 3761, in __getitem__
    indexer = self.columns.get_loc(key)
KeyError: 'customer_email'`,
    expected: [],
  },
  {
    name: 'MAC addresses and hex colours',
    text: `eth0: ether 02:42:ac:11:00:02  brd ff:ff:ff:ff:ff:ff
theme: {primary: "#1a73e8", accent: "#fbbc04"}`,
    expected: [],
  },
  {
    name: 'credentials from the environment on command lines',
    text: `!curl -u "$API_USER:$API_TOKEN" https://api.internal
!mysql -h db -u admin -p crm
!docker run -u 1000:1000 etl:latest`,
    expected: [],
  },
  {
    name: 'methods and firms named after people',
    text: `We report the Pearson Correlation and Shannon Entropy per cohort; audit by Grant Thornton.`,
    expected: [],
  },
  {
    name: 'phone-shaped ISBN and a product SKU',
    text: `ISBN 978-3-16-148410-0, SKU 400-1234-5678-X, lot 2024-0412-77`,
    expected: [],
  },
];

describeHoldout('privacy detectors on hand-written hold-out material', cases);
