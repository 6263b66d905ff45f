import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A thirteenth hand-written hold-out: material that reaches an AI gateway from scanners, phones,
 * old systems and platforms, in shapes the first twelve do not cover. OCR output of scanned
 * documents (a California driver licence front and its decoded AAMVA PDF417 barcode, a US passport
 * data page with its MRZ, a UK energy bill, a German bank letter, a US patient registration form, a
 * W-9 with boxed SSN digits, an Indian PAN card with a KYC note, a Japanese driving licence with an
 * era birth date), with O/0 and l/1 confusions, stray `|`, doubled spaces and words hyphenated
 * across lines; speech-to-text (a contact-centre ASR transcript with a card, phone and birth date
 * said as words and a name spelled letter by letter, an Otter.ai export with "oh" and "double", a
 * Spanish call with "arroba" and "punto", an Amazon Connect Contact Lens JSON with a partial
 * redaction, a Korean STT record with Sino-Korean digits); legacy systems (a COBOL print report with
 * carriage-control characters, an AS/400 5250 inquiry screen, SAP SE16 table displays); structured
 * formats (a SOAP response, Python's protobuf text format with octal-escaped UTF-8, TOML, a legacy
 * INI, a Nomad HCL job, LDIF with base64 attribute values, RFC 5424 syslog with structured data,
 * CEF and LEEF events); platforms (an Amazon Seller Central order report with relay addresses, an
 * Uber receipt, an Airbnb thread, an iFood order in Portuguese, a Discord mod log, a dating-app
 * trust-and-safety ticket); government and housing (a DS-160 confirmation, a French rental file, a
 * Stockholm housing application, an MLS listing, a Texas e-filing notice, a Florida driver record,
 * an Italian property lead, a Taglish GCash chat, a Dutch Marktplaats chat, a Polish Allegro order).
 * Hard negatives of the same shapes: passport, licence, document-discriminator and MRZ check
 * digits, national ids (NIR-like, CPF, DNI, personnummer, fødselsnummer, PAN), VINs, plates,
 * tracking and order numbers, ASINs and SKUs, meter and account numbers, masked values and
 * initials, usernames and cashtags, an official ID-card specimen, job logs, amounts and times, and
 * places, schools, brands and songs named after people. Each case lists every value it expects
 * found, with its type; anything else flagged is a false positive. A value said or damaged by OCR
 * is labelled as it appears (digits as words, `O` for `0`, a name spelled out letter by letter, a
 * value wrapped across lines); an encoded value's span is its encoded form. Name fields kept apart
 * by a format (licence LN/FN lines, AAMVA elements, SAP columns, LDIF sn/givenName) are separate
 * spans; one component field (an MRZ name, a "LAST, FIRST MI" cell) is one span. A lone given or
 * family name counts only when the same person is named in full elsewhere in the text. Values are
 * fake: Luhn-valid made-up cards, IBANs with valid mod-97 (and national) check digits, SSNs in
 * valid areas, MRZ and VIN check digits computed, made-up names and keys.
 */
const k = joinParts;
const googleRefreshToken = k(
  '1//0g',
  'Kx7Qm2LrT4zW9pNcCgYIARAAGBASNwF',
  '-L9IrBq3vYd8FgH6sAe0uXo7RtT2vLm9WcK4bN8pZ1yHd3JfG6sAe0uVi5oBnT3Qm2xW7pLr4Tz',
);
const mapboxSecret = k(
  'sk.',
  'eyJ1Ijoia2VzdHJlbC1tYXBzIiwiYSI6ImNsdDQ0NzEyMDkzMzE4In0',
  '.',
  'Xq7RtT2vLm9WcK4bN8pZ1y',
);

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- OCR of scanned documents
  {
    name: 'OCR of a California driver licence front with O/0 and l/1 confusions in the ids and a stray pipe',
    text: `dl_front.jpg — recognised text (Adobe Scan, English, page 1 of 2)
CALIFORNIA                                   USA |
DRIVER LICENSE
DL Yl2O4471                CLASS C
EXP O3/14/2029             END NONE
LN GARCIA-MOLINA
FN ROSA ELENA
2291 FOLSOM ST APT 4
SAN FRANCISCO, CA 941lO
DOB 03/14/1988             RSTR CORR LENS
| SEX F   HGT 5'-04"   WGT 128 lb
HAIR BRN   EYES BRN
DD 02/27/2024 60221/AAFD/29        ISS 02/27/2024
VETERAN   DONOR`,
    // LN and FN are separate fields; the licence number, document discriminator and dates of expiry
    // and issue are not ours.
    expected: [
      ['PERSON', 'GARCIA-MOLINA'],
      ['PERSON', 'ROSA ELENA'],
      ['DATE_OF_BIRTH', '03/14/1988'],
    ],
  },
  {
    name: 'PDF417 barcode on the back of the same licence decoded by a scanner app (AAMVA elements glued to their ids)',
    text: `Barcode Scanner (PDF417) — raw result, copied 12/03/2024 09:14
@

ANSI 636014090002DL00410288ZC03290024DLDAQY1204471
DCSGARCIA-MOLINA
DDEN
DACROSA
DDFN
DADELENA
DDGN
DCAC
DCBNONE
DCDNONE
DBD02272024
DBB03141988
DBA03142029
DBC2
DAU064 IN
DAYBRO
DAG2291 FOLSOM ST APT 4
DAISAN FRANCISCO
DAJCA
DAK941100000
DCF02/27/202460221/AAFD/29
DCGUSA
DAW128
DAZBRO
DCK24058Y12044710401
DDAF
DDB08292017
ZCZCAVETERAN`,
    // DCS family, DAC first and DAD middle name are separate elements; DBB is the birth date (MMDDCCYY).
    // DAQ (licence number), DBD (issue), DBA (expiry), DCF and DCK (document ids) are not ours.
    expected: [
      ['PERSON', 'GARCIA-MOLINA'],
      ['PERSON', 'ROSA'],
      ['PERSON', 'ELENA'],
      ['DATE_OF_BIRTH', '03141988'],
    ],
  },
  {
    name: 'US passport data page read by an MRZ OCR tool: trilingual labels, the visual zone and both MRZ lines',
    text: `PASSPORT          PASSEPORT          PASAPORTE
UNITED STATES OF AMERICA
Type / Type / Tipo    Code / Code / Código    Passport No. / No. du Passeport / No. de Pasaporte
P                     USA                     533471982
Surname / Nom / Apellidos
WHITMORE
Given Names / Prénoms / Nombres
ELEANOR GRACE
Nationality / Nationalité / Nacionalidad
UNITED STATES OF AMERICA
Date of birth / Date de naissance / Fecha de nacimiento
14 Mar 1988
Place of birth / Lieu de naissance / Lugar de nacimiento
OHIO, U.S.A.
Sex / Sexe / Sexo    Date of issue / Date de délivrance / Fecha de expedición
F                    12 Feb 2020
Authority / Autorité / Autoridad    Date of expiration / Date d'expiration / Fecha de caducidad
United States        11 Feb 2030
Department of State
Endorsements / Mentions Spéciales / Anotaciones
SEE PAGE 27

P<USAWHITMORE<<ELEANOR<GRACE<<<<<<<<<<<<<<<<
5334719826USA8803148F3002119<<<<<<<<<<<<<<06

MRZ check: document number OK | date of birth OK | expiry OK | composite OK`,
    // The MRZ name field is one span; the MRZ birth date is the six digits before its check digit.
    // The passport number, check digits, issue and expiry dates and the place of birth are not ours.
    expected: [
      ['PERSON', 'WHITMORE'],
      ['PERSON', 'ELEANOR GRACE'],
      ['DATE_OF_BIRTH', '14 Mar 1988'],
      ['PERSON', 'WHITMORE<<ELEANOR<GRACE'],
      ['DATE_OF_BIRTH', '880314'],
    ],
  },
  {
    name: 'OCR of a UK energy bill with an initial and surname, a name hyphenated across a line and O for 0 in a birth date',
    gap: 'an undotted initial before a surname ("Mrs B Llewellyn-Price"), the given name in a greeting ("Hi Bronwen") and a name hyphenated across lines ("Bronwen Llewellyn-" / "Price") are missed',
    text: `KESTREL ENERGY                                          Your energy bill
PO Box 4471, Leicester LE1 9ZZ                          Bill date      04 March 2024
                                                        Account no     8504 4712 2O93
Mrs B Llewellyn-Price                                   Bill no        KE-118204471
Flat 3, 27 Brunswick Place
Cardiff  CF24 0JA                                       | Supply address: as opposite

Hi Bronwen, here's your bill for 05 Feb 2024 – 03 Mar 2024.
Total to pay  £142.18  — we'll collect this by Direct Debit on or after 18 March 2024 from
account ending ****4471 (sort code **-**-88).
Electricity  MPAN 13 1200 0418 8271 1   Meter S/N 19P4471209
  Previous reading 18 447 (E)   Present reading 18 729 (A)   282 kWh @ 24.50p = £69.09
Gas          MPRN 7729184410
  Previous reading O4 812 (A)   Present reading O4 917 (C)   1,186 kWh @ 6.04p = £71.63
Standing charges                                                               £1.46
Questions? Call us free on 0800 048 7720 (Mon–Fri 8am–8pm) or e-mail help@kestrelenergy.co.uk
Priority Services Register: we have you down as the account holder, Bronwen Llewellyn-
Price, date of birth O9/11/1951. Tell us if anything has changed.`,
    // Account, bill, MPAN, MPRN and meter numbers, readings and masked bank details are not ours.
    expected: [
      ['PERSON', 'B Llewellyn-Price'],
      ['PERSON', 'Bronwen'],
      ['PHONE', '0800 048 7720'],
      ['EMAIL', 'help@kestrelenergy.co.uk'],
      ['PERSON', 'Bronwen Llewellyn-\nPrice'],
      ['DATE_OF_BIRTH', 'O9/11/1951'],
    ],
  },
  {
    name: 'OCR of a German bank letter confirming a new current account, with a doubled space inside the IBAN',
    text: `Sparkasse KölnBonn · Hahnenstraße 57 · 50667 Köln
Frau
Dr. Henrike Ochs
Lindenthalgürtel 41
50935 Köln                                          Ihr Ansprechpartner: Timo Wallrafen
                                                    Telefon: 0221 226-4471
                                                    E-Mail: timo.wallrafen@sparkasse-kbn.de
                                                    Datum: O8.03.2024
Ihr neues Girokonto – Bestätigung des Kontowechsels

Sehr geehrte Frau Dr. Ochs,

wir freuen uns, Sie als Kundin begrüßen zu dürfen. lhr Girokonto wurde am 07.03.2024 eröffnet:
Kontoinhaberin:   Henrike Ochs, geb. 02.07.1979
IBAN:             DE07  3705 0198 0019 2844 71
BIC:              COLSDE33XXX
Im Rahmen des Kontowechselservice informieren wir lhren Arbeitgeber, die
Universitätsklinik Köln, sowie die bisherigen Zahlungsempfänger über die neue Bank-
verbindung. Ihren Anmeldenamen für das Online-Banking (OCHS4471) und die PIN erhalten Sie mit getrennter Post.

Mit freundlichen GrüBen
Sparkasse KölnBonn

i. A. Wallrafen`,
    // The login name is an account id; the opening date and the letter date are not birth dates.
    expected: [
      ['PERSON', 'Henrike Ochs'],
      ['PERSON', 'Timo Wallrafen'],
      ['PHONE', '0221 226-4471'],
      ['EMAIL', 'timo.wallrafen@sparkasse-kbn.de'],
      ['PERSON', 'Ochs'],
      ['PERSON', 'Henrike Ochs'],
      ['DATE_OF_BIRTH', '02.07.1979'],
      ['IBAN', 'DE07  3705 0198 0019 2844 71'],
      ['PERSON', 'Wallrafen'],
    ],
  },
  {
    name: 'OCR of a US new-patient registration form with checkboxes, damaged labels and a phone wrapped across lines',
    text: `KESTREL FAMILY MEDICINE — NEW PATIENT REGISTRATION            (scanned 03/11/2024, OCR)
Patient Name (Last, First, MI): | Thibodeaux, Marcel J                       |
Date of Birth: 11/02/1969    Age: 54    Sex: [X] M  [ ] F    Marital Status: [ ] S [X] M [ ] D [ ] W
Sociai Securlty #: 367-48-2915          Preferred language: English
Home Phone: (504) 827-3316              Cell Phone: (504) 914-2270
E-mail: mthibodeaux69@cox.net
Address: 4418 Magazine St   City: New Orleans   State: LA   Zip: 70115
Employer: Entergy Louisiana    Occupation: Lineman
Primary lnsurance: Blue Cross Blue Shield of LA   Member ID: XUB882041937   Group #: 0041127
Policy Holder (if not self): ______________________   Relationship to patient: [X] Self
Emergency Contact: Yvette Thibodeaux     Relationship: wife     Phone: (504) 914-
2271
Referring Physician: Dr. A. Nakashima         Pharmacy: Walgreens, St Charles Ave
I authorize the release of any medical information necessary to process my insurance claims.
Patient / Guardian Signature: M. Thibodeaux                    Date: 03/11/2024`,
    // Member and group numbers are not ours; Walgreens and St Charles Ave are a company and a street.
    expected: [
      ['PERSON', 'Thibodeaux, Marcel J'],
      ['DATE_OF_BIRTH', '11/02/1969'],
      ['US_SSN', '367-48-2915'],
      ['PHONE', '(504) 827-3316'],
      ['PHONE', '(504) 914-2270'],
      ['EMAIL', 'mthibodeaux69@cox.net'],
      ['PERSON', 'Yvette Thibodeaux'],
      ['PHONE', '(504) 914-\n2271'],
      ['PERSON', 'A. Nakashima'],
      ['PERSON', 'M. Thibodeaux'],
    ],
  },
  {
    name: 'OCR of a filled-in Form W-9 with the SSN read from its boxes and a business named after the owner',
    text: `Form W-9 (Rev. March 2024)   Request for Taxpayer Identification Number and Certification
1 Name of entity/individual. An entry is required. (For a sole proprietor or disregarded entity, enter the owner's name on line 1, and enter the business/disregarded entity's name on line 2.)
Chinedu Okafor
2 Business name/disregarded entity name, if different from above.
Okafor Design Studio
3a Check the appropriate box for federal tax classification of the entity/individual whose name is entered on line 1.
[X] Individual/sole proprietor   [ ] C corporation   [ ] S corporation   [ ] Partnership   [ ] Trust/estate
5 Address (number, street, and apt. or suite no.). See instructions.        Requester's name and address (optional)
1907 Hennepin Ave, Apt 5                                                    Kestrel Analytics Inc., 500 Boylston St,
6 City, state, and ZIP code                                                 Boston, MA 02116
Minneapolis, MN 55403
Part I   Taxpayer Identification Number (TIN)
Social security number
| 5 | 2 | 9 | - | 4 | 1 | - | 8 | 8 | 0 | 6 |
or
Employer identification number
|   |   | - |   |   |   |   |   |   |   |
Part II   Certification
Sign Here   Signature of U.S. person ▶ Chinedu Okafor              Date ▶ 03/04/2024`,
    // The SSN's span runs from its first boxed digit to its last; the trade name is a business.
    expected: [
      ['PERSON', 'Chinedu Okafor'],
      ['US_SSN', '5 | 2 | 9 | - | 4 | 1 | - | 8 | 8 | 0 | 6'],
      ['PERSON', 'Chinedu Okafor'],
    ],
  },
  {
    name: 'Indian PAN card read by Google Lens with Hindi labels, followed by a branch KYC note in Indian English',
    text: `pan_front.jpg — text from image
आयकर विभाग                    भारत सरकार
INCOME TAX DEPARTMENT         GOVT. OF INDIA
स्थायी लेखा संख्या कार्ड
Permanent Account Number Card
BQZPS4471K
नाम / Name
RAJESH KUMAR SHARMA
पिता का नाम / Father's Name
MOHAN LAL SHARMA
जन्म की तारीख / Date of Birth
14/08/1985
हस्ताक्षर / Signature

KYC note (Andheri East branch, 12-Mar-2024): PAN verified on NSDL. Rajesh ji's mobile +91 98201 44718, office landline 022-2649 3318, email rajeshsharma.85@rediffmail.com. Aadhaar seen, XXXX XXXX 4471 (masked copy retained). CKYC no. 60044712093318.`,
    // The PAN, the masked Aadhaar and the CKYC number are ids, none of our types.
    expected: [
      ['PERSON', 'RAJESH KUMAR SHARMA'],
      ['PERSON', 'MOHAN LAL SHARMA'],
      ['DATE_OF_BIRTH', '14/08/1985'],
      ['PERSON', 'Rajesh'],
      ['PHONE', '+91 98201 44718'],
      ['PHONE', '022-2649 3318'],
      ['EMAIL', 'rajeshsharma.85@rediffmail.com'],
    ],
  },
  {
    name: 'Japanese driving licence (運転免許証) OCR in fullwidth digits with a Shōwa-era birth date and a verification memo',
    text: `運転免許証 OCR結果（スキャナアプリ）
氏名　山本　健太　　　　　　　昭和６３年　７月２２日生
住所　大阪府大阪市北区梅田３丁目１番３号　グランドメゾン梅田１２０４
交付　令和０５年０８月１０日　６２１０４
２０２８年（令和１０年）０８月２２日まで有効
免許の条件等　眼鏡等
優良
番号　第　６２１９０４４７１２０３　号
二・小・原　平成２０年０３月１４日
他　　　　　平成２２年０９月０２日
二　種　　　平成２８年１１月２８日
種類　中型　普通　大特　二輪　小特　原付
大阪府公安委員会
―――
確認メモ：山本様ご本人と電話（080-6142-7793）で確認済み。`,
    // The licence number, the issue, expiry and licence-class dates are not ours.
    expected: [
      ['PERSON', '山本　健太'],
      ['DATE_OF_BIRTH', '昭和６３年　７月２２日'],
      ['PERSON', '山本'],
      ['PHONE', '080-6142-7793'],
    ],
  },
  // ---------------------------------------------------------------- speech-to-text
  {
    name: 'contact-centre ASR transcript in lower case: a name spelled out, a card, a birth date, a phone and an address said as words',
    text: `Interaction 7f3c9a2e-41d8-4b6f | Queue: Card Services | Kestrel VoiceInsights ASR v4 (en-US) | avg confidence 0.87
[00:00:03] AGENT: thank you for calling kestrel bank my name is darnell how can i help you today
[00:00:08] CUSTOMER: hi yeah um my card got declined at the gas station this morning and i don't know why
[00:00:14] AGENT: i'm sorry to hear that can i get your full name please
[00:00:17] CUSTOMER: maria kowalczyk k o w a l c z y k
[00:00:24] AGENT: thank you miss kowalczyk and which card are you calling about
[00:00:28] CUSTOMER: it's four four eight five, two seven one six, zero nine three four, eight one one eight
[00:00:41] AGENT: and to verify the last four of your social
[00:00:44] CUSTOMER: seven two zero six
[00:00:47] AGENT: and your date of birth
[00:00:49] CUSTOMER: june third nineteen ninety one
[00:00:55] AGENT: thank you i see a fraud hold from a charge in ohio i've removed it what's the best number to text you if it happens again
[00:01:03] CUSTOMER: four one two, eight two six, three three one nine
[00:01:10] AGENT: perfect and i'll send a confirmation to m dot kowalczyk at comcast dot net is that still good
[00:01:16] CUSTOMER: yes that's right
[00:01:18] AGENT: anything else i can help with today
[00:01:20] CUSTOMER: no thank you darnell`,
    // The agent is never named in full; the last four of the SSN is a partial value.
    expected: [
      ['PERSON', 'maria kowalczyk'],
      ['PERSON', 'k o w a l c z y k'],
      ['PERSON', 'kowalczyk'],
      ['CREDIT_CARD', 'four four eight five, two seven one six, zero nine three four, eight one one eight'],
      ['DATE_OF_BIRTH', 'june third nineteen ninety one'],
      ['PHONE', 'four one two, eight two six, three three one nine'],
      ['EMAIL', 'm dot kowalczyk at comcast dot net'],
    ],
  },
  {
    name: 'Otter.ai transcript export of a housing repairs call with speaker labels, "oh" and "double" in a phone and a spelled surname',
    text: `Kestrel Housing - repairs line
Mon, Mar 11, 2024 2:14PM • 4:38

SUMMARY KEYWORDS
boiler, engineer, thursday, flat, pressure

SPEAKERS
Gareth Pugh, Speaker 2

Gareth Pugh  0:02
Kestrel Housing repairs, Gareth speaking, how can I help?

Speaker 2  0:05
Hiya, it's Niamh O'Sullivan from flat 12, Tudor Court. The boiler's gone again, no hot water since Saturday.

Gareth Pugh  0:13
Oh no, sorry Niamh. Can you just confirm your date of birth for me?

Speaker 2  0:17
Twenty third of April, eighty seven.

Gareth Pugh  0:21
Lovely. And is oh seven seven double four, nine three one, two oh eight still the best number?

Speaker 2  0:28
Yeah that's me. Or email, it's niamh dot osullivan at gmail dot com, O S U L L I V A N, no apostrophe.

Gareth Pugh  0:39
Perfect. I've booked an engineer for Thursday between eight and one, reference R E P four four seven one.

Speaker 2  0:47
Brilliant, thanks Gareth.

Transcribed by https://otter.ai`,
    // Tudor Court is a building; the repair reference is not ours.
    expected: [
      ['PERSON', 'Gareth Pugh'],
      ['PERSON', 'Gareth Pugh'],
      ['PERSON', 'Gareth'],
      ['PERSON', "Niamh O'Sullivan"],
      ['PERSON', 'Gareth Pugh'],
      ['PERSON', 'Niamh'],
      ['DATE_OF_BIRTH', 'Twenty third of April, eighty seven'],
      ['PERSON', 'Gareth Pugh'],
      ['PHONE', 'oh seven seven double four, nine three one, two oh eight'],
      ['EMAIL', 'niamh dot osullivan at gmail dot com'],
      ['PERSON', 'O S U L L I V A N'],
      ['PERSON', 'Gareth Pugh'],
      ['PERSON', 'Gareth'],
    ],
  },
  {
    name: 'Spanish automatic call transcript with a phone said in words, an IBAN, "arroba" and "punto" and a spoken DNI',
    text: `Transcripción automática · Llamada entrante · 12/03/2024 10:41 · Cola: Facturación · es-ES · Duración 04:12
Agente: Buenos días, Kestrel Energía, le atiende Lucía, ¿en qué puedo ayudarle?
Cliente: Hola, buenos días. Mire, llamo porque me han cobrado dos veces la factura de febrero.
Agente: Vaya, lo siento. ¿Me indica el nombre del titular del contrato?
Cliente: Sí, Francisco Javier Ruiz Castaño. Castaño con eñe.
Agente: Gracias, don Francisco. ¿Me confirma el DNI, por favor?
Cliente: Cinco tres cuatro cuatro siete uno tres siete, letra jota.
Agente: Perfecto. ¿Y un teléfono de contacto?
Cliente: Seis cuatro nueve, dos uno ocho, tres tres siete.
Agente: Muy bien. La devolución se la hacemos a la cuenta domiciliada, ¿o prefiere otra?
Cliente: A otra, apunte: ES72 2100 0813 6602 0144 7192.
Agente: Anotado. Le enviamos el justificante por correo electrónico, ¿a qué dirección?
Cliente: fjruiz arroba movistar punto es.
Agente: Perfecto, don Francisco. En cinco a siete días hábiles lo tendrá. ¿Algo más?
Cliente: Nada más, gracias, Lucía.`,
    // The agent is never named in full; the DNI is a national id (none of our types).
    expected: [
      ['PERSON', 'Francisco Javier Ruiz Castaño'],
      ['PERSON', 'Castaño'],
      ['PERSON', 'Francisco'],
      ['PHONE', 'Seis cuatro nueve, dos uno ocho, tres tres siete'],
      ['IBAN', 'ES72 2100 0813 6602 0144 7192'],
      ['EMAIL', 'fjruiz arroba movistar punto es'],
      ['PERSON', 'Francisco'],
    ],
  },
  {
    name: 'Amazon Connect Contact Lens transcript JSON where redaction caught the phone but not the birth date',
    text: `{
  "Version": "1.1.0",
  "AccountId": "448812047193",
  "Channel": "VOICE",
  "ContentMetadata": { "Output": "Raw", "RedactionTypes": ["PII"] },
  "CustomerMetadata": {
    "InstanceId": "b84d6f3a-61c2-4a2e-9e17-7c1e9f4a2b8d",
    "ContactId": "0b3d5f7a-9c1e-4a2b-8d6f-1e3c5a7b9d2f",
    "InputS3Uri": "s3://kestrel-connect-recordings/2024/03/12/0b3d5f7a_20240312T1014_UTC.wav"
  },
  "JobStatus": "COMPLETED",
  "LanguageCode": "en-US",
  "Participants": [
    { "ParticipantId": "AGENT", "ParticipantRole": "AGENT" },
    { "ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER" }
  ],
  "Transcript": [
    { "BeginOffsetMillis": 1420, "EndOffsetMillis": 4380, "Id": "7f3c9a2e-0001", "ParticipantId": "AGENT", "Sentiment": "NEUTRAL", "Content": "Thanks for calling Kestrel Telecom, this is Priya, who am I speaking with?" },
    { "BeginOffsetMillis": 4900, "EndOffsetMillis": 8210, "Id": "7f3c9a2e-0002", "ParticipantId": "CUSTOMER", "Sentiment": "NEGATIVE", "Content": "Hi, it's Terrence Oduya, I've been double billed again." },
    { "BeginOffsetMillis": 8900, "EndOffsetMillis": 11020, "Id": "7f3c9a2e-0003", "ParticipantId": "AGENT", "Sentiment": "NEUTRAL", "Content": "Sorry about that, Terrence. Can you confirm the number on the account?" },
    { "BeginOffsetMillis": 11500, "EndOffsetMillis": 14800, "Id": "7f3c9a2e-0004", "ParticipantId": "CUSTOMER", "Sentiment": "NEUTRAL", "Content": "It's [PII].", "Redaction": { "RedactedTimestamps": [{ "BeginOffsetMillis": 12010, "EndOffsetMillis": 14600 }] } },
    { "BeginOffsetMillis": 15200, "EndOffsetMillis": 16400, "Id": "7f3c9a2e-0005", "ParticipantId": "AGENT", "Sentiment": "NEUTRAL", "Content": "And your date of birth?" },
    { "BeginOffsetMillis": 16900, "EndOffsetMillis": 18700, "Id": "7f3c9a2e-0006", "ParticipantId": "CUSTOMER", "Sentiment": "NEUTRAL", "Content": "February 9th, 1977." },
    { "BeginOffsetMillis": 19300, "EndOffsetMillis": 25100, "Id": "7f3c9a2e-0007", "ParticipantId": "AGENT", "Sentiment": "POSITIVE", "Content": "Thanks. I've credited the duplicate charge and I'll email the summary to terrence.oduya@yahoo.com, is that right?" },
    { "BeginOffsetMillis": 25600, "EndOffsetMillis": 31800, "Id": "7f3c9a2e-0008", "ParticipantId": "CUSTOMER", "Sentiment": "NEUTRAL", "Content": "Yes. And my wife Celeste might call about it too, her cell is 312 864 2290." }
  ]
}`,
    // The account id, instance and contact ids and offsets are not ours; Priya and Celeste are never named in full.
    expected: [
      ['PERSON', 'Terrence Oduya'],
      ['PERSON', 'Terrence'],
      ['DATE_OF_BIRTH', 'February 9th, 1977'],
      ['EMAIL', 'terrence.oduya@yahoo.com'],
      ['PHONE', '312 864 2290'],
    ],
  },
  {
    name: 'Korean call-centre STT record (상담 녹취) with a name spelled by syllable and a birth date and mobile said in Sino-Korean digits',
    text: `[상담 녹취 STT 결과] 2024-03-12 10:14:22 / 통화시간 03:41 / 인식률 91.2%
상담원: 네, 케스트렐카드 고객센터 상담원 김민지입니다. 무엇을 도와드릴까요?
고객: 아 네, 카드를 잃어버려서 분실 신고 좀 하려고요.
상담원: 네, 본인 확인을 위해 성함 말씀 부탁드립니다.
고객: 박지훈이요. 박 지 훈.
상담원: 박지훈 고객님, 생년월일 여섯 자리 말씀해 주시겠어요?
고객: 팔칠공삼일오요.
상담원: 네, 연락 가능한 휴대폰 번호도 확인 부탁드립니다.
고객: 공일공 육이팔삼 칠칠일사요.
상담원: 확인되었습니다. 분실 카드는 즉시 정지 처리했고요, 재발급 카드는 등록된 주소로 3~5일 내 배송됩니다. 추가 문의는 1588-4471로 연락 주세요.
고객: 네, 감사합니다.`,
    // The six-digit birth date (YYMMDD) is said digit by digit; 1588-4471 is the card company's line.
    expected: [
      ['PERSON', '김민지'],
      ['PERSON', '박지훈'],
      ['PERSON', '박 지 훈'],
      ['PERSON', '박지훈'],
      ['DATE_OF_BIRTH', '팔칠공삼일오'],
      ['PHONE', '공일공 육이팔삼 칠칠일사'],
      ['PHONE', '1588-4471'],
    ],
  },
  // ---------------------------------------------------------------- mainframe and legacy systems
  {
    name: 'COBOL print report with carriage-control characters, page headers, bare SSN, YYYYMMDD and 10-digit phone columns',
    text: `1RUN DATE: 03/12/24              KESTREL MUTUAL LIFE INSURANCE CO.                  PAGE:     1
 PROGRAM:  PLCYRPT1              POLICYHOLDER / BENEFICIARY LISTING                 RUN TIME: 02:14:07
 REGION:   04 MIDWEST            AS OF 02/29/24
0POLICY NO   INSURED (LAST, FIRST MI)        SSN        DOB       BENEFICIARY               BENEF PHONE
 ----------  ------------------------------  ---------  --------  ------------------------  ----------
 LP00418820  HARGROVE, DELORES M             261748392  19590704  HARGROVE RAYMOND T        3174829036
 LP00418837  NWACHUKWU, EMEKA O              483226017  19720119  NWACHUKWU ADAEZE          6148823047
 LP00418851  VAN DER HOEVEN, PIETER          000000000  19810822  ESTATE OF INSURED
0** TOTAL POLICIES THIS REGION:       3      TOTAL FACE AMOUNT:     $1,250,000.00
 ** RECORDS READ: 0000412   RECORDS SELECTED: 0000003   RECORDS IN ERROR: 0000001 (SSN ZERO)
1RUN DATE: 03/12/24              KESTREL MUTUAL LIFE INSURANCE CO.                  PAGE:     2
 PROGRAM:  PLCYRPT1              *** END OF REPORT ***`,
    // 000000000 is a filler, not an SSN; the estate is not a person; policy numbers and counts are not ours.
    expected: [
      ['PERSON', 'HARGROVE, DELORES M'],
      ['US_SSN', '261748392'],
      ['DATE_OF_BIRTH', '19590704'],
      ['PERSON', 'HARGROVE RAYMOND T'],
      ['PHONE', '3174829036'],
      ['PERSON', 'NWACHUKWU, EMEKA O'],
      ['US_SSN', '483226017'],
      ['DATE_OF_BIRTH', '19720119'],
      ['PERSON', 'NWACHUKWU ADAEZE'],
      ['PHONE', '6148823047'],
      ['PERSON', 'VAN DER HOEVEN, PIETER'],
      ['DATE_OF_BIRTH', '19810822'],
    ],
  },
  {
    name: 'AS/400 5250 customer inquiry screen with dot leaders, a user-id column and notes in Quebec French',
    text: `                                Customer Inquiry                          KST400A
                                                                 03/12/24  14:07:22
 Customer number . . . . . . :   0044712           Status . . . :   A   Active
 Name  . . . . . . . . . . . :   FONTAINE-LEBLANC, MARIE-CLAUDE
 Address . . . . . . . . . . :   1180 RUE SHERBROOKE O APP 1204
 City / Prov / Postal  . . . :   MONTREAL         QC   H3A 2R5
 Telephone (home)  . . . . . :   514 842 7731
 Telephone (work)  . . . . . :   514 398 2207      Ext . . . . :   4471
 Date of birth . . . . . . . :   1966-05-19
 Sales rep . . . . . . . . . :   JTREMBLAY         Jacques Tremblay
 Credit limit  . . . . . . . :        15,000.00    Balance . . :        3,418.27
 Last payment  . . . . . . . :   2024-02-28        Amount  . . :          750.00

 Type options, press Enter.
   5=Display   7=Notes   9=Orders

 Opt  Date        User        Note
  _   2024-03-01  JTREMBLAY   CLIENTE DEMANDE FACTURES PAR COURRIEL: mc.fontaine@videotron.ca
  _   2024-02-14  SDUBOIS     APPEL DE SON CONJOINT ROGER LEBLANC, RAPPELER AU 514 842 7731
                                                                                 Bottom
 F3=Exit   F5=Refresh   F12=Cancel   F21=Command line`,
    // User ids (JTREMBLAY, SDUBOIS) are logins; the extension and the last payment date are not ours.
    expected: [
      ['PERSON', 'FONTAINE-LEBLANC, MARIE-CLAUDE'],
      ['PHONE', '514 842 7731'],
      ['PHONE', '514 398 2207'],
      ['DATE_OF_BIRTH', '1966-05-19'],
      ['PERSON', 'Jacques Tremblay'],
      ['EMAIL', 'mc.fontaine@videotron.ca'],
      ['PERSON', 'ROGER LEBLANC'],
      ['PHONE', '514 842 7731'],
    ],
  },
  {
    name: 'SAP SE16 data browser output of HR infotypes PA0002 (personal data) and PA0009 (bank details)',
    text: `Data Browser: Table PA0002 Select Entries          3

Table:             PA0002
Displayed Fields:   8 of  52  Fixed Columns:        2  List Width 0250

------------------------------------------------------------------------------------------------
|  |Pers.No. |Start Date|End Date  |Last name         |First name  |Birth date|Birthplace |
------------------------------------------------------------------------------------------------
|  |00004471 |01.04.2019|31.12.9999|Kühnel            |Annegret    |17.09.1974|Chemnitz   |
|  |00004502 |15.08.2021|31.12.9999|Yıldız-Brenner    |Cem         |03.02.1990|Stuttgart  |
|  |00004519 |01.01.2024|31.12.9999|Okonkwo           |Chiamaka    |29.11.1995|Enugu      |
------------------------------------------------------------------------------------------------

Data Browser: Table PA0009 Select Entries          3

Table:             PA0009
Displayed Fields:   6 of  61  Fixed Columns:        2  List Width 0250

-----------------------------------------------------------------------------------------------
|  |Pers.No. |Subtype|Payee                  |Bank Key  |Bank account|IBAN                      |
-----------------------------------------------------------------------------------------------
|  |00004471 |0      |Annegret Kühnel        |20040000  |0615223100  |DE19200400000615223100    |
|  |00004502 |0      |Cem Yıldız-Brenner     |60050101  |7495530102  |DE02600501017495530102    |
|  |00004519 |0      |Chiamaka Okonkwo       |10010010  |0447120938  |DE08100100100447120938    |
-----------------------------------------------------------------------------------------------`,
    // Personnel numbers, validity dates, bank keys and national account numbers are not ours.
    expected: [
      ['PERSON', 'Kühnel'],
      ['PERSON', 'Annegret'],
      ['DATE_OF_BIRTH', '17.09.1974'],
      ['PERSON', 'Yıldız-Brenner'],
      ['PERSON', 'Cem'],
      ['DATE_OF_BIRTH', '03.02.1990'],
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Chiamaka'],
      ['DATE_OF_BIRTH', '29.11.1995'],
      ['PERSON', 'Annegret Kühnel'],
      ['IBAN', 'DE19200400000615223100'],
      ['PERSON', 'Cem Yıldız-Brenner'],
      ['IBAN', 'DE02600501017495530102'],
      ['PERSON', 'Chiamaka Okonkwo'],
      ['IBAN', 'DE08100100100447120938'],
    ],
  },
  // ---------------------------------------------------------------- structured formats
  {
    name: 'SOAP response of a Norwegian pension service with given/family elements, a national id and a compact IBAN',
    text: `HTTP/1.1 200 OK
Content-Type: text/xml; charset=utf-8
X-Request-Id: 7c1e9f4a-2b8d-4e6f-a05c-9b2d4e8f1a37

<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns2="urn:kestrel:pensions:v3">
  <soap:Body>
    <ns2:GetMemberResponse>
      <ns2:Member id="M-0048213" status="ACTIVE">
        <ns2:Name>
          <ns2:Given>Ingeborg</ns2:Given>
          <ns2:Family>Aasland</ns2:Family>
        </ns2:Name>
        <ns2:BirthDate>1958-12-02</ns2:BirthDate>
        <ns2:NationalId scheme="NO-FNR">02125844712</ns2:NationalId>
        <ns2:Contact type="mobile">+47 412 88 307</ns2:Contact>
        <ns2:Contact type="email">ingeborg.aasland@online.no</ns2:Contact>
        <ns2:PayoutAccount>
          <ns2:Iban>NO3015032044007</ns2:Iban>
          <ns2:Bic>DNBANOKKXXX</ns2:Bic>
        </ns2:PayoutAccount>
        <ns2:Beneficiary relation="SON" share="100">
          <ns2:Given>Sverre</ns2:Given>
          <ns2:Family>Aasland</ns2:Family>
        </ns2:Beneficiary>
        <ns2:Adviser>Marte Kvalheim</ns2:Adviser>
      </ns2:Member>
      <ns2:Audit>
        <ns2:Operator>svc-pension-api</ns2:Operator>
        <ns2:Timestamp>2024-03-12T10:14:22.118+01:00</ns2:Timestamp>
      </ns2:Audit>
    </ns2:GetMemberResponse>
  </soap:Body>
</soap:Envelope>`,
    // The fødselsnummer is a national id (none of our types); the member id and request id are not ours.
    expected: [
      ['PERSON', 'Ingeborg'],
      ['PERSON', 'Aasland'],
      ['DATE_OF_BIRTH', '1958-12-02'],
      ['PHONE', '+47 412 88 307'],
      ['EMAIL', 'ingeborg.aasland@online.no'],
      ['IBAN', 'NO3015032044007'],
      ['PERSON', 'Sverre'],
      ['PERSON', 'Aasland'],
      ['PERSON', 'Marte Kvalheim'],
    ],
  },
  {
    name: 'Python print() of a protobuf message in text format: octal-escaped UTF-8 in a name, nested phones and a refresh token',
    text: `>>> profile = stub.GetProfile(GetProfileRequest(profile_id="prf_7Qm2xLr4TzKw"), metadata=auth)
>>> print(profile)
profile_id: "prf_7Qm2xLr4TzKw"
display_name: "Aur\\303\\251lien Marchetti"
primary_email: "a.marchetti@orange.fr"
phone_numbers {
  e164: "+33612448730"
  kind: MOBILE
  verified: true
}
phone_numbers {
  e164: "+33147208816"
  kind: HOME
}
date_of_birth: "1983-10-06"
linked_accounts {
  provider: GOOGLE
  subject: "108447120938816022220"
  refresh_token: "${googleRefreshToken}"
}
api_credentials {
  key_id: "kid_0448"
  secret: "<redacted>"
}
created_at {
  seconds: 1709812345
  nanos: 118000000
}
labels {
  key: "plan"
  value: "pro"
}`,
    // The name's span is its escaped form; the Google subject is an opaque id and "<redacted>" a placeholder.
    expected: [
      ['PERSON', 'Aur\\303\\251lien Marchetti'],
      ['EMAIL', 'a.marchetti@orange.fr'],
      ['PHONE', '+33612448730'],
      ['PHONE', '+33147208816'],
      ['DATE_OF_BIRTH', '1983-10-06'],
      ['SECRET', googleRefreshToken],
    ],
  },
  {
    name: 'TOML service config with a database URL password, a Mapbox secret token, an env reference and an array of admin tables',
    text: `# /etc/kestrel-notify/config.toml (deployed by ansible, do not edit by hand)
[server]
bind = "0.0.0.0:8443"
public_address = "52.214.88.17"
workers = 4

[database]
url = "postgres://notify:Vq8vLm2xTr4w@10.44.2.18:5432/notify?sslmode=require"
pool_size = 20

[maps]
mapbox_token = "${mapboxSecret}"

[smtp]
host = "smtp.eu.mailgun.org"
port = 587
username = "postmaster@mg.kestrel-notify.eu"
password = "\${SMTP_PASSWORD}"

[[admins]]
name = "Sigrid Halvorsen"
email = "sigrid.halvorsen@kestrel.no"
phone = "+47 928 41 773"

[[admins]]
name = "Ops rota"
email = "ops-rota@kestrel.no"

[features]
release = "2024.3.1"
beta_cohort_networks = ["10.44.0.0/16"]`,
    // 0.0.0.0 is no host; the SMTP password comes from the environment; the release is a version.
    expected: [
      ['IP_ADDRESS', '52.214.88.17'],
      ['SECRET', 'Vq8vLm2xTr4w'],
      ['IP_ADDRESS', '10.44.2.18'],
      ['SECRET', mapboxSecret],
      ['EMAIL', 'postmaster@mg.kestrel-notify.eu'],
      ['PERSON', 'Sigrid Halvorsen'],
      ['EMAIL', 'sigrid.halvorsen@kestrel.no'],
      ['PHONE', '+47 928 41 773'],
      ['EMAIL', 'ops-rota@kestrel.no'],
    ],
  },
  {
    name: 'legacy point-of-sale INI file with a licensee, a licence key, SQL and SMTP passwords and till addresses',
    text: `; KPOS.INI - Kestrel POS 7.2  (c) 2009 Kestrel Retail Systems
; copied from the back-office PC at the shop, see ticket RS-2291
[Licence]
LicensedTo=Dimitrios Papadakis t/a Papadakis Deli
LicenceKey=KP7-4471-Q2XM-88RT-T4ZW
Seats=3
[Database]
Server=192.168.10.5\\SQLEXPRESS
Database=KPOS
UID=sa
PWD=Deli2019!kpos
[Mail]
SMTPServer=mail.papadakisdeli.gr
SMTPPort=587
SMTPUser=orders@papadakisdeli.gr
SMTPPass=Fet@2291xq
[Terminals]
Till1=192.168.10.21
Till2=192.168.10.22
Printer=192.168.10.30:9100
[Receipt]
Header1=PAPADAKIS DELI
Header2=Tsimiski 44, Thessaloniki
Footer=Thank you! Orders: 2310 264 471`,
    // The trading name and the receipt header are the business; sa is a login.
    expected: [
      ['PERSON', 'Dimitrios Papadakis'],
      ['SECRET', 'KP7-4471-Q2XM-88RT-T4ZW'],
      ['IP_ADDRESS', '192.168.10.5'],
      ['SECRET', 'Deli2019!kpos'],
      ['EMAIL', 'orders@papadakisdeli.gr'],
      ['SECRET', 'Fet@2291xq'],
      ['IP_ADDRESS', '192.168.10.21'],
      ['IP_ADDRESS', '192.168.10.22'],
      ['IP_ADDRESS', '192.168.10.30'],
      ['PHONE', '2310 264 471'],
    ],
  },
  {
    name: 'Nomad job file in HCL with an owner meta block, a registry password, a Vault template and env addresses',
    text: `# jobs/invoice-worker.nomad.hcl
job "invoice-worker" {
  datacenters = ["prg1"]
  type        = "service"

  meta {
    owner       = "Kateřina Dvořáková"
    owner_email = "katerina.dvorakova@kestrel.cz"
    pager       = "+420 604 218 337"
    version     = "1.14.2"
  }

  group "workers" {
    count = 2

    network {
      port "http" { to = 8080 }
    }

    task "worker" {
      driver = "docker"

      config {
        image = "registry.kestrel.cz/billing/invoice-worker:1.14.2"
        auth {
          username = "nomad-pull"
          password = "Zr7mQx2Lv9Tk"
        }
      }

      template {
        destination = "secrets/db.env"
        env         = true
        data        = <<EOT
DB_PASSWORD={{ with secret "kv/data/billing/db" }}{{ .Data.data.password }}{{ end }}
EOT
      }

      env {
        DB_HOST      = "10.12.4.31"
        SMTP_RELAY   = "10.12.4.40"
        ALLOWED_CIDR = "10.12.0.0/16"
        REPORT_CC    = "fakturace@kestrel.cz"
      }

      resources {
        cpu    = 500
        memory = 256
      }
    }
  }
}`,
    // The database password is read from Vault at run time; the network in CIDR form is a range.
    expected: [
      ['PERSON', 'Kateřina Dvořáková'],
      ['EMAIL', 'katerina.dvorakova@kestrel.cz'],
      ['PHONE', '+420 604 218 337'],
      ['SECRET', 'Zr7mQx2Lv9Tk'],
      ['IP_ADDRESS', '10.12.4.31'],
      ['IP_ADDRESS', '10.12.4.40'],
      ['EMAIL', 'fakturace@kestrel.cz'],
    ],
  },
  {
    name: 'ldapsearch with a bind password on the command line and LDIF output with base64 (::) name attributes',
    text: `$ ldapsearch -x -H ldaps://ldap.kestrel.se -D "cn=readonly,dc=kestrel,dc=se" -w 'R0nly!Ldap2291' -b "ou=people,dc=kestrel,dc=se" "(departmentNumber=4471)"
# extended LDIF
#
# LDAPv3
# base <ou=people,dc=kestrel,dc=se> with scope subtree
# filter: (departmentNumber=4471)
# requesting: ALL
#

# lindqvist.b, people, kestrel.se
dn: uid=lindqvist.b,ou=people,dc=kestrel,dc=se
objectClass: inetOrgPerson
uid: lindqvist.b
cn:: QmrDtnJuIExpbmRxdmlzdA==
sn: Lindqvist
givenName:: QmrDtnJu
mail: bjorn.lindqvist@kestrel.se
telephoneNumber: +46 8 446 712 09
mobile: +46 70 218 44 93
departmentNumber: 4471
manager: uid=ahmadi.s,ou=people,dc=kestrel,dc=se
userPassword:: e1NTSEF9QnVTY05SZG5rN3QvNFNZOWFkaW9SWlo0V1dXUFBDcWU=

# ahmadi.s, people, kestrel.se
dn: uid=ahmadi.s,ou=people,dc=kestrel,dc=se
objectClass: inetOrgPerson
uid: ahmadi.s
cn: Shirin Ahmadi
sn: Ahmadi
givenName: Shirin
mail: shirin.ahmadi@kestrel.se
telephoneNumber: +46 8 446 712 00
departmentNumber: 4471
title: Head of Data Platform

# search result
search: 2
result: 0 Success

# numResponses: 3
# numEntries: 2`,
    // LDIF base64-encodes non-ASCII values: the span is the whole blob. uids are logins; the
    // userPassword value is a salted SHA-1 hash ({SSHA}), not the password.
    expected: [
      ['SECRET', 'R0nly!Ldap2291'],
      ['PERSON', 'QmrDtnJuIExpbmRxdmlzdA=='],
      ['PERSON', 'Lindqvist'],
      ['PERSON', 'QmrDtnJu'],
      ['EMAIL', 'bjorn.lindqvist@kestrel.se'],
      ['PHONE', '+46 8 446 712 09'],
      ['PHONE', '+46 70 218 44 93'],
      ['PERSON', 'Shirin Ahmadi'],
      ['PERSON', 'Ahmadi'],
      ['PERSON', 'Shirin'],
      ['EMAIL', 'shirin.ahmadi@kestrel.se'],
      ['PHONE', '+46 8 446 712 00'],
    ],
  },
  {
    name: 'RFC 5424 syslog lines with structured-data elements holding a customer, a card holder and client addresses',
    text: `<134>1 2024-03-12T10:15:32.118204+01:00 web-03.kestrel.internal checkout 28814 ORDER [meta sequenceId="4471" sysUpTime="918204"][origin ip="10.30.1.14" software="checkout" swVersion="3.8.2"][customer@32473 id="C-004471" name="Mathilde Rousseau" email="mathilde.rousseau@sfr.fr" clientIp="86.247.18.203"] order KST-88120 placed, total 129.00 EUR
<131>1 2024-03-12T10:15:33.004411+01:00 web-03.kestrel.internal checkout 28814 PAYMENT [meta sequenceId="4472"][payment@32473 psp="adyen" pspReference="8816102381224471" last4="4471" holder="M ROUSSEAU" phone="+33 6 48 21 90 37"] authorisation refused: 05 Do not honour
<38>1 2024-03-12T10:16:02.551+01:00 bastion-01.kestrel.internal sshd 30211 - - Accepted publickey for deploy from 81.2.69.144 port 52144 ssh2: ED25519 SHA256:Qm2xW7pLr4TzKw8Nb3cYdF6gH1jS5aE0uXo7RtT2vLm
<190>1 2024-03-12T10:16:05Z ntp-01.kestrel.internal chronyd 912 - [timeQuality tzKnown="1" isSynced="1" syncAccuracy="60000"] Selected source 10.30.0.1`,
    // The enterprise number, sequence ids, PSP reference, last4 and the key fingerprint are not ours.
    expected: [
      ['IP_ADDRESS', '10.30.1.14'],
      ['PERSON', 'Mathilde Rousseau'],
      ['EMAIL', 'mathilde.rousseau@sfr.fr'],
      ['IP_ADDRESS', '86.247.18.203'],
      ['PERSON', 'M ROUSSEAU'],
      ['PHONE', '+33 6 48 21 90 37'],
      ['IP_ADDRESS', '81.2.69.144'],
      ['IP_ADDRESS', '10.30.0.1'],
    ],
  },
  {
    name: 'CEF event from an endpoint DLP agent quoting the matched content, and a LEEF login failure',
    text: `Mar 12 10:21:44 dlp-01.kestrel.local CEF:0|Kestrel|DLP Endpoint|6.2.1|DLP-1042|Sensitive data copied to removable media|8|rt=Mar 12 2024 10:21:44 UTC suser=hokafor suid=S-1-5-21-3623811015-3361044348-30300820-4471 cs5Label=UserDisplayName cs5=Harriet Okafor shost=LT-4471.kestrel.local src=10.14.2.87 fname=customers_q1.xlsx fsize=188416 cs1Label=Policy cs1=PCI + US PII cs2Label=MatchedContent cs2=row 218: 4716 0291 8843 5511, SSN 447-18-3092 cs3Label=Device cs3=SanDisk Ultra USB 3.0 SN 4C530001220417115471 act=Blocked
Mar 12 10:22:10 qradar-01 LEEF:2.0|Kestrel|WebGateway|4.1|LOGIN_FAIL|^|devTime=Mar 12 2024 10:22:10 UTC^src=185.220.101.47^srcPort=51422^dst=10.14.0.20^dstPort=443^usrName=h.okafor@kestrel.io^cat=Authentication^sev=5^reason=MFA push denied by user^userAgent=Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0`,
    // suser is a login; the SID, device serial, ports and browser versions are not ours.
    expected: [
      ['PERSON', 'Harriet Okafor'],
      ['IP_ADDRESS', '10.14.2.87'],
      ['CREDIT_CARD', '4716 0291 8843 5511'],
      ['US_SSN', '447-18-3092'],
      ['IP_ADDRESS', '185.220.101.47'],
      ['IP_ADDRESS', '10.14.0.20'],
      ['EMAIL', 'h.okafor@kestrel.io'],
    ],
  },
  // ---------------------------------------------------------------- marketplaces and platforms
  {
    name: 'Amazon Seller Central order report (tab-delimited) with marketplace relay addresses, ASINs, a brand named after a person and a pending row',
    text: `order-id\torder-item-id\tpurchase-date\tbuyer-email\tbuyer-name\tbuyer-phone-number\tsku\tasin\tproduct-name\tquantity-purchased\titem-price\trecipient-name\tship-address-1\tship-city\tship-state\tship-postal-code\tship-phone-number\tdelivery-Instructions
114-4471209-3182265\t32814402671138\t2024-03-11T19:42:10+00:00\t7xq2lm4tzkw8nb3@marketplace.amazon.com\tTerrence Whitlock\t+1 770-318-4406\tKST-MUG-11OZ-BLK\tB0C7QX2M4L\tKestrel Ceramic Mug 11 oz, Black\t2\t25.98\tTerrence Whitlock\t1180 Peachtree St NE Apt 2208\tAtlanta\tGA\t30309\t+1 770-318-4406\tLeave with the concierge
113-8820417-5520318\t55203184471209\t2024-03-11T21:05:44+00:00\tg2b8d3e6f1a37c4@marketplace.amazon.com\tBeatriz Lima Souza\t+1 407-629-1184\tKST-CHAIR-TB-BLU\tB09TQ4K7WZ\tTommy Bahama Backpack Beach Chair, Blue Stripe\t1\t64.99\tRafael Souza\t8841 Lake Nona Blvd\tOrlando\tFL\t32827\t\tGift for my husband Rafael, please no invoice
111-2093318-7745120\t41208837792201\t2024-03-12T02:11:09+00:00\t\t\t\tKST-MUG-11OZ-WHT\tB07ZPKN6YR\tKestrel Ceramic Mug 11 oz, White\t1\t12.99\t\t\t\t\t\t\t`,
    // A marketplace relay address still reaches the buyer's mailbox, so it is an address.
    expected: [
      ['EMAIL', '7xq2lm4tzkw8nb3@marketplace.amazon.com'],
      ['PERSON', 'Terrence Whitlock'],
      ['PHONE', '+1 770-318-4406'],
      ['PERSON', 'Terrence Whitlock'],
      ['PHONE', '+1 770-318-4406'],
      ['EMAIL', 'g2b8d3e6f1a37c4@marketplace.amazon.com'],
      ['PERSON', 'Beatriz Lima Souza'],
      ['PHONE', '+1 407-629-1184'],
      ['PERSON', 'Rafael Souza'],
      ['PERSON', 'Rafael'],
    ],
  },
  {
    name: 'Uber trip receipt e-mail copied as text with a driver known only by given name, a plate and a business profile',
    text: `Uber
Here's your receipt for your ride, Priyanka
We hope you enjoyed your ride this morning.

Total                                             £23.48
Trip fare                                         £19.12
Booking Fee                                        £2.36
Tips                                               £2.00

Payments
Visa ••••4471                     12/03/2024 08:41  £23.48

You rode with Mohammed
4.92 ★ Rating   License Plate: LK19 XRV
UberX   6.42 miles | 24 min
08:14   27 Ferdinand St, London NW1 8EU
08:38   1 Canada Square, London E14 5AB

Business profile: Priyanka Raman · Kestrel Analytics · expense code CLIENT-4471
Fare does not include fees that may be charged by your bank. Please contact your bank directly for inquiries.
This receipt was sent to priyanka.raman@kestrel-analytics.co.uk. Trip ID 7c1e9f4a-2b8d-4e6f-a05c-9b2d4e8f1a37
Uber London Limited, Aldgate Tower, 2 Leman Street, London E1 8FA. VAT Number GB 219 4471 09`,
    // The driver is never named in full; the masked card, plate, trip id and VAT number are not ours.
    expected: [
      ['PERSON', 'Priyanka'],
      ['PERSON', 'Priyanka Raman'],
      ['EMAIL', 'priyanka.raman@kestrel-analytics.co.uk'],
    ],
  },
  {
    name: 'Airbnb message thread: guests give names and birth dates for the tourist tax, the host sends the Wi-Fi password',
    text: `Airbnb · Messages · Reservation HMQ4X7ZR2K · Canal-side loft in De Pijp · Mar 15 – 18, 2024 · 2 guests

Tomasz · Guest · Mar 10, 9:41 PM
Hi Femke! We land at 14:20 on KL1276 from Kraków so we'll be at the flat around 16:00. For the tourist tax form: Tomasz Wróblewski, born 04.05.1986, and my wife Agnieszka Wróblewska, born 19.11.1988. My WhatsApp is +48 692 318 405.

Femke · Host · Mar 10, 10:02 PM
Welcome Tomasz! Check-in is self check-in from 15:00, the key box is next to the blue door. Wi-Fi: DePijpLoft_5G, password Tulpen-Gracht-7741. Please don't leave bikes in the hallway, the neighbour (Mr Visser) complains 😅

Tomasz · Guest · Mar 10, 10:05 PM
Perfect, thanks! Can you recommend a restaurant near the Albert Cuypmarkt?

Airbnb · Mar 10, 10:05 PM
We've hidden a phone number in this message to protect your privacy.`,
    // Femke is never named in full, but a surname after a title names a person; the Albert Cuypmarkt
    // is a market and KL1276 a flight.
    expected: [
      ['PERSON', 'Tomasz'],
      ['PERSON', 'Tomasz Wróblewski'],
      ['DATE_OF_BIRTH', '04.05.1986'],
      ['PERSON', 'Agnieszka Wróblewska'],
      ['DATE_OF_BIRTH', '19.11.1988'],
      ['PHONE', '+48 692 318 405'],
      ['PERSON', 'Tomasz'],
      ['SECRET', 'Tulpen-Gracht-7741'],
      ['PERSON', 'Visser'],
      ['PERSON', 'Tomasz'],
    ],
  },
  {
    name: 'iFood partner portal order copied in Brazilian Portuguese with a CPF for the invoice and a girlfriend to call',
    text: `iFood Portal do Parceiro · Pedido #8812 · Pizzaria Bella Napoli (Jardins) · copiado em 12/03/2024 20:14
Status: Saiu para entrega · Previsão 20:35–20:45
Cliente: Thiago Albuquerque Nogueira (cliente há 3 anos · 47 pedidos)
Telefone: (11) 97314-2286 · Código localizador: 4471 2093
CPF na nota: 348.112.907-63
Entrega: Rua Padre João Manuel, 755, ap. 42 — Cerqueira César, São Paulo - SP, 01411-001
Observação do cliente: "Interfone quebrado, me liga quando chegar ou liga pra minha namorada Júlia (11) 98873-4120. Sem cebola por favor!"
Itens
1x Pizza Margherita (grande) ........ R$ 64,90
1x Guaraná Antarctica 2L ............ R$ 12,00
Taxa de entrega ..................... R$ 7,99
Total ............................... R$ 84,89
Pagamento: Pago pelo app · Mastercard •••• 7782
Entregador: Rafael · Moto · placa FQX4E71`,
    // The CPF is a national id (none of our types); Júlia and Rafael are never named in full; the street
    // is named after a priest.
    expected: [
      ['PERSON', 'Thiago Albuquerque Nogueira'],
      ['PHONE', '(11) 97314-2286'],
      ['PHONE', '(11) 98873-4120'],
    ],
  },
  {
    name: 'Discord mod-log export with a ban for doxxing: the deleted message quoted by the bot and a moderator note',
    text: `#mod-log — Kestrel Gaming Community (DiscordChatExporter)
[11-Mar-24 10:14 PM] Carl-bot (BOT)
🔨 Member banned | xXshadowfangXx
User ID: 1187447120938816448
Moderator: mod_ellie
Reason: doxxing in #general (see deleted message below)

[11-Mar-24 10:14 PM] Carl-bot (BOT)
🗑️ Message deleted in #general
Author: xXshadowfangXx
Content: lol everyone say hi to kevin marsh from dartford 😂 07946 218 330, kmarsh2009@gmail.com, he's the one crying in vc

[11-Mar-24 10:20 PM] mod_ellie
!note kev_the_builder dox victim (real name Kevin Marsh), asked us to scrub it everywhere. Reported to Discord T&S, case 4471209.

[11-Mar-24 10:21 PM] Carl-bot (BOT)
📝 Note added for kev_the_builder (1022841177204471208)`,
    // Usernames and bot names are handles; user ids and the T&S case number are not ours.
    expected: [
      ['PERSON', 'kevin marsh'],
      ['PHONE', '07946 218 330'],
      ['EMAIL', 'kmarsh2009@gmail.com'],
      ['PERSON', 'Kevin Marsh'],
    ],
  },
  {
    name: 'dating-app trust-and-safety ticket about a romance scam with a profile name, a fake passport, a cashtag and IPs',
    text: `Zendesk · Ticket #88214 · Kestrel Dating · Trust & Safety · Priority: High · Tags: romance_scam, financial
Requester: Nicole Brandt <nicole.brandt91@gmail.com>
Requester account: user 55203184 · DOB on account 1991-07-26 (ID-verified) · last IP 73.162.48.219
Reported account: user 55198827 · profile "Daniel, 34" · bio "Civil engineer, working offshore 🌊"

Nicole Brandt · Mar 11, 2024 21:07
We matched about two weeks ago and moved to WhatsApp (his number +44 7520 631 447). He asked for $800 in Apple gift cards "for a customs fee" and then $1,500 to his Cash App $DanHolloway88. When I hesitated he sent a photo of his "passport": Daniel R. Holloway, born 02/14/1989. A reverse image search shows the photos are of a fitness influencer. I already sent the $800. Please help.

Internal note · Priscilla (T&S) · Mar 12, 2024 08:40
Device fingerprint shared with 3 banned accounts, all logging in from 102.89.34.117 and 102.89.47.201. Banned user 55198827 and the linked accounts. Replied to Nicole with the FTC and IC3 reporting links.`,
    // The cashtag is a handle; the agent is never named in full; user ids are not ours.
    expected: [
      ['PERSON', 'Nicole Brandt'],
      ['EMAIL', 'nicole.brandt91@gmail.com'],
      ['DATE_OF_BIRTH', '1991-07-26'],
      ['IP_ADDRESS', '73.162.48.219'],
      ['PERSON', 'Daniel'],
      ['PERSON', 'Nicole Brandt'],
      ['PHONE', '+44 7520 631 447'],
      ['PERSON', 'Daniel R. Holloway'],
      ['DATE_OF_BIRTH', '02/14/1989'],
      ['IP_ADDRESS', '102.89.34.117'],
      ['IP_ADDRESS', '102.89.47.201'],
      ['PERSON', 'Nicole'],
    ],
  },
  // ---------------------------------------------------------------- government, housing and locales
  {
    name: 'DS-160 confirmation page of a Filipino applicant with a US point of contact and both parents',
    text: `Nonimmigrant Visa - DS-160 Confirmation
Confirmation No:              AA00DX4471
Location Selected:            MANILA
Name Provided:                DELA CRUZ, MARIA LOURDES
Full Name in Native Alphabet: DOES NOT APPLY
Date of Birth:                14 FEB 1992
Place of Birth:               CEBU CITY, CEBU, PHILIPPINES
Gender:                       FEMALE
Nationality:                  PHILIPPINES
Passport Number:              P4471209B
Purpose of Trip:              TEMP. BUSINESS PLEASURE VISITOR (B1/B2)
Intended Date of Arrival:     10 JUN 2024
U.S. Point of Contact:        ROMEO DELA CRUZ (SIBLING)
                              2291 W 7TH ST APT 304, LOS ANGELES, CA 90057
                              Phone: 2133804471   Email: romeo.delacruz@gmail.com
Primary Phone Number:         09178214430
Email Address:                MLDELACRUZ92@YAHOO.COM
Father's Full Name:           DELA CRUZ, ERNESTO      Date of Birth: 03 SEP 1961
Mother's Full Name:           SANTOS, REMEDIOS        Date of Birth: 27 JAN 1964
Previous U.S. Visa:           NO
Application submitted: 11-MAR-2024 21:14:07 (electronically signed by applicant)`,
    // The confirmation and passport numbers, arrival and submission dates are not ours.
    expected: [
      ['PERSON', 'DELA CRUZ, MARIA LOURDES'],
      ['DATE_OF_BIRTH', '14 FEB 1992'],
      ['PERSON', 'ROMEO DELA CRUZ'],
      ['PHONE', '2133804471'],
      ['EMAIL', 'romeo.delacruz@gmail.com'],
      ['PHONE', '09178214430'],
      ['EMAIL', 'MLDELACRUZ92@YAHOO.COM'],
      ['PERSON', 'DELA CRUZ, ERNESTO'],
      ['DATE_OF_BIRTH', '03 SEP 1961'],
      ['PERSON', 'SANTOS, REMEDIOS'],
      ['DATE_OF_BIRTH', '27 JAN 1964'],
    ],
  },
  {
    name: 'French rental application file (dossier de location) with two applicants, a Visale guarantee and the rent IBAN',
    text: `DOSSIER DE CANDIDATURE – LOCATION
Bien : T3 de 68 m², 14 rue Victor Hugo, 69002 Lyon – loyer 1 040 € + 140 € de charges
Agence : Kestrel Immobilier Lyon Bellecour – gestionnaire : Mme Sandrine Peyrot, 04 78 42 71 19, s.peyrot@kestrel-immo.fr

Candidat 1 : M. Julien Marchal, né le 22/01/1990 à Grenoble, ingénieur process en CDI chez Soitec depuis 2017, net mensuel 3 240 €.
  Tél. : 06 48 21 77 30 – julien.marchal@laposte.net
Candidate 2 : Mme Chloé Bernard-Marchal, née le 09/06/1992 à Annecy, infirmière (CHU Lyon Sud), net mensuel 2 180 €.
  Tél. : 07 81 33 90 46
Garantie : Visale, visa certifié n° V004471209 (valable jusqu'au 30/06/2024)
Pièces jointes : CNI (x2), 3 derniers bulletins de salaire, avis d'imposition 2023 (numéro fiscal 30 12 447 120 938), quittances de loyer
RIB pour le prélèvement du loyer : FR76 3000 4008 1900 0284 7119 353 (titulaires : M. Julien Marchal ou Mme Chloé Bernard-Marchal)
Date de la demande : 11/03/2024 · Entrée souhaitée : 01/04/2024`,
    // The Visale number and the tax number are ids; rue Victor Hugo is a street.
    expected: [
      ['PERSON', 'Sandrine Peyrot'],
      ['PHONE', '04 78 42 71 19'],
      ['EMAIL', 's.peyrot@kestrel-immo.fr'],
      ['PERSON', 'Julien Marchal'],
      ['DATE_OF_BIRTH', '22/01/1990'],
      ['PHONE', '06 48 21 77 30'],
      ['EMAIL', 'julien.marchal@laposte.net'],
      ['PERSON', 'Chloé Bernard-Marchal'],
      ['DATE_OF_BIRTH', '09/06/1992'],
      ['PHONE', '07 81 33 90 46'],
      ['IBAN', 'FR76 3000 4008 1900 0284 7119 353'],
      ['PERSON', 'Julien Marchal'],
      ['PERSON', 'Chloé Bernard-Marchal'],
    ],
  },
  {
    name: 'Stockholm housing-queue application in Swedish with a personnummer, a co-applicant, a landlord reference and a cover letter',
    text: `Intresseanmälan – Bostadsförmedlingen i Stockholm
Lägenhet: Hornsgatan 88, 3 tr, 118 21 Stockholm · 2 rok, 54 m² · hyra 9 412 kr/mån · objektnr 4471-2093
Sökande: Elin Johansson Bergqvist · personnummer 19930514-4488 · kötid sedan 2011-03-02 (4 759 dagar)
Medsökande: Oskar Lindgren · mobil 073-512 88 40
Sysselsättning: tillsvidareanställd, Kestrel AB (sedan 2018), inkomst 38 500 kr/mån
Nuvarande boende: andrahand, Ringvägen 12, hyresvärd Stockholmshem
Referens: Birgitta Ek (förvaltare, Stockholmshem), 08-508 392 10
E-post: elin.jb@telia.com · mobil 070-318 44 27
Personligt brev: "Hej! Jag heter Elin, är född 14 maj 1993 och uppvuxen på Söder. Jag jobbar som UX-designer och söker ett förstahandskontrakt tillsammans med min sambo."`,
    // The personnummer is a national id (none of our types); the queue date is not a birth date.
    expected: [
      ['PERSON', 'Elin Johansson Bergqvist'],
      ['PERSON', 'Oskar Lindgren'],
      ['PHONE', '073-512 88 40'],
      ['PERSON', 'Birgitta Ek'],
      ['PHONE', '08-508 392 10'],
      ['EMAIL', 'elin.jb@telia.com'],
      ['PHONE', '070-318 44 27'],
      ['PERSON', 'Elin'],
      ['DATE_OF_BIRTH', '14 maj 1993'],
    ],
  },
  {
    name: 'MLS listing detail with the seller in broker remarks, listing and co-listing agents, and schools and parks named after people',
    text: `MLS# 11984471   Status: ACTV   List Price: $1,249,000   Orig List Price: $1,249,000   List Date: 03/07/2024
Address: 4418 N Wolcott Ave, Chicago, IL 60640   Area: 8003 (Ravenswood)   PIN: 14-18-208-031-0000
Type: Detached Single   Beds: 4   Baths: 3.1   Sq Ft: 2,850 (Estimated)   Year Built: 1912   Lot: 25 X 125
Schools: Abraham Lincoln Elementary (Elem), Amundsen High School (HS)
Public Remarks: Classic brick greystone steps from Lincoln Square and the Brown Line. Chef's kitchen (2021), heated basement floors, 2-car garage off the alley. Walk to Welles Park and the Sulzer Regional Library.
Broker Remarks: Owner-occupied. Seller Gregory Castellanos relocating, prefers close after 6/15. Pre-inspected; report in MLS documents. Buyer to verify taxes and schools.
Showing Instructions: ShowingTime, 24h notice. Lockbox on back gate. Questions: text Whitney.
List Agent: Whitney Okonjo-Baird (MLS ID 447120, IL Lic. 475.188204) · Cell: 773-829-4471 · Email: whitney@kestrelrealtychicago.com
Co-List Agent: Benjamin Sato (MLS ID 88120) · Cell: 312-641-2093 · Email: ben.sato@kestrelrealtychicago.com
List Office: Kestrel Realty Group (ID 88120) · Phone: 773-528-7700
Compensation: Buyer Agency 2.5% - $495   Virtual Tour: https://tours.example.com/11984471`,
    // MLS, licence and parcel numbers are not ours; Wolcott Ave, the schools, Welles Park and the
    // library are named after people.
    expected: [
      ['PERSON', 'Gregory Castellanos'],
      ['PERSON', 'Whitney'],
      ['PERSON', 'Whitney Okonjo-Baird'],
      ['PHONE', '773-829-4471'],
      ['EMAIL', 'whitney@kestrelrealtychicago.com'],
      ['PERSON', 'Benjamin Sato'],
      ['PHONE', '312-641-2093'],
      ['EMAIL', 'ben.sato@kestrelrealtychicago.com'],
      ['PHONE', '773-528-7700'],
    ],
  },
  {
    name: 'Texas e-filing notification of service with a child named by initials, counsel, service contacts and a law firm named after its founder',
    text: `eFileTexas.gov — Notification of Service
Envelope Number: 84471209
Case Number: 2024CI04471
Case Style: IN THE INTEREST OF A.R.M., A CHILD
Court: 285th District Court, Bexar County
Date/Time Submitted: 3/11/2024 4:52 PM CST
Filing Type: EFileAndServe
Filing Description: Respondent's Motion for Continuance
Filed By: Rebecca Delgado-Huerta
Filing Attorney: Marcus T. Okoye
  Okoye Family Law PLLC, 110 Broadway St Ste 440, San Antonio TX 78205
  State Bar No.: 24071883 · Phone: (210) 227-4471 · Email: mokoye@okoyefamilylaw.com
Service Contacts
  Alicia Ramos Medina (Petitioner) — through counsel Jorge Villarreal, jvillarreal@villarreal-law.com
  Karen Liu-Benavides (Amicus Attorney) — kliu@bexaramicus.org
Fees
  Motion (No Fee)       $0.00
  Service Fee           $2.00
  Payment Account: VISA ending in 4471 (Rebecca Delgado-Huerta)   Transaction ID: 1290447120
Document Details
  Lead Document: Motion_for_Continuance.pdf   Pages: 4   File size: 212 KB
This notification is being sent on behalf of the filer. Please do not reply to this email.`,
    // A child's initials are the court's own masking; envelope, case, bar and transaction numbers are not ours.
    expected: [
      ['PERSON', 'Rebecca Delgado-Huerta'],
      ['PERSON', 'Marcus T. Okoye'],
      ['PHONE', '(210) 227-4471'],
      ['EMAIL', 'mokoye@okoyefamilylaw.com'],
      ['PERSON', 'Alicia Ramos Medina'],
      ['PERSON', 'Jorge Villarreal'],
      ['EMAIL', 'jvillarreal@villarreal-law.com'],
      ['PERSON', 'Karen Liu-Benavides'],
      ['EMAIL', 'kliu@bexaramicus.org'],
      ['PERSON', 'Rebecca Delgado-Huerta'],
    ],
  },
  {
    name: 'Florida DHSMV 3-year driver record with the licence number, citations, VINs, plates and title numbers',
    text: `FLORIDA DEPARTMENT OF HIGHWAY SAFETY AND MOTOR VEHICLES
DRIVER RECORD — 3 YEAR — PRINTED 03/12/2024 10:14 — REQUESTED BY: KESTREL FLEET INSURANCE (DPPA PERMITTED USE 6)
DL NUMBER: W426-518-88-144-0     STATUS: VALID     CLASS: E     ENDORSEMENTS: NONE
NAME: WATANABE-REYES, CARLOS A
DOB: 04/04/1988     SEX: M     HEIGHT: 5-10
ADDRESS: 7720 SW 104TH ST, MIAMI, FL 33156-4471
ISSUE DATE: 05/02/2022     EXPIRATION DATE: 04/04/2030
CONVICTIONS / CITATIONS
  10/14/2023  SPEEDING 15-19 MPH OVER LIMIT   CITATION A4W2K7P   MIAMI-DADE   DISP: ADJ GUILTY / PAID   POINTS 3
  06/02/2022  FAILURE TO STOP AT RED LIGHT (CAMERA)   NOTICE 20220602-4471   DISP: PAID   POINTS 0
VEHICLES
  2019 TOYOTA RAV4 XLE   VIN 2T3P1RFV9KW044712   PLATE QKTJ41   TITLE 140447120
  2016 HONDA CIVIC LX    VIN 19XFC2F53GE204471   PLATE 8ABR22   TITLE 122093318
INSURANCE: PROGRESSIVE AMERICAN INS CO   POLICY 918447120   EFFECTIVE 01/15/2024`,
    // The licence number, VINs (with valid check digits), plates, title and policy numbers are not ours.
    expected: [
      ['PERSON', 'WATANABE-REYES, CARLOS A'],
      ['DATE_OF_BIRTH', '04/04/1988'],
    ],
  },
  {
    name: 'Italian property-portal lead e-mail with the enquirer, her partner, the agency signature and role mailboxes',
    text: `Da: Immobiliare.it <noreply@immobiliare.it>
A: Kestrel Immobiliare <annunci@kestrelimmobiliare.it>
Oggetto: Nuova richiesta per l'annuncio Rif. MI-4471 – Trilocale in via Alessandro Manzoni 12, Milano

Hai ricevuto una nuova richiesta di contatto.
Nome: Federica Colombo
Email: federica.colombo88@gmail.com
Telefono: 347 218 8830
Messaggio: Buongiorno, sono interessata al trilocale. Lavoro come infermiera al Niguarda con contratto a tempo indeterminato. Sarei disponibile per una visita sabato mattina insieme al mio compagno, Davide Ferri (cell. 333 904 1127). Grazie, Federica

Rispondi entro 24 ore: chi risponde subito ha più probabilità di concludere.
--
Kestrel Immobiliare S.r.l. – Corso Garibaldi 44, 20121 Milano – P.IVA 10447120963 – tel. 02 8342 7710
Agente referente: Paolo Brambilla – paolo.brambilla@kestrelimmobiliare.it`,
    // Via Alessandro Manzoni and Corso Garibaldi are streets; the listing reference and P.IVA are not ours.
    expected: [
      ['EMAIL', 'noreply@immobiliare.it'],
      ['EMAIL', 'annunci@kestrelimmobiliare.it'],
      ['PERSON', 'Federica Colombo'],
      ['EMAIL', 'federica.colombo88@gmail.com'],
      ['PHONE', '347 218 8830'],
      ['PERSON', 'Davide Ferri'],
      ['PHONE', '333 904 1127'],
      ['PERSON', 'Federica'],
      ['PHONE', '02 8342 7710'],
      ['PERSON', 'Paolo Brambilla'],
      ['EMAIL', 'paolo.brambilla@kestrelimmobiliare.it'],
    ],
  },
  {
    name: 'GCash Help Center chat transcript in Taglish about a scam: a masked recipient name, a birthday and a barangay named after a hero',
    text: `GCash Help Center · Chat transcript · Case no. GC-2024031288120 · 12 Mar 2024
Gigi (Virtual Assistant) 2:14 PM: Hi! Ako si Gigi, ang iyong GCash virtual assistant. Paano kita matutulungan?
User 2:14 PM: hi po, na-scam po ako sa Marketplace. nag-send ako ng ₱4,500 sa number na 0998 317 2205, ang nakalagay na pangalan po ay JO*N D*****O
Gigi (Virtual Assistant) 2:15 PM: Ikokonekta kita sa isang agent. Sandali lang po.
Mark (GCash Agent) 2:17 PM: Magandang hapon po! Ako po si Mark. Para ma-verify ang account ninyo, pakibigay po ang full name, birthday, at registered email.
User 2:18 PM: Kristine Joy Villanueva po, birthday ko po March 8, 1995, email kjvillanueva95@gmail.com. Ref. no. ng transaction: 4471 209 318 776
Mark (GCash Agent) 2:20 PM: Salamat po, Ma'am Kristine. Na-report na po namin ang recipient number at naka-hold na ang account nila. Makakatanggap po kayo ng update sa loob ng 3-5 banking days. Pakiusap po, huwag ibigay ang inyong MPIN o OTP kahit kanino.
User 2:21 PM: sige po. taga Brgy. Rizal po ako sa Makati kung kailangan. salamat po!`,
    // The masked name is not a finding; the agent and the bot are never named in full; the reference is not ours.
    expected: [
      ['PHONE', '0998 317 2205'],
      ['PERSON', 'Kristine Joy Villanueva'],
      ['DATE_OF_BIRTH', 'March 8, 1995'],
      ['EMAIL', 'kjvillanueva95@gmail.com'],
      ['PERSON', 'Kristine'],
    ],
  },
  {
    name: 'Dutch Marktplaats chat about a second-hand bike: display names, a pickup address, mobiles and the seller IBAN',
    text: `Marktplaats · Berichten · "Gazelle Orange C7 damesfiets, 53 cm" · € 275,00

Anouk · 11 mrt. 20:14
Hoi! Is de fiets nog beschikbaar? Ik kan morgen na 18:00 in Utrecht langskomen.

Jij · 11 mrt. 20:31
Hoi Anouk, ja hij is er nog. Adres: Biltstraat 212, 3572 BL Utrecht. Bel even als je er bent: 06 4182 7730. Groet, Ruben

Anouk · 11 mrt. 20:33
Top! Kan ik vooraf overmaken? Naar welk rekeningnummer?

Jij · 11 mrt. 20:40
NL48 ABNA 0447 1209 05 t.n.v. Ruben de Groot. Maar contant mag ook hoor.

Anouk · 11 mrt. 20:41
Ik neem contant mee. Mijn naam is Anouk Verbeek, mocht je me niet zien: 06 2957 3318. Tot morgen!`,
    // Gazelle is a brand; "Jij" (you) is the viewer's own label.
    expected: [
      ['PERSON', 'Anouk'],
      ['PERSON', 'Anouk'],
      ['PHONE', '06 4182 7730'],
      ['PERSON', 'Ruben'],
      ['PERSON', 'Anouk'],
      ['IBAN', 'NL48 ABNA 0447 1209 05'],
      ['PERSON', 'Ruben de Groot'],
      ['PERSON', 'Anouk'],
      ['PERSON', 'Anouk Verbeek'],
      ['PHONE', '06 2957 3318'],
    ],
  },
  {
    name: 'Polish Allegro sale details with a buyer login, a relay address, a sole trader invoiced under his own name and a refund IBAN',
    text: `Allegro · Moje sprzedaże · Zamówienie z 11.03.2024, 19:42 · ID: 7c1e9f40-2b8d-11ee-a05c-9b2d4e8f1a37
Kupujący: mario_bros_1985 (Mariusz Zając)
E-mail: 7xq2lm4tzk+4b2e1c2d@allegromail.pl
Telefon: +48 605 214 883
Przedmiot: Bateria umywalkowa Grohe Eurosmart, chrom (nr oferty 13884471209) × 1 — 289,00 zł
Dostawa: Allegro Paczkomaty InPost — WAW12M, ul. Marszałkowska 104/122, 00-017 Warszawa — 0,00 zł (Smart!)
Odbiorca: Mariusz Zając, tel. 605 214 883
Numer przesyłki: 620447120938816022220017
Faktura: TAK — INSTAL-MAR Mariusz Zając, ul. Grochowska 318/4, 03-823 Warszawa, NIP 5252447105
Płatność: PayU — opłacono 11.03.2024 19:43 · kwota 289,00 zł
Wiadomość od kupującego: „Dzień dobry, proszę o fakturę na firmę. W razie zwrotu proszę o przelew na PL94 1020 1026 0000 1802 4471 9630. Pozdrawiam, Mariusz"`,
    // A sole trader's business name carries the owner's own name; the login, offer, parcel and NIP
    // numbers are not ours; Grohe is a brand.
    expected: [
      ['PERSON', 'Mariusz Zając'],
      ['EMAIL', '7xq2lm4tzk+4b2e1c2d@allegromail.pl'],
      ['PHONE', '+48 605 214 883'],
      ['PERSON', 'Mariusz Zając'],
      ['PHONE', '605 214 883'],
      ['PERSON', 'Mariusz Zając'],
      ['IBAN', 'PL94 1020 1026 0000 1802 4471 9630'],
      ['PERSON', 'Mariusz'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'the official specimen of the German identity card (Erika Mustermann) with its MRZ, quoted in a cashier training note',
    text: `Personalausweis – Musterbild (Quelle: Bundesministerium des Innern, Schulungsunterlage für Kassenmitarbeiter)
BUNDESREPUBLIK DEUTSCHLAND   FEDERAL REPUBLIC OF GERMANY
PERSONALAUSWEIS / IDENTITY CARD                         T22000129
Name / Surname: MUSTERMANN
Geburtsname / Name at birth: GABLER
Vornamen / Given names: ERIKA
Geburtstag / Date of birth: 12.08.1964
Staatsangehörigkeit / Nationality: DEUTSCH
Geburtsort / Place of birth: BERLIN
Gültig bis / Date of expiry: 31.10.2020
Zugangsnummer / CAN: 123456
IDD<<T220001293<<<<<<<<<<<<<<<
6408125<2010315D<<<<<<<<<<<<<4
MUSTERMANN<<ERIKA<<<<<<<<<<<<<
Hinweis: Dies ist das amtliche Musterexemplar. Echte Ausweisdaten bitte nie per Chat oder E-Mail versenden.`,
    // Erika Mustermann is the documented placeholder person of German specimens, like example.com.
    expected: [],
  },
  {
    name: 'fleet and shipment sheet: VINs with valid check digits, plates, UPS, USPS and DHL tracking, Amazon order ids, ASINs, SSCC and hashes',
    text: `Fleet & shipments — week 11 (ops export)
Vehicle  VIN                 Plate      Odometer  Next service  Driver code
Van 04   1FTFW1E80MFA44712   KX71 RZD   48,210    2024-04-02    DRV-0447
Van 07   WVWZZZ3C50E088120   B-KS 4471  31,994    2024-05-18    DRV-0512
EV 02    5YJ3E1EA5PF447120   KST 2093   12,006    2024-09-30    DRV-0608

Shipments
Order                Carrier  Tracking                     ASIN         SKU               Qty  Value
113-4471209-8820417  UPS      1Z999AA10123456784           B0C7QX2M4L   KST-MUG-11OZ-BLK  24   $311.76
114-2093318-5520318  USPS     9400 1118 9922 3818 4471 20  B09TQ4K7WZ   KST-CHAIR-TB-BLU  6    $389.94
112-0417720-3182265  DHL      JD014600007744712093         B07ZPKN6YR   KST-MUG-11OZ-WHT  48   $623.52
Pallet SSCC 00 3 4012345 000004471 8 · container MSKU 447120-9 · seal 0882041 · HS code 6912.00.4810
Batch sha256:9f2c4e8a1b7d3f60e5c9a2b4d8f1e3a7c6b5d4e2f1a0b9c8d7e6f5a4b3c2d1e0 · run 0b3d5f7a-9c1e-4a2b-8d6f-1e3c5a7b9d2f`,
    expected: [],
  },
  {
    name: 'z/OS JES2 job log and JCL of the report run: job ids, user ids, dataset names, step statistics and times',
    text: ` J E S 2  J O B  L O G  --  S Y S T E M  K S T 1  --  N O D E  K E S T R E L

10.14.02 JOB04471 ---- TUESDAY,   12 MAR 2024 ----
10.14.02 JOB04471  IRR010I  USERID KSTBAT01 IS ASSIGNED TO THIS JOB.
10.14.02 JOB04471  ICH70001I KSTBAT01 LAST ACCESS AT 02:14:07 ON TUESDAY, MARCH 12, 2024
10.14.02 JOB04471  $HASP373 PLCYRPT1 STARTED - INIT 4    - CLASS A        - SYS KST1
10.14.03 JOB04471  -                                         --TIMINGS (MINS.)--            ----PAGING COUNTS---
10.14.03 JOB04471  -STEPNAME PROCSTEP    RC   EXCP   CPU    SRB  CLOCK   SERV  PG   PAGE   SWAP    VIO SWAPS
10.14.03 JOB04471  -SORTIN               00   4471    .01    .00     .0  18820   0      0      0      0     0
10.14.09 JOB04471  -REPORT               00  20938    .08    .00     .1 164471   0      0      0      0     0
10.14.09 JOB04471  $HASP395 PLCYRPT1 ENDED - RC=0000
------ JES2 JOB STATISTICS ------
  12 MAR 2024 JOB EXECUTION DATE
          412 CARDS READ
        2,093 SYSOUT PRINT RECORDS
            0 SYSOUT PUNCH RECORDS
          118 SYSOUT SPOOL KBYTES
         0.11 MINUTES EXECUTION TIME
//PLCYRPT1 JOB (ACCT4471),'POLICY RPT',CLASS=A,MSGCLASS=X,NOTIFY=&SYSUID
//SORTIN   EXEC PGM=SORT
//SORTIN   DD DSN=KST.PROD.POLICY.MASTER(0),DISP=SHR
//SORTOUT  DD DSN=&&SORTED,DISP=(NEW,PASS),SPACE=(CYL,(10,5))
//REPORT   EXEC PGM=PLCYRPT1,PARM='RGN=04,ASOF=20240229'
//SYSOUT   DD SYSOUT=*`,
    expected: [],
  },
  {
    name: 'travel and shopping note in five languages naming streets, stations, parks, schools, shrines, brands and songs after people',
    gap: 'a song (Billie Jean) and a product (Stanley Quencher) are taken for people',
    text: `Weekend itinerary + shopping list (shared note)
Sat (Toronto): brunch at Tim Hortons on Yonge St, then the AGO; evening concert at Roy Thomson Hall (country night: "Jolene", "Billie Jean" covers).
Sun (Madrid): paseo por la calle de Alcalá hasta la plaza de Cibeles, metro Ramón y Cajal, comida en el Mercado de San Miguel.
Mon (Kraków): ul. Mikołaja Kopernika → Collegium Maius → Galeria Krakowska (Rossmann, Pull&Bear).
Tue (Lyon): musée des Confluences, gare Part-Dieu, avenue Jean Jaurès; bought Dr. Martens 1460 boots and Levi's 501 jeans at Galeries Lafayette.
To order: Ray-Ban Wayfarer, Stanley Quencher 40 oz, Jack Daniel's gift set, Ben & Jerry's Phish Food ×2.
Manila: SM Mall of Asia → Rizal Park → Jose Rizal University; Tokyo: 東郷神社, 渋谷駅 ハチ公口.`,
    expected: [],
  },
];

describeHoldout(
  'privacy engine on hand-written hold-out cases 13: scans, speech, legacy systems, platforms and government material',
  cases,
);
