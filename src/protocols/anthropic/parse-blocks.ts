import type { ImagePart, Part, TextPart, ToolResultPart } from '../../core/chat.js';
import { pickExtra, withExtra } from '../kit/pick-extra.js';
import type { AnthropicBlock, AnthropicTextBlock } from './request-schema.js';

type Carried = { type: 'other'; value: Record<string, unknown> };

/**
 * One Anthropic content block → a canonical part. Blocks the canonical form does not model (thinking,
 * redacted_thinking, documents, server tool blocks, images from the Files API) are carried as a TextPart
 * with empty text whose `extra` is the whole block, so a same-format call sends them back untouched.
 */
export function parseBlock(block: AnthropicBlock): Part {
  switch (block.type) {
    case 'other':
      return carried(block);
    case 'text':
      return parseText(block);
    case 'image': {
      // The schema wrapped an unmodeled source (a Files API id): put the wire source back.
      if (block.source.type === 'other')
        return carried({ type: 'other', value: { ...block, source: block.source.value } });
      const { source } = block;
      const image: ImagePart =
        source.type === 'base64'
          ? { type: 'image', mediaType: source.media_type, data: source.data }
          : { type: 'image', url: source.url };
      const sourceExtra = pickExtra(
        source,
        source.type === 'base64' ? ['type', 'media_type', 'data'] : ['type', 'url'],
      );
      const extra = withExtra(pickExtra(block, ['type', 'source']), { source: sourceExtra });
      return extra ? { ...image, extra } : image;
    }
    case 'tool_use': {
      const extra = pickExtra(block, ['type', 'id', 'name', 'input']);
      const call = {
        type: 'tool_call' as const,
        id: block.id,
        name: block.name,
        arguments: JSON.stringify(block.input),
      };
      return extra ? { ...call, extra } : call;
    }
    case 'tool_result':
      return parseToolResult(block);
  }
}

export function parseText(block: AnthropicTextBlock): TextPart {
  const extra = pickExtra(block, ['type', 'text']);
  return extra ? { type: 'text', text: block.text, extra } : { type: 'text', text: block.text };
}

function parseToolResult(block: Extract<AnthropicBlock, { type: 'tool_result' }>): ToolResultPart {
  const wire = block.content;
  const content: TextPart[] =
    typeof wire === 'string'
      ? [{ type: 'text', text: wire }]
      : (wire ?? []).map((item) => (item.type === 'other' ? carried(item) : parseText(item)));
  const extra = withExtra(pickExtra(block, ['type', 'tool_use_id', 'content', 'is_error']), {
    arrayContent: Array.isArray(wire) && isStringLike(content) ? true : undefined,
  });
  const result: ToolResultPart = { type: 'tool_result', toolCallId: block.tool_use_id, content };
  if (block.is_error != null) result.isError = block.is_error;
  return extra ? { ...result, extra } : result;
}

/** True when the default rule (one plain text part → string, none → absent) would not give an array back. */
export function isStringLike(parts: Part[]): boolean {
  const only = parts[0];
  return parts.length === 0 || (parts.length === 1 && only?.type === 'text' && !only.extra);
}

function carried(block: Carried): TextPart {
  return { type: 'text', text: '', extra: block.value };
}
