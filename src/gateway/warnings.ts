import type { Warning } from '../core/chat.js';

/**
 * Warnings as short labels (`unsupported_parameter=seed`) for the response header and the audit
 * entry. The parameter is a field name the client chose: only a safe alphabet survives, each label
 * is capped, and at most `max` labels are listed (then `+N more`), so neither a header nor an audit
 * entry can carry arbitrary client text.
 */
export function warningLabels(warnings: readonly Warning[], max = 20): string[] {
  const labels = warnings
    .slice(0, max)
    .map((w) => (w.parameter ? `${w.type}=${safeLabelText(w.parameter)}` : w.type));
  if (warnings.length > max) labels.push(`+${warnings.length - max} more`);
  return labels;
}

/** Keeps `[A-Za-z0-9_.-[]:]`, replaces anything else with `?`, at most 100 characters. */
export function safeLabelText(value: string): string {
  return value.replace(/[^A-Za-z0-9_.\-[\]:]/g, '?').slice(0, 100);
}
