import type { ChatRequest, Extra, Message, Part, TextPart, Tool } from '../core/chat.js';
import { PalisadeError } from '../core/errors.js';
import type { EntityType, Finding } from './detector.js';
import { type AppliedFinding, applyOperators, type OperatorContext } from './operators/apply.js';
import type { Pseudonymiser } from './operators/hash.js';
import type { OperatorMap } from './operators/operator.js';
import { Placeholders } from './operators/placeholders.js';
import { resolveOverlaps } from './registry.js';

/** Where in the canonical request a finding was, e.g. `messages[2].parts[0].text`, and what was done. */
export interface LocatedFinding extends AppliedFinding {
  location: string;
}

export interface RedactOptions {
  /** Finds the spans to transform in one text (the detectors, with normalisation). */
  detect(text: string): readonly Finding[];
  operators: OperatorMap;
  pseudonymise: Pseudonymiser;
  /** Findings already known from structure (a rendered context's columns), per text part. */
  known?: ReadonlyMap<TextPart, readonly Finding[]>;
}

export interface RequestRedaction {
  /** The request as it may leave: every text-bearing field transformed by its findings' operators. */
  request: ChatRequest;
  findings: LocatedFinding[];
  /** This request's placeholders: restore the answer with them, then drop them. */
  placeholders: Placeholders;
}

/** Deeper than this, a JSON value is refused rather than walked. */
const maxDepth = 64;

/**
 * Scans and transforms every text-bearing part of a request: each message's text (system prompt and
 * every turn), tool-call arguments (string by string when they are JSON), tool results, tool
 * descriptions, the end-user id, stop sequences, and any string inside fields the canonical form does
 * not model (`extra`), since a same-format call forwards those too. Images are not text and pass as
 * they are. Throws if detection fails: the caller refuses the request, never sends it unscanned.
 */
export function redactRequest(request: ChatRequest, options: RedactOptions): RequestRedaction {
  const placeholders = new Placeholders(() => JSON.stringify(request));
  const findings: LocatedFinding[] = [];
  const context: OperatorContext = {
    operators: options.operators,
    placeholders,
    pseudonymise: options.pseudonymise,
  };

  const text = (value: string, location: string, known?: readonly Finding[]): string => {
    if (value.length < 3 && !known?.length) return value;
    let found = options.detect(value);
    if (known?.length) found = resolveOverlaps([...found, ...known]);
    if (found.length === 0) return value;
    const result = applyOperators(value, found, context);
    for (const applied of result.applied) findings.push({ location, ...applied });
    return result.text;
  };

  const json = (value: unknown, location: string, depth: number): unknown => {
    if (typeof value === 'string') return text(value, location);
    if (value === null || typeof value !== 'object') return value;
    if (depth > maxDepth) {
      throw new PalisadeError('invalid_request', `${location} is nested too deeply.`);
    }
    if (Array.isArray(value)) return value.map((item, i) => json(item, `${location}[${i}]`, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = json(item, `${location}.${key}`, depth + 1);
    return out;
  };

  const extra = (value: Extra | undefined, location: string): Extra | undefined =>
    value === undefined ? undefined : (json(value, location ? `${location}.extra` : 'extra', 0) as Extra);

  const toolArguments = (value: string, location: string): string => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return text(value, location);
    }
    if (parsed === null || typeof parsed !== 'object') return text(value, location);
    const before = findings.length;
    const redacted = json(parsed, location, 0);
    // Untouched arguments keep their exact text.
    return findings.length === before ? value : JSON.stringify(redacted);
  };

  const part = (p: Part, location: string): Part => {
    switch (p.type) {
      case 'text':
        return withExtra(
          { ...p, text: text(p.text, `${location}.text`, options.known?.get(p)) },
          p.extra,
          extra(p.extra, location),
        );
      case 'tool_call':
        return withExtra(
          { ...p, arguments: toolArguments(p.arguments, `${location}.arguments`) },
          p.extra,
          extra(p.extra, location),
        );
      case 'tool_result':
        return withExtra(
          {
            ...p,
            content: p.content.map((c, i) => part(c, `${location}.content[${i}]`) as TextPart),
          },
          p.extra,
          extra(p.extra, location),
        );
      case 'image':
        return p;
    }
  };

  const message = (m: Message, i: number): Message => {
    const location = `messages[${i}]`;
    return withExtra(
      { ...m, parts: m.parts.map((p, j) => part(p, `${location}.parts[${j}]`)) },
      m.extra,
      extra(m.extra, location),
    );
  };

  const tool = (t: Tool, i: number): Tool => {
    const location = `tools[${i}]`;
    const out: Tool = {
      ...t,
      parameters: json(t.parameters, `${location}.parameters`, 0) as Tool['parameters'],
    };
    if (t.description !== undefined) out.description = text(t.description, `${location}.description`);
    return withExtra(out, t.extra, extra(t.extra, location));
  };

  const redacted: ChatRequest = { ...request, messages: request.messages.map(message) };
  if (request.tools) redacted.tools = request.tools.map(tool);
  if (request.user !== undefined) redacted.user = text(request.user, 'user');
  if (request.stop) redacted.stop = request.stop.map((s, i) => text(s, `stop[${i}]`));
  if (request.extra) redacted.extra = extra(request.extra, '') as Extra;
  return { request: redacted, findings, placeholders };
}

function withExtra<T extends { extra?: Extra }>(
  value: T,
  before: Extra | undefined,
  after: Extra | undefined,
): T {
  if (before !== undefined && after !== undefined) value.extra = after;
  return value;
}

/** Findings counted by type, for the audit entry: never a value. */
export function countByType(findings: readonly { type: EntityType }[]): Partial<Record<EntityType, number>> {
  const counts: Partial<Record<EntityType, number>> = {};
  for (const { type } of findings) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}
