import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Detector } from './detector.js';
import { detectAll } from './registry.js';

export interface ScanSummary {
  lines: number;
  errors: number;
}

/**
 * The `palisade scan` contract (DESIGN.md): JSON lines `{"id","text"}` in, JSON lines
 * `{"id","findings":[{"type","start","end"}]}` out, offsets as JavaScript string indices into the
 * original text. Streams line by line, so memory stays constant whatever the input size. A bad line
 * is reported through `onError` (with its line number, never its content) and skipped.
 */
export async function scanStream(
  input: Readable,
  output: Writable,
  detectors: readonly Detector[],
  onError: (line: number, message: string) => void,
): Promise<ScanSummary> {
  const summary = { lines: 0, errors: 0 };
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    summary.lines++;
    if (line.trim() === '') continue;
    const record = parseRecord(line);
    if (typeof record === 'string') {
      summary.errors++;
      onError(summary.lines, record);
      continue;
    }
    const findings = detectAll(detectors, record.text).map(({ type, start, end }) => ({ type, start, end }));
    if (!output.write(`${JSON.stringify({ id: record.id, findings })}\n`)) await once(output, 'drain');
  }
  return summary;
}

function parseRecord(line: string): { id: unknown; text: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'expected an object {"id","text"}';
  const record = value as Record<string, unknown>;
  if (!('id' in record)) return 'missing "id"';
  if (typeof record.text !== 'string') return '"text" must be a string';
  return { id: record.id, text: record.text };
}
