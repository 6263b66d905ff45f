import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A twentieth hand-written hold-out: business and professional prose in languages other than
 * English, as people paste it into an AI assistant to summarise, translate or answer, where names,
 * contacts and dates sit inside running sentences, letterheads, salutations and signatures rather
 * than in tables. German (an Arbeitszeugnis, an Entlassungsbrief, a WEG Protokoll, an Outlook
 * thread with a quoted original, a Traueranzeige, a motor claim narrative), Austrian German (a
 * Hausverwaltung letter), Swiss German (a teacher's e-mail), French (a lettre de liaison, a
 * procès-verbal of a copropriété, an avocate's mise en demeure), Belgian French (a water-damage
 * claim), Québec French (a billing complaint and reply), Spanish of Spain (an acta of a comunidad
 * de propietarios, a neurology referral), Mexico (a complaint and reply, a letter to a tax
 * preparer), Argentina (a carta documento and a voseo message) and Colombia (a police report),
 * Italian (a board verbale, a lettera di dimissione), Brazilian Portuguese (a Reclame Aqui
 * complaint, a police occurrence record) and European Portuguese (an HR letter), Dutch (VvE
 * notulen) and Flemish (a school letter), Polish (a świadectwo pracy e-mail, a security incident
 * report), Czech (a discharge report), Swedish (a landlord warning and reply), Norwegian (a
 * burglary claim), Danish (a job reference), Finnish (a rent notice and reply), Turkish (a bank
 * complaint and reply), Russian (a meeting protocol), Ukrainian (a statement to the police),
 * Japanese (a business e-mail with 様, a referral letter with an era birth date), Chinese
 * (simplified meeting minutes, a Taiwanese 存證信函), Korean (a customer-centre reply), Arabic (an
 * Emirati experience certificate), Hebrew (a lawyer's warning letter), Hindi (a school letter) and
 * Vietnamese (workplace accident minutes). Names are in native forms and scripts and local orders
 * (family name first in Russian, East Asian and Vietnamese text; patronymics; two Iberian
 * surnames; particles and tussenvoegsels), met in full, by title and family name, by given
 * name, as a nickname, in initial form, in oblique cases (Polish vocative and genitive, Czech
 * accusative, Russian genitive, accusative and dative, Ukrainian genitive) and with titles before or after
 * (Herr Dr., Frau Mag., Ing., Me, Dña., dott.ssa, Eng.º, Pani, paní, MUDr., Bayan, Hanım, Bey,
 * 様, 先生, 女士, 经理, 님, 씨, السيد/, עו"ד, श्रीमती, Ông, Chị). Hard negatives of the same shapes:
 * national and tax ids (Steuer-ID, SV-Nummer, AHV, NIR, registre national, rijksregisternummer,
 * DNI, NUHSA, CURP, an ITIN in the 9xx area, codice fiscale, tessera sanitaria, CPF, RG, NIF, NISS,
 * PESEL, rodné číslo, personnummer, fødselsnummer, TC kimlik, ИНН, РНОКПП, 身份证号, 身分證字號,
 * 주민등록번호, Emirates ID, ת.ז., Aadhaar, CCCD), CLABE, domestic bank accounts and a viitenumero,
 * case, claim, policy, report, order, protocol, registered-letter and police numbers, plates, an
 * IMEI, a version string and loopback, amounts in local formats, dates of employment, stays,
 * incidents, deaths and meetings, a brother's birthday party; and streets, squares, schools,
 * hospitals, rooms, firms, a brand, a prize, diseases, a method and a city named after people
 * (Robert-Bosch-Straße, Carl Gustav Carus, Morbus Crohn, Hashimoto, Sellink, Georges-Pompidou,
 * Brugada, Ramón y Cajal, Doctor Fleming, Hoehn y Yahr, Atanasio Girardot, Premio Marzotto,
 * Agostino Gemelli, Miguel Couto, Thomayerova nemocnice, Bechtěrevova nemoc, Strindbergsgatan,
 * Henrik Ibsens gate, H.C. Andersen, Mannerheimintie, Atatürk Bulvarı, «Ломоносов», вул. Тараса
 * Шевченка, 北里大学病院, 橋本病, 中山东一路, 张小泉, 逸仙路, 中正路, 세종대로, مستشفى راشد,
 * רחוב הרצל, महात्मा गांधी पब्लिक स्कूल, đường Nguyễn Huệ, TP. Hồ Chí Minh), a quoted public figure
 * (Goethe), form placeholders (Erika Mustermann, Ola Nordmann), a login, and people named only by
 * given name (an agent, a fraudster) or only by family name (M. et Mme Castaing). Each case lists
 * every value it expects found, with its type; anything else flagged is a false positive. A title
 * or honorific is no part of a name's span; a maiden name after geb./née counts as the same
 * person's name; a married-name form (Esposito in Russo, Robles de Castañeda) is one span; a lone
 * given or family name, a nickname or an initial form counts only when the same person is named in
 * full elsewhere in the text. A birth date marked geb., *, né(e) le, nacido/nacida, nato/nata,
 * nascido/nascida, urodzona, nar., født, s., doğum tarihi, дата рождения/народження, 生年月日 or
 * 生, 出生, مواليد, जन्म तिथि or sinh ngày is a birth date; an era date and its Western form are two.
 * Fax numbers are phones; "poste" extensions are not part of them. Values are fake: IBANs with valid
 * mod-97 check digits, Luhn-valid made-up cards, an SSN in a valid area, made-up names and numbers.
 */
const k = joinParts;
const tempPassword = k('Wk7#pLq2', '!Zx9');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- Germany
  {
    name: 'German Arbeitszeugnis: Herr Dr. with a birth date in words, the candidate by title and surname, a managing director sharing the company name',
    text: `ARBEITSZEUGNIS

Herr Dr. rer. nat. Matthias Hüttenbrenner, geboren am 3. April 1978 in Würzburg, war vom 1. Oktober 2015 bis zum 31. März 2024 in unserem Unternehmen als Leiter Qualitätssicherung im Geschäftsbereich Analytik tätig.

Die Rothenbach & Söhne Laborbedarf GmbH ist ein mittelständisches Familienunternehmen mit rund 340 Mitarbeiterinnen und Mitarbeitern am Standort Robert-Bosch-Straße 14 in Heilbronn.

Zu den Aufgaben von Herrn Dr. Hüttenbrenner gehörten insbesondere:
– die fachliche und disziplinarische Führung von zwölf Mitarbeitern,
– die Vorbereitung und Begleitung von Audits nach DIN EN ISO/IEC 17025,
– die Zusammenarbeit mit dem Fraunhofer-Institut und der Justus-Liebig-Universität Gießen.

Herr Dr. Hüttenbrenner verfügt über ein umfassendes und fundiertes Fachwissen, das er stets sicher und zielgerichtet einsetzte. Seine Arbeitsweise war geprägt von Zuverlässigkeit, Sorgfalt und Eigeninitiative. Er erledigte die ihm übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit.

Sein Verhalten gegenüber Vorgesetzten, Kollegen und Kunden war stets einwandfrei. Besonders hervorzuheben ist die vertrauensvolle Zusammenarbeit mit unserer Geschäftsführerin Frau Cornelia Rothenbach-Weiß.

Herr Dr. Hüttenbrenner verlässt unser Unternehmen auf eigenen Wunsch. Wir bedauern dies sehr und danken ihm für die stets sehr guten Leistungen. Für seine berufliche und private Zukunft wünschen wir ihm alles Gute und weiterhin viel Erfolg.

Heilbronn, 31. März 2024

i. A. Sabine Kürşat-Lindemann
Leiterin Personal`,
    // Rothenbach & Söhne, the Robert-Bosch-Straße, the Fraunhofer-Institut and the Justus-Liebig-Universität are named after people; employment dates are not birth dates.
    expected: [
      ['PERSON', 'Matthias Hüttenbrenner'],
      ['DATE_OF_BIRTH', '3. April 1978'],
      ['PERSON', 'Hüttenbrenner'],
      ['PERSON', 'Hüttenbrenner'],
      ['PERSON', 'Hüttenbrenner'],
      ['PERSON', 'Cornelia Rothenbach-Weiß'],
      ['PERSON', 'Sabine Kürşat-Lindemann'],
    ],
  },
  {
    name: 'German Entlassungsbrief to the GP: patient with geb., a daughter, the ward doctor with phone and e-mail; a clinic, diseases and a method named after people',
    text: `Universitätsklinikum Carl Gustav Carus Dresden
Medizinische Klinik und Poliklinik I – Gastroenterologie
Fetscherstraße 74, 01307 Dresden

Frau Dr. med. Annegret Wohlfahrt
Fachärztin für Allgemeinmedizin
Bautzner Straße 112
01099 Dresden

Dresden, 14.03.2024

Entlassungsbrief
Patientin: Gisela Brandstätter, geb. 14.09.1951, Versichertennr. A447120938 (AOK Plus)
Aufenthalt: 04.03.2024 – 13.03.2024, Station G2

Sehr geehrte Frau Kollegin Wohlfahrt,

wir berichten über Ihre Patientin Frau Brandstätter, die sich vom 04.03. bis 13.03.2024 in unserer stationären Behandlung befand.

Diagnosen:
– Morbus Crohn mit Ileitis terminalis, Erstdiagnose 2009 (K50.0)
– Hashimoto-Thyreoiditis, substituiert (E06.3)
– Z. n. Cholezystektomie 2017

Anamnese: Die Patientin stellte sich mit seit drei Wochen bestehenden Diarrhöen und einem Gewichtsverlust von 4 kg vor. Fremdanamnestisch berichtete die Tochter, Frau Katrin Brandstätter-Öztürk, über zunehmende Müdigkeit.

Therapie und Verlauf: Unter Budesonid 9 mg/d deutliche Besserung. Eine MR-Enterographie nach Sellink ist ambulant für den 08.04.2024 geplant.

Für Rückfragen steht Ihnen der Stationsarzt gern zur Verfügung (Tel. 0351 458-4471, jonas.ebersbach@ukdd.de).

Mit freundlichen kollegialen Grüßen

Prof. Dr. med. Henrike Tautz-Oberländer        Dr. med. Jonas Ebersbach
Klinikdirektorin                                 Stationsarzt`,
    // The clinic (Carus), Morbus Crohn, Hashimoto and Sellink are named after people; the Versichertennummer, ICD codes and stay dates are not ours.
    expected: [
      ['PERSON', 'Annegret Wohlfahrt'],
      ['PERSON', 'Gisela Brandstätter'],
      ['DATE_OF_BIRTH', '14.09.1951'],
      ['PERSON', 'Wohlfahrt'],
      ['PERSON', 'Brandstätter'],
      ['PERSON', 'Katrin Brandstätter-Öztürk'],
      ['PHONE', '0351 458-4471'],
      ['EMAIL', 'jonas.ebersbach@ukdd.de'],
      ['PERSON', 'Henrike Tautz-Oberländer'],
      ['PERSON', 'Jonas Ebersbach'],
    ],
  },
  {
    name: 'German WEG Protokoll of an owners’ meeting: chair, minute-taker, owners by flat number, a son with a proxy, Hausgeld amounts and the WEG account',
    text: `Protokoll der ordentlichen Eigentümerversammlung 2024
WEG Konrad-Adenauer-Straße 27–29, 53113 Bonn
Datum: Donnerstag, 7. März 2024, 18:30 – 20:45 Uhr
Ort: Gemeindesaal der Lutherkirche, Bonn
Versammlungsleiter: Herr Dipl.-Kfm. Reinhold Pfannenstiel (Pfannenstiel Immobilienverwaltung GmbH)
Protokollführerin: Frau Yasemin Aydoğan-Kraft

Anwesend bzw. vertreten: 14 von 18 Eigentümern mit 712,40/1.000 MEA. Die Beschlussfähigkeit wurde festgestellt. Frau Anneliese Vogt (WE 12) wurde durch ihren Sohn, Herrn Stefan Vogt, vertreten (Vollmacht liegt vor).

TOP 1 – Genehmigung der Jahresabrechnung 2023
Herr Torben Brockhaus (WE 7) beanstandete die Heizkostenabrechnung der Firma Techem. Herr Pfannenstiel erläuterte die Abweichung von 1.284,56 €. Beschluss: angenommen (12 Ja / 1 Nein / 1 Enthaltung).

TOP 2 – Sanierung der Tiefgarage
Es lagen drei Angebote vor. Herr Brockhaus regte an, ein viertes Angebot einzuholen. Beschluss: Sonderumlage von 48.000,00 €, fällig zum 1. Juni 2024, zahlbar auf das WEG-Konto DE15 7005 0000 4471 2093 18.

TOP 3 – Wahl des Verwaltungsbeirats
Gewählt wurden Frau Monika Ehrenreich und Herr Dr. Kwame Asante-Lohmann (je 13 Ja / 1 Enthaltung).

Rückfragen an die Verwaltung: Tel. 0228 9447120, verwaltung@pfannenstiel-immobilien.de

Bonn, 8. März 2024
gez. Reinhold Pfannenstiel          gez. Yasemin Aydoğan-Kraft`,
    // The Konrad-Adenauer-Straße, the Lutherkirche and the Pfannenstiel company are not people; TOP and WE numbers, MEA shares and amounts are not ours.
    expected: [
      ['PERSON', 'Reinhold Pfannenstiel'],
      ['PERSON', 'Yasemin Aydoğan-Kraft'],
      ['PERSON', 'Anneliese Vogt'],
      ['PERSON', 'Stefan Vogt'],
      ['PERSON', 'Torben Brockhaus'],
      ['PERSON', 'Pfannenstiel'],
      ['PERSON', 'Brockhaus'],
      ['IBAN', 'DE15 7005 0000 4471 2093 18'],
      ['PERSON', 'Monika Ehrenreich'],
      ['PERSON', 'Kwame Asante-Lohmann'],
      ['PHONE', '0228 9447120'],
      ['EMAIL', 'verwaltung@pfannenstiel-immobilien.de'],
      ['PERSON', 'Reinhold Pfannenstiel'],
      ['PERSON', 'Yasemin Aydoğan-Kraft'],
    ],
  },
  {
    name: 'German Outlook reply with a quoted original (Von/Gesendet/An/Betreff): tax adviser and client, a child by given name with geb., a Steuer-ID and a refund IBAN',
    text: `Von: Jürgen Waldmüller <j.waldmueller@stb-waldmueller.de>
Gesendet: Dienstag, 12. März 2024 09:14
An: 'Lena Ostrowski' <lena.ostrowski@web.de>
Cc: Büro Waldmüller <buero@stb-waldmueller.de>
Betreff: AW: Einkommensteuererklärung 2023 – fehlende Unterlagen

Hallo Frau Ostrowski,

vielen Dank für die Unterlagen. Für die Erklärung fehlen uns noch:
1. die Bescheinigung der Kita über die Betreuungskosten für Ihren Sohn Mats (geb. 22.06.2019),
2. die Spendenquittung der Deutschen Krebshilfe,
3. Ihre Steuer-ID – bisher liegt uns nur die Ihres Mannes, Herrn Piotr Ostrowski, vor (47 036 892 815).

Mit freundlichen Grüßen

Jürgen Waldmüller
Steuerberater
Steuerkanzlei Waldmüller · Goethestraße 8 · 60313 Frankfurt am Main
Tel. +49 69 2044 7120 · Fax +49 69 2044 7129

-----Ursprüngliche Nachricht-----
Von: Lena Ostrowski <lena.ostrowski@web.de>
Gesendet: Montag, 11. März 2024 22:51
An: Jürgen Waldmüller <j.waldmueller@stb-waldmueller.de>
Betreff: Einkommensteuererklärung 2023

Lieber Herr Waldmüller,
anbei die Belege (Steuernummer 21/815/08150). Die Erstattung bitte wie immer auf DE59 1203 0000 4471 2093 18.
Viele Grüße
Lena Ostrowski
Mobil 0176 44712093`,
    // Mats is named by given name only (his birth date still counts); "Büro Waldmüller" and the Steuerkanzlei are the firm; the Goethestraße is a street; the Steuer-ID and Steuernummer are not ours.
    expected: [
      ['PERSON', 'Jürgen Waldmüller'],
      ['EMAIL', 'j.waldmueller@stb-waldmueller.de'],
      ['PERSON', 'Lena Ostrowski'],
      ['EMAIL', 'lena.ostrowski@web.de'],
      ['EMAIL', 'buero@stb-waldmueller.de'],
      ['PERSON', 'Ostrowski'],
      ['DATE_OF_BIRTH', '22.06.2019'],
      ['PERSON', 'Piotr Ostrowski'],
      ['PERSON', 'Jürgen Waldmüller'],
      ['PHONE', '+49 69 2044 7120'],
      ['PHONE', '+49 69 2044 7129'],
      ['PERSON', 'Lena Ostrowski'],
      ['EMAIL', 'lena.ostrowski@web.de'],
      ['PERSON', 'Jürgen Waldmüller'],
      ['EMAIL', 'j.waldmueller@stb-waldmueller.de'],
      ['PERSON', 'Waldmüller'],
      ['IBAN', 'DE59 1203 0000 4471 2093 18'],
      ['PERSON', 'Lena Ostrowski'],
      ['PHONE', '0176 44712093'],
    ],
  },
  {
    name: 'German Traueranzeige: the deceased with geb. and a star for the birth date, a Goethe quote, mourners, a donation IBAN and the Traueranschrift',
    text: `„Was man tief in seinem Herzen besitzt,
kann man nicht durch den Tod verlieren."
Johann Wolfgang von Goethe

Nach einem erfüllten Leben nahmen wir Abschied von

Hildegard Sommerfeld
geb. Kirchhoff
* 12. Februar 1936    † 2. März 2024

In Liebe und Dankbarkeit
Renate und Klaus-Dieter Sommerfeld
Birgit Lüdecke, geb. Sommerfeld, mit Familie
Enkel und Urenkel

Die Trauerfeier findet am Freitag, dem 15. März 2024, um 11 Uhr in der Kapelle 13 des Friedhofs Ohlsdorf statt. Anstelle zugedachter Blumen bitten wir um eine Spende an das Hospiz Leuchtfeuer, IBAN DE84 5001 0517 4471 2093 18, Stichwort „Hildegard Sommerfeld".

Traueranschrift: Birgit Lüdecke, Bebelallee 41, 22299 Hamburg`,
    // Goethe is quoted as a public figure; Renate is named by given name only; the Bebelallee is named after a person; the death and funeral dates are not birth dates.
    expected: [
      ['PERSON', 'Hildegard Sommerfeld'],
      ['PERSON', 'Kirchhoff'],
      ['DATE_OF_BIRTH', '12. Februar 1936'],
      ['PERSON', 'Klaus-Dieter Sommerfeld'],
      ['PERSON', 'Birgit Lüdecke'],
      ['PERSON', 'Sommerfeld'],
      ['IBAN', 'DE84 5001 0517 4471 2093 18'],
      ['PERSON', 'Hildegard Sommerfeld'],
      ['PERSON', 'Birgit Lüdecke'],
    ],
  },
  {
    name: 'German motor claim narrative in the customer’s own words: geb. date, the other driver with Frau Dr., the wife, a witness, the police officer, plates and an Erika Mustermann sample',
    text: `Schadenmeldung Kfz-Haftpflicht – Schadennummer 24-KH-0447120
Versicherungsnehmer: Bünyamin Çelik, geb. 27.01.1992
Amtl. Kennzeichen: K-BC 4471 · Vertragsnummer 5520-447120-09

Schilderung des Unfallhergangs (bitte in eigenen Worten):
Am Samstag, den 9. März 2024, gegen 17:45 Uhr fuhr ich auf der Aachener Straße stadtauswärts. An der Kreuzung Richard-Wagner-Straße bremste das vor mir fahrende Fahrzeug (VW Golf, K-LM 2093, Fahrerin Frau Dr. Ulrike Meinhardt-Sauer) plötzlich stark ab, weil ein Radfahrer bei Rot über die Ampel fuhr. Ich konnte nicht mehr rechtzeitig bremsen und fuhr auf.
Meine Beifahrerin, meine Frau Melek Çelik, wurde leicht am Nacken verletzt und im St. Elisabeth-Krankenhaus Hohenlind ambulant behandelt.
Zeuge: Herr Friedhelm Schomaker (Fußgänger), Tel. 0221 944 71 20.
Der Unfall wurde von Polizeikommissarin Laura Brandt (PI Köln-West) aufgenommen, Tagebuchnummer 447120/2024.

Für Rückfragen: 0157 44712093 oder buenyamin.celik@gmx.de
Bankverbindung für Erstattungen: DE76 3003 7050 4471 2093 18

Unterschrift (Vor- und Nachname wie im Ausweis, z. B. „Erika Mustermann"): Bünyamin Çelik`,
    // Erika Mustermann is the form's placeholder; the streets and the hospital are named after people or a saint; plates, claim, contract and police numbers and the accident date are not ours.
    expected: [
      ['PERSON', 'Bünyamin Çelik'],
      ['DATE_OF_BIRTH', '27.01.1992'],
      ['PERSON', 'Ulrike Meinhardt-Sauer'],
      ['PERSON', 'Melek Çelik'],
      ['PERSON', 'Friedhelm Schomaker'],
      ['PHONE', '0221 944 71 20'],
      ['PERSON', 'Laura Brandt'],
      ['PHONE', '0157 44712093'],
      ['EMAIL', 'buenyamin.celik@gmx.de'],
      ['IBAN', 'DE76 3003 7050 4471 2093 18'],
      ['PERSON', 'Bünyamin Çelik'],
    ],
  },
  // ---------------------------------------------------------------- Austria, Switzerland
  {
    name: 'Austrian Hausverwaltung letter on rent arrears (Jänner): Frau Mag., the partner named in passing, the clerk with Ing., an AT IBAN and an SV-Nummer',
    text: `HAUSVERWALTUNG STIEGLER & PARTNER GmbH
Johann-Strauß-Gasse 18/4, 1040 Wien
Tel.: +43 1 505 44 71 · office@stiegler-hv.at

Frau
Mag. Theresa Hofbauer-Lindner
Schönbrunner Straße 211/2/14
1120 Wien

Wien, am 11. März 2024
Unser Zeichen: HV-1120-0471/Sw

Betreff: Mietzinsrückstand Jänner bis März 2024 – Top 14

Sehr geehrte Frau Mag. Hofbauer-Lindner,

laut unserer Buchhaltung ist der Mietzins für Jänner, Februar und März 2024 in Höhe von insgesamt € 2.614,20 noch offen. Wir ersuchen Sie, den Betrag binnen 14 Tagen auf unser Konto AT47 3200 0004 4712 0931 (Raiffeisenlandesbank NÖ-Wien) zu überweisen.

Ihr Lebensgefährte, Herr Dominik Prskalo, hat uns am 4. März telefonisch mitgeteilt, dass eine Zahlung unterwegs sei. Bitte beachten Sie, dass wir Auskünfte zum Mietverhältnis nur Ihnen als Mieterin erteilen dürfen.

Für den Antrag auf Wohnbeihilfe benötigen wir Ihre Sozialversicherungsnummer nicht erneut; sie liegt uns bereits vor (1238 030478).

Bei Fragen erreichen Sie die zuständige Sachbearbeiterin, Frau Ing. Barbara Stöckl-Wimmer, unter 0664 447 12 09 oder b.stoeckl@stiegler-hv.at.

Mit freundlichen Grüßen
Ing. Barbara Stöckl-Wimmer`,
    // Stiegler & Partner is the firm; the Johann-Strauß-Gasse is named after a composer; the SV-Nummer, Top and reference numbers and amounts are not ours.
    expected: [
      ['PHONE', '+43 1 505 44 71'],
      ['EMAIL', 'office@stiegler-hv.at'],
      ['PERSON', 'Theresa Hofbauer-Lindner'],
      ['PERSON', 'Hofbauer-Lindner'],
      ['IBAN', 'AT47 3200 0004 4712 0931'],
      ['PERSON', 'Dominik Prskalo'],
      ['PERSON', 'Barbara Stöckl-Wimmer'],
      ['PHONE', '0664 447 12 09'],
      ['EMAIL', 'b.stoeckl@stiegler-hv.at'],
      ['PERSON', 'Barbara Stöckl-Wimmer'],
    ],
  },
  {
    name: 'Swiss teacher’s e-mail to a parent about a class camp: the pupil’s geb. date and AHV number, an assistant and a Zivi, CHF amount and a CH IBAN',
    text: `Von: Simone Gerber-Nussbaumer <simone.gerber@schule-wiedikon.ch>
An: Corinne Wüthrich <c.wuethrich@bluewin.ch>
Datum: 4. März 2024, 16:22
Betreff: Klassenlager 4b – Notfallkarte Leonie Wüthrich

Liebe Frau Wüthrich

Vom Montag, 17. Juni bis Freitag, 21. Juni 2024 findet unser Klassenlager in Lenk im Simmental statt. Begleitet wird die Klasse von mir, von unserer Klassenassistenz Frau Rahel Oberholzer und vom Zivildienstleistenden Luca Bernasconi.

Auf der Notfallkarte von Leonie (geb. 08.02.2014, AHV-Nr. 756.4471.2093.18) fehlen noch die Krankenkasse und Ihre Unterschrift. Könnten Sie die Karte bis Ende Woche nachreichen?

Die Elternbeteiligung beträgt CHF 180.– pro Kind. Bitte überweisen Sie den Betrag bis 15. Mai auf das Konto der Schule: CH22 0023 4471 2093 1852 0, Vermerk «Lager 4b» und Name des Kindes.

Bei Fragen erreichen Sie mich am Mittwochnachmittag unter 079 447 12 09.

Herzliche Grüsse
Simone Gerber-Nussbaumer
Klassenlehrerin 4b, Schulhaus Pestalozzi, Bertastrasse 50, 8003 Zürich`,
    // The Schulhaus Pestalozzi is named after a person; the AHV number is not ours; the camp and payment dates are not birth dates.
    expected: [
      ['PERSON', 'Simone Gerber-Nussbaumer'],
      ['EMAIL', 'simone.gerber@schule-wiedikon.ch'],
      ['PERSON', 'Corinne Wüthrich'],
      ['EMAIL', 'c.wuethrich@bluewin.ch'],
      ['PERSON', 'Leonie Wüthrich'],
      ['PERSON', 'Wüthrich'],
      ['PERSON', 'Rahel Oberholzer'],
      ['PERSON', 'Luca Bernasconi'],
      ['PERSON', 'Leonie'],
      ['DATE_OF_BIRTH', '08.02.2014'],
      ['IBAN', 'CH22 0023 4471 2093 1852 0'],
      ['PHONE', '079 447 12 09'],
      ['PERSON', 'Simone Gerber-Nussbaumer'],
    ],
  },
  // ---------------------------------------------------------------- France, Belgium, Québec
  {
    name: 'French lettre de liaison from cardiology to the GP: née maiden name and birth date in words, a NIR, the personne de confiance; a hospital, avenue and syndrome named after people',
    text: `Hôpital européen Georges-Pompidou – AP-HP
Service de cardiologie – Chef de service : Pr Étienne Marchal-Duval
20, rue Leblanc, 75015 Paris · Secrétariat : 01 56 09 44 71

Paris, le 12 mars 2024

Docteur Nathalie Bouvier-Ancelin
Médecin généraliste
14, avenue Jean-Jaurès
92120 Montrouge

Chère consœur,

Je vous adresse en retour votre patiente, Mme Josiane Lefèvre, née Perrin le 3 avril 1948 (NIR 2 48 04 75 114 471 58), hospitalisée du 4 au 11 mars 2024 pour une syncope à l'effort.

Le bilan a mis en évidence un aspect de type syndrome de Brugada, sans trouble du rythme ventriculaire au Holter. Elle présente par ailleurs une maladie de Parkinson débutante, suivie par le Dr Fabrice Ong à la Pitié-Salpêtrière.

Son fils, M. Karim Lefèvre-Benali (06 12 44 71 20), a été désigné personne de confiance. Mme Lefèvre sortira à domicile le 11 mars avec une consultation de contrôle prévue le 15 avril 2024 à 9 h 30.

Je reste à votre disposition pour tout renseignement complémentaire.

Bien confraternellement,

Dr Élodie Carrasco-Vidal
Cheffe de clinique – elodie.carrasco-vidal@aphp.fr`,
    // Georges-Pompidou, Jean-Jaurès, Brugada and Parkinson are named after people; the NIR is not ours; stay and follow-up dates are not birth dates.
    expected: [
      ['PERSON', 'Étienne Marchal-Duval'],
      ['PHONE', '01 56 09 44 71'],
      ['PERSON', 'Nathalie Bouvier-Ancelin'],
      ['PERSON', 'Josiane Lefèvre'],
      ['PERSON', 'Perrin'],
      ['DATE_OF_BIRTH', '3 avril 1948'],
      ['PERSON', 'Fabrice Ong'],
      ['PERSON', 'Karim Lefèvre-Benali'],
      ['PHONE', '06 12 44 71 20'],
      ['PERSON', 'Lefèvre'],
      ['PERSON', 'Élodie Carrasco-Vidal'],
      ['EMAIL', 'elodie.carrasco-vidal@aphp.fr'],
    ],
  },
  {
    name: 'French procès-verbal of a copropriété general meeting: président, scrutateurs, secrétaire, votes by name, a defaulting owner and the huissier (Me)',
    gap: '"Castaing", named by family name only ("M. et Mme Castaing"), is flagged',
    text: `PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU 5 MARS 2024
Syndicat des copropriétaires de la Résidence « Les Jardins de Montaigne »
42, cours Victor-Hugo, 33000 Bordeaux
Syndic : Cabinet Larrieu Immobilier, 05 56 44 71 20, gestion@larrieu-immobilier.fr

L'assemblée s'est tenue le mardi 5 mars 2024 à 18 h 30, salle Jacques-Chaban-Delmas. Présents ou représentés : 31 copropriétaires totalisant 7 214/10 000 tantièmes.

Bureau de séance :
Président : M. Hervé Lacombe-Dussaut (lot n° 12)
Scrutateurs : Mme Fatoumata Diarra (lot n° 4) et M. Jean-Baptiste Escarpit (lot n° 21)
Secrétaire : Mme Sandrine Peyrelongue, représentant le syndic

Résolution n° 7 – Travaux de ravalement de façade, devis de l'entreprise Dufau Frères pour 148 320,00 € TTC.
Votent contre : M. et Mme Castaing (lots 8 et 9), Mme Diarra. S'abstient : M. Escarpit. Résolution adoptée à la majorité de l'article 25.

Résolution n° 9 – Recouvrement des charges impayées.
M. Grégoire Abadie-Lartigue (lot n° 17) reste débiteur de 3 412,75 € au 31 décembre 2023. L'assemblée autorise le syndic à faire délivrer un commandement de payer par Me Claire Etcheverry, commissaire de justice à Mérignac.

L'ordre du jour étant épuisé, la séance est levée à 20 h 50.`,
    // Montaigne, the cours Victor-Hugo, the salle Jacques-Chaban-Delmas, the Cabinet Larrieu and Dufau Frères are named after people; M. et Mme Castaing are named by family name only; lots, tantièmes and amounts are not ours.
    expected: [
      ['PHONE', '05 56 44 71 20'],
      ['EMAIL', 'gestion@larrieu-immobilier.fr'],
      ['PERSON', 'Hervé Lacombe-Dussaut'],
      ['PERSON', 'Fatoumata Diarra'],
      ['PERSON', 'Jean-Baptiste Escarpit'],
      ['PERSON', 'Sandrine Peyrelongue'],
      ['PERSON', 'Diarra'],
      ['PERSON', 'Escarpit'],
      ['PERSON', 'Grégoire Abadie-Lartigue'],
      ['PERSON', 'Claire Etcheverry'],
    ],
  },
  {
    name: 'French avocate’s mise en demeure (LRAR): Me in the letterhead, the defendant manager, the client with a Polish name, a dossier reference "X c/ Y", amounts',
    text: `SELARL ETCHEGARAY-BONNARD AVOCATS
Me Anne-Sophie Delacroix
Avocate au Barreau de Lyon
45, cours Lafayette – 69006 Lyon
Tél. : 04 78 44 71 20 – as.delacroix@eb-avocats.fr

LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION n° 1A 447 120 9318 5

Monsieur Régis Fontanel
Gérant de la SARL Fontanel Rénovation
12, rue Paul-Bert
69003 Lyon

Lyon, le 13 mars 2024
N/Réf. : 24/0471 – Kasprzak c/ Fontanel Rénovation

Objet : Mise en demeure

Monsieur,

J'interviens au nom et pour le compte de Mme Bożena Kasprzak, demeurant 8, place Jean-Macé, 69007 Lyon, qui m'a chargée de la défense de ses intérêts dans le litige qui l'oppose à votre société.

Par devis n° D-2023-118 du 14 septembre 2023, ma cliente vous a confié la rénovation de sa salle de bains pour un montant de 18 640,00 € TTC, dont un acompte de 5 592,00 € a été réglé le 2 octobre 2023. Les travaux, qui devaient s'achever le 15 décembre 2023, sont à l'arrêt depuis cette date.

Je vous mets en demeure d'achever les travaux sous quinze jours à compter de la réception de la présente ou, à défaut, de restituer l'acompte. À défaut, j'ai reçu instruction de saisir le tribunal judiciaire de Lyon.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

Anne-Sophie Delacroix`,
    // The SELARL and Fontanel Rénovation are firms named after people; the cours Lafayette, rue Paul-Bert and place Jean-Macé too; the LRAR, devis and file numbers are not ours.
    expected: [
      ['PERSON', 'Anne-Sophie Delacroix'],
      ['PHONE', '04 78 44 71 20'],
      ['EMAIL', 'as.delacroix@eb-avocats.fr'],
      ['PERSON', 'Régis Fontanel'],
      ['PERSON', 'Kasprzak'],
      ['PERSON', 'Bożena Kasprzak'],
      ['PERSON', 'Anne-Sophie Delacroix'],
    ],
  },
  {
    name: 'Belgian water-damage claim e-mail to a broker (Outlook "De/Envoyé/À/Objet"): neighbour above, the syndic’s GSM, a BE IBAN, a registre national number and née le',
    text: `De : Amélie Vandenbroucke <amelie.vdb@skynet.be>
Envoyé : lundi 11 mars 2024 08:47
À : Dewaele & Fils Assurances <sinistres@dewaele-assurances.be>
Objet : Déclaration de sinistre dégât des eaux – police n° 71/4471209

Madame, Monsieur,

Dans la nuit du 8 au 9 mars 2024, une conduite d'eau a cédé dans l'appartement situé au-dessus du mien (avenue Louise 231, boîte 12, 1050 Ixelles), occupé par M. Olivier Mertens-Bogaert. Le plafond de ma cuisine et le parquet du séjour sont endommagés.

Le syndic, M. Pascal Verhaegen (0475 44 71 20), est passé constater les dégâts le 9 mars au matin et a fait couper l'eau. M. Mertens-Bogaert est joignable au +32 2 647 12 09 ; son assureur est AG Insurance.

Preneur d'assurance : Amélie Vandenbroucke, née le 12/03/1984 à Courtrai, n° de registre national 84.03.12-447.21.
Pour l'indemnisation, merci d'utiliser mon compte BE46 0014 4712 0931.

Vous trouverez en annexe les photos et le constat amiable dégâts des eaux signé par les deux parties.

Bien à vous,
Amélie Vandenbroucke
GSM 0486 20 44 71`,
    // Dewaele & Fils is a firm; the avenue Louise is named after a princess; the policy and registre national numbers and the incident date are not ours.
    expected: [
      ['PERSON', 'Amélie Vandenbroucke'],
      ['EMAIL', 'amelie.vdb@skynet.be'],
      ['EMAIL', 'sinistres@dewaele-assurances.be'],
      ['PERSON', 'Olivier Mertens-Bogaert'],
      ['PERSON', 'Pascal Verhaegen'],
      ['PHONE', '0475 44 71 20'],
      ['PERSON', 'Mertens-Bogaert'],
      ['PHONE', '+32 2 647 12 09'],
      ['PERSON', 'Amélie Vandenbroucke'],
      ['DATE_OF_BIRTH', '12/03/1984'],
      ['IBAN', 'BE46 0014 4712 0931'],
      ['PERSON', 'Amélie Vandenbroucke'],
      ['PHONE', '0486 20 44 71'],
    ],
  },
  {
    name: 'Québec billing complaint and the complaints office reply: a spouse, an agent by given name, phones with "poste", a videotron address and an account number',
    text: `Objet : Plainte – facturation erronée, compte 4471 2093 185

Bonjour,

Je m'appelle Geneviève Tremblay-Ouellet et je suis cliente chez vous depuis 2011. Depuis janvier, ma facture d'Internet est passée de 64,95 $ à 112,40 $ sans préavis. J'ai appelé le service à la clientèle trois fois; la dernière fois, le 28 février, j'ai parlé à un agent qui s'est présenté comme « Maxime » et qui m'a promis un crédit qui n'est jamais arrivé. Mon conjoint, Jean-François Gagnon, s'est aussi présenté à la boutique du Carrefour Laval, sans succès.

Vous pouvez me joindre au 514 447-1209 (cellulaire) ou au 450 555-0147, poste 3 (travail). Mon courriel : gen.tremblay.ouellet@videotron.ca

Geneviève Tremblay-Ouellet
2451, rue Jean-Talon Est, Montréal (Québec)  H2E 1W2

-----
Bonjour Madame Tremblay-Ouellet,

Nous avons bien reçu votre plainte (dossier PLT-2024-044712) et nous vous présentons nos excuses. Un crédit de 141,35 $ a été appliqué à votre compte et votre tarif a été rétabli à 64,95 $ pour les douze prochains mois.

Pour toute question, communiquez avec moi directement au 1 888 447-1209, poste 4471.

Cordialement,
Mélanie Bergeron-Cloutier
Conseillère, Bureau des plaintes`,
    // Maxime is an agent named by given name only; the rue Jean-Talon is named after a person; account and file numbers and amounts are not ours; "poste" extensions are no part of a phone.
    expected: [
      ['PERSON', 'Geneviève Tremblay-Ouellet'],
      ['PERSON', 'Jean-François Gagnon'],
      ['PHONE', '514 447-1209'],
      ['PHONE', '450 555-0147'],
      ['EMAIL', 'gen.tremblay.ouellet@videotron.ca'],
      ['PERSON', 'Geneviève Tremblay-Ouellet'],
      ['PERSON', 'Tremblay-Ouellet'],
      ['PHONE', '1 888 447-1209'],
      ['PERSON', 'Mélanie Bergeron-Cloutier'],
    ],
  },
  // ---------------------------------------------------------------- Spain, Mexico, Argentina, Colombia
  {
    name: 'Spanish acta of a comunidad de propietarios: Dña. and D. with two surnames, a compound surname with "de", a defaulting owner’s DNI, a street named after a scientist',
    text: `ACTA DE LA JUNTA GENERAL ORDINARIA DE PROPIETARIOS
Comunidad de Propietarios Calle de Ramón y Cajal, 14 – 28016 Madrid

En Madrid, siendo las 19:00 horas del miércoles 6 de marzo de 2024, en segunda convocatoria, se reúnen en el portal de la finca los propietarios que a continuación se relacionan, bajo la presidencia de Dña. María del Carmen Ruiz Bautista (1.º A), actuando como Secretario-Administrador D. Álvaro Sáenz de Santamaría Olmedo, colegiado n.º 4471 del Colegio de Administradores de Fincas de Madrid.

Asistentes: D. Joaquín Ibarra Goñi (2.º B), Dña. Nuria Castells i Puig (3.º A), D. Jiahui Chen (3.º C) y D. Mohamed El Amrani Bouziane (Bajo C), además de cinco propietarios representados.

1.º Aprobación de las cuentas del ejercicio 2023. Se aprueban por unanimidad.

2.º Derrama para la instalación del ascensor. Se acuerda una derrama de 84.600,00 € en doce cuotas mensuales, a ingresar en la cuenta de la comunidad ES53 2100 0418 4444 7120 9318.

3.º Morosidad. El Administrador informa de que D. Ignacio Valverde Lozano (4.º D), con DNI 44712093R, adeuda 2.318,40 € a 31 de diciembre de 2023. Se acuerda iniciar procedimiento monitorio.

4.º Ruegos y preguntas. La señora Ruiz Bautista agradece al señor Chen la gestión del presupuesto de la puerta del garaje.

Sin más asuntos que tratar, se levanta la sesión a las 20:40 horas. Contacto del Administrador: 91 447 12 09 · administracion@saenzfincas.es`,
    // The Calle de Ramón y Cajal is named after a scientist; the DNI, the colegiado number, floors and amounts are not ours.
    expected: [
      ['PERSON', 'María del Carmen Ruiz Bautista'],
      ['PERSON', 'Álvaro Sáenz de Santamaría Olmedo'],
      ['PERSON', 'Joaquín Ibarra Goñi'],
      ['PERSON', 'Nuria Castells i Puig'],
      ['PERSON', 'Jiahui Chen'],
      ['PERSON', 'Mohamed El Amrani Bouziane'],
      ['IBAN', 'ES53 2100 0418 4444 7120 9318'],
      ['PERSON', 'Ignacio Valverde Lozano'],
      ['PERSON', 'Ruiz Bautista'],
      ['PERSON', 'Chen'],
      ['PHONE', '91 447 12 09'],
      ['EMAIL', 'administracion@saenzfincas.es'],
    ],
  },
  {
    name: 'Spanish neurology referral to primary care: fecha de nacimiento, a NUHSA, the wife, a colleague (Dra.), a health centre and a scale named after people',
    text: `HOSPITAL UNIVERSITARIO VIRGEN DEL ROCÍO – SERVICIO DE NEUROLOGÍA
Avda. Manuel Siurot, s/n · 41013 Sevilla

INFORME DE DERIVACIÓN A ATENCIÓN PRIMARIA
Paciente: D. Francisco Javier Moreno Carrasco
Fecha de nacimiento: 17/08/1959 · NUHSA: AN0447120931 · Tel.: 654 471 209
Médica de familia: Dra. Rocío Almagro Pineda, Centro de Salud Doctor Fleming

Varón de 64 años con enfermedad de Parkinson de seis años de evolución, estadio 2 de Hoehn y Yahr. Acude a consulta el 11/03/2024 acompañado de su esposa, Dña. Encarnación Rubio Salas, que refiere empeoramiento de la marcha y dos caídas en el último mes.

Ha sido valorado también por la Dra. Lucía Ferrández Ortuño, de la Unidad de Trastornos del Movimiento, que propone ajuste de levodopa (ver pauta adjunta) y derivación a fisioterapia.

Se solicita a su médica de familia control de tensión arterial y revisión en cuatro semanas. Próxima cita en nuestra consulta: 10/06/2024.

Fdo.: Dr. Andrés Pizarro Quintana
FEA Neurología · N.º colegiado 41/4471209`,
    // The avenue, the Centro de Salud Doctor Fleming, Parkinson and Hoehn y Yahr are named after people; the NUHSA and colegiado numbers and visit dates are not ours.
    expected: [
      ['PERSON', 'Francisco Javier Moreno Carrasco'],
      ['DATE_OF_BIRTH', '17/08/1959'],
      ['PHONE', '654 471 209'],
      ['PERSON', 'Rocío Almagro Pineda'],
      ['PERSON', 'Encarnación Rubio Salas'],
      ['PERSON', 'Lucía Ferrández Ortuño'],
      ['PERSON', 'Andrés Pizarro Quintana'],
    ],
  },
  {
    name: 'Mexican complaint to a phone company and its reply: the line number as a phone, a son with Lic., a CURP, a report number, an avenue named after a president',
    text: `Asunto: Queja por cobro indebido – línea 55 4471 2093

Buenas tardes:

Mi nombre es Guadalupe Hernández Villaseñor y soy titular de la línea 55 4471 2093 desde 2018. En mi estado de cuenta de febrero aparece un cargo de $1,249.00 MXN por un "paquete internacional" que nunca contraté. Ya levanté el reporte 0447120931 en su línea de atención y la asesora, la Srita. Karla, me dijo que en 72 horas se reflejaría la bonificación. Han pasado tres semanas.

Adjunto copia de mi INE y mi CURP (HEVG850412MDFRLD09) como me lo pidieron.

Si no obtengo respuesta presentaré la queja ante la PROFECO. También pueden comunicarse con mi hijo, el Lic. Rodrigo Ávila Hernández, al 33 1447 2093.

Atentamente,
Guadalupe Hernández Villaseñor
Av. Benito Juárez 1204, Col. Centro, Toluca, Edo. de México
guadalupe.hdzv@hotmail.com

---
Estimada Sra. Hernández Villaseñor:

Lamentamos las molestias. Hemos aplicado una bonificación de $1,249.00 MXN que verá reflejada en su próximo estado de cuenta y dimos de baja el paquete internacional.

Atentamente,
Ing. Héctor Manuel Treviño Garza
Gerente de Atención a Clientes`,
    // Karla is named by given name only; the avenue is named after a president; the CURP, the report number and amounts are not ours.
    expected: [
      ['PHONE', '55 4471 2093'],
      ['PERSON', 'Guadalupe Hernández Villaseñor'],
      ['PHONE', '55 4471 2093'],
      ['PERSON', 'Rodrigo Ávila Hernández'],
      ['PHONE', '33 1447 2093'],
      ['PERSON', 'Guadalupe Hernández Villaseñor'],
      ['EMAIL', 'guadalupe.hdzv@hotmail.com'],
      ['PERSON', 'Hernández Villaseñor'],
      ['PERSON', 'Héctor Manuel Treviño Garza'],
    ],
  },
  {
    name: 'Mexican wife’s letter to a tax preparer about US taxes: US SSN, a 9xx ITIN, a birth date in words, US and Mexican phones, a CLABE and a married name with "de"',
    text: `Estimada contadora, Lic. Verónica Saldaña:

Le escribo para entregarle los datos de mi esposo para la declaración de impuestos (taxes) de 2023 en Estados Unidos. Él trabajó de marzo a noviembre en una empacadora en Amarillo, Texas, y regresó a Zacatecas en diciembre.

Nombre: José Refugio Castañeda Ibarra
Fecha de nacimiento: 19 de marzo de 1981
Número de Seguro Social: 529-44-7120
Teléfono en EE. UU. (ya no lo usa): (806) 555-0143
Celular en México: 492 144 7120

Yo no tengo Seguro Social; mi ITIN es 912-74-4712, por si lo necesita para declarar en conjunto.

Para el depósito del reembolso le paso nuestra CLABE de BBVA: 012930004471209318.

Quedo pendiente de su respuesta. Saludos cordiales,
María de los Ángeles Robles de Castañeda`,
    // The ITIN starts with 9 and is not an SSN; the CLABE is a domestic account number, not an IBAN; the work months are not dates of birth.
    expected: [
      ['PERSON', 'Verónica Saldaña'],
      ['PERSON', 'José Refugio Castañeda Ibarra'],
      ['DATE_OF_BIRTH', '19 de marzo de 1981'],
      ['US_SSN', '529-44-7120'],
      ['PHONE', '(806) 555-0143'],
      ['PHONE', '492 144 7120'],
      ['PERSON', 'María de los Ángeles Robles de Castañeda'],
    ],
  },
  {
    name: 'Argentine carta documento for unpaid rent and the lawyer’s message to her client: DNI with dots, T.º/F.º, voseo, a 15 mobile and +54 9, a nickname signature',
    text: `CARTA DOCUMENTO N.º CD 447120931 (Correo Argentino)

Remitente: Dra. Valeria Soledad Iturbe, abogada, T.º 104 F.º 471 CPACF, en representación de Mariano Ezequiel Lombardi, DNI 27.447.120, con domicilio constituido en Av. Corrientes 1847, piso 6.º, CABA.

Destinataria: Sra. Silvina Mabel Rapetti, DNI 31.209.318, Av. Juan B. Justo 4471, 2.º "B", CABA.

Por la presente, en representación de mi mandante, la intimo para que en el plazo perentorio de diez (10) días hábiles abone la suma de $ 1.842.600 (pesos un millón ochocientos cuarenta y dos mil seiscientos) en concepto de alquileres adeudados de los meses de diciembre de 2023 a marzo de 2024, bajo apercibimiento de iniciar juicio de desalojo y cobro de pesos. Queda Ud. debidamente notificada.

---
Mariano, te paso el texto de la CD que mandamos hoy. Si Rapetti te llama al celu no le contestes; que hable conmigo al 11 15-4471-2093 o por WhatsApp al +54 9 11 4471-2093. Cualquier cosa me avisás.
Saludos, Vale`,
    // The avenue Juan B. Justo is named after a person; DNIs with dots, the T.º/F.º register entry, the CD number and amounts are not ours.
    expected: [
      ['PERSON', 'Valeria Soledad Iturbe'],
      ['PERSON', 'Mariano Ezequiel Lombardi'],
      ['PERSON', 'Silvina Mabel Rapetti'],
      ['PERSON', 'Mariano'],
      ['PERSON', 'Rapetti'],
      ['PHONE', '11 15-4471-2093'],
      ['PHONE', '+54 9 11 4471-2093'],
      ['PERSON', 'Vale'],
    ],
  },
  {
    name: 'Colombian police executive report on a phone robbery: the patrol officer, the victim with C.C. and nacida el, the stolen line, a witness, an IMEI; a stadium and hospital named after people',
    text: `POLICÍA NACIONAL DE COLOMBIA – ESTACIÓN DE POLICÍA LAURELES, MEDELLÍN
INFORME EJECUTIVO (FPJ-3)
Noticia criminal N.º 050016000206202404471

Fecha y hora de los hechos: 9 de marzo de 2024, 22:40
Lugar: Carrera 70 con Calle 44, salida del Estadio Atanasio Girardot

El suscrito patrullero, PT. Brayan Stiven Úsuga Restrepo, placa 044712, adscrito al cuadrante 11, atendió el llamado de la señora Luz Marina Cardona Ospina, identificada con C.C. 43.447.120 de Medellín, nacida el 2 de febrero de 1971, quien manifestó que dos sujetos que se desplazaban en motocicleta le hurtaron su celular Samsung Galaxy A54 (IMEI 356447120931852), línea 310 447 1209, intimidándola con arma blanca.

La víctima presentó una lesión superficial en el antebrazo izquierdo y fue trasladada al Hospital Pablo Tobón Uribe. Testigo de los hechos: el señor Jhon Fredy Zapata Gil, vendedor ambulante, celular 314 209 4471, quien aportó la descripción de los sujetos.

Se deja constancia de que la víctima fue informada de sus derechos.`,
    // The stadium and hospital are named after people; the noticia criminal, the cédula, the officer's badge and the IMEI are not ours; the incident date is not a birth date.
    expected: [
      ['PERSON', 'Brayan Stiven Úsuga Restrepo'],
      ['PERSON', 'Luz Marina Cardona Ospina'],
      ['DATE_OF_BIRTH', '2 de febrero de 1971'],
      ['PHONE', '310 447 1209'],
      ['PERSON', 'Jhon Fredy Zapata Gil'],
      ['PHONE', '314 209 4471'],
    ],
  },
  // ---------------------------------------------------------------- Italy
  {
    name: 'Italian verbale of a board meeting: dott., ing., rag., dott.ssa and sig.ra titles, a new director nato il with his codice fiscale, a family company and a prize named after people',
    text: `VERBALE DI RIUNIONE DEL CONSIGLIO DI AMMINISTRAZIONE
ROSSETTI & FIGLI MECCANICA S.r.l. – Via Guglielmo Marconi 47, 40122 Bologna
C.F. e P.IVA 04471209318 – REA BO-447120

Il giorno 8 marzo 2024, alle ore 15:00, presso la sede sociale, si è riunito il Consiglio di Amministrazione per discutere il seguente ordine del giorno:
1. nomina del Direttore Generale;
2. candidatura al Premio Marzotto per l'innovazione.

Sono presenti il Presidente, dott. Giancarlo Rossetti, i consiglieri ing. Federica Baldassarri e rag. Salvatore Lo Presti e, per il Collegio Sindacale, la dott.ssa Marisa Cantarutti. Assume la presidenza il dott. Rossetti, che chiama a fungere da segretaria la sig.ra Ilaria Donnarumma, che accetta.

1. Il Presidente propone la nomina a Direttore Generale dell'ing. Tommaso Venturelli, nato a Modena il 12 maggio 1976, codice fiscale VNTTMS76E12F257X, con decorrenza 1° aprile 2024 e un compenso annuo lordo di € 145.000,00. Il Consiglio delibera all'unanimità. L'ing. Venturelli, collegato in videoconferenza, ringrazia e accetta.

2. Il Consiglio approva la candidatura al Premio Marzotto e incarica l'ing. Baldassarri di predisporre la documentazione entro il 30 aprile.

Null'altro essendovi da deliberare, la seduta è tolta alle ore 16:20.

Il Presidente (dott. Giancarlo Rossetti)        La Segretaria (Ilaria Donnarumma)`,
    // ROSSETTI & FIGLI is a family firm; Via Guglielmo Marconi and the Premio Marzotto are named after people; the codice fiscale, P.IVA, REA and amounts are not ours.
    expected: [
      ['PERSON', 'Giancarlo Rossetti'],
      ['PERSON', 'Federica Baldassarri'],
      ['PERSON', 'Salvatore Lo Presti'],
      ['PERSON', 'Marisa Cantarutti'],
      ['PERSON', 'Rossetti'],
      ['PERSON', 'Ilaria Donnarumma'],
      ['PERSON', 'Tommaso Venturelli'],
      ['DATE_OF_BIRTH', '12 maggio 1976'],
      ['PERSON', 'Venturelli'],
      ['PERSON', 'Baldassarri'],
      ['PERSON', 'Giancarlo Rossetti'],
      ['PERSON', 'Ilaria Donnarumma'],
    ],
  },
  {
    name: 'Italian lettera di dimissione to the GP: a married-name form "Esposito in Russo", nata a … il, codice fiscale and tessera sanitaria, the daughter caregiver, follow-up doctor',
    text: `Fondazione Policlinico Universitario Agostino Gemelli IRCCS
UOC Medicina Interna e Geriatria – Largo Agostino Gemelli 8, 00168 Roma

LETTERA DI DIMISSIONE
Paziente: sig.ra Concetta Esposito in Russo, nata a Napoli il 21/11/1942
C.F.: SPSCCT42S61F839K – Tessera sanitaria n. 80380000804471209318
Ricovero dal 02/03/2024 al 12/03/2024

Gentile Collega, dott. Pasquale Iannuzzi,

la Sua assistita è stata ricoverata presso il nostro reparto per scompenso cardiaco congestizio in paziente con fibrillazione atriale permanente e morbo di Alzheimer in fase iniziale. Durante la degenza è stata impostata terapia diuretica con beneficio clinico.

Alla dimissione la paziente è affidata alla figlia, sig.ra Annalisa Russo (cell. 339 447 1209), caregiver principale, alla quale sono state fornite le indicazioni sulla terapia e sul controllo quotidiano del peso.

Si programma visita di controllo presso l'ambulatorio di cardiologia del dott. Riccardo De Santis il 28/03/2024 alle ore 10:30.

Cordiali saluti.
Il medico dimettente: dott.ssa Giulia Pietrangeli – tel. reparto 06 3015 4471`,
    // The Policlinico and the Largo are named after Agostino Gemelli; Alzheimer is a disease; the codice fiscale, tessera sanitaria and visit dates are not ours.
    expected: [
      ['PERSON', 'Concetta Esposito in Russo'],
      ['DATE_OF_BIRTH', '21/11/1942'],
      ['PERSON', 'Pasquale Iannuzzi'],
      ['PERSON', 'Annalisa Russo'],
      ['PHONE', '339 447 1209'],
      ['PERSON', 'Riccardo De Santis'],
      ['PERSON', 'Giulia Pietrangeli'],
      ['PHONE', '06 3015 4471'],
    ],
  },
  // ---------------------------------------------------------------- Brazil, Portugal
  {
    name: 'Brazilian Reclame Aqui complaint and the company reply: CPF as PIX key, a masked card, a protocol number, an attendant by given name, an avenue named after a brigadier',
    text: `Reclamação #144712093 – Reclame AQUI
Cobrança indevida após cancelamento do plano
São Paulo - SP · 11/03/2024

Olá, meu nome é Thaís Cavalcanti de Albuquerque e cancelei meu plano da academia em 15/01/2024 pelo aplicativo, protocolo 2024011544712. Mesmo assim, em fevereiro e março continuaram debitando R$ 149,90 no meu cartão final 4471. Falei com a atendente Jéssica pelo chat da unidade da Av. Brigadeiro Faria Lima e ela disse que não havia registro do cancelamento.

Meu CPF é 447.120.931-85 e minha chave PIX é o próprio CPF, caso queiram estornar. Meu celular é (11) 98447-1209.

Quero o estorno de R$ 299,80 e o cancelamento definitivo.

Resposta da empresa – 12/03/2024
Olá, Thaís! Aqui é o Rafael Nogueira Bastos, da Ouvidoria da BodyFit Academias. Pedimos desculpas pelo transtorno. Localizamos o seu pedido de cancelamento e o estorno de R$ 299,80 já foi solicitado para a sua chave PIX. Tentamos contato pelo número (11) 98447-1209, sem sucesso. Em caso de dúvidas: ouvidoria@bodyfit.com.br ou 0800 447 1209.

Abraços,
Rafael Nogueira Bastos`,
    // Jéssica is named by given name only; the avenue is named after a person; the CPF, protocol numbers, the masked card and amounts are not ours; the cancellation date is not a birth date.
    expected: [
      ['PERSON', 'Thaís Cavalcanti de Albuquerque'],
      ['PHONE', '(11) 98447-1209'],
      ['PERSON', 'Thaís'],
      ['PERSON', 'Rafael Nogueira Bastos'],
      ['PHONE', '(11) 98447-1209'],
      ['EMAIL', 'ouvidoria@bodyfit.com.br'],
      ['PHONE', '0800 447 1209'],
      ['PERSON', 'Rafael Nogueira Bastos'],
    ],
  },
  {
    name: 'Brazilian police occurrence record (histórico): the victim nascida em with RG and CPF, the doorman, the ex-partner with his birth date, the delegada and the escrivão',
    text: `POLÍCIA CIVIL DO ESTADO DO RIO DE JANEIRO
12ª DP (Copacabana) – Registro de Ocorrência n.º 012-04471/2024

HISTÓRICO
Compareceu a esta Delegacia a Sra. Marcela Figueiredo Tavares, brasileira, solteira, nascida em 14/02/1990, RG 24.471.209-3 DETRAN/RJ, CPF 209.318.447-10, residente na Rua Barata Ribeiro, 447, apto 1209, Copacabana, telefone (21) 99447-1209, narrando que, no dia 09/03/2024, por volta das 23h30, ao chegar ao seu prédio, foi abordada por seu ex-companheiro, Leandro Bragança Moura, nascido em 03/07/1987, que a empurrou contra o portão e tomou seu aparelho celular.

A comunicante foi socorrida pelo porteiro do edifício, Sr. Josué Pereira da Silva Neto, que presenciou os fatos, e encaminhada ao Hospital Municipal Miguel Couto, onde recebeu atendimento. A comunicante informa que possui medida protetiva de urgência em desfavor do autor, deferida em janeiro de 2024.

Autoridade: Delegada Dra. Patrícia Lemos Xavier
Escrivão: Anderson Luiz Rocha`,
    // The Rua Barata Ribeiro and the Hospital Miguel Couto are named after people; the RG, the CPF and the record number are not ours; the incident date is not a birth date.
    expected: [
      ['PERSON', 'Marcela Figueiredo Tavares'],
      ['DATE_OF_BIRTH', '14/02/1990'],
      ['PHONE', '(21) 99447-1209'],
      ['PERSON', 'Leandro Bragança Moura'],
      ['DATE_OF_BIRTH', '03/07/1987'],
      ['PERSON', 'Josué Pereira da Silva Neto'],
      ['PERSON', 'Patrícia Lemos Xavier'],
      ['PERSON', 'Anderson Luiz Rocha'],
    ],
  },
  {
    name: 'Portuguese HR letter ending a contract in the trial period: Exmo. Senhor Eng.º, the two surnames alone, NIF and NISS, a PT IBAN, the HR contact with Dr.ª',
    text: `Exmo. Senhor
Eng.º Duarte Miguel Sequeira Amaral
Rua Almeida Garrett, 118, 3.º Esq.
4000-069 Porto

Lisboa, 11 de março de 2024
Ref.ª: RH/2024/0471

Assunto: Denúncia do contrato de trabalho durante o período experimental

Exmo. Senhor Eng.º Sequeira Amaral,

Nos termos do artigo 114.º do Código do Trabalho, vimos comunicar a V. Ex.ª a denúncia do contrato de trabalho celebrado em 2 de janeiro de 2024, com efeitos a partir de 25 de março de 2024.

Os créditos laborais vencidos serão transferidos para a conta com o IBAN PT62 0007 0000 4471 2093 1852 0, indicada por V. Ex.ª na ficha de admissão (NIF 244712093, NISS 12044712093).

Para a devolução do equipamento (computador portátil, inventário TI-04471), queira contactar a Dr.ª Inês Barbosa Valadares, da Direção de Recursos Humanos, através do telefone 213 447 120 ou do endereço ines.valadares@navegante-seguros.pt.

Com os melhores cumprimentos,

A Administradora Executiva
Maria Leonor Bettencourt Carvalhais`,
    // The Rua Almeida Garrett is named after a writer; NIF, NISS, the inventory and reference numbers are not ours; contract dates are not birth dates.
    expected: [
      ['PERSON', 'Duarte Miguel Sequeira Amaral'],
      ['PERSON', 'Sequeira Amaral'],
      ['IBAN', 'PT62 0007 0000 4471 2093 1852 0'],
      ['PERSON', 'Inês Barbosa Valadares'],
      ['PHONE', '213 447 120'],
      ['EMAIL', 'ines.valadares@navegante-seguros.pt'],
      ['PERSON', 'Maria Leonor Bettencourt Carvalhais'],
    ],
  },
  // ---------------------------------------------------------------- Netherlands, Flanders
  {
    name: 'Dutch VvE notulen (ALV): dhr. and mevr., tussenvoegsels, given names and a "De Vries" later on, a painter firm named after a full name, a NL IBAN',
    text: `Notulen Algemene Ledenvergadering VvE Hoofdweg 412–418, Amsterdam
Datum: woensdag 6 maart 2024, 19.30 uur, in de ontmoetingsruimte Hoofdweg 416-hs

Aanwezig: dhr. Ruud van der Heijden (voorzitter), mevr. Sanne Bakker-Oudshoorn (penningmeester), dhr. Mehmet Yıldırım, mevr. Ingrid de Vries-Koopmans, dhr. Kofi Mensah; namens Beheer Van Lingen: dhr. Bart Koolhoven
Afwezig met kennisgeving: mevr. Joke Hendriks
Notulist: Sanne Bakker-Oudshoorn

1. Opening
De voorzitter opent de vergadering om 19.35 uur.

2. Financiën
Sanne licht de jaarrekening 2023 toe. Het reservefonds bedraagt € 48.312,50. Dhr. Yıldırım heeft voor zijn achterstand een betalingsregeling getroffen met de beheerder.

3. Onderhoud
Voor het schilderwerk van de kozijnen aan de Jan Evertsenstraat-zijde ligt een offerte van Schilderbedrijf Jan Willem de Graaf B.V. van € 63.400. Mevr. De Vries vraagt om een tweede offerte. Besluit: de voorzitter vraagt een tweede offerte op.
De extra bijdrage voor het schilderwerk graag overmaken op NL87 RABO 4471 2093 18 t.n.v. VvE Hoofdweg 412–418.

4. Rondvraag
Kofi meldt een lekkage op nr. 416-II. Storingen kunnen worden gemeld bij Beheer Van Lingen, 020 447 1209 of beheer@vanlingen-vve.nl.`,
    // Beheer Van Lingen and Schilderbedrijf Jan Willem de Graaf B.V. are firms; the Jan Evertsenstraat is named after an admiral; house numbers and amounts are not ours.
    expected: [
      ['PERSON', 'Ruud van der Heijden'],
      ['PERSON', 'Sanne Bakker-Oudshoorn'],
      ['PERSON', 'Mehmet Yıldırım'],
      ['PERSON', 'Ingrid de Vries-Koopmans'],
      ['PERSON', 'Kofi Mensah'],
      ['PERSON', 'Bart Koolhoven'],
      ['PERSON', 'Joke Hendriks'],
      ['PERSON', 'Sanne Bakker-Oudshoorn'],
      ['PERSON', 'Sanne'],
      ['PERSON', 'Yıldırım'],
      ['PERSON', 'De Vries'],
      ['IBAN', 'NL87 RABO 4471 2093 18'],
      ['PERSON', 'Kofi'],
      ['PHONE', '020 447 1209'],
      ['EMAIL', 'beheer@vanlingen-vve.nl'],
    ],
  },
  {
    name: 'Flemish school letter to parents about a playground incident: juf by nickname, meester, a rijksregisternummer, a BE IBAN; a college and a square named after people',
    text: `Sint-Jozefscollege Hasselt – Basisschool
Kolonel Dusartplein 1, 3500 Hasselt

Hasselt, 8 maart 2024

Beste ouders van Lotte Vanhoutte,

Via deze brief willen we u op de hoogte brengen van een voorval op de speelplaats op dinsdag 5 maart. Lotte kwam tijdens de middagpauze in een duwpartij terecht met een medeleerling uit het zesde leerjaar en viel op haar pols. Juf Kaat (Katrien Peeters), haar klastitularis, heeft haar meteen verzorgd en u telefonisch verwittigd.

Voor de schoolverzekering hebben we het rijksregisternummer van Lotte (14.03.12-447.05) doorgegeven aan Ethias.

De zorgcoördinator, meester Wouter Claes, nodigt u graag uit voor een gesprek op donderdag 14 maart om 15.45 uur. Gelieve te bevestigen via Smartschool of telefonisch op 011 44 71 20.

Tot slot nog een herinnering: de bijdrage voor de uitstap naar Technopolis (€ 18) mag u overschrijven op BE52 3634 4712 0931 met vermelding "Lotte Vanhoutte 5B".

Met vriendelijke groeten,

Griet Vandersmissen
Directeur`,
    // The Sint-Jozefscollege is named after a saint and the Kolonel Dusartplein after a colonel; the rijksregisternummer is not ours; the incident and meeting dates are not birth dates.
    expected: [
      ['PERSON', 'Lotte Vanhoutte'],
      ['PERSON', 'Lotte'],
      ['PERSON', 'Kaat'],
      ['PERSON', 'Katrien Peeters'],
      ['PERSON', 'Lotte'],
      ['PERSON', 'Wouter Claes'],
      ['PHONE', '011 44 71 20'],
      ['IBAN', 'BE52 3634 4712 0931'],
      ['PERSON', 'Lotte Vanhoutte'],
      ['PERSON', 'Griet Vandersmissen'],
    ],
  },
  // ---------------------------------------------------------------- Poland, Czechia
  {
    name: 'Polish HR e-mail with a świadectwo pracy: a vocative given name (Pani Agnieszko), urodzona with r., a PESEL, a registered-letter number, a street named after a pope',
    text: `Od: Kadry Wawel-Tech <kadry@waweltech.pl>
Do: agnieszka.wrob.nowak@wp.pl
Data: 12 marca 2024, 14:05
Temat: Świadectwo pracy – Agnieszka Wróblewska-Nowak

Dzień dobry Pani Agnieszko,

w załączeniu przesyłam skan świadectwa pracy. Oryginał wysłaliśmy listem poleconym (nr nadania 00659007734471209318). W razie pytań proszę dzwonić: 12 447 12 09.

Pozdrawiam
Marta Kędzierska
specjalistka ds. kadr i płac

ŚWIADECTWO PRACY
1. Stwierdza się, że Pani Agnieszka Wróblewska-Nowak, urodzona 12.03.1985 r., PESEL 85031244712, była zatrudniona w Wawel-Tech Sp. z o.o., ul. Jana Pawła II 44, 31-864 Kraków, w okresie od 01.02.2019 r. do 30.06.2024 r. w pełnym wymiarze czasu pracy.
2. W okresie zatrudnienia pracownik wykonywał pracę na stanowisku starszego analityka finansowego.
3. Stosunek pracy ustał w wyniku wypowiedzenia umowy o pracę przez pracodawcę (art. 30 § 1 pkt 2 Kodeksu pracy).
4. W roku kalendarzowym 2024 pracownik wykorzystał 8 dni urlopu wypoczynkowego.

Kraków, 30.06.2024 r.
Tomasz Zieliński-Brzęczek, Prezes Zarządu`,
    // The ulica Jana Pawła II is named after a pope; the PESEL, the registered-letter number and employment dates are not ours.
    expected: [
      ['EMAIL', 'kadry@waweltech.pl'],
      ['EMAIL', 'agnieszka.wrob.nowak@wp.pl'],
      ['PERSON', 'Agnieszka Wróblewska-Nowak'],
      ['PERSON', 'Agnieszko'],
      ['PHONE', '12 447 12 09'],
      ['PERSON', 'Marta Kędzierska'],
      ['PERSON', 'Agnieszka Wróblewska-Nowak'],
      ['DATE_OF_BIRTH', '12.03.1985'],
      ['PERSON', 'Tomasz Zieliński-Brzęczek'],
    ],
  },
  {
    name: 'Polish security incident report: the SOC analyst, an employee by login, full name and genitive surname, host and attacker IPs, an IPv6 gateway, a temporary password and a version string',
    text: `RAPORT Z INCYDENTU BEZPIECZEŃSTWA nr INC/2024/044
Data wykrycia: 11.03.2024, 02:17
Zgłaszający: Paweł Grabowski (SOC, dyżur nocny), tel. 501 447 120

Opis zdarzenia:
Agent EDR w wersji 10.4.2.7 wykrył serię nieudanych logowań do serwera plików fs01 (10.20.4.71) z adresu 185.220.101.47, a następnie o 02:31 udane logowanie na konto k.lewandowska (Katarzyna Lewandowska, dział księgowości) przez bramę VPN 2001:db8:4471::12. Użytkowniczka potwierdziła telefonicznie, że o tej porze spała.

Hasło zostało najprawdopodobniej przechwycone w wyniku phishingu – w skrzynce pani Lewandowskiej znaleziono wiadomość podszywającą się pod ePUAP z linkiem do hxxp://epuap-logowanie[.]com.

Działania:
– zablokowano konto i wymuszono reset hasła; hasło tymczasowe: ${tempPassword} (do zmiany przy pierwszym logowaniu),
– adres 185.220.101.47 dodano do listy blokowanych na zaporze,
– usługa lokalna nasłuchuje tylko na 127.0.0.1:8443 i nie była narażona.

Zgłoszenie do UODO: nie jest wymagane (brak naruszenia danych osobowych).`,
    // The login k.lewandowska is a username; the version string and loopback are not addresses; the incident number and times are not ours.
    expected: [
      ['PERSON', 'Paweł Grabowski'],
      ['PHONE', '501 447 120'],
      ['IP_ADDRESS', '10.20.4.71'],
      ['IP_ADDRESS', '185.220.101.47'],
      ['PERSON', 'Katarzyna Lewandowska'],
      ['IP_ADDRESS', '2001:db8:4471::12'],
      ['PERSON', 'Lewandowskiej'],
      ['SECRET', tempPassword],
      ['IP_ADDRESS', '185.220.101.47'],
    ],
  },
  {
    name: 'Czech discharge report (propouštěcí zpráva): Ing. and MUDr. titles, nar. with spaced dots, rodné číslo, the wife in the accusative; a hospital and a disease named after people',
    text: `Thomayerova nemocnice – Interní klinika
Vídeňská 800, 140 59 Praha 4

PROPOUŠTĚCÍ ZPRÁVA

Pacient: Ing. Jaroslav Dvořáček, nar. 4. 5. 1962, r. č. 620504/4471
Pojišťovna: 111 (VZP)
Praktický lékař: MUDr. Kateřina Novotná-Pokorná, Jihlavská 12, Praha 4, tel. 241 447 120
Hospitalizace: 27. 2. 2024 – 8. 3. 2024

Diagnózy: Bechtěrevova nemoc (M45), arteriální hypertenze, stav po pneumonii.

Průběh hospitalizace: Pan Dvořáček byl přijat pro febrilie a dušnost. Po zahájení antibiotické léčby došlo k rychlému zlepšení. Propuštěn do domácího ošetřování, kontrola u praktického lékaře do týdne.

Kontakt na rodinu: pacient si přeje informovat manželku, paní Věru Dvořáčkovou, tel. +420 604 471 209.

Ošetřující lékař: MUDr. Ondřej Šťastný, Ph.D.`,
    // The Thomayerova nemocnice and Bechtěrevova nemoc are named after people; the rodné číslo, insurer code and stay dates are not ours.
    expected: [
      ['PERSON', 'Jaroslav Dvořáček'],
      ['DATE_OF_BIRTH', '4. 5. 1962'],
      ['PERSON', 'Kateřina Novotná-Pokorná'],
      ['PHONE', '241 447 120'],
      ['PERSON', 'Dvořáček'],
      ['PERSON', 'Věru Dvořáčkovou'],
      ['PHONE', '+420 604 471 209'],
      ['PERSON', 'Ondřej Šťastný'],
    ],
  },
  // ---------------------------------------------------------------- Nordics
  {
    name: 'Swedish landlord warning e-mail (rättelseanmaning) and the tenant’s reply: a neighbour, office and mobile numbers, a personnummer, a street named after Strindberg',
    text: `Från: Johanna Ekström <johanna.ekstrom@lindqvistberg.se>
Till: ahmad.karimi84@telia.com
Kopia: Mikael Sundqvist <mikael.sundqvist@lindqvistberg.se>
Datum: 11 mars 2024 10:32
Ämne: Störningar i lägenhet 1102, Strindbergsgatan 14 – rättelseanmaning

Hej Ahmad Karimi,

Vi har under februari och mars fått flera klagomål från grannar om hög musik nattetid i din lägenhet (kontrakt nr 0471-1102). Grannen i lägenhet 1202, Birgitta Holmqvist, har ringt vår jourtelefon vid fyra tillfällen.

Detta är en rättelseanmaning enligt 12 kap. 25 § jordabalken. Om störningarna fortsätter kan hyresavtalet komma att sägas upp.

Du är välkommen att ringa mig på 08-447 120 93 eller 070-447 12 09.

Vänliga hälsningar
Johanna Ekström
Förvaltare, Fastighets AB Lindqvist & Berg

---
Hej Johanna,
Jag förstår. Det var min brors födelsedagsfest den 24 februari och det blev för sent, förlåt. Det kommer inte att hända igen. Om ni behöver mitt personnummer för ärendet: 840312-4471.
Mvh Ahmad Karimi
073-120 44 71`,
    // Lindqvist & Berg is a firm and the Strindbergsgatan is named after a writer; the personnummer and contract number are not ours; the birthday party date is not a birth date.
    expected: [
      ['PERSON', 'Johanna Ekström'],
      ['EMAIL', 'johanna.ekstrom@lindqvistberg.se'],
      ['EMAIL', 'ahmad.karimi84@telia.com'],
      ['PERSON', 'Mikael Sundqvist'],
      ['EMAIL', 'mikael.sundqvist@lindqvistberg.se'],
      ['PERSON', 'Ahmad Karimi'],
      ['PERSON', 'Birgitta Holmqvist'],
      ['PHONE', '08-447 120 93'],
      ['PHONE', '070-447 12 09'],
      ['PERSON', 'Johanna Ekström'],
      ['PERSON', 'Johanna'],
      ['PERSON', 'Ahmad Karimi'],
      ['PHONE', '073-120 44 71'],
    ],
  },
  {
    name: 'Norwegian burglary claim (skademelding): fødselsnummer, the neighbour, the police officer, an Ola Nordmann example left in the form, a NO IBAN; a street named after Ibsen',
    text: `Skademelding – innbrudd i bolig
Forsikringstaker: Ingrid Solheim Aasen
Fødselsnummer: 03047844712
Polisenummer: 4471209
Adresse: Henrik Ibsens gate 12B, 0255 Oslo (eksempel: Ola Nordmann, Storgata 1, 0155 Oslo)
Telefon: 924 47 120
E-post: ingrid.aasen@online.no

Beskrivelse av hendelsen:
Da jeg kom hjem fra hytta søndag 10. mars ca. kl. 19, var ytterdøren brutt opp og leiligheten gjennomsøkt. Naboen, Sindre Haugland, så to personer bære ut en bag rundt kl. 15.30. Forholdet er anmeldt til Oslo politidistrikt med referanse 15447120; politibetjent Marte Løvås-Eriksen tok imot anmeldelsen.

Stjålet: MacBook Pro (kjøpt 2022, kr 24 990), kamera, og smykker arvet etter min mormor (samlet verdi ca. kr 60 000).

Utbetaling kan skje til konto NO37 1503 4471 209.

Vennlig hilsen
Ingrid Solheim Aasen`,
    // Ola Nordmann is the form's placeholder; the Henrik Ibsens gate is named after a writer; the fødselsnummer, policy and police numbers and amounts are not ours.
    expected: [
      ['PERSON', 'Ingrid Solheim Aasen'],
      ['PHONE', '924 47 120'],
      ['EMAIL', 'ingrid.aasen@online.no'],
      ['PERSON', 'Sindre Haugland'],
      ['PERSON', 'Marte Løvås-Eriksen'],
      ['IBAN', 'NO37 1503 4471 209'],
      ['PERSON', 'Ingrid Solheim Aasen'],
    ],
  },
  {
    name: 'Danish job reference (udtalelse) for a pædagog: født den with the month in words, the given name throughout, the deputy head, a kindergarten named after H.C. Andersen',
    text: `UDTALELSE

Mads Christian Kjærgaard, født den 17. november 1990, har været ansat som pædagog i Børnehuset H.C. Andersen i perioden 1. august 2018 til 29. februar 2024.

Mads har haft ansvaret for vores førskolegruppe og har stået for planlægningen af ture, sprogstimulering og overgangen til skole. Han har et tæt og tillidsfuldt samarbejde med forældre og kolleger, herunder vores souschef Pernille Østergaard-Nielsen, som fremhæver hans ro og overblik i hverdagen.

Mads er mødestabil, ansvarsbevidst og har et godt humør, som smitter af på både børn og voksne. Han forlader os efter eget ønske for at tage en kandidatuddannelse i pædagogisk psykologi ved Aarhus Universitet.

Vi kan varmt anbefale Mads til lignende stillinger.

Er De interesseret i yderligere oplysninger, er De velkommen til at kontakte undertegnede på tlf. 28 44 71 20 eller lene.bach@bornehuset-hca.dk.

København, 1. marts 2024

Lene Bach Frandsen
Institutionsleder`,
    // The Børnehuset H.C. Andersen is named after a writer; employment dates are not birth dates.
    expected: [
      ['PERSON', 'Mads Christian Kjærgaard'],
      ['DATE_OF_BIRTH', '17. november 1990'],
      ['PERSON', 'Mads'],
      ['PERSON', 'Pernille Østergaard-Nielsen'],
      ['PERSON', 'Mads'],
      ['PERSON', 'Mads'],
      ['PHONE', '28 44 71 20'],
      ['EMAIL', 'lene.bach@bornehuset-hca.dk'],
      ['PERSON', 'Lene Bach Frandsen'],
    ],
  },
  {
    name: 'Finnish rent increase notice and the tenant’s reply: the co-tenant with s. (born), a FI IBAN with a viitenumero, given names in the reply, a street named after Mannerheim',
    text: `Aihe: Vuokrankorotus 1.5.2024 alkaen – Mannerheimintie 92 B 27
Lähettäjä: Tuomas Heikkilä <tuomas.heikkila@isannointi-virta.fi>
Vastaanottaja: Aino Väisänen <aino.vaisanen@elisanet.fi>

Hyvä Aino Väisänen,

ilmoitamme, että asunnon B 27 vuokra nousee vuokrasopimuksen indeksiehdon mukaisesti 1.5.2024 alkaen 1 045,00 eurosta 1 092,00 euroon kuukaudessa. Vuokra maksetaan edelleen tilille FI24 8000 4471 2093 18, viitenumero 4471 2093 18.

Vuokrasopimuksessa toisena vuokralaisena on Jari Väisänen (s. 12.7.1983). Mikäli sopimukseen on tulossa muutoksia, pyydämme ilmoittamaan niistä kirjallisesti.

Tarvittaessa minut tavoittaa numerosta 040 447 1209 arkisin klo 9–15.

Ystävällisin terveisin
Tuomas Heikkilä
isännöitsijä, Isännöinti Virta Oy

---
Hei Tuomas,
kiitos tiedosta. Jari muutti pois jo joulukuussa, joten sopimus pitäisi päivittää pelkästään minun nimiini. Voinko tulla allekirjoittamaan uuden sopimuksen ensi viikolla?
terveisin Aino
050 209 4471`,
    // The Mannerheimintie is named after a marshal; the viitenumero is a payment reference; rent dates and amounts are not ours.
    expected: [
      ['PERSON', 'Tuomas Heikkilä'],
      ['EMAIL', 'tuomas.heikkila@isannointi-virta.fi'],
      ['PERSON', 'Aino Väisänen'],
      ['EMAIL', 'aino.vaisanen@elisanet.fi'],
      ['PERSON', 'Aino Väisänen'],
      ['IBAN', 'FI24 8000 4471 2093 18'],
      ['PERSON', 'Jari Väisänen'],
      ['DATE_OF_BIRTH', '12.7.1983'],
      ['PHONE', '040 447 1209'],
      ['PERSON', 'Tuomas Heikkilä'],
      ['PERSON', 'Tuomas'],
      ['PERSON', 'Jari'],
      ['PERSON', 'Aino'],
      ['PHONE', '050 209 4471'],
    ],
  },
  // ---------------------------------------------------------------- Türkiye, Russia, Ukraine
  {
    name: 'Turkish complaint to a bank about a card fraud and the reply: TC kimlik no, the card number, a TR IBAN, doğum tarihi, Hanım and Bey after names, Sayın Bayan before the surname',
    text: `Konu: Kredi kartımdan izinsiz harcama – Şikâyet

Sayın Yetkili,

Ben Ayşe Nur Karakaya (T.C. Kimlik No: 10447120964), bankanızın Atatürk Bulvarı Şubesi müşterisiyim. 7 Mart 2024 tarihinde 4508 4471 2093 1870 numaralı kredi kartımdan tanımadığım bir internet sitesine 8.450,00 TL tutarında harcama yapılmıştır. Kartım hâlâ elimdedir ve bu işlemi ben yapmadım.

Kartımın iptal edilmesini ve tutarın TR16 0006 2000 1204 4712 0931 85 numaralı hesabıma iade edilmesini talep ediyorum.

Doğum tarihim: 03.04.1978 (müşteri temsilciniz kimlik doğrulaması için istediği için yazıyorum).
İletişim: 0532 447 12 09 · aysenur.karakaya@hotmail.com.tr

Saygılarımla,
Ayşe Nur Karakaya
Bağdat Caddesi No: 204, Kadıköy / İstanbul

---
Sayın Bayan Karakaya,

Ayşe Nur Karakaya Hanım, başvurunuz 2024-KK-044712 numarası ile kayıt altına alınmıştır. Kartınız güvenlik amacıyla kapatılmış, itiraz süreci başlatılmıştır. Müşteri İlişkileri Uzmanımız Emre Doğan Bey en geç 3 iş günü içinde sizinle iletişime geçecektir.

Saygılarımızla,
Selin Aksoy
Müşteri Şikâyet Yönetimi · 0850 222 44 71`,
    // The Atatürk Bulvarı branch is named after a statesman; the TC kimlik number, the application number and amounts are not ours; the transaction date is not a birth date.
    expected: [
      ['PERSON', 'Ayşe Nur Karakaya'],
      ['CREDIT_CARD', '4508 4471 2093 1870'],
      ['IBAN', 'TR16 0006 2000 1204 4712 0931 85'],
      ['DATE_OF_BIRTH', '03.04.1978'],
      ['PHONE', '0532 447 12 09'],
      ['EMAIL', 'aysenur.karakaya@hotmail.com.tr'],
      ['PERSON', 'Ayşe Nur Karakaya'],
      ['PERSON', 'Karakaya'],
      ['PERSON', 'Ayşe Nur Karakaya'],
      ['PERSON', 'Emre Doğan'],
      ['PERSON', 'Selin Aksoy'],
      ['PHONE', '0850 222 44 71'],
    ],
  },
  {
    name: 'Russian meeting protocol (протокол совещания): family-name-first names with patronymics, initial forms in oblique cases, a new hire’s дата рождения and passport; a room and a street named after writers',
    text: `ПРОТОКОЛ № 7
рабочего совещания отдела закупок ООО «Северный Альянс» (ИНН 7804471209)
г. Санкт-Петербург, 12 марта 2024 г., конференц-зал «Ломоносов»

Председатель: Кузнецов Андрей Викторович, начальник отдела закупок
Секретарь: Гаврилова Елена Сергеевна
Присутствовали: Мухаметшина Алсу Рашидовна, Ли Виктор Сергеевич (ИТ), Белоусова Екатерина Сергеевна (юрист), Ткаченко Олег Петрович

СЛУШАЛИ:
1. Кузнецова А. В. – о задержке поставок комплектующих в феврале.
2. Белоусову Е. С. – о претензии к поставщику на сумму 1 284 500 руб.

РЕШИЛИ:
1. Поручить Мухаметшиной А. Р. подготовить график поставок до 20.03.2024.
2. Оформить пропуск новому сотруднику – Ахмедову Тимуру Рустамовичу, дата рождения 03.04.1998, паспорт 40 18 447120; данные направить в службу безопасности.

Контакты отдела: +7 (812) 447-12-09, доб. 213; a.kuznetsov@sev-alliance.ru
Адрес: ул. Льва Толстого, д. 9, Санкт-Петербург

Председатель ________ А. В. Кузнецов
Секретарь ________ Е. С. Гаврилова`,
    // The room «Ломоносов» and the street of Lev Tolstoy are named after people; the ИНН, the passport number and amounts are not ours; the deadline is not a birth date.
    expected: [
      ['PERSON', 'Кузнецов Андрей Викторович'],
      ['PERSON', 'Гаврилова Елена Сергеевна'],
      ['PERSON', 'Мухаметшина Алсу Рашидовна'],
      ['PERSON', 'Ли Виктор Сергеевич'],
      ['PERSON', 'Белоусова Екатерина Сергеевна'],
      ['PERSON', 'Ткаченко Олег Петрович'],
      ['PERSON', 'Кузнецова А. В.'],
      ['PERSON', 'Белоусову Е. С.'],
      ['PERSON', 'Мухаметшиной А. Р.'],
      ['PERSON', 'Ахмедову Тимуру Рустамовичу'],
      ['DATE_OF_BIRTH', '03.04.1998'],
      ['PHONE', '+7 (812) 447-12-09'],
      ['EMAIL', 'a.kuznetsov@sev-alliance.ru'],
      ['PERSON', 'А. В. Кузнецов'],
      ['PERSON', 'Е. С. Гаврилова'],
    ],
  },
  {
    name: 'Ukrainian statement to the police about phone fraud: the applicant in the genitive, дата народження, РНОКПП, the fraudster’s number and card, a neighbour witness; a street sharing her surname',
    text: `Начальнику Шевченківського управління поліції ГУНП у м. Києві
від Шевченко Олени Миколаївни,
дата народження: 14.08.1989,
РНОКПП 3270144712,
що проживає за адресою: м. Київ, вул. Тараса Шевченка, 18, кв. 44,
тел. +380 67 447 1209, e-mail: olena.shevchenko89@ukr.net

ЗАЯВА

Прошу притягнути до відповідальності невідому особу, яка 9 березня 2024 року близько 14:00 зателефонувала мені з номера +380 93 120 4471, представилася працівницею служби безпеки банку на ім'я «Маріанна» та під приводом захисту рахунку переконала мене переказати 18 500 грн на картку 5531 4471 2093 1860.

Свідком розмови була моя сусідка Коваленко Ірина Петрівна, тел. 096 447 12 09, яка перебувала у мене вдома.

Про кримінальну відповідальність за завідомо неправдиве повідомлення попереджена.

14.03.2024                 ________ О. М. Шевченко`,
    // The police district and the street are named after the poet Taras Shevchenko, not the applicant; «Маріанна» is a given name only; the РНОКПП and the amount are not ours; the call date is not a birth date.
    expected: [
      ['PERSON', 'Шевченко Олени Миколаївни'],
      ['DATE_OF_BIRTH', '14.08.1989'],
      ['PHONE', '+380 67 447 1209'],
      ['EMAIL', 'olena.shevchenko89@ukr.net'],
      ['PHONE', '+380 93 120 4471'],
      ['CREDIT_CARD', '5531 4471 2093 1860'],
      ['PERSON', 'Коваленко Ірина Петрівна'],
      ['PHONE', '096 447 12 09'],
      ['PERSON', 'О. М. Шевченко'],
    ],
  },
  // ---------------------------------------------------------------- Japan
  {
    name: 'Japanese business e-mail (差出人/送信日時/宛先) with 様 and でございます, a colleague named as instructor, a signature with a romanised name, and the quoted original',
    text: `件名: Re: 【お見積りのお願い】新任管理職研修について
差出人: 中村 健一 <k.nakamura@hikari-consulting.co.jp>
送信日時: 2024年3月12日 10:41
宛先: 山口 沙織 <saori.yamaguchi@sakura-shoji.co.jp>
CC: 営業部 <sales@hikari-consulting.co.jp>

桜商事株式会社
人事部 山口様

いつもお世話になっております。
ひかりコンサルティングの中村でございます。

先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご依頼いただきました新任管理職研修のお見積りを添付にてお送りいたします（見積番号: Q-2024-0471、税込 1,320,000円）。

講師は弊社シニアコンサルタントの渡辺 美穂が担当いたします。
日程は4月10日（水）または4月17日（水）でご検討いただけますと幸いです。

引き続きよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━
株式会社ひかりコンサルティング
営業部 マネージャー
中村 健一（Kenichi Nakamura）
〒150-0002 東京都渋谷区渋谷2-14-7
TEL: 03-4471-2093 / 携帯: 090-4471-2093
━━━━━━━━━━━━━━━━

-----Original Message-----
From: 山口 沙織
Sent: Friday, March 8, 2024 5:12 PM
To: 中村 健一
Subject: 【お見積りのお願い】新任管理職研修について

中村様
先日はありがとうございました。研修のお見積りをお願いできますでしょうか。`,
    // 様 is an honorific and no part of a span; the quote number, amounts and training dates are not ours.
    expected: [
      ['PERSON', '中村 健一'],
      ['EMAIL', 'k.nakamura@hikari-consulting.co.jp'],
      ['PERSON', '山口 沙織'],
      ['EMAIL', 'saori.yamaguchi@sakura-shoji.co.jp'],
      ['EMAIL', 'sales@hikari-consulting.co.jp'],
      ['PERSON', '山口'],
      ['PERSON', '中村'],
      ['PERSON', '渡辺 美穂'],
      ['PERSON', '中村 健一'],
      ['PERSON', 'Kenichi Nakamura'],
      ['PHONE', '03-4471-2093'],
      ['PHONE', '090-4471-2093'],
      ['PERSON', '山口 沙織'],
      ['PERSON', '中村 健一'],
      ['PERSON', '中村'],
    ],
  },
  {
    name: 'Japanese referral letter (診療情報提供書): 先生 御侍史, a patient with kana reading and an era birth date with its Western form (生), the daughter’s mobile; a hospital and a disease named after people',
    text: `診療情報提供書

北里大学病院 消化器内科
佐々木 隆之 先生 御侍史

2024年3月12日

紹介元医療機関: 医療法人緑風会 やまもとクリニック
〒252-0303 神奈川県相模原市南区相模大野3-8-1
電話 042-744-7120
医師: 山本 由紀子

患者氏名: 小林 和子（コバヤシ カズコ）様　女性
生年月日: 昭和28年4月3日（1953年4月3日生、70歳）
電話: 042-749-4471
保険者番号: 06140471

傷病名: 潰瘍性大腸炎の疑い、橋本病（甲状腺機能低下症）

紹介目的: 精査加療のお願い

症状経過: 2024年1月頃より1日5〜6回の下痢と血便を認め、当院で整腸剤を処方しましたが改善しません。橋本病に対してはレボチロキシン50µgを内服中です。
貴院受診の際は長女の小林 恵美 様（携帯 080-4471-2093）が同伴されます。

ご多忙のところ恐縮ですが、よろしくご高診のほどお願い申し上げます。`,
    // 北里大学病院 and 橋本病 are named after people; やまもとクリニック is a clinic; the insurer number and the symptom dates are not ours.
    expected: [
      ['PERSON', '佐々木 隆之'],
      ['PHONE', '042-744-7120'],
      ['PERSON', '山本 由紀子'],
      ['PERSON', '小林 和子'],
      ['PERSON', 'コバヤシ カズコ'],
      ['DATE_OF_BIRTH', '昭和28年4月3日'],
      ['DATE_OF_BIRTH', '1953年4月3日'],
      ['PHONE', '042-749-4471'],
      ['PERSON', '小林 恵美'],
      ['PHONE', '080-4471-2093'],
    ],
  },
  // ---------------------------------------------------------------- China, Taiwan
  {
    name: 'Simplified Chinese meeting minutes (会议纪要): titles after names (经理, 女士, 先生, 王总), a surname with a title alone, a candidate with 出生 and an ID number; a road and a brand named after people',
    text: `会议纪要

会议名称：2024年第一季度华东区销售复盘会
时间：2024年3月8日（星期五）14:00–16:30
地点：上海市黄浦区中山东一路18号 三楼第二会议室
主持人：王建华（华东区总经理）
记录人：刘思琪
参会人员：陈志刚经理、赵敏女士（财务部）、周凯、李娜娜（人力资源部）、外部顾问欧阳振宇先生

一、销售情况
陈经理汇报：一季度华东区销售额为人民币3,284.6万元，同比增长12.4%。其中“张小泉”刀具渠道贡献明显，苏州大客户回款周期偏长。
王总指出，二季度须将应收账款周转天数控制在60天以内。

二、人事事项
李娜娜介绍南京办事处主任候选人孙浩然（男，1988年11月5日出生，身份证号320102198811054471），拟于4月1日到岗。

三、待办事项
1. 周凯于3月15日前与杭州分公司联系人黄晓燕对接（电话 138 0571 4471，邮箱 huangxiaoyan@163.com）。
2. 赵敏女士负责核对一季度回款明细。`,
    // 中山东一路 is named after Sun Yat-sen and 张小泉 is a brand named after its founder; the ID number, amounts and deadlines are not ours.
    expected: [
      ['PERSON', '王建华'],
      ['PERSON', '刘思琪'],
      ['PERSON', '陈志刚'],
      ['PERSON', '赵敏'],
      ['PERSON', '周凯'],
      ['PERSON', '李娜娜'],
      ['PERSON', '欧阳振宇'],
      ['PERSON', '陈'],
      ['PERSON', '王'],
      ['PERSON', '李娜娜'],
      ['PERSON', '孙浩然'],
      ['DATE_OF_BIRTH', '1988年11月5日'],
      ['PERSON', '周凯'],
      ['PERSON', '黄晓燕'],
      ['PHONE', '138 0571 4471'],
      ['EMAIL', 'huangxiaoyan@163.com'],
      ['PERSON', '赵敏'],
    ],
  },
  {
    name: 'Taiwanese tenant’s 存證信函 demanding the deposit back: 先生 after names, the landlord as 林先生, a lawyer with 律師, a Minguo date and an ID number; roads named after leaders',
    text: `存證信函

寄件人：陳美玲
　　地址：臺北市信義區逸仙路42巷7號3樓
收件人：林志明 先生
　　地址：新北市板橋區中正路447號12樓

林先生您好：

一、本人自民國111年5月1日起承租台端所有位於臺北市信義區逸仙路42巷7號3樓之房屋，租期至民國113年4月30日止，押金新臺幣54,000元整已於簽約時交付。
二、租約期滿本人將依約返還房屋，請台端於租約期滿後七日內將押金全數匯入本人帳戶（中國信託商業銀行，帳號 447-540-120931）。
三、如逾期未返還，本人將依法提起訴訟，屆時所生一切費用概由台端負擔。
四、如有疑問，請洽本人手機 0912-447-120，或本人委任之黃俊傑律師（電話 (02) 2704-4712）。

此致
林志明 先生

寄件人：陳美玲（身分證字號 A224471209）
中華民國113年3月11日`,
    // 逸仙路 and 中正路 are named after Sun Yat-sen and Chiang Kai-shek; the bank account, the ID number, amounts and Minguo dates are not ours.
    expected: [
      ['PERSON', '陳美玲'],
      ['PERSON', '林志明'],
      ['PERSON', '林'],
      ['PHONE', '0912-447-120'],
      ['PERSON', '黃俊傑'],
      ['PHONE', '(02) 2704-4712'],
      ['PERSON', '林志明'],
      ['PERSON', '陳美玲'],
    ],
  },
  // ---------------------------------------------------------------- Korea
  {
    name: 'Korean customer-centre reply (고객님, 님) with the quoted original (보낸 사람): a courier’s mobile, a 1588 number, a 주민등록번호, the mother with 씨; a road named after King Sejong',
    text: `제목: [답변] 배송 지연 및 파손 관련 문의 (접수번호 CS-20240311-04471)

김민수 고객님, 안녕하세요.
한빛몰 고객센터 상담원 이서영입니다.

먼저 주문하신 상품(주문번호 2024030844712093)이 파손된 상태로 배송되어 불편을 드린 점 진심으로 사과드립니다.

확인 결과 3월 8일 서울 종로구 세종대로 175 물류센터에서 출고된 뒤 운송 중에 파손된 것으로 보입니다. 담당 기사님(박정훈 님, 010-4471-2093)께서 3월 13일 오전에 회수하러 방문하실 예정입니다.

환불은 결제하신 카드로 3~5영업일 내에 처리되며, 추가 보상으로 적립금 5,000원을 지급해 드렸습니다.

추가 문의는 고객센터 1588-4471 또는 담당자 이메일 seoyoung.lee@hanbitmall.co.kr 로 연락 주시기 바랍니다.

감사합니다.
이서영 드림

---- 원본 메시지 ----
보낸 사람: 김민수 <minsu.kim0412@naver.com>
보낸 날짜: 2024년 3월 11일 (월) 오후 9:14
받는 사람: cs@hanbitmall.co.kr
제목: 배송 지연 및 파손 관련 문의

안녕하세요. 김민수입니다. 어머니 정순자 씨 생신 선물로 주문한 그릇 세트가 깨져서 왔습니다. 본인 확인이 필요하다고 해서 주민등록번호 900412-1447120 적습니다. 연락처는 010-2093-4471입니다.`,
    // 세종대로 is named after King Sejong; the order and ticket numbers, the 주민등록번호 and amounts are not ours; the mother's birthday is mentioned without a date.
    expected: [
      ['PERSON', '김민수'],
      ['PERSON', '이서영'],
      ['PERSON', '박정훈'],
      ['PHONE', '010-4471-2093'],
      ['PHONE', '1588-4471'],
      ['EMAIL', 'seoyoung.lee@hanbitmall.co.kr'],
      ['PERSON', '이서영'],
      ['PERSON', '김민수'],
      ['EMAIL', 'minsu.kim0412@naver.com'],
      ['EMAIL', 'cs@hanbitmall.co.kr'],
      ['PERSON', '김민수'],
      ['PERSON', '정순자'],
      ['PHONE', '010-2093-4471'],
    ],
  },
  // ---------------------------------------------------------------- Arabic, Hebrew, Hindi, Vietnamese
  {
    name: 'Emirati experience certificate (شهادة خبرة) in Arabic: السيد/ before a four-part name, مواليد for the birth date, passport and Emirates ID, an AE IBAN, HR contact; a hospital and a road named after sheikhs',
    text: `شهادة خبرة

تشهد شركة الريان للمقاولات العامة ذ.م.م – دبي، بأن السيد/ أحمد محمود عبد الرحيم الزعبي، أردني الجنسية، مواليد 12/03/1985، ويحمل جواز سفر رقم N447120 وهوية إماراتية رقم 784-1985-4471209-3، قد عمل لدينا بوظيفة مهندس مدني أول خلال الفترة من 01/06/2016 حتى 29/02/2024.

وقد شارك خلال فترة عمله في مشروع توسعة مستشفى راشد وفي أعمال الطرق على شارع الشيخ زايد، وكان مثالاً للأمانة والالتزام وحسن التعامل مع زملائه ورؤسائه.

وقد تم تحويل كامل مستحقات نهاية الخدمة إلى حسابه رقم AE58 0334 4712 0931 8520 931 لدى بنك الإمارات دبي الوطني.

أُعطيت له هذه الشهادة بناءً على طلبه دون أدنى مسؤولية على الشركة.

للاستفسار: السيدة/ ريم خالد المنصوري، مديرة الموارد البشرية، هاتف: +971 4 447 1209، بريد إلكتروني: hr@alrayyan-contracting.ae

المدير العام
م. سعيد عبد الله الكتبي
التاريخ: 11/03/2024`,
    // مستشفى راشد and شارع الشيخ زايد are named after rulers; the passport and Emirates ID numbers are not ours; employment dates are not birth dates.
    expected: [
      ['PERSON', 'أحمد محمود عبد الرحيم الزعبي'],
      ['DATE_OF_BIRTH', '12/03/1985'],
      ['IBAN', 'AE58 0334 4712 0931 8520 931'],
      ['PERSON', 'ريم خالد المنصوري'],
      ['PHONE', '+971 4 447 1209'],
      ['EMAIL', 'hr@alrayyan-contracting.ae'],
      ['PERSON', 'سعيد عبد الله الكتبي'],
    ],
  },
  {
    name: 'Israeli lawyer’s warning letter in Hebrew (מכתב התראה): עו"ד, מר and גב\' titles, a law firm named after partners, the client’s ת.ז., an IL IBAN, fax; streets named after Herzl and Jabotinsky',
    text: `גולדברג, אזולאי ושות' – משרד עורכי דין
רחוב הרצל 44, ראשון לציון
טל': 03-9447120 | פקס: 03-9447129 | office@gold-azulay-law.co.il

11 במרץ 2024
סימוכין: 4471/24

לכבוד
מר רונן אלמוג
רחוב ז'בוטינסקי 112, רמת גן

הנדון: מכתב התראה לפני נקיטת הליכים משפטיים – מרשתי גב' שירה בן-עמי

1. הריני פונה אליך בשם מרשתי, גב' שירה בן-עמי (ת.ז. 031447128), בעניין דמי השכירות עבור הדירה ברחוב ז'בוטינסקי 112, רמת גן.
2. על פי הסכם השכירות מיום 1.1.2024 היה עליך לשלם למרשתי סך של 6,200 ₪ מדי חודש. עד היום לא שולמו דמי השכירות לחודשים ינואר עד מרץ, בסך כולל של 18,600 ₪.
3. מרשתי פנתה אליך בטלפון 052-447-1209 מספר פעמים, ללא מענה.
4. אם לא יועבר מלוא הסכום לחשבון מרשתי IL21 0126 4471 2093 1852 093 בתוך 14 ימים מקבלת מכתב זה, תינקט נגדך תביעה ללא התראה נוספת.

בכבוד רב,
מיכאל גולדברג, עו"ד`,
    // The firm is named after its partners; רחוב הרצל and רחוב ז'בוטינסקי are named after people; the ת.ז., the reference number, amounts and the lease date are not ours.
    expected: [
      ['PHONE', '03-9447120'],
      ['PHONE', '03-9447129'],
      ['EMAIL', 'office@gold-azulay-law.co.il'],
      ['PERSON', 'רונן אלמוג'],
      ['PERSON', 'שירה בן-עמי'],
      ['PERSON', 'שירה בן-עמי'],
      ['PHONE', '052-447-1209'],
      ['IBAN', 'IL21 0126 4471 2093 1852 093'],
      ['PERSON', 'מיכאל גולדברג'],
    ],
  },
  {
    name: 'Hindi school letter to parents (श्री, श्रीमती, डॉ.): the pupil’s जन्म तिथि, the class teacher, an Aadhaar number grouped in fours, a fee in rupees; a school named after Mahatma Gandhi',
    text: `महात्मा गांधी पब्लिक स्कूल, सेक्टर 21, नोएडा
दिनांक: 11 मार्च 2024

सेवा में,
श्री राजेश कुमार शर्मा एवं श्रीमती सुनीता शर्मा
अभिभावक – आरव शर्मा, कक्षा 7-बी (प्रवेश संख्या 4471/2019)

विषय: वार्षिक परीक्षा में उपस्थिति एवं शुल्क बकाया के संबंध में

आदरणीय अभिभावक,

आपको सूचित किया जाता है कि आपके पुत्र आरव शर्मा (जन्म तिथि: 14/08/2011) की उपस्थिति जनवरी–फरवरी 2024 में केवल 68% रही है, जबकि वार्षिक परीक्षा में बैठने के लिए न्यूनतम 75% उपस्थिति अनिवार्य है। कक्षा अध्यापिका श्रीमती प्रिया मेहता ने इस विषय में आपसे कई बार संपर्क करने का प्रयास किया है।

कृपया 15 मार्च 2024 तक ₹ 12,450 का बकाया शुल्क जमा करें तथा छात्र का आधार नंबर (2044 7120 9318) विद्यालय रिकॉर्ड में अद्यतन करवाएँ।

किसी भी जानकारी के लिए विद्यालय कार्यालय से +91 120 447 1209 पर या ईमेल office.mgps@gmail.com पर संपर्क करें।

भवदीय,
डॉ. अनिल कुमार वर्मा
प्रधानाचार्य`,
    // The school is named after Mahatma Gandhi; the Aadhaar and admission numbers and the fee are not ours; the letter and due dates are not birth dates.
    expected: [
      ['PERSON', 'राजेश कुमार शर्मा'],
      ['PERSON', 'सुनीता शर्मा'],
      ['PERSON', 'आरव शर्मा'],
      ['PERSON', 'आरव शर्मा'],
      ['DATE_OF_BIRTH', '14/08/2011'],
      ['PERSON', 'प्रिया मेहता'],
      ['PHONE', '+91 120 447 1209'],
      ['EMAIL', 'office.mgps@gmail.com'],
      ['PERSON', 'अनिल कुमार वर्मा'],
    ],
  },
  {
    name: 'Vietnamese workplace accident minutes (biên bản sự việc): Ông, Bà, Anh, Chị before names, the injured worker by given name, sinh ngày, a CCCD; a street and a city named after people',
    text: `CÔNG TY TNHH MAY MẶC PHƯƠNG NAM
Số 12 đường Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc

BIÊN BẢN SỰ VIỆC
(V/v tai nạn lao động tại xưởng cắt)

Hôm nay, lúc 15 giờ 30 ngày 8 tháng 3 năm 2024, tại xưởng cắt số 2, chúng tôi gồm:
1. Ông Nguyễn Văn Hùng – Quản đốc xưởng
2. Bà Trần Thị Mai – Cán bộ an toàn lao động
3. Anh Lê Hoàng Phúc – Tổ trưởng tổ cắt

Đã tiến hành lập biên bản về sự việc như sau:
Vào lúc 14 giờ 10 phút, chị Phạm Thị Thu Hà, sinh ngày 21/09/1996, CCCD số 079196004471, công nhân tổ cắt, bị máy cắt vải cắt vào ngón trỏ bàn tay trái. Chị Hà được sơ cứu tại chỗ và chuyển đến Bệnh viện Chợ Rẫy. Công ty đã thông báo cho người nhà là chồng chị, anh Đỗ Minh Tuấn, số điện thoại 0903 447 120.

Biên bản kết thúc lúc 16 giờ 00 cùng ngày, được đọc lại cho những người có mặt cùng nghe và thống nhất ký tên.

Nguyễn Văn Hùng          Trần Thị Mai          Lê Hoàng Phúc`,
    // đường Nguyễn Huệ and TP. Hồ Chí Minh are named after people; the CCCD number and the accident date are not ours.
    expected: [
      ['PERSON', 'Nguyễn Văn Hùng'],
      ['PERSON', 'Trần Thị Mai'],
      ['PERSON', 'Lê Hoàng Phúc'],
      ['PERSON', 'Phạm Thị Thu Hà'],
      ['DATE_OF_BIRTH', '21/09/1996'],
      ['PERSON', 'Hà'],
      ['PERSON', 'Đỗ Minh Tuấn'],
      ['PHONE', '0903 447 120'],
      ['PERSON', 'Nguyễn Văn Hùng'],
      ['PERSON', 'Trần Thị Mai'],
      ['PERSON', 'Lê Hoàng Phúc'],
    ],
  },
];

describeHoldout(
  'privacy hold-out 20: business and professional prose in languages other than English',
  cases,
);
