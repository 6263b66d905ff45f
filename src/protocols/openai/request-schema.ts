import * as z from 'zod';

/**
 * The OpenAI Chat Completions request, as far as Palisade models it
 * (https://platform.openai.com/docs/api-reference/chat/create). Objects are loose: unknown fields pass
 * through and end up in `extra`. Content parts of a type we do not model are kept whole as `other`.
 */

const textPart = z.looseObject({ type: z.literal('text'), text: z.string() });
const imagePart = z.looseObject({
  type: z.literal('image_url'),
  image_url: z.looseObject({ url: z.string().min(1) }),
});

/** A part whose `type` is none of `known`, carried verbatim (audio, files, refusals, future types). */
function otherPart(known: readonly string[]) {
  return z
    .looseObject({ type: z.string().refine((type) => !known.includes(type), 'is not supported here') })
    .transform((block) => ({ type: 'other' as const, block: block as Record<string, unknown> }));
}

const userPart = z.union([
  z.discriminatedUnion('type', [textPart, imagePart]),
  otherPart(['text', 'image_url']),
]);
const assistantPart = z.union([textPart, otherPart(['text'])]);

function content<T extends z.ZodType>(part: T) {
  return z.union([z.string(), z.array(part)]);
}

const toolCall = z.looseObject({
  id: z.string(),
  type: z.literal('function'),
  function: z.looseObject({ name: z.string(), arguments: z.string() }),
});

const messages = z.discriminatedUnion('role', [
  z.looseObject({ role: z.enum(['system', 'developer']), content: content(textPart) }),
  z.looseObject({ role: z.literal('user'), content: content(userPart) }),
  z.looseObject({
    role: z.literal('assistant'),
    content: content(assistantPart).nullish(),
    tool_calls: z.array(toolCall).nullish(),
  }),
  z.looseObject({ role: z.literal('tool'), tool_call_id: z.string(), content: content(textPart) }),
]);

const tool = z.looseObject({
  type: z.literal('function'),
  function: z.looseObject({
    name: z.string().min(1),
    description: z.string().nullish(),
    parameters: z.record(z.string(), z.unknown()).nullish(),
  }),
});

const toolChoice = z.union([
  z.enum(['auto', 'none', 'required']),
  z.looseObject({ type: z.string(), function: z.looseObject({ name: z.string() }).optional() }),
]);

const tokens = z.number().int().nonnegative().nullish();

export const openaiRequestSchema = z.looseObject({
  model: z.string().min(1),
  messages: z.array(messages).min(1),
  stream: z.boolean().nullish(),
  max_tokens: tokens,
  max_completion_tokens: tokens,
  temperature: z.number().nullish(),
  top_p: z.number().nullish(),
  stop: z.union([z.string(), z.array(z.string())]).nullish(),
  tools: z.array(tool).nullish(),
  tool_choice: toolChoice.nullish(),
  parallel_tool_calls: z.boolean().nullish(),
  user: z.string().nullish(),
  stream_options: z.looseObject({ include_usage: z.boolean().nullish() }).nullish(),
});

export type OpenAIRequest = z.infer<typeof openaiRequestSchema>;
export type OpenAIPart = z.infer<typeof userPart> | z.infer<typeof assistantPart>;
export type OpenAIToolCall = z.infer<typeof toolCall>;
export type OpenAIMessage = OpenAIRequest['messages'][number];
export type OpenAITool = NonNullable<OpenAIRequest['tools']>[number];
