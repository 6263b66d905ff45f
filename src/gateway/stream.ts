import type { ChatRequest, StreamPart, TextPart, ToolCallPart, Usage } from '../core/chat.js';
import { PalisadeError } from '../core/errors.js';
import type { StreamPartRestorer } from '../privacy/operators/restore.js';
import { mergeUsage } from '../protocols/kit/merge-usage.js';
import type { InboundProtocol } from '../protocols/protocol.js';
import { SseParser } from '../providers/kit/sse.js';
import { toUpstreamError, type UpstreamResponse } from '../providers/kit/upstream.js';
import type { ProviderAdapter } from '../providers/provider.js';

/** Where a stream's text goes. `write` returns a promise only when the client is slow (backpressure). */
export interface StreamSink {
  write(text: string): Promise<void> | undefined;
  end(): void;
}

export interface PumpInput {
  response: UpstreamResponse;
  adapter: ProviderAdapter;
  protocol: InboundProtocol;
  request: ChatRequest;
  /** The client speaks the provider's format: its events are forwarded as they came. */
  sameFormat: boolean;
  /** Puts the request's placeholders back; events are then re-rendered, never forwarded raw. */
  restorer?: StreamPartRestorer;
  /** When given, the answer's text and tool calls as the provider sent them (redacted) are collected here. */
  capture?: Array<TextPart | ToolCallPart>;
  sink: StreamSink;
  signal: AbortSignal;
}

export interface PumpResult {
  outcome: 'ok' | 'incomplete' | 'client_closed' | string;
  usage: Usage | undefined;
  error?: PalisadeError;
  /** The collected answer, when `capture` was given. */
  captured?: Array<TextPart | ToolCallPart>;
}

/**
 * Pipes a provider's SSE stream to the client as it arrives, event by event: forwarded unchanged
 * in the same format, translated through canonical parts otherwise. Usage is read on the way. A
 * stream that ends without the provider's terminal event, fails or times out is closed with a
 * terminal error event in the client's format.
 */
export async function pumpStream(input: PumpInput): Promise<PumpResult> {
  const { adapter, protocol, request, sink, restorer } = input;
  const collect = input.capture ? collector(input.capture) : undefined;
  // Raw events can be forwarded only when nothing in them needs changing.
  const sameFormat = input.sameFormat && !restorer;
  const sse = new SseParser();
  const parser = adapter.createStreamParser();
  const renderer = protocol.createStreamRenderer(request);
  // Whatever a restorer still holds goes out before the stream's end.
  const closing = (): string =>
    (restorer
      ? restorer
          .end()
          .map((part) => renderer.write(part))
          .join('')
      : '') + renderer.end();
  let usage: Usage | undefined;
  let failure: PalisadeError | undefined;
  try {
    // Leaving the loop must not destroy the body: after the terminal event the rest is drained, so
    // the keep-alive connection goes back to the pool instead of being torn down and reopened.
    const chunks = input.response.body.iterator({ destroyOnReturn: false });
    reading: for await (const chunk of chunks) {
      let out = '';
      for (const event of sse.push(chunk as Buffer)) {
        let parts: StreamPart[];
        try {
          parts = parser.push(event);
        } catch (error) {
          // What the client was already given in this chunk still goes out before the error.
          if (out) await sink.write(out);
          throw error;
        }
        for (const part of parts) {
          if (part.type === 'usage') usage = mergeUsage(usage, part.usage);
          else if (part.type === 'start' && part.usage) usage = mergeUsage(usage, part.usage);
          collect?.(part);
          if (sameFormat) continue;
          if (restorer) for (const restored of restorer.push(part)) out += renderer.write(restored);
          else out += renderer.write(part);
        }
        // OpenAI: the usage-only chunk Palisade asked for is not shown to a client that did not ask.
        const hiddenUsage =
          !request.includeUsage && parts.length > 0 && parts.every((p) => p.type === 'usage');
        if (sameFormat && !hiddenUsage) out += event.raw;
        if (parser.failure) {
          failure = new PalisadeError(
            'upstream_error',
            'The model provider reported an error during the stream.',
            {
              status: parser.failure.status,
            },
          );
          break;
        }
        // Nothing may follow the provider's terminal event ([DONE], message_stop).
        if (parser.complete) {
          if (out) await sink.write(out);
          drain(input.response);
          break reading;
        }
      }
      if (out) await sink.write(out);
      if (failure) break;
    }
    if (!failure && !parser.complete) {
      failure = new PalisadeError(
        'upstream_error',
        'The model provider ended the stream before it was complete.',
      );
    }
  } catch (error) {
    // A connection that drops after the provider's terminal event lost nothing.
    if (parser.complete && !failure) {
      if (!sameFormat) await sink.write(closing());
      sink.end();
      return { outcome: 'ok', usage, captured: input.capture };
    }
    if (input.signal.aborted) {
      sink.end();
      return { outcome: 'client_closed', usage, captured: input.capture };
    }
    failure = error instanceof PalisadeError ? error : toUpstreamError(error);
  }
  if (failure) {
    // Same format: a provider error event was already forwarded as it came.
    if (!(sameFormat && parser.failure)) await sink.write(renderer.error(failure));
    sink.end();
    cut(input.response);
    return {
      outcome: parser.failure ? failure.code : 'incomplete',
      usage,
      error: failure,
      captured: input.capture,
    };
  }
  if (!sameFormat) await sink.write(closing());
  sink.end();
  return { outcome: 'ok', usage, captured: input.capture };
}

/** Collects streamed text and tool calls into complete parts. */
function collector(into: Array<TextPart | ToolCallPart>): (part: StreamPart) => void {
  const tools = new Map<number, ToolCallPart>();
  return (part) => {
    if (part.type === 'text') {
      const last = into.at(-1);
      if (last?.type === 'text') last.text += part.text;
      else into.push({ type: 'text', text: part.text });
    } else if (part.type === 'tool_call_start') {
      const call: ToolCallPart = { type: 'tool_call', id: part.id, name: part.name, arguments: '' };
      tools.set(part.index, call);
      into.push(call);
    } else if (part.type === 'tool_call_delta') {
      const call = tools.get(part.index);
      if (call) call.arguments += part.argumentsDelta;
    }
  };
}

/**
 * Reads what follows the terminal event (normally nothing but the end of the body) and drops it,
 * so the connection can be reused; a provider that sends more than a little is cut off.
 */
function drain(response: UpstreamResponse): void {
  const body = response.body;
  let bytes = 0;
  body.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > drainLimit) body.destroy();
  });
  // Nothing to tell anyone about: the client already has its whole answer.
  body.on('error', () => {});
  body.resume();
}

const drainLimit = 64 * 1024;

/** Closes a body that will not be read further (its connection is not reused); its abort error is expected. */
function cut(response: UpstreamResponse): void {
  response.body.on('error', () => {});
  response.body.destroy();
}
