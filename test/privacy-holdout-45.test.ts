import { describeHoldout, type HoldoutCase, joinParts } from './support/holdout.js';

/**
 * A forty-fifth hand-written hold-out: community, membership and consumer-platform records as
 * organisers, volunteers and analysts paste them into the AI assistant of a data product ("who is
 * missing a consent form", "total these pledges", "why does this webhook fail", "draft the
 * reminder"). Shapes: sports clubs and leagues (a grassroots football registration export, parkrun
 * style results, a padel league's WhatsApp draw, a youth baseball roster with readings, a judo
 * licence form as PDF text, a five-a-side squad sheet, a Korean football club register, chess
 * standings and a swim meet psych sheet with "Surname, Given" names, a cricket team chat, a league
 * registration JSON); churches, mosques, parishes and a synagogue (a church People export, a
 * welcome-team rota, Polish mass intentions with names in the genitive, a Korean membership card, a
 * Greek baptism certificate, a Mexican baptism entry with "nacida el", a dues list in Hebrew, a
 * zakat log with an Urdu name, a mosque association's aidat list with IBANs); non-profits and donor
 * records (an HMRC Gift Aid schedule, fundraising-page donations, a donation checkout webhook with
 * its secrets, a Zuwendungsbestätigung, a PIX donation report, a Dutch direct-debit donor file, gala
 * pledge cards with a card number); volunteer rosters (a food bank shift sheet, a Tafel helper plan,
 * a food-drive WhatsApp group); event ticketing and RSVPs (a ticketing API call with its bearer
 * token and a birth-date question, a meetup RSVP export, a guest-list export with an API key, a
 * WeChat sign-up chain, a Thai run registration with Buddhist-era dates, an Indonesian confirmation
 * e-mail); gyms and fitness apps (a turnstile log, a trainer's Telegram chat, a class booking e-mail,
 * an authentication log with client IPs); dating apps (data exports, a support reply, an admin
 * record, a trust-and-safety report); alumni associations; scouting (a section export, a Swedish
 * member list, a camp sign-up with an IBAN); homeowners, owners' and tenants' associations; school
 * parent groups (a PTA contact list, a Hebrew parents' chat, a Japanese phone tree); and second-hand
 * marketplace messages (French, German, Russian, Polish, Japanese, Spanish, Arabic). Languages:
 * English, Spanish, Portuguese, French, German, Italian, Dutch, Polish, Swedish, Turkish, Greek,
 * Russian, Ukrainian, Arabic, Urdu, Hebrew, Hindi and Hinglish, Thai, Indonesian, Chinese, Japanese
 * and Korean. A quarter of the cases are clean hard negatives of the same shapes: league tables and
 * fixtures whose clubs, grounds and stadiums are named after people, a parish bulletin, a mosque
 * named after a historical figure, a donation summary, a volunteer e-mail template with
 * placeholders, an order confirmation with ticket ids and a QR payload, webhook documentation with
 * reserved-domain fixtures, a class timetable with studios named after people, a leaderboard of
 * handles, dating metrics, a reunion invitation, scout award rules, an HOA agenda, designer brands
 * in listings, masked phones and cards, tracking numbers, membership numbers and timestamps.
 *
 * Each case lists every value it expects found, with its type; anything else flagged is a false
 * positive. Conventions as in hold-outs 40, 43 and 44: titles and honorifics (Mr, Mrs., Dr, Rev.,
 * D., Dña., Sra., Mme, Herr Dr., 様, นาย, น.ส.) are no part of a name's span; first and last name in
 * separate fields are separate spans, and a "Surname, Given" or family-name-first value in one field
 * is one span; a lone given or family name counts only when the same person is named in full in
 * the text or it sits under a name field (a maiden-name column included), and a given name with an
 * initial (Sergio M.) counts; a chat sender counts when it is a real name, and a phone number also
 * as a sender; names in a grammatical case (Polish, Greek, Russian and Ukrainian genitives) are
 * names; birth dates count only where the text labels them as such (DOB, Date of birth, Birthdate,
 * Geburtsdatum, Né(e) le, nacida el, Data di nascita, 生年月日, 생년월일, תאריך לידה, Ημερομηνία
 * γεννήσεως, Doğum Tarihi, Födelsedatum, วันเกิด, Tanggal Lahir, تاريخ الميلاد, день рождения with a
 * year, a question that asks for it), never join, baptism, anniversary, donation, certificate or
 * form dates, ages, age groups, school or graduation years; public and private IPs count where a
 * log shows a client or a proxy hop, loopback never; team mailboxes and business phones on real
 * domains count; masked cards and phones, order, ticket, barcode, member, licence and FIDE numbers,
 * end-to-end payment ids and Stripe event and checkout-session ids are none; clubs, teams,
 * charities, studios, schools, venues, streets and awards named after people are no people, and
 * neither are saints, deities and biblical figures in the names of churches, congregations and
 * festivals. Values are fake: Luhn-valid made-up cards, IBANs with valid mod-97 check digits,
 * made-up names, numbers and keys.
 *
 * Written blind (labelled before the engine was run on it): 53 of its 85 cases passed when written;
 * the other 32 were marked with their gap, and all were closed by general rules in the round that
 * followed (2026-11-29).
 */

const k = joinParts;
const stripeSecret = k(
  'sk_live_',
  '51Nq8Xt2Rz4Kw8Nc3Bp6Df1Gh5',
  'Sa0Ey2Ui7Op4Kq9Tz3Lx8Mn2Rb5Wc8Yd1Fj4Hk7Ls0Pq3Tv6',
);
const stripeWebhookSecret = k('whsec_', 'Xq7Lm2Vt9Rz4Kw8Nc3Bp6', 'Df1Gh5Sa0Ey2Ui7O');
const eventbriteToken = k('QX7LM2VT9R', 'Z4KW8NC3BP');
const lumaApiKey = k('secret-', 'q7Lm2Xt9Rz4Kw8Nc', '3Bp6Df1Gh5');

const cases: readonly HoldoutCase[] = [
  // ---------------------------------------------------------------- sports clubs and leagues
  {
    name: 'grassroots football club registration export (English, UK) with player and parent columns, DOB, age groups named after animals and medical notes',
    text: `Can you check which U11 players are missing photo consent? Export from our club app:

Player First Name,Player Surname,DOB,Age Group,Parent/Guardian Name,Parent Mobile,Parent Email,Photo Consent,Medical Notes
Alfie,Brennan,14/03/2014,U11 Lions,Claire Brennan,07911 483276,claire.brennan82@gmail.com,Y,Asthma - inhaler in kit bag
Zara,Okonkwo-Reid,02/11/2013,U11 Lions,Daniel Reid,07723 918405,d.reid@btinternet.com,N,
Harvey,Singh,29/07/2014,U11 Tigers,Manpreet Kaur,07854 201937,manpreet.kaur.singh@outlook.com,,Nut allergy (EpiPen)`,
    expected: [
      ['PERSON', 'Alfie'],
      ['PERSON', 'Brennan'],
      ['DATE_OF_BIRTH', '14/03/2014'],
      ['PERSON', 'Claire Brennan'],
      ['PHONE', '07911 483276'],
      ['EMAIL', 'claire.brennan82@gmail.com'],
      ['PERSON', 'Zara'],
      ['PERSON', 'Okonkwo-Reid'],
      ['DATE_OF_BIRTH', '02/11/2013'],
      ['PERSON', 'Daniel Reid'],
      ['PHONE', '07723 918405'],
      ['EMAIL', 'd.reid@btinternet.com'],
      ['PERSON', 'Harvey'],
      ['PERSON', 'Singh'],
      ['DATE_OF_BIRTH', '29/07/2014'],
      ['PERSON', 'Manpreet Kaur'],
      ['PHONE', '07854 201937'],
      ['EMAIL', 'manpreet.kaur.singh@outlook.com'],
    ],
  },
  {
    name: 'parkrun-style weekly results pasted from the web page (English, Australia) with parkrunner names, age categories, clubs, a school and an unknown finisher',
    text: `Results for Kirra Beach parkrun #312, Saturday 9 March 2024. Who ran a PB?

Position	parkrunner	Gender	Age Group	Club	Time	Note
1	Lachlan McKenzie	Male	SM25-29	Gold Coast Runners	16:42	New PB!
2	Priya Raghunathan	Female	VW35-39		19:05	First Timer!
3	Unknown					
4	Tomás Ferreira-Lopes	Male	JM15-17	Palm Beach Currumbin SHS	19:58	
5	Grace O'Sullivan	Female	VW60-64	Tweed Coast Striders	24:31	New PB!`,
    // Age categories are not birth dates; clubs and the school are not ours.
    expected: [
      ['PERSON', 'Lachlan McKenzie'],
      ['PERSON', 'Priya Raghunathan'],
      ['PERSON', 'Tomás Ferreira-Lopes'],
      ['PERSON', "Grace O'Sullivan"],
    ],
  },
  {
    name: 'padel league WhatsApp group (Spanish, Mallorca) with the weekly draw in pairs, the organiser by given name with her phone, and a member writing from a bare number',
    text: `[12/3/24 20:14] Liga Pádel Son Rigo: Cuadro 3ª categoría, jornada 5
Pista 2 (19:00): Marta Vidal / Lucía Ferrer vs. Cristina Pons / Aina Mas
Pista 4 (20:30): Joan Riera / Toni Bauzà vs. Pau Oliver / Biel Crespí
Si no podéis venir avisad a Marta (628 41 93 07) antes del jueves.
[12/3/24 20:16] +34 671 20 84 39: Biel está lesionado, juega su hermano Guillem Crespí`,
    // The group is named after the club's place; Marta and Biel are named in full above.
    expected: [
      ['PERSON', 'Marta Vidal'],
      ['PERSON', 'Lucía Ferrer'],
      ['PERSON', 'Cristina Pons'],
      ['PERSON', 'Aina Mas'],
      ['PERSON', 'Joan Riera'],
      ['PERSON', 'Toni Bauzà'],
      ['PERSON', 'Pau Oliver'],
      ['PERSON', 'Biel Crespí'],
      ['PERSON', 'Marta'],
      ['PHONE', '628 41 93 07'],
      ['PHONE', '+34 671 20 84 39'],
      ['PERSON', 'Biel'],
      ['PERSON', 'Guillem Crespí'],
    ],
  },
  {
    name: 'youth baseball team roster for the parents association (Japanese) with 氏名, ふりがな, 生年月日 in 年月日, 保護者氏名 and the coach after 監督',
    text: `令和6年度 さくらジュニアーズ 選手名簿（保護者会用・取扱注意）
背番号	氏名	ふりがな	学年	生年月日	保護者氏名	緊急連絡先
10	佐々木 悠真	ささき ゆうま	6年	2012年5月18日	佐々木 美穂	090-4827-1936
7	中村 蒼	なかむら あお	5年	2013年9月2日	中村 健太	080-3391-7264
監督：田島 浩二（090-2218-4470）`,
    // Readings under a name column are names; the school year is not a date.
    expected: [
      ['PERSON', '佐々木 悠真'],
      ['PERSON', 'ささき ゆうま'],
      ['DATE_OF_BIRTH', '2012年5月18日'],
      ['PERSON', '佐々木 美穂'],
      ['PHONE', '090-4827-1936'],
      ['PERSON', '中村 蒼'],
      ['PERSON', 'なかむら あお'],
      ['DATE_OF_BIRTH', '2013年9月2日'],
      ['PERSON', '中村 健太'],
      ['PHONE', '080-3391-7264'],
      ['PERSON', '田島 浩二'],
      ['PHONE', '090-2218-4470'],
    ],
  },
  {
    name: 'judo licence application as PDF text (French) with NOM in capitals, Prénom, Né(e) le, a legal guardian, a medical certificate date and a club named after a person',
    text: `FÉDÉRATION FRANÇAISE DE JUDO – DEMANDE DE LICENCE 2024/2025
Club : Judo Club Roger Vachon – Villeurbanne (n° affiliation 06690412)
Nom : GUERIN          Prénom : Inès
Né(e) le : 07/06/2011          Sexe : F
Adresse e-mail : famille.guerin69@orange.fr
Téléphone portable : 06 42 81 37 95
Représentant légal : Sébastien Guérin
Certificat médical du 12/09/2024 – Dr Hélène Marchal`,
    // The club bears a person's name but is a club; the certificate date is not a birth date.
    expected: [
      ['PERSON', 'GUERIN'],
      ['PERSON', 'Inès'],
      ['DATE_OF_BIRTH', '07/06/2011'],
      ['EMAIL', 'famille.guerin69@orange.fr'],
      ['PHONE', '06 42 81 37 95'],
      ['PERSON', 'Sébastien Guérin'],
      ['PERSON', 'Hélène Marchal'],
    ],
  },
  {
    name: 'five-a-side tournament squad sheet (Italian) with Cognome e nome family-first, Data di nascita, CSI card numbers and the team manager with a mobile',
    text: `TORNEO AMATORI CSI MILANO – DISTINTA GIOCATORI
Squadra: Atletico Ma Non Troppo
N° | Cognome e nome | Data di nascita | N° tessera CSI
1 | Rossetti Davide | 11/01/1990 | 2024-MI-084471
9 | Colombo Andrea | 23/08/1988 | 2024-MI-084472
14 | El Amrani Youssef | 30/04/1995 | 2024-MI-084473
Dirigente accompagnatore: Stefania Villa, cell. 347 281 9034`,
    expected: [
      ['PERSON', 'Rossetti Davide'],
      ['DATE_OF_BIRTH', '11/01/1990'],
      ['PERSON', 'Colombo Andrea'],
      ['DATE_OF_BIRTH', '23/08/1988'],
      ['PERSON', 'El Amrani Youssef'],
      ['DATE_OF_BIRTH', '30/04/1995'],
      ['PERSON', 'Stefania Villa'],
      ['PHONE', '347 281 9034'],
    ],
  },
  {
    name: 'morning football club member register (Korean) with 이름, dotted 생년월일, 연락처, 가입일 and the treasurer named inline',
    text: `한강FC 조기축구회 회원명부 (2024)
이름	생년월일	연락처	포지션	가입일
김도현	1985.03.14	010-4827-1936	FW	2019.04.07
박준서	1991.11.02	010-7730-2184	DF	2022.08.21
총무 이성민 010-2291-8450 (회비 계좌 문의)`,
    // Join dates are not birth dates.
    expected: [
      ['PERSON', '김도현'],
      ['DATE_OF_BIRTH', '1985.03.14'],
      ['PHONE', '010-4827-1936'],
      ['PERSON', '박준서'],
      ['DATE_OF_BIRTH', '1991.11.02'],
      ['PHONE', '010-7730-2184'],
      ['PERSON', '이성민'],
      ['PHONE', '010-2291-8450'],
    ],
  },
  {
    name: 'chess tournament final standings (Polish) with Nazwisko i imię as "Surname, Given", categories, ratings, FIDE ids and the organiser with a phone',
    text: `Turniej Szachowy o Puchar Wójta Gminy Kleszczów – wyniki końcowe
M.  Nazwisko i imię          Kat.  Ranking  FIDE ID    Pkt
1.  Nowicki, Bartosz         II    1987     21084471   6.5
2.  Wróblewska, Zuzanna      III   1812     21193308   6.0
3.  Kaczmarek, Stanisław     IV    1640                5.5
Organizator: Andrzej Pietrzak (tel. 605 284 193)`,
    // FIDE ids and ratings are not ours; the cup is named after an office, not a person.
    expected: [
      ['PERSON', 'Nowicki, Bartosz'],
      ['PERSON', 'Wróblewska, Zuzanna'],
      ['PERSON', 'Kaczmarek, Stanisław'],
      ['PERSON', 'Andrzej Pietrzak'],
      ['PHONE', '605 284 193'],
    ],
  },
  {
    name: 'swim meet psych sheet from meet-manager software (English and French, Canada) with "Last, First" names, ages and club names',
    text: `Event 12  Girls 11-12 100 LC Meter Freestyle
===============================================================================
    Name                    Age Team                          Seed Time
===============================================================================
  1 Tremblay, Élodie         12 Club de natation Pointe-Claire   1:03.42
  2 Nguyen, Kim-Anh          11 Etobicoke Swim Club              1:04.10
  3 MacDonald, Isla          12 Halifax Trojan Aquatics          1:05.77`,
    // Ages are not birth dates.
    expected: [
      ['PERSON', 'Tremblay, Élodie'],
      ['PERSON', 'Nguyen, Kim-Anh'],
      ['PERSON', 'MacDonald, Isla'],
    ],
  },
  {
    name: 'weekend cricket team selection on WhatsApp (Hinglish, Mumbai) with the captain as sender, a numbered line-up with (c) and (wk), a ground name and a member writing from his number',
    text: `[05/04/24, 9:12 pm] Rohit Deshmukh: Sunday ka match vs Powai Strikers, team:
1. Rohit (c)
2. Aniket Kulkarni
3. Faizan Shaikh (wk)
4. Sandeep Iyer
Sab log 7 baje tak Oval Maidan pahuncho. Kit ke liye Aniket ko call karo 98452 17360
[05/04/24, 9:15 pm] +91 99203 48176: Bhai main nahi aa paunga, office hai`,
    // Rohit and Aniket are named in full above; the ground and the other team are not ours.
    expected: [
      ['PERSON', 'Rohit Deshmukh'],
      ['PERSON', 'Rohit'],
      ['PERSON', 'Aniket Kulkarni'],
      ['PERSON', 'Faizan Shaikh'],
      ['PERSON', 'Sandeep Iyer'],
      ['PERSON', 'Aniket'],
      ['PHONE', '98452 17360'],
      ['PHONE', '+91 99203 48176'],
    ],
  },
  {
    name: 'basketball league registration JSON from a league app (Turkish) with ad and soyad keys, dogumTarihi, veli contact and a lisans number',
    text: `Bu kayıt neden "veli bilgisi eksik" hatası veriyor?
{
  "kayitId": "KBL-2024-08841",
  "takim": "Karşıyaka Gençlik U14",
  "oyuncu": {"ad": "Efe", "soyad": "Yıldırım", "dogumTarihi": "2010-08-19", "lisansNo": "35-104471"},
  "veli": {"adSoyad": "Hülya Yıldırım", "telefon": "0532 481 27 93", "eposta": "hulya.yildirim@hotmail.com"},
  "olusturma": "2024-09-02T18:44:10+03:00"
}`,
    expected: [
      ['PERSON', 'Efe'],
      ['PERSON', 'Yıldırım'],
      ['DATE_OF_BIRTH', '2010-08-19'],
      ['PERSON', 'Hülya Yıldırım'],
      ['PHONE', '0532 481 27 93'],
      ['EMAIL', 'hulya.yildirim@hotmail.com'],
    ],
  },
  {
    name: 'clean: amateur league table (Spanish, Argentina) whose clubs and stadium are named after people, with fixtures, dates and scores',
    text: `Liga Metropolitana de Fútbol Amateur – Tabla de posiciones, Fecha 9
Pos Equipo                                  PJ PG PE PP GF GC Pts
1   Club Atlético Juan B. Justo             9  7  1  1  21  8  22
2   Club Social y Deportivo Ramón Ortega    9  6  2  1  18  9  20
3   Sportivo Dock Sud                       9  5  1  3  15 12  16
4   Club Atlético Defensores de Belgrano    9  4  2  3  13 11  14
Próxima fecha: sábado 23/03, 15:30 h, Estadio Arquitecto Ricardo Etcheverri. Partido 0912-B.`,
    expected: [],
  },
  {
    name: 'clean: district league fixtures JSON (German) with teams, sports grounds named after people, kick-off timestamps and match ids',
    text: `{"spieltag":14,"liga":"Kreisliga A Mainz-Bingen","spiele":[
  {"spielId":"0284471209","heim":"SV Hechtsheim 1919","gast":"DJK Adolph Kolping Mainz","anstoss":"2024-03-17T15:00:00+01:00","platz":"Sportplatz am Hermann-Löns-Weg"},
  {"spielId":"0284471210","heim":"TSG Bretzenheim","gast":"SG Ober-Olm/Klein-Winternheim","anstoss":"2024-03-17T13:15:00+01:00","platz":"Kunstrasen Carl-Zuckmayer-Schule"}
]}`,
    expected: [],
  },
  // ---------------------------------------------------------------- churches, mosques, parishes
  {
    name: 'church management People export (English, US) with Person ID, First and Last Name, Birthdate, Anniversary, membership status, mobile and e-mail',
    text: `Person ID,First Name,Last Name,Birthdate,Anniversary,Gender,Grade,Membership,Mobile Phone Number,Home Email
84471209,Darnell,Whitaker,1979-06-21,2004-09-18,M,,Member,(312) 846-2291,dwhitaker79@yahoo.com
84471210,Keisha,Whitaker,1981-02-03,2004-09-18,F,,Member,(312) 846-2290,keisha.whitaker@gmail.com
84471211,Jaylen,Whitaker,2012-10-30,,M,6,Child,,`,
    // Wedding anniversaries are not birth dates.
    expected: [
      ['PERSON', 'Darnell'],
      ['PERSON', 'Whitaker'],
      ['DATE_OF_BIRTH', '1979-06-21'],
      ['PHONE', '(312) 846-2291'],
      ['EMAIL', 'dwhitaker79@yahoo.com'],
      ['PERSON', 'Keisha'],
      ['PERSON', 'Whitaker'],
      ['DATE_OF_BIRTH', '1981-02-03'],
      ['PHONE', '(312) 846-2290'],
      ['EMAIL', 'keisha.whitaker@gmail.com'],
      ['PERSON', 'Jaylen'],
      ['PERSON', 'Whitaker'],
      ['DATE_OF_BIRTH', '2012-10-30'],
    ],
  },
  {
    name: "welcome-team rota e-mail (English, Wales) with pairs per Sunday, a vicar with Rev., a phone and the sender's given name",
    text: `Hi all, here's the rota for the St Aidan's welcome team in April:

7 Apr – Gareth Llewellyn & Bronwen Pryce
14 Apr – Olu Adeyemi & Funmi Adeyemi
21 Apr – Rev. Catherine Moss (covering while the Bishop's visit is on)
28 Apr – Gareth Llewellyn & Siân Evans

If you can't make it, swap and let me know on 07723 104882. Thanks, Bronwen`,
    // The church is named after a saint; Bronwen is named in full above.
    expected: [
      ['PERSON', 'Gareth Llewellyn'],
      ['PERSON', 'Bronwen Pryce'],
      ['PERSON', 'Olu Adeyemi'],
      ['PERSON', 'Funmi Adeyemi'],
      ['PERSON', 'Catherine Moss'],
      ['PERSON', 'Gareth Llewellyn'],
      ['PERSON', 'Siân Evans'],
      ['PHONE', '07723 104882'],
      ['PERSON', 'Bronwen'],
    ],
  },
  {
    name: 'parish mass intentions for the week (Polish) with the deceased after a cross, a name in the genitive after "dla", a saint-named parish and the parish office phone',
    text: `INTENCJE MSZALNE – Parafia pw. św. Stanisława Kostki w Łodzi, 18–24 marca 2024
Poniedziałek 18.03
 7:00  † Jan Zawadzki – od żony i dzieci
18:00  O zdrowie i Boże błogosławieństwo dla Haliny Mazur w 70. rocznicę urodzin
Wtorek 19.03
 7:00  † Józef Kubiak – w 10. rocznicę śmierci
Zamówienia intencji: kancelaria parafialna, tel. 42 637 18 94`,
    // The parish's patron saint is not ours; a 70th birthday anniversary gives no birth date.
    expected: [
      ['PERSON', 'Jan Zawadzki'],
      ['PERSON', 'Haliny Mazur'],
      ['PERSON', 'Józef Kubiak'],
      ['PHONE', '42 637 18 94'],
    ],
  },
  {
    name: 'church membership card printed from the register (Korean) with 성명, 생년월일 in 년월일, 직분 titles, the spouse, a baptism date and a Naver e-mail',
    text: `교적 카드 출력 – 새소망교회
성명: 정은비      성별: 여      생년월일: 1990년 7월 12일
직분: 집사        구역: 3교구 2구역
휴대폰: 010-7730-2184
배우자: 윤재훈 (안수집사)
세례일: 2015년 4월 5일
이메일: eunbi.jung90@naver.com`,
    // 집사 and 안수집사 are church offices; the baptism date is not a birth date.
    expected: [
      ['PERSON', '정은비'],
      ['DATE_OF_BIRTH', '1990년 7월 12일'],
      ['PHONE', '010-7730-2184'],
      ['PERSON', '윤재훈'],
      ['EMAIL', 'eunbi.jung90@naver.com'],
    ],
  },
  {
    name: 'Orthodox baptism certificate as OCR text (Greek) with the child in separate name fields, Ημερομηνία γεννήσεως, parents in the genitive and the godfather',
    text: `ΙΕΡΟΣ ΝΑΟΣ ΑΓΙΟΥ ΝΙΚΟΛΑΟΥ ΠΕΙΡΑΙΩΣ
ΠΙΣΤΟΠΟΙΗΤΙΚΟ ΒΑΠΤΙΣΕΩΣ  Αρ. Πρωτ. 284/2023
Όνομα βαπτισθέντος: Ανδρέας
Επώνυμο: Παπαδόπουλος
Ημερομηνία γεννήσεως: 14/05/2023
Τέκνο του Γεωργίου Παπαδόπουλου και της Ελένης Καραγιάννη
Ημερομηνία βαπτίσεως: 22/10/2023
Ανάδοχος: Δημήτριος Βλάχος`,
    // The church is named after a saint; the baptism date and the protocol number are not ours.
    expected: [
      ['PERSON', 'Ανδρέας'],
      ['PERSON', 'Παπαδόπουλος'],
      ['DATE_OF_BIRTH', '14/05/2023'],
      ['PERSON', 'Γεωργίου Παπαδόπουλου'],
      ['PERSON', 'Ελένης Καραγιάννη'],
      ['PERSON', 'Δημήτριος Βλάχος'],
    ],
  },
  {
    name: 'synagogue membership dues list (Hebrew) with שם משפחה and שם פרטי columns, תאריך לידה, phones, an e-mail and a bar-mitzvah date',
    text: `קהילת "אוהל יעקב" – רשימת חברים לתשלום דמי חבר 2024
שם משפחה | שם פרטי | תאריך לידה | טלפון | דוא"ל | תאריך בר/בת מצווה
לוי | אביגיל | 12/03/1986 | 052-482-7193 | avigail.levi@gmail.com |
כהן | נועם | 04/09/2011 | 054-661-2083 | | 26/10/2024`,
    // The congregation is named after a biblical figure; the bar-mitzvah date is not a birth date.
    expected: [
      ['PERSON', 'לוי'],
      ['PERSON', 'אביגיל'],
      ['DATE_OF_BIRTH', '12/03/1986'],
      ['PHONE', '052-482-7193'],
      ['EMAIL', 'avigail.levi@gmail.com'],
      ['PERSON', 'כהן'],
      ['PERSON', 'נועם'],
      ['DATE_OF_BIRTH', '04/09/2011'],
      ['PHONE', '054-661-2083'],
    ],
  },
  {
    name: 'mosque Ramadan zakat and sadaqah log (English and Urdu, UK) with donors, Gift Aid flags, an anonymous cash box and a late father named in a note',
    text: `Masjid-e-Noor Bradford – Ramadan 2024 Zakat & Sadaqah log
Date | Donor | Phone | Amount | Gift Aid | Notes
28/03/2024 | Imran Qureshi | 07854 309112 | £250 | Yes | Zakat
29/03/2024 | Anonymous | | £50 | No | cash box after taraweeh
30/03/2024 | Nasreen Akhtar (نسرین اختر) | 07413 882017 | £120 | Yes | Sadaqah jariyah for her late father Ghulam Rasool`,
    expected: [
      ['PERSON', 'Imran Qureshi'],
      ['PHONE', '07854 309112'],
      ['PERSON', 'Nasreen Akhtar'],
      ['PERSON', 'نسرین اختر'],
      ['PHONE', '07413 882017'],
      ['PERSON', 'Ghulam Rasool'],
    ],
  },
  {
    name: 'mosque association member list (Turkish, Germany) with Ad Soyad, Doğum Tarihi, Telefon and the IBAN for the monthly aidat direct debit',
    text: `Cami derneği üye listesi – aidat takibi (Excel'den kopyalandı)
Üye No	Ad Soyad	Doğum Tarihi	Telefon	IBAN (aidat)	Aylık
0412	Mustafa Demirci	03.02.1968	0176 20934471	DE41120300001044712093	20 €
0413	Ayşe Kaplan	19.11.1975	0157 38820174	DE96370400440928417730	15 €
Dernek: Merkez Camii Duisburg-Marxloh e.V.`,
    expected: [
      ['PERSON', 'Mustafa Demirci'],
      ['DATE_OF_BIRTH', '03.02.1968'],
      ['PHONE', '0176 20934471'],
      ['IBAN', 'DE41120300001044712093'],
      ['PERSON', 'Ayşe Kaplan'],
      ['DATE_OF_BIRTH', '19.11.1975'],
      ['PHONE', '0157 38820174'],
      ['IBAN', 'DE96370400440928417730'],
    ],
  },
  {
    name: 'Catholic baptism register extract (Spanish, Mexico) with a bautizado, fecha de nacimiento written in words, padres, padrinos and the parish priest',
    text: `PARROQUIA DE SAN JUDAS TADEO – LIBRO 38, FOJA 112, PARTIDA 447
En la Ciudad de México, el día 9 de junio de 2024, el Pbro. Héctor Salgado Ruiz bautizó solemnemente a
Regina Fernanda Olvera Cruz, nacida el 2 de febrero de 2024,
hija de Luis Alberto Olvera Méndez y de Karla Cruz Sandoval.
Padrinos: Ernesto Cruz Sandoval y Paola Ibarra Treviño.
Informes: 55 4827 1936`,
    // "nacida el" labels the birth date; the baptism date is not one.
    expected: [
      ['PERSON', 'Héctor Salgado Ruiz'],
      ['PERSON', 'Regina Fernanda Olvera Cruz'],
      ['DATE_OF_BIRTH', '2 de febrero de 2024'],
      ['PERSON', 'Luis Alberto Olvera Méndez'],
      ['PERSON', 'Karla Cruz Sandoval'],
      ['PERSON', 'Ernesto Cruz Sandoval'],
      ['PERSON', 'Paola Ibarra Treviño'],
      ['PHONE', '55 4827 1936'],
    ],
  },
  {
    name: 'clean: parish bulletin (English, US) with mass times, a parish and school named after saints, hymn titles, a second collection and an envelope number',
    text: `ST. JOHN VIANNEY PARISH – Weekly Bulletin, Third Sunday of Lent
Mass times: Sat 5:00 PM (Vigil), Sun 8:00 AM, 10:30 AM (Spanish), 12:30 PM
Hymns: Amazing Grace; Be Thou My Vision; Lord of the Dance
Second collection for the Archbishop's Catholic Charities Appeal. Offertory last week: $14,212.50 (412 envelopes).
St. Francis Xavier School open house: Thursday 6:30 PM in Kolbe Hall. Envelope #8847 users: please update your boxes.`,
    expected: [],
  },
  {
    name: 'clean: mosque prayer timetable (Arabic, UAE) for a mosque named after a historical figure, with Hijri and Gregorian dates and prayer times',
    text: `مسجد عمر بن الخطاب – مواقيت الصلاة لشهر رمضان ١٤٤٥ هـ
اليوم | التاريخ | الفجر | الظهر | العصر | المغرب | العشاء
١ رمضان | 11/03/2024 | 5:12 | 12:24 | 3:49 | 6:26 | 7:40
٢ رمضان | 12/03/2024 | 5:11 | 12:24 | 3:49 | 6:27 | 7:41
صلاة التراويح بعد العشاء مباشرة – درس التفسير يوم الجمعة في قاعة الإمام الشافعي`,
    expected: [],
  },
  // ---------------------------------------------------------------- non-profits, donors, Gift Aid
  {
    name: 'HMRC Gift Aid schedule spreadsheet (English, UK) with Title, First name, Last name, house and postcode columns, an aggregated row and donation dates',
    text: `Please check this schedule before I upload it to Charities Online:
Title,First name or initial,Last name,House name or number,Postcode,Aggregated donations,Sponsored event,Donation date,Amount
Mrs,Gwen,Parry-Jones,14,CF11 9HL,,,03/02/24,25.00
Mr,Ahmed,Hussain,Flat 2,LS6 1QT,,,05/02/24,10.00
,,,,,One-off donations under £20 from collection tins,,29/02/24,318.40
Dr,Fiona,MacLeod,Bruach,IV2 4YQ,,Yes,10/02/24,150.00`,
    // Titles are no part of a name; donation dates and postcodes are not ours.
    expected: [
      ['PERSON', 'Gwen'],
      ['PERSON', 'Parry-Jones'],
      ['PERSON', 'Ahmed'],
      ['PERSON', 'Hussain'],
      ['PERSON', 'Fiona'],
      ['PERSON', 'MacLeod'],
    ],
  },
  {
    name: 'fundraising page donations copied from the web (English, UK) for a charity named after a person, with donor names, an anonymous gift, relations and messages',
    text: `Tom Hargreaves is running the Great North Run for Macmillan Cancer Support. Recent donations:

Sophie Lin            £20.00   "Go Tom!! You've got this x"         2 days ago
Anonymous             £10.00                                          3 days ago
Gran & Grandad        £100.00  "So proud of you, love always"         5 days ago
Hannah Whitfield      £25.00                                          1 week ago`,
    // The charity is named after its founder; Gran & Grandad are relations; Tom is named in full above.
    expected: [
      ['PERSON', 'Tom Hargreaves'],
      ['PERSON', 'Sophie Lin'],
      ['PERSON', 'Tom'],
      ['PERSON', 'Hannah Whitfield'],
    ],
  },
  {
    name: 'donation checkout webhook and its config (Spanish, Navarra) with a live secret key, a webhook signing secret, customer_details and a dedication in metadata',
    text: `Nuestro webhook de donaciones devuelve 400. Esta es la config del servidor y el evento:

STRIPE_SECRET_KEY=${stripeSecret}
STRIPE_WEBHOOK_SECRET=${stripeWebhookSecret}

{
  "id": "evt_1OqL8v2eZvKYlo2C0b7aX3Qm",
  "type": "checkout.session.completed",
  "data": {"object": {
    "id": "cs_live_a1Bq7Xt2Rz4Kw8Nc3Bp6Df1Gh5Sa0Ey2Ui7Op4Kq9",
    "amount_total": 5000, "currency": "eur",
    "customer_details": {"email": "mjose.arrieta@telefonica.net", "name": "María José Arrieta Goñi", "phone": "+34612489307", "address": {"city": "Pamplona", "postal_code": "31002"}},
    "metadata": {"campana": "Navidad 2024", "dedicatoria": "En memoria de Iñaki Goñi Elizalde"}
  }}
}`,
    // Event and checkout-session ids are identifiers, not secrets.
    expected: [
      ['SECRET', stripeSecret],
      ['SECRET', stripeWebhookSecret],
      ['EMAIL', 'mjose.arrieta@telefonica.net'],
      ['PERSON', 'María José Arrieta Goñi'],
      ['PHONE', '+34612489307'],
      ['PERSON', 'Iñaki Goñi Elizalde'],
    ],
  },
  {
    name: 'donation receipt of a German support association as PDF text with the donor after Herr Dr., the amount in words, the gift date, the debit IBAN in groups and the treasurer',
    text: `Bestätigung über Geldzuwendungen im Sinne des § 10b EStG
Aussteller: Förderverein Tierheim Freiburg e.V., Steuernummer 06470/12345
Name und Anschrift des Zuwendenden: Herr Dr. Matthias Kellermann, Lindenstraße 14, 79098 Freiburg
Betrag der Zuwendung: 240,00 Euro – in Buchstaben: zweihundertvierzig
Tag der Zuwendung: 15.12.2024
Eingezogen per SEPA-Lastschrift von IBAN DE41 1203 0000 1044 7120 93
Freiburg, 10.01.2025 – Ursula Brenneisen (Schatzmeisterin)`,
    expected: [
      ['PERSON', 'Matthias Kellermann'],
      ['IBAN', 'DE41 1203 0000 1044 7120 93'],
      ['PERSON', 'Ursula Brenneisen'],
    ],
  },
  {
    name: 'NGO PIX donation report (Portuguese, Brazil) with payers in capitals, the charity receiving key as a team mailbox and a phone, masked CPFs and end-to-end ids',
    text: `Relatório de doações via PIX – Instituto Semear (março/2024)
Data/hora | Pagador | CPF | Chave PIX recebedora | Valor | ID fim a fim
05/03 14:22 | LUCAS HENRIQUE ALVES DE SOUZA | ***.482.719-** | doacoes@institutosemear.org.br | R$ 50,00 | E18447120202403051422a1b2c3d4e5f
07/03 09:10 | MARIANA COSTA RIBEIRO | ***.093.118-** | (11) 98472-1936 | R$ 120,00 | E00360305202403070910f6e5d4c3b2a`,
    // Masked CPFs and end-to-end ids are not ours; the receiving mailbox and phone are the charity's, which still count.
    expected: [
      ['PERSON', 'LUCAS HENRIQUE ALVES DE SOUZA'],
      ['EMAIL', 'doacoes@institutosemear.org.br'],
      ['PERSON', 'MARIANA COSTA RIBEIRO'],
      ['PHONE', '(11) 98472-1936'],
    ],
  },
  {
    name: 'charity donor file for a direct-debit run (Dutch) with voornaam and achternaam with a tussenvoegsel, IBAN, machtigingskenmerk and a start date',
    text: `Donateursbestand incasso april – Stichting Vrienden van het Hospice Rivierenland
Relatienr;Voornaam;Achternaam;E-mail;IBAN;Machtigingskenmerk;Bedrag;Startdatum
20418;Joke;van der Linden;jokevdlinden@ziggo.nl;NL10INGB0008417209;VVHR-20418;12,50;01-02-2019
20419;Ruud;Verbeek;r.verbeek@kpnmail.nl;BE64310184471252;VVHR-20419;25,00;15-06-2022`,
    // Relation numbers, mandate references and start dates are not ours.
    expected: [
      ['PERSON', 'Joke'],
      ['PERSON', 'van der Linden'],
      ['EMAIL', 'jokevdlinden@ziggo.nl'],
      ['IBAN', 'NL10INGB0008417209'],
      ['PERSON', 'Ruud'],
      ['PERSON', 'Verbeek'],
      ['EMAIL', 'r.verbeek@kpnmail.nl'],
      ['IBAN', 'BE64310184471252'],
    ],
  },
  {
    name: 'donation pledge card scanned for a charity gala (English, Ireland) with a full card number, expiry, the cardholder and an Irish IBAN for standing orders',
    text: `Gala pledge cards typed up – can you total these by table?
Table 7 – Name: Siobhán Gallagher | Pledge €500 | Pay by card: 4539 2018 4471 2097 exp 09/27 | Mobile 087 294 1836
Table 7 – Name: Cormac Duffy | Pledge €50/month | Standing order from IE55AIBK93115284471209
Table 12 – Name: (left blank) | Pledge €100 | cash`,
    expected: [
      ['PERSON', 'Siobhán Gallagher'],
      ['CREDIT_CARD', '4539 2018 4471 2097'],
      ['PHONE', '087 294 1836'],
      ['PERSON', 'Cormac Duffy'],
      ['IBAN', 'IE55AIBK93115284471209'],
    ],
  },
  {
    name: 'clean: donation campaign summary (Korean) with campaign names, totals, counts, a business registration number and report timestamps',
    text: `2024년 연말 모금 캠페인 결과 요약 (사단법인 나눔의 집)
캠페인	건수	모금액	평균
희망나눔 정기후원	1,284	₩64,200,000	₩50,000
사랑의 김장 나눔	412	₩12,360,000	₩30,000
고유번호 123-82-84471 / 보고서 생성 2025-01-03 09:14:22`,
    expected: [],
  },
  // ---------------------------------------------------------------- volunteers
  {
    name: 'food bank volunteer shift sheet (English and French, Canada) with shifts, volunteers, phones, a team lead and a court-ordered hours note',
    text: `Moisson Outaouais – Volunteer shifts week of March 18
Shift	Role	Volunteer	Phone	Notes
Mon 9-12	Sorting	Geneviève Lapointe	819-556-4471	
Mon 9-12	Sorting	Kwame Mensah	(613) 294-8830	community service hours – sign sheet
Tue 13-16	Driver	Raymond Thibault	819 762 1093	van #2
Team lead: Nadia Belkacem (nadia.belkacem@moissonoutaouais.ca)`,
    expected: [
      ['PERSON', 'Geneviève Lapointe'],
      ['PHONE', '819-556-4471'],
      ['PERSON', 'Kwame Mensah'],
      ['PHONE', '(613) 294-8830'],
      ['PERSON', 'Raymond Thibault'],
      ['PHONE', '819 762 1093'],
      ['PERSON', 'Nadia Belkacem'],
      ['EMAIL', 'nadia.belkacem@moissonoutaouais.ca'],
    ],
  },
  {
    name: 'food rescue helper plan (German) pasted from a shared sheet with Ausgabe shifts, Helfer names, Handy numbers and a Führungszeugnis date',
    text: `Helferplan Ausgabestelle Nord – KW 12
Tag	Schicht	Helfer:in	Handy	Führungszeugnis vom
Di	14–17	Brigitte Wohlfahrt	0171 4839027	03.05.2022
Di	14–17	Yusuf Aksoy	0152 29384471	
Do	9–12	Hans-Peter Kleinschmidt	0160 8813920	11.01.2023
Schlüssel hat diese Woche Brigitte.`,
    // The certificate dates are not birth dates; Brigitte is named in full above.
    expected: [
      ['PERSON', 'Brigitte Wohlfahrt'],
      ['PHONE', '0171 4839027'],
      ['PERSON', 'Yusuf Aksoy'],
      ['PHONE', '0152 29384471'],
      ['PERSON', 'Hans-Peter Kleinschmidt'],
      ['PHONE', '0160 8813920'],
      ['PERSON', 'Brigitte'],
    ],
  },
  {
    name: 'food bank volunteer WhatsApp group (Spanish, Spain) with turns, a Bizum number for the coffee fund and a volunteer writing from her number',
    text: `[15/3/24 10:02] Coordinación Banco de Alimentos Valladolid: Turnos Gran Recogida, Mercadona Parquesol:
🕘 9-12 Rocío Alonso, Íñigo Barrios
🕛 12-15 Pilar Sanz, Ahmed El Idrissi
Bote del café por Bizum a Pilar: 654 12 87 30
[15/3/24 10:05] +34 699 48 21 07: Yo puedo cubrir a Íñigo si falla 👍`,
    // The supermarket and its neighbourhood are not ours; Pilar and Íñigo are named in full above.
    expected: [
      ['PERSON', 'Rocío Alonso'],
      ['PERSON', 'Íñigo Barrios'],
      ['PERSON', 'Pilar Sanz'],
      ['PERSON', 'Ahmed El Idrissi'],
      ['PERSON', 'Pilar'],
      ['PHONE', '654 12 87 30'],
      ['PHONE', '+34 699 48 21 07'],
      ['PERSON', 'Íñigo'],
    ],
  },
  {
    name: 'clean: volunteer reminder e-mail template (English) with Handlebars placeholders, a shift id, a venue named after a person and an unsubscribe footer',
    text: `Subject: Reminder: your {{shift.role}} shift on {{shift.date | date: "%A %d %B"}}

Hi {{volunteer.first_name}},

Thanks for signing up! Your shift SH-20240318-0412 starts at {{shift.start_time}} at the Ada Whitcombe Community Centre (Hall B).
Parking is free after 6 PM on Harold Okafor Way.

Can't make it? Reply to this e-mail or use the link: {{shift.cancel_url}}
{{unsubscribe_link}}`,
    expected: [],
  },
  // ---------------------------------------------------------------- event ticketing and RSVPs
  {
    name: 'ticketing API attendees call and answer (English, Ireland) with a bearer token in curl, profile names, a custom "Date of birth" question, an emergency contact and barcodes',
    text: `curl -s -H "Authorization: Bearer ${eventbriteToken}" "https://www.eventbriteapi.com/v3/events/884471209311/attendees/?status=attending"

{"pagination":{"object_count":1,"page_number":1},"attendees":[{"id":"12093184471","created":"2024-04-02T19:14:07Z",
 "profile":{"first_name":"Aisling","last_name":"Byrne","name":"Aisling Byrne","email":"aisling.byrne@eircom.net","cell_phone":"+353 87 294 1836"},
 "answers":[{"question_id":"88471209","question":"Date of birth (required for insurance)","type":"text","answer":"11/02/1996"},
            {"question_id":"88471210","question":"Emergency contact name and number","type":"text","answer":"Declan Byrne 087 611 4420"}],
 "barcodes":[{"barcode":"120931844712093184471001","status":"unused"}],"ticket_class_name":"Sea swim + breakfast"}]}`,
    // The question labels the answer as a birth date; ids, barcodes and the creation time are not ours.
    expected: [
      ['SECRET', eventbriteToken],
      ['PERSON', 'Aisling'],
      ['PERSON', 'Byrne'],
      ['PERSON', 'Aisling Byrne'],
      ['EMAIL', 'aisling.byrne@eircom.net'],
      ['PHONE', '+353 87 294 1836'],
      ['DATE_OF_BIRTH', '11/02/1996'],
      ['PERSON', 'Declan Byrne'],
      ['PHONE', '087 611 4420'],
    ],
  },
  {
    name: 'meetup group RSVP export (English, Singapore) with Name, User ID, Title, host flag, RSVP time, guests and answers to a mobile-number question',
    text: `Name,User ID,Title,Event Host,RSVPed on,Guests,"Answer to ""What's your mobile number? (for the venue guest list)"""
Wei Ling Tan,284471209,,No,2024-03-10 21:04,0,9182 7364
Arjun Menon,318447120,Organizer,Yes,2024-03-01 10:00,1,+65 8123 4470
Nur Aisyah binti Rahman,412093184,,No,2024-03-11 07:45,0,"8847 1209, please WhatsApp not call"`,
    expected: [
      ['PERSON', 'Wei Ling Tan'],
      ['PHONE', '9182 7364'],
      ['PERSON', 'Arjun Menon'],
      ['PHONE', '+65 8123 4470'],
      ['PERSON', 'Nur Aisyah binti Rahman'],
      ['PHONE', '8847 1209'],
    ],
  },
  {
    name: 'event guest list export and API key (English and Portuguese, Lisbon) with api_id, name, first_name, last_name, e-mail, phone, approval status and check-in times',
    text: `api_id,name,first_name,last_name,email,phone_number,created_at,approval_status,checked_in_at,ticket_name
gst-Xq7Lm2Vt9Rz4Kw8,Inês Carvalho,Inês,Carvalho,ines.carvalho@sapo.pt,+351 912 483 076,2024-05-02T10:14:07.123Z,approved,2024-05-16T18:42:10Z,Standard
gst-Nc3Bp6Df1Gh5Sa0,Rafael Monteiro,Rafael,Monteiro,rafa.monteiro@gmail.com,,2024-05-03T08:22:44.001Z,pending_approval,,Standard

Exportei os convidados acima e também tentei pela API (header x-luma-api-key: ${lumaApiKey}). Porque é que o Rafael aparece como pending?`,
    // Rafael is named in full in the export.
    expected: [
      ['PERSON', 'Inês Carvalho'],
      ['PERSON', 'Inês'],
      ['PERSON', 'Carvalho'],
      ['EMAIL', 'ines.carvalho@sapo.pt'],
      ['PHONE', '+351 912 483 076'],
      ['PERSON', 'Rafael Monteiro'],
      ['PERSON', 'Rafael'],
      ['PERSON', 'Monteiro'],
      ['EMAIL', 'rafa.monteiro@gmail.com'],
      ['SECRET', lumaApiKey],
      ['PERSON', 'Rafael'],
    ],
  },
  {
    name: 'hiking club sign-up chain in a WeChat group (Chinese) with #接龙, numbered names with phones, a "+1" and the meeting point',
    text: `#接龙
周六香山徒步 8:30 北宫门集合，AA制
1. 王晓雯 138 2749 1836
2. 李建国 +1（带女儿）
3. 赵敏 13910284473
4. 陈志强 186-0127-4439`,
    // "+1" is a headcount, not a phone.
    expected: [
      ['PERSON', '王晓雯'],
      ['PHONE', '138 2749 1836'],
      ['PERSON', '李建国'],
      ['PERSON', '赵敏'],
      ['PHONE', '13910284473'],
      ['PERSON', '陈志强'],
      ['PHONE', '186-0127-4439'],
    ],
  },
  {
    name: 'temple-fair run registration sheet (Thai) with ชื่อ-นามสกุล, วันเกิด in the Buddhist era, เบอร์โทร, shirt sizes and bib numbers',
    text: `รายชื่อผู้สมัครวิ่ง มินิมาราธอน งานวัด 2567
เลขBIB	ชื่อ-นามสกุล	วันเกิด	เบอร์โทร	ไซซ์เสื้อ
1047	นายสมชาย ใจดี	12/04/2528	081-234-7719	L
1048	น.ส.พรทิพย์ ศรีสุข	03/09/2535	089-771-2093	S`,
    // นาย and น.ส. are titles, no part of the name; BIB numbers are not ours.
    expected: [
      ['PERSON', 'สมชาย ใจดี'],
      ['DATE_OF_BIRTH', '12/04/2528'],
      ['PHONE', '081-234-7719'],
      ['PERSON', 'พรทิพย์ ศรีสุข'],
      ['DATE_OF_BIRTH', '03/09/2535'],
      ['PHONE', '089-771-2093'],
    ],
  },
  {
    name: 'fun-run registration confirmation e-mail (Indonesian) with Nama Lengkap, Tanggal Lahir, Nomor HP, a BIB, jersey size and an emergency contact',
    text: `Subjek: Konfirmasi Pendaftaran Jakarta Fun Run 10K – BIB 10K-08841

Terima kasih telah mendaftar! Berikut data Anda:
Nama Lengkap   : Dimas Prasetyo Nugroho
Tanggal Lahir  : 17 Agustus 1993
Nomor HP       : 0812-8447-1209
Email          : dimas.pn93@yahoo.co.id
Ukuran Jersey  : M
Kontak Darurat : Rina Kusumawati (istri) – 0813-1093-8447
Pengambilan race pack: 8–9 Juni 2024, Senayan City.`,
    expected: [
      ['PERSON', 'Dimas Prasetyo Nugroho'],
      ['DATE_OF_BIRTH', '17 Agustus 1993'],
      ['PHONE', '0812-8447-1209'],
      ['EMAIL', 'dimas.pn93@yahoo.co.id'],
      ['PERSON', 'Rina Kusumawati'],
      ['PHONE', '0813-1093-8447'],
    ],
  },
  {
    name: 'clean: ticket order confirmation (German) with order and ticket ids, a QR payload, a venue named after a person, door times and a masked card',
    text: `Bestellbestätigung #2094471209 – Jazz im Hof 2024
2 × Stehplatz (Kat. B) à 28,00 €  | Ticket-IDs: TKT-8844-7120-93A, TKT-8844-7120-93B
QR: EVT:2094471209|TKT:8844712093A|SIG:b7c1e4a0
Einlass 19:00 Uhr, Beginn 20:00 Uhr – Ort: Konrad-Adenauer-Ufer 3, Karl-Schmidt-Saal
Bezahlt mit Visa •••• 4471 am 02.04.2024 um 19:14`,
    expected: [],
  },
  {
    name: 'clean: RSVP webhook documentation (English) with fixture attendees on example domains, a documentation IP and a placeholder signing secret',
    text: `### rsvp.created payload (example)
{
  "event_id": "evt_000123",
  "attendee": {"name": "Jane Doe", "email": "jane.doe@example.com", "phone": null},
  "guests": 1,
  "source_ip": "203.0.113.42",
  "created_at": "2024-01-01T00:00:00Z"
}
Verify the X-Signature header with your signing secret (e.g. whsec_XXXXXXXXXXXXXXXX).`,
    expected: [],
  },
  // ---------------------------------------------------------------- gyms and fitness apps
  {
    name: 'gym turnstile check-in log (Turkish) with üye no, Ad Soyad, Doğum Tarihi for the age check, giriş saati and a card UID',
    text: `Turnike giriş kayıtları – 18.03.2024 (Şube: Kadıköy)
Saat	Üye No	Ad Soyad	Doğum Tarihi	Kart UID	Durum
06:42:11	GYM-20418	Burak Çelik	07.01.1989	04:A2:7F:1B:44:80	Giriş
06:55:03	GYM-20977	Elif Şahin	22.06.2007	04:C1:09:3E:12:71	RED – 18 yaş altı veli onayı yok`,
    // Card UIDs and times are not ours.
    expected: [
      ['PERSON', 'Burak Çelik'],
      ['DATE_OF_BIRTH', '07.01.1989'],
      ['PERSON', 'Elif Şahin'],
      ['DATE_OF_BIRTH', '22.06.2007'],
    ],
  },
  {
    name: 'personal trainer Telegram chat export (Russian) with the client as sender, her phone for a booking, a birthday for a discount and a colleague named in full',
    text: `Тренер Игорь Соколов, [18.03.2024 19:02]
Анастасия, добрый вечер! Записал вас на четверг 8:00, зал на Профсоюзной.

Анастасия Волкова, [18.03.2024 19:10]
Спасибо! Если что, мой новый номер +7 916 482-71-93. И у меня день рождения 02.04.1992, скидка ещё действует?

Тренер Игорь Соколов, [18.03.2024 19:12]
Да, уточню у администратора Марины Ковалёвой.`,
    // "Тренер" is a role in the display name; Анастасия is named in full in the export; "день рождения" with a year labels the birth date.
    expected: [
      ['PERSON', 'Игорь Соколов'],
      ['PERSON', 'Анастасия'],
      ['PERSON', 'Анастасия Волкова'],
      ['PHONE', '+7 916 482-71-93'],
      ['DATE_OF_BIRTH', '02.04.1992'],
      ['PERSON', 'Игорь Соколов'],
      ['PERSON', 'Марины Ковалёвой'],
    ],
  },
  {
    name: 'class booking confirmation e-mail (English, UK) with the member by given name after "Hi", a studio named after its founder, an instructor, a booking reference and a waitlist',
    text: `From: bookings@gymflowapp.co.uk
To: hollie.brammer@icloud.com
Subject: You're booked: Reformer Pilates, Thu 21 Mar 07:15

Hi Hollie,
You're booked into Reformer Pilates with Jas Dhillon at Kate Fairbairn Studios, Clapham. Booking ref BK-884471.
Cancel up to 12 hours before to keep your credit. Questions? Call the front desk on 020 7183 4471.
Member: Hollie Brammer · Membership no. KFS-20419`,
    // The studio bears its founder's name but is a business; Hollie is named in full below.
    expected: [
      ['EMAIL', 'bookings@gymflowapp.co.uk'],
      ['EMAIL', 'hollie.brammer@icloud.com'],
      ['PERSON', 'Hollie'],
      ['PERSON', 'Jas Dhillon'],
      ['PHONE', '020 7183 4471'],
      ['PERSON', 'Hollie Brammer'],
    ],
  },
  {
    name: 'gym app authentication log (English, Australia) with member logins, client IPs behind a proxy, a device id and a loopback health check',
    text: `2024-03-18T06:41:55.218Z INFO  auth.login ok member_id=M-20418 email=liam.oconnor@bigpond.com ip=101.187.44.12 x_forwarded_for="101.187.44.12, 10.12.0.7" device=ios-7F3A2C41
2024-03-18T06:42:03.004Z WARN  auth.login failed member_id=M-20977 email=chloe.nguyen88@gmail.com ip=49.195.108.230 reason=bad_password attempts=3
2024-03-18T06:42:05.000Z DEBUG health ok ip=127.0.0.1`,
    // Private proxy hops still count as hosts; loopback does not.
    expected: [
      ['EMAIL', 'liam.oconnor@bigpond.com'],
      ['IP_ADDRESS', '101.187.44.12'],
      ['IP_ADDRESS', '101.187.44.12'],
      ['IP_ADDRESS', '10.12.0.7'],
      ['EMAIL', 'chloe.nguyen88@gmail.com'],
      ['IP_ADDRESS', '49.195.108.230'],
    ],
  },
  {
    name: 'clean: fitness club group-class timetable (Dutch) with class names, studios named after people, times, capacity and a class code',
    text: `Lesrooster week 12 – Sportcentrum De Vliert
Maandag  07:00  BODYPUMP®      Studio Wilma Verhoef   25 plekken  (LES-1204)
Maandag  18:30  Spinning 45    Zaal Henk Brouwer      30 plekken  (LES-1205)
Dinsdag  09:15  Yoga Flow      Studio Wilma Verhoef   18 plekken  (LES-1206)
Reserveren kan vanaf 48 uur vooraf via de app.`,
    expected: [],
  },
  {
    name: 'clean: running app leaderboard (Turkish) with handles only, segment names, times and activity ids',
    text: `Kulüp haftalık sıralaması – "Moda Sahil Koşucuları"
1. @kosucu_kedi      42,1 km   4:58 /km
2. @sabahci.mert     38,7 km   5:12 /km
3. @z_runs_34        35,0 km   5:31 /km
Segment: Fenerbahçe Parkı tur (KOM 3:41) · aktivite 11840447120`,
    expected: [],
  },
  // ---------------------------------------------------------------- dating and social apps
  {
    name: 'dating app "download my data" JSON (English, US) with the user block (name, birthday, phone, e-mail), a match under first_name and messages that give a full name and a number',
    text: `{"user":{"name":"Jordan Ellison","birthday":"1995-08-14","phone":"+1 (646) 382-9047","email":"jordan.ellison95@gmail.com","gender":"Woman","location":"Brooklyn, NY"},
 "matches":[{"match_id":"m_8f3a2c41","first_name":"Marcus","matched_at":"2024-02-10T22:14:07Z",
   "messages":[{"from":"me","sent":"2024-02-10T22:20:31Z","text":"Hey Marcus! Loved your hiking pics"},
               {"from":"them","sent":"2024-02-10T22:31:02Z","text":"Thanks! I'm Marcus Bell btw, text me at 917-204-8836"}]}]}`,
    // Match and message timestamps are not ours.
    expected: [
      ['PERSON', 'Jordan Ellison'],
      ['DATE_OF_BIRTH', '1995-08-14'],
      ['PHONE', '+1 (646) 382-9047'],
      ['EMAIL', 'jordan.ellison95@gmail.com'],
      ['PERSON', 'Marcus'],
      ['PERSON', 'Marcus'],
      ['PERSON', 'Marcus Bell'],
      ['PHONE', '917-204-8836'],
    ],
  },
  {
    name: 'dating app export user.json and matches.json (French) with first_name, account phone, e-mail and birthday, and chats greeting a match known only by her given name',
    text: `user.json
{"profile":{"first_name":"Thomas","age":31,"height_centimeters":180,"job_title":"Ingénieur","hometowns":"Lyon"},
 "account":{"signup_time":"2023-11-04 21:10:02","phone_number":"+33 6 58 21 47 93","email":"thomas.girard.lyon@gmail.com","birthday":"1993-01-09"}}

matches.json
[{"chats":[{"body":"Salut Léa ! On se voit au Café des Augustins jeudi ?","timestamp":"2024-03-02 19:44:10"},
           {"body":"Je réserve pour 20h, à jeudi","timestamp":"2024-03-02 20:01:55"}],
  "match":[{"timestamp":"2024-03-01 21:10:02"}],"we_met":[{"did_meet_subject":"Yes","timestamp":"2024-03-10 11:00:00"}]}]`,
    // Léa is a given name said alone of someone never named in full; the café is a business.
    expected: [
      ['PERSON', 'Thomas'],
      ['PHONE', '+33 6 58 21 47 93'],
      ['EMAIL', 'thomas.girard.lyon@gmail.com'],
      ['DATE_OF_BIRTH', '1993-01-09'],
    ],
  },
  {
    name: 'dating app support reply (Japanese) about a failed age verification with お名前 and 様, 生年月日, the registered phone and an inquiry number',
    text: `【カスタマーサポート】お問い合わせ番号：#20240318-0412
お名前：松本 彩花 様
生年月日（ご登録）：1996年2月29日
ご登録の電話番号：090-1844-7120
提出いただいた本人確認書類の生年月日とご登録情報が一致しないため、年齢確認が完了しておりません。
お手数ですが、アプリの「マイページ > 各種設定 > 本人確認」より再提出をお願いいたします。`,
    // 様 is an honorific, no part of the name.
    expected: [
      ['PERSON', '松本 彩花'],
      ['DATE_OF_BIRTH', '1996年2月29日'],
      ['PHONE', '090-1844-7120'],
    ],
  },
  {
    name: 'dating app profile record from the admin console (Chinese) with realName, birthday, mobile, a star sign, register IP and a user id',
    text: `管理后台 - 用户详情（工单 #884412 复核）
{"userId":884471209,"realName":"刘思琪","gender":"F","birthday":"1998-06-15","constellation":"双子座","mobile":"+86 139 1028 4473","city":"成都","registerIp":"117.136.45.201","vipLevel":2,"createdAt":"2023-07-21 23:14:05"}
复核结论：实名与身份证一致，解除限制。`,
    expected: [
      ['PERSON', '刘思琪'],
      ['DATE_OF_BIRTH', '1998-06-15'],
      ['PHONE', '+86 139 1028 4473'],
      ['IP_ADDRESS', '117.136.45.201'],
    ],
  },
  {
    name: 'dating app trust-and-safety report (Arabic, Egypt) with the reported user’s name, birth date, a phone shared in chat, a transfer request and the last IP',
    text: `بلاغ رقم 88412 – احتيال مالي محتمل
الاسم في الملف: كريم عبد الله منصور
تاريخ الميلاد: 1990/05/12
آخر عنوان IP: 156.214.80.33
ملخص: أرسل المستخدم رقم هاتفه في المحادثة (0101 284 4712) وطلب تحويل 2000 جنيه عبر فودافون كاش قبل اللقاء.
الإجراء: حظر دائم.`,
    expected: [
      ['PERSON', 'كريم عبد الله منصور'],
      ['DATE_OF_BIRTH', '1990/05/12'],
      ['IP_ADDRESS', '156.214.80.33'],
      ['PHONE', '0101 284 4712'],
    ],
  },
  {
    name: 'clean: dating app weekly metrics (Portuguese, Brazil) with age buckets, match and message counts, cohort ids and timestamps',
    text: `Relatório semanal – coorte 2024-W11 (gerado 2024-03-18 06:00:00 UTC)
faixa_etaria | usuarios_ativos | matches | msgs_por_match | taxa_resposta
18-24        | 48.210          | 131.442 | 6,1            | 38%
25-34        | 72.904          | 201.118 | 7,4            | 44%
35-44        | 21.377          | 44.820  | 8,0            | 51%
Experimento AB-2024-03 ("Super Like grátis"): variante B +3,2% matches.`,
    expected: [],
  },
  // ---------------------------------------------------------------- alumni associations
  {
    name: 'engineering college alumni directory (English, India) with batch, branch, names, e-mail, mobile, employer and city',
    text: `Batch,Branch,Name,Email,Mobile,Current Organisation,City
2009,Mechanical,Karthik Subramanian,karthik.subbu@gmail.com,+91 98400 71236,Tata Motors,Pune
2011,ECE,Sneha Reddy Gaddam,sneha.gaddam@outlook.com,9963041827,Qualcomm,Hyderabad
2011,CSE,Mohammed Irfan Pasha,irfan.pasha@infosys.com,+91-80-4471-2093,Infosys,Bengaluru`,
    // Batch years are not birth dates; employers are companies; an office phone still counts.
    expected: [
      ['PERSON', 'Karthik Subramanian'],
      ['EMAIL', 'karthik.subbu@gmail.com'],
      ['PHONE', '+91 98400 71236'],
      ['PERSON', 'Sneha Reddy Gaddam'],
      ['EMAIL', 'sneha.gaddam@outlook.com'],
      ['PHONE', '9963041827'],
      ['PERSON', 'Mohammed Irfan Pasha'],
      ['EMAIL', 'irfan.pasha@infosys.com'],
      ['PHONE', '+91-80-4471-2093'],
    ],
  },
  {
    name: 'high-school reunion list (Japanese) with 卒業年度, 氏名, 旧姓 as a maiden-name column, 連絡先 and a deceased classmate',
    text: `第42回生 同窓会名簿（幹事用）
卒業年度	組	氏名	旧姓	連絡先	備考
1998	3組	山口 直子	藤田	090-6614-8820	出席
1998	3組	岡本 大輔		080-2093-1184	欠席
1998	5組	斎藤 恵美	小林	emi.saito.98@docomo.ne.jp	逝去（2019年）`,
    // A maiden name under its own column is a name; the year of death is not ours.
    expected: [
      ['PERSON', '山口 直子'],
      ['PERSON', '藤田'],
      ['PHONE', '090-6614-8820'],
      ['PERSON', '岡本 大輔'],
      ['PHONE', '080-2093-1184'],
      ['PERSON', '斎藤 恵美'],
      ['PERSON', '小林'],
      ['EMAIL', 'emi.saito.98@docomo.ne.jp'],
    ],
  },
  {
    name: 'alumni association membership sheet (Arabic, Jordan) with الاسم, سنة التخرج, الكلية, الهاتف and البريد الإلكتروني',
    text: `رابطة خريجي الجامعة – كشف المنتسبين الجدد
الاسم | سنة التخرج | الكلية | الهاتف | البريد الإلكتروني
ليث حمدان العبادي | 2015 | الهندسة | 0791844712 | laith.abbadi@gmail.com
رزان فيصل الخطيب | 2018 | الصيدلة | +962 77 209 3184 | razan.khatib@yahoo.com`,
    // Graduation years are not birth dates.
    expected: [
      ['PERSON', 'ليث حمدان العبادي'],
      ['PHONE', '0791844712'],
      ['EMAIL', 'laith.abbadi@gmail.com'],
      ['PERSON', 'رزان فيصل الخطيب'],
      ['PHONE', '+962 77 209 3184'],
      ['EMAIL', 'razan.khatib@yahoo.com'],
    ],
  },
  {
    name: 'clean: alumni reunion announcement (German) with the school and hotel named after people, dates, a booking code and an account owner that is the association',
    text: `Einladung: 25 Jahre Abitur – Jahrgang 1999 des Lessing-Gymnasiums
Samstag, 14. September 2024, ab 18 Uhr im Hotel Theodor Storm, Husum.
Unkostenbeitrag 45 € bis 31.07. an den Förderverein (Verwendungszweck: ABI99-TREFFEN).
Zimmerkontingent unter dem Stichwort „Lessing 99“ bis 15.08. abrufbar.`,
    expected: [],
  },
  // ---------------------------------------------------------------- scouting
  {
    name: 'scout section member export (English, UK) with First name, Last name, Date of birth, Patrol, two primary contacts, medical notes and a joined date',
    text: `First name,Last name,Date of birth,Patrol,Joined,Primary contact 1 first name,Primary contact 1 last name,Primary contact 1 mobile,Primary contact 1 email,Medical
Isaac,Thornbury,2012-05-21,Kestrels,2022-09-08,Laura,Thornbury,07544 218390,laura.thornbury@sky.com,Hay fever
Amara,Osei,2013-01-17,Otters,2023-01-12,Kojo,Osei,07392 018447,kojo.osei@hotmail.co.uk,None`,
    // Joined dates are not birth dates; patrols are named after animals.
    expected: [
      ['PERSON', 'Isaac'],
      ['PERSON', 'Thornbury'],
      ['DATE_OF_BIRTH', '2012-05-21'],
      ['PERSON', 'Laura'],
      ['PERSON', 'Thornbury'],
      ['PHONE', '07544 218390'],
      ['EMAIL', 'laura.thornbury@sky.com'],
      ['PERSON', 'Amara'],
      ['PERSON', 'Osei'],
      ['DATE_OF_BIRTH', '2013-01-17'],
      ['PERSON', 'Kojo'],
      ['PERSON', 'Osei'],
      ['PHONE', '07392 018447'],
      ['EMAIL', 'kojo.osei@hotmail.co.uk'],
    ],
  },
  {
    name: 'scout group member list (Swedish) with Förnamn, Efternamn, Födelsedatum, Avdelning, Vårdnadshavare and Mobil',
    text: `Medlemslista – Scoutkåren Älvsjö, avdelning Upptäckare (utskrift 2024-03-18)
Förnamn	Efternamn	Födelsedatum	Avdelning	Vårdnadshavare	Mobil
Elsa	Lindqvist	2013-04-02	Upptäckare	Johan Lindqvist	070-482 71 93
Omar	Haddad	2012-11-19	Upptäckare	Leila Haddad	073-118 44 71`,
    expected: [
      ['PERSON', 'Elsa'],
      ['PERSON', 'Lindqvist'],
      ['DATE_OF_BIRTH', '2013-04-02'],
      ['PERSON', 'Johan Lindqvist'],
      ['PHONE', '070-482 71 93'],
      ['PERSON', 'Omar'],
      ['PERSON', 'Haddad'],
      ['DATE_OF_BIRTH', '2012-11-19'],
      ['PERSON', 'Leila Haddad'],
      ['PHONE', '073-118 44 71'],
    ],
  },
  {
    name: 'summer camp sign-up e-mail from a scout group form (German) with Name des Kindes, Geburtsdatum, Notfallkontakt, a swimming badge and a Lastschrift IBAN',
    text: `Betreff: Neue Anmeldung Sommerlager 2024 (Stamm Graf Luckner)

Name des Kindes: Leonie Baumgartner
Geburtsdatum: 09.10.2012
Schwimmabzeichen: Bronze
Allergien/Medikamente: Laktoseintoleranz
Notfallkontakt: Petra Baumgartner, 0171 9920 4471
Lagerbeitrag 220 € per Lastschrift von: DE96 3704 0044 0928 4177 30
Gesendet über das Anmeldeformular am 18.03.2024 um 21:14`,
    // The scout group is named after a historical person; the form timestamp is not a birth date.
    expected: [
      ['PERSON', 'Leonie Baumgartner'],
      ['DATE_OF_BIRTH', '09.10.2012'],
      ['PERSON', 'Petra Baumgartner'],
      ['PHONE', '0171 9920 4471'],
      ['IBAN', 'DE96 3704 0044 0928 4177 30'],
    ],
  },
  {
    name: 'clean: scout award requirements (English) with award names after people, section names, ages and a badge catalogue number',
    text: `Chief Scout's Gold Award – requirements for Scouts (ages 10½–14)
1. Complete six Challenge Awards, including the Outdoor and Adventure Challenge.
2. Complete five activity or staged badges (catalogue ref. BDG-2024-117).
Leaders may also nominate for the Baden-Powell Challenge Award at Explorer level.
See the Fleur-de-lis handbook, p. 42.`,
    expected: [],
  },
  // ---------------------------------------------------------------- HOA, tenant and owners associations
  {
    name: 'homeowners association delinquency report (English, US) with owners per lot, a joint owner, e-mails, balances and a management company named after its founder',
    text: `Maple Ridge HOA – Delinquent Assessments as of 03/31/2024 (prepared by Hartley & Sons Property Management)
Lot | Owner(s) | Email | Phone | Balance | Days Late
14 | Gregory Paulsen | gpaulsen@att.net | (480) 726-1934 | $1,240.00 | 94
27 | Diane Kowalski; Robert Kowalski | dkowalski.az@gmail.com | (602) 318-4471 | $415.50 | 41
52 | Vacant – bank owned (REO) | | | $2,880.00 | 210`,
    expected: [
      ['PERSON', 'Gregory Paulsen'],
      ['EMAIL', 'gpaulsen@att.net'],
      ['PHONE', '(480) 726-1934'],
      ['PERSON', 'Diane Kowalski'],
      ['PERSON', 'Robert Kowalski'],
      ['EMAIL', 'dkowalski.az@gmail.com'],
      ['PHONE', '(602) 318-4471'],
    ],
  },
  {
    name: "owners' meeting minutes (Spanish, Madrid) with the president and administrator, owners by floor, a debtor, a bank account for the derrama and a street named after a person",
    text: `ACTA DE LA JUNTA ORDINARIA – Comunidad de Propietarios C/ Doctor Esquerdo 118, Madrid
Asistentes: D. Fernando Gil Navarro (Presidente, 3ºB), Dña. Amparo Rey Salas (4ºA), D. Hugo Lozano (1ºC, representado por su hija Irene Lozano Prieto).
Administrador: Fincas Moratalaz S.L., en la persona de D. Álvaro Quintana.
Punto 3: Se aprueba una derrama de 600 € por vivienda, a ingresar en ES38 2100 4471 2093 1844 7120.
Punto 4: Se requiere a la propietaria del 2ºD, Sra. Noelia Bravo Cid, el pago de 1.240,35 € adeudados.`,
    // D., Dña. and Sra. are titles; the street and the administrator firm are not ours.
    expected: [
      ['PERSON', 'Fernando Gil Navarro'],
      ['PERSON', 'Amparo Rey Salas'],
      ['PERSON', 'Hugo Lozano'],
      ['PERSON', 'Irene Lozano Prieto'],
      ['PERSON', 'Álvaro Quintana'],
      ['IBAN', 'ES38 2100 4471 2093 1844 7120'],
      ['PERSON', 'Noelia Bravo Cid'],
    ],
  },
  {
    name: 'condominium association (OSBB) debtor notice in a Telegram channel (Ukrainian) with names by flat, a chair with a phone and an IBAN-less card top-up',
    text: `ОСББ «Сонячний 12» – боржники станом на 01.03.2024
кв. 14 – Ткаченко Олег Петрович – 3 412,50 грн
кв. 37 – Мельник Ірина Василівна – 1 180,00 грн
Сплатити можна на картку голови правління Бондаренко Світлани: 5254 1209 3844 7123
Питання – тел. 067 482 71 93`,
    // Names are family-name first with patronymics; the card number is a real payment card.
    expected: [
      ['PERSON', 'Ткаченко Олег Петрович'],
      ['PERSON', 'Мельник Ірина Василівна'],
      ['PERSON', 'Бондаренко Світлани'],
      ['CREDIT_CARD', '5254 1209 3844 7123'],
      ['PHONE', '067 482 71 93'],
    ],
  },
  {
    name: 'tenant association e-mail to members (French) with the council members, a copropriété syndic mailbox, a resident phone and a meeting room named after a person',
    text: `Objet : Réunion du conseil syndical – mardi 26 mars, 19h, salle Germaine Tillion (RDC bât. B)

Bonjour à toutes et à tous,
Ordre du jour : infiltrations au 5e (appartement de Mme Yasmina Haddouche), devis ascenseur, local vélos.
Merci de confirmer votre présence à Pascal Riviere (06 71 28 40 93) ou au syndic : copro.leslilas@foncia.fr.
Le conseil : Pascal Riviere, Odile Marchetti, Kevin Tran`,
    expected: [
      ['PERSON', 'Yasmina Haddouche'],
      ['PERSON', 'Pascal Riviere'],
      ['PHONE', '06 71 28 40 93'],
      ['EMAIL', 'copro.leslilas@foncia.fr'],
      ['PERSON', 'Pascal Riviere'],
      ['PERSON', 'Odile Marchetti'],
      ['PERSON', 'Kevin Tran'],
    ],
  },
  {
    name: 'clean: HOA board meeting agenda (English) with motions, unit numbers, budget lines, vendor and community names and a Zoom meeting id',
    text: `Cedar Hollow Owners Association – Board Meeting Agenda, April 9, 2024, 7:00 PM
1. Call to order / quorum (5 of 7 directors)
2. Approve March minutes (Motion 2024-031)
3. Reserve study: roof replacement Bldg C, est. $184,000 (Hughes Roofing bid)
4. Pool resurfacing – units 101–148 special assessment $350/unit
Join by Zoom: Meeting ID 884 4712 0931`,
    expected: [],
  },
  // ---------------------------------------------------------------- school parent groups
  {
    name: 'PTA class contact list (English, US) with student names, room parents, phones and e-mails, and a teacher after Mrs.',
    text: `Room 14 (Ms. Rachel Delgado, 2nd grade) – class contact list, for PTA use only
Student | Parent/Guardian | Phone | Email
Ava Kowalczyk | Megan Kowalczyk | (503) 482-7193 | megkowalczyk@gmail.com
Mateo Ruiz | Daniela Ruiz / Carlos Ruiz | (971) 204-1836 | ruizfamily.pdx@outlook.com
Room parents this year: Megan Kowalczyk and Tasha Greenfield (tasha.greenfield@comcast.net)`,
    // Ms. is a title, no part of the teacher's name.
    expected: [
      ['PERSON', 'Rachel Delgado'],
      ['PERSON', 'Ava Kowalczyk'],
      ['PERSON', 'Megan Kowalczyk'],
      ['PHONE', '(503) 482-7193'],
      ['EMAIL', 'megkowalczyk@gmail.com'],
      ['PERSON', 'Mateo Ruiz'],
      ['PERSON', 'Daniela Ruiz'],
      ['PERSON', 'Carlos Ruiz'],
      ['PHONE', '(971) 204-1836'],
      ['EMAIL', 'ruizfamily.pdx@outlook.com'],
      ['PERSON', 'Megan Kowalczyk'],
      ['PERSON', 'Tasha Greenfield'],
      ['EMAIL', 'tasha.greenfield@comcast.net'],
    ],
  },
  {
    name: "parents' committee WhatsApp export (Hebrew) with senders by name and by number, a payment request with a Bit number and a child's birthday party",
    text: `[18.3.2024, 20:41] מיכל אברהמי: ערב טוב לכולם, אוספים 50 ₪ למתנה למורה. אפשר בביט ל-052-771-2093
[18.3.2024, 20:44] ‏+972 54-318-4471: שילמתי עבור יואב גולדשטיין 👍
[18.3.2024, 20:47] מיכל אברהמי: תודה! ושימו לב – יום ההולדת של תמר שפירא ביום שישי בגן המשחקים`,
    // A birthday party date is not a birth date.
    expected: [
      ['PERSON', 'מיכל אברהמי'],
      ['PHONE', '052-771-2093'],
      ['PHONE', '+972 54-318-4471'],
      ['PERSON', 'יואב גולדשטיין'],
      ['PERSON', 'מיכל אברהמי'],
      ['PERSON', 'תמר שפירא'],
    ],
  },
  {
    name: 'PTA phone tree (Japanese) with 児童名, 保護者名, 電話番号 in order of calling, and the class name',
    text: `3年2組 緊急連絡網（令和6年度）※取扱注意・配布後は保管のこと
順番	児童名	保護者名	電話番号
1	青木 陽菜	青木 真由美	090-8813-2047
2	石田 湊	石田 亮	080-4471-2093
3	上野 結衣	上野 さやか	070-3918-2204
最後の方は担任（学校 03-3712-4471）へ折り返してください。`,
    // The school's phone is a business line that still counts.
    expected: [
      ['PERSON', '青木 陽菜'],
      ['PERSON', '青木 真由美'],
      ['PHONE', '090-8813-2047'],
      ['PERSON', '石田 湊'],
      ['PERSON', '石田 亮'],
      ['PHONE', '080-4471-2093'],
      ['PERSON', '上野 結衣'],
      ['PERSON', '上野 さやか'],
      ['PHONE', '070-3918-2204'],
      ['PHONE', '03-3712-4471'],
    ],
  },
  // ---------------------------------------------------------------- marketplace messages
  {
    name: 'second-hand clothing marketplace conversation (French) where the buyer gives her full name, delivery address and phone, and the seller a PayPal e-mail',
    text: `Conversation – Article : Manteau Sézane taille 38 (commande #4412093184)
Acheteuse : bonjour, je préfère une remise en main propre si possible ? Sinon envoyez à Clémence Roussel, 12 rue des Tanneurs, 67000 Strasbourg, tél 06 29 18 44 71
Vendeuse : Pas de souci pour l'envoi. Si vous voulez payer hors appli, mon PayPal c'est juliette.marechal@hotmail.fr (mais je conseille de passer par l'appli 😉)`,
    // The brand is named after its founder; the order number is not ours.
    expected: [
      ['PERSON', 'Clémence Roussel'],
      ['PHONE', '06 29 18 44 71'],
      ['EMAIL', 'juliette.marechal@hotmail.fr'],
    ],
  },
  {
    name: 'classifieds chat (German) about a pram with a PayPal friends-and-family address, a pickup name at the door bell and the seller’s mobile',
    text: `Kleinanzeigen – Nachricht zu „Kinderwagen Bugaboo Fox 3, wie neu“ (Anzeige 2719208447)
Käufer: Hallo, ist der noch da? Ich könnte Samstag holen. Vorab per PayPal Freunde an marco.brandl84@web.de ok?
Verkäuferin: Ja, noch da. Abholung in Regensburg-Kumpfmühl, Hinterhaus 2. OG. Melde dich kurz vorher: 0151 2844 7120 – Katharina Wiesinger`,
    // The pram brand and the listing id are not ours.
    expected: [
      ['EMAIL', 'marco.brandl84@web.de'],
      ['PHONE', '0151 2844 7120'],
      ['PERSON', 'Katharina Wiesinger'],
    ],
  },
  {
    name: 'classifieds app chat (Russian) about a bicycle with the seller moving to a messenger, his phone, a card number for prepayment and the buyer named in full',
    text: `Avito · Велосипед Stels Navigator 700, 2022 г.
Покупатель (Денис Лебедев): Добрый день! Торг уместен? Могу забрать завтра после 19.
Продавец: Здравствуйте, Денис. 14 500 и забирайте. Пишите в телеграм или звоните +7 926 184-47-12, предоплата 1000 на карту 2202 2018 4471 2097 (Сбер, Алексей Г.).`,
    // The bank is a company; "Алексей Г." is a given name with an initial.
    expected: [
      ['PERSON', 'Денис Лебедев'],
      ['PERSON', 'Денис'],
      ['PHONE', '+7 926 184-47-12'],
      ['CREDIT_CARD', '2202 2018 4471 2097'],
      ['PERSON', 'Алексей Г.'],
    ],
  },
  {
    name: 'marketplace chat (Polish) about a phone sale with a BLIK phone number, a parcel-locker code and the buyer signing with name and surname',
    text: `OLX – iPhone 13 128 GB, stan idealny (ogłoszenie ID: 884471209)
Kupujący: Dzień dobry, zapłacę BLIKiem na telefon, jaki numer? Paczkomat WAW18M.
Sprzedający: Proszę na 512 839 047, jak tylko wpłynie nadaję. Kod odbioru przyjdzie SMS-em.
Kupujący: Przelane 2150 zł. Pozdrawiam, Przemysław Jankowski`,
    // The parcel-locker id and the listing id are not ours.
    expected: [
      ['PHONE', '512 839 047'],
      ['PERSON', 'Przemysław Jankowski'],
    ],
  },
  {
    name: 'second-hand app transaction messages (Japanese) with a shipping label name, 様, a postal code and a phone, and item ids',
    text: `取引ID: m84471209318
購入者：はじめまして、購入させていただきました。受取人の名前は「川村 美咲」でお願いします。
出品者：川村様、ご購入ありがとうございます。明日らくらくメルカリ便で発送いたします。
購入者：すみません、配達時の連絡先は 080-2218-4470 です。よろしくお願いします。`,
    // 様 is an honorific; 川村 is the family name of the buyer named in full above.
    expected: [
      ['PERSON', '川村 美咲'],
      ['PERSON', '川村'],
      ['PHONE', '080-2218-4470'],
    ],
  },
  {
    name: 'second-hand marketplace chat (Spanish, Spain) with a Bizum phone, a meeting point at a metro station named after a person and both parties by name',
    text: `Wallapop · Chat sobre "Silla gaming Corsair T3 Rush"
Comprador (Sergio M.): Hola! Te va bien quedar mañana en el metro Pablo Iglesias a las 18h?
Vendedor (Ainhoa Etxeberria): Perfecto. Si quieres me haces Bizum al 688 21 47 93 y así no llevamos efectivo.
Comprador (Sergio M.): Vale, soy Sergio Molina, te lo envío ahora.`,
    // The metro station is a place; Sergio M. is a given name with an initial, named in full below.
    expected: [
      ['PERSON', 'Sergio M.'],
      ['PERSON', 'Ainhoa Etxeberria'],
      ['PHONE', '688 21 47 93'],
      ['PERSON', 'Sergio M.'],
      ['PERSON', 'Sergio Molina'],
    ],
  },
  {
    name: 'classifieds chat (Arabic, UAE) about a sofa with the seller’s name and mobile, a building and a buyer asking for the bank IBAN',
    text: `دوبيزل – كنبة زاوية من ايكيا، الإعلان رقم 88447120
المشتري: السلام عليكم، هل ما زالت متوفرة؟ ممكن أحول المبلغ بنكياً؟
البائعة: وعليكم السلام، نعم. اسمي هالة يوسف الشامسي، رقمي 050 482 7193. التحويل على الآيبان AE550260001015844712093 والاستلام من برج الأميرة، مرسى دبي.`,
    expected: [
      ['PERSON', 'هالة يوسف الشامسي'],
      ['PHONE', '050 482 7193'],
      ['IBAN', 'AE550260001015844712093'],
    ],
  },
  {
    name: 'clean: marketplace listings (Italian) for fashion items of brands named after designers, with sizes, prices, listing ids and timestamps',
    text: `Annunci salvati – Subito.it
[51884471] Borsa Louis Vuitton Speedy 30, con dust bag – 480 € – Milano (pubblicato 12/03 alle 18:42)
[51884472] Camicia Ralph Lauren slim fit tg. M – 25 € – Torino
[51884473] Scarpe Salvatore Ferragamo n. 38, usate 2 volte – 160 € – Firenze
[51884474] Occhiali Giorgio Armani AR8090 – 70 € – spedizione 9,90 €`,
    expected: [],
  },
  {
    name: 'clean: marketplace seller FAQ (English) with item names after people, order and tracking numbers, a masked phone and a reserved example e-mail',
    text: `Listing #KJ-2209184471: Eames-style lounge chair (replica), Le Creuset 24cm casserole, Dyson V11 (boxed).
Tracking: 1Z 884 471 2093 1844 71 (UPS), order ref ORD-2024-0412.
Buyer phone on file: +44 7*** ***293 (masked by the platform).
Questions go to seller-support@example.com; we never ask you to pay outside the app.`,
    expected: [],
  },
  // ---------------------------------------------------------------- more hard negatives
  {
    name: 'clean: high-school baseball tournament results (Japanese) with school names, scores, innings and a game number',
    text: `第106回全国高等学校野球選手権 大阪大会 4回戦 結果
第2試合（No.184）　大阪桐蔭 7 - 2 履正社（8回コールド）
第3試合（No.185）　関大北陽 3 - 4 近大附（延長10回タイブレーク）
次戦：7月24日 10:00 京セラドーム大阪`,
    expected: [],
  },
  {
    name: 'clean: festival committee programme (Hindi) with the mandal named after a historical leader, deity names, pandal timings and a registration number',
    text: `लोकमान्य तिलक मित्र मंडल – गणेशोत्सव 2024 कार्यक्रम
7 सितंबर: श्री गणेश प्रतिष्ठापना, सुबह 9:30
10 सितंबर: महाआरती, शाम 7:00 – भजन संध्या
17 सितंबर: अनंत चतुर्दशी विसर्जन यात्रा, दोपहर 2:00 से
मंडल पंजीकरण क्रमांक: MH/PUN/GM/0412/2024`,
    expected: [],
  },
  {
    name: 'clean: gym membership API response (Polish) with member and plan ids, UUIDs, a card-tag hash, timestamps, a masked card and a handle',
    text: `GET /api/v2/members/20418/membership → 200
{"memberId":20418,"uuid":"3f9c2a1e-7b4d-4e90-a6c1-2d48f0b7e913","plan":{"id":"PLN-OPEN-12M","nazwa":"Open 12 miesięcy","cena":149.00},
 "status":"ACTIVE","od":"2024-01-15T00:00:00+01:00","do":"2025-01-14T23:59:59+01:00",
 "karta":{"tagHash":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","platnosc":"Visa **** 0931"},
 "profil":{"nick":"kettlebell_kasia","avatar":"https://cdn.fitapp.pl/a/20418.webp"}}`,
    expected: [],
  },
  {
    name: 'clean: event listing from a ticketing page (Spanish, Colombia) with a tribute concert to a band, a theatre named after a politician, price tiers and an event id',
    text: `Tributo a Soda Stereo – "Me verás volver" Sinfónico
Teatro Jorge Eliécer Gaitán, Bogotá · sábado 20 de abril de 2024 · 8:00 p. m.
Localidades: Platea $180.000 · Balcón $120.000 · Galería $75.000 (+ servicio)
Evento #EVT-2024-884471 · Organiza: Fundación Cultural Cuerdas del Sur · Edad mínima: 12 años`,
    expected: [],
  },
];

describeHoldout('privacy hold-out 45: community, membership and consumer-platform records', cases);
