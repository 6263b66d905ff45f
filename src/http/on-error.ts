import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isPalisadeError, PalisadeError } from '../core/errors.js';
import { anthropicProtocol } from '../protocols/anthropic/index.js';
import { openaiProtocol } from '../protocols/openai/index.js';
import { formatOf } from './wire-format.js';

/** Fastify's own error codes for bad input, mapped to ours. */
const fastifyCodes: Record<string, PalisadeError['code']> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
};

/**
 * The one place errors become responses, in the caller's wire format with a stable `code`. Raw
 * error text (which may hold a prompt or a key) never reaches the client: only PalisadeError
 * messages, which are written for the caller.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const failure = toPalisadeError(error);
    if (failure.status >= 500 && failure.code === 'internal_error') {
      request.log.error({ err: error }, 'unhandled error');
    } else if (failure.status >= 500) {
      request.log.warn({ code: failure.code }, 'request failed');
    }
    return sendError(request, reply, failure);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(
      request,
      reply,
      new PalisadeError('not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`),
    ),
  );
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: PalisadeError): FastifyReply {
  const format = formatOf(request);
  const body =
    format === 'openai'
      ? openaiProtocol.renderError(error)
      : format === 'anthropic'
        ? anthropicProtocol.renderError(error)
        : {
            error: {
              code: error.code,
              message: error.message,
              ...(error.param ? { param: error.param } : {}),
            },
          };
  if (error.code === 'unauthorized') reply.header('www-authenticate', 'Bearer');
  return reply
    .code(error.status)
    .header('x-palisade-error-code', error.code)
    .type('application/json')
    .send(body);
}

function toPalisadeError(error: FastifyError): PalisadeError {
  if (isPalisadeError(error)) return error;
  const mapped = error.code ? fastifyCodes[error.code] : undefined;
  if (mapped) return new PalisadeError(mapped);
  if (error instanceof SyntaxError) return new PalisadeError('invalid_json');
  if (error.statusCode === 404) return new PalisadeError('not_found');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return new PalisadeError('invalid_request');
  return new PalisadeError('internal_error');
}
