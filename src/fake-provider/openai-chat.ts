import type { Reply, SseEvent } from './deliver.js';
import type { JsonObject } from './json.js';
import { openAiHeaders } from './openai-errors.js';
import type { Plan } from './reply.js';
import { randomId, slices, unixSeconds } from './text.js';

// Shapes: https://platform.openai.com/docs/api-reference/chat/object and /chat/streaming
const systemFingerprint = 'fp_fake0000001';
const finishReasons = { end: 'stop', length: 'length', tool: 'tool_calls' } as const;

function usage(plan: Plan): JsonObject {
  return {
    prompt_tokens: plan.inputTokens,
    completion_tokens: plan.outputTokens,
    total_tokens: plan.inputTokens + plan.outputTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

/** A `chat.completion` object. */
export function chatCompletion(plan: Plan, model: string): Reply {
  const toolCalls = plan.toolCall
    ? [{ id: randomId('call_', 24), type: 'function', function: { ...plan.toolCall } }]
    : undefined;
  const message = {
    role: 'assistant',
    content: plan.text === '' && toolCalls ? null : plan.text,
    refusal: null,
    annotations: [],
    ...(toolCalls ? { tool_calls: toolCalls } : {}),
  };
  const body = {
    id: randomId('chatcmpl-', 29),
    object: 'chat.completion',
    created: unixSeconds(),
    model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReasons[plan.stop] }],
    usage: usage(plan),
    service_tier: 'default',
    system_fingerprint: systemFingerprint,
  };
  return { kind: 'json', status: 200, headers: openAiHeaders(), body };
}

/** The `chat.completion.chunk` events of a streamed answer, ending in `[DONE]`. */
export function chatCompletionStream(plan: Plan, model: string, options: JsonObject | undefined): Reply {
  const includeUsage = options?.include_usage === true;
  const obfuscate = options?.include_obfuscation !== false;
  const base = {
    id: randomId('chatcmpl-', 29),
    object: 'chat.completion.chunk',
    created: unixSeconds(),
    model,
  };
  const chunk = (choices: JsonObject[], extra: JsonObject = {}, isDelta = false): SseEvent => {
    const body: JsonObject = {
      ...base,
      service_tier: 'default',
      system_fingerprint: systemFingerprint,
      choices,
    };
    if (includeUsage) body.usage = null;
    Object.assign(body, extra);
    if (obfuscate) body.obfuscation = randomId('', 4 + (JSON.stringify(body).length % 12));
    return { data: JSON.stringify(body), delta: isDelta };
  };
  const delta = (d: JsonObject, finish: string | null = null) => [
    { index: 0, delta: d, logprobs: null, finish_reason: finish },
  ];
  const events: SseEvent[] = [];
  const call = plan.toolCall;
  const callId = randomId('call_', 24);
  const callStart = (args: string) => ({
    tool_calls: [{ index: 0, id: callId, type: 'function', function: { name: call?.name, arguments: args } }],
  });
  if (call && plan.text === '') {
    events.push(chunk(delta({ role: 'assistant', content: null, ...callStart(''), refusal: null })));
  } else {
    events.push(chunk(delta({ role: 'assistant', content: '', refusal: null })));
    for (const piece of plan.pieces) events.push(chunk(delta({ content: piece }), {}, true));
    if (call) events.push(chunk(delta(callStart(''))));
  }
  for (const piece of slices(call?.arguments ?? '', 8)) {
    events.push(chunk(delta({ tool_calls: [{ index: 0, function: { arguments: piece } }] }), {}, true));
  }
  events.push(chunk(delta({}, finishReasons[plan.stop])));
  if (includeUsage) events.push(chunk([], { usage: usage(plan) }));
  events.push({ data: '[DONE]' });
  return { kind: 'sse', headers: openAiHeaders(), events };
}
