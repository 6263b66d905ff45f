import { isObject, type JsonObject, objects, str } from './json.js';
import type { Conversation, ToolChoice } from './reply.js';

/** Checks a Messages API body the way the real API does; returns the error message, if any. */
export function validateMessagesBody(body: unknown): string | undefined {
  if (!isObject(body)) return 'There was an error parsing the body of your request: it is not valid JSON.';
  const { model, messages, max_tokens: maxTokens } = body;
  if (model === undefined) return 'model: Field required';
  if (typeof model !== 'string') return 'model: Input should be a valid string';
  if (messages === undefined) return 'messages: Field required';
  if (!Array.isArray(messages)) return 'messages: Input should be a valid list';
  if (messages.length === 0) return 'messages: at least one message is required';
  for (const [i, m] of messages.entries()) {
    if (!isObject(m)) return `messages.${i}: Input should be a valid dictionary or object`;
    if (m.role !== 'user' && m.role !== 'assistant')
      return `messages.${i}.role: Input should be 'user' or 'assistant'`;
    if (m.content === undefined) return `messages.${i}.content: Field required`;
  }
  if (maxTokens === undefined) return 'max_tokens: Field required';
  if (typeof maxTokens !== 'number' || !Number.isInteger(maxTokens))
    return 'max_tokens: Input should be a valid integer';
  if (maxTokens < 1) return 'max_tokens: Input should be greater than or equal to 1';
  return undefined;
}

/** Text of `content`: a string or an array of blocks (text, tool_use input, tool_result content). */
function contentTexts(content: unknown): string[] {
  if (typeof content === 'string') return [content];
  return objects(content).flatMap((block) => {
    if (block.type === 'text') return [str(block.text) ?? ''];
    if (block.type === 'tool_use') return [JSON.stringify(block.input ?? {})];
    if (block.type === 'tool_result') return contentTexts(block.content);
    return [];
  });
}

function toolChoice(value: unknown): ToolChoice {
  if (!isObject(value)) return { kind: 'auto' };
  if (value.type === 'none') return { kind: 'none' };
  if (value.type === 'any') return { kind: 'any' };
  const name = str(value.name);
  return value.type === 'tool' && name ? { kind: 'tool', name } : { kind: 'auto' };
}

/** Reads a validated Messages API body. */
export function messagesConversation(body: JsonObject): Conversation {
  const messages = objects(body.messages);
  const last = messages.at(-1);
  const endsWithToolResult =
    last?.role === 'user' && objects(last.content).some((block) => block.type === 'tool_result');
  const lastUser = messages.findLast((m) => m.role === 'user');
  return {
    lastUserText: lastUser ? contentTexts(lastUser.content).join('\n') : '',
    endsWithToolResult,
    tools: objects(body.tools).flatMap((t) => str(t.name) ?? []),
    toolChoice: toolChoice(body.tool_choice),
    maxTokens: typeof body.max_tokens === 'number' ? body.max_tokens : undefined,
    texts: [...contentTexts(body.system), ...messages.flatMap((m) => contentTexts(m.content))],
  };
}
