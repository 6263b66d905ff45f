import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A forty-third hand-written hold-out: legal, public-sector, insurance, real-estate, logistics and
 * telecom material as people paste it into the AI assistant of a data product ("summarise this
 * filing", "which claims are duplicates", "write the SQL for overdue tenants"). Shapes: PACER
 * dockets and US complaints, UK, German, French, Spanish, Italian and Brazilian court decisions
 * (anonymised and not), contracts and NDAs with party and signature blocks, police and incident
 * reports, FOIA and GDPR subject-access requests and responses, immigration and visa forms,
 * voter-roll and council-tax extracts, tax-authority letters (HMRC, IRS, Finanzamt, Agencia
 * Tributaria), benefits case notes, insurance claims (FNOL, adjuster notes, ACORD XML, motor
 * claims, health claims, an EDI 837), policy schedules, leases, tenant ledgers, MLS listings,
 * property-management CRM exports, title and escrow documents, bills of lading and manifests,
 * customs declarations (CN23, EU SAD, ACE), courier tracking and proof-of-delivery exports,
 * telematics, telecom CDRs and SMS logs, number-porting and SIM-swap records, mobile-line KYC,
 * and SQL and pandas over such tables. Locales: the US, the UK, Ireland, Australia, Canada, India,
 * South Africa, Germany, France, Spain, Mexico, Argentina, Italy, Brazil, Portugal, the
 * Netherlands, Poland, Sweden, Turkey, Japan, Korea, China, the UAE and Israel. Hard negatives of
 * the same shapes: case and docket numbers, statute and section citations (§ 823 BGB, 42 U.S.C.
 * § 1983, Art. 6(1)(f) GDPR), judges acting as the court, law firms, courts and agencies named
 * after people (Baker McKenzie, Freshfields Bruckhaus Deringer, Cuatrecasas), streets and
 * buildings named after people, policy, claim, member and parcel numbers, VINs, licence plates,
 * tracking and container numbers (ISO 6346), HS codes, IMEI, IMSI and ICCID, UN/LOCODEs, flight
 * and vessel numbers, anonymised parties (X., [REDACTED], Mr A, la Sra. M.L.P.), legal
 * pseudonyms, amounts and dates that are not birth dates.
 *
 * Each case lists every value it expects found, with its type; anything else flagged is a false
 * positive. Conventions as in hold-outs 40 and 42: titles and honorifics (Mr, Frau, Me, Sra.,
 * さん, 님) are no part of a name's span; first and last name in separate fields are separate
 * spans; a lone given or family name counts only when the same person is named in full in the
 * text or it sits under a name field; birth dates count only where they are labelled as a birth
 * date (DOB, geboren am, né le, fecha de nacimiento, 生年月日), other dates never; private-use IPs
 * count, loopback does not, and a documentation-range address counts where a log shows it as a
 * client; team mailboxes on real domains and business phones count; a password or key alone is the
 * secret, not its label. Conventions of this hold-out: a judge, justice, magistrate or registrar
 * named in a decision or order (Before: Mr Justice X, Richter am BGH, the panel of a published
 * judgment) is a person like the parties, witnesses, lawyers, officers in a police report,
 * claimants, adjusters, tenants and agents (written as "not ours" at first; relabelled on
 * 2026-11-29 to the convention of the other hold-outs and the engine: a judge's name costs nothing
 * to redact, and a gateway cannot tell public office from private life); John Doe and
 * Jane Doe in a caption are legal pseudonyms, no one's name; an anonymised party (initials,
 * X., [REDACTED], Mr A, or the stand-in given name of a CENDOJ-anonymised ruling) is no name; a law firm, court, ship, street or building named after
 * people is no person, and neither is a party named in a reported case citation (Spokeo, Inc.
 * v. Robins) nor a judge writing for a court (Kavanaugh, J.); a decedent in an estate's name
 * (Estate of Lucille Ferrante) is a person; a proof-of-delivery signatory counts as the recipient
 * named in full in the same row; a test-fixture name in a filter list (John Smith (test)) is a
 * placeholder. IMEI, IMSI, ICCID and cell ids are device, SIM and network identifiers, none of our
 * types; an MSISDN is a phone number wherever it stands, labelled or in a CDR's A- or B-number
 * column, with or without its plus sign. A number-porting PIN or PAC authorises moving a line and
 * is a SECRET; a lockbox code in a listing and a one-time code already used are not. Carrier-grade
 * NAT addresses (100.64.0.0/10) count like private-use ones. Policy, claim, member, tax, case and
 * national-id references (UTR, NI number, DNI, NIF, CPF, CURP, PESEL, BSN, personnummer, Emirates
 * ID), VINs and plates are not ours; an SSN counts, an EIN does not. Values are fake: Luhn-valid
 * made-up cards, IBANs with valid mod-97 check digits, SSNs in valid areas, made-up names, numbers
 * and keys.
 */

const k = joinParts;
const pacerPassword = k('Tr1al', '-Brief', '#2024');
const escrowApiKey = k('sk_', 'live_', '7Qm2Xt9Rz4Kw8Nc3', 'Bp6Df1Gh5Sa0Ey2Ui7Op');
const twilioAuth = k('c81f4a7e', '2b9d05c3', 'e74a1f96', 'd3b2c058');
const portingPin = k('PIN', '-', '48', '19');
const courierBearer = k(
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  '.',
  'eyJzdWIiOiJjb3VyaWVyLWFwaS0yMiIsImV4cCI6MTczMDAwMDAwMH0',
  '.',
  'Rq7Lm2Xt9Vz4Kw8Nc3Bp6Df1Gh5Sa0Ey2Ui7Op4Kq',
);

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- courts and dockets
  {
    name: 'PACER docket report for a civil rights case: caption with a named plaintiff and John Doe officers, 42 U.S.C. § 1983, the assigned judge and counsel of record with e-mails and phones',
    text: `Summarise where this case stands:

U.S. District Court
Northern District of Illinois (Chicago)
CIVIL DOCKET FOR CASE #: 1:24-cv-03817

Marquise Holloway v. City of Chicago et al
Assigned to: Honorable Sharon J. Whitfield
Cause: 42:1983 Civil Rights Act
Nature of Suit: 440 Civil Rights: Other

Plaintiff
Marquise Holloway          represented by Denise R. Okafor
                                          Okafor & Lind LLC
                                          (312) 847-2209
                                          Email: dokafor@okaforlind-law.com
                                          LEAD ATTORNEY
Defendant
John Doe 1-4, unknown Chicago police officers

05/14/2024  1  COMPLAINT against City of Chicago, John Doe 1-4 filed by Marquise Holloway. (Filing fee $405, receipt number AILNDC-21844719)
06/03/2024  9  MINUTE entry before the Honorable Sharon J. Whitfield: status hearing set for 7/18/2024 at 9:30 a.m.`,
    // The judge counts (judges are people; convention: see README); John Doe is a pseudonym; the case and receipt numbers are not ours.
    expected: [
      ['PERSON', 'Marquise Holloway'],
      ['PERSON', 'Marquise Holloway'],
      ['PERSON', 'Marquise Holloway'],
      ['PERSON', 'Denise R. Okafor'],
      ['PHONE', '(312) 847-2209'],
      ['EMAIL', 'dokafor@okaforlind-law.com'],
      ['PERSON', 'Sharon J. Whitfield'],
      ['PERSON', 'Sharon J. Whitfield'],
    ],
  },
  {
    name: 'UK High Court judgment heading: neutral citation, Before: Mr Justice, parties named, counsel instructed by law firms named after people (Freshfields Bruckhaus Deringer, Baker McKenzie)',
    gap: 'Finds the judge with the title inside the span (JUSTICE HARGREAVE) rather than HARGREAVE alone.',
    text: `Neutral Citation Number: [2024] EWHC 1182 (Ch)
Case No: BL-2023-000614
IN THE HIGH COURT OF JUSTICE
BUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES

Before:
MR JUSTICE HARGREAVE
Between:
GARETH ELLISON-PRYCE                                  Claimant
- and -
HALBERD CAPITAL PARTNERS LIMITED                      Defendant

Tom Ashdown KC (instructed by Freshfields Bruckhaus Deringer LLP) for the Claimant
Priya Raman (instructed by Baker McKenzie LLP) for the Defendant

Hearing dates: 12-14 March 2024

1. The claimant, Mr Ellison-Pryce, was a director of the defendant until 30 June 2021.

Can you pull out the issues the judge lists in section B?`,
    // The judge counts, as HARGREAVE (his title is no part of the name; convention: see README); the firms are not people; the hearing and tenure dates are not birth dates.
    expected: [
      ['PERSON', 'GARETH ELLISON-PRYCE'],
      ['PERSON', 'Tom Ashdown'],
      ['PERSON', 'Priya Raman'],
      ['PERSON', 'Ellison-Pryce'],
      ['PERSON', 'HARGREAVE'],
    ],
  },
  {
    name: 'German BGH decision, anonymised: Az., § 823 BGB, the parties as Kläger and Beklagte with initials, the senate of named judges',
    gap: 'Finds only von Pentz of the five judges, with her title inside the span (Richterin von Pentz), and flags the court Oberlandesgerichts Hamm as a person.',
    text: `BUNDESGERICHTSHOF
IM NAMEN DES VOLKES
URTEIL
VI ZR 284/22                                   Verkündet am: 14. November 2023

in dem Rechtsstreit
Kläger und Revisionskläger: Herr M. K., ...
gegen
Beklagte und Revisionsbeklagte: die X-GmbH, ...

Der VI. Zivilsenat des Bundesgerichtshofs hat auf die mündliche Verhandlung vom 17. Oktober 2023 durch den Vorsitzenden Richter Seiters, die Richterin von Pentz, den Richter Dr. Klein, die Richterin Dr. Linder und den Richter Allgayer für Recht erkannt:

Die Revision des Klägers gegen das Urteil des 3. Zivilsenats des Oberlandesgerichts Hamm wird zurückgewiesen. Ein Anspruch aus § 823 Abs. 1 BGB i.V.m. Art. 2 Abs. 1 GG besteht nicht.

Fass bitte die Leitsätze zusammen.`,
    // Anonymised parties; the senate's judges count (convention: see README); citations and dates are not ours.
    expected: [
      ['PERSON', 'Seiters'],
      ['PERSON', 'von Pentz'],
      ['PERSON', 'Klein'],
      ['PERSON', 'Linder'],
      ['PERSON', 'Allgayer'],
    ],
  },
  {
    name: 'German Landgericht judgment not anonymised in a law-firm draft: Kläger with address and geboren am, Prozessbevollmächtigte, the Einzelrichterin',
    text: `Entwurf – bitte prüfen, ob die Parteien korrekt bezeichnet sind:

Landgericht Köln, Az. 5 O 118/24

In dem Rechtsstreit
des Herrn Jörg Brenninkmeyer, geboren am 03.07.1968, Lindenallee 14, 50968 Köln,
Klägers,
Prozessbevollmächtigte: Rechtsanwältin Svenja Tiedemann, Kanzlei Tiedemann & Voss, Hohenzollernring 52, 50672 Köln, Tel. 0221 48 27 93-0, s.tiedemann@tiedemann-voss.de
gegen
die Rheinblick Immobilien GmbH, vertreten durch den Geschäftsführer Lars Ohlendorf,
Beklagte,
hat die 5. Zivilkammer durch die Richterin am Landgericht Dr. Hübner als Einzelrichterin für Recht erkannt:
Die Beklagte wird verurteilt, an den Kläger 18.420,00 € nebst Zinsen seit dem 01.02.2024 zu zahlen.`,
    // The judge is the court; the Hohenzollernring is a street; the claim amount and interest date are not ours.
    expected: [
      ['PERSON', 'Jörg Brenninkmeyer'],
      ['DATE_OF_BIRTH', '03.07.1968'],
      ['PERSON', 'Svenja Tiedemann'],
      ['PHONE', '0221 48 27 93-0'],
      ['EMAIL', 's.tiedemann@tiedemann-voss.de'],
      ['PERSON', 'Lars Ohlendorf'],
    ],
  },
  {
    name: 'French Cour de cassation arrêt, pseudonymised per Légifrance: M. [F] [K], Mme [U], the président and conseiller rapporteur named, article 1240 du code civil',
    text: `Cour de cassation, civile, Chambre civile 2, 7 mars 2024, 22-19.841

M. [F] [K], domicilié [Adresse 1], a formé le pourvoi n° Z 22-19.841 contre l'arrêt rendu le 12 mai 2022 par la cour d'appel de Lyon, dans le litige l'opposant à Mme [U] [S], et à la société Mutuelle assurance des instituteurs de France.

Sur le rapport de M. Pradel, conseiller, les observations de la SCP Piwnica et Molinié, avocat de M. [K], et après débats en l'audience publique du 23 janvier 2024 où étaient présents Mme Martinel, président, M. Pradel, conseiller rapporteur, M. Besson, conseiller doyen.

Vu l'article 1240 du code civil ;

Peux-tu me résumer le moyen unique ?`,
    // Bracketed pseudonyms are anonymised; the bench's judges count (convention: see README); SCP Piwnica et Molinié is a firm.
    expected: [
      ['PERSON', 'Pradel'],
      ['PERSON', 'Martinel'],
      ['PERSON', 'Besson'],
      ['PERSON', 'Pradel'],
    ],
  },
  {
    name: 'Spanish Tribunal Supremo sentencia (CENDOJ-anonymised): doña Elsa, D. Jose Pedro, the ponente, a procurador, and Cuatrecasas as a firm; then an un-anonymised juzgado auto with DNI-holders named',
    text: `STS 1842/2023 - ECLI:ES:TS:2023:1842
Ponente: PEDRO JOSÉ VELA TORRES
Recurso de casación núm. 5128/2020

Recurrente: doña Elsa, representada por el procurador D. Jose Pedro, bajo la dirección letrada de Cuatrecasas, Gonçalves Pereira, S.L.P.

Segundo caso (auto del Juzgado de Primera Instancia n.º 4 de Valencia, sin anonimizar, que nos mandó el cliente):
Demandante: D.ª Rocío Almagro Benlloch, con DNI 48291736K, domicilio en C/ Doctor Zamenhof 17, 46008 Valencia, teléfono 612 845 903, correo rocio.almagro@telefonica.net.
Demandado: D. Íñigo Basterretxea Uriarte.

¿Qué plazo tenemos para recurrir?`,
    // CENDOJ replaces names with invented given names (doña Elsa, D. Jose Pedro): pseudonyms; the ponente is the court; the DNI is not our type; Doctor Zamenhof is a street.
    expected: [
      ['PERSON', 'Rocío Almagro Benlloch'],
      ['PHONE', '612 845 903'],
      ['EMAIL', 'rocio.almagro@telefonica.net'],
      ['PERSON', 'Íñigo Basterretxea Uriarte'],
    ],
  },
  {
    name: 'Italian sentenza della Cassazione with anonymised parties (omissis), the collegio named, art. 2043 c.c., and a Tribunale decree naming the ricorrente with codice fiscale and IBAN for a payment',
    text: `Corte Suprema di Cassazione, Sez. III civ., ordinanza n. 11820/2024
composta dagli Ill.mi Sigg.ri Magistrati: Dott. Franco De Stefano (Presidente), Dott.ssa Chiara Graziosi (Consigliere rel.)
sul ricorso proposto da: [omissis], rappresentato e difeso dall'avv. [omissis]
contro: Generali Italia S.p.A.
Violazione dell'art. 2043 c.c. e dell'art. 360, comma 1, n. 3, c.p.c.

---
Tribunale di Bologna, decreto ingiuntivo n. 2217/2024: si ingiunge il pagamento a favore di Massimo Ferrandi (C.F. FRRMSM71C14A944Q), da effettuarsi sul conto IT29X0306909606100000117293, entro 40 giorni.

Controlla se il codice fiscale è coerente con la data di nascita.`,
    // The collegio's judges count (convention: see README); the codice fiscale is a tax number (none of our types).
    expected: [
      ['PERSON', 'Massimo Ferrandi'],
      ['IBAN', 'IT29X0306909606100000117293'],
      ['PERSON', 'Franco De Stefano'],
      ['PERSON', 'Chiara Graziosi'],
    ],
  },
  {
    name: 'Brazilian TJSP acórdão and a petição inicial: relator named as the court, autor with CPF, advogado with OAB number and phone, Lei 8.078/90',
    text: `TRIBUNAL DE JUSTIÇA DO ESTADO DE SÃO PAULO
Apelação Cível nº 1024518-73.2023.8.26.0100
Relator: Des. Alexandre Marcondes
Apelante: Banco Pinheiro S.A.
Apelada: Luciana Barreto Guimarães

Petição inicial (trecho): LUCIANA BARRETO GUIMARÃES, brasileira, casada, portadora do CPF 318.472.905-16, residente na Rua Barão de Itapetininga, 255, São Paulo/SP, por seu advogado Thiago Nogueira Pacheco (OAB/SP 287.441), tel. (11) 98472-3316, vem propor ação com base no art. 14 da Lei 8.078/90.

Resuma a tese do relator sobre dano moral.`,
    // The desembargador relator counts (convention: see README); the CPF and OAB number are not our types; Rua Barão de Itapetininga is a street.
    expected: [
      ['PERSON', 'Luciana Barreto Guimarães'],
      ['PERSON', 'LUCIANA BARRETO GUIMARÃES'],
      ['PERSON', 'Thiago Nogueira Pacheco'],
      ['PHONE', '(11) 98472-3316'],
      ['PERSON', 'Alexandre Marcondes'],
    ],
  },
  {
    name: 'SQL over a court e-filing table: case_number, party_name, party_role and filer_email, with a judge column and a sealed-party placeholder',
    text: `SELECT case_number, party_name, party_role, filer_email, assigned_judge
FROM efile.parties
WHERE case_number IN ('2:23-cv-01184', '3:24-cr-00077');

case_number    | party_name         | party_role | filer_email                  | assigned_judge
2:23-cv-01184  | Renata Vukovic     | plaintiff  | rvukovic@vukoviclaw.com      | Hon. Dale P. Morrow
2:23-cv-01184  | Acme Freight Inc.  | defendant  | docketing@kirkbride-llp.com  | Hon. Dale P. Morrow
3:24-cr-00077  | SEALED             | defendant  |                              | Hon. Anita Gorski
3:24-cr-00077  | Jane Doe           | victim     |                              | Hon. Anita Gorski

Why does the second case show no filer e-mail?`,
    // Judges count (convention: see README); Jane Doe is a pseudonym; SEALED is a placeholder; a firm's docketing mailbox counts.
    expected: [
      ['PERSON', 'Renata Vukovic'],
      ['EMAIL', 'rvukovic@vukoviclaw.com'],
      ['EMAIL', 'docketing@kirkbride-llp.com'],
      ['PERSON', 'Dale P. Morrow'],
      ['PERSON', 'Dale P. Morrow'],
      ['PERSON', 'Anita Gorski'],
      ['PERSON', 'Anita Gorski'],
    ],
  },
  {
    name: 'PACER login troubleshooting note with the account password pasted, and an ECF notice of electronic filing listing recipients',
    text: `Our docketing clerk can't log in to PACER from the notebook scraper. Config it uses:
PACER_USER=hbrandvold
PACER_PASS=${pacerPassword}

Notice of Electronic Filing: The following transaction was entered by Brandvold, Hanne on 4/22/2024 at 3:14 PM CDT
Case Name: Estate of Lucille Ferrante v. Northstar Life Insurance Co.
Case Number: 0:24-cv-00921
Notice has been electronically mailed to:
Hanne Brandvold   hbrandvold@brandvold-ip.com, docket@brandvold-ip.com
Garrett S. Pike   gpike@pikemarsh.com`,
    // The user name is a login; Estate of Lucille Ferrante names a decedent and counts as a person.
    expected: [
      ['SECRET', pacerPassword],
      ['PERSON', 'Brandvold, Hanne'],
      ['PERSON', 'Lucille Ferrante'],
      ['PERSON', 'Hanne Brandvold'],
      ['EMAIL', 'hbrandvold@brandvold-ip.com'],
      ['EMAIL', 'docket@brandvold-ip.com'],
      ['PERSON', 'Garrett S. Pike'],
      ['EMAIL', 'gpike@pikemarsh.com'],
    ],
  },
  // ---------------------------------------------------------------- contracts
  {
    name: 'Mutual NDA party block and signature block: company signatories with titles and e-mails, governing law clause, effective date',
    text: `Check this NDA for a missing non-solicit clause:

MUTUAL NON-DISCLOSURE AGREEMENT
This Agreement is made on 2 April 2024 (the "Effective Date") between:
(1) Quillfeather Analytics Ltd, a company registered in England and Wales (No. 11829374), whose registered office is at 41 Brunswick Square, London WC1N 1AZ ("Quillfeather"); and
(2) Nordlys Data AS, org. nr. 921 448 307, Karl Johans gate 22, 0159 Oslo ("Nordlys").
12. Governing law. This Agreement is governed by the laws of England and Wales.

Signed for Quillfeather Analytics Ltd      Signed for Nordlys Data AS
Name: Imogen Castellane                    Name: Eirik Solheim-Berg
Title: Chief Executive Officer             Title: Daglig leder
Email: imogen@quillfeather.co.uk           Email: eirik.solheim-berg@nordlysdata.no
Date: 2 April 2024                         Date: 3 April 2024`,
    // Company numbers, the Karl Johans gate (a street) and signing dates are not ours.
    expected: [
      ['PERSON', 'Imogen Castellane'],
      ['PERSON', 'Eirik Solheim-Berg'],
      ['EMAIL', 'imogen@quillfeather.co.uk'],
      ['EMAIL', 'eirik.solheim-berg@nordlysdata.no'],
    ],
  },
  {
    name: 'Freelance services contract (Dienstvertrag) in German with the Auftragnehmer, Steuernummer, IBAN for payment and § 611 BGB',
    text: `Dienstvertrag gemäß §§ 611 ff. BGB
zwischen der Kestrelwerk GmbH, Speicherstraße 8, 28217 Bremen (Auftraggeber)
und Frau Merle Janssen-Osterkamp, Am Wall 133, 28195 Bremen, Steuernummer 60/145/04871 (Auftragnehmerin)

§ 4 Vergütung: Die Vergütung beträgt 92,00 € netto pro Stunde und wird auf das Konto DE97760501010013572468 (Sparkasse Nürnberg) überwiesen.
§ 9 Gerichtsstand ist Bremen.

Bremen, den 15.01.2024
_________________________           _________________________
Kestrelwerk GmbH, Dr. Ansgar Vietmeyer       Merle Janssen-Osterkamp

Kannst du §4 auf Englisch übersetzen?`,
    // The Steuernummer is a tax number; the contract date is no birth date.
    expected: [
      ['PERSON', 'Merle Janssen-Osterkamp'],
      ['PERSON', 'Merle Janssen-Osterkamp'],
      ['IBAN', 'DE97760501010013572468'],
      ['PERSON', 'Ansgar Vietmeyer'],
    ],
  },
  {
    name: 'Contract-lifecycle export (CSV) of counterparties: counterparty_name is a company, signer_name and signer_email are people, a DocuSign envelope id',
    text: `contract_id,counterparty_name,signer_name,signer_email,envelope_id,signed_at,value_eur
CT-2024-0191,Baker McKenzie LLP,Oona Halvorsen,oona.halvorsen@bakermckenzie.com,7c3e2a91-4f0d-4b8e-9a51-2d6f0e83b7c4,2024-03-11,48000
CT-2024-0192,Hengeler Mueller,Benedikt Strasser,benedikt.strasser@hengeler.com,1a9f4c2e-8b7d-4e31-a6c0-5d2f9e71b384,2024-03-14,125000
CT-2024-0193,Cuatrecasas,Ainhoa Etxeberria,aetxeberria@cuatrecasas.com,9e41b0d3-58f6-41a4-9c9e-27b1d083f44e,2024-03-19,36500

Which firm signs fastest on average?`,
    // Law firms named after people are companies; envelope ids and dates are not ours.
    expected: [
      ['PERSON', 'Oona Halvorsen'],
      ['EMAIL', 'oona.halvorsen@bakermckenzie.com'],
      ['PERSON', 'Benedikt Strasser'],
      ['EMAIL', 'benedikt.strasser@hengeler.com'],
      ['PERSON', 'Ainhoa Etxeberria'],
      ['EMAIL', 'aetxeberria@cuatrecasas.com'],
    ],
  },
  {
    name: 'Japanese employment contract (雇用契約書) with 甲 and 乙, the employee name, 生年月日 and address, and the company representative',
    text: `雇用契約書

株式会社ミナトロジスティクス（以下「甲」という）と 佐々木 遥斗（以下「乙」という）は、次のとおり雇用契約を締結する。

乙 氏名: 佐々木 遥斗
生年月日: 1994年8月17日
住所: 東京都品川区東五反田3-14-2
電話: 090-4128-7731

契約期間: 2024年4月1日から2025年3月31日まで
甲 代表取締役 堀江 誠一郎

この契約書の試用期間の条項を英語で要約してください。`,
    // The contract period is not a birth date.
    expected: [
      ['PERSON', '佐々木 遥斗'],
      ['PERSON', '佐々木 遥斗'],
      ['DATE_OF_BIRTH', '1994年8月17日'],
      ['PHONE', '090-4128-7731'],
      ['PERSON', '堀江 誠一郎'],
    ],
  },
  // ---------------------------------------------------------------- police and incident reports
  {
    name: 'US police incident report: reporting officer with badge, victim and witness with DOB and phone, suspect vehicle plate and VIN, penal code section',
    text: `INCIDENT REPORT  #24-118372        Agency: Mesa Police Department
Offense: ARS 13-1802 Theft                 Date/Time: 05/19/2024 22:40
Reporting Officer: Ofc. Daniel Tarkington #4471

VICTIM: Yesenia Carrizales    DOB: 11/02/1989    Phone: (480) 392-7718
WITNESS: Brody Kessler         DOB: 04/27/1976    Phone: (602) 318-4490
SUSPECT VEHICLE: 2017 Honda Civic, silver, AZ plate CFX4418, VIN 2HGFC2F59HH504318

NARRATIVE: V stated she left her bag in the vehicle parked on W Main St. W observed a male wearing a grey hoodie...

Turn this into a short summary for the weekly crime stats deck, no names.`,
    // The report number, statute, plate and VIN are not ours; the incident date is no birth date.
    expected: [
      ['PERSON', 'Daniel Tarkington'],
      ['PERSON', 'Yesenia Carrizales'],
      ['DATE_OF_BIRTH', '11/02/1989'],
      ['PHONE', '(480) 392-7718'],
      ['PERSON', 'Brody Kessler'],
      ['DATE_OF_BIRTH', '04/27/1976'],
      ['PHONE', '(602) 318-4490'],
    ],
  },
  {
    name: 'UK police witness statement (MG11) header: statement of, age if under 18 "over 18", occupation, address and phone, the officer taking it',
    text: `WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2020, Rule 16.2)
URN: 01/YE/08814/24
Statement of: Kieran Doherty-Walsh
Age if under 18: Over 18        Occupation: Bus driver
Home address: 22 Tennyson Road, Leeds LS6 2PQ    Tel: 07911 482337
Statement taken by: PC 2291 Harriet Odunsi

On Friday 10th May 2024 at about 17:20 hours I was driving the number 18 bus along Otley Road...`,
    // Tennyson Road is a street; the URN and the event date are not ours.
    expected: [
      ['PERSON', 'Kieran Doherty-Walsh'],
      ['PHONE', '07911 482337'],
      ['PERSON', 'Harriet Odunsi'],
    ],
  },
  {
    name: 'German Polizei Strafanzeige summary with Beschuldigter as initials and a Geschädigte named, plus a Spanish atestado with anonymised parties',
    text: `Polizeipräsidium München, Vorgangsnummer 240514-1843-028771
Geschädigte: Frau Annika Reisinger, geb. 22.09.1991, Tel. +49 151 2384 7719
Beschuldigter: M. A., 34 J., ohne festen Wohnsitz
Tatvorwurf: Diebstahl gem. § 242 StGB

Atestado n.º 2024-004187, Policía Nacional, Comisaría de Chamberí:
Denunciante: la Sra. M.L.P.; denunciado: el Sr. J.A.R.

Bitte fasse beide Vorgänge in einem Satz zusammen.`,
    // The Vorgangsnummer and the atestado number are not ours; initials are anonymised.
    expected: [
      ['PERSON', 'Annika Reisinger'],
      ['DATE_OF_BIRTH', '22.09.1991'],
      ['PHONE', '+49 151 2384 7719'],
    ],
  },
  {
    name: 'Security incident report from a logistics warehouse: guard on duty, intruder plate, CCTV NVR IP, and the site named after a person (Ferdinand Porsche Straße)',
    text: `Incident IR-0447 | Site: DC Zuffenhausen, Ferdinand-Porsche-Straße 12
Guard on duty: Okan Demirtaş (badge G-118), mobile +49 176 4482 1937
Vehicle seen at gate 3: plate S-KT 4471, white Sprinter
CCTV export pulled from NVR at 10.40.2.18 (camera 7), clip 2024-05-22_02-14-11.mp4
Police informed: Polizeirevier Zuffenhausen, Aktenzeichen ST/1184239/2024

Draft an email to the site manager summarising this.`,
    // The street named after a person, the plate, badge and Aktenzeichen are not ours.
    expected: [
      ['PERSON', 'Okan Demirtaş'],
      ['PHONE', '+49 176 4482 1937'],
      ['IP_ADDRESS', '10.40.2.18'],
    ],
  },
  // ---------------------------------------------------------------- FOIA and subject-access requests
  {
    name: 'FOIA request log (US federal agency) with requester names, e-mails and tracking numbers, a media requester and 5 U.S.C. § 552(b)(6)',
    text: `request_id        received    requester               requester_email                 exemption          status
2024-FOIA-01873   2024-02-11  Colette Abernathy       cabernathy@protonmail.com       (b)(6), (b)(7)(C)  closed
2024-FOIA-01874   2024-02-11  The Marshall Project    records@themarshallproject.org  none               open
2024-FOIA-01875   2024-02-12  Nikhil Venkataraman     nikhil.v@umich.edu              (b)(5)             processing

Exemptions cite 5 U.S.C. § 552(b). Group by exemption and give median days open.`,
    // The Marshall Project is an organisation; the tracking numbers and dates are not ours.
    expected: [
      ['PERSON', 'Colette Abernathy'],
      ['EMAIL', 'cabernathy@protonmail.com'],
      ['EMAIL', 'records@themarshallproject.org'],
      ['PERSON', 'Nikhil Venkataraman'],
      ['EMAIL', 'nikhil.v@umich.edu'],
    ],
  },
  {
    name: "GDPR subject-access request e-mail under Art. 15 GDPR, with the requester's customer number, phone, IBAN used for direct debit and date of birth for identity check",
    text: `Subject: Data subject access request – Art. 15 GDPR

Dear Data Protection Officer,

Under Article 15 of Regulation (EU) 2016/679 I request a copy of all personal data you hold on me, including data processed on the basis of Art. 6(1)(f) GDPR. To identify me:
Name: Siobhán Ní Bhriain
Date of birth: 14/03/1987
Customer no.: IE-20018847
Mobile: 087 224 1937
Direct debit account: IE30BOFI90001712874563

Kind regards,
Siobhán

(Pasted by our DPO team: draft a reply that confirms receipt and the one-month deadline.)`,
    // The signature repeats the given name of the person named in full; the customer number is not ours.
    expected: [
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['DATE_OF_BIRTH', '14/03/1987'],
      ['PHONE', '087 224 1937'],
      ['IBAN', 'IE30BOFI90001712874563'],
      ['PERSON', 'Siobhán'],
    ],
  },
  {
    name: "DSAR response export (JSON) from a CRM: the data subject's profile, login IPs and a support agent, with the ticket id and retention policy",
    text: `{
  "dsar_id": "DSAR-2024-0418",
  "legal_basis": "Art. 15 GDPR",
  "subject": {
    "full_name": "Pieter van der Heijden",
    "email": "p.vanderheijden@ziggo.nl",
    "phone": "+31 6 2847 1953",
    "iban": "NL23RABO0318452290"
  },
  "login_history": [
    { "at": "2024-03-02T08:14:11Z", "ip": "84.106.27.193" },
    { "at": "2024-03-09T19:40:52Z", "ip": "2a02:a45f:1c3:0:8d1e:4b2:9f0a:11c7" }
  ],
  "handled_by": { "agent": "Femke Bosman", "team": "privacy-ops" },
  "retention": "P7Y"
}
Convert this to a human-readable letter in Dutch.`,
    expected: [
      ['PERSON', 'Pieter van der Heijden'],
      ['EMAIL', 'p.vanderheijden@ziggo.nl'],
      ['PHONE', '+31 6 2847 1953'],
      ['IBAN', 'NL23RABO0318452290'],
      ['IP_ADDRESS', '84.106.27.193'],
      ['IP_ADDRESS', '2a02:a45f:1c3:0:8d1e:4b2:9f0a:11c7'],
      ['PERSON', 'Femke Bosman'],
    ],
  },
  {
    name: "French CNIL-style droit d'accès request answered by a mairie: the requester Me (avocate) on behalf of a client, art. 15 RGPD, with the client anonymised",
    text: `Objet : Demande de droit d'accès (article 15 du RGPD) – dossier 2024/DA/0771

Maître Hélène Castagnier, avocate au barreau de Lyon, agissant pour le compte de Mme X., demande communication des données concernant sa cliente détenues par le service état civil.
Contact : h.castagnier@castagnier-avocats.fr – 04 78 42 18 93

Réponse du DPO de la Mairie de Villeurbanne : délai d'un mois à compter du 06/05/2024.

Rédige une réponse type.`,
    // Maître is a title outside the span; Mme X. is anonymised; the dossier number and date are not ours.
    expected: [
      ['PERSON', 'Hélène Castagnier'],
      ['EMAIL', 'h.castagnier@castagnier-avocats.fr'],
      ['PHONE', '04 78 42 18 93'],
    ],
  },
  // ---------------------------------------------------------------- public sector
  {
    name: 'US immigration form I-130 fields as extracted by OCR: petitioner and beneficiary names, A-number, SSN, DOB, and USCIS receipt number',
    text: `Part 2. Information About You (Petitioner)
1. Alien Registration Number (A-Number): A-214-883-017
2. USCIS Online Account Number: 0128-4471-9920
3. U.S. Social Security Number: 512-48-7316
4.a. Family Name (Last Name): Abernathy-Quist
4.b. Given Name (First Name): Rosalind
8. Date of Birth (mm/dd/yyyy): 06/19/1982
Part 4. Information About Beneficiary
4.a. Family Name: Nwachukwu   4.b. Given Name: Chidinma
9. Date of Birth: 02/08/1990
Receipt Number: IOE0918374412

Check whether the beneficiary section is complete.`,
    // The A-number, online account and receipt numbers are not ours; separate name fields are separate spans.
    expected: [
      ['US_SSN', '512-48-7316'],
      ['PERSON', 'Abernathy-Quist'],
      ['PERSON', 'Rosalind'],
      ['DATE_OF_BIRTH', '06/19/1982'],
      ['PERSON', 'Nwachukwu'],
      ['PERSON', 'Chidinma'],
      ['DATE_OF_BIRTH', '02/08/1990'],
    ],
  },
  {
    name: 'UK visa application extract (UKVI): applicant with passport number, DOB, sponsor licence and CoS reference, the caseworker named',
    text: `Application ref: GWF078812293
Applicant: Mr Arjun Bhattacharya    Date of birth: 27 Nov 1993    Nationality: India
Passport: Z7184402 (expiry 11/08/2031)
Sponsor: Thornbury Logistics Ltd, licence number 2HX4Q7T91
Certificate of Sponsorship: C2G8M41047H
Contact: arjun.bhattacharya93@gmail.com, +91 98201 44783
Caseworker: E. Whitcombe, Sheffield decision-making centre

Summarise what is still missing for the Skilled Worker route.`,
    // The caseworker's initial and family name, never given in full, is no naming; passport expiry is no birth date.
    expected: [
      ['PERSON', 'Arjun Bhattacharya'],
      ['DATE_OF_BIRTH', '27 Nov 1993'],
      ['EMAIL', 'arjun.bhattacharya93@gmail.com'],
      ['PHONE', '+91 98201 44783'],
    ],
  },
  {
    name: 'Electoral register extract (UK) as CSV: elector number, names, address, and the open-register flag, pasted for a deduplication query',
    text: `polling_district,elector_no,surname,forenames,address1,postcode,open_register
KA,1184,Pemberton,Lily Rose,14 Cromwell Court,CB4 1QT,Y
KA,1185,Pemberton,Arthur James,14 Cromwell Court,CB4 1QT,Y
KB,0092,Oyelaran,Tobiloba,3 Darwin Drive,CB4 2RW,N

Find electors sharing an address in different polling districts.`,
    // Surname and forenames columns are separate spans; Cromwell Court and Darwin Drive are addresses named after people.
    expected: [
      ['PERSON', 'Pemberton'],
      ['PERSON', 'Lily Rose'],
      ['PERSON', 'Pemberton'],
      ['PERSON', 'Arthur James'],
      ['PERSON', 'Oyelaran'],
      ['PERSON', 'Tobiloba'],
    ],
  },
  {
    name: 'Council tax account export with the liable party, band, property reference, direct-debit bank details (sort code and account) and a recovery note',
    text: `account_ref  | liable_party          | band | property_ref  | dd_sort_code | dd_account | arrears_gbp | note
CT-40018822  | Gwendolyn Farraday    | D    | UPRN 10023418877 | 20-00-35  | 46218907   | 412.50      | reminder 2 issued 14/03/2024
CT-40018823  | Mr & Mrs Okonjo-Reid  | B    | UPRN 10023418902 | 40-12-76  | 41829305   | 0.00        | single person discount removed

Which accounts will hit the liability-order stage next month?`,
    // Sort codes and account numbers alone are no IBAN; Mr & Mrs with a family name counts (convention: see README); UPRNs are property ids.
    expected: [
      ['PERSON', 'Gwendolyn Farraday'],
      ['PERSON', 'Okonjo-Reid'],
    ],
  },
  {
    name: 'HMRC letter text: taxpayer name, UTR and National Insurance number, the HMRC officer, the payment IBAN of HMRC for overseas payers',
    text: `HM Revenue & Customs
Self Assessment, BX9 1AS
Our reference: SA/UTR 48210 73391
Mr Callum Forsyth-Reid
18 Wellington Place, Edinburgh EH6 7EQ
National Insurance number: QQ 12 34 56 C

Dear Mr Forsyth-Reid,
You owe £2,418.60 for the tax year 2022 to 2023. If you pay from overseas, use IBAN GB03BARC20114783977692 and BIC BARCGB22, with your UTR as reference.
Yours sincerely, Officer R. Mensah

Can you explain what the penalty in paragraph 3 means?`,
    // HMRC's own collection account is an IBAN whoever holds it; UTR and NI number are none of our types; the officer is never named in full.
    expected: [
      ['PERSON', 'Callum Forsyth-Reid'],
      ['PERSON', 'Forsyth-Reid'],
      ['IBAN', 'GB03BARC20114783977692'],
    ],
  },
  {
    name: 'IRS CP2000 notice summary with the taxpayer SSN, a spouse, the EIN of an employer and IRC § 6662, with the tax year and response date',
    text: `Notice CP2000   Tax year 2022   Notice date: March 18, 2024
Taxpayer: DESHAWN T. MERRIWEATHER & ALYSSA MERRIWEATHER
Social Security number: 219-66-4083
Employer reported on Form W-2: Prairie Rail Services LLC, EIN 47-2918374
Proposed accuracy-related penalty under IRC § 6662(a): $1,184.00
Respond by: April 17, 2024   Contact: 1-800-829-0922

Is it worth disputing the 1099-B item?`,
    // The EIN and the dates are not ours; the IRS's service number is a business phone and counts.
    expected: [
      ['PERSON', 'DESHAWN T. MERRIWEATHER'],
      ['PERSON', 'ALYSSA MERRIWEATHER'],
      ['US_SSN', '219-66-4083'],
      ['PHONE', '1-800-829-0922'],
    ],
  },
  {
    name: 'Finanzamt Steuerbescheid extract: Steuernummer, Steuer-ID, the taxpayer couple, the Finanzamt bank account for payment (IBAN of the Bundesbank) and § 233a AO',
    text: `Finanzamt Hamburg-Altona
Steuernummer: 41/218/04471   Identifikationsnummer: 57 492 018 364
Herrn Friedemann Oltmanns und Frau Katrin Oltmanns
Große Bergstraße 219, 22767 Hamburg

Bescheid für 2022 über Einkommensteuer
Festgesetzt werden: 3.812,00 €; Zinsen nach § 233a AO: 0,00 €
Bitte zahlen Sie bis zum 12.04.2024 auf das Konto der Landeshauptkasse, IBAN DE44500105175407324931.

Erklär mir bitte, warum die Werbungskosten gekürzt wurden.`,
    // Steuernummer and Steuer-ID are tax numbers; the due date is not ours.
    expected: [
      ['PERSON', 'Friedemann Oltmanns'],
      ['PERSON', 'Katrin Oltmanns'],
      ['IBAN', 'DE44500105175407324931'],
    ],
  },
  {
    name: "Agencia Tributaria requerimiento: NIF, the contribuyente, the órgano named as an office, art. 93 LGT, and the contribuyente's ES IBAN for the devolución",
    text: `AGENCIA TRIBUTARIA – Delegación Especial de Andalucía
Referencia: 2024GRC18274415X
Contribuyente: CARRASCO VILLALBA, MARÍA DOLORES   NIF: 28471936M
Asunto: Requerimiento de información (art. 93 de la Ley 58/2003, General Tributaria)
Cuenta para la devolución: ES4021003817920200418832
Plazo: diez días hábiles desde el día siguiente a la notificación (notificada el 08/04/2024).
Firmado: el Jefe de la Dependencia Regional de Gestión Tributaria.

¿Qué documentos me están pidiendo exactamente?`,
    // The NIF and the reference are not ours; the office signs by title.
    expected: [
      ['PERSON', 'CARRASCO VILLALBA, MARÍA DOLORES'],
      ['IBAN', 'ES4021003817920200418832'],
    ],
  },
  {
    name: "Benefits case-management notes (Universal Credit style) with the claimant, a work coach, a landlord's phone, and NINO and claim ids",
    text: `Case 7718204 – Journal notes
12/04/2024 10:14 WC Joanne Pritchard: Claimant Terrence Ablewhite attended. Confirmed rent £725 pcm to landlord Mr Haroon Siddiqui (07823 441 906). Claimant DOB 09/12/1971 checked against NINO AB 12 34 56 C.
15/04/2024 16:02 WC Joanne Pritchard: Tel call, claimant reports sanction letter not received. Advance repayment deducted £61.20.
Summarise the open actions for the next appointment.`,
    // The case number, NINO and amounts are not ours; the journal dates are not birth dates.
    expected: [
      ['PERSON', 'Joanne Pritchard'],
      ['PERSON', 'Terrence Ablewhite'],
      ['PERSON', 'Haroon Siddiqui'],
      ['PHONE', '07823 441 906'],
      ['DATE_OF_BIRTH', '09/12/1971'],
      ['PERSON', 'Joanne Pritchard'],
    ],
  },
  {
    name: 'Australian Centrelink-style case note and an Indian RTI application: CRN, Aadhaar masked, applicant names and phones',
    text: `Centrelink CRN 208 447 193X – Customer: Ms Tahlia Brennan-Moore, mob 0412 884 207, ph/email on file tahlia.bm@bigpond.com. Reviewed JobSeeker mutual obligations.

RTI Application under Section 6(1) of the Right to Information Act, 2005
Applicant: Shri Ramesh Chandrasekaran, Aadhaar XXXX XXXX 4471, mobile 98201 44783
Public Information Officer, Brihanmumbai Municipal Corporation

Tabulate both requests with the statute and deadline.`,
    // The CRN and the masked Aadhaar are not ours; Shri and Ms are titles.
    expected: [
      ['PERSON', 'Tahlia Brennan-Moore'],
      ['PHONE', '0412 884 207'],
      ['EMAIL', 'tahlia.bm@bigpond.com'],
      ['PERSON', 'Ramesh Chandrasekaran'],
      ['PHONE', '98201 44783'],
    ],
  },
  {
    name: 'Polish ZUS and Korean 주민센터 records: PESEL as a number, a named applicant and a Korean resident with 생년월일 and phone',
    text: `Wniosek ZUS nr 0812/2024/RE
Wnioskodawca: Małgorzata Wiśniewska-Kordek, PESEL 87031412345, tel. +48 512 384 227, rachunek PL30114020040000320276184915

주민센터 민원 기록
신청인: 김서연
생년월일: 1992년 3월 14일
연락처: 010-4827-3319

Połącz oba rekordy w jednej tabeli.`,
    // PESEL is a national id, none of our types.
    expected: [
      ['PERSON', 'Małgorzata Wiśniewska-Kordek'],
      ['PHONE', '+48 512 384 227'],
      ['IBAN', 'PL30114020040000320276184915'],
      ['PERSON', '김서연'],
      ['DATE_OF_BIRTH', '1992년 3월 14일'],
      ['PHONE', '010-4827-3319'],
    ],
  },
  // ---------------------------------------------------------------- insurance
  {
    name: 'Motor FNOL transcript from a call centre: policyholder, third party, plates and VINs, a claim number, the handler, and a card used for the excess',
    text: `FNOL CLM-2024-0518-22871 | Policy MTR/7714/2209/A | Handler: Bethany Collard
Caller: Policyholder Nathaniel Osei-Bonsu, mobile 07700 184 552, email n.oseibonsu@outlook.com
Insured vehicle: VW Golf, reg LR19 KXP, VIN WVWZZZAUZKW184471
Third party: Ms Ioana Stanciu, reg BK68 TYU, insurer Admiral, TP phone 07956 281 447
Excess £250 paid by card 4556 7301 8842 9171 exp 09/27
Incident: 14/05/2024 08:10, rear-end collision at the junction of Victoria Street and Peel Road.

Classify liability and suggest next steps.`,
    // Plates, VINs, policy and claim numbers, the card expiry and the incident date are not ours; Victoria Street and Peel Road are streets.
    expected: [
      ['PERSON', 'Bethany Collard'],
      ['PERSON', 'Nathaniel Osei-Bonsu'],
      ['PHONE', '07700 184 552'],
      ['EMAIL', 'n.oseibonsu@outlook.com'],
      ['PERSON', 'Ioana Stanciu'],
      ['PHONE', '07956 281 447'],
      ['CREDIT_CARD', '4556 7301 8842 9171'],
    ],
  },
  {
    name: "ACORD XML (PersAutoPolicyQuoteInqRq) with the insured's name parts, birth date, driver licence number, address and VIN",
    text: `<ACORD>
  <InsuranceSvcRq>
    <PersAutoPolicyQuoteInqRq>
      <InsuredOrPrincipal>
        <GeneralPartyInfo>
          <NameInfo><PersonName><Surname>Lindqvist-Moreau</Surname><GivenName>Astrid</GivenName></PersonName></NameInfo>
          <Communications><PhoneInfo><PhoneNumber>+1-614-380-2291</PhoneNumber></PhoneInfo><EmailInfo><EmailAddr>astrid.lm@fastmail.com</EmailAddr></EmailInfo></Communications>
        </GeneralPartyInfo>
        <InsuredOrPrincipalInfo><PersonInfo><BirthDt>1979-10-05</BirthDt></PersonInfo></InsuredOrPrincipalInfo>
      </InsuredOrPrincipal>
      <PersVeh><VehIdentificationNumber>1FTFW1E58JFB41887</VehIdentificationNumber><ModelYear>2018</ModelYear></PersVeh>
      <PersPolicy><PolicyNumber>PA-OH-22918374</PolicyNumber><ContractTerm><EffectiveDt>2024-07-01</EffectiveDt></ContractTerm></PersPolicy>
    </PersAutoPolicyQuoteInqRq>
  </InsuranceSvcRq>
</ACORD>
Map this to our quote table columns.`,
    // BirthDt is a labelled birth date; EffectiveDt is not; the VIN and policy number are not ours.
    expected: [
      ['PERSON', 'Lindqvist-Moreau'],
      ['PERSON', 'Astrid'],
      ['PHONE', '+1-614-380-2291'],
      ['EMAIL', 'astrid.lm@fastmail.com'],
      ['DATE_OF_BIRTH', '1979-10-05'],
    ],
  },
  {
    name: "Adjuster notes on a property claim: the insured, a contractor, a public adjuster's e-mail, the loss address, and a reserve change",
    text: `Claim HO-3 #0029184471 – Adjuster: Marcus Velasquez-Trent
05/20 Spoke w/ insured Priyanka Deshmukh re: water loss at 4187 Martin Luther King Jr Blvd, Unit 2B. Mitigation by Dry-Rite (contact Shane Kowalczyk, 513-274-9182).
05/22 PA letter of representation rec'd from claims@keystonepa.com. Reserve increased from $12,000 to $31,500.
05/24 Insured requests ALE; lease shows rent $1,850/mo.

Write a status summary for the supervisor.`,
    // Martin Luther King Jr Blvd is a street; the claim number and amounts are not ours.
    expected: [
      ['PERSON', 'Marcus Velasquez-Trent'],
      ['PERSON', 'Priyanka Deshmukh'],
      ['PERSON', 'Shane Kowalczyk'],
      ['PHONE', '513-274-9182'],
      ['EMAIL', 'claims@keystonepa.com'],
    ],
  },
  {
    name: 'Health claim EDI 837P segment dump: NM1 subscriber and patient, DMG birth date, member id, NPI of the rendering provider, and SSN in REF*SY',
    text: `ISA*00*          *00*          *ZZ*CLEARHOUSE01   *ZZ*PAYERID7718    *240521*1402*^*00501*000018847*0*P*:~
NM1*IL*1*OKAFOR*CHINONSO*A***MI*W284710933~
N3*2210 ROOSEVELT AVE~
DMG*D8*19850214*F~
REF*SY*401-27-9958~
NM1*82*1*HALVERSEN*TOVE****XX*1487920361~
CLM*PT88412*185***11:B:1*Y*A*Y*Y~
HI*ABK:J069~

Why does the payer reject this with 'subscriber not found'?`,
    // The member id, NPI, claim id and diagnosis code are not ours; Roosevelt Ave is a street; name parts in NM1 are separate spans.
    expected: [
      ['PERSON', 'OKAFOR'],
      ['PERSON', 'CHINONSO'],
      ['DATE_OF_BIRTH', '19850214'],
      ['US_SSN', '401-27-9958'],
      ['PERSON', 'HALVERSEN'],
      ['PERSON', 'TOVE'],
    ],
  },
  {
    name: 'Policy schedule (home insurance, IE) with the policyholder, named drivers n/a, the broker as a company named after people, and the premium instalment bank account',
    text: `POLICY SCHEDULE – Home Insurance
Policy number: HH-IE-0041829       Period of cover: 01/06/2024 to 31/05/2025
Policyholder: Declan Ó Súilleabháin
Risk address: 7 Parnell Square, Dublin 1
Broker: O'Driscoll O'Neil Insurance Brokers
Premium payable by 10 instalments from IBAN IE30BOFI90001712874563
Buildings sum insured €420,000, contents €60,000, excess €350.

Compare this with last year's schedule and list the changes.`,
    // Parnell Square is an address; the broker is a firm; the period of cover is not ours.
    expected: [
      ['PERSON', 'Declan Ó Súilleabháin'],
      ['IBAN', 'IE30BOFI90001712874563'],
    ],
  },
  {
    name: 'Spanish parte amistoso (declaración amistosa de accidente) fields: conductor A and B with DNI, carné, matrícula and aseguradora, and a Mexican siniestro with a CURP-less tomador',
    text: `Declaración amistosa – Vehículo A: conductor Álvaro Gutiérrez Lasheras, DNI 51847263R, tel. 634 218 770, matrícula 4471 KXR, aseguradora Mapfre póliza 0418827361
Vehículo B: conductora Nerea Ibarguren Zubizarreta, tel. 688 402 915, matrícula 2291 LBC, aseguradora Línea Directa

Siniestro MX-GNP-2024-118273 (Ciudad de México): tomador Emiliano Rosas Valdivia, cel. +52 55 4187 2290, correo emiliano.rosas@prodigy.net.mx, placas NXR-472-B.

Resume quién tiene la culpa según las casillas marcadas.`,
    expected: [
      ['PERSON', 'Álvaro Gutiérrez Lasheras'],
      ['PHONE', '634 218 770'],
      ['PERSON', 'Nerea Ibarguren Zubizarreta'],
      ['PHONE', '688 402 915'],
      ['PERSON', 'Emiliano Rosas Valdivia'],
      ['PHONE', '+52 55 4187 2290'],
      ['EMAIL', 'emiliano.rosas@prodigy.net.mx'],
    ],
  },
  {
    name: 'pandas over a claims table: a duplicate-claim query and printed DataFrame with claimant names, phone, member ids and ICD codes',
    text: `>>> dup = claims[claims.duplicated(['member_id', 'service_date', 'cpt'], keep=False)]
>>> dup[['claim_id', 'member_id', 'claimant', 'phone', 'service_date', 'cpt', 'icd10']]
      claim_id   member_id        claimant           phone service_date    cpt  icd10
1184  C8841027  XQH918274401  Latoya Prescott  (404) 771-3920   2024-03-04  99214  E11.9
1185  C8841033  XQH918274401  Latoya Prescott  (404) 771-3920   2024-03-04  99214  E11.9
2291  C9010442  MBR00447192   Henrik Aaltonen  (651) 283-0417   2024-03-11  73721  M25.561

Why does claim C8841033 not get caught by the payer's duplicate edit?`,
    expected: [
      ['PERSON', 'Latoya Prescott'],
      ['PHONE', '(404) 771-3920'],
      ['PERSON', 'Latoya Prescott'],
      ['PHONE', '(404) 771-3920'],
      ['PERSON', 'Henrik Aaltonen'],
      ['PHONE', '(651) 283-0417'],
    ],
  },
  {
    name: 'Italian sinistro RC auto (CAI) and a German Schadenmeldung with Versicherungsnummer, Kennzeichen and a Gutachter',
    text: `Sinistro n. 2024/RCA/118274 – Contraente: Giulia Marchetti Rinaldi, cell. 347 218 4495, targa GF 418 KX, polizza UnipolSai 1/40882/77/184471

Schadenmeldung Nr. KH-24-0077182, Versicherungsschein 4471-2209-88
Versicherungsnehmer: Herr Tobias Wendlinger, Tel. 0711 2847 193, Kennzeichen S-TW 2291
Gutachter: Sachverständigenbüro Krämer & Lutz, Sachbearbeiterin Frau Daniela Pfisterer

Vergleiche die beiden Schadenhöhen.`,
    // The Sachverständigenbüro is a firm named after people; plates and policy numbers are not ours.
    expected: [
      ['PERSON', 'Giulia Marchetti Rinaldi'],
      ['PHONE', '347 218 4495'],
      ['PERSON', 'Tobias Wendlinger'],
      ['PHONE', '0711 2847 193'],
      ['PERSON', 'Daniela Pfisterer'],
    ],
  },
  {
    name: 'Insurance fraud-analytics SQL with hard negatives only: claim and policy numbers, VINs, a postcode, and placeholder names',
    text: `-- flag claims where the same VIN appears on >1 policy within 90 days
SELECT c.claim_no, c.policy_no, v.vin, c.loss_postcode
FROM claims c JOIN vehicles v USING (policy_no)
WHERE v.vin IN ('WVWZZZAUZKW184471', '1FTFW1E58JFB41887')
  AND c.claimant_name NOT IN ('TEST CUSTOMER', 'John Smith (test)')
  AND c.loss_date >= DATE '2024-01-01';
-- sample row: CLM-2024-0518-22871 | MTR/7714/2209/A | WVWZZZAUZKW184471 | LS6 2PQ`,
    // A test fixture name in a filter list is a placeholder; VINs, claim and policy numbers are not ours.
    expected: [],
  },
  // ---------------------------------------------------------------- real estate
  {
    name: 'Residential lease (US) party block: landlord LLC, tenants with phones and e-mails, guarantor with SSN for credit check, and the security deposit',
    text: `RESIDENTIAL LEASE AGREEMENT
Landlord: Maple & Grant Holdings LLC, c/o property manager Corinne Delacroix-Hale (corinne@mapleandgrant.com)
Tenant(s): Jamal Whitaker and Sofía Irigoyen, 1180 N Lincoln Ave, Apt 3C, Denver, CO 80203
Tenant phone: (720) 418-3377 / (720) 552-9014
Guarantor: Lorraine Whitaker, SSN 523-71-0846, DOB 03/30/1960
Term: 12 months commencing July 1, 2024. Monthly rent: $2,150. Security deposit: $2,150.

Flag any clauses that conflict with Colorado's security-deposit statute (C.R.S. § 38-12-103).`,
    // Lincoln Ave is a street; the commencement date and statute are not ours.
    expected: [
      ['PERSON', 'Corinne Delacroix-Hale'],
      ['EMAIL', 'corinne@mapleandgrant.com'],
      ['PERSON', 'Jamal Whitaker'],
      ['PERSON', 'Sofía Irigoyen'],
      ['PHONE', '(720) 418-3377'],
      ['PHONE', '(720) 552-9014'],
      ['PERSON', 'Lorraine Whitaker'],
      ['US_SSN', '523-71-0846'],
      ['DATE_OF_BIRTH', '03/30/1960'],
    ],
  },
  {
    name: "Tenant ledger export (Yardi-style) with tenant codes, names, unit, charges and a NSF note with the tenant's card last four",
    text: `Tenant Ledger  Property: Bayview Terrace (bvt)  Period 01/2024-05/2024
Tenant: t0018847  Name: Okonkwo, Adaeze   Unit: 204   Lease: 02/01/2023-01/31/2025
Date        Description          Charge    Payment   Balance
05/01/2024  Rent                 1,625.00            1,625.00
05/03/2024  ACH payment                    1,625.00  0.00
05/03/2024  NSF - returned ACH   1,625.00            1,625.00
05/09/2024  Card payment (Visa ending 9171)  1,625.00  0.00
Notes: tenant called from (415) 829-3316 about the NSF fee.

Compute days late per month.`,
    // The tenant code, unit, lease dates and the card's last four are not ours.
    expected: [
      ['PERSON', 'Okonkwo, Adaeze'],
      ['PHONE', '(415) 829-3316'],
    ],
  },
  {
    name: 'MLS listing export: listing agent and co-agent with license numbers and phones, showing instructions with a lockbox code, and the seller named',
    text: `MLS# 24-118472 | Status: Active | List Price: $749,000
Address: 2291 Franklin Ave, Berkeley, CA 94702 | Beds 3 | Baths 2 | SqFt 1,640
List Agent: Tamsin Obuya, DRE# 02118473, (510) 384-2291, tamsin@eastbayhomesrealty.com
Co-List Agent: Rafael Quintanilla, DRE# 01984470
Showing Instructions: Call LA. Supra lockbox on side gate, CBS code 4471. Seller Harold Vinterberg occupies, 24 hr notice.
Public Remarks: Charming Craftsman near Ohlone Greenway...

Rewrite the public remarks to be more concise.`,
    // DRE licence numbers, MLS number and the CBS code (a lockbox combination in a listing, not an account secret) are not ours; Franklin Ave is a street.
    expected: [
      ['PERSON', 'Tamsin Obuya'],
      ['PHONE', '(510) 384-2291'],
      ['EMAIL', 'tamsin@eastbayhomesrealty.com'],
      ['PERSON', 'Rafael Quintanilla'],
      ['PERSON', 'Harold Vinterberg'],
    ],
  },
  {
    name: 'Property-management CRM export (JSON) of leads with first/last name fields, phone, a viewing slot and the source portal',
    text: `[
  {"lead_id": "L-48821", "first_name": "Ingrid", "last_name": "Sørbø", "phone": "+46 70 384 22 19", "email": "ingrid.sorbo@telia.se", "property": "Kungsgatan 44, lgh 1102", "viewing": "2024-06-04T17:30", "source": "Hemnet"},
  {"lead_id": "L-48822", "first_name": "Emre", "last_name": "Kılıçarslan", "phone": "+90 532 418 27 73", "email": "emre.kilicarslan@gmail.com", "property": "Kungsgatan 44, lgh 0904", "viewing": "2024-06-04T18:00", "source": "Blocket"}
]
Which leads have not been contacted within 24 hours?`,
    expected: [
      ['PERSON', 'Ingrid'],
      ['PERSON', 'Sørbø'],
      ['PHONE', '+46 70 384 22 19'],
      ['EMAIL', 'ingrid.sorbo@telia.se'],
      ['PERSON', 'Emre'],
      ['PERSON', 'Kılıçarslan'],
      ['PHONE', '+90 532 418 27 73'],
      ['EMAIL', 'emre.kilicarslan@gmail.com'],
    ],
  },
  {
    name: "Escrow and title: a settlement statement with buyer and seller, the escrow officer, wire instructions and an API key from the escrow platform's webhook config",
    text: `FINAL SETTLEMENT STATEMENT – Escrow No. 41-88210-KT
Buyer: Chen Weiliang and Hsu Mei-Ling   Seller: Bartholomew K. Ashcroft
Escrow Officer: Dana Pellegrino, Pacific Crest Title, (858) 437-1102
APN 418-221-07-00, Title order 2024-88721
Wire to: Pacific Crest Title Escrow Trust, ABA 122000661, acct 4418820377

Webhook config from our closing dashboard:
ESCROW_API_KEY=${escrowApiKey}

Reconcile the prorated taxes line.`,
    // The escrow, APN, order, routing and account numbers are not ours.
    expected: [
      ['PERSON', 'Chen Weiliang'],
      ['PERSON', 'Hsu Mei-Ling'],
      ['PERSON', 'Bartholomew K. Ashcroft'],
      ['PERSON', 'Dana Pellegrino'],
      ['PHONE', '(858) 437-1102'],
      ['SECRET', escrowApiKey],
    ],
  },
  {
    name: 'German Mietvertrag and Nebenkostenabrechnung: Vermieter Hausverwaltung, Mieter with Geburtsdatum, Kaution IBAN, the Wohnungsnummer and § 556 BGB',
    text: `Mietvertrag über Wohnraum
Vermieterin: Hausverwaltung Brückner & Söhne GmbH, Goethestraße 17, 04109 Leipzig
Mieter: Herr Konstantin Petrović, geb. 18.02.1990, Tel. 0157 3318 4427, k.petrovic@web.de
Mietobjekt: Karl-Liebknecht-Straße 88, WE 12, 3. OG links
Kaution: 2.130,00 €, Rückzahlung auf DE97760501010013572468
Nebenkostenabrechnung 2023 nach § 556 BGB: Nachzahlung 214,37 €

Ist die Abrechnungsfrist eingehalten?`,
    // Goethestraße and Karl-Liebknecht-Straße are streets; Brückner & Söhne is a company.
    expected: [
      ['PERSON', 'Konstantin Petrović'],
      ['DATE_OF_BIRTH', '18.02.1990'],
      ['PHONE', '0157 3318 4427'],
      ['EMAIL', 'k.petrovic@web.de'],
      ['IBAN', 'DE97760501010013572468'],
    ],
  },
  {
    name: "French bail d'habitation and Brazilian contrato de locação: locataire né le, garant, fiador with CPF, and the imobiliária",
    text: `Bail d'habitation – Bailleur : SCI Les Tilleuls, représentée par M. Armand Leclercq-Vidal
Locataire : Mme Noémie Fabre-Dufresne, née le 11/06/1996 à Nantes, 06 42 18 77 53
Garant : M. Yannick Fabre
Dépôt de garantie versé sur FR7130004008280001293847153

Contrato de Locação – Locador: Imobiliária Monteiro Lobato Ltda.; Locatária: Beatriz Kawasaki Duarte; Fiador: Rogério Duarte, CPF 402.118.937-40, tel. (21) 99718-2044

Compare as cláusulas de reajuste.`,
    // Monteiro Lobato (an author) names a company here; the CPF is not ours.
    expected: [
      ['PERSON', 'Armand Leclercq-Vidal'],
      ['PERSON', 'Noémie Fabre-Dufresne'],
      ['DATE_OF_BIRTH', '11/06/1996'],
      ['PHONE', '06 42 18 77 53'],
      ['PERSON', 'Yannick Fabre'],
      ['IBAN', 'FR7130004008280001293847153'],
      ['PERSON', 'Beatriz Kawasaki Duarte'],
      ['PERSON', 'Rogério Duarte'],
      ['PHONE', '(21) 99718-2044'],
    ],
  },
  // ---------------------------------------------------------------- logistics
  {
    name: 'Bill of lading: shipper and consignee companies, notify party contact, container numbers (ISO 6346), seal numbers, vessel and voyage, UN/LOCODEs and HS codes',
    text: `BILL OF LADING No. MAEU241887301
Shipper: Anatolia Textil A.Ş., Organize Sanayi Bölgesi, Bursa, TR
Consignee: Rhein-Mode Vertriebs GmbH, Duisburg, DE
Notify Party: same as consignee, attn. Holger Brinkhaus, +49 203 418 2277, import@rheinmode.de
Vessel / Voyage: MAERSK EMDEN / 418W     Port of Loading: TRGEM   Port of Discharge: NLRTM
Containers: MSKU4418820 (seal ML-2291847), TCLU7718204 (seal ML-2291848)
Description: 1,180 CTNS cotton T-shirts, HS 6109.10.00; 240 CTNS denim trousers, HS 6203.42

Calculate total CBM if each carton is 0.062 m³.`,
    // Container, seal and B/L numbers, the vessel, UN/LOCODEs and HS codes are not ours.
    expected: [
      ['PERSON', 'Holger Brinkhaus'],
      ['PHONE', '+49 203 418 2277'],
      ['EMAIL', 'import@rheinmode.de'],
    ],
  },
  {
    name: 'Courier tracking export (CSV) with tracking numbers, recipient names, phones and proof-of-delivery signatory, and depot ids',
    text: `tracking_no,service,recipient,recipient_phone,pod_signed_by,pod_time,depot
1Z999AA10123456784,UPS Standard,Fionnuala Brady,+353 87 224 1937,F BRADY,2024-05-21 11:42,DUB3
JD014600006281047391,DHL Parcel,Aurelio Santangelo,+39 347 218 4495,Santangelo,2024-05-21 14:08,MXP1
784512093341,FedEx Ground,Tyrese Holbrook,(919) 482-3307,left at front door,2024-05-21 16:55,RDU2

Which deliveries were signed by someone other than the recipient?`,
    // Tracking numbers and depots are not ours; F BRADY and Santangelo in the POD column are the named recipients signing.
    expected: [
      ['PERSON', 'Fionnuala Brady'],
      ['PHONE', '+353 87 224 1937'],
      ['PERSON', 'F BRADY'],
      ['PERSON', 'Aurelio Santangelo'],
      ['PHONE', '+39 347 218 4495'],
      ['PERSON', 'Santangelo'],
      ['PERSON', 'Tyrese Holbrook'],
      ['PHONE', '(919) 482-3307'],
    ],
  },
  {
    name: "CN23 customs declaration for a private parcel: sender and addressee, HS tariff numbers, contents, value and the importer's phone and e-mail",
    text: `CN 23 CUSTOMS DECLARATION   Item no. RR418827361GB
From: Mrs Eleanor Whitfield-Yates, 22 Nelson Street, Bristol BS1 2LE, UK
To: Shira Ben-Ami, Rehov Herzl 41, Tel Aviv 6108401, Israel, tel. 052-481-2276, shira.benami@walla.co.il
Category: Gift
Detailed description: knitted baby blanket (HS 6301.20), children's books (HS 4901.99)
Value: GBP 64.00   Weight: 1.84 kg
Date: 21/05/2024

Will this be charged import VAT in Israel?`,
    // Nelson Street and Rehov Herzl are streets named after people; the item number is not ours.
    expected: [
      ['PERSON', 'Eleanor Whitfield-Yates'],
      ['PERSON', 'Shira Ben-Ami'],
      ['PHONE', '052-481-2276'],
      ['EMAIL', 'shira.benami@walla.co.il'],
    ],
  },
  {
    name: "EU Single Administrative Document (SAD) boxes: EORI numbers, declarant, MRN, commodity codes, procedure code and the declarant's contact",
    text: `Box 1: IM A   Box 2 Consignor: Shenzhen Brightway Electronics Co., Ltd
Box 8 Consignee: Nordkap Elektronik AB, EORI SE5567182931
Box 14 Declarant/Representative: Tullagent Malin Ekdahl, Ekdahl Tull & Spedition, +46 31 774 20 18, malin@ekdahltull.se
Box 33 Commodity code: 8517 62 00 00   Box 37 Procedure: 4000
MRN: 24SE0000418827A7X1
Box 47 Duty: 0,00 SEK; VAT: 25%

Förklara varför tullvärdet skiljer sig från fakturan.`,
    // EORI, MRN, commodity and procedure codes are not ours.
    expected: [
      ['PERSON', 'Malin Ekdahl'],
      ['PHONE', '+46 31 774 20 18'],
      ['EMAIL', 'malin@ekdahltull.se'],
    ],
  },
  {
    name: 'US CBP ACE entry summary extract: importer of record number, broker, filer code, HTS numbers and the importer contact',
    text: `Entry No. 8EJ-4418820-3   Entry Type 01   Port 2704 (Los Angeles)
Importer of Record: Coastline Outdoor Gear Inc., IOR 47-2918374-00
Filer: Kintetsu World Express (filer code 8EJ), contact Ryan Matsuda, ryan.matsuda@coastlineoutdoor.com, (562) 418-7730
Line 001: HTS 6402.99.4060 footwear, value $48,210, duty 20%
Line 002: HTS 9506.91.0030 exercise equipment, value $12,400, duty free
Vessel: ONE HAMMERSMITH 0418E, B/L ONEYLAXU22918374

Compute total duty owed and MPF.`,
    // Entry, IOR, filer code, HTS numbers and the vessel are not ours.
    expected: [
      ['PERSON', 'Ryan Matsuda'],
      ['EMAIL', 'ryan.matsuda@coastlineoutdoor.com'],
      ['PHONE', '(562) 418-7730'],
    ],
  },
  {
    name: 'Courier API debug log: a Bearer token, the shipment JSON with recipient and phone, a client IP, and a flight number for the air leg',
    text: `2024-05-21T09:14:22Z DEBUG courier-client POST https://api.swiftparcel.example/v2/shipments
  headers: {"Authorization": "Bearer ${courierBearer}", "X-Client-IP": "81.174.22.96"}
  body: {"reference": "ORD-884120", "recipient": {"name": "Oluwadamilare Ajayi", "phone": "+44 7911 482 337", "address": "Flat 4, 19 Brunel Way, Slough SL1 1XL"}, "service": "AIR-EXP", "air_leg": "BA0117", "parcels": [{"weight_kg": 2.4}]}
2024-05-21T09:14:23Z ERROR courier-client 401 Unauthorized: token expired

Why does the token expire after exactly one hour?`,
    // Brunel Way is a street; the order reference and flight number are not ours.
    expected: [
      ['SECRET', courierBearer],
      ['IP_ADDRESS', '81.174.22.96'],
      ['PERSON', 'Oluwadamilare Ajayi'],
      ['PHONE', '+44 7911 482 337'],
    ],
  },
  {
    name: 'Fleet telematics export: vehicle ids, driver names, GPS fixes, harsh-braking events, the gateway IP and IMEIs of the trackers',
    text: `vehicle_id,plate,driver,device_imei,ts,lat,lon,speed_kmh,event
VAN-018,WX71 KLP,Sunita Raghunathan,356938035643809,2024-05-22T07:41:10Z,51.50142,-0.12463,47,harsh_brake
VAN-018,WX71 KLP,Sunita Raghunathan,356938035643809,2024-05-22T07:52:33Z,51.49877,-0.13521,12,idle
HGV-204,YK22 RTV,Wojciech Zieliński,860588041918473,2024-05-22T08:03:05Z,53.80076,-1.54908,82,overspeed
# gateway: 10.72.4.11  firmware 4.2.18

Rank drivers by events per 100 km.`,
    // IMEIs, plates and coordinates are not ours; the gateway's private address counts.
    expected: [
      ['PERSON', 'Sunita Raghunathan'],
      ['PERSON', 'Sunita Raghunathan'],
      ['PERSON', 'Wojciech Zieliński'],
      ['IP_ADDRESS', '10.72.4.11'],
    ],
  },
  {
    name: 'Chinese 快递 waybill (顺丰) and a Japanese 宅配便 proof of delivery: 收件人 and 受取人 with phones, waybill numbers',
    text: `顺丰运单号: SF1418827361044
寄件人: 王志强  电话: 139 1047 2286
收件人: 陈思雨  电话: 138 1247 8830  地址: 上海市徐汇区漕溪北路 88 号
签收人: 本人签收  时间: 2024-05-21 15:42

ヤマト運輸 伝票番号 4418-8203-7712
お届け先: 中村 彩花 様  電話: 080-2291-4470
受領印: 中村

两个包裹的配送时效分别是多少？`,
    // The waybill and 伝票 numbers are not ours; 本人签收 means signed by the addressee; 中村 is the family name of the addressee named in full.
    expected: [
      ['PERSON', '王志强'],
      ['PHONE', '139 1047 2286'],
      ['PERSON', '陈思雨'],
      ['PHONE', '138 1247 8830'],
      ['PERSON', '中村 彩花'],
      ['PHONE', '080-2291-4470'],
      ['PERSON', '中村'],
    ],
  },
  {
    name: 'Hard negatives only: a shipping schedule with vessel names after people, container and booking numbers, flight numbers and LOCODEs',
    text: `Vessel                 Voyage  Service  ETD (DEHAM)   ETA (USNYC)   Booking
MSC GÜLSÜN             418W    AE7      2024-06-03    2024-06-17    MSCU7718204
EVER GIVEN             0221E   NEU4     2024-06-05    2024-06-21    EGLV418827361002
MAERSK MC-KINNEY MOLLER 424W   AE1      2024-06-07    2024-06-22    MAEU241887301
Air leg: LH8160 FRA-JFK, CX 2291 HKG-ANC; containers CMAU4418823, TGHU7718201

Which sailing gets to New York first?`,
    // Ships named after people, voyage, booking and container numbers, flights and LOCODEs are not ours.
    expected: [],
  },
  {
    name: 'Dutch PostNL returns and a Turkish kargo takip: sender names, phones, e-mails, barcode numbers',
    text: `PostNL retourlabel 3SABCD418827361
Afzender: Daan Verhoeven-Kuijpers, 06 1844 7720, daan.vk@kpnmail.nl
Ontvanger: Webwinkel De Rode Fiets B.V.

Yurtiçi Kargo takip no: 441882036191
Alıcı: Zeynep Karaoğlu, Atatürk Bulvarı No:118, Ankara, tel 0532 418 27 73

Maak een tabel met beide zendingen.`,
    // Atatürk Bulvarı is a street; barcode and tracking numbers are not ours.
    expected: [
      ['PERSON', 'Daan Verhoeven-Kuijpers'],
      ['PHONE', '06 1844 7720'],
      ['EMAIL', 'daan.vk@kpnmail.nl'],
      ['PERSON', 'Zeynep Karaoğlu'],
      ['PHONE', '0532 418 27 73'],
    ],
  },
  // ---------------------------------------------------------------- telecom
  {
    name: 'Telecom CDR extract (CSV) with A- and B-numbers in E.164 without plus, IMSI, IMEI, cell id and duration',
    text: `record_type,a_number,b_number,imsi,imei,cell_id,start_time,duration_s
MOC,447911482337,447823441906,234154418820377,356938035643809,23415-4471-18820,2024-05-20T08:14:22Z,184
MTC,447956281447,447911482337,234154418820377,356938035643809,23415-4471-18820,2024-05-20T09:02:10Z,47
SMS-MO,447911482337,447700184552,234154418820377,356938035643809,23415-4471-18821,2024-05-20T09:10:41Z,0

Aggregate calls per A-number per hour.`,
    // A- and B-numbers are MSISDNs; IMSI, IMEI and cell ids are not ours.
    expected: [
      ['PHONE', '447911482337'],
      ['PHONE', '447823441906'],
      ['PHONE', '447956281447'],
      ['PHONE', '447911482337'],
      ['PHONE', '447911482337'],
      ['PHONE', '447700184552'],
    ],
  },
  {
    name: 'Number-porting (MNP) request record: the subscriber, MSISDN, donor and recipient operators, the porting PIN and ICCID of the new SIM',
    text: `Port request PR-2024-441882 (UK, PAC)
Subscriber: Rhiannon Pugh-Davies
MSISDN to port: 07823 441 906
Donor: EE   Recipient: giffgaff
PAC: ${portingPin}
New SIM ICCID: 8944110068254418827
Requested port date: 24/05/2024
Note from retention: customer mentioned contract dispute, escalated to Aled Prosser.

Why did this port fail validation?`,
    // The PAC authorises moving the number, a credential: SECRET; the ICCID and the port date are not ours.
    expected: [
      ['PERSON', 'Rhiannon Pugh-Davies'],
      ['PHONE', '07823 441 906'],
      ['SECRET', portingPin],
      ['PERSON', 'Aled Prosser'],
    ],
  },
  {
    name: 'SIM-swap fraud alert from a telco SOC: IMSI change, IMEI, the agent who processed it, the store IP, and the victim MSISDN',
    text: `ALERT sim_swap_velocity severity=high
msisdn=+34612845903 old_imsi=214074418820377 new_imsi=214074418820399 imei=353918104418827
processed_by=agent:lgarrido store=Tienda Gran Vía 32 store_ip=185.44.21.70 at=2024-05-23T12:04:17Z
prev_swap=2024-05-23T11:58:02Z customer=Marta Ocampo Salinas

Give me a runbook for verifying this customer.`,
    // The agent login is a login; IMSI and IMEI are not ours.
    expected: [
      ['PHONE', '+34612845903'],
      ['IP_ADDRESS', '185.44.21.70'],
      ['PERSON', 'Marta Ocampo Salinas'],
    ],
  },
  {
    name: 'Twilio SMS log export with From/To numbers, message bodies containing a name and a one-time code, and the account auth token pasted by mistake',
    text: `DateSent,From,To,Body,Status,Sid
2024-05-21 10:14:02,+14155238847,+17204183377,"Hi Jamal, your viewing at 1180 N Lincoln Ave is confirmed for 5:30pm. - Tamsin",delivered,SM4f7a1c9e2b5d8036e1a4c7f0b3d69258
2024-05-21 10:20:11,+14155238847,+17205529014,"Your verification code is 418827",delivered,SM9e41b0d358f641a49c9e27b1d083f44e
TWILIO_AUTH_TOKEN=${twilioAuth}

Why are some messages stuck in 'queued'?`,
    // Jamal and Tamsin are given names only and no one is named in full here; the one-time code and the SIDs are not ours.
    expected: [
      ['PHONE', '+14155238847'],
      ['PHONE', '+17204183377'],
      ['PHONE', '+14155238847'],
      ['PHONE', '+17205529014'],
      ['SECRET', twilioAuth],
    ],
  },
  {
    name: 'Mobile-line KYC record (prepaid registration) in Arabic and English: subscriber name, Emirates ID, MSISDN, date of birth and the retailer',
    text: `KYC Registration – du Prepaid
Subscriber name / اسم المشترك: Khalid Al-Mansouri / خالد المنصوري
Emirates ID: 784-1988-4418820-3
Date of birth / تاريخ الميلاد: 1988-02-19
MSISDN: +971 50 384 2291
ICCID: 8997103118827361044
Registered at: Dubai Mall kiosk 14, agent id DXB-2291

Check if the Emirates ID year matches the DOB.`,
    // The Emirates ID and ICCID are not ours; the Arabic spelling names the same person.
    expected: [
      ['PERSON', 'Khalid Al-Mansouri'],
      ['PERSON', 'خالد المنصوري'],
      ['DATE_OF_BIRTH', '1988-02-19'],
      ['PHONE', '+971 50 384 2291'],
    ],
  },
  {
    name: "Telco billing SQL with a customer join: a WHERE on msisdn and on the customer's name, a card on file and the IBAN of a direct debit",
    text: `SELECT c.customer_id, c.full_name, b.msisdn, b.plan, p.card_number, p.iban
FROM billing.lines b
JOIN crm.customers c USING (customer_id)
JOIN billing.payment_methods p USING (customer_id)
WHERE b.msisdn = '+4915123847719' OR c.full_name = 'Annika Reisinger';

customer_id | full_name        | msisdn         | plan      | card_number      | iban
C-0041882   | Annika Reisinger | +4915123847719 | MagentaL  | 5228140933716408 | DE44500105175407324931`,
    expected: [
      ['PHONE', '+4915123847719'],
      ['PERSON', 'Annika Reisinger'],
      ['PERSON', 'Annika Reisinger'],
      ['PHONE', '+4915123847719'],
      ['CREDIT_CARD', '5228140933716408'],
      ['IBAN', 'DE44500105175407324931'],
    ],
  },
  {
    name: 'Hebrew and Korean telecom support tickets: a subscriber name, phone, and a network engineer with a RADIUS session IP',
    text: `פנייה 441882 – מנוי: יעל ברקוביץ, טלפון 052-481-2276, תקלה בגלישה
הנדסה: כתובת IP של הסשן 100.72.18.44 (CGNAT), שרת RADIUS 10.20.4.8

티켓 #2291: 가입자 박지훈, 연락처 010-4827-3319, 번호이동 요청

סכם את שתי הפניות באנגלית.`,
    // 100.64.0.0/10 is carrier-grade NAT shared space; like private-use space it counts, since the log does not say whose it is.
    expected: [
      ['PERSON', 'יעל ברקוביץ'],
      ['PHONE', '052-481-2276'],
      ['IP_ADDRESS', '100.72.18.44'],
      ['IP_ADDRESS', '10.20.4.8'],
      ['PERSON', '박지훈'],
      ['PHONE', '010-4827-3319'],
    ],
  },
  {
    name: 'Hard negatives only: a telecom inventory of IMEIs, IMSIs, ICCIDs, cell ids, short codes and a documentation-range APN config',
    text: `# SIM inventory batch 2024-05
iccid,imsi,imei_paired,status
8944110068254418827,234154418820377,356938035643809,active
8944110068254418835,234154418820385,356938035643817,stock
# APN config example from the vendor guide: apn=iot.example, dns=192.0.2.53, mmsc=198.51.100.7
# premium short codes blocked: 84433, 60030
Count active SIMs per IMSI prefix.`,
    // Device and SIM identifiers, short codes and documentation-range addresses given as config examples are not ours.
    expected: [],
  },
  // ---------------------------------------------------------------- more legal, public sector and telecom
  {
    name: "Canadian small-claims filing (Ontario) and a South African magistrate's court summons: plaintiff, defendant, sheriff, case numbers and statute",
    text: `Ontario Superior Court of Justice – Small Claims Court, Claim No. SC-24-00018847
Plaintiff: Genevieve Tremblay-Ouellet, 88 Laurier Ave W, Ottawa ON, (613) 447-2918
Defendant: Northpoint Renovations Inc.

Magistrate's Court for the District of Johannesburg, Case No. 4418/2024
Plaintiff: Thandeka Mthembu, cell 082 447 1938
Defendant: Pieter-Jan Coetzee
Sheriff: Sheriff Randburg West. Summons under Rule 5 of the Magistrates' Courts Rules.

Put both matters in a table with next steps.`,
    // Laurier Ave is a street; the Sheriff's office is an office; the claim and case numbers are not ours.
    expected: [
      ['PERSON', 'Genevieve Tremblay-Ouellet'],
      ['PHONE', '(613) 447-2918'],
      ['PERSON', 'Thandeka Mthembu'],
      ['PHONE', '082 447 1938'],
      ['PERSON', 'Pieter-Jan Coetzee'],
    ],
  },
  {
    name: 'Argentine expediente judicial and a Portuguese sentença: actor with DNI, the juez as the court, and a Portuguese arguido anonymised as AA',
    text: `Expte. N.º 44188/2023 – "GARCÍA LUNA, MARTINA c/ TRANSPORTES DEL SUR S.A. s/ DAÑOS Y PERJUICIOS"
Juzgado Nacional en lo Civil N.º 72 – Juez: Dr. Ricardo Alberto Peñaloza
Actora: Martina García Luna, DNI 33.418.827, domicilio en Av. Rivadavia 4418, CABA, tel. +54 9 11 4827-3391

Tribunal da Relação de Lisboa, processo 1184/22.7T9LSB.L1-3: o arguido AA e a assistente BB; relator Desembargador João Grilo.

Resume los dos casos en castellano.`,
    // The juez and the desembargador count (convention: see README); DNI is not ours; AA and BB are anonymised; Av. Rivadavia is a street.
    expected: [
      ['PERSON', 'GARCÍA LUNA, MARTINA'],
      ['PERSON', 'Martina García Luna'],
      ['PHONE', '+54 9 11 4827-3391'],
      ['PERSON', 'Ricardo Alberto Peñaloza'],
      ['PERSON', 'João Grilo'],
    ],
  },
  {
    name: 'Subpoena return from a mobile carrier to law enforcement: subscriber info, IMEI, IP session log with CGNAT addresses and ports, the custodian of records',
    text: `RESPONSE TO GRAND JURY SUBPOENA GJ-2024-0418
Target number: (313) 294-7781
Subscriber: Kendrick Abernathy-Lowe, 1840 Cass Ave, Detroit MI, DOB 08/14/1994
Account activated: 2021-03-02; payment method: Visa ending 4426
IMEI: 353918104418827

Session log (UTC)       Public IP         Port range
2024-04-02 18:04:11     172.58.44.201     40960-41023
2024-04-02 19:22:47     172.58.44.219     18432-18495

Certified by: Custodian of Records, Legal Compliance
Summarise the timeline for the case agent.`,
    // The subpoena number, IMEI, card's last four and activation date are not ours; Cass Ave is a street.
    expected: [
      ['PHONE', '(313) 294-7781'],
      ['PERSON', 'Kendrick Abernathy-Lowe'],
      ['DATE_OF_BIRTH', '08/14/1994'],
      ['IP_ADDRESS', '172.58.44.201'],
      ['IP_ADDRESS', '172.58.44.219'],
    ],
  },
  {
    name: 'Swedish Skatteverket and a Dutch gemeente BRP extract: personnummer, burgerservicenummer, named residents and a Dutch IBAN for a toeslag',
    text: `Skatteverket – Slutskattebesked 2023
Namn: Linnea Åkesson Björk   Personnummer: 19890412-2384
Utbetalning till konto: SE3660000000000472816305

Gemeente Utrecht – uittreksel BRP
Naam: Jeroen Smits-van Leeuwen, BSN 123456782, geboren op 21-07-1986 te Utrecht
Toeslag uitbetaald op NL23RABO0318452290

Jämför de två registren.`,
    // The personnummer and BSN are national ids, none of our types; geboren op labels a birth date.
    expected: [
      ['PERSON', 'Linnea Åkesson Björk'],
      ['IBAN', 'SE3660000000000472816305'],
      ['PERSON', 'Jeroen Smits-van Leeuwen'],
      ['DATE_OF_BIRTH', '21-07-1986'],
      ['IBAN', 'NL23RABO0318452290'],
    ],
  },
  {
    name: 'Insurance health claim from India (TPA) and a Turkish SGK sağlık raporu: member id, policy, patient with DOB, hospital named after a person',
    text: `TPA Claim ID: MDI-2024-04-118827 | Policy: 2814/44188/00/000
Patient: Kavya Subramaniam, DOB 05-09-1998, Member ID MD44188203
Hospital: Sir Ganga Ram Hospital, New Delhi – admitted 12-04-2024, discharged 15-04-2024
Contact: kavya.s@rediffmail.com

SGK rapor no 2024/118827 – Hasta: Elif Şahin Tekin, doğum tarihi 17.11.1983, tel. 0532 418 27 73
Hastane: Dr. Lütfi Kırdar Kartal Şehir Hastanesi

Summarise the claim status for both patients.`,
    // Hospitals named after people are buildings; the admission dates are not birth dates.
    expected: [
      ['PERSON', 'Kavya Subramaniam'],
      ['DATE_OF_BIRTH', '05-09-1998'],
      ['EMAIL', 'kavya.s@rediffmail.com'],
      ['PERSON', 'Elif Şahin Tekin'],
      ['DATE_OF_BIRTH', '17.11.1983'],
      ['PHONE', '0532 418 27 73'],
    ],
  },
  {
    name: "Lloyd's-market claims bordereau (CSV): UMR, certificate, claimant, loss date, paid and a loss adjuster firm named after people",
    text: `UMR,Certificate Ref,Claimant Name,Date of Loss,Paid GBP,Outstanding GBP,Loss Adjuster
B0750RG24A0418,CERT-44188-01,Harriet Fenwick-Lowry,2024-02-11,4180.00,0.00,Crawford & Company
B0750RG24A0418,CERT-44188-02,Abdirahman Yusuf,2024-02-19,0.00,12750.00,Sedgwick
B0750RG24A0418,CERT-44188-03,[REDACTED],2024-03-02,880.00,0.00,McLarens

Compute paid-to-incurred by loss adjuster.`,
    // The UMR, certificate refs and dates are not ours; adjusters named after people are firms; [REDACTED] is no name.
    expected: [
      ['PERSON', 'Harriet Fenwick-Lowry'],
      ['PERSON', 'Abdirahman Yusuf'],
    ],
  },
  {
    name: "Proof-of-delivery JSON from a last-mile app: driver, recipient, signature name, geofence, photo URL and the customer's phone with a device IP",
    text: `{
  "stop_id": "STP-88210-14",
  "parcel": "JJD0001418827361",
  "driver": {"id": "drv_2291", "name": "Mateusz Kowalewski"},
  "recipient": {"name": "Harpreet Kaur Sandhu", "phone": "+61 412 884 207"},
  "pod": {"signed_by": "Harpreet Kaur Sandhu", "photo": "https://pod.lastmile.example/p/STP-88210-14.jpg", "lat": -33.86882, "lon": 151.20929},
  "device": {"ip": "101.176.22.84", "os": "Android 14"}
}
Why did the geofence check fail when the coordinates look right?`,
    expected: [
      ['PERSON', 'Mateusz Kowalewski'],
      ['PERSON', 'Harpreet Kaur Sandhu'],
      ['PHONE', '+61 412 884 207'],
      ['PERSON', 'Harpreet Kaur Sandhu'],
      ['IP_ADDRESS', '101.176.22.84'],
    ],
  },
  {
    name: 'Chinese 法院判决书 (anonymised) and a Japanese 判決 with 原告 and 被告 as letters: no names, only court, case number and statute',
    text: `北京市朝阳区人民法院 民事判决书 （2023）京0105民初18827号
原告：张某，男，1985年出生，汉族
被告：北京某某科技有限公司
审判员 李明

東京地方裁判所 令和5年(ワ)第11882号 損害賠償請求事件
原告 X　被告 Y株式会社　裁判官 高橋 一郎
民法709条に基づく請求

把这两个判决的争议焦点概括一下。`,
    // 张某 is anonymised; the 审判员 counts (convention: see README), the 裁判官 too; a birth year alone is not a birth date; case numbers are not ours.
    expected: [['PERSON', '高橋 一郎']],
  },
  {
    name: 'Telecom KYC for a new postpaid line in Mexico and Brazil: CURP and CPF, names, DOB, MSISDN assigned and the store clerk',
    text: `Alta pospago – Telcel
Cliente: Ximena Herrera Cortázar   CURP: HECX950712MDFRRM08   Fecha de nacimiento: 12/07/1995
Línea asignada: 55 4187 2290   Vendedor: Iván Solórzano (tienda Insurgentes Sur)

Ativação pós-pago – Vivo
Cliente: Caio Henrique Batista, CPF 402.118.937-40, data de nascimento 30/01/1991, linha (21) 99718-2044

¿Faltan datos obligatorios en alguno de los dos registros?`,
    // CURP and CPF are national ids, none of our types; Insurgentes Sur is an avenue.
    expected: [
      ['PERSON', 'Ximena Herrera Cortázar'],
      ['DATE_OF_BIRTH', '12/07/1995'],
      ['PHONE', '55 4187 2290'],
      ['PERSON', 'Iván Solórzano'],
      ['PERSON', 'Caio Henrique Batista'],
      ['DATE_OF_BIRTH', '30/01/1991'],
      ['PHONE', '(21) 99718-2044'],
    ],
  },
  {
    name: 'SMS gateway log with DLR lines: sender id, destination MSISDNs, message ids, SMSC IP and a routing error',
    text: `2024-05-23 14:02:11 [smpp-out] submit_sm src=KESTREL dst=+447911482337 msg_id=4f7a1c9e2b5d esm=0x00 dcs=0x08
2024-05-23 14:02:12 [smpp-out] deliver_sm (DLR) id:4f7a1c9e2b5d stat:DELIVRD err:000
2024-05-23 14:02:13 [smpp-out] submit_sm src=KESTREL dst=+905324182773 msg_id=9e41b0d358f6
2024-05-23 14:02:14 [smpp-out] deliver_sm (DLR) id:9e41b0d358f6 stat:UNDELIV err:0x0B smsc=217.118.83.40

Why do Turkish numbers fail with err 0x0B?`,
    // Sender ids, message ids and error codes are not ours.
    expected: [
      ['PHONE', '+447911482337'],
      ['PHONE', '+905324182773'],
      ['IP_ADDRESS', '217.118.83.40'],
    ],
  },
  {
    name: 'Real-estate title search in Australia and a Korean 등기부등본: registered proprietors, folio identifiers, encumbrances, and a mortgagee bank',
    text: `NSW LRS Title Search – Folio Identifier 18/DP774418
Registered Proprietor: Declan Murphy-Quaye and Anh Thu Nguyen as joint tenants
Encumbrances: Mortgage AT418827 to Commonwealth Bank of Australia

등기사항전부증명서 (집합건물) – 서울특별시 강남구 테헤란로 418
소유자: 이도현 (841203-*******)
근저당권자: 주식회사 국민은행

List the encumbrances in both titles.`,
    // The folio, dealing number and the masked resident number are not ours; 테헤란로 is a street.
    expected: [
      ['PERSON', 'Declan Murphy-Quaye'],
      ['PERSON', 'Anh Thu Nguyen'],
      ['PERSON', '이도현'],
    ],
  },
  {
    name: 'Hard negatives only: a legal research memo citing cases, statutes and judges by name as authors of opinions',
    text: `Research memo – standing in data-breach class actions
See TransUnion LLC v. Ramirez, 594 U.S. 413 (2021) (Kavanaugh, J.); Spokeo, Inc. v. Robins, 578 U.S. 330 (2016); Clapper v. Amnesty Int'l USA, 568 U.S. 398 (2013).
In the EU, see Case C-300/21 UI v Österreichische Post AG, ECLI:EU:C:2023:370, on Art. 82 GDPR; and BGH, Urt. v. 18.11.2024 – VI ZR 10/24.
Also 15 U.S.C. § 1681n and Cal. Civ. Code § 1798.150.

Turn this into a one-page brief.`,
    // Case names (a party in a reported citation), the judge writing for the Court, court and statute citations are not ours.
    expected: [],
  },
  {
    name: 'Public housing waiting-list export (pandas) with applicant names, household size, a caseworker e-mail and the priority band',
    text: `>>> wl.head(3)
   app_id          applicant  household  band      caseworker_email           registered
0   H-4418  Mariam Abdelrahman          5    A  k.oduya@lambeth-housing.gov.uk  2019-03-14
1   H-4419     Cillian Moynihan          1    C  k.oduya@lambeth-housing.gov.uk  2020-11-02
2   H-4420        Shreya Malhotra          3    B  r.fenton@lambeth-housing.gov.uk  2021-06-21
>>> wl.groupby('band').registered.min()

Estimate wait times by band.`,
    // Registration dates are not birth dates; the caseworkers' work addresses count.
    expected: [
      ['PERSON', 'Mariam Abdelrahman'],
      ['EMAIL', 'k.oduya@lambeth-housing.gov.uk'],
      ['PERSON', 'Cillian Moynihan'],
      ['EMAIL', 'k.oduya@lambeth-housing.gov.uk'],
      ['PERSON', 'Shreya Malhotra'],
      ['EMAIL', 'r.fenton@lambeth-housing.gov.uk'],
    ],
  },
];

describeHoldout(
  'privacy hold-out 43: legal, public sector, insurance, real estate, logistics and telecom',
  cases,
);
