import type { FinishReason } from '../../core/chat.js';

const openaiReasons = new Set(['stop', 'length', 'tool_calls', 'content_filter', 'function_call']);

/**
 * Canonical finish reason → OpenAI `finish_reason`. A raw reason that is already OpenAI's (same-format
 * call) is kept as is.
 * @see https://platform.openai.com/docs/api-reference/chat/object#chat/object-choices
 */
export function toOpenAIFinishReason(reason: FinishReason, raw?: string): string {
  if (raw !== undefined && openaiReasons.has(raw)) return raw;
  return reason === 'other' ? 'stop' : reason;
}
