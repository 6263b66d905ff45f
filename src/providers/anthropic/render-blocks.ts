import type { ImagePart, Part, ToolResultPart, Warning } from '../../core/chat.js';
import { isCarried, pushWarning, warnDropped, wireFields } from '../kit/extra-warnings.js';
import { parseArguments } from './parse-arguments.js';

export type Wire = Record<string, unknown>;

export interface Context {
  /** The request came in Anthropic's format: spread `extra` back instead of dropping it. */
  same: boolean;
  warnings: Warning[];
}

/**
 * Canonical parts → Anthropic content: a string for one plain text part (unless the client sent an
 * array, `arrayContent`), else content blocks.
 * @see https://docs.anthropic.com/en/api/messages#body-messages-content
 */
export function renderContent(parts: Part[], arrayContent: boolean, ctx: Context): string | Wire[] {
  const kept = ctx.same ? parts : withoutEmptyText(parts);
  const only = kept[0];
  if (
    !arrayContent &&
    kept.length === 1 &&
    only?.type === 'text' &&
    !isCarried(only) &&
    (!ctx.same || !only.extra)
  ) {
    if (!ctx.same) warnDropped(ctx.warnings, only.extra, 'messages.content');
    return only.text;
  }
  if (kept.length === 0 && !arrayContent) return '';
  return kept.map((part) => renderBlock(part, ctx));
}

export function renderBlock(part: Part, ctx: Context): Wire {
  const fields = ctx.same ? wireFields(part.extra) : {};
  if (!ctx.same) warnDropped(ctx.warnings, part.extra, 'messages.content');
  switch (part.type) {
    case 'text':
      return ctx.same && isCarried(part) ? fields : { ...fields, type: 'text', text: part.text };
    case 'image': {
      const { source, ...outer } = fields;
      return { ...outer, type: 'image', source: { ...(source as Wire | undefined), ...imageSource(part) } };
    }
    case 'tool_call': {
      let input = parseArguments(part.arguments);
      if (!input) {
        pushWarning(ctx.warnings, {
          type: 'parameter_adjusted',
          parameter: 'tool_calls.arguments',
          detail: 'not a JSON object',
        });
        input = {};
      }
      return { ...fields, type: 'tool_use', id: part.id, name: part.name, input };
    }
    case 'tool_result':
      return renderToolResult(part, fields, ctx);
  }
}

function renderToolResult(result: ToolResultPart, fields: Wire, ctx: Context): Wire {
  const wire: Wire = { ...fields, type: 'tool_result', tool_use_id: result.toolCallId };
  const parts = ctx.same ? result.content : withoutEmptyText(result.content);
  // No content at all is sent as no `content` field, as Anthropic allows.
  if (parts.length > 0 || (ctx.same && result.extra?.arrayContent)) {
    wire.content = renderContent(parts, ctx.same && result.extra?.arrayContent === true, ctx);
  }
  if (result.isError !== undefined) wire.is_error = result.isError;
  return wire;
}

function imageSource(part: ImagePart): Wire {
  if (part.url !== undefined) return { type: 'url', url: part.url };
  return { type: 'base64', media_type: part.mediaType, data: part.data };
}

/** Anthropic rejects empty text blocks. */
function withoutEmptyText<T extends Part>(parts: T[]): T[] {
  return parts.filter((part) => part.type !== 'text' || part.text !== '');
}
