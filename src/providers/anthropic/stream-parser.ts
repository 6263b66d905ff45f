import type { StreamPart } from '../../core/chat.js';
import { parseEventData } from '../kit/parse-event.js';
import type { SseEvent } from '../kit/sse.js';
import type { StreamParser } from '../provider.js';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';
import { mapAnthropicUsage } from './map-anthropic-usage.js';
import { type AnthropicEvent, type AnthropicUsage, anthropicEventSchema } from './response-schema.js';

/** Stream error types and the status the gateway reports for them; anything else is a 502. */
const failureStatus: Record<string, number> = { overloaded_error: 529, rate_limit_error: 429 };

/**
 * Anthropic Messages SSE events → canonical stream parts
 * (https://docs.anthropic.com/en/docs/build-with-claude/streaming). Tool calls are numbered in the order
 * their tool_use blocks start; blocks the canonical stream does not model (thinking) are skipped. Usage
 * is cumulative: input counts from `message_start`, updated by any that `message_delta` carries.
 */
export function createAnthropicStreamParser(): StreamParser {
  let complete = false;
  let failure: { status: number; type: string } | undefined;
  let usage: AnthropicUsage = {};
  const tools = new Map<number, { index: number; hasArguments: boolean }>();

  function handle(event: AnthropicEvent): StreamPart[] {
    switch (event.type) {
      case 'message_start': {
        if (!event.message) return [];
        usage = { ...event.message.usage };
        const { id, model } = event.message;
        return [
          { type: 'start', id, model, usage: { ...mapAnthropicUsage(usage), outputTokens: undefined } },
        ];
      }
      case 'content_block_start': {
        const block = event.content_block;
        if (block?.type === 'text' && block.text) return [{ type: 'text', text: block.text }];
        if (block?.type !== 'tool_use' || event.index === undefined) return [];
        const tool = { index: tools.size, hasArguments: false };
        tools.set(event.index, tool);
        return [{ type: 'tool_call_start', index: tool.index, id: block.id ?? '', name: block.name ?? '' }];
      }
      case 'content_block_delta': {
        const delta = event.delta;
        if (delta?.type === 'text_delta' && delta.text) return [{ type: 'text', text: delta.text }];
        const tool = event.index === undefined ? undefined : tools.get(event.index);
        if (delta?.type !== 'input_json_delta' || !tool || !delta.partial_json) return [];
        tool.hasArguments = true;
        return [{ type: 'tool_call_delta', index: tool.index, argumentsDelta: delta.partial_json }];
      }
      case 'content_block_stop': {
        // A tool called without arguments streams no JSON at all; its input is `{}`.
        const tool = event.index === undefined ? undefined : tools.get(event.index);
        if (!tool || tool.hasArguments) return [];
        tool.hasArguments = true;
        return [{ type: 'tool_call_delta', index: tool.index, argumentsDelta: '{}' }];
      }
      case 'message_delta': {
        for (const [key, value] of Object.entries(event.usage ?? {}))
          if (value != null) usage = { ...usage, [key]: value };
        const raw = event.delta?.stop_reason ?? undefined;
        const finish: StreamPart = {
          type: 'finish',
          reason: mapAnthropicStopReason(raw),
          stopSequence: event.delta?.stop_sequence ?? null,
        };
        if (raw) finish.rawReason = raw;
        return [finish, { type: 'usage', usage: mapAnthropicUsage(usage) }];
      }
      case 'message_stop':
        complete = true;
        return [];
      case 'error': {
        const type = event.error?.type ?? 'api_error';
        failure = { status: failureStatus[type] ?? 502, type };
        return [];
      }
      default:
        // `ping` and event types added later carry nothing the canonical stream models.
        return [];
    }
  }

  return {
    get complete() {
      return complete;
    },
    get failure() {
      return failure;
    },
    push(event: SseEvent): StreamPart[] {
      if (event.data.trim() === '') return [];
      return handle(parseEvent(event.data));
    },
  };
}

function parseEvent(data: string): AnthropicEvent {
  return parseEventData(anthropicEventSchema, data);
}
