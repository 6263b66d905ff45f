import type { Tool, ToolChoice, Warning } from '../../core/chat.js';
import { pushWarning, warnDropped, wireFields } from '../kit/extra-warnings.js';

type Wire = Record<string, unknown>;

/**
 * Canonical tools → OpenAI function tools. From another format, Anthropic server tools (an `extra.type`
 * other than `custom`: web search, code execution, …) have no OpenAI equivalent and are dropped.
 * @see https://platform.openai.com/docs/api-reference/chat/create#chat-create-tools
 */
export function renderOpenAITools(tools: Tool[], same: boolean, warnings: Warning[]): Wire[] {
  return tools.flatMap((tool) => {
    if (same) return [renderSame(tool)];
    const type = tool.extra?.type;
    if (typeof type === 'string' && type !== 'custom') {
      pushWarning(warnings, { type: 'unsupported_parameter', parameter: 'tools', detail: 'server tools' });
      return [];
    }
    warnDropped(warnings, tool.extra, 'tools', ['type']);
    return [{ type: 'function', function: definition(tool) }];
  });
}

function renderSame(tool: Tool): Wire {
  const { function: fn, ...outer } = wireFields(tool.extra);
  const inner = { ...(fn as Wire | undefined), ...definition(tool, tool.extra?.noParameters !== true) };
  return { ...outer, type: 'function', function: inner };
}

function definition(tool: Tool, withParameters = true): Wire {
  const wire: Wire = { name: tool.name };
  if (tool.description !== undefined) wire.description = tool.description;
  if (withParameters) wire.parameters = tool.parameters;
  return wire;
}

/** @see https://platform.openai.com/docs/api-reference/chat/create#chat-create-tool_choice */
export function renderOpenAIToolChoice(choice: ToolChoice): unknown {
  return choice.type === 'tool' ? { type: 'function', function: { name: choice.name } } : choice.type;
}
