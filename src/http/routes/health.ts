import type { FastifyInstance } from 'fastify';

/** Readiness: the app is only built once every store is open and migrated. */
export function healthRoutes(app: FastifyInstance, regions: readonly string[]): void {
  app.get('/healthz', { config: { format: 'admin', public: true } }, async () => ({ status: 'ok', regions }));
}
