/** Which tool the fake model calls, and with what arguments. */
export interface ToolCallKnob {
  /** Tool to call; default: the first tool the request offers (or the one `tool_choice` forces). */
  name?: string;
  /** Arguments, sent as JSON (OpenAI `function.arguments`, Anthropic `input`); default `{}`. */
  arguments?: unknown;
}

/**
 * Behaviour switches. Every knob can be set at start-up, with `configure()`, or over HTTP with
 * `POST /_fake/knobs`; `reset()` restores the start-up values.
 */
export interface Knobs {
  /** Delay before response headers, in ms. */
  latencyMs: number;
  /** Delay between SSE events, in ms. */
  chunkDelayMs: number;
  /** Answer provider calls with this HTTP status and the provider's own error body. */
  failStatus: number | undefined;
  /** How many calls `failStatus` applies to; unset means every call until cleared. */
  failTimes: number | undefined;
  /** Streams: send this many events, then destroy the socket before the terminal event. */
  truncateAfterEvents: number | undefined;
  /** Send a JSON body (or the first delta's `data:` line) that is not valid JSON. */
  invalidJson: boolean;
  /** Accept requests and never answer them. */
  hang: boolean;
  /** Streams: cut the answer's text into pieces of this many characters, as a real model's tokens cut
   * words; default one piece per word. */
  textChunkChars: number | undefined;
  /** Fixed text the model answers; default `Echo: <last user text>`. */
  reply: string | undefined;
  /** When the request offers tools, answer with this tool call. */
  toolCall: ToolCallKnob | undefined;
  /** Keys refused with 401 even though their format is valid. */
  rejectKeys: string[];
}

export interface FakeProviderOptions extends Partial<Knobs> {
  /** Port on 127.0.0.1; default 0 (an ephemeral port). */
  port?: number;
}

/** One request as the fake received it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v1/chat/completions`. */
  path: string;
  /** Query parameters (last value wins). */
  query: Record<string, string>;
  /** Header names in lower case; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The parsed JSON body; `undefined` when the body is empty or not JSON. */
  body: unknown;
  rawBody: string;
  /** When the request arrived, ms since the epoch. */
  time: number;
  /** True when the client closed the connection before the answer was complete. */
  closedEarly: boolean;
}

export interface FakeProvider {
  /** Root URL, e.g. `http://127.0.0.1:4748`. */
  readonly url: string;
  /** Base URL as the OpenAI SDK takes it (`url + '/v1'`). */
  readonly openaiBaseUrl: string;
  /** Base URL as the Anthropic SDK takes it (`url`). */
  readonly anthropicBaseUrl: string;
  /** Every provider request received, oldest first (control calls under `/_fake/` excluded). */
  readonly requests: RecordedRequest[];
  configure(knobs: Partial<Knobs>): void;
  /** Clears recorded requests and restores the start-up knobs. */
  reset(): void;
  close(): Promise<void>;
}
