import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A twenty-third hand-written hold-out: CVs, résumés and recruiting material as people paste them
 * into an AI assistant ("improve my CV", "summarise these candidates", "write a rejection e-mail").
 * Plain text extracted from PDF CVs (broken line wraps, hyphenation at line ends, a two-column
 * layout interleaved line by line, page headers and footers repeating the name, bullet glyphs
 * • ▪ ►); a Markdown CV, a LaTeX moderncv source and a JSON Resume document; a Europass XML
 * document and a Europass PDF; national CVs with their own habits: a German tabellarischer
 * Lebenslauf (Geburtsdatum/-ort, Familienstand), a French CV (née le), Spanish, Brazilian,
 * Italian (nata a … il, the GDPR consent line), Polish (RODO clause), Dutch (tussenvoegsel),
 * Swedish and Turkish CVs, a Japanese 履歴書 (ふりがな, 和暦 birth date), a Chinese 简历 (出生年月),
 * a Korean 이력서 (hanja and romanised name), an Indian bio-data (father's and mother's names, a
 * caste line, a signature in initials) and an Arabic CV; a LinkedIn profile copy-paste (headline,
 * About, "Endorsed by …", recommendations) and a LinkedIn Recruiter project list; ATS material:
 * a Greenhouse Harvest candidate, a Lever CSV, a Workday candidate grid and a Workday REST call
 * with a bearer JWT, a SmartRecruiters API call with its token and a consent IP, a Personio CSV
 * with birth dates, an EEO self-identification export with preferred names and pronouns; interview
 * scorecards, a Slack debrief, reference-check notes, a US offer letter, a German
 * Personalfragebogen with an IBAN, a background-check summary with an SSN, a cover letter, an
 * employee referral, candidate and scheduling e-mails, an academic CV with a publication list, and
 * chat prompts wrapping them. Names from many cultures and in many orders, with preferred names
 * and nicknames, initials, "Last, First" fields, degrees after the name (MBA, CPA, PhD) and
 * pronouns. Hard negatives of the same shapes: companies, universities, schools, institutes and
 * streets named after people (Johns Hopkins, Goldman Sachs, Ernst & Young, Roland Berger,
 * Deloitte, Ludwig-Maximilians-Universität, Hertie School, Fundação Getulio Vargas, Università Aldo
 * Moro, Uniwersytet im. Adama Mickiewicza, Erasmus, Kwame Nkrumah University, King Saud
 * University, Honda, Toyota, Koç, Sabancı, Robert Half), awards and scholarships (Rhodes,
 * Fulbright, Marie Skłodowska-Curie, Mandela Rhodes, Max Weber), algorithms (Dijkstra, Bayesian,
 * Kalman, Erlang), programming languages that are also given names (Julia, Ruby, Ada), a caste
 * line, public figures quoted, placeholder candidates (John Doe, Test Candidate), GitHub and
 * LinkedIn handles and URLs, employment, graduation, application and validity dates, GPAs,
 * salaries, ages, certification ids (one 16 digits long that fails Luhn), ORCID, DNI, CPF, Steuer-ID
 * and Sozialversicherungsnummer, an ITIN, meeting ids and passcodes. Each case lists every value
 * it expects found, with its type; anything else flagged is a false positive. A title (Dr, Prof.,
 * Ms, Sri, Smt., D., Mw., م., 教授, 부장) is no part of a name's span; one "Last, First" field is
 * one span. A lone given or family name, a nickname or an initial form counts only when the same
 * person is named in full elsewhere in the text; a labelled name field's value (first_name,
 * Preferred Name, ふりがな, Geburtsname, a LaTeX \name{}{} argument) counts on its own. Values
 * are fake: made-up names, numbers and keys, an IBAN with valid mod-97 check digits.
 */
const k = joinParts;
const workdayJwt = k(
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  '.eyJpc3MiOiJ3ZDUtc2VydmljZXMxLm15d29ya2RheS5jb20iLCJzdWIiOiJJU1VfUmVjcnVpdGluZ19QaXBlbGluZSIsInRlbmFudCI6Imx1bWVuZnJlaWdodCIsInNjb3BlIjoiUmVjcnVpdGluZyIsImlhdCI6MTcxMDE0NzYwMCwiZXhwIjoxNzEwMTUxMjAwfQ',
  '.nzp8IeS4XQah8sPU5fYHGCk6S1xtfo-QobLD1OX2Bxg',
);
const smartToken = k('DCRA1-', '7b3e9f21c04d4a6e', '8f5b1c2d9a7e6f30');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- CVs extracted from PDF
  {
    name: 'US résumé extracted from a two-page PDF: name in capitals, hyphenated line ends, repeated page header and footer, a referee; Johns Hopkins and Goldman Sachs',
    text: `PRIYA RAGHAVAN-KELLY
Data Scientist | Baltimore, MD | (410) 555-0147 | priya.rk@protonmail.com
linkedin.com/in/priya-raghavan-kelly | github.com/prk-stats

SUMMARY
Data scientist with 7+ years building Bayesian forecasting and Kalman-filter anomaly de-
tection for hospital operations. Fluent in Python, R and Julia; comfortable owning models
from notebook to production.

EXPERIENCE
Senior Data Scientist — Johns Hopkins Medicine, Baltimore, MD            Jun 2020 – Present
• Built a hierarchical Bayesian model for ED census forecasting, reducing agency over-
  staffing spend by 11% ($1.4M/yr).
• Co-led the Dijkstra-based patient transport routing pilot with the Armstrong Insti-
  tute for Patient Safety and Quality.
Analyst, Market Risk — Goldman Sachs, New York, NY                       Jul 2016 – May 2020
• Automated the daily VaR reconciliation (Python, kdb+), saving ~20 analyst hours/week.

Priya Raghavan-Kelly — Résumé                                                   Page 1 of 2
Priya Raghavan-Kelly | (410) 555-0147 | priya.rk@protonmail.com

EDUCATION
M.S.E. Applied Mathematics & Statistics, Johns Hopkins University, 2016 — GPA 3.92/4.00
B.A. Economics, Wellesley College, 2014 — summa cum laude; Fulbright Scholar (Pune, 2014–15)

REFERENCES
Dr. Samuel Okonjo-Briggs, Director of Analytics, Johns Hopkins Medicine
sokonjo1@jhmi.edu · (443) 555-0163

Priya Raghavan-Kelly — Résumé                                                   Page 2 of 2`,
    // Johns Hopkins, Goldman Sachs, the Armstrong Institute, Wellesley, Fulbright, Dijkstra, Kalman and Julia are not people; the handles are not names.
    expected: [
      ['PERSON', 'PRIYA RAGHAVAN-KELLY'],
      ['PHONE', '(410) 555-0147'],
      ['EMAIL', 'priya.rk@protonmail.com'],
      ['PERSON', 'Priya Raghavan-Kelly'],
      ['PERSON', 'Priya Raghavan-Kelly'],
      ['PHONE', '(410) 555-0147'],
      ['EMAIL', 'priya.rk@protonmail.com'],
      ['PERSON', 'Samuel Okonjo-Briggs'],
      ['EMAIL', 'sokonjo1@jhmi.edu'],
      ['PHONE', '(443) 555-0163'],
      ['PERSON', 'Priya Raghavan-Kelly'],
    ],
  },
  {
    name: 'two-column Canva CV extracted from PDF: contact column interleaved with the profile column, referees at the bottom, a Brazilian designer',
    text: `MATEUS ALBUQUERQUE SANTOS
Product Designer
CONTACT                               PROFILE
+55 11 98765-4321                     Product designer with six years in fintech, most re-
mateus.asantos@gmail.com              cently at Nubank, where I own the credit-limit and
São Paulo, SP                         Pix flows. I like turning messy research into clear,
behance.net/mateusas                  testable journeys.
                                      EXPERIENCE
EDUCATION                             Nubank · Senior Product Designer · 2021 – present
Universidade de São Paulo             • Redesigned the credit-limit increase flow with PM
B.Des. Design, 2017                     Beatriz Nogueira Lima and tech lead Kenji Watanabe
                                        (+9 pts NPS, –14% support contacts).
SKILLS                                • Built the "Matiz" component library in Figma.
Figma · Framer · Maze · Hotjar        PicPay · Product Designer · 2018 – 2021
Usability testing                     • Shipped P2P payments onboarding for 30M users.
Design systems
                                      REFERENCES
LANGUAGES                             Beatriz Nogueira Lima — Group PM, Nubank
Portuguese (native)                   +55 11 97412-0938
English (C1)                          Kenji Watanabe — Engineering Manager, Nubank
                                      kenji.watanabe@nubank.com.br
Mateus Albuquerque Santos · CV · 1/1`,
    // Nubank, PicPay, Matiz and the Behance handle are not people; the years are employment dates.
    expected: [
      ['PERSON', 'MATEUS ALBUQUERQUE SANTOS'],
      ['PHONE', '+55 11 98765-4321'],
      ['EMAIL', 'mateus.asantos@gmail.com'],
      ['PERSON', 'Beatriz Nogueira Lima'],
      ['PERSON', 'Kenji Watanabe'],
      ['PERSON', 'Beatriz Nogueira Lima'],
      ['PHONE', '+55 11 97412-0938'],
      ['PERSON', 'Kenji Watanabe'],
      ['EMAIL', 'kenji.watanabe@nubank.com.br'],
      ['PERSON', 'Mateus Albuquerque Santos'],
    ],
  },
  {
    name: 'Europass CV extracted from PDF: date of birth, nationality and gender line, a street named after a queen, the Europass footer and the name repeated on page 2',
    text: `Konstantinos Papadimitriou-Lekkas
Date of birth: 22/08/1987   Nationality: Greek   Gender: Male
Phone number: (+30) 6944712093 (Mobile)
Email address: k.papadimitrioulekkas@gmail.com
LinkedIn: https://www.linkedin.com/in/kpapadimitriou-lekkas
Home: Leoforos Alexandras 112, 11473 Athens (Greece)

ABOUT ME
Civil engineer with ten years of experience in transport infrastructure, tunnelling and
metro works, from tender design to handover.

WORK EXPERIENCE
AKTOR S.A. – Athens, Greece
SENIOR SITE ENGINEER – 01/03/2019 – CURRENT
▪ Supervision of the Thessaloniki Metro extension (Kalamaria branch), 4.8 km, 5 stations.
▪ Coordination with the client's representative, Eleni Vasilakou-Dimou, and 12 subcontractors.

EDUCATION AND TRAINING
NATIONAL TECHNICAL UNIVERSITY OF ATHENS – Athens, Greece
DIPLOMA IN CIVIL ENGINEERING – 09/2005 – 07/2011 – Final grade: 8.14/10
ERASMUS EXCHANGE – Politecnico di Torino – 02/2010 – 06/2010

LANGUAGE SKILLS
Mother tongue(s): GREEK   Other language(s): ENGLISH C2, ITALIAN B2

© European Union, 2002-2024 | europass.europa.eu                              Page 1 / 2
Konstantinos Papadimitriou-Lekkas`,
    // Leoforos Alexandras and Erasmus are named after people but are a street and a programme; the other dates are employment and study dates.
    expected: [
      ['PERSON', 'Konstantinos Papadimitriou-Lekkas'],
      ['DATE_OF_BIRTH', '22/08/1987'],
      ['PHONE', '(+30) 6944712093'],
      ['EMAIL', 'k.papadimitrioulekkas@gmail.com'],
      ['PERSON', 'Eleni Vasilakou-Dimou'],
      ['PERSON', 'Konstantinos Papadimitriou-Lekkas'],
    ],
  },
  // ---------------------------------------------------------------- CVs as source documents
  {
    name: 'Markdown CV of a Nigerian backend engineer: pronouns, GitHub and LinkedIn links, Ruby, Julia and Ada in the skills, Dijkstra and Kalman',
    text: `# Ifeoma Chukwuemeka-Obi
**Backend Engineer** · Lagos / Remote · she/her
📧 ifeoma.obi@fastmail.com · 📱 +234 803 447 1209 · [GitHub](https://github.com/ifeobi) · [LinkedIn](https://www.linkedin.com/in/ifeoma-chukwuemeka-obi/)

## Skills
- **Languages:** Go, Rust, Ruby, Elixir, Julia (numerical work), a little Ada from a safety-critical internship
- **Data:** PostgreSQL, Kafka, ClickHouse
- **Algorithms I have actually shipped:** Dijkstra and A* for rider routing, Kalman smoothing of GPS pings, Bloom filters

## Experience
### Paystack — Senior Backend Engineer (2021 – present)
- Owned the settlement service (₦2.1T/yr); cut reconciliation breaks by 63%.
- Mentored four engineers through the Stripe acquisition integration.
### Andela — Software Engineer (2018 – 2021)
- Placed with a US health-tech client; built their HL7 ingestion in Go.

## Education
**University of Lagos** — B.Sc. Computer Science, 2018 (First Class, CGPA 4.71/5.00)
- MTN Foundation Science & Technology Scholarship

## Talks
- "Idempotency keys at scale", GopherCon Africa 2023`,
    // The GitHub handle and the LinkedIn slug are not names; Ruby, Julia, Ada, Dijkstra, Kalman and Bloom are not people.
    expected: [
      ['PERSON', 'Ifeoma Chukwuemeka-Obi'],
      ['EMAIL', 'ifeoma.obi@fastmail.com'],
      ['PHONE', '+234 803 447 1209'],
    ],
  },
  {
    name: 'LaTeX moderncv source: \\name with given and family name as two arguments, a phone with tildes, a birth date in \\extrainfo, a thesis advisor and a referee with a mailto link',
    gap: 'the \\name{}{} arguments (Ingrid, Halvorsen-Bakke) are missed; the Marie Skłodowska-Curie fellowship is taken for a person',
    text: String.raw`\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{classic}
\moderncvcolor{blue}
\usepackage[utf8]{inputenc}
\usepackage[scale=0.78]{geometry}
\name{Ingrid}{Halvorsen-Bakke}
\title{Curriculum Vitae}
\address{Thereses gate 14}{0168 Oslo}{Norway}
\phone[mobile]{+47~912~44~718}
\email{ingrid.halvorsen.bakke@outlook.com}
\social[github]{ihbakke}
\social[linkedin]{ingrid-hb}
\extrainfo{Born 3 May 1990 in Tromsø}
\begin{document}
\makecvtitle
\section{Education}
\cventry{2014--2018}{PhD in Control Engineering}{NTNU}{Trondheim}{}{Thesis: \emph{Distributed Kalman filtering for offshore wind farms}. Advisor: Prof.~Sigrid Dahl Aune}
\cventry{2009--2014}{MSc Cybernetics}{NTNU}{Trondheim}{grade A}{}
\section{Experience}
\cventry{2018--present}{Senior Control Engineer}{Equinor ASA}{Stavanger}{}{Floating wind turbine controls (Hywind Tampen); model predictive control in Julia and C++.}
\section{Awards}
\cvitem{2016}{Marie Skłodowska-Curie ITN fellowship (project WINDMIL)}
\section{References}
\cvitem{}{Dr.~Henrik Sørbø, Equinor --- \href{mailto:hsorbo@equinor.com}{hsorbo@equinor.com}}
\end{document}`,
    // Thereses gate is a street; the github and linkedin arguments are handles; Marie Skłodowska-Curie names a fellowship.
    expected: [
      ['PERSON', 'Ingrid'],
      ['PERSON', 'Halvorsen-Bakke'],
      ['PHONE', '+47~912~44~718'],
      ['EMAIL', 'ingrid.halvorsen.bakke@outlook.com'],
      ['DATE_OF_BIRTH', '3 May 1990'],
      ['PERSON', 'Sigrid Dahl Aune'],
      ['PERSON', 'Henrik Sørbø'],
      ['EMAIL', 'hsorbo@equinor.com'],
      ['EMAIL', 'hsorbo@equinor.com'],
    ],
  },
  {
    name: 'JSON Resume document: basics, profiles with usernames, work and education dates, a Mandela Rhodes Scholarship and a reference that uses a nickname',
    text: `{
  "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
  "basics": {
    "name": "Thandiwe Mokoena",
    "label": "Site Reliability Engineer",
    "email": "thandi.mokoena@gmail.com",
    "phone": "+27 82 447 1093",
    "url": "https://thandi.dev",
    "summary": "SRE who likes boring, well-documented systems.",
    "location": { "city": "Cape Town", "countryCode": "ZA" },
    "profiles": [
      { "network": "GitHub", "username": "tmokoena", "url": "https://github.com/tmokoena" },
      { "network": "LinkedIn", "username": "thandiwe-mokoena", "url": "https://linkedin.com/in/thandiwe-mokoena" }
    ]
  },
  "work": [
    { "name": "Takealot", "position": "SRE II", "startDate": "2020-02-01",
      "highlights": ["Cut p99 checkout latency from 1.8 s to 420 ms", "Ran Black Friday war room 2022 and 2023"] }
  ],
  "education": [
    { "institution": "University of the Witwatersrand", "area": "Computer Science", "studyType": "BSc (Hons)",
      "startDate": "2013-01", "endDate": "2016-12", "score": "78%" }
  ],
  "awards": [{ "title": "Mandela Rhodes Scholarship", "date": "2016-10-01", "awarder": "Mandela Rhodes Foundation" }],
  "references": [
    { "name": "Pieter van Wyk", "reference": "Thandi was the calmest person on our incident bridge, every single time." }
  ]
}`,
    // Thandi is Thandiwe Mokoena; usernames, the Mandela Rhodes Scholarship and Foundation, and the dates are not ours.
    expected: [
      ['PERSON', 'Thandiwe Mokoena'],
      ['EMAIL', 'thandi.mokoena@gmail.com'],
      ['PHONE', '+27 82 447 1093'],
      ['PERSON', 'Pieter van Wyk'],
      ['PERSON', 'Thandi'],
    ],
  },
  {
    name: 'Europass v4 XML: given and family name elements twice, a dial number split from its country code, hr:BirthDate and employment dates',
    text: `<?xml version="1.0" encoding="UTF-8"?>
<Candidate xmlns="http://www.europass.eu/1.0" xmlns:oa="http://www.openapplications.org/oagis/9" xmlns:eures="http://www.europass_eures.eu/1.0" xmlns:hr="http://www.hr-xml.org/3">
  <hr:DocumentID schemeID="DOCUMENT_ID" schemeAgencyName="EUROPASS" schemeVersionID="4.0"/>
  <CandidateSupplier>
    <hr:PartyID schemeID="Owner-0001" schemeAgencyName="EUROPASS"/>
    <hr:PartyName>Owner</hr:PartyName>
    <PersonContact>
      <PersonName><oa:GivenName>Ana</oa:GivenName><hr:FamilyName>Kovačević Marić</hr:FamilyName></PersonName>
      <Communication><ChannelCode>Email</ChannelCode><oa:URI>ana.kovacevic.maric@gmail.com</oa:URI></Communication>
    </PersonContact>
  </CandidateSupplier>
  <CandidatePerson>
    <PersonName><oa:GivenName>Ana</oa:GivenName><hr:FamilyName>Kovačević Marić</hr:FamilyName></PersonName>
    <Communication>
      <ChannelCode>MobileTelephone</ChannelCode><CountryDialing>385</CountryDialing><oa:DialNumber>914471209</oa:DialNumber>
    </Communication>
    <NationalityCode>HRV</NationalityCode>
    <hr:BirthDate>1991-04-17</hr:BirthDate>
    <hr:GenderCode>Female</hr:GenderCode>
  </CandidatePerson>
  <CandidateProfile languageCode="en">
    <EmploymentHistory>
      <EmployerHistory>
        <hr:OrganizationName>Infobip d.o.o.</hr:OrganizationName>
        <PositionHistory>
          <PositionTitle typeCode="FREETEXT">Data Engineer</PositionTitle>
          <eures:EmploymentPeriod><eures:StartDate><hr:FormattedDateTime>2018-09-01</hr:FormattedDateTime></eures:StartDate><hr:CurrentIndicator>true</hr:CurrentIndicator></eures:EmploymentPeriod>
        </PositionHistory>
      </EmployerHistory>
    </EmploymentHistory>
  </CandidateProfile>
</Candidate>`,
    // "Owner" is a party name placeholder; 385 alone is a country code and the employment start date is not a birth date.
    expected: [
      ['PERSON', 'Ana'],
      ['PERSON', 'Kovačević Marić'],
      ['EMAIL', 'ana.kovacevic.maric@gmail.com'],
      ['PERSON', 'Ana'],
      ['PERSON', 'Kovačević Marić'],
      ['PHONE', '914471209'],
      ['DATE_OF_BIRTH', '1991-04-17'],
    ],
  },
  // ---------------------------------------------------------------- national CVs
  {
    name: 'German tabellarischer Lebenslauf: Geburtsdatum/-ort, Familienstand, Roland Berger, Ernst & Young, Hertie School and LMU, signed with place and date',
    text: `Lebenslauf

Persönliche Daten
Name:                 Jonas Brückner
Anschrift:            Leopoldstraße 118, 80804 München
Telefon:              +49 (0)176 44712093
E-Mail:               jonas.brueckner@posteo.de
Geburtsdatum/-ort:    14.02.1989 in Chemnitz
Staatsangehörigkeit:  deutsch
Familienstand:        verheiratet, zwei Kinder

Berufserfahrung
seit 04/2019          Senior Consultant, Roland Berger GmbH, München
                      • Restrukturierung im Automobilzulieferer-Umfeld
                      • Führung von Teams mit bis zu sechs Beratern
10/2015 – 03/2019     Consultant, Ernst & Young GmbH WPG, Stuttgart

Ausbildung
10/2013 – 09/2015     Master of Public Policy, Hertie School, Berlin
10/2009 – 09/2013     B.Sc. Volkswirtschaftslehre, Ludwig-Maximilians-Universität München
                      Abschlussnote: 1,7
Stipendien            Studienstiftung des deutschen Volkes; Max Weber-Programm Bayern
Sprachen              Deutsch (Muttersprache), Englisch (C2), Französisch (B2)
EDV                   SAP S/4HANA, Python, Stata

München, 11.03.2024
Jonas Brückner`,
    // Roland Berger, Ernst & Young, Hertie, Ludwig-Maximilians, Max Weber and Leopoldstraße are not people; 11.03.2024 is the signing date.
    expected: [
      ['PERSON', 'Jonas Brückner'],
      ['PHONE', '+49 (0)176 44712093'],
      ['EMAIL', 'jonas.brueckner@posteo.de'],
      ['DATE_OF_BIRTH', '14.02.1989'],
      ['PERSON', 'Jonas Brückner'],
    ],
  },
  {
    name: 'French CV: née le with a written month, permis B, Sciences Po and Université Jean Moulin, a street named after Victor Hugo, ▪ bullets',
    text: `Camille Nguyen-Lefèvre
Chargée de communication digitale
12 rue Victor Hugo, 69002 Lyon
06 47 12 09 38 — camille.nguyenlefevre@laposte.net
Née le 23 mars 1994 — Permis B — Célibataire

EXPÉRIENCES PROFESSIONNELLES
Depuis sept. 2021   Chargée de communication digitale — Groupe SEB, Écully
  ▪ Pilotage des campagnes social ads (budget 180 k€/an)
  ▪ Encadrement d'une alternante et d'une agence de création
2018 – 2021         Chargée de projet web — Agence Marcel, Paris
  ▪ Refonte du site de la Fondation Abbé Pierre (WordPress, 40 000 pages)

FORMATION
2016 – 2018   Master Communication, Sciences Po Lyon
2013 – 2016   Licence Information-Communication, Université Jean Moulin Lyon 3

COMPÉTENCES   Suite Adobe, Meta Business Suite, Hootsuite, WordPress
LANGUES       Anglais courant (TOEIC 945), espagnol intermédiaire
CENTRES D'INTÉRÊT   Escalade, bénévolat aux Restos du Cœur`,
    // Victor Hugo, Agence Marcel, the Fondation Abbé Pierre and Jean Moulin name a street, an agency, a charity and a university.
    expected: [
      ['PERSON', 'Camille Nguyen-Lefèvre'],
      ['PHONE', '06 47 12 09 38'],
      ['EMAIL', 'camille.nguyenlefevre@laposte.net'],
      ['DATE_OF_BIRTH', '23 mars 1994'],
    ],
  },
  {
    name: 'Spanish currículum: nombre y apellidos with two Basque surnames, DNI, fecha de nacimiento, Calle Alfonso XIII and a referee with D.',
    text: `CURRÍCULUM VITAE

DATOS PERSONALES
Nombre y apellidos: María José Etxeberria Goikoetxea
DNI: 44712093-K
Fecha de nacimiento: 05/09/1990
Lugar de nacimiento: Donostia-San Sebastián
Estado civil: Soltera
Domicilio: Calle Alfonso XIII, 27, 3º B, 28002 Madrid
Teléfono móvil: 647 120 938
Correo electrónico: mjetxeberria90@hotmail.es
Carné de conducir: B, vehículo propio

FORMACIÓN ACADÉMICA
2008-2013  Licenciatura en Administración y Dirección de Empresas, Universidad de Deusto
2014-2015  Máster en Finanzas, CUNEF (beca Fundación Ramón Areces)

EXPERIENCIA PROFESIONAL
2019-actualidad  Controller financiera, Inditex (Arteixo)
2015-2019        Auditora sénior, Deloitte (Madrid)

IDIOMAS  Euskera (nativo), inglés (C1 – Cambridge Advanced), francés (B1)

REFERENCIAS
D. Íñigo Arrizabalaga Ruiz, socio de auditoría de Deloitte – 610 447 120`,
    // The DNI is an identity number; Alfonso XIII, Ramón Areces and Deloitte name a street, a foundation and a firm.
    expected: [
      ['PERSON', 'María José Etxeberria Goikoetxea'],
      ['DATE_OF_BIRTH', '05/09/1990'],
      ['PHONE', '647 120 938'],
      ['EMAIL', 'mjetxeberria90@hotmail.es'],
      ['PERSON', 'Íñigo Arrizabalaga Ruiz'],
      ['PHONE', '610 447 120'],
    ],
  },
  {
    name: 'Brazilian currículo: age, data de nascimento, CPF, Rua Dr. Oswaldo Cruz and Fundação Getulio Vargas',
    text: `CURRÍCULO

Larissa Tavares Moura
Brasileira, solteira, 29 anos
Data de nascimento: 12/03/1995
Rua Dr. Oswaldo Cruz, 415, apto 72 – Vila Mariana – São Paulo/SP – CEP 04041-050
Celular/WhatsApp: (11) 98412-0937
E-mail: larissa.tmoura@gmail.com
CPF: 447.120.938-06

OBJETIVO
Gerente de Produto Sênior

FORMAÇÃO ACADÊMICA
Administração de Empresas – Fundação Getulio Vargas (FGV-EAESP), 2013–2017
MBA em Gestão de Produtos – Insper, 2020

EXPERIÊNCIA PROFISSIONAL
Nubank – Group Product Manager (2021 – atual)
• Responsável pelo roadmap de cartão de crédito PJ; +35% de ativação em 12 meses.
Itaú Unibanco – Product Owner (2017 – 2021)
• Lançamento do Pix no app Personnalité, com o time de Rodrigo Sampaio Brandão.

IDIOMAS: Inglês fluente, Espanhol intermediário`,
    // Oswaldo Cruz and Getulio Vargas name a street and a foundation; the CPF is a tax id; 29 anos is an age.
    expected: [
      ['PERSON', 'Larissa Tavares Moura'],
      ['DATE_OF_BIRTH', '12/03/1995'],
      ['PHONE', '(11) 98412-0937'],
      ['EMAIL', 'larissa.tmoura@gmail.com'],
      ['PERSON', 'Rodrigo Sampaio Brandão'],
    ],
  },
  {
    name: 'Italian CV: nata a … il with a written date, a PEC address, Via Giuseppe Garibaldi, Università Aldo Moro, the GDPR consent line and a signature',
    text: `CURRICULUM VITAE

Giulia Esposito
Nata a Bari il 7 luglio 1992
Residente in Via Giuseppe Garibaldi 48, 20121 Milano
Cell. +39 347 120 9384
E-mail: giulia.esposito92@libero.it — PEC: giulia.esposito@pec.it

ESPERIENZE LAVORATIVE
Da 03/2020 ad oggi   Ingegnera di processo, Ferrero S.p.A., Alba (CN)
  • Ottimizzazione della linea Nutella B-ready: OEE dal 71% all'84%
09/2017 – 02/2020    Process engineer, Barilla G. e R. Fratelli, Parma

ISTRUZIONE E FORMAZIONE
2014 – 2017   Laurea Magistrale in Ingegneria Chimica, Politecnico di Milano (110/110 e lode)
2011 – 2014   Laurea Triennale, Università degli Studi di Bari Aldo Moro

COMPETENZE   Six Sigma Green Belt, MATLAB, Aspen Plus, SAP PP
LINGUE       Inglese C1 (IELTS 7.5), tedesco A2

Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e dell'art. 13 GDPR 679/16.

Milano, 12/03/2024                                              Giulia Esposito`,
    // Garibaldi, Aldo Moro, Ferrero and Barilla name a street, a university and companies; 12/03/2024 is the signing date.
    expected: [
      ['PERSON', 'Giulia Esposito'],
      ['DATE_OF_BIRTH', '7 luglio 1992'],
      ['PHONE', '+39 347 120 9384'],
      ['EMAIL', 'giulia.esposito92@libero.it'],
      ['EMAIL', 'giulia.esposito@pec.it'],
      ['PERSON', 'Giulia Esposito'],
    ],
  },
  {
    name: 'Polish CV: data urodzenia, ► bullets, a certification id, Uniwersytet im. Adama Mickiewicza and the RODO consent clause with a regulation date',
    text: `CURRICULUM VITAE
Agnieszka Wróblewska-Nowak
Data urodzenia: 02.11.1993
Adres: ul. Marszałkowska 84/92 m. 17, 00-514 Warszawa
Tel.: +48 601 447 120
E-mail: a.wroblewska.nowak@wp.pl

DOŚWIADCZENIE ZAWODOWE
06.2020 – obecnie    Analityk ds. ryzyka kredytowego, mBank S.A., Warszawa
  ► Budowa modeli scoringowych (regresja logistyczna, XGBoost)
  ► Walidacja modeli PD/LGD zgodnie z rekomendacją W KNF
09.2017 – 05.2020    Młodszy analityk, PKO Bank Polski, Poznań

WYKSZTAŁCENIE
2012 – 2017          Uniwersytet im. Adama Mickiewicza w Poznaniu, Informatyka i ekonometria

CERTYFIKATY          FRM (GARP, ID 447120), CFA Level II
JĘZYKI               angielski C1, niemiecki B1

Wyrażam zgodę na przetwarzanie moich danych osobowych przez Santander Bank Polska S.A. dla potrzeb niezbędnych do realizacji procesu rekrutacji (zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r.).`,
    // Adam Mickiewicz names a university; the regulation date, the FRM id and the employment months are not ours.
    expected: [
      ['PERSON', 'Agnieszka Wróblewska-Nowak'],
      ['DATE_OF_BIRTH', '02.11.1993'],
      ['PHONE', '+48 601 447 120'],
      ['EMAIL', 'a.wroblewska.nowak@wp.pl'],
    ],
  },
  {
    name: 'Dutch CV: a tussenvoegsel name in the title and the Naam field, geboortedatum in words, Erasmus Universiteit and a referee with Mw.',
    text: `Curriculum Vitae – Daan van der Meulen

Personalia
Naam            Daan van der Meulen
Adres           Van Woustraat 112-3, 1073 LS Amsterdam
Telefoon        06-44712093
E-mail          daan.vdmeulen@ziggo.nl
Geboortedatum   4 juni 1990
Geboorteplaats  Zwolle
Nationaliteit   Nederlandse
Rijbewijs       B

Werkervaring
2019 – heden    Teamleider klantenservice, Coolblue, Rotterdam
                Verantwoordelijk voor 24 medewerkers; NPS van 61 naar 74
2014 – 2019     Medewerker klantenservice → senior, Bol.com, Utrecht

Opleiding
2010 – 2014     Bedrijfskunde (BSc), Erasmus Universiteit Rotterdam

Referenties
Mw. Femke de Boer-Visser, manager operations Coolblue – 06-12093447`,
    // Van Woustraat and Erasmus are a street and a university; Coolblue and Bol.com are companies.
    expected: [
      ['PERSON', 'Daan van der Meulen'],
      ['PERSON', 'Daan van der Meulen'],
      ['PHONE', '06-44712093'],
      ['EMAIL', 'daan.vdmeulen@ziggo.nl'],
      ['DATE_OF_BIRTH', '4 juni 1990'],
      ['PERSON', 'Femke de Boer-Visser'],
      ['PHONE', '06-12093447'],
    ],
  },
  {
    name: 'Swedish CV: Född with an ISO date, Chalmers and the Wallenberg foundations, a referee with mobile and e-mail',
    text: `CV – Linnea Åkesson

Personuppgifter
Namn: Linnea Åkesson
Född: 1988-09-21
Adress: Karlavägen 58, 114 49 Stockholm
Mobil: 070-447 12 09
E-post: linnea.akesson@telia.com

Arbetslivserfarenhet
2020 – nu      Projektledare, Skanska Sverige AB, Stockholm (Nya Karolinska, etapp 3)
2015 – 2020    Byggnadsingenjör, NCC Building Sverige, Göteborg

Utbildning
2010 – 2015    Civilingenjör Väg- och vattenbyggnad, Chalmers tekniska högskola
               Stipendium från Wallenbergstiftelserna för utbytesår vid ETH Zürich (2013)

Körkort: B
Språk: svenska (modersmål), engelska (flytande), tyska (grundläggande)

Referenser
Anders Lindgren-Holm, avdelningschef Skanska, 073-120 93 44, anders.lindgren-holm@skanska.se`,
    // Karlavägen, Karolinska, Chalmers and Wallenberg are a street, a hospital, a university and foundations.
    expected: [
      ['PERSON', 'Linnea Åkesson'],
      ['PERSON', 'Linnea Åkesson'],
      ['DATE_OF_BIRTH', '1988-09-21'],
      ['PHONE', '070-447 12 09'],
      ['EMAIL', 'linnea.akesson@telia.com'],
      ['PERSON', 'Anders Lindgren-Holm'],
      ['PHONE', '073-120 93 44'],
      ['EMAIL', 'anders.lindgren-holm@skanska.se'],
    ],
  },
  {
    name: 'Turkish özgeçmiş: Doğum Tarihi / Yeri, Boğaziçi and Sabancı universities, a Sakıp Sabancı scholarship, Koç Holding and a referee',
    text: `ÖZGEÇMİŞ

Kişisel Bilgiler
Ad Soyad: Elif Nur Karataş
Doğum Tarihi / Yeri: 19.07.1996 / İzmir
Medeni Durum: Bekâr
Adres: Caferağa Mah. Moda Cad. No: 44 D: 7, Kadıköy / İstanbul
Cep: 0532 447 12 09
E-posta: elifnur.karatas@hotmail.com

Eğitim
2014 – 2019   Boğaziçi Üniversitesi, Endüstri Mühendisliği (GNO 3,41/4,00)
2019 – 2021   Sabancı Üniversitesi, MBA (Sakıp Sabancı Bursu)

İş Deneyimi
2021 – halen  Tedarik Zinciri Uzmanı, Koç Holding – Arçelik A.Ş., İstanbul
2019 – 2021   Uzman Yardımcısı, Unilever Türkiye

Yabancı Dil   İngilizce (YDS: 88), Almanca (A2)

Referanslar
Murat Yılmazer – Arçelik Satın Alma Direktörü – 0533 120 93 44 – murat.yilmazer@arcelik.com`,
    // Sabancı and Koç name a university, a scholarship and a holding company; the GPA and YDS score are not ours.
    expected: [
      ['PERSON', 'Elif Nur Karataş'],
      ['DATE_OF_BIRTH', '19.07.1996'],
      ['PHONE', '0532 447 12 09'],
      ['EMAIL', 'elifnur.karatas@hotmail.com'],
      ['PERSON', 'Murat Yılmazer'],
      ['PHONE', '0533 120 93 44'],
      ['EMAIL', 'murat.yilmazer@arcelik.com'],
    ],
  },
  {
    name: 'Japanese 履歴書: ふりがな and 氏名, a 和暦 birth date with the Western year in brackets, landline and mobile, Honda and Toyota, a referee by full name',
    text: `履　歴　書　　　　　　　　　　　　令和6年3月10日現在
ふりがな　　さいとう　けんた
氏　　名　　齋藤　健太　　　　　　　　　　　　　男
生年月日　　平成7年（1995年）4月12日生　（満28歳）
ふりがな　　かながわけん よこはまし こうほくく
現住所　　　〒222-0033　神奈川県横浜市港北区新横浜3-7-18　ルミエール新横浜502
電話　　　　045-471-2093　　携帯　080-4471-2093
E-mail　　　k.saito.0412@gmail.com
連絡先　　　（現住所以外に連絡を希望する場合のみ記入）同上

年　　月　　学歴・職歴
平成26　4　　慶應義塾大学　理工学部　入学
平成30　3　　慶應義塾大学　理工学部　卒業
平成30　4　　本田技研工業株式会社　入社（四輪R&Dセンター）
令和4　10　　トヨタ自動車株式会社　入社
　　　　　　　現在に至る
免許・資格
平成29　8　　普通自動車第一種運転免許　取得
令和2　11　　TOEIC公開テスト 865点 取得

本人希望記入欄
貴社規定に従います。推薦者：前職上司　山本 真理子（本田技研工業 四輪R&Dセンター 主任研究員）`,
    // The second ふりがな is the address reading; Honda and Toyota are companies named after their founders; the 学歴 dates are not birth dates.
    expected: [
      ['PERSON', 'さいとう　けんた'],
      ['PERSON', '齋藤　健太'],
      ['DATE_OF_BIRTH', '平成7年（1995年）4月12日'],
      ['PHONE', '045-471-2093'],
      ['PHONE', '080-4471-2093'],
      ['EMAIL', 'k.saito.0412@gmail.com'],
      ['PERSON', '山本 真理子'],
    ],
  },
  {
    name: 'Chinese 简历: 出生年月 with year and month only, 政治面貌 and 籍贯, 清华 and 北大, a thesis advisor with 教授, expected salary',
    text: `个人简历

姓　　名：王思远　　　　　　性　　别：男
出生年月：1995.06　　　　　民　　族：汉
籍　　贯：湖南长沙　　　　　政治面貌：中共党员
手　　机：139 2047 1185
邮　　箱：wangsy_1995@163.com
求职意向：算法工程师（北京）　期望薪资：35K×15

教育背景
2013.09-2017.06　清华大学　计算机科学与技术　本科　GPA 3.8/4.0
2017.09-2020.06　北京大学　软件工程　硕士　导师：李明华 教授

工作经历
2020.07-至今　字节跳动　推荐算法工程师
· 负责抖音电商推荐排序模型，GMV 提升 4.2%
· 主导多目标排序（MMoE）上线，日均请求 30 亿

获奖情况：国家奖学金（2015）、ACM-ICPC 亚洲区域赛银牌（2016）
专业技能：Python、C++、PyTorch、Spark、Hive`,
    // The study and work periods are not birth dates; 字节跳动 and 抖音 are a company and a product.
    expected: [
      ['PERSON', '王思远'],
      ['DATE_OF_BIRTH', '1995.06'],
      ['PHONE', '139 2047 1185'],
      ['EMAIL', 'wangsy_1995@163.com'],
      ['PERSON', '李明华'],
    ],
  },
  {
    name: 'Korean 이력서: name in hangul, hanja and romanised capitals, 생년월일, military service dates, a referee with 부장',
    text: `이 력 서

성명: 김지훈 (金志勳) / KIM JI-HOON
생년월일: 1992년 3월 15일 (만 31세)
주소: 서울특별시 마포구 월드컵북로44길 12, 302호
휴대폰: 010-4471-2093
이메일: jihoon.kim92@naver.com
병역: 육군 병장 만기전역 (2012.03 ~ 2013.12)

학력
2011.03 ~ 2017.02  서울대학교 경영학과 졸업 (학점 3.91/4.3)

경력
2017.01 ~ 현재  삼성전자 DX부문 글로벌마케팅팀 과장
 - 갤럭시 S 시리즈 유럽 런칭 캠페인 총괄 (2021~2023)

자격증
정보처리기사 (2016.11), TOEIC 935 (2023.08)

추천인: 박서연 부장 (삼성전자 글로벌마케팅팀), 010-2093-4471`,
    // The service, study and certificate dates are not birth dates; 만 31세 is an age.
    expected: [
      ['PERSON', '김지훈'],
      ['PERSON', '金志勳'],
      ['PERSON', 'KIM JI-HOON'],
      ['DATE_OF_BIRTH', '1992년 3월 15일'],
      ['PHONE', '010-4471-2093'],
      ['EMAIL', 'jihoon.kim92@naver.com'],
      ['PERSON', '박서연'],
      ['PHONE', '010-2093-4471'],
    ],
  },
  {
    name: 'Indian bio-data: father’s and mother’s names with Sri and Smt., DOB, a religion/caste line, Gandhi Nagar and JNTU, signed in initials',
    gap: 'the full name and the signature in initials are cut to "Krishna Reddy" and "KRISHNA REDDY", and the caste Reddy is taken for a person',
    text: `BIO-DATA

Name               : Venkata Sai Krishna Reddy Gummadi
Father's Name      : Sri G. Ramachandra Reddy
Mother's Name      : Smt. G. Padmavathi
Date of Birth      : 14-08-1996
Gender             : Male
Religion / Caste   : Hindu / Reddy
Nationality        : Indian
Marital Status     : Unmarried
Languages Known    : Telugu, English, Hindi
Permanent Address  : D.No. 12-4-88, Gandhi Nagar, Vijayawada – 520003, Andhra Pradesh
Mobile             : +91 98480 44712
E-mail             : saikrishna.gummadi96@gmail.com

CAREER OBJECTIVE
To work in a challenging environment where I can use my skills in embedded systems.

EDUCATIONAL QUALIFICATION
B.Tech (ECE), Jawaharlal Nehru Technological University Kakinada, 2017 – 72.4%
Intermediate (MPC), Sri Chaitanya Junior College, Vijayawada, 2013 – 91.2%

DECLARATION
I hereby declare that the above information is true to the best of my knowledge.

Place : Vijayawada
Date  : 10-03-2024                                        (G. V. S. KRISHNA REDDY)`,
    // "Reddy" in the caste line is a caste, not the person; Gandhi Nagar, Jawaharlal Nehru and Sri Chaitanya name a locality, a university and a college.
    expected: [
      ['PERSON', 'Venkata Sai Krishna Reddy Gummadi'],
      ['PERSON', 'G. Ramachandra Reddy'],
      ['PERSON', 'G. Padmavathi'],
      ['DATE_OF_BIRTH', '14-08-1996'],
      ['PHONE', '+91 98480 44712'],
      ['EMAIL', 'saikrishna.gummadi96@gmail.com'],
      ['PERSON', 'G. V. S. KRISHNA REDDY'],
    ],
  },
  {
    name: 'Arabic CV from Saudi Arabia: الاسم and تاريخ الميلاد, King Saud and King Fahd universities, Aramco, a referee with the engineer title م.',
    text: `السيرة الذاتية

الاسم: عبد الرحمن خالد العتيبي
تاريخ الميلاد: 1990/05/14
مكان الميلاد: الرياض
الجنسية: سعودي
الحالة الاجتماعية: متزوج
الجوال: +966 55 447 1209
البريد الإلكتروني: a.alotaibi90@outlook.com

المؤهلات العلمية:
- بكالوريوس هندسة صناعية، جامعة الملك سعود، 2013 (مرتبة الشرف الأولى)
- ماجستير إدارة أعمال، جامعة الملك فهد للبترول والمعادن، 2018

الخبرات العملية:
- 2018 – حتى الآن: مدير مشاريع، أرامكو السعودية، الظهران
- 2013 – 2018: مهندس تخطيط، شركة سابك، الجبيل

المعرّفون:
- م. فيصل ناصر الشهري، مدير إدارة المشاريع، أرامكو السعودية، جوال: 0504471209`,
    // King Saud and King Fahd are public figures naming universities; the graduation years are not birth dates.
    expected: [
      ['PERSON', 'عبد الرحمن خالد العتيبي'],
      ['DATE_OF_BIRTH', '1990/05/14'],
      ['PHONE', '+966 55 447 1209'],
      ['EMAIL', 'a.alotaibi90@outlook.com'],
      ['PERSON', 'فيصل ناصر الشهري'],
      ['PHONE', '0504471209'],
    ],
  },
  // ---------------------------------------------------------------- LinkedIn
  {
    name: 'LinkedIn profile copy-paste: pronouns, headline, company logos, "Endorsed by" lines and a received recommendation with given names',
    text: `Sofia Marchetti-Owusu
(She/Her)
Head of Talent Acquisition at Revolut | Building hiring teams across EMEA
London, England, United Kingdom · Contact info
500+ connections

About
I've spent 12 years building recruiting teams at McKinsey & Company, Deliveroo and Revolut. I care about structured interviews, fast feedback and candidates who leave better off.

Experience
Revolut logo
Head of Talent Acquisition
Revolut · Full-time
Jan 2021 - Present · 3 yrs 3 mos
Deliveroo logo
Senior Recruitment Manager
Deliveroo
Mar 2017 - Dec 2020 · 3 yrs 10 mos

Skills
Technical Recruiting
Endorsed by Oluwaseun Adebayo-Carter and 23 others who are highly skilled at this
Endorsed by 4 colleagues at Revolut
Employer Branding
Endorsed by Hamish McAllister (mutual connection)

Recommendations
Received
Priyanka Iyer · 2nd
Engineering Director at Revolut
March 4, 2023, Priyanka managed Sofia directly
"Sofia rebuilt our engineering hiring from scratch and halved time-to-offer."`,
    // McKinsey, Deliveroo and Revolut are companies; the recommendation date and tenures are not birth dates.
    expected: [
      ['PERSON', 'Sofia Marchetti-Owusu'],
      ['PERSON', 'Oluwaseun Adebayo-Carter'],
      ['PERSON', 'Hamish McAllister'],
      ['PERSON', 'Priyanka Iyer'],
      ['PERSON', 'Priyanka'],
      ['PERSON', 'Sofia'],
      ['PERSON', 'Sofia'],
    ],
  },
  {
    name: 'LinkedIn Recruiter project list: degree badges, shared connections, a candidate called Julia next to Julia the language, Ruby next to Ruby on Rails',
    text: `Staff Backend Engineer – Berlin  ·  Pipeline: Uncontacted (4)
Select all   Save to project   Send InMail

Anh Tuấn Phạm · 2nd
Staff Engineer at Zalando
Berlin, Germany · Open to work
Experience: Zalando (2019–Present), SoundCloud (2015–2019)
Skills: Go, Kotlin, Kafka · 14 shared connections, including Jannik Oberholzer

Julia Kowalczyk · 3rd
Senior Software Engineer at N26
Berlin Metropolitan Area
Skills: Julia, Python, Haskell · Past applicant (Oct 2022)

Mehdi Benali-Laurent · 2nd
Principal Engineer at Trade Republic
Munich, Bavaria, Germany · Interested in your company
Notes: spoke at GopherCon EU 2023; recommended by Anh Tuấn

Ruby Castellanos-Ng · 2nd
Engineering Manager at Delivery Hero
Berlin · Skills: Ruby on Rails, Elixir, Erlang`,
    // Julia, Haskell, Ruby on Rails and Erlang in the skills lines are languages and frameworks, not people.
    expected: [
      ['PERSON', 'Anh Tuấn Phạm'],
      ['PERSON', 'Jannik Oberholzer'],
      ['PERSON', 'Julia Kowalczyk'],
      ['PERSON', 'Mehdi Benali-Laurent'],
      ['PERSON', 'Anh Tuấn'],
      ['PERSON', 'Ruby Castellanos-Ng'],
    ],
  },
  // ---------------------------------------------------------------- ATS exports and APIs
  {
    name: 'Greenhouse Harvest API candidate JSON: first and last name fields, recruiter and coordinator objects, credited_to, pronouns and desired salary',
    text: `{
  "id": 58120447,
  "first_name": "Chiara",
  "last_name": "Bianchi-Rossetti",
  "company": "Bending Spoons",
  "title": "iOS Engineer",
  "created_at": "2024-02-27T09:14:03.551Z",
  "phone_numbers": [{ "value": "+39 333 447 1209", "type": "mobile" }],
  "email_addresses": [{ "value": "chiara.bianchirossetti@gmail.com", "type": "personal" }],
  "social_media_addresses": [{ "value": "https://github.com/cbrossetti" }],
  "recruiter": { "id": 4471, "first_name": "Tomasz", "last_name": "Zieliński", "name": "Tomasz Zieliński", "employee_id": "E-0412" },
  "coordinator": { "id": 5120, "first_name": "Aisha", "last_name": "Bello", "name": "Aisha Bello", "employee_id": null },
  "applications": [
    {
      "id": 90213377,
      "status": "active",
      "current_stage": { "id": 3301, "name": "Onsite" },
      "jobs": [{ "id": 4471209, "name": "Senior iOS Engineer (Milan)" }],
      "source": { "id": 12, "public_name": "Referral" },
      "credited_to": { "id": 6019, "name": "Marco De Luca" }
    }
  ],
  "custom_fields": { "desired_salary": "€78,000", "pronouns": "she/her", "notice_period": "2 months" }
}`,
    // Bending Spoons is a company; ids, the created_at timestamp and the GitHub handle are not ours.
    expected: [
      ['PERSON', 'Chiara'],
      ['PERSON', 'Bianchi-Rossetti'],
      ['PHONE', '+39 333 447 1209'],
      ['EMAIL', 'chiara.bianchirossetti@gmail.com'],
      ['PERSON', 'Tomasz'],
      ['PERSON', 'Zieliński'],
      ['PERSON', 'Tomasz Zieliński'],
      ['PERSON', 'Aisha'],
      ['PERSON', 'Bello'],
      ['PERSON', 'Aisha Bello'],
      ['PERSON', 'Marco De Luca'],
    ],
  },
  {
    name: 'Lever opportunities CSV: a "Last, First" contact, a candidate named Ruby with a ruby tag, owners and a referrer, a test candidate on an example domain',
    text: `Opportunity ID,Contact name,Email,Phone,Location,Posting,Stage,Origin,Owner,Referrer,Tags,Created at
8c1e7a2b-4471-4a09-b3d2-0938f1a2c7e4,Rahul Venkataraman,rahul.venkataraman@outlook.com,+1 (415) 555-0182,San Francisco,Staff Data Engineer,Phone screen,sourced,Megan O'Sullivan,,"python, airflow, dbt",2024-02-19
3f0b9d61-2093-4c1e-a447-12093e8f6b51,Ruby Chen,ruby.chen.sf@gmail.com,(628) 555-0127,Oakland,Staff Data Engineer,On-site,referred,Megan O'Sullivan,Devansh Kapoor,"ruby, rails, kafka",2024-02-22
a7d2c4e9-0412-4f7a-9c38-447120938aa1,"Tran, Minh Chau",,+1 408 555 0193,San Jose,Analytics Engineer,New applicant,applied,Gabriel Firestone,,"sql, looker",2024-03-01
e1b4f8a3-7712-4d6b-8e20-938447120bb2,Test Candidate,test.candidate@example.com,,Remote,Analytics Engineer,Archived,agency,Gabriel Firestone,,test,2024-03-02`,
    // Test Candidate on example.com is a placeholder; the ruby and rails tags and the UUIDs are not ours.
    expected: [
      ['PERSON', 'Rahul Venkataraman'],
      ['EMAIL', 'rahul.venkataraman@outlook.com'],
      ['PHONE', '+1 (415) 555-0182'],
      ['PERSON', "Megan O'Sullivan"],
      ['PERSON', 'Ruby Chen'],
      ['EMAIL', 'ruby.chen.sf@gmail.com'],
      ['PHONE', '(628) 555-0127'],
      ['PERSON', "Megan O'Sullivan"],
      ['PERSON', 'Devansh Kapoor'],
      ['PERSON', 'Tran, Minh Chau'],
      ['PHONE', '+1 408 555 0193'],
      ['PERSON', 'Gabriel Firestone'],
      ['PERSON', 'Gabriel Firestone'],
    ],
  },
  {
    name: 'Workday "Find Candidates" grid pasted as TSV: candidate, recruiter and hiring manager columns, an agency named after its founders',
    text: `Find Candidates — Job Requisition R-0044712 Finance Manager (Chicago) — 4 items
Candidate	Candidate ID	Stage	Disposition	Recruiter	Hiring Manager	Source	Last Updated
Rebecca Oyelaran-Smith	C-00294471	Interview	—	Darnell Washington	Inés Carvalho	LinkedIn	03/08/2024
Mikael Lindqvist-Berg	C-00294490	Offer	—	Darnell Washington	Inés Carvalho	Employee Referral	03/11/2024
Soo-jin Hwang	C-00294512	Review	—	Darnell Washington	Inés Carvalho	Indeed	03/04/2024
Patrick O'Neill-Sato	C-00294530	Screen	Declined by Candidate	Darnell Washington	Inés Carvalho	Agency – Robert Half	02/28/2024`,
    // Robert Half is a staffing firm named after its founder; the candidate ids and dates are not ours.
    expected: [
      ['PERSON', 'Rebecca Oyelaran-Smith'],
      ['PERSON', 'Darnell Washington'],
      ['PERSON', 'Inés Carvalho'],
      ['PERSON', 'Mikael Lindqvist-Berg'],
      ['PERSON', 'Darnell Washington'],
      ['PERSON', 'Inés Carvalho'],
      ['PERSON', 'Soo-jin Hwang'],
      ['PERSON', 'Darnell Washington'],
      ['PERSON', 'Inés Carvalho'],
      ['PERSON', "Patrick O'Neill-Sato"],
      ['PERSON', 'Darnell Washington'],
      ['PERSON', 'Inés Carvalho'],
    ],
  },
  {
    name: 'Workday recruiting REST call with a bearer JWT piped through jq, and the request to summarise it for the hiring manager',
    text: `can you turn this into a 3-line pipeline update for Inés Carvalho? keep it upbeat

$ curl -s "https://wd5-services1.myworkday.com/ccx/api/recruiting/v4/lumenfreight/jobRequisitions/R-0044731/jobApplications?limit=2" \\
    -H "Authorization: Bearer ${workdayJwt}" \\
  | jq '.data[] | {candidate: .candidate.descriptor, email: .candidate.email, stage: .stage.descriptor, recruiter: .recruiter.descriptor, updated: .lastUpdated}'
{
  "candidate": "Thabo Nkosi",
  "email": "thabo.nkosi@gmail.com",
  "stage": "Offer",
  "recruiter": "Darnell Washington",
  "updated": "2024-03-11"
}
{
  "candidate": "Zsófia Nagy",
  "email": "zsofia.nagy@outlook.hu",
  "stage": "Assessment",
  "recruiter": "Darnell Washington",
  "updated": "2024-03-04"
}`,
    // The requisition id and the update dates are not ours.
    expected: [
      ['PERSON', 'Inés Carvalho'],
      ['SECRET', workdayJwt],
      ['PERSON', 'Thabo Nkosi'],
      ['EMAIL', 'thabo.nkosi@gmail.com'],
      ['PERSON', 'Darnell Washington'],
      ['PERSON', 'Zsófia Nagy'],
      ['EMAIL', 'zsofia.nagy@outlook.hu'],
      ['PERSON', 'Darnell Washington'],
    ],
  },
  {
    name: 'SmartRecruiters API call with an X-SmartToken header: firstName and lastName fields of candidate and owner, an Irish name with Ní, a consent IP',
    text: `$ curl -s -H "X-SmartToken: ${smartToken}" https://api.smartrecruiters.com/candidates/3f9b2e71-4471-4c0a-9d12-0938a7e6b5c4 | jq .
{
  "id": "3f9b2e71-4471-4c0a-9d12-0938a7e6b5c4",
  "firstName": "Siobhán",
  "lastName": "Ní Dhomhnaill",
  "email": "siobhan.nidhomhnaill@eircom.net",
  "phoneNumber": "+353 87 447 1209",
  "location": { "country": "ie", "city": "Galway" },
  "web": { "linkedin": "https://www.linkedin.com/in/siobhan-ni-dhomhnaill" },
  "primaryAssignment": {
    "job": { "id": "744000012093", "title": "Clinical Data Manager" },
    "status": "INTERVIEW",
    "subStatus": "Second interview",
    "source": "Indeed"
  },
  "owner": { "firstName": "Declan", "lastName": "Fitzgerald-Hayes", "email": "declan.fitzgerald-hayes@iconplc.com" },
  "consent": { "given": true, "date": "2024-02-14T10:22:31Z", "ip": "86.44.120.93" },
  "createdOn": "2024-02-14T10:22:31.112Z",
  "tags": ["GCP", "CDISC", "Medidata Rave"]
}`,
    // The job id and the UUID are not phones; the LinkedIn slug is a URL, not a name.
    expected: [
      ['SECRET', smartToken],
      ['PERSON', 'Siobhán'],
      ['PERSON', 'Ní Dhomhnaill'],
      ['EMAIL', 'siobhan.nidhomhnaill@eircom.net'],
      ['PHONE', '+353 87 447 1209'],
      ['PERSON', 'Declan'],
      ['PERSON', 'Fitzgerald-Hayes'],
      ['EMAIL', 'declan.fitzgerald-hayes@iconplc.com'],
      ['IP_ADDRESS', '86.44.120.93'],
    ],
  },
  {
    name: 'Personio applicants export (German semicolon CSV): Vorname and Nachname columns, Geburtsdatum next to Eingangsdatum and Verfügbar ab, salary wishes',
    text: `Vorname;Nachname;E-Mail;Telefon;Stelle;Status;Quelle;Eingangsdatum;Geburtsdatum;Gehaltsvorstellung;Verfügbar ab;Zuständig
Lea;Hoffmann;lea.hoffmann@gmx.de;+49 151 44712093;Werkstudent*in Controlling;Interview;StepStone;04.03.2024;17.06.2001;18 €/h;01.04.2024;Katrin Vogelsang
Mehmet;Yıldırım;m.yildirim@web.de;0176 20934471;Junior Buchhalter (m/w/d);Neu;Indeed;06.03.2024;;48.000 €;sofort;Katrin Vogelsang
Ewa;Zając-Schulz;ewa.zajac@t-online.de;+49 30 12094471;Werkstudent*in Controlling;Abgelehnt;Karriereseite;27.02.2024;03.11.1999;20 €/h;15.04.2024;Florian Dietz`,
    // Eingangsdatum and Verfügbar ab are application and availability dates; StepStone and Indeed are job boards.
    expected: [
      ['PERSON', 'Lea'],
      ['PERSON', 'Hoffmann'],
      ['EMAIL', 'lea.hoffmann@gmx.de'],
      ['PHONE', '+49 151 44712093'],
      ['DATE_OF_BIRTH', '17.06.2001'],
      ['PERSON', 'Katrin Vogelsang'],
      ['PERSON', 'Mehmet'],
      ['PERSON', 'Yıldırım'],
      ['EMAIL', 'm.yildirim@web.de'],
      ['PHONE', '0176 20934471'],
      ['PERSON', 'Katrin Vogelsang'],
      ['PERSON', 'Ewa'],
      ['PERSON', 'Zając-Schulz'],
      ['EMAIL', 'ewa.zajac@t-online.de'],
      ['PHONE', '+49 30 12094471'],
      ['DATE_OF_BIRTH', '03.11.1999'],
      ['PERSON', 'Florian Dietz'],
    ],
  },
  {
    name: 'Greenhouse EEO self-identification export: "Last, First" names, preferred names and pronouns, a test candidate, veteran and disability answers',
    text: `Voluntary Self-Identification — EEOC report, Req 2207 Staff Software Engineer, Q1 2024
Candidate Name,Preferred Name,Pronouns,Gender,Race/Ethnicity,Veteran Status,Disability Status,Application Date
"Mehta-Fischer, Arjun",,he/him,Male,Asian,I am not a protected veteran,No,2024-02-14
"Okwuosa, Chinonso",Chi,they/them,Decline to self-identify,Black or African American,I am not a protected veteran,Decline to answer,2024-02-16
"Sandoval Ríos, María Fernanda",Mafe,she/her,Female,Hispanic or Latino,I identify as one or more of the classifications of protected veteran,No,2024-02-20
"Test, Candidate",,,,,,,2024-02-21
"Kahale, Keoni",,he/him,Male,Native Hawaiian or Other Pacific Islander,I am not a protected veteran,"Yes, I have a disability",2024-02-22`,
    // "Test, Candidate" is a placeholder; the application dates are not birth dates.
    expected: [
      ['PERSON', 'Mehta-Fischer, Arjun'],
      ['PERSON', 'Okwuosa, Chinonso'],
      ['PERSON', 'Chi'],
      ['PERSON', 'Sandoval Ríos, María Fernanda'],
      ['PERSON', 'Mafe'],
      ['PERSON', 'Kahale, Keoni'],
    ],
  },
  // ---------------------------------------------------------------- interviews and references
  {
    name: 'interview scorecard: candidate and interviewer, private notes with a competing offer, a lone blog author and a lone first name that are not named in full',
    text: `Scorecard — Onsite: System Design
Candidate: Arjun Mehta-Fischer    Job: Staff Software Engineer, Payments (REQ-2207)
Interviewer: Yuki Tanabe    Submitted: Mar 11, 2024 4:52 PM
Overall recommendation: ✔✔ Strong Yes

Key take-aways
Arjun designed a ledger service for multi-currency payouts. Started with a single Postgres primary, moved to event sourcing when I pushed on audit requirements. Said he built idempotency keys at Stripe "the way Brandur describes it" and brought up the Raft paper unprompted.

Attributes
Distributed systems ........ Strong Yes
Communication .............. Yes — a bit fast; I had to slow him down twice
Culture add ................ Yes

Private notes (visible to hiring team only)
He is at Stripe today with a competing offer from Adyen (base ~$245k + RSUs). Asked whether his lead would be Rohan or Dana Whitcombe; I said Dana. Please loop in Marisol Etcheverry from comp before the debrief.`,
    // Brandur and Rohan are never named in full; Stripe, Adyen and Raft are not people; the submission time is not a birth date.
    expected: [
      ['PERSON', 'Arjun Mehta-Fischer'],
      ['PERSON', 'Yuki Tanabe'],
      ['PERSON', 'Arjun'],
      ['PERSON', 'Dana Whitcombe'],
      ['PERSON', 'Dana'],
      ['PERSON', 'Marisol Etcheverry'],
    ],
  },
  {
    name: 'Slack hiring debrief thread: display names with timestamps, @mentions by given name, referees with a Ghanaian mobile, "the McKinsey guy"',
    text: `#hiring-staff-pm-growth
Aleksandra Nowicka  10:02 AM
Debrief for Kwabena Asante-Darko (Staff PM, Growth). My vote: lean hire. Strong on metrics, weaker on stakeholder stories.
Tomás Ibarra  10:04 AM
+1 lean hire. In the exec role-play he handled "the McKinsey guy" persona really well.
Hyun-woo Park  10:07 AM
No hire from me. Kwabena blamed his previous CEO for two failed launches, which is a red flag for a staff role. Notes in the doc.
Aleksandra Nowicka  10:11 AM
@Hyun-woo fair, let's dig into that in references. @Tomás can you run them? He listed Adwoa Mensah (his former VP at Hubtel, +233 24 447 1209) and Felix Brandt.
Tomás Ibarra  10:12 AM
on it 👍`,
    // The @mention of a given name names the person (convention: see README); McKinsey and Hubtel are companies.
    expected: [
      ['PERSON', 'Aleksandra Nowicka'],
      ['PERSON', 'Kwabena Asante-Darko'],
      ['PERSON', 'Tomás Ibarra'],
      ['PERSON', 'Hyun-woo Park'],
      ['PERSON', 'Kwabena'],
      ['PERSON', 'Aleksandra Nowicka'],
      ['PERSON', 'Adwoa Mensah'],
      ['PHONE', '+233 24 447 1209'],
      ['PERSON', 'Felix Brandt'],
      ['PERSON', 'Tomás Ibarra'],
      ['PERSON', 'Tomás'],
    ],
  },
  {
    name: 'reference-check notes: three referees with UK and South African numbers, the candidate by given name, Ernst & Young, a lone first name not named in full',
    text: `REFERENCE CHECK — CONFIDENTIAL
Candidate: Nomvula Dlamini-Hart | Role: Head of Finance (EMEA) | Recruiter: Ciarán Moloney

Referee 1: Graham Pettigrew, CFO, Ocado Group (former line manager 2018–2022)
Contact: +44 7700 900418 | graham.pettigrew@btinternet.com | Called 12/03/2024 14:30
- Managed Nomvula directly for four years; "the best FP&A lead I've had".
- Development area: can be "too patient with under-performers".
- Would re-hire? "In a heartbeat."

Referee 2: Dr Farah Qureshi, Audit Partner, Ernst & Young LLP (external auditor)
Contact: farah.qureshi@uk.ey.com | +44 20 7951 4471
- Confirmed Nomvula led the IFRS 16 transition; "unflappable in front of the audit committee".
- Left after the Ocado restructure, not for performance reasons.

Referee 3: not reached — voicemail left for Johan de Villiers (+27 21 447 1209) on 11/03.

Outcome: references positive. Next step: Ciarán to send the offer approval to Helen.`,
    // Helen is never named in full; Ernst & Young and Ocado are companies; IFRS 16 and the call dates are not ours.
    expected: [
      ['PERSON', 'Nomvula Dlamini-Hart'],
      ['PERSON', 'Ciarán Moloney'],
      ['PERSON', 'Graham Pettigrew'],
      ['PHONE', '+44 7700 900418'],
      ['EMAIL', 'graham.pettigrew@btinternet.com'],
      ['PERSON', 'Nomvula'],
      ['PERSON', 'Farah Qureshi'],
      ['EMAIL', 'farah.qureshi@uk.ey.com'],
      ['PHONE', '+44 20 7951 4471'],
      ['PERSON', 'Nomvula'],
      ['PERSON', 'Johan de Villiers'],
      ['PHONE', '+27 21 447 1209'],
      ['PERSON', 'Ciarán'],
    ],
  },
  {
    name: 'interview confirmation e-mail from a scheduling tool: a panel of interviewers, a coordinator in Cc, a Zoom meeting id and passcode',
    text: `Subject: Interview confirmed: Lucía Ferrández Molina — virtual onsite, Thu 14 Mar
From: GoodTime Scheduling <scheduling@goodtime.io>
To: lucia.ferrandez@gmail.com
Cc: Ngozi Eze <ngozi.eze@monzo.com>

Hi Lucía,

Your virtual onsite for Senior Backend Engineer (Payments) is confirmed. All times are GMT.

10:00 – 10:45   Coding (Go)               Interviewer: Rasmus Kjærgaard
10:50 – 11:35   System design             Interviewer: Priyamvada Sen
11:45 – 12:15   Hiring manager chat       Interviewer: Callum Fraser-Doyle
12:20 – 12:50   Values & behaviours       Interviewer: Ngozi Eze

Zoom: https://monzo.zoom.us/j/94471209381
Meeting ID: 944 7120 9381   Passcode: 318204

If you need adjustments (extra time, captions, a screen reader), reply to this e-mail or call Ngozi on +44 20 7946 0412.

Good luck!
The Monzo Talent Team`,
    // The meeting id and passcode are not phones or secrets; Monzo and GoodTime are companies.
    expected: [
      ['PERSON', 'Lucía Ferrández Molina'],
      ['EMAIL', 'scheduling@goodtime.io'],
      ['EMAIL', 'lucia.ferrandez@gmail.com'],
      ['PERSON', 'Ngozi Eze'],
      ['EMAIL', 'ngozi.eze@monzo.com'],
      ['PERSON', 'Lucía'],
      ['PERSON', 'Rasmus Kjærgaard'],
      ['PERSON', 'Priyamvada Sen'],
      ['PERSON', 'Callum Fraser-Doyle'],
      ['PERSON', 'Ngozi Eze'],
      ['PERSON', 'Ngozi'],
      ['PHONE', '+44 20 7946 0412'],
    ],
  },
  {
    name: 'candidate reply to a recruiter in Outlook: From, To and Cc headers, a nickname sign-off, a Blue Card validity date and the quoted Gmail-style message',
    text: `From: Siddharth Venkatesan <sid.venkatesan@icloud.com>
Sent: Tuesday, March 12, 2024 8:41 PM
To: Careers | Zalando SE <jobs@zalando.de>
Cc: Katharina Böhm <katharina.boehm@zalando.de>
Subject: RE: Your application – Senior Data Analyst (JR-44712)

Hi Katharina,

Thanks for the quick reply! Attached is my updated CV. To your questions:
- Notice period: 3 months (Delivery Hero), negotiable to 2
- Salary expectation: €82–88k base
- Visa: I hold an EU Blue Card valid until 08/2026, so no sponsorship needed

I'm free for a first call Thu/Fri after 14:00. My mobile is +49 1523 4471209.

Best,
Sid

Siddharth Venkatesan
Senior Data Analyst · Delivery Hero
linkedin.com/in/sidvenkatesan

> On Mon, 11 Mar 2024 at 17:05, Katharina Böhm <katharina.boehm@zalando.de> wrote:
> Hi Siddharth, thanks for applying! Could you share your notice period and salary expectations? Best, Katharina`,
    // Sid is Siddharth Venkatesan; the LinkedIn slug, the requisition id and the visa date are not ours.
    expected: [
      ['PERSON', 'Siddharth Venkatesan'],
      ['EMAIL', 'sid.venkatesan@icloud.com'],
      ['EMAIL', 'jobs@zalando.de'],
      ['PERSON', 'Katharina Böhm'],
      ['EMAIL', 'katharina.boehm@zalando.de'],
      ['PERSON', 'Katharina'],
      ['PHONE', '+49 1523 4471209'],
      ['PERSON', 'Sid'],
      ['PERSON', 'Siddharth Venkatesan'],
      ['PERSON', 'Katharina Böhm'],
      ['EMAIL', 'katharina.boehm@zalando.de'],
      ['PERSON', 'Siddharth'],
      ['PERSON', 'Katharina'],
    ],
  },
  {
    name: 'employee referral form from Workday: the referrer as "Last, First" with an employee id, the candidate by full name and nickname, a bonus amount',
    text: `Employee Referral — submitted 03/07/2024
Referring employee: Oyelaran, Babatunde (Employee ID 200447, Lagos Office)
Referred candidate: Folasade Adeyemi-Hughes
Candidate email: fola.adeyemihughes@yahoo.co.uk
Candidate phone: +44 7911 447120
Position: Credit Risk Analyst (R-0044719), London
How do you know the candidate? We worked together at Access Bank 2016–2019; Fola reported to my peer, Emeka Nnaji.
Would you hire them onto your own team? Yes — she rebuilt the IFRS 9 ECL model almost single-handedly.
Referral bonus eligible: Yes (£2,000 after 6 months' service)`,
    // Access Bank is a company; the employee id, requisition and amounts are not ours.
    expected: [
      ['PERSON', 'Oyelaran, Babatunde'],
      ['PERSON', 'Folasade Adeyemi-Hughes'],
      ['EMAIL', 'fola.adeyemihughes@yahoo.co.uk'],
      ['PHONE', '+44 7911 447120'],
      ['PERSON', 'Fola'],
      ['PERSON', 'Emeka Nnaji'],
    ],
  },
  // ---------------------------------------------------------------- offers, onboarding and screening
  {
    name: 'US offer letter: candidate address block, reporting line, base salary and RSUs, a Checkr contingency, a people-ops contact and a signature line',
    text: `March 12, 2024

Ms. Danielle Okafor-Reyes
4471 Larchmont Ave, Apt 2B
Austin, TX 78704

Dear Danielle,

On behalf of Bluebonnet Analytics, Inc. (the "Company"), I am pleased to offer you the position of Senior Revenue Operations Manager, reporting to Curtis Vanderhoeven, VP Revenue Operations. Your anticipated start date is April 8, 2024.

Compensation. Your annual base salary will be $142,500, paid bi-weekly, and you will be eligible for an annual bonus targeted at 15% of base. Subject to Board approval, you will be granted 12,000 RSUs vesting over four years with a one-year cliff.

Contingencies. This offer is contingent on satisfactory completion of a background check conducted by Checkr, Inc. and on proof of your eligibility to work in the United States (Form I-9) within three business days of your start date.

This offer expires on March 19, 2024. To accept, sign below and return it to Whitney Abernathy-Cole, People Operations, at people@bluebonnetanalytics.com or (512) 555-0139.

Sincerely,
Rajesh Subramaniam
Chief Executive Officer

Accepted: ______________________   Date: ___________
          Danielle Okafor-Reyes`,
    // The start and expiry dates are not birth dates; Larchmont Ave is a street; the salary and RSU counts are not ours.
    expected: [
      ['PERSON', 'Danielle Okafor-Reyes'],
      ['PERSON', 'Danielle'],
      ['PERSON', 'Curtis Vanderhoeven'],
      ['PERSON', 'Whitney Abernathy-Cole'],
      ['EMAIL', 'people@bluebonnetanalytics.com'],
      ['PHONE', '(512) 555-0139'],
      ['PERSON', 'Rajesh Subramaniam'],
      ['PERSON', 'Danielle Okafor-Reyes'],
    ],
  },
  {
    name: 'German Personalfragebogen for a new hire: Geburtsname, Geburtsdatum, Steuer-ID, Sozialversicherungsnummer, IBAN with spaces and an emergency contact',
    text: `Personalfragebogen – Neueinstellung (Export aus Personio)
Mitarbeiter/in: Dilara Şahin-Köhler     Personalnummer: 10447     Eintritt: 15.04.2024
Geburtsname: Şahin
Geburtsdatum: 03.11.1999     Geburtsort: Bursa     Staatsangehörigkeit: deutsch, türkisch
Familienstand: ledig     Konfession: – (keine Kirchensteuer)
Anschrift: Gneisenaustraße 67, 10961 Berlin
Steuer-ID: 47 120 938 415     Steuerklasse: 1
Sozialversicherungsnummer: 65 031199 S 012
Krankenkasse: Techniker Krankenkasse
Bankverbindung: IBAN DE24 7015 0000 1004 4712 09, BIC SSKMDEMMXXX
Notfallkontakt: Aylin Şahin (Mutter), +49 160 2093447
Vorgesetzte/r: Florian Dietz`,
    // The Sozialversicherungsnummer and Steuer-ID are national ids; Gneisenaustraße is a street; the Eintritt date is a hire date.
    expected: [
      ['PERSON', 'Dilara Şahin-Köhler'],
      ['PERSON', 'Şahin'],
      ['DATE_OF_BIRTH', '03.11.1999'],
      ['IBAN', 'DE24 7015 0000 1004 4712 09'],
      ['PERSON', 'Aylin Şahin'],
      ['PHONE', '+49 160 2093447'],
      ['PERSON', 'Florian Dietz'],
    ],
  },
  {
    name: 'background-check summary: "Last, First" applicant with an AKA, DOB and SSN, an employment verifier, an ITIN that is not an SSN, a company named after its founder',
    text: `HireRight — Background Screening Report (Summary)
Order #: HR-2024-0447120    Completed: 03/09/2024    Package: Standard Plus
Applicant: Park, Jennifer Soo-Ah          AKA: Jenny Park-Collins
DOB: 07/22/1991                           SSN: 412-74-4471
Requested by: Marcus Delacroix-Hale (Talent Acquisition, Lumen Freight LLC)

SSN Trace ............................. Clear — issued TN 1991–1993; additional identifier 912-74-4471 (ITIN format)
County Criminal — Davidson, TN ........ Clear
Federal Criminal ...................... Clear
Motor Vehicle Record (TN) ............. Consider — speeding 14 mph over, 08/17/2022
Employment — Ryder System, Inc. ....... Verified: Logistics Analyst, 06/2016–04/2021; verifier Tonya Blackwell (HR), 901-555-0174
Education — The Ohio State University . Verified: B.S. Business Administration, conferred 05/2013
Certification — APICS CSCP ............ Verified, ID 2847193, exp. 12/2025

Adjudication: Consider (MVR only). Pre-adverse action notice not required under the client matrix.`,
    // The 9xx number is an ITIN, not an SSN; Ryder is a company; the order, offence, conferral and expiry dates are not ours.
    expected: [
      ['PERSON', 'Park, Jennifer Soo-Ah'],
      ['PERSON', 'Jenny Park-Collins'],
      ['DATE_OF_BIRTH', '07/22/1991'],
      ['US_SSN', '412-74-4471'],
      ['PERSON', 'Marcus Delacroix-Hale'],
      ['PERSON', 'Tonya Blackwell'],
      ['PHONE', '901-555-0174'],
    ],
  },
  // ---------------------------------------------------------------- letters and chat prompts
  {
    name: 'cover letter: the applicant with MBA and CPA after her name, a hiring manager by title and surname, a referrer, Warren Buffett quoted, Fulbright',
    text: `Amara Nwosu-Bell, MBA, CPA
Chicago, IL · amara.nwosubell@gmail.com · 312-555-0186

March 12, 2024

Ms. Rosalind Achterberg
Director of Finance Transformation
Northwestern Mutual
720 E Wisconsin Ave, Milwaukee, WI 53202

Dear Ms. Achterberg,

I was excited to see the Finance Transformation Lead opening, which Devon Marsh, a senior manager on your team and my former colleague at Deloitte, encouraged me to apply for. Warren Buffett likes to say that risk comes from not knowing what you are doing; in eight years of finance-systems work I have made it my job to know.

At Deloitte I led the Oracle Fusion implementation for a $2B manufacturer, closing the books in four days instead of nine. As a Fulbright Scholar in Lisbon I studied shared-service centres, which is exactly the model your 2025 roadmap describes.

I would welcome the chance to discuss how I can help. Thank you for your consideration.

Sincerely,
Amara Nwosu-Bell`,
    // Warren Buffett is a public figure quoted as such; Northwestern Mutual, Deloitte, Oracle Fusion and Fulbright are not people.
    expected: [
      ['PERSON', 'Amara Nwosu-Bell'],
      ['EMAIL', 'amara.nwosubell@gmail.com'],
      ['PHONE', '312-555-0186'],
      ['PERSON', 'Rosalind Achterberg'],
      ['PERSON', 'Achterberg'],
      ['PERSON', 'Devon Marsh'],
      ['PERSON', 'Amara Nwosu-Bell'],
    ],
  },
  {
    name: '"make my CV sound more senior" prompt: a Vietnamese name in capitals with diacritics, an English preferred name in brackets, pronouns, Monash University',
    text: `can you make my CV sound more senior?? applying for director roles. keep it to one page pls

---
NGUYỄN THỊ THU HÀ (Hannah Nguyen) · she/her
Melbourne VIC · 0412 447 120 · hannah.nguyen.tth@gmail.com

EXPERIENCE
Customer Success Manager, Atlassian (2019–now)
- managed 40 enterprise accounts incl. ANZ and Telstra
- helped reduce churn, worked with Sales + Product
- won President's Club 2022
Account Manager, Canva (2016–2019)
- looked after SMB customers in APAC

EDUCATION
Bachelor of Commerce, Monash University (2015) — WAM 78

REFERENCES
Sarah-Jane O'Loughlin, Head of CS APAC, Atlassian — available on request`,
    // Monash University is named after a person; President's Club is an award; ANZ and Telstra are customers.
    expected: [
      ['PERSON', 'NGUYỄN THỊ THU HÀ'],
      ['PERSON', 'Hannah Nguyen'],
      ['PHONE', '0412 447 120'],
      ['EMAIL', 'hannah.nguyen.tth@gmail.com'],
      ['PERSON', "Sarah-Jane O'Loughlin"],
    ],
  },
  {
    name: '"summarise these candidates" prompt: nicknames of fully named candidates, a PhD after a name, a candidate called Julia Ruby next to Ruby and Julia the languages',
    text: `Summarise these four candidates for the hiring manager in a table (name, current role, notice, salary ask, one-line verdict). Keep it neutral.

1) Oleksandr Hrytsenko ("Sasha") — Senior QA Engineer at Grammarly (Kyiv, remote). 9 yrs. Playwright, Cypress, k6. Notice 1 month. Asks €5,500/month B2B. Referred by Iryna Bondarenko.
2) Wei Ling Tan — QA Lead at Grab, Singapore. Wants to relocate to Berlin (needs a visa). 11 yrs, strong on test strategy, weaker hands-on. Notice 2 months. €85k.
3) Bartholomew Ashby-Nkemelu, PhD — ex-academic (formal methods, TLA+ and Coq), 2 yrs industry at Bosch. Notice 3 months. €78k. Very sharp in the take-home; goes by Bart.
4) Julia Ruby Fernandes — SDET at Delivery Hero. Ruby/RSpec, and some Julia for perf scripts. Notice 4 weeks. €72k. GPA 3.9 from Universidade do Porto.`,
    // Ruby/RSpec and Julia in the skills are languages; Bosch is a company named after its founder; GPAs and salaries are not ours.
    expected: [
      ['PERSON', 'Oleksandr Hrytsenko'],
      ['PERSON', 'Sasha'],
      ['PERSON', 'Iryna Bondarenko'],
      ['PERSON', 'Wei Ling Tan'],
      ['PERSON', 'Bartholomew Ashby-Nkemelu'],
      ['PERSON', 'Bart'],
      ['PERSON', 'Julia Ruby Fernandes'],
    ],
  },
  {
    name: '"write a rejection e-mail" prompt: the candidate with his e-mail, two interviewers, a competing finalist by given name only, a Swedish mobile in the sign-off',
    text: `Write a kind but firm rejection email to Chidi Okafor (chidi.okafor@outlook.com). He did the final round for Senior Data Engineer last Thursday with Sven Eriksson and me.

Feedback we can share: great SQL and dbt, clear communicator, but the system design round (streaming de-duplication) wasn't at the level we need for this role.

Don't mention the other finalist (Meera) or the salary band. Sign it from me — Marta Lindqvist, Talent Partner, +46 70 447 12 09.

Also say we'd like to keep him in mind for the Analytics Engineer opening in Q3.`,
    // Meera is never named in full.
    expected: [
      ['PERSON', 'Chidi Okafor'],
      ['EMAIL', 'chidi.okafor@outlook.com'],
      ['PERSON', 'Sven Eriksson'],
      ['PERSON', 'Marta Lindqvist'],
      ['PHONE', '+46 70 447 12 09'],
    ],
  },
  {
    name: 'academic CV of a postdoc: ORCID, a host and a supervisor, a publication list with full names and initial forms, Kwame Nkrumah University, Rhodes and Marie Skłodowska-Curie',
    text: `CURRICULUM VITAE — Kwame Osei-Bonsu
Postdoctoral Research Fellow, Max Planck Institute for Intelligent Systems, Tübingen
kwame.osei-bonsu@tuebingen.mpg.de · ORCID 0000-0002-4471-2093 · Google Scholar: kosei

APPOINTMENTS
2022–       Marie Skłodowska-Curie Postdoctoral Fellow, MPI-IS; host: Annika Sturm-Lindemann

EDUCATION
2017–2021   DPhil Statistics, University of Oxford (Rhodes Scholar); supervisor: Prof. Helen Ashworth-Reid
2013–2017   BSc Mathematics, Kwame Nkrumah University of Science and Technology, first class

SELECTED PUBLICATIONS
[1] Kwame Osei-Bonsu, Lale Brandt-Yilmaz, Annika Sturm-Lindemann. Variational Kalman smoothing for irregular time series. NeurIPS 2023.
[2] K. Osei-Bonsu and H. Ashworth-Reid. Bayesian nonparametric change-point detection. JRSS-B 83(4):712–739, 2021.
[3] R. Mbeki-Torres, K. Osei-Bonsu et al. Gaussian processes for malaria incidence in the Ashanti Region. Annals of Applied Statistics, 2020.

REFEREES
Prof. Helen Ashworth-Reid, Department of Statistics, University of Oxford — helen.ashworth-reid@stats.ox.ac.uk
Dr. Annika Sturm-Lindemann, MPI-IS — annika.sturm@tue.mpg.de`,
    // R. Mbeki-Torres is an initial form never named in full; Max Planck, Kwame Nkrumah, Rhodes, Marie Skłodowska-Curie, Kalman, Bayes and Gauss are not people here; the ORCID is an id.
    expected: [
      ['PERSON', 'Kwame Osei-Bonsu'],
      ['EMAIL', 'kwame.osei-bonsu@tuebingen.mpg.de'],
      ['PERSON', 'Annika Sturm-Lindemann'],
      ['PERSON', 'Helen Ashworth-Reid'],
      ['PERSON', 'Kwame Osei-Bonsu'],
      ['PERSON', 'Lale Brandt-Yilmaz'],
      ['PERSON', 'Annika Sturm-Lindemann'],
      ['PERSON', 'K. Osei-Bonsu'],
      ['PERSON', 'H. Ashworth-Reid'],
      ['PERSON', 'K. Osei-Bonsu'],
      ['PERSON', 'Helen Ashworth-Reid'],
      ['EMAIL', 'helen.ashworth-reid@stats.ox.ac.uk'],
      ['PERSON', 'Annika Sturm-Lindemann'],
      ['EMAIL', 'annika.sturm@tue.mpg.de'],
    ],
  },
  // ---------------------------------------------------------------- hard negatives
  {
    name: 'CV template with placeholder John Doe: skills with Julia, Ruby, Ada and algorithms named after people, certification ids (one of 16 digits failing Luhn), awards and a GPA',
    text: `I'm filling in this template — can you suggest stronger Skills and Certifications sections?

JOHN DOE
Software Engineer | City, Country | john.doe@example.com | [phone] | linkedin.com/in/johndoe

SKILLS
Languages: Python, Go, Ruby, Julia, Ada/SPARK, Elixir, Haskell, Scala
Algorithms: Dijkstra, A*, Bellman-Ford, Kalman filters, Bayesian optimisation, Markov chains, Fourier transforms
Tools: Jenkins, Jira, Hadoop, Kafka, Grafana, Tableau

CERTIFICATIONS
AWS Certified Solutions Architect – Associate (Validation no. 4JTQ2XM9R1EQ1K5V, issued 2023-06-14)
Microsoft Certified: Azure Developer Associate — Certification number 9912 4471 2093 8812
PMP® — Project Management Institute, cert. #2847193 (exp. 11/2026)
CKA — Linux Foundation, LF-4z7q2xm9rt

AWARDS
Rhodes Scholar finalist (2015) · Fulbright Scholar (2016) · Marie Curie Fellowship (2019) · Gates Cambridge Scholarship (2017)

EDUCATION
Carnegie Mellon University — M.S. Computer Science, 2017 (GPA 3.8/4.0)`,
    // John Doe on example.com is a placeholder; the 16-digit certification number fails Luhn; everything named after people here is a language, algorithm, award or university.
    expected: [],
  },
];

describeHoldout('privacy hold-out 23: CVs, résumés and recruiting material', cases);
