import { nameKey } from './names.js';
import type { Token } from './person-words.js';
import { isLetterAt } from './scan.js';

/**
 * PERSON's exclusion of dishes and drinks named after someone, as menus, catalogs and invoices write
 * them: a dish's noun opening the run (`Tournedos Rossini`, `Pêche Melba`), a dish's or a drink's noun
 * right after it (`Ali Nazik kebabı`, `Earl Grey thee`), or a drink known by a titled name alone
 * (`Earl Grey`, `Lady Grey`, both teas).
 */

const keys = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean).map(nameKey));

/**
 * Nouns and cooking words that open a dish's name before the person it honours, in English, French,
 * Italian, Spanish, Portuguese and German. None is a given name, so `Tournedos Rossini` is a dish
 * where `Rossini` alone may be someone's.
 */
const dishHeads = keys(
  `tournedos poulet pêche peche crêpes crepes crêpe salade insalata ensalada salada tarte tarta torta
spaghetti fettuccine fettuccini tagliatelle penne risotto carpaccio bife bacalhau eggs beef peach
steak filet filete soufflé veal chicken lobster oysters omelette pommes pizza pasta sopa soupe zuppa
pollo frango kebab schnitzel`,
);

/**
 * Nouns of dishes and drinks that follow the name they honour, in lower case or not (`Ali Nazik
 * kebabı`, `Earl Grey thee`, `Waldorf salad`). Not `tee` (German tea, English golf's and Estonian
 * road's word alike). Compared as written, in lower case, accents kept: `thé` folded is `the`
 * (`Mr Keane the manager`), `tè` folded is Dutch `te`.
 */
const dishTails: ReadonlySet<string> = new Set(
  `kebabı kebab kebap köfte köftesi tatlısı salad salade sauce soße sosse tart torte cake pie pudding
tea thee thé chá tè tarte cocktail sundae soup sandwich`.split(/\s+/),
);

/** Drinks named after a titled person, which menus write with no noun (`TEA: Earl Grey, Lady Grey`). */
const titledDrinks: ReadonlySet<string> = new Set(['earl grey', 'lady grey']);

/**
 * Whether the run `tokens` (after the title `title`, if any) ending at `end` names a dish or a drink:
 * a dish's noun opens it, a dish's or a drink's noun follows it, or it is one of `titledDrinks`.
 */
export function dish(
  text: string,
  end: number,
  title: string | undefined,
  tokens: readonly Token[],
): boolean {
  const first = tokens[0];
  if (first === undefined) return false;
  if (title === undefined && tokens.length >= 2 && dishHeads.has(first.key)) return true;
  const drink =
    title === undefined
      ? tokens.length === 2 && `${first.key} ${(tokens[1] as Token).key}`
      : tokens.length === 1 && `${nameKey(title.replace(/\.$/, ''))} ${first.key}`;
  if (drink !== false && titledDrinks.has(drink)) return true;
  if (text.charCodeAt(end) !== 32 || !isLetterAt(text, end + 1)) return false;
  let e = end + 1;
  while (e < end + 16 && isLetterAt(text, e)) e++;
  // (The whole word, not a longer one it opens: `Teague`, `Pieter`.)
  return !isLetterAt(text, e) && dishTails.has(text.slice(end + 1, e).toLowerCase());
}
