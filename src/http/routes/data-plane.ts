import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PalisadeError } from '../../core/errors.js';
import { type GatewayDeps, handleChat } from '../../gateway/chat.js';
import { allowedModels } from '../../gateway/policy.js';
import type { StreamSink } from '../../gateway/stream.js';
import { anthropicProtocol } from '../../protocols/anthropic/index.js';
import { openaiProtocol } from '../../protocols/openai/index.js';
import type { InboundProtocol } from '../../protocols/protocol.js';
import { requireToken } from '../access.js';
import { formatOf } from '../wire-format.js';

/** The data plane: OpenAI- and Anthropic-compatible endpoints the official SDKs talk to unchanged. */
export function dataPlaneRoutes(app: FastifyInstance, deps: GatewayDeps): void {
  app.post('/v1/chat/completions', { config: { format: 'openai' } }, (request, reply) =>
    chat(deps, openaiProtocol, 'chat.completions', request, reply),
  );
  app.post('/v1/messages', { config: { format: 'anthropic' } }, (request, reply) =>
    chat(deps, anthropicProtocol, 'messages', request, reply),
  );
  app.get('/v1/models', async (request) => {
    const principal = requireToken(request.principal);
    const { settings } = await deps.policy.get(principal.workspaceId);
    if (!settings.ai_enabled) throw new PalisadeError('ai_disabled');
    // Only what the workspace may use and its region serves.
    const endpoint = deps.config.regions[principal.region]?.providers[settings.model_provider];
    const models = allowedModels(settings, (provider) => deps.config.providers[provider].defaultModel).filter(
      (model) => endpoint !== undefined && (!endpoint.models || endpoint.models.includes(model)),
    );
    return formatOf(request) === 'anthropic'
      ? anthropicModelList(models)
      : openaiModelList(models, settings.model_provider);
  });
}

async function chat(
  deps: GatewayDeps,
  protocol: InboundProtocol,
  endpoint: string,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  const principal = requireToken(request.principal);
  const controller = new AbortController();
  const res = reply.raw;
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const outcome = await handleChat(deps, {
    principal,
    protocol,
    endpoint,
    body: request.body,
    signal: controller.signal,
  });
  if (outcome.kind === 'json') {
    return reply.headers(outcome.headers).header('x-request-id', request.id).send(outcome.body);
  }
  reply.hijack();
  res.writeHead(200, { ...outcome.headers, 'x-request-id': request.id });
  await outcome.pump(sinkFor(res));
  return undefined;
}

function sinkFor(res: ServerResponse): StreamSink {
  return {
    write(text) {
      if (res.destroyed || res.writableEnded) return undefined;
      if (res.write(text)) return undefined;
      // Wait for the client to drain, or to go away; either way both listeners are removed.
      return new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    },
    end() {
      if (!res.destroyed && !res.writableEnded) res.end();
    },
  };
}

// https://platform.openai.com/docs/api-reference/models/list
function openaiModelList(models: string[], provider: string) {
  return {
    object: 'list',
    data: models.map((id) => ({ id, object: 'model', created: 0, owned_by: provider })),
  };
}

// https://docs.anthropic.com/en/api/models-list
function anthropicModelList(models: string[]) {
  const data = models.map((id) => ({
    type: 'model',
    id,
    display_name: id,
    created_at: '1970-01-01T00:00:00Z',
  }));
  return { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null };
}
