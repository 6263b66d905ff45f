import { describe, expect, it } from 'vitest';
import { compileExclusions } from './exclusions.js';
import { contextRulesSchema } from './schema.js';

const rules = (given: object) => compileExclusions(contextRulesSchema.parse(given));

describe('compileExclusions', () => {
  it.each<[string, object, string, string[] | undefined, boolean]>([
    ['exact', { exclude_tables: ['orders'] }, 'orders', undefined, true],
    [
      'unqualified name of a qualified table',
      { exclude_tables: ['orders'] },
      'sales.orders',
      undefined,
      true,
    ],
    ['qualified pattern', { exclude_tables: ['sales.orders'] }, 'sales.orders', undefined, true],
    ['qualified pattern, other schema', { exclude_tables: ['sales.orders'] }, 'hr.orders', undefined, false],
    ['a whole schema', { exclude_tables: ['hr.*'] }, 'HR.Salaries', undefined, true],
    ['case-insensitive', { exclude_tables: ['Orders'] }, 'ORDERS', undefined, true],
    ['prefix glob', { exclude_tables: ['tmp_*'] }, 'tmp_import', undefined, true],
    ['prefix glob, other table', { exclude_tables: ['tmp_*'] }, 'orders', undefined, false],
    ['tag (default pii)', {}, 'people', ['pii'], true],
    ['tag namespace', {}, 'people', ['PII:email'], true],
    ['other tag', {}, 'people', ['finance'], false],
    ['tags off', { exclude_tags: [] }, 'people', ['pii'], false],
  ])('table: %s', (_name, given, table, tags, expected) => {
    expect(rules(given).table(table, tags)).toBe(expected);
  });

  it.each<[string, object, string, string, string[] | undefined, boolean]>([
    ['bare', { exclude_columns: ['email'] }, 'users', 'email', undefined, true],
    ['table.column', { exclude_columns: ['users.email'] }, 'users', 'EMAIL', undefined, true],
    ['table.column, other table', { exclude_columns: ['users.email'] }, 'orders', 'email', undefined, false],
    [
      'unqualified table of a qualified one',
      { exclude_columns: ['users.email'] },
      'app.users',
      'email',
      undefined,
      true,
    ],
    ['schema.table.column', { exclude_columns: ['app.users.email'] }, 'app.users', 'email', undefined, true],
    ['any table', { exclude_columns: ['*.ssn'] }, 'hr.staff', 'ssn', undefined, true],
    ['every column of a table', { exclude_columns: ['audit.*'] }, 'audit', 'id', undefined, true],
    ['* stays within one part', { exclude_columns: ['*email*'] }, 'email_campaigns', 'id', undefined, false],
    ['* within the column', { exclude_columns: ['*email*'] }, 'users', 'work_email', undefined, true],
    ['** crosses parts', { exclude_columns: ['**.secret_*'] }, 'a.b', 'secret_x', undefined, true],
    ['tag', {}, 'users', 'email', ['pii:email'], true],
    ['custom tag', { exclude_tags: ['restricted'] }, 'users', 'salary', ['restricted'], true],
  ])('column: %s', (_name, given, table, column, tags, expected) => {
    expect(rules(given).column(table, column, tags)).toBe(expected);
  });

  it.each<[string, string[], string, boolean]>([
    ['bare pattern', ['email'], 'Email', true],
    ['bare glob', ['*_email'], 'work_email', true],
    ['any-table pattern', ['*.ssn'], 'ssn', true],
    ['a pattern for one table does not name an output column', ['users.email'], 'email', false],
  ])('output column: %s', (_name, patterns, column, expected) => {
    expect(rules({ exclude_columns: patterns }).bareColumn(column)).toBe(expected);
  });
});
