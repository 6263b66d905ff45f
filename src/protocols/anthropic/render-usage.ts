import type { Usage } from '../../core/chat.js';

/**
 * Canonical usage → Anthropic `usage`. Anthropic's `input_tokens` excludes cache reads and writes, which
 * it reports apart; the canonical `inputTokens` includes them. The two counts are required numbers in
 * Anthropic's schema, so an unknown count is sent as 0; the cache counts only when known.
 * @see https://docs.anthropic.com/en/api/messages#response-usage
 */
export function toAnthropicUsage(usage: Usage | undefined): Record<string, number> {
  const read = usage?.cacheReadTokens;
  const write = usage?.cacheWriteTokens;
  const input =
    usage?.inputTokens === undefined ? 0 : Math.max(0, usage.inputTokens - (read ?? 0) - (write ?? 0));
  const wire: Record<string, number> = { input_tokens: input, output_tokens: usage?.outputTokens ?? 0 };
  if (write !== undefined) wire.cache_creation_input_tokens = write;
  if (read !== undefined) wire.cache_read_input_tokens = read;
  return wire;
}
