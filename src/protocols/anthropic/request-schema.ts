import * as z from 'zod';

/**
 * The Anthropic Messages request, as far as Palisade models it
 * (https://docs.anthropic.com/en/api/messages). Objects are loose: unknown fields pass through and end
 * up in `extra`. Blocks, image sources, tools and tool choices of a type we do not model (thinking,
 * documents, server tools, …) are kept whole as `other`.
 */

/** Anything whose `type` is none of `known`, kept verbatim. */
function other(known: readonly string[]) {
  return z
    .looseObject({ type: z.string().refine((type) => !known.includes(type), 'is not supported here') })
    .transform((value) => ({ type: 'other' as const, value: value as Record<string, unknown> }));
}

const textBlock = z.looseObject({ type: z.literal('text'), text: z.string() });

const imageSource = z.union([
  z.discriminatedUnion('type', [
    z.looseObject({ type: z.literal('base64'), media_type: z.string(), data: z.string() }),
    z.looseObject({ type: z.literal('url'), url: z.string().min(1) }),
  ]),
  other(['base64', 'url']),
]);

const resultContent = z.union([z.string(), z.array(z.union([textBlock, other(['text'])]))]);

const block = z.union([
  z.discriminatedUnion('type', [
    textBlock,
    z.looseObject({ type: z.literal('image'), source: imageSource }),
    z.looseObject({
      type: z.literal('tool_use'),
      id: z.string(),
      name: z.string(),
      input: z.record(z.string(), z.unknown()),
    }),
    z.looseObject({
      type: z.literal('tool_result'),
      tool_use_id: z.string(),
      content: resultContent.nullish(),
      is_error: z.boolean().nullish(),
    }),
  ]),
  other(['text', 'image', 'tool_use', 'tool_result']),
]);

const messages = z.discriminatedUnion('role', [
  z.looseObject({ role: z.enum(['user', 'assistant']), content: z.union([z.string(), z.array(block)]) }),
  z.looseObject({ role: z.literal('system'), content: z.union([z.string(), z.array(textBlock)]) }),
]);

const tool = z.union([
  z.looseObject({
    name: z.string().min(1),
    description: z.string().nullish(),
    input_schema: z.record(z.string(), z.unknown()),
    type: z.literal('custom').nullish(),
  }),
  z.looseObject({ type: z.string().refine((type) => type !== 'custom'), name: z.string() }),
]);

const toolChoice = z.union([
  z.discriminatedUnion('type', [
    z.looseObject({
      type: z.enum(['auto', 'any', 'none']),
      disable_parallel_tool_use: z.boolean().nullish(),
    }),
    z.looseObject({
      type: z.literal('tool'),
      name: z.string(),
      disable_parallel_tool_use: z.boolean().nullish(),
    }),
  ]),
  other(['auto', 'any', 'none', 'tool']),
]);

export const anthropicRequestSchema = z.looseObject({
  model: z.string().min(1),
  max_tokens: z.number().int().nonnegative(),
  messages: z.array(messages).min(1),
  system: z.union([z.string(), z.array(textBlock)]).nullish(),
  metadata: z.looseObject({ user_id: z.string().nullish() }).nullish(),
  stop_sequences: z.array(z.string()).nullish(),
  stream: z.boolean().nullish(),
  temperature: z.number().nullish(),
  top_p: z.number().nullish(),
  tools: z.array(tool).nullish(),
  tool_choice: toolChoice.nullish(),
});

export type AnthropicRequest = z.infer<typeof anthropicRequestSchema>;
export type AnthropicMessage = AnthropicRequest['messages'][number];
export type AnthropicBlock = z.infer<typeof block>;
export type AnthropicTextBlock = z.infer<typeof textBlock>;
export type AnthropicTool = z.infer<typeof tool>;
export type AnthropicToolChoice = z.infer<typeof toolChoice>;
