import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import type { SessionService } from '../../sessions/service.js';
import { requireWorkspace } from '../access.js';
import { validate } from '../validate.js';
import { workspaceParams } from './admin-schemas.js';
import { actorOf } from './workspaces.js';

const sessionQuery = z.strictObject({ member_id: z.string().min(1).max(64).optional() });

/** A workspace admin's export and erasure of its AI sessions (all, or one member's). */
export function sessionRoutes(app: FastifyInstance, sessions: SessionService): void {
  const admin = { config: { format: 'admin' as const } };

  app.get('/api/workspaces/:id/sessions/export', admin, async (request, reply) => {
    const { id } = validate(workspaceParams, request.params);
    requireWorkspace(request.principal, id, 'admin');
    const { member_id } = validate(sessionQuery, request.query);
    const rows = sessions.export(id, member_id ? { memberId: member_id } : {});
    // Read the first page before answering, so an unknown workspace is still a clean 404.
    const first = await rows.next();
    async function* lines() {
      if (!first.done) yield `${JSON.stringify(first.value)}\n`;
      for await (const row of rows) yield `${JSON.stringify(row)}\n`;
    }
    return reply
      .type('application/x-ndjson')
      .header('content-disposition', `attachment; filename="sessions-${id}.jsonl"`)
      .send(Readable.from(lines()));
  });

  app.delete('/api/workspaces/:id/sessions', admin, async (request) => {
    const { id } = validate(workspaceParams, request.params);
    requireWorkspace(request.principal, id, 'admin');
    const { member_id } = validate(sessionQuery, request.query);
    const erased = await sessions.erase(
      id,
      member_id ? { memberId: member_id } : {},
      actorOf(request.principal),
    );
    return { erased };
  });
}
