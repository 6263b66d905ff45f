import type { FastifyRequest } from 'fastify';

export type ResponseFormat = 'openai' | 'anthropic' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The wire format this route's errors are rendered in. */
    format?: ResponseFormat;
  }
}

/**
 * The format a request's errors are rendered in: the route's own, or for requests that never
 * reached a route, the one its URL implies. `GET /v1/models` is shared: the Anthropic SDK marks
 * itself with `anthropic-version`.
 */
export function formatOf(request: FastifyRequest): ResponseFormat {
  const routed = request.routeOptions.config?.format;
  if (routed) return routed;
  const url = request.url;
  if (url.startsWith('/v1/messages')) return 'anthropic';
  if (url.startsWith('/v1/'))
    return request.headers['anthropic-version'] !== undefined ? 'anthropic' : 'openai';
  return 'admin';
}
