import picomatch from 'picomatch';
import type { ContextRules } from './schema.js';

/**
 * The exclusion rules of a context policy as predicates. Names are matched as paths with the dots
 * turned into slashes, so `*` stays within one part (`*.email` is a column in any table) and `**`
 * crosses parts; matching ignores case.
 */
export interface Exclusions {
  table(name: string, tags?: readonly string[]): boolean;
  column(table: string, column: string, tags?: readonly string[]): boolean;
  /**
   * For output columns, which name no table: a bare pattern (`ssn`, `*_email`) or one for any table
   * (`*.ssn`) that matches the name.
   */
  bareColumn(column: string): boolean;
}

const asPath = (name: string): string => name.replaceAll('.', '/');

function matcher(patterns: readonly string[]): (candidate: string) => boolean {
  if (patterns.length === 0) return () => false;
  return picomatch(patterns.map(asPath), { nocase: true, dot: true });
}

const unqualified = (table: string): string => table.slice(table.lastIndexOf('.') + 1);

export function compileExclusions(rules: ContextRules): Exclusions {
  const tables = matcher(rules.exclude_tables);
  const columns = matcher(rules.exclude_columns);
  const anyTable = matcher(
    rules.exclude_columns
      .filter((p) => p.startsWith('*.') || p.startsWith('**.'))
      .map((p) => p.slice(p.indexOf('.') + 1)),
  );
  const tagMatch = matcher(rules.exclude_tags);
  // `pii` excludes `pii:email` too: a tag's namespace (before the first colon) is matched as well
  const tagged = (tags: readonly string[] | undefined): boolean =>
    (tags ?? []).some(
      (tag) => tagMatch(tag) || (tag.includes(':') && tagMatch(tag.slice(0, tag.indexOf(':')))),
    );
  return {
    table: (name, tags) => tagged(tags) || tables(asPath(name)) || tables(asPath(unqualified(name))),
    column: (table, column, tags) =>
      tagged(tags) ||
      columns(asPath(column)) ||
      columns(`${asPath(table)}/${asPath(column)}`) ||
      columns(`${asPath(unqualified(table))}/${asPath(column)}`),
    bareColumn: (column) => columns(asPath(column)) || anyTable(asPath(column)),
  };
}
