import type { Detector, Finding } from '../detector.js';
import { contextWords, hasContext } from './context.js';

/**
 * US Social Security numbers, `AAA-GG-SSSS`. Per the SSA's rules an area is never 000, 666 or
 * 900–999 (the 9xx range is ITINs and never an SSN), a group never 00 and a serial never 0000; numbers
 * breaking them are never flagged. The dashed form is flagged on its own; the spaced (`AAA GG SSSS`)
 * and bare nine-digit forms only with a context word nearby (`ssn`, `social security`, …), since a
 * bare nine-digit number is far more often an id.
 * @see https://www.ssa.gov/employer/randomization.html
 */
const CANDIDATE = /(?<![\w.+/:@#$-]|\d[ -])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w@]|[.:/-]\d|[ -]\d)/g;

const words = contextWords(
  ...'ssn ssns social security ss socsec taxpayer tin itin sozialversicherungsnummer seguridad sécurité'.split(
    ' ',
  ),
);

/** Whether area, group and serial are ones the SSA could have issued. */
export function isValidSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

export const usSsnDetector: Detector = {
  id: 'us-ssn',
  entities: ['US_SSN'],
  detect(text) {
    const findings: Finding[] = [];
    for (const m of text.matchAll(CANDIDATE)) {
      const [value, area = '', separator, group = '', serial = ''] = m;
      if (!isValidSsn(area, group, serial)) continue;
      const start = m.index;
      const end = start + value.length;
      const context = hasContext(text, start, end, words);
      if (separator !== '-' && !context) continue;
      const score = separator === '-' ? (context ? 0.95 : 0.75) : 0.7;
      findings.push({ type: 'US_SSN', start, end, score, detector: 'us-ssn' });
    }
    return findings;
  },
};
