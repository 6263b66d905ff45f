import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A seventh hand-written hold-out: personal data hidden by encodings the way it really turns up,
 * not as a puzzle — URL-encoded query strings in nginx and ALB access logs, redirect URLs (with a
 * doubly encoded parameter), form bodies, HTML entities in scraped pages and e-mail HTML, JSON `\u`
 * escapes from .NET and Python serialisers, Python bytes reprs, mojibake, Kubernetes Secrets and
 * docker config JSON as base64, Basic auth, a JWT carrying an e-mail, PDF pastes with zero-width
 * characters and soft hyphens, fullwidth, Arabic-Indic, Persian, Devanagari and Thai digits,
 * values wrapped across lines, spelled-out addresses, quoted-printable bodies and RFC 2047 headers;
 * and names and records in non-Latin scripts: Russian, Ukrainian, Greek, Hebrew, Arabic, Persian,
 * Hindi, Thai, Japanese, Chinese (simplified and traditional) and Korean, with their national ids
 * as negatives (personal data, but none of the engine's types). Hard negatives of the same shapes:
 * URL-encoded non-personal parameters, base64 of plain config, digests, percent-encoded paths,
 * fullwidth product codes, entity-laden HTML, company registry numbers and quoted-printable
 * marketing. Each case lists every value it expects found, with its type; anything else flagged is
 * a false positive. An encoded value's span is its encoded form as it appears (a base64 value: the
 * whole blob). Values are fake: Luhn-valid made-up cards, IBANs with valid mod-97 check digits, SSNs
 * in valid areas, made-up names and keys; base64 and percent-encodings computed, not hand-written.
 */
const k = joinParts;
// base64 of "Wq8#zLm2!Tv9Rk"
const dbPasswordB64 = k('V3E4I3pMbTIh', 'VHY5Ums=');
// base64 of "postgresql://etl_writer:Vq8!mZ2pLr4x@warehouse-db.analytics.svc.cluster.local:5432/warehouse?sslmode=require"
const databaseUrlB64 = k(
  'cG9zdGdyZXNxbDovL2V0bF93cml0ZXI6VnE4IW1aMnBMcjR4QHdhcmVob3VzZS1kYi5hbmFseXRpY3Muc3Zj',
  'LmNsdXN0ZXIubG9jYWw6NTQzMi93YXJlaG91c2U/c3NsbW9kZT1yZXF1aXJl',
);
// base64 of a Stripe live secret key
const stripeKeyB64 = k('c2tfbGl2ZV81MVB4NFFtTHI4VHoydktj', 'OW5ZZDNiRmc2SHNXakUxdUE3b1BpTnE=');
// base64 of "Hn4$rT8vQz1!Lp"
const smtpPasswordB64 = k('SG40JHJUOHZR', 'ejEhTHA=');
// base64 of {"auths":{"ghcr.io":{"username":"kestrel-ci","password":"ghp_…","auth":"<base64 of kestrel-ci:ghp_…>"}}}
const dockerConfigB64 = k(
  'eyJhdXRocyI6eyJnaGNyLmlvIjp7InVzZXJuYW1lIjoia2VzdHJlbC1jaSIsInBhc3N3b3JkIjoiZ2hwX1p4OEtx',
  'MkxtN1J0NFZ3OU5jMUJ5NUhkM0pmNkdzMEFlMlVrVCIsImF1dGgiOiJhMlZ6ZEhKbGJDMWphVHBuYUhCZlduZzRT',
  'M0V5VEcwM1VuUTBWbmM1VG1NeFFuazFTR1F6U21ZMlIzTXdRV1V5Vld0VSJ9fX0=',
);
// base64 of "daria.h@kestrel-analytics.io:Kv!7mPz2Lq"
const basicAuth = k('ZGFyaWEuaEBrZXN0cmVsLWFuYWx5dGljcy5pbzpL', 'diE3bVB6Mkxx');
// An RS256 ID token whose payload holds "email":"tran.minh.khoa@fpt.com.vn" and "name":"Tran Minh Khoa".
const idToken = k(
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IlFtN3hXMnBMcjlUejR2S2MifQ',
  '.',
  'eyJpc3MiOiJodHRwczovL2xvZ2luLmtlc3RyZWwuaW8vIiwic3ViIjoiYXV0aDB8NjVmMWQyMzlmYTMyZTZjZjIzYWM0ZjE0IiwiYXVkIjoia3g5UTJtTHJUN3ZXYzRLYiIsImVtYWlsIjoidHJhbi5taW5oLmtob2FAZnB0LmNvbS52biIsImVtYWlsX3ZlcmlmaWVkIjp0cnVlLCJuYW1lIjoiVHJhbiBNaW5oIEtob2EiLCJpYXQiOjE3MTAyMzg1MDIsImV4cCI6MTcxMDI3NDUwMn0',
  '.',
  'H0D8ktokFpR1CXnubPWC8tXX0o4YM13gWrxU0FYOD1MChgxlK_CNVgJSql50IQVG82n7u86MEs_HlXsmUv6adVJndogi7mJNSPzhXsXKecvWAst_TCFXpRZVaZHyLvjHte97GNH_QcWTcO-whYZR1EqTbBG3sUTEj-BN88aj6Nqswo2yvre0K6ocsCQ9QBzLTj_ORNewKHmlJ5mq3_VBUi2IIlmLL6Zk-dUVbADJJIBddcOGi9VsKsuB036Y41rcSPsQsV89RKCdyC0CsGWB4MDGlHjJ_Sz4-Qk2WQGaFoe67NuzjJ5ysSFp3EFIaQ-HRn-RVPWTHF32ZcZJbL_V9Q',
);

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- URL encoding in logs, redirects and forms
  {
    name: 'nginx access log with a URL-encoded email and phone in query strings',
    text: `89.64.12.201 - - [12/Mar/2024:10:15:32 +0100] "GET /account/confirm?email=ana.kowalska%40wp.pl&utm_source=email&utm_campaign=welcome HTTP/2.0" 302 0 "https://poczta.wp.pl/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15"
89.64.12.201 - - [12/Mar/2024:10:15:41 +0100] "GET /api/v1/otp/send?to=%2B48%20601%20234%20875&channel=sms HTTP/2.0" 200 41 "https://app.kestrel.io/account/confirm" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15"
2a02:a311:823f:e800:5c1d:9b2e:41f7:a0c3 - - [12/Mar/2024:10:16:02 +0100] "PATCH /api/v1/profile?fields=phone%2Cemail HTTP/2.0" 204 0 "-" "okhttp/4.12.0"`,
    // fields=phone%2Cemail names columns; it holds no value.
    expected: [
      ['IP_ADDRESS', '89.64.12.201'],
      ['EMAIL', 'ana.kowalska%40wp.pl'],
      ['IP_ADDRESS', '89.64.12.201'],
      ['PHONE', '%2B48%20601%20234%20875'],
      ['IP_ADDRESS', '2a02:a311:823f:e800:5c1d:9b2e:41f7:a0c3'],
    ],
  },
  {
    name: 'AWS ALB access log line with an encoded email and phone in the request URL',
    text: `h2 2024-03-12T10:15:32.118923Z app/kestrel-prod/50dc6c495c0c9188 81.2.69.160:53124 10.0.12.47:8080 0.001 0.048 0.000 200 200 834 2291 "GET https://app.kestrel.io:443/api/v2/customers/search?email=t.nguyen%40fpt.vn&phone=%2B84912345678&limit=20 HTTP/2.0" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:418273645091:targetgroup/api-prod/73e2d6bc24d8a067 "Root=1-65f02c34-6e3c1a2b7d4f8e9a0b1c2d3e" "app.kestrel.io" "arn:aws:acm:eu-west-1:418273645091:certificate/8f3a1b2c-4d5e-4f60-9a7b-1c2d3e4f5a6b" 0 2024-03-12T10:15:32.070000Z "forward" "-" "-" "10.0.12.47:8080" "200" "-" "-"`,
    expected: [
      ['IP_ADDRESS', '81.2.69.160'],
      ['IP_ADDRESS', '10.0.12.47'],
      ['EMAIL', 't.nguyen%40fpt.vn'],
      ['PHONE', '%2B84912345678'],
      ['IP_ADDRESS', '10.0.12.47'],
    ],
  },
  {
    name: 'OAuth redirect with a login hint and a doubly encoded email inside redirect_uri',
    text: `$ curl -sI "https://app.kestrel.io/invite/accept?email=marek.novak%40seznam.cz&team=finance"
HTTP/2 302
location: https://auth.kestrel.io/authorize?client_id=kx9Q2mLrT7vWc4Kb&response_type=code&scope=openid%20email&login_hint=marek.novak%40seznam.cz&redirect_uri=https%3A%2F%2Fapp.kestrel.io%2Finvite%2Faccept%3Femail%3Dmarek.novak%2540seznam.cz%26team%3Dfinance
cache-control: no-store`,
    // A nested URL is encoded again, so its %40 becomes %2540; an OAuth client_id is public.
    expected: [
      ['EMAIL', 'marek.novak%40seznam.cz'],
      ['EMAIL', 'marek.novak%40seznam.cz'],
      ['EMAIL', 'marek.novak%2540seznam.cz'],
    ],
  },
  {
    name: 'Django log of a French signup form body with UTF-8 percent-encoded names',
    text: `[12/Mar/2024 10:15:32] WARNING django.request: Bad Request: /inscription/
  request.body = b'prenom=H%C3%A9lo%C3%AFse&nom=Lef%C3%A8vre-Dubois&email=heloise.ld%40orange.fr&telephone=%2B33+6+48+21+77+39&date_naissance=1988-04-09&cgu=on'`,
    expected: [
      ['PERSON', 'H%C3%A9lo%C3%AFse'],
      ['PERSON', 'Lef%C3%A8vre-Dubois'],
      ['EMAIL', 'heloise.ld%40orange.fr'],
      ['PHONE', '%2B33+6+48+21+77+39'],
      ['DATE_OF_BIRTH', '1988-04-09'],
    ],
  },
  {
    name: 'US loan application posted as application/x-www-form-urlencoded',
    text: `POST /apply HTTP/1.1
Host: loans.kestrel-credit.com
Content-Type: application/x-www-form-urlencoded
Content-Length: 174

full_name=Marisol+Quintanilla-Reyes&ssn=529-41-7783&dob=07%2F19%2F1984&email=marisol.qr%40yahoo.com&phone=%28602%29+318-4471&income=68000&consent=true`,
    expected: [
      ['PERSON', 'Marisol+Quintanilla-Reyes'],
      ['US_SSN', '529-41-7783'],
      ['DATE_OF_BIRTH', '07%2F19%2F1984'],
      ['EMAIL', 'marisol.qr%40yahoo.com'],
      ['PHONE', '%28602%29+318-4471'],
    ],
  },
  {
    name: 'Rails log with a percent-encoded Cyrillic name in the query and its decoded parameters',
    text: `Started GET "/admin/customers?full_name=%D0%98%D1%80%D0%B8%D0%BD%D0%B0%20%D0%A1%D0%BC%D0%B8%D1%80%D0%BD%D0%BE%D0%B2%D0%B0&city=%D0%9A%D0%B0%D0%B7%D0%B0%D0%BD%D1%8C" for 95.165.148.12 at 2024-03-12 10:15:32 +0300
Processing by Admin::CustomersController#index as HTML
  Parameters: {"full_name"=>"Ирина Смирнова", "city"=>"Казань"}
Completed 200 OK in 41ms (Views: 28.3ms | ActiveRecord: 9.1ms)`,
    expected: [
      ['PERSON', '%D0%98%D1%80%D0%B8%D0%BD%D0%B0%20%D0%A1%D0%BC%D0%B8%D1%80%D0%BD%D0%BE%D0%B2%D0%B0'],
      ['IP_ADDRESS', '95.165.148.12'],
      ['PERSON', 'Ирина Смирнова'],
    ],
  },
  // ---------------------------------------------------------------- HTML entities
  {
    name: 'scraped staff page with named entities in names and &#64; in addresses',
    text: `<table class="staff">
<tr><th>Name</th><th>E-mail</th><th>Telefon</th></tr>
<tr><td>Jos&eacute; Mar&iacute;a Iba&ntilde;ez</td><td><a href="mailto:jm.ibanez&#64;telefonica.net">jm.ibanez&#64;telefonica.net</a></td><td>+34&nbsp;654&nbsp;218&nbsp;903</td></tr>
<tr><td>Fran&ccedil;oise Ch&acirc;telain</td><td><a href="mailto:f.chatelain&#x40;laposte.net">f.chatelain&#x40;laposte.net</a></td><td>+33&nbsp;6&nbsp;52&nbsp;90&nbsp;14&nbsp;37</td></tr>
</table>`,
    expected: [
      ['PERSON', 'Jos&eacute; Mar&iacute;a Iba&ntilde;ez'],
      ['EMAIL', 'jm.ibanez&#64;telefonica.net'],
      ['EMAIL', 'jm.ibanez&#64;telefonica.net'],
      ['PHONE', '+34&nbsp;654&nbsp;218&nbsp;903'],
      ['PERSON', 'Fran&ccedil;oise Ch&acirc;telain'],
      ['EMAIL', 'f.chatelain&#x40;laposte.net'],
      ['EMAIL', 'f.chatelain&#x40;laposte.net'],
      ['PHONE', '+33&nbsp;6&nbsp;52&nbsp;90&nbsp;14&nbsp;37'],
    ],
  },
  {
    name: 'e-mail HTML with &commat;/&period; obfuscated addresses and an encoded tel: link',
    text: `<p>Fragen zu Ihrer Bestellung? Schreiben Sie an <a href="mailto:bestellung&commat;kestrel-shop&period;de">bestellung&commat;kestrel-shop&period;de</a>.</p>
<p>Ihre pers&ouml;nliche Beraterin: Annegret Pf&auml;ffle, <a href="tel:&#43;4971112345678">&#43;49&nbsp;711&nbsp;1234&nbsp;5678</a>, annegret&period;pfaeffle&commat;kestrel-shop&period;de</p>
<p>&copy; 2024 Kestrel Shop GmbH &middot; Kundennummer&nbsp;88412</p>`,
    expected: [
      ['EMAIL', 'bestellung&commat;kestrel-shop&period;de'],
      ['EMAIL', 'bestellung&commat;kestrel-shop&period;de'],
      ['PERSON', 'Annegret Pf&auml;ffle'],
      ['PHONE', '&#43;4971112345678'],
      ['PHONE', '&#43;49&nbsp;711&nbsp;1234&nbsp;5678'],
      ['EMAIL', 'annegret&period;pfaeffle&commat;kestrel-shop&period;de'],
    ],
  },
  // ---------------------------------------------------------------- JSON escapes, bytes reprs, mojibake
  {
    name: 'Serilog JSON line from .NET, which escapes non-ASCII letters and the plus sign',
    text: `{"@t":"2024-03-12T10:15:32.1189Z","@mt":"Customer {CustomerId} changed contact details","CustomerId":88412,"CustomerName":"\\u0160t\\u011Bp\\u00E1n Dvo\\u0159\\u00E1k","Phone":"\\u002B420 602 318 447","Email":"stepan.dvorak@seznam.cz","ClientIp":"46.135.70.18","SourceContext":"Kestrel.Crm.CustomerService"}`,
    expected: [
      ['PERSON', '\\u0160t\\u011Bp\\u00E1n Dvo\\u0159\\u00E1k'],
      ['PHONE', '\\u002B420 602 318 447'],
      ['EMAIL', 'stepan.dvorak@seznam.cz'],
      ['IP_ADDRESS', '46.135.70.18'],
    ],
  },
  {
    name: 'Python json.dumps of a Japanese member row (ensure_ascii escapes the kanji and kana)',
    text: `In [7]: print(json.dumps(row))
{"member_id": 4471, "name": "\\u4f50\\u3005\\u6728 \\u7f8e\\u54b2", "name_kana": "\\u30b5\\u30b5\\u30ad \\u30df\\u30b5\\u30ad", "tel": "080-4417-2290", "email": "misaki.sasaki@au.com", "birthday": "1992-05-17", "store": "\\u6771\\u4eac\\u99c5\\u516b\\u91cd\\u6d32\\u53e3\\u5e97"}`,
    // 佐々木 美咲 and her kana reading; the store is 東京駅八重洲口店.
    expected: [
      ['PERSON', '\\u4f50\\u3005\\u6728 \\u7f8e\\u54b2'],
      ['PERSON', '\\u30b5\\u30b5\\u30ad \\u30df\\u30b5\\u30ad'],
      ['PHONE', '080-4417-2290'],
      ['EMAIL', 'misaki.sasaki@au.com'],
      ['DATE_OF_BIRTH', '1992-05-17'],
    ],
  },
  {
    name: 'Kafka consumer printing a bytes value with UTF-8 escapes in a name',
    text: `>>> for msg in consumer:
...     print(msg.topic, msg.offset, msg.value)
signups 48213 b'{"event":"signup","name":"\\xc5\\x81ukasz Wr\\xc3\\xb3bel","email":"lukasz.wrobel@o2.pl","phone":"+48 512 907 334","ip":"89.64.51.17"}'`,
    expected: [
      ['PERSON', '\\xc5\\x81ukasz Wr\\xc3\\xb3bel'],
      ['EMAIL', 'lukasz.wrobel@o2.pl'],
      ['PHONE', '+48 512 907 334'],
      ['IP_ADDRESS', '89.64.51.17'],
    ],
  },
  {
    name: 'mojibake CSV: a UTF-8 export opened as Windows-1252',
    text: `customer_id;name;email;city
10231;RenÃ©e LefÃ¨vre;renee.lefevre@free.fr;OrlÃ©ans
10232;JÃ¼rgen WeiÃŸ;j.weiss@gmx.de;MÃ¼nchen
10233;Ã…sa SjÃ¶strÃ¶m;asa.sjostrom@telia.se;GÃ¶teborg`,
    expected: [
      ['PERSON', 'RenÃ©e LefÃ¨vre'],
      ['EMAIL', 'renee.lefevre@free.fr'],
      ['PERSON', 'JÃ¼rgen WeiÃŸ'],
      ['EMAIL', 'j.weiss@gmx.de'],
      ['PERSON', 'Ã…sa SjÃ¶strÃ¶m'],
      ['EMAIL', 'asa.sjostrom@telia.se'],
    ],
  },
  // ---------------------------------------------------------------- base64: Kubernetes, Docker, Basic auth, JWT
  {
    name: 'kubectl get secret -o yaml with base64 credentials beside plain settings',
    text: `$ kubectl -n analytics get secret warehouse-creds -o yaml
apiVersion: v1
data:
  DATABASE_URL: ${databaseUrlB64}
  DB_HOST: d2FyZWhvdXNlLWRiLmFuYWx5dGljcy5zdmMuY2x1c3Rlci5sb2NhbA==
  DB_NAME: d2FyZWhvdXNl
  DB_PASSWORD: ${dbPasswordB64}
  DB_PORT: NTQzMg==
  DB_USER: ZXRsX3dyaXRlcg==
  OWNER_EMAIL: aW5lcy5jYXJ2YWxob0BrZXN0cmVsLWFuYWx5dGljcy5pbw==
  STRIPE_API_KEY: ${stripeKeyB64}
kind: Secret
metadata:
  creationTimestamp: "2024-03-12T10:15:32Z"
  name: warehouse-creds
  namespace: analytics
  resourceVersion: "48213377"
  uid: 3f2b8c1e-9d4a-4e7b-a1c2-5f6e7d8c9b0a
type: Opaque`,
    // Host, database name, port and user name decode to plain settings; OWNER_EMAIL to
    // ines.carvalho@kestrel-analytics.io.
    expected: [
      ['SECRET', databaseUrlB64],
      ['SECRET', dbPasswordB64],
      ['EMAIL', 'aW5lcy5jYXJ2YWxob0BrZXN0cmVsLWFuYWx5dGljcy5pbw=='],
      ['SECRET', stripeKeyB64],
    ],
  },
  {
    name: 'kubectl jsonpath of a Secret, then the password piped through base64 -d',
    text: `$ kubectl -n etl get secret airflow-smtp -o jsonpath='{.data}'
{"SMTP_HOST":"c210cC5ldS5tYWlsZ3VuLm9yZw==","SMTP_PASSWORD":"${smtpPasswordB64}","SMTP_PORT":"NTg3","SMTP_USER":"cG9zdG1hc3RlckBtZy5rZXN0cmVsLmlv"}
$ kubectl -n etl get secret airflow-smtp -o jsonpath='{.data.SMTP_PASSWORD}' | base64 -d
Hn4$rT8vQz1!Lp`,
    // SMTP_USER decodes to postmaster@mg.kestrel.io.
    expected: [
      ['SECRET', smtpPasswordB64],
      ['EMAIL', 'cG9zdG1hc3RlckBtZy5rZXN0cmVsLmlv'],
      ['SECRET', 'Hn4$rT8vQz1!Lp'],
    ],
  },
  {
    name: 'image pull Secret: .dockerconfigjson holding a registry token',
    text: `apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: etl
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: ${dockerConfigB64}`,
    expected: [['SECRET', dockerConfigB64]],
  },
  {
    name: 'curl -v with Basic auth: the user is an email, the header its base64',
    text: `$ curl -v -u 'daria.h@kestrel-analytics.io:Kv!7mPz2Lq' https://jira.kestrel.io/rest/api/2/myself
*   Trying 10.8.0.14:443...
* Connected to jira.kestrel.io (10.8.0.14) port 443
* Server auth using Basic with user 'daria.h@kestrel-analytics.io'
> GET /rest/api/2/myself HTTP/1.1
> Host: jira.kestrel.io
> Authorization: Basic ${basicAuth}
> User-Agent: curl/8.4.0
> Accept: */*
< HTTP/1.1 401 Unauthorized`,
    expected: [
      ['EMAIL', 'daria.h@kestrel-analytics.io'],
      ['SECRET', 'Kv!7mPz2Lq'],
      ['IP_ADDRESS', '10.8.0.14'],
      ['IP_ADDRESS', '10.8.0.14'],
      ['EMAIL', 'daria.h@kestrel-analytics.io'],
      ['SECRET', basicAuth],
    ],
  },
  {
    name: 'chat message pasting an OIDC callback URL with an ID token in the fragment',
    text: `after SSO I land on https://app.kestrel.io/callback#id_token=${idToken}&token_type=Bearer&expires_in=3600&state=af0ifjsldkj and the page stays blank. Console says "invalid audience" — what's wrong with my Auth0 config?`,
    // The token is a credential; the e-mail and name in its payload go with it.
    expected: [['SECRET', idToken]],
  },
  // ---------------------------------------------------------------- invisible characters and other digits
  {
    name: 'policy details pasted from a PDF with soft hyphens, zero-width spaces and no-break spaces',
    text: `Versicherungsschein Nr. 4471-2209-88 (aus dem PDF kopiert)
Versicherungsnehmerin: Kathrin Bau\u00ADmann-Schmitt
geboren am 23.\u200B04.\u200B1981
E-Mail: k.baumann-schmitt@\u200Bt-online.\u200Bde
Telefon: 030 2291\u20114407
IBAN: DE97\u00A06005\u00A00101\u00A00004\u00A07182\u00A033`,
    expected: [
      ['PERSON', 'Kathrin Bau\u00ADmann-Schmitt'],
      ['DATE_OF_BIRTH', '23.\u200B04.\u200B1981'],
      ['EMAIL', 'k.baumann-schmitt@\u200Bt-online.\u200Bde'],
      ['PHONE', '030 2291\u20114407'],
      ['IBAN', 'DE97\u00A06005\u00A00101\u00A00004\u00A07182\u00A033'],
    ],
  },
  {
    name: 'Japanese contact-form notification typed with fullwidth characters',
    text: `【お問い合わせフォーム】送信内容
お名前：山田 花子 様
フリガナ：ヤマダ ハナコ
メールアドレス：ｈａｎａｋｏ．ｙａｍａｄａ＠ｄｏｃｏｍｏ．ｎｅ．ｊｐ
電話番号：０９０－３８４１－２２７６
生年月日：１９８６年１１月３日
郵便番号：１５０－０００２
ご住所：東京都渋谷区渋谷２－２１－１
お問い合わせ内容：注文番号ＯＲＤ－２０２４０３１２－００４５の配送状況を教えてください。`,
    // The postcode and the order number are no findings; an address is none of the engine's types.
    expected: [
      ['PERSON', '山田 花子'],
      ['PERSON', 'ヤマダ ハナコ'],
      ['EMAIL', 'ｈａｎａｋｏ．ｙａｍａｄａ＠ｄｏｃｏｍｏ．ｎｅ．ｊｐ'],
      ['PHONE', '０９０－３８４１－２２７６'],
      ['DATE_OF_BIRTH', '１９８６年１１月３日'],
    ],
  },
  {
    name: 'Chinese order confirmation with fullwidth phone and UnionPay card',
    text: `【订单信息】订单号：２０２４０３１２１０１５０２１１
收货人：刘洋
手机号码：１３８ ０２７６ ４４１９
收货地址：北京市朝阳区建国路８８号　邮编：１０００２０
付款方式：银联卡 ６２１２ ２６１１ ０２００ １２３６
身份证号：１１０１０５１９８８０７１２４５１７（海关清关用）`,
    // The resident id number is personal data but none of the engine's types.
    expected: [
      ['PERSON', '刘洋'],
      ['PHONE', '１３８ ０２７６ ４４１９'],
      ['CREDIT_CARD', '６２１２ ２６１１ ０２００ １２３６'],
    ],
  },
  {
    name: 'Saudi customer record with Arabic-Indic digits',
    text: `بيانات العميل
الاسم: خالد عبد الله الزهراني
رقم الجوال: ٠٥٥٤٨٢٣٦١٧
تاريخ الميلاد: ١٤/٠٣/١٩٨٧
رقم الهوية الوطنية: ١٠٤٥٨٧٢٣٦٩
الآيبان: SA44 1500 0608 1247 7301 9002`,
    // The national id is personal data but none of the engine's types.
    expected: [
      ['PERSON', 'خالد عبد الله الزهراني'],
      ['PHONE', '٠٥٥٤٨٢٣٦١٧'],
      ['DATE_OF_BIRTH', '١٤/٠٣/١٩٨٧'],
      ['IBAN', 'SA44 1500 0608 1247 7301 9002'],
    ],
  },
  {
    name: 'Persian customer note with Extended Arabic-Indic digits',
    text: `مشتری: مریم رضایی
تلفن همراه: ۰۹۱۲ ۴۸۳ ۷۲۶۱
کد ملی: ۰۰۷۱۲۳۴۵۶۸
ایمیل: maryam.rezaei@chmail.ir`,
    expected: [
      ['PERSON', 'مریم رضایی'],
      ['PHONE', '۰۹۱۲ ۴۸۳ ۷۲۶۱'],
      ['EMAIL', 'maryam.rezaei@chmail.ir'],
    ],
  },
  {
    name: 'Hindi customer form with Devanagari digits and an Aadhaar number',
    text: `ग्राहक का नाम: सुनीता देवी शर्मा
मोबाइल नं.: +९१ ९८७१४ ५६२३०
जन्म तिथि: ०३/०९/१९७९
आधार संख्या: ४५६७ ८९०१ २३४६
ईमेल: sunita.sharma79@rediffmail.com`,
    // Aadhaar is personal data but none of the engine's types.
    expected: [
      ['PERSON', 'सुनीता देवी शर्मा'],
      ['PHONE', '+९१ ९८७१४ ५६२३०'],
      ['DATE_OF_BIRTH', '०३/०९/१९७९'],
      ['EMAIL', 'sunita.sharma79@rediffmail.com'],
    ],
  },
  {
    name: 'Thai customer e-mail with Thai digits and the คุณ honorific',
    text: `เรียน คุณสมศรี วงศ์สวัสดิ์
ตามที่ท่านแจ้งปัญหาการชำระเงิน กรุณาติดต่อกลับที่เบอร์ ๐๘๙-๔๗๒-๓๑๖๕ หรืออีเมล somsri.w@hotmail.co.th
ไม่ต้องส่งเลขประจำตัวประชาชน 1-1017-00203-45-1 มาทางอีเมลอีก`,
    // คุณ is an honorific, not part of the name; the national id is none of the engine's types.
    expected: [
      ['PERSON', 'สมศรี วงศ์สวัสดิ์'],
      ['PHONE', '๐๘๙-๔๗๒-๓๑๖๕'],
      ['EMAIL', 'somsri.w@hotmail.co.th'],
    ],
  },
  // ---------------------------------------------------------------- wrapped and spelled-out values
  {
    name: 'terminal copy of wrapped log lines splitting a card and a phone',
    text: `$ kubectl logs deploy/checkout-svc --tail=2
2024-03-12T10:15:32.118Z INFO  [req=7f3c9a2e] charge attempt customer=88412 holder="Tobias Lindqvist" pan=4539 1488 03
43 6467 exp=08/27 amount=129.00 EUR
2024-03-12T10:15:32.231Z WARN  [req=7f3c9a2e] 3DS challenge sent by SMS to +46 70 4
12 83 95 (attempt 1/3)`,
    expected: [
      ['PERSON', 'Tobias Lindqvist'],
      ['CREDIT_CARD', '4539 1488 03\n43 6467'],
      ['PHONE', '+46 70 4\n12 83 95'],
    ],
  },
  {
    name: 'support ticket with addresses spelled out three ways',
    text: `Ticket #55120 · via web form · Priority: normal
Requester: Pavel Hrubý
Hi, the password reset mail never arrives. My address is pavel dot hruby at centrum dot cz (NOT the gmail one).
Please also add my colleague to the account: lenka.svobodova(at)seznam(dot)cz, and our accountant K. Tanaka, k.tanaka [at] softbank [dot] ne [dot] jp.
Callback: +420 731 482 915`,
    expected: [
      ['PERSON', 'Pavel Hrubý'],
      ['EMAIL', 'pavel dot hruby at centrum dot cz'],
      ['EMAIL', 'lenka.svobodova(at)seznam(dot)cz'],
      ['PERSON', 'K. Tanaka'],
      ['EMAIL', 'k.tanaka [at] softbank [dot] ne [dot] jp'],
      ['PHONE', '+420 731 482 915'],
    ],
  },
  // ---------------------------------------------------------------- raw e-mail
  {
    name: 'quoted-printable German e-mail body with soft line breaks inside values',
    text: `Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Frau Schr=C3=B6der,

vielen Dank f=C3=BCr Ihre Nachricht vom 11. M=C3=A4rz. Die R=C3=BCckerstatt=
ung =C3=BCber 149,00 =E2=82=AC geht bis Freitag auf Ihr Konto DE66 7002 027=
0 0015 8392 47 (Kontoinhaberin: Ingeborg Schr=C3=B6der).
Bei R=C3=BCckfragen erreichen Sie Ihren pers=C3=B6nlichen Berater, Herrn Wo=
lfgang Kr=C3=A4mer, unter 0711 2284 4710 oder per E-Mail an w.kraemer=40kes=
trel-energie.de.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Kundenservice`,
    expected: [
      ['PERSON', 'Schr=C3=B6der'],
      ['IBAN', 'DE66 7002 027=\n0 0015 8392 47'],
      ['PERSON', 'Ingeborg Schr=C3=B6der'],
      ['PERSON', 'Wo=\nlfgang Kr=C3=A4mer'],
      ['PHONE', '0711 2284 4710'],
      ['EMAIL', 'w.kraemer=40kes=\ntrel-energie.de'],
    ],
  },
  {
    name: 'raw e-mail headers with RFC 2047 encoded display names',
    text: `From: =?UTF-8?Q?Bj=C3=B6rn_=C3=85kesson?= <bjorn.akesson@telia.se>
To: =?UTF-8?B?0J7Qu9C10L3QsCDQmtC+0LLQsNC70Yw=?= <olena.koval@ukr.net>
Cc: =?ISO-8859-1?Q?Fran=E7ois_L=E9vesque?= <f.levesque@videotron.ca>
Subject: =?UTF-8?Q?Re=3A_R=C3=BCckfrage_zur_Rechnung_2024-0311?=
Date: Tue, 12 Mar 2024 10:15:32 +0100
Message-ID: <CAH7x9Qm2Lr4TzKw8Nb3@mail.gmail.com>
MIME-Version: 1.0`,
    // The B-encoded name is Олена Коваль.
    expected: [
      ['PERSON', 'Bj=C3=B6rn_=C3=85kesson'],
      ['EMAIL', 'bjorn.akesson@telia.se'],
      ['PERSON', '0J7Qu9C10L3QsCDQmtC+0LLQsNC70Yw='],
      ['EMAIL', 'olena.koval@ukr.net'],
      ['PERSON', 'Fran=E7ois_L=E9vesque'],
      ['EMAIL', 'f.levesque@videotron.ca'],
    ],
  },
  // ---------------------------------------------------------------- non-Latin scripts and their locales
  {
    name: 'Russian application form with ФИО, passport, ИНН and СНИЛС',
    text: `Заявка № 48213 от 12.03.2024
ФИО: Соколова Анна Дмитриевна
Дата рождения: 07.11.1989
Телефон: +7 (921) 384-27-16
E-mail: a.sokolova@mail.ru
ИНН: 781402157823
СНИЛС: 127-394-512 08
Паспорт: 40 12 345678, выдан 15.06.2010
Счёт получателя: 40817810099910004312`,
    // ИНН, СНИЛС, passport and a Russian account number are personal data but none of the engine's
    // types; the application and issue dates are no birth dates.
    expected: [
      ['PERSON', 'Соколова Анна Дмитриевна'],
      ['DATE_OF_BIRTH', '07.11.1989'],
      ['PHONE', '+7 (921) 384-27-16'],
      ['EMAIL', 'a.sokolova@mail.ru'],
    ],
  },
  {
    name: 'Ukrainian refund note with a +380 mobile, an IBAN and a tax number',
    text: `Клієнтка Оксана Мельник (тел. +380 67 482 19 35, oksana.melnyk@ukr.net) просить повернути 1 250 грн на рахунок UA50 3052 9900 0002 6208 8475 1130 2. РНОКПП 3012845671. Відповідальний менеджер: Андрій Ковальчук, внутр. 214.`,
    expected: [
      ['PERSON', 'Оксана Мельник'],
      ['PHONE', '+380 67 482 19 35'],
      ['EMAIL', 'oksana.melnyk@ukr.net'],
      ['IBAN', 'UA50 3052 9900 0002 6208 8475 1130 2'],
      ['PERSON', 'Андрій Ковальчук'],
    ],
  },
  {
    name: 'Greek customer record with ΑΦΜ and a GR IBAN',
    text: `Ονοματεπώνυμο: Γεώργιος Παπαδάκης
Ημερομηνία γέννησης: 21/06/1975
ΑΦΜ: 048213377
Κινητό: 694 512 3378
Email: g.papadakis@otenet.gr
IBAN: GR16 0260 1870 0008 3401 2957 361`,
    expected: [
      ['PERSON', 'Γεώργιος Παπαδάκης'],
      ['DATE_OF_BIRTH', '21/06/1975'],
      ['PHONE', '694 512 3378'],
      ['EMAIL', 'g.papadakis@otenet.gr'],
      ['IBAN', 'GR16 0260 1870 0008 3401 2957 361'],
    ],
  },
  {
    name: 'Hebrew refund letter with a title, an Israeli id and an IL IBAN',
    text: `לכבוד מר יוסי אברהמי,
בהמשך לשיחתנו, להלן פרטי ההחזר:
ת.ז.: 034567894
טלפון נייד: 052-748-3316
דוא"ל: yossi.avrahami@walla.co.il
חשבון: IL63 0126 5800 0000 4128 739
תאריך לידה: 14.02.1982`,
    expected: [
      ['PERSON', 'יוסי אברהמי'],
      ['PHONE', '052-748-3316'],
      ['EMAIL', 'yossi.avrahami@walla.co.il'],
      ['IBAN', 'IL63 0126 5800 0000 4128 739'],
      ['DATE_OF_BIRTH', '14.02.1982'],
    ],
  },
  {
    name: 'Egyptian bank notice in Arabic prose with an EG IBAN',
    text: `السيد أحمد محمود حسن، نفيدكم بأنه تم تحويل مبلغ ٢٬٥٠٠ جنيه إلى حسابكم رقم EG35 0003 0112 0000 0472 8519 3601 4. للاستفسار يرجى الاتصال على +20 100 482 7731 أو مراسلتنا على a.m.hassan@gmail.com. مع تحيات فريق خدمة العملاء.`,
    // السيد is a title (Mr.).
    expected: [
      ['PERSON', 'أحمد محمود حسن'],
      ['IBAN', 'EG35 0003 0112 0000 0472 8519 3601 4'],
      ['PHONE', '+20 100 482 7731'],
      ['EMAIL', 'a.m.hassan@gmail.com'],
    ],
  },
  {
    name: 'Japanese business e-mail with 様 and さん, a company named after a family and a 〒 postcode',
    text: `株式会社ケストレル
営業部 高橋 様

いつもお世話になっております。田中システムズ営業部でございます。
先日の件につきましては、経理担当の渡辺 真由美さん（mayumi.watanabe@tanaka-sys.co.jp、直通 03-6812-4471）から改めてご連絡いたします。

――――――――――――
田中システムズ株式会社　営業部
小林 誠
〒105-0011 東京都港区芝公園4-2-8
TEL: 03-6812-4400 / 携帯: 080-2291-7734
――――――――――――`,
    expected: [
      ['PERSON', '高橋'],
      ['PERSON', '渡辺 真由美'],
      ['EMAIL', 'mayumi.watanabe@tanaka-sys.co.jp'],
      ['PHONE', '03-6812-4471'],
      ['PERSON', '小林 誠'],
      ['PHONE', '03-6812-4400'],
      ['PHONE', '080-2291-7734'],
    ],
  },
  {
    name: 'KakaoTalk chat export with 님 and a resident registration number',
    text: `2024년 3월 12일 오후 2:14, 박지훈 : 주문번호 20240312-88412 환불 언제 되나요?
2024년 3월 12일 오후 2:16, 케스트렐 고객센터 : 박지훈 님, 본인 확인을 위해 휴대폰 번호를 알려주세요.
2024년 3월 12일 오후 2:17, 박지훈 : 010-7342-1985 이고 주민번호는 880412-1234567 입니다
2024년 3월 12일 오후 2:18, 케스트렐 고객센터 : 주민등록번호는 보내지 마세요. 환불은 국민은행 123456-01-234567 계좌로 처리됩니다.`,
    // The resident registration and bank account numbers are none of the engine's types.
    expected: [
      ['PERSON', '박지훈'],
      ['PERSON', '박지훈'],
      ['PERSON', '박지훈'],
      ['PHONE', '010-7342-1985'],
    ],
  },
  {
    name: 'Taiwanese shipping notice in traditional Chinese with 小姐 and 先生',
    text: `陳怡君小姐您好，您的訂單 TW20240312-0045 已出貨。如需更改配送時間，請撥 0933-482-716 與物流專員林志明先生聯絡，或來信 service@kestrel.com.tw。發票統一編號 24536806。`,
    // The invoice's unified business number identifies a company.
    expected: [
      ['PERSON', '陳怡君'],
      ['PHONE', '0933-482-716'],
      ['PERSON', '林志明'],
      ['EMAIL', 'service@kestrel.com.tw'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'URL-encoded non-personal parameters in a campaign sheet',
    text: `campaign,landing_url
spring_sale,https://shop.kestrel.io/c/shoes?utm_source=newsletter&utm_medium=email&utm_campaign=spring%20sale%202024&utm_content=hero%2Dbanner
reset_flow,https://app.kestrel.io/login?next=%2Fsettings%2Fbilling%3Ftab%3Dinvoices%26page%3D2
saved_query,https://app.kestrel.io/sql?q=SELECT%20email%2C%20phone%20FROM%20customers%20LIMIT%2010
emea_filter,https://app.kestrel.io/reports?filter=%7B%22region%22%3A%22EMEA%22%2C%22min_amount%22%3A5000%7D
q1_export,https://files.kestrel.io/exports/Q1%20Revenue%20%28final%29%20v2.xlsx`,
    expected: [],
  },
  {
    name: 'ConfigMap with base64 binaryData of plain settings, a PNG and a schema',
    text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: etl-settings
  namespace: etl
binaryData:
  app.properties: bG9nLmxldmVsPUlORk8KYmF0Y2guc2l6ZT01MDAwCnJlZ2lvbj1ldS13ZXN0LTEKZmVhdHVyZS5kZWR1cGU9dHJ1ZQpyZXRyeS5tYXg9Mwo=
  logo.png: iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAACPjLt9z0bgvH1TJldJpsF9EWCTprqV5EJ2QGDHb9SobA==
  order-event.avsc: eyJ0eXBlIjoicmVjb3JkIiwibmFtZSI6Ik9yZGVyRXZlbnQiLCJmaWVsZHMiOlt7Im5hbWUiOiJvcmRlcl9pZCIsInR5cGUiOiJsb25nIn1dfQ==
data:
  LOG_LEVEL: info
  TZ: Europe/Berlin`,
    expected: [],
  },
  {
    name: 'hashed e-mails, digests and percent-encoded object keys',
    text: `$ aws s3 ls s3://kestrel-exports/reports/2024/
2024-03-12 10:15:32      48213 Q1%20Revenue%20%28final%29.xlsx
2024-03-12 10:15:40     912044 customer_match%2Femails_sha256.csv
$ head -3 customer_match/emails_sha256.csv
hashed_email,country
087a2ba69001e70e8a5d8ff7f6d7f526d727decc367cf2368ca10d1c6a04655d,IT
12a26448386adf4436cca92c6a26bead3cd9bfb9a0141e0c0d2be31d0907de72,NG
$ git rev-parse HEAD
15f39f9223688c507443ae428010f721fff3d24c
ETag: "1872ade88f3013edeb33decd74a4f947"`,
    // A SHA-256 of a normalised address is what ad platforms take instead of the address.
    expected: [],
  },
  {
    name: 'Japanese product page with fullwidth codes, prices and a barcode',
    text: `【商品情報】
品番：ＫＳＴ－４４７１－ＢＬＫ
JANコード：４９０１２３４５６７８９４
価格：￥１２，８００（税込）
注文番号：２０２４０３１２－０００４５１
発送元：〒１００－０００５ 東京都千代田区丸の内１－１－１
在庫数：１，２４０個　入荷予定：２０２４年４月１５日`,
    // The 13-digit JAN starts with 4 and happens to pass Luhn: a barcode all the same.
    expected: [],
  },
  {
    name: 'HTML footer full of entities and a placeholder address',
    text: `<footer>&copy; 2024 Kestrel Analytics &amp; Partners &middot; Preise ab 49&nbsp;&euro; &ndash; bis zu 10&#37; Rabatt &middot; Hotline Mo&ndash;Fr 9&ndash;17&nbsp;Uhr</footer>
<p>Platzhalter: <code>&lt;email&gt;</code>, z.&nbsp;B. &quot;max.mustermann&commat;example&period;com&quot;; Pfad: C:&bsol;Users&bsol;Public&bsol;Exports</p>`,
    expected: [],
  },
  {
    name: 'company registration details in Russian, Chinese, Korean and Japanese',
    text: `Реквизиты: ООО «Кестрел Аналитикс», ИНН 7714837261, КПП 771401001, ОГРН 1157746382914, р/с 40702810400000048213, к/с 30101810145250000974, БИК 044525813.
统一社会信用代码：91110108MA01KXQR2T；开户行：中国工商银行北京海淀支行。
사업자등록번호: 214-86-18758 / 법인등록번호: 110111-4567890
法人番号：7010401088742`,
    expected: [],
  },
  {
    name: 'Python json.dumps of a product with escaped Japanese text',
    text: `>>> print(json.dumps(item))
{"sku": "KST-4471-MTC", "title": "\\u62b9\\u8336\\u30e9\\u30c6 \\u30bb\\u30c3\\u30c8", "store": "\\u6771\\u4eac\\u99c5\\u516b\\u91cd\\u6d32\\u53e3\\u5e97", "category": "\\u98f2\\u6599\\u30fb\\u30ae\\u30d5\\u30c8", "price": 1280, "jan": "4573102593718"}`,
    // 抹茶ラテ セット at 東京駅八重洲口店, category 飲料・ギフト.
    expected: [],
  },
  {
    name: 'non-Latin prose naming streets, banks and brands after people',
    text: `Офис переехал с улицы Пушкина на проспект Ленина, рядом со Сбербанком и «Почтой России». 北京的李宁专卖店和东京的三菱商事都在名单上。삼성전자 수원 본사 방문 예정. Τράπεζα Πειραιώς, οδός Ελευθερίου Βενιζέλου 12. فرع مصرف الراجحي في طريق الملك فهد.`,
    expected: [],
  },
  {
    name: 'quoted-printable marketing HTML without personal data',
    text: `Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<table width=3D"600" style=3D"font-family:Arial,sans-serif"><tr><td>Fr=C3=
=BChlingsangebot: 20 % Rabatt auf alle Jahresabos =E2=80=93 nur bis 31.03.2=
024!</td></tr>
<tr><td><a href=3D"https://shop.kestrel.io/abo?utm_source=3Dnewsletter&amp;=
utm_medium=3Demail&amp;utm_campaign=3Dfruehling24">Jetzt sichern</a> =C2=B7=
 Preise inkl. 19 % MwSt.</td></tr>
<tr><td style=3D"color:#6b7280">Sie erhalten diese E-Mail, weil Sie unseren=
 Newsletter abonniert haben. <a href=3D"https://shop.kestrel.io/abmelden?li=
st=3D7">Abmelden</a></td></tr></table>`,
    expected: [],
  },
];

describeHoldout('privacy detectors on a seventh hand-written hold-out', cases);
