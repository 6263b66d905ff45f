import { setTimeout as sleep } from 'node:timers/promises';
import { type Dispatcher, Pool } from 'undici';
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

export type UpstreamResponse = Dispatcher.ResponseData;

// 529 is Anthropic's "overloaded"; see https://docs.anthropic.com/en/api/errors
const retryableStatus = new Set([500, 502, 503, 504, 529]);
const retryableErrors = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/**
 * Keep-alive connection pools to provider origins (undici Pool, never the global fetch). Sends a
 * request, retrying connection failures and 5xx at most `retries` times with jitter; a response that
 * is returned has not been read yet, so nothing has reached the client before the last retry.
 */
export class Upstream {
  readonly #pools = new Map<string, Pool>();

  constructor(private readonly options: UpstreamOptions) {}

  async send(request: UpstreamRequest): Promise<UpstreamResponse> {
    const url = new URL(request.baseUrl);
    const pool = this.pool(url.origin);
    const path = url.pathname.replace(/\/$/, '') + request.path;
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= this.options.retries;
      let response: UpstreamResponse;
      try {
        response = await pool.request({
          path,
          method: request.method ?? 'POST',
          headers: request.headers,
          body: request.body,
          signal: request.signal,
          headersTimeout: this.options.headersTimeoutMs,
          bodyTimeout: this.options.streamIdleTimeoutMs,
        });
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
    await Promise.all([...this.#pools.values()].map((pool) => pool.close()));
    this.#pools.clear();
  }

  private pool(origin: string): Pool {
    let pool = this.#pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: this.options.connections,
        connect: { timeout: this.options.connectTimeoutMs },
        keepAliveTimeout: 30_000,
        headersTimeout: this.options.headersTimeoutMs,
        bodyTimeout: this.options.streamIdleTimeoutMs,
      });
      this.#pools.set(origin, pool);
    }
    return pool;
  }
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
  if (
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    return new PalisadeError('upstream_timeout', undefined, { cause: error });
  }
  return new PalisadeError('upstream_error', 'The model provider could not be reached.', { cause: error });
}
