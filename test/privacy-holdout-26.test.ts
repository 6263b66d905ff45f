import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A twenty-sixth hand-written hold-out: healthcare and social-care records from outside the US and
 * the UK, as clinicians, hospital IT staff and health-data analysts paste them into an AI assistant
 * or a notebook. Letters and notes: a German Entlassungsbrief from the Charité and a Überweisung
 * (Muster 6) from a Potsdam practice, an Austrian practice's e-card/GINA log, a Swiss
 * Austrittsbericht from the Klinik Hirslanden, a French compte rendu d'hospitalisation from Necker,
 * an ordonnance and a mutuelle statement (décompte) with a refund IBAN, a Belgian huisarts journal
 * from HealthOne, a Spanish informe de alta, an Italian lettera di dimissione and an anonymised
 * referto, a Brazilian e-SUS prontuário, a Polish karta informacyjna, Swedish (TakeCare), Norwegian
 * (epikrise) and Danish journal notes and a Finnish anonymised lab question, an Indian discharge
 * summary, a Japanese 診療情報提供書, a Chinese 出院小结, a Korean 진료의뢰서, an Australian GP
 * referral, a New Zealand e-referral, a Québec note d'évolution, South African and Nigerian ward
 * notes, a Mexican IMSS note and an Argentine epicrisis. Data and tools: a German FHIR R4 bundle
 * (Patient, Practitioner, Encounter), HL7 v2 ORU messages from a Dutch lab and inside a German
 * MLLP router log, storescu and a pydicom header print, an EU digital COVID certificate payload and
 * a verifier log, an online pharmacy's order and dispensing log, a Medicare Online bulk-bill claim
 * log, pseudonymised GKV claims in SQL, a psql query over an Austrian patients table, a pandas
 * readmission analysis, a Swedish quality-register table, French PMSI figures, a Dutch primary-care
 * research extract, a Mirth Connect transformer, an anonymised German case vignette and an
 * appointment-booking API log with a leaked mail-provider key. Hard negatives: diseases, signs,
 * scores, operations and methods named after people (Morbus Crohn, Hashimoto, Parkinson, Alzheimer,
 * Basedow/Graves, Babinski, Lasègue, Kernig, Brudzinski, Murphy, Chagas, Guillain-Barré, Berger,
 * Hartmann, Billroth, Killip, Simpson, Sellink, Pfirrmann, Modic, O'Sullivan, APGAR, Bazett,
 * Schirmer, Sjögren, Hoehn & Yahr), drug and device names, ICD-10, ATC, LOINC, ICPC, OPS, DRG and
 * GHM codes, lab values and reference ranges, dates of admission, discharge, surgery, sampling,
 * vaccination and visits, ages ("37-jährige Patientin", "âgée de 54 ans", 70歳), a birth year
 * alone, hospitals, wards, units and clinics named after people (Charité Campus Benjamin Franklin,
 * Virchow-Klinikum, UH Hamburger, Instituto Dante Pazzanese, UMF "Gabriel Mancera", Hospital de
 * Clínicas "José de San Martín", Sahlgrenska, Lariboisière, Georges-Pompidou, Hufeland, Sauerbruch,
 * Semmelweis), streets named after people (Hindenburgdamm, avenue Félix Faure, ul. Kopernika, Steve
 * Biko Street, Seddon Road), shops and companies named after people (Optique Molière, Centre
 * dentaire Pasteur, Kamala Clinic), national health ids (Versichertennummer, SV-Nummer, AHV-Nr.,
 * NIR, Rijksregisternummer, BSN, CIP, codice fiscale, CPF, CNS, PESEL, personnummer,
 * fødselsnummer, CPR, Aadhaar, ABHA, 주민등록번호, NHI, RAMQ, SA ID, CURP, NSS, DNI, Medicare
 * numbers), case, order, accession, claim and prescription numbers, practitioner ids (LANR, BSNR,
 * RPPS, RIZIV, AGB, CRM, HPI), room, bed and DECT numbers, pseudonyms and hashes, a certificate key
 * id, and a placeholder test patient (MUSTERMANN^MAX). Each case lists every value it expects
 * found, with its type; anything else flagged is a false positive. A title or honorific (Dr. med.,
 * Frau, Mme, Pr, Sig.ra, dott.ssa, lek., prof. dr hab., LL, 先生, 様, 교수님, Mrs, Dre) is no part of a
 * name's span; one "Last, First" or "LAST First" field is one span, and an HL7 or DICOM person
 * name is one span up to the given name; FHIR family and given parts are each a span. A lone given
 * or family name or an initial form counts only when the same person is named in full in the same
 * text, and a labelled name field's value counts even alone. Dates count as DATE_OF_BIRTH only when
 * they are birth dates (geb., née le, nata il, f., °, 生年月日, 생년월일, DOB, PID-7, birthDate).
 * Business phones and fax numbers of practices and wards count as PHONE, as do their e-mail
 * addresses. Values are fake: a Luhn-valid made-up card, IBANs with valid mod-97 check digits,
 * made-up names, numbers and keys.
 */
const k = joinParts;
const brevoKey = k(
  'xkeysib-9c41e7a2f05b3d86c1e4a7092fd5b38e',
  '6a0c9d147b2e5f83a6d0c4e19b72f5a3-Qm7Xv2Lr9Tz4Kp1W',
);
const pgPassword = k('Wq7%21m', 'Tz4Lp9v');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- German-speaking countries
  {
    name: 'German Entlassungsbrief from the Charité: the GP in the address block and salutation, the patient with geb., three signatories; Morbus Crohn, a campus and a street named after people',
    text: `Charité – Universitätsmedizin Berlin · Campus Benjamin Franklin
Medizinische Klinik für Gastroenterologie, Infektiologie und Rheumatologie
Hindenburgdamm 30 · 12203 Berlin · Sekretariat Tel. 030 450 514 471

Charité · Hindenburgdamm 30 · 12203 Berlin
Frau Dr. med. Sabine Kowalczyk-Rehm
Fachärztin für Allgemeinmedizin
Schloßstraße 88
12163 Berlin
                                                         Berlin, 14.03.2024

Entlassungsbrief
Patientin: Derya Aksoy-Brandt, geb. 23.09.1986
Fallnummer: 4471209331 · Station 12B, Zimmer 14 · Aufenthalt 04.03.2024 – 14.03.2024

Sehr geehrte Frau Kollegin Kowalczyk-Rehm,

wir berichten über Ihre Patientin Frau Aksoy-Brandt, die sich vom 04.03.2024 bis 14.03.2024 in unserer stationären Behandlung befand.

Diagnosen:
1. Morbus Crohn mit Befall des neoterminalen Ileums (K50.0), akuter Schub (HBI 11)
2. Eisenmangelanämie (D50.9)
3. Z. n. Ileozökalresektion 08/2019

Anamnese: Die 37-jährige Patientin stellte sich mit seit zwei Wochen bestehenden ungeformten Stühlen (bis 8x/d), krampfartigen Unterbauchschmerzen rechts und einem Gewichtsverlust von 3 kg vor.

Befunde: CRP 86 mg/l (< 5), Hb 9,8 g/dl (12,0–15,5), Ferritin 8 µg/l (15–150), fäkales Calprotectin 1240 µg/g (< 50). MRT-Sellink vom 05.03.2024: 12 cm lange Wandverdickung des neoterminalen Ileums ohne Abszess oder Fistel.

Therapie und Verlauf: Prednisolon 40 mg/d p.o., Einleitung Ustekinumab (Stelara®) 390 mg i.v. am 08.03.2024, Eisencarboxymaltose (Ferinject®) 1000 mg i.v. am 06.03.2024. Darunter rasche Besserung der Stuhlfrequenz.

Procedere: Prednisolon um 5 mg/Woche reduzieren; Ustekinumab 90 mg s.c. ab Woche 8 (03.05.2024). Wiedervorstellung in der CED-Ambulanz am 02.04.2024.

Mit freundlichen kollegialen Grüßen

Prof. Dr. med. Henrike Albrecht-Sauer   Dr. med. Jonas Okonkwo   Lea Hartmann
Klinikdirektorin                        Oberarzt                 Assistenzärztin`,
    // Campus Benjamin Franklin, the Hindenburgdamm, Morbus Crohn and the Sellink MRI are not people; admission, discharge and infusion dates, the age and the case number are not ours.
    expected: [
      ['PHONE', '030 450 514 471'],
      ['PERSON', 'Sabine Kowalczyk-Rehm'],
      ['PERSON', 'Derya Aksoy-Brandt'],
      ['DATE_OF_BIRTH', '23.09.1986'],
      ['PERSON', 'Kowalczyk-Rehm'],
      ['PERSON', 'Aksoy-Brandt'],
      ['PERSON', 'Henrike Albrecht-Sauer'],
      ['PERSON', 'Jonas Okonkwo'],
      ['PERSON', 'Lea Hartmann'],
    ],
  },
  {
    name: 'Überweisungsschein (Muster 6) printed from a practice system: "Name, Vorname" field, geb. am, Versicherten-Nr., BSNR and LANR, suspected Parkinson, Lasègue, the practice stamp with phone and fax',
    text: `Überweisungsschein (Muster 6) — Druckvorschau CGM MEDISTAR
Krankenkasse bzw. Kostenträger: AOK Nordost          Kostenträgerkennung: 109519005
Name, Vorname des Versicherten: Schröder, Karl-Heinz          geb. am 11.02.1949
Anschrift: Am Rosengarten 7, 14469 Potsdam
Versicherten-Nr.: M482193057          Status: 5000000
Betriebsstätten-Nr.: 713344100   Arzt-Nr.: 447120901   Datum: 12.03.2024
Kurativ [x]  Präventiv [ ]  bei belegärztlicher Behandlung [ ]   Quartal 1/24
Überweisung an: Neurologie          Auftrag: Abklärung / Konsiliaruntersuchung
Diagnose/Verdachtsdiagnose: V. a. Morbus Parkinson (G20.9 V), DD essentieller Tremor (G25.0 V)
Befund/Medikation: Ruhetremor re. > li. seit ca. 6 Mon., Rigor re. Arm, Hypomimie. Lasègue bds. negativ. Keine Neuroleptika. L-Dopa-Test nicht erfolgt. Metformin 1000 mg 1-0-1, Ramipril 5 mg 1-0-0.
Unfall, Unfallfolgen [ ]
Vertragsarztstempel: Praxis Dr. med. Yusuf Demirtaş · Facharzt für Allgemeinmedizin · Brandenburger Str. 41 · 14467 Potsdam · Tel. 0331 2804471 · Fax 0331 2804472`,
    // Versicherten-Nr., BSNR, LANR, IK and status are not ours; Parkinson and Lasègue are not people.
    expected: [
      ['PERSON', 'Schröder, Karl-Heinz'],
      ['DATE_OF_BIRTH', '11.02.1949'],
      ['PERSON', 'Yusuf Demirtaş'],
      ['PHONE', '0331 2804471'],
      ['PHONE', '0331 2804472'],
    ],
  },
  {
    name: 'Austrian practice software e-card/GINA log: the Ordination heading, SV-Nummer holding the birth date, a "NAME, VORNAME" field in capitals after MAG., a phone change, Hashimoto and Basedow',
    text: `Ordination Dr. med. univ. Katharina Leitner · Allgemeinmedizin · alle Kassen
Protokoll e-card / GINA — Arbeitsplatz REZEPTION-1
[12.03.2024 08:47:13] e-card gesteckt (Kartenleser GINO 2.0, Slot 1)
[12.03.2024 08:47:14] Anspruchsprüfung OK — SV-Träger: ÖGK Wien (11) — Anspruchsart: Krankenbehandlung
  SV-Nummer ........ 1238 150372
  Name ............. MAG. ZEHETNER-KRAUS, BRIGITTE
  Geburtsdatum ..... 15.03.1972
  Geschlecht ....... weiblich
  Konsultation ..... Erstkonsultation Q1/2024, Fachgebiet AM, Konsultations-ID 20240312-447120931
[12.03.2024 08:47:15] e-Medikation: 3 aktive Verordnungen (Euthyrox 75 µg, Pantoloc 40 mg, Seractil 400 mg)
[12.03.2024 08:47:15] ELGA: Teilnahme ja, kein situativer Opt-out
[12.03.2024 08:52:40] Stammdaten geändert: Telefon alt +43 1 8044712 → neu +43 664 4471209
[12.03.2024 09:04:02] Diagnose (Freitext): Hashimoto-Thyreoiditis, TSH-Kontrolle; Morbus Basedow ausgeschlossen (TRAK neg.)
[12.03.2024 09:04:30] Überweisung: Institut für Labordiagnostik, Klinik Ottakring — TSH, fT4, Anti-TPO
[12.03.2024 09:05:01] Krankmeldung an ÖGK übermittelt: AU von 12.03.2024 bis 15.03.2024`,
    // MAG. is a title; the SV-Nummer is a national id even though it holds the birth date; the sick-leave dates are not ours.
    expected: [
      ['PERSON', 'Katharina Leitner'],
      ['PERSON', 'ZEHETNER-KRAUS, BRIGITTE'],
      ['DATE_OF_BIRTH', '15.03.1972'],
      ['PHONE', '+43 1 8044712'],
      ['PHONE', '+43 664 4471209'],
    ],
  },
  {
    name: 'Swiss Austrittsbericht from the Klinik Hirslanden: Herr with geb., AHV-Nr., the referring GP named in full and again by family name, signatories with pract. med.; Simpson biplane and Basedow',
    text: `Klinik Hirslanden Zürich · HerzKlinik
Witellikerstrasse 40 · 8032 Zürich · T +41 44 387 44 71

Austrittsbericht

Patient: Herr Reto Caflisch-Meier, geb. 14.07.1958, Seestrasse 112, 8700 Küsnacht
AHV-Nr. 756.4471.2093.18 · Helsana, Zusatz halbprivat · Fall-Nr. 2403-044712
Eintritt: 05.03.2024 · Austritt: 11.03.2024 · Zimmer 412

Zuweisende Ärztin: Dr. med. Anna-Lena Brügger, Hausarztpraxis am Zollikerberg, T 044 391 47 12
Kopie an: Patient

Diagnosen
1. Koronare 3-Gefässerkrankung
   - NSTEMI am 05.03.2024
   - PCI/Stenting RIVA und RCX (2x DES) am 06.03.2024
   - LVEF 48 % (Simpson biplan)
2. Kardiovaskuläre Risikofaktoren: arterielle Hypertonie, Dyslipidämie, Nikotin (35 py)
3. Morbus Basedow, St. n. Radiojodtherapie 2011, substituiert

Procedere
- ASS 100 mg unbefristet, Prasugrel (Efient®) 10 mg für 12 Monate bis 03/2025
- Ambulante kardiale Rehabilitation angemeldet
- Kontrolle bei Dr. Brügger in 1 Woche, TTE in 3 Monaten bei uns

Freundliche Grüsse
Dr. med. Matthias Oberholzer, Leitender Arzt Kardiologie
pract. med. Sina Graf, Assistenzärztin`,
    // The AHV number, case and room numbers and the entry, exit and procedure dates are not ours.
    expected: [
      ['PHONE', '+41 44 387 44 71'],
      ['PERSON', 'Reto Caflisch-Meier'],
      ['DATE_OF_BIRTH', '14.07.1958'],
      ['PERSON', 'Anna-Lena Brügger'],
      ['PHONE', '044 391 47 12'],
      ['PERSON', 'Brügger'],
      ['PERSON', 'Matthias Oberholzer'],
      ['PERSON', 'Sina Graf'],
    ],
  },
  // ---------------------------------------------------------------- French-speaking countries
  {
    name: "French compte rendu d'hospitalisation from Necker: Mme NOM Prénom with née le, the head of department as Pr O. Tshibanda and in full, the médecin traitant twice; UH Hamburger, maladie de Berger, Babinski",
    text: `AP-HP — Hôpital Necker-Enfants malades
Service de Néphrologie-Transplantation adulte — Chef de service : Pr O. Tshibanda
149 rue de Sèvres, 75015 Paris — Secrétariat : 01 44 49 47 12

COMPTE RENDU D'HOSPITALISATION

Patiente : Mme LEROY-NGUYEN Sophie, née le 03/05/1969
IPP : 8004471209 — N° de séjour : 240311447 — NIR : 2 69 05 75 115 447 12
Hospitalisée du 04/03/2024 au 11/03/2024 (UH Hamburger, lit 12)
Médecin traitant : Dr Karim Benali, 12 avenue Félix Faure, 75015 Paris

Madame LEROY-NGUYEN, âgée de 54 ans, transplantée rénale en 2017 (donneur décédé) sur néphropathie à IgA (maladie de Berger), est hospitalisée pour une fièvre à 39,4 °C avec frissons.

Examen clinique : PA 104/62 mmHg, FC 112/min. Ébranlement lombaire douloureux en regard du greffon. Examen neurologique normal, pas de signe de Babinski.

Biologie : créatinine 212 µmol/L (base 118), CRP 187 mg/L, leucocytes 16,4 G/L. ECBU : E. coli BLSE > 10^5 UFC/mL. Tacrolimémie résiduelle 9,8 ng/mL.

Évolution : pyélonéphrite aiguë du greffon traitée par ertapénem 1 g/j IV pendant 10 jours, apyrexie à J3, créatinine de sortie 131 µmol/L.

Traitement de sortie : Advagraf 4 mg/j, CellCept 500 mg x2/j, Bactrim Faible 1 cp/j.

Rendez-vous : consultation post-greffe le 25/03/2024 avec le Dr Hélène Marchetti.

Compte rendu dicté par le Dr Hélène Marchetti, validé par le Pr Olivier Tshibanda.
Copie : Dr Karim Benali (médecin traitant) ; Mme LEROY-NGUYEN`,
    // O. Tshibanda is named in full at the end; IPP, séjour and NIR are not ours; UH Hamburger, avenue Félix Faure, Berger and Babinski are not people.
    expected: [
      ['PERSON', 'O. Tshibanda'],
      ['PHONE', '01 44 49 47 12'],
      ['PERSON', 'LEROY-NGUYEN Sophie'],
      ['DATE_OF_BIRTH', '03/05/1969'],
      ['PERSON', 'Karim Benali'],
      ['PERSON', 'LEROY-NGUYEN'],
      ['PERSON', 'Hélène Marchetti'],
      ['PERSON', 'Hélène Marchetti'],
      ['PERSON', 'Olivier Tshibanda'],
      ['PERSON', 'Karim Benali'],
      ['PERSON', 'LEROY-NGUYEN'],
    ],
  },
  {
    name: 'French ordonnance: the prescriber header with RPPS and AM numbers and a phone, the patient with age and weight, Levothyrox, a question of Hashimoto',
    text: `Dr Amandine Perrin-Vasseur
Médecin généraliste — Conventionnée secteur 1
RPPS 10101447120 — N° AM 69 1 04471 2
3 place Bellecour, 69002 Lyon — Tél. 04 78 42 47 12
Consultations sur rendez-vous

                                        Lyon, le 12 mars 2024

M. Théo Garnier-Ouedraogo
34 ans — 78 kg

1) Lévothyroxine (LEVOTHYROX®) 50 µg : 1 comprimé le matin à jeun — QSP 3 mois
2) Ibuprofène 400 mg : 1 comprimé 3 fois par jour au cours des repas si douleur, 5 jours maximum
3) Faire pratiquer au laboratoire dans 6 semaines : TSH, T4 libre, anticorps anti-TPO (thyroïdite de Hashimoto ?)

Ordonnance renouvelable 2 fois.

                                        Signature`,
    expected: [
      ['PERSON', 'Amandine Perrin-Vasseur'],
      ['PHONE', '04 78 42 47 12'],
      ['PERSON', 'Théo Garnier-Ouedraogo'],
    ],
  },
  {
    name: 'Mutuelle décompte: the adherent and a child beneficiary in a fixed-width table, a paediatrician, a dental centre and an optician named after people, née le, a grouped refund IBAN, a hotline and a mailbox',
    text: `Mutuelle Alizé Santé — Espace adhérent — Décompte n° DR-2024-0447120 du 08/03/2024

Adhérent : M. Mathieu Lefèvre-Diallo — N° adhérent 04471209 — Contrat Famille Confort
N° de sécurité sociale : 1 82 07 13 055 447 81 — Caisse : CPAM des Bouches-du-Rhône

Bénéficiaire             | Date soins | Acte                      | Praticien               | Dépense | Rbt SS | Rbt mutuelle | Reste à charge
Lina Lefèvre-Diallo      | 26/02/2024 | Consultation pédiatre (G) | Dr Nadia Haddad-Roux    |   35,00 |  21,00 |        14,00 |           0,00
Lina Lefèvre-Diallo      | 01/03/2024 | Orthodontie TO90          | Centre dentaire Pasteur |  193,50 |   0,00 |       150,00 |          43,50
Mathieu Lefèvre-Diallo   | 04/03/2024 | Verres progressifs        | Optique Molière         |  420,00 |   0,09 |       300,00 |         119,91

Bénéficiaire Lina Lefèvre-Diallo, née le 14/02/2016 (ayant droit enfant).
Total versé : 464,00 € sur le compte FR14 2004 1010 0505 0001 3M02 606 le 08/03/2024.
Une question ? 09 70 80 44 71 (appel non surtaxé) ou gestion@alize-sante.fr`,
    // The NIR, adherent and statement numbers and the care dates are not ours; Pasteur and Molière name businesses.
    expected: [
      ['PERSON', 'Mathieu Lefèvre-Diallo'],
      ['PERSON', 'Lina Lefèvre-Diallo'],
      ['PERSON', 'Nadia Haddad-Roux'],
      ['PERSON', 'Lina Lefèvre-Diallo'],
      ['PERSON', 'Mathieu Lefèvre-Diallo'],
      ['PERSON', 'Lina Lefèvre-Diallo'],
      ['DATE_OF_BIRTH', '14/02/2016'],
      ['IBAN', 'FR14 2004 1010 0505 0001 3M02 606'],
      ['PHONE', '09 70 80 44 71'],
      ['EMAIL', 'gestion@alize-sante.fr'],
    ],
  },
  {
    name: 'Belgian huisarts journal exported from HealthOne (Dutch): "NAAM Voornaam" with ° for the birth date, Rijksregisternummer, the GMD holder in full and as dr. P. …, SOEP lines, a daughter and a nurse by given name only',
    text: `HealthOne — Uitvoer patiëntendossier (journaal) — Groepspraktijk De Linde, Kortrijk
Patiënt: VERHAEGHE Joke   °12/11/1975   Rijksregisternr. 75.11.12-447.09
Ziekenfonds: CM 117 — aansluitingsnr. 447120931 — GMD: dr. Pieter-Jan Vandenbroucke (RIZIV 1-44712-09-004)
Adres: Doorniksestraat 61, 8500 Kortrijk — gsm 0478 44 71 20

11/03/2024 10:20 — Consultatie — dr. P. Vandenbroucke
S: hoest sinds 3 weken, nachtzweten, gewichtsverlies 4 kg. Rookt, 25 pakjaren.
O: T 37,8 °C, sat 95 %, crepitaties R basaal. Geen trommelstokvingers.
E: verdenking pneumonie rechts; DD maligniteit.
P: RX thorax AZ Groeninge, labo (CRP, BSE, bloedbeeld). Amoxicilline-clavulaanzuur 875/125 mg 3x/d gedurende 7 d. Controle over 1 week.
Dochter Annelies belt voor het resultaat.

04/03/2024 16:05 — Telefonisch contact — verpleegkundige Lore
Vraagt herhaalvoorschrift Pantomed 40 mg. OK na overleg.`,
    // Annelies and Lore are given names of people never named in full; the national register, mutuality and RIZIV numbers are not ours.
    expected: [
      ['PERSON', 'VERHAEGHE Joke'],
      ['DATE_OF_BIRTH', '12/11/1975'],
      ['PERSON', 'Pieter-Jan Vandenbroucke'],
      ['PHONE', '0478 44 71 20'],
      ['PERSON', 'P. Vandenbroucke'],
    ],
  },
  // ---------------------------------------------------------------- HL7 v2
  {
    name: 'HL7 v2.5 ORU^R01 from a Dutch lab to a GP system: BSN in PID-3, a Dutch name with a particle in PID-5, PID-7, a mobile in PID-13, the GP in PV1 and OBR with her AGB code, LOINC results',
    text: `MSH|^~\\&|GLIMS|SALTRO_LAB|PROMEDICO|HAP_HATTEM|20240312143022||ORU^R01^ORU_R01|MSG0447120|P|2.5|||AL|NE|NLD|8859/1|NL
PID|1||999447120^^^NLMINBIZA^NNNLD~PAT0447120^^^SALTRO^PI||van den Berg^Maarten^^^^^L||19650822|M|||Dorpsstraat 12^^Hattem^^8051 AB^NL||+31644712093^PRN^CP|||||||||||N
PV1|1|O|||||01044712^Kuipers-Bos^Ingrid^^^^^^VEKTIS^^^^AGB
ORC|RE|ORD-447120|LAB-240312-0931||CM
OBR|1|ORD-447120|LAB-240312-0931|DM-CTRL^Diabetes jaarcontrole^L|||20240312081500|||||||20240312091000||01044712^Kuipers-Bos^Ingrid^^^^^^VEKTIS
OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN||58|mmol/mol|20-42|H|||F
OBX|2|NM|2160-0^Creatinine [Moles/volume] in Serum or Plasma^LN||102|umol/L|64-104|N|||F
OBX|3|NM|62238-1^eGFR CKD-EPI^LN||68|mL/min/1.73m2|>60|N|||F
OBX|4|NM|14959-1^Microalbumin/Creatinine [Mass Ratio] in Urine^LN||4.1|mg/mmol|<2.5|H|||F
NTE|1||Resultaten doorgebeld aan de assistente op 12-03-2024 14:25.`,
    // The BSN, AGB code, order numbers, message timestamps and sampling times are not ours.
    expected: [
      ['PERSON', 'van den Berg^Maarten'],
      ['DATE_OF_BIRTH', '19650822'],
      ['PHONE', '+31644712093'],
      ['PERSON', 'Kuipers-Bos^Ingrid'],
      ['PERSON', 'Kuipers-Bos^Ingrid'],
    ],
  },
  {
    name: 'German MLLP router log with an HL7 ORU inside: sender and receiver IPs, a patient with the Dr. prefix component, the ward doctor in PV1 and again by family name in a critical-value warning, a DECT extension',
    text: `2024-03-12 06:14:02.118 INFO  [mllp-in:2575] Verbindung angenommen von 10.42.8.17:51822 (LIS Labor Nord)
2024-03-12 06:14:02.131 DEBUG [mllp-in:2575] Nachricht empfangen (612 Bytes):
MSH|^~\\&|OPUS_L|LABOR_NORD|ORBIS|UKSH_LUEBECK|20240312061401||ORU^R01|L240312061401447|P|2.5|||AL|NE|DEU|8859/1
PID|||0004471209^^^UKSH^PI||Weiß^Hans-Jürgen^^^Dr.||19510307|M
PV1||I|K12^1204^2^UKSH||||0815447^Nowak-Lindemann^Katharina^^^Dr. med.
OBR|1|A2403120447|L240312-0931|NOTF^Notfall-Labor^L|||20240312055000
OBX|1|NM|CRP^C-reaktives Protein^L||142.3|mg/l|<5.0|HH|||F
OBX|2|NM|PCT^Procalcitonin^L||2.8|ng/ml|<0.5|H|||F
OBX|3|NM|LAC^Laktat^L||3.9|mmol/l|0.5-2.2|H|||F
OBX|4|ST|BK^Blutkultur^L||grampositive Kokken in Haufen (V. a. Staph. aureus)||||||P
2024-03-12 06:14:02.140 INFO  [router] ACK AA an 10.42.8.17 gesendet (MSA|AA|L240312061401447)
2024-03-12 06:14:02.155 INFO  [router] weitergeleitet an ORBIS 10.42.1.30:2575 — Fall 2403120447
2024-03-12 06:14:05.902 WARN  [kritwert] Kritischer Wert CRP 142.3 mg/l — Station K12, Zimmer 1204, Bett 2 — Benachrichtigung an Dr. Nowak-Lindemann (DECT 4471)`,
    // The Dr. prefix component is a title; case, order and message ids, room, bed and DECT numbers are not ours.
    expected: [
      ['IP_ADDRESS', '10.42.8.17'],
      ['PERSON', 'Weiß^Hans-Jürgen'],
      ['DATE_OF_BIRTH', '19510307'],
      ['PERSON', 'Nowak-Lindemann^Katharina'],
      ['IP_ADDRESS', '10.42.8.17'],
      ['IP_ADDRESS', '10.42.1.30'],
      ['PERSON', 'Nowak-Lindemann'],
    ],
  },
  // ---------------------------------------------------------------- Southern Europe and Brazil
  {
    name: 'Spanish informe de alta from a stroke unit: "APELLIDOS, NOMBRE" with Mª, NHC, CIP and DNI, fecha de nacimiento beside the admission and discharge dates, a consultant, a follow-up doctor and the son as contact; Parkinson, Hashimoto, Babinski, Lasègue',
    text: `SERVICIO MADRILEÑO DE SALUD
Hospital Universitario 12 de Octubre — Servicio de Neurología — Unidad de Ictus
Avda. de Córdoba s/n, 28041 Madrid — Tel. 91 390 44 71

INFORME DE ALTA HOSPITALARIA
Paciente: GARCÍA-VALDECASAS RUIZ, Mª PILAR      NHC: 4471209      CIP: GRRZ570618447012
DNI: 04471209K      Fecha de nacimiento: 18/06/1957      Edad: 66 años      Sexo: Mujer
Fecha de ingreso: 02/03/2024      Fecha de alta: 10/03/2024      Cama: 7ª Izq. 712-B
Médico responsable: Dr. Álvaro Montesinos Peñalver

MOTIVO DE INGRESO: Hemiparesia derecha y afasia de inicio brusco (última vez vista asintomática el 02/03/2024 a las 07:40).
ANTECEDENTES: HTA, DM tipo 2, enfermedad de Parkinson desde 2016 (Sinemet Plus 25/100 1-1-1). Tiroiditis de Hashimoto.
EXPLORACIÓN: NIHSS 9. Afasia motora. Babinski derecho. Lasègue negativo bilateral.
PRUEBAS COMPLEMENTARIAS: AngioTC: oclusión de M1 izquierda. ECG: fibrilación auricular a 112 lpm.
EVOLUCIÓN: Trombectomía mecánica (TICI 2b) el 02/03/2024. NIHSS al alta 2.
JUICIO CLÍNICO: Ictus isquémico en territorio de ACM izquierda de etiología cardioembólica (FA de novo).
TRATAMIENTO AL ALTA: Apixabán 5 mg c/12 h; atorvastatina 80 mg/24 h; resto de tratamiento habitual sin cambios.
SEGUIMIENTO: Consulta de Neurología Vascular con la Dra. Ifeoma Chukwu-Sanz el 15/04/2024.
Contacto familiar: hijo, Javier Ortega García-Valdecasas, 655 44 71 20.`,
    // NHC, CIP, DNI, bed and the admission, procedure, discharge and follow-up dates are not ours.
    expected: [
      ['PHONE', '91 390 44 71'],
      ['PERSON', 'GARCÍA-VALDECASAS RUIZ, Mª PILAR'],
      ['DATE_OF_BIRTH', '18/06/1957'],
      ['PERSON', 'Álvaro Montesinos Peñalver'],
      ['PERSON', 'Ifeoma Chukwu-Sanz'],
      ['PERSON', 'Javier Ortega García-Valdecasas'],
      ['PHONE', '655 44 71 20'],
    ],
  },
  {
    name: 'Italian lettera di dimissione from Niguarda: Sig.ra COGNOME NOME with "nata a … il", codice fiscale and tessera sanitaria, the MMG, the surname alone, dott.ssa and prof. signatures, a ward phone and mailbox; Hashimoto, Alzheimer, Hartmann',
    text: `ASST Grande Ospedale Metropolitano Niguarda — S.C. Cardiologia 1 — Emodinamica
Piazza dell'Ospedale Maggiore 3, 20162 Milano

LETTERA DI DIMISSIONE

Paziente: Sig.ra ESPOSITO CARMELA, nata a Napoli (NA) il 09/01/1944
C.F.: SPSCML44A49F839X — Tessera sanitaria n. 80380000104471209
Ricovero n. 2024/044712 dal 01/03/2024 al 09/03/2024 — Reparto: Cardiologia, letto 24

Egregio Collega, dott. Marco Ferrante (MMG),

dimettiamo in data odierna la Sua paziente Sig.ra Esposito, di anni 80, ricoverata per scompenso cardiaco acuto in cardiopatia ischemico-ipertensiva.
Anamnesi: ipotiroidismo da tiroidite di Hashimoto in terapia sostitutiva; morbo di Alzheimer in fase iniziale (MMSE 22/30); pregresso intervento secondo Hartmann (2015).
Decorso: buona risposta alla terapia diuretica e.v.; NT-proBNP da 8.420 a 1.960 pg/mL.
Terapia alla dimissione: Entresto 24/26 mg 1 cp x 2; Bisoprololo 2,5 mg 1 cp; Furosemide 25 mg 1 cp; Eutirox 75 mcg 1 cp a digiuno.
Controlli: visita presso l'Ambulatorio Scompenso il 26/03/2024 ore 10:30.

Il medico dimettente: dott.ssa Giulia Brambilla        Il Direttore: prof. Roberto Scarpa-Lanzi
Per informazioni: 02 6444 7120 (reparto) — cardiologia1@ospedaleniguarda.it`,
    // Codice fiscale and tessera sanitaria are national ids; the admission, discharge and visit dates and the age are not ours.
    expected: [
      ['PERSON', 'ESPOSITO CARMELA'],
      ['DATE_OF_BIRTH', '09/01/1944'],
      ['PERSON', 'Marco Ferrante'],
      ['PERSON', 'Esposito'],
      ['PERSON', 'Giulia Brambilla'],
      ['PERSON', 'Roberto Scarpa-Lanzi'],
      ['PHONE', '02 6444 7120'],
      ['EMAIL', 'cardiologia1@ospedaleniguarda.it'],
    ],
  },
  {
    name: 'Italian MRI referto with the personal data left out: accession number, exam date, Lasègue, Pfirrmann and Modic grades, a scanner model',
    text: `ASST Spedali Civili di Brescia — U.O. Radiologia 2
Accettazione n. 24RM0447120 — Data esame: 11/03/2024 — Apparecchiatura: Siemens MAGNETOM Vida 3T

RM RACHIDE LOMBO-SACRALE SENZA MDC
Quesito clinico: lombosciatalgia dx da 3 settimane, Lasègue positivo a 30°, ipostenia dell'estensore lungo dell'alluce dx.
Tecnica: sequenze sagittali T1, T2 e STIR, assiali T2 da L3 a S1.
Reperti: Disidratazione discale L4-L5 e L5-S1 (Pfirrmann IV). A livello L4-L5 voluminosa ernia discale paramediana-foraminale destra migrata caudalmente, che impronta il sacco durale e comprime la radice L5 dx nel recesso laterale. Alterazioni di segnale delle limitanti somatiche L5-S1 tipo Modic 1. Cono midollare in sede (L1). Non lesioni ossee focali.
Conclusioni: Ernia discale L4-L5 destra con conflitto radicolare L5 dx; discopatia L5-S1 con Modic 1.
(Referto firmato digitalmente ai sensi del D.Lgs. 82/2005 — dati anagrafici omessi)`,
    expected: [],
  },
  {
    name: 'Brazilian e-SUS PEC atendimento: Cidadão with CNS, CPF and data de nascimento, nome da mãe, a cell phone, the family doctor with CRM, a SOAP note with CID and CIAP codes, an institute named after a person and a nurse by given name',
    text: `e-SUS APS — PEC — Atendimento individual — UBS Vila Mariana (CNES 2077447)
Cidadão: Antônia Aparecida dos Santos Oliveira
CNS: 704 4471 2093 1846 | CPF: 447.120.931-08 | Data de nascimento: 21/04/1963 (60 anos) | Sexo: Feminino
Nome da mãe: Maria José dos Santos
Telefone celular: (11) 98447-1209
Atendimento: 12/03/2024 09:20 — Profissional: Felipe Nakamura Rocha — Médico da Estratégia Saúde da Família (CRM-SP 144712)

SOAP
S: Refere cefaleia occipital há 1 semana, nega dor torácica. Parou a losartana por conta própria há 20 dias.
O: PA 168/102 mmHg (repetida 164/100), FC 88 bpm, IMC 31,2. Glicemia capilar 214 mg/dL (pós-prandial).
A: Hipertensão arterial descompensada (CID-10 I10; CIAP-2 K86); Diabetes mellitus tipo 2 (CID-10 E11.9; CIAP-2 T90).
P: Reintroduzo losartana 50 mg 12/12h; metformina 850 mg 2x/dia. Solicito HbA1c, creatinina, potássio, EAS e ECG. Encaminho ao Instituto Dante Pazzanese de Cardiologia (regulação SIRESP 44712093). Retorno em 30 dias com a enfermeira Patrícia.`,
    // CNS, CPF, CNES, CRM and the regulation number are not ours; Dante Pazzanese names an institute; Patrícia is never named in full.
    expected: [
      ['PERSON', 'Antônia Aparecida dos Santos Oliveira'],
      ['DATE_OF_BIRTH', '21/04/1963'],
      ['PERSON', 'Maria José dos Santos'],
      ['PHONE', '(11) 98447-1209'],
      ['PERSON', 'Felipe Nakamura Rocha'],
    ],
  },
  {
    name: 'Polish karta informacyjna leczenia szpitalnego: Pacjent with PESEL and data urodzenia, an address on ul. Mikołaja Kopernika, the wife authorised with her phone, lek. and prof. dr hab. n. med. signatures; choroba Hashimoto',
    text: `Szpital Uniwersytecki w Krakowie — Oddział Kliniczny Kardiologii Interwencyjnej
ul. Jakubowskiego 2, 30-688 Kraków, tel. 12 400 44 71

KARTA INFORMACYJNA LECZENIA SZPITALNEGO nr 2024/044712
Pacjent: Zbigniew Wróblewski    PESEL: 51030744712    Data urodzenia: 07.03.1951
Adres: ul. Mikołaja Kopernika 36/4, 31-501 Kraków
Okres hospitalizacji: 04.03.2024 – 12.03.2024

Rozpoznanie zasadnicze: Zawał serca bez uniesienia odcinka ST (I21.4).
Rozpoznania współistniejące: Choroba Hashimoto (E06.3). Nadciśnienie tętnicze (I10). Cukrzyca typu 2 (E11.9).
Wykonane procedury: Koronarografia i PCI z implantacją DES do LAD (05.03.2024).
Zalecenia: ASA 75 mg 1×dz., tikagrelor 90 mg 2×dz. przez 12 mies., atorwastatyna 80 mg 1×dz. wieczorem. Kontrola w Poradni Kardiologicznej za 4 tygodnie.
Pacjent upoważnił do uzyskiwania informacji o stanie zdrowia: żona — Halina Wróblewska, tel. 604 447 120.

Lekarz prowadzący: lek. Agnieszka Sołtys-Mazur
Kierownik Kliniki: prof. dr hab. n. med. Bogdan Jastrzębski`,
    // The PESEL holds the birth date but is a national id; Jakubowskiego and Kopernika are streets; the stay and procedure dates are not ours.
    expected: [
      ['PHONE', '12 400 44 71'],
      ['PERSON', 'Zbigniew Wróblewski'],
      ['DATE_OF_BIRTH', '07.03.1951'],
      ['PERSON', 'Halina Wróblewska'],
      ['PHONE', '604 447 120'],
      ['PERSON', 'Agnieszka Sołtys-Mazur'],
      ['PERSON', 'Bogdan Jastrzębski'],
    ],
  },
  // ---------------------------------------------------------------- Nordic countries
  {
    name: 'Swedish TakeCare journal print from Karolinska: personnummer before "Efternamn, Förnamn Mellannamn", signing and countersigning doctors, Parkinsons sjukdom, the daughter present, a mobile',
    text: `TakeCare — Journalutskrift — Karolinska Universitetssjukhuset Solna, Hjärtkliniken
19580312-4471 Lindqvist Bergström, Eva Marianne
Besök 2024-03-11 10:30 — Läkare — Mottagningsbesök
Signerad av: Oskar Hedlund (ST-läkare) 2024-03-11 14:02 — Vidimerad av: Maja Eriksson-Lund (överläkare)

Kontaktorsak
Uppföljning 3 mån efter kateterablation (PVI) för paroxysmalt förmaksflimmer.
Aktuellt
Mår bra, inga nya episoder av hjärtklappning. Har Parkinsons sjukdom sedan 2019 (Madopark, följs på Danderyds sjukhus). Dottern Sara Bergström närvarande vid besöket.
Status
AT: Gott. Cor: RR, 72/min, inga blåsljud. BT 128/76.
EKG: Sinusrytm 68/min, PQ 0,18 s, normal QRS.
Bedömning
Inget recidiv av FF. CHA2DS2-VASc 3 — fortsatt Eliquis 5 mg x 2.
Åtgärd
Långtids-EKG om 6 mån. Patienten nås på 070-447 12 09 vid behov.`,
    // The personnummer is a national id; the visit and signing dates are not ours.
    expected: [
      ['PERSON', 'Lindqvist Bergström, Eva Marianne'],
      ['PERSON', 'Oskar Hedlund'],
      ['PERSON', 'Maja Eriksson-Lund'],
      ['PERSON', 'Sara Bergström'],
      ['PHONE', '070-447 12 09'],
    ],
  },
  {
    name: 'Norwegian epikrise from Rikshospitalet: Pasient with f. and fødselsnummer, the fastlege with a phone, a copy to an overlege who also signs, a doctor in training; Bells parese',
    text: `Oslo universitetssykehus HF — Rikshospitalet — Nevrologisk avdeling, sengepost
EPIKRISE

Pasient: Ingrid Solbakken Haugen, f. 14.02.1967 — fødselsnr. 14026744712
Innlagt: 04.03.2024   Utskrevet: 08.03.2024
Fastlege: Ole Martin Eide, Storgata legesenter, Storgata 8, 0155 Oslo — tlf. 22 44 71 20
Kopi: Pasienten; Nevrologisk poliklinikk v/ overlege Henrik Løvlie

Diagnoser: Multippel sklerose, attakk (G35). Bells parese vurdert og utelukket.
Anamnese: 57 år gammel kvinne med kjent RRMS siden 2011, tidligere behandlet med dimetylfumarat.
Funn: Nedsatt visus venstre øye (0,3), RAPD venstre. MR caput 05.03.24: tre nye T2-lesjoner, to med kontrastoppladning.
Behandling: Solu-Medrol 1 g i.v. x 3 dager (05.–07.03.2024), god effekt.
Videre plan: Oppstart av ocrelizumab (Ocrevus) vurderes på poliklinikken om 4 uker.

Med vennlig hilsen
Tuva Nilsen Aas, lege i spesialisering   Henrik Løvlie, overlege
(Elektronisk godkjent)`,
    // The fødselsnummer is a national id; the admission, discharge and MRI dates and the age are not ours.
    expected: [
      ['PERSON', 'Ingrid Solbakken Haugen'],
      ['DATE_OF_BIRTH', '14.02.1967'],
      ['PERSON', 'Ole Martin Eide'],
      ['PHONE', '22 44 71 20'],
      ['PERSON', 'Henrik Løvlie'],
      ['PERSON', 'Tuva Nilsen Aas'],
      ['PERSON', 'Henrik Løvlie'],
    ],
  },
  {
    name: 'Danish ambulant journal note from Rigshospitalet: CPR before the name, the husband as pårørende with a phone, the reservelæge twice and the overlæge approving; Graves/Morbus Basedow, e-Boks',
    text: `Rigshospitalet — Endokrinologisk Klinik PE — Ambulant notat
12.03.2024 09:40  Journalnotat, læge
CPR: 120385-4471  Mette Kjærsgaard Holm
Pårørende: Thomas Holm (ægtefælle), tlf. 28 44 71 20
Objektivt: Puls 104, fin tremor, let exophthalmus. Vægt 61 kg (–4 kg siden januar).
Paraklinik: TSH < 0,01 mIE/l, fT4 48 pmol/l (12–22), TRAb 12,4 IE/l (< 1,75).
Vurdering: Graves' sygdom (Morbus Basedow), DE05.0.
Plan: Thiamazol 15 mg x 1 dgl., Propranolol 10 mg x 3. Blodprøver om 4 uger. Pt. informeret, svar sendes via e-Boks. Kontrol hos reservelæge Ahmad Rahimi.
Notat skrevet af Ahmad Rahimi, reservelæge — godkendt af overlæge Signe Frandsen 12.03.2024 14:02`,
    // The CPR number holds the birth date but is a national id; Graves and Basedow are diseases.
    expected: [
      ['PERSON', 'Mette Kjærsgaard Holm'],
      ['PERSON', 'Thomas Holm'],
      ['PHONE', '28 44 71 20'],
      ['PERSON', 'Ahmad Rahimi'],
      ['PERSON', 'Ahmad Rahimi'],
      ['PERSON', 'Signe Frandsen'],
    ],
  },
  {
    name: 'Finnish question to an assistant with anonymised lab results: age, Sjögren and Hashimoto, sampling time and order number, a HUSLAB table with reference ranges, Schirmer',
    text: `Voisitko tulkita nämä laboratoriotulokset? Potilaan tunnistetiedot on poistettu.
58-vuotias nainen, taustalla Sjögrenin oireyhtymä ja Hashimoton tyreoidiitti; lääkityksenä Thyroxin 100 µg ja Plaquenil 200 mg x 2.
Näytteenotto 11.3.2024 klo 7.45 (HUSLAB, Meilahden tornisairaala), tutkimuspyyntö 44712093.

Tutkimus          Tulos    Viitearvo    Yksikkö
B-PVK+T
  -Hb             112 L    117–155      g/l
  -Leuk           3,1 L    3,4–8,2      E9/l
  -Trom           148 L    150–360      E9/l
S-TSH             6,8 H    0,5–3,6      mU/l
S-T4-V            11       9–19         pmol/l
P-Krea            92 H     50–90        µmol/l
fP-Gluk           5,9      4,0–6,0      mmol/l
S-SSA-Ab          pos
S-SSB-Ab          neg

Lisäksi Schirmerin testi 4 mm / 5 min molemmista silmistä. Mitä jatkotutkimuksia suosittelisit?`,
    expected: [],
  },
  // ---------------------------------------------------------------- Asia
  {
    name: 'Indian discharge summary: UHID and IP no, "Patient Name: Mr. …" with Age/Sex and DOB, Aadhaar and ABHA, DOA/DOD, consultant and referring doctor, the wife as attendant with a +91 mobile, a 24×7 hospital line; Killip, Hashimoto',
    text: `SRI VENKATESWARA MULTISPECIALITY HOSPITAL, HYDERABAD
(NABH Accredited) — Department of Cardiology
DISCHARGE SUMMARY

UHID: SVH.0004471209          IP No: IP/24/044712          Bed: CCU-07
Patient Name: Mr. Venkata Ramana Reddy Gaddam          Age/Sex: 61 Y / M          DOB: 05-08-1962
Aadhaar: 4471 2093 1846          ABHA No: 91-4471-2093-1846
Address: H.No. 8-3-447, Srinagar Colony, Hyderabad 500073
DOA: 02/03/2024 22:15          DOD: 09/03/2024 11:00
Consultant: Dr. Lakshmi Priya Subramanian, MD, DM (Cardiology)
Referred by: Dr. Syed Mujtaba Hussaini, Kamala Clinic, Ameerpet

FINAL DIAGNOSIS: Acute inferior wall STEMI (Killip I); T2DM, uncontrolled (HbA1c 9.1%); Hashimoto's thyroiditis on replacement.
PROCEDURE: Primary PTCA with DES to RCA (Xience Sierra 3.0 x 28 mm) on 03/03/2024.
COURSE IN HOSPITAL: Uneventful post-procedure. Echo: LVEF 50%, inferior wall hypokinesia. Started on insulin, switched to OHAs before discharge.
ADVICE ON DISCHARGE: T. Ecosprin 75 mg OD, T. Brilinta 90 mg BD, T. Atorva 80 mg HS, T. Glycomet GP 2 BD, T. Thyronorm 50 mcg OD (empty stomach).
REVIEW: After 1 week in Cardiology OPD (Room 14) with ECG, or earlier if chest pain.
Attendant: Mrs. Sunitha Gaddam (wife) — Mob: +91 98480 44712
In case of emergency call 040-4447 1209 (24x7).`,
    // Aadhaar and ABHA are national ids; UHID, IP number, bed and room are not ours; Kamala Clinic is a business.
    expected: [
      ['PERSON', 'Venkata Ramana Reddy Gaddam'],
      ['DATE_OF_BIRTH', '05-08-1962'],
      ['PERSON', 'Lakshmi Priya Subramanian'],
      ['PERSON', 'Syed Mujtaba Hussaini'],
      ['PERSON', 'Sunitha Gaddam'],
      ['PHONE', '+91 98480 44712'],
      ['PHONE', '040-4447 1209'],
    ],
  },
  {
    name: 'Japanese 診療情報提供書: 先生 御侍史 after the receiving doctor, the clinic phone and fax, 医師氏名 with 印, 患者氏名 with 様, a Shōwa-era 生年月日 with the age, パーキンソン病 and 橋本病, Billroth I',
    text: `診療情報提供書

令和6年3月12日

紹介先医療機関名　東京大学医学部附属病院　脳神経内科
担当医　中村　健一　先生　御侍史

紹介元医療機関の所在地及び名称
〒154-0024　東京都世田谷区三軒茶屋2-14-7
医療法人社団青葉会　さくら内科クリニック
電話番号　03-5430-4471　　FAX　03-5430-4472
医師氏名　渡辺 美咲　印

患者氏名　佐々木　達也　様
患者住所　東京都世田谷区太子堂4-1-12
電話番号　090-4471-2093
生年月日　昭和28年7月9日（70歳）　性別　男　職業　無職

傷病名　パーキンソン病の疑い、2型糖尿病、橋本病（慢性甲状腺炎）
紹介目的　精査加療のお願い
既往歴及び家族歴　2015年　胃癌にて幽門側胃切除（Billroth I法再建）。父：パーキンソン病。
症状経過及び検査結果　半年前より右手の安静時振戦と歩行時のすくみ足を認めます。HbA1c 7.2%（NGSP）、TSH 5.8 μIU/mL。
治療経過　メトホルミン500mg 2錠 分2、チラーヂンS錠50μg 1錠 朝食後。
備考　被保険者証 記号 4471 番号 209
お忙しいところ恐縮ですが、よろしくお願い申し上げます。`,
    // 先生, 御侍史, 印 and 様 are not part of names; the letter date, the age and the insurance card numbers are not ours.
    expected: [
      ['PERSON', '中村　健一'],
      ['PHONE', '03-5430-4471'],
      ['PHONE', '03-5430-4472'],
      ['PERSON', '渡辺 美咲'],
      ['PERSON', '佐々木　達也'],
      ['PHONE', '090-4471-2093'],
      ['DATE_OF_BIRTH', '昭和28年7月9日'],
    ],
  },
  {
    name: 'Chinese 出院小结 from 北京协和医院: 姓名 with 年龄 and 住院号, admission and discharge dates, 桥本甲状腺炎 and 帕金森病, the attending named in the orders and the signature block, the son as contact with a mobile, a 医保 number',
    text: `北京协和医院
出院小结

姓名：李秀兰　　性别：女　　年龄：68岁　　科室：内分泌科　　床号：12床　　住院号：0447120
入院日期：2024年02月28日　　出院日期：2024年03月08日　　住院天数：9天
入院诊断：1. 2型糖尿病伴酮症　2. 桥本甲状腺炎　3. 帕金森病
出院诊断：同上
入院情况：患者因"口干、多饮、多尿10年，加重伴乏力1周"入院。查体：T 36.8℃，P 92次/分，BP 146/88mmHg。
诊疗经过：入院后予胰岛素泵强化降糖，补液纠酮。出院前空腹血糖 6.8 mmol/L，餐后2h血糖 9.4 mmol/L，HbA1c 10.2%。
出院医嘱：1. 门冬胰岛素注射液 8U-6U-6U 三餐前皮下注射；2. 左甲状腺素钠片（优甲乐）50μg qd；3. 多巴丝肼片（美多芭）125mg tid；4. 2周后内分泌科门诊复诊（王建国主任医师）。
主治医师：王建国　　住院医师：陈思远
家属联系人：张伟（儿子）　　联系电话：138 1144 7120
医保个人编号：11010544712093`,
    // The age, bed and admission numbers, dates and the 医保 number are not ours; diseases named after people are not people.
    expected: [
      ['PERSON', '李秀兰'],
      ['PERSON', '王建国'],
      ['PERSON', '王建国'],
      ['PERSON', '陈思远'],
      ['PERSON', '张伟'],
      ['PHONE', '138 1144 7120'],
    ],
  },
  {
    name: 'Korean 진료의뢰서: 교수님 귀하 after the receiving professor, 환자성명 with a masked 주민등록번호 and 생년월일, the patient and spouse mobiles, the clinic phone and fax, the referring doctor with a licence number',
    text: `진료의뢰서

수신: 서울아산병원 신경과 박서연 교수님 귀하

환자성명: 김민준          성별/나이: 남 / 55세
주민등록번호: 680415-1******
생년월일: 1968년 4월 15일
주소: 서울특별시 강남구 테헤란로 447, 1209호
연락처: 010-4471-2093 (본인), 010-2093-4471 (배우자 이수진)

상병명: 1. 파킨슨병 의증 (G20)  2. 본태성 고혈압 (I10)  3. 하시모토 갑상선염 (E06.3)
의뢰내용: 6개월 전부터 우측 상지 안정시 진전 및 서동증이 있어 정밀검사 및 치료를 의뢰드립니다. 현재 복용약: 암로디핀 5mg 1일 1회, 씬지로이드 0.05mg 1일 1회.

의뢰일: 2024년 3월 12일
의뢰기관: 하나로내과의원 (요양기관기호 11447120)   전화: 02-555-4471   팩스: 02-555-4472
의사: 이준호 (면허번호 제44712호)   (인)`,
    // 교수님 귀하 is not part of the name; the masked resident number, the referral date, the institution code and the licence number are not ours.
    expected: [
      ['PERSON', '박서연'],
      ['PERSON', '김민준'],
      ['DATE_OF_BIRTH', '1968년 4월 15일'],
      ['PHONE', '010-4471-2093'],
      ['PHONE', '010-2093-4471'],
      ['PERSON', '이수진'],
      ['PHONE', '02-555-4471'],
      ['PHONE', '02-555-4472'],
      ['PERSON', '이준호'],
    ],
  },
  // ---------------------------------------------------------------- Oceania and the Americas
  {
    name: "Australian GP referral letter: practice phone, fax and provider number, the endocrinologist greeted by given name, Re: line with DOB, a Medicare number and IRN, the patient by given name, Hashimoto's, Raglan and Military Road",
    text: `Mosman Family Medical Practice
Shop 4, 722 Military Road, Mosman NSW 2088
Ph (02) 9969 4471 · Fax (02) 9969 4472 · Provider No. 4471209T

12 March 2024

Dr Priyanka Raghavan
Endocrinologist
Royal North Shore Hospital, Reserve Road, St Leonards NSW 2065

Dear Priyanka,

Re: Mrs Tamsin O'Loughlin-Nguyen    DOB 24/09/1981
    14 Raglan Street, Mosman NSW 2088    Mob 0412 447 120
    Medicare 2447 12093 1  IRN 2    DVA: nil

Thank you for seeing Tamsin, a 42-year-old teacher with Hashimoto's thyroiditis diagnosed in 2016, whose TSH remains 8.9 mIU/L (0.5–4.0) despite thyroxine 125 mcg daily taken correctly. Anti-TPO 640 IU/mL. She is planning a pregnancy later this year.

Current medications: Oroxine 125 mcg daily, Elevit 1 daily. Allergies: penicillin (rash).

Kind regards,

Dr Callum Fitzgerald-Ward
MBBS FRACGP`,
    // The Medicare number and IRN, the provider number, the letter date and the age are not ours; Raglan Street and Military Road are streets.
    expected: [
      ['PHONE', '(02) 9969 4471'],
      ['PHONE', '(02) 9969 4472'],
      ['PERSON', 'Priyanka Raghavan'],
      ['PERSON', 'Priyanka'],
      ['PERSON', "Tamsin O'Loughlin-Nguyen"],
      ['DATE_OF_BIRTH', '24/09/1981'],
      ['PHONE', '0412 447 120'],
      ['PERSON', 'Tamsin'],
      ['PERSON', 'Callum Fitzgerald-Ward'],
    ],
  },
  {
    name: "New Zealand e-referral (ERMS) to general surgery: NHI, a Māori name with macrons, DOB in dd-Mon-yyyy, whānau contact, the referring GP with HPI CPN, phone and practice e-mail; Murphy's sign, Seddon Road",
    text: `e-Referral (ERMS) — Te Whatu Ora Waitematā — General Surgery (North Shore Hospital)
Referral ID: ER-2024-0447120   Priority: Semi-urgent   Sent: 12/03/2024 15:41

PATIENT
NHI: ZAB4471      Name: Hēmi Te Rangi Pōmare      DOB: 03-Jan-1974      Gender: Male
Ethnicity: NZ Māori (Ngāti Whātua)
Address: 18 Seddon Road, Henderson, Auckland 0612
Mobile: 021 447 1209
Whānau contact: Mere Pōmare (partner) 022 447 0931

REFERRER
Dr Aroha Walker, Te Atatū Medical Centre, 450 Te Atatū Road, Auckland 0610
Ph 09 834 4712   HPI CPN: 47AB12   Email: reception@teatatumedical.co.nz

CLINICAL DETAILS
Recurrent RUQ pain after fatty meals, 4 episodes since Dec 2023, last ED presentation 02/03/2024 (North Shore ED). Murphy's sign positive on 02/03. LFTs: ALP 142 U/L (40–120), bilirubin 18 µmol/L. US 05/03/2024: multiple gallstones, CBD 5 mm.
Request: assessment for laparoscopic cholecystectomy.`,
    // The NHI and HPI CPN are ids; the referral, ED and ultrasound dates are not ours; Murphy and Seddon are not people here.
    expected: [
      ['PERSON', 'Hēmi Te Rangi Pōmare'],
      ['DATE_OF_BIRTH', '03-Jan-1974'],
      ['PHONE', '021 447 1209'],
      ['PERSON', 'Mere Pōmare'],
      ['PHONE', '022 447 0931'],
      ['PERSON', 'Aroha Walker'],
      ['PHONE', '09 834 4712'],
      ['EMAIL', 'reception@teatatumedical.co.nz'],
    ],
  },
  {
    name: 'Québec GMF note d\'évolution: Usager "NOM, Prénom", date de naissance, a RAMQ number, the Dre who writes and supervises, a resident; the O\'Sullivan test, CLSC',
    text: `GMF-U de Verdun — DMÉ — Note d'évolution
Usager : TREMBLAY, Marie-Ève    Date de naissance : 1988-07-30 (35 ans)    RAMQ : TREM 8857 3044 (exp. 2026-07)
Tél. : 514 447-1209    Dossier : 0447120
Date de la visite : 2024-03-12 09:15 — Rédigé par : Dre Nathalie Bouchard-Gagnon

S : G2P1, 24 sem. + 3 j. Se sent bien, bouge bien. Pas de saignement, pas de céphalée.
O : TA 118/72, poids 71,4 kg (+7,2 kg), HU 24 cm, BCF 148/min.
A : Grossesse normale.
P : Dépistage du diabète gestationnel (HGPO 50 g, test d'O'Sullivan) au CLSC avant le 2024-03-26. FSC, ferritine. Vaccin dcaT à 28 sem. Prochaine visite dans 4 semaines avec Dr Kevin Tran (résident R2), supervision Dre Bouchard-Gagnon.`,
    // The RAMQ number and expiry, the file number, the visit and test dates and the age are not ours.
    expected: [
      ['PERSON', 'TREMBLAY, Marie-Ève'],
      ['DATE_OF_BIRTH', '1988-07-30'],
      ['PHONE', '514 447-1209'],
      ['PERSON', 'Nathalie Bouchard-Gagnon'],
      ['PERSON', 'Kevin Tran'],
      ['PERSON', 'Bouchard-Gagnon'],
    ],
  },
  // ---------------------------------------------------------------- Africa
  {
    name: "South African admission clerking at Groote Schuur: Pt line with folder number and SA ID, next of kin with a cell number, Kernig's and Brudzinski's, Steve Biko Street, the ID registrar and the intern with a pager",
    text: `GROOTE SCHUUR HOSPITAL — Department of Medicine — Ward E16
Admission clerking — 11/03/2024 22:40
Pt: Nomvula Precious Dlamini   Folder no: 4471209   SA ID: 8704150447083   36F
Medical aid: none — state patient (H1)
Address: 14 Steve Biko Street, Gugulethu
NOK: Sipho Dlamini (brother) 082 447 1209

PC: 2/52 productive cough, night sweats, LOW ±6 kg.
HPI: HIV+ dx 2016, on TLD since 2019, last VL Nov 2023 <50 copies/ml, CD4 412. No prior TB.
O/E: Temp 38.4, HR 112, RR 26, SpO2 91% RA. Wasted. Crackles R upper zone. Kernig's and Brudzinski's negative.
Ix: GeneXpert Ultra sputum sent. CXR: RUL cavitation. Hb 9.8, CRP 164.
Imp: Probable PTB; r/o PJP.
Plan: Start RHZE (Rifafour 4 tabs daily) once Xpert back; d/w ID registrar Dr Pieter van Wyk — agrees.
Clerked by Dr Thandeka Mokoena (intern), pager 4471`,
    // The SA ID number holds the birth date but is a national id; folder and pager numbers are not ours; Steve Biko Street is a street.
    expected: [
      ['PERSON', 'Nomvula Precious Dlamini'],
      ['PERSON', 'Sipho Dlamini'],
      ['PHONE', '082 447 1209'],
      ['PERSON', 'Pieter van Wyk'],
      ['PERSON', 'Thandeka Mokoena'],
    ],
  },
  {
    name: 'Nigerian labour-ward admission note at LUTH: Mrs with three names, hospital and NHIA numbers, LMP and EDD, the husband as NOK with a phone, SR, HO and a midwife',
    text: `LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA
Department of Obstetrics & Gynaecology — Labour Ward — Admission note

Name: Mrs Chiamaka Obiageli Eze     Hosp. No: LUTH/24/044712     Age: 29 yrs     G2P1+0
NHIA No: 44712093-01     LMP: 02/06/2023     EDD: 09/03/2024     GA: 40+3 wks
Husband/NOK: Mr Emeka Eze — 0803 447 1209 — Ikorodu Road, Lagos

11/03/2024 01:20 — Admitted in early active labour. Contractions 3 in 10 min, 35–40 s. FHR 140 bpm, reactive CTG.
VE: cervix 5 cm dilated, 80% effaced, station -1, membranes intact, clear liquor after ARM at 01:45.
Previous SVD 2021, no complications. Booked at 14 weeks; Hb 10.8 g/dl, genotype AA, blood group O Rh+, HIV/HBsAg/VDRL negative.
Plan: partograph, IV access, group and save, monitor FHR half-hourly, analgesia on request.
Seen by: Dr Funmilayo Adeyemi-Bakare (SR), Dr Ibrahim Garba (HO) and Midwife Blessing Okon.`,
    // Hospital and NHIA numbers, LMP, EDD and admission dates, age and gestation are not ours.
    expected: [
      ['PERSON', 'Chiamaka Obiageli Eze'],
      ['PERSON', 'Emeka Eze'],
      ['PHONE', '0803 447 1209'],
      ['PERSON', 'Funmilayo Adeyemi-Bakare'],
      ['PERSON', 'Ibrahim Garba'],
      ['PERSON', 'Blessing Okon'],
    ],
  },
  {
    name: 'Mexican IMSS nota médica: a UMF named after a person, "APELLIDOS NOMBRE" in capitals, NSS, agregado médico and CURP, fecha de nacimiento, a Mexico City phone, Hashimoto, the doctor with cédula and matrícula',
    text: `INSTITUTO MEXICANO DEL SEGURO SOCIAL — UMF No. 28 "Gabriel Mancera" — Consultorio 7, turno matutino
NOTA MÉDICA INICIAL
Nombre: HERNÁNDEZ TLATELPA GUADALUPE     NSS: 4471 85 0931-2     Agregado médico: 1F1985OR
CURP: HETG850312MDFRLD07     Fecha de nacimiento: 12/03/1985     Edad: 38 años
Teléfono: 55 4471 2093     Fecha y hora: 11/03/2024 10:15
S: Refiere astenia, intolerancia al frío y aumento de peso de 5 kg en 6 meses.
O: TA 110/70 mmHg, FC 58 lpm, peso 74 kg, talla 1.58 m. Tiroides aumentada de tamaño, sin nódulos palpables.
Laboratorio del 04/03/2024: TSH 14.2 µUI/mL (0.4–4.0), T4L 0.6 ng/dL (0.9–1.7), anti-TPO 612 UI/mL.
IDx: Hipotiroidismo primario secundario a tiroiditis de Hashimoto (E03.9 / E06.3).
Plan: Levotiroxina 100 µg cada 24 h en ayunas; control de TSH en 6 semanas; cita con Nutrición.
Médico: Dr. Salvador Quiroz Ibarra — Céd. Prof. 4471209 — Matrícula 99447120`,
    // NSS, agregado, CURP, cédula and matrícula are ids; the lab and visit dates are not ours; Gabriel Mancera names the clinic.
    expected: [
      ['PERSON', 'HERNÁNDEZ TLATELPA GUADALUPE'],
      ['DATE_OF_BIRTH', '12/03/1985'],
      ['PHONE', '55 4471 2093'],
      ['PERSON', 'Salvador Quiroz Ibarra'],
    ],
  },
  {
    name: 'Argentine epicrisis from the Hospital de Clínicas "José de San Martín": "APELLIDO, Nombres", DNI and obra social numbers, fecha de nacimiento, Chagas, the médica tratante and jefe de sala, the mother with a +54 9 11 mobile',
    text: `Hospital de Clínicas "José de San Martín" — UBA — División Clínica Médica, Sala 4
EPICRISIS
Paciente: SOSA, Facundo Ezequiel    DNI 31.447.120    HC N° 447120
Obra social: OSDE 310 — N° de afiliado 60 447120 9 01
Fecha de nacimiento: 05/10/1984 (39 años)
Ingreso: 01/03/2024 — Egreso: 07/03/2024
Motivo de internación: Insuficiencia cardíaca descompensada.
Antecedentes: Enfermedad de Chagas (serología positiva 2015), miocardiopatía chagásica con FEy 30%. Portador de CDI (Medtronic) desde 2021.
Evolución: Buena respuesta a diuréticos endovenosos; peso al egreso 71 kg (–5 kg).
Indicaciones al alta: Sacubitril/valsartán 49/51 mg c/12 h, carvedilol 6,25 mg c/12 h, espironolactona 25 mg/día, dapagliflozina 10 mg/día. Control en consultorio de Insuficiencia Cardíaca el 21/03/2024.
Médica tratante: Dra. Valentina Di Lorenzo — Jefe de Sala: Dr. Ignacio Kaplan
Contacto: madre, Graciela Ruiz — +54 9 11 4471-2093`,
    // DNI, HC and the affiliate number are ids; admission, discharge and control dates are not ours; Chagas and San Martín are not people here.
    expected: [
      ['PERSON', 'SOSA, Facundo Ezequiel'],
      ['DATE_OF_BIRTH', '05/10/1984'],
      ['PERSON', 'Valentina Di Lorenzo'],
      ['PERSON', 'Ignacio Kaplan'],
      ['PERSON', 'Graciela Ruiz'],
      ['PHONE', '+54 9 11 4471-2093'],
    ],
  },
  // ---------------------------------------------------------------- FHIR, DICOM, certificates
  {
    name: 'FHIR R4 collection bundle (German base profiles): Patient with a KVID-10, family and given parts, a Dr. prefix, phone, e-mail and birthDate, a husband as contact; Practitioner with ANR and text; Encounter with period, Morbus Crohn and the Virchow-Klinikum',
    text: `{
  "resourceType": "Bundle",
  "type": "collection",
  "timestamp": "2024-03-09T11:05:12+01:00",
  "entry": [
    {
      "fullUrl": "https://fhir.kis.example-klinikum.de/fhir/Patient/pat-447120",
      "resource": {
        "resourceType": "Patient",
        "id": "pat-447120",
        "identifier": [
          { "type": { "coding": [{ "system": "http://fhir.de/CodeSystem/identifier-type-de-basis", "code": "GKV" }] }, "system": "http://fhir.de/sid/gkv/kvid-10", "value": "T447120931" },
          { "system": "urn:oid:1.2.276.0.76.4.8", "value": "0004471209" }
        ],
        "name": [{ "use": "official", "family": "Öztürk", "given": ["Ayşe", "Nur"], "prefix": ["Dr."] }],
        "telecom": [
          { "system": "phone", "value": "+49 30 44712093", "use": "home" },
          { "system": "email", "value": "ayse.ozturk@t-online.de" }
        ],
        "gender": "female",
        "birthDate": "1979-12-01",
        "address": [{ "line": ["Sonnenallee 112"], "city": "Berlin", "postalCode": "12045", "country": "DE" }],
        "contact": [{ "relationship": [{ "text": "Ehemann" }], "name": { "text": "Murat Öztürk" }, "telecom": [{ "system": "phone", "value": "+49 176 20934471" }] }]
      }
    },
    {
      "fullUrl": "https://fhir.kis.example-klinikum.de/fhir/Practitioner/prac-01",
      "resource": {
        "resourceType": "Practitioner",
        "id": "prac-01",
        "identifier": [{ "system": "https://fhir.kbv.de/NamingSystem/KBV_NS_Base_ANR", "value": "447120901" }],
        "name": [{ "use": "official", "text": "Dr. med. Florian Lehmann-Kaya", "family": "Lehmann-Kaya", "given": ["Florian"], "prefix": ["Dr. med."] }]
      }
    },
    {
      "fullUrl": "https://fhir.kis.example-klinikum.de/fhir/Encounter/enc-2024-044712",
      "resource": {
        "resourceType": "Encounter",
        "id": "enc-2024-044712",
        "status": "finished",
        "class": { "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP" },
        "subject": { "reference": "Patient/pat-447120" },
        "participant": [{ "individual": { "reference": "Practitioner/prac-01", "display": "Dr. med. Florian Lehmann-Kaya" } }],
        "period": { "start": "2024-03-04T09:12:00+01:00", "end": "2024-03-09T11:00:00+01:00" },
        "diagnosis": [{ "condition": { "display": "Morbus Crohn des Dünndarmes (K50.0)" }, "rank": 1 }],
        "serviceProvider": { "display": "Charité – Campus Virchow-Klinikum" }
      }
    }
  ]
}`,
    // FHIR family and given parts are each a name; the KVID, ANR and ids, the encounter period and timestamps are not ours.
    expected: [
      ['PERSON', 'Öztürk'],
      ['PERSON', 'Ayşe'],
      ['PERSON', 'Nur'],
      ['PHONE', '+49 30 44712093'],
      ['EMAIL', 'ayse.ozturk@t-online.de'],
      ['DATE_OF_BIRTH', '1979-12-01'],
      ['PERSON', 'Murat Öztürk'],
      ['PHONE', '+49 176 20934471'],
      ['PERSON', 'Florian Lehmann-Kaya'],
      ['PERSON', 'Lehmann-Kaya'],
      ['PERSON', 'Florian'],
      ['PERSON', 'Florian Lehmann-Kaya'],
    ],
  },
  {
    name: "storescu to an Orthanc node by IP, then a pydicom print of the CT header: referring, operator, patient and requesting physician PN values, Patient's Birth Date next to the study dates, UIDs and an accession number",
    text: `$ storescu -v -aet UKSH_CT04 -aec ORTHANC 192.168.40.12 4242 IM000447.dcm
I: Requesting Association
I: Association Accepted (Max Send PDV: 16372)
I: Sending file: IM000447.dcm
I: Sending Store Request (MsgID 1, CT)
XMIT: ..............................
I: Received Store Response (Success)
I: Releasing Association
$ python3 -c "import pydicom; print(pydicom.dcmread('IM000447.dcm', stop_before_pixels=True))"
Dataset.file_meta -------------------------------
(0002,0000) File Meta Information Group Length  UL: 194
(0002,0001) File Meta Information Version       OB: b'\\x00\\x01'
(0002,0002) Media Storage SOP Class UID         UI: CT Image Storage
(0002,0003) Media Storage SOP Instance UID      UI: 1.2.276.0.7230010.3.1.4.447120931.1.1710150012.4471
(0002,0010) Transfer Syntax UID                 UI: Explicit VR Little Endian
-------------------------------------------------
(0008,0020) Study Date                          DA: '20240311'
(0008,0030) Study Time                          TM: '142207.118'
(0008,0050) Accession Number                    SH: 'RAD24031104471'
(0008,0060) Modality                            CS: 'CT'
(0008,0070) Manufacturer                        LO: 'SIEMENS'
(0008,0080) Institution Name                    LO: 'Universitaetsklinikum Schleswig-Holstein'
(0008,0090) Referring Physician's Name          PN: 'Grünewald^Tobias^^Dr. med.'
(0008,1010) Station Name                        SH: 'CT-SOMATOM-04'
(0008,1030) Study Description                   LO: 'CT Schaedel nativ'
(0008,1070) Operators' Name                     PN: 'Jansen^Wiebke'
(0010,0010) Patient's Name                      PN: 'JEONG^HYE-JIN'
(0010,0020) Patient ID                          LO: 'UKSH0447120'
(0010,0030) Patient's Birth Date                DA: '19770921'
(0010,0040) Patient's Sex                       CS: 'F'
(0010,1010) Patient's Age                       AS: '046Y'
(0018,0015) Body Part Examined                  CS: 'HEAD'
(0018,0060) KVP                                 DS: '120.0'
(0020,000D) Study Instance UID                  UI: 1.2.276.0.7230010.3.1.2.447120931.1.1710150000.1
(0020,0010) Study ID                            SH: '4471'
(0032,1032) Requesting Physician                PN: 'Petersen^Malte'
(0040,0244) Performed Procedure Step Start Date DA: '20240311'`,
    // A PN value is one name up to the given name; the prefix component is a title. Study dates, the age, UIDs and ids are not ours.
    expected: [
      ['IP_ADDRESS', '192.168.40.12'],
      ['PERSON', 'Grünewald^Tobias'],
      ['PERSON', 'Jansen^Wiebke'],
      ['PERSON', 'JEONG^HYE-JIN'],
      ['DATE_OF_BIRTH', '19770921'],
      ['PERSON', 'Petersen^Malte'],
    ],
  },
  {
    name: 'EU Digital COVID Certificate payload decoded from an Austrian vaccination QR: nam with fn/fnt/gn/gnt, dob, the vaccination date, UVCI, CWT timestamps and product codes',
    text: `$ python3 dcc_decode.py --qr impfzertifikat_2024.png
{
  "1": "AT",
  "4": 1741737600,
  "6": 1710201600,
  "-260": {
    "1": {
      "v": [
        {
          "ci": "URN:UVCI:01:AT:4C7E1A09F2B84D3E9A50C6B1D7E2F3A8#K",
          "co": "AT",
          "dn": 4,
          "dt": "2024-03-11",
          "is": "Ministry of Health, Austria",
          "ma": "ORG-100030215",
          "mp": "EU/1/20/1528",
          "sd": 4,
          "tg": "840539006",
          "vp": "J07BX03"
        }
      ],
      "nam": { "fn": "Gruber-Mayrhofer", "fnt": "GRUBER<MAYRHOFER", "gn": "Theresia", "gnt": "THERESIA" },
      "dob": "1948-05-17",
      "ver": "1.3.0"
    }
  }
}`,
    // fn, fnt, gn and gnt are each a name field; the vaccination date, timestamps, UVCI and product codes are not ours.
    expected: [
      ['PERSON', 'Gruber-Mayrhofer'],
      ['PERSON', 'GRUBER<MAYRHOFER'],
      ['PERSON', 'Theresia'],
      ['PERSON', 'THERESIA'],
      ['DATE_OF_BIRTH', '1948-05-17'],
    ],
  },
  {
    name: 'DCC verifier CLI log with personal data hidden: trust-list ETag, a key id, CWT timestamps, vaccination codes, a UVCI, business-rule ids and a certificate hash',
    text: `$ dcc-verify --trust-list https://trustlist.dcc-verifier.internal/DSC --hide-personal-data HC1_scan_0447.txt
[2024-03-12T10:14:03Z] trust list loaded: 412 DSCs, ETag "a3f9e27c1d", signature OK
[2024-03-12T10:14:03Z] CWT header: alg=ES256 (-7), kid=DEsVUSvpFAE= (DE)
[2024-03-12T10:14:03Z] payload: iss=DE iat=2024-03-11T09:02:14Z exp=2025-03-11T09:02:14Z
[2024-03-12T10:14:03Z] cert type: vaccination (v), tg=840539006, vp=J07BX03, mp=EU/1/20/1528 (Comirnaty), ma=ORG-100030215, dn/sd=4/4, dt=2024-03-11, co=DE
[2024-03-12T10:14:03Z] UVCI: URN:UVCI:01DE/IZ14471A/5GP7HN1U0G6TKDE3Y4WGXH#S
[2024-03-12T10:14:03Z] nam/dob: <hidden by --hide-personal-data>
[2024-03-12T10:14:03Z] business rules (DE, valid from 2024-03-01): VR-DE-0001 ok, VR-EU-0002 ok, VR-EU-0003 ok
[2024-03-12T10:14:03Z] RESULT: VALID (ES256 verified with DSC sha256=9f1e4c0a7b2d5e8f31c6a0d9b4e7f2a1c8d5b3e6f9a2c7d4e1b8f5a3c0d6e9b2, DSC valid until 2025-06-30)`,
    expected: [],
  },
  // ---------------------------------------------------------------- pharmacy and claims
  {
    name: 'Online pharmacy order log: an e-Rezept token, the customer JSON with name, e-mail and phone, a full card in a debug line, a PSP reference and a DHL number, the prescriber with LANR, the approving pharmacist and a refund IBAN',
    text: `[2024-03-12 11:02:44] INFO  order.created id=VA-2024-0447120 channel=app rx=eRezept token=160.000.447.120.931.12
[2024-03-12 11:02:44] DEBUG customer={"id":"C-0931447","name":"Małgorzata Nowicka-Brandt","email":"m.nowicka-brandt@gmx.de","phone":"+49 1522 4471209","kv":"TK","kvnr":"N447120931"}
[2024-03-12 11:02:44] DEBUG items=[{"pzn":"04471209","name":"Ozempic 1 mg Injektionslösung","qty":1,"rx":true},{"pzn":"10047120","name":"Bepanthen Wund- und Heilsalbe 50 g","qty":1,"rx":false}]
[2024-03-12 11:02:45] DEBUG payment.authorize provider=adyen method=visa card=4532014471209312 exp=09/27 amount=EUR 14.95
[2024-03-12 11:02:45] INFO  payment.authorized psp_ref=8815447120931235
[2024-03-12 11:03:10] INFO  erezept.dispense token=160.000.447.120.931.12 prescriber="Dr. med. Tobias Wenzel-Arslan" lanr=447120901 bsnr=713344100 checked_by="Frauke Janssen (Apothekerin)"
[2024-03-12 11:03:11] INFO  shipping.label carrier=dhl tracking=00340434471209312040
[2024-03-12 14:20:37] INFO  refund.created order=VA-2024-0447120 reason="Zuzahlung doppelt berechnet" amount=EUR 5.00 iban=DE33370501981934471209`,
    // The e-Rezept token, PZNs, KVNR, LANR, BSNR, PSP reference and tracking number are not ours.
    expected: [
      ['PERSON', 'Małgorzata Nowicka-Brandt'],
      ['EMAIL', 'm.nowicka-brandt@gmx.de'],
      ['PHONE', '+49 1522 4471209'],
      ['CREDIT_CARD', '4532014471209312'],
      ['PERSON', 'Tobias Wenzel-Arslan'],
      ['PERSON', 'Frauke Janssen'],
      ['IBAN', 'DE33370501981934471209'],
    ],
  },
  {
    name: 'Medicare Online bulk-bill claiming log from an Australian practice: the servicing GP, "SURNAME, Given" patients with DOB, Medicare numbers and IRNs, MBS items with service dates, a referral, a LAN host and a BSB/account',
    text: `Best Practice — Medicare Online claiming log — Kingsway Medical Centre, Cronulla NSW
2024-03-12 17:02:11 INFO  Batch BB-20240312-01 (bulk bill, DB4) — servicing provider 4471209T Dr Mei-Ling Zhao
2024-03-12 17:02:11 INFO  Voucher 01: ROBERTSON, Duncan James  DOB 02/11/1946  Medicare 4471 20931 2 IRN 1  Item 23 (12/03/2024) $42.85 + Item 10990 $7.20
2024-03-12 17:02:11 INFO  Voucher 02: NGATA, Kiri Anahera  DOB 14/06/2019  Medicare 2953 44712 1 IRN 3  Item 23 (12/03/2024) $42.85 + Item 10990 $7.20
2024-03-12 17:02:12 INFO  Voucher 03: PAPADOPOULOS, Eleni  DOB 29/02/1952  Medicare 3447 12093 5 IRN 2  Item 36 (12/03/2024) $82.90 + Item 10990 $7.20 — referral issued to Dr Samuel Okoro (cardiology)
2024-03-12 17:02:14 INFO  Transmitting via Medicare Online adapter on host 10.1.4.22 (PRODA org RA 4471209312)
2024-03-12 17:02:19 INFO  Claim ID B4471T accepted: 3 vouchers, benefit assessed $190.20
2024-03-12 17:02:19 INFO  Payment to practice account BSB 062-192 Acc 1044 7120 expected within 2 business days`,
    // Medicare numbers, IRNs, provider and PRODA numbers, items, service dates, BSB and account are not ours.
    expected: [
      ['PERSON', 'Mei-Ling Zhao'],
      ['PERSON', 'ROBERTSON, Duncan James'],
      ['DATE_OF_BIRTH', '02/11/1946'],
      ['PERSON', 'NGATA, Kiri Anahera'],
      ['DATE_OF_BIRTH', '14/06/2019'],
      ['PERSON', 'PAPADOPOULOS, Eleni'],
      ['DATE_OF_BIRTH', '29/02/1952'],
      ['PERSON', 'Samuel Okoro'],
      ['IP_ADDRESS', '10.1.4.22'],
    ],
  },
  {
    name: 'Pseudonymised GKV claims (§301) in SQL with a psql result: IK numbers, case pseudonyms, KVNR hashes, admission and discharge dates, ICD, OPS and DRG codes, amounts, and a sample KVNR in a comment',
    text: `-- Routinedatenanalyse Krankenhausfälle 2023 (pseudonymisiert, §301 SGB V) — AG Versorgungsforschung
SELECT ik_kh, fall_pseudo, kvnr_hash, aufnahmedatum, entlassdatum, hd_icd, hauptops, drg, entgelt_eur
FROM gkv_faelle_2023
WHERE hd_icd IN ('K50.0', 'G20.1', 'E05.0', 'G30.1')
ORDER BY entgelt_eur DESC
LIMIT 5;

   ik_kh   | fall_pseudo |       kvnr_hash        | aufnahmedatum | entlassdatum | hd_icd | hauptops | drg  | entgelt_eur
-----------+-------------+------------------------+---------------+--------------+--------+----------+------+-------------
 261101015 | F-9f3a0147  | 4c1e9a07d2b8f3a61e5d7c | 2023-11-02    | 2023-12-19   | K50.0  | 5-455.41 | G02B |    28412.55
 260100447 | F-0c77b2e1  | e7a29140fd08c3b6658a1f | 2023-06-14    | 2023-07-08   | G30.1  | 8-550.1  | B44C |    11203.10
 260530931 | F-5a12c9d4  | 91b4e07d3c2a5f8e0d6b17 | 2023-02-20    | 2023-03-03   | G20.1  | 8-97d.1  | B49Z |     9876.40
 261400812 | F-73e8a5b0  | 0f6d2c9b8a4e17d3c5b2a9 | 2023-09-11    | 2023-09-18   | E05.0  | 5-062.8  | K10Z |     6102.77
 260950127 | F-2bd4f6e8  | a3c7e1f9d5b2840c6e8a1d | 2023-04-03    | 2023-04-06   | K50.0  | 1-650.2  | G67C |     1988.20
(5 rows)

-- Hinweis: Die KVNR (Format wie A123456780) wird vor dem Export per HMAC ersetzt; Rohdaten verbleiben im DWH der Kasse.`,
    expected: [],
  },
  // ---------------------------------------------------------------- analytics
  {
    name: 'psql over an Austrian hospital information system: the connection URL with a password and host, a query over patienten joined to faelle, a result grid with names, birth dates, SV-Nummern, phones and e-mails',
    text: `$ psql "postgresql://kis_ro:${pgPassword}@10.12.0.5:5432/kis"
kis=> SELECT p.pat_id, p.nachname, p.vorname, p.geburtsdatum, p.svnr, p.telefon, p.email, f.aufnahme, f.station
kis->   FROM patienten p JOIN faelle f USING (pat_id)
kis->  WHERE f.station = 'KARD-3' AND f.entlassung IS NULL
kis->  ORDER BY f.aufnahme;
 pat_id |   nachname   |  vorname  | geburtsdatum |    svnr    |     telefon     |         email         |      aufnahme       | station
--------+--------------+-----------+--------------+------------+-----------------+-----------------------+---------------------+---------
 104471 | Hofer        | Johann    | 1941-08-30   | 4471300841 | +43 664 4471209 |                       | 2024-03-08 14:20:00 | KARD-3
 104488 | Kovačević    | Dragana   | 1956-01-17   | 2093170156 | +43 676 2093447 | dragana.k@gmx.at      | 2024-03-10 09:05:00 | KARD-3
 104502 | Pichler-Wurm | Theresa   | 1938-12-24   | 1209241238 |                 | t.pichler-wurm@aon.at | 2024-03-11 22:47:00 | KARD-3
(3 rows)`,
    // The SV-Nummern are national ids; pat_id, admission timestamps and the ward are not ours.
    expected: [
      ['SECRET', pgPassword],
      ['IP_ADDRESS', '10.12.0.5'],
      ['PERSON', 'Hofer'],
      ['PERSON', 'Johann'],
      ['DATE_OF_BIRTH', '1941-08-30'],
      ['PHONE', '+43 664 4471209'],
      ['PERSON', 'Kovačević'],
      ['PERSON', 'Dragana'],
      ['DATE_OF_BIRTH', '1956-01-17'],
      ['PHONE', '+43 676 2093447'],
      ['EMAIL', 'dragana.k@gmx.at'],
      ['PERSON', 'Pichler-Wurm'],
      ['PERSON', 'Theresa'],
      ['DATE_OF_BIRTH', '1938-12-24'],
      ['EMAIL', 't.pichler-wurm@aon.at'],
    ],
  },
  {
    name: 'pandas 30-day readmission analysis in IPython: pseudonymised patients, ages, admission and discharge dates, ICD codes, wards and houses named after Sauerbruch, Virchow, Hufeland, Koch and Semmelweis',
    text: `In [12]: df = pd.read_parquet("faelle_2023_pseudo.parquet")

In [13]: df[["fall_id", "pat_pseudo", "station", "aufnahme", "entlassung", "alter", "hd_icd"]].head()
Out[13]:
    fall_id  pat_pseudo                  station   aufnahme entlassung  alter hd_icd
0  23004471  P-00a91f7e  Sauerbruch-Haus Chir. 2 2023-01-02 2023-01-09     81  S72.0
1  23004472  P-3c7d2e10         Virchow Innere 3 2023-01-02 2023-01-06     67  I50.1
2  23004473  P-9b0e44a2       Hufeland Geriatrie 2023-01-02 2023-01-20     88  G30.1
3  23004474  P-00a91f7e  Sauerbruch-Haus Chir. 2 2023-01-25 2023-01-31     81  T84.0
4  23004475  P-51f0c8d3    Koch-Haus Pneumologie 2023-01-03 2023-01-11     72  J44.1

In [14]: df = df.sort_values(["pat_pseudo", "aufnahme"])
    ...: df["naechste_aufnahme"] = df.groupby("pat_pseudo")["aufnahme"].shift(-1)
    ...: df["wa_30d"] = (df["naechste_aufnahme"] - df["entlassung"]).dt.days.le(30)

In [15]: df.groupby("station")["wa_30d"].agg(["count", "mean"]).round(3).sort_values("mean", ascending=False)
Out[15]:
                         count   mean
station
Hufeland Geriatrie        2210  0.188
Virchow Innere 3          3877  0.142
Koch-Haus Pneumologie     1964  0.131
Sauerbruch-Haus Chir. 2   4120  0.081
Semmelweis Gynäkologie    2731  0.034

In [16]: df.loc[df.hd_icd.str.startswith("G20"), "wa_30d"].mean()   # Morbus Parkinson
Out[16]: 0.1563`,
    expected: [],
  },
  {
    name: 'Swedish stroke quality-register table (Riksstroke extract): hospitals including Karolinska and Sahlgrenska, counts, percentages, door-to-needle medians and an extraction date',
    text: `Riksstroke — Årsrapport 2023 (preliminär) — utdrag för Region Stockholm och Västra Götalandsregionen
Sjukhus                                  Antal  Trombolys (%)  Trombektomi (%)  Dörr–nål, median (min)  Död inom 90 d (%)
Karolinska Universitetssjukhuset Solna    1247          14,8             12,1                      24               11,3
Danderyds sjukhus                         1108          13,2              8,7                      31               12,0
Södersjukhuset                             986          12,9              7,4                      28               10,8
Sahlgrenska Universitetssjukhuset         1412          15,6             13,0                      22               11,9
Norra Älvsborgs länssjukhus (NÄL)          644          11,1              6,2                      35               13,4

Kommentar: Sahlgrenska och Karolinska är trombektomicentra. mRS 0–2 efter 3 månader redovisas i separat tabell. Data uttagna 2024-03-08 av registerhållaren.`,
    expected: [],
  },
  {
    name: 'French PMSI activity CSV: FINESS numbers, Paris hospitals named after people (Lariboisière, Fernand-Widal, Georges-Pompidou, Bichat, Claude-Bernard), GHM codes and labels with Crohn, Parkinson, Guillain-Barré and Alzheimer',
    text: `FINESS;Établissement;GHM;Libellé GHM;Nb séjours 2023;DMS (j);DP le plus fréquent
750100125;Hôpital Necker-Enfants malades;06M041;Maladie de Crohn, niveau 1;412;3,8;K50.8
750100091;Hôpital Lariboisière – Fernand-Widal;01M221;Maladie de Parkinson, niveau 2;187;7,4;G20
750100232;Hôpital Européen Georges-Pompidou;05K101;Actes diagnostiques par voie vasculaire, niveau 1;2204;2,1;I25.1
750100075;Hôpital Bichat – Claude-Bernard;01M131;Syndrome de Guillain-Barré, niveau 3;46;18,6;G61.0
750100166;Groupe hospitalier Pitié-Salpêtrière;01M301;Maladie d'Alzheimer et autres démences, niveau 2;329;11,2;G30.1
Source : PMSI MCO 2023 (ScanSanté), extraction du 04/03/2024 — établissements de l'AP-HP, séjours > 0 nuit.`,
    expected: [],
  },
  {
    name: 'Dutch primary-care research extract (pseudonymised via a trusted third party): patient pseudonyms, practice ids, birth years only, contact dates, ICPC and ATC codes, M. Crohn and M. Basedow',
    text: `Zorgregistraties Eerste Lijn — extract ZRE-2024-017 (gepseudonimiseerd via ZorgTTP)
patient_pseudo,praktijk_id,geboortejaar,geslacht,contactdatum,icpc,episode_omschrijving,atc,middel
7f3a01c9e2,HP-0447,1951,V,2024-01-08,T86,Hypothyreoïdie/myxoedeem (Hashimoto),H03AA01,levothyroxine
7f3a01c9e2,HP-0447,1951,V,2024-02-19,N87,Parkinsonisme,N04BA02,levodopa/carbidopa
0b9d44e217,HP-0447,1968,M,2024-01-11,D94,Chronische enteritis/colitis ulcerosa (M. Crohn),L04AB04,adalimumab
e5c2188a40,HP-1209,1985,V,2024-01-15,T85,Hyperthyreoïdie (M. Basedow),H03BB02,thiamazol
e5c2188a40,HP-1209,1985,V,2024-03-04,T85,Hyperthyreoïdie (M. Basedow),C07AA05,propranolol
Regels: 48.213 · Patiënten: 12.447 · Praktijken: 31 · AGB-codes vervangen door praktijk_id`,
    // A birth year alone is not a birth date.
    expected: [],
  },
  {
    name: 'Mirth Connect source transformer (E4X JavaScript, Dutch comments) that blanks PID-5 and hashes the BSN: a placeholder test message, a 0.0.0.0 listener, a loopback health check and a password taken from an environment variable',
    text: `// Mirth Connect 4.4 — kanaal "LAB_IN_SALTRO" — Source transformer (JavaScript)
// Zet het BSN uit PID-3 om naar een pseudoniem vóór opslag in de onderzoeksdatabase.
var pid3 = msg['PID']['PID.3'];
for each (var cx in pid3) {
  if (cx['CX.4']['HD.1'].toString() == 'NLMINBIZA') {
    cx['CX.1'] = hashBsn(cx['CX.1'].toString());
  }
}
msg['PID']['PID.5']['XPN.1']['FN.1'] = '';   // achternaam leegmaken
msg['PID']['PID.5']['XPN.2'] = '';           // voornaam leegmaken
msg['PID']['PID.7']['TS.1'] = msg['PID']['PID.7']['TS.1'].toString().substring(0, 4);  // alleen geboortejaar bewaren
channelMap.put('orderNr', msg['ORC']['ORC.2']['EI.1'].toString());

// Testbericht: PID|1||999999990^^^NLMINBIZA^NNNLD||MUSTERMANN^MAX|||M
// Listener: TCP 0.0.0.0:6661 (MLLP); health check via http://127.0.0.1:8080/api/health
// DB: jdbc:postgresql://localhost:5432/mirthdb — wachtwoord uit \${MIRTH_DB_PASSWORD}`,
    // MUSTERMANN^MAX is a placeholder; 0.0.0.0 and the loopback address are not host addresses; the password is a placeholder.
    expected: [],
  },
  {
    name: 'Anonymised German case vignette asking for an interaction check: a 72-jährige Patientin, admission and surgery dates, Morbus Parkinson (Hoehn & Yahr), Hashimoto, Bazett, Babinski, Kernig and Brudzinski, a room and a DECT number',
    text: `Kannst du bitte die Medikation auf Interaktionen prüfen? Die Patientendaten sind anonymisiert.
72-jährige Patientin, seit 04.03.2024 stationär (Geriatrie, Zimmer 214). Vorerkrankungen: Morbus Parkinson (Hoehn & Yahr 3), Hashimoto-Thyreoiditis, Vorhofflimmern, CKD G3b (eGFR 38 ml/min/1,73 m²), Z. n. Hüft-TEP links am 12.02.2024.
Aktuelle Medikation:
- Madopar 125 mg 1-1-1-1
- Rasagilin (Azilect) 1 mg 1-0-0
- L-Thyroxin 75 µg 1-0-0
- Citalopram 20 mg 1-0-0
- Apixaban 2,5 mg 1-0-1
- neu seit gestern: Clarithromycin 500 mg 1-0-1 (Pneumonie, Erreger ausstehend)
QTc heute 488 ms (Bazett), K+ 3,4 mmol/l, Mg 0,68 mmol/l. Babinski bds. negativ, kein Meningismus (Kernig/Brudzinski negativ).
Konkret: Ist Clarithromycin zusammen mit Citalopram und Rasagilin vertretbar, oder besser auf Doxycyclin wechseln? Rückfragen gern an Station 3B, DECT 4471.`,
    expected: [],
  },
  {
    name: 'Appointment-booking API log (France): a booking payload with first and last name, birthdate, e-mail and phone, the practitioner display name, SMS and e-mail notifications, a leaked Brevo API key, the practice sender address, public and private client IPs',
    text: `2024-03-12T07:58:02.114Z INFO  booking-api  POST /v1/practices/prx_4471/appointments 201 142ms ip=84.141.22.197 ua="RdvSante/6.12 (iPhone; iOS 17.3)"
2024-03-12T07:58:02.115Z DEBUG booking-api  payload={"slot":"2024-03-19T09:30:00+01:00","motive":"Première consultation - dermatologie","patient":{"first_name":"Léa","last_name":"Fontaine","birthdate":"1992-04-07","email":"lea.fontaine@free.fr","phone":"+33 6 44 71 20 93"},"practitioner":{"id":"pra_0931","display":"Dr Yannick Le Goff"}}
2024-03-12T07:58:02.230Z INFO  notifier     sms.queued to=+33644712093 template=confirmation_fr_v3 appointment=apt_9f3a0147
2024-03-12T07:58:02.233Z INFO  notifier     email.queued to=lea.fontaine@free.fr template=confirmation_fr_v3
2024-03-12T07:58:03.004Z ERROR notifier     brevo.send failed status=401 body={"code":"unauthorized","message":"Key not found"} api_key=${brevoKey}
2024-03-12T07:58:09.511Z WARN  notifier     falling back to SMTP relay smtp-relay.brevo.com:587 from=rdv@cabinet-legoff-derm.fr
2024-03-12T07:59:14.880Z ERROR booking-api  POST /v1/practices/prx_4471/appointments 409 slot_taken ip=10.8.0.14 patient_id=pat_0447120 slot=2024-03-19T09:30:00+01:00
2024-03-12T08:00:00.001Z INFO  reminders    cron: 214 reminders for 2024-03-13 queued (J-1)`,
    // first_name and last_name are each a labelled name field; the slot and reminder dates and the ids are not ours.
    expected: [
      ['IP_ADDRESS', '84.141.22.197'],
      ['PERSON', 'Léa'],
      ['PERSON', 'Fontaine'],
      ['DATE_OF_BIRTH', '1992-04-07'],
      ['EMAIL', 'lea.fontaine@free.fr'],
      ['PHONE', '+33 6 44 71 20 93'],
      ['PERSON', 'Yannick Le Goff'],
      ['PHONE', '+33644712093'],
      ['EMAIL', 'lea.fontaine@free.fr'],
      ['SECRET', brevoKey],
      ['EMAIL', 'rdv@cabinet-legoff-derm.fr'],
      ['IP_ADDRESS', '10.8.0.14'],
    ],
  },
];

describeHoldout('privacy hold-out 26: healthcare and social care records outside the US and the UK', cases);
