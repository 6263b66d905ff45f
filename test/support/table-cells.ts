import { defaultDetectors } from '../../src/privacy/detectors/index.js';
import { tableCells } from '../../src/privacy/detectors/tables.js';
import { detectAll } from '../../src/privacy/registry.js';

/** Every table cell of `text` as `[column header, value]`, in the order found. */
export function cellPairs(text: string): Array<[string, string]> {
  const found = tableCells(text);
  return found.start.map((start, i) => [
    found.columnHeader[found.column[i] as number] as string,
    text.slice(start, found.valueEnd[i]),
  ]);
}

/** Every DATE_OF_BIRTH value `detectAll` finds in a text (all detectors and the rules between them), in order. */
export const detectedBirthDates = (text: string): string[] =>
  detectAll(defaultDetectors, text)
    .filter((f) => f.type === 'DATE_OF_BIRTH')
    .map((f) => text.slice(f.start, f.end));
