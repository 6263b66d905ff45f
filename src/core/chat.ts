/**
 * The canonical chat request, response and stream.
 *
 * Both inbound protocols (OpenAI Chat Completions, Anthropic Messages) parse into these types and both
 * providers render from them, so policy, redaction and metering are written once. Fields a wire format
 * has that the canonical form does not model travel in `extra`, tagged with the format they came from:
 * a same-format call spreads them back; a translated call drops them and reports a warning.
 */

export type WireFormat = 'openai' | 'anthropic';

/** Wire fields the canonical form does not model, kept verbatim for a same-format call. */
export type Extra = Record<string, unknown>;

export interface TextPart {
  type: 'text';
  text: string;
  extra?: Extra;
}

export interface ImagePart {
  type: 'image';
  /** An http(s) URL, or absent when the image is inline. */
  url?: string;
  /** Inline base64 data, with its media type. */
  data?: string;
  mediaType?: string;
  extra?: Extra;
}

export interface ToolCallPart {
  type: 'tool_call';
  id: string;
  name: string;
  /** The arguments as JSON text, exactly as the model produced them. */
  arguments: string;
  extra?: Extra;
}

export interface ToolResultPart {
  type: 'tool_result';
  toolCallId: string;
  content: TextPart[];
  isError?: boolean;
  extra?: Extra;
}

export type Part = TextPart | ImagePart | ToolCallPart | ToolResultPart;

/**
 * `system` messages stay where they were sent (OpenAI allows them anywhere); Anthropic's top-level
 * `system` becomes a leading system message. `tool` messages hold exactly one tool_result part.
 */
export interface Message {
  role: 'system' | 'user' | 'assistant' | 'tool';
  parts: Part[];
  extra?: Extra;
}

export interface Tool {
  name: string;
  description?: string;
  /** JSON Schema of the arguments. */
  parameters: Record<string, unknown>;
  extra?: Extra;
}

export type ToolChoice =
  | { type: 'auto' }
  | { type: 'none' }
  | { type: 'required' }
  | { type: 'tool'; name: string };

export interface ChatRequest {
  /** The format the client spoke; `extra` fields belong to it. */
  format: WireFormat;
  model: string;
  messages: Message[];
  stream: boolean;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  stop?: string[];
  tools?: Tool[];
  toolChoice?: ToolChoice;
  parallelToolCalls?: boolean;
  /** An end-user id for provider abuse monitoring (OpenAI `user`, Anthropic `metadata.user_id`). */
  user?: string;
  /** OpenAI streaming: the client asked for the final usage chunk. */
  includeUsage?: boolean;
  extra?: Extra;
}

/**
 * Token usage as the provider reported it. Unknown is `undefined`, never zero.
 * `inputTokens` counts every input token, cached ones included (OpenAI's `prompt_tokens`;
 * Anthropic's `input_tokens + cache_read_input_tokens + cache_creation_input_tokens`).
 */
export interface Usage {
  inputTokens: number | undefined;
  outputTokens: number | undefined;
  cacheReadTokens?: number | undefined;
  cacheWriteTokens?: number | undefined;
}

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'other';

export interface ChatResponse {
  id: string;
  model: string;
  /** Text and tool_call parts, in the order the model produced them. */
  parts: Array<TextPart | ToolCallPart>;
  finishReason: FinishReason;
  /** The provider's own stop reason string, for same-format rendering. */
  rawFinishReason?: string;
  /** Anthropic: which stop sequence matched. */
  stopSequence?: string | null;
  usage: Usage;
  created?: number;
}

/** One event of a canonical response stream. */
export type StreamPart =
  | { type: 'start'; id: string; model: string; created?: number; usage?: Usage }
  | { type: 'text'; text: string }
  /** A new tool call; `index` counts tool calls from 0 in the order they started. */
  | { type: 'tool_call_start'; index: number; id: string; name: string }
  | { type: 'tool_call_delta'; index: number; argumentsDelta: string }
  | { type: 'finish'; reason: FinishReason; rawReason?: string; stopSequence?: string | null }
  /** Usage may arrive with or after `finish` (OpenAI sends it in a last chunk). Later values win. */
  | { type: 'usage'; usage: Usage };

/** A non-fatal deviation, reported in a response header and the audit entry (never a value). */
export interface Warning {
  type: 'unsupported_parameter' | 'parameter_adjusted' | 'model_substituted';
  parameter?: string;
  detail?: string;
}
