import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listAudit, verifyAuditChain } from '../audit/audit.js';
import { Directory } from '../residency/directory.js';
import { RegionStores } from '../residency/region-stores.js';
import { openStore } from '../store/create-db.js';
import { type AiCallRecord, Recorder } from './record.js';

let regions: RegionStores;
let logLines: Array<Record<string, unknown>>;
const log = () =>
  pino(
    { level: 'error' },
    {
      write: (line: string) => {
        logLines.push(JSON.parse(line));
      },
    },
  );

beforeEach(async () => {
  logLines = [];
  regions = new RegionStores(
    new Map([
      ['us', await openStore(':memory:')],
      ['eu', await openStore(':memory:')],
    ]),
    new Directory(await openStore(':memory:', 'directory')),
  );
});
afterEach(() => regions.close());

function call(patch: Partial<AiCallRecord> = {}): AiCallRecord {
  return {
    workspaceId: 'ws_us',
    region: 'us',
    tokenId: 'tok_1',
    memberId: 'mem_1',
    endpoint: '/v1/chat/completions',
    provider: 'openai',
    model: 'gpt-5.4-mini',
    stream: false,
    outcome: 'ok',
    httpStatus: 200,
    usage: { inputTokens: 12, outputTokens: 3 },
    latencyMs: 42,
    warnings: [],
    findings: { EMAIL: 2, PERSON: 1 },
    policyVersion: 3,
    at: new Date('2025-03-01T10:00:00.000Z'),
    ...patch,
  };
}

const audit = (region: string, workspaceId: string) =>
  listAudit(regions.store(region).db, workspaceId, { limit: 100 }).then((page) => page.entries);

const metadataKeys = [
  'findings',
  'http_status',
  'input_tokens',
  'latency_ms',
  'member_id',
  'model',
  'outcome',
  'output_tokens',
  'policy_version',
  'provider',
  'stream',
  'warnings',
];

describe('Recorder', () => {
  it('writes nothing until flushed (or the interval passes)', async () => {
    const recorder = new Recorder(regions, log(), { intervalMs: 60_000, maxBatch: 500 });
    recorder.record(call());
    expect(await audit('us', 'ws_us')).toEqual([]);
    await recorder.flush();
    expect(await audit('us', 'ws_us')).toHaveLength(1);
  });

  it('writes each record to its own region, as an intact chain in call order', async () => {
    const recorder = new Recorder(regions, log(), { intervalMs: 60_000, maxBatch: 500 });
    recorder.record(call({ latencyMs: 1 }));
    recorder.record(call({ workspaceId: 'ws_eu', region: 'eu', tokenId: 'tok_eu' }));
    recorder.record(call({ latencyMs: 2 }));
    await recorder.flush();
    const us = await audit('us', 'ws_us');
    expect(us.map((e) => [e.seq, (e.after as { latency_ms: number }).latency_ms])).toEqual([
      [2, 2],
      [1, 1],
    ]);
    expect(await audit('eu', 'ws_eu')).toHaveLength(1);
    expect(await audit('us', 'ws_eu')).toEqual([]);
    expect(await audit('eu', 'ws_us')).toEqual([]);
    expect(await verifyAuditChain(regions.store('us').db, 'ws_us')).toBeNull();
    expect(await verifyAuditChain(regions.store('eu').db, 'ws_eu')).toBeNull();
  });

  it('stores the call’s metadata and nothing else', async () => {
    const recorder = new Recorder(regions, log());
    recorder.record(
      call({
        stream: true,
        outcome: 'incomplete',
        httpStatus: 200,
        warnings: [
          { type: 'model_substituted', parameter: 'model', detail: 'gpt-5.4-mini' },
          { type: 'parameter_adjusted' },
        ],
      }),
    );
    await recorder.flush();
    const [entry] = await audit('us', 'ws_us');
    expect(entry).toMatchObject({
      seq: 1,
      at: '2025-03-01T10:00:00.000Z',
      actor: { type: 'token', id: 'tok_1' },
      action: 'ai.call',
      target: '/v1/chat/completions',
      before: null,
    });
    expect(entry?.after).toEqual({
      member_id: 'mem_1',
      provider: 'openai',
      model: 'gpt-5.4-mini',
      stream: true,
      outcome: 'incomplete',
      http_status: 200,
      input_tokens: 12,
      output_tokens: 3,
      latency_ms: 42,
      // A warning's detail is a value (here a model name) and stays out of the log.
      warnings: ['model_substituted=model', 'parameter_adjusted'],
      findings: { EMAIL: 2, PERSON: 1 },
      policy_version: 3,
    });
    const rows = await regions.store('us').db.selectFrom('audit_log').select(['after', 'before']).execute();
    expect(rows).toHaveLength(1);
    expect(Object.keys(JSON.parse(rows[0]?.after ?? '{}')).sort()).toEqual(metadataKeys);
    expect(rows[0]?.before).toBeNull();
  });

  it.each([
    ['unknown usage', undefined, [null, null]],
    ['partly known usage', { inputTokens: 7, outputTokens: undefined }, [7, null]],
    ['zero usage', { inputTokens: 0, outputTokens: 0 }, [0, 0]],
  ])('keeps %s apart from zero', async (_, usage, expected) => {
    const recorder = new Recorder(regions, log());
    recorder.record(call({ usage }));
    await recorder.flush();
    const after = (await audit('us', 'ws_us'))[0]?.after as Record<string, unknown>;
    expect([after.input_tokens, after.output_tokens]).toEqual(expected);
  });

  it('records a refused call, made before any provider was chosen, with null provider and model', async () => {
    const recorder = new Recorder(regions, log());
    recorder.record(
      call({ provider: null, model: null, outcome: 'ai_disabled', httpStatus: 403, usage: undefined }),
    );
    await recorder.flush();
    const after = (await audit('us', 'ws_us'))[0]?.after as Record<string, unknown>;
    expect(after).toMatchObject({ provider: null, model: null, outcome: 'ai_disabled', http_status: 403 });
    expect(Object.keys(after).sort()).toEqual(metadataKeys);
  });

  it('writes a full batch without waiting for the interval', async () => {
    const recorder = new Recorder(regions, log(), { intervalMs: 60_000, maxBatch: 3 });
    for (let i = 0; i < 3; i++) recorder.record(call());
    await vi.waitFor(async () => expect(await audit('us', 'ws_us')).toHaveLength(3));
  });

  it('writes on its interval when the batch is not full', async () => {
    const recorder = new Recorder(regions, log(), { intervalMs: 5, maxBatch: 500 });
    recorder.record(call());
    await vi.waitFor(async () => expect(await audit('us', 'ws_us')).toHaveLength(1));
  });

  it('keeps the chain intact across flushes that overlap', async () => {
    const recorder = new Recorder(regions, log(), { intervalMs: 60_000, maxBatch: 500 });
    const flushes: Promise<void>[] = [];
    for (let i = 0; i < 5; i++) {
      recorder.record(call({ latencyMs: i }));
      flushes.push(recorder.flush());
    }
    await Promise.all(flushes);
    expect((await audit('us', 'ws_us')).map((e) => e.seq)).toEqual([5, 4, 3, 2, 1]);
    expect(await verifyAuditChain(regions.store('us').db, 'ws_us')).toBeNull();
  });

  it('logs a region it cannot write and still writes the others', async () => {
    const recorder = new Recorder(regions, log());
    recorder.record(call({ workspaceId: 'ws_ap', region: 'ap' }));
    recorder.record(call());
    await expect(recorder.flush()).resolves.toBeUndefined();
    expect(await audit('us', 'ws_us')).toHaveLength(1);
    expect(logLines).toHaveLength(1);
    expect(logLines[0]).toMatchObject({
      msg: 'AI-call records lost: no such region',
      region: 'ap',
      count: 1,
    });
    // A region this node does not serve is no reason to stop recording, here or there.
    expect(recorder.canRecord('us')).toBe(true);
    expect(recorder.canRecord('ap')).toBe(true);
  });

  it('a flush with nothing queued resolves', async () => {
    const recorder = new Recorder(regions, log());
    await expect(recorder.flush()).resolves.toBeUndefined();
    expect(await audit('us', 'ws_us')).toEqual([]);
  });

  describe('when a write fails', () => {
    /** Caps the region's database at the pages it has: the next write that needs one fails, as on a full disk. */
    const fillDisk = (region: string) =>
      regions.store(region).writeSqlite?.((sqlite) => {
        const pages = sqlite.pragma('page_count', { simple: true }) as number;
        sqlite.pragma(`max_page_count = ${pages}`);
      });
    const freeDisk = (region: string) =>
      regions.store(region).writeSqlite?.((sqlite) => sqlite.pragma('max_page_count = 1073741823'));
    /** A call whose kept prompt needs pages of its own. */
    const bigCall = (latencyMs: number) =>
      call({
        latencyMs,
        session: { retention: 30, trainingDataUse: false, content: { prompt: 'x'.repeat(20_000) } },
      });

    it('holds the records, refuses recording in that region only, and writes them in order once it can', async () => {
      const recorder = new Recorder(regions, log(), { intervalMs: 60_000, maxBatch: 500, retryMs: 20 });
      recorder.record(call({ latencyMs: 0 }));
      await recorder.flush();
      await fillDisk('us');
      for (let i = 1; i <= 3; i++) recorder.record(bigCall(i));
      recorder.record(call({ workspaceId: 'ws_eu', region: 'eu', tokenId: 'tok_eu' }));
      await recorder.flush();

      expect(recorder.canRecord('us')).toBe(false);
      expect(recorder.canRecord('eu')).toBe(true);
      expect(await audit('eu', 'ws_eu')).toHaveLength(1);
      expect(await audit('us', 'ws_us')).toHaveLength(1);
      expect(logLines).toContainEqual(
        expect.objectContaining({
          region: 'us',
          count: 3,
          err: expect.objectContaining({ code: 'SQLITE_FULL' }),
        }),
      );

      // Still full: the retries fail and the records stay held; a refusal recorded meanwhile joins them.
      recorder.record(
        call({ latencyMs: 4, outcome: 'audit_unavailable', httpStatus: 503, usage: undefined }),
      );
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(recorder.canRecord('us')).toBe(false);
      expect(await audit('us', 'ws_us')).toHaveLength(1);

      await freeDisk('us');
      await vi.waitFor(() => expect(recorder.canRecord('us')).toBe(true));
      const entries = await audit('us', 'ws_us');
      expect(entries.map((e) => (e.after as { latency_ms: number }).latency_ms)).toEqual([4, 3, 2, 1, 0]);
      expect(await verifyAuditChain(regions.store('us').db, 'ws_us')).toBeNull();
      const sessions = await regions.store('us').db.selectFrom('ai_sessions').select('prompt').execute();
      expect(sessions.filter((row) => row.prompt?.length === 20_000)).toHaveLength(3);
    });

    it('holds at most maxHeld records and logs how many were lost', async () => {
      const recorder = new Recorder(regions, log(), {
        intervalMs: 60_000,
        maxBatch: 500,
        retryMs: 20,
        maxHeld: 2,
      });
      await fillDisk('us');
      for (let i = 1; i <= 5; i++) recorder.record(bigCall(i));
      await recorder.flush();
      expect(logLines).toContainEqual(
        expect.objectContaining({ msg: 'AI-call records lost: too many held', region: 'us', count: 3 }),
      );
      await freeDisk('us');
      await vi.waitFor(() => expect(recorder.canRecord('us')).toBe(true));
      // The oldest are kept: they are the calls that were made; later ones were refused anyway.
      expect((await audit('us', 'ws_us')).map((e) => (e.after as { latency_ms: number }).latency_ms)).toEqual(
        [2, 1],
      );
    });

    it('tries once more on close and logs what is still held as lost', async () => {
      const recorder = new Recorder(regions, log(), { intervalMs: 60_000, maxBatch: 500, retryMs: 60_000 });
      await fillDisk('us');
      recorder.record(bigCall(1));
      await recorder.flush();
      recorder.record(bigCall(2));
      await recorder.close();
      expect(logLines.at(-1)).toMatchObject({
        msg: 'AI-call records lost: not written before shutdown',
        region: 'us',
        count: 2,
      });
      expect(await audit('us', 'ws_us')).toEqual([]);
    });

    it('writes what it holds on close when the store works again', async () => {
      const recorder = new Recorder(regions, log(), { intervalMs: 60_000, maxBatch: 500, retryMs: 60_000 });
      await fillDisk('us');
      recorder.record(bigCall(1));
      await recorder.flush();
      await freeDisk('us');
      await recorder.close();
      expect(await audit('us', 'ws_us')).toHaveLength(1);
    });
  });
});
