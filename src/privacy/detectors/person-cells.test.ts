import { describe, expect, it } from 'vitest';
import { detectedPeople } from '../../../test/support/person-spans.js';
import { lowerCaseName } from './person-cells.js';

const people = detectedPeople;

describe('names written in lower case under a name column or key', () => {
  it.each([
    ['a CSV column `name`', 'name,age\njohn smith,42\nmaria garcia,37', ['john smith', 'maria garcia']],
    ['a markdown table', '| name | city |\n|---|---|\n| john smith | Boston |', ['john smith']],
    ['a JSON key', '{"name": "john smith", "plan": "team"}', ['john smith']],
    ['a labelled line', 'customer: meghan bechtelar', ['meghan bechtelar']],
    ['a specific key, unquoted', 'customer_name: maria garcia', ['maria garcia']],
    ['an owner', 'owner: priya sharma', ['priya sharma']],
    ['three words with a particle', 'full_name: maria da silva', ['maria da silva']],
  ])('%s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['a CI step name', '- name: run unit tests\n  run: npm test'],
    ['a job name of words', 'name: build and test'],
    ['a name that is everyday words', 'name: grace period'],
    ['a product in a table of things', 'sku,name,price\nA-1,maria garcia,9.99'],
    ['a placeholder person', 'assigned to: jane doe'],
    ['a login handle', 'display_name: maria_garcia'],
  ])('not %s', (_, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('lowerCaseName', () => {
  it.each([
    ['meghan bechtelar', true],
    ['john smith', true],
    ['maria da silva', true],
    ['smith john', false], // a family name first: no listed given name leads
    ['john', false], // one word
    ['John Smith', false], // capitals: the other rules' business
    ['grace period', false],
    ['will young', false], // both are everyday words, out of the lists
    ['john smith 2', false],
    ['anna anna', false],
  ])('%s → %s', (value, expected) => {
    expect(lowerCaseName(value)).toBe(expected);
  });
});

describe('greetings where a name would be', () => {
  it.each([
    ['after a chat speaker', 'Agent: Good Morning, how can I help?', []],
    ['after a German cue word', 'Mitarbeiter: Guten Tag, Sie sprechen mit dem Kundenservice.', []],
    ['thanks after a speaker', 'Mitarbeiter: Vielen Dank, die Nummer ist hinterlegt.', []],
    [
      'a name after a greeting stays',
      'Agent: Maria Lopez\nHi Bronwen Lewis, thanks',
      ['Maria Lopez', 'Bronwen Lewis'],
    ],
  ])('%s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('a labelled name ends at its sentence', () => {
  it.each([
    [
      'the next sentence after a full stop',
      'Customer: Farida Oyelowo-Mensah. Verified ID: passport 552830174',
      ['Farida Oyelowo-Mensah'],
    ],
    ['a title with a full stop stays outside', 'Reviewer: Prof. Jane Hollis. Signed: yes', ['Jane Hollis']],
  ])('%s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('a family name alone after a title', () => {
  it.each([
    [
      'a greeting before a dotted title',
      'Dear Mr. Okonkwo-Hale, your statement is ready. Thanks Mrs. Hale',
      ['Okonkwo-Hale', 'Hale'],
    ],
    [
      'a Dutch title in lower case',
      'de mentor, mevrouw Oosterhuis, heeft getekend; de heer Jansen belde',
      ['Oosterhuis', 'Jansen'],
    ],
    [
      'a Spanish and a Swedish one',
      'la señora Rossi llamó. Vi har pratat med fru Lindqvist idag',
      ['Rossi', 'Lindqvist'],
    ],
    ['not a generational suffix', 'Bill Abernathy Sr. said so', ['Bill Abernathy Sr.']],
    ['not a sentence ending in a dotted title', "or call me. My husband's card", []],
    [
      'not a dotted title after a word that opens no letter (a court, its judge)',
      'durch die Richterin am Landgericht Dr. Hübner als Einzelrichterin',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("West African family names with N' (N'Diaye, N'Dour)", () => {
  it.each([
    [
      'after a title and a given name',
      "M. Baptiste N'Diaye, date de naissance : 1979-05-30",
      ["Baptiste N'Diaye"],
    ],
    ['with a typographic apostrophe', 'Contact: Aminata N’Diaye', ['Aminata N’Diaye']],
    ["not a French n' at a sentence's start", "N'oubliez pas la réunion de lundi", []],
  ])('%s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('workshops and clinics named after people, and headers joining the halves of a name', () => {
  it.each([
    [
      'a roastery and a bakery named after their owners',
      'Shop „Kaffeerösterei Lindner“, Lieferung an Bäckerei Ludwig Hartl, Hauptstr. 12',
      [],
    ],
    ['a polyclinic', 'You are the assistant of Al Noor Polyclinic (Dubai).', []],
    ['a person beside a workshop stays', 'Die Konditorei gehört Ludwig Hartl.', ['Ludwig Hartl']],
    [
      'a family-first name under nazwisko_imie (surname, given name)',
      'nazwisko_imie;email\nKowalczyk, Agnieszka;a.kowalczyk@tatrabud.pl',
      ['Kowalczyk, Agnieszka'],
    ],
    [
      'a family-first name under surname_forename',
      'surname_forename,email\n"Okafor, Chidi",c.okafor@example.net',
      ['Okafor, Chidi'],
    ],
    ['no person under a header naming a thing and a name', 'produkt_nazwa;cena\nKowalczyk, Tatrabud;120', []],
  ])('%s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
