import type { Finding } from '../detector.js';
import { fitToBudget } from './budget.js';
import type { ContextRules, StructuredContext } from './schema.js';
import { select } from './select.js';
import { loadTokenizer } from './tokenizer.js';

export interface RenderedContext {
  /** Markdown for a system message; empty when nothing is left to say. */
  text: string;
  /**
   * Values known from structure, offsets into `text`, sorted: output cells under a column whose
   * name or tag says what it holds, SQL literals compared to or inserted into such a column.
   * Detector id `context`, score 0.9. Redaction is not done here: the caller's operators do it.
   */
  findings: Finding[];
  stats: ContextStats;
}

export interface ContextStats {
  /** Tables, cells and outputs in `text`. */
  tables: number;
  cells: number;
  outputs: number;
  /** Left out by the policy. */
  tablesExcluded: number;
  columnsExcluded: number;
  outputColumnsExcluded: number;
  /** Left out by the policy (outputs off, no column left) or by the budget. */
  outputsOmitted: number;
  /** Rows of any output not in `text` (beyond `max_rows`, cut by the budget, or in an omitted output). */
  rowsOmitted: number;
  /** Left out by the budget. */
  cellsOmitted: number;
  tablesOmitted: number;
  /** o200k_base tokens in `text`, counted exactly. */
  tokens: number;
  /** Whether the budget dropped anything. */
  truncated: boolean;
}

/**
 * Renders structured context as prompt text under a context policy: exclusions, outputs on or off,
 * `max_rows`, then the `max_context_tokens` budget (see `budget.ts` for what goes first). Pure and
 * deterministic; async only because the tokenizer is loaded on first use.
 * @example
 * const { text, findings } = await renderContext(
 *   { schemas: [{ name: 'users', columns: [{ name: 'email', type: 'text' }] }] },
 *   contextRulesSchema.parse({}),
 * );
 * // text: '## Database schema\n\n### users\n- email (text)\n'
 */
export async function renderContext(
  context: StructuredContext,
  rules: ContextRules,
): Promise<RenderedContext> {
  const selection = select(context, rules);
  const fitted = fitToBudget(selection, rules.max_context_tokens, await loadTokenizer());
  const { cut } = fitted;
  let rowsCut = 0;
  selection.outputs.forEach((output, i) => {
    if (output.kind === 'rows') rowsCut += output.rows.length - (cut.outputs[i] ? 0 : (cut.rows[i] ?? 0));
  });
  const kept = (dropped: boolean[]): number => dropped.filter((d) => !d).length;
  return {
    text: fitted.text,
    findings: fitted.findings.sort((a, b) => a.start - b.start),
    stats: {
      tables: kept(cut.tables),
      cells: kept(cut.cells),
      outputs: kept(cut.outputs),
      tablesExcluded: selection.tablesExcluded,
      columnsExcluded: selection.columnsExcluded,
      outputColumnsExcluded: selection.outputColumnsExcluded,
      outputsOmitted: selection.outputsOmitted + cut.outputs.filter(Boolean).length,
      rowsOmitted: selection.rowsOmitted + rowsCut,
      cellsOmitted: cut.cells.filter(Boolean).length,
      tablesOmitted: cut.tables.filter(Boolean).length,
      tokens: fitted.tokens,
      truncated: fitted.truncated,
    },
  };
}
