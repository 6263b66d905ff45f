import { describe, expect, it } from 'vitest';
import { defaultDetectors } from '../detectors/index.js';
import { detectAll } from '../registry.js';
import { normalisedViews } from './index.js';

const spans = (text: string) =>
  detectAll(defaultDetectors, text).map((f) => [f.type, text.slice(f.start, f.end)]);
const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('detectAll over normalised views', () => {
  it.each<[string, string, Array<[string, string]>]>([
    // Invisible and look-alike characters
    [
      'zero-width in an e-mail',
      'mail: jo\u200bhn.smith@gm\u200dail.com',
      [['EMAIL', 'jo\u200bhn.smith@gm\u200dail.com']],
    ],
    ['BOM and word joiner', 'to \ufeffann\u2060.lee@outlook.com', [['EMAIL', 'ann\u2060.lee@outlook.com']]],
    [
      'soft hyphens in a card',
      'card 4111\u00ad1111\u00ad1111\u00ad1111',
      [['CREDIT_CARD', '4111\u00ad1111\u00ad1111\u00ad1111']],
    ],
    ['fullwidth e-mail', 'ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ', [['EMAIL', 'ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ']]],
    ['small commercial at', 'ann.lee\ufe6boutlook.com', [['EMAIL', 'ann.lee\ufe6boutlook.com']]],
    [
      'fullwidth card digits',
      'Karte: ４１１１ １１１１ １１１１ １１１１',
      [['CREDIT_CARD', '４１１１ １１１１ １１１１ １１１１']],
    ],
    [
      'a card in full-width digits with ideographic spaces, after a full-width colon',
      'カード番号：３５３０\u3000１１３３\u3000７２１０\u3000４２９３',
      [['CREDIT_CARD', '３５３０\u3000１１３３\u3000７２１０\u3000４２９３']],
    ],
    [
      'a Solar Hijri birth date and a Sheba IBAN in Persian digits',
      'تاریخ تولد: ۱۳۶۸/۰۴/۲۳\nشماره شبا: IR۴۴ ۰۱۲۰ ۰۰۰۰ ۰۰۰۰ ۰۳۳۱ ۸۴۷۲ ۶۵',
      [
        ['DATE_OF_BIRTH', '۱۳۶۸/۰۴/۲۳'],
        ['IBAN', 'IR۴۴ ۰۱۲۰ ۰۰۰۰ ۰۰۰۰ ۰۳۳۱ ۸۴۷۲ ۶۵'],
      ],
    ],
    ['Devanagari SSN', 'ssn ५३६-२२-१२३४', [['US_SSN', '५३६-२२-१२३४']]],
    ['Arabic-Indic phone', 'phone: +١ ٤١٥ ٥٥٥ ٠١٢٣', [['PHONE', '+١ ٤١٥ ٥٥٥ ٠١٢٣']]],
    [
      'Cyrillic o and a in an e-mail',
      'j\u043ehn.smith@gm\u0430il.com',
      [['EMAIL', 'j\u043ehn.smith@gm\u0430il.com']],
    ],
    [
      'Greek omicron in a key',
      'leaked sk-pr\u03bfj-AbC123dEf456GhI789jKl012MnO345',
      [['SECRET', 'sk-pr\u03bfj-AbC123dEf456GhI789jKl012MnO345']],
    ],
    [
      'Cyrillic A in an AWS key',
      'id AKI\u0410IOSFODNN7QWERTY1 used',
      [['SECRET', 'AKI\u0410IOSFODNN7QWERTY1']],
    ],
    // Escapes
    ['URL-encoded at', 'GET /unsubscribe?to=john.smith%40gmail.com', [['EMAIL', 'john.smith%40gmail.com']]],
    ['URL-encoded fullwidth at', 'to=john%EF%BC%A0gmail.com', [['EMAIL', 'john%EF%BC%A0gmail.com']]],
    [
      'HTML numeric references',
      'john&#46;smith&#64;gmail&#x2E;com',
      [['EMAIL', 'john&#46;smith&#64;gmail&#x2E;com']],
    ],
    ['HTML named references', 'ann&commat;outlook&period;com', [['EMAIL', 'ann&commat;outlook&period;com']]],
    ['JSON \\u escape', '{"email":"john\\u0040gmail.com"}', [['EMAIL', 'john\\u0040gmail.com']]],
    [
      'an e-mail encoded twice in a nested URL',
      'redirect_uri=https%3A%2F%2Fx.io%2Fa%3Femail%3Dmarek.novak%2540seznam.cz%26t%3D1',
      [['EMAIL', 'marek.novak%2540seznam.cz']],
    ],
    ['a phone in a form body', 'ssn=&phone=%28602%29+318-4471&x=1', [['PHONE', '%28602%29+318-4471']]],
    [
      'a name in a Python bytes repr',
      'b\'{"name":"\\xc5\\x81ukasz Wr\\xc3\\xb3bel","email":"lw@o2.pl"}\'',
      [
        ['PERSON', '\\xc5\\x81ukasz Wr\\xc3\\xb3bel'],
        ['EMAIL', 'lw@o2.pl'],
      ],
    ],
    [
      'names in mojibake (UTF-8 read as Windows-1252)',
      'id;name;email\n1;RenÃ©e LefÃ¨vre;rl@free.fr\n2;Ã…sa SjÃ¶strÃ¶m;as@telia.se',
      [
        ['PERSON', 'RenÃ©e LefÃ¨vre'],
        ['EMAIL', 'rl@free.fr'],
        ['PERSON', 'Ã…sa SjÃ¶strÃ¶m'],
        ['EMAIL', 'as@telia.se'],
      ],
    ],
    [
      "names in mojibake written as JSON escapes (Facebook's exports)",
      '{"sender_name": "Nicol\\u00c3\\u00b2 Ricci", "content": "ciao"}',
      [['PERSON', 'Nicol\\u00c3\\u00b2 Ricci']],
    ],
    [
      'near miss: a name written with plain JSON escapes is read once, not repaired twice',
      '{"sender_name": "Nicol\\u00f2 Ricci", "content": "ciao"}',
      [['PERSON', 'Nicol\\u00f2 Ricci']],
    ],
    [
      'an address cut by a quoted-printable soft line break',
      'Content-Transfer-Encoding: quoted-printable\n\nGr=C3=BC=C3=9Fe, per E-Mail an w.kraemer=40kes=\ntrel-energie.de.',
      [['EMAIL', 'w.kraemer=40kes=\ntrel-energie.de']],
    ],
    [
      'a name in an RFC 2047 encoded word',
      'From: =?UTF-8?Q?Bj=C3=B6rn_=C3=85kesson?= <bjorn.akesson@telia.se>',
      [
        ['PERSON', 'Bj=C3=B6rn_=C3=85kesson'],
        ['EMAIL', 'bjorn.akesson@telia.se'],
      ],
    ],
    [
      'a pandas table in a notebook output, one JSON string a line',
      [
        '      "text/plain": [',
        '       "   customer_id             name                        email         dob\\n",',
        '       "0        20417  Putri Wulandari  putri.wulandari@yahoo.co.id  1996-03-21\\n",',
        '       "1        20418    Agus Setiawan      agus.setiawan@gmail.com  1981-10-05"',
        '      ]',
      ].join('\n'),
      [
        ['PERSON', 'Putri Wulandari'],
        ['EMAIL', 'putri.wulandari@yahoo.co.id'],
        ['DATE_OF_BIRTH', '1996-03-21'],
        ['PERSON', 'Agus Setiawan'],
        ['EMAIL', 'agus.setiawan@gmail.com'],
        ['DATE_OF_BIRTH', '1981-10-05'],
      ],
    ],
    [
      'a name in HTML named references',
      'Kontakt: Jos&eacute; Iba&ntilde;ez',
      [['PERSON', 'Jos&eacute; Iba&ntilde;ez']],
    ],
    ['JS \\x escape', "s = 'john\\x40gmail\\x2ecom'", [['EMAIL', 'john\\x40gmail\\x2ecom']]],
    [
      'escaped SSN digits',
      'ssn: \\u0035\\u0033\\u0036-22-1234',
      [['US_SSN', '\\u0035\\u0033\\u0036-22-1234']],
    ],
    [
      'an address percent-encoded three times',
      'RelayState=x%253Femail%253Dtomas.lindqvist%252540telia.se%2526team',
      [['EMAIL', 'tomas.lindqvist%252540telia.se']],
    ],
    [
      'a name and an IBAN with + for blanks in an encoded form body',
      'requester_name=Ana+Beatriz+Moura&iban=PL87+1020+5561+0000+3202+1147+8852&email=a.moura%40uol.com.br',
      [
        ['PERSON', 'Ana+Beatriz+Moura'],
        ['IBAN', 'PL87+1020+5561+0000+3202+1147+8852'],
        ['EMAIL', 'a.moura%40uol.com.br'],
      ],
    ],
    [
      'a percent-encoded base64 blob, its padding %3D',
      `GET /track/?data=${encodeURIComponent(b64('{"$email":"noor.haddad@outlook.com","plan":"team"}'))}&ip=1`,
      [['EMAIL', encodeURIComponent(b64('{"$email":"noor.haddad@outlook.com","plan":"team"}'))]],
    ],
    [
      'an address escaped twice in HTML',
      'Kontakt: gosia.pietrzyk&amp;#64;gmail.com',
      [['EMAIL', 'gosia.pietrzyk&amp;#64;gmail.com']],
    ],
    [
      "Cloudflare's obfuscated address",
      '<a href="/cdn-cgi/l/email-protection#5c3633323d2f72371c373f723839">[email&#160;protected]</a>',
      [['EMAIL', '5c3633323d2f72371c373f723839']],
    ],
    [
      'a name with doubled \\u escapes in JSON inside a JSON string',
      String.raw`{"body":"{\"customer\":{\"lastName\":\"Ib\\u00e1\\u00f1ez Ru\\u00edz\",\"phone\":\"\\u002B34 622 481 930\"}}"}`,
      [
        ['PERSON', String.raw`Ib\\u00e1\\u00f1ez Ru\\u00edz`],
        ['PHONE', String.raw`\\u002B34 622 481 930`],
      ],
    ],
    [
      "a base64 password after an SMTP server's Password: challenge",
      ' ~> AUTH LOGIN\n<~  334 VXNlcm5hbWU6\n ~> YW5uYQ==\n<~  334 UGFzc3dvcmQ6\n ~> UGE1NXdvcmQtMjAyNCE=\n',
      [['SECRET', 'UGE1NXdvcmQtMjAyNCE=']],
    ],
    // Spelled-out addresses
    ['[at] and [dot]', 'write to john [at] gmail [dot] com', [['EMAIL', 'john [at] gmail [dot] com']]],
    ['(at) and (dot)', 'john.smith(at)gmail(dot)com', [['EMAIL', 'john.smith(at)gmail(dot)com']]],
    ['{at} with a real dot', 'ann{at}firma.de', [['EMAIL', 'ann{at}firma.de']]],
    ['at and dot as words', 'mail me: john at gmail dot com', [['EMAIL', 'john at gmail dot com']]],
    ['upper-case AT DOT', 'JANE.DOE AT ACME DOT CO DOT UK', [['EMAIL', 'JANE.DOE AT ACME DOT CO DOT UK']]],
    ['spaced @', 'reach john @ gmail.com', [['EMAIL', 'john @ gmail.com']]],
    // Base64
    [
      'base64 of an e-mail',
      `payload=${b64('contact: john.smith@gmail.com')}`,
      [['EMAIL', b64('contact: john.smith@gmail.com')]],
    ],
    [
      'url-safe base64 of a card',
      `t=${Buffer.from('card 4111-1111-1111-1111??').toString('base64url')}`,
      [['CREDIT_CARD', Buffer.from('card 4111-1111-1111-1111??').toString('base64url')]],
    ],
    [
      'base64 of a fullwidth e-mail',
      `x ${b64('ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ')} y`,
      [['EMAIL', b64('ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ')]],
    ],
    // Split by whitespace
    [
      'e-mail broken in its domain',
      'Contact john.smith@acme-cor\np.org today',
      [['EMAIL', 'john.smith@acme-cor\np.org']],
    ],
    ['e-mail broken after the at', 'john.smith@\n  gmail.com', [['EMAIL', 'john.smith@\n  gmail.com']]],
    ['e-mail broken in its local part', 'mail john.\nsmith@gmail.com', [['EMAIL', 'john.\nsmith@gmail.com']]],
    [
      'card broken over a line',
      'pay with 4111 1111\n1111 1111 please',
      [['CREDIT_CARD', '4111 1111\n1111 1111']],
    ],
    [
      'card group cut by a terminal wrap',
      'charge attempt pan=4539 1488 03\n43 6467 exp=08/27',
      [['CREDIT_CARD', '4539 1488 03\n43 6467']],
    ],
    ['SSN broken over a line', 'the number 536-22-\n1234 was', [['US_SSN', '536-22-\n1234']]],
    [
      'IBAN broken over a line',
      'IBAN DE89 3704 0044\n0532 0130 00',
      [['IBAN', 'DE89 3704 0044\n0532 0130 00']],
    ],
    [
      "a birth date in a PDF's comb fields",
      'Date of birth           0 3 / 1 7 / 1 9 8 6',
      [['DATE_OF_BIRTH', '0 3 / 1 7 / 1 9 8 6']],
    ],
    [
      'a card with dots between its groups',
      'вот номер 4008.3716.2904.5187',
      [['CREDIT_CARD', '4008.3716.2904.5187']],
    ],
    [
      'an IBAN in lower case with hyphens',
      'maak over naar nl75-rabo-0317-7294-80',
      [['IBAN', 'nl75-rabo-0317-7294-80']],
    ],
    ['an SSN a digit and a dot at a time', 'ssn: 2.5.5.8.8.2.7.4.4', [['US_SSN', '2.5.5.8.8.2.7.4.4']]],
    [
      'an address with a spaced @ and dot',
      'her email is tariq.roberts @fabrikam .eu',
      [['EMAIL', 'tariq.roberts @fabrikam .eu']],
    ],
    [
      'OCR confusions in labelled numbers',
      'Mobil: +43 664 l82 4O71\nIBAN: AT8O 32OO OOOO l284 7263\nDate of Birth: O3/l7/l986',
      [
        ['PHONE', '+43 664 l82 4O71'],
        ['IBAN', 'AT8O 32OO OOOO l284 7263'],
        ['DATE_OF_BIRTH', 'O3/l7/l986'],
      ],
    ],
    ['spaced-out e-mail', 'j o h n @ g m a i l . c o m', [['EMAIL', 'j o h n @ g m a i l . c o m']]],
    [
      'spaced-out card',
      'cc 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 ok',
      [['CREDIT_CARD', '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1']],
    ],
    [
      "an SSN typed into a form's boxes, with en dashes between the groups",
      'Social security number   4 1 2 \u2013 6 8 \u2013 3 3 7 1\nor',
      [['US_SSN', '4 1 2 \u2013 6 8 \u2013 3 3 7 1']],
    ],
    [
      'a name and an address split by iCalendar line folding',
      'BEGIN:VCALENDAR\nATTENDEE;ROLE=REQ-PARTICIPANT;CN=Matthi\n as Grünewald:mailto:matthias.gr\n uenewald@kestrel-analytics.io\nEND:VCALENDAR',
      [
        ['PERSON', 'Matthi\n as Grünewald'],
        ['EMAIL', 'matthias.gr\n uenewald@kestrel-analytics.io'],
      ],
    ],
    [
      'a birth date under a key of JSON inside a JSON string (a tool result)',
      '{"role":"tool","content":"[{\\"id\\": 88412, \\"date_of_birth\\": \\"1983-06-19\\"}]"}',
      [['DATE_OF_BIRTH', '1983-06-19']],
    ],
    [
      'a psql result inside a JSON string: its rows under their headers',
      '{"outputs":[{"text":" student_no | name_ko | birth_date\\n------------+---------+-----------\\n 20240317   | 김민준  | 2008-05-14\\n(1 row)\\n"}]}',
      [
        ['PERSON', '김민준'],
        ['DATE_OF_BIRTH', '2008-05-14'],
      ],
    ],
    [
      'a text/plain DataFrame inside a JSON string: a cell far from its line start',
      '{"data": {"text/plain": "     cns                                nome  data_nascimento\\n118  898 0012  Francisca Jéssica Tavares de Lima       1999-10-04"}}',
      [
        ['PERSON', 'Francisca Jéssica Tavares de Lima'],
        ['DATE_OF_BIRTH', '1999-10-04'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  // A chat body is one long line: a window around the escaped breaks of a tool result's table was
  // clipped inside the string, losing its last rows, and without the string's closing quote its
  // header line was no line of its own (the JSON before it ran into its first cell).
  const schema =
    'Tables: students(student_id, homeroom, birth_date), staff(staff_id, sucursal, fecha_nacimiento, puesto). ';
  const openaiBody = (content: string): string =>
    JSON.stringify({
      messages: [
        { role: 'system', content: schema.repeat(5) },
        {
          role: 'assistant',
          tool_calls: [
            {
              id: 'call_1',
              function: {
                name: 'run_sql',
                arguments: JSON.stringify({
                  sql: "SELECT student_id, homeroom, birth_date FROM students WHERE homeroom = '7C'",
                  format: 'markdown',
                }),
              },
            },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content },
        { role: 'assistant', content: 'Three students in 7C have birthdays in March.' },
        { role: 'user', content: schema.repeat(4) },
      ],
    });
  const anthropicBody = (text: string): string =>
    JSON.stringify({
      system: schema.repeat(5),
      messages: [
        {
          role: 'assistant',
          content: [
            {
              type: 'tool_use',
              id: 'toolu_1',
              name: 'run_sql',
              input: { sql: 'SELECT staff_id, sucursal, fecha_nacimiento, puesto FROM staff', format: 'csv' },
            },
          ],
        },
        {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: [{ type: 'text', text }] }],
        },
        { role: 'user', content: schema.repeat(4) },
      ],
    });
  const markdown =
    '| student_id | homeroom | birth_date |\n|---|---|---|\n| 4411 | 7C north wing | 2012-03-04 |\n| 4412 | 7C north wing | 2012-03-19 |\n| 4413 | 7C north wing | 2011-03-28 |';
  const csv =
    'staff_id,sucursal,fecha_nacimiento,puesto\nA-2291,Torreón Centro,1975-02-14,chofer repartidor de la ruta norte\nA-3057,Torreón Centro,1975-03-30,almacenista del turno de noche';

  it('reads the birth column of a table in a tool result of a long chat body, its last row too', () => {
    expect(spans(openaiBody(markdown))).toEqual([
      ['DATE_OF_BIRTH', '2012-03-04'],
      ['DATE_OF_BIRTH', '2012-03-19'],
      ['DATE_OF_BIRTH', '2011-03-28'],
    ]);
    expect(spans(anthropicBody(csv))).toEqual([
      ['DATE_OF_BIRTH', '1975-02-14'],
      ['DATE_OF_BIRTH', '1975-03-30'],
    ]);
  });

  it('finds nothing in the same tables under enrolment and hiring columns', () => {
    expect(spans(openaiBody(markdown.replace('birth_date', 'enrolled_on')))).toEqual([]);
    expect(spans(anthropicBody(csv.replace('fecha_nacimiento', 'fecha_ingreso')))).toEqual([]);
  });

  it.each<[string, string]>([
    [
      'hire dates of a DataFrame inside a JSON string',
      '{"text/plain": "   employee_id  hired_on\\n0  5512  2019-09-02\\n1  5513  2021-04-12"}',
    ],
    ['indented lines outside a calendar', 'def f():\n    Matthi\n as Grünewald'],
    [
      'dates under keys of JSON inside a JSON string',
      '{"content":"{\\"created_at\\": \\"2024-03-12\\", \\"n\\": 3}"}',
    ],
    ['prose with at and dot', 'Let us meet at noon and look at the dot plot. I work at acme.com now.'],
    ['at and dot without a usable TLD', 'meet at noon dot then lunch'],
    ['Russian text', 'Привет, как дела? Встретимся в 10:00 у офиса, Москва.'],
    ['Greek text', 'Καλημέρα, ο καιρός είναι καλός.'],
    ['Japanese text', '東京都千代田区（本社）、電話：なし。テスト！ＯＫ'],
    [
      'hex hashes',
      'sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 md5 d41d8cd98f00b204e9800998ecf8427e',
    ],
    ['base64 of binary', 'blob OsWrfkgNSgjhlqGnrauy06yCEZEXpC9z and iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB'],
    ['identifiers', 'SELECT customerAccountIdentifier, unit_price_cents FROM OrderItemsByRegionV2'],
    ['numbers across rows', 'id,amount,day\n12345,17,2024-01-10\n100001,5,2024-01-11\n'],
    ['SQL comment and keyword', 'SELECT 1 -- 12\nSELECT 2'],
    ['a complete address before a new line', 'mail: john@gmail.com\nPhone: none'],
    ['a word before an address on the next line', 'reach me at\nann.lee@outlook.com'],
    ['spaced letters in prose', 'grades a b c d e f are fine'],
    ['a spaced date under no birth label', 'Invoice date  0 3 / 1 7 / 2 0 2 4'],
    ['dotted groups failing Luhn', 'serial 4008.3716.2904.5188'],
    ['confusable letters in an unlabelled code', 'Ticket: AB-4l2-73-9O65\nbuild l0.4.2O24'],
    ['percent in SQL LIKE', "WHERE name LIKE '%ab%' AND pct > 50%"],
    ['HTML ampersand', 'Tom &amp; Jerry &lt;3 &#169; 2024'],
    ['settings ending lines in equals signs', 'width=40\nheight=\n20 key=QUJD=\nDE66 7002'],
    ['Latin-1 text next to symbols', 'CAFÉ–BAR Fuß… NÃO Â© Düsseldorf'],
  ])('%s: nothing new', (name, text) => {
    const expected =
      name === 'a complete address before a new line'
        ? [['EMAIL', 'john@gmail.com']]
        : name === 'a word before an address on the next line'
          ? [['EMAIL', 'ann.lee@outlook.com']]
          : [];
    expect(spans(text)).toEqual(expected);
  });
});

describe('normalised views', () => {
  it.each<[string, string]>([
    ['CSV', 'id,region,total\n1,EMEA,10.50\n2,NA,7\n'],
    ['SQL', 'SELECT a, b FROM t WHERE c >= 2 GROUP BY 1;'],
    ['accented and Japanese text', 'Günther Krüger, Düsseldorf\n東京都千代田区（本社）、電話：なし。'],
    ['a table ending rows with dates', 'id  name  since\n1  Ann  2024-11-19\n2  Bob  2023-01-02\n'],
  ])('builds no view for %s', (_, text) => {
    expect(normalisedViews(text)).toEqual([]);
  });

  it('builds views of the lines around a change only, with their table header', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${1000 + i},Person ${i},${i % 7}`);
    rows[150] = '1150,Person 150,ann\\u0040example.org';
    const text = `id,name,contact\n${rows.join('\n')}\n`;
    const views = normalisedViews(text);
    expect(views.map((v) => [v.kind, v.text])).toEqual([
      ['folded', 'id,name,contact\n1150,Person 150,ann@example.org'],
    ]);
  });

  it('keeps column-header context for a value found in a view deep in a table', () => {
    const rows = Array.from({ length: 100 }, (_, i) => `${i}\t${1000 + i}`);
    rows[80] = '80\t４１５５５５０１２３';
    const text = `id\tphone\n${rows.join('\n')}\n`;
    const plain = `id\tphone\n${rows.join('\n').replace('４１５５５５０１２３', '4155550123')}\n`;
    const value = (t: string) => detectAll(defaultDetectors, t).filter((f) => f.type === 'PHONE');
    expect(value(plain)).toHaveLength(1);
    expect(value(text).map((f) => text.slice(f.start, f.end))).toEqual(['４１５５５５０１２３']);
  });

  it('reports a JWT whole, not the e-mail address its payload decodes to', () => {
    const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ sub: '42', email: 'tran.minh@fpt.com.vn' })}.H0D8ktokFpR1CXnubPWC8tXX0o4YM13gW`;
    const text = `https://app.kestrel.io/callback#id_token=${jwt}&state=af0ifjsldkj`;
    expect(detectAll(defaultDetectors, text).map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ['SECRET', jwt],
    ]);
  });

  it('maps e-mails hidden by random zero-width characters back onto their original span', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    const invisible = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
    const locals = ['ann.lee', 'john_smith', 'k.m', 'p+news', 'maria.garcia'];
    const domains = ['outlook.com', 'gmail.com', 'uni-bonn.de', 'telefonica.es'];
    for (let round = 0; round < 200; round++) {
      const value = `${locals[random(locals.length)]}@${domains[random(domains.length)]}`;
      let hidden = '';
      for (const ch of value)
        hidden += ch + (random(3) === 0 ? (invisible[random(invisible.length)] as string) : '');
      const before = ['note: ', 'Kontakt\u00a0', 'x,', '日本 '][random(4)] as string;
      const text = `${before}${hidden} ok`;
      const found = detectAll(defaultDetectors, text).filter((f) => f.type === 'EMAIL');
      expect(found).toHaveLength(1);
      const slice = text.slice(found[0]?.start, found[0]?.end);
      expect(slice.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')).toBe(value);
    }
  });
});
