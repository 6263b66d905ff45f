import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import OpenAI from 'openai';
import { afterAll, describe, expect, it } from 'vitest';

// Follows the README quickstart with the built CLI: fake provider, `palisade serve` on SQLite with
// a generated operator token, a workspace, a token, a streamed answer, then AI switched off.
const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/bin/main.js');
const children: ChildProcess[] = [];
const dir = mkdtempSync(join(tmpdir(), 'palisade-cli-'));

afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function run(
  args: string[],
  env: Record<string, string>,
  waitFor: RegExp,
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, cwd: dir });
  children.push(child);
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`timed out waiting for ${waitFor}; output:\n${output}`)),
      15_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (waitFor.test(output)) {
        clearTimeout(timer);
        done({ child, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`exited ${code}:\n${output}`)));
  });
}

describe('README quickstart through the CLI', () => {
  it('gets from nothing to a streamed answer and an ai_disabled refusal', async () => {
    const fakePort = await freePort();
    const port = await freePort();
    await run(['fake-provider', '--port', String(fakePort)], {}, /127\.0\.0\.1/);
    const example = readFileSync(join(root, 'examples/fake-provider.yaml'), 'utf8').replaceAll(
      '4748',
      String(fakePort),
    );
    writeFileSync(join(dir, 'config.yaml'), example);
    const env = {
      PALISADE_CONFIG: join(dir, 'config.yaml'),
      PALISADE_PORT: String(port),
      PALISADE_DATA_DIR: join(dir, 'data'),
      PALISADE_OPERATOR_TOKEN: '',
      PALISADE_OPENAI_API_KEY: 'sk-quickstart000000000000000000',
      PALISADE_ANTHROPIC_API_KEY: 'sk-ant-quickstart0000000000000000',
    };
    const serve = await run(['serve'], env, /keep a backup/);
    const op = serve.output().match(/^\s+(pal_\w+)$/m)?.[1];
    expect(op, serve.output()).toBeDefined();
    expect(serve.output()).toContain(`http://127.0.0.1:${port}`);
    // No PALISADE_MASTER_KEY: one is generated, owner-only, and the operator is told loudly.
    expect(serve.output()).toContain('WARNING: no PALISADE_MASTER_KEY');
    expect(statSync(join(dir, 'data', 'master.key')).mode & 0o777).toBe(0o600);
    const base = `http://127.0.0.1:${port}`;
    const post = async (path: string, token: string, body: unknown, method = 'POST') => {
      const res = await fetch(base + path, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, string> };
    };
    const ws = await post('/api/workspaces', op as string, { name: 'Acme', plan: 'team', region: 'us' });
    expect(ws.status).toBe(201);
    const token = (
      await post(`/api/workspaces/${ws.body.id}/tokens`, op as string, {
        name: 'notebook-app',
        role: 'admin',
      })
    ).body.token as string;

    const client = new OpenAI({ apiKey: token, baseURL: `${base}/v1`, maxRetries: 0 });
    const stream = await client.chat.completions.create({
      model: 'gpt-5.4-mini',
      stream: true,
      messages: [{ role: 'user', content: 'Hello through Palisade' }],
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toContain('Hello through Palisade');

    expect(
      (await post(`/api/workspaces/${ws.body.id}/ai-settings`, token, { ai_enabled: false }, 'PATCH')).status,
    ).toBe(200);
    const refused = await post('/v1/chat/completions', token, {
      model: 'gpt-5.4-mini',
      messages: [{ role: 'user', content: 'Hello?' }],
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'ai_disabled' });

    // A restart does not print the token again, and the stored one still works.
    serve.child.kill('SIGTERM');
    await new Promise((done) => serve.child.once('exit', done));
    const again = await run(['serve'], env, /listening on/);
    await new Promise((done) => setTimeout(done, 100));
    expect(again.output()).not.toContain(op);
    expect(
      (await fetch(`${base}/api/workspaces/${ws.body.id}`, { headers: { authorization: `Bearer ${op}` } }))
        .status,
    ).toBe(200);
  });
});
