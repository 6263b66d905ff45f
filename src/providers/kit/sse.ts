/**
 * One incremental Server-Sent Events parser (https://html.spec.whatwg.org/multipage/server-sent-events.html).
 * Feed it bytes as they arrive; it returns each complete event with its raw text, so a same-format
 * stream can forward the provider's event unchanged while the gateway reads it.
 */
export interface SseEvent {
  event: string | undefined;
  data: string;
  /** The event's text as received, ending in a blank line. */
  raw: string;
}

export class SseParser {
  private buffer = '';
  private readonly decoder = new TextDecoder();

  push(chunk: Uint8Array | string): SseEvent[] {
    this.buffer += typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    const events: SseEvent[] = [];
    for (;;) {
      const end = findEventEnd(this.buffer);
      if (end === undefined) break;
      const raw = this.buffer.slice(0, end.next);
      this.buffer = this.buffer.slice(end.next);
      const event = parseEvent(raw.slice(0, end.at));
      if (event) events.push({ ...event, raw });
    }
    return events;
  }

  /** Bytes received after the last complete event (a truncated stream leaves some). */
  get pending(): string {
    return this.buffer;
  }
}

function findEventEnd(text: string): { at: number; next: number } | undefined {
  const candidates = ['\n\n', '\r\n\r\n', '\r\r'];
  let best: { at: number; next: number } | undefined;
  for (const separator of candidates) {
    const at = text.indexOf(separator);
    if (at !== -1 && (best === undefined || at < best.at)) best = { at, next: at + separator.length };
  }
  return best;
}

function parseEvent(block: string): { event: string | undefined; data: string } | undefined {
  let event: string | undefined;
  const data: string[] = [];
  for (const line of block.split(/\r\n|\r|\n/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  if (event === undefined && data.length === 0) return undefined;
  return { event, data: data.join('\n') };
}
