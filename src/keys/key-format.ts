import { PalisadeError } from '../core/errors.js';
import type { ProviderId } from '../core/ids.js';

// Key shapes as the providers issue them: OpenAI `sk-…` / `sk-proj-…`, Anthropic `sk-ant-…`.
const formats: Record<ProviderId, { pattern: RegExp; example: string; name: string }> = {
  openai: { pattern: /^sk-(?!ant-)[A-Za-z0-9_-]{16,}$/, example: 'sk-… or sk-proj-…', name: 'OpenAI' },
  anthropic: { pattern: /^sk-ant-[A-Za-z0-9_-]{16,}$/, example: 'sk-ant-…', name: 'Anthropic' },
};

/** Refuses a value that cannot be a key of this provider, before anything is sent or stored. */
export function checkKeyFormat(provider: ProviderId, apiKey: string): void {
  const format = formats[provider];
  if (!format.pattern.test(apiKey)) {
    throw new PalisadeError(
      'provider_key_invalid',
      `That does not look like an ${format.name} API key (expected ${format.example}).`,
      { param: 'api_key' },
    );
  }
}

export function providerName(provider: ProviderId): string {
  return formats[provider].name;
}
