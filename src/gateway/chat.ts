import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { ChatRequest, ChatResponse, TextPart, ToolCallPart, Usage, Warning } from '../core/chat.js';
import { isPalisadeError, PalisadeError } from '../core/errors.js';
import type { ProviderId } from '../core/ids.js';
import type { EntityType } from '../privacy/detector.js';
import type { Placeholders } from '../privacy/operators/placeholders.js';
import { restoreJson, restoreResponse, StreamPartRestorer } from '../privacy/operators/restore.js';
import type { InboundProtocol } from '../protocols/protocol.js';
import { toUpstreamError, type Upstream, type UpstreamResponse } from '../providers/kit/upstream.js';
import type { ProviderAdapter } from '../providers/provider.js';
import type { Retention } from '../workspaces/types.js';
import { applyContextPolicy, type ContextResult, type PrivacyDeps, splitPalisadeField } from './context.js';
import { enforceDataControls } from './data-controls.js';
import type { PolicyCache, PolicySnapshot } from './policy.js';
import { chooseModel } from './policy.js';
import type { TokenPrincipal } from './principal.js';
import type { AiCallRecord, Recorder } from './record.js';
import { type KeyOpener, type Route, resolveRoute } from './route.js';
import { pumpStream, type StreamSink } from './stream.js';
import { transportFailure, upstreamFailure } from './upstream-errors.js';
import { safeLabelText, warningLabels } from './warnings.js';

/** What the gateway needs of the key vault. */
export interface KeyAccess {
  open: KeyOpener;
  /** The provider rejected a workspace key: mark it invalid and audit it. */
  markRejected(workspaceId: string, keyId: string): Promise<void>;
}

export interface GatewayDeps {
  config: Config;
  policy: PolicyCache;
  keys: KeyAccess;
  upstream: Upstream;
  recorder: Recorder;
  adapters: Readonly<Record<ProviderId, ProviderAdapter>>;
  privacy: PrivacyDeps;
  log: Logger;
}

export interface ChatInput {
  principal: TokenPrincipal;
  protocol: InboundProtocol;
  endpoint: string;
  body: unknown;
  /** Aborted when the client goes away; aborts the upstream request. */
  signal: AbortSignal;
}

export type ChatOutcome =
  | { kind: 'json'; headers: Record<string, string>; body: string }
  | { kind: 'stream'; headers: Record<string, string>; pump(sink: StreamSink): Promise<void> };

/**
 * One AI request: authenticate (done by the caller) → residency → policy → context → route → call
 * → record (with the answer's placeholders restored on the way back).
 * Errors before the first byte are thrown (the HTTP layer renders them in the caller's format);
 * errors once a stream has begun end it with a terminal error event.
 */
export async function handleChat(deps: GatewayDeps, input: ChatInput): Promise<ChatOutcome> {
  const started = performance.now();
  const facts: CallFacts = { provider: null, model: null, stream: false, warnings: [] };
  // Every call is recorded, refusals included: the audit log proves AI was refused, too.
  const record = (outcome: string, httpStatus: number, usage: Usage | undefined): void =>
    deps.recorder.record(callRecord(input, facts, { outcome, httpStatus, usage, started }));

  let prepared: Prepared;
  try {
    prepared = await prepare(deps, input, facts);
  } catch (error) {
    record(
      isPalisadeError(error) ? error.code : 'internal_error',
      isPalisadeError(error) ? error.status : 500,
      undefined,
    );
    throw error;
  }
  const { request, route, placeholders } = prepared;
  const { protocol } = input;
  const warnings = facts.warnings;
  let response: UpstreamResponse;
  try {
    response = await deps.upstream.send({
      baseUrl: route.baseUrl,
      path: route.adapter.chatPath,
      headers: { ...route.adapter.headers(route.apiKey), 'content-type': 'application/json' },
      body: prepared.wireBody,
      signal: input.signal,
    });
    if (response.statusCode < 200 || response.statusCode > 299) {
      // Only 401 says the key itself is bad; a 403 can be about one model, scope or region.
      if (route.byokKeyId && response.statusCode === 401) {
        // The provider's body may echo the key: dropped. Never retried with the platform key.
        await response.body.dump();
        const keyId = route.byokKeyId;
        deps.keys.markRejected(input.principal.workspaceId, keyId).catch((error: unknown) => {
          deps.log.error({ err: error, keyId }, 'could not mark a rejected workspace key');
        });
        throw new PalisadeError('provider_key_rejected');
      }
      throw await upstreamFailure(response, route.adapter.id);
    }
  } catch (error) {
    const failure = input.signal.aborted
      ? new PalisadeError('client_closed')
      : transportFailure(error, input.principal.region);
    record(failure.code, failure.status, undefined);
    throw failure;
  }

  const headers = responseHeaders(route.adapter.id, request.model, warnings, facts.findings);
  const sameFormat = route.adapter.id === protocol.format;
  if (!request.stream) {
    let parsed: ChatResponse;
    let text: string;
    let raw: unknown;
    try {
      text = await response.body.text();
      raw = JSON.parse(text);
      parsed = route.adapter.parseResponse(raw);
    } catch (error) {
      const failure = input.signal.aborted
        ? new PalisadeError('client_closed')
        : isPalisadeError(error)
          ? error
          : error instanceof SyntaxError
            ? new PalisadeError('upstream_error', 'The provider returned a malformed response.')
            : toUpstreamError(error);
      record(failure.code, failure.status, undefined);
      throw failure;
    }
    if (facts.content) facts.content.response = JSON.stringify(answerOf(parsed.parts));
    record('ok', 200, parsed.usage);
    // The provider's answer is passed back as it came when the client speaks its format and no
    // placeholder needs its real value back.
    const body = !sameFormat
      ? JSON.stringify(protocol.renderResponse(restoreResponse(parsed, placeholders), request))
      : placeholders.size === 0
        ? text
        : JSON.stringify(restoreJson(raw, placeholders));
    return { kind: 'json', headers: { ...headers, 'content-type': 'application/json' }, body };
  }

  return {
    kind: 'stream',
    headers: { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
    pump: async (sink) => {
      const result = await pumpStream({
        response,
        adapter: route.adapter,
        protocol,
        request,
        sameFormat,
        restorer: placeholders.size > 0 ? new StreamPartRestorer(placeholders) : undefined,
        capture: facts.content ? [] : undefined,
        sink,
        signal: input.signal,
      });
      if (facts.content && result.captured)
        facts.content.response = JSON.stringify(answerOf(result.captured));
      if (result.error && result.outcome !== 'client_closed') {
        deps.log.warn({ code: result.error.code, provider: route.adapter.id }, 'stream ended with an error');
      }
      record(result.outcome, 200, result.usage);
    },
  };
}

export interface CallFacts {
  provider: ProviderId | null;
  model: string | null;
  stream: boolean;
  warnings: Warning[];
  findings?: Partial<Record<EntityType, number>>;
  policyVersion?: number;
  /** The workspace's settings at capture: they decide what of the session is kept. */
  retention?: Retention;
  trainingDataUse?: boolean;
  /** What was sent and answered (redacted), kept only when retention allows. */
  content?: { prompt: string; response?: string };
}

interface Prepared {
  request: ChatRequest;
  route: Route;
  wireBody: string;
  placeholders: Placeholders;
}

/** policy → parse → model → context → route → render: everything decided before a byte leaves. */
async function prepare(deps: GatewayDeps, input: ChatInput, facts: CallFacts): Promise<Prepared> {
  const { principal } = input;
  const snapshot = deps.policy.peek(principal.workspaceId) ?? (await deps.policy.get(principal.workspaceId));
  if (!snapshot.settings.ai_enabled) throw new PalisadeError('ai_disabled');
  // A call that could not be accounted for is not made (the recorder holds what it could not write).
  if (!deps.recorder.canRecord(principal.region)) throw new PalisadeError('audit_unavailable');
  facts.retention = snapshot.settings.retention;
  facts.trainingDataUse = snapshot.settings.training_data_use;
  const shaped = await shapeRequest(deps, snapshot, input.protocol, input.body, facts);
  const route = resolveRoute(
    deps.config,
    deps.adapters,
    snapshot,
    principal.region,
    shaped.provider,
    deps.keys.open,
    shaped.request.model,
  );
  const wireBody = JSON.stringify(route.adapter.renderRequest(shaped.request, facts.warnings));
  // What left, redacted, is the session's prompt, when the workspace keeps session content.
  if (facts.retention !== 'none') facts.content = { prompt: wireBody };
  return { request: shaped.request, route, wireBody, placeholders: shaped.placeholders };
}

export interface ShapedRequest extends ContextResult {
  provider: ProviderId;
}

/**
 * What a request becomes before it may leave: parsed, on the model the workspace allows, its
 * structured context rendered and every text part redacted under the context policy. Shared by the
 * data plane and the admin's preview, so the preview shows exactly what would be sent.
 */
export async function shapeRequest(
  deps: Pick<GatewayDeps, 'config' | 'privacy'>,
  snapshot: PolicySnapshot,
  protocol: InboundProtocol,
  rawBody: unknown,
  facts: CallFacts,
): Promise<ShapedRequest> {
  const { settings, workspace } = snapshot;
  const { body, palisade } = splitPalisadeField(rawBody);
  const requested = protocol.parseRequest(body);
  facts.stream = requested.stream;
  const choice = chooseModel(settings, requested.model, defaultModelOf(deps.config), facts.warnings);
  facts.provider = choice.provider;
  facts.model = choice.model;
  enforceDataControls(deps.config, settings, choice.provider, requested);
  const context = await applyContextPolicy(
    deps.privacy,
    workspace.id,
    settings.context_policy,
    settings.context_policy_version,
    { ...requested, model: choice.model },
    palisade,
  );
  facts.findings = context.counts;
  facts.policyVersion = context.policyVersion;
  return { ...context, provider: choice.provider };
}

function defaultModelOf(config: Config) {
  return (provider: ProviderId) => config.providers[provider].defaultModel;
}

function responseHeaders(
  provider: ProviderId,
  model: string,
  warnings: Warning[],
  findings: CallFacts['findings'],
): Record<string, string> {
  const headers: Record<string, string> = {
    'x-palisade-provider': provider,
    'x-palisade-model': safeLabelText(model),
  };
  if (warnings.length > 0) headers['x-palisade-warnings'] = warningsHeader(warnings);
  // What the context policy found and transformed, by type: `EMAIL=2, PERSON=1`. Counts only.
  const redactions = Object.entries(findings ?? {}).map(([type, count]) => `${type}=${count}`);
  if (redactions.length > 0) headers['x-palisade-redactions'] = redactions.join(', ');
  return headers;
}

/** The warnings header, never longer than about 1 KB however many fields were dropped. */
export function warningsHeader(warnings: Warning[]): string {
  const text = warningLabels(warnings).join(', ');
  return text.length > 1_000 ? `${text.slice(0, 1_000)}...` : text;
}

function callRecord(
  input: ChatInput,
  facts: CallFacts,
  result: { outcome: string; httpStatus: number; usage: Usage | undefined; started: number },
): AiCallRecord {
  return {
    workspaceId: input.principal.workspaceId,
    region: input.principal.region,
    tokenId: input.principal.tokenId,
    memberId: input.principal.memberId,
    endpoint: input.endpoint,
    provider: facts.provider,
    model: facts.model,
    stream: facts.stream,
    outcome: result.outcome,
    httpStatus: result.httpStatus,
    usage: result.usage,
    latencyMs: Math.round(performance.now() - result.started),
    warnings: facts.warnings,
    findings: facts.findings,
    policyVersion: facts.policyVersion,
    session: {
      retention: facts.retention ?? 'none',
      trainingDataUse: facts.trainingDataUse ?? false,
      content: facts.content,
    },
    at: new Date(),
  };
}

/** The model's answer as a session keeps it: redacted text and tool calls (placeholders, not values). */
function answerOf(parts: ReadonlyArray<TextPart | ToolCallPart>): {
  text: string;
  tool_calls: Array<{ name: string; arguments: string }>;
} {
  let text = '';
  const toolCalls: Array<{ name: string; arguments: string }> = [];
  for (const part of parts) {
    if (part.type === 'text') text += part.text;
    else toolCalls.push({ name: part.name, arguments: part.arguments });
  }
  return { text, tool_calls: toolCalls };
}
