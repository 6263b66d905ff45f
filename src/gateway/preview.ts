import type { LocatedFinding } from '../privacy/redact.js';
import type { InboundProtocol } from '../protocols/protocol.js';
import { type CallFacts, type GatewayDeps, shapeRequest } from './chat.js';
import { warningLabels } from './warnings.js';

/** What a chat request would look like when it leaves, for an admin to see. Never the found values. */
export interface ContextPreview {
  ai_enabled: boolean;
  provider: string;
  model: string;
  policy_version: number;
  /** The body that would be sent to the provider, in the provider's wire format. */
  request: unknown;
  findings: LocatedFinding[];
  counts: Record<string, number>;
  /** What rendering `palisade.context` kept and left out (exclusions, row limit, token budget). */
  context: Record<string, number | boolean> | null;
  warnings: string[];
}

/**
 * Runs a chat request through the same stages as the data plane (parse, model choice, structured
 * context, redaction, the provider's wire format) without calling a provider or recording a call.
 */
export async function previewContext(
  deps: GatewayDeps,
  workspaceId: string,
  protocol: InboundProtocol,
  body: unknown,
): Promise<ContextPreview> {
  const snapshot = await deps.policy.get(workspaceId);
  const facts: CallFacts = { provider: null, model: null, stream: false, warnings: [] };
  const shaped = await shapeRequest(deps, snapshot, protocol, body, facts);
  const request = deps.adapters[shaped.provider].renderRequest(shaped.request, facts.warnings);
  return {
    ai_enabled: snapshot.settings.ai_enabled,
    provider: shaped.provider,
    model: shaped.request.model,
    policy_version: shaped.policyVersion,
    request,
    findings: shaped.findings,
    counts: shaped.counts as Record<string, number>,
    context: shaped.contextStats ? snakeCase(shaped.contextStats) : null,
    warnings: warningLabels(facts.warnings),
  };
}

function snakeCase(stats: object): Record<string, number | boolean> {
  const out: Record<string, number | boolean> = {};
  for (const [key, value] of Object.entries(stats)) {
    out[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value as number | boolean;
  }
  return out;
}
