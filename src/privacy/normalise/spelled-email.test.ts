import { describe, expect, it } from 'vitest';
import { spelledEmailEdits, spelledSign } from './spelled-email.js';
import { applyEdits, identityView } from './view.js';

const spell = (t: string): string => applyEdits(identityView(t), spelledEmailEdits(t)).text;

describe('spelledEmailEdits', () => {
  it.each<[string, string, string]>([
    ['[at] and [dot]', 'write to john [at] gmail [dot] com', 'write to john@gmail.com'],
    ['(at) and (dot)', 'john.smith(at)gmail(dot)com', 'john.smith@gmail.com'],
    ['{at} with a real dot', 'ann{at}firma.de', 'ann@firma.de'],
    ['at and dot as words', 'mail me: john at gmail dot com', 'mail me: john@gmail.com'],
    ['Spanish arroba and punto', 'es fjruiz arroba movistar punto es', 'es fjruiz@movistar.es'],
    ['upper case', 'JANE.DOE AT ACME DOT CO DOT UK', 'JANE.DOE@ACME.CO.UK'],
    ['spaced @', 'reach john @ gmail.com', 'reach john@gmail.com'],
    [
      'spaced @ and a spaced dot before the TLD',
      'email is tariq.roberts @fabrikam .eu (typed',
      'email is tariq.roberts@fabrikam.eu (typed',
    ],
    ['a spaced dot in the local part', 'Hi . ann @ kestrel.io', 'Hi . ann@kestrel.io'],
    ['spaced dots with a spoken at', 'see ann at kestrel . io', 'see ann at kestrel . io'],
    ['a spelled dot in the local part', 'anna dot berg at telia dot se', 'anna.berg@telia.se'],
    ['a bracketed dot in the local part', 'john [dot] smith [at] acme [dot] io', 'john.smith@acme.io'],
    ['prose with at', 'I work at acme.com now', 'I work at acme.com now'],
    ['at and dot without a common TLD', 'meet at noon dot then lunch', 'meet at noon dot then lunch'],
    ['a site to buy at', 'Buy followers at cheap-likes dot biz', 'Buy followers at cheap-likes dot biz'],
    ['a pronoun at a site', 'find us at kestrel dot io', 'find us at kestrel dot io'],
    ['an address after a verb of mailing', 'write to likes at kestrel dot io', 'write to likes@kestrel.io'],
    [
      'German (at) and (punkt)',
      'E-Mail: info (at) kanzlei-isartor (punkt) de',
      'E-Mail: info@kanzlei-isartor.de',
    ],
    ['German [ät]', 'f.wiedemann [ät] kanzlei-isartor.de', 'f.wiedemann@kanzlei-isartor.de'],
    ['German bei and punkt', 'paul punkt ziegler bei gmx punkt de', 'paul.ziegler@gmx.de'],
    ['French arobase and point', 'jeanluc.morel arobase orange point fr', 'jeanluc.morel@orange.fr'],
    ['Portuguese (arroba) and (ponto)', 'joao.pereira (arroba) sapo (ponto) pt', 'joao.pereira@sapo.pt'],
    ['Italian chiocciola and punto', 'giulia.romano chiocciola libero punto it', 'giulia.romano@libero.it'],
    ['Dutch apenstaartje and punt', 'jan.de.vries apenstaartje ziggo punt nl', 'jan.de.vries@ziggo.nl'],
    ['Polish małpa and kropka', 'marta.kowalczyk małpa wp kropka pl', 'marta.kowalczyk@wp.pl'],
    ['Russian собака and точка', 'ivanov.sergey собака yandex точка ru', 'ivanov.sergey@yandex.ru'],
    [
      'Japanese アットマーク in brackets',
      'tanaka.yuki（アットマーク）docomo.ne.jp',
      'tanaka.yuki@docomo.ne.jp',
    ],
    ['Japanese アット and ドット unspaced', 'sato.kenアットgmailドットcom', 'sato.ken@gmail.com'],
    ['# for @ with a note', 'hr_zhaopin#126.com（#换成@）', 'hr_zhaopin@126.com（#换成@）'],
    [
      '* for @ with an English note',
      'jobs*kestrel.io (replace * with @)',
      'jobs@kestrel.io (replace * with @)',
    ],
    // Near misses: words of two languages, everyday words, and a # with no note.
    [
      'English at with French point',
      'we looked at the point in question',
      'we looked at the point in question',
    ],
    ['a spaced @ with point', 'ping me @ the point in time', 'ping me @ the point in time'],
    ['English at with Spanish punto', 'see john at gmail punto com', 'see john at gmail punto com'],
    [
      'German bei after a pronoun',
      'Sie finden uns bei kestrel punkt de',
      'Sie finden uns bei kestrel punkt de',
    ],
    ['a Polish monkey', 'w zoo jest małpa i kropka na końcu', 'w zoo jest małpa i kropka na końcu'],
    ['katakana アット in a word', 'アットホームな職場 kestrel.jp', 'アットホームな職場 kestrel.jp'],
    ['a # without a note', 'see ticket#126.com and issue#88.html', 'see ticket#126.com and issue#88.html'],
  ])('%s', (_, text, expected) => {
    expect(spell(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['john [at] gmail', true],
    ['john (AT) gmail', true],
    ['john @ gmail', true],
    ['john\t@gmail', true],
    ['x dot y', true],
    ['john@gmail.com (at home)', false],
    ['x (punkt) y', true],
    ['x [ät] y', true],
    ['x punt y', true],
    ['hr#126.com', true],
    ['tanakaアットdocomo', true],
    ['issue #126.com', false],
    ['a dotted line', false],
  ])('sign in %j: %s', (text, expected) => {
    spelledSign.lastIndex = 0;
    expect(spelledSign.test(text)).toBe(expected);
  });
});
