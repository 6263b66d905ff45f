import type { Finding } from '../detector.js';
import type { OutputView, Selection } from './select.js';

/**
 * Lays a selection out as markdown a model reads easily, and says where each known value sits in it.
 * Sections (each only when it has something): `## Database schema` (a `### table` per table, its
 * description, a `- column (type): description` list), `## Notebook cells` (each cell fenced with its
 * language), `## Cell outputs` (a pipe table, or fenced text, or a fenced error).
 */

/** What the token budget has taken away, per item of the selection (see `budget.ts`). */
export interface Cut {
  /** Rows shown per output (rows outputs only; others ignore it). */
  rows: number[];
  outputs: boolean[];
  cells: boolean[];
  /** Whether a table's description and its columns' descriptions are dropped. */
  descriptions: boolean[];
  tables: boolean[];
}

export function noCut(selection: Selection): Cut {
  return {
    rows: selection.outputs.map((o) => (o.kind === 'rows' ? o.rows.length : 0)),
    outputs: selection.outputs.map(() => false),
    cells: selection.cells.map(() => false),
    descriptions: selection.tables.map(() => false),
    tables: selection.tables.map(() => false),
  };
}

export interface Laid {
  text: string;
  findings: Finding[];
}

export function layOut(selection: Selection, cut: Cut): Laid {
  const parts: string[] = [];
  const findings: Finding[] = [];
  let at = 0;
  const write = (...texts: string[]): void => {
    for (const text of texts) {
      parts.push(text);
      at += text.length;
    }
  };
  const section = (title: string): void => write(at === 0 ? '' : '\n', `## ${title}\n`);

  const tables = selection.tables.filter((_, i) => !cut.tables[i]);
  if (tables.length > 0) section('Database schema');
  selection.tables.forEach((table, i) => {
    if (cut.tables[i]) return;
    const described = !cut.descriptions[i];
    write(`\n### ${table.name}\n`);
    if (described && table.description) write(`${table.description}\n`);
    for (const column of table.columns) {
      const type = column.type ? ` (${column.type})` : '';
      const description = described && column.description ? `: ${column.description}` : '';
      write(`- ${column.name}${type}${description}\n`);
    }
  });

  if (cut.cells.some((dropped) => !dropped)) section('Notebook cells');
  selection.cells.forEach((cell, i) => {
    if (cut.cells[i]) return;
    write(`\n### ${cell.label}\n`);
    const fence = fenceFor(cell.source);
    write(`${fence}${cell.language}\n`);
    for (const f of cell.findings) findings.push({ ...f, start: f.start + at, end: f.end + at });
    write(cell.source, cell.source.endsWith('\n') || cell.source === '' ? '' : '\n', `${fence}\n`);
  });

  if (cut.outputs.some((dropped) => !dropped)) section('Cell outputs');
  selection.outputs.forEach((output, i) => {
    if (cut.outputs[i]) return;
    write(`\n### ${output.label}\n`);
    if (output.kind !== 'rows') {
      const fence = fenceFor(output.text);
      write(`${fence}text\n`, output.text, output.text.endsWith('\n') ? '' : '\n', `${fence}\n`);
      return;
    }
    rowsTable(output, cut.rows[i] ?? 0);
  });

  return { text: parts.join(''), findings };

  function rowsTable(output: Extract<OutputView, { kind: 'rows' }>, shown: number): void {
    write(`| ${output.columns.join(' | ')} |\n`, `|${' --- |'.repeat(output.columns.length)}\n`);
    for (const row of output.rows.slice(0, shown)) {
      write('|');
      for (const value of row) {
        write(' ');
        if (value.type && value.text !== '') {
          findings.push({
            type: value.type,
            start: at,
            end: at + value.text.length,
            score: 0.9,
            detector: 'context',
          });
        }
        write(value.text, ' |');
      }
      write('\n');
    }
    const more = output.totalRows - shown;
    if (output.totalRows === 0) write('(no rows)\n');
    else if (more > 0) write(`(… ${more} more ${more === 1 ? 'row' : 'rows'} not shown)\n`);
  }
}

/** A code fence longer than any backtick run in the content (CommonMark), at least three. */
function fenceFor(content: string): string {
  let longest = 0;
  for (const run of content.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}
