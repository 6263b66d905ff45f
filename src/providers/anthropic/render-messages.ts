import type { Message, TextPart, Warning } from '../../core/chat.js';
import { dropCarried, pushWarning, warnDropped, wireFields } from '../kit/extra-warnings.js';
import { type Context, renderBlock, renderContent, type Wire } from './render-blocks.js';

/**
 * Canonical messages → Anthropic `system` and `messages`. System messages go to the top-level `system`
 * (one in `messages` marked `inMessages` stays there). `tool` messages become tool_result blocks of one
 * user turn, which also takes the user message right after them: Anthropic wants the results right
 * after the assistant's tool_use turn, first in the user turn.
 * @see https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/implement-tool-use
 */
export function renderAnthropicMessages(
  messages: Message[],
  same: boolean,
  warnings: Warning[],
): { system: string | Wire[] | undefined; messages: Wire[] } {
  const ctx: Context = { same, warnings };
  const system: Message[] = [];
  const out: Wire[] = [];
  let results: { content: Wire[] } | undefined;
  for (const message of messages) {
    const base = same ? wireFields(message.extra) : {};
    // `role: 'developer'` (OpenAI) is a role, not a dropped field: it becomes part of `system`.
    if (!same) warnDropped(warnings, message.extra, 'messages', ['role']);
    const parts = same ? message.parts : dropCarried(message.parts, warnings);
    const arrayContent = same && message.extra?.arrayContent === true;
    if (message.role === 'system' && !(same && message.extra?.inMessages)) {
      if (!same && out.length > 0) {
        pushWarning(warnings, {
          type: 'parameter_adjusted',
          parameter: 'messages',
          detail: 'system messages moved to system',
        });
      }
      system.push({ ...message, parts });
      continue;
    }
    if (message.role === 'tool' || (message.role === 'user' && results)) {
      // Anthropic rejects empty text blocks (an OpenAI user message may well be '').
      const blocks = parts
        .filter((part) => same || part.type !== 'text' || part.text !== '')
        .map((part) => renderBlock(part, ctx));
      if (results) {
        results.content.push(...blocks);
        Object.assign(results, base);
      } else {
        results = { ...base, role: 'user', content: blocks } as Wire & { content: Wire[] };
        out.push(results);
      }
      if (message.role === 'user') results = undefined;
      continue;
    }
    results = undefined;
    out.push({ ...base, role: message.role, content: renderContent(parts, arrayContent, ctx) });
  }
  return { system: renderSystem(system, ctx), messages: out };
}

function renderSystem(messages: Message[], ctx: Context): string | Wire[] | undefined {
  if (messages.length === 0) return undefined;
  const parts = messages.flatMap((message) =>
    message.parts.filter((part): part is TextPart => part.type === 'text'),
  );
  const arrayContent = ctx.same && messages.some((message) => message.extra?.arrayContent === true);
  if (!ctx.same && parts.every((part) => part.text === '')) return undefined;
  return renderContent(parts, arrayContent, ctx);
}
