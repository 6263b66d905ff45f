import { describe, expect, it } from 'vitest';
import { emailDetector } from './email.js';

const spans = (text: string) => emailDetector.detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);

describe('emailDetector', () => {
  it.each<[string, string, string[]]>([
    ['prose', 'Please write to jane.doe@acme-corp.com for access.', ['jane.doe@acme-corp.com']],
    ['after the dashes of a rule', '-----+-----hannah.oyelaran@outlook.com', ['hannah.oyelaran@outlook.com']],
    [
      "an address as a URL's user name (decoded), not the password before the host",
      'https://marta.kowalczyk@kestrel.io:ATBBrT7vLm2Xq9WcK4bN8pZ1@bitbucket.org',
      ['marta.kowalczyk@kestrel.io'],
    ],
    [
      'the account before its password in a login flag',
      "curl -v -u 'daria.h@kestrel-analytics.io:Kv!7mPz2Lq' https://jira.kestrel.io",
      ['daria.h@kestrel-analytics.io'],
    ],
    ['plus-addressing and subdomain', 'cc: ops+alerts@mail.eu.acme.io', ['ops+alerts@mail.eu.acme.io']],
    ['uppercase', 'Contact: JOHN_SMITH@ACME.CO.UK', ['JOHN_SMITH@ACME.CO.UK']],
    [
      'internationalised local parts and domains, whole',
      'E-Mail: MÜLLER.Hans@firma.de, jürgen.weiß@müller.de; пишите: иван@почта.рф',
      ['MÜLLER.Hans@firma.de', 'jürgen.weiß@müller.de', 'иван@почта.рф'],
    ],
    ['after Japanese text', '連絡先はtanaka.hiro@docomo.ne.jpです', ['tanaka.hiro@docomo.ne.jp']],
    ['SQL string literal', "SELECT * FROM users WHERE email = 'ann.lee@gmail.com';", ['ann.lee@gmail.com']],
    [
      // The wildcards of a LIKE pattern are not the address's; a `%` elsewhere is left as written.
      'an address inside an SQL LIKE pattern',
      "WHERE remittance ILIKE '%sanne.degroot@ziggo.nl%' OR note like \"%_piet.jansen@kpn.nl\" OR x = '%ann@acme.nl'",
      ['sanne.degroot@ziggo.nl', 'piet.jansen@kpn.nl', '%ann@acme.nl'],
    ],
    [
      'SQL insert',
      "INSERT INTO users VALUES (1, 'Bob', 'bob@corp.de'), (2, 'Eve', 'eve@corp.de');",
      ['bob@corp.de', 'eve@corp.de'],
    ],
    ['CSV row', 'id,name,email\n17,Ann Lee,ann.lee@outlook.com\n', ['ann.lee@outlook.com']],
    [
      "an address cut by Spark's 20-character truncation, as far as it is shown",
      '|  30012|  Chidi Okafor |chidi.okafor@gmail...|\n|  30013|  Lucía Arrieta|lucia.arrieta@tel...|',
      ['chidi.okafor@gmail', 'lucia.arrieta@tel'],
    ],
    [
      'an address cut by Polars',
      '│ 4401 ┆ Aminata Diallo  ┆ aminata.diallo@ora… ┆ … ┆',
      ['aminata.diallo@ora'],
    ],
    [
      'no address cut before its domain, or where a documentation domain may have been',
      "store(Object(Request), 'abimbola.ajayi@...') reach hr@… or john.smith@exa... or ann@e...",
      [],
    ],
    ['a domain named as a placeholder', "email: 'user@emaildomain.com', cc: 'ana@yourdomain.com'", []],
    [
      "JPRS's documentation domains",
      'メール: taro.yamada@example.jp, hanako@example.co.jp; 実在: taro.yamada@example-shop.jp',
      ['taro.yamada@example-shop.jp'],
    ],
    ['a whole address before an ellipsis', 'write to bob@gmail.com... and wait', ['bob@gmail.com']],
    ['markdown table', '| name | email |\n|---|---|\n| Ann | ann@firma.de |', ['ann@firma.de']],
    [
      'psql output',
      ' id |       email\n----+-------------------\n  1 | k.m@uni-bonn.de\n(1 row)',
      ['k.m@uni-bonn.de'],
    ],
    [
      'pandas printout',
      '   user_id              email\n0       17  li.wei@qq.com\n1       18  p_r@yahoo.fr',
      ['li.wei@qq.com', 'p_r@yahoo.fr'],
    ],
    ['JSON', '{"user":{"email":"maria.garcia@telefonica.es","id":42}}', ['maria.garcia@telefonica.es']],
    [
      'a mail log sender beside a message-id',
      'from=<esperanza.q@gmail.com>, uid=1001',
      ['esperanza.q@gmail.com'],
    ],
    [
      'after a `=` in a URL query in angle brackets, or in a query outside them',
      '<https://app.io/join?email=ann.roe@corp.io> and ?to=lea.vogt@posteo.de>',
      ['ann.roe@corp.io', 'lea.vogt@posteo.de'],
    ],
    [
      'a sender and recipients in a Gmail API header pair',
      '{"name":"From","value":"Ann Roe <ann.roe@gmail.com>"},{"name":"To","value":"<b.lee@corp.io>"}',
      ['ann.roe@gmail.com', 'b.lee@corp.io'],
    ],
    [
      'an address in a key ending in id',
      'reply_to_user: ann@corp.io guid: bob@corp.io',
      ['ann@corp.io', 'bob@corp.io'],
    ],
    [
      'log line',
      '2024-05-01T10:00:00Z INFO login ok user=sam.t@contoso.com ip=10.1.2.3',
      ['sam.t@contoso.com'],
    ],
    [
      'mailto and angle brackets',
      '<a href="mailto:hr@globex.com">HR</a> From: Jim <jim@globex.com>',
      ['hr@globex.com', 'jim@globex.com'],
    ],
    ['end of sentence', 'Meine Adresse ist max.mustermann@web.de.', ['max.mustermann@web.de']],
    ['French prose', "Écrivez à l'adresse claire.dupont@orange.fr, merci.", ['claire.dupont@orange.fr']],
    ['Spanish prose', 'Su correo es jose.perez@correo.es y su teléfono…', ['jose.perez@correo.es']],
    [
      'error message',
      'ValueError: duplicate key value violates unique constraint: (email)=(x.y@z-mail.net)',
      ['x.y@z-mail.net'],
    ],
    ['Python', "send_mail(to=['a.b@company.org'], subject='Hi')", ['a.b@company.org']],
    [
      'an address after an escaped line break or tab, and after an escaped backslash',
      String.raw`{"prompt": "Procurement\nmatthias.k@altmuehl-bau.de\n\n###", "cv": "\tsneha.rk92@gmail.com", "path": "C:\\nina@kestrel.io"}`,
      ['matthias.k@altmuehl-bau.de', 'sneha.rk92@gmail.com', 'nina@kestrel.io'],
    ],
    [
      'an address after a \\u escape (Go writes < as \\u003c), and a local part with such digits',
      String.raw`{"to":"Lea Vogt \u003clea.vogt@posteo.de\u003e", "login":"user0040ann@kestrel.de"}`,
      ['lea.vogt@posteo.de', 'user0040ann@kestrel.de'],
    ],
    [
      "a webmail address typed without its top-level domain, in a payload and a validator's error",
      "{'email': 'rosario.tellez@hotmail'} [type=value_error, input_value='rosario.tellez@hotmail', input_type=str]",
      ['rosario.tellez@hotmail', 'rosario.tellez@hotmail'],
    ],
    [
      "a doubled dot a user typed, quoted by a provider's validator",
      'INVALID_EMAIL_ADDRESS: Email: invalid email address: dana..kowalski@yahoo.com',
      ['dana..kowalski@yahoo.com'],
    ],
    ['an address in markdown bold', 'write to **ana.lima@uol.com.br**', ['ana.lima@uol.com.br']],
    [
      'an address after an X12 element separator',
      'PER*IC*JANE FORTIER*EM*JFORTIER@KFC.COM~',
      ['JFORTIER@KFC.COM'],
    ],
    [
      "a Microsoft Entra guest's user principal name, #EXT# and the tenant's domain with it",
      '"userPrincipalName":"piotr.zielinski_kadry-partner.pl#EXT#@budimex447.onmicrosoft.com" UPN: jane.doe_contoso.com#EXT#@fabrikam.onmicrosoft.com',
      [
        'piotr.zielinski_kadry-partner.pl#EXT#@budimex447.onmicrosoft.com',
        'jane.doe_contoso.com#EXT#@fabrikam.onmicrosoft.com',
      ],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected.map((value) => ['EMAIL', value]));
  });

  it.each<[string, string]>([
    ['a SnowSQL prompt', 'analyst#COMPUTE_WH@CRM.PUBLIC>select 1;'],
    ['RFC 2606 example.com', 'mail jane@example.com or bob@mail.example.org or x@example.net'],
    ['reserved TLDs', 'a@host.test b@foo.example c@bar.invalid d@dev.localhost'],
    [
      "example under a country's domain or its second level",
      'test.contact@example.co.uk, max@example.de, ana@mail.example.com.br',
    ],
    ['placeholder domains', 'Enter user@domain.com or you@yourcompany.com or name@yourdomain.com'],
    ['all-x placeholder', 'mask: xxx@xxx.com'],
    [
      'the visible tails of masked addresses',
      'email_masked: `f***.o*******r@gmx.de`, e•••m@web.de, j****@gmail.com',
    ],
    ['retina asset', 'background: url(logo@2x.png), url(icon@3x.webp)'],
    ['scp git remote', 'git clone git@github.com:org/repo.git'],
    ['ssh URL', 'remote: ssh://git@gitlab.com/org/repo.git'],
    ['password in a connection URL', '"url": "postgres://admin:rby8E_APpTM823@warehouse.corp.local/crm"'],
    [
      'Mongo SRV URL',
      'mongo_uri = mongodb+srv://svc:Berlin2023_@cluster0.jmpnj.mongodb.net/?retryWrites=true',
    ],
    ['user in a URL', 'https://deploy@ci.acme-corp.io/hooks'],
    ['npm package version', 'npm i lodash@4.17.21 @types/node@20.1.0'],
    ['decorator', '@app.route("/users")\ndef users(): ...'],
    ['column name only', 'SELECT email, phone FROM customers WHERE email IS NOT NULL'],
    ['host without TLD', 'ssh admin@db01 and root@localhost'],
    ['uuid and hash', '550e8400-e29b-41d4-a716-446655440000 3f786850e387550fdab836ed7e6dc881de23001b'],
    ['docker digest', 'image: nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31'],
    [
      'a mail log message-id',
      'postfix/cleanup[21880]: 4F2A: message-id=<CAH7x9Qm2Lr4TzKw8Nb@mail.gmail.com>',
    ],
    ['mail headers', 'Message-ID: <a1b2c3@mx.acme-corp.io>\nIn-Reply-To: <d4e5f6@mx.acme-corp.io>'],
    [
      'Gmail Message-IDs with a `=` in their local part, under a header or none',
      'Message-ID: <CAF8x2pQ7=Lk3mZ9rT@mail.gmail.com>\nlinked to <CAB1+xYz_4=Q9wTr2@mail.gmail.com>',
    ],
    [
      'Message-ID and References as Gmail API header pairs, several ids in one',
      '{"name":"Message-ID","value":"<a1b2c3d4@mail.gmail.com>"},{"name":"References","value":"<e5f6@mx.corp.io> <g7h8@mail.gmail.com>"}',
    ],
    ['the later ids of a References header', 'References: <a1b2c3@mail.gmail.com> <c3d4e5@mail.gmail.com>'],
    ['a calendar UID', 'UID:4qk2m9v3lp1x8d7qk2m9v3lp1x@google.com'],
    ["a MIME part's Content-ID", 'Content-ID: <part1.7f3c9a2e.1b4d4e8f@kestrel-outdoor.de>'],
    ['an SQL LIKE pattern', "WHERE email ILIKE '%@acme-corp.io' OR email LIKE '_@acme-corp.io'"],
    [
      'dotless hosts that are no webmail provider',
      'ssh root@localhost; git@gitlab:team/app.git; admin@mailhost',
    ],
    ['dots ending a local part, or three of them', 'to: ann..@corp.io, bob...lee@corp.io'],
    [
      'a guest UPN invited from a documentation domain, and #EXT# with no local part',
      'jane.doe_example.com#EXT#@fabrikam.onmicrosoft.com and #EXT#@fabrikam.onmicrosoft.com',
    ],
  ])('ignores %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('scores higher with a context word', () => {
    const [withWord] = emailDetector.detect('email: ann@corp.io');
    const [without] = emailDetector.detect('owner ann@corp.io');
    expect(withWord?.score).toBeGreaterThan(without?.score ?? 1);
  });

  it('stays linear on 1 MB of near-misses and finds every real one', () => {
    const text = `${'a.'.repeat(150_000)}${'x@y'.repeat(100_000)} ${'://u:'.repeat(20_000)}\n${'ann@corp.io, '.repeat(30_000)}`;
    const found = emailDetector.detect(text);
    expect(found).toHaveLength(30_000);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('ann@corp.io');
  });

  it('stays linear on many addresses after "to" on one line', () => {
    const text = 'write to a.b@x.io now '.repeat(40_000);
    const started = performance.now();
    expect(emailDetector.detect(text)).toHaveLength(40_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
