import type { Extra, Message, Part, ToolResultPart } from '../../core/chat.js';
import { pickExtra, withExtra } from '../kit/pick-extra.js';
import { isStringLike, parseBlock, parseText } from './parse-blocks.js';
import type { AnthropicMessage, AnthropicRequest } from './request-schema.js';

/**
 * Anthropic `system` + `messages` → canonical messages. The top-level `system` becomes a leading system
 * message; a `system` message inside `messages` is marked `inMessages` so it is rendered back in place.
 * A user turn holding tool_result blocks becomes one `tool` message per result followed by a user
 * message with the remaining blocks (the Anthropic provider merges them back into one turn).
 */
export function parseAnthropicMessages(
  system: AnthropicRequest['system'],
  messages: AnthropicMessage[],
): Message[] {
  const parsed: Message[] = [];
  if (system != null) {
    const parts =
      typeof system === 'string' ? [{ type: 'text' as const, text: system }] : system.map(parseText);
    parsed.push(build('system', parts, withExtra(undefined, marker(system, parts))));
  }
  for (const message of messages) parsed.push(...parseMessage(message));
  return parsed;
}

function parseMessage(message: AnthropicMessage): Message[] {
  const extra = pickExtra(message, ['role', 'content']);
  if (message.role === 'system') {
    const parts =
      typeof message.content === 'string' ? [text(message.content)] : message.content.map(parseText);
    return [
      build('system', parts, withExtra(extra, { inMessages: true, ...marker(message.content, parts) })),
    ];
  }
  const parts: Part[] =
    typeof message.content === 'string' ? [text(message.content)] : message.content.map(parseBlock);
  if (message.role === 'assistant')
    return [build('assistant', parts, withExtra(extra, marker(message.content, parts)))];
  const results = parts.filter((part): part is ToolResultPart => part.type === 'tool_result');
  if (results.length === 0) return [build('user', parts, withExtra(extra, marker(message.content, parts)))];
  const rest = parts.filter((part) => part.type !== 'tool_result');
  const split = results.map((result) => build('tool', [result], undefined));
  if (rest.length > 0) split.push(build('user', rest, undefined));
  const first = split[0] as Message;
  if (extra) first.extra = extra;
  return split;
}

function text(value: string): Part & { type: 'text' } {
  return { type: 'text', text: value };
}

function build(role: Message['role'], parts: Part[], extra: Extra | undefined): Message {
  return extra ? { role, parts, extra } : { role, parts };
}

function marker(wire: unknown, parts: Part[]): Extra {
  return { arrayContent: Array.isArray(wire) && isStringLike(parts) ? true : undefined };
}
