import { isCueWord, isPostWord } from './name-cues.js';
import { givenNames, isFamilyWord, isGivenWord, nameKey, surnames } from './names.js';
import { placeFamily } from './person-places.js';
import { listedKey, type Token } from './person-words.js';

/**
 * A full name of two words that are everyday words as well (`Jordan Young`, `Austin White`, `Grant
 * King`: see `givenWords` and `familyWords` in `names.ts`), read where the sentence has a slot only a
 * person fills: after a word or a label that takes people (`spoke to`, `call with`, `opened by`,
 * `Assigned to:`, `cc`), before a person's act (`wants`, `requested`, `is the account manager`),
 * beside a listed full name (`Austin White and Michael Miller`), or spelled by an e-mail address
 * near it (`awhite@…`). Title-case phrases (`White House`, `Grant Park`, `Chase Bank`) are read
 * before this, by `nameInRun`'s place and company rules.
 */

/**
 * Whether `first` `last`, a given and a family name that are each listed or a word known as one
 * (`givenWords`, `familyWords`), stand in a person's slot.
 * @example wordNamePair('I spoke to Jordan Young yesterday.', jordan, young) // true
 */
export function wordNamePair(text: string, first: Token, last: Token): boolean {
  if (!(listedKey(first.key) || isGivenWord(first.key)) || !(listedKey(last.key) || isFamilyWord(last.key)))
    return false;
  if (pigments.has(`${first.key} ${last.key}`)) return false;
  const start = first.start;
  const end = last.end;
  // `from Rose Hill`, `with Chase Field`, `from Hope Mills, NC`: a preposition takes places whose last
  // word is a family name too, and towns; a verb or a label before it says a person there.
  const place = placeFamily.test(last.key) || cityState.test(text.slice(end, end + 6));
  const before = text.slice(Math.max(0, start - 32), start);
  return (
    personBefore.test(before) ||
    (!place && prepositionBefore.test(before)) ||
    actAfter.test(text.slice(end, end + 40)) ||
    postAfter(text, end) ||
    besideListed(text, start, end) ||
    spelledByAddress(text, first.key, last.key, start, end)
  );
}

/**
 * A US state's code after a comma (`Hope Mills, NC`): the words before it name a town. Not those
 * that are degrees after a name as well (`MD`, `MA`, `MS`, `PA`).
 */
const cityState =
  /^, (?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MI|MN|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)(?![\p{L}\p{N}])/u;

/** Colours named after a place (`Paris Green`, `Lincoln Green`, `Paris White`): paints, not people. */
const pigments: ReadonlySet<string> = new Set(['paris green', 'lincoln green', 'paris white']);

/**
 * What only people follow: a label of a message's or a ticket's person opening its line (`To:`,
 * `Assigned to:`, `Owner:`), a verb before a preposition (`I spoke to`, `call with`, `Ticket opened
 * by`), or a verb whose object is a person (`Please ask`, `cc`, `thanked`). Not `called`, which
 * names places as often (`a town called Hope Mills`).
 */
const personBefore =
  /(?:(?:^|\n)[ \t]*(?:to|from|cc|bcc|attn|name|owner|contact|assignee|assigned to|reporter|requester|requested by|approver|approved by|author|organi[sz]er|host|attendees?|participants?)[ \t]*:|(?:^|[^\p{L}])(?:(?:spoke|speak|speaking|talk|talked|talking|sent|send|forward|forwarded|assigned|reassigned|escalate|escalated|introduce|introduced|reply|replied|write|wrote|reach out|reached out|hand|handed|pass|passed|refer|referred) to|(?:call|calls|called|meeting|meet|met|spoke|speak|talked|talk|chat|chatted|sync|synced|session|interview|appointment|conversation|catch-up|worked|working) with|(?:opened|raised|filed|submitted|reported|requested|approved|signed|created|assigned|written|sent|placed|closed|resolved|handled|reviewed|updated|edited|owned|managed|booked) by|cc|bcc|attn|ask|asked|asking|tell|told|thank|thanked|thanks|call|ping|pinged|email|emailed|text|texted|contact|contacted|meet|met|invite|invited|remind|reminded|inform|informed|notify|notified))[ \t]*,?[ \t]*$/iu;

/** A preposition (`with`, `by`, `from`, `per`, `for`): before a person as often as before a place. */
const prepositionBefore = /(?:^|[^\p{L}])(?:with|by|from|per|for)[ \t]*$/iu;

/** A person's act right after the name (`wants a refund`, `requested a callback`, `would like`). */
const actAfter =
  /^[ \t]+(?:wants|wanted|needs|needed|would like|requested|requests|confirmed|confirms|reported|mentioned|noted|agreed|approved|declined|signed|paid|ordered|booked|told|thinks|prefers|promised|insisted|suggested|texted|has asked|has requested|has called)\b/;

/**
 * `Lincoln Ward is the account manager`, `Dallas Brown, our new client`: a post or a role said of
 * the name (a determiner before it, one word between).
 */
function postAfter(text: string, end: number): boolean {
  const m = post.exec(text.slice(end, end + 48));
  return m !== null && (isPostWord(m[1] as string) || isCueWord(m[1] as string));
}

const post =
  /^(?:,| (?:is|was|has been|will be)) (?:a|an|the|our|my|your|his|her|their)(?: [a-z-]+)? ([a-z]+)\b/;

/**
 * `Austin White and Michael Miller`, `Sara Lopez, Grant King and …`: a listed given and family name
 * joined to the pair by `and`, `&` or a comma, on either side.
 */
function besideListed(text: string, start: number, end: number): boolean {
  const after = listedAfter.exec(text.slice(end, end + 40));
  if (after !== null && listedFull(after[1] as string, after[2] as string)) return true;
  const before = listedBefore.exec(text.slice(Math.max(0, start - 40), start));
  return before !== null && listedFull(before[1] as string, before[2] as string);
}

const listedAfter = /^(?:,| and| &) (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u;
const listedBefore = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?:,| and| &) $/u;
const listedFull = (given: string, family: string): boolean =>
  givenNames.has(nameKey(given)) && surnames.has(nameKey(family));

/**
 * Whether an e-mail address within a few lines of the pair has a local part that spells it:
 * `austin.white`, `austin_white`, `austinwhite`, `awhite`, `a.white`, `white.austin`, digits after
 * (`jyoung84@…`).
 */
function spelledByAddress(text: string, given: string, family: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 300), end + 300);
  let at = near.indexOf('@');
  if (at === -1) return false;
  const spellings = [
    `${given}.${family}`,
    `${given}_${family}`,
    `${given}-${family}`,
    `${given}${family}`,
    `${given.charAt(0)}${family}`,
    `${given.charAt(0)}.${family}`,
    `${family}.${given}`,
  ];
  for (; at !== -1; at = near.indexOf('@', at + 1)) {
    const m = localPart.exec(near.slice(Math.max(0, at - 40), at));
    if (m !== null && spellings.includes((m[1] as string).toLowerCase())) return true;
  }
  return false;
}

/** The local part of an address ending the text given, less digits at its end. */
const localPart = /(?<![\w.+-])([a-z][\w.-]*?)\d*$/i;
