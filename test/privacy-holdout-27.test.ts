import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A twenty-seventh hand-written hold-out: education and academia in many countries and languages,
 * as teachers, school administrators, university staff, researchers and ed-tech analysts paste it
 * into a notebook or an AI assistant. Learning platforms: a Moodle gradebook CSV with its real
 * headers ("First name","Surname","Email address","Quiz: Week 3 (Real)"), a Canvas gradebook with
 * the "Points Possible" row and a "Student, Test" row, a Blackboard Grade Center TSV, a Google
 * Classroom grid copied from the screen, Moodle logs in Spanish with IPv4 and IPv6 addresses, a
 * Canvas sandbox people list and a Moodle quiz statistics report. School information systems: a
 * PowerSchool export (LastFirst, DOB, SSN, Mother, Father), a SIMS student details report with
 * preferred forenames and contacts, a WebUntis substitution plan, a Pronote report card with
 * appreciations (SURNAME Given name), a SchoolSoft attendance register with personnummer and a
 * ManageBac API response with parents. Parents and pupils: a Spanish family list with a direct
 * debit IBAN, a Brazilian WhatsApp class-parents group, a ParentSquare post with replies, a French
 * back-to-school notice, New Zealand report-card comments and a US IEP annual review. Admission and
 * enrolment letters and certificates from Germany (with the fee account), Italy (with a refund
 * IBAN), Poland, Japan, Korea, China, India, Turkey and Nigeria; a US unofficial transcript, a
 * Spanish diploma supplement and an exam seating plan by matriculation number. Research: a thesis
 * title page with acknowledgements, an editor's decision letter with reviewer comments, a literature
 * review with its references, a conference registration export with ORCID iDs, ERC administrative
 * forms, a funding newsletter and two participant tracking sheets (pseudonymised and not). Code
 * and data: a pandas printout of Abitur results, a psql query over a students table, a schema with
 * seed rows, a Jupyter cell merging a roster with Canvas submissions (with an API token), an ed-tech
 * checkout error log with a user row, a card and a live key, and an LTI service log. Hard
 * negatives: student ids, matriculation numbers, UPNs, INE, course codes, room numbers, grades,
 * scores and GPAs, dates of exams, enrolment, consent and graduation, ages and class years,
 * schools, universities, faculties, halls, houses and buildings named after people
 * (Humboldt-Universität, Lycée Victor Hugo, Collège Jean Moulin, Colegio San José, Escola Paulo
 * Freire, Goethe-Institut, Uniwersytet Mikołaja Kopernika, 中山大学, Jawaharlal Nehru University,
 * Atatürk Üniversitesi, Obafemi Awolowo University, Thurgood Marshall Elementary, Max-Weber-Hörsaal),
 * prizes, scholarships and programmes named after people (Fulbright, Erasmus+, Marie
 * Skłodowska-Curie Actions, James B. Angell Scholar, Orton-Gillingham), authors cited as published
 * work (Vygotsky 1978, Piaget, Hattie and Timperley), public and historical figures as topics
 * (Victor Hugo, Kate Sheppard, Mendel, Bismarck), placeholder people (Max Mustermann, Student 1,
 * Test Student, Demo Teacher, Test Registrant), teacher codes, usernames, ORCID iDs, DOIs, ISBNs,
 * national ids (PESEL, personnummer, codice fiscale, TC kimlik, 身份证号, DNI and NIE,
 * a masked Aadhaar), candidate, roll, application and JAMB numbers, a QQ number, masked
 * numbers and a redacted key. Each case lists every value it expects found, with its type; anything
 * else flagged is a false positive. A title or honorific (Dr, Prof., Mme, M., Frau, Pani, Whaea,
 * Shri, 様, 同学) is no part of a name's span, nor is a possessive 's; one "Last, First" or
 * "SURNAME Given" field value is one span; separate first-name and last-name columns give separate
 * spans. A lone given or family name, a nickname or an initial form counts only when the same
 * person is named in full elsewhere in the text; a value under a labelled name field or column
 * (preferred forename, badge name, father's name) counts even alone or in initial form. Dates count
 * as DATE_OF_BIRTH only when they are birth dates. Institutional contact e-mails and phones count.
 * Values are fake: a Luhn-valid made-up card, IBANs with valid mod-97 check digits, an SSN in a
 * valid area, made-up names, numbers and keys.
 */
const k = joinParts;
const canvasToken = k('1158~Xq7PmL2vR9tZ4kWn8bC3dF6gH1jK5sLe', '0uYo7iPz2aQx4Mv9Nb6Tc3Rd8Wf1Gh5J');
const stripeLiveKey = k('sk_live_51Pa4471QtZ9mR2x', 'W8kL3pV7nB0cY6dF1gJ5sHe2uKo');

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- learning platforms
  {
    name: 'Moodle gradebook CSV export with its real headers: first names and surnames in separate columns, student-number e-mails, a forum named after Vygotsky',
    text: `Can you tell me which students are below 50 in the course total and draft a nudge e-mail?

"First name","Surname","ID number","Institution","Department","Email address","Quiz: Week 3 (Real)","Assignment: Lab report 2 (Real)","Forum: Vygotsky and the ZPD (Real)","Course total (Real)","Last downloaded from this course"
"Aoife","Ní Bhriain","120417731","University College Cork","School of Education","120417731@umail.ucc.ie","8.50","14.00","5.00","71.25","1710321600"
"Chukwuemeka","Eze","120419902","University College Cork","School of Education","120419902@umail.ucc.ie","6.00","-","5.00","48.90","1710321600"
"Siobhán","O'Callaghan-Healy","120388154","University College Cork","School of Education","120388154@umail.ucc.ie","9.75","17.50","5.00","88.10","1710321600"
"Mateusz","Wróbel","120421066","University College Cork","Erasmus incoming","mateusz.wrobel@student.uw.edu.pl","7.25","12.00","-","46.40","1710321600"`,
    // The forum on Vygotsky is a topic; ID numbers, grades and the download timestamp are not ours.
    expected: [
      ['PERSON', 'Aoife'],
      ['PERSON', 'Ní Bhriain'],
      ['EMAIL', '120417731@umail.ucc.ie'],
      ['PERSON', 'Chukwuemeka'],
      ['PERSON', 'Eze'],
      ['EMAIL', '120419902@umail.ucc.ie'],
      ['PERSON', 'Siobhán'],
      ['PERSON', "O'Callaghan-Healy"],
      ['EMAIL', '120388154@umail.ucc.ie'],
      ['PERSON', 'Mateusz'],
      ['PERSON', 'Wróbel'],
      ['EMAIL', 'mateusz.wrobel@student.uw.edu.pl'],
    ],
  },
  {
    name: 'Canvas gradebook CSV: "Last, First" in the Student column, the Points Possible row, SIS ids and logins, an essay on Piaget and Vygotsky, the "Student, Test" row',
    text: `Student,ID,SIS User ID,SIS Login ID,Section,Week 1 Reflection (118204),Essay 1: Piaget vs Vygotsky (118207),Midterm Exam (118211),Current Score,Final Score
    Points Possible,,,,,10.00,50.00,100.00,(read only),(read only)
"Tanaka, Haruto",48812,S3941207,s3941207,EDUC1047 Tutorial 03,9.00,41.00,78.50,81.92,81.92
"Nguyen, Thi Bich Ngoc",48815,S3937719,s3937719,EDUC1047 Tutorial 03,10.00,46.50,91.00,92.70,92.70
"Fitzgerald-Osei, Marcus",48823,S3950084,s3950084,EDUC1047 Tutorial 05,7.00,,64.00,68.33,45.10
"Student, Test",48901,,bf3a2c7e-test,EDUC1047 Tutorial 03,,,,,`,
    // "Student, Test" is Canvas's test student; SIS ids, logins, sections and scores are not ours.
    expected: [
      ['PERSON', 'Tanaka, Haruto'],
      ['PERSON', 'Nguyen, Thi Bich Ngoc'],
      ['PERSON', 'Fitzgerald-Osei, Marcus'],
    ],
  },
  {
    name: 'Blackboard Grade Center download (tab-separated, quoted): last and first names, usernames, student ids, last-access times and "Needs Grading"',
    text: `"Last Name"\t"First Name"\t"Username"\t"Student ID"\t"Last Access"\t"Availability"\t"Coursework 1 [Total Pts: 100 Score] |1204471"\t"Exam [Total Pts: 100 Percentage] |1204472"\t"Weighted Total [Total Pts: up to 100 Percentage] |1204470"
"Adeyemi-Clarke"\t"Jordan"\t"jac23"\t"230447120"\t"2024-03-11 14:02:33"\t"Yes"\t"62.00000"\t""\t"62.00000"
"Kowalczyk"\t"Zofia"\t"zk22"\t"220931447"\t"2024-03-08 09:41:05"\t"Yes"\t"71.00000"\t"68.00000"\t"69.20000"
"Rahman"\t"Tahmid"\t"tr21"\t"210447093"\t"2024-02-27 22:15:48"\t"No"\t"38.00000"\t"Needs Grading"\t"38.00000"`,
    // Usernames, student ids, column ids, access times and marks are not ours.
    expected: [
      ['PERSON', 'Adeyemi-Clarke'],
      ['PERSON', 'Jordan'],
      ['PERSON', 'Kowalczyk'],
      ['PERSON', 'Zofia'],
      ['PERSON', 'Rahman'],
      ['PERSON', 'Tahmid'],
    ],
  },
  {
    name: 'Google Classroom grades grid copied from the screen (Philippines): "Last, First" rows, a section named after Rizal, assignments on Mendel and Columbus, the teacher in the header',
    text: `Grade 8 – Rizal (SY 2023-2024) · Science 8 · Teacher: Maricel Villanueva
Sort by last name
\tUnit 2 Quiz: Photosynthesis\tLab: Mendel's Peas\tEssay: Was Columbus a hero?
\tout of 20\tout of 30\tout of 100
Class average\t16.4\t25.1\t78
Bautista, Andrea\t18\t27\t85
Dela Cruz, Joshua Miguel\t12\tMissing\t70
Reyes-Santos, Patricia\t20\t29\tDraft
Villareal, Ian Christopher\t15\t22\t—
Please write a short remark for each student who has Missing or Draft.`,
    // The section Rizal, Mendel and Columbus are not private people; the scores are not ours.
    expected: [
      ['PERSON', 'Maricel Villanueva'],
      ['PERSON', 'Bautista, Andrea'],
      ['PERSON', 'Dela Cruz, Joshua Miguel'],
      ['PERSON', 'Reyes-Santos, Patricia'],
      ['PERSON', 'Villareal, Ian Christopher'],
    ],
  },
  {
    name: 'Moodle logs export in Spanish: full names in "Nombre completo del usuario" and "Usuario afectado", public, private and IPv6 addresses, the Administrador Moodle account and a cli row',
    text: `Hora,Nombre completo del usuario,Usuario afectado,Contexto del evento,Componente,Nombre evento,Descripción,Origen,Dirección IP
"12/03/24, 23:58:41",Lucía Martín Garrido,-,"Cuestionario: Tema 4 - Derivadas",Cuestionario,Intento enviado,"The user with id '5521' has submitted the attempt with id '88214' for the quiz with course module id '30417'.",web,83.45.120.17
"12/03/24, 23:41:02",Lucía Martín Garrido,-,"Curso: MAT1-2324 Matemáticas I",Sistema,Curso visto,"The user with id '5521' viewed the course with id '1204'.",web,83.45.120.17
"12/03/24, 19:15:37",Javier Ortega Núñez,Lucía Martín Garrido,"Curso: MAT1-2324 Matemáticas I",Sistema,Rol asignado,"The user with id '311' assigned the role with id '5' to the user with id '5521'.",web,10.20.4.71
"12/03/24, 08:02:10",Administrador Moodle,-,Sistema,Sistema,Tarea programada completada,"Scheduled task \\core\\task\\send_new_user_passwords_task completed",cli,
"11/03/24, 22:07:55",Marta Iglesias Pons,-,"Foro: Dudas Tema 4",Foro,Mensaje creado,"The user with id '5530' has created the post with id '7712'.",ws,2a0c:5a80:1204:8800::1f3`,
    // Administrador Moodle is the admin account; user, attempt and module ids, the course code and timestamps are not ours.
    expected: [
      ['PERSON', 'Lucía Martín Garrido'],
      ['IP_ADDRESS', '83.45.120.17'],
      ['PERSON', 'Lucía Martín Garrido'],
      ['IP_ADDRESS', '83.45.120.17'],
      ['PERSON', 'Javier Ortega Núñez'],
      ['PERSON', 'Lucía Martín Garrido'],
      ['IP_ADDRESS', '10.20.4.71'],
      ['PERSON', 'Marta Iglesias Pons'],
      ['IP_ADDRESS', '2a0c:5a80:1204:8800::1f3'],
    ],
  },
  {
    name: 'Canvas sandbox course people list: Test Student, Student 1 and 2, Demo Teacher, login ids, a self-enrol code and activity times only',
    text: `Course: SANDBOX – Onboarding for new staff (do not delete)
People (4)   Join code: 7HKQ4M
Name\tLogin ID\tSIS ID\tSection\tRole\tLast Activity\tTotal Activity
Test Student\ta1b2c3d4-test\t\tSANDBOX\tStudent\tMar 11 at 9:14am\t00:12:41
Student 1\tstudent1\t\tSANDBOX\tStudent\tMar 4 at 3:02pm\t00:03:10
Student 2\tstudent2\t\tSANDBOX\tStudent\t\t
Demo Teacher\tdemo.teacher\tSTAFF-0001\tSANDBOX\tTeacher\tMar 12 at 8:47am\t01:44:05
Why does the Test Student not show up in New Analytics?`,
    // Only placeholder accounts; logins, the join code and activity times are not ours.
    expected: [],
  },
  {
    name: 'Moodle quiz statistics report: questions named after laws and scientists, facility and discrimination indices, quiz dates and a course code; no people',
    text: `Quiz structure analysis — Week 3 – Mechanics (PHYS101-2024S1)
Q#\tQuestion type\tQuestion name\tAttempts\tFacility index\tStandard deviation\tRandom guess score\tIntended weight\tEffective weight\tDiscrimination index
1\tMultiple choice\tNewton's second law (Q1)\t214\t78.04%\t41.50%\t25.00%\t10.00%\t8.21%\t35.12%
2\tTrue/False\tOhm's law – series circuit\t214\t91.12%\t28.46%\t50.00%\t10.00%\t5.02%\t18.77%
3\tCalculated\tKepler problem 3\t209\t44.50%\t49.81%\t0.00%\t20.00%\t24.66%\t52.30%
4\tEssay\tCompare Darwin and Lamarck\t188\t61.70%\t30.12%\t0.00%\t30.00%\t33.90%\t47.05%

Quiz information
Quiz name\tWeek 3 – Mechanics
Course name\tPHYS101-2024S1
Number of complete graded first attempts\t214
Average grade for all attempts\t6.84
Median grade\t7.00
Open the quiz\tMonday, 4 March 2024, 9:00 AM
Close the quiz\tSunday, 10 March 2024, 11:59 PM`,
    // Newton, Ohm, Kepler, Darwin and Lamarck are topics; statistics, the course code and quiz dates are not ours.
    expected: [],
  },
  // ---------------------------------------------------------------- school information systems
  {
    name: 'PowerSchool student export (New Mexico): LastFirst, DOB, an SSN, home phones, Mother and Father as "Last, First", guardian e-mails; a school named after Dolores Huerta, entry dates',
    text: `Please reformat this for the state STARS upload (tab-separated export from PowerSchool, School: Dolores Huerta Middle School, ID 330):

Student_Number\tLastFirst\tDOB\tGrade_Level\tGender\tHome_Room\tSSN\tHome_Phone\tMother\tFather\tGuardianEmail\tSchoolID\tEntryDate
204471\tRamírez Soto, Valentina\t03/14/2011\t7\tF\tRM 114\t412-47-1209\t(505) 284-4712\tRamírez, Claudia\tSoto, Hernán\tclaudia.ramirez.abq@gmail.com\t330\t08/14/2023
204472\tBegay, Kayden Lee\t11/02/2010\t8\tM\tRM 207\t\t(505) 761-2093\tBegay, Loretta\tBegay, Darrell\tlbegay77@yahoo.com\t330\t08/14/2023
204479\tWashington, Amara\t07/29/2011\t7\tF\tRM 114\t\t\tWashington, Tasha\t\ttasha.washington@icloud.com\t330\t01/08/2024`,
    // Dolores Huerta Middle School is a school; student numbers, rooms, the school id and entry dates are not ours.
    expected: [
      ['PERSON', 'Ramírez Soto, Valentina'],
      ['DATE_OF_BIRTH', '03/14/2011'],
      ['US_SSN', '412-47-1209'],
      ['PHONE', '(505) 284-4712'],
      ['PERSON', 'Ramírez, Claudia'],
      ['PERSON', 'Soto, Hernán'],
      ['EMAIL', 'claudia.ramirez.abq@gmail.com'],
      ['PERSON', 'Begay, Kayden Lee'],
      ['DATE_OF_BIRTH', '11/02/2010'],
      ['PHONE', '(505) 761-2093'],
      ['PERSON', 'Begay, Loretta'],
      ['PERSON', 'Begay, Darrell'],
      ['EMAIL', 'lbegay77@yahoo.com'],
      ['PERSON', 'Washington, Amara'],
      ['DATE_OF_BIRTH', '07/29/2011'],
      ['PERSON', 'Washington, Tasha'],
      ['EMAIL', 'tasha.washington@icloud.com'],
    ],
  },
  {
    name: 'SIMS student details report (UK, Year 9): UPNs, legal and preferred forenames, DOB, houses named after Seacole, Brunel and Pankhurst, SEN and FSM flags, primary contacts',
    text: `UPN,Legal Surname,Legal Forename,Preferred Forename,DOB,Gender,Reg Group,House,SEN Status,FSM,Primary Contact,Relationship,Contact Telephone,Contact Email
H801447120931,Oyelaran,Temitope,Temi,14/09/2009,F,9B2,Seacole,K,Yes,Folake Oyelaran,Mother,07841 204471,folake.oyelaran@btinternet.com
K823093144712,Kowalski,Aleksander,Olek,02/03/2010,M,9B2,Brunel,N,No,Marek Kowalski,Father,07952 447120,marek.kowalski@outlook.com
M804471209352,Hussain,Zainab,,27/11/2009,F,9R1,Pankhurst,E,No,Shabana Hussain,Mother,0161 832 2093,`,
    // Seacole, Brunel and Pankhurst are houses; UPNs, reg groups and SEN and FSM codes are not ours.
    expected: [
      ['PERSON', 'Oyelaran'],
      ['PERSON', 'Temitope'],
      ['PERSON', 'Temi'],
      ['DATE_OF_BIRTH', '14/09/2009'],
      ['PERSON', 'Folake Oyelaran'],
      ['PHONE', '07841 204471'],
      ['EMAIL', 'folake.oyelaran@btinternet.com'],
      ['PERSON', 'Kowalski'],
      ['PERSON', 'Aleksander'],
      ['PERSON', 'Olek'],
      ['DATE_OF_BIRTH', '02/03/2010'],
      ['PERSON', 'Marek Kowalski'],
      ['PHONE', '07952 447120'],
      ['EMAIL', 'marek.kowalski@outlook.com'],
      ['PERSON', 'Hussain'],
      ['PERSON', 'Zainab'],
      ['DATE_OF_BIRTH', '27/11/2009'],
      ['PERSON', 'Shabana Hussain'],
      ['PHONE', '0161 832 2093'],
    ],
  },
  {
    name: 'WebUntis substitution plan (Germany): teacher codes, classes, rooms, a hall named after Schiller and a Goethe-Institut visit; no people',
    gap: 'Flags the teacher codes "HOF, LAN" and the label "Abwesende Klassen" as persons.',
    text: `WebUntis – Vertretungsplan Gymnasium am Goetheplatz
Mo 11.03.2024 (A-Woche)   Stand: 11.03.2024 07:12
Nachrichten zum Tag: Wandertag 7a/7b. Die Aula (Schiller-Saal) ist wegen der Abiturprüfung Deutsch gesperrt. Besuch der 10c im Goethe-Institut ab 10:00.

Klasse(n)\tStunde\tFach\tRaum\tVertreter\t(Lehrer)\tArt\tText
5b\t1-2\tMA\tR104\tKRÜ\t(BRA)\tVertretung\tAufgaben im Moodle-Kurs
7a\t3\tDE\t—\t—\t(HOF)\tEntfall\tWandertag
8c\t4\tEN\tR211 → R015\tWEB\t(WEB)\tRaumänderung\t
10c\t3-4\tGE\tGoethe-Institut\tSCH\t(SCH)\tExkursion\tTreffpunkt 9:45 Haupteingang
Q1\t5-6\tPH\tNW2\t—\t(LAN)\tEntfall\tEigenverantwortliches Arbeiten; Klausur am 18.03. bleibt

Abwesende Lehrkräfte: BRA, HOF, LAN
Abwesende Klassen: 7a, 7b`,
    // Teacher codes, classes, rooms, the Schiller-Saal and the Goethe-Institut are not people; dates are not ours.
    expected: [],
  },
  {
    name: 'Pronote report card (Collège Jean Moulin): SURNAME Given name, née le, teachers with M./Mme and an initial form, appreciations using the given name, legal guardians; Victor Hugo and Jean Jaurès as topics',
    text: `Bulletin du 2e trimestre — Collège Jean Moulin, Montpellier — Classe de 4e B
Élève : BENALI Yasmine — née le 06/05/2010 — INE 071447120AB
Professeur principal : Mme LEFÈVRE-CHASSAGNE Hélène

Matière\tMoy. élève\tMoy. classe\tAppréciation
Français (Mme LEFÈVRE-CHASSAGNE H.)\t14,5\t11,8\tYasmine s'investit à l'oral ; la lecture de Victor Hugo a été un vrai moteur.
Mathématiques (M. NGUYEN-VAN Thierry)\t9,2\t10,4\tDes difficultés en géométrie. Yasmine doit venir au soutien du jeudi.
Histoire-Géographie (M. DIALLO Moussa)\t12,0\t11,1\tBon exposé sur Jean Jaurès. Continuez ainsi.

Appréciation générale : Trimestre encourageant. Félicitations pour l'engagement de Yasmine comme déléguée de classe.
Le chef d'établissement : M. Olivier Rastoin

Responsable légal 1 : M. BENALI Karim — 06 12 47 71 20 — k.benali34@free.fr
Responsable légal 2 : Mme BENALI Nadia — 06 71 20 44 93`,
    // Collège Jean Moulin is a school; Victor Hugo and Jean Jaurès are topics; the INE and the averages are not ours.
    expected: [
      ['PERSON', 'BENALI Yasmine'],
      ['DATE_OF_BIRTH', '06/05/2010'],
      ['PERSON', 'LEFÈVRE-CHASSAGNE Hélène'],
      ['PERSON', 'LEFÈVRE-CHASSAGNE H.'],
      ['PERSON', 'Yasmine'],
      ['PERSON', 'NGUYEN-VAN Thierry'],
      ['PERSON', 'Yasmine'],
      ['PERSON', 'DIALLO Moussa'],
      ['PERSON', 'Yasmine'],
      ['PERSON', 'Olivier Rastoin'],
      ['PERSON', 'BENALI Karim'],
      ['PHONE', '06 12 47 71 20'],
      ['EMAIL', 'k.benali34@free.fr'],
      ['PERSON', 'BENALI Nadia'],
      ['PHONE', '06 71 20 44 93'],
    ],
  },
  {
    name: 'SchoolSoft attendance register (Sweden): mentor, pupils as "Efternamn, Förnamn" beside personnummer, absence hours, a mentor comment naming a guardian with his mobile',
    text: `SchoolSoft – Frånvaro/närvaro, Klass 8B, Vecka 10 (4–8 mars 2024)
Mentor: Karin Sjöberg

Elev\tPersonnummer\tAnmäld frånvaro\tOgiltig frånvaro\tSen ankomst\tNärvaro %
Ahmadi, Dariush\t100314-4471\t2 h\t0 h\t1\t96 %
Eklund, Saga\t091127-2093\t0 h\t6 h 40 min\t3\t81 %
Lindqvist, Ebba\t100502-1209\t8 h\t0 h\t0\t78 %
Svensson, Leo\t100919-3344\t0 h\t0 h\t0\t100 %

Kommentar mentor: Saga har ogiltig frånvaro tre måndagar i rad. Kontakta vårdnadshavare Peter Eklund, 070-447 12 09, före EHT-mötet på torsdag. Ebba sjukanmäld hela veckan (anmält av mamma via appen).`,
    // Personnummer are national ids; hours, percentages and the week are not ours.
    expected: [
      ['PERSON', 'Karin Sjöberg'],
      ['PERSON', 'Ahmadi, Dariush'],
      ['PERSON', 'Eklund, Saga'],
      ['PERSON', 'Lindqvist, Ebba'],
      ['PERSON', 'Svensson, Leo'],
      ['PERSON', 'Saga'],
      ['PERSON', 'Peter Eklund'],
      ['PHONE', '070-447 12 09'],
      ['PERSON', 'Ebba'],
    ],
  },
  {
    name: 'ManageBac API response (IB school, Singapore): students with first_name, last_name, birthday and e-mail, an Extended Essay supervisor, a parent with a mobile; Bismarck as an essay topic',
    text: `GET https://api.managebac.com/v2/students?grade=Grade%2011&include=parents
{
  "students": [
    { "id": 11204471, "student_id": "IB24-0147", "first_name": "Arjun", "last_name": "Mehta-Krishnan", "email": "arjun.mehta@oakridge-intl.edu.sg", "birthday": "2007-08-19", "gender": "Male", "graduating_year": 2025, "program": "DP", "homeroom_advisor_id": 30931,
      "extended_essay": { "subject": "History", "title": "To what extent did Bismarck's Kulturkampf strengthen the Centre Party?", "supervisor": "Colm Breathnach" },
      "parent_ids": [52044712] },
    { "id": 11204488, "student_id": "IB24-0163", "first_name": "Mei Lin", "last_name": "Tan", "email": "meilin.tan@oakridge-intl.edu.sg", "birthday": "2008-01-03", "gender": "Female", "graduating_year": 2025, "program": "DP", "homeroom_advisor_id": 30931, "parent_ids": [] }
  ],
  "parents": [
    { "id": 52044712, "first_name": "Kavitha", "last_name": "Krishnan", "email": "kavitha.krishnan@gmail.com", "mobile_phone_number": "+65 9447 1209", "child_ids": [11204471] }
  ],
  "meta": { "current_page": 1, "total_pages": 1, "total_count": 2 }
}`,
    // Bismarck is the essay topic; student and advisor ids and the graduating year are not ours.
    expected: [
      ['PERSON', 'Arjun'],
      ['PERSON', 'Mehta-Krishnan'],
      ['EMAIL', 'arjun.mehta@oakridge-intl.edu.sg'],
      ['DATE_OF_BIRTH', '2007-08-19'],
      ['PERSON', 'Colm Breathnach'],
      ['PERSON', 'Mei Lin'],
      ['PERSON', 'Tan'],
      ['EMAIL', 'meilin.tan@oakridge-intl.edu.sg'],
      ['DATE_OF_BIRTH', '2008-01-03'],
      ['PERSON', 'Kavitha'],
      ['PERSON', 'Krishnan'],
      ['EMAIL', 'kavitha.krishnan@gmail.com'],
      ['PHONE', '+65 9447 1209'],
    ],
  },
  // ---------------------------------------------------------------- parents and pupils
  {
    name: 'Spanish class family list (Colegio San José): pupils and guardians as "Apellidos, Nombre", Fecha nac., DNI and NIE, a lunch direct-debit IBAN, the tutor with Dña.',
    text: `Colegio San José – Educación Primaria – 3.º B – Listado de familias (curso 2023-2024)
Tutora: Dña. Begoña Arrieta Salazar (barrieta@colegiosanjose-va.es)

Nº;Alumno/a;Fecha nac.;Padre/Madre/Tutor;Teléfono;Correo electrónico;DNI tutor;Comedor;IBAN domiciliación;Autoriza fotos
1;Álvarez Cuesta, Hugo;17/01/2015;Cuesta Herrero, Raquel;644 712 093;raquel.cuesta.h@gmail.com;71144712Y;Sí;ES14 2100 0418 4502 0044 7120;Sí
2;Benítez Rojas, Martina;02/09/2014;Benítez Pardo, Óscar;983 447 120;obenitez@telefonica.net;12447120M;No;;No
3;Castro Lago, Noa;23/05/2015;Lago Fernández, Iria;+34 699 204 471;iria.lago@hotmail.com;X4471209L;Sí;;Sí`,
    // Colegio San José is a school; DNI and NIE numbers and the row numbers are not ours.
    expected: [
      ['PERSON', 'Begoña Arrieta Salazar'],
      ['EMAIL', 'barrieta@colegiosanjose-va.es'],
      ['PERSON', 'Álvarez Cuesta, Hugo'],
      ['DATE_OF_BIRTH', '17/01/2015'],
      ['PERSON', 'Cuesta Herrero, Raquel'],
      ['PHONE', '644 712 093'],
      ['EMAIL', 'raquel.cuesta.h@gmail.com'],
      ['IBAN', 'ES14 2100 0418 4502 0044 7120'],
      ['PERSON', 'Benítez Rojas, Martina'],
      ['DATE_OF_BIRTH', '02/09/2014'],
      ['PERSON', 'Benítez Pardo, Óscar'],
      ['PHONE', '983 447 120'],
      ['EMAIL', 'obenitez@telefonica.net'],
      ['PERSON', 'Castro Lago, Noa'],
      ['DATE_OF_BIRTH', '23/05/2015'],
      ['PERSON', 'Lago Fernández, Iria'],
      ['PHONE', '+34 699 204 471'],
      ['EMAIL', 'iria.lago@hotmail.com'],
    ],
  },
  {
    name: 'WhatsApp export of a Brazilian class-parents group: the teacher, senders shown as phone numbers, children by given name only, the school secretariat of Escola Paulo Freire on Rua Monteiro Lobato',
    text: `[04/03/24, 19:42:11] Fernanda Oliveira Matos: Boa noite, mamães e papais do 2º ano B! 😊 Lembrando que amanhã tem passeio ao Museu Catavento, autorização assinada na mochila.
[04/03/24, 19:45:30] +55 11 94471-2093: Oi Fernanda, o Davi pode levar lanche de casa? Ele tem alergia a amendoim
[04/03/24, 19:46:02] Fernanda Oliveira Matos: Pode sim! Vou avisar a tia da cantina também.
[04/03/24, 20:01:57] Juliana Prado (mãe da Lara): Fernanda, a Lara está com febre, não vai. Mando atestado depois.
[04/03/24, 20:03:14] Escola Paulo Freire – Secretaria: Informamos que o ônibus sai às 7h30 do portão da Rua Monteiro Lobato. Dúvidas: (11) 3447-1209 ou secretaria@escolapaulofreire.com.br
[04/03/24, 20:10:45] Ricardo Nakamura: Alguém achou um casaco azul com o nome Kenji Nakamura? Ficou na sala sexta.
[04/03/24, 20:12:03] +55 11 98120-4471: ‎<Mídia oculta>`,
    // Davi and Lara are named by given name only; Escola Paulo Freire, Rua Monteiro Lobato and Museu Catavento are not people.
    expected: [
      ['PERSON', 'Fernanda Oliveira Matos'],
      ['PHONE', '+55 11 94471-2093'],
      ['PERSON', 'Fernanda'],
      ['PERSON', 'Fernanda Oliveira Matos'],
      ['PERSON', 'Juliana Prado'],
      ['PERSON', 'Fernanda'],
      ['PHONE', '(11) 3447-1209'],
      ['EMAIL', 'secretaria@escolapaulofreire.com.br'],
      ['PERSON', 'Ricardo Nakamura'],
      ['PERSON', 'Kenji Nakamura'],
      ['PHONE', '+55 11 98120-4471'],
    ],
  },
  {
    name: 'ParentSquare post with replies (Philadelphia): the class named by the teacher’s surname with a possessive, a dad as Mr. and in full, children by given name, a school named after Thurgood Marshall, the Franklin Institute',
    text: `ParentSquare · Thurgood Marshall Elementary · Ms. Rodríguez-Whitaker's 3rd Grade
Post by Daniela Rodríguez-Whitaker · Mar 12, 2024 4:05 PM · Sent to 24 families (Email, Text, App)

Hi families! Our field trip to the Franklin Institute is this Friday, 3/15. Buses leave at 9:00 and we will be back by 2:30. A big thank-you to Mr. Okonkwo (Chidi's dad) and Priya Raman for chaperoning! Please send a labelled water bottle and a bagged lunch.
Questions? Text me at (267) 804-4712 or e-mail drodriguez-whitaker@philasd.org.

Replies (2)
Emeka Okonkwo · 4:22 PM
Happy to help. I can drive three kids if the bus is full, my cell is 215-447-1209.
Priya Raman · 4:40 PM
Count me in! Heads-up: Anjali will need her inhaler, it's in the front pocket of her backpack.`,
    // Chidi and Anjali are named by given name only; the school and the Franklin Institute are not people; trip dates and times are not ours.
    expected: [
      ['PERSON', 'Rodríguez-Whitaker'],
      ['PERSON', 'Daniela Rodríguez-Whitaker'],
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Priya Raman'],
      ['PHONE', '(267) 804-4712'],
      ['EMAIL', 'drodriguez-whitaker@philasd.org'],
      ['PERSON', 'Emeka Okonkwo'],
      ['PHONE', '215-447-1209'],
      ['PERSON', 'Priya Raman'],
    ],
  },
  {
    name: 'French back-to-school notice (Lycée Victor Hugo): feeder collèges, a courtyard, a building and a lecture hall named after people, a UAI code, rentrée and meeting dates; no people',
    text: `Lycée Victor Hugo — Besançon (UAI 0250007X)
Calendrier de rentrée 2024-2025

• Lundi 2 septembre 2024 : rentrée des élèves de Seconde à 8h30, accueil dans la cour Simone Veil par les professeurs principaux.
• Mardi 3 septembre 2024 : rentrée des Premières et Terminales (emplois du temps sur Pronote).
• Inscriptions : les dossiers des élèves issus du Collège Jean Moulin et du Collège Louis Pasteur sont à déposer avant le 5 juillet 2024 au secrétariat (bâtiment Condorcet, salle B12).
• Réunion parents-professeurs des Secondes : jeudi 19 septembre 2024 à 18h, amphithéâtre Marie Curie.
• Options proposées : latin (LCA), section européenne anglais, théâtre en partenariat avec le Théâtre Ledoux.
Les élèves âgés de 15 ans révolus peuvent s'inscrire à l'association sportive dès la première semaine.`,
    // The lycée, collèges, cour Simone Veil, bâtiment Condorcet, amphithéâtre Marie Curie and Théâtre Ledoux are not people.
    expected: [],
  },
  {
    name: 'New Zealand report-card comments to polish: a teacher with the Māori honorific Whaea, pupils named in full then by given name, a [Student name] template line, Kate Sheppard as an inquiry topic',
    text: `Term 1 2024 — Room 12 (Year 5/6), Kauri Syndicate — teacher: Whaea Mere Tipene-Rāwiri
Please make these comments warmer and fix the grammar, keep each under 60 words.

1. Aroha Ngata — Aroha has settled in to Room 12 really well. She is reading at 11–12 years and loves our Kate Sheppard inquiry unit. next step: check her working in maths.
2. Liam O'Sullivan-Vea — Liam is a keen mathematician working at Stage 6. He needs to listen when others is talking on the mat.
3. Sione Taufa — Sione's writing have improved alot, he uses more interesting vocabulary. Next step: use paragraphs.
4. [Student name] — [He/She] is a kind member of our class who contributes to group discussions.`,
    // Kate Sheppard is a historical figure; [Student name] is a template slot; Kauri Syndicate and Room 12 are not people.
    expected: [
      ['PERSON', 'Mere Tipene-Rāwiri'],
      ['PERSON', 'Aroha Ngata'],
      ['PERSON', 'Aroha'],
      ['PERSON', "Liam O'Sullivan-Vea"],
      ['PERSON', 'Liam'],
      ['PERSON', 'Sione Taufa'],
      ['PERSON', 'Sione'],
    ],
  },
  {
    name: 'US IEP annual review: student with DOB, case manager, attendees with roles, Ms. with the parent’s surname, an interpreter by given name, a school named after Sally Ride, the Orton-Gillingham method',
    text: `INDIVIDUALIZED EDUCATION PROGRAM (IEP) — Annual Review
Student: Mateo Alejandro Gutiérrez    DOB: 05/22/2013    Grade: 5    Student ID: 1044712
School: Sally Ride Elementary, Cupertino Union SD    Case Manager: Jennifer Halvorsen, M.Ed.
Meeting date: 03/07/2024    Next annual review: 03/06/2025    Triennial due: 02/2026
Eligibility: Specific Learning Disability (reading fluency); secondary: Speech or Language Impairment

Attendees: Rosa Gutiérrez (parent), Jennifer Halvorsen (case manager), Dr. Arash Farahmand (school psychologist), Kim Nguyen-Tran (SLP), Mr. Paul Deschamps (general education teacher), Ana (Spanish interpreter)

Present levels: Mateo reads 78 wcpm on grade 5 DIBELS passages (benchmark 111). He receives Orton-Gillingham-based intervention (Wilson Reading System) four times a week.
Accommodations: extended time (1.5x), text-to-speech for content areas, preferential seating, breaks on request.
Parent concerns: Ms. Gutiérrez reports that Mateo is anxious about the CAASPP; she prefers communication in Spanish, cell (408) 447-1209.`,
    // Ana is named by given name only; Sally Ride Elementary, Orton-Gillingham and Wilson Reading System are not people; meeting and review dates and the student id are not ours.
    expected: [
      ['PERSON', 'Mateo Alejandro Gutiérrez'],
      ['DATE_OF_BIRTH', '05/22/2013'],
      ['PERSON', 'Jennifer Halvorsen'],
      ['PERSON', 'Rosa Gutiérrez'],
      ['PERSON', 'Jennifer Halvorsen'],
      ['PERSON', 'Arash Farahmand'],
      ['PERSON', 'Kim Nguyen-Tran'],
      ['PERSON', 'Paul Deschamps'],
      ['PERSON', 'Mateo'],
      ['PERSON', 'Gutiérrez'],
      ['PERSON', 'Mateo'],
      ['PHONE', '(408) 447-1209'],
    ],
  },
  // ---------------------------------------------------------------- admission and enrolment letters
  {
    name: 'Humboldt-Universität admission letter (Zulassungsbescheid): Frau with the applicant, Geburtsdatum, the semester fee account IBAN, the surname in the payment reference, Emil-Fischer-Hörsaal, a signatory with Dr.',
    text: `Humboldt-Universität zu Berlin · Studierendenservice · Unter den Linden 6 · 10099 Berlin

Frau
Leonie Bachmann-Öztürk
Sonnenallee 147
12059 Berlin

Bewerbernummer: 2024-447120
Geburtsdatum: 03.11.2005
Berlin, 15.07.2024

Zulassungsbescheid für das Wintersemester 2024/25

Sehr geehrte Frau Bachmann-Öztürk,

Sie werden zum Studium im Bachelorstudiengang Erziehungswissenschaften (Kernfach) im 1. Fachsemester zugelassen.
Bitte überweisen Sie den Semesterbeitrag von 315,64 € bis zum 15.08.2024 auf folgendes Konto:
Empfänger: Humboldt-Universität zu Berlin
IBAN: DE98 1005 0000 0190 4471 20 · BIC: BELADEBEXXX
Verwendungszweck: 2024-447120 Bachmann-Öztürk
Nach Eingang der Zahlung erhalten Sie Ihre Matrikelnummer sowie den Zugang zum HU-Account. Die Einführungswoche beginnt am 07.10.2024 im Audimax und im Emil-Fischer-Hörsaal.

Mit freundlichen Grüßen
Im Auftrag
Dr. Ulrike Schwarzkopf`,
    // The university, Unter den Linden, Sonnenallee and the Emil-Fischer-Hörsaal are not people; the applicant number, fee and deadlines are not ours.
    expected: [
      ['PERSON', 'Leonie Bachmann-Öztürk'],
      ['DATE_OF_BIRTH', '03.11.2005'],
      ['PERSON', 'Bachmann-Öztürk'],
      ['IBAN', 'DE98 1005 0000 0190 4471 20'],
      ['PERSON', 'Bachmann-Öztürk'],
      ['PERSON', 'Ulrike Schwarzkopf'],
    ],
  },
  {
    name: "Ca' Foscari enrolment confirmation (Italy): nata a … il, codice fiscale, matricola, a refund IBAN in compact form intestato a the student, a tutor with dott.ssa and her e-mail",
    text: `Università Ca' Foscari Venezia — Area Didattica e Servizi agli Studenti
Oggetto: Conferma di immatricolazione a.a. 2024/2025 — Corso di Laurea in Scienze della Società e del Servizio Sociale (LT-FT1)

Gentile Chiara Esposito,
nata a Napoli il 21/04/2005, codice fiscale SPSCHR05D61F839K, matricola 894471,
la tua immatricolazione è stata perfezionata. Risultando idonea alla borsa di studio ESU, hai diritto al rimborso della seconda rata (€ 412,00), che sarà accreditato sull'IBAN indicato in fase di iscrizione: IT25X0306909606100000044712, intestato a Chiara Esposito.
La presentazione del corso si terrà il 23/09/2024 alle ore 10:00 nell'Auditorium Santa Margherita.
Per il piano di studi puoi rivolgerti alla tutor, dott.ssa Federica Zanon (federica.zanon@unive.it).

Cordiali saluti,
Settore Immatricolazioni`,
    // The codice fiscale and matricola are not ours; the Auditorium Santa Margherita is a building; the presentation date and the amount are not ours.
    expected: [
      ['PERSON', 'Chiara Esposito'],
      ['DATE_OF_BIRTH', '21/04/2005'],
      ['IBAN', 'IT25X0306909606100000044712'],
      ['PERSON', 'Chiara Esposito'],
      ['PERSON', 'Federica Zanon'],
      ['EMAIL', 'federica.zanon@unive.it'],
    ],
  },
  {
    name: 'Polish student status certificate (Uniwersytet Mikołaja Kopernika): Pani, urodzona, PESEL, nr albumu, expected graduation date, the dean’s office head with mgr',
    text: `UNIWERSYTET MIKOŁAJA KOPERNIKA W TORUNIU
Wydział Filozofii i Nauk Społecznych
Toruń, dnia 11.03.2024 r.
Nr albumu: 298447

ZAŚWIADCZENIE

Zaświadcza się, że Pani Natalia Grabowska-Lis, urodzona 14.02.2003 r. w Bydgoszczy, PESEL 03221404471, jest studentką II roku studiów pierwszego stopnia stacjonarnych na kierunku pedagogika w roku akademickim 2023/2024. Przewidywany termin ukończenia studiów: 30.09.2025 r.
Zaświadczenie wydaje się w celu przedłożenia w ZUS (renta rodzinna).

Z up. Dziekana
mgr Joanna Wiśniewska
Kierownik Dziekanatu`,
    // The university is named after Copernicus; PESEL, album number, issue and graduation dates are not ours.
    expected: [
      ['PERSON', 'Natalia Grabowska-Lis'],
      ['DATE_OF_BIRTH', '14.02.2003'],
      ['PERSON', 'Joanna Wiśniewska'],
    ],
  },
  {
    name: 'Japanese admission notice (合格通知書): the applicant with 様, 生年月日, 受験番号, the dean, the faculty office phone, enrolment deadline',
    text: `2024年3月8日

佐々木 美咲 様
受験番号　A-20447
生年月日　2005年4月12日

早稲田大学 教育学部
学部長　高橋 誠一郎

合格通知書

あなたは、2024年度早稲田大学教育学部教育学科一般選抜において合格となりましたので通知します。
入学手続は、2024年3月15日（金）までに所定の方法により完了してください。
入学手続に関するお問い合わせ：教育学部事務所 03-3204-4712（平日9:00～17:00）`,
    // The exam number, the notice date and the deadline are not ours.
    expected: [
      ['PERSON', '佐々木 美咲'],
      ['DATE_OF_BIRTH', '2005年4月12日'],
      ['PERSON', '高橋 誠一郎'],
      ['PHONE', '03-3204-4712'],
    ],
  },
  {
    name: 'Korean certificate of enrolment (재학증명서): 성명 and 생년월일 with spaced labels, 학번, enrolment period, issue number, the academic affairs phone, a scholarship foundation',
    text: `재 학 증 명 서

성    명: 김서연
생년월일: 2004.09.21
학    번: 2023104471
소    속: 사범대학 교육학과
학    년: 2학년
재학기간: 2023.03.02 ~ 현재
용    도: 장학금 신청용 (삼성꿈장학재단)

위 사람은 본교에 재학하고 있음을 증명합니다.

2024년 3월 11일
서울대학교총장 (직인생략)

발급번호: 2024-0311-447120
문의: 학사과 02-880-4471`,
    // The student number, issue number, enrolment and issue dates and the foundation are not ours.
    expected: [
      ['PERSON', '김서연'],
      ['DATE_OF_BIRTH', '2004.09.21'],
      ['PHONE', '02-880-4471'],
    ],
  },
  {
    name: 'Chinese admission letter (录取通知书) from 中山大学: 同学 after the name, 考生号, 身份证号, 出生日期, 学号, a QQ group number, the admissions office with 陈老师',
    text: `中山大学
录取通知书

王梓涵 同学：
　　经广东省教育考试院批准，你已被我校教育学院教育学专业录取。请凭本通知书于2024年8月28日到校报到。

考生号：24440104120931
身份证号：440104200511024471
出生日期：2005年11月02日
学号：24304471
新生QQ群：844712093

中山大学招生办公室（陈老师）020-8411-2093
二〇二四年七月十八日`,
    // 中山大学 is named after Sun Yat-sen; 陈老师 is a family name with a title only; candidate, id, student and QQ numbers and the report date are not ours.
    expected: [
      ['PERSON', '王梓涵'],
      ['DATE_OF_BIRTH', '2005年11月02日'],
      ['PHONE', '020-8411-2093'],
    ],
  },
  {
    name: 'JNU provisional admission letter (India): candidate with Ms., father’s name in initial form, DOB, CUET roll and application numbers, masked Aadhaar, mobile and e-mail, Zakir Husain Centre, a Deputy Registrar',
    text: `JAWAHARLAL NEHRU UNIVERSITY, NEW DELHI — Admission Branch
Ref. No. JNU/Adm/2024/MA-EDU/0447                                   Date: 22-07-2024

PROVISIONAL OFFER OF ADMISSION — M.A. (Education), Zakir Husain Centre for Educational Studies

Name of candidate : Ms. Ananya Subramaniam
Father's name     : Shri R. Subramaniam
Date of birth     : 09/06/2001
Category          : GEN-EWS      CUET-PG Roll No.: 240447120931      Application No.: 2024PG044712
Aadhaar           : XXXX XXXX 4471
Mobile            : +91 98450 44712      Email: ananya.subramaniam01@gmail.com

Dear Ms. Subramaniam,
You are provisionally offered admission subject to verification of original documents at the time of registration. Please pay the admission fee through SBI Collect by 31-07-2024, failing which the offer shall stand withdrawn.

(Dr. Meenakshi Iyer)
Deputy Registrar (Admissions)`,
    // The university and the Zakir Husain Centre are named after public figures; roll, application and reference numbers, the masked Aadhaar and the deadline are not ours.
    expected: [
      ['PERSON', 'Ananya Subramaniam'],
      ['PERSON', 'R. Subramaniam'],
      ['DATE_OF_BIRTH', '09/06/2001'],
      ['PHONE', '+91 98450 44712'],
      ['EMAIL', 'ananya.subramaniam01@gmail.com'],
      ['PERSON', 'Subramaniam'],
      ['PERSON', 'Meenakshi Iyer'],
    ],
  },
  {
    name: 'Turkish student certificate (öğrenci belgesi, Atatürk Üniversitesi): TC kimlik, öğrenci no, Adı Soyadı, Baba Adı and Ana Adı alone, Doğum Yeri / Tarihi, kayıt tarihi, a faculty named after Kazım Karabekir',
    text: `T.C.
ATATÜRK ÜNİVERSİTESİ
Kazım Karabekir Eğitim Fakültesi

ÖĞRENCİ BELGESİ

T.C. Kimlik No       : 10447120936
Öğrenci No           : 210404471
Adı Soyadı           : Zeynep Nur Aksoy
Baba Adı             : Mustafa
Ana Adı              : Hatice
Doğum Yeri / Tarihi  : Erzurum / 17.05.2002
Bölüm / Program      : İlköğretim Matematik Öğretmenliği
Sınıf                : 3
Kayıt Tarihi         : 02.09.2021
Öğrenim Durumu       : Aktif (Normal Öğretim)

Yukarıda kimlik bilgileri yazılı kişi fakültemiz öğrencisidir. Bu belge e-Devlet üzerinden doğrulanabilir. Doğrulama kodu: ATA-8F4K-2M9Q`,
    // The university and the faculty are named after public figures; TC kimlik, student number, registration date and the verification code are not ours.
    expected: [
      ['PERSON', 'Zeynep Nur Aksoy'],
      ['PERSON', 'Mustafa'],
      ['PERSON', 'Hatice'],
      ['DATE_OF_BIRTH', '17.05.2002'],
    ],
  },
  {
    name: 'Obafemi Awolowo University admission letter (Nigeria): "SURNAME, Given names", JAMB registration number, DOB on the JAMB record, Moremi Hall, the admissions e-mail and phone, a Deputy Registrar with Mrs.',
    text: `OBAFEMI AWOLOWO UNIVERSITY, ILE-IFE, NIGERIA
Office of the Registrar — Admissions Office
OAU/ADM/2023/UG/04471                                         14th November, 2023

ADMISSION INTO FIRST DEGREE PROGRAMMES, 2023/2024 SESSION

Name: ADEBAYO, Oluwaseun Temitayo
JAMB Reg. No.: 202344712093BF
Date of Birth (as on JAMB record): 21/03/2006
Programme: B.A. (Ed.) English Language        Faculty: Education        Duration: 4 years

I am pleased to inform you that you have been offered provisional admission into the above programme. You are required to accept the offer on the JAMB CAPS portal and pay the acceptance fee of ₦25,000 within two weeks. Female freshers are allocated to Moremi Hall.
For enquiries: admissions@oauife.edu.ng or 0803 447 1209.

Mrs. Folasade Ogunleye
Deputy Registrar (Admissions)
for: Registrar`,
    // The university and Moremi Hall are named after people; the JAMB number, reference, session and fee are not ours.
    expected: [
      ['PERSON', 'ADEBAYO, Oluwaseun Temitayo'],
      ['DATE_OF_BIRTH', '21/03/2006'],
      ['EMAIL', 'admissions@oauife.edu.ng'],
      ['PHONE', '0803 447 1209'],
      ['PERSON', 'Folasade Ogunleye'],
    ],
  },
  // ---------------------------------------------------------------- academic records
  {
    name: 'US unofficial transcript: "Last, First Middle" name, Birth Date, UMID, course titles with Piaget and Vygotsky, GPAs, honours and a prize named after people, the advisor with Prof. and e-mail',
    text: `UNIVERSITY OF MICHIGAN — OFFICE OF THE REGISTRAR
UNOFFICIAL TRANSCRIPT                                   Printed: 03/11/2024
Name: Okafor-Lindgren, Chidinma Rose                    UMID: 41204471
Birth Date: 08/30/2001                                  Program: School of Education — B.A. Elementary Teacher Education

Fall 2022
  EDUC 118   Introduction to Education                3.00   A-
  PSYCH 250  Developmental Psychology                 4.00   B+
  EDUC 303   Piaget, Vygotsky and Learning            3.00   A
  Term GPA 3.62    Cum GPA 3.55    Dean's List; James B. Angell Scholar
Winter 2023
  EDUC 391   Teaching Elementary Mathematics          4.00   A
  ENGLISH 225 Academic Argumentation                  4.00   A-
  Term GPA 3.85    Cum GPA 3.66
Honors: William J. Branstrom Freshman Prize (2020)
Degree expected: April 2025
Advisor: Prof. Rebecca Thornquist — rthornq@umich.edu`,
    // Course titles, honours and prizes named after people, the UMID, GPAs and term dates are not ours.
    expected: [
      ['PERSON', 'Okafor-Lindgren, Chidinma Rose'],
      ['DATE_OF_BIRTH', '08/30/2001'],
      ['PERSON', 'Rebecca Thornquist'],
      ['EMAIL', 'rthornq@umich.edu'],
    ],
  },
  {
    name: 'Spanish diploma supplement (bilingual): family name(s) and given name(s) in separate numbered fields in capitals, date of birth, student id, a master’s thesis on Vygotsky with its supervisor, the Secretaria General',
    text: `SUPLEMENTO EUROPEO AL TÍTULO / DIPLOMA SUPPLEMENT
Universidad Complutense de Madrid

1. DATOS DEL TITULAR / INFORMATION IDENTIFYING THE HOLDER OF THE QUALIFICATION
1.1 Apellido(s) / Family name(s): GARCÍA-VILLALBA ROMERO
1.2 Nombre(s) / Given name(s): IRENE
1.3 Fecha de nacimiento / Date of birth: 30/08/1999
1.4 Nº de identificación del estudiante / Student identification number: 447120931

2. INFORMACIÓN SOBRE LA TITULACIÓN / INFORMATION IDENTIFYING THE QUALIFICATION
2.1 Denominación / Name of qualification: Máster Universitario en Formación del Profesorado de Educación Secundaria
4.3 Trabajo Fin de Máster / Master's thesis: «La teoría sociocultural de Vygotsky en el aula de ELE» — Directora / Supervisor: Dra. Pilar Echevarría Mendizábal — Calificación / Grade: 9,2 (Sobresaliente)
4.4 Sistema de calificación / Grading scheme: 0–4,9 Suspenso; 5–6,9 Aprobado; 7–8,9 Notable; 9–10 Sobresaliente; Matrícula de Honor
6.1 Movilidad / Mobility: Erasmus+ (Universidade de Lisboa, 2022/23)

8. CERTIFICACIÓN / CERTIFICATION
Fecha / Date: 15/12/2023    La Secretaria General / The Secretary General: Concepción Rubio Anguita`,
    // Vygotsky is the thesis topic; Erasmus+ is a programme; the student id, grades and certification date are not ours.
    expected: [
      ['PERSON', 'GARCÍA-VILLALBA ROMERO'],
      ['PERSON', 'IRENE'],
      ['DATE_OF_BIRTH', '30/08/1999'],
      ['PERSON', 'Pilar Echevarría Mendizábal'],
      ['PERSON', 'Concepción Rubio Anguita'],
    ],
  },
  {
    name: 'German exam seating plan posted by matriculation number only: lecture halls named after Max Weber and Hannah Arendt, rows and seats, exam and resit dates; no people',
    text: `Klausur „Einführung in die Pädagogische Psychologie“ (Modul BA-EW-04) – Sitzplan
Termin: Di, 20.02.2024, 10:15–11:45 Uhr
Räume: Max-Weber-Hörsaal (Geb. 2, HS 2.001) und Hannah-Arendt-Saal (Geb. 5, R 5.104)
Bitte finden Sie Ihren Platz anhand Ihrer Matrikelnummer. Namen werden aus Datenschutzgründen nicht veröffentlicht.

Matrikelnr.\tRaum\tReihe\tPlatz
3044712\tHS 2.001\t3\t12
3049215\tHS 2.001\t3\t14
3051187\tHS 2.001\t4\t2
3120931\tR 5.104\t1\t5
3124471\tR 5.104\t1\t7

Hilfsmittel: nicht programmierbarer Taschenrechner. Studierendenausweis mitbringen. Nachschreibtermin: 15.04.2024, 14:00 Uhr.`,
    // Matriculation numbers, rooms, seats and dates are not ours; the halls are named after public figures.
    expected: [],
  },
  // ---------------------------------------------------------------- research
  {
    name: "University of Vienna master's thesis title page and acknowledgements: author with BEd, supervisor and co-supervisor with titles, family in the thanks, Marie Skłodowska-Curie Actions and Fulbright, an ORCID iD",
    text: `Universität Wien
MASTERARBEIT / MASTER'S THESIS

Titel der Masterarbeit / Title of the Master's Thesis
„Mehrsprachigkeit im Grundschulunterricht: Eine ethnographische Studie an zwei Wiener Volksschulen“

verfasst von / submitted by
Magdalena Hrubý-Steiner, BEd

angestrebter akademischer Grad / in partial fulfilment of the requirements for the degree of
Master of Arts (MA)

Wien, 2024 / Vienna, 2024
Studienkennzahl lt. Studienblatt / degree programme code: UA 066 848
Betreut von / Supervisor: Univ.-Prof. Dr. Ilse Gruber-Kovačević
Mitbetreut von / Co-Supervisor: Dr. Emre Yıldız, MA
ORCID: 0000-0002-4471-2093

Acknowledgements
I am deeply grateful to my supervisor, Ilse Gruber-Kovačević, for her patience and sharp questions, and to Emre for teaching me how to code field notes. My thanks go to the teachers of the Volksschule am Maria-Theresia-Platz, to the Marie Skłodowska-Curie Actions doctoral network MultiLingo, and to Fulbright Austria for a semester at Teachers College. Finally, to my parents, Hana Hrubá and Josef Hrubý, and to Lukas — danke für alles.`,
    // Lukas is named by given name only; the school square, MSCA, Fulbright and Teachers College are not people; the ORCID iD and programme code are not ours.
    expected: [
      ['PERSON', 'Magdalena Hrubý-Steiner'],
      ['PERSON', 'Ilse Gruber-Kovačević'],
      ['PERSON', 'Emre Yıldız'],
      ['PERSON', 'Ilse Gruber-Kovačević'],
      ['PERSON', 'Emre'],
      ['PERSON', 'Hana Hrubá'],
      ['PERSON', 'Josef Hrubý'],
    ],
  },
  {
    name: 'Journal decision letter (ScholarOne style) with reviewer comments: the corresponding author in the To line and as Dr. with the surname, the associate editor, cited authors (Vygotsky 1978, Hattie and Timperley 2007), a coder by initials',
    text: `To: Adaeze Okonkwo-Reyes <a.okonkwo-reyes@leeds.ac.uk>
Subject: Decision on Manuscript ID JERP-2024-0447.R1

10-Mar-2024

Dear Dr. Okonkwo-Reyes:

Manuscript ID JERP-2024-0447.R1 entitled "Teacher feedback literacy in online secondary mathematics: a mixed-methods study", which you submitted to the Journal of Educational Research and Practice, has been reviewed. The comments of the reviewers are included at the bottom of this letter. The reviewers recommend major revisions, and I invite you to respond to their comments and revise your manuscript within 60 days.

Sincerely,
Prof. Sigrun Aasland
Associate Editor, Journal of Educational Research and Practice
sigrun.aasland@uib.no

Reviewer(s)' Comments to Author:

Reviewer: 1
The framing around Vygotsky (1978) and the zone of proximal development is appropriate, but the authors should engage with Hattie and Timperley (2007) and Carless and Boud (2018) on feedback literacy. The second coder (initials "MK") is not described; please report inter-rater agreement.

Reviewer: 2
On p. 12, the quotation attributed to "Teacher T4 (Mrs. H., 52, head of department)" may compromise anonymity in a school of this size. DOI of the pre-registration (10.17605/OSF.IO/4X7QZ) does not resolve.`,
    // Cited authors are public; MK and Mrs. H. are initials only; the manuscript id, dates and the DOI are not ours.
    expected: [
      ['PERSON', 'Adaeze Okonkwo-Reyes'],
      ['EMAIL', 'a.okonkwo-reyes@leeds.ac.uk'],
      ['PERSON', 'Okonkwo-Reyes'],
      ['PERSON', 'Sigrun Aasland'],
      ['EMAIL', 'sigrun.aasland@uib.no'],
    ],
  },
  {
    name: 'Literature review section with its reference list: in-text citations and APA references of published authors, DOIs and an ISBN; no people',
    text: `2. Theoretical framework
Sociocultural theory (Vygotsky, 1978) frames learning as mediated by more knowledgeable others, a view later operationalised as scaffolding (Wood, Bruner & Ross, 1976). Constructivist accounts following Piaget (1952) place the emphasis on the learner's own activity, while Freire's (1970) critique of "banking" education foregrounds dialogue. Growth-mindset interventions (Dweck, 2006; Yeager et al., 2019) show small average effects that vary with school context.

References
Dweck, C. S. (2006). Mindset: The new psychology of success. Random House. ISBN 978-1-4000-6275-1
Freire, P. (1970). Pedagogy of the oppressed. Herder and Herder.
Piaget, J. (1952). The origins of intelligence in children. International Universities Press. https://doi.org/10.1037/11494-000
Vygotsky, L. S. (1978). Mind in society: The development of higher psychological processes. Harvard University Press.
Wood, D., Bruner, J. S., & Ross, G. (1976). The role of tutoring in problem solving. Journal of Child Psychology and Psychiatry, 17(2), 89–100. https://doi.org/10.1111/j.1469-7610.1976.tb00381.x
Yeager, D. S., Hanselman, P., Walton, G. M., Murray, J. S., Crosnoe, R., Muller, C., et al. (2019). A national experiment reveals where a growth mindset improves achievement. Nature, 573, 364–369. https://doi.org/10.1038/s41586-019-1466-y`,
    // All names are cited published authors; DOIs and the ISBN are not ours.
    expected: [],
  },
  {
    name: 'Conference registration export (EARLI): title, first and last names, badge names including a nickname, affiliations, e-mails, ORCID iDs, Erasmus+ funding, a Test Registrant row at a .test domain',
    text: `registration_id,title,first_name,last_name,badge_name,affiliation,country,email,orcid,ticket_type,dietary,workshop,paid_at
EARLI24-0447,Dr,Hanna,Virtanen,Hanna Virtanen,University of Jyväskylä,FI,hanna.k.virtanen@jyu.fi,0000-0001-4471-2093,Regular,vegetarian,W3 Learning analytics,2024-05-02 10:14
EARLI24-0448,,Oluwadamilare,Bankole,Dami Bankole,University of Ibadan,NG,dami.bankole@gmail.com,0000-0003-2093-4471,Student (Erasmus+ funded),halal,,2024-05-02 11:47
EARLI24-0449,Prof.,Sebastián,Correa Villamizar,Sebastián Correa,Universidad de los Andes,CO,s.correa@uniandes.edu.co,,Regular,,W1 Vygotsky revisited,2024-05-03 08:05
EARLI24-0450,,Test,Registrant,Test Registrant,Conference Org,NL,test@earli-conf.test,,Comp,,,2024-05-03 09:00`,
    // Test Registrant at a .test domain is a placeholder; ORCID iDs, registration ids and payment times are not ours.
    expected: [
      ['PERSON', 'Hanna'],
      ['PERSON', 'Virtanen'],
      ['PERSON', 'Hanna Virtanen'],
      ['EMAIL', 'hanna.k.virtanen@jyu.fi'],
      ['PERSON', 'Oluwadamilare'],
      ['PERSON', 'Bankole'],
      ['PERSON', 'Dami Bankole'],
      ['EMAIL', 'dami.bankole@gmail.com'],
      ['PERSON', 'Sebastián'],
      ['PERSON', 'Correa Villamizar'],
      ['PERSON', 'Sebastián Correa'],
      ['EMAIL', 's.correa@uniandes.edu.co'],
    ],
  },
  {
    name: 'ERC Starting Grant administrative forms: the PI with first and last name fields, date of birth, ORCID, e-mail and phone, the host institution grants contact, PhD date, previous Marie Skłodowska-Curie and Veni funding',
    text: `ERC-2024-STG — Administrative forms, Section 2: Participants (copied from the Funding & Tenders Portal)

Principal Investigator
  Title: Dr.          Gender: Female
  First name: Nomvula          Last name: Dlamini-Hartmann
  Date of birth: 12/06/1988    Nationality: South Africa
  ORCID: 0000-0002-7741-2093
  E-mail: n.dlamini-hartmann@uva.nl    Phone: +31 20 525 4471
Host institution: Universiteit van Amsterdam — Research Institute of Child Development and Education
Contact person of the host institution: Mr. Bart de Wit-Jansen, Grants Office, +31 20 525 2093, erc-support@uva.nl

Eligibility: PhD awarded 14/03/2016 (Universiteit Utrecht); eligibility window extended by 18 months for one child.
Previous funding: Marie Skłodowska-Curie Individual Fellowship (2018–2020), NWO Veni (2021).
Acronym: SCAFFOLD — "Scaffolding multilingual children's mathematical talk"`,
    // The PhD date and funding years are not birth dates; MSCA and Veni are programmes; the ORCID iD is not ours.
    expected: [
      ['PERSON', 'Nomvula'],
      ['PERSON', 'Dlamini-Hartmann'],
      ['DATE_OF_BIRTH', '12/06/1988'],
      ['EMAIL', 'n.dlamini-hartmann@uva.nl'],
      ['PHONE', '+31 20 525 4471'],
      ['PERSON', 'Bart de Wit-Jansen'],
      ['PHONE', '+31 20 525 2093'],
      ['EMAIL', 'erc-support@uva.nl'],
    ],
  },
  {
    name: 'Graduate school funding newsletter: Fulbright, Erasmus+, Marie Skłodowska-Curie, DAAD, foundations and prizes named after people, deadlines, a room in the Humboldt Building; no people',
    text: `Funding opportunities for 2025/26 — Graduate School of Education newsletter, March 2024

• Fulbright Foreign Student Program — applications close 15 May 2024; a TOEFL score of 100 or above is recommended.
• Erasmus+ Staff and Student Mobility (KA131) — next internal deadline 30 April 2024.
• Marie Skłodowska-Curie Actions Postdoctoral Fellowships — call opens 9 April 2024, closes 11 September 2024.
• DAAD Research Grants; Heinrich Böll Stiftung and Konrad-Adenauer-Stiftung doctoral scholarships.
• Chevening Scholarships, the Rhodes Scholarship and Gates Cambridge for master's study in the UK.
• The Maria Montessori Prize for early-years research (€2,000), open to students aged 30 or under.

Info session: Thursday 21 March 2024, 13:00–14:00, Room G.14, Humboldt Building.`,
    // Programmes, foundations, prizes and the building are named after people; deadlines and amounts are not ours.
    expected: [],
  },
  {
    name: 'Pseudonymised participant tracking sheet (reading intervention pilot): participant codes, school codes, class years, ages, consent and test dates, a withdrawal note; no people',
    text: `Study: READ-ON pilot (ethics ref. FREC-2023-447) — participant tracking (pseudonymised; key file held separately by the PI)
pid\tschool_code\tclass_year\tage\tgender\tcondition\tconsent_date\tt1_date\tt2_date\tt1_wpm\tt2_wpm\tstatus
P001\tS03\tY4\t8\tF\tintervention\t2023-09-12\t2023-09-26\t2024-01-23\t62\t81\tcomplete
P002\tS03\tY4\t9\tM\tcontrol\t2023-09-12\t2023-09-26\t2024-01-23\t71\t74\tcomplete
P003\tS07\tY5\t9\tF\tintervention\t2023-09-14\t2023-09-28\t\t58\t\twithdrawn (moved)
P004\tS07\tY5\t10\tM\tintervention\t2023-09-14\t2023-09-28\t2024-01-25\t49\t66\tcomplete
Notes: P003 withdrawn 2023-11-02 by parent; data retained per consent §4. School codes → see key file (encrypted, PI only).`,
    // Participant and school codes, ages, class years and study dates are not ours.
    expected: [],
  },
  {
    name: 'Recruitment tracking sheet that was never pseudonymised (Australia): names, student e-mails, mobiles, university and year, consent and interview dates, a "Student 4 (test row)"',
    text: `# copied from the Google Sheet "Wellbeing study — recruitment (DO NOT SHARE)"
ID | Name | Email | Phone | Uni / Year | Consent form | Interview | Voucher sent | Notes
W-01 | Kirra Anderson | kirra.anderson@student.uq.edu.au | 0412 447 120 | UQ / 2nd yr | ✅ 04/03 | 11/03 10:00 | ✅ | prefers Zoom
W-02 | Hamid Rezaei | h.rezaei@uqconnect.edu.au | 0433 209 314 | UQ / 3rd yr | ✅ 05/03 | 12/03 14:00 | | no interpreter needed
W-03 | Ngaire Tamihana | — | 0401 771 209 | QUT / Honours | pending | — | | emailed twice, try a text
W-04 | Student 4 (test row) | test@example.com | | | | | | delete before analysis`,
    // Student 4 at example.com is a test row; participant ids, consent and interview dates are not ours.
    expected: [
      ['PERSON', 'Kirra Anderson'],
      ['EMAIL', 'kirra.anderson@student.uq.edu.au'],
      ['PHONE', '0412 447 120'],
      ['PERSON', 'Hamid Rezaei'],
      ['EMAIL', 'h.rezaei@uqconnect.edu.au'],
      ['PHONE', '0433 209 314'],
      ['PERSON', 'Ngaire Tamihana'],
      ['PHONE', '0401 771 209'],
    ],
  },
  // ---------------------------------------------------------------- code and data
  {
    name: 'pandas printout of Abitur maths results (German columns): nachname, vorname and geburtsdatum, student ids, course codes, points and grades, and a groupby mean',
    text: `>>> df = pd.read_excel("Abitur_2024_Mathe_LK.xlsx")
>>> df.sort_values("punkte", ascending=False).head(4)
   schueler_id  nachname vorname geburtsdatum   kurs  punkte note
12    2024-113    Yılmaz   Deniz   2006-02-14  M-LK1      14   1+
3     2024-104   Schäfer   Paula   2005-11-30  M-LK1      13    1
27    2024-128     Nowak   Jakub   2006-06-07  M-LK2      13    1
8     2024-109    Okafor   Grace   2006-01-19  M-LK1      12   1-
>>> df.groupby("kurs")["punkte"].mean().round(2)
kurs
M-LK1    9.41
M-LK2    8.87
Name: punkte, dtype: float64`,
    // Student ids, course codes, points and grades are not ours.
    expected: [
      ['PERSON', 'Yılmaz'],
      ['PERSON', 'Deniz'],
      ['DATE_OF_BIRTH', '2006-02-14'],
      ['PERSON', 'Schäfer'],
      ['PERSON', 'Paula'],
      ['DATE_OF_BIRTH', '2005-11-30'],
      ['PERSON', 'Nowak'],
      ['PERSON', 'Jakub'],
      ['DATE_OF_BIRTH', '2006-06-07'],
      ['PERSON', 'Okafor'],
      ['PERSON', 'Grace'],
      ['DATE_OF_BIRTH', '2006-01-19'],
    ],
  },
  {
    name: 'psql session over a students table (Kiel): a join with enrolments, matriculation numbers, first and last names, student e-mails, date_of_birth, course codes and failing grades',
    text: `-- Prüfungsamt request: who failed INF-B-220 twice? (CAU Kiel, Christian-Albrechts-Universität)
uni=> SELECT s.matrikelnr, s.first_name, s.last_name, s.email, s.date_of_birth, e.course_code, e.attempt, e.grade
uni->   FROM students s JOIN enrolments e USING (student_id)
uni->  WHERE e.course_code = 'INF-B-220' AND e.grade > 4.0 AND e.attempt = 2;
 matrikelnr | first_name | last_name |             email              | date_of_birth | course_code | attempt | grade
------------+------------+-----------+--------------------------------+---------------+-------------+---------+-------
 1144712    | Finn       | Hansen    | finn.hansen@stud.uni-kiel.de   | 2003-04-02    | INF-B-220   |       2 |   5.0
 1151209    | Aylin      | Demirci   | aylin.demirci@stud.uni-kiel.de | 2002-12-18    | INF-B-220   |       2 |   5.0
(2 rows)`,
    // Matriculation numbers, the course code, attempts and grades are not ours; the university is named after a duke.
    expected: [
      ['PERSON', 'Finn'],
      ['PERSON', 'Hansen'],
      ['EMAIL', 'finn.hansen@stud.uni-kiel.de'],
      ['DATE_OF_BIRTH', '2003-04-02'],
      ['PERSON', 'Aylin'],
      ['PERSON', 'Demirci'],
      ['EMAIL', 'aylin.demirci@stud.uni-kiel.de'],
      ['DATE_OF_BIRTH', '2002-12-18'],
    ],
  },
  {
    name: 'students schema with local seed rows: Max and Erika Mustermann at example domains, a Test Student at .invalid, matriculation numbers, enrolment dates, faculties named after people; no people',
    text: `CREATE TABLE students (
  student_id     BIGSERIAL PRIMARY KEY,
  matrikelnr     CHAR(7) UNIQUE NOT NULL,
  first_name     TEXT NOT NULL,
  last_name      TEXT NOT NULL,
  email          TEXT UNIQUE,
  date_of_birth  DATE,
  enrolled_on    DATE NOT NULL DEFAULT CURRENT_DATE,
  faculty        TEXT
);

-- seed data for local development only
INSERT INTO students (matrikelnr, first_name, last_name, email, date_of_birth, enrolled_on, faculty) VALUES
  ('0000001', 'Max', 'Mustermann', 'max.mustermann@example.com', NULL, '2023-10-01', 'Philosophische Fakultät'),
  ('0000002', 'Erika', 'Mustermann', 'erika.mustermann@example.org', NULL, '2023-10-01', 'Lise-Meitner-Fakultät'),
  ('0000003', 'Test', 'Student', 'test.student@uni.invalid', NULL, '2024-04-01', 'Humboldt-Kolleg');`,
    // Placeholder people at reserved domains; matriculation numbers and enrolment dates are not ours; the faculties are named after people.
    expected: [],
  },
  {
    name: 'Jupyter cell merging a SIS roster with Canvas submissions: a hard-coded Canvas API token, the course id, and an outer-join output of unmatched students ("Achternaam, Voornaam", student numbers, e-mails)',
    text: `In [7]:
import pandas as pd, requests
CANVAS = "https://canvas.uva.nl/api/v1"
TOKEN = "${canvasToken}"
hdr = {"Authorization": f"Bearer {TOKEN}"}
roster = pd.read_csv("roster_EDU2041.csv")  # from SIS: studentnr, naam, email, canvas_id
subs = requests.get(f"{CANVAS}/courses/44712/students/submissions?student_ids[]=all&per_page=100", headers=hdr).json()
grades = pd.DataFrame(subs)[["user_id", "assignment_id", "score"]]
merged = roster.merge(grades, left_on="canvas_id", right_on="user_id", how="left", indicator=True)
merged.loc[merged["_merge"] != "both", ["studentnr", "naam", "email", "_merge"]]

Out[7]:
    studentnr                 naam                       email     _merge
14   13447120        Bakker, Lotte     l.bakker@student.uva.nl  left_only
22   14020931  El Idrissi, Soufiane  s.elidrissi@student.uva.nl  left_only
31   12994471        Jansen, Thijs    thijs.jansen@student.uva.nl  left_only`,
    // Student numbers, canvas and course ids and the row index are not ours.
    expected: [
      ['SECRET', canvasToken],
      ['PERSON', 'Bakker, Lotte'],
      ['EMAIL', 'l.bakker@student.uva.nl'],
      ['PERSON', 'El Idrissi, Soufiane'],
      ['EMAIL', 's.elidrissi@student.uva.nl'],
      ['PERSON', 'Jansen, Thijs'],
      ['EMAIL', 'thijs.jansen@student.uva.nl'],
    ],
  },
  {
    name: 'ed-tech checkout error log (summer school enrolment): a user row with name, e-mail, username and last-login IP, an unmasked card, a live Stripe key in the dumped env, a course named after Ada Lovelace',
    text: `2024-03-11T21:14:07.884Z ERROR [checkout-service] PaymentError: card_declined (do_not_honor)
    at StripeAdapter.charge (/app/src/payments/stripe.ts:118:13)
    at async EnrolController.enrolSummerSchool (/app/src/enrol/controller.ts:77:5)
  context: {
    user: { id: 88120447, username: "kwabena_m", name: "Kwabena Mensah-Bonsu", email: "kwabena.mensah@ug.edu.gh", role: "learner", locale: "en-GH", lastLoginIp: "41.66.204.71" },
    course: { id: "SS24-DATA-101", title: "Summer School: Data Science for Educators (Ada Lovelace track)", seats_left: 12 },
    payment: { amount: 45000, currency: "usd", card: "4532014471209312", exp: "09/27", cvc_check: "pass" },
    env: { NODE_ENV: "production", STRIPE_SECRET_KEY: "${stripeLiveKey}", LOG_LEVEL: "debug" }
  }
2024-03-11T21:14:07.902Z WARN  [checkout-service] PII scrubber disabled for route /enrol (feature flag pii_scrub=false)`,
    // The username, user and course ids, expiry, amount and the Ada Lovelace track are not ours.
    expected: [
      ['PERSON', 'Kwabena Mensah-Bonsu'],
      ['EMAIL', 'kwabena.mensah@ug.edu.gh'],
      ['IP_ADDRESS', '41.66.204.71'],
      ['CREDIT_CARD', '4532014471209312'],
      ['SECRET', stripeLiveKey],
    ],
  },
  {
    name: 'LTI tool service log: pseudonymous user UUIDs, a username, loopback and 0.0.0.0 addresses, a platform client id, exam room and seat, a redacted API key; no people',
    text: `[2024-03-12 08:01:13,447] INFO  lti.launch      user=5f2c9e1a-0d44-4b71-8a20-93a1c7b2e4d1 context=EDU-204-2024S1 role=Learner ip=127.0.0.1 (via proxy, X-Forwarded-For stripped)
[2024-03-12 08:01:13,502] INFO  grades.sync     pushed 28 scores to AGS lineitem 4471 (course_code=EDU-204)
[2024-03-12 08:01:14,009] WARN  auth.oauth      token refresh failed for iss=https://canvas.instructure.com client_id=10000000000447; using cached JWKS kid=2024-03-01T00:00:00Z
[2024-03-12 08:01:14,230] ERROR proctor.webcam  session 88a1-44f7 ended early: user jdoe42 closed the tab (exam MATH-1101 Midterm, room B-204, seat 17)
[2024-03-12 08:01:15,118] INFO  config          OPENAI_API_KEY=sk-...REDACTED (len=51) model=gpt-4o-mini temperature=0.2
[2024-03-12 08:01:15,600] DEBUG health          db=ok cache=ok listen=0.0.0.0:8080`,
    // The UUID, username, client and lineitem ids, loopback and wildcard addresses and the redacted key are not ours.
    expected: [],
  },
];

describeHoldout('privacy hold-out 27: education and academia', cases);
