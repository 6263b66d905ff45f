import * as z from 'zod';

/**
 * What Palisade reads of OpenAI's `chat.completion` and `chat.completion.chunk` objects
 * (https://platform.openai.com/docs/api-reference/chat/object). Loose: new fields never break parsing.
 */

export const openaiUsageSchema = z.looseObject({
  prompt_tokens: z.number().nullish(),
  completion_tokens: z.number().nullish(),
  prompt_tokens_details: z.looseObject({ cached_tokens: z.number().nullish() }).nullish(),
});

const functionCall = z.looseObject({ name: z.string(), arguments: z.string() });

export const openaiCompletionSchema = z.looseObject({
  id: z.string(),
  model: z.string(),
  created: z.number().optional(),
  choices: z
    .array(
      z.looseObject({
        finish_reason: z.string().nullish(),
        message: z.looseObject({
          content: z.string().nullish(),
          refusal: z.string().nullish(),
          tool_calls: z
            .array(z.looseObject({ id: z.string(), type: z.string(), function: functionCall.optional() }))
            .nullish(),
          function_call: functionCall.nullish(),
        }),
      }),
    )
    .min(1),
  usage: openaiUsageSchema.nullish(),
});

const toolCallDelta = z.looseObject({
  index: z.number(),
  id: z.string().nullish(),
  function: z.looseObject({ name: z.string().nullish(), arguments: z.string().nullish() }).nullish(),
});

export const openaiChunkSchema = z.looseObject({
  id: z.string().optional(),
  model: z.string().optional(),
  created: z.number().optional(),
  choices: z
    .array(
      z.looseObject({
        index: z.number().optional(),
        finish_reason: z.string().nullish(),
        delta: z
          .looseObject({
            content: z.string().nullish(),
            refusal: z.string().nullish(),
            tool_calls: z.array(toolCallDelta).nullish(),
          })
          .nullish(),
      }),
    )
    .nullish(),
  usage: openaiUsageSchema.nullish(),
  error: z.looseObject({ type: z.string().nullish(), code: z.unknown() }).nullish(),
});

export type OpenAIUsage = z.infer<typeof openaiUsageSchema>;
export type OpenAIChunk = z.infer<typeof openaiChunkSchema>;
export type OpenAIToolCallDelta = z.infer<typeof toolCallDelta>;
