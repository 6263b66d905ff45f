import * as z from 'zod';

/**
 * What Palisade reads of Anthropic's `message` object and stream events
 * (https://docs.anthropic.com/en/api/messages, https://docs.anthropic.com/en/docs/build-with-claude/streaming).
 * Loose: new fields and block types never break parsing.
 */

export const anthropicUsageSchema = z.looseObject({
  input_tokens: z.number().nullish(),
  output_tokens: z.number().nullish(),
  cache_creation_input_tokens: z.number().nullish(),
  cache_read_input_tokens: z.number().nullish(),
});

const block = z.looseObject({ type: z.string() });

export const anthropicMessageSchema = z.looseObject({
  id: z.string(),
  model: z.string(),
  content: z.array(block),
  stop_reason: z.string().nullish(),
  stop_sequence: z.string().nullish(),
  usage: anthropicUsageSchema.nullish(),
});

export const anthropicEventSchema = z.looseObject({
  type: z.string(),
  message: anthropicMessageSchema.partial({ content: true }).optional(),
  index: z.number().optional(),
  content_block: z
    .looseObject({
      type: z.string(),
      id: z.string().optional(),
      name: z.string().optional(),
      text: z.string().optional(),
    })
    .optional(),
  delta: z
    .looseObject({
      type: z.string().optional(),
      text: z.string().optional(),
      partial_json: z.string().optional(),
      stop_reason: z.string().nullish(),
      stop_sequence: z.string().nullish(),
    })
    .optional(),
  usage: anthropicUsageSchema.nullish(),
  error: z.looseObject({ type: z.string().optional() }).optional(),
});

export type AnthropicUsage = z.infer<typeof anthropicUsageSchema>;
export type AnthropicEvent = z.infer<typeof anthropicEventSchema>;
