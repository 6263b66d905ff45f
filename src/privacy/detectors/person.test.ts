import { describe, expect, it } from 'vitest';
import { personDetector } from './person.js';

type Case = [string, string, Array<['PERSON', string]>];

const psql = ` id | first_name | last_name |   customer    |  created_at
----+------------+-----------+---------------+------------
  1 | Ana        | García    | Acme Corp     | 2024-01-02
  2 | Jürgen     | Weiß      | Zoe Smith     | 2024-01-03
(2 rows)
`;
const pandas = `   user_id     full_name  country
0        1      Jane Orr       US
1        2  Kwame Mensah       GH
`;
const markdown = `| Name | E-Mail | Plan |
|:-----|:-------|-----:|
| Olivia Martin | olivia@example.com | pro |
| Acme Corp | sales@acme.test | team |
`;

const positives: Case[] = [
  [
    "a Jotform full-name answer in Hebrew: its first and last parts and its prettyFormat, under the question's name",
    '"3":{"name":"fullName","text":"שם מלא","type":"control_fullname","answer":{"first":"נועה","last":"בן-דוד"},"prettyFormat":"נועה בן-דוד"}',
    [
      ['PERSON', 'נועה'],
      ['PERSON', 'בן-דוד'],
      ['PERSON', 'נועה בן-דוד'],
    ],
  ],
  [
    "a Devanagari item name whose object lists phone and e-mail columns by id (Monday.com's column_values)",
    '{"id":"6120934471","name":"अनुराधा त्रिपाठी","column_values":[{"id":"phone","text":"+91 98204 17733"},{"id":"email","text":""}]}',
    [['PERSON', 'अनुराधा त्रिपाठी']],
  ],
  [
    "the people a board's items are assigned to, under People and Owner columns; not the items' names",
    'Name\tGroup\tPeople\tStatus\nWireframes\tDesign\tUX Team\tDone\nBackend\tDev\tAna Lima\tStuck\n\n' +
      'Name\tOwner\tStatus\nPrototypes\tBruno Costa\tDone',
    [
      ['PERSON', 'Ana Lima'],
      ['PERSON', 'Bruno Costa'],
    ],
  ],
  [
    'a family name that is also a technical word (Auth) after a listed given name and after a title',
    'Ansprechpartnerin ist Anna Auth aus dem Vertrieb; Herr Auth ruft zurück.',
    [
      ['PERSON', 'Anna Auth'],
      ['PERSON', 'Auth'],
    ],
  ],
  [
    "a Notion people property's user name beside its avatar_url (an account's picture, not a product's link)",
    '"Owner": { "type": "people", "people": [ { "object": "user", "id": "4e1b7c2a-93d0-4f58-a6e2-1d9c8b3f7a05", "name": "Sofia Marchetti", "avatar_url": null, "type": "person" } ] }',
    [['PERSON', 'Sofia Marchetti']],
  ],
  [
    "given and family names in a Sheets values array under its first row's Prénom and Nom, a short row too",
    '{"values": [["Prénom", "Nom", "Atelier"], ["Gaëlle", "Brossard-Niang", "Poterie"], ["Ysaline", "Quérou"]]}',
    [
      ['PERSON', 'Gaëlle'],
      ['PERSON', 'Brossard-Niang'],
      ['PERSON', 'Ysaline'],
      ['PERSON', 'Quérou'],
    ],
  ],
  [
    'a Dutch family name first with the particle last (Groot, Pieter de), not a list of two people',
    "'Groot, Pieter de' and Berg, Jan van den; Jansen, Pieter de Vries",
    [
      ['PERSON', 'Groot, Pieter de'],
      ['PERSON', 'Berg, Jan van den'],
      ['PERSON', 'Pieter de Vries'],
    ],
  ],
  [
    'a display name family name first before an address, in a quoted label and later in a Cc list',
    "expect(label).toBe('Volkonsky, Dmitri <d.volkonsky@yandex.ru>')\nCc: Smith, Jane <jane.smith@acme.com>; Te Whata, Aroha <aroha@xtra.co.nz>",
    [
      ['PERSON', 'Volkonsky, Dmitri'],
      ['PERSON', 'Smith, Jane'],
      ['PERSON', 'Te Whata, Aroha'],
    ],
  ],
  [
    'a long German noun and von before a given name with a birth note: no run taking the noun in (the registry names Leonie)',
    'Betreff: Notfallkarte Leonie Wüthrich\n\nAuf der Notfallkarte von Leonie (geb. 08.02.2014) fehlen noch Angaben.',
    [['PERSON', 'Leonie Wüthrich']],
  ],
  [
    'a listed given name before a family name that is a word (Price), under a bare name column beside phones and e-mails',
    'name,phone,email\nSarah Price,(303)841-2270,sp@yahoo.com',
    [['PERSON', 'Sarah Price']],
  ],
  [
    'an agent_name column of a support team, and the team lead named after a lead label',
    "ax.set_title('Tickets per week (lead: Oluwadamilare Fashola)')\n\nagent_name,tickets\nKwabena Asantewaa,12\ntech_lead: Tomasz Wierzbicki",
    [
      ['PERSON', 'Oluwadamilare Fashola'],
      ['PERSON', 'Kwabena Asantewaa'],
      ['PERSON', 'Tomasz Wierzbicki'],
    ],
  ],
  [
    '"Last, First" after a role label, in capitals too; a Greek given name in Latin letters heading a CV',
    'CURRICULUM VITAE\nKonstantinos Papadimitriou-Lekkas\nApplicant: Park, Jennifer Soo-Ah          AKA: Jenny Park-Collins\nReferring employee: Oyelaran, Babatunde (Employee ID 200447)\nStatus: Open, Pending review\nDefendant: HASSAN, ABDIRAHMAN\nStatus: OPEN, PENDING',
    [
      ['PERSON', 'Konstantinos Papadimitriou-Lekkas'],
      ['PERSON', 'Park, Jennifer Soo-Ah'],
      ['PERSON', 'Jenny Park-Collins'],
      ['PERSON', 'Oyelaran, Babatunde'],
      ['PERSON', 'HASSAN, ABDIRAHMAN'],
    ],
  ],
  [
    "a payee whose row's type says individual; a person on her own domain's mailbox, beside a firm's newsletter",
    'refund_id | payee_name | payee_type | amount\nRF-1 | John Lewis Partnership | merchant | 12.00\nRF-2 | Ngozi Eze-Whitaker | individual | 9.99\n\n' +
      '{"name": "Radhaus Elbufer", "email": "newsletter@radhaus-elbufer.de"}\n{"name": "Jane Doughty", "email": "jane@janedoughty.com"}',
    [
      ['PERSON', 'Ngozi Eze-Whitaker'],
      ['PERSON', 'Jane Doughty'],
    ],
  ],
  [
    'common Tamil given names and family names in a pasted spreadsheet row',
    'Row 2: BLR-0417 | Vignesh Ramasubramanian | 14-08-1990\nRow 3: BLR-0533 | Senthil Murugesan | 02-01-1987',
    [
      ['PERSON', 'Vignesh Ramasubramanian'],
      ['PERSON', 'Senthil Murugesan'],
    ],
  ],
  [
    'Hungarian family-first names: a family name that is an English word, and the -né married form',
    'Kiss Gergely ügyfél két számlája: a felesége, Kissné Horváth Judit, ugyanazt a címet adta meg ő.',
    [
      ['PERSON', 'Kiss Gergely'],
      ['PERSON', 'Kissné Horváth Judit'],
    ],
  ],
  [
    'the Portuguese title Dona before a name, no part of it',
    'ligar depois das 18h, falar com Dona Luzia Sampaio Barreto; a Dona Maria Silva ligou.',
    [
      ['PERSON', 'Luzia Sampaio Barreto'],
      ['PERSON', 'Maria Silva'],
    ],
  ],
  [
    "a person's name attribute in XML, beside an e-mail",
    '<customer name="Hodan Warsame" email="h@x.io" />',
    [['PERSON', 'Hodan Warsame']],
  ],
  [
    'a Japanese family name and a kana given name; a Balinese Ni; a Vietnamese family name first; a full stop after a labelled name',
    '田中 さくら様\nNasabah: Ibu Ni Luh Putu Ayu Wulandari\nReviewer: Lê Thị Hồng Nhung đã gọi. Reviewer: Sipho Ndlovu.\nCustomer: Tyrone W.',
    [
      ['PERSON', '田中 さくら'],
      ['PERSON', 'Ni Luh Putu Ayu Wulandari'],
      ['PERSON', 'Lê Thị Hồng Nhung'],
      ['PERSON', 'Sipho Ndlovu'],
      ['PERSON', 'Tyrone W.'],
    ],
  ],
  [
    'Sri before an initial is a title',
    "Father's Name: Sri G. Ramachandra Reddy",
    [['PERSON', 'G. Ramachandra Reddy']],
  ],
  [
    'a role noun between a title and a family name; French Pr; Vietnamese lower-case titles and family names',
    'Sehr geehrte Frau Kollegin Wohlfahrt, Chef de service : Pr Étienne Marchal-Duval. Vào lúc 14 giờ, chị Phạm Thị Thu Hà và anh Đỗ Minh Tuấn.',
    [
      ['PERSON', 'Wohlfahrt'],
      ['PERSON', 'Étienne Marchal-Duval'],
      ['PERSON', 'Phạm Thị Thu Hà'],
      ['PERSON', 'Đỗ Minh Tuấn'],
    ],
  ],
  [
    "a title after a guest's name in a Name column; a registrant's column",
    'Conf#     Name                    Room\n48213322  Haddad, Karim Mr        0907\n48213340  Lindqvist, Sofia Ms     1120\n\nRegistrant Name\tBadge\nOsei, Bartholomew\tBart\n',
    [
      ['PERSON', 'Haddad, Karim'],
      ['PERSON', 'Lindqvist, Sofia'],
      ['PERSON', 'Osei, Bartholomew'],
    ],
  ],
  [
    'Turkish titles before and after names; Vietnamese Ông, Bà, Chị; a ward is a place',
    'Sayın Yetkili,\nSayın Bayan Karakaya,\nAyşe Nur Karakaya Hanım, başvurunuz. Uzmanımız Emre Doğan Bey arayacak. Merhaba Elif Hanım. Elif Yıldırım yazdı.\nÔng Nguyễn Văn Hùng và Chị Phạm Thị Thu Hà, Phường Bến Nghé.',
    [
      ['PERSON', 'Karakaya'],
      ['PERSON', 'Ayşe Nur Karakaya'],
      ['PERSON', 'Emre Doğan'],
      ['PERSON', 'Elif'],
      ['PERSON', 'Elif Yıldırım'],
      ['PERSON', 'Nguyễn Văn Hùng'],
      ['PERSON', 'Phạm Thị Thu Hà'],
    ],
  ],
  [
    'Chinese titles after names (经理, 女士, 先生, 总), a family name alone before a title, a clause word after a name',
    '参会人员：陈志刚经理、赵敏女士（财务部）、外部顾问欧阳振宇先生\n王总指出，须控制。\n周凯于3月15日前对接。\n收件人：林志明 先生',
    [
      ['PERSON', '陈志刚'],
      ['PERSON', '赵敏'],
      ['PERSON', '欧阳振宇'],
      ['PERSON', '王'],
      ['PERSON', '周凯'],
      ['PERSON', '林志明'],
    ],
  ],
  [
    'a Japanese family name with 様 alone on its line; a spaced full name after a particle',
    '中村様\n講師は弊社シニアコンサルタントの渡辺 美穂が担当いたします。',
    [
      ['PERSON', '中村'],
      ['PERSON', '渡辺 美穂'],
    ],
  ],
  [
    'Spanish D. and Dña. are titles; two family names joined by i; a role noun opening a long name',
    'Asistentes: D. Joaquín Ibarra Goñi (2.º B), Dña. Nuria Castells i Puig (3.º A). Secretario-Administrador D. Álvaro Sáenz de Santamaría Olmedo, colegiado.',
    [
      ['PERSON', 'Joaquín Ibarra Goñi'],
      ['PERSON', 'Nuria Castells i Puig'],
      ['PERSON', 'Álvaro Sáenz de Santamaría Olmedo'],
    ],
  ],
  [
    'stacked dotted titles (Frau Mag., Herrn Dr.), Italian lower-case titles, a long German noun before a name',
    'Frau Mag. Katharina Gruber, Zweitgespräch mit Herrn Dr. Albrecht. la dott.ssa Marisa Cantarutti. Polizeikommissarin Laura Brandt nahm auf.',
    [
      ['PERSON', 'Katharina Gruber'],
      ['PERSON', 'Albrecht'],
      ['PERSON', 'Marisa Cantarutti'],
      ['PERSON', 'Laura Brandt'],
    ],
  ],
  [
    'a two-letter word opening a sentence is no part of the name; de los is a particle',
    'Es Álvaro Olmedo quien firma. Yo, María de los Ángeles Robles de Castañeda, declaro.',
    [
      ['PERSON', 'Álvaro Olmedo'],
      ['PERSON', 'María de los Ángeles Robles de Castañeda'],
    ],
  ],
  [
    'psql name columns, not the company',
    psql,
    [
      ['PERSON', 'Ana'],
      ['PERSON', 'García'],
      ['PERSON', 'Jürgen'],
      ['PERSON', 'Weiß'],
      ['PERSON', 'Zoe Smith'],
    ],
  ],
  [
    'pandas DataFrame printout',
    pandas,
    [
      ['PERSON', 'Jane Orr'],
      ['PERSON', 'Kwame Mensah'],
    ],
  ],
  ['markdown name column with an email sibling', markdown, [['PERSON', 'Olivia Martin']]],
  [
    'German CSV',
    'id;Vorname;Nachname;Ort\n1;Hans;Zimmermann;Köln\n',
    [
      ['PERSON', 'Hans'],
      ['PERSON', 'Zimmermann'],
    ],
  ],
  [
    'French TSV',
    'nom\tprénom\tville\nLefèvre\tAmélie\tLyon\n',
    [
      ['PERSON', 'Lefèvre'],
      ['PERSON', 'Amélie'],
    ],
  ],
  [
    'Spanish CSV with quoted surname pair',
    'nombre,apellido\nLucía,"García López"\n',
    [
      ['PERSON', 'Lucía'],
      ['PERSON', 'García López'],
    ],
  ],
  [
    'quoted "Last, First" under author',
    'title,author\n"Notes","Lovelace, Ada"\n',
    [['PERSON', 'Lovelace, Ada']],
  ],
  [
    'JSON author value',
    '{"author": "Priya Sharma", "name": "palisade", "stars": 3}',
    [['PERSON', 'Priya Sharma']],
  ],
  [
    'Python dict with employee key',
    "row = {'employee': 'Mehmet Yilmaz', 'dept': 'ops'}",
    [['PERSON', 'Mehmet Yilmaz']],
  ],
  [
    'JSON bare name with a listed given name',
    '[{"name": "Sofia Rossi", "id": 7}]',
    [['PERSON', 'Sofia Rossi']],
  ],
  ['YAML contact', 'owner: Wei Zhang\nteam: data\n', [['PERSON', 'Wei Zhang']]],
  ['prose pair, both listed', 'Ticket opened by Grace Hopper last week.', [['PERSON', 'Grace Hopper']]],
  ['sentence opener trimmed', 'Dear John Smith, your order shipped.', [['PERSON', 'John Smith']]],
  [
    'particles and a middle initial',
    'Contact Jan van der Berg or Mary J. Watson.',
    [
      ['PERSON', 'Jan van der Berg'],
      ['PERSON', 'Mary J. Watson'],
    ],
  ],
  [
    'honorifics in several languages',
    'Dr. Müller, Ms. Okonkwo, Herr Schmidt, Mme Dubois et Sra. María López',
    [
      ['PERSON', 'Müller'],
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Schmidt'],
      ['PERSON', 'Dubois'],
      ['PERSON', 'María López'],
    ],
  ],
  [
    'a title inside a run of capitalised German nouns',
    'Laut Rückmeldung von Frau Katharina Vogel ist der Export fehlerhaft.',
    [['PERSON', 'Katharina Vogel']],
  ],
  [
    'a Japanese name after a particle, before an honorific',
    '担当者の佐藤健太さん（電話）から連絡がありました。',
    [['PERSON', '佐藤健太']],
  ],
  [
    'a colleague with さん named in full elsewhere; a customer with 様 and a birth date with さん stand alone',
    '担当: 松下 健一\n松下さんから連絡済み。\n営業部 高橋 様\n田中さんは1985年4月12日生まれです。',
    [
      ['PERSON', '松下 健一'],
      ['PERSON', '松下'],
      ['PERSON', '高橋'],
      ['PERSON', '田中'],
    ],
  ],
  [
    'a quoted signature of a family name and a kana given name at the end of the text',
    '> 登録の電話番号は変わりました。\n> 田中 さくら',
    [['PERSON', '田中 さくら']],
  ],
  [
    'placeholder names with no sign of sample data near them are people',
    'Kunde: Mario Rossi, Via Roma 12, Milano.\nCliente Juan Pérez llamó ayer.',
    [
      ['PERSON', 'Mario Rossi'],
      ['PERSON', 'Juan Pérez'],
    ],
  ],
  [
    "a Turkish case ending after an apostrophe; O'Brien and D'Arcy keep theirs; a Chinese mention before a clause; a Japanese given name opening with 和",
    "Hatayı bildiren Selin Arslan'a teşekkürler. Conan O'Brien met D'Arcy Smith.\n@李明轩 请在 15 分钟内确认。",
    [
      ['PERSON', 'Selin Arslan'],
      ['PERSON', "Conan O'Brien"],
      ['PERSON', "D'Arcy Smith"],
      ['PERSON', '李明轩'],
    ],
  ],
  [
    'a Japanese given name opening with 和 after a blank',
    '担当は山田 和也さんです。',
    [['PERSON', '山田 和也']],
  ],
  ['a Korean name before the title 주임', '김지해 주임님께 전달했습니다.', [['PERSON', '김지해']]],
  [
    'a display name that is a given name',
    '{"real_name": "Femi Adewale", "display_name": "Femi"}',
    [
      ['PERSON', 'Femi Adewale'],
      ['PERSON', 'Femi'],
    ],
  ],
  [
    'Chinese names glued after a role: a candidate, a contact before a function word, an engineer before 于, a compound family name',
    '主任候选人孙浩然（男）。与联系人黄晓燕对接。工程师王建军于3月13日上门。联系人欧阳明。',
    [
      ['PERSON', '孙浩然'],
      ['PERSON', '黄晓燕'],
      ['PERSON', '王建军'],
      ['PERSON', '欧阳明'],
    ],
  ],
  [
    'a given name before a Turkish title with a case ending, of someone named in full',
    "Elif Yıldırım aradı. Randevu yarın Elif Hanım'a yazıldı; eşi Hatice Hanım'ın kaydı yok.",
    [
      ['PERSON', 'Elif Yıldırım'],
      ['PERSON', 'Elif'],
    ],
  ],
  [
    'a Turkish title with a case ending after a full name',
    "Ayşe Nur Karakaya Hanım'ın dosyası hazır.",
    [['PERSON', 'Ayşe Nur Karakaya']],
  ],
  [
    'initials written without blanks before a particle, as a Dutch bank names an account holder',
    'Uitbetaald op rekening t.n.v. S.M. de Wit-Hoekstra. Contact: J.P. van der Berg.',
    [
      ['PERSON', 'S.M. de Wit-Hoekstra'],
      ['PERSON', 'J.P. van der Berg'],
    ],
  ],
  [
    'a listed family name in capitals after initials, as a delivery signature or a register writes it',
    'Delivered 04 Mar, signed by "H. MUELLER". Witness: J. SMITH-JONES.',
    [
      ['PERSON', 'H. MUELLER'],
      ['PERSON', 'J. SMITH-JONES'],
    ],
  ],
  [
    'common names from many places in prose',
    'Met with Eleanor Whitfield and Thabo Nkosi; Fiona Gallagher joins later.',
    [
      ['PERSON', 'Eleanor Whitfield'],
      ['PERSON', 'Thabo Nkosi'],
      ['PERSON', 'Fiona Gallagher'],
    ],
  ],
  [
    'a form post writing blanks as +',
    'cardholder=Priya+Raghunathan&card_number=4111111111111111&first_name=Ana',
    [
      ['PERSON', 'Priya+Raghunathan'],
      ['PERSON', 'Ana'],
    ],
  ],
  [
    'Chinese names glued before an honorific',
    '感谢张伟先生的反馈，和王芳女士确认后，客户李娜小姐的退款已处理。',
    [
      ['PERSON', '张伟'],
      ['PERSON', '王芳'],
      ['PERSON', '李娜'],
    ],
  ],
  [
    'Russian names by their family name shape, a sentence opener left out',
    'Вчера Иван Петров позвонил. Клиентка Мария Смирнова написала письмо.',
    [
      ['PERSON', 'Иван Петров'],
      ['PERSON', 'Мария Смирнова'],
    ],
  ],
  [
    'names in no list: a family name shape, a greeting, a role word, a reported act',
    'Spoke with Ylva Håkansson today. Dear Tendai Moyo, thanks. Laut Kundin Sigrun Alvestad fehlt die Adresse. Kofi Boateng wrote back.',
    [
      ['PERSON', 'Ylva Håkansson'],
      ['PERSON', 'Tendai Moyo'],
      ['PERSON', 'Sigrun Alvestad'],
      ['PERSON', 'Kofi Boateng'],
    ],
  ],
  [
    'a name signing a message after a sign-off, not a team or a company',
    'Thanks!\n\nBest regards,\nTendai Moyo\nSenior Analyst\n\nCheers,\nKestrel Analytics\n',
    [['PERSON', 'Tendai Moyo']],
  ],
  [
    'the speaker of a WebVTT voice tag, not the words of the cue',
    'WEBVTT\n\n00:00:03.120 --> 00:00:07.480\n<v Olamide Bankole>Okay, Tunde Farms shipped.</v>\n',
    [['PERSON', 'Olamide Bankole']],
  ],
  [
    'names after stacked academic titles, a German role noun, a Dutch double name',
    'Sehr geehrte Frau Kollegin Dr. med. Weiß,\nProf. Dr. rer. nat. Klaus-Dieter Ebeling\nBewerberin Katharina Hoffmann, geb. 1993. Mevrouw Jansen-de Wit belde.',
    [
      ['PERSON', 'Weiß'],
      ['PERSON', 'Klaus-Dieter Ebeling'],
      ['PERSON', 'Katharina Hoffmann'],
      ['PERSON', 'Jansen-de Wit'],
    ],
  ],
  [
    '"Last, First" senders of chat messages and mail headers, not log levels',
    '[12.03.2024 14:05] Müller, Stefan (IT-Service)\nbitte freischalten\n[12.03.2024 14:07] Yilmaz, Derya\n[ERROR] Connection, Timeout\nFrom: Okafor, Chidi <chidi@x.io>\n',
    [
      ['PERSON', 'Müller, Stefan'],
      ['PERSON', 'Yilmaz, Derya'],
      ['PERSON', 'Okafor, Chidi'],
    ],
  ],
  [
    'given and family name columns in Portuguese, Croatian, Finnish and Turkish',
    'id,primeiro_nome,sobrenome\n1,Thiago,Pereira\n\nid;ime;prezime;etunimi;soyadi\n2;Ana;Horvat;Aino;Yılmaz\n',
    [
      ['PERSON', 'Thiago'],
      ['PERSON', 'Pereira'],
      ['PERSON', 'Ana'],
      ['PERSON', 'Horvat'],
      ['PERSON', 'Aino'],
      ['PERSON', 'Yılmaz'],
    ],
  ],
  [
    "a name's kana reading under its key, and a name after a German advisor label",
    '{"name_kana": "ササキ ミサキ"}\nIhre persönliche Beraterin: Annegret Pfäffle, Tel. 0711 1234',
    [
      ['PERSON', 'ササキ ミサキ'],
      ['PERSON', 'Annegret Pfäffle'],
    ],
  ],
  [
    'a Greek name in prose by its family-name ending, in the accusative; not a place named after a saint',
    'Σύγκρινε τον Σταθόπουλο Νικόλαο με τα στοιχεία του πελάτη. Το κατάστημα στον Άγιο Νικόλαο είναι κλειστό.',
    [['PERSON', 'Σταθόπουλο Νικόλαο']],
  ],
  [
    "a name's phonetic columns (Chrome autofill), not a phonetic column of a place",
    '{"name_full_phonetic": ["ヤマグチ ヨウコ"], "name_first_phonetic": ["ヨウコ"], "city_phonetic": ["ヨコハマ"]}',
    [
      ['PERSON', 'ヤマグチ ヨウコ'],
      ['PERSON', 'ヨウコ'],
    ],
  ],
  [
    "Python tuples printed as rows under a header tuple (openpyxl's or sqlite3's rows): single-quoted strings",
    "('id', 'last_name', 'first_name', 'dob')\n(1021, 'Pienaar', 'Marlise', '1986-03-14')\n(1022, 'Mokoena', 'Sipho', '1979-10-02')",
    [
      ['PERSON', 'Pienaar'],
      ['PERSON', 'Marlise'],
      ['PERSON', 'Mokoena'],
      ['PERSON', 'Sipho'],
    ],
  ],
  [
    "Afrikaans Van (surname) beside Voornaam in a header tuple, openpyxl's rows; a totals row's Totaal is none",
    "('Nr', 'Van', 'Voornaam', 'Afdeling')\n(7, 'Pienaar', 'Marlise', 'Finansies')\n(None, None, 'Totaal', None)",
    [
      ['PERSON', 'Pienaar'],
      ['PERSON', 'Marlise'],
    ],
  ],
  [
    'Catalan surname and full-name keys (Cognoms, Cognom, Nom i cognoms)',
    '{"Cognoms":"Puigvert Soler","Escola":"x"}\n{"Cognom":"Casals","Curs":"3r"}\n{"Nom i cognoms":"Laia Puigvert Soler"}',
    [
      ['PERSON', 'Puigvert Soler'],
      ['PERSON', 'Casals'],
      ['PERSON', 'Laia Puigvert Soler'],
    ],
  ],
  [
    'common Catalan and Basque given names alone under a bare Nom key, which only the name lists vouch for',
    '{"Nom":"Laia","Cognoms":"Puigvert Soler"}\n{"Nom":"Aitor","Cognoms":"Etxeberria Goikoetxea"}',
    [
      ['PERSON', 'Laia'],
      ['PERSON', 'Puigvert Soler'],
      ['PERSON', 'Aitor'],
      ['PERSON', 'Etxeberria Goikoetxea'],
    ],
  ],
  [
    "a name after Romanian că (that), which keys like Venetian Ca' (a house's name) without its apostrophe",
    'Instanța reține că inculpatul Marian-Cosmin Dobrescu a condus autoturismul.',
    [['PERSON', 'Marian-Cosmin Dobrescu']],
  ],
  [
    'unlisted names in a bulleted list before a birth note (DOB, D.O.B.), not read as a CSV header',
    '- Harriet Mbeki-Stroud, DOB 07-FEB-1961, metformin 500 mg\n- Ignatius Fairweather, date of birth 1958/12/03, atorvastatin\n- Casimir Wojtaszek, D.O.B. 19.VI.1969, lisinopril',
    [
      ['PERSON', 'Harriet Mbeki-Stroud'],
      ['PERSON', 'Ignatius Fairweather'],
      ['PERSON', 'Casimir Wojtaszek'],
    ],
  ],
  [
    'a family name before a given name, an inner capital, an Irish particle',
    'Notes from the call with Yamada Sakura. Kind regards, DeShawn Wilson. Patient Tariq Ó Súilleabháin, born 1995. Approver: Tomás Ó Riordáin',
    [
      ['PERSON', 'Yamada Sakura'],
      ['PERSON', 'DeShawn Wilson'],
      ['PERSON', 'Tariq Ó Súilleabháin'],
      ['PERSON', 'Tomás Ó Riordáin'],
    ],
  ],
  [
    'names after Italian titles abbreviated with an inner dot',
    'Cessionario/Committente: Sig.ra Benedetta Scognamiglio. Firmato: Dott.ssa Ilaria Esposito',
    [
      ['PERSON', 'Benedetta Scognamiglio'],
      ['PERSON', 'Ilaria Esposito'],
    ],
  ],
  [
    'capitalised payers and payees after a title in bank statement memos, not MS SQL',
    'VIR SEPA RECU /DE MME AURELIE GARNIER-TESSIER /MOTIF LOYER\nFPI,MR OLUWASEUN ADEYEMI      RENT MARCH\nMS SQL SERVER  upgrade; MR SUPPORT TEAM  x',
    [
      ['PERSON', 'AURELIE GARNIER-TESSIER'],
      ['PERSON', 'OLUWASEUN ADEYEMI'],
    ],
  ],
  [
    'P2P payment counterparties in capitals (Zelle, Venmo) and mixed-case Spanish statement lines',
    '"name":"ZELLE FROM KEISHA M ABERNATHY","amount":1\n"name":"VENMO PAYMENT 1034471209 TO JAMAL ODUYA"\n11/03/2024  Bizum recibido de IKER SALABERRIA · "cena"\nTransferencia de ETXEBERRIA GOIKOETXEA NEREA · nómina',
    [
      ['PERSON', 'KEISHA M ABERNATHY'],
      ['PERSON', 'JAMAL ODUYA'],
      ['PERSON', 'IKER SALABERRIA'],
      ['PERSON', 'ETXEBERRIA GOIKOETXEA NEREA'],
    ],
  ],
  [
    'the other party in capitals before a reference, a concept, a title or a street word; not a company',
    '88,ZELLE FROM TANYA MORALES REF BAC0Q7M2XK4P\n09/03/2024   BIZUM RECIBIDO DE ALEJANDRO RUIZ PAZ CONCEPTO ENTRADAS   48,00\nPRZELEW PRZYCHODZĄCY OD: KOWALCZYK ANNA UL. LIPOWA 12/4 30-001 KRAKÓW\nPRZELEW PRZYCHODZĄCY OD: BIURO RACHUNKOWE SALDO SP. Z O.O. TYTUŁ: FV 2024/04/17\nZELLE FROM ACME PLUMBING LLC REF 44',
    [
      ['PERSON', 'TANYA MORALES'],
      ['PERSON', 'ALEJANDRO RUIZ PAZ'],
      ['PERSON', 'KOWALCZYK ANNA'],
    ],
  ],
  [
    'the other party of a Spanish transfer or Bizum payment, without a title',
    'TRANSF. A SU FAVOR GUTIERREZ SOTO, ALEJANDRO\t12/03/2024\nBIZUM DE Nerea Etxeberria Goikoetxea CONCEPTO cena\nTRANSFERENCIA A Mª Carmen Ruiz-Olalla Pérez, IBAN ES64\nTRANSFERENCIA A Iberdrola Clientes S.A.U.',
    [
      ['PERSON', 'GUTIERREZ SOTO, ALEJANDRO'],
      ['PERSON', 'Nerea Etxeberria Goikoetxea'],
      ['PERSON', 'Mª Carmen Ruiz-Olalla Pérez'],
    ],
  ],
  [
    'a payee in capitals opening a memo field, a given name first; not a company',
    'Date,Amount,Memo\n10/03/2024,-120.00,GRACE MCALLISTER-DUNNE  DEPOSIT SHARE   400471\n11/03/2024,-42.50,THAMES WATER            0047192836',
    [['PERSON', 'GRACE MCALLISTER-DUNNE']],
  ],
  [
    "the individual's name in a NACHA file's entry records",
    '101 021000021 1834729105 2403141015A094101JPMORGAN CHASE\n6220610001044712938561       0000412875EMP00417       HARTWELL, DESMOND R     0021000020000001',
    [['PERSON', 'HARTWELL, DESMOND R']],
  ],
  [
    'a NACHA file pasted under a question, a name with an apostrophe',
    "Why is the entry hash wrong?\n\n101 021000021 1834729105 2403141015A094101JPMORGAN CHASE\n632322271627730019481        0000199840E1044          DEVIN O'MALLEY          0021000020000003",
    [['PERSON', "DEVIN O'MALLEY"]],
  ],
  [
    'initials before a family name; Dutch `Van` (from) before a full name',
    'Naam: J.P. de Vries-Bakker Omschrijving: huur\nTikkie ID 0010293, pizza vrijdag, Van Floor Hoekstra, NL28',
    [
      ['PERSON', 'J.P. de Vries-Bakker'],
      ['PERSON', 'Floor Hoekstra'],
    ],
  ],
  [
    'a title without a full stop before an initial, and one initial before a given and a family name',
    'Discharging doctor: Dr R. Menon, FY2\nLogged by: Ms T. Adeyemi (Head of Year 8)\nConsultant: Dr. K. Ramesh Babu, MD',
    [
      ['PERSON', 'R. Menon'],
      ['PERSON', 'T. Adeyemi'],
      ['PERSON', 'K. Ramesh Babu'],
    ],
  ],
  [
    'LAST, FIRST in capitals with particles, two given names or a hyphen; LDAP name attributes',
    'Name Provided:  DELA CRUZ, MARIA LOURDES\nCUSTOMER: FONTAINE-LEBLANC, MARIE-CLAUDE\nBENEFICIARY: VAN DER HOEVEN, PIETER\nsn: Lindqvist',
    [
      ['PERSON', 'DELA CRUZ, MARIA LOURDES'],
      ['PERSON', 'FONTAINE-LEBLANC, MARIE-CLAUDE'],
      ['PERSON', 'VAN DER HOEVEN, PIETER'],
      ['PERSON', 'Lindqvist'],
    ],
  ],
  [
    'LAST, FIRST in capitals (deeds, captions), a listed given name or a middle initial; not places or trusts',
    'Owner Name(s): ECHEVERRIA, CARMEN & KOVACS, DESMOND L\nSeller: HARTLEY, JAMES R\nVenue: PARIS, FRANCE\nWILLOUGHBY FAMILY TRUST',
    [
      ['PERSON', 'ECHEVERRIA, CARMEN'],
      ['PERSON', 'KOVACS, DESMOND L'],
      ['PERSON', 'HARTLEY, JAMES R'],
    ],
  ],
  [
    'LAST, FIRST in capitals with a compound family name whose second half is also a given name; not a list of given names',
    'Expte. 44188/2023 "GARCÍA LUNA, MARTINA c/ TRANSPORTES DEL SUR S.A."\nKids: EMMA, OLIVIA and SOPHIA\nVenue: ROSE MARIE, JAMES',
    [['PERSON', 'GARCÍA LUNA, MARTINA']],
  ],
  [
    'names under identity-document name columns (FAMILY, GIVEN, initials); not a card or a licence named by name',
    'emp_no,name_on_passport,dob\nD1077,"NARAYANASWAMY, R. K.",1979-11-28\nD1042,"AL-MARZOOQI, HAMDAN BIN RASHID",1987-03-12\n\n' +
      'card_name,license_name,downloads\nSprint Backlog,MIT,4410',
    [
      ['PERSON', 'NARAYANASWAMY, R. K.'],
      ['PERSON', 'AL-MARZOOQI, HAMDAN BIN RASHID'],
    ],
  ],
  [
    'Korean names romanised in capitals, beside Hangul or with a vowel English seldom spells; not an English hyphenated word after a family name',
    '성명: 김지훈 / KIM JI-HOON, 추천인 LEE MIN-HO\nReferee: PARK SEO-YEON (HR)',
    [
      ['PERSON', '김지훈'],
      ['PERSON', 'KIM JI-HOON'],
      ['PERSON', 'LEE MIN-HO'],
      ['PERSON', 'PARK SEO-YEON'],
    ],
  ],
  [
    'no Korean name in English capitals with a hyphen after a Korean family name, nor inside a code',
    'Set the SONG NO-GO flag; KIM HI-FI, LEE AB-12 and XKIM JI-HOON are codes',
    [],
  ],
  [
    'guests and students under Italian and Canvas name columns, in LAST, First form',
    'Conf. No.;Nome ospite;Camera\n58214471;Rossi, Marco;412\n\nStudent,ID,Essay 1 (4412)\n    Points Possible,,100.00\n"Okafor, Chidinma",118204,88.00',
    [
      ['PERSON', 'Rossi, Marco'],
      ['PERSON', 'Okafor, Chidinma'],
    ],
  ],
  [
    'a judge titled Honorable, camel-case name columns, a particle after an initial or opening a family name cell',
    'Assigned to: Honorable Marguerite T. Hollis\nRecipientLastName,RecipientFirstName\nBrannigan,Kelly\n' +
      'Achternaam: de Groot\nIBAN NL83 t.n.v. J. de Groot',
    [
      ['PERSON', 'Marguerite T. Hollis'],
      ['PERSON', 'Brannigan'],
      ['PERSON', 'Kelly'],
      ['PERSON', 'de Groot'],
      ['PERSON', 'J. de Groot'],
    ],
  ],
  [
    'a Japanese form label spaced out with fullwidth blanks, not the reading of an address',
    'ふりがな\u3000まつい\u3000みさき\n氏\u3000\u3000名\u3000松井\u3000美咲\nふりがな\u3000とうきょうと しぶやく\n現住所\u3000東京都渋谷区',
    [
      ['PERSON', 'まつい\u3000みさき'],
      ['PERSON', '松井\u3000美咲'],
    ],
  ],
  [
    'the first line of an address block under SHIP TO or Attn, not a company',
    'SHIP TO:\n  SIOBHAN GALLAGHER\n  27 GRATTAN PARK\nBILL TO:\n  KESTREL OUTDOOR LTD\nATTN: DAVID OKAFOR',
    [
      ['PERSON', 'SIOBHAN GALLAGHER'],
      ['PERSON', 'DAVID OKAFOR'],
    ],
  ],
  [
    'airline passengers as SURNAME/GIVEN, without their title',
    '  1.MARTIN/CLAIRE MRS   2.MARTIN/LOUIS MSTR(CHD/14MAY16)\n  9 SSR DOCS AF HK1 P/FRA/14KF83201/FRA/23JUL81/F/14JUL29/MARTIN/CLAIRE/P1',
    [
      ['PERSON', 'MARTIN/CLAIRE'],
      ['PERSON', 'MARTIN/LOUIS'],
      ['PERSON', 'MARTIN/CLAIRE'],
    ],
  ],
  [
    "a survey export's second header row, which labels the columns again",
    'RecipientLastName,RecipientFirstName\nRecipient Last Name,Recipient First Name\nBrannigan,Kelly',
    [
      ['PERSON', 'Brannigan'],
      ['PERSON', 'Kelly'],
    ],
  ],
  [
    "letters NFD does not split (Łukasz, Søren), and an IRS form's possessive label",
    "Wymagani: Łukasz Mazur\nAttendees: Søren Mikkelsen\nRECIPIENT'S name: Alejandra Quiñones",
    [
      ['PERSON', 'Łukasz Mazur'],
      ['PERSON', 'Søren Mikkelsen'],
      ['PERSON', 'Alejandra Quiñones'],
    ],
  ],
  [
    'a Teams sender written family name first before the time; a given name before a Turkish title, of no one named in full, is no one',
    'Rodríguez Salinas, Andrea 10:42 a. m.\nHola\nGutiérrez, Luis Fernando 10:44 a. m.\nMerhaba Elif Hanım, iade için',
    [
      ['PERSON', 'Rodríguez Salinas, Andrea'],
      ['PERSON', 'Gutiérrez, Luis Fernando'],
    ],
  ],
  [
    'Vietnamese order (family, middle, given), an Arabic title with a slash, a Korean person in charge after the team',
    'Tên đầy đủ của chị là Nguyễn Thu Hương, số 27. Chồng chị là anh Phạm Minh Đức.\nالسيد/ عمر خالد الحمادي المحترم\n발급 담당: 인사팀 이하늘 (02-6205-4471)',
    [
      ['PERSON', 'Nguyễn Thu Hương'],
      ['PERSON', 'Phạm Minh Đức'],
      ['PERSON', 'عمر خالد الحمادي'],
      ['PERSON', '이하늘'],
    ],
  ],
  [
    'a caller in a helpdesk note',
    'Caller Rahel Tesfaye (Finance) locked out after the spraying alert.',
    [['PERSON', 'Rahel Tesfaye']],
  ],
  [
    'a full name under a user name key',
    '      LANGFUSE_INIT_USER_NAME: Farhan Chowdhury\n',
    [['PERSON', 'Farhan Chowdhury']],
  ],
  [
    'people introducing themselves, not a mood',
    "Hi, I'm Precious Chikwanha and I'm Very Happy. Je m'appelle Ama Owusu-Ansah. My name is Kofi Mensah-Bonsu.",
    [
      ['PERSON', 'Precious Chikwanha'],
      ['PERSON', 'Ama Owusu-Ansah'],
      ['PERSON', 'Kofi Mensah-Bonsu'],
    ],
  ],
  [
    'Cyrillic and Greek names under a bare name column',
    ' id | name               | city\n----+--------------------+-------\n  1 | Дмитрий Волков     | Москва\n  2 | Νίκος Παπαδόπουλος | Αθήνα\n',
    [
      ['PERSON', 'Дмитрий Волков'],
      ['PERSON', 'Νίκος Παπαδόπουλος'],
    ],
  ],
  [
    'first/last columns of a table of people',
    'Out[3]:\n   first    last         dob\n0  Ayumi  Sasaki  1993-08-09\n1  Pedro   Alves  1987-03-21\n',
    [
      ['PERSON', 'Ayumi'],
      ['PERSON', 'Sasaki'],
      ['PERSON', 'Pedro'],
      ['PERSON', 'Alves'],
    ],
  ],
  ['stacked titles', 'Die Kundin Frau Dr. Sabine Hoffmann hat angerufen.', [['PERSON', 'Sabine Hoffmann']]],
  [
    "FHIR HumanName's given and family",
    'patient: {given: "Liam", family: "O\'Connor", birthDate: "2001-11-02"}',
    [
      ['PERSON', 'Liam'],
      ['PERSON', "O'Connor"],
    ],
  ],
  [
    'FHIR HumanName with given names in a list and an unlisted family name',
    '"name": [{"use": "official", "family": "Yazzie", "given": ["Darlene", "Marie"]}]',
    [
      ['PERSON', 'Yazzie'],
      ['PERSON', 'Darlene'],
      ['PERSON', 'Marie'],
    ],
  ],
  [
    'vCard structured names, titles left out',
    'BEGIN:VCARD\nN:McAllister;Fenella;Jane;Dr.;\nEND:VCARD\nBEGIN:VCARD\nN:;Cher;;;\nEND:VCARD',
    [
      ['PERSON', 'McAllister;Fenella;Jane'],
      ['PERSON', 'Cher'],
    ],
  ],
  [
    'an N: line outside a vCard, and a vCard N of digits',
    'N:Foo;Bar\nBEGIN:VCARD\nN:12345;;;;\nEND:VCARD',
    [],
  ],
  ['font family', 'style = {family: "Arial", size: 12}', []],
  ['font family beside a list', 'style = {family: "Helvetica Neue", weights: ["400", "700"]}', []],
  ['German dative title', 'Nachricht von Herrn Schäfer: bitte Rückruf.', [['PERSON', 'Schäfer']]],
  ['French M. honorific', 'Rendez-vous avec M. Dupont demain.', [['PERSON', 'Dupont']]],
  [
    'hyphenated and apostrophe names',
    "Signed: Jean-Pierre Moreau and Sean O'Brien",
    [
      ['PERSON', 'Jean-Pierre Moreau'],
      ['PERSON', "Sean O'Brien"],
    ],
  ],
  [
    'name inside a SQL literal',
    "SELECT * FROM users WHERE full_name = 'Emma Wilson';",
    [['PERSON', 'Emma Wilson']],
  ],
  [
    'name in an error message',
    'ValueError: duplicate customer "Fatima Khan" in batch 3',
    [['PERSON', 'Fatima Khan']],
  ],
  ['a person after a company', 'Johnson Controls Inc hired Mark Johnson.', [['PERSON', 'Mark Johnson']]],
  [
    'CRM owner and card or account holder columns, not a queue',
    '"Contact Owner","Card Holder","Case Owner"\n"Dana Whitcombe","Corinne Abernathy","Support Queue"\n',
    [
      ['PERSON', 'Dana Whitcombe'],
      ['PERSON', 'Corinne Abernathy'],
    ],
  ],
  [
    'titular de la cuenta',
    'titular_de_la_cuenta;importe\nTobias Wainwright;12\n',
    [['PERSON', 'Tobias Wainwright']],
  ],
  [
    "a BI tool's view-prefixed name column, not the product's",
    'Users ID,Users Name,Products Item Name\n84502,Mei-Ling Kuo,Calvin Klein Slim Jeans\n',
    [['PERSON', 'Mei-Ling Kuo']],
  ],
  [
    'a name beside a title after a comma',
    'Jonah has a call booked with their CFO, Graham Oduya, on 15 April; our new CTO, Priyanka Venkat, joins.',
    [
      ['PERSON', 'Graham Oduya'],
      ['PERSON', 'Priyanka Venkat'],
    ],
  ],
  [
    'a listed name, not the place named like it',
    'Louis Martin flew to Port Louis.',
    [['PERSON', 'Louis Martin']],
  ],
  [
    'Korean names without the role words and titles around them',
    '고객 김민준 님이 환불을 요청했습니다. 담당자 이서연 대리에게 회신 바랍니다. 김 민준 고객님, 김구 님',
    [
      ['PERSON', '김민준'],
      ['PERSON', '이서연'],
      ['PERSON', '김 민준'],
      ['PERSON', '김구'],
    ],
  ],
  [
    'Chinese nouns and a Japanese prefecture opening with a family name are no names; a name in the same table is',
    "福岡県の会員。地址：朝阳区3单元502。SELECT 姓名, sum(金额) AS 消费额 FROM t WHERE 姓名 IN ('陈雅婷');\n│ 周志远 │ 金卡 │\n│ 金志远 │ 银卡 │",
    [
      ['PERSON', '陈雅婷'],
      ['PERSON', '周志远'],
      ['PERSON', '金志远'],
    ],
  ],
  [
    'country names under a bare name header are no people; a person named under it is',
    'iso2,name,dial_prefix\nDE,Germany,+49\nPL,Poland,+48\n\nid,name,city\n7,Marta Kowalska,Kraków\n',
    [['PERSON', 'Marta Kowalska']],
  ],
  [
    'a Hangul particle glued to a code is no family name; a name set apart after it is',
    '클러스터 c-00912이 너무 크게 병합됨. 담당자 이서연 대리에게 회신',
    [['PERSON', '이서연']],
  ],
  [
    'masking and test words in a name column are no names; a real name beside them is',
    "COPY public.patients (id, full_name, email) FROM stdin;\n1\tCONFIDENTIAL\tma***@***.uk\n2\tUnassigned\t\\N\n\\.\nINSERT INTO member (mbr_no, mbr_nm) VALUES (1, '테스트'), (2, '김민준');",
    [['PERSON', '김민준']],
  ],
  [
    'Korean names after a kinship word and before a title with a particle, the word before them left out',
    '신경과 박서연 교수님 귀하. 담임 권도윤 선생님께 보냄. (배우자 이수진) 정보를 전달 교수님 요청',
    [
      ['PERSON', '박서연'],
      ['PERSON', '권도윤'],
      ['PERSON', '이수진'],
    ],
  ],
  [
    'name labels of Russian, Ukrainian, Greek, Hebrew, Persian, Hindi, Thai, Japanese and German forms',
    'ФИО: Соколова Анна Дмитриевна\nПІБ отримувача: Мельник Оксана Петрівна\nΟνοματεπώνυμο: Γεώργιος Παπαδάκης\nשם מלא: יוסי אברהמי\nمشتری: مریم رضایی\nग्राहक का नाम: सुनीता देवी शर्मा\nชื่อ-นามสกุล: สมศรี วงศ์สวัสดิ์\nフリガナ：ヤマダ ハナコ\nVersicherungsnehmerin: Kathrin Baumann-Schmitt\n',
    [
      ['PERSON', 'Соколова Анна Дмитриевна'],
      ['PERSON', 'Мельник Оксана Петрівна'],
      ['PERSON', 'Γεώργιος Παπαδάκης'],
      ['PERSON', 'יוסי אברהמי'],
      ['PERSON', 'مریم رضایی'],
      ['PERSON', 'सुनीता देवी शर्मा'],
      ['PERSON', 'สมศรี วงศ์สวัสดิ์'],
      ['PERSON', 'ヤマダ ハナコ'],
      ['PERSON', 'Kathrin Baumann-Schmitt'],
    ],
  ],
  [
    'a bare Arabic name label beside a phone label, on lines and as JSON keys',
    'الاسم: خالد عبد الله الزهراني\nرقم الجوال: 0554823617\n\n{"الاسم": "نورة القحطاني", "الجوال": "0551234567"}',
    [
      ['PERSON', 'خالد عبد الله الزهراني'],
      ['PERSON', 'نورة القحطاني'],
    ],
  ],
  [
    'names after titles in Arabic, Hebrew, Persian and Hindi prose',
    'السيد أحمد محمود حسن، نفيدكم بأنه تم التحويل. الأستاذ خالد بن محمد بن عبد الله المحترم. לכבוד מר יוסי אברהמי, שלום רב. آقای علی عبدالله\u200cزاده در تماس بود. श्रीमती सुनीता शर्मा ने फ़ोन किया।',
    [
      ['PERSON', 'أحمد محمود حسن'],
      ['PERSON', 'خالد بن محمد بن عبد الله'],
      ['PERSON', 'יוסי אברהמי'],
      ['PERSON', 'علی عبدالله\u200cزاده'],
      ['PERSON', 'सुनीता शर्मा'],
    ],
  ],
  [
    'names after kin words, "my name is" and the Eng. title in Arabic and Hindi prose; a hyphenated Hebrew family name',
    "للتواصل على رقم زوجها عبدالرحمن الغامدي: +966. المعرّفون: م. فيصل ناصر الشهري، مدير. मेरा नाम सुनील कुमार शर्मा है। मेरे बेटे अमित शर्मा से संपर्क करें। מרשתי גב' שירה בן-עמי (ת.ז.)",
    [
      ['PERSON', 'عبدالرحمن الغامدي'],
      ['PERSON', 'فيصل ناصر الشهري'],
      ['PERSON', 'सुनील कुमार शर्मा'],
      ['PERSON', 'अमित शर्मा'],
      ['PERSON', 'שירה בן-עמי'],
    ],
  ],
  [
    'Russian and Ukrainian names in oblique cases: a family name with initials, a family name, given name and patronymic',
    'Поручить Мухаметшиной А. Р. подготовить график. Добавить жену, Смирнову Ольгу Викторовну, как доверенное лицо. від Шевченко Олени Миколаївни, тел.',
    [
      ['PERSON', 'Мухаметшиной А. Р.'],
      ['PERSON', 'Смирнову Ольгу Викторовну'],
      ['PERSON', 'Шевченко Олени Миколаївни'],
    ],
  ],
  [
    'Polish and Czech titles in oblique cases and lower case',
    'Prosi o kontakt z mężem, Panem Krzysztofem Kwiatkowskim, pod numerem. Informovat manželku, paní Věru Dvořáčkovou, tel.',
    [
      ['PERSON', 'Krzysztofem Kwiatkowskim'],
      ['PERSON', 'Věru Dvořáčkovou'],
    ],
  ],
  [
    'a signature on behalf of, a Vietnamese form of address and a Turkish pronoun before a name, a Turkish possessive noun phrase',
    'i. A. Sabine Kürşat-Lindemann\n3. Anh Lê Hoàng Phúc – Tổ trưởng\nBen Ayşe Nur Karakaya (T.C.)\nMüşteri İlişkileri Uzmanımız Emre Doğan Bey en geç',
    [
      ['PERSON', 'Sabine Kürşat-Lindemann'],
      ['PERSON', 'Lê Hoàng Phúc'],
      ['PERSON', 'Ayşe Nur Karakaya'],
      ['PERSON', 'Emre Doğan'],
    ],
  ],
  [
    'a Dutch given name after "sinds" (since) opening a sentence',
    'Sinds Ruud de Boer teamleider is, gaat het beter. Ruud luistert.',
    [
      ['PERSON', 'Ruud de Boer'],
      ['PERSON', 'Ruud'],
    ],
  ],
  [
    'a Québec Dre, a Swedish kin noun and a midwife before a name, a quoted name after no institution, Monsieur as M.',
    'Rédigé par : Dre Nathalie Bouchard-Gagnon. Dottern Sara Bergström närvarande. Seen by Midwife Blessing Okon. El paciente "Juan Carlos Pérez" llegó. M. Dupont est venu.',
    [
      ['PERSON', 'Nathalie Bouchard-Gagnon'],
      ['PERSON', 'Sara Bergström'],
      ['PERSON', 'Blessing Okon'],
      ['PERSON', 'Juan Carlos Pérez'],
      ['PERSON', 'Dupont'],
    ],
  ],
  [
    'a Māori honorific, a Chinese student honorific set apart, a Japanese post before a spaced name',
    'Whaea Mere Tipene-Rāwiri teaches. 王梓涵 同学：\n合格通知書\n学部長 高橋 誠一郎',
    [
      ['PERSON', 'Mere Tipene-Rāwiri'],
      ['PERSON', '王梓涵'],
      ['PERSON', '高橋 誠一郎'],
    ],
  ],
  [
    "chat speakers after their turn's time, listed or not; not a bot, a role with a given name or a status line",
    '12:59 Rina Puspitasari: Ok pak\n12/03/2024, 18:04 - Zorbat Quiblen: hello\n[09:14:02] Support Bot: how can I help\n[09:15] Agent Leah: hi\n10:15 Order Status: shipped',
    [
      ['PERSON', 'Rina Puspitasari'],
      ['PERSON', 'Zorbat Quiblen'],
    ],
  ],
  [
    "a display name before a person's address, not before a service's mailbox",
    'From: Dana Oyelaran <dana.o@kestrel.io>\nFrom: UPS Quantum View <pkginfo@ups.com>\n> From: Uber Receipts <noreply@uber.com>',
    [['PERSON', 'Dana Oyelaran']],
  ],
  [
    'Malaysian and Indian parent particles written with a slash; a slash between lower-case words is none',
    'Temujanji: Ravindran a/l Subramaniam datang. Kumar s/o Raju signed. Items a/b testing.',
    [
      ['PERSON', 'Ravindran a/l Subramaniam'],
      ['PERSON', 'Kumar s/o Raju'],
    ],
  ],
  [
    'Tongan names with a glottal stop (an apostrophe inside, an ʻokina before); contractions are no names',
    "Our youth leader, Siosaia Tu'ipulotu (Sia), has run it. Kiri Matenga,ʻOfa Lolohea (nana). You're Welcome Here.",
    [
      ['PERSON', "Siosaia Tu'ipulotu"],
      ['PERSON', 'Kiri Matenga'],
      ['PERSON', 'ʻOfa Lolohea'],
    ],
  ],
  [
    'a Chinese given name ending in 君 where no Japanese is written',
    '中文姓名: 陳怡君\n',
    [['PERSON', '陳怡君']],
  ],
  [
    'Pakistani and Bangladeshi names as dict keys',
    'samples = {\n    "Ayesha Siddiqa":          ("0300-8214476", "PK"),\n    "Farzana Akter Mim":       ("+880 1915-207734", "BD"),\n}',
    [
      ['PERSON', 'Ayesha Siddiqa'],
      ['PERSON', 'Farzana Akter Mim'],
    ],
  ],
  [
    "Dutch 't and Italian D' in family names; Mila is a given name, not Czech milá",
    "Klant Anouk van 't Hof, geboren. verified Giuseppe D'Angelo dob. Mila Hendriks belde over.",
    [
      ['PERSON', "Anouk van 't Hof"],
      ['PERSON', "Giuseppe D'Angelo"],
      ['PERSON', 'Mila Hendriks'],
    ],
  ],
  [
    "a name's katakana reading after its bracketed label on a Japanese form",
    '支払を受ける者　住所　東京都世田谷区\n（フリガナ）　タカハシ　ユウト\n',
    [['PERSON', 'タカハシ　ユウト']],
  ],
  [
    'a Thai title glued to a name in a table cell is no part of it',
    '| รหัสลูกค้า | ชื่อ-นามสกุล | เบอร์โทร |\n|:--|:--|:--|\n| C-10482 | นายธนากร ศรีสุข | 081-455-2290 |\n| C-10483 | นางสาวพิมพ์ชนก วงศ์สวัสดิ์ | 089 612 7734 |\n',
    [
      ['PERSON', 'ธนากร ศรีสุข'],
      ['PERSON', 'พิมพ์ชนก วงศ์สวัสดิ์'],
    ],
  ],
  [
    'names in other scripts after an English word for a person in English text',
    'Customer حكيم الأشراف called about order 48213. Assigned to 長尾 凛 on 2024-03-11. Thanks 김민준, I will check. Requested by אבי כהן yesterday.',
    [
      ['PERSON', 'حكيم الأشراف'],
      ['PERSON', '長尾 凛'],
      ['PERSON', '김민준'],
      ['PERSON', 'אבי כהן'],
    ],
  ],
  [
    'listed names in other scripts standing alone in English text, with no cue before them',
    'Please ask نوف السقا to send the Q3 numbers. Meeting notes: סתיו ארנון reported the spike; 中谷 八重子 and 五十嵐茜 agreed.',
    [
      ['PERSON', 'نوف السقا'],
      ['PERSON', 'סתיו ארנון'],
      ['PERSON', '中谷 八重子'],
      ['PERSON', '五十嵐茜'],
    ],
  ],
  [
    'listed names in scripts without capitals under a bare name column of a table that says nothing of people',
    '| id | name | city |\n|----|------|------|\n| 17 | نوف السقا | Leeds |\n| 18 | الطويل اروي | Derby |\n| 19 | אליסף יחיאל | York |',
    [
      ['PERSON', 'نوف السقا'],
      ['PERSON', 'الطويل اروي'],
      ['PERSON', 'אליסף יחיאל'],
    ],
  ],
  [
    'family names in capitals before the given name, as French and Belgian registers write them',
    'Élève : BENALI Yasmine\nProfesseur principal : Mme LEFÈVRE-CHASSAGNE Hélène\nFrançais (Mme LEFÈVRE-CHASSAGNE H.)\nMathématiques (M. NGUYEN-VAN Thierry)\nMédecin : DUPONT Marie-Claire',
    [
      ['PERSON', 'BENALI Yasmine'],
      ['PERSON', 'LEFÈVRE-CHASSAGNE Hélène'],
      ['PERSON', 'LEFÈVRE-CHASSAGNE H.'],
      ['PERSON', 'NGUYEN-VAN Thierry'],
      ['PERSON', 'DUPONT Marie-Claire'],
    ],
  ],
  [
    'degrees after a name are no part of it; a generational suffix keeps its full stop',
    'name,dob\nHope Little DDS,1990-01-02\nCarol Love PhD,1980-03-04\nWe met Bill Abernathy Sr. and Rich Kowalski DVM.',
    [
      ['PERSON', 'Hope Little'],
      ['PERSON', 'Carol Love'],
      ['PERSON', 'Bill Abernathy Sr.'],
      ['PERSON', 'Rich Kowalski'],
    ],
  ],
  [
    'titles before a name in a cell: Arabic and Indonesian',
    'nama,telp\nIr. Bambang Sutrisno,0813-2211-4455\n\n| الاسم | الجوال |\n|---|---|\n| الدكتور فيصل سلطان الدوسري | 0551234567 |',
    [
      ['PERSON', 'Bambang Sutrisno'],
      ['PERSON', 'فيصل سلطان الدوسري'],
    ],
  ],
  [
    'a person named inside an address after an addressee mark or a title',
    '{"shipping_address": "Praxis Dr. Konstantin Wehrle, Schillerplatz 3, 70173 Stuttgart"}',
    [['PERSON', 'Konstantin Wehrle']],
  ],
  [
    'given names of faker locales whose language has no dictionary here, though words elsewhere (Levente, Attila)',
    'Duplicates: Kocsis Levente and Levente Kocsis; Nagy Attila called.',
    [
      ['PERSON', 'Kocsis Levente'],
      ['PERSON', 'Levente Kocsis'],
      ['PERSON', 'Nagy Attila'],
    ],
  ],
  [
    "SQL Server's Unicode literals in an INSERT's values: the string, not its N and quotes",
    "INSERT INTO dbo.Clientes (ClienteID, NombreCompleto, Correo)\nVALUES (77410, N'María Fernanda Villaseñor Ochoa', N'mf.v@prodigy.net.mx');",
    [['PERSON', 'María Fernanda Villaseñor Ochoa']],
  ],
  [
    'Icelandic patronymics and Greek family names by their endings; a Russian family name in Latin letters before initials',
    'Reviewed by Sigríður Ólafsdóttir and Hrafnhildur Björnsdóttir. Ο πελάτης Γιώργος Παπαδόπουλος. Client Sokolova E. V. called.',
    [
      ['PERSON', 'Sigríður Ólafsdóttir'],
      ['PERSON', 'Hrafnhildur Björnsdóttir'],
      ['PERSON', 'Γιώργος Παπαδόπουλος'],
      ['PERSON', 'Sokolova E. V.'],
    ],
  ],
  [
    'a five-word name with a capitalised particle; names joined by bare commas under a name key; a borrower column; an officer before a name',
    'Applicant Nuno Filipe De Sousa Matos called.\n{"full_name": "Vörös Tamás,Halász Lilla"}\n| Borrower | Phone |\n|---|---|\n| Yonas Gebremedhin | +251 930 11 5629 |\nOfficer Hirut Bekele has one case.',
    [
      ['PERSON', 'Nuno Filipe De Sousa Matos'],
      ['PERSON', 'Vörös Tamás'],
      ['PERSON', 'Halász Lilla'],
      ['PERSON', 'Yonas Gebremedhin'],
      ['PERSON', 'Hirut Bekele'],
    ],
  ],
  [
    'a "SURNAMES, GIVEN" name in capitals inside a quoted tuple, without its quotes; a steward key',
    "ValueError: bad row ('ÁLVAREZ-QUINTERO, MARÍA JOSÉ', '1994-03-17')\nmeta: {steward: \"Bakó Dorottya\"}",
    [
      ['PERSON', 'ÁLVAREZ-QUINTERO, MARÍA JOSÉ'],
      ['PERSON', 'Bakó Dorottya'],
    ],
  ],
  [
    'a degree after a name in a cell, under a bare name column of a table keyed by customer (kunde_id)',
    '   kunde_id                    name                firma\n3      5003      Detlef Rust B.Eng.           Dippel GbR',
    [['PERSON', 'Detlef Rust']],
  ],
  [
    'given and family names under a student_first and a student_last column',
    'student_id,student_first,student_last,grade\n2031184,Amari,Jefferson,3\n2030896,Zainab,Mansour,4',
    [
      ['PERSON', 'Amari'],
      ['PERSON', 'Jefferson'],
      ['PERSON', 'Zainab'],
      ['PERSON', 'Mansour'],
    ],
  ],
  [
    'merge suffixes and Zuname; names of a fixed-width grid read by its columns; a Catalan name joined by i',
    'kundennr  vorname_crm  nachname_crm\nK-100872       Jürgen        Müller\n\nVorname   Zuname       Ort\n--------- ------------ ----\nMagdalena Gruber-Moser Wien\n\nlocalizador,titular\nRSV-8841260,Marta Solé i Prats',
    [
      ['PERSON', 'Jürgen'],
      ['PERSON', 'Müller'],
      ['PERSON', 'Magdalena'],
      ['PERSON', 'Gruber-Moser'],
      ['PERSON', 'Marta Solé i Prats'],
    ],
  ],
  [
    'source prefixes on name columns (crm_name, src_last_name); a Last, First cell whole',
    'id,crm_name,src_last_name,score\n1,"Truong, Bao Chau",Okonkwo-Baird,66.6\n\nid,name,city\nKH01431,Nguyen, Thi Lan,Hanoi\nKH01432,Phạm Quốc Bảo,Hue',
    [
      ['PERSON', 'Truong, Bao Chau'],
      ['PERSON', 'Okonkwo-Baird'],
      ['PERSON', 'Nguyen, Thi Lan'],
      ['PERSON', 'Phạm Quốc Bảo'],
    ],
  ],
  [
    'a middle initial M. after a given name is no French title',
    'Customer: Yolanda M. Pettiford called. Bonjour M. Dupont.',
    [
      ['PERSON', 'Yolanda M. Pettiford'],
      ['PERSON', 'Dupont'],
    ],
  ],
  [
    'DICOM person names as dumps print them, without prefix and suffix; an HL7 name without its empty components and type code',
    "(0008,0090) Referring Physician's Name   PN: 'Grünewald^Tobias^^Dr. med.'\n(0010,0010) PN [JEONG^HYE-JIN]\nPID|1||999447120||van den Berg^Maarten^^^^^L||19650822|M",
    [
      ['PERSON', 'Grünewald^Tobias'],
      ['PERSON', 'JEONG^HYE-JIN'],
      ['PERSON', 'van den Berg^Maarten'],
    ],
  ],
  [
    'a "Family, Initial." form after a role label and under a homeroom-teacher column',
    'Reviewer: Castellano, R.\nStudent_Number\tLast_Name\tHomeRoom_Teacher\n240117\tVolkova\tOkafor, T.',
    [
      ['PERSON', 'Castellano, R.'],
      ['PERSON', 'Volkova'],
      ['PERSON', 'Okafor, T.'],
    ],
  ],
  [
    'a name in capitals at the end of a note in capitals, after a word for a person or ATTN',
    'APPEL DE SON CONJOINT ROGER LEBLANC, RAPPELER\nReference Number 2: ATTN GERALD FONTAINE (INVENTORY)',
    [
      ['PERSON', 'ROGER LEBLANC'],
      ['PERSON', 'GERALD FONTAINE'],
    ],
  ],
  [
    'an unlisted name after a kin word in Spanish, Italian or German',
    'su marido, Aitor Larrañaga Etxeberria, escribió; la moglie Giuseppina Bortolazzi; Tochter Henrike Wollschläger',
    [
      ['PERSON', 'Aitor Larrañaga Etxeberria'],
      ['PERSON', 'Giuseppina Bortolazzi'],
      ['PERSON', 'Henrike Wollschläger'],
    ],
  ],
  [
    'a Hungarian name, family name first, after a label',
    'Miskolc, 1996. 09. 14., anyja neve: Molnár Judit, szem. ig.: 447120AB.',
    [['PERSON', 'Molnár Judit']],
  ],
  [
    'a Thai name before the phrase that follows it',
    'ลูกค้าขอให้ช่างโทรหาภรรยา คุณวิภาวรรณ วงศ์ประเสริฐ ที่เบอร์ 089-120-4471',
    [['PERSON', 'วิภาวรรณ วงศ์ประเสริฐ']],
  ],
  [
    'Thai names after a glued title, before a line end or a polite particle',
    'เรียน คุณสมศรี วงศ์สวัสดิ์\nติดต่อนางสาวมาลี ใจดี ครับ',
    [
      ['PERSON', 'สมศรี วงศ์สวัสดิ์'],
      ['PERSON', 'มาลี ใจดี'],
    ],
  ],
  [
    'a Ukrainian role word before a name, a Japanese family name a blank before 様',
    'Клієнтка Оксана Мельник (тел. 214) просить. 株式会社ケストレル\n営業部 高橋 様',
    [
      ['PERSON', 'Оксана Мельник'],
      ['PERSON', '高橋'],
    ],
  ],
  [
    'Russian, Ukrainian and Greek titles, declined or abbreviated, before a family name',
    'Прошу связаться с г-ном Петровым и госпожой Ивановой. Ο κ. Παπαδάκης τηλεφώνησε. Η κυρία Παπαδοπούλου ζήτησε επιστροφή. Шановний пане Андрію.',
    [
      ['PERSON', 'Петровым'],
      ['PERSON', 'Ивановой'],
      ['PERSON', 'Παπαδάκης'],
      ['PERSON', 'Παπαδοπούλου'],
      ['PERSON', 'Андрію'],
    ],
  ],
  [
    'Russian full names closed by a patronymic, family name first or last',
    'Соколова Анна Дмитриевна\nДоговор подписала Анна Дмитриевна Соколова.',
    [
      ['PERSON', 'Соколова Анна Дмитриевна'],
      ['PERSON', 'Анна Дмитриевна Соколова'],
    ],
  ],
  [
    'user_name holding a real name',
    'user_name,email\nLiam Nguyen,liam@example.com\n',
    [['PERSON', 'Liam Nguyen']],
  ],
  [
    'Arabic names with patronymic particles kept whole',
    'merged Noura bint Faisal Al-Hashimi and Abdullah bin Khalid Al-Otaibi. Also Abdul Rahman Al-Mansouri called.',
    [
      ['PERSON', 'Noura bint Faisal Al-Hashimi'],
      ['PERSON', 'Abdullah bin Khalid Al-Otaibi'],
      ['PERSON', 'Abdul Rahman Al-Mansouri'],
    ],
  ],
  [
    'a patronymic particle in a bare name cell',
    '{"name": "Noura bint Faisal Al-Hashimi", "iban": "x"}',
    [['PERSON', 'Noura bint Faisal Al-Hashimi']],
  ],
  [
    'initials before a surname, South Asian names, an apostrophe cut from an unquoted value',
    "Prepared by A. K. Raghunathan and M. J. Oyelaran-Smith, for Gurpreet Kaur.\nManager: Dana O'Connell\n",
    [
      ['PERSON', 'A. K. Raghunathan'],
      ['PERSON', 'M. J. Oyelaran-Smith'],
      ['PERSON', 'Gurpreet Kaur'],
      ['PERSON', "Dana O'Connell"],
    ],
  ],
  [
    'a relation name column and a kana reading column',
    'applicant_name,father_or_spouse_name,city\nLakshmi Narayanan,K. Subramaniam,Chennai\n\n| 氏名 | フリガナ |\n|---|---|\n| 山本 陽子 | ヤマモト ヨウコ |\n',
    [
      ['PERSON', 'Lakshmi Narayanan'],
      ['PERSON', 'K. Subramaniam'],
      ['PERSON', '山本 陽子'],
      ['PERSON', 'ヤマモト ヨウコ'],
    ],
  ],
  [
    'a name before a word that is no place, a person account beside a role account',
    'couriers met Elizabeth Lindqvist at the station. Dear Aled Hall,\nFollow up with Linda Park tomorrow.\nines:\n  name: Inès Benali\n  email: ines@free.fr\n',
    [
      ['PERSON', 'Elizabeth Lindqvist'],
      ['PERSON', 'Aled Hall'],
      ['PERSON', 'Linda Park'],
      ['PERSON', 'Inès Benali'],
    ],
  ],
  [
    'legacy abbreviated name columns with all-caps LAST, FIRST names, and a list of given names',
    "MBR_ID|MBR_NM|PLAN_CD\n0041882301|GARCIA, MARIA L|PPO2\n0041882302|O'NEIL, SIOBHAN|HMO1\n\nPatient(family_name='Eze', given_names=['Chukwuemeka', 'Tobenna'])",
    [
      ['PERSON', 'GARCIA, MARIA L'],
      ['PERSON', "O'NEIL, SIOBHAN"],
      ['PERSON', 'Eze'],
      ['PERSON', 'Chukwuemeka'],
      ['PERSON', 'Tobenna'],
    ],
  ],
  [
    'a name in capitals after a title word in a capitals heading',
    'RE: MASTER CHUKWUEMEKA OBINNA-EZE (DOB 14/02/2019)\nREFERENCE: MS SAMIRA HADDAD',
    [
      ['PERSON', 'CHUKWUEMEKA OBINNA-EZE'],
      ['PERSON', 'SAMIRA HADDAD'],
    ],
  ],
  [
    'names in capitals in bank and wallet messages, after a word that introduces the party or all listed',
    'Ai primit 2.500,00 RON de la POPESCU ANDREEA MARIA, IBAN …\nDesc: NIP TRF TO CHIOMA NGOZI EZE/ACCESS/044\n' +
      'Ksh2,500.00 sent to JANE WANJIRU KAMAU 0712447120 on 12/3/24\ncredited via InstaPay from JUAN MIGUEL DELA CRUZ. Avail bal',
    [
      ['PERSON', 'POPESCU ANDREEA MARIA'],
      ['PERSON', 'CHIOMA NGOZI EZE'],
      ['PERSON', 'JANE WANJIRU KAMAU'],
      ['PERSON', 'JUAN MIGUEL DELA CRUZ'],
    ],
  ],
  [
    'a family name in capitals, then given names in title case (Latin American registries)',
    'Socio: RODRÍGUEZ, Lucía Belén | DNI 32.447.120\nCiudadano: QUISPE MAMANI, Rosa Elena',
    [
      ['PERSON', 'RODRÍGUEZ, Lucía Belén'],
      ['PERSON', 'QUISPE MAMANI, Rosa Elena'],
    ],
  ],
  [
    'a column of patients, customers or members headed in Finnish, Norwegian, Hungarian or Spanish',
    'Klo    Potilas                 Puhelin\n08.00  Mäkinen, Juha Petteri   040 744 7120\n08.20  Nieminen Väinö          050 318 4471',
    [
      ['PERSON', 'Mäkinen, Juha Petteri'],
      ['PERSON', 'Nieminen Väinö'],
    ],
  ],
  [
    'titles of more languages (Dra., Pak, Bu, prof.) and an unlisted given name before a listed one',
    'la Dra. Belén Urquiza; Pak Agus Setiawan; prof. Riikka Lehtovaara; árbitro Facundo Ezequiel Quiroga',
    [
      ['PERSON', 'Belén Urquiza'],
      ['PERSON', 'Agus Setiawan'],
      ['PERSON', 'Riikka Lehtovaara'],
      ['PERSON', 'Facundo Ezequiel Quiroga'],
    ],
  ],
  [
    'GEDCOM names (the surname between slashes in one span), given and surname lines',
    '0 @I1@ INDI\n1 NAME István /Balogh/\n2 GIVN István\n2 SURN Balogh\n1 SEX M\n1 BIRT\n2 DATE 12 FEB 1921',
    [
      ['PERSON', 'István /Balogh/'],
      ['PERSON', 'István'],
      ['PERSON', 'Balogh'],
    ],
  ],
  [
    'Filipino dela, a verb before a name, both Mexican surname columns',
    'ninong Ramon dela Paz. Call Hanne Kjær tomorrow.\n' +
      'Nombre,Apellido paterno,Apellido materno\nJosé Luis,Gómez,Villalobos',
    [
      ['PERSON', 'Ramon dela Paz'],
      ['PERSON', 'Hanne Kjær'],
      ['PERSON', 'José Luis'],
      ['PERSON', 'Gómez'],
      ['PERSON', 'Villalobos'],
    ],
  ],
  [
    'Greek and Cyrillic names from the generated lists, not a church named after a saint',
    'Με χαρά σας προσκαλούμε, Δημήτρης Νικολάου και Ελένη Κωνσταντίνου, στον Ιερό Ναό Αγίου Δημητρίου. Вчера Иван Петров звонил.',
    [
      ['PERSON', 'Δημήτρης Νικολάου'],
      ['PERSON', 'Ελένη Κωνσταντίνου'],
      ['PERSON', 'Иван Петров'],
    ],
  ],
  [
    'Madame, Señora and a holder before a name the lists lack',
    'Madame Morvan-Le Goff a déclaré le sinistre. La señora Itxaso Goikoetxea llamó. Direct debit from account holder Anneleen Verstraete.',
    [
      ['PERSON', 'Morvan-Le Goff'],
      ['PERSON', 'Itxaso Goikoetxea'],
      ['PERSON', 'Anneleen Verstraete'],
    ],
  ],
  [
    'name boxes of tax forms printed in columns: without colons (W-2), bilingual labels (T4)',
    "e Employee's first name and initial   LATOYA R      Last name   WHITFIELD-BANKS      Suff.\n" +
      '  Last name / Nom de famille: GAUTHIER-NAKAMURA    First name / Prénom: ÉLODIE    Initial / Initiale: M',
    [
      ['PERSON', 'LATOYA R'],
      ['PERSON', 'WHITFIELD-BANKS'],
      ['PERSON', 'GAUTHIER-NAKAMURA'],
      ['PERSON', 'ÉLODIE'],
    ],
  ],
  [
    'a double-barrelled family name in brackets, romanised Korean given names with a lower-case syllable',
    'email me (Beverley Okafor-Lane). Consent witnessed for Hye-jin Park and Min-jun Kim.',
    [
      ['PERSON', 'Beverley Okafor-Lane'],
      ['PERSON', 'Hye-jin Park'],
      ['PERSON', 'Min-jun Kim'],
    ],
  ],
  [
    'a family name said again after a particle ends the name at its first use',
    'Hablé con Ramiro Cantú de Aceros Cantú ayer.',
    [['PERSON', 'Ramiro Cantú']],
  ],
  [
    'people columns named in more ways: NAME_LAST, Responsável, Contactpersoon, caller_id; authors split by semicolons; a quoted nickname; combining marks',
    'NAME_LAST,NAME_FIRST,Responsável,Contactpersoon,caller_id\nQUINTANILLA-ROJAS,XIOMARA,Jurema Potiguara,Lieve Vandenbroucke,Hemi Rawiri\n\n' +
      '"Key","Author","Title"\n"K1","Mbeki, Thandeka; Ortiz-Villanueva, Rubén","Kaplan–Meier estimates"\n\n' +
      'Name\tRole\tMobile\nMatiu "Matt" Rangi\tChief Fire Officer\t027 447 1290\n\n' +
      'cust_id,cust_fullname\nC-1,Olúwaseun Adébáyọ̀',
    [
      ['PERSON', 'QUINTANILLA-ROJAS'],
      ['PERSON', 'XIOMARA'],
      ['PERSON', 'Jurema Potiguara'],
      ['PERSON', 'Lieve Vandenbroucke'],
      ['PERSON', 'Hemi Rawiri'],
      ['PERSON', 'Mbeki, Thandeka'],
      ['PERSON', 'Ortiz-Villanueva, Rubén'],
      ['PERSON', 'Matiu "Matt" Rangi'],
      ['PERSON', 'Olúwaseun Adébáyọ̀'],
    ],
  ],
  [
    'BibTeX authors in both orders, stacked titles before a contact, a full stop after a keyed name',
    '@article{x2021,\n  author = {Okonkwo, Chidinma A. and de la Cruz, Ramón and Siew Ling Tan},\n  title = {Kaplan–Meier},\n}\n' +
      'Ansprechpartner;Telefon\nHerr Dr. Klaus-Dieter Rößler;089 123456\nBio: Coach: Jukka Lehtonen. Club: Tampereen Pyrintö',
    [
      ['PERSON', 'Okonkwo, Chidinma A.'],
      ['PERSON', 'de la Cruz, Ramón'],
      ['PERSON', 'Siew Ling Tan'],
      ['PERSON', 'Klaus-Dieter Rößler'],
      ['PERSON', 'Jukka Lehtonen'],
    ],
  ],
  [
    "a name column in another script (name_am, Ge'ez) and a one-word name under a full-name column",
    '   patient_name    |    name_am\n-------------------+----------------\n Selamawit Tesfaye | ሰላማዊት ተስፋዬ ኃይሌ\n(1 row)\n\nNo\tNama lengkap\tTempat lahir\n1\tSutrisno\tKlaten',
    [
      ['PERSON', 'Selamawit Tesfaye'],
      ['PERSON', 'ሰላማዊት ተስፋዬ ኃይሌ'],
      ['PERSON', 'Sutrisno'],
    ],
  ],
  [
    'a name column in another script named by its language in full (name_urdu, a name not in the lists), and a product name in Arabic under a product column',
    'name            | name_urdu   | mobile\n----------------+-------------+-------------\nAyesha Siddiqui | عائشہ صدیقی | 0300-4182271\n\nproduct_name_arabic | sku\nحليب طازج | KST-1',
    [
      ['PERSON', 'Ayesha Siddiqui'],
      ['PERSON', 'عائشہ صدیقی'],
    ],
  ],
  [
    'two clients in one cell joined by an ampersand, a firm with an ampersand left whole',
    'time,client,agent\n14:00,Sherif Kamel & Dina Rashad,Yasmin Fathy\n15:00,Smith & Sons Ltd,Karim Hegazy',
    [
      ['PERSON', 'Sherif Kamel'],
      ['PERSON', 'Dina Rashad'],
      ['PERSON', 'Yasmin Fathy'],
      ['PERSON', 'Karim Hegazy'],
    ],
  ],
  [
    'a short company mark in lower case is a word of another language (Tagalog sa), not a firm',
    'adviser ni Beatriz Santos sa Grade 8. Invoice from Kestrel SA and Bauer AG.',
    [['PERSON', 'Beatriz Santos']],
  ],
  [
    'a Hebrew name column written for both genders, a name and its transliteration in brackets, Last, First in Hebrew',
    'שעה   | שם המטופל/ת                    | טלפון\n08:30 | כהן, אביגיל (Cohen, Avigail)   | 052-447-1209\n08:45 | מזרחי יוסף (Mizrahi Yosef)     | 03-644-7120\n',
    [
      ['PERSON', 'כהן, אביגיל'],
      ['PERSON', 'Cohen, Avigail'],
      ['PERSON', 'מזרחי יוסף'],
      ['PERSON', 'Mizrahi Yosef'],
    ],
  ],
  [
    'a family name that is also an everyday word after a listed given name, under a cardholder column',
    '|txn_id|cardholder       |merchant|\n|T1    |DESHAWN M PRICE  |WENDYS  |\n|T2    |Total Price      |X       |',
    [['PERSON', 'DESHAWN M PRICE']],
  ],
  [
    "a work's title under a song or film column, a title in it too, names no one",
    'guest\tsong_request\tmovie\nRhys Evans\tMr. Brightside\tMrs. Doubtfire\n{"guest": "Ana Ruiz", "song": "Dr. Feelgood"}',
    [
      ['PERSON', 'Rhys Evans'],
      ['PERSON', 'Ana Ruiz'],
    ],
  ],
  [
    "near miss: a titled name under a firm's or an address column is its addressee's",
    'guest\tcompany\nRhys Evans\tPraxis Dr. Konstantin Wehrle\n',
    [
      ['PERSON', 'Rhys Evans'],
      ['PERSON', 'Konstantin Wehrle'],
    ],
  ],
  [
    'names that are everyday words as well, two after a title',
    'We met Mrs. Joy Price and Dr. Hope Little.',
    [
      ['PERSON', 'Joy Price'],
      ['PERSON', 'Hope Little'],
    ],
  ],
  [
    'near miss: the same words untitled, or one alone after a title, are words',
    'Joy Price rose. Summer Price lists. Ask Mrs. Price.',
    [],
  ],
  [
    'a referrer who is a person, not one that is a health post',
    'referred_by | note\n------------+-----\nGiorgi Kapanadze | x\nPosta de Salud Chinchero | y\n(2 rows)',
    [['PERSON', 'Giorgi Kapanadze']],
  ],
  [
    'a quoted name value padded with blanks',
    "raw = {'full_name': ' KWAME  ASANTE ', 'ssn': '1'}",
    [['PERSON', 'KWAME  ASANTE']],
  ],
  [
    'a mail header writing a person family name first with two given names',
    'Cc: Ruiz, Maria Fernanda <mfruiz@brightwater-law.com>',
    [['PERSON', 'Ruiz, Maria Fernanda']],
  ],
  [
    'British and church titles, and a byline, are no part of the name',
    'Chair: Dame Patricia Oduya. Officiant: Revd Margaret Elphinstone.\nBy Marcus Adeyemi-Stone, Local Democracy Reporter',
    [
      ['PERSON', 'Patricia Oduya'],
      ['PERSON', 'Margaret Elphinstone'],
      ['PERSON', 'Marcus Adeyemi-Stone'],
    ],
  ],
  [
    'names only the generated lists know (faker locales, cspell people names)',
    'Owner: Priyanka Deshmukh. Escalated by Wiebke Hartung; cc Declan Lindahl.',
    [
      ['PERSON', 'Priyanka Deshmukh'],
      ['PERSON', 'Wiebke Hartung'],
      ['PERSON', 'Declan Lindahl'],
    ],
  ],
  [
    'names speech-to-text writes in lower case: the reply to a question for the name, a self-introduction',
    "[00:00:14] AGENT: can i get your full name please\n[00:00:17] CUSTOMER: yeah it's maria kowalczyk k o w a l c z y k\n" +
      'CUSTOMER: hi my name is carlos herrera and i am calling about my card\n' +
      "hi, i'm callum mcgillivray, my number is on file",
    [
      ['PERSON', 'maria kowalczyk'],
      ['PERSON', 'carlos herrera'],
      ['PERSON', 'callum mcgillivray'],
    ],
  ],
  [
    'a patronymic written with a slash links two words no list holds',
    'Owner: Muthukumar s/o Ramasamy; payee Thangavelu a/l Arumugam.',
    [
      ['PERSON', 'Muthukumar s/o Ramasamy'],
      ['PERSON', 'Thangavelu a/l Arumugam'],
    ],
  ],
  [
    "a user's display name beside a login of the same letters stays a name",
    '{"name": "anaru", "display_name": "Anaru", "email": "a@kauri.nz"}\n{"name": "mere_tawhiri", "display_name": "Mere Tawhiri", "email": "m@kauri.nz"}',
    [
      ['PERSON', 'Anaru'],
      ['PERSON', 'Mere Tawhiri'],
    ],
  ],
  [
    "tenants' columns (a nickname in quotes), a known-as column, a name column matched with LIKE",
    "Property\tTenant Name\tlead_tenant\tKnownAs\nJefferson Commons\tTerrence \"TJ\" Okafor\tOyinkansola Bello\tTJ\n\nselect * from core.customers where last_name ilike 'Wanganeen%' and apellidos ILIKE '%Urrutia Goenaga%'",
    [
      ['PERSON', 'Terrence "TJ" Okafor'],
      ['PERSON', 'Oyinkansola Bello'],
      ['PERSON', 'TJ'],
      ['PERSON', 'Wanganeen'],
      ['PERSON', 'Urrutia Goenaga'],
    ],
  ],
  [
    "Spanish Mª and a sentence's este after a name; Breton c'h; Basque and Portuguese family names",
    "Mª Teresa Etxeberria Goikoetxea llamó. ¿Cuánto ha gastado María Teresa Etxeberria este año?\nLa même personne, Gwenaël Le Floc'h, né le 14/02/1979.\n- **Raimundo Nonato Bezerra** (pedido 118377)\nel vecino Unai Etxeberria",
    [
      ['PERSON', 'Mª Teresa Etxeberria Goikoetxea'],
      ['PERSON', 'María Teresa Etxeberria'],
      ['PERSON', "Gwenaël Le Floc'h"],
      ['PERSON', 'Raimundo Nonato Bezerra'],
      ['PERSON', 'Unai Etxeberria'],
    ],
  ],
  [
    'a couple sharing one family name: the first given name alone is a person too',
    'Honour roll: "Ezekiel & Mary Okwuosa"; John and Mary Smith came. Kocsis Levente and Levente Kocsis.',
    [
      ['PERSON', 'Ezekiel'],
      ['PERSON', 'Mary Okwuosa'],
      ['PERSON', 'John'],
      ['PERSON', 'Mary Smith'],
      ['PERSON', 'Kocsis Levente'],
      ['PERSON', 'Levente Kocsis'],
    ],
  ],
  [
    "a firm's noun after a comma opens the firm's name, no mark of the person's before it",
    'Prozessbevollmächtigte: Rechtsanwältin Svenja Tiedemann, Kanzlei Tiedemann & Voss\nSteuerberater Jansen Bakker, Textil GmbH',
    [['PERSON', 'Svenja Tiedemann']],
  ],
  [
    "a numbered form's name fields with the label said again in brackets; a company's and a file's name left alone",
    '4.a. Family Name (Last Name): Abernathy-Quist\n4.b. Given Name (First Name): Rosalind\n2.a. Family Name: Nwachukwu   2.b. Given Name: Chidinma\nCompany Name (Legal): Acme Widgets\nFile name (optional): Report Final',
    [
      ['PERSON', 'Abernathy-Quist'],
      ['PERSON', 'Rosalind'],
      ['PERSON', 'Nwachukwu'],
      ['PERSON', 'Chidinma'],
    ],
  ],
  [
    'common German given names of the post-war generations, before an unlisted family name',
    'Notify Party: same as consignee, attn. Holger Brinkhaus, +49 203 418 2277; cc Elke Ohlendorf',
    [
      ['PERSON', 'Holger Brinkhaus'],
      ['PERSON', 'Elke Ohlendorf'],
    ],
  ],
  [
    "two people joined by and or & under one person's field; a house's seller is a person, a shop under Seller is not",
    'Buyer: Chen Weiliang and Hsu Mei-Ling   Seller: Bartholomew K. Ashcroft\nTenants: Ana Ruiz & Joel Brandt\nSeller: Amazon EU\nVendor: Dell Technologies\nContact: Sales and Marketing',
    [
      ['PERSON', 'Chen Weiliang'],
      ['PERSON', 'Hsu Mei-Ling'],
      ['PERSON', 'Bartholomew K. Ashcroft'],
      ['PERSON', 'Ana Ruiz'],
      ['PERSON', 'Joel Brandt'],
    ],
  ],
  [
    'Korean party words before or as the label of a name; Hebrew, Arabic and Russian labels for a subscriber and a sender',
    '신청인: 김서연\n티켓 #2291: 가입자 박지훈, 번호이동 요청\nמנוי: יעל ברקוביץ, טלפון\nالمرسل: خالد العتيبي\nАбонент: Ирина Соколова',
    [
      ['PERSON', '김서연'],
      ['PERSON', '박지훈'],
      ['PERSON', 'יעל ברקוביץ'],
      ['PERSON', 'خالد العتيبي'],
      ['PERSON', 'Ирина Соколова'],
    ],
  ],
  [
    'a listed given name in capitals before a middle initial and a family name in capitals; a title before one is left out',
    'Taxpayer: DESHAWN T. MERRIWEATHER & ALYSSA MERRIWEATHER\nPAY TO MR J. HARRIS',
    [
      ['PERSON', 'DESHAWN T. MERRIWEATHER'],
      ['PERSON', 'ALYSSA MERRIWEATHER'],
      ['PERSON', 'J. HARRIS'],
    ],
  ],
  [
    "a firm named after people whose signer writes from the firm's domain on its row; a person on her own domain",
    'counterparty_name,signer_name,signer_email\nHengeler Mueller,Benedikt Strasser,benedikt.strasser@hengeler.com\nJane Doughty,Jane Doughty,jane@janedoughty.com',
    [
      ['PERSON', 'Benedikt Strasser'],
      ['PERSON', 'Jane Doughty'],
      ['PERSON', 'Jane Doughty'],
    ],
  ],
  [
    "who signed for a delivery, under a qualified signer's column; a note in the same column is no one",
    'tracking_no,pod_signed_by,depot\n1Z999AA10123456784,F BRADY,DUB3\n784512093341,left at front door,RDU2',
    [['PERSON', 'F BRADY']],
  ],
  [
    'a name in Devanagari after an English word for kin in Hinglish, ended by a Hindi postposition',
    'user: aur unki wife सुनीता जोशी का account bhi link hai',
    [['PERSON', 'सुनीता जोशी']],
  ],
  [
    'a Norwegian given name after av (by), no avenue without its dot; the Swedish noble particle af under a name column',
    'Terminbekreftelse signert av jordmor Hege Nordahl, Sagene helsestasjon. Av. Javier Prado 123\n\nid,namn,telefon\n3,Måns af Wetterstedt,031-718 24 90',
    [
      ['PERSON', 'Hege Nordahl'],
      ['PERSON', 'Måns af Wetterstedt'],
    ],
  ],
  [
    "a form printed in columns two blanks apart (a P60); a header line of labels is no one's",
    "Employee's details:  Surname  FAIRWEATHER   Forenames or initials  Imogen Clare\nFirst Name  Last Name  Email",
    [
      ['PERSON', 'FAIRWEATHER'],
      ['PERSON', 'Imogen Clare'],
    ],
  ],
  [
    'US form fields: a label note in brackets and a possessive after the value end it; a former name; a field letter in brackets',
    'Last Name (Family Name): Marchetti   First Name (Given Name): Rosalind   Other Last Names Used: Okafor\n' +
      '(a) First name and middle initial: Priya        Last name: Venkataraman\n' +
      "If joint return, spouse's first name and middle initial: Imani      Last name: Whitcombe      Spouse's social security number: none",
    [
      ['PERSON', 'Marchetti'],
      ['PERSON', 'Rosalind'],
      ['PERSON', 'Okafor'],
      ['PERSON', 'Priya'],
      ['PERSON', 'Venkataraman'],
      ['PERSON', 'Imani'],
      ['PERSON', 'Whitcombe'],
    ],
  ],
  [
    "a form's name labels and values one blank apart, fields two blanks apart (a 1040's dependents)",
    'Dependents: (1) First name Leo  Last name Santangelo  (2) SSN pending',
    [
      ['PERSON', 'Leo'],
      ['PERSON', 'Santangelo'],
    ],
  ],
  [
    'a role in lower case before the name, though the role is of a building',
    'escalation line for her building manager Felix Amundsen, mornings only',
    [['PERSON', 'Felix Amundsen']],
  ],
  [
    'a Chinese family name, then a given name of two pinyin syllables; a family name before an English word is no name',
    '- column: { name: full_name, value: "Chen Jiahui" }\nWe met Zhao Zihan. Huang Dynasty. Long Beach.',
    [
      ['PERSON', 'Chen Jiahui'],
      ['PERSON', 'Zhao Zihan'],
    ],
  ],
  [
    'a family name in capitals, then a given name the lists lack, after a label naming the patient',
    'Patiënt: VERHAEGHE Joke   °12/11/1975',
    [['PERSON', 'VERHAEGHE Joke']],
  ],
  [
    'a family name that names an algorithm as well, after a listed given name; the algorithm alone is no one',
    "Mijn vriendin Fenna Dijkstra, 06-28374615. Run Dijkstra on the graph, then Markov chains.\nWHERE c.last_name = 'Dijkstra'",
    [
      ['PERSON', 'Fenna Dijkstra'],
      ['PERSON', 'Dijkstra'],
    ],
  ],
  [
    'common Kenyan family names in a letter heading in capitals',
    'RE: TERM 1 FEES BALANCE — BRIAN OCHIENG ODUOR (ADM NO. 4471, GRADE 7 EAST)',
    [['PERSON', 'BRIAN OCHIENG ODUOR']],
  ],
  [
    'Greek formal given names and genitive family names, family name first on a gift list',
    'Λίστα γάμου: δικαιούχοι Νικολάου Δημήτριος, Κωνσταντίνου Ελένη.',
    [
      ['PERSON', 'Νικολάου Δημήτριος'],
      ['PERSON', 'Κωνσταντίνου Ελένη'],
    ],
  ],
  [
    'a Greek full-name column in Greeklish, with a name the lists lack; Greek genitives in a note',
    'ο λογαριασμός της Ιωάννας Βλάχου\nid_pelati,onomateponymo,poli\n200872,Petros Ntouvas,Patra',
    [
      ['PERSON', 'Ιωάννας Βλάχου'],
      ['PERSON', 'Petros Ntouvas'],
    ],
  ],
  [
    'Indonesian labels for an agent and a bank customer, a Balinese name of five words under one',
    'Agen: Ni Luh Putu Ayu Wulandari\nNasabah: Budi Santoso',
    [
      ['PERSON', 'Ni Luh Putu Ayu Wulandari'],
      ['PERSON', 'Budi Santoso'],
    ],
  ],
  [
    "the person in charge after the issuing firm's name on an invoice's line, the firm no person",
    '請求書\n株式会社ミナトデータ 担当: 小林 彩花\nTEL: 03-6721-4490',
    [['PERSON', '小林 彩花']],
  ],
  [
    "a party after BUYER in a wire's free text in capitals, glued to a file number; a bank glued to its routing number is no one",
    '{3400}121000248WELLS FARGO NA*\n{6000}FILE 24-0519-HT BUYER GRACE ADEYEMI-PARK*',
    [['PERSON', 'GRACE ADEYEMI-PARK']],
  ],
  [
    "name parts keyed with a blank in a Java toString (Adyen's shopperName); null is no one",
    '"shopperName": "[first name=Inês, infix=null, last name=Carvalho, gender=null]", "x": "[first name=null]"',
    [
      ['PERSON', 'Inês'],
      ['PERSON', 'Carvalho'],
    ],
  ],
  [
    'a common Hindi name in Devanagari signing a message',
    'कृपया मेरा ऑर्डर जल्दी भेजें, पता बदल गया है। — अंकित वर्मा, 99530 18274',
    [['PERSON', 'अंकित वर्मा']],
  ],
  [
    'a Romansh given name and a Swiss double family name signing a message in dialect',
    'Fründlichi Grüess\nUrsina Caduff-Tschudin\nBahnhofstrasse 44, 7000 Chur',
    [['PERSON', 'Ursina Caduff-Tschudin']],
  ],
  [
    'a Vietnamese name in capitals with its two-mark letters, a short given name no list holds',
    'NGUYỄN THỊ THU HÀ (Hannah Nguyen) · she/her',
    [
      ['PERSON', 'NGUYỄN THỊ THU HÀ'],
      ['PERSON', 'Hannah Nguyen'],
    ],
  ],
  [
    'a priest after Pbro. (presbítero), Rev. and Mons. in a register entry',
    'el Pbro. Héctor Salgado Ruiz bautizó a la niña; asistieron el Rev. Grace Mwangi y Mons. Paolo Ricci.',
    [
      ['PERSON', 'Héctor Salgado Ruiz'],
      ['PERSON', 'Grace Mwangi'],
      ['PERSON', 'Paolo Ricci'],
    ],
  ],
  [
    'a sentence wrapping over a line with commas is no CSV header that blocks the names in it',
    'En la Ciudad de México, el día 9 de junio de 2024, el Pbro. Héctor Salgado Ruiz bautizó solemnemente a\nRegina Fernanda Olvera Cruz, nacida el 2 de febrero de 2024,',
    [
      ['PERSON', 'Héctor Salgado Ruiz'],
      ['PERSON', 'Regina Fernanda Olvera Cruz'],
    ],
  ],
  [
    'unlisted players paired with a slash in a doubles draw set against each other with vs.',
    'Pista 4 (20:30): Joan Riera / Toni Bauzà vs. Pau Oliver / Biel Crespí',
    [
      ['PERSON', 'Joan Riera'],
      ['PERSON', 'Toni Bauzà'],
      ['PERSON', 'Pau Oliver'],
      ['PERSON', 'Biel Crespí'],
    ],
  ],
  [
    '"Last, First" after the place in a meet\'s psych sheet, Mac and hyphenated given names',
    '    Name                    Age Team\n  1 Tremblay, Élodie         12 Club de natation Pointe-Claire\n  2 Nguyen, Kim-Anh          11 Etobicoke Swim Club\n  3 MacDonald, Isla          12 Halifax Trojan Aquatics',
    [
      ['PERSON', 'Tremblay, Élodie'],
      ['PERSON', 'Nguyen, Kim-Anh'],
      ['PERSON', 'MacDonald, Isla'],
    ],
  ],
  [
    'a given name under the Turkish key ad beside soyad and the payer in capitals under Pagador',
    '{"ad": "Efe", "soyad": "Yıldırım", "dogumTarihi": "2010-08-19"}\n\nData | Pagador | Valor | ID\n05/03 | LUCAS HENRIQUE ALVES DE SOUZA | R$ 50,00 | E1844\n07/03 | MARIANA COSTA RIBEIRO | R$ 120,00 | E0036',
    [
      ['PERSON', 'Efe'],
      ['PERSON', 'Yıldırım'],
      ['PERSON', 'LUCAS HENRIQUE ALVES DE SOUZA'],
      ['PERSON', 'MARIANA COSTA RIBEIRO'],
    ],
  ],
  [
    'near misses of a card product, an occasion and a ward: a Finnish Visa where no card is spoken of, a greeting the other way round, an event noun that is a family name, and P. as an initial outside an address',
    'Visa Mäkinen soitti eilen.\nKareem Ramadan joined today.\nDr. Sarah Day called.\nSigned: P. Nguyen Thanh',
    [
      ['PERSON', 'Visa Mäkinen'],
      ['PERSON', 'Kareem Ramadan'],
      ['PERSON', 'Sarah Day'],
      ['PERSON', 'P. Nguyen Thanh'],
    ],
  ],
  [
    'name columns and keys in Estonian, Latvian, Lithuanian, Slovak, Romanian, Slovenian, Albanian, Icelandic, Tagalog and Swahili, accented, folded and in camel case',
    'eesnimi;perekonnanimi;telefon\nKristjan;Tamm;+372 5341 8827\n\n' +
      '{"vārds": "Mārtiņš", "uzvārds": "Ozoliņš"}\n{"vardas": "Rūta", "pavarde": "Kazlauskienė"}\n' +
      '{\'meno\': \'Zuzana\', \'priezvisko\': \'Kováčová\'}\n{"nume": "Popescu", "prenume": "Andreea-Ioana"}\n' +
      '{"ime": "Ana", "priimek": "Novak"}\n{"emri": "Arben", "mbiemri": "Krasniqi"}\n' +
      '{"fornafn": "Sigríður", "föðurnafn": "Jónsdóttir"}\n{"pangalan": "Maria", "apelyido": "Santos"}\n' +
      '{"jinaLaKwanza": "Wanjiru", "jinaLaUkoo": "Kamau"}',
    [
      ['PERSON', 'Kristjan'],
      ['PERSON', 'Tamm'],
      ['PERSON', 'Mārtiņš'],
      ['PERSON', 'Ozoliņš'],
      ['PERSON', 'Rūta'],
      ['PERSON', 'Kazlauskienė'],
      ['PERSON', 'Zuzana'],
      ['PERSON', 'Kováčová'],
      ['PERSON', 'Popescu'],
      ['PERSON', 'Andreea-Ioana'],
      ['PERSON', 'Ana'],
      ['PERSON', 'Novak'],
      ['PERSON', 'Arben'],
      ['PERSON', 'Krasniqi'],
      ['PERSON', 'Sigríður'],
      ['PERSON', 'Jónsdóttir'],
      ['PERSON', 'Maria'],
      ['PERSON', 'Santos'],
      ['PERSON', 'Wanjiru'],
      ['PERSON', 'Kamau'],
    ],
  ],
  [
    "a package's contributors and a project's maintainers with a url or a homepage and no e-mail (package.json, composer.json, pyproject.toml)",
    '{"contributors": [\n  { "name": "Annika Sjöberg", "email": "annika.sjoberg@proton.me" },\n  { "name": "Qorvan Teldu", "url": "https://github.com/qteldu" }\n]}\n' +
      '{"authors": [{"name": "Ilse Vandermolen", "homepage": "https://ilse.dev", "role": "Developer"}]}\n' +
      'maintainers = [{ name = "Tomasz Wierzbowski", url = "https://tw.dev" }]',
    [
      ['PERSON', 'Annika Sjöberg'],
      ['PERSON', 'Qorvan Teldu'],
      ['PERSON', 'Ilse Vandermolen'],
      ['PERSON', 'Tomasz Wierzbowski'],
    ],
  ],
  [
    'the counterparty after /NAME/ in MT940 :86: narratives, the SEPA layout and an ordering party',
    ':61:2411281128C450,00NTRFNONREF//TX8812\n:86:/EREF/NOTPROVIDED/IBAN/GB32BARC20765872461037/NAME/Eleri Prydderch/REMI/Invoice 2024-117\n' +
      ':86:/ORDP//NAME/J.P. de Vries/ADDR/Amsterdam',
    [
      ['PERSON', 'Eleri Prydderch'],
      ['PERSON', 'J.P. de Vries'],
    ],
  ],
  [
    'name labels of Welsh, Galician and Luxembourgish forms: full names, surnames, given names, a bare name beside a phone',
    'Enw llawn: Gwenllian Prydderch\nCyfenw: Bevan\nEnw cyntaf: Rhodri\n\n' +
      'Nome e apelidos: Uxía Castiñeiras Bouzas\n{"apelidos": "Pereiro Vilar", "primeiro_apelido": "Pereiro"}\n\n' +
      'Numm: Weydert\nVirnumm: Jang\nFamilljennumm: Kremer\n\nEnw: Sioned Parry\nRhif ffôn: 07723 418 902',
    [
      ['PERSON', 'Gwenllian Prydderch'],
      ['PERSON', 'Bevan'],
      ['PERSON', 'Rhodri'],
      ['PERSON', 'Uxía Castiñeiras Bouzas'],
      ['PERSON', 'Pereiro Vilar'],
      ['PERSON', 'Pereiro'],
      ['PERSON', 'Weydert'],
      ['PERSON', 'Jang'],
      ['PERSON', 'Kremer'],
      ['PERSON', 'Sioned Parry'],
    ],
  ],
  [
    'name keys in Serbian, Bulgarian, Kazakh, Belarusian, Georgian, Armenian and Amharic letters',
    '{"име": "Марко", "презиме": "Петровић"}\n{"име": "Стоян", "фамилия": "Димитров", "телефон": "0888 412 337"}\n' +
      '{"аты": "Айгерім", "тегі": "Сәрсенбаева"}\n{"імя": "Алесь", "прозвішча": "Камінскі"}\n' +
      '{"სახელი": "ნინო ბერიძე", "ტელეფონი": "+995 555 12 34 56"}\n{"անուն": "Անի", "ազգանուն": "Պետրոսյան"}\n' +
      '{"ሙሉ_ስም": "አበበ በቀለ"}',
    [
      ['PERSON', 'Марко'],
      ['PERSON', 'Петровић'],
      ['PERSON', 'Стоян'],
      ['PERSON', 'Димитров'],
      ['PERSON', 'Айгерім'],
      ['PERSON', 'Сәрсенбаева'],
      ['PERSON', 'Алесь'],
      ['PERSON', 'Камінскі'],
      ['PERSON', 'ნინო ბერიძე'],
      ['PERSON', 'Անի'],
      ['PERSON', 'Պետրոսյան'],
      ['PERSON', 'አበበ በቀለ'],
    ],
  ],
  [
    'Bengali honorifics before a name in a name column, a Finnish role noun before a name, Hungarian titles after a family name',
    'নাম,মোবাইল\nমোঃ রফিকুল ইসলাম,01712-418227\nডাঃ সাবরিনা রহমান,01819-771209\n\n' +
      'Asiakas Aino-Maria Lehtonen soitti. Kiss úr szerint a bank visszadobta; Szabó urat is hívtam.',
    [
      ['PERSON', 'রফিকুল ইসলাম'],
      ['PERSON', 'সাবরিনা রহমান'],
      ['PERSON', 'Aino-Maria Lehtonen'],
      ['PERSON', 'Kiss'],
      ['PERSON', 'Szabó'],
    ],
  ],
  [
    'an account holder after the Norwegian, Danish and German label (kontoinnehaver, kontohaver, Kontoinhaber), not after the account',
    'IBAN NO8015034182733, kontoinnehaver Vebjørn Lie. Kontohaver Sigrún Vik. Kontoinhaberin Wiebke Brandl. Konto Nordlys Vest.',
    [
      ['PERSON', 'Vebjørn Lie'],
      ['PERSON', 'Sigrún Vik'],
      ['PERSON', 'Wiebke Brandl'],
    ],
  ],
  [
    'family name first in a quoted string, a middle initial after the given name; not a town and its state',
    "[('Acosta, Florencia B.', 86), ('Paz, Nicolas E.', 90), ('Savannah, Georgia', 70), ('Ventas, Maria', 12)]",
    [
      ['PERSON', 'Acosta, Florencia B.'],
      ['PERSON', 'Paz, Nicolas E.'],
    ],
  ],
  [
    'family name after its particles first in a cell, not a particle before a word that is no name',
    'vorher | nachher\nx | von der Heide, Annegret\ny | de la Cruz, Maria\nz | van Gogh, Museum',
    [
      ['PERSON', 'von der Heide, Annegret'],
      ['PERSON', 'de la Cruz, Maria'],
    ],
  ],
  [
    'Hon. before an initial, Swahili Dkt., Bw. and Bwana, Afrikaans mev. and mnr.',
    'Appeal from the judgment of Hon. R. Achieng, SRM. Imeandikwa na: Dkt. Baraka Mollel, 14/03/2024. ' +
      'Imesainiwa na: Bw. Daudi Ochieng. Pole sana Bwana Okello. ' +
      'Ek verwys graag mev. Elsabé du Toit en mnr. Pieter van Wyk.',
    [
      ['PERSON', 'R. Achieng'],
      ['PERSON', 'Baraka Mollel'],
      ['PERSON', 'Daudi Ochieng'],
      ['PERSON', 'Okello'],
      ['PERSON', 'Elsabé du Toit'],
      ['PERSON', 'Pieter van Wyk'],
    ],
  ],
  [
    "names in capitals with a middle initial: after MS., after Tagalog's si, and a judgment's signature over JUDGE",
    'This is to certify that MS. KRISTINE JOY B. SANTIAGO, with SSS No. 1, has been employed.\n' +
      'Ito ay nagpapatunay na si ALDRIN P. MACARAEG, 34 taong gulang.\nDated at Nakuru.\nJ. M. NGUGI\nJUDGE',
    [
      ['PERSON', 'KRISTINE JOY B. SANTIAGO'],
      ['PERSON', 'ALDRIN P. MACARAEG'],
      ['PERSON', 'J. M. NGUGI'],
    ],
  ],
  [
    'Ma. (María) before a given name, someone introducing themselves in Swahili and Indonesian, Catalan i between two family names',
    'Magulang: Ma. Theresa Dimaano — 0917 582 3306. Jina langu ni Omondi Juma Okello, nimetuma pesa. ' +
      "Nama saya Darmaji Wijaya. D'una part, el Sr. Oriol Casadevall i Ferrer, major d'edat.",
    [
      ['PERSON', 'Ma. Theresa Dimaano'],
      ['PERSON', 'Omondi Juma Okello'],
      ['PERSON', 'Darmaji Wijaya'],
      ['PERSON', 'Oriol Casadevall i Ferrer'],
    ],
  ],
  [
    'Estonian, Indonesian and Finnish role labels (landlord, tenant, user, driver, on behalf of the employer), a father after s/o',
    'Üürileandja: Margus Kivistik, isikukood 37805120318\nÜürnik: Liis-Marii Rebane, tel +372 5608 1127\n' +
      'Kasutaja: Triinu Laanemets (lapsevanem), e-post x@y.ee\nNama Sopir: Darmaji       No. Polisi: H 8472 KT\n' +
      'Työnantajan puolesta: Raimo Kuusisto, toimitusjohtaja\n\nPatient: Muhammad Usman Tariq s/o Tariq Mehmood\nAge: 46',
    [
      ['PERSON', 'Margus Kivistik'],
      ['PERSON', 'Liis-Marii Rebane'],
      ['PERSON', 'Triinu Laanemets'],
      ['PERSON', 'Darmaji'],
      ['PERSON', 'Raimo Kuusisto'],
      ['PERSON', 'Muhammad Usman Tariq'],
      ['PERSON', 'Tariq Mehmood'],
    ],
  ],
  [
    "a sheet's header row pasted with its column letters (A: Nama beside B: Email)",
    'Row | A: Nama                     | B: Email                  | C: HP\n' +
      '2   | Yohanes Kristianto Siregar  | yohanes.siregar@gmail.com | +62 811-6042-775\n' +
      '3   | Ni Luh Putu Ayu Wardani     | ayu.wardani@gmail.com     | +62 878-6123-0094',
    [
      ['PERSON', 'Yohanes Kristianto Siregar'],
      ['PERSON', 'Ni Luh Putu Ayu Wardani'],
    ],
  ],
];

const negatives: Case[] = [
  [
    "no person in a form's field labels one blank from a capitalised word that is no listed name",
    'Columns:  First name Required  Last name Optional  Email Required',
    [],
  ],
  [
    'no person in a building or a street named after someone, a place noun before the name',
    'Meet at the building Jean Monnet, then walk down rue Victor Hugo.',
    [],
  ],
  [
    "no person in a bad-record line's product column, its extra `, ` inside the product's name",
    'WARN BadRecordLogger: Malformed record at s3://b/p.csv line 9: expected 3 fields (sku,product_name,price), found 4\nWARN BadRecordLogger: SKU-7,Grace Hopper Mug, Large,12.50',
    [],
  ],
  [
    'no person under Dutch Van and Naar (from, to) without a given-name header',
    "('Rit', 'Van', 'Naar', 'Datum')\n(1, 'Utrecht', 'Amersfoort', '2024-03-01')\n(2, 'Gouda', 'Delft', '2024-03-02')\nVan;Naar;Bedrag\nJansen;Pietersen;40,00",
    [],
  ],
  [
    'no person in a tuple row under a header tuple that names no person',
    "('id', 'product', 'category')\n(1, 'Grace Hopper Mug', 'Kitchen')\n(2, 'Ada Lamp', 'Lighting')",
    [],
  ],
  [
    'no person in column headers before a birth-date column (DOB, D.O.B.)',
    'Full Name, DOB, Email\n\nPatient Name, D.O.B., Ward\n\nSee Customer Record DOB field.',
    [],
  ],
  [
    "a team and a firm among a package's contributors, and products with a url in a list under another key",
    '{"contributors": [{"name": "The Babel Team", "url": "https://babeljs.io"}, {"name": "Quillmark Labs", "url": "https://quillmark.io"}],\n' +
      ' "plugins": [{"name": "Vite Plugin Inspect", "url": "https://github.com/x/y"}, {"name": "Rollup Visualizer", "url": "https://z"}]}',
    [],
  ],
  [
    'firms and a municipality after /NAME/ in MT940 :86: narratives, and /NAME/ outside a :86: field',
    ':86:/TRTP/SEPA INCASSO/NAME/Coolblue B.V./REMI/x\n:86:/NAME/Gemeente Utrecht/REMI/aanslag\n' +
      ':86:/NAME/BELASTINGDIENST/REMI/x\n:86:/NAME/Albert Heijn 1234/REMI/x\n\nGET /NAME/Eleri Prydderch/REMI/',
    [],
  ],
  [
    "the bare Welsh and Luxembourgish words for name over a shop's, a café's and a venue's names",
    'Numm: Cactus Howald\nPräis: 12,50\n\nEnw: Caffi Heol y Bont\nPris: 3.50\n\nNumm: Maison Relais Bouneweg\nAdress: 12, rue de Hollerich',
    [],
  ],
  [
    "no person under a bare word for name in a shop's list (price, category, quantity), nor a role noun before a Hungarian title",
    'nume,categorie,pret\nPaine Alba,panificatie,3.50\nCafea Doncafe,bauturi,19.99\n\n' +
      'ime;cijena;kolicina\nMilka Oreo;2,99;14\nFranck Jubilarna;4,49;3\n\n' +
      'Elnök úr, kérem. Az Igazgató asszony nincs bent. Tisztelt Doktor úr!',
    [],
  ],
  [
    "Jotform answers to questions that name no person's name field, in parts and written out",
    '"7":{"name":"companyName","text":"Firma","type":"control_textbox","answer":"Quxley Works","prettyFormat":"Quxley Works"},\n' +
      '"9":{"name":"shiftMoons","text":"Schicht","type":"control_textbox","answer":{"first":"Kallisto","last":"Ganymed"},"prettyFormat":"Kallisto bis Ganymed"}',
    [],
  ],
  [
    "items whose objects list status, budget and person columns by id: the items' names are no people's",
    '{"id":"3","name":"שירותי כהן","column_values":[{"id":"status","text":"x"},{"id":"budget","text":"5"}]}\n' +
      '{"id":"4","name":"Wireframes","column_values":[{"id":"person","text":""},{"id":"status","text":"Done"}]}',
    [],
  ],
  [
    "a board's item names under Name beside a People column of teams (the rows are items, not people)",
    'Name\tGroup\tPeople\tStatus\nWireframes\tDesign\tUX Team\tDone\nMoodboards\tDesign\tBrand Squad\tWorking on it',
    [],
  ],
  [
    'HTTP authentication schemes before Auth: no given name opens them',
    'Authentication: Basic Auth — user "anystring", password "…"\nSwitch the node to Digest Auth or Bearer.',
    [],
  ],
  [
    "a bot user's and an organisation's name beside their avatars, and a product's beside its image url",
    '{ "object": "user", "name": "Deploy Bot", "avatar_url": null, "type": "bot" }\n' +
      '{ "login": "acme", "name": "Acme Inc", "avatar_url": "https://avatars.githubusercontent.com/u/1?v=4" }\n' +
      '{ "name": "Moonlight Sonata", "image_url": "https://cdn.shop.test/p/881.jpg", "price": 12 }',
    [],
  ],
  [
    'a values array whose first row names no person column, and one whose first row is data',
    '{"values": [["Atelier", "Salle", "Jour"], ["Poterie", "Verrière", "Lundi"]]}\n' +
      '[["Gaëlle", "Brossard-Niang", "Poterie"], ["Ysaline", "Quérou", "Reliure"]]',
    [],
  ],
  [
    'no person in a card product opened by a card network with a card word near (Visa Sanborns Inbursa, Mastercard Sanborns Inbursa card)',
    'Sanborns es la marca; las tarjetas son Visa Sanborns Inbursa.\nApply for the Mastercard Sanborns Inbursa card today.',
    [],
  ],
  [
    'no person in an occasion: a festive greeting as a campaign name (Ramadan Kareem, Hari Raya) or an event noun closing a titled run (Dr. Seuss Reading Week)',
    '| Ramadan Kareem – Tommy Hilfiger | AE |\nSelamat Hari Raya Aidilfitri!\ntitle: Dr. Seuss Reading Week – 20% off picture books',
    [],
  ],
  [
    'no person in a Vietnamese ward after P. (phường) in an address list',
    '0  KH0412    215 Lê Lợi, P. Bến Thành, Q.1, TP.HCM\n1  KH0413    9 Trần Hưng Đạo, P. Thạch Thang, Hải Châu, ĐN',
    [],
  ],
  [
    'no player from a slash without a draw, a numbered place without "Last, First", or a Rev. of a document',
    'Sales / Marketing Team review\n  1 Springfield, Illinois     12 Central Swim Club\nSee Rev. 2 of the spec and Pista Central / Pista Norte.',
    [],
  ],
  [
    'no bare ad key read without a record of people, and no sentence between commas read as a header',
    '{"ad": "Banner Top", "boyut": "728x90"}\nWe met, as planned, at the station in the north of the city, and then\nwent home, tired, happy,',
    [],
  ],
  [
    'no person in a desk or a mailbox named family-first before an address, nor in generics',
    'Reply to Billing, Accounts <billing@acme.com> or Sales, Support <help@acme.com>\nfrom Mailer, Daemon <mailer@x.com>\nMap<String, Integer> m;',
    [],
  ],
  [
    'no person under lead_source or lead_time, nor after a chemistry lead label',
    'lead_source,lead_time,status\nTrade Show,5 days,Open\nPartner Referral,2 days,Won\n\nSoil sample: lead: Pb detected',
    [],
  ],
  [
    "a CENDOJ ruling's stand-ins, given names only after the title; a Spanish professional firm's mark (S.L.P.)",
    'ECLI:ES:TS:2023:1842\nRecurrente: doña Elsa, representada por el procurador D. Jose Pedro, bajo la dirección letrada de Cuatrecasas, Gonçalves Pereira, S.L.P.',
    [],
  ],
  [
    "a German firm's kind glued to its noun before the founder's name: an expert's office, an engineers' office, a law firm",
    'Gutachter: Sachverständigenbüro Krämer & Lutz. Wir beauftragen das Ingenieurbüro Hartmann und die Anwaltskanzlei Schubert.',
    [],
  ],
  [
    'a word in capitals after an initial that is no listed family name',
    'Served by the U. S. ARMY and the U.S. NAVY. Note: see A. NOTE. PEDIDO A. TOTAL',
    [],
  ],
  [
    'initials without blanks before a word that is no particle: a company, a bank, a kindergarten named after a writer',
    'Shares of U.S. Steel rose; J.P. Morgan advised. Ansat i Børnehuset H.C. Andersen i perioden.',
    [],
  ],
  [
    'nouns after a Chinese role, a brand in quotes before the noun it qualifies, a given name with a Turkish title and case ending',
    "负责人单位：总部。联系人方式：邮件。其中“张小泉”刀具渠道贡献明显。\nNot: eşi Hatice Hanım'ın da sipariş verdiği.",
    [],
  ],
  [
    'a role abbreviated in an attendee list beside the names',
    'Attendees (2):\n  Rebecca Oyelaran   Managing Dir.   Goldman Sachs\n  Hye-jin Park       VP Treasury     Morgan Stanley',
    [
      ['PERSON', 'Rebecca Oyelaran'],
      ['PERSON', 'Hye-jin Park'],
    ],
  ],
  [
    'the Japanese word for amount, opening with a family name character',
    '品目: データ分析支援  金額: ¥480,000  合計: ¥528,000',
    [],
  ],
  [
    'a payslip deduction after an abbreviated title',
    'Deductions: PF 7,500  Prof. Tax 200  TDS 14,812   Net Pay 96,238',
    [],
  ],
  [
    'a role word before a name is no part of it; a Swedish company, a police station',
    'Policyholder Nathaniel Osei-Bonsu called. Tullagent Malin Ekdahl signed for Nordkap Elektronik AB.\nReported to Polizeirevier Zuffenhausen.',
    [
      ['PERSON', 'Nathaniel Osei-Bonsu'],
      ['PERSON', 'Malin Ekdahl'],
    ],
  ],
  [
    'trades, banks, municipalities and streets named with a family name',
    'Business name: Okafor-Beck Bookkeeping\n"Name": "Kestrel Joinery"\nBank: Sparkasse Nürnberg\nCliente: Comune di Lodi\nLine1: 410 Peachtree Pl',
    [],
  ],
  [
    'a Korean verb in 해 before a request, a handle as display name',
    '기여자 목록을 정리해 주세요. 이것도 정리해 줘.\n{"display_name": "femi.a", "username": "j_smith"}',
    [],
  ],
  [
    'colleagues known by family name only: after a word for staff, in a list of attendees, a teacher as an office contact',
    '弊社営業担当の田中さんからのご案内\n担当: 松下さん\nサポートの佐藤さんがとても親切でした。\n定例（佐々木さん・グエンさん参加）\n中山大学招生办公室（陈老师）020-8411-2093',
    [],
  ],
  [
    'a shop on a street named after someone; a house named after someone',
    'comprado na loja O Boticário da Rua Oscar Freire, 1.095; entrega no Anne Frank Huis.',
    [],
  ],
  [
    'retailers and neighbourhoods named after people, in title case and in capitals',
    'Collect at David Jones or Harvey Norman; JOHN LEWIS and Edward Jones; Chemist Warehouse Johnson St; Washington Heights.',
    [],
  ],
  [
    'a table qualifying a column in SQL after a name column',
    'ON CONFLICT ("id") DO UPDATE SET "first_name"=EXCLUDED."first_name","last_name"=EXCLUDED."last_name"',
    [],
  ],
  [
    'districts and towns after a street and its house number on an address line',
    'Entrega: Rua Padre João Manuel, 755, ap. 42 — Cerqueira César, São Paulo - SP\nCalle Mayor 12, 3º B — Puerta del Ángel, Madrid',
    [],
  ],
  [
    'firms made of family names: a company mark with full stops, sons and brothers',
    'Vendors: Hermanos Vidal S.L.L., Fratelli Rossi S.p.A., Van den Berg & Zonen, Jansen B.V.',
    [],
  ],
  [
    'streets named after people, after a street noun or under an address key',
    'адреса: вул. Богдана Хмельницького, 40, Київ; просп. Тараса Шевченка, 3\n{"dia_chi": "123 Phan Đình Phùng, Ba Đình, Hà Nội", "address": "12 Gg. Ahmad Yani, Bandung"}',
    [],
  ],
  [
    'words in capitals before a given name that are no family names: keywords, acronyms, headings',
    'SELECT NAME Anna FROM staff; CEO Julia said; NOTE Marie is away; HR Daniel; IBM Watson; TODO Sarah',
    [],
  ],
  [
    'words of other scripts standing alone in English text that are no listed names: a greeting, a label, a city, a shop',
    'The banner reads مرحبا بكم and the button שלח טופס. Ship to 北京市 via 东方航空; the 中山大学 campus; 出生日期 is blank.',
    [],
  ],
  [
    'unlisted words in scripts without capitals under a bare name column of a table that says nothing of people',
    '| id | name | city |\n|----|------|------|\n| 17 | مركز الدعم | Leeds |\n| 18 | חנות ספרים | York |',
    [],
  ],
  [
    'support mailboxes, a furniture shop, a product, a note heading, a header label and Korean form words',
    'De: Soporte Iberia <soporte@iberia.example>\nBella Casa Móveis: pedido enviado. Fatih Çay Makinesi arızalı. Çağrı Notu\nFull Name: —\n고객명: 김 님께 주세요',
    [],
  ],
  [
    'foundations, a university named after someone (im.), a scholarship, a staffing firm, a district and filters named after people',
    'Fundação Getulio Vargas, Fundación Ramón Areces, Uniwersytet im. Adama Mickiewicza, Sakıp Sabancı Bursu, Robert Half, Vila Mariana, Distributed Kalman filtering in Lyon.',
    [],
  ],
  [
    'products, brands, a fund, a tunnel and a Dutch street named after people; placeholder guests',
    'Items: Frida Kahlo Print Tote, Jane Austen Quote Mug. Sold on Amazon Marketplace via Uber Receipts. Gift to the Dr. Norman C. Francis Scholars fund. Toll at Hugh L. Carey Tunnel. Ship to Willem de Zwijgerlaan 44.\nname,email\nGuest,guest@example.com\nTrial,trial@example.com\n',
    [],
  ],
  [
    'a court bar, a stadium, a Norwegian street and an Italian council after an article, all in names of people',
    'Avocate au Barreau de Lyon. Estadio Atanasio Girardot. Adresse: Henrik Ibsens gate 12B. Il Consiglio approva.',
    [],
  ],
  [
    'a label with a name word, blanks and no name shaped value',
    'Plan name   GOLD PPO\nFile name   report_2024.csv\nPrinter name   HP LaserJet 4000\nProduct name   Kestrel Widget',
    [],
  ],
  [
    'capitalised words with a lower-case part after a hyphen that are no given names',
    'The Co-founder Kim joined. Follow-up Park visit. Check-in Lee Desk.',
    [],
  ],
  [
    'a corporate BibTeX author and firms under a customer column',
    '@report{who,\n  author = {{World Health Organization}},\n}\nKunde;Ort\nKrause Dental Labor;Kiel\nNordsee Fisch Import;Husum',
    [],
  ],
  [
    'placeholder people in an SQL list under a name column, a practice named after a doctor',
    "where full_name not in ('John Doe', 'Test Customer', 'Mystery Shopper')\nGP: Dr Patel & Partners, Leeds",
    [],
  ],
  [
    "a veterinary record's patient, and a placeholder in a first-name column",
    'Paciente: Bruno\nEspecie: Canino · Raza: Labrador retriever\n\nBuyer First Name,Buyer Last Name\nInfo,Requested',
    [],
  ],
  [
    'awards, funds, fellowships, schools and ways named after people; a place with an Arabic place noun',
    'the Mary Aikenhead Award, the Nell Carrington Scholarship Fund, a Marie Curie Fellow, Edmund Hillary Collegiate, 72 Sir Isaac Brock Way, Jebel Ali, Johns Hopkins',
    [],
  ],
  [
    'capitals that are no one: merchants, headings, places, a run too long to be a name',
    'Tranzactie la DEDEMAN BACAU cu cardul\nPOS PURCHASE SHOPRITE LEKKI LAGOS NG\npaid to NAIVAS MOI AVENUE.\n' +
      'KESTREL ACADEMY NAIROBI\nTERMS AND CONDITIONS APPLY TO ALL ORDERS\nour EA, Linda Park',
    [['PERSON', 'Linda Park']],
  ],
  [
    'places named after people behind an abbreviated or foreign place noun, or before a place word',
    'Str. Mihai Eminescu nr. 12; Av. Javier Prado Este 2392, San Borja; Muzeul Național „George Enescu"; ' +
      '12 Adeola Odeku Street, Victoria Island; Bartók Béla út 44; Club Atlético Gutiérrez; Mohamed Naguib Axis',
    [],
  ],
  [
    'products in a catalogue’s title case, Swedish modern written as English title case writes it, and people beside them',
    'Modern Concrete Bike is out of stock; The Modern Slavery Act applies. Dear Granite Hat, thanks. ' +
      'Top seller: Modern Plastic Computer.\nmodern Olle Kask ringde; Cotton Lindström wrote back; Customer Olle Kask called.',
    [
      ['PERSON', 'Olle Kask'],
      ['PERSON', 'Cotton Lindström'],
      ['PERSON', 'Olle Kask'],
    ],
  ],
  [
    'job titles ending in a post, after a cue or a title (Greek Κύριος is Mr and Principal), and people beside them',
    'Job title: Customer Brand Designer; department: Jewelry.\n' +
      'Customer Tactics Liaison, Cliente Implementação Arquiteto, Κύριος Υποδομή Διαχειριστής.\n' +
      'Customer Ylva Håkansson called; Studio Manager Jane Smith; Κύριος Γιώργος Παπαδόπουλος.',
    [
      ['PERSON', 'Ylva Håkansson'],
      ['PERSON', 'Jane Smith'],
      ['PERSON', 'Γιώργος Παπαδόπουλος'],
    ],
  ],
  [
    'CJK places: Japanese towns and villages, Korean cities, counties and roads, Chinese streets before a house number',
    'The city 越智村 and 小川町 reported; 양산시, 고성군 and 1498 주안로; shipped to 薛巷8号 and 上官旁843号.\n' +
      '木村さんから連絡。김영구님 안녕하세요. 张伟3号床',
    [
      ['PERSON', '木村'],
      ['PERSON', '김영구'],
      ['PERSON', '张伟'],
    ],
  ],
  [
    'firms of family names ending in a mark after a conjunction or a list, and Nordic, Hungarian, Greek and Vietnamese marks',
    'Companies: Godínez Zepeda e Hijos; Ortiz Ruelas, Blanco Nava y Menchaca Verdugo Asociados; ' +
      'Larsson Sundberg, Jönsson Kommanditbolag; Sándor Bt.; Brandt Sport A/S; Cty Vương; Μιχαλολιάκος Όμιλος.\n' +
      'Mary Smith and John Jones Ltd; Customer Olle Kask and Acme Ltd; Soner Yılmaz aradı.',
    [
      ['PERSON', 'Mary Smith'],
      ['PERSON', 'Olle Kask'],
      ['PERSON', 'Soner Yılmaz'],
    ],
  ],
  [
    'streets named after someone after their house number (USPS and British street types), and people beside them',
    'Shipping to 60569 Torrance Alley, Fort Kristi, RI 00129. Returns: 9948 Maida Turnpike; 4 Daniella Grange; ' +
      '7 Hunter Brae; 1828 Grace Park, Springfield.\nRiley Hills called; user 1042 Grace Park logged in; ' +
      'In 2019 Alayna Ridge joined; Contact: Hunter Brae, 45, engineer.',
    [
      ['PERSON', 'Riley Hills'],
      ['PERSON', 'Grace Park'],
      ['PERSON', 'Alayna Ridge'],
      ['PERSON', 'Hunter Brae'],
    ],
  ],
  [
    'Spanish, Italian and Portuguese streets opened by their type, a house number or s/n after the ones that are words too',
    'Pasaje Víctor Padrón Anaya, 4\nRamal Luis Robles Esquivel s/n.\nPuente Rosalia Sáenz Nieto, 43\nParque David s/n.\n' +
      'Incrocio Caselli 3\nContrada De Cicco 332\n2500 Marginal Pereira\nHuerta Juan Carlos llamó ayer; Carlos Huerta 52 años.',
    [
      ['PERSON', 'Huerta Juan Carlos'],
      ['PERSON', 'Carlos Huerta'],
    ],
  ],
  [
    'the parts of a Vietnamese address after a house number: streets, wards and districts named after people',
    'Giao đến 12 Lê Thánh Tôn, Quận 1, TP. Hồ Chí Minh.\n' +
      'KH0413  Phạm Thị Thu Hương  44 Hai Bà Trưng, P. Tràng Tiền, Hoàn Kiếm, HN\n' +
      'KH0415  Trần Minh Khoa  9 Trần Hưng Đạo, Q. Hải Châu, ĐN',
    [
      ['PERSON', 'Phạm Thị Thu Hương'],
      ['PERSON', 'Trần Minh Khoa'],
    ],
  ],
  [
    'people named before a Vietnamese address or with no house number before them in the list',
    'Khách: Trần Minh Khoa, 9 Trần Hưng Đạo, Q.1.\nNgười nhận: Chị Nguyễn Thị Lan, P. Tân An.',
    [
      ['PERSON', 'Trần Minh Khoa'],
      ['PERSON', 'Nguyễn Thị Lan'],
    ],
  ],
  [
    'greetings, weekday and month abbreviations and places that the generated lists must not make names',
    'Hola Lucía, gracias. Tue Mar 12 10:14:02 2024. Monte Carlo simulation; Edificio Torre Santander; flat 12, Tudor Court.',
    [],
  ],
  [
    'lower-case words that are not a full name after a question for the name or an introduction',
    'AGENT: thank you for calling my name is darnell how can i help\nAGENT: and your full name?\nCUSTOMER: four four eight five\nthis is grace period stuff\n' +
      "i'm not sure, i'm afraid i'm grace",
    [],
  ],
  [
    'places, practices and desks named after people',
    'the Walgreens on Ponce de Leon Ave, 200 W. Madison St., bâtiment Jean Monnet, Charles de Gaulle airport, ' +
      "St Vincent's University Hospital, Huisartsenpraktijk Van Dijk, Atelier Roux, recipient_name: Receiving Dept",
    [],
  ],
  [
    'places and companies with a family name in them',
    'Unit 4, Riverside Park, Bristol; Hilton Garden Inn Oxford; Ronald McDonald House Oxford; Studio Legale Ricci & Bianchi; A: Kestrel Privacy <privacy@kestrel.io>',
    [],
  ],
  [
    'parks, streets and agencies named after people, and a specimen name',
    'MLS: near Welles Park; Rua Padre João Manuel 750; Kestrel Immobiliare <info@kestrel.it>; Max Mustermann',
    [],
  ],
  ['a test account under a first name key', '{"first_name":"Test","last_name":"Account"}', []],
  [
    'an anonymised fixture under a name key, and a login under a user name key',
    "{'customer_name': 'Test Customer', 'LANGFUSE_INIT_USER_NAME': 'jdoe'}",
    [],
  ],
  [
    'an authenticator and an application under name keys',
    '{"displayName": "Phone", "client_name": "Kestrel Web"}',
    [],
  ],
  [
    'desks and test accounts named like people',
    "From: Dispute Resolution <disputes@acquiring.kestrelpay.eu>\n{'email': 'qa@example.com', 'name': 'QA Signup Bot'}",
    [],
  ],
  [
    'capitalised pairs ending like a family name',
    'Apache Iceberg tables; Visit Nebraska; Bed Linen; Quarterly Comparison; Apple MacBook; Model Selection. Интернет Магазин. Город Ростов. Poczta Polska; Uniwersytet Warszawski; Politechnika Krakowska. Dear Hiring Manager, Release Notes explained it; Dear Valued Member.',
    [],
  ],
  ['column names only', 'SELECT first_name, last_name, customer_name FROM customers ORDER BY last_name;', []],
  ['header row with no data', 'name,first_name,last_name\n', []],
  [
    'pydantic model fields',
    'class Customer(BaseModel):\n    first_name: str\n    last_name: Optional[str] = None\n',
    [],
  ],
  ['keyword arguments', 'Customer(first_name=first_name, last_name=last_name, owner=owner)', []],
  ['bare name column of products', 'name,price\nWidget Pro,9.99\nGadget Max,19.99\n', []],
  ['package.json name', '{"name": "palisade", "version": "0.1.0"}', []],
  [
    'table name column in information_schema',
    ' table_name | column_name\n------------+------------\n users      | first_name\n',
    [],
  ],
  ['username handles', 'user_name,email\njdoe,jdoe@example.com\n', []],
  ['null cells', ' first_name | last_name\n------------+-----------\n NULL       | None\n', []],
  ['company under customer', 'customer,amount\nAcme Corp,10\nGlobex GmbH,12\n', []],
  ['months and days', 'Last Friday, March Madness began. Monday Morning Report for June.', []],
  ['title-case heading', 'Quarterly Revenue Analysis By Customer Segment', []],
  [
    'products and companies',
    'Use Apache Spark on Databricks with Google Cloud Platform and Microsoft Azure.',
    [],
  ],
  ['max pooling', 'Max Pooling reduces the feature map.', []],
  ['common words that are surnames', 'Total Price and Unit Price columns.', []],
  ['code identifiers', 'df.Name.str.upper()\nclass DataFrame: pass\nresult = UserName(x)\n', []],
  ['ALL CAPS SQL', 'SELECT NAME, OWNER FROM ALL_TABLES WHERE OWNER = USER', []],
  ['single given name without honorific', 'Thanks, Maria!', []],
  ['Han words between kana', '今日は東京で会議があります。山田区の資料を見ました。', []],
  [
    'methods and brands named after people',
    'Pearson Correlation, Nash Equilibrium, Shannon Entropy, Norton Antivirus and Grant Thornton.',
    [],
  ],
  ['a Cyrillic place under a bare name column', 'id,name\n1,Красная площадь\n2,Большой театр\n', []],
  ['first/last columns of a table of things', 'item,first,last\nwidget,Monday,Friday\n', []],
  [
    'statistical methods named after their authors',
    'Kaplan Meier curves, a Durbin Watson statistic and a Kolmogorov Smirnov test.',
    [],
  ],
  ['bank and university', 'Wells Fargo Bank and Stanford University signed.', []],
  ['owner columns of database objects', 'table_name,table_owner\norders,postgres\nusers,Data Team\n', []],
  [
    'a title without a determiner, a department after one',
    'Jane Roe, VP, Westbrook Quarry. Sign-off by their director, Human Resources and Legal.',
    [['PERSON', 'Jane Roe']],
  ],
  ['places named after people', 'Port Louis BPO Ltd, Lake Louise Lodge and Fort Worth offices.', []],
  [
    'Korean particles, role words and everyday two-syllable words',
    '(휴대폰 010-4827-1936)이 환불을 요청했습니다. 고객님 문의 전달. 서울 지점 정보',
    [],
  ],
  [
    'Korean compound nouns of four syllables opening with a family name syllable',
    '박지훈 : 주문번호 20240312-88412 확인, 전화번호 변경',
    [['PERSON', '박지훈']],
  ],
  [
    'non-Latin labels without a name: a product under a bare Arabic label, values saying none',
    'الاسم: هاتف سامسونج جالاكسي\nالسعر: 1200\n\nФИО: не указано\nשם מלא: לא ידוע\nИмя: Сервер\n',
    [],
  ],
  [
    'companies under customer labels of Arabic, Hebrew, Hindi, Thai and Russian records',
    'العميل: شركة الراجحي\nלקוח: חברת חשמל\nग्राहक: टाटा मोटर्स लिमिटेड\nลูกค้า: บริษัท ปตท จำกัด\nКлиент: Банк Русский Стандарт\n',
    [],
  ],
  [
    'Japanese labels with a fullwidth colon over a department, a product, Han words opening with no family name',
    '担当者：営業部\n品名：抹茶ラテ\n名前：新商品\n名前：テスト\n',
    [],
  ],
  [
    'a Greek abbreviation opening like a title, a Russian title before a lower-case noun',
    'Τα προϊόντα κ.λπ. Ήρθε νωρίς. Уважаемый господин директор, пан или пропал.',
    [],
  ],
  [
    'titles before a role, one word or a whole sentence; a doctor and a brother who are no title',
    'أكد السيد الرئيس أن الحكومة ستعمل. كما أكد السيد وزير المالية أن الميزانية متوازنة. قال السيد المتحدث الرسمي للوزارة، إن القرار نهائي. السيد أحمد قام بتحويل المبلغ كاملا اليوم. הטעם מר מאוד. به دکتر مراجعه کنید. الأخ الأكبر لأحمد.',
    [],
  ],
  [
    'an era after a year is no title, a kin word before a stop word opens no name, an appendix with initials is no one',
    'ولد عام 1990 م. وقد عمل لدينا طويلا. आपके पुत्र की उपस्थिति कम है। См. Приложение А. Б. и таблицу.',
    [],
  ],
  [
    'institutions and streets named after people: a hospital, a crèche, C/ for calle, a titled name after Jl., a house number, a title before a role',
    'Profession : infirmière (HCL – Hôpital Édouard Herriot)\nÉtablissements : 1) Crèche Louise Michel\nDomicilio: C/ Miguel Servet, 87\nAlamat : Jl. Dr. Setiabudi No. 112, Bandung\n| 7 | Sr. Analyst | badge |',
    [],
  ],
  [
    'diseases and institutions named after people: Morbus as M., a syndrome, a thyroiditis, 病, a campus, a quoted hospital name, a Swedish region',
    'pat. met M. Crohn sinds 2015. Tiroiditis de Hashimoto. Syndrome de Guillain-Barré. 橋本病に対しては内服中。 Campus Benjamin Franklin. UMF No. 28 "Gabriel Mancera". Hospital de Clínicas "José de San Martín". Västra Götalandsregionen',
    [],
  ],
  [
    "places, programmes, branches and offices named after people or like them: a courtyard, a lecture hall, a reading system, a Berlin street, Ca' Foscari, an Italian office, an EU action, a country branch, a Turkish faculty, a Chinese university",
    "cour Simone Veil puis amphithéâtre Marie Curie. Wilson Reading System. Unter den Linden 6. Ca' Foscari Venezia – Settore Immatricolazioni. Marie Skłodowska-Curie Actions und Fulbright Austria. Kazım Karabekir Eğitim Fakültesi. 中山大学招生办公室",
    [],
  ],
  [
    'boroughs, neighbourhoods, shops, garages, operas, practices and districts named after people or like them',
    'Alcaldía Benito Juárez y Miguel Hidalgo. Rua Bela Vista 12. Galeries Lafayette Haussmann. Garage Jean Jaurès. Opera Bałtycka. Fevzi Çakmak Mah. 12. Rutherford Health Hamilton. Hillary Family Practice. 中山区 高雄市',
    [],
  ],
  [
    'words in other scripts after an English cue that name no one: a greeting, thanks, a support desk with the article',
    'Hi 你好, thanks 谢谢. Contact الدعم الفني today. Dear 客户,',
    [],
  ],
  [
    'Thai words that open with a title: quality, you can, thank you',
    'คุณภาพสูง ราคาถูก\nคุณสามารถ เปลี่ยนรหัสผ่าน\nขอบคุณครับ นายจ้าง ใหม่\n',
    [],
  ],
  [
    'a lower-case bin between capitalised words that name no one',
    'Empty the Recycle bin Daily. The El-Nino Effect.',
    [],
  ],
  [
    'abbreviations and lettered items before a capitalised word; an apostrophe after a longer word',
    "See U.S. Army records and Appendix B. Results follow. Plan B. Then.\nowner: Team's Queue\n",
    [],
  ],
  [
    'a relation word in a column that names no person, and a kana column of product codes',
    'father_id,spouse_count\nKestrel Ridge,2\n\n| 商品 | カテゴリ |\n|---|---|\n| 山本 陽子 | ヤマモト |\n',
    [],
  ],
  [
    'places named after people, and a role account under a bare name key',
    'couriers via the Elizabeth Line to Victoria Station.\nadmin:\n  name: Site Admin\n  email: admin@example.com\n',
    [],
  ],
  [
    'abbreviated columns that name no person: a plan name, a product list',
    "MBR_ID|PLAN_NM|PLAN_CD\n0041882301|GOLD, PLUS|PPO2\n\nSku(product_names=['Kestrel Ridge', 'Amber Vale'])",
    [],
  ],
  [
    "display names spelling a field's identifier in words (Metabase result metadata, a template tag)",
    '[{"name": "given_name", "display_name": "Given Name"}, {"name": "nhi", "display_name": "NHI"}, {"name": "gp_practice", "display_name": "Gp Practice"}]\n"nhi": {"name": "nhi", "display-name": "NHI", "type": "text"}',
    [],
  ],
  [
    'a shop under a key with blanks, a trading name and a facility under their columns',
    '{"Shop Name": "Kak Nurul Kuih", "Joined": "2023-06-02"}\n\nseller_id\ttrading_name\tfacility\nSL-1\tOksana Makes\tCedars-Sinai Marina del Rey',
    [],
  ],
  [
    'a placeholder of whom the record is about in a name field',
    'first_name\tlast_name\temail\nAnonymous\tDonor\t[NULL]\nUnknown\tPatient\t[NULL]',
    [],
  ],
  [
    "a software tenant's name, fixtures excluded by NOT ILIKE, LIKE on a column of things, a stent named after a range",
    "tenant_name\tplan\nkestrel-prod\tenterprise\n\nwhere c.full_name NOT ILIKE 'Test %' and store_name like 'Harbour Lights%'\nStent: Xience Sierra 3.0 x 18 mm",
    [],
  ],
  [
    "a schema's XML elements: the name attributes of columns and tables beside a name column compared in SQL",
    '<table name="CUSTOMERS">\n  <column name="LAST_NAME" type="VARCHAR" tags="pii" />\n  <column name="STATE" type="VARCHAR(2)" />\n  <column name="Hudson" />\n</table>\nWHERE last_name = \'Begay\'',
    [['PERSON', 'Begay']],
  ],
  [
    'a locality under its column and in prose, and a hospital named after a doctor',
    'Both are in Anna Nagar.\n\n   holder_name         dob  locality\n0  S. Kaviya  1992-07-30  Ashok Nagar\n\nOs dois são atendidos no Hospital Dr. Carlos Alberto Studart.',
    [['PERSON', 'S. Kaviya']],
  ],
  [
    'a word before a given name in a text without Hungarian letters',
    'Kiss Anna goodbye, then Major Tom and Magyar Anna.',
    [],
  ],
  [
    'a bot and support teams named after people: a role word or a support tier after the name',
    'Top values: Harvey Bot 88,402. Teams: "Darwin Escalations", "Kingsford Smith L2". Ask Rania Haddad.',
    [['PERSON', 'Rania Haddad']],
  ],
  [
    'a store named after someone, before the noun store and compared with a store column in SQL; a firm of two names',
    "Returns at the Ben Franklin Plaza store: WHERE s.store_name = 'Ben Franklin Plaza'. Audited by Ernst & Young.",
    [],
  ],
  [
    'a street matched with LIKE against an address column; a name matched against a name column still counts',
    "SELECT * FROM khach_hang WHERE dia_chi ILIKE '%Nguyễn Huệ%' OR ho_ten LIKE '%Trần Thị Mai%'",
    [['PERSON', 'Trần Thị Mai']],
  ],
  [
    'the holder of a public office at the time (the then minister); not a private person after the then',
    'In 2021 the then housing secretary, Robert Jenrick, and the then minister Nadhim Zahawi spoke. ' +
      'She moved in with the then tenant, Aisha Karimi.',
    [['PERSON', 'Aisha Karimi']],
  ],
  [
    "an author's or artist's name as an adjective before the work; not a person who owns the book",
    'She read every Roald Dahl book and a Stephen King novel, then returned Marcus Webb’s book.',
    [['PERSON', 'Marcus Webb']],
  ],
  [
    'a given name that is a programming language in a list of them or after a quantity; not the person said alone',
    'Julia Kowalczyk · Skills: Julia, Python. Ruby Chen · Ruby on Rails, some Julia too. Ruby called; Julia agreed.',
    [
      ['PERSON', 'Julia Kowalczyk'],
      ['PERSON', 'Ruby Chen'],
      ['PERSON', 'Ruby'],
      ['PERSON', 'Julia'],
    ],
  ],
  [
    'no post after Hon., Bwana or Bi. (the honorary secretary, the agricultural officer, the bride); no initials in capitals alone on a line without a post under them',
    'Hon. Secretary: see minutes. Bwana Shamba alifika. Bi. Harusi.\nShipping\nU. S. ARMY\nP. O. BOX\nNAIROBI',
    [],
  ],
  [
    'no person under the new role labels when the value is no name, nor under a lettered name column of a price list, nor Ma. before a word',
    'Kasutaja: admin\nÜürnik: vt lisa 1\nNama Sopir: -\nYhtiön puolesta: Kuusiston Puutarha Oy\n\n' +
      'Row | A: Nama                | B: Harga\n2   | Kopi Susu Gula Aren     | 18000\n3   | Nasi Goreng Kampung     | 15000\n\n' +
      'Ma. Kumain tayo.',
    [],
  ],
];

describe('personDetector', () => {
  it.each([...positives, ...negatives])('%s', (_name, text, expected) => {
    const found = personDetector.detect(text);
    expect(found.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual(expected);
    for (const f of found) expect(f.score).toBeGreaterThan(0.5);
  });

  it('scores listed names and honorifics above unlisted ones', () => {
    const [listed, titled] = personDetector.detect('Grace Hopper met Dr. Okonkwo.');
    expect(listed?.score).toBeGreaterThanOrEqual(0.85);
    expect(titled?.score).toBeGreaterThan(0.65);
  });

  it('handles 1 MB of tables and prose (linear: the runner timeout is the only hang guard)', () => {
    const chunk = `name,dob\nJane Dorsey,1990-01-01\n\nDear John Smith, Max Pooling ${'Aa '.repeat(20)}\n`;
    const copies = Math.ceil(1_000_000 / chunk.length);
    const found = personDetector.detect(chunk.repeat(copies));
    expect(found.length).toBe(copies * 2);
  });

  it('handles adversarial runs: one huge line of capitalised words, of CJK, of quotes', () => {
    const caps = 'Ann Bob '.repeat(100_000);
    const cjk = '高橋花子'.repeat(100_000);
    const quotes = `'${"Ann' ".repeat(100_000)}`;
    expect(personDetector.detect(caps).length).toBeLessThanOrEqual(1); // only the last, short run
    expect(personDetector.detect(cjk).length).toBe(0);
    expect(personDetector.detect(quotes).length).toBe(0);
  });

  it('handles adversarial runs of non-Latin titles, glued Thai titles and long label lines', () => {
    const titles = 'السيد מר '.repeat(100_000);
    const words = `السيد ${'كلمة '.repeat(200_000)}`;
    const thai = 'คุณ'.repeat(100_000);
    const labels = `${'الاسم '.repeat(10)}: ${'ا'.repeat(200)}\n`.repeat(10_000);
    for (const text of [titles, words, thai, labels]) expect(personDetector.detect(text).length).toBe(0);
  });
});

/** Tables, exports and labelled fields of forms and schools (`headerKind`, `cellScore`, the table cells). */
const formCases: Case[] = [
  [
    'a school export: "Last, First" under LastFirst, Mother and Father; a given name under Name des Kindes',
    'LastFirst\tDOB\tMother\tFather\nBegay, Kayden Lee\t11/02/2010\tBegay, Loretta\tBegay, Darrell\n\n' +
      '"E-Mail","Name des Kindes","Gruppe"\n"k.o@t-online.de","Lio","Igelgruppe"',
    [
      ['PERSON', 'Begay, Kayden Lee'],
      ['PERSON', 'Begay, Loretta'],
      ['PERSON', 'Begay, Darrell'],
      ['PERSON', 'Lio'],
    ],
  ],
  [
    'people of a form joined by a slash, and a name part after whose it is (enfant_prenom, nome do aluno)',
    'Nº;Alumno/a;Padre/Madre/Tutor\n1;Álvarez Cuesta, Hugo;Cuesta Herrero, Raquel\n\n' +
      "INSERT INTO t (enfant_prenom, enfant_nom) VALUES ('Émile', 'Tremblay-Gagnon');\n\n" +
      'nome_do_aluno,turma\nInês,3B',
    [
      ['PERSON', 'Álvarez Cuesta, Hugo'],
      ['PERSON', 'Cuesta Herrero, Raquel'],
      ['PERSON', 'Émile'],
      ['PERSON', 'Tremblay-Gagnon'],
      ['PERSON', 'Inês'],
    ],
  ],
  [
    "a form's labels of several words: a father's given name, bilingual family and given names in capitals, N'DIAYE before the next field, an emergency contact",
    'Adı Soyadı           : Zeynep Nur Aksoy\nBaba Adı             : Mustafa\n' +
      '1.1 Apellido(s) / Family name(s): GARCÍA-VILLALBA ROMERO\n1.2 Nombre(s) / Given name(s): IRENE\n' +
      "Civilité : Mme   Nom : N'DIAYE   Prénom : Fatou\n" +
      'Acil Durumda Aranacak Kişi: Nermin Aydoğan (anneannesi)',
    [
      ['PERSON', 'Zeynep Nur Aksoy'],
      ['PERSON', 'Mustafa'],
      ['PERSON', 'GARCÍA-VILLALBA ROMERO'],
      ['PERSON', 'IRENE'],
      ['PERSON', "N'DIAYE"],
      ['PERSON', 'Fatou'],
      ['PERSON', 'Nermin Aydoğan'],
    ],
  ],
  [
    "a person named at the end of a field's label, after a role word (Danish kunde, customer)",
    "Vasket adresse for kunde Lærke Thomsen: 'H C Andersens Blvd 27, 1553 Kbh V'\nAdresse for Kunde Nord: Vesterbrogade 3",
    [['PERSON', 'Lærke Thomsen']],
  ],
  [
    "no person in a form's labels, nor under a company's name label",
    'Veli Adı Soyadı: —\nVeli Cep Telefonu: (0532) 614 27 89\nCompany Name: Morgan Stanley',
    [],
  ],
  [
    'a badge name, a nickname; no person under a favourite author',
    'Imię;Nazwisko;Imię i nazwisko na identyfikatorze;Favoritförfattare;E-mail\n' +
      'Krzysztof;Lewandowicz;Krzysiek;Selma Lagerlöf;k.lewandowicz@dataforge.pl',
    [
      ['PERSON', 'Krzysztof'],
      ['PERSON', 'Lewandowicz'],
      ['PERSON', 'Krzysiek'],
    ],
  ],
  [
    "names aggregated into one cell under a plural `nombres` in a table of people; not a company's",
    '| correo | n | nombres |\n|---|---|---|\n| i.soto@gmail.com | 2 | Ignacia Soto Vergara; Ignacia Soto V. |\n' +
      '| contacto@roble.cl | 2 | Ferretería El Roble SpA; Ferreteria El Roble |',
    [
      ['PERSON', 'Ignacia Soto Vergara'],
      ['PERSON', 'Ignacia Soto V.'],
    ],
  ],
  [
    'Bengali name and father/husband columns, "the late" before a dead father; Hebrew given and family names apart',
    'ক্রমিক           নাম পিতা/স্বামীর নাম           মোবাইল\n' +
      '     ১   রহিমা খাতুন      আব্দুল জলিল     ০১৭১৮-৬৪২৩০৫\n' +
      '     ২   আব্দুল করিম    মৃত হাসান আলী     01911-208437\n\n' +
      'שם_פרטי,שם_משפחה,דוא"ל\nמיכל,בן דוד,michal.bd@walla.co.il',
    [
      ['PERSON', 'রহিমা খাতুন'],
      ['PERSON', 'আব্দুল জলিল'],
      ['PERSON', 'আব্দুল করিম'],
      ['PERSON', 'হাসান আলী'],
      ['PERSON', 'מיכל'],
      ['PERSON', 'בן דוד'],
    ],
  ],
  [
    "no person in a CSV's header line (Turkish gross and net pay, hire date), the names under it",
    'Sicil No;Ad Soyad;Brüt Maaş;Net Maaş;İşe Giriş\n10482;Burak Yıldız;62.500,00;48.112,37;01.09.2019',
    [['PERSON', 'Burak Yıldız']],
  ],
  [
    "a dict keyed by people: the keys of a name's shape beside names found, not an office's",
    'samples = {\n    "Ayesha Siddiqa":  ("0300-8214476", "PK"),\n    "Muhammad Bilal Qureshi":  ("+92 321 5539027", "PK"),\n' +
      '    "Tanvir Hasan Chowdhury":  ("01711-542309", "BD"),\n    "Lahore office":  ("042-35761190", "PK"),\n}',
    [
      ['PERSON', 'Ayesha Siddiqa'],
      ['PERSON', 'Muhammad Bilal Qureshi'],
      ['PERSON', 'Tanvir Hasan Chowdhury'],
    ],
  ],
  [
    'no person among the keys of a dict of places with one name found',
    'office = {\n    "Lahore Cantt":  1,\n    "Gulberg Town":  2,\n    "Muhammad Bilal Qureshi":  3,\n}',
    [['PERSON', 'Muhammad Bilal Qureshi']],
  ],
  [
    'a "Family, Given" row label in a grid without a name header; not a place',
    "\tUnit 2 Quiz\tLab: Mendel's Peas\nClass average\t16.4\t25.1\nDela Cruz, Joshua Miguel\t12\tMissing\nSpringfield, Illinois\t15\t22",
    [['PERSON', 'Dela Cruz, Joshua Miguel']],
  ],
  [
    "no person in a fixture's row (reserved e-mail domain, filler phone) nor a logged fixture record",
    'imie;nazwisko;pesel;email\nŁukasz;Przybylski;95031508378;lukasz.p@interia.pl\nJan;Kowalski;00000000000;jan@example.com\n\n' +
      "WARNING - Hylätty rivi: {'etunimi': 'Matti', 'sukunimi': 'Meikäläinen', 'sahkoposti': 'matti@example.com'}\n\n" +
      '| loan_id | borrower | mobile |\n|---|---|---|\n| B-0415 | DELA CRUZ, JUAN | 09000000000 |',
    [
      ['PERSON', 'Łukasz'],
      ['PERSON', 'Przybylski'],
    ],
  ],
  [
    "the insured's name on a German referral form (Name, Vorname des Versicherten)",
    'Krankenkasse: AOK Nordost\nName, Vorname des Versicherten: Schröder, Karl-Heinz          geb. am 11.02.1949',
    [['PERSON', 'Schröder, Karl-Heinz']],
  ],
  [
    'a Mohawk given name with a colon (a glottal stop) under first_name, and no person in a colon elsewhere',
    'first_name,last_name,note\nKiawenti:io,Deer,ok\nRonni,Cohen,re:fw',
    [
      ['PERSON', 'Kiawenti:io'],
      ['PERSON', 'Deer'],
      ['PERSON', 'Ronni'],
      ['PERSON', 'Cohen'],
    ],
  ],
  ['no person under a Bengali upazila (sub-district) column', 'ক্রমিক    উপজেলা\n     ১     সাভার', []],
  [
    'no person under a tree node, a Kubernetes kind or a count of children',
    'kind: Service\nparent: Operations\nchildren,parent,kind\n2,Operations,Service\n3,Finance,Deployment',
    [],
  ],
];

describe('personDetector on forms and school exports', () => {
  it.each(formCases)('%s', (_name, text, expected) => {
    const found = personDetector.detect(text);
    expect(found.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual(expected);
  });
});
