import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A forty-ninth hand-written hold-out: personal data behind the encodings and evasions it really
 * arrives in when notebook-like material is pasted into the AI assistant of a data product ("why
 * does the WAF block this", "decode this", "why does the parser choke", "clean up this OCR"). It
 * reads values after decoding and expects each finding on the original text. Shapes: URL encoding
 * in a Firefox HAR, Cloudflare firewall events, an AWS WAF log, Fastly syslog lines of an SSO loop
 * (an address encoded once, twice and three times), a Laravel log of a form body, a GA4 collect hit
 * (a page location encoded twice), one-click unsubscribes (base64 then percent-encoded), Express and
 * nginx logs, a Zendesk form post, an Entra AADSTS error redirect and a Mixpanel cookie; HTML
 * entities from WordPress's antispambot(), Cloudflare's data-cfemail hex, digits written as
 * decimal entities, a WXR export escaped twice, a SOAP response with hex character references and
 * an Outlook signature; JSON escapes (Go's \u003c, a Lambda event with JSON in JSON, an SQS event
 * holding an SNS envelope holding a .NET message, \u0040 in JSON-LD, PHP json_encode, Java
 * .properties after native2ascii); base64 (Basic auth, a Cognito ID token, a data:text/vcard URL, a
 * Graph API CSV attachment, a Mixpanel track payload, SMTP AUTH LOGIN, a MIME body, a base64url
 * prefill fragment); mail (RFC 2047 B and Q words, one name split over two words on a folded line,
 * quoted-printable with soft breaks inside an address and a phone, RFC 2231 file names, a delivery
 * status notification); invisible characters (WhatsApp's U+202A/U+202C around senders, Word's
 * optional break and soft hyphens, Intl's narrow no-break spaces, bidi marks in Hebrew, Persian
 * ZWNJ, byte-order marks in concatenated CSVs, a Telegram export's entity arrays); Arabic-Indic,
 * Persian, Devanagari, Bengali and full-width digits, a full-width ＠, # and （アットマーク） for @;
 * Cyrillic and Greek look-alike letters; OCR with O for 0 and l for 1; addresses spelled out with
 * at/dot, (at)/(punkt), [ät], arobase/point, arroba/punto, (arroba)/(ponto), małpa/kropka,
 * собака/точка, apenstaartje/punt, chiocciola/punto, punkt/bei, AT/DOT and {at}{dot}; values split by
 * a line wrap (a card after a hyphen, an IBAN, a double surname and an address at their hyphens),
 * typed one digit at a time, in PDF comb fields, with dots, or in lower case with hyphens; CSV
 * exports that escape (="…", a leading apostrophe, backslash-escaped commas, &#39;). Languages:
 * English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Czech, Greek,
 * Russian, Ukrainian, Hebrew, Arabic, Persian, Hindi, Bengali, Chinese and Japanese. 21 of its 90
 * cases are clean hard negatives: entity-laden product HTML, URL-encoded search terms with brands
 * named after people, CSS data: URLs and hex colours, base64 cursors and flags, hashed e-mails and
 * a Gravatar hash, WAF rules with CIDRs and encoded attack strings, version strings shaped like
 * addresses, Arabic-Indic and Devanagari digits in invoices and timetables, [at]/[dot] placeholders,
 * escaped HTML in JSON, a quoted-printable newsletter, legitimate zero-width characters, nested
 * redirects, a Luhn-failing wrapped reference and an RF creditor reference, an OCR receipt, public
 * keys, fixtures on reserved domains in every encoding, a base64 stock CSV, look-alike capitals in
 * timetables and a MIME Content-ID.
 *
 * Each case lists every value it expects found, with its type; anything else flagged is a false
 * positive. Conventions as in hold-out 7 and the README: an encoded value's span is its encoded form
 * as it appears (the whole %-sequence, the whole entity run, the \u escapes with as many
 * backslashes as the nesting gave them, a quoted-printable value with its soft line breaks, an
 * RFC 2047 word's encoded text, a spelled-out address from its first to its last word); a base64
 * value is one finding over the whole value — a credential (Basic auth, an ID token, a password) is
 * a secret and the identity inside goes with it; otherwise it takes the type of the value it
 * identifies by most directly (an e-mail address before a phone number before a name); invisible
 * marks around a value (bidi embeddings, a BOM) are no part of its span, those inside it are; an OCR
 * value counts as the OCR wrote it; escaping around a CSV value (="…", a leading apostrophe) is no
 * part of it; titles and honorifics (Dr., Mag., StB, Mme, Herr, 様, 先生, মোছাঃ) are no part of a
 * name; first and last name in separate fields are separate spans, and "Surname, Given" in one is
 * one span; a chat sender counts; birth dates count only where labelled so (dob, BirthDate,
 * birthday, birth_date in a column list, تاريخ الميلاد, تاریخ تولد, जन्म तिथि, Date of birth); a
 * relay hop and a log's client and upstream addresses count; role and team mailboxes on real
 * domains count; reserved example domains, hashes, ids, public keys, version strings, Content-IDs,
 * masked cards, national ids (PAN, کد ملی) and company registry numbers do not. Values are fake:
 * Luhn-valid made-up cards, IBANs with valid mod-97 check digits, an SSN in a valid area, made-up
 * names, numbers and keys; every encoding computed, not hand-written.
 *
 * Written blind (labelled before the engine was run on it). When written, 54 of the 90 cases
 * passed; the 36 others carry a gap. Four base64 cases first expected one finding per value inside
 * the blob; they were relabelled to one finding per blob, as every other hold-out expects one
 * finding per span.
 */

const k = joinParts;
// base64 of "lisa.marchetti@kestrel-data.it:Trastevere!2024"
const basicAuthIt = k('bGlzYS5tYXJjaGV0dGlAa2VzdHJlbC1k', 'YXRhLml0OlRyYXN0ZXZlcmUhMjAyNA==');
// A Cognito ID token whose payload holds "email":"dorota.szymanska@onet.pl", "given_name":"Dorota" and "family_name":"Szymańska".
const cognitoIdToken = k(
  'eyJraWQiOiJRbTd4VzJwTHI5VHo0dktjQjNuWThkRjFoUzZqRTBnQSIsImFsZyI6IlJTMjU2In0',
  '.',
  'eyJzdWIiOiI3YzFlOWEyZS00YjNkLTRmOGEtOWM2ZS0yZDFmMGEzYjVjN2UiLCJlbWFpbF92ZXJpZmllZCI6dHJ1ZSwiaXNzIjoiaHR0cHM6Ly9jb2duaXRvLWlkcC5ldS1jZW50cmFsLTEuYW1hem9uYXdzLmNvbS9ldS1jZW50cmFsLTFfWGsyOVFtTHJUIiwiY29nbml0bzp1c2VybmFtZSI6IjdjMWU5YTJlLTRiM2QtNGY4YS05YzZlLTJkMWYwYTNiNWM3ZSIsImdpdmVuX25hbWUiOiJEb3JvdGEiLCJvcmlnaW5fanRpIjoiYjJmNGM2ZDgtMWEzZS00YzViLThkN2YtOWUwYTFiMmMzZDRlIiwiYXVkIjoiNGsybThyNnQxdjl4M3o1YjdkMGYyaDRqNmwiLCJldmVudF9pZCI6ImU4ZDFjMmIzLWE0ZjUtNGU2ZC05YzhiLTdhNmY1ZTRkM2MyYiIsInRva2VuX3VzZSI6ImlkIiwiYXV0aF90aW1lIjoxNzE1NjcwMDAwLCJleHAiOjE3MTU2NzM2MDAsImlhdCI6MTcxNTY3MDAwMCwiZmFtaWx5X25hbWUiOiJTenltYcWEc2thIiwiZW1haWwiOiJkb3JvdGEuc3p5bWFuc2thQG9uZXQucGwifQ',
  '.',
  'IB8asRWQyHK6MzRede70rrdWz539HqIy-e22rTRYi_pjYiAnUPnQM-fR2qAtCbs7PPTxrzNDxna3T7vg9y0InE-68S9jS-EuDstPVvRe3u9eWSG9X6knJP5636IjzTr6g5njCLmt4H8gRMwNqYv82cmdUfZM3d3N6etYtvzwTUekcTIIhP8nYeOoJvFO3bum9Aqam4GQPC0PRpsqeTZ0CRU4wyZtxCZUQXvUXhE8x-WWgbqGDRJ9Q4wFmCfT913joqzTVGJoCU5FQZMrVqOaG90uwbBUKsdHNKnZpovIVx7mhb9PzJYyi80iDi-80iPsMRe2EL0qTkNOEj9VvTvHmB',
);
// base64 of "piotr.zalewski@kestrel-logistics.pl" (an address, no secret) and of the password "Mazury!2024-kx"
const smtpUserB64 = 'cGlvdHIuemFsZXdza2lAa2VzdHJlbC1sb2dpc3RpY3MucGw=';
const smtpPasswordB64 = k('TWF6dXJ5IT', 'IwMjQta3g=');
// An express-session cookie (s: prefix, session id, signature), percent-encoded as the browser sends it.
const sessionCookie = k(
  's%3AqL7vX2mR9tK4wN8cB1zH6yF3pD0sJ5gE.Rk8%',
  '2Fb2Lm9xQ7vT4wZ1nC6hY3pF0sJ5gEaU2kD8rM7tX',
);

const cases: readonly HoldoutCase[] = [
  // ---------------------------------------------------------------- URL encoding: HAR, CDN and WAF logs, redirects, form bodies
  {
    name: 'HAR from Firefox: a contact search whose query string holds a percent-encoded e-mail and phone, the decoded queryString array, an error body echoing the address and serverIPAddress',
    text: `Search by e-mail returns 404 although the contact exists. HAR from Firefox (trimmed):

{"log":{"version":"1.2","creator":{"name":"Firefox","version":"125.0.3"},"pages":[{"id":"page_1","title":"Kontakte – Kestrel CRM"}],"entries":[{"pageref":"page_1","startedDateTime":"2024-05-14T09:41:22.118+02:00","request":{"bodySize":0,"method":"GET","url":"https://crm.kestrel-data.de/api/v3/contacts/search?email=henrike.vosskamp%40posteo.de&phone=%2B49%20171%204429183&include=deals%2Cnotes","httpVersion":"HTTP/2","headers":[{"name":"Accept","value":"application/json"},{"name":"Referer","value":"https://crm.kestrel-data.de/contacts?view=all&page=3"}],"cookies":[],"queryString":[{"name":"email","value":"henrike.vosskamp@posteo.de"},{"name":"phone","value":"+49 171 4429183"},{"name":"include","value":"deals,notes"}],"headersSize":588},"response":{"status":404,"statusText":"","httpVersion":"HTTP/2","headers":[{"name":"content-type","value":"application/problem+json"}],"content":{"mimeType":"application/problem+json","size":96,"text":"{\\"title\\":\\"Not Found\\",\\"detail\\":\\"No contact with email henrike.vosskamp@posteo.de and phone 49 171 4429183\\"}"},"redirectURL":"","headersSize":142,"bodySize":96},"serverIPAddress":"185.199.110.42","connection":"443","timings":{"blocked":0.4,"dns":0,"connect":0,"ssl":0,"send":0.1,"wait":88.3,"receive":0.6}}]}}`,
    // The server decoded the phone's + as a space, which is the bug; what it echoes is still her number.
    expected: [
      ['EMAIL', 'henrike.vosskamp%40posteo.de'],
      ['PHONE', '%2B49%20171%204429183'],
      ['EMAIL', 'henrike.vosskamp@posteo.de'],
      ['PHONE', '+49 171 4429183'],
      ['EMAIL', 'henrike.vosskamp@posteo.de'],
      ['PHONE', '49 171 4429183'],
      ['IP_ADDRESS', '185.199.110.42'],
    ],
  },
  {
    name: 'Cloudflare firewall events from Logpush (NDJSON): a rate-limited password recovery with a percent-encoded e-mail, and a SQL injection appended to another address, from an IPv4 and an IPv6 client',
    text: `Are these the same attacker? Should we skip the rate limit for the first one?
{"Action":"managed_challenge","ClientASN":3320,"ClientASNDescription":"DTAG","ClientCountry":"de","ClientIP":"93.211.74.186","ClientRequestHost":"shop.kestrel-outdoor.de","ClientRequestMethod":"POST","ClientRequestPath":"/account/recover","ClientRequestQuery":"?email=b.oezdemir%40t-online.de&lang=de","ClientRequestUserAgent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36","Datetime":"2024-05-14T07:12:09Z","Description":"Rate limit /account/recover","EdgeResponseStatus":403,"Kind":"firewall","RayID":"8839f0c21b6e4d1a","RuleID":"9e4b2c7d1f3a4e8b","Source":"ratelimit"}
{"Action":"block","ClientASN":8881,"ClientASNDescription":"VERSATEL","ClientCountry":"de","ClientIP":"2001:16b8:2d4c:7e00:a1c9:3f02:84b7:55de","ClientRequestHost":"shop.kestrel-outdoor.de","ClientRequestMethod":"GET","ClientRequestPath":"/account/recover","ClientRequestQuery":"?email=jule.amberger%40gmx.net'%20OR%20'1'%3D'1","ClientRequestUserAgent":"python-requests/2.31.0","Datetime":"2024-05-14T07:12:44Z","Description":"SQLi - Comment","EdgeResponseStatus":403,"Kind":"firewall","RayID":"8839f1a6fd3b9c27","RuleID":"5de7edfa648c4d6891dc3e7f84534ffa","Source":"firewallManaged"}`,
    // Ray and rule ids are not ours; the injected tail is no part of the address.
    expected: [
      ['IP_ADDRESS', '93.211.74.186'],
      ['EMAIL', 'b.oezdemir%40t-online.de'],
      ['IP_ADDRESS', '2001:16b8:2d4c:7e00:a1c9:3f02:84b7:55de'],
      ['EMAIL', 'jule.amberger%40gmx.net'],
    ],
  },
  {
    name: 'AWS WAF log: the SQL injection rule set blocks a quote request because of an apostrophe in a percent-encoded Irish surname; args with a given name, a dob and a mobile',
    gap: "PERSON: the header name User-Agent (a headers list's name/value pair) is taken for a person",
    text: `Customers with an apostrophe in their name can't get a quote. WAF log:
{"timestamp":1715670729118,"formatVersion":1,"webaclId":"arn:aws:wafv2:eu-west-1:418273645091:regional/webacl/api-prod/5f1c8e2a-7b3d-4c9e-a1f0-2d4b6c8e0a1f","terminatingRuleId":"AWS-AWSManagedRulesSQLiRuleSet","terminatingRuleType":"MANAGED_RULE_GROUP","action":"BLOCK","terminatingRuleMatchDetails":[{"conditionType":"SQL_INJECTION","location":"QUERY_STRING","matchedData":["'","Rourke"]}],"httpSourceName":"ALB","httpSourceId":"418273645091-app/api-prod/50dc6c495c0c9188","ruleGroupList":[],"rateBasedRuleList":[],"nonTerminatingMatchingRules":[],"httpRequest":{"clientIp":"81.107.214.33","country":"GB","headers":[{"name":"Host","value":"api.kestrel-insure.co.uk"},{"name":"X-Forwarded-For","value":"81.107.214.33"},{"name":"User-Agent","value":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"}],"uri":"/v1/quotes","args":"surname=O%27Rourke&first_name=Siobh%C3%A1n&dob=1987-11-04&postcode=BT9%206AZ&mobile=07912%20448301&cover=comprehensive","httpVersion":"HTTP/2.0","httpMethod":"GET","requestId":"1-6643a1c9-4b7e2d8f1a3c5e7b9d0f2a4c"}}`,
    // The postcode and the request id are not ours.
    expected: [
      ['IP_ADDRESS', '81.107.214.33'],
      ['IP_ADDRESS', '81.107.214.33'],
      ['PERSON', 'O%27Rourke'],
      ['PERSON', 'Siobh%C3%A1n'],
      ['DATE_OF_BIRTH', '1987-11-04'],
      ['PHONE', '07912%20448301'],
    ],
  },
  {
    name: 'Fastly syslog lines of an SSO redirect loop: a login hint, a return_to URL with the address encoded twice, and a SAML RelayState that encodes the whole chain once more',
    text: `Users get stuck in a redirect loop after accepting an invite. Fastly real-time log (syslog endpoint):
<134>2024-05-14T08:03:11Z cache-fra-eddf8230071 kestrel-app[418]: 2a02:8108:4a40:1c00:9d3e:52f1:c7a4:18b2 "GET /login?login_hint=tomas.lindqvist%40telia.se&return_to=%2Finvite%2Faccept%3Femail%3Dtomas.lindqvist%2540telia.se%26team%3Dfinance HTTP/2" 302 MISS 0.004
<134>2024-05-14T08:03:11Z cache-fra-eddf8230071 kestrel-app[418]: 2a02:8108:4a40:1c00:9d3e:52f1:c7a4:18b2 "GET /sso/saml/start?RelayState=https%3A%2F%2Fapp.kestrel.io%2Flogin%3Flogin_hint%3Dtomas.lindqvist%2540telia.se%26return_to%3D%252Finvite%252Faccept%253Femail%253Dtomas.lindqvist%252540telia.se%2526team%253Dfinance HTTP/2" 302 MISS 0.003
<134>2024-05-14T08:03:12Z cache-fra-eddf8230071 kestrel-app[418]: 2a02:8108:4a40:1c00:9d3e:52f1:c7a4:18b2 "GET /login?login_hint=tomas.lindqvist%40telia.se&return_to=%2Finvite%2Faccept%3Femail%3Dtomas.lindqvist%2540telia.se%26team%3Dfinance HTTP/2" 302 HIT 0.001`,
    // Each level of nesting encodes the % of the level inside it once more (%40, %2540, %252540).
    expected: [
      ['IP_ADDRESS', '2a02:8108:4a40:1c00:9d3e:52f1:c7a4:18b2'],
      ['EMAIL', 'tomas.lindqvist%40telia.se'],
      ['EMAIL', 'tomas.lindqvist%2540telia.se'],
      ['IP_ADDRESS', '2a02:8108:4a40:1c00:9d3e:52f1:c7a4:18b2'],
      ['EMAIL', 'tomas.lindqvist%2540telia.se'],
      ['EMAIL', 'tomas.lindqvist%252540telia.se'],
      ['IP_ADDRESS', '2a02:8108:4a40:1c00:9d3e:52f1:c7a4:18b2'],
      ['EMAIL', 'tomas.lindqvist%40telia.se'],
      ['EMAIL', 'tomas.lindqvist%2540telia.se'],
    ],
  },
  {
    name: 'Laravel error log (Polish) quoting a SEPA mandate form body: UTF-8 percent-encoded given and family name, an encoded e-mail, a phone and an IBAN with + for spaces',
    text: `[2024-05-14 10:22:41] production.ERROR: Validation failed for POST /mandat-sepa {"ip":"83.31.204.117","body":"imie=Ma%C5%82gorzata&nazwisko=Wr%C3%B3blewska-Nowak&email=m.wroblewska%40interia.pl&telefon=%2B48+601+284+937&iban=PL87+1020+5561+0000+3202+1147+8852&zgoda_rodo=1","errors":{"iban":["Nieprawidłowy numer rachunku."]}}
Dlaczego walidacja odrzuca poprawny IBAN?`,
    expected: [
      ['IP_ADDRESS', '83.31.204.117'],
      ['PERSON', 'Ma%C5%82gorzata'],
      ['PERSON', 'Wr%C3%B3blewska-Nowak'],
      ['EMAIL', 'm.wroblewska%40interia.pl'],
      ['PHONE', '%2B48+601+284+937'],
      ['IBAN', 'PL87+1020+5561+0000+3202+1147+8852'],
    ],
  },
  {
    name: 'GA4 collect hit from a consent audit: the page location (dl) carries a thank-you URL whose e-mail and phone parameters are now encoded twice; client and session ids beside them',
    text: `Our GA4 audit says we send PII in page_location. Which parameter leaks it, and how do we strip it in GTM?

https://region1.google-analytics.com/g/collect?v=2&tid=G-7KQ2M8R4LX&gtm=45je45e0v9z8&_p=1715678241118&cid=1738204419.1715678101&ul=sv-se&sr=1440x900&_s=3&sid=1715678101&sct=4&seg=1&dl=https%3A%2F%2Fshop.kestrel.se%2Fcheckout%2Ftack%3Forder%3D88412%26email%3Dkarin.lundgren%2540telia.se%26tel%3D%252B46704128395&dr=https%3A%2F%2Fcheckout.klarna.com%2F&dt=Tack%20f%C3%B6r%20din%20best%C3%A4llning&en=purchase&ep.transaction_id=88412&epn.value=1249&cu=SEK`,
    // The measurement id, client id (cid) and session id are pseudonymous ids, none of our types.
    expected: [
      ['EMAIL', 'karin.lundgren%2540telia.se'],
      ['PHONE', '%252B46704128395'],
    ],
  },
  {
    name: 'nginx access log of one-click unsubscribes: the e= parameter is the base64 of the subscriber address, then percent-encoded',
    text: `Someone says they never unsubscribed. Which address is this?
90.84.213.17 - - [14/May/2024:06:58:03 +0200] "GET /u/unsubscribe?e=bWFyaWUuZHVib2lzLmx5b25Ab3JhbmdlLmZy&l=7&s=9f2c1e HTTP/1.1" 200 1843 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
90.84.213.17 - - [14/May/2024:06:58:04 +0200] "GET /static/css/unsub.3f9a1c.css HTTP/1.1" 200 4112 "https://news.kestrel-outdoor.fr/u/unsubscribe" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"`,
    // The base64 value decodes to marie.dubois.lyon@orange.fr: the span is the whole encoded value.
    expected: [
      ['IP_ADDRESS', '90.84.213.17'],
      ['EMAIL', 'bWFyaWUuZHVib2lzLmx5b25Ab3JhbmdlLmZy'],
      ['IP_ADDRESS', '90.84.213.17'],
    ],
  },
  {
    name: 'Express (morgan) log of a restaurant booking API: a percent-encoded Japanese name and a phone in the query, an IPv4-mapped client address',
    text: `::ffff:126.33.18.201 - - [14/May/2024:01:15:32 +0000] "GET /api/reservations?name=%E5%B1%B1%E6%9C%AC%20%E5%A4%A7%E8%BC%94&tel=090-6127-4483&party=4&date=2024-05-18 HTTP/1.1" 200 512 "https://reserve.kestrel-dining.jp/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
::ffff:126.33.18.201 - - [14/May/2024:01:15:40 +0000] "POST /api/reservations HTTP/1.1" 409 61 "https://reserve.kestrel-dining.jp/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
予約が409になる原因は？`,
    expected: [
      ['IP_ADDRESS', '::ffff:126.33.18.201'],
      ['PERSON', '%E5%B1%B1%E6%9C%AC%20%E5%A4%A7%E8%BC%94'],
      ['PHONE', '090-6127-4483'],
      ['IP_ADDRESS', '::ffff:126.33.18.201'],
    ],
  },
  {
    name: 'nginx error log (French): an upstream timeout on a reverse phone lookup, the encoded number in the request and in the upstream URL',
    text: `2024/05/14 11:02:37 [error] 31#31: *48213 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 78.192.45.118, server: api.kestrel.fr, request: "GET /v2/lookup?q=%2B33%206%2048%2090%2017%2025&country=FR HTTP/1.1", upstream: "http://10.0.4.17:8080/v2/lookup?q=%2B33%206%2048%2090%2017%2025&country=FR", host: "api.kestrel.fr"
Pourquoi le lookup est si lent sur certains numéros ?`,
    expected: [
      ['IP_ADDRESS', '78.192.45.118'],
      ['PHONE', '%2B33%206%2048%2090%2017%2025'],
      ['IP_ADDRESS', '10.0.4.17'],
      ['PHONE', '%2B33%206%2048%2090%2017%2025'],
    ],
  },
  {
    name: 'Zendesk target posting a form-urlencoded ticket to a webhook (Brazilian Portuguese): a name with + for spaces, an encoded e-mail, a phone, and a second phone inside the encoded comment',
    text: `POST /hooks/zendesk HTTP/1.1
Host: ops.kestrel.com.br
Content-Type: application/x-www-form-urlencoded
Content-Length: 388

ticket_id=55120&requester_name=Ana+Beatriz+Moura+Lacerda&requester_email=anabeatriz.lacerda%40uol.com.br&requester_phone=%2B55+11+98472-3316&subject=Reembolso+do+pedido+%2388412&comment=Ol%C3%A1%2C+troquei+de+n%C3%BAmero%2C+meu+novo+celular+%C3%A9+%2811%29+97714-2280.+Obrigada%21&priority=normal`,
    expected: [
      ['PERSON', 'Ana+Beatriz+Moura+Lacerda'],
      ['EMAIL', 'anabeatriz.lacerda%40uol.com.br'],
      ['PHONE', '%2B55+11+98472-3316'],
      ['PHONE', '%2811%29+97714-2280'],
    ],
  },
  {
    name: 'Microsoft Entra error redirect: AADSTS50105 in error_description names the signed-in user by a percent-encoded address among application, trace and correlation ids',
    text: `After SSO we land on this URL and the app shows a blank page:
https://app.kestrel.se/auth/callback?error=access_denied&error_description=AADSTS50105%3A+Your+administrator+has+configured+the+application+Kestrel+Analytics+%28%27c5f1d2e3-7a4b-4c8d-9e0f-1a2b3c4d5e6f%27%29+to+block+users+unless+they+are+specifically+granted+%28%27assigned%27%29+access+to+the+application.+The+signed+in+user+%27anna.lindgren%40kestrel.se%27+is+blocked+because+they+are+not+a+direct+member+of+a+group+with+access%2C+nor+had+access+directly+assigned+by+an+administrator.+Please+visit+the+Azure+portal+to+assign+access+to+this+application.%0D%0ATrace+ID%3A+7f3c9a2e-1b4d-4e8f-a2c6-3d5e7f9a1b2c%0D%0ACorrelation+ID%3A+2b4d6f8a-0c1e-4a3b-9d5f-7e9a1c3b5d7f%0D%0ATimestamp%3A+2024-05-14+09%3A12%3A44Z&state=a8f3c1e9b2d7&session_state=c1e9b2d7-a8f3-4c1e-9b2d-7a8f3c1e9b2d`,
    expected: [['EMAIL', 'anna.lindgren%40kestrel.se']],
  },
  {
    name: 'Chrome "Copy as cURL" with a Mixpanel cookie holding URL-encoded JSON (distinct_id and $user_id are the user\'s address), an express-session cookie and Google Analytics ids',
    text: `curl 'https://app.kestrel.at/api/me' \\
  -H 'accept: application/json' \\
  -H 'cookie: mp_3f8c1e2a9b7d4c6e5f0a1b2c3d4e5f6a_mixpanel=%7B%22distinct_id%22%3A%22lukas.brenner%40a1.net%22%2C%22%24device_id%22%3A%2218f7a2c4e1b-0d3f9a2e7c4b1-26001d51-13c680-18f7a2c4e1b%22%2C%22%24initial_referrer%22%3A%22%24direct%22%2C%22%24initial_referring_domain%22%3A%22%24direct%22%2C%22%24user_id%22%3A%22lukas.brenner%40a1.net%22%7D; connect.sid=${sessionCookie}; _ga=GA1.1.1738204419.1715678101; _ga_7KQ2M8R4LX=GS1.1.1715678101.4.1.1715678241.0.0.0' \\
  -H 'referer: https://app.kestrel.at/settings/profile' \\
  -H 'user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'
returns 401 although I'm logged in — is the cookie too big?`,
    // The Mixpanel project token in the cookie name is public; the session cookie is a credential.
    expected: [
      ['EMAIL', 'lukas.brenner%40a1.net'],
      ['EMAIL', 'lukas.brenner%40a1.net'],
      ['SECRET', sessionCookie],
    ],
  },
  // ---------------------------------------------------------------- HTML entities in scraped pages, exports and mail
  {
    name: 'scraped team page of a WordPress site: antispambot() writes each address with a random mix of decimal entities and plain letters, differently in the href and the link text',
    text: `I'm scraping this practice's team page with BeautifulSoup and the e-mails come out as gibberish. Page source:

<div class="team-grid">
  <div class="team-member"><img src="/wp-content/uploads/2023/09/albrecht-300x300.jpg" alt="">
    <h3>Dr. Friederike Albrecht-Nguyen</h3><p>Fachärztin für Allgemeinmedizin</p>
    <p><a href="mailto:&#102;&#46;a&#108;brec&#104;&#116;-&#110;gu&#121;en&#64;&#112;&#114;a&#120;&#105;&#115;&#45;a&#108;b&#114;&#101;ch&#116;.&#100;&#101;">&#102;&#46;&#97;l&#98;re&#99;&#104;&#116;-nguy&#101;&#110;&#64;praxi&#115;&#45;&#97;&#108;&#98;&#114;e&#99;&#104;t&#46;de</a></p></div>
  <div class="team-member"><img src="/wp-content/uploads/2023/09/kessler-300x300.jpg" alt="">
    <h3>Martin Keßler</h3><p>Praxismanager</p>
    <p><a href="mailto:&#109;&#46;ke&#115;&#115;le&#114;&#64;&#112;rax&#105;&#115;&#45;a&#108;&#98;&#114;&#101;c&#104;t.de">&#109;.&#107;es&#115;&#108;&#101;&#114;&#64;pr&#97;&#120;is&#45;&#97;l&#98;&#114;ec&#104;&#116;.de</a></p></div>
</div>`,
    // Image file names hold family names but name no one by themselves.
    expected: [
      ['PERSON', 'Friederike Albrecht-Nguyen'],
      [
        'EMAIL',
        '&#102;&#46;a&#108;brec&#104;&#116;-&#110;gu&#121;en&#64;&#112;&#114;a&#120;&#105;&#115;&#45;a&#108;b&#114;&#101;ch&#116;.&#100;&#101;',
      ],
      [
        'EMAIL',
        '&#102;&#46;&#97;l&#98;re&#99;&#104;&#116;-nguy&#101;&#110;&#64;praxi&#115;&#45;&#97;&#108;&#98;&#114;e&#99;&#104;t&#46;de',
      ],
      ['PERSON', 'Martin Keßler'],
      [
        'EMAIL',
        '&#109;&#46;ke&#115;&#115;le&#114;&#64;&#112;rax&#105;&#115;&#45;a&#108;&#98;&#114;&#101;c&#104;t.de',
      ],
      [
        'EMAIL',
        '&#109;.&#107;es&#115;&#108;&#101;&#114;&#64;pr&#97;&#120;is&#45;&#97;l&#98;&#114;ec&#104;&#116;.de',
      ],
    ],
  },
  {
    name: 'scraped contact block behind Cloudflare e-mail obfuscation: the address is only in the data-cfemail and /cdn-cgi/l/email-protection hex (XOR with its first byte)',
    text: `Why does requests.get() give me "[email protected]" instead of the address? The HTML:

<div class="contact">
  <p><strong>Ansprechpartner:</strong> Jonas Reithmayr, Vertrieb Süd</p>
  <p>E-Mail: <a href="/cdn-cgi/l/email-protection#5c3633323d2f722e39352834313d252e1c37392f282e3930712b392e372639293b723839"><span class="__cf_email__" data-cfemail="5c3633323d2f722e39352834313d252e1c37392f282e3930712b392e372639293b723839">[email&#160;protected]</span></a></p>
  <p>Telefon: +49 821 455 120-37</p>
</div>
<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script>`,
    // The hex decodes (each byte XOR 0x5c) to jonas.reithmayr@kestrel-werkzeug.de.
    expected: [
      ['PERSON', 'Jonas Reithmayr'],
      ['EMAIL', '5c3633323d2f722e39352834313d252e1c37392f282e3930712b392e372639293b723839'],
      ['EMAIL', '5c3633323d2f722e39352834313d252e1c37392f282e3930712b392e372639293b723839'],
      ['PHONE', '+49 821 455 120-37'],
    ],
  },
  {
    name: "furniture shop footer with a phone written digit by digit as decimal entities (in the tel: link and the text), named entities in the owner's name and &commat;/&period; in the address",
    text: `<footer class="impressum">Inhaber: Bj&ouml;rn Stra&szlig;burger &middot; Tel. <a href="tel:&#43;&#52;&#57;&#51;&#48;&#50;&#50;&#56;&#49;&#55;&#52;&#48;&#57;">&#43;&#52;&#57;&nbsp;&#51;&#48;&nbsp;&#50;&#50;&#56;&#49;&#55;&#52;&#48;&#57;</a> &middot; E-Mail: kontakt&commat;strassburger-moebel&period;de &middot; USt-IdNr. DE&nbsp;287&nbsp;441&nbsp;902</footer>`,
    // The VAT number belongs to the firm; a shop's contact mailbox on a real domain counts.
    expected: [
      ['PERSON', 'Bj&ouml;rn Stra&szlig;burger'],
      ['PHONE', '&#43;&#52;&#57;&#51;&#48;&#50;&#50;&#56;&#49;&#55;&#52;&#48;&#57;'],
      ['PHONE', '&#43;&#52;&#57;&nbsp;&#51;&#48;&nbsp;&#50;&#50;&#56;&#49;&#55;&#52;&#48;&#57;'],
      ['EMAIL', 'kontakt&commat;strassburger-moebel&period;de'],
    ],
  },
  {
    name: 'WordPress WXR export of a comment (Polish) after a bad import: CDATA author fields, the commenter IP, and a comment body whose entities were escaped twice (&amp;#64;, &amp;nbsp;)',
    text: `<item>
  <title>Wynajem kajaków – cennik 2024</title>
  <wp:post_id>4471</wp:post_id>
  <wp:comment>
    <wp:comment_id>918</wp:comment_id>
    <wp:comment_author><![CDATA[Małgorzata Pietrzyk]]></wp:comment_author>
    <wp:comment_author_email><![CDATA[m.pietrzyk@o2.pl]]></wp:comment_author_email>
    <wp:comment_author_IP><![CDATA[83.24.117.9]]></wp:comment_author_IP>
    <wp:comment_date><![CDATA[2024-05-12 18:40:11]]></wp:comment_date>
    <wp:comment_content><![CDATA[Czy są wolne terminy w czerwcu? Proszę o kontakt: gosia.pietrzyk&amp;#64;gmail.com lub tel. 692&amp;nbsp;418&amp;nbsp;305]]></wp:comment_content>
    <wp:comment_approved><![CDATA[1]]></wp:comment_approved>
  </wp:comment>
</item>`,
    expected: [
      ['PERSON', 'Małgorzata Pietrzyk'],
      ['EMAIL', 'm.pietrzyk@o2.pl'],
      ['IP_ADDRESS', '83.24.117.9'],
      ['EMAIL', 'gosia.pietrzyk&amp;#64;gmail.com'],
      ['PHONE', '692&amp;nbsp;418&amp;nbsp;305'],
    ],
  },
  {
    name: 'SOAP response from a Java service that writes non-ASCII as hex character references: a French customer with separate name fields, a BirthDate and a phone with &#xA0; spaces',
    text: `Le champ LastName arrive tronqué dans notre ETL, voici la réponse brute :
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ns2:GetCustomerResponse xmlns:ns2="urn:kestrel:crm:v2"><ns2:Customer><ns2:Id>88412</ns2:Id><ns2:FirstName>Ren&#xE9;e</ns2:FirstName><ns2:LastName>Lef&#xE8;vre-Ch&#xE2;telain</ns2:LastName><ns2:BirthDate>1979-02-14</ns2:BirthDate><ns2:Email>renee.lefevre-chatelain@free.fr</ns2:Email><ns2:Phone>+33&#xA0;6&#xA0;71&#xA0;92&#xA0;04&#xA0;58</ns2:Phone><ns2:Segment>PARTICULIER</ns2:Segment></ns2:Customer></ns2:GetCustomerResponse></soap:Body></soap:Envelope>`,
    expected: [
      ['PERSON', 'Ren&#xE9;e'],
      ['PERSON', 'Lef&#xE8;vre-Ch&#xE2;telain'],
      ['DATE_OF_BIRTH', '1979-02-14'],
      ['EMAIL', 'renee.lefevre-chatelain@free.fr'],
      ['PHONE', '+33&#xA0;6&#xA0;71&#xA0;92&#xA0;04&#xA0;58'],
    ],
  },
  {
    name: 'Outlook HTML signature (Polish) with &#243; in the name, &nbsp; inside the mobile and &#64; in the mailto and the visible address',
    text: `<p class=MsoNormal><span style='font-size:10.0pt;font-family:"Segoe UI",sans-serif;color:#1F3864'>Z pozdrowieniami<br><b>Paulina Kr&#243;l</b><br>Key Account Manager<br>M:&nbsp;+48&nbsp;698&nbsp;115&nbsp;402<br><a href="mailto:paulina.krol&#64;kestrel-logistics.pl"><span style='color:#0563C1'>paulina.krol&#64;kestrel-logistics.pl</span></a><br>Kestrel Logistics Sp. z o.o. &#183; ul. Marsza&#322;kowska 140 &#183; 00-061 Warszawa</span></p>`,
    // The street is named after no one in particular; the firm's name and address are not ours.
    expected: [
      ['PERSON', 'Paulina Kr&#243;l'],
      ['PHONE', '+48&nbsp;698&nbsp;115&nbsp;402'],
      ['EMAIL', 'paulina.krol&#64;kestrel-logistics.pl'],
      ['EMAIL', 'paulina.krol&#64;kestrel-logistics.pl'],
    ],
  },
  // ---------------------------------------------------------------- JSON \u escapes, JSON in JSON, .properties
  {
    name: 'Go service log (zap, JSON): encoding/json writes < and > as \\u003c and \\u003e around the recipient addresses of a bounced reminder',
    text: `{"level":"error","ts":"2024-05-14T10:15:32.118Z","caller":"mailer/send.go:88","msg":"smtp: 550 5.1.1 recipient rejected","to":"Lea-Sophie Vogt \\u003clea-sophie.vogt@posteo.de\\u003e","cc":"Buchhaltung \\u003cbuchhaltung@kestrel-moebel.de\\u003e","template":"invoice_reminder","invoice":"RE-2024-0412","attempt":3}
{"level":"info","ts":"2024-05-14T10:15:32.121Z","caller":"mailer/queue.go:141","msg":"moved to dead letter","id":"01HXR7Q2M8R4LX9T3VK6N0B5C1"}`,
    // "Buchhaltung" is a department; its mailbox on a real domain counts. The ULID is a message id.
    expected: [
      ['PERSON', 'Lea-Sophie Vogt'],
      ['EMAIL', 'lea-sophie.vogt@posteo.de'],
      ['EMAIL', 'buchhaltung@kestrel-moebel.de'],
    ],
  },
  {
    name: 'CloudWatch line of a Lambda behind API Gateway: the event printed as JSON, its body a JSON string inside it (names with \\u escapes, escaped quotes), a client IP and a CloudFront hop',
    text: `Why does JSON.parse(event.body) give me the names with backslashes in DynamoDB?
2024-05-14T10:15:32.118Z	7f3c9a2e-1b4d-4e8f-a2c6-3d5e7f9a1b2c	INFO	event: {"resource":"/orders","path":"/orders","httpMethod":"POST","headers":{"content-type":"application/json","x-forwarded-for":"95.91.244.12, 130.176.98.17","x-amzn-trace-id":"Root=1-6643a1c9-4b7e2d8f1a3c5e7b9d0f2a4c"},"requestContext":{"stage":"prod","requestId":"c5f1d2e3-7a4b-4c8d-9e0f-1a2b3c4d5e6f","identity":{"sourceIp":"95.91.244.12","userAgent":"okhttp/4.12.0"}},"body":"{\\"customer\\":{\\"firstName\\":\\"Jos\\\\u00e9 Mar\\\\u00eda\\",\\"lastName\\":\\"Ib\\\\u00e1\\\\u00f1ez Ru\\\\u00edz\\",\\"email\\":\\"jm.ibanez.ruiz@telefonica.net\\",\\"phone\\":\\"+34 622 481 930\\"},\\"items\\":[{\\"sku\\":\\"KST-4471\\",\\"qty\\":2}],\\"coupon\\":\\"PRIMAVERA24\\"}","isBase64Encoded":false}`,
    // firstName and lastName are separate fields: two spans, written as they appear (\\u00e9 with its escaped backslash).
    expected: [
      ['IP_ADDRESS', '95.91.244.12'],
      ['IP_ADDRESS', '130.176.98.17'],
      ['IP_ADDRESS', '95.91.244.12'],
      ['PERSON', 'Jos\\\\u00e9 Mar\\\\u00eda'],
      ['PERSON', 'Ib\\\\u00e1\\\\u00f1ez Ru\\\\u00edz'],
      ['EMAIL', 'jm.ibanez.ruiz@telefonica.net'],
      ['PHONE', '+34 622 481 930'],
    ],
  },
  {
    name: "SQS event from an SNS subscription printed by a Lambda: a .NET publisher's message (\\u escapes for ö and for +) inside the SNS envelope's Message string inside the SQS body string",
    text: `This message keeps going to the DLQ after 3 receives — the parser says "unexpected token". Here is the event:
{"Records":[{"messageId":"9d0f2a4c-1b3e-4d5f-8a7c-6e5d4c3b2a19","receiptHandle":"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a","body":"{\\n  \\"Type\\" : \\"Notification\\",\\n  \\"MessageId\\" : \\"5f1c8e2a-7b3d-4c9e-a1f0-2d4b6c8e0a1f\\",\\n  \\"TopicArn\\" : \\"arn:aws:sns:eu-north-1:418273645091:orders-placed\\",\\n  \\"Message\\" : \\"{\\\\\\"orderId\\\\\\":\\\\\\"SE-88412\\\\\\",\\\\\\"customer\\\\\\":{\\\\\\"name\\\\\\":\\\\\\"G\\\\\\\\u00f6ran Sj\\\\\\\\u00f6berg\\\\\\",\\\\\\"email\\\\\\":\\\\\\"goran.sjoberg@bredband.net\\\\\\",\\\\\\"phone\\\\\\":\\\\\\"\\\\\\\\u002B46 70 412 83 95\\\\\\"},\\\\\\"total\\\\\\":1249.0,\\\\\\"currency\\\\\\":\\\\\\"SEK\\\\\\"}\\",\\n  \\"Timestamp\\" : \\"2024-05-14T10:15:32.118Z\\",\\n  \\"SignatureVersion\\" : \\"1\\"\\n}","attributes":{"ApproximateReceiveCount":"3","SentTimestamp":"1715681732118"},"eventSource":"aws:sqs","awsRegion":"eu-north-1"}]}`,
    // Three levels of JSON strings: the escapes double at each level, and each span is the value as it appears.
    expected: [
      ['PERSON', 'G\\\\\\\\u00f6ran Sj\\\\\\\\u00f6berg'],
      ['EMAIL', 'goran.sjoberg@bredband.net'],
      ['PHONE', '\\\\\\\\u002B46 70 412 83 95'],
    ],
  },
  {
    name: "JSON-LD in a dental practice's page: the developer wrote the @ of the e-mail as \\u0040; a founder Person with titles before the name and a practice telephone",
    text: `Google's Rich Results test says the email is invalid. Our JSON-LD:
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Dentist",
  "name": "Zahnarztpraxis am Westerberg",
  "telephone": "+49 541 4409 2270",
  "email": "praxis.wallenhorst\\u0040osnanet.de",
  "address": {"@type": "PostalAddress", "streetAddress": "Lotter Straße 112", "postalCode": "49078", "addressLocality": "Osnabrück"},
  "founder": {"@type": "Person", "name": "Dr. med. dent. Kerstin Wallenhorst"},
  "openingHours": "Mo-Fr 08:00-18:00"
}
</script>`,
    // A practice's phone counts like any business phone; the address is none of our types.
    expected: [
      ['PHONE', '+49 541 4409 2270'],
      ['EMAIL', 'praxis.wallenhorst\\u0040osnanet.de'],
      ['PERSON', 'Kerstin Wallenhorst'],
    ],
  },
  {
    name: 'Laravel debug log of a PHP json_encode payload (Greek): the name written as \\u escapes, slashes escaped in a URL, a birthday key and a mobile',
    text: `[2024-05-14 10:15:32] local.DEBUG: CRM sync payload {"customer":{"id":3318,"full_name":"\\u0395\\u03bb\\u03ad\\u03bd\\u03b7 \\u039a\\u03b1\\u03c1\\u03b1\\u03b3\\u03b9\\u03ac\\u03bd\\u03bd\\u03b7","email":"eleni.karagianni@otenet.gr","mobile":"+30 697 204 1186","birthday":"1990-07-21","profile":"https:\\/\\/crm.kestrel.gr\\/c\\/3318","segment":"\\u03a7\\u03bf\\u03bd\\u03b4\\u03c1\\u03b9\\u03ba\\u03ae"}}
Γιατί το CRM δείχνει \\u03a7... αντί για ελληνικά;`,
    // The segment decodes to Χονδρική (wholesale).
    expected: [
      [
        'PERSON',
        '\\u0395\\u03bb\\u03ad\\u03bd\\u03b7 \\u039a\\u03b1\\u03c1\\u03b1\\u03b3\\u03b9\\u03ac\\u03bd\\u03bd\\u03b7',
      ],
      ['EMAIL', 'eleni.karagianni@otenet.gr'],
      ['PHONE', '+30 697 204 1186'],
      ['DATE_OF_BIRTH', '1990-07-21'],
    ],
  },
  {
    name: "Java messages_cs.properties after native2ascii: the support contact's name in \\u escapes beside a plain e-mail and phone, and a footer with an escaped copyright sign",
    text: `Proč se v patičce zobrazuje "?" místo ©? Soubor:
# messages_cs.properties (ISO-8859-1, native2ascii)
support.contact.name=Ji\\u0159\\u00ed Proch\\u00e1zka
support.contact.email=jiri.prochazka@kestrel.cz
support.contact.phone=+420 731 208 644
footer.copyright=\\u00a9 2024 Kestrel s.r.o.
error.required=Pole je povinn\\u00e9.
button.submit=Odeslat`,
    expected: [
      ['PERSON', 'Ji\\u0159\\u00ed Proch\\u00e1zka'],
      ['EMAIL', 'jiri.prochazka@kestrel.cz'],
      ['PHONE', '+420 731 208 644'],
    ],
  },
  // ---------------------------------------------------------------- base64: Basic auth, JWTs, data URLs, attachments, SMTP AUTH, tracking payloads
  {
    name: 'Postman console of a 403: Basic auth whose user name is an e-mail (the header is its base64), the response naming the role',
    text: `POST https://api.kestrel-data.it/v2/exports
Request Headers
  Authorization: Basic ${basicAuthIt}
  Content-Type: application/json
  User-Agent: PostmanRuntime/7.37.3
  Accept: */*
  Postman-Token: 3f2b8c1e-9d4a-4e7b-a1c2-5f6e7d8c9b0a
  Host: api.kestrel-data.it
Request Body
  {"dataset":"vendite_2024","format":"parquet"}
Response Headers
  Content-Type: application/json
Response Body
  {"error":"forbidden","detail":"user not in role 'exporter'"}
Perché 403? L'utente è admin nella UI.`,
    // The base64 holds the user's address and password: one credential. Postman-Token is a request id.
    expected: [['SECRET', basicAuthIt]],
  },
  {
    name: 'API Gateway event with a Cognito ID token in the Authorization header and the authorizer claims decoded beside it (email, given_name, family_name), and the source IP',
    text: `{
  "resource": "/reports/{id}",
  "httpMethod": "GET",
  "headers": {
    "Authorization": "${cognitoIdToken}",
    "Host": "api.kestrel-analytics.pl",
    "X-Forwarded-For": "83.24.117.9"
  },
  "pathParameters": {"id": "q2-sprzedaz"},
  "requestContext": {
    "authorizer": {
      "claims": {
        "sub": "7c1e9a2e-4b3d-4f8a-9c6e-2d1f0a3b5c7e",
        "email_verified": "true",
        "given_name": "Dorota",
        "family_name": "Szymańska",
        "email": "dorota.szymanska@onet.pl",
        "token_use": "id",
        "auth_time": "1715670000"
      }
    },
    "identity": {"sourceIp": "83.24.117.9"}
  }
}
The handler reads claims.email but gets undefined in the new stage — why?`,
    // The token's payload holds the same e-mail and names; they go with the token.
    expected: [
      ['SECRET', cognitoIdToken],
      ['IP_ADDRESS', '83.24.117.9'],
      ['PERSON', 'Dorota'],
      ['PERSON', 'Szymańska'],
      ['EMAIL', 'dorota.szymanska@onet.pl'],
      ['IP_ADDRESS', '83.24.117.9'],
    ],
  },
  {
    name: 'estate agent page (Dutch) with a "save contact" button: a data:text/vcard;base64 URL holding a vCard with FN, N and EMAIL, next to the agent\'s name on the page',
    text: `<div class="makelaar-card">
  <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="lazy" data-src="/img/team/mvdh.webp" alt="">
  <h4>Maarten van der Heijden</h4>
  <p>Register makelaar-taxateur</p>
  <a class="btn btn-outline" download="contact.vcf" href="data:text/vcard;base64,QkVHSU46VkNBUkQNClZFUlNJT046My4wDQpGTjpNYWFydGVuIHZhbiBkZXIgSGVpamRlbg0KTjp2YW4gZGVyIEhlaWpkZW47TWFhcnRlbjs7Ow0KRU1BSUw7VFlQRT1JTlRFUk5FVDptLnZhbmRlcmhlaWpkZW5AemlnZ28ubmwNCkVORDpWQ0FSRA0K">Contact opslaan</a>
</div>`,
    // The GIF is a 1×1 placeholder. The vCard names him (FN and N) and holds his address: one
    // finding over the whole base64 value, typed by the address.
    expected: [
      ['PERSON', 'Maarten van der Heijden'],
      [
        'EMAIL',
        'QkVHSU46VkNBUkQNClZFUlNJT046My4wDQpGTjpNYWFydGVuIHZhbiBkZXIgSGVpamRlbg0KTjp2YW4gZGVyIEhlaWpkZW47TWFhcnRlbjs7Ow0KRU1BSUw7VFlQRT1JTlRFUk5FVDptLnZhbmRlcmhlaWpkZW5AemlnZ28ubmwNCkVORDpWQ0FSRA0K',
      ],
    ],
  },
  {
    name: 'Microsoft Graph sendMail request with a CSV file attachment: contentBytes is the base64 of a participant list with one row (a name and an e-mail)',
    text: `POST https://graph.microsoft.com/v1.0/me/sendMail
Content-Type: application/json

{"message":{"subject":"Teilnehmerliste Workshop 14.05.","body":{"contentType":"Text","content":"Anbei die Liste."},"toRecipients":[{"emailAddress":{"address":"events@kestrel-akademie.de"}}],"attachments":[{"@odata.type":"#microsoft.graph.fileAttachment","name":"teilnehmer.csv","contentType":"text/csv","contentBytes":"TmFtZTtFLU1haWw7RmlybWENClRvbWFzeiBXaWVjem9yZWs7dC53aWVjem9yZWtAb25ldC5wbDtLZXN0cmVsIFNwLiB6IG8uby4NCg=="}]},"saveToSentItems":true}

Die Mail kommt an, aber die CSV ist leer — ist das Encoding falsch?`,
    // The attachment decodes to a header and one participant, Tomasz Wieczorek, t.wieczorek@onet.pl:
    // one finding over the whole base64 value, typed by the address.
    expected: [
      ['EMAIL', 'events@kestrel-akademie.de'],
      [
        'EMAIL',
        'TmFtZTtFLU1haWw7RmlybWENClRvbWFzeiBXaWVjem9yZWs7dC53aWVjem9yZWtAb25ldC5wbDtLZXN0cmVsIFNwLiB6IG8uby4NCg==',
      ],
    ],
  },
  {
    name: "browser network log of the Mixpanel JS library's track call: data= is a base64 JSON event (then percent-encoded) whose properties hold $email",
    text: `Is Mixpanel actually receiving our Signed Up events? DevTools shows:
GET https://api-js.mixpanel.com/track/?data=eyJldmVudCI6IlNpZ25lZCBVcCIsInByb3BlcnRpZXMiOnsidG9rZW4iOiIzZjhjMWUyYTliN2Q0YzZlNWYwYTFiMmMzZDRlNWY2YSIsImRpc3RpbmN0X2lkIjoiMThmN2EyYzRlMWItMGQzZjlhMmU3YzRiMSIsIiRlbWFpbCI6Im5vb3IuaGFkZGFkQG91dGxvb2suY29tIiwicGxhbiI6InRlYW0iLCIkY3VycmVudF91cmwiOiJodHRwczovL2FwcC5rZXN0cmVsLmlvL3dlbGNvbWUiLCJ0aW1lIjoxNzE1Njc4MjQxfX0%3D&ip=1&_=1715678241118 → 200 (1)
GET https://api-js.mixpanel.com/decide/?verbose=1&version=3&lib=web&token=3f8c1e2a9b7d4c6e5f0a1b2c3d4e5f6a&distinct_id=18f7a2c4e1b-0d3f9a2e7c4b1 → 200`,
    // The payload decodes to a Signed Up event with "$email":"noor.haddad@outlook.com"; the project
    // token and the device-style distinct_id are not ours.
    expected: [
      [
        'EMAIL',
        'eyJldmVudCI6IlNpZ25lZCBVcCIsInByb3BlcnRpZXMiOnsidG9rZW4iOiIzZjhjMWUyYTliN2Q0YzZlNWYwYTFiMmMzZDRlNWY2YSIsImRpc3RpbmN0X2lkIjoiMThmN2EyYzRlMWItMGQzZjlhMmU3YzRiMSIsIiRlbWFpbCI6Im5vb3IuaGFkZGFkQG91dGxvb2suY29tIiwicGxhbiI6InRlYW0iLCIkY3VycmVudF91cmwiOiJodHRwczovL2FwcC5rZXN0cmVsLmlvL3dlbGNvbWUiLCJ0aW1lIjoxNzE1Njc4MjQxfX0%3D',
      ],
    ],
  },
  {
    name: 'swaks transcript of SMTP AUTH LOGIN failing: the user name plain on the command line and base64 in the dialogue, the base64 password, and the client address in the EHLO reply',
    text: `$ swaks --to ops@kestrel-logistics.pl --server smtp.kestrel-logistics.pl:587 --tls --auth LOGIN --auth-user piotr.zalewski@kestrel-logistics.pl
Password:
=== Trying smtp.kestrel-logistics.pl:587...
=== Connected to smtp.kestrel-logistics.pl.
<-  220 smtp.kestrel-logistics.pl ESMTP Postfix
 -> EHLO laptop-pz
<-  250-smtp.kestrel-logistics.pl Hello laptop-pz [89.64.51.200]
<-  250-STARTTLS
<-  250 AUTH PLAIN LOGIN
 -> STARTTLS
=== TLS started with cipher TLSv1.3:TLS_AES_256_GCM_SHA384:256
 ~> AUTH LOGIN
<~  334 VXNlcm5hbWU6
 ~> ${smtpUserB64}
<~  334 UGFzc3dvcmQ6
 ~> ${smtpPasswordB64}
<~* 535 5.7.8 Error: authentication failed: authentication failure
 ~> QUIT`,
    // VXNlcm5hbWU6 and UGFzc3dvcmQ6 are the server's prompts "Username:" and "Password:".
    expected: [
      ['EMAIL', 'ops@kestrel-logistics.pl'],
      ['EMAIL', 'piotr.zalewski@kestrel-logistics.pl'],
      ['IP_ADDRESS', '89.64.51.200'],
      ['EMAIL', smtpUserB64],
      ['SECRET', smtpPasswordB64],
    ],
  },
  {
    name: 'raw MIME part pasted from "show original": a text/plain body in base64 (one line) holding a new mobile number and the sender\'s name',
    text: `--000000000000a1c9f40618b2e7d3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

TmV1ZSBIYW5keW51bW1lcjogMDE1MSA0MDkyNzczNgpHcnXDnywgU3ZlbmphIEJyYW5kbA==
--000000000000a1c9f40618b2e7d3--

Unser Parser speichert hier nur Müll — wie dekodiere ich das richtig?`,
    // The body decodes to "Neue Handynummer: 0151 40927736 / Gruß, Svenja Brandl": one finding over
    // the whole base64 value, typed by the number.
    expected: [['PHONE', 'TmV1ZSBIYW5keW51bW1lcjogMDE1MSA0MDkyNzczNgpHcnXDnywgU3ZlbmphIEJyYW5kbA==']],
  },
  {
    name: "Slack message with a form link whose #prefill fragment is base64url JSON with the invitee's name and e-mail",
    gap: 'PERSON: a given name as the sender of a [hh:mm] Name: chat line is missed',
    text: `[10:42] Priya: the onboarding form opens empty for our new analyst even though I used the prefill link: https://forms.kestrel.io/f/onboarding-apac#prefill=eyJuYW1lIjoiUmFodWwgTWVub24iLCJlbWFpbCI6InJhaHVsLm1lbm9uQHRjcy1wYXJ0bmVycy5pbiIsInRlYW0iOiJhcGFjLWZpbmFuY2UifQ
[10:44] Ops bot: Prefill fragments are read client-side; check that the form has hidden fields named name and email.`,
    // The fragment decodes to {"name":"Rahul Menon","email":"rahul.menon@tcs-partners.in",…}: one
    // finding, typed by the address. The sender counts.
    expected: [
      ['PERSON', 'Priya'],
      [
        'EMAIL',
        'eyJuYW1lIjoiUmFodWwgTWVub24iLCJlbWFpbCI6InJhaHVsLm1lbm9uQHRjcy1wYXJ0bmVycy5pbiIsInRlYW0iOiJhcGFjLWZpbmFuY2UifQ',
      ],
    ],
  },
  // ---------------------------------------------------------------- mail: RFC 2047 words, quoted-printable, RFC 2231 file names, bounces
  {
    name: 'raw headers: a B-encoded Greek display name, a Polish name Q-encoded across two encoded words on a folded line, Return-Path and a Q-encoded subject',
    text: `Return-Path: <s.alexiou@otenet.gr>
Received: from mail-ot1.otenet.gr (mail-ot1.otenet.gr [83.235.64.44]) by mx.kestrel-legal.pl (Postfix) with ESMTPS id 4VfQ2m8R4L for <zofia.krzyzanowska@wp.pl>; Tue, 14 May 2024 10:15:32 +0200 (CEST)
From: =?UTF-8?B?zqPOv8+Gzq/OsSDOkc67zrXOvs6vzr/PhQ==?= <s.alexiou@otenet.gr>
To: =?utf-8?q?Zofia_Krzy=C5=BCanowska-?=
 =?utf-8?q?W=C3=B3jcik?= <zofia.krzyzanowska@wp.pl>
Subject: =?UTF-8?Q?Re=3A_Umowa_najmu_=E2=80=93_poprawki?=
Date: Tue, 14 May 2024 11:15:29 +0300
Message-ID: <CAH7x9Qm2Lr4TzKw8Nb3Vd6@mail.gmail.com>
MIME-Version: 1.0`,
    // The B word is Σοφία Αλεξίου; the two Q words join to Zofia Krzyżanowska-Wójcik. The sending
    // server's address is a relay hop, which counts.
    expected: [
      ['EMAIL', 's.alexiou@otenet.gr'],
      ['IP_ADDRESS', '83.235.64.44'],
      ['EMAIL', 'zofia.krzyzanowska@wp.pl'],
      ['PERSON', 'zqPOv8+Gzq/OsSDOkc67zrXOvs6vzr/PhQ=='],
      ['EMAIL', 's.alexiou@otenet.gr'],
      ['PERSON', 'Zofia_Krzy=C5=BCanowska-?=\n =?utf-8?q?W=C3=B3jcik'],
      ['EMAIL', 'zofia.krzyzanowska@wp.pl'],
    ],
  },
  {
    name: 'quoted-printable HTML order mail (German): =3D in attributes, the mailto address with =40 broken by a soft line break, a phone split by another, and a masked card',
    text: `Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<p>Guten Tag Herr M=C3=BCller-Lindenthal,</p>
<p>Ihre Bestellung KST-2024-0512 wurde versandt. R=C3=BCckfragen bitte an <a href=3D"mailto:k=
undenservice=40kestrel-moebel.de">kundenservice@kestrel-moebel.de</a> oder tele=
fonisch unter +49 541 3304 8=
172.</p>
<p>Bezahlt mit Visa =E2=80=A2=E2=80=A2=E2=80=A2=E2=80=A2 4471</p>`,
    // A family name after a title counts; the masked card does not.
    expected: [
      ['PERSON', 'M=C3=BCller-Lindenthal'],
      ['EMAIL', 'k=\nundenservice=40kestrel-moebel.de'],
      ['EMAIL', 'kundenservice@kestrel-moebel.de'],
      ['PHONE', '+49 541 3304 8=\n172'],
    ],
  },
  {
    name: "multipart part of a job application: the file name carries the applicant's name as an RFC 2047 Q word (name=) and as RFC 2231 percent-encoding (filename*=), and the PDF's base64 begins",
    gap: 'PERSON: a name inside an attachment file name, as an RFC 2047 Q word and as RFC 2231 percent-encoding, is missed',
    text: `Our ATS imports the CV as "Lebenslauf_J%C3%BCrgen..." instead of the real file name. The part:
--b1_7f3c9a2e1b4d4e8f
Content-Type: application/pdf; name="=?UTF-8?Q?Lebenslauf=5FJ=C3=BCrgen=5FM=C3=BCller-Brandt.pdf?="
Content-Disposition: attachment; filename*=UTF-8''Lebenslauf_J%C3%BCrgen_M%C3%BCller-Brandt.pdf
Content-Transfer-Encoding: base64

JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29kZT4+
c3RyZWFtCnicrVZLbxs3EL7rV8xRB5vmY7lLCgUKRw+nbfyIYwU+GDnI0spysBLvIdpJVIcJmUkcN
--b1_7f3c9a2e1b4d4e8f--`,
    // The PDF bytes begin %PDF-1.7 and hold no readable value.
    expected: [
      ['PERSON', 'J=C3=BCrgen=5FM=C3=BCller-Brandt'],
      ['PERSON', 'J%C3%BCrgen_M%C3%BCller-Brandt'],
    ],
  },
  {
    name: "delivery status notification from a Japanese carrier: Final-Recipient and Original-Recipient, the diagnostic, and the returned message's quoted-printable greeting with 様",
    text: `This is the mail system at host mx.kestrel-travel.jp.
I'm sorry to have to inform you that your message could not be delivered.

--4VfQ2m8R4L.1715678241/mx.kestrel-travel.jp
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kestrel-travel.jp
Final-Recipient: rfc822; h.tanaka@softbank.ne.jp
Original-Recipient: rfc822;h.tanaka@softbank.ne.jp
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.softbank.ne.jp
Diagnostic-Code: smtp; 550 5.1.1 <h.tanaka@softbank.ne.jp>: Recipient address rejected: User unknown

--4VfQ2m8R4L.1715678241/mx.kestrel-travel.jp
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=E7=94=B0=E4=B8=AD =E5=8D=9A=E4=B9=8B=E6=A7=98
=E3=81=94=E4=BA=88=E7=B4=84=E3=81=82=E3=82=8A=E3=81=8C=E3=81=A8=E3=81=86=E3=
=81=94=E3=81=96=E3=81=84=E3=81=BE=E3=81=99=E3=80=82`,
    // 様 is an honorific, no part of the name; the second line is ご予約ありがとうございます。
    expected: [
      ['EMAIL', 'h.tanaka@softbank.ne.jp'],
      ['EMAIL', 'h.tanaka@softbank.ne.jp'],
      ['EMAIL', 'h.tanaka@softbank.ne.jp'],
      ['PERSON', '=E7=94=B0=E4=B8=AD =E5=8D=9A=E4=B9=8B'],
    ],
  },
  // ---------------------------------------------------------------- invisible characters: bidi marks, zero-width, narrow no-break spaces, BOMs
  {
    name: 'WhatsApp chat export from iOS (German marketplace sale): an unsaved sender shown as a phone number wrapped in U+202A/U+202C, U+200E before an omitted sticker, and an IBAN in the chat',
    text: `[14.05.24, 09:12:44] \u202A+49 176 31840527\u202C: Hallo, ist das Lastenrad noch zu haben?
[14.05.24, 09:13:02] Kerstin Ebeling: Ja! Abholung in Münster-Hiltrup, 1.450 €.
[14.05.24, 09:13:40] \u202A+49 176 31840527\u202C: \u200ESticker weggelassen
[14.05.24, 09:15:11] \u202A+49 176 31840527\u202C: Super, ich würde anzahlen. Kontodaten?
[14.05.24, 09:16:27] Kerstin Ebeling: DE45 7015 0000 1002 7384 11, Kerstin Ebeling`,
    // The sender's number is spanned without the invisible embedding marks around it.
    expected: [
      ['PHONE', '+49 176 31840527'],
      ['PERSON', 'Kerstin Ebeling'],
      ['PHONE', '+49 176 31840527'],
      ['PHONE', '+49 176 31840527'],
      ['PERSON', 'Kerstin Ebeling'],
      ['IBAN', 'DE45 7015 0000 1002 7384 11'],
      ['PERSON', 'Kerstin Ebeling'],
    ],
  },
  {
    name: "Word document pasted into a chat: a soft hyphen in the family name, a zero-width non-joiner (Word's optional break) after the @ and a word joiner inside the phone",
    text: `Bitte die Studienleiterin in den Verteiler aufnehmen:
Prüfärztin: Dr. Annika Bräu\u00ADtigam, Klinik für Kardiologie
E-Mail: annika.braeutigam@\u200Ccharite-studien.de
Tel.: +49\u00A030\u00A0450\u00A0578\u2060112`,
    expected: [
      ['PERSON', 'Annika Bräu\u00ADtigam'],
      ['EMAIL', 'annika.braeutigam@\u200Ccharite-studien.de'],
      ['PHONE', '+49\u00A030\u00A0450\u00A0578\u2060112'],
    ],
  },
  {
    name: 'French invoice line formatted with Intl.NumberFormat: narrow no-break spaces (U+202F) group the mobile, the IBAN and the amount',
    text: `Facture n° FA-2024-0512 — Client : Mme Camille Roussel-Aubert — Tél. : 06\u202F71\u202F92\u202F04\u202F58 — IBAN : FR94\u202F2004\u202F1010\u202F0505\u202F3829\u202F1M02\u202F717 — Montant : 1\u202F249,00\u00A0€ — Échéance : 14/06/2024`,
    // The amount and the due date are not ours; Mme is a title.
    expected: [
      ['PERSON', 'Camille Roussel-Aubert'],
      ['PHONE', '06\u202F71\u202F92\u202F04\u202F58'],
      ['IBAN', 'FR94\u202F2004\u202F1010\u202F0505\u202F3829\u202F1M02\u202F717'],
    ],
  },
  {
    name: 'Hebrew support chat copied from a help desk: left-to-right marks around the phone, the e-mail and a card number inside right-to-left text',
    text: `לקוח: דניאל לוי
טלפון: \u200E+972-54-319-8827\u200F
דוא"ל: \u200Edaniel.levi@walla.co.il\u200F
הודעה: החיוב בכרטיס \u200E4917 7302 6611 8450\u200F נכשל פעמיים, אפשר לבדוק?`,
    expected: [
      ['PERSON', 'דניאל לוי'],
      ['PHONE', '+972-54-319-8827'],
      ['EMAIL', 'daniel.levi@walla.co.il'],
      ['CREDIT_CARD', '4917 7302 6611 8450'],
    ],
  },
  {
    name: 'Persian customer record: a zero-width non-joiner inside the family name (standard spelling), a Solar Hijri birth date, a mobile and a Sheba IBAN in Persian digits',
    text: `نام و نام خانوادگی: زهرا محمدی\u200Cنژاد
تاریخ تولد: ۱۳۶۸/۰۴/۲۳
شماره همراه: ۰۹۱۲ ۴۸۳ ۷۷۱۹
شماره شبا: IR۴۴ ۰۱۲۰ ۰۰۰۰ ۰۰۰۰ ۰۳۳۱ ۸۴۷۲ ۶۵
کد ملی: ۰۰۸۱۲۳۴۵۶۷`,
    // The national id (کد ملی) is none of our types. The Sheba number was first written 28 characters
    // long (an IR IBAN has 26) and corrected to a valid one.
    expected: [
      ['PERSON', 'زهرا محمدی\u200Cنژاد'],
      ['DATE_OF_BIRTH', '۱۳۶۸/۰۴/۲۳'],
      ['PHONE', '۰۹۱۲ ۴۸۳ ۷۷۱۹'],
      ['IBAN', 'IR۴۴ ۰۱۲۰ ۰۰۰۰ ۰۰۰۰ ۰۳۳۱ ۸۴۷۲ ۶۵'],
    ],
  },
  {
    name: "two CSV exports concatenated with cat: the second file's byte-order mark lands in the middle of the text, before its header row",
    text: `$ cat leads_april.csv leads_may.csv > leads.csv && head leads.csv
\uFEFFname,email,phone
Katarzyna Zielińska,k.zielinska@wp.pl,+48 605 118 274
Ole Kristiansen,ole.kristiansen@online.no,+47 412 88 306
\uFEFFname,email,phone
Aino Virtanen,aino.virtanen@elisanet.fi,+358 40 771 2093
pandas reads a column called "\uFEFFname" in the middle of the frame — how do I get rid of it?`,
    expected: [
      ['PERSON', 'Katarzyna Zielińska'],
      ['EMAIL', 'k.zielinska@wp.pl'],
      ['PHONE', '+48 605 118 274'],
      ['PERSON', 'Ole Kristiansen'],
      ['EMAIL', 'ole.kristiansen@online.no'],
      ['PHONE', '+47 412 88 306'],
      ['PERSON', 'Aino Virtanen'],
      ['EMAIL', 'aino.virtanen@elisanet.fi'],
      ['PHONE', '+358 40 771 2093'],
    ],
  },
  {
    name: "Telegram Desktop JSON export (Russian): a message's text array split into entities of type phone and email, the sender in from",
    text: `{
 "id": 48213,
 "type": "message",
 "date": "2024-05-14T10:15:32",
 "from": "Анна Соколова",
 "from_id": "user418273645",
 "text": [
  "Добрый день! Звоните ",
  {"type": "phone", "text": "+7 916 502 38 41"},
  " или пишите на ",
  {"type": "email", "text": "anna.sokolova84@mail.ru"},
  ", отвечу вечером."
 ],
 "text_entities": [
  {"type": "plain", "text": "Добрый день! Звоните "},
  {"type": "phone", "text": "+7 916 502 38 41"},
  {"type": "plain", "text": " или пишите на "},
  {"type": "email", "text": "anna.sokolova84@mail.ru"},
  {"type": "plain", "text": ", отвечу вечером."}
 ]
}`,
    expected: [
      ['PERSON', 'Анна Соколова'],
      ['PHONE', '+7 916 502 38 41'],
      ['EMAIL', 'anna.sokolova84@mail.ru'],
      ['PHONE', '+7 916 502 38 41'],
      ['EMAIL', 'anna.sokolova84@mail.ru'],
    ],
  },
  // ---------------------------------------------------------------- non-ASCII digits and full-width forms
  {
    name: 'Egyptian credit-card application (Arabic) with Arabic-Indic digits in the birth date, the mobile and an EG IBAN',
    gap: 'PERSON: an Arabic full name after الاسم بالكامل is missed',
    text: `استمارة طلب بطاقة ائتمان
الاسم بالكامل: منى عادل السيد
تاريخ الميلاد: ٢٣/٠٤/١٩٩١
رقم المحمول: ٠١٠٢٣٩٤٥٨١٧
البريد الإلكتروني: mona.adel91@yahoo.com
رقم الحساب الدولي (IBAN): EG٦٣ ٠٠٠٣ ٠٠١٢ ٠٠٠٠ ٠٠٠٤ ٧٢٨١ ٩٣٦٠ ١
الدخل الشهري: ١٨٥٠٠ جنيه`,
    // The monthly income is not ours. The IBAN was first written 28 characters long (an EG IBAN has
    // 29) and corrected to a valid one.
    expected: [
      ['PERSON', 'منى عادل السيد'],
      ['DATE_OF_BIRTH', '٢٣/٠٤/١٩٩١'],
      ['PHONE', '٠١٠٢٣٩٤٥٨١٧'],
      ['EMAIL', 'mona.adel91@yahoo.com'],
      ['IBAN', 'EG٦٣ ٠٠٠٣ ٠٠١٢ ٠٠٠٠ ٠٠٠٤ ٧٢٨١ ٩٣٦٠ ١'],
    ],
  },
  {
    name: 'Hindi KYC form as OCR text with Devanagari digits: applicant name, जन्म तिथि, mobile, e-mail, and a PAN (none of our types)',
    text: `ग्राहक पहचान फ़ॉर्म (KYC)
आवेदक का नाम: राजेश कुमार वर्मा
पिता का नाम: सुरेश चंद्र वर्मा
जन्म तिथि: १७-०८-१९८५
मोबाइल: ९८१०४ ७२६६३
ईमेल: rajesh.verma85@gmail.com
पैन: ABCPV1234D
दिनांक: १४-०५-२०२४`,
    // The father's name is a person too; the form's date is no birth date.
    expected: [
      ['PERSON', 'राजेश कुमार वर्मा'],
      ['PERSON', 'सुरेश चंद्र वर्मा'],
      ['DATE_OF_BIRTH', '१७-०८-१९८५'],
      ['PHONE', '९८१०४ ७२६६३'],
      ['EMAIL', 'rajesh.verma85@gmail.com'],
    ],
  },
  {
    name: 'Japanese order form typed with the IME in full-width mode: a full-width e-mail and a JCB card number in full-width digits, an expiry date',
    text: `【注文フォーム送信内容】
ご注文者：佐藤 美咲
メール：ｍｉｓａｋｉ．ｓａｔｏ＠ｅｚｗｅｂ．ｎｅ．ｊｐ
カード番号：３５３０　１１３３　７２１０　４２９３
有効期限：０８／２７
備考：カード番号が「不正な形式」と表示されます。`,
    expected: [
      ['PERSON', '佐藤 美咲'],
      ['EMAIL', 'ｍｉｓａｋｉ．ｓａｔｏ＠ｅｚｗｅｂ．ｎｅ．ｊｐ'],
      ['CREDIT_CARD', '３５３０　１１３３　７２１０　４２９３'],
    ],
  },
  {
    name: 'Bangladeshi bKash payment confirmation (Bengali) with Bengali digits in the wallet number and an honorific (মোছাঃ) before the name',
    gap: 'PERSON: a Bengali name after the honorific মোছাঃ and the label প্রেরকের নাম is missed',
    text: `পেমেন্ট নিশ্চিতকরণ
প্রেরকের নাম: মোছাঃ রোকসানা আক্তার
বিকাশ নম্বর: ০১৭১১-৪৮২৯৩৬
পরিমাণ: ৳২,৪৫০
ট্রানজ্যাকশন আইডি: BKA7Q2M8R4
ইমেইল: roksana.akter@yahoo.com`,
    // মোছাঃ (Mst.) is a title; the amount and the transaction id are not ours.
    expected: [
      ['PERSON', 'রোকসানা আক্তার'],
      ['PHONE', '০১৭১১-৪৮২৯৩৬'],
      ['EMAIL', 'roksana.akter@yahoo.com'],
    ],
  },
  {
    name: 'Chinese job post: an address written with # for @ ("#换成@"), a mobile typed with mixed full-width and ASCII digits, and an address with a full-width ＠',
    text: `【招聘】数据分析师（北京·朝阳）
岗位要求：熟悉SQL、Python，两年以上经验。
简历请投：hr_zhaopin#126.com（#换成@）
联系人：王磊 先生　手机：１３９0０２７6４４１９
或发邮件给部门负责人 wang.lei＠163.com，注明“应聘+姓名”。`,
    // 先生 (Mr) is no part of the name.
    expected: [
      ['EMAIL', 'hr_zhaopin#126.com'],
      ['PERSON', '王磊'],
      ['PHONE', '１３９0０２７6４４１９'],
      ['EMAIL', 'wang.lei＠163.com'],
    ],
  },
  {
    name: 'Japanese club newsletter: an address written with （アットマーク） for @ and a full-width mobile with a U+2010 hyphen',
    text: `【OB会のお知らせ】
幹事：田中 由紀
出欠は５月３１日までに下記へご連絡ください。
メール：tanaka.yuki（アットマーク）docomo.ne.jp　※（アットマーク）を＠に変えて送信してください
携帯：０８０‐７１３２‐５５８４`,
    // The reply-by date is not ours.
    expected: [
      ['PERSON', '田中 由紀'],
      ['EMAIL', 'tanaka.yuki（アットマーク）docomo.ne.jp'],
      ['PHONE', '０８０‐７１３２‐５５８４'],
    ],
  },
  // ---------------------------------------------------------------- look-alike letters and OCR confusions
  {
    name: 'sign-up validation log: a Ukrainian user typed the first letter of her address on the Cyrillic layout (о, U+043E), then the corrected address and her name',
    text: `2024-05-14 10:15:32.118 WARN  [signup] rejected email '\u043Elga.petrenko@ukr.net': non-ASCII character U+043E at index 0
2024-05-14 10:15:58.402 INFO  [signup] created user 88412 <olga.petrenko@ukr.net> name="Ольга Петренко" locale=uk-UA
Can we auto-fix Cyrillic look-alikes in addresses instead of rejecting them?`,
    expected: [
      ['EMAIL', '\u043Elga.petrenko@ukr.net'],
      ['EMAIL', 'olga.petrenko@ukr.net'],
      ['PERSON', 'Ольга Петренко'],
    ],
  },
  {
    name: 'hotel PMS check-in mismatch: the passport name in Latin capitals and the booking name typed on a Greek keyboard (Greek capitals that look Latin, mixed with Latin U and R)',
    gap: 'PERSON: a name in Latin capitals after passport (MRZ): and its Greek-keyboard look-alike in a booking line are missed',
    text: `Check-in blocked: name mismatch
  passport (MRZ):   MANOU KATERINA
  booking #KST-88412: \u039C\u0391\u039D\u039FU \u039A\u0391\u03A4\u0395R\u0399\u039D\u0391
  arrival 2024-05-18, 3 nights, room 214
The guest says it's the same name. Why doesn't our string compare match?`,
    expected: [
      ['PERSON', 'MANOU KATERINA'],
      ['PERSON', '\u039C\u0391\u039D\u039FU \u039A\u0391\u03A4\u0395R\u0399\u039D\u0391'],
    ],
  },
  {
    name: "Tesseract OCR of an Austrian tax adviser's business card: O for 0 and l for 1 in the mobile and the IBAN, a title before the name",
    text: `Can you clean up this OCR into a contact? tesseract output:

Mag. Thomas Hofbauer
Steuerberater
Hofbauer & Partner Steuerberatung GmbH
Mobil: +43 664 l82 4O71
E-Mail: t.hofbauer@hofbauer-stb.at
IBAN: AT8O 32OO OOOO l284 7263`,
    // The firm is named after him and is no person; the values count as the OCR wrote them.
    expected: [
      ['PERSON', 'Thomas Hofbauer'],
      ['PHONE', '+43 664 l82 4O71'],
      ['EMAIL', 't.hofbauer@hofbauer-stb.at'],
      ['IBAN', 'AT8O 32OO OOOO l284 7263'],
    ],
  },
  {
    name: 'OCR of a scanned US loan application page: the SSN, date of birth and phone with O and l for 0 and 1',
    text: `Page 2 of 5 (scanned, OCR)
BORROWER INFORMATION
Name (First, Middle, Last): DeShawn M. Carter
Social Security Number: 4l2 - 73 - 9O65
Date of Birth (mm/dd/yyyy): O3/l7/l986
Home Phone: (480) 7l9-2263
Years at current address: 4`,
    expected: [
      ['PERSON', 'DeShawn M. Carter'],
      ['US_SSN', '4l2 - 73 - 9O65'],
      ['DATE_OF_BIRTH', 'O3/l7/l986'],
      ['PHONE', '(480) 7l9-2263'],
    ],
  },
  // ---------------------------------------------------------------- addresses spelled out against harvesters, in several languages
  {
    name: "German Impressum scraped from a tax firm's site: an office mailbox written with (at) and (punkt), the data-protection contact with [ät], the switchboard with -0 and a VAT id",
    text: `Impressum
Kanzlei am Isartor Steuerberatungsgesellschaft mbH
Inhaber: StB Dipl.-Kfm. Florian Wiedemann
Tel.: 089 / 21 09 44-0
E-Mail: info (at) kanzlei-isartor (punkt) de
Datenschutzbeauftragter: f.wiedemann [ät] kanzlei-isartor.de
USt-IdNr.: DE 287 441 902
Zuständige Kammer: Steuerberaterkammer München`,
    // StB and Dipl.-Kfm. are titles; a firm's switchboard and mailbox count like any business contact.
    expected: [
      ['PERSON', 'Florian Wiedemann'],
      ['PHONE', '089 / 21 09 44-0'],
      ['EMAIL', 'info (at) kanzlei-isartor (punkt) de'],
      ['EMAIL', 'f.wiedemann [ät] kanzlei-isartor.de'],
    ],
  },
  {
    name: 'French lost-pet forum post: an address with arobase and point, a mobile, signed with a given name and an initial',
    gap: 'PERSON: a given name with an initial as the sign-off (Jean-Luc M.) is missed',
    text: `Chat roux perdu vers la Croix-Rousse (Lyon 4e) depuis dimanche, il répond à « Biscotte ». Si vous l'avez vu, écrivez-moi à jeanluc.morel arobase orange point fr ou appelez le 06 48 90 17 25, même tard.
Merci à tous,
Jean-Luc M.`,
    // Biscotte is the cat; a given name with an initial counts.
    expected: [
      ['EMAIL', 'jeanluc.morel arobase orange point fr'],
      ['PHONE', '06 48 90 17 25'],
      ['PERSON', 'Jean-Luc M.'],
    ],
  },
  {
    name: 'classified-ads moderation queue (Spanish and Portuguese): arroba/punto and (arroba)/(ponto) addresses and a phone typed one digit at a time',
    text: `Cola de moderación — mensajes marcados por "datos de contacto"
#48211 [es] Vendo bici de montaña talla M, 280 €. Interesados escribir a lucia.fernandez.garcia arroba gmail punto com o whatsapp 6 1 2 4 4 8 0 1 9
#48212 [pt] Alugo T1 em Benfica, 850€/mês. Contacto: joao.pereira (arroba) sapo (ponto) pt
#48213 [es] ¿Alguien sabe si el parque de El Retiro abre el lunes?
¿Cuáles de estos deberíamos bloquear automáticamente?`,
    // El Retiro is a park.
    expected: [
      ['EMAIL', 'lucia.fernandez.garcia arroba gmail punto com'],
      ['PHONE', '6 1 2 4 4 8 0 1 9'],
      ['EMAIL', 'joao.pereira (arroba) sapo (ponto) pt'],
    ],
  },
  {
    name: 'moderation queue (Polish and Russian): małpa/kropka and собака/точка addresses, a Polish mobile with hyphens',
    text: `Kolejka moderacji / Очередь модерации
#7731 [pl] Sprzedam wózek dziecięcy, stan idealny. Pisz na marta.kowalczyk małpa wp kropka pl albo dzwoń 692-418-305.
#7732 [ru] Продаю велосипед, Казань. Пишите на почту ivanov.sergey собака yandex точка ru, звонки не принимаю.
#7733 [ru] Подскажите, где купить запчасти для велосипеда Stels?`,
    expected: [
      ['EMAIL', 'marta.kowalczyk małpa wp kropka pl'],
      ['PHONE', '692-418-305'],
      ['EMAIL', 'ivanov.sergey собака yandex точка ru'],
    ],
  },
  {
    name: 'moderation queue (Dutch and Italian): apenstaartje/punt and chiocciola/punto addresses, and a Dutch mobile split by spaces',
    text: `Moderatiewachtrij
#5120 [nl] Te koop: bakfiets, 650 euro. Mail naar jan.de.vries apenstaartje ziggo punt nl of bel 06 2 8 4 1 7 3 0 9
#5121 [it] Affitto stanza a Bologna zona universitaria. Scrivimi: giulia.romano chiocciola libero punto it
#5122 [it] Qualcuno sa a che ora chiude la biblioteca Salaborsa?`,
    expected: [
      ['EMAIL', 'jan.de.vries apenstaartje ziggo punt nl'],
      ['PHONE', '06 2 8 4 1 7 3 0 9'],
      ['EMAIL', 'giulia.romano chiocciola libero punto it'],
    ],
  },
  {
    name: 'Discord channel export (English): AT/DOT in capitals, {at}{dot} braces, a South African mobile, handles and a moderation bot',
    text: `[5/14/2024 9:12 AM] jayhollo: dm me or email jay.r.holloway AT gmail DOT com for the spreadsheet
[5/14/2024 9:13 AM] nkosi.m: mine's nkosi_mthembu{at}outlook{dot}com, or call +27 82 418 3390 after 5
[5/14/2024 9:14 AM] ModBot: Reminder: please don't post personal contact details in public channels.
[5/14/2024 9:15 AM] jayhollo: lol too late`,
    // Handles and the bot are no people.
    expected: [
      ['EMAIL', 'jay.r.holloway AT gmail DOT com'],
      ['EMAIL', 'nkosi_mthembu{at}outlook{dot}com'],
      ['PHONE', '+27 82 418 3390'],
    ],
  },
  // ---------------------------------------------------------------- values split by wrapping, spacing and grouping
  {
    name: "Java payment log wrapped at the terminal's width: a card number in hyphen groups broken after a hyphen, the holder's name in the same JSON",
    text: `2024-05-14 10:15:32,118 ERROR [http-nio-8080-exec-7] c.k.pay.GatewayClient - Declined: {"pan":"5412-7534-1029-
3364","exp":"11/26","holder":"Henrik Sørensen","avs":"N","code":"05"}
2024-05-14 10:15:32,119 WARN  [http-nio-8080-exec-7] c.k.pay.CheckoutService - retry 2/3 for order 88412`,
    expected: [
      ['CREDIT_CARD', '5412-7534-1029-\n3364'],
      ['PERSON', 'Henrik Sørensen'],
    ],
  },
  {
    name: 'PDF invoice as text (German): the IBAN breaks over a line in the payment sentence, the account holder named after it',
    text: `Bitte überweisen Sie den Rechnungsbetrag von 1.249,00 EUR bis zum 28.05.2024 auf das Konto DE89 1203 0000 0017
4822 96 bei der DKB (Kontoinhaber: Matthias Oberhuber). Verwendungszweck: RE-2024-0512`,
    expected: [
      ['IBAN', 'DE89 1203 0000 0017\n4822 96'],
      ['PERSON', 'Matthias Oberhuber'],
    ],
  },
  {
    name: 'Kleinanzeigen message flagged for evading the contact filter: a mobile written one digit at a time around a hyphen, and an address spelled with punkt and bei',
    gap: "PERSON: the sender's given name as the sign-off is missed",
    text: `Nachricht an Anbieter (automatisch markiert):
"Hallo, ich nehme das Sofa. Ruf mich an unter 0 1 5 7 - 3 9 2 0 6 1 1 8 oder schreib an paul punkt ziegler bei gmx punkt de, dann klären wir die Abholung. Gruß Paul"`,
    // Paul is the given name of the sender who signs; his address spells paul.ziegler@gmx.de.
    expected: [
      ['PHONE', '0 1 5 7 - 3 9 2 0 6 1 1 8'],
      ['EMAIL', 'paul punkt ziegler bei gmx punkt de'],
      ['PERSON', 'Paul'],
    ],
  },
  {
    name: 'tender notice copied from a PDF (Austrian German): a hyphenated double surname and an e-mail address each broken at their own hyphen by the line wrap',
    gap: 'PERSON: a double surname broken at its hyphen by a line wrap is cut to the given name',
    text: `Ansprechpartnerin für Rückfragen zur Ausschreibung ist Frau Mag. Alexandra Wimmer-
Stöckl (alexandra.wimmer-
stoeckl@drei.at, +43 660 418 2291). Angebote sind bis 31.05.2024, 12:00 Uhr, einzureichen.`,
    expected: [
      ['PERSON', 'Alexandra Wimmer-\nStöckl'],
      ['EMAIL', 'alexandra.wimmer-\nstoeckl@drei.at'],
      ['PHONE', '+43 660 418 2291'],
    ],
  },
  {
    name: 'US tax intake PDF with comb fields: pdftotext writes the SSN and the birth date one character per box, with spaces',
    text: `$ pdftotext -layout intake_2024.pdf - | sed -n '12,17p'
Taxpayer name           Gabriela Ortiz-Whitfield
Social Security Number  5 2 9 - 6 1 - 4 4 7 0
Date of birth           0 3 / 1 7 / 1 9 8 6
Occupation              Dental hygienist
Daytime phone           (602) 718-3349`,
    expected: [
      ['PERSON', 'Gabriela Ortiz-Whitfield'],
      ['US_SSN', '5 2 9 - 6 1 - 4 4 7 0'],
      ['DATE_OF_BIRTH', '0 3 / 1 7 / 1 9 8 6'],
      ['PHONE', '(602) 718-3349'],
    ],
  },
  {
    name: 'Telegram group chat (Dutch): an IBAN typed in lower case with hyphens between the groups',
    text: `[14-05-2024 20:11] Sanne Bakker: wie betaalt de huur van de boot voor zaterdag?
[14-05-2024 20:12] Ruben de Graaf: ik schiet voor, maak €45 p.p. over naar nl75-rabo-0317-7294-80 t.n.v. R. de Graaf
[14-05-2024 20:14] Sanne Bakker: 👍 gedaan`,
    // "R. de Graaf" is the account holder, the same person named in full.
    expected: [
      ['PERSON', 'Sanne Bakker'],
      ['PERSON', 'Ruben de Graaf'],
      ['IBAN', 'nl75-rabo-0317-7294-80'],
      ['PERSON', 'R. de Graaf'],
      ['PERSON', 'Sanne Bakker'],
    ],
  },
  {
    name: "Russian Telegram order chat: a card number typed with dots between the groups, the expiry, and the sender's name",
    gap: "PERSON: a shop's chat account (Магазин Kestrel) is taken for a person",
    text: `[14.05.2024 11:02] Дмитрий Орлов: оплачу картой, вот номер 4008.3716.2904.5187, срок 03/28
[14.05.2024 11:03] Магазин Kestrel: Пожалуйста, не присылайте номер карты в чат! Оплата только по ссылке.`,
    // The shop's account is no person.
    expected: [
      ['PERSON', 'Дмитрий Орлов'],
      ['CREDIT_CARD', '4008.3716.2904.5187'],
    ],
  },
  // ---------------------------------------------------------------- CSV exports that escape values
  {
    name: 'CRM contact export with Excel formula protection: a landline as ="…" inside doubled quotes, a mobile with a leading apostrophe, and quotes doubled in a note',
    text: `"Vorname","Nachname","Telefon","Mobil","E-Mail","Notiz"
"Robert","Kowalski-Haas","=""030 4498271""","'+49 160 9182 2734","r.kowalski-haas@gmx.de","Rückruf ""dringend"" wegen Vertrag"
"Ines","Albers","=""040 3392 118""","","ines.albers@t-online.de",""`,
    // The ="…" wrapper and the apostrophe are escaping, no part of the numbers.
    expected: [
      ['PERSON', 'Robert'],
      ['PERSON', 'Kowalski-Haas'],
      ['PHONE', '030 4498271'],
      ['PHONE', '+49 160 9182 2734'],
      ['EMAIL', 'r.kowalski-haas@gmx.de'],
      ['PERSON', 'Ines'],
      ['PERSON', 'Albers'],
      ['PHONE', '040 3392 118'],
      ['EMAIL', 'ines.albers@t-online.de'],
    ],
  },
  {
    name: 'MySQL SELECT … INTO OUTFILE with backslash escaping: "Surname\\, Given" full names, \\N for NULL, a birth_date column named in the query',
    gap: 'PERSON, DATE_OF_BIRTH: backslash-escaped "Surname\\, Given" values and birth dates whose column is named in the SELECT list are missed',
    text: `mysql> SELECT id, full_name, email, phone, birth_date INTO OUTFILE '/var/lib/mysql-files/customers.csv' FIELDS TERMINATED BY ',' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' FROM customers WHERE segment = 'vip';
Query OK, 2 rows affected (0.01 sec)

$ cat /var/lib/mysql-files/customers.csv
88412,Dubois\\, Marie-Claire,mc.dubois@free.fr,\\N,1984-09-12
88413,Girard\\, Théo,theo.girard@laposte.net,+33 6 12 48 90 37,1991-02-27`,
    // A "Surname, Given" value in one field is one span, its escaping backslash included.
    expected: [
      ['PERSON', 'Dubois\\, Marie-Claire'],
      ['EMAIL', 'mc.dubois@free.fr'],
      ['DATE_OF_BIRTH', '1984-09-12'],
      ['PERSON', 'Girard\\, Théo'],
      ['EMAIL', 'theo.girard@laposte.net'],
      ['PHONE', '+33 6 12 48 90 37'],
      ['DATE_OF_BIRTH', '1991-02-27'],
    ],
  },
  {
    name: 'HubSpot contacts export (Irish): an apostrophe stored as &#39; in a surname, fadas in names, a company column',
    gap: 'PERSON: the family name O&#39;Sullivan said alone in the question, of someone named in the rows, is missed',
    text: `First Name,Last Name,Email,Phone Number,Company,Lifecycle Stage
Siobhán,O&#39;Sullivan,siobhan.osullivan@eircom.net,+353 87 214 4093,Kestrel Ltd,customer
Seán,Mac Giolla Phádraig,sean.macgp@gmail.com,+353 86 771 2048,,lead
Why does the import to Salesforce show "O&#39;Sullivan"?`,
    expected: [
      ['PERSON', 'Siobhán'],
      ['PERSON', 'O&#39;Sullivan'],
      ['EMAIL', 'siobhan.osullivan@eircom.net'],
      ['PHONE', '+353 87 214 4093'],
      ['PERSON', 'Seán'],
      ['PERSON', 'Mac Giolla Phádraig'],
      ['EMAIL', 'sean.macgp@gmail.com'],
      ['PHONE', '+353 86 771 2048'],
      ['PERSON', 'O&#39;Sullivan'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives: the same encodings with nothing personal behind them
  {
    name: 'product page HTML full of entities: prices with &euro; and &#8364;, dashes, &commat; in a CSS code sample, a registered trademark and no-break spaces',
    text: `<div class="product">
  <h1>Kestrel Trail&trade; 45&nbsp;L Rucksack</h1>
  <p class="price">189,00&nbsp;&euro; <del>219,00&nbsp;&#8364;</del> &ndash; inkl. 19&nbsp;% MwSt.</p>
  <p>Gewicht: 1,4&nbsp;kg &middot; Volumen: 45&#x2009;L &middot; Material: Nylon&nbsp;210D &#x2014; wasserabweisend</p>
  <pre><code>&commat;media (max-width: 640px) { .product &gt; h1 { font-size: 1.25rem; } }</code></pre>
  <p>&copy; 2024 Kestrel Outdoor GmbH &amp; Co.&nbsp;KG &reg;</p>
</div>`,
    expected: [],
  },
  {
    name: "CDN analytics report of top search queries: URL-encoded search terms with brand names that contain people's names (John Deere, Mercedes-Benz), Japanese and German queries",
    text: `Top /search queries, last 7 days (edge analytics export)
requests,path
18204,/search?q=john+deere+x350+m%C3%A4hwerk
9731,/search?q=mercedes-benz%20sprinter%20dachtr%C3%A4ger
7712,/search?q=ikea%20billy%20regal%20t%C3%BCren
5120,/search?q=%E3%83%86%E3%83%B3%E3%83%88%20%E3%83%95%E3%82%A1%E3%83%9F%E3%83%AA%E3%83%BC
3308,/search?q=levi%27s%20501%20w32%20l34
2291,/search?q=ferrari+rot+lack+1l&sort=price_asc
Which of these should get a synonym rule?`,
    // テント ファミリー (family tent); brands, products and paint colours named after people are no people.
    expected: [],
  },
  {
    name: 'CSS with data: URLs (a base64 PNG, a percent-encoded SVG, a base64 WOFF2), hex colours, @media, @import and image-set with logo@2x.png',
    text: `@import url("https://fonts.kestrel.io/inter.css");
:root { --brand: #1e90ff; --muted: #6b7280; --danger: #dc2626; --bg: #f8fafc; }
.icon-check { background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGklEQVR4nGNgGAWjYBSMglEwCkbBKBgFgwAABBAAAQ8s5AoAAAAASUVORK5CYII="); }
.icon-warn { background-image: url("data:image/svg+xml,%3Csvg xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22 viewBox%3D%220 0 16 16%22%3E%3Cpath fill%3D%22%231e90ff%22 d%3D%22M8 0l8 16H0z%22%2F%3E%3C%2Fsvg%3E"); }
@font-face { font-family: "KestrelIcons"; src: url("data:font/woff2;base64,d09GMgABAAAAAAKQAAsAAAAABhQAAAJEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP0ZGVE0cGh4GYACCUhEICoE0gT0LBgABNgIkAwgEIAWDaweBKxs1BMiuBmw7yw==") format("woff2"); }
.logo { background-image: image-set("logo.png" 1x, "logo@2x.png" 2x, "logo@3x.png" 3x); }
@media (prefers-color-scheme: dark) { :root { --bg: #0f172a; } }`,
    expected: [],
  },
  {
    name: 'paginated API response: base64url cursors of an offset and a sort key, a base64 feature-flag blob, a weak ETag and UUIDs',
    text: `GET /v2/invoices?limit=100&cursor=eyJvZmZzZXQiOjIwMCwic29ydCI6ImNyZWF0ZWRfYXQiLCJkaXIiOiJkZXNjIn0
HTTP/2 200
etag: W/"7f3c9a2e1b4d4e8fa2c63d5e7f9a1b2c"
x-request-id: 2b4d6f8a-0c1e-4a3b-9d5f-7e9a1c3b5d7f
x-feature-flags: eyJuZXdfY2hlY2tvdXQiOnRydWUsImRhcmtfbW9kZSI6ImJldGEiLCJtYXhfdXBsb2FkX21iIjo1MH0=

{"data":[{"id":"inv_01HXR7Q2M8R4LX9T3VK6N0B5C1","total":12900,"currency":"EUR","status":"paid"}],"next_cursor":"eyJvZmZzZXQiOjMwMCwic29ydCI6ImNyZWF0ZWRfYXQiLCJkaXIiOiJkZXNjIn0","has_more":true}
Why does next_cursor skip 100 rows?`,
    // The cursors decode to {"offset":200,…} and {"offset":300,…}; the flags to three settings.
    expected: [],
  },
  {
    name: 'Meta Conversions API payload with SHA-256 hashed e-mail and phone, a Gravatar URL (MD5 of an address), fbp/fbc ids and an HMAC signature header',
    text: `POST https://graph.facebook.com/v19.0/1234567890123456/events
X-Hub-Signature-256: sha256=5d41402abc4b2a76b9719d911017c592ae4f2c5b8e1d2f3a4b5c6d7e8f9a0b1c

{"data":[{"event_name":"Purchase","event_time":1715678241,"action_source":"website","user_data":{"em":["309a0a5c3e211326ae75ca18196d301a9bdbd1a882a4d2569511033da23f0abd"],"ph":["254aa248acb47dd654ca3ea53f48c2c26d641d23d7e2e93a1ec56258df7674c4"],"fbp":"fb.1.1715678101118.1738204419","fbc":"fb.1.1715678101118.IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk"},"custom_data":{"currency":"EUR","value":129.0}}]}
Avatar: https://www.gravatar.com/avatar/1f8ac10f23c5b5bc1167bda84b833e5c?s=80&d=identicon
Are the hashes normalised correctly (lower-case, trimmed)?`,
    // Hashes are what ad platforms take instead of the values; the pixel id and fbp/fbc are ids.
    expected: [],
  },
  {
    name: 'Cloudflare WAF custom rules export: expressions with CIDR ranges, ASNs, country codes and URL-encoded attack patterns; rule and zone ids',
    text: `[
  {"id":"5de7edfa648c4d6891dc3e7f84534ffa","description":"Block SQLi probes","expression":"(http.request.uri.query contains \\"%27%20OR%20%271%27%3D%271\\") or (http.request.uri.query contains \\"UNION%20SELECT\\")","action":"block"},
  {"id":"9e4b2c7d1f3a4e8b9c6d5e4f3a2b1c0d","description":"Block XSS in search","expression":"http.request.uri.query contains \\"%3Cscript%3E\\" or http.request.uri.query contains \\"javascript%3A\\"","action":"block"},
  {"id":"1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6","description":"Path traversal","expression":"http.request.uri.path contains \\"..%2F..%2F\\" or http.request.uri.path contains \\"%2e%2e%5c\\"","action":"block"},
  {"id":"7c8d9e0f1a2b43c4d5e6f7a8b9c0d1e2","description":"Office and VPN bypass","expression":"ip.src in {192.0.2.0/24 198.51.100.0/24 2001:db8::/32} or ip.geoip.asnum in {3320 8881}","action":"skip"}
]
zone: 023e105f4ecef8ad9ca31a8372d0c353`,
    expected: [],
  },
  {
    name: 'dependency and build output full of version strings shaped like addresses: four-part versions, a Windows build, an OID, user agents, python@3.12 and scoped packages',
    text: `$ npm ls --depth=0
kestrel-web@4.18.2 /srv/app
├── @babel/core@7.24.5
├── @sentry/browser@8.2.1
├── pdfjs-dist@4.2.67
└── typescript@5.4.5
$ brew list --versions | head -3
node@20 20.13.1
python@3.12 3.12.3
openssl@3 3.3.0
OS: Microsoft Windows 10.0.22631.3527 · Chrome/124.0.6367.201 · Edge/124.0.2478.97
Installer: KestrelSetup 6.2.9.1 (x64), ProductCode {8F3A1B2C-4D5E-4F60-9A7B-1C2D3E4F5A6B}
Cert policy OID: 1.3.6.1.4.1.311.21.8 · Docker image: ghcr.io/kestrel/web@sha256:3f2b8c1e9d4a4e7ba1c25f6e7d8c9b0a1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b`,
    // A version or build number is no address, even where all four parts are below 256.
    expected: [],
  },
  {
    name: 'Egyptian supplier invoice (Arabic) with Arabic-Indic digits: invoice number, dates, amounts, a tax registration and a commercial register number',
    text: `فاتورة ضريبية
رقم الفاتورة: ٢٠٢٤٠٣١٢٠٠٠٤٥
التاريخ: ١٢/٠٣/٢٠٢٤
المورد: شركة كستريل للتوريدات
رقم التسجيل الضريبي: ٤٨٢-١٩٣-٧٧١
السجل التجاري: ١١٨٤٥٢
الإجمالي: ١٢,٨٥٠.٠٠ جنيه
تاريخ الاستحقاق: ١١/٠٤/٢٠٢٤`,
    // Company identifiers, amounts and invoice dates are not ours.
    expected: [],
  },
  {
    name: 'Indian Railways fare chart (Hindi) with Devanagari digits: train numbers, times, distances and fares',
    text: `गाड़ी संख्या १२९५१ मुंबई सेंट्रल – नई दिल्ली राजधानी एक्सप्रेस
प्रस्थान १७:०० · आगमन ०८:३२ · दूरी १३८६ किमी
किराया: 3A ₹३,१६५ · 2A ₹४,३४५ · 1A ₹५,४०५
पीएनआर पूछताछ: १३९ · वैधता: ०१-०६-२०२४ से`,
    // 139 is a public enquiry line; the PNR enquiry is a service, not a person's number.
    expected: [],
  },
  {
    name: 'style guide for writing contact details on the website: placeholders with [at] and [dot], and everyday "at"/"dot" in prose',
    text: `Contact details — style guide
- Never write a real address in a template. Use the placeholder firstname [dot] lastname [at] yourcompany [dot] com, or {{contact_email}}.
- Harvesters read "name (at) domain (dot) tld" just as well as the real thing, so obfuscation is no protection.
- Meet at the booth at 10; the talk on dot-com history starts at noon.
- Phone numbers: use the {{support_phone}} variable, never a literal.`,
    expected: [],
  },
  {
    name: "JSON with \\u escapes that hold no personal data: a Go template's HTML (\\u003c, \\u0026), a product title in Japanese escapes and a price with a currency sign",
    text: `{"id":"tmpl_hero","html":"\\u003cdiv class=\\"hero\\"\\u003e\\u003ch1\\u003eSommer \\u0026 Sonne\\u003c/h1\\u003e\\u003c/div\\u003e","title":"\\u62b9\\u8336\\u30e9\\u30c6 \\u30bb\\u30c3\\u30c8","price":"\\u00a51,280","badge":"\\u2605 Bestseller","updated":"2024-05-14T10:15:32Z"}`,
    // 抹茶ラテ セット (matcha latte set), ¥1,280, ★.
    expected: [],
  },
  {
    name: 'quoted-printable newsletter with an RFC 2047 subject and no personal data',
    text: `Subject: =?UTF-8?Q?Fr=C3=BChlingsangebot=3A_20_=25_auf_alle_Jahresabos?=
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<table width=3D"600"><tr><td style=3D"font-family:Arial">Nur bis 31.05.: 2=
0 % Rabatt auf alle Jahresabos =E2=80=93 Code <b>SOMMER24</b>.</td></tr>
<tr><td><a href=3D"https://shop.kestrel-outdoor.de/abo?utm_source=3Dnewsle=
tter&amp;utm_campaign=3Dsommer24">Jetzt sichern</a></td></tr></table>`,
    expected: [],
  },
  {
    name: 'text with legitimate invisible characters: emoji ZWJ sequences, Persian words with ZWNJ, German soft hyphens in long compounds, a BOM and no values',
    text: `\uFEFFRelease notes v3.2
- Reactions now support 👩\u200D💻, 👨\u200D👩\u200D👧 and 🏳️\u200D🌈.
- Persian UI strings fixed: می\u200Cخواهم, کتاب\u200Cها, نمی\u200Cتوانم.
- German labels hyphenate: Datenschutz\u00ADgrund\u00ADverordnung, Kraftfahrzeug\u00ADhaftpflicht\u00ADversicherung.
- No-break spaces in "§\u00A05 Abs.\u00A02" and "10\u202F000\u00A0€" are kept.`,
    expected: [],
  },
  {
    name: 'redirect chain with nested encodings and no personal data: next= encoded twice, an OAuth state and a PKCE code_challenge',
    text: `302 https://app.kestrel.io/login?next=%2Fsettings%2Fbilling%3Ftab%3Dinvoices%26year%3D2024
302 https://auth.kestrel.io/authorize?client_id=kx9Q2mLrT7vWc4Kb&response_type=code&scope=openid%20profile&state=af0ifjsldkj2b4d6&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&redirect_uri=https%3A%2F%2Fapp.kestrel.io%2Fcallback%3Fnext%3D%252Fsettings%252Fbilling%253Ftab%253Dinvoices%2526year%253D2024
200 https://app.kestrel.io/settings/billing?tab=invoices&year=2024
Why do we lose the year parameter on the first login of the day?`,
    // A client id, a state and a code challenge are not credentials.
    expected: [],
  },
  {
    name: 'logistics numbers that look like split cards and IBANs: a wrapped 16-digit shipment reference that fails Luhn, an SSCC, and an ISO 11649 RF creditor reference (mod 97, but no IBAN)',
    text: `Sendungsstatus (Export aus dem Versandportal)
Sendungsreferenz: 4929 1034 5567
8812 (Teilsendung 2/3)
SSCC: (00) 3 4012345 000000001 8
Zahlungsreferenz: RF18 5390 0754 7034
Paletten: 3 · Gewicht: 412,5 kg · Zustellung: 16.05.2024`,
    expected: [],
  },
  {
    name: 'OCR of a supermarket receipt with confusions (O for 0, l for 1, S for 5) and no personal data',
    text: `KESTREL MARKT GmbH
Filiale 0412 Hamburg-Altona
Bon-Nr. 4O21  Kasse 3  14.O5.2024 18:42
Hafermilch l,0 L          l,89 A
Brot Dinkel 5OOg          3,49 A
Pfand                     O,25 B
SUMME EUR                S,63
MwSt A 7% Netto 5,O2 MwSt O,35
Vielen Dank fur lhren Einkauf!`,
    expected: [],
  },
  {
    name: "deploy notes with an SSH public key (comment deploy@ci-runner-03), a public certificate's base64 and its fingerprint",
    text: `authorized_keys on the new bastion:
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq7x2mR9tK4wN8cB1zH6yF3pD0sJ5gEaU2kD8rM7tXq deploy@ci-runner-03
TLS certificate (public, for pinning):
-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQm7xW2pLr9Tz4vKcB3nY8dF1hS4wCgYIKoZIzj0EAwIw
HzEdMBsGA1UEAwwUYXBpLmtlc3RyZWwtZGF0YS5kZTAeFw0yNDA1MTQwMDAwMDBa
-----END CERTIFICATE-----
SHA256 Fingerprint=3F:2B:8C:1E:9D:4A:4E:7B:A1:C2:5F:6E:7D:8C:9B:0A:1E:2F:3A:4B:5C:6D:7E:8F:9A:0B:1C:2D:3E:4F:5A:6B`,
    // Public keys and certificates are meant to be shared; deploy@ci-runner-03 is a user on a host, not an address.
    expected: [],
  },
  {
    name: 'unit test fixtures on reserved domains in several encodings: percent-encoded, entity-encoded, \\u0040 and base64 of an example.com address',
    text: `describe('decodeContact', () => {
  it.each([
    ['jane.doe%40example.com', 'jane.doe@example.com'],
    ['j.doe&#64;example.org', 'j.doe@example.org'],
    ['max.mustermann\\u0040example.de', 'max.mustermann@example.de'],
    ['dGVzdC51c2VyQGV4YW1wbGUubmV0', 'test.user@example.net'],
  ])('decodes %s', (input, expected) => expect(decodeContact(input)).toBe(expected));
});`,
    // Reserved example domains are never personal data, in any encoding.
    expected: [],
  },
  {
    name: 'API upload with a base64 CSV of stock levels and a base64 JSON mapping: no people in either',
    text: `POST /v1/imports
{"source":"erp","file":{"name":"stock_2024-05-14.csv","encoding":"base64","content":"c2t1O25hbWU7c3RvY2s7cHJpY2UKS1NULTQ0NzE7VHJhaWwgNDVMOzEyMDsxODkuMDAKS1NULTQ0NzI7VHJhaWwgMzBMOzg0OzE0OS4wMAo="},"mapping":"eyJza3UiOiJBIiwic3RvY2siOiJDIiwicHJpY2UiOiJEIn0=","dry_run":true}
→ 422 {"error":"column 'stock' is not numeric in row 2"}`,
    // The file decodes to three rows of SKUs, product names, stock and prices.
    expected: [],
  },
  {
    name: 'Greek and Russian timetable text with Latin look-alike capitals: ferry routes, places and vessel names, no people',
    text: `ΔΡΟΜΟΛΟΓΙΑ ΠΛΟΙΩΝ — ΠΕΙΡΑΙΑΣ → ΜΥΚΟΝΟΣ
07:25  BLUE STAR DELOS   ΑΝΑΧΩΡΗΣΗ ΠΕΙΡΑΙΑΣ  ΑΦΙΞΗ 12:40
17:30  ΝΗΣΟΣ ΜΥΚΟΝΟΣ     ΑΝΑΧΩΡΗΣΗ ΡΑΦΗΝΑ    ΑΦΙΞΗ 21:55
РАСПИСАНИЕ: МОСКВА — КАЗАНЬ, поезд 002Й «ТАТАРСТАН», отправление 21:58, вагон 07, место 014`,
    expected: [],
  },
  {
    name: "MIME message of a price list: an RFC 2047 B-encoded subject, an RFC 2231 file name with umlauts, a Content-ID and the PDF's base64, nothing personal",
    text: `Subject: =?UTF-8?B?UHJlaXNsaXN0ZSBGcsO8aGphaHIgMjAyNCDigJMgZ8O8bHRpZyBhYiAxLiBNw6Ryeg==?=
Content-Type: multipart/mixed; boundary="b1_9d0f2a4c"

--b1_9d0f2a4c
Content-Type: application/pdf; name="=?UTF-8?Q?Preisliste=5FFr=C3=BChjahr=5F2024.pdf?="
Content-Disposition: attachment; filename*=UTF-8''Preisliste_Fr%C3%BChjahr_2024.pdf
Content-ID: <part1.7f3c9a2e.1b4d4e8f@kestrel-outdoor.de>
Content-Transfer-Encoding: base64

JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv
--b1_9d0f2a4c--`,
    // A Content-ID names a MIME part, not a mailbox.
    expected: [],
  },
];

describeHoldout('privacy hold-out 49 (encodings and evasions in notebook-like material)', cases);
