import type { Reply } from './deliver.js';
import { maskKey } from './keys.js';
import { randomId } from './text.js';

/** The `error` object of OpenAI's error body: https://platform.openai.com/docs/guides/error-codes */
export interface OpenAiError {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

/** Headers OpenAI sends on every answer. */
export function openAiHeaders(): Record<string, string> {
  return {
    'x-request-id': randomId('req_', 32),
    'openai-version': '2020-10-01',
    'openai-processing-ms': '1',
  };
}

export function openAiError(status: number, error: Partial<OpenAiError> & { message: string }): Reply {
  const body = { error: { type: 'invalid_request_error', param: null, code: null, ...error } };
  return { kind: 'json', status, headers: openAiHeaders(), body };
}

export function missingKey(): Reply {
  return openAiError(401, {
    message:
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
  });
}

/** OpenAI's 401 echoes part of the key, which is why a gateway must never forward it. */
export function invalidKey(key: string): Reply {
  return openAiError(401, {
    message: `Incorrect API key provided: ${maskKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    code: 'invalid_api_key',
  });
}

/** The error OpenAI answers with a given status (the `failStatus` knob). */
export function openAiFailure(status: number, key: string, model: string): Reply {
  if (status === 401) return invalidKey(key);
  if (status === 403) {
    return openAiError(403, {
      message: 'Country, region, or territory not supported',
      type: 'request_forbidden',
      code: 'unsupported_country_region_territory',
    });
  }
  if (status === 404) {
    return openAiError(404, {
      message: `The model \`${model}\` does not exist or you do not have access to it.`,
      code: 'model_not_found',
    });
  }
  if (status === 429) {
    return openAiError(429, {
      message: `Rate limit reached for ${model} in organization org-fake on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.`,
      type: 'requests',
      code: 'rate_limit_exceeded',
    });
  }
  if (status === 503) {
    return openAiError(503, {
      message: 'The engine is currently overloaded, please try again later',
      type: 'server_error',
    });
  }
  if (status >= 500) {
    return openAiError(status, {
      message: 'The server had an error while processing your request. Sorry about that!',
      type: 'server_error',
    });
  }
  return openAiError(status, { message: 'Invalid request.' });
}
