import type { ChatResponse, TextPart, ToolCallPart } from '../../core/chat.js';
import { toOpenAIFinishReason } from './finish-reason.js';
import { toOpenAIUsage } from './render-usage.js';

/**
 * Canonical response → OpenAI `chat.completion`
 * (https://platform.openai.com/docs/api-reference/chat/object). Text parts are joined into `content`;
 * parts flagged `extra.isRefusal` go to `refusal`; blocks carried from another format (`extra.type`, such
 * as Anthropic thinking) have no OpenAI form and are left out.
 */
export function renderOpenAIResponse(response: ChatResponse): Record<string, unknown> {
  const texts = response.parts.filter((part): part is TextPart => part.type === 'text' && !part.extra?.type);
  const calls = response.parts.filter((part): part is ToolCallPart => part.type === 'tool_call');
  const content = texts.filter((part) => !part.extra?.isRefusal).map((part) => part.text);
  const refusal = texts.filter((part) => part.extra?.isRefusal).map((part) => part.text);
  const legacy = calls.find((call) => call.extra?.functionCall);
  const toolCalls = calls.filter((call) => !call.extra?.functionCall);
  const message: Record<string, unknown> = {
    role: 'assistant',
    content:
      content.length > 0
        ? content.join('')
        : toolCalls.length > 0 || legacy || refusal.length > 0
          ? null
          : '',
    refusal: refusal.length > 0 ? refusal.join('') : null,
  };
  if (toolCalls.length > 0) message.tool_calls = toolCalls.map(renderToolCall);
  if (legacy) message.function_call = { name: legacy.name, arguments: legacy.arguments };
  const body: Record<string, unknown> = {
    id: response.id,
    object: 'chat.completion',
    created: response.created ?? Math.floor(Date.now() / 1000),
    model: response.model,
    choices: [
      {
        index: 0,
        message,
        logprobs: null,
        finish_reason: toOpenAIFinishReason(response.finishReason, response.rawFinishReason),
      },
    ],
  };
  const usage = toOpenAIUsage(response.usage);
  if (usage) body.usage = usage;
  return body;
}

function renderToolCall(call: ToolCallPart): Record<string, unknown> {
  return { id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } };
}
