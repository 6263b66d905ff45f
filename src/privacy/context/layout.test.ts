import { describe, expect, it } from 'vitest';
import { layOut, noCut } from './layout.js';
import type { Selection } from './select.js';

const empty: Selection = {
  tables: [],
  cells: [],
  outputs: [],
  tablesExcluded: 0,
  columnsExcluded: 0,
  outputColumnsExcluded: 0,
  outputsOmitted: 0,
  rowsOmitted: 0,
};

describe('layOut', () => {
  it('fences a cell with more backticks than it holds and shifts its findings', () => {
    const source = "x = '''a'''\ny = ```b``` ; email = 'a@b.c'";
    const start = source.indexOf('a@b.c');
    const selection: Selection = {
      ...empty,
      cells: [
        {
          label: 'Cell 1 (python)',
          language: 'python',
          source,
          findings: [{ type: 'EMAIL', start, end: start + 5, score: 0.9, detector: 'context' }],
        },
      ],
    };
    const { text, findings } = layOut(selection, noCut(selection));
    expect(text).toBe(`## Notebook cells\n\n### Cell 1 (python)\n\`\`\`\`python\n${source}\n\`\`\`\`\n`);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['a@b.c']);
  });

  it('drops what the cut says, and sections left empty', () => {
    const selection: Selection = {
      ...empty,
      tables: [
        { name: 'a', description: 'A.', columns: [{ name: 'x', type: 'int', description: 'X.' }] },
        { name: 'b', columns: [] },
      ],
      cells: [{ label: 'Cell 1', language: '', source: 'q', findings: [] }],
    };
    const cut = { ...noCut(selection), cells: [true], descriptions: [true, false], tables: [false, true] };
    expect(layOut(selection, cut).text).toBe('## Database schema\n\n### a\n- x (int)\n');
  });
});
