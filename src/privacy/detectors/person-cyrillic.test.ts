import { describe, expect, it } from 'vitest';
import { detectedPeople } from '../../../test/support/person-spans.js';

/** Every PERSON value `detectAll` finds in `text`, sorted. */
const people = (text: string): string[] => detectedPeople(text).sort();

describe('Russian and Ukrainian names in another case, found alone', () => {
  it.each([
    [
      'a genitive given and family name after a role noun',
      'Да, уточню у администратора Марины Ковалёвой.',
      ['Марины Ковалёвой'],
    ],
    [
      'an indeclinable family name first, the given name in the genitive',
      'Сплатити можна на картку голови правління Бондаренко Світлани: тел. у чаті',
      ['Бондаренко Світлани'],
    ],
    ['a dative masculine name', 'Передайте ключи Сергею Воронцову до пятницы.', ['Сергею Воронцову']],
    [
      'an adjectival family name first, mid-sentence',
      'Заявление от Высоцкой Анны принято.',
      ['Высоцкой Анны'],
    ],
    ['a listed family name opening a sentence', 'Ковалёвой Марины сегодня нет.', ['Ковалёвой Марины']],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // Near misses: a role noun in the genitive before a given name; a common noun of a family name's
    // shape opening a sentence (Marina's cars); a street named after a person, its noun declined or
    // abbreviated; a place named after a family; a given name in the nominative; lower case.
    ['Бухгалтера Марины сегодня нет.'],
    ['Машины Марины нет во дворе.'],
    ['Живу на улице Марины Расковой, дом 5.'],
    ['м. Київ, вул. Тараса Шевченка, 18, кв. 44'],
    ['Встретимся у Петровки Марины.'],
    ['уточню у администратора марины ковалёвой'],
  ])('none in %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('a family name before a listed given name and a patronymic, whatever its shape', () => {
  it.each([
    [
      'after a dash in a list',
      'кв. 37 – Мельник Ірина Василівна – 1 180,00 грн',
      ['Мельник Ірина Василівна'],
    ],
    [
      'in a numbered item',
      '1. Коваль Олег Петрович\n2. Ткаченко Ірина Василівна',
      ['Коваль Олег Петрович', 'Ткаченко Ірина Василівна'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // Near misses: a word opening a sentence or a line (an adverb, a role), a greeting before it.
    ['Вчера Ирина Васильевна звонила.', ['Ирина Васильевна']],
    ['Здравствуйте. Директор Олег Петрович на месте.', ['Олег Петрович']],
    ['Спасибо! Уважаемая Ирина Васильевна, добрый день.', ['Ирина Васильевна']],
  ])('not the word before it in %s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('a listed Russian or Ukrainian given name before an initial', () => {
  it.each([
    ['предоплата на карту 2202 (Сбер, Алексей Г.).', ['Алексей Г.']],
    ['Получатель: Ирина К. — перевод по номеру', ['Ирина К.']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // Near misses: a word no list holds, a lower-case abbreviation (г., город), a family name's two initials.
    ['Москва Г. Санкт-Петербург'],
    ['Денис г. Москва'],
  ])('none in %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('reads a family name before two initials as one name, not a given name and an initial', () => {
    expect(people('Поручить Мухаметшиной А. Р. подготовить график.')).toEqual(['Мухаметшиной А. Р.']);
  });
});
