import { type Cut, type Laid, layOut, noCut } from './layout.js';
import type { Selection } from './select.js';
import type { Tokenizer } from './tokenizer.js';

/**
 * Fits a selection into a token budget by dropping whole items, never part of a value, in this order:
 * 1. output rows, last row first, oldest output first;
 * 2. whole outputs, oldest first;
 * 3. cells, oldest first (the latest cells are what the user is working on);
 * 4. descriptions (a table's and its columns'), last table first;
 * 5. whole tables, last first (the schema is what a model needs most to write SQL).
 * The fewest drops that fit are found by bisection over that sequence, each try counted with a
 * limit (encoding stops once past the budget), so the cost is a few passes of at most the budget.
 */

type Step = { kind: 'row' | 'output' | 'cell' | 'descriptions' | 'table'; index: number };

function steps(selection: Selection): Step[] {
  const out: Step[] = [];
  selection.outputs.forEach((o, index) => {
    if (o.kind === 'rows') for (let r = 0; r < o.rows.length; r++) out.push({ kind: 'row', index });
  });
  for (let index = 0; index < selection.outputs.length; index++) out.push({ kind: 'output', index });
  for (let index = 0; index < selection.cells.length; index++) out.push({ kind: 'cell', index });
  const lastFirst = selection.tables.map((table, index) => ({ table, index })).reverse();
  for (const { table, index } of lastFirst) {
    if (table.description || table.columns.some((c) => c.description))
      out.push({ kind: 'descriptions', index });
  }
  for (const { index } of lastFirst) out.push({ kind: 'table', index });
  return out;
}

function cutAfter(selection: Selection, all: readonly Step[], count: number): Cut {
  const cut = noCut(selection);
  for (const step of all.slice(0, count)) {
    if (step.kind === 'row') cut.rows[step.index] = (cut.rows[step.index] ?? 0) - 1;
    else if (step.kind === 'output') cut.outputs[step.index] = true;
    else if (step.kind === 'cell') cut.cells[step.index] = true;
    else if (step.kind === 'descriptions') cut.descriptions[step.index] = true;
    else cut.tables[step.index] = true;
  }
  return cut;
}

export interface Fitted extends Laid {
  cut: Cut;
  tokens: number;
  truncated: boolean;
}

export function fitToBudget(selection: Selection, budget: number, tokenizer: Tokenizer): Fitted {
  const whole = layOut(selection, noCut(selection));
  const tokens = tokenizer.within(whole.text, budget);
  if (tokens !== false) return { ...whole, cut: noCut(selection), tokens, truncated: false };
  const all = steps(selection);
  // invariant: `over` drops do not fit, `fits` drops do (all of them leave the empty text)
  let over = 0;
  let fits = all.length;
  while (fits - over > 1) {
    const mid = (over + fits) >> 1;
    if (tokenizer.within(layOut(selection, cutAfter(selection, all, mid)).text, budget) === false) over = mid;
    else fits = mid;
  }
  const cut = cutAfter(selection, all, fits);
  const laid = layOut(selection, cut);
  return { ...laid, cut, tokens: tokenizer.count(laid.text), truncated: true };
}
