import type { ChatRequest, Warning } from '../../core/chat.js';
import { isRecord, pushWarning, warnDropped, wireFields } from '../kit/extra-warnings.js';
import { renderOpenAIMessages } from './render-messages.js';
import { renderOpenAIToolChoice, renderOpenAITools } from './render-tools.js';

/** Modeled Anthropic fields that can sit in `extra` (an explicit `stream: false`): not a loss when dropped. */
const anthropicModeled = ['stream'];

/** OpenAI accepts at most four stop sequences. */
const maxStop = 4;

/**
 * Canonical request → OpenAI Chat Completions body
 * (https://platform.openai.com/docs/api-reference/chat/create). A request that came in OpenAI's format
 * gets its `extra` back, so the body matches the client's apart from deliberate changes: `store: false`
 * always (zero retention) and, when streaming, `stream_options.include_usage: true` (metering needs the
 * usage chunk; the stream renderer hides it from a client that did not ask).
 */
export function renderOpenAIRequest(request: ChatRequest, warnings: Warning[]): Record<string, unknown> {
  const same = request.format === 'openai';
  const extra = same ? request.extra : undefined;
  if (!same) warnDropped(warnings, request.extra, '', anthropicModeled);
  const body: Record<string, unknown> = { ...wireFields(extra) };
  body.model = request.model;
  body.messages = renderOpenAIMessages(request.messages, same, warnings);
  if (request.stream) body.stream = true;
  if (request.maxTokens !== undefined)
    body[extra?.legacyMaxTokens ? 'max_tokens' : 'max_completion_tokens'] = request.maxTokens;
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.topP !== undefined) body.top_p = request.topP;
  if (request.stop !== undefined)
    body.stop = renderStop(request.stop, extra?.stopString === true, same, warnings);
  const tools = request.tools && renderOpenAITools(request.tools, same, warnings);
  if (tools && (same || tools.length > 0)) body.tools = tools;
  // OpenAI rejects tool_choice and parallel_tool_calls without tools; a same-format body is left as sent.
  const withTools = same || (tools !== undefined && tools.length > 0);
  if (request.toolChoice && withTools) body.tool_choice = renderOpenAIToolChoice(request.toolChoice);
  if (request.parallelToolCalls !== undefined && withTools)
    body.parallel_tool_calls = request.parallelToolCalls;
  if (request.user !== undefined) body.user = request.user;
  const options = isRecord(extra?.stream_options) ? extra.stream_options : {};
  if (request.stream) body.stream_options = { ...options, include_usage: true };
  else if (request.includeUsage !== undefined)
    body.stream_options = { ...options, include_usage: request.includeUsage };
  if (body.store !== undefined && body.store !== false && body.store !== null) {
    pushWarning(warnings, {
      type: 'parameter_adjusted',
      parameter: 'store',
      detail: 'zero retention: store is always false',
    });
  }
  body.store = false;
  return body;
}

function renderStop(
  stop: string[],
  asString: boolean,
  same: boolean,
  warnings: Warning[],
): string | string[] {
  if (same) return asString && stop.length === 1 ? (stop[0] as string) : stop;
  if (stop.length <= maxStop) return stop;
  pushWarning(warnings, {
    type: 'parameter_adjusted',
    parameter: 'stop',
    detail: `OpenAI accepts at most ${maxStop}`,
  });
  return stop.slice(0, maxStop);
}
