import type { FinishReason } from '../../core/chat.js';

const anthropicReasons = new Set([
  'end_turn',
  'max_tokens',
  'stop_sequence',
  'tool_use',
  'pause_turn',
  'refusal',
  'model_context_window_exceeded',
]);

/**
 * Canonical finish reason → Anthropic `stop_reason`. A raw reason that is already Anthropic's
 * (same-format call) is kept as is.
 * @see https://docs.anthropic.com/en/api/messages#response-stop-reason
 */
export function toAnthropicStopReason(
  reason: FinishReason,
  raw?: string,
  stopSequence?: string | null,
): string {
  if (raw !== undefined && anthropicReasons.has(raw)) return raw;
  switch (reason) {
    case 'stop':
      return stopSequence ? 'stop_sequence' : 'end_turn';
    case 'length':
      return 'max_tokens';
    case 'tool_calls':
      return 'tool_use';
    case 'content_filter':
      return 'refusal';
    default:
      return 'end_turn';
  }
}
