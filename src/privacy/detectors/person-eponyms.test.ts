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
];

describe('personDetector on near-misses named like people', () => {
  it.each(cases)('%s', (_title, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
