import { describe, expect, it } from 'vitest';
import { detectedPeople } from '../../../test/support/person-spans.js';

const people = detectedPeople;

describe('withoutPublicFigures: public figures and characters mentioned, not recorded', () => {
  it.each([
    [
      'authors of books recommended, the family name said alone after the full name',
      'I loved Beloved by Toni Morrison and One Hundred Years of Solitude by Gabriel García Márquez; ' +
        'then Chronicle of a Death Foretold by García Márquez.',
      [],
    ],
    [
      'a historical author written family first with a comma, in a library record',
      'Autor: Cervantes Saavedra, Miguel de, 1547-1616. Título: El ingenioso hidalgo don Quijote de la Mancha.',
      [],
    ],
    [
      'a family name with a particle said alone after the full name',
      'We read Miguel de Cervantes in class; Cervantes wrote it in prison.',
      [],
    ],
    ['a sentence-opening verb taken into the span', "Summarise Toni Morrison's themes in 200 words.", []],
    [
      'US cabinet members and agency heads named as topics, a double name with an inner capital among them',
      'Summarise what Xavier Becerra and Chiquita Brooks-LaSure said about Medicare Advantage audits.',
      [],
    ],
    [
      'a job named after a figure, and the figure',
      'The cause was the Hopper batch job (our scheduler, named after Grace Hopper), deployed with a pool of 400.',
      [],
    ],
    [
      'the credit under a quotation, and after one on its line',
      '„Was man tief in seinem Herzen besitzt,\nkann man nicht durch den Tod verlieren."\nJohann Wolfgang von Goethe\n' +
        '"Simple can be harder than complex." — Steve Jobs',
      [],
    ],
    [
      'characters, and a title with a family name beside them',
      'Elizabeth Bennet or Jane Eyre? Mr Darcy fans will enjoy Longbourn.',
      [],
    ],
    [
      "a title that is part of the figure's name",
      'Aroha loves our Kate Sheppard inquiry unit and a talk by Dr. Martin Luther King Jr. on tape.',
      [],
    ],
    [
      'figures as topics; not a private person sharing a family name',
      'Even a visionary like Steve Jobs would cringe, said Elon Musk fans. Called back Daniel Jobs.',
      ['Daniel Jobs'],
    ],
    [
      'a figure in a longer value: a course title in a field, a teacher’s remark in a table cell',
      'course: { id: "SS24", title: "Data Science for Educators (Ada Lovelace track)", seats_left: 12 }\n' +
        'Matière\tMoy.\tAppréciation\nHistoire\t12,0\tBon exposé sur Jean Jaurès. Continuez ainsi.',
      [],
    ],
    [
      'European and central-bank officials as topics of a news analysis',
      "Coverage of Ursula von der Leyen's trade remarks, Christine Lagarde's rate comments and Mark Rutte's visit.",
      [],
    ],
    [
      'heads of state and government of Africa, Oceania and Asia in headlines; not a private person sharing a family name',
      'Headlines: "Cyril Ramaphosa opens Durban port expansion", "William Ruto meets Anthony Albanese", ' +
        '"Shinzo Abe remembered". Ticket from Thandi Ramaphosa.',
      ['Thandi Ramaphosa'],
    ],
    [
      'figures in Cyrillic, Greek and Japanese',
      'Лев Толстой написал «Войну и мир». Η ποίηση του Νίκος Καζαντζάκης. 夏目 漱石の『こころ』を読んだ。',
      [],
    ],
    [
      'national heroes of Indonesia and Vietnam as topics, and in an airport, a school and a statue named after them',
      'Soekarno dan Mohammad Hatta membacakan teks proklamasi. Nama Bandara Soekarno-Hatta diambil dari mereka.\n' +
        'Tham quan Trường THPT Lê Quý Đôn và Tượng đài Trần Hưng Đạo.',
      [],
    ],
    [
      'a commonly borne name beside another figure, and a German genitive before its noun',
      'Florence Nightingale zeigte es mit Diagrammen; John Snow kartierte 1854 die Cholera, wie in Hans Roslings Vorträgen.',
      [],
    ],
  ] as Array<[string, string, string[]]>)('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    [
      'a commonly borne name with no other figure in the text, and a private genitive before its noun',
      'John Snow kartierte die Filialen. Wie in Anna Müllers Vorträgen erklärt.',
      ['John Snow', 'Anna Müllers'],
    ],
    [
      "an official's name recorded as a patient's, a birth date on its line",
      'Patient: Xavier Becerra, DOB 01/02/1970',
      ['Xavier Becerra'],
    ],
    [
      'a customer table: cells holding the name alone, e-mails on the row',
      '| Name | E-Mail | Plan |\n|------|--------|------|\n| Grace Hopper | grace.hopper@gmail.com | pro |\n' +
        '| Ada Lovelace | ada@lovelace.io | team |',
      ['Grace Hopper', 'Ada Lovelace'],
    ],
    [
      'an e-mail or a birth date on the line',
      'Customer Victor Hugo, victor.hugo@orange.fr, called about order 4471.\n' +
        'Kate Sheppard, born 12/03/1985, joined the club.',
      ['Victor Hugo', 'Kate Sheppard'],
    ],
    [
      'after a title',
      'Mr Victor Hugo called about his refund. Dr Grace Hopper will see you at 3pm.',
      ['Victor Hugo', 'Grace Hopper'],
    ],
    [
      'after a greeting, and the same name again in the text',
      'Dear Grace Hopper,\nyour badge is ready. As Grace Hopper you may park in bay 4.',
      ['Grace Hopper', 'Grace Hopper'],
    ],
    ['after a greeting on the line', 'Hi Ada Lovelace, your ticket is closed.', ['Ada Lovelace']],
    ['a signature after a sign-off', 'Thanks for everything.\nBest regards,\nGrace Hopper', ['Grace Hopper']],
    [
      'a signature after a dash, no quotation above',
      'The deploy went fine.\n— Grace Hopper',
      ['Grace Hopper'],
    ],
    [
      'a signature with a post, and a chat speaker',
      'Ship it.\nAda Lovelace, Head of Platform\n[10:02] Grace Hopper: done, the job is green',
      ['Ada Lovelace', 'Grace Hopper'],
    ],
    ['after a relation', 'My friend Jane Eyre lent me her car.', ['Jane Eyre']],
    [
      'the whole value of a field',
      '{"name": "Ada Lovelace", "plan": "pro"}\nname: Victor Hugo\ncity: Lyon',
      ['Ada Lovelace', 'Victor Hugo'],
    ],
    [
      'a customer sharing a family name, and a longer name holding a figure’s',
      'Maria Hugo ordered Les Misérables by Victor Hugo. Victor Hugo Ramírez called too.',
      ['Maria Hugo', 'Victor Hugo Ramírez'],
    ],
    [
      'a title and a family name with no figure beside them',
      'Called Mr Darcy back about his order.',
      ['Darcy'],
    ],
    [
      'a lone family name that a person kept holds',
      'We named the cluster after Grace Hopper; Tom Hopper runs it. Hopper says it is fine.',
      ['Tom Hopper', 'Hopper'],
    ],
    [
      'a figure’s name said alone that a person kept holds',
      'He quoted Goethe and Kafka; Anna Goethe ordered the book.',
      ['Goethe', 'Anna Goethe'],
    ],
    [
      'an official’s name as the whole value of a field, and a private Lagarde beside the figure',
      '{"name": "Christine Lagarde", "plan": "pro"}\nRate comments by Christine Lagarde; refund for Paul Lagarde.',
      ['Christine Lagarde', 'Christine Lagarde', 'Paul Lagarde'],
    ],
    [
      'a hero’s name after a title and on a line with a phone number',
      'Bapak Mohammad Hatta menunggu di lobi.\nKhách hàng: Trần Hưng Đạo, 0905 661 402',
      ['Mohammad Hatta', 'Trần Hưng Đạo'],
    ],
    [
      'a patron family first with a comma, whose given-first order is no figure’s',
      'Préstamo: socio 000482917 — Ordóñez Villalba, Maite — devolución 2024-12-02.',
      ['Ordóñez Villalba, Maite'],
    ],
  ] as Array<[string, string, string[]]>)('still a person: %s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
