import type { Usage } from '../../core/chat.js';

/** Later values win, but an unknown (undefined) count never erases a known one. */
export function mergeUsage(current: Usage | undefined, next: Usage): Usage {
  const merged: Usage = { inputTokens: undefined, outputTokens: undefined, ...current };
  for (const [key, value] of Object.entries(next) as [keyof Usage, number | undefined][]) {
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}
