import { anthropicHeaders } from './anthropic-errors.js';
import type { Reply, SseEvent } from './deliver.js';
import type { JsonObject } from './json.js';
import type { Plan } from './reply.js';
import { randomId, slices } from './text.js';

// Shapes: https://docs.anthropic.com/en/api/messages and /en/docs/build-with-claude/streaming
const stopReasons = { end: 'end_turn', length: 'max_tokens', tool: 'tool_use' } as const;

function usage(plan: Plan, outputTokens: number): JsonObject {
  return {
    input_tokens: plan.inputTokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
    output_tokens: outputTokens,
    service_tier: 'standard',
  };
}

interface Block {
  text?: string;
  tool?: { id: string; name: string; arguments: string };
}

function blocks(plan: Plan): Block[] {
  const out: Block[] = [];
  if (plan.text !== '' || !plan.toolCall) out.push({ text: plan.text });
  if (plan.toolCall) out.push({ tool: { id: randomId('toolu_01', 22), ...plan.toolCall } });
  return out;
}

function toolUse(tool: { id: string; name: string }, input: unknown): JsonObject {
  return { type: 'tool_use', id: tool.id, name: tool.name, input, caller: { type: 'direct' } };
}

function messageShell(model: string): JsonObject {
  return { id: randomId('msg_01', 22), type: 'message', role: 'assistant', model, content: [] };
}

/** A `message` object. */
export function message(plan: Plan, model: string): Reply {
  const content = blocks(plan).map((b) =>
    b.tool ? toolUse(b.tool, JSON.parse(b.tool.arguments)) : { type: 'text', text: b.text ?? '' },
  );
  const body = {
    ...messageShell(model),
    content,
    stop_reason: stopReasons[plan.stop],
    stop_sequence: null,
    stop_details: null,
    usage: usage(plan, plan.outputTokens),
  };
  return { kind: 'json', status: 200, headers: anthropicHeaders(), body };
}

/** The events of a streamed message, from `message_start` to `message_stop`. */
export function messageStream(plan: Plan, model: string): Reply {
  const events: SseEvent[] = [];
  const emit = (data: JsonObject, delta = false) =>
    events.push({ event: String(data.type), data: JSON.stringify(data), delta });
  const start = {
    ...messageShell(model),
    stop_reason: null,
    stop_sequence: null,
    stop_details: null,
    usage: usage(plan, 1),
  };
  emit({ type: 'message_start', message: start });
  emit({ type: 'ping' });
  for (const [index, block] of blocks(plan).entries()) {
    const contentBlock = block.tool ? toolUse(block.tool, {}) : { type: 'text', text: '' };
    emit({ type: 'content_block_start', index, content_block: contentBlock });
    const deltas = block.tool
      ? slices(block.tool.arguments, 8).map((partial_json) => ({ type: 'input_json_delta', partial_json }))
      : plan.pieces.map((text) => ({ type: 'text_delta', text }));
    for (const delta of deltas) emit({ type: 'content_block_delta', index, delta }, true);
    emit({ type: 'content_block_stop', index });
  }
  const { service_tier: _, cache_creation: __, ...deltaUsage } = usage(plan, plan.outputTokens);
  emit({
    type: 'message_delta',
    delta: { stop_reason: stopReasons[plan.stop], stop_sequence: null, stop_details: null },
    usage: deltaUsage,
  });
  emit({ type: 'message_stop' });
  return { kind: 'sse', headers: anthropicHeaders(), events };
}
