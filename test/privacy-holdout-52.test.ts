import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A fifty-second hand-written hold-out: the machine-made text a data app hands an LLM, which
 * earlier hold-outs met least, plus forms in European languages none or few of them used (Maltese,
 * Welsh, Galician, Luxembourgish, Croatian, Serbian in Latin and Cyrillic, Bulgarian, Lithuanian,
 * Latvian, Albanian, Greek). SaaS event and log payloads: an OTLP span, a Segment identify call, an
 * Amplitude NDJSON line, a Mixpanel profile, a GA4 BigQuery row, Stripe, Twilio and SendGrid webhooks
 * and resources, Auth0 and Okta logs, Cognito's admin-get-user, a Supabase CSV, a mongoexport line,
 * redis-cli MONITOR, a kcat consumer dump, an Elasticsearch response, a Sentry event. Business
 * exports: a Workday worker CSV, an ADP payroll register, camt.053, pain.001 and MT940, Shopify and
 * WooCommerce orders, Zendesk, Freshdesk and Intercom JSON, Gmail API headers, an Outlook forward,
 * meeting notes. Engineering files: git log and git blame porcelain, package.json, pyproject.toml,
 * CODEOWNERS, a SQL seed, a factory_boy factory, kubectl describe, a PR review thread. 12 of its 63
 * cases are clean hard negatives: a Jest fixture of placeholder people on reserved domains, a
 * terraform plan, kubectl events, a Stripe test-mode payment method with a masked card, a GA4 row
 * with a four-part version string, a Jira ticket full of eponyms, MT940 lines with a masked IBAN and
 * one failing mod 97, Maltese and Greek streets and an airport named after people, Sentry filtered
 * values, order notes with a tracking number and a card number failing Luhn, Lithuanian and
 * Croatian company and VAT codes, public figures as topics.
 *
 * Conventions as in hold-outs 50 and 51 and the README: first and last name in separate fields are
 * separate spans; family-first names with a comma are one span (a middle initial included); a given
 * name alone counts when the same person is named in full in the text (`Hi Francesca`, `@Tunde`),
 * never an agent who is never named in full (`Tom`); companies, teams, schools, streets and airports
 * named after people are no people, nor public figures as topics or placeholder people on a fixture
 * with a reserved domain; birth dates count where labelled so or given as the answer to a question
 * about them, without a midnight time, and a `datetime.date(…)`'s span is its arguments; national
 * ids (OIB, JMBG, ЕГН, personas kods, ΑΦΜ, DNI), business and VAT ids, card last4s, bcrypt hashes
 * and message ids are none of our types; role mailboxes on real domains are e-mail addresses; private-
 * range hosts count, ports are outside an address's span. Values are fake: Luhn-valid made-up cards,
 * IBANs with valid mod-97 check digits (the Spanish one with its national check digits too), SSNs in
 * valid areas, made-up names, numbers and keys (the keys assembled with `joinParts`).
 *
 * Written blind (labelled before the engine was run on it). When written, 50 of the 63 cases
 * passed; the 13 others carry a gap. Seven first-run failures were the test's own: the Greek IBAN
 * (in two cases) and the Albanian one had a BBAN a digit or two short, so they were recomputed at
 * their countries' lengths; and four birth dates in Croatian, Serbian and Latvian were labelled with
 * the dot that follows the year in those languages (`27. 8. 1986.`), which the engine leaves out:
 * the dot is punctuation, not part of the value, so the labels now leave it out too. Every other
 * failure was checked against the conventions and the computed values and is the engine's: labels
 * of Welsh, Galician and Luxembourgish forms, a payer after MT940's /NAME/, a package.json
 * contributor with a url only, a birth date answered in the next chat part, a Redis AUTH password, a
 * Lithuanian mobile grouped 3-2-3; and false alarms on a Message-ID, a version string, an airport
 * named after a person, public figures as topics and a placeholder `John Smith`.
 */

const k = joinParts;
const stripeKey = k('sk_live_', '51Nq8ZtLw3Rk7Vp2Xc9Hm4Bd');
const githubToken = k('ghp_', 'R7mK2qLx9TzW4pV8nC3bY6sHd1FgJ5aE0uQi');
const redisPassword = k('Kv9!tr', 'Qm2#Lw8z');
const twilioToken = k('9f3c2a7e', '41b8d6e0', 'c5a1f9b2', '7d3e8046');
const slackToken = k('xoxb-', '4829163057', '-', '7310284659172', '-', 'Hq7LmR2tZx9Wp4Vc8Nb3Ks6Y');

const cases: readonly HoldoutCase[] = [
  // ---------------------------------------------------------------- SaaS event and log payloads
  {
    name: 'OpenTelemetry span as OTLP JSON: enduser.id an e-mail, a full name attribute, client and forwarded-for addresses; trace and span ids',
    text: `{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"checkout-api"}},{"key":"service.version","value":{"stringValue":"2.14.3"}}]},"scopeSpans":[{"spans":[{"traceId":"4bf92f3577b34da6a3ce929d0e0e4736","spanId":"00f067aa0ba902b7","name":"POST /v1/checkout","kind":2,"startTimeUnixNano":"1732871542118000000","attributes":[{"key":"http.client_ip","value":{"stringValue":"10.42.7.118"}},{"key":"enduser.id","value":{"stringValue":"marisol.quintero@fastmail.com"}},{"key":"app.customer.full_name","value":{"stringValue":"Marisol Quintero"}},{"key":"http.request.header.x-forwarded-for","value":{"stringValue":"81.174.22.60, 10.42.0.9"}}]}]}]}]}`,
    expected: [
      ['IP_ADDRESS', '10.42.7.118'],
      ['EMAIL', 'marisol.quintero@fastmail.com'],
      ['PERSON', 'Marisol Quintero'],
      ['IP_ADDRESS', '81.174.22.60'],
      ['IP_ADDRESS', '10.42.0.9'],
    ],
  },
  {
    name: 'Segment analytics.identify call in JavaScript with traits: name, email, phone, birthday, createdAt',
    text: `analytics.identify('usr_8f2K1xQ', {
  name: 'Tobias Wenzelberg',
  email: 'tobias@wenzelberg-design.de',
  phone: '+49 171 4829305',
  birthday: '1987-04-22',
  plan: 'team',
  createdAt: '2023-09-14T08:12:55Z'
});`,
    expected: [
      ['PERSON', 'Tobias Wenzelberg'],
      ['EMAIL', 'tobias@wenzelberg-design.de'],
      ['PHONE', '+49 171 4829305'],
      ['DATE_OF_BIRTH', '1987-04-22'],
    ],
  },
  {
    name: 'Amplitude export NDJSON line: user_properties with first and last name in separate keys, an IP, a device id',
    text: `{"event_type":"Subscription Renewed","user_id":"482913","device_id":"C8F2A1B4-77E0-4D2B-9F61-3A5E0C2D9B17","event_time":"2024-11-02 14:07:31.224000","ip_address":"86.143.205.17","country":"United Kingdom","user_properties":{"first_name":"Niamh","last_name":"Cavanagh","email":"niamh.cavanagh@btinternet.com","plan":"annual"},"event_properties":{"amount":89.99,"currency":"GBP"}}`,
    expected: [
      ['IP_ADDRESS', '86.143.205.17'],
      ['PERSON', 'Niamh'],
      ['PERSON', 'Cavanagh'],
      ['EMAIL', 'niamh.cavanagh@btinternet.com'],
    ],
  },
  {
    name: 'Mixpanel engage profile: $first_name, $last_name, $email, $phone, $ip and $distinct_id',
    text: `{"$distinct_id":"a81f3c02-5d7e-4b19-8e6a-0c4f9b2d7e31","$properties":{"$first_name":"Oluwaseun","$last_name":"Adeyemi-Brooks","$email":"seun.adeyemi@gmail.com","$phone":"+1 (312) 846-2291","$ip":"73.189.41.206","$city":"Chicago","$last_seen":"2024-10-28T19:44:10"}}`,
    expected: [
      ['PERSON', 'Oluwaseun'],
      ['PERSON', 'Adeyemi-Brooks'],
      ['EMAIL', 'seun.adeyemi@gmail.com'],
      ['PHONE', '+1 (312) 846-2291'],
      ['IP_ADDRESS', '73.189.41.206'],
    ],
  },
  {
    name: 'GA4 BigQuery export row as JSON: user_properties as key and string_value pairs with an e-mail and a phone; user_pseudo_id',
    text: `{"event_date":"20241103","event_timestamp":"1730641925118204","event_name":"generate_lead","user_pseudo_id":"1938274650.1730641801","user_properties":[{"key":"crm_email","value":{"string_value":"harriet.lindqvist@telia.se","int_value":null}},{"key":"crm_phone","value":{"string_value":"+46 70 284 19 53","int_value":null}},{"key":"lead_score","value":{"string_value":null,"int_value":"72"}}],"geo":{"country":"Sweden","city":"Uppsala"}}`,
    expected: [
      ['EMAIL', 'harriet.lindqvist@telia.se'],
      ['PHONE', '+46 70 284 19 53'],
    ],
  },
  {
    name: 'Stripe charge.succeeded webhook: billing_details name, email and phone; card brand and last4 only; ids',
    text: `{"id":"evt_3QF7kLJ2eZvKYlo21x9Wm4Pc","type":"charge.succeeded","data":{"object":{"id":"ch_3QF7kLJ2eZvKYlo21gT8Rs0a","amount":4900,"currency":"usd","billing_details":{"address":{"city":"Austin","country":"US","line1":"4108 Speedway","postal_code":"78751","state":"TX"},"email":"garrett.molina@utexas.edu","name":"Garrett Molina","phone":"+15128830417"},"payment_method_details":{"card":{"brand":"visa","exp_month":8,"exp_year":2027,"last4":"4242","fingerprint":"Xt9qLm3ZpR8wKc2V"}}}}}`,
    expected: [
      ['EMAIL', 'garrett.molina@utexas.edu'],
      ['PERSON', 'Garrett Molina'],
      ['PHONE', '+15128830417'],
    ],
  },
  {
    name: 'Twilio Messages API resource: from and to numbers in E.164, a body in which the sender introduces herself; the account token in a curl line',
    text: `$ curl -s -u AC7e2b9f41c08d3a65e17b4c92f0d8a316:${twilioToken} https://api.twilio.com/2010-04-01/Accounts/AC7e2b9f41c08d3a65e17b4c92f0d8a316/Messages/SM1f0c.json
{"sid":"SM1f0c8e2a947b4d6e9a3c5f7b2d8e1a04","from":"+14158672093","to":"+16282140375","body":"Hi, this is Dana Pruitt - can I move my cleaning to Thursday?","status":"received","date_sent":"Fri, 29 Nov 2024 17:21:08 +0000"}`,
    expected: [
      ['SECRET', twilioToken],
      ['PHONE', '+14158672093'],
      ['PHONE', '+16282140375'],
      ['PERSON', 'Dana Pruitt'],
    ],
  },
  {
    name: 'SendGrid event webhook batch: bounce and open events with recipient addresses and IPs; sg_message_id',
    text: `[{"email":"r.okafor@outlook.com","timestamp":1732868012,"event":"bounce","reason":"550 5.1.1 mailbox unavailable","sg_message_id":"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0","ip":"167.89.118.52"},{"email":"b.marchetti@libero.it","timestamp":1732868101,"event":"open","useragent":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)","ip":"151.38.204.77"}]`,
    expected: [
      ['EMAIL', 'r.okafor@outlook.com'],
      ['IP_ADDRESS', '167.89.118.52'],
      ['EMAIL', 'b.marchetti@libero.it'],
      ['IP_ADDRESS', '151.38.204.77'],
    ],
  },
  {
    name: 'Auth0 tenant log (type f, failed login): user_name an e-mail, an IP, a user agent and a log id',
    text: `{"date":"2024-11-29T09:14:52.331Z","type":"f","description":"Wrong email or password.","connection":"Username-Password-Authentication","client_name":"Acme Portal","ip":"92.40.187.14","user_agent":"Chrome 131.0.0 / Windows 10.0.0","user_name":"farida.haddad@protonmail.com","log_id":"90020241129091452331017000000000000001223372061274651938"}`,
    expected: [
      ['IP_ADDRESS', '92.40.187.14'],
      ['EMAIL', 'farida.haddad@protonmail.com'],
    ],
  },
  {
    name: 'Okta System Log event: actor displayName and alternateId, client ipAddress, a target user',
    text: `{"eventType":"user.account.update_password","displayMessage":"User update password for Okta","actor":{"id":"00u1a2b3c4D5e6F7g8h9","type":"User","alternateId":"kwabena.asante@northwind-logistics.com","displayName":"Kwabena Asante-Darko"},"client":{"ipAddress":"197.255.64.211","geographicalContext":{"city":"Accra","country":"Ghana"}},"outcome":{"result":"SUCCESS"},"published":"2024-11-28T16:02:11.418Z"}`,
    expected: [
      ['EMAIL', 'kwabena.asante@northwind-logistics.com'],
      ['PERSON', 'Kwabena Asante-Darko'],
      ['IP_ADDRESS', '197.255.64.211'],
    ],
  },
  {
    name: 'aws cognito-idp admin-get-user output: UserAttributes as Name/Value pairs with given_name, family_name, phone_number, birthdate',
    text: `{
    "Username": "7c1e4a92-3b58-4f06-a2d9-81e5c3b7f640",
    "UserAttributes": [
        { "Name": "sub", "Value": "7c1e4a92-3b58-4f06-a2d9-81e5c3b7f640" },
        { "Name": "given_name", "Value": "Priyanka" },
        { "Name": "family_name", "Value": "Venkataraman" },
        { "Name": "email", "Value": "priyanka.v@zohomail.in" },
        { "Name": "phone_number", "Value": "+919845127306" },
        { "Name": "birthdate", "Value": "1990-12-03" }
    ],
    "UserCreateDate": "2023-05-17T10:22:41.905000+00:00",
    "Enabled": true,
    "UserStatus": "CONFIRMED"
}`,
    expected: [
      ['PERSON', 'Priyanka'],
      ['PERSON', 'Venkataraman'],
      ['EMAIL', 'priyanka.v@zohomail.in'],
      ['PHONE', '+919845127306'],
      ['DATE_OF_BIRTH', '1990-12-03'],
    ],
  },
  {
    name: 'Supabase table export as CSV: full_name, email, phone and date_of_birth columns, uuid and timestamptz',
    text: `id,full_name,email,phone,date_of_birth,created_at
b3f1c8e2-6a4d-4e9b-8c17-2d5f0a9e3b61,Imogen Thackeray,imogen.thackeray@icloud.com,+44 7700 183 592,1996-07-19,2024-02-11 09:31:07.118+00
e07a2d94-1c6b-4f38-9e25-7b8d3c0f1a42,Callum Rennie,callum.rennie@gmail.com,+44 7911 406 238,1983-01-30,2024-02-12 15:02:44.902+00`,
    expected: [
      ['PERSON', 'Imogen Thackeray'],
      ['EMAIL', 'imogen.thackeray@icloud.com'],
      ['PHONE', '+44 7700 183 592'],
      ['DATE_OF_BIRTH', '1996-07-19'],
      ['PERSON', 'Callum Rennie'],
      ['EMAIL', 'callum.rennie@gmail.com'],
      ['PHONE', '+44 7911 406 238'],
      ['DATE_OF_BIRTH', '1983-01-30'],
    ],
  },
  {
    name: 'mongoexport line in relaxed extended JSON: $oid, a birthDate as $date at midnight (the date counts, not its time), a nested contact',
    text: `{"_id":{"$oid":"6548a1f27c3e9b0d14f2a8c5"},"patientName":"Ruairí Ó Floinn","birthDate":{"$date":"1979-02-11T00:00:00Z"},"contact":{"email":"ruairi.ofloinn@eircom.net","mobile":"+353 87 419 2236"},"updatedAt":{"$date":"2024-11-20T13:45:02.118Z"}}`,
    expected: [
      ['PERSON', 'Ruairí Ó Floinn'],
      ['DATE_OF_BIRTH', '1979-02-11'],
      ['EMAIL', 'ruairi.ofloinn@eircom.net'],
      ['PHONE', '+353 87 419 2236'],
    ],
  },
  {
    name: 'redis-cli MONITOR output: client address with port, an AUTH with the password, HSET of a user hash with e-mail and phone',
    text: `OK
1732871902.118442 [0 10.0.3.21:52344] "AUTH" "${redisPassword}"
1732871902.119015 [0 10.0.3.21:52344] "HSET" "user:4821" "email" "lena.vogt@gmx.at" "phone" "+43 664 2819374" "tier" "gold"
1732871902.119288 [0 10.0.3.21:52344] "EXPIRE" "user:4821" "86400"`,
    expected: [
      ['IP_ADDRESS', '10.0.3.21'],
      ['SECRET', redisPassword],
      ['IP_ADDRESS', '10.0.3.21'],
      ['EMAIL', 'lena.vogt@gmx.at'],
      ['PHONE', '+43 664 2819374'],
      ['IP_ADDRESS', '10.0.3.21'],
    ],
  },
  {
    name: 'kcat consumer dump with key, headers and value: an order event with the customer name, e-mail and a full card number a producer should not have sent',
    text: `% Reached end of topic orders.v2 [3] at offset 118204
Key: cust-77120
Headers: trace-id=9c1e7f2a4b,producer=pos-gateway-eu
Value: {"orderId":"ORD-2024-118204","customer":{"name":"Henrike Ostermann","email":"henrike.ostermann@web.de"},"payment":{"pan":"5528461930275843","expiry":"09/27"},"total":"142.80"}
% Reached end of topic orders.v2 [3] at offset 118205`,
    expected: [
      ['PERSON', 'Henrike Ostermann'],
      ['EMAIL', 'henrike.ostermann@web.de'],
      ['CREDIT_CARD', '5528461930275843'],
    ],
  },
  {
    name: 'Elasticsearch search response: hits with _source of support tickets, requester name and e-mail, a phone in the message body',
    text: `{"took":7,"timed_out":false,"hits":{"total":{"value":2,"relation":"eq"},"max_score":8.41,"hits":[{"_index":"tickets-2024.11","_id":"t8KxP5MBq2","_score":8.41,"_source":{"requester":{"name":"Wojciech Zalewski","email":"w.zalewski@onet.pl"},"message":"Please call me back on +48 601 372 845, the parcel never arrived."}},{"_index":"tickets-2024.11","_id":"u1LmQ7NBr4","_score":6.02,"_source":{"requester":{"name":"Agnieszka Bąk","email":"agnieszka.bak@wp.pl"},"message":"Refund received, thanks."}}]}}`,
    expected: [
      ['PERSON', 'Wojciech Zalewski'],
      ['EMAIL', 'w.zalewski@onet.pl'],
      ['PHONE', '+48 601 372 845'],
      ['PERSON', 'Agnieszka Bąk'],
      ['EMAIL', 'agnieszka.bak@wp.pl'],
    ],
  },
  // ---------------------------------------------------------------- business exports
  {
    name: 'Workday worker export CSV: Legal_First_Name and Legal_Last_Name apart, Date_of_Birth in M/D/YYYY, National_ID an SSN, Work_Email',
    text: `Employee_ID,Legal_First_Name,Legal_Last_Name,Date_of_Birth,National_ID_Type,National_ID,Work_Email,Hire_Date
21048,Shauna,McAllister,3/14/1988,USA-SSN,512-48-2917,shauna.mcallister@brightwave.com,6/1/2019
21077,Deshawn,Okonjo,11/2/1992,USA-SSN,287-63-4150,deshawn.okonjo@brightwave.com,9/16/2021`,
    expected: [
      ['PERSON', 'Shauna'],
      ['PERSON', 'McAllister'],
      ['DATE_OF_BIRTH', '3/14/1988'],
      ['US_SSN', '512-48-2917'],
      ['EMAIL', 'shauna.mcallister@brightwave.com'],
      ['PERSON', 'Deshawn'],
      ['PERSON', 'Okonjo'],
      ['DATE_OF_BIRTH', '11/2/1992'],
      ['US_SSN', '287-63-4150'],
      ['EMAIL', 'deshawn.okonjo@brightwave.com'],
    ],
  },
  {
    name: 'ADP payroll register as fixed-width text: employee name family-first with a comma, SSN, net pay; check numbers and a company code',
    text: `COMPANY CODE: 7KQ   PAY DATE: 11/27/2024   PAYROLL REGISTER                     PAGE 3
FILE#  EMPLOYEE NAME            SSN            GROSS      NET       CHECK#
004812 HOLLOWAY, BRENDAN T      634-21-8709    3,245.00   2,418.77  0093812
004815 FIGUEROA, ANA LUCIA      401-77-2386    2,980.50   2,251.09  0093813`,
    expected: [
      ['PERSON', 'HOLLOWAY, BRENDAN T'],
      ['US_SSN', '634-21-8709'],
      ['PERSON', 'FIGUEROA, ANA LUCIA'],
      ['US_SSN', '401-77-2386'],
    ],
  },
  {
    name: 'camt.053 statement entry: debtor name and IBAN in RltdPties, a remittance line, an end-to-end id',
    text: `<Ntry>
  <Amt Ccy="EUR">1250.00</Amt>
  <CdtDbtInd>CRDT</CdtDbtInd>
  <BookgDt><Dt>2024-11-28</Dt></BookgDt>
  <NtryDtls><TxDtls>
    <Refs><EndToEndId>E2E-20241128-000417</EndToEndId></Refs>
    <RltdPties>
      <Dbtr><Pty><Nm>Gintarė Vaitkevičienė</Nm></Pty></Dbtr>
      <DbtrAcct><Id><IBAN>LT227300010138264915</IBAN></Id></DbtrAcct>
    </RltdPties>
    <RmtInf><Ustrd>Nuoma gruodis 2024</Ustrd></RmtInf>
  </TxDtls></NtryDtls>
</Ntry>`,
    expected: [
      ['PERSON', 'Gintarė Vaitkevičienė'],
      ['IBAN', 'LT227300010138264915'],
    ],
  },
  {
    name: 'pain.001 credit transfer: creditor name, creditor IBAN (Greek), the debtor a company with its own IBAN; BIC codes',
    text: `<CdtTrfTxInf>
  <PmtId><EndToEndId>INV-88214</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">640.00</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BICFI>ETHNGRAA</BICFI></FinInstnId></CdtrAgt>
  <Cdtr><Nm>Stavroula Papadimitriou</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>GR7501101250000000126485317</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Translation services Oct 2024</Ustrd></RmtInf>
</CdtTrfTxInf>`,
    expected: [
      ['PERSON', 'Stavroula Papadimitriou'],
      ['IBAN', 'GR7501101250000000126485317'],
    ],
  },
  {
    name: 'MT940 statement lines: :86: narrative with a payer name after /NAME/ and an IBAN after /IBAN/',
    text: `:20:STMT241128
:25:GB43LOYD30947261580317
:28C:00231/001
:60F:C241127GBP12840,55
:61:2411281128C450,00NTRFNONREF//TX8812
:86:/EREF/NOTPROVIDED/IBAN/GB32BARC20765872461037/NAME/Eleri Prydderch/REMI/Invoice 2024-117
:62F:C241128GBP13290,55`,
    expected: [
      ['IBAN', 'GB43LOYD30947261580317'],
      ['IBAN', 'GB32BARC20765872461037'],
      ['PERSON', 'Eleri Prydderch'],
    ],
  },
  {
    name: 'Shopify orders export CSV: Email, Billing Name, Billing Phone, Shipping Name (a different person), Notes',
    text: `Name,Email,Financial Status,Total,Billing Name,Billing Phone,Shipping Name,Shipping City,Notes
#10482,t.abernethy@sky.com,paid,64.00,Tamsin Abernethy,+44 7824 519 306,Gideon Abernethy,Bristol,Gift - please leave with neighbour at no. 12`,
    expected: [
      ['EMAIL', 't.abernethy@sky.com'],
      ['PERSON', 'Tamsin Abernethy'],
      ['PHONE', '+44 7824 519 306'],
      ['PERSON', 'Gideon Abernethy'],
    ],
  },
  {
    name: 'WooCommerce REST order JSON: billing first_name and last_name, shipping the same person, customer_ip_address, customer_note with a phone',
    text: `{"id":7731,"status":"processing","billing":{"first_name":"Mirela","last_name":"Kovačević","company":"","address_1":"Ilica 118","city":"Zagreb","postcode":"10000","country":"HR","email":"mirela.kovacevic@gmail.com","phone":"+385 91 472 3058"},"shipping":{"first_name":"Mirela","last_name":"Kovačević","city":"Zagreb"},"customer_ip_address":"78.134.201.49","customer_note":"Molim nazvati prije dostave na 091 472 3058"}`,
    expected: [
      ['PERSON', 'Mirela'],
      ['PERSON', 'Kovačević'],
      ['EMAIL', 'mirela.kovacevic@gmail.com'],
      ['PHONE', '+385 91 472 3058'],
      ['PERSON', 'Mirela'],
      ['PERSON', 'Kovačević'],
      ['IP_ADDRESS', '78.134.201.49'],
      ['PHONE', '091 472 3058'],
    ],
  },
  {
    name: 'Zendesk ticket comments JSON: an end user writing with a signature and phone, an agent reply signed with a first name only (never named in full)',
    text: `{"comments":[{"id":2218840011,"author_id":39120044,"public":true,"body":"Hello,\\nmy invoice shows the wrong VAT number. Could someone call me?\\n\\nKind regards,\\nFrancesca Mariani\\nAccounts, Lago Verde S.r.l.\\nTel. +39 02 8734 1196"},{"id":2218840457,"author_id":11873002,"public":true,"body":"Hi Francesca,\\nthanks for flagging this, I've corrected it and re-sent the invoice.\\nBest,\\nTom"}]}`,
    expected: [
      ['PERSON', 'Francesca Mariani'],
      ['PHONE', '+39 02 8734 1196'],
      ['PERSON', 'Francesca'],
    ],
  },
  {
    name: 'Freshdesk ticket description where a customer pasted a card number with spaces and an expiry; requester fields',
    text: `{"id":58812,"subject":"Payment failed twice","requester":{"name":"Lorcan Whitby","email":"lorcan.whitby@yahoo.co.uk"},"description_text":"I tried paying with 4532 0178 4420 1965 exp 04/28 and it failed twice. Can you charge it manually?","priority":2,"status":2}`,
    expected: [
      ['PERSON', 'Lorcan Whitby'],
      ['EMAIL', 'lorcan.whitby@yahoo.co.uk'],
      ['CREDIT_CARD', '4532 0178 4420 1965'],
    ],
  },
  {
    name: 'Intercom conversation parts: a user author with name and email, an admin author, a note body with a date of birth answer',
    text: `{"type":"conversation","id":"215467","source":{"author":{"type":"user","name":"Bogdana Iliescu","email":"bogdana.iliescu@gmail.com"},"body":"<p>I need to update my date of birth on the account.</p>"},"conversation_parts":{"conversation_parts":[{"part_type":"comment","author":{"type":"admin","name":"Support Bot"},"body":"<p>Sure - what is the correct date of birth?</p>"},{"part_type":"comment","author":{"type":"user","name":"Bogdana Iliescu"},"body":"<p>It should be 02/09/1985.</p>"}]}}`,
    expected: [
      ['PERSON', 'Bogdana Iliescu'],
      ['EMAIL', 'bogdana.iliescu@gmail.com'],
      ['PERSON', 'Bogdana Iliescu'],
      ['DATE_OF_BIRTH', '02/09/1985'],
    ],
  },
  {
    name: 'Gmail API users.messages.get payload headers: From with display name, To with two recipients, Cc, a Message-ID; snippet',
    text: `{"id":"1934f0c2a8e71b5d","threadId":"1934f0c2a8e71b5d","snippet":"Hi both, attaching the signed lease","payload":{"headers":[{"name":"From","value":"Caoimhe Brannigan <caoimhe.brannigan@gmail.com>"},{"name":"To","value":"\\"Desmond Kearney\\" <dkearney@kearneylettings.ie>, accounts@kearneylettings.ie"},{"name":"Cc","value":"Padraig Brannigan <padraig.b@outlook.ie>"},{"name":"Message-ID","value":"<CAF8x2pQ7=Lk3mZ9rT@mail.gmail.com>"},{"name":"Date","value":"Thu, 28 Nov 2024 18:02:44 +0000"}]}}`,
    expected: [
      ['PERSON', 'Caoimhe Brannigan'],
      ['EMAIL', 'caoimhe.brannigan@gmail.com'],
      ['PERSON', 'Desmond Kearney'],
      ['EMAIL', 'dkearney@kearneylettings.ie'],
      ['EMAIL', 'accounts@kearneylettings.ie'],
      ['PERSON', 'Padraig Brannigan'],
      ['EMAIL', 'padraig.b@outlook.ie'],
    ],
  },
  {
    name: 'Outlook forwarded thread: From, Sent, To and Cc blocks with names and bracketed addresses, a sign-off with a direct line',
    text: `---------- Forwarded message ----------
From: Marguerite Delacroix-Hume <m.delacroix-hume@harcourtlegal.co.uk>
Sent: Wednesday, November 27, 2024 4:18 PM
To: Yusuf Karaman <yusuf.karaman@harcourtlegal.co.uk>
Cc: Helena Sturridge <helena.sturridge@harcourtlegal.co.uk>
Subject: RE: Completion statement - 14 Alder Row

Yusuf, can you check the apportionment before we send it?

Marguerite Delacroix-Hume
Senior Associate | DD: +44 20 7946 3182`,
    expected: [
      ['PERSON', 'Marguerite Delacroix-Hume'],
      ['EMAIL', 'm.delacroix-hume@harcourtlegal.co.uk'],
      ['PERSON', 'Yusuf Karaman'],
      ['EMAIL', 'yusuf.karaman@harcourtlegal.co.uk'],
      ['PERSON', 'Helena Sturridge'],
      ['EMAIL', 'helena.sturridge@harcourtlegal.co.uk'],
      ['PERSON', 'Yusuf'],
      ['PERSON', 'Marguerite Delacroix-Hume'],
      ['PHONE', '+44 20 7946 3182'],
    ],
  },
  {
    name: 'Meeting notes in Markdown: Attendees list, action items with @ mentions of given names of attendees, a phone for a vendor contact',
    text: `## Vendor sync - 2024-11-26
**Attendees:** Rosalind Achterberg, Tunde Bakare, Ines Carvalho (Loomstack)

### Notes
- Loomstack SSO goes live 12/09; Ines will send the SAML metadata.
- Escalation contact at Loomstack: Ines Carvalho, +351 912 408 736

### Action items
- [ ] @Tunde chase the DPA redlines
- [ ] @Rosalind book the security review`,
    expected: [
      ['PERSON', 'Rosalind Achterberg'],
      ['PERSON', 'Tunde Bakare'],
      ['PERSON', 'Ines Carvalho'],
      ['PERSON', 'Ines'],
      ['PERSON', 'Ines Carvalho'],
      ['PHONE', '+351 912 408 736'],
      ['PERSON', 'Tunde'],
      ['PERSON', 'Rosalind'],
    ],
  },
  // ---------------------------------------------------------------- code and engineering
  {
    name: 'git log with Author and Co-authored-by trailers: names and addresses, one a GitHub noreply address with a numeric prefix; commit hashes and dates',
    text: `commit 9f4e1c27b8a3d6052e7f1b94c3a8d0e5f2b71c46
Author: Wiebke Hansmeier <wiebke.hansmeier@posteo.de>
Date:   Tue Nov 26 14:52:07 2024 +0100

    fix(parser): handle empty CSV header rows

    Co-authored-by: Arjun Raghunathan <arjun.r@fastmail.com>

commit 3b7d0a58e1c49f26d8b05e7a1c3f94d2e6a80b17
Author: Kemal Aydın <118204377+kaydin@users.noreply.github.com>
Date:   Mon Nov 25 06:01:13 2024 +0000

    chore(deps): bump vitest from 2.1.4 to 2.1.5`,
    expected: [
      ['PERSON', 'Wiebke Hansmeier'],
      ['EMAIL', 'wiebke.hansmeier@posteo.de'],
      ['PERSON', 'Arjun Raghunathan'],
      ['EMAIL', 'arjun.r@fastmail.com'],
      ['PERSON', 'Kemal Aydın'],
      ['EMAIL', '118204377+kaydin@users.noreply.github.com'],
    ],
  },
  {
    name: 'git blame --line-porcelain excerpt: author, author-mail in angle brackets, committer, summary; the blamed line holds a token',
    text: `e81c4f0a9d2b73c5f6a1e8d04b9c27f3a5d6e810 42 42 1
author Szymon Wróblewski
author-mail <szymon.wroblewski@gmail.com>
author-time 1729507311
author-tz +0200
committer GitHub
committer-mail <noreply@github.com>
summary ci: add release workflow
filename .github/workflows/release.yml
	          GH_TOKEN: ${githubToken}`,
    expected: [
      ['PERSON', 'Szymon Wróblewski'],
      ['EMAIL', 'szymon.wroblewski@gmail.com'],
      ['EMAIL', 'noreply@github.com'],
      ['SECRET', githubToken],
    ],
  },
  {
    name: 'package.json with author as one string and contributors as objects; versions and a repository URL',
    text: `{
  "name": "@tidewater/csv-sniffer",
  "version": "3.2.0-rc.1",
  "author": "Leopold Ferncastle <leo@ferncastle.dev> (https://ferncastle.dev)",
  "contributors": [
    { "name": "Annika Sjöberg", "email": "annika.sjoberg@proton.me" },
    { "name": "Mateus Albuquerque", "url": "https://github.com/mateusalb" }
  ],
  "repository": "github:tidewater/csv-sniffer",
  "engines": { "node": ">=18.18.0" }
}`,
    expected: [
      ['PERSON', 'Leopold Ferncastle'],
      ['EMAIL', 'leo@ferncastle.dev'],
      ['PERSON', 'Annika Sjöberg'],
      ['EMAIL', 'annika.sjoberg@proton.me'],
      ['PERSON', 'Mateus Albuquerque'],
    ],
  },
  {
    name: 'pyproject.toml authors and maintainers as inline tables; a classifier and a version',
    text: `[project]
name = "fjordlake-etl"
version = "0.9.4"
authors = [
  { name = "Sigrún Haraldsdóttir", email = "sigrun.haraldsdottir@gmail.com" },
]
maintainers = [
  { name = "Bartholomew Ngata", email = "bart.ngata@xtra.co.nz" },
  { name = "Fjordlake Data Team", email = "data-team@fjordlake.no" },
]
classifiers = ["Programming Language :: Python :: 3.12", "License :: OSI Approved :: MIT License"]`,
    expected: [
      ['PERSON', 'Sigrún Haraldsdóttir'],
      ['EMAIL', 'sigrun.haraldsdottir@gmail.com'],
      ['PERSON', 'Bartholomew Ngata'],
      ['EMAIL', 'bart.ngata@xtra.co.nz'],
      ['EMAIL', 'data-team@fjordlake.no'],
    ],
  },
  {
    name: 'CODEOWNERS with team handles, GitHub usernames and one owner by e-mail',
    text: `# Each line is a file pattern followed by one or more owners.
*                       @tidewater/platform
/src/billing/           @tidewater/payments @okeowo-f
/docs/                  @hkallstrom
/infra/terraform/       marguerite.oyelaran@tidewater.io`,
    expected: [['EMAIL', 'marguerite.oyelaran@tidewater.io']],
  },
  {
    name: 'SQL seed migration inserting customers with names, e-mails, phones and birth dates; a bcrypt hash is no secret of ours',
    text: `-- 20241118_seed_customers.sql
INSERT INTO customers (id, first_name, last_name, email, phone, date_of_birth, password_hash) VALUES
  (1, 'Eudora', 'Blackwood', 'eudora.blackwood@gmail.com', '+1 646-382-9017', '1971-05-08', '$2b$12$Qk3uXv9LmR2tZpW8yNc4OeJ1bH5sD7gF0aK6iU3oE9rT2wY4xV8mC'),
  (2, 'Ignacio', 'Valderrama', 'ignacio.valderrama@hotmail.com', '+1 305-917-4428', '1989-10-27', '$2b$12$Tz8wLq1Nv5Xc3Rk7Pm2HbO4eY9uJ6sF0dG2aK8iW5oQ1rE3tV7yZm');`,
    expected: [
      ['PERSON', 'Eudora'],
      ['PERSON', 'Blackwood'],
      ['EMAIL', 'eudora.blackwood@gmail.com'],
      ['PHONE', '+1 646-382-9017'],
      ['DATE_OF_BIRTH', '1971-05-08'],
      ['PERSON', 'Ignacio'],
      ['PERSON', 'Valderrama'],
      ['EMAIL', 'ignacio.valderrama@hotmail.com'],
      ['PHONE', '+1 305-917-4428'],
      ['DATE_OF_BIRTH', '1989-10-27'],
    ],
  },
  {
    name: 'Python test fixture copied from a production row (real-looking domain): a factory_boy factory with literal values',
    text: `class CustomerFactory(factory.Factory):
    class Meta:
        model = Customer

    # copied from prod ticket #4471 to reproduce the bug
    full_name = "Thandiwe Mokoena"
    email = "thandiwe.mokoena@vodamail.co.za"
    msisdn = "+27 82 614 3097"
    dob = datetime.date(1994, 8, 16)`,
    expected: [
      ['PERSON', 'Thandiwe Mokoena'],
      ['EMAIL', 'thandiwe.mokoena@vodamail.co.za'],
      ['PHONE', '+27 82 614 3097'],
      ['DATE_OF_BIRTH', '1994, 8, 16'],
    ],
  },
  {
    name: 'kubectl describe pod output: pod and node IPs, an env block with a Slack bot token in plain value, events',
    text: `Name:             notifier-7d9c5b8f4-x2lkq
Namespace:        prod
Node:             node-pool-b-3/10.20.31.144
Status:           Running
IP:               10.20.44.87
Containers:
  notifier:
    Image:          registry.tidewater.io/notifier:1.18.2@sha256:4f9a2c7e1b8d3a6f0c5e9b2d7a4f1c8e3b6d9a0f2c5e8b1d4a7f0c3e6b9d2a5f
    Environment:
      SLACK_BOT_TOKEN:  ${slackToken}
      LOG_LEVEL:        info
Events:
  Type    Reason   Age   From     Message
  Normal  Pulled   3m    kubelet  Container image "registry.tidewater.io/notifier:1.18.2" already present on machine`,
    expected: [
      ['IP_ADDRESS', '10.20.31.144'],
      ['IP_ADDRESS', '10.20.44.87'],
      ['SECRET', slackToken],
    ],
  },
  {
    name: 'Sentry event JSON: user context with email, ip_address and username; breadcrumbs of an HTTP call and a console line with a phone',
    text: `{"event_id":"b7e3c1a94f2d48e6a05c9f1e7d3b2a84","level":"error","user":{"id":"40417","email":"anouk.verstappen@ziggo.nl","ip_address":"84.26.197.203","username":"anouk_v"},"breadcrumbs":{"values":[{"category":"fetch","data":{"method":"POST","url":"/api/profile","status_code":422}},{"category":"console","level":"warning","message":"phone failed validation: +31 6 4829 1037"}]},"exception":{"values":[{"type":"ValidationError","value":"phone must be E.164"}]}}`,
    expected: [
      ['EMAIL', 'anouk.verstappen@ziggo.nl'],
      ['IP_ADDRESS', '84.26.197.203'],
      ['PHONE', '+31 6 4829 1037'],
    ],
  },
  {
    name: 'GitHub PR review comment thread: a reviewer flags a live Stripe key in a diff; reviewer names in the thread header',
    text: `**Hollis Pemberton-Wade** reviewed on src/payments/client.ts line 12:
\`\`\`diff
+const stripe = new Stripe('${stripeKey}', { apiVersion: '2024-06-20' });
\`\`\`
> This is a live key - please rotate it and load it from the environment. cc @ajlindgren

**Astrid Lindgren-Moe** replied: rotated, thanks Hollis.`,
    expected: [
      ['PERSON', 'Hollis Pemberton-Wade'],
      ['SECRET', stripeKey],
      ['PERSON', 'Astrid Lindgren-Moe'],
      ['PERSON', 'Hollis'],
    ],
  },
  // ---------------------------------------------------------------- European languages covered least
  {
    name: 'Maltese customer form (formola tal-klijent): Isem, Kunjom, Data tat-twelid, a +356 mobile, an MT IBAN grouped',
    text: `FORMOLA TAL-KLIJENT
Isem: Rebekka
Kunjom: Camilleri
Data tat-twelid: 23/06/1990
Indirizz: 42, Triq il-Kbira, Ħaż-Żebbuġ
Mowbajl: +356 7912 4836
Email: rebekka.camilleri@gmail.com
IBAN: MT24 VALL 2201 3000 0000 4001 7286 531`,
    expected: [
      ['PERSON', 'Rebekka'],
      ['PERSON', 'Camilleri'],
      ['DATE_OF_BIRTH', '23/06/1990'],
      ['PHONE', '+356 7912 4836'],
      ['EMAIL', 'rebekka.camilleri@gmail.com'],
      ['IBAN', 'MT24 VALL 2201 3000 0000 4001 7286 531'],
    ],
  },
  {
    name: 'Welsh council form (ffurflen): Enw llawn, Dyddiad geni, Rhif ffôn, E-bost; a Welsh street',
    text: `Ffurflen gais am drwydded parcio
Enw llawn: Gwenllian Prydderch
Dyddiad geni: 04/03/1982
Cyfeiriad: 7 Heol y Bont, Aberteifi SA43 1HA
Rhif ffôn: 07723 418 902
E-bost: gwenllian.prydderch@btinternet.com`,
    expected: [
      ['PERSON', 'Gwenllian Prydderch'],
      ['DATE_OF_BIRTH', '04/03/1982'],
      ['PHONE', '07723 418 902'],
      ['EMAIL', 'gwenllian.prydderch@btinternet.com'],
    ],
  },
  {
    name: 'Galician enrolment record (ficha de matrícula): Nome e apelidos, Data de nacemento, Teléfono, an ES IBAN for direct debit; DNI is a national id',
    text: `FICHA DE MATRÍCULA - Escola de Música de Lalín
Nome e apelidos: Uxía Castiñeiras Bouzas
Data de nacemento: 12/10/2011
DNI do titor: 44820193K
Titor/a legal: Xosé Manuel Castiñeiras Rial
Teléfono: 686 214 937
Domiciliación bancaria: ES95 2080 0512 1330 4001 8472`,
    expected: [
      ['PERSON', 'Uxía Castiñeiras Bouzas'],
      ['DATE_OF_BIRTH', '12/10/2011'],
      ['PERSON', 'Xosé Manuel Castiñeiras Rial'],
      ['PHONE', '686 214 937'],
      ['IBAN', 'ES95 2080 0512 1330 4001 8472'],
    ],
  },
  {
    name: 'Luxembourgish registration (Umeldung): Numm, Virnumm, Gebuertsdatum, a +352 phone, an LU IBAN',
    text: `Umeldung fir d'Maison Relais
Numm: Weydert
Virnumm: Jang
Gebuertsdatum: 19.02.2017
Elteren: Carine Weydert-Schmit, Tel. +352 621 483 927
E-Mail: carine.weydert@pt.lu
Kont: LU77 0019 4066 4004 8100`,
    expected: [
      ['PERSON', 'Weydert'],
      ['PERSON', 'Jang'],
      ['DATE_OF_BIRTH', '19.02.2017'],
      ['PERSON', 'Carine Weydert-Schmit'],
      ['PHONE', '+352 621 483 927'],
      ['EMAIL', 'carine.weydert@pt.lu'],
      ['IBAN', 'LU77 0019 4066 4004 8100'],
    ],
  },
  {
    name: 'Croatian HR record: Ime i prezime, Datum rođenja with a trailing dot, OIB (a national id), an HR IBAN, a mobile',
    text: `PODACI O ZAPOSLENIKU
Ime i prezime: Dubravka Šimunović
Datum rođenja: 27. 8. 1986.
OIB: 69435151530
Adresa: Vukovarska 58, 21000 Split
Mobitel: 098 714 2365
IBAN za isplatu plaće: HR3323600001102847193`,
    expected: [
      ['PERSON', 'Dubravka Šimunović'],
      ['DATE_OF_BIRTH', '27. 8. 1986'],
      ['PHONE', '098 714 2365'],
      ['IBAN', 'HR3323600001102847193'],
    ],
  },
  {
    name: 'Serbian in Latin script: a bank customer record with Ime i prezime, Datum rođenja, JMBG (national), an RS IBAN',
    text: `Klijent: Nemanja Radosavljević
Datum rođenja: 05.04.1991.
JMBG: 0504991710215
Telefon: +381 64 218 7390
Račun (IBAN): RS17160005080008163472
E-pošta: nemanja.radosavljevic@gmail.com`,
    expected: [
      ['PERSON', 'Nemanja Radosavljević'],
      ['DATE_OF_BIRTH', '05.04.1991'],
      ['PHONE', '+381 64 218 7390'],
      ['IBAN', 'RS17160005080008163472'],
      ['EMAIL', 'nemanja.radosavljevic@gmail.com'],
    ],
  },
  {
    name: 'Serbian in Cyrillic: a school record with Име и презиме, Датум рођења, the parent named, a phone',
    text: `УЧЕНИЧКИ КАРТОН
Име и презиме: Милица Јовановић
Датум рођења: 14.03.2012.
Родитељ: Драган Јовановић, тел. 063 481 2907
Одељење: VI-2, ОШ „Вук Караџић”, Београд`,
    // The school is named after a person (Vuk Karadžić): it is no person.
    expected: [
      ['PERSON', 'Милица Јовановић'],
      ['DATE_OF_BIRTH', '14.03.2012'],
      ['PERSON', 'Драган Јовановић'],
      ['PHONE', '063 481 2907'],
    ],
  },
  {
    name: 'Bulgarian contract party block: Име three names, ЕГН (national id), дата на раждане, a BG IBAN, a +359 phone',
    text: `ДОГОВОР ЗА НАЕМ
Наемател: Десислава Петрова Колева
ЕГН: 8807124063
Дата на раждане: 12.07.1988 г.
Телефон: +359 888 412 736
IBAN: BG44 UNCR 7000 1528 4619 37`,
    expected: [
      ['PERSON', 'Десислава Петрова Колева'],
      ['DATE_OF_BIRTH', '12.07.1988'],
      ['PHONE', '+359 888 412 736'],
      ['IBAN', 'BG44 UNCR 7000 1528 4619 37'],
    ],
  },
  {
    name: 'Lithuanian e-shop registration: Vardas, pavardė, Gimimo data in ISO form, a +370 mobile, an LT IBAN',
    text: `Registracijos duomenys
Vardas, pavardė: Rūta Žemaitytė
Gimimo data: 1993-09-14
Tel. nr.: +370 612 48 397
El. paštas: ruta.zemaityte@gmail.com
Sąskaitos nr.: LT27 7044 0600 0827 3615`,
    expected: [
      ['PERSON', 'Rūta Žemaitytė'],
      ['DATE_OF_BIRTH', '1993-09-14'],
      ['PHONE', '+370 612 48 397'],
      ['EMAIL', 'ruta.zemaityte@gmail.com'],
      ['IBAN', 'LT27 7044 0600 0827 3615'],
    ],
  },
  {
    name: 'Latvian insurance application: Vārds, uzvārds, Dzimšanas datums, personas kods (national), an LV IBAN',
    text: `Apdrošināšanas pieteikums
Vārds, uzvārds: Kristaps Ozoliņš
Dzimšanas datums: 30.11.1984.
Personas kods: 301184-11427
Tālrunis: +371 26 418 305
Konta numurs: LV32HABA0551048273916`,
    expected: [
      ['PERSON', 'Kristaps Ozoliņš'],
      ['DATE_OF_BIRTH', '30.11.1984'],
      ['PHONE', '+371 26 418 305'],
      ['IBAN', 'LV32HABA0551048273916'],
    ],
  },
  {
    name: 'Albanian application (aplikim): Emri, Mbiemri, Datëlindja, a +355 mobile, an AL IBAN',
    text: `FORMULAR APLIKIMI
Emri: Arbër
Mbiemri: Hoxhallari
Datëlindja: 08.01.1997
Nr. telefoni: +355 69 418 2273
Email: arber.hoxhallari@gmail.com
IBAN: AL19 2021 1099 0000 0002 1427 3859`,
    expected: [
      ['PERSON', 'Arbër'],
      ['PERSON', 'Hoxhallari'],
      ['DATE_OF_BIRTH', '08.01.1997'],
      ['PHONE', '+355 69 418 2273'],
      ['EMAIL', 'arber.hoxhallari@gmail.com'],
      ['IBAN', 'AL19 2021 1099 0000 0002 1427 3859'],
    ],
  },
  {
    name: 'Greek customer card: Ονοματεπώνυμο, Ημερομηνία γέννησης, ΑΦΜ (a tax id), Κινητό, a GR IBAN grouped',
    text: `ΚΑΡΤΕΛΑ ΠΕΛΑΤΗ
Ονοματεπώνυμο: Αικατερίνη Μαυροματάκη
Ημερομηνία γέννησης: 03/05/1979
ΑΦΜ: 128463975
Κινητό: 694 718 2036
IBAN: GR75 0110 1250 0000 0012 6485 317`,
    expected: [
      ['PERSON', 'Αικατερίνη Μαυροματάκη'],
      ['DATE_OF_BIRTH', '03/05/1979'],
      ['PHONE', '694 718 2036'],
      ['IBAN', 'GR75 0110 1250 0000 0012 6485 317'],
    ],
  },
  // ---------------------------------------------------------------- clean hard negatives
  {
    name: 'NEGATIVE: Jest fixture with placeholder people on example.com and example.org, a 555-01xx number, a UUID',
    text: `const users = [
  { id: '0b1e7c52-9a3f-4d8e-b1c6-7f2a5e9d3c08', name: 'Jane Doe', email: 'jane.doe@example.com', phone: '555-0142' },
  { id: 'c4d9a2e1-6f7b-4a3c-8e5d-1b9f0c2a7e64', name: 'John Smith', email: 'john@example.org', phone: '555-0199' },
];`,
    expected: [],
  },
  {
    name: 'NEGATIVE: terraform plan with resource ids, ARNs, an AMI, a CIDR-less subnet name, sensitive values hidden',
    text: `  # aws_db_instance.analytics will be updated in-place
  ~ resource "aws_db_instance" "analytics" {
      ~ engine_version = "15.4" -> "16.3"
        id             = "db-7KQ2ZP4LMXW3RT5VNC6YB"
      ~ password       = (sensitive value)
        arn            = "arn:aws:rds:eu-west-1:418273650912:db:analytics"
        # (42 unchanged attributes hidden)
    }
Plan: 0 to add, 1 to change, 0 to destroy.`,
    expected: [],
  },
  {
    name: 'NEGATIVE: kubectl get events with pod names, image digests, versions and durations',
    text: `LAST SEEN   TYPE      REASON              OBJECT                                MESSAGE
2m14s       Normal    Scheduled           pod/api-6b8f9d7c5-q4w2z               Successfully assigned prod/api-6b8f9d7c5-q4w2z to node-pool-b-3
2m13s       Normal    Pulling             pod/api-6b8f9d7c5-q4w2z               Pulling image "ghcr.io/tidewater/api:4.12.0"
2m02s       Normal    Pulled              pod/api-6b8f9d7c5-q4w2z               Successfully pulled image in 11.204s (11.204s including waiting)
118s        Warning   BackOff             pod/worker-57d4c9b6f-8mzxk            Back-off restarting failed container worker in pod worker-57d4c9b6f-8mzxk`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Stripe test-mode payment method: masked card (last4 and fingerprint), customer and payment ids, a postal code',
    text: `{"id":"pm_1QF8aB2eZvKYlo2CwR7tLm9X","object":"payment_method","card":{"brand":"mastercard","country":"US","exp_month":12,"exp_year":2028,"last4":"4444","display":"•••• •••• •••• 4444","fingerprint":"hT2kQ9wLm4Rz"},"customer":"cus_R7tLm9XhQ2wK4z","billing_details":{"address":{"postal_code":"94107"}},"livemode":false,"created":1732870011}`,
    expected: [],
  },
  {
    name: 'NEGATIVE: GA4 export row with pseudonymous ids, microsecond timestamps, a page path and a version string',
    text: `{"event_date":"20241128","event_timestamp":"1732789102448117","event_name":"page_view","user_pseudo_id":"2084719365.1732788990","event_params":[{"key":"page_location","value":{"string_value":"https://shop.tidewater.io/products/rain-shell-2"}},{"key":"ga_session_id","value":{"int_value":"1732788990"}},{"key":"app_version","value":{"string_value":"5.18.2.1"}}],"device":{"category":"mobile","operating_system_version":"iOS 17.6.1"}}`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Jira ticket about algorithms and features named after people: Dijkstra routing, Levenshtein matching, a Gaussian blur, a Kalman filter, Ada Lovelace Day campaign',
    text: `DATA-2231 Replace naive fuzzy matching with Levenshtein distance on customer names
Description: The route optimiser should use Dijkstra instead of the greedy pass; for the image pipeline keep the Gaussian blur at sigma 1.5. The telemetry smoother is a Kalman filter. Marketing asks for the Ada Lovelace Day banner by Oct 8.
Labels: algorithms, q4-planning   Story points: 5`,
    expected: [],
  },
  {
    name: 'NEGATIVE: MT940 narrative with a masked IBAN, an IBAN whose check digits fail mod 97, a company payer and references',
    text: `:61:2411281128D1200,00NTRFINV-55812//TX9921
:86:/EREF/INV-55812/IBAN/MT25VALL22013000000040017286531/NAME/Valletta Marine Supplies Ltd/REMI/Order 55812
:86:/EREF/REF-2024-77/IBAN/DE** **** **** **** 3847/NAME/Nordlicht Energie GmbH`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Maltese and Greek places and institutions named after people: Triq Dun Karm, Pjazza San Ġorġ, Venizelos airport, Οδός Ελευθερίου Βενιζέλου',
    text: `Il-ħanut jinsab fi Triq Dun Karm, Birkirkara, qrib Pjazza San Ġorġ. Arrivals: Athens International Airport "Eleftherios Venizelos" (ATH); the office is at Οδός Ελευθερίου Βενιζέλου 32, Αθήνα, next to Πανεπιστήμιο Αθηνών.`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Sentry breadcrumbs with filtered values, a hashed user id and a release version',
    text: `{"release":"web@7.3.0+build.4418","user":{"id":"sha256:3f9c1e7a2b4d8f06c5e1a9b7d3f2c0e48a6b1d9f7e3c5a2b8d0f4e6c1a9b3d7f","email":"[Filtered]","ip_address":"{{auto}}"},"breadcrumbs":[{"category":"ui.click","message":"button#submit-order"},{"category":"xhr","data":{"url":"/api/orders?token=[Filtered]","status_code":200}}]}`,
    expected: [],
  },
  {
    name: 'NEGATIVE: WooCommerce order notes with an order number, a tracking number, a number failing Luhn and a gift card code',
    text: `Order #104829 shipped via DPD, tracking 15505218743291. Customer tried card 4917482017364519 (declined: invalid number). Gift card GC-7731-4482-9910 applied, remaining balance 12.50.`,
    expected: [],
  },
  {
    name: 'NEGATIVE: Lithuanian and Croatian invoice headers: company codes, VAT numbers, a creditor reference and a street named after a person',
    text: `UAB „Baltijos Duomenys“, įmonės kodas 304918275, PVM mokėtojo kodas LT100011827413, Gedimino pr. 9, Vilnius
Račun br. 2024-1187-01, Podravka d.d., OIB 18928523252, Ulica Ante Starčevića 32, Koprivnica, poziv na broj HR00 1187-2024`,
    expected: [],
  },
  {
    name: 'NEGATIVE: public figures as topics in a news-analytics prompt, with timestamps and article ids',
    text: `Summarise sentiment for article ids 88172, 88190 (published 2024-11-27T06:00:00Z): coverage of Ursula von der Leyen's trade remarks and Christine Lagarde's rate comments, and of Taylor Swift's tour revenue in Q3.`,
    expected: [],
  },
];

describeHoldout(
  'privacy hold-out 52: SaaS payloads, business exports, engineering files, little-covered European languages',
  cases,
);
