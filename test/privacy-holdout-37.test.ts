import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A thirty-seventh hand-written hold-out: data-engineering pipelines and integration payloads as
 * engineers paste them into an assistant, from the US, the UK and Ireland, the EU (Germany, France,
 * the Netherlands, Spain, Italy, Poland), India, Latin America (Mexico, Brazil, Colombia, Peru,
 * Chile, Argentina) and Australia and New Zealand. Change data capture: Debezium change events from
 * the Postgres, MySQL (with its schema and an epoch-day DATE), SQL Server (a delete and its
 * tombstone) and MongoDB connectors (escaped extended JSON in after and updateDescription), the
 * Kafka Connect config and status REST answers, a Debezium streaming log. Kafka: kafka-console-
 * consumer with timestamp, partition, offset, headers and key, kcat with a format string and SASL
 * on the command line, kafka-consumer-groups --describe with HOST columns, kafka-avro-console-
 * consumer with Avro union wrappers. Sync tools: Fivetran log events, an Airbyte destination
 * rejection, Stitch _sdc_rejected rows, a Meltano run with a singer validation error; reverse ETL:
 * a Hightouch failed-rows CSV and Census rejected records. Events: Segment identify and anonymous
 * page calls, a RudderStack track. Webhooks: Stripe charge, customer and payout events, a Shopify
 * orders/create, a HubSpot contact property-change batch, Salesforce sf data query and REST query
 * results and an Apex debug log, a Zendesk trigger, an Intercom conversation, a Twilio status
 * callback, a Mailchimp member. Data quality: Great Expectations failures and a clean success, a
 * Soda scan with a custom sampler, dbt build and dbt show. Files and stores: Spark show() wide and
 * truncated and a 20-row aggregate, printSchema() with vertical show, parquet meta statistics and a
 * DuckDB sample, avro-tools getschema and tojson, gcloud Pub/Sub pull JSON, SQS holding an SNS
 * envelope, Elasticsearch _search hits, mongosh find(), redis-cli HGETALL, DynamoDB and Firestore
 * REST typed JSON, CSV with a BOM and CRLF seen through cat -A and a bytes repr. Names from many
 * origins (Yoruba, Igbo, Akan, Māori, Welsh, Irish-language, Basque, Quechua and Aymara, Maya,
 * Mapuche, Navajo, Mizo, Tamil, Punjabi, Vietnamese, Okinawan-Peruvian, Polish, Ukrainian, Turkish-
 * German, Afro-Colombian), double surnames, hyphenated and particle surnames. Hard negatives of the
 * same shapes: LSNs (numeric, LSN{5/B7C1F208} and SQL Server change_lsn), txIds, binlog positions,
 * offsets, partitions and consumer ids, ObjectIds, Elasticsearch _ids, message ids, receipt
 * handles and MD5s, an IAM SenderId, Stripe ids (cus_, ch_, pi_, pm_, po_, evt_), fingerprints
 * and last4, webhook signatures (Stripe-Signature, X-Shopify-Hmac-Sha256, X-HubSpot-Signature-v3,
 * X-Zendesk-Webhook-Signature, X-Twilio-Signature), Twilio SIDs, a Mailchimp subscriber hash,
 * bcrypt hashes, Salesforce, HubSpot, Zendesk and Intercom ids, order numbers, tracking numbers, a
 * UPI reference and a UPI VPA, national ids (CPF, RUT, DNI, CURP, RFC, PESEL, codice fiscale, PAN,
 * Aadhaar masked, ABHA, Medicare), timestamps, epoch values and hire dates that are not birth
 * dates, masked cards, loopback and 0.0.0.0, placeholder people (Test User, Test Contact, Test
 * Shopper, Cliente Prueba) at example.com with dummy phones, streets, companies, hospitals and
 * museums named after people (Victor Hugo, Nelson Mandela Place, Pearse Street, Tancredo Neves,
 * Giuseppe Garibaldi, Jana Pawła II, Marii Skłodowskiej-Curie, Marqués de Riscal, John Lewis,
 * Marks and Spencer, Jackson Hewitt, Anne Frank Huis, Royal Prince Alfred), and documented
 * placeholder secrets (whsec_..., <signature>, masked "********"). Each case lists every value it
 * expects found, with its type; anything else flagged is a false positive. Conventions as in the
 * earlier hold-outs: titles (Dr, Ms) are no part of a name's span; first and last name in separate
 * fields (columns, JSON keys, Avro and Firestore fields, Redis hash fields) are separate spans; a
 * lone given or family name counts only when the same person is named in full in the text or it
 * sits under a name field (a statistics min/max of a name column included); birth dates count in
 * every written form (epoch days from Debezium, epoch milliseconds from HubSpot, day-first, a
 * month/day Mailchimp BIRTHDAY, an impossible or mistyped value, the date part of an ISODate or a
 * timestampValue, a column's min/max), other dates never; private-use IPs (10.x, 192.168.x) count
 * as in hold-out 33, loopback and 0.0.0.0 do not; a value cut by Spark's 20-character truncation is
 * spanned as far as it is shown; a password alone is the secret, not its URI or flag. Team and
 * service mailboxes on real domains and business phones count. Values are fake: Luhn-valid made-up
 * cards, IBANs with valid mod-97 check digits, SSNs in valid areas, made-up names, numbers and keys.
 */

const k = joinParts;
const connPw = k('Dbz!cdc', '_Rq7vT2xw');
const mskPw = k('Kf9#pay', 'Rd_2024xLq');
const whsecLive = k('whsec_', 'Hq3Zt8Lm1Vx6Rc9Np4Bw', '2Kd7Fj5Ys0Ga');
const sfSession = k(
  '00D5g000004xYzA!',
  'AQ4AQFjK9mR2vT7wLp3Xc8Nb1Hd5Gs0',
  'ZqYe6Ua4Io2Pk7Wn.3Tr9Lm_xVb1Qz8Jc5Hf0',
);
const mailchimpKey = k('7c1e9f4a2b8d3e6f', '0a5c9b2d4e8f1a37', '-us21');
const esPw = k('Tq8!vNz', '2Lp_es');
const redisPw = k('r3d!s', 'Pr0d_Vq7x');
const gcpToken = k(
  'ya29.',
  'a0AXooCgv7Lm2Rk9TzWc4Bn8Vd1Hs6Jp0Fa5Ye3Ku8Gi2NwRqT',
  'x7Lm2Rk9Tz_Wc4Bn8Vd1Hs6Jp0Fa5Ye3Ku8Gi2NwR0171',
);

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- change data capture
  {
    name: 'kafka-console-consumer with print.key over a Debezium Postgres update (US): before and after images with first_name and last_name apart, an e-mail change, lsn, txId, sequence and microsecond timestamps',
    text: `$ kafka-console-consumer --bootstrap-server kafka-1.data.internal:9092 --topic pg.crm.public.customers --property print.key=true --partition 4 --offset 918273 --max-messages 1
{"id":310447}	{"before":{"id":310447,"first_name":"Lakisha","last_name":"Oyelaran","email":"lakisha.oyelaran@aol.com","phone":"+1 404 529 8816","marketing_opt_in":false,"updated_at":1717968712004113},"after":{"id":310447,"first_name":"Lakisha","last_name":"Oyelaran-Brooks","email":"lakisha.ob@gmail.com","phone":"+1 404 529 8816","marketing_opt_in":true,"updated_at":1718031145881207},"source":{"version":"2.6.1.Final","connector":"postgresql","name":"pg.crm","ts_ms":1718031145893,"snapshot":"false","db":"crm","sequence":"[\\"22817441232\\",\\"22817441560\\"]","schema":"public","table":"customers","txId":7719204,"lsn":22817441560,"xmin":null},"op":"u","ts_ms":1718031146120,"transaction":null}
Processed a total of 1 messages

why does the sink still have the aol address after this? the merge key is id, op=u should overwrite`,
    // Ids, lsn, txId, the sequence pair, partition, offset and the epoch timestamps are not ours.
    expected: [
      ['PERSON', 'Lakisha'],
      ['PERSON', 'Oyelaran'],
      ['EMAIL', 'lakisha.oyelaran@aol.com'],
      ['PHONE', '+1 404 529 8816'],
      ['PERSON', 'Lakisha'],
      ['PERSON', 'Oyelaran-Brooks'],
      ['EMAIL', 'lakisha.ob@gmail.com'],
      ['PHONE', '+1 404 529 8816'],
    ],
  },
  {
    name: 'Debezium MySQL create event from a Brazilian store with schemas.enable=true, pretty-printed: field list with io.debezium.time.Date, the payload with nome_completo, celular, CPF and data_nascimento as days since the epoch, binlog file and position',
    text: `$ kcat -b localhost:9092 -t mysql.loja.clientes -C -o -1 -e | jq .
{
  "schema": {
    "type": "struct",
    "fields": [
      {"type": "struct", "optional": true, "name": "mysql.loja.clientes.Value", "field": "before", "fields": ["..."]},
      {
        "type": "struct",
        "optional": true,
        "name": "mysql.loja.clientes.Value",
        "field": "after",
        "fields": [
          {"type": "int64", "optional": false, "field": "id"},
          {"type": "string", "optional": false, "field": "nome_completo"},
          {"type": "string", "optional": true, "field": "email"},
          {"type": "string", "optional": true, "field": "celular"},
          {"type": "string", "optional": true, "field": "cpf"},
          {"type": "int32", "optional": true, "name": "io.debezium.time.Date", "version": 1, "field": "data_nascimento"},
          {"type": "int64", "optional": false, "name": "io.debezium.time.Timestamp", "version": 1, "field": "criado_em"}
        ]
      }
    ],
    "optional": false,
    "name": "mysql.loja.clientes.Envelope",
    "version": 2
  },
  "payload": {
    "before": null,
    "after": {
      "id": 2209184,
      "nome_completo": "Thaís Albuquerque Nogueira",
      "email": "thais.nogueira@uol.com.br",
      "celular": "+55 21 99817-4420",
      "cpf": "318.447.920-05",
      "data_nascimento": 7904,
      "criado_em": 1718035522000
    },
    "source": {
      "version": "2.6.1.Final",
      "connector": "mysql",
      "name": "mysql",
      "ts_ms": 1718035522000,
      "snapshot": "false",
      "db": "loja",
      "table": "clientes",
      "server_id": 223344,
      "gtid": "3e11fa47-71ca-11e1-9e33-c80aa9429562:88213",
      "file": "mysql-bin.000417",
      "pos": 88213405,
      "row": 0,
      "thread": 1182
    },
    "op": "c",
    "ts_ms": 1718035522417
  }
}
# data_nascimento chega como 7904 no BigQuery, alguém sabe o SMT pra converter pra DATE?`,
    // 7904 days after 1970-01-01 is 1991-08-23, her birth date as the connector writes it; the CPF is a national id, not one of our types; binlog file, pos, gtid and timestamps are not ours.
    expected: [
      ['PERSON', 'Thaís Albuquerque Nogueira'],
      ['EMAIL', 'thais.nogueira@uol.com.br'],
      ['PHONE', '+55 21 99817-4420'],
      ['DATE_OF_BIRTH', '7904'],
      ['DATE_OF_BIRTH', '7904'],
    ],
  },
  {
    name: 'kcat with a format string and -Z over a Debezium SQL Server delete and its tombstone (Germany): Vorname and Nachname apart, an IBAN still in before, Eintrittsdatum as epoch days, change_lsn and commit_lsn',
    text: `$ kcat -b kafka-0.kafka-headless:9092 -C -t sqlsrv.payroll.dbo.Mitarbeiter -p 2 -o 55119 -c 2 -Z -f 'p=%p o=%o k=%k\\n%s\\n'
p=2 o=55119 k={"MitarbeiterID":4471}
{"before":{"MitarbeiterID":4471,"Vorname":"Friederike","Nachname":"Achterberg","Email":"f.achterberg@posteo.de","Telefon":"+49 171 4482093","IBAN":"DE33120300000018427793","Kostenstelle":"KST-4410","Eintrittsdatum":17532},"after":null,"source":{"version":"2.5.4.Final","connector":"sqlserver","name":"sqlsrv","ts_ms":1718090014330,"snapshot":"false","db":"payroll","sequence":null,"schema":"dbo","table":"Mitarbeiter","change_lsn":"0000a1c4:00003f28:0002","commit_lsn":"0000a1c4:00003f28:0005","event_serial_no":1},"op":"d","ts_ms":1718090015102,"transaction":null}
p=2 o=55120 k={"MitarbeiterID":4471}
NULL

DSGVO-Löschung laut Ticket DS-2024-0412: der Tombstone kommt korrekt an, aber das before-Image liegt weiter 7 Tage im Topic (retention.ms=604800000). Reicht cleanup.policy=compact?`,
    // Eintrittsdatum is a hire date; Kostenstelle, LSNs, offsets and the ticket number are not ours.
    expected: [
      ['PERSON', 'Friederike'],
      ['PERSON', 'Achterberg'],
      ['EMAIL', 'f.achterberg@posteo.de'],
      ['PHONE', '+49 171 4482093'],
      ['IBAN', 'DE33120300000018427793'],
    ],
  },
  {
    name: 'Debezium MongoDB connector events from an Indian wallet app: after and updateDescription.updatedFields as escaped extended JSON strings with $oid and $date, a PAN, an alternate contact with a Ludhiana landline, rs, ord and wallTime',
    text: `{"after":"{\\"_id\\": {\\"$oid\\": \\"6667f0a9c2d14e3b9a7e1c52\\"},\\"name\\": \\"Harpreet Kaur Sandhu\\",\\"email\\": \\"harpreet.sandhu@rediffmail.com\\",\\"mobile\\": \\"+91 98140 27736\\",\\"city\\": \\"Ludhiana\\",\\"kyc\\": {\\"pan\\": \\"BQWPS4417K\\",\\"status\\": \\"verified\\"},\\"createdAt\\": {\\"$date\\": 1718034551220}}","updateDescription":null,"source":{"version":"2.6.1.Final","connector":"mongodb","name":"mongo.wallet","ts_ms":1718034551000,"snapshot":"false","db":"wallet","sequence":null,"rs":"rs0","collection":"users","ord":3,"lsid":null,"txnNumber":null,"wallTime":1718034551231},"op":"c","ts_ms":1718034551460,"transaction":null}
{"after":null,"updateDescription":{"removedFields":null,"updatedFields":"{\\"mobile\\": \\"+91 98140 27736\\", \\"altContact\\": {\\"name\\": \\"Gurpreet Singh Sandhu\\", \\"relation\\": \\"father\\", \\"phone\\": \\"0161 240 7718\\"}, \\"updatedAt\\": {\\"$date\\": 1718120940017}}","truncatedArrays":null},"source":{"version":"2.6.1.Final","connector":"mongodb","name":"mongo.wallet","ts_ms":1718120940000,"snapshot":"false","db":"wallet","sequence":null,"rs":"rs0","collection":"users","ord":1,"lsid":null,"txnNumber":null,"wallTime":1718120940022},"op":"u","ts_ms":1718120940388,"transaction":null}`,
    // The ObjectId, the PAN (a tax id), $date epochs, rs, ord and wallTime are not ours.
    expected: [
      ['PERSON', 'Harpreet Kaur Sandhu'],
      ['EMAIL', 'harpreet.sandhu@rediffmail.com'],
      ['PHONE', '+91 98140 27736'],
      ['PHONE', '+91 98140 27736'],
      ['PERSON', 'Gurpreet Singh Sandhu'],
      ['PHONE', '0161 240 7718'],
    ],
  },
  {
    name: 'Kafka Connect REST: GET /connectors/orders-cdc/config shows database.password in plain text, then /status with a FAILED task, worker_ids on private IPs and an escaped stack trace (Australia)',
    text: `$ curl -s http://connect.data.internal:8083/connectors/orders-cdc/config | jq .
{
  "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
  "database.hostname": "orders-db.cluster-c9x2kq7w1abc.ap-southeast-2.rds.amazonaws.com",
  "database.port": "5432",
  "database.user": "debezium",
  "database.password": "${connPw}",
  "database.dbname": "orders",
  "topic.prefix": "au.orders",
  "plugin.name": "pgoutput",
  "slot.name": "debezium_orders",
  "publication.name": "dbz_publication",
  "table.include.list": "public.orders,public.customers",
  "column.exclude.list": "public.customers.password_hash",
  "heartbeat.interval.ms": "10000",
  "snapshot.mode": "initial",
  "transforms": "unwrap",
  "transforms.unwrap.type": "io.debezium.transforms.ExtractNewRecordState",
  "name": "orders-cdc"
}
$ curl -s http://connect.data.internal:8083/connectors/orders-cdc/status | jq -c .
{"name":"orders-cdc","connector":{"state":"RUNNING","worker_id":"10.60.3.21:8083"},"tasks":[{"id":0,"state":"FAILED","worker_id":"10.60.3.22:8083","trace":"org.apache.kafka.connect.errors.ConnectException: An exception occurred in the change event producer. This connector will be stopped.\\n\\tat io.debezium.pipeline.ErrorHandler.setProducerThrowable(ErrorHandler.java:67)\\n\\tat io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.execute(PostgresStreamingChangeEventSource.java:180)\\n...\\nCaused by: org.postgresql.util.PSQLException: ERROR: replication slot \\"debezium_orders\\" is active for PID 48213"}],"type":"source"}`,
    // The password alone is the secret; the RDS host name, slot, PID and ports are not ours; the private worker addresses count.
    expected: [
      ['SECRET', connPw],
      ['IP_ADDRESS', '10.60.3.21'],
      ['IP_ADDRESS', '10.60.3.22'],
    ],
  },
  {
    name: 'Debezium Postgres streaming log from a Kafka Connect worker: WAL resume position, LSN{5/B7C1F208} forms, offsets committed with lsn_proc, txId and ts_usec, a heartbeat topic; nothing personal',
    text: `2024-06-11 03:12:44,118 INFO   Postgres|au.orders|streaming  Searching for WAL resume position   [io.debezium.connector.postgresql.PostgresStreamingChangeEventSource]
2024-06-11 03:12:44,120 INFO   Postgres|au.orders|streaming  WAL resume position 'LSN{5/B7C1F208}' discovered   [io.debezium.connector.postgresql.PostgresStreamingChangeEventSource]
2024-06-11 03:12:44,302 INFO   Postgres|au.orders|streaming  Connection gracefully closed   [io.debezium.jdbc.JdbcConnection]
2024-06-11 03:12:44,877 INFO   Postgres|au.orders|streaming  Initializing PgOutput logical decoder publication   [io.debezium.connector.postgresql.connection.pgoutput.PgOutputMessageDecoder]
2024-06-11 03:12:45,004 INFO   Postgres|au.orders|streaming  Requested thread factory for connector PostgresConnector, id = au.orders named = keep-alive   [io.debezium.util.Threads]
2024-06-11 03:12:45,011 INFO   Postgres|au.orders|streaming  Processing messages   [io.debezium.connector.postgresql.PostgresStreamingChangeEventSource]
2024-06-11 03:13:44,990 INFO   Postgres|au.orders|streaming  First LSN 'LSN{5/B7C1F2A0}' received   [io.debezium.connector.postgresql.connection.WalPositionLocator]
2024-06-11 03:14:02,441 INFO   ||  WorkerSourceTask{id=orders-cdc-0} Committing offsets for 4182 acknowledged messages   [org.apache.kafka.connect.runtime.WorkerSourceTask]
2024-06-11 03:14:03,118 INFO   Postgres|au.orders|streaming  Received offset commit request on commit LSN 'LSN{5/B7C4A9E8}', change LSN 'LSN{5/B7C4A9E8}'   [io.debezium.connector.postgresql.PostgresStreamingChangeEventSource]
2024-06-11 03:14:03,119 DEBUG  Postgres|au.orders|streaming  Committing offset {lsn_proc=24554218984, messageType=UPDATE, lsn_commit=24554218984, lsn=24554218984, txId=91827731, ts_usec=1718075643112004}   [io.debezium.connector.common.BaseSourceTask]
2024-06-11 03:14:12,000 DEBUG  Postgres|au.orders|streaming  Sending heartbeat to topic __debezium-heartbeat.au.orders   [io.debezium.heartbeat.HeartbeatImpl]`,
    // LSNs, offsets, txIds, message counts and timestamps are not personal data.
    expected: [],
  },

  // ---------------------------------------------------------------- kafka
  {
    name: 'kafka-console-consumer with print.timestamp, print.partition, print.offset, print.headers and print.key over UK order events: traceparent headers, order ids as keys, an Irish-language and a Zimbabwean name, a street named after Nelson Mandela, a null value',
    text: `$ kafka-console-consumer --bootstrap-server b1.kafka.uk-retail.internal:9092 --topic orders.placed.v3 --from-beginning --max-messages 3 \\
    --property print.timestamp=true --property print.partition=true --property print.offset=true \\
    --property print.headers=true --property print.key=true
CreateTime:1718101203551	Partition:7	Offset:2290417	traceparent:00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01,source:web-checkout,schema-version:3	ORD-UK-7781204	{"orderId":"ORD-UK-7781204","customer":{"name":"Siobhán Ní Bhriain","email":"siobhan.nibhriain@btinternet.com","mobile":"07842 316905"},"ship":{"line1":"14 Kingsley Road","postcode":"LS6 2BQ","city":"Leeds"},"items":2,"totalGbp":54.90}
CreateTime:1718101209118	Partition:7	Offset:2290418	traceparent:00-9a1c3e7f2b8d4f60a5c1e9b7d3f20a84-7d3e1f0a2c9b4e68-01,source:web-checkout,schema-version:3	ORD-UK-7781207	{"orderId":"ORD-UK-7781207","customer":{"name":"Tendai Mupfumira","email":"t.mupfumira@outlook.com","mobile":"+44 7519 008224"},"ship":{"line1":"3 Nelson Mandela Place","postcode":"G2 1BT","city":"Glasgow"},"items":1,"totalGbp":12.00}
CreateTime:1718101211004	Partition:7	Offset:2290419	source:backoffice-replay,schema-version:3	ORD-UK-7781199	null
Processed a total of 3 messages`,
    // Nelson Mandela Place is a street; trace ids, partitions, offsets, order ids and postcodes are not ours.
    expected: [
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['EMAIL', 'siobhan.nibhriain@btinternet.com'],
      ['PHONE', '07842 316905'],
      ['PERSON', 'Tendai Mupfumira'],
      ['EMAIL', 't.mupfumira@outlook.com'],
      ['PHONE', '+44 7519 008224'],
    ],
  },
  {
    name: 'kcat against MSK with the SCRAM password on the command line and a -f format with key and headers (Australia): card payments with bin and last4, one legacy IVR producer writing a full card number, a Test Shopper with a 0400 000 000 dummy',
    text: `$ kcat -b b-2.payments-msk.x7k2qa.c4.kafka.ap-southeast-2.amazonaws.com:9096 \\
    -X security.protocol=SASL_SSL -X sasl.mechanisms=SCRAM-SHA-512 \\
    -X sasl.username=svc-payments-reader -X sasl.password='${mskPw}' \\
    -C -t payments.authorised.v2 -o -3 -e -f 'Topic %t [%p] at offset %o: key %k: headers %h\\n%s\\n\\n'
Topic payments.authorised.v2 [5] at offset 1182204: key pay_8Hk2Lq: headers producer=checkout-svc,content-type=application/json
{"paymentId":"pay_8Hk2Lq","amountAud":129.95,"card":{"brand":"visa","bin":"453201","last4":"8261","expiry":"11/27"},"payer":{"name":"Lachlan Pemberton-Ngata","email":"lachlan.pn@bigpond.com","phone":"0412 873 305"},"merchantRef":"INV-20240611-0443","status":"AUTHORISED"}

Topic payments.authorised.v2 [5] at offset 1182205: key pay_8Hk2Ra: headers producer=legacy-ivr-bridge,content-type=application/json
{"paymentId":"pay_8Hk2Ra","amountAud":64.00,"cardNumber":"4147 2019 3365 0285","cardExpiry":"0927","payer":{"name":"Mereana Tapsell","phone":"+61 7 3184 6620"},"ivrCallId":"CA-0f93b27e","status":"AUTHORISED"}

Topic payments.authorised.v2 [5] at offset 1182206: key pay_8Hk2Tz: headers producer=checkout-svc,content-type=application/json
{"paymentId":"pay_8Hk2Tz","amountAud":18.50,"card":{"brand":"mastercard","bin":"535310","last4":"9375"},"payer":{"name":"Test Shopper","email":"qa-shopper@example.com","phone":"0400 000 000"},"merchantRef":"QA-SMOKE-0611","status":"AUTHORISED"}

% Reached end of topic payments.authorised.v2 [5] at offset 1182207: exiting`,
    // The password alone is the secret, not the username; bin and last4, payment ids and offsets are not ours; the Test Shopper row is a placeholder.
    expected: [
      ['SECRET', mskPw],
      ['PERSON', 'Lachlan Pemberton-Ngata'],
      ['EMAIL', 'lachlan.pn@bigpond.com'],
      ['PHONE', '0412 873 305'],
      ['CREDIT_CARD', '4147 2019 3365 0285'],
      ['PERSON', 'Mereana Tapsell'],
      ['PHONE', '+61 7 3184 6620'],
    ],
  },
  {
    name: 'kafka-consumer-groups --describe for a sink connector: partitions, offsets, lag, consumer ids with UUIDs and HOST columns on private IPs, then kcat -L broker metadata with host names only',
    text: `$ kafka-consumer-groups --bootstrap-server kafka-1.data.internal:9092 --describe --group connect-dwh-sink-orders

GROUP                   TOPIC                    PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG   CONSUMER-ID                                                                   HOST          CLIENT-ID
connect-dwh-sink-orders pg.crm.public.customers  0          918204          918273          69    connector-consumer-dwh-sink-orders-0-6f1c2a9e-4b7d-4e21-9a3f-0c8d5e7b1f42 /10.42.7.19   connector-consumer-dwh-sink-orders-0
connect-dwh-sink-orders pg.crm.public.customers  1          917552          917552          0     connector-consumer-dwh-sink-orders-0-6f1c2a9e-4b7d-4e21-9a3f-0c8d5e7b1f42 /10.42.7.19   connector-consumer-dwh-sink-orders-0
connect-dwh-sink-orders pg.crm.public.customers  2          918990          921442          2452  connector-consumer-dwh-sink-orders-1-0b9e7d31-58a2-4c6f-b1e0-9f4d2a7c3e15 /10.42.7.23   connector-consumer-dwh-sink-orders-1
connect-dwh-sink-orders pg.crm.public.customers  3          916318          916320          2     connector-consumer-dwh-sink-orders-1-0b9e7d31-58a2-4c6f-b1e0-9f4d2a7c3e15 /10.42.7.23   connector-consumer-dwh-sink-orders-1

$ kcat -b kafka-1.data.internal:9092 -L -t pg.crm.public.customers
Metadata for pg.crm.public.customers (from broker 1: kafka-1.data.internal:9092/1):
 3 brokers:
  broker 1 at kafka-1.data.internal:9092 (controller)
  broker 2 at kafka-2.data.internal:9092
  broker 3 at kafka-3.data.internal:9092
 1 topics:
  topic "pg.crm.public.customers" with 4 partitions:
    partition 0, leader 1, replicas: 1,2,3, isrs: 1,2,3
    partition 1, leader 2, replicas: 2,3,1, isrs: 2,3,1
    partition 2, leader 3, replicas: 3,1,2, isrs: 3,1
    partition 3, leader 1, replicas: 1,3,2, isrs: 1,3,2`,
    // Each private HOST address counts, as in hold-out 33; offsets, lag, consumer UUIDs and broker names are not ours.
    expected: [
      ['IP_ADDRESS', '10.42.7.19'],
      ['IP_ADDRESS', '10.42.7.19'],
      ['IP_ADDRESS', '10.42.7.23'],
      ['IP_ADDRESS', '10.42.7.23'],
    ],
  },
  {
    name: 'kafka-avro-console-consumer over a Mexican customers topic: Avro union wrappers {"string": ...}, nombre with apellido_paterno and apellido_materno apart (one a two-letter Maya surname), a day-first birth date, an RFC, a Mérida landline',
    text: `$ kafka-avro-console-consumer --bootstrap-server broker:29092 --topic mx.clientes.v1 \\
    --property schema.registry.url=http://schema-registry:8081 \\
    --property print.key=true --property key.deserializer=org.apache.kafka.common.serialization.StringDeserializer \\
    --from-beginning --max-messages 2
CLI-0049821	{"id_cliente":"CLI-0049821","nombre":"Ximena","apellido_paterno":"Tlacuilo","apellido_materno":"Reséndiz","email":{"string":"ximena.tlacuilo@prodigy.net.mx"},"telefono":{"string":"+52 55 4187 2290"},"fecha_nacimiento":{"string":"14/03/1990"},"rfc":{"string":"TLRX900314KQ2"},"estado":"CDMX","alta":1718034119000}
CLI-0049822	{"id_cliente":"CLI-0049822","nombre":"Juan Pablo","apellido_paterno":"Ek","apellido_materno":"Canché","email":null,"telefono":{"string":"999 318 4406"},"fecha_nacimiento":null,"rfc":null,"estado":"Yucatán","alta":1718034188000}
[2024-06-12 10:21:44,118] ERROR Error processing message, terminating consumer process:  (kafka.tools.ConsoleConsumer$)
org.apache.kafka.common.errors.SerializationException: Error retrieving Avro value schema for id 1047
Processed a total of 2 messages`,
    // Given and both family names sit under name fields; the RFC is a tax id; customer ids, schema id 1047 and the alta epochs are not ours.
    expected: [
      ['PERSON', 'Ximena'],
      ['PERSON', 'Tlacuilo'],
      ['PERSON', 'Reséndiz'],
      ['EMAIL', 'ximena.tlacuilo@prodigy.net.mx'],
      ['PHONE', '+52 55 4187 2290'],
      ['DATE_OF_BIRTH', '14/03/1990'],
      ['PERSON', 'Juan Pablo'],
      ['PERSON', 'Ek'],
      ['PERSON', 'Canché'],
      ['PHONE', '999 318 4406'],
    ],
  },

  // ---------------------------------------------------------------- ELT sync logs
  {
    name: 'Fivetran HubSpot connector log events as JSON lines: a warning quoting a mistyped five-digit-year birth date, a truncated notes value naming a CFO with her phone, sync ids and counts',
    text: `{"event":"sync_start","data":{},"created":"2024-06-12T06:00:04.117Z","connector_type":"hubspot","connector_id":"rotund_quizzical","connector_name":"hubspot","sync_id":"5a8f2c10-7e3b-4d91-b2a6-0f4c9e1d7a83"}
{"event":"warning","data":{"type":"invalid_value","message":"Could not parse value '19855-03-02' for column 'property_date_of_birth' in table 'contact' (id 51234989); value set to NULL"},"created":"2024-06-12T06:02:41.882Z","connector_type":"hubspot","connector_id":"rotund_quizzical","connector_name":"hubspot","sync_id":"5a8f2c10-7e3b-4d91-b2a6-0f4c9e1d7a83"}
{"event":"warning","data":{"type":"column_too_long","message":"Truncated value of column 'property_hs_lead_notes' in table 'contact' (id 51235502) to 256 chars: 'Spoke w/ Rosalind Ferreira-Duplessis, CFO - call back on 617-442-0913 re: renewal of the 2025 enterprise tier, she wants the Q3 invoices split by cost center and the SOC 2 report before legal will...'"},"created":"2024-06-12T06:02:43.019Z","connector_type":"hubspot","connector_id":"rotund_quizzical","connector_name":"hubspot","sync_id":"5a8f2c10-7e3b-4d91-b2a6-0f4c9e1d7a83"}
{"event":"write_to_table_end","data":{"table":"contact","schema":"hubspot","count":18204},"created":"2024-06-12T06:04:10.553Z","connector_type":"hubspot","connector_id":"rotund_quizzical","connector_name":"hubspot","sync_id":"5a8f2c10-7e3b-4d91-b2a6-0f4c9e1d7a83"}
{"event":"sync_end","data":{"status":"SUCCESSFUL"},"created":"2024-06-12T06:04:12.901Z","connector_type":"hubspot","connector_id":"rotund_quizzical","connector_name":"hubspot","sync_id":"5a8f2c10-7e3b-4d91-b2a6-0f4c9e1d7a83"}`,
    // The mistyped value is still a birth date; connector ids, sync ids, HubSpot ids and counts are not ours.
    expected: [
      ['DATE_OF_BIRTH', '19855-03-02'],
      ['PERSON', 'Rosalind Ferreira-Duplessis'],
      ['PHONE', '617-442-0913'],
    ],
  },
  {
    name: 'Airbyte sync log, Postgres to BigQuery for a Mexican retailer: the destination rejects an impossible day-first birth date and prints the failed record with nombre and apellidos, a CURP and _airbyte ids',
    text: `2024-06-12 14:03:11 source > Reading stream clientes. Records read: 5000
2024-06-12 14:03:12 destination > INFO i.a.i.d.b.BigQueryStagingConsumerFactory(lambda$onStartFunction$3):137 Preparing airbyte_raw tables in destination started for 3 streams
2024-06-12 14:03:19 destination > ERROR i.a.c.i.b.AirbyteExceptionHandler(uncaughtException):26 Something went wrong in the connector. See the logs for more details.
2024-06-12 14:03:19 destination > com.google.cloud.bigquery.BigQueryException: Error while reading data, error message: JSON parsing error in row starting at position 0: Could not convert value 'string_value: "31/02/1987"' to date. Field: fecha_nacimiento; Value: 31/02/1987
2024-06-12 14:03:19 destination > Failed record: {"_airbyte_ab_id":"2f7c1d9e-4a83-4b5e-9c21-7e0d3f6a8b14","_airbyte_emitted_at":1718200991000,"_airbyte_data":{"id":88412,"nombre":"Itzel Guadalupe","apellidos":"Mendoza Xolalpa","correo":"itzel.mx88@hotmail.com","celular":"55 3012 7748","fecha_nacimiento":"31/02/1987","curp":"MEXI870231MDFNLT09"}}
2024-06-12 14:03:20 replication-orchestrator > Source and destination have different record counts: source emitted 5000, destination committed 4212
2024-06-12 14:03:20 replication-orchestrator > sync summary: {"status":"failed","recordsSynced":4212,"bytesSynced":1881204,"startTime":1718200980112,"endTime":1718201000455}`,
    // The impossible date is still her birth date, quoted twice in the error and once in the record; the CURP is a national id; Airbyte ids and counts are not ours.
    expected: [
      ['DATE_OF_BIRTH', '31/02/1987'],
      ['DATE_OF_BIRTH', '31/02/1987'],
      ['DATE_OF_BIRTH', '31/02/1987'],
      ['PERSON', 'Itzel Guadalupe'],
      ['PERSON', 'Mendoza Xolalpa'],
      ['EMAIL', 'itzel.mx88@hotmail.com'],
      ['PHONE', '55 3012 7748'],
    ],
  },
  {
    name: 'Stitch _sdc_rejected rows in Redshift shown with psql \\x (Australia): the rejected record JSON with given_name and surname apart, a month-13 birth date in the record and the reason, a Perth landline, a suburb named Darwin',
    text: `dev=# \\x on
Expanded display is on.
dev=# select record, reason, table_name, _sdc_rejected_at from stitch_members._sdc_rejected order by _sdc_rejected_at desc limit 2;
-[ RECORD 1 ]----+---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
record           | {"member_id": 20044187, "given_name": "Ngaio", "surname": "Whitehorse-Raki", "email": "ngaio.wr@iinet.net.au", "mobile": "0433 918 204", "dob": "1988-13-07", "suburb": "Fremantle", "postcode": "6160"}
reason           | record does not match schema: field "dob" with value "1988-13-07" is not a valid date-time
table_name       | members
_sdc_rejected_at | 2024-06-12 02:14:08
-[ RECORD 2 ]----+---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
record           | {"member_id": 20044190, "given_name": "Sunil", "surname": "Wickramasinghe", "email": "sunilw@tpg.com.au", "mobile": "(08) 9433 6071", "dob": null, "suburb": "Darwin", "member_tier": "gold+"}
reason           | record does not match schema: field "member_tier" with value "gold+" is not of type integer
table_name       | members
_sdc_rejected_at | 2024-06-12 02:14:08`,
    // The impossible date is a birth date in both places; Darwin and Fremantle are places; member ids and load times are not ours.
    expected: [
      ['PERSON', 'Ngaio'],
      ['PERSON', 'Whitehorse-Raki'],
      ['EMAIL', 'ngaio.wr@iinet.net.au'],
      ['PHONE', '0433 918 204'],
      ['DATE_OF_BIRTH', '1988-13-07'],
      ['DATE_OF_BIRTH', '1988-13-07'],
      ['PERSON', 'Sunil'],
      ['PERSON', 'Wickramasinghe'],
      ['EMAIL', 'sunilw@tpg.com.au'],
      ['PHONE', '(08) 9433 6071'],
    ],
  },
  {
    name: "meltano run tap-postgres target-snowflake for an Indian clinic chain: a singer jsonschema ValidationError on a phone, 'On instance' and the Record dict with full_name, dob, an ABHA number, structlog key=value tails",
    text: `$ meltano run tap-postgres target-snowflake
2024-06-12T04:30:02.118210Z [info     ] Environment 'prod' is active
2024-06-12T04:30:05.441932Z [info     ] time=2024-06-12 04:30:05 name=tap_postgres level=INFO message=Beginning full_table sync of stream 'public-patients'... cmd_type=elb consumer=False name=tap-postgres producer=True stdio=stderr string_id=tap-postgres
2024-06-12T04:30:19.877104Z [info     ] jsonschema.exceptions.ValidationError: '98450 12873' does not match '^\\\\+91[6-9][0-9]{9}$' cmd_type=elb consumer=True name=target-snowflake producer=False stdio=stderr string_id=target-snowflake
2024-06-12T04:30:19.877311Z [info     ] Failed validating 'pattern' in schema['properties']['phone'] cmd_type=elb consumer=True name=target-snowflake producer=False stdio=stderr string_id=target-snowflake
2024-06-12T04:30:19.877402Z [info     ] On instance['phone']:          cmd_type=elb consumer=True name=target-snowflake producer=False stdio=stderr string_id=target-snowflake
2024-06-12T04:30:19.877488Z [info     ]     '98450 12873'              cmd_type=elb consumer=True name=target-snowflake producer=False stdio=stderr string_id=target-snowflake
2024-06-12T04:30:19.879013Z [info     ] Record: {'patient_id': 'PT-77120', 'full_name': 'Vaishnavi Raghunathan', 'gender': 'F', 'dob': '1994-07-09', 'phone': '98450 12873', 'email': 'vaishnavi.r94@gmail.com', 'city': 'Bengaluru', 'abha_number': '91-4417-2093-8856'} cmd_type=elb consumer=True name=target-snowflake producer=False stdio=stderr string_id=target-snowflake
2024-06-12T04:30:20.002774Z [error    ] Loader failed
2024-06-12T04:30:20.003018Z [error    ] Block run completed.           block_type=ExtractLoadBlocks err=RunnerError('Loader failed') exit_codes={<PluginType.LOADERS: 'loaders'>: 1} set_number=0 success=False`,
    // The ABHA health number is not one of our types; patient ids and structlog fields are not ours.
    expected: [
      ['PHONE', '98450 12873'],
      ['PHONE', '98450 12873'],
      ['PERSON', 'Vaishnavi Raghunathan'],
      ['DATE_OF_BIRTH', '1994-07-09'],
      ['PHONE', '98450 12873'],
      ['EMAIL', 'vaishnavi.r94@gmail.com'],
    ],
  },

  // ---------------------------------------------------------------- reverse ETL
  {
    name: "Hightouch failed-rows CSV from a sync to Salesforce Contacts (US): Salesforce error codes quoting a double-dot e-mail, a duplicate id, a 7-digit phone and a full Vietnamese name in first_name, accounts named after people (Jackson Hewitt, Wendy's)",
    gap: 'Flags the company Jackson Hewitt as a person.',
    text: `$ head -5 failed_rows_sync_381204_run_9912873.csv
row_id,status,error,email,first_name,last_name,phone,mailing_state,account_name
48213,failed,"INVALID_EMAIL_ADDRESS: Email: invalid email address: dana..kowalski@yahoo.com",dana..kowalski@yahoo.com,Dana,Kowalski-Reyes,(312) 449-7820,IL,Jackson Hewitt
48219,failed,"DUPLICATES_DETECTED: Use one of these records? 0034x00000Q8aLmAAF",ahanu.whitecloud@gmail.com,Ahanu,Whitecloud,505-861-2247,NM,Sandia Peak Tramway
48230,failed,"FIELD_CUSTOM_VALIDATION_EXCEPTION: Phone must include an area code",marisol.benavides@icloud.com,Marisol,Benavides,449-7720,TX,Wendy's
48244,failed,"REQUIRED_FIELD_MISSING: Required fields are missing: [LastName]",hoang.thi.mai@comcast.net,Hoàng Thị Mai,,+1 (714) 530-2218,CA,Pho 45 Restaurant Group`,
    // An invalid address is still her e-mail; first_name holding a full name is one span; the Salesforce id, row ids, states and companies are not ours.
    expected: [
      ['EMAIL', 'dana..kowalski@yahoo.com'],
      ['EMAIL', 'dana..kowalski@yahoo.com'],
      ['PERSON', 'Dana'],
      ['PERSON', 'Kowalski-Reyes'],
      ['PHONE', '(312) 449-7820'],
      ['EMAIL', 'ahanu.whitecloud@gmail.com'],
      ['PERSON', 'Ahanu'],
      ['PERSON', 'Whitecloud'],
      ['PHONE', '505-861-2247'],
      ['EMAIL', 'marisol.benavides@icloud.com'],
      ['PERSON', 'Marisol'],
      ['PERSON', 'Benavides'],
      ['PHONE', '449-7720'],
      ['EMAIL', 'hoang.thi.mai@comcast.net'],
      ['PERSON', 'Hoàng Thị Mai'],
      ['PHONE', '+1 (714) 530-2218'],
    ],
  },
  {
    name: 'Census rejected records copied from the sync-run page as TSV (UK to Braze): external ids, an impossible 29/02/1987 birth date, a suppressed address, a Test User placeholder row',
    text: `Sync run #1182 · Braze · users/track · 4 rejected of 20,418
Record ID	Rejection reason	external_id	email	first_name	last_name	phone	date_of_birth
cus_7731	Invalid phone number format (expected E.164)	cus_7731	oluwadamilare.b@hotmail.co.uk	Oluwadamilare	Bankole	07700 184552	1991-11-04
cus_8820	Invalid date format for date_of_birth: "29/02/1987"	cus_8820	eilidh.macaskill@gmail.com	Eilidh	MacAskill	+447841209934	29/02/1987
cus_9014	Email address is on the suppression list	cus_9014	priya.thakrar@sky.com	Priya	Thakrar
cus_test_01	Invalid email domain	cus_test_01	test@example.com	Test	User`,
    // The impossible date is her birth date in the reason and the field; external ids, counts and the run number are not ours; the last row is a placeholder.
    expected: [
      ['EMAIL', 'oluwadamilare.b@hotmail.co.uk'],
      ['PERSON', 'Oluwadamilare'],
      ['PERSON', 'Bankole'],
      ['PHONE', '07700 184552'],
      ['DATE_OF_BIRTH', '1991-11-04'],
      ['DATE_OF_BIRTH', '29/02/1987'],
      ['EMAIL', 'eilidh.macaskill@gmail.com'],
      ['PERSON', 'Eilidh'],
      ['PERSON', 'MacAskill'],
      ['PHONE', '+447841209934'],
      ['DATE_OF_BIRTH', '29/02/1987'],
      ['EMAIL', 'priya.thakrar@sky.com'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Thakrar'],
    ],
  },

  // ---------------------------------------------------------------- event payloads
  {
    name: 'Segment identify from the source debugger (France): traits with firstName and lastName apart, a French mobile, birthday, an IBAN a developer put in traits, context.ip, address on rue Victor Hugo, messageId and anonymousId',
    text: `{
  "anonymousId": "3f1c9a70-8e2b-4d5f-a1c6-07b94e2d8f13",
  "context": {
    "ip": "90.84.211.37",
    "library": {"name": "analytics.js", "version": "next-1.70.0"},
    "locale": "fr-FR",
    "page": {"path": "/compte/profil", "referrer": "https://www.google.fr/", "url": "https://www.ecorce-boutique.fr/compte/profil"},
    "userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"
  },
  "integrations": {},
  "messageId": "ajs-next-1718185277220-8c41f0e2-5b7a-4d3c-9e16-2a0f7b8d3c51",
  "originalTimestamp": "2024-06-12T09:41:17.220Z",
  "receivedAt": "2024-06-12T09:41:17.902Z",
  "sentAt": "2024-06-12T09:41:17.231Z",
  "timestamp": "2024-06-12T09:41:17.891Z",
  "traits": {
    "email": "gaelle.lemoine-diallo@orange.fr",
    "firstName": "Gaëlle",
    "lastName": "Lemoine-Diallo",
    "phone": "+33 6 48 21 97 03",
    "birthday": "1996-02-18",
    "address": {"street": "12 rue Victor Hugo", "city": "Lyon", "postalCode": "69002", "country": "FR"},
    "iban": "FR8430004028370001847263185",
    "createdAt": "2023-11-02T08:15:44.000Z"
  },
  "type": "identify",
  "userId": "u_5520918"
}`,
    // Rue Victor Hugo is a street; ids, the user agent and timestamps (createdAt too) are not ours.
    expected: [
      ['IP_ADDRESS', '90.84.211.37'],
      ['EMAIL', 'gaelle.lemoine-diallo@orange.fr'],
      ['PERSON', 'Gaëlle'],
      ['PERSON', 'Lemoine-Diallo'],
      ['PHONE', '+33 6 48 21 97 03'],
      ['DATE_OF_BIRTH', '1996-02-18'],
      ['IBAN', 'FR8430004028370001847263185'],
    ],
  },
  {
    name: 'RudderStack server-side track from an Indian lender: context.traits with name, e-mail and +91 phone, a co-applicant named in properties, a PAN suffix, a public context.ip and a private request_ip',
    text: `{"type":"track","event":"Loan Application Submitted","userId":"cust_7712093","anonymousId":"a61c0e9b-3f2d-4b8e-9d71-5c4a2e80f916","context":{"ip":"106.51.72.190","traits":{"name":"Mohammed Irfan Qureshi","email":"irfan.qureshi@yahoo.co.in","phone":"+919886041273"},"library":{"name":"rudder-sdk-node","version":"2.0.7"}},"properties":{"loan_amount_inr":350000,"tenure_months":36,"pan_last4":"417K","co_applicant":"Ayesha Qureshi","branch":"Koramangala","application_id":"LA-2024-0612-55821"},"request_ip":"10.8.14.22","rudderId":"d3b7f1a0-92c6-4e58-b4a1-7f0e2c9d6b83","messageId":"node-7f2c9e41b0d8a3f5e1c6b2d9a47e0f81","sentAt":"2024-06-12T07:22:18.104Z","receivedAt":"2024-06-12T07:22:18.391Z","originalTimestamp":"2024-06-12T07:22:18.100Z"}`,
    // The PAN suffix, application, rudder and message ids are not ours; the private request_ip counts.
    expected: [
      ['IP_ADDRESS', '106.51.72.190'],
      ['PERSON', 'Mohammed Irfan Qureshi'],
      ['EMAIL', 'irfan.qureshi@yahoo.co.in'],
      ['PHONE', '+919886041273'],
      ['PERSON', 'Ayesha Qureshi'],
      ['IP_ADDRESS', '10.8.14.22'],
    ],
  },
  {
    name: 'Segment anonymous page calls from a Dutch ticketing site, JSON lines: anonymousIds, UTM campaign, context.ip 0.0.0.0 to switch off geolocation, page titles naming the Anne Frank Huis and the Van Gogh Museum; nothing personal',
    text: `{"type":"page","name":"Anne Frank Huis tickets","anonymousId":"0b7e4c2a-91f3-4d86-a5e0-3c8f1b6d2e97","userId":null,"context":{"ip":"0.0.0.0","locale":"nl-NL","campaign":{"source":"newsletter","medium":"email","name":"zomer_2024"},"page":{"path":"/tickets/anne-frank-huis","title":"Anne Frank Huis tickets | Stadspas"}},"properties":{"category":"musea","slots_left":14},"timestamp":"2024-06-12T10:02:11.480Z","messageId":"ajs-next-1718186531480-1d2c9f7e"}
{"type":"page","name":"Van Gogh Museum tickets","anonymousId":"0b7e4c2a-91f3-4d86-a5e0-3c8f1b6d2e97","userId":null,"context":{"ip":"0.0.0.0","locale":"nl-NL","campaign":{"source":"newsletter","medium":"email","name":"zomer_2024"},"page":{"path":"/tickets/van-gogh-museum","title":"Van Gogh Museum tickets | Stadspas"}},"properties":{"category":"musea","slots_left":0},"timestamp":"2024-06-12T10:02:49.017Z","messageId":"ajs-next-1718186569017-7a4e0b31"}
{"type":"page","name":"Rembrandtplein plattegrond","anonymousId":"5e2f9a1c-7b04-4c3d-8e61-a9d0f4b72c58","userId":null,"context":{"ip":"0.0.0.0","locale":"en-GB","page":{"path":"/kaart/rembrandtplein","title":"Rembrandtplein map | Stadspas"}},"properties":{},"timestamp":"2024-06-12T10:03:30.662Z","messageId":"ajs-next-1718186610662-c81f3d09"}`,
    // Museums and a square named after people, 0.0.0.0, anonymous ids and message ids are not personal data.
    expected: [],
  },

  // ---------------------------------------------------------------- webhooks
  {
    name: 'Stripe charge.succeeded webhook logged by an Express handler (US): the stripe-signature header with t= and v1= HMACs, billing_details with name, e-mail and phone, receipt_email, card last4, fingerprint, ch_, pi_, pm_ and cus_ ids',
    text: `[webhooks] 2024-06-12T15:42:41.118Z headers {"stripe-signature":"t=1718206961,v1=5f1c8e2a9b7d4306c1e5f9a2b8d7c3e0f4a6b1d9c2e8f7a3b5d0c6e1f9a2b4d8,v0=0d3a7f1e9c2b5d8a4f6e0c3b7d1a9f2e5c8b4d7a0f3e6c9b2d5a8f1e4c7b0d3a6","content-type":"application/json; charset=utf-8","user-agent":"Stripe/1.0 (+https://stripe.com/docs/webhooks)"}
[webhooks] 2024-06-12T15:42:41.121Z event {
  "id": "evt_3PQnR2LkV8x1Zb4T0c7Hs9Wd",
  "object": "event",
  "api_version": "2024-04-10",
  "created": 1718206960,
  "type": "charge.succeeded",
  "livemode": true,
  "data": {
    "object": {
      "id": "ch_3PQnR2LkV8x1Zb4T0a1Bc2De",
      "object": "charge",
      "amount": 8900,
      "currency": "usd",
      "customer": "cus_Q8xV3NmP2RkT7a",
      "payment_intent": "pi_3PQnR2LkV8x1Zb4T0f5Gh6Ij",
      "payment_method": "pm_1PQnQzLkV8x1Zb4Tq8Rs2Tu3",
      "billing_details": {
        "address": {"city": "Dallas", "country": "US", "line1": "4417 Swiss Ave", "postal_code": "75204", "state": "TX"},
        "email": "darnell.fitzhugh@gmail.com",
        "name": "Darnell Fitzhugh",
        "phone": "+19725184406"
      },
      "payment_method_details": {
        "card": {"brand": "amex", "country": "US", "exp_month": 3, "exp_year": 2028, "fingerprint": "Lq7Tz2Wx9Vb4Nm1K", "last4": "1005", "network": "amex"},
        "type": "card"
      },
      "receipt_email": "darnell.fitzhugh@gmail.com",
      "receipt_url": "https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8xTzRrUjdMa1Y4eDFaYjRU",
      "statement_descriptor": "BLUEBONNET CLIMBING"
    }
  }
}`,
    // Webhook signatures are HMACs, not keys; Stripe ids, the fingerprint, last4, the receipt URL token and the street address are not ours.
    expected: [
      ['EMAIL', 'darnell.fitzhugh@gmail.com'],
      ['PERSON', 'Darnell Fitzhugh'],
      ['PHONE', '+19725184406'],
      ['EMAIL', 'darnell.fitzhugh@gmail.com'],
    ],
  },
  {
    name: 'Flask Stripe webhook handler with the live signing secret pasted in, then the customer.created event it logged (Australia): name, e-mail, an AU mobile, a shipping name, metadata with a loyalty id',
    text: `import stripe
from flask import Flask, request

app = Flask(__name__)
endpoint_secret = "${whsecLive}"   # TODO move to SSM before go-live

@app.post("/webhooks/stripe")
def stripe_webhook():
    sig = request.headers.get("Stripe-Signature")
    event = stripe.Webhook.construct_event(request.data, sig, endpoint_secret)
    app.logger.info("stripe event %s %s", event["type"], event["data"]["object"])
    return "", 200

[2024-06-12 01:14:09,552] INFO in app: stripe event customer.created {
  "address": null,
  "created": 1718154849,
  "email": "chloe.vandenberg@outlook.com.au",
  "id": "cus_QAb7Xy2Mn9Lk4P",
  "invoice_prefix": "9F1C2E7A",
  "livemode": true,
  "metadata": {"loyalty_id": "LY-0081427", "source": "pos-bondi"},
  "name": "Chloe van den Berg",
  "object": "customer",
  "phone": "+61 423 118 590",
  "shipping": {"address": {"city": "Bondi Beach", "country": "AU", "line1": "41 Hall St", "postal_code": "2026", "state": "NSW"}, "name": "Chloe van den Berg", "phone": null}
}`,
    // The signing secret is a live credential; the customer id, invoice prefix and loyalty id are not ours.
    expected: [
      ['SECRET', whsecLive],
      ['EMAIL', 'chloe.vandenberg@outlook.com.au'],
      ['PERSON', 'Chloe van den Berg'],
      ['PHONE', '+61 423 118 590'],
      ['PERSON', 'Chloe van den Berg'],
    ],
  },
  {
    name: 'Stripe payout.paid webhook and the handler config with whsec_... and <signature> placeholders: po_ and ba_ ids, bank last4 and routing number, amounts and arrival date; nothing personal',
    text: `# .env.example
STRIPE_WEBHOOK_SECRET=whsec_...

$ curl -X POST localhost:4242/webhooks/stripe -H 'Stripe-Signature: t=1718236800,v1=<signature>' -d @payout_paid.json
{
  "id": "evt_1PQv0aKx4Wm2Rt8Y5nL3cD7f",
  "type": "payout.paid",
  "data": {
    "object": {
      "id": "po_1PQuZxKx4Wm2Rt8Yq0Wd5Ze1",
      "object": "payout",
      "amount": 1482250,
      "arrival_date": 1718236800,
      "currency": "aud",
      "destination": {
        "id": "ba_1OhT2kKx4Wm2Rt8YpM1nQ4rS",
        "object": "bank_account",
        "bank_name": "COMMONWEALTH BANK OF AUSTRALIA",
        "country": "AU",
        "last4": "6621",
        "routing_number": "062-000",
        "status": "verified"
      },
      "method": "standard",
      "statement_descriptor": "KOWHAI LABS PAYOUT",
      "status": "paid"
    }
  }
}`,
    // Placeholders, Stripe ids, the BSB-style routing number, last4 and the arrival epoch are not ours.
    expected: [],
  },
  {
    name: 'Shopify orders/create webhook in Spain with its headers: X-Shopify-Hmac-Sha256, X-Shopify-Webhook-Id, Basque customer names with first_name and last_name apart, billing and shipping names, browser_ip, a note naming the neighbour, a Correos tracking number, a winery named after a marquis',
    text: `POST /webhooks/shopify/orders-create
X-Shopify-Topic: orders/create
X-Shopify-Hmac-Sha256: 3qZ8mKx2Lr7Tn4Wc9Bd1Hs6Jp0Fa5Ye3Ku8Gi2NwR=
X-Shopify-Shop-Domain: txakoli-denda.myshopify.com
X-Shopify-Webhook-Id: 9c1e7b3a-4f28-4d61-a0b5-e83f2c9d7140
X-Shopify-Triggered-At: 2024-06-12T17:20:44.118Z
X-Shopify-API-Version: 2024-04

{
  "id": 5931208847361,
  "name": "#ES10442",
  "order_number": 10442,
  "email": "itziar.goikoetxea@gmail.com",
  "created_at": "2024-06-12T19:20:41+02:00",
  "browser_ip": "83.44.217.9",
  "checkout_token": "a1f09c2e7b4d8e3f6c5a9b0d2e1f4c7a",
  "total_price": "74.85",
  "currency": "EUR",
  "customer": {"id": 7731200458817, "first_name": "Itziar", "last_name": "Goikoetxea Arrizabalaga", "email": "itziar.goikoetxea@gmail.com", "phone": "+34 688 41 27 90"},
  "billing_address": {"first_name": "Itziar", "last_name": "Goikoetxea Arrizabalaga", "name": "Itziar Goikoetxea Arrizabalaga", "address1": "Calle Urbieta 18, 3º izq", "city": "Donostia", "zip": "20006", "province": "Gipuzkoa", "country_code": "ES", "phone": "+34 688 41 27 90"},
  "shipping_address": {"first_name": "Itziar", "last_name": "Goikoetxea Arrizabalaga", "name": "Itziar Goikoetxea Arrizabalaga", "address1": "Calle Urbieta 18, 3º izq", "city": "Donostia", "zip": "20006", "country_code": "ES", "phone": "+34 688 41 27 90"},
  "note": "Si no estoy, dejadlo a mi vecino Unai Etxeberria (2º dcha), tel. 943 27 18 60",
  "line_items": [
    {"sku": "MR-RES-2019", "title": "Marqués de Riscal Reserva 2019", "quantity": 3, "price": "18.95"},
    {"sku": "TXK-GET-2023", "title": "Txakoli Getariako 2023", "quantity": 1, "price": "18.00"}
  ],
  "fulfillments": [{"tracking_company": "Correos", "tracking_number": "PQ4R7M0003281940E"}]
}`,
    // The Shopify HMAC is a signature; the winery, the street, ids, tokens, the order name and the tracking number are not ours.
    expected: [
      ['EMAIL', 'itziar.goikoetxea@gmail.com'],
      ['IP_ADDRESS', '83.44.217.9'],
      ['PERSON', 'Itziar'],
      ['PERSON', 'Goikoetxea Arrizabalaga'],
      ['EMAIL', 'itziar.goikoetxea@gmail.com'],
      ['PHONE', '+34 688 41 27 90'],
      ['PERSON', 'Itziar'],
      ['PERSON', 'Goikoetxea Arrizabalaga'],
      ['PERSON', 'Itziar Goikoetxea Arrizabalaga'],
      ['PHONE', '+34 688 41 27 90'],
      ['PERSON', 'Itziar'],
      ['PERSON', 'Goikoetxea Arrizabalaga'],
      ['PERSON', 'Itziar Goikoetxea Arrizabalaga'],
      ['PHONE', '+34 688 41 27 90'],
      ['PERSON', 'Unai Etxeberria'],
      ['PHONE', '943 27 18 60'],
    ],
  },
  {
    name: 'HubSpot contact webhook batch (US): propertyChange events whose propertyName says firstname, lastname, email, phone and date_of_birth, the birth date as epoch milliseconds, X-HubSpot-Signature-v3, objectIds, portalId and sourceId',
    text: `X-HubSpot-Signature-v3: Q7mLx2Rk9TzWc4Bn8Vd1Hs6Jp0Fa5Ye3Ku8Gi2NwRt=
X-HubSpot-Request-Timestamp: 1718209441118

[
  {"eventId": 3918204471, "subscriptionId": 2281904, "portalId": 44181920, "appId": 3321887, "occurredAt": 1718209440911, "subscriptionType": "contact.creation", "attemptNumber": 0, "objectId": 90117743201, "changeFlag": "CREATED", "changeSource": "FORM", "sourceId": "userId:48213390"},
  {"eventId": 3918204472, "subscriptionId": 2281911, "portalId": 44181920, "appId": 3321887, "occurredAt": 1718209440911, "subscriptionType": "contact.propertyChange", "attemptNumber": 0, "objectId": 90117743201, "propertyName": "firstname", "propertyValue": "Oluwaseun", "changeSource": "FORM", "sourceId": "userId:48213390"},
  {"eventId": 3918204473, "subscriptionId": 2281911, "portalId": 44181920, "appId": 3321887, "occurredAt": 1718209440911, "subscriptionType": "contact.propertyChange", "attemptNumber": 0, "objectId": 90117743201, "propertyName": "lastname", "propertyValue": "Adekunle-Harris", "changeSource": "FORM", "sourceId": "userId:48213390"},
  {"eventId": 3918204474, "subscriptionId": 2281911, "portalId": 44181920, "appId": 3321887, "occurredAt": 1718209440911, "subscriptionType": "contact.propertyChange", "attemptNumber": 0, "objectId": 90117743201, "propertyName": "email", "propertyValue": "seun.adekunle.h@gmail.com", "changeSource": "FORM", "sourceId": "userId:48213390"},
  {"eventId": 3918204475, "subscriptionId": 2281911, "portalId": 44181920, "appId": 3321887, "occurredAt": 1718209440911, "subscriptionType": "contact.propertyChange", "attemptNumber": 0, "objectId": 90117743201, "propertyName": "phone", "propertyValue": "(678) 902-1147", "changeSource": "FORM", "sourceId": "userId:48213390"},
  {"eventId": 3918204476, "subscriptionId": 2281911, "portalId": 44181920, "appId": 3321887, "occurredAt": 1718209440911, "subscriptionType": "contact.propertyChange", "attemptNumber": 0, "objectId": 90117743201, "propertyName": "date_of_birth", "propertyValue": "181267200000", "changeSource": "FORM", "sourceId": "userId:48213390"}
]`,
    // HubSpot sends date properties as epoch milliseconds at midnight UTC: 181267200000 is 1975-09-30, a birth date; the signature, ids and occurredAt epochs are not ours.
    expected: [
      ['PERSON', 'Oluwaseun'],
      ['PERSON', 'Adekunle-Harris'],
      ['EMAIL', 'seun.adekunle.h@gmail.com'],
      ['PHONE', '(678) 902-1147'],
      ['DATE_OF_BIRTH', '181267200000'],
    ],
  },
  {
    name: "sf data query table output from a UK org: Name, Email, MobilePhone and Birthdate of Contacts at companies named after people (Marks and Spencer, John Lewis, Sainsbury's, Ernst & Young), owner aliases, 18-character ids",
    text: `$ sf data query --query "SELECT Id, Name, Email, MobilePhone, Birthdate, Account.Name, Owner.Alias FROM Contact WHERE LastModifiedDate = TODAY AND Account.BillingCountry = 'United Kingdom' LIMIT 4" --target-org prod-uk
 ID                 NAME                     EMAIL                         MOBILEPHONE      BIRTHDATE  ACCOUNT.NAME                 OWNER.ALIAS
 ────────────────── ──────────────────────── ───────────────────────────── ──────────────── ────────── ──────────────────────────── ───────────
 0035g00000XyZ1aAAE Rhiannon Pryce-Llewellyn rhiannon.pryce@gmail.com      07700 318442     1984-10-02 Marks and Spencer plc        jokafor
 0035g00000XyZ4fAAE Kwabena Asante-Darko     k.asantedarko@ey.com          +44 7392 604 118            Ernst & Young LLP            jokafor
 0035g00000XyZ7hAAE Gurdeep Bains            gurdeep.bains@johnlewis.co.uk 07828 551 903    1990-06-17 John Lewis Partnership       mharrow
 0035g00000XyZ9kAAE Fionnuala Devlin                                                                   Sainsbury's Supermarkets Ltd mharrow
Total number of records retrieved: 4.
Querying Data... done`,
    // Account names are companies; owner aliases are usernames; ids and the query are not ours.
    expected: [
      ['PERSON', 'Rhiannon Pryce-Llewellyn'],
      ['EMAIL', 'rhiannon.pryce@gmail.com'],
      ['PHONE', '07700 318442'],
      ['DATE_OF_BIRTH', '1984-10-02'],
      ['PERSON', 'Kwabena Asante-Darko'],
      ['EMAIL', 'k.asantedarko@ey.com'],
      ['PHONE', '+44 7392 604 118'],
      ['PERSON', 'Gurdeep Bains'],
      ['EMAIL', 'gurdeep.bains@johnlewis.co.uk'],
      ['PHONE', '07828 551 903'],
      ['DATE_OF_BIRTH', '1990-06-17'],
      ['PERSON', 'Fionnuala Devlin'],
    ],
  },
  {
    name: 'Salesforce REST query from Colombia with the session id as a Bearer token: records with attributes {type, url}, FirstName and LastName apart (Afro-Colombian and paisa double surnames), a Medellín 604 landline, a Birthdate, a hospital named after Pablo Tobón Uribe',
    text: `$ curl -s "https://andina-seguros.my.salesforce.com/services/data/v60.0/query?q=SELECT+Id,FirstName,LastName,Email,Phone,Birthdate,MailingCity,Account.Name+FROM+Contact+WHERE+CreatedDate=LAST_N_DAYS:2" \\
    -H "Authorization: Bearer ${sfSession}" | jq .
{
  "totalSize": 2,
  "done": true,
  "records": [
    {
      "attributes": {"type": "Contact", "url": "/services/data/v60.0/sobjects/Contact/0038b00002Hx7QrAAJ"},
      "Id": "0038b00002Hx7QrAAJ",
      "FirstName": "Yuliana",
      "LastName": "Palacios Mosquera",
      "Email": "yuliana.palacios.m@gmail.com",
      "Phone": "+57 310 448 2197",
      "Birthdate": "1993-06-27",
      "MailingCity": "Quibdó",
      "Account": {"attributes": {"type": "Account", "url": "/services/data/v60.0/sobjects/Account/0018b00001Tq4LmAAJ"}, "Name": "Cooperativa Multiactiva del Chocó"}
    },
    {
      "attributes": {"type": "Contact", "url": "/services/data/v60.0/sobjects/Contact/0038b00002Hx7RsAAJ"},
      "Id": "0038b00002Hx7RsAAJ",
      "FirstName": "Jhon Fredy",
      "LastName": "Arboleda Quintero",
      "Email": "jfarboleda@une.net.co",
      "Phone": "(604) 448 1123",
      "Birthdate": null,
      "MailingCity": "Medellín",
      "Account": {"attributes": {"type": "Account", "url": "/services/data/v60.0/sobjects/Account/0018b00001Tq4NpAAJ"}, "Name": "Hospital Pablo Tobón Uribe"}
    }
  ]
}`,
    // The session id is a credential; the hospital is named after a person; record ids and URLs are not ours.
    expected: [
      ['SECRET', sfSession],
      ['PERSON', 'Yuliana'],
      ['PERSON', 'Palacios Mosquera'],
      ['EMAIL', 'yuliana.palacios.m@gmail.com'],
      ['PHONE', '+57 310 448 2197'],
      ['DATE_OF_BIRTH', '1993-06-27'],
      ['PERSON', 'Jhon Fredy'],
      ['PERSON', 'Arboleda Quintero'],
      ['EMAIL', 'jfarboleda@une.net.co'],
      ['PHONE', '(604) 448 1123'],
    ],
  },
  {
    name: 'Apex debug log of a Contact trigger (US): USER_INFO with the integration user, SOQL_EXECUTE lines, USER_DEBUG of the sObject before and after with FirstName and LastName apart and a Birthdate with 00:00:00, a DUPLICATE_VALUE exception, limit usage',
    text: `60.0 APEX_CODE,DEBUG;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO;SYSTEM,DEBUG;VALIDATION,INFO;WORKFLOW,INFO
09:14:22.0 (218473)|USER_INFO|[EXTERNAL]|0055g00000A1bCdAAF|svc-integration@northwind-health.com|(GMT-05:00) Central Daylight Time (America/Chicago)|GMT-05:00
09:14:22.0 (1204471)|EXECUTION_STARTED
09:14:22.0 (1210233)|CODE_UNIT_STARTED|[EXTERNAL]|01q5g000000AbCdAAE|ContactTrigger on Contact trigger event BeforeUpdate|__sfdc_trigger/ContactTrigger
09:14:22.0 (3391045)|SOQL_EXECUTE_BEGIN|[27]|Aggregations:0|SELECT Id, Email FROM Contact WHERE Email IN :emails AND Id NOT IN :ids
09:14:22.0 (8820134)|SOQL_EXECUTE_END|[27]|Rows:1
09:14:22.0 (9012877)|USER_DEBUG|[31]|DEBUG|duplicate email found: Contact:{Id=0035g00000Q7rStAAF, Email=b.okonjowhitaker@gmail.com}
09:14:22.0 (9120455)|USER_DEBUG|[44]|DEBUG|before: Contact:{Id=0035g00000R2kLmAAF, FirstName=Bernadette, LastName=Okonjo-Whitaker, Email=bernadette.okonjo@uchicago.edu, MobilePhone=(773) 205-4418, Birthdate=1968-04-22 00:00:00, MailingCity=Chicago, OwnerId=0055g00000B7cDeAAF}
09:14:22.0 (9123310)|USER_DEBUG|[45]|DEBUG|after: Contact:{Id=0035g00000R2kLmAAF, FirstName=Bernadette, LastName=Okonjo-Whitaker, Email=b.okonjowhitaker@gmail.com, MobilePhone=(773) 205-4418, Birthdate=1968-04-22 00:00:00, MailingCity=Chicago, OwnerId=0055g00000B7cDeAAF}
09:14:22.0 (9201766)|EXCEPTION_THROWN|[52]|System.DmlException: Update failed. First exception on row 0 with id 0035g00000R2kLmAAF; first error: DUPLICATE_VALUE, duplicate value found: Email__c duplicates value on record with id: 0035g00000Q7rStAAF: []
09:14:22.0 (9388120)|FATAL_ERROR|System.DmlException: Update failed. First exception on row 0 with id 0035g00000R2kLmAAF; first error: DUPLICATE_VALUE

Trigger.ContactTrigger: line 52, column 1
09:14:22.0 (9411034)|CUMULATIVE_LIMIT_USAGE
09:14:22.0 (9411034)|LIMIT_USAGE_FOR_NS|(default)|
  Number of SOQL queries: 1 out of 100
  Number of query rows: 1 out of 50000
  Number of DML statements: 1 out of 150
  Maximum CPU time: 41 out of 10000
09:14:22.0 (9502118)|CODE_UNIT_FINISHED|ContactTrigger on Contact trigger event BeforeUpdate|__sfdc_trigger/ContactTrigger
09:14:22.0 (9530771)|EXECUTION_FINISHED`,
    // The integration user's address is a service mailbox on a real domain; the birth date is the date, not the midnight time; record ids, nanosecond ticks and limits are not ours.
    expected: [
      ['EMAIL', 'svc-integration@northwind-health.com'],
      ['EMAIL', 'b.okonjowhitaker@gmail.com'],
      ['PERSON', 'Bernadette'],
      ['PERSON', 'Okonjo-Whitaker'],
      ['EMAIL', 'bernadette.okonjo@uchicago.edu'],
      ['PHONE', '(773) 205-4418'],
      ['DATE_OF_BIRTH', '1968-04-22'],
      ['PERSON', 'Bernadette'],
      ['PERSON', 'Okonjo-Whitaker'],
      ['EMAIL', 'b.okonjowhitaker@gmail.com'],
      ['PHONE', '(773) 205-4418'],
      ['DATE_OF_BIRTH', '1968-04-22'],
    ],
  },
  {
    name: 'Zendesk trigger webhook from an Indian e-commerce desk with its signature headers: requester and assignee names, a Kerala mobile and a Kochi office landline in the comment, a UPI reference and an order number, a given-name sign-off',
    text: `X-Zendesk-Webhook-Id: 01HZX4Q7M2RK9TZWC4BN8VD1HS
X-Zendesk-Webhook-Signature: kV9p2Qx7LmRz4TbN1cW9yKd3HfJ0sE5aU8oI6rT2wX4=
X-Zendesk-Webhook-Signature-Timestamp: 2024-06-12T06:31:08Z

{
  "ticket_id": "88120",
  "subject": "Refund not received for order #IN-5521870",
  "status": "open",
  "requester_name": "Sreelakshmi Panicker",
  "requester_email": "sreelakshmi.p@gmail.com",
  "requester_phone": "+91 94470 31862",
  "assignee_name": "Devansh Malhotra",
  "assignee_email": "devansh.m@kaveri-mart.in",
  "latest_comment": "Hi, my UPI refund for Rs 2,499 is pending since 3 June. UPI ref 415623908871. Please call me on 0484-2371904 (office) between 10 and 5.\\n- Sreelakshmi",
  "tags": "refund upi kerala",
  "via": "web"
}`,
    // Sreelakshmi signs as herself, named in full above; the webhook signature, ticket, order and UPI reference numbers are not ours.
    expected: [
      ['PERSON', 'Sreelakshmi Panicker'],
      ['EMAIL', 'sreelakshmi.p@gmail.com'],
      ['PHONE', '+91 94470 31862'],
      ['PERSON', 'Devansh Malhotra'],
      ['EMAIL', 'devansh.m@kaveri-mart.in'],
      ['PHONE', '0484-2371904'],
      ['PERSON', 'Sreelakshmi'],
    ],
  },
  {
    name: 'Intercom conversation.user.replied webhook (Netherlands): a contact with a particle surname, an IBAN and a mobile in an HTML body part, an admin reply, Intercom hex ids and epoch created_at values',
    text: `{
  "type": "notification_event",
  "topic": "conversation.user.replied",
  "id": "notif_4c1e9f0a-72b8-4d6e-93a5-f1c07d2b8e31",
  "created_at": 1718188301,
  "data": {
    "item": {
      "type": "conversation",
      "id": "18204471930",
      "source": {"author": {"type": "user", "id": "6669a0c2e1b4f30012d7a9e4", "name": "Sanne van der Heijden-Bakker", "email": "sanne.vdheijden@ziggo.nl"}},
      "admin_assignee_id": 7731204,
      "conversation_parts": {
        "type": "conversation_part.list",
        "conversation_parts": [
          {"type": "conversation_part", "id": "30418872201", "part_type": "comment", "body": "<p>Hoi Joris, de terugbetaling is nog niet binnen. Mijn IBAN is NL23RABO0318842715, bel gerust op 06-41887203.</p><p>Groet, Sanne</p>", "created_at": 1718188299, "author": {"type": "user", "id": "6669a0c2e1b4f30012d7a9e4", "name": "Sanne van der Heijden-Bakker"}},
          {"type": "conversation_part", "id": "30418872344", "part_type": "comment", "body": "<p>Dank je Sanne, ik heb het doorgezet naar finance (ref FIN-2024-0931).</p>", "created_at": 1718188412, "author": {"type": "admin", "id": "7731204", "name": "Joris Bosman"}}
        ],
        "total_count": 2
      }
    }
  }
}`,
    // Sanne and Joris alone are people named in full in the same payload; Intercom ids, epochs and the finance ref are not ours.
    expected: [
      ['PERSON', 'Sanne van der Heijden-Bakker'],
      ['EMAIL', 'sanne.vdheijden@ziggo.nl'],
      ['PERSON', 'Joris'],
      ['IBAN', 'NL23RABO0318842715'],
      ['PHONE', '06-41887203'],
      ['PERSON', 'Sanne'],
      ['PERSON', 'Sanne van der Heijden-Bakker'],
      ['PERSON', 'Sanne'],
      ['PERSON', 'Joris Bosman'],
    ],
  },
  {
    name: 'Twilio SMS status callback logged by Flask (US clinic): the request line from loopback, request.form as an ImmutableMultiDict with To and From, SmsSid, MessageSid, AccountSid and MessagingServiceSid, X-Twilio-Signature, an undelivered warning naming the patient',
    text: `127.0.0.1 - - [12/Jun/2024 11:02:13] "POST /twilio/status HTTP/1.1" 200 -
INFO:sms:status callback form=ImmutableMultiDict([('SmsSid', 'SM4c1e9f0a72b84d6e93a5f1c07d2b8e31'), ('SmsStatus', 'undelivered'), ('MessageStatus', 'undelivered'), ('To', '+15037841926'), ('ErrorCode', '30003'), ('MessagingServiceSid', 'MG9b2d7e41c0a83f5e1d6b2c9a47e0f813'), ('MessageSid', 'SM4c1e9f0a72b84d6e93a5f1c07d2b8e31'), ('AccountSid', 'AC7f2e9c1b4a8d3e60f5c2a9b71d4e8f03'), ('From', '+18336620417'), ('ApiVersion', '2010-04-01')])
INFO:sms:X-Twilio-Signature=Gv8p2Qx7LmRz4TbN1cW9yKd3HfJ0sE5=
WARNING:sms:undelivered to +15037841926 (30003 Unreachable destination handset) - appointment reminder for patient_id=PT-20931 (Ngozi Ebere-Lindqvist), retry via voice at 2024-06-12 15:00 PT`,
    // The toll-free sender is the clinic's business number and counts; loopback, SIDs, the signature, error codes and the patient id are not ours.
    expected: [
      ['PHONE', '+15037841926'],
      ['PHONE', '+18336620417'],
      ['PHONE', '+15037841926'],
      ['PERSON', 'Ngozi Ebere-Lindqvist'],
    ],
  },
  {
    name: 'Mailchimp GET member with the API key in curl -u (Ireland): subscriber hash in the URL, merge_fields FNAME and LNAME apart with an Irish-language surname, a month/day BIRTHDAY, PHONE, an address on Pearse Street, ip_opt and location',
    text: `$ curl -s -u "anystring:${mailchimpKey}" \\
    https://us21.api.mailchimp.com/3.0/lists/7a1c2e9f04/members/3f9c2b1e8a7d4f60c5e1b2a9d8f7e6c4 \\
  | jq '{id, email_address, status, merge_fields, ip_signup, ip_opt, timestamp_opt, location, last_changed}'
{
  "id": "3f9c2b1e8a7d4f60c5e1b2a9d8f7e6c4",
  "email_address": "caoimhe.osullivan@eircom.net",
  "status": "subscribed",
  "merge_fields": {
    "FNAME": "Caoimhe",
    "LNAME": "Ó Súilleabháin",
    "ADDRESS": {"addr1": "12 Pearse Street", "addr2": "", "city": "Dublin 2", "state": "", "zip": "D02 YX88", "country": "IE"},
    "PHONE": "087 412 6630",
    "BIRTHDAY": "04/17"
  },
  "ip_signup": "",
  "ip_opt": "86.45.120.77",
  "timestamp_opt": "2023-03-17T19:04:51+00:00",
  "location": {"latitude": 53.3438, "longitude": -6.2546, "gmtoff": 0, "dstoff": 1, "country_code": "IE", "timezone": "Europe/Dublin"},
  "last_changed": "2024-05-30T08:12:40+00:00"
}`,
    // The key alone is the secret; the subscriber hash is an MD5 of the address; the BIRTHDAY merge field is her birthday without a year; Pearse Street, the Eircode and coordinates are not ours.
    expected: [
      ['SECRET', mailchimpKey],
      ['EMAIL', 'caoimhe.osullivan@eircom.net'],
      ['PERSON', 'Caoimhe'],
      ['PERSON', 'Ó Súilleabháin'],
      ['PHONE', '087 412 6630'],
      ['DATE_OF_BIRTH', '04/17'],
      ['IP_ADDRESS', '86.45.120.77'],
    ],
  },

  // ---------------------------------------------------------------- data quality
  {
    name: 'Great Expectations result for a UK mobile regex on a members table: partial_unexpected_list of phones, unexpected_index_list keyed by e-mail, the run_id and batch metadata',
    text: `{
  "success": false,
  "expectation_config": {
    "expectation_type": "expect_column_values_to_match_regex",
    "kwargs": {"column": "mobile", "regex": "^07\\\\d{3} ?\\\\d{6}$", "mostly": 0.99, "batch_id": "members_pg-members_2024_06_12"},
    "meta": {"owner": "data-quality@harbourlight.co.uk"}
  },
  "result": {
    "element_count": 48213,
    "unexpected_count": 3,
    "unexpected_percent": 0.0062224,
    "partial_unexpected_list": ["+44 (0)7723 118 406", "0161 832 4471", "7911 204837"],
    "unexpected_index_column_names": ["email"],
    "unexpected_index_list": [
      {"email": "callum.mcgregor-ansah@gmail.com", "mobile": "+44 (0)7723 118 406"},
      {"email": "bronwen.ap.iorwerth@outlook.com", "mobile": "0161 832 4471"},
      {"email": "d.szymanski@hotmail.co.uk", "mobile": "7911 204837"}
    ]
  },
  "meta": {"run_id": {"run_name": "20240612-0600-members", "run_time": "2024-06-12T06:00:12.417Z"}},
  "exception_info": {"raised_exception": false, "exception_message": null, "exception_traceback": null}
}`,
    // A landline in a mobile column and numbers missing their 0 are still phones; counts, the batch id and run metadata are not ours; the team mailbox counts.
    expected: [
      ['EMAIL', 'data-quality@harbourlight.co.uk'],
      ['PHONE', '+44 (0)7723 118 406'],
      ['PHONE', '0161 832 4471'],
      ['PHONE', '7911 204837'],
      ['EMAIL', 'callum.mcgregor-ansah@gmail.com'],
      ['PHONE', '+44 (0)7723 118 406'],
      ['EMAIL', 'bronwen.ap.iorwerth@outlook.com'],
      ['PHONE', '0161 832 4471'],
      ['EMAIL', 'd.szymanski@hotmail.co.uk'],
      ['PHONE', '7911 204837'],
    ],
  },
  {
    name: 'soda scan on a Polish CRM with a custom sampler that prints failed rows as tuples: duplicate e-mails under imie and nazwisko, PL mobiles, a PL IBAN, PESEL numbers that encode birth dates, check summary lines',
    text: `$ soda scan -d pg_crm -c configuration.yml checks/klienci.yml
[09:14:02] Soda Core 3.3.5
[09:14:02] Using CustomSampler
[09:14:03] Sample for duplicate_count(email) (2 rows):
(10442, 'Agnieszka', 'Szczepańska-Wróbel', 'a.szczepanska@wp.pl', '+48 601 228 417', 'PL38102010260000042270201119', '88091204561')
(10887, 'Agnieszka', 'Szczepańska', 'a.szczepanska@wp.pl', '601 228 417', None, '88091204561')
[09:14:03] Sample for missing_count(telefon) (1 rows):
(11203, 'Bartłomiej', 'Kędzierski', 'bartek.kedzierski@o2.pl', None, None, '92020817339')
[09:14:03] Scan summary:
[09:14:03] 2/4 checks PASSED: 
[09:14:03]     klienci in pg_crm
[09:14:03]       row_count > 0 [PASSED]
[09:14:03]       invalid_count(iban) = 0 [PASSED]
[09:14:03] 2/4 checks FAILED: 
[09:14:03]     klienci in pg_crm
[09:14:03]       duplicate_count(email) = 0 [FAILED]
[09:14:03]         check_value: 1
[09:14:03]       missing_count(telefon) = 0 [FAILED]
[09:14:03]         check_value: 1
[09:14:03] Oops! 2 failures. 0 warnings. 0 errors. 2 pass.`,
    // Tuple positions follow the table's imie and nazwisko columns, so each is a separate span; PESEL numbers are national ids; row ids and counts are not ours.
    expected: [
      ['PERSON', 'Agnieszka'],
      ['PERSON', 'Szczepańska-Wróbel'],
      ['EMAIL', 'a.szczepanska@wp.pl'],
      ['PHONE', '+48 601 228 417'],
      ['IBAN', 'PL38102010260000042270201119'],
      ['PERSON', 'Agnieszka'],
      ['PERSON', 'Szczepańska'],
      ['EMAIL', 'a.szczepanska@wp.pl'],
      ['PHONE', '601 228 417'],
      ['PERSON', 'Bartłomiej'],
      ['PERSON', 'Kędzierski'],
      ['EMAIL', 'bartek.kedzierski@o2.pl'],
    ],
  },
  {
    name: 'dbt build failure on an Argentine club membership model, then dbt show --inline as a markdown table: duplicate DNI, nombre and apellido apart, a future-dated mistyped birth date, +54 9 mobiles and a Córdoba landline, join dates',
    text: `$ dbt build --select stg_socios+
08:41:20  Running with dbt=1.8.2
08:41:26  3 of 7 START test unique_stg_socios_dni ........................................ [RUN]
08:41:27  3 of 7 FAIL 2 unique_stg_socios_dni ............................................ [FAIL 2 in 0.41s]
08:41:27  4 of 7 START test dbt_expectations_expect_column_values_to_be_between_stg_socios_fecha_nacimiento__current_date__1900_01_01  [RUN]
08:41:27  4 of 7 WARN 1 dbt_expectations_expect_column_values_to_be_between_stg_socios_fecha_nacimiento__current_date__1900_01_01  [WARN 1 in 0.38s]
08:41:28  Failure in test unique_stg_socios_dni (models/staging/_stg_socios.yml)
08:41:28    Got 2 results, configured to fail if != 0
08:41:28    compiled code at target/compiled/club/models/staging/_stg_socios.yml/unique_stg_socios_dni.sql
08:41:28  Done. PASS=4 WARN=1 ERROR=1 SKIP=1 TOTAL=7

$ dbt show --inline "select * from {{ ref('stg_socios') }} where dni in ('28.441.907', '33.107.552')" --limit 10
08:43:02  Running with dbt=1.8.2
08:43:04  Previewing inline node:
| socio_id | nombre      | apellido          | dni        | email                         | celular            | fecha_nacimiento | alta       |
| -------- | ----------- | ----------------- | ---------- | ----------------------------- | ------------------ | ---------------- | ---------- |
|    40218 | Lucía Belén | Ferreyra Ocampo   | 28.441.907 | luciaferreyra@fibertel.com.ar | +54 9 11 5832-4410 | 1981-03-27       | 2019-08-01 |
|    47733 | Lucía       | Ferreyra          | 28.441.907 | lu.ferreyra.o@gmail.com       | 11 5832-4410       | 1981-03-27       | 2023-02-14 |
|    51002 | Ezequiel    | Bianchi Kowalczuk | 33.107.552 | ezebianchi@hotmail.com        | (0351) 422-7719    | 2087-06-14       | 2024-05-30 |
|    51006 | Ezequiel    | Bianchi Kowalczuk | 33.107.552 | ezebianchi@hotmail.com        | 351 422 7719       | 1987-06-14       | 2024-06-02 |`,
    // DNIs are national ids; 2087-06-14 is a mistyped birth date and still counts; alta join dates, the 1900_01_01 bound in a test name and run counts are not ours.
    expected: [
      ['PERSON', 'Lucía Belén'],
      ['PERSON', 'Ferreyra Ocampo'],
      ['EMAIL', 'luciaferreyra@fibertel.com.ar'],
      ['PHONE', '+54 9 11 5832-4410'],
      ['DATE_OF_BIRTH', '1981-03-27'],
      ['PERSON', 'Lucía'],
      ['PERSON', 'Ferreyra'],
      ['EMAIL', 'lu.ferreyra.o@gmail.com'],
      ['PHONE', '11 5832-4410'],
      ['DATE_OF_BIRTH', '1981-03-27'],
      ['PERSON', 'Ezequiel'],
      ['PERSON', 'Bianchi Kowalczuk'],
      ['EMAIL', 'ezebianchi@hotmail.com'],
      ['PHONE', '(0351) 422-7719'],
      ['DATE_OF_BIRTH', '2087-06-14'],
      ['PERSON', 'Ezequiel'],
      ['PERSON', 'Bianchi Kowalczuk'],
      ['EMAIL', 'ezebianchi@hotmail.com'],
      ['PHONE', '351 422 7719'],
      ['DATE_OF_BIRTH', '1987-06-14'],
    ],
  },
  {
    name: 'Great Expectations checkpoint summary that passed: expectation types, observed values, order totals, ISO country codes, the S3 batch path, run_id and validation time; nothing personal',
    text: `Validation Results for suite "orders.critical" (checkpoint orders_nightly)
  run_id:        20240612T031500.118204Z / nightly-2024-06-12
  batch:         s3://lakehouse-prod/orders/dt=2024-06-11/part-00000-7c1e9f4a.snappy.parquet
  success:       True   (9 of 9 expectations met, 100.0%)

  expect_table_row_count_to_be_between           min_value=10000 max_value=500000    observed_value=184220
  expect_column_values_to_not_be_null            column=order_id                     unexpected_count=0
  expect_column_values_to_be_unique              column=order_id                     unexpected_count=0
  expect_column_values_to_be_in_set              column=country_code value_set=[GB, IE, FR, DE, NL, ES, IT, PL]   unexpected_count=0
  expect_column_values_to_be_between             column=order_total_eur min_value=0 max_value=25000   observed min=0.99 max=18420.50
  expect_column_mean_to_be_between               column=order_total_eur min_value=20 max_value=120    observed_value=64.18
  expect_column_values_to_match_strftime_format  column=ordered_at strftime_format=%Y-%m-%dT%H:%M:%S%z unexpected_count=0
  expect_column_max_to_be_between                column=ordered_at  observed_value=2024-06-11T23:59:58+0000
  expect_column_proportion_of_unique_values_to_be_between column=customer_id min_value=0.2 observed_value=0.4471
  Data Docs: file:///opt/gx/uncommitted/data_docs/local_site/validations/orders/critical/20240612T031500.118204Z/index.html`,
    // Run ids, counts, totals, codes, timestamps and paths are not personal data.
    expected: [],
  },

  // ---------------------------------------------------------------- spark and file formats
  {
    name: 'Spark df.show(6) in a Peruvian notebook with default truncation: a surname and two e-mails cut to 17 characters plus "...", nombres and apellidos apart, +51 mobiles and a Lima landline, birth dates, public, private and loopback IPs, a Cliente Prueba placeholder row',
    text: `clientes.select("id_cliente", "nombres", "apellidos", "email", "celular", "fecha_nac", "distrito", "ip_ultimo_login").show(6)
+----------+-------------+--------------------+--------------------+---------------+----------+-----------------+---------------+
|id_cliente|      nombres|           apellidos|               email|        celular| fecha_nac|         distrito|ip_ultimo_login|
+----------+-------------+--------------------+--------------------+---------------+----------+-----------------+---------------+
|    880417|     Wilfredo|Ccori Huallpa de ...|wilfredo.ccori@gm...|+51 984 117 302|1986-09-14|          Wanchaq|  190.237.14.88|
|    880418|Rosa Angélica|Huamán Villavicencio| rhuaman@hotmail.com|    951 403 226|1979-02-03|       Miraflores|   179.6.201.45|
|    880421|        Kenji|      Higa Tamashiro|  kenji.higa@pucp.pe| +51 1 4418 207|1992-12-08|       San Isidro|   192.168.1.34|
|    880430|       Yaneth|      Mamani Condori|  yaneth.mc@yahoo.es|    974 228 519|      null|          Juliaca|           null|
|    880433|      Cliente|              Prueba|  prueba@example.com|    999 999 999|1900-01-01|             Lima|      127.0.0.1|
|    880440|     Jhonatan|         Paucar Ríos|j.paucar.rios@out...|+51 966 830 041|2001-07-21|Villa El Salvador|  181.176.97.12|
+----------+-------------+--------------------+--------------------+---------------+----------+-----------------+---------------+
only showing top 6 rows`,
    // Truncated values are spanned as far as shown; Cliente Prueba with example.com, a 999 dummy, 1900-01-01 and loopback is a placeholder row; districts are places.
    expected: [
      ['PERSON', 'Wilfredo'],
      ['PERSON', 'Ccori Huallpa de'],
      ['EMAIL', 'wilfredo.ccori@gm'],
      ['PHONE', '+51 984 117 302'],
      ['DATE_OF_BIRTH', '1986-09-14'],
      ['IP_ADDRESS', '190.237.14.88'],
      ['PERSON', 'Rosa Angélica'],
      ['PERSON', 'Huamán Villavicencio'],
      ['EMAIL', 'rhuaman@hotmail.com'],
      ['PHONE', '951 403 226'],
      ['DATE_OF_BIRTH', '1979-02-03'],
      ['IP_ADDRESS', '179.6.201.45'],
      ['PERSON', 'Kenji'],
      ['PERSON', 'Higa Tamashiro'],
      ['EMAIL', 'kenji.higa@pucp.pe'],
      ['PHONE', '+51 1 4418 207'],
      ['DATE_OF_BIRTH', '1992-12-08'],
      ['IP_ADDRESS', '192.168.1.34'],
      ['PERSON', 'Yaneth'],
      ['PERSON', 'Mamani Condori'],
      ['EMAIL', 'yaneth.mc@yahoo.es'],
      ['PHONE', '974 228 519'],
      ['PERSON', 'Jhonatan'],
      ['PERSON', 'Paucar Ríos'],
      ['EMAIL', 'j.paucar.rios@out'],
      ['PHONE', '+51 966 830 041'],
      ['DATE_OF_BIRTH', '2001-07-21'],
      ['IP_ADDRESS', '181.176.97.12'],
    ],
  },
  {
    name: 'printSchema() then show(2, truncate=False, vertical=True) in a Polish pipeline: imie and nazwisko apart, PESEL, a nested adres struct on streets named after Maria Skłodowska-Curie and John Paul II, a consents array, "only showing top 2 rows"',
    text: `>>> df.printSchema()
root
 |-- klient_id: long (nullable = true)
 |-- imie: string (nullable = true)
 |-- nazwisko: string (nullable = true)
 |-- pesel: string (nullable = true)
 |-- email: string (nullable = true)
 |-- telefon: string (nullable = true)
 |-- data_urodzenia: date (nullable = true)
 |-- adres: struct (nullable = true)
 |    |-- ulica: string (nullable = true)
 |    |-- miasto: string (nullable = true)
 |    |-- kod: string (nullable = true)
 |-- zgody: array (nullable = true)
 |    |-- element: string (containsNull = true)

>>> df.show(2, truncate=False, vertical=True)
-RECORD 0---------------------------------------------------
 klient_id      | 700412
 imie           | Grzegorz
 nazwisko       | Przybyłek
 pesel          | 85071203917
 email          | g.przybylek@onet.pl
 telefon        | +48 512 330 874
 data_urodzenia | 1985-07-12
 adres          | {ul. Marii Skłodowskiej-Curie 14/3, Gdańsk, 80-210}
 zgody          | [marketing_email, sms]
-RECORD 1---------------------------------------------------
 klient_id      | 700415
 imie           | Halyna
 nazwisko       | Kovalchuk
 pesel          | 92113009482
 email          | halyna.kovalchuk@gmail.com
 telefon        | 734 118 209
 data_urodzenia | 1992-11-30
 adres          | {al. Jana Pawła II 27, Warszawa, 00-867}
 zgody          | []
only showing top 2 rows`,
    // Streets named after people, PESEL numbers (national ids), postcodes and consent codes are not ours.
    expected: [
      ['PERSON', 'Grzegorz'],
      ['PERSON', 'Przybyłek'],
      ['EMAIL', 'g.przybylek@onet.pl'],
      ['PHONE', '+48 512 330 874'],
      ['DATE_OF_BIRTH', '1985-07-12'],
      ['PERSON', 'Halyna'],
      ['PERSON', 'Kovalchuk'],
      ['EMAIL', 'halyna.kovalchuk@gmail.com'],
      ['PHONE', '734 118 209'],
      ['DATE_OF_BIRTH', '1992-11-30'],
    ],
  },
  {
    name: 'parquet meta of a German customer file whose column statistics leak min/max names, e-mails, IBANs and birth dates, then a DuckDB sample of two rows with vorname and nachname apart',
    text: `$ parquet meta part-00000-7c1e9f4a-2b8d-4e6f-a5c9-b2d4e8f1a37c-c000.snappy.parquet

File path:  part-00000-7c1e9f4a-2b8d-4e6f-a5c9-b2d4e8f1a37c-c000.snappy.parquet
Created by: parquet-mr version 1.13.1 (build db4183109d5b734ec5930d870cdae161e408ddba)
Properties:
                   org.apache.spark.version: 3.5.1
  org.apache.spark.sql.parquet.row.metadata: {"type":"struct","fields":[{"name":"kunden_id","type":"long","nullable":true,"metadata":{}},{"name":"vorname","type":"string","nullable":true,"metadata":{}}, ...]}
Schema:
message spark_schema {
  optional int64 kunden_id;
  optional binary vorname (STRING);
  optional binary nachname (STRING);
  optional binary email (STRING);
  optional binary iban (STRING);
  optional int32 geburtsdatum (DATE);
}


Row group 0:  count: 48213  38.41 B records  start: 4  total(compressed): 1.766 MB total(uncompressed):3.102 MB
--------------------------------------------------------------------------------
              type      encodings count     avg size   nulls   min / max
kunden_id     INT64     S   _     48213     4.00 B     0       "100001" / "148213"
vorname       BINARY    S _ R     48213     1.12 B     12      "Aaliyah" / "Zülfiye"
nachname      BINARY    S _ R     48213     1.96 B     0       "Abendroth" / "Żurawski"
email         BINARY    S   _     48213     22.05 B    3       "a.abendroth@gmx.de" / "zuelfiye.oezdemir@web.de"
iban          BINARY    S   _     48213     22.30 B    0       "DE17200400000631778902" / "DE83700202700015830017"
geburtsdatum  INT32     S   _     48213     3.41 B     41      "1931-02-07" / "2006-05-30"

$ duckdb -c "SELECT * FROM 'part-00000-*.snappy.parquet' LIMIT 2"
┌───────────┬─────────┬───────────────┬─────────────────────┬────────────────────────┬──────────────┐
│ kunden_id │ vorname │   nachname    │        email        │          iban          │ geburtsdatum │
│   int64   │ varchar │    varchar    │       varchar       │        varchar         │     date     │
├───────────┼─────────┼───────────────┼─────────────────────┼────────────────────────┼──────────────┤
│    100001 │ Henrike │ Abendroth     │ a.abendroth@gmx.de  │ DE46860555920091473388 │ 1993-02-07   │
│    100002 │ Emre    │ Yıldırım-Kaya │ emre.yk@t-online.de │ DE79100500000612837745 │ 1988-11-23   │
└───────────┴─────────┴───────────────┴─────────────────────┴────────────────────────┴──────────────┘`,
    // Statistics min/max are real values of name, e-mail, IBAN and birth-date columns; the build hash, file UUIDs, counts and sizes are not ours.
    expected: [
      ['PERSON', 'Aaliyah'],
      ['PERSON', 'Zülfiye'],
      ['PERSON', 'Abendroth'],
      ['PERSON', 'Żurawski'],
      ['EMAIL', 'a.abendroth@gmx.de'],
      ['EMAIL', 'zuelfiye.oezdemir@web.de'],
      ['IBAN', 'DE17200400000631778902'],
      ['IBAN', 'DE83700202700015830017'],
      ['DATE_OF_BIRTH', '1931-02-07'],
      ['DATE_OF_BIRTH', '2006-05-30'],
      ['PERSON', 'Henrike'],
      ['PERSON', 'Abendroth'],
      ['EMAIL', 'a.abendroth@gmx.de'],
      ['IBAN', 'DE46860555920091473388'],
      ['DATE_OF_BIRTH', '1993-02-07'],
      ['PERSON', 'Emre'],
      ['PERSON', 'Yıldırım-Kaya'],
      ['EMAIL', 'emre.yk@t-online.de'],
      ['IBAN', 'DE79100500000612837745'],
      ['DATE_OF_BIRTH', '1988-11-23'],
    ],
  },
  {
    name: 'avro-tools getschema and tojson on Indian KYC events: nullable unions, records with {"string": ...} wrappers, a Tamil and a Mizo name, day-first and ISO birth dates, a masked Aadhaar, public and private agent IPs',
    text: `$ java -jar avro-tools-1.11.3.jar getschema kyc_events-2024-06-12.avro
{
  "type" : "record",
  "name" : "KycEvent",
  "namespace" : "in.finserv.kyc",
  "fields" : [ {
    "name" : "event_id",
    "type" : "string"
  }, {
    "name" : "customer_name",
    "type" : "string"
  }, {
    "name" : "mobile",
    "type" : [ "null", "string" ],
    "default" : null
  }, {
    "name" : "email",
    "type" : [ "null", "string" ],
    "default" : null
  }, {
    "name" : "dob",
    "type" : [ "null", "string" ],
    "default" : null,
    "doc" : "as captured by the agent app, format not enforced"
  }, {
    "name" : "aadhaar_masked",
    "type" : [ "null", "string" ],
    "default" : null
  }, {
    "name" : "agent_ip",
    "type" : [ "null", "string" ],
    "default" : null
  } ]
}
$ java -jar avro-tools-1.11.3.jar tojson kyc_events-2024-06-12.avro | head -2
{"event_id":"kyc_01HZX9R2M7Q4","customer_name":"Thirunavukkarasu Senthilkumar","mobile":{"string":"+91 94431 20876"},"email":{"string":"t.senthilkumar@yahoo.co.in"},"dob":{"string":"12-08-1988"},"aadhaar_masked":{"string":"XXXX-XXXX-4417"},"agent_ip":{"string":"49.36.112.205"}}
{"event_id":"kyc_01HZX9R8K2T7","customer_name":"Lalremruati Hmar","mobile":{"string":"98620 41175"},"email":null,"dob":{"string":"1999-01-23"},"aadhaar_masked":{"string":"XXXX-XXXX-9082"},"agent_ip":{"string":"10.21.4.9"}}`,
    // The masked Aadhaar and event ids are not ours; the private agent address counts.
    expected: [
      ['PERSON', 'Thirunavukkarasu Senthilkumar'],
      ['PHONE', '+91 94431 20876'],
      ['EMAIL', 't.senthilkumar@yahoo.co.in'],
      ['DATE_OF_BIRTH', '12-08-1988'],
      ['IP_ADDRESS', '49.36.112.205'],
      ['PERSON', 'Lalremruati Hmar'],
      ['PHONE', '98620 41175'],
      ['DATE_OF_BIRTH', '1999-01-23'],
      ['IP_ADDRESS', '10.21.4.9'],
    ],
  },
  {
    name: 'Spark show() of daily events per LatAm country and platform, 20 rows with "only showing top 20 rows": dates, ISO codes, counts, ratios and app versions; nothing personal',
    text: `daily.orderBy("country", "platform").show()
+----------+-------+--------+------+------+---------------+---------------+
|event_date|country|platform|events| users|events_per_user|top_app_version|
+----------+-------+--------+------+------+---------------+---------------+
|2024-06-10|     AR| android|419529| 56011|           7.49|         4.15.6|
|2024-06-10|     AR|     ios|626012| 49811|          12.57|         4.16.8|
|2024-06-10|     AR|     web|310231| 39013|           7.95|         4.19.9|
|2024-06-10|     BR| android| 29781|  2582|          11.53|         4.19.0|
|2024-06-10|     BR|     ios|480738| 36868|          13.04|         4.15.5|
|2024-06-10|     BR|     web|195647| 28697|           6.82|         4.19.9|
|2024-06-10|     CL| android|632145|125537|           5.04|         4.18.0|
|2024-06-10|     CL|     ios|473611| 38498|           12.3|         4.19.3|
|2024-06-10|     CL|     web| 96249|  8721|          11.04|         4.19.7|
|2024-06-10|     CO| android|151075| 15907|            9.5|         4.14.1|
|2024-06-10|     CO|     ios|123482|  9708|          12.72|         4.19.2|
|2024-06-10|     CO|     web| 76129| 11034|            6.9|         4.15.9|
|2024-06-10|     MX| android| 47342|  4746|           9.98|         4.15.6|
|2024-06-10|     MX|     ios|855306| 70577|          12.12|         4.16.6|
|2024-06-10|     MX|     web|172995| 31681|           5.46|         4.14.6|
|2024-06-10|     PE| android| 42546|  4063|          10.47|         4.17.6|
|2024-06-10|     PE|     ios|261595| 55717|            4.7|         4.15.1|
|2024-06-10|     PE|     web|500685| 38479|          13.01|         4.17.6|
|2024-06-10|     UY| android|578167| 51622|           11.2|         4.18.0|
|2024-06-10|     UY|     ios| 34940|  3360|           10.4|         4.16.2|
+----------+-------+--------+------+------+---------------+---------------+
only showing top 20 rows`,
    // Aggregates, dates and version strings are not personal data.
    expected: [],
  },

  // ---------------------------------------------------------------- cloud messaging
  {
    name: 'gcloud pubsub subscriptions pull --format=json from a Chilean store (base64 data that decodes to order events only, attributes with a customer e-mail and RUT), then a Python subscriber log printing a decoded message with Mapuche surnames',
    text: `$ gcloud pubsub subscriptions pull projects/tienda-cl-prod/subscriptions/crm-debug --limit=2 --format=json
[
  {
    "ackId": "RFAGFixdRkhRNxkIaFEOT14jPzUgKEUSBABPAihdeTFbK0FVW1NPNjQ9WbVBT1x7",
    "message": {
      "attributes": {"customer_email": "matias.huenchullan@gmail.com", "customer_rut": "14.887.302-5", "source": "checkout"},
      "data": "eyJldmVudCI6Im9yZGVyLnNoaXBwZWQiLCJvcmRlcl9pZCI6IkNMLTIwMjQtMDA5MTczMyIsImNhcnJpZXIiOiJTdGFya2VuIiwid2FyZWhvdXNlIjoiU1RHTy0wMiJ9",
      "messageId": "11829304471829",
      "publishTime": "2024-06-12T13:02:41.118Z"
    }
  },
  {
    "ackId": "RFAGFixdRkhRNxkIaFEOT14jPzUgKEUSBABPAihdeTFbK0FVW1NPNjQ9WbVBT1x8",
    "message": {
      "attributes": {"customer_email": "", "source": "pos"},
      "data": "eyJldmVudCI6Im9yZGVyLmNyZWF0ZWQiLCJvcmRlcl9pZCI6IkNMLTIwMjQtMDA5MTc0MSIsIml0ZW1zIjozLCJ0b3RhbF9jbHAiOjQ4OTkwfQ==",
      "messageId": "11829304471902",
      "publishTime": "2024-06-12T13:02:44.530Z"
    }
  }
]

# subscriber on the crm-sync service
INFO 2024-06-12 13:02:41,402 crm_sync.subscriber Received message 11829304471829: b'{"cliente":"Mat\\xc3\\xadas Huenchull\\xc3\\xa1n Catrileo","email":"matias.huenchullan@gmail.com","telefono":"+56 9 6128 4407","comuna":"Temuco"}'`,
    // The base64 payloads decode to order events without personal data; the RUT is a national id; ack ids and message ids are not ours. The name in a bytes repr with \\x escapes is still his name, spanned as written.
    expected: [
      ['EMAIL', 'matias.huenchullan@gmail.com'],
      ['PERSON', 'Mat\\xc3\\xadas Huenchull\\xc3\\xa1n Catrileo'],
      ['EMAIL', 'matias.huenchullan@gmail.com'],
      ['PHONE', '+56 9 6128 4407'],
    ],
  },
  {
    name: 'aws sqs receive-message on a bookings DLQ (Australia): the Body is an SNS Notification envelope whose Message is JSON escaped twice, a Vietnamese-Australian patient, Dr before the practitioner, a Medicare number, ReceiptHandle, MD5OfBody, an IAM SenderId and the SNS Signature',
    text: String.raw`$ aws sqs receive-message --queue-url https://sqs.ap-southeast-2.amazonaws.com/381204771920/bookings-dlq --max-number-of-messages 1 --attribute-names All
{
    "Messages": [
        {
            "MessageId": "b7c1e2f0-5a3d-4e98-8c21-f40d9a6b3e17",
            "ReceiptHandle": "AQEBwJ7nQx2Lm9Rk4TzWc8Bn1Vd6Hs0Jp5Fa3Ye7Ku2Gi8NwRqTx4Lm9Rk2TzWc7Bn0Vd5Hs1Jp6Fa4Ye8Ku3Gi9NwR==",
            "MD5OfBody": "e3f1a9c27b4d8e60f5c2a9b71d4e8f03",
            "Body": "{\n  \"Type\" : \"Notification\",\n  \"MessageId\" : \"4d2a7c91-0e3b-5f48-a1c6-9b8e2d7f0a35\",\n  \"TopicArn\" : \"arn:aws:sns:ap-southeast-2:381204771920:booking-events\",\n  \"Message\" : \"{\\\"bookingId\\\":\\\"BK-558120\\\",\\\"clinic\\\":\\\"Royal Prince Alfred Hospital - Outpatients\\\",\\\"practitioner\\\":\\\"Dr Kieran O'Loughlin\\\",\\\"patient\\\":{\\\"name\\\":\\\"Nguyễn Anh Thư\\\",\\\"mobile\\\":\\\"0421 660 318\\\",\\\"email\\\":\\\"anhthu.nguyen@optusnet.com.au\\\",\\\"dob\\\":\\\"1979-10-05\\\",\\\"medicare\\\":\\\"2953 41870 1\\\"},\\\"slot\\\":\\\"2024-06-14T09:30:00+10:00\\\"}\",\n  \"Timestamp\" : \"2024-06-12T03:11:48.209Z\",\n  \"SignatureVersion\" : \"1\",\n  \"Signature\" : \"Kx8pQ2mLr7Tn4Wc9Bd1Hs6Jp0Fa5Ye3Ku8Gi2NwRt7Lm2Rk9TzWc4Bn8Vd1Hs6Jp0Fa5Ye3Ku8Gi2NwR==\",\n  \"SigningCertURL\" : \"https://sns.ap-southeast-2.amazonaws.com/SimpleNotificationService-60eadc530605d63b8e62a523676ef735.pem\",\n  \"UnsubscribeURL\" : \"https://sns.ap-southeast-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:ap-southeast-2:381204771920:booking-events:7c1e9f4a-2b8d-4e6f-a5c9-b2d4e8f1a37c\"\n}",
            "Attributes": {
                "SenderId": "AIDAIT2UOQQY3AUEKVGXU",
                "ApproximateFirstReceiveTimestamp": "1718161910448",
                "ApproximateReceiveCount": "4",
                "SentTimestamp": "1718161908311"
            }
        }
    ]
}`,
    // Dr is no part of the span; the hospital is named after a prince; Medicare is not one of our types; receipt handles, MD5s, the SenderId, the SNS signature and ARNs are not ours.
    expected: [
      ['PERSON', "Kieran O'Loughlin"],
      ['PERSON', 'Nguyễn Anh Thư'],
      ['PHONE', '0421 660 318'],
      ['EMAIL', 'anhthu.nguyen@optusnet.com.au'],
      ['DATE_OF_BIRTH', '1979-10-05'],
    ],
  },

  // ---------------------------------------------------------------- stores
  {
    name: 'Elasticsearch _search?q=cognome:Esposito&pretty with the elastic password in curl -u (Italy): hits with nome and cognome apart, codice fiscale, an IT IBAN, an address on Via Giuseppe Garibaldi, last-login IPs, _id and _score',
    text: `$ curl -s -u elastic:'${esPw}' "https://es-prod-01.internal:9200/clienti-2024.06/_search?q=cognome:Esposito&size=2&pretty"
{
  "took" : 7,
  "timed_out" : false,
  "_shards" : {
    "total" : 3,
    "successful" : 3,
    "skipped" : 0,
    "failed" : 0
  },
  "hits" : {
    "total" : {
      "value" : 2,
      "relation" : "eq"
    },
    "max_score" : 6.2131863,
    "hits" : [
      {
        "_index" : "clienti-2024.06",
        "_id" : "sNq0PY4BGAsx_Jq2rS8c",
        "_score" : 6.2131863,
        "_source" : {
          "nome" : "Carmela",
          "cognome" : "Esposito",
          "email" : "carmela.esposito71@libero.it",
          "cellulare" : "+39 338 417 2290",
          "data_nascita" : "1971-08-19",
          "codice_fiscale" : "SPSCML71M59F839K",
          "iban" : "IT74K0306909606100000118457",
          "indirizzo" : "Via Giuseppe Garibaldi 44, 80142 Napoli",
          "ultimo_accesso_ip" : "79.31.140.206",
          "@timestamp" : "2024-06-12T08:14:22.118Z"
        }
      },
      {
        "_index" : "clienti-2024.06",
        "_id" : "tBq0PY4BGAsx_Jq2rS9d",
        "_score" : 6.2131863,
        "_source" : {
          "nome" : "Gennaro",
          "cognome" : "Esposito",
          "email" : "g.esposito@pec-studiolegale.it",
          "cellulare" : "081 552 7713",
          "data_nascita" : null,
          "codice_fiscale" : "SPSGNR66C14F839Y",
          "iban" : null,
          "indirizzo" : "Corso Umberto I 201, 80138 Napoli",
          "ultimo_accesso_ip" : "192.168.12.40",
          "@timestamp" : "2024-06-11T17:40:03.502Z"
        }
      }
    ]
  }
}`,
    // The family name in the query belongs to both people named below; codici fiscali are national ids; streets named after Garibaldi and King Umberto, _ids, scores and shard counts are not ours.
    expected: [
      ['SECRET', esPw],
      ['PERSON', 'Esposito'],
      ['PERSON', 'Carmela'],
      ['PERSON', 'Esposito'],
      ['EMAIL', 'carmela.esposito71@libero.it'],
      ['PHONE', '+39 338 417 2290'],
      ['DATE_OF_BIRTH', '1971-08-19'],
      ['IBAN', 'IT74K0306909606100000118457'],
      ['IP_ADDRESS', '79.31.140.206'],
      ['PERSON', 'Gennaro'],
      ['PERSON', 'Esposito'],
      ['EMAIL', 'g.esposito@pec-studiolegale.it'],
      ['PHONE', '081 552 7713'],
      ['IP_ADDRESS', '192.168.12.40'],
    ],
  },
  {
    name: 'mongosh find() in a Brazilian store with ObjectId, ISODate and Long: nome as one field, a Salvador mobile and landline, birth dates as ISODate at 03:00Z (midnight in Brasília), CPFs, an avenue named after Tancredo Neves, last IPs',
    text: `loja> db.clientes.find({ "endereco.uf": "BA" }, { senhaHash: 0 }).limit(2)
[
  {
    _id: ObjectId('6667f0a9c2d14e3b9a7e1c52'),
    nome: 'Iracema Tupinambá dos Santos',
    email: 'iracema.tupinamba@bol.com.br',
    celular: '(71) 99184-2276',
    cpf: '417.338.902-61',
    dataNascimento: ISODate('1983-05-02T03:00:00.000Z'),
    endereco: {
      logradouro: 'Av. Tancredo Neves, 1632',
      bairro: 'Caminho das Árvores',
      cidade: 'Salvador',
      uf: 'BA',
      cep: '41820-021'
    },
    pedidos: Long('14'),
    criadoEm: ISODate('2022-11-08T14:02:51.331Z'),
    ultimoIp: '177.37.201.94'
  },
  {
    _id: ObjectId('6667f0a9c2d14e3b9a7e1c58'),
    nome: 'Caetano Brito Okamoto',
    email: 'caetano.okamoto@terra.com.br',
    celular: '(71) 3241-8806',
    cpf: '082.514.337-90',
    dataNascimento: ISODate('1990-12-19T03:00:00.000Z'),
    endereco: {
      logradouro: 'Rua Chile, 22',
      bairro: 'Centro Histórico',
      cidade: 'Salvador',
      uf: 'BA',
      cep: '40020-000'
    },
    pedidos: Long('3'),
    criadoEm: ISODate('2024-01-30T19:44:08.017Z'),
    ultimoIp: '2804:14d:5c81:8a30:9d2e:41ff:fe07:c3b1'
  }
]`,
    // The birth date is the date part of the ISODate; CPFs are national ids; ObjectIds, criadoEm, counts, the avenue and CEPs are not ours.
    expected: [
      ['PERSON', 'Iracema Tupinambá dos Santos'],
      ['EMAIL', 'iracema.tupinamba@bol.com.br'],
      ['PHONE', '(71) 99184-2276'],
      ['DATE_OF_BIRTH', '1983-05-02'],
      ['IP_ADDRESS', '177.37.201.94'],
      ['PERSON', 'Caetano Brito Okamoto'],
      ['EMAIL', 'caetano.okamoto@terra.com.br'],
      ['PHONE', '(71) 3241-8806'],
      ['DATE_OF_BIRTH', '1990-12-19'],
      ['IP_ADDRESS', '2804:14d:5c81:8a30:9d2e:41ff:fe07:c3b1'],
    ],
  },
  {
    name: "redis-cli with -a on a private host (UK): the '-a' warning, HGETALL of a user profile hash with numbered field/value lines, a bcrypt password_hash, the last login IP reused in a rate-limit key, TTL and a session key",
    text: `$ redis-cli -h 10.0.4.12 -p 6379 -a '${redisPw}'
Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.
10.0.4.12:6379> HGETALL user:profile:771204
 1) "first_name"
 2) "Temitope"
 3) "last_name"
 4) "Oyelowo-Barnes"
 5) "email"
 6) "temi.oyelowo@gmail.com"
 7) "mobile"
 8) "+44 7958 204116"
 9) "postcode"
10) "SE15 4QL"
11) "last_login_ip"
12) "86.137.52.208"
13) "password_hash"
14) "$2b$12$Q9vT3mLx7RkP2wZc8NbJ4eD1hF6sG0aU5yI2oK7tL3pV9xC4nB8mW"
15) "created_at"
16) "1651740112"
10.0.4.12:6379> TTL session:9f8c2e1a7b4d40e6
(integer) 1742
10.0.4.12:6379> GET ratelimit:login:86.137.52.208
"3"`,
    // The password alone is the secret; the private host counts wherever it appears, prompts included; the bcrypt hash, postcode, session key and epoch are not ours.
    expected: [
      ['IP_ADDRESS', '10.0.4.12'],
      ['SECRET', redisPw],
      ['IP_ADDRESS', '10.0.4.12'],
      ['PERSON', 'Temitope'],
      ['PERSON', 'Oyelowo-Barnes'],
      ['EMAIL', 'temi.oyelowo@gmail.com'],
      ['PHONE', '+44 7958 204116'],
      ['IP_ADDRESS', '86.137.52.208'],
      ['IP_ADDRESS', '10.0.4.12'],
      ['IP_ADDRESS', '10.0.4.12'],
      ['IP_ADDRESS', '86.137.52.208'],
    ],
  },
  {
    name: 'aws dynamodb get-item on a US patient table: DynamoDB JSON with S, N, SS and M wrappers, givenName and familyName apart (Navajo), dob, an SSN, an emergency contact map, pk/sk keys and a member id',
    text: `$ aws dynamodb get-item --table-name patients-prod --key '{"pk":{"S":"PATIENT#77120"},"sk":{"S":"PROFILE"}}'
{
    "Item": {
        "pk": {
            "S": "PATIENT#77120"
        },
        "sk": {
            "S": "PROFILE"
        },
        "givenName": {
            "S": "Marisela"
        },
        "familyName": {
            "S": "Tsosie"
        },
        "dob": {
            "S": "1962-01-30"
        },
        "ssn": {
            "S": "528-41-7730"
        },
        "phone": {
            "S": "(928) 871-4402"
        },
        "email": {
            "S": "marisela.tsosie@frontiernet.net"
        },
        "insuranceMemberId": {
            "S": "W41877203"
        },
        "allergies": {
            "SS": [
                "latex",
                "penicillin"
            ]
        },
        "visitCount": {
            "N": "14"
        },
        "lastVisit": {
            "S": "2024-05-28"
        },
        "emergencyContact": {
            "M": {
                "name": {
                    "S": "Darrell Tsosie"
                },
                "phone": {
                    "S": "(928) 871-3390"
                },
                "relation": {
                    "S": "spouse"
                }
            }
        },
        "version": {
            "N": "7"
        }
    }
}`,
    // lastVisit is a visit date; keys, the member id and counters are not ours.
    expected: [
      ['PERSON', 'Marisela'],
      ['PERSON', 'Tsosie'],
      ['DATE_OF_BIRTH', '1962-01-30'],
      ['US_SSN', '528-41-7730'],
      ['PHONE', '(928) 871-4402'],
      ['EMAIL', 'marisela.tsosie@frontiernet.net'],
      ['PERSON', 'Darrell Tsosie'],
      ['PHONE', '(928) 871-3390'],
    ],
  },
  {
    name: 'Firestore REST get of a New Zealand salon customer with a gcloud access token: typed fields (stringValue, timestampValue, integerValue, mapValue, geoPointValue), a Māori name, a dob timestampValue at noon UTC, document name and updateTime',
    text: `$ curl -s -H "Authorization: Bearer ${gcpToken}" \\
    "https://firestore.googleapis.com/v1/projects/kowhai-salons/databases/(default)/documents/customers/Xq7Lm2Rk9TzWc4Bn8Vd1"
{
  "name": "projects/kowhai-salons/databases/(default)/documents/customers/Xq7Lm2Rk9TzWc4Bn8Vd1",
  "fields": {
    "fullName": {"stringValue": "Aroha Te Whata"},
    "email": {"stringValue": "aroha.tewhata@xtra.co.nz"},
    "phone": {"stringValue": "+64 21 408 3317"},
    "dob": {"timestampValue": "1987-04-09T12:00:00Z"},
    "visits": {"integerValue": "7"},
    "preferences": {"mapValue": {"fields": {"stylistId": {"stringValue": "stf_0412"}, "smsReminders": {"booleanValue": true}}}},
    "homeSalon": {"geoPointValue": {"latitude": -36.8485, "longitude": 174.7633}},
    "lastBookingAt": {"timestampValue": "2024-06-11T22:30:00Z"}
  },
  "createTime": "2023-02-14T03:12:44.118204Z",
  "updateTime": "2024-06-11T22:31:09.550731Z"
}`,
    // The access token is a credential; the birth date is the date part of the timestamp; document ids, coordinates and other timestamps are not ours.
    expected: [
      ['SECRET', gcpToken],
      ['PERSON', 'Aroha Te Whata'],
      ['EMAIL', 'aroha.tewhata@xtra.co.nz'],
      ['PHONE', '+64 21 408 3317'],
      ['DATE_OF_BIRTH', '1987-04-09'],
    ],
  },

  // ---------------------------------------------------------------- CSV with BOM and CRLF
  {
    name: 'head | cat -A of a HubSpot CSV export with a UTF-8 BOM shown as M-oM-;M-? and CRLF as ^M$ (UK): quoted First Name and Last Name apart, a Welsh name, a Swansea landline, a day-first birth date, a Test Contact placeholder',
    text: `$ head -4 hubspot-crm-exports-contacts-2024-06-12.csv | cat -A
M-oM-;M-?"Record ID","First Name","Last Name","Email","Phone Number","Date of birth","Lifecycle Stage"^M$
"51234989","Eleri","Vaughan-Prosser","eleri.vp@btinternet.com","01792 468310","14/02/1979","customer"^M$
"51235502","Kofi","Boateng","kofi.boateng@live.co.uk","+44 7405 118276","","lead"^M$
"51236118","Test","Contact","test.contact@example.com","","","other"^M$
$ file hubspot-crm-exports-contacts-2024-06-12.csv
hubspot-crm-exports-contacts-2024-06-12.csv: CSV text, Unicode text, UTF-8 (with BOM) text, with CRLF line terminators`,
    // The Test Contact row at example.com is a placeholder; record ids and the lifecycle stage are not ours.
    expected: [
      ['PERSON', 'Eleri'],
      ['PERSON', 'Vaughan-Prosser'],
      ['EMAIL', 'eleri.vp@btinternet.com'],
      ['PHONE', '01792 468310'],
      ['DATE_OF_BIRTH', '14/02/1979'],
      ['PERSON', 'Kofi'],
      ['PERSON', 'Boateng'],
      ['EMAIL', 'kofi.boateng@live.co.uk'],
      ['PHONE', '+44 7405 118276'],
    ],
  },
  {
    name: "Raw bytes of a Razorpay settlement CSV read in Python (India): b'\\xef\\xbb\\xbf' BOM and \\r\\n inside the repr, a UPI VPA that looks like an e-mail without a TLD, then the '\\ufeffpayment_id' column name after read_csv",
    text: `>>> open("razorpay_settlements_2024-06-11.csv", "rb").read(300)
b'\\xef\\xbb\\xbfpayment_id,order_id,customer_name,customer_email,customer_contact,amount,method,vpa\\r\\npay_OA7x2Lq9RkZ3aB,order_OA7wQ1Mn8Vb4Tc,Anjali Deshmukh,anjali.deshmukh@gmail.com,+919823104477,1499.00,upi,anjali.d@okhdfcbank\\r\\npay_OA7y8Rt2Wx5Lp1Qz,order_OA7yC3Kd9Hs6Jf,Rohit Bhattacharjee,rohit.bh@outlook.com,+917003418826,799.00,card,\\r\\npay_OA7'
>>> df = pd.read_csv("razorpay_settlements_2024-06-11.csv")
>>> df.columns[:3]
Index(['\\ufeffpayment_id', 'order_id', 'customer_name'], dtype='object')`,
    // The VPA is a UPI payment handle, not an e-mail address and none of our types; payment and order ids are not ours.
    expected: [
      ['PERSON', 'Anjali Deshmukh'],
      ['EMAIL', 'anjali.deshmukh@gmail.com'],
      ['PHONE', '+919823104477'],
      ['PERSON', 'Rohit Bhattacharjee'],
      ['EMAIL', 'rohit.bh@outlook.com'],
      ['PHONE', '+917003418826'],
    ],
  },
];

describeHoldout(
  'privacy hold-out 37: data-engineering pipelines and integration payloads (CDC, Kafka, sync logs, webhooks, stores)',
  cases,
);
