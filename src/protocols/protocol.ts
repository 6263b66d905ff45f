import type { ChatRequest, ChatResponse, StreamPart, WireFormat } from '../core/chat.js';
import type { PalisadeError } from '../core/errors.js';

/**
 * An inbound wire format: how a client speaks to Palisade. Parses the client's request into the
 * canonical form and renders canonical results (JSON, SSE, errors) back in the client's format.
 */
export interface InboundProtocol {
  readonly format: WireFormat;
  /**
   * Validates and parses a request body. Throws PalisadeError('invalid_request', message, { param })
   * naming the offending field; never echoes the field's value.
   */
  parseRequest(body: unknown): ChatRequest;
  /** Renders a complete (non-streaming) response. */
  renderResponse(response: ChatResponse, request: ChatRequest): unknown;
  /** Renders a canonical stream as SSE text, one call per part. */
  createStreamRenderer(request: ChatRequest): StreamRenderer;
  /** The error body of this format (OpenAI's `{error:{...}}`, Anthropic's `{type:'error',error:{...}}`). */
  renderError(error: PalisadeError): unknown;
}

export interface StreamRenderer {
  /** SSE text for one canonical part; may be '' when the part only updates state. */
  write(part: StreamPart): string;
  /** SSE text that closes a stream that ended normally (e.g. `data: [DONE]`, `message_stop`). */
  end(): string;
  /** A terminal error event for a stream that has already begun. */
  error(error: PalisadeError): string;
}
