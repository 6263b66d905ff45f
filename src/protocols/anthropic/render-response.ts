import type { ChatResponse, TextPart, ToolCallPart } from '../../core/chat.js';
import { toAnthropicUsage } from './render-usage.js';
import { toAnthropicStopReason } from './stop-reason.js';

type Wire = Record<string, unknown>;

/**
 * Canonical response → Anthropic `message` (https://docs.anthropic.com/en/api/messages). Blocks carried
 * from an Anthropic response (thinking, server tool blocks) go back verbatim; tool call arguments are
 * parsed back into the `input` object.
 */
export function renderAnthropicResponse(response: ChatResponse): Wire {
  return {
    id: response.id,
    type: 'message',
    role: 'assistant',
    model: response.model,
    content: response.parts.flatMap(renderBlock),
    stop_reason: toAnthropicStopReason(
      response.finishReason,
      response.rawFinishReason,
      response.stopSequence,
    ),
    stop_sequence: response.stopSequence ?? null,
    usage: toAnthropicUsage(response.usage),
  };
}

function renderBlock(part: TextPart | ToolCallPart): Wire[] {
  const fields = wireFields(part.extra);
  if (part.type === 'tool_call') {
    return [
      { ...fields, type: 'tool_use', id: part.id, name: part.name, input: parseArguments(part.arguments) },
    ];
  }
  if (typeof part.extra?.type === 'string') return [fields];
  return part.text === '' ? [] : [{ ...fields, type: 'text', text: part.text }];
}

/** Tool input must be an object; arguments that are not a JSON object become `{}`. */
export function parseArguments(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** `extra` without Palisade's camelCase markers. */
function wireFields(extra: Record<string, unknown> | undefined): Wire {
  const fields: Wire = {};
  for (const [key, value] of Object.entries(extra ?? {})) if (!/[A-Z]/.test(key)) fields[key] = value;
  return fields;
}
