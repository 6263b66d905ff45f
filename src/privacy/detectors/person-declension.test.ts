import { describe, expect, it } from 'vitest';
import { detectedPeople } from '../../../test/support/person-spans.js';
import { declinedEnd, declinedNames, declinedStem, nominatives } from './person-declension.js';

/** A text with Polish letters, so that Polish names in it are declined. */
const polish = 'Zgłoszenie: ';

/** The words of `text` read as `nominative` declined, by `declinedEnd` at each word's start. */
function declinedWords(text: string, nominative: string): string[] {
  const stem = declinedStem(text, nominative);
  if (stem === undefined) return [];
  return [...text.matchAll(/\S+/g)].flatMap((m) => {
    const end = declinedEnd(text, m.index, stem);
    return end === -1 ? [] : [text.slice(m.index, end)];
  });
}

describe('declinedEnd: a word in another case of a name, by its stem and the endings of its language', () => {
  it.each([
    ['Wójcik', 'Wójcika Wójcikowi Wójcikiem Wójcik', ['Wójcika', 'Wójcikowi', 'Wójcikiem', 'Wójcik']],
    ['Kowalski', 'Kowalskiego Kowalskiemu Kowalskim', ['Kowalskiego', 'Kowalskiemu', 'Kowalskim']],
    ['Lewandowska', 'Lewandowskiej Lewandowską', ['Lewandowskiej', 'Lewandowską']],
    ['Katarzyna', 'Katarzyny Katarzynie', ['Katarzyny', 'Katarzynie']],
    ['Agnieszka', 'Agnieszki', ['Agnieszki']],
    ['Maria', 'Marii Marię', ['Marii', 'Marię']],
    ['Marek', 'Marka Markiem', ['Marka', 'Markiem']],
    ['Paweł', 'Pawła Pawłowi', ['Pawła', 'Pawłowi']],
  ])('%s: %s', (name, words, expected) => {
    expect(declinedWords(`${polish}${words}`, name)).toEqual(expected);
  });

  it.each([
    // Near misses: the other gender's form, a longer word sharing the stem, a word glued before.
    ['Lewandowska', 'Lewandowski Lewandowskich'],
    ['Kowalski', 'Kowalska Kowalskiej'],
    ['Wójcik', 'Wójcikowska Wójcikowie xWójcika'],
    ['Marek', 'Markowski Markus'],
  ])('%s: none of %s', (name, words) => {
    expect(declinedWords(`${polish}${words}`, name)).toEqual([]);
  });

  it('reads Russian and Ukrainian stems with the endings of their nominative’s declension, and no longer word', () => {
    expect(declinedWords('Крыловой Крылову Крыловским Крыловскую', 'Крылова')).toEqual([
      'Крыловой',
      'Крылову',
    ]);
    expect(declinedWords('Олени Оленою', 'Олена')).toEqual(['Олени', 'Оленою']);
    expect(declinedWords('Высоцкого Высоцкой Высоцким', 'Высоцкий')).toEqual(['Высоцкого', 'Высоцким']);
    expect(declinedWords('Алексея Алексеем Алексеевич', 'Алексей')).toEqual(['Алексея', 'Алексеем']);
    expect(declinedWords('Бондаренко Бондаренка Бондаренкова', 'Бондаренко')).toEqual([
      'Бондаренко',
      'Бондаренка',
    ]);
  });

  it('declines no name in a text of no declining language, nor one of another shape', () => {
    expect(declinedStem('Ticket for Tomasz Wojcik', 'Wojcik')).toBeUndefined();
    expect(declinedStem(`${polish}Rossi`, 'Rossi')).toBeUndefined();
    expect(declinedStem(`${polish}Ola`, 'Ola')).toEqual(expect.objectContaining({ stem: 'Ol' }));
    expect(declinedStem(`${polish}Ia`, 'Ia')).toBeUndefined();
  });

  it('reads family names said alone in Polish, whose endings are a closed list, but not in Russian', () => {
    expect(declinedStem(`${polish}Nowak`, 'Nowak')?.alone).toBe(true);
    expect(declinedStem('Крылова', 'Крылова')?.alone).toBe(false);
  });
});

describe('nominatives: the nominatives a Russian or Ukrainian word found alone may be a case of', () => {
  /** The guesses `lists` holds: what a caller keeps of them. */
  const listed = (word: string, lists: readonly string[]): string[] =>
    nominatives(word, word).filter((n) => lists.includes(n));
  const lists = [
    'Марина',
    'Ковалёва',
    'Світлана',
    'Бондаренко',
    'Денис',
    'Алексей',
    'Наталья',
    'Высоцкая',
    'Петро',
  ];

  it.each([
    ['Марины', ['Марина']],
    ['Ковалёвой', ['Ковалёва']],
    ['Світлани', ['Світлана']],
    ['Бондаренко', ['Бондаренко']],
    ['Дениса', ['Денис']],
    ['Алексеем', ['Алексей']],
    ['Натальи', ['Наталья']],
    ['Высоцкой', ['Высоцкая']],
    ['Петрові', ['Петро']],
  ])('%s → %s', (word, expected) => {
    expect(listed(word, lists)).toEqual(expected);
  });

  it('guesses only a nominative whose own endings give the word back', () => {
    // `-ы` is no ending of a nominative in `-я`; no word is read as its own stem with a nominative ending added.
    expect(nominatives('Марины', 'Марины')).toEqual(['Марина']);
    expect(nominatives('Крыловскую', 'Крыловскую')).not.toContain('Крылова');
    expect(nominatives('Петровки', 'Петровки')).toContain('Петровка');
  });

  it('reads none in Polish (its rows are not read back) nor in a word of no name’s shape', () => {
    expect(nominatives(polish, 'Katarzyny')).toEqual([]);
    expect(nominatives('марины', 'марины')).toEqual([]);
  });
});

describe('declinedNames: a full name in another case, in either order', () => {
  const at = (text: string, name: string): string[] =>
    declinedNames(text, name).map(([start, end]) => text.slice(start, end));

  it.each([
    [
      'proszę o PESEL nowego pracownika, Tomasza Wójcika. Tomasz Wójcik',
      'Tomasz Wójcik',
      ['Tomasza Wójcika'],
    ],
    [
      'wniosek Katarzyny Lewandowskiej złożony; Katarzyna Lewandowska',
      'Katarzyna Lewandowska',
      ['Katarzyny Lewandowskiej'],
    ],
    ['dla Anny Nowak (Anna Nowak, księgowość)', 'Anna Nowak', ['Anny Nowak']],
    ['Kowalskiego Jana wezwano ponownie. Jan Kowalski, świadek', 'Jan Kowalski', ['Kowalskiego Jana']],
    ['Ключи у Натальи Крыловой. Наталья Крылова', 'Наталья Крылова', ['Натальи Крыловой']],
    ['Передайте Воронцову Сергею. Сергей Воронцов', 'Сергей Воронцов', ['Воронцову Сергею']],
  ])('%s', (text, name, expected) => {
    expect(at(text, name)).toEqual(expected);
  });

  it.each([
    // Near misses: one word alone, a longer word, the nominative itself, three words, no Polish letters.
    ['Ключи у Натальи, телефон у Крыловой. Наталья Крылова', 'Наталья Крылова'],
    ['Наталья Крылова написала про Натальевку Крыловскую.', 'Наталья Krylova'],
    ['Наталья Крылова написала про Натальевку Крыловскую.', 'Наталья Крылова'],
    ['Zgłoszenie Anny Marii Nowak', 'Anna Maria Nowak'],
    ['Tomasza Wojcika asked; Tomasz Wojcik', 'Tomasz Wojcik'],
  ])('none in %s', (text, name) => {
    expect(at(text, name)).toEqual([]);
  });
});

/** Every PERSON value `detectAll` finds in `text`, sorted. */
const people = (text: string): string[] => detectedPeople(text).sort();

describe('detectAll on names declined where the text names the person in full', () => {
  it.each([
    [
      'the genitive of a Russian name named in full elsewhere',
      'Ключи у Натальи Крыловой.\nFrom: Наталья Крылова <nk@mail.ru>',
      ['Натальи Крыловой', 'Наталья Крылова'],
    ],
    [
      'the dative of a masculine name, family name first',
      'Передайте Воронцову Сергею.\nFrom: Сергей Воронцов <sv@yandex.ru>',
      ['Воронцову Сергею', 'Сергей Воронцов'],
    ],
    [
      'no Russian case form without the name in full: the stems alone are not read',
      'Ключи у Натальи, телефон у Крыловой.\nFrom: Наталья Крылова <nk@mail.ru>',
      ['Наталья Крылова'],
    ],
    [
      'a longer word sharing the stem is no case ending',
      'Наталья Крылова написала про Натальевку Крыловскую.',
      ['Наталья Крылова'],
    ],
    [
      'the genitive of a Polish name, and the family name alone in the dative',
      'Tomasz Wójcik zaczyna jutro. Proszę o PESEL Tomasza Wójcika i przekazanie laptopa panu Wójcikowi.',
      ['Tomasz Wójcik', 'Tomasza Wójcika', 'Wójcikowi'],
    ],
    [
      'a Polish woman’s family name declined as an adjective, said alone',
      'Katarzyna Lewandowska, dział księgowości. W skrzynce pani Lewandowskiej znaleziono wiadomość.',
      ['Katarzyna Lewandowska', 'Lewandowskiej'],
    ],
    [
      'not the husband’s form of a Polish family name',
      'Katarzyna Lewandowska, dział księgowości. Bank Lewandowski sp. z o.o. odpisał.',
      ['Katarzyna Lewandowska'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual([...expected].sort());
  });
});
