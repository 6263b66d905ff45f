import type { ChatRequest, Tool, ToolChoice } from '../../core/chat.js';
import { pickExtra, withExtra } from '../kit/pick-extra.js';
import { invalidRequest } from '../kit/zod-issue.js';
import { parseMessages } from './parse-messages.js';
import { type OpenAIRequest, type OpenAITool, openaiRequestSchema } from './request-schema.js';

const modeled = [
  'model',
  'messages',
  'stream',
  'max_tokens',
  'max_completion_tokens',
  'temperature',
  'top_p',
  'stop',
  'tools',
  'tool_choice',
  'parallel_tool_calls',
  'user',
  'stream_options',
] as const;

/**
 * Validates an OpenAI Chat Completions body and maps it to a ChatRequest. Fields we do not model stay in
 * `extra`, plus these markers so a same-format render restores the body: `legacyMaxTokens` (the limit
 * came as `max_tokens`), `stopString` (`stop` was a string), `stream: false` when sent explicitly.
 */
export function parseOpenAIRequest(body: unknown): ChatRequest {
  const parsed = openaiRequestSchema.safeParse(body);
  if (!parsed.success) throw invalidRequest(parsed.error, body);
  const wire = parsed.data;
  const request: ChatRequest = {
    format: 'openai',
    model: wire.model,
    messages: parseMessages(wire.messages),
    stream: wire.stream === true,
  };
  const maxTokens = wire.max_completion_tokens ?? wire.max_tokens;
  if (maxTokens != null) request.maxTokens = maxTokens;
  if (wire.temperature != null) request.temperature = wire.temperature;
  if (wire.top_p != null) request.topP = wire.top_p;
  if (wire.stop != null) request.stop = typeof wire.stop === 'string' ? [wire.stop] : wire.stop;
  if (wire.tools != null) request.tools = wire.tools.map(parseTool);
  const toolChoice = parseToolChoice(wire.tool_choice);
  if (toolChoice) request.toolChoice = toolChoice;
  if (wire.parallel_tool_calls != null) request.parallelToolCalls = wire.parallel_tool_calls;
  if (wire.user != null) request.user = wire.user;
  if (wire.stream_options?.include_usage != null) request.includeUsage = wire.stream_options.include_usage;
  const extra = withExtra(pickExtra(wire, modeled), {
    stream: wire.stream === false ? false : undefined,
    max_tokens: wire.max_completion_tokens != null && wire.max_tokens != null ? wire.max_tokens : undefined,
    legacyMaxTokens: wire.max_completion_tokens == null && wire.max_tokens != null ? true : undefined,
    stopString: typeof wire.stop === 'string' ? true : undefined,
    tool_choice: toolChoice || wire.tool_choice == null ? undefined : wire.tool_choice,
    stream_options: streamOptionsRest(wire.stream_options),
  });
  return extra ? { ...request, extra } : request;
}

function parseTool(tool: OpenAITool): Tool {
  const { name, description, parameters } = tool.function;
  const extra = withExtra(pickExtra(tool, ['type', 'function']), {
    function: pickExtra(tool.function, ['name', 'description', 'parameters']),
    noParameters: parameters == null ? true : undefined,
  });
  const canonical: Tool = { name, parameters: parameters ?? { type: 'object', properties: {} } };
  if (description != null) canonical.description = description;
  return extra ? { ...canonical, extra } : canonical;
}

/** Modeled choices map; others (`allowed_tools`, `custom`) stay verbatim in `extra.tool_choice`. */
function parseToolChoice(choice: OpenAIRequest['tool_choice']): ToolChoice | undefined {
  if (choice == null) return undefined;
  if (typeof choice === 'string') return { type: choice };
  if (choice.type === 'function' && choice.function) return { type: 'tool', name: choice.function.name };
  return undefined;
}

/** `stream_options` without `include_usage` (which is modeled), kept when anything else was in it. */
function streamOptionsRest(options: OpenAIRequest['stream_options']): Record<string, unknown> | undefined {
  if (options == null) return undefined;
  const { include_usage, ...rest } = options;
  if (include_usage === null) return { ...rest, include_usage };
  return Object.keys(rest).length > 0 || include_usage === undefined ? rest : undefined;
}
