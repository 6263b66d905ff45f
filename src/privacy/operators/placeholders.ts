import type { EntityType } from '../detector.js';

/** `<EMAIL_1>`, `<US_SSN_2>`, `<DATE_OF_BIRTH_10>`. */
const tokenPattern = /<([A-Z]+(?:_[A-Z]+)*)_(\d{1,6})>/g;
/** The longest token: the longest type name, `_`, six digits, brackets. */
const maxTokenLength = '<DATE_OF_BIRTH_999999>'.length;
const tokenPrefix = /^<[A-Z_0-9]*$/;

/**
 * The reversible placeholders of ONE request: real value ↔ `<TYPE_n>`. It lives in memory for that
 * request and is dropped with it; it is never stored or shared, so no request can restore another's
 * values. The same value gets the same placeholder throughout a request, so the model sees that two
 * mentions are one person.
 */
export class Placeholders {
  readonly #tokenOf = new Map<string, string>();
  readonly #valueOf = new Map<string, string>();
  readonly #next = new Map<EntityType, number>();
  /** Tokens already present in the client's own text: never issued, so never restored by mistake. */
  readonly #reserved = new Set<string>();
  /** The client's whole text, read for reserved tokens when the first token is issued: most requests need none. */
  #clientText: (() => string) | undefined;

  constructor(clientText?: () => string) {
    this.#clientText = clientText;
  }

  get size(): number {
    return this.#valueOf.size;
  }

  /** Marks placeholder-shaped text the client itself sent, so it is not taken for one of ours. */
  reserveFrom(text: string): void {
    if (!text.includes('<')) return;
    for (const match of text.matchAll(tokenPattern)) this.#reserved.add(match[0]);
  }

  tokenFor(type: EntityType, value: string): string {
    const key = `${type}\u0000${value}`;
    const known = this.#tokenOf.get(key);
    if (known) return known;
    if (this.#clientText) {
      const text = this.#clientText();
      this.#clientText = undefined;
      this.reserveFrom(text);
    }
    let n = this.#next.get(type) ?? 1;
    let token = `<${type}_${n}>`;
    while (this.#reserved.has(token)) token = `<${type}_${++n}>`;
    this.#next.set(type, n + 1);
    this.#tokenOf.set(key, token);
    this.#valueOf.set(token, value);
    return token;
  }

  /** Puts the real values back into a complete text. `encode` adapts a value to where it goes (JSON). */
  restore(text: string, encode?: (value: string) => string): string {
    if (this.#valueOf.size === 0 || !text.includes('<')) return text;
    return text.replace(tokenPattern, (token) => {
      const value = this.#valueOf.get(token);
      if (value === undefined) return token;
      return encode ? encode(value) : value;
    });
  }

  /** A restorer for text that arrives in pieces (a stream), where a token may be split across them. */
  restorer(encode?: (value: string) => string): StreamRestorer {
    return new StreamRestorer(this, encode);
  }
}

/**
 * Restores placeholders in streamed text. A piece that ends in what could be the start of a token
 * (`<EMA`) is held back until the next piece shows whether it is one; `flush` releases what is held
 * at the end. Everything else passes through at once, so the first chunk is never delayed by more than
 * one possible token.
 */
export class StreamRestorer {
  #held = '';

  constructor(
    private readonly placeholders: Placeholders,
    private readonly encode?: (value: string) => string,
  ) {}

  push(piece: string): string {
    let text = this.#held + piece;
    this.#held = '';
    const open = text.lastIndexOf('<');
    if (open !== -1 && text.length - open < maxTokenLength && tokenPrefix.test(text.slice(open))) {
      this.#held = text.slice(open);
      text = text.slice(0, open);
    }
    return this.placeholders.restore(text, this.encode);
  }

  flush(): string {
    const held = this.#held;
    this.#held = '';
    return this.placeholders.restore(held, this.encode);
  }
}

/** For a value restored inside a JSON string (tool-call arguments). */
export function jsonStringEscape(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}
