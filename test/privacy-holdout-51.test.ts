import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A fifty-first hand-written hold-out: documents, speech and data-app output as an AI feature
 * retrieves or receives them, in the locales earlier hold-outs cover least (Romanian, Finnish,
 * Estonian, Icelandic, Swahili from Kenya and Tanzania, Tagalog and Philippine English, Roman Urdu
 * and Pakistani English, Vietnamese, Indonesian, Afrikaans and South African English, Catalan) with
 * some US material. Shapes: RAG chunks of CVs, employment contracts and HR letters, a verification
 * of employment, tenancy agreements, insurance claims, court judgments and a protection order,
 * referral letters and discharge summaries, a report card and a school portal message, invoices, a
 * delivery note and a tour booking; OCR'd scans with O-for-0 and l-for-1 noise and a word broken at a
 * line end; Zoom and Teams WebVTT, SRT, Otter and a call-centre ASR transcript, carrier voicemail
 * transcriptions with numbers said half in words; dbt unit-test YAML and `dbt show`, Airflow task
 * logs and `airflow connections export`, a Great Expectations result, Prisma and TypeORM query logs
 * with bound parameters and a Prisma error, an AWS Glue bad-record warning, openpyxl rows, the Google
 * Sheets API and a sheet with formulas shown, a Power Query error, Notion and Airtable API records,
 * `sf data query` and an Apex debug log, DAX Studio output, a Google Apps Script; OpenAI tool calls
 * (Chat Completions and Responses), Anthropic tool_use and tool_result, an MCP log. 15 of its 80
 * cases are clean hard negatives: a dbt schema with no values, an Airflow log with a masked password,
 * Romanian, Finnish and Estonian invoice headers (business ids, an RF creditor reference, IBANs that
 * fail mod 97), an M-Pesa till summary, streets, schools, statues, airports and institutions named
 * after people in four languages, public figures as topics, a card receipt with a masked PAN and a
 * loyalty number that fails Luhn, Filipino placeholder people on an `example.ph` fixture, a demo
 * transcript with example addresses, a tool's JSON schema, Philippine employer numbers and hashes.
 *
 * Each case lists every value it expects found, with its type; anything else flagged is a false
 * positive. Conventions as in the README and hold-out 50: titles (Mr, Ms, Dr., Dkt., Bw., Bi., Gng.,
 * HON., mnr., mev., Sr., Sra., Ông, Bapak, ThS., conf. dr.) are no part of a name, and a lone family
 * name after one counts; `Ma.` is the short form of María and part of the given name; a given name
 * alone counts when the same person is named in full in the text (in a transcript's earlier thanks,
 * a link label, a sign-off), also in a declined form (Finnish `Eetun`), never an agent who is never
 * named in full; first and last name in separate fields are separate spans; family-first names with a
 * comma are one span; judges count like anyone else; companies, hospitals, schools, streets, cities
 * and statues named after people are no people, nor public figures named as topics or placeholder
 * people on a fixture with a reserved domain; birth dates count only where labelled so (in many
 * languages) or given as the answer to a question about them, without a midnight time, and a
 * `datetime(…)` repr's are its date arguments; national ids (CNP, isikukood, kennitala, CNIC, NIK,
 * CCCD, SSS, TIN, DNI, South African ID), business ids, domestic account numbers, plates, passports
 * and stored password hashes are none of our types; role mailboxes on real domains are e-mail
 * addresses; private-range hosts count; an OCR'd or spoken value's span is its text as written.
 * Values are fake: Luhn-valid made-up cards, IBANs with valid mod-97 check digits (Spanish and Finnish
 * ones with their national check digits too), SSNs in valid areas, made-up names, numbers and keys.
 *
 * Written blind (labelled before the engine was run on it). When written, 38 of the 80 cases
 * passed; the 42 others carry a gap. No first-run failure was a mistake in the test: each was
 * checked against the conventions and the computed values, and all 42 are the engine's. (Before the
 * first run one drafted account number, typed a digit short, was replaced by its computed IBAN.)
 * Most gaps are PERSON after form labels, role words and titles of these languages, birth labels of
 * these languages, numbers said half in words or OCR'd in prose, and places named after people.
 */

const k = joinParts;
const etlPassword = k('Vq8rTz', '_2pLm4eW');
const crmPassword = k('hT6-wq', 'Z9!mPe3x');
const crmApiKey = k('kc_live_', 'Ux7pQ2rLk9Tz4Wm8Vc3Nb6Ys');
const sendgridKey = k('SG.', 'q3Lm8TzR0vXa2Nc7Wb5YpE', '.', 'Hj4kT9sQ2mVx7Lr0Nc5Zb8Wd3Fy6Gp1Ka4Ue7Si0OqZ');

const cases: readonly HoldoutCase[] = [
  // ---------------------------------------------------------------- RAG chunks: CVs, contracts and HR letters
  {
    name: 'RAG chunk of a Romanian CV: family name first under Nume / Prenume, a +40 mobile, data nașterii, a referee after conf. dr.; a street and a university named after people',
    text: `[chunk 3/7 · source: cv_2024_0193.pdf · page 1]
CURRICULUM VITAE
Informații personale
Nume / Prenume: Stoicescu Andreea-Mădălina
Adresă: Str. Avram Iancu nr. 14, ap. 6, 400089 Cluj-Napoca
Telefon: +40 745 218 906
E-mail: andreea.stoicescu@yahoo.ro
Data nașterii: 09.11.1991
Naționalitate: română
Experiență profesională
2019 – prezent: Analist date, Nordvest Logistic SRL, Cluj-Napoca
Referințe: conf. dr. Mihai Pătrașcu, Universitatea Babeș-Bolyai, mihai.patrascu@ubbcluj.ro`,
    // Str. Avram Iancu and Universitatea Babeș-Bolyai are named after people: a street and a university.
    expected: [
      ['PERSON', 'Stoicescu Andreea-Mădălina'],
      ['PHONE', '+40 745 218 906'],
      ['EMAIL', 'andreea.stoicescu@yahoo.ro'],
      ['DATE_OF_BIRTH', '09.11.1991'],
      ['PERSON', 'Mihai Pătrașcu'],
      ['EMAIL', 'mihai.patrascu@ubbcluj.ro'],
    ],
  },
  {
    name: 'RAG chunk of a Finnish employment contract (työsopimus): työntekijä with syntymäaika, a 040 mobile, the salary account as a grouped FI IBAN, signatures; a company named after its owner',
    text: `TYÖSOPIMUS (toistaiseksi voimassa oleva)
1. Sopijapuolet
Työnantaja: Kuusiston Puutarha Oy, Y-tunnus 2846193-7, Hämeenkatu 22, 33200 Tampere
Työntekijä: Eveliina Järvenpää
Syntymäaika: 17.6.1994
Osoite: Satakunnankatu 41 B 12, 33210 Tampere
Puhelin: 040 718 2294
Sähköposti: eveliina.jarvenpaa@gmail.com
2. Työn alkamispäivä ja koeaika
Työ alkaa 1.3.2024. Koeaika on kuusi (6) kuukautta.
7. Palkka
Palkka maksetaan työntekijän tilille FI92 4006 0010 4827 31 kuukauden viimeisenä pankkipäivänä.
Allekirjoitukset: Tampereella 12.2.2024
Työnantajan puolesta: Raimo Kuusisto, toimitusjohtaja      Työntekijä: Eveliina Järvenpää`,
    // The Y-tunnus is a business id; Kuusiston Puutarha Oy is a company, though named after its owner's family.
    expected: [
      ['PERSON', 'Eveliina Järvenpää'],
      ['DATE_OF_BIRTH', '17.6.1994'],
      ['PHONE', '040 718 2294'],
      ['EMAIL', 'eveliina.jarvenpaa@gmail.com'],
      ['IBAN', 'FI92 4006 0010 4827 31'],
      ['PERSON', 'Raimo Kuusisto'],
      ['PERSON', 'Eveliina Järvenpää'],
    ],
  },
  {
    name: 'RAG chunk of an Indonesian CV (daftar riwayat hidup): Nama Lengkap, Tempat, Tanggal Lahir with a city before the date, NIK, a +62 mobile; a street and a university named after a hero',
    text: `DAFTAR RIWAYAT HIDUP
DATA PRIBADI
Nama Lengkap          : Rizky Ananda Pratama
Tempat, Tanggal Lahir : Semarang, 17 Agustus 1993
Jenis Kelamin         : Laki-laki
NIK                   : 3374011708930004
Alamat                : Jl. Diponegoro No. 45, Semarang
No. HP                : +62 813-2547-8810
Email                 : rizky.pratama93@gmail.com
PENDIDIKAN
2011 – 2015  S1 Teknik Informatika, Universitas Diponegoro
PENGALAMAN KERJA
2016 – sekarang  Data Engineer, PT Lintas Data Nusantara`,
    // The NIK is a national id (it encodes the birth date, but is none of our types); the place of birth is no part of the date.
    expected: [
      ['PERSON', 'Rizky Ananda Pratama'],
      ['DATE_OF_BIRTH', '17 Agustus 1993'],
      ['PHONE', '+62 813-2547-8810'],
      ['EMAIL', 'rizky.pratama93@gmail.com'],
    ],
  },
  {
    name: 'RAG chunk of a Vietnamese CV (sơ yếu lý lịch): a name in capitals after Họ và tên, Sinh ngày … tháng … năm, a CCCD number, a referee after ThS.',
    text: `SƠ YẾU LÝ LỊCH
Họ và tên: LÊ HOÀNG PHÚC          Giới tính: Nam
Sinh ngày: 05 tháng 11 năm 1995    Nơi sinh: Đà Nẵng
Số CCCD: 048095004127
Điện thoại: 0935 274 118
Email: phuc.lehoang95@gmail.com
QUÁ TRÌNH HỌC TẬP
2013–2017: Đại học Bách khoa Đà Nẵng, ngành Khoa học máy tính
KINH NGHIỆM LÀM VIỆC
2018–nay: Kỹ sư dữ liệu, Công ty CP Phần mềm Sông Hàn
Người tham khảo: ThS. Phạm Minh Tuấn, 0905 661 402`,
    // The CCCD is a national id.
    expected: [
      ['PERSON', 'LÊ HOÀNG PHÚC'],
      ['DATE_OF_BIRTH', '05 tháng 11 năm 1995'],
      ['PHONE', '0935 274 118'],
      ['EMAIL', 'phuc.lehoang95@gmail.com'],
      ['PERSON', 'Phạm Minh Tuấn'],
      ['PHONE', '0905 661 402'],
    ],
  },
  {
    name: 'RAG chunk of a Swahili employment contract (mkataba wa ajira, Kenya): Bi. and Bw. titles, jina kamili, tarehe ya kuzaliwa, a national id number, a Safaricom mobile',
    text: `MKATABA WA AJIRA
Mkataba huu umefanywa leo tarehe 1 Machi 2024 kati ya Tumaini Agrovet Limited ("Mwajiri") na Bi. Wanjiru Mwangi Kariuki ("Mwajiriwa").
Taarifa za Mwajiriwa:
Jina kamili: Wanjiru Mwangi Kariuki
Tarehe ya kuzaliwa: 17/05/1996
Namba ya kitambulisho: 33481726
Namba ya simu: 0712 604 883
Barua pepe: wanjiru.kariuki96@gmail.com
Mshahara: KSh 42,000 kwa mwezi, utalipwa kila tarehe 28.
Imesainiwa na: Bw. Daudi Ochieng, Meneja Mkuu`,
    // The national id card number is none of our types; the contract date is no birth date.
    expected: [
      ['PERSON', 'Wanjiru Mwangi Kariuki'],
      ['PERSON', 'Wanjiru Mwangi Kariuki'],
      ['DATE_OF_BIRTH', '17/05/1996'],
      ['PHONE', '0712 604 883'],
      ['EMAIL', 'wanjiru.kariuki96@gmail.com'],
      ['PERSON', 'Daudi Ochieng'],
    ],
  },
  {
    name: 'RAG chunk of a Philippine certificate of employment: a name in capitals after MS., SSS and TIN numbers, the family name again after Ms., a signatory in capitals, a Manila landline and an HR mailbox',
    text: `CERTIFICATE OF EMPLOYMENT

This is to certify that MS. KRISTINE JOY B. SANTIAGO, with SSS No. 34-5817206-3 and TIN 428-719-306-000, has been employed with Bayanihan Outsourcing Solutions, Inc. as Customer Service Representative from June 13, 2019 up to present.

This certification is issued upon the request of Ms. Santiago for whatever legal purpose it may serve.

Issued this 11th day of March 2024 at Pasig City, Philippines.

ROMMEL D. VILLAFUERTE
HR Manager
Tel. (02) 8634 1172 | hr@bayanihan-bos.ph`,
    // SSS and TIN numbers are government ids; a start date is no birth date; a role mailbox on a real domain counts.
    expected: [
      ['PERSON', 'KRISTINE JOY B. SANTIAGO'],
      ['PERSON', 'Santiago'],
      ['PERSON', 'ROMMEL D. VILLAFUERTE'],
      ['PHONE', '(02) 8634 1172'],
      ['EMAIL', 'hr@bayanihan-bos.ph'],
    ],
  },
  {
    name: 'RAG chunk of an Afrikaans employment confirmation: mnr. with a compound family name, an ID number that passes Luhn, gebore with a month name, mev. in HR with a landline and e-mail, her signature',
    text: `Bevestiging van diens

Aan wie dit mag aangaan

Hiermee bevestig ons dat mnr. Johannes Petrus van der Merwe (ID-nommer 8204155087083, gebore 15 April 1982) sedert 1 Februarie 2016 voltyds by Karoo Vrugte (Edms) Bpk in diens is as produksiebestuurder. Sy bruto maandelikse salaris is R48 500.

Navrae kan gerig word aan mev. Annelie Steenkamp, Menslike Hulpbronne, by 023 342 8816 of annelie@karoovrugte.co.za.

Die uwe
Annelie Steenkamp`,
    // The South African ID number is a national id (13 digits, no card); the start date is no birth date.
    expected: [
      ['PERSON', 'Johannes Petrus van der Merwe'],
      ['DATE_OF_BIRTH', '15 April 1982'],
      ['PERSON', 'Annelie Steenkamp'],
      ['PHONE', '023 342 8816'],
      ['EMAIL', 'annelie@karoovrugte.co.za'],
      ['PERSON', 'Annelie Steenkamp'],
    ],
  },
  {
    name: 'RAG chunk of a US verification of employment (Form 1005 style): numbered fields with the applicant, her SSN, the lender contact after Attn:, the employer signatory and phone',
    text: `Request for Verification of Employment
Part I — Request
1. To (Name and address of employer): Cascadia Timber Products, Payroll Dept., 1400 Mill Plain Blvd, Vancouver, WA 98660
2. From (Name and address of lender): Riverbend Home Loans, Attn: Colleen Amundsen, 880 Officers Row, Vancouver, WA 98661
7. Name and address of applicant: Rosalind Teague-Amadi, 2218 NE 139th St, Vancouver, WA 98686
8. Employee's identification number (SSN): 231-74-9018
Part II — Verification of Present Employment
9. Applicant's date of employment: 08/16/2017
10. Present position: Senior Dispatcher
26. Signature of Employer: ________   27. Title: Payroll Manager
28. Print or type name signed: Gordon Pehrsson   29. Phone: (360) 695-4418`,
    // Street addresses and the date of employment are none of our types.
    expected: [
      ['PERSON', 'Colleen Amundsen'],
      ['PERSON', 'Rosalind Teague-Amadi'],
      ['US_SSN', '231-74-9018'],
      ['PERSON', 'Gordon Pehrsson'],
      ['PHONE', '(360) 695-4418'],
    ],
  },
  // ---------------------------------------------------------------- RAG chunks: tenancy, insurance and court documents
  {
    name: 'RAG chunk of an Estonian tenancy agreement (üürileping): landlord and tenant with isikukood, +372 mobiles, an e-mail, sünniaeg and the rent account as an EE IBAN',
    text: `ÜÜRILEPING nr 2024/17
Tallinn, 5. märts 2024
Üürileandja: Margus Kivistik, isikukood 37805120318, tel +372 5321 8846, e-post margus.kivistik@hot.ee
Üürnik: Liis-Marii Rebane, isikukood 49303034215, sünniaeg 03.03.1993, tel +372 5608 1127
1. Üürileandja annab üürnikule kasutada korteri aadressil Tartu mnt 54-17, Tallinn.
2. Üür on 650 eurot kuus ja see tasutakse iga kuu 5. kuupäevaks üürileandja arveldusarvele EE07 2200 2210 4827 3915.
3. Tagatisraha on 1300 eurot.`,
    // Isikukood is a national id (it encodes the birth date but is none of our types).
    expected: [
      ['PERSON', 'Margus Kivistik'],
      ['PHONE', '+372 5321 8846'],
      ['EMAIL', 'margus.kivistik@hot.ee'],
      ['PERSON', 'Liis-Marii Rebane'],
      ['DATE_OF_BIRTH', '03.03.1993'],
      ['PHONE', '+372 5608 1127'],
      ['IBAN', 'EE07 2200 2210 4827 3915'],
    ],
  },
  {
    name: 'RAG chunk of a Catalan tenancy contract: Sr. and Sra. with names joined by i, DNIs, nascuda el with a Catalan month, a mobile, the rent account as an ES IBAN; a street named after a person',
    text: `CONTRACTE D'ARRENDAMENT D'HABITATGE
A Barcelona, el 4 de març de 2024
REUNITS
D'una part, el Sr. Oriol Casadevall i Ferrer, major d'edat, amb DNI 38127465-K, com a ARRENDADOR.
I de l'altra, la Sra. Núria Vilaseca Roig, nascuda el 19 de juliol de 1990, amb DNI 47829316-M, telèfon 654 219 837 i correu nuria.vilaseca@gmail.com, com a ARRENDATÀRIA.
PRIMERA. L'arrendador cedeix en arrendament l'habitatge situat al carrer de Pau Claris, 162, 3r 2a, 08037 Barcelona.
TERCERA. La renda mensual és de 1.150 euros, que l'arrendatària ingressarà dins dels set primers dies de cada mes al compte ES13 2100 0813 6302 0184 7265, de titularitat de l'arrendador.`,
    // DNIs are national ids; carrer de Pau Claris is a street.
    expected: [
      ['PERSON', 'Oriol Casadevall i Ferrer'],
      ['PERSON', 'Núria Vilaseca Roig'],
      ['DATE_OF_BIRTH', '19 de juliol de 1990'],
      ['PHONE', '654 219 837'],
      ['EMAIL', 'nuria.vilaseca@gmail.com'],
      ['IBAN', 'ES13 2100 0813 6302 0184 7265'],
    ],
  },
  {
    name: 'RAG chunk of an Icelandic motor insurance claim (tjónstilkynning): a -dóttir name, kennitala, a seven-digit mobile, the other driver in prose with s. and his number, the payout account as an IS IBAN',
    text: `TJÓNSTILKYNNING – Ökutækjatrygging
Tjónsnúmer: 24-118306
Tjónþoli: Sigrún Hrafnkelsdóttir
Kennitala: 120587-2249
Heimilisfang: Hringbraut 77, 101 Reykjavík
Farsími: 862 4417
Netfang: sigrun.hrafnkels@simnet.is
Lýsing: Ekið var aftan á bifreið tjónþola á Miklubraut við Kringlumýrarbraut 14. febrúar 2024 kl. 17:40. Ökumaður hinnar bifreiðarinnar, Ólafur Þór Gunnlaugsson (s. 695 2083), viðurkenndi sök á vettvangi.
Bætur greiðist inn á reikning IS42 0115 2601 2345 4808 9223 89.`,
    // Kennitala is a national id; the accident date is no birth date.
    expected: [
      ['PERSON', 'Sigrún Hrafnkelsdóttir'],
      ['PHONE', '862 4417'],
      ['EMAIL', 'sigrun.hrafnkels@simnet.is'],
      ['PERSON', 'Ólafur Þór Gunnlaugsson'],
      ['PHONE', '695 2083'],
      ['IBAN', 'IS42 0115 2601 2345 4808 9223 89'],
    ],
  },
  {
    name: 'RAG chunk of a Romanian motor claim file (dosar de daună RCA): the insured with a CNP, the injured party with data nașterii, a dotted mobile and e-mail, the payout account as an RO IBAN, the inspector',
    text: `Dosar de daună nr. CJ-RCA-24-004812
Asigurat (vinovat): Constantin Dragomir, CNP 1760514125781, poliță RCA seria RO/25/H25/XT nr. 004471823
Păgubit: Ioana-Roxana Bălan, data nașterii 02.04.1989, tel. 0722.604.318, e-mail ioana.balan89@yahoo.com
Autovehicul avariat: Dacia Logan, nr. înmatriculare CJ 18 XRB
Descrierea evenimentului: la data de 27.02.2024, pe Calea Dorobanților, autoturismul asiguratului a lovit din spate autoturismul păgubitului.
Contul pentru despăgubire: RO23 RNCB 0082 1447 1826 0014, titular Ioana-Roxana Bălan
Inspector daune: Florin Mocanu`,
    // The CNP is a national id; a policy and a plate number are none of our types.
    expected: [
      ['PERSON', 'Constantin Dragomir'],
      ['PERSON', 'Ioana-Roxana Bălan'],
      ['DATE_OF_BIRTH', '02.04.1989'],
      ['PHONE', '0722.604.318'],
      ['EMAIL', 'ioana.balan89@yahoo.com'],
      ['IBAN', 'RO23 RNCB 0082 1447 1826 0014'],
      ['PERSON', 'Ioana-Roxana Bălan'],
      ['PERSON', 'Florin Mocanu'],
    ],
  },
  {
    name: 'RAG chunk of a US travel insurance claim: claimant with DOB, a Miami number, an iCloud address, an Amex card in 4-6-5 groups, a travelling companion and a doctor',
    text: `Travel Insurance Claim — Trip Cancellation
Claimant: Odalys Ferreira-Quispe     DOB: 1983-05-17     Policy: TRV-88214-US
Phone: +1 (786) 410-2297     Email: odalys.fq@icloud.com
Card used to pay for the trip: American Express 3791 482650 37184
Reason for cancellation: hospitalisation of travelling companion Raúl Quispe Mamani on 2024-02-27 (see attached letter from Dr. Imelda Saavedra, Jackson North Medical Center).`,
    expected: [
      ['PERSON', 'Odalys Ferreira-Quispe'],
      ['DATE_OF_BIRTH', '1983-05-17'],
      ['PHONE', '+1 (786) 410-2297'],
      ['EMAIL', 'odalys.fq@icloud.com'],
      ['CREDIT_CARD', '3791 482650 37184'],
      ['PERSON', 'Raúl Quispe Mamani'],
      ['PERSON', 'Imelda Saavedra'],
    ],
  },
  {
    name: 'RAG chunk of an Indonesian health insurance claim form: Nama Tertanggung, Tanggal Lahir, an 0811 mobile, a card paid at the hospital a.n. the insured, a domestic account a.n. his wife',
    text: `FORMULIR KLAIM ASURANSI KESEHATAN
No. Polis         : KS-0012-884172
Nama Tertanggung  : Hendra Wijaya Saputra
Tanggal Lahir     : 21-06-1981
No. HP            : 0811-1820-4476
Email             : hendra.ws81@gmail.com
Rumah Sakit       : RS Mitra Keluarga Kelapa Gading
Tanggal Rawat     : 02/03/2024 – 05/03/2024
Pembayaran awal dengan kartu kredit 5189 0327 5564 1201 (a.n. Hendra Wijaya Saputra)
Rekening untuk penggantian: BCA 0841927735 a.n. Lina Marlina Saputra`,
    // A domestic bank account number is none of our types; the stay dates are no birth dates.
    expected: [
      ['PERSON', 'Hendra Wijaya Saputra'],
      ['DATE_OF_BIRTH', '21-06-1981'],
      ['PHONE', '0811-1820-4476'],
      ['EMAIL', 'hendra.ws81@gmail.com'],
      ['CREDIT_CARD', '5189 0327 5564 1201'],
      ['PERSON', 'Hendra Wijaya Saputra'],
      ['PERSON', 'Lina Marlina Saputra'],
    ],
  },
  {
    name: 'RAG chunk of a Kenyan High Court appeal judgment: parties in capitals over dotted leaders, the trial magistrate after Hon., two M-Pesa lines in prose, the judge signing in capitals',
    text: `REPUBLIC OF KENYA
IN THE HIGH COURT OF KENYA AT NAKURU
CIVIL APPEAL NO. E047 OF 2023
WANJIKU NJERI KAMAU ....................................... APPELLANT
VERSUS
PETER OTIENO ODHIAMBO .................................... RESPONDENT
(Being an appeal from the judgment of Hon. R. Achieng, SRM, delivered on 14th March 2023 in Nakuru CMCC No. 312 of 2021)
JUDGMENT
1. The appellant sued the respondent for the refund of Kshs. 480,000 paid by M-Pesa from her line 0722 418 903 to the respondent's line 0711 260 574 towards the purchase of a plot in Bahati.
2. The respondent denied receiving the money and stated that the line was registered to his brother.
Dated, signed and delivered at Nakuru this 9th day of February 2024.
J. M. NGUGI
JUDGE`,
    // Judges and magistrates count like anyone else; case numbers are none of our types.
    expected: [
      ['PERSON', 'WANJIKU NJERI KAMAU'],
      ['PERSON', 'PETER OTIENO ODHIAMBO'],
      ['PERSON', 'R. Achieng'],
      ['PHONE', '0722 418 903'],
      ['PHONE', '0711 260 574'],
      ['PERSON', 'J. M. NGUGI'],
    ],
  },
  {
    name: 'RAG chunk of a Finnish district court judgment: a judge and a prosecutor after their offices, the defendant with syntynyt, the injured party with her counsel and his phone, the account the money went to',
    text: `PIRKANMAAN KÄRÄJÄOIKEUS
TUOMIO 24/112847
Annettu kansliassa 8.3.2024
Asianumero R 23/4417
Puheenjohtaja: käräjätuomari Liisa Hakkarainen
Kantaja: kihlakunnansyyttäjä Tuomas Kettunen
Vastaaja: Jarkko Ilmari Salonen, syntynyt 11.9.1986, Nokia
Asianomistaja: Minna Koskela (avustajana asianajaja Pekka Rautio, puh. 050 412 8837)
SYYTE
Petos. Vastaaja oli 3.5.2023 saanut asianomistajan siirtämään 2 400 euroa tililleen FI79 1572 3000 1845 23.`,
    // Nokia is the defendant's home town; the offence date is no birth date.
    expected: [
      ['PERSON', 'Liisa Hakkarainen'],
      ['PERSON', 'Tuomas Kettunen'],
      ['PERSON', 'Jarkko Ilmari Salonen'],
      ['DATE_OF_BIRTH', '11.9.1986'],
      ['PERSON', 'Minna Koskela'],
      ['PERSON', 'Pekka Rautio'],
      ['PHONE', '050 412 8837'],
      ['IBAN', 'FI79 1572 3000 1845 23'],
    ],
  },
  {
    name: 'RAG chunk of a Romanian criminal judgment: the defendant with născut la data de, the IP he used, the victim, her Visa card as evidence, the judge',
    text: `ROMÂNIA
JUDECĂTORIA SECTORULUI 3 BUCUREȘTI
SENTINȚA PENALĂ NR. 412/2024
Ședința publică din data de 19.02.2024
Instanța reține că inculpatul Marian-Cosmin Dobrescu, născut la data de 11.07.1998 în Pitești, a accesat în noaptea de 03.06.2022, de la adresa IP 86.124.77.203, contul de internet banking al persoanei vătămate Tudora Vasilescu, folosind datele cardului 4916 8302 5174 4608, și a efectuat trei plăți în valoare totală de 7.850 lei.
Judecător: Adina Mihăilescu`,
    expected: [
      ['PERSON', 'Marian-Cosmin Dobrescu'],
      ['DATE_OF_BIRTH', '11.07.1998'],
      ['IP_ADDRESS', '86.124.77.203'],
      ['PERSON', 'Tudora Vasilescu'],
      ['CREDIT_CARD', '4916 8302 5174 4608'],
      ['PERSON', 'Adina Mihăilescu'],
    ],
  },
  {
    name: 'RAG chunk of a Minnesota order for protection: petitioner, respondent with Respondent DOB and phone, a second number in the order, the judge',
    text: `STATE OF MINNESOTA, DISTRICT COURT, HENNEPIN COUNTY
ORDER FOR PROTECTION (EX PARTE)
Court File No. 27-DA-FA-24-1183
Petitioner: Larissa Mbatha-Olsen
Respondent: Kevin Dale Thorsgaard      Respondent DOB: 02/06/1987
Respondent's phone: (612) 804-3371
The Court finds that an order for protection should issue. Respondent shall not contact Petitioner in person, by telephone, or by text message, including to (763) 412-9088.
BY THE COURT: Judge Annette Ruiz-Lindqvist      Dated: 03/08/2024`,
    expected: [
      ['PERSON', 'Larissa Mbatha-Olsen'],
      ['PERSON', 'Kevin Dale Thorsgaard'],
      ['DATE_OF_BIRTH', '02/06/1987'],
      ['PHONE', '(612) 804-3371'],
      ['PHONE', '(763) 412-9088'],
      ['PERSON', 'Annette Ruiz-Lindqvist'],
    ],
  },
  // ---------------------------------------------------------------- RAG chunks: medical letters and school reports
  {
    name: 'RAG chunk of a Tanzanian referral letter in Swahili (barua ya rufaa): Jina la mgonjwa, Tarehe ya kuzaliwa, a +255 mobile, the doctor after Dkt. and his number',
    text: `JAMHURI YA MUUNGANO WA TANZANIA
HOSPITALI YA WILAYA YA MOSHI
BARUA YA RUFAA
Kwa: Daktari Bingwa wa Moyo, Hospitali ya Rufaa ya Kanda KCMC
Jina la mgonjwa: Neema Joseph Mushi
Tarehe ya kuzaliwa: 22/08/1979
Namba ya simu: +255 754 318 062
Historia: Mgonjwa amekuwa na maumivu ya kifua na kushindwa kupumua kwa wiki tatu.
Sababu ya rufaa: Uchunguzi zaidi wa moyo (ECHO).
Imeandikwa na: Dkt. Baraka Mollel, 14/03/2024
Simu ya daktari: 0713 447 209`,
    expected: [
      ['PERSON', 'Neema Joseph Mushi'],
      ['DATE_OF_BIRTH', '22/08/1979'],
      ['PHONE', '+255 754 318 062'],
      ['PERSON', 'Baraka Mollel'],
      ['PHONE', '0713 447 209'],
    ],
  },
  {
    name: 'RAG chunk of a Pakistani discharge summary: patient with s/o his father, Date of birth, CNIC, two mobiles, the brother, advice in Roman Urdu naming a doctor, a consultant with stacked titles',
    text: `DISCHARGE SUMMARY — Shalamar Hospital, Lahore
MR No: 0024-71836          Ward: Medical Unit II
Patient: Muhammad Usman Tariq s/o Tariq Mehmood
Age/Sex: 46 Y / M          Date of birth: 03-01-1978
CNIC: 35202-4817362-3
Contact: 0300-4812273 (self), 0321 7730148 (brother: Adeel Tariq)
Admitted: 09-03-2024       Discharged: 14-03-2024
Diagnosis: Community-acquired pneumonia; type 2 diabetes mellitus
Advice: Dawai waqt par lein, 7 din baad OPD mein Dr. Saima Qureshi ko dikhayein.
Consultant: Prof. Dr. Khalid Mahmood Anjum`,
    // The CNIC and MR numbers are ids; admission and discharge dates are no birth dates.
    expected: [
      ['PERSON', 'Muhammad Usman Tariq'],
      ['PERSON', 'Tariq Mehmood'],
      ['DATE_OF_BIRTH', '03-01-1978'],
      ['PHONE', '0300-4812273'],
      ['PHONE', '0321 7730148'],
      ['PERSON', 'Adeel Tariq'],
      ['PERSON', 'Saima Qureshi'],
      ['PERSON', 'Khalid Mahmood Anjum'],
    ],
  },
  {
    name: 'RAG chunk of an Afrikaans GP referral letter: the GP with initials after Dr. in the letterhead and signature, a specialist and Geagte Dr. with her family name, mev. with geboortedatum and selfoon in brackets',
    text: `Dr. M. J. Botha — Huisarts
Praktyknommer 0481726 · Kerkstraat 12, Paarl · Tel 021 872 4419

Aan: Dr. Thandeka Nkosi, Kardioloog, Mediclinic Paarl

Geagte Dr. Nkosi

Hiermee verwys ek graag mev. Elsabé du Toit (geboortedatum 03/10/1961, selfoon 072 418 6630) vir verdere ondersoek weens herhaalde episodes van hartkloppings en duiseligheid.

Baie dankie
Dr. M. J. Botha`,
    // The practice number is none of our types.
    expected: [
      ['PERSON', 'M. J. Botha'],
      ['PHONE', '021 872 4419'],
      ['PERSON', 'Thandeka Nkosi'],
      ['PERSON', 'Nkosi'],
      ['PERSON', 'Elsabé du Toit'],
      ['DATE_OF_BIRTH', '03/10/1961'],
      ['PHONE', '072 418 6630'],
      ['PERSON', 'M. J. Botha'],
    ],
  },
  {
    name: 'RAG chunk of a Catalan hospital discharge report (informe d’alta): Pacient with i between family names, Data de naixement, the doctor, a son with a landline and a mobile; a hospital named after a person',
    text: `INFORME D'ALTA HOSPITALÀRIA
Hospital Universitari Arnau de Vilanova — Lleida
Pacient: Montserrat Farré i Solé      NHC: 4471832      CIP: FAPU0470215004
Data de naixement: 15/02/1947
Data d'ingrés: 02/03/2024      Data d'alta: 09/03/2024
Metge responsable: Dr. Xavier Gispert Bonet
Diagnòstic principal: Insuficiència cardíaca descompensada.
Contacte familiar: Marc Farré (fill), 973 24 18 62 / 690 417 552`,
    // The hospital is named after a physician; NHC and CIP are health ids.
    expected: [
      ['PERSON', 'Montserrat Farré i Solé'],
      ['DATE_OF_BIRTH', '15/02/1947'],
      ['PERSON', 'Xavier Gispert Bonet'],
      ['PERSON', 'Marc Farré'],
      ['PHONE', '973 24 18 62'],
      ['PHONE', '690 417 552'],
    ],
  },
  {
    name: 'RAG chunk of a Philippine report card (SF9): the learner family name first in capitals, LRN, Petsa ng Kapanganakan with a Tagalog month, the adviser after Gng., a parent with Ma. and a Globe mobile',
    text: `REPORT CARD (SF9) — Learner's Progress Report
Pangalan / Name: DIMAANO, JOHN CARLO M.
LRN: 107382140015
Petsa ng Kapanganakan / Date of Birth: Hunyo 4, 2012
Baitang at Seksyon: Grade 6 – Sampaguita
Adviser: Gng. Rowena P. Malabanan
First Quarter Average: 89     Second Quarter Average: 91
Magulang/Tagapag-alaga: Ma. Theresa Dimaano — 0917 582 3306`,
    // The LRN is a learner reference number; Ma. is the usual short form of Maria, part of the given name.
    expected: [
      ['PERSON', 'DIMAANO, JOHN CARLO M.'],
      ['DATE_OF_BIRTH', 'Hunyo 4, 2012'],
      ['PERSON', 'Rowena P. Malabanan'],
      ['PERSON', 'Ma. Theresa Dimaano'],
      ['PHONE', '0917 582 3306'],
    ],
  },
  {
    name: 'Finnish Wilma message to guardians: sender and recipients with roles in brackets, the pupil in full and by his given name in the genitive in the subject, a mobile',
    text: `Wilma — viesti
Lähettäjä: Kaarina Nieminen (opettaja)
Vastaanottajat: Tapio Lehtonen (huoltaja), Riikka Lehtonen (huoltaja)
Aihe: Eetun poissaolot
Lähetetty: 13.3.2024 15:42

Hei,
Eetu Lehtonen (7B) on ollut poissa matematiikan tunneilta kolme kertaa tällä viikolla ilman selvitystä. Soittakaa minulle numeroon 044 512 6673 huomenna klo 8–9.

Ystävällisin terveisin
Kaarina Nieminen`,
    // "Eetun" is the genitive of Eetu, the pupil named in full below.
    expected: [
      ['PERSON', 'Kaarina Nieminen'],
      ['PERSON', 'Tapio Lehtonen'],
      ['PERSON', 'Riikka Lehtonen'],
      ['PERSON', 'Eetun'],
      ['PERSON', 'Eetu Lehtonen'],
      ['PHONE', '044 512 6673'],
      ['PERSON', 'Kaarina Nieminen'],
    ],
  },
  // ---------------------------------------------------------------- RAG chunks: invoices, delivery notes, bookings
  {
    name: 'RAG chunk of a Vietnamese VAT invoice: the buyer after Họ tên người mua hàng, a 090 mobile and Gmail; the seller a company, its street and city named after people, a tax code',
    text: `HÓA ĐƠN GIÁ TRỊ GIA TĂNG
Ký hiệu: 1C24TAA   Số: 0004187
Ngày 14 tháng 03 năm 2024
Đơn vị bán hàng: CÔNG TY TNHH THƯƠNG MẠI SAO MAI
Mã số thuế: 0312847561
Địa chỉ: 218 Nguyễn Thị Minh Khai, Phường 6, Quận 3, TP. Hồ Chí Minh
Họ tên người mua hàng: Trần Thị Thu Hương
Điện thoại: 0903 418 276
Email: thuhuong.tran82@gmail.com
Hình thức thanh toán: Chuyển khoản
STT | Tên hàng hóa | ĐVT | Số lượng | Đơn giá | Thành tiền
1 | Máy lọc nước RO 9 lõi | Cái | 1 | 6.490.000 | 6.490.000`,
    // Nguyễn Thị Minh Khai is a street and Hồ Chí Minh a city; the tax code is a business id.
    expected: [
      ['PERSON', 'Trần Thị Thu Hương'],
      ['PHONE', '0903 418 276'],
      ['EMAIL', 'thuhuong.tran82@gmail.com'],
    ],
  },
  {
    name: 'RAG chunk of an Indonesian delivery note (surat jalan): the consignee after Bapak, a hyphenated mobile, a one-word driver name under Nama Sopir, a plate number, the receiver in the signature line',
    text: `SURAT JALAN
No.: SJ/2024/03/0871
Tanggal: 15 Maret 2024
Kepada Yth.
Bapak Agus Setiawan Nugroho
Jl. Pemuda No. 118, Semarang 50132
Telp/HP: 0812-2874-3391
Pengirim: CV Sinar Jaya Abadi
Nama Sopir: Darmaji       No. Polisi: H 8472 KT
No | Nama Barang        | Qty    | Keterangan
1  | Semen Gresik 50 kg | 40 sak | -
Diterima oleh: Siti Rahmawati, 15/03/2024 14:20`,
    // Many Javanese people carry a single name; under a name label it counts. The plate is none of our types.
    expected: [
      ['PERSON', 'Agus Setiawan Nugroho'],
      ['PHONE', '0812-2874-3391'],
      ['PERSON', 'Darmaji'],
      ['PERSON', 'Siti Rahmawati'],
    ],
  },
  {
    name: 'RAG chunk of an Icelandic guesthouse invoice (reikningur): the guest with netfang and s., stay dates, a Mastercard and its authorisation code; the company id',
    text: `REIKNINGUR nr. 2024-0388
Gistiheimilið Lundi ehf., kt. 540317-1290, Hafnarstræti 4, 600 Akureyri
Gestur: Jóhanna Kristín Þórhallsdóttir, netfang johanna.k.th@gmail.com, s. 893 5510
Koma 12.03.2024 – Brottför 14.03.2024, 2 nætur, tveggja manna herbergi
Samtals: 38.400 kr.
Greitt með korti: Mastercard 5457 2019 3866 0413, heimild 408812`,
    // A company's kennitala and the authorisation code are none of our types.
    expected: [
      ['PERSON', 'Jóhanna Kristín Þórhallsdóttir'],
      ['EMAIL', 'johanna.k.th@gmail.com'],
      ['PHONE', '893 5510'],
      ['CREDIT_CARD', '5457 2019 3866 0413'],
    ],
  },
  {
    name: 'RAG chunk of a Vietnamese tour booking confirmation: Ông before the name, Ngày sinh (theo hộ chiếu), a passport number, a +84 mobile, a JCB card with its expiry',
    text: `XÁC NHẬN ĐẶT TOUR — Mã booking: VN-DN-240318-07
Khách hàng: Ông Hồ Quang Vinh
Ngày sinh (theo hộ chiếu): 22/12/1970
Số hộ chiếu: C4471829
Điện thoại: +84 905 662 318
Tour: Đà Nẵng – Hội An – Bà Nà 4N3Đ, khởi hành 18/03/2024
Thanh toán: thẻ JCB 3530 1192 4470 8658, hết hạn 08/27`,
    // A passport number is none of our types; Ông is a title.
    expected: [
      ['PERSON', 'Hồ Quang Vinh'],
      ['DATE_OF_BIRTH', '22/12/1970'],
      ['PHONE', '+84 905 662 318'],
      ['CREDIT_CARD', '3530 1192 4470 8658'],
    ],
  },
  {
    name: 'a Roman Urdu complaint e-mail from a bank customer: mera naam, date of birth in prose, a PK IBAN in groups and a Jazz mobile',
    text: `Subject: Galat charges — fori madad chahiye

Assalam o Alaikum,
Mera naam Hira Nadeem Malik hai aur meri date of birth 14-08-1992 hai. Mere account (IBAN PK36 MEZN 0002 3401 0478 2251) se pichle mahine do dafa Rs. 4,500 kaat liye gaye hain. Barah-e-karam yeh raqam wapas karein. Mera number 0333-4418207 hai, aap mujh se shaam 6 baje ke baad raabta kar sakte hain.

Shukriya,
Hira`,
    // The sign-off is the sender's given name; she is named in full above.
    expected: [
      ['PERSON', 'Hira Nadeem Malik'],
      ['DATE_OF_BIRTH', '14-08-1992'],
      ['IBAN', 'PK36 MEZN 0002 3401 0478 2251'],
      ['PHONE', '0333-4418207'],
      ['PERSON', 'Hira'],
    ],
  },
  // ---------------------------------------------------------------- OCR'd scans with OCR noise
  {
    name: "OCR'd UK mortgage letter: O for 0 and l for 1 inside phone numbers in prose, a noisy letterhead, Ms with the family name in the salutation, the sender's signature",
    text: `--- page 1 (OCR, confidence 0.81) ---
Northgate Bui1ding Society
Ms Harriet Ogunleye-Banks
14 Alder Grove
Leeds LS6 2QT
Our ref: NGB/MTG/4471O28
Dear Ms Ogunleye-Banks,
Re: Mortgage account ending 3O92
We have tried to contact you on O113 2O4 7781 and 07946 5l8 223 without success. Please call us as soon as possib1e so that we can discuss your options.
Yours sincere1y,
Daniel Whitfield-Aske
Mortgage Support Team`,
    expected: [
      ['PERSON', 'Harriet Ogunleye-Banks'],
      ['PERSON', 'Ogunleye-Banks'],
      ['PHONE', 'O113 2O4 7781'],
      ['PHONE', '07946 5l8 223'],
      ['PERSON', 'Daniel Whitfield-Aske'],
    ],
  },
  {
    name: "OCR'd US proof-of-loss form: family name first in capitals, l for 1 and O for 0 in the SSN, birth date, phone and e-mail domain, a roofing firm's name broken at a line end, the adjuster",
    text: `SWORN STATEMENT IN PROOF OF LOSS — HOMEOWNERS
Insured Name: FONTENOT, CLAUDETTE R.      Policy #: HO3-88l2O47
Social Security No.: 4l7-28-5530
Date of Birth: O8/l9/l96l
Phone: (5O4) 8l2-7734
Email: c.fontenot@bel1south.net
Description of loss: wind damage to roof and rear porch; repairs quoted by Tib-
bideaux Roofing LLC. Mortgagee: Hancock Whitney Bank.
Adjuster: Renée Boudreaux-Hall`,
    // Tibbideaux Roofing and Hancock Whitney Bank are companies; the OCR text of each value is its span.
    expected: [
      ['PERSON', 'FONTENOT, CLAUDETTE R.'],
      ['US_SSN', '4l7-28-5530'],
      ['DATE_OF_BIRTH', 'O8/l9/l96l'],
      ['PHONE', '(5O4) 8l2-7734'],
      ['EMAIL', 'c.fontenot@bel1south.net'],
      ['PERSON', 'Renée Boudreaux-Hall'],
    ],
  },
  {
    name: "OCR'd Philippine barangay clearance in Tagalog: si before a name in capitals, ipinanganak noong with l for 1 in the year, a Cel. No. with O and l, the punong barangay after HON.",
    text: `Republika ng Pilipinas
Lungsod Quezon
BARANGAY BAGONG PAG-ASA
TANGGAPAN NG PUNONG BARANGAY
BARANGAY CLEARANCE
Ito ay nagpapatunay na si ALDRIN P. MACARAEG, 34 taong gulang, ipinanganak noong Agosto 19, l989, at naninirahan sa 27 Road 3, Bagong Pag-asa, ay walang nakabinbing kaso sa barangay na ito.
Cel. No.: O9l8 224 7790
Ibinigay ngayong ika-12 ng Marso 2024.
HON. ERNESTO L. BAUTISTA
Punong Barangay`,
    expected: [
      ['PERSON', 'ALDRIN P. MACARAEG'],
      ['DATE_OF_BIRTH', 'Agosto 19, l989'],
      ['PHONE', 'O9l8 224 7790'],
      ['PERSON', 'ERNESTO L. BAUTISTA'],
    ],
  },
  // ---------------------------------------------------------------- meeting transcripts and voicemail
  {
    name: 'Zoom WebVTT transcript with "Name:" speakers: a Finnish mobile said half in words, an e-mail, a given name in a thanks before the full name appears',
    text: `WEBVTT

1
00:00:02.140 --> 00:00:06.820
Marisol Okafor-Lund: Okay, we're recording. Thanks for jumping on, Teodor.

2
00:00:07.310 --> 00:00:12.050
Teodor Vainikka: No problem. Before I forget, my new mobile is plus three five eight, 40 552 1876.

3
00:00:12.600 --> 00:00:17.930
Marisol Okafor-Lund: Got it. I'll send the offer letter to teodor.vainikka@outlook.com tonight.

4
00:00:18.400 --> 00:00:21.700
Teodor Vainikka: Perfect. Start date is still the fifteenth of April, right?`,
    expected: [
      ['PERSON', 'Marisol Okafor-Lund'],
      ['PERSON', 'Teodor'],
      ['PERSON', 'Teodor Vainikka'],
      ['PHONE', 'plus three five eight, 40 552 1876'],
      ['PERSON', 'Marisol Okafor-Lund'],
      ['EMAIL', 'teodor.vainikka@outlook.com'],
      ['PERSON', 'Teodor Vainikka'],
    ],
  },
  {
    name: 'Teams WebVTT transcript in Romanian with <v> voice tags: a client named in full then after domnul, s-a născut pe with a month name, a mobile and an e-mail',
    text: `WEBVTT

00:00:03.512 --> 00:00:08.204
<v Cristina Moldovan>Bună ziua tuturor. Astăzi discutăm dosarul clientului Radu Enache.</v>

00:00:08.930 --> 00:00:15.377
<v Alexandru Pop>Am verificat: domnul Enache s-a născut pe 21 ianuarie 1974, deci se încadrează la produsul pentru seniori.</v>

00:00:15.801 --> 00:00:21.045
<v Cristina Moldovan>Perfect. Numărul lui de telefon e tot 0740 112 589? Trebuie să-l sun mâine.</v>

00:00:21.600 --> 00:00:24.990
<v Alexandru Pop>Da, iar adresa de e-mail e radu.enache74@gmail.com.</v>`,
    expected: [
      ['PERSON', 'Cristina Moldovan'],
      ['PERSON', 'Radu Enache'],
      ['PERSON', 'Alexandru Pop'],
      ['PERSON', 'Enache'],
      ['DATE_OF_BIRTH', '21 ianuarie 1974'],
      ['PERSON', 'Cristina Moldovan'],
      ['PHONE', '0740 112 589'],
      ['PERSON', 'Alexandru Pop'],
      ['EMAIL', 'radu.enache74@gmail.com'],
    ],
  },
  {
    name: 'SRT subtitles of a recorded support call: AGENT and CALLER cues, the caller naming himself, a Mastercard read in groups, an expiry in words, the birth date given as an answer',
    text: `1
00:00:01,000 --> 00:00:04,200
AGENT: Thank you for calling Kestrel Travel, this is Imogen.

2
00:00:04,600 --> 00:00:08,900
CALLER: Hi Imogen, it's Bartholomew Ngata, I'm calling about booking KX4471.

3
00:00:09,300 --> 00:00:14,800
CALLER: The card I used was 5318 4209 6617 7301, expiry oh nine twenty-seven.

4
00:00:15,100 --> 00:00:18,600
AGENT: Thanks Mr Ngata, and your date of birth for security?

5
00:00:19,000 --> 00:00:21,400
CALLER: Second of November, 1968.`,
    // The agent is never named in full; the booking reference and expiry are none of our types.
    expected: [
      ['PERSON', 'Bartholomew Ngata'],
      ['CREDIT_CARD', '5318 4209 6617 7301'],
      ['PERSON', 'Ngata'],
      ['DATE_OF_BIRTH', 'Second of November, 1968'],
    ],
  },
  {
    name: 'carrier voicemail transcription: the caller id, a caller naming herself and the client after Mr., call-back numbers said in a mix of words and digits',
    text: `Voicemail from +1 (415) 283-9904 · Mar 12, 2024 at 4:52 PM · 0:41
Transcription (low confidence):
"Hi, this is Delphine Arceneaux from Bayou Title and Escrow, calling for Mr. Whitcombe about the closing on Friday. Could you call me back at four one five, 283 99 oh four, or on my cell, 504 two one seven 6630? I also still need the wire form signed before Thursday. Thanks, bye."`,
    expected: [
      ['PHONE', '+1 (415) 283-9904'],
      ['PERSON', 'Delphine Arceneaux'],
      ['PERSON', 'Whitcombe'],
      ['PHONE', 'four one five, 283 99 oh four'],
      ['PHONE', '504 two one seven 6630'],
    ],
  },
  {
    name: 'Taglish voicemail transcription from a parent: si … po ito, her child named in full then alone after si, a Globe mobile and a Manila landline',
    text: `Voicemail · 13/03/2024 09:14 · 0:32
"Hello po, good morning, si Marites Dimaculangan po ito, yung nanay ni Angelo Dimaculangan sa Grade 4. Pasensya na po sa abala, pero hindi po makakapasok si Angelo bukas kasi may lagnat po siya. Pakitawagan na lang po ako sa 0917 804 2261 o kaya sa landline namin, 8721 4408. Salamat po."`,
    expected: [
      ['PERSON', 'Marites Dimaculangan'],
      ['PERSON', 'Angelo Dimaculangan'],
      ['PERSON', 'Angelo'],
      ['PHONE', '0917 804 2261'],
      ['PHONE', '8721 4408'],
    ],
  },
  {
    name: 'Teams intelligent recap: attendees separated by semicolons (an Irish name with Mac), given names in the notes, a test customer with born, a follow-up with an e-mail',
    text: `Meeting recap — Q2 data migration sync (Microsoft Teams)
Attendees: Siobhán Mac Giolla Phádraig; Arvid Lindqvist-Oyelaran; Pooja Venkataraman (external)
Notes
- Arvid confirmed the customer extract for Kuopio is ready; the row for customer 88412 (Aino Rautiainen, born 30.1.1948) still fails the age check.
- Pooja will send the SFTP credentials to Arvid over Signal, not by e-mail.
Follow-up tasks
- Siobhán: share the mapping sheet with pooja.v@tessellate-consult.in by Friday.`,
    expected: [
      ['PERSON', 'Siobhán Mac Giolla Phádraig'],
      ['PERSON', 'Arvid Lindqvist-Oyelaran'],
      ['PERSON', 'Pooja Venkataraman'],
      ['PERSON', 'Arvid'],
      ['PERSON', 'Aino Rautiainen'],
      ['DATE_OF_BIRTH', '30.1.1948'],
      ['PERSON', 'Pooja'],
      ['PERSON', 'Arvid'],
      ['PERSON', 'Siobhán'],
      ['EMAIL', 'pooja.v@tessellate-consult.in'],
    ],
  },
  {
    name: 'Otter.ai benefits intake transcript: a named interviewer and "Speaker 2", the full name, an SSN said with commas, a birth date with a two-digit year as an answer',
    text: `Benefits intake — Otter.ai

Keisha Broussard  0:03
Okay, so for the application I just need to confirm a few things. Full name as it is on your card?

Speaker 2  0:09
Dwayne Anthony Fairclough.

Keisha Broussard  0:12
And your social?

Speaker 2  0:14
It's 382, 50, 6147.

Keisha Broussard  0:19
And date of birth?

Speaker 2  0:21
July 9th, 83.`,
    expected: [
      ['PERSON', 'Keisha Broussard'],
      ['PERSON', 'Dwayne Anthony Fairclough'],
      ['PERSON', 'Keisha Broussard'],
      ['US_SSN', '382, 50, 6147'],
      ['PERSON', 'Keisha Broussard'],
      ['DATE_OF_BIRTH', 'July 9th, 83'],
    ],
  },
  {
    name: 'Swahili call-centre transcript (ASR) for a mobile-money reversal: Wakala and Mteja turns, jina langu ni, Bwana before the family name, three Kenyan numbers, the birth date as an answer',
    text: `Nakala ya simu (ASR) · Huduma kwa Wateja · 14/03/2024 11:07
Wakala: Habari, karibu Kestrel Pesa, naitwa Faith. Nikusaidie vipi?
Mteja: Habari yako. Jina langu ni Omondi Juma Okello, nimetuma pesa kwa namba isiyo sahihi.
Wakala: Pole sana Bwana Okello. Ulituma kutoka namba gani?
Mteja: Namba yangu ni 0733 591 264. Nilituma elfu tano kwa 0710 882 437 badala ya 0710 882 473.
Wakala: Sawa. Kwa uthibitisho, tarehe yako ya kuzaliwa ni ipi?
Mteja: Ni 12 Juni 1988.
Wakala: Asante, ombi lako la kurejesha pesa limepokelewa.`,
    // The agent is never named in full.
    expected: [
      ['PERSON', 'Omondi Juma Okello'],
      ['PERSON', 'Okello'],
      ['PHONE', '0733 591 264'],
      ['PHONE', '0710 882 437'],
      ['PHONE', '0710 882 473'],
      ['DATE_OF_BIRTH', '12 Juni 1988'],
    ],
  },
  // ---------------------------------------------------------------- data apps: dbt, Airflow, Great Expectations, ORM logs
  {
    name: 'dbt 1.8 unit test YAML with given rows as flow mappings: names, e-mails, birth dates and phones of two contacts',
    text: `unit_tests:
  - name: test_customer_age_band
    model: dim_customers
    given:
      - input: ref('stg_crm__contacts')
        rows:
          - {contact_id: 101, full_name: "Ilinca Georgescu", email: "ilinca.georgescu@gmail.com", birth_date: "1989-06-30", phone: "+40 731 554 208"}
          - {contact_id: 102, full_name: "Matthias Oyelowo-Berg", email: "m.oyelowo@posteo.de", birth_date: "2001-12-01", phone: "+49 1517 3308421"}
    expect:
      rows:
        - {contact_id: 101, age_band: "30-39"}
        - {contact_id: 102, age_band: "18-29"}`,
    // Rows copied into a test with real domains look like real people, so they count.
    expected: [
      ['PERSON', 'Ilinca Georgescu'],
      ['EMAIL', 'ilinca.georgescu@gmail.com'],
      ['DATE_OF_BIRTH', '1989-06-30'],
      ['PHONE', '+40 731 554 208'],
      ['PERSON', 'Matthias Oyelowo-Berg'],
      ['EMAIL', 'm.oyelowo@posteo.de'],
      ['DATE_OF_BIRTH', '2001-12-01'],
      ['PHONE', '+49 1517 3308421'],
    ],
  },
  {
    name: 'dbt show of a failing singular test: a markdown table of duplicate phones with the customers sharing each, joined by semicolons',
    text: `$ dbt show --select assert_no_duplicate_phones --limit 3
12:04:11  Running with dbt=1.7.9
12:04:13  Found 214 models, 388 tests, 12 sources
12:04:15  Previewing node 'assert_no_duplicate_phones':
| phone            | n | customer_names                            |
| ---------------- | - | ----------------------------------------- |
| +358 40 771 2093 | 2 | Aleksi Heinonen; Aleksi Heinonen-Virtanen |
| +358 50 448 3017 | 2 | Sanna Laaksonen; Sami Laaksonen           |`,
    expected: [
      ['PHONE', '+358 40 771 2093'],
      ['PERSON', 'Aleksi Heinonen'],
      ['PERSON', 'Aleksi Heinonen-Virtanen'],
      ['PHONE', '+358 50 448 3017'],
      ['PERSON', 'Sanna Laaksonen'],
      ['PERSON', 'Sami Laaksonen'],
    ],
  },
  {
    name: 'Airflow task log where a CRM rejects a contact: the JSON payload on the ERROR line with separate first and last name, an Estonian mobile and a dob',
    text: `[2024-03-14, 02:15:07 UTC] {taskinstance.py:1159} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: crm_sync.push_contacts scheduled__2024-03-13T02:00:00+00:00 [queued]>
[2024-03-14, 02:15:08 UTC] {base.py:83} INFO - Using connection ID 'crm_api' for task execution.
[2024-03-14, 02:15:09 UTC] {crm_sync.py:61} INFO - Pushing batch 3/12 (500 contacts)
[2024-03-14, 02:15:11 UTC] {crm_sync.py:74} ERROR - Rejected by CRM (409 duplicate contact, existing_id=88123): {"email": "kadri.saarlo@gmail.com", "first_name": "Kadri", "last_name": "Saarlo", "mobile": "+372 5847 2019", "dob": "1990-02-17"}
[2024-03-14, 02:15:11 UTC] {taskinstance.py:2731} ERROR - Task failed with exception
[2024-03-14, 02:15:11 UTC] {taskinstance.py:1206} INFO - Marking task as UP_FOR_RETRY. dag_id=crm_sync, task_id=push_contacts, run_id=scheduled__2024-03-13T02:00:00+00:00, execution_date=20240313T020000, start_date=20240314T021507, end_date=20240314T021511`,
    expected: [
      ['EMAIL', 'kadri.saarlo@gmail.com'],
      ['PERSON', 'Kadri'],
      ['PERSON', 'Saarlo'],
      ['PHONE', '+372 5847 2019'],
      ['DATE_OF_BIRTH', '1990-02-17'],
    ],
  },
  {
    name: "Airflow task log that prints a built connection URI: the database password and the warehouse's private-range host",
    text: `[2024-03-14, 03:00:02 UTC] {logging_mixin.py:188} INFO - Connecting with postgresql://etl_loader:${etlPassword}@10.40.12.7:5432/warehouse?sslmode=require
[2024-03-14, 03:00:03 UTC] {sql.py:418} INFO - Running statement: COPY staging.orders FROM STDIN WITH CSV HEADER, parameters: None
[2024-03-14, 03:00:09 UTC] {sql.py:427} INFO - Rows affected: 18244
[2024-03-14, 03:00:09 UTC] {taskinstance.py:1206} INFO - Marking task as SUCCESS. dag_id=orders_load, task_id=copy_orders`,
    expected: [
      ['SECRET', etlPassword],
      ['IP_ADDRESS', '10.40.12.7'],
    ],
  },
  {
    name: '`airflow connections export` JSON: an HTTP connection with a password and an API key inside the escaped extra field',
    text: `$ airflow connections export - --file-format json
{
  "kestrel_crm": {
    "conn_type": "http",
    "description": "CRM REST API",
    "host": "api.kestrelcrm.io",
    "login": "etl-bot",
    "password": "${crmPassword}",
    "schema": "https",
    "port": 443,
    "extra": "{\\"api_key\\": \\"${crmApiKey}\\", \\"timeout\\": 30}"
  }
}`,
    expected: [
      ['SECRET', crmPassword],
      ['SECRET', crmApiKey],
    ],
  },
  {
    name: 'Great Expectations validation result: a phone regex expectation with its partial_unexpected_list of three Finnish numbers',
    text: `{
  "expectation_config": {
    "expectation_type": "expect_column_values_to_match_regex",
    "kwargs": {"column": "puhelin", "regex": "^\\\\+358\\\\d{6,10}$", "mostly": 0.99}
  },
  "result": {
    "element_count": 48211,
    "unexpected_count": 3,
    "unexpected_percent": 0.0062,
    "partial_unexpected_list": ["044 719 2285", "+358 (0)50 318 4472", "09-774 1208"]
  },
  "success": false
}`,
    expected: [
      ['PHONE', '044 719 2285'],
      ['PHONE', '+358 (0)50 318 4472'],
      ['PHONE', '09-774 1208'],
    ],
  },
  {
    name: 'Prisma query log: a name searched with ILIKE and a birth date as bound Params of a SELECT',
    text: `prisma:query SELECT "public"."Patient"."id", "public"."Patient"."fullName", "public"."Patient"."dob" FROM "public"."Patient" WHERE ("public"."Patient"."fullName" ILIKE $1 AND "public"."Patient"."dob" = $2) LIMIT $3 OFFSET $4
Params: ["%Wairimu Njoroge%","1984-11-23 00:00:00 UTC",1,0]
Duration: 3ms`,
    // The birth date is the date without its midnight time.
    expected: [
      ['PERSON', 'Wairimu Njoroge'],
      ['DATE_OF_BIRTH', '1984-11-23'],
    ],
  },
  {
    name: 'PrismaClientKnownRequestError printing the create() arguments: e-mail, first and last name, a Pakistani mobile, a dateOfBirth Date and a stored password hash',
    text: `PrismaClientKnownRequestError:
Invalid \`prisma.customer.create()\` invocation in
/app/src/routes/signup.ts:42:39

  39 const hash = await argon2.hash(body.password);
  40
  41 // create the customer
→ 42 const customer = await prisma.customer.create({
       data: {
         email: "ayesha.siddiqui.pk@gmail.com",
         firstName: "Ayesha",
         lastName: "Siddiqui",
         phone: "+92 321 4407715",
         dateOfBirth: new Date("1997-04-08T00:00:00.000Z"),
         passwordHash: "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$Jz0m3WmK8pQ2rLt7Vx4Nc9Ys1Bh6Fa3Ue5Wi8Oq0Zd"
       }
     })

Unique constraint failed on the fields: (\`email\`)`,
    // A stored password hash is no secret; the birth date is the date without its midnight time.
    expected: [
      ['EMAIL', 'ayesha.siddiqui.pk@gmail.com'],
      ['PERSON', 'Ayesha'],
      ['PERSON', 'Siddiqui'],
      ['PHONE', '+92 321 4407715'],
      ['DATE_OF_BIRTH', '1997-04-08'],
    ],
  },
  {
    name: 'TypeORM query log with -- PARAMETERS: an Icelandic member insert with a kennitala, phone, e-mail and birth date, and the duplicate-key error after it',
    text: `query: INSERT INTO "member"("id", "fullName", "kennitala", "phone", "email", "birthDate", "createdAt") VALUES (DEFAULT, $1, $2, $3, $4, $5, DEFAULT) RETURNING "id", "createdAt" -- PARAMETERS: ["Guðrún Eyja Ásgeirsdóttir","0907892719","+354 775 3018","gudrun.eyja@gmail.com","1989-07-09"]
query failed: INSERT INTO "member"("id", "fullName", "kennitala", "phone", "email", "birthDate", "createdAt") VALUES (DEFAULT, $1, $2, $3, $4, $5, DEFAULT) RETURNING "id", "createdAt" -- PARAMETERS: ["Guðrún Eyja Ásgeirsdóttir","0907892719","+354 775 3018","gudrun.eyja@gmail.com","1989-07-09"]
error: error: duplicate key value violates unique constraint "UQ_member_kennitala"`,
    // The kennitala is a national id.
    expected: [
      ['PERSON', 'Guðrún Eyja Ásgeirsdóttir'],
      ['PHONE', '+354 775 3018'],
      ['EMAIL', 'gudrun.eyja@gmail.com'],
      ['DATE_OF_BIRTH', '1989-07-09'],
      ['PERSON', 'Guðrún Eyja Ásgeirsdóttir'],
      ['PHONE', '+354 775 3018'],
      ['EMAIL', 'gudrun.eyja@gmail.com'],
      ['DATE_OF_BIRTH', '1989-07-09'],
    ],
  },
  {
    name: 'AWS Glue (Spark) bad-record warning: a CSV line with one field too many from an unquoted family-first name, its birth date and mobile under the expected columns',
    text: `24/03/14 06:41:12 WARN BadRecordLogger: Malformed record at s3://kestrel-raw/ph/loans/2024-03-13/part-00007.csv line 1883: expected 6 fields (loan_id,borrower_name,birth_date,mobile,amount,branch), found 7
24/03/14 06:41:12 WARN BadRecordLogger: LN-2024-88127,DELA ROSA, MA. CRISTINA,1990-02-13,09178824105,85000.00,Cabanatuan
24/03/14 06:41:13 INFO FileScanRDD: Reading File path: s3://kestrel-raw/ph/loans/2024-03-13/part-00008.csv, range: 0-4194304`,
    expected: [
      ['PERSON', 'DELA ROSA, MA. CRISTINA'],
      ['DATE_OF_BIRTH', '1990-02-13'],
      ['PHONE', '09178824105'],
    ],
  },
  // ---------------------------------------------------------------- data apps: spreadsheets, no-code tools, CRM and BI
  {
    name: 'openpyxl rows printed from a South African payroll sheet with Afrikaans headers: separate Van and Voornaam, datetime birth dates, mobiles, bank account numbers, a SUM formula',
    text: `>>> ws = openpyxl.load_workbook("salarisse_maart.xlsx").active
>>> for row in ws.iter_rows(max_row=4, values_only=True): print(row)
('Werknemer nr', 'Van', 'Voornaam', 'Geboortedatum', 'Selfoon', 'Bankrekening', 'Bruto')
(1021, 'Pienaar', 'Marlise', datetime.datetime(1986, 3, 14, 0, 0), '082 519 3374', '62841937720', 38500)
(1022, 'Mokoena', 'Sipho', datetime.datetime(1979, 10, 2, 0, 0), '071 447 2810', '1048392271', 41200)
(None, None, 'Totaal', None, None, None, '=SUM(G2:G3)')`,
    // A datetime repr's birth date is its arguments without the midnight time; domestic account numbers are none of our types.
    expected: [
      ['PERSON', 'Pienaar'],
      ['PERSON', 'Marlise'],
      ['DATE_OF_BIRTH', '1986, 3, 14'],
      ['PHONE', '082 519 3374'],
      ['PERSON', 'Mokoena'],
      ['PERSON', 'Sipho'],
      ['DATE_OF_BIRTH', '1979, 10, 2'],
      ['PHONE', '071 447 2810'],
    ],
  },
  {
    name: 'Google Sheets API values response with Indonesian headers in the first row: participants with Tanggal Lahir, WhatsApp numbers and e-mails; schools',
    text: `{
  "range": "Peserta!A1:F3",
  "majorDimension": "ROWS",
  "values": [
    ["No", "Nama Peserta", "Tanggal Lahir", "No. WhatsApp", "Email", "Asal Sekolah"],
    ["1", "Dewi Ayu Kusumawardani", "12/05/2008", "0857-3342-1190", "dewi.ayu08@gmail.com", "SMAN 3 Yogyakarta"],
    ["2", "Muhammad Fadli Harahap", "03/11/2007", "0821-6604-2278", "fadli.harahap@yahoo.co.id", "SMA Taruna Nusantara"]
  ]
}`,
    expected: [
      ['PERSON', 'Dewi Ayu Kusumawardani'],
      ['DATE_OF_BIRTH', '12/05/2008'],
      ['PHONE', '0857-3342-1190'],
      ['EMAIL', 'dewi.ayu08@gmail.com'],
      ['PERSON', 'Muhammad Fadli Harahap'],
      ['DATE_OF_BIRTH', '03/11/2007'],
      ['PHONE', '0821-6604-2278'],
      ['EMAIL', 'fadli.harahap@yahoo.co.id'],
    ],
  },
  {
    name: 'Google Sheet pasted with formulas shown: a WhatsApp HYPERLINK per row carrying the number in wa.me form, and a link label with the given name',
    text: `Sheet "Tagihan" (View > Show formulas)
Row | A: Nama                     | B: Email                  | C: HP              | D: WA
2   | Yohanes Kristianto Siregar  | yohanes.siregar@gmail.com | +62 811-6042-775   | =HYPERLINK("https://wa.me/628116042775","Chat Yohanes")
3   | Ni Luh Putu Ayu Wardani     | ayu.wardani@gmail.com     | +62 878-6123-0094  | =HYPERLINK("https://wa.me/6287861230094","Chat Ayu")`,
    expected: [
      ['PERSON', 'Yohanes Kristianto Siregar'],
      ['EMAIL', 'yohanes.siregar@gmail.com'],
      ['PHONE', '+62 811-6042-775'],
      ['PHONE', '628116042775'],
      ['PERSON', 'Yohanes'],
      ['PERSON', 'Ni Luh Putu Ayu Wardani'],
      ['EMAIL', 'ayu.wardani@gmail.com'],
      ['PHONE', '+62 878-6123-0094'],
      ['PHONE', '6287861230094'],
      ['PERSON', 'Ayu'],
    ],
  },
  {
    name: 'Excel Power Query error pasted with the preview rows under Romanian headers: the value that failed to convert, names, e-mails, mobiles and Data nașterii',
    text: `My Power Query step "Changed Type" fails on the Telefon column, why?

Expression.Error: We couldn't convert to Number.
Details:
    0721 348 912

Preview of Clienti:
Nume	Prenume	Email	Telefon	Data nașterii
Sandu	Gheorghița	gheorghita.sandu@gmail.com	0721 348 912	12.03.1984
Lungu	Ovidiu	ovidiu.lungu@yahoo.com	0752 601 447	30.09.1977`,
    expected: [
      ['PHONE', '0721 348 912'],
      ['PERSON', 'Sandu'],
      ['PERSON', 'Gheorghița'],
      ['EMAIL', 'gheorghita.sandu@gmail.com'],
      ['PHONE', '0721 348 912'],
      ['DATE_OF_BIRTH', '12.03.1984'],
      ['PERSON', 'Lungu'],
      ['PERSON', 'Ovidiu'],
      ['EMAIL', 'ovidiu.lungu@yahoo.com'],
      ['PHONE', '0752 601 447'],
      ['DATE_OF_BIRTH', '30.09.1977'],
    ],
  },
  {
    name: 'Notion API page with Icelandic property names: the title in content and plain_text, an e-mail, a phone_number, a Fæðingardagur date one level down',
    text: `{
  "object": "page",
  "id": "6f1c2e8a-4b7d-4e21-9a3c-8d5f0b2e7c41",
  "properties": {
    "Nafn": {"id": "title", "type": "title", "title": [{"type": "text", "text": {"content": "Hrafnhildur Björk Sveinsdóttir"}, "plain_text": "Hrafnhildur Björk Sveinsdóttir"}]},
    "Netfang": {"id": "%3Bq%5E", "type": "email", "email": "hrafnhildur.bjork@simnet.is"},
    "Sími": {"id": "Zx%40n", "type": "phone_number", "phone_number": "+354 846 2291"},
    "Fæðingardagur": {"id": "k%7DtW", "type": "date", "date": {"start": "1975-12-03", "end": null, "time_zone": null}},
    "Staða": {"id": "a1B%3D", "type": "select", "select": {"name": "Virkur félagi", "color": "green"}}
  }
}`,
    expected: [
      ['PERSON', 'Hrafnhildur Björk Sveinsdóttir'],
      ['PERSON', 'Hrafnhildur Björk Sveinsdóttir'],
      ['EMAIL', 'hrafnhildur.bjork@simnet.is'],
      ['PHONE', '+354 846 2291'],
      ['DATE_OF_BIRTH', '1975-12-03'],
    ],
  },
  {
    name: 'Airtable list-records response with Catalan field names: Nom and Cognoms apart, Data de naixement of a child, the guardian with phone and e-mail; a school named after a person',
    text: `{"records":[{"id":"recK3x9PqT2mB7vLd","createdTime":"2024-03-04T09:12:44.000Z","fields":{"Nom":"Laia","Cognoms":"Puigvert Soler","Data de naixement":"2016-09-21","Tutor legal":"Jaume Puigvert Casals","Telèfon del tutor":"+34 639 418 205","Correu del tutor":"jaume.puigvert@gmail.com","Escola":"Escola Pompeu Fabra"}}],"offset":"itrX8dQ2mPl4/recK3x9PqT2mB7vLd"}`,
    // Escola Pompeu Fabra is a school named after a linguist.
    expected: [
      ['PERSON', 'Laia'],
      ['PERSON', 'Puigvert Soler'],
      ['DATE_OF_BIRTH', '2016-09-21'],
      ['PERSON', 'Jaume Puigvert Casals'],
      ['PHONE', '+34 639 418 205'],
      ['EMAIL', 'jaume.puigvert@gmail.com'],
    ],
  },
  {
    name: 'Salesforce CLI `sf data query` table of Contacts: names with Romanian diacritics, +40 phones, e-mails and Birthdate; record ids',
    text: `$ sf data query --query "SELECT Id, Name, Phone, Email, Birthdate, MailingCity FROM Contact WHERE AccountId = '0015g00000XyZ12AAF'" --target-org prod
 ID                 NAME                  PHONE           EMAIL                      BIRTHDATE  MAILINGCITY
 ────────────────── ───────────────────── ─────────────── ────────────────────────── ────────── ───────────
 0035g00000Qw8rTAAR Mihaela Căpraru       +40 264 598 117 mihaela.capraru@clujmed.ro 1971-08-14 Cluj-Napoca
 0035g00000Qw8rUAAR Ştefan Bogdan Ilişoi  +40 722 318 446 s.ilisoi@clujmed.ro        1968-02-29 Turda
Total number of records retrieved: 2.
Querying Data... done`,
    expected: [
      ['PERSON', 'Mihaela Căpraru'],
      ['PHONE', '+40 264 598 117'],
      ['EMAIL', 'mihaela.capraru@clujmed.ro'],
      ['DATE_OF_BIRTH', '1971-08-14'],
      ['PERSON', 'Ştefan Bogdan Ilişoi'],
      ['PHONE', '+40 722 318 446'],
      ['EMAIL', 's.ilisoi@clujmed.ro'],
      ['DATE_OF_BIRTH', '1968-02-29'],
    ],
  },
  {
    name: 'Salesforce Apex debug log: a Contact sObject printed with FirstName, LastName, MobilePhone, Email and a Birthdate at midnight, and the owning User by Name',
    text: `14:02:17.42 (42118377)|USER_DEBUG|[27]|DEBUG|Before update: Contact:{Id=0035g00000Qw8sZAAR, FirstName=Nomvula, LastName=Dlamini-Hartley, MobilePhone=+27 82 604 1937, Email=nomvula.dh@outlook.com, Birthdate=1992-05-23 00:00:00}
14:02:17.43 (43006119)|USER_DEBUG|[28]|DEBUG|Owner: User:{Id=0055g00000AbCdEAA1, Name=Pieter Coetzee-Mahlangu, IsActive=true}
14:02:17.44 (44210552)|DML_BEGIN|[31]|Op:Update|Type:Contact|Rows:1`,
    expected: [
      ['PERSON', 'Nomvula'],
      ['PERSON', 'Dlamini-Hartley'],
      ['PHONE', '+27 82 604 1937'],
      ['EMAIL', 'nomvula.dh@outlook.com'],
      ['DATE_OF_BIRTH', '1992-05-23'],
      ['PERSON', 'Pieter Coetzee-Mahlangu'],
    ],
  },
  {
    name: 'DAX Studio result of an EVALUATE query: tab-separated Customer[Full Name], Customer[Mobile] and Customer[Date of Birth] at midnight, with Pakistani names',
    text: `EVALUATE
TOPN(3, SUMMARIZECOLUMNS('Customer'[Full Name], 'Customer'[Mobile], 'Customer'[Date of Birth], "Spend", [Total Spend]), [Spend], DESC)

Customer[Full Name]	Customer[Mobile]	Customer[Date of Birth]	[Spend]
Hamza Rafiq Chaudhry	0333 5120846	11/06/1985 00:00:00	1,248,300
Mahnoor Iqbal	0345 2289174	27/01/1993 00:00:00	1,102,750
Bilal Ahmed Siddiqi	0301 7645023	05/09/1979 00:00:00	987,400`,
    expected: [
      ['PERSON', 'Hamza Rafiq Chaudhry'],
      ['PHONE', '0333 5120846'],
      ['DATE_OF_BIRTH', '11/06/1985'],
      ['PERSON', 'Mahnoor Iqbal'],
      ['PHONE', '0345 2289174'],
      ['DATE_OF_BIRTH', '27/01/1993'],
      ['PERSON', 'Bilal Ahmed Siddiqi'],
      ['PHONE', '0301 7645023'],
      ['DATE_OF_BIRTH', '05/09/1979'],
    ],
  },
  {
    name: 'Google Apps Script bound to a school sheet: a SendGrid key in a constant and a parent e-mail column read by index',
    text: `// Code.gs — "Pengingat SPP" (tuition reminders)
const SENDGRID_KEY = '${sendgridKey}';
const FROM = 'tatausaha@smpn4-malang.sch.id';

function sendReminders() {
  const rows = SpreadsheetApp.getActive().getSheetByName('SPP').getDataRange().getValues();
  rows.slice(1).forEach((r) => {
    if (r[5] !== 'LUNAS') sendMail_(r[3], 'Pengingat SPP bulan Maret', 'Yth. Bapak/Ibu wali murid ' + r[1]);
  });
}`,
    // The school office's sending mailbox counts as an e-mail address on a real domain.
    expected: [
      ['SECRET', sendgridKey],
      ['EMAIL', 'tatausaha@smpn4-malang.sch.id'],
    ],
  },
  // ---------------------------------------------------------------- LLM tool calls and MCP
  {
    name: 'OpenAI chat messages: an assistant tool call issue_refund with escaped JSON arguments (name, EE IBAN, e-mail) and the tool result naming the beneficiary',
    text: `[
  {"role": "assistant", "content": null, "tool_calls": [{"id": "call_Qm3x8Lr2", "type": "function", "function": {"name": "issue_refund", "arguments": "{\\"customer_name\\":\\"Eerik Sepp\\",\\"iban\\":\\"EE461700017004829361\\",\\"amount_eur\\":129.9,\\"reason\\":\\"double charge\\",\\"notify_email\\":\\"eerik.sepp@gmail.com\\"}"}}]},
  {"role": "tool", "tool_call_id": "call_Qm3x8Lr2", "content": "{\\"status\\":\\"queued\\",\\"refund_id\\":\\"rf_77120\\",\\"beneficiary\\":\\"Eerik Sepp\\"}"}
]`,
    expected: [
      ['PERSON', 'Eerik Sepp'],
      ['IBAN', 'EE461700017004829361'],
      ['EMAIL', 'eerik.sepp@gmail.com'],
      ['PERSON', 'Eerik Sepp'],
    ],
  },
  {
    name: 'Anthropic tool_use lookup_patient with name and date_of_birth, and the tool_result text naming the patient, her phone and her son with his phone',
    text: `[
  {"type": "tool_use", "id": "toolu_01D7xqKm", "name": "lookup_patient", "input": {"name": "Fatima Zahra Baloch", "date_of_birth": "1969-10-14"}},
  {"type": "tool_result", "tool_use_id": "toolu_01D7xqKm", "content": [{"type": "text", "text": "Match: Fatima Zahra Baloch, MRN 88-41207, phone 0312-8830461, next of kin: Imran Baloch (son), 0300-2217784"}]}
]`,
    expected: [
      ['PERSON', 'Fatima Zahra Baloch'],
      ['DATE_OF_BIRTH', '1969-10-14'],
      ['PERSON', 'Fatima Zahra Baloch'],
      ['PHONE', '0312-8830461'],
      ['PERSON', 'Imran Baloch'],
      ['PHONE', '0300-2217784'],
    ],
  },
  {
    name: 'OpenAI Responses API output with two function calls: send_sms to an E.164 Kenyan number with a Swahili body greeting by given name, and lookup_customer with the full name',
    text: `"output": [
  {"type": "function_call", "id": "fc_01", "call_id": "call_a1", "name": "lookup_customer", "arguments": "{\\"full_name\\":\\"Achieng Atieno Owino\\"}"},
  {"type": "function_call", "id": "fc_02", "call_id": "call_a2", "name": "send_sms", "arguments": "{\\"to\\":\\"+254701992146\\",\\"body\\":\\"Habari Achieng, malipo yako ya KSh 3,500 yamepokelewa. Asante!\\"}"}
]`,
    expected: [
      ['PERSON', 'Achieng Atieno Owino'],
      ['PHONE', '+254701992146'],
      ['PERSON', 'Achieng'],
    ],
  },
  {
    name: 'MCP server log of a JSON-RPC tools/call: crm_update_contact arguments with a +63 mobile, e-mail and full name, and the result text naming him',
    text: `2024-03-14T10:22:41.118Z [crm-mcp] <- {"jsonrpc":"2.0","id":17,"method":"tools/call","params":{"name":"crm_update_contact","arguments":{"contact_id":"c_88213","mobile":"+63 917 334 8821","email":"jericho.manalastas@gmail.com","full_name":"Jericho Manalastas"}}}
2024-03-14T10:22:41.402Z [crm-mcp] -> {"jsonrpc":"2.0","id":17,"result":{"content":[{"type":"text","text":"Updated contact c_88213 (Jericho Manalastas)."}],"isError":false}}`,
    expected: [
      ['PHONE', '+63 917 334 8821'],
      ['EMAIL', 'jericho.manalastas@gmail.com'],
      ['PERSON', 'Jericho Manalastas'],
      ['PERSON', 'Jericho Manalastas'],
    ],
  },
  {
    name: 'eKool (Estonian school portal) login history pasted into a chat: a parent with her e-mail, public IPv4 and IPv6 addresses of her devices',
    text: `Why was I locked out? Here is my login history:
eKool — sisselogimiste ajalugu
Kasutaja: Triinu Laanemets (lapsevanem), e-post triinu.laanemets@gmail.com
14.03.2024 07:41  Mobiil (iOS)   IP 90.190.41.17                            Edukas
13.03.2024 21:18  Veeb (Chrome)  IP 2001:7d0:8a0c:3e80:5d1:a2ff:fe44:91c3   Edukas
13.03.2024 21:17  Veeb (Chrome)  IP 2001:7d0:8a0c:3e80:5d1:a2ff:fe44:91c3   Vale parool`,
    expected: [
      ['PERSON', 'Triinu Laanemets'],
      ['EMAIL', 'triinu.laanemets@gmail.com'],
      ['IP_ADDRESS', '90.190.41.17'],
      ['IP_ADDRESS', '2001:7d0:8a0c:3e80:5d1:a2ff:fe44:91c3'],
      ['IP_ADDRESS', '2001:7d0:8a0c:3e80:5d1:a2ff:fe44:91c3'],
    ],
  },
  // ---------------------------------------------------------------- clean hard negatives
  {
    name: 'clean: dbt schema.yml describing PII columns with tests and regexes, and no values',
    text: `version: 2
models:
  - name: dim_customers
    description: "One row per customer. PII columns are masked for the analyst role."
    columns:
      - name: email
        tests: [not_null, unique]
      - name: phone
        tests:
          - dbt_expectations.expect_column_values_to_match_regex:
              regex: "^\\\\+358\\\\d{6,10}$"
      - name: date_of_birth
        description: "Customer's date of birth (ISO 8601), must be before 2010-01-01"
        tests:
          - dbt_utils.accepted_range: {min_value: "'1900-01-01'", max_value: "'2010-01-01'"}
      - name: full_name
        meta: {pii: true, masking_policy: mask_name}`,
    expected: [],
  },
  {
    name: 'clean: Airflow log with a masked connection password, a DNS host, run ids and execution dates',
    text: `[2024-03-14, 03:00:01 UTC] {base.py:83} INFO - Using connection ID 'warehouse' for task execution.
[2024-03-14, 03:00:02 UTC] {sql.py:276} INFO - Connecting to postgresql://etl_loader:***@warehouse.internal.kestrel.io:5432/dw
[2024-03-14, 03:00:09 UTC] {taskinstance.py:1206} INFO - Marking task as SUCCESS. dag_id=orders_load, task_id=copy_orders, run_id=scheduled__2024-03-13T03:00:00+00:00, execution_date=20240313T030000, start_date=20240314T030001, end_date=20240314T030009
[2024-03-14, 03:00:09 UTC] {local_task_job_runner.py:234} INFO - Task exited with return code 0 (pid 48211, hostname airflow-worker-7c9f8d-xk2lp)`,
    expected: [],
  },
  {
    name: 'clean: Romanian invoice header with CUI, trade-register number, an RO IBAN that fails mod 97, a bookshop named after a poet and a client company named after a hero',
    text: `FACTURĂ FISCALĂ seria KST nr. 004812 din 14.03.2024
Furnizor: Librăria Mihai Eminescu SRL, CUI RO18273645, Nr. Reg. Com. J40/8812/2006
Cont: RO83 BTRL 0301 2024 7819 5501 — Banca Transilvania
Cumpărător: Avram Iancu Turism SRL, CUI RO30418822, Str. Horea nr. 7, Cluj-Napoca
Termen de plată: 13.04.2024
1. Manuale școlare clasa a V-a — 40 buc. × 32,50 lei = 1.300,00 lei`,
    expected: [],
  },
  {
    name: 'clean: Finnish invoice footer with Y-tunnus, ALV number, an OVT code, a valid RF creditor reference and due dates',
    text: `Lasku 24-00318 · Laskun päiväys 14.3.2024 · Eräpäivä 28.3.2024
Kuusiston Puutarha Oy · Y-tunnus 2846193-7 · ALV-rek. FI28461937 · OVT 003728461937
Viitenumero: RF18 5390 0754 7034
Maksuehto 14 pv netto · Viivästyskorko 11,5 %`,
    expected: [],
  },
  {
    name: 'clean: Estonian e-invoice with registrikood, KMKR, a reference number, a mistyped EE account and a street named after a writer',
    text: `ARVE nr 2024/0412 · Kuupäev 12.03.2024 · Maksetähtaeg 26.03.2024
Müüja: Põhjarannik OÜ, registrikood 12847391, KMKR EE102938475
A. H. Tammsaare tee 47, 11316 Tallinn
Arvelduskonto: EE07 2200 2210 4827 3916
Viitenumber: 4471823
Kokku tasuda: 1 248,00 EUR`,
    expected: [],
  },
  {
    name: 'clean: Lipa na M-Pesa till summary with transaction codes, a till number, a KRA PIN, and streets and an airport named after presidents',
    text: `Daily till summary — Kestrel Hardware, Kenyatta Avenue branch (Till No. 5183920)
KRA PIN: P051847293Z
SBK7XH2M4Q  08:14  KSh 2,450.00  Completed
SBK9LP3N7R  09:02  KSh 13,800.00  Completed
SBL1QW8T5D  11:47  KSh 640.00  Reversed
Deliveries to Moi Avenue and Jomo Kenyatta International Airport (cargo gate 3) resume on 18/03/2024.`,
    expected: [],
  },
  {
    name: 'clean: Vietnamese field-trip itinerary naming a school, streets and a statue after historical figures, a tax code and dates',
    text: `LỊCH TRÌNH THAM QUAN — Trường THPT Lê Quý Đôn (MST 0301234567-001)
07:00 Tập trung tại cổng trường, 110 Nguyễn Thị Minh Khai, Quận 3
08:30 Tham quan Bảo tàng Chứng tích Chiến tranh, đường Võ Văn Tần
10:00 Tượng đài Trần Hưng Đạo, Công trường Mê Linh
11:30 Ăn trưa tại đường Lê Lợi, Phường Bến Nghé
Ngày đi: 22/03/2024 · Phụ huynh đóng phí trước 18/03/2024`,
    expected: [],
  },
  {
    name: 'clean: Indonesian history lesson on public figures, their proclamation and an airport and a day named after them',
    text: `Materi Sejarah Kelas VIII — Proklamasi Kemerdekaan
Soekarno dan Mohammad Hatta membacakan teks proklamasi pada 17 Agustus 1945 di Jalan Pegangsaan Timur 56, Jakarta.
Hari Kartini diperingati setiap 21 April untuk menghormati perjuangan R.A. Kartini dalam pendidikan perempuan.
Nama Bandara Soekarno-Hatta diambil dari kedua proklamator tersebut.`,
    expected: [],
  },
  {
    name: "clean: OCR'd card-terminal receipt with a masked PAN, auth, terminal, merchant and retrieval numbers, and a loyalty number that fails Luhn",
    text: `KESTREL MART — CABANG BANDUNG
TID 88120473   MID 000104477812934
VISA ************4821   CONTACTLESS
AUTH 408812   RRN 407412883301   BATCH 000187
TOTAL RP 248.500
Kartu member: 6035 7190 4418 2261
14/03/2024 18:22   TERIMA KASIH`,
    expected: [],
  },
  {
    name: 'clean: Django test fixture with Filipino placeholder people on a reserved example domain',
    text: `class BarangayClearanceTests(TestCase):
    def setUp(self):
        self.resident = Resident.objects.create(
            first_name="Juan", last_name="dela Cruz", email="juan.delacruz@example.ph"
        )
        self.spouse = Resident.objects.create(
            first_name="Maria", last_name="Clara", email="maria.clara@example.ph"
        )`,
    expected: [],
  },
  {
    name: 'clean: WebVTT of a product demo with anonymous speakers, version numbers, sample addresses on example.com, a documentation IP called an example and release dates',
    text: `WEBVTT

00:00:01.000 --> 00:00:05.500
Speaker 1: So in version 3.12.1 the importer finally handles the Excel serial dates.

00:00:05.900 --> 00:00:11.200
Speaker 2: Right, and the sample file uses alice@example.com and bob@example.com, nothing real.

00:00:11.600 --> 00:00:16.000
Speaker 1: The webhook in the docs points at 192.0.2.44, which is just an example address.

00:00:16.300 --> 00:00:19.800
Speaker 2: We ship it on the 14th of March, build 2024.03.14-rc2.`,
    expected: [],
  },
  {
    name: 'clean: tool definition with a JSON schema for customer fields, formats, patterns and a placeholder example name',
    text: `{"type": "function", "function": {"name": "create_customer", "description": "Create a customer record in the CRM.", "parameters": {"type": "object", "properties": {"full_name": {"type": "string", "description": "Customer's full name, e.g. Jane Doe"}, "email": {"type": "string", "format": "email"}, "phone": {"type": "string", "pattern": "^\\\\+?[0-9 ]{7,15}$"}, "date_of_birth": {"type": "string", "format": "date", "description": "YYYY-MM-DD"}, "iban": {"type": "string", "minLength": 15, "maxLength": 34}}, "required": ["full_name", "email"]}}}`,
    expected: [],
  },
  {
    name: 'clean: Philippine employer remittance summary with SSS, PhilHealth, Pag-IBIG and TIN employer numbers and a payment reference that fails Luhn',
    text: `Monthly Remittance Summary — March 2024
Employer: Bayanihan Outsourcing Solutions, Inc.
SSS Employer No.: 03-9182734-5
PhilHealth Employer No.: 20-018427731-6
Pag-IBIG Employer ID: 2045-7731-0982
BIR TIN: 008-412-773-000 (RDO 043)
PRN: 0324 8812 7730 4419
Total contributions: PHP 1,284,550.00 · Due: 10/04/2024`,
    expected: [],
  },
  {
    name: 'clean: Catalan city guide naming institutions, streets and stations after people, an architect as a topic, a company NIF and event dates',
    text: `Barcelona en un dia: comenceu a l'Estació de Sants, baixeu pel carrer de Pau Claris fins al Passeig de Lluís Companys i visiteu la Fundació Joan Miró a Montjuïc. A la tarda, el recinte modernista de l'Hospital de la Santa Creu i Sant Pau i la Sagrada Família, l'obra mestra d'Antoni Gaudí.
Organitza: Rutes Modernistes SL (NIF B65871234). Sortides el 6/4/2024 i el 20/4/2024.`,
    expected: [],
  },
  {
    name: 'clean: Great Expectations summary with counts, a regex, percentages and SHA-256 digests of rejected e-mails',
    text: `Validation run 20240314T021500Z · suite customers.warning
expect_column_values_to_match_regex(email, "^[^@]+@[^@]+\\\\.[a-z]{2,}$"): 48208 of 48211 passed (99.99%)
Rejected values (sha256): 4f2c8a1e9b7d3c6f0a5e2b8d1c7f4a9e3b6d0c8f2a5e7b1d4c9f6a3e8b0d2c5f, 9a1e7c3b5d8f2a6c0e4b7d1f3a9c5e8b2d6f0a4c7e1b9d3f5a8c2e6b0d4f7a1c
expect_column_values_to_be_between(age, 18, 120): 48211 of 48211 passed`,
    expected: [],
  },
];

describeHoldout(
  'privacy hold-out 51 (RAG documents, transcripts and data apps in less-covered locales)',
  cases,
);
