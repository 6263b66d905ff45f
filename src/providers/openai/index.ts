import type { ProviderAdapter } from '../provider.js';
import { parseOpenAIResponse } from './parse-response.js';
import { renderOpenAIRequest } from './render-request.js';
import { createOpenAIStreamParser } from './stream-parser.js';

/**
 * OpenAI Chat Completions (https://platform.openai.com/docs/api-reference/chat). The configured
 * base_url already ends in `/v1`. Every request is sent with `store: false`.
 */
export const openaiProvider: ProviderAdapter = {
  id: 'openai',
  chatPath: '/chat/completions',
  modelsPath: '/models',
  headers: (apiKey) => ({ Authorization: `Bearer ${apiKey}` }),
  renderRequest: renderOpenAIRequest,
  parseResponse: parseOpenAIResponse,
  createStreamParser: createOpenAIStreamParser,
};
