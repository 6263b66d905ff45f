import type { Usage } from '../../core/chat.js';
import type { OpenAIUsage } from './response-schema.js';

/**
 * OpenAI `usage` → canonical usage. `prompt_tokens` already includes the cached tokens.
 * @see https://platform.openai.com/docs/api-reference/chat/object#chat/object-usage
 */
export function mapOpenAIUsage(usage: OpenAIUsage | null | undefined): Usage {
  const mapped: Usage = {
    inputTokens: usage?.prompt_tokens ?? undefined,
    outputTokens: usage?.completion_tokens ?? undefined,
  };
  const cached = usage?.prompt_tokens_details?.cached_tokens;
  if (cached != null) mapped.cacheReadTokens = cached;
  return mapped;
}
