import type { Usage } from '../../core/chat.js';
import type { AnthropicUsage } from './response-schema.js';

/**
 * Anthropic `usage` → canonical usage. Anthropic's `input_tokens` leaves out cache reads and writes;
 * the canonical `inputTokens` counts every input token, so they are added back.
 * @see https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching#tracking-cache-performance
 */
export function mapAnthropicUsage(usage: AnthropicUsage | null | undefined): Usage {
  const input = usage?.input_tokens ?? undefined;
  const read = usage?.cache_read_input_tokens ?? undefined;
  const write = usage?.cache_creation_input_tokens ?? undefined;
  const mapped: Usage = {
    inputTokens: input === undefined ? undefined : input + (read ?? 0) + (write ?? 0),
    outputTokens: usage?.output_tokens ?? undefined,
  };
  if (read !== undefined) mapped.cacheReadTokens = read;
  if (write !== undefined) mapped.cacheWriteTokens = write;
  return mapped;
}
