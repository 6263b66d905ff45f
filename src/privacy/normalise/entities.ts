/**
 * HTML named character references (WHATWG HTML, named character references): the ones that spell
 * ASCII punctuation, every Latin-1 character (`&eacute;`, `&szlig;`), the Latin Extended-A letters
 * HTML 4 names, and the typographic punctuation and spaces pages are full of.
 */

/** The Latin-1 supplement U+00A0–U+00FF, in code point order (HTML 4.01, §24.2). */
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 ' +
  'sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute ' +
  'Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde ' +
  'Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave ' +
  'aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ' +
  'ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const table = new Map<string, string>(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    commat: '@',
    period: '.',
    plus: '+',
    hyphen: '-',
    dash: '-',
    lowbar: '_',
    colon: ':',
    sol: '/',
    num: '#',
    percnt: '%',
    equals: '=',
    excl: '!',
    quest: '?',
    dollar: '$',
    comma: ',',
    semi: ';',
    lpar: '(',
    rpar: ')',
    lsqb: '[',
    rsqb: ']',
    lbrack: '[',
    rbrack: ']',
    lcub: '{',
    rcub: '}',
    lbrace: '{',
    rbrace: '}',
    ast: '*',
    bsol: '\\',
    verbar: '|',
    vert: '|',
    grave: '`',
    Hat: '^',
    OElig: '\u0152',
    oelig: '\u0153',
    Scaron: '\u0160',
    scaron: '\u0161',
    Yuml: '\u0178',
    fnof: '\u0192',
    ensp: '\u2002',
    emsp: '\u2003',
    thinsp: '\u2009',
    zwnj: '\u200c',
    zwj: '\u200d',
    ndash: '\u2013',
    mdash: '\u2014',
    lsquo: '\u2018',
    rsquo: '\u2019',
    sbquo: '\u201a',
    ldquo: '\u201c',
    rdquo: '\u201d',
    bdquo: '\u201e',
    bull: '\u2022',
    hellip: '\u2026',
    euro: '\u20ac',
    trade: '\u2122',
  }),
);
LATIN_1.split(' ').forEach((name, i) => {
  table.set(name, String.fromCharCode(0xa0 + i));
});
// A no-break space reads as a space; a soft hyphen is an invisible break opportunity.
table.set('nbsp', ' ');
table.set('shy', '');

/** The text a named reference (its name, without `&` and `;`) stands for. */
export const entities: ReadonlyMap<string, string> = table;
