import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A sixteenth hand-written hold-out: everyday records and messages from countries and platforms the
 * first fourteen do not cover, as people paste them into an AI assistant. Hungary (a CRM export with
 * family-name-first names and mothers' names, a Viber chat with the landlord), Romania (a school
 * letter, bank SMS), Finland (a clinic appointment list, a job application e-mail), Norway (a
 * football club roster with birth years, a NAV receipt), Denmark (a gym membership export, a death
 * notice), Greece (a Greeklish Viber chat, a gov.gr declaration in Greek script, a wedding
 * invitation), Israel (a clinic diary in Hebrew with Latin transliterations, a job application),
 * Indonesia (a GoFood order, a WhatsApp loan chat), the Philippines (SMS inbox, a parish baptism
 * register), Thailand (a LINE chat with a Buddhist-era birth date), Malaysia (a clinic list with
 * bin/binti and a/l names), Nigeria (a job application, bank alerts), Kenya (M-Pesa SMS, an
 * Eventbrite attendee export, a school fee letter), South Africa (a motor first-notice-of-loss),
 * Egypt (a real-estate viewing schedule), Mexico (a HubSpot export, a veterinary record),
 * Argentina (a gym export, an amateur league fixture list), Colombia (a Rappi order), Chile (a
 * car-sharing telematics trip log), Peru (a gob.pe appointment); and a GEDCOM file, a family-tree
 * note, a BibTeX/ORCID list, a Strava export, a CS2 server log and a freight manifest. Hard
 * negatives of the same shapes: national and tax ids (adóazonosító, TAJ grouped like a phone, CNP,
 * henkilötunnus, fødselsnummer, CPR, ΑΦΜ, ΑΜΚΑ, ת.ז., NIK, Thai ID, MyKad, NIN, SA ID, Egyptian
 * national ID, CURP, RFC, DNI, CUIT/CUIL, cédula, RUT), domestic account numbers, CLABE and CBU
 * (which are not IBANs), VAT and EORI numbers, postcodes, plates, VINs, an IMEI, microchip, SteamID
 * and ORCID numbers, paybill and M-Pesa codes, order, booking, claim and case references, amounts in
 * local formats (1.234,56, 12 345,00, Rp 126.000), visit, baptism, wedding, death and due dates, a
 * pet's birth date, pet names, club, team, stadium and school names, and streets, churches, ships,
 * hospitals, methods and places named after people or sharing a surname (Bartók Béla út, Ion
 * Creangă, Sankt Lukas Kirke, Jl. Jend. Sudirman, SS Hellig Olav, Kaplan–Meier, Bergen, Hamar,
 * Mendoza), an Eventbrite "Info Requested" placeholder, game handles and a version string shaped
 * like an address. Each case lists every value it expects found, with its type; anything else
 * flagged is a false positive. Name fields kept apart by a format (CSV columns, GEDCOM GIVN/SURN,
 * form boxes for surname and given name) are separate spans; one "Last, First", "LAST First" or
 * family-name-first field ("Nagy Zoltán", a GEDCOM NAME "István /Balogh/") is one span. Titles and
 * honorifics (dr., LL, ד"ר, คุณ, Mbak, Pak, Engr., Rev. Fr., MVZ) are no part of a span. A lone
 * given or family name (a vocative, a maiden name after "f.") or an initial form counts only when
 * the same person is named in full elsewhere in the text; parents' given names alone on a form are
 * not labelled. Birth dates of the living and the dead are birth dates (a Hungarian date's closing
 * dot is no part of its span); a birth year alone is not a date and is not labelled, nor is a
 * pet's birth date. Values are fake: IBANs with valid mod-97 (and, for HU, NO and FI, national)
 * check digits, national ids with valid check digits, made-up names and keys.
 */
const k = joinParts;
const rconPassword = k('Tr4nsylv4nia', '!Rcon-2024');
const gslt = k('B4E1C07A9D2F', '4471209318A5C6D7E8F9');
const steamKey = k('7F3A9C2E41D8', 'B6054471209E3F1AC0D2');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- Hungary
  {
    name: 'Hungarian insurance CRM export (semicolon CSV) with family-name-first names, mothers’ names, tax and TAJ numbers',
    text: `Ügyfélexport — Kestrel Biztosító Zrt. CRM · szűrő: aktív, lakossági · exportálva: 2024.03.12. 10:14 · 3 / 1 204 sor
Ügyfélkód;Név;Születési dátum;Születési hely;Anyja neve;Adóazonosító jel;TAJ szám;Mobil;E-mail;Ir.szám;Település;Cím;Számlaszám;Utolsó kapcsolat
K-004471;Nagy Zoltán;1978.06.02.;Kecskemét;Kiss Erzsébet;8406944471;044 712 099;+36 30 447 1209;nagy.zoltan78@freemail.hu;1136;Budapest;Pannónia utca 44. 3/12.;HU87 1170 0072 0000 0447 1209 3004;2024.02.28.
K-004472;Tóthné Varga Erika;1990.11.23.;Debrecen;Varga Ilona;8452511205;112 345 671;06 20 318 4471;erika.tothne@gmail.com;4026;Debrecen;Petőfi tér 7. fsz. 2.;11600006-60000000-04471206;2024.03.01.
K-004473;dr. Szabó-Kelemen Ádám;1965.04.17.;Szeged;Horváth Mária;;;+36 1 447 2093;szabo.kelemen.adam@t-online.hu;6720;Szeged;Kárász utca 11.;;2024.01.15.`,
    // The TAJ number is grouped like a phone; the domestic 3×8 account number is not an IBAN.
    expected: [
      ['PERSON', 'Nagy Zoltán'],
      ['DATE_OF_BIRTH', '1978.06.02'],
      ['PERSON', 'Kiss Erzsébet'],
      ['PHONE', '+36 30 447 1209'],
      ['EMAIL', 'nagy.zoltan78@freemail.hu'],
      ['IBAN', 'HU87 1170 0072 0000 0447 1209 3004'],
      ['PERSON', 'Tóthné Varga Erika'],
      ['DATE_OF_BIRTH', '1990.11.23'],
      ['PERSON', 'Varga Ilona'],
      ['PHONE', '06 20 318 4471'],
      ['EMAIL', 'erika.tothne@gmail.com'],
      ['PERSON', 'Szabó-Kelemen Ádám'],
      ['DATE_OF_BIRTH', '1965.04.17'],
      ['PERSON', 'Horváth Mária'],
      ['PHONE', '+36 1 447 2093'],
      ['EMAIL', 'szabo.kelemen.adam@t-online.hu'],
    ],
  },
  {
    name: 'Viber chat with a Budapest landlord: rent in forints, a new IBAN, the chimney sweep dispatcher and a birth date for the lease',
    text: `Viber · Kovács Péter (főbérlő, Bartók 44)
2024. március 1., péntek
18:04 Kovács Péter: Szia Eszter! Márciusi lakbér 185.000 Ft, közös költség + víz 23.450 Ft, összesen 208.450 Ft. A számlaszámom változott: HU44 1040 5080 5004 4872 1093 0007 (Kovács Péter), közleménybe „Bartók Béla út 44. II/5 – 2024/03".
18:11 Fekete Eszter: Szia Péter! Rendben, hétfőn utalom. Vízóra állása: 01447,2 m³, fotót küldök.
18:12 Fekete Eszter: [Fénykép]
18:20 Kovács Péter: Köszi! Csütörtökön 8 és 12 között jön a kéményseprő (FKF), ha nem leszel otthon, hívd a diszpécsert: 06 1 318 2044.
18:26 Fekete Eszter: Oké. A szerződés-hosszabbításhoz kell még valami?
18:31 Kovács Péter: Igen: születési hely és idő, anyja neve, személyi igazolvány száma.
18:40 Fekete Eszter: Miskolc, 1996. 09. 14., anyja neve: Molnár Judit, szem. ig.: 447120AB. Ha sürgős, hívj a 06 70 244 7120-as számon.
18:42 Kovács Péter: Köszi Eszter, kedden hozom aláírásra. Üdv, Péter`,
    // Bartók Béla út is a street; the ID card number and the meter reading are not ours.
    expected: [
      ['PERSON', 'Kovács Péter'],
      ['PERSON', 'Kovács Péter'],
      ['PERSON', 'Eszter'],
      ['IBAN', 'HU44 1040 5080 5004 4872 1093 0007'],
      ['PERSON', 'Kovács Péter'],
      ['PERSON', 'Fekete Eszter'],
      ['PERSON', 'Péter'],
      ['PERSON', 'Fekete Eszter'],
      ['PERSON', 'Kovács Péter'],
      ['PHONE', '06 1 318 2044'],
      ['PERSON', 'Fekete Eszter'],
      ['PERSON', 'Kovács Péter'],
      ['PERSON', 'Fekete Eszter'],
      ['DATE_OF_BIRTH', '1996. 09. 14'],
      ['PERSON', 'Molnár Judit'],
      ['PHONE', '06 70 244 7120'],
      ['PERSON', 'Kovács Péter'],
      ['PERSON', 'Eszter'],
      ['PERSON', 'Péter'],
    ],
  },
  // ---------------------------------------------------------------- Romania
  {
    name: 'Romanian school letter to a parent about a class trip, with the pupil’s CNP and birth date and the parents’ association IBAN',
    text: `ȘCOALA GIMNAZIALĂ NR. 44 „ION CREANGĂ", BUCUREȘTI
Str. Mihai Eminescu nr. 12, sector 2, 020071 București · Tel./fax 021 447 12 09 · secretariat@scoala44-creanga.ro
Nr. 1187 / 04.03.2024

Către: doamna Ioana Mureșan, părinte al elevului Andrei-Matei Mureșan, clasa a VI-a B

Stimată doamnă Mureșan,

Vă informăm că joi, 21.03.2024, elevii clasei a VI-a B vor vizita Muzeul Național „George Enescu" și Palatul Cotroceni. Până la 14.03.2024 vă rugăm:
  – să trimiteți acordul părintelui, semnat;
  – să verificați datele elevului din evidența noastră, folosite pentru asigurarea de călătorie: Andrei-Matei Mureșan, CNP 5120915401231, născut la 15.09.2012;
  – să achitați contribuția de 85,00 lei în contul Asociației Părinților, RO24 INGB 0000 9999 0447 1209, cu mențiunea „Excursie VI B – Mureșan Andrei-Matei".

Pentru întrebări o puteți contacta pe dirigintă, prof. Cristina Dobrescu, la 0744 712 093 sau cristina.dobrescu@scoala44-creanga.ro.

Cu stimă,
Director, prof. Radu Ionescu-Vlad`,
    // The school, the street and the museum are named after people; the CNP is a national id.
    expected: [
      ['PHONE', '021 447 12 09'],
      ['EMAIL', 'secretariat@scoala44-creanga.ro'],
      ['PERSON', 'Ioana Mureșan'],
      ['PERSON', 'Andrei-Matei Mureșan'],
      ['PERSON', 'Mureșan'],
      ['PERSON', 'Andrei-Matei Mureșan'],
      ['DATE_OF_BIRTH', '15.09.2012'],
      ['IBAN', 'RO24 INGB 0000 9999 0447 1209'],
      ['PERSON', 'Mureșan Andrei-Matei'],
      ['PERSON', 'Cristina Dobrescu'],
      ['PHONE', '0744 712 093'],
      ['EMAIL', 'cristina.dobrescu@scoala44-creanga.ro'],
      ['PERSON', 'Radu Ionescu-Vlad'],
    ],
  },
  {
    name: 'Romanian bank SMS copied from a phone: card spend, an incoming transfer naming the payer, a direct debit and a loan instalment',
    text: `SMS de la BT, copiate din telefon (12–13 martie)
12.03 18:42 BT: Tranzactie aprobata 1.234,56 RON la DEDEMAN BACAU cu cardul ***4471. Sold disponibil 5.318,20 RON. Nu ai efectuat tranzactia? Suna la 0264 594 447.
12.03 19:05 BT: Ai primit 2.500,00 RON de la POPESCU ANDREEA MARIA, IBAN RO85RNCB0082044712093001, detalii: "chirie martie + utilitati". Sold 7.818,20 RON.
13.03 08:10 BT: Plata programata catre ENEL ENERGIE MUNTENIA, cod client 4471209318, suma 312,45 RON a fost efectuata.
13.03 09:31 BT: Rata credit nr. 44712093 in valoare de 1.847,30 RON va fi retrasa pe 15.03.2024. Asigura-te ca ai fonduri in contul RO88BTRLRONCRT0447120931.`,
    expected: [
      ['PHONE', '0264 594 447'],
      ['PERSON', 'POPESCU ANDREEA MARIA'],
      ['IBAN', 'RO85RNCB0082044712093001'],
      ['IBAN', 'RO88BTRLRONCRT0447120931'],
    ],
  },
  // ---------------------------------------------------------------- Finland
  {
    name: 'Finnish private clinic appointment list with henkilötunnus and birth-date columns, a guardian, a cancellation and the clinic’s FI IBAN',
    text: `Ajanvarauslista — Lääkäriasema Kestrel, Hämeenkatu 44, 33200 Tampere
Päivä: to 14.3.2024   Vastaanotto: LL Aino Virtanen-Koski (yleislääketiede)   Huone 3
Klo    Potilas                 Henkilötunnus   Syntymäaika   Puhelin            Käynnin syy             Huom.
08.00  Mäkinen, Juha Petteri   140385-447T     14.3.1985     040 744 7120       verenpainekontrolli     Kela
08.20  Korhonen, Siiri         020611A512F     2.6.2011      050 318 4471       korvakipu               huoltaja: Laura Korhonen
08.40  Nieminen Väinö          230579-208Y     23.5.1979     +358 44 712 0931   työterveys              Sähkö-Kestrel Oy
09.00  —                       —               —             —                  puhelinaika
09.20  Lindroos, Anna-Kaisa    (turvakielto)   —             —                  ajokorttitodistus       tulkki: ruotsi
Peruutukset: 09.40 Heikkilä Matti, peruttu 13.3. klo 16.12 (sairastunut).
Laskutus: Lääkäriasema Kestrel Oy, FI80 5720 1044 7120 95, viitenumero 44712 09318, eräpäivä 14 vrk.`,
    // Henkilötunnus values encode the birth date but are national ids; the visit date is not a birth date.
    expected: [
      ['PERSON', 'Aino Virtanen-Koski'],
      ['PERSON', 'Mäkinen, Juha Petteri'],
      ['DATE_OF_BIRTH', '14.3.1985'],
      ['PHONE', '040 744 7120'],
      ['PERSON', 'Korhonen, Siiri'],
      ['DATE_OF_BIRTH', '2.6.2011'],
      ['PHONE', '050 318 4471'],
      ['PERSON', 'Laura Korhonen'],
      ['PERSON', 'Nieminen Väinö'],
      ['DATE_OF_BIRTH', '23.5.1979'],
      ['PHONE', '+358 44 712 0931'],
      ['PERSON', 'Lindroos, Anna-Kaisa'],
      ['PERSON', 'Heikkilä Matti'],
      ['IBAN', 'FI80 5720 1044 7120 95'],
    ],
  },
  {
    name: 'Finnish job application e-mail with a hiring manager, two referees, a salary wish in euros and a LinkedIn slug',
    text: `Lähettäjä: Emilia Häkkinen <emilia.hakkinen@gmail.com>
Lähetetty: maanantai 11. maaliskuuta 2024 21.47
Vastaanottaja: rekrytointi@kestrel.fi
Aihe: Työhakemus: Ohjelmistokehittäjä, Tampere (haku KST-2024-17)

Hei Mikko Salminen,

haen ilmoittamaanne ohjelmistokehittäjän tehtävää. Valmistuin diplomi-insinööriksi Tampereen yliopistosta 2019 ja olen sen jälkeen työskennellyt Solita Oy:ssä backend-kehittäjänä (Java, Kotlin, PostgreSQL). CV ja portfolio ovat liitteenä.

Suosittelijoina toimivat entinen esihenkilöni Timo Lahtinen (Solita Oy, puh. 045 127 4471) sekä diplomityöni ohjaaja prof. Riikka Lehtovaara.

Voin aloittaa 1.5.2024 alkaen. Palkkatoiveeni on 4 200 €/kk. Tavoitat minut parhaiten numerosta 040 447 1209.

Ystävällisin terveisin
Emilia Häkkinen
Satakunnankatu 18 B 27, 33210 Tampere
linkedin.com/in/emiliahakkinen`,
    expected: [
      ['PERSON', 'Emilia Häkkinen'],
      ['EMAIL', 'emilia.hakkinen@gmail.com'],
      ['EMAIL', 'rekrytointi@kestrel.fi'],
      ['PERSON', 'Mikko Salminen'],
      ['PERSON', 'Timo Lahtinen'],
      ['PHONE', '045 127 4471'],
      ['PERSON', 'Riikka Lehtovaara'],
      ['PHONE', '040 447 1209'],
      ['PERSON', 'Emilia Häkkinen'],
    ],
  },
  // ---------------------------------------------------------------- Norway
  {
    name: 'Norwegian youth football roster from Spond with birth years, guardians’ mobiles, fixtures against clubs and a club IBAN',
    text: `Kestrel IL Fotball — G2012 (Spond-eksport, 12.03.2024)
Sesong 2024 · Trener: Henrik Aasen (930 44 712) · Lagleder: Camilla Strand (camilla.strand@outlook.com)

#   Spiller                Født   Foresatt 1        Mobil            Foresatt 2      Mobil
1   Sander Haugland        2012   Kari Haugland     916 44 712       —
4   Elias Bakke Johansen   2012   Morten Johansen   +47 482 01 447   Siv Bakke       473 18 447
7   Noah Sørli             2013   Ingrid Sørli      977 12 093       Ola Sørli       41 20 93 18
11  Filip Hamar            2012   Tone Hamar        922 04 471       —

Kamper i april: lør 13.04 kl. 11.00 Vålerenga 2 – Kestrel IL (Valle Hovin kunstgress); lør 20.04 kl. 12.30 Kestrel IL – Lyn 1 (Kestrelbanen).
Treningsavgift 2 400 kr for våren betales til kontonr. 1503.44.71204 (fra utlandet: IBAN NO75 1503 4471 204, BIC DNBANOKK) innen 31.03. Merk betalingen med spillerens navn.
Hamar-cupen 25.–26. mai: påmelding til Camilla innen 15.04.`,
    // Birth years alone are not dates; clubs, grounds and the Hamar cup are not people; the domestic account is not an IBAN.
    expected: [
      ['PERSON', 'Henrik Aasen'],
      ['PHONE', '930 44 712'],
      ['PERSON', 'Camilla Strand'],
      ['EMAIL', 'camilla.strand@outlook.com'],
      ['PERSON', 'Sander Haugland'],
      ['PERSON', 'Kari Haugland'],
      ['PHONE', '916 44 712'],
      ['PERSON', 'Elias Bakke Johansen'],
      ['PERSON', 'Morten Johansen'],
      ['PHONE', '+47 482 01 447'],
      ['PERSON', 'Siv Bakke'],
      ['PHONE', '473 18 447'],
      ['PERSON', 'Noah Sørli'],
      ['PERSON', 'Ingrid Sørli'],
      ['PHONE', '977 12 093'],
      ['PERSON', 'Ola Sørli'],
      ['PHONE', '41 20 93 18'],
      ['PERSON', 'Filip Hamar'],
      ['PERSON', 'Tone Hamar'],
      ['PHONE', '922 04 471'],
      ['IBAN', 'NO75 1503 4471 204'],
      ['PERSON', 'Camilla'],
    ],
  },
  {
    name: 'NAV receipt for a parental-benefit application with a fødselsnummer, a due date, a midwife and an earlier child’s birth date',
    text: `Kvittering – søknad om foreldrepenger
NAV har mottatt søknaden din 12.03.2024 kl. 10:14. Saksnummer: 152044712

Søker
  Navn: Marte Kristiansen Lie
  Fødselsnummer: 170994 32829
  Fødselsdato: 17.09.1994
  Telefon: 986 21 447
  E-post: marte.k.lie@gmail.com
  Kontonummer for utbetaling: 9710.05.24485
Annen forelder
  Navn: Jonas Berg Lie
  Rett til foreldrepenger i Norge: Ja
Barn
  Termindato: 02.05.2024
  Terminbekreftelse datert 28.02.2024, signert av jordmor Hege Nordahl, Sagene helsestasjon
  Tidligere barn: Olav, født 03.02.2021
Periode: 100 % dekning. Første dag med foreldrepenger: 12.04.2024.

Du finner saken din på nav.no/minside. Har du spørsmål, ring NAV på 55 44 71 20.`,
    // The fødselsnummer and the account number are not ours; the due date is not a birth date.
    expected: [
      ['PERSON', 'Marte Kristiansen Lie'],
      ['DATE_OF_BIRTH', '17.09.1994'],
      ['PHONE', '986 21 447'],
      ['EMAIL', 'marte.k.lie@gmail.com'],
      ['PERSON', 'Jonas Berg Lie'],
      ['PERSON', 'Hege Nordahl'],
      ['DATE_OF_BIRTH', '03.02.2021'],
      ['PHONE', '55 44 71 20'],
    ],
  },
  // ---------------------------------------------------------------- Denmark
  {
    name: 'Danish gym membership export (semicolon CSV) with dd-mm-yyyy birth dates, reg./konto numbers, a CPR in a note and a refund IBAN',
    text: `Medlemsudtræk — Kestrel Fitness Aarhus C · 12-03-2024 · filter: status = Aktiv/Pause
Medlemsnr;Fornavn;Efternavn;Fødselsdato;Køn;Mobil;E-mail;Adresse;Postnr;By;Medlemskab;Startdato;Binding til;Betaling;Reg.nr.;Kontonr.;Status;Note
104471;Mathilde;Kjærgaard;03-11-1998;K;+45 22 44 71 20;mathilde.kjaergaard@hotmail.dk;Jægergårdsgade 44, 2. th.;8000;Aarhus C;All Access;01-02-2023;;Betalingsservice;3000;4471209318;Aktiv;
104472;Rasmus;Østergaard Holm;17-06-1991;M;28 31 84 47;rasmus.oh@gmail.com;Frederiks Allé 102;8000;Aarhus C;Morgen;15-08-2022;15-02-2023;Betalingsservice;1470;0003158824;Pause;brækket ankel, pause til 01-04-2024
104473;Amira;Haddad;22-01-2004;K;+45 53 92 04 47;amira.haddad04@gmail.com;Skovbrynet 12;8240;Risskov;Student;05-09-2023;;Kort (Visa ****4471);;;Aktiv;studiekort + CPR 220104-4472 kontrolleret
104474;Jens Peter;Frederiksen;09-10-1955;M;86 12 44 71;;Vestergade 9;8000;Aarhus C;Senior;10-01-2019;;Faktura;;;Aktiv;
Refusion for januar (Rasmus Østergaard Holm, pause) overført 02-02-2024 til DK30 1470 0003 1588 24.`,
    expected: [
      ['PERSON', 'Mathilde'],
      ['PERSON', 'Kjærgaard'],
      ['DATE_OF_BIRTH', '03-11-1998'],
      ['PHONE', '+45 22 44 71 20'],
      ['EMAIL', 'mathilde.kjaergaard@hotmail.dk'],
      ['PERSON', 'Rasmus'],
      ['PERSON', 'Østergaard Holm'],
      ['DATE_OF_BIRTH', '17-06-1991'],
      ['PHONE', '28 31 84 47'],
      ['EMAIL', 'rasmus.oh@gmail.com'],
      ['PERSON', 'Amira'],
      ['PERSON', 'Haddad'],
      ['DATE_OF_BIRTH', '22-01-2004'],
      ['PHONE', '+45 53 92 04 47'],
      ['EMAIL', 'amira.haddad04@gmail.com'],
      ['PERSON', 'Jens Peter'],
      ['PERSON', 'Frederiksen'],
      ['DATE_OF_BIRTH', '09-10-1955'],
      ['PHONE', '86 12 44 71'],
      ['PERSON', 'Rasmus Østergaard Holm'],
      ['IBAN', 'DK30 1470 0003 1588 24'],
    ],
  },
  {
    name: 'Danish death notice with a maiden name after "f.", a star for the birth date, a cross for the death and a church named after a saint',
    text: `Dødsannonce — Jyllands-Posten, lørdag 16. marts 2024

Vores elskede mor, svigermor, mormor og oldemor

Inger Marie Thygesen
f. Kjeldsen
* 3. maj 1938    † 9. marts 2024

sov stille ind på Hospice Søholm, omgivet af sin familie.

Kirsten og Jens-Ole
Lars og Hanne
Børnebørn og oldebørn

Bisættelsen finder sted fra Sankt Lukas Kirke, Aarhus, fredag den 22. marts kl. 13.00.
I stedet for blomster kan man støtte Kræftens Bekæmpelse, MobilePay 71447, eller reg.nr. 1551 konto 4471209318.
Henvendelse: Lars Thygesen, tlf. 40 44 71 20`,
    // Family members named by given name only are not labelled; Lars is named in full at the end.
    expected: [
      ['PERSON', 'Inger Marie Thygesen'],
      ['PERSON', 'Kjeldsen'],
      ['DATE_OF_BIRTH', '3. maj 1938'],
      ['PERSON', 'Lars'],
      ['PERSON', 'Lars Thygesen'],
      ['PHONE', '40 44 71 20'],
    ],
  },
  // ---------------------------------------------------------------- Greece
  {
    name: 'Greek landlord Viber chat in Greeklish with the sender in Greek script, a GR IBAN, a plumber and ΑΦΜ/ΑΜΚΑ for the lease',
    gap: 'the beneficiary in capitals after "dikaiouxos" (ANTONIOU SPYRIDON) and the vocative "k. Antoniou" are missed',
    text: `[12/3/24, 19:02] Σπύρος Αντωνίου: Kalispera Katerina! To enoikio Martiou einai 450€ + koinoxrista 38,50€ = 488,50€. Na ta valeis sto GR79 0140 5040 5040 0210 1447 120, dikaiouxos ANTONIOU SPYRIDON
[12/3/24, 19:05] Katerina Lamprou: Kalispera k. Antoniou! Ok, avrio to prwi. O ydravlikos pou mou eipate gia ti vrysi tis kouzinas ti tilefwno exei?
[12/3/24, 19:06] Σπύρος Αντωνίου: O Manolis, 6944 712 093. Pes tou oti eisai apo tin Ippokratous 44, 3os orofos
[12/3/24, 19:10] Katerina Lamprou: Euxaristw polu!! Kai gia tin ananewsi tou symvolaiou ti xreiazeste?
[12/3/24, 19:14] Σπύρος Αντωνίου: AFM, AMKA kai imerominia gennisis sou, na ta perasw sto Taxisnet
[12/3/24, 19:21] Katerina Lamprou: AFM 157820446, AMKA 14038504479, gennithika 14/03/1985. To kinito mou to exete, 6977 318 447
[12/3/24, 19:22] Σπύρος Αντωνίου: 👍 Efxaristw Katerina, kalo vrady`,
    // Manolis is never named in full; Ippokratous is a street; ΑΦΜ and ΑΜΚΑ are national ids.
    expected: [
      ['PERSON', 'Σπύρος Αντωνίου'],
      ['PERSON', 'Katerina'],
      ['IBAN', 'GR79 0140 5040 5040 0210 1447 120'],
      ['PERSON', 'ANTONIOU SPYRIDON'],
      ['PERSON', 'Katerina Lamprou'],
      ['PERSON', 'Antoniou'],
      ['PERSON', 'Σπύρος Αντωνίου'],
      ['PHONE', '6944 712 093'],
      ['PERSON', 'Katerina Lamprou'],
      ['PERSON', 'Σπύρος Αντωνίου'],
      ['PERSON', 'Katerina Lamprou'],
      ['DATE_OF_BIRTH', '14/03/1985'],
      ['PHONE', '6977 318 447'],
      ['PERSON', 'Σπύρος Αντωνίου'],
      ['PERSON', 'Katerina'],
    ],
  },
  {
    name: 'gov.gr solemn declaration in Greek capitals with surname and given-name boxes, parents’ given names, ΑΦΜ, ΑΜΚΑ and an IBAN in the text',
    text: `gov.gr — Ψηφιακή υπηρεσία έκδοσης υπεύθυνης δήλωσης
Κωδικός επαλήθευσης: 4471-2093-1185 · Ημερομηνία έκδοσης: 12/03/2024 10:14

ΣΤΟΙΧΕΙΑ ΔΗΛΟΥΝΤΟΣ
Επώνυμο: ΠΑΠΑΔΟΠΟΥΛΟΥ
Όνομα: ΑΙΚΑΤΕΡΙΝΗ
Όνομα πατέρα: ΓΕΩΡΓΙΟΣ
Όνομα μητέρας: ΕΛΕΝΗ
Ημερομηνία γέννησης: 02/07/1992
Τόπος γέννησης: ΠΑΤΡΑ
ΑΦΜ: 044712098
ΑΜΚΑ: 02079205122
Αρ. Δελτίου Ταυτότητας: ΑΚ 447120
Τηλέφωνο: 6955 204 471
Email: a.papadopoulou92@yahoo.gr
Διεύθυνση κατοικίας: Λεωφ. Βασιλίσσης Σοφίας 44, 115 21 Αθήνα

ΚΕΙΜΕΝΟ ΔΗΛΩΣΗΣ
Με ατομική μου ευθύνη δηλώνω ότι ο λογαριασμός GR25 0260 3210 0008 6010 2447 191 (Eurobank) είναι ατομικός μου λογαριασμός και επιθυμώ να πιστώνεται σε αυτόν το επίδομα.

Η υπεύθυνη δήλωση επέχει θέση υπογραφής (ν. 4727/2020).`,
    // The parents are named by given name only; the avenue is named after a queen; the verification code is not a phone.
    expected: [
      ['PERSON', 'ΠΑΠΑΔΟΠΟΥΛΟΥ'],
      ['PERSON', 'ΑΙΚΑΤΕΡΙΝΗ'],
      ['DATE_OF_BIRTH', '02/07/1992'],
      ['PHONE', '6955 204 471'],
      ['EMAIL', 'a.papadopoulou92@yahoo.gr'],
      ['IBAN', 'GR25 0260 3210 0008 6010 2447 191'],
    ],
  },
  {
    name: 'Greek wedding invitation with the couple, the koumbaroi, RSVP mobiles under given names, a church named after a saint and a gift-list IBAN',
    text: `Με τις ευχές των γονέων μας

Δημήτρης Νικολάου
&
Ελένη Κωνσταντίνου

σας προσκαλούμε στο γάμο μας
το Σάββατο 15 Ιουνίου 2024 και ώρα 19:00
στον Ιερό Ναό Αγίου Δημητρίου, Θεσσαλονίκη.
Η δεξίωση θα ακολουθήσει στο κτήμα «Κέδρος», Θέρμη.

Κουμπάροι: Νίκος Παπαδάκης και Σοφία Αλεξίου

Παρακαλούμε επιβεβαιώστε την παρουσία σας έως 15/05 στο 6944 471 209 (Ελένη) ή στο 6977 204 471 (Δημήτρης).
Λίστα γάμου: GR44 0110 4470 0000 4471 2093 185 (Εθνική Τράπεζα), δικαιούχοι Νικολάου Δημήτριος, Κωνσταντίνου Ελένη.`,
    // The wedding date is not a birth date.
    expected: [
      ['PERSON', 'Δημήτρης Νικολάου'],
      ['PERSON', 'Ελένη Κωνσταντίνου'],
      ['PERSON', 'Νίκος Παπαδάκης'],
      ['PERSON', 'Σοφία Αλεξίου'],
      ['PHONE', '6944 471 209'],
      ['PERSON', 'Ελένη'],
      ['PHONE', '6977 204 471'],
      ['PERSON', 'Δημήτρης'],
      ['IBAN', 'GR44 0110 4470 0000 4471 2093 185'],
      ['PERSON', 'Νικολάου Δημήτριος'],
      ['PERSON', 'Κωνσταντίνου Ελένη'],
    ],
  },
  // ---------------------------------------------------------------- Israel
  {
    name: 'Israeli clinic appointment diary in Hebrew with Latin transliterations, "Last, First" patients, ת.ז. numbers and local mobiles',
    text: `מכבי שירותי בריאות · מרפאת רמת אביב, רח' אבן גבירול 180, תל אביב
יומן תורים ליום ה' 14.03.2024 — ד"ר מיכל ברק-לוי (Dr. Michal Barak-Levi), רפואת משפחה
שעה   | שם המטופל/ת                      | ת.ז.      | ת. לידה    | טלפון            | הערות
08:30 | כהן, אביגיל (Cohen, Avigail)     | 031456783 | 02.07.1991 | 052-447-1209     | מעקב הריון, שבוע 24
08:45 | מזרחי יוסף (Mizrahi Yosef)       | 204471205 | 19.11.1958 | 03-644-7120      | תוצאות בדיקות דם
09:00 | אבו-ריא, סמיר (Abu-Ria, Samir)   | 318447125 | 05.01.1983 | +972-54-318-4471 | חיסון שפעת
09:15 | — תור פנוי —
הערה: המטופלת אביגיל כהן ביקשה להעביר את התור ל-21.03 — לחזור אליה עד 12:00.`,
    // ד"ר is a title; Ibn Gabirol street is named after a poet; the ת.ז. numbers are national ids.
    expected: [
      ['PERSON', 'מיכל ברק-לוי'],
      ['PERSON', 'Michal Barak-Levi'],
      ['PERSON', 'כהן, אביגיל'],
      ['PERSON', 'Cohen, Avigail'],
      ['DATE_OF_BIRTH', '02.07.1991'],
      ['PHONE', '052-447-1209'],
      ['PERSON', 'מזרחי יוסף'],
      ['PERSON', 'Mizrahi Yosef'],
      ['DATE_OF_BIRTH', '19.11.1958'],
      ['PHONE', '03-644-7120'],
      ['PERSON', 'אבו-ריא, סמיר'],
      ['PERSON', 'Abu-Ria, Samir'],
      ['DATE_OF_BIRTH', '05.01.1983'],
      ['PHONE', '+972-54-318-4471'],
      ['PERSON', 'אביגיל כהן'],
    ],
  },
  {
    name: 'Israeli job application e-mail in English with referees, a unit number, a shekel salary and the name in Hebrew in the signature',
    text: `From: Noa Ben-David <noa.bendavid@gmail.com>
To: jobs@kestrel-cyber.co.il
Date: Tue, 12 Mar 2024 21:47:02 +0200
Subject: Application – Senior QA Automation Engineer (Job ID 447)

Hi Ronit,

Following our chat at the Cyber Week job fair, I'm sending my CV for the Senior QA Automation role in Herzliya. I've spent the last five years at Check Point on the Harmony Mobile team, mostly Python/pytest and Appium, and before that I served four years in the IDF (Unit 8200, reserve duty ongoing).

References:
  • Eyal Shapira, my team lead at Check Point — +972-54-447-1209, eyal.shapira@gmail.com
  • Dr. Hila Mor-Yosef, Tel Aviv University (thesis advisor) — 03-640-4471

I'm available from May 1st; my notice period is 30 days. Salary expectation: ₪38,000 gross/month.

Best regards,
Noa Ben-David | נועה בן-דוד
050-318-4471 · Herzliya Pituach`,
    // Ronit is only ever named by her given name.
    expected: [
      ['PERSON', 'Noa Ben-David'],
      ['EMAIL', 'noa.bendavid@gmail.com'],
      ['EMAIL', 'jobs@kestrel-cyber.co.il'],
      ['PERSON', 'Eyal Shapira'],
      ['PHONE', '+972-54-447-1209'],
      ['EMAIL', 'eyal.shapira@gmail.com'],
      ['PERSON', 'Hila Mor-Yosef'],
      ['PHONE', '03-640-4471'],
      ['PERSON', 'Noa Ben-David'],
      ['PERSON', 'נועה בן-דוד'],
      ['PHONE', '050-318-4471'],
    ],
  },
  // ---------------------------------------------------------------- Indonesia
  {
    name: 'GoFood order detail with the customer, an office address on a street named after a general, the driver’s plate, rupiah amounts and the driver chat',
    text: `GoFood — Detail pesanan
ID pesanan: F-2024031241209 · 12 Mar 2024, 12:41 WIB
Restoran: Sate Khas Senayan, Jl. Kebon Sirih No. 31A, Menteng
Diantar ke: Rina Puspitasari · +62 812-4471-2093
Alamat: Menara Kestrel lt. 18, Jl. Jend. Sudirman Kav. 52-53, Senayan, Kebayoran Baru, Jakarta Selatan 12190
Catatan untuk driver: titip di resepsionis lobby, bilang untuk Mbak Rina tim finance
Driver: Agus Setiawan · Honda Vario · B 4471 KJT · ⭐ 4.9

2x Sate Ayam Madura (10 tusuk)      Rp 76.000
1x Nasi Goreng Kambing              Rp 42.000
1x Es Teh Manis                     Rp 8.000
Subtotal                            Rp 126.000
Ongkos kirim                        Rp 9.000
Biaya layanan & lainnya             Rp 4.000
Diskon GoFood Plus                  -Rp 15.000
Total dibayar (GoPay)               Rp 124.000

Chat dengan driver
12:58 Agus Setiawan: Siang kak, saya sudah di lobby Menara Kestrel ya, pesanan atas nama Rina
12:59 Rina Puspitasari: Ok pak, titip resepsionis aja, makasih`,
    expected: [
      ['PERSON', 'Rina Puspitasari'],
      ['PHONE', '+62 812-4471-2093'],
      ['PERSON', 'Rina'],
      ['PERSON', 'Agus Setiawan'],
      ['PERSON', 'Agus Setiawan'],
      ['PERSON', 'Rina'],
      ['PERSON', 'Rina Puspitasari'],
    ],
  },
  {
    name: 'Indonesian WhatsApp chat with a cooperative: a loan applicant’s KTP data (NIK, place and date of birth), a bank account and a guarantor',
    text: `[12/03/24 09.14] Sri Wahyuni (Koperasi): Selamat pagi Pak Budi, untuk pengajuan pinjaman Rp 5.000.000 mohon dikirim data berikut: nama lengkap sesuai KTP, NIK, tempat/tgl lahir, alamat, no HP, no rekening untuk pencairan.
[12/03/24 09.31] Budi Prasetyo: Pagi Bu Sri. Ini datanya ya
[12/03/24 09.33] Budi Prasetyo: Nama: BUDI PRASETYO
NIK: 3174051403850002
TTL: Jakarta, 14-03-1985
Alamat: Jl. Kramat Raya No. 44 RT 005/RW 002, Kel. Kenari, Kec. Senen, Jakarta Pusat 10430
HP/WA: 0813-1447-2093
Rek BRI 0447-01-012093-50-9 a.n. Budi Prasetyo
Penjamin: istri, Siti Rahmawati, HP 0857-2044-7120
[12/03/24 09.40] Sri Wahyuni (Koperasi): Baik pak, terima kasih. Berkas saya proses, pencairan paling lambat Jumat 15/03. Angsuran Rp 458.300 x 12 bulan.`,
    // The NIK encodes the birth date but is a national id; the account number and RT/RW are not ours.
    expected: [
      ['PERSON', 'Sri Wahyuni'],
      ['PERSON', 'Budi'],
      ['PERSON', 'Budi Prasetyo'],
      ['PERSON', 'Sri'],
      ['PERSON', 'Budi Prasetyo'],
      ['PERSON', 'BUDI PRASETYO'],
      ['DATE_OF_BIRTH', '14-03-1985'],
      ['PHONE', '0813-1447-2093'],
      ['PERSON', 'Budi Prasetyo'],
      ['PERSON', 'Siti Rahmawati'],
      ['PHONE', '0857-2044-7120'],
      ['PERSON', 'Sri Wahyuni'],
    ],
  },
  // ---------------------------------------------------------------- Philippines
  {
    name: 'Philippine SMS inbox: a GCash receipt with a masked sender, a BDO credit naming the payer, a Taglish message from Mama and a teacher’s reminder',
    text: `Messages (copied from phone)

GCash · Mar 12, 3:14 PM
You have received PHP 1,500.00 of GCash from MA*IA CR****A R. 09171447209 on 03-12-2024 03:14 PM. Your new balance is PHP 4,214.50. Ref. No. 4471209318560.

BDO · Mar 12, 5:02 PM
BDO: Your account ending 4471 has been credited PHP 25,000.00 on 03/12/24 via InstaPay from JUAN MIGUEL DELA CRUZ. Avail bal: PHP 31,218.40. Not you? Call (02) 8447-1209.

Mama · Mar 12, 5:10 PM
Anak, nagpadala na si Tito Jun ng 25k sa BDO mo para sa tuition ni Beatriz. Pakibayad na sa school bago Friday ha. Account ng school: Metrobank 447-3-44712093-1, St. Scholastica's Academy. Ingat.

+63 917 318 4471 · Mar 12, 6:45 PM
Good evening po, this is Ms. Cristina Villanueva, adviser ni Beatriz Santos sa Grade 8-St. Therese. Reminder po na ang PTA meeting ay sa Sat, March 16, 9AM. Salamat po!`,
    // A masked name is not a name; Tito Jun is never named in full; the school and section are named after saints.
    expected: [
      ['PHONE', '09171447209'],
      ['PERSON', 'JUAN MIGUEL DELA CRUZ'],
      ['PHONE', '(02) 8447-1209'],
      ['PERSON', 'Beatriz'],
      ['PHONE', '+63 917 318 4471'],
      ['PERSON', 'Cristina Villanueva'],
      ['PERSON', 'Beatriz Santos'],
    ],
  },
  {
    name: 'Philippine parish baptism register transcription with children’s birth dates, parents, ninong and ninang, the minister and the secretary',
    text: `Diocese of Malolos — Parish of San Isidro Labrador, Pulilan, Bulacan
LIBER BAPTISMORUM No. 47 — transcription of entries, Page 112 (requested for school enrollment)

Entry No. 4471
Date of Baptism: March 9, 2024
Name of Child: Gabriel Luis Santos Mendoza
Date of Birth: January 14, 2024
Place of Birth: Malolos, Bulacan
Father: Carlo Mendoza, native of Pulilan, Bulacan
Mother: Patricia Anne Santos, native of Quezon City
Sponsors: Ramon dela Paz (Ninong), Kristine Joy Lacson (Ninang)
Minister: Rev. Fr. Antonio B. Reyes

Entry No. 4472
Date of Baptism: March 9, 2024
Name of Child: Sofia Isabel Garcia
Date of Birth: December 2, 2023
Place of Birth: San Rafael, Bulacan
Father: Mark Anthony Garcia
Mother: Joanna Marie Tolentino
Sponsors: Arnel Bautista (Ninong), Maricel Ocampo (Ninang)
Minister: Rev. Fr. Antonio B. Reyes

Certified true copy issued on March 12, 2024 to Patricia Anne Santos Mendoza for school enrollment purposes.
Parish Secretary: Lorna G. Castillo · Tel. (044) 815-4471`,
    // Baptism and issue dates are not birth dates; the parish and San Rafael are named after saints.
    expected: [
      ['PERSON', 'Gabriel Luis Santos Mendoza'],
      ['DATE_OF_BIRTH', 'January 14, 2024'],
      ['PERSON', 'Carlo Mendoza'],
      ['PERSON', 'Patricia Anne Santos'],
      ['PERSON', 'Ramon dela Paz'],
      ['PERSON', 'Kristine Joy Lacson'],
      ['PERSON', 'Antonio B. Reyes'],
      ['PERSON', 'Sofia Isabel Garcia'],
      ['DATE_OF_BIRTH', 'December 2, 2023'],
      ['PERSON', 'Mark Anthony Garcia'],
      ['PERSON', 'Joanna Marie Tolentino'],
      ['PERSON', 'Arnel Bautista'],
      ['PERSON', 'Maricel Ocampo'],
      ['PERSON', 'Antonio B. Reyes'],
      ['PERSON', 'Patricia Anne Santos Mendoza'],
      ['PERSON', 'Lorna G. Castillo'],
      ['PHONE', '(044) 815-4471'],
    ],
  },
  // ---------------------------------------------------------------- Thailand and Malaysia
  {
    name: 'LINE chat export about a condo viewing in Thai, with คุณ before a given name, a Buddhist-era birth date, a Thai ID and baht amounts',
    text: `[LINE] Chat history with พิมพ์ชนก ศรีสวัสดิ์
Saved on: 2024/03/12 20:31

2024/03/12(Tue)
10:14	พิมพ์ชนก ศรีสวัสดิ์	สวัสดีค่ะ สนใจห้อง 1 ห้องนอนที่ Kestrel Residence อโศก ค่ะ ขอนัดดูห้องวันเสาร์นี้ได้ไหมคะ
10:16	Nat Kestrel Property	สวัสดีครับคุณพิมพ์ชนก ได้ครับ เสาร์ 16 มี.ค. 14:00 น. นะครับ ค่าเช่า 18,500 บาท/เดือน มัดจำ 2 เดือน
10:20	พิมพ์ชนก ศรีสวัสดิ์	ได้ค่ะ ถ้าตกลงทำสัญญาต้องใช้อะไรบ้างคะ
10:22	Nat Kestrel Property	สำเนาบัตรประชาชน + ชื่อ วันเกิด เบอร์โทร ครับ
10:30	พิมพ์ชนก ศรีสวัสดิ์	พิมพ์ชนก ศรีสวัสดิ์ (Phimchanok Srisawat) เกิด 14 มี.ค. 2528 เลขบัตร 1-1037-00447-12-1 โทร 081-447-1209 ค่ะ
10:31	Nat Kestrel Property	[Sticker]
10:33	Nat Kestrel Property	ขอบคุณครับ เจอกันวันเสาร์ครับ ถ้าหาไม่เจอโทร 02-044-7120 ได้เลยครับ`,
    // The agent's display name is a nickname and a company; the viewing date is not a birth date.
    expected: [
      ['PERSON', 'พิมพ์ชนก ศรีสวัสดิ์'],
      ['PERSON', 'พิมพ์ชนก ศรีสวัสดิ์'],
      ['PERSON', 'พิมพ์ชนก'],
      ['PERSON', 'พิมพ์ชนก ศรีสวัสดิ์'],
      ['PERSON', 'พิมพ์ชนก ศรีสวัสดิ์'],
      ['PERSON', 'พิมพ์ชนก ศรีสวัสดิ์'],
      ['PERSON', 'Phimchanok Srisawat'],
      ['DATE_OF_BIRTH', '14 มี.ค. 2528'],
      ['PHONE', '081-447-1209'],
      ['PHONE', '02-044-7120'],
    ],
  },
  {
    name: 'Malaysian clinic appointment list in Malay with bin/binti and a/l names, MyKad numbers, birth dates and a hospital named after a ruler',
    text: `KLINIK KESTREL MEDIK — Jalan SS 2/24, 47300 Petaling Jaya, Selangor · Tel 03-7874 4712
Senarai Temujanji / Appointment List — Khamis 14/03/2024 — Dr. Lim Mei Ling (MMC 44712)

No | Masa  | Nama Pesakit                     | No. KP         | Tarikh Lahir | Telefon          | Panel   | Catatan
1  | 09:00 | Nurul Aisyah binti Abdul Rahman  | 920728-10-5124 | 28/07/1992   | 012-447 1209     | AIA     | susulan tekanan darah
2  | 09:15 | Ravindran a/l Subramaniam        | 650314-08-5371 | 14/03/1965   | +60 16-318 4471  | PMCare  | ubat kencing manis
3  | 09:30 | Tan Wei Ming                     | 110806-14-0447 | 06/08/2011   | 017-204 4712     | —       | vaksin influenza, bapa: Tan Kok Leong
4  | 09:45 | Siti Hajar binti Mohd Yusof      | 880101-03-5566 | 01/01/1988   | 019-720 4471     | Tunai   | MC 2 hari
Nota: Pesakit no. 2 minta surat rujukan ke Hospital Tuanku Ja'afar, Seremban.`,
    // MyKad numbers encode the birth date but are national ids; the MMC number is a registration.
    expected: [
      ['PHONE', '03-7874 4712'],
      ['PERSON', 'Lim Mei Ling'],
      ['PERSON', 'Nurul Aisyah binti Abdul Rahman'],
      ['DATE_OF_BIRTH', '28/07/1992'],
      ['PHONE', '012-447 1209'],
      ['PERSON', 'Ravindran a/l Subramaniam'],
      ['DATE_OF_BIRTH', '14/03/1965'],
      ['PHONE', '+60 16-318 4471'],
      ['PERSON', 'Tan Wei Ming'],
      ['DATE_OF_BIRTH', '06/08/2011'],
      ['PHONE', '017-204 4712'],
      ['PERSON', 'Tan Kok Leong'],
      ['PERSON', 'Siti Hajar binti Mohd Yusof'],
      ['DATE_OF_BIRTH', '01/01/1988'],
      ['PHONE', '019-720 4471'],
    ],
  },
  // ---------------------------------------------------------------- Nigeria, Kenya, South Africa, Egypt
  {
    name: 'Nigerian job application e-mail with a birth date in words, a NIN, +234 and 080x numbers, referees with titles and a short form of the name',
    text: `From: Chukwuemeka Obi <emeka.obi.dev@gmail.com>
To: careers@kestrelpay.ng
Date: Tue, 12 Mar 2024 08:17:44 +0100
Subject: Application for the position of Backend Engineer (Ref: KP/ENG/2024/031)

Dear Hiring Manager,

I write to apply for the Backend Engineer role advertised on your careers page. I have five years' experience building payment APIs in Go and Node.js, most recently at Interswitch, where I led the migration of the card-switching ledger to PostgreSQL.

Please find my details below as requested in the advert:
Full name: Chukwuemeka Ifeanyi Obi
Date of birth: 14th March 1994
State of origin: Anambra
NIN: 44712093185
Phone: +234 803 447 1209, 0809 318 4471 (WhatsApp)
Address: Flat 4, 12 Adeola Odeku Street, Victoria Island, Lagos
NYSC: completed 2018 (Kaduna)

Referees:
1. Mrs. Funmilayo Adebayo-Ogunleye, Head of Engineering, Interswitch — funmi.ogunleye@yahoo.com, 0802 447 1209
2. Engr. Tunde Bakare, Lecturer, University of Nigeria, Nsukka — 0706 204 4712

Yours faithfully,
Emeka Obi`,
    expected: [
      ['PERSON', 'Chukwuemeka Obi'],
      ['EMAIL', 'emeka.obi.dev@gmail.com'],
      ['EMAIL', 'careers@kestrelpay.ng'],
      ['PERSON', 'Chukwuemeka Ifeanyi Obi'],
      ['DATE_OF_BIRTH', '14th March 1994'],
      ['PHONE', '+234 803 447 1209'],
      ['PHONE', '0809 318 4471'],
      ['PERSON', 'Funmilayo Adebayo-Ogunleye'],
      ['EMAIL', 'funmi.ogunleye@yahoo.com'],
      ['PHONE', '0802 447 1209'],
      ['PERSON', 'Tunde Bakare'],
      ['PHONE', '0706 204 4712'],
      ['PERSON', 'Emeka Obi'],
    ],
  },
  {
    name: 'Nigerian bank debit/credit alerts forwarded by e-mail, with payers and payees in capitals, an airtime number and NUBAN accounts',
    text: `Fwd: GTBank alerts (12–13 Mar)

Acct: 01******4471
Amt: NGN45,000.00 CR
Desc: TRF FROM ADEBAYO OLUWASEGUN JOHN/APP/GTB/rent share march
Avail Bal: NGN1,234,567.89
Date: 12-Mar-2024 10:14
---
Acct: 01******4471
Amt: NGN12,500.00 DR
Desc: POS PURCHASE SHOPRITE LEKKI LAGOS NG
Avail Bal: NGN1,222,067.89
Date: 12-Mar-2024 18:40
---
Acct: 01******4471
Amt: NGN3,000.00 DR
Desc: AIRTIME MTN 08034471209
Avail Bal: NGN1,219,067.89
Date: 13-Mar-2024 07:02
---
Acct: 01******4471
Amt: NGN150,000.00 DR
Desc: NIP TRF TO CHIOMA NGOZI EZE/ACCESS/0447120931/school fees Adaeze
Avail Bal: NGN1,069,067.89
Date: 13-Mar-2024 09:15
For enquiries call +234 1 447 1209.`,
    // Adaeze is never named in full; the NUBAN and the masked account are not ours.
    expected: [
      ['PERSON', 'ADEBAYO OLUWASEGUN JOHN'],
      ['PHONE', '08034471209'],
      ['PERSON', 'CHIOMA NGOZI EZE'],
      ['PHONE', '+234 1 447 1209'],
    ],
  },
  {
    name: 'M-Pesa confirmation SMS: money sent and received with names in capitals and Safaricom numbers, a till on a street named after a president, bills',
    text: `M-PESA messages (exported from the M-PESA app, 12–13 Mar 2024)
SCC4ABX1Q7 Confirmed. Ksh2,500.00 sent to JANE WANJIRU KAMAU 0712447120 on 12/3/24 at 10:14 AM. New M-PESA balance is Ksh8,318.50. Transaction cost, Ksh33.00. Amount you can transact within the day is 497,500.00. Download new M-PESA app & get 500MB FREE data.
SCC5KDM2R9 Confirmed. Ksh1,200.00 paid to NAIVAS MOI AVENUE. on 12/3/24 at 1:02 PM.New M-PESA balance is Ksh7,118.50. Transaction cost, Ksh0.00.
SCD7PLX4T2 Confirmed.You have received Ksh15,000.00 from PETER OTIENO ODHIAMBO 254722318447 on 13/3/24 at 9:41 AM New M-PESA balance is Ksh22,118.50. Buy goods with M-PESA.
SCD8QWE5Y6 Confirmed. Ksh4,500.00 sent to KPLC PREPAID for account 44712093185 on 13/3/24 at 11:20 AM New M-PESA balance is Ksh17,585.50. Transaction cost, Ksh33.00.
SCD9RTY6U1 Confirmed. Ksh3,000.00 sent to Equity Paybill Account for account 0447120931856 on 13/3/24 at 2:45 PM New M-PESA balance is Ksh14,552.50.`,
    expected: [
      ['PERSON', 'JANE WANJIRU KAMAU'],
      ['PHONE', '0712447120'],
      ['PERSON', 'PETER OTIENO ODHIAMBO'],
      ['PHONE', '254722318447'],
    ],
  },
  {
    name: 'Eventbrite attendee summary CSV for a Nairobi meetup with buyer and attendee name columns, an "Info Requested" placeholder and a birth-date question',
    text: `Attendee Summary Report — Nairobi DevFest 2024 (Event ID 844712093185) · generated 12 Mar 2024
Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Barcode #,Buyer Last Name,Buyer First Name,Buyer Email,Attendee Status,Cell Phone,Company,Date of birth (for venue security)
8844712093,2024-02-14 09:12:44+03:00,Wanjiku,Muthoni,wanjiku.muthoni@gmail.com,1,Early Bird,12044712093,1204471209300101001,Muthoni,Wanjiku,wanjiku.muthoni@gmail.com,Attending,+254 712 447 120,Andela,1996-04-11
8844712094,2024-02-14 11:30:02+03:00,Brian,Otieno,b.otieno@kestrel.co.ke,2,Regular,12044712094,1204471209400101001,Otieno,Brian,b.otieno@kestrel.co.ke,Attending,0722 318 447,Kestrel Ltd,
8844712094,2024-02-14 11:30:02+03:00,Aisha,Mohamed Abdi,,2,Regular,12044712095,1204471209400102001,Otieno,Brian,b.otieno@kestrel.co.ke,Attending,,Kestrel Ltd,2001-09-30
8844712101,2024-03-01 18:02:51+03:00,Info,Requested,,1,Student,12044712101,1204471210100101001,Kiprotich,Kevin,kevin.kiprotich@students.uonbi.ac.ke,Not Attending,0798 204 471,University of Nairobi,`,
    // "Info Requested" is Eventbrite's placeholder for an attendee not yet named; order dates are not birth dates.
    expected: [
      ['PERSON', 'Wanjiku'],
      ['PERSON', 'Muthoni'],
      ['EMAIL', 'wanjiku.muthoni@gmail.com'],
      ['PERSON', 'Muthoni'],
      ['PERSON', 'Wanjiku'],
      ['EMAIL', 'wanjiku.muthoni@gmail.com'],
      ['PHONE', '+254 712 447 120'],
      ['DATE_OF_BIRTH', '1996-04-11'],
      ['PERSON', 'Brian'],
      ['PERSON', 'Otieno'],
      ['EMAIL', 'b.otieno@kestrel.co.ke'],
      ['PERSON', 'Otieno'],
      ['PERSON', 'Brian'],
      ['EMAIL', 'b.otieno@kestrel.co.ke'],
      ['PHONE', '0722 318 447'],
      ['PERSON', 'Aisha'],
      ['PERSON', 'Mohamed Abdi'],
      ['PERSON', 'Otieno'],
      ['PERSON', 'Brian'],
      ['EMAIL', 'b.otieno@kestrel.co.ke'],
      ['DATE_OF_BIRTH', '2001-09-30'],
      ['PERSON', 'Kiprotich'],
      ['PERSON', 'Kevin'],
      ['EMAIL', 'kevin.kiprotich@students.uonbi.ac.ke'],
      ['PHONE', '0798 204 471'],
    ],
  },
  {
    name: 'Kenyan school fee-balance letter with a paybill and admission number, the bursar, the class teacher and a pupil’s birth date',
    text: `KESTREL ACADEMY NAIROBI — Off Ngong Road, P.O. Box 44712-00100, Nairobi · Tel: 020 447 1209 · accounts@kestrelacademy.ac.ke

12th March 2024
Ref: KA/FIN/2024/117

Dear Parent/Guardian,

RE: TERM 1 FEES BALANCE — BRIAN OCHIENG ODUOR (ADM NO. 4471, GRADE 7 EAST)

Our records show an outstanding balance of KES 48,500.00 for Term 1 2024. Kindly clear the balance by Friday 22nd March 2024 via M-PESA Paybill 447120, Account No. 4471 (the admission number), or to our account at KCB Kenyatta Avenue, A/C 1104471209.

If you have already paid, please share the M-PESA confirmation (e.g. SCC4ABX1Q7) with the bursar, Mrs. Grace Njeri Mwangi, on 0722 447 120 or grace.mwangi@kestrelacademy.ac.ke.

Brian's class teacher, Mr. Dennis Kiptoo, has also asked that his birth certificate (entry no. 447120931, date of birth 14/06/2011) be submitted for the KJSEA registration.

Yours faithfully,
Ms. Wambui Kariuki
Principal`,
    // Kenyatta Avenue is a street; the paybill, admission, account and certificate numbers are not ours.
    expected: [
      ['PHONE', '020 447 1209'],
      ['EMAIL', 'accounts@kestrelacademy.ac.ke'],
      ['PERSON', 'BRIAN OCHIENG ODUOR'],
      ['PERSON', 'Grace Njeri Mwangi'],
      ['PHONE', '0722 447 120'],
      ['EMAIL', 'grace.mwangi@kestrelacademy.ac.ke'],
      ['PERSON', 'Brian'],
      ['PERSON', 'Dennis Kiptoo'],
      ['DATE_OF_BIRTH', '14/06/2011'],
      ['PERSON', 'Wambui Kariuki'],
    ],
  },
  {
    name: 'South African motor first notice of loss with SA ID numbers, a yyyy/mm/dd birth date, plates, a VIN, a third party, a witness and rand amounts',
    gap: 'the call agent "Lerato M.", never named in full, is flagged',
    text: `FIRST NOTIFICATION OF LOSS — MOTOR (captured by call centre)
Claim no: KST-MTR-2024-004471   Policy no: PL447120931   Broker: Kestrel Brokers (FSP 44712)
Reported: 12/03/2024 10:14 by policyholder (call agent: Lerato M.)

POLICYHOLDER
Name: Thandiwe Precious Nkosi            ID no: 8503145123084        DOB: 1985/03/14
Cell: 082 447 1209                      Email: thandi.nkosi@webmail.co.za
Address: 44 Koeberg Road, Milnerton, 7441

DRIVER AT TIME OF LOSS
Name: Sipho Nkosi (spouse)              ID no: 9207285154086        Licence code: EB, issued 2013
Cell: +27 73 318 4471

VEHICLE
2019 Toyota Corolla Quest 1.8 Plus · Reg: CA 447-120 · VIN: AHTBB3CD204471209 · Odometer: 84 471 km

INCIDENT
Date/time: 09/03/2024 ~18:30 · Place: Koeberg Interchange, N1 outbound, Cape Town
Description: Insured vehicle stationary at robot, rear-ended by third party. No injuries. SAPS case CAS 447/03/2024, Milnerton SAPS.

THIRD PARTY
Driver: Johannes van der Merwe · Cell 071 447 2093 · Vehicle: VW Polo Vivo, Reg CY 318-447 · Insurer: OUTsurance, claim ref OS-88447120
Witness: Ayanda Mthembu, 060 204 4712

Towing: AA Rescue, invoice R 1 450,00 · Estimate (Kestrel Panelbeaters, Montague Gardens): R 38 512,75 incl. VAT`,
    // The call agent is named only by an initial form; SA ID numbers are national ids; the loss date is not a birth date.
    expected: [
      ['PERSON', 'Thandiwe Precious Nkosi'],
      ['DATE_OF_BIRTH', '1985/03/14'],
      ['PHONE', '082 447 1209'],
      ['EMAIL', 'thandi.nkosi@webmail.co.za'],
      ['PERSON', 'Sipho Nkosi'],
      ['PHONE', '+27 73 318 4471'],
      ['PERSON', 'Johannes van der Merwe'],
      ['PHONE', '071 447 2093'],
      ['PERSON', 'Ayanda Mthembu'],
      ['PHONE', '060 204 4712'],
    ],
  },
  {
    name: 'Egyptian real-estate viewing schedule with a client named in Latin and Arabic script, agents, a road named after a president and an EG IBAN',
    text: `Kestrel Homes — New Cairo branch · Viewing schedule, Thursday 14/03/2024
Time  | Unit / compound                            | Client                                        | Mobile           | Agent         | Notes
11:00 | Villa B-44, Mivida, Fifth Settlement        | Ahmed Mostafa El-Sayed / أحمد مصطفى السيد      | +20 100 447 1209 | Yasmin Fathy  | cash buyer, asks 10% off
12:30 | Apt 3-1209, Madinaty B12                    | Dr. Nourhan Abdel-Aziz                        | 0122 318 4471    | Karim Hegazy  | mortgage pre-approved (NBE)
14:00 | Duplex 7, Sodic East, Mohamed Naguib Axis   | Sherif Kamel & Dina Rashad                    | 0111 204 4712    | Yasmin Fathy  | bring keys from security
16:00 | Office 502, Cairo Festival City             | (walk-in slot)                                |                  | Karim Hegazy  |

Reservation deposit for Villa B-44: EGP 250,000 by transfer to Kestrel Homes S.A.E., CIB, IBAN EG72 0019 0005 0000 0044 7120 9311 8, quoting unit code NC-MVD-B44.
For the reservation form we need the client's national ID copy (Ahmed: 28503140104471) and a post-dated cheque book.
Yasmin: please confirm with Mr. El-Sayed by WhatsApp before 10:00.`,
    expected: [
      ['PERSON', 'Ahmed Mostafa El-Sayed'],
      ['PERSON', 'أحمد مصطفى السيد'],
      ['PHONE', '+20 100 447 1209'],
      ['PERSON', 'Yasmin Fathy'],
      ['PERSON', 'Nourhan Abdel-Aziz'],
      ['PHONE', '0122 318 4471'],
      ['PERSON', 'Karim Hegazy'],
      ['PERSON', 'Sherif Kamel'],
      ['PERSON', 'Dina Rashad'],
      ['PHONE', '0111 204 4712'],
      ['PERSON', 'Yasmin Fathy'],
      ['PERSON', 'Karim Hegazy'],
      ['IBAN', 'EG72 0019 0005 0000 0044 7120 9311 8'],
      ['PERSON', 'Ahmed'],
      ['PERSON', 'Yasmin'],
      ['PERSON', 'El-Sayed'],
    ],
  },
  // ---------------------------------------------------------------- Mexico and South America
  {
    name: 'Mexican HubSpot contact export with given names and both surnames in columns, CURP, RFC and CLABE, and a company row',
    text: `Exportación de contactos — Kestrel Seguros México (HubSpot) · 12/03/2024
ID,Nombre(s),Apellido paterno,Apellido materno,Correo,Teléfono,Fecha de nacimiento,CURP,RFC,CLABE,Ciudad,Etapa,Propietario del contacto
90441,José Manuel,Gómez,Martínez,jm.gomez.mtz@gmail.com,+52 55 4471 2093,14/03/1985,GOMJ850314HDFMRS08,GOMJ850314QK7,012180004471209315,Ciudad de México,Cliente,Alejandra Treviño
90442,Ana Sofía,Hernández,Villalobos,anasofia.hv@hotmail.com,33 1844 7120,28/07/1992,HEVA920728MJCRLN09,HEVA9207283B1,,Zapopan,Oportunidad,Luis Ángel Cárdenas
90443,Grupo Industrial Kestrel,,,,81 8447 1209,,,GIK120315AB4,,Monterrey,Cliente,Alejandra Treviño`,
    // CURP and RFC encode the birth date but are ids; a CLABE is not an IBAN; the third row is a company.
    expected: [
      ['PERSON', 'José Manuel'],
      ['PERSON', 'Gómez'],
      ['PERSON', 'Martínez'],
      ['EMAIL', 'jm.gomez.mtz@gmail.com'],
      ['PHONE', '+52 55 4471 2093'],
      ['DATE_OF_BIRTH', '14/03/1985'],
      ['PERSON', 'Alejandra Treviño'],
      ['PERSON', 'Ana Sofía'],
      ['PERSON', 'Hernández'],
      ['PERSON', 'Villalobos'],
      ['EMAIL', 'anasofia.hv@hotmail.com'],
      ['PHONE', '33 1844 7120'],
      ['DATE_OF_BIRTH', '28/07/1992'],
      ['PERSON', 'Luis Ángel Cárdenas'],
      ['PHONE', '81 8447 1209'],
      ['PERSON', 'Alejandra Treviño'],
    ],
  },
  {
    name: 'Mexican veterinary record: a dog named Bruno with its own birth date and microchip, the owner, the vet, other pets and the husband to call',
    text: `Clínica Veterinaria Kestrel — Col. Roma Norte, CDMX · Tel. 55 5264 4712
EXPEDIENTE CLÍNICO No. 4471

Paciente: Bruno
Especie: Canino · Raza: Labrador retriever · Sexo: Macho castrado · Color: chocolate
Fecha de nacimiento: 03/05/2019 · Peso: 31,4 kg · Microchip: 985112004471209

Propietaria: Daniela Ruiz Castañeda
Tel.: 55 2144 7120 · Correo: dani.ruizc@outlook.com
Domicilio: Calle Río Lerma 44, int. 3, Col. Cuauhtémoc, 06500 CDMX

Consulta 12/03/2024 — MVZ Jorge Alberto Pineda Salas
Motivo: cojera del miembro posterior derecho desde hace 3 días. Vive con otro perro (Toby) y una gata (Frida).
Exploración: dolor a la extensión de rodilla derecha, cajón positivo. Sospecha de ruptura de ligamento cruzado craneal.
Plan: RX de rodilla, meloxicam 0,1 mg/kg c/24 h x 5 días. Vacuna antirrábica vigente (aplicada 20/01/2024, lote RB-4471).
Presupuesto cirugía TPLO: $ 28,500.00 MXN. La propietaria autoriza estudios; su esposo, Raúl Ibarra, llamará para agendar la cirugía (55 3318 4471).`,
    // The patient is a dog: its name and birth date are not a person's; Col. Cuauhtémoc is a neighbourhood.
    expected: [
      ['PHONE', '55 5264 4712'],
      ['PERSON', 'Daniela Ruiz Castañeda'],
      ['PHONE', '55 2144 7120'],
      ['EMAIL', 'dani.ruizc@outlook.com'],
      ['PERSON', 'Jorge Alberto Pineda Salas'],
      ['PERSON', 'Raúl Ibarra'],
      ['PHONE', '55 3318 4471'],
    ],
  },
  {
    name: 'Argentine gym member export with "APELLIDO, Nombre", DNI with dots, CUIL, local mobiles with 9 and 15, CBU and a Mendoza address',
    text: `Gimnasio Kestrel Palermo — Socios activos (export del sistema, 12/03/2024)
N° socio;Apellido y nombre;DNI;CUIL;Fecha nac.;Celular;Email;Domicilio;Plan;Alta;Cuota;Débito CBU
1204;RODRÍGUEZ, Lucía Belén;34.871.209;27-34871209-3;02/09/1989;+54 9 11 4471-2093;lucia.rodriguez89@gmail.com;Av. Santa Fe 4471 5° B, C1425 CABA;Pase libre;15/01/2023;$ 38.500,00;0170099220000447120934
1205;FERNÁNDEZ, Matías;32.456.789;20-32456789-6;14/03/1987;(011) 15-3184-4712;mati.fernandez@hotmail.com;Gorriti 5120, C1414 CABA;3 veces por semana;02/05/2022;$ 29.900,00;
1206;GIMÉNEZ, Valentina;40.447.120;27-40447120-7;21/11/1997;+54 9 261 447-1209;valengimenez@gmail.com;Belgrano 1209, M5500 Mendoza;Pase libre (sede Mendoza);01/03/2024;$ 38.500,00;
Nota: Matías Fernández pidió congelar la cuota de abril (viaje). Contacto de emergencia de Lucía: Martín Rodríguez (padre), 11 5320-4471.`,
    // DNI, CUIL and CBU are not ours; Gorriti and Belgrano are streets; Mendoza is a city.
    expected: [
      ['PERSON', 'RODRÍGUEZ, Lucía Belén'],
      ['DATE_OF_BIRTH', '02/09/1989'],
      ['PHONE', '+54 9 11 4471-2093'],
      ['EMAIL', 'lucia.rodriguez89@gmail.com'],
      ['PERSON', 'FERNÁNDEZ, Matías'],
      ['DATE_OF_BIRTH', '14/03/1987'],
      ['PHONE', '(011) 15-3184-4712'],
      ['EMAIL', 'mati.fernandez@hotmail.com'],
      ['PERSON', 'GIMÉNEZ, Valentina'],
      ['DATE_OF_BIRTH', '21/11/1997'],
      ['PHONE', '+54 9 261 447-1209'],
      ['EMAIL', 'valengimenez@gmail.com'],
      ['PERSON', 'Matías Fernández'],
      ['PERSON', 'Lucía'],
      ['PERSON', 'Martín Rodríguez'],
      ['PHONE', '11 5320-4471'],
    ],
  },
  {
    name: 'Mendoza amateur league fixture list with clubs and stadiums named after people, referees with a phone and a suspended player with a DNI',
    text: `Liga Mendocina de Fútbol Amateur — Torneo Apertura 2024, Fecha 4
Sábado 16/03
15:30  Independiente Rivadavia (Res.) vs. Club Atlético Gutiérrez — Estadio Bautista Gargantini
17:30  Club Sportivo Godoy Cruz (Res.) vs. Club Atlético San Martín — Cancha de Luján de Cuyo

Designaciones arbitrales (partido de las 15:30)
Árbitro: Facundo Ezequiel Quiroga (261 447-1209) · Asistentes: Micaela Funes, Diego Lucero

Tribunal de Disciplina — Resolución 12/2024
Se sanciona al jugador Lautaro Emanuel Videla (Club Atlético Gutiérrez), DNI 43.447.120, con 2 (dos) fechas de suspensión por conducta antideportiva en el partido del 09/03.
Firmado: Dr. Hernán Pelegrina, presidente del Tribunal.
Consultas de prensa: prensa@ligamendocina.org.ar`,
    // Clubs, stadiums and towns named after people (Rivadavia, Gutiérrez, Gargantini, Godoy Cruz, San Martín) are not people.
    expected: [
      ['PERSON', 'Facundo Ezequiel Quiroga'],
      ['PHONE', '261 447-1209'],
      ['PERSON', 'Micaela Funes'],
      ['PERSON', 'Diego Lucero'],
      ['PERSON', 'Lautaro Emanuel Videla'],
      ['PERSON', 'Hernán Pelegrina'],
      ['EMAIL', 'prensa@ligamendocina.org.ar'],
    ],
  },
  {
    name: 'Rappi order in Bogotá with a cédula for the e-invoice, a building named after a statesman, a motorbike plate, peso amounts and the courier chat',
    text: `Rappi — Detalle del pedido #447120931 · 12/03/2024 19:42
Restaurante: Crepes & Waffles Parque 93
Cliente: Valentina Ospina Restrepo
Cédula (factura electrónica): 1.020.447.120
Celular: 310 447 1209 · Correo: valentina.ospina@gmail.com
Dirección de entrega: Calle 93B # 13-44, apto 502, Edificio Torre Santander, Chicó Norte, Bogotá
Indicaciones: dejar en portería, preguntar por Valentina
RappiTendero: Jhon Fredy Ramírez · Moto placa XKT 44F

1 x Crepe de pollo y champiñones     $ 32.900
1 x Ensalada Kestrel                 $ 28.500
1 x Limonada de coco                 $ 12.900
Envío                                $ 4.900
Propina                              $ 5.000
Total (Visa •••• 4471)               $ 84.200

Chat
19:58 Jhon Fredy Ramírez: Buenas noches Valentina, ya voy llegando, estoy en la 94 con 15
20:01 Valentina Ospina Restrepo: Listo, déjelo en portería porfa 🙏
20:06 Jhon Fredy Ramírez: Entregado, gracias!! 🛵`,
    expected: [
      ['PERSON', 'Valentina Ospina Restrepo'],
      ['PHONE', '310 447 1209'],
      ['EMAIL', 'valentina.ospina@gmail.com'],
      ['PERSON', 'Valentina'],
      ['PERSON', 'Jhon Fredy Ramírez'],
      ['PERSON', 'Jhon Fredy Ramírez'],
      ['PERSON', 'Valentina'],
      ['PERSON', 'Valentina Ospina Restrepo'],
      ['PERSON', 'Jhon Fredy Ramírez'],
    ],
  },
  {
    name: 'Chilean car-sharing telematics trip log (CSV) with drivers, RUTs, +56 9 mobiles, a plate, VIN and IMEI, coordinates and avenues named after people',
    text: `Kestrel Share Chile — Informe de viajes del vehículo (telemetría)
Vehículo: Toyota Yaris 2022 · Patente: RTZK-47 · VIN: MR2B29F30N1447120 · TCU IMEI: 354471209318562
Periodo: 11/03/2024 – 12/03/2024

viaje,conductor,rut,telefono,inicio,fin,origen,destino,km,vel_max_kmh,frenadas_bruscas,combustible_pct,cobro
T-44712,Camila Fernanda Soto Aravena,15.447.120-0,+56 9 4471 2093,11-03-2024 08:02,11-03-2024 08:41,"Av. Providencia 1209, Providencia","Av. Libertador Bernardo O'Higgins 3363, Estación Central",14.2,78,1,62,"$ 6.420"
T-44713,Matías Ignacio Fuentes Rojas,18.234.567-9,+56 9 8318 4471,11-03-2024 18:15,11-03-2024 19:02,"Estación Central","Av. Vicuña Mackenna 4860, Macul",11.8,121,4,51,"$ 5.980"
T-44714,Camila Fernanda Soto Aravena,15.447.120-0,+56 9 4471 2093,12-03-2024 07:55,12-03-2024 08:30,"Macul","Av. Providencia 1209, Providencia",12.9,74,0,43,"$ 5.610"

Alertas: T-44713 exceso de velocidad (121 km/h en Autopista Central, -33.4912,-70.6553, 11-03-2024 18:37). Se notificó al conductor por SMS; multa según contrato: $ 45.000.
Empresa: Kestrel Share SpA, RUT 76.123.456-0`,
    expected: [
      ['PERSON', 'Camila Fernanda Soto Aravena'],
      ['PHONE', '+56 9 4471 2093'],
      ['PERSON', 'Matías Ignacio Fuentes Rojas'],
      ['PHONE', '+56 9 8318 4471'],
      ['PERSON', 'Camila Fernanda Soto Aravena'],
      ['PHONE', '+56 9 4471 2093'],
    ],
  },
  {
    name: 'Peruvian gob.pe appointment confirmation from RENIEC with "APELLIDOS, Nombres", a DNI, a birth date, a soles payment and an avenue named after a person',
    text: `gob.pe — Constancia de reserva de cita
Entidad: Registro Nacional de Identificación y Estado Civil (RENIEC)
Trámite: Duplicado de DNI electrónico
Código de reserva: RC-2024-0447120

Datos del ciudadano
Apellidos y nombres: QUISPE MAMANI, Rosa Elena
DNI: 44712093
Fecha de nacimiento: 22/08/1978
Celular: 984 471 209
Correo electrónico: rosa.quispe.m@hotmail.com

Datos de la cita
Agencia: RENIEC San Borja — Av. Javier Prado Este 2392, San Borja, Lima
Fecha y hora: 21/03/2024, 10:30 a. m.
Pago: S/ 30,00 — Banco de la Nación, N.° de operación 4471209, fecha 12/03/2024

Recuerde presentarse 15 minutos antes con el voucher de pago. Consultas: (01) 315-4471.`,
    expected: [
      ['PERSON', 'QUISPE MAMANI, Rosa Elena'],
      ['DATE_OF_BIRTH', '22/08/1978'],
      ['PHONE', '984 471 209'],
      ['EMAIL', 'rosa.quispe.m@hotmail.com'],
      ['PHONE', '(01) 315-4471'],
    ],
  },
  // ---------------------------------------------------------------- genealogy and everyday platforms
  {
    name: 'GEDCOM 5.5.1 export from a family-tree site with NAME, GIVN and SURN lines, birth, death and marriage dates and the submitter',
    text: `0 HEAD
1 SOUR MyHeritage
2 VERS 5.5.1
1 DATE 12 MAR 2024
1 CHAR UTF-8
1 SUBM @U1@
0 @U1@ SUBM
1 NAME Kristóf Balogh
1 EMAIL kristof.balogh@gmail.com
0 @I1@ INDI
1 NAME István /Balogh/
2 GIVN István
2 SURN Balogh
1 SEX M
1 BIRT
2 DATE 12 FEB 1921
2 PLAC Kecskemét, Bács-Kiskun, Magyarország
1 DEAT
2 DATE 3 OCT 1994
2 PLAC Budapest
1 FAMS @F1@
0 @I2@ INDI
1 NAME Ilona /Szűcs/
2 GIVN Ilona
2 SURN Szűcs
1 SEX F
1 BIRT
2 DATE 27 JUL 1925
2 PLAC Nagykőrös
1 DEAT
2 DATE 1 JAN 2008
1 FAMS @F1@
0 @I3@ INDI
1 NAME Kristóf /Balogh/
1 SEX M
1 BIRT
2 DATE 9 MAY 1988
1 FAMC @F2@
0 @F1@ FAM
1 HUSB @I1@
1 WIFE @I2@
1 MARR
2 DATE 14 JUN 1947
2 PLAC Kecskemét
0 TRLR`,
    // The file, death and marriage dates are not birth dates.
    expected: [
      ['PERSON', 'Kristóf Balogh'],
      ['EMAIL', 'kristof.balogh@gmail.com'],
      ['PERSON', 'István /Balogh/'],
      ['PERSON', 'István'],
      ['PERSON', 'Balogh'],
      ['DATE_OF_BIRTH', '12 FEB 1921'],
      ['PERSON', 'Ilona /Szűcs/'],
      ['PERSON', 'Ilona'],
      ['PERSON', 'Szűcs'],
      ['DATE_OF_BIRTH', '27 JUL 1925'],
      ['PERSON', 'Kristóf /Balogh/'],
      ['DATE_OF_BIRTH', '9 MAY 1988'],
    ],
  },
  {
    name: 'family-tree note in English about a Norwegian emigrant line, with "b." dates of the dead and the living, a ship and a surname that is also a city',
    gap: 'Linda Halvorsen Price is cut to "Linda Halvorsen", and the family line ("Halvorsen line") and the city ("in Bergen") are taken for people',
    text: `Family tree notes — Halvorsen line (for Aunt Solveig, before the reunion in Decorah)

Anders Halvorsen, b. 17 March 1879 at Stange near Hamar, Hedmark; emigrated 1903 on the SS Hellig Olav from Kristiania to New York; d. 4 Jan 1951, Decorah, Iowa.
m. 1906 Karen Bergen (b. 2 Nov 1884 in Bergen, d. 1969). Karen's parents were Ole Bergen and Marta Tveit — still need a source for them.
Children: Olaf (1907–1908), Ingrid Halvorsen Moe (b. 11 Aug 1909), Nils Halvorsen (b. 23 Feb 1912).
Living: Mom is Linda Halvorsen Price (born 06/22/1956); Aunt Solveig is Solveig Halvorsen Moe (born 09/30/1953). Mom's cousin Erik Moe sent the 1920 census image, his email is erik.moe.1948@gmail.com.
Open questions: was Nils's middle name really what the 1910 census says? The Stange church book (Ministerialbok 1875–1884, fol. 112) should list Anders's baptism on 6 April 1879, which is not his birth date.`,
    // Years alone (Olaf 1907–1908, d. 1969) are not dates; Bergen and Hamar are places here; the ship is named after a king.
    expected: [
      ['PERSON', 'Solveig'],
      ['PERSON', 'Anders Halvorsen'],
      ['DATE_OF_BIRTH', '17 March 1879'],
      ['PERSON', 'Karen Bergen'],
      ['DATE_OF_BIRTH', '2 Nov 1884'],
      ['PERSON', 'Karen'],
      ['PERSON', 'Ole Bergen'],
      ['PERSON', 'Marta Tveit'],
      ['PERSON', 'Ingrid Halvorsen Moe'],
      ['DATE_OF_BIRTH', '11 Aug 1909'],
      ['PERSON', 'Nils Halvorsen'],
      ['DATE_OF_BIRTH', '23 Feb 1912'],
      ['PERSON', 'Linda Halvorsen Price'],
      ['DATE_OF_BIRTH', '06/22/1956'],
      ['PERSON', 'Solveig'],
      ['PERSON', 'Solveig Halvorsen Moe'],
      ['DATE_OF_BIRTH', '09/30/1953'],
      ['PERSON', 'Erik Moe'],
      ['EMAIL', 'erik.moe.1948@gmail.com'],
      ['PERSON', 'Nils'],
      ['PERSON', 'Anders'],
    ],
  },
  {
    name: 'BibTeX entries from Zotero with "Last, First" and "First Last" author lists, a method named after people, ORCID iDs and a corresponding author',
    text: `% refs.bib — exported from Zotero, 2024-03-12
@article{nagy2021federated,
  author    = {Nagy, Zoltán and Virtanen, Aino and Okonkwo, Chidinma A. and de la Cruz, Ramón},
  title     = {Federated Learning for Rural Clinics: A Field Study in {K}enya and {H}ungary},
  journal   = {Journal of Medical Systems},
  volume    = {45},
  number    = {7},
  pages     = {1--14},
  year      = {2021},
  doi       = {10.1007/s10916-021-01744-7},
}

@inproceedings{haddad2023kaplan,
  author    = {Rania Haddad and Tomasz Kowalczyk and Siew Ling Tan},
  title     = {Beyond {Kaplan--Meier}: Bayesian Survival Curves for Small Cohorts},
  booktitle = {Proceedings of the 12th Nordic Conference on Health Informatics},
  address   = {Trondheim, Norway},
  pages     = {213--226},
  year      = {2023},
  publisher = {Springer},
}

ORCID iDs for the grant form:
  Zoltán Nagy — https://orcid.org/0000-0002-4471-2099
  Aino Virtanen — 0000-0001-8318-4471
Corresponding author: Nagy Z. (zoltan.nagy@semmelweis.hu), Semmelweis University, Budapest`,
    // Citation keys, DOIs and ORCID iDs are not ours; Kaplan–Meier is a method and Semmelweis a university.
    expected: [
      ['PERSON', 'Nagy, Zoltán'],
      ['PERSON', 'Virtanen, Aino'],
      ['PERSON', 'Okonkwo, Chidinma A.'],
      ['PERSON', 'de la Cruz, Ramón'],
      ['PERSON', 'Rania Haddad'],
      ['PERSON', 'Tomasz Kowalczyk'],
      ['PERSON', 'Siew Ling Tan'],
      ['PERSON', 'Zoltán Nagy'],
      ['PERSON', 'Aino Virtanen'],
      ['PERSON', 'Nagy Z.'],
      ['EMAIL', 'zoltan.nagy@semmelweis.hu'],
    ],
  },
  {
    name: 'Strava bulk export (profile.csv and activities.csv) with a coach in the bio, activity names with a given name, a street segment and kudos',
    text: `Strava bulk export — profile.csv and activities.csv (first rows)

profile.csv
Athlete ID,Email Address,First Name,Last Name,Sex,Description,Weight,City,State,Country
44712093,sanna.rautio@iki.fi,Sanna,Rautio,F,"Trail & ultra. Coach: Jukka Lehtonen. Club: Tampereen Pyrintö",58.0,Tampere,Pirkanmaa,Finland

activities.csv
Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Activity Gear,Filename
10944712093,"Mar 10, 2024, 7:02:14 AM",Aamulenkki Pyynikki with Jukka,Run,3512,10.21,178,84,Hoka Speedgoat 5,activities/11772044712.gpx
10944712094,"Mar 11, 2024, 5:31:40 PM",Paavo Nurmen tie tempo 4x2k,Run,4120,12.48,186,131,Nike Pegasus 40,activities/11772044713.fit.gz
10944712095,"Mar 12, 2024, 6:45:02 AM",Commute,Ride,1804,8.12,151,22,Canyon Grail,activities/11772044714.fit.gz

Segment efforts (activity 10944712094):
Pyynikin portaat — 3:12, PR · Local Legend: Sanna R.
Kudos from: Jukka Lehtonen, Minna Aaltonen, Ville K.`,
    // Paavo Nurmen tie is a street; the club and the gear are not people; Ville K. is never named in full.
    expected: [
      ['EMAIL', 'sanna.rautio@iki.fi'],
      ['PERSON', 'Sanna'],
      ['PERSON', 'Rautio'],
      ['PERSON', 'Jukka Lehtonen'],
      ['PERSON', 'Jukka'],
      ['PERSON', 'Sanna R.'],
      ['PERSON', 'Jukka Lehtonen'],
      ['PERSON', 'Minna Aaltonen'],
    ],
  },
  {
    name: 'CS2 dedicated server config and log with an RCON password, a GSLT, player addresses, a player named in full, handles, SteamIDs and a Web API key',
    text: `// server.cfg — Kestrel.hu | 5v5 Competitive #2 (Budapest)
hostname "Kestrel.hu | 5v5 Competitive #2"
rcon_password "${rconPassword}"
sv_password ""
sv_setsteamaccount "${gslt}" // GSLT
// PatchVersion=1.39.9.3

L 03/12/2024 - 21:14:02: "Bence Horváth<12><[U:1:447120931]><>" connected, address "84.236.44.71:27005"
L 03/12/2024 - 21:14:09: "xX_Ferko_Xx<13><[U:1:118844712]><>" connected, address "188.6.203.17:27005"
L 03/12/2024 - 21:14:40: "Bence Horváth<12><[U:1:447120931]><CT>" say "gg wp, faceit later?"
L 03/12/2024 - 21:31:55: rcon from "5.187.44.120:51034": command "kick xX_Ferko_Xx"
L 03/12/2024 - 21:32:10: Bad Rcon: "rcon_password" from "45.155.204.11:40122"
L 03/12/2024 - 21:40:00: "xX_Ferko_Xx<13><[U:1:118844712]><TERRORIST>" disconnected (reason "Kicked by Console")

$ curl "https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=${steamKey}&steamids=76561198407385659,76561198079110440"
76561198407385659 → personaname "Bence Horváth", loccountrycode HU
76561198079110440 → personaname "xX_Ferko_Xx"`,
    // Handles and SteamIDs are not ours; the patch version is not an address.
    expected: [
      ['SECRET', rconPassword],
      ['SECRET', gslt],
      ['PERSON', 'Bence Horváth'],
      ['IP_ADDRESS', '84.236.44.71'],
      ['IP_ADDRESS', '188.6.203.17'],
      ['PERSON', 'Bence Horváth'],
      ['IP_ADDRESS', '5.187.44.120'],
      ['IP_ADDRESS', '45.155.204.11'],
      ['SECRET', steamKey],
      ['PERSON', 'Bence Horváth'],
    ],
  },
  {
    name: 'freight load manifest Budapest → Odense with VAT, EORI and CVR numbers, plates, a VIN, booking and MRN references, kilos and euro amounts',
    text: `CMR / Load manifest — Kestrel Logistics Kft. · Ref. KL-2024-03-4471
Sender: Kestrel Logistics Kft., Szabadság út 117, 2040 Budaörs, HU · VAT HU24471209 · EORI HU2447120931
Consignee: Nordisk Kestrel A/S, Skibhusvej 44, 5000 Odense C, DK · CVR 44712093 · VAT DK44712093
Truck: MAN TGX 18.510 · plates AEB-447 / trailer XZB-120 · VIN WMA06XZZ7KM447120
Booking refs: FRE-4471209 · Scandlines Rødby–Puttgarden 88447120 · slot Dock 4, 14.03.2024 06:00–07:00
Pallets: 24 × EUR · gross 12.447,50 kg · invoice value € 84.471,20 · Incoterms DAP Odense
Pickup 12.03.2024 08:00 · ETA Odense 14.03.2024 06:00 (delivery address near H.C. Andersen Airport)
Tolls: HU-GO 447120931 · Maut DE 312,44 € · Storebælt 2.447,00 DKK
Customs: T1 MRN 24HU447120931852A1 · seals 447120, 447121`,
    // No personal data: tax and customs ids, plates, VIN, references, amounts; the airport is named after a writer.
    expected: [],
  },
];

describeHoldout('privacy hold-out 16: regions, languages and everyday platforms', cases);
