import { countWords, slices, truncateWords, wordPieces } from './text.js';
import type { Knobs } from './types.js';

export type ToolChoice =
  | { kind: 'auto' }
  | { kind: 'none' }
  | { kind: 'any' }
  | { kind: 'tool'; name: string };

/** What the fake model needs to know about a request, whichever wire format it came in. */
export interface Conversation {
  /** Text of the last user turn (the tool results, when the conversation ends with them). */
  lastUserText: string;
  /** The last turn carries tool results: the model answers in text, as a real one would. */
  endsWithToolResult: boolean;
  /** Names of the offered tools, in order. */
  tools: string[];
  toolChoice: ToolChoice;
  maxTokens: number | undefined;
  /** Every piece of text in the request (system, turns, tool arguments and results). */
  texts: string[];
}

/** The fake model's answer, before it is put into a wire format. */
export interface Plan {
  text: string;
  /** The text as it is streamed, piece by piece. */
  pieces: string[];
  toolCall: { name: string; arguments: string } | undefined;
  stop: 'end' | 'length' | 'tool';
  inputTokens: number;
  outputTokens: number;
}

/**
 * Decides the answer: the `reply` knob or an echo of the last user text, cut to `maxTokens` words;
 * a tool call when tools are offered and the `toolCall` knob or `tool_choice` asks for one.
 */
export function planReply(conversation: Conversation, knobs: Readonly<Knobs>): Plan {
  const { tools, toolChoice, lastUserText } = conversation;
  const wantsTool = knobs.toolCall !== undefined || toolChoice.kind === 'any' || toolChoice.kind === 'tool';
  const callsTool =
    wantsTool && tools.length > 0 && toolChoice.kind !== 'none' && !conversation.endsWithToolResult;
  const echo = lastUserText ? `Echo: ${lastUserText}` : 'Echo:';
  const cut = truncateWords(knobs.reply ?? (callsTool ? '' : echo), conversation.maxTokens);
  const forced = toolChoice.kind === 'tool' ? toolChoice.name : undefined;
  const toolCall =
    callsTool && !cut.truncated
      ? {
          name: knobs.toolCall?.name ?? forced ?? (tools[0] as string),
          arguments: JSON.stringify(knobs.toolCall?.arguments ?? {}),
        }
      : undefined;
  const toolTokens = toolCall ? countWords(`${toolCall.name} ${toolCall.arguments}`) : 0;
  return {
    text: cut.text,
    pieces: knobs.textChunkChars ? slices(cut.text, knobs.textChunkChars) : wordPieces(cut.text),
    toolCall,
    stop: cut.truncated ? 'length' : toolCall ? 'tool' : 'end',
    inputTokens: conversation.texts.reduce((sum, t) => sum + countWords(t), 0),
    outputTokens: countWords(cut.text) + toolTokens,
  };
}
