import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A twenty-fourth hand-written hold-out: customer-support and CRM material in many languages, as
 * support agents and analysts paste it into an AI assistant to draft a reply, translate, classify or
 * summarise. Help-desk tools: a copied Zendesk ticket view (requester, assignee, CCs, an internal
 * note and a public reply) where a French customer writes to an English-speaking agent, a Zendesk
 * CSV export and an API response with sideloaded users and audit metadata, a Freshdesk conversation
 * with a German quoted original ("Am … schrieb …:") and a Freshdesk CSV export in Turkish, Arabic,
 * Indonesian and Vietnamese, an Intercom conversation JSON with the Fin bot and an Intercom inbox
 * copy with the user sidebar, a Help Scout thread with a Dutch quote ("Op … schreef …:"), a Front
 * conversation with internal comments and a Polish quote ("W dniu … pisze:"), Salesforce Service
 * Cloud (an Italian case page with case comments, a Spanish Email-to-Case with Outlook headers and
 * "El … escribió:", a case report export); e-mail with Korean ("… 님이 작성:") and Japanese
 * ("…さんは書きました:") quote headers; WhatsApp Business (Brazil) and Telegram (Russia) chats;
 * App Store reviews with developer responses, a Google Play review export and a Trustpilot export;
 * call-centre notes in German, French, Colombian Spanish, Italian, Dutch, Polish, Turkish, Arabic,
 * Hinglish, Indonesian, Vietnamese, Thai, Japanese, Chinese and Korean; a Stripe chargeback note, a
 * refund ticket with a full and a mistyped card, a US account-verification chat, a GDPR Art. 15
 * request and a DSAR export, CSAT and NPS survey exports with respondent columns, a macro export, a
 * ticket where the customer pastes live keys, a Hindi complaint with an English reply, and an
 * agent's prompt with a Swiss German message to translate. Signatures carry phones and addresses in
 * local formats. Hard negatives: agent aliases and given names alone (Thiago, Анна, Rina from Lumo,
 * Sophie from Acme, 佐藤, Jordan), bots and teams (Fin, Support Bot, Team Alpha), product, plan and
 * offer names after people (Vermeer Pro, bukiet „Chopin”, Fibre Molière, Plan Gabo, Tariffa Volta,
 * Kopernik 5G, Fatih Çay Makinesi, 鲁班, ノーベル, the Ada plan), companies and shops named after
 * founders or people (Brandt & Söhne, Trattoria Da Mario, Bosch, Miele, Dyson, Siemens, Philips,
 * Tabac Le Balzac), streets named after people, placeholders (Test User, Jane Doe, Demo Contact,
 * Mario Rossi with example.com, {{ticket.requester.first_name}}), a public figure (Elon Musk),
 * usernames, nicknames and @handles, macros and tags, ticket, case, order, RMA, protocol, dispute,
 * charge and ARN numbers, tracking numbers, app versions and build codes, device models, dates of
 * purchase, delivery, claims and deadlines, a birth year alone, customer numbers, national ids
 * (CPF, DNI, C.C., codice fiscale, BSN, PESEL, TC kimlik, هوية, Aadhaar, NIK, CCCD, Thai ID,
 * 身份证号), a UPI id, bank account and sort code, masked cards and e-mails, a
 * mistyped card that fails Luhn, a truncated key and documented key placeholders. Each case lists
 * every value it expects found, with its type; anything else flagged is a false positive. A title
 * or honorific (Herr, Mme, Sr., sig., Pani, Pak, Ibu, Chị, คุณ, 様, 님) is no part of a name's span;
 * a lone given or family name, a nickname or an initial form counts only when the same person is
 * named in full in the same text, and a labelled name field's value counts even in initial form;
 * a maiden name after geb. counts. Values are fake: Luhn-valid made-up cards, IBANs with valid
 * mod-97 check digits, an SSN in a valid area, made-up names, numbers and keys.
 */
const k = joinParts;
const stripeLiveKey = k('sk_live_51Ot4471RtZ9mQ2x', 'W8kL3pV7nB0cY6dF1gJ5sHe2uKo');
const webhookSecret = k('whsec_9Qm2Xv7Lr4Tz8Kp1', 'Wn6Bc3Df5Gh0Jy');
const dbPassword = k('Vx7Qm2p', 'Lr9Tz');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- Zendesk
  {
    name: 'Zendesk ticket view copied whole: a French customer writing to an English-speaking agent, a husband in CC, internal note and public reply; a relay shop named after Balzac',
    text: `Ticket #48213 — Colis jamais reçu / parcel never arrived
Requester: Amélie Rousseau-Denis <amelie.rousseau-denis@orange.fr>
Assignee: Daniel Okafor · Group: Tier 1 – EMEA
CCs: Thibault Rousseau-Denis <thibault.rd@gmail.com>
Status: Open | Priority: Normal | Type: Incident | Brand: Maison Lumière
Tags: delivery_issue lang_fr macro_wismo_relay carrier_colissimo

Amélie Rousseau-Denis — Mar 11, 2024 09:42
Bonjour,
J'ai commandé une lampe Eiffel (commande n° ML-2024-447120) le 28 février, livraison prévue le 5 mars. Le suivi Colissimo 6A20447120931 indique « livré » mais je n'ai rien reçu. Je suis joignable au 06 47 12 09 31 en journée.
Cordialement,
Amélie Rousseau-Denis
14 rue des Lilas, 69003 Lyon

Internal note — Daniel Okafor — Mar 11, 2024 10:05
Customer writes French only. Tracking shows delivered to a relay point, not her home. Her husband Thibault (cc'd) also called yesterday from +33 7 81 44 71 20. Applied macro "WISMO – relay point", escalating to Carrier Claims.

Daniel Okafor — Mar 11, 2024 10:12 (public reply)
Bonjour Amélie,
Thank you for writing to us, and sorry for the trouble — I'm answering in English, I hope that's OK. Colissimo shows your parcel at the relay point Tabac Le Balzac, 22 avenue Jean Jaurès, 69007 Lyon, since 5 March. It will be held there until 19 March; please bring an ID and the pickup code 447120.
Kind regards,
Daniel
Maison Lumière Customer Care`,
    // The Eiffel lamp, Tabac Le Balzac and avenue Jean Jaurès are not people; order, tracking and pickup codes and the delivery dates are not ours.
    expected: [
      ['PERSON', 'Amélie Rousseau-Denis'],
      ['EMAIL', 'amelie.rousseau-denis@orange.fr'],
      ['PERSON', 'Daniel Okafor'],
      ['PERSON', 'Thibault Rousseau-Denis'],
      ['EMAIL', 'thibault.rd@gmail.com'],
      ['PERSON', 'Amélie Rousseau-Denis'],
      ['PHONE', '06 47 12 09 31'],
      ['PERSON', 'Amélie Rousseau-Denis'],
      ['PERSON', 'Daniel Okafor'],
      ['PERSON', 'Thibault'],
      ['PHONE', '+33 7 81 44 71 20'],
      ['PERSON', 'Daniel Okafor'],
      ['PERSON', 'Amélie'],
      ['PERSON', 'Daniel'],
    ],
  },
  {
    name: 'Zendesk ticket CSV export in five languages: requesters with e-mail and phone, human assignees beside Support Bot and Team Alpha, a Test User row',
    text: `"Id","Subject","Status","Requester","Requester email","Requester phone","Assignee","Group","Tags","Created at","Satisfaction Score"
"104471","Rückerstattung Bestellung 30019447","solved","Jürgen Baumgärtner","j.baumgaertner@web.de","+49 171 4471209","Support Bot","Tier 1 DACH","refund lang_de","2024-03-04 08:12","Good"
"104472","Cambio de dirección de entrega","open","María José Etxeberria","mj.etxeberria@gmail.com","+34 612 44 71 20","Lucía Ferrer","Tier 1 ES","address_change lang_es","2024-03-04 08:40","Unoffered"
"104473","Can't log in after update 5.12.3","pending","Kwame Asante-Boateng","kwame.ab@outlook.com","","Team Alpha","Tier 2","bug ios app_5_12_3","2024-03-04 09:02","Offered"
"104474","Factuur klopt niet","hold","Femke van der Linden","femke.vdlinden@ziggo.nl","06-44712093","Daan Visser","Billing NL","invoice lang_nl","2024-03-04 09:15","Bad"
"104475","Zamówienie nie dotarło","new","Grzegorz Brzęczyszczykiewicz","g.brzeczyszczykiewicz@onet.pl","+48 601 447 120","","Tier 1 PL","wismo lang_pl","2024-03-04 09:31","Unoffered"
"104476","Test ticket - please ignore","closed","Test User","test.user@example.com","","Support Bot","QA","test","2024-03-04 09:40","Unoffered"`,
    // Support Bot and Team Alpha are not people; Test User at example.com is a placeholder; ticket and order ids, the app version and timestamps are not ours.
    expected: [
      ['PERSON', 'Jürgen Baumgärtner'],
      ['EMAIL', 'j.baumgaertner@web.de'],
      ['PHONE', '+49 171 4471209'],
      ['PERSON', 'María José Etxeberria'],
      ['EMAIL', 'mj.etxeberria@gmail.com'],
      ['PHONE', '+34 612 44 71 20'],
      ['PERSON', 'Lucía Ferrer'],
      ['PERSON', 'Kwame Asante-Boateng'],
      ['EMAIL', 'kwame.ab@outlook.com'],
      ['PERSON', 'Femke van der Linden'],
      ['EMAIL', 'femke.vdlinden@ziggo.nl'],
      ['PHONE', '06-44712093'],
      ['PERSON', 'Daan Visser'],
      ['PERSON', 'Grzegorz Brzęczyszczykiewicz'],
      ['EMAIL', 'g.brzeczyszczykiewicz@onet.pl'],
      ['PHONE', '+48 601 447 120'],
    ],
  },
  {
    name: 'Zendesk API ticket JSON with sideloaded users: phones and a birth date inside the description, a geburtsdatum user field, a collaborator, the audit IP and a browser version',
    text: `GET /api/v2/tickets/104488.json?include=users,groups
{
  "ticket": {
    "id": 104488,
    "subject": "Konto gesperrt nach 2FA-Wechsel",
    "description": "Hallo, ich komme seit dem Handywechsel nicht mehr in mein Konto. Meine alte Nummer war 0176 44712093, die neue ist 0151 20934471. Geburtsdatum zur Verifizierung: 17.08.1991. Viele Grüße, Elif Yıldırım-Hoffmann",
    "status": "open",
    "requester_id": 39120447120,
    "assignee_id": 39120000931,
    "group_id": 360004471209,
    "collaborator_ids": [39120447555],
    "tags": ["account_locked", "lang_de", "2fa", "plan_pro_jahr"],
    "custom_fields": [
      { "id": 360044712093, "value": "PRO-Jahresabo" },
      { "id": 360044712094, "value": "2024-02-29" }
    ],
    "via": { "channel": "web", "source": { "from": {}, "to": {}, "rel": null } },
    "created_at": "2024-03-11T07:58:12Z"
  },
  "users": [
    { "id": 39120447120, "name": "Elif Yıldırım-Hoffmann", "email": "elif.yildirim@gmx.de", "phone": "+49 176 44712093", "role": "end-user", "time_zone": "Berlin", "user_fields": { "geburtsdatum": "1991-08-17", "kundennummer": "K-447120" } },
    { "id": 39120000931, "name": "Support Bot", "email": "bot@helpdesk.example.com", "role": "agent" },
    { "id": 39120447555, "name": "Jonas Hoffmann", "email": "jonas.hoffmann@posteo.de", "phone": null, "role": "end-user" }
  ],
  "groups": [{ "id": 360004471209, "name": "Team Alpha – Accounts" }],
  "audit_metadata": { "system": { "client": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0.6261.95", "ip_address": "91.64.147.22", "location": "Berlin, BE, Germany" } }
}`,
    // The renewal date in the custom field, ids, the customer number and the browser version are not ours; bot@helpdesk.example.com is reserved.
    expected: [
      ['PHONE', '0176 44712093'],
      ['PHONE', '0151 20934471'],
      ['DATE_OF_BIRTH', '17.08.1991'],
      ['PERSON', 'Elif Yıldırım-Hoffmann'],
      ['PERSON', 'Elif Yıldırım-Hoffmann'],
      ['EMAIL', 'elif.yildirim@gmx.de'],
      ['PHONE', '+49 176 44712093'],
      ['DATE_OF_BIRTH', '1991-08-17'],
      ['PERSON', 'Jonas Hoffmann'],
      ['EMAIL', 'jonas.hoffmann@posteo.de'],
      ['IP_ADDRESS', '91.64.147.22'],
    ],
  },
  // ---------------------------------------------------------------- Freshdesk
  {
    name: 'Freshdesk conversation: German agent reply above the quoted original ("Am Mo., … schrieb …:"), Herr with the surname, a refund IBAN given twice, signature phones; a street and a firm named after people',
    text: `Freshdesk · Ticket #77120 · Rückerstattung für doppelte Abbuchung
Kontakt: Jürgen Baumgärtner · Agent: Sabine Krüger · Gruppe: Billing DACH · Priorität: Mittel
Status: Warten auf Kunde · Quelle: E-Mail · Tags: doppelt_abgebucht, rueckerstattung

— Sabine Krüger antwortete · 12. März 2024, 10:31 —
Sehr geehrter Herr Baumgärtner,

vielen Dank für Ihre Geduld. Die doppelte Abbuchung zur Rechnung RE-2024-04471 über 89,90 € haben wir storniert. Die Erstattung überweisen wir auf das von Ihnen genannte Konto DE32 5001 0517 4471 2093 81; bitte rechnen Sie mit 3–5 Bankarbeitstagen.

Mit freundlichen Grüßen
Sabine Krüger
Kundenservice | Brandt & Söhne Haushaltswaren GmbH
Tel. +49 (0)89 4471 2093 | kundenservice@brandt-soehne.de

Am Mo., 11. März 2024 um 14:22 Uhr schrieb Jürgen Baumgärtner <j.baumgaertner@web.de>:
> Guten Tag,
> mir wurde der Betrag für meine Bestellung 30019447 zweimal abgebucht (siehe Kontoauszug). Bitte erstatten Sie den doppelten Betrag auf mein Konto bei der ING: DE32 5001 0517 4471 2093 81, Kontoinhaber Jürgen Baumgärtner.
> Bei Rückfragen erreichen Sie mich unter 0171 4471209.
>
> Mit freundlichen Grüßen
> Jürgen Baumgärtner
> Leopoldstraße 112, 80802 München
> Tel.: 089 / 20 93 44 71`,
    // Brandt & Söhne is a firm and Leopoldstraße a street; invoice and order numbers, amounts and dates are not ours.
    expected: [
      ['PERSON', 'Jürgen Baumgärtner'],
      ['PERSON', 'Sabine Krüger'],
      ['PERSON', 'Sabine Krüger'],
      ['PERSON', 'Baumgärtner'],
      ['IBAN', 'DE32 5001 0517 4471 2093 81'],
      ['PERSON', 'Sabine Krüger'],
      ['PHONE', '+49 (0)89 4471 2093'],
      ['EMAIL', 'kundenservice@brandt-soehne.de'],
      ['PERSON', 'Jürgen Baumgärtner'],
      ['EMAIL', 'j.baumgaertner@web.de'],
      ['IBAN', 'DE32 5001 0517 4471 2093 81'],
      ['PERSON', 'Jürgen Baumgärtner'],
      ['PHONE', '0171 4471209'],
      ['PERSON', 'Jürgen Baumgärtner'],
      ['PHONE', '089 / 20 93 44 71'],
    ],
  },
  {
    name: 'Freshdesk ticket export CSV with Turkish, Arabic, Indonesian and Vietnamese contacts, work and mobile phones, a product named after Edison and a Jane Doe test row',
    text: `Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,Full name,Email,Work phone,Mobile phone,Tags,Product
88201,Sipariş iade talebi,Open,Medium,Email,Refund,Ayşe Demir,Tier 1 TR,2024-03-05 10:14:22,Mehmet Kaan Öztürk,mkaan.ozturk@hotmail.com,,+90 532 447 12 09,iade;tr,Nova Chef Pro
88202,طلب استرجاع المبلغ,Pending,High,Portal,Refund,Support Bot,Tier 1 MENA,2024-03-05 10:20:05,نورة عبدالله القحطاني,noura.alqahtani@gmail.com,,+966 55 447 1209,refund;ar,Nova Chef Pro
88203,Pesanan belum sampai,Open,Low,Chat,Delivery,Team Alpha,Tier 1 APAC,2024-03-05 10:31:47,Siti Rahmawati Putri,siti.rahmawati@yahoo.co.id,(021) 4471 2093,0812-4471-2093,wismo;id,Nova Kettle Edison
88204,Không nhận được hóa đơn,Resolved,Low,Email,Billing,Nguyễn Thị Mai,Tier 1 APAC,2024-03-05 11:02:13,Trần Quốc Bảo,tranquocbao.hcm@gmail.com,,0903 447 120,invoice;vi,Nova Chef Pro
88205,Test,Closed,Low,Email,Other,Support Bot,QA,2024-03-05 11:10:00,Jane Doe,jane.doe@example.org,,,test,`,
    // Support Bot, Team Alpha and the Nova Kettle Edison are not people; Jane Doe at example.org is a placeholder; ticket ids and times are not ours.
    expected: [
      ['PERSON', 'Ayşe Demir'],
      ['PERSON', 'Mehmet Kaan Öztürk'],
      ['EMAIL', 'mkaan.ozturk@hotmail.com'],
      ['PHONE', '+90 532 447 12 09'],
      ['PERSON', 'نورة عبدالله القحطاني'],
      ['EMAIL', 'noura.alqahtani@gmail.com'],
      ['PHONE', '+966 55 447 1209'],
      ['PERSON', 'Siti Rahmawati Putri'],
      ['EMAIL', 'siti.rahmawati@yahoo.co.id'],
      ['PHONE', '(021) 4471 2093'],
      ['PHONE', '0812-4471-2093'],
      ['PERSON', 'Nguyễn Thị Mai'],
      ['PERSON', 'Trần Quốc Bảo'],
      ['EMAIL', 'tranquocbao.hcm@gmail.com'],
      ['PHONE', '0903 447 120'],
    ],
  },
  // ---------------------------------------------------------------- Intercom
  {
    name: 'Intercom conversation JSON in Spanish: the Fin bot, a user author with e-mail, a mobile in an HTML body, an admin note and reply signed with her given name; Stripe ids',
    text: `{
  "type": "conversation",
  "id": "215470447120931",
  "created_at": 1710150852,
  "source": { "type": "conversation", "author": { "type": "user", "id": "65ef0c1a2b3c4d5e6f708192", "name": "Alejandro Ruiz Montoya", "email": "alejandro.ruizm@hotmail.es" }, "body": "<p>Hola, me cobraron dos veces la suscripción Premium</p>" },
  "contacts": { "contacts": [{ "type": "contact", "id": "65ef0c1a2b3c4d5e6f708192", "external_id": "cus_Pq7R2mZ9kQx4Wt" }] },
  "conversation_parts": { "conversation_parts": [
    { "part_type": "comment", "author": { "type": "bot", "name": "Fin" }, "body": "<p>¡Hola Alejandro! Soy Fin, el asistente de IA. ¿Puedes indicarme el correo de tu cuenta?</p>" },
    { "part_type": "comment", "author": { "type": "user", "name": "Alejandro Ruiz Montoya" }, "body": "<p>Es alejandro.ruizm@hotmail.es, y mi móvil +34 655 447 120 por si me queréis llamar</p>" },
    { "part_type": "assignment", "author": { "type": "bot", "name": "Fin" }, "assigned_to": { "type": "team", "name": "Facturación ES" }, "body": null },
    { "part_type": "note", "author": { "type": "admin", "name": "Lucía Ferrer", "email": "lucia.ferrer@nubefotos.io" }, "body": "<p>Doble cargo confirmado en Stripe (ch_3OtP4471). Reembolso del segundo cargo. Cliente desde 2021.</p>" },
    { "part_type": "comment", "author": { "type": "admin", "name": "Lucía Ferrer" }, "body": "<p>Hola Alejandro, soy Lucía del equipo de facturación. Ya he devuelto el cargo duplicado de 9,99 €; lo verás en 5–10 días en tu tarjeta acabada en 4471.</p>" }
  ]},
  "tags": { "tags": [{ "name": "double_charge" }, { "name": "lang_es" }] },
  "statistics": { "first_contact_reply_at": 1710150911 }
}`,
    // Fin is a bot and Facturación ES a team; contact, customer and charge ids, the card ending and epoch times are not ours.
    expected: [
      ['PERSON', 'Alejandro Ruiz Montoya'],
      ['EMAIL', 'alejandro.ruizm@hotmail.es'],
      ['PERSON', 'Alejandro'],
      ['PERSON', 'Alejandro Ruiz Montoya'],
      ['EMAIL', 'alejandro.ruizm@hotmail.es'],
      ['PHONE', '+34 655 447 120'],
      ['PERSON', 'Lucía Ferrer'],
      ['EMAIL', 'lucia.ferrer@nubefotos.io'],
      ['PERSON', 'Lucía Ferrer'],
      ['PERSON', 'Alejandro'],
      ['PERSON', 'Lucía'],
    ],
  },
  {
    name: 'Intercom inbox copy with the user sidebar (Indonesian): last-seen IP, browser version, Pak and Ibu before given names, an office number with ext., an agent alias "Rina from Lumo"',
    text: `Budi Santoso · Active 3m ago
budi.santoso88@gmail.com
+62 812-4471-2093
Jakarta, Indonesia · 14:22 local time
User ID 6f1c2e88 · Signed up 12 Jan 2023 · Plan: Growth (annual)
Company: PT Sinar Abadi Logistik
Browser: Chrome 122.0.6261.95 on Windows 10
Last seen IP: 182.253.47.120
Tags: churn-risk, lang-id
─────────────────────────
Budi Santoso  2:14 PM
Halo, sejak update kemarin saya tidak bisa ekspor laporan ke PDF. Tombolnya abu-abu terus. Ini urgent karena laporan ke klien harus dikirim hari ini.

Fin (AI Agent)  2:14 PM
Halo Budi! Maaf atas kendalanya. Apakah Anda sudah mencoba logout dan login kembali?

Budi Santoso  2:16 PM
Sudah. Tolong sambungkan ke orang saja. Kalau perlu telepon kantor saya di (021) 2093 4471 ext. 12, minta sambung ke Ibu Dewi Kartikasari, dia admin akun kami.

Rina from Lumo  2:21 PM
Halo Pak Budi, saya Rina dari tim Lumo. Kami sedang ada bug di versi 4.8.1 untuk ekspor PDF; tim engineering sudah memperbaikinya dan rilis 4.8.2 keluar malam ini. Sementara itu, laporan Anda sudah saya kirim dalam format PDF ke budi.santoso88@gmail.com dan cc ke Ibu Dewi (dewi.k@sinarabadi.co.id).`,
    // Rina is named only by her given name (agent alias); Fin is a bot; the user id, app and browser versions and the sign-up date are not ours.
    expected: [
      ['PERSON', 'Budi Santoso'],
      ['EMAIL', 'budi.santoso88@gmail.com'],
      ['PHONE', '+62 812-4471-2093'],
      ['IP_ADDRESS', '182.253.47.120'],
      ['PERSON', 'Budi Santoso'],
      ['PERSON', 'Budi'],
      ['PERSON', 'Budi Santoso'],
      ['PHONE', '(021) 2093 4471'],
      ['PERSON', 'Dewi Kartikasari'],
      ['PERSON', 'Budi'],
      ['EMAIL', 'budi.santoso88@gmail.com'],
      ['PERSON', 'Dewi'],
      ['EMAIL', 'dewi.k@sinarabadi.co.id'],
    ],
  },
  // ---------------------------------------------------------------- Help Scout, Front
  {
    name: 'Help Scout thread with a Dutch quoted original ("Op di … schreef …:"): customer card, a Flemish agent, a refund IBAN with t.n.v. and an initial, a projector named after Vermeer',
    text: `Help Scout · Mailbox: Klantenservice NL · Conversation #20931
Customer: Sanne de Jong-Bakker · sanne.dejong@kpnmail.nl · +31 6 4471 2093
Assigned: Pieter-Jan Claes · Tags: retour, vermeer-pro, nl
Previous conversations: 3 · Customer since: 2022

Pieter-Jan Claes replied · 12 mrt 2024, 10:48
Beste Sanne,

Bedankt voor je bericht. Ik heb een retourlabel voor je Vermeer Pro-projector aangemaakt (retournummer RMA-447120). Je kunt het pakket afgeven bij elk PostNL-punt; de trackingcode is 3SLMPR447120931.
De terugbetaling van € 649,00 volgt binnen 5 werkdagen na ontvangst op je rekening NL23 INGB 0004 4712 09.

Met vriendelijke groet,
Pieter-Jan
Klantenservice Lumière Benelux · 020-447 1209

Op di 12 mrt 2024 om 09:14 schreef Sanne de Jong-Bakker <sanne.dejong@kpnmail.nl>:
> Goedemiddag,
> De projector die ik op 2 maart kocht, maakt een hard zoemend geluid. Ik wil hem graag retourneren. Mijn rekeningnummer voor de terugbetaling is NL23 INGB 0004 4712 09 t.n.v. S. de Jong-Bakker.
> Groet,
> Sanne de Jong-Bakker
> Prinsengracht 447-II, 1016 HT Amsterdam
> 06-44712093`,
    // Vermeer Pro is a product; the RMA and PostNL tracking codes, the amount and the purchase date are not ours.
    expected: [
      ['PERSON', 'Sanne de Jong-Bakker'],
      ['EMAIL', 'sanne.dejong@kpnmail.nl'],
      ['PHONE', '+31 6 4471 2093'],
      ['PERSON', 'Pieter-Jan Claes'],
      ['PERSON', 'Pieter-Jan Claes'],
      ['PERSON', 'Sanne'],
      ['IBAN', 'NL23 INGB 0004 4712 09'],
      ['PERSON', 'Pieter-Jan'],
      ['PHONE', '020-447 1209'],
      ['PERSON', 'Sanne de Jong-Bakker'],
      ['EMAIL', 'sanne.dejong@kpnmail.nl'],
      ['IBAN', 'NL23 INGB 0004 4712 09'],
      ['PERSON', 'S. de Jong-Bakker'],
      ['PERSON', 'Sanne de Jong-Bakker'],
      ['PHONE', '06-44712093'],
    ],
  },
  {
    name: 'Front conversation with internal comments and @handles, a reply with a Polish vocative (Pani Katarzyno) and the quoted original ("W dniu … pisze:"); a bouquet named after Chopin',
    text: `Front · Inbox: Obsługa klienta PL · Conversation cnv_4c7120a9
From: Katarzyna Wójcik-Nowak <k.wojcik.nowak@wp.pl>
To: pomoc@kwiatowaskrzynka.pl
Subject: Re: Reklamacja zamówienia KS/2024/04471
Assignee: Marta Zielińska · Tags: reklamacja, zwrot_pieniędzy

[Comment] Marta Zielińska · 11 mar 10:02
@tkowal zerknij proszę — klientka chce zwrot na konto, nie na kartę. Czy księgowość to puści? Nr konta w mailu poniżej.

[Comment] Tomasz Kowalczyk · 11 mar 10:15
@mzielinska tak, zwrot przelewem OK, zlecę dziś. Zapisz w notatce.

[Reply] Marta Zielińska · 11 mar 10:21
Dzień dobry Pani Katarzyno,
przepraszamy za uszkodzony bukiet „Chopin”. Zwrot 189,00 zł zlecimy dziś przelewem na rachunek PL32 1020 5561 0000 4471 2093 1844.
Pozdrawiam serdecznie
Marta Zielińska
Kwiatowa Skrzynka sp. z o.o. · tel. 22 447 12 09

W dniu 11.03.2024 o 09:12, Katarzyna Wójcik-Nowak <k.wojcik.nowak@wp.pl> pisze:
> Dzień dobry,
> bukiet z zamówienia KS/2024/04471 przyszedł zwiędnięty (zdjęcia w załączniku). Proszę o zwrot pieniędzy na konto PL32 1020 5561 0000 4471 2093 1844, nie na kartę.
> Telefon: +48 601 447 120
> Katarzyna Wójcik-Nowak`,
    // @tkowal and @mzielinska are handles; the bouquet „Chopin” is a product; order and conversation ids and the amount are not ours.
    expected: [
      ['PERSON', 'Katarzyna Wójcik-Nowak'],
      ['EMAIL', 'k.wojcik.nowak@wp.pl'],
      ['EMAIL', 'pomoc@kwiatowaskrzynka.pl'],
      ['PERSON', 'Marta Zielińska'],
      ['PERSON', 'Marta Zielińska'],
      ['PERSON', 'Tomasz Kowalczyk'],
      ['PERSON', 'Marta Zielińska'],
      ['PERSON', 'Katarzyno'],
      ['IBAN', 'PL32 1020 5561 0000 4471 2093 1844'],
      ['PERSON', 'Marta Zielińska'],
      ['PHONE', '22 447 12 09'],
      ['PERSON', 'Katarzyna Wójcik-Nowak'],
      ['EMAIL', 'k.wojcik.nowak@wp.pl'],
      ['IBAN', 'PL32 1020 5561 0000 4471 2093 1844'],
      ['PHONE', '+48 601 447 120'],
      ['PERSON', 'Katarzyna Wójcik-Nowak'],
    ],
  },
  // ---------------------------------------------------------------- Salesforce Service Cloud
  {
    name: 'Salesforce Service Cloud case page in Italian: owner, contact, case comments with sig. and data di nascita, a loss adjuster, the wife with sig.ra, an IT IBAN; a trattoria named after Mario',
    text: `Case 00447120  ·  Richiesta rimborso sinistro
Case Owner: Giulia Bianchi          Status: In lavorazione
Contact Name: Francesco Esposito    Account Name: Trattoria Da Mario S.r.l.
Contact Phone: 081 447 1209         Contact Mobile: 347 447 1209
Contact Email: f.esposito@trattoriadamario.it
Case Origin: Phone     Priority: High     Product: Polizza Negozio Sicuro Plus
Date/Time Opened: 11/03/2024 09:02

Case Comments (3)
Giulia Bianchi — 11/03/2024 09:14
Verifica identità OK: il sig. Esposito ha confermato data di nascita 03/11/1979 e codice fiscale SPSFNC79S03F839X. Sinistro del 02/03/2024 (allagamento cantina), perizia fissata con il geom. Alessandro Ricci per il 14/03.

Alessandro Ricci — 14/03/2024 17:40
Sopralluogo eseguito. Danno stimato € 4.320. Presente anche la moglie, sig.ra Carmela Esposito, cell. 339 120 4471.

Giulia Bianchi — 15/03/2024 11:05
Liquidazione approvata. Bonifico su IT82 N030 6909 6061 0000 0044 712 intestato a Francesco Esposito. Inviata mail con macro "Liquidazione – conferma".`,
    // Trattoria Da Mario is a business; the codice fiscale, case number, claim and survey dates and amounts are not ours.
    expected: [
      ['PERSON', 'Giulia Bianchi'],
      ['PERSON', 'Francesco Esposito'],
      ['PHONE', '081 447 1209'],
      ['PHONE', '347 447 1209'],
      ['EMAIL', 'f.esposito@trattoriadamario.it'],
      ['PERSON', 'Giulia Bianchi'],
      ['PERSON', 'Esposito'],
      ['DATE_OF_BIRTH', '03/11/1979'],
      ['PERSON', 'Alessandro Ricci'],
      ['PERSON', 'Alessandro Ricci'],
      ['PERSON', 'Carmela Esposito'],
      ['PHONE', '339 120 4471'],
      ['PERSON', 'Giulia Bianchi'],
      ['IBAN', 'IT82 N030 6909 6061 0000 0044 712'],
      ['PERSON', 'Francesco Esposito'],
    ],
  },
  {
    name: 'Salesforce Email-to-Case in Spanish: Outlook headers (De/Enviado el/Para/CC), Sr. with a hyphenated surname, a freephone, the Gmail quote "El lun, … escribió:" and a DNI',
    text: `Email-to-Case · Caso 00920931 · Origen: Email · Propietario: Cola Soporte Iberia

De: Soporte Iberia <soporte@verdeluz-energia.es>
Enviado el: martes, 12 de marzo de 2024 11:02
Para: Ignacio Martín-Olmedo <ignacio.martin.olmedo@telefonica.net>
CC: Rocío Martín-Olmedo <rocio.mo@gmail.com>
Asunto: RE: Factura duplicada — contrato 4471-2093-ES

Estimado Sr. Martín-Olmedo:

Le confirmamos que hemos anulado la factura FV24-004471 emitida por error. El importe de 74,38 € se le devolverá a la cuenta ES18 0049 1500 0927 1044 7120 en un plazo de 7 días hábiles.

Atentamente,
Marisol Quintero Vidal
Atención al Cliente · VerdeLuz Energía
Tel. 900 447 120 · Calle de Isaac Peral 12, 28015 Madrid

El lun, 11 mar 2024 a las 9:14, Ignacio Martín-Olmedo (<ignacio.martin.olmedo@telefonica.net>) escribió:
> Buenos días:
> Este mes me han cobrado dos veces la factura de la luz. Les adjunto el extracto. Mi teléfono es el 654 44 71 20 y el fijo 91 447 12 09.
> Un saludo,
> Ignacio Martín-Olmedo
> DNI 44712093K`,
    // Cola Soporte Iberia is a queue; Calle de Isaac Peral is a street; the DNI, case, contract and invoice numbers and the amount are not ours.
    expected: [
      ['EMAIL', 'soporte@verdeluz-energia.es'],
      ['PERSON', 'Ignacio Martín-Olmedo'],
      ['EMAIL', 'ignacio.martin.olmedo@telefonica.net'],
      ['PERSON', 'Rocío Martín-Olmedo'],
      ['EMAIL', 'rocio.mo@gmail.com'],
      ['PERSON', 'Martín-Olmedo'],
      ['IBAN', 'ES18 0049 1500 0927 1044 7120'],
      ['PERSON', 'Marisol Quintero Vidal'],
      ['PHONE', '900 447 120'],
      ['PERSON', 'Ignacio Martín-Olmedo'],
      ['EMAIL', 'ignacio.martin.olmedo@telefonica.net'],
      ['PHONE', '654 44 71 20'],
      ['PHONE', '91 447 12 09'],
      ['PERSON', 'Ignacio Martín-Olmedo'],
    ],
  },
  {
    name: 'Salesforce "Cases by Owner" report export: owners and contacts from Nigeria, Japan, Sweden and the UK, appliance brands named after founders, a Demo Contact row, a queue as owner',
    text: `Cases by Owner — Report generated 12/03/2024 08:00 by Service Analytics
"Case Owner","Case Number","Contact: Full Name","Contact: Email","Contact: Mobile","Product","Subject","Date/Time Opened","Status"
"Oluwaseun Adebayo","00447121","Chidinma Okonkwo","chidinma.okonkwo@yahoo.com","+234 803 447 1209","Bosch Serie 6 WAU28T40","Drum not spinning","11/03/2024 08:14","Escalated"
"Oluwaseun Adebayo","00447122","Haruto Matsumoto","haruto.m@icloud.com","+81 90-4471-2093","Miele W1 WWD120","Error F:55 after update","11/03/2024 08:40","Open"
"Priscila Gonçalves","00447123","Lars-Erik Sundqvist","lars-erik.sundqvist@telia.se","+46 70 447 12 09","Dyson V15 Detect","Battery will not charge","11/03/2024 09:12","Open"
"Priscila Gonçalves","00447124","Demo Contact","demo.contact@example.net","","Siemens iQ700","Demo case for training","11/03/2024 09:30","Closed"
"Service Queue EMEA","00447125","Ngozi Eze-Williams","ngozi.ew@gmail.com","+44 7700 900447","Philips 5000 Series Airfryer","Lid hinge cracked","11/03/2024 10:02","New"
Total Records: 5`,
    // Bosch, Miele, Dyson, Siemens and Philips are brands; Demo Contact at example.net is a placeholder; Service Queue EMEA is a queue; case numbers, models and error codes are not ours.
    expected: [
      ['PERSON', 'Oluwaseun Adebayo'],
      ['PERSON', 'Chidinma Okonkwo'],
      ['EMAIL', 'chidinma.okonkwo@yahoo.com'],
      ['PHONE', '+234 803 447 1209'],
      ['PERSON', 'Oluwaseun Adebayo'],
      ['PERSON', 'Haruto Matsumoto'],
      ['EMAIL', 'haruto.m@icloud.com'],
      ['PHONE', '+81 90-4471-2093'],
      ['PERSON', 'Priscila Gonçalves'],
      ['PERSON', 'Lars-Erik Sundqvist'],
      ['EMAIL', 'lars-erik.sundqvist@telia.se'],
      ['PHONE', '+46 70 447 12 09'],
      ['PERSON', 'Priscila Gonçalves'],
      ['PERSON', 'Ngozi Eze-Williams'],
      ['EMAIL', 'ngozi.ew@gmail.com'],
      ['PHONE', '+44 7700 900447'],
    ],
  },
  // ---------------------------------------------------------------- Korean and Japanese e-mail
  {
    name: 'Korean reply from a game company above a Gmail quote ("2024년 3월 11일 (월) 오후 9:14, … 님이 작성:"): 님 after the name, the agent in Hangul and Latin, an in-game nickname and a Play order id',
    text: `제목: Re: [문의] 결제 후 아이템 미지급 (문의번호 #KR-447120)

최유진 님, 안녕하세요.
스타폴 게임즈 고객지원팀 한나 베버(Hannah Weber)입니다.

확인 결과 3월 10일 23:47에 결제하신 '달빛 패키지'(주문번호 GPA.3344-7120-9318-44712)가 서버 오류로 지급되지 않았습니다. 방금 계정(닉네임: 달빛검사)으로 재지급해 드렸습니다. 불편을 드려 죄송합니다.

추가로 문의하실 내용은 support-kr@starfall-games.com 으로 보내 주세요.

감사합니다.
Hannah Weber 드림
Starfall Games Customer Support

2024년 3월 11일 (월) 오후 9:14, 최유진 <yujin.choi92@naver.com>님이 작성:
> 안녕하세요. 어제 달빛 패키지를 결제했는데 아이템이 안 들어왔어요.
> 계정 이메일은 yujin.choi92@naver.com 이고 연락처는 010-4471-2093 입니다.
> 최유진 드림`,
    // 달빛검사 is an in-game nickname; the GPA order id, ticket number and purchase time are not ours.
    expected: [
      ['PERSON', '최유진'],
      ['PERSON', '한나 베버'],
      ['PERSON', 'Hannah Weber'],
      ['EMAIL', 'support-kr@starfall-games.com'],
      ['PERSON', 'Hannah Weber'],
      ['PERSON', '최유진'],
      ['EMAIL', 'yujin.choi92@naver.com'],
      ['EMAIL', 'yujin.choi92@naver.com'],
      ['PHONE', '010-4471-2093'],
      ['PERSON', '최유진'],
    ],
  },
  {
    name: 'Japanese support reply with 様 above a "…さんは書きました:" quote: identity check by 生年月日 and mobile given twice, a freephone, an agent known only as 佐藤',
    text: `件名: Re: ログインできません（お問い合わせ番号: 20240311-0447）
差出人: ミライモバイル カスタマーサポート <support@mirai-mobile.jp>
宛先: 田中 さくら <sakura.tanaka.0722@gmail.com>

田中 さくら 様

いつもミライモバイルをご利用いただき、誠にありがとうございます。
カスタマーサポートの佐藤でございます。

ご本人様確認のため、ご登録の生年月日とお電話番号を照合させていただきました（生年月日：1990年7月22日、携帯：090-4471-2093）。確認が取れましたので、二段階認証を解除いたしました。アプリ（バージョン 3.14.2）から再度ログインをお試しください。

何卒よろしくお願い申し上げます。
ミライモバイル カスタマーサポート
担当：佐藤
TEL 0120-447-120（平日10:00〜18:00）

2024/03/11 21:14、田中 さくら さんは書きました:
> 機種変更したらログインできなくなりました。
> 登録の電話番号は 090-4471-2093、生年月日は 1990年7月22日 です。
> 田中 さくら`,
    // 佐藤 is the agent's family name alone; the inquiry number, the app version and the business hours are not ours.
    expected: [
      ['EMAIL', 'support@mirai-mobile.jp'],
      ['PERSON', '田中 さくら'],
      ['EMAIL', 'sakura.tanaka.0722@gmail.com'],
      ['PERSON', '田中 さくら'],
      ['DATE_OF_BIRTH', '1990年7月22日'],
      ['PHONE', '090-4471-2093'],
      ['PHONE', '0120-447-120'],
      ['PERSON', '田中 さくら'],
      ['PHONE', '090-4471-2093'],
      ['DATE_OF_BIRTH', '1990年7月22日'],
      ['PERSON', '田中 さくら'],
    ],
  },
  // ---------------------------------------------------------------- messaging apps
  {
    name: 'WhatsApp Business chat export (Brazil): the customer as saved contact, "nasci em" birth date, CPF, a (11) mobile, a PIX key e-mail, an agent and a husband by given name only',
    text: `[11/03/2024 14:22:05] Bella Casa Móveis: Olá! 👋 Bem-vindo ao atendimento da Bella Casa Móveis. Para agilizar, informe o número do pedido.
[11/03/2024 14:23:41] Rafaela Cristina Souza: boa tarde, pedido 4471209 o sofá Lisboa não chegou ainda, era pra ter chegado dia 05
[11/03/2024 14:25:10] Bella Casa Móveis: Oi Rafaela! Aqui é o Thiago, do pós-venda 😊 Pra localizar seu cadastro preciso do CPF e da data de nascimento do titular, pode ser?
[11/03/2024 14:26:02] Rafaela Cristina Souza: cpf 447.120.931-09, nasci em 14/06/1989
[11/03/2024 14:26:30] Rafaela Cristina Souza: meu outro número é (11) 98447-1209 se cair a ligação
[11/03/2024 14:29:47] Bella Casa Móveis: Achei aqui, Rafaela Cristina Souza, entrega na Av. Brigadeiro Faria Lima 4471, apto 93. A transportadora registrou tentativa no dia 05 às 16h e ninguém atendeu. Código de rastreio BR447120931JD.
[11/03/2024 14:31:15] Rafaela Cristina Souza: mentira, meu marido Eduardo estava em casa o dia todo!! quero meu dinheiro de volta, pix é meu e-mail rafa.csouza@hotmail.com
[11/03/2024 14:33:02] Bella Casa Móveis: Entendo sua frustração. Vou abrir o protocolo 2024031144712 e o estorno via PIX em até 5 dias úteis.`,
    // Thiago (agent) and Eduardo (husband) are given names alone; the CPF, order, tracking and protocol numbers, a street named after a brigadier and the delivery dates are not ours.
    expected: [
      ['PERSON', 'Rafaela Cristina Souza'],
      ['PERSON', 'Rafaela'],
      ['PERSON', 'Rafaela Cristina Souza'],
      ['DATE_OF_BIRTH', '14/06/1989'],
      ['PERSON', 'Rafaela Cristina Souza'],
      ['PHONE', '(11) 98447-1209'],
      ['PERSON', 'Rafaela Cristina Souza'],
      ['PERSON', 'Rafaela Cristina Souza'],
      ['EMAIL', 'rafa.csouza@hotmail.com'],
    ],
  },
  {
    name: 'Telegram support chat export (Russian): the customer as sender, ФИО family name first, дата рождения, a full Mir card, passport, given name with patronymic, a wife in the accusative',
    text: `Поддержка «МояСвязь», [11.03.2024 14:22]
Здравствуйте! Меня зовут Анна, я оператор поддержки. Чем могу помочь?

Дмитрий Смирнов, [11.03.2024 14:23]
Здравствуйте. С моей карты дважды списали абонентскую плату за март, 2×650 ₽.

Поддержка «МояСвязь», [11.03.2024 14:24]
Для проверки назовите, пожалуйста, ФИО владельца договора, дату рождения и номер телефона по договору.

Дмитрий Смирнов, [11.03.2024 14:26]
Смирнов Дмитрий Алексеевич, дата рождения 14.02.1987, номер +7 (916) 447-12-09. Карта 2202 2044 7120 9312, паспорт 45 12 447120

Поддержка «МояСвязь», [11.03.2024 14:27]
Дмитрий Алексеевич, пожалуйста, никогда не присылайте полный номер карты в чат — я удалю сообщение. Двойное списание вижу, возврат 650 ₽ на карту •• 9312 в течение 3 рабочих дней. Номер обращения 447120931.

Дмитрий Смирнов, [11.03.2024 14:29]
Спасибо. И ещё: можно добавить жену, Смирнову Ольгу Викторовну, как доверенное лицо? Её номер 8 903 120-44-71.`,
    // Анна is the operator's given name alone; the passport, the masked card, the ticket number and amounts are not ours.
    expected: [
      ['PERSON', 'Дмитрий Смирнов'],
      ['PERSON', 'Дмитрий Смирнов'],
      ['PERSON', 'Смирнов Дмитрий Алексеевич'],
      ['DATE_OF_BIRTH', '14.02.1987'],
      ['PHONE', '+7 (916) 447-12-09'],
      ['CREDIT_CARD', '2202 2044 7120 9312'],
      ['PERSON', 'Дмитрий Алексеевич'],
      ['PERSON', 'Дмитрий Смирнов'],
      ['PERSON', 'Смирнову Ольгу Викторовну'],
      ['PHONE', '8 903 120-44-71'],
    ],
  },
  // ---------------------------------------------------------------- reviews
  {
    name: 'App Store Connect reviews with developer responses in German, English, French and Japanese: reviewer nicknames, a reviewer naming herself with e-mail and phone, agents by given name, Elon Musk',
    text: `App Store Connect — Ratings and Reviews — Lumo: Budget & Bills (iOS) — filter: 1–2 stars, last 7 days

★☆☆☆☆  "Abzocke!!"  — Schnitzelkönig82 · 11 Mar 2024 · Germany · Version 5.12.3
Seit dem Update 5.12.3 wird mir das Jahresabo doppelt berechnet. Support antwortet nicht.
Developer Response (12 Mar 2024): Hallo, das tut uns sehr leid! Bitte schreib uns an support@lumo-app.com mit deiner Apple-Bestellnummer (beginnt mit M), dann prüfen wir das sofort. – Jana vom Lumo-Team

★★☆☆☆  "Sync broken again"  — priya_r · 10 Mar 2024 · India · Version 5.12.3
Bank sync fails every morning since March. I'm Priya Raghunathan, I've emailed you three times from priya.raghunathan88@gmail.com and nobody replies. Please call me on +91 98450 44712.
Developer Response (11 Mar 2024): Hi Priya, we found your ticket (#582204) and Arjun from our Bengaluru team will call you today. Sorry for the wait!

★☆☆☆☆  "Pire appli"  — MarieCh. · 9 Mar 2024 · France · Version 5.12.2
Même Elon Musk ne ferait pas pire. Impossible de résilier, l'appli plante sur iPhone 15 Pro (iOS 17.3.1).
Developer Response (11 Mar 2024): Bonjour, la résiliation se fait dans Réglages > [votre nom] > Abonnements. N'hésitez pas à nous écrire à support@lumo-app.com. – Léa, équipe Lumo

★★☆☆☆  "広告が多い"  — kenji_t · 8 Mar 2024 · Japan · Version 5.12.2
有料プランなのに広告が出ます。改善してください。`,
    // Schnitzelkönig82, priya_r, MarieCh. and kenji_t are usernames; Jana, Arjun and Léa are agents' given names alone; Elon Musk is a public figure; versions, ticket number and dates are not ours.
    expected: [
      ['EMAIL', 'support@lumo-app.com'],
      ['PERSON', 'Priya Raghunathan'],
      ['EMAIL', 'priya.raghunathan88@gmail.com'],
      ['PHONE', '+91 98450 44712'],
      ['PERSON', 'Priya'],
      ['EMAIL', 'support@lumo-app.com'],
    ],
  },
  {
    name: 'Google Play review export CSV: a Hinglish review with a mobile and a name, a Vietnamese reviewer with e-mail, a masked card in Turkish, version codes, device codes and epoch millis',
    text: `Package Name,App Version Code,App Version Name,Reviewer Language,Device,Review Submit Date and Time,Review Submit Millis Since Epoch,Review Last Update Date and Time,Review Last Update Millis Since Epoch,Star Rating,Review Title,Review Text,Developer Reply Date and Time,Developer Reply Millis Since Epoch,Developer Reply Text,Review Link
com.lumo.budget,51203,5.12.3,hi,a54x,2024-03-10T06:12:44Z,1710051164000,2024-03-10T06:12:44Z,1710051164000,1,,"app bahut slow hai, refund chahiye. mera number 98450 12093 hai, call karo please - Rohit Khandelwal",2024-03-10T09:30:02Z,1710063002000,"Hi Rohit, please don't share your number publicly. Write to support@lumo-app.com and we'll help.",https://play.google.com/console/developers/8447120931/app/4974471209318/user-feedback/review-details?reviewId=gp:AOqpTOH4471209
com.lumo.budget,51203,5.12.3,vi,RMX3630,2024-03-10T11:40:19Z,1710070819000,2024-03-10T11:40:19Z,1710070819000,2,,"Ứng dụng bị lỗi khi đồng bộ ngân hàng. Tôi là Lê Thị Hồng Nhung, email lethihongnhung.hn@gmail.com",,,,
com.lumo.budget,51202,5.12.2,id,Redmi Note 12,2024-03-09T02:05:51Z,1709949951000,2024-03-09T02:05:51Z,1709949951000,5,,"Mantap! Sangat membantu untuk catat pengeluaran 👍",,,,
com.lumo.budget,51202,5.12.2,tr,SM-A546E,2024-03-08T19:22:07Z,1709925727000,2024-03-08T19:22:07Z,1709925727000,1,,"Abonelik iptal olmuyor. Kartımdan (5425 44** **** 1844) hâlâ çekiliyor!",2024-03-09T08:00:00Z,1709971200000,"Merhaba, iptal adımları için lütfen support@lumo-app.com adresine yazın. – Emre",`,
    // Emre is an agent's given name alone; version codes, device codes, epoch millis, developer and review ids and the masked card are not ours.
    expected: [
      ['PHONE', '98450 12093'],
      ['PERSON', 'Rohit Khandelwal'],
      ['PERSON', 'Rohit'],
      ['EMAIL', 'support@lumo-app.com'],
      ['PERSON', 'Lê Thị Hồng Nhung'],
      ['EMAIL', 'lethihongnhung.hn@gmail.com'],
      ['EMAIL', 'support@lumo-app.com'],
    ],
  },
  {
    name: 'Trustpilot review export CSV: consumer names (one in initial form), reference e-mails, company replies naming a colleague, an anonymous "Customer", Support Bot, Team Alpha and "Sophie from Acme"',
    text: `Review Created (UTC),Review Consumer User,Review Title,Review Content,Review Stars,Review Language,Source Of Review,Reply Content,Reference Id,Reference Email
2024-03-11 18:02:11,Giovanni Russo,"Servizio pessimo","Ordine 447120 arrivato rotto, nessuno risponde al 800 447 120. Vergogna.",1,it,Organic,"Gentile Giovanni, ci scusiamo. La nostra collega Chiara Fontana la contatterà entro oggi.",ORD-447120,giovanni.russo73@libero.it
2024-03-11 15:47:30,Marek K.,"Szybka dostawa","Wszystko OK, kurier DPD był na czas. Polecam!",5,pl,Invited,,ORD-447188,marek.kaczmarczyk@o2.pl
2024-03-10 21:15:02,Customer,"Worst company ever","Charged twice and the chat bot (Support Bot) just loops. Sophie from Acme was the only one who helped.",1,en,Organic,"We're sorry to hear this. Sophie has passed your case to Team Alpha.",ORD-447201,
2024-03-10 09:03:44,Aoife Ní Bhriain,"Grand job","Lovely Brontë throw, fast delivery to Galway. Thanks to Ciarán on the phone!",5,en,Invited,"Thanks Aoife! We'll pass it on to Ciarán.",ORD-447233,aoife.nibhriain@eircom.net`,
    // Customer is an anonymous display name; Sophie and Ciarán are agents' given names alone; the Brontë throw is a product; order references are not ours.
    expected: [
      ['PERSON', 'Giovanni Russo'],
      ['PHONE', '800 447 120'],
      ['PERSON', 'Giovanni'],
      ['PERSON', 'Chiara Fontana'],
      ['EMAIL', 'giovanni.russo73@libero.it'],
      ['PERSON', 'Marek K.'],
      ['EMAIL', 'marek.kaczmarczyk@o2.pl'],
      ['PERSON', 'Aoife Ní Bhriain'],
      ['PERSON', 'Aoife'],
      ['EMAIL', 'aoife.nibhriain@eircom.net'],
    ],
  },
  // ---------------------------------------------------------------- call-centre notes
  {
    name: 'German call note (Stadtwerke): Herr before a hyphenated name, geb. as the verification birth date, the wife with a maiden name after geb., a Lastschrift IBAN, landline and mobile',
    text: `Anrufnotiz – Kundenservice Stadtwerke Nordheim – 11.03.2024, 08:47, Dauer 12:31 min
Agent: Melanie Voigt (Team Strom 2)
Anrufer: Herr Wolfgang Schäfer-Lindner, Vertragskonto 4471209318, Zählernr. 1ESY1160447120
Verifizierung: geb. 23.05.1961, Anschrift Kaiser-Wilhelm-Str. 47, 26789 Leer – OK

Anliegen: Kunde zieht zum 31.03. aus, möchte Schlussrechnung an neue Adresse; neue Lastschrift ab April vom Konto seiner Frau Brigitte Schäfer-Lindner (geb. Harms), IBAN DE39 1203 0000 0447 1209 31. SEPA-Mandat per Post zugeschickt.
Rückruf gewünscht unter 0491 4471209 oder mobil 0160 9120 4471 (nachmittags).
Hinweis: Kunde war ungehalten wegen Abschlag (Erhöhung auf 112 € zum 01.02.). Hat mit Beschwerde bei der Bundesnetzagentur gedroht.
Nächster Schritt: Zählerstand bei Auszug am 31.03. erfassen – Ticket #SW-2024-0447.`,
    // Kaiser-Wilhelm-Str. is a street; contract account and meter numbers, the move-out date, call duration and amounts are not ours.
    expected: [
      ['PERSON', 'Melanie Voigt'],
      ['PERSON', 'Wolfgang Schäfer-Lindner'],
      ['DATE_OF_BIRTH', '23.05.1961'],
      ['PERSON', 'Brigitte Schäfer-Lindner'],
      ['PERSON', 'Harms'],
      ['IBAN', 'DE39 1203 0000 0447 1209 31'],
      ['PHONE', '0491 4471209'],
      ['PHONE', '0160 9120 4471'],
    ],
  },
  {
    name: "French call report (compte rendu d'appel) at a fibre provider: Mme, fixed and mobile lines, date de naissance, a subcontracted technician with M., a new RIB, an offer named after Molière",
    text: `Compte rendu d'appel — Service client Hexafibre — 11/03/2024 14:05
Conseiller : Yannick Le Gall (matricule C4471)
Client : Mme Nadia Benali-Ferreira — ligne fixe 04 78 44 71 20 — mobile 06 12 09 44 71
Contrat : FIB-4471209 · Offre « Fibre Molière 1 Gb » · Box v4.2.17

Vérification d'identité : nom, adresse, date de naissance (19/09/1984) → OK.
Motif : coupures internet répétées depuis le 2 mars. Diagnostic à distance : synchro perdue 14 fois en 48 h. RDV technicien fixé le 14/03 créneau 8h–12h ; le technicien sera M. Karim Haddad (sous-traitant Réseaux & Co).
La cliente demande un geste commercial ; accordé 1 mois d'abonnement (29,99 €).
Changement de RIB demandé : nouvel IBAN FR76 3000 4008 2300 0447 1209 305 (titulaire : Nadia Benali-Ferreira). Mandat SEPA envoyé par mail à nadia.benali@free.fr.
Cliente mécontente, envisage une résiliation — signalé à l'équipe Fidélisation (tag RISQUE_CHURN).`,
    // Fibre Molière is an offer; the staff and contract numbers, the box firmware version and the appointment date are not ours.
    expected: [
      ['PERSON', 'Yannick Le Gall'],
      ['PERSON', 'Nadia Benali-Ferreira'],
      ['PHONE', '04 78 44 71 20'],
      ['PHONE', '06 12 09 44 71'],
      ['DATE_OF_BIRTH', '19/09/1984'],
      ['PERSON', 'Karim Haddad'],
      ['IBAN', 'FR76 3000 4008 2300 0447 1209 305'],
      ['PERSON', 'Nadia Benali-Ferreira'],
      ['EMAIL', 'nadia.benali@free.fr'],
    ],
  },
  {
    name: 'Colombian call note (nota de llamada): a married name with "de", C.C. with dots, fecha de nacimiento, a stolen line and its IMEI, the son with two surnames, a plan named after Gabo',
    text: `Nota de llamada — Centro de contacto Celumax Colombia — 11/03/2024 10:22
Asesor: Juan Sebastián Cárdenas
Cliente: Luz Marina Restrepo de Ocampo · C.C. 43.447.120 · Línea 310 447 1209
Fecha de nacimiento (validación): 08/12/1966 ✔

Motivo: reporta robo del celular el 09/03 en el centro comercial Santafé. Se suspende la línea y se bloquea el IMEI 356938104471209 ante la CRC. Solicita reposición de SIM; se agenda entrega en Cl. 10 #43A-30, Medellín.
Contacto alterno: su hijo Andrés Felipe Ocampo Restrepo, cel. +57 315 209 4471, correo afocampo@gmail.com.
La clienta pregunta por la promo «Plan Gabo 20 GB»; se ofrece cuando se normalice la línea.
Radicado: CX-2024-031144712.`,
    // Plan Gabo is an offer; the cédula, the IMEI, the robbery date and the radicado are not ours.
    expected: [
      ['PERSON', 'Juan Sebastián Cárdenas'],
      ['PERSON', 'Luz Marina Restrepo de Ocampo'],
      ['PHONE', '310 447 1209'],
      ['DATE_OF_BIRTH', '08/12/1966'],
      ['PERSON', 'Andrés Felipe Ocampo Restrepo'],
      ['PHONE', '+57 315 209 4471'],
      ['EMAIL', 'afocampo@gmail.com'],
    ],
  },
  {
    name: 'Italian inbound call note at an energy supplier: nato il with place, codice fiscale, an Amex card dictated in full, the daughter as delegate, a tariff named after Volta',
    text: `Nota chiamata inbound — Servizio Clienti LuceGas Italia — 11/03/2024 16:40
Operatrice: Federica Colombo (postazione 47)
Cliente: sig. Salvatore Lo Bianco, nato il 21/04/1955 a Palermo, C.F. LBNSVT55D21G273K
Recapiti: tel. 091 447 1209, cell. 333 447 1209, email s.lobianco55@alice.it

Il cliente segnala bolletta di febbraio con consumo anomalo (1.447 kWh). Chiede rateizzazione in 3 rate; accettata. Addebito sulla carta American Express 3782 447120 93184 a nome di Salvatore Lo Bianco (il cliente ha dettato il numero per intero nonostante l'avviso).
Delegata per le pratiche: la figlia Rosaria Lo Bianco, cell. 347 120 9447.
Promemoria: richiamare giovedì. Offerta proposta: «Tariffa Volta Casa» (rifiutata).`,
    // Tariffa Volta Casa is an offer and American Express a company; the codice fiscale, desk number and consumption figures are not ours.
    expected: [
      ['PERSON', 'Federica Colombo'],
      ['PERSON', 'Salvatore Lo Bianco'],
      ['DATE_OF_BIRTH', '21/04/1955'],
      ['PHONE', '091 447 1209'],
      ['PHONE', '333 447 1209'],
      ['EMAIL', 's.lobianco55@alice.it'],
      ['CREDIT_CARD', '3782 447120 93184'],
      ['PERSON', 'Salvatore Lo Bianco'],
      ['PERSON', 'Rosaria Lo Bianco'],
      ['PHONE', '347 120 9447'],
    ],
  },
  {
    name: 'Dutch health-insurer contact note: mevr. before a Turkish-Dutch double surname, geboortedatum and a son with geb., BSN, an IBAN t.n.v. an initial form, a street named after De Witt',
    text: `Klantcontact — Zorgverzekeraar Helder — 11-03-2024 11:18 — kanaal: telefoon
Medewerker: Joost van Leeuwen
Verzekerde: mevr. Fatma Yılmaz-de Graaf, geboortedatum 02-10-1978, relatienr. 447120931, BSN 447120932
Telefoonnummer: 06-12 44 71 20

Vraag: vergoeding fysiotherapie zoon Mees de Graaf (geb. 14-07-2012) – valt onder basisverzekering tot 18 jaar, 18 behandelingen vergoed. Tevens adreswijziging: Johan de Wittlaan 44, 2517 JR Den Haag.
Uitbetaling declaratie 2024-0447 (€ 86,40) naar NL52 RABO 0344 7120 93 t.n.v. F. Yılmaz-de Graaf.
Klant wil teruggebeld worden door een Turkssprekende collega: doorgezet naar Serkan Aydın (team Zorgadvies).`,
    // Johan de Wittlaan is a street; the relation number, the BSN, the claim number and the amount are not ours.
    expected: [
      ['PERSON', 'Joost van Leeuwen'],
      ['PERSON', 'Fatma Yılmaz-de Graaf'],
      ['DATE_OF_BIRTH', '02-10-1978'],
      ['PHONE', '06-12 44 71 20'],
      ['PERSON', 'Mees de Graaf'],
      ['DATE_OF_BIRTH', '14-07-2012'],
      ['IBAN', 'NL52 RABO 0344 7120 93'],
      ['PERSON', 'F. Yılmaz-de Graaf'],
      ['PERSON', 'Serkan Aydın'],
    ],
  },
  {
    name: 'Polish hotline note (notatka z rozmowy): PESEL and data urodzenia, a full card dictated, a refund IBAN, the husband in the instrumental case (Panem Krzysztofem Kwiatkowskim), a package named after Copernicus',
    text: `Notatka z rozmowy — Infolinia Telkom Plus — 11.03.2024 12:03
Konsultant: Paweł Grabowski (ID 4471)
Klient: Pani Agnieszka Dąbrowska-Kwiatkowska, PESEL 84071204471, data urodzenia 12.07.1984
Numer kontaktowy: 601 447 120 · e-mail: a.dabrowska.k@interia.pl

Zgłoszenie: podwójne obciążenie karty za fakturę FV/2024/03/04471. Klientka podała pełny numer karty 5425 4471 2093 1844 — poinformowana, żeby tego nie robić. Zwrot 79,99 zł zlecony na rachunek PL87 1140 2004 0000 4471 2093 1847.
Klientka prosi o kontakt z mężem, Panem Krzysztofem Kwiatkowskim, pod numerem +48 22 447 12 09 w godzinach 9–17.
Zaproponowano pakiet „Kopernik 5G” — odmowa.`,
    // Kopernik 5G is a package; the PESEL, consultant ID and invoice number are not ours.
    expected: [
      ['PERSON', 'Paweł Grabowski'],
      ['PERSON', 'Agnieszka Dąbrowska-Kwiatkowska'],
      ['DATE_OF_BIRTH', '12.07.1984'],
      ['PHONE', '601 447 120'],
      ['EMAIL', 'a.dabrowska.k@interia.pl'],
      ['CREDIT_CARD', '5425 4471 2093 1844'],
      ['IBAN', 'PL87 1140 2004 0000 4471 2093 1847'],
      ['PERSON', 'Krzysztofem Kwiatkowskim'],
      ['PHONE', '+48 22 447 12 09'],
    ],
  },
  {
    name: 'Turkish call note (çağrı notu) at a marketplace: TC kimlik and doğum tarihi, a Troy card, a refund IBAN with alıcı, a cargo tracking number, Hanım after a given name, a tea machine named after Fatih',
    text: `Çağrı Notu — Müşteri Hizmetleri — Hızlıkargo Alışveriş — 11.03.2024 15:12
Temsilci: Zeynep Arslan
Müşteri: Mustafa Kemal Aydoğdu (üye no 4471209)
Kimlik doğrulama: TC 44712093182, doğum tarihi 05.01.1982 — doğrulandı
Telefon: 0532 447 12 09 · E-posta: mk.aydogdu@gmail.com

Şikayet: 2 Mart'ta verilen 447120931 nolu siparişteki "Fatih Çay Makinesi" hasarlı geldi. Müşteri ürün bedelinin (1.249,90 TL) Troy kartına (9792 0447 1209 3187) değil, IBAN'a iadesini istedi: TR54 0006 2004 4712 0931 8400 00, alıcı Mustafa Kemal Aydoğdu.
Kargo takip no: 7204471209318. İade onaylandı, 3 iş günü.
Not: Müşteri, eşi Hatice Hanım'ın da aynı üründen sipariş verdiğini söyledi; ayrıca bakılacak.`,
    // Fatih Çay Makinesi is a product; Hatice is the wife's given name alone; the TC number, member, order and tracking numbers are not ours.
    expected: [
      ['PERSON', 'Zeynep Arslan'],
      ['PERSON', 'Mustafa Kemal Aydoğdu'],
      ['DATE_OF_BIRTH', '05.01.1982'],
      ['PHONE', '0532 447 12 09'],
      ['EMAIL', 'mk.aydogdu@gmail.com'],
      ['CREDIT_CARD', '9792 0447 1209 3187'],
      ['IBAN', 'TR54 0006 2004 4712 0931 8400 00'],
      ['PERSON', 'Mustafa Kemal Aydoğdu'],
    ],
  },
  {
    name: 'Saudi bank call note in Arabic (ملاحظات المكالمة): an employee with بن, تاريخ الميلاد, national ID, a mada card ending, a dispute number, an SA IBAN, the husband’s number',
    text: `ملاحظات المكالمة — مركز خدمة العملاء — بنك الواحة — 2024/03/11 13:40
الموظف: فهد بن سعد العتيبي
العميل: ريم خالد الشهري
رقم الجوال: 0554471209
تاريخ الميلاد: 1990/04/17 (تم التحقق)
رقم الهوية الوطنية: 1044712093

سبب الاتصال: العميلة أبلغت عن عملية غير معروفة على بطاقتها مدى المنتهية بـ 4471 بقيمة 2,350 ريال في متجر إلكتروني. تم إيقاف البطاقة وإصدار بطاقة بديلة، وفتح اعتراض رقم DSP-2024-44712.
طلبت العميلة تحويل المبلغ عند استرداده إلى حسابها: SA47 1000 0044 7120 9318 0015.
للتواصل بعد الساعة 4 مساءً على رقم زوجها عبدالرحمن الغامدي: +966 50 120 4471`,
    // The national ID, the card ending, the dispute number and the amount are not ours.
    expected: [
      ['PERSON', 'فهد بن سعد العتيبي'],
      ['PERSON', 'ريم خالد الشهري'],
      ['PHONE', '0554471209'],
      ['DATE_OF_BIRTH', '1990/04/17'],
      ['IBAN', 'SA47 1000 0044 7120 9318 0015'],
      ['PERSON', 'عبدالرحمن الغامدي'],
      ['PHONE', '+966 50 120 4471'],
    ],
  },
  {
    name: 'Hinglish call notes at an Indian e-commerce site: +91 and NCR landline, the delivery boy’s number, a UPI id, DOB, an Aadhaar number, a guard by nickname, the wife’s e-mail, an L2 escalation',
    text: `Call notes – DesiKart Customer Care – 11 Mar 2024, 7:42 PM – Agent: Neha Kulkarni (L1, Pune)
Customer: Rajesh Kumar Yadav | Reg. mobile: +91 98765 04471 | Alt: 0120-447 1209
Order: DK2403114471209 (Samsung Galaxy M34, COD)

Customer bola ki parcel "delivered" dikha raha hai but unko mila hi nahi. Delivery boy ka number 80761 20934 pe call kiya, switch off. Customer ne bola ki building ke guard Ramesh bhaiya ne bhi kuch receive nahi kiya.
Refund UPI pe chahiye: rajeshyadav87@okaxis. Verification ke liye DOB diya: 03/09/1987. Aadhaar 4471 2093 1846 bhi de diya (KYC ke liye zaroorat nahi thi).
Customer ki wife Sunita Yadav ke email sunita.yadav.ghz@gmail.com pe invoice bhejna hai.
Escalated to Tanmay Joshi (L2) – ticket ESC-447120. Promised callback within 48 hrs.`,
    // Ramesh bhaiya is a given name alone; rajeshyadav87@okaxis is a UPI id, not an e-mail; the order, Aadhaar and ticket numbers and the phone model are not ours.
    expected: [
      ['PERSON', 'Neha Kulkarni'],
      ['PERSON', 'Rajesh Kumar Yadav'],
      ['PHONE', '+91 98765 04471'],
      ['PHONE', '0120-447 1209'],
      ['PHONE', '80761 20934'],
      ['DATE_OF_BIRTH', '03/09/1987'],
      ['PERSON', 'Sunita Yadav'],
      ['EMAIL', 'sunita.yadav.ghz@gmail.com'],
      ['PERSON', 'Tanmay Joshi'],
    ],
  },
  {
    name: 'Indonesian insurer call note (catatan panggilan): a Balinese name, Bapak and Pak before the customer, tanggal lahir, NIK, No. HP and a Jakarta landline, the wife with Ibu, a hospital chain',
    text: `Catatan Panggilan — Layanan Pelanggan Asuransi Sentosa — 11/03/2024 09:15 WIB
Agen: Ni Luh Putu Ayu Wulandari
Penelepon: Bapak Agus Setiawan Wibowo (pemegang polis no. POL-44712093)
Verifikasi: tanggal lahir 17-08-1975, NIK 3174011708750004 — sesuai
No. HP: 0812-4471-2093 | Telepon rumah: (021) 7447 1209

Keluhan: klaim rawat inap istrinya, Ibu Sri Wahyuni, di RS Siloam belum dibayar sejak 20 Februari. Berkas sudah lengkap.
Pak Agus minta dana klaim ditransfer ke rekening BCA 4471209318 a.n. Agus Setiawan Wibowo.
Tindak lanjut: diteruskan ke tim klaim (tiket KLM-0447120), janji hubungi balik maks. 2 hari kerja via WhatsApp ke nomor yang sama.`,
    // The NIK, policy, bank account and ticket numbers and the claim date are not ours; RS Siloam is a hospital chain.
    expected: [
      ['PERSON', 'Ni Luh Putu Ayu Wulandari'],
      ['PERSON', 'Agus Setiawan Wibowo'],
      ['DATE_OF_BIRTH', '17-08-1975'],
      ['PHONE', '0812-4471-2093'],
      ['PHONE', '(021) 7447 1209'],
      ['PERSON', 'Sri Wahyuni'],
      ['PERSON', 'Agus'],
      ['PERSON', 'Agus Setiawan Wibowo'],
    ],
  },
  {
    name: 'Vietnamese call note (ghi chú cuộc gọi): Chị and anh before names, ngày sinh, CCCD, a stand-in receiver, the customer later by given name; a street named after an emperor',
    gap: 'Flags the brand "Hoa Sen" (in quotes after the product) as a person.',
    text: `Ghi chú cuộc gọi — Tổng đài CSKH ViệtMart — 11/03/2024 20:05
Điện thoại viên: Phạm Minh Tuấn
Khách hàng: Chị Đỗ Thị Thanh Hương — SĐT 0912 447 120 — email huong.dothanh@gmail.com
Xác minh: ngày sinh 25/11/1992, CCCD 001192044712 — khớp

Nội dung: Khách đặt máy lọc nước "Hoa Sen" (đơn VM2403104471) ngày 04/03, giao ngày 08/03 nhưng thiếu lõi lọc. Khách yêu cầu giao bổ sung đến 12 Lê Thánh Tôn, Quận 1, TP. Hồ Chí Minh; người nhận thay: anh Vũ Đức Long, SĐT 0987 120 447.
Đã tạo phiếu bổ sung BS-447120; hẹn giao trước 14/03. Chị Hương dặn gọi sau 18h.`,
    // Lê Thánh Tôn is a street and TP. Hồ Chí Minh a city; the CCCD, order and slip numbers and delivery dates are not ours.
    expected: [
      ['PERSON', 'Phạm Minh Tuấn'],
      ['PERSON', 'Đỗ Thị Thanh Hương'],
      ['PHONE', '0912 447 120'],
      ['EMAIL', 'huong.dothanh@gmail.com'],
      ['DATE_OF_BIRTH', '25/11/1992'],
      ['PERSON', 'Vũ Đức Long'],
      ['PHONE', '0987 120 447'],
      ['PERSON', 'Hương'],
    ],
  },
  {
    name: 'Thai call log (บันทึกการโทร) at an ISP: คุณ before names, a Buddhist-era birth date (วันเกิด), a Thai ID number, mobiles with dashes, the wife, a soi on Sukhumvit',
    text: `บันทึกการโทร — ศูนย์บริการลูกค้า ไทยเน็ตไฟเบอร์ — 11/03/2567 16:20
เจ้าหน้าที่: กมลชนก ศรีสุวรรณ
ลูกค้า: คุณธนพล วงศ์ประเสริฐ  เบอร์โทร 081-447-1209
ยืนยันตัวตน: วันเกิด 12/05/2528 (พ.ศ.), เลขบัตรประชาชน 1-1020-04471-20-9 — ถูกต้อง

เรื่อง: อินเทอร์เน็ตหลุดบ่อยตั้งแต่วันที่ 5 มี.ค. นัดช่างเข้าตรวจสอบวันที่ 13/03/2567 ช่วงบ่าย ที่อยู่ 447/12 ซอยสุขุมวิท 71 แขวงพระโขนงเหนือ เขตวัฒนา กรุงเทพฯ
ลูกค้าขอให้ช่างโทรหาภรรยา คุณวิภาวรรณ วงศ์ประเสริฐ ที่เบอร์ 089-120-4471 ก่อนเข้าบ้าน
ส่งอีเมลยืนยันไปที่ thanaphon.w@hotmail.com แล้ว`,
    // สุขุมวิท is a road named after a person; the Thai ID number, the call and appointment dates are not ours.
    expected: [
      ['PERSON', 'กมลชนก ศรีสุวรรณ'],
      ['PERSON', 'ธนพล วงศ์ประเสริฐ'],
      ['PHONE', '081-447-1209'],
      ['DATE_OF_BIRTH', '12/05/2528'],
      ['PERSON', 'วิภาวรรณ วงศ์ประเสริฐ'],
      ['PHONE', '089-120-4471'],
      ['EMAIL', 'thanaphon.w@hotmail.com'],
    ],
  },
  {
    name: 'Japanese call-centre record (応対履歴): operator and supervisor, 様 with a katakana reading, an era and a Western birth date, mobile and home numbers, the wife, a former agent as 山田さん',
    text: `応対履歴 — お客様相談室（コールセンター）— 2024/03/11 10:32 受電
オペレーター：鈴木 真由美（SV：高橋 大輔）
お客様：渡部 健太郎 様（ワタナベ ケンタロウ）
生年月日：昭和55年9月3日（1980年9月3日）
電話番号：080-4471-2093（携帯）／ 03-5447-1209（自宅）
会員番号：M-0447120931

内容：3月9日配達の冷蔵庫「ノーベル 450L」のドアパッキンに破損あり。交換部品の手配を希望。
　　　設置業者（株式会社ヤマダ設備）の訪問日時を調整し、3月14日 午前で確定。
　　　ご不在時は奥様の渡部 由美子 様（090-1209-4471）が対応予定。
備考：お客様より「前回の担当の山田さんは対応が良かった」とのお言葉あり。`,
    // 山田さん is a family name alone; ノーベル is a product and ヤマダ設備 a company; the member number and delivery dates are not ours.
    expected: [
      ['PERSON', '鈴木 真由美'],
      ['PERSON', '高橋 大輔'],
      ['PERSON', '渡部 健太郎'],
      ['PERSON', 'ワタナベ ケンタロウ'],
      ['DATE_OF_BIRTH', '昭和55年9月3日'],
      ['DATE_OF_BIRTH', '1980年9月3日'],
      ['PHONE', '080-4471-2093'],
      ['PHONE', '03-5447-1209'],
      ['PERSON', '渡部 由美子'],
      ['PHONE', '090-1209-4471'],
    ],
  },
  {
    name: 'Chinese customer-service work order (客服工单): an agent in brackets after her staff number, 出生日期, an ID number, a masked bank card, a field engineer, the 12315 short code; a product named after Lu Ban',
    text: `客服工单 #GD20240311-04471
渠道：400热线　　受理客服：工号 8812（李雪梅）
客户姓名：张志强　　性别：男
联系电话：139 1047 1209　　备用电话：021-6447 1209
出生日期：1985年6月18日（核身用）　　身份证号：310104198506184471
银行卡：6212 **** **** 9315（尾号9315）

问题描述：客户反映3月8日购买的“鲁班”系列扫地机器人（订单号 JD2024030844712093）无法回充。已远程指导重置，无效。客户要求上门维修或退货。
处理结果：已安排售后工程师王建军于3月13日上门，工程师电话 186 2093 4471。
备注：客户情绪激动，表示若不解决将向12315投诉。回访人：李雪梅。`,
    // 鲁班 is a product line; 12315 is the consumer-complaint short code; the ID number, masked card, order number and staff number are not ours.
    expected: [
      ['PERSON', '李雪梅'],
      ['PERSON', '张志强'],
      ['PHONE', '139 1047 1209'],
      ['PHONE', '021-6447 1209'],
      ['DATE_OF_BIRTH', '1985年6月18日'],
      ['PERSON', '王建军'],
      ['PHONE', '186 2093 4471'],
      ['PERSON', '李雪梅'],
    ],
  },
  {
    name: 'Korean call-centre history (상담 이력): 고객명 and 생년월일 fields, a retention offer, the spouse with 님 owning a second line, a billing e-mail change',
    text: `상담 이력 — 고객센터 — 2024-03-11 15:47 (인바운드)
상담사: 윤하은 (팀: 해지방어 2팀)
고객명: 강민석  /  생년월일: 1988.02.29  /  휴대폰: 010-2093-4471
주민번호 뒷자리 확인 생략 (본인 인증 완료)

상담 내용: 고객님 인터넷+TV 결합상품 해지 요청. 위약금(187,000원) 안내 후 해지 방어 시도 — 6개월 요금 30% 할인 제안, 고객 수락.
배우자 오수진 님 명의의 휴대폰(010-4471-1209)도 결합 할인 추가 요청 → 명의자 동의 필요, 동의서 링크 문자 발송.
고객님 요청으로 요금 청구서 이메일을 minseok.kang88@daum.net 으로 변경.`,
    // The team name, the penalty amount and the discount are not ours.
    expected: [
      ['PERSON', '윤하은'],
      ['PERSON', '강민석'],
      ['DATE_OF_BIRTH', '1988.02.29'],
      ['PHONE', '010-2093-4471'],
      ['PERSON', '오수진'],
      ['PHONE', '010-4471-1209'],
      ['EMAIL', 'minseok.kang88@daum.net'],
    ],
  },
  // ---------------------------------------------------------------- payments and verification
  {
    name: 'Chargeback desk note on a Stripe dispute: dispute, charge and customer ids, a masked Visa, an ARN, a DHL waybill, a POD signature in capitals, the login IP, a quoted given name',
    text: `Internal note — Chargeback desk — ticket #CB-20931
Dispute dp_1OtX4471209AbCdE (Stripe) · opened 08 Mar 2024 · reason: fraudulent · €249.00 · evidence due 22 Mar 2024
Charge ch_3OtP4471209XyZ · Visa •••• 9316 · exp 08/27 · ARN 74471209318447120931844
Cardholder per issuer: Heinrich Müller-Lüdenscheidt
Account holder on our side: Heinrich Müller-Lüdenscheidt <h.mueller-l@t-online.de>, customer since 2019, 14 orders, no prior disputes
Order #MB-447120 — "Dyson Supersonic" — shipped 02 Mar via DHL Express 4471209318, delivered 04 Mar 11:42, signed by "H. MUELLER"
Login before purchase from 84.132.47.120 (Deutsche Telekom, Frankfurt) — same IP as his last 6 orders; device fingerprint matches.

Plan: fight. Evidence bundle = delivery POD with signature, IP match, prior undisputed orders, and his e-mail of 05 Mar confirming receipt ("Danke, Föhn ist angekommen – Heinrich").
Owner: Camille Dubois-Arnaud (Payments Ops). Reviewer: Sipho Ndlovu.`,
    // Dyson is a brand; dispute, charge and order ids, the masked card, the ARN, the waybill and the dispute dates are not ours.
    expected: [
      ['PERSON', 'Heinrich Müller-Lüdenscheidt'],
      ['PERSON', 'Heinrich Müller-Lüdenscheidt'],
      ['EMAIL', 'h.mueller-l@t-online.de'],
      ['PERSON', 'H. MUELLER'],
      ['IP_ADDRESS', '84.132.47.120'],
      ['PERSON', 'Heinrich'],
      ['PERSON', 'Camille Dubois-Arnaud'],
      ['PERSON', 'Sipho Ndlovu'],
    ],
  },
  {
    name: 'UK refund ticket: a customer mistypes then corrects a full card number, asks for a bank refund (IBAN, sort code, account), a Royal Mail tracking number, a nickname sign-off, the refunds team note',
    text: `Subject: Refund still not received!!! (order UK-447120)
From: Bartholomew Okonjo-Smith <bart.okonjosmith@btinternet.com>

Hi,
I returned the boots on 26 Feb (Royal Mail tracking JV447120931GB) and I still have no refund. I paid with my Mastercard 5512 3444 7120 9867 — sorry, typo, it's 5512 3444 7120 9876. That card has since been cancelled, so please refund to my bank account instead: GB98 MIDL 4047 8447 1209 31, sort code 40-47-84, account 47120931, name B. Okonjo-Smith.
You can ring me on 07700 900 447 or at work on 020 7946 0447.
Bart

--- Internal note (Priyanka Venkataraman, Refunds team) ---
Refund of £129.00 was issued on 04 Mar to Mastercard ending 9876 (ref RF-447120). Card cancelled → the issuer forwards the funds; we cannot refund to a bank account. Do NOT repeat the full card number in the reply. Macro: "Refund to cancelled card".`,
    // The mistyped 5512 3444 7120 9867 fails Luhn; sort code, account number, tracking, order and refund references are not ours.
    expected: [
      ['PERSON', 'Bartholomew Okonjo-Smith'],
      ['EMAIL', 'bart.okonjosmith@btinternet.com'],
      ['CREDIT_CARD', '5512 3444 7120 9876'],
      ['IBAN', 'GB98 MIDL 4047 8447 1209 31'],
      ['PERSON', 'B. Okonjo-Smith'],
      ['PHONE', '07700 900 447'],
      ['PHONE', '020 7946 0447'],
      ['PERSON', 'Bart'],
      ['PERSON', 'Priyanka Venkataraman'],
    ],
  },
  {
    name: 'US bank chat transcript for account verification: the visitor header with IP, a DOB, a full SSN sent instead of the last four, old and new mobiles, a driver licence number, an agent by given name',
    text: `Chat transcript — Brightline Bank Online Support — Mar 11, 2024
Visitor: Tamika Renee Washington (tamika.washington84@yahoo.com) · IP 73.162.44.120 · Chrome 122 on macOS
[10:02:14] Virtual Assistant: Hi! I'm Bright, your virtual assistant. How can I help?
[10:02:40] Tamika Renee Washington: my account got locked after I changed my phone
[10:03:05] Jordan (Agent): Hi Tamika, I'm Jordan and I'll help you get back in. For verification, can you confirm your date of birth and the last 4 of your SSN?
[10:03:51] Tamika Renee Washington: dob 02/14/1984 and ssn is 447-12-0931 (the whole thing, just in case)
[10:04:20] Jordan (Agent): Thank you — for your security, please only share the last 4 (0931) in future. I've verified you. What's the new mobile number?
[10:04:45] Tamika Renee Washington: (404) 555-0147. old one was 404-555-0182
[10:05:30] Jordan (Agent): Updated. You'll get a code at (404) 555-0147. Your driver's license on file, GA 044712093, matches too.
[10:06:02] Tamika Renee Washington: got it, I'm in. thanks Jordan!`,
    // Jordan and Bright are named by given name or bot name alone; the last four, the licence number and the browser version are not ours.
    expected: [
      ['PERSON', 'Tamika Renee Washington'],
      ['EMAIL', 'tamika.washington84@yahoo.com'],
      ['IP_ADDRESS', '73.162.44.120'],
      ['PERSON', 'Tamika Renee Washington'],
      ['PERSON', 'Tamika'],
      ['PERSON', 'Tamika Renee Washington'],
      ['DATE_OF_BIRTH', '02/14/1984'],
      ['US_SSN', '447-12-0931'],
      ['PERSON', 'Tamika Renee Washington'],
      ['PHONE', '(404) 555-0147'],
      ['PHONE', '404-555-0182'],
      ['PHONE', '(404) 555-0147'],
      ['PERSON', 'Tamika Renee Washington'],
    ],
  },
  // ---------------------------------------------------------------- GDPR
  {
    name: 'GDPR Art. 15 request in German (Auskunftsersuchen) with Dr. and a "von" surname, Geburtsdatum, two e-mail addresses repeated, a deadline date, and the privacy team’s internal note',
    text: `Betreff: Auskunftsersuchen nach Art. 15 DSGVO – Kundennummer 44712093
Von: Dr. Friederike von Alvensleben <f.alvensleben@mailbox.org>
An: datenschutz@lumo-app.com

Sehr geehrte Damen und Herren,

hiermit verlange ich gemäß Art. 15 DSGVO Auskunft über alle zu meiner Person gespeicherten Daten. Zur Identifizierung:
Name: Friederike von Alvensleben
Geburtsdatum: 30.01.1969
Anschrift: Am Lietzensee 7, 14057 Berlin
Telefon: 030 44712093
E-Mail-Adressen, unter denen ich registriert sein könnte: f.alvensleben@mailbox.org, friederike.va@gmail.com

Bitte teilen Sie mir insbesondere mit, an welche Empfänger (z. B. Zahlungsdienstleister, Analyse-Tools) meine Daten übermittelt wurden und wie lange sie gespeichert werden. Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat, also bis zum 11.04.2024.

Mit freundlichen Grüßen
Dr. Friederike von Alvensleben

--- Interne Notiz (Datenschutz-Team, Kai Brenner) ---
Identität über Kundenkonto bestätigt (Geburtsdatum stimmt). Zweite Adresse friederike.va@gmail.com hat kein Konto. Export aus Stripe, Mixpanel und Zendesk angestoßen, Frist 11.04.2024 im Kalender. Vorlage "DSAR – Auskunft DE" verwenden.`,
    // The customer number and the deadline 11.04.2024 are not ours.
    expected: [
      ['PERSON', 'Friederike von Alvensleben'],
      ['EMAIL', 'f.alvensleben@mailbox.org'],
      ['EMAIL', 'datenschutz@lumo-app.com'],
      ['PERSON', 'Friederike von Alvensleben'],
      ['DATE_OF_BIRTH', '30.01.1969'],
      ['PHONE', '030 44712093'],
      ['EMAIL', 'f.alvensleben@mailbox.org'],
      ['EMAIL', 'friederike.va@gmail.com'],
      ['PERSON', 'Friederike von Alvensleben'],
      ['PERSON', 'Kai Brenner'],
      ['EMAIL', 'friederike.va@gmail.com'],
    ],
  },
  {
    name: 'DSAR export JSON sent to a data subject: full and preferred name, e-mails and phones in arrays, date_of_birth, login history with IPv4, IPv6 and a private admin address, an impersonating agent',
    text: `{
  "export_generated_at": "2024-03-14T09:12:00Z",
  "request_id": "DSAR-2024-0447",
  "subject": {
    "customer_id": "cus_Pq7R2mZ9kQx4Wt",
    "full_name": "Oluwadamilare Adeyemi-Johnson",
    "preferred_name": "Dami",
    "emails": ["dami.adeyemi@protonmail.com", "o.adeyemijohnson@gmail.com"],
    "phones": [{ "type": "mobile", "number": "+44 7911 447120" }, { "type": "home", "number": "+44 161 496 0447" }],
    "date_of_birth": "1993-05-08",
    "addresses": [{ "line1": "Flat 4, 12 Turing Way", "city": "Manchester", "postcode": "M15 4FN", "country": "GB" }],
    "marketing_consent": { "email": false, "sms": false, "updated_at": "2023-11-02T18:40:11Z" }
  },
  "payment_methods": [{ "brand": "visa", "last4": "9316", "exp": "08/27", "fingerprint": "Fp4471RtZ9" }],
  "login_history": [
    { "at": "2024-03-12T07:44:10Z", "ip": "86.14.212.47", "user_agent": "LumoApp/5.12.3 (iPhone; iOS 17.3.1)" },
    { "at": "2024-03-10T21:02:55Z", "ip": "2a02:c7c:3d44:7120:1d4b:9f2e:4471:2093", "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) Safari/605.1.15" },
    { "at": "2024-02-28T12:00:03Z", "ip": "10.20.4.71", "user_agent": "internal-admin-impersonation (agent: Hollis Carter-Mbeki)" }
  ],
  "support_tickets": [{ "id": 104512, "subject": "Change of name after marriage", "created": "2023-07-19", "agent": "Support Bot" }]
}`,
    // Turing Way is a street; Support Bot is a bot; last4, the card fingerprint, ids, app and OS versions and timestamps are not ours.
    expected: [
      ['PERSON', 'Oluwadamilare Adeyemi-Johnson'],
      ['PERSON', 'Dami'],
      ['EMAIL', 'dami.adeyemi@protonmail.com'],
      ['EMAIL', 'o.adeyemijohnson@gmail.com'],
      ['PHONE', '+44 7911 447120'],
      ['PHONE', '+44 161 496 0447'],
      ['DATE_OF_BIRTH', '1993-05-08'],
      ['IP_ADDRESS', '86.14.212.47'],
      ['IP_ADDRESS', '2a02:c7c:3d44:7120:1d4b:9f2e:4471:2093'],
      ['IP_ADDRESS', '10.20.4.71'],
      ['PERSON', 'Hollis Carter-Mbeki'],
    ],
  },
  // ---------------------------------------------------------------- surveys
  {
    name: 'CSAT survey export CSV with respondent columns: comments in German, Spanish, Arabic, Chinese and English naming agents by title and surname or given name, a bot and team as agent, an anonymous row',
    text: `response_id,ticket_id,respondent_name,respondent_email,language,agent,team,rating,comment
r_447101,104471,Jürgen Baumgärtner,j.baumgaertner@web.de,de,Sabine Krüger,Billing DACH,2,"Erstattung hat 10 Tage gedauert. Frau Krüger war freundlich, aber das System ist zu langsam."
r_447102,104472,María José Etxeberria,mj.etxeberria@gmail.com,es,Lucía Ferrer,Tier 1 ES,5,"¡Lucía fue un amor! Me resolvió todo en 5 minutos."
r_447103,104480,Ahmed Al-Farsi,ahmed.alfarsi@omantel.net.om,ar,Support Bot,Bots,1,"البوت لا يفهم شيئاً. أريد التحدث مع إنسان. رقمي +968 9144 7120"
r_447104,104481,王丽娟,lijuan.wang@qq.com,zh,Kevin Zhang,Tier 1 APAC,4,"Kevin 很耐心，但是退款要等太久。"
r_447105,104490,anonymous,,en,Team Alpha,Tier 2,3,"fine I guess. the agent Sophie from Acme said she would call me back and never did"`,
    // anonymous, Support Bot and Team Alpha are not people; Sophie is named by given name alone; response and ticket ids are not ours.
    expected: [
      ['PERSON', 'Jürgen Baumgärtner'],
      ['EMAIL', 'j.baumgaertner@web.de'],
      ['PERSON', 'Sabine Krüger'],
      ['PERSON', 'Krüger'],
      ['PERSON', 'María José Etxeberria'],
      ['EMAIL', 'mj.etxeberria@gmail.com'],
      ['PERSON', 'Lucía Ferrer'],
      ['PERSON', 'Lucía'],
      ['PERSON', 'Ahmed Al-Farsi'],
      ['EMAIL', 'ahmed.alfarsi@omantel.net.om'],
      ['PHONE', '+968 9144 7120'],
      ['PERSON', '王丽娟'],
      ['EMAIL', 'lijuan.wang@qq.com'],
      ['PERSON', 'Kevin Zhang'],
      ['PERSON', 'Kevin'],
    ],
  },
  {
    name: 'NPS survey export (pipe table): Japanese, Brazilian, South African and Irish respondents, a Mario Rossi test row at example.com, an agent as 佐藤さん, the Ada plan, a corrected DOB in free text',
    text: `Delighted NPS export — Q1 2024
Response ID | Email | Name | Score | Comment | Properties: plan | Properties: country | Created
8844712 | hiroshi.kobayashi@softbank.ne.jp | 小林 浩 | 9 | サポートの佐藤さんがとても親切でした。 | Pro | JP | 2024-03-04
8844713 | ana.beatriz.lima@uol.com.br | Ana Beatriz Lima | 3 | O app travou 3x e perdi meus dados. Liguem pra mim: (21) 99447-1209 | Free | BR | 2024-03-05
8844714 | m.rossi@example.com | Mario Rossi | 10 | test | Internal | IT | 2024-03-05
8844715 | dlamini.thandeka@gmail.com | Thandeka Dlamini | 8 | Good app, but the Ada plan is too expensive for students. | Ada (Student) | ZA | 2024-03-06
8844716 | s.oconnell@eircom.net | Siobhán O'Connell | 6 | Support was slow. My DOB is wrong in my profile, it should be 12/04/1990 not 04/12/1990. | Pro | IE | 2024-03-07`,
    // Mario Rossi at example.com is the Italian placeholder in a test row; 佐藤さん is a family name alone; Ada is a plan; response ids and dates are not ours; both DOB spellings are birth dates.
    expected: [
      ['EMAIL', 'hiroshi.kobayashi@softbank.ne.jp'],
      ['PERSON', '小林 浩'],
      ['EMAIL', 'ana.beatriz.lima@uol.com.br'],
      ['PERSON', 'Ana Beatriz Lima'],
      ['PHONE', '(21) 99447-1209'],
      ['EMAIL', 'dlamini.thandeka@gmail.com'],
      ['PERSON', 'Thandeka Dlamini'],
      ['EMAIL', 's.oconnell@eircom.net'],
      ['PERSON', "Siobhán O'Connell"],
      ['DATE_OF_BIRTH', '12/04/1990'],
      ['DATE_OF_BIRTH', '04/12/1990'],
    ],
  },
  // ---------------------------------------------------------------- macros, keys, agent prompts
  {
    name: 'Zendesk macro export with placeholders, tags, a rendered preview signed "Sophie from Acme", Support Bot and Team Alpha, help-centre articles about brands named after people: nothing to find',
    text: `Zendesk macro export — "Refund approved (multi-lang)" (macro id 360447120931) — updated by Team Alpha
Actions:
  status: solved
  tags: +refund_approved +macro_used_refund_v3 -needs_triage
  group: Billing – Tier 2 (Team Alpha)
  assignee: current_user
  comment (public, en): |
    Hi {{ticket.requester.first_name}},
    Good news — your refund of {{ticket.ticket_field_360044712093}} for order {{ticket.external_id}} has been approved. It usually shows up within 5–10 business days.
    If you have questions, just reply to this e-mail or write to refunds@example.com.
    Best,
    {{current_user.first_name}} from {{ticket.brand.name}}
  comment (public, de): |
    Hallo {{ticket.requester.first_name}},
    Ihre Erstattung wurde genehmigt. Bei Fragen antworten Sie einfach auf diese E-Mail.
    Viele Grüße
    {{current_user.name}} | Lumo Support
Preview (rendered with sample data):
    Hi Jane,
    Good news — your refund of €19.99 for order LUMO-2024-447120 has been approved. It usually shows up within 5–10 business days.
    Best,
    Sophie from Acme
Used 4,471 times in the last 30 days · Last used on ticket #104497 by Support Bot
Related articles: "Refunds to Tesla-branded cards", "Why did Ada Pay decline my payment?", "Hermès orders: return policy"`,
    // Placeholders, sample data (Jane, Sophie from Acme), teams, bots, tags, brands named after people (Tesla, Ada Pay, Hermès), refunds@example.com and the ids are not ours.
    expected: [],
  },
  {
    name: 'SaaS support ticket where the customer pastes live keys: a Stripe-style live key, a webhook secret, a database URL with a password and private host, a server IP, an Irish mobile; a truncated key and a docs placeholder',
    text: `Ticket #58820 · Webhooks stopped working after key rotation · Requester: Tomás Ó Floinn <tomas@brightcask.ie> · Org: BrightCask Ltd · Plan: Scale

Tomás Ó Floinn — 11 Mar 2024 16:02
Hey folks, since we rotated our keys on Friday the webhooks return 401. Here's the config we're using, maybe you can spot it:

  LUMO_API_KEY=${stripeLiveKey}
  LUMO_WEBHOOK_SECRET=${webhookSecret}
  DATABASE_URL=postgres://brightcask_app:${dbPassword}@10.0.4.71:5432/orders

Our server is at 52.18.144.207 if you need to allowlist it. Call me on +353 87 447 1209 if easier.
Tomás

Internal note — Hollis Carter-Mbeki — 11 Mar 2024 16:20
Customer posted live secrets in the ticket. Redacted the comment, asked him to rotate again. The 401 is because they're still sending the old key prefix sk_live_51Os…; nothing wrong on our side. Linked to known issue LUMO-4471 (the docs show sk_live_... as a placeholder, which confuses people).`,
    // The truncated sk_live_51Os… and the documented sk_live_... are not secrets; the database user brightcask_app is a login; ticket and issue numbers are not ours.
    expected: [
      ['PERSON', 'Tomás Ó Floinn'],
      ['EMAIL', 'tomas@brightcask.ie'],
      ['PERSON', 'Tomás Ó Floinn'],
      ['SECRET', stripeLiveKey],
      ['SECRET', webhookSecret],
      ['SECRET', dbPassword],
      ['IP_ADDRESS', '10.0.4.71'],
      ['IP_ADDRESS', '52.18.144.207'],
      ['PHONE', '+353 87 447 1209'],
      ['PERSON', 'Tomás'],
      ['PERSON', 'Hollis Carter-Mbeki'],
    ],
  },
  {
    name: 'Hindi complaint e-mail to a telecom (प्रेषक/प्रति) with जन्म तिथि, the son’s landline, and the English agent reply with Mr and the surname; a colony named after Gandhi',
    text: `विषय: मेरे मोबाइल नंबर पर गलत बिल — खाता संख्या 7044712093
प्रेषक: सुनील कुमार शर्मा <sunilsharma.jaipur@rediffmail.com>
प्रति: care@bharatlink.in

आदरणीय महोदय/महोदया,
मेरा नाम सुनील कुमार शर्मा है और मेरा मोबाइल नंबर 98290 44712 है। फरवरी 2024 के बिल में ₹1,447 का अंतरराष्ट्रीय रोमिंग शुल्क जोड़ा गया है, जबकि मैं भारत से बाहर गया ही नहीं। कृपया इसे जल्द से जल्द ठीक करें।
सत्यापन के लिए: जन्म तिथि 15/08/1972, पता — 44, गांधी नगर, जयपुर 302015।
यदि आवश्यकता हो तो मेरे बेटे अमित शर्मा से 0141-244 7120 पर संपर्क करें।
धन्यवाद,
सुनील कुमार शर्मा

--- Agent reply (en) — Kavya Iyer, BharatLink Care ---
Dear Mr Sharma, we have reversed the roaming charge of ₹1,447 on account 7044712093. The corrected bill will reflect in your next statement. — Kavya`,
    // गांधी नगर is a locality named after Gandhi; the account number, the PIN code and the amount are not ours.
    expected: [
      ['PERSON', 'सुनील कुमार शर्मा'],
      ['EMAIL', 'sunilsharma.jaipur@rediffmail.com'],
      ['EMAIL', 'care@bharatlink.in'],
      ['PERSON', 'सुनील कुमार शर्मा'],
      ['PHONE', '98290 44712'],
      ['DATE_OF_BIRTH', '15/08/1972'],
      ['PERSON', 'अमित शर्मा'],
      ['PHONE', '0141-244 7120'],
      ['PERSON', 'सुनील कुमार शर्मा'],
      ['PERSON', 'Kavya Iyer'],
      ['PERSON', 'Sharma'],
      ['PERSON', 'Kavya'],
    ],
  },
  {
    name: 'An agent’s prompt to the assistant with a Swiss German customer message to translate: a Visa card and a CH IBAN in dialect, a Swiss mobile, a profile note with a birth year only, a colleague by given name',
    text: `Can you translate this customer's message into English and draft a polite reply in German (Hochdeutsch)? Keep it short. Don't promise a refund, just say Reto from billing will check.

---
Grüezi mitenand
Ich ha am 2. März bi öich es Jahresabo glöst (Rächnig Nr. 2024-447120) und jetzt isch mir de Betrag vo CHF 119.– zwöimal abbuecht worde, einisch uf minere Visa 4147 2044 7120 9316 und einisch per Twint. Chönd Sie mir bitte eis devo zruggzahle? Am liebschte uf mis Konto CH48 0076 7000 0447 1209 3.
Fründlichi Grüess
Ursina Caduff-Tschudin
Bahnhofstrasse 44, 7000 Chur
079 447 12 09
---
Her account: ursina.caduff@bluewin.ch, customer since 2021, born 1979 (per profile). Assigned to me (Noah Baumann, Tier 1 DACH).`,
    // Reto is a colleague's given name alone; "born 1979" is a year, not a date; the invoice number and the purchase date are not ours.
    expected: [
      ['CREDIT_CARD', '4147 2044 7120 9316'],
      ['IBAN', 'CH48 0076 7000 0447 1209 3'],
      ['PERSON', 'Ursina Caduff-Tschudin'],
      ['PHONE', '079 447 12 09'],
      ['EMAIL', 'ursina.caduff@bluewin.ch'],
      ['PERSON', 'Noah Baumann'],
    ],
  },
];

describeHoldout('privacy hold-out 24: customer support and CRM in many languages', cases);
