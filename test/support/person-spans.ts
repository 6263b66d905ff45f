import { defaultDetectors } from '../../src/privacy/detectors/index.js';
import { personDetector } from '../../src/privacy/detectors/person.js';
import { detectAll } from '../../src/privacy/registry.js';

/** The PERSON detector's spans in a text, as the substrings they cover, sorted: what its tables compare. */
export const personSpans = (text: string): string[] =>
  personDetector
    .detect(text)
    .filter((f) => f.type === 'PERSON')
    .map((f) => text.slice(f.start, f.end))
    .sort();

/** Every PERSON value `detectAll` finds in a text (all detectors and the rules between them), in order. */
export const detectedPeople = (text: string): string[] =>
  detectAll(defaultDetectors, text)
    .filter((f) => f.type === 'PERSON')
    .map((f) => text.slice(f.start, f.end));
