import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { type ErrorCode, PalisadeError } from '../../core/errors.js';
import { renderOpenAIError } from './render-error.js';

describe('renderOpenAIError', () => {
  it.each<{ code: ErrorCode; type: string }>([
    { code: 'invalid_request', type: 'invalid_request_error' },
    { code: 'payload_too_large', type: 'invalid_request_error' },
    { code: 'wrong_region', type: 'invalid_request_error' },
    { code: 'unauthorized', type: 'authentication_error' },
    { code: 'ai_disabled', type: 'permission_error' },
    { code: 'not_found', type: 'not_found_error' },
    { code: 'budget_exceeded', type: 'rate_limit_error' },
    { code: 'upstream_error', type: 'api_error' },
    { code: 'upstream_overloaded', type: 'api_error' },
    { code: 'policy_unavailable', type: 'api_error' },
  ])('renders $code as $type', ({ code, type }) => {
    const error = new PalisadeError(code);
    expect(renderOpenAIError(error)).toEqual({ error: { message: error.message, type, param: null, code } });
  });

  it('names the field at fault', () => {
    const error = new PalisadeError('invalid_request', '`messages` must not be empty.', {
      param: 'messages',
    });
    expect(renderOpenAIError(error).error).toMatchObject({
      param: 'messages',
      message: '`messages` must not be empty.',
    });
  });

  it('is read by the official OpenAI SDK', async () => {
    const error = new PalisadeError('ai_disabled');
    const client = new OpenAI({
      apiKey: 'pal_test',
      baseURL: 'http://palisade.test/v1',
      maxRetries: 0,
      fetch: async () =>
        new Response(JSON.stringify(renderOpenAIError(error)), {
          status: 403,
          headers: { 'content-type': 'application/json' },
        }),
    });
    const failure = await client.chat.completions
      .create({ model: 'x', messages: [] })
      .catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(failure).toMatchObject({ status: 403, code: 'ai_disabled', type: 'permission_error' });
  });
});
