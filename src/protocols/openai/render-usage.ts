import type { Usage } from '../../core/chat.js';

/**
 * Canonical usage → OpenAI `usage`. Unknown numbers are left out rather than reported as 0; with
 * neither count known there is no usage object at all.
 * @see https://platform.openai.com/docs/api-reference/chat/object#chat/object-usage
 */
export function toOpenAIUsage(usage: Usage): Record<string, unknown> | undefined {
  const { inputTokens, outputTokens, cacheReadTokens } = usage;
  if (inputTokens === undefined && outputTokens === undefined) return undefined;
  const wire: Record<string, unknown> = {};
  if (inputTokens !== undefined) wire.prompt_tokens = inputTokens;
  if (outputTokens !== undefined) wire.completion_tokens = outputTokens;
  if (inputTokens !== undefined && outputTokens !== undefined) wire.total_tokens = inputTokens + outputTokens;
  if (cacheReadTokens !== undefined) wire.prompt_tokens_details = { cached_tokens: cacheReadTokens };
  return wire;
}
