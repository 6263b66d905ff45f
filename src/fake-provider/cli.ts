import { parseArgs } from 'node:util';
import { startFakeProvider } from './index.js';
import type { FakeProviderOptions } from './types.js';

const usage = `Usage: palisade fake-provider [--port N] [--latency-ms N] [--chunk-delay-ms N]
  [--fail-status N [--fail-times N]] [--truncate-after-events N] [--invalid-json] [--hang]
  [--reply TEXT] [--tool-call NAME] [--tool-arguments JSON] [--reject-key KEY ...]`;

const flags = {
  port: { type: 'string', default: '4748' },
  'latency-ms': { type: 'string' },
  'chunk-delay-ms': { type: 'string' },
  'fail-status': { type: 'string' },
  'fail-times': { type: 'string' },
  'truncate-after-events': { type: 'string' },
  'invalid-json': { type: 'boolean' },
  hang: { type: 'boolean' },
  reply: { type: 'string' },
  'tool-call': { type: 'string' },
  'tool-arguments': { type: 'string' },
  'reject-key': { type: 'string', multiple: true },
} as const;

function int(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new Error(`--${name} expects a non-negative integer, got "${value}"\n${usage}`);
  return Number(value);
}

function toolArguments(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new Error(`--tool-arguments expects JSON, got "${value}"\n${usage}`);
  }
}

/** Parses the command line into start options; throws with the usage text on a bad flag. */
export function parseFakeProviderArgs(argv: string[]): FakeProviderOptions & { port: number } {
  let values: ReturnType<typeof parseArgs<{ options: typeof flags }>>['values'];
  try {
    values = parseArgs({ args: argv, options: flags, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const args = toolArguments(values['tool-arguments']);
  const toolCall = values['tool-call'] !== undefined || args !== undefined;
  return {
    port: int('port', values.port) ?? 4748,
    latencyMs: int('latency-ms', values['latency-ms']),
    chunkDelayMs: int('chunk-delay-ms', values['chunk-delay-ms']),
    failStatus: int('fail-status', values['fail-status']),
    failTimes: int('fail-times', values['fail-times']),
    truncateAfterEvents: int('truncate-after-events', values['truncate-after-events']),
    invalidJson: values['invalid-json'],
    hang: values.hang,
    reply: values.reply,
    toolCall: toolCall ? { name: values['tool-call'], arguments: args } : undefined,
    rejectKeys: values['reject-key'],
  };
}

/**
 * `palisade fake-provider`: starts the fake on 127.0.0.1 (port 4748 by default) and prints the base
 * URLs. The server runs until `signal` aborts (the CLI wires it to SIGINT/SIGTERM).
 */
export async function runFakeProviderCli(
  argv: string[],
  out: (line: string) => void,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  const fake = await startFakeProvider(parseFakeProviderArgs(argv));
  options.signal?.addEventListener('abort', () => void fake.close(), { once: true });
  out(`Fake provider listening on ${fake.url}`);
  out(`OpenAI base URL:    ${fake.openaiBaseUrl}`);
  out(`Anthropic base URL: ${fake.anthropicBaseUrl}`);
  out(`Control: GET ${fake.url}/_fake/requests, POST ${fake.url}/_fake/knobs, POST ${fake.url}/_fake/reset`);
}
