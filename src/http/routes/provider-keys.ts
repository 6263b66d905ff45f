import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import type { ProviderKeyVault } from '../../keys/provider-keys.js';
import { requireWorkspace } from '../access.js';
import { validate } from '../validate.js';
import { actorOf } from './workspaces.js';

const provider = z.enum(['openai', 'anthropic']);
// Bounded, and never echoed: zod's messages name the field, not the value.
const apiKey = z.string().min(1).max(512);
const params = z.strictObject({ id: z.string().min(1).max(64) });
const providerParams = z.strictObject({ id: z.string().min(1).max(64), provider });

/** BYOK: an admin's own provider keys (Enterprise); see keys/provider-keys.ts. */
export function providerKeyRoutes(app: FastifyInstance, vault: ProviderKeyVault): void {
  const admin = { config: { format: 'admin' as const } };

  app.get('/api/workspaces/:id/provider-keys', admin, async (request) => {
    const { id } = validate(params, request.params);
    requireWorkspace(request.principal, id, 'admin');
    return { data: await vault.list(id) };
  });

  app.post('/api/workspaces/:id/provider-keys', admin, async (request, reply) => {
    const { id } = validate(params, request.params);
    requireWorkspace(request.principal, id, 'admin');
    const body = validate(z.strictObject({ provider, api_key: apiKey }), request.body);
    return reply.code(201).send(await vault.add(id, body.provider, body.api_key, actorOf(request.principal)));
  });

  app.put('/api/workspaces/:id/provider-keys/:provider', admin, async (request) => {
    const { id, provider: which } = validate(providerParams, request.params);
    requireWorkspace(request.principal, id, 'admin');
    const body = validate(z.strictObject({ api_key: apiKey }), request.body);
    return vault.replace(id, which, body.api_key, actorOf(request.principal));
  });

  app.delete('/api/workspaces/:id/provider-keys/:provider', admin, async (request, reply) => {
    const { id, provider: which } = validate(providerParams, request.params);
    requireWorkspace(request.principal, id, 'admin');
    await vault.remove(id, which, actorOf(request.principal));
    return reply.code(204).send();
  });
}
