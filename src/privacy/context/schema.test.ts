import { describe, expect, it } from 'vitest';
import { contextRulesSchema, structuredContextSchema } from './schema.js';

const issues = (value: unknown) => {
  const result = structuredContextSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('structuredContextSchema', () => {
  it.each<[string, unknown]>([
    ['empty', {}],
    [
      'everything',
      {
        schemas: [
          {
            name: 'sales.orders',
            description: 'Orders',
            tags: ['finance'],
            columns: [{ name: 'email', type: 'text', description: 'buyer', tags: ['pii:email'] }],
          },
        ],
        cells: [{ id: 'c1', language: 'sql', source: 'SELECT 1' }, { source: 'print(1)' }],
        outputs: [
          {
            cell_id: 'c1',
            columns: ['a', 'b'],
            rows: [
              [1, null],
              ['x', { y: 1 }],
            ],
          },
          { columns: ['a'] },
          { text: 'hello' },
          { error: { name: 'KeyError', message: "'x'", traceback: 'Traceback …' } },
        ],
      },
    ],
  ])('accepts %s', (_name, value) => {
    expect(issues(value)).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['an unknown top-level key', { tables: [] }, 'Unrecognized key'],
    [
      'an unknown column key',
      { schemas: [{ name: 't', columns: [{ name: 'c', pii: true }] }] },
      'schemas.0.columns.0',
    ],
    ['a table without columns', { schemas: [{ name: 't' }] }, 'schemas.0.columns'],
    ['an empty table name', { schemas: [{ name: '', columns: [] }] }, 'schemas.0.name'],
    ['a cell without source', { cells: [{ language: 'sql' }] }, 'cells.0.source'],
    ['tags that are not strings', { schemas: [{ name: 't', tags: [1], columns: [] }] }, 'schemas.0.tags.0'],
    ['an output with text and rows', { outputs: [{ text: 'x', columns: ['a'], rows: [] }] }, 'exactly one'],
    ['an empty output', { outputs: [{ cell_id: 'c1' }] }, 'exactly one'],
    ['rows without columns', { outputs: [{ rows: [[1]] }] }, 'outputs.0.columns: rows need columns'],
    [
      'a row of the wrong width',
      { outputs: [{ columns: ['a', 'b'], rows: [[1, 2], [3]] }] },
      'outputs.0.rows.1',
    ],
    ['an error without a message', { outputs: [{ error: { name: 'E' } }] }, 'outputs.0.error.message'],
    ['501 tables', { schemas: Array.from({ length: 501 }, () => ({ name: 't', columns: [] })) }, 'schemas'],
    [
      '1,001 columns',
      { schemas: [{ name: 't', columns: Array.from({ length: 1_001 }, () => ({ name: 'c' })) }] },
      'schemas.0.columns',
    ],
    ['201 cells', { cells: Array.from({ length: 201 }, () => ({ source: '' })) }, 'cells'],
    [
      '10,001 rows',
      { outputs: [{ columns: ['a'], rows: Array.from({ length: 10_001 }, () => [1]) }] },
      'outputs.0.rows',
    ],
  ])('rejects %s', (_name, value, expected) => {
    expect(issues(value).join('\n')).toContain(expected);
  });
});

describe('contextRulesSchema', () => {
  it('fills every default', () => {
    expect(contextRulesSchema.parse({})).toEqual({
      exclude_tables: [],
      exclude_columns: [],
      exclude_tags: ['pii'],
      include_outputs: true,
      max_rows: 20,
      max_context_tokens: 8_000,
    });
  });

  it('does not share default arrays between parses', () => {
    const a = contextRulesSchema.parse({});
    a.exclude_tags.push('secret');
    expect(contextRulesSchema.parse({}).exclude_tags).toEqual(['pii']);
  });

  it.each<[string, unknown]>([
    ['an unknown key', { exclude_schemas: [] }],
    ['max_rows over 1,000', { max_rows: 1_001 }],
    ['negative max_rows', { max_rows: -1 }],
    ['a fractional max_rows', { max_rows: 2.5 }],
    ['a budget under 100 tokens', { max_context_tokens: 99 }],
    ['a budget over 200,000 tokens', { max_context_tokens: 200_001 }],
    ['an empty glob', { exclude_tables: [''] }],
    ['include_outputs as a string', { include_outputs: 'yes' }],
  ])('rejects %s', (_name, value) => {
    expect(contextRulesSchema.safeParse(value).success).toBe(false);
  });
});
