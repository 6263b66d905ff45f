import type { PalisadeError } from '../../core/errors.js';

/**
 * PalisadeError → Anthropic's error body `{ type: 'error', error: { type, message } }`, plus our stable
 * `code` (https://docs.anthropic.com/en/api/errors).
 */
export function renderAnthropicError(error: PalisadeError): {
  type: 'error';
  error: Record<string, unknown>;
} {
  return {
    type: 'error',
    error: { type: anthropicErrorType(error.status), message: error.message, code: error.code },
  };
}

export function anthropicErrorType(status: number): string {
  switch (status) {
    case 401:
      return 'authentication_error';
    case 403:
      return 'permission_error';
    case 404:
      return 'not_found_error';
    case 413:
      return 'request_too_large';
    case 429:
      return 'rate_limit_error';
    case 529:
      return 'overloaded_error';
    default:
      return status >= 400 && status < 500 ? 'invalid_request_error' : 'api_error';
  }
}
