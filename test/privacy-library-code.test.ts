import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../src/privacy/detector.js';
import { defaultDetectors } from '../src/privacy/detectors/index.js';
import { detectAll } from '../src/privacy/registry.js';

/**
 * Project code is one of the three kinds of context a data product sends (with metadata and query
 * output), and the hold-outs hold little of it as libraries write it. These are real files of
 * Palisade's own dependencies, pinned by the lockfile: TypeScript declarations, compiled SDK
 * sources, database drivers, docs with examples, a CI workflow. Each once gave the engine false
 * secrets (`password: BinaryLike`, `secretKey: number;`, `salt: salt`, `id-token: write`, code read as
 * a table's columns), seeds read as cards, slices and section numbers read as addresses, or
 * decorators joined to a comment as e-mail addresses; an SDK's `@example` (`target_uri:
 * 'tel:+14155550123'`), a licence's ZIP+4 code (`Boston, MA 02111-1307`) and an IPv4 address in
 * octal (`0300.0250.01.01`) read as phones. None of them holds a secret, a card, an IBAN, an
 * SSN, a birth date or a phone number. (They do hold real people's names and e-mail addresses in
 * author lines, and IP addresses in examples, which are found as such.) A missing file fails the test.
 */
const files = [
  '@types/node/crypto.d.ts',
  '@types/node/buffer.buffer.d.ts',
  '@types/node/dns.d.ts',
  'openai/resources/webhooks/webhooks.js',
  '@anthropic-ai/sdk/resources/beta/messages/messages.js',
  'kysely/dist/esm/dialect/mssql/mssql-dialect.js',
  'pg/lib/connection.js',
  'pg/lib/crypto/utils.js',
  'pg-protocol/dist/messages.d.ts',
  'pino/docs/redaction.md',
  '@fastify/ajv-compiler/.github/workflows/release.yml',
  'openai/resources/realtime/calls.d.ts',
  'dictionary-de/license',
  'ipaddr.js/README.md',
];

/**
 * Files that hold no address either, though numbers in them have an IPv4 address's shape: a spec's
 * steps numbered in comments (`// 4.2.6.1`, undici's Fetch after the WHATWG spec), a section after
 * an RFC (`RFC 7540 8.1.2.4`), object identifiers of four arcs (`case '1.3.101.110':`).
 */
const addressless = [
  'undici/lib/web/fetch/util.js',
  'undici/lib/web/websocket/stream/websocketstream.js',
  'pg/lib/crypto/cert-signatures.js',
  '@types/node/http2.d.ts',
];

/** The types none of these files holds a value of. */
const absent: ReadonlySet<EntityType> = new Set([
  'SECRET',
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'DATE_OF_BIRTH',
  'PHONE',
]);

/** Context is sent in pieces: the files are scanned 4,000 characters at a time, as a cell or a file excerpt. */
function* pieces(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += 4000) yield text.slice(at, at + 4000);
}

describe("privacy engine on real library code (Palisade's own dependencies)", () => {
  it.each(files)('finds no secret, card, IBAN, SSN, birth date or phone in %s', (file) => {
    const text = readFileSync(join(import.meta.dirname, '..', 'node_modules', file), 'utf8');
    const found: string[] = [];
    for (const piece of pieces(text))
      for (const f of detectAll(defaultDetectors, piece))
        if (absent.has(f.type)) found.push(`${f.type} ${JSON.stringify(piece.slice(f.start, f.end))}`);
    expect(found).toEqual([]);
  });

  it.each(addressless)('finds no IP address either in %s', (file) => {
    const text = readFileSync(join(import.meta.dirname, '..', 'node_modules', file), 'utf8');
    const found: string[] = [];
    for (const piece of pieces(text))
      for (const f of detectAll(defaultDetectors, piece))
        if (absent.has(f.type) || f.type === 'IP_ADDRESS')
          found.push(`${f.type} ${JSON.stringify(piece.slice(f.start, f.end))}`);
    expect(found).toEqual([]);
  });

  it('still finds what such code holds: an author line and a documented address', () => {
    const text = readFileSync(
      join(import.meta.dirname, '..', 'node_modules', '@types/node/dns.d.ts'),
      'utf8',
    );
    const types = new Set(
      [...pieces(text)].flatMap((piece) => detectAll(defaultDetectors, piece).map((f) => f.type)),
    );
    expect(types.has('IP_ADDRESS')).toBe(true);
  });
});
