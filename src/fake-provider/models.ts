/** Models the fake lists; any model name is accepted on the chat endpoints. */
export const openAiModels = [
  { id: 'gpt-4o', created: 1715367049, owned_by: 'system' },
  { id: 'gpt-4o-mini', created: 1721172741, owned_by: 'system' },
  { id: 'gpt-4.1', created: 1744316542, owned_by: 'system' },
  { id: 'gpt-4.1-mini', created: 1744318173, owned_by: 'system' },
  { id: 'o3-mini', created: 1737146383, owned_by: 'system' },
].map((m) => ({ id: m.id, object: 'model', created: m.created, owned_by: m.owned_by }));

export const anthropicModels = [
  { id: 'claude-sonnet-4-5-20250929', display_name: 'Claude Sonnet 4.5', created_at: '2025-09-29T00:00:00Z' },
  { id: 'claude-haiku-4-5-20251001', display_name: 'Claude Haiku 4.5', created_at: '2025-10-15T00:00:00Z' },
  { id: 'claude-opus-4-1-20250805', display_name: 'Claude Opus 4.1', created_at: '2025-08-05T00:00:00Z' },
  { id: 'claude-3-5-haiku-20241022', display_name: 'Claude Haiku 3.5', created_at: '2024-10-22T00:00:00Z' },
].map((m) => ({ type: 'model', ...m }));

/**
 * One page of Anthropic's model list (`limit`, `after_id`, `before_id`):
 * https://docs.anthropic.com/en/api/models-list
 */
export function anthropicModelPage(query: Record<string, string>): Record<string, unknown> {
  const limit = Math.min(Math.max(Number(query.limit ?? 20) || 20, 1), 1000);
  let list = anthropicModels;
  if (query.after_id) list = list.slice(list.findIndex((m) => m.id === query.after_id) + 1);
  if (query.before_id) {
    const end = list.findIndex((m) => m.id === query.before_id);
    list = list.slice(0, end < 0 ? list.length : end).slice(-limit);
  }
  const data = list.slice(0, limit);
  return {
    data,
    has_more: data.length < list.length,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
  };
}
