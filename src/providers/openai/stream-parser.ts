import type { StreamPart } from '../../core/chat.js';
import { parseEventData } from '../kit/parse-event.js';
import type { SseEvent } from '../kit/sse.js';
import type { StreamParser } from '../provider.js';
import { mapOpenAIFinishReason } from './map-openai-finish-reason.js';
import { mapOpenAIUsage } from './map-openai-usage.js';
import { type OpenAIChunk, type OpenAIToolCallDelta, openaiChunkSchema } from './response-schema.js';

interface CallState {
  index: number | undefined;
  id: string | undefined;
  name: string | undefined;
  /** Argument text that arrived before the call's id and name. */
  pending: string;
}

/**
 * OpenAI `chat.completion.chunk` events → canonical stream parts
 * (https://platform.openai.com/docs/api-reference/chat-streaming). Tool calls are tracked by their
 * `index`; a call starts once its id and name are known. `data: [DONE]` completes the stream; a
 * `data: {"error": …}` event is a failure.
 */
export function createOpenAIStreamParser(): StreamParser {
  let started = false;
  let complete = false;
  let failure: { status: number; type: string } | undefined;
  const calls = new Map<number, CallState>();
  let nextIndex = 0;

  function toolCalls(deltas: OpenAIToolCallDelta[]): StreamPart[] {
    const parts: StreamPart[] = [];
    for (const delta of deltas) {
      const call = calls.get(delta.index) ?? {
        index: undefined,
        id: undefined,
        name: undefined,
        pending: '',
      };
      calls.set(delta.index, call);
      call.id ??= delta.id ?? undefined;
      call.name ??= delta.function?.name ?? undefined;
      call.pending += delta.function?.arguments ?? '';
      if (call.index === undefined && call.id !== undefined && call.name !== undefined) {
        call.index = nextIndex++;
        parts.push({ type: 'tool_call_start', index: call.index, id: call.id, name: call.name });
      }
      if (call.index !== undefined && call.pending !== '') {
        parts.push({ type: 'tool_call_delta', index: call.index, argumentsDelta: call.pending });
        call.pending = '';
      }
    }
    return parts;
  }

  return {
    get complete() {
      return complete;
    },
    get failure() {
      return failure;
    },
    push(event: SseEvent): StreamPart[] {
      const data = event.data.trim();
      if (data === '[DONE]') {
        complete = true;
        return [];
      }
      if (data === '') return [];
      const chunk = parseChunk(data);
      if (chunk.error) {
        failure = { status: failureStatus(chunk.error), type: String(chunk.error.type ?? 'api_error') };
        return [];
      }
      const parts: StreamPart[] = [];
      if (!started && chunk.id !== undefined) {
        started = true;
        const start: StreamPart = { type: 'start', id: chunk.id, model: chunk.model ?? '' };
        if (chunk.created !== undefined) start.created = chunk.created;
        parts.push(start);
      }
      for (const choice of chunk.choices ?? []) {
        if ((choice.index ?? 0) !== 0) continue;
        const delta = choice.delta;
        if (delta?.content) parts.push({ type: 'text', text: delta.content });
        if (delta?.refusal) parts.push({ type: 'text', text: delta.refusal });
        if (delta?.tool_calls) parts.push(...toolCalls(delta.tool_calls));
        if (choice.finish_reason) {
          parts.push({
            type: 'finish',
            reason: mapOpenAIFinishReason(choice.finish_reason),
            rawReason: choice.finish_reason,
          });
        }
      }
      if (chunk.usage) parts.push({ type: 'usage', usage: mapOpenAIUsage(chunk.usage) });
      return parts;
    },
  };
}

function parseChunk(data: string): OpenAIChunk {
  return parseEventData(openaiChunkSchema, data);
}

function failureStatus(error: { type?: string | null; code?: unknown }): number {
  const text = `${error.type ?? ''} ${typeof error.code === 'string' ? error.code : ''}`;
  return text.includes('rate_limit') ? 429 : 502;
}
