import { randomUUID } from 'node:crypto';
import type { ChatRequest, FinishReason, StreamPart, Usage } from '../../core/chat.js';
import type { PalisadeError } from '../../core/errors.js';
import { mergeUsage } from '../kit/merge-usage.js';
import type { StreamRenderer } from '../protocol.js';
import { renderAnthropicError } from './render-error.js';
import { toAnthropicUsage } from './render-usage.js';
import { toAnthropicStopReason } from './stop-reason.js';

/**
 * Canonical stream → Anthropic Messages SSE events
 * (https://docs.anthropic.com/en/docs/build-with-claude/streaming). Text goes into a text block opened
 * at the first text and closed when a tool call starts; each tool call is a tool_use block. The
 * `message_delta` (stop reason, output tokens) waits for `end()`, because OpenAI sends usage after the
 * finish reason.
 */
export function createAnthropicStreamRenderer(request: ChatRequest): StreamRenderer {
  let started = false;
  let nextBlock = 0;
  let open: { kind: 'text' | 'tool'; index: number } | undefined;
  const toolBlocks = new Map<number, number>();
  let finish:
    | { reason: FinishReason; raw: string | undefined; stopSequence: string | null | undefined }
    | undefined;
  let usage: Usage | undefined;

  function start(id: string, model: string): string {
    started = true;
    const message = {
      id,
      type: 'message',
      role: 'assistant',
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { ...toAnthropicUsage(usage), output_tokens: 0 },
    };
    return event('message_start', { type: 'message_start', message });
  }

  function ensureStarted(): string {
    return started ? '' : start(`msg_${randomUUID().replaceAll('-', '')}`, request.model);
  }

  function openBlock(kind: 'text' | 'tool', block: Record<string, unknown>): string {
    const text = ensureStarted() + closeBlock();
    open = { kind, index: nextBlock++ };
    return (
      text +
      event('content_block_start', { type: 'content_block_start', index: open.index, content_block: block })
    );
  }

  function closeBlock(): string {
    if (!open) return '';
    const text = event('content_block_stop', { type: 'content_block_stop', index: open.index });
    open = undefined;
    return text;
  }

  return {
    write(part: StreamPart): string {
      switch (part.type) {
        case 'start':
          if (started) return '';
          if (part.usage) usage = mergeUsage(usage, part.usage);
          return start(part.id, part.model);
        case 'text': {
          if (part.text === '') return '';
          const opening = open?.kind === 'text' ? '' : openBlock('text', { type: 'text', text: '' });
          const delta = { type: 'text_delta', text: part.text };
          return (
            opening + event('content_block_delta', { type: 'content_block_delta', index: open?.index, delta })
          );
        }
        case 'tool_call_start': {
          const opening = openBlock('tool', { type: 'tool_use', id: part.id, name: part.name, input: {} });
          toolBlocks.set(part.index, open?.index ?? 0);
          return opening;
        }
        case 'tool_call_delta': {
          const index = toolBlocks.get(part.index);
          if (index === undefined || part.argumentsDelta === '') return '';
          const delta = { type: 'input_json_delta', partial_json: part.argumentsDelta };
          return event('content_block_delta', { type: 'content_block_delta', index, delta });
        }
        case 'finish':
          finish = { reason: part.reason, raw: part.rawReason, stopSequence: part.stopSequence };
          return closeBlock();
        case 'usage':
          usage = mergeUsage(usage, part.usage);
          return '';
      }
    },
    end(): string {
      const stopReason = toAnthropicStopReason(finish?.reason ?? 'stop', finish?.raw, finish?.stopSequence);
      const delta = { stop_reason: stopReason, stop_sequence: finish?.stopSequence ?? null };
      const { input_tokens, ...rest } = toAnthropicUsage(usage);
      const wireUsage = usage?.inputTokens === undefined ? rest : { input_tokens, ...rest };
      return (
        ensureStarted() +
        closeBlock() +
        event('message_delta', { type: 'message_delta', delta, usage: wireUsage }) +
        event('message_stop', { type: 'message_stop' })
      );
    },
    error(error: PalisadeError): string {
      return event('error', renderAnthropicError(error));
    },
  };
}

function event(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}
