import type { Extra, ImagePart, Message, Part, TextPart, ToolCallPart } from '../../core/chat.js';
import { pickExtra, withExtra } from '../kit/pick-extra.js';
import type { OpenAIMessage, OpenAIPart, OpenAIToolCall } from './request-schema.js';

/**
 * OpenAI messages → canonical messages. `developer` becomes `system` with `extra.role = 'developer'`;
 * a content array that would otherwise render back as a string (one plain text part, or none) is marked
 * `arrayContent`; parts of unmodeled types (audio, files, refusals) are carried as a TextPart with empty
 * text whose `extra` is the whole wire part (its `type` marks it).
 */
export function parseMessages(messages: OpenAIMessage[]): Message[] {
  return messages.map(parseMessage);
}

function parseMessage(message: OpenAIMessage): Message {
  switch (message.role) {
    case 'system':
    case 'developer': {
      const parts = contentParts(message.content);
      const role = message.role === 'developer' ? 'developer' : undefined;
      return build(
        'system',
        parts,
        withExtra(pickExtra(message, ['role', 'content']), { role, ...marker(message.content, parts) }),
      );
    }
    case 'user': {
      const parts = contentParts(message.content);
      return build(
        'user',
        parts,
        withExtra(pickExtra(message, ['role', 'content']), marker(message.content, parts)),
      );
    }
    case 'assistant': {
      const text = message.content != null ? contentParts(message.content) : [];
      const calls = (message.tool_calls ?? []).map(parseToolCall);
      const extra = pickExtra(message, ['role', 'content', 'tool_calls']);
      return build('assistant', [...text, ...calls], withExtra(extra, marker(message.content, text)));
    }
    case 'tool': {
      const content = contentParts(message.content).filter((part): part is TextPart => part.type === 'text');
      const extra = pickExtra(message, ['role', 'content', 'tool_call_id']);
      const result = { type: 'tool_result' as const, toolCallId: message.tool_call_id, content };
      return build('tool', [result], withExtra(extra, marker(message.content, content)));
    }
  }
}

function build(role: Message['role'], parts: Part[], extra: Extra | undefined): Message {
  return extra ? { role, parts, extra } : { role, parts };
}

/** Marks content sent as an array that the default rule (one plain text part → string) would not restore. */
function marker(wire: unknown, parts: Part[]): Extra {
  const stringLike =
    parts.length === 0 || (parts.length === 1 && parts[0]?.type === 'text' && !parts[0].extra);
  return { arrayContent: Array.isArray(wire) && stringLike ? true : undefined };
}

function contentParts(content: string | OpenAIPart[]): Part[] {
  return typeof content === 'string' ? [{ type: 'text', text: content }] : content.map(parsePart);
}

function parsePart(part: OpenAIPart): Part {
  if (part.type === 'other') return { type: 'text', text: '', extra: part.block };
  if (part.type === 'image_url') return parseImage(part);
  const extra = pickExtra(part, ['type', 'text']);
  return extra ? { type: 'text', text: part.text, extra } : { type: 'text', text: part.text };
}

const dataUrl = /^data:([^;,]+);base64,(.*)$/s;

function parseImage(part: Extract<OpenAIPart, { type: 'image_url' }>): ImagePart {
  const match = dataUrl.exec(part.image_url.url);
  const image: ImagePart = match
    ? { type: 'image', mediaType: match[1], data: match[2] }
    : { type: 'image', url: part.image_url.url };
  const extra = withExtra(pickExtra(part, ['type', 'image_url']), {
    image_url: pickExtra(part.image_url, ['url']),
  });
  return extra ? { ...image, extra } : image;
}

function parseToolCall(call: OpenAIToolCall): ToolCallPart {
  const extra = withExtra(pickExtra(call, ['id', 'type', 'function']), {
    function: pickExtra(call.function, ['name', 'arguments']),
  });
  const part: ToolCallPart = {
    type: 'tool_call',
    id: call.id,
    name: call.function.name,
    arguments: call.function.arguments,
  };
  return extra ? { ...part, extra } : part;
}
