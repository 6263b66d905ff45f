import { describe, expect, it } from 'vitest';
import type { Detector, EntityType, Finding } from './detector.js';
import { defaultDetectors } from './detectors/index.js';
import { detectAll } from './registry.js';

function fixed(id: string, findings: Array<[EntityType, number, number, number]>): Detector {
  return {
    id,
    entities: [...new Set(findings.map(([type]) => type))],
    detect: (): Finding[] =>
      findings.map(([type, start, end, score]) => ({ type, start, end, score, detector: id })),
  };
}

/** Every finding of the default detectors in `text`, as type and value. */
const spans = (text: string): Array<[string, string]> =>
  detectAll(defaultDetectors, text).map((f) => [f.type, text.slice(f.start, f.end)]);

/** The people `detectAll` finds in `text` when a detector reports the given e-mail addresses in it. */
function peopleBeside(text: string, emails: readonly string[]): string[] {
  const at = (v: string): [EntityType, number, number, number] => [
    'EMAIL',
    text.indexOf(v),
    text.indexOf(v) + v.length,
    0.9,
  ];
  return detectAll([fixed('e', emails.map(at))], text)
    .filter((f) => f.type === 'PERSON')
    .map((f) => text.slice(f.start, f.end));
}

describe('detectAll', () => {
  it('finds a full name again wherever the text repeats it as a whole word, and nothing it overlaps', () => {
    const text = 'name: Ana Lee; row (7, Ana Lee, x); Ana Leeds; Ana Lee@host';
    const person = fixed('p', [
      ['PERSON', 6, 13, 0.8],
      ['EMAIL', 47, 59, 0.9],
    ]);
    const found = detectAll([person], text);
    expect(found.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ['PERSON', 'Ana Lee'],
      ['PERSON', 'Ana Lee'],
      ['EMAIL', 'Ana Lee@host'],
    ]);
    expect(found[1]?.score).toBe(0.8);
  });

  it('finds a relative: a capitalised word before the family name of someone found in full', () => {
    const text = 'name: Nusrat Chowdhury; my husband Farhan Chowdhury and Mrs Chowdhury; The Chowdhury';
    const found = detectAll([fixed('p', [['PERSON', 6, 22, 0.8]])], text);
    // `Mrs Chowdhury`: a title before the family name of someone named in full names her; `The
    // Chowdhury` names no one.
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'Nusrat Chowdhury',
      'Farhan Chowdhury',
      'Chowdhury',
    ]);
    expect(text.slice((found[2]?.start ?? 0) - 4, found[2]?.end)).toBe('Mrs Chowdhury');
    // A brand named after someone is not a relative.
    const brand = 'name: Elizabeth Jones; employer: Dow Jones';
    expect(detectAll([fixed('p', [['PERSON', 6, 21, 0.8]])], brand)).toHaveLength(1);
  });

  it.each([
    ['the first of partners', 'name: Will Young\nfirm: Young, Long and Strong', ['Will Young']],
    ['with an ampersand', 'name: Will Young\nfirm: Young, Long & Strong', ['Will Young']],
    // Near misses: people named by family name in a list, one of them found in full; a lone copy.
    [
      'a found partner',
      'name: Will Young, Ann Long\nmet: Young, Long and Reyes',
      ['Will Young', 'Ann Long', 'Young', 'Long'],
    ],
    ['alone', 'name: Will Young\nthen Young left.', ['Will Young', 'Young']],
  ])('reads a family name opening a firm of partners as no person (%s)', (_, text, expected) => {
    const found = detectAll(
      [
        fixed(
          'p',
          expected
            .filter((n) => n.includes(' '))
            .map(
              (n) =>
                ['PERSON', text.indexOf(n), text.indexOf(n) + n.length, 0.9] as [
                  EntityType,
                  number,
                  number,
                  number,
                ],
            ),
        ),
      ],
      text,
    );
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(expected);
  });

  it.each([
    ['a review row', '2024-03-11,Marek K.,"Szybka dostawa",marek.kaczmarczyk@o2.pl', ['Marek K.']],
    ['a dash between', 'Ana R. - ana_ruiz@mail.es', ['Ana R.']],
    // Near misses: an address on another line, another initial, another given name.
    ['another line', 'Marek K.\nmarek.kaczmarczyk@o2.pl', []],
    ['another initial', 'Marek W., marek.kaczmarczyk@o2.pl', []],
    ['another given name', 'Jan K., marek.kaczmarczyk@o2.pl', []],
  ])(
    'finds a given name and an initial on the line of an address spelling them (%s)',
    (_, text, expected) => {
      const from = text.search(/[^\s,]+@/);
      const found = detectAll([fixed('e', [['EMAIL', from, text.length, 0.9]])], text);
      expect(found.filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end))).toEqual(
        expected,
      );
    },
  );

  it.each([
    ['a firm after the person and de', 'Es el Ing. Ramiro Cantú de Aceros Cantú, 81.', ['Ramiro Cantú']],
    ['a firm after the person and of', 'Ask Tom Baker of Riverside Baker today.', ['Tom Baker']],
    // Near misses: a listed given name after `of` is a relative's; a word before the family name
    // with no `of` after the person is one too.
    ['a given name after of', 'Ask Tom Baker of Anna Baker today.', ['Tom Baker', 'Anna Baker']],
    ['no of', 'Ask Tom Baker; Riverside Baker came.', ['Tom Baker', 'Riverside Baker']],
  ])(
    'reads a firm named after the family after a person and "of" as no relative (%s)',
    (_, text, expected) => {
      const at = text.indexOf(expected[0] as string);
      const found = detectAll([fixed('p', [['PERSON', at, at + (expected[0] as string).length, 0.9]])], text);
      expect(found.map((f) => text.slice(f.start, f.end))).toEqual(expected);
    },
  );

  it('finds the name before an e-mail address that spells it, from the first word it spells', () => {
    // (`johnson` does not spell `John Lewis`, a company cell before the address.)
    const text = [
      'Failing row contains (5512, Matej Kováč, matej.kovac@azet.sk). Contact Ana Lima <alima@x.io>',
      'Acme Corp, sales@acme.io; William Johnson,John Lewis,william.johnson@yahoo.com',
      'ADMINS = [("Ruairí Mac Giolla Phádraig", "ruairi@kestrel.ie")]',
    ].join('\n');
    const emails = [
      'matej.kovac@azet.sk',
      'alima@x.io',
      'sales@acme.io',
      'william.johnson@yahoo.com',
      'ruairi@kestrel.ie',
    ];
    const at = (value: string): [EntityType, number, number, number] => [
      'EMAIL',
      text.indexOf(value),
      text.indexOf(value) + value.length,
      0.9,
    ];
    const found = detectAll([fixed('e', emails.map(at))], text);
    expect(found.filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end))).toEqual([
      'Matej Kováč',
      'Ana Lima',
      'Ruairí Mac Giolla Phádraig',
    ]);
  });

  it('finds the given name of someone found in full said alone, not in another table cell or another name', () => {
    const text =
      "form.data: {'name': 'Gulnara Ismailova', 'phone': 'ask for Gulnara'}; Gulnara Petrova\nid,city\n1,Gulnara\n";
    const at = text.indexOf('Gulnara Ismailova');
    const found = detectAll([fixed('p', [['PERSON', at, at + 17, 0.8]])], text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Gulnara Ismailova', 'Gulnara']);
  });

  it('finds a given name said alone with a Finnish case ending in a Finnish text, not in a German one', () => {
    expect(
      spans('Aihe: Eetun poissaolot\nEetu Lehtonen on ollut poissa tällä viikolla. Eetulle soitettiin.'),
    ).toEqual([
      ['PERSON', 'Eetun'],
      ['PERSON', 'Eetu Lehtonen'],
      ['PERSON', 'Eetulle'],
    ]);
    expect(spans('Anna Schmidt schrieb. Annan Bericht ist fertig, danke für die Mühe.')).toEqual([
      ['PERSON', 'Anna Schmidt'],
    ]);
  });

  it('takes the own name after the gender, caste and birth-order words of a Balinese name for its given name', () => {
    const text = 'Nama: Ni Luh Putu Ayu Wardani; Made Wirawan\nChat Ayu. Chat Luh. Made said.';
    const at = text.indexOf('Ni Luh');
    const made = text.indexOf('Made Wirawan');
    const found = detectAll(
      [
        fixed('p', [
          ['PERSON', at, at + 23, 0.8],
          ['PERSON', made, made + 12, 0.8],
        ]),
      ],
      text,
    );
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'Ni Luh Putu Ayu Wardani',
      'Made Wirawan',
      'Ayu',
      'Made',
    ]);
  });

  it('does not take the first word of a found name for a given name inside a street after another word', () => {
    const text =
      '| apellidos | dirección |\n|---|---|\n| Ibáñez Soler | Av. de Blasco Ibáñez 112, 46022 València |\nPregunta a Ibáñez. When Ibáñez called';
    const at = text.indexOf('Ibáñez Soler');
    const found = detectAll([fixed('p', [['PERSON', at, at + 12, 0.85]])], text);
    expect(found.map((f) => [text.slice(f.start, f.end), f.start])).toEqual([
      ['Ibáñez Soler', at],
      ['Ibáñez', text.indexOf('Ibáñez.')],
      ['Ibáñez', text.indexOf('Ibáñez called')],
    ]);
  });

  it('finds a given name said alone after a German noun and its article, not after another name word', () => {
    const text =
      'Helfer: Brigitte Wohlfahrt\nSchlüssel hat diese Woche Brigitte. Am nächsten Tag Brigitte auch.\nin Sankt Brigitte, als die Anna Brigitte anrief';
    const at = text.indexOf('Brigitte Wohlfahrt');
    const found = detectAll([fixed('p', [['PERSON', at, at + 18, 0.85]])], text);
    expect(found.map((f) => [text.slice(f.start, f.end), f.start])).toEqual([
      ['Brigitte Wohlfahrt', at],
      ['Brigitte', text.indexOf('Brigitte.')],
      ['Brigitte', text.indexOf('Brigitte auch')],
    ]);
  });

  it('takes no programming language for the given name of someone found in full: a version after it, a verb for software before it', () => {
    const text =
      'Julia Hoffmann, 10:12: ported the pricer from Python to Julia 1.10. Can we run Julia inside Jupyter? The Julia 1.10 kernel works. Ruby Chen: upgraded to Ruby 3.3.0 and installed Ruby v3.2 too.';
    expect(spans(text)).toEqual([
      ['PERSON', 'Julia Hoffmann'],
      ['PERSON', 'Ruby Chen'],
    ]);
    // The person said alone: before a time of day or a date, after `with`, with a possessive.
    const person =
      "Julia Hoffmann joined. Call Julia 9.30 am, meet Julia 1.10. at noon. A call with Julia; we run Julia's script.";
    expect(spans(person).map(([, v]) => v)).toEqual(['Julia Hoffmann', 'Julia', 'Julia', 'Julia', 'Julia']);
  });

  it('finds a name found alone again after the verb opening a question, not after a noun opening a line', () => {
    const text = "forename  Ebunoluwa\nIs Ebunoluwa's dob a typo?\nBüro Ebunoluwa\nMount Ebunoluwa is high.";
    const at = text.indexOf('Ebunoluwa');
    const found = detectAll([fixed('p', [['PERSON', at, at + 9, 0.85]])], text);
    expect(found.map((f) => f.start)).toEqual([at, text.indexOf("Ebunoluwa's")]);
  });

  it('finds given and family name as single-quoted fields before an address spelling one and the initial or short form of the other', () => {
    const text =
      "(10442, 'Agnieszka', 'Szczepańska', 'a.szczepanska@wp.pl')\n(11203, 'Bartłomiej', 'Kędzierski', 'bartek.kedzierski@o2.pl')\n(7, 'Acme', 'Holdings', 'x.holdings@wp.pl')";
    expect(
      peopleBeside(text, ['a.szczepanska@wp.pl', 'bartek.kedzierski@o2.pl', 'x.holdings@wp.pl']),
    ).toEqual(['Agnieszka', 'Szczepańska', 'Bartłomiej', 'Kędzierski']);
  });

  it('finds a name found in full again with an initial or family name first, and its family name alone', () => {
    const text =
      'Witness Laura Chen called. Signed: L. Chen; docket (Chen, Laura). Chen stated she left; Chen Legal LLC; Chen: yes';
    const at = text.indexOf('Laura Chen');
    const found = detectAll([fixed('p', [['PERSON', at, at + 10, 0.8]])], text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'Laura Chen',
      'L. Chen',
      'Chen, Laura',
      'Chen',
    ]);
  });

  it('finds a name found in full again percent-encoded in a link, and not as a shared mailbox', () => {
    const text =
      '[Call with Mateus Albuquerque](Interviews/Call%20with%20Mateus%20Albuquerque%207b1d.md) | Mateus Albuquerque |\nWarehouse Team,warehouse@harbour.org.uk';
    const at = text.lastIndexOf('Mateus Albuquerque');
    const found = detectAll([fixed('p', [['PERSON', at, at + 18, 0.8]])], text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'Mateus Albuquerque',
      'Mateus%20Albuquerque',
      'Mateus Albuquerque',
    ]);
  });

  it('finds a name found in full again in lower case, and a Vietnamese given name said alone', () => {
    const text = "names: [ 'Lucas Ferreira', 'lucas ferreira' ]; Chào chị Hương. Tên là Nguyễn Thu Hương.";
    const a = text.indexOf('Lucas Ferreira');
    const b = text.indexOf('Nguyễn Thu Hương');
    const found = detectAll(
      [
        fixed('p', [
          ['PERSON', a, a + 14, 0.8],
          ['PERSON', b, b + 16, 0.8],
        ]),
      ],
      text,
    );
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'Lucas Ferreira',
      'lucas ferreira',
      'Hương',
      'Nguyễn Thu Hương',
    ]);
  });

  it('finds a found name again in other capitals, with a doubled blank or folded to ASCII; a one-word name only folded and capitalised', () => {
    const text =
      "['Tor-Erik  Lunde', 'SOLVEIG rønning'] → ['Tor-Erik Lunde', 'Solveig Rønning']; " +
      'fornavn "Håkon" vs "Haakon"; Rose and rose.\n   Tor-Erik  Lunde  Solveig';
    const at = (v: string): [EntityType, number, number, number] => [
      'PERSON',
      text.indexOf(v),
      text.indexOf(v) + v.length,
      0.8,
    ];
    const found = detectAll(
      [
        fixed('p', [
          at('Tor-Erik'),
          at('Lunde'),
          at('Tor-Erik Lunde'),
          at('Solveig Rønning'),
          at('Håkon'),
          at('Rose'),
        ]),
      ],
      text,
    );
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'Tor-Erik  Lunde',
      'SOLVEIG rønning',
      'Tor-Erik Lunde',
      'Solveig Rønning',
      'Håkon',
      'Haakon',
      'Rose',
      // Two cells of an aligned row, unquoted: each word alone, not one name across the gap.
      'Tor-Erik',
      'Lunde',
      'Solveig',
    ]);
  });

  it('finds a given name with the initial of the family name of someone found in full, not before another initial', () => {
    const text =
      'Dasher: Tyrone Whitfield (ID 8841)\n[19:42] Tyrone W.: at the gate\n[19:43] Tyrone K. joined';
    const found = detectAll([fixed('p', [['PERSON', 8, 24, 0.8]])], text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Tyrone Whitfield', 'Tyrone W.']);
  });

  it('finds the katakana reading in brackets after a name found in Han, and a family name after a Spanish salutation', () => {
    expect(spans('お客様：渡部 健太郎 様（ワタナベ ケンタロウ）\n')).toEqual([
      ['PERSON', '渡部 健太郎'],
      ['PERSON', 'ワタナベ ケンタロウ'],
    ]);
    expect(
      spans('Para: Ignacio Martín-Olmedo <ignacio@telefonica.net>\n\nEstimado Sr. Martín-Olmedo:\n'),
    ).toEqual([
      ['PERSON', 'Ignacio Martín-Olmedo'],
      ['EMAIL', 'ignacio@telefonica.net'],
      ['PERSON', 'Martín-Olmedo'],
    ]);
  });

  it('finds the first two of three names said together', () => {
    const text = 'nombre_completo: Luz Marina Cárdenas\nNota: Luz Marina usa el correo de su esposo.';
    const found = detectAll([fixed('p', [['PERSON', 17, 36, 0.8]])], text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Luz Marina Cárdenas', 'Luz Marina']);
  });

  it('finds an Irish family name again with its particle after a title', () => {
    expect(
      spans('Present: Dr Seán Ó Briain (Chair).\nETH-24-015 deferred; Dr Ó Briain will review it.'),
    ).toEqual([
      ['PERSON', 'Seán Ó Briain'],
      ['PERSON', 'Ó Briain'],
    ]);
  });

  it('finds the given and the family name alone of a name written family name first in capitals', () => {
    expect(
      spans('Patiente : Mme LEROY-NGUYEN Sophie\nSophie rentre le 11/03. Copie : Mme LEROY-NGUYEN'),
    ).toEqual([
      ['PERSON', 'LEROY-NGUYEN Sophie'],
      ['PERSON', 'Sophie'],
      ['PERSON', 'LEROY-NGUYEN'],
    ]);
  });

  it('finds two names found alone under labelled fields said together as one full name', () => {
    expect(
      spans(
        'given_name,family_name\nHope,Long\nJoy,Strong\n\nHope Long and Joy Strong collide; we long for joy.',
      ),
    ).toEqual([
      ['PERSON', 'Hope'],
      ['PERSON', 'Long'],
      ['PERSON', 'Joy'],
      ['PERSON', 'Strong'],
      ['PERSON', 'Hope Long'],
      ['PERSON', 'Joy Strong'],
    ]);
  });

  it('drops names made of Spanish and Portuguese test words (Test Usuario Prueba)', () => {
    expect(spans('nombre,apellido_paterno,apellido_materno\nTest,Usuario,Prueba\nAna,Ruiz,Soto')).toEqual([
      ['PERSON', 'Ana'],
      ['PERSON', 'Ruiz'],
      ['PERSON', 'Soto'],
    ]);
  });

  it('takes a bracketed spelling beside a found name only in another script, capitalised', () => {
    expect(spans('του Πέτρου Αντωνιάδη (ίδιο κινητό). Anna Weber (Анна Вебер).')).toEqual([
      ['PERSON', 'Πέτρου Αντωνιάδη'],
      ['PERSON', 'Anna Weber'],
      ['PERSON', 'Анна Вебер'],
    ]);
  });

  it('finds a Turkish given name (ad, beside soyad) again before a title written after it', () => {
    expect(
      spans(
        '{"ad":"Zeynep","soyad":"Arslan","email":"z.arslan@gmail.com"}\nZeynep Hanım\'ın siparişi atlandı.',
      ),
    ).toEqual([
      ['PERSON', 'Zeynep'],
      ['PERSON', 'Arslan'],
      ['EMAIL', 'z.arslan@gmail.com'],
      ['PERSON', 'Zeynep'],
    ]);
  });

  it('drops a placeholder given name whose family name is in its row, found or not (John,Doe)', () => {
    expect(
      spans('first_name,last_name,email\nJohn,Doe,john.doe@example.com\nJohn,Smith,js@gmail.com'),
    ).toEqual([
      ['PERSON', 'John'],
      ['PERSON', 'Smith'],
      ['EMAIL', 'js@gmail.com'],
    ]);
  });

  it("does not take the last of a firm's partners for a found family name said alone", () => {
    expect(spans("Customer Anna Little called. 'company': 'Price, King and Little'. Little agreed.")).toEqual(
      [
        ['PERSON', 'Anna Little'],
        ['PERSON', 'Little'],
      ],
    );
  });

  it('finds a name found alone again after a greeting', () => {
    expect(
      spans("prenom: 'Camille', nom: 'Rousseau'\ncontent: 'Bonjour Camille, votre commande est prête.'"),
    ).toEqual([
      ['PERSON', 'Camille'],
      ['PERSON', 'Rousseau'],
      ['PERSON', 'Camille'],
    ]);
  });

  it.each([
    ['a handle joined by a dot', "firstName: 'Mark'\nusername: 'Mark.Price62'", ['Mark']],
    ['a handle joined by an underscore', "firstName: 'Mark'\nusername: 'dj_Mark'", ['Mark']],
    // Near misses: a sentence's full stop, a dot before a blank, is no joint.
    ['a full stop', "firstName: 'Mark'\nnote: 'we called Mark. Then we filed it.'", ['Mark', 'Mark']],
    ['a full stop at the end', "firstName: 'Mark'\nnote: 'ask Mark.'", ['Mark', 'Mark']],
  ])('finds a name found alone again, not as part of a handle (%s)', (_, text, expected) => {
    expect(spans(text).map(([, value]) => value)).toEqual(expected);
  });

  it('finds a name found in full again in capitals, as a heading over the prose', () => {
    const text =
      'ELEANOR WAMBUI MWANGI-CARRINGTON\nMarch 3, 1941\n\nEleanor Wambui Mwangi-Carrington, beloved teacher.';
    const found = detectAll([fixed('p', [['PERSON', 48, 80, 0.8]])], text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'ELEANOR WAMBUI MWANGI-CARRINGTON',
      'Eleanor Wambui Mwangi-Carrington',
    ]);
  });

  it('drops placeholder people on example and test lines, and keeps the same names elsewhere', () => {
    expect(spans('EV-1;Jan;Kowalski;Jan Kowalski;jan.kowalski@example.com;Test')).toEqual([]);
    expect(spans('Przykład: Imię i nazwisko dziecka – Jan Kowalski.')).toEqual([]);
    expect(spans('성함\t연락처\n홍길동\t테스트')).toEqual([]);
    expect(spans('Kierownik projektu: Jan Kowalski, tel. w biurze.')).toEqual([['PERSON', 'Jan Kowalski']]);
    // The given and family names in cells of their own, on a test row.
    expect(spans('nr;tytul;nazwisko;imie;email\nFR-55122;M.;DUPONT;Jean;jean.dupont@example.com;;')).toEqual(
      [],
    );
    expect(spans('Name: Test, Candidate\n')).toEqual([]);
    // Names for nobody wherever they stand; 山田 太郎 on a test line only.
    expect(spans('ho_ten: Nguyễn Văn A\n氏名: 山田 太郎 （テスト）')).toEqual([]);
    expect(spans('氏名: 山田 太郎\n')).toEqual([['PERSON', '山田 太郎']]);
  });

  it('drops a test account marked so in brackets after its name, and keeps a role in brackets', () => {
    expect(spans("WHERE claimant_name NOT IN ('TEST CUSTOMER', 'John Smith (test)')")).toEqual([]);
    expect(spans('Assigned to Maria Lopez (Demo) and Peter Hall (testing lead)')).toEqual([
      ['PERSON', 'Peter Hall'],
    ]);
  });

  it('finds a name in another script in a quoted display name, before `|` and the Latin spelling', () => {
    const text = '"accountDisplayName" : "أحمد السيد | Ahmed El-Sayed"';
    const a = text.indexOf('Ahmed');
    const found = detectAll([fixed('p', [['PERSON', a, a + 14, 0.8]])], text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['أحمد السيد', 'Ahmed El-Sayed']);
  });

  it('finds a name in another script written beside a person found in Latin letters', () => {
    const text = 'ليلى المنصوري / Layla Al Mansouri\nIvan Petrov (Иван Петров), Omar / 2024';
    const a = text.indexOf('Layla');
    const b = text.indexOf('Ivan');
    const found = detectAll(
      [
        fixed('p', [
          ['PERSON', a, a + 17, 0.8],
          ['PERSON', b, b + 11, 0.8],
        ]),
      ],
      text,
    );
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'ليلى المنصوري',
      'Layla Al Mansouri',
      'Ivan Petrov',
      'Иван Петров',
    ]);
  });

  it('finds a birth date again wherever the text repeats it', () => {
    const text =
      "row = {'dob': '17/06/1989'}\nValueError: time data '17/06/1989' does not match format; 17/06/19890";
    const at = text.indexOf('17/06/1989');
    const found = detectAll([fixed('d', [['DATE_OF_BIRTH', at, at + 10, 0.9]])], text);
    expect(found.map((f) => [f.type, f.start])).toEqual([
      ['DATE_OF_BIRTH', at],
      ['DATE_OF_BIRTH', text.indexOf('17/06/1989', at + 1)],
    ]);
  });

  it('finds no birth date again under a key naming another date, but does under a plain value key', () => {
    const text =
      'dob: 1990-05-14\nhire_date: 1990-05-14\n{"createdAt": "1990-05-14"}\ninvalid value: \'1990-05-14\'';
    const found = detectAll([fixed('d', [['DATE_OF_BIRTH', 5, 15, 0.9]])], text);
    expect(found.map((f) => [f.type, f.start])).toEqual([
      ['DATE_OF_BIRTH', 5],
      ['DATE_OF_BIRTH', text.lastIndexOf('1990-05-14')],
    ]);
  });

  it('finds a family name written first again alone, even one that is a common given name, in capitals', () => {
    const text =
      'DEFENDANT: HASSAN, ABDIRAHMAN  DOB 02/29/1984\nNOTE: INTERPRETER REQUESTED FOR HASSAN. OMAR HASSAN IS NOT LISTED.';
    const found = detectAll([fixed('p', [['PERSON', 11, 29, 0.8]])], text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['HASSAN, ABDIRAHMAN', 'HASSAN']);
  });

  it("finds a family name again with the given name's initial glued on, not another initial or a title", () => {
    const text = 'AGT 4471 / O.ADEYEMI\nagent on duty: Olamide Adeyemi. Later T.Adeyemi and Dr.Adeyemi';
    const at = text.indexOf('Olamide');
    const found = detectAll([fixed('p', [['PERSON', at, at + 15, 0.8]])], text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'O.ADEYEMI',
      'Olamide Adeyemi',
      'Adeyemi',
      'Adeyemi',
    ]);
  });

  it('finds a CJK name again inside running text, and a Japanese family name alone', () => {
    const text = '参会人员：李娜娜、周凯\n李娜娜介绍候选人。\n差出人: 中村 健一\nひかりの中村でございます。';
    expect(spans(text)).toEqual([
      ['PERSON', '李娜娜'],
      ['PERSON', '周凯'],
      ['PERSON', '李娜娜'],
      ['PERSON', '中村 健一'],
      ['PERSON', '中村'],
    ]);
  });

  it('finds the family name of someone found in full again in capitals, as a sign writes it', () => {
    const text = 'Guest: Haruto Tanaka. Driver to hold sign "TANAKA" at T5.';
    expect(spans(text)).toEqual([
      ['PERSON', 'Haruto Tanaka'],
      ['PERSON', 'TANAKA'],
    ]);
  });

  it('finds a family name found in full again without its accents', () => {
    const text = 'Guest: Alejandro Gutiérrez. Note: Gutierrez is now sharing a room.';
    expect(spans(text)).toEqual([
      ['PERSON', 'Alejandro Gutiérrez'],
      ['PERSON', 'Gutierrez'],
    ]);
  });

  it('finds a family name with its particle, and a given name after a verb opening the line', () => {
    const text =
      'Customer Name: Friederike von Arnim-Sandau\nRückfragen an Frau von Arnim-Sandau.\nDonor: Mrs. Yolanda Washington-Pierce\nThanked Yolanda for the gift.';
    expect(spans(text)).toEqual([
      ['PERSON', 'Friederike von Arnim-Sandau'],
      ['PERSON', 'von Arnim-Sandau'],
      ['PERSON', 'Yolanda Washington-Pierce'],
      ['PERSON', 'Yolanda'],
    ]);
  });

  it('finds the short form someone named in full goes by', () => {
    const text = 'Bartholomew Ashby-Nkemelu, PhD — goes by Bart. Oleksandr Hrytsenko ("Sasha") referred him.';
    expect(spans(text)).toEqual([
      ['PERSON', 'Bartholomew Ashby-Nkemelu'],
      ['PERSON', 'Bart'],
      ['PERSON', 'Oleksandr Hrytsenko'],
      ['PERSON', 'Sasha'],
    ]);
  });

  it('finds a Spanish family name with its particles after a title, not a name inside a compound', () => {
    const text =
      'Present: Dr María José de la Cruz Hernández, Filip Hamar.\nDr de la Cruz Hernández was satisfied. Hamar-cupen on Saturday.';
    expect(spans(text)).toEqual([
      ['PERSON', 'María José de la Cruz Hernández'],
      ['PERSON', 'Filip Hamar'],
      ['PERSON', 'de la Cruz Hernández'],
    ]);
  });

  it('finds a family name said alone, not inside a Wi-Fi network named after it', () => {
    const text = 'Customer: Sigrid Aasen. Wi-Fi network: Aasen-5G. Aasen called back.';
    expect(spans(text)).toEqual([
      ['PERSON', 'Sigrid Aasen'],
      ['PERSON', 'Aasen'],
    ]);
  });

  it("finds a given name in a table's free-text cell", () => {
    const text = [
      'Consumer,Reply',
      'Giovanni Russo,"Gentile Giovanni, ci scusiamo per il ritardo della consegna."',
      'Marta Bruni,"Grazie mille"',
    ].join('\n');
    expect(spans(text)).toEqual([
      ['PERSON', 'Giovanni Russo'],
      ['PERSON', 'Giovanni'],
      ['PERSON', 'Marta Bruni'],
    ]);
  });

  it('finds a one-word name again alone in prose, not beside a capitalised word, a company or a state, nor in a table cell', () => {
    const text = "first: Ana; Ana said so. Ana Lima, Ana & Co, Ana, TX.\nid,city\n1,Ana\nAna's note";
    const found = detectAll([fixed('p', [['PERSON', 7, 10, 0.8]])], text);
    expect(found.map((f) => [f.start, text.slice(f.start, f.end)])).toEqual([
      [7, 'Ana'],
      [12, 'Ana'],
      [68, 'Ana'],
    ]);
  });

  it('keeps the higher score, then the longer span, where findings overlap, sorted by start', () => {
    const found = detectAll(
      [
        fixed('a', [
          ['PHONE', 10, 20, 0.6],
          ['EMAIL', 30, 40, 0.9],
        ]),
        fixed('b', [
          ['CREDIT_CARD', 8, 22, 0.9],
          ['SECRET', 0, 5, 0.5],
        ]),
        fixed('c', [['EMAIL', 30, 45, 0.9]]),
      ],
      'x'.repeat(50),
    );
    expect(found.map((f) => [f.type, f.start, f.end])).toEqual([
      ['SECRET', 0, 5],
      ['CREDIT_CARD', 8, 22],
      ['EMAIL', 30, 45],
    ]);
  });

  it('resolves a chain of overlaps as one cluster and keeps touching spans apart', () => {
    const chain = (scores: [number, number, number]) =>
      detectAll(
        [
          fixed('x', [
            ['EMAIL', 0, 10, scores[0]],
            ['PHONE', 8, 18, scores[1]],
            ['SECRET', 16, 26, scores[2]],
            ['IBAN', 26, 30, 0.1],
          ]),
        ],
        'x'.repeat(30),
      ).map((f) => f.type);
    expect(chain([0.5, 0.9, 0.5])).toEqual(['PHONE', 'IBAN']);
    expect(chain([0.9, 0.5, 0.9])).toEqual(['EMAIL', 'SECRET', 'IBAN']);
  });

  it('finds values hidden by normalisation and reports them at their original offsets', () => {
    const word: Detector = {
      id: 'word',
      entities: ['SECRET'],
      detect: (text) =>
        [...text.matchAll(/hunter2/g)].map((m) => ({
          type: 'SECRET' as const,
          start: m.index,
          end: m.index + 7,
          score: 0.9,
          detector: 'word',
        })),
    };
    const text = 'pw hun\u200bter2, again hunter2, escaped hunter&#50;';
    expect(detectAll([word], text).map((f) => text.slice(f.start, f.end))).toEqual([
      'hun\u200bter2',
      'hunter2',
      'hunter&#50;',
    ]);
  });

  it('finds a found name spelled out letter by letter, and a lower-case family name said alone', () => {
    const text =
      'AGENT: your full name?\nCUSTOMER: maria kowalczyk k o w a l c z y k\nAGENT: thank you miss kowalczyk\n' +
      "Caller: it's Dwayne Whitaker, W-H-I-T-A-K-E-R.\nCaller: Niamh O'Sullivan, O S U L L I V A N; ref R E P, A B C D";
    const found = spans(text);
    expect(found).toEqual([
      ['PERSON', 'maria kowalczyk'],
      ['PERSON', 'k o w a l c z y k'],
      ['PERSON', 'kowalczyk'],
      ['PERSON', 'Dwayne Whitaker'],
      ['PERSON', 'W-H-I-T-A-K-E-R'],
      ['PERSON', "Niamh O'Sullivan"],
      ['PERSON', 'O S U L L I V A N'],
    ]);
  });

  it('finds the family name someone was born with after their name', () => {
    const text =
      'Vores elskede mor\nInger Marie Thygesen\nf. Kjeldsen\n* 3. maj 1938. Witness: Anna Weber, geb. Schulz.';
    const found = spans(text);
    expect(found.filter(([type]) => type === 'PERSON')).toEqual([
      ['PERSON', 'Inger Marie Thygesen'],
      ['PERSON', 'Kjeldsen'],
      ['PERSON', 'Anna Weber'],
      ['PERSON', 'Schulz'],
    ]);
  });

  it('reads a LINE chat: the title and senders, the Latin spelling in brackets, a given name after a Thai title', () => {
    const text =
      '[LINE] Chat history with พิมพ์ชนก ศรีสวัสดิ์\n10:14\tพิมพ์ชนก ศรีสวัสดิ์\tสวัสดีค่ะ\n10:16\tNat Kestrel Property\tสวัสดีครับคุณพิมพ์ชนก ได้ครับ\n' +
      '10:30\tพิมพ์ชนก ศรีสวัสดิ์\tพิมพ์ชนก ศรีสวัสดิ์ (Phimchanok Srisawat) ค่ะ';
    const found = spans(text);
    expect(found).toEqual([
      ['PERSON', 'พิมพ์ชนก ศรีสวัสดิ์'],
      ['PERSON', 'พิมพ์ชนก ศรีสวัสดิ์'],
      ['PERSON', 'พิมพ์ชนก'],
      ['PERSON', 'พิมพ์ชนก ศรีสวัสดิ์'],
      ['PERSON', 'พิมพ์ชนก ศรีสวัสดิ์'],
      ['PERSON', 'Phimchanok Srisawat'],
    ]);
  });

  it('reads a hiragana reading in brackets after a Han name as the same person, not brackets alone', () => {
    expect(spans('名前：中村 彩花（なかむら あやか）様、生年月日：平成4年8月19日')).toEqual([
      ['PERSON', '中村 彩花'],
      ['PERSON', 'なかむら あやか'],
      ['DATE_OF_BIRTH', '平成4年8月19日'],
    ]);
    expect(spans('ご注意（しばらく おまちください）')).toEqual([]);
  });

  it('finds a short form of a given name of someone named in full', () => {
    const text = 'Gregory Mills raised it first. Greg says the rota was changed. The bill was paid.';
    const found = spans(text);
    expect(found).toEqual([
      ['PERSON', 'Gregory Mills'],
      ['PERSON', 'Greg'],
    ]);
  });

  it('finds Polish diminutives and a short form after an escaped line break in a JSON string', () => {
    const text =
      'From: Małgorzata Wiśniewska, Bartłomiej Zając\n\nThanks,\nGosia and Bartek\n' +
      '{"description": "this is Gwendolyn Achebe-Moss.\\n\\nThanks,\\nGwen", "path": "C:\\\\new\\\\Tomek"}';
    expect(spans(text)).toEqual([
      ['PERSON', 'Małgorzata Wiśniewska'],
      ['PERSON', 'Bartłomiej Zając'],
      ['PERSON', 'Gosia'],
      ['PERSON', 'Bartek'],
      ['PERSON', 'Gwendolyn Achebe-Moss'],
      ['PERSON', 'Gwen'],
    ]);
  });

  it('finds the name someone goes by in brackets, and a second person joined by and', () => {
    const text =
      'Employee: Nguyễn Thị Minh Châu (Minh). Minh mentored Kofi Mensah and Laleh Farahani. Peer feedback from Stefan Nikolić (Analytics) and Kofi Mensah and Partners.';
    const found = spans(text);
    expect(found).toEqual([
      ['PERSON', 'Nguyễn Thị Minh Châu'],
      ['PERSON', 'Minh'],
      ['PERSON', 'Minh'],
      ['PERSON', 'Kofi Mensah'],
      ['PERSON', 'Laleh Farahani'],
      ['PERSON', 'Stefan Nikolić'],
      ['PERSON', 'Kofi Mensah'],
    ]);
  });

  it('finds the given name of a couple joined to a person found in full, not a firm partner', () => {
    const text =
      'first_name: Adaobi, last_name: Okwuosa\nShow couples as "Ezekiel & Adaobi Okwuosa". Thanks to Tom and Maria Keller. Johnson & Partners wrote; Mr & Mrs Okwuosa came.';
    expect(spans(text)).toEqual([
      ['PERSON', 'Adaobi'],
      ['PERSON', 'Okwuosa'],
      ['PERSON', 'Ezekiel'],
      ['PERSON', 'Adaobi Okwuosa'],
      ['PERSON', 'Tom'],
      ['PERSON', 'Maria Keller'],
      ['PERSON', 'Okwuosa'],
    ]);
  });

  it("reads a clause's first word before a family name (Spanish si) as no relative", () => {
    const text =
      'Destinataria: Sra. Silvina Mabel Rapetti, DNI 31.209.318.\nTe paso el texto. Si Rapetti te llama, no contestes. Her sister Lucia Rapetti called.';
    expect(spans(text)).toEqual([
      ['PERSON', 'Silvina Mabel Rapetti'],
      ['PERSON', 'Rapetti'],
      ['PERSON', 'Lucia Rapetti'],
    ]);
  });

  it("reads a spouse in brackets in an obituary as no one's other name, and a fund named after someone as no relative", () => {
    const text =
      'Eleanor Carrington died. She is survived by David Carrington (Lorraine) of Atlanta. Donations to the Nell Carrington Scholarship Fund.';
    const found = spans(text);
    expect(found).toEqual([
      ['PERSON', 'Eleanor Carrington'],
      ['PERSON', 'David Carrington'],
    ]);
  });

  it('finds a double-barrelled name before the address that runs its halves together, and no shorter copy inside it', () => {
    const text =
      '91457,Thandiwe Mabuza-Ncube,tmabuzancube@outlook.com\n88120,Thandiwe Mabuza,thandi.mabuza@gmail.com\n' +
      'Thandiwe Mabuza and Thandiwe Mabuza-Ncube share a phone.';
    const emails = ['tmabuzancube@outlook.com', 'thandi.mabuza@gmail.com'];
    expect(peopleBeside(text, emails)).toEqual([
      'Thandiwe Mabuza-Ncube',
      'Thandiwe Mabuza',
      'Thandiwe Mabuza',
      'Thandiwe Mabuza-Ncube',
    ]);
  });

  it('finds no owner name before an address in a cell under a trading-name column', () => {
    const text =
      'seller_id\tlegal_name\ttrading_name\tcontact_email\n' +
      'SL-1\tOksana Hrytsenko\tOksana Makes\toksana.makes@gmail.com\n' +
      'SL-2\tNiall Brady\tBurren Candles\tniall.brady@gmail.com';
    const emails = ['oksana.makes@gmail.com', 'niall.brady@gmail.com'];
    expect(peopleBeside(text, emails)).toEqual([]);
    expect(peopleBeside('Contact Oksana Makes, oksana.makes@gmail.com', ['oksana.makes@gmail.com'])).toEqual([
      'Oksana Makes',
    ]);
  });

  it('finds given and family name as two fields before an e-mail address that spells both', () => {
    const text = [
      'Row Values: [48812, "Ingrid", "Solberg", "ingrid.solberg@online.no"]',
      'C-30412;Nadège;Lefebvre-Aubry;nadege.lefebvre@wanadoo.fr',
      'O-1;Support;Team;support.team@acme.io',
      'O-2;Paris;Office;ines.martin@acme.io',
    ].join('\n');
    const emails = [
      'ingrid.solberg@online.no',
      'nadege.lefebvre@wanadoo.fr',
      'support.team@acme.io',
      'ines.martin@acme.io',
    ];
    expect(peopleBeside(text, emails)).toEqual(['Ingrid', 'Solberg', 'Nadège', 'Lefebvre-Aubry']);
  });

  it('finds a name that is also an everyday word when the address after it spells it, not a shared mailbox', () => {
    const text =
      'EA: Bethan Price (bethan.price@sainsburys.co.uk); bot: Support Bot (support.bot@kestrel.io)';
    const found = spans(text);
    expect(found).toEqual([
      ['PERSON', 'Bethan Price'],
      ['EMAIL', 'bethan.price@sainsburys.co.uk'],
      ['EMAIL', 'support.bot@kestrel.io'],
    ]);
  });

  it("finds the family name in a US letter's salutation, not a label's", () => {
    const text = 'Attn: Mr. Dale Whitaker, Property Manager\n\nDear Mr. Whitaker:\n\nWhitaker: n/a';
    const found = spans(text);
    expect(found).toEqual([
      ['PERSON', 'Dale Whitaker'],
      ['PERSON', 'Whitaker'],
    ]);
  });

  it('finds the first of two Spanish family names said alone', () => {
    const text = 'The source, Luz Marina Restrepo Ortiz, spoke to us. Restrepo says the tender was rigged.';
    const found = spans(text);
    expect(found).toEqual([
      ['PERSON', 'Luz Marina Restrepo Ortiz'],
      ['PERSON', 'Restrepo'],
    ]);
  });

  it('reads no phone from a day-first date ending a row and the next row number below it', () => {
    const text = 'No\tNama\ttgl_daftar\n1\tSutrisno\t02-01-2024\n2\tSri Wahyuningsih\t05-01-2024\n3\tAgus';
    expect(spans(text).filter(([type]) => type === 'PHONE')).toEqual([]);
  });

  it('finds a given name said alone where the body escapes it as the full name is escaped', () => {
    const text = String.raw`{"content":"Th\u00e9o N'Diaye est absent."},{"content":"Responsables de Th\u00e9o : appeler."}`;
    expect(spans(text).filter(([type]) => type === 'PERSON')).toEqual([
      ['PERSON', "Th\\u00e9o N'Diaye"],
      ['PERSON', 'Th\\u00e9o'],
    ]);
  });

  it('finds a listed Arabic given name said alone, and a full name again after a conjunction written onto it', () => {
    const text =
      'الاسم الكامل,الجوال\nسارة عبدالله الحربي,+966 55 318 4207\nفاطمة يوسف النعيمي,+971 55 730 1842\nالطلب باسم سارة عبدالله الحربي وفاطمة يوسف النعيمي. هل لدى سارة طلبات؟';
    expect(spans(text).filter(([type]) => type === 'PERSON')).toEqual([
      ['PERSON', 'سارة عبدالله الحربي'],
      ['PERSON', 'فاطمة يوسف النعيمي'],
      ['PERSON', 'سارة عبدالله الحربي'],
      ['PERSON', 'فاطمة يوسف النعيمي'],
      ['PERSON', 'سارة'],
    ]);
  });

  it('takes no unlisted Arabic word for a given name, nor a listed one opening another name', () => {
    const text =
      'الاسم الكامل,الجوال\nمحمد خالد المنصوري,+971 50 284 6619\nسلام عليكم. راجع محمد القحطاني أمس.';
    expect(spans(text).filter(([type]) => type === 'PERSON')).toEqual([['PERSON', 'محمد خالد المنصوري']]);
  });

  it('finds a Polish given name said alone in another case', () => {
    const text =
      'Kontakty: Agnieszka Kowalczyk i Bartosz Zieliński. A co z Bartoszem? Dzwoniłam do Agnieszki.';
    expect(spans(text)).toEqual([
      ['PERSON', 'Agnieszka Kowalczyk'],
      ['PERSON', 'Bartosz Zieliński'],
      ['PERSON', 'Bartoszem'],
      ['PERSON', 'Agnieszki'],
    ]);
  });

  it('cuts German nouns before von from the family name of someone found in full, not a listed given name', () => {
    const text =
      'Name: Chidinma Okonkwo\nLäuft der Vertrag von Okonkwo aus? Schick die Dienst-Mailadressen von Okonkwo. Die Akte von Okonkwo fehlt. Hans von Okonkwo kommt.';
    expect(spans(text).filter(([type]) => type === 'PERSON')).toEqual([
      ['PERSON', 'Chidinma Okonkwo'],
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Okonkwo'],
      ['PERSON', 'Hans von Okonkwo'],
    ]);
  });

  it('finds a family name said alone after the conjunction opening a Spanish question', () => {
    const text =
      'Empleado: José Luis Ramírez Ochoa. ¿Y Ramírez tuvo horas extra? Consultorio Ramírez Hermanos.';
    expect(spans(text)).toEqual([
      ['PERSON', 'José Luis Ramírez Ochoa'],
      ['PERSON', 'Ramírez'],
    ]);
  });

  it('finds a name from a table cell said alone after a clause opener, and in the Finnish genitive', () => {
    const text =
      ' id | etunimi | sukunimi\n----+---------+---------\n 1 | Aino | Lehtinen\n 2 | Juho | Virtanen\n\nEntä Juho? Mikä hänen laitteensa on?\nJuhon laite on ZTE.';
    expect(spans(text).filter(([, v]) => v.startsWith('Juho'))).toEqual([
      ['PERSON', 'Juho'],
      ['PERSON', 'Juho'],
      ['PERSON', 'Juhon'],
    ]);
  });

  it('keeps a word after a table name clean when the text is not Finnish', () => {
    const text = ' id | first | last\n----+---------+---------\n 1 | Juho | Virtanen\n\nJuhon is a town.';
    expect(spans(text).filter(([, v]) => v === 'Juhon')).toEqual([]);
  });

  it('finds a \\u-escaped family name said alone in a SQL literal', () => {
    const text =
      '{"text":"Klientka: Tereza Dvo\\u0159\\u00e1kov\\u00e1, tel.","sql":"WHERE prijmeni = \'Dvo\\u0159\\u00e1kov\\u00e1\'"}';
    expect(spans(text).filter(([t]) => t === 'PERSON')).toEqual([
      ['PERSON', 'Tereza Dvo\\u0159\\u00e1kov\\u00e1'],
      ['PERSON', 'Dvo\\u0159\\u00e1kov\\u00e1'],
    ]);
  });

  it('returns nothing for no detectors', () => {
    expect(detectAll([], 'text')).toEqual([]);
  });
});

describe('detectAll: a secret repeated', () => {
  // Assembled from parts so that no scanner reads a token in the repository.
  const token = ['clio', '_pat_', '8Kx2mQ7vTz4Lw9Rn', '3Hc6Bd1Yp5Fs'].join('');
  const secrets = (text: string): string[] =>
    detectAll(defaultDetectors, text)
      .filter((f) => f.type === 'SECRET')
      .map((f) => text.slice(f.start, f.end));

  it('finds a token said in prose where the same token is found under a Bearer header in nested arguments', () => {
    const text = JSON.stringify({
      messages: [
        { role: 'user', content: `The Clio token for the matter sync is ${token}.` },
        { arguments: JSON.stringify({ headers: { Authorization: `Bearer ${token}` } }) },
      ],
    });
    expect(secrets(text)).toEqual([token, token]);
  });

  it('does not carry a value into a longer token, nor a short or wordy value', () => {
    const text = `Authorization: Bearer ${token}\nThe id is ${token}X9 and the word secret stays.`;
    expect(secrets(text)).toEqual([token]);
    // Letters only: a value a sentence can hold as a word stays where it was found.
    const wordy = 'password = "Rheingold-Sonne"\nWe drove to Rheingold-Sonne on Sunday.';
    expect(secrets(wordy)).toEqual(['Rheingold-Sonne']);
    // Only secrets are carried: an address found twice is no secret.
    expect(secrets("ipaddr.parse('2001:db8::1'); ipaddr.isValidCIDR('2001:db8::/32');")).toEqual([]);
  });
});
