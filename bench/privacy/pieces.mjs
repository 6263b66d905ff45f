// The building blocks of the corpus generator: a seeded PRNG, labelled values, and a document
// builder that records a gold span for every labelled value as it is appended. Material is written
// as "pieces": a string (unlabelled text), a `Val` (a labelled value), or an array of pieces. Because
// spans are recorded while the text is assembled, an offset can never drift from its value.

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; the same seed gives the same corpus. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DIGITS = '0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const ALNUM = `${UPPER}${LOWER}${DIGITS}`;
export const HEX = '0123456789abcdef';
export const B64 = `${ALNUM}+/`;
export const B64URL = `${ALNUM}-_`;

export class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  float() {
    return this.next();
  }
  /** An integer in [lo, hi], both included. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  chars(n, alphabet) {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }
  digits(n) {
    return this.chars(n, DIGITS);
  }
  /** Picks from [[weight, value], ...]. */
  weighted(pairs) {
    const total = pairs.reduce((sum, [w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [w, v] of pairs) {
      x -= w;
      if (x < 0) return v;
    }
    return pairs[pairs.length - 1][1];
  }
  shuffle(items) {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  /** A child generator, so one part of a record can draw freely without shifting the others. */
  fork() {
    return new Rng(Math.floor(this.next() * 2 ** 32));
  }
}

/** A labelled value: `text` is exactly what appears in the document. */
export class Val {
  constructor(type, text, encoded = false) {
    this.type = type;
    this.text = text;
    this.encoded = encoded;
  }
  with(text, encoded = this.encoded) {
    return new Val(this.type, text, encoded);
  }
}

export const V = (type, text, encoded = false) => new Val(type, text, encoded);

/** Tagged template: `L\`Hi ${V('PERSON', 'Ana')}\`` gives a piece array. */
export function L(strings, ...values) {
  const out = [];
  strings.forEach((s, i) => {
    if (s) out.push(s);
    if (i < values.length) out.push(values[i]);
  });
  return out;
}

/** The plain text of a piece. */
export function ptext(piece) {
  if (piece == null || piece === false) return '';
  if (typeof piece === 'string') return piece;
  if (typeof piece === 'number') return String(piece);
  if (piece instanceof Val) return piece.text;
  if (Array.isArray(piece)) return piece.map(ptext).join('');
  throw new Error(`not a piece: ${piece}`);
}

/** Maps every Val of a piece (text changes, e.g. JSON escaping) and every plain string. */
export function pmap(piece, onString, onVal) {
  if (piece == null || piece === false) return '';
  if (typeof piece === 'string') return onString(piece);
  if (typeof piece === 'number') return onString(String(piece));
  if (piece instanceof Val) return onVal(piece);
  if (Array.isArray(piece)) return piece.map((p) => pmap(p, onString, onVal));
  throw new Error(`not a piece: ${piece}`);
}

/** Whether a piece holds any labelled value. */
export function hasVal(piece) {
  if (piece instanceof Val) return true;
  if (Array.isArray(piece)) return piece.some(hasVal);
  return false;
}

export class Doc {
  constructor() {
    this.text = '';
    this.spans = [];
  }
  add(...pieces) {
    for (const p of pieces) {
      if (p == null || p === false) continue;
      if (typeof p === 'string') this.text += p;
      else if (typeof p === 'number') this.text += String(p);
      else if (p instanceof Val) {
        if (p.text.length === 0) continue;
        const start = this.text.length;
        this.text += p.text;
        const span = { type: p.type, start, end: this.text.length };
        if (p.encoded) span.encoded = true;
        this.spans.push(span);
      } else if (Array.isArray(p)) this.add(...p);
      else throw new Error(`not a piece: ${p}`);
    }
    return this;
  }
}
