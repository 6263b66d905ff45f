import { describe, expect, it } from 'vitest';
import { renderContext } from './render.js';
import { type ContextRulesInput, contextRulesSchema, type StructuredContext } from './schema.js';

const render = (context: StructuredContext, rules: ContextRulesInput = {}) =>
  renderContext(context, contextRulesSchema.parse(rules));

const shop: StructuredContext = {
  schemas: [
    {
      name: 'sales.orders',
      description: 'Orders placed in the web shop.',
      columns: [
        { name: 'id', type: 'bigint' },
        { name: 'customer_email', type: 'text', description: 'Where the receipt goes' },
        { name: 'card', type: 'text', tags: ['pii:credit_card'] },
        { name: 'total', type: 'numeric' },
      ],
    },
    { name: 'hr.salaries', tags: ['pii'], columns: [{ name: 'amount', type: 'numeric' }] },
  ],
  cells: [
    { id: 'c1', language: 'sql', source: "SELECT * FROM sales.orders WHERE customer_email = 'ana@x.io'" },
  ],
  outputs: [
    {
      cell_id: 'c1',
      columns: ['id', 'customer_email', 'card', 'total'],
      rows: [
        [1, 'ana@x.io', '4111 1111 1111 1111', 12.5],
        [2, null, '5500 0000 0000 0004', 3],
        [3, 'jo@y.org', '', 1],
      ],
    },
    {
      cell_id: 'c2',
      error: { name: 'KeyError', message: "'email'", traceback: 'Traceback (most recent call last):' },
    },
  ],
};

describe('renderContext', () => {
  it('renders schema, cells and outputs under the default policy', async () => {
    const { text, stats } = await render(shop, { max_rows: 2 });
    expect(text).toBe(
      [
        '## Database schema',
        '',
        '### sales.orders',
        'Orders placed in the web shop.',
        '- id (bigint)',
        '- customer_email (text): Where the receipt goes',
        '- total (numeric)',
        '',
        '## Notebook cells',
        '',
        '### Cell c1 (sql)',
        '```sql',
        "SELECT * FROM sales.orders WHERE customer_email = 'ana@x.io'",
        '```',
        '',
        '## Cell outputs',
        '',
        '### Output of cell c1',
        '| id | customer_email | total |',
        '| --- | --- | --- |',
        '| 1 | ana@x.io | 12.5 |',
        '| 2 |  | 3 |',
        '(… 1 more row not shown)',
        '',
        '### Output of cell c2 (error)',
        '```text',
        "KeyError: 'email'",
        'Traceback (most recent call last):',
        '```',
        '',
      ].join('\n'),
    );
    expect(stats).toMatchObject({
      tables: 1,
      tablesExcluded: 1,
      columnsExcluded: 1,
      outputColumnsExcluded: 1,
      cells: 1,
      outputs: 2,
      outputsOmitted: 0,
      rowsOmitted: 1,
      truncated: false,
    });
    expect(stats.tokens).toBeGreaterThan(50);
  });

  it('reports findings whose offsets slice exactly the value', async () => {
    const { text, findings } = await render(shop, { exclude_tags: [] });
    expect(findings.map((f) => [f.type, text.slice(f.start, f.end), f.detector, f.score])).toEqual([
      ['EMAIL', 'ana@x.io', 'context', 0.9], // the SQL literal, inside its quotes
      ['EMAIL', 'ana@x.io', 'context', 0.9],
      ['CREDIT_CARD', '4111 1111 1111 1111', 'context', 0.9], // by its pii:credit_card tag
      ['CREDIT_CARD', '5500 0000 0000 0004', 'context', 0.9],
      ['EMAIL', 'jo@y.org', 'context', 0.9],
    ]);
    expect(text.slice((findings[0]?.start ?? 0) - 1, (findings[0]?.end ?? 0) + 1)).toBe("'ana@x.io'");
  });

  it('gives no finding to null, empty or boolean values, nor to a bare pii tag', async () => {
    const { findings, text } = await render(
      {
        schemas: [{ name: 't', columns: [{ name: 'nick', tags: ['pii'] }] }],
        outputs: [
          {
            columns: ['email', 'nick', 'name'],
            rows: [
              [null, 'ace', true],
              ['', 'bo', ' '],
            ],
          },
        ],
      },
      { exclude_tags: [] },
    );
    expect(text).toContain('| ace |');
    expect(findings).toEqual([]);
  });

  it('escapes pipes and joins lines, and the finding covers the rendered value', async () => {
    const { text, findings } = await render({ outputs: [{ columns: ['name'], rows: [['Ana|Lima\nJr']] }] });
    expect(text).toContain('| Ana\\|Lima Jr |');
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['Ana\\|Lima Jr']);
  });

  describe('exclusions', () => {
    const context: StructuredContext = {
      schemas: [
        {
          name: 'app.users',
          columns: [{ name: 'id' }, { name: 'email' }, { name: 'ssn', tags: ['PII:ssn'] }],
        },
        { name: 'Audit_Log', columns: [{ name: 'id' }, { name: 'actor' }] },
        { name: 'tmp_import', columns: [{ name: 'id' }] },
      ],
      outputs: [{ columns: ['id', 'email', 'ssn', 'actor'], rows: [[1, 'a@b.c', '123-45-6789', 'x']] }],
    };

    it.each<[string, ContextRulesInput, string[], string[]]>([
      [
        'default: the pii-tagged column',
        {},
        ['app.users', 'Audit_Log', 'tmp_import', '- email'],
        ['- ssn', '| ssn'],
      ],
      [
        'tables by glob, qualified or not, any case',
        { exclude_tables: ['USERS', 'tmp_*'] },
        ['Audit_Log'],
        ['app.users', 'tmp_import'],
      ],
      ['a qualified table pattern', { exclude_tables: ['app.users'] }, ['Audit_Log'], ['app.users']],
      [
        'a column by table.column, removed from outputs by name',
        { exclude_columns: ['users.email'] },
        ['- id', '| id | actor |'],
        ['- email', 'a@b.c'],
      ],
      ['a column of any table', { exclude_columns: ['*.ID'] }, ['- email'], ['- id', '| id']],
      ['tags off', { exclude_tags: [] }, ['- ssn', '| id | email | ssn | actor |'], []],
    ])('%s', async (_name, rules, present, absent) => {
      const { text } = await render(context, rules);
      for (const p of present) expect(text).toContain(p);
      for (const a of absent) expect(text).not.toContain(a);
    });

    it('a table excluded by tag vanishes, its columns stay in outputs unless excluded themselves', async () => {
      const { text, stats } = await render({
        schemas: [{ name: 'people', tags: ['pii'], columns: [{ name: 'id' }, { name: 'email' }] }],
        outputs: [{ columns: ['id', 'email'], rows: [[1, 'a@b.c']] }],
      });
      expect(text).not.toContain('people');
      expect(text).toContain('| id | email |');
      expect(stats).toMatchObject({ tables: 0, tablesExcluded: 1, columnsExcluded: 0 });
    });

    it('omits an output left with no columns', async () => {
      const { text, stats } = await render(
        { outputs: [{ columns: ['email'], rows: [['a@b.c'], ['d@e.f']] }] },
        { exclude_columns: ['email'] },
      );
      expect(text).toBe('');
      expect(stats).toMatchObject({
        outputs: 0,
        outputsOmitted: 1,
        outputColumnsExcluded: 1,
        rowsOmitted: 2,
        tokens: 0,
      });
    });

    it('leaves cell sources as written', async () => {
      const source = 'SELECT email FROM app.users';
      const { text } = await render(
        { ...context, cells: [{ language: 'sql', source }] },
        { exclude_tables: ['users'] },
      );
      expect(text).toContain(source);
    });
  });

  it('outputs off', async () => {
    const { text, stats } = await render(shop, { include_outputs: false });
    expect(text).not.toContain('## Cell outputs');
    expect(text).not.toContain('4111');
    expect(stats).toMatchObject({ outputs: 0, outputsOmitted: 2, rowsOmitted: 3 });
  });

  it.each<[number, string[], string | undefined]>([
    [0, [], '(… 3 more rows not shown)'],
    [1, ['| 1 |'], '(… 2 more rows not shown)'],
    [3, ['| 1 |', '| 2 |', '| 3 |'], undefined],
    [20, ['| 1 |', '| 2 |', '| 3 |'], undefined],
  ])('max_rows %i', async (maxRows, rows, more) => {
    const { text, stats } = await render(
      { outputs: [{ columns: ['n'], rows: [[1], [2], [3]] }] },
      { max_rows: maxRows },
    );
    expect(text.split('\n').filter((l) => /^\| \d/.test(l))).toEqual(rows);
    if (more) expect(text).toContain(more);
    else expect(text).not.toContain('not shown');
    expect(stats.rowsOmitted).toBe(3 - rows.length);
  });

  it('says when an output has no rows, and renders text outputs fenced', async () => {
    const { text } = await render({ outputs: [{ columns: ['a'], rows: [] }, { text: 'has ``` inside' }] });
    expect(text).toContain('| a |\n| --- |\n(no rows)\n');
    expect(text).toContain('### Output 2\n````text\nhas ``` inside\n````\n');
  });

  it('renders nothing for an empty context', async () => {
    expect(await render({})).toMatchObject({
      text: '',
      findings: [],
      stats: { tokens: 0, truncated: false },
    });
  });

  it('is deterministic', async () => {
    const a = await render(shop, { exclude_tags: [], max_context_tokens: 120 });
    const b = await render(structuredClone(shop), { exclude_tags: [], max_context_tokens: 120 });
    expect(b).toEqual(a);
  });
});
