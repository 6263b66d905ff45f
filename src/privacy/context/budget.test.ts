import { describe, expect, it } from 'vitest';
import { renderContext } from './render.js';
import { contextRulesSchema, type StructuredContext } from './schema.js';
import { loadTokenizer } from './tokenizer.js';

const big: StructuredContext = {
  schemas: Array.from({ length: 4 }, (_, t) => ({
    name: `table_${t}`,
    description: `Table ${t} holds facts about topic ${t}.`,
    columns: Array.from({ length: 6 }, (_, c) => ({
      name: `column_${c}`,
      type: 'text',
      description: `Column ${c} of table ${t}, described at some length.`,
    })),
  })),
  cells: Array.from({ length: 4 }, (_, i) => ({
    id: `c${i}`,
    language: 'sql',
    source: `SELECT column_0, column_1 FROM table_${i} WHERE column_2 > ${i} ORDER BY column_3;`,
  })),
  outputs: Array.from({ length: 3 }, (_, o) => ({
    cell_id: `c${o}`,
    columns: ['n', 'email', 'note'],
    rows: Array.from({ length: 30 }, (_, r) => [r, `user${o}.${r}@example.com`, `row ${r} of output ${o}`]),
  })),
};

const render = (budget: number) =>
  renderContext(big, contextRulesSchema.parse({ max_rows: 1_000, max_context_tokens: budget }));

const rowsOf = (text: string, output: number) =>
  text.split('\n').filter((line) => line.endsWith(`of output ${output} |`));

describe('the context token budget', () => {
  it('leaves a context that fits untouched', async () => {
    const full = await render(200_000);
    const { count } = await loadTokenizer();
    expect(full.stats.truncated).toBe(false);
    expect(full.stats.tokens).toBe(count(full.text));
  });

  it('cuts a big context to at most the budget, counted by the tokenizer', async () => {
    const { count } = await loadTokenizer();
    for (const budget of [100, 500, 1_000, 2_000]) {
      const { text, stats } = await render(budget);
      expect(stats.truncated).toBe(true);
      expect(stats.tokens).toBe(count(text));
      expect(stats.tokens).toBeLessThanOrEqual(budget);
    }
  });

  it('drops the oldest output’s last rows first', async () => {
    const full = await render(200_000);
    const { text, stats } = await render(full.stats.tokens - 30);
    expect(stats.truncated).toBe(true);
    const kept = rowsOf(text, 0);
    expect(kept.length).toBeLessThan(30);
    expect(kept).toEqual(rowsOf(full.text, 0).slice(0, kept.length));
    expect(rowsOf(text, 1)).toHaveLength(30);
    expect(rowsOf(text, 2)).toHaveLength(30);
    expect(text).toContain(`(… ${30 - kept.length} more rows not shown)`);
    expect(stats.rowsOmitted).toBe(30 - kept.length);
  });

  it('observes the priority order at every budget: rows, outputs, cells, descriptions, tables', async () => {
    const full = await render(200_000);
    let previous = -1;
    for (let budget = 100; budget < full.stats.tokens; budget += 97) {
      const { text, stats, findings } = await render(budget);
      const rows = [0, 1, 2].map((o) => rowsOf(text, o).length);
      const described = (text.match(/described at some length/g) ?? []).length;
      // a later kind goes only once every earlier kind is gone
      if (stats.outputsOmitted > 0) expect(rows).toEqual(rows.map(() => 0));
      if (stats.cellsOmitted > 0) expect(stats.outputs).toBe(0);
      if (described < 24) expect(stats.cells).toBe(0);
      if (stats.tablesOmitted > 0) expect(described).toBe(0);
      // rows of older outputs go before rows of newer ones
      if (rows[1] !== undefined && rows[1] < 30) expect(rows[0]).toBe(0);
      if (rows[2] !== undefined && rows[2] < 30) expect(rows[1]).toBe(0);
      // whole values only: every finding is a whole e-mail address
      for (const f of findings) expect(text.slice(f.start, f.end)).toMatch(/^user\d\.\d+@example\.com$/);
      // more budget never shows less
      expect(text.length).toBeGreaterThanOrEqual(previous);
      previous = text.length;
    }
  });

  it('drops the oldest cells first', async () => {
    const atBudget = async (budget: number) => (await render(budget)).text;
    for (let budget = 100; budget < 1_500; budget += 50) {
      const text = await atBudget(budget);
      const cells = [0, 1, 2, 3].map((i) => text.includes(`### Cell c${i} `));
      const firstKept = cells.indexOf(true);
      if (firstKept !== -1) expect(cells.slice(firstKept).every(Boolean)).toBe(true);
    }
  });

  it('stays fast on the largest outputs', async () => {
    const huge: StructuredContext = {
      outputs: Array.from({ length: 20 }, (_, o) => ({
        columns: ['id', 'email', 'note'],
        rows: Array.from({ length: 1_000 }, (_, r) => [r, `u${r}@x.io`, `output ${o} row ${r}`]),
      })),
    };
    const started = performance.now();
    const { stats } = await renderContext(huge, contextRulesSchema.parse({ max_rows: 1_000 }));
    expect(stats.tokens).toBeLessThanOrEqual(8_000);
    expect(stats.truncated).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
