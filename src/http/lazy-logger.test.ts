import { Writable } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../config/logger.js';
import { LazyChildLogger } from './lazy-logger.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: createLogger('info', stream) as unknown as FastifyBaseLogger, lines };
}

describe('LazyChildLogger', () => {
  it('makes the child on the first line, which carries the bindings; redaction still applies', () => {
    const { log, lines } = capture();
    let children = 0;
    const counted = Object.assign(Object.create(log), {
      child: (...args: Parameters<FastifyBaseLogger['child']>) => {
        children++;
        return log.child(...args);
      },
    }) as FastifyBaseLogger;
    const lazy = new LazyChildLogger(counted, { reqId: 'req-1' });
    expect(children).toBe(0);
    expect(lazy.level).toBe('info');
    lazy.debug('below the level');
    lazy.info({ headers: { authorization: 'Bearer pal_secret' } }, 'refused');
    lazy.warn('again');
    expect(children).toBe(1);
    expect(lines).toEqual([
      expect.objectContaining({ reqId: 'req-1', msg: 'refused', headers: { authorization: '[redacted]' } }),
      expect.objectContaining({ reqId: 'req-1', msg: 'again', level: 40 }),
    ]);
  });

  it('keeps the level it is given and hands out real children', () => {
    const { log, lines } = capture();
    const lazy = new LazyChildLogger(log, { reqId: 'req-2' });
    lazy.level = 'warn';
    lazy.info('hidden');
    lazy.child({ step: 'upstream' }).error('shown');
    expect(lines).toEqual([expect.objectContaining({ reqId: 'req-2', step: 'upstream', msg: 'shown' })]);
  });
});
