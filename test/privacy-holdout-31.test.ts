import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A thirty-first hand-written hold-out: errors and logs from data pipelines that quote the offending
 * rows, as an analyst pastes them into an AI assistant asking "why did this fail?". Database
 * drivers and clients: an asyncpg UniqueViolationError with DETAIL Key (lower(email::text))=(…)
 * inside a FastAPI log (US), psycopg2 NotNullViolation "Failing row contains (…)" wrapped by
 * SQLAlchemy with [SQL: …] and [parameters: {…}] (Germany), a PostgreSQL server log with bind
 * parameters $1… and a check violation (US clinic), pymysql 1062 Duplicate entry from to_sql with a
 * list of parameter dicts (Spain, China), the mysql client refusing a composite key whose value is
 * nom-prenom-date joined by hyphens (France), mysql-connector 1406 Data too long (Brazil), SSMS Msg
 * 2627 and 2628 with the duplicate key value and the truncated value (Mexico), a Django debug page
 * with a duplicate username and the POST table (Japan). Validation: pydantic v2 errors with
 * input_value (Ghana) and a model-level error whose input dict pydantic cuts in the middle (Ireland),
 * pydantic v1 errors that quote nothing followed by the rejected rows (Hungary), pandera SchemaError
 * failure cases and SchemaErrors.failure_cases (Australia, Québec), Great Expectations
 * unexpected_list results for an e-mail regex and for SSN uniqueness (US), a dbt not_null failure and
 * dbt show (Netherlands), jsonschema (Switzerland) and ajv in a pino log (Québec). Spark: an
 * AnalysisException with only column names, a stage failure printing a Row(…) (Ireland). pandas: a
 * KeyError from a non-breaking space (France), to_datetime "at position 212" (Argentina),
 * SettingWithCopyWarning (Portugal), MergeError with the duplicated rows (Japan), ParserError then
 * sed (Vietnam); DuckDB's "Original Line" (Poland); R readr problems() (Scotland). Warehouses:
 * BigQuery load and streaming-insert errors (South Africa, Germany), Snowflake VALIDATE rejected
 * records and "Duplicate row detected … Row Values" (France, Norway). Airflow task logs with an XCom
 * return value (Nigeria) and an SMTP refusal (India). Kafka: Spring Kafka with Jackson's [Source:
 * (byte[])"…"] (Brazil), confluent-kafka JSON lines with a poison pill (Turkey), a Kafka Connect JDBC
 * sink with Struct{…} (Philippines). SDKs: Stripe debug logs with URL-encoded post data (US), Twilio
 * (Spain), SendGrid (Germany). Java: Hibernate with a Lombok toString (India), Spring Batch with
 * record toStrings (Netherlands). Elasticsearch BulkIndexError (Belgium) and a Logstash mapping
 * error (Czechia). Questions and comments in German, French, Spanish, Portuguese, Dutch, Norwegian,
 * Turkish, Vietnamese, Japanese and Chinese. Hard negatives of the same shapes: constraint, index,
 * test, column and topic names, ids (customer, member, order, mandate, event, job, query, request,
 * trace, Sentry event, Stripe and Twilio account objects), UUIDs, hashes, git SHAs, offsets,
 * partitions, byte positions and line numbers, versions, timestamps and created/signed/joined
 * dates, amounts, postcodes, national ids (DNI, CPF, RFC, Ghana Card, SA ID, AHV, Belgian national
 * number, 身份证号, RAMQ, TCKN masked, Aadhaar masked), the CRA sample SIN, masked cards and SSNs,
 * masked passwords and redacted headers, the Twilio account SID, usernames (/home/kofi,
 * /home/tkowalczyk, /home/fmacleod, /home/jdoe, yuto_t, etl_writer), an e-mail without @,
 * example.com addresses, the ACMA fictional 0491 570 156, placeholder people (Teszt Elek, Jean
 * Dupont, Juan Pérez, "Prueba Test QA", "Test Member") with dummy phones and dates, places named
 * after people (Atatürk Mah., TP. Hồ Chí Minh) and a club named after a saint. Each case lists every
 * value it expects found, with its type; anything else flagged is a false positive. A title (Herrn,
 * Mr., Dra., Hanım, さん) is no part of a name's span; name fields kept apart by a format (vorname/
 * nachname, nombre/apellidos, first_name/last_name, ad/soyad, vezeteknev/keresztnev) are separate
 * spans, also when MySQL joins them into one composite key value; one "Nguyen, Thi Lan" field is one
 * span; a lone given or family name counts when the same person is named in full in the text, and a
 * family name filtered on in SQL counts. Birth dates count wherever they are quoted — in a Failing
 * row, a Duplicate entry, an input_value, a parse error, a REJECTED_RECORD, a Struct — also when
 * impossible (30 February, month 13, a year in the future), as the arguments of datetime.date(…),
 * and in a sentence; other dates do not. A value keeps its type when encoded (darnell.whitaker%40…,
 * Darnell+Whitaker) or cut short by a column width (a truncated full name). A mistyped e-mail domain
 * is still an address. Shop, clinic and team mailboxes and sender numbers count. Values are fake:
 * IBANs with valid mod-97 check digits, SSNs with valid areas, made-up names, numbers and keys.
 */
const k = joinParts;
const esDbPw = k('Kr0ss!', 'Bidasoa24');
const gxPw = k('gx_R3ad', '#2024qL');
const sfPw = k('Fj0rd-Merge', '!884Tq');
const stripeKey = k('sk_live_', '51PqX8eLk2Zr7WbT', 'c4Hn9YvQ3mJ0pA6sD1fG8uK5wE');
const twilioSid = k('AC', '4e1b9f07c2d35a86', 'e0f14b7c9d2a3e58');
const twilioToken = k('9f3c2a7e51b84d06', 'a2e7c9d4f1b3806e');
const sendgridKey = k('SG.', 'mK4pQ9xL2vR7tZ1wN8bC5d', '.', 'Jh6Fg3Ks0aLe9uYo2iPz7XqW4mV1nB8cT5rD3eF6gH0');
const shopJwt = k(
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  '.',
  'eyJzdWIiOiJ1c3JfMzA0MTgiLCJlbWFpbF92ZXJpZmllZCI6dHJ1ZSwiaXNzIjoiaHR0cHM6Ly9pZC5za2xlbmFyLWVzaG9wLmN6IiwiYXVkIjoic2hvcC1hcGkiLCJpYXQiOjE3MTgxNzc0ODEsImV4cCI6MTcxODE4MTA4MX0',
  '.',
  'Wq8vZ3xK1mR7tL4nB9cD2fH6jS0pA5eU3yG8iO1kT4w',
);

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- database drivers and SQL clients
  {
    name: 'FastAPI service log pasted by an analyst: the signup payload as JSON, an asyncpg UniqueViolationError with DETAIL Key (lower(email::text))=(…), the uvicorn access line with a private client address, a request UUID and /srv paths',
    text: `2024-05-14 16:02:11,482 INFO  [signup] request_id=7f3e9b0c-2d41-4c8a-9b1e-55a0c3d7e912 POST /v1/signup payload={"email": "Dana.Whitfield.Okafor@outlook.com", "full_name": "Dana Whitfield-Okafor", "phone": "+1 (312) 847-2291", "dob": "1990-08-17", "marketing_opt_in": false, "referral_code": "SPRING24"}
2024-05-14 16:02:11,497 ERROR [uvicorn.error] Exception in ASGI application
Traceback (most recent call last):
  File "/srv/app/.venv/lib/python3.11/site-packages/uvicorn/protocols/http/httptools_impl.py", line 426, in run_asgi
    result = await app(  # type: ignore[func-returns-value]
  File "/srv/app/api/routes/signup.py", line 58, in create_account
    row = await conn.fetchrow(INSERT_USER, payload.email.lower(), payload.full_name, payload.phone, payload.dob)
  File "/srv/app/.venv/lib/python3.11/site-packages/asyncpg/connection.py", line 678, in fetchrow
    data = await self._execute(
  File "/srv/app/.venv/lib/python3.11/site-packages/asyncpg/connection.py", line 1658, in _execute
    result, _ = await self.__execute(
  File "asyncpg/protocol/protocol.pyx", line 207, in bind_execute
asyncpg.exceptions.UniqueViolationError: duplicate key value violates unique constraint "users_email_lower_idx"
DETAIL:  Key (lower(email::text))=(dana.whitfield.okafor@outlook.com) already exists.
2024-05-14 16:02:11,501 INFO  [uvicorn.access] 10.40.3.17:51822 - "POST /v1/signup HTTP/1.1" 500

she swears she never made an account before. why does it say the key exists?? is the lower() index the problem or did marketing import her from the webinar list?`,
    // The request UUID, the referral code, the constraint name, the port and the paths are not ours.
    expected: [
      ['EMAIL', 'Dana.Whitfield.Okafor@outlook.com'],
      ['PERSON', 'Dana Whitfield-Okafor'],
      ['PHONE', '+1 (312) 847-2291'],
      ['DATE_OF_BIRTH', '1990-08-17'],
      ['EMAIL', 'dana.whitfield.okafor@outlook.com'],
      ['IP_ADDRESS', '10.40.3.17'],
    ],
  },
  {
    name: 'German migration notebook: a SQLAlchemy IntegrityError over psycopg2 NotNullViolation with "Failing row contains (…)", the [SQL: …] with pyformat binds and the [parameters: {…}] dict with a datetime.date birth date, a question naming him as Herrn Häberle and the colleague who raised it',
    text: `---------------------------------------------------------------------------
NotNullViolation                          Traceback (most recent call last)
File ~/work/crm-migration/.venv/lib/python3.12/site-packages/sqlalchemy/engine/base.py:1967, in Connection._exec_single_context(self, dialect, context, statement, parameters)
   1966     if not context.cursor_fetch_strategy:
-> 1967         self.dialect.do_execute(
   1968             cursor, str_statement, effective_parameters, context
   1969         )

NotNullViolation: null value in column "email" of relation "kunden" violates not-null constraint
DETAIL:  Failing row contains (48213, Jürgen, Häberle, null, +49 171 4839226, 1968-02-09, 70173, Stuttgart, 2024-04-02 09:41:27.118+02).

The above exception was the direct cause of the following exception:

IntegrityError                            Traceback (most recent call last)
Cell In[22], line 3
      1 with engine.begin() as conn:
      2     for rec in kunden_neu:
----> 3         conn.execute(text(INSERT_KUNDE), rec)

IntegrityError: (psycopg2.errors.NotNullViolation) null value in column "email" of relation "kunden" violates not-null constraint
DETAIL:  Failing row contains (48213, Jürgen, Häberle, null, +49 171 4839226, 1968-02-09, 70173, Stuttgart, 2024-04-02 09:41:27.118+02).

[SQL: INSERT INTO kunden (kunden_id, vorname, nachname, email, telefon, geburtsdatum, plz, ort) VALUES (%(kunden_id)s, %(vorname)s, %(nachname)s, %(email)s, %(telefon)s, %(geburtsdatum)s, %(plz)s, %(ort)s)]
[parameters: {'kunden_id': 48213, 'vorname': 'Jürgen', 'nachname': 'Häberle', 'email': None, 'telefon': '+49 171 4839226', 'geburtsdatum': datetime.date(1968, 2, 9), 'plz': '70173', 'ort': 'Stuttgart'}]
(Background on this error at: https://sqlalche.me/e/20/gkpj)

Warum bricht der Import hier ab? Im Quell-CSV ist die E-Mail bei Herrn Häberle leer, die Spalte war doch nullable – hat jemand NOT NULL nachträglich gesetzt? Ticket kam von Sabine Oettinger aus dem Vertrieb.`,
    // The row appears twice in "Failing row contains" and once in the parameters; the PLZ, the id and
    // the created timestamp are not ours; "Herrn" is a title.
    expected: [
      ['PERSON', 'Jürgen'],
      ['PERSON', 'Häberle'],
      ['PHONE', '+49 171 4839226'],
      ['DATE_OF_BIRTH', '1968-02-09'],
      ['PERSON', 'Jürgen'],
      ['PERSON', 'Häberle'],
      ['PHONE', '+49 171 4839226'],
      ['DATE_OF_BIRTH', '1968-02-09'],
      ['PERSON', 'Jürgen'],
      ['PERSON', 'Häberle'],
      ['PHONE', '+49 171 4839226'],
      ['DATE_OF_BIRTH', '1968, 2, 9'],
      ['PERSON', 'Häberle'],
      ['PERSON', 'Sabine Oettinger'],
    ],
  },
  {
    name: 'PostgreSQL server log with log_statement=all: the bind parameters $1…$9 of a patient insert, then a check-constraint violation with "Failing row contains (…)" and the STATEMENT; a UUID, an MRN, a payer and a member id',
    text: `2024-06-03 14:22:05.329 EDT [28814] etl_writer@clinic_prod LOG:  execute <unnamed>: INSERT INTO patients (id, mrn, first_name, last_name, birth_date, phone, email, payer, member_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
2024-06-03 14:22:05.329 EDT [28814] etl_writer@clinic_prod DETAIL:  parameters: $1 = 'b7e2c91a-4f0d-4e7b-8a63-0d9c2f51a7e4', $2 = 'MRN-00482917', $3 = 'Keisha', $4 = 'Montgomery', $5 = '1979-11-23', $6 = '6173940528', $7 = 'keisha.montgomery@comcast.net', $8 = 'BCBS-MA', $9 = 'XHB448201937'
2024-06-03 14:22:05.331 EDT [28814] etl_writer@clinic_prod ERROR:  new row for relation "patients" violates check constraint "patients_phone_e164_chk"
2024-06-03 14:22:05.331 EDT [28814] etl_writer@clinic_prod DETAIL:  Failing row contains (b7e2c91a-4f0d-4e7b-8a63-0d9c2f51a7e4, MRN-00482917, Keisha, Montgomery, 1979-11-23, 6173940528, keisha.montgomery@comcast.net, BCBS-MA, XHB448201937, 2024-06-03 14:22:05.33-04).
2024-06-03 14:22:05.331 EDT [28814] etl_writer@clinic_prod STATEMENT:  INSERT INTO patients (id, mrn, first_name, last_name, birth_date, phone, email, payer, member_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
2024-06-03 14:22:05.338 EDT [28814] etl_writer@clinic_prod LOG:  disconnection: session time: 0:00:41.207 user=etl_writer database=clinic_prod host=10.2.0.55 port=50412

the check is phone ~ '^\\+1\\d{10}$' and the EHR export strips the +1. fix it in the loader or relax the constraint?`,
    // The UUID, MRN, payer and member id, the role etl_writer and the timestamps are not ours; the
    // database client host is a private address.
    expected: [
      ['PERSON', 'Keisha'],
      ['PERSON', 'Montgomery'],
      ['DATE_OF_BIRTH', '1979-11-23'],
      ['PHONE', '6173940528'],
      ['EMAIL', 'keisha.montgomery@comcast.net'],
      ['PERSON', 'Keisha'],
      ['PERSON', 'Montgomery'],
      ['DATE_OF_BIRTH', '1979-11-23'],
      ['PHONE', '6173940528'],
      ['EMAIL', 'keisha.montgomery@comcast.net'],
      ['IP_ADDRESS', '10.2.0.55'],
    ],
  },
  {
    name: 'Spanish to_sql over pymysql failing with 1062 Duplicate entry on the e-mail: the engine URL with its password, [parameters: [{…}, {…}, {…}]] with nombre and apellidos apart, DNIs, a "Prueba Test QA" row at example.com',
    text: `engine = create_engine(f"mysql+pymysql://crm_loader:${esDbPw}@10.20.0.31:3306/crm?charset=utf8mb4")
df_nuevos.to_sql("clientes", engine, if_exists="append", index=False)

---------------------------------------------------------------------------
IntegrityError                            Traceback (most recent call last)
File ~/anaconda3/envs/crm/lib/python3.11/site-packages/pymysql/err.py:150, in raise_mysql_exception(data)
    148 if errorclass is None:
    149     errorclass = InternalError if errno < 1000 else OperationalError
--> 150 raise errorclass(errno, errval)

IntegrityError: (pymysql.err.IntegrityError) (1062, "Duplicate entry 'lucia.etxeberria@euskaltel.net' for key 'clientes.uq_clientes_email'")
[SQL: INSERT INTO clientes (nombre, apellidos, email, telefono, fecha_nacimiento, dni, provincia) VALUES (%(nombre)s, %(apellidos)s, %(email)s, %(telefono)s, %(fecha_nacimiento)s, %(dni)s, %(provincia)s)]
[parameters: [{'nombre': 'Iker', 'apellidos': 'Aranburu Lasa', 'email': 'iker.aranburu@gmail.com', 'telefono': '943 21 87 40', 'fecha_nacimiento': '1992-01-08', 'dni': '44182735J', 'provincia': 'Gipuzkoa'}, {'nombre': 'Lucía', 'apellidos': 'Etxeberria Goikoetxea', 'email': 'lucia.etxeberria@euskaltel.net', 'telefono': '688 41 27 93', 'fecha_nacimiento': '1986-05-30', 'dni': '72489153K', 'provincia': 'Bizkaia'}, {'nombre': 'Prueba', 'apellidos': 'Test QA', 'email': 'qa+alta@example.com', 'telefono': '600 000 000', 'fecha_nacimiento': '1900-01-01', 'dni': '00000000T', 'provincia': 'Madrid'}]]
(Background on this error at: https://sqlalche.me/e/20/gkpj)

¿Por qué falla todo el lote si solo Lucía está repetida? ¿Se puede hacer un INSERT IGNORE o un upsert desde to_sql, o tengo que usar method= con una función propia?`,
    // DNIs, the provinces and the QA row (placeholder name, dummy phone, 1900-01-01, example.com) are not ours.
    expected: [
      ['SECRET', esDbPw],
      ['IP_ADDRESS', '10.20.0.31'],
      ['EMAIL', 'lucia.etxeberria@euskaltel.net'],
      ['PERSON', 'Iker'],
      ['PERSON', 'Aranburu Lasa'],
      ['EMAIL', 'iker.aranburu@gmail.com'],
      ['PHONE', '943 21 87 40'],
      ['DATE_OF_BIRTH', '1992-01-08'],
      ['PERSON', 'Lucía'],
      ['PERSON', 'Etxeberria Goikoetxea'],
      ['EMAIL', 'lucia.etxeberria@euskaltel.net'],
      ['PHONE', '688 41 27 93'],
      ['DATE_OF_BIRTH', '1986-05-30'],
      ['PERSON', 'Lucía'],
    ],
  },
  {
    name: 'French mysql client session: an INSERT refused with Duplicate entry on a composite key nom-prenom-date_naissance joined by hyphens, then a SELECT filtering on the family name and its box with two members',
    text: `mysql> INSERT INTO adherents (nom, prenom, date_naissance, email, tel_portable, ville, cotisation)
    -> VALUES ('VASSEUR', 'Chloé', '1993-07-21', 'chloe.vasseur@laposte.net', '06 71 48 29 53', 'Lille', 45.00);
ERROR 1062 (23000): Duplicate entry 'VASSEUR-Chloé-1993-07-21' for key 'adherents.uq_nom_prenom_naissance'
mysql> SELECT id_adherent, nom, prenom, date_naissance, email, tel_portable, date_inscription
    -> FROM adherents WHERE nom = 'VASSEUR';
+-------------+---------+----------+----------------+-------------------------+----------------+------------------+
| id_adherent | nom     | prenom   | date_naissance | email                   | tel_portable   | date_inscription |
+-------------+---------+----------+----------------+-------------------------+----------------+------------------+
|        2291 | VASSEUR | Chloé    | 1993-07-21     | c.vasseur93@orange.fr   | 06 71 48 29 53 | 2021-09-14       |
|        3107 | VASSEUR | Thibault | 1961-02-03     | thibault.vasseur@sfr.fr | 03 20 54 18 77 | 2019-01-08       |
+-------------+---------+----------+----------------+-------------------------+----------------+------------------+
2 rows in set (0.00 sec)

Pourquoi ça bloque ? Chloé a juste changé d'adresse mail, c'est la même personne. Je fais un UPDATE ou un INSERT ... ON DUPLICATE KEY UPDATE ?`,
    // The composite key value is three fields joined by MySQL: nom, prenom and the birth date are
    // separate spans. Inscription dates, ids and the amount are not ours.
    expected: [
      ['PERSON', 'VASSEUR'],
      ['PERSON', 'Chloé'],
      ['DATE_OF_BIRTH', '1993-07-21'],
      ['EMAIL', 'chloe.vasseur@laposte.net'],
      ['PHONE', '06 71 48 29 53'],
      ['PERSON', 'VASSEUR'],
      ['PERSON', 'Chloé'],
      ['DATE_OF_BIRTH', '1993-07-21'],
      ['PERSON', 'VASSEUR'],
      ['PERSON', 'VASSEUR'],
      ['PERSON', 'Chloé'],
      ['DATE_OF_BIRTH', '1993-07-21'],
      ['EMAIL', 'c.vasseur93@orange.fr'],
      ['PHONE', '06 71 48 29 53'],
      ['PERSON', 'VASSEUR'],
      ['PERSON', 'Thibault'],
      ['DATE_OF_BIRTH', '1961-02-03'],
      ['EMAIL', 'thibault.vasseur@sfr.fr'],
      ['PHONE', '03 20 54 18 77'],
      ['PERSON', 'Chloé'],
    ],
  },
  {
    name: 'Brazilian notebook cell with the record dict literal, a mysql-connector DataError 1406 "Data too long for column \'telefone\'" and a print of the value and its length; CPF and CEP',
    text: `registro = {'nome_completo': 'Rafael Nogueira Brandão', 'cpf': '318.442.907-15', 'email': 'rafael.brandao@terra.com.br',
            'telefone': '+55 (11) 98437-2210 ramal 3', 'data_nascimento': '1982-10-05', 'cep': '04538-132', 'origem': 'formulario_site'}
print(registro['telefone'], len(registro['telefone']))
cur.execute(INSERT_CLIENTE, registro)

+55 (11) 98437-2210 ramal 3 27
---------------------------------------------------------------------------
DataError                                 Traceback (most recent call last)
Cell In[57], line 4
      2             'telefone': '+55 (11) 98437-2210 ramal 3', 'data_nascimento': '1982-10-05', 'cep': '04538-132', 'origem': 'formulario_site'}
      3 print(registro['telefone'], len(registro['telefone']))
----> 4 cur.execute(INSERT_CLIENTE, registro)

File /opt/conda/lib/python3.10/site-packages/mysql/connector/cursor_cext.py:330, in CMySQLCursor.execute(self, operation, params, multi)
    328 try:
--> 330     result = self._cnx.cmysql.query(
    331         stmt,
    332         raw=self._raw,

DataError: 1406 (22001): Data too long for column 'telefone' at row 1

Por que estoura o tamanho? A coluna é VARCHAR(20). O cliente digitou o ramal junto com o número. Corto tudo depois do número ou crio uma coluna ramal?`,
    // The extension "ramal 3" is no part of the phone; the CPF, CEP and the length 27 are not ours.
    expected: [
      ['PERSON', 'Rafael Nogueira Brandão'],
      ['EMAIL', 'rafael.brandao@terra.com.br'],
      ['PHONE', '+55 (11) 98437-2210'],
      ['DATE_OF_BIRTH', '1982-10-05'],
      ['PHONE', '+55 (11) 98437-2210'],
      ['PHONE', '+55 (11) 98437-2210'],
      ['DATE_OF_BIRTH', '1982-10-05'],
    ],
  },
  {
    name: 'Mexican SSMS script and its Messages tab: Msg 2627 quoting the duplicate e-mail and Msg 2628 quoting the truncated full name; an RFC, a postcode and the completion time',
    text: `-- carga_contactos.sql  (SQLPRD-MTY-01 / CRM)
INSERT INTO dbo.Clientes (ClienteID, NombreCompleto, Correo, Telefono, FechaNacimiento, RFC, CP)
VALUES (77410, N'María Fernanda Villaseñor Ochoa', N'mf.villasenor@prodigy.net.mx', N'+52 55 4187 2290', '1979-03-08', N'VIOM790308KZ3', N'03100');

INSERT INTO dbo.Contactos (ClienteID, NombreCompleto, Telefono, Tipo)
VALUES (77410, N'María Fernanda Villaseñor Ochoa', N'+52 55 4187 2290', N'Titular');

Msg 2627, Level 14, State 1, Line 2
Violation of UNIQUE KEY constraint 'UQ_Clientes_Correo'. Cannot insert duplicate key in object 'dbo.Clientes'. The duplicate key value is (mf.villasenor@prodigy.net.mx).
The statement has been terminated.
Msg 2628, Level 16, State 1, Line 5
String or binary data would be truncated in table 'CRM.dbo.Contactos', column 'NombreCompleto'. Truncated value: 'María Fernanda Villaseñor'.
The statement has been terminated.

Completion time: 2024-06-18T10:42:31.5529104-06:00

¿Por qué salen dos errores distintos? NombreCompleto en Contactos es NVARCHAR(25), ¿lo amplío a 120 como en Clientes?`,
    // The truncated value is still her name; the RFC (which encodes a date), the CP and the ids are not ours.
    expected: [
      ['PERSON', 'María Fernanda Villaseñor Ochoa'],
      ['EMAIL', 'mf.villasenor@prodigy.net.mx'],
      ['PHONE', '+52 55 4187 2290'],
      ['DATE_OF_BIRTH', '1979-03-08'],
      ['PERSON', 'María Fernanda Villaseñor Ochoa'],
      ['PHONE', '+52 55 4187 2290'],
      ['EMAIL', 'mf.villasenor@prodigy.net.mx'],
      ['PERSON', 'María Fernanda Villaseñor'],
    ],
  },
  // ---------------------------------------------------------------- validation libraries
  {
    name: 'Ghanaian pydantic v2 ValidationError in a REPL: the row dict echoed first, then three field errors each quoting input_value (a mistyped e-mail domain, a local mobile, a short birth date), a Ghana Card number and a /home path',
    text: `>>> row
{'customer_ref': 'GH-MOMO-004418', 'full_name': 'Kwame Asante-Boateng', 'email': 'kwame.asanteboateng@gmial.con', 'phone': '024 417 8836', 'date_of_birth': '14/3/88', 'ghana_card': 'GHA-721904538-6', 'region': 'Ashanti'}
>>> CustomerIn.model_validate(row)
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
  File "/home/kofi/momo-ingest/.venv/lib/python3.12/site-packages/pydantic/main.py", line 551, in model_validate
    return cls.__pydantic_validator__.validate_python(
pydantic_core._pydantic_core.ValidationError: 3 validation errors for CustomerIn
email
  value is not a valid email address: The domain name gmial.con does not exist. [type=value_error, input_value='kwame.asanteboateng@gmial.con', input_type=str]
phone
  String should match pattern '^\\+233\\d{9}$' [type=string_pattern_mismatch, input_value='024 417 8836', input_type=str]
    For further information visit https://errors.pydantic.dev/2.7/v/string_pattern_mismatch
date_of_birth
  Input should be a valid date or datetime, input is too short [type=date_from_datetime_parsing, input_value='14/3/88', input_type=str]
    For further information visit https://errors.pydantic.dev/2.7/v/date_from_datetime_parsing`,
    // A mistyped domain is still his address as written; the Ghana Card number, the customer ref and
    // the /home/kofi user directory are not ours.
    expected: [
      ['PERSON', 'Kwame Asante-Boateng'],
      ['EMAIL', 'kwame.asanteboateng@gmial.con'],
      ['PHONE', '024 417 8836'],
      ['DATE_OF_BIRTH', '14/3/88'],
      ['EMAIL', 'kwame.asanteboateng@gmial.con'],
      ['PHONE', '024 417 8836'],
      ['DATE_OF_BIRTH', '14/3/88'],
    ],
  },
  {
    name: 'Irish pydantic v2 model-validator error whose input_value dict is cut in the middle by pydantic, then the raw record printed: first_name and last_name apart, a birth year in the future, a club named after a saint',
    text: `ValidationError                           Traceback (most recent call last)
Cell In[14], line 3
      1 ok, bad = [], []
      2 for i, r in enumerate(raw):
----> 3     ok.append(MemberRecord.model_validate(r))

ValidationError: 1 validation error for MemberRecord
  Value error, date of birth cannot be in the future [type=value_error, input_value={'member_id': 'M-20931', ...: '2024-05-02T08:11:09'}, input_type=dict]
    For further information visit https://errors.pydantic.dev/2.6/v/value_error

In [15]: i, raw[i]
Out[15]:
(17,
 {'member_id': 'M-20931',
  'first_name': 'Siobhán',
  'last_name': 'Ní Bhriain',
  'email': 'siobhan.nibhriain@eircom.net',
  'mobile': '087 214 6639',
  'dob': '2031-04-19',
  'club': 'Naomh Barróg GAA',
  'created_at': '2024-05-02T08:11:09'})

the paper form clearly says 2001, so it's a typo at data entry. ok to patch in the notebook or should it go back to the registrar?`,
    // The cut input_value holds only the member id and created_at; the future date is still the
    // birth date as recorded. The club, member id and created_at are not ours; "2001" alone is a year.
    expected: [
      ['PERSON', 'Siobhán'],
      ['PERSON', 'Ní Bhriain'],
      ['EMAIL', 'siobhan.nibhriain@eircom.net'],
      ['PHONE', '087 214 6639'],
      ['DATE_OF_BIRTH', '2031-04-19'],
    ],
  },
  {
    name: 'Hungarian import log with a pydantic v1 ValidationError (no input values), then the rejected rows printed as dicts: vezeteknev and keresztnev apart, an e-mail with an accented local part, an impossible 30 February birth date, a "Teszt Elek" placeholder row',
    text: `[2024-04-11 07:30:12,884] ERROR ugyfel_import: sor U-310447 elutasítva
pydantic.error_wrappers.ValidationError: 2 validation errors for Ugyfel
email
  value is not a valid email address (type=value_error.email)
szuletesi_datum
  invalid date format (type=value_error.date)
[2024-04-11 07:30:12,886] ERROR ugyfel_import: sor U-310460 elutasítva
pydantic.error_wrappers.ValidationError: 1 validation error for Ugyfel
szuletesi_datum
  none is not an allowed value (type=type_error.none.not_allowed)

>>> for sor in hibas_sorok[:3]:
...     print(sor)
...
{'azonosito': 'U-310447', 'vezeteknev': 'Kovács-Tóth', 'keresztnev': 'Réka', 'email': 'réka.kovacstoth@freemail.hu', 'telefon': '+36 30 418 2297', 'szuletesi_datum': '1991.02.30', 'irsz': '1137'}
{'azonosito': 'U-310452', 'vezeteknev': 'Szabó', 'keresztnev': 'Bence', 'email': 'szabo.bence@citromail.hu', 'telefon': '06 20 571 3384', 'szuletesi_datum': '1988-11-04', 'irsz': '6720'}
{'azonosito': 'U-310460', 'vezeteknev': 'Teszt', 'keresztnev': 'Elek', 'email': 'teszt.elek@example.com', 'telefon': '06 30 000 0000', 'szuletesi_datum': None, 'irsz': '1011'}

Réka's email has an accent and 30 Feb doesn't exist, fine. But Bence's row looks valid to me, why is it in hibas_sorok at all?`,
    // Teszt Elek is the Hungarian placeholder name, with a dummy phone and example.com; postcodes and
    // row ids are not ours. An impossible date under szuletesi_datum is still the recorded birth date.
    expected: [
      ['PERSON', 'Kovács-Tóth'],
      ['PERSON', 'Réka'],
      ['EMAIL', 'réka.kovacstoth@freemail.hu'],
      ['PHONE', '+36 30 418 2297'],
      ['DATE_OF_BIRTH', '1991.02.30'],
      ['PERSON', 'Szabó'],
      ['PERSON', 'Bence'],
      ['EMAIL', 'szabo.bence@citromail.hu'],
      ['PHONE', '06 20 571 3384'],
      ['DATE_OF_BIRTH', '1988-11-04'],
      ['PERSON', 'Réka'],
      ['PERSON', 'Bence'],
    ],
  },
  {
    name: 'Australian pandera SchemaError listing failure cases of a mobile regex, then the failing rows printed with given_name and surname apart; one failure is the ACMA fictional 0491 570 156 on a test member',
    text: `schema = pa.DataFrameSchema({
    "member_no": pa.Column(str, pa.Check.str_matches(r"^M\\d{7}$")),
    "mobile": pa.Column(str, pa.Check.str_matches(r"^04\\d{8}$")),
    "email": pa.Column(str, nullable=True),
})
schema.validate(members)

SchemaError: Column 'mobile' failed element-wise validator number 0: str_matches('^04\\d{8}$') failure cases: 0412 884 903, +61 423 117 582, 0491 570 156

members.loc[~members["mobile"].str.match(r"^04\\d{8}$"), ["member_no", "given_name", "surname", "mobile", "email", "joined"]]
      member_no  given_name      surname           mobile                        email      joined
1187   M0048213        Ruby   Castellano     0412 884 903  ruby.castellano@bigpond.com  2023-02-11
2240   M0051907     Lachlan  Nguyen-Hart  +61 423 117 582     lachie.nh@outlook.com.au  2023-08-30
2931   M0055012        Test       Member     0491 570 156      test.member@example.com  2024-01-05

so two are just spaces / +61, do I strip those before validating? and the third is our QA account.`,
    // 0491 570 156 is in the range ACMA reserves for fiction, on a test member at example.com; member
    // numbers and join dates are not ours.
    expected: [
      ['PHONE', '0412 884 903'],
      ['PHONE', '+61 423 117 582'],
      ['PERSON', 'Ruby'],
      ['PERSON', 'Castellano'],
      ['PHONE', '0412 884 903'],
      ['EMAIL', 'ruby.castellano@bigpond.com'],
      ['PERSON', 'Lachlan'],
      ['PERSON', 'Nguyen-Hart'],
      ['PHONE', '+61 423 117 582'],
      ['EMAIL', 'lachie.nh@outlook.com.au'],
    ],
  },
  {
    name: 'Québec pandera SchemaErrors (lazy=True): err.failure_cases.to_string() with a postal code, the CRA sample SIN, an e-mail without @, a birth Timestamp in the future and a phone, then df.loc of the two rows with nom and prenom; a question in French',
    text: `try:
    clients_schema.validate(df, lazy=True)
except pa.errors.SchemaErrors as err:
    print(err.failure_cases.to_string())

    schema_context         column                                       check  check_number                    failure_case  index
0           Column    postal_code  str_matches('^[A-Z]\\d[A-Z] \\d[A-Z]\\d$')             0                          h3z2y7     14
1           Column            sin                            str_length(9, 9)             0                     046 454 286     31
2           Column          email                           str_contains('@')             0  marc-andre.gagnon.videotron.ca     52
3           Column  date_of_birth              less_than(2024-06-30 00:00:00)             0             2046-10-12 00:00:00     77
4           Column          phone       str_matches('^\\d{3}-\\d{3}-\\d{4}$')             0                  (418) 692-3305     77
5  DataFrameSchema           None                         column_in_dataframe          None                        province   None

df.loc[[52, 77], ["client_id", "nom", "prenom", "email", "phone", "date_of_birth"]]
    client_id       nom      prenom                           email           phone  date_of_birth
52   QC-20418    Gagnon  Marc-André  marc-andre.gagnon.videotron.ca    418-522-7719     1969-05-28
77   QC-20443  Bouchard      Élodie      elodie.bouchard@hotmail.ca  (418) 692-3305     2046-10-12

Le 2046 c'est sûrement 1946, non? Et pour le courriel de Marc-André il manque juste le @ après gagnon.`,
    // 046 454 286 is the SIN the CRA publishes as a sample; a postal code, ids and the cut-off date in
    // the check are not ours; an address without @ is not an e-mail; a birth Timestamp is its date.
    expected: [
      ['DATE_OF_BIRTH', '2046-10-12'],
      ['PHONE', '(418) 692-3305'],
      ['PERSON', 'Gagnon'],
      ['PERSON', 'Marc-André'],
      ['PHONE', '418-522-7719'],
      ['DATE_OF_BIRTH', '1969-05-28'],
      ['PERSON', 'Bouchard'],
      ['PERSON', 'Élodie'],
      ['EMAIL', 'elodie.bouchard@hotmail.ca'],
      ['PHONE', '(418) 692-3305'],
      ['DATE_OF_BIRTH', '2046-10-12'],
      ['PERSON', 'Marc-André'],
    ],
  },
  {
    name: 'Great Expectations 0.18: the datasource added with a connection string holding a password, then an expect_column_values_to_match_regex result as JSON with partial_unexpected_list and unexpected_list quoting e-mails, "n/a" and an example.com address',
    text: `datasource = context.sources.add_postgres(
    name="crm_pg",
    connection_string="postgresql+psycopg2://gx_reader:${gxPw}@10.8.2.40:5432/crm",
)
...
print(json.dumps(res.results[2].to_json_dict(), indent=2))
{
  "success": false,
  "expectation_config": {
    "expectation_type": "expect_column_values_to_match_regex",
    "kwargs": {
      "column": "email",
      "regex": "^[a-z0-9._%+-]+@[a-z0-9.-]+\\\\.[a-z]{2,}$",
      "mostly": 0.9999,
      "result_format": "COMPLETE",
      "batch_id": "crm_pg-contacts_daily"
    },
    "meta": {}
  },
  "result": {
    "element_count": 48213,
    "missing_count": 112,
    "missing_percent": 0.2323,
    "unexpected_count": 3,
    "unexpected_percent": 0.0062,
    "partial_unexpected_list": [
      "Terrence.Holloway@Gmail.com",
      "hannah.greenberg@verizon.net ",
      "n/a"
    ],
    "unexpected_list": [
      "Terrence.Holloway@Gmail.com",
      "hannah.greenberg@verizon.net ",
      "n/a"
    ],
    "unexpected_index_list": [100431, 100877, 104219]
  },
  "meta": {"run_id": {"run_name": "daily-20240617T060012Z", "run_time": "2024-06-17T06:00:12.448213+00:00"}, "notes": "noemail@example.com rows are filtered upstream"},
  "exception_info": {"raised_exception": false, "exception_message": null, "exception_traceback": null}
}`,
    // The regex, counts, index ids, the run name and time are not ours; the trailing space is no
    // part of the address; noemail@example.com is reserved.
    expected: [
      ['SECRET', gxPw],
      ['IP_ADDRESS', '10.8.2.40'],
      ['EMAIL', 'Terrence.Holloway@Gmail.com'],
      ['EMAIL', 'hannah.greenberg@verizon.net'],
      ['EMAIL', 'Terrence.Holloway@Gmail.com'],
      ['EMAIL', 'hannah.greenberg@verizon.net'],
    ],
  },
  {
    name: 'US HR expect_column_values_to_be_unique on ssn: the result dict with partial_unexpected_list and partial_unexpected_counts quoting SSNs, then the employees holding them with hire dates and masked last-four columns',
    text: `>>> r = checkpoint_result.list_validation_results()[0].results[4]
>>> r.expectation_config.expectation_type, r.success
('expect_column_values_to_be_unique', False)
>>> r.result
{'element_count': 20114, 'missing_count': 2, 'missing_percent': 0.00994, 'unexpected_count': 4, 'unexpected_percent': 0.0199, 'unexpected_percent_total': 0.0199, 'unexpected_percent_nonmissing': 0.0199, 'partial_unexpected_list': ['412-67-3398', '531-08-2247', '412-67-3398', '531-08-2247'], 'partial_unexpected_counts': [{'value': '412-67-3398', 'count': 2}, {'value': '531-08-2247', 'count': 2}]}
>>> emp[emp.ssn.isin(['412-67-3398', '531-08-2247'])][['employee_id', 'first_name', 'last_name', 'ssn', 'ssn_last4_masked', 'hire_date']]
      employee_id  first_name     last_name          ssn ssn_last4_masked   hire_date
3318       E10488     Marisol       Delgado  412-67-3398      ***-**-3398  2016-03-07
17720      E31904     Marisol  Delgado-Ruiz  412-67-3398      ***-**-3398  2023-09-18
5021       E12270     Gregory          Pham  531-08-2247      ***-**-2247  2017-11-13
9904       E19833     Tiffany          Osei  531-08-2247      ***-**-2247  2020-01-06

the Marisol pair is a rehire after she got married (HR confirmed). Pham vs Osei is a real problem?`,
    // The isin() call quotes both SSNs again; masked SSNs, employee ids, counts and hire dates are not ours.
    expected: [
      ['US_SSN', '412-67-3398'],
      ['US_SSN', '531-08-2247'],
      ['US_SSN', '412-67-3398'],
      ['US_SSN', '531-08-2247'],
      ['US_SSN', '412-67-3398'],
      ['US_SSN', '531-08-2247'],
      ['US_SSN', '412-67-3398'],
      ['US_SSN', '531-08-2247'],
      ['PERSON', 'Marisol'],
      ['PERSON', 'Delgado'],
      ['US_SSN', '412-67-3398'],
      ['PERSON', 'Marisol'],
      ['PERSON', 'Delgado-Ruiz'],
      ['US_SSN', '412-67-3398'],
      ['PERSON', 'Gregory'],
      ['PERSON', 'Pham'],
      ['US_SSN', '531-08-2247'],
      ['PERSON', 'Tiffany'],
      ['PERSON', 'Osei'],
      ['US_SSN', '531-08-2247'],
      ['PERSON', 'Marisol'],
      ['PERSON', 'Pham'],
      ['PERSON', 'Osei'],
    ],
  },
  {
    name: 'Dutch dbt test log failing not_null on geboortedatum, then dbt show --inline printing the rows as a markdown-style table: voornaam and achternaam apart, one customer twice with two e-mails and two spellings of her mobile',
    text: `$ dbt test --select stg_klanten
14:02:11  Running with dbt=1.7.14
14:02:12  Found 38 models, 112 tests, 0 snapshots, 0 analyses, 521 macros, 0 operations, 4 seed files, 9 sources, 0 exposures, 0 metrics
14:02:17  3 of 6 FAIL 2 not_null_stg_klanten_geboortedatum ............................... [FAIL 2 in 0.41s]
14:02:18  Failure in test not_null_stg_klanten_geboortedatum (models/staging/schema.yml)
14:02:18    Got 2 results, configured to fail if != 0
14:02:18
14:02:18    compiled Code at target/compiled/crm/models/staging/schema.yml/not_null_stg_klanten_geboortedatum.sql
14:02:18  Done. PASS=5 WARN=0 ERROR=0 SKIP=0 TOTAL=6

$ dbt show --inline "select klant_id, voornaam, achternaam, email, telefoon, geboortedatum, aangemaakt_op from {{ ref('stg_klanten') }} where geboortedatum is null or klant_id = 88120"
14:05:40  Running with dbt=1.7.14
14:05:41  Previewing inline node:
| klant_id | voornaam | achternaam        | email                        | telefoon        | geboortedatum | aangemaakt_op       |
| -------- | -------- | ----------------- | ---------------------------- | --------------- | ------------- | ------------------- |
|    88120 | Femke    | van der Heijden   | femke.vdheijden@ziggo.nl     | 06-48213377     |    1990-04-02 | 2024-06-10 09:12:44 |
|    88121 | Femke    | van der Heijden   | f.vanderheijden@kpnmail.nl   | 06 48 21 33 77  |               | 2024-06-12 17:40:03 |
|    88344 | Thijs    | Bakker            | thijs.bakker84@gmail.com     | +31 20 771 4092 |               | 2024-06-12 18:02:51 |

Femke staat er twee keer in, één keer zonder geboortedatum. Kan ik in stg_klanten dedupliceren op genormaliseerd telefoonnummer?`,
    // Test and model names, counts, ids and aangemaakt_op timestamps are not ours.
    expected: [
      ['PERSON', 'Femke'],
      ['PERSON', 'van der Heijden'],
      ['EMAIL', 'femke.vdheijden@ziggo.nl'],
      ['PHONE', '06-48213377'],
      ['DATE_OF_BIRTH', '1990-04-02'],
      ['PERSON', 'Femke'],
      ['PERSON', 'van der Heijden'],
      ['EMAIL', 'f.vanderheijden@kpnmail.nl'],
      ['PHONE', '06 48 21 33 77'],
      ['PERSON', 'Thijs'],
      ['PERSON', 'Bakker'],
      ['EMAIL', 'thijs.bakker84@gmail.com'],
      ['PHONE', '+31 20 771 4092'],
      ['PERSON', 'Femke'],
    ],
  },
  // ---------------------------------------------------------------- Spark
  {
    name: 'PySpark AnalysisException UNRESOLVED_COLUMN with a suggestion list of PII column names and the analysed plan with expression ids, a /home path with a username, an application id and versions: nothing personal',
    text: `---------------------------------------------------------------------------
AnalysisException                         Traceback (most recent call last)
File /home/tkowalczyk/dev/crm-dedupe/jobs/build_golden.py:41
     38 golden = (
     39     customers.join(latest, "customer_id")
---> 40     .select("customer_id", "first_name", "last_name", "date_of_brith")
     41 )

File /opt/spark-3.5.1-bin-hadoop3/python/pyspark/errors/exceptions/captured.py:185, in capture_sql_exception.<locals>.deco(*a, **kw)
    181 converted = convert_exception(e.java_exception)
    182 if not isinstance(converted, UnknownException):
    183     # Hide where the exception came from that shows a non-Pythonic
    184     # JVM exception message.
--> 185     raise converted from None

AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name \`date_of_brith\` cannot be resolved. Did you mean one of the following? [\`date_of_birth\`, \`first_name\`, \`last_name\`, \`email_address\`, \`phone_number\`].;
'Project [customer_id#1021L, first_name#1022, last_name#1023, 'date_of_brith]
+- Project [customer_id#1021L, first_name#1022, last_name#1023, email_address#1024, phone_number#1025, date_of_birth#1026, updated_at#1027, rn#1190]
   +- Join Inner, (customer_id#1021L = customer_id#1183L)
      :- Relation spark_catalog.crm.customers[customer_id#1021L,first_name#1022,last_name#1023,email_address#1024,phone_number#1025,date_of_birth#1026,updated_at#1027] parquet
      +- Filter (rn#1190 = 1)
         +- Window [row_number() windowspecdefinition(customer_id#1183L, updated_at#1189 DESC NULLS LAST, specifiedwindowframe(RowFrame, unboundedpreceding$(), currentrow$())) AS rn#1190], [customer_id#1183L], [updated_at#1189 DESC NULLS LAST]
            +- Relation spark_catalog.crm.customer_updates[customer_id#1183L,field#1184,old_value#1185,new_value#1186,source#1187,batch_id#1188,updated_at#1189] parquet

app id local-1718012345678, Spark 3.5.1, Delta 3.1.0. just a typo right? date_of_brith → date_of_birth`,
    // Column names alone, expression ids, the user directory /home/tkowalczyk, versions and the app id are not ours.
    expected: [],
  },
  {
    name: 'Databricks job failure: Job aborted due to stage failure on an executor with a private address, a PythonException from a UDF whose message prints the Row(…) with a full name in double quotes, a UK mobile and a datetime.date birth date',
    text: `Py4JJavaError: An error occurred while calling o1893.saveAsTable.
: org.apache.spark.SparkException: Job aborted due to stage failure: Task 17 in stage 42.0 failed 4 times, most recent failure: Lost task 17.3 in stage 42.0 (TID 1893) (10.139.64.12 executor 3): org.apache.spark.api.python.PythonException: Traceback (most recent call last):
  File "/databricks/spark/python/pyspark/worker.py", line 1247, in main
    process()
  File "/databricks/spark/python/pyspark/worker.py", line 1239, in process
    serializer.dump_stream(out_iter, outfile)
  File "/root/.ipykernel/4821/command-2230917415-118273", line 9, in to_e164
    raise ValueError(f"cannot normalise phone {raw!r} for {row}")
ValueError: cannot normalise phone '07839 214556' for Row(customer_id=883104, full_name="Brendan O'Sullivan", phone='07839 214556', country='IE', dob=datetime.date(1987, 12, 1), loyalty_tier='gold')

	at org.apache.spark.api.python.BasePythonRunner$ReaderIterator.handlePythonException(PythonRunner.scala:572)
	at org.apache.spark.sql.execution.python.PythonArrowOutput$$anon$1.read(PythonArrowOutput.scala:118)
	at org.apache.spark.sql.execution.python.BasePythonUDFRunner$$anon$2.read(BasePythonUDFRunner.scala:74)
	at org.apache.spark.scheduler.Task.run(Task.scala:141)
	at java.base/java.lang.Thread.run(Thread.java:840)

Driver stacktrace:
	at org.apache.spark.scheduler.DAGScheduler.failJobAndIndependentStages(DAGScheduler.scala:3869)

The UDF parses with region=row.country. He lives in Cork but kept his UK mobile – fall back to GB when IE fails?`,
    // Task, stage and TID numbers, the customer id and the command path are not ours; the birth date is
    // the arguments of the datetime.date repr.
    expected: [
      ['IP_ADDRESS', '10.139.64.12'],
      ['PHONE', '07839 214556'],
      ['PERSON', "Brendan O'Sullivan"],
      ['PHONE', '07839 214556'],
      ['DATE_OF_BIRTH', '1987, 12, 1'],
    ],
  },
  // ---------------------------------------------------------------- pandas
  {
    name: 'French read_csv with utf-8-sig, head() of clients with nom and prénom apart, then a KeyError on date_naissance explained by a non-breaking space in df.columns; a Jean Dupont row at example.com',
    text: `clients = pd.read_csv("export_clients_juin.csv", sep=";", encoding="utf-8-sig", dtype=str)
clients.head()
   id_client        nom    prénom                    email       téléphone  date_naissance  code_postal
0    C-10412     PERRIN  Mathilde  mathilde.perrin@free.fr  06 58 17 40 26      19/07/1983        69003
1    C-10413   BENHAMOU     Yanis    y.benhamou@hotmail.fr  07 81 22 93 45      02/12/1996        69100
2    C-10414     LEROUX    Agathe  agathe.leroux@gmail.com  04 78 60 31 12      27/05/1971        69007
3    C-10415     DUPONT      Jean  jean.dupont@example.com  01 23 45 67 89      01/01/1970        75001
4    C-10416  CHEVALIER    Océane  oceane.chevalier@sfr.fr  06 33 71 08 54      11/09/2002        69008

clients["age"] = (pd.Timestamp("today") - pd.to_datetime(clients["date_naissance"], dayfirst=True)).dt.days // 365
---------------------------------------------------------------------------
KeyError                                  Traceback (most recent call last)
File ~/miniconda3/envs/crm/lib/python3.11/site-packages/pandas/core/indexes/base.py:3805, in Index.get_loc(self, key)
   3804 try:
-> 3805     return self._engine.get_loc(casted_key)
   3806 except KeyError as err:

KeyError: 'date_naissance'

clients.columns
Index(['id_client', 'nom', 'prénom', 'email', 'téléphone', 'date_naissance\\xa0', 'code_postal'], dtype='object')

Je ne comprends pas, la colonne est bien là dans le head(). C'est l'espace insécable à la fin ? Comment nettoyer tous les noms de colonnes d'un coup ?`,
    // DUPONT Jean at example.com with 01 23 45 67 89 and 01/01/1970 is the placeholder row; postcodes
    // and client ids are not ours.
    expected: [
      ['PERSON', 'PERRIN'],
      ['PERSON', 'Mathilde'],
      ['EMAIL', 'mathilde.perrin@free.fr'],
      ['PHONE', '06 58 17 40 26'],
      ['DATE_OF_BIRTH', '19/07/1983'],
      ['PERSON', 'BENHAMOU'],
      ['PERSON', 'Yanis'],
      ['EMAIL', 'y.benhamou@hotmail.fr'],
      ['PHONE', '07 81 22 93 45'],
      ['DATE_OF_BIRTH', '02/12/1996'],
      ['PERSON', 'LEROUX'],
      ['PERSON', 'Agathe'],
      ['EMAIL', 'agathe.leroux@gmail.com'],
      ['PHONE', '04 78 60 31 12'],
      ['DATE_OF_BIRTH', '27/05/1971'],
      ['PERSON', 'CHEVALIER'],
      ['PERSON', 'Océane'],
      ['EMAIL', 'oceane.chevalier@sfr.fr'],
      ['PHONE', '06 33 71 08 54'],
      ['DATE_OF_BIRTH', '11/09/2002'],
    ],
  },
  {
    name: 'Argentine pd.to_datetime ValueError quoting a 29/02 birth date "at position 212", then socios.iloc[210:214] with apellido and nombre apart and a Juan Pérez row of NaN; the member says in Spanish when he was born',
    text: `socios["fecha_nac"] = pd.to_datetime(socios["fecha_nac"], format="%d/%m/%Y")
---------------------------------------------------------------------------
ValueError                                Traceback (most recent call last)
Cell In[9], line 1
----> 1 socios["fecha_nac"] = pd.to_datetime(socios["fecha_nac"], format="%d/%m/%Y")

File ~/.pyenv/versions/3.11.8/lib/python3.11/site-packages/pandas/core/tools/datetimes.py:1067, in to_datetime(arg, errors, dayfirst, yearfirst, utc, format, exact, unit, infer_datetime_format, origin, cache)

ValueError: time data "29/02/1989" doesn't match format "%d/%m/%Y", at position 212. You might want to try:
    - passing \`format\` if your strings have a consistent format;
    - passing \`format='ISO8601'\` if your strings are all ISO8601 but not necessarily in exactly the same format;
    - passing \`format='mixed'\`, and the format will be inferred for each element individually. You might want to use \`dayfirst\` alongside this.

socios.iloc[210:214]
     nro_socio           apellido     nombre   fecha_nac             celular                       email  cuota_al_dia
210     018822         Echeverría      Tomás  14/08/1990  +54 9 11 5823-4417  tomas.echeverria@gmail.com          True
211     018823  Fernández Iriarte  Valentina  03/11/1985  +54 9 351 642-0981      vale.fi@hotmail.com.ar         False
212     018824            Alarcón      Diego  29/02/1989  +54 9 11 4470-1356     dalarcon89@yahoo.com.ar          True
213     018825              Pérez       Juan  01/01/1900                 NaN                         NaN         False

Diego jura que nació el 29 de febrero de 1989, pero ese año no fue bisiesto. ¿Lo paso a NaT con errors="coerce" y aviso a secretaría?`,
    // Pérez Juan with 01/01/1900 and NaN is the placeholder row; member numbers and the position are
    // not ours. An impossible date under fecha_nac, and in the sentence, is still the birth date given.
    expected: [
      ['DATE_OF_BIRTH', '29/02/1989'],
      ['PERSON', 'Echeverría'],
      ['PERSON', 'Tomás'],
      ['DATE_OF_BIRTH', '14/08/1990'],
      ['PHONE', '+54 9 11 5823-4417'],
      ['EMAIL', 'tomas.echeverria@gmail.com'],
      ['PERSON', 'Fernández Iriarte'],
      ['PERSON', 'Valentina'],
      ['DATE_OF_BIRTH', '03/11/1985'],
      ['PHONE', '+54 9 351 642-0981'],
      ['EMAIL', 'vale.fi@hotmail.com.ar'],
      ['PERSON', 'Alarcón'],
      ['PERSON', 'Diego'],
      ['DATE_OF_BIRTH', '29/02/1989'],
      ['PHONE', '+54 9 11 4470-1356'],
      ['EMAIL', 'dalarcon89@yahoo.com.ar'],
      ['PERSON', 'Diego'],
      ['DATE_OF_BIRTH', '29 de febrero de 1989'],
    ],
  },
  {
    name: 'Portuguese SettingWithCopyWarning on a filtered slice, then head() with the full names, NIFs, telemóveis stripped of spaces and IBANs; the question in Portuguese',
    text: `ativos = clientes[clientes["estado"] == "ativo"]
ativos["telemovel"] = ativos["telemovel"].str.replace(" ", "", regex=False)
ativos.head(3)

/tmp/ipykernel_9123/1833204617.py:2: SettingWithCopyWarning: 
A value is trying to be set on a copy of a slice from a DataFrame.
Try using .loc[row_indexer,col_indexer] = value instead

See the caveats in the documentation: https://pandas.pydata.org/pandas-docs/stable/user_guide/indexing.html#returning-a-view-versus-a-copy
  ativos["telemovel"] = ativos["telemovel"].str.replace(" ", "", regex=False)

   n_cliente                   nome        nif  telemovel                       iban  estado
0      40218  Henrique Tavares Lobo  231884107  913482057  PT32001000004218773091354   ativo
2      40220  Inês Carvalho Marques  245019366  962117408  PT33003600409910023548716   ativo
5      40223      Duarte Figueiredo  198204551  935270684  PT37003300000045238761205   ativo

O aviso é grave? Os números ficaram sem espaços no ativos mas no clientes continuam "913 482 057". Devo usar .copy() ou .loc?`,
    // NIFs and client numbers are not ours.
    expected: [
      ['PERSON', 'Henrique Tavares Lobo'],
      ['PHONE', '913482057'],
      ['IBAN', 'PT32001000004218773091354'],
      ['PERSON', 'Inês Carvalho Marques'],
      ['PHONE', '962117408'],
      ['IBAN', 'PT33003600409910023548716'],
      ['PERSON', 'Duarte Figueiredo'],
      ['PHONE', '935270684'],
      ['IBAN', 'PT37003300000045238761205'],
      ['PHONE', '913 482 057'],
    ],
  },
  {
    name: 'Japanese MergeError with validate="many_to_one", then the duplicated 会員番号 rows printed with 氏名, フリガナ, 電話番号 and 生年月日 (wide characters misaligning the columns), a note in Japanese naming 森田さん',
    text: `merged = orders.merge(members, on="会員番号", how="left", validate="many_to_one")
---------------------------------------------------------------------------
MergeError                                Traceback (most recent call last)
Cell In[31], line 1
----> 1 merged = orders.merge(members, on="会員番号", how="left", validate="many_to_one")

File /opt/conda/lib/python3.11/site-packages/pandas/core/reshape/merge.py:1718, in _MergeOperation._validate_validate_kwd(self, validate)
   1716 elif validate in ["many_to_one", "m:1"]:
   1717     if not right_unique:
-> 1718         raise MergeError(
   1719             "Merge keys are not unique in right dataset; not a many-to-one merge"
   1720         )

MergeError: Merge keys are not unique in right dataset; not a many-to-one merge

members[members.duplicated("会員番号", keep=False)].sort_values("会員番号")
           会員番号     氏名       フリガナ           電話番号        生年月日         登録日
1021  M-0418822  森田 紗希     モリタ サキ  080-4417-2093  1992-06-08  2019-04-01
3377  M-0418822  森田 紗希     モリタ サキ  080-4417-2093  1992-06-08  2023-11-20
2045  M-0520193  藤原 大輔  フジワラ ダイスケ  090-2281-6634  1984-01-30  2020-07-15
4410  M-0520193  藤原 大輔  フジワラ ダイスケ   03-6459-7281  1984-01-30  2024-02-03

会員番号が重複しています。森田さんはアプリ移行時の再登録、藤原さんは電話番号だけ変わっています。登録日が新しい方を残せば良いでしょうか？`,
    // 会員番号 and 登録日 are not ours; さん is no part of a name.
    expected: [
      ['PERSON', '森田 紗希'],
      ['PERSON', 'モリタ サキ'],
      ['PHONE', '080-4417-2093'],
      ['DATE_OF_BIRTH', '1992-06-08'],
      ['PERSON', '森田 紗希'],
      ['PERSON', 'モリタ サキ'],
      ['PHONE', '080-4417-2093'],
      ['DATE_OF_BIRTH', '1992-06-08'],
      ['PERSON', '藤原 大輔'],
      ['PERSON', 'フジワラ ダイスケ'],
      ['PHONE', '090-2281-6634'],
      ['DATE_OF_BIRTH', '1984-01-30'],
      ['PERSON', '藤原 大輔'],
      ['PERSON', 'フジワラ ダイスケ'],
      ['PHONE', '03-6459-7281'],
      ['DATE_OF_BIRTH', '1984-01-30'],
      ['PERSON', '森田'],
      ['PERSON', '藤原'],
    ],
  },
  // ---------------------------------------------------------------- warehouses
  {
    name: 'South African BigQuery load job: BadRequest "Could not parse \'31/04/1986\' as DATE for field birth_date", the job id and location, then the header and offending CSV line printed with gsutil and sed; an SA ID number',
    text: `job = client.load_table_from_uri("gs://za-loyalty-landing/members/2024-06-19/members.csv", "loyalty.members_raw", job_config=cfg)
job.result()
---------------------------------------------------------------------------
BadRequest                                Traceback (most recent call last)
Cell In[6], line 2
      1 job = client.load_table_from_uri("gs://za-loyalty-landing/members/2024-06-19/members.csv", "loyalty.members_raw", job_config=cfg)
----> 2 job.result()

BadRequest: 400 Error while reading data, error message: CSV table encountered too many errors, giving up. Rows: 613; errors: 1. Please look into the errors[] collection for more details.; reason: invalid, location: gs://za-loyalty-landing/members/2024-06-19/members.csv, message: Error while reading data, error message: CSV table encountered too many errors, giving up. Rows: 613; errors: 1. Please look into the errors[] collection for more details.; reason: invalid, message: Error while reading data, error message: Could not parse '31/04/1986' as DATE for field birth_date (position 4) starting at location 48213  with message 'Unable to parse'

Location: africa-south1
Job ID: 3f9c1e2a-7b44-4d0e-9a51-0c6e8d2b1f73

!gsutil cat gs://za-loyalty-landing/members/2024-06-19/members.csv | sed -n '1p;614p'
member_no,first_name,last_name,email,birth_date,mobile,id_number,province
ZA-0061394,Thandiwe,Mokoena-Dlamini,thandi.mokoena@mweb.co.za,31/04/1986,082 417 3390,8604300482087,Gauteng

besides the 31 April, the whole file is dd/mm – should I set a date format on the load or stage as STRING?`,
    // The SA ID number, member number, job id, row counts and byte offset are not ours; "31 April" alone is no full date.
    expected: [
      ['DATE_OF_BIRTH', '31/04/1986'],
      ['PERSON', 'Thandiwe'],
      ['PERSON', 'Mokoena-Dlamini'],
      ['EMAIL', 'thandi.mokoena@mweb.co.za'],
      ['DATE_OF_BIRTH', '31/04/1986'],
      ['PHONE', '082 417 3390'],
    ],
  },
  {
    name: 'German BigQuery streaming insert: the rows list with e-mails and client IPs (one IPv6, one IPv4), then insert_rows_json errors with a German date string rejected and a "stopped" row; a question in German',
    text: `rows = [
    {"event_id": "e-7f21c0", "user_email": "lena.hoffmann@posteo.de", "user_ip": "2a02:8108:1a40:3e6c::7f1", "signup_ts": "17.05.2024 08:14", "plan": "pro"},
    {"event_id": "e-7f21c1", "user_email": "k.yilmaz@gmx.de", "user_ip": "91.64.203.118", "signup_ts": "2024-05-17T08:15:02Z", "plan": "free"},
]
errors = client.insert_rows_json("webapp-prod.events.signups", rows)
print(errors)

[{'index': 0, 'errors': [{'reason': 'invalid', 'location': 'signup_ts', 'debugInfo': '', 'message': 'Invalid datetime string "17.05.2024 08:14"'}]}, {'index': 1, 'errors': [{'reason': 'stopped', 'location': '', 'debugInfo': '', 'message': ''}]}]

Warum wird die zweite Zeile auch abgelehnt? Die hat doch ein gültiges ISO-Datum. Und darf ich user_ip überhaupt ungekürzt in BigQuery schreiben?`,
    // Event ids, the signup timestamps and the table id are not ours.
    expected: [
      ['EMAIL', 'lena.hoffmann@posteo.de'],
      ['IP_ADDRESS', '2a02:8108:1a40:3e6c::7f1'],
      ['EMAIL', 'k.yilmaz@gmx.de'],
      ['IP_ADDRESS', '91.64.203.118'],
    ],
  },
  {
    name: 'French Snowflake COPY with ON_ERROR = CONTINUE, then VALIDATE(…) copied from Snowsight as tab-separated text: a date not recognised, a numeric value not recognised, each REJECTED_RECORD a whole semicolon line',
    text: `COPY INTO raw.contacts FROM @landing/contacts/2024-06-20/ FILE_FORMAT = (FORMAT_NAME = csv_fr) ON_ERROR = CONTINUE;
SELECT * FROM TABLE(VALIDATE(raw.contacts, JOB_ID => '01b52c4e-0403-8f1a-0000-4b2d0012a6e2'));

ERROR	FILE	LINE	CHARACTER	BYTE_OFFSET	CATEGORY	CODE	SQL_STATE	COLUMN_NAME	ROW_NUMBER	ROW_START_LINE	REJECTED_RECORD
Date '19/07/1983' is not recognized	contacts/2024-06-20/contacts_fr.csv.gz	418	62	51877	conversion	100040	22007	"CONTACTS"["DATE_NAISSANCE":5]	417	418	C-30412;Nadège;Lefebvre-Aubry;nadege.lefebvre@wanadoo.fr;19/07/1983;+33658174026;75011
Numeric value '+33 6 21 94 70 38' is not recognized	contacts/2024-06-20/contacts_fr.csv.gz	1093	51	136402	conversion	100038	22018	"CONTACTS"["TELEPHONE":6]	1092	1093	C-30577;Karim;Haddad;karim.haddad@outlook.fr;1979-03-14;+33 6 21 94 70 38;13005

TELEPHONE est en NUMBER dans la table, c'est sûrement ça. Mais pourquoi la date de Nadège passe pas alors que DATE_FORMAT = 'DD/MM/YYYY' dans csv_fr ?`,
    // The job UUID, line and byte offsets, error codes, client ids and postcodes are not ours.
    expected: [
      ['DATE_OF_BIRTH', '19/07/1983'],
      ['PERSON', 'Nadège'],
      ['PERSON', 'Lefebvre-Aubry'],
      ['EMAIL', 'nadege.lefebvre@wanadoo.fr'],
      ['DATE_OF_BIRTH', '19/07/1983'],
      ['PHONE', '+33658174026'],
      ['PHONE', '+33 6 21 94 70 38'],
      ['PERSON', 'Karim'],
      ['PERSON', 'Haddad'],
      ['EMAIL', 'karim.haddad@outlook.fr'],
      ['DATE_OF_BIRTH', '1979-03-14'],
      ['PHONE', '+33 6 21 94 70 38'],
      ['PERSON', 'Nadège'],
    ],
  },
  {
    name: 'Norwegian Snowflake MERGE from Python: connect() with a password in the cell, then ProgrammingError 100090 "Duplicate row detected during DML action" with Row Values quoting the staged row; the service user and account locator',
    text: `conn = snowflake.connector.connect(
    account="kx48213.eu-west-1",
    user="SVC_CRM_MERGE",
    password="${sfPw}",
    warehouse="TRANSFORM_WH", database="CRM", schema="CORE",
)
cur = conn.cursor()
cur.execute(open("sql/merge_kunder.sql").read())
---------------------------------------------------------------------------
ProgrammingError                          Traceback (most recent call last)
Cell In[4], line 2
      1 cur = conn.cursor()
----> 2 cur.execute(open("sql/merge_kunder.sql").read())

ProgrammingError: 100090 (42P18): 01b52d0a-0403-9c11-0000-4b2d0013f1a6: Duplicate row detected during DML action
Row Values: [48812, "Ingrid", "Solberg", "ingrid.solberg@online.no", "+47 913 48 205", "1972-09-14", "2024-06-20 04:00:11.482"]

Hvorfor feiler MERGE? Ingrid ligger to ganger i STG_KUNDER etter at CRM sendte hele filen på nytt. ERROR_ON_NONDETERMINISTIC_MERGE er på.`,
    // The query id, the customer number, the load timestamp, the account locator and the service user are not ours.
    expected: [
      ['SECRET', sfPw],
      ['PERSON', 'Ingrid'],
      ['PERSON', 'Solberg'],
      ['EMAIL', 'ingrid.solberg@online.no'],
      ['PHONE', '+47 913 48 205'],
      ['DATE_OF_BIRTH', '1972-09-14'],
      ['PERSON', 'Ingrid'],
    ],
  },
  // ---------------------------------------------------------------- orchestration
  {
    name: 'Nigerian Airflow task logs: a PythonOperator returning KYC records to XCom ("Done. Returned value was: […]"), then the downstream task pulling them and failing with a KeyError; run ids, job ids, pids and masked BVN fragments',
    text: `[2024-06-21, 05:00:14 UTC] {taskinstance.py:2306} INFO - Starting attempt 1 of 3
[2024-06-21, 05:00:14 UTC] {taskinstance.py:2330} INFO - Executing <Task(PythonOperator): fetch_kyc_updates> on 2024-06-20 05:00:00+00:00
[2024-06-21, 05:00:14 UTC] {standard_task_runner.py:63} INFO - Started process 48213 to run task
[2024-06-21, 05:00:14 UTC] {standard_task_runner.py:90} INFO - Running: ['airflow', 'tasks', 'run', 'kyc_sync', 'fetch_kyc_updates', 'scheduled__2024-06-20T05:00:00+00:00', '--job-id', '88213', '--raw', '--subdir', 'DAGS_FOLDER/kyc_sync.py', '--cfg-path', '/tmp/tmpk2v9x8r1']
[2024-06-21, 05:00:15 UTC] {base.py:84} INFO - Using connection ID 'kyc_api' for task execution.
[2024-06-21, 05:00:16 UTC] {python.py:237} INFO - Done. Returned value was: [{'customer_id': 'NG-0091827', 'full_name': 'Oluwaseun Adebayo', 'phone': '+234 803 417 2298', 'email': 'seun.adebayo@yahoo.co.uk', 'dob': '1991-01-26', 'bvn_last4': '4471', 'kyc_status': 'verified'}, {'customer_id': 'NG-0091834', 'full_name': 'Chiamaka Eze-Okonkwo', 'phone': '0809 552 1834', 'email': 'chiamaka.eze@gmail.com', 'dob': '1999-07-13', 'bvn_last4': '0926', 'kyc_status': 'pending'}]
[2024-06-21, 05:00:16 UTC] {taskinstance.py:1206} INFO - Marking task as SUCCESS. dag_id=kyc_sync, task_id=fetch_kyc_updates, run_id=scheduled__2024-06-20T05:00:00+00:00, execution_date=20240620T050000, start_date=20240621T050014, end_date=20240621T050016
--- upsert_customers, attempt 1 ---
[2024-06-21, 05:00:21 UTC] {logging_mixin.py:188} INFO - pulled 2 records from XCom key=return_value
[2024-06-21, 05:00:21 UTC] {taskinstance.py:2905} ERROR - Task failed with exception
Traceback (most recent call last):
  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/models/taskinstance.py", line 465, in _execute_task
    result = _execute_callable(context=context, **execute_callable_kwargs)
  File "/opt/airflow/dags/kyc_sync.py", line 74, in upsert_customers
    "email": rec["customer_email"],
KeyError: 'customer_email'
[2024-06-21, 05:00:21 UTC] {taskinstance.py:1206} INFO - Marking task as UP_FOR_RETRY. dag_id=kyc_sync, task_id=upsert_customers, run_id=scheduled__2024-06-20T05:00:00+00:00`,
    // bvn_last4 fragments, customer ids, pids, job ids, run ids and execution dates are not ours.
    expected: [
      ['PERSON', 'Oluwaseun Adebayo'],
      ['PHONE', '+234 803 417 2298'],
      ['EMAIL', 'seun.adebayo@yahoo.co.uk'],
      ['DATE_OF_BIRTH', '1991-01-26'],
      ['PERSON', 'Chiamaka Eze-Okonkwo'],
      ['PHONE', '0809 552 1834'],
      ['EMAIL', 'chiamaka.eze@gmail.com'],
      ['DATE_OF_BIRTH', '1999-07-13'],
    ],
  },
  {
    name: "Indian Airflow EmailOperator failing with SMTPRecipientsRefused: the rendered to-list with a person and a team mailbox, the refused address quoted again inside the server's bytes reply, a masked connection URI, the analyst naming the colleague who left",
    text: `[2024-06-21, 07:30:01 IST] {taskinstance.py:2330} INFO - Executing <Task(EmailOperator): email_settlement_report> on 2024-06-20 02:00:00+00:00
[2024-06-21, 07:30:01 IST] {abstractoperator.py:725} INFO - Rendered to=['p.raghunathan@finvista-partners.in', 'recon-team@finvista.in'] subject='Settlement report 2024-06-20 (T+1)' files=['/opt/airflow/data/settlement/2024-06-20/summary.xlsx']
[2024-06-21, 07:30:02 IST] {base.py:84} INFO - Using connection ID 'smtp_default' for task execution.
[2024-06-21, 07:30:02 IST] {email.py:271} INFO - Email alerting: attempt 1 (conn: smtp://alerts:***@smtp.office365.com:587)
[2024-06-21, 07:30:03 IST] {taskinstance.py:2905} ERROR - Task failed with exception
Traceback (most recent call last):
  File "/home/airflow/.local/lib/python3.10/site-packages/airflow/operators/email.py", line 79, in execute
    send_email(
  File "/home/airflow/.local/lib/python3.10/site-packages/airflow/utils/email.py", line 281, in send_mime_email
    smtp_conn.sendmail(e_from, e_to, mime_msg.as_string())
  File "/usr/local/lib/python3.10/smtplib.py", line 901, in sendmail
    raise SMTPRecipientsRefused(senderrs)
smtplib.SMTPRecipientsRefused: {'p.raghunathan@finvista-partners.in': (550, b'5.1.1 <p.raghunathan@finvista-partners.in>: Recipient address rejected: User unknown in virtual mailbox table')}
[2024-06-21, 07:30:03 IST] {taskinstance.py:1206} INFO - Marking task as UP_FOR_RETRY. dag_id=settlement_report_daily, task_id=email_settlement_report, run_id=scheduled__2024-06-20T02:00:00+00:00, execution_date=20240620T020000, start_date=20240621T020001, end_date=20240621T020003
[2024-06-21, 07:30:03 IST] {standard_task_runner.py:110} ERROR - Failed to execute job 771204 for task email_settlement_report (airflow-worker-2.finvista.internal)

Priya Raghunathan left last month and her mailbox is gone. How do I stop one dead address from failing the whole task?`,
    // The masked connection password, the SMTP relay host, the worker host, file paths and run ids
    // are not ours; the team mailbox is an address like any other.
    expected: [
      ['EMAIL', 'p.raghunathan@finvista-partners.in'],
      ['EMAIL', 'recon-team@finvista.in'],
      ['EMAIL', 'p.raghunathan@finvista-partners.in'],
      ['EMAIL', 'p.raghunathan@finvista-partners.in'],
      ['PERSON', 'Priya Raghunathan'],
    ],
  },
  // ---------------------------------------------------------------- message queues
  {
    name: 'Brazilian Spring Kafka consumer: a Jackson InvalidFormatException on a dd/MM/yyyy LocalDate with the whole event quoted in [Source: (byte[])"…"], the DLT recovery line with topic, partition and offset; a CPF and a street',
    text: `2024-05-20 13:44:02.118 ERROR 1 --- [ntainer#0-0-C-1] o.s.k.l.KafkaMessageListenerContainer    : Error handler threw an exception

org.springframework.kafka.KafkaException: Seek to current after exception
Caused by: org.springframework.kafka.listener.ListenerExecutionFailedException: Listener failed
Caused by: org.springframework.kafka.support.serializer.DeserializationException: failed to deserialize
Caused by: com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type \`java.time.LocalDate\` from String "05/10/1982": Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text '05/10/1982' could not be parsed at index 0
 at [Source: (byte[])"{"clienteId":"c-77120","nome":"Beatriz Conceição","cpf":"402.118.637-20","email":"bia.conceicao@uol.com.br","celular":"+55 21 99718-4402","dataNascimento":"05/10/1982","endereco":{"logradouro":"Rua Voluntários da Pátria","numero":"214","bairro":"Botafogo","cidade":"Rio de Janeiro"}}"; line: 1, column: 181] (through reference chain: br.com.lojaverde.cliente.ClienteCriadoEvento["dataNascimento"])
	at com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)
	at com.fasterxml.jackson.databind.DeserializationContext.weirdStringException(DeserializationContext.java:1958)
	at com.fasterxml.jackson.datatype.jsr310.deser.JSR310DeserializerBase._handleDateTimeException(JSR310DeserializerBase.java:114)
	... 31 common frames omitted
2024-05-20 13:44:02.120  WARN 1 --- [ntainer#0-0-C-1] o.s.k.l.DeadLetterPublishingRecoverer    : Record sent to DLT: topic=clientes.criados, partition=4, offset=2281934 -> clientes.criados.DLT

Por que o consumidor não aceita a data? O front manda dd/MM/yyyy e o DTO está com LocalDate sem @JsonFormat. Coloco o pattern no campo ou um ObjectMapper global?`,
    // The CPF, the client id, the street, topic, partition and offset are not ours.
    expected: [
      ['DATE_OF_BIRTH', '05/10/1982'],
      ['DATE_OF_BIRTH', '05/10/1982'],
      ['PERSON', 'Beatriz Conceição'],
      ['EMAIL', 'bia.conceicao@uol.com.br'],
      ['PHONE', '+55 21 99718-4402'],
      ['DATE_OF_BIRTH', '05/10/1982'],
    ],
  },
  {
    name: 'Turkish confluent-kafka consumer logging JSON lines: the consumer config with a masked SASL password, a processed order with ad and soyad apart, then a poison-pill JSONDecodeError quoting the raw message with escaped quotes; a neighbourhood named after Atatürk',
    text: `{"ts":"2024-06-22T09:14:01.902Z","level":"INFO","logger":"orders-enricher","msg":"consumer config","config":{"bootstrap.servers":"b-1.msk-prod.kafka.eu-central-1.amazonaws.com:9096","group.id":"orders-enricher","security.protocol":"SASL_SSL","sasl.username":"svc-orders-consumer","sasl.password":"********","auto.offset.reset":"earliest"}}
{"ts":"2024-06-22T09:14:02.118Z","level":"INFO","logger":"orders-enricher","msg":"processed","topic":"orders.v2","partition":3,"offset":1188213,"key":"ORD-2024-558120","payload":{"order_id":"ORD-2024-558120","customer":{"ad":"Emre","soyad":"Yıldırım","email":"emre.yildirim@hotmail.com.tr","telefon":"+90 532 418 27 63"},"teslimat":{"adres":"Atatürk Mah. 4. Sok. No:12 D:5","ilce":"Çankaya","il":"Ankara"},"tutar":"1249.90","para_birimi":"TRY"}}
{"ts":"2024-06-22T09:14:02.131Z","level":"ERROR","logger":"orders-enricher","msg":"poison pill, skipping","topic":"orders.v2","partition":3,"offset":1188214,"error":"JSONDecodeError: Expecting ',' delimiter: line 1 column 183 (char 182)","raw":"{\\"order_id\\":\\"ORD-2024-558121\\",\\"customer\\":{\\"ad\\":\\"Zeynep\\",\\"soyad\\":\\"Arslan Kaya\\",\\"email\\":\\"zeynep.arslankaya@gmail.com\\",\\"telefon\\":\\"0 (533) 712 48 09\\" \\"tckn\\":\\"***\\"},\\"tutar\\":\\"389.00\\"}"}
{"ts":"2024-06-22T09:14:02.140Z","level":"INFO","logger":"orders-enricher","msg":"committed","topic":"orders.v2","partition":3,"offset":1188215}

Zeynep Hanım'ın siparişi neden atlandı? Üretici tarafında telefon alanından sonra virgül mü eksik? Bu mesajı DLQ'ya nasıl yönlendiririm?`,
    // The masked password and TCKN, the SASL username, broker host, order ids, offsets and the
    // Atatürk Mahallesi address are not ours; Hanım is a title.
    expected: [
      ['PERSON', 'Emre'],
      ['PERSON', 'Yıldırım'],
      ['EMAIL', 'emre.yildirim@hotmail.com.tr'],
      ['PHONE', '+90 532 418 27 63'],
      ['PERSON', 'Zeynep'],
      ['PERSON', 'Arslan Kaya'],
      ['EMAIL', 'zeynep.arslankaya@gmail.com'],
      ['PHONE', '0 (533) 712 48 09'],
      ['PERSON', 'Zeynep'],
    ],
  },
  {
    name: 'Philippine Kafka Connect JDBC sink: a DEBUG line with the failing SinkRecord and its value Struct{…} toString, then the BatchUpdateException quoting the INSERT with values; a mobile field holding two numbers',
    text: `[2024-06-22 11:02:44,116] DEBUG [jdbc-sink-customers|task-0] Failing record: SinkRecord{kafkaOffset=771204, timestampType=CreateTime} ConnectRecord{topic='cdc.public.customers', kafkaPartition=2, key=Struct{id=90214}, keySchema=Schema{cdc.public.customers.Key:STRUCT}, value=Struct{id=90214,first_name=Maricel,last_name=Dizon-Bautista,email=maricel.dizon@yahoo.com.ph,mobile=+63 917 482 3301 / 8-7004-2219,birth_date=1993-10-09,city=Quezon City}, valueSchema=Schema{cdc.public.customers.Value:STRUCT}, timestamp=1719025364117, headers=ConnectHeaders(headers=)} (io.confluent.connect.jdbc.sink.JdbcSinkTask:98)
[2024-06-22 11:02:44,117] WARN [jdbc-sink-customers|task-0] Write of 1 records failed, remainingRetries=0 (io.confluent.connect.jdbc.sink.JdbcSinkTask:101)
[2024-06-22 11:02:44,118] ERROR [jdbc-sink-customers|task-0] WorkerSinkTask{id=jdbc-sink-customers-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted. Error: java.sql.SQLException: Exception chain:
java.sql.BatchUpdateException: Batch entry 0 INSERT INTO "customers" ("id","first_name","last_name","email","mobile","birth_date","city") VALUES (90214,'Maricel','Dizon-Bautista','maricel.dizon@yahoo.com.ph','+63 917 482 3301 / 8-7004-2219','1993-10-09','Quezon City') ON CONFLICT ("id") DO UPDATE SET "first_name"=EXCLUDED."first_name","last_name"=EXCLUDED."last_name","email"=EXCLUDED."email","mobile"=EXCLUDED."mobile","birth_date"=EXCLUDED."birth_date","city"=EXCLUDED."city" was aborted: ERROR: value too long for type character varying(20)  Call getNextException to see other errors in the batch.
org.postgresql.util.PSQLException: ERROR: value too long for type character varying(20)
 (org.apache.kafka.connect.runtime.WorkerSinkTask:612)
org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.
	at org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:614)
	at org.apache.kafka.connect.runtime.WorkerSinkTask.poll(WorkerSinkTask.java:336)`,
    // Offsets, the partition, the epoch-millisecond timestamp, the id and the city are not ours.
    expected: [
      ['PERSON', 'Maricel'],
      ['PERSON', 'Dizon-Bautista'],
      ['EMAIL', 'maricel.dizon@yahoo.com.ph'],
      ['PHONE', '+63 917 482 3301'],
      ['PHONE', '8-7004-2219'],
      ['DATE_OF_BIRTH', '1993-10-09'],
      ['PERSON', 'Maricel'],
      ['PERSON', 'Dizon-Bautista'],
      ['EMAIL', 'maricel.dizon@yahoo.com.ph'],
      ['PHONE', '+63 917 482 3301'],
      ['PHONE', '8-7004-2219'],
      ['DATE_OF_BIRTH', '1993-10-09'],
    ],
  },
  // ---------------------------------------------------------------- SaaS SDKs
  {
    name: 'US Stripe notebook with stripe.log="debug": a live secret key in the cell, Post details with the URL-encoded e-mail and a plus-joined name, the customer JSON, a declined PaymentIntent and CardError with request id, customer and payment-method ids, last4 and a ZIP',
    text: `stripe.api_key = "${stripeKey}"
stripe.log = "debug"
cust = stripe.Customer.create(email=row.email, name=row.name, phone=row.phone, metadata={"crm_id": row.crm_id})
stripe.PaymentIntent.create(amount=4900, currency="usd", customer=cust.id, payment_method=row.pm_id, off_session=True, confirm=True)

message='Request to Stripe api' method=post url=https://api.stripe.com/v1/customers
message='Post details' post_data=email=darnell.whitaker%40gmail.com&metadata[crm_id]=C-44102&name=Darnell+Whitaker&phone=4045583172
message='Stripe API response' path=https://api.stripe.com/v1/customers response_code=200
message='API response body' body='{\\n  "id": "cus_QK8vN2xLm4Tz7P",\\n  "object": "customer",\\n  "email": "darnell.whitaker@gmail.com",\\n  "name": "Darnell Whitaker",\\n  "phone": "4045583172",\\n  "livemode": true\\n}'
message='Request to Stripe api' method=post url=https://api.stripe.com/v1/payment_intents
message='Post details' post_data=amount=4900&confirm=True&currency=usd&customer=cus_QK8vN2xLm4Tz7P&off_session=True&payment_method=pm_1PTx4kLm2vQ8zR3nYc7Wd0aB
message='Stripe API response' path=https://api.stripe.com/v1/payment_intents response_code=402
message='Stripe v1 API error received' error_code=card_declined error_type=card_error error_message='Your card was declined.' error_param=None
---------------------------------------------------------------------------
CardError                                 Traceback (most recent call last)
Cell In[12], line 4
CardError: Request req_Q8xN2mLk4vT7Zp: Your card was declined.

e.json_body["error"]["payment_method"]["billing_details"], e.json_body["error"]["payment_method"]["card"]["last4"]
({'address': {'city': None, 'country': 'US', 'line1': None, 'line2': None, 'postal_code': '30310', 'state': None}, 'email': None, 'name': 'Darnell Whitaker', 'phone': None}, '0341')

decline_code is insufficient_funds. is it ok to retry off-session tomorrow or will that get us flagged?`,
    // The customer, payment-method and request ids, the CRM id, amounts, last4 and the ZIP are not ours;
    // the URL-encoded address and the plus-joined name are still his.
    expected: [
      ['SECRET', stripeKey],
      ['EMAIL', 'darnell.whitaker%40gmail.com'],
      ['PERSON', 'Darnell+Whitaker'],
      ['PHONE', '4045583172'],
      ['EMAIL', 'darnell.whitaker@gmail.com'],
      ['PERSON', 'Darnell Whitaker'],
      ['PHONE', '4045583172'],
      ['PERSON', 'Darnell Whitaker'],
    ],
  },
  {
    name: "Spanish Twilio reminder loop: the client built with the account SID and an auth token, the printed params with the patient's number, the clinic sender and a body naming patient and doctor, a TwilioRestException quoting the number in E.164, then the row with the patient's full name",
    text: `from twilio.rest import Client
client = Client("${twilioSid}", "${twilioToken}")
for cita in citas_manana.itertuples():
    params = dict(to=cita.telefono, from_="+34 644 21 09 87",
                  body=f"Hola {cita.nombre.split()[0]}, tu cita con la Dra. {cita.medico} es el {cita.fecha:%d/%m} a las {cita.hora}. Responde SI para confirmar.")
    print(params)
    client.messages.create(**params)

{'to': '+34 914 83 27 16', 'from_': '+34 644 21 09 87', 'body': 'Hola Sebastián, tu cita con la Dra. Lucía Ferrer Sanz es el 12/06 a las 10:30. Responde SI para confirmar.'}
---------------------------------------------------------------------------
TwilioRestException                       Traceback (most recent call last)
Cell In[21], line 6
      4 params = dict(to=cita.telefono, from_="+34 644 21 09 87",
      5               body=f"Hola {cita.nombre.split()[0]}, tu cita con la Dra. {cita.medico} es el {cita.fecha:%d/%m} a las {cita.hora}. Responde SI para confirmar.")
----> 6 client.messages.create(**params)

TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number +34914832716 is not a valid mobile number.

citas_manana.loc[citas_manana.telefono == "+34 914 83 27 16", ["paciente_id", "nombre", "telefono", "medico", "fecha"]]
   paciente_id                   nombre          telefono             medico       fecha
17    P-048821  Sebastián Quiroga Marín  +34 914 83 27 16  Lucía Ferrer Sanz  2024-06-12

Es un fijo de Madrid. ¿Cómo filtro los fijos antes de enviar, con phonenumbers.number_type?`,
    // The account SID is an identifier, not a credential; the clinic's sender number counts as a
    // phone; patient id and appointment date are not ours; Dra. is a title.
    expected: [
      ['SECRET', twilioToken],
      ['PHONE', '+34 644 21 09 87'],
      ['PHONE', '+34 914 83 27 16'],
      ['PHONE', '+34 644 21 09 87'],
      ['PERSON', 'Sebastián'],
      ['PERSON', 'Lucía Ferrer Sanz'],
      ['PHONE', '+34 644 21 09 87'],
      ['PHONE', '+34914832716'],
      ['PHONE', '+34 914 83 27 16'],
      ['PERSON', 'Sebastián Quiroga Marín'],
      ['PHONE', '+34 914 83 27 16'],
      ['PERSON', 'Lucía Ferrer Sanz'],
    ],
  },
  {
    name: 'German SendGrid send failing with BadRequestsError: the API key in the cell, the error body bytes naming the field, the message JSON whose to-email holds "Name <address>", a company newsletter sender, a template id and a voucher code',
    text: `sg = SendGridAPIClient("${sendgridKey}")
message = Mail(from_email=("newsletter@radhaus-elbufer.de", "Radhaus Elbufer"), to_emails=kunde["email"], subject="Dein Frühlings-Gutschein")
message.template_id = "d-8f2a61c0b74e4d1f9a3c5e07b2d6f418"
message.dynamic_template_data = {"vorname": kunde["vorname"], "gutschein": "FRUEHLING24-7QX"}
try:
    sg.send(message)
except Exception as e:
    print(e)
    print(e.body)
    print(json.dumps(message.get(), indent=2, ensure_ascii=False))

HTTP Error 400: Bad Request
b'{"errors":[{"message":"Does not contain a valid address.","field":"personalizations.0.to.0.email","help":"http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.personalizations.to"}]}'
{
  "from": {
    "name": "Radhaus Elbufer",
    "email": "newsletter@radhaus-elbufer.de"
  },
  "subject": "Dein Frühlings-Gutschein",
  "personalizations": [
    {
      "to": [
        {
          "email": "Frank Brandt <f.brandt@arcor.de>"
        }
      ],
      "dynamic_template_data": {
        "vorname": "Frank",
        "gutschein": "FRUEHLING24-7QX"
      }
    }
  ],
  "template_id": "d-8f2a61c0b74e4d1f9a3c5e07b2d6f418"
}

Im CRM steht im Feld E-Mail tatsächlich "Frank Brandt <f.brandt@arcor.de>". Wie trenne ich Name und Adresse sauber, email.utils.parseaddr?`,
    // The shop's newsletter sender counts as an address; the company name, template id and voucher code are not ours.
    expected: [
      ['SECRET', sendgridKey],
      ['EMAIL', 'newsletter@radhaus-elbufer.de'],
      ['EMAIL', 'newsletter@radhaus-elbufer.de'],
      ['PERSON', 'Frank Brandt'],
      ['EMAIL', 'f.brandt@arcor.de'],
      ['PERSON', 'Frank'],
      ['PERSON', 'Frank Brandt'],
      ['EMAIL', 'f.brandt@arcor.de'],
    ],
  },
  // ---------------------------------------------------------------- application logs (Java, search)
  {
    name: 'Indian Spring Boot log: Hibernate SqlExceptionHelper with "Detail: Key (phone)=(…) already exists", the controller logging a Lombok Patient(…) toString with a masked Aadhaar, then DataIntegrityViolationException and its cause',
    text: `2024-06-11 09:12:44.310  WARN 7 --- [nio-8080-exec-4] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: 23505
2024-06-11 09:12:44.310 ERROR 7 --- [nio-8080-exec-4] o.h.engine.jdbc.spi.SqlExceptionHelper   : ERROR: duplicate key value violates unique constraint "uk_patient_phone"
  Detail: Key (phone)=(+91 98450 31276) already exists.
2024-06-11 09:12:44.318 ERROR 7 --- [nio-8080-exec-4] c.m.clinic.web.PatientController         : Failed to register Patient(id=null, firstName=Anand, lastName=Venkataraman, email=anand.venkat@rediffmail.com, phone=+91 98450 31276, dateOfBirth=1958-04-02, aadhaarMasked=XXXX-XXXX-4821, createdBy=frontdesk02)

org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_patient_phone]
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:233)
	at com.medisetu.clinic.service.PatientService$$SpringCGLIB$$0.register(<generated>)
	at com.medisetu.clinic.web.PatientController.register(PatientController.java:58)
Caused by: org.hibernate.exception.ConstraintViolationException: could not execute statement
	at org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:95)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_patient_phone"
  Detail: Key (phone)=(+91 98450 31276) already exists.

Mr. Venkataraman's son registered with the same number last week. Family members share phones all the time here – drop the unique index or key on (phone, dateOfBirth)?`,
    // The masked Aadhaar, the front-desk username, thread names and the constraint are not ours; Mr. is a title.
    expected: [
      ['PHONE', '+91 98450 31276'],
      ['PERSON', 'Anand'],
      ['PERSON', 'Venkataraman'],
      ['EMAIL', 'anand.venkat@rediffmail.com'],
      ['PHONE', '+91 98450 31276'],
      ['DATE_OF_BIRTH', '1958-04-02'],
      ['PHONE', '+91 98450 31276'],
      ['PERSON', 'Venkataraman'],
    ],
  },
  {
    name: 'Dutch Spring Batch direct-debit import: a DataIntegrityViolationException with "Key (iban)=(…) already exists", then a skip listener logging two Klant[…] record toStrings sharing the IBAN; mandate ids and signing dates',
    text: `2024-06-24 02:14:07.551  INFO 1 --- [           main] o.s.batch.core.job.SimpleStepHandler     : Executing step: [importMachtigingen]
2024-06-24 02:14:09.118 ERROR 1 --- [           main] o.s.batch.core.step.AbstractStep         : Encountered an error executing step importMachtigingen in job incassoImportJob
org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [INSERT INTO machtiging (klantnummer, voornaam, achternaam, iban, geboortedatum, mandaat_id, getekend_op) VALUES (?, ?, ?, ?, ?, ?, ?)]; ERROR: duplicate key value violates unique constraint "uq_machtiging_iban"
  Detail: Key (iban)=(NL79ABNA0417782309) already exists.
	at org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(SQLErrorCodeSQLExceptionTranslator.java:243)
	at org.springframework.batch.item.database.JdbcBatchItemWriter.write(JdbcBatchItemWriter.java:194)
2024-06-24 02:14:09.120  WARN 1 --- [           main] n.w.i.batch.MachtigingSkipListener       : Skipping item: Klant[klantnummer=K-88120, voornaam=Sanne, achternaam=de Groot-Veenstra, iban=NL79ABNA0417782309, geboortedatum=1987-12-19, mandaatId=MND-2024-004418, getekendOp=2024-06-20]
2024-06-24 02:14:09.121  WARN 1 --- [           main] n.w.i.batch.MachtigingSkipListener       : Existing: Klant[klantnummer=K-61207, voornaam=Joost, achternaam=de Groot, iban=NL79ABNA0417782309, geboortedatum=1985-03-02, mandaatId=MND-2019-020931, getekendOp=2019-11-04]
2024-06-24 02:14:09.402  INFO 1 --- [           main] o.s.batch.core.step.AbstractStep         : Step: [importMachtigingen] executed in 1s851ms

Sanne en Joost zijn getrouwd en delen één rekening. Moet de unique constraint op iban weg, of wordt het (iban, klantnummer)?`,
    // Customer numbers, mandate ids and signing dates are not ours.
    expected: [
      ['IBAN', 'NL79ABNA0417782309'],
      ['PERSON', 'Sanne'],
      ['PERSON', 'de Groot-Veenstra'],
      ['IBAN', 'NL79ABNA0417782309'],
      ['DATE_OF_BIRTH', '1987-12-19'],
      ['PERSON', 'Joost'],
      ['PERSON', 'de Groot'],
      ['IBAN', 'NL79ABNA0417782309'],
      ['DATE_OF_BIRTH', '1985-03-02'],
      ['PERSON', 'Sanne'],
      ['PERSON', 'Joost'],
    ],
  },
  {
    name: 'Belgian elasticsearch-py BulkIndexError: pprint of e.errors[0] with the source under data (nom, prenom, GSM, IBAN, national number) and a date-parsing error quoting the birth date three times; a question in French',
    text: `>>> helpers.bulk(es, actions(contacts))
elasticsearch.helpers.BulkIndexError: 1 document(s) failed to index.
>>> from pprint import pprint; pprint(e.errors[0], width=110)
{'index': {'_id': 'c-58812',
           '_index': 'crm-contacts-2024.06',
           'data': {'date_naissance': '12/03/1979',
                    'email': 'aurelie.dewaele@skynet.be',
                    'gsm': '+32 478 21 93 07',
                    'iban': 'BE41068259172610',
                    'nom': 'Dewaele',
                    'numero_national': '79.03.12-284.61',
                    'prenom': 'Aurélie'},
           'error': {'caused_by': {'caused_by': {'reason': 'Failed to parse with all enclosed parsers',
                                                 'type': 'date_time_parse_exception'},
                                   'reason': 'failed to parse date field [12/03/1979] with format '
                                             '[strict_date_optional_time||epoch_millis]',
                                   'type': 'illegal_argument_exception'},
                     'reason': "[1:148] failed to parse field [date_naissance] of type [date] in document with id 'c-58812'. Preview of field's value: '12/03/1979'",
                     'type': 'document_parsing_exception'},
           'status': 400}}

Le mapping est en date stricte. Je reformate en ISO côté Python ou j'ajoute "dd/MM/yyyy" au format du mapping ?`,
    // The national register number (which encodes the birth date), the document id and the index name are not ours.
    expected: [
      ['DATE_OF_BIRTH', '12/03/1979'],
      ['EMAIL', 'aurelie.dewaele@skynet.be'],
      ['PHONE', '+32 478 21 93 07'],
      ['IBAN', 'BE41068259172610'],
      ['PERSON', 'Dewaele'],
      ['PERSON', 'Aurélie'],
      ['DATE_OF_BIRTH', '12/03/1979'],
      ['DATE_OF_BIRTH', '12/03/1979'],
    ],
  },
  {
    name: 'Czech Logstash WARN "Could not index event": the Ruby-hash event with an X-Forwarded-For pair in client.ip, a user e-mail, a bearer JWT in the headers, and the mapper error quoting the two addresses twice; a request UUID and an ES-generated id',
    text: `[2024-06-12T08:31:22,118][WARN ][logstash.outputs.elasticsearch][main][4f1c9e0b7a2d] Could not index event to Elasticsearch. {:status=>400, :action=>["index", {:_id=>nil, :_index=>"weblogs-2024.06.12", :routing=>nil}, {"@timestamp"=>2024-06-12T08:31:21.904Z, "client"=>{"ip"=>"81.164.22.193, 10.0.4.18"}, "user"=>{"email"=>"jana.sklenarova@seznam.cz", "id"=>"usr_30418"}, "http"=>{"request"=>{"method"=>"POST", "headers"=>{"authorization"=>"Bearer ${shopJwt}", "x_request_id"=>"c7a1e0f4-93b2-4d58-a6e1-0f2b7c9d4e31"}}, "response"=>{"status_code"=>200}}, "url"=>{"path"=>"/api/v1/cart/checkout"}, "user_agent"=>{"original"=>"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"}, "@version"=>"1"}], :response=>{"index"=>{"_index"=>"weblogs-2024.06.12", "_id"=>"xK9vQpABm2Lr4Tz8WnC1", "status"=>400, "error"=>{"type"=>"document_parsing_exception", "reason"=>"[1:62] failed to parse field [client.ip] of type [ip] in document with id 'xK9vQpABm2Lr4Tz8WnC1'. Preview of field's value: '81.164.22.193, 10.0.4.18'", "caused_by"=>{"type"=>"illegal_argument_exception", "reason"=>"'81.164.22.193, 10.0.4.18' is not an IP string literal."}}}}}

The nginx in front passes the whole X-Forwarded-For into client.ip. Split it in the pipeline and keep the first one? Also we should probably not be logging the authorization header at all...`,
    // The pipeline id, the request UUID, the generated document id, the user id and the browser version are not ours.
    expected: [
      ['IP_ADDRESS', '81.164.22.193'],
      ['IP_ADDRESS', '10.0.4.18'],
      ['EMAIL', 'jana.sklenarova@seznam.cz'],
      ['SECRET', shopJwt],
      ['IP_ADDRESS', '81.164.22.193'],
      ['IP_ADDRESS', '10.0.4.18'],
      ['IP_ADDRESS', '81.164.22.193'],
      ['IP_ADDRESS', '10.0.4.18'],
    ],
  },
  // ---------------------------------------------------------------- schema validation
  {
    name: 'Swiss jsonschema ValidationError on a phone pattern: the application printed first (vorname and nachname apart, an AHV number), then "does not match", the schema path and "On instance[\'kontakte\'][1][\'telefon\']"; a question in German',
    text: `>>> pprint(antrag)
{'antragsnummer': 'A-2024-118204',
 'antragsteller': {'ahv': '756.4821.0937.12',
                   'email': 'mirela.dragovic@bluewin.ch',
                   'geburtsdatum': '1985-06-11',
                   'nachname': 'Dragović',
                   'vorname': 'Mirela'},
 'eingang': '2024-06-14',
 'kontakte': [{'art': 'privat', 'telefon': '+41 44 382 17 90'}, {'art': 'mobil', 'telefon': '079 418 22 63'}]}
>>> validate(instance=antrag, schema=ANTRAG_SCHEMA)
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
  File "/srv/intake/.venv/lib/python3.12/site-packages/jsonschema/validators.py", line 1332, in validate
    raise error
jsonschema.exceptions.ValidationError: '079 418 22 63' does not match '^\\\\+[1-9]\\\\d{7,14}$'

Failed validating 'pattern' in schema['properties']['kontakte']['items']['properties']['telefon']:
    {'pattern': '^\\\\+[1-9]\\\\d{7,14}$', 'type': 'string'}

On instance['kontakte'][1]['telefon']:
    '079 418 22 63'

Wie normalisiere ich Schweizer Nummern vor der Validierung auf E.164 – reicht phonenumbers.parse(x, "CH")?`,
    // The AHV number, the application number and the receipt date are not ours.
    expected: [
      ['EMAIL', 'mirela.dragovic@bluewin.ch'],
      ['DATE_OF_BIRTH', '1985-06-11'],
      ['PERSON', 'Dragović'],
      ['PERSON', 'Mirela'],
      ['PHONE', '+41 44 382 17 90'],
      ['PHONE', '079 418 22 63'],
      ['PHONE', '079 418 22 63'],
      ['PHONE', '079 418 22 63'],
    ],
  },
  {
    name: 'Québec Node ingest API logging a pino JSON line when ajv rejects a payload: the errors array with instancePath and patterns, the redacted authorization header, an X-Forwarded-For client, the payload with nom, prenom, an impossible dob, courriel and tel; masked SIN and a RAMQ number',
    text: `{"level":50,"time":1718093112345,"pid":41,"hostname":"ingest-api-7c9f6d5b8-x2lqp","reqId":"req-3f","req":{"method":"POST","url":"/v2/patients","headers":{"authorization":"[Redacted]","x-forwarded-for":"24.48.117.203"}},"msg":"payload rejected","errors":[{"instancePath":"/patient/dob","schemaPath":"#/properties/patient/properties/dob/format","keyword":"format","params":{"format":"date"},"message":"must match format \\"date\\""},{"instancePath":"/patient/tel","schemaPath":"#/properties/patient/properties/tel/pattern","keyword":"pattern","params":{"pattern":"^\\\\d{3}-\\\\d{3}-\\\\d{4}$"},"message":"must match pattern \\"^\\\\d{3}-\\\\d{3}-\\\\d{4}$\\""}],"payload":{"patient":{"nom":"Tremblay","prenom":"Geneviève","dob":"1977-13-04","courriel":"gen.tremblay@videotron.ca","tel":"514 882-4107","nas":"***-***-412","ramq":"TREG 7763 0415"}}}
{"level":30,"time":1718093112347,"pid":41,"hostname":"ingest-api-7c9f6d5b8-x2lqp","reqId":"req-3f","res":{"statusCode":422},"responseTime":4.21,"msg":"request completed"}

Le 13 c'est le mois? Selon la clinique elle est née le 4 mars 1977, donc le formulaire inverse jour et mois. On corrige côté client ou on accepte AAAA-JJ-MM ?`,
    // The masked SIN, the RAMQ number, the pod name, pid, request id and epoch times are not ours;
    // the impossible dob and the date in the sentence are both her birth date.
    expected: [
      ['IP_ADDRESS', '24.48.117.203'],
      ['PERSON', 'Tremblay'],
      ['PERSON', 'Geneviève'],
      ['DATE_OF_BIRTH', '1977-13-04'],
      ['EMAIL', 'gen.tremblay@videotron.ca'],
      ['PHONE', '514 882-4107'],
      ['DATE_OF_BIRTH', '4 mars 1977'],
    ],
  },
  // ---------------------------------------------------------------- CSV readers and R
  {
    name: 'Vietnamese pandas ParserError "Expected 6 fields in line 1432, saw 7", then sed printing the header and four lines: a name written "Nguyen, Thi Lan" with a comma, an empty e-mail, a city named after Hồ Chí Minh',
    text: `df = pd.read_csv("khach_hang_2024.csv")
---------------------------------------------------------------------------
ParserError                               Traceback (most recent call last)
Cell In[3], line 1
----> 1 df = pd.read_csv("khach_hang_2024.csv")

File parsers.pyx:2061, in pandas._libs.parsers.raise_parser_error()

ParserError: Error tokenizing data. C error: Expected 6 fields in line 1432, saw 7

!sed -n '1p;1430,1433p' khach_hang_2024.csv
ma_kh,ho_ten,so_dien_thoai,email,ngay_sinh,tinh
KH01429,Trần Minh Khoa,0903 118 274,khoa.tranminh@gmail.com,1990-05-21,TP. Hồ Chí Minh
KH01430,Lê Thị Hồng Nhung,0977 402 615,nhung.le.hn@yahoo.com.vn,1988-12-03,Hà Nội
KH01431,Nguyen, Thi Lan,0912 448 307,lan.nguyenthi@gmail.com,1994-02-17,Hà Nội
KH01432,Phạm Quốc Bảo,0388 215 946,,2001-07-30,Đà Nẵng

Dòng 1432 có dấu phẩy trong họ tên vì hệ thống cũ xuất "Họ, Tên". Nên sửa file hay dùng on_bad_lines với một hàm tự ghép lại?`,
    // "Nguyen, Thi Lan" is one name written family-first with a comma; customer codes, line numbers
    // and TP. Hồ Chí Minh (a city named after a person) are not ours.
    expected: [
      ['PERSON', 'Trần Minh Khoa'],
      ['PHONE', '0903 118 274'],
      ['EMAIL', 'khoa.tranminh@gmail.com'],
      ['DATE_OF_BIRTH', '1990-05-21'],
      ['PERSON', 'Lê Thị Hồng Nhung'],
      ['PHONE', '0977 402 615'],
      ['EMAIL', 'nhung.le.hn@yahoo.com.vn'],
      ['DATE_OF_BIRTH', '1988-12-03'],
      ['PERSON', 'Nguyen, Thi Lan'],
      ['PHONE', '0912 448 307'],
      ['EMAIL', 'lan.nguyenthi@gmail.com'],
      ['DATE_OF_BIRTH', '1994-02-17'],
      ['PERSON', 'Phạm Quốc Bảo'],
      ['PHONE', '0388 215 946'],
      ['DATE_OF_BIRTH', '2001-07-30'],
    ],
  },
  {
    name: 'Polish DuckDB CLI: the CSV header shown with .shell, then "CSV Error on Line: 2871" quoting the Original Line with nazwisko, imie, phone, birth date and a compact IBAN, an amount with a decimal comma and the sniffer settings',
    text: `D .shell head -1 wplaty_2024_05.csv
id;nazwisko;imie;email;telefon;data_urodzenia;nr_konta;kwota
D SELECT * FROM read_csv('wplaty_2024_05.csv');
Invalid Input Error: CSV Error on Line: 2871
Original Line: 2871;"Wiśniewska";"Agnieszka";"a.wisniewska@onet.pl";"+48 601 238 447";"1979-08-03";"PL61109010140000071219812874";"1 249,50"
Error when converting column "kwota". Could not convert string "1 249,50" to 'DOUBLE'

Column kwota is being converted as type DOUBLE
This type was auto-detected from the CSV file.
Possible solutions:
* Override the type for this column manually by setting the type explicitly, e.g. types={'kwota': 'VARCHAR'}
* Set the sample size to a larger value to enable the auto-detection to scan more values, e.g. sample_size=-1
* Use a COPY statement to automatically derive types from an existing table.

  file=wplaty_2024_05.csv
  delimiter = ; (Auto-Detected)
  quote = " (Auto-Detected)
  escape = " (Auto-Detected)
  new_line = \\n (Auto-Detected)
  header = true (Auto-Detected)
  skip_rows = 0 (Auto-Detected)
  date_format =  (Auto-Detected)
  timestamp_format =  (Auto-Detected)
  null_padding=0
  sample_size=20480
  ignore_errors=false
  all_varchar=0`,
    // The line number, the amount and the sniffer settings are not ours.
    expected: [
      ['PERSON', 'Wiśniewska'],
      ['PERSON', 'Agnieszka'],
      ['EMAIL', 'a.wisniewska@onet.pl'],
      ['PHONE', '+48 601 238 447'],
      ['DATE_OF_BIRTH', '1979-08-03'],
      ['IBAN', 'PL61109010140000071219812874'],
    ],
  },
  {
    name: 'Scottish R session: readr parsing issues with problems() printed as a tibble quoting two birth dates, a /home path, then slice() of the two members with forename and surname apart and NA dates',
    text: `> members <- read_csv("~/projects/membership/members_2024.csv",
+                     col_types = cols(.default = col_character(), date_of_birth = col_date("%d/%m/%Y")))
Warning message:
One or more parsing issues, call \`problems()\` on your data frame for details, e.g.:
  dat <- vroom(...)
  problems(dat) 
> problems(members)
# A tibble: 2 × 5
    row   col expected           actual     file                                              
  <int> <int> <chr>              <chr>      <chr>                                             
1   418     5 date like %d/%m/%Y 31/06/1986 /home/fmacleod/projects/membership/members_2024.csv
2  1203     5 date like %d/%m/%Y 1975-11-02 /home/fmacleod/projects/membership/members_2024.csv
> members %>% slice(418, 1203) %>% select(member_id:mobile)
# A tibble: 2 × 6
  member_id forename surname     email                         date_of_birth mobile       
  <chr>     <chr>    <chr>       <chr>                         <date>        <chr>        
1 SM-04418  Eilidh   MacLeod     eilidh.macleod@btinternet.com NA            07817 442093 
2 SM-05203  Callum   Fraser-Ross callum.fr@gmail.com           NA            07946 318552 

Eilidh's date is impossible (June has 30 days) but Callum's is just ISO. Can col_date take two formats or do I parse with lubridate::parse_date_time afterwards?`,
    // fmacleod in the path is a username; member ids, row and column numbers are not ours.
    expected: [
      ['DATE_OF_BIRTH', '31/06/1986'],
      ['DATE_OF_BIRTH', '1975-11-02'],
      ['PERSON', 'Eilidh'],
      ['PERSON', 'MacLeod'],
      ['EMAIL', 'eilidh.macleod@btinternet.com'],
      ['PHONE', '07817 442093'],
      ['PERSON', 'Callum'],
      ['PERSON', 'Fraser-Ross'],
      ['EMAIL', 'callum.fr@gmail.com'],
      ['PHONE', '07946 318552'],
      ['PERSON', 'Eilidh'],
      ['PERSON', 'Callum'],
    ],
  },
  // ---------------------------------------------------------------- Chinese and Japanese web apps
  {
    name: 'Chinese to_sql over pymysql: Duplicate entry on a bare 11-digit mobile for key uk_mobile, the parameters list with 姓名-style names, 身份证号 and birthdays, registration times, a question in Chinese naming the couple',
    text: `In [18]: df_new.to_sql("member", engine, if_exists="append", index=False)
---------------------------------------------------------------------------
IntegrityError                            Traceback (most recent call last)
File /opt/conda/lib/python3.10/site-packages/pymysql/err.py:143, in raise_mysql_exception(data)

IntegrityError: (pymysql.err.IntegrityError) (1062, "Duplicate entry '13928174406' for key 'member.uk_mobile'")
[SQL: INSERT INTO member (name, mobile, id_card, birthday, email, city, reg_time) VALUES (%(name)s, %(mobile)s, %(id_card)s, %(birthday)s, %(email)s, %(city)s, %(reg_time)s)]
[parameters: [{'name': '王思远', 'mobile': '13928174406', 'id_card': '440106199203154218', 'birthday': '1992-03-15', 'email': 'siyuan.wang@qq.com', 'city': '广州', 'reg_time': '2024-06-01 10:22:31'}, {'name': '陈佳怡', 'mobile': '13928174406', 'id_card': '440104199511082746', 'birthday': '1995-11-08', 'email': 'chenjiayi95@163.com', 'city': '广州', 'reg_time': '2024-06-01 10:25:07'}]]
(Background on this error at: https://sqlalche.me/e/20/gkpj)

他们是夫妻，共用一个手机号（王思远登记的），陈佳怡后注册。uk_mobile 应该去掉吗？还是改成 (mobile, id_card) 联合唯一？`,
    // 身份证号 values are national ids; registration times and the city are not ours.
    expected: [
      ['PHONE', '13928174406'],
      ['PERSON', '王思远'],
      ['PHONE', '13928174406'],
      ['DATE_OF_BIRTH', '1992-03-15'],
      ['EMAIL', 'siyuan.wang@qq.com'],
      ['PERSON', '陈佳怡'],
      ['PHONE', '13928174406'],
      ['DATE_OF_BIRTH', '1995-11-08'],
      ['EMAIL', 'chenjiayi95@163.com'],
      ['PERSON', '王思远'],
      ['PERSON', '陈佳怡'],
    ],
  },
  {
    name: 'Japanese Django debug page copied as text: IntegrityError on a duplicate username with DETAIL Key (username)=(…), the request meta, then the POST table with last_name and first_name, their kana readings, e-mail, phone and birth_date; masked passwords and CSRF token',
    text: `IntegrityError at /accounts/signup/
duplicate key value violates unique constraint "accounts_user_username_key"
DETAIL:  Key (username)=(yuto_t) already exists.

Request Method:	POST
Request URL:	https://members.sakura-fitness.jp/accounts/signup/
Django Version:	4.2.13
Exception Type:	IntegrityError
Exception Value:	duplicate key value violates unique constraint "accounts_user_username_key"
DETAIL:  Key (username)=(yuto_t) already exists.
Exception Location:	/srv/sakura/.venv/lib/python3.11/site-packages/django/db/backends/utils.py, line 89, in _execute
Python Version:	3.11.9
Server time:	Mon, 24 Jun 2024 10:41:07 +0900

POST
Variable	Value
csrfmiddlewaretoken	'********************'
username	'yuto_t'
last_name	'高橋'
first_name	'優斗'
last_name_kana	'タカハシ'
first_name_kana	'ユウト'
email	'y.takahashi@softbank.ne.jp'
phone	'090-4172-8836'
birth_date	'1996-08-24'
password1	'********************'
password2	'********************'

ユーザー名が重複しているだけで、高橋さん本人は初めての登録です。フォームで重複チェックをせずに500になるのはなぜでしょうか？`,
    // yuto_t is a username; the masked fields, versions and server time are not ours; さん is no part of the name.
    expected: [
      ['PERSON', '高橋'],
      ['PERSON', '優斗'],
      ['PERSON', 'タカハシ'],
      ['PERSON', 'ユウト'],
      ['EMAIL', 'y.takahashi@softbank.ne.jp'],
      ['PHONE', '090-4172-8836'],
      ['DATE_OF_BIRTH', '1996-08-24'],
      ['PERSON', '高橋'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'Order loader failing on a foreign key: PostgreSQL log lines quoting only an id, the Sentry event with event and trace ids, a release, a /home/jdoe batch path, a SHA-256, a masked card, a support mailbox at example.com and a request id: nothing personal',
    text: `2024-06-25 03:00:12.771 UTC [41877] loader@dwh ERROR:  insert or update on table "orders" violates foreign key constraint "orders_customer_id_fkey"
2024-06-25 03:00:12.771 UTC [41877] loader@dwh DETAIL:  Key (customer_id)=(884213) is not present in table "customers".
2024-06-25 03:00:12.771 UTC [41877] loader@dwh STATEMENT:  INSERT INTO orders (order_id, customer_id, order_ts, total_amount, currency, card_last4, status) VALUES ($1, $2, $3, $4, $5, $6, $7)

Sentry ─ ForeignKeyViolation: insert or update on table "orders" violates foreign key constraint "orders_customer_id_fkey"
  event_id     9b0c3f1e7a2d4e58b6c1a0f4d2e7c913
  trace_id     7d1e4b2a9c3f4e81a5b60c2d8f1e3a47
  release      order-loader@2.14.3 (git 3f9a2c71e0b4d85a6c21f7e09b3d4a58c6e1f207)
  environment  production
  server_name  etl-runner-03
  runtime      CPython 3.11.9, psycopg 3.1.19, PostgreSQL 16.3
  extra        {"batch_file": "/home/jdoe/exports/orders_20240624.parquet", "sha256": "5f2b9d0c7e4a1f38b6d2c0e9a7f41b3c8e6d05a2f9c1b7e4d3a60f8c2e9b1d47", "rows": 18213, "order_id": "ORD-2024-0618813", "order_ts": "2024-06-24T23:58:41Z", "total_amount": "129.90", "card_last4": "**** **** **** 4417", "contact": "orders-support@example.com", "request_id": "req_01J1A7X3KQ9VZ4M2T8B6N0PWYC"}

The loader runs at 03:00 UTC and the customers refresh at 03:05, so 884213 probably just didn't exist yet. DEFERRABLE constraint, or move the schedule?`,
    // Every value is an id, a hash, a version, a timestamp, a masked card, a reserved address or a username path.
    expected: [],
  },
];

describeHoldout('privacy hold-out 31: pipeline errors and logs that quote the offending rows', cases);
