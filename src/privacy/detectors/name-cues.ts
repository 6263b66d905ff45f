import { isWord } from './scan.js';

/**
 * Evidence that two or three capitalised words name a person when neither is in the name lists
 * (`names.ts`): a family name's shape, or a word around the run that only people get (`Dear …`,
 * `customer …`, `… wrote`). Each is weak; `person.ts` asks for one besides the run's own shape.
 */

/**
 * Family-name endings of many languages, long enough to be rare at the end of an English word:
 * Nordic (-sson, -ström, -qvist, -gren, -berg, -sen), Finnish (-nen), Slavic (-ski/-ska, -wicz,
 * -czyk, -ová, -enko, -ović), Greek (-poulos, -akis, -idis), Romanian (-escu), Georgian (-shvili),
 * Turkish (-oğlu), Portuguese (-eira, -erra, -inho), Spanish (-ez), Basque (-txea, -berria, -tegi,
 * -zabal, -rrieta, -aga: `Goikoetxea`, `Etxeberria`, `Goenaga`), Italian (-elli, -etti, -ucci), German
 * (-mann), Japanese (-moto, -mura, -kawa, -yama), Russian and Ukrainian in Cyrillic (-ов, -ева,
 * -ин, -енко; not -ский, the ending of adjectives: Русский, Московский) and their patronymics (-ович,
 * -евич, -ьич, -овна, -евна, -ична: `Дмитриевна`, closing a full name). Words of six letters or more
 * (five in Cyrillic), less a few places, products and foods with those endings.
 */
const surnameEnding =
  /(?:ов|ев|ёв|ин|ова|ева|ёва|ина|енко|ук|юк|овна|евна|ович|евич|ична|ьич|sson|ström|strom|qvist|quist|gren|berg|sen|nen|ski|ska|cki|cka|wicz|czyk|czak|ová|ova|enko|chuk|ović|ovic|evic|poulos|poulou|akis|idis|escu|eanu|shvili|oğlu|oglu|eira|inho|erra|[aeiou]ez|txea|berria|tegi|tegui|zabal|zabala|rrieta|[eonz]aga|rraga|elli|etti|ucci|acci|mann|moto|mura|kawa|gawa|yama|shita|saki|zaki|dóttir|dottir|dóttur|dottur|όπουλος|όπουλου|όπουλο|άκης|άκη|ίδης|ίδη|ιάδης|ιάδη|ίδου|άτος|άτου)$/u;
const notSurnames = new Set(
  `iceberg heidelberg nuremberg gutenberg alaska nebraska moldova madeira spaghetti confetti
vermicelli kawasaki nagasaki casanova supernova chosen dozen frozen inglaterra sierra магазин берлин остров ростов
саратов харьков тамбов кишинёв кишинев polska warszawski warszawska krakowski krakowska gdański
gdańska poznański poznańska wrocławski wrocławska śląski śląska pomorski pomorska mazowiecki
mazowiecka lubelski lubelska slovenská slovenska`.split(/\s+/),
);

/** Words as written and as `nameKey` spells them (accents and marks stripped: `уважаемый` → `уважаемыи`). */
const withKeys = (list: string): ReadonlySet<string> => {
  const words = list.split(/\s+/).filter(Boolean);
  return new Set([...words, ...words.map((w) => w.normalize('NFD').replace(/\p{M}/gu, ''))]);
};

/**
 * Nouns that open the name of an institution, a street or a place (`Uniwersytet Warszawski`, `Poczta
 * Polska`, `улица Петрова`, `Город Ростов`), an airport or a station too (`Aéroport Paris-Charles de
 * Gaulle`, `Aeropuerto Adolfo Suárez Madrid-Barajas`, `Gare Saint-Lazare`): the word after them is an
 * adjective or a place's name, whatever its ending.
 */
const heads = withKeys(
  `university universität universidad université università uniwersytet politechnika akademia poczta
telekomunikacja bank banco banque szpital urząd urzad gmina powiat województwo wojewodztwo ulica aleja
plac osiedle teatr muzeum instytut fundacja spółka spolka kolej koleje lotnisko dworzec jezioro
университет улица площадь проспект банк театр музей завод компания группа город остров река озеро
street straße strasse avenue road lake mount port fort st saint sainte santa sankt rua rue calle via
avenida strada praça praca largo travessa rambla paseo plaza carrer piazza viale corso
strada bulevardul calea piata soseaua aleea muzeul liceul scoala colegiul universitatea spitalul parcul
ιερος ιερο ναος ναο αγιος αγιου αγιας αγια οδος οδου λεωφορος πλατεια posta centro puesto clinica policlinica consultorio jebel jabal wadi club san sao santo jalan jl jln gedung komplek perumahan barangay monte edificio torre conjunto condominio residencial hacienda colonia barrio
estadio estádio stadio stadion stade barreau phường quận huyện đường vila
ponte puente pont
hôpital hopital hospital hospitál ospedale clinique klinik klinikum crèche creche kita kindergarten
lycée lycee collège college école ecole escola escuela colegio instituto liceo istituto scuola
schule grundschule gymnasium realschule gesamtschule hochschule faculdade facultad théâtre theatre
amphithéâtre amphitheatre médiathèque bibliothèque gymnase campus spedali ospedali umf unter
västra östra norra södra ngāti ngati marae
opera galeries galerie garage
aéroport aeroport aeropuerto aeroporto aérogare flughafen luchthaven lufthavn flygplats lentoasema havalimanı
gare bahnhof hauptbahnhof estación estacion estação estacao stazione
morbus syndrome syndrom síndrome sindrome enfermedad maladie malattia doença doenca ziekte krankheit
choroba tiroiditis thyroiditis tiroidite thyroïdite
hurricane typhoon cyclone storm`,
);

/**
 * Title-case words of headings, of departments and of letters to a role (`Dear Hiring Manager`,
 * `Release Notes explained`, `Human Resources`), and the posts of job titles in English, Spanish,
 * Portuguese, French and Greek (`Customer Brand Designer`, `Cliente Implementação Arquiteto`,
 * `Κύριος Υποδομή Διαχειριστής`): a run holding one names no one, whatever surrounds it.
 */
const roleWords = withKeys(
  `manager managers officer team teams committee department board member members partner partners
friends colleagues everyone sir madam support admin administrator owner staff notes note release
reviewer lead engineer engineering director president assistant analyst scientist developer dir
managing treasury treasurer controller comptroller policyholder claimant tullagent
operations marketing finance legal security research desk helpdesk feedback request update news
newsletter announcement hiring recruiting recruiter valued analytics consulting digital software
media health energy logistics retail resources sales procurement purchasing compliance accounting
dept receiving dock mailroom reception warehouse privacy
payroll treasury partnerships communications strategy infrastructure platform success growth design
resolution escalation escalations dispute disputes chargeback chargebacks billing notifications notification alerts alert
service services care customer customers accounts payments receivable payable collections claims
bot bots signup test tester qa demo sandbox staging automation noreply system web app apps portal
api console dashboard mobile ios android client server soporte suporte assistenza kundenservice
atendimento atencion settore ufficio segreteria direzione servizio sportello dipartimento abteilung
departamento oficina sekolah
supervisor associate executive liaison specialist coordinator architect designer planner orchestrator
technician producer consultant facilitator agent representative strategist
gerente ingeniero engenheiro especialista coordinador coordenador arquitecto arquiteto analista
desarrollador desenvolvedor planificador planejador consultor asistente assistente representante
estratega estrategista ejecutivo executivo tecnico diseñador superviseur directeur coordinateur
architecte analyste developpeur
διαχειριστής συντονιστής συντονιστή μηχανικός προγραμματιστής αντιπρόσωπος εκπρόσωπος σύμβουλος
διευθυντής αναλυτής τεχνικός επόπτης`,
);

/**
 * Materials and goods that catalogues name products by, in title case (`Modern Concrete Bike`,
 * `Ergonomic Granite Chair`, `Handmade Cotton Towels`): two capitalised words holding one are a
 * product's when no name list knows either, whatever word comes before or after them.
 */
const goods = withKeys(
  `aluminum aluminium bamboo bronze ceramic concrete cotton gold granite marble metal plastic rubber silk
steel wooden leather linen wool glass copper iron titanium velvet
bacon ball bike car chair cheese chicken chips computer fish gloves hat keyboard mouse pants pizza salad
sausages shirt shoes soap table towels tuna jacket sweater shorts lamp desk sofa backpack wallet`,
);

/**
 * Nouns that end the name of a place or a building named after someone (`Elizabeth Line`, `Victoria
 * Station`, `Waterloo Bridge`, `Anna Nagar`, a locality of Chennai): the words before them name the
 * place, not a person. Not `hall`, `lane`, `park`, `church` or `heath`, family names as often (`Aled
 * Hall`, `Lois Lane`, `Linda Park`, `Edward Heath`). `International` ends an airport's name (`Jomo
 * Kenyatta International`, `Norman Manley International`) as often as a company's.
 */
const tails = withKeys(
  `line station street road avenue square bridge college hospital terminal airport
gardens garden tower towers building crescent boulevard blvd quay wharf pier market centre center
stadium arena museum gallery library store mall cathedral chapel abbey academy embankment parkway elementary heights
auditorium theatre theater concourse
stadion stadio estadio
international
huis haus maison casa
highway motorway circus common ave st rd ln pkwy hwy house court mews close pl dr ct blvd ter cir
ut utca ter korut krt fasor setany rakpart island isla ilha axis este oeste norte
award awards prize medal scholarship fund fellowship fellow lecture collegiate way
gate gata gatan gade vei veien vegen vej väg vägen allé plass torg torget katu tie kuja polku
tunnel scholars scholar fellows tote mug poster print prints shirt tshirt hoodie sticker candle necklace
tumbler pillow blanket socks bursu burs stipendium beca bolsa prix premio preis makinesi
system systems method programme program actions curriculum vista practice
mah cad sok blv
nagar colony layout vihar enclave marg salai chowk bazaar bazar ganj
fakultesi universitesi lisesi okulu hastanesi bulvari caddesi sokak sokagi mahallesi vakfi dernegi foundation`,
);

/**
 * Countries and regions after a founder's or a programme's name (`Fulbright Austria`, `Siemens
 * Deutschland`): an organisation's branch. Not those that are family names too (`Ireland`, `France`).
 */
const countries = withKeys(
  `austria germany deutschland osterreich schweiz switzerland italia italy espana spain portugal brasil
brazil mexico argentina canada australia japan china korea netherlands nederland belgium sweden
sverige norway norge denmark danmark finland suomi polska europe international worldwide emea apac`,
);

/** Whether a word (lower case, as `nameKey` spells it) names a country or a region (see `countries`). */
export const isCountryWord = (key: string): boolean => countries.has(key);

/**
 * Countries that are family names too (`Kathy Ireland`, `Anatole France`): a branch's after a word
 * that is no given name (`Facebook Ireland`, `Google France`), someone's after a given name.
 */
const familyCountries = withKeys('ireland france england holland wales scotland');

export const isFamilyCountry = (key: string): boolean => familyCountries.has(key);

/**
 * Nouns for whom a record is about (`Anonymous | Donor`, `Unknown | Patient`): a placeholder's words
 * in a name field, no one's family name.
 */
const recordNouns = withKeys(
  `donor donors patient patients customer customers client clients member members user users visitor
visitors applicant applicants tenant tenants employee employees student students subscriber subscribers
respondent respondents participant participants recipient recipients`,
);

/**
 * Algorithms, tests, metrics and equations named after two people with a hyphen (`Jaro-Winkler`,
 * `Needleman-Wunsch`, `Kolmogorov-Smirnov`, `Navier-Stokes`): one method, no one's double-barrelled
 * family name, whatever lists its halves are in.
 */
const methodEponyms: ReadonlySet<string> = new Set(
  `jaro-winkler levenshtein-damerau damerau-levenshtein needleman-wunsch smith-waterman kolmogorov-smirnov
mann-whitney kruskal-wallis shapiro-wilk anderson-darling kaplan-meier benjamini-hochberg hardy-weinberg
mantel-haenszel box-cox box-muller fisher-yates bellman-ford floyd-warshall ford-fulkerson edmonds-karp
hopcroft-karp knuth-morris-pratt boyer-moore rabin-karp miller-rabin diffie-hellman reed-solomon
lempel-ziv cooley-tukey gram-schmidt gauss-seidel gauss-jordan runge-kutta newton-raphson
levenberg-marquardt nelder-mead metropolis-hastings black-scholes navier-stokes cauchy-schwarz
lotka-volterra michaelis-menten savitzky-golay holt-winters nadaraya-watson`.split(/\s+/),
);

/** Whether a hyphenated word (lower case, as `nameKey` spells it) names a method after two people. */
export const isMethodEponym = (key: string): boolean => methodEponyms.has(key);

/** Whether a word (lower case, as `nameKey` spells it) names whom a record is about (see `recordNouns`). */
export const isRecordNoun = (key: string): boolean => recordNouns.has(key);

/** Whether a word (lower case, as `nameKey` spells it) ends the name of a place or a building. */
export const isPlaceTail = (key: string): boolean => tails.has(key);

/** Whether a word (lower case, as `nameKey` spells it) names a role or heads a heading, not a person. */
export const isRoleWord = (key: string): boolean => roleWords.has(key);

/**
 * First words of greetings, thanks, sign-offs and addressing (`Good Morning`, `Guten Tag`, `Muchas
 * Gracias`, `Dear`, `Attn`), keyed as `nameKey` keys them: never a name's first word (`Agent: Good
 * Morning` names no one), and before a dotted title they open a letter (`Dear Mr. Okonkwo`).
 */
const greetings = withKeys(
  `good guten gute vielen herzlichen thank thanks hello hallo hi hey dear dearest kind best warm many
greetings attn attention liebe lieber hola bonjour bonsoir merci buenos buenas muchas gracias grazie
buongiorno buonasera bom boa muito obrigado obrigada goedemorgen goedemiddag goedenavond hartelijk tack
god dzien dziekuje dobry dekuji`,
);

/** Whether a word (lower case, as `nameKey` spells it) opens a greeting or thanks (see `greetings`). */
export const isGreetingWord = (key: string): boolean => greetings.has(key);

/** Whether a word (lower case, as `nameKey` spells it) is a material or a kind of goods (see `goods`). */
export const isGoodsWord = (key: string): boolean => goods.has(key);

/**
 * Whether a word (lower case, as `nameKey` spells it) opens the name of an institution, a place or
 * a disease named after someone (`Hôpital Édouard Herriot`, `Syndrome de Guillain-Barré`), or of a
 * storm given a person's name (`Hurricane Milton`, `Cyclone Gabrielle`, `Tropical Storm Debby`).
 */
export const isPlaceHead = (key: string): boolean => heads.has(key);

/** Whether a capitalised word has a family name's shape (`Sjöberg`, `Wiśniewska`, `Virtanen`). */
export function surnameShaped(word: string): boolean {
  if (articled.test(word)) return true;
  const min = cyrillic.test(word) ? 5 : 6;
  return word.length >= min && surnameEnding.test(word) && !notSurnames.has(word.toLowerCase());
}

const cyrillic = /^\p{sc=Cyrillic}/u;
/** An Arabic family name with its article (`Al-Mansouri`, `El-Sayed`): English words never open with `Al-`. */
const articled = /^[AaEe]l-\p{Lu}\p{Ll}{2,}$/u;

/**
 * Words right before a full name: greetings and letter openings, and nouns for a person's role
 * (`Asiakas Aino-Maria Lehtonen soitti`, the customer …; `Poštovana Ivana Horvat`, dear …).
 */
const before = withKeys(
  `dear hi hello hey greetings customer client patient employee colleague tenant applicant candidate
passenger subscriber cardholder liebe lieber hallo kunde kundin patientin
mitarbeiter mitarbeiterin kollege kollegin cher chère bonjour salut cliente patiente collègue élève étudiant étudiante
estimado estimada hola paciente compañero compañera gentile caro cara ciao paziente collega prezado
prezada olá beste klant patiënt hej kära kund kunden patienten kollega szanowny szanowna klient
klientka pacjent pacjentka клиент клиентка пациент пациентка уважаемый уважаемая здравствуйте
сотрудник сотрудница господин госпожа клієнт клієнтка пацієнт пацієнтка шановний шановна пан пані
співробітник співробітниця κύριος κυρία πελάτης πελάτισσα αγαπητέ αγαπητή bewerber bewerberin
kandidat kandidatin antragsteller antragstellerin kedves tisztelt khách officer conjoint conjointe époux épouse
marido esposa esposo hijo hija hermano hermana marito moglie figlio figlia fratello sorella mari filho filha
irmão irmã ehemann ehefrau sohn tochter bruder schwester
mieter mieterin versicherte versicherter caller anrufer anruferin appelant appelante llamante berater beraterin ansprechpartner ansprechpartnerin betreuer
betreuerin sachbearbeiter sachbearbeiterin witness witnesses victim suspect complainant plaintiff
defendant nurse doctor student pupil guest resident partner husband wife spouse mother father mum mom
dad son daughter brother sister fiancé fiancée holder accountholder cardholder policyholder
hyvä hei moi kære kjære bästa geachte geehrte geehrter querido querida drogi droga vážený vážená
merhaba dragă kedves tisztelt mvh mvg lg vg atte cdlt secretario secretaria presidente presidenta
administrador administradora administrator vocal tesorero tesorera sohn tochter frau mann enkel enkelin schwester bruder
docteur doctora doctor midwife matron sister-in-charge jordmor barnmorska jordemoder
buyer seller purchaser borrower lender guarantor beneficiary
dottern sonen maken makan hustrun modern fadern datteren sønnen sonnen manden konen hustruen moren faren
dochter zoon echtgenote echtgenoot moeder vader
asiakas potilas hakija työntekijä opiskelija vuokralainen patsient töötaja pacients pacientas pacientė
pacient pacientka pacijent pacijentica пацијент уважаеми уважаема поштовани поштована lugupeetud
cienījamais cienījamā gerbiamas gerbiama stimate stimată
kontoinnehaver kontohaver kontoinnehavare kontoinhaber kontoinhaberin rekeninghouder`,
);

/** Words right after a full name: what people do in a ticket or an email, and a birth note. */
const after = withKeys(
  `said says wrote writes asked asks replied emailed complained explained called phoned born née né dob
schrieb sagte fragte geboren geb écrit demande escribió dijo preguntó nacida nacido scrisse disse
escreveu perguntou nascida nascido schreef vroeg skrev sa frågade född napisał napisała urodzony
urodzona сказал сказала написал написала позвонил позвонила спросил спросила родился родилась`,
);

/** Sign-offs: the line after one (`Best regards,` / `Tendai Moyo`) signs the message with a name. */
const signOffs = withKeys(
  `regards cheers thanks sincerely best wishes grüße grüßen gruß cordialement salutations saludos
saluti cordiali groeten hälsningar pozdrawiam pozdrowienia atenciosamente abraços`,
);

/**
 * Whether the run `[start, end)` is alone on its line (after blanks) and the line before ends with a
 * sign-off and a comma or nothing (`Kind regards,`).
 */
function signed(text: string, start: number, end: number): boolean {
  let k = start;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  if (k === 0 || text.charCodeAt(k - 1) !== 10) return false;
  const c = text.charCodeAt(end);
  if (!(end === text.length || c === 10 || c === 13 || c === 32)) return false;
  let e = k - 1;
  if (e > 0 && text.charCodeAt(e - 1) === 13) e--;
  return signOffs.has(wordBefore(text, e).toLowerCase());
}

/** The word ending at `end` (after blanks, `:` and `,` before `end`), as written, or ''. */
function wordBefore(text: string, end: number): string {
  let e = end;
  while (e > 0 && e > end - 4 && isGap(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && e - s < 16 && isLetter(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e);
}

/** The word starting at `start` (after blanks, `(` and `,`), lower case, or ''. */
function wordAfter(text: string, start: number): string {
  let s = start;
  while (s < text.length && s < start + 4 && (isGap(text.charCodeAt(s)) || text.charCodeAt(s) === 40)) s++;
  let e = s;
  while (e < text.length && e - s < 16 && isLetter(text.charCodeAt(e))) e++;
  return text.slice(s, e).toLowerCase();
}

/** `Casimir Wojtaszek, D.O.B. 19.VI.1969`: the birth note written with dots after the name. */
function dottedDob(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 44 || c === 32) && dottedDobAfter.test(text.slice(end, end + 10));
}

const dottedDobAfter = /^,?[ \t]{1,2}D\.O\.B\./i;

const isGap = (c: number): boolean => c === 32 || c === 9 || c === 58 || c === 44;
/** A letter of a word: ASCII letters and any non-ASCII character (accented letters). */
const isLetter = (c: number): boolean => (isWord(c) && !(c >= 48 && c <= 57) && c !== 95) || c >= 128;

/**
 * Job titles a name is set beside, after a comma (`with their CFO, Graham Oduya, on …`): executive
 * and officer abbreviations, and nouns for someone's post or relation.
 */
const titles = withKeys(
  `ceo cfo cto coo cio ciso cmo cpo cro cso cdo vp svp evp avp md gm president chair chairman
chairwoman chairperson founder cofounder director manager head lead supervisor boss owner partner
principal counsel lawyer attorney solicitor accountant auditor controller treasurer secretary
adviser advisor consultant analyst engineer architect assistant representative rep officer
colleague coworker landlord landlady doctor physician nurse dentist therapist teacher tutor coach
agent broker`,
);

/** Whether a word (lower case) is a job title or a post (`manager`, `cfo`, `colleague`, `landlord`). */
export const isPostWord = (key: string): boolean => titles.has(key);

/** Words that make a title someone's (`their CFO`, `the manager`): a possessive or `the`. */
const determiners = withKeys('the our their his her its your my whose');

/**
 * Whether the run at `start` stands in apposition to a title: `their CFO, Graham Oduya`, `our
 * account manager, …`. The determiner (one word, such as `new` or `finance`, may come between it and
 * the title) tells the title from a heading's or a signature's (`Jane Doe, VP, Global Sales`).
 */
function appositive(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  if (k === 0 || text.charCodeAt(k - 1) !== 44) return false;
  let word = wordEndingAt(text, k - 1);
  if (word === undefined || !titles.has(text.slice(word[0], word[1]).toLowerCase())) return false;
  for (let n = 0; n < 2; n++) {
    word = wordEndingAt(text, word[0]);
    if (word === undefined) return false;
    if (determiners.has(text.slice(word[0], word[1]).toLowerCase())) return true;
  }
  return false;
}

/** The word of letters ending at `end`, after at most two blanks: its start and end, if any. */
function wordEndingAt(text: string, end: number): [number, number] | undefined {
  let e = end;
  while (e > 0 && e > end - 2 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  let s = e;
  while (s > 0 && e - s < 16 && isLetter(text.charCodeAt(s - 1))) s--;
  return s === e ? undefined : [s, e];
}

/** Whether a word (lower case) is a greeting or a person's role, which may open a run (`Kundin Eva Lind`). */
export const isCueWord = (key: string): boolean => before.has(key);

/**
 * Whether a word, as written, cues a name after it: a `before` word, less those of other languages
 * that are English words as well (Swedish `modern`, the mother; Spanish `vocal`, a board's member)
 * written with a capital, as English title case writes them (`The Modern Slavery Act`, `Modern
 * Concrete Bike`), not as those languages do mid-sentence (`modern Olle Kask`).
 */
function cueBefore(word: string): boolean {
  const key = word.toLowerCase();
  return before.has(key) && !(key !== word && englishHomographs.has(key));
}

const englishHomographs: ReadonlySet<string> = new Set(['modern', 'vocal']);

/**
 * Whether a greeting or a person's role opens the run at `start`, a person's act follows it at
 * `end`, it stands beside someone's title, it signs a message on the line after a sign-off, or it is
 * one of a pair of players in a draw.
 */
export function personCue(text: string, start: number, end: number): boolean {
  return (
    cueBefore(wordBefore(text, start)) ||
    after.has(wordAfter(text, end)) ||
    dottedDob(text, end) ||
    signed(text, start, end) ||
    appositive(text, start) ||
    voiceTag(text, start, end) ||
    introduced(text, start) ||
    pairedPlayer(text, start, end)
  );
}

/**
 * `Joan Riera / Toni Bauzà vs. Pau Oliver / Biel Crespí` (a doubles draw in padel, tennis,
 * badminton): a run beside the ` / ` that pairs two players, on a line that sets pairs against each
 * other with `vs` or `v`, is a player. (A slash alone joins anything: `Sales / Marketing`.)
 */
function pairedPlayer(text: string, start: number, end: number): boolean {
  const paired = text.startsWith(' / ', end) || (start >= 3 && text.startsWith(' / ', start - 3));
  if (!paired) return false;
  const from = text.lastIndexOf('\n', start) + 1;
  let to = text.indexOf('\n', end);
  if (to === -1) to = text.length;
  return versus.test(text.slice(from, to));
}

const versus = / (?:vs\.?|v\.?|contra|gegen) \p{Lu}/u;

/**
 * `Hi, I'm Precious Chikwanha`, `my name is …`, `je m'appelle …`, Swahili `jina langu ni …` and
 * `naitwa …`, Indonesian `nama saya …`, Tagalog `ang pangalan ko ay …`, Roman Urdu `mera naam …`,
 * Afrikaans `my naam is …`, Estonian `minu nimi on …`, Finnish `nimeni on …`, Romanian `mă numesc …`,
 * Catalan `em dic …`: someone introducing themselves.
 */
function introduced(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return (c === 32 || c === 58) && introduction.test(text.slice(Math.max(0, start - 24), start));
}

const introduction =
  /(?:\bI['’]m|\bmy name is|\bje m['’]appelle|\bich heiße|\bmein Name ist|\bme llamo|\bmi chiamo|\bmeu nome é|\bmijn naam is|\bjina langu ni|\b(?:n[ai]|nina)itwa|\bnama saya(?: adalah)?|\bpangalan ko ay|\bmera naam(?: hai)?|\bmy naam is|\bminu nimi on|\bnimeni on|\bm[ăa] numesc|\bnumele meu este|\bem dic)[ :]+$/i;

/** Whether the run is a WebVTT voice tag's speaker (`<v Olamide Bankole>Okay, so …`): a transcript's name cue. */
const voiceTag = (text: string, start: number, end: number): boolean =>
  text.charCodeAt(end) === 62 && start >= 3 && text.startsWith('<v ', start - 3);

/**
 * How `scriptLabel` keys a label: lower case, Greek and Cyrillic accents dropped (`Όνομα` → `ονομα`,
 * `й` → `и`), apostrophes as `'`, blanks and `_` as one space. Marks that spell a letter (Devanagari
 * and Thai vowel signs, Arabic madda) stay: decomposed (NFD), as the lists are.
 */
export function scriptKey(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’ʼ`]/g, "'")
    .replace(/[\s_]+/g, ' ')
    .trim();
}

const labelList = (list: string): string[] =>
  list
    .split('|')
    .map((l) => scriptKey(l))
    .filter(Boolean);

/**
 * Labels and column headers naming a person's name in Russian, Ukrainian, Belarusian, Bulgarian,
 * Serbian, Macedonian, Kazakh, Uzbek, Georgian, Armenian, Amharic, Greek, Hebrew, Arabic, Persian,
 * Urdu, Hindi, Bengali, Tamil, Thai and Mongolian: full name (`ФИО`, `трите имена`, `аты-жөні`, `სახელი და გვარი`,
 * `Ονοματεπώνυμο`, `שם מלא`, `الاسم الكامل`,
 * `نام و نام خانوادگی`, `पूरा नाम`, `পূর্ণ নাম`, `முழு பெயர்`, `ชื่อ-นามสกุล`), given and family names
 * (Mongolian `Овог`, the family or clan name a form asks for before `Нэр`), patronymics,
 * a parent's or husband's name as South Asian registers list it (`पिता/पति का नाम`, `পিতা/স্বামীর
 * নাম`, `والد کا نام`), the given name of the person a Greek certificate or record is about, in the
 * genitive (`Όνομα βαπτισθέντος`, the baptised's; `Όνομα μαθητή`, the pupil's; not `Όνομα πατέρα`, a
 * parent's given name alone, which names no one), the name on file or on a card (`الاسم في الملف`,
 * `الاسم على البطاقة`), and the name of a customer, patient, applicant or beneficiary.
 */
const specificLabels = labelList(
  `фио|ф.и.о.|фамилия|имя и фамилия|фамилия и имя|фамилия имя отчество|фамилия, имя, отчество|полное имя|отчество|
піб|п.і.б.|прізвище|ім'я та прізвище|прізвище та ім'я|прізвище, ім'я, по батькові|по батькові|повне ім'я|
прозвішча|імя і прозвішча|імя па бацьку|поўнае імя|
име и фамилия|име, презиме и фамилия|име презиме фамилия|трите имена|три имена|пълно име|собствено име|бащино име|
презиме|име и презиме|презиме и име|пуно име|име оца|девојачко презиме|татково име|целосно име|
тегі|аты-жөні|аты жөні|толық аты|әкесінің аты|фамилияси|исм-шарифи|исми шарифи|отасининг исми|
გვარი|სახელი და გვარი|სახელი გვარი|გვარი სახელი|სახელი, გვარი|მამის სახელი|სრული სახელი|
ազգանուն|հայրանուն|անուն ազգանուն|անուն, ազգանուն|ազգանուն անուն|ազգանուն, անուն|անուն ազգանուն հայրանուն|
ሙሉ ስም|የአባት ስም|የአያት ስም|
ονοματεπώνυμο|επώνυμο|όνομα και επώνυμο|επώνυμο και όνομα|πατρώνυμο|όνομα τέκνου|όνομα παιδιού|όνομα μαθητή|
όνομα μαθήτριας|όνομα ασθενούς|όνομα πελάτη|όνομα βαπτισθέντος|όνομα βαπτισθείσας|όνομα βαπτιζομένου|
שם מלא|שם פרטי|שם משפחה|שם הלקוח|שם הלקוחה|שם המטופל|שם המבוטח|
الاسم الكامل|الاسم الأول|الاسم الاول|اسم العائلة|الاسم الأخير|اسم العميل|اسم المستفيد|اسم صاحب الحساب|اسم المريض|
الاسم في الملف|الاسم في السجل|الاسم المسجل|الاسم على البطاقة|
نام و نام خانوادگی|نام خانوادگی|نام کامل|نام مشتری|نام بیمار|
पूरा नाम|ग्राहक का नाम|आवेदक का नाम|पिता का नाम|उपनाम|माता का नाम|पति का नाम|पिता/पति का नाम|
والد کا نام|والدہ کا نام|شوہر کا نام|والد/شوہر کا نام|
পূর্ণ নাম|পুরো নাম|পিতার নাম|মাতার নাম|স্বামীর নাম|পিতা/স্বামীর নাম|গ্রাহকের নাম|আবেদনকারীর নাম|
রোগীর নাম|উপকারভোগীর নাম|ভাতাভোগীর নাম|
ชื่อ-นามสกุล|ชื่อ-สกุล|ชื่อ นามสกุล|ชื่อและนามสกุล|นามสกุล|ชื่อลูกค้า|ชื่อผู้ป่วย|
முழு பெயர்|முழுப் பெயர்|முழுப்பெயர்|தந்தை பெயர்|தந்தையின் பெயர்|குடும்பப் பெயர்|வாடிக்கையாளர் பெயர்|
овог|овог нэр|эцгийн нэр`.replace(/\n/g, ''),
);

/**
 * Labels naming the person a record is about: customer, client, patient, applicant, recipient,
 * insured, subscriber, sender, tenant, payer, account holder.
 */
const roleLabels = labelList(
  `клиент|клиентка|заявитель|пациент|пациентка|покупатель|получатель|застрахованный|абонент|отправитель|арендатор|
клієнт|клієнтка|заявник|пацієнт|пацієнтка|отримувач|відправник|
πελάτης|ασθενής|δικαιούχος|ασφαλισμένος|συνδρομητής|αποστολέας|παραλήπτης|
לקוח|לקוחה|מטופל|מטופלת|נמען|מבוטח|מנוי|מנויה|פונה|מבקש|מבקשת|שולח|שולחת|שוכר|שוכרת|משלם|משלמת|בעל החשבון|בעלת החשבון|
العميل|عميل|المستفيد|المريض|صاحب الحساب|الموظف|الموظفة|المرسل|المرسل إليه|المستلم|مقدم الطلب|المشترك|المشتركة|المستأجر|
مشتری|بیمار|گیرنده|
ग्राहक|आवेदक|मरीज़|मरीज|लाभार्थी|प्रेषक|
গ্রাহক|আবেদনকারী|রোগী|উপকারভোগী|ভাতাভোগী|প্রাপক|
ลูกค้า|ผู้ป่วย|ผู้รับ|เจ้าหน้าที่|พนักงาน`.replace(/\n/g, ''),
);

/**
 * A bare "name": a person's in a record of people, a product's or a file's elsewhere (Bulgarian,
 * Serbian and Macedonian `име`, Belarusian `імя`, Kazakh `аты`, Uzbek `исм`, Georgian `სახელი`,
 * Armenian `անուն`, Amharic `ስም`, Mongolian `нэр`, Tamil `பெயர்` among them).
 */
const bareLabels = labelList(
  `имя|ім'я|име|імя|нэр|аты|есімі|исм|სახელი|անուն|ስም|όνομα|שם|الاسم|اسم|نام|नाम|নাম|பெயர்|ชื่อ`,
);

type LabelKind = 'specific' | 'role' | 'bare';

const labelKinds: ReadonlyMap<string, LabelKind> = new Map([
  ...bareLabels.map((l) => [l, 'bare'] as const),
  ...roleLabels.map((l) => [l, 'role'] as const),
  ...specificLabels.map((l) => [l, 'specific'] as const),
]);

/** `ФИО клиента`, `ПІБ отримувача`: a full name's abbreviation, then whose. */
const whoseFullName = /^(?:фио|ф\.и\.о\.|піб|п\.і\.б\.) \p{L}+$/u;

/**
 * Which name label of a non-Latin script a label or column header is (as written), if any.
 * @example scriptLabel('Ονοματεπώνυμο') // 'specific'
 */
export function scriptLabel(label: string): LabelKind | undefined {
  // `שם המטופל/ת`: a Hebrew label written for both genders.
  const key = scriptKey(label).replace(/\/[תה]$/, '');
  return labelKinds.get(key) ?? (whoseFullName.test(key) ? 'specific' : undefined);
}

/**
 * The people of school, club, camp and registration forms, as `normalizeHeader` writes them (ASCII,
 * lower case), in the cases a header puts them in (`Name des Kindes`, `Imię dziecka`, `Öğrencinin
 * Adı`): child, pupil, student, participant, member, athlete, parent, guardian, mother and father (and
 * the insured of a German health-insurance form: `Name, Vorname des Versicherten`) in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish and Turkish.
 */
const formPeople = new Set(
  `child childs children kid kids pupil pupils student participant attendee athlete parent parents guardian mother father
kind kindes kinds schuler schulers schulerin schulerinnen teilnehmer teilnehmers teilnehmerin elternteil elternteils mutter vater erziehungsberechtigte erziehungsberechtigten erziehungsberechtigter versicherte versicherten versicherter
enfant enfants eleve eleves mere pere tuteur tutrice
nino nina ninos hijo hija alumno alumna alumnos alumnas estudiante padre madre tutor tutora
crianca criancas filho filha aluno aluna estudante pai mae encarregado encarregada
bambino bambina figlio figlia alunno alunna studente genitore genitori atleta
leerling deelnemer ouder moeder vader verzorger
dziecka dziecko ucznia uczen uczennica uczestnika uczestnik rodzica rodzic matki matka ojca ojciec opiekuna opiekun
cocuk cocugun ogrenci ogrencinin veli velinin annenin babanin anne baba ana katilimci`.split(/\s+/),
);

/**
 * Those that name something else standing alone: a tree's `parent` and `child`, Kubernetes' `kind`,
 * the given names `Ana` and `Anne`.
 */
const notAlone = new Set(
  'child childs children kid kids parent parents kind kinds ana anne baba pai'.split(' '),
);

/**
 * Whom to call in an emergency: `Acil Durumda Aranacak Kişi`, `Notfallkontakt`, `Contact en cas
 * d'urgence`, `Persona de contacto en caso de emergencia`, `Contactpersoon bij nood`.
 */
const emergencyWord =
  /(?:^|_)(?:emergency|notfall[a-z]*|urgence|urgencia|emergencia|emergenza|nood|noodgeval|naglych|acil)(?:_|$)/;
const contactWord =
  /(?:^|_)(?:contact|contacts|kontakt|kisi|kisisi|person|persona|personne|contatto|contacto|contato|contactpersoon)(?:_|$)/;

/**
 * The name printed on a conference badge, often a nickname (`badge_name`, `print_name`, `Name on
 * badge`, `Namensschild`, `Imię i nazwisko na identyfikatorze`).
 */
const badgeName =
  /^(?:badge_?name|name_on_(?:the_)?badge|print_?name|printed_name|name_to_print|namensschild|name_auf_(?:dem_)?namensschild|nom_(?:sur_le_)?badge|nombre_(?:en_la_|para_la_)?(?:credencial|escarapela|acreditacion|gafete)|imie_i_nazwisko_na_identyfikatorze|naam_op_(?:de_)?badge)$/;
/** A person's former names on a US form: `Other Last Names Used` (an I-9), `Other names used`. */
const namesUsed = /^(?:other|former|previous|prior)_(?:(?:last|family|first|given|maiden)_)?names?_used$/;
/**
 * A respondent's favourite author, artist, player or singer (`Favoritförfattare`, `favourite_author`,
 * `Lieblingsautor`, `auteur préféré`): a public figure, not a person of the record.
 */
const favourite =
  /^(?:favou?rite|favorit|fav|lieblings|lievelings|ulubion[a-z]|preferid[oa]|preferit[oa])|(?:^|_)(?:prefere|preferee|favori|favorite|preferido|preferida|preferito|preferita)(?:_|$)/;

/** The other gender's ending after a slash (`Alumno/a`, `Teilnehmer/in`, `Élève(s)`). */
const genderEnding = /^(?:a|o|e|as|os|es|s|in|innen|ka)$/;

/** A name part of a header in those languages (`Vor- und Nachname`, `adı soyadı`, `imię i nazwisko`). */
const formNamePart =
  /^(?:(?:first|last|full|given|family|middle)_name|name|names|surname|vorname|nachname|vor_und_nachname|name_vorname|nachname_vorname|vorname_und_nachname|nom|noms|prenom|prenoms|nom_et_prenom|nom_prenom|nombre|nombres|apellido|apellidos|nombre_y_apellidos?|nome|cognome|nome_e_cognome|nome_completo|naam|voornaam|achternaam|volledige_naam|imie|imiona|nazwisko|imie_i_nazwisko|ad|adi|soyad|soyadi|adi_soyadi|ad_soyad|isim|ismi)$/;
/** Words joining a name to whose it is (`name of the child`, `nom de l'enfant`, `nome do aluno`). */
const formJoin =
  /^(?:(?:of|des|der|de|du|del|dela|da|do|dos|das|della|dell|van|het|the|la|l|el|lo|your|votre|vos|ton|tu|su|seu|sua|ihres|ihrer|deines|deiner|dein|il)_)*/;

/**
 * Which person column a form or school export's header is, from its words as `normalizeHeader`
 * writes them: `specific` for a name part of one of the form's people, before or after them (`Name
 * des Kindes`, `nome do aluno`, `enfant_prenom`, `Veli Adı Soyadı`, `Baba Adı`, `imię i nazwisko
 * dziecka`) and for PowerSchool's `LastFirst`; `role` for the people themselves, one or several
 * (`Mother`, `Genitore`, `Alumno/a`, `Padre/Madre/Tutor`) and whom to call in an emergency; `not`
 * for a respondent's favourite author or singer (a public figure).
 * @example formHeaderKind('name_des_kindes') // 'specific'
 */
export function formHeaderKind(header: string): 'specific' | 'role' | 'not' | undefined {
  if (header === 'last_first' || header === 'first_last' || header === 'last_first_middle') return 'specific';
  if (badgeName.test(header) || namesUsed.test(header)) return 'specific';
  if (favourite.test(header)) return 'not';
  if (emergencyWord.test(header) && (contactWord.test(header) || header.startsWith('notfall'))) return 'role';
  const words = header.split('_');
  // `alumno_a`, `padre_madre_tutor`, `mother`: people, a gender's ending after a slash.
  if (!notAlone.has(header) && words.every((w, i) => formPeople.has(w) || (i > 0 && genderEnding.test(w))))
    return 'role';
  const who = words[0] as string;
  // `enfant_prenom`, `ogrencinin_adi_soyadi`, `mother_full_name`.
  if (formPeople.has(who) && formNamePart.test(words.slice(1).join('_'))) return 'specific';
  // `name_des_kindes`, `nome_do_aluno_a`, `imie_i_nazwisko_dziecka`, `name_des_elternteils_vor_und_nachname`.
  for (let k = 1; k < words.length && k <= 3; k++) {
    if (!formNamePart.test(words.slice(0, k).join('_'))) continue;
    const rest = words.slice(k).join('_').replace(formJoin, '');
    const person = rest.split('_')[0] as string;
    if (formPeople.has(person)) return 'specific';
  }
  return undefined;
}

/**
 * Words of a form's contact-detail labels beyond English, as `normalizeHeader` writes them: phone,
 * mobile, e-mail and address in German, French, Spanish, Portuguese, Italian, Dutch, Polish and
 * Turkish (`Veli Cep Telefonu`, guardian's mobile; `E-posta`, `Courriel`, `Handynummer`), and the
 * Nordic and Estonian `e-post`, Finnish `sähköposti`, Latvian `tālrunis` and `e-pasts`, Lithuanian
 * `el. paštas`, South Slavic `mobitel`, Swahili `simu` (phone) and `barua pepe` (e-mail), Welsh
 * `Rhif ffôn` (phone number), `E-bost` and `Cyfeiriad` (address), Galician `móbil` and `enderezo`.
 */
export const contactWords =
  /(?:^|_)(?:telefon[a-z]{0,3}|telefoon|telemovel|cep|gsm|handy(?:nummer)?|portable|celular|movil|cellulare|cellphone|e_?posta?|sahkoposti|talrunis|e_?pasts|el_?pastas|mobitel|simu|barua_pepe|e_?bost|ffon|cyfeiriad|mobil|enderezo|courriel|correo|adres|adresse|direccion|indirizzo|endereco|morada)(?:_|$)/;

/**
 * Titles written as words before a name in Arabic, Persian, Hebrew and Hindi (Mr, Mrs, Ms, Dr,
 * Prof., Eng., attorney), longest first: `السيد أحمد محمود حسن`, `מר יוסי אברהמי`, `श्रीमती सुनीता
 * शर्मा`. Not the plain nouns for a doctor (`دکتر`, `डॉक्टर`: `به دکتر مراجعه کنید`, see a doctor), nor
 * `الأخ` (brother).
 */
export const caselessTitles: readonly string[] =
  `السيدة السيد الأستاذة الأستاذ الدكتورة الدكتور المهندسة المهندس
آقای خانم جناب מר גב' גב׳ גברת ד"ר ד״ר עו"ד עו״ד פרופ' פרופ׳ श्रीमती श्रीमान श्री सुश्री कुमारी डॉ. डॉ`
    .split(/\s+/)
    .sort((a, b) => b.length - a.length);

/**
 * Words that open a name in Arabic, Hebrew and Hindi prose as a title does, but are kin and role
 * nouns or "my name is": `زوجها عبدالرحمن الغامدي` (her husband …), `पुत्र आरव शर्मा` (son …),
 * `मेरा नाम सुनील कुमार शर्मा है`, `اسمي هالة يوسف الشامسي،` (my name is …), `المعرّفون: م. فيصل
 * ناصر الشهري` (Eng.); Maghreb Arabic says "my name is" `سميتي`. Alone (`पुत्र की …`, son's …) the stop words after them leave no name. `م.` after a year is the Hijri or Gregorian
 * era (`1990 م.`), not a title: `caselessTitled` checks that.
 */
export const caselessCues: readonly string[] =
  `زوجها زوجته ابنه ابنها ابنته ابنتها والده والدته والدها والدتها شقيقه شقيقها شقيقته أخيه أخوها اسمي إسمي سميتي م. د. أ.
בעלה אשתו בנו בנה בתו בתה אביו אמו
पुत्र पुत्री बेटे बेटा बेटी पति पत्नी अभिभावक भाई बहन पिता माता मेरा_नाम`
    .split(/\s+/)
    .map((w) => w.replace('_', ' '))
    .sort((a, b) => b.length - a.length);

/**
 * Words that end a name after a title in Arabic, Persian, Hebrew and Hindi prose: prepositions,
 * conjunctions, pronouns, verbs of a letter's opening, and the courtesy words that follow a name
 * (`المحترم`, respected; `گرامی`, dear; `जी`).
 */
const caselessStops = new Set(
  `في من إلى الى على عن مع أن إن ان قد لقد هو هي الذي التي هذا هذه ذلك تلك أو او ثم بعد قبل عند لدى المحترم المحترمة
حفظه حفظها رقم تم نفيدكم يرجى نرجو بخصوص شكرا عزيزي عزيزتي الرئيس الوزير المدير النائب المختص المعالج
وزير رئيس مدير نائب سفير محافظ عميد
در از به با که را و این آن برای محترم گرامی عزیز است بود
של את עם על אל כי גם לא זה זו הוא היא אשר או אם שלום היקר היקרה הנכבד הנכבדה שלנו
ने को से का की के में पर और जी है हैं था थी भी या तथा एवं एवम् व`.split(/\s+/),
);

/** Whether a word (as written) ends a name after a title in Arabic, Persian, Hebrew or Hindi. */
export const isCaselessStop = (word: string): boolean => caselessStops.has(word);

/** Local parts of the mailboxes services send from: no-reply, notifications, receipts, scheduling, info, customer service in several languages. */
const serviceMailbox =
  /^(?:no-?reply|do-?not-?reply|donotreply|nao-?responder|notifications?|notify|alerts?|receipts?|scheduling|calendar|info|pkginfo|support|help|hello|team|news|newsletter|updates?|mailer|system|billing|orders?|shipping|service|kundenservice|kundendienst|service-?client|atencion|atendimento|assistenza|klantenservice|ugyfelszolgalat|asiakaspalvelu|kundeservice|kundtjanst|obsluga|podpora|destek|kontakt|contacto|contato|apoio|suporte|soporte|ajuda|ayuda)(?:[._+-].*)?$/i;

/** Whether an e-mail address's local part is a service's mailbox (`no-reply`, `support`, `ugyfelszolgalat`). */
export const isServiceMailbox = (local: string): boolean => serviceMailbox.test(local);
