import { describe, expect, it } from 'vitest';
import { detectedPeople, personSpans } from '../../../test/support/person-spans.js';

/**
 * Full names whose both words are everyday words too (`Jordan Young`, `Austin White`): found where
 * the sentence has a person's slot, and the title-case phrases, places and paints that look alike
 * left alone.
 */

/** A text and every PERSON span the detector must find in it (nothing else), sorted. */
type Case = [string, string, string[]];

const spans = personSpans;

const found: Case[] = [
  [
    'after a verb and a preposition',
    'I spoke to Jordan Young yesterday about the invoice.',
    ['Jordan Young'],
  ],
  ['before a wish', 'Jordan Young wants a refund.', ['Jordan Young']],
  ['after a ticket verb and by', 'Ticket opened by Jordan Young.', ['Jordan Young']],
  ['after ask', 'Please ask Jordan Young to call back.', ['Jordan Young']],
  ['after a label opening the line', 'Status: open\nAssigned to: Jordan Young', ['Jordan Young']],
  ['after with', 'Had a call with Jordan Brown today.', ['Jordan Brown']],
  [
    'given names that are cities and states',
    'Synced with Dallas Brown, then with Sydney Brown; cc Devon Brown; per Orlando Brown.',
    ['Dallas Brown', 'Devon Brown', 'Orlando Brown', 'Sydney Brown'],
  ],
  [
    'a family name that is a notNames word after a given word',
    'Dallas Price wrote to support.',
    ['Dallas Price'],
  ],
  ['a post said of the name', 'Lincoln Ward is the account manager.', ['Lincoln Ward']],
  [
    'a listed given name before a family name of title-case phrases',
    'Michael Price requested a refund; Sarah Lane called.',
    ['Michael Price', 'Sarah Lane'],
  ],
  ['a post in apposition', 'Devon Marsh, a senior manager on your team, referred me.', ['Devon Marsh']],
  [
    'beside a listed full name',
    'Austin White and Michael Miller joined the call.',
    ['Austin White', 'Michael Miller'],
  ],
  [
    'spelled by an address nearby',
    'Account: Grant King\nLast login 2024-03-02\nContact gking84@verizon.net for access.',
    ['Grant King'],
  ],
  ['a given name the lists leave out as a word', 'Escalated to Victor Stone this morning.', ['Victor Stone']],
  ['a place word ending the name after a verb', 'Chase Hill requested a callback.', ['Chase Hill']],
];

const nearMisses: Case[] = [
  ['a park', 'We met at Grant Park with the kids, then walked with Grant Park rangers.', []],
  [
    'a pigment named after a place',
    'The pigment was mixed with Paris Green; a wall painted with Lincoln Green.',
    [],
  ],
  ['a river', 'We hiked with Jordan River guides.', []],
  ['a convention centre', 'The keynote is at the Austin Convention Center.', []],
  ['a bank', 'I paid with Chase Bank yesterday.', []],
  ['a holiday', 'Celebrate with May Day parades.', []],
  ['streets', 'Turn left from Hope Street into King Street.', []],
  ['a genre', 'Our Young Adult fiction list grew.', []],
  [
    'a building and a university',
    'Statement from White House officials; he studied at Brown University.',
    [],
  ],
  ['a memorial and a hospital', 'We met with Lincoln Memorial staff at Florence Nightingale Hospital.', []],
  ['a sale', 'Summer Sale ends today with Summer Sale prices.', []],
  ['an award', 'He won the Grant Young Award.', []],
  ['a modal before a capitalised word', 'Will Young people attend? We will Young them.', []],
  ['a title-case heading', 'Rose Garden Party Planning', []],
  ['a place after a journey', 'We flew to Paris Green fields, then drove from Rose Hill to Jordan Hill.', []],
  ['a town and its state', 'Shipped from Hope Mills, NC to Austin Stone, TX.', []],
  ['colours of a finish', 'Shop with Ivory White finishes and Pearl White trims.', []],
  ['a pigment said to be one', 'Paris Green is a pigment; Lincoln Ward opened in 1990.', []],
  ['a verb before a family word', 'Mark White as done.', []],
  ['a place said to be called so', 'We stopped in a town called Hope Mills.', []],
  ['a given name before a family name of title-case phrases', 'Unit Price: $5; Bill Price: $7', []],
];

describe('personDetector on full names of two words that are words too', () => {
  it.each(found)('finds one %s', (_title, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
  it.each(nearMisses)('finds no person in %s', (_title, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('the given name of such a name said alone later', () => {
  const people = detectedPeople;

  it('counts where it names the person again', () => {
    const text =
      'Notes from the call with Austin White and Michael Miller:\n- Austin wants the invoices sent to awhite@verizon.net';
    expect(people(text)).toEqual(['Austin White', 'Michael Miller', 'Austin']);
  });

  it('does not count as a verb opening a sentence before an article or a pronoun', () => {
    const text = 'Call with Mark King today.\nMark the ticket as urgent once Mark confirms. Hope this helps.';
    expect(people(text)).toEqual(['Mark King', 'Mark']);
    expect(people('Ticket opened by Hope Young. Hope this helps!')).toEqual(['Hope Young']);
  });
});
