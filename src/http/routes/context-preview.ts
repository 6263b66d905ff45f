import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import type { GatewayDeps } from '../../gateway/chat.js';
import { previewContext } from '../../gateway/preview.js';
import { anthropicProtocol } from '../../protocols/anthropic/index.js';
import { openaiProtocol } from '../../protocols/openai/index.js';
import type { WorkspaceService } from '../../workspaces/service.js';
import { requireWorkspace } from '../access.js';
import { validate } from '../validate.js';
import { workspaceParams } from './admin-schemas.js';

const previewQuery = z.strictObject({ format: z.enum(['openai', 'anthropic']).default('openai') });

/**
 * `POST /api/workspaces/:id/context/preview[?format=anthropic]`: the body is a chat request as the
 * app would send it to `/v1/chat/completions` (or `/v1/messages`), `palisade.context` included; the
 * answer is exactly what would be sent to the provider, with each finding's type, location and
 * operator. Nothing is sent and nothing is recorded.
 */
export function contextPreviewRoutes(
  app: FastifyInstance,
  deps: { gateway: GatewayDeps; workspaces: WorkspaceService },
): void {
  app.post('/api/workspaces/:id/context/preview', { config: { format: 'admin' } }, async (request) => {
    const { id } = validate(workspaceParams, request.params);
    requireWorkspace(request.principal, id, 'admin');
    const { format } = validate(previewQuery, request.query);
    await deps.workspaces.find(id);
    const protocol = format === 'anthropic' ? anthropicProtocol : openaiProtocol;
    return previewContext(deps.gateway, id, protocol, request.body);
  });
}
