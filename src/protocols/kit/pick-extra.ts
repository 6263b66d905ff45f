import type { Extra } from '../../core/chat.js';

/**
 * The wire fields of `source` that the canonical form does not model, kept verbatim for a same-format
 * call: every key not in `modeled`, plus modeled keys sent as `null` (the canonical form cannot tell
 * `null` from absent, so the null travels in `extra` and is spread back). Undefined when there are none.
 *
 * Convention shared by both protocols and both providers: camelCase keys in `extra` are Palisade's own
 * markers (both APIs use snake_case only), e.g. `arrayContent` (content was sent as an array), and are
 * never sent upstream.
 */
export function pickExtra(source: Record<string, unknown>, modeled: readonly string[]): Extra | undefined {
  let extra: Extra | undefined;
  for (const [key, value] of Object.entries(source)) {
    if (modeled.includes(key) && value !== null) continue;
    extra ??= {};
    extra[key] = value;
  }
  return extra;
}

/** Merges marker and wire fields into an `extra`, leaving it undefined when nothing is set. */
export function withExtra(extra: Extra | undefined, more: Extra): Extra | undefined {
  const merged = { ...extra };
  for (const [key, value] of Object.entries(more)) if (value !== undefined) merged[key] = value;
  return Object.keys(merged).length > 0 ? merged : undefined;
}
