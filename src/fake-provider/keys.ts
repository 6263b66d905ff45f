import type { Knobs } from './types.js';

export type KeyCheck = { ok: true; key: string } | { ok: false; key: string | undefined };

const minLength = 20;

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(headers: Record<string, string>): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
}

/** OpenAI keys: `Authorization: Bearer sk-…` or `sk-proj-…`, at least 20 characters. */
export function checkOpenAiKey(headers: Record<string, string>, knobs: Readonly<Knobs>): KeyCheck {
  const key = bearerToken(headers);
  if (key === undefined) return { ok: false, key: undefined };
  // An Anthropic key starts with `sk-` too; the real OpenAI API refuses it.
  const ok = key.startsWith('sk-') && !key.startsWith('sk-ant-') && key.length >= minLength;
  return { ok: ok && !knobs.rejectKeys.includes(key), key };
}

/**
 * Anthropic keys: `sk-ant-…`, at least 20 characters, in `x-api-key` or (as @anthropic-ai/sdk 1.x
 * sends an `apiKey`) in `Authorization: Bearer`; `x-api-key` wins when both are present.
 */
export function checkAnthropicKey(headers: Record<string, string>, knobs: Readonly<Knobs>): KeyCheck {
  const key = headers['x-api-key'] || bearerToken(headers);
  if (key === undefined || key === '') return { ok: false, key: undefined };
  const ok = key.startsWith('sk-ant-') && key.length >= minLength;
  return { ok: ok && !knobs.rejectKeys.includes(key), key };
}

/** The key as OpenAI's 401 message shows it: `sk-...WXYZ` (short keys in full). */
export function maskKey(key: string): string {
  return key.length <= 8 ? key : `${key.slice(0, 3)}...${key.slice(-4)}`;
}
