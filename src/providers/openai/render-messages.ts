import type { Message, Part, TextPart, ToolCallPart, ToolResultPart, Warning } from '../../core/chat.js';
import { dropCarried, isCarried, pushWarning, warnDropped, wireFields } from '../kit/extra-warnings.js';

type Wire = Record<string, unknown>;

interface Context {
  /** The request came in OpenAI's format: spread `extra` back instead of dropping it. */
  same: boolean;
  warnings: Warning[];
}

/**
 * Canonical messages → OpenAI `messages`. Tool results become one `tool` message each (OpenAI wants them
 * right after the assistant turn that called the tools), followed by the rest of a user turn, if any.
 * @see https://platform.openai.com/docs/api-reference/chat/create#chat-create-messages
 */
export function renderOpenAIMessages(messages: Message[], same: boolean, warnings: Warning[]): Wire[] {
  return messages.flatMap((message) => renderMessage(message, { same, warnings }));
}

function renderMessage(message: Message, ctx: Context): Wire[] {
  const base = ctx.same ? wireFields(message.extra) : {};
  if (!ctx.same) warnDropped(ctx.warnings, message.extra, 'messages', ['role']);
  const parts = ctx.same ? message.parts : dropCarried(message.parts, ctx.warnings);
  const arrayContent = ctx.same && message.extra?.arrayContent === true;
  const results = parts.filter((part): part is ToolResultPart => part.type === 'tool_result');
  const tools = results.map((result) =>
    renderToolResult(result, message.role === 'tool' ? base : {}, arrayContent, ctx),
  );
  switch (message.role) {
    case 'tool':
      return tools;
    case 'system': {
      const role = ctx.same && message.extra?.role === 'developer' ? 'developer' : 'system';
      return [{ ...base, role, content: renderContent(texts(parts), arrayContent, ctx) }];
    }
    case 'user': {
      const rest = parts.filter((part) => part.type === 'text' || part.type === 'image');
      if (rest.length === 0 && results.length > 0) return tools;
      return [...tools, { ...base, role: 'user', content: renderContent(rest, arrayContent, ctx) }];
    }
    case 'assistant':
      return [...tools, renderAssistant(parts, base, arrayContent, ctx)];
  }
}

function renderAssistant(parts: Part[], base: Wire, arrayContent: boolean, ctx: Context): Wire {
  const wire: Wire = { ...base, role: 'assistant' };
  const content = parts.filter((part) => part.type === 'text');
  // Same format: an absent `content` stays absent and a null one comes back from `extra`.
  if (content.length > 0 || arrayContent) wire.content = renderContent(content, arrayContent, ctx);
  else if (!ctx.same) wire.content = null;
  const calls = parts.filter((part): part is ToolCallPart => part.type === 'tool_call');
  if (calls.length > 0) wire.tool_calls = calls.map((call) => renderToolCall(call, ctx));
  return wire;
}

function renderToolResult(result: ToolResultPart, base: Wire, arrayContent: boolean, ctx: Context): Wire {
  if (!ctx.same) {
    warnDropped(ctx.warnings, result.extra, 'messages.content');
    if (result.isError)
      pushWarning(ctx.warnings, { type: 'unsupported_parameter', parameter: 'messages.content.is_error' });
  }
  const content = renderContent(
    ctx.same ? result.content : dropCarried(result.content, ctx.warnings),
    arrayContent,
    ctx,
  );
  return { ...base, role: 'tool', tool_call_id: result.toolCallId, content };
}

/** One plain text part renders as a string (unless the client sent an array), anything else as parts. */
function renderContent(parts: Part[], arrayContent: boolean, ctx: Context): string | Wire[] {
  const only = parts[0];
  if (!arrayContent && parts.length === 1 && only?.type === 'text' && (!ctx.same || !only.extra)) {
    if (!ctx.same) warnDropped(ctx.warnings, only.extra, 'messages.content');
    return only.text;
  }
  if (parts.length === 0 && !arrayContent) return '';
  return parts.flatMap((part) => renderPart(part, ctx));
}

function renderPart(part: Part, ctx: Context): Wire[] {
  if (part.type === 'text') {
    if (ctx.same && isCarried(part)) return [wireFields(part.extra)];
    if (!ctx.same) warnDropped(ctx.warnings, part.extra, 'messages.content');
    return [{ ...(ctx.same ? wireFields(part.extra) : {}), type: 'text', text: part.text }];
  }
  if (part.type !== 'image') return [];
  const url = part.url ?? `data:${part.mediaType};base64,${part.data}`;
  if (!ctx.same) {
    warnDropped(ctx.warnings, part.extra, 'messages.content');
    return [{ type: 'image_url', image_url: { url } }];
  }
  const { image_url: inner, ...outer } = wireFields(part.extra);
  return [{ ...outer, type: 'image_url', image_url: { ...(inner as Wire | undefined), url } }];
}

function renderToolCall(call: ToolCallPart, ctx: Context): Wire {
  if (!ctx.same) {
    warnDropped(ctx.warnings, call.extra, 'messages.tool_calls');
    return { id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } };
  }
  const { function: fn, ...outer } = wireFields(call.extra);
  return {
    ...outer,
    id: call.id,
    type: 'function',
    function: { ...(fn as Wire | undefined), name: call.name, arguments: call.arguments },
  };
}

function texts(parts: Part[]): TextPart[] {
  return parts.filter((part): part is TextPart => part.type === 'text');
}
