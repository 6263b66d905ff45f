import { describe, expect, it } from 'vitest';
import type { Warning } from '../core/chat.js';
import { warningLabels } from './warnings.js';

describe('warningLabels', () => {
  it('labels warnings and keeps client-chosen field names to a safe alphabet', () => {
    const warnings: Warning[] = [
      { type: 'unsupported_parameter', parameter: 'messages.content.cache_control' },
      { type: 'unsupported_parameter', parameter: 'bad\nkey sk-live secret!' },
      { type: 'parameter_adjusted' },
    ];
    expect(warningLabels(warnings)).toEqual([
      'unsupported_parameter=messages.content.cache_control',
      'unsupported_parameter=bad?key?sk-live?secret?',
      'parameter_adjusted',
    ]);
  });

  it('caps how many labels and how long each one is', () => {
    const many: Warning[] = Array.from({ length: 30 }, (_, i) => ({
      type: 'unsupported_parameter',
      parameter: `${'x'.repeat(200)}${i}`,
    }));
    const labels = warningLabels(many);
    expect(labels).toHaveLength(21);
    expect(labels.at(-1)).toBe('+10 more');
    expect(Math.max(...labels.map((l) => l.length))).toBe('unsupported_parameter='.length + 100);
  });
});
