import { describe, expect, it } from 'vitest';
import { detectedPeople } from '../../../test/support/person-spans.js';

/**
 * Names of origins across the English-speaking world with little around them (Samoan, Māori,
 * Eritrean, Shona, Navajo, Welsh, Aboriginal Australian usage), each beside a near miss that must
 * stay clean: a greeting before a team's address, a storm or an airport named after someone.
 */

/** A text and every PERSON value `detectAll` must find in it, in order. */
type Case = [string, string, string[]];

const cases: Case[] = [
  [
    'a git shortlog line: an Eritrean given name that is also a greeting, before a GitHub noreply address',
    '    41\tSelam Tesfamariam <90311274+selamt@users.noreply.github.com>',
    ['Selam Tesfamariam'],
  ],
  [
    'no person in a greeting and a team before an address that spells the greeting alone',
    'Selam Ekibi <selam@ekip.com.tr>',
    [],
  ],
  [
    'a Navajo family name after a given name that is also a city, in a git log line',
    '3c9e0f1 2024-11-15 Cheyenne Nez chore: bump seasonality to 52',
    ['Cheyenne Nez'],
  ],
  ['no person in the city alone', 'Warehouse feed from Cheyenne, WY is late.', []],
  [
    'a Welsh name with ap (son of) and one with ferch (daughter of)',
    'lead: Rhys ap Gwilym; reviewer: Elin ferch Dafydd',
    ['Rhys ap Gwilym', 'Elin ferch Dafydd'],
  ],
  [
    'Māori, Shona and Samoan names in a CSV cell and after an escalation',
    'viewer,dashboard\nHinewai Rewi,Wellington Ops\n02:40 escalated to Chipo Moyo\nMoana Faleolo: fixed',
    ['Hinewai Rewi', 'Chipo Moyo', 'Moana Faleolo'],
  ],
  [
    'a family-first name with a comma and an Australian given name',
    'WILLIAMS, Jarrah   0438 217 604',
    ['WILLIAMS, Jarrah'],
  ],
  [
    'no person in named storms',
    'claims = {"Hurricane Milton": 12, "Cyclone Gabrielle": 4, "Storm Éowyn": 2}; Tropical Storm Debby next',
    [],
  ],
  [
    'a family name Storm after a given name is a person still',
    'ask Sarah Storm at the desk',
    ['Sarah Storm'],
  ],
  [
    'no person in airports named after people',
    "WHERE origin IN ('Jomo Kenyatta International', 'Norman Manley International', 'Indira Gandhi International')",
    [],
  ],
  [
    'a name beside an airport named after someone is a person still',
    'Flights land at Jomo Kenyatta International; ask Jomo Kariuki.',
    ['Jomo Kariuki'],
  ],
];

describe('PERSON across origins, with near misses named like people', () => {
  it.each(cases)('%s', (_title, text, expected) => {
    expect(detectedPeople(text)).toEqual(expected);
  });
});
