import type { ChatRequest, Tool, Warning } from '../../core/chat.js';
import { isRecord, warnDropped, wireFields } from '../kit/extra-warnings.js';

type Wire = Record<string, unknown>;

/**
 * Canonical tools → Anthropic tools. Server tools (an `extra.type` other than `custom`) only exist in
 * an Anthropic-format request and go back as sent.
 * @see https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/overview
 */
export function renderAnthropicTools(tools: Tool[], same: boolean, warnings: Warning[]): Wire[] {
  return tools.map((tool) => {
    if (!same) {
      warnDropped(warnings, tool.extra, 'tools');
      // Anthropic requires an object schema; OpenAI lets `parameters` omit the type.
      return { ...definition(tool), input_schema: { type: 'object', ...tool.parameters } };
    }
    const type = tool.extra?.type;
    if (typeof type === 'string' && type !== 'custom') return { ...wireFields(tool.extra), name: tool.name };
    return { ...wireFields(tool.extra), ...definition(tool), input_schema: tool.parameters };
  });
}

function definition(tool: Tool): Wire {
  return tool.description === undefined
    ? { name: tool.name }
    : { name: tool.name, description: tool.description };
}

/**
 * Canonical tool choice and parallel tool calls → Anthropic `tool_choice`
 * (`required` is `any`; `parallelToolCalls: false` is `disable_parallel_tool_use: true`).
 * @see https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/implement-tool-use#controlling-claudes-output
 */
export function renderAnthropicToolChoice(request: ChatRequest, same: boolean): Wire | undefined {
  const { toolChoice, parallelToolCalls } = request;
  const rest = same && isRecord(request.extra?.tool_choice) ? request.extra.tool_choice : undefined;
  if (!toolChoice) {
    if (parallelToolCalls === false) return { type: 'auto', disable_parallel_tool_use: true };
    return rest;
  }
  const wire: Wire =
    toolChoice.type === 'tool'
      ? { ...rest, type: 'tool', name: toolChoice.name }
      : { ...rest, type: toolChoice.type === 'required' ? 'any' : toolChoice.type };
  const sendParallel = same ? parallelToolCalls !== undefined : parallelToolCalls === false;
  if (sendParallel && toolChoice.type !== 'none') wire.disable_parallel_tool_use = !parallelToolCalls;
  return wire;
}
