import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../audit/audit.js';
import { listAudit } from '../../audit/audit.js';
import type { Config } from '../../config/config.js';
import { PalisadeError } from '../../core/errors.js';
import type { Principal } from '../../gateway/principal.js';
import { eraseWorkspaceKeys } from '../../keys/provider-keys.js';
import type { SessionService } from '../../sessions/service.js';
import { eraseWorkspaceSessions } from '../../sessions/sessions.js';
import type { SettingsPatch, WorkspaceService } from '../../workspaces/service.js';
import type { AiSettings } from '../../workspaces/types.js';
import { requireOperator, requireWorkspace } from '../access.js';
import { validate } from '../validate.js';
import {
  auditQuery,
  createTokenBody,
  createWorkspaceBody,
  eraseQuery,
  patchSettingsBody,
  patchWorkspaceBody,
  tokenParams,
  workspaceParams,
} from './admin-schemas.js';

/** The admin API: workspaces, tokens, AI settings and the audit log. */
export function adminRoutes(
  app: FastifyInstance,
  deps: { workspaces: WorkspaceService; sessions: SessionService; config: Config },
): void {
  const { workspaces, sessions, config } = deps;
  const admin = { config: { format: 'admin' as const } };

  app.post('/api/workspaces', admin, async (request, reply) => {
    requireOperator(request.principal);
    const body = validate(createWorkspaceBody, request.body);
    if (!Object.hasOwn(config.regions, body.region)) {
      const known = Object.keys(config.regions).join(', ');
      throw new PalisadeError(
        'invalid_request',
        `Unknown region "${body.region}"; this deployment has: ${known}.`,
        {
          param: 'region',
        },
      );
    }
    return reply.code(201).send(await workspaces.create(body, actorOf(request.principal)));
  });

  app.get('/api/workspaces/:id', admin, async (request) => {
    const { id } = validate(workspaceParams, request.params);
    requireWorkspace(request.principal, id, 'member');
    return (await workspaces.find(id)).workspace;
  });

  app.patch('/api/workspaces/:id', admin, async (request) => {
    const { id } = validate(workspaceParams, request.params);
    requireWorkspace(request.principal, id, 'admin');
    const body = validate(patchWorkspaceBody, request.body);
    if (body.plan !== undefined) requireOperator(request.principal);
    return workspaces.update(id, body, actorOf(request.principal));
  });

  // Erasure of the whole workspace: every row of it in its region, keys and sessions included.
  // `?confirm=<workspace id>` guards against a slip of the hand.
  app.delete('/api/workspaces/:id', admin, async (request) => {
    const { id } = validate(workspaceParams, request.params);
    requireWorkspace(request.principal, id, 'admin');
    const { confirm } = validate(eraseQuery, request.query);
    if (confirm !== id) {
      throw new PalisadeError('invalid_request', 'Confirm the erasure with ?confirm=<workspace id>.', {
        param: 'confirm',
      });
    }
    const { rows } = await workspaces.erase(id, actorOf(request.principal), [
      eraseWorkspaceSessions,
      eraseWorkspaceKeys,
    ]);
    return { erased: true, id, rows };
  });

  app.post('/api/workspaces/:id/tokens', admin, async (request, reply) => {
    const { id } = validate(workspaceParams, request.params);
    requireWorkspace(request.principal, id, 'admin');
    const body = validate(createTokenBody, request.body);
    const { view, token } = await workspaces.createToken(id, body, actorOf(request.principal));
    return reply.code(201).send({ ...view, token });
  });

  app.get('/api/workspaces/:id/tokens', admin, async (request) => {
    const { id } = validate(workspaceParams, request.params);
    requireWorkspace(request.principal, id, 'admin');
    return { data: await workspaces.listTokens(id) };
  });

  app.delete('/api/workspaces/:id/tokens/:token_id', admin, async (request) => {
    const { id, token_id } = validate(tokenParams, request.params);
    requireWorkspace(request.principal, id, 'admin');
    return workspaces.revokeToken(id, token_id, actorOf(request.principal));
  });

  app.get('/api/workspaces/:id/ai-settings', admin, async (request) => {
    const { id } = validate(workspaceParams, request.params);
    requireWorkspace(request.principal, id, 'member');
    return workspaces.settings(id);
  });

  app.patch('/api/workspaces/:id/ai-settings', admin, async (request) => {
    const { id } = validate(workspaceParams, request.params);
    requireWorkspace(request.principal, id, 'admin');
    const patch = validate(patchSettingsBody, request.body);
    const { workspace } = await workspaces.find(id);
    const current = await workspaces.settings(id);
    const checked = checkModels(config, current, patch, workspace.region);
    const actor = actorOf(request.principal);
    // Content kept under the old retention follows the new one at once (`none`: it goes now), and
    // opting out withdraws earlier sessions. What takes data away runs before the settings change,
    // what keeps more runs after it: if a step fails, less is kept, never more.
    const retention =
      patch.retention !== undefined && patch.retention !== current.retention ? patch.retention : undefined;
    const shorter =
      retention !== undefined &&
      (retention === 'none' || (current.retention !== 'none' && retention < current.retention));
    const consent =
      patch.training_data_use !== undefined && patch.training_data_use !== current.training_data_use
        ? patch.training_data_use
        : undefined;
    if (shorter) await sessions.retentionChanged(id, retention);
    if (consent === false) await sessions.consentChanged(id, false, actor);
    const updated = await workspaces.updateSettings(id, checked, actor);
    if (retention !== undefined && !shorter) await sessions.retentionChanged(id, retention);
    if (consent === true) await sessions.consentChanged(id, true, actor);
    return updated;
  });

  app.get('/api/workspaces/:id/audit', admin, async (request) => {
    const { id } = validate(workspaceParams, request.params);
    requireWorkspace(request.principal, id, 'admin');
    const query = validate(auditQuery, request.query);
    const { store } = await workspaces.find(id);
    const page = await listAudit(store.db, id, query);
    return { data: page.entries, next_before: page.nextBefore };
  });
}

export function actorOf(principal: Principal): Actor {
  return principal.kind === 'operator'
    ? { type: 'operator', id: null }
    : { type: 'token', id: principal.tokenId };
}

/**
 * Keeps provider and models coherent: a model must be one the provider offers (config
 * `providers.<id>.models`) and serves in the workspace's region, and switching provider without
 * naming a model resets the model choice.
 */
function checkModels(
  config: Config,
  current: AiSettings,
  patch: SettingsPatch,
  region: string,
): SettingsPatch {
  const provider = patch.model_provider ?? current.model_provider;
  const endpoint = config.regions[region]?.providers[provider];
  const requireZero = patch.require_zero_retention ?? current.require_zero_retention;
  const touchesZero = patch.require_zero_retention !== undefined || patch.model_provider !== undefined;
  if (touchesZero && requireZero && !config.providers[provider].zeroDataRetention) {
    throw new PalisadeError(
      'invalid_request',
      `${provider} is not configured with zero data retention, which this workspace would require.`,
      { param: patch.require_zero_retention !== undefined ? 'require_zero_retention' : 'model_provider' },
    );
  }
  if (patch.model_provider !== undefined && !endpoint) {
    throw new PalisadeError(
      'invalid_request',
      `${provider} has no endpoint in this workspace's region "${region}".`,
      { param: 'model_provider' },
    );
  }
  const switching = patch.model_provider !== undefined && patch.model_provider !== current.model_provider;
  const next: SettingsPatch = { ...patch };
  if (switching) {
    next.model = patch.model ?? null;
    next.allowed_models = patch.allowed_models ?? null;
  }
  const offered = config.providers[provider].models.filter(
    (model) => !endpoint?.models || endpoint.models.includes(model),
  );
  const named = [
    next.model !== undefined ? next.model : current.model,
    ...((next.allowed_models !== undefined ? next.allowed_models : current.allowed_models) ?? []),
  ];
  for (const model of named) {
    if (model !== null && !offered.includes(model)) {
      throw new PalisadeError(
        'invalid_request',
        `Model "${model}" is not offered for ${provider}; offered: ${offered.join(', ')}.`,
        {
          param: patch.model === model ? 'model' : 'allowed_models',
        },
      );
    }
  }
  return next;
}
