import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A fourteenth hand-written hold-out: adtech, mobile, fintech, research and payroll material as it
 * is pasted into an AI assistant, in shapes the first thirteen do not cover. Adtech and marketing (a
 * DSP click log with IDFA/GAID and hashed e-mails, a Google Ads Customer Match upload, a hashed Meta
 * customer list with an AppsFlyer postback, a UTM-tagged link audit, an e-mail campaign bounce
 * export); mobile apps (a Firebase Crashlytics issue with custom keys, a Sentry iOS event, Android
 * logcat with OkHttp logging, iOS console output with an APNs token, an in-app support chat);
 * fintech and KYC (a KYC review with sanctions and PEP screening hits, a crypto exchange withdrawal
 * log, a card-issuing API response with a full PAN in a debug field, a Plaid transactions/sync
 * exchange, a French SEPA direct-debit mandate); research (a clinical-trial CRF page, survey
 * microdata with free-text answers, an IRB consent log, a REDCap API export); tax and payroll (a UK
 * P60, a German Lohnsteuerbescheinigung, a Dutch loonstrook, a US W-2, a Canadian T4); and a Spanish
 * bank statement with Bizum, an Italian KYC form, a Brazilian Pix receipt, a Japanese withholding
 * slip and an Indian payslip with a Hinglish message. Hard negatives of the same shapes: wallet
 * addresses and transaction hashes, device, advertising, install and vendor ids, push tokens,
 * SHA-256 hashed e-mails and phones, masked PANs and CPFs, trial subject ids and initials, NI, SIN,
 * BSN, Steuer-ID, codice fiscale, PAN and UAN numbers, creditor ids and mandate references, employer
 * tax references, amounts, and dates of visits, issue, expiry, joining and payment. Each case lists
 * every value it expects found, with its type; anything else flagged is a false positive. Name
 * fields kept apart by a format (CSV columns, form boxes for surname and forenames) are separate
 * spans; one "Last, First" or "LAST First" field is one span. A lone given or family name or an
 * initial form counts only when the same person is named in full elsewhere in the text. A push
 * token or device token addresses a device, it is not a credential. Values are fake: Luhn-valid
 * made-up cards, IBANs with valid mod-97 check digits, an SSN in a valid area, made-up names and
 * keys.
 */
const k = joinParts;
const appBearer = k('kst_at_', '9f8Kx7Qm2LrT4zW9pNcBd3JfG6sAe0uXo7RtT2vLm');
const plaidSecret = k('beef847a64d3b9a3', '58fa684e8bb74d');
const plaidAccessToken = k('access-production-', '7c1e4b9a-0f3d-4e8c-a6b1-d4f7e0c9a2b3');
const redcapToken = k('8E66DB6844D580F0', 'FB2A2F9D1E6C4B47');
const fcmToken = k(
  'eJ4xQm2LrT4zW9pNcBd3Jf:',
  'APA91bH7Kx7Qm2LrT4zW9pNcCgYIARAAGBASNwF-L9IrBq3vYd8FgH6sAe0uXo7RtT2vLm9WcK4bN8pZ1yHd3JfG6sAe0uVi5oBnT3Qm2xW7pLr4Tz',
);

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- adtech and marketing
  {
    name: 'DSP click log as TSV with client IPs (v4 and v6), user agents with version strings, IDFA/GAID and hashed e-mails',
    text: `# clicks-2024-03-12-h10.tsv (Kestrel Bid click log)
ts\tclick_id\tcampaign\tcreative\tip\tua\tdevice_ifa\tifa_type\them_sha256\tgeo
2024-03-12T10:14:02Z\tclk_7Qm2xLr9T4zW\tspring_sale_de\tcr_4471_300x250\t84.158.211.37\tMozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148\t6D92078A-8246-4BA4-AE5B-76104861E7DC\tidfa\tfc78402cfb43d2dc79f1286396a1d6cd59383bfd34fb8dfdffbd275c650f9882\tDE-BE
2024-03-12T10:14:09Z\tclk_Kx7Qm2LrT4zW\tspring_sale_de\tcr_4472_320x50\t2a02:3032:30c:8e2f:b1d4:7a2e:19c0:4f5a\tMozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36\t38400000-8cf0-11bd-b23e-10b96e40000d\tgaid\t-\tDE-HH
2024-03-12T10:14:31Z\tclk_Tz2vLm9WcK4b\tretarget_cart\tcr_4471_300x250\t91.113.42.208\tDalvik/2.1.0 (Linux; U; Android 13; Pixel 7 Build/TQ3A.230901.001)\t00000000-0000-0000-0000-000000000000\tgaid\t5fe6795c67c6d429a1ce3e64fd47505f4679ade9a70b4699fdc13a5299922f00\tAT-9
# 3 rows · win price CPM EUR 1.42 · bidder v4.12.0.118`,
    // Advertising ids (a zeroed GAID when the user opted out), click ids and hashed e-mails are not ours.
    expected: [
      ['IP_ADDRESS', '84.158.211.37'],
      ['IP_ADDRESS', '2a02:3032:30c:8e2f:b1d4:7a2e:19c0:4f5a'],
      ['IP_ADDRESS', '91.113.42.208'],
    ],
  },
  {
    name: 'Google Ads Customer Match upload in plain text, with E.164 phones and separate name columns',
    text: `customer_match_spring24.csv  (Google Ads › Audience manager › Upload, 3 rows shown of 4,471)
Email,Phone,First Name,Last Name,Country,Zip
hannah.weissmann@gmx.de,+4915112204471,Hannah,Weißmann,DE,10437
j.oduya@yahoo.co.uk,+447911204471,Joseph,Oduya,GB,M14 5TQ
marta.quintela@hotmail.es,+34612447120,Marta,Quintela,ES,28004`,
    expected: [
      ['EMAIL', 'hannah.weissmann@gmx.de'],
      ['PHONE', '+4915112204471'],
      ['PERSON', 'Hannah'],
      ['PERSON', 'Weißmann'],
      ['EMAIL', 'j.oduya@yahoo.co.uk'],
      ['PHONE', '+447911204471'],
      ['PERSON', 'Joseph'],
      ['PERSON', 'Oduya'],
      ['EMAIL', 'marta.quintela@hotmail.es'],
      ['PHONE', '+34612447120'],
      ['PERSON', 'Marta'],
      ['PERSON', 'Quintela'],
    ],
  },
  {
    name: 'Meta customer list uploaded hashed, and the AppsFlyer install postback it was matched against',
    text: `meta_custom_audience_hashed.csv (normalised: lower-case, trimmed, phone E.164 without +; SHA-256)
email,phone,fn,ln,zip,country,madid
fc78402cfb43d2dc79f1286396a1d6cd59383bfd34fb8dfdffbd275c650f9882,6425c8edd553883c34aec98a2b0b3cb9bb2c986b199725eaf26910eef298db82,fc881aa34d44660e1012dec26ccda0b469d6c8359e91dc674dab4c095b9fe832,956ea64ee209d20e972cf11d75323d32426e46a50af5da22d6f8266c4a69f2ab,66a83b34814f03feb1968c7e8ac43d71bdde7d7249423c14894a19041634203f,de,6D92078A-8246-4BA4-AE5B-76104861E7DC
5fe6795c67c6d429a1ce3e64fd47505f4679ade9a70b4699fdc13a5299922f00,e6b51d495be9e7e37842d7198d5a2bb9202ff0b0adc8bba2ae11405a2f3c0504,7ee8118150e0ce023742beba6f10bf23aabbf0bc2c182f36fd1a6753cd21b4c6,9acae7cb4ef00e03f3e85fda9ccc55a475ebf60c386478888266bb5e6dfaf383,,gb,38400000-8cf0-11bd-b23e-10b96e40000d

AppsFlyer raw postback:
appsflyer_id=1710238502118-4471209381029384756&idfa=6D92078A-8246-4BA4-AE5B-76104861E7DC&idfv=2F3E9A1C-7B4D-4E8A-9C2B-1D5E6F7A8B9C&install_time=2024-03-12 10:15:02.118&media_source=googleadwords_int&campaign=spring24_ios&af_adset=lal_1pct&af_ad=cr_4471&att=3&sdk_version=v6.12.2&app_version=5.12.0&os_version=17.3.1&cost_cents_USD=412
Match rate: 71.2% (3,183 of 4,471) · audience id 23851447120938`,
    // Hashed values are what the platform takes instead of the values; ids are not ours.
    expected: [],
  },
  {
    name: 'UTM-tagged link audit from a newsletter, with an e-mail in one query and a percent-encoded one in another',
    text: `Link audit — March newsletter (Bitly export, 5 of 31 links)
https://shop.kestrel-outdoor.de/sale?utm_source=newsletter&utm_medium=email&utm_campaign=spring24&utm_content=hero_cta
https://shop.kestrel-outdoor.de/account/verify?utm_source=newsletter&utm_medium=email&utm_campaign=spring24&email=lena.brandhorst@web.de&ref=nl_0312
https://shop.kestrel-outdoor.de/p/4471-trail-jacket?utm_source=newsletter&utm_medium=email&utm_campaign=spring24&utm_term=jacke&mc_cid=9f2c4e8a1b&mc_eid=7d3f60e5c9
https://kestrel-outdoor.de/unsubscribe?u=4471209&e=tobias.renner%40t-online.de&utm_source=newsletter
https://shop.kestrel-outdoor.de/?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring24&fbclid=IwAR2xLr9T4zWKx7Qm2LrT4zW9pNc&gclid=Cj0KCQjw4471
Note: links 2 and 4 leak the subscriber's address into GA4 — fix the template before the April send.`,
    expected: [
      ['EMAIL', 'lena.brandhorst@web.de'],
      ['EMAIL', 'tobias.renner%40t-online.de'],
    ],
  },
  {
    name: 'e-mail campaign bounce export with SMTP replies quoting the recipient and the sending IP',
    text: `event,timestamp,email,reason,status,mx_ip,campaign
bounce,2024-03-12T10:02:14Z,r.achterberg@ziggo.nl,"550 5.1.1 <r.achterberg@ziggo.nl>: Recipient address rejected: User unknown in virtual mailbox table",5.1.1,212.54.42.168,spring24
deferred,2024-03-12T10:02:19Z,camille.vasseur@orange.fr,"421 4.7.0 [TSS04] Messages from 149.72.123.24 temporarily deferred due to user complaints",4.7.0,80.12.242.82,spring24
bounce,2024-03-12T10:03:02Z,qa-seed@example.com,"550 5.1.10 RESOLVER.ADR.RecipientNotFound",5.1.10,,spring24
blocked,2024-03-12T10:03:40Z,m.keijzer@kpnmail.nl,"554 5.7.1 Service unavailable; Client host [149.72.123.24] blocked using zen.spamhaus.org",5.7.1,195.121.65.17,spring24`,
    // The example.com seed address is a test mailbox.
    expected: [
      ['EMAIL', 'r.achterberg@ziggo.nl'],
      ['EMAIL', 'r.achterberg@ziggo.nl'],
      ['IP_ADDRESS', '212.54.42.168'],
      ['EMAIL', 'camille.vasseur@orange.fr'],
      ['IP_ADDRESS', '149.72.123.24'],
      ['IP_ADDRESS', '80.12.242.82'],
      ['EMAIL', 'm.keijzer@kpnmail.nl'],
      ['IP_ADDRESS', '149.72.123.24'],
      ['IP_ADDRESS', '195.121.65.17'],
    ],
  },
  // ---------------------------------------------------------------- mobile apps
  {
    name: 'Firebase Crashlytics issue with custom keys holding the account e-mail, logs and a stack trace',
    text: `Crashlytics — Issue #4471 · Fatal Exception: java.lang.IllegalStateException
App: com.kestrel.wallet 5.12.0 (51200) · Android 14 · Samsung Galaxy S23 (SM-S911B)
Session 65F1D2394471A0B2C3D4E5F6 · 2024-03-12 10:15:02 UTC
User
  User ID: usr_8f2k1xqZ7mLr
  Custom keys:
    user_email      priya.raghunathan@gmail.com
    kyc_status      pending_review
    last_screen     CardActivationFragment
    installation_id f3d9c2a1-4b7e-4d2a-9c8e-1a2b3c4d5e6f
Logs
  0  10:14:58.118  Login OK for priya.raghunathan@gmail.com
  1  10:15:01.402  POST /v2/cards/activate last4=4471
Stack trace
  java.lang.IllegalStateException: Fragment CardActivationFragment{8e1f2a3} not attached to a context.
      at androidx.fragment.app.Fragment.requireContext(Fragment.java:972)
      at com.kestrel.wallet.cards.CardActivationFragment.onActivated(CardActivationFragment.kt:118)`,
    expected: [
      ['EMAIL', 'priya.raghunathan@gmail.com'],
      ['EMAIL', 'priya.raghunathan@gmail.com'],
    ],
  },
  {
    name: 'Sentry iOS event with user context, an auto IPv6 and a console breadcrumb carrying a name, birth date and phone',
    text: `{"event_id":"a41c9e2b7d3f40e5b9c2a4d8f1e3a7c6","platform":"cocoa","release":"com.kestrel.fit@3.8.2+412","user":{"id":"41207","email":"marcus.lindqvist@icloud.com","username":"mlindqvist","ip_address":"2001:9b1:4c2:7700:1d8e:44a1:b2c3:9f10","geo":{"city":"Stockholm","country_code":"SE"}},"contexts":{"device":{"model":"iPhone15,2","family":"iOS","boot_time":"2024-03-11T07:02:44Z"},"os":{"name":"iOS","version":"17.3.1","build":"21D61"},"app":{"device_app_hash":"5d1e2c7a9b0f4471e3d8","app_version":"3.8.2"}},"breadcrumbs":[{"category":"ui.click","message":"ProfileViewController.saveTapped"},{"category":"http","data":{"url":"https://api.kestrel.fit/v1/profile","method":"PATCH","status_code":500}},{"category":"console","message":"Saving profile: name=Marcus Lindqvist, dob=1990-07-21, phone=+46 70 412 44 71"}],"exception":{"values":[{"type":"DecodingError","value":"keyNotFound(CodingKeys(stringValue: \\"height_cm\\"))"}]}}`,
    // mlindqvist is a username.
    expected: [
      ['EMAIL', 'marcus.lindqvist@icloud.com'],
      ['IP_ADDRESS', '2001:9b1:4c2:7700:1d8e:44a1:b2c3:9f10'],
      ['PERSON', 'Marcus Lindqvist'],
      ['DATE_OF_BIRTH', '1990-07-21'],
      ['PHONE', '+46 70 412 44 71'],
    ],
  },
  {
    name: 'Android logcat with an FCM token, the account e-mail, an OkHttp Bearer header and a profile body',
    text: `03-12 10:15:02.118  8812  8840 I FirebaseMessaging: FCM token refreshed: ${fcmToken}
03-12 10:15:02.402  8812  8812 D AccountRepo: signIn ok account=sofia.marchetti@libero.it uid=8f2k1xqZ7mLr
03-12 10:15:02.455  8812  8851 D OkHttp  : --> GET https://api.kestrel.app/v3/me
03-12 10:15:02.455  8812  8851 D OkHttp  : Authorization: Bearer ${appBearer}
03-12 10:15:02.611  8812  8851 D OkHttp  : <-- 200 https://api.kestrel.app/v3/me (156ms)
03-12 10:15:02.612  8812  8851 D OkHttp  : {"id":"8f2k1xqZ7mLr","email":"sofia.marchetti@libero.it","display_name":"Sofia Marchetti","phone":"+39 347 812 4471"}
03-12 10:15:03.001  8812  8812 W ActivityManager: Slow operation: 212ms so far, now at startProcess: done updating pids map
03-12 10:15:03.118  1402  1544 I ActivityTaskManager: Displayed com.kestrel.app/.ui.HomeActivity: +1s204ms`,
    // The FCM registration token addresses the device; the Bearer access token is a credential.
    expected: [
      ['EMAIL', 'sofia.marchetti@libero.it'],
      ['SECRET', appBearer],
      ['EMAIL', 'sofia.marchetti@libero.it'],
      ['PERSON', 'Sofia Marchetti'],
      ['PHONE', '+39 347 812 4471'],
    ],
  },
  {
    name: 'iOS console output with the account e-mail, an APNs device token, an IDFV and a server address',
    text: `Mar 12 10:15:02 Annas-iPhone Kestrel(KestrelCore)[4471] <Notice>: [Auth] Restored session for anna.kowalczyk@icloud.com (accountId 41207)
Mar 12 10:15:02 Annas-iPhone Kestrel(UserNotifications)[4471] <Notice>: APNs device token: 7c1e4b9a0f3d2e8c5a6b1d4f7e0c9a2b3d5e8f1a4c7b0d3e6f9a2c5b8e1d4f7a
Mar 12 10:15:02 Annas-iPhone apsd[112] <Notice>: Received incoming message on topic com.kestrel.app
Mar 12 10:15:03 Annas-iPhone Kestrel(KestrelCore)[4471] <Info>: IDFV 2F3E9A1C-7B4D-4E8A-9C2B-1D5E6F7A8B9C, ATT status: denied
Mar 12 10:15:03 Annas-iPhone Kestrel(Network)[4471] <Debug>: Task <4F2A81C3-0B7D-4E2A-9C1F-5D6E7A8B9C0D>.<1> finished with status 200, remote 17.253.144.10:443
Mar 12 10:15:04 Annas-iPhone SpringBoard[58] <Notice>: Badge count set to 3 for com.kestrel.app`,
    // Annas-iPhone is a device name; the device token and IDFV are not ours.
    expected: [
      ['EMAIL', 'anna.kowalczyk@icloud.com'],
      ['IP_ADDRESS', '17.253.144.10'],
    ],
  },
  {
    name: 'in-app support chat export with a bot identity check, a new mobile number and a birth date given as an answer',
    text: `Conversation #4471209 · Kestrel Pay in-app chat · exported 2024-03-12
[10:02] Customer (Daniel Okonkwo-Hart): hi my card got declined at Tesco twice today
[10:03] Bot: I can help. For security, please confirm the e-mail on your account.
[10:03] Customer: dan.okonkwohart@proton.me
[10:04] Agent Leah: Thanks Daniel. I can see two declines on your card ending 4471, reason: card frozen in app.
[10:05] Customer: I didn't freeze it?? also my new number is 07700 182447 pls update
[10:06] Agent Leah: Updated. I've unfrozen the card. Can you confirm your date of birth for the address change?
[10:06] Customer: 14/02/1987
[10:07] Agent Leah: All done. Ticket ref KP-2024-4471.`,
    // The agent is only ever named by a given name.
    expected: [
      ['PERSON', 'Daniel Okonkwo-Hart'],
      ['EMAIL', 'dan.okonkwohart@proton.me'],
      ['PERSON', 'Daniel'],
      ['PHONE', '07700 182447'],
      ['DATE_OF_BIRTH', '14/02/1987'],
    ],
  },
  // ---------------------------------------------------------------- fintech and KYC
  {
    name: 'KYC onboarding review with ID checks, onboarding IP and sanctions/PEP screening hits that are other people',
    text: `KYC review — applicant 7f3a2c (level: basic-kyc) · queue: compliance-ops
Applicant: Ioana Constantinescu · DOB 1992-05-08 · Nationality ROU · Residence: Lisbon, PT
Email: ioana.constantinescu@gmail.com · Phone: +351 912 447 120
Document: ID card ROU, no. RX447120, expiry 2031-05-08 — checks: MRZ ok, face match 0.94 ok, liveness ok
Proof of address: utility bill EDP dated 2024-02-14 ok
IP at onboarding: 85.243.117.42 (PT, Vodafone) · device: iPhone 14 Pro
Sanctions & PEP screening (fuzziness 0.6):
  hit 1  "Ioana Constantin"   — EU consolidated list — match_status: false_positive (birth date differs)
  hit 2  "Ion Constantinescu" — PEP class 2 (RO local councillor) — match_status: false_positive
Decision: APPROVED 2024-03-12 10:15 by Mariana Duarte (4-eyes: Rotimi Oyelaran)`,
    // Screening hits name real (other) people. The ID number and its expiry date are not ours.
    expected: [
      ['PERSON', 'Ioana Constantinescu'],
      ['DATE_OF_BIRTH', '1992-05-08'],
      ['EMAIL', 'ioana.constantinescu@gmail.com'],
      ['PHONE', '+351 912 447 120'],
      ['IP_ADDRESS', '85.243.117.42'],
      ['PERSON', 'Ioana Constantin'],
      ['PERSON', 'Ion Constantinescu'],
      ['PERSON', 'Mariana Duarte'],
      ['PERSON', 'Rotimi Oyelaran'],
    ],
  },
  {
    name: 'crypto exchange withdrawal log with wallet addresses, a txid, the account e-mail and client IP',
    text: `2024-03-12T10:15:02.118Z INFO withdrawals.service request_id=wd_7Qm2xLr9 account=acc_4471209 email=tomas.havelka@seznam.cz asset=BTC network=bitcoin amount=0.04471200 fee=0.00012 to=bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq status=PENDING_2FA ip=46.135.88.214
2024-03-12T10:15:31.402Z INFO withdrawals.service request_id=wd_7Qm2xLr9 2fa=ok status=SIGNING
2024-03-12T10:16:04.877Z INFO withdrawals.broadcaster request_id=wd_7Qm2xLr9 txid=5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 confirmations=0
2024-03-12T10:22:40.019Z INFO withdrawals.service request_id=wd_K2LrT4zW account=acc_4471209 email=tomas.havelka@seznam.cz asset=USDT network=ERC20 amount=1250.00 to=0x71C7656EC7ab88b098defB751B7401B5f6d8976F status=REJECTED reason=address_not_whitelisted
2024-03-12T10:22:40.020Z WARN risk.engine account=acc_4471209 rule=new_address_24h score=82 ip=46.135.88.214 device=3f1c9a5e-0b7d-4c2f-a8e1-b3d5c7f9a0e2
Etherscan: 0x95222290DD7278Aa3Ddd389Cc1E1d165CC4BAfe5 → 0xdAC17F958D2ee523a2206206994597C13D831ec7 (Tether USDT) · block 19421207 · fee 0.00122 ETH ($4.47)`,
    expected: [
      ['EMAIL', 'tomas.havelka@seznam.cz'],
      ['IP_ADDRESS', '46.135.88.214'],
      ['EMAIL', 'tomas.havelka@seznam.cz'],
      ['IP_ADDRESS', '46.135.88.214'],
    ],
  },
  {
    name: 'card-issuing API response with a masked number and the full PAN left in a debug field',
    text: `HTTP/1.1 201 Created
Content-Type: application/json
X-Request-Id: req_4471209

{
  "id": "ic_1Or4471KestrelCard",
  "object": "issuing.card",
  "brand": "Visa",
  "cardholder": {"id": "ich_1Or4471", "name": "Gabriel Nwachukwu", "email": "gabriel.nwachukwu@kestrelpay.com", "phone_number": "+12125087714"},
  "last4": "2092", "exp_month": 11, "exp_year": 2027,
  "number": "**** **** **** 2092",
  "status": "active",
  "shipping": {"name": "Gabriel Nwachukwu", "address": {"line1": "41 W 24th St Apt 5C", "city": "New York", "postal_code": "10010"}},
  "_debug": {"processor_ref": "mq_c_4471209", "raw_pan": "4532018844712092", "cvc_check": "unchecked"}
}`,
    expected: [
      ['PERSON', 'Gabriel Nwachukwu'],
      ['EMAIL', 'gabriel.nwachukwu@kestrelpay.com'],
      ['PHONE', '+12125087714'],
      ['PERSON', 'Gabriel Nwachukwu'],
      ['CREDIT_CARD', '4532018844712092'],
    ],
  },
  {
    name: 'Plaid transactions/sync request with its secret and access token, and transactions naming P2P counterparties',
    text: `POST https://production.plaid.com/transactions/sync
{"client_id":"65f1d2394471a0b2c3d4e5f6","secret":"${plaidSecret}","access_token":"${plaidAccessToken}","cursor":"","count":4}

200 OK
{"added":[
 {"transaction_id":"lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDje","account_id":"BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp","amount":12.74,"iso_currency_code":"USD","date":"2024-03-11","name":"TRADER JOE'S #552","merchant_name":"Trader Joe's","payment_channel":"in store"},
 {"transaction_id":"yhnUVvtcGGcCKU0bcz8PDQr5ZUxUXebUvbKC0","account_id":"BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp","amount":-1850,"date":"2024-03-08","name":"ZELLE FROM KEISHA M ABERNATHY","merchant_name":null,"counterparties":[{"name":"Keisha Abernathy","type":"person"}]},
 {"transaction_id":"kL9p2RxQ7mZ4tW8vN3cB5dF0gH1jS6aE4uYo","account_id":"BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp","amount":64.2,"date":"2024-03-07","name":"WENDY'S 4471 AUSTIN TX","merchant_name":"Wendy's"},
 {"transaction_id":"Qm2xW7pLr4TzKw8Nb3cYdF6gH1jS5aE0uXo7R","account_id":"BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp","amount":250,"date":"2024-03-06","name":"VENMO PAYMENT 1034471209 TO JAMAL ODUYA","merchant_name":"Venmo"}
],"next_cursor":"tVUUL15lYQN5rBnfDIc1I8xudpGdIlw9nsgeXWvhOfkECvUeR663i3Dt1uf"}`,
    // The client id is an identifier; the secret and access token are credentials.
    expected: [
      ['SECRET', plaidSecret],
      ['SECRET', plaidAccessToken],
      ['PERSON', 'KEISHA M ABERNATHY'],
      ['PERSON', 'Keisha Abernathy'],
      ['PERSON', 'JAMAL ODUYA'],
    ],
  },
  {
    name: 'French SEPA direct-debit mandate with a family-name-first debtor, grouped IBAN and an e-signature trail',
    text: `MANDAT DE PRÉLÈVEMENT SEPA — Référence unique du mandat (RUM) : KST-FR-2024-004471
Identifiant créancier SEPA (ICS) : FR12ZZZ447120
Créancier : Kestrel Énergie SAS, 12 rue de la Bourse, 69002 Lyon
En signant ce formulaire de mandat, vous autorisez Kestrel Énergie SAS à envoyer des instructions à votre banque pour débiter votre compte.
Débiteur
  Nom, prénom : LEFEBVRE-MOREAU Aurélie
  Adresse : 8 place Bellecour, 69002 Lyon, France
  IBAN : FR48 3000 4028 3700 0144 7120 985
  BIC : BNPAFRPPXXX
  Type de paiement : récurrent
  Fait à : Lyon   le : 04/03/2024
  Signature : [signé électroniquement — A. Lefebvre-Moreau, 04/03/2024 09:41, IP 90.24.118.205]
Contact : aurelie.lm@free.fr — 06 71 44 71 20`,
    // RUM and ICS are references, the BIC is a bank's.
    expected: [
      ['PERSON', 'LEFEBVRE-MOREAU Aurélie'],
      ['IBAN', 'FR48 3000 4028 3700 0144 7120 985'],
      ['PERSON', 'A. Lefebvre-Moreau'],
      ['IP_ADDRESS', '90.24.118.205'],
      ['EMAIL', 'aurelie.lm@free.fr'],
      ['PHONE', '06 71 44 71 20'],
    ],
  },
  // ---------------------------------------------------------------- research and clinical data
  {
    name: 'clinical-trial adverse-event CRF page with subject id and initials, staff names and visit dates',
    text: `Study KST-ONC-301 · Site 104 (Berlin) · CRF page: Adverse Events · printed 2024-03-12
Subject: 104-0047   Initials: M-K-L   Age at consent: 65   Sex: F   Arm: B (150 mg)
Investigator: Dr. med. Friederike Haslinger   CRA: Oluwaseun Adeyemi (oluwaseun.adeyemi@kestrel-cro.com, +49 30 4471 2093)
AE#  Term (MedDRA PT)   Onset       Resolved    Grade  Serious  Related   Action
1    Neutropenia        2024-01-18  2024-02-02  3      N        Probable  Dose reduced
2    Pyrexia            2024-02-27  ongoing     2      Y        Possible  Drug interrupted
SAE narrative: On 27-Feb-2024 subject 104-0047 presented with fever 39.2 °C; last dose at Visit 6 (C4D1) 2024-02-26. ANC 0.8 x10^9/L.
Query 4471 (open): "Onset date of AE 2 precedes last dose date — please verify." — raised by O. Adeyemi 2024-03-11
Signed: F. Haslinger, 2024-03-12 (eCRF e-signature, 21 CFR Part 11)`,
    // Subject id and initials are pseudonyms; onset, visit and dose dates are not birth dates.
    expected: [
      ['PERSON', 'Friederike Haslinger'],
      ['PERSON', 'Oluwaseun Adeyemi'],
      ['EMAIL', 'oluwaseun.adeyemi@kestrel-cro.com'],
      ['PHONE', '+49 30 4471 2093'],
      ['PERSON', 'O. Adeyemi'],
      ['PERSON', 'F. Haslinger'],
    ],
  },
  {
    name: 'survey microdata CSV whose free-text answers carry a name, a phone, an e-mail and a birth date',
    text: `resp_id,wave,age_band,region,q12_satisfaction,q13_open,q14_contact_ok,weight
R-004471,2,35-44,NW,4,"Service was fine but the app logs me out constantly",N,0.8812
R-004472,2,55-64,LDN,2,"Called three times, spoke to a Graham Whitlock who promised a callback that never came. Ring me on 07911 204471 if you want details",Y,1.1203
R-004473,2,18-24,SCO,5,"n/a",N,0.9671
R-004474,2,45-54,WM,3,"Happy to do an interview, email me at bev.okafor-lane@btinternet.com (Beverley Okafor-Lane)",Y,1.0442
R-004475,2,65+,SW,1,"My date of birth on your records is wrong, it should be 03/07/1957",Y,0.7719`,
    expected: [
      ['PERSON', 'Graham Whitlock'],
      ['PHONE', '07911 204471'],
      ['EMAIL', 'bev.okafor-lane@btinternet.com'],
      ['PERSON', 'Beverley Okafor-Lane'],
      ['DATE_OF_BIRTH', '03/07/1957'],
    ],
  },
  {
    name: 'IRB informed-consent tracking log as a pipe table with participants, a legal representative and staff initials',
    text: `IRB #2023-0447 "Sleep and Shift Work" — Informed Consent Tracking Log (site: Pittsburgh)
Part. ID | Consent version | Date signed | Participant name | Consented by | LAR / witness | Notes
SSW-017 | v3.1 (2023-11-02) | 2024-01-09 | Terrence Baptiste | K. Moreno-Vidal | — | copy given
SSW-018 | v3.1 (2023-11-02) | 2024-01-11 | Alicia Van Wyk | Kendra Moreno-Vidal | Pieter Van Wyk (LAR, spouse) | capacity assessment on file
SSW-019 | v3.2 (2024-01-15) | 2024-01-22 | Hye-jin Park | K. Moreno-Vidal | — | re-consent for v3.2 done 2024-02-05
Withdrawals: SSW-011 withdrew 2023-12-18 (data retained per section 9).
Log reviewed by PI: Dr. Samuel Achebe-Ross, 2024-03-01.`,
    expected: [
      ['PERSON', 'Terrence Baptiste'],
      ['PERSON', 'K. Moreno-Vidal'],
      ['PERSON', 'Alicia Van Wyk'],
      ['PERSON', 'Kendra Moreno-Vidal'],
      ['PERSON', 'Pieter Van Wyk'],
      ['PERSON', 'Hye-jin Park'],
      ['PERSON', 'K. Moreno-Vidal'],
      ['PERSON', 'Samuel Achebe-Ross'],
    ],
  },
  {
    name: 'REDCap API export by curl with the project token, name columns, birth dates and enrolment dates',
    text: `$ curl -s -X POST https://redcap.kestrel-research.org/api/ -d token=${redcapToken} -d content=record -d format=csv -d type=flat
record_id,redcap_event_name,first_name,last_name,dob,email,phone,enroll_date,consent_complete
1001,baseline_arm_1,Rosalind,Achterberg,1979-11-23,rachterberg@umcutrecht.nl,+31 6 41 20 93 18,2024-01-15,2
1002,baseline_arm_1,Tomás,Ó Briain,1985-04-02,tomas.obriain@tcd.ie,+353 87 447 1209,2024-01-17,2
1003,baseline_arm_1,,,,,,2024-01-19,0
1001,month_3_arm_1,,,,,,,`,
    expected: [
      ['SECRET', redcapToken],
      ['PERSON', 'Rosalind'],
      ['PERSON', 'Achterberg'],
      ['DATE_OF_BIRTH', '1979-11-23'],
      ['EMAIL', 'rachterberg@umcutrecht.nl'],
      ['PHONE', '+31 6 41 20 93 18'],
      ['PERSON', 'Tomás'],
      ['PERSON', 'Ó Briain'],
      ['DATE_OF_BIRTH', '1985-04-02'],
      ['EMAIL', 'tomas.obriain@tcd.ie'],
      ['PHONE', '+353 87 447 1209'],
    ],
  },
  // ---------------------------------------------------------------- tax and payroll
  {
    name: 'UK P60 as text with surname and forenames boxes, an NI number, a tax code and a PAYE reference',
    text: `P60 End of Year Certificate — Tax year to 5 April 2024
Employee's details
  Surname: Abernethy-Clarke        Forenames or initials: Fiona Jane
  National Insurance number: QQ 12 34 56 C    Works/payroll number: 004471
Pay and Income Tax details              Pay           Tax deducted
  In previous employment(s)             £0.00         £0.00
  In this employment                    £41,208.00    £5,729.60
  Total for year                        £41,208.00    £5,729.60
  Final tax code: 1257L
National Insurance contributions: NIC letter A · Earnings at LEL £6,396.00 · Employee's contributions £3,004.62
Employer's full name and address: Kestrel Logistics Ltd, Unit 4 Trafford Park, Manchester M17 1HH
Employer PAYE reference: 120/KA44712`,
    expected: [
      ['PERSON', 'Abernethy-Clarke'],
      ['PERSON', 'Fiona Jane'],
    ],
  },
  {
    name: 'German Lohnsteuerbescheinigung printout with Steuer-ID, eTIN, Geburtsdatum and numbered amount lines',
    text: `Ausdruck der elektronischen Lohnsteuerbescheinigung für 2023
Nachfolgende Daten wurden maschinell an die Finanzverwaltung übertragen.
Herrn
Jonas Wilhelm Brückner
Schanzenstraße 17
20357 Hamburg
Dauer des Dienstverhältnisses        01.01.–31.12.2023
Identifikationsnummer: 12 345 678 903     Personalnummer: 4471
Geburtsdatum: 19.06.1988
Transferticket: brjowi88061922e1     eTIN: BRKNRJNS88F19
Steuerklasse/Faktor 1 · Zahl der Kinderfreibeträge 0,0 · Kirchensteuermerkmale --
3. Bruttoarbeitslohn einschl. Sachbezüge              58.420,00 EUR
4. Einbehaltene Lohnsteuer von 3.                      9.812,25 EUR
5. Einbehaltener Solidaritätszuschlag von 3.               0,00 EUR
25. Arbeitnehmerbeitrag zur sozialen Pflegeversicherung  1.003,41 EUR
Finanzamt, an das die Lohnsteuer abgeführt wurde: Hamburg-Altona (2247)
Anschrift des Arbeitgebers: Kestrel Logistik GmbH, Am Sandtorkai 41, 20457 Hamburg · Steuernummer 47/120/09381`,
    expected: [
      ['PERSON', 'Jonas Wilhelm Brückner'],
      ['DATE_OF_BIRTH', '19.06.1988'],
    ],
  },
  {
    name: 'Dutch loonstrook with BSN, geboortedatum, employment dates, an IBAN and the holder in initial form',
    text: `Loonstrook maart 2024 — Kestrel Logistiek B.V. (loonheffingennummer 8528.47.120.L01)
Werknemer: Sanne de Wit-Hoekstra     Personeelsnr: 4471
BSN: 123456782     Geboortedatum: 07-09-1991     In dienst: 01-02-2019
Functie: planner    Schaal 7 trede 4    Parttimefactor 0,8889
Periode 03 (01-03-2024 t/m 31-03-2024)
Omschrijving                 Bedrag
Salaris                     3.412,00
Vakantiegeld reservering      272,96
Pensioenpremie werknemer     -187,66
Loonheffing (wit, maand)     -642,18
Netto                       2.582,16
Uitbetaald op rekening NL12 RABO 0314 4720 93 t.n.v. S.M. de Wit-Hoekstra
Cumulatief loon SV 10.236,00 · Loonheffingskorting toegepast: ja`,
    expected: [
      ['PERSON', 'Sanne de Wit-Hoekstra'],
      ['DATE_OF_BIRTH', '07-09-1991'],
      ['IBAN', 'NL12 RABO 0314 4720 93'],
      ['PERSON', 'S.M. de Wit-Hoekstra'],
    ],
  },
  {
    name: 'US W-2 as text with an SSN, an EIN, a control number and the name split over boxes in capitals',
    text: `Form W-2 Wage and Tax Statement 2023 (Copy B — To Be Filed With Employee's FEDERAL Tax Return)
a Employee's social security number   412-83-4471
b Employer identification number (EIN)   47-1209381
c Employer's name, address, and ZIP code   KESTREL FREIGHT INC, 2200 ROSS AVE STE 4400, DALLAS TX 75201
d Control number   0044712-KF
e Employee's first name and initial   LATOYA R      Last name   WHITFIELD-BANKS      Suff.
f Employee's address and ZIP code   4471 GASTON AVE APT 209, DALLAS TX 75246
1 Wages, tips, other compensation   68412.50      2 Federal income tax withheld   7904.11
3 Social security wages   71200.00                4 Social security tax withheld   4414.40
5 Medicare wages and tips   71200.00              6 Medicare tax withheld   1032.40
12a D 2787.50    12b DD 6612.00    13 Retirement plan [X]`,
    expected: [
      ['US_SSN', '412-83-4471'],
      ['PERSON', 'LATOYA R'],
      ['PERSON', 'WHITFIELD-BANKS'],
    ],
  },
  {
    name: 'Canadian T4 slip, bilingual, with a SIN, payroll account number and amounts in numbered boxes',
    text: `T4 Statement of Remuneration Paid / État de la rémunération payée — 2023
Employer's name / Nom de l'employeur: KESTREL MARITIME LTD.
54 Employer's account number / Numéro de compte de l'employeur: 123456789RP0001
Employee's name and address / Nom et adresse de l'employé
  Last name / Nom de famille: GAUTHIER-NAKAMURA    First name / Prénom: ÉLODIE    Initial / Initiale: M
  1188 rue Sainte-Catherine O, app. 4471, Montréal QC H3B 1K1
12 Social insurance number / Numéro d'assurance sociale: 046 454 286
10 Province of employment: QC
14 Employment income: 72480.00      22 Income tax deducted: 9115.42
17 QPP contributions: 4038.40       18 EI premiums: 913.25       55 PPIP premiums: 357.69
24 EI insurable earnings: 63200.00  26 CPP/QPP pensionable earnings: 68500.00
52 Pension adjustment: 4471.00`,
    // The SIN is a national id, none of the engine's types.
    expected: [
      ['PERSON', 'GAUTHIER-NAKAMURA'],
      ['PERSON', 'ÉLODIE'],
    ],
  },
  // ---------------------------------------------------------------- other languages
  {
    name: 'Spanish bank statement with Bizum transfers naming people in capitals, a masked card and a service number',
    text: `Movimientos — Cuenta Online Kestrel · ES14 2100 0418 4502 0044 7120 · Titular: Nerea Etxeberria Goikoetxea
Fecha       Concepto                                                   Importe     Saldo
11/03/2024  Bizum recibido de IKER SALABERRIA · "cena sábado"             +18,50   1.204,33
11/03/2024  Bizum enviado a +34 655 44 71 20 · "lotería"                  -20,00   1.185,83
08/03/2024  Compra tarjeta 5224 18** **** 1206 MERCADONA PAMPLONA         -64,12   1.205,83
07/03/2024  Recibo LUZ IBERDROLA CLIENTES ref. 447120938                  -71,40   1.269,95
05/03/2024  Transferencia de ETXEBERRIA GOIKOETXEA NEREA · nómina febrero +1.842,00 1.341,35
Si no reconoces un movimiento, llama al 900 44 71 20 o escribe a ayuda@kestrelbanco.es`,
    expected: [
      ['IBAN', 'ES14 2100 0418 4502 0044 7120'],
      ['PERSON', 'Nerea Etxeberria Goikoetxea'],
      ['PERSON', 'IKER SALABERRIA'],
      ['PHONE', '+34 655 44 71 20'],
      ['PERSON', 'ETXEBERRIA GOIKOETXEA NEREA'],
      ['PHONE', '900 44 71 20'],
      ['EMAIL', 'ayuda@kestrelbanco.es'],
    ],
  },
  {
    name: 'Italian customer due-diligence form with codice fiscale, a "nata il" birth date, a PEC address and an IBAN',
    text: `Modulo di adeguata verifica della clientela (D.Lgs. 231/2007) — Kestrel SIM S.p.A.
Cognome e nome: BERTOLINI Chiara Maria
Codice fiscale: BRTCRM90A41F205X
Nata a Milano (MI) il 01/01/1990      Cittadinanza: italiana
Documento: carta d'identità elettronica n. CA44712EF, rilasciata dal Comune di Milano il 12/05/2021, scadenza 01/01/2032
Residenza: via Paolo Sarpi 47, 20154 Milano
Recapiti: cellulare 347 120 4471 — e-mail chiara.bertolini90@libero.it — PEC c.bertolini@pec.it
Conto di addebito: IT56 X054 2811 1010 0000 0447 120
Persona politicamente esposta: NO     Titolare effettivo: coincide con il cliente
Origine dei fondi: reddito da lavoro dipendente, eredità (nonno Giuseppe Bertolini, 2019).
L'operatore: dott. Marco Pellegatta`,
    // The document's expiry falls on the birthday but is not a birth date; via Paolo Sarpi is a street.
    expected: [
      ['PERSON', 'BERTOLINI Chiara Maria'],
      ['DATE_OF_BIRTH', '01/01/1990'],
      ['PHONE', '347 120 4471'],
      ['EMAIL', 'chiara.bertolini90@libero.it'],
      ['EMAIL', 'c.bertolini@pec.it'],
      ['IBAN', 'IT56 X054 2811 1010 0000 0447 120'],
      ['PERSON', 'Giuseppe Bertolini'],
      ['PERSON', 'Marco Pellegatta'],
    ],
  },
  {
    name: 'Brazilian Pix receipt with masked CPFs, an end-to-end id, an e-mail Pix key and a street named after a person',
    text: `Comprovante de transferência Pix
Valor: R$ 1.250,00      Data: 11/03/2024 às 19:42:07
ID da transação: E18236120202403112242s04471aB9c
De
  Nome: Rafael Quintanilha Borges
  CPF: ***.447.120-**
  Instituição: Kestrel Pagamentos S.A.
Para
  Nome: Luana Ferraz de Menezes
  Chave Pix (e-mail): luana.fmenezes@gmail.com
  CPF: ***.209.381-**
  Instituição: NU PAGAMENTOS - IP   Agência 0001  Conta 4471209-3
Descrição: aluguel março - apto 42 rua Oscar Freire
Dúvidas? Fale com a gente: (11) 3047-4471 ou sac@kestrelpag.com.br`,
    expected: [
      ['PERSON', 'Rafael Quintanilha Borges'],
      ['PERSON', 'Luana Ferraz de Menezes'],
      ['EMAIL', 'luana.fmenezes@gmail.com'],
      ['PHONE', '(11) 3047-4471'],
      ['EMAIL', 'sac@kestrelpag.com.br'],
    ],
  },
  {
    name: 'Japanese withholding slip (源泉徴収票) with a furigana reading, a masked My Number and an era birth date',
    text: `令和5年分　給与所得の源泉徴収票
支払を受ける者　住所　東京都世田谷区三軒茶屋2-14-7 サンハイツ401
（フリガナ）　タカハシ　ユウト
氏名　高橋　悠斗
個人番号　************
種別　給料・賞与　支払金額 5,842,000　給与所得控除後の金額 4,197,800　所得控除の額の合計額 1,406,220　源泉徴収税額 142,700
（摘要）前職分加算なし
生年月日　平成2年7月3日
支払者　住所　東京都港区芝浦3-4-1　名称　株式会社ケストレル物流　電話 03-5441-2093`,
    expected: [
      ['PERSON', 'タカハシ　ユウト'],
      ['PERSON', '高橋　悠斗'],
      ['DATE_OF_BIRTH', '平成2年7月3日'],
      ['PHONE', '03-5441-2093'],
    ],
  },
  {
    name: 'Indian salary slip with PAN, UAN and a masked account, and an HR message in Hinglish',
    text: `Kestrel Technologies Pvt Ltd — Salary Slip for February 2024
Employee Name: Ananya Raghavendra Iyer      Emp Code: KT4471
Designation: Senior Analyst   PAN: ABCPI4471K   UAN: 100447120938
Date of Birth: 17-08-1994     Date of Joining: 03-07-2019
Bank: HDFC Bank A/c XXXXXXXX4471   IFSC: HDFC0001209
Earnings: Basic 62,500 | HRA 31,250 | Special Allowance 28,740 | Gross ₹1,22,490
Deductions: PF 7,500 | Professional Tax 200 | TDS 9,812 | Net Pay ₹1,04,978

WhatsApp from HR:
"Ananya ji, aapka Form 16 mail kar diya hai ananya.iyer94@gmail.com pe. Koi query ho toh Priyanka Menon ko +91 98450 44712 pe call karein. Dhanyavaad 🙏"`,
    expected: [
      ['PERSON', 'Ananya Raghavendra Iyer'],
      ['DATE_OF_BIRTH', '17-08-1994'],
      ['PERSON', 'Ananya'],
      ['EMAIL', 'ananya.iyer94@gmail.com'],
      ['PERSON', 'Priyanka Menon'],
      ['PHONE', '+91 98450 44712'],
    ],
  },
];

describeHoldout(
  'privacy engine on hand-written hold-out cases 14: adtech, mobile, fintech, research and payroll material',
  cases,
);
