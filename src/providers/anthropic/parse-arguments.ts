/**
 * Tool call arguments (JSON text) → the `input` object Anthropic requires. Undefined when the text is
 * not a JSON object, so the caller can report the adjustment.
 */
export function parseArguments(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
