import { describe, expect, it } from 'vitest';
import { detectedPeople } from '../../../test/support/person-spans.js';
import { cellPairs, detectedBirthDates } from '../../../test/support/table-cells.js';

describe("R's summary() of a data frame", () => {
  const visits = [
    '            clinician      visits         wait_min    ',
    ' Okonkwo, Adaeze :41   Min.   :1.00   Min.   :  3.0  ',
    ' Lindgren, Pelle :37   1st Qu.:2.00   1st Qu.: 11.0  ',
    ' (Other)         :12   Mean   :4.37   Mean   : 21.6  ',
    '                       Max.   :9.00   Max.   :104.0  ',
  ].join('\n');

  it("reads a factor's levels under its column, not the quartiles or counts", () => {
    expect(cellPairs(visits)).toEqual([
      ['clinician', 'Okonkwo, Adaeze'],
      ['clinician', 'Lindgren, Pelle'],
    ]);
    expect(detectedPeople(visits)).toEqual(['Okonkwo, Adaeze', 'Lindgren, Pelle']);
  });

  it('reads no person in the levels of a column of things, nor in character columns', () => {
    const iris = [
      '  Sepal.Length         Species  ',
      ' Min.   :4.300   setosa    :50  ',
      ' 1st Qu.:5.100   versicolor:50  ',
      ' Median :5.800   virginica :50  ',
    ].join('\n');
    expect(cellPairs(iris)).toEqual([
      ['Species', 'setosa'],
      ['Species', 'versicolor'],
      ['Species', 'virginica'],
    ]);
    expect(detectedPeople(iris)).toEqual([]);
    const characters = [
      '     name              email                age      ',
      ' Length:1200        Length:1200        Min.   :18.00  ',
      ' Class :character   Class :character   1st Qu.:29.00  ',
      ' Mode  :character   Mode  :character   Median :41.00  ',
    ].join('\n');
    expect(cellPairs(characters)).toEqual([]);
  });
});

describe("Stata's list box", () => {
  const list = [
    '     +-----------------------------------------------------------+',
    '     | name                  dob            phone           ssn |',
    '     |-----------------------------------------------------------|',
    '  1. | Tobias Wexler   03jun1971   (412) 683-2917   219-54-8837 |',
    '  2. | Marisela Huerta 19dec1985   (915) 247-6630   531-28-4470 |',
    '     |-----------------------------------------------------------|',
    '  3. | Ana Lucía Peña  30apr1990   (602) 555-0143   219-09-9999 |',
    '     +-----------------------------------------------------------+',
  ].join('\n');

  it('splits a row by the alignment of its columns, a name filling its column one blank from a date', () => {
    expect(cellPairs(list).filter(([h]) => h === 'name' || h === 'dob')).toEqual([
      ['name', 'Tobias Wexler'],
      ['dob', '03jun1971'],
      ['name', 'Marisela Huerta'],
      ['dob', '19dec1985'],
      ['name', 'Ana Lucía Peña'],
      ['dob', '30apr1990'],
    ]);
    expect(detectedPeople(list)).toEqual(['Tobias Wexler', 'Marisela Huerta', 'Ana Lucía Peña']);
    expect(detectedBirthDates(list)).toEqual(['03jun1971', '19dec1985', '30apr1990']);
  });

  it('reads no person in a list of things, and leaves a one-column table with a phrase for a header alone', () => {
    const auto = [
      '     +------------------------------------------+',
      '     | make            price   mpg      foreign |',
      '     |------------------------------------------|',
      '  1. | AMC Concord     4,099    22     Domestic |',
      '  2. | Audi 5000       9,690    17      Foreign |',
      '     +------------------------------------------+',
    ].join('\n');
    expect(cellPairs(auto)).toEqual([
      ['make', 'AMC Concord'],
      ['price', '4,099'],
      ['mpg', '22'],
      ['foreign', 'Domestic'],
      ['make', 'Audi 5000'],
      ['price', '9,690'],
      ['mpg', '17'],
      ['foreign', 'Foreign'],
    ]);
    expect(detectedPeople(auto)).toEqual([]);
    const markdown = '| Full name   |\n|-------------|\n| Ann Lee     |';
    expect(cellPairs(markdown)).toEqual([['Full name', 'Ann Lee']]);
  });
});

describe("a survey respondent's name column, an Uzbek F.I.Sh. and birth-date label", () => {
  it('reads a name under resp_name and respondent_name, not under response_name', () => {
    expect(detectedPeople('hhid\tresp_name\tdistrict\n1021\tRajkumari Devi\tGaya')).toEqual([
      'Rajkumari Devi',
    ]);
    expect(detectedPeople('id,respondent_name,ward\n7,Mwajuma Said,Kinondoni')).toEqual(['Mwajuma Said']);
    expect(detectedPeople('id,response_name,ward\n7,Mwajuma Said,Kinondoni')).toEqual([]);
  });

  it('keeps the patronymic o‘g‘li in a Latin F.I.Sh. name and reads Tug‘ilgan sana as a birth label', () => {
    const card = 'F.I.Sh.: Xudoyberdiyev Jasur Baxtiyor o‘g‘li; Tug‘ilgan sana: 11.09.1995';
    expect(detectedPeople(card)).toEqual(['Xudoyberdiyev Jasur Baxtiyor o‘g‘li']);
    expect(detectedBirthDates(card)).toEqual(['11.09.1995']);
    expect(detectedBirthDates('Tugʻilgan sanasi 03.04.1990')).toEqual(['03.04.1990']);
    expect(detectedBirthDates('Yuborilgan sana: 11.09.2024')).toEqual([]);
  });
});
