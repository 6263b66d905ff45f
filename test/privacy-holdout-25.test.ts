import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A twenty-fifth hand-written hold-out: forms, surveys and registrations in many languages and
 * locales, as analysts paste them into a notebook or an AI assistant to clean, summarise, classify
 * or chart them. Form tools: Google Forms response sheets as CSV and tab-separated copies (a German
 * Kita summer party, Korean volunteers, a Swedish book club, an Arabic course), a Google Forms draft
 * and a forms.get API JSON, Microsoft Forms exports (Spanish, with "anonymous" respondents) and a
 * Polish summary view, a Typeform webhook in French, a SurveyMonkey CSV with its two header rows in
 * Brazilian Portuguese, a Qualtrics export as a pandas df.head() with Japanese answers and a
 * Qualtrics API JSON in Turkish, a Qualtrics distribution report, a JotForm submission e-mailed in
 * Turkish, a Tally webhook in Dutch, a Formspree e-mail in Italian, a Netlify Forms API answer in
 * Swiss French, a Webflow form export with test submissions and a Nettskjema export. Registrations:
 * a Polish conference export with badge names, dietary needs and emergency contacts, an Indian
 * badge print queue, a Japanese seminar application, a German Kita enrolment with a SEPA mandate,
 * a Swedish förskola application, a French crèche request, a Spanish padrón registration, a Polish
 * Karta Dużej Rodziny application, a Turkish summer school, a Québec day camp as SQL INSERTs, a
 * Portuguese summer camp as JSON, an Italian youth volleyball roster, a US Little League volunteer
 * application, an Australian school raffle order; a Brazilian dental intake form and an Indonesian
 * research consent form. Analysis: a psql query over a responses table, a pandas cleaning script
 * with a sample row, an Apps Script onFormSubmit trigger with a test payload, open-text answers of
 * a Dutch staff survey, NPS verbatims, a Spanish Instagram giveaway, chart requests over Turkish
 * and German answers, Italian course feedback. Hard negatives of the same shapes: question texts
 * and column headers that name a field (Name, E-Mail, Geburtsdatum, 氏名, Imię i nazwisko) with no
 * value, Likert and NPS scales, submission timestamps, response, respondent, submission, form and
 * distribution ids, UUIDs, ages, birth years and postcodes alone, placeholders (Max Mustermann, Jan
 * Kowalski, João da Silva, Fulano de Tal, 홍길동, Ola Nordmann, Test Test) with example.com and
 * reserved .test/.invalid addresses, placeholder phones (0123 456789, 600 000 000, 010-0000-0000,
 * 555-0100), anonymised answers (anonym, —, prefer not to say, [NAME ENTFERNT]), masked e-mails,
 * public figures in answers (favourite authors, Elon Musk, Steve Jobs, a TV presenter), a lone
 * given name or family name with a title (Dra. Beatriz, 田中さん, Ayşe Hanım, Herr X.), @handles,
 * organisations, schools, halls, rooms, hospitals, foundations, streets and a pastry shop named
 * after people, national ids (personnummer, PESEL, NIK, CPF, RG, DNI/NIE, T.C. kimlik, NIF), CAF,
 * insurance, driver's licence and badge numbers, a mistyped card that fails Luhn, the dates of
 * events, arrivals, medical certificates and signatures. Each case lists every value it expects
 * found, with its type; anything else flagged is a false positive. A title or honorific (Dr., Dra.,
 * Mme, D., Coach, Pastor, さん, 部長) is no part of a name's span. Values under separate name fields
 * or columns (Vorname/Nachname, Prénom/Nom, Nombre/Primer apellido, recipientFirstName) are separate
 * spans and count even alone, as do badge names and kana readings under their labels; a lone given
 * or family name elsewhere counts only when the same person is named in full in the same text. A
 * sample row quoted in code counts like any other value. Values are fake: a Luhn-valid made-up
 * card, IBANs with valid mod-97 check digits, an SSN in a valid area, made-up names, numbers and keys.
 */
const k = joinParts;
const slackWebhook = k(
  'https://hooks.',
  'slack.com/services/',
  'T07QM2XW9/B07LR4TZ8KN/Vd3bFg6hJ1sA5eU0iO2pN7mR',
);

const cases: HoldoutCase[] = [
  // ---------------------------------------------------------------- Google Forms
  {
    name: 'Google Forms CSV in German (Kita summer party): full-question headers with Name and E-Mail, a child by given name in its own column, optional phones, an em dash',
    text: `"Zeitstempel","E-Mail-Adresse","Name des Elternteils (Vor- und Nachname)","Name des Kindes","Gruppe","Wie viele Erwachsene kommen mit?","Wir bringen mit …","Telefonnummer für Rückfragen (optional)","Allergien / Unverträglichkeiten","Dürfen Fotos von Ihrem Kind auf der Website erscheinen?"
"14.06.2024 19:02:11","katrin.oberhauser@t-online.de","Katrin Oberhauser","Lio","Igelgruppe","2","Nudelsalat","0170 5583214","Erdnüsse","Ja"
"14.06.2024 20:47:38","s.yilmaz-krause@gmx.net","Serkan Yılmaz-Krause","Defne Yılmaz-Krause","Bärengruppe","1","Kuchen","","keine","Nein"
"15.06.2024 07:15:02","m.wozniak@posteo.de","Magdalena Woźniak","Antoni Woźniak","Igelgruppe","2","Getränke","+49 152 29184407","glutenfrei","Ja"
"15.06.2024 12:30:55","familie.nguyen@web.de","Thi Hoa Nguyen","","Mäusegruppe","3","Obst / Gemüse","030 6129 4450","—","Ja"`,
    // Headers that contain "Name" and "E-Mail" carry no value; the group names and timestamps are not ours.
    expected: [
      ['EMAIL', 'katrin.oberhauser@t-online.de'],
      ['PERSON', 'Katrin Oberhauser'],
      ['PERSON', 'Lio'],
      ['PHONE', '0170 5583214'],
      ['EMAIL', 's.yilmaz-krause@gmx.net'],
      ['PERSON', 'Serkan Yılmaz-Krause'],
      ['PERSON', 'Defne Yılmaz-Krause'],
      ['EMAIL', 'm.wozniak@posteo.de'],
      ['PERSON', 'Magdalena Woźniak'],
      ['PERSON', 'Antoni Woźniak'],
      ['PHONE', '+49 152 29184407'],
      ['EMAIL', 'familie.nguyen@web.de'],
      ['PERSON', 'Thi Hoa Nguyen'],
      ['PHONE', '030 6129 4450'],
    ],
  },
  {
    name: 'Google Forms draft of a German sports-club membership form pasted for review: Vorname/Nachname/Geburtsdatum questions, Max Mustermann placeholders, an example phone, a Likert scale',
    text: `Kannst du die Fragen in diesem Formularentwurf verständlicher formulieren? Das ist der aktuelle Stand aus Google Forms:

Mitgliedsantrag TSV Grünwald 1921 e.V.
Abschnitt 1 von 3: Persönliche Angaben
1. Vorname *  (Kurzantwort, Platzhalter: „Max“)
2. Nachname *  (Kurzantwort, Platzhalter: „Mustermann“)
3. Geburtsdatum *  (Datum, Format TT.MM.JJJJ)
4. E-Mail-Adresse *  (Validierung: enthält „@“; Beispiel: max.mustermann@example.com)
5. Telefonnummer  (Hilfetext: „z. B. 0123 456789“)
6. IBAN für das SEPA-Lastschriftmandat *  (Validierung: regulärer Ausdruck ^DE\\d{20}$)
Abschnitt 2 von 3: Abteilung
7. Welche Abteilung interessiert dich?  ( ) Fußball  ( ) Turnen  ( ) Tischtennis  ( ) Boule
8. Wie zufrieden warst du mit dem Probetraining?  1 – 2 – 3 – 4 – 5  (1 = gar nicht, 5 = sehr)
Abschnitt 3 von 3: Einwilligung
9. [ ] Ich willige ein, dass Fotos von mir auf tsv-gruenwald.de veröffentlicht werden.
Bestätigungsnachricht: „Danke, Max Mustermann! Deine Anmeldung ist eingegangen.“ (soll später durch {{Vorname}} {{Nachname}} ersetzt werden)
Einstellungen: Antworten auf 1 pro Nutzer beschränken · E-Mail-Adressen erfassen: aus`,
    // A form with no answers: field labels, the Max Mustermann placeholder, an example address at example.com and the example phone "0123 456789" are not personal data.
    expected: [],
  },
  // ---------------------------------------------------------------- Microsoft Forms
  {
    name: 'Microsoft Forms export copied from Excel (Spanish event feedback): "anonymous" respondents beside a named tenant user, staff named in comments, a speaker by given name, an auditorium named after Gaudí',
    text: `Id\tHora de inicio\tHora de finalización\tCorreo electrónico\tNombre\tHora de la última modificación\t¿Cómo valoraría la organización del evento? (1-5)\t¿A qué sesión asistió?\tComentarios adicionales
1\t3/12/24 9:14:02\t3/12/24 9:16:40\tanonymous\t\t\t5\tSesión 2 – Transformación digital\tTodo perfecto. Felicitar a Rocío Benítez de recepción, muy amable.
2\t3/12/24 9:20:15\t3/12/24 9:27:03\tjlmartinez@constructoraiberia.es\tJosé Luis Martínez Soler\t\t3\tSesión 1 – Ciberseguridad\tEl ponente Santiago se pasó de tiempo y el auditorio Gaudí estaba lleno. Mi compañera Inés Aranda Pardo no pudo registrarse; su correo es ines.aranda@grupoalvarez.es por si le podéis mandar las diapositivas.
3\t3/12/24 10:02:44\t3/12/24 10:03:10\tanonymous\t\t\t4\tSesión 2 – Transformación digital\t—
4\t3/12/24 11:48:31\t3/12/24 11:50:02\tanonymous\t\t\t2\tNo asistí a ninguna\tprefiero no decirlo`,
    // "anonymous", "—" and "prefiero no decirlo" are anonymised answers; the speaker Santiago is named by his given name only; the Gaudí auditorium is a room.
    expected: [
      ['EMAIL', 'jlmartinez@constructoraiberia.es'],
      ['PERSON', 'José Luis Martínez Soler'],
      ['PERSON', 'Rocío Benítez'],
      ['PERSON', 'Inés Aranda Pardo'],
      ['EMAIL', 'ines.aranda@grupoalvarez.es'],
    ],
  },
  {
    name: 'Microsoft Forms summary view in Polish copied for a chart: response counts, average time, Likert matrix, NPS and the latest answers to an optional name question, all anonymised',
    text: `Ankieta satysfakcji – Dzień Otwarty 2024
Odpowiedzi: 128 · Średni czas ukończenia: 04:12 · Stan: Zamknięte

1. Jak oceniasz organizację wydarzenia?
   Bardzo dobrze 61 · Dobrze 44 · Przeciętnie 15 · Słabo 6 · Bardzo słabo 2
2. Oceń poszczególne elementy (1 – zdecydowanie się nie zgadzam, 5 – zdecydowanie się zgadzam)
                              1    2    3    4    5
   Rejestracja była prosta     2    5   14   49   58
   Prelegenci byli ciekawi     1    3   20   51   53
   Catering był wystarczający  9   17   31   40   31
3. Jak bardzo prawdopodobne jest, że polecisz nas znajomym? (0–10)
   Wynik NPS: 34 · Promotorzy 52% · Pasywni 30% · Krytycy 18%
4. Imię i nazwisko (opcjonalnie)
   47 odpowiedzi · Najnowsze odpowiedzi: "anonim", "-", "wolę nie podawać", "nie podam"
5. Adres e-mail (jeśli chcesz otrzymać materiały)
   12 odpowiedzi · Najnowsze odpowiedzi: "j***@wp.pl", "m***@gmail.com"
Pobierz odpowiedzi: Ankieta_DzienOtwarty_2024.xlsx`,
    // Only counts, scales and anonymised or masked answers: nothing personal.
    expected: [],
  },
  // ---------------------------------------------------------------- Typeform, SurveyMonkey, Qualtrics
  {
    name: 'Typeform webhook (form_response) for a French conference: separate prénom and nom answers by field ref, a phone_number, a birth-date answer, a sister named in a long text, hidden fields',
    text: `POST /hooks/typeform HTTP/1.1
Host: inscriptions.rencontres-data-lyon.fr
Content-Type: application/json

{
  "event_id": "01HX4K7Q2M9RTZ8LE3VWB6N0PD",
  "event_type": "form_response",
  "form_response": {
    "form_id": "Lq8Vx2Kp",
    "token": "f3k9q2m7x0l8rt4zw1c5vbn6yd",
    "landed_at": "2024-05-14T08:02:11Z",
    "submitted_at": "2024-05-14T08:06:47Z",
    "hidden": { "utm_source": "newsletter", "ref": "early-bird" },
    "definition": {
      "title": "Inscription – Rencontres Data Lyon 2024",
      "fields": [
        { "id": "Xa1", "ref": "prenom", "type": "short_text", "title": "Quel est votre prénom ?" },
        { "id": "Xa2", "ref": "nom", "type": "short_text", "title": "Et votre nom de famille, {{field:prenom}} ?" },
        { "id": "Xa3", "ref": "email", "type": "email", "title": "Votre adresse e-mail" },
        { "id": "Xa4", "ref": "tel", "type": "phone_number", "title": "Un numéro pour vous joindre le jour J ?" },
        { "id": "Xa5", "ref": "date_naissance", "type": "date", "title": "Votre date de naissance (tarif jeune < 26 ans)" },
        { "id": "Xa6", "ref": "atelier", "type": "multiple_choice", "title": "Quel atelier ?" },
        { "id": "Xa7", "ref": "commentaire", "type": "long_text", "title": "Un commentaire ?" }
      ]
    },
    "answers": [
      { "type": "text", "text": "Aurélien", "field": { "id": "Xa1", "type": "short_text", "ref": "prenom" } },
      { "type": "text", "text": "Lefebvre-Ngata", "field": { "id": "Xa2", "type": "short_text", "ref": "nom" } },
      { "type": "email", "email": "aurelien.lefebvre@laposte.net", "field": { "id": "Xa3", "type": "email", "ref": "email" } },
      { "type": "phone_number", "phone_number": "+33612874409", "field": { "id": "Xa4", "type": "phone_number", "ref": "tel" } },
      { "type": "date", "date": "1999-04-23", "field": { "id": "Xa5", "type": "date", "ref": "date_naissance" } },
      { "type": "choice", "choice": { "label": "Atelier B – Visualisation" }, "field": { "id": "Xa6", "type": "multiple_choice", "ref": "atelier" } },
      { "type": "text", "text": "Je viendrai avec ma sœur Manon Lefebvre, pouvez-vous lui préparer un badge aussi ?", "field": { "id": "Xa7", "type": "long_text", "ref": "commentaire" } }
    ],
    "calculated": { "score": 0 }
  }
}`,
    // The event and form ids, the response token and the landed/submitted times are not ours; {{field:prenom}} is a template.
    expected: [
      ['PERSON', 'Aurélien'],
      ['PERSON', 'Lefebvre-Ngata'],
      ['EMAIL', 'aurelien.lefebvre@laposte.net'],
      ['PHONE', '+33612874409'],
      ['DATE_OF_BIRTH', '1999-04-23'],
      ['PERSON', 'Manon Lefebvre'],
    ],
  },
  {
    name: 'SurveyMonkey CSV in Brazilian Portuguese with its two header rows: respondent and collector ids, IP addresses, an e-mail collector row with first and last name, ages, a doctor named in a comment',
    text: `"Respondent ID","Collector ID","Start Date","End Date","IP Address","Email Address","First Name","Last Name","Custom Data 1","Qual é o seu nome completo?","Qual a sua idade?","Em qual cidade você mora?","De 0 a 10, qual a probabilidade de você recomendar a Clínica Vida Plena a um amigo?","Por quê?"
"","","","","","","","","","Response","Response","Response","Response","Open-Ended Response"
"114420778931","431187220","04/08/2024 10:12:40","04/08/2024 10:15:02","189.6.44.217","","","","","Rodrigo Albuquerque","42","Recife","9","Fui muito bem atendido pelo Dr. Paulo Henrique Lacerda, explicou tudo com calma."
"114420781046","431187220","04/08/2024 11:40:13","04/08/2024 11:41:55","177.92.13.54","","","","","prefiro não informar","29","Olinda","4","A recepcionista Juliana foi ótima, mas esperei 1h20."
"114420790577","431190018","04/09/2024 08:03:29","04/09/2024 08:09:51","200.155.87.3","vanessa.tavares@uol.com.br","Vanessa","Tavares","PAC-20931","Vanessa Tavares Quintela","35","Jaboatão dos Guararapes","10","Atendimento impecável do começo ao fim."`,
    // Respondent and collector ids, the patient code in Custom Data 1, ages and cities are not ours; the receptionist Juliana is named by her given name only.
    expected: [
      ['IP_ADDRESS', '189.6.44.217'],
      ['PERSON', 'Rodrigo Albuquerque'],
      ['PERSON', 'Paulo Henrique Lacerda'],
      ['IP_ADDRESS', '177.92.13.54'],
      ['IP_ADDRESS', '200.155.87.3'],
      ['EMAIL', 'vanessa.tavares@uol.com.br'],
      ['PERSON', 'Vanessa'],
      ['PERSON', 'Tavares'],
      ['PERSON', 'Vanessa Tavares Quintela'],
    ],
  },
  {
    name: 'pandas df.head() of a Qualtrics export with Japanese answers: recipient family and given name columns, IPAddress with NaN, LocationLatitude, a manager by family name and title, a trainer with さん',
    text: `>>> df = pd.read_csv("従業員満足度調査_2024.csv", skiprows=[1, 2])
>>> df[["ResponseId", "IPAddress", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "LocationLatitude", "UserLanguage", "Q1", "Q5_TEXT"]].head()
          ResponseId      IPAddress RecipientLastName RecipientFirstName                      RecipientEmail  LocationLatitude UserLanguage  Q1                    Q5_TEXT
0  R_2Vx8Kp3LmQ7wTz1  126.15.204.88                高橋                 美咲     m.takahashi@sakura-kikaku.co.jp           35.6895           JA   4                       特になし
1  R_1dG4nY9rFs2Hq6B  61.125.47.190                伊藤                  翔         sho.ito@sakura-kikaku.co.jp           34.6937           JA   2      中村部長にもっと話を聞いてほしい
2  R_3Ab7cQ1wEr5Ty8U            NaN               NaN                NaN                                 NaN               NaN           JA   5                        NaN
3  R_0Zx6vB2nM4kL9pO  180.46.211.12               Kim              Minji       minji.kim@sakura-kikaku.co.jp           35.1815           KO   3  研修が少ない。山本 大輔さんのOJTは良かった
4  R_9Hj3kL5mN7bV1cX   153.203.64.5               佐々木              健太郎  kentaro.sasaki@sakura-kikaku.co.jp           43.0618           JA   4                          -`,
    // Response ids and coordinates are not ours; 中村部長 is a family name with a job title and nobody named in full; さん is no part of 山本 大輔.
    expected: [
      ['IP_ADDRESS', '126.15.204.88'],
      ['PERSON', '高橋'],
      ['PERSON', '美咲'],
      ['EMAIL', 'm.takahashi@sakura-kikaku.co.jp'],
      ['IP_ADDRESS', '61.125.47.190'],
      ['PERSON', '伊藤'],
      ['PERSON', '翔'],
      ['EMAIL', 'sho.ito@sakura-kikaku.co.jp'],
      ['IP_ADDRESS', '180.46.211.12'],
      ['PERSON', 'Kim'],
      ['PERSON', 'Minji'],
      ['EMAIL', 'minji.kim@sakura-kikaku.co.jp'],
      ['PERSON', '山本 大輔'],
      ['IP_ADDRESS', '153.203.64.5'],
      ['PERSON', '佐々木'],
      ['PERSON', '健太郎'],
      ['EMAIL', 'kentaro.sasaki@sakura-kikaku.co.jp'],
    ],
  },
  {
    name: 'Qualtrics API response export JSON for a Turkish university survey: ipAddress, recipient fields, an empty anonymous response, a professor named in full, Ayşe Hanım alone, a library named after Atatürk',
    text: `{"result":{"responses":[
{"responseId":"R_1q2W3e4R5t6Y7u8","values":{"startDate":"2024-04-15T07:12:03Z","endDate":"2024-04-15T07:19:44Z","status":0,"ipAddress":"78.171.204.55","progress":100,"duration":461,"finished":1,"recordedDate":"2024-04-15T07:19:45.118Z","locationLatitude":"41.0082","locationLongitude":"28.9784","distributionChannel":"email","userLanguage":"TR","recipientEmail":"zeynep.arslan@ogr.marmara-teknik.edu.tr","recipientFirstName":"Zeynep","recipientLastName":"Arslan","externalDataReference":"2021-0447","QID2":4,"QID5_TEXT":"Danışmanım Prof. Dr. Hakan Özdemir çok ilgili, ama Atatürk Kütüphanesi hafta sonu kapalı."},"labels":{"status":"IP Address","finished":"True","QID2":"Memnunum"}},
{"responseId":"R_0pL9oK8iJ7uH6yG","values":{"startDate":"2024-04-15T09:40:51Z","endDate":"2024-04-15T09:41:20Z","status":0,"ipAddress":"","progress":100,"duration":29,"finished":1,"distributionChannel":"anonymous","userLanguage":"TR","QID2":2,"QID5_TEXT":"yok"},"labels":{"QID2":"Memnun değilim"}},
{"responseId":"R_5tG6yH7uJ8iK9oL","values":{"startDate":"2024-04-16T13:02:11Z","endDate":"2024-04-16T13:08:37Z","status":0,"ipAddress":"31.223.18.240","progress":100,"duration":386,"finished":1,"distributionChannel":"anonymous","userLanguage":"TR","QID2":5,"QID5_TEXT":"Öğrenci işlerinden Ayşe Hanım çok yardımcı oldu, teşekkürler."},"labels":{"QID2":"Çok memnunum"}}
],"nextPage":null},"meta":{"httpStatus":"200 - OK","requestId":"7c1e4b9a-0f3d-4e8c-a6b1-d4f7e0c9a2b3"}}`,
    // The student number in externalDataReference, coordinates, response and request ids are not ours; Ayşe Hanım is a given name with an honorific and no surname.
    expected: [
      ['IP_ADDRESS', '78.171.204.55'],
      ['EMAIL', 'zeynep.arslan@ogr.marmara-teknik.edu.tr'],
      ['PERSON', 'Zeynep'],
      ['PERSON', 'Arslan'],
      ['PERSON', 'Hakan Özdemir'],
      ['IP_ADDRESS', '31.223.18.240'],
    ],
  },
  {
    name: 'Qualtrics distribution report for a patient-experience survey: delivery counts, bounced recipients masked per policy, panel and survey ids',
    text: `Distribution summary – "Patient Experience Q2 – Outpatients" (SV_0Hx8Kp2LmQ7wTz1)
Distribution: EMD_4Qm2xLr9TzKw8Nb · Panel: PX_Q2_outpatients (ML_3Vx8Kp2LmQ7wTz1)
Sent 1,204 · Delivered 1,187 · Bounced 17 · Opened 612 · Started 344 · Finished 301 (25.4%)

Bounced recipients (masked per data-protection policy):
  j***@gmail.com        hard bounce – mailbox does not exist
  m.k*****@yahoo.co.uk  soft bounce – mailbox full
  ***@nhs.net           blocked by recipient server
Opt-outs this wave: 9 (listed in the contact list, not shown here)
Reminder scheduled: 10 Jun 2024 09:00 BST to non-responders (1,203 − 301 = 902)
From name: "Patient Experience Team" · Reply-to: survey team mailbox`,
    // Masked addresses and survey, distribution, panel and list ids carry nothing personal.
    expected: [],
  },
  // ---------------------------------------------------------------- JotForm, Tally, Formspree, Netlify, Webflow
  {
    name: 'JotForm submission e-mailed in Turkish (summer school): pupil with Doğum Tarihi, T.C. kimlik no, parent, a grandmother as emergency contact, submission id and IP',
    text: `Konu: Yeni Gönderim: Yaz Okulu Kayıt Formu 2024
Gönderen: JotForm <noreply@jotform.com>
Tarih: 3 Haziran 2024 Pazartesi 21:47

Yaz Okulu Kayıt Formu 2024 formunuza yeni bir gönderim yapıldı.

Öğrencinin Adı Soyadı: Eylül Karataş
Doğum Tarihi: 09-03-2015
Sınıfı: 3-B
T.C. Kimlik No: 38152940216
Veli Adı Soyadı: Burak Karataş
Veli Cep Telefonu: (0532) 614 27 89
Veli E-posta: burak.karatas@hotmail.com
Acil Durumda Aranacak Kişi: Nermin Aydoğan (anneannesi) – 0216 345 18 72
Sağlık Sorunu / Alerji: Yok
Servis İstiyor mu?: Evet – Kadıköy, Moda Caddesi
Ödeme: 4.500,00 TRY (Havale)
İmza: imza_5891247730218455102.png
Gönderim ID: 5891247730218455102
IP: 88.241.37.109

Gönderimi düzenle · Tüm gönderimleri görüntüle`,
    // The T.C. kimlik number is a national id; the submission id and the class are not ours; the sender is JotForm's no-reply address, still an address.
    expected: [
      ['EMAIL', 'noreply@jotform.com'],
      ['PERSON', 'Eylül Karataş'],
      ['DATE_OF_BIRTH', '09-03-2015'],
      ['PERSON', 'Burak Karataş'],
      ['PHONE', '(0532) 614 27 89'],
      ['EMAIL', 'burak.karatas@hotmail.com'],
      ['PERSON', 'Nermin Aydoğan'],
      ['PHONE', '0216 345 18 72'],
      ['IP_ADDRESS', '88.241.37.109'],
    ],
  },
  {
    name: 'Tally webhook JSON in Dutch (volunteers for a neighbourhood party): Voornaam and Achternaam fields, an E.164 phone, a Geboortedatum field, checkbox option ids, an emergency contact in free text',
    text: `{
  "eventId": "a3c1f0e2-6b7d-4d1a-9e55-2f8c7b1e0d94",
  "eventType": "FORM_RESPONSE",
  "createdAt": "2024-04-02T18:22:41.118Z",
  "data": {
    "responseId": "2Eq8Xd",
    "submissionId": "2Eq8Xd",
    "respondentId": "vG7kLp",
    "formId": "mOe1pQ",
    "formName": "Aanmelding vrijwilligers Buurtfeest Oosterpark",
    "createdAt": "2024-04-02T18:22:40.000Z",
    "fields": [
      { "key": "question_7Kx1pd", "label": "Voornaam", "type": "INPUT_TEXT", "value": "Joost" },
      { "key": "question_Lp2Rb4", "label": "Achternaam", "type": "INPUT_TEXT", "value": "van den Heuvel" },
      { "key": "question_gA9mZo", "label": "E-mailadres", "type": "INPUT_EMAIL", "value": "joost.vdheuvel@xs4all.nl" },
      { "key": "question_yB3nWq", "label": "Telefoonnummer", "type": "INPUT_PHONE_NUMBER", "value": "+31612093847" },
      { "key": "question_Xk0aPd", "label": "Geboortedatum (i.v.m. de verzekering)", "type": "INPUT_DATE", "value": "1996-11-05" },
      { "key": "question_Q1mRt8", "label": "Welke shift(s)?", "type": "CHECKBOXES", "value": ["b2f1c7e0-1a2b-4c3d-8e9f-0a1b2c3d4e5f"], "options": [{ "id": "b2f1c7e0-1a2b-4c3d-8e9f-0a1b2c3d4e5f", "text": "Opbouw 08:00–11:00" }, { "id": "c4d5e6f7-2b3c-4d5e-9f0a-1b2c3d4e5f6a", "text": "Afbouw 18:00–21:00" }] },
      { "key": "question_Zr4Lc2", "label": "Wie mogen we bellen in geval van nood?", "type": "INPUT_TEXT", "value": "Mijn vriendin Fenna Dijkstra, 06-28374615" },
      { "key": "question_Vv7Hs1", "label": "Opmerkingen", "type": "TEXTAREA", "value": null }
    ]
  }
}`,
    // Event, response, respondent and form ids and the option UUIDs are not ours; the party date is not in the form.
    expected: [
      ['PERSON', 'Joost'],
      ['PERSON', 'van den Heuvel'],
      ['EMAIL', 'joost.vdheuvel@xs4all.nl'],
      ['PHONE', '+31612093847'],
      ['DATE_OF_BIRTH', '1996-11-05'],
      ['PERSON', 'Fenna Dijkstra'],
      ['PHONE', '06-28374615'],
    ],
  },
  {
    name: 'Formspree notification e-mail in Italian (agriturismo booking request): lowercase field names, a husband named in the message, a friend by given name, a room named after Leopardi, a honeypot field',
    text: `Da: Formspree <noreply@formspree.io>
A: info@agriturismoilcasale.it
Oggetto: New submission from Richiesta di prenotazione

Someone just submitted your form on agriturismoilcasale.it/prenota. Here's what they had to say:

nome: Chiara Bonfanti
email: chiara.bonfanti87@libero.it
telefono: +39 333 817 2046
arrivo: 16/08/2024
partenza: 20/08/2024
ospiti: 2 adulti + 1 bambino (4 anni)
messaggio: Buongiorno, vorremmo la camera "Leopardi" con la culla. Viaggio con mio marito Davide Rinaldi. Un'amica, Serena, ci ha consigliato il vostro agriturismo. Possiamo pagare la caparra con bonifico?
_gotcha:

Submitted 14:02 UTC - 03 July 2024
Mark as spam · Manage form`,
    // Arrival and departure dates and the child's age are not ours; Serena is named by her given name only.
    expected: [
      ['EMAIL', 'noreply@formspree.io'],
      ['EMAIL', 'info@agriturismoilcasale.it'],
      ['PERSON', 'Chiara Bonfanti'],
      ['EMAIL', 'chiara.bonfanti87@libero.it'],
      ['PHONE', '+39 333 817 2046'],
      ['PERSON', 'Davide Rinaldi'],
    ],
  },
  {
    name: 'Netlify Forms API answer (Swiss French workshop sign-up): name repeated in name, first_name, last_name, summary and data, a Swiss mobile, the submitter IP, a son by given name',
    text: `$ curl -s -H "Authorization: Bearer $NETLIFY_TOKEN" https://api.netlify.com/api/v1/forms/65f1c0a2b3d4e5f6a7b8c9d0/submissions?per_page=1 | jq '.[0]'
{
  "number": 212,
  "title": null,
  "email": "odile.marchetti@bluewin.ch",
  "name": "Odile Marchetti",
  "first_name": "Odile",
  "last_name": "Marchetti",
  "company": null,
  "summary": "<strong>Odile Marchetti</strong> Bonjour, je souhaite inscrire mon fils Léon (9 ans) à l'atelier robotique du 14 septembre.",
  "data": {
    "name": "Odile Marchetti",
    "email": "odile.marchetti@bluewin.ch",
    "phone": "+41 79 284 17 30",
    "atelier": "robotique-14-09",
    "message": "Bonjour, je souhaite inscrire mon fils Léon (9 ans) à l'atelier robotique du 14 septembre.",
    "ip": "178.196.44.15",
    "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "referrer": "https://atelier-geneve.ch/inscription"
  },
  "created_at": "2024-08-30T16:44:10.511Z",
  "site_url": "https://atelier-geneve.ch",
  "form_name": "inscription-atelier"
}`,
    // $NETLIFY_TOKEN is a variable reference; the son Léon is named by his given name only; the form id, workshop date and browser versions are not ours.
    expected: [
      ['EMAIL', 'odile.marchetti@bluewin.ch'],
      ['PERSON', 'Odile Marchetti'],
      ['PERSON', 'Odile'],
      ['PERSON', 'Marchetti'],
      ['PERSON', 'Odile Marchetti'],
      ['PERSON', 'Odile Marchetti'],
      ['EMAIL', 'odile.marchetti@bluewin.ch'],
      ['PHONE', '+41 79 284 17 30'],
      ['IP_ADDRESS', '178.196.44.15'],
    ],
  },
  {
    name: 'Webflow form submissions CSV with test rows (Test Test at example.com, asdf at .invalid, a QA bot at .test, a 555 number) and one real London enquiry',
    text: `Which of these are real leads? Drop the tests and draft a reply to the real one.

Name,Email,Phone,Company,Message,Date
Test Test,test@example.com,555-0100,ACME,"testing the form pls ignore",2024-04-01 10:02
asdf,asdf@asdf.invalid,,,asdf,2024-04-01 10:03
QA Bot,qa+formcheck@ourcompany.test,,,"synthetic check #1182",2024-04-02 00:00
Hannah Oyelaran-Price,hannah.op@fernbridgeclinic.co.uk,020 8127 4453,Fernbridge Clinic,"Hi, could someone call me about group pricing for 12 staff? Mornings are best.",2024-04-02 14:37
Test Test,test@example.com,555-0100,ACME,"second test after fixing the reCAPTCHA",2024-04-02 15:10`,
    // Test Test, asdf and QA Bot are test submissions at reserved domains; 555-0100 is a fictional number.
    expected: [
      ['PERSON', 'Hannah Oyelaran-Price'],
      ['EMAIL', 'hannah.op@fernbridgeclinic.co.uk'],
      ['PHONE', '020 8127 4453'],
    ],
  },
  // ---------------------------------------------------------------- events and conferences
  {
    name: 'Polish conference registration export (semicolon CSV): Imię and Nazwisko columns, badge names incl. a diminutive, dietary needs, emergency contacts, NIP, a Jan Kowalski test row at example.com',
    text: `Nr zgłoszenia;Data rejestracji;Imię;Nazwisko;Imię i nazwisko na identyfikatorze;E-mail;Telefon;Firma;Stanowisko;Typ biletu;Dieta;Kontakt w nagłych wypadkach;NIP do faktury;Zgody
EV-24-0311;2024-03-11 09:14;Agnieszka;Pawłowska-Ryba;Aga Pawłowska;a.pawlowska@softline.com.pl;+48 602 318 447;Softline sp. z o.o.;Head of Data;Full Pass;wegetariańska;Michał Ryba, 603 118 920;5252801442;RODO: tak, zdjęcia: tak
EV-24-0312;2024-03-11 10:02;Krzysztof;Lewandowicz;Krzysiek;k.lewandowicz@dataforge.pl;512 447 093;DataForge S.A.;CTO;Speaker;bez glutenu;—;;RODO: tak, zdjęcia: nie
EV-24-0313;2024-03-12 16:45;Oksana;Melnyk;Oksana Melnyk;oksana.melnyk@gmail.com;+380 67 412 5590;;Studentka;Student Pass;halal;Taras Melnyk (brat) +380 50 338 2714;;RODO: tak, zdjęcia: tak
EV-24-0314;2024-03-13 08:30;Jan;Kowalski;Jan Kowalski;jan.kowalski@example.com;;Test;Test;Test;;;;`,
    // The last row is a test with the Polish placeholder Jan Kowalski at example.com; registration numbers, the NIP and timestamps are not ours.
    expected: [
      ['PERSON', 'Agnieszka'],
      ['PERSON', 'Pawłowska-Ryba'],
      ['PERSON', 'Aga Pawłowska'],
      ['EMAIL', 'a.pawlowska@softline.com.pl'],
      ['PHONE', '+48 602 318 447'],
      ['PERSON', 'Michał Ryba'],
      ['PHONE', '603 118 920'],
      ['PERSON', 'Krzysztof'],
      ['PERSON', 'Lewandowicz'],
      ['PERSON', 'Krzysiek'],
      ['EMAIL', 'k.lewandowicz@dataforge.pl'],
      ['PHONE', '512 447 093'],
      ['PERSON', 'Oksana'],
      ['PERSON', 'Melnyk'],
      ['PERSON', 'Oksana Melnyk'],
      ['EMAIL', 'oksana.melnyk@gmail.com'],
      ['PHONE', '+380 67 412 5590'],
      ['PERSON', 'Taras Melnyk'],
      ['PHONE', '+380 50 338 2714'],
    ],
  },
  {
    name: 'badge print queue of an Indian data conference as a pipe table: print names, an emergency contact with +91, a hostel landline, a badge name alone, a hotel and a firm named after people',
    text: `Badge print queue – PyData Pune 2024 (printed 23 Aug, 08:05 IST, printer BADGE-02)
badge_id | print_name            | line2                       | ticket    | tshirt | emergency_contact
PDP-0412 | Aishwarya Kulkarni    | Data Scientist, Zeta Labs   | Speaker   | M      | Vikram Kulkarni +91 98220 41187
PDP-0413 | Mohammed Irfan Shaikh | Student, COEP               | Student   | L      | 020-2553 1904 (hostel warden)
PDP-0414 | Gurpreet Kaur Sandhu  | Sr. Analyst, Bajaj Finserv  | Regular   | S      | gurpreet.sandhu.family@gmail.com
PDP-0415 | Rohan                 | Volunteer                   | Volunteer | XL     | —
Reprints: PDP-0398 (typo in line2). Venue: JW Marriott Pune, Senapati Bapat Road.`,
    // Bajaj Finserv, JW Marriott and Senapati Bapat Road are named after people but are a company, a hotel and a street; badge ids and sizes are not ours.
    expected: [
      ['PERSON', 'Aishwarya Kulkarni'],
      ['PERSON', 'Vikram Kulkarni'],
      ['PHONE', '+91 98220 41187'],
      ['PERSON', 'Mohammed Irfan Shaikh'],
      ['PHONE', '020-2553 1904'],
      ['PERSON', 'Gurpreet Kaur Sandhu'],
      ['EMAIL', 'gurpreet.sandhu.family@gmail.com'],
      ['PERSON', 'Rohan'],
    ],
  },
  {
    name: 'Japanese seminar application e-mail (formrun style): 氏名 and フリガナ fields, a companion, a sales rep by family name with さん, full-width colons, the organiser mailbox',
    text: `【新規申込】DX推進セミナー（6/20 大阪会場）
申込日時：2024/05/28 13:42
─────────────────
会社名：株式会社ミナト精工
部署・役職：経営企画部 課長
氏名：松本 玲奈
フリガナ：マツモト レイナ
メールアドレス：r.matsumoto@minato-seiko.co.jp
電話番号：06-6271-4830
参加人数：2名
同行者氏名：岡田 拓海（同部署）
参加のきっかけ：弊社営業担当の田中さんからのご案内
備考：車椅子での来場となります。エレベーターの位置を教えてください。
─────────────────
※本メールは自動送信です。お問い合わせ：seminar@dx-forum.jp`,
    // 田中さん is a family name with an honorific and nobody named in full; the seminar date and application time are not ours.
    expected: [
      ['PERSON', '松本 玲奈'],
      ['PERSON', 'マツモト レイナ'],
      ['EMAIL', 'r.matsumoto@minato-seiko.co.jp'],
      ['PHONE', '06-6271-4830'],
      ['PERSON', '岡田 拓海'],
      ['EMAIL', 'seminar@dx-forum.jp'],
    ],
  },
  {
    name: 'Korean volunteer sign-up from Google Forms (tab-separated): 성함 and 연락처 columns, Korean timestamps, a 홍길동 test row with 010-0000-0000, a hall named after King Sejong',
    text: `타임스탬프\t이메일 주소\t성함\t연락처\t소속 (학교/직장)\t참여 가능한 날짜\t봉사 경험\t개인정보 수집 및 이용에 동의하십니까?
2024. 5. 3 오후 8:14:22\tjiwoo.han@naver.com\t한지우\t010-4821-7730\t서울대학교\t5/18(토), 5/19(일)\t있음\t동의합니다
2024. 5. 3 오후 9:02:51\tseoyun.park95@gmail.com\t박서윤\t010 2294 6618\t(주)한빛소프트\t5/19(일)\t없음\t동의합니다
2024. 5. 4 오전 10:47:05\tkimdy@daum.net\t김다윤\t+82 10-7719-3025\t-\t5/18(토)\t있음 (세종문화회관 안내 봉사)\t동의합니다
2024. 5. 4 오전 11:30:40\ttest@example.com\t홍길동\t010-0000-0000\t테스트\t5/18(토)\t없음\t동의합니다`,
    // 홍길동 with test@example.com and 010-0000-0000 is the Korean placeholder test row; 세종문화회관 is a hall.
    expected: [
      ['EMAIL', 'jiwoo.han@naver.com'],
      ['PERSON', '한지우'],
      ['PHONE', '010-4821-7730'],
      ['EMAIL', 'seoyun.park95@gmail.com'],
      ['PERSON', '박서윤'],
      ['PHONE', '010 2294 6618'],
      ['EMAIL', 'kimdy@daum.net'],
      ['PERSON', '김다윤'],
      ['PHONE', '+82 10-7719-3025'],
    ],
  },
  {
    name: 'Arabic course registration from Google Forms (CSV): full name, Saudi and Egyptian mobiles, a birth-date column, a friend by given name, an anonymised row of dashes',
    text: `الطابع الزمني,الاسم الكامل,البريد الإلكتروني,رقم الجوال,تاريخ الميلاد,المستوى,كيف عرفت عن الدورة؟
2024/09/01 10:14:22 م,ريم خالد الزهراني,reem.alzahrani@gmail.com,+966 54 318 2207,1999/04/12,مبتدئ,من صديقتي سارة
2024/09/01 11:02:47 م,يوسف أحمد المصري,youssef.elmasry@yahoo.com,010 2384 6619,2001/11/30,متوسط,إعلان في انستغرام
2024/09/02 08:40:03 ص,—,—,—,—,متقدم,—`,
    // سارة is a friend named by her given name only; timestamps are not ours.
    expected: [
      ['PERSON', 'ريم خالد الزهراني'],
      ['EMAIL', 'reem.alzahrani@gmail.com'],
      ['PHONE', '+966 54 318 2207'],
      ['DATE_OF_BIRTH', '1999/04/12'],
      ['PERSON', 'يوسف أحمد المصري'],
      ['EMAIL', 'youssef.elmasry@yahoo.com'],
      ['PHONE', '010 2384 6619'],
      ['DATE_OF_BIRTH', '2001/11/30'],
    ],
  },
  // ---------------------------------------------------------------- schools, childcare, clubs
  {
    name: 'German Kita enrolment copied from the online form: Vorname/Nachname of the child, Geburtsdatum, two guardians with Dr., a grandmother as Notfallkontakt, a SEPA mandate; a practice named after its doctor',
    text: `Anmeldung für einen Betreuungsplatz – Kita Sonnenblume (Träger: Ev. Kirchengemeinde St. Johannis)
Eingang: 22.01.2024 · Online-Formular · Vorgangsnummer KT-2024-0187

Angaben zum Kind
Vorname: Mila Sophie
Nachname: Brandstätter
Geburtsdatum: 27.09.2022
Gewünschter Betreuungsbeginn: 01.08.2024
Betreuungsumfang: 35 Std./Woche

Erziehungsberechtigte/r 1
Name: Dr. Johanna Brandstätter
Telefon (mobil): 0176 38291047
E-Mail: johanna.brandstaetter@gmx.de

Erziehungsberechtigte/r 2
Name: Tobias Reinhold
Telefon (dienstlich): 0911 398-2214
E-Mail: —

Notfallkontakt (abholberechtigt): Gertrud Brandstätter (Oma), Tel. 09122 7714
Kinderarzt: Praxis Dr. med. Okonkwo, Nürnberg

SEPA-Lastschriftmandat für das Essensgeld
Kontoinhaber/in: Johanna Brandstätter
IBAN: DE76 1005 0000 0190 4471 28
BIC: BELADEBEXXX

Masern-Impfnachweis: liegt vor · Datenschutzerklärung gelesen: ja`,
    // The start date, the case number and the BIC are not ours; the paediatric practice is named by the doctor's family name alone.
    expected: [
      ['PERSON', 'Mila Sophie'],
      ['PERSON', 'Brandstätter'],
      ['DATE_OF_BIRTH', '27.09.2022'],
      ['PERSON', 'Johanna Brandstätter'],
      ['PHONE', '0176 38291047'],
      ['EMAIL', 'johanna.brandstaetter@gmx.de'],
      ['PERSON', 'Tobias Reinhold'],
      ['PHONE', '0911 398-2214'],
      ['PERSON', 'Gertrud Brandstätter'],
      ['PHONE', '09122 7714'],
      ['PERSON', 'Johanna Brandstätter'],
      ['IBAN', 'DE76 1005 0000 0190 4471 28'],
    ],
  },
  {
    name: 'Swedish förskola application from a municipal e-service: personnummer for child and guardian, Namn fields, a sibling, given names again in Övrigt; a preschool named after Linnaeus',
    text: `Ansökan om förskoleplacering – Uppsala kommun
Ärendenummer: BUN-2024-01873   Inkommen: 2024-02-05 21:14

Barnets uppgifter
Namn: Elsa Lindqvist Haddad
Personnummer: 20220614-4427
Folkbokföringsadress: Svartbäcksgatan 41, 753 33 Uppsala
Önskat placeringsdatum: 2024-08-12
Önskemål 1: Förskolan Linnéa   Önskemål 2: Förskolan Skogsgläntan

Vårdnadshavare 1
Namn: Karin Lindqvist
Personnummer: 19890302-3841
Mobil: 070-284 61 93
E-post: karin.lindqvist@telia.com

Vårdnadshavare 2
Namn: Omar Haddad
Mobil: +46 73 518 20 47
E-post: omar.haddad@outlook.com

Syskon i förskola: Leo Lindqvist Haddad (Förskolan Skogsgläntan, avd. Ekorren)
Övrigt: Elsa har glutenintolerans. Vi önskar samma förskola som Leo.`,
    // Personnummer are national ids; the placement and filing dates are not ours; Förskolan Linnéa is a preschool.
    expected: [
      ['PERSON', 'Elsa Lindqvist Haddad'],
      ['PERSON', 'Karin Lindqvist'],
      ['PHONE', '070-284 61 93'],
      ['EMAIL', 'karin.lindqvist@telia.com'],
      ['PERSON', 'Omar Haddad'],
      ['PHONE', '+46 73 518 20 47'],
      ['EMAIL', 'omar.haddad@outlook.com'],
      ['PERSON', 'Leo Lindqvist Haddad'],
      ['PERSON', 'Elsa'],
      ['PERSON', 'Leo'],
    ],
  },
  {
    name: 'French crèche request copied from a town portal: Nom and Prénom on one line in capitals, Né(e) le, two guardians with Civilité, a CAF number; a crèche and a hospital named after people',
    text: `Mairie de Villeurbanne – Demande de place en établissement d'accueil du jeune enfant (EAJE)
Dossier n° PE-2024-00931 déposé le 12/03/2024 via le Portail Famille

ENFANT
Nom : N'DIAYE   Prénom(s) : Awa Clémence
Né(e) le : 04/01/2024

RESPONSABLE LÉGAL 1
Civilité : Mme   Nom : N'DIAYE   Prénom : Fatou
Tél. portable : 06 71 28 44 19
Courriel : fatou.ndiaye@free.fr
Profession : infirmière (HCL – Hôpital Édouard Herriot)

RESPONSABLE LÉGAL 2
Civilité : M.   Nom : GUÉRIN   Prénom : Julien
Tél. portable : +33 6 12 90 47 38
Courriel : j.guerin.pro@orange.fr

N° allocataire CAF : 2847719   Quotient familial : 812 €
Établissements souhaités : 1) Crèche Louise Michel  2) Crèche Les Gratte-Ciel
Observations : Nous serions disponibles pour un rendez-vous à partir du 25/03.`,
    // The CAF number, the filing date and the appointment date are not ours; Louise Michel and Édouard Herriot name a crèche and a hospital.
    expected: [
      ['PERSON', "N'DIAYE"],
      ['PERSON', 'Awa Clémence'],
      ['DATE_OF_BIRTH', '04/01/2024'],
      ['PERSON', "N'DIAYE"],
      ['PERSON', 'Fatou'],
      ['PHONE', '06 71 28 44 19'],
      ['EMAIL', 'fatou.ndiaye@free.fr'],
      ['PERSON', 'GUÉRIN'],
      ['PERSON', 'Julien'],
      ['PHONE', '+33 6 12 90 47 38'],
      ['EMAIL', 'j.guerin.pro@orange.fr'],
    ],
  },
  {
    name: 'Italian youth volleyball roster as a markdown table with a question: Nato/a il, parents, a medical-certificate expiry column, a birth year alone, the club IBAN, the coach; a gym and a street named after people',
    text: `Mi fai un riepilogo delle iscrizioni Under 13 e mi segnali chi ha il certificato medico scaduto o mancante?

| Atleta | Nato/a il | Genitore | Cellulare genitore | Email | Certificato medico (scad.) | Quota versata |
|---|---|---|---|---|---|---|
| Greta Colombo | 12/05/2011 | Paola Ferri | 347 281 9034 | paola.ferri@alice.it | 30/09/2024 | 180 € |
| Karim El Amrani | 03/01/2012 | Nadia El Amrani | 320 558 1172 | nadia.elamrani@gmail.com | 14/03/2024 ⚠️ | 90 € (1ª rata) |
| Sofia De Luca | 21/11/2011 | Marco De Luca | 0331 548 227 | — | 02/02/2025 | 180 € |
| Matilde Rota | 2012 | — | — | — | mancante | 0 € |

Allenamenti al PalaMaggetti (via Gabriele D'Annunzio 12), martedì e giovedì 17:30–19:00. Allenatrice: Elena Sartori.
Saldo quota entro il 31/03 su IBAN IT25 X030 6909 6061 0000 0044 712 (ASD Pallavolo Olona).`,
    // Certificate expiry dates and the payment deadline are not birth dates; "2012" is a birth year alone; the gym and via Gabriele D'Annunzio are places.
    expected: [
      ['PERSON', 'Greta Colombo'],
      ['DATE_OF_BIRTH', '12/05/2011'],
      ['PERSON', 'Paola Ferri'],
      ['PHONE', '347 281 9034'],
      ['EMAIL', 'paola.ferri@alice.it'],
      ['PERSON', 'Karim El Amrani'],
      ['DATE_OF_BIRTH', '03/01/2012'],
      ['PERSON', 'Nadia El Amrani'],
      ['PHONE', '320 558 1172'],
      ['EMAIL', 'nadia.elamrani@gmail.com'],
      ['PERSON', 'Sofia De Luca'],
      ['DATE_OF_BIRTH', '21/11/2011'],
      ['PERSON', 'Marco De Luca'],
      ['PHONE', '0331 548 227'],
      ['PERSON', 'Matilde Rota'],
      ['PERSON', 'Elena Sartori'],
      ['IBAN', 'IT25 X030 6909 6061 0000 0044 712'],
    ],
  },
  {
    name: 'Québec day-camp registrations as SQL INSERTs from a Jotform CSV: enfant_prenom and enfant_nom, date_naissance, parent, 514/438 phones, a Test row with NULL dates',
    text: `-- Import des inscriptions au camp de jour (formulaire Jotform exporté en CSV le 2024-05-02)
INSERT INTO inscriptions (no_dossier, enfant_prenom, enfant_nom, date_naissance, parent_nom, courriel, telephone, allergies, photo_ok) VALUES
  ('CJ-2024-0017', 'Émile', 'Tremblay-Gagnon', '2016-08-14', 'Geneviève Tremblay', 'gen.tremblay@videotron.ca', '(438) 291-4476', 'arachides', TRUE),
  ('CJ-2024-0018', 'Noah', 'Bélanger', '2017-02-27', 'Marc-André Bélanger', 'ma.belanger@hotmail.com', '514 382-0915', NULL, FALSE),
  ('CJ-2024-0019', 'Test', 'Test', NULL, 'Test', 'test@example.com', '000-000-0000', NULL, FALSE);
-- la ligne CJ-2024-0019 est un test de Jotform, à supprimer
DELETE FROM inscriptions WHERE courriel LIKE '%@example.com';`,
    // The Test row is a placeholder at example.com with a zero phone; file numbers and the export date are not ours.
    expected: [
      ['PERSON', 'Émile'],
      ['PERSON', 'Tremblay-Gagnon'],
      ['DATE_OF_BIRTH', '2016-08-14'],
      ['PERSON', 'Geneviève Tremblay'],
      ['EMAIL', 'gen.tremblay@videotron.ca'],
      ['PHONE', '(438) 291-4476'],
      ['PERSON', 'Noah'],
      ['PERSON', 'Bélanger'],
      ['DATE_OF_BIRTH', '2017-02-27'],
      ['PERSON', 'Marc-André Bélanger'],
      ['EMAIL', 'ma.belanger@hotmail.com'],
      ['PHONE', '514 382-0915'],
    ],
  },
  {
    name: 'Portuguese summer-camp registrations as JSON in a prompt: crianca and encarregado fields, data_nascimento, NIF, a refund IBAN, a grandmother with the title D., a placeholder João da Silva entry',
    text: `Resume estas inscrições da colónia de férias e diz-me quem ainda não pagou:
[
  { "crianca": "Tomás Cardoso Ribeiro", "data_nascimento": "2015-03-11", "encarregado": "Sílvia Cardoso", "telemovel": "+351 936 102 884", "email": "silvia.cardoso@sapo.pt", "nif": "245118903", "turno": "1.º turno (1–12 jul)", "pago": true, "iban_reembolso": null },
  { "crianca": "Beatriz Antunes", "data_nascimento": "2014-11-30", "encarregado": "Nuno Antunes", "telemovel": "917 440 213", "email": "nuno.antunes@gmail.com", "turno": "2.º turno (15–26 jul)", "pago": false, "iban_reembolso": "PT24 0035 0218 0004 4712 0931 7", "notas": "Quem vai buscar é a avó, D. Graça Antunes (962 305 118)." },
  { "crianca": "João da Silva", "data_nascimento": null, "encarregado": "exemplo", "telemovel": "", "email": "exemplo@example.com", "turno": "—", "pago": false, "notas": "registo de exemplo do formulário" }
]`,
    // João da Silva with exemplo@example.com is the form's example entry; the NIF is a tax number; camp periods are not ours; D. is a title.
    expected: [
      ['PERSON', 'Tomás Cardoso Ribeiro'],
      ['DATE_OF_BIRTH', '2015-03-11'],
      ['PERSON', 'Sílvia Cardoso'],
      ['PHONE', '+351 936 102 884'],
      ['EMAIL', 'silvia.cardoso@sapo.pt'],
      ['PERSON', 'Beatriz Antunes'],
      ['DATE_OF_BIRTH', '2014-11-30'],
      ['PERSON', 'Nuno Antunes'],
      ['PHONE', '917 440 213'],
      ['EMAIL', 'nuno.antunes@gmail.com'],
      ['IBAN', 'PT24 0035 0218 0004 4712 0931 7'],
      ['PERSON', 'Graça Antunes'],
      ['PHONE', '962 305 118'],
    ],
  },
  {
    name: 'US Little League volunteer application as text: full legal name with a middle initial, DOB, SSN for the background check, a driver’s licence number, references after Coach and Pastor, an /s/ signature',
    text: `Little League® – Volunteer Application 2024 (Towson Youth Baseball) – JotForm PDF, text layer
Full legal name: Darnell A. Whitaker
Other names used: —
Date of birth: 11/02/1981
SSN (for background check via JDP): 512-44-7120
Driver's license #: W-320-418-811-402 (MD)
Address: 2214 Loch Raven Blvd, Baltimore, MD 21218
Cell: (410) 882-0193   Email: dwhitaker81@verizon.net
Position applied for: Assistant Coach (Minors)
References: 1) Coach Teresa Alvarado – (443) 619-2278   2) Pastor James Okonjo – jokonjo@newhopebaltimore.org
Have you ever been convicted of a crime? No
Signature: /s/ Darnell A. Whitaker   Date: 02/19/2024`,
    // The licence number and the signature date are not ours; Coach and Pastor are titles.
    expected: [
      ['PERSON', 'Darnell A. Whitaker'],
      ['DATE_OF_BIRTH', '11/02/1981'],
      ['US_SSN', '512-44-7120'],
      ['PHONE', '(410) 882-0193'],
      ['EMAIL', 'dwhitaker81@verizon.net'],
      ['PERSON', 'Teresa Alvarado'],
      ['PHONE', '(443) 619-2278'],
      ['PERSON', 'James Okonjo'],
      ['EMAIL', 'jokonjo@newhopebaltimore.org'],
      ['PERSON', 'Darnell A. Whitaker'],
    ],
  },
  {
    name: 'Australian school raffle order from a Google Sheet row: parent and child with class, an 04xx mobile, a card typed into Notes, a husband by given name, and an analyst note with a mistyped card',
    text: `Form: P&C Spring Fair Raffle – ticket orders (Google Forms → Sheet), row 38
Timestamp: 14/09/2024 21:33:07
Parent/carer name: Mereana Tuhiwai
Child's name and class: Kauri Tuhiwai, 3W
Mobile: 0412 508 377
Email: mereana.t@bigpond.com
Number of tickets: 10 ($20)
Payment method: Card (please call me)
Notes: Sorry can't get the online payment to work, here's my card 4929 1204 4712 0938 exp 08/27, or call me. My husband's card (Rawiri) also works if needed.

[treasurer] Row 41 also typed a card in Notes: 4929 1204 4712 0393 – doesn't validate, probably a typo. Delete both from the sheet once charged!`,
    // The row-41 number fails Luhn; Rawiri is named by his given name only; the expiry and ticket counts are not ours.
    expected: [
      ['PERSON', 'Mereana Tuhiwai'],
      ['PERSON', 'Kauri Tuhiwai'],
      ['PHONE', '0412 508 377'],
      ['EMAIL', 'mereana.t@bigpond.com'],
      ['CREDIT_CARD', '4929 1204 4712 0938'],
    ],
  },
  {
    name: 'Spanish Instagram giveaway entries copied from a sheet: @handles, Nombre y apellidos, a Chinese-Spanish name, a discarded giveaway account, the winner by given name; a pastry shop named after a grandmother',
    text: `SORTEO ANIVERSARIO 5 AÑOS – Pastelería La Abuela Rosa – participantes válidos (copiado de la hoja)
#\tUsuario IG\tNombre y apellidos\tTeléfono\tCorreo\tMenciona a\t¿Sigue la cuenta?
1\t@lau.gmz_\tLaura Gómez Prieto\t611 482 907\tlaura.gomezprieto@gmail.com\t@marta_rv, @sergio.alc\tSí
2\t@elchinoeventos\tChen Wei Lin\t+34 622 019 384\tchenwei.lin@outlook.es\t@cocinaconmaria\tSí
3\t@pilipili88\tPilar Iriarte\t—\tpili.iriarte@yahoo.es\t@andeririarte\tNo ❌
4\t@sorteos_facil_2024\t(cuenta de sorteos, descartada)\t—\t—\t—\t—
Ganadora (random.org, semilla 48213): n.º 1 → Laura. Avisar por DM y por teléfono antes del viernes.`,
    // Instagram handles are usernames; La Abuela Rosa is a shop; the random.org seed is not ours.
    expected: [
      ['PERSON', 'Laura Gómez Prieto'],
      ['PHONE', '611 482 907'],
      ['EMAIL', 'laura.gomezprieto@gmail.com'],
      ['PERSON', 'Chen Wei Lin'],
      ['PHONE', '+34 622 019 384'],
      ['EMAIL', 'chenwei.lin@outlook.es'],
      ['PERSON', 'Pilar Iriarte'],
      ['EMAIL', 'pili.iriarte@yahoo.es'],
      ['PERSON', 'Laura'],
    ],
  },
  {
    name: 'Swedish book-club sign-up (semicolon CSV): respondents with Swedish phones, favourite authors and book titles as answers',
    text: `Anmälan till bokcirkeln hösten 2024 – svar (Google Formulär)
Tidstämpel;Namn;E-post;Telefon;Favoritförfattare;Vilken bok vill du läsa först?
2024-08-12 18:40:11;Britt-Marie Sjöberg;bm.sjoberg@bredband.net;070-318 42 77;Selma Lagerlöf;Gösta Berlings saga
2024-08-12 19:05:47;Yusuf Demir;yusuf.demir91@hotmail.se;;Kerstin Ekman;Händelser vid vatten
2024-08-13 07:22:30;Ingrid Ahlgren;ingrid.ahlgren@gmail.com;08-642 19 05;Astrid Lindgren (så klart!);Bröderna Lejonhjärta`,
    // Selma Lagerlöf, Kerstin Ekman and Astrid Lindgren are public figures given as favourite authors; book titles are not people.
    expected: [
      ['PERSON', 'Britt-Marie Sjöberg'],
      ['EMAIL', 'bm.sjoberg@bredband.net'],
      ['PHONE', '070-318 42 77'],
      ['PERSON', 'Yusuf Demir'],
      ['EMAIL', 'yusuf.demir91@hotmail.se'],
      ['PERSON', 'Ingrid Ahlgren'],
      ['EMAIL', 'ingrid.ahlgren@gmail.com'],
      ['PHONE', '08-642 19 05'],
    ],
  },
  // ---------------------------------------------------------------- health and consent
  {
    name: 'Brazilian dental clinic intake form (ficha de cadastro): Nome completo, Data de nascimento with age, CPF and RG, mobile and landline, a husband as emergency contact, Dra. Beatriz alone; a street and a disease named after people',
    text: `CLÍNICA SORRISO PLENO – FICHA DE CADASTRO DO PACIENTE
Data do atendimento: 08/04/2024
Nome completo: Luana Ferreira dos Santos
Nome social: —
Data de nascimento: 17/02/1993   Idade: 31
CPF: 412.873.096-21   RG: 38.227.104-5 SSP/SP
Sexo: F   Estado civil: casada
Endereço: Rua Machado de Assis, 418, apto 32 – Vila Mariana, São Paulo/SP – CEP 04106-000
Celular/WhatsApp: (11) 98734-2210   Telefone fixo: (11) 3571-4408
E-mail: luana.fsantos@gmail.com
Convênio: OdontoPrev – carteirinha 0884412039771
Contato de emergência: Rafael Mendes dos Santos (marido) – (11) 99182-6403
Como soube da clínica? Indicação da Dra. Beatriz (amiga)
Alergias: dipirona. Doenças: tireoidite de Hashimoto.
Declaro que as informações acima são verdadeiras.`,
    // CPF and RG are national ids; the insurance card number, visit date, age and CEP are not ours; Dra. Beatriz is a given name with a title.
    expected: [
      ['PERSON', 'Luana Ferreira dos Santos'],
      ['DATE_OF_BIRTH', '17/02/1993'],
      ['PHONE', '(11) 98734-2210'],
      ['PHONE', '(11) 3571-4408'],
      ['EMAIL', 'luana.fsantos@gmail.com'],
      ['PERSON', 'Rafael Mendes dos Santos'],
      ['PHONE', '(11) 99182-6403'],
    ],
  },
  {
    name: 'Indonesian research consent form (Formulir Persetujuan): the researcher with dr. and a degree, Tempat/Tgl. lahir, NIK, a parent, the signature block with names in parentheses; a street named after a doctor',
    gap: 'Flags the research title "Pola Konsumsi Gula" as a person.',
    text: `FORMULIR PERSETUJUAN KEIKUTSERTAAN DALAM PENELITIAN
Judul penelitian : Pola Konsumsi Gula pada Remaja di Kota Bandung
Peneliti utama   : dr. Ratna Wulandari, M.Kes. (HP 0812-2093-4417)

Yang bertanda tangan di bawah ini:
Nama               : Anisa Rahmawati
Tempat/Tgl. lahir  : Bandung, 14 Juli 2008
NIK                : 3273015407080003
Alamat             : Jl. Dr. Setiabudi No. 112, Bandung
No. HP             : 0857-2214-6690
Orang tua/wali     : Hendra Gunawan (ayah)

menyatakan bersedia menjadi responden dalam penelitian ini setelah mendapat penjelasan dari peneliti.

Bandung, 3 Mei 2024
Responden,               Orang tua/wali,            Saksi,
(Anisa Rahmawati)        (Hendra Gunawan)           (Yuliani Safitri)`,
    // The NIK is a national id; the signing date is not ours; Jl. Dr. Setiabudi is a street.
    expected: [
      ['PERSON', 'Ratna Wulandari'],
      ['PHONE', '0812-2093-4417'],
      ['PERSON', 'Anisa Rahmawati'],
      ['DATE_OF_BIRTH', '14 Juli 2008'],
      ['PHONE', '0857-2214-6690'],
      ['PERSON', 'Hendra Gunawan'],
      ['PERSON', 'Anisa Rahmawati'],
      ['PERSON', 'Hendra Gunawan'],
      ['PERSON', 'Yuliani Safitri'],
    ],
  },
  // ---------------------------------------------------------------- public administration
  {
    name: 'Spanish padrón registration copied from the sede electrónica: Nombre, Primer apellido and Segundo apellido as separate fields, DNI/NIE, Fecha de nacimiento, a minor, an authorised person; a street named after Miguel Servet',
    text: `AYUNTAMIENTO DE ZARAGOZA – Hoja de inscripción padronal (solicitud telemática)
Nº de registro: 2024/118273 · Fecha de presentación: 07/05/2024
Tipo de movimiento: Cambio de domicilio dentro del municipio
Domicilio: C/ Miguel Servet, 87, 3º B – 50013 Zaragoza

Persona 1 (solicitante)
Nombre: Alejandra   Primer apellido: Cortés   Segundo apellido: Villanueva
DNI/NIE: 72981034K   Fecha de nacimiento: 23/10/1987   Sexo: M
Lugar de nacimiento: Huesca   Nacionalidad: española
Nivel de estudios: 46 – Licenciatura
Teléfono: 676 204 819   Correo electrónico: acortes.v@telefonica.net

Persona 2
Nombre: Yeray   Primer apellido: Suárez   Segundo apellido: Cortés
DNI/NIE: — (menor de 14 años)   Fecha de nacimiento: 02/06/2016

Persona autorizada para recoger el volante: Ricardo Suárez Medina (NIE X4419203L)`,
    // DNI and NIE are national ids; the registration number and filing date are not ours.
    expected: [
      ['PERSON', 'Alejandra'],
      ['PERSON', 'Cortés'],
      ['PERSON', 'Villanueva'],
      ['DATE_OF_BIRTH', '23/10/1987'],
      ['PHONE', '676 204 819'],
      ['EMAIL', 'acortes.v@telefonica.net'],
      ['PERSON', 'Yeray'],
      ['PERSON', 'Suárez'],
      ['PERSON', 'Cortés'],
      ['DATE_OF_BIRTH', '02/06/2016'],
      ['PERSON', 'Ricardo Suárez Medina'],
    ],
  },
  {
    name: 'Polish Karta Dużej Rodziny application: applicant with PESEL and Data urodzenia, a family table of spouse and children, the signature in initial form; a street named after Skłodowska-Curie',
    text: `WNIOSEK O PRZYZNANIE KARTY DUŻEJ RODZINY (złożony przez Emp@tię, nr KDR/2024/004417)
CZĘŚĆ I. DANE WNIOSKODAWCY
Imię i nazwisko: Bartosz Wiśniewski-Gajda
PESEL: 85071403415
Data urodzenia: 14.07.1985
Adres: ul. Marii Skłodowskiej-Curie 18/4, 87-100 Toruń
Telefon: 601 928 374
Adres e-mail: b.wisniewski.gajda@interia.pl

CZĘŚĆ II. CZŁONKOWIE RODZINY WIELODZIETNEJ
| Lp. | Imię i nazwisko         | Stopień pokrewieństwa | PESEL       | Data urodzenia |
| 1   | Joanna Wiśniewska-Gajda | małżonka              | 87030912846 | 09.03.1987     |
| 2   | Zofia Gajda             | córka                 | 12210704521 | 07.01.2012     |
| 3   | Ignacy Gajda            | syn                   | 15261109874 | 11.06.2015     |
| 4   | Helena Gajda            | córka                 | 19322807563 | 28.12.2019     |

Oświadczam, że dane podane we wniosku są zgodne z prawdą.
Toruń, 15.05.2024   B. Wiśniewski-Gajda`,
    // PESEL numbers are national ids; the application number and the signing date are not ours.
    expected: [
      ['PERSON', 'Bartosz Wiśniewski-Gajda'],
      ['DATE_OF_BIRTH', '14.07.1985'],
      ['PHONE', '601 928 374'],
      ['EMAIL', 'b.wisniewski.gajda@interia.pl'],
      ['PERSON', 'Joanna Wiśniewska-Gajda'],
      ['DATE_OF_BIRTH', '09.03.1987'],
      ['PERSON', 'Zofia Gajda'],
      ['DATE_OF_BIRTH', '07.01.2012'],
      ['PERSON', 'Ignacy Gajda'],
      ['DATE_OF_BIRTH', '11.06.2015'],
      ['PERSON', 'Helena Gajda'],
      ['DATE_OF_BIRTH', '28.12.2019'],
      ['PERSON', 'B. Wiśniewski-Gajda'],
    ],
  },
  // ---------------------------------------------------------------- analysis in notebooks and SQL
  {
    name: 'psql query over a responses table with JSONB answers: full_name, email, dob and phone columns, private and loopback IPs, an IPv6, an "anonym" row',
    text: `survey=> SELECT r.id, r.submitted_at, r.answers->>'full_name' AS full_name, r.answers->>'email' AS email,
survey->        r.answers->>'dob' AS dob, r.answers->>'phone' AS phone, r.ip
survey->   FROM responses r WHERE r.form_id = 'f_8c21ab' AND r.submitted_at >= '2024-05-01' ORDER BY r.submitted_at LIMIT 5;
  id   |        submitted_at        |     full_name      |          email           |    dob     |     phone      |                   ip
-------+----------------------------+--------------------+--------------------------+------------+----------------+----------------------------------------
 90412 | 2024-05-01 08:14:55.21+02  | Ingrid Solberg     | ingrid.solberg@online.no | 1984-07-19 | +47 412 88 305 | 84.210.17.66
 90413 | 2024-05-01 09:02:10.873+02 | Mehmet Aslan       | maslan@gmx.at            | 1979-12-02 | +43 664 2914770 | 10.8.0.23
 90415 | 2024-05-01 11:47:33.04+02  | anonym             |                          |            |                | 127.0.0.1
 90418 | 2024-05-02 16:20:08.5+02   | Tiago Mendes Rocha | tiago.mrocha@sapo.pt     | 1990-03-28 | 912 483 075    | 2001:818:e3a4:1200:b1c9:55e2:7a10:3f4d
(4 rows)`,
    // The form id, the filter date and submission times are not ours; 127.0.0.1 is loopback; 10.8.0.23 is a private host address and counts.
    expected: [
      ['PERSON', 'Ingrid Solberg'],
      ['EMAIL', 'ingrid.solberg@online.no'],
      ['DATE_OF_BIRTH', '1984-07-19'],
      ['PHONE', '+47 412 88 305'],
      ['IP_ADDRESS', '84.210.17.66'],
      ['PERSON', 'Mehmet Aslan'],
      ['EMAIL', 'maslan@gmx.at'],
      ['DATE_OF_BIRTH', '1979-12-02'],
      ['PHONE', '+43 664 2914770'],
      ['IP_ADDRESS', '10.8.0.23'],
      ['PERSON', 'Tiago Mendes Rocha'],
      ['EMAIL', 'tiago.mrocha@sapo.pt'],
      ['DATE_OF_BIRTH', '1990-03-28'],
      ['PHONE', '912 483 075'],
      ['IP_ADDRESS', '2001:818:e3a4:1200:b1c9:55e2:7a10:3f4d'],
    ],
  },
  {
    name: 'pandas cleaning script for a Brazilian running-race sign-up: a raw sample row in a comment with an untidy name, a leap-day birth date and a phone, placeholders in a set, before/after comments',
    gap: "Misses the sample row's raw name '  MARIA eduarda  de souza costa' (twice).",
    text: `# limpar_inscricoes.py — corrida "Volta da Pampulha Solidária 2024"
# Export do Google Forms; exemplo de linha crua (copiada da planilha em 02/07):
# ['02/07/2024 22:41:09', '  MARIA eduarda  de souza costa', '29/2/1996', '(31)9 8812-4037', 'madu.costa@bol.com.br', 'Feminino', '10 km', 'P', '123.456.789-09']
import pandas as pd

PLACEHOLDERS = {"João da Silva", "Fulano de Tal", "teste"}

df = pd.read_csv("inscricoes_pampulha.csv", dtype=str)
df.columns = ["ts", "nome", "nascimento", "celular", "email", "sexo", "distancia", "camiseta", "cpf"]
df = df[~df["nome"].str.strip().isin(PLACEHOLDERS)]
df["nome"] = df["nome"].str.split().str.join(" ").str.title()  # '  MARIA eduarda  de souza costa' -> 'Maria Eduarda De Souza Costa'
df["nascimento"] = pd.to_datetime(df["nascimento"], dayfirst=True, errors="coerce")
df["celular"] = df["celular"].str.replace(r"\\D", "", regex=True)  # '(31)9 8812-4037' -> '31988124037'
df = df.drop(columns=["cpf"])  # não precisamos do CPF para a análise`,
    // The sample row is a real respondent's; João da Silva and Fulano de Tal are placeholders; the CPF is a national id; the race date is not ours.
    expected: [
      ['PERSON', 'MARIA eduarda  de souza costa'],
      ['DATE_OF_BIRTH', '29/2/1996'],
      ['PHONE', '(31)9 8812-4037'],
      ['EMAIL', 'madu.costa@bol.com.br'],
      ['PERSON', 'MARIA eduarda  de souza costa'],
      ['PERSON', 'Maria Eduarda De Souza Costa'],
      ['PHONE', '(31)9 8812-4037'],
      ['PHONE', '31988124037'],
    ],
  },
  {
    name: 'pandas df.head() of a German customer survey with only hard negatives: timestamps, Alter, Geburtsjahr, PLZ, Likert and NPS, optional Name and E-Mail columns holding NaN, anonym, a Max Mustermann test row',
    text: `>>> df = pd.read_csv("Kundenumfrage_2024 (Antworten) - Formularantworten 1.csv")
>>> df.head(6)
                     Zeitstempel  Alter  Geburtsjahr    PLZ Wie zufrieden sind Sie insgesamt?  Weiterempfehlung (0-10) Name (optional)          E-Mail (optional)
0  2024/03/04 8:12:44 AM GMT+1     34         1990  80331                    Sehr zufrieden                        9             NaN                        NaN
1  2024/03/04 9:40:02 AM GMT+1     52         1972  10115                         Zufrieden                        7          anonym                          —
2  2024/03/04 11:03:17 AM GMT+1    27         1997  50667                  Weniger zufrieden                        4   keine Angabe                        NaN
3  2024/03/05 2:21:50 PM GMT+1     41         1983  01067                    Sehr zufrieden                       10             NaN                        NaN
4  2024/03/05 3:00:00 PM GMT+1     99         1925  12345                         Zufrieden                        8  Max Mustermann  max.mustermann@example.com
5  2024/03/05 6:47:29 PM GMT+1     38         1986  70173                        Unzufrieden                        2             NaN                        NaN
>>> df["Geburtsjahr"].describe()
count       6.000000
mean     1975.500000
min      1925.000000
max      1997.000000`,
    // Ages, birth years and postcodes alone identify nobody; row 4 is the Max Mustermann test row.
    expected: [],
  },
  {
    name: 'Apps Script onFormSubmit trigger posting volunteer sign-ups to Slack: the webhook URL in a constant, template placeholders, a test e.namedValues copied from a real Irish submission',
    text: `// Code.gs – posts every new "Volunteer sign-up" response to #volunteers
const SLACK_WEBHOOK = '${slackWebhook}';

function onFormSubmit(e) {
  const v = e.namedValues;
  const text = \`New volunteer: \${v['Full name'][0]} (\${v['Email address'][0]}), shifts: \${v['Which shifts can you do?'].join(', ')}\`;
  UrlFetchApp.fetch(SLACK_WEBHOOK, { method: 'post', contentType: 'application/json', payload: JSON.stringify({ text }) });
}

// Test payload used in the editor (copied from a real submission – remove before sharing!):
// e.namedValues = { 'Timestamp': ['4/6/2024 10:12:31'], 'Full name': ['Siobhán Ní Bhriain'],
//   'Email address': ['siobhan.nibhriain@eircom.net'], 'Phone': ['087 219 4406'], 'Which shifts can you do?': ['Sat AM', 'Sun PM'] }`,
    // The ${…} expressions are template placeholders; the timestamp is not ours.
    expected: [
      ['SECRET', slackWebhook],
      ['PERSON', 'Siobhán Ní Bhriain'],
      ['EMAIL', 'siobhan.nibhriain@eircom.net'],
      ['PHONE', '087 219 4406'],
    ],
  },
  // ---------------------------------------------------------------- open text, NPS, charts
  {
    name: 'Dutch staff-survey open answers (question 14): a team leader in full then by given name, a colleague on sick leave, a trainer by given name only, dashes and "geen"; a room named after Rembrandt',
    text: `Medewerkerstevredenheidsonderzoek 2024 – open antwoorden op vraag 14 ("Wat kan er beter binnen jouw team?"), afdeling Klantcontact, n = 9
1. Meer overleg met planning. Nu hoor je alles op het laatste moment.
2. Mijn teamleider Ruud Verhoeven luistert wel, maar er gebeurt daarna niets mee.
3. —
4. Ik wil niet dat dit te herleiden is, dus geen details.
5. Sinds Ruud er is, is de sfeer beter. Alleen de roosters blijven een drama.
6. Werkdruk. Collega Sevda Aksoy-Brouwer is al zes weken ziek en niemand vangt haar werk op.
7. Goede training van Anouk (L&D), graag vaker.
8. geen
9. De koffieautomaat bij de Rembrandtzaal is al maanden kapot 😅
Kun je deze antwoorden in 3–4 thema's groeperen en per thema tellen?`,
    // Anouk is named by her given name only; Ruud is the team leader named in full in answer 2; the Rembrandtzaal is a room.
    expected: [
      ['PERSON', 'Ruud Verhoeven'],
      ['PERSON', 'Ruud'],
      ['PERSON', 'Sevda Aksoy-Brouwer'],
    ],
  },
  {
    name: 'NPS verbatims exported from Delighted as a pipe table: a CS manager named by a promoter, public figures (Elon Musk, Steve Jobs), a support agent by given name, a detractor leaving an e-mail and a UK mobile',
    text: `NPS Q1 2024 — verbatims (Delighted export), please cluster into themes and give me a count per theme:
score | comment | segment
10 | "Honestly the best onboarding since we moved off Notion. Priya Raghunathan on your CS team walked us through everything." | SMB
3  | "Pricing went up 40% with no notice. Feels like something Elon Musk would do." | Mid-market
9  | "Love the Zapier integration. Would be a 10 if the Excel export kept our date formats." | SMB
6  | "Support is slow. I emailed twice and finally got a reply from Mateus after 5 days." | Enterprise
0  | "Cancelling. Contact me if you want to know why: d.kowalczyk@brightpath-logistics.com or 07700 918 244" | Mid-market
8  | "Good product. Like Steve Jobs said, simple can be harder than complex — you get that." | SMB`,
    // Elon Musk and Steve Jobs are public figures; Notion, Zapier and Excel are products; Mateus is named by his given name only.
    expected: [
      ['PERSON', 'Priya Raghunathan'],
      ['EMAIL', 'd.kowalczyk@brightpath-logistics.com'],
      ['PHONE', '07700 918 244'],
    ],
  },
  {
    name: 'Italian course-feedback table with only hard negatives: trainers by given name, a TV presenter as a public figure, rooms named after Volta and Fermi, Likert averages',
    text: `Questionario di gradimento – corsi di formazione interna, marzo 2024 (n = 64). Mi fai un grafico a barre del punteggio medio per corso?

| Corso | Docente | Aula | Punteggio medio (1-5) | Commento più frequente |
|---|---|---|---|---|
| Excel avanzato | Marco | Aula Volta | 4,6 | "Marco spiega benissimo, più esercizi pratici" |
| Comunicazione efficace | Giulia | Aula Fermi | 3,9 | "Giulia è stata chiarissima ma il corso è troppo breve" |
| Sicurezza sul lavoro | esterno (Studio Sicura) | Sala Marconi | 2,8 | "Noioso, sembrava un documentario di Piero Angela senza le immagini" |
| Privacy e GDPR | — | online | 3,4 | "anonimo" |

Risposte con nome: 0 (il questionario era anonimo).`,
    // Marco and Giulia are trainers by given name only; Piero Angela is a public figure; the rooms are named after physicists.
    expected: [],
  },
  {
    name: 'Turkish chart request over "Bizi nereden duydunuz?" answers with only hard negatives: counts, companies named after founders, age groups, birth years, postcodes and a satisfaction scale',
    text: `Şu sonuçlardan bir sütun grafiği yapar mısın? Anket: "Müşteri Memnuniyeti 2024" (n = 103)

Bizi nereden duydunuz?
  Instagram ............ 41
  Arkadaş tavsiyesi .... 28
  Google ............... 19
  Migros afişi .......... 7
  Koç Holding bülteni ... 3
  Diğer ................. 5

Yaş grubu: 18-24: 22 · 25-34: 39 · 35-44: 25 · 45+: 17
Doğum yılı (en sık): 1995 (9 kişi), 1998 (8 kişi), 1989 (7 kişi)
Posta kodu (ilk 3): 34710 Kadıköy, 06690 Çankaya, 35220 Konak
Genel memnuniyet (1 = hiç memnun değilim, 5 = çok memnunum): ort. 3,8
"Adınız (isteğe bağlı)" sorusu: 103 kişiden 0 yanıt.`,
    // Only aggregates; Migros and Koç Holding are companies; birth years and postcodes alone are not personal data.
    expected: [],
  },
  {
    name: 'German chart request over employers and a question-completion table with only hard negatives: foundations, institutes and companies named after people, field labels Ihr Name / Ihre E-Mail with counts',
    text: `Bitte erstelle ein horizontales Balkendiagramm aus der Frage „Bei welchem Arbeitgeber sind Sie derzeit tätig?“ (Absolventenbefragung 2024, n = 240):

Robert Bosch GmbH ........................ 31
Siemens AG ............................... 27
Max-Planck-Institut für Informatik ....... 18
Fraunhofer-Gesellschaft .................. 16
Carl Zeiss AG ............................ 12
Hans-Böckler-Stiftung ..................... 4
Robert Bosch Stiftung ..................... 3
selbstständig / keine Angabe ............. 29

Ausfüllquote je Frage:
| Frage                        | beantwortet |
| Ihr Name (freiwillig)        | 0 / 240 (Feld deaktiviert) |
| Ihre E-Mail (für Rückfragen) | 0 / 240 (Feld deaktiviert) |
| Geburtsdatum                 | nicht abgefragt |
| Abschlussjahr                | 240 / 240 |`,
    // Companies, an institute and foundations named after people are organisations; question labels carry no values.
    expected: [],
  },
  {
    name: 'German works-council survey with anonymised free text: [NAME ENTFERNT], Herr X., anonym, —, keine Angabe, a masked mailbox and response hashes',
    text: `Mitarbeiterbefragung 2024 · Freitext „Sonstige Anmerkungen“ (vom Betriebsrat vor Weitergabe anonymisiert)
Antwort-ID | Bereich    | Anmerkung
a81f0c2e   | Lager      | [NAME ENTFERNT] hat mehrfach Überstunden nicht eingetragen, das ist unfair.
b92e1d3f   | Vertrieb   | anonym
c03f2e40   | IT         | —
d14a3f51   | Verwaltung | keine Angabe / prefer not to say
e25b4062   | Produktion | Die Schichtleitung (Herr X.) sollte Pausen besser planen.
f36c5173   | Lager      | Bitte mehr Schulungen wie die von der DEKRA im Herbst.
Rückfragen bitte nur über das Funktionspostfach b***@betriebsrat-intern.de.`,
    // Removed names, Herr X. and a masked mailbox are anonymised; DEKRA is an organisation; answer ids are hashes.
    expected: [],
  },
  {
    name: 'Nettskjema export (Norwegian) with only hard negatives: submission ids, fødselsår, postnummer, Likert answers, the Ola Nordmann example and an anonymous row',
    text: `Nettskjema – «Innbyggerundersøkelse om kollektivtransport 2024» – eksport (CSV, skjema-ID 412093)
$submission_id;$created;fodselsar;postnummer;kjonn;fornoyd_buss;fornoyd_trikk;kommentar
31877204;2024-03-18 08:11:40;1987;0554;kvinne;4;5;Trikken er stort sett i rute.
31877219;2024-03-18 08:35:02;1961;0661;mann;2;3;For få avganger på kveldstid.
31877240;2024-03-18 09:02:17;2001;5006;annet/vil ikke oppgi;3;;vil ikke oppgi
31877251;2024-03-18 09:40:55;1990;0150;mann;1;1;Eksempel fra veiledningen: «Ola Nordmann, Storgata 1» – glemte å slette?
Antall svar: 4 · Svarprosent: 22 % · Skjema lukket 2024-04-01`,
    // Birth years, postcodes, submission ids and the form id identify nobody; Ola Nordmann is the Norwegian placeholder.
    expected: [],
  },
  {
    name: 'Google Forms API forms.get JSON for a Polish half-day camp: question titles only, a description with the Jan Kowalski example and a placeholder phone, a scale question, ids',
    text: `GET https://forms.googleapis.com/v1/forms/1kQ7xM2rT9vWz4Kc8nYd3bFg6hJ1sA5eU0iO2pN7mR4t
{
  "formId": "1kQ7xM2rT9vWz4Kc8nYd3bFg6hJ1sA5eU0iO2pN7mR4t",
  "info": {
    "title": "Zapisy na półkolonie 2024",
    "documentTitle": "Półkolonie – zapisy (kopia)",
    "description": "Wypełnij jeden formularz dla każdego dziecka. Przykład: Imię i nazwisko dziecka – Jan Kowalski; telefon rodzica – 600 000 000."
  },
  "items": [
    { "itemId": "3c1a9e20", "title": "Imię i nazwisko dziecka", "questionItem": { "question": { "questionId": "5f2b7c11", "required": true, "textQuestion": {} } } },
    { "itemId": "4d2b0f31", "title": "Data urodzenia", "questionItem": { "question": { "questionId": "6a3c8d22", "required": true, "dateQuestion": { "includeYear": true } } } },
    { "itemId": "5e3c1a42", "title": "Adres e-mail rodzica", "questionItem": { "question": { "questionId": "7b4d9e33", "required": true, "textQuestion": {} } } },
    { "itemId": "6f4d2b53", "title": "Jak oceniasz zeszłoroczne półkolonie?", "questionItem": { "question": { "questionId": "8c5e0f44", "scaleQuestion": { "low": 1, "high": 5, "lowLabel": "słabo", "highLabel": "super" } } } }
  ],
  "revisionId": "00000042",
  "responderUri": "https://docs.google.com/forms/d/e/1FAIpQLSd7Kx2Lm9Qv4Rt8Wz3Nc6Yb1Hf5Gs0Ue/viewform"
}`,
    // A form definition: Jan Kowalski is the Polish placeholder, 600 000 000 a placeholder phone, the rest ids and labels.
    expected: [],
  },
];

describeHoldout('privacy hold-out 25: forms, surveys and registrations in many languages', cases);
