import { describe, expect, it } from 'vitest';
import { TableHeaders } from './headers.js';

describe('TableHeaders', () => {
  it('gives the header lines of the block a window starts in, but no prose, once scanned in order', () => {
    const text =
      'intro\n\nname,phone\nAnn,1\nBob,2\nCid,3\n\nOut[3]:\n| name | phone |\n|---|---|\n| Ann | 1 |\n| Bob | 2 |\n\n' +
      'We met. It went well.\nMore prose here\n\nlater\nmore';
    const headers = new TableHeaders(text);
    const at = (s: string) => text.indexOf(s);
    const slice = (span: [number, number] | undefined) => span && text.slice(...span);
    expect(slice(headers.before(at('intro')))).toBeUndefined();
    expect(slice(headers.before(at('Ann,1')))).toBe('name,phone\n');
    expect(slice(headers.before(at('Cid,3')))).toBe('name,phone\n');
    expect(slice(headers.before(at('|---|')))).toBe('Out[3]:\n| name | phone |\n');
    expect(slice(headers.before(at('| Bob')))).toBe('Out[3]:\n| name | phone |\n|---|---|\n');
    expect(slice(headers.before(at('More prose')))).toBeUndefined();
    expect(slice(headers.before(at('more')))).toBe('later\n');
    const labelled = 'Out[3]:\nid,phone\n1,2\n3,4';
    expect(new TableHeaders(labelled).before(labelled.indexOf('3,4'))).toEqual([0, 17]);
  });
});
