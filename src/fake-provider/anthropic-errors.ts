import type { Reply } from './deliver.js';
import { randomId } from './text.js';

/** Headers Anthropic sends on every answer. */
export function anthropicHeaders(): Record<string, string> {
  return {
    'request-id': randomId('req_011C', 20),
    'anthropic-organization-id': '00000000-fake-0000-0000-000000000000',
  };
}

/** Anthropic's error body: https://docs.anthropic.com/en/api/errors */
export function anthropicError(status: number, type: string, message: string): Reply {
  const headers = anthropicHeaders();
  const body = { type: 'error', error: { type, message }, request_id: headers['request-id'] };
  return {
    kind: 'json',
    status,
    headers: { ...headers, 'x-should-retry': String(status >= 500 || status === 429) },
    body,
  };
}

export const invalidRequest = (message: string): Reply =>
  anthropicError(400, 'invalid_request_error', message);

const failures: Record<number, [string, string]> = {
  400: ['invalid_request_error', 'Invalid request.'],
  401: ['authentication_error', 'invalid x-api-key'],
  402: ['billing_error', 'Your credit balance is too low to access the Anthropic API.'],
  403: ['permission_error', 'Your API key does not have permission to use the specified resource.'],
  404: ['not_found_error', 'Not found'],
  413: ['request_too_large', 'Request exceeds the maximum allowed number of bytes.'],
  429: [
    'rate_limit_error',
    'This request would exceed the rate limit for your organization of 50 input tokens per minute.',
  ],
  500: ['api_error', 'Internal server error'],
  504: ['timeout_error', 'Request timed out'],
  529: ['overloaded_error', 'Overloaded'],
};

/** The error Anthropic answers with a given status (the `failStatus` knob). */
export function anthropicFailure(status: number): Reply {
  const [type, message] = failures[status] ?? (status >= 500 ? failures[500] : failures[400]) ?? [];
  return anthropicError(status, type ?? 'api_error', message ?? 'Error');
}
