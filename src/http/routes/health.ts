import type { FastifyInstance } from 'fastify';
import type { AiMetrics } from '../../gateway/metrics.js';
import { requireOperator } from '../access.js';

/** Readiness: the app is only built once every store is open and migrated. */
export function healthRoutes(app: FastifyInstance, regions: readonly string[], metrics: AiMetrics): void {
  app.get('/healthz', { config: { format: 'admin', public: true } }, async () => ({ status: 'ok', regions }));
  // Prometheus scrapes with the operator token (`authorization: Bearer …` in its scrape config).
  app.get('/metrics', { config: { format: 'admin' } }, async (request, reply) => {
    requireOperator(request.principal);
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.render());
  });
}
