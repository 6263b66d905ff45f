import type { InboundProtocol } from '../protocol.js';
import { parseOpenAIRequest } from './parse-request.js';
import { renderOpenAIError } from './render-error.js';
import { renderOpenAIResponse } from './render-response.js';
import { createOpenAIStreamRenderer } from './stream-renderer.js';

/**
 * The OpenAI Chat Completions wire format (`POST /v1/chat/completions`).
 *
 * Same-format fidelity: fields the canonical form does not model travel in `extra` (see pick-extra.ts),
 * together with camelCase markers the OpenAI provider reads back: `arrayContent` (message),
 * `role: 'developer'` (message), `legacyMaxTokens`, `stopString`, `noParameters` (tool). Content parts of
 * unmodeled types are TextParts with empty text and the whole wire part in `extra` (`extra.type` set).
 */
export const openaiProtocol: InboundProtocol = {
  format: 'openai',
  parseRequest: parseOpenAIRequest,
  renderResponse: (response) => renderOpenAIResponse(response),
  createStreamRenderer: createOpenAIStreamRenderer,
  renderError: renderOpenAIError,
};
