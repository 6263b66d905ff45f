import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { buildConfig } from '../../src/config/load.js';
import { createLogger } from '../../src/config/logger.js';
import type { ConfigFile } from '../../src/config/schema.js';
import { type FakeProvider, startFakeProvider } from '../../src/fake-provider/index.js';
import { type Palisade, type StartOptions, startPalisade } from '../../src/main.js';

export const operatorToken = 'op-test-QxV7mZ2kLw9RtY4pNs8BcD1fHj';
export const platformOpenAiKey = 'sk-platformOpenAiKey000000000000001';
export const platformAnthropicKey = 'sk-ant-platformAnthropicKey0000000001';

export interface Harness {
  palisade: Palisade;
  fake: FakeProvider;
  url: string;
  dataDir: string;
  /** Every log line Palisade wrote, at debug level. */
  logs: string[];
  api<T = unknown>(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown },
  ): Promise<ApiResponse<T>>;
  /** A workspace with an admin and a member token. */
  workspace(options?: {
    plan?: 'free' | 'team' | 'enterprise';
    provider?: 'openai' | 'anthropic';
  }): Promise<TestWorkspace>;
  close(): Promise<void>;
}

export interface ApiResponse<T> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export interface TestWorkspace {
  id: string;
  adminToken: string;
  memberToken: string;
}

/** A running Palisade (real HTTP, a real SQLite file or PostgreSQL) in front of the fake provider. */
export async function startHarness(
  options: {
    file?: ConfigFile;
    env?: Record<string, string>;
    databases?: Record<string, string>;
    detectors?: StartOptions['detectors'];
  } = {},
): Promise<Harness> {
  const fake = await startFakeProvider();
  const dataDir = mkdtempSync(join(tmpdir(), 'palisade-test-'));
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      callback();
    },
  });
  const providers = {
    openai: { base_url: fake.openaiBaseUrl },
    anthropic: { base_url: fake.anthropicBaseUrl },
  };
  const config = buildConfig(
    {
      regions: {
        us: { providers, database: options.databases?.us },
        eu: { providers, database: options.databases?.eu },
      },
      ...options.file,
    },
    {
      PALISADE_DATA_DIR: dataDir,
      PALISADE_PORT: '0',
      PALISADE_OPERATOR_TOKEN: operatorToken,
      PALISADE_OPENAI_API_KEY: platformOpenAiKey,
      PALISADE_ANTHROPIC_API_KEY: platformAnthropicKey,
      ...options.env,
    },
  );
  const palisade = await startPalisade(config, {
    logger: createLogger('debug', sink),
    detectors: options.detectors,
  });
  const url = palisade.url;

  const api: Harness['api'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { authorization: `Bearer ${opts.token ?? operatorToken}` };
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(url + path, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
    const text = await response.text();
    return {
      status: response.status,
      text,
      body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined,
      headers: response.headers,
    };
  };

  return {
    palisade,
    fake,
    url,
    dataDir,
    logs,
    api,
    async workspace(opts = {}) {
      const created = await api<{ id: string }>('POST', '/api/workspaces', {
        body: { name: 'Acme', plan: opts.plan ?? 'team', region: 'us' },
      });
      if (created.status !== 201) throw new Error(`workspace: ${created.status} ${created.text}`);
      const id = created.body.id;
      const token = async (role: string) => {
        const res = await api<{ token: string }>('POST', `/api/workspaces/${id}/tokens`, {
          body: { name: role, role },
        });
        if (res.status !== 201) throw new Error(`token: ${res.status} ${res.text}`);
        return res.body.token;
      };
      if (opts.provider && opts.provider !== 'openai') {
        const patched = await api('PATCH', `/api/workspaces/${id}/ai-settings`, {
          body: { model_provider: opts.provider },
        });
        if (patched.status !== 200) throw new Error(`settings: ${patched.status} ${patched.text}`);
      }
      return { id, adminToken: await token('admin'), memberToken: await token('member') };
    },
    async close() {
      await palisade.close();
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
