import type { InboundProtocol } from '../protocol.js';
import { parseAnthropicRequest } from './parse-request.js';
import { renderAnthropicError } from './render-error.js';
import { renderAnthropicResponse } from './render-response.js';
import { createAnthropicStreamRenderer } from './stream-renderer.js';

/**
 * The Anthropic Messages wire format (`POST /v1/messages`).
 *
 * Same-format fidelity: fields the canonical form does not model travel in `extra`, together with
 * camelCase markers the Anthropic provider reads back: `arrayContent` (message or tool result content
 * sent as an array), `inMessages` (a system message sent inside `messages`). Blocks of unmodeled types
 * (thinking, documents, server tool blocks) are TextParts with empty text and the whole block in `extra`.
 */
export const anthropicProtocol: InboundProtocol = {
  format: 'anthropic',
  parseRequest: parseAnthropicRequest,
  renderResponse: (response) => renderAnthropicResponse(response),
  createStreamRenderer: createAnthropicStreamRenderer,
  renderError: renderAnthropicError,
};
