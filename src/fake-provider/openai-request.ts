import { isObject, type JsonObject, jsonType, objects, str } from './json.js';
import type { OpenAiError } from './openai-errors.js';
import type { Conversation, ToolChoice } from './reply.js';

type Invalid = Partial<OpenAiError> & { message: string };

const roles = ['system', 'assistant', 'user', 'function', 'tool', 'developer'];

/** Checks a chat completion body the way the real API does; returns the error to answer, if any. */
export function validateChatBody(body: unknown): Invalid | undefined {
  if (!isObject(body)) {
    return {
      message:
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)",
    };
  }
  const { messages, model } = body;
  if (messages === undefined) {
    return {
      message: "Missing required parameter: 'messages'.",
      param: 'messages',
      code: 'missing_required_parameter',
    };
  }
  if (!Array.isArray(messages)) {
    const message = `Invalid type for 'messages': expected an array of objects, but got ${jsonType(messages)} instead.`;
    return { message, param: 'messages', code: 'invalid_type' };
  }
  if (messages.length === 0) {
    const message =
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.";
    return { message, param: 'messages', code: 'empty_array' };
  }
  for (const [i, m] of messages.entries()) {
    const role = isObject(m) ? m.role : undefined;
    if (typeof role !== 'string' || !roles.includes(role)) {
      const message = `Invalid value: '${String(role)}'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.`;
      return { message, param: `messages[${i}].role`, code: 'invalid_value' };
    }
  }
  if (typeof model !== 'string' || model === '') return { message: 'you must provide a model parameter' };
  for (const param of ['max_tokens', 'max_completion_tokens']) {
    const value = body[param];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      const message = `Invalid type for '${param}': expected an integer, but got ${jsonType(value)} instead.`;
      return { message, param, code: 'invalid_type' };
    }
    if (value < 1) {
      const message = `Invalid '${param}': integer below minimum value. Expected a value >= 1, but got ${value} instead.`;
      return { message, param, code: 'integer_below_min_value' };
    }
  }
  if (body.stream_options != null && body.stream !== true) {
    return {
      message: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      param: 'stream_options',
    };
  }
  return undefined;
}

/** Text of a message's `content`: a string or an array of text parts. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  return objects(content)
    .map((part) => str(part.text) ?? str(part.refusal) ?? '')
    .join('\n');
}

function toolChoice(value: unknown): ToolChoice {
  if (value === 'none') return { kind: 'none' };
  if (value === 'required') return { kind: 'any' };
  const name = isObject(value) && isObject(value.function) ? str(value.function.name) : undefined;
  return name ? { kind: 'tool', name } : { kind: 'auto' };
}

/** Reads a validated chat completion body. */
export function chatConversation(body: JsonObject): Conversation {
  const messages = objects(body.messages);
  const last = messages.at(-1);
  const lastUser = last?.role === 'tool' ? last : messages.findLast((m) => m.role === 'user');
  const texts = messages.flatMap((m) => [
    contentText(m.content),
    ...objects(m.tool_calls).map((c) => (isObject(c.function) ? (str(c.function.arguments) ?? '') : '')),
  ]);
  const maxTokens = body.max_completion_tokens ?? body.max_tokens;
  return {
    lastUserText: lastUser ? contentText(lastUser.content) : '',
    endsWithToolResult: last?.role === 'tool',
    tools: objects(body.tools).flatMap((t) => (isObject(t.function) ? (str(t.function.name) ?? []) : [])),
    toolChoice: toolChoice(body.tool_choice),
    maxTokens: typeof maxTokens === 'number' ? maxTokens : undefined,
    texts,
  };
}
