import { describe, expect, it } from 'vitest';
import { mimeEdits, mimeSign } from './mime.js';
import { applyEdits, identityView } from './view.js';

const decode = (t: string): string => applyEdits(identityView(t), mimeEdits(t)).text;

describe('mimeEdits', () => {
  it.each<[string, string, string]>([
    ['quoted-printable UTF-8', 'Frau Schr=C3=B6der, 149 =E2=82=AC', 'Frau Schröder, 149 €'],
    [
      'soft line breaks',
      'Herrn Wo=\nlfgang Kr=C3=A4mer, DE66 027=\r\n0 0015',
      'Herrn Wolfgang Krämer, DE66 0270 0015',
    ],
    ['an at sign and a break in an address', 'Gr=C3=BC=C3=9Fe w.k=40kes=\ntrel.de', 'Grüße w.k@kestrel.de'],
    ['a character cut by a soft break', 'Schr=C3=\n=B6der =C3=A4', 'Schröder ä'],
    ['HTML with encoded equals signs', '<a href=3D"x">M=FCller</a>=\nok', '<a href="x">Müller</a>ok'],
    ['no quoted-printable sign: values left alone', 'width=40 height=\n20', 'width=40 height=\n20'],
    [
      'an encoded word in UTF-8 Q',
      'From: =?UTF-8?Q?Bj=C3=B6rn_=C3=85kesson?= <b@t.se>',
      'From: Björn Åkesson <b@t.se>',
    ],
    [
      'an encoded word in B',
      'To: =?utf-8?B?0J7Qu9C10L3QsCDQmtC+0LLQsNC70Yw=?= <o@u.net>',
      'To: Олена Коваль <o@u.net>',
    ],
    ['an encoded word in ISO-8859-1', 'Cc: =?ISO-8859-1?Q?Fran=E7ois_L=E9vesque?=', 'Cc: François Lévesque'],
    ['adjacent encoded words', '=?UTF-8?Q?Bj=C3=B6rn?= =?UTF-8?Q?_=C3=85kesson?=', 'Björn Åkesson'],
    ['an unknown charset left alone', '=?x-none?Q?a=40b?=', '=?x-none?Q?a=40b?='],
    ['binary in B left alone', '=?UTF-8?B?AAEC?=', '=?UTF-8?B?AAEC?='],
  ])('%s', (_, text, expected) => {
    expect(decode(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['Schr=C3=B6der', true],
    ['=?UTF-8?Q?x?=', true],
    ['href=3D"x"', true],
    ['x=40 y=C3 z=a=b', false],
  ])('sign in %j: %s', (text, expected) => {
    mimeSign.lastIndex = 0;
    expect(mimeSign.test(text)).toBe(expected);
  });
});
