import type { ChatRequest, Extra, Tool, ToolChoice } from '../../core/chat.js';
import { pickExtra, withExtra } from '../kit/pick-extra.js';
import { invalidRequest } from '../kit/zod-issue.js';
import { parseAnthropicMessages } from './parse-messages.js';
import {
  type AnthropicRequest,
  type AnthropicTool,
  type AnthropicToolChoice,
  anthropicRequestSchema,
} from './request-schema.js';

const modeled = [
  'model',
  'max_tokens',
  'messages',
  'system',
  'metadata',
  'stop_sequences',
  'stream',
  'temperature',
  'top_p',
  'tools',
  'tool_choice',
] as const;

const choices = { auto: 'auto', any: 'required', none: 'none' } as const;

/**
 * Validates an Anthropic Messages body and maps it to a ChatRequest. Fields we do not model
 * (`thinking`, `top_k`, `service_tier`, …) stay in `extra`; `metadata` keeps everything but `user_id`,
 * `tool_choice` everything but its type, name and `disable_parallel_tool_use`.
 */
export function parseAnthropicRequest(body: unknown): ChatRequest {
  const parsed = anthropicRequestSchema.safeParse(body);
  if (!parsed.success) throw invalidRequest(parsed.error, body);
  const wire = parsed.data;
  const request: ChatRequest = {
    format: 'anthropic',
    model: wire.model,
    messages: parseAnthropicMessages(wire.system, wire.messages),
    stream: wire.stream === true,
    maxTokens: wire.max_tokens,
  };
  if (wire.temperature != null) request.temperature = wire.temperature;
  if (wire.top_p != null) request.topP = wire.top_p;
  if (wire.stop_sequences != null) request.stop = wire.stop_sequences;
  if (wire.tools != null) request.tools = wire.tools.map(parseTool);
  const choice = parseToolChoice(wire.tool_choice);
  if (choice.toolChoice) request.toolChoice = choice.toolChoice;
  if (choice.parallelToolCalls !== undefined) request.parallelToolCalls = choice.parallelToolCalls;
  if (typeof wire.metadata?.user_id === 'string') request.user = wire.metadata.user_id;
  const extra = withExtra(pickExtra(wire, modeled), {
    stream: wire.stream === false ? false : undefined,
    metadata: metadataRest(wire.metadata),
    tool_choice: choice.rest,
  });
  return extra ? { ...request, extra } : request;
}

/** A tool without `input_schema` is a server tool (web search, code execution, …): kept whole in `extra`. */
function parseTool(tool: AnthropicTool): Tool {
  const schema: unknown = tool.input_schema;
  if (typeof schema !== 'object' || schema === null) {
    return { name: tool.name, parameters: {}, extra: pickExtra(tool, ['name']) };
  }
  const canonical: Tool = { name: tool.name, parameters: schema as Record<string, unknown> };
  if (typeof tool.description === 'string') canonical.description = tool.description;
  const extra = pickExtra(tool, ['name', 'description', 'input_schema']);
  return extra ? { ...canonical, extra } : canonical;
}

function parseToolChoice(choice: AnthropicRequest['tool_choice']): {
  toolChoice?: ToolChoice;
  parallelToolCalls?: boolean;
  rest?: Extra;
} {
  if (choice == null) return {};
  if (choice.type === 'other') return { rest: choice.value };
  const toolChoice: ToolChoice =
    choice.type === 'tool' ? { type: 'tool', name: choice.name } : { type: choices[choice.type] };
  const disable = choice.disable_parallel_tool_use;
  const rest = pickExtra(choice as Exclude<AnthropicToolChoice, { type: 'other' }>, [
    'type',
    'name',
    'disable_parallel_tool_use',
  ]);
  return { toolChoice, parallelToolCalls: disable == null ? undefined : !disable, rest };
}

/** `metadata` without `user_id` (modeled as `user`), kept when anything else was in it. */
function metadataRest(metadata: AnthropicRequest['metadata']): Extra | undefined {
  if (metadata == null) return undefined;
  const { user_id, ...rest } = metadata;
  if (user_id === null) return { ...rest, user_id };
  return Object.keys(rest).length > 0 || user_id === undefined ? rest : undefined;
}
