import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTrainingData, type TrainingExportManifest } from '../../src/sessions/training-export.js';
import { type Harness, startHarness, type TestWorkspace } from '../support/harness.js';

const cli = resolve(import.meta.dirname, '../../dist/bin/main.js');
let h: Harness;
let consenting: TestWorkspace;
let other: TestWorkspace;
let refusing: TestWorkspace;
let enterprise: TestWorkspace;

const ask = (ws: TestWorkspace, content: string) =>
  new OpenAI({ apiKey: ws.memberToken, baseURL: `${h.url}/v1`, maxRetries: 0 }).chat.completions.create({
    model: 'gpt-5.4-mini',
    messages: [{ role: 'user', content }],
  });
const stores = () => [{ region: 'us', store: h.palisade.regions.store('us') }];
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as { workspace_id: string; prompt: { messages: Array<{ content: string }> } },
    );
const setConsent = (ws: TestWorkspace, training_data_use: boolean) =>
  h.api('PATCH', `/api/workspaces/${ws.id}/ai-settings`, {
    token: ws.adminToken,
    body: { training_data_use },
  });
let n = 0;
const outFile = () => join(h.dataDir, `training-${n++}.jsonl`);

beforeAll(async () => {
  h = await startHarness();
  consenting = await h.workspace({ plan: 'team' });
  other = await h.workspace({ plan: 'free' });
  refusing = await h.workspace({ plan: 'team' });
  enterprise = await h.workspace({ plan: 'enterprise' });
  await setConsent(refusing, false);
  // Enterprise keeps no content by default; consenting to training alone captures nothing.
  await setConsent(enterprise, true);
  for (const ws of [consenting, other, refusing, enterprise]) await ask(ws, `question from ${ws.id}`);
  await ask(consenting, 'mail jo.bloggs@kestrel-freight.co.uk');
  await h.palisade.recorder.flush();
});
afterAll(() => h.close());

describe('training export', () => {
  it('holds only sessions captured with consent from workspaces that still consent, with a manifest', async () => {
    const out = outFile();
    const manifest = await exportTrainingData(stores(), out);
    const rows = lines(out);
    expect(new Set(rows.map((r) => r.workspace_id))).toEqual(new Set([consenting.id, other.id]));
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).toContain('mail <EMAIL_1>');
    expect(JSON.stringify(rows)).not.toContain('kestrel-freight');
    expect(manifest.counts).toEqual({ sessions: 3, workspaces: 2 });
    expect(manifest.sha256).toBe(createHash('sha256').update(readFileSync(out)).digest('hex'));
    expect(
      manifest.time_range.from &&
        manifest.time_range.to &&
        manifest.time_range.from <= manifest.time_range.to,
    ).toBe(true);
    expect(manifest.consent_snapshot.map((c) => c.workspace_id).sort()).toEqual(
      [consenting.id, other.id].sort(),
    );
    expect(JSON.parse(readFileSync(`${out}.manifest.json`, 'utf8'))).toEqual(manifest);
    const audit = await h.api<{ data: Array<{ action: string; after: { sessions: number } }> }>(
      'GET',
      `/api/workspaces/${consenting.id}/audit?limit=200`,
    );
    expect(audit.body.data.find((e) => e.action === 'training.exported')?.after.sessions).toBe(2);
  });

  it('leaves out a workspace that opts out while the export runs', async () => {
    const out = outFile();
    let raced = false;
    const manifest: TrainingExportManifest = await exportTrainingData(stores(), out, {
      afterWrite: async () => {
        if (raced) return;
        raced = true;
        expect((await setConsent(other, false)).status).toBe(200);
      },
    });
    expect(raced).toBe(true);
    expect(manifest.withdrawn_during_export).toEqual([other.id]);
    expect(new Set(lines(out).map((r) => r.workspace_id))).toEqual(new Set([consenting.id]));
    expect(manifest.counts).toEqual({ sessions: 2, workspaces: 1 });
  });

  it('withdraws earlier sessions when a workspace opts out, even if it opts in again, audited', async () => {
    expect((await setConsent(consenting, false)).status).toBe(200);
    expect((await setConsent(consenting, true)).status).toBe(200);
    const manifest = await exportTrainingData(stores(), outFile());
    expect(manifest.counts.sessions).toBe(0);
    const audit = await h.api<{ data: Array<{ action: string; after: Record<string, unknown> }> }>(
      'GET',
      `/api/workspaces/${consenting.id}/audit?limit=200`,
    );
    const actions = audit.body.data.map((e) => e.action);
    expect(actions).toContain('training_consent.granted');
    expect(audit.body.data.find((e) => e.action === 'training_consent.withdrawn')?.after).toEqual({
      training_data_use: false,
      sessions_withdrawn: 2,
    });
    // Sessions captured after opting in again are exportable.
    await ask(consenting, 'after opting in again');
    await h.palisade.recorder.flush();
    expect((await exportTrainingData(stores(), outFile())).counts.sessions).toBe(1);
  });

  it('runs as `palisade training export`, showing progress and where the files are', async () => {
    const out = outFile();
    const child = spawn(process.execPath, [cli, 'training', 'export', '--out', out], {
      env: { ...process.env, PALISADE_DATA_DIR: h.dataDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(stdout).toContain(`to ${out}`);
    expect(stdout).toContain('.manifest.json (sha256 ');
    expect(stderr).toMatch(/us: \d+ workspace\(s\), \d+ session\(s\) exported/);
    expect(lines(out).every((r) => r.workspace_id === consenting.id)).toBe(true);
    const usage = spawn(process.execPath, [cli, 'training', 'export']);
    expect((await once(usage, 'exit'))[0]).toBe(2);
  });
});
