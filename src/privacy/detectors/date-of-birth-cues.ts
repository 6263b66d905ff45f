import { isAsciiLetter, isDigitAt } from './date-of-birth-dates.js';
import { normalizeHeader } from './tables.js';

/**
 * DATE_OF_BIRTH's cues: birth-date headers and keys (`isBirthHeader`, `headerKind`), the birth words
 * of prose (`trigger`, `triggerAfter`) with the cheap checks that rule them out, a birth word written
 * as a column's name, and whether a birth word before a date labels it (`triggeredBefore`).
 */

/**
 * Birth-date headers as `normalizeHeader` gives them, in many languages, also romanised: Japanese
 * `seinengappi` (生年月日), pinyin `chusheng_riqi` and its initials `csrq` (出生日期), Korean
 * `saengnyeonworil` (생년월일), Russian `data_rozhdeniya`, Hindi `janm_tithi`, Marathi `janmatarikh`. Among them Estonian
 * `sünniaeg`, Latvian `dzimšanas datums`, Lithuanian `gimimo data`, Slovak `dátum narodenia`,
 * Romanian `data de naștere`, Catalan `data de naixement`, Croatian `datum rođenja` (`đ` as `d` or `dj`), Slovenian `rojstni
 * datum`, Albanian `datëlindja`, Faroese `føðingardagur`, Maltese `data tat-twelid`, Azerbaijani
 * `doğum tarixi`, Uzbek `tugʻilgan sana`, Tagalog `petsa ng kapanganakan`, Swahili `tarehe ya
 * kuzaliwa`, Yoruba `ọjọ́ ìbí`, Hausa `ranar haihuwa`, Igbo `ụbọchị ọmụmụ`, Zulu `usuku lokuzalwa`,
 * Xhosa `umhla wokuzalwa`, Welsh `dyddiad geni`, Galician `data de nacemento`, Luxembourgish
 * `Gebuertsdatum`. A timestamp's name (`birth_ts`, `dob_timestamp`: Spark and warehouse columns that
 * keep a birth date as a midnight timestamp) is one too. (Not the place of birth: `dzimšanas vieta`, `mjesto rođenja`, `lieu de naissance`.)
 */
const birthHeader =
  /(?:^|_)(?:dob|d_o_b|b_?day|brdt|brth_?(?:dt|ymd|de|dy)|date_?of_?birth|date_?birth|birth_?date|birth_?day|birth_?dt|birth_?dat|birth_?(?:ts|timestamp|datetime)|birthdate|birthday|born(?:_on|_at)?|nat[oa](?:_[oa])?_il|ne(?:_e)?_le|nee_le|nacid[oa](?:_[oa])?_el|geb_am|geburtsdatum|geburtstag|geb_?dat(?:um)?|geboren(?:_am)?|date_?(?:de_?)?naissance|naissance|(?:fecha|fec|f)_?(?:de_?)?nac(?:imiento)?|nacimiento|data_?(?:di_?)?nascita|data_?(?:de_?)?nascimento|dt_?nasc(?:imento)?|data_?nasc|nascimento|nascita|geboorte_?datum|geboortedatum|data_?urodzenia|datum_?narozeni|narozeni|datum_?narodenia|datum_?rodj?enja|datum_?rojstva|rojstni_datum|fodelsedatum|fodselsdato|fodelsedag|fodselsdag|syntymaaika|syntymapaiva|s[uy]nniaeg|sunnikuupaev|sunnipaev|dzimsanas_(?:datums|diena)|gimimo_(?:data|diena)|data_de_nastere|data_(?:de_)?naixement|data_na_ra(?:zh|j)dane|datelindj[ae]|data_e_lindjes|data_tat_twelid|dyddiad_geni|data_(?:de_)?nacemento|gebuerts(?:datum|dag)|dogum_?tari[hx]i|tug_?ilgan_(?:sana|sanasi|kuni?)|(?:petsa|araw)_ng_kapanganakan|kaarawan|(?:tarehe|siku)_ya_kuzaliwa|ojo_ibi|ranar_haihuwa|ubochi_omumu|usuku_lokuzalwa|umhla_wokuzalwa|szuletesi_(?:datum|ido)|szul_?(?:datum|ido)|f(?:ae|o)dingardag(?:ur)?|(?:hm|imerominia)_?genn?is(?:is|eos)|data_?nasterii|(?:tarikh|tanggal|tgl)_?lahir|ngay_(?:thang_(?:nam_)?)?sinh|seinen_?gappi|tanjou?bi|chu_?sheng_?ri_?qi|csrq|saeng_?nyeon_?wo(?:l_?i|ri)l|data_?rozhdeniya|data_?narodzhennya|janma?_?(?:tithi|tarikh))(?:_(?:insured|holder|policyholder|patient|member|customer|client|applicant|child|spouse|partner|mother|father|referente|titolare|titular|raw|str|text|iso|orig|original|clean|parsed|input|value|ts|timestamp|datetime|hijri|hijriah|gregorian|greg|miladi|ad|ce|be|roc|minguo|jalali|shamsi|lunar|solar))?$/;
/**
 * Birth-date headers in scripts `normalizeHeader` drops (it keeps ASCII): Bulgarian `дата на
 * раждане`, Serbian `датум рођења`, Macedonian `датум на раѓање`, Belarusian `дата нараджэння`,
 * Kazakh `туған күні`, Kyrgyz `туулган күнү`, Uzbek `туғилган сана`, Georgian `დაბადების თარიღი`,
 * Armenian `ծննդյան ամսաթիվ`, Amharic `የትውልድ ቀን`, Tamil `பிறந்த தேதி`, Mongolian `төрсөн огноо`,
 * and Morocco's and Tunisia's `تاريخ الازدياد` and `تاريخ الولادة` among them.
 */
const birthCjk =
  /生年月日|誕生日|出生日期|出生年月|생년월일|생일|дата[_ ]?рождения|дата[_ ]?народження|дата[_ ]на[_ ]раждане|рождена[_ ]дата|датум[_ ]рођења|датум[_ ]на[_ ]ра[ѓг]ање|дата[_ ]нараджэння|ту(?:ған|ылған)[_ ]күні|туулган[_ ]күнү|туғилган[_ ](?:сана|куни?)|დაბადების[_ ]თარიღი|ծննդյան[_ ](?:ամսաթիվ|օր)|የ(?:ትውልድ|ልደት)[_ ]ቀን|(?:ημερομην[ιί]α|ημ\.?)[_ ]?γ[εέ]νν[ηή]σ(?:ης|εως)|f[æa]e?[ðd]ingardag(?:ur)?|生日$|(?:תאריך|ת\.)[_ ]?לידה|تاريخ[_ ](?:الميلاد|الازدياد|الولادة)|تاریخ[_ ]تولد|जन्म[_ ]?तिथि|জন্ম[_ ]?(?:তারিখ|তাং|দিন)|பிறந்த[_ ](?:தேதி|நாள்)|төрсөн[_ ](?:огноо|өдөр)|วันเกิด/iu;

export function isBirthHeader(header: string): boolean {
  return headerKind(header) === Header.birth;
}

/** What a key or column header names, for this detector: a birth date, a place and date of birth, an animal's field. */
export const Header = { other: 0, birth: 1, placeAndDate: 2, animal: 3 } as const;

export function headerKind(header: string): number {
  let known = headerKinds.get(header);
  if (known === undefined) {
    const normal = normalizeHeader(header);
    known =
      birthHeader.test(normal) ||
      (storedAs.test(normal) && birthHeader.test(normal.replace(storedAs, ''))) ||
      (pairSuffix.test(normal) && birthHeader.test(normal.replace(pairSuffix, ''))) ||
      // `Date of birth (for venue security)`: a form question's header with a note after it.
      (header.endsWith(')') && birthHeader.test(normalizeHeader(header.replace(/\s*\([^()]*\)$/, '')))) ||
      // `PatientBirthDate` (DICOM), `customerDob`: camel case words.
      (/[a-z][A-Z]/.test(header) &&
        birthHeader.test(normalizeHeader(header.replace(/([a-z0-9])([A-Z])/g, '$1_$2')))) ||
      (header.length < 40 && birthCjk.test(header))
        ? Header.birth
        : placeDateHeader.test(normal)
          ? Header.placeAndDate
          : animalHeader.test(normal)
            ? Header.animal
            : Header.other;
    if (headerKinds.size >= 10_000) headerKinds.clear(); // headers repeat on every row: memoised, bounded
    headerKinds.set(header, known);
  }
  return known;
}

const headerKinds = new Map<string, number>();

/**
 * A cleaning job's suffix for the form a column keeps the birth date in before it is parsed: the
 * text as read (`fecha_nacimiento_txt`), a yyyymmdd integer (`geboortedatum_int`), French `brut`
 * (`date_naissance_brute`). The values are that person's birth date as written.
 */
const storedAs = /_(?:txt|int|brute?)$/;

/**
 * The same column of two records side by side: Splink's left and right record of a pair (`dob_l`,
 * `dob_r`), a pandas merge's `dob_x` and `dob_y`.
 */
const pairSuffix = /_(?:l|r|x|y)$/;

/**
 * Keys for the birthplace and the birth date together: Indonesian `TTL` (tempat, tanggal lahir),
 * `Tempat/Tgl. Lahir`, `Place and date of birth`.
 */
const placeDateHeader =
  /^(?:ttl|tempat_(?:dan_)?(?:tanggal|tgl)_lahir|place_(?:and_)?date_of_birth|date_(?:and_)?place_of_birth|dogum_(?:yeri_(?:ve_)?tarihi|tarihi_(?:ve_)?yeri)|geburtsort_(?:und_)?(?:geburts)?datum|lugar_y_fecha_de_nacimiento|luogo_e_data_di_nascita|lieu_et_date_de_naissance|locul_si_data_nasterii)$/;

/** An animal's record: its species, breed or microchip (a pet's birth date is no person's). */
const animalHeader = /(?:^|_)(?:species|breed|especie|raza|rasse|tierart|razza|espece|microchip)$/;

/**
 * Birth words, not inside a longer word. Japanese, Chinese and Korean write no blank after a word:
 * their birth-date words may be followed by the topic particle (`生年月日は1985年4月30日`). The
 * languages of `birthHeader` and `birthCjk` label a birth date in a form's line as their columns do
 * (`Dzimšanas datums: 14.05.1988`, `Datum rođenja: 03.07.1992.`, `Дата на раждане: 12.05.1988 г.`).
 */
export const trigger =
  /(?<![\p{L}.@_-])(?:born|birth(?:day|date)?|b-?day|d\.?o\.?b\.?|geboren?|geb\.|geburtsdatum|geburtstag|geboorte(?:datum|dag)|f[øo]dselsdato|f[öo]delsedatum|syntym[äa]aika|n[ée]e?[ \t]+le|née?|nee|naissance|data[ \t]+(?:de[ \t]+)?naixement|nacid[oa]|naci[óo]?|nací|nacimiento|nat[oa]|nascita|nascid[oa]|nasceu|nasci|nascimento|urodzon[ya]|urodzi[łl]a?|urodzenia|ur\.|nar\.|naro[zd]en[aáýí]?|narodil[a]?|syntynyt|syntyi|sinh[ \t]+ng[àa]y|ng[àa]y[ \t]+sinh|n[ăa]m[ \t]+sinh|مواليد|مولود(?:ة)?|f[öo]dd(?:es?)?|f[øo]dt|do[ğg]um[ \t]+tari(?:h(?:i|im|iniz)|xi)|s[üu]nni(?:aeg|kuup[äa]ev|p[äa]ev)|dzim[šs]anas[ \t]+(?:datums|diena)|gimimo[ \t]+(?:data|diena)|d[áa]tum[ \t]+narodenia|data[ \t]+de[ \t]+na[șşs]tere|datum[ \t]+ro(?:đ|dj|d)enja|datum[ \t]+rojstva|rojstni[ \t]+datum|dat[ëe]lindj[ae]|data[ \t]+e[ \t]+lindjes|data[ \t]+tat-twelid|dyddiad[ \t]+geni|data[ \t]+(?:de[ \t]+)?nacemento|gebuer(?:tsdatum|tsdag)?|petsa[ \t]+ng[ \t]+kapanganakan|ipinanganak|isinilang|tarehe[ \t]+(?:ya(?:ko|ke|ngu|tu|nu|o)[ \t]+)?ya[ \t]+kuzaliwa|(?:ali|nili|uli)zaliwa|ranar[ \t]+haihuwa|usuku[ \t]+lokuzalwa|umhla[ \t]+wokuzalwa|дата[ \t]+на[ \t]+раждане|рождена[ \t]+дата|датум[ \t]+рођења|датум[ \t]+на[ \t]+ра[ѓг]ање|дата[ \t]+нараджэння|ту(?:ған|ылған)[ \t]+күні|туғилган[ \t]+сана|tug[ʻ‘’'`]?ilgan[ \t]+sana(?:si)?|დაბადების[ \t]+თარიღი|ծննդյան[ \t]+ամսաթիվ|የ(?:ትውልድ|ልደት)[ \t]+ቀን|do[ğg]du|cumpleaños|fecha[ \t]+(?:de[ \t]+)?nac\.|n[ăa]scut[ăa]?|nascud[ao]|data[ \t]+na[șşs]terii|szület[ée]si[ \t]+(?:id[őo]|d[áa]tum|hely[ \t]+[ée]s[ \t]+id[őo])|szül\.|szület(?:tem|ett)|genn?ith?ik[ae]|genn?isis|(?:(?:tanggal|tgl\.?|tarikh)[ \t]*)?lahir|เกิด(?:วันที่|เมื่อ(?:วันที่)?)?|生年月日|誕生日|出生日期|出生年月日?|出生|生日|생년월일|생일|дат[аы][ \t]+рожд(?:ения|\.)|д(?:ень|ня)[ \t]+рождения|д\.[ \t]?р\.|др|родил(?:ся|ась)|дата[ \t]+нар(?:одження|\.)|народил(?:ся|ася)|(?:ημερομην[ιί]α|ημ\.)[ \t]*γ[εέ]νν[ηή]σ(?:ης|εως)|γεννήθηκ[εα]|(?:תאריך|ת\.)[ \t]*לידה|נולד(?:ה)?|تاريخ[ \t]+(?:الميلاد|الولادة|الازدياد)|تاریخ[ \t]+تولد|जन्म[ \t]?(?:तिथि|तारीख|दिनांक)|জন্ম[ \t]?(?:তারিখ|তাং|দিন)|பிறந்த[ \t]+(?:தேதி|நாள்)|төрсөн[ \t]+(?:огноо|өдөр)|janma?[ \t]?(?:tithi|tarikh)|วันเกิด)(?![\p{L}@]|\.\p{L})|(?:生年月日|出生日期|생년월일|生日|생일)(?=[はがも是为為은이])/giu;
/**
 * A birth word just after the date. German and Dutch put the participle last (`ist am 05.11.1963
 * geboren`, `is op 12-03-1990 geboren`), and the adjective follows the date too (`die am 3.5.1990
 * geborene Tochter`).
 */
export const triggerAfter =
  /^[ \t]{0,3}[([]?[ \t]{0,2}(?:(?:dob|d\.o\.b\.?|born|birth(?:day|date)?|date of birth|geboren(?:e[nrs]?)?)(?!\p{L})|生まれ|生(?!\p{L})|出生)/iu;

/**
 * A word of each trigger, as ASCII text spells them (accents folded: `née` is `nee` in ASCII): its
 * first, or its telling one (`nasterii` of `data nașterii`, `kuzaliwa` of `tarehe ya kuzaliwa`).
 */
const triggerHeads = new Set(
  'born birth birthday birthdate bday b dob d do geboren gebore naixement nascuda nascudo ipinanganak isinilang alizaliwa nilizaliwa ulizaliwa geb geburtsdatum geburtstag geboortedatum geboortedag fodselsdato fodelsedatum syntymaaika ne nee naissance nacido nacida nacio naci nacimiento nato nata nascita nascido nascida nasceu nasci nascimento urodzony urodzona urodzenia ur fodd fodde foddes fodt dogum dogdu nac nascut nascuta nasterii gennithika gennithike genithika gennisis genisis lahir nar narozen narozena narozeny naroden narodena narodeny narodil narodila syntynyt syntyi sinh ngay nam sunniaeg sunnikuupaev sunnipaev dzimsanas gimimo narodenia nastere rodjenja rodenja rojstva rojstni datelindja datelindje lindjes twelid geni nacemento gebuer gebuertsdatum gebuertsdag kapanganakan kuzaliwa haihuwa lokuzalwa wokuzalwa janm janma janmatarikh janmtarikh janmatithi janmtithi'.split(
    ' ',
  ),
);

/**
 * False only when `trigger` cannot match in `text[from, to)`: the fragment is ASCII and none of its
 * letter runs opens a trigger. Non-ASCII fragments (accents, case folding) always go to the regex.
 */
/** a, b, d, f, g, h, i, j, k, l, n, r, s, t, u, w in either case: the letters the trigger heads start with. */
function headLetter(c: number): boolean {
  const l = (c | 32) - 97;
  return l >= 0 && l < 26 && ((headLetters >>> l) & 1) === 1;
}

const headLetters = [...'abdfghijklnrstuw'].reduce((bits, c) => bits | (1 << (c.charCodeAt(0) - 97)), 0);

export function mayHoldTrigger(text: string, from: number, to: number): boolean {
  let word = -1;
  for (let k = from; k <= to; k++) {
    const c = k < to ? text.charCodeAt(k) : 32;
    if (c >= 128) return true;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letter) {
      if (word === -1) word = k;
    } else if (word !== -1) {
      if (
        k - word <= 13 &&
        headLetter(text.charCodeAt(word)) &&
        triggerHeads.has(text.slice(word, k).toLowerCase())
      )
        return true;
      word = -1;
    }
  }
  return false;
}

/** False only when `triggerAfter` cannot match at `end`: its first letter (`d`, `b`, `g`, `生`, `出`) is not there. */
export function mayFollow(text: string, end: number): boolean {
  for (let k = end; k < end + 8 && k < text.length; k++) {
    if (text.charCodeAt(k) === 0x751f || text.charCodeAt(k) === 0x51fa) return true;
    const c = text.charCodeAt(k) | 32;
    if (c === 98 || c === 100 || c === 103) return true;
    if (c !== 32 && c !== 41 && c !== 123 && c !== 40 && c !== 91) return false; // space, tab, ( [ (|32)
  }
  return false;
}

/** `…, it should be `, `, it's actually `, `, which is `: the clause before the date refers back to the birth date. */
export const restated =
  /,[ \t]*(?:(?:it|that|which)[ \t]+(?:should|must|ought[ \t]+to)[ \t]+be|(?:it|that)(?:['’]s|[ \t]+is)[ \t]+actually|which[ \t]+is)[ \t]+$/i;

/**
 * One comma, then "for example" (`e.g.`, Danish `fx`, German `z. B.`, French `p. ex.`, Spanish `p. ej.`,
 * Italian `es.`, Dutch `bijv.`, Polish `np.`, Czech `např.`) ending the text before the date, with no
 * number, other delimiter or second field (`og oprettet`, and created) before it: the date is an
 * example of the labelled field's value.
 */
const forExample =
  /^(?![^,]*(?<!\p{L})(?:and|or|og|och|eller|und|oder|et|ou|y|e|o|en|of)(?!\p{L}))[^\d<>,;|\t{}[\]"]{0,30},[ \t]*(?:e\.[ \t]?g\.?|eg|for[ \t]+example|for[ \t]+instance|such[ \t]+as|fx\.?|f\.[ \t]?eks\.?|t\.[ \t]?ex\.?|z\.[ \t]?B\.?|zum[ \t]+Beispiel|bspw\.|p\.[ \t]?ex\.?|par[ \t]+exemple|p\.[ \t]?ej\.?|por[ \t]+ejemplo|por[ \t]+exemplo|ex\.|es\.|ad[ \t]+es\.|per[ \t]+esempio|bijv\.|bv\.|np\.|např\.|esim\.)[ \t]*:?[ \t]*$/iu;

const lowerDr = /^др$/i;
const bornInPlaceOn = /^[ \t]+in[ \t]+\p{Lu}[\p{L} ,.'’-]{1,60}[ \t,]on[ \t]+$/u;

/** A company, product or idea (`Our company was `, `the idea got `) just before `born`. */
const thingBorn =
  /(?<![\p{L}-])(?:company|firm|start-?up|business|brand|shop|store|project|idea|app|product|band|club|newsletter|podcast|blog|web ?site|channel|restaurant|caf[eé]|bakery|library|package|framework|platform|agency|studio|magazine|charity|foundation|organi[sz]ation|movement|show|festival|team)[ \t]+(?:was|were|got|is)[ \t]+$/iu;

export function triggeredBefore(before: string): boolean {
  for (const t of before.matchAll(trigger)) {
    // `ДР` (день рождения) counts in capitals only: `и др.` is "and others".
    if (t[0] !== 'ДР' && lowerDr.test(t[0])) continue;
    // `Our company was born on 14 March 2009`: a thing's founding, not a person's birth.
    if (/^born$/i.test(t[0]) && thingBorn.test(before.slice(0, t.index))) continue;
    // `Born in Nyeri, Kenya, on March 3, 1941`: the place's commas are no field boundary.
    if (bornInPlaceOn.test(before.slice((t.index as number) + t[0].length))) return true;
    // "born 1961, joined 2020-01-02" or "birth_date > '1990-01-01'" are not birth dates of someone,
    // nor is a birth yet to come (`for the birth of our second child (due date 18 June 2024)`).
    // `"dob": null, "created": "2023-…"`: a delimiter between them puts the date in another field.
    const after = before.slice((t.index as number) + t[0].length);
    if (!/\d|[<>,;|\t{}[\]]|between|after|before|since|\bdue\b|expected|estimated/i.test(after)) return true;
    // `My date of birth on your records is wrong, it should be 03/07/1957`: a clause naming it again.
    if (after.includes(',') && !/\d|[<>;|\t{}[\]"]/.test(after) && restated.test(after)) return true;
    // `Fødselsdato som DATE, fx 1984-02-17`: an example of the value the label describes.
    if (after.includes(',') && forExample.test(after)) return true;
  }
  return false;
}

/** `c.birth_date`, `date_of_birth`, `dob,`, `dob(8)`: a birth word in a column name (a `SELECT` list's, a layout's). */
export function identifier(text: string, from: number, to: number): boolean {
  const before = text.charCodeAt(from - 1);
  if (before === 46 || before === 95) return true;
  let k = to;
  while (k < text.length && isAsciiLetter(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  // `dob(8)`: a field and its width in a fixed-width layout.
  return c === 95 || c === 44 || (c === 40 && isDigitAt(text, k + 1));
}
