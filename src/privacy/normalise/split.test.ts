import { describe, expect, it } from 'vitest';
import { splitEdits, splitSign } from './split.js';
import { applyEdits, identityView } from './view.js';

const join = (t: string): string => applyEdits(identityView(t), splitEdits(t)).text;

describe('splitEdits', () => {
  it.each<[string, string, string]>([
    ['e-mail broken in its domain', 'a@exa\nmple.org', 'a@example.org'],
    ['e-mail broken after the at', 'john.smith@\n  gmail.com', 'john.smith@gmail.com'],
    ['e-mail broken in its local part', 'mail john.\nsmith@gmail.com', 'mail john.smith@gmail.com'],
    ['spaced-out e-mail', 'j o h n @ g m a i l . c o m', 'john@gmail.com'],
    ["a date in a PDF's comb field", 'Date of birth  0 3 / 1 7 / 1 9 8 6', 'Date of birth  03/17/1986'],
    ['card groups joined by dots', 'номер 4008.3716.2904.5187, срок', 'номер 4008 3716 2904 5187, срок'],
    [
      'IBAN groups joined by hyphens',
      'naar nl75-rabo-0317-7294-80 t.n.v.',
      'naar nl75 rabo 0317 7294 80 t.n.v.',
    ],
    ['an SSN typed a digit and a dot at a time', 'ssn: 2.5.5.8.8.2.7.4.4', 'ssn: 255882744'],
    ['an SSN typed a digit and a dash at a time', 'ssn: 0 - 1 - 8 - 9 - 6 - 1 - 6 - 5 - 3', 'ssn: 018961653'],
    // Near misses: dotted and hyphenated numbers of other shapes.
    [
      'too few digits, or mixed separators',
      'v1.2.3.4.5 1.2.3.4.5.6.7.8 1.2-3.4-5.6-7.8-9',
      'v1.2.3.4.5 1.2.3.4.5.6.7.8 1.2-3.4-5.6-7.8-9',
    ],
    ['an SSN typed into boxes keeps its group dashes', '4 1 2 - 6 8 - 3 3 7 1', '412-68-3371'],
    [
      'an address, a decimal, a longer dotted run, a UUID and a date',
      '192.168.100.200 1234.5678 1234.5678.9012.3456.7890 550e8400-e29b-41d4-a716-446655440000 2024-05-14',
      '192.168.100.200 1234.5678 1234.5678.9012.3456.7890 550e8400-e29b-41d4-a716-446655440000 2024-05-14',
    ],
    ['card groups over a line', 'pay 4111 1111\n1111 1111 now', 'pay 4111 1111 1111 1111 now'],
    ['a card group cut by a terminal wrap', 'pan=4539 1488 03\n43 6467 exp', 'pan=4539 1488 0343 6467 exp'],
    ['an IBAN group cut by a wrap', 'DE97 6005 01\n01 0004 7182 33', 'DE97 6005 0101 0004 7182 33'],
    ['phone groups are not groups of four', 'to +46 70 4\n12 83 95 now', 'to +46 70 4 12 83 95 now'],
    ['SSN over a line', 'the number 123-45-\n6789 was', 'the number 123-45-6789 was'],
    [
      'a phone with its area code over a line',
      'Phone: (504) 914-\n2271\nNext',
      'Phone: (504) 914-2271\nNext',
    ],
    ['a short number after an area code over a line', 'Box (12) 3-\n4 x', 'Box (12) 3-\n4 x'],
    ['a complete address before a new line', 'a@example.org\nNext', 'a@example.org\nNext'],
    ['an address ending a sentence and a line', 'use a@mail.com.\nShe will', 'use a@mail.com.\nShe will'],
    ['e-mail broken after a dot in its domain', 'a@mail.co.\nuk', 'a@mail.co.uk'],
    [
      'a sentence closing a line over a dotted address',
      'must have an @-sign.\npietro.fabbri@tiscali.it',
      'must have an @-sign.\npietro.fabbri@tiscali.it',
    ],
    [
      'a sentence of three words closing a line over an address',
      'Contacts are listed below.\nmary@y.com',
      'Contacts are listed below.\nmary@y.com',
    ],
    ['prose over a line', 'the end\nof it', 'the end\nof it'],
    [
      'a line of words over a line opening with a +mention (Google Sheets comment export)',
      'summing D not E\n+tala.faleolo@gmail.com assigned to Tala',
      'summing D not E\n+tala.faleolo@gmail.com assigned to Tala',
    ],
    [
      'e-mail broken before a plus in its local part',
      'mail jane.doe\n+news@gmail.com',
      'mail jane.doe+news@gmail.com',
    ],
    ['e-mail broken before its at', 'john.smith\n@gmail.com', 'john.smith@gmail.com'],
    ['a decorator after a line', '    pass\n@app.get("/users")', '    pass\n@app.get("/users")'],
    [
      'bare decorators over a def, after a comment (the next line in view or not)',
      '    # gh-23021\n    @np.vectorize\n    def f2(a, b):\n    # run\n    @pytest.mark.slow\n    @given(x)\n',
      '    # gh-23021\n    @np.vectorize\n    def f2(a, b):\n    # run\n    @pytest.mark.slow\n    @given(x)\n',
    ],
    [
      'a comment over a bare decorator',
      '    # run\n    @pytest.mark.slow',
      '    # run\n    @pytest.mark.slow',
    ],
    [
      'an npm scope after a line',
      '_authToken=abc123\n@acme:registry=x',
      '_authToken=abc123\n@acme:registry=x',
    ],
    ['a table row ending in a date', 'x 12 2024-11-19\n1  57283 y', 'x 12 2024-11-19\n1  57283 y'],
    [
      'a table row ending in a day-first date',
      '1\tSutrisno\t02-01-2024\n2\tSri Wahyuningsih',
      '1\tSutrisno\t02-01-2024\n2\tSri Wahyuningsih',
    ],
    [
      "a printed frame's next row index after a number",
      '1   E1014  Lily Zhang  094-617-552\n2   E1015  Sione Taufa',
      '1   E1014  Lily Zhang  094-617-552\n2   E1015  Sione Taufa',
    ],
    [
      "a tab-separated row's first cell after a number ending the row above",
      '10\t佐々木 悠真\t090-4827-1936\n7\t中村 蒼\t080-3391-7264',
      '10\t佐々木 悠真\t090-4827-1936\n7\t中村 蒼\t080-3391-7264',
    ],
    ['a group over a line before a tab-separated cell', 'tel 0171 447\n1209\tok', 'tel 0171 447 1209\tok'],
    [
      'a log line starting with a date',
      'pool size 12\n2024-01-12 18:23:22 DEBUG',
      'pool size 12\n2024-01-12 18:23:22 DEBUG',
    ],
  ])('%s', (_, text, expected) => {
    expect(join(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['john.smith@acme-cor\np.org', true],
    ['john.\nsmith@gmail.com', true],
    ['john.smith\n@gmail.com', true],
    ['4111 1111\n1111 1111', true],
    ['card 4111\n1111 1111 1111', true],
    ['j o h n @ g m', true],
    ['4008.3716.2904.5187', true],
    ['nl75-rabo-0317-7294-80', true],
    ['1234.5678', false],
    ['2.5.5.8.8.2.7.4.4', true],
    ['a b c', false],
    ['done.\nNext line', false],
    ['total 2024-11-19\n1 row', false],
  ])('sign in %j: %s', (text, expected) => {
    splitSign.lastIndex = 0;
    expect(splitSign.test(text)).toBe(expected);
  });
});
