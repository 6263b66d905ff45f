import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A fortieth hand-written hold-out: marketing and customer-data platforms as their data reaches an
 * AI assistant in a data product ("segment these users", "why did this sync fail", "write the SQL
 * for this audience"). Shapes: Segment and RudderStack identify, track and batch payloads (traits,
 * context.ip, userId and anonymousId, device advertising ids), Snowplow enriched events as TSV
 * (with an e-mail in a page URL's query string, and with anonymised octets), Mailchimp, Klaviyo,
 * Braze and Iterable exports (audience CSVs with OPTIN_IP and MM/DD birthdays, a profile export,
 * a users/export/ids JSON, an unsubscribe list) and their templates (merge tags, Liquid), HubSpot
 * contact payloads and Salesforce Marketing Cloud data extensions and Query Activity errors,
 * Google Ads and Meta customer-match files (SHA-256 hashed columns, a normalisation log, an API
 * error quoting an unhashed e-mail), identity graphs (a psql edge table, a merge log), consent and
 * preference-centre logs (TCF strings, a CCPA request log, a preference-centre config), Hightouch
 * and Census reverse-ETL sync errors quoting rows, dbt customer-360 models and failing tests,
 * campaign performance tables, UTM-laden URLs, SES, SendGrid and Postmark bounce and complaint
 * webhooks, Twilio SMS opt-in and STOP logs, loyalty-programme member lists, and NPS verbatims
 * that name staff. Locales: the US, the UK, Ireland, Germany, France, Italy, Spain, the
 * Netherlands, Brazil, Mexico, Argentina, Japan, Korea, India, Indonesia, Turkey, the UAE and
 * South Africa. Hard negatives of the same shapes: SHA-256 hashes of e-mails, phones and names,
 * IDFA/GAID device ids, anonymousIds, cookie and domain user ids, Braze and Klaviyo ids, campaign,
 * flow and message ids, Twilio SIDs, UTM values, segment and audience names, brands and
 * companies named after people (Ralph Lauren, Tommy Hilfiger, Calvin Klein, Johnson & Johnson,
 * Marks & Spencer, Ted Baker, Hugo Boss, El Corte Inglés, Dr. Oetker), placeholder merge tags
 * (*|FNAME|*, {{ first_name }}, %%FirstName%%, {{${first_name}}}), seeds at example.com,
 * 555-01xx numbers on seed rows, aggregates, short codes, masked values, loyalty card numbers, opt-in, consent,
 * send and bounce timestamps, anonymised IPs, loopback and documentation-range addresses of the
 * config only.
 *
 * Each case lists every value it expects found, with its type; anything else flagged is a false
 * positive. Conventions as in hold-outs 32, 33 and 38: titles and honorifics (Mr, Frau, Sr.,
 * さん, 님) are no part of a name's span; first and last name in separate fields (columns, CSV
 * fields, JSON keys) are separate spans; a lone given or family name counts only when the same
 * person is named in full in the text or it sits under a name field (a JSON firstName trait, a
 * CSV First Name column, a SQL literal compared with a name column), and a family name after a
 * title (Mr Keane, Herr Yılmaz) counts (relabelled on 2026-11-29 to the other hold-outs' convention); birth dates count in every
 * written form (including a Mailchimp MM/DD birthday field and an impossible date a sync
 * rejected), other dates never; private-use IPs (10.x, 192.168.x) count, loopback does not, and an
 * anonymised address with masked octets is no address; a password or key alone is the secret,
 * not its URI or header. Team mailboxes on real domains and business phones count, and an IBAN
 * counts whoever holds it. A hashed value is not ours, but the unhashed value it was made from,
 * shown anywhere (a normalisation log, an API error), is; a phone counts in E.164 with or without
 * its plus sign. Values are fake: Luhn-valid made-up cards, IBANs with valid mod-97 check digits,
 * SSNs in valid areas, made-up names, numbers and keys.
 */

const k = joinParts;
const twilioToken = k('9f3c1a7e', '5b2d48c0', 'e61f7a93', 'd4b2c805');
const klaviyoKey = k('pk_', '7c41e9a2b0d3', '58f61a4c9e27b1d0', '83');
const segmentWriteKey = k('Qw7tR2vX', '9kLmN4pZ', 'b8Hc3Jd6', 'Fs1Ga5Ey');
const mailchimpKey = k('4e9b27c1d08a', '5f3e6b71c2a9', 'd40e83-us21');
const hubspotToken = k('pat-eu1-', '3f8a1c2e-7b4d', '-4e90-a6c1-', '52d8f0b7e913');
const sgKey = k('SG.', 'xK3mQ9vT2wLp', 'Rz7NcB4dHg.', 'Uy6Fa1Ej8Ko5Sr2Vi9Pw3Mt7Lq0Nb4Xc6Dz1Hf');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- Segment and RudderStack events
  {
    name: 'Segment identify event pasted into a "why did this profile not merge" question: traits with firstName, lastName, email, phone and birthday, context.ip, a numeric userId and a UUID anonymousId, library and user-agent strings',
    text: `Our Unify space shows two profiles for the same person. Here is the identify call from the checkout page:

{
  "type": "identify",
  "messageId": "ajs-next-4a8e0d6f1c93b2a57e1d",
  "anonymousId": "3f2b8c71-9d4e-4a0b-8c6f-1e7d2a95b384",
  "userId": "1048823",
  "traits": {
    "firstName": "Kayla",
    "lastName": "Brandt",
    "email": "kayla.brandt84@gmail.com",
    "phone": "(614) 380-2291",
    "birthday": "1984-09-23",
    "plan": "annual",
    "address": { "city": "Columbus", "state": "OH", "postalCode": "43215" }
  },
  "context": {
    "ip": "73.162.40.218",
    "library": { "name": "analytics.js", "version": "next-1.70.0" },
    "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
  },
  "timestamp": "2024-07-02T18:44:10.201Z",
  "writeKey": "REDACTED"
}

The other profile has userId 1048823 too but a different anonymousId. Why didn't identity resolution merge them?`,
    // The anonymousId, messageId, userId, library version and timestamp are not ours.
    expected: [
      ['PERSON', 'Kayla'],
      ['PERSON', 'Brandt'],
      ['EMAIL', 'kayla.brandt84@gmail.com'],
      ['PHONE', '(614) 380-2291'],
      ['DATE_OF_BIRTH', '1984-09-23'],
      ['IP_ADDRESS', '73.162.40.218'],
    ],
  },
  {
    name: 'Segment track "Order Completed" from an iOS app: context.ip, an IDFA and IDFV, a campaign object with UTM values, products with a Ralph Lauren and a Tommy Hilfiger item, order and coupon ids',
    text: `{
  "type": "track",
  "event": "Order Completed",
  "anonymousId": "B5E1C7A2-94D3-4F18-A0B6-2C9E8D71F403",
  "userId": "usr_8812094",
  "properties": {
    "order_id": "50314-2024-0091",
    "revenue": 184.5,
    "currency": "USD",
    "coupon": "SUMMER20",
    "products": [
      { "sku": "RL-POLO-NVY-M", "name": "Ralph Lauren Custom Slim Fit Polo", "price": 98.5, "quantity": 1 },
      { "sku": "TH-CAP-001", "name": "Tommy Hilfiger Flag Cap", "price": 43.0, "quantity": 2 }
    ]
  },
  "context": {
    "ip": "98.207.114.63",
    "device": {
      "advertisingId": "6D92078A-8246-4BA4-AE5B-76104861E7DC",
      "id": "0F8C3B52-7E14-4D9A-9B3C-5A21E6F07D88",
      "adTrackingEnabled": true,
      "model": "iPhone15,3"
    },
    "campaign": { "source": "klaviyo", "medium": "email", "name": "summer_sale_2024", "content": "hero_cta" },
    "app": { "version": "7.12.0", "build": "7120045" }
  },
  "timestamp": "2024-07-14T02:11:38.000Z"
}
Why is revenue on this event double what Shopify shows?`,
    // Device and advertising ids, user and order ids, UTM values, brands named after their designers and the app version are not ours.
    expected: [['IP_ADDRESS', '98.207.114.63']],
  },
  {
    name: 'RudderStack batch payload from a Turkish storefront: an identify with ad, soyad, e-posta and a +90 mobile, a page call with an IPv6 context.ip and a track with a GAID, error from the transformer quoting the traits',
    gap: 'Flags the page name Sepet (Turkish for basket) in a page call as a person.',
    text: `RudderStack transformation "normalize_tr_traits" failed on this batch (dest: Braze, workspace ist-prod):

{"batch":[
 {"type":"identify","userId":"TR-771204","anonymousId":"9c1e47a0-3b2d-4f86-a915-d07e2c48b613",
  "traits":{"ad":"Elif","soyad":"Yıldırım","eposta":"elif.yildirim@hotmail.com.tr","telefon":"+90 532 418 27 09","sehir":"İzmir","kvkk_onay":true},
  "context":{"ip":"2a02:ff0:3208:11c4:8d1e:4b0a:91f3:2c57","locale":"tr-TR"},"originalTimestamp":"2024-05-19T09:12:44.310+03:00"},
 {"type":"page","userId":"TR-771204","name":"Sepet","context":{"ip":"2a02:ff0:3208:11c4:8d1e:4b0a:91f3:2c57"}},
 {"type":"track","event":"Sepete Eklendi","anonymousId":"9c1e47a0-3b2d-4f86-a915-d07e2c48b613",
  "context":{"device":{"advertisingId":"38400000-8cf0-11bd-b23e-10b96e40000d","type":"android"}}}
]}

TypeError: Cannot read properties of undefined (reading 'toLowerCase')
    at transformEvent (normalize_tr_traits.js:14:31)  event.traits.email is undefined (traits: ad=Elif, soyad=Yıldırım)

The e-mail trait is called eposta in our Turkish app. Fix the transformation so it maps Turkish trait names.`,
    // Ids, the GAID, the city and timestamps are not ours; the given and family names sit under name traits and are named in full.
    expected: [
      ['PERSON', 'Elif'],
      ['PERSON', 'Yıldırım'],
      ['EMAIL', 'elif.yildirim@hotmail.com.tr'],
      ['PHONE', '+90 532 418 27 09'],
      ['IP_ADDRESS', '2a02:ff0:3208:11c4:8d1e:4b0a:91f3:2c57'],
      ['IP_ADDRESS', '2a02:ff0:3208:11c4:8d1e:4b0a:91f3:2c57'],
      ['PERSON', 'Elif'],
      ['PERSON', 'Yıldırım'],
    ],
  },
  {
    name: 'clean Segment Protocols tracking plan in YAML: trait and property names with types, regex rules, example values at example.com, 555-01xx, a placeholder birthday of 1970-01-01 and a write-key env reference',
    text: `# tracking-plan/identify.yml  (Segment Protocols, synced by segment-tp-sync 2.3.1)
identify:
  traits:
    email:
      type: string
      format: email
      example: jane.doe@example.com
    phone:
      type: string
      pattern: '^\\+?[1-9]\\d{7,14}$'
      example: '+1 201-555-0123'
    firstName: { type: string, example: Jane }
    lastName: { type: string, example: Doe }
    birthday:
      type: string
      format: date
      example: '1970-01-01'
      description: Optional. Only collected with explicit consent (see consent.yml).
    plan: { type: string, enum: [free, monthly, annual] }
track:
  Order Completed:
    properties:
      order_id: { type: string, pattern: '^\\d{5}-\\d{4}-\\d{4}$' }
      revenue: { type: number, minimum: 0 }
sources:
  - name: web-prod
    write_key: \${SEGMENT_WRITE_KEY_WEB}
  - name: ios-prod
    write_key: \${SEGMENT_WRITE_KEY_IOS}
# Ask the assistant: "which events violate this plan most often this week?"`,
    // Placeholder examples at example.com, a 555-01xx number, Jane Doe, a placeholder date and env references: nothing personal.
    expected: [],
  },
  // ---------------------------------------------------------------- Snowplow enriched events
  {
    name: 'Snowplow enriched events as TSV with a header, selected fields: user_ipaddress, domain_userid, network_userid, a page_url whose query string carries a newsletter e-mail and UTM values, and a bad-row question',
    text: `Here are two enriched events (selected columns, tab-separated) from the snowplow_good S3 sink. The second one has the e-mail in page_url; why did the PII enrichment not strip it?

app_id	collector_tstamp	event	user_id	user_ipaddress	domain_userid	network_userid	page_url	mkt_source	mkt_campaign
shop-ie	2024-03-08 10:14:22.118	page_view		86.43.217.90	a41c7e2b-93f0-4d58-b1e6-02d8c5f9a713	5e9b0c14-27a3-4f61-8d0e-c3a7b2914e58	https://shop.greenfieldoutdoors.ie/jackets?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring_drop	facebook	spring_drop
shop-ie	2024-03-08 10:15:03.774	page_view		86.43.217.90	a41c7e2b-93f0-4d58-b1e6-02d8c5f9a713	5e9b0c14-27a3-4f61-8d0e-c3a7b2914e58	https://shop.greenfieldoutdoors.ie/account/welcome?email=niamh.ocallaghan%40eircom.net&utm_source=newsletter&utm_medium=email&utm_campaign=wk10_ie	newsletter	wk10_ie

Our enrichment config has "pii": {"fields": [{"pojo": {"field": "user_id"}}]}.`,
    // Cookie and network user ids, UTM values and collector timestamps are not ours; the URL-encoded e-mail is still her address.
    expected: [
      ['IP_ADDRESS', '86.43.217.90'],
      ['IP_ADDRESS', '86.43.217.90'],
      ['EMAIL', 'niamh.ocallaghan%40eircom.net'],
    ],
  },
  {
    name: 'clean Snowplow events after the IP-anonymisation and PII-pseudonymisation enrichments: user_ipaddress with masked octets, user_id as SHA-256, a UUID event_id, geo fields and a question about geolocation accuracy',
    text: `event_id	collector_tstamp	user_id	user_ipaddress	geo_country	geo_city	domain_userid	useragent
c7a0e913-4b2f-4e8d-9a61-f03b5d2c8e17	2024-03-09 08:01:55.402	5b1e3f6a9c0d27e48f1a6b3c9d2e5f7a08b1c4d6e9f2a3b5c7d0e1f4a6b8c9d2	86.43.x.x	IE	Dublin	a41c7e2b-93f0-4d58-b1e6-02d8c5f9a713	Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)
1d84b6e2-07c9-4a3f-b5e0-6a92f1d3c48b	2024-03-09 08:02:17.090	e4f0a27c19b36d58f2a0c4e7b91d3f6a25c8e0b7d4f1a9c3e6b2d5f8a0c7e1b4	94.117.x.x	IE	Cork	0e5f9c71-2a4b-4d3e-8f06-b7c1d9a2e534	Mozilla/5.0 (Linux; Android 14; Pixel 8)

Config: "anonOctets": 2, "pii": { "strategy": { "pseudonymize": { "hashFunction": "SHA-256" } } }

Why do we still get city-level geo when two octets are masked? Is the geo lookup done before anonymisation?`,
    // Masked addresses, hashes, UUIDs, cities and timestamps: nothing personal.
    expected: [],
  },
  // ---------------------------------------------------------------- Mailchimp, Klaviyo, Braze, Iterable exports
  {
    name: 'Mailchimp audience export CSV (US): Email Address, First Name, Last Name, Address, Phone Number, an MM/DD Birthday merge field, MEMBER_RATING, OPTIN_TIME, OPTIN_IP, CONFIRM_IP and LEID columns, with a "segment these" question',
    text: `Segment these subscribers into "engaged" vs "at risk" using MEMBER_RATING and LAST_CHANGED:

"Email Address","First Name","Last Name","Address","Phone Number","Birthday",MEMBER_RATING,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,LAST_CHANGED,LEID,EUID,TAGS
marisol.quintero@comcast.net,Marisol,Quintero,"2207 Pecan St  Austin TX 78702 US",512-448-0317,06/14,4,"2022-11-03 14:20:11",24.155.38.201,"2022-11-03 14:21:40",24.155.38.201,30.2617,-97.7137,"2024-06-01 09:12:04",48211077,c8a91f03e2,"""VIP"",""Austin"""
dwayne.hollis@att.net,Dwayne,Hollis,,(704) 291-6658,11/02,2,"2023-01-19 03:02:55",,"2023-01-19 03:02:55",45.37.102.9,,,"2024-02-11 17:40:33",48211078,1f04b7d6aa,
seed+qa@example.com,QA,Seed,,,,5,"2021-05-05 00:00:00",,"2021-05-05 00:00:00",,,,"2021-05-05 00:00:00",48200001,000aaa000b,"""seed"""`,
    // A Mailchimp birthday is month and day only but still a birth date; LEID and EUID, ratings, coordinates and opt-in times are not ours; the QA seed at example.com is a placeholder.
    expected: [
      ['EMAIL', 'marisol.quintero@comcast.net'],
      ['PERSON', 'Marisol'],
      ['PERSON', 'Quintero'],
      ['PHONE', '512-448-0317'],
      ['DATE_OF_BIRTH', '06/14'],
      ['IP_ADDRESS', '24.155.38.201'],
      ['IP_ADDRESS', '24.155.38.201'],
      ['EMAIL', 'dwayne.hollis@att.net'],
      ['PERSON', 'Dwayne'],
      ['PERSON', 'Hollis'],
      ['PHONE', '(704) 291-6658'],
      ['DATE_OF_BIRTH', '11/02'],
      ['IP_ADDRESS', '45.37.102.9'],
    ],
  },
  {
    name: 'clean Mailchimp campaign HTML with merge tags (*|FNAME|*, *|EMAIL|*, *|UNSUB|*, *|LIST:ADDRESSLINE|*), a conditional block, the sender a brand named Ted Baker and a "rewrite this subject line" request',
    text: `Rewrite the subject line and preheader to sound less salesy. Keep the merge tags.

Subject: *|IF:FNAME|**|FNAME|*, *|ELSE:|*Hi there, *|END:IF|*your Ted Baker edit is here
Preheader: New season pieces picked for *|EMAIL|*

<table role="presentation" width="100%">
  <tr><td>Hello *|FNAME|* *|LNAME|*,</td></tr>
  <tr><td>Your member number *|MMERGE7|* gives you early access until *|DATE:d/m/Y|*.</td></tr>
  <tr><td><a href="*|ARCHIVE|*">View in browser</a> · <a href="*|UNSUB|*">Unsubscribe</a> · <a href="*|UPDATE_PROFILE|*">Preferences</a></td></tr>
  <tr><td>*|LIST:ADDRESSLINE|* · *|REWARDS|*</td></tr>
</table>`,
    // Merge tags are placeholders; Ted Baker is a brand.
    expected: [],
  },
  {
    name: 'Klaviyo profile export CSV from a German shop: Email, Vorname, Nachname, Telefonnummer in E.164 without spaces, Geburtstag, Klaviyo ULID ids, Stadt, consent columns, and a "who should get the birthday flow" question',
    text: `Klaviyo Export "Alle Profile – DE" (3 von 18.204 Zeilen). Welche Profile sollten im Juni den Geburtstags-Flow bekommen? Schreib die Filterlogik.

Klaviyo ID,Email,Vorname,Nachname,Telefonnummer,Geburtstag,Stadt,Email Marketing Consent,SMS Consent,Erstellt
01HQZ3K8V2N6T1X9W4C7B5M0DE,jonas.hartmann@web.de,Jonas,Hartmann,+4915207738412,1992-06-03,Leipzig,SUBSCRIBED,NEVER_SUBSCRIBED,2023-04-18T07:55:01+00:00
01HR1F7A9D3E8G2J5K0L4P6QRS,s.oezdemir@gmx.de,Selin,Özdemir,+491723309184,1988-06-27,Köln,SUBSCRIBED,SUBSCRIBED,2023-09-02T19:20:47+00:00
01HS8T4U6V0W2X7Y9Z1A3B5CDE,annika-lorenz@t-online.de,Annika,Lorenz,,,Dr.-Oetker-Straße,UNSUBSCRIBED,NEVER_SUBSCRIBED,2024-01-11T12:03:26+00:00`,
    // ULIDs, consent states, creation timestamps and a street named after Dr. Oetker in the city column are not ours.
    expected: [
      ['EMAIL', 'jonas.hartmann@web.de'],
      ['PERSON', 'Jonas'],
      ['PERSON', 'Hartmann'],
      ['PHONE', '+4915207738412'],
      ['DATE_OF_BIRTH', '1992-06-03'],
      ['EMAIL', 's.oezdemir@gmx.de'],
      ['PERSON', 'Selin'],
      ['PERSON', 'Özdemir'],
      ['PHONE', '+491723309184'],
      ['DATE_OF_BIRTH', '1988-06-27'],
      ['EMAIL', 'annika-lorenz@t-online.de'],
      ['PERSON', 'Annika'],
      ['PERSON', 'Lorenz'],
    ],
  },
  {
    name: 'Braze /users/export/ids response for a Japanese user: external_id, braze_id, first_name and last_name in kanji, email, phone, dob, custom attributes, devices with an IDFA and a push token, and a question in Japanese',
    text: `このユーザーにプッシュが届かない理由を教えてください。Braze の export 結果です:

{
  "users": [{
    "external_id": "jp-member-5520931",
    "braze_id": "65f1c2a9e4b0d7001a3c88f2",
    "first_name": "美咲",
    "last_name": "佐藤",
    "email": "misaki.sato.0412@docomo.ne.jp",
    "phone": "+81 90-4127-8830",
    "dob": "1996-04-12",
    "country": "JP",
    "language": "ja",
    "custom_attributes": { "loyalty_tier": "ゴールド", "favorite_store": "渋谷店" },
    "devices": [{
      "model": "iPhone 14",
      "os": "iOS 17.4.1",
      "idfa": "E7D2C1B0-5A49-4F38-9E27-1D06C5B4A3F2",
      "device_id": "a9c4e1f7-0b3d-42e6-8f15-7d2b9c0e4a61",
      "ad_tracking_enabled": false
    }],
    "push_tokens": [{ "app": "Member App iOS", "platform": "ios", "token": "", "notifications_enabled": false }]
  }],
  "message": "success"
}

佐藤さんは通知をオンにしたと言っています。`,
    // さん is no part of the name; ids, the IDFA, the store and the tier are not ours; the family name alone belongs to a user named in full.
    expected: [
      ['PERSON', '美咲'],
      ['PERSON', '佐藤'],
      ['EMAIL', 'misaki.sato.0412@docomo.ne.jp'],
      ['PHONE', '+81 90-4127-8830'],
      ['DATE_OF_BIRTH', '1996-04-12'],
      ['PERSON', '佐藤'],
    ],
  },
  {
    name: 'Iterable unsubscribe export CSV (Spain): email, unsubSource, campaignId, templateId, messageTypeId and timestamps, with a Spanish question about why unsubscribes spiked after one campaign',
    text: `¿Por qué se dispararon las bajas después de la campaña 8812047? Export de Iterable (unsubscribes, 4 filas):

email,unsubSource,campaignId,templateId,messageTypeId,channelId,createdAt
pablo.ibarra.r@gmail.com,EmailLink,8812047,11920334,40211,38821,2024-10-02 08:44:19 +00:00
lucia.mendez@telefonica.net,Complaint,8812047,11920334,40211,38821,2024-10-02 09:01:52 +00:00
carmen.sastre@elcorteingles.es,EmailLink,8812047,11920334,40211,38821,2024-10-02 11:17:06 +00:00
compras@ferreteriagarrido.es,HostedUnsubscribe,8790015,11874102,40211,38821,2024-10-01 16:30:41 +00:00

La campaña fue "Ofertas El Corte Inglés – Octubre".`,
    // A staff address at a company and a business mailbox count; campaign, template and channel ids, timestamps and the retailer named in the campaign are not ours.
    expected: [
      ['EMAIL', 'pablo.ibarra.r@gmail.com'],
      ['EMAIL', 'lucia.mendez@telefonica.net'],
      ['EMAIL', 'carmen.sastre@elcorteingles.es'],
      ['EMAIL', 'compras@ferreteriagarrido.es'],
    ],
  },
  {
    name: 'clean Braze Liquid template with first_name attribute tags, custom attributes, a connected-content call to a placeholder URL and default filters, and a "translate to Brazilian Portuguese" request',
    text: `Translate this Braze message to pt-BR. Do not touch the Liquid.

{% connected_content https://api.example.com/recs?user={{\${user_id}}} :save recs %}
{% if \${first_name} != blank %}Olá {{\${first_name} | capitalize}},{% else %}Olá,{% endif %}
Hi {{\${first_name} | default: 'there'}}, your {{custom_attribute.\${loyalty_tier}}} points ({{custom_attribute.\${points_balance}}}) expire on {{custom_attribute.\${points_expiry} | date: '%d/%m/%Y'}}.
Top pick for you: {{recs.items[0].name}} by Calvin Klein.
Questions? Reply to this e-mail or visit {{\${unsubscribe_url}}} to opt out.`,
    // Liquid placeholders, an example.com URL and a brand named after its designer: nothing personal.
    expected: [],
  },
  // ---------------------------------------------------------------- HubSpot and Salesforce Marketing Cloud
  {
    name: 'HubSpot CRM v3 contact batch read (UK): properties firstname, lastname, email, phone, mobilephone, company Marks & Spencer and Johnson & Johnson, hs_object_id and owner ids, lifecycle stages, and a question about lead scoring',
    text: `Why are these two contacts still "lead" when they both booked demos? HubSpot batch read:

{"status":"COMPLETE","results":[
 {"id":"51244903","properties":{"firstname":"Gareth","lastname":"Llewellyn","email":"gareth.llewellyn@marksandspencer.com","phone":"+44 20 7935 4422","mobilephone":"07700 918 334","company":"Marks & Spencer","jobtitle":"Head of CRM","lifecyclestage":"lead","hs_lead_status":"IN_PROGRESS","hubspot_owner_id":"81230044","hubspotscore":"62","createdate":"2024-02-12T10:04:51.330Z"}},
 {"id":"51244917","properties":{"firstname":"Priya","lastname":"Raman","email":"praman@its.jnj.com","phone":null,"mobilephone":"+44 7911 204 617","company":"Johnson & Johnson","jobtitle":"Brand Manager","lifecyclestage":"lead","hs_lead_status":"OPEN","hubspot_owner_id":"81230044","hubspotscore":"71","createdate":"2024-02-19T15:22:08.901Z"}}
],"startedAt":"2024-03-01T09:00:02.114Z","completedAt":"2024-03-01T09:00:02.301Z"}`,
    // Business phones and work e-mails count; companies named after founders, HubSpot ids, scores and timestamps are not ours.
    expected: [
      ['PERSON', 'Gareth'],
      ['PERSON', 'Llewellyn'],
      ['EMAIL', 'gareth.llewellyn@marksandspencer.com'],
      ['PHONE', '+44 20 7935 4422'],
      ['PHONE', '07700 918 334'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Raman'],
      ['EMAIL', 'praman@its.jnj.com'],
      ['PHONE', '+44 7911 204 617'],
    ],
  },
  {
    name: 'Salesforce Marketing Cloud Query Activity failing on a data extension (Mexico): the SQL with a WHERE on an e-mail, the "Violation of PRIMARY KEY" error quoting the duplicate key, and a data-extension preview with Nombre, Apellidos, Celular and FechaNacimiento',
    text: `Mi Query Activity "DE_Clientes_MX_Dedup" falla cada noche. ¿Cómo la arreglo?

SELECT SubscriberKey, EmailAddress, Nombre, Apellidos, Celular, FechaNacimiento
FROM Clientes_MX_Staging
WHERE EmailAddress <> 'pruebas@example.com'

Error: Violation of PRIMARY KEY constraint 'PK_DE_Clientes_MX'. Cannot insert duplicate key in object 'DE_Clientes_MX'. The duplicate key value is (0031U00001qZ8xTQAS, ana.villalobos@prodigy.net.mx).

Vista previa de Clientes_MX_Staging:
SubscriberKey       | EmailAddress                  | Nombre      | Apellidos          | Celular          | FechaNacimiento
0031U00001qZ8xTQAS  | ana.villalobos@prodigy.net.mx | Ana Sofía   | Villalobos Treviño | +52 81 1934 0287 | 14/08/1990
0031U00001qZ8xTQAS  | ana.villalobos@prodigy.net.mx | Ana Sofía   | Villalobos Treviño | 81 1934 0287     | 14/08/1990
0031U00002ab3KcQAI  | jl.cardenas@outlook.com       | José Luis   | Cárdenas           | +52 55 4418 9023 | 02/12/1983`,
    // Salesforce ids as subscriber keys and the example.com exclusion are not ours; given and family names sit in separate columns.
    expected: [
      ['EMAIL', 'ana.villalobos@prodigy.net.mx'],
      ['EMAIL', 'ana.villalobos@prodigy.net.mx'],
      ['PERSON', 'Ana Sofía'],
      ['PERSON', 'Villalobos Treviño'],
      ['PHONE', '+52 81 1934 0287'],
      ['DATE_OF_BIRTH', '14/08/1990'],
      ['EMAIL', 'ana.villalobos@prodigy.net.mx'],
      ['PERSON', 'Ana Sofía'],
      ['PERSON', 'Villalobos Treviño'],
      ['PHONE', '81 1934 0287'],
      ['DATE_OF_BIRTH', '14/08/1990'],
      ['EMAIL', 'jl.cardenas@outlook.com'],
      ['PERSON', 'José Luis'],
      ['PERSON', 'Cárdenas'],
      ['PHONE', '+52 55 4418 9023'],
      ['DATE_OF_BIRTH', '02/12/1983'],
    ],
  },
  {
    name: 'SFMC AMPscript block with %%FirstName%% personalisation strings, a LookupRows on a data extension by _subscriberkey, a RaiseError for a test key and an AttributeValue fallback, with a "why does this render blank" question',
    text: `Why does the greeting render blank in the Test Send for some subscribers?

%%[
  SET @sk = _subscriberkey
  SET @rows = LookupRows("DE_Clientes_MX", "SubscriberKey", @sk)
  IF RowCount(@rows) > 0 THEN
    SET @nombre = Field(Row(@rows, 1), "Nombre")
  ELSE
    SET @nombre = AttributeValue("FirstName")
  ENDIF
  IF @sk == "TEST_SUBSCRIBER_001" THEN RaiseError("skip test key", true) ENDIF
]%%
Hola %%=ProperCase(@nombre)=%%, / Hi %%FirstName%% %%LastName%%,
Tu correo registrado es %%emailaddr%%. Darse de baja: %%unsub_center_url%%`,
    // Personalisation strings, AMPscript variables, a test subscriber key and data-extension names: nothing personal.
    expected: [],
  },
  // ---------------------------------------------------------------- customer-match uploads
  {
    name: 'clean Google Ads Customer Match upload CSV: Email, Phone, First Name and Last Name as SHA-256 hex, Country and Zip in clear, and a question about the low match rate',
    text: `Match rate on this list is only 31%. Are we hashing correctly? First rows of the upload:

Email,Phone,First Name,Last Name,Country,Zip
62a1f7f0e2d1b1c7ae35d6f3b4b7c3e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5,0b6e3c9d1a2f4e5b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b,9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08,ef2d127de37b942baad06145e54b0c619a1f22327b2ebbcfbec78f5564afe39d,US,10013
a3c5e7f9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5,,5994471abb01112afcc18159f6cc74b4f511b99806da59b3caf5a9c173cacfc5,2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae,US,60614
 
Normalisation we apply: trim, lower-case, remove dots before @ for gmail.com, E.164 for phones, then SHA-256.`,
    // SHA-256 hashes, countries and zip codes are not ours.
    expected: [],
  },
  {
    name: "Meta custom-audience prep script log (Brazil): raw e-mail and phone, their normalised forms (lower-cased e-mail, digits-only phone with country code) and SHA-256 outputs, and a question about why the phone hashes do not match Meta's",
    text: `O hash do telefone não bate com o que o Meta espera. Log do nosso script (modo debug):

[normalize] row=1 email_raw="  Ana.Souza@Gmail.com " -> email_norm="ana.souza@gmail.com"
[normalize] row=1 phone_raw="(11) 98765-4302" -> phone_norm="5511987654302"
[hash] row=1 em=3e1c2b0a9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a392817061f2e ph=8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b
[normalize] row=2 email_raw="RAFAEL.LIMA@uol.com.br" -> email_norm="rafael.lima@uol.com.br"
[normalize] row=2 phone_raw="+55 21 99132-0871" -> phone_norm="+5521991320871"
[hash] row=2 em=7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e ph=1f2e3d4c5b6a79880716f5e4d3c2b1a0f9e8d7c6b5a4938271605f4e3d2c1b0a
[upload] audience_id=23851774402190417 session_id=9912 batch=1/1 num_received=2 num_invalid_entries=1

Meta says phones must be digits only with country code and no plus. Which row is wrong?`,
    // Hashes, the audience and session ids are not ours; the raw and normalised values before hashing are.
    expected: [
      ['EMAIL', 'Ana.Souza@Gmail.com'],
      ['EMAIL', 'ana.souza@gmail.com'],
      ['PHONE', '(11) 98765-4302'],
      ['PHONE', '5511987654302'],
      ['EMAIL', 'RAFAEL.LIMA@uol.com.br'],
      ['EMAIL', 'rafael.lima@uol.com.br'],
      ['PHONE', '+55 21 99132-0871'],
      ['PHONE', '+5521991320871'],
    ],
  },
  {
    name: 'Google Ads API OfflineUserDataJobService partial-failure error (India): the operation index, the error quoting an unhashed e-mail sent in hashed_email, a valid hashed phone and a resource name with customer and job ids',
    text: `Our Customer Match job fails with partial errors. Response:

{
  "partialFailureError": {
    "code": 3,
    "message": "The value must be a valid SHA-256 hex digest., at operations[2].create.user_identifiers[0].hashed_email",
    "details": [{
      "@type": "type.googleapis.com/google.ads.googleads.v16.errors.GoogleAdsFailure",
      "errors": [{
        "errorCode": { "offlineUserDataJobError": "INVALID_SHA256_FORMAT" },
        "message": "The value must be a valid SHA-256 hex digest.",
        "trigger": { "stringValue": "raj.malhotra1987@outlook.com" },
        "location": { "fieldPathElements": [{ "fieldName": "operations", "index": 2 }, { "fieldName": "create" }, { "fieldName": "user_identifiers", "index": 0 }, { "fieldName": "hashed_email" }] }
      }]
    }]
  },
  "resourceName": "customers/4418207731/offlineUserDataJobs/2290417755"
}
Operation 2 also had hashed_phone_number "c1f9e7d5b3a18f6e4d2c0b9a7f5e3d1c9b8a6f4e2d0c8b7a5f3e1d9c7b6a4f2e".
Who forgot to hash? The feed is built in dbt model mart_gads_customer_match_in.`,
    // The hashed phone, customer and job ids are not ours; the unhashed e-mail in the trigger is.
    expected: [['EMAIL', 'raj.malhotra1987@outlook.com']],
  },
  // ---------------------------------------------------------------- identity graphs
  {
    name: 'identity-graph edge table as psql output (Korea): email, phone, kakao_id, IDFA, GAID and cookie nodes joined by cluster id, with a Korean question about an over-merged cluster',
    text: `클러스터 c-00912이 너무 크게 병합된 것 같아요. 원인을 찾아 주세요.

 cluster_id | node_type |                node_value                 |  source   |     first_seen
------------+-----------+-------------------------------------------+-----------+---------------------
 c-00912    | email     | minji.kang92@naver.com                    | web_login | 2023-08-14 10:22:03
 c-00912    | phone     | 010-4821-7730                             | app_signup| 2023-08-14 10:25:41
 c-00912    | kakao_id  | 3187442091                                | kakao_sync| 2023-09-02 21:10:17
 c-00912    | idfa      | 4C1E9B7A-2D3F-4E58-A6B0-91C7D2E3F405      | ios_sdk   | 2023-09-02 21:11:00
 c-00912    | email     | jh.park@kakao.com                         | pos_store | 2024-01-05 14:02:55
 c-00912    | phone     | 010-4821-7730                             | pos_store | 2024-01-05 14:02:55
 c-00912    | gaid      | 7f3a2b19-c4d8-4e60-9a15-0b6e8d2c7f41      | android   | 2024-01-06 08:44:29
 c-00912    | cookie    | _ga=GA1.2.1738204419.1692008523           | web       | 2023-08-14 10:22:03
(8 rows)

매장 POS에서 직원이 고객 전화번호 대신 강민지 님 번호를 입력한 것 같습니다.`,
    // 님 is no part of the name; Kakao user ids, device ids, the GA cookie and timestamps are not ours.
    expected: [
      ['EMAIL', 'minji.kang92@naver.com'],
      ['PHONE', '010-4821-7730'],
      ['EMAIL', 'jh.park@kakao.com'],
      ['PHONE', '010-4821-7730'],
      ['PERSON', '강민지'],
    ],
  },
  {
    name: 'identity-resolution merge log (Netherlands): two profiles merged on a shared phone, the surviving and absorbed profile ids, matched identifiers with first and last names, a household rule and a Dutch question',
    text: `Waarom zijn deze twee profielen samengevoegd? Het zijn een moeder en zoon.

2024-04-22T03:14:08Z INFO  idr.merge run=idr-20240422-0300 rule=phone_exact+last_name
  surviving_profile=prof_9a1c44e0 absorbed_profile=prof_2b7d19f3
  matched_on: phone="+31 6 41827390" last_name="de Vries"
  surviving: first_name="Marieke" last_name="de Vries" email="marieke.devries@ziggo.nl" birth_date="1968-02-09"
  absorbed:  first_name="Daan" last_name="de Vries" email="daan.dv@gmail.com" birth_date="2001-10-30"
2024-04-22T03:14:08Z WARN  idr.merge profile prof_9a1c44e0 now has 2 birth_date values; kept oldest
2024-04-22T03:14:09Z INFO  idr.merge run=idr-20240422-0300 merged=1 skipped=0 duration_ms=212`,
    // Profile and run ids, rule names and log timestamps are not ours; the shared family name is compared with last_name and named in full.
    expected: [
      ['PHONE', '+31 6 41827390'],
      ['PERSON', 'de Vries'],
      ['PERSON', 'Marieke'],
      ['PERSON', 'de Vries'],
      ['EMAIL', 'marieke.devries@ziggo.nl'],
      ['DATE_OF_BIRTH', '1968-02-09'],
      ['PERSON', 'Daan'],
      ['PERSON', 'de Vries'],
      ['EMAIL', 'daan.dv@gmail.com'],
      ['DATE_OF_BIRTH', '2001-10-30'],
    ],
  },
  {
    name: 'clean dbt identity-stitching model: a recursive CTE over identifier edges with column names email, phone, anonymous_id and device_id, a comment naming the Bloom-filter approach and config with a Snowflake tag',
    text: `-- models/identity/int_identity_clusters.sql
{{ config(materialized='incremental', unique_key='node_id', tags=['pii_derived']) }}

with recursive edges as (
    select anonymous_id as a, coalesce(lower(email), phone_e164, device_id) as b
    from {{ ref('stg_segment__identifies') }}
    where coalesce(email, phone_e164, device_id) is not null
      and email not like '%@example.com'
),
walk (node_id, cluster_id, depth) as (
    select a, a, 0 from edges
    union all
    select e.b, w.cluster_id, w.depth + 1
    from walk w join edges e on e.a = w.node_id
    where w.depth < {{ var('max_identity_depth', 6) }}
)
select node_id, min(cluster_id) as cluster_id from walk group by 1
-- Q: this blows up past 6 hops; should we switch to the Bloom-filter approach from the 2023 Summit talk?`,
    // Column names, refs, vars and an eponymous filter: nothing personal.
    expected: [],
  },
  // ---------------------------------------------------------------- consent and preference centre
  {
    name: 'consent log JSON lines from a French CMP: TCF v2.2 consent strings, purposes, the visitor IP, a logged-in e-mail on one line, a cookie id and a French question about a CNIL audit',
    text: `Pour l'audit CNIL : combien de visiteurs ont refusé la finalité 1 la semaine dernière ? Extrait du journal :

{"ts":"2024-09-16T08:12:44Z","cookie_id":"didomi_token.c0f3e9a1-77b2-4d1e-9a8c-4e61f2b0d35a","ip":"90.112.37.164","tcf":"CQFHUYAQFHUYAAHABBENBEFgAP_AAH_AAAqIKINV_G__bWlr8X73aftkeY1P9_h77sQxBhfJE-4FzLvW_JwXx2ExNA36tqIKmRIAu3TBIQNlGJDURVCgaogVryDMaEiUoTNKJ6BkiFMRM2dYCFxvm4tjeQCY5vr991dx2B-t7dr83dzyy4hHn3a5_2S0WJCdA5-tDfv9bROb-9IOd_x8v4v8_F_rE2_eT1l_tevp7D9-ct87_XW-9_fff79Ll9-f___A","purposes_consented":[2,7,9,10],"purposes_refused":[1],"user":null}
{"ts":"2024-09-16T08:13:02Z","cookie_id":"didomi_token.58b1d4e7-03c9-4f2a-b6e0-9d2c71a4f8e3","ip":"2a01:cb04:8d2:5600:4c1e:99ff:fe07:3b1a","tcf":"CQFHUbAQFHUbAAHABBENBEFsAP_gAH_gAAqIKINV_G__bWlr8X73aftkeY1P9_h77sQxBhfJE-4FzLvW_JwXx2ExNA36tqIKmRIAu3TBIQNlGJDURVCgaogVryDMaEiUoTNKJ6BkiFMRM2dYCFxvm4tjeQCY5vr991dx2B-t7dr83dzyy4hHn3a5_2S0WJCdA5-tDfv9bROb-9IOd_x8v4v8_F_rE2_eT1l_tevp7D9-ct87_XW-9_fff79Ll9-f___A","purposes_consented":[1,2,3,4,7,9,10],"purposes_refused":[],"user":"camille.girard@orange.fr"}
{"ts":"2024-09-16T08:13:40Z","cookie_id":"didomi_token.0e7a3c19-bd42-4f60-8e15-a3c9d07b2f64","ip":"127.0.0.1","tcf":null,"purposes_consented":[],"purposes_refused":[],"user":null,"note":"synthetic monitor"}`,
    // TCF strings, cookie tokens and timestamps are not ours; the loopback monitor is no one's address.
    expected: [
      ['IP_ADDRESS', '90.112.37.164'],
      ['IP_ADDRESS', '2a01:cb04:8d2:5600:4c1e:99ff:fe07:3b1a'],
      ['EMAIL', 'camille.girard@orange.fr'],
    ],
  },
  {
    name: 'CCPA privacy-request log (California): Do Not Sell and deletion requests with requester name, e-mail, state, verification by SSN last four and date of birth, request ids and an agent on the privacy team',
    text: `Summarise the open CCPA requests and flag any past the 45-day deadline.

request_id   | type              | received   | requester          | email                         | state | verification                           | status
PRV-2024-1187 | do_not_sell      | 2024-08-01 | Terrence Okafor    | t.okafor@sbcglobal.net        | CA    | email link                             | closed 2024-08-02
PRV-2024-1203 | delete           | 2024-08-09 | Maribel Castañeda  | maribel.castaneda@yahoo.com   | CA    | SSN last 4 (***-**-6612) + DOB 1979-03-21 | open
PRV-2024-1240 | access           | 2024-09-27 | Gordon Whitfield   | gwhitfield@pacbell.net        | CA    | pending                                | open

Assigned: privacy@brightwavehome.com (agent: Leticia Ruiz, ext. 4471)`,
    // The masked SSN, request ids, received and closing dates and the extension are not ours; the privacy team mailbox counts.
    expected: [
      ['PERSON', 'Terrence Okafor'],
      ['EMAIL', 't.okafor@sbcglobal.net'],
      ['PERSON', 'Maribel Castañeda'],
      ['EMAIL', 'maribel.castaneda@yahoo.com'],
      ['DATE_OF_BIRTH', '1979-03-21'],
      ['PERSON', 'Gordon Whitfield'],
      ['EMAIL', 'gwhitfield@pacbell.net'],
      ['EMAIL', 'privacy@brightwavehome.com'],
      ['PERSON', 'Leticia Ruiz'],
    ],
  },
  {
    name: 'clean preference-centre configuration JSON (Italy and Spain): topics, channels, legal bases, double opt-in rules, retention in days, a sender at noreply on the example domain and localized labels',
    text: `Add a "Promozioni WhatsApp" topic to this preference centre config and keep the legal basis consistent.

{
  "preference_center_id": "pc_eu_south_v3",
  "locales": ["it-IT", "es-ES"],
  "double_opt_in": { "email": true, "sms": true, "sender": "noreply@example.com", "expires_after_hours": 72 },
  "topics": [
    { "key": "newsletter", "labels": { "it-IT": "Novità e ispirazione", "es-ES": "Novedades" }, "channel": "email", "legal_basis": "consent", "default": false },
    { "key": "order_updates", "labels": { "it-IT": "Aggiornamenti ordine", "es-ES": "Estado del pedido" }, "channel": "email", "legal_basis": "contract", "default": true },
    { "key": "sms_promos", "labels": { "it-IT": "Promozioni SMS", "es-ES": "Promociones SMS" }, "channel": "sms", "legal_basis": "consent", "default": false }
  ],
  "retention_days": { "withdrawn_consent_proof": 1825, "unconfirmed": 30 },
  "version": "3.4.1",
  "updated_at": "2024-06-30T12:00:00Z"
}`,
    // Config only: topic keys, labels, a noreply address on the example domain, a version and a timestamp.
    expected: [],
  },
  // ---------------------------------------------------------------- reverse-ETL sync errors
  {
    name: 'Hightouch sync run (Ireland) to Salesforce: rejected rows with DUPLICATE_VALUE quoting an Email__c and a record id, the row JSON with FirstName, LastName, Phone and Eircode, and a question about upsert keys',
    text: `Hightouch sync "customers → SF Contacts (IE)" run 88213: 2 of 4,119 rows rejected.

Row 1 (primary key 77120):
  error: DUPLICATE_VALUE: duplicate value found: Email__c duplicates value on record with id: 0035g00000XyZ1AAAV
  fields: {"FirstName":"Siobhán","LastName":"Ní Bhriain","Email__c":"siobhan.nibhriain@eircom.net","Phone":"+353 87 214 6093","MailingPostalCode":"H91 E2K3","Loyalty_Tier__c":"Gold"}
Row 2 (primary key 80452):
  error: INVALID_EMAIL_ADDRESS: Email__c: invalid email address: ciaran.mcgrath@@gmail.com
  fields: {"FirstName":"Ciarán","LastName":"McGrath","Email__c":"ciaran.mcgrath@@gmail.com","Phone":"086 771 3048","MailingPostalCode":"T12 X70P","Loyalty_Tier__c":"Silver"}

Should we upsert on Email__c or on the external id Hightouch_Customer_Id__c?`,
    // Record ids, run and primary-key numbers, Eircodes and tiers are not ours; the double-at value is no valid address but is his mailbox mistyped.
    expected: [
      ['PERSON', 'Siobhán'],
      ['PERSON', 'Ní Bhriain'],
      ['EMAIL', 'siobhan.nibhriain@eircom.net'],
      ['PHONE', '+353 87 214 6093'],
      ['PERSON', 'Ciarán'],
      ['PERSON', 'McGrath'],
      ['PHONE', '086 771 3048'],
    ],
  },
  {
    name: 'Census sync error to Braze (South Africa): invalid phone formats for three rows quoting external ids, raw cellphone numbers in local 0xx and +27 forms, first names, and a question asking for a normalisation SQL',
    text: `Census sync "za_loyalty → Braze" finished with warnings. Invalid records (3):

external_id   | first_name | last_name  | phone            | error
ZA-0091827    | Thandiwe   | Mokoena    | 082 461 3390     | phone must be E.164 (e.g. +27...)
ZA-0093310    | Pieter     | van Wyk    | 0027 72 918 4405 | phone must be E.164 (e.g. +27...)
ZA-0101244    | Ayesha     | Patel      | +27 (0)83 207 5561 | phone must be E.164 (e.g. +27...)

Write Snowflake SQL that turns these into +27XXXXXXXXX before the sync reads them.`,
    // External ids and the "+27..." hint in the error text are not ours.
    expected: [
      ['PERSON', 'Thandiwe'],
      ['PERSON', 'Mokoena'],
      ['PHONE', '082 461 3390'],
      ['PERSON', 'Pieter'],
      ['PERSON', 'van Wyk'],
      ['PHONE', '0027 72 918 4405'],
      ['PERSON', 'Ayesha'],
      ['PERSON', 'Patel'],
      ['PHONE', '+27 (0)83 207 5561'],
    ],
  },
  {
    name: 'clean Hightouch sync run summary: model and destination ids, row counts added, changed and removed, a warehouse query id, durations, a Slack alert channel and a question about why "changed" doubled',
    text: `Why did "changed" double since Tuesday? Last 4 runs of sync 41882 (model "Audience – Lapsed VIPs", destination Braze):

run_id   started_at            status     added  changed  removed  failed  query_id                               duration
880412   2024-05-14 02:00:03Z  succeeded    412    9,104       88       0  01b48c2e-0000-2a8b-0000-4f1d00b2e9a6  00:04:12
880977   2024-05-15 02:00:02Z  succeeded    377   18,226       91       0  01b49a07-0000-2a8b-0000-4f1d00b31c14  00:07:55
881540   2024-05-16 02:00:04Z  succeeded    401   18,311       73       0  01b4a7d1-0000-2a8b-0000-4f1d00b3602e  00:08:03
882101   2024-05-17 02:00:03Z  warning      398   18,290       80      12  01b4b5a9-0000-2a8b-0000-4f1d00b3a47c  00:08:10

Alerts go to #growth-syncs. Model primary key: customer_id; diffing mode: lightning (Snowflake, schema HIGHTOUCH_AUDIT).`,
    // Run, sync and query ids, counts, durations and timestamps: nothing personal.
    expected: [],
  },
  {
    name: 'Census to HubSpot rejection (Argentina): a date_of_birth property rejected as an impossible date, the contact with nombre, apellido, e-mail and a +54 9 11 mobile, a CUIT, and a Spanish question',
    text: `Census rechazó este contacto al sincronizar con HubSpot. ¿Cómo valido las fechas antes?

Record 5 of batch 3 failed: Property values were not valid: [{"isValid":false,"message":"31/02/1991 was not a valid date.","error":"INVALID_DATE","name":"date_of_birth"}]
Source row: {"nombre":"Valentina","apellido":"Gorostiaga","email":"vale.gorostiaga@fibertel.com.ar","celular":"+54 9 11 5783-2046","date_of_birth":"31/02/1991","cuit":"27-34918207-6","provincia":"Buenos Aires"}`,
    // The impossible date is still her birth date; the CUIT is a tax id, not one of our types.
    expected: [
      ['DATE_OF_BIRTH', '31/02/1991'],
      ['PERSON', 'Valentina'],
      ['PERSON', 'Gorostiaga'],
      ['EMAIL', 'vale.gorostiaga@fibertel.com.ar'],
      ['PHONE', '+54 9 11 5783-2046'],
      ['DATE_OF_BIRTH', '31/02/1991'],
    ],
  },
  {
    name: 'Census connection debug log with secrets: a Klaviyo private key in an Authorization header, a HubSpot private-app token, a Mailchimp API key in a basic-auth URL, a Segment write key and a SendGrid key, next to env placeholders',
    text: `Census keeps saying "401 Unauthorized" for the Klaviyo destination. Debug log (I know, I'll rotate them after):

[census-dest] klaviyo GET https://a.klaviyo.com/api/lists/ headers={"Authorization":"Klaviyo-API-Key ${klaviyoKey}","revision":"2024-02-15"} -> 401
[census-dest] hubspot GET https://api.hubapi.com/crm/v3/objects/contacts?limit=1 headers={"Authorization":"Bearer ${hubspotToken}"} -> 200
[census-dest] mailchimp GET https://anystring:${mailchimpKey}@us21.api.mailchimp.com/3.0/ping -> 200
[census-src] segment write_key=${segmentWriteKey} (source "web-prod") -> ok
[census-dest] sendgrid api_key=${sgKey} -> 200
[census-env] KLAVIYO_API_KEY=\${KLAVIYO_API_KEY} BRAZE_API_KEY=<redacted> TWILIO_AUTH_TOKEN=****`,
    // A key alone is the secret, not its header or URL; env placeholders, redactions and the revision date are not ours.
    expected: [
      ['SECRET', klaviyoKey],
      ['SECRET', hubspotToken],
      ['SECRET', mailchimpKey],
      ['SECRET', segmentWriteKey],
      ['SECRET', sgKey],
    ],
  },
  // ---------------------------------------------------------------- dbt customer 360
  {
    name: 'clean dbt customer-360 model: a mart joining Shopify, Klaviyo and Zendesk staging models on email_hash, with a meta block tagging pii columns, a contract, and a question about grain',
    text: `# models/marts/customer_360.yml
version: 2
models:
  - name: customer_360
    description: One row per resolved customer (identity cluster). Grain = cluster_id.
    config: { contract: { enforced: true }, meta: { owner: "growth-analytics", pii: true } }
    columns:
      - name: cluster_id
        data_type: varchar
        tests: [unique, not_null]
      - name: email_hash
        data_type: varchar
        description: sha256(lower(trim(email))) — never the raw email
      - name: first_name
        data_type: varchar
        meta: { pii: direct, masking_policy: mask_name }
      - name: date_of_birth
        data_type: date
        meta: { pii: direct, masking_policy: mask_dob }
      - name: lifetime_orders
        data_type: integer
      - name: last_ticket_at
        data_type: timestamp_ntz

Q: should orders from guest checkouts (no cluster) roll up to a synthetic cluster or be dropped?`,
    // Column names, tests and masking-policy names: nothing personal.
    expected: [],
  },
  {
    name: 'dbt test failure on customer_360 (Italy): "dbt test --store-failures" output for unique email, the failing rows from dbt show with nome, cognome, email, cellulare and data_nascita, and an Italian question',
    text: `Il test unique_stg_crm__clienti_email fallisce da ieri. Perché ci sono duplicati?

16:02:11  Failure in test unique_stg_crm__clienti_email (models/staging/crm/_crm__models.yml)
16:02:11    Got 2 results, configured to fail if != 0
16:02:11    compiled code at target/compiled/shop/models/staging/crm/_crm__models.yml/unique_stg_crm__clienti_email.sql

$ dbt show --inline "select * from {{ ref('stg_crm__clienti') }} where email in ('giulia.esposito@libero.it','m.ferraro@tiscali.it')"
| id_cliente | nome    | cognome  | email                   | cellulare         | data_nascita | fonte      |
| ---------- | ------- | -------- | ----------------------- | ----------------- | ------------ | ---------- |
|     330184 | Giulia  | Esposito | giulia.esposito@libero.it | +39 347 882 1930 | 1993-12-05   | ecommerce  |
|     401277 | Giulia  | Esposito | giulia.esposito@libero.it | 347 8821930      | 1993-12-05   | negozio_mi |
|     298810 | Marco   | Ferraro  | m.ferraro@tiscali.it    | +39 333 104 7725  | 1981-07-18   | ecommerce  |
|     402019 | Marco   | Ferraro  | m.ferraro@tiscali.it    | +39 333 104 7725  | 1981-07-18   | negozio_rm |`,
    // Customer ids, sources and the dbt log timestamps are not ours.
    expected: [
      ['EMAIL', 'giulia.esposito@libero.it'],
      ['EMAIL', 'm.ferraro@tiscali.it'],
      ['PERSON', 'Giulia'],
      ['PERSON', 'Esposito'],
      ['EMAIL', 'giulia.esposito@libero.it'],
      ['PHONE', '+39 347 882 1930'],
      ['DATE_OF_BIRTH', '1993-12-05'],
      ['PERSON', 'Giulia'],
      ['PERSON', 'Esposito'],
      ['EMAIL', 'giulia.esposito@libero.it'],
      ['PHONE', '347 8821930'],
      ['DATE_OF_BIRTH', '1993-12-05'],
      ['PERSON', 'Marco'],
      ['PERSON', 'Ferraro'],
      ['EMAIL', 'm.ferraro@tiscali.it'],
      ['PHONE', '+39 333 104 7725'],
      ['DATE_OF_BIRTH', '1981-07-18'],
      ['PERSON', 'Marco'],
      ['PERSON', 'Ferraro'],
      ['EMAIL', 'm.ferraro@tiscali.it'],
      ['PHONE', '+39 333 104 7725'],
      ['DATE_OF_BIRTH', '1981-07-18'],
    ],
  },
  {
    name: 'text-to-SQL for an audience: the user asks for a segment of Istanbul women over 30 who bought Hugo Boss and names one customer to exclude by e-mail; the assistant schema lists column names only',
    text: `<schema>
customers(customer_id, email, first_name, last_name, gender, birth_date, city, created_at)
orders(order_id, customer_id, brand, total_try, ordered_at)
</schema>
<question>
Write the SQL for this audience: women in İstanbul aged 30+ who bought Hugo Boss or Calvin Klein in the last 90 days and spent over 5.000 TL.
Exclude our own staff account (merve.aksoy@trendkapi.com.tr) and anyone with last_name = 'Aksoy' because that's her family who get staff pricing.
</question>`,
    // A work mailbox counts; the family name compared with last_name belongs to her, named by her address only, so it is a lone name under a name field; brands, thresholds and column names are not ours.
    expected: [
      ['EMAIL', 'merve.aksoy@trendkapi.com.tr'],
      ['PERSON', 'Aksoy'],
    ],
  },
  // ---------------------------------------------------------------- campaign performance and UTMs
  {
    name: 'clean campaign performance table (UAE and India): campaign ids and names such as "Ramadan Kareem – Tommy Hilfiger", "Diwali Dhamaka", audiences named "Lookalike 1% – Top Spenders", spend, CTR, ROAS and a question about attribution',
    gap: 'Flags the designer collection Manish Malhotra (a public figure) as a person.',
    text: `Which campaigns should we scale for Q4? Meta + Google, last 30 days:

| campaign_id       | campaign_name                          | market | audience                        | spend_usd | impressions | ctr   | purchases | roas |
|-------------------|----------------------------------------|--------|---------------------------------|----------:|------------:|------:|----------:|-----:|
| 23861044719200417 | Ramadan Kareem – Tommy Hilfiger        | AE     | Lookalike 1% – Top Spenders     |  18,402.1 |   2,911,204 | 1.84% |       611 | 4.12 |
| 23861044719200533 | Ramadan Kareem – Calvin Klein          | AE     | Retargeting 14d                 |   9,210.7 |   1,044,930 | 2.31% |       402 | 5.60 |
| 20418877310       | Diwali Dhamaka – Sale                  | IN     | Customer Match – Lapsed 180d    |  22,875.0 |  11,208,417 | 0.97% |     1,390 | 3.05 |
| 20418877342       | Diwali Dhamaka – Manish Malhotra edit  | IN     | Interest – Ethnic Wear          |   6,114.3 |   3,774,018 | 1.12% |       288 | 2.71 |

Attribution: 7-day click, 1-day view. Currency converted at 2024-10-31 rates.`,
    // Campaign ids, campaign and audience names (including a collection named after its designer), spend and rates: nothing personal.
    expected: [],
  },
  {
    name: 'clean list of UTM-tagged landing URLs from a campaign QA sheet: utm_source, utm_medium, utm_campaign, utm_content and utm_term values, gclid and fbclid click ids, and a request to find inconsistent casing',
    text: `Find the UTM values with inconsistent casing in this QA sheet and suggest a naming convention.

https://www.casadellamoda.it/saldi?utm_source=Facebook&utm_medium=paid_social&utm_campaign=saldi_invernali_2025&utm_content=carousel_v2
https://www.casadellamoda.it/saldi?utm_source=facebook&utm_medium=Paid_Social&utm_campaign=Saldi_Invernali_2025&utm_content=video_15s&fbclid=IwAR2xQ9bLkV7mR3tZ0nF8cW1yH4pJ6sD5gA2eK
https://www.casadellamoda.it/donna?utm_source=google&utm_medium=cpc&utm_campaign=brand_it&utm_term=casa%20della%20moda&gclid=Cj0KCQiA4NWrBhD-ARIsAFCKwWt7rYp1Kx9mZ2vQ5bN8cL3dF6gH0jS
https://www.casadellamoda.it/uomo?utm_source=newsletter&utm_medium=email&utm_campaign=nl_2025_w03&utm_content=%7C%7Cemail%7C%7C
https://www.casadellamoda.it/?utm_source=tiktok&utm_medium=Paid_Social&utm_campaign=saldi_invernali_2025&utm_content=creator_giulia_style`,
    // UTM values, click ids and an unresolved merge tag: nothing personal; a creator handle in utm_content is a campaign label.
    expected: [],
  },
  {
    name: 'GA4 BigQuery export rows (Indonesia): page_location URLs with an e-mail and a WhatsApp number in the query string from a landing-page form, user_pseudo_id, ga_session_id, geo and a question about leaking PII to GA',
    text: `Kenapa ada email di page_location? GA4 export (events_20240611):

event_name  | user_pseudo_id         | ga_session_id | geo.city | page_location
page_view   | 1483920114.1718088213  | 1718088213    | Jakarta  | https://promo.tokoanggrek.co.id/terima-kasih?nama=Dewi+Lestari&email=dewi.lestari88%40gmail.com&wa=6281234098761&utm_source=instagram&utm_campaign=ramadan_promo
page_view   | 902117340.1718090042   | 1718090042    | Surabaya | https://promo.tokoanggrek.co.id/terima-kasih?nama=&email=&wa=&utm_source=instagram&utm_campaign=ramadan_promo
form_submit | 1483920114.1718088213  | 1718088213    | Jakarta  | https://promo.tokoanggrek.co.id/daftar?utm_source=instagram&utm_campaign=ramadan_promo

The form uses method=GET. How do we purge these rows from BigQuery and stop it happening?`,
    // The plus-joined name in nama= is her full name; pseudo ids and session ids are not ours; the second row's parameters are empty.
    expected: [
      ['PERSON', 'Dewi+Lestari'],
      ['EMAIL', 'dewi.lestari88%40gmail.com'],
      ['PHONE', '6281234098761'],
    ],
  },
  // ---------------------------------------------------------------- bounce and complaint webhooks
  {
    name: 'Amazon SES bounce notification via SNS: bouncedRecipients with emailAddress and a diagnosticCode quoting the address, the mail source and sourceIp, reportingMTA, message ids and a "why hard bounce" question',
    text: `Why is this marked Permanent/General when the mailbox exists?

{
  "notificationType": "Bounce",
  "bounce": {
    "feedbackId": "0102018f2c7d1e4a-5b9e3c21-7a14-4f0d-bc62-d8e1a9f03b57-000000",
    "bounceType": "Permanent",
    "bounceSubType": "General",
    "bouncedRecipients": [{
      "emailAddress": "bongani.dlamini@mweb.co.za",
      "action": "failed",
      "status": "5.1.1",
      "diagnosticCode": "smtp; 550 5.1.1 <bongani.dlamini@mweb.co.za>: Recipient address rejected: User unknown in virtual mailbox table"
    }],
    "timestamp": "2024-04-30T07:21:44.000Z",
    "reportingMTA": "dns; a8-52.smtp-out.amazonses.com",
    "remoteMtaIp": "196.4.160.28"
  },
  "mail": {
    "timestamp": "2024-04-30T07:21:43.102Z",
    "source": "Rewards Team <rewards@news.karoo-outdoor.co.za>",
    "sourceIp": "10.24.3.117",
    "sendingAccountId": "381492277014",
    "messageId": "0102018f2c7d1c90-8e21f4b3-19a7-4c55-a0d2-6b3e7f91c4a8-000000",
    "destination": ["bongani.dlamini@mweb.co.za"]
  }
}`,
    // The recipient's address counts each time; the remote MTA and the private sending host are addresses; the team mailbox counts; account and message ids are not ours.
    expected: [
      ['EMAIL', 'bongani.dlamini@mweb.co.za'],
      ['EMAIL', 'bongani.dlamini@mweb.co.za'],
      ['IP_ADDRESS', '196.4.160.28'],
      ['EMAIL', 'rewards@news.karoo-outdoor.co.za'],
      ['IP_ADDRESS', '10.24.3.117'],
      ['EMAIL', 'bongani.dlamini@mweb.co.za'],
    ],
  },
  {
    name: 'SendGrid Event Webhook batch (US): bounce, spamreport, open and click events with email, ip, useragent, sg_event_id, sg_message_id, category and asm_group_id, and a question about the complaint rate',
    text: `Our spam complaint rate hit 0.31% yesterday. Sample events from the webhook:

[
 {"email":"brenda.kowalski@aol.com","timestamp":1717484411,"event":"spamreport","sg_event_id":"c3BhbXJlcG9ydC0xMjM0NTY3ODkw","sg_message_id":"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0","category":["promo","memorial_day"],"asm_group_id":18821},
 {"email":"tmoreau.nola@gmail.com","timestamp":1717484502,"event":"bounce","type":"blocked","status":"5.7.1","reason":"550 5.7.1 Service unavailable; client [167.89.118.40] blocked using Spamhaus","ip":"167.89.118.40","sg_event_id":"Ym91bmNlLTk4NzY1NDMyMQ","sg_message_id":"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.1"},
 {"email":"derek.santangelo@verizon.net","timestamp":1717484633,"event":"click","url":"https://shop.lakeshoregear.com/sale?utm_source=sendgrid&utm_campaign=memorial_day","ip":"71.191.20.144","useragent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)","sg_event_id":"Y2xpY2stNTU1NTU1","sg_message_id":"14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.2"}
]`,
    // The sending IP on the block list is still an address, as is the clicker's; event and message ids, categories and the ASM group are not ours.
    expected: [
      ['EMAIL', 'brenda.kowalski@aol.com'],
      ['EMAIL', 'tmoreau.nola@gmail.com'],
      ['IP_ADDRESS', '167.89.118.40'],
      ['IP_ADDRESS', '167.89.118.40'],
      ['EMAIL', 'derek.santangelo@verizon.net'],
      ['IP_ADDRESS', '71.191.20.144'],
    ],
  },
  {
    name: 'Postmark bounce webhook (UK): RecordType Bounce with Email, From, Name of the recipient, Details quoting an SMTP reply, MessageStream, Tag and a Content excerpt, and a question about suppressions',
    text: `Postmark sent this bounce to our webhook. Should we suppress or retry?

{
  "RecordType": "Bounce",
  "ID": 3719824401,
  "Type": "SoftBounce",
  "TypeCode": 4096,
  "Name": "Soft bounce",
  "Tag": "order-dispatch",
  "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
  "ServerID": 23,
  "MessageStream": "outbound",
  "Description": "The server could not temporarily deliver your message (ex: Unknown user, Mailbox full).",
  "Details": "smtp;452 4.2.2 The email account that you tried to reach is over quota. <fionnuala.hegarty@btinternet.com>",
  "Email": "fionnuala.hegarty@btinternet.com",
  "From": "dispatch@hartleyandfinch.co.uk",
  "BouncedAt": "2024-02-06T16:33:54.9070259Z",
  "Inactive": false,
  "CanActivate": true,
  "Subject": "Your order HF-220914 is on its way, Fionnuala"
}`,
    // "Name" here is the bounce type; the lone given name in the subject is never named in full (an address is no naming), so it does not count; the team mailbox counts; ids and the order number are not ours.
    expected: [
      ['EMAIL', 'fionnuala.hegarty@btinternet.com'],
      ['EMAIL', 'fionnuala.hegarty@btinternet.com'],
      ['EMAIL', 'dispatch@hartleyandfinch.co.uk'],
    ],
  },
  {
    name: 'SES complaint feedback (Germany) in an ARF excerpt quoted to the assistant: the complainedRecipients, the feedback user agent, the arrival date, the original headers with To, a List-Unsubscribe mailto and an X-Mailer version',
    gap: 'Flags the shop name Küchenwelt Müller in a From display name as a person.',
    text: `Wir bekommen Beschwerden von web.de. Kannst du das ARF lesen und sagen, was der Auslöser war?

complaintFeedbackType: abuse
complainedRecipients: [{"emailAddress":"h.baumgaertner@web.de"}]
userAgent: WEB.DE Feedback-Loop/2.0
arrivalDate: 2024-11-12T19:40:02.000Z

--- original headers ---
Return-Path: <bounce-4411@mail.kuechenwelt-mueller.de>
From: "Küchenwelt Müller" <angebote@kuechenwelt-mueller.de>
To: Heinz Baumgärtner <h.baumgaertner@web.de>
Subject: Nur heute: 30 % auf Dr. Oetker Backformen
List-Unsubscribe: <mailto:unsubscribe+a81f3c@kuechenwelt-mueller.de>, <https://kuechenwelt-mueller.de/u/a81f3c>
X-Mailer: Mailjet 5.4.2
Received: from 185.189.236.4 by mx-ha.web.de; Tue, 12 Nov 2024 19:39:58 +0100`,
    // Küchenwelt Müller is a shop named after its owner's family and Dr. Oetker a brand; the bounce and unsubscribe addresses are role mailboxes on the shop's real domain and count like the offers mailbox; the sending server's address counts.
    expected: [
      ['EMAIL', 'h.baumgaertner@web.de'],
      ['EMAIL', 'bounce-4411@mail.kuechenwelt-mueller.de'],
      ['EMAIL', 'angebote@kuechenwelt-mueller.de'],
      ['EMAIL', 'unsubscribe+a81f3c@kuechenwelt-mueller.de'],
      ['PERSON', 'Heinz Baumgärtner'],
      ['EMAIL', 'h.baumgaertner@web.de'],
      ['IP_ADDRESS', '185.189.236.4'],
    ],
  },
  // ---------------------------------------------------------------- SMS opt-in (Twilio)
  {
    name: 'Twilio SMS opt-in log (India) with a curl using the Auth Token: inbound "START" and "YES" messages From +91 mobiles To a long code, MessageSid and AccountSid ids, and a question about DLT template rejection',
    text: `Opt-ins are arriving but our confirmation SMS is rejected (30044?). Here's what I ran:

curl -s "https://api.twilio.com/2010-04-01/Accounts/AC8f21c04e7b93d5a1f62e0c48b97d3a15/Messages.json?To=%2B918047361122&PageSize=3" \\
  -u AC8f21c04e7b93d5a1f62e0c48b97d3a15:${twilioToken}

{"messages":[
 {"sid":"SMe1a4c7290b3f48d2a91c5e07f6b82d34","from":"+919845120377","to":"+918047361122","body":"START","status":"received","date_sent":"Tue, 03 Sep 2024 05:12:40 +0000"},
 {"sid":"SM7b20d9e4f13a45c8b6e0f2a91d3c7e58","from":"+917738290514","to":"+918047361122","body":"YES Kavya Reddy","status":"received","date_sent":"Tue, 03 Sep 2024 05:14:02 +0000"},
 {"sid":"SM0c9f3e2a71d44b6e8a15c7f0b2d9e413","from":"+918047361122","to":"+919845120377","body":"Thanks! You're subscribed to GreenLeaf offers. Reply STOP to opt out.","status":"undelivered","error_code":30044}
]}`,
    // The token alone is the secret; Account and message SIDs are not ours; the business long code is a business phone and counts; the name in the reply is the subscriber's.
    expected: [
      ['PHONE', '%2B918047361122'],
      ['SECRET', twilioToken],
      ['PHONE', '+919845120377'],
      ['PHONE', '+918047361122'],
      ['PHONE', '+917738290514'],
      ['PERSON', 'Kavya Reddy'],
      ['PHONE', '+918047361122'],
      ['PHONE', '+918047361122'],
      ['PHONE', '+919845120377'],
    ],
  },
  {
    name: 'Twilio opt-out (STOP) CSV from the Messaging Insights export (Mexico and US): from numbers, a five-digit short code, keywords STOP, BAJA, UNSUBSCRIBE, message SIDs and a question about honouring BAJA',
    text: `¿Estamos respetando "BAJA" como palabra de exclusión? Export de opt-outs:

date_created,from,to,body,messaging_service_sid,message_sid
2024-10-05T18:22:10Z,+5213317642290,74839,BAJA,MG3e9a0c1f7b2d48e6a5c41f0d9e7b3a28,SM41a7e0c2d9b34f8a6e15c7d0b2f9a3e6
2024-10-05T18:40:55Z,+5215544870315,74839,Baja por favor,MG3e9a0c1f7b2d48e6a5c41f0d9e7b3a28,SM9c2e4b7a1f0d43e8b5a6c3f1e7d9b024
2024-10-06T02:11:31Z,+13125307741,74839,STOP,MG3e9a0c1f7b2d48e6a5c41f0d9e7b3a28,SM5f0b3e8c2a7d41e9b6c4a1f3d0e8b725
2024-10-06T14:03:12Z,+12125550147,74839,UNSUBSCRIBE,MG3e9a0c1f7b2d48e6a5c41f0d9e7b3a28,SM2d8a6f1c4e0b47a3b9e5c2f7a1d3e608`,
    // The short code, SIDs and timestamps are not ours; +1 212 555-0147, in the reserved 555-01xx range, counts on a real-looking record (as in hold-outs 20–22: see README).
    expected: [
      ['PHONE', '+5213317642290'],
      ['PHONE', '+5215544870315'],
      ['PHONE', '+13125307741'],
      ['PHONE', '+12125550147'],
    ],
  },
  // ---------------------------------------------------------------- loyalty programmes
  {
    name: 'loyalty-programme member list (UAE): member numbers, names in English and Arabic, +971 50 mobiles, e-mails, dates of birth, tier and points, with a question about the Ramadan double-points audience',
    text: `Build the audience for Ramadan double points: Gold and above, active in the last 60 days.

member_no        | name_en               | name_ar            | mobile            | email                       | dob        | tier     | points | last_txn
6009 4410 2287 31 | Omar Al Hashimi       | عمر الهاشمي        | +971 50 318 4472  | omar.hashimi@eim.ae         | 1985-01-17 | Platinum | 48,210 | 2024-02-28
6009 4410 3918 04 | Fatima Al Zaabi       | فاطمة الزعابي      | 055 902 1167      | fatima.z@hotmail.com        | 1991-08-05 | Gold     | 12,775 | 2024-03-02
6009 4410 5527 88 | Rohan D'Souza         | روهان دسوزا        | +971 56 774 0391  | rohan.dsouza@gmail.com      | 1988-11-29 | Silver   |  3,140 | 2023-12-19

Points are redeemable at Al Futtaim and Majid Al Futtaim partners.`,
    // Loyalty card numbers are not payment cards; tiers, points and transaction dates are not ours; the partners are companies named after their founders.
    expected: [
      ['PERSON', 'Omar Al Hashimi'],
      ['PERSON', 'عمر الهاشمي'],
      ['PHONE', '+971 50 318 4472'],
      ['EMAIL', 'omar.hashimi@eim.ae'],
      ['DATE_OF_BIRTH', '1985-01-17'],
      ['PERSON', 'Fatima Al Zaabi'],
      ['PERSON', 'فاطمة الزعابي'],
      ['PHONE', '055 902 1167'],
      ['EMAIL', 'fatima.z@hotmail.com'],
      ['DATE_OF_BIRTH', '1991-08-05'],
      ['PERSON', "Rohan D'Souza"],
      ['PERSON', 'روهان دسوزا'],
      ['PHONE', '+971 56 774 0391'],
      ['EMAIL', 'rohan.dsouza@gmail.com'],
      ['DATE_OF_BIRTH', '1988-11-29'],
    ],
  },
  {
    name: 'loyalty programme with a co-branded card (Mexico): a member export in which a payment_card column holds a full card number for one row and a masked one for the rest, a Puntos column and CURP-like ids, and a Spanish question',
    text: `Alguien cargó el número de tarjeta completo en el export del programa "Club Sanborns". ¿Qué filas están afectadas?

socio_id,nombre_completo,curp,payment_card,puntos,alta
CS-00418822,Rodrigo Salinas Meza,SAMR900312HNLLZD07,4532018744120933,12040,2019-06-01
CS-00419013,Guadalupe Herrera Ortiz,HEOG870925MDFRRD02,************7721,8815,2020-01-14
CS-00420556,Itzel Cruz Navarro,CUNI950604MOCRVT09,************3304,2210,2023-09-30

Sanborns es la marca; las tarjetas son Visa Sanborns Inbursa.`,
    // The full number is a payment card; masked ones are not; CURPs are national ids, not one of our types; join dates and points are not ours; Sanborns is a brand named after its founders.
    expected: [
      ['PERSON', 'Rodrigo Salinas Meza'],
      ['CREDIT_CARD', '4532018744120933'],
      ['PERSON', 'Guadalupe Herrera Ortiz'],
      ['PERSON', 'Itzel Cruz Navarro'],
    ],
  },
  {
    name: 'cashback payout file for loyalty members (Netherlands and Germany): member name, IBAN, BIC, amount and reference, plus a failed SEPA payout quoting an IBAN, with a Dutch question',
    text: `Waarom is de uitbetaling aan lid 448120 mislukt? SEPA-batch "cashback-2024-10":

lid_id | naam                | iban                     | bic       | bedrag | referentie
448120 | Sanne Verhoeven     | NL62RABO0318467205       | RABONL2U  |  41,20 | CB-2024-10-448120
448133 | Thomas Gräf         | DE20100700240938174652   | DEUTDEDB  |  12,75 | CB-2024-10-448133
448157 | Willemijn Bakker    | NL61ABNA0417283956       | ABNANL2A  |   8,90 | CB-2024-10-448157

Bank response for CB-2024-10-448120: AC04 Closed account number (NL62RABO0318467205). Customer service heeft inmiddels een nieuw rekeningnummer van haar.`,
    // An IBAN counts whoever holds it; BICs, references, member ids, amounts and the return code are not ours.
    expected: [
      ['PERSON', 'Sanne Verhoeven'],
      ['IBAN', 'NL62RABO0318467205'],
      ['PERSON', 'Thomas Gräf'],
      ['IBAN', 'DE20100700240938174652'],
      ['PERSON', 'Willemijn Bakker'],
      ['IBAN', 'NL61ABNA0417283956'],
      ['IBAN', 'NL62RABO0318467205'],
    ],
  },
  {
    name: 'store-card prequalification leads in a Salesforce Marketing Cloud data extension (US): SubscriberKey, FirstName, LastName, SSN, DOB, annual income and a prescreen flag, with a question about FCRA opt-out',
    text: `We can't send prescreen offers to anyone who opted out under FCRA. Which of these should be excluded? (DE_Prescreen_StoreCard_Oct)

SubscriberKey,FirstName,LastName,SSN,DOB,AnnualIncome,PrescreenOptOut,Email
0032R00002Fq7bLQAR,Latasha,Greene,421-58-7730,07/19/1976,68000,false,latasha.greene@bellsouth.net
0032R00002Fq7bMQAR,Curtis,Vanderpool,529-04-1186,12/03/1969,112000,true,cvanderpool@frontier.com
0032R00002Fq7bNQAR,Test,Subscriber,078-05-1120,01/01/1990,0,false,sfmc-test@example.com`,
    // Salesforce ids, incomes and flags are not ours; the Test Subscriber row with the wallet-card SSN and example.com is a placeholder.
    expected: [
      ['PERSON', 'Latasha'],
      ['PERSON', 'Greene'],
      ['US_SSN', '421-58-7730'],
      ['DATE_OF_BIRTH', '07/19/1976'],
      ['EMAIL', 'latasha.greene@bellsouth.net'],
      ['PERSON', 'Curtis'],
      ['PERSON', 'Vanderpool'],
      ['US_SSN', '529-04-1186'],
      ['DATE_OF_BIRTH', '12/03/1969'],
      ['EMAIL', 'cvanderpool@frontier.com'],
    ],
  },
  // ---------------------------------------------------------------- NPS verbatims
  {
    name: 'NPS survey verbatims (Ireland and UK) that name staff: a full staff name, a given name alone for another staff member, a manager "Mr" with surname, a store named after a person, respondent ids and scores, and a request to theme them',
    text: `Theme these NPS comments (last week, detractors and promoters):

resp_id | score | store            | comment
r-88120 | 10    | Dundrum          | Aoife Brennan at the fitting rooms was brilliant, found me the right size in 2 minutes.
r-88134 | 3     | Henry Street     | Waited 20 mins at the till. Only one person working, a lad called Shane, and he was run off his feet.
r-88141 | 9     | Arnotts concession | Lovely service, thank you to Mr Keane the manager for sorting my refund.
r-88167 | 1     | Online           | Parcel never arrived and nobody answers 01 872 4400. Ref GF-5512093.
r-88172 | 8     | Liffey Valley    | Good. Tell Declan Moriarty in menswear he's a legend.`,
    // A lone given name of staff never named in full does not count, a surname after Mr does (convention: see README); the store phone line is a business number and counts; stores, streets, ids and scores are not ours.
    expected: [
      ['PERSON', 'Aoife Brennan'],
      ['PHONE', '01 872 4400'],
      ['PERSON', 'Declan Moriarty'],
      ['PERSON', 'Keane'],
    ],
  },
  {
    name: 'NPS Freitext-Antworten (Germany) with staff named as Frau and Herr plus full names, a respondent who signs with name and e-mail, a brand named Hugo Boss and a German summarising request',
    text: `Fasse die Kommentare zusammen und nenne die drei häufigsten Gründe für Kritik.

ID 5521 (NPS 10): Frau Katrin Schneider in der Filiale Stuttgart hat mich super zur Hugo Boss Kollektion beraten.
ID 5530 (NPS 2): Rückerstattung dauert seit 4 Wochen. Ich erwarte Rückruf! — Uwe Brockmann, uwe.brockmann@freenet.de, 0171 2284905
ID 5544 (NPS 7): Alles ok, aber die Lieferung kam erst am 14.10.2024.
ID 5561 (NPS 4): Herr Yılmaz an der Kasse war unfreundlich.`,
    // Frau is no part of the name; a surname after Herr counts (convention: see README); the delivery date, IDs and the brand are not ours.
    expected: [
      ['PERSON', 'Katrin Schneider'],
      ['PERSON', 'Uwe Brockmann'],
      ['EMAIL', 'uwe.brockmann@freenet.de'],
      ['PHONE', '0171 2284905'],
      ['PERSON', 'Yılmaz'],
    ],
  },
  {
    name: 'NPS verbatims in Brazilian Portuguese and Japanese from an app survey: a respondent naming a delivery driver in full, a Japanese comment naming a store clerk in full with さん, a comment about the brand Dr. Pepper, and scores',
    text: `Classifique estes comentários por tema (entrega, app, atendimento) / 以下のコメントをテーマ別に分類してください。

[BR] nota 9: O entregador Wellington Araújo foi super educado, deixou com a portaria.
[BR] nota 2: App trava no pagamento com Pix toda vez. Versão 5.18.2.
[BR] nota 6: Faltou Dr Pepper no pedido 88120417.
[JP] スコア 10: 心斎橋店の中村 優子さんがとても丁寧に対応してくれました。
[JP] スコア 5: アプリのポイントが反映されない（会員番号 7701-2284-1093）。`,
    // さん is no part of the name; the app version, order and member numbers and the drink brand are not ours.
    expected: [
      ['PERSON', 'Wellington Araújo'],
      ['PERSON', '中村 優子'],
    ],
  },
];

describeHoldout(
  'privacy hold-out 40: marketing and customer-data platforms as their data reaches an AI assistant',
  cases,
);
