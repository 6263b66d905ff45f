import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { checkEntry, checkId, decodeKey, generate, MasterKeyError, ringFormat } from './master-key-rules.js';

export { exampleMasterKey, MasterKeyError } from './master-key-rules.js';

export interface MasterKeyEntry {
  readonly id: string;
  readonly key: Buffer;
}

/**
 * Named 32-byte master keys, oldest first; the last one is current and wraps new secrets, the older
 * ones only unwrap what they wrapped until it is re-wrapped. Keys are handed out as copies, and the
 * ring prints, serialises and inspects as its ids only.
 */
export class MasterKeyRing {
  readonly #keys = new Map<string, Buffer>();
  readonly #current: MasterKeyEntry;

  /** @param source names where the keys came from in error messages (an env var, a file path). */
  constructor(entries: readonly MasterKeyEntry[], source = 'The master key ring') {
    let current: MasterKeyEntry | undefined;
    for (const [index, { id, key }] of entries.entries()) {
      checkEntry(id, key, index, source);
      if (this.#keys.has(id)) {
        throw new MasterKeyError(`${source}: the id "${id}" is used twice; give each key its own id.`);
      }
      current = { id, key: Buffer.from(key) };
      this.#keys.set(id, current.key);
    }
    if (!current) throw new MasterKeyError(`${source} holds no key. ${generate}`);
    this.#current = current;
  }

  /** The key that wraps new secrets: the last entry. The Buffer is a copy; zero it when done. */
  get current(): { id: string; key: Buffer } {
    return { id: this.#current.id, key: Buffer.from(this.#current.key) };
  }

  /** A copy of the key with this id, or undefined. */
  get(id: string): Buffer | undefined {
    const key = this.#keys.get(id);
    return key && Buffer.from(key);
  }

  /** The ids, oldest first; the last is current. */
  get ids(): string[] {
    return [...this.#keys.keys()];
  }

  toString(): string {
    return `MasterKeyRing(${this.ids.join(', ')}; current ${this.#current.id})`;
  }

  toJSON(): { ids: string[]; current: string } {
    return { ids: this.ids, current: this.#current.id };
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

/**
 * Parses a master key setting: one base64 32-byte key (id `k1`), or a ring `id:base64,...` whose
 * last entry is the current key.
 * @example parseMasterKeys(process.env.PALISADE_MASTER_KEY ?? '', 'PALISADE_MASTER_KEY')
 */
export function parseMasterKeys(value: string, source = 'The master key'): MasterKeyRing {
  const text = value.trim();
  if (text === '') throw new MasterKeyError(`${source} is empty. ${generate} ${ringFormat}`);
  if (!/[,:]/.test(text))
    return new MasterKeyRing([{ id: 'k1', key: decodeKey(text, 'k1', source) }], source);
  const entries = text.split(',').map((part, index) => {
    const [id = '', encoded, ...rest] = part.trim().split(':');
    if (encoded === undefined || rest.length > 0) {
      throw new MasterKeyError(`${source}: entry ${index + 1} is not "id:<base64>". ${ringFormat}`);
    }
    checkId(id, index, source);
    return { id, key: decodeKey(encoded, id, source) };
  });
  return new MasterKeyRing(entries, source);
}

/**
 * Reads the master key ring from `<dataDir>/master.key` (the `parseMasterKeys` format), or, when
 * there is none, creates the directory and writes one fresh random key `k1` there with mode 0600.
 * A file that other users may read or write is refused.
 * @example const { ring, created } = loadOrCreateMasterKeyFile(config.dataDir);
 */
export function loadOrCreateMasterKeyFile(dataDir: string): { ring: MasterKeyRing; created: boolean } {
  const path = join(dataDir, 'master.key');
  const content = `k1:${randomBytes(32).toString('base64')}\n`;
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    // `wx` fails if the file exists, so two processes starting at once never overwrite each other's key.
    writeFileSync(path, content, { mode: 0o600, flag: 'wx' });
    return { ring: parseMasterKeys(content, path), created: true };
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw unusable(path, error);
  }
  return { ring: readKeyFile(path), created: false };
}

function readKeyFile(path: string): MasterKeyRing {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw unusable(path, error);
  }
  try {
    const mode = fstatSync(fd).mode & 0o777;
    // POSIX permission bits do not exist on Windows, where Node reports a synthetic mode.
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      throw new MasterKeyError(
        `${path} is open to other users (mode ${mode.toString(8)}); run \`chmod 600 ${path}\` and restart.`,
      );
    }
    return parseMasterKeys(readFileSync(fd, 'utf8'), path);
  } finally {
    closeSync(fd);
  }
}

function unusable(path: string, error: unknown): Error {
  if (error instanceof MasterKeyError) return error;
  return new MasterKeyError(
    `Cannot use ${path} (${errorCode(error) ?? 'unknown error'}); make its directory usable by Palisade, or set PALISADE_MASTER_KEY.`,
  );
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
