import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDetectors } from '../src/privacy/detectors/index.js';
import { detectAll } from '../src/privacy/registry.js';

/**
 * Library code and docs are full of secret-named keys with no secret under them. These are real
 * files of Palisade's own dependencies, pinned by the lockfile, picked from a sweep of every
 * declaration, compiled source, README, changelog, test and workflow under node_modules (4,000
 * characters at a time) as the ones that gave the most telling false secrets: a grant type's name
 * under `GRANT_TYPE_REFRESH_TOKEN` and a URN, member chains (`opts?.workSecret`), types after `:`
 * (`TOKEN: CharList;`), numeric codes (`USERNAME_PASSWORD: 0x02`), the Fetch credentials modes,
 * RFC 9110's ABNF (`token = 1*tchar`), a tokenizer's tokens, a `PWD` path, JavaScript escapes;
 * stand-ins in docs and tests (`secret: 'hidden'`, `password: 'secret!'`, `'pa$$word'`,
 * `'db-password'`, `'SuperSecretToken'`, route constraints `alpha`/`beta`), URLs on `example.com`,
 * `amqp://guest:guest@…` and MDN's `https://anonymous:flabada@…`, keyboard runs (`password: "asdf"`),
 * Telegram's documented bot token, jwt.io's example JWT and a Slack webhook of x's. None of them holds
 * a secret. A missing file fails the test.
 */
const files = [
  '@anthropic-ai/sdk/lib/credentials/types.js',
  '@anthropic-ai/sdk/lib/environments/worker.js',
  '@pinojs/redact/README.md',
  '@pinojs/redact/test/integration.test.js',
  '@pinojs/redact/test/multiple-wildcards.test.js',
  '@types/node/process.d.ts',
  '@types/node/url.d.ts',
  '@vitest/mocker/dist/browser.d.ts',
  'cookie/dist/index.js',
  'fastify/docs/Reference/Server.md',
  'fastify/test/constrained-routes.test.js',
  'fastify/test/schema-serialization.test.js',
  'openai/azure.js',
  'openai/realtime/websocket.js',
  'pg-connection-string/README.md',
  'pg-pool/README.md',
  'pino/docs/transports.md',
  'postcss/lib/tokenize.js',
  'simple-get/README.md',
  'undici/README.md',
  'undici/docs/docs/best-practices/mocking-request.md',
  'undici/lib/llhttp/constants.d.ts',
  'undici/lib/web/eventsource/eventsource.js',
  'undici/types/fetch.d.ts',
  'zod/src/v3/tests/refine.test.ts',
  'zod/src/v4/classic/tests/string.test.ts',
  'zod/src/v4/mini/tests/string.test.ts',
];

const read = (file: string): string =>
  readFileSync(join(import.meta.dirname, '..', 'node_modules', file), 'utf8');

/** Context is sent in pieces: the files are scanned 4,000 characters at a time, as a cell or a file excerpt. */
function* pieces(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += 4000) yield text.slice(at, at + 4000);
}

const secrets = (text: string): string[] =>
  [...pieces(text)].flatMap((piece) =>
    detectAll(defaultDetectors, piece)
      .filter((f) => f.type === 'SECRET')
      .map((f) => piece.slice(f.start, f.end)),
  );

describe("privacy engine on secret-named keys in real library code and docs (Palisade's own dependencies)", () => {
  it.each(files)('finds no secret in %s', (file) => {
    expect(secrets(read(file))).toEqual([]);
  });

  it('still finds a real password put in place of a README stand-in', () => {
    const text = read('pg-pool/README.md');
    expect(text).toContain("password: 'secret!'");
    expect(secrets(text.replace("password: 'secret!'", "password: 'Kx7!vQ2m-Lp9'"))).toEqual([
      'Kx7!vQ2m-Lp9',
    ]);
  });
});
