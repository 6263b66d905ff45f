import type { ChatRequest, ChatResponse, StreamPart, Warning } from '../core/chat.js';
import type { SseEvent } from './kit/sse.js';

export type { ProviderId } from '../core/ids.js';

import type { ProviderId } from '../core/ids.js';

/**
 * An outbound adapter: how Palisade speaks to one provider. Adapters are pure mappers; transport
 * (keep-alive pools, timeouts, retries, SSE framing) lives in providers/kit and the gateway.
 *
 * Contract:
 * - `renderRequest` serialises the canonical request into the provider's wire body. When the
 *   request's `format` is this provider's, `extra` fields are spread back so nothing is lost; when it
 *   is the other format, they are dropped and each drop is pushed onto `warnings`.
 * - `parseResponse` and `createStreamParser` map the provider's answer to canonical form, taking usage
 *   from the provider's own usage fields (unknown stays undefined).
 * - Nothing here chooses a URL or a key: those come from configuration and the store.
 */
export interface ProviderAdapter {
  readonly id: ProviderId;
  /** Path of the chat endpoint relative to the configured base_url. */
  readonly chatPath: string;
  /** Path of the model list relative to the configured base_url. */
  readonly modelsPath: string;
  /** Authentication and version headers for this provider. */
  headers(apiKey: string): Record<string, string>;
  renderRequest(request: ChatRequest, warnings: Warning[]): Record<string, unknown>;
  parseResponse(body: unknown): ChatResponse;
  createStreamParser(): StreamParser;
}

export interface StreamParser {
  /** Canonical parts carried by one SSE event (often one, sometimes none or several). */
  push(event: SseEvent): StreamPart[];
  /** True once the provider's terminal event (`[DONE]`, `message_stop`) has been seen. */
  readonly complete: boolean;
  /** Set when the provider sent an error event inside the stream. */
  readonly failure: { status: number; type: string } | undefined;
}
