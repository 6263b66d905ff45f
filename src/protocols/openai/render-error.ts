import type { PalisadeError } from '../../core/errors.js';

/**
 * PalisadeError → OpenAI's error body `{ error: { message, type, param, code } }`, with OpenAI's
 * error types by status and our stable `code` (https://platform.openai.com/docs/guides/error-codes).
 */
export function renderOpenAIError(error: PalisadeError): { error: Record<string, unknown> } {
  return {
    error: {
      message: error.message,
      type: openaiErrorType(error.status),
      param: error.param ?? null,
      code: error.code,
    },
  };
}

function openaiErrorType(status: number): string {
  switch (status) {
    case 401:
      return 'authentication_error';
    case 403:
      return 'permission_error';
    case 404:
      return 'not_found_error';
    case 429:
      return 'rate_limit_error';
    default:
      return status >= 400 && status < 500 ? 'invalid_request_error' : 'api_error';
  }
}
