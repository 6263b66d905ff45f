import { describe, expect, it } from 'vitest';
import { personSpans } from '../../../test/support/person-spans.js';

/**
 * PERSON's near-misses named like people: places and buildings, methods, software, a product's trim
 * and placeholders and labels under name fields, each beside a real name the detector must still find.
 */

/** A text and every PERSON span the detector must find in it (nothing else), sorted. */
type Case = [string, string, string[]];

const spans = personSpans;

const cases: Case[] = [
  [
    'no person in a street abbreviated R. (Portuguese rua) with its house number after the name',
    'antes: "R. Oscar Freire 1200, SP" → depois: "Rua Oscar Freire, 1200, São Paulo - SP"',
    [],
  ],
  [
    'an initial R. before a name with no house number is a person’s',
    'Assinado: R. Oscar Freire.',
    ['R. Oscar Freire'],
  ],
  // Places named after someone, under a bare `name` key outside a record of people.
  [
    'no person in airports and a station opened or closed by a place noun under a bare name key',
    '{"name":"Aéroport Paris-Charles de Gaulle","iata":"CDG"}\n{"name":"John F. Kennedy International Airport","iata":"JFK"}\n{"name":"Aeropuerto Adolfo Suárez Madrid-Barajas","iata":"MAD"}\n{"name":"Gare Saint-Lazare","iata":null}',
    [],
  ],
  [
    'a listed name under the same key is a person still',
    '{"name":"Gare Saint-Lazare","iata":null}\n{"name":"Charles Martin","iata":"CDG"}',
    ['Charles Martin'],
  ],
  [
    'a family name that is a place noun under a bare name key in a record of people',
    '{"name":"Glenn Close","email":"glenn@example.org","phone":"+1 212 555 0142"}',
    ['Glenn Close'],
  ],
  [
    'a quoted name right after an airport or a stadium closing its English name is the place’s',
    'Arrivals: Athens International Airport "Eleftherios Venizelos" (ATH). Final at National Stadium "Vasil Levski".',
    [],
  ],
  [
    'a quoted name after the airport in lower case is a person’s (a driver’s sign)',
    'The driver waits at the airport "Eleftherios Papadakis" sign; gate at Sofia Airport, ask for "Vasil Petrov".',
    ['Eleftherios Papadakis', 'Vasil Petrov'],
  ],
  // A building named after someone in full, whose noun is a family name too.
  [
    'no person in concert halls named after someone in full',
    'The concert at David Geffen Hall was sold out; next week Roy Thomson Hall and Alice Tully Hall.',
    [],
  ],
  [
    'a given name and a middle name before Hall, and a given name before it, are people',
    'Mary Ellen Hall joined the board. Dear Aled Hall, thanks for the call.',
    ['Aled Hall', 'Mary Ellen Hall'],
  ],
  // Clubs, associations and groups named after someone or a place.
  [
    'no person in clubs named after someone: a club noun in the run, a club adjective opening it, an abbreviation before it',
    'Club : Judo Club Roger Vachon – Villeurbanne\n2   Club Social y Deportivo Ramón Ortega    9  6  20\n' +
      'Gast: DJK Adolph Kolping Mainz; Verein: TSV Carl Diem 1911 e.V.; Sportverein Hans Müller',
    [],
  ],
  [
    'no person in a club under a team key, or a league and a coordinating office writing to a chat',
    '{"heim":"SV Hechtsheim 1919","gast":"DJK Adolph Kolping Mainz"}\n' +
      '[12/3/24 20:14] Liga Pádel Son Rigo: Cuadro 3ª categoría\n[15/3/24 10:02] Coordinación Banco de Alimentos Valladolid: Turnos',
    [],
  ],
  [
    'a post before a name, a club abbreviation in lower case, a club apart from the name, a member writing to a chat',
    'Director Deportivo Juan Pérez firmó. Ask sc Maria Lopez. Hans Müller, Club Atlético Gutiérrez.\n' +
      '[12/3/24 20:16] Guillem Crespí: juego yo',
    ['Guillem Crespí', 'Hans Müller', 'Juan Pérez', 'Maria Lopez'],
  ],
  // Venues, stations and places of worship named after someone.
  [
    'no person in a theatre, a studio, a Dutch hall, a metro station and a mosque named after someone',
    'Teatro Jorge Eliécer Gaitán, Bogotá\nMaandag  07:00  Studio Wilma Verhoef   25 plekken\n' +
      'Maandag  18:30  Zaal Henk Brouwer   30 plekken\nquedamos en el metro Pablo Iglesias a las 18h\n' +
      'Masjid-e-Noor Bradford – Zakat log; Jamia-al-Huda Trust; Gurdwara Guru Nanak Darbar',
    [],
  ],
  [
    'a role after a place noun, a hyphen after another word and a worship noun apart from the name are no place',
    'Entrenadora: Wilma Verhoef. Henk Brouwer-Pablo Iglesias. Masjid committee: Imran Qureshi. Studio Manager Jane Smith. Paid by Jama Ahmed.',
    ['Henk Brouwer-Pablo Iglesias', 'Imran Qureshi', 'Jama Ahmed', 'Jane Smith', 'Wilma Verhoef'],
  ],
  // Streets, institutions and companies of Catalan, Estonian, Indonesian and Vietnamese texts.
  [
    'no person in Catalan streets named after someone, their noun before a particle',
    "L'habitatge situat al carrer de Pau Claris, 162; sortim pel Passeig de Lluís Companys i l'Avinguda Diagonal.",
    [],
  ],
  [
    'the same name with no street noun before it is a person',
    'Ha signat Pau Claris Soler, com a arrendador.',
    ['Pau Claris Soler'],
  ],
  [
    'no person in Estonian streets: a street type in lower case after the name, tee before a house number',
    'A. H. Tammsaare tee 47, 11316 Tallinn\nJaan Poska tn 12, Kadrioru puiestee 5',
    [],
  ],
  [
    'tee before a time or a word is no street',
    'Mark Evans tee 10:30 at the club; H. G. Tammsaare tee ääres',
    ['H. G. Tammsaare', 'Mark Evans'],
  ],
  [
    'no person in Indonesian hospitals, a health centre and an airport after their nouns',
    'Rumah Sakit       : RS Mitra Keluarga Kelapa Gading\nRujukan: Puskesmas Kelapa Gading; Bandara Soekarno-Hatta',
    [],
  ],
  [
    'a patient before the hospital is a person',
    'Pasien: Hendra Wijaya Saputra, dirawat di RS Mitra Keluarga',
    ['Hendra Wijaya Saputra'],
  ],
  [
    'no person in Indonesian companies after their legal form, under a sender label too',
    'Pengirim: CV Sinar Jaya Abadi\nSupplier: PT Maju Bersama Sentosa; dikirim oleh UD Sumber Rejeki',
    [],
  ],
  [
    'PT and CV before a listed family name are a note and a heading',
    'Seen by PT Sarah Jones today. Attached: CV Jane Smith',
    ['Jane Smith', 'Sarah Jones'],
  ],
  [
    'no person in Vietnamese companies ending the clause their noun opens',
    '2018–nay: Kỹ sư dữ liệu, Công ty CP Phần mềm Sông Hàn; 2016: Công ty TNHH Minh Anh',
    [],
  ],
  [
    'a person after a comma that closes the company',
    'Công ty ABC, ông Nguyễn Văn An ký hợp đồng; Công ty Sông Hàn, Phạm Minh Tuấn',
    ['Nguyễn Văn An', 'Phạm Minh Tuấn'],
  ],
  [
    'no person in a Vietnamese place opening with a title, nor in a high school after its abbreviation',
    'Tour: Đà Nẵng – Hội An – Bà Nà 4N3Đ, đón tại Bà Rịa. Học sinh Trường THPT Chu Văn An',
    [],
  ],
  [
    'a name after the title Bà, and a student before the school',
    'Khách hàng: Bà Nguyễn Thị Lan, tour Bà Nà\nHọc sinh: Lê Minh Khoa, Trường THPT Chu Văn An',
    ['Lê Minh Khoa', 'Nguyễn Thị Lan'],
  ],
  [
    'no person in an Indonesian header of a school column; a name in the row under it is one',
    '["No", "Nama Peserta", "Asal Sekolah"],\n["1", "Dewi Ayu Kusumawardani", "SMAN 3 Yogyakarta"]',
    ['Dewi Ayu Kusumawardani'],
  ],
  [
    'a name after the head of a school',
    'Kepala Sekolah: Budi Santoso. Asal Sekolah: SMA Taruna Nusantara',
    ['Budi Santoso'],
  ],
  // Commit subjects and methods named after two people.
  [
    'no person in a commit verb before a method named after two people',
    'e07d3a1 Use Jaro-Winkler for e-mail similarity\n5c2f9b8 Replace Levenshtein with Needleman-Wunsch\n71ac5de Switch to Kolmogorov-Smirnov',
    [],
  ],
  [
    'a commit subject naming its reporter, and a family name that names an algorithm after a given name',
    'a41d7e0 Add retry to the consumer (reported by Priya Raman)\nUse the fix from Fenna Dijkstra',
    ['Fenna Dijkstra', 'Priya Raman'],
  ],
  [
    'a double-barrelled family name with a listed half is a name',
    'Tenant: Amara Okafor-Lane, flat 4',
    ['Amara Okafor-Lane'],
  ],
  // Software and products.
  [
    'no person in an operating system named like a given name before Kernel and Version',
    'Darwin mbp-14 23.4.0 Darwin Kernel Version 23.4.0: Fri Mar 15 00:12:49 PDT 2024',
    [],
  ],
  [
    'a given name before a family name is a person',
    'Darwin Okafor reviewed the kernel patch.',
    ['Darwin Okafor'],
  ],
  [
    "no person in a car's trim after its model's designation (a pinyin reading of Long Range)",
    '- 14 x Tesla Model Y Long Range (lease, 48 months)',
    [],
  ],
  ['a Chinese name after the trim is a person', '- Tesla Model Y Long Range, driver Wang Lei', ['Wang Lei']],
  // Placeholders and labels where a name goes.
  [
    'no person in erasure placeholders assigned to name columns',
    "UPDATE crm.contacts SET first_name = 'erased', last_name = 'Deleted' WHERE id = 4;",
    [],
  ],
  [
    'a real name assigned to a name column is a person',
    "UPDATE crm.contacts SET first_name = 'Marta', last_name = 'Removedo' WHERE id = 5;",
    ['Marta', 'Removedo'],
  ],
  [
    'no person in Korean labels for a name (customer name, product name) written as values',
    '- cust_nm: 고객명, 마스킹 후 적재\n- prod_nm: 상품명\n- 고객 성명: 성명',
    [],
  ],
  [
    'no person in a Korean kin label (spouse) before a colon, nor in a Hindi rite of a deity',
    '배우자: 윤재훈 (안수집사)\n7 सितंबर: श्री गणेश प्रतिष्ठापना, सुबह 9:30; श्री सत्यनारायण पूजा',
    ['윤재훈'],
  ],
  [
    'a Korean name after a kin word, and a deity name that is a given name before a family name, are people',
    '보호자 배수진 010; 배우자 이수진\nश्री गणेश पाटील ने दान दिया। श्री राम शर्मा ने पूजा की।',
    ['गणेश पाटील', 'राम शर्मा', '배수진', '이수진'],
  ],
  [
    'a Korean given name ending in 명 is a name, and a job title before 명 spells one',
    '- 성명: 김대명\n- 이사명 대리에게 전달해 주세요',
    ['김대명', '이사명'],
  ],
  // Dishes and drinks named after someone, on menus and invoices.
  [
    'no person in a dish opened by its noun, a dish or a tea before its noun, or a tea with a titled name',
    'Plats : Tournedos Rossini (+8 €) · Pêche Melba\nAli Nazik kebabı ₺ 420\nEarl Grey thee 250 g\nTEA: Earl Grey, Lady Grey ... £3.80',
    [],
  ],
  [
    'a name before other words, a titled name after the same title, and a name beside a dish are people',
    'Ali Nazik kebabı yaptı? Ask Ali Nazik today. Lady Grey Smith wrote. Earl Greyson called.\nBooked by Maria Rossini: tournedos for two. Thanks to Mr Keane the manager.',
    ['Ali Nazik', 'Earl Greyson', 'Grey Smith', 'Keane', 'Maria Rossini'],
  ],
  // Stadiums, bridges and castles named after someone, and a company's branch.
  [
    'no person in a stadium closed by its noun in mixed case or in Dutch, a bridge opened by its noun, a Japanese castle, a company’s national branch',
    '(Johan Cruijff ArenA), (Abe Lenstra Stadion), (Philips Stadion)\nEscadaria Selarón e Ponte Presidente Costa e Silva até Niterói.\n高知城（入館料 420円）→ ひろめ市場\nData Protection Commissioner v Facebook Ireland and Schrems',
    [],
  ],
  [
    'a name before a place noun in title case elsewhere, a family name Ponte, a given name before Ireland, a Chinese name ending in 城 are people',
    'Johan Cruijff scored. Ask Giulia Ponte. Kathy Ireland signed. 联系人：李佳城',
    ['Giulia Ponte', 'Johan Cruijff', 'Kathy Ireland', '李佳城'],
  ],
  // Library records: a patron family first between dashes, a historical author family first.
  [
    'a patron family first between dashes is one span, and so is an author family first with a particle',
    'Autor: Cervantes Saavedra, Miguel de, 1547-1616.\nPréstamo: socio 000482917 — Ordóñez Villalba, Maite — devolución 2024-12-02.',
    ['Cervantes Saavedra, Miguel de', 'Ordóñez Villalba, Maite'],
  ],
  [
    'no span in words between dashes that are no family name and given name',
    'Envío — Madrid, España — plazo 2024-12-02. Lote — Villalba, Sección B — cerrado.',
    [],
  ],
  [
    'a family name of two words before a particle-last given name, and a word before one that is no family name',
    'Lector: Ortega Villalba, Lucía de, socia. Dear Saavedra, Miguel de, gracias.',
    ['Ortega Villalba, Lucía de', 'Saavedra, Miguel de'],
  ],
];

describe('personDetector on near-misses named like people', () => {
  it.each(cases)('%s', (_title, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
