import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSecret } from '../../src/keys/envelope.js';
import { parseMasterKeys } from '../../src/keys/master-key-ring.js';
import { sealedOf } from '../../src/keys/rotate-master.js';
import type { ProviderKeyTable } from '../../src/store/database.js';
import { type Harness, startHarness } from '../support/harness.js';

const cli = resolve(import.meta.dirname, '../../dist/bin/main.js');
const oldKey = `old:${randomBytes(32).toString('base64')}`;
const newKey = `new:${randomBytes(32).toString('base64')}`;
const plaintexts = new Map<string, string>();
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ env: { PALISADE_MASTER_KEY: oldKey } });
  for (let i = 0; i < 6; i++) {
    const ws = await h.workspace({ plan: 'enterprise' });
    for (const provider of ['openai', 'anthropic'] as const) {
      const apiKey = `${provider === 'openai' ? 'sk-proj-' : 'sk-ant-'}${randomBytes(12).toString('hex')}`;
      const res = await h.api('POST', `/api/workspaces/${ws.id}/provider-keys`, {
        token: ws.adminToken,
        body: { provider, api_key: apiKey },
      });
      expect(res.status).toBe(201);
      plaintexts.set(`${ws.id}/${provider}`, apiKey);
    }
  }
});
afterAll(() => h.close());

function rows(): ProviderKeyTable[] {
  const db = new Database(join(h.dataDir, 'us.sqlite'), { readonly: true });
  const all = db.prepare('select * from provider_keys').all() as ProviderKeyTable[];
  db.close();
  return all;
}

function openAll(ringText: string): string[] {
  const ring = parseMasterKeys(ringText);
  return rows().map((row) => {
    const plain = openSecret(ring, sealedOf(row), {
      workspaceId: row.workspace_id,
      provider: row.provider,
      keyId: row.id,
    });
    expect(plain).toBe(plaintexts.get(`${row.workspace_id}/${row.provider}`));
    return row.master_key_id;
  });
}

function rotate(killAfterMs?: number): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [cli, 'keys', 'rotate-master', '--pause-ms', '15'], {
    env: {
      ...process.env,
      PALISADE_MASTER_KEY: `${oldKey},${newKey}`,
      PALISADE_DATA_DIR: h.dataDir,
      PALISADE_CONFIG: '',
    },
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
    if (killAfterMs !== undefined && output.includes('Re-wrapping')) {
      setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      killAfterMs = undefined;
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((done) => child.once('exit', (code) => done({ code, output })));
}

describe('palisade keys rotate-master', () => {
  it('survives being killed at random points and finishes on the next run', async () => {
    expect(rows()).toHaveLength(12);
    let sawMixed = false;
    // Kill at growing, jittered delays until one lands mid-rotation (a slow machine needs more).
    for (let attempt = 0; attempt < 8 && !sawMixed; attempt++) {
      await rotate(15 + attempt * 20 + Math.floor(Math.random() * 15));
      // After any kill, every row opens with the combined ring (openAll throws otherwise): none is half-rotated.
      const ids = openAll(`${oldKey},${newKey}`);
      sawMixed = ids.includes('old') && ids.includes('new');
    }
    expect(sawMixed, 'a kill landed in the middle of a rotation').toBe(true);
    const last = await rotate();
    expect(last.code, last.output).toBe(0);
    expect(last.output).toContain('every key is now under "new"');
    expect(last.output).toContain('You can now remove "old"');
    expect(last.output).toMatch(/\d+\/\d+ keys/);
    // Retire the old master key: every key still opens, and nothing opens without the new one.
    expect(openAll(newKey).every((id) => id === 'new')).toBe(true);
    expect(() => openAll(oldKey)).toThrow();
  });
});
