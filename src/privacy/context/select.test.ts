import { describe, expect, it } from 'vitest';
import { contextRulesSchema } from './schema.js';
import { select, tableCell } from './select.js';

describe('tableCell', () => {
  it.each<[unknown, string]>([
    [null, ''],
    [undefined, ''],
    ['plain', 'plain'],
    [42, '42'],
    [false, 'false'],
    [{ a: [1, 'x'] }, '{"a":[1,"x"]}'],
    ['a|b', 'a\\|b'],
    ['two\r\nlines\nhere', 'two lines here'],
  ])('%j → %j', (value, expected) => {
    expect(tableCell(value)).toBe(expected);
  });
});

describe('select', () => {
  const rules = contextRulesSchema.parse({ exclude_tags: ['secret'], exclude_columns: ['hr.staff.salary'] });

  it('labels cells and outputs by id or position, and sanitises the language', () => {
    const { cells, outputs } = select(
      {
        cells: [{ source: 'x' }, { id: 'c 2\n', language: 'py`thon', source: 'y' }],
        outputs: [{ text: 'a' }, { cell_id: 'c9', text: 'b' }],
      },
      rules,
    );
    expect(cells.map((c) => [c.label, c.language])).toEqual([
      ['Cell 1', ''],
      ['Cell c 2 (python)', 'python'],
    ]);
    expect(outputs.map((o) => o.label)).toEqual(['Output 1', 'Output of cell c9']);
  });

  it('finds SQL literals in code cells, not in markdown', () => {
    const source = "email = 'a@b.c'";
    const { cells } = select(
      {
        cells: [
          { language: 'sql', source },
          { language: 'python', source },
          { language: 'markdown', source },
        ],
      },
      rules,
    );
    expect(cells.map((c) => c.findings.map((f) => source.slice(f.start, f.end)))).toEqual([
      ['a@b.c'],
      ['a@b.c'],
      [],
    ]);
  });

  it('types output columns by schema tag first, then by name', () => {
    const { outputs } = select(
      {
        schemas: [
          {
            name: 't',
            columns: [
              { name: 'handle', tags: ['pii:email'] },
              { name: 'name', tags: ['pii:phone'] },
            ],
          },
        ],
        outputs: [{ columns: ['handle', 'name', 'email', 'city'], rows: [['h', 'n', 'e', 'c']] }],
      },
      rules,
    );
    const output = outputs[0];
    expect(output?.kind === 'rows' && output.rows[0]?.map((v) => v.type)).toEqual([
      'EMAIL',
      'PHONE',
      'EMAIL',
      undefined,
    ]);
  });

  it('removes from outputs the names of schema columns excluded by pattern or tag', () => {
    const selection = select(
      {
        schemas: [
          {
            name: 'hr.staff',
            columns: [{ name: 'salary' }, { name: 'token', tags: ['secret'] }, { name: 'id' }],
          },
        ],
        outputs: [{ columns: ['id', 'SALARY', 'token'], rows: [[1, 2, 3]] }],
      },
      rules,
    );
    const output = selection.outputs[0];
    expect(output?.kind === 'rows' && output.columns).toEqual(['id']);
    expect(selection).toMatchObject({ columnsExcluded: 2, outputColumnsExcluded: 2 });
  });
});
