import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A fifth hand-written hold-out: prose a user pastes into an AI chat rather than data printouts —
 * support chat and call transcripts, meeting notes with action items, Slack and Teams threads with
 * display names and @mentions, CRM activity notes, sales call summaries, recruiting and HR notes,
 * medical and insurance claim narratives, e-mail threads with quote headers in several languages,
 * contract text naming parties, Jira and GitHub issues with stack traces, and LLM prompts with
 * few-shot examples; English, Spanish, French, German, Portuguese, Italian and Dutch. Hard
 * negatives: companies named after people, dates that are not birth dates, numbers shaped like
 * phones that are meeting ids, amounts and references, and template placeholders. Values are fake:
 * Luhn-valid made-up cards, IBANs with valid mod-97 check digits, SSNs in valid areas, made-up
 * names and keys.
 */
const k = joinParts;
const githubPat = k('ghp', '_', 'R7tXq2LmW9cK4vBn8pZ1yHd3JfG6sAe0uVi5');
const slackBot = k('xox', 'b-', '7712049385', '-', '6620418837215', '-', 'Qm4RtLx9Wc2KbN8pZ1yHd3Jf');
const awsKeyId = k('AK', 'IA', 'Q3W7ZK2MX9RTP4LE');
const awsSecret = k('pL7vR2mZ9kQx4WtT8nB3', 'cY6dF1gJ5sAe0uKo7iTz');
const stripeLive = k('sk', '_live_', '51Mx7QpLr2Tz9vKc4nYd8bFg3HsWjE6uA0oPiN');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- support chats and call transcripts
  {
    name: 'support chat transcript: card ending vs a pasted full card, phone in digit groups',
    text: `[10:02] Chat started with Deborah Okafor (deb.okafor@hotmail.com)
[10:02] Marcus (Agent): Hi Deborah, thanks for waiting. How can I help today?
[10:03] Deborah Okafor: I was charged twice for order 4471-2209, card ending 7779
[10:04] Marcus (Agent): I see both charges of $84.99. Can you confirm the phone number on the account?
[10:04] Deborah Okafor: 617 482 3391
[10:05] Deborah Okafor: here's the full card if it helps 4140 4454 2196 7779 exp 08/27
[10:05] Marcus (Agent): Please never share full card numbers in chat. Refund issued, ref RF-20240312-0088.`,
    // The agent, never named in full, is left alone; the greeting names Deborah Okafor.
    expected: [
      ['PERSON', 'Deborah Okafor'],
      ['EMAIL', 'deb.okafor@hotmail.com'],
      ['PERSON', 'Deborah'],
      ['PERSON', 'Deborah Okafor'],
      ['PERSON', 'Deborah Okafor'],
      ['PHONE', '617 482 3391'],
      ['PERSON', 'Deborah Okafor'],
      ['CREDIT_CARD', '4140 4454 2196 7779'],
    ],
  },
  {
    name: 'phone call speech-to-text transcript with a spoken SSN and a 4-6-5 Amex',
    text: `Speaker 1 (Jennifer Alvarez, agent): Thank you for calling Brightline Insurance, can I get your full name?
Speaker 2: Yeah it's Dwayne Whitaker, W-H-I-T-A-K-E-R.
Speaker 1: And for verification, your social?
Speaker 2: 523 71 4408.
Speaker 1: Thanks. Which card should the premium go on?
Speaker 2: The Amex, 3782 734267 99166, not the one ending 1004.
Speaker 1: Got it. Best callback number?
Speaker 2: (704) 318-2275, after 5 p.m.`,
    expected: [
      ['PERSON', 'Jennifer Alvarez'],
      ['PERSON', 'Dwayne Whitaker'],
      // Spelled letter by letter, the surname is still the caller's (the convention of hold-out 13).
      ['PERSON', 'W-H-I-T-A-K-E-R'],
      ['US_SSN', '523 71 4408'],
      ['CREDIT_CARD', '3782 734267 99166'],
      ['PHONE', '(704) 318-2275'],
    ],
  },
  {
    name: 'Teams meeting transcript (WebVTT) with voice tags',
    text: `WEBVTT

00:00:03.120 --> 00:00:07.480
<v Olamide Bankole>Okay, so the escalation is for Mrs. Henderson, the one in Leeds.</v>

00:00:07.900 --> 00:00:12.300
<v Ruth Ekwueme>Right, Patricia Henderson. Her number is 0113 284 7719 and she wants a callback before Friday.</v>`,
    expected: [
      ['PERSON', 'Olamide Bankole'],
      ['PERSON', 'Henderson'],
      ['PERSON', 'Ruth Ekwueme'],
      ['PERSON', 'Patricia Henderson'],
      ['PHONE', '0113 284 7719'],
    ],
  },
  {
    name: 'WhatsApp export of a Spanish customer chat',
    text: `12/03/24, 09:14 - Lucía Fernández Ortega: Hola, no me ha llegado el reembolso del pedido 88120
12/03/24, 09:16 - Tienda Sol y Mar: Hola Lucía, ¿nos confirma su fecha de nacimiento y el IBAN?
12/03/24, 09:18 - Lucía Fernández Ortega: Nací el 4 de julio de 1987, IBAN ES39 0182 5322 8702 0154 7318
12/03/24, 09:18 - Lucía Fernández Ortega: Si no, llámeme al 612 48 73 95`,
    expected: [
      ['PERSON', 'Lucía Fernández Ortega'],
      ['PERSON', 'Lucía'], // the greeting names the customer
      ['PERSON', 'Lucía Fernández Ortega'],
      ['DATE_OF_BIRTH', '4 de julio de 1987'],
      ['IBAN', 'ES39 0182 5322 8702 0154 7318'],
      ['PERSON', 'Lucía Fernández Ortega'],
      ['PHONE', '612 48 73 95'],
    ],
  },
  {
    name: 'Italian live-chat excerpt with a mobile number and a courier reference',
    text: `Operatore (Giulia): Buongiorno, come posso aiutarla?
Cliente: Buongiorno, sono Francesca De Luca. Il pacco con tracking 0034 8812 7790 non è arrivato.
Cliente: Il mio cellulare è 347 218 9064, mi chiami pure dopo le 14:00.
Operatore (Giulia): Grazie signora De Luca, apro una segnalazione (n. 2024/03/5512).`,
    expected: [
      ['PERSON', 'Francesca De Luca'],
      ['PHONE', '347 218 9064'],
      ['PERSON', 'De Luca'],
    ],
  },
  // ---------------------------------------------------------------- meetings, Slack and Teams
  {
    name: 'meeting notes with action items, @mentions and a company named after a person',
    text: `Weekly CS sync — 12 Mar 2024
Attendees: Priya Raman, Tom Okonkwo, Hannah Schulz

Action items:
- @Priya Raman to call Jonas Weber at +49 151 2384 7710 re: renewal (contract ends 31 Mar 2024)
- @Tom to send the Q1 usage report to jonas.weber@weber-logistik.de
- Hannah: check why Weber Logistik GmbH is billed in USD (PO 4500018832)`,
    expected: [
      ['PERSON', 'Priya Raman'],
      ['PERSON', 'Tom Okonkwo'],
      ['PERSON', 'Hannah Schulz'],
      ['PERSON', 'Hannah'], // a given name of someone named in full above names the same person
      ['PERSON', 'Priya Raman'],
      ['PERSON', 'Tom'], // an @mention of Tom Okonkwo
      ['PERSON', 'Jonas Weber'],
      ['PHONE', '+49 151 2384 7710'],
      ['EMAIL', 'jonas.weber@weber-logistik.de'],
    ],
  },
  {
    name: 'Slack thread copied from the desktop app, with a Swedish company named after its owner',
    text: `Ana Ribeiro  9:41 AM
@Kwame Mensah can you check why the export for Lindqvist Bygg AB failed? contact is Erik Lindqvist, erik@lindqvistbygg.se
Kwame Mensah  9:44 AM
the row has phone +46 70 123 45 67 which fails our validator (too many spaces?)
:eyes: 1
Ana Ribeiro  9:45 AM
ok thx. also pls stop pasting prod IPs here, 203.0.113.42 is the customer's office`,
    expected: [
      ['PERSON', 'Ana Ribeiro'],
      ['PERSON', 'Kwame Mensah'],
      ['PERSON', 'Erik Lindqvist'],
      ['EMAIL', 'erik@lindqvistbygg.se'],
      ['PERSON', 'Kwame Mensah'],
      ['PHONE', '+46 70 123 45 67'],
      ['PERSON', 'Ana Ribeiro'],
      ['IP_ADDRESS', '203.0.113.42'],
    ],
  },
  {
    name: 'German Teams chat with "Last, First" display names',
    text: `[12.03.2024 14:05] Müller, Stefan (IT-Service)
Kannst du bitte den Zugang für Frau Yilmaz freischalten? Ihre Durchwahl ist 0221 4783-215.
[12.03.2024 14:07] Yilmaz, Derya
Danke! Ticket ist INC0048812.`,
    expected: [
      ['PERSON', 'Müller, Stefan'],
      ['PERSON', 'Yilmaz'],
      ['PHONE', '0221 4783-215'],
      ['PERSON', 'Yilmaz, Derya'],
    ],
  },
  {
    name: 'Slack message leaking a bot token, a GitHub PAT and an AWS key pair in prose',
    text: `Nadia Petrova  11:02 AM
quick fix for the failing job — I rotated the bot, new token is ${slackBot}
also the CI was using my personal token ${githubPat} 🙈 will revoke tomorrow
for the backfill use AWS key ${awsKeyId} / secret ${awsSecret}`,
    expected: [
      ['PERSON', 'Nadia Petrova'],
      ['SECRET', slackBot],
      ['SECRET', githubPat],
      ['SECRET', awsKeyId],
      ['SECRET', awsSecret],
    ],
  },
  // ---------------------------------------------------------------- CRM and sales
  {
    name: 'CRM call log with an executive assistant and a company email',
    text: `Call logged by Rebecca Thornton · Mar 12, 2024 3:40 PM
Spoke with Gary Castellanos (CFO, Northwind Traders). He prefers mobile 415-672-9031 over the office line. Budget approved for 120 seats at $42/seat/month; PO expected by 3/29.
Follow up with his EA, Linda Park (lpark@northwindtraders.com). Send the DPA to legal@northwindtraders.com.`,
    expected: [
      ['PERSON', 'Rebecca Thornton'],
      ['PERSON', 'Gary Castellanos'],
      ['PHONE', '415-672-9031'],
      ['PERSON', 'Linda Park'],
      ['EMAIL', 'lpark@northwindtraders.com'],
      ['EMAIL', 'legal@northwindtraders.com'],
    ],
  },
  {
    name: 'French sales call summary with a company named after a family',
    text: `Résumé d'appel — Maison Dupont (prospect)
Interlocutrice : Margaux Lefèvre, Head of Data. Elle nous a indiqué que Jean-Baptiste Moreau a quitté l'entreprise en janvier et que le budget 2024 (85 000 €) est validé.
Prochaine étape : démo le 19 mars à 15h. Sa ligne directe : +33 6 71 24 88 03.`,
    expected: [
      ['PERSON', 'Margaux Lefèvre'],
      ['PERSON', 'Jean-Baptiste Moreau'],
      ['PHONE', '+33 6 71 24 88 03'],
    ],
  },
  {
    name: 'AI-generated sales call summary in English with bullet points',
    text: `**Call summary — Acme Robotics x Kestrel (32 min)**
- Participants: Daniel Kowalczyk (Acme, VP Ops), Sofia Marchetti (Kestrel, AE)
- Daniel's team processes ~1,200,000 events/day; peak at 09:00–11:00 CET
- Pain point: their current vendor (Hubbard & Sons) charges per seat
- Next steps: Sofia to send pricing by Friday; Daniel shared his cell, 312-908-4471`,
    expected: [
      ['PERSON', 'Daniel Kowalczyk'],
      ['PERSON', 'Sofia Marchetti'],
      ['PERSON', 'Daniel'],
      ['PERSON', 'Daniel'],
      ['PERSON', 'Sofia'], // given names of the participants named in full above
      ['PHONE', '312-908-4471'],
    ],
  },
  // ---------------------------------------------------------------- HR and recruiting
  {
    name: 'recruiting note with an ordinal birth date in words and an interview date',
    text: `Candidate: Aisha Bello — Senior Data Engineer
Born on the 3rd of May 1990 in Lagos; right to work in the UK confirmed.
Referred by Connor Walsh. Phone screen 14 March 2024 at 10:30, salary expectation £78,000.
Mobile 07912 384 562, email aisha.bello.dev@gmail.com`,
    expected: [
      ['PERSON', 'Aisha Bello'],
      ['DATE_OF_BIRTH', '3rd of May 1990'],
      ['PERSON', 'Connor Walsh'],
      ['PHONE', '07912 384 562'],
      ['EMAIL', 'aisha.bello.dev@gmail.com'],
    ],
  },
  {
    name: 'German recruiting note with birth date, mobile and salary',
    text: `Bewerberin Katharina Hoffmann, geb. am 17.08.1993, Tel. 0176 2391 8854. Gehaltsvorstellung 62.000 €, Kündigungsfrist 3 Monate zum Quartalsende, frühester Eintritt 01.07.2024. Zweitgespräch mit Herrn Dr. Albrecht am 21.03.2024.`,
    expected: [
      ['PERSON', 'Katharina Hoffmann'],
      ['DATE_OF_BIRTH', '17.08.1993'],
      ['PHONE', '0176 2391 8854'],
      ['PERSON', 'Albrecht'],
    ],
  },
  {
    name: 'HR prose where every date is a start, review or founding date',
    text: `Start date 1 April 2024; probation ends 30 September 2024. The offer was signed on 12 March 2024 and the last appraisal took place on the 3rd of May 2023. The analytics team was born in 2019 out of the BI guild, and the company was founded on 14 June 1990.`,
    expected: [],
  },
  // ---------------------------------------------------------------- medical and insurance
  {
    name: 'US health-insurance claim narrative with DOB, SSN and a treating physician',
    text: `Claimant Robert J. Vance (DOB 11/02/1961, SSN 231-64-9087, member ID XKP884120931) was seen by Dr. Elena Marsh at St. Jude Medical Center on 02/14/2024 for a fractured left wrist. Provider office: (503) 284-7710. Billed amount $3,412.50, allowed $2,118.00, claim #CLM-2024-0047719.`,
    expected: [
      ['PERSON', 'Robert J. Vance'],
      ['DATE_OF_BIRTH', '11/02/1961'],
      ['US_SSN', '231-64-9087'],
      ['PERSON', 'Elena Marsh'],
      ['PHONE', '(503) 284-7710'],
    ],
  },
  {
    name: 'French insurance claim narrative',
    text: `L'assuré, M. Thierry Garnier, né le 22 septembre 1975, déclare un dégât des eaux survenu le 3 mars 2024 (sinistre n° 2024-118-4471). Montant estimé : 4 250,00 €. Remboursement sur l'IBAN FR63 3000 4028 3700 0104 7285 163 ; l'assuré est joignable au 06 12 84 55 73.`,
    expected: [
      ['PERSON', 'Thierry Garnier'],
      ['DATE_OF_BIRTH', '22 septembre 1975'],
      ['IBAN', 'FR63 3000 4028 3700 0104 7285 163'],
      ['PHONE', '06 12 84 55 73'],
    ],
  },
  {
    name: 'German discharge letter with stacked titles',
    text: `Sehr geehrte Frau Kollegin Dr. med. Weiß,
wir berichten über Ihre Patientin Frau Helga Brünning, geb. 04.12.1947, die sich vom 02.03.2024 bis 09.03.2024 in unserer stationären Behandlung befand. Rückfragen gern unter 0511 532-4471.
Mit freundlichen Grüßen
Prof. Dr. med. Klaus-Dieter Ebeling`,
    expected: [
      ['PERSON', 'Weiß'],
      ['PERSON', 'Helga Brünning'],
      ['DATE_OF_BIRTH', '04.12.1947'],
      ['PHONE', '0511 532-4471'],
      ['PERSON', 'Klaus-Dieter Ebeling'],
    ],
  },
  // ---------------------------------------------------------------- e-mail threads
  {
    name: 'Outlook reply header block with display names',
    text: `From: Anna Kowalski <anna.kowalski@kowalski-partners.pl>
Sent: Tuesday, March 12, 2024 9:14 AM
To: Liam O'Brien <liam.obrien@kestrel-analytics.io>
Cc: Support <support@kestrel-analytics.io>
Subject: RE: Invoice 2024-0311 / wrong VAT number

Liam, the VAT number should be PL5252344078, not the one on invoice 2024-0311.`,
    expected: [
      ['PERSON', 'Anna Kowalski'],
      ['EMAIL', 'anna.kowalski@kowalski-partners.pl'],
      ['PERSON', "Liam O'Brien"],
      ['PERSON', 'Liam'], // the addressee named in full in the header
      ['EMAIL', 'liam.obrien@kestrel-analytics.io'],
      ['EMAIL', 'support@kestrel-analytics.io'],
    ],
  },
  {
    name: 'quote headers in German, French, Dutch, Spanish and Portuguese mail clients',
    text: `Am 12.03.2024 um 09:41 schrieb Felix Brandt <f.brandt@gmx.de>:
Le mar. 12 mars 2024 à 09:41, Élodie Marchand <elodie.marchand@orange.fr> a écrit :
Op di 12 mrt 2024 om 09:41 schreef Sanne de Boer <sanne.deboer@kpnmail.nl>:
El mar, 12 mar 2024 a las 9:41, Carmen Ruiz Delgado (<carmen.ruiz@movistar.es>) escribió:
Em ter., 12 de mar. de 2024 às 09:41, João Pedro Almeida <jp.almeida@uol.com.br> escreveu:`,
    expected: [
      ['PERSON', 'Felix Brandt'],
      ['EMAIL', 'f.brandt@gmx.de'],
      ['PERSON', 'Élodie Marchand'],
      ['EMAIL', 'elodie.marchand@orange.fr'],
      ['PERSON', 'Sanne de Boer'],
      ['EMAIL', 'sanne.deboer@kpnmail.nl'],
      ['PERSON', 'Carmen Ruiz Delgado'],
      ['EMAIL', 'carmen.ruiz@movistar.es'],
      ['PERSON', 'João Pedro Almeida'],
      ['EMAIL', 'jp.almeida@uol.com.br'],
    ],
  },
  {
    name: 'Portuguese customer e-mail with birth date, mobile and IBAN',
    text: `Olá, bom dia.
O meu nome é Ana Beatriz Costa e sou cliente desde 2019. Nasci em 09/11/1988 e o meu telemóvel é 912 384 775.
Peço o reembolso da fatura FT 2024/1187 para o IBAN PT42 0035 0127 0008 4615 2739 1.
Obrigada,
Ana Beatriz Costa`,
    expected: [
      ['PERSON', 'Ana Beatriz Costa'],
      ['DATE_OF_BIRTH', '09/11/1988'],
      ['PHONE', '912 384 775'],
      ['IBAN', 'PT42 0035 0127 0008 4615 2739 1'],
      ['PERSON', 'Ana Beatriz Costa'],
    ],
  },
  {
    name: 'Dutch complaint e-mail with a particle surname after meneer',
    text: `Beste meneer Van den Berg,
Mevrouw Jansen-de Wit belde vanochtend op 06-38472915 over de dubbele afschrijving van € 149,00. Zij is geboren op 12 februari 1979 en wil het bedrag terug op NL83 INGB 0006 7298 41.
Met vriendelijke groet,
Klantenservice`,
    expected: [
      ['PERSON', 'Van den Berg'],
      ['PERSON', 'Jansen-de Wit'],
      ['PHONE', '06-38472915'],
      ['DATE_OF_BIRTH', '12 februari 1979'],
      ['IBAN', 'NL83 INGB 0006 7298 41'],
    ],
  },
  // ---------------------------------------------------------------- legal text
  {
    name: 'English services agreement naming an individual party',
    text: `THIS AGREEMENT is made on 1 April 2024 BETWEEN (1) Kestrel Analytics Ltd, a company registered in England and Wales under number 09876543 ("Company"); and (2) Margaret Anne Holloway of 14 Elm Grove, Bath BA2 6QT ("Consultant").
Fees are payable to the Consultant's account GB85 BARC 2031 8563 9142 07 within 30 days.

Signed by Margaret A. Holloway ..............................  Date: ....................`,
    expected: [
      ['PERSON', 'Margaret Anne Holloway'],
      ['IBAN', 'GB85 BARC 2031 8563 9142 07'],
      ['PERSON', 'Margaret A. Holloway'],
    ],
  },
  {
    name: 'Italian contract with a company named after a family and a natural person',
    text: `TRA Rossi Costruzioni S.r.l., con sede in Via Garibaldi 12, Torino, P.IVA 07643520010, in persona del legale rappresentante
E il Sig. Giuseppe Bianchi, nato a Napoli il 14/06/1968, residente in Via Verdi 3, Milano, di seguito "il Fornitore".
Il corrispettivo sarà versato sul conto IT62 K030 6909 6061 0000 0061 734 intestato al Fornitore.`,
    expected: [
      ['PERSON', 'Giuseppe Bianchi'],
      ['DATE_OF_BIRTH', '14/06/1968'],
      ['IBAN', 'IT62 K030 6909 6061 0000 0061 734'],
    ],
  },
  // ---------------------------------------------------------------- issue trackers
  {
    name: 'Jira issue with a Java stack trace holding an email and a card',
    text: `PAY-2291 IllegalArgumentException when refunding card payments
Reporter: Chloé Dubois   Assignee: Unassigned   Priority: High
Steps: open customer 88123 (Hiroshi Tanaka), click Refund on order 5512.

java.lang.IllegalArgumentException: Invalid card for customer hiroshi.tanaka@nifty.com: 5517485143686796
	at com.kestrel.pay.RefundService.validate(RefundService.java:214)
	at com.kestrel.pay.RefundService.refund(RefundService.java:88)
	at com.kestrel.api.RefundController.post(RefundController.java:41)`,
    expected: [
      ['PERSON', 'Chloé Dubois'],
      ['PERSON', 'Hiroshi Tanaka'],
      ['EMAIL', 'hiroshi.tanaka@nifty.com'],
      ['CREDIT_CARD', '5517485143686796'],
    ],
  },
  {
    name: 'GitHub issue with a Python traceback, a plus-addressed email and a client IP',
    text: `### Bug: signup fails for addresses with a plus sign

**Version**: 2.14.3 · Python 3.11.7 · Ubuntu 22.04

\`\`\`
Traceback (most recent call last):
  File "/srv/app/signup.py", line 61, in create_user
    validate_email(payload["email"])
  File "/srv/app/validators.py", line 18, in validate_email
    raise ValueError(f"invalid email {value!r}")
ValueError: invalid email 'ravi.shankar+newsletter@gmail.com'
\`\`\`
Request came from 198.51.100.23 at 2024-03-12T08:14:55Z (request id 7f3c9a2e).`,
    expected: [
      ['EMAIL', 'ravi.shankar+newsletter@gmail.com'],
      ['IP_ADDRESS', '198.51.100.23'],
    ],
  },
  {
    name: 'Node.js error in a GitHub issue with a user object in the log',
    text: `After upgrading to 4.2.0 the webhook handler crashes:

\`\`\`
[2024-03-12T08:14:55.201Z] ERROR webhook failed { user: { id: 4412, name: 'Mei Ling Chua', phone: '+65 9734 2281' }, ip: '2001:db8:85a3::8a2e:370:7334' }
TypeError: Cannot read properties of undefined (reading 'stripeCustomerId')
    at handleInvoice (/app/dist/webhooks.js:88:31)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
\`\`\`
Our config has STRIPE_KEY=${stripeLive} if that matters.`,
    expected: [
      ['PERSON', 'Mei Ling Chua'],
      ['PHONE', '+65 9734 2281'],
      ['IP_ADDRESS', '2001:db8:85a3::8a2e:370:7334'],
      ['SECRET', stripeLive],
    ],
  },
  // ---------------------------------------------------------------- LLM prompts
  {
    name: 'few-shot extraction prompt with realistic examples',
    text: `You extract contact details. Answer with JSON only.

Example 1
Input: "Hi, this is Sarah Lindgren, call me back on 0412 883 107."
Output: {"name": "Sarah Lindgren", "phone": "0412 883 107"}

Example 2
Input: "Pls update my email to m.castillo@prodigy.net - Miguel Castillo"
Output: {"name": "Miguel Castillo", "email": "m.castillo@prodigy.net"}

Now extract:
Input: "Greetings from Olu Adeyemi, reach me at +234 803 412 7765"`,
    expected: [
      ['PERSON', 'Sarah Lindgren'],
      ['PHONE', '0412 883 107'],
      ['PERSON', 'Sarah Lindgren'],
      ['PHONE', '0412 883 107'],
      ['EMAIL', 'm.castillo@prodigy.net'],
      ['PERSON', 'Miguel Castillo'],
      ['PERSON', 'Miguel Castillo'],
      ['EMAIL', 'm.castillo@prodigy.net'],
      ['PERSON', 'Olu Adeyemi'],
      ['PHONE', '+234 803 412 7765'],
    ],
  },
  {
    name: 'translation prompt with a German letter to translate',
    text: `Translate the following letter into English, keep the formatting:

"Sehr geehrter Herr Schneider,
vielen Dank für Ihre Anfrage vom 5. März. Ihre Rückzahlung über 312,40 € wurde auf das Konto DE91 1203 0000 1027 3849 56 angewiesen. Bei Fragen erreichen Sie Frau Petra Lange unter 089 2180 4471.
Mit freundlichen Grüßen
Ihr Kundenservice"`,
    expected: [
      ['PERSON', 'Schneider'],
      ['IBAN', 'DE91 1203 0000 1027 3849 56'],
      ['PERSON', 'Petra Lange'],
      ['PHONE', '089 2180 4471'],
    ],
  },
  {
    name: 'classification prompt over support tickets with a Belgian IBAN and a Dutch name',
    text: `Classify each ticket as BILLING, ACCOUNT or OTHER.
1. "Mijn naam is Joris Verhoeven, er is twee keer € 29,99 afgeschreven van BE73 0012 8537 4691."
2. "I can't log in since the 2.3 update, tried resetting twice."
3. "Please change the account email to n.dasilva@sapo.pt — Nuno da Silva"`,
    expected: [
      ['PERSON', 'Joris Verhoeven'],
      ['IBAN', 'BE73 0012 8537 4691'],
      ['EMAIL', 'n.dasilva@sapo.pt'],
      ['PERSON', 'Nuno da Silva'],
    ],
  },
  {
    name: 'system prompt template with placeholders only',
    text: `You are Ava, the assistant for Kestrel Support. Greet the customer as {{customer.first_name}}.
If they ask about a charge, quote the card as "ending in {{card.last4}}" and never the full number.
Escalate to a human at {{support_phone}} or {support_email}. Example output: "Hi <NAME>, your card ending in XXXX was refunded."`,
    expected: [],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'pipeline review prose full of companies named after people',
    text: `Pipeline review Q2: Wells Fargo expansion is at legal; Morgan Stanley renewal slips to July; Charles Schwab asked for a second POC. Retail: Ted Baker and Marks & Spencer both on the shortlist, Dr. Martens went silent. We lost Johnson Controls to Snowflake. Walt Disney wants SSO before signing.`,
    expected: [],
  },
  {
    name: 'meeting logistics with ids and amounts shaped like phone numbers',
    text: `Join Zoom Meeting: Meeting ID 842 1173 3904, Passcode 418822. Dial-in by location is in the invite.
Agenda (14:30–15:15): Q1 revenue 1 204 553 EUR (+12.5% QoQ), churn 2.1%, 10 000 → 25 000 seats target, SLA 99.95%, ISO 27001:2022 audit on 2024-04-18. Invoice 2024 0312 0041 is still open.`,
    expected: [],
  },
  {
    name: 'support macro with masked card and agent-facing placeholders',
    text: `Hi [Customer Name],

Thanks for reaching out. We've refunded the charge on your card ending in ****4242 (ref #RF-000000). You should see it within 5–10 business days.
If you have questions, reply to this email or call us at 1-800-XXX-XXXX.

Best,
[Agent Name]
Kestrel Support`,
    expected: [],
  },
  {
    name: 'place and product names that look like people in travel and retail notes',
    text: `Offsite logistics: fly into Charlotte, train to Santa Barbara, hotel near Lake Louise. Swag order: 40 Stanley cups, 25 Moleskine notebooks, 10 Jack Daniel's gift sets (for the Victoria office only). Coffee from Tim Hortons on day 2.`,
    expected: [],
  },
];

describeHoldout('privacy detectors on a fifth hand-written hold-out', cases);
