import { randomUUID } from 'node:crypto';
import type { ChatRequest, StreamPart, Usage } from '../../core/chat.js';
import type { PalisadeError } from '../../core/errors.js';
import { mergeUsage } from '../kit/merge-usage.js';
import type { StreamRenderer } from '../protocol.js';
import { toOpenAIFinishReason } from './finish-reason.js';
import { renderOpenAIError } from './render-error.js';
import { toOpenAIUsage } from './render-usage.js';

/**
 * Canonical stream → OpenAI `chat.completion.chunk` events
 * (https://platform.openai.com/docs/api-reference/chat-streaming). The usage chunk (empty `choices`) is
 * sent by `end()`, before `[DONE]`, and only when the client asked with `stream_options.include_usage`;
 * as OpenAI does, every other chunk then carries `usage: null`.
 */
export function createOpenAIStreamRenderer(request: ChatRequest): StreamRenderer {
  let head: { id: string; model: string; created: number } | undefined;
  let usage: Usage | undefined;

  function chunk(choices: unknown[], extra?: Record<string, unknown>): string {
    head ??= { id: `chatcmpl-${randomUUID()}`, model: request.model, created: Math.floor(Date.now() / 1000) };
    const body = {
      ...head,
      object: 'chat.completion.chunk',
      choices,
      ...(request.includeUsage ? { usage: null } : {}),
    };
    return `data: ${JSON.stringify({ ...body, ...extra })}\n\n`;
  }

  function delta(value: Record<string, unknown>, finishReason: string | null = null): string {
    const opening = head === undefined ? chunk([choice({ role: 'assistant', content: '' })]) : '';
    return opening + chunk([choice(value, finishReason)]);
  }

  return {
    write(part: StreamPart): string {
      switch (part.type) {
        case 'start':
          if (head) return '';
          head = { id: part.id, model: part.model, created: part.created ?? Math.floor(Date.now() / 1000) };
          if (part.usage) usage = mergeUsage(usage, part.usage);
          return chunk([choice({ role: 'assistant', content: '' })]);
        case 'text':
          return part.text === '' ? '' : delta({ content: part.text });
        case 'tool_call_start':
          return delta({
            tool_calls: [
              {
                index: part.index,
                id: part.id,
                type: 'function',
                function: { name: part.name, arguments: '' },
              },
            ],
          });
        case 'tool_call_delta':
          return delta({ tool_calls: [{ index: part.index, function: { arguments: part.argumentsDelta } }] });
        case 'finish':
          return delta({}, toOpenAIFinishReason(part.reason, part.rawReason));
        case 'usage':
          usage = mergeUsage(usage, part.usage);
          return '';
      }
    },
    end(): string {
      const wire = usage && toOpenAIUsage(usage);
      const last = request.includeUsage && wire ? chunk([], { usage: wire }) : '';
      return `${last}data: [DONE]\n\n`;
    },
    error(error: PalisadeError): string {
      return `data: ${JSON.stringify(renderOpenAIError(error))}\n\n`;
    },
  };
}

function choice(delta: Record<string, unknown>, finishReason: string | null = null): Record<string, unknown> {
  return { index: 0, delta, logprobs: null, finish_reason: finishReason };
}
