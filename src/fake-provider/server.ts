import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { anthropicRoute } from './anthropic.js';
import { controlRoute } from './control.js';
import { deliver, type Reply } from './deliver.js';
import { parseJson } from './json.js';
import { defaultKnobs, type KnobState } from './knobs.js';
import { openAiRoute } from './openai.js';
import type { RecordedRequest } from './types.js';

/** The plain node:http server behind `startFakeProvider`. */
export function createFakeServer(knobs: KnobState, requests: RecordedRequest[]): Server {
  return createServer((req, res) => {
    handle(req, res, knobs, requests).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('fake provider failure');
    });
  });
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  knobs: KnobState,
  requests: RecordedRequest[],
): Promise<void> {
  const recorded = await record(req);
  const aborted = new AbortController();
  res.on('close', () => {
    // The client went away before the whole answer was sent (Palisade aborting an upstream call).
    if (!res.writableFinished) recorded.closedEarly = true;
    aborted.abort();
  });
  if (recorded.path.startsWith('/_fake/')) {
    return deliver(res, controlRoute(recorded, knobs, requests), defaultKnobs, aborted.signal);
  }
  requests.push(recorded);
  const reply: Reply = knobs.current.hang ? { kind: 'hang' } : providerRoute(recorded, knobs);
  await deliver(res, reply, knobs.current, aborted.signal);
}

/** Anthropic for `/v1/messages` and for requests carrying `anthropic-version` or `x-api-key`; OpenAI otherwise. */
function providerRoute(req: RecordedRequest, knobs: KnobState): Reply {
  if (req.path === '/v1/chat/completions') return openAiRoute(req, knobs);
  const anthropic =
    req.path === '/v1/messages' ||
    req.headers['anthropic-version'] !== undefined ||
    req.headers['x-api-key'] !== undefined;
  return anthropic ? anthropicRoute(req, knobs) : openAiRoute(req, knobs);
}

async function record(req: IncomingMessage): Promise<RecordedRequest> {
  const time = Date.now();
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks).toString('utf8');
  const url = new URL(req.url ?? '/', 'http://fake.invalid');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: parseJson(rawBody),
    rawBody,
    time,
    closedEarly: false,
  };
}
