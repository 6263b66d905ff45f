import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { openSecret, rewrapSecret, type SealedSecret, sealSecret, UndecryptableError } from './envelope.js';
import { MasterKeyRing } from './master-key-ring.js';

// Records the buffers randomBytes hands out, to check that the data key is zeroed after use.
const drawn = vi.hoisted(() => [] as Buffer[]);
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  const randomBytes = (size: number) => {
    const bytes = actual.randomBytes(size);
    drawn.push(bytes);
    return bytes;
  };
  return { ...actual, randomBytes };
});

const oldKey = randomBytes(32);
const newKey = randomBytes(32);
const ring = new MasterKeyRing([{ id: 'k1', key: oldKey }]);
const aad = { workspaceId: 'ws_1', provider: 'openai', keyId: 'pk_1' };
const secret = 'sk-proj-Abc123Def456Ghi789Jkl0';

function expectUndecryptable(open: () => unknown): void {
  try {
    open();
  } catch (error) {
    expect(error).toBeInstanceOf(UndecryptableError);
    expect((error as Error).message).toBe('The secret could not be decrypted.');
    expect((error as Error).cause).toBeUndefined();
    return;
  }
  throw new Error('the secret opened');
}

function flipBit(base64: string, index: number): string {
  const bytes = Buffer.from(base64, 'base64');
  const at = (index + bytes.length) % bytes.length;
  bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
  return bytes.toString('base64');
}

describe('sealSecret and openSecret', () => {
  it.each(['', 'x', secret, 'ключ-🔑-鍵'.repeat(50)])('round-trips %j', (plaintext) => {
    expect(openSecret(ring, sealSecret(ring, plaintext, aad), aad)).toBe(plaintext);
  });

  it('stores base64 fields of the expected sizes under the current key', () => {
    const sealed = sealSecret(ring, secret, aad);
    expect(sealed.masterKeyId).toBe('k1');
    const size = (field: string) => Buffer.from(field, 'base64').length;
    expect([size(sealed.nonce), size(sealed.wrapNonce), size(sealed.wrappedKey)]).toEqual([12, 12, 48]);
    expect(size(sealed.ciphertext)).toBe(secret.length + 16);
    expect(JSON.stringify(sealed)).not.toContain(secret);
  });

  it('uses a fresh data key and nonces every time', () => {
    const first = sealSecret(ring, secret, aad);
    const second = sealSecret(ring, secret, aad);
    for (const field of ['wrappedKey', 'wrapNonce', 'ciphertext', 'nonce'] as const) {
      expect(second[field]).not.toBe(first[field]);
    }
  });

  it('zeroes the data key once sealed', () => {
    drawn.length = 0;
    sealSecret(ring, secret, aad);
    const dataKey = drawn.find((bytes) => bytes.length === 32);
    expect(dataKey?.equals(Buffer.alloc(32))).toBe(true);
  });
});

describe('openSecret refuses', () => {
  const sealed = sealSecret(ring, secret, aad);

  it.each(['workspaceId', 'provider', 'keyId'] as const)('another %s', (field) => {
    expectUndecryptable(() => openSecret(ring, sealed, { ...aad, [field]: `${aad[field]}x` }));
  });

  it('a binding that only differs in where the fields split', () => {
    const joined = sealSecret(ring, secret, { workspaceId: 'ws|openai', provider: '', keyId: 'pk_1' });
    expectUndecryptable(() =>
      openSecret(ring, joined, { workspaceId: 'ws', provider: '|openai', keyId: 'pk_1' }),
    );
  });

  it.each([
    ['wrappedKey', 0],
    ['wrappedKey', -1],
    ['wrapNonce', 0],
    ['wrapNonce', -1],
    ['ciphertext', 0],
    ['ciphertext', -1],
    ['nonce', 0],
    ['nonce', -1],
  ] as const)('a flipped bit in %s at byte %i', (field, index) => {
    expectUndecryptable(() => openSecret(ring, { ...sealed, [field]: flipBit(sealed[field], index) }, aad));
  });

  it.each(['wrappedKey', 'wrapNonce', 'ciphertext', 'nonce'] as const)('a truncated %s', (field) => {
    const bytes = Buffer.from(sealed[field], 'base64');
    const truncated = bytes.subarray(0, bytes.length - 1).toString('base64');
    expectUndecryptable(() => openSecret(ring, { ...sealed, [field]: truncated }, aad));
  });

  it('a master key id that names another key of the ring', () => {
    const two = new MasterKeyRing([
      { id: 'k1', key: oldKey },
      { id: 'k2', key: newKey },
    ]);
    expect(openSecret(two, sealed, aad)).toBe(secret);
    expectUndecryptable(() => openSecret(two, { ...sealed, masterKeyId: 'k2' }, aad));
  });

  it('a master key id relabelled onto the same key bytes', () => {
    const relabelled = new MasterKeyRing([
      { id: 'k1', key: oldKey },
      { id: 'k1b', key: oldKey },
    ]);
    expectUndecryptable(() => openSecret(relabelled, { ...sealed, masterKeyId: 'k1b' }, aad));
  });

  it('an unknown master key id', () => {
    expectUndecryptable(() => openSecret(ring, { ...sealed, masterKeyId: 'k9' }, aad));
    expectUndecryptable(() => openSecret(new MasterKeyRing([{ id: 'k1', key: newKey }]), sealed, aad));
  });

  it('base64 that is not canonical, though Node would decode it to the same bytes', () => {
    const padded = sealSecret(ring, 'x', aad); // 17 bytes: the last character carries 2 unused bits
    const last = padded.ciphertext.length - 2;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const twin = alphabet[alphabet.indexOf(padded.ciphertext.charAt(last)) ^ 1];
    const ciphertext = `${padded.ciphertext.slice(0, last)}${twin}=`;
    expect(Buffer.from(ciphertext, 'base64').equals(Buffer.from(padded.ciphertext, 'base64'))).toBe(true);
    expectUndecryptable(() => openSecret(ring, { ...padded, ciphertext }, aad));
  });

  it('missing fields, as from a null column', () => {
    const broken = { ...sealed, wrapNonce: null } as unknown as SealedSecret;
    expectUndecryptable(() => openSecret(ring, broken, aad));
  });
});

describe('rewrapSecret', () => {
  const rotated = new MasterKeyRing([
    { id: 'k1', key: oldKey },
    { id: 'k2', key: newKey },
  ]);
  const newOnly = new MasterKeyRing([{ id: 'k2', key: newKey }]);

  it('moves the data key under the current master key and leaves the ciphertext alone', () => {
    const sealed = sealSecret(ring, secret, aad);
    const rewrapped = rewrapSecret(rotated, sealed, aad);
    expect(rewrapped.masterKeyId).toBe('k2');
    expect(rewrapped.ciphertext).toBe(sealed.ciphertext);
    expect(rewrapped.nonce).toBe(sealed.nonce);
    expect(rewrapped.wrappedKey).not.toBe(sealed.wrappedKey);
    expect(openSecret(rotated, rewrapped, aad)).toBe(secret);
    expect(openSecret(newOnly, rewrapped, aad)).toBe(secret);
    expectUndecryptable(() => openSecret(ring, rewrapped, aad));
  });

  it('returns a secret already under the current key as it is', () => {
    const sealed = sealSecret(rotated, secret, aad);
    expect(rewrapSecret(rotated, sealed, aad)).toBe(sealed);
  });

  it('refuses what it cannot open', () => {
    const sealed = sealSecret(ring, secret, aad);
    expectUndecryptable(() => rewrapSecret(rotated, sealed, { ...aad, keyId: 'pk_2' }));
    expectUndecryptable(() => rewrapSecret(newOnly, sealed, aad));
    expectUndecryptable(() =>
      rewrapSecret(rotated, { ...sealed, wrappedKey: flipBit(sealed.wrappedKey, 3) }, aad),
    );
  });
});
