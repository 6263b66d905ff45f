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
  /** Where the unread part of `buffer` starts, and where the current event's raw text starts. */
  private position = 0;
  private eventStart = 0;
  private event: string | undefined;
  private data: string[] = [];
  private afterCr = false;
  private readonly decoder = new TextDecoder();

  push(chunk: Uint8Array | string): SseEvent[] {
    this.buffer += typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    const events: SseEvent[] = [];
    for (;;) {
      const line = this.nextLine();
      if (line === undefined) break;
      if (line !== '') {
        this.field(line);
        continue;
      }
      // A blank line dispatches the event (spec: "If the line is empty").
      const raw = this.buffer.slice(this.eventStart, this.position);
      if (this.event !== undefined || this.data.length > 0) {
        events.push({ event: this.event, data: this.data.join('\n'), raw });
      }
      this.event = undefined;
      this.data = [];
      this.eventStart = this.position;
    }
    // Drop what every complete event has consumed, keeping the current event's raw text.
    if (this.eventStart > 0) {
      this.buffer = this.buffer.slice(this.eventStart);
      this.position -= this.eventStart;
      this.eventStart = 0;
    }
    return events;
  }

  /** Text received after the last complete event (a truncated stream leaves some). */
  get pending(): string {
    return this.buffer.slice(this.eventStart);
  }

  /** The next complete line (CRLF, LF or CR), or undefined when the buffer holds none yet. */
  private nextLine(): string | undefined {
    const text = this.buffer;
    // A CR that ended the previous chunk may have been the first half of a CRLF.
    if (this.afterCr && this.position < text.length) {
      if (text.charCodeAt(this.position) === 10) {
        // That LF belongs to an event already dispatched (its raw text ends in the CR): skip it.
        if (this.eventStart === this.position) this.eventStart++;
        this.position++;
      }
      this.afterCr = false;
    }
    for (let i = this.position; i < text.length; i++) {
      const char = text.charCodeAt(i);
      if (char !== 10 && char !== 13) continue;
      const line = text.slice(this.position, i);
      if (char === 13 && i === text.length - 1) {
        this.afterCr = true;
        this.position = i + 1;
      } else {
        this.position = char === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      }
      return line;
    }
    return undefined;
  }

  private field(line: string): void {
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const name = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (name === 'event') this.event = value;
    else if (name === 'data') this.data.push(value);
  }
}
