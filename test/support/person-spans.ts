import { personDetector } from '../../src/privacy/detectors/person.js';

/** The PERSON detector's spans in a text, as the substrings they cover, sorted: what its tables compare. */
export const personSpans = (text: string): string[] =>
  personDetector
    .detect(text)
    .filter((f) => f.type === 'PERSON')
    .map((f) => text.slice(f.start, f.end))
    .sort();
