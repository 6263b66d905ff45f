import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { Authenticator } from '../gateway/authenticate.js';
import type { GatewayDeps } from '../gateway/chat.js';
import type { AiMetrics } from '../gateway/metrics.js';
import type { ProviderKeyVault } from '../keys/provider-keys.js';
import type { SessionService } from '../sessions/service.js';
import type { WorkspaceService } from '../workspaces/service.js';
import { LazyChildLogger } from './lazy-logger.js';
import { registerErrorHandling } from './on-error.js';
import { contextPreviewRoutes } from './routes/context-preview.js';
import { dataPlaneRoutes } from './routes/data-plane.js';
import { healthRoutes } from './routes/health.js';
import { providerKeyRoutes } from './routes/provider-keys.js';
import { sessionRoutes } from './routes/sessions.js';
import { adminRoutes } from './routes/workspaces.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Served without a credential. */
    public?: boolean;
  }
}

export interface AppDeps {
  config: Config;
  log: Logger;
  authenticator: Authenticator;
  workspaces: WorkspaceService;
  sessions: SessionService;
  vault: ProviderKeyVault;
  gateway: GatewayDeps;
  metrics: AiMetrics;
}

/** The Fastify app: data plane, admin API and health, behind one authentication hook. */
export function buildApp(deps: AppDeps): FastifyInstance {
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    // One line per refused request (onResponse below) instead of two per request.
    logController: new LogController({ disableRequestLogging: true }),
    childLoggerFactory: (logger, bindings, options) => new LazyChildLogger(logger, bindings, options),
    bodyLimit: deps.config.bodyLimitBytes,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
  });
  // Only JSON is accepted; anything else is 415 before a byte of it is parsed.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('principal', undefined as never);
  registerErrorHandling(app);

  // Authentication runs before the body is read, so an unauthenticated request costs no parsing.
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config?.public) return;
    request.principal = await deps.authenticator.authenticate(request.headers);
  });
  app.addHook('onResponse', (request, reply, done) => {
    if (reply.statusCode >= 400) {
      request.log.info(
        { method: request.method, url: request.routeOptions.url, status: reply.statusCode },
        'request refused',
      );
    }
    done();
  });

  healthRoutes(app, deps.config.nodeRegions, deps.metrics);
  adminRoutes(app, { workspaces: deps.workspaces, sessions: deps.sessions, config: deps.config });
  sessionRoutes(app, deps.sessions);
  providerKeyRoutes(app, deps.vault);
  contextPreviewRoutes(app, { gateway: deps.gateway, workspaces: deps.workspaces });
  dataPlaneRoutes(app, deps.gateway);
  return app;
}
