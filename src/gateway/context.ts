import * as z from 'zod';
import type { ChatRequest, Message, TextPart } from '../core/chat.js';
import { isPalisadeError, PalisadeError } from '../core/errors.js';
import { type ContextStats, renderContext } from '../privacy/context/render.js';
import { structuredContextSchema } from '../privacy/context/schema.js';
import type { EntityType, Finding } from '../privacy/detector.js';
import { pseudonymiser } from '../privacy/operators/hash.js';
import type { Placeholders } from '../privacy/operators/placeholders.js';
import type { ContextPolicy } from '../privacy/policy.js';
import { countByType, type LocatedFinding, redactRequest } from '../privacy/redact.js';
import { invalidRequest } from '../protocols/kit/zod-issue.js';

/** What the context stage needs: the detectors, and each workspace's key for the `hash` operator. */
export interface PrivacyDeps {
  detect(text: string): readonly Finding[];
  pseudonymKey(workspaceId: string): Buffer;
}

/** The `palisade` field a request may carry next to the wire format's own fields. */
const palisadeField = z.strictObject({ context: structuredContextSchema.optional() });

/** Takes Palisade's own `palisade` field out of a request body, so it is never sent to a provider. */
export function splitPalisadeField(body: unknown): { body: unknown; palisade: unknown } {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('palisade' in body)) {
    return { body, palisade: undefined };
  }
  const { palisade, ...rest } = body as Record<string, unknown>;
  return { body: rest, palisade };
}

export interface ContextResult {
  /** The request as it may leave: structured context rendered in, every text part redacted. */
  request: ChatRequest;
  findings: LocatedFinding[];
  counts: Partial<Record<EntityType, number>>;
  placeholders: Placeholders;
  policyVersion: number;
  /** What the structured context rendering kept and left out, when the request carried one. */
  contextStats?: ContextStats;
}

/**
 * The context stage: render the request's structured context under the workspace's context policy,
 * then scan every text-bearing part and apply each finding's operator. If anything here fails, the
 * request is refused (`policy_unavailable`): it is never sent unscanned.
 */
export async function applyContextPolicy(
  deps: PrivacyDeps,
  workspaceId: string,
  policy: ContextPolicy,
  policyVersion: number,
  request: ChatRequest,
  palisade: unknown,
): Promise<ContextResult> {
  let withContext = request;
  let contextStats: ContextStats | undefined;
  const known = new Map<TextPart, readonly Finding[]>();
  if (palisade !== undefined) {
    const parsed = palisadeField.safeParse(palisade);
    if (!parsed.success) throw invalidRequest(prefixed(parsed.error), { palisade });
    if (parsed.data.context) {
      const rendered = await guarded(() => renderContext(parsed.data.context ?? {}, policy));
      contextStats = rendered.stats;
      if (rendered.text) {
        const part: TextPart = { type: 'text', text: rendered.text };
        known.set(part, rendered.findings);
        withContext = { ...request, messages: insertContext(request.messages, part) };
      }
    }
  }
  const redaction = await guarded(() =>
    redactRequest(withContext, {
      detect: deps.detect,
      operators: policy.operators,
      pseudonymise: lazyPseudonymiser(() => deps.pseudonymKey(workspaceId)),
      known,
    }),
  );
  return {
    request: redaction.request,
    findings: redaction.findings,
    counts: countByType(redaction.findings),
    placeholders: redaction.placeholders,
    policyVersion,
    ...(contextStats ? { contextStats } : {}),
  };
}

/** The rendered context goes in as a system message, after the client's own leading system messages. */
function insertContext(messages: Message[], part: TextPart): Message[] {
  let at = 0;
  while (messages[at]?.role === 'system') at++;
  return [...messages.slice(0, at), { role: 'system', parts: [part] }, ...messages.slice(at)];
}

/** Detection or rendering that fails refuses the request; a bad request stays the client's error. */
async function guarded<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isPalisadeError(error) && error.code === 'invalid_request') throw error;
    throw new PalisadeError(
      'policy_unavailable',
      'The request could not be checked against the workspace context policy, so it was refused.',
      { cause: error },
    );
  }
}

function lazyPseudonymiser(key: () => Buffer) {
  let hash: ReturnType<typeof pseudonymiser> | undefined;
  return (type: EntityType, value: string): string => {
    hash ??= pseudonymiser(key());
    return hash(type, value);
  };
}

function prefixed(error: z.ZodError): z.ZodError {
  return new z.ZodError(error.issues.map((issue) => ({ ...issue, path: ['palisade', ...issue.path] })));
}
