// names.ts reads the generated lists from their functions' source (`listText`) rather than by
// calling them: the text it reads must be the value the function returns.
import { describe, expect, it } from 'vitest';
import {
  extraCaselessFamily,
  extraCaselessGiven,
  extraCjkFamily,
  extraFamily,
  extraGiven,
} from './name-lists.js';
import { listText } from './names.js';

/** A function returning the template literal spelled `body`, as the bundle may spell it. */
const returning = (body: string): (() => string) => new Function(`return \`${body}\`;`) as () => string;

describe('listText', () => {
  it.each([
    ['extraGiven', extraGiven],
    ['extraFamily', extraFamily],
    ['extraCjkFamily', extraCjkFamily],
    ['extraCaselessGiven', extraCaselessGiven],
    ['extraCaselessFamily', extraCaselessFamily],
  ])('reads %s as it returns it', (_, list) => {
    expect(listText(list)).toBe(list());
    expect(list().length).toBeGreaterThan(1000);
  });

  it.each([
    ['letters as escapes', String.raw`j\xf8rgen \u0142ukasz \u{1F600} \uD83D\uDE00 ab`],
    ['another escape', String.raw`a\tb \\xf8`],
    ['a substitution', 'a #{"b"} c'.replace('#{', '${')],
  ])('decodes %s as the engine does', (_, body) => {
    const list = returning(body);
    expect(listText(list)).toBe(list());
  });
});
