import type { ChatResponse, TextPart, ToolCallPart } from '../../core/chat.js';
import { PalisadeError } from '../../core/errors.js';
import { mapOpenAIFinishReason } from './map-openai-finish-reason.js';
import { mapOpenAIUsage } from './map-openai-usage.js';
import { openaiCompletionSchema } from './response-schema.js';

/**
 * OpenAI `chat.completion` → canonical response (first choice). A refusal becomes a text part flagged
 * `extra.isRefusal`; a legacy `function_call` a tool call flagged `extra.functionCall`, so the OpenAI
 * renderer can put both back where they came from.
 */
export function parseOpenAIResponse(body: unknown): ChatResponse {
  const parsed = openaiCompletionSchema.safeParse(body);
  const choice = parsed.data?.choices[0];
  if (!parsed.success || !choice)
    throw new PalisadeError('upstream_error', 'The provider returned a malformed response.');
  const { message } = choice;
  const parts: Array<TextPart | ToolCallPart> = [];
  if (message.content) parts.push({ type: 'text', text: message.content });
  if (message.refusal) parts.push({ type: 'text', text: message.refusal, extra: { isRefusal: true } });
  for (const call of message.tool_calls ?? []) {
    if (call.type !== 'function' || !call.function) continue;
    parts.push({
      type: 'tool_call',
      id: call.id,
      name: call.function.name,
      arguments: call.function.arguments,
    });
  }
  if (message.function_call) {
    const { name, arguments: args } = message.function_call;
    parts.push({ type: 'tool_call', id: '', name, arguments: args, extra: { functionCall: true } });
  }
  const response: ChatResponse = {
    id: parsed.data.id,
    model: parsed.data.model,
    parts,
    finishReason: mapOpenAIFinishReason(choice.finish_reason),
    usage: mapOpenAIUsage(parsed.data.usage),
  };
  if (choice.finish_reason) response.rawFinishReason = choice.finish_reason;
  if (parsed.data.created !== undefined) response.created = parsed.data.created;
  return response;
}
