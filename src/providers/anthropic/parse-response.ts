import type { ChatResponse, TextPart, ToolCallPart } from '../../core/chat.js';
import { PalisadeError } from '../../core/errors.js';
import { rest } from '../kit/extra-warnings.js';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';
import { mapAnthropicUsage } from './map-anthropic-usage.js';
import { anthropicMessageSchema } from './response-schema.js';

/**
 * Anthropic `message` → canonical response. Text and tool_use blocks map to parts (the tool input
 * becomes JSON text); other blocks (thinking, server tool blocks) are carried as TextParts with empty
 * text and the whole block in `extra`, for an Anthropic client to get back.
 */
export function parseAnthropicResponse(body: unknown): ChatResponse {
  const parsed = anthropicMessageSchema.safeParse(body);
  if (!parsed.success)
    throw new PalisadeError('upstream_error', 'The provider returned a malformed response.');
  const message = parsed.data;
  const response: ChatResponse = {
    id: message.id,
    model: message.model,
    parts: message.content.map(parseBlock),
    finishReason: mapAnthropicStopReason(message.stop_reason),
    stopSequence: message.stop_sequence ?? null,
    usage: mapAnthropicUsage(message.usage),
  };
  if (message.stop_reason) response.rawFinishReason = message.stop_reason;
  return response;
}

function parseBlock(block: Record<string, unknown> & { type: string }): TextPart | ToolCallPart {
  if (block.type === 'text' && typeof block.text === 'string') {
    const extra = rest(block, ['type', 'text']);
    return extra ? { type: 'text', text: block.text, extra } : { type: 'text', text: block.text };
  }
  if (block.type === 'tool_use' && typeof block.id === 'string' && typeof block.name === 'string') {
    const call: ToolCallPart = {
      type: 'tool_call',
      id: block.id,
      name: block.name,
      arguments: JSON.stringify(block.input ?? {}),
    };
    const extra = rest(block, ['type', 'id', 'name', 'input']);
    return extra ? { ...call, extra } : call;
  }
  return { type: 'text', text: '', extra: block };
}
