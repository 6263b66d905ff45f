import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Knobs } from './types.js';

/** One server-sent event; `delta` marks events that carry model output. */
export interface SseEvent {
  event?: string;
  data: string;
  delta?: boolean;
}

/** What a route answers; `deliver` applies the timing and fault knobs to it. */
export type Reply =
  | { kind: 'json'; status: number; headers: Record<string, string>; body: unknown }
  | { kind: 'sse'; headers: Record<string, string>; events: SseEvent[] }
  | { kind: 'hang' };

/** Sends a reply, honouring latencyMs, chunkDelayMs, invalidJson and truncateAfterEvents. */
export async function deliver(
  res: ServerResponse,
  reply: Reply,
  knobs: Readonly<Knobs>,
  signal: AbortSignal,
): Promise<void> {
  if (reply.kind === 'hang') return;
  if (!(await pause(knobs.latencyMs, signal))) return;
  if (reply.kind === 'json') {
    const text = JSON.stringify(reply.body);
    const body = knobs.invalidJson ? text.slice(0, Math.ceil(text.length / 2)) : text;
    res.writeHead(reply.status, {
      ...reply.headers,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
    return;
  }
  await deliverStream(res, reply.events, reply.headers, knobs, signal);
}

async function deliverStream(
  res: ServerResponse,
  events: SseEvent[],
  headers: Record<string, string>,
  knobs: Readonly<Knobs>,
  signal: AbortSignal,
): Promise<void> {
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  res.flushHeaders();
  const broken = knobs.invalidJson
    ? Math.max(
        0,
        events.findIndex((e) => e.delta),
      )
    : -1;
  const limit =
    knobs.truncateAfterEvents === undefined
      ? events.length
      : Math.min(knobs.truncateAfterEvents, events.length - 1);
  for (const [i, event] of events.slice(0, limit).entries()) {
    if (i > 0 && !(await pause(knobs.chunkDelayMs, signal))) return;
    if (signal.aborted) return;
    const data = i === broken ? event.data.slice(0, Math.ceil(event.data.length / 2)) : event.data;
    await write(res, `${event.event ? `event: ${event.event}\n` : ''}data: ${data}\n\n`);
  }
  if (limit < events.length) res.destroy();
  else res.end();
}

function write(res: ServerResponse, chunk: string): Promise<void> {
  return new Promise((resolve) => res.write(chunk, () => resolve()));
}

/** Waits `ms`; false when the client went away meanwhile. */
async function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (ms > 0) {
    try {
      await sleep(ms, undefined, { signal });
    } catch {
      return false;
    }
  }
  return !signal.aborted;
}
