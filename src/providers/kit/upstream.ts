import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { PalisadeError } from '../../core/errors.js';

export interface UpstreamOptions {
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  /** Silence allowed between two chunks of a response body (a stream's idle limit). */
  streamIdleTimeoutMs: number;
  /** Attempts after the first, only before any byte reached the client. */
  retries: number;
  connections: number;
}

export interface UpstreamRequest {
  baseUrl: string;
  path: string;
  method?: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export interface UpstreamResponse {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: UpstreamBody;
}

// 529 is Anthropic's "overloaded"; see https://docs.anthropic.com/en/api/errors
const retryableStatus = new Set([500, 502, 503, 504, 529]);
const retryableErrors = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'UPSTREAM_CONNECT_TIMEOUT']);

/** The codes of the errors a timeout ends a request with, by what it was waiting for. */
const timeoutCode = {
  connect: 'UPSTREAM_CONNECT_TIMEOUT',
  headers: 'UPSTREAM_HEADERS_TIMEOUT',
  body: 'UPSTREAM_BODY_TIMEOUT',
} as const;
const timeoutCodes: ReadonlySet<string> = new Set(Object.values(timeoutCode));

/**
 * Keep-alive connection pools to provider origins (`node:http`/`node:https` agents, never the
 * global fetch). Sends a request, retrying connection failures and 5xx at most `retries` times with
 * jitter; a response that is returned has not been read yet, so nothing has reached the client
 * before the last retry.
 *
 * Why not undici's Pool (the other client DESIGN.md allows): measured with `npm run bench` in
 * alternating runs of both builds, it held 5 MB more at idle (its WebAssembly HTTP parser and the
 * engine that compiles it) and peaked 15-20 MB higher under load, for about 10% less CPU per call;
 * Node's own parser is already loaded for the server side.
 */
export class Upstream {
  readonly #agents = new Map<string, http.Agent>();
  /** Base URLs parsed once: a handful per process (one per provider, per BYOK base URL). */
  readonly #targets = new Map<string, URL>();

  constructor(private readonly options: UpstreamOptions) {}

  async send(request: UpstreamRequest): Promise<UpstreamResponse> {
    request.signal?.throwIfAborted();
    const target = this.#target(request.baseUrl);
    const path = target.pathname.replace(/\/$/, '') + request.path;
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= this.options.retries;
      let response: UpstreamResponse;
      try {
        response = await this.#exchange(target, path, request);
      } catch (error) {
        if (request.signal?.aborted) throw error;
        if (last || !retryableErrors.has(errorCode(error))) throw toUpstreamError(error);
        await backoff(attempt);
        continue;
      }
      if (last || !retryableStatus.has(response.statusCode)) return response;
      await response.body.dump();
      await backoff(attempt);
    }
  }

  async close(): Promise<void> {
    for (const agent of this.#agents.values()) agent.destroy();
    this.#agents.clear();
  }

  /**
   * One request, resolved at the response's headers. One socket timeout, re-armed as the request
   * moves on, bounds each wait: connecting, then the response's headers, then the silence between
   * two chunks of its body.
   */
  #exchange(target: URL, path: string, request: UpstreamRequest): Promise<UpstreamResponse> {
    const { options } = this;
    const { signal } = request;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const secure = target.protocol === 'https:';
    const headers =
      request.body === undefined
        ? request.headers
        : { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) };
    return new Promise((resolve, reject) => {
      let phase: keyof typeof timeoutCode = 'connect';
      let socket: Socket | undefined;
      let response: IncomingMessage | undefined;
      const onTimeout = (): void => {
        const error = Object.assign(new Error(`No answer from the provider in time (${phase}).`), {
          code: timeoutCode[phase],
        });
        if (response) response.destroy(error);
        else req.destroy(error);
      };
      const wait = (next: keyof typeof timeoutCode, ms: number): void => {
        phase = next;
        socket?.setTimeout(ms);
      };
      // The caller gave up (its client went away): the request, or the response being read, ends
      // here and its connection is closed. One listener on the signal, not `http.request`'s own
      // `signal` option, which also watches the request's stream end (~15 µs a call in a profile).
      const onAbort = (): void => {
        const error = abortError(signal as AbortSignal);
        response?.destroy(error);
        req.destroy(error);
      };
      const release = (): void => {
        socket?.removeListener('timeout', onTimeout);
        signal?.removeEventListener('abort', onAbort);
      };
      const req = (secure ? https : http).request(
        {
          protocol: target.protocol,
          hostname: target.hostname,
          port: target.port,
          path,
          method: request.method ?? 'POST',
          headers,
          agent: this.#agent(target.origin, secure),
        },
        (res) => {
          response = res;
          wait('body', options.streamIdleTimeoutMs);
          res.once('close', release);
          resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: new UpstreamBody(res) });
        },
      );
      req.once('socket', (s: Socket) => {
        socket = s;
        s.on('timeout', onTimeout);
        if (s.connecting) {
          wait('connect', options.connectTimeoutMs);
          s.once('connect', () => {
            if (phase === 'connect') wait('headers', options.headersTimeoutMs);
          });
        } else wait('headers', options.headersTimeoutMs);
      });
      req.once('error', (error) => {
        release();
        reject(error);
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      req.end(request.body);
    });
  }

  #target(baseUrl: string): URL {
    let target = this.#targets.get(baseUrl);
    if (!target) {
      target = new URL(baseUrl);
      if (this.#targets.size < 100) this.#targets.set(baseUrl, target);
    }
    return target;
  }

  #agent(origin: string, secure: boolean): http.Agent {
    let agent = this.#agents.get(origin);
    if (!agent) {
      const options: http.AgentOptions = {
        keepAlive: true,
        maxSockets: this.options.connections,
        // An idle connection is closed after 30 s (or sooner when the server's Keep-Alive header says so).
        timeout: 30_000,
        // The most recently used connection first: fewer stay warm, and a stale one is found sooner.
        scheduling: 'lifo',
      };
      agent = secure ? new https.Agent(options) : new http.Agent(options);
      this.#agents.set(origin, agent);
    }
    return agent;
  }
}

/** A provider response's body: read whole, dropped, or iterated chunk by chunk (a stream). */
export class UpstreamBody {
  constructor(private readonly stream: IncomingMessage) {}

  /**
   * The whole body. Events, not `for await`: its iterator and end-of-stream watcher were ~1% of
   * Palisade's busy time at concurrency 1.
   */
  text(): Promise<string> {
    const body = this.stream;
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      body.on('data', (chunk: Buffer) => chunks.push(chunk));
      body.once('end', () =>
        resolve((chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)).toString('utf8')),
      );
      body.once('error', reject);
      // Destroyed before its end (an abort, a timeout): 'error' comes first when there was one.
      body.once('close', () => {
        if (!body.readableEnded) reject(body.errored ?? new Error('The provider response was cut short.'));
      });
    });
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  /**
   * Reads and drops the body, so the connection can be reused; a body over `limit` bytes is cut
   * (its connection closed) instead. Never rejects: what it held is of no interest.
   */
  dump(limit = 128 * 1024): Promise<void> {
    const body = this.stream;
    if (body.readableEnded || body.destroyed) return Promise.resolve();
    return new Promise((done) => {
      let bytes = 0;
      body.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > limit) body.destroy();
      });
      body.once('close', () => done());
      body.on('error', () => {});
      body.resume();
    });
  }

  /** The body's chunks as they arrive; `destroyOnReturn: false` keeps the rest readable after a `break`. */
  iterator(options: { destroyOnReturn: boolean }): AsyncIterableIterator<Buffer> {
    return this.stream.iterator(options) as AsyncIterableIterator<Buffer>;
  }

  on(event: 'data', listener: (chunk: Buffer) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'data' | 'error', listener: (arg: Buffer & Error) => void): this {
    this.stream.on(event, listener);
    return this;
  }

  resume(): void {
    this.stream.resume();
  }

  destroy(): void {
    this.stream.destroy();
  }
}

/** What an aborted call fails with, as `http.request`'s own `signal` option makes it: an AbortError. */
function abortError(signal: AbortSignal): Error {
  return Object.assign(new Error('The operation was aborted.', { cause: signal.reason }), {
    name: 'AbortError',
    code: 'ABORT_ERR',
  });
}

function backoff(attempt: number): Promise<void> {
  const base = 100 * 2 ** attempt;
  return sleep(base / 2 + Math.random() * base);
}

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Maps a transport failure to a stable code. The original error's text may hold a URL or header
 * values, so it becomes the cause, never the message.
 */
export function toUpstreamError(error: unknown): PalisadeError {
  if (error instanceof PalisadeError) return error;
  const code = errorCode(error);
  if (timeoutCodes.has(code)) {
    return new PalisadeError('upstream_timeout', undefined, { cause: error });
  }
  return new PalisadeError('upstream_error', 'The model provider could not be reached.', { cause: error });
}
