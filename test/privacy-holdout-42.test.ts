import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A forty-second hand-written hold-out: engineering, observability and collaboration data as
 * engineers paste it into the AI assistant of a data product while debugging and working together
 * ("why does this request fail", "summarise this incident", "what leaked in this CI log"). Shapes:
 * application logs in JSON and plain text from Rails, Django, Spring Boot, Express (morgan and
 * winston), Laravel, Go zap and logrus, a Go panic printing a struct with %+v, Heroku router lines
 * and Android logcat with the OkHttp body logger; Sentry and Rollbar events (user context,
 * breadcrumbs, request data, frame locals); OpenTelemetry OTLP spans, the Collector's debug
 * exporter and a Jaeger trace with user attributes and a db.statement; Datadog, CloudWatch Logs
 * Insights, Grafana Loki and Kibana search results; nginx, Apache, ALB and CloudFront access logs;
 * Kubernetes events, describe output and `kubectl logs`; GitHub Actions, GitLab CI and Jenkins logs
 * with leaked environment variables; Terraform plans and state; docker-compose files and `.env`
 * files; `git log`, `git blame`, `git shortlog`, `git config` and a `git format-patch` mail; GitHub
 * and GitLab issues and review threads; Jira tickets (UI copy and REST JSON); Slack and Teams
 * channel exports; PagerDuty and Opsgenie incidents, alerts, a Datadog monitor message, a DingTalk
 * alert and on-call rotations; postmortems; HAR files, `curl -v` traces and a Postman collection;
 * LaunchDarkly flag targets and experiment assignment exports; iOS and Android crash reports;
 * support-escalation notes. Languages: English mostly, with German, French, Spanish, Brazilian
 * Portuguese, Polish, Japanese, Chinese, Korean, Hindi–English, Hebrew, Arabic, Turkish and
 * Indonesian commit messages, tickets and chats. Hard negatives of the same shapes: trace, span and
 * request ids, commit SHAs, container, pod and node names, UUIDs, build and job numbers, version
 * strings and semver ranges, ports, image digests, AWS ARNs and account ids, `${{ secrets.X }}`
 * references, `***` and `[MASKED]` CI values, `[FILTERED]` parameters, placeholders (`changeme`,
 * `<your-key>`), AWS's documented example keys, loopback, bot and service accounts
 * (dependabot[bot], github-actions[bot], renovate[bot], ci-runner) and their noreply addresses,
 * team, channel, service and escalation-policy names, @handles and login names, timestamps,
 * durations, HTTP and error codes, hex dumps, stack traces with paths and line numbers, and tools
 * named like people (Jenkins, Jest, Sidekiq, Hugo, Jekyll, Sinatra, Django, Ruby, Julia, Grafana's
 * Loki, Tempo and Mimir).
 *
 * Each case lists every value it expects found, with its type; anything else flagged is a false
 * positive. Conventions as in hold-out 40: titles and honorifics (Mr, Frau, さん, 님) are no part of a
 * name's span; first and last name in separate fields are separate spans; a lone given or family
 * name counts only when the same person is named in full in the text or it sits under a name field
 * (a first_name parameter, a real_name key, a Reporter field). Conventions of this hold-out: a git
 * author line (Author:, From:, Signed-off-by:, Co-authored-by:, a blame column) counts, its name
 * and its e-mail; a person's GitHub noreply address counts as an e-mail, a bot's does not;
 * @handles, login names and usernames alone are not persons, a display or real name is (a Slack
 * display_name that is only a handle, like femi.a, is not; one that is the given name of someone
 * named in full is); a secret alone is the secret, not its header, cookie or variable name; bearer
 * tokens, Basic credentials, session cookies, a plaintext password in a request body or command
 * line, API and integration keys, and the signature of a signed URL count as SECRET (a key-pair id,
 * a policy or an expiry do not); a password hash is no secret. Private-use IPs (10.x, 172.16–31.x,
 * 192.168.x) count, nodes and pods included, as in the other hold-outs, because a log does not say
 * whose they are; loopback and 0.0.0.0 never do; a documentation-range address (192.0.2.x,
 * 198.51.100.x, 203.0.113.x, 2001:db8::) counts where a log shows it as a client, as in hold-outs
 * 10 and 36, but not where a runbook or config gives it as an example; a network in CIDR notation
 * is a range, not an address, and a host name that spells an address (ip-10-30-2-41) is a host
 * name. A service account's address (a gserviceaccount.com address in a signed URL's credential)
 * is an e-mail address and counts, as in hold-out 3 (relabelled on 2026-11-29); a device named after its owner's given name is no naming in full; a phone number
 * cut short in an export still counts. Birth dates count only where they are labelled as a birth
 * date. Team mailboxes on real domains and business phones count. Values are fake: a Luhn-valid
 * made-up card, IBANs with valid mod-97 check digits, made-up names, numbers and keys.
 */

const k = joinParts;
const ghPat = k('gh', 'p_', 'R7tK2mXq9LwV4bN8cZ1yHd3JfG6sAe0uPi5o');
const npmToken = k('npm', '_', 'Wc4Kb8Np1Zy3Hd6Jf0Gs5Ae7Uv2Io9Qx4RtT');
const awsKeyId = k('AKIA', 'R4T7Y2W9Q3M6N8PZ');
const awsSecret = k('q8Rz2Lx7Vn4Tb9', 'Wc3Km6Pd1Fh5Gj0SaYu2E', 'i7Xo');
const slackBot = k('xoxb-', '5520193847', '-', '7734102958613', '-', 'Hq4Wm8Rt2Zx6Nv9Lc3Bp7Ks1');
const stripeLive = k('sk_', 'live_', '51Nq8ZcLm2Xw7Rt4', 'Vb9Kd3Jf6Hs1Ga5Pe0Yu8Io2');
const openaiKey = k('sk-', 'proj-', 'Tz8Qm3Lx7Vr2Wn9Kc4Bd6Fh1', 'T3BlbkFJ', 'Gs5Ae0Uy8Io2Pq7Rt4Xm9Nz3Lw6');
const ddApiKey = k('7c2e9a41b0d3', '58f61a4c9e27', 'b1d083f4');
const glpat = k('gl', 'pat-', 'Xq7Lm2Vt9Rz4Kw8Nc3Bp');
const jwtAuth = k(
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  '.',
  'eyJzdWIiOiJ1c3JfNDQxMjA5Iiwicm9sZSI6ImFkbWluIiwiZXhwIjoxNzE0NzQ4MjAwfQ',
  '.',
  'Jk7Vq2Lx9Rt4Wz8Nm3Bc6Df1Gh5Sa0Ey2Ui7Op4Kq',
);
const jwtHar = k(
  'eyJhbGciOiJSUzI1NiIsImtpZCI6InBrLTIwMjQtMDMifQ',
  '.',
  'eyJzdWIiOiI4ODEyMDQ3IiwiZW1haWwiOiJtLmZlcnJlaXJhQHVvbC5jb20uYnIiLCJleHAiOjE3MTU0MjAwMDB9',
  '.',
  'Wm9Rt2Lx7Vq4Kc8Nb3Yd6Fg1Hj5Sa0Eu2Io7Pq4Zx9Lm3Tv8',
);
const railsSession = k(
  'Zm9vYmFyQmF6UXV4MTIz',
  'TmV3U2Vzc2lvbkRhdGFYeVo',
  '--',
  '9c1e47a03b2d4f86a915d07e2c48b6134e5f7a21',
);
const djangoSession = k('q8z2lx7vn4tb9wc3', 'km6pd1fh5gj0sayu');
const harCookie = k('s%3A', 'Vq7Lm2Xt9Rz4Kw8Nc3Bp6Df1', '.', 'Gh5Sa0Ey2Ui7Op4Kq9Tz3Lx8Mn');
const basicCreds = k('ZGVwbG95OlI0', 'bmNoLUhvdXNlLTIwMjQh');
const cfSignature = k(
  'Xq7Lm2Vt9Rz4Kw8Nc3Bp6Df1Gh5Sa0Ey2Ui7Op4Kq9Tz3Lx8',
  '~Mn2Rb5Wc8Yd1Fj4Hk7Ls0Pq3Tv6Zx9Ab2Ce5Gi8Jo1Mu4-',
);
const resetToken = k('prt_', '4f7a1c9e2b5d8036', 'e1a4c7f0b3d69258');
const pdRoutingKey = k('R02', 'F7KQ1XM9TBWL3ZC', '8NVD4HJ6PYS2GE5');
const postmanToken = k('pk_', '48120937_', 'Q7LM2XT9RZ4KW8NC3BP6DF1GH5SA0EY2');
const mailPassword = k('Sm0k3y', '-Quartz', '!71');
const dbPassword = k('vT9#qL2', 'xR7!mW4z');
const tfRdsPassword = k('Xn4$Rq8v', 'Lm2!Tz7K');
const composePassword = k('Kes7rel', '_pg_', '2024!x');
// base64 of the replica password Rz8!vK2q-Tm4Lp
const k8sPasswordB64 = k('Uno4IXZLMnEt', 'VG00THA=');
const slackWebhook = k(
  'https://hooks.slack.com/services/',
  'T01KQ7M2X9B/',
  'B07R4L8T3N1/',
  'Vq7Lm2Xt9Rz4Kw8Nc3Bp6Df1',
);
const gcsSignature = k('7a41c09e3b2d58f6', '1a4c9e27b1d083f4', '4e9b27c1d08a5f3e', '6b71c2a9d40e83b5');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- application logs
  {
    name: 'Rails production.log for a failing signup: Started POST for a client IP, Parameters with user first_name, last_name, email and a [FILTERED] password, an ActiveRecord INSERT with binds, a 422 and the request id tags',
    text: `Signups from the new landing page fail with 422. Log from one web pod:

I, [2024-05-03T11:02:11.418233 #1] INFO -- : [b3f1c7a2-9e04-4d1b-8c55-0a7e2f913d64] Started POST "/users" for 84.201.33.17 at 2024-05-03 11:02:11 +0000
I, [2024-05-03T11:02:11.420917 #1] INFO -- : [b3f1c7a2-9e04-4d1b-8c55-0a7e2f913d64] Processing by RegistrationsController#create as JSON
I, [2024-05-03T11:02:11.421005 #1] INFO -- : [b3f1c7a2-9e04-4d1b-8c55-0a7e2f913d64]   Parameters: {"user"=>{"first_name"=>"Maren", "last_name"=>"Lindqvist", "email"=>"maren.lindqvist@telia.se", "password"=>"[FILTERED]", "terms"=>"1"}, "locale"=>"sv"}
D, [2024-05-03T11:02:11.433870 #1] DEBUG -- : [b3f1c7a2-9e04-4d1b-8c55-0a7e2f913d64]   User Exists? (1.2ms)  SELECT 1 AS one FROM "users" WHERE "users"."email" = $1 LIMIT $2  [["email", "maren.lindqvist@telia.se"], ["LIMIT", 1]]
I, [2024-05-03T11:02:11.441207 #1] INFO -- : [b3f1c7a2-9e04-4d1b-8c55-0a7e2f913d64] Completed 422 Unprocessable Entity in 22ms (Views: 0.4ms | ActiveRecord: 3.1ms | Allocations: 5120)

Running Ruby 3.3.1, Rails 7.1.3.2, Sidekiq 7.2 for mailers.`,
    // The request id, durations, Ruby, Rails and Sidekiq (tools, not people) are not ours; the given and family names sit under name parameters.
    expected: [
      ['IP_ADDRESS', '84.201.33.17'],
      ['PERSON', 'Maren'],
      ['PERSON', 'Lindqvist'],
      ['EMAIL', 'maren.lindqvist@telia.se'],
      ['EMAIL', 'maren.lindqvist@telia.se'],
    ],
  },
  {
    name: 'Django error e-mail (Internal Server Error) with the request repr: REMOTE_ADDR, an HTTP_COOKIE with a sessionid, HTTP_X_FORWARDED_FOR, the POST QueryDict with a phone and a traceback with file paths and line numbers',
    text: `Internal Server Error: /api/v1/appointments/

Traceback (most recent call last):
  File "/srv/app/.venv/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/srv/app/clinic/views/appointments.py", line 118, in create
    slot = Slot.objects.select_for_update().get(pk=form.cleaned_data["slot_id"])
clinic.models.Slot.DoesNotExist: Slot matching query does not exist.

<WSGIRequest
path:/api/v1/appointments/,
POST:<QueryDict: {'slot_id': ['88120'], 'patient_name': ['Oluwaseun Adeyemi'], 'phone': ['+44 7700 184 552'], 'reason': ['follow-up']}>,
META:{'HTTP_COOKIE': 'sessionid=${djangoSession}; django_language=en-gb',
 'HTTP_USER_AGENT': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
 'HTTP_X_FORWARDED_FOR': '81.174.22.96, 10.8.0.12',
 'REMOTE_ADDR': '10.8.0.12',
 'SERVER_PORT': '8000'}>

Django Version: 5.0.4 — can you tell why the slot vanished between form validation and the lock?`,
    // The session cookie's value is the secret; the load balancer's private address counts wherever it stands; paths, line numbers, the slot id and the port are not ours.
    expected: [
      ['PERSON', 'Oluwaseun Adeyemi'],
      ['PHONE', '+44 7700 184 552'],
      ['SECRET', djangoSession],
      ['IP_ADDRESS', '81.174.22.96'],
      ['IP_ADDRESS', '10.8.0.12'],
      ['IP_ADDRESS', '10.8.0.12'],
    ],
  },
  {
    name: 'Spring Boot log with MDC traceId, spanId and userId, a HikariCP warning and a DataIntegrityViolationException whose PostgreSQL detail quotes a duplicate e-mail, with a German question',
    text: `Warum schlägt die Registrierung fehl, obwohl der Nutzer angeblich neu ist?

2024-06-11T09:14:52.301+02:00  INFO 1 --- [nio-8080-exec-7] [traceId=65f1c2a9e4b0d7001a3c88f24e7d2a95,spanId=1e7d2a95b3843f2b,userId=772041] d.k.shop.api.AccountController : POST /api/accounts
2024-06-11T09:14:52.355+02:00  WARN 1 --- [nio-8080-exec-7] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s).
2024-06-11T09:14:52.412+02:00 ERROR 1 --- [nio-8080-exec-7] o.h.engine.jdbc.spi.SqlExceptionHelper   : ERROR: duplicate key value violates unique constraint "uk_account_email"
  Detail: Key (email)=(anja.krueger@posteo.de) already exists.
org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint "uk_account_email"]
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)
	at de.kestrel.shop.service.AccountService.register(AccountService.java:74)
	at de.kestrel.shop.api.AccountController.create(AccountController.java:41)

Spring Boot 3.2.5, Java 21, Postgres 16.2.`,
    // Trace and span ids, the numeric userId, thread names, class names and line numbers are not ours.
    expected: [['EMAIL', 'anja.krueger@posteo.de']],
  },
  {
    name: 'Express app logs: morgan combined lines and winston JSON errors that dump req.headers with a Bearer JWT, x-forwarded-for and a user object with name and email',
    text: `::ffff:10.42.7.19 - - [03/May/2024:14:22:08 +0000] "GET /api/reports/export?format=csv HTTP/1.1" 500 71 "https://app.kestrel.io/reports" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)"
::1 - - [03/May/2024:14:22:09 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
{"level":"error","message":"export failed: ECONNRESET","timestamp":"2024-05-03T14:22:08.912Z","service":"reports-api","req":{"method":"GET","url":"/api/reports/export?format=csv","headers":{"host":"app.kestrel.io","authorization":"Bearer ${jwtAuth}","x-forwarded-for":"91.64.118.203, 10.42.7.19","x-request-id":"9d4e4a0b-8c6f-41e7-a2a9-5b3843f2b8c7"}},"user":{"id":"usr_441209","name":"Camille Rousseau","email":"camille.rousseau@kestrel.io","role":"admin"},"stack":"Error: read ECONNRESET\\n    at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20)"}

Why does the export reset the connection only for admins?`,
    // The IPv4-mapped private address is one IPv6 address, prefix included; ::1 is loopback; the request id and the node internals are not ours.
    expected: [
      ['IP_ADDRESS', '::ffff:10.42.7.19'],
      ['SECRET', jwtAuth],
      ['IP_ADDRESS', '91.64.118.203'],
      ['IP_ADDRESS', '10.42.7.19'],
      ['PERSON', 'Camille Rousseau'],
      ['EMAIL', 'camille.rousseau@kestrel.io'],
    ],
  },
  {
    name: 'Laravel storage/logs/laravel.log: a 1062 duplicate entry quoting the e-mail, the SQL with the name, e-mail and a bcrypt hash as bindings, and a Polish question',
    text: `Dlaczego rejestracja rzuca 500 zamiast komunikatu walidacji? laravel.log:

[2024-04-22 18:07:33] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'kasia.wisniewska@wp.pl' for key 'users_email_unique' (Connection: mysql, SQL: insert into \`users\` (\`name\`, \`email\`, \`password\`, \`updated_at\`, \`created_at\`) values (Katarzyna Wiśniewska, kasia.wisniewska@wp.pl, $2y$12$Qm7xL2rT9vWz4Kc8nYd3bO6hJ1sA5eU0iO2pN7mR4tVwXq8Lm2Rx7, 2024-04-22 18:07:33, 2024-04-22 18:07:33)) {"exception":"[object] (Illuminate\\\\Database\\\\UniqueConstraintViolationException(code: 23000): ... at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:815)"}
[stacktrace]
#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(779): Illuminate\\\\Database\\\\Connection->runQueryCallback()
#1 /var/www/html/app/Http/Controllers/Auth/RegisteredUserController.php(44): Illuminate\\\\Database\\\\Eloquent\\\\Model->save()`,
    // The bcrypt hash is not a secret; timestamps, paths and line numbers are not ours.
    expected: [
      ['EMAIL', 'kasia.wisniewska@wp.pl'],
      ['PERSON', 'Katarzyna Wiśniewska'],
      ['EMAIL', 'kasia.wisniewska@wp.pl'],
    ],
  },
  {
    name: 'Go zap JSON logs from an auth service: caller file and line, user_email, remote_addr with a port, trace_id, a latency, and a logrus text line with a documentation-range client address and a login name',
    text: `{"level":"warn","ts":1715260931.4471,"caller":"auth/login.go:88","msg":"login failed","user_email":"dimitris.papadakis@otenet.gr","remote_addr":"172.20.3.41:53122","reason":"bad_password","attempt":4,"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","latency":"41.2ms"}
{"level":"error","ts":1715260932.0113,"caller":"auth/lockout.go:31","msg":"account locked","user_id":552019,"remote_addr":"172.20.3.41:53122","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}
time="2024-05-09T13:22:12Z" level=warning msg="rate limited" client_ip=203.0.113.54 user=dpapadakis path=/v1/token request_id=01HXB4K7Q2M9 component=ratelimiter

Are the lockout and the rate limiter fighting each other?`,
    // The address with its port is the address; the client address in the logrus line is a client a log shows, so it counts; the login name, ids and latency are not ours.
    expected: [
      ['EMAIL', 'dimitris.papadakis@otenet.gr'],
      ['IP_ADDRESS', '172.20.3.41'],
      ['IP_ADDRESS', '172.20.3.41'],
      ['IP_ADDRESS', '203.0.113.54'],
    ],
  },
  // ---------------------------------------------------------------- error trackers
  {
    name: 'Sentry event JSON pasted from "View JSON": user context with id, email, ip_address and username, request with a Cookie header, breadcrumbs with a console log quoting a phone, device contexts and an event id',
    text: `Sentry issue KESTREL-WEB-4Q1 keeps reopening. Event JSON:

{
  "event_id": "a1c94e7f0b3d42e68f157d2b9c0e4a61",
  "level": "error",
  "platform": "javascript",
  "exception": {"values": [{"type": "TypeError", "value": "Cannot read properties of null (reading 'postcode')",
    "stacktrace": {"frames": [{"filename": "app:///static/js/checkout.4f2a1c.js", "function": "AddressForm.submit", "lineno": 1, "colno": 48211}]}}]},
  "user": {"id": "884120", "email": "tomasz.zielinski@onet.pl", "ip_address": "83.24.190.57", "username": "tzielinski"},
  "request": {"url": "https://shop.kestrel.io/checkout/address", "headers": {"Cookie": "_shop_session=${railsSession}; cart=3", "Referer": "https://shop.kestrel.io/cart"}},
  "breadcrumbs": {"values": [
    {"category": "ui.click", "message": "button#submit-address", "timestamp": 1715332201.2},
    {"category": "console", "level": "log", "message": "address payload {\\"phone\\":\\"+48 601 882 417\\",\\"postcode\\":null}", "timestamp": 1715332201.4}
  ]},
  "contexts": {"browser": {"name": "Chrome", "version": "124.0.6367"}, "os": {"name": "Android", "version": "14"}},
  "release": "web@2024.05.10-3", "environment": "production"
}`,
    // The username is a login; the event id, release, frame positions and browser version are not ours; the session cookie's value is the secret.
    expected: [
      ['EMAIL', 'tomasz.zielinski@onet.pl'],
      ['IP_ADDRESS', '83.24.190.57'],
      ['SECRET', railsSession],
      ['PHONE', '+48 601 882 417'],
    ],
  },
  {
    name: 'Rollbar item from a Python worker (South Africa): person block with id, username and email, frame locals holding a customer name and a +27 phone, the server host, code version SHA and a Celery task id',
    text: `Rollbar item #18204 (PaymentReminderTask) — can you see why the SMS provider rejects the number?

{
  "environment": "production",
  "level": "error",
  "code_version": "9fceb02d0ae598e95dc970b74767f19372d61af8",
  "server": {"host": "worker-7c9f4b-x2lpq", "root": "/srv/billing"},
  "person": {"id": "44120", "username": "tmokoena", "email": "thandiwe.mokoena@vodamail.co.za"},
  "body": {"trace": {
    "exception": {"class": "InvalidRecipientError", "message": "SMS API 21211: 'To' number is not valid"},
    "frames": [
      {"filename": "/srv/billing/tasks/reminders.py", "lineno": 57, "method": "send_reminder",
       "locals": {"customer_name": "'Thandiwe Mokoena'", "msisdn": "'+27 82 419 0736'", "amount_due": "Decimal('1249.00')", "task_id": "'c0f3e9a1-77b2-4d1e-9a8c-4e61f2b0d35a'"}}
    ]
  }},
  "framework": "celery 5.3.6"
}`,
    // The username is a login; the code version SHA, host, task id and amount are not ours; the name in the frame locals is the person named by the e-mail's owner.
    expected: [
      ['EMAIL', 'thandiwe.mokoena@vodamail.co.za'],
      ['PERSON', 'Thandiwe Mokoena'],
      ['PHONE', '+27 82 419 0736'],
    ],
  },
  // ---------------------------------------------------------------- traces
  {
    name: 'OpenTelemetry OTLP JSON span with resource attributes, enduser.id as an e-mail, client.address, a db.statement with a WHERE on a phone, and hex trace and span ids',
    text: `{
  "resourceSpans": [{
    "resource": {"attributes": [
      {"key": "service.name", "value": {"stringValue": "orders-api"}},
      {"key": "service.version", "value": {"stringValue": "3.18.0"}},
      {"key": "k8s.pod.name", "value": {"stringValue": "orders-api-6d8f7b9c5-tq2lz"}},
      {"key": "host.arch", "value": {"stringValue": "arm64"}}
    ]},
    "scopeSpans": [{"scope": {"name": "@opentelemetry/instrumentation-pg", "version": "0.41.0"},
      "spans": [{
        "traceId": "5b8efff798038103d269b633813fc60c",
        "spanId": "eee19b7ec3c1b174",
        "parentSpanId": "eee19b7ec3c1b173",
        "name": "pg.query:SELECT orders",
        "kind": 3,
        "startTimeUnixNano": "1715420812004000000",
        "endTimeUnixNano": "1715420812941000000",
        "attributes": [
          {"key": "enduser.id", "value": {"stringValue": "ines.carvalho@sapo.pt"}},
          {"key": "client.address", "value": {"stringValue": "188.81.46.112"}},
          {"key": "db.system", "value": {"stringValue": "postgresql"}},
          {"key": "db.statement", "value": {"stringValue": "SELECT * FROM orders WHERE customer_phone = '+351 912 448 307' ORDER BY created_at DESC"}},
          {"key": "net.peer.port", "value": {"intValue": "5432"}}
        ],
        "status": {"code": 2, "message": "canceling statement due to statement timeout"}
      }]
    }]
  }]
}
Why is this query slow? There is an index on customer_id.`,
    // Trace and span ids, the pod name, versions, the port and the nanosecond times are not ours.
    expected: [
      ['EMAIL', 'ines.carvalho@sapo.pt'],
      ['IP_ADDRESS', '188.81.46.112'],
      ['PHONE', '+351 912 448 307'],
    ],
  },
  {
    name: 'Jaeger trace view copied as text (Tempo backend): service and operation names, span durations, tags with user.full_name and user.email, an http.url with a reset token, and Loki, Tempo and Mimir named as tools',
    text: `Trace 7f3a9c1e2b5d4806 (Grafana Tempo, found via Loki derived field) — 14 spans, 2.31s

gateway          POST /v2/password/reset                       2.31s
  tags: http.status_code=500 http.url=https://id.kestrel.io/v2/password/reset?token=${resetToken} http.client_ip=95.91.240.18
  auth-svc       ResetPassword                                 2.28s
    tags: user.full_name="Leonie Hofbauer" user.email=leonie.hofbauer@gmx.at tenant=kestrel-at
    mail-svc     SendTemplate reset_password_de                2.11s  error=true
      logs: 12:04:51.882 event=error message="SMTP 421 4.7.0 Try again later" smtp.host=smtp.eu.mailgun.org

Our dashboards are in Grafana (Loki for logs, Tempo for traces, Mimir for metrics). Why does a slow SMTP turn into a 500 for the user?`,
    // The reset token in the URL is a credential; trace ids, durations, hosts and Grafana's Loki, Tempo and Mimir are not ours.
    expected: [
      ['SECRET', resetToken],
      ['IP_ADDRESS', '95.91.240.18'],
      ['PERSON', 'Leonie Hofbauer'],
      ['EMAIL', 'leonie.hofbauer@gmx.at'],
    ],
  },
  // ---------------------------------------------------------------- log search results
  {
    name: 'Datadog Log Explorer CSV export: Date, Host, Service, Status and Message columns with usr.email and network.client.ip facets, a synthetic-monitor row from a bot and a question about 429s',
    text: `Why are these users getting 429 from checkout? Datadog export (last 15 min, status:warn service:checkout):

Date,Host,Service,Status,Message,@usr.email,@network.client.ip,@http.status_code
2024-05-14T08:01:12.221Z,i-0a7f3c91e2b5d4806,checkout,warn,"rate limit exceeded bucket=user",ryo.tanaka@kestrel.jp,126.119.42.7,429
2024-05-14T08:01:12.874Z,i-0a7f3c91e2b5d4806,checkout,warn,"rate limit exceeded bucket=user",ryo.tanaka@kestrel.jp,126.119.42.7,429
2024-05-14T08:02:40.015Z,i-0c1e47a03b2d4f869,checkout,warn,"rate limit exceeded bucket=ip",,52.72.14.190,429
2024-05-14T08:03:05.551Z,i-0c1e47a03b2d4f869,checkout,warn,"rate limit exceeded bucket=ip",synthetics-bot,127.0.0.1,429`,
    // EC2 instance ids, status codes and the synthetics bot are not ours; loopback is no one's address.
    expected: [
      ['EMAIL', 'ryo.tanaka@kestrel.jp'],
      ['IP_ADDRESS', '126.119.42.7'],
      ['EMAIL', 'ryo.tanaka@kestrel.jp'],
      ['IP_ADDRESS', '126.119.42.7'],
      ['IP_ADDRESS', '52.72.14.190'],
    ],
  },
  {
    name: 'CloudWatch Logs Insights query and results table: a Lambda that logs the incoming event with a Spanish customer name, phone and e-mail, request ids, durations and a log stream name',
    text: `fields @timestamp, @requestId, @message
| filter @message like /ERROR/
| sort @timestamp desc
| limit 3

| @timestamp              | @requestId                           | @message |
|-------------------------|--------------------------------------|----------|
| 2024-05-15 07:44:02.118 | 8c6f1e7d-2a95-4b38-9f2b-3f71d9e4a0b1 | ERROR Validation failed for event {"nombre":"Álvaro","apellidos":"Núñez Carrasco","telefono":"+34 622 418 907","email":"alvaro.nunez@movistar.es","pedido":"ES-2024-88120"} |
| 2024-05-15 07:44:01.903 | 8c6f1e7d-2a95-4b38-9f2b-3f71d9e4a0b1 | START RequestId: 8c6f1e7d-2a95-4b38-9f2b-3f71d9e4a0b1 Version: $LATEST |
| 2024-05-15 07:43:58.440 | 0e5f9c71-2a4b-4d3e-8f06-b7c1d9a2e534 | REPORT RequestId: 0e5f9c71-2a4b-4d3e-8f06-b7c1d9a2e534 Duration: 812.44 ms Billed Duration: 813 ms Memory Size: 512 MB Max Memory Used: 188 MB |

Log group /aws/lambda/pedidos-validate, stream 2024/05/15/[$LATEST]4f2a1c0d3e7b49a8. ¿Por qué falla la validación del teléfono?`,
    // Request ids, durations, memory sizes and the log stream are not ours; given name and family names sit under their own keys.
    expected: [
      ['PERSON', 'Álvaro'],
      ['PERSON', 'Núñez Carrasco'],
      ['PHONE', '+34 622 418 907'],
      ['EMAIL', 'alvaro.nunez@movistar.es'],
    ],
  },
  {
    name: 'Grafana Explore (Loki) LogQL query and log lines in logfmt: a caller, a level, a user e-mail in one line, pod and namespace labels, and a clean line with only ids',
    text: `{namespace="billing", app="invoice-worker"} |= "failed" | logfmt | line_format "{{.ts}} {{.msg}} {{.customer}}"

2024-05-16T10:12:44.019Z ts=2024-05-16T10:12:44.019Z level=error caller=render.go:142 msg="pdf render failed" customer=yuki.morimoto@kestrel.co.jp invoice=INV-2024-05-88120 pod=invoice-worker-5c9b7d-8kq2m
2024-05-16T10:12:45.301Z ts=2024-05-16T10:12:45.301Z level=error caller=render.go:142 msg="pdf render failed" customer= invoice=INV-2024-05-88121 pod=invoice-worker-5c9b7d-8kq2m
2024-05-16T10:12:47.552Z ts=2024-05-16T10:12:47.552Z level=warn caller=retry.go:33 msg="retry scheduled" attempt=3 backoff=8s invoice=INV-2024-05-88121

Labels: cluster=prod-eu-1 namespace=billing container=invoice-worker stream=stderr`,
    // Invoice numbers, pods, callers and backoffs are not ours.
    expected: [['EMAIL', 'yuki.morimoto@kestrel.co.jp']],
  },
  {
    name: 'Kibana Discover document (ECS fields) for a failed MFA enrolment: user.full_name, user.email, client.ip with geo, user_agent, event codes, an _id and @timestamp, with a Turkish question',
    text: `Bu kullanıcı MFA kaydını tamamlayamıyor. Kibana'dan kopyaladığım kayıt:

{
  "_index": ".ds-logs-auth-default-2024.05.17-000042",
  "_id": "pX7vN8cR2wKx7TqM3bZ9",
  "_source": {
    "@timestamp": "2024-05-17T06:31:09.442Z",
    "event": {"action": "mfa-enroll", "outcome": "failure", "code": "MFA_ERR_TOTP_SKEW"},
    "user": {"id": "u-28817", "name": "mcelik", "full_name": "Mustafa Çelik", "email": "mustafa.celik@turkcell.com.tr"},
    "client": {"ip": "78.180.52.14", "geo": {"country_iso_code": "TR", "city_name": "Ankara"}},
    "user_agent": {"original": "Mozilla/5.0 (Linux; Android 13; SM-A536B)"},
    "observer": {"hostname": "auth-7f9c-2", "version": "8.13.2"}
  }
}

Telefonunun saati 90 saniye geride olabilir mi?`,
    // user.name is a login; the index, _id, event code, city and versions are not ours.
    expected: [
      ['PERSON', 'Mustafa Çelik'],
      ['EMAIL', 'mustafa.celik@turkcell.com.tr'],
      ['IP_ADDRESS', '78.180.52.14'],
    ],
  },
  // ---------------------------------------------------------------- access logs
  {
    name: 'nginx access log (combined plus $request_time and $http_x_forwarded_for) with an e-mail in a query string, a health check from loopback, an internal LB hop and a 404 scan from a public address',
    text: `These 499s started after we enabled the WAF. access.log excerpt:

10.0.12.4 - - [18/May/2024:09:41:02 +0200] "GET /api/newsletter/confirm?email=lucie.martin%40free.fr&token=ok HTTP/1.1" 499 0 "https://www.kestrel.fr/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)" 30.001 "90.45.211.137"
127.0.0.1 - - [18/May/2024:09:41:05 +0200] "GET /nginx_status HTTP/1.1" 200 97 "-" "Go-http-client/1.1" 0.000 "-"
10.0.12.4 - - [18/May/2024:09:41:07 +0200] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x" 0.002 "45.148.10.92"
10.0.12.4 - - [18/May/2024:09:41:09 +0200] "POST /api/cart/items HTTP/2.0" 201 412 "https://www.kestrel.fr/p/veste-pluie" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" 0.084 "90.45.211.137"`,
    // The token value "ok" is no credential; loopback is no one's address; the load balancer's private address counts on each line; the URL-encoded address is the e-mail as written.
    expected: [
      ['IP_ADDRESS', '10.0.12.4'],
      ['EMAIL', 'lucie.martin%40free.fr'],
      ['IP_ADDRESS', '90.45.211.137'],
      ['IP_ADDRESS', '10.0.12.4'],
      ['IP_ADDRESS', '45.148.10.92'],
      ['IP_ADDRESS', '10.0.12.4'],
      ['IP_ADDRESS', '90.45.211.137'],
    ],
  },
  {
    name: 'AWS ALB access log entries (space-separated fields): client:port, target:port, processing times, the request line with an e-mail in the query string, user agent, TLS cipher, the target group ARN and a trace id',
    text: `h2 2024-05-19T22:14:08.442113Z app/prod-public-alb/50dc6c495c0c9188 212.58.244.71:61224 10.20.5.118:8080 0.001 30.002 -1 504 - 812 0 "POST https://api.kestrel.io:443/v1/exports?notify=oliver.bennett%40btinternet.com HTTP/2.0" "python-requests/2.31.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-2:123456789012:targetgroup/exports-tg/73e2d6bc24d8a067 "Root=1-664a7a10-0b1c2d3e4f5a6b7c8d9e0f1a" "api.kestrel.io" "arn:aws:acm:eu-west-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" 0 2024-05-19T22:13:38.440000Z "forward" "-" "-" "10.20.5.118:8080" "-" "-" "-"

Why does the export time out at exactly 30s? The target's idle timeout is 60s.`,
    // The ARNs, the account id, the trace id, ports, timings and the cipher are not ours.
    expected: [
      ['IP_ADDRESS', '212.58.244.71'],
      ['IP_ADDRESS', '10.20.5.118'],
      ['EMAIL', 'oliver.bennett%40btinternet.com'],
      ['IP_ADDRESS', '10.20.5.118'],
    ],
  },
  {
    name: 'CloudFront standard log (tab-separated) with a signed-URL download: c-ip, cs-uri-stem, a cs-uri-query with Expires, Signature and Key-Pair-Id, the edge location and the x-edge-request-id',
    text: `#Version: 1.0
#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query x-edge-request-id
2024-05-20	07:12:44	FRA56-P4	0	79.246.18.220	GET	d3k9x7qlm2v8.cloudfront.net	/reports/2024-Q1/board-pack.pdf	403	-	Mozilla/5.0%20(Macintosh;%20Intel%20Mac%20OS%20X%2014_4)	Expires=1716190000&Signature=${cfSignature}&Key-Pair-Id=K2JCJMDEHXQW5F	Qm7xL2rT9vWz4Kc8nYd3bFg6hJ1sA5eU0iO2pN7mR4tVwXq==

Why is a freshly signed URL getting 403? The key group has two public keys.`,
    // The signature of a signed URL is the secret; the key-pair id, the expiry, the edge location and the request id are not ours.
    expected: [
      ['IP_ADDRESS', '79.246.18.220'],
      ['SECRET', cfSignature],
    ],
  },
  {
    name: 'Apache error log (mod_security and PHP-FPM) with a client address and port, a referer with a URL-encoded Japanese search term, a rule id and unique id, and a runbook line that gives a documentation address as an example',
    text: `[Tue May 21 03:14:52.118204 2024] [security2:error] [pid 21877:tid 140233] [client 61.205.98.14:50712] [client 61.205.98.14] ModSecurity: Access denied with code 403 (phase 2). Matched phrase "union select" at ARGS:q. [file "/etc/modsecurity/crs/REQUEST-942-APPLICATION-ATTACK-SQLI.conf"] [line "1037"] [id "942100"] [hostname "www.kestrel.jp"] [uri "/search"] [unique_id "ZkwF7KwQAAEAAC7lRkQAAAAB"], referer: https://www.kestrel.jp/search?q=%E9%9B%A8%E5%82%98
[Tue May 21 03:14:53.004417 2024] [proxy_fcgi:error] [pid 21880:tid 140241] [client 61.205.98.14:50714] AH01071: Got error 'PHP message: PHP Warning:  Undefined array key "q" in /var/www/html/search.php on line 12'

Runbook note: to test the rule locally, replay with X-Forwarded-For: 192.0.2.10 (an example address).`,
    // The runbook's example address is documentation, not a client; pids, rule ids, the unique id, paths and line numbers are not ours.
    expected: [
      ['IP_ADDRESS', '61.205.98.14'],
      ['IP_ADDRESS', '61.205.98.14'],
      ['IP_ADDRESS', '61.205.98.14'],
    ],
  },
  // ---------------------------------------------------------------- Kubernetes
  {
    name: 'clean kubectl get events and describe pod excerpt: pod and ReplicaSet hashes, an image digest, container ids, ports, probes, resource limits and an OOMKilled reason',
    text: `$ kubectl -n checkout get events --sort-by=.lastTimestamp | tail -5
LAST SEEN   TYPE      REASON      OBJECT                                MESSAGE
4m12s       Normal    Pulled      pod/checkout-api-7d9c6b5f8-x2lpq      Container image "ghcr.io/kestrel/checkout-api@sha256:4f2a1c0d3e7b49a85b1e3f6a9c0d27e48f1a6b3c9d2e5f7a08b1c4d6e9f2a3b5" already present on machine
4m11s       Normal    Started     pod/checkout-api-7d9c6b5f8-x2lpq      Started container api
2m03s       Warning   BackOff     pod/checkout-api-7d9c6b5f8-x2lpq      Back-off restarting failed container api in pod checkout-api-7d9c6b5f8-x2lpq_checkout(5e9b0c14-27a3-4f61-8d0e-c3a7b2914e58)
$ kubectl -n checkout describe pod checkout-api-7d9c6b5f8-x2lpq | sed -n '20,34p'
    Container ID:   containerd://8c1d0b7e4f2a3c95e6d7b8a9c0f1e2d3b4a5c6d7e8f9a0b1c2d3e4f5a6b7c8d9
    Port:           8080/TCP
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Tue, 21 May 2024 10:02:11 +0000
      Finished:     Tue, 21 May 2024 10:06:40 +0000
    Restart Count:  14
    Limits:
      memory:  512Mi
    Liveness:   http-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3

Why does it OOM only after about four minutes?`,
    // Pod names, hashes, digests, container ids, ports, exit codes and timestamps are not ours.
    expected: [],
  },
  {
    name: 'kubectl logs of a Sidekiq worker: job args with a customer hash (name, e-mail, phone, date_of_birth), a Jid, retry counts and a Redis URL with a password',
    text: `$ kubectl -n crm logs deploy/sidekiq-default --since=10m | grep -A2 WelcomeMailerJob
2024-05-22T08:14:02.118Z pid=1 tid=2k9x class=WelcomeMailerJob jid=b7c44e0f1a2d93e58f61 INFO: start
2024-05-22T08:14:02.902Z pid=1 tid=2k9x class=WelcomeMailerJob jid=b7c44e0f1a2d93e58f61 elapsed=0.784 INFO: fail
2024-05-22T08:14:02.903Z pid=1 tid=2k9x WARN: {"context":"Job raised exception","job":{"retry":5,"queue":"mailers","class":"WelcomeMailerJob","args":[{"first_name":"Rangi","last_name":"Tāwhiri","email":"rangi.tawhiri@xtra.co.nz","phone":"+64 21 448 2093","date_of_birth":"1991-10-04"}],"jid":"b7c44e0f1a2d93e58f61","created_at":1716365641.2,"retry_count":2}}
2024-05-22T08:14:02.904Z pid=1 tid=2k9x WARN: Redis::CannotConnectError: Error connecting to Redis on redis://:${dbPassword}@10.96.14.22:6379/0 (Errno::ECONNREFUSED)

Sidekiq 7.2.4, Ruby 3.3. Why does the job fail only in the crm namespace?`,
    // The password alone is the secret; the job id, thread ids, retry counts and Sidekiq and Ruby as tools are not ours.
    expected: [
      ['PERSON', 'Rangi'],
      ['PERSON', 'Tāwhiri'],
      ['EMAIL', 'rangi.tawhiri@xtra.co.nz'],
      ['PHONE', '+64 21 448 2093'],
      ['DATE_OF_BIRTH', '1991-10-04'],
      ['SECRET', dbPassword],
      ['IP_ADDRESS', '10.96.14.22'],
    ],
  },
  // ---------------------------------------------------------------- CI logs
  {
    name: 'GitHub Actions job log: masked *** secrets, a workflow env using secrets references, the dependabot[bot] actor, a debug step that printed an npm token in clear and a private runner address',
    text: `2024-05-23T12:01:04.1182205Z ##[group]Run actions/setup-node@v4
2024-05-23T12:01:04.1183001Z with:
2024-05-23T12:01:04.1183320Z   node-version: 20.x
2024-05-23T12:01:04.1183642Z   registry-url: https://npm.pkg.github.com
2024-05-23T12:01:04.1184001Z env:
2024-05-23T12:01:04.1184310Z   NODE_AUTH_TOKEN: ***
2024-05-23T12:01:04.1184620Z ##[endgroup]
2024-05-23T12:01:09.4410311Z ##[group]Run cat ~/.npmrc   # debug, remove!
2024-05-23T12:01:09.4418812Z //registry.npmjs.org/:_authToken=${npmToken}
2024-05-23T12:01:09.4419207Z always-auth=true
2024-05-23T12:01:09.4419601Z ##[endgroup]
2024-05-23T12:01:22.0021457Z Runner name: 'ci-runner-eu-07' (10.60.3.21)
2024-05-23T12:01:22.0021901Z Triggered by: dependabot[bot] (49699333+dependabot[bot]@users.noreply.github.com)

# .github/workflows/release.yml
env:
  NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
  SLACK_WEBHOOK: \${{ secrets.SLACK_RELEASE_WEBHOOK }}

The publish step is green on PRs from people but red on Dependabot PRs. Why?`,
    // Masked values, secrets references, the runner name, node version, the bot and its noreply address are not ours; the printed token is.
    expected: [
      ['SECRET', npmToken],
      ['IP_ADDRESS', '10.60.3.21'],
    ],
  },
  {
    name: 'GitLab CI job log where a debug `env | sort` printed predefined and project variables: CI_COMMIT_AUTHOR, GITLAB_USER_NAME and GITLAB_USER_EMAIL, [MASKED] values, a DATABASE_URL with a password and a personal access token',
    text: `Running with gitlab-runner 16.11.0 (91a27b2a) on ci-runner-k8s-3 xK7qL2mT, system ID: r_9vWz4Kc8nYd3
$ env | sort
CI_COMMIT_AUTHOR=Agnieszka Dąbrowska <agnieszka.dabrowska@kestrel.pl>
CI_COMMIT_SHA=3f8a1c2e7b4d4e90a6c152d8f0b7e913c41e8a7f
CI_JOB_ID=7120045
CI_JOB_TOKEN=[MASKED]
CI_PIPELINE_SOURCE=merge_request_event
CI_PROJECT_PATH=platform/billing-api
DATABASE_URL=postgres://billing:${dbPassword}@10.40.2.15:5432/billing_test
GITLAB_USER_EMAIL=agnieszka.dabrowska@kestrel.pl
GITLAB_USER_LOGIN=adabrowska
GITLAB_USER_NAME=Agnieszka Dąbrowska
RELEASE_BOT_TOKEN=${glpat}
$ bundle exec rspec
Finished in 2 minutes 14.3 seconds (files took 4.1 seconds to load)
612 examples, 3 failures

Które zmienne powinniśmy oznaczyć jako masked i protected?`,
    // The login, SHA, job id, runner id and durations are not ours; masked values are masked; the password alone is the secret.
    expected: [
      ['PERSON', 'Agnieszka Dąbrowska'],
      ['EMAIL', 'agnieszka.dabrowska@kestrel.pl'],
      ['SECRET', dbPassword],
      ['IP_ADDRESS', '10.40.2.15'],
      ['EMAIL', 'agnieszka.dabrowska@kestrel.pl'],
      ['PERSON', 'Agnieszka Dąbrowska'],
      ['SECRET', glpat],
    ],
  },
  {
    name: 'Jenkins console output: Started by user with a full name, a git checkout with commit SHAs, withCredentials masking ****, a curl with Basic credentials in clear under set -x, the build number and Jenkins, Jest and Hugo as tools',
    text: `Started by user Rahul Verma
Running in Durability level: MAX_SURVIVABILITY
[Pipeline] node
Running on build-agent-04 in /var/jenkins_home/workspace/docs-site_main
[Pipeline] { (Checkout)
 > git rev-parse --resolve-git-dir /var/jenkins_home/workspace/docs-site_main/.git # timeout=10
Checking out Revision 9fceb02d0ae598e95dc970b74767f19372d61af8 (refs/remotes/origin/main)
Commit message: "docs: bump Hugo to 0.125.4 and fix Jest snapshot"
[Pipeline] withCredentials
Masking supported pattern matches of $DEPLOY_PASS
[Pipeline] sh
+ curl -sf -u deploy:**** https://artifacts.kestrel.in/upload
+ curl -sf -H 'Authorization: Basic ${basicCreds}' https://artifacts.kestrel.in/promote
curl: (22) The requested URL returned error: 401
[Pipeline] End of Pipeline
Finished: FAILURE  (build #4471, Jenkins 2.452.1)

Rahul asks: why does the promote call 401 when upload works?`,
    // Basic credentials are a secret; the masked password, SHA, agent name, build number and tools (Jenkins, Jest, Hugo) are not ours; Rahul alone is the same person named in full.
    expected: [
      ['PERSON', 'Rahul Verma'],
      ['SECRET', basicCreds],
      ['PERSON', 'Rahul'],
    ],
  },
  // ---------------------------------------------------------------- infrastructure as code and config
  {
    name: 'terraform plan output: an aws_db_instance with a (sensitive value) password, tags with an Owner e-mail, an aws_instance private_ip, ARNs, an account id, a CIDR block and a semver provider constraint',
    text: `Terraform will perform the following actions:

  # aws_db_instance.reporting will be created
  + resource "aws_db_instance" "reporting" {
      + allocated_storage   = 100
      + engine              = "postgres"
      + engine_version      = "16.2"
      + identifier          = "reporting-prod"
      + password            = (sensitive value)
      + username            = "reporting_admin"
      + kms_key_id          = "arn:aws:kms:eu-central-1:210987654321:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
      + tags                = {
          + "CostCenter" = "DATA-114"
          + "Owner"      = "sebastian.vogt@kestrel.de"
        }
    }

  # aws_instance.bastion will be updated in-place
  ~ resource "aws_instance" "bastion" {
        id          = "i-0a7f3c91e2b5d4806"
      ~ private_ip  = "10.30.1.15" -> "10.30.1.16"
        subnet_id   = "subnet-0c1e47a03b2d4f869"
    }

  # aws_security_group_rule.db_ingress will be created
  + resource "aws_security_group_rule" "db_ingress" {
      + cidr_blocks = ["10.30.0.0/16"]
      + from_port   = 5432
    }

Plan: 2 to add, 1 to change, 0 to destroy.
(required_providers: aws ~> 5.40, >= 5.40.0)`,
    // Sensitive values are hidden; ARNs, the account id, instance and subnet ids, the CIDR range, ports and version constraints are not ours; the Owner tag is a person's work address.
    expected: [
      ['EMAIL', 'sebastian.vogt@kestrel.de'],
      ['IP_ADDRESS', '10.30.1.15'],
      ['IP_ADDRESS', '10.30.1.16'],
    ],
  },
  {
    name: 'terraform.tfstate snippet pasted to ask about drift: a random_password result, an aws_db_instance with the master password in clear, an IAM access key secret, ARNs and lineage and serial',
    text: `Why does every plan want to replace the database? Here's the state entry:

{
  "version": 4,
  "terraform_version": "1.8.3",
  "serial": 112,
  "lineage": "0e7a3c19-bd42-4f60-8e15-a3c9d07b2f64",
  "resources": [
    {"mode": "managed", "type": "random_password", "name": "db", "instances": [{"attributes": {"id": "none", "length": 16, "result": "${tfRdsPassword}", "special": true}, "sensitive_attributes": []}]},
    {"mode": "managed", "type": "aws_db_instance", "name": "main", "instances": [{"attributes": {"arn": "arn:aws:rds:us-east-1:345678901234:db:main-prod", "password": "${tfRdsPassword}", "username": "app_admin", "address": "main-prod.c9akciq32.us-east-1.rds.amazonaws.com", "port": 5432}}]},
    {"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "instances": [{"attributes": {"id": "${awsKeyId}", "user": "ci-deployer", "secret": "${awsSecret}", "status": "Active"}}]}
  ]
}`,
    // The access key id counts with its secret; ARNs, the account id, lineage, serial, the hostname and the service user are not ours.
    expected: [
      ['SECRET', tfRdsPassword],
      ['SECRET', tfRdsPassword],
      ['SECRET', awsKeyId],
      ['SECRET', awsSecret],
    ],
  },
  {
    name: 'docker-compose.yml with a Postgres password in clear, a pgAdmin default e-mail and password, an image pinned by digest, ports, a placeholder changeme password, env-file references and healthchecks',
    text: `services:
  db:
    image: postgres:16.2@sha256:5b1e3f6a9c0d27e48f1a6b3c9d2e5f7a08b1c4d6e9f2a3b5c7d0e1f4a6b8c9d2
    environment:
      POSTGRES_USER: kestrel
      POSTGRES_PASSWORD: ${composePassword}
      POSTGRES_DB: kestrel_dev
    ports: ["5432:5432"]
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U kestrel"]
      interval: 5s
  pgadmin:
    image: dpage/pgadmin4:8.6
    environment:
      PGADMIN_DEFAULT_EMAIL: nadia.haddad@kestrel.io
      PGADMIN_DEFAULT_PASSWORD: changeme
    ports: ["5050:80"]
  api:
    build: .
    env_file: [.env, .env.local]
    environment:
      DATABASE_URL: postgres://kestrel:\${POSTGRES_PASSWORD}@db:5432/kestrel_dev
      REDIS_URL: redis://redis:6379/0
    depends_on: { db: { condition: service_healthy } }

Why can't api reach db on first start?`,
    // changeme is a placeholder and ${POSTGRES_PASSWORD} a reference; the digest, ports and service names are not ours.
    expected: [
      ['SECRET', composePassword],
      ['EMAIL', 'nadia.haddad@kestrel.io'],
    ],
  },
  {
    name: '.env file pasted with "which of these are safe to commit": live Stripe, OpenAI and Datadog keys, an AWS documented example key pair, <your-key> and changeme placeholders, an SMTP password, an admin e-mail and a Sentry environment',
    text: `Which of these lines are safe to put in .env.example?

NODE_ENV=production
PORT=3000
ADMIN_EMAIL=oncall-admin@kestrel.io
STRIPE_SECRET_KEY=${stripeLive}
OPENAI_API_KEY=${openaiKey}
DD_API_KEY=${ddApiKey}
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
GOOGLE_MAPS_KEY=<your-key>
SMTP_HOST=smtp.postmarkapp.com
SMTP_USER=apikey
SMTP_PASSWORD=${mailPassword}
REDIS_PASSWORD=changeme
SENTRY_ENVIRONMENT=production
SENTRY_TRACES_SAMPLE_RATE=0.2`,
    // AWS's documented example pair and the placeholders are not secrets; the admin team mailbox is on a real domain and counts.
    expected: [
      ['EMAIL', 'oncall-admin@kestrel.io'],
      ['SECRET', stripeLive],
      ['SECRET', openaiKey],
      ['SECRET', ddApiKey],
      ['SECRET', mailPassword],
    ],
  },
  // ---------------------------------------------------------------- source control
  {
    name: 'git log with Author lines, Co-authored-by and Signed-off-by trailers, a dependabot[bot] commit and a renovate[bot] commit, commit SHAs, dates and semver bumps',
    text: `Summarise what changed in billing since v4.12.0:

commit 3f8a1c2e7b4d4e90a6c152d8f0b7e913c41e8a7f
Author: Priyanka Deshpande <priyanka.deshpande@kestrel.io>
Date:   Fri May 24 16:02:11 2024 +0530

    fix(invoices): round VAT per line, not per invoice

    Co-authored-by: Gustavo Ferreira <gustavo.ferreira@kestrel.io>
    Signed-off-by: Priyanka Deshpande <priyanka.deshpande@kestrel.io>

commit 9c1e47a03b2d4f86a915d07e2c48b6134e5f7a21
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
Date:   Thu May 23 03:12:40 2024 +0000

    chore(deps): bump stripe from 14.21.0 to 15.7.0 (#2291)

commit 0e5f9c712a4b4d3e8f06b7c1d9a2e5349f2b3f71
Author: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>
Date:   Wed May 22 01:00:03 2024 +0000

    chore(deps): update dependency typescript to ~5.4.5`,
    // Bots and their noreply addresses, SHAs, PR numbers, dates and versions are not ours.
    expected: [
      ['PERSON', 'Priyanka Deshpande'],
      ['EMAIL', 'priyanka.deshpande@kestrel.io'],
      ['PERSON', 'Gustavo Ferreira'],
      ['EMAIL', 'gustavo.ferreira@kestrel.io'],
      ['PERSON', 'Priyanka Deshpande'],
      ['EMAIL', 'priyanka.deshpande@kestrel.io'],
    ],
  },
  {
    name: 'git blame excerpt with abbreviated SHAs, author names, ISO dates and line numbers, one line by a CI service account, and a question in Turkish about who introduced a bug',
    text: `Bu satırı kim değiştirdi ve neden? git blame -L 40,46 src/pricing/discount.ts

4f2a1c0d (Emre Aydoğan      2024-03-11 14:02:11 +0300 40)   const rate = tier === 'gold' ? 0.15 : 0.05;
4f2a1c0d (Emre Aydoğan      2024-03-11 14:02:11 +0300 41)   if (cart.total < MIN_TOTAL) return 0;
b7c44e0f (Zeynep Kaya       2024-04-02 10:45:37 +0300 42)   const capped = Math.min(cart.total * rate, MAX_DISCOUNT);
a81f3c9e (ci-runner         2024-04-18 03:00:12 +0000 43)   // generated: do not edit (pricing-tables v2.4.1)
b7c44e0f (Zeynep Kaya       2024-04-02 10:45:37 +0300 44)   return Math.round(capped * 100) / 100;
00000000 (Not Committed Yet 2024-05-25 09:12:54 +0300 45)   // TODO(zkaya): apply per line`,
    // The CI account, "Not Committed Yet", SHAs, dates, line numbers and the handle in the TODO are not ours.
    expected: [
      ['PERSON', 'Emre Aydoğan'],
      ['PERSON', 'Emre Aydoğan'],
      ['PERSON', 'Zeynep Kaya'],
      ['PERSON', 'Zeynep Kaya'],
    ],
  },
  {
    name: 'git format-patch mail sent to a mailing list: From and Date headers, a [PATCH v2 1/3] subject, Signed-off-by, Reviewed-by and Cc trailers, a diffstat and a hunk header',
    text: `From 5b8efff798038103d269b633813fc60c4e7d2a95 Mon Sep 17 00:00:00 2001
From: Joaquín Morales <jmorales@kestrel.es>
Date: Sun, 26 May 2024 19:20:47 +0200
Subject: [PATCH v2 1/3] tracing: propagate baggage across the job queue

Without this the consumer starts a new trace for every job.

Reviewed-by: Hannah Schulte <hannah.schulte@kestrel.de>
Cc: Wei Zhang <wei.zhang@kestrel.io>
Signed-off-by: Joaquín Morales <jmorales@kestrel.es>
---
 src/queue/consumer.ts | 14 ++++++++++----
 1 file changed, 10 insertions(+), 4 deletions(-)

@@ -31,7 +31,11 @@ export async function consume(job: Job): Promise<void> {
--
2.45.1`,
    // The From line's hash is a commit id; the 2001 date is git's fixed placeholder; diffstat and hunk numbers and git's version are not ours.
    expected: [
      ['PERSON', 'Joaquín Morales'],
      ['EMAIL', 'jmorales@kestrel.es'],
      ['PERSON', 'Hannah Schulte'],
      ['EMAIL', 'hannah.schulte@kestrel.de'],
      ['PERSON', 'Wei Zhang'],
      ['EMAIL', 'wei.zhang@kestrel.io'],
      ['PERSON', 'Joaquín Morales'],
      ['EMAIL', 'jmorales@kestrel.es'],
    ],
  },
  {
    name: 'git shortlog -sne for a quarter with counts, full names and e-mails including a GitHub noreply address of a person and the github-actions bot, in a Korean question',
    text: `이번 분기 기여자 목록을 릴리스 노트용으로 정리해 주세요. (봇은 제외)

$ git shortlog -sne --since=2024-01-01 --until=2024-03-31
   142  Park Ji-hoon <jihoon.park@kestrel.kr>
    87  Kim Seo-yeon <84120937+seoyeon-kim@users.noreply.github.com>
    31  github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>
    12  Daniel Okafor <daniel.okafor@kestrel.io>`,
    // A person's noreply address counts as an e-mail; the bot and its address do not; counts and dates are not ours.
    expected: [
      ['PERSON', 'Park Ji-hoon'],
      ['EMAIL', 'jihoon.park@kestrel.kr'],
      ['PERSON', 'Kim Seo-yeon'],
      ['EMAIL', '84120937+seoyeon-kim@users.noreply.github.com'],
      ['PERSON', 'Daniel Okafor'],
      ['EMAIL', 'daniel.okafor@kestrel.io'],
    ],
  },
  {
    name: 'Chinese commit messages in git log --oneline plus one full entry with a Chinese author name and e-mail, a Jira key and a version tag',
    text: `帮我把这些提交整理成中文的发布说明：

$ git log --oneline v2.3.0..v2.4.0
a3f9c1e 修复：订单导出时手机号被截断 (PAY-1182)
7d20b4e 新增：支持支付宝退款回调
e61f7a9 重构：把 Redis 连接池移到 infra 包

$ git show -s a3f9c1e
commit a3f9c1e8b2d7046f5e1c93a0b4d82f6e7c1a5d90
Author: 陈晓雯 <chen.xiaowen@kestrel.cn>
Date:   Tue May 28 10:31:22 2024 +0800

    修复：订单导出时手机号被截断 (PAY-1182)

    导出时手机号列宽为 11，带 +86 前缀的号码被截断。`,
    // SHAs, the Jira key, versions and dates are not ours; the commit text talks about phone numbers but holds none.
    expected: [
      ['PERSON', '陈晓雯'],
      ['EMAIL', 'chen.xiaowen@kestrel.cn'],
    ],
  },
  // ---------------------------------------------------------------- issues and reviews
  {
    name: 'GitHub issue in Brazilian Portuguese: a bug report with a pasted API response holding a customer name, e-mail and celular, @handles of maintainers, a label list and a CPF that is no type of ours',
    text: `**Bug: webhook de pagamento duplica pedidos** #3318 · aberto por @lu-sampaio · labels: bug, pagamentos, p1

Oi @rafa-dev e @kestrel/payments, o webhook está criando o pedido duas vezes. Resposta da API (produção, desculpem):

\`\`\`json
{"pedido":"BR-2024-551203","cliente":{"nome":"Mariana Ferreira Lopes","email":"mariana.flopes@uol.com.br","celular":"(11) 98422-1370","cpf":"529.982.247-25"},"status":"PAGO","tentativas":2}
\`\`\`

Versão 5.18.2, Node 20.12. Alguém consegue ver se falta idempotency key?

> **@rafa-dev** comentou: falta sim, o handler não lê o header Idempotency-Key. Vou abrir um PR.`,
    // @handles and the team are not persons; the CPF is a national id, not one of our types; order ids and versions are not ours.
    expected: [
      ['PERSON', 'Mariana Ferreira Lopes'],
      ['EMAIL', 'mariana.flopes@uol.com.br'],
      ['PHONE', '(11) 98422-1370'],
    ],
  },
  {
    name: 'GitLab merge-request review thread: reviewers by display name and @handle, a suggestion diff whose fixture holds a real-looking customer, a renovate bot note and resolved-thread markers',
    text: `!842 "Add EU VAT validation" · platform/billing-api

Hannah Schulte @hschulte · 2 days ago
  On spec/fixtures/customers.yml line 12:
  - name: Bram de Vries
  -   email: bram.devries@ziggo.nl
  -   vat: NL859284374B01
  + name: Test Customer
  +   email: test.customer@example.com
  +   vat: NL000099998B57
  Please don't commit real customers to fixtures, use the example ones.

Agnieszka Dąbrowska @adabrowska · 1 day ago
  Good catch, replaced. Resolved thread.

renovate[bot] @renovate-bot · 1 day ago
  Branch automerge is disabled for this MR because it has failing pipelines.`,
    // Handles, the bot, the VAT numbers, the placeholder Test Customer at example.com and the MR number are not ours.
    expected: [
      ['PERSON', 'Hannah Schulte'],
      ['PERSON', 'Bram de Vries'],
      ['EMAIL', 'bram.devries@ziggo.nl'],
      ['PERSON', 'Agnieszka Dąbrowska'],
    ],
  },
  {
    name: 'GitHub pull-request review comments that quote a log line with a customer phone, an approving reviewer named in a Co-authored-by suggestion, and CI check names',
    text: `## Review on #2307 "log redaction for SMS sender"

**marta-kowal** commented on \`src/sms/sender.ts\` L88:
> \`logger.info(\`sending to \${to}\`)\` — this still prints the full number, e.g. in staging yesterday: \`sending to +48 512 304 118\`. Please mask to the last 3 digits.

**j-morales** approved these changes.
> LGTM after Marta's fix. Add me as co-author please:
> \`Co-authored-by: Joaquín Morales <jmorales@kestrel.es>\`

Checks: ✅ lint (Jest 29.7) ✅ build ✅ e2e (Playwright) ❌ codecov/patch — 71.2% (-0.4%)`,
    // Handles are logins; Marta alone is never named in full here, so she does not count; tools and coverage figures are not ours.
    expected: [
      ['PHONE', '+48 512 304 118'],
      ['PERSON', 'Joaquín Morales'],
      ['EMAIL', 'jmorales@kestrel.es'],
    ],
  },
  {
    name: 'Jira ticket copied from the UI in Polish: Reporter, Assignee and Watchers fields, a description quoting a customer complaint with phone and e-mail, priority, sprint and story points',
    text: `PAY-1182  Eksport zamówień obcina numery telefonów
Typ: Błąd   Priorytet: Wysoki   Status: W toku   Sprint: Billing 2024-11   Story points: 3
Zgłaszający: Magdalena Wróbel
Przypisany: Krzysztof Nowicki
Obserwatorzy: Magdalena Wróbel, Piotr Zając

Opis:
Klientka (Ewelina Kaczmarek, ewelina.kaczmarek@interia.pl, tel. +48 691 228 407) zgłosiła, że w eksporcie CSV jej numer ma tylko 11 znaków: "+4869122840". Dotyczy wszystkich numerów z prefiksem +48.

Kroki: Raporty → Zamówienia → Eksport CSV (wersja 2.3.0).`,
    // Fields like Zgłaszający and Przypisany are name fields; the truncated number in the description is still most of her phone and counts; sprint, points and the version are not ours.
    expected: [
      ['PERSON', 'Magdalena Wróbel'],
      ['PERSON', 'Krzysztof Nowicki'],
      ['PERSON', 'Magdalena Wróbel'],
      ['PERSON', 'Piotr Zając'],
      ['PERSON', 'Ewelina Kaczmarek'],
      ['EMAIL', 'ewelina.kaczmarek@interia.pl'],
      ['PHONE', '+48 691 228 407'],
      ['PHONE', '+4869122840'],
    ],
  },
  {
    name: 'Jira REST API issue JSON: fields.reporter and assignee with displayName, emailAddress and accountId, a comment body in Atlassian document format mentioning a user, custom fields and timestamps',
    text: `GET /rest/api/3/issue/OPS-4471?fields=summary,reporter,assignee,comment

{"key":"OPS-4471","fields":{
  "summary":"Disk full on es-data-3",
  "reporter":{"accountId":"5b10ac8d82e05b22cc7d4ef5","displayName":"Siddharth Rao","emailAddress":"siddharth.rao@kestrel.io","timeZone":"Asia/Kolkata"},
  "assignee":{"accountId":"712020:4c1e99ff-fe07-4b1a-8d2c-5600a1b2c3d4","displayName":"Chloé Lambert","emailAddress":"chloe.lambert@kestrel.fr","timeZone":"Europe/Paris"},
  "comment":{"comments":[{"id":"188204","author":{"displayName":"Siddharth Rao"},"body":{"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"mention","attrs":{"id":"712020:4c1e99ff-fe07-4b1a-8d2c-5600a1b2c3d4","text":"@Chloé Lambert"}},{"type":"text","text":" can you extend the volume to 2Ti? Node IP 10.12.40.7"}]}]},"created":"2024-05-29T08:14:02.118+0530"}]}
}}`,
    // Account ids, the comment id, time zones, the volume size and timestamps are not ours; the mention names the assignee in full.
    expected: [
      ['PERSON', 'Siddharth Rao'],
      ['EMAIL', 'siddharth.rao@kestrel.io'],
      ['PERSON', 'Chloé Lambert'],
      ['EMAIL', 'chloe.lambert@kestrel.fr'],
      ['PERSON', 'Siddharth Rao'],
      ['PERSON', 'Chloé Lambert'],
      ['IP_ADDRESS', '10.12.40.7'],
    ],
  },
  {
    name: 'Korean Jira-style bug ticket: 보고자 and 담당자 fields with names, a customer quote with a 010 mobile, 님 honorifics, a build number and a Korean question',
    text: `[APP-2093] 결제 완료 후 주문 내역이 비어 있음
보고자: 이서준   담당자: 정하은   우선순위: 높음   빌드: 7.12.0 (7120045)

고객 문의 내용 (CS팀 전달):
"결제는 됐는데 주문 내역에 아무것도 없어요. 연락처 010-4821-3367 로 연락 주세요." — 최민지 고객님

정하은님, 오늘 중으로 원인 파악 부탁드립니다.`,
    // 님 and 고객님 are no part of the names; the build and ticket numbers are not ours; the assignee named alone is the same person as in the field.
    expected: [
      ['PERSON', '이서준'],
      ['PERSON', '정하은'],
      ['PHONE', '010-4821-3367'],
      ['PERSON', '최민지'],
      ['PERSON', '정하은'],
    ],
  },
  // ---------------------------------------------------------------- chat exports
  {
    name: 'Slack channel export JSON (#inc-payments): messages with user ids, user_profile real_name and display_name, a <@U…> mention, a message pasting a customer phone, a bot message from a webhook and thread timestamps',
    text: `[
  {"type":"message","user":"U04QX7K2M9B","text":"<@U05LR8T3N1C> refunds API is 500ing for card payments since 09:40","ts":"1717061412.118229","user_profile":{"real_name":"Aisha Bello","display_name":"aisha","team":"T01KESTREL"}},
  {"type":"message","subtype":"bot_message","bot_id":"B06M2XQ7R4L","username":"PagerDuty","text":"Triggered #88120: checkout-api error rate > 5%","ts":"1717061420.004100"},
  {"type":"message","user":"U05LR8T3N1C","text":"on it. customer on the phone is +234 803 442 1907, she says she was charged twice","ts":"1717061533.552901","thread_ts":"1717061412.118229","user_profile":{"real_name":"Femi Adewale","display_name":"femi.a","team":"T01KESTREL"}},
  {"type":"message","user":"U04QX7K2M9B","text":"thanks Femi, rolling back to v2024.05.29-2","ts":"1717061601.771002","thread_ts":"1717061412.118229","user_profile":{"real_name":"Aisha Bello","display_name":"aisha","team":"T01KESTREL"}}
]
Summarise this incident channel for the postmortem.`,
    // The display name aisha is her given name and she is named in full, so it counts; femi.a is a handle; user, bot and team ids, ts values, the incident number and the release are not ours; Femi alone is the person named in full.
    expected: [
      ['PERSON', 'Aisha Bello'],
      ['PERSON', 'aisha'],
      ['PERSON', 'aisha'],
      ['PHONE', '+234 803 442 1907'],
      ['PERSON', 'Femi Adewale'],
      ['PERSON', 'Femi'],
      ['PERSON', 'Aisha Bello'],
    ],
  },
  {
    name: 'Microsoft Teams channel messages exported through Graph (German): from.user.displayName, an HTML body with an <at> mention, a pasted customer e-mail and IBAN, attachments and createdDateTime',
    text: `{"value":[
 {"id":"1717142400118","createdDateTime":"2024-05-31T08:00:00.118Z","from":{"user":{"id":"8f2d1c4b-7e3a-4b9c-a0d5-6e1f2a3b4c5d","displayName":"Jürgen Pfeiffer","userIdentityType":"aadUser"}},"body":{"contentType":"html","content":"<p><at id=\\"0\\">Leonie Hofbauer</at> kannst du die Rücklastschrift prüfen? Kundin: sabine.kraemer@t-online.de, IBAN DE12500105170648489890</p>"},"mentions":[{"id":0,"mentionText":"Leonie Hofbauer","mentioned":{"user":{"id":"3c9a7e21-5b4d-4f60-9e18-2d7c0b6a5f43","displayName":"Leonie Hofbauer"}}}],"attachments":[]},
 {"id":"1717142702511","createdDateTime":"2024-05-31T08:05:02.511Z","from":{"user":{"id":"3c9a7e21-5b4d-4f60-9e18-2d7c0b6a5f43","displayName":"Leonie Hofbauer","userIdentityType":"aadUser"}},"body":{"contentType":"text","content":"Erledigt, Mandat war widerrufen. Ticket SUP-22091."},"attachments":[]}
]}

Fasse den Verlauf für das Ticket zusammen.`,
    // Azure AD object ids, message ids, timestamps and the ticket number are not ours; an IBAN counts whoever holds it.
    expected: [
      ['PERSON', 'Jürgen Pfeiffer'],
      ['PERSON', 'Leonie Hofbauer'],
      ['EMAIL', 'sabine.kraemer@t-online.de'],
      ['IBAN', 'DE12500105170648489890'],
      ['PERSON', 'Leonie Hofbauer'],
      ['PERSON', 'Leonie Hofbauer'],
      ['PERSON', 'Leonie Hofbauer'],
    ],
  },
  {
    name: 'Indonesian Slack thread pasted as text: timestamps and display names, a customer row (nama, no HP, email) copied from the admin panel, and a channel name',
    text: `#cs-eskalasi
[09:14] Dewi Anggraini: Tolong cek pesanan INV/2024/05/88120, pelanggan komplain belum terima barang.
[09:14] Dewi Anggraini: Nama: Budi Santoso | No HP: 0812-3344-9087 | Email: budi.santoso88@yahoo.co.id | Alamat: Jl. Kaliurang Km 5, Sleman
[09:21] Rizky Pratama: Sudah dicek, resi JNE 0118 2204 4719 3320 statusnya tertahan di gudang Semarang.
[09:22] Dewi Anggraini: Oke makasih Rizky, aku kabari Pak Budi.`,
    // The channel, the invoice number and the courier waybill are not ours; Pak is no part of the name; Rizky and Budi alone are people named in full.
    expected: [
      ['PERSON', 'Dewi Anggraini'],
      ['PERSON', 'Dewi Anggraini'],
      ['PERSON', 'Budi Santoso'],
      ['PHONE', '0812-3344-9087'],
      ['EMAIL', 'budi.santoso88@yahoo.co.id'],
      ['PERSON', 'Rizky Pratama'],
      ['PERSON', 'Dewi Anggraini'],
      ['PERSON', 'Rizky'],
      ['PERSON', 'Budi'],
    ],
  },
  // ---------------------------------------------------------------- incidents and on-call
  {
    name: 'PagerDuty incident JSON from the REST API: assignments and acknowledgements with user summaries, an escalation policy and service names, the Events API routing key in the integration block, incident number and html_url',
    text: `{"incident":{
  "id":"Q2W8R4T6Y1U3I5","incident_number":88120,"title":"checkout-api error rate > 5%","status":"acknowledged","urgency":"high",
  "service":{"id":"PX7K2M9","summary":"checkout-api (prod)","type":"service_reference"},
  "escalation_policy":{"id":"P4L8R2T","summary":"Payments Primary → Payments Secondary → EM on-call"},
  "assignments":[{"at":"2024-05-30T09:40:12Z","assignee":{"id":"PU3Q7W1","summary":"Femi Adewale","type":"user_reference"}}],
  "acknowledgements":[{"at":"2024-05-30T09:42:55Z","acknowledger":{"id":"PU3Q7W1","summary":"Femi Adewale"}}],
  "teams":[{"id":"PT9K4M2","summary":"Payments SRE"}],
  "integration":{"vendor":"Datadog","routing_key":"${pdRoutingKey}"},
  "html_url":"https://kestrel.pagerduty.com/incidents/Q2W8R4T6Y1U3I5"
}}
Write the status-page update.`,
    // The routing key lets anyone raise incidents and is a secret; PagerDuty ids, the policy, team and service names are not ours.
    expected: [
      ['PERSON', 'Femi Adewale'],
      ['PERSON', 'Femi Adewale'],
      ['SECRET', pdRoutingKey],
    ],
  },
  {
    name: 'Opsgenie on-call schedule export CSV for a follow-the-sun rotation: participants with names, e-mails and mobile numbers in three countries, rotation and team names, and handover times',
    text: `Who is on call for Platform during the Whitsun weekend? Export of schedule "Platform_follow_the_sun":

rotation,start (UTC),end (UTC),participant,email,mobile,team
APAC,2024-05-18T00:00Z,2024-05-18T08:00Z,Haruto Suzuki,haruto.suzuki@kestrel.jp,+81 80-2291-4470,platform-sre
EMEA,2024-05-18T08:00Z,2024-05-18T16:00Z,Ingrid Solberg,ingrid.solberg@kestrel.no,+47 412 88 305,platform-sre
AMER,2024-05-18T16:00Z,2024-05-19T00:00Z,Marcus Whitfield,marcus.whitfield@kestrel.io,(503) 448-2917,platform-sre
EMEA,2024-05-19T08:00Z,2024-05-19T16:00Z,platform-sre-escalation,sre-escalation@kestrel.io,,platform-sre`,
    // Rotation, schedule and team names and handover times are not ours; the escalation team mailbox is on a real domain and counts.
    expected: [
      ['PERSON', 'Haruto Suzuki'],
      ['EMAIL', 'haruto.suzuki@kestrel.jp'],
      ['PHONE', '+81 80-2291-4470'],
      ['PERSON', 'Ingrid Solberg'],
      ['EMAIL', 'ingrid.solberg@kestrel.no'],
      ['PHONE', '+47 412 88 305'],
      ['PERSON', 'Marcus Whitfield'],
      ['EMAIL', 'marcus.whitfield@kestrel.io'],
      ['PHONE', '(503) 448-2917'],
      ['EMAIL', 'sre-escalation@kestrel.io'],
    ],
  },
  {
    name: 'postmortem in Markdown: incident commander and scribe by name, a UTC timeline, a customer quoted by e-mail, an affected node address, Loki and Tempo as tools, action items with owners by @handle',
    text: `# Postmortem: INC-2024-0530 — duplicate card charges

**Incident commander:** Aisha Bello · **Scribe:** Tomás Herrera · **Severity:** SEV-2 · **Duration:** 1h 47m

## Timeline (UTC)
- 09:38 Deploy v2024.05.30-1 of checkout-api (commit 9c1e47a).
- 09:40 PagerDuty #88120 fires; Femi Adewale acknowledges at 09:42.
- 10:05 First customer report (priya.menon@rediffmail.com) forwarded by support.
- 10:31 Retries traced in Tempo; Loki shows the idempotency cache on 10.12.40.7 evicting keys after 30 s.
- 11:27 Rollback complete; 312 charges refunded.

## Action items
| Owner | Item | Due |
|---|---|---|
| @tomas.h | Make the idempotency TTL 24 h | 2024-06-07 |
| @femi.a | Alert on duplicate charge rate | 2024-06-14 |`,
    // Handles, the commit, durations, counts and due dates are not ours; Loki and Tempo are tools.
    expected: [
      ['PERSON', 'Aisha Bello'],
      ['PERSON', 'Tomás Herrera'],
      ['PERSON', 'Femi Adewale'],
      ['EMAIL', 'priya.menon@rediffmail.com'],
      ['IP_ADDRESS', '10.12.40.7'],
    ],
  },
  {
    name: 'Japanese postmortem (障害報告書): 対応者 with names and さん, a timeline, the affected user count, a customer inquiry number and a log line with a Japanese customer e-mail',
    text: `障害報告書：決済APIのタイムアウト（2024年6月3日）

対応者：高橋 健太（インシデントコマンダー）、山本 彩花（記録係）
影響範囲：有料会員 1,204 名、問い合わせ番号 CS-240603-0147 ほか 12 件

タイムライン（JST）
14:02 監視アラート発報（Datadog）。高橋さんが一次対応。
14:19 ログ確認：payment timeout user=kaori.fujii@ezweb.ne.jp order=JP-2024-88120
15:10 山本さんが DB のロック待ちを特定、ロールバック実施。

再発防止策：タイムアウト値の見直し（担当：高橋さん）。`,
    // さん is no part of the names; the family names alone are people named in full; counts, inquiry and order numbers and times are not ours.
    expected: [
      ['PERSON', '高橋 健太'],
      ['PERSON', '山本 彩花'],
      ['PERSON', '高橋'],
      ['EMAIL', 'kaori.fujii@ezweb.ne.jp'],
      ['PERSON', '山本'],
      ['PERSON', '高橋'],
    ],
  },
  // ---------------------------------------------------------------- HTTP captures and API tools
  {
    name: 'HAR file excerpt (Chrome DevTools): a login POST with the e-mail and password in postData, a Bearer JWT and a session cookie in request headers, a Set-Cookie in the response, serverIPAddress and timings',
    text: `Login works in Chrome but not in Safari. HAR excerpt:

{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[{
  "startedDateTime":"2024-06-04T13:22:08.412Z","time":412.8,"serverIPAddress":"104.18.22.117","connection":"443",
  "request":{"method":"POST","url":"https://api.kestrel.com.br/v1/session","httpVersion":"h2",
    "headers":[{"name":"authorization","value":"Bearer ${jwtHar}"},{"name":"cookie","value":"kestrel.sid=${harCookie}; _ga=GA1.3.1738204419.1692008523"},{"name":"content-type","value":"application/json"}],
    "postData":{"mimeType":"application/json","text":"{\\"email\\":\\"m.ferreira@uol.com.br\\",\\"password\\":\\"Ipanema#2024\\"}"}},
  "response":{"status":200,"headers":[{"name":"set-cookie","value":"kestrel.sid=${harCookie}; Path=/; HttpOnly; Secure; SameSite=Lax"}]},
  "timings":{"blocked":1.2,"dns":0,"connect":0,"ssl":0,"send":0.3,"wait":398.1,"receive":13.2}
}]}}`,
    // The typed password, the bearer token and the session cookie are secrets; the Google Analytics id, the port and timings are not ours.
    expected: [
      ['IP_ADDRESS', '104.18.22.117'],
      ['SECRET', jwtHar],
      ['SECRET', harCookie],
      ['EMAIL', 'm.ferreira@uol.com.br'],
      ['SECRET', 'Ipanema#2024'],
      ['SECRET', harCookie],
    ],
  },
  {
    name: 'curl -v trace against a staging API: resolved and connected addresses, TLS lines, a Bearer GitHub token in the request, a Set-Cookie session in the response and an x-request-id',
    text: `$ curl -v -H "Authorization: Bearer ${ghPat}" https://api.github.com/repos/kestrel/billing-api/actions/runs?per_page=1
*   Trying 140.82.121.6:443...
* Connected to api.github.com (140.82.121.6) port 443
* ALPN: server accepted h2
* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256
> GET /repos/kestrel/billing-api/actions/runs?per_page=1 HTTP/2
> Host: api.github.com
> User-Agent: curl/8.7.1
> Authorization: Bearer ${ghPat}
> Accept: */*
>
< HTTP/2 401
< x-github-request-id: C1E4:2B7F:3A90D1:3C2E44:665F1A2B
< x-ratelimit-remaining: 59
<
{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"}

Is the token expired or just missing the actions:read scope?`,
    // The token is a secret each time it is printed; GitHub's service address counts as an address; the request id, ports and the rate limit are not ours.
    expected: [
      ['SECRET', ghPat],
      ['IP_ADDRESS', '140.82.121.6'],
      ['IP_ADDRESS', '140.82.121.6'],
      ['SECRET', ghPat],
    ],
  },
  {
    name: 'Postman collection v2.1 export: {{baseUrl}} variables, a collection-level bearer auth with a real token value, a saved example body with a customer, and a pre-request script reading an environment variable',
    text: `{
  "info": {"_postman_id": "c7a0e913-4b2f-4e8d-9a61-f03b5d2c8e17", "name": "Kestrel CRM API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "${postmanToken}", "type": "string"}]},
  "variable": [{"key": "baseUrl", "value": "https://crm.kestrel.io/api"}, {"key": "apiKey", "value": "{{CRM_API_KEY}}"}],
  "item": [{
    "name": "Create contact",
    "event": [{"listen": "prerequest", "script": {"exec": ["pm.request.headers.add({key: 'X-Api-Key', value: pm.environment.get('CRM_API_KEY')});"]}}],
    "request": {"method": "POST", "url": "{{baseUrl}}/contacts",
      "body": {"mode": "raw", "raw": "{\\n  \\"first_name\\": \\"Sophie\\",\\n  \\"last_name\\": \\"Lefebvre\\",\\n  \\"email\\": \\"sophie.lefebvre@orange.fr\\",\\n  \\"phone\\": \\"06 71 28 44 09\\"\\n}"}}
  }]
}
Can you turn this into a pytest file?`,
    // {{CRM_API_KEY}} and the environment lookup are references; the collection id is not ours; the bearer token value is a secret.
    expected: [
      ['SECRET', postmanToken],
      ['PERSON', 'Sophie'],
      ['PERSON', 'Lefebvre'],
      ['EMAIL', 'sophie.lefebvre@orange.fr'],
      ['PHONE', '06 71 28 44 09'],
    ],
  },
  // ---------------------------------------------------------------- feature flags and experiments
  {
    name: 'LaunchDarkly flag JSON with individual targets by e-mail context keys, a segment rule on an e-mail domain, variation ids and a rollout, plus the flag maintainer',
    text: `Why does new-checkout still show for these two users after we turned targeting off in staging?

{
  "key": "new-checkout",
  "_maintainer": {"_id": "60b1c2d3e4f5a6b7c8d9e0f1", "email": "lena.novak@kestrel.io", "firstName": "Lena", "lastName": "Novak", "role": "writer"},
  "environments": {"production": {
    "on": true,
    "targets": [{"variation": 0, "values": ["olga.petrenko@ukr.net", "tariq.mansour@gmail.com"], "contextKind": "user"}],
    "rules": [{"_id": "3e9a0c1f-7b2d-48e6-a5c4-1f0d9e7b3a28", "variation": 0, "clauses": [{"attribute": "email", "op": "endsWith", "values": ["@kestrel.io"]}]}],
    "fallthrough": {"rollout": {"variations": [{"variation": 0, "weight": 10000}, {"variation": 1, "weight": 90000}], "bucketBy": "key"}},
    "_version": 88
  }}
}`,
    // A domain suffix in a rule is no address; ids, weights and versions are not ours; the maintainer's first and last names sit in their own fields.
    expected: [
      ['EMAIL', 'lena.novak@kestrel.io'],
      ['PERSON', 'Lena'],
      ['PERSON', 'Novak'],
      ['EMAIL', 'olga.petrenko@ukr.net'],
      ['EMAIL', 'tariq.mansour@gmail.com'],
    ],
  },
  {
    name: 'clean experiment assignment export (Statsig-like) CSV: unit ids, stable ids, hashed user ids, experiment and group names, exposure timestamps and a sample-ratio question',
    text: `Is there a sample ratio mismatch here? Exposures for exp_checkout_v3 (first rows of 48,210):

unit_id,stable_id,user_hash,experiment,group,first_exposure,platform,app_version
usr_8812094,9c1e47a0-3b2d-4f86-a915-d07e2c48b613,5b1e3f6a9c0d27e48f1a6b3c9d2e5f7a,exp_checkout_v3,control,2024-06-01T10:02:11Z,ios,7.12.0
usr_8812107,3f2b8c71-9d4e-4a0b-8c6f-1e7d2a95b384,e4f0a27c19b36d58f2a0c4e7b91d3f6a,exp_checkout_v3,test,2024-06-01T10:02:13Z,android,7.12.1
usr_8812133,b5e1c7a2-94d3-4f18-a0b6-2c9e8d71f403,0b6e3c9d1a2f4e5b7c8d9e0f1a2b3c4d,exp_checkout_v3,test,2024-06-01T10:02:19Z,web,2024.06.01-1

Control 23,871 vs test 24,339 with a 50/50 split.`,
    // Unit, stable and hashed ids, group names, timestamps, versions and counts: nothing personal.
    expected: [],
  },
  // ---------------------------------------------------------------- crash reports
  {
    name: 'clean iOS crash report (.ips header and backtrace): Incident Identifier, CrashReporter Key, hardware model, OS build, exception codes, binary images with UUIDs and load addresses, and a thread backtrace with offsets',
    text: `Incident Identifier: 4E1F2A3B-5C6D-47E8-9F0A-1B2C3D4E5F60
CrashReporter Key:   8f2d1c4b7e3a4b9ca0d56e1f2a3b4c5d6e7f8091
Hardware Model:      iPhone16,1
Process:             Kestrel [4821]
Path:                /private/var/containers/Bundle/Application/7A1C9E2B-5D80-4E36-A1F4-0C9B8D7E6F51/Kestrel.app/Kestrel
Identifier:          io.kestrel.app
Version:             7.12.0 (7120045)
OS Version:          iPhone OS 17.5.1 (21F90)
Exception Type:  EXC_BREAKPOINT (SIGTRAP)
Exception Codes: 0x0000000000000001, 0x00000001a0c4e7f8
Triggered by Thread:  0

Thread 0 Crashed:
0   libswiftCore.dylib            0x00000001a0c4e7f8 _assertionFailure(_:_:file:line:flags:) + 244
1   Kestrel                       0x0000000104b21c30 CheckoutViewModel.applyCoupon(_:) + 1120 (CheckoutViewModel.swift:211)
2   Kestrel                       0x0000000104b1f8a4 closure #1 in CheckoutView.body.getter + 88 (CheckoutView.swift:64)

Binary Images:
0x104a80000 - 0x10521ffff Kestrel arm64  <3c9a7e215b4d4f609e182d7c0b6a5f43> /private/var/containers/Bundle/Application/7A1C9E2B-5D80-4E36-A1F4-0C9B8D7E6F51/Kestrel.app/Kestrel`,
    // Identifiers, keys, addresses, offsets, builds, pids, paths and line numbers: nothing personal.
    expected: [],
  },
  {
    name: 'Android crash from Firebase Crashlytics with logcat: a custom key holding the signed-in e-mail, setUserId as a number, the device model and Android id, a FATAL EXCEPTION with a NumberFormatException quoting a phone, and the build fingerprint',
    text: `Crashlytics issue 8d1e4b0a (Kestrel Android 7.12.1, 1,204 users):

Keys: user_email = rahim.uddin@gmail.com, last_screen = ProfileEdit, ab_group = test
User ID: 4412093
Device: samsung SM-A546E, Android 14 (API 34), android_id 9774d56d682e549c
Build fingerprint: samsung/a54xnsxx/a54x:14/UP1A.231005.007/A546EXXU7CXD1:user/release-keys

06-05 18:22:41.118 21877 21877 E AndroidRuntime: FATAL EXCEPTION: main
06-05 18:22:41.118 21877 21877 E AndroidRuntime: Process: io.kestrel.app, PID: 21877
06-05 18:22:41.118 21877 21877 E AndroidRuntime: java.lang.NumberFormatException: For input string: "+880 1712-448907"
06-05 18:22:41.118 21877 21877 E AndroidRuntime: 	at java.lang.Long.parseLong(Long.java:715)
06-05 18:22:41.118 21877 21877 E AndroidRuntime: 	at io.kestrel.profile.PhoneField.normalise(PhoneField.kt:42)`,
    // The numeric user id, the Android id, pids, the fingerprint and line numbers are not ours; the phone quoted by the exception is.
    expected: [
      ['EMAIL', 'rahim.uddin@gmail.com'],
      ['PHONE', '+880 1712-448907'],
    ],
  },
  // ---------------------------------------------------------------- support escalations
  {
    name: 'support escalation note in Hindi–English mix: customer name, a +91 mobile, e-mail, order id, a masked Aadhaar, an agent name and a request to write the engineering ticket',
    text: `Escalation to L2 — please banao ek proper Jira ticket iska:

Customer: Ananya Krishnamurthy (Gold member)
Mobile: +91 98450 12377 | Email: ananya.k@rediffmail.com
Order: KST-IN-2024-551203, UPI payment debit ho gaya but order "Payment pending" dikha raha hai 3 din se.
KYC ke liye Aadhaar XXXX XXXX 4821 verify ho chuka hai.
Customer ne bola ki unke bank (HDFC) se reference no. 4147 2209 8812 mila hai.
Agent: Vikram Malhotra (L1, Bengaluru) — "maine refund try kiya par system allow nahi kar raha."`,
    // The masked Aadhaar, the order id and the bank's UPI reference number are not ours; the agent is named in full.
    expected: [
      ['PERSON', 'Ananya Krishnamurthy'],
      ['PHONE', '+91 98450 12377'],
      ['EMAIL', 'ananya.k@rediffmail.com'],
      ['PERSON', 'Vikram Malhotra'],
    ],
  },
  {
    name: 'Hebrew support escalation with an English log excerpt: customer name in Hebrew, an 05x mobile, an e-mail, a request id and the on-call engineer named in Latin script',
    text: `הסלמה לצוות הפיתוח – לקוחה לא מצליחה להתחבר מאז העדכון.

שם הלקוחה: נועה לוי
טלפון: 052-718-4409
אימייל: noa.levi@walla.co.il

לוג מהשרת:
2024-06-06T11:02:44Z WARN auth: otp verify failed user=noa.levi@walla.co.il request_id=req_7Kq2Lm9X attempts=5

Assigned to: Itai Ben-David (on call). אנא עדכנו אותי עד סוף היום.`,
    // The request id and attempt count are not ours.
    expected: [
      ['PERSON', 'נועה לוי'],
      ['PHONE', '052-718-4409'],
      ['EMAIL', 'noa.levi@walla.co.il'],
      ['EMAIL', 'noa.levi@walla.co.il'],
      ['PERSON', 'Itai Ben-David'],
    ],
  },
  {
    name: 'Arabic support escalation for a failed refund (Saudi Arabia): customer name in Arabic, a +966 mobile, a Saudi IBAN for the refund, a transaction reference, and the L2 engineer in an English sign-off',
    text: `تصعيد: فشل استرداد المبلغ للعميل

اسم العميل: عبدالله القحطاني
الجوال: +966 55 418 2093
الآيبان للاسترداد: SA0380000000608010167519
رقم العملية: TXN-88120417-SA
الخطأ من بوابة الدفع: REFUND_DECLINED (code 51)

Please check with the PSP why refunds to Al Rajhi accounts are declined. — Omar Siddiqui, L2 Payments`,
    // The transaction reference and the error code are not ours; Al Rajhi is a bank named after its founders; an IBAN counts whoever holds it.
    expected: [
      ['PERSON', 'عبدالله القحطاني'],
      ['PHONE', '+966 55 418 2093'],
      ['IBAN', 'SA0380000000608010167519'],
      ['PERSON', 'Omar Siddiqui'],
    ],
  },
  {
    name: 'French support escalation with a pasted Zendesk event and a Sentry link: the customer, her phone, e-mail and date of birth from the KYC step, the agent named with Mme, and ticket and event ids',
    text: `Escalade N2 — ticket Zendesk #55120

La cliente Mme Hélène Garnier (née le 12/03/1987) ne peut pas valider son identité : l'étape KYC plante après l'upload.
Contact : 06 48 21 77 39 · helene.garnier@laposte.net
Erreur Sentry : https://kestrel.sentry.io/issues/4471882/events/a1c94e7f0b3d42e68f157d2b9c0e4a61/
Événement Zendesk : {"ticket_id":55120,"via":"web","requester_id":41208837,"tags":["kyc","bloquant"],"updated_at":"2024-06-07T09:14:02Z"}

Agent : Julien Marchand, support N1`,
    // Mme is no part of the name; the birth date is labelled née; ticket, requester and event ids are not ours.
    expected: [
      ['PERSON', 'Hélène Garnier'],
      ['DATE_OF_BIRTH', '12/03/1987'],
      ['PHONE', '06 48 21 77 39'],
      ['EMAIL', 'helene.garnier@laposte.net'],
      ['PERSON', 'Julien Marchand'],
    ],
  },
  {
    name: 'Spanish (Argentina) chat escalation to the backend team: a stack trace with a Python frame quoting a customer dict, the customer in full with a +54 9 mobile, and a tech lead by name in the request',
    text: `@equipo-backend esto explotó en prod anoche, ¿lo miran? — Florencia Ibáñez (tech lead)

Traceback (most recent call last):
  File "/app/facturacion/afip.py", line 203, in emitir_factura
    cae = cliente_afip.solicitar_cae(comprobante)
  File "/app/facturacion/afip.py", line 88, in solicitar_cae
    raise AfipError(f"CUIT inválido para {receptor!r}")
facturacion.errors.AfipError: CUIT inválido para {'nombre': 'Santiago Gutiérrez', 'cuit': '20-31442897-1', 'celular': '+54 9 11 5928-4417', 'email': 'sgutierrez@fibertel.com.ar'}`,
    // The team handle is no person; the CUIT is a tax id, not one of our types; paths and line numbers are not ours.
    expected: [
      ['PERSON', 'Florencia Ibáñez'],
      ['PERSON', 'Santiago Gutiérrez'],
      ['PHONE', '+54 9 11 5928-4417'],
      ['EMAIL', 'sgutierrez@fibertel.com.ar'],
    ],
  },
  // ---------------------------------------------------------------- more logs, alerts and tickets
  {
    name: 'Heroku router and app logs: an H12 timeout with a path carrying an e-mail query parameter, fwd with a client and a private proxy address, dyno names, request ids, connect and service times',
    text: `2024-06-10T08:14:02.118204+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=POST path="/api/invites?email=grace.mwangi%40safaricom.co.ke" host=app.kestrel.africa request_id=5e9b0c14-27a3-4f61-8d0e-c3a7b2914e58 fwd="41.90.64.217,10.1.14.6" dyno=web.2 connect=0ms service=30001ms status=503 bytes=0 protocol=https
2024-06-10T08:14:02.120117+00:00 app[web.2]: I, [2024-06-10T08:14:02 #12] INFO -- : Completed 500 Internal Server Error in 30002ms (ActiveRecord: 29871.4ms)
2024-06-10T08:14:05.002311+00:00 heroku[web.2]: Process running mem=1024M(200.1%)
2024-06-10T08:14:05.002519+00:00 heroku[web.2]: Error R14 (Memory quota exceeded)

Is the timeout caused by the memory quota or by the slow query?`,
    // Error codes, dyno names, request ids, times and memory figures are not ours.
    expected: [
      ['EMAIL', 'grace.mwangi%40safaricom.co.ke'],
      ['IP_ADDRESS', '41.90.64.217'],
      ['IP_ADDRESS', '10.1.14.6'],
    ],
  },
  {
    name: 'nginx error log: upstream connect failures with client, server, request, upstream and host fields, a worker pid and connection number, and a limit_req line',
    text: `2024/06/10 22:14:52 [error] 31#31: *88120 connect() failed (111: Connection refused) while connecting to upstream, client: 37.120.188.4, server: api.kestrel.io, request: "POST /v1/login HTTP/1.1", upstream: "http://10.0.5.21:8080/v1/login", host: "api.kestrel.io"
2024/06/10 22:14:53 [warn] 31#31: *88124 upstream server temporarily disabled while connecting to upstream, client: 37.120.188.4, server: api.kestrel.io, request: "POST /v1/login HTTP/1.1", upstream: "http://10.0.5.21:8080/v1/login", host: "api.kestrel.io"
2024/06/10 22:14:55 [error] 32#32: *88131 limiting requests, excess: 20.480 by zone "login", client: 2a01:4f8:c17:3b1a::1, server: api.kestrel.io, request: "POST /v1/login HTTP/1.1", host: "api.kestrel.io"`,
    // Worker pids, connection numbers, ports and the limit figures are not ours; the IPv6 client ending in ::1 is a host, not loopback.
    expected: [
      ['IP_ADDRESS', '37.120.188.4'],
      ['IP_ADDRESS', '10.0.5.21'],
      ['IP_ADDRESS', '37.120.188.4'],
      ['IP_ADDRESS', '10.0.5.21'],
      ['IP_ADDRESS', '2a01:4f8:c17:3b1a::1'],
    ],
  },
  {
    name: 'kubectl get pods -o wide: pod IPs, node names that spell EC2 private addresses, restarts, ages, nominated node and readiness gates, and a question about one node',
    text: `$ kubectl -n search get pods -o wide
NAME                          READY   STATUS             RESTARTS        AGE   IP             NODE                                          NOMINATED NODE   READINESS GATES
es-data-0                     1/1     Running            0               12d   10.244.3.17    ip-10-30-1-15.eu-west-1.compute.internal      <none>           <none>
es-data-1                     1/1     Running            2 (3d ago)      12d   10.244.5.22    ip-10-30-2-41.eu-west-1.compute.internal      <none>           <none>
es-data-2                     0/1     CrashLoopBackOff   41 (2m ago)     12d   10.244.5.23    ip-10-30-2-41.eu-west-1.compute.internal      <none>           <none>

Both failing pods were on ip-10-30-2-41 at some point. Is that node bad?`,
    // Pod addresses are addresses; node names that spell an address are host names, not addresses; restart counts and ages are not ours.
    expected: [
      ['IP_ADDRESS', '10.244.3.17'],
      ['IP_ADDRESS', '10.244.5.22'],
      ['IP_ADDRESS', '10.244.5.23'],
    ],
  },
  {
    name: "Sentry iOS event contexts: the device name with an owner's given name, user with e-mail and username, app build, a breadcrumb of a navigation and an HTTP breadcrumb with a query e-mail",
    text: `{"event_id":"0e7a3c19bd424f608e15a3c9d07b2f64","platform":"cocoa","release":"io.kestrel.app@7.12.0+7120045",
"user":{"id":"8812094","email":"mariana.costa@kestrel.com.br","username":"mcosta"},
"contexts":{"device":{"name":"iPhone de Mariana","model":"iPhone15,3","family":"iOS","boot_time":"2024-06-09T07:12:44Z","free_memory":412877824},"os":{"name":"iOS","version":"17.5.1","build":"21F90"},"app":{"app_build":"7120045","app_identifier":"io.kestrel.app"}},
"breadcrumbs":[{"type":"navigation","category":"ui.lifecycle","data":{"screen":"ProfileViewController"}},{"type":"http","category":"http","data":{"url":"https://api.kestrel.com.br/v2/users/lookup?email=mariana.costa%40kestrel.com.br","method":"GET","status_code":404}}],
"exception":{"values":[{"type":"NSInvalidArgumentException","value":"-[__NSCFNumber length]: unrecognized selector sent to instance 0x8000000000000000"}]}}`,
    // The username is a login; a device named after its owner's given name is no naming in full (an address is no naming), so Mariana does not count; ids, builds, memory and the instance address are not ours.
    expected: [
      ['EMAIL', 'mariana.costa@kestrel.com.br'],
      ['EMAIL', 'mariana.costa%40kestrel.com.br'],
    ],
  },
  {
    name: 'Datadog monitor notification text with @-notifications: an @e-mail of an engineer, @slack and @pagerduty channel handles, template variables, a host address and monitor ids',
    text: `{{#is_alert}}
Disk usage on {{host.name}} is {{value}}% (threshold {{threshold}}%).
Host: es-data-2 (10.244.5.23) · Monitor #48812045 · Tags: env:prod, team:search
{{/is_alert}}
Notify: @marta.kowalska@kestrel.io @slack-search-alerts @pagerduty-Search-Primary @webhook-statuspage

Can you rewrite this so it only pages out of hours?`,
    // Template variables, channel and integration handles, the monitor id and tags are not ours; the @-prefixed address is an engineer's e-mail.
    expected: [
      ['IP_ADDRESS', '10.244.5.23'],
      ['EMAIL', 'marta.kowalska@kestrel.io'],
    ],
  },
  {
    name: 'Turkish commit messages in git log with Author lines, a thank-you to a reporter named in the body, a Fixes trailer with an issue number, and the release manager asking for Turkish release notes',
    text: `Bu commit'lerden Türkçe sürüm notu çıkarır mısın?

commit 7d20b4e91c3a5f08e6b2d4a7c9e1f3b5d8a0c2e4
Author: Emre Aydoğan <emre.aydogan@kestrel.com.tr>
Date:   Mon Jun 10 17:44:02 2024 +0300

    düzeltme: kupon indirimi sepet toplamı 0 olduğunda hata veriyordu

    Hatayı bildiren Selin Arslan'a teşekkürler.
    Fixes #4471

commit e61f7a93d4b2c8051a7f3e9c0b6d2a4f8e1c5b73
Author: Zeynep Kaya <zeynep.kaya@kestrel.com.tr>
Date:   Fri Jun 7 11:05:19 2024 +0300

    yeni: taksit seçenekleri ödeme sayfasına eklendi (v3.8.0)`,
    // The apostrophe suffix -'a is no part of the name; SHAs, the issue number, dates and the version are not ours.
    expected: [
      ['PERSON', 'Emre Aydoğan'],
      ['EMAIL', 'emre.aydogan@kestrel.com.tr'],
      ['PERSON', 'Selin Arslan'],
      ['PERSON', 'Zeynep Kaya'],
      ['EMAIL', 'zeynep.kaya@kestrel.com.tr'],
    ],
  },
  {
    name: 'GitHub issue "Environment" section with OS user paths (macOS /Users/…, Windows C:\\Users\\…), a Python traceback, versions and a reporter handle, with no person named',
    text: `### Environment
- OS: macOS 14.5 (M2) and Windows 11 23H2
- Python 3.12.3, kestrel-sdk 2.4.1, pandas 2.2.2

### Traceback
\`\`\`
Traceback (most recent call last):
  File "/Users/akhan/projects/etl/run.py", line 14, in <module>
    client.export(table="orders", since="2024-06-01")
  File "/Users/akhan/.pyenv/versions/3.12.3/lib/python3.12/site-packages/kestrel/client.py", line 211, in export
    raise ExportError(resp.status_code, resp.text)
kestrel.errors.ExportError: (413, 'Payload Too Large')
\`\`\`
On Windows the same script fails earlier: FileNotFoundError: [WinError 3] 'C:\\\\Users\\\\JSmith\\\\AppData\\\\Local\\\\kestrel\\\\cache'

Reported by @akhan-data`,
    // Home directories name logins, not people; paths, line numbers, versions and the status code are not ours.
    expected: [],
  },
  {
    name: 'GitHub Actions log in a Brazilian team where a step echoed the Slack incoming-webhook URL, with masked *** values, a Portuguese step name and the run number',
    text: `2024-06-11T19:02:41.1182205Z ##[group]Run echo "Notificando canal: $SLACK_WEBHOOK_URL"
2024-06-11T19:02:41.1183001Z echo "Notificando canal: $SLACK_WEBHOOK_URL"
2024-06-11T19:02:41.1183320Z shell: /usr/bin/bash -e {0}
2024-06-11T19:02:41.1184001Z env:
2024-06-11T19:02:41.1184310Z   SLACK_WEBHOOK_URL: ${slackWebhook}
2024-06-11T19:02:41.1184620Z   SENTRY_AUTH_TOKEN: ***
2024-06-11T19:02:41.1184999Z ##[endgroup]
2024-06-11T19:02:41.2210045Z Notificando canal: ${slackWebhook}
2024-06-11T19:02:44.9012311Z Deploy #812 concluído (run 9417720455, tentativa 1)

Por que o webhook apareceu em claro se é um secret do repositório?`,
    // A Slack webhook URL is one secret, printed twice; the masked token, run and deploy numbers are not ours.
    expected: [
      ['SECRET', slackWebhook],
      ['SECRET', slackWebhook],
    ],
  },
  {
    name: 'Go panic with a struct printed by %+v in a log line: a Vietnamese customer with diacritics under Name, Email and Phone fields, a goroutine trace with paths, line numbers and hex offsets',
    text: `2024/06/12 03:22:41 sync: upsert failed for &{ID:44120 Name:Nguyễn Thị Thu Hà Email:thuha.nguyen@fpt.vn Phone:+84 912 448 307 Tier:gold CreatedAt:2023-11-02 08:14:02 +0700 +07}
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x9c41e2]

goroutine 812 [running]:
github.com/kestrel/crm-sync/internal/upsert.(*Writer).Flush(0xc0004a2f00)
	/src/internal/upsert/writer.go:142 +0x1a2
github.com/kestrel/crm-sync/internal/worker.Run.func1()
	/src/internal/worker/run.go:57 +0x88`,
    // The struct's field names say what each value is; ids, the creation time, addresses in memory, paths and line numbers are not ours.
    expected: [
      ['PERSON', 'Nguyễn Thị Thu Hà'],
      ['EMAIL', 'thuha.nguyen@fpt.vn'],
      ['PHONE', '+84 912 448 307'],
    ],
  },
  {
    name: 'Teams chat pasted as text in Spanish (Spain) with "Last, First" display names and times, a pasted customer record with a DNI, a +34 mobile and an e-mail, and a request to open an incident',
    text: `García López, Marta  10:42
Chicos, el cliente de ayer vuelve a tener el cargo duplicado. Datos: Iñaki Etxeberria, DNI 12345678Z, móvil +34 688 214 907, iñaki.etx@euskaltel.net

Romero Vidal, Sergio  10:44
Lo miro. ¿Es el mismo pedido ES-2024-88120?

García López, Marta  10:45
Sí. Abre incidencia en Jira por favor, prioridad alta.`,
    // Each "Last, First" display name is one span; the DNI is a national id, not one of our types; the order number and times are not ours.
    expected: [
      ['PERSON', 'García López, Marta'],
      ['PERSON', 'Iñaki Etxeberria'],
      ['PHONE', '+34 688 214 907'],
      ['EMAIL', 'iñaki.etx@euskaltel.net'],
      ['PERSON', 'Romero Vidal, Sergio'],
      ['PERSON', 'García López, Marta'],
    ],
  },
  {
    name: 'OpenTelemetry Collector debug exporter output (detailed verbosity): ResourceSpans with Str() attribute values for enduser.id, user.email and client.address, span ids, kinds and timestamps',
    text: `2024-06-12T09:14:02.118Z	info	TracesExporter	{"kind": "exporter", "data_type": "traces", "name": "debug", "resource spans": 1, "spans": 1}
ResourceSpans #0
Resource attributes:
     -> service.name: Str(signup-api)
     -> deployment.environment: Str(staging)
ScopeSpans #0
Span #0
    Trace ID       : 0af7651916cd43dd8448eb211c80319c
    Parent ID      : b7ad6b7169203331
    ID             : 00f067aa0ba902b7
    Name           : POST /signup
    Kind           : Server
    Start time     : 2024-06-12 09:14:01.902 +0000 UTC
    Status code    : Error
Attributes:
     -> enduser.id: Str(u-99120)
     -> user.email: Str(bartosz.kaminski@o2.pl)
     -> client.address: Str(89.64.12.201)
     -> http.response.status_code: Int(409)`,
    // Trace, parent and span ids, the user id, kinds, timestamps and the status code are not ours.
    expected: [
      ['EMAIL', 'bartosz.kaminski@o2.pl'],
      ['IP_ADDRESS', '89.64.12.201'],
    ],
  },
  {
    name: 'Android logcat with the OkHttp logging interceptor at BODY level (Indonesia): request line, an Authorization Bearer JWT, a JSON body with nama, no_hp and email, and the response code and timing',
    text: `06-12 14:02:11.204 18812 18990 I okhttp.OkHttpClient: --> POST https://api.kestrel.co.id/v1/profile
06-12 14:02:11.204 18812 18990 I okhttp.OkHttpClient: Content-Type: application/json; charset=utf-8
06-12 14:02:11.205 18812 18990 I okhttp.OkHttpClient: Authorization: Bearer ${jwtAuth}
06-12 14:02:11.205 18812 18990 I okhttp.OkHttpClient: {"nama":"Siti Rahmawati","no_hp":"+62 857-2290-4418","email":"siti.rahma@gmail.com","kota":"Bandung"}
06-12 14:02:11.206 18812 18990 I okhttp.OkHttpClient: --> END POST (104-byte body)
06-12 14:02:11.911 18812 18990 I okhttp.OkHttpClient: <-- 422 https://api.kestrel.co.id/v1/profile (705ms)

Kenapa 422? Format nomor HP-nya salah?`,
    // Pids, tids, the byte count, the status code and the timing are not ours.
    expected: [
      ['SECRET', jwtAuth],
      ['PERSON', 'Siti Rahmawati'],
      ['PHONE', '+62 857-2290-4418'],
      ['EMAIL', 'siti.rahma@gmail.com'],
    ],
  },
  {
    name: 'Sentry event request.data from a legacy checkout form that posted the card: cardholder, a full card number, expiry and CVC, with the user IP and a Sentry-filtered field',
    text: `Sentry says this event has PII. What should our beforeSend scrub?

"request": {
  "method": "POST",
  "url": "https://legacy.kestrel.co.uk/checkout/pay",
  "data": {
    "cardholder": "Eleanor Whitcombe",
    "card_number": "5355 2201 8846 3305",
    "exp": "09/27",
    "cvc": "[Filtered]",
    "save_card": "on"
  },
  "env": {"REMOTE_ADDR": "86.14.203.77"}
}`,
    // The card's expiry and the filtered CVC are not ours.
    expected: [
      ['PERSON', 'Eleanor Whitcombe'],
      ['CREDIT_CARD', '5355 2201 8846 3305'],
      ['IP_ADDRESS', '86.14.203.77'],
    ],
  },
  {
    name: 'Opsgenie alert JSON: owner and acknowledgedBy full names, responders as a team and a user by e-mail, tags, the alias and tiny id, a source IP and a details map with the affected customer count',
    text: `{"data":{
  "id":"70413a06-38d6-4c85-92b8-5ebc900d42e2","tinyId":"4471","alias":"es-disk-full-es-data-2",
  "message":"[Search] Disk 92% on es-data-2","status":"open","acknowledged":true,
  "owner":"Ingrid Solberg","report":{"ackTime":412000,"acknowledgedBy":"Ingrid Solberg"},
  "responders":[{"type":"team","name":"platform-sre"},{"type":"user","username":"haruto.suzuki@kestrel.jp"}],
  "tags":["search","prod","disk"],"source":"10.244.5.23","priority":"P2",
  "details":{"affected_customers":"1204","runbook":"https://wiki.kestrel.io/runbooks/es-disk"}
}}`,
    // Ids, the alias, tags, priority, the team and the count are not ours; an Opsgenie username is the user's e-mail.
    expected: [
      ['PERSON', 'Ingrid Solberg'],
      ['PERSON', 'Ingrid Solberg'],
      ['EMAIL', 'haruto.suzuki@kestrel.jp'],
      ['IP_ADDRESS', '10.244.5.23'],
    ],
  },
  // ---------------------------------------------------------------- more secrets, clouds and hard negatives
  {
    name: 'Kubernetes Secret manifest pasted to ask why the pod cannot read it: data with a base64 replica password, stringData with a Slack bot token, an annotation with the last applier by e-mail, and the namespace and labels',
    text: `apiVersion: v1
kind: Secret
metadata:
  name: replication-credentials
  namespace: data-platform
  labels: { app.kubernetes.io/part-of: warehouse, team: data-eng }
  annotations:
    kestrel.io/last-applied-by: ahmed.elsayed@kestrel.io
type: Opaque
data:
  username: cmVwbGljYXRvcg==
  password: ${k8sPasswordB64}
stringData:
  SLACK_BOT_TOKEN: ${slackBot}
---
# the pod mounts it with envFrom.secretRef.name: replication-credential  (typo?)`,
    // The base64 password is the secret in its encoded form; the base64 user name is a login; names, labels and the namespace are not ours.
    expected: [
      ['EMAIL', 'ahmed.elsayed@kestrel.io'],
      ['SECRET', k8sPasswordB64],
      ['SECRET', slackBot],
    ],
  },
  {
    name: 'Python error with a Google Cloud Storage V4 signed URL: X-Goog-Credential naming a service account, the expiry and signed headers, and the X-Goog-Signature',
    text: `requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://storage.googleapis.com/kestrel-exports/2024-06/customers.parquet?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exports-signer%40kestrel-prod.iam.gserviceaccount.com%2F20240608%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20240608T091402Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=${gcsSignature}

The URL was generated 20 minutes ago. Is it the 900 s expiry?`,
    // The signature is the secret; the service account's address is an e-mail address and counts, whoever it belongs to (as in hold-out 3); dates, the expiry and the bucket path are not ours.
    expected: [
      ['SECRET', gcsSignature],
      ['EMAIL', 'exports-signer%40kestrel-prod.iam.gserviceaccount.com'],
    ],
  },
  {
    name: 'clean aws sts get-caller-identity and IAM policy JSON: an assumed-role ARN with a session named after a login, an IAM user ARN, account ids, a KMS key ARN and a condition on aws:SourceIp with a CIDR',
    text: `$ aws sts get-caller-identity
{
    "UserId": "AROAY7Q2M9B4LR8T3N1CX:mlindqvist",
    "Account": "123456789012",
    "Arn": "arn:aws:sts::123456789012:assumed-role/DataEngineer/mlindqvist"
}

Policy attached to DataEngineer:
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": ["s3:GetObject", "kms:Decrypt"],
    "Resource": ["arn:aws:s3:::kestrel-exports/*", "arn:aws:kms:eu-north-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"],
    "Condition": {"IpAddress": {"aws:SourceIp": "10.30.0.0/16"}},
    "Principal": {"AWS": "arn:aws:iam::210987654321:user/ci-deployer"}
  }]
}
Why do I get AccessDenied on the KMS key from my laptop?`,
    // Role and user ARNs, account ids, the session login, the policy version date and the CIDR range: nothing personal.
    expected: [],
  },
  {
    name: 'clean runbook excerpt with example values: documentation-range addresses (198.51.100.x, 203.0.113.x, 2001:db8::), AWS documented example keys, <your-key> and environment-variable placeholders, example.com mail, a loopback port-forward and a semver range',
    text: `## Runbook: rotate the ingest API key

1. Port-forward the admin service: \`kubectl -n ingest port-forward svc/ingest-admin 8081:80\` then open http://127.0.0.1:8081.
2. Create the new key (example request, replace the values):
   curl -X POST http://localhost:8081/keys -H "X-Admin-Key: <your-key>" -d '{"owner":"ops@example.com","allow_from":["198.51.100.0/24","2001:db8::/32"]}'
3. For a dry run, point the client at 203.0.113.10 (documentation address, black-holed by the firewall).
4. In CI the key is read from \${INGEST_API_KEY}; never paste it. The AWS docs pair AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY is used in the unit tests.
5. Requires ingest-cli ^2.4.0 (>= 2.4.0 < 3.0.0).`,
    // A runbook's example addresses, ranges, placeholder keys, example.com mail and loopback: nothing personal.
    expected: [],
  },
  {
    name: 'clean CI matrix and Gemfile excerpt where tools are named like people: Jenkins, Jest, Sidekiq, Hugo, Jekyll, Sinatra, Django, Ruby, Julia, Loki, Tempo and Mimir with versions and semver constraints',
    text: `Our docs build moved from Jekyll to Hugo; the old Jenkins job still runs. Which of these can we drop?

# .github/workflows/test.yml (matrix)
strategy:
  matrix:
    include:
      - { lang: ruby, version: "3.3", framework: sinatra }
      - { lang: python, version: "3.12", framework: django }
      - { lang: julia, version: "1.10" }
      - { lang: node, version: "20", runner: jest }

# Gemfile
gem "sinatra", "~> 4.0"
gem "sidekiq", ">= 7.2", "< 8"
gem "jekyll", "4.3.3"

# observability/values.yaml
loki:  { enabled: true, image: grafana/loki:3.0.0 }
tempo: { enabled: true, image: grafana/tempo:2.4.1 }
mimir: { enabled: false }`,
    // Tools, languages and libraries named like people, versions and constraints: nothing personal.
    expected: [],
  },
  {
    name: 'clean GitHub Actions workflow and dependabot.yml: secrets.X and github.actor expression references, a reviewers list of team slugs, labels, a cron schedule and semver ignore rules',
    text: `# .github/workflows/deploy.yml
on:
  push: { branches: [main] }
jobs:
  deploy:
    runs-on: [self-hosted, linux, ci-runner]
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - run: ./deploy.sh
        env:
          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
          DEPLOYED_BY: \${{ github.actor }}

# .github/dependabot.yml
version: 2
updates:
  - package-ecosystem: npm
    directory: "/"
    schedule: { interval: weekly, day: monday, time: "03:00" }
    reviewers: ["kestrel/platform-team"]
    labels: ["dependencies"]
    ignore:
      - dependency-name: "typescript"
        versions: [">= 6.0.0"]`,
    // References, the pinned action SHA, team slugs, labels and schedules: nothing personal.
    expected: [],
  },
  {
    name: 'clean tcpdump hex dump and PostgreSQL error codes while debugging a TLS handshake: hex offsets and bytes, an SQLSTATE, a backend pid, a port and a duration',
    text: `psql: error: connection to server at "db.internal" (10.30.1.20), port 5432 failed: SSL SYSCALL error: EOF detected
SQLSTATE 08006, backend pid 48812, after 30012 ms

$ tcpdump -i eth0 -X -c 1 'tcp port 5432'
09:14:02.118204 IP app-7c9f.58114 > db.internal.5432: Flags [P.], seq 1:9, ack 1, win 502, length 8
	0x0000:  4500 0030 1c46 4000 4006 0000 0a1e 0114  E..0.F@.@.......
	0x0010:  0a1e 0114 e302 1538 6b3a 9c01 0000 0000  .......8k:......
	0x0020:  5018 01f6 0000 0000 0000 0008 04d2 162f  P............../

Is the server rejecting SSLRequest?`,
    // Only the database host's private address is an address; hex offsets and bytes, SQLSTATE, the pid, ports, sequence numbers and durations are not ours.
    expected: [['IP_ADDRESS', '10.30.1.20']],
  },
  {
    name: 'DingTalk on-call alert in Chinese: 值班人 with names, a user-facing error quoting a customer mobile, a host address and alert ids',
    text: `【P1 告警】订单服务 5xx 比例 12.4%（阈值 5%）
告警 ID：ALT-20240609-0447
主机：10.16.8.23（order-svc-3）
值班人：李明轩（主）、王思雨（备）
样例日志：2024-06-09 21:14:02 ERROR 下单失败 mobile=13812345678 reason=库存锁超时 trace=4bf92f3577b34da6

@李明轩 请在 15 分钟内确认。`,
    // The alert id, threshold, trace id and times are not ours; the @mention names the on-call engineer in full.
    expected: [
      ['IP_ADDRESS', '10.16.8.23'],
      ['PERSON', '李明轩'],
      ['PERSON', '王思雨'],
      ['PHONE', '13812345678'],
      ['PERSON', '李明轩'],
    ],
  },
  {
    name: 'short shell paste: git config --list with user.name and user.email, an ssh to a deploy host by address with a login, and a known_hosts warning with a key fingerprint',
    text: `$ git config --list --show-origin | grep user
file:/home/rafa/.gitconfig	user.name=Rafael Domínguez
file:/home/rafa/.gitconfig	user.email=rafael.dominguez@kestrel.es
$ ssh deploy@34.245.10.8
WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!
The fingerprint for the ED25519 key sent by the remote host is
SHA256:Qm7xL2rT9vWz4Kc8nYd3bFg6hJ1sA5eU0iO2pN7mR4t.
Offending ED25519 key in /home/rafa/.ssh/known_hosts:14`,
    // The login and the home directory's handle are not persons; the fingerprint and line number are not ours.
    expected: [
      ['PERSON', 'Rafael Domínguez'],
      ['EMAIL', 'rafael.dominguez@kestrel.es'],
      ['IP_ADDRESS', '34.245.10.8'],
    ],
  },
  {
    name: 'short question with a loopback connection error and a semver range only',
    text: `Why do I get "Error: connect ECONNREFUSED 127.0.0.1:5432" after upgrading pg from ^8.11.0 to 8.12.0? Docker Desktop 4.30, compose v2.27.`,
    // Loopback, ports and versions: nothing personal.
    expected: [],
  },
];

describeHoldout(
  'privacy hold-out 42: engineering, observability and collaboration data as engineers paste it into an AI assistant',
  cases,
);
