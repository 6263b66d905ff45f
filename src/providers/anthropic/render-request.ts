import type { ChatRequest, Warning } from '../../core/chat.js';
import { isRecord, pushWarning, warnDropped, wireFields } from '../kit/extra-warnings.js';
import { renderAnthropicMessages } from './render-messages.js';
import { renderAnthropicToolChoice, renderAnthropicTools } from './render-tools.js';

/** Anthropic requires `max_tokens`; used when a translated request has none. */
export const defaultMaxTokens = 4096;

/** Modeled OpenAI fields that can sit in `extra` (explicit `stream: false`, a second token limit). */
const openaiModeled = ['stream', 'max_tokens'];

/**
 * Canonical request → Anthropic Messages body (https://docs.anthropic.com/en/api/messages). A request
 * that came in Anthropic's format gets its `extra` back, so the body matches the client's. A translated
 * one gets `max_tokens` (default 4096), a temperature clamped to Anthropic's 0..1, and a warning for each
 * OpenAI field that has no Anthropic form.
 */
export function renderAnthropicRequest(request: ChatRequest, warnings: Warning[]): Record<string, unknown> {
  const same = request.format === 'anthropic';
  const extra = same ? request.extra : undefined;
  if (!same) warnDropped(warnings, request.extra, '', openaiModeled);
  const body: Record<string, unknown> = { ...wireFields(extra) };
  body.model = request.model;
  const { system, messages } = renderAnthropicMessages(request.messages, same, warnings);
  if (system !== undefined) body.system = system;
  body.messages = messages;
  body.max_tokens = request.maxTokens ?? defaultMax(warnings);
  if (request.stream) body.stream = true;
  if (request.temperature !== undefined)
    body.temperature = same ? request.temperature : clamp(request.temperature, warnings);
  if (request.topP !== undefined) body.top_p = request.topP;
  if (request.stop !== undefined) body.stop_sequences = request.stop;
  const tools = request.tools && renderAnthropicTools(request.tools, same, warnings);
  if (tools && (same || tools.length > 0)) body.tools = tools;
  // Anthropic rejects tool_choice without tools; a same-format body is left as sent.
  const toolChoice =
    same || (tools && tools.length > 0) ? renderAnthropicToolChoice(request, same) : undefined;
  if (toolChoice) body.tool_choice = toolChoice;
  if (request.user !== undefined) {
    body.metadata = { ...(isRecord(extra?.metadata) ? extra.metadata : {}), user_id: request.user };
  }
  return body;
}

function defaultMax(warnings: Warning[]): number {
  pushWarning(warnings, {
    type: 'parameter_adjusted',
    parameter: 'max_tokens',
    detail: `Anthropic requires it; set to ${defaultMaxTokens}`,
  });
  return defaultMaxTokens;
}

function clamp(temperature: number, warnings: Warning[]): number {
  const clamped = Math.min(1, Math.max(0, temperature));
  if (clamped !== temperature) {
    pushWarning(warnings, {
      type: 'parameter_adjusted',
      parameter: 'temperature',
      detail: 'Anthropic accepts 0 to 1',
    });
  }
  return clamped;
}
