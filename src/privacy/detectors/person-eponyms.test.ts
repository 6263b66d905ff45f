import { describe, expect, it } from 'vitest';
import { personDetector } from './person.js';

/**
 * PERSON's near-misses named like people: places and buildings, methods, software, a product's trim
 * and placeholders and labels under name fields, each beside a real name the detector must still find.
 */

/** A text and every PERSON span the detector must find in it (nothing else), sorted. */
type Case = [string, string, string[]];

const spans = (text: string): string[] =>
  personDetector
    .detect(text)
    .filter((f) => f.type === 'PERSON')
    .map((f) => text.slice(f.start, f.end))
    .sort();

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
