import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  exampleMasterKey,
  loadOrCreateMasterKeyFile,
  MasterKeyError,
  MasterKeyRing,
  parseMasterKeys,
} from './master-key-ring.js';

const a = randomBytes(32);
const b = randomBytes(32);
const a64 = a.toString('base64');
const b64 = b.toString('base64');

function refusal(load: () => unknown): MasterKeyError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(MasterKeyError);
    return error as MasterKeyError;
  }
  throw new Error('the master key was accepted');
}

describe('parseMasterKeys', () => {
  it('reads a single key as k1', () => {
    const ring = parseMasterKeys(`${a64}\n`);
    expect(ring.ids).toEqual(['k1']);
    expect(ring.current.id).toBe('k1');
    expect(ring.current.key.equals(a)).toBe(true);
  });

  it('reads a ring whose last entry is current', () => {
    const ring = parseMasterKeys(`old:${a64}, new_2:${b64}`);
    expect(ring.ids).toEqual(['old', 'new_2']);
    expect(ring.current.id).toBe('new_2');
    expect(ring.current.key.equals(b)).toBe(true);
    expect(ring.get('old')?.equals(a)).toBe(true);
    expect(ring.get('missing')).toBeUndefined();
  });

  it('hands out copies, so zeroing one does not empty the ring', () => {
    const ring = parseMasterKeys(a64);
    ring.current.key.fill(0);
    ring.get('k1')?.fill(0);
    expect(ring.get('k1')?.equals(a)).toBe(true);
  });

  const short = randomBytes(16).toString('base64');
  const long = randomBytes(33).toString('base64');
  const zeros = Buffer.alloc(32).toString('base64');
  const same = Buffer.alloc(32, 0xab).toString('base64');
  it.each([
    ['empty', '', /is empty.*openssl rand -base64 32/],
    ['blank', ' \n', /is empty/],
    ['bad base64', 'not*base64!', /not valid standard base64.*openssl/],
    ['bad base64 in a ring', `k1:${a64},k2:%%${b64}`, /key "k2" is not valid standard base64/],
    ['base64url', randomBytes(32).toString('base64url'), /not valid/],
    ['16 bytes', short, /16 bytes, not 32.*openssl/],
    ['33 bytes', long, /33 bytes, not 32/],
    ['all zero', zeros, /one byte repeated.*openssl/],
    ['all one byte', same, /one byte repeated/],
    ['documentation example', exampleMasterKey, /documentation example.*openssl/],
    ['example inside a ring', `k1:${a64},k2:${exampleMasterKey}`, /key "k2" is the public documentation/],
    ['duplicate ids', `k1:${a64},k1:${b64}`, /"k1" is used twice/],
    ['uppercase id', `K1:${a64}`, /entry 1 has an invalid id/],
    ['id too long', `${'x'.repeat(33)}:${a64}`, /entry 1 has an invalid id/],
    ['entry without id', `k1:${a64},${b64}`, /entry 2 is not "id:<base64>"/],
    ['trailing comma', `k1:${a64},`, /entry 2 is not "id:<base64>"/],
    ['two colons', `k1:${a64}:${b64}`, /entry 1 is not "id:<base64>"/],
  ])('refuses %s without echoing key material', (_name, value, message) => {
    const error = refusal(() => parseMasterKeys(value));
    expect(error.message).toMatch(message);
    for (const secret of [a64, b64, short, long, zeros, same, exampleMasterKey, value.trim()]) {
      if (secret !== '') expect(error.message).not.toContain(secret);
    }
    expect(error.message).not.toContain(a.toString('hex'));
  });

  it('names the source in messages', () => {
    expect(() => parseMasterKeys('', 'PALISADE_MASTER_KEY')).toThrow(/^PALISADE_MASTER_KEY is empty/);
  });

  it('shows a well-formed example', () => {
    expect(Buffer.from(exampleMasterKey, 'base64')).toHaveLength(32);
  });
});

describe('MasterKeyRing', () => {
  it('refuses an empty list and bad entries like the parser', () => {
    expect(() => new MasterKeyRing([])).toThrow(MasterKeyError);
    expect(() => new MasterKeyRing([{ id: 'k1', key: Buffer.alloc(32) }])).toThrow(/one byte repeated/);
  });

  it('prints, serialises and inspects as ids only', () => {
    const ring = new MasterKeyRing([
      { id: 'k1', key: a },
      { id: 'k2', key: b },
    ]);
    const outputs = [
      String(ring),
      `${ring}`,
      JSON.stringify(ring),
      JSON.stringify({ ring }),
      inspect(ring),
      inspect({ ring }, { showHidden: true, depth: Number.POSITIVE_INFINITY }),
    ];
    for (const output of outputs) {
      expect(output).toContain('k2');
      for (const key of [a, b]) {
        expect(output).not.toContain(key.toString('base64'));
        expect(output).not.toContain(key.toString('hex'));
        // How util.inspect prints a Buffer: `<Buffer 3f a0 ...>`.
        expect(output).not.toContain(inspect(key).slice(8, 19));
      }
    }
    expect(JSON.parse(JSON.stringify(ring))).toEqual({ ids: ['k1', 'k2'], current: 'k2' });
  });
});

describe('loadOrCreateMasterKeyFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'palisade-keys-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a 0600 key file in a new directory, then reads the same key back', () => {
    const dataDir = join(dir, 'data', 'nested');
    const first = loadOrCreateMasterKeyFile(dataDir);
    expect(first.created).toBe(true);
    expect(statSync(join(dataDir, 'master.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dataDir, 'master.key'), 'utf8')).toMatch(/^k1:[A-Za-z0-9+/]{43}=\n$/);

    const second = loadOrCreateMasterKeyFile(dataDir);
    expect(second.created).toBe(false);
    expect(second.ring.current.key.equals(first.ring.current.key)).toBe(true);
  });

  it('reads a ring written by the operator', () => {
    writeFileSync(join(dir, 'master.key'), `k1:${a64},k2:${b64}\n`, { mode: 0o600 });
    const { ring, created } = loadOrCreateMasterKeyFile(dir);
    expect(created).toBe(false);
    expect(ring.ids).toEqual(['k1', 'k2']);
  });

  it('refuses a file other users can read', () => {
    const path = join(dir, 'master.key');
    writeFileSync(path, `${a64}\n`);
    chmodSync(path, 0o644);
    const error = refusal(() => loadOrCreateMasterKeyFile(dir));
    expect(error.message).toMatch(/mode 644.*chmod 600/);
    expect(error.message).not.toContain(a64);
  });

  it('refuses an unsafe key in the file, naming the file', () => {
    const path = join(dir, 'master.key');
    writeFileSync(path, exampleMasterKey, { mode: 0o600 });
    expect(() => loadOrCreateMasterKeyFile(dir)).toThrow(
      `${path}: key "k1" is the public documentation example`,
    );
  });
});
