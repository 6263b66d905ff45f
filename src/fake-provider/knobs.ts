import * as z from 'zod';
import type { Knobs } from './types.js';

export const defaultKnobs: Readonly<Knobs> = Object.freeze({
  latencyMs: 0,
  chunkDelayMs: 0,
  failStatus: undefined,
  failTimes: undefined,
  truncateAfterEvents: undefined,
  invalidJson: false,
  hang: false,
  textChunkChars: undefined,
  reply: undefined,
  toolCall: undefined,
  rejectKeys: [],
});

const count = z.number().int().nonnegative();
// Over HTTP, `null` clears a knob.
const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().transform((v) => v ?? undefined);

/** Validates a `POST /_fake/knobs` body. */
export const knobsSchema = z.strictObject({
  latencyMs: count.optional(),
  chunkDelayMs: count.optional(),
  failStatus: clearable(z.number().int().min(400).max(599)).optional(),
  failTimes: clearable(count).optional(),
  truncateAfterEvents: clearable(count).optional(),
  invalidJson: z.boolean().optional(),
  hang: z.boolean().optional(),
  textChunkChars: clearable(z.number().int().positive()).optional(),
  reply: clearable(z.string()).optional(),
  toolCall: clearable(z.strictObject({ name: z.string().optional(), arguments: z.unknown() })).optional(),
  rejectKeys: z.array(z.string()).optional(),
});

/** The live knobs of one fake server. */
export class KnobState {
  #initial: Knobs;
  #current: Knobs;

  constructor(initial: Partial<Knobs>) {
    this.#initial = withDefaults({ ...defaultKnobs, ...initial });
    this.#current = { ...this.#initial };
  }

  get current(): Readonly<Knobs> {
    return this.#current;
  }

  configure(knobs: Partial<Knobs>): void {
    this.#current = withDefaults({ ...this.#current, ...knobs });
  }

  reset(): void {
    this.#current = { ...this.#initial };
  }

  /** The status to fail this call with, if any; counts the call against `failTimes`. */
  takeFailure(): number | undefined {
    const { failStatus, failTimes } = this.#current;
    if (failStatus === undefined) return undefined;
    if (failTimes === undefined) return failStatus;
    if (failTimes <= 0) return undefined;
    this.#current = { ...this.#current, failTimes: failTimes - 1 };
    if (failTimes === 1) this.#current.failStatus = undefined;
    return failStatus;
  }
}

/** Setting a knob to `undefined` clears it back to its default. */
function withDefaults(k: Knobs): Knobs {
  return {
    ...k,
    latencyMs: k.latencyMs ?? 0,
    chunkDelayMs: k.chunkDelayMs ?? 0,
    invalidJson: k.invalidJson ?? false,
    hang: k.hang ?? false,
    rejectKeys: k.rejectKeys ?? [],
  };
}
