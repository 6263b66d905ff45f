import type { Extra, Part, Warning } from '../../core/chat.js';

/** Wrapper objects whose `extra` holds only the unmodeled rest, so each inner field is reported by name. */
const nested = new Set(['function', 'image_url', 'source', 'metadata', 'stream_options']);

/**
 * Reports every wire field of another format's `extra` that a translated request drops, as
 * `{ type: 'unsupported_parameter', parameter: 'messages.content.cache_control' }`. Palisade's camelCase
 * markers, nulls and fields listed in `modeled` (already translated) are not reported. Shared by both
 * providers.
 */
export function warnDropped(
  warnings: Warning[],
  extra: Extra | undefined,
  prefix: string,
  modeled: readonly string[] = [],
): void {
  if (!extra) return;
  for (const [key, value] of Object.entries(extra)) {
    if (isMarker(key) || value === null || value === undefined) continue;
    const parameter = prefix === '' ? key : `${prefix}.${key}`;
    if (nested.has(key) && isRecord(value)) warnDropped(warnings, value, parameter);
    else if (!modeled.includes(key)) pushWarning(warnings, { type: 'unsupported_parameter', parameter });
  }
}

/** Adds a warning unless an identical one is already there (one per parameter, not per message). */
export function pushWarning(warnings: Warning[], warning: Warning): void {
  const same = (other: Warning) =>
    other.type === warning.type && other.parameter === warning.parameter && other.detail === warning.detail;
  if (!warnings.some(same)) warnings.push(warning);
}

/** `extra` without Palisade's camelCase markers: the wire fields to spread back in a same-format call. */
export function wireFields(extra: Extra | undefined): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(extra ?? {})) if (!isMarker(key)) fields[key] = value;
  return fields;
}

/** The fields of a wire object other than `known`, or undefined when there are none. */
export function rest(
  source: Record<string, unknown>,
  known: readonly string[],
): Record<string, unknown> | undefined {
  const fields = Object.fromEntries(Object.entries(source).filter(([key]) => !known.includes(key)));
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/** A block the canonical form does not model, carried as a TextPart whose `extra` is the wire block. */
export function isCarried(part: Part): boolean {
  return part.type === 'text' && typeof part.extra?.type === 'string';
}

/** Drops blocks carried from the other format (they have no form here), one warning per block type. */
export function dropCarried<T extends Part>(parts: T[], warnings: Warning[]): T[] {
  return parts.filter((part) => {
    if (!isCarried(part)) return true;
    const detail = `${String(part.extra?.type)} blocks`;
    pushWarning(warnings, { type: 'unsupported_parameter', parameter: 'messages.content', detail });
    return false;
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMarker(key: string): boolean {
  return /[A-Z]/.test(key);
}
