/**
 * Decodes canonical standard base64, or returns undefined. Node's own decoder skips characters
 * outside the alphabet and ignores the unused low bits of the last character, so several strings
 * decode to the same bytes; only the one Node itself would write is accepted here.
 */
export function decodeBase64(text: string): Buffer | undefined {
  if (typeof text !== 'string') return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.length > 0 && bytes.toString('base64') === text ? bytes : undefined;
}
