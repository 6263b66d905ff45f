import type { ChatResponse, StreamPart } from '../../core/chat.js';
import { jsonStringEscape, type Placeholders, type StreamRestorer } from './placeholders.js';

/** Puts this request's real values back into the model's complete answer: text and tool-call arguments. */
export function restoreResponse(response: ChatResponse, placeholders: Placeholders): ChatResponse {
  if (placeholders.size === 0) return response;
  return {
    ...response,
    parts: response.parts.map((part) =>
      part.type === 'text'
        ? { ...part, text: placeholders.restore(part.text) }
        : { ...part, arguments: placeholders.restore(part.arguments, jsonStringEscape) },
    ),
  };
}

/**
 * Restores placeholders in every string of a provider's JSON answer, keeping every field as the
 * provider sent it (for a client that speaks the provider's format). A string under an `arguments`
 * key is JSON text itself (OpenAI tool calls): values restored there are JSON-escaped.
 */
export function restoreJson(value: unknown, placeholders: Placeholders, key?: string): unknown {
  if (typeof value === 'string') {
    return placeholders.restore(value, key === 'arguments' ? jsonStringEscape : undefined);
  }
  if (Array.isArray(value)) return value.map((item) => restoreJson(item, placeholders));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, item] of Object.entries(value)) out[k] = restoreJson(item, placeholders, k);
  return out;
}

/**
 * Restores placeholders in a canonical stream, part by part. Text and each tool call's arguments
 * have their own restorer, so a placeholder split across chunks is still found; what a restorer
 * holds back is released before the stream's `finish` (or by `end` if none comes).
 */
export class StreamPartRestorer {
  readonly #text: StreamRestorer;
  readonly #tools = new Map<number, StreamRestorer>();

  constructor(private readonly placeholders: Placeholders) {
    this.#text = placeholders.restorer();
  }

  push(part: StreamPart): StreamPart[] {
    switch (part.type) {
      case 'text': {
        const text = this.#text.push(part.text);
        return text ? [{ type: 'text', text }] : [];
      }
      case 'tool_call_start': {
        // What is held back belongs to the blocks before this tool call.
        const held = this.end();
        this.#tools.set(part.index, this.placeholders.restorer(jsonStringEscape));
        return [...held, part];
      }
      case 'tool_call_delta': {
        const restorer = this.#tools.get(part.index);
        if (!restorer) return [part];
        const argumentsDelta = restorer.push(part.argumentsDelta);
        return argumentsDelta ? [{ ...part, argumentsDelta }] : [];
      }
      case 'finish':
        return [...this.end(), part];
      default:
        return [part];
    }
  }

  /** Releases whatever is still held back. */
  end(): StreamPart[] {
    const out = this.#flushText();
    for (const [index, restorer] of this.#tools) {
      const argumentsDelta = restorer.flush();
      if (argumentsDelta) out.push({ type: 'tool_call_delta', index, argumentsDelta });
    }
    return out;
  }

  #flushText(): StreamPart[] {
    const text = this.#text.flush();
    return text ? [{ type: 'text', text }] : [];
  }
}
