import { describe, expect, it } from 'vitest';
import { sqlLiteralFindings } from './sql-literals.js';

const spans = (sql: string) => sqlLiteralFindings(sql).map((f) => [f.type, sql.slice(f.start, f.end)]);

describe('sqlLiteralFindings', () => {
  it.each<[string, string, string[][]]>([
    ['equality', "SELECT * FROM users WHERE email = 'a@b.com'", [['EMAIL', 'a@b.com']]],
    [
      'IN list with an alias',
      "SELECT * FROM customers c WHERE c.full_name IN ('Ana Lima', 'Jo Park') AND c.tier = 'gold'",
      [
        ['PERSON', 'Ana Lima'],
        ['PERSON', 'Jo Park'],
      ],
    ],
    ['NOT IN', "WHERE phone NOT IN ('555-1234')", [['PHONE', '555-1234']]],
    ['LIKE prefix', "WHERE ssn LIKE '123-45-%'", [['US_SSN', '123-45-%']]],
    [
      'NOT LIKE, ILIKE',
      "WHERE email NOT LIKE '%@corp.com' OR u.email ILIKE 'Ana%'",
      [
        ['EMAIL', '%@corp.com'],
        ['EMAIL', 'Ana%'],
      ],
    ],
    [
      '<> and !=',
      "WHERE iban <> 'DE89370400440532013000' AND ip != '10.0.0.1'",
      [
        ['IBAN', 'DE89370400440532013000'],
        ['IP_ADDRESS', '10.0.0.1'],
      ],
    ],
    ['reversed', "WHERE 'x@y.z' = u.email", [['EMAIL', 'x@y.z']]],
    ['function around the column', "WHERE lower(u.email) = 'a@b.com'", [['EMAIL', 'a@b.com']]],
    ['cast on the column', "WHERE email::text = 'q@q.io'", [['EMAIL', 'q@q.io']]],
    [
      'quoted identifier',
      `WHERE "Email" = 'a@b.com' AND \`phone\` = '555'`,
      [
        ['EMAIL', 'a@b.com'],
        ['PHONE', '555'],
      ],
    ],
    ["'' escape stays inside the span", "WHERE last_name = 'O''Brien'", [['PERSON', "O''Brien"]]],
    ["E'' with a backslash escape", "WHERE name = E'O\\'Neil' AND x = 1", [['PERSON', "O\\'Neil"]]],
    [
      'multi-row INSERT',
      "INSERT INTO users (id, name, email) VALUES (1, 'Ana', 'ana@x.io'), (2, 'O''Brien', lower('OB@X.IO'));",
      [
        ['PERSON', 'Ana'],
        ['EMAIL', 'ana@x.io'],
        ['PERSON', "O''Brien"],
      ],
    ],
    [
      'INSERT with quoted columns',
      `INSERT INTO "users" ("email", "note") VALUES ('a@b.c', 'hi')`,
      [['EMAIL', 'a@b.c']],
    ],
    ['UPDATE … SET', "UPDATE users SET phone = '+49 30 1234567' WHERE id = 4", [['PHONE', '+49 30 1234567']]],
    ['customer_email suffix', "WHERE o.customer_email = 'c@d.io'", [['EMAIL', 'c@d.io']]],
    ['date of birth', "WHERE date_of_birth = '1980-02-03'", [['DATE_OF_BIRTH', '1980-02-03']]],
    ['pandas', "df[df.email == 'a@b.com']", [['EMAIL', 'a@b.com']]],
    [
      'SQL inside a Python string',
      `cur.execute("SELECT id FROM users WHERE email = 'a@b.com'")`,
      [['EMAIL', 'a@b.com']],
    ],
    ['double-quoted value after a comparison', 'email = "zz@y.com"', [['EMAIL', 'zz@y.com']]],
    ['comments are skipped', "-- email = 'a@b.com'\n/* name = 'Ana' */ SELECT 1", []],
    [
      'not next to a PII column',
      "WHERE status = 'active' AND product_name = 'Widget' AND city IN ('Oslo')",
      [],
    ],
    ['a literal next to nothing', "SELECT 'a@b.com' AS x, coalesce(email, 'n/a') FROM users", []],
    ['empty or wildcard-only literal', "WHERE email = '' OR name LIKE '%'", []],
    ['INSERT without a column list', "INSERT INTO users VALUES ('Ana', 'ana@x.io')", []],
    [
      'INSERT … SELECT',
      "INSERT INTO archive (email) SELECT email FROM users WHERE email = 'a@b.c'",
      [['EMAIL', 'a@b.c']],
    ],
    ['boolean-ish names are not PII', "WHERE has_email = 'true' AND is_mobile = 'yes'", []],
    ['unterminated literal', "WHERE email = 'a@b.com", []],
    ['comparison of two columns', 'WHERE u.email = "Orders"."email"', []],
  ])('%s', (_name, sql, expected) => {
    expect(spans(sql)).toEqual(expected);
  });

  it('replacing each span keeps the SQL valid (quotes stay)', () => {
    const sql =
      "INSERT INTO users (name, email) VALUES ('Ana', 'ana@x.io'); SELECT 1 WHERE email IN ('b@c.d')";
    let out = sql;
    for (const f of sqlLiteralFindings(sql).reverse())
      out = `${out.slice(0, f.start)}<${f.type}>${out.slice(f.end)}`;
    expect(out).toBe(
      "INSERT INTO users (name, email) VALUES ('<PERSON>', '<EMAIL>'); SELECT 1 WHERE email IN ('<EMAIL>')",
    );
  });

  it('reports the context detector with a high score', () => {
    expect(sqlLiteralFindings("WHERE email = 'a@b.com'")).toEqual([
      { type: 'EMAIL', start: 15, end: 22, score: 0.9, detector: 'context' },
    ]);
  });

  it('never throws and stays linear on hostile input', () => {
    const hostile = [
      "'".repeat(50_000),
      '"'.repeat(50_000),
      `${'('.repeat(50_000)}email = 'x'`,
      ')'.repeat(50_000),
      'INSERT INTO t (email) VALUES '.repeat(5_000),
      "email IN ('a', ".repeat(10_000),
      `[${'a'.repeat(100_000)}`,
      "E'\\".repeat(20_000),
    ];
    const started = performance.now();
    for (const text of hostile) expect(() => sqlLiteralFindings(text)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('never throws on random text', () => {
    const alphabet = 'ab e\'"`[]()=,;.:-*/\\\nINSERTVALUESemail';
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 80 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      for (const f of sqlLiteralFindings(text)) expect(f.end).toBeGreaterThan(f.start);
    }
  });
});
