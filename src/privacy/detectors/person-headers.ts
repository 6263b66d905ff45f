import { contactWords, formHeaderKind, scriptLabel } from './name-cues.js';
import { normalizeHeader, type TableGroup } from './tables.js';

/**
 * PERSON's reading of column headers and keys: which kind of person column a header is (`specific`
 * such as `first_name`, a `role` such as `customer`, a `bare` `name`, or `not` a person's), and
 * whether a table lists people or things by its other headers.
 */

/**
 * Name parts in more languages, as `normalizeHeader` writes them (accents dropped, `ð` as `d`):
 * given, family and full names, patronymics and fathers' names, maiden names. Estonian `eesnimi`,
 * `perekonnanimi`, `isanimi`; Latvian `uzvārds`, `vārds un uzvārds`; Lithuanian `pavardė`; Slovak
 * `priezvisko`, Czech `jméno a příjmení`; Romanian `prenume`, `nume și prenume`; South Slavic `ime i
 * prezime`, `ime oca`, `djevojačko prezime`, Slovenian `priimek`; Albanian `mbiemri`, `atësia`;
 * Hungarian `utónév`, `családi név`; Icelandic `föðurnafn`, Faroese `eftirnavn`; Maltese `kunjom`;
 * Azerbaijani `ata adı`; Uzbek `ism familiya`, `sharifi`, `F.I.Sh.`; Tagalog `apelyido`, `buong
 * pangalan`; Malay and Indonesian `nama penuh`, `nama keluarga`, `nama ibu kandung`; Swahili `jina la
 * ukoo`; Yoruba `orúkọ ìdílé`; Hausa `cikakken suna`; Zulu `isibongo`, Xhosa `ifani`; Afrikaans
 * `voorname`, `nooiensvan`; Nordic full names (`koko nimi`, `fullt navn`); Welsh `enw llawn` (full
 * name), `cyfenw` (surname), `enw cyntaf`, `enw bedydd` (given name), `enw morwynol` (maiden name);
 * Galician `apelidos` (surnames), `nome e apelidos`, `primeiro apelido`; Luxembourgish `Virnumm`
 * (given name), `Nonumm`, `Familljennumm` (surname), `Meedchennumm` (maiden name).
 */
const regionalSpecific =
  /^(?:eesnimi|eesnimed|perekonnanimi|perenimi|taisnimi|isanimi|ees_ja_perekonnanimi|uzvards|vards_uzvards|vards_un_uzvards|pilns_vards|tevvards|teva_vards|pavarde|vardas_pavarde|vardas_ir_pavarde|pavarde_vardas|pilnas_vardas|tevavardis|priezvisko|meno_a_priezvisko|meno_priezvisko|priezvisko_a_meno|rodne_priezvisko|cele_meno|krstne_meno|jmeno_a_prijmeni|jmeno_prijmeni|prijmeni_a_jmeno|cele_jmeno|rodne_prijmeni|krestni_jmeno|prenume|prenumele|nume_complet|numele_complet|nume_si_prenume|nume_prenume|prenume_nume|numele_si_prenumele|nume_de_familie|numele_de_familie|ime_prezime|prezime_i_ime|prezime_ime|ime_oca|puno_ime|djevojacko_prezime|devojacko_prezime|bashtino_ime|priimek|ime_in_priimek|priimek_in_ime|dekliski_priimek|mbiemri|mbiemer|emri_mbiemri|emer_mbiemer|emri_dhe_mbiemri|emri_i_plote|atesia|emri_i_babait|teljes_nev|csaladi_nev|csaladnev|utonev|utonevek|viselt_nev|fullt_nafn|fornafn|eftirnafn|kenninafn|fodurnafn|millinafn|eftirnavn|aettarnavn|kunjom|isem_u_kunjom|ata_adi|ad_soyad|ism_familiya|familiya_ism|sharifi|otasining_ismi|f_i_sh|buong_pangalan|apelyido|unang_pangalan|gitnang_pangalan|pangalan_ng_ama|pangalan_ng_ina|nama_penuh|nama_depan|nama_belakang|nama_keluarga|nama_tengah|nama_panggilan|nama_ayah|nama_ibu|nama_ibu_kandung|jina_kamili|majina_kamili|jina_la_kwanza|jina_la_kati|jina_la_mwisho|jina_la_ukoo|jina_la_familia|jina_la_baba|oruko_idile|oruko_akoko|oruko_kikun|cikakken_suna|sunan_mahaifi|sunan_iyali|isibongo|igama_lokuqala|ifani|voorname|volle_naam|volle_name|noemnaam|nooiensvan|koko_nimi|kokonimi|fullt_navn|fulde_navn|fuldt_navn|fullt_namn|fullstandigt_namn|enw_llawn|enwau_llawn|cyfenw|cyfenwau|enw_cyntaf|enwau_cyntaf|enw_bedydd|enwau_bedydd|enw_canol|enwau_canol|enw_olaf|enw_teuluol|enw_morwynol|enw_a_chyfenw|apelidos?|nome_e_apelidos|apelidos_e_nome|apelidos_nome|primeiro_apelido|segundo_apelido|nome_propio|virnumm|virnimm|nonumm|familljennumm|meedchennumm|numm_a_virnumm|virnumm_a_numm)$/;
const specific =
  /(?:^|_)(?:first|last|full|given|family|middle|maiden|display|legal|preferred|nick|sur|fore|complete)_?names?$|^(?:fname|lname|onomateponymo|eponymo|known_as|also_known_as|goes_by|vorname|nachname|zuname|familienname|vollstandiger_name|voller_name|prenom|nom_de_famille|nom_complet|apellidos?|nombre_completo|cognome|cognoms?|nom_i_cognoms|primer_cognom|segon_cognom|nome_e_cognome|cognome_e_nome|cognome_nome|achternaam|voornaam|volledige_naam|nazwisko|imie|imie_i_nazwisko|sobrenome|nome_completo|name_kana|kana_name|furigana|name_yomi|name_reading|phonetic_name|name_phonetic|primeiro_nome|ultimo_nome|nome_proprio|primer_nombre|segundo_nombre|primer_apellido|segundo_apellido|apellido_paterno|apellido_materno|nome_do_meio|nombre_de_pila|primo_nome|secondo_nome|roepnaam|tussenvoegsel|prezime|ime_i_prezime|jmeno|prijmeni|etunimi|sukunimi|fornavn|efternavn|etternavn|fornamn|efternamn|vezeteknev|keresztnev|famille|nama_lengkap|ho_va_ten|ho_ten|anyja_neve|anyja_leanykori_neve|szuletesi_nev|soyad|soyadi|adi_soyadi|imya|familiya|otchestvo)$|(?:^|_)(?:(?:customer|employee|contact|owner|author|patient|client|person|member|manager|holder|cardholder|account_holder|sender|recipient|student|teacher|applicant|candidate|driver|passenger|guest|beneficiary|agent|father|mother|parent|spouse|husband|wife|guardian|nominee|next_of_kin|emergency_contact|kin|creditor|debtor|payer|payee|ordering_customer|registrant|attendee|traveler|traveller|rider|renter|resident|respondent|donor|constituent|addressee|subscriber|buyer|consignee|billing|shipping|visitor|volunteer|player|signer|borrower)s?|users|kunden|mitarbeiter)_?(?:full_?)?name$|^(?:mbr|cust|emp|pat|pt|resp)_?(?:name|nm)$|^(?:student|customer|employee|patient|member|contact|guardian|parent|owner|user|cust|emp|pt|mbr)_(?:first|last|given|family|sur|middle)(?:_?nm)?$|^name_(?:last|first|middle|given|family|full|suffix)(?:_phonetic)?$|^(?:last|first|middle|given)_?nm$|^(?:sn|given_?name|display_?name)$|^(?:nome|nombre|nom|naam)_(?:d[aeiou]l?_|della_|de_la_|van_(?:de_)?)?(?:ospite|huesped|hote|gast|cliente|client|klant|paziente|paciente|patient|studente|alumno|estudiante|etudiant|titolare|titular|titulaire|dipendente|empleado|employe|passeggero|pasajero|passager|beneficiario|beneficiaire|contatto|contacto|contact|intestatario|destinatario|destinataire|mittente|remitente|expediteur)$/;
// An Italian squad sheet or register writes the family name first under `Cognome e nome`.
// BI tools prefix a field with its view's label, plural (Looker's `Users Name`, `Customers Full
// Name`): the `s?` above and `users` (not `user`: `user_name` is a login, a role column below).
// A relation's name (`father_or_spouse_name`, `guardian_name`, `next_of_kin_name`) is a person's,
// and so is a legacy extract's abbreviated one (`MBR_NM`, `CUST_NAME`, `given_names=[…]`), and a
// survey's respondent's (`resp_name`, `respondent_name`: Stata and SurveyCTO household rosters).
// German insurance and applications name theirs `Versicherungsnehmerin` (policy holder), `Versicherter`
// (insured), `Antragsteller` (applicant).
// CRMs name the person a record belongs to by the record (`Contact Owner`, `Account Owner`, HubSpot's
// `Deal owner`), and cards and accounts name theirs `Card Holder`, `titular de la cuenta`: a role
// word after a qualifier is a role column too, and so is who signed for what (a courier's
// `pod_signed_by`, a contract's `counterparty_signer`). Brazilian PIX and bank reports name the
// parties `Pagador` (payer), `Remetente` (sender) and `Favorecido` (payee). Indonesian forms label
// theirs `Agen`, `Nasabah` (a bank's customer), `Pelanggan`, `Pemohon` (applicant), `Tertanggung`
// (insured), a delivery note its driver `Nama Sopir` (`supir`, `pengemudi`). Estonian tenancies
// name `Üürileandja` (landlord) and `Üürnik` (tenant), school portals `Kasutaja` (user),
// `Lapsevanem` (parent) and `Õpilane` (pupil); a Finnish contract signs `Työnantajan puolesta:` (on
// behalf of the employer), whose last word the key reader keeps.
const role =
  /^(?:user_?name|customer|employee|applicant|candidate|defendant|plaintiff|respondent|petitioner|owners?|buyers?|grantors?|grantees?|purchasers?|contact|author|patient|client|recipient|sender|holder|titulaire|rekeninghouder|intestatario|payee|policyholder|insured|tenant|guarantor|signatory|attendee|participant|travell?er|passenger|guest|student|teacher|physician|clinician|doctor|nurse|emergency_contact|next_of_kin|assignee|reporter|manager|sales_?rep|salesperson|agent|lead|team_lead|tech_lead|reviewer|approver|requester|signed_by|created_by|updated_by|kunde|kundin|kontoinhaber|karteninhaber|inhaber|versicherungsnehmer(?:in)?|versicherte[r]?|antragsteller(?:in)?|(?:kunden)?berater(?:in)?|ansprechpartner(?:in)?|betreuer(?:in)?|sachbearbeiter(?:in)?|account_holder|cardholder|beneficiary|titular|beneficiario|destinatario|pagador|pagadora|remetente|favorecido|favorecida|mitarbeiter|auteur|cliente|empleado|person|persona)$|^(?:tenant|lessee|lessor|landlord|occupant|lodger)_?names?$|_(?:owner|holder|cardholder|policyholder|signed_by|signer|contact|user_?name|manager|rep|representative|advisor|adviser|officer|coordinator|recruiter|interviewer|interviewee|employee|applicant|candidate|patient|customer|client|teacher|instructor|tutor|coach|physician|doctor|nurse|therapist|counselor|counsellor|tenant|lessee|occupant|guest|donor)$|^(?:engineer|interviewee|interviewer|recruiter|coordinator|volunteer|speaker|invitee|donor|courier|borrower|lender|debtor|creditor|steward|data_steward|organi[sz]er|registrant|renter|rider|resident|constituent|addressee|subscriber|consignee|hiring_manager|account_manager|sales_rep|on_call|backup|primary|secondary)$|^(?:titulaire|titular|intestatario)_(?:d[aeiou]l?_|de_la_)?(?:compte|carte|conta|cartao|cuenta|tarjeta|conto|carta)$|^(?:responsavel|responsable|contactpersoon|referred_by|referrer|caller|caller_id|caller_name|referente|player|coach|trainer|assignee_name|share_with|sharing_with|shares_with|roommate|room_mate|companion|accompanied_by)$|^(?:potilas|asiakas|jasen|tyontekija|oppilas|opiskelija|osallistuja|pelaaja|kuljettaja|omistaja|hakija|vakuutettu|vuokralainen|huoltaja|pasient|kunde|kund|medlem|ansatt|anstalld|elev|gjest|gast|deltaker|deltagare|spiller|spelare|sjafor|forare|eier|agare|soker|sokande|forsikret|forsakrad|leietaker|hyresgast|foresatt|vardnadshavare|paciente|paziente|pacjent|paciens|pacient|hasta|klant|klient|ugyfel|musteri|lid|medewerker|pracownik|munkavallalo|angajat|leerling|uczen|tanulo|ogrenci|deelnemer|uczestnik|resztvevo|katilimci|participante|partecipante|speler|zawodnik|jatekos|chauffeur|kierowca|sofor|eigenaar|wlasciciel|tulajdonos|aanvrager|wnioskodawca|verzekerde|ubezpieczony|biztositott|huurder|najemca|berlo|ouder|voogd|opiekun|gondviselo|alumno|alumna|aluno|alunno|huesped|hospede|ospite|conductor|motorista|autista|inquilino|locataire|inquilina|asegurado|segurado|assicurato|assure|solicitante|requerente|richiedente|agen|pelanggan|nasabah|pasien|pemohon|penerima|pengirim|peserta|karyawan|tertanggung|sopir|supir|pengemudi|uurnik|uurileandja|kasutaja|lapsevanem|opilane|puolesta)$/;
// `first`/`last` (`df[["first", "last"]]`) and `given`/`family` (FHIR's HumanName) are name parts
// only in a table of people, like a bare `name`; so is Turkish `ad` (name, beside `soyad`).
// The same word in the languages of `regionalSpecific`: Latvian `vārds`, Lithuanian `vardas`, Slovak
// `meno`, Romanian `nume` (the family name beside `prenume`), South Slavic `ime`, Albanian `emri`,
// Icelandic `nafn`, Maltese `isem`, Uzbek `ism`, Tagalog `pangalan`, Swahili `jina`, Yoruba
// `orúkọ`, Hausa `suna`, Zulu and Xhosa `igama`, Welsh `enw`, Luxembourgish `Numm`.
const bare =
  /^(?:name|names|nom|nombre|nombres|nome|nomes|naam|navn|namn|imie|nama|isim|ad|adi|nev|jmeno|nimi|first|last|given|family|vards|vardas|meno|nume|numele|ime|emri|emer|nafn|isem|ism|pangalan|jina|majina|oruko|suna|igama|enw|numm)$/;
/** Headers naming something that is not a person: a value under them is an organisation, a product, a place. */
const notPerson =
  /(?:^|_)(?:company|companies|brand|vendor|supplier|trading|business|dba|manufacturer|maker|product|merchant|store|shop|retailer|seller|city|town|hometown|birthplace|gear|equipment|country|region|state|province|location|locality|suburb|neighbou?rhood|village|place|org|organi[sz]ation|employer|firm|bank|team|department|dept|category|sku|item|plan|tier|school|university|hospital|facility|clinic|practice|pharmacy|venue|street|district|project|app|tool|model|dataset|table|column|schema|database|host|service|hotel|restaurant|airline|carrier|publisher|label|studio|agency|address|addresses|addr|adresse|direccion|endereco|indirizzo|adres|dia_chi|alamat|firma|unternehmen|empresa|societe|entreprise|azienda|bedrijf|marca|marque|marke|ciudad|stadt|ville|citta|cidade|stad)(?:_?(?:name|names|title|label))?$/;
/**
 * Headers naming a work (a song, an album, a film): a title under them is its title, not a person's
 * (`Song request: Mr. Brightside`, `Movie: Mrs. Doubtfire`).
 */
const workHeader =
  /(?:^|_)(?:song|songs|track|tracks|album|albums|playlist|music|movie|movies|film|films)(?:_?(?:name|names|title|titles|requests?|choice|pick))?$/;

/** Whether a (normalised) header names a work (see `workHeader`). */
export const namesWork = (header: string): boolean => workHeader.test(header);

/**
 * CJK headers (normalizeHeader keeps ASCII only): full name, family name, given name, name, a former
 * (maiden) name (`旧姓`, whose family names stand alone in a reunion list; Chinese `曾用名`), the
 * kana reading of a name (`フリガナ`, `ふりがな`, `カナ`, `氏名カナ`, `セイ`, `メイ`), and the person in
 * charge after the firm or the team they are in charge for (`株式会社ミナトデータ 担当: 小林 彩花`).
 */
export const cjkSpecific =
  /^(?:氏名|姓名|名前|お名前|フルネーム|姓|名|苗字|名字|旧姓|旧氏名|曾用名|せい|めい|이름|성명|성|顧客名|会員名|担当者名?|患者名|社員名|従業員名|联系人|聯絡人|负责人|負責人|客户姓名|收件人|フリガナ|ふりがな|カナ|氏名カナ|カナ氏名|氏名[(（]カナ[)）]|セイ|メイ|(?:\S+ )?담당자?|\S+[ \u3000]担当者?)$/u;
const cjkNotPerson = /(?:会社|企業|社名|店|ブランド|製品|商品|都市|市|国|地域|部署|공사|회사)/u;

/**
 * Headers saying a table lists people (contact details, birth dates, person name parts), Turkish
 * `soyad` (surname) and `dogum_tarihi` (birth date) among them: `{"ad": "Efe", "soyad": …}`; so
 * the family names and births of `regionalSpecific`'s languages beside their bare words for "name"
 * (`{"vardas": …, "pavarde": …}`, `nume | prenume`, `jina | tarehe_ya_kuzaliwa`). An avatar is a
 * user account's picture (Notion's people property: `{"object": "user", "name": "Sofia Marchetti",
 * "avatar_url": null}`), not a thing's, though its `_url` reads as a web page's.
 */
export const peopleHeader =
  /e_?mail|phone|birth|bday|geburt|nascimento|nascita|nacimiento|naissance|geboorte|dogum|soyad|first_?name|last_?name|surname|given_?name|family_?name|^given$|vorname|nachname|prenom|apellido|sobrenome|cognome|voornaam|achternaam|gender|ssn|social_security|salary|hire_date|telefon|telefoon|telephone|mobile|celular|prenume|eesnim|uzvard|pavard|priezvisk|prijmeni|prezime|priimek|mbiemr|mbiemer|perekonnanim|utonev|fornafn|apelyido|jina_la|isibongo|kunjom|eftirna|cyfenw|dyddiad_geni|apelido|nacemento|virnumm|nonumm|familljennumm|gebuert|dzimsan|gimimo|narodeni|narozeni|urodzeni|nasteri|nastere|rodj?enj|rojst|sunniaeg|sunnikuup|sunnipaev|syntyma|kuzaliwa|kapanganakan|lindj|twelid|fae?dingar|fodingar|tug_?ilgan|(?:^|_)avatar|(?:^|_)(?:dob|tel|age|sex|mail|address|adresse|cpf|nif|dni)(?:_|$)/;
/**
 * The same in scripts `normalizeHeader` drops: phone, mobile, e-mail, birth (date), address in
 * Japanese, Russian, Ukrainian, Greek, Hebrew, Arabic, Persian, Urdu, Hindi, Bengali and Thai; birth
 * and family name in Bulgarian, Serbian, Macedonian, Belarusian, Kazakh, Uzbek, Georgian, Armenian
 * and Amharic (`име | фамилия`, `аты | тегі`, phone there too: `ტელეფონი`, `հեռախոս`, `ስልክ`); phone,
 * e-mail and birth in Tamil, phone, birth and family name in Mongolian (`утас`, `төрсөн`, `овог`).
 */
const peopleCjk =
  /電話|メール|生年月日|誕生日|住所|性別|氏名|携帯|телефон|рождения|народження|раждане|рођења|раѓање|нараджэння|туған|туылған|туғилган|фамилия|презиме|прізвище|прозвішча|тегі|დაბადების|გვარი|ტელეფონი|ծննդյան|ազգանուն|հեռախոս|ልደት|ትውልድ|ስልክ|τηλέφωνο|κινητό|γέννησης|טלפון|נייד|לידה|جوال|هاتف|الميلاد|البريد|تلفن|موبایل|موبائل|تولد|ایمیل|मोबाइल|फ़ोन|फोन|ईमेल|जन्म|মোবাইল|ফোন|জন্ম|ইমেইল|এনআইডি|கைபேசி|தொலைபேசி|மின்னஞ்சல்|பிறந்த|утас|төрсөн|овог|โทร|อีเมล|วันเกิด/iu;
/**
 * Headers saying a table lists things: products, companies, software; and the product, price,
 * quantity, category and stock of `regionalSpecific`'s languages, whose bare words for "name" head a
 * shop's list as often (`nume | pret`, `ime | cijena | količina`, `jina | bei`).
 */
const thingHeader =
  /(?:^|_)(?:sku|price|prices|brand|vendor|product|products|category|rating|stock|qty|quantity|version|model|manufacturer|launched|launched_on|founded|employees|website|url|industry|ticker|revenue|description|weight|stars|license|repo|color|colour|isbn|ean|upc|inventory|headquarters|hq|domain|size|cost|unit_price|produs|proizvod|produkt|toode|prece|preke|bidhaa|produkto|produk|pret|cena|cijena|hind|kaina|bei|presyo|harga|cantitate|kolicina|mnozstvo|mnozstvi|kogus|kiekis|daudzums|idadi|kuantiti|categorie|kategorija|kategoria|kategorie|kategooria|kategorya|jamii|stoc|zaliha|zasoba|laoseis)(?:_|$)/;
/** Headers or table names keyed by a person: `customer_id`, `patients`. */
const peopleKey =
  /(?:^|_)(?:customers?|users?|patients?|employees?|emp|members?|contacts?|clients?|students?|persons?|people|staff|owners?|kunden?|klanten?|clientes|pacientes|mitarbeiter)(?:_?(?:id|no|number|nr))?(?:_|$)/;

/**
 * A column of the people an item is assigned to (Monday.com's `People` or `person`, a task's `Owner`,
 * a group's `Members`): its table's rows are the items (`Wireframes⇥Design⇥UX Team`), not people.
 */
const assignedPeople = /^(?:people|persons?|staff|owners?|members|users|contacts|assignees?)$/;

type TableKind = 'people' | 'things' | 'unknown';

/** Whether a table (its headers, its name) lists people, things, or cannot be told (memoised per table). */
export function tableKind(cell: TableGroup): TableKind {
  let kind = tableKinds.get(cell.headers);
  if (kind === undefined) {
    const normal = cell.headers.map(normalizeHeader);
    const table = cell.table === undefined ? '' : normalizeHeader(cell.table);
    kind =
      normal.some((h) => peopleHeader.test(h) || contactWords.test(h)) ||
      cell.headers.some((h) => peopleCjk.test(h))
        ? 'people'
        : normal.some((h) => thingHeader.test(h))
          ? 'things'
          : normal.some((h) => peopleKey.test(h) && !assignedPeople.test(h)) || peopleKey.test(table)
            ? 'people'
            : 'unknown';
    tableKinds.set(cell.headers, kind);
  }
  return kind;
}

const tableKinds = new WeakMap<readonly string[], TableKind>();

/**
 * `{"name": "given_name", "display_name": "Given Name"}`, `"display-name": "NHI"` beside `"name":
 * "nhi"` (Metabase's result metadata and template tags, a schema's field list): a display name that
 * spells a field's identifier in words labels the field. Only an identifier that reads as a column
 * (`date_of_birth`, `gp_practice`) or one in capitals, so that a user's `display_name` beside a login
 * of the same letters (`"name": "mere_tawhiri"`) stays a name.
 */
export function fieldDisplayName(header: string, value: string, text: string): boolean {
  if (!displayKey.test(normalizeHeader(header))) return false;
  const id = value.trim().toLowerCase().replace(/ /g, '_');
  if (!/^[a-z][a-z0-9_]*$/.test(id)) return false;
  const column =
    /^[A-Z]{2,}$/.test(value) ||
    headerKind(id) !== undefined ||
    peopleHeader.test(id) ||
    thingHeader.test(id) ||
    contactWords.test(id);
  return column && new RegExp(`["']name["'] ?: ?["']${id}["']`).test(text);
}
const displayKey = /^(?:display|verbose|friendly)_?name$/;

/** A form's label of a person's contact details or birth (`Veli Cep Telefonu`, `Customer E-mail`). */
export const contactLabel = (label: string): boolean => {
  const header = normalizeHeader(label);
  return peopleHeader.test(header) || contactWords.test(header) || peopleCjk.test(label);
};

/** A role column, or a bare `name` column in a table of people (beside e-mails, phones, birth dates). */
export function peopleColumn(kind: HeaderKind, cell: TableGroup): boolean {
  return kind === 'role' || (kind === 'bare' && tableKind(cell) === 'people');
}

export type HeaderKind = 'specific' | 'role' | 'bare' | 'not';

/** Which kind of person column a header is, or `not` for organisations, products and places (memoised). */
export function headerKind(raw: string): HeaderKind | undefined {
  let kind = headerKinds.get(raw);
  if (kind === undefined) {
    // `RecipientLastName` (Qualtrics), `firstName`: camel case words.
    // `A: Nama`, `B: Email`: a sheet's header row pasted with its column letters names the column.
    // `Foresatt 2`, `beneficiary_1`, `contact2`: a numbered column is its header's.
    const named = columnLetter.test(raw) ? raw.slice(raw.indexOf(':') + 1) : raw;
    const header = normalizeHeader(
      /[a-z][A-Z]/.test(named) ? named.replace(/([a-z0-9])([A-Z])/g, '$1_$2') : named,
    )
      .replace(/(?<=[a-z])_?\d{1,2}$/, '')
      // `name_am`, `full_name_ar`, `name_urdu`: the same column in another script or language.
      .replace(languageSuffix, '')
      // `nachname_crm`, `last_name_x` (pandas merge suffixes): the same column of one source.
      .replace(sourceSuffix, '')
      // `first_name_l`, `surname_r` (Splink's two records of a candidate pair): the same column.
      .replace(pairSuffix, '')
      // `crm_name`, `src_last_name`: the same column of one source, named in front.
      .replace(sourcePrefix, '');
    kind =
      header === ''
        ? cjkSpecific.test(raw.trim())
          ? 'specific'
          : (scriptLabel(raw) ?? (cjkNotPerson.test(raw) ? 'not' : 'none'))
        : specific.test(header) ||
            regionalSpecific.test(header) ||
            documentName.test(header) ||
            pairedHalves.test(header)
          ? 'specific'
          : (formHeaderKind(header) ??
            (role.test(header)
              ? 'role'
              : bare.test(header)
                ? 'bare'
                : notPerson.test(header) || workHeader.test(header)
                  ? // `Chef de service`, `Head of Department`: the head of a unit is a person.
                    headOf.test(header)
                    ? 'role'
                    : 'not'
                  : 'none'));
    if (headerKinds.size >= 10_000) headerKinds.clear();
    headerKinds.set(raw, kind);
  }
  return kind === 'none' ? undefined : kind;
}

const headerKinds = new Map<string, HeaderKind | 'none'>();

/** The words of a name's halves in column headers: given name, family name, and their plurals. */
const halves =
  'nazwisko|imie|imiona|vorname|nachname|prenoms?|noms?|nombres?|apellidos?|nome|cognome|sobrenome|voornaam|achternaam|surname|forename|given_?name|family_?name|first_?name|last_?name|jmeno|prijmeni|ime|prezime|etunimi|sukunimi|fornavn|etternavn|efternavn|fornamn|efternamn';
/**
 * `nazwisko_imie`, `surname_forename`, `apellidos_y_nombre`: two halves of a name joined, bare or by
 * `and` in the header's language, head a column of whole names (the order says which comes first,
 * as `Nazwisko, Imię` writes it).
 */
const pairedHalves = new RegExp(
  `^(?:${halves})_(?:(?:i|y|e|a|u|und|and|et|en|og|och|ja|es)_)?(?:${halves})$`,
);

/**
 * The kind of a table's column header (`headerKind`), and Afrikaans `Van` (surname) as a family name
 * beside a given-name header of the same row (`('Werknemer nr', 'Van', 'Voornaam', …)`, an openpyxl
 * row); without one, `Van` and `Naar` are a Dutch transfer's from and to columns, no person's.
 */
export function columnKind(header: string, group: TableGroup): HeaderKind | undefined {
  const kind = headerKind(header);
  if (kind !== undefined || normalizeHeader(header) !== 'van') return kind;
  return group.headers.some((h) => givenHeader.test(normalizeHeader(h))) ? 'specific' : undefined;
}
const givenHeader = /^(?:voornaam|voorname|noemnaam|first_?names?|given_?names?)$/;
/** A sheet's column letter before a header (`A: Nama`, `AB: Email`). */
const columnLetter = /^[A-Z]{1,2}: ?\p{L}/u;
/**
 * The name as an identity document or a card prints it (`name_on_passport`, `name_as_per_id`,
 * `NameOnCard`, `passport_name`): a person's full name, often `FAMILY, GIVEN` in capitals.
 * (`card_name`, `license_name` alone name a board's card or a software licence.)
 */
const documentName =
  /^name_(?:on|as_(?:on|per|in)|per|in)_(?:the_)?(?:passport|id|id_card|card|licen[cs]e|aadhaar|nric|visa)$|^(?:passport|id_card)_name$/;
const headOf =
  /^(?:chef|head|leiter|leiterin|directeur|directrice|director|directora|responsable|jefe|jefa|capo|manager)_(?:de_|du_|of_|der_|des_|del_|di_)?/;
const sourceSuffix =
  /(?<=name|names|nombre|nom|nome|naam|vorname|nachname|zuname|prenom|apellidos?|cognome|voornaam|achternaam|sobrenome|surname)_(?:x|y|crm|erp|old|new|src|tgt|left|right|orig|raw|clean|prev|curr)$/;
/** Splink's suffixes for the left and right record of a pair, after a name's part only. */
const pairSuffix =
  /(?<=name|names|nombre|nom|nome|naam|apellidos?|cognome|sobrenome|namn|navn|nazwisko|imie|prijmeni|jmeno)_[lr]$/;
// (`sourceName`, `target_name` alone name a device, an app or a table: only with a name's part.)
const sourcePrefix =
  /^(?:crm|erp|src|tgt|old|new|orig|raw|clean|left|right|prev|curr|legacy|stg|matched|input)_(?=(?:first_|last_|full_|given_|family_)?names?$)|^(?:source|target)_(?=(?:first_|last_|full_|given_|family_)names?$)/;
const languageSuffix =
  /(?<=name|names|nombre|nom)_(?:am|ar|he|en|ja|zh|ko|ru|el|hi|th|fr|de|es|it|pt|nl|pl|tr|vi|fa|ur|bn|ta|te|uk|ka|hy|local|native|latin|orig|arabic|hebrew|english|urdu|hindi|bengali|bangla|persian|farsi|tamil|telugu|amharic|russian|cyrillic|greek|thai|chinese|japanese|korean)$/;

/** Whether a column header names organisations, products or places (`trading_name`, `store`): no person's. */
export const isOrganisationHeader = (header: string): boolean => headerKind(header) === 'not';
