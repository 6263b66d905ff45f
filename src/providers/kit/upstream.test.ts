import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PalisadeError } from '../../core/errors.js';
import { toUpstreamError, Upstream, type UpstreamOptions } from './upstream.js';

interface Hit {
  path: string;
  method: string;
  body: string;
  headers: IncomingMessage['headers'];
}

type Handler = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

let hits: Hit[] = [];
let handler: Handler = (_req, res) => res.end('ok');
const hanging = new Set<ServerResponse>();

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done((server.address() as AddressInfo).port));
  });
}

function recordingServer(): Server {
  return createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      hits.push({ path: req.url ?? '', method: req.method ?? '', body, headers: req.headers });
      handler(req, res, hits.length);
    });
  });
}

const server = recordingServer();
let baseUrl = '';
beforeAll(async () => {
  baseUrl = `http://127.0.0.1:${await listen(server)}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const upstreams: Upstream[] = [];
function upstream(patch: Partial<UpstreamOptions> = {}): Upstream {
  const created = new Upstream({
    connectTimeoutMs: 1_000,
    headersTimeoutMs: 2_000,
    streamIdleTimeoutMs: 2_000,
    retries: 2,
    connections: 4,
    ...patch,
  });
  upstreams.push(created);
  return created;
}
afterEach(async () => {
  for (const res of hanging) res.destroy();
  hanging.clear();
  await Promise.all(upstreams.splice(0).map((u) => u.close()));
  hits = [];
  handler = (_req, res) => res.end('ok');
});

const reply =
  (status: number, body = `{"status":${status}}`): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  };

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('Upstream.send', () => {
  it('posts the body and headers to the base URL path plus the request path', async () => {
    const response = await upstream().send({
      baseUrl: `${baseUrl}/`,
      path: '/chat/completions',
      headers: { authorization: 'Bearer sk-test', 'content-type': 'application/json' },
      body: '{"model":"m"}',
    });
    expect(response.statusCode).toBe(200);
    expect(await response.body.text()).toBe('ok');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ path: '/v1/chat/completions', method: 'POST', body: '{"model":"m"}' });
    expect(hits[0]?.headers.authorization).toBe('Bearer sk-test');
  });

  it('sends a GET when asked', async () => {
    await (await upstream().send({ baseUrl, path: '/models', method: 'GET', headers: {} })).body.dump();
    expect(hits.map((h) => [h.method, h.path])).toEqual([['GET', '/v1/models']]);
  });

  it.each([
    [500, 0],
    [500, 1],
    [502, 2],
    [503, 2],
    [504, 1],
    [529, 1],
  ])('retries a %i %i time(s), then returns it unread', async (status, retries) => {
    handler = reply(status);
    const response = await upstream({ retries }).send({ baseUrl, path: '/x', headers: {}, body: 'same' });
    expect(response.statusCode).toBe(status);
    expect(await response.body.text()).toBe(`{"status":${status}}`);
    expect(hits).toHaveLength(retries + 1);
    expect(hits.every((h) => h.body === 'same')).toBe(true);
  });

  it('returns the first success after a retried 5xx', async () => {
    handler = (req, res, attempt) => (attempt === 1 ? reply(503)(req, res, attempt) : res.end('fine'));
    const response = await upstream().send({ baseUrl, path: '/x', headers: {} });
    expect([response.statusCode, await response.body.text()]).toEqual([200, 'fine']);
    expect(hits).toHaveLength(2);
  });

  it.each([400, 401, 404, 413, 429])('does not retry a %i', async (status) => {
    handler = reply(status);
    const response = await upstream({ retries: 2 }).send({ baseUrl, path: '/x', headers: {} });
    expect(response.statusCode).toBe(status);
    expect(hits).toHaveLength(1);
  });

  it('turns a refused connection into upstream_error once retries are spent', async () => {
    const closed = recordingServer();
    const port = await listen(closed);
    await new Promise((done) => closed.close(done));
    const error = await failure(
      upstream({ retries: 1 }).send({ baseUrl: `http://127.0.0.1:${port}`, path: '/x', headers: {} }),
    );
    expect(error).toBeInstanceOf(PalisadeError);
    expect(error).toMatchObject({ code: 'upstream_error', status: 502 });
    expect((error as Error).message).not.toContain(String(port));
    expect(((error as Error).cause as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it('retries a refused connection (the provider comes up during the backoff)', async () => {
    const late = recordingServer();
    const port = await listen(late);
    await new Promise((done) => late.close(done));
    const sending = upstream({ retries: 2 }).send({
      baseUrl: `http://127.0.0.1:${port}`,
      path: '/x',
      headers: {},
    });
    // The first attempt is refused at once; the first backoff is at least 50 ms.
    await new Promise((done) => setTimeout(done, 15));
    await listen(late, port);
    try {
      const response = await sending;
      expect([response.statusCode, await response.body.text()]).toEqual([200, 'ok']);
    } finally {
      late.closeAllConnections();
      await new Promise((done) => late.close(done));
    }
  });

  it('turns a provider that sends no headers in time into upstream_timeout, without retrying', async () => {
    handler = (_req, res) => hanging.add(res);
    const started = Date.now();
    const error = await failure(
      upstream({ headersTimeoutMs: 100 }).send({ baseUrl, path: '/x', headers: {} }),
    );
    expect(error).toBeInstanceOf(PalisadeError);
    expect(error).toMatchObject({ code: 'upstream_timeout', status: 504 });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(hits).toHaveLength(1);
  });

  it('turns a body that goes silent into upstream_timeout mid-read', async () => {
    handler = (_req, res) => {
      hanging.add(res);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: first\n\n');
    };
    const response = await upstream({ streamIdleTimeoutMs: 100 }).send({ baseUrl, path: '/x', headers: {} });
    const chunks: string[] = [];
    const error = await failure(
      (async () => {
        for await (const chunk of response.body.iterator({ destroyOnReturn: true }))
          chunks.push(String(chunk));
      })(),
    );
    expect(chunks).toEqual(['data: first\n\n']);
    expect(toUpstreamError(error)).toMatchObject({ code: 'upstream_timeout', status: 504 });
  });

  it('reads a whole body, and rejects one cut short or gone silent instead of waiting forever', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"a":');
      setTimeout(() => res.end('1}'), 20);
    };
    const whole = await upstream().send({ baseUrl, path: '/x', headers: {} });
    expect(await whole.body.json()).toEqual({ a: 1 });

    // The connection drops after half of the promised bytes.
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"a":');
      setTimeout(() => res.destroy(), 20);
    };
    const cut = await upstream().send({ baseUrl, path: '/x', headers: {} });
    expect(toUpstreamError(await failure(cut.body.text()))).toMatchObject({ code: 'upstream_error' });

    handler = (_req, res) => {
      hanging.add(res);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"a":');
    };
    const silent = await upstream({ streamIdleTimeoutMs: 100 }).send({ baseUrl, path: '/x', headers: {} });
    expect(toUpstreamError(await failure(silent.body.text()))).toMatchObject({ code: 'upstream_timeout' });
  });

  it('keeps a connection alive across requests, and a dumped body frees it for the next', async () => {
    const client = upstream({ connections: 1 });
    const ports = new Set<number | undefined>();
    handler = (req, res) => {
      ports.add(req.socket.remotePort);
      res.end('x'.repeat(1000));
    };
    await (await client.send({ baseUrl, path: '/a', headers: {} })).body.dump();
    expect(await (await client.send({ baseUrl, path: '/b', headers: {} })).body.text()).toBe(
      'x'.repeat(1000),
    );
    await (await client.send({ baseUrl, path: '/c', headers: {}, body: 'z' })).body.text();
    expect(hits.map((h) => h.path)).toEqual(['/v1/a', '/v1/b', '/v1/c']);
    expect(ports.size).toBe(1);
  });

  it('does not reuse a kept-alive connection the server has closed (no retry needed)', async () => {
    const client = upstream({ retries: 0 });
    expect(await (await client.send({ baseUrl, path: '/a', headers: {} })).body.text()).toBe('ok');
    // The server drops every idle connection; the pooled one is now stale.
    server.closeIdleConnections();
    await new Promise((done) => setTimeout(done, 20));
    const response = await client.send({ baseUrl, path: '/b', headers: {}, body: 'again' });
    expect([response.statusCode, await response.body.text()]).toEqual([200, 'ok']);
    expect(hits.at(-1)).toMatchObject({ path: '/v1/b', body: 'again' });
  });

  it('propagates an abort: the request is cancelled and the caller sees the abort, not a provider error', async () => {
    const closed = new Promise<void>((done) => {
      handler = (_req, res) => {
        hanging.add(res);
        res.on('close', () => done());
      };
    });
    const controller = new AbortController();
    const sending = upstream().send({ baseUrl, path: '/x', headers: {}, signal: controller.signal });
    await expect.poll(() => hits.length).toBe(1);
    controller.abort();
    const error = await failure(sending);
    expect(error).not.toBeInstanceOf(PalisadeError);
    expect((error as Error).name).toBe('AbortError');
    await closed;
  });

  it('does not send at all with an already-aborted signal', async () => {
    const error = await failure(
      upstream().send({ baseUrl, path: '/x', headers: {}, signal: AbortSignal.abort() }),
    );
    expect(error).not.toBeInstanceOf(PalisadeError);
    expect(hits).toHaveLength(0);
  });
});
