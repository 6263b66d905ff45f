import type { EntityType, Finding } from '../detector.js';
import { columnType, tagType } from './column-types.js';
import { compileExclusions } from './exclusions.js';
import type { ContextOutput, ContextRules, StructuredContext } from './schema.js';
import { sqlLiteralFindings } from './sql-literals.js';

/**
 * What of a structured context the policy lets through, ready to lay out: exclusions applied,
 * outputs on or off, at most `max_rows` rows per output, values turned into table-cell text.
 *
 * Exclusions apply to schemas and outputs. A cell's source is kept as written (SQL cannot be
 * rewritten reliably to drop a table); the PII detectors and the SQL-literal findings still cover
 * it. Output columns name no table, so one is removed when a bare or any-table pattern of
 * `exclude_columns` matches its name, or when a schema column of the same name was excluded by a
 * pattern or a tag (any table). Columns of an excluded table are not removed from outputs by that
 * alone (`id`, `created_at` would go everywhere). An output left with no columns is omitted.
 */
export interface Selection {
  tables: TableView[];
  cells: CellView[];
  outputs: OutputView[];
  tablesExcluded: number;
  columnsExcluded: number;
  outputColumnsExcluded: number;
  /** Outputs left out by the policy (outputs off, or every column excluded). */
  outputsOmitted: number;
  /** Rows not carried into `outputs`: beyond `max_rows`, or in omitted outputs. */
  rowsOmitted: number;
}

export interface TableView {
  name: string;
  description?: string | undefined;
  columns: Array<{ name: string; type?: string | undefined; description?: string | undefined }>;
}

export interface CellView {
  label: string;
  language: string;
  source: string;
  /** SQL-literal findings, offsets into `source`. */
  findings: Finding[];
}

export type OutputView =
  | {
      kind: 'rows';
      label: string;
      columns: string[];
      rows: Array<Array<{ text: string; type?: EntityType | undefined }>>;
      /** Rows the output had, including those beyond `max_rows`. */
      totalRows: number;
    }
  | { kind: 'text' | 'error'; label: string; text: string };

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function select(context: StructuredContext, rules: ContextRules): Selection {
  const exclude = compileExclusions(rules);
  const selection: Selection = {
    tables: [],
    cells: [],
    outputs: [],
    tablesExcluded: 0,
    columnsExcluded: 0,
    outputColumnsExcluded: 0,
    outputsOmitted: 0,
    rowsOmitted: 0,
  };
  const excludedNames = new Set<string>();
  const typeByName = new Map<string, EntityType>();
  for (const table of context.schemas ?? []) {
    const tableOut = exclude.table(table.name, table.tags);
    const columns: TableView['columns'] = [];
    for (const column of table.columns) {
      if (exclude.column(table.name, column.name, column.tags)) {
        excludedNames.add(column.name.toLowerCase());
        if (!tableOut) selection.columnsExcluded++;
        continue;
      }
      const tagged = tagType(column.tags);
      if (!tableOut && tagged && !typeByName.has(column.name.toLowerCase()))
        typeByName.set(column.name.toLowerCase(), tagged);
      columns.push({
        name: oneLine(column.name),
        type: column.type && oneLine(column.type),
        description: column.description && oneLine(column.description),
      });
    }
    if (tableOut) selection.tablesExcluded++;
    else
      selection.tables.push({
        name: oneLine(table.name),
        description: table.description && oneLine(table.description),
        columns,
      });
  }
  (context.cells ?? []).forEach((cell, i) => {
    const language = (cell.language ?? '').replace(/[^\w+#.-]/g, '');
    selection.cells.push({
      label: `Cell ${cell.id ? oneLine(cell.id) : i + 1}${language ? ` (${language})` : ''}`,
      language,
      source: cell.source,
      findings: language.toLowerCase() === 'markdown' ? [] : sqlLiteralFindings(cell.source),
    });
  });
  (context.outputs ?? []).forEach((output, i) => {
    const view = rules.include_outputs ? outputView(output, i) : undefined;
    if (view) selection.outputs.push(view);
    else {
      selection.outputsOmitted++;
      selection.rowsOmitted += output.rows?.length ?? 0;
    }
  });
  return selection;

  function outputView(output: ContextOutput, i: number): OutputView | undefined {
    const label = output.cell_id ? `Output of cell ${oneLine(output.cell_id)}` : `Output ${i + 1}`;
    if (output.text !== undefined) return { kind: 'text', label, text: output.text };
    if (output.error !== undefined) {
      const { name, message, traceback } = output.error;
      const head = name ? `${name}: ${message}` : message;
      return { kind: 'error', label: `${label} (error)`, text: traceback ? `${head}\n${traceback}` : head };
    }
    const names = output.columns ?? [];
    const kept = names.flatMap((name, k) => {
      if (exclude.bareColumn(name) || excludedNames.has(name.toLowerCase())) return [];
      return [{ k, name, type: typeByName.get(name.toLowerCase()) ?? columnType(name) }];
    });
    selection.outputColumnsExcluded += names.length - kept.length;
    if (kept.length === 0) return undefined;
    const rows = output.rows ?? [];
    selection.rowsOmitted += Math.max(0, rows.length - rules.max_rows);
    return {
      kind: 'rows',
      label,
      columns: kept.map((c) => tableCell(c.name)),
      rows: rows.slice(0, rules.max_rows).map((row) =>
        kept.map(({ k, type }) => {
          const value = row[k];
          const findable = (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
          return { text: tableCell(value), type: findable ? type : undefined };
        }),
      ),
      totalRows: rows.length,
    };
  }
}

/** A value as the text of a pipe-table cell: one line, `|` escaped (GFM tables). */
export function tableCell(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'object') {
    try {
      text = JSON.stringify(value) ?? '';
    } catch {
      text = String(value);
    }
  } else text = String(value);
  return text.replace(/\r\n|\r|\n/g, ' ').replaceAll('|', '\\|');
}
