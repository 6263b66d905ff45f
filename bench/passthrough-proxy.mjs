// Child process: the floor for any Node gateway. Reads the JSON body, parses and re-serialises it,
// forwards it over a keep-alive undici Pool and pipes the answer back, streaming included.
// Usage: UPSTREAM=http://127.0.0.1:1234 node bench/passthrough-proxy.mjs  (reports its URL over IPC)
import { createServer } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { Pool } from 'undici';

const upstream = process.env.UPSTREAM;
if (!upstream) throw new Error('Set UPSTREAM to the provider origin.');

const pool = new Pool(upstream, { connections: 256, pipelining: 1, keepAliveTimeout: 30_000 });
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'host',
  'content-length',
  'upgrade',
]);

function copyHeaders(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!hopByHop.has(name) && value !== undefined) out[name] = value;
  }
  return out;
}

async function handle(req, res) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = JSON.stringify(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  const answer = await pool.request({
    method: req.method,
    path: req.url,
    headers: { ...copyHeaders(req.headers), 'content-length': String(Buffer.byteLength(body)) },
    body,
  });
  res.writeHead(answer.statusCode, copyHeaders(answer.headers));
  await pipeline(answer.body, res);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    if (res.headersSent) return res.destroy();
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message: `pass-through proxy: ${error.message}` } }));
  });
});
server.keepAliveTimeout = 72_000; // as Fastify's default

server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}`;
  if (process.send) process.send({ ready: true, url });
  else console.log(`pass-through proxy on ${url} → ${upstream}`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  pool.destroy().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('disconnect', stop); // the parent is gone
