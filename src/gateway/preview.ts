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
    warnings: warningLabels(facts.warnings),
  };
}
