/**
 * Token counting for the context budget with OpenAI's o200k_base encoding (GPT-4o and later), the
 * closest public tokenizer to both providers' (Anthropic publishes none; its counts run close).
 * The encoding's rank table is several MB, so it is imported on first use only: a gateway whose
 * workspaces send no structured context never loads it.
 */

export interface Tokenizer {
  /** The exact number of tokens in `text`. */
  count(text: string): number;
  /** The number of tokens when at most `limit`, else false; stops encoding once past the limit. */
  within(text: string, limit: number): number | false;
}

// Special-token text such as `<|endoftext|>` in a cell is plain text to a provider: count it as such
// (the library's default is to throw on it).
const asText = { disallowedSpecial: new Set<string>() };

let loading: Promise<Tokenizer> | undefined;

/** Loads the o200k_base encoding once (later calls share the same promise). */
export function loadTokenizer(): Promise<Tokenizer> {
  loading ??= import('gpt-tokenizer/encoding/o200k_base').then(
    ({ countTokens, isWithinTokenLimit }): Tokenizer => ({
      count: (text) => countTokens(text, asText),
      within: (text, limit) => isWithinTokenLimit(text, limit, asText),
    }),
    (error: unknown) => {
      loading = undefined; // a failed load is retried by the next call, not remembered
      throw error;
    },
  );
  return loading;
}
