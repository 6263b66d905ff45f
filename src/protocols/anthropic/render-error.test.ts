import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { type ErrorCode, PalisadeError } from '../../core/errors.js';
import { renderAnthropicError } from './render-error.js';

describe('renderAnthropicError', () => {
  it.each<{ code: ErrorCode; type: string }>([
    { code: 'invalid_request', type: 'invalid_request_error' },
    { code: 'invalid_json', type: 'invalid_request_error' },
    { code: 'unauthorized', type: 'authentication_error' },
    { code: 'no_provider_key', type: 'permission_error' },
    { code: 'not_found', type: 'not_found_error' },
    { code: 'payload_too_large', type: 'request_too_large' },
    { code: 'upstream_rate_limited', type: 'rate_limit_error' },
    { code: 'upstream_overloaded', type: 'overloaded_error' },
    { code: 'upstream_timeout', type: 'api_error' },
    { code: 'internal_error', type: 'api_error' },
  ])('renders $code as $type', ({ code, type }) => {
    const error = new PalisadeError(code);
    expect(renderAnthropicError(error)).toEqual({
      type: 'error',
      error: { type, message: error.message, code },
    });
  });

  it('is read by the official Anthropic SDK', async () => {
    const error = new PalisadeError('invalid_request', '`max_tokens` is required.', { param: 'max_tokens' });
    const client = new Anthropic({
      apiKey: 'pal_test',
      baseURL: 'http://palisade.test',
      maxRetries: 0,
      fetch: async () =>
        new Response(JSON.stringify(renderAnthropicError(error)), {
          status: 400,
          headers: { 'content-type': 'application/json' },
        }),
    });
    const failure = await client.messages
      .create({ model: 'x', max_tokens: 1, messages: [] })
      .catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(Anthropic.BadRequestError);
    expect(failure).toMatchObject({
      status: 400,
      error: { type: 'error', error: { type: 'invalid_request_error', code: 'invalid_request' } },
    });
  });
});
