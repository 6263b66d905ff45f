import type { Reply } from './deliver.js';
import { isObject, str } from './json.js';
import { checkOpenAiKey } from './keys.js';
import type { KnobState } from './knobs.js';
import { openAiModels } from './models.js';
import { chatCompletion, chatCompletionStream } from './openai-chat.js';
import { invalidKey, missingKey, openAiError, openAiFailure, openAiHeaders } from './openai-errors.js';
import { chatConversation, validateChatBody } from './openai-request.js';
import { planReply } from './reply.js';
import type { RecordedRequest } from './types.js';

/** Answers a request in OpenAI's wire format: key check, `failStatus`, then the endpoint. */
export function openAiRoute(req: RecordedRequest, knobs: KnobState): Reply {
  const endpoint = findEndpoint(req);
  if (!endpoint) return openAiError(404, { message: `Invalid URL (${req.method} ${req.path})` });
  const key = checkOpenAiKey(req.headers, knobs.current);
  if (key.key === undefined) return missingKey();
  if (!key.ok) return invalidKey(key.key);
  const failure = knobs.takeFailure();
  const model = (isObject(req.body) && str(req.body.model)) || 'gpt-4o';
  if (failure !== undefined) return openAiFailure(failure, key.key, model);
  return endpoint(req, knobs);
}

type Endpoint = (req: RecordedRequest, knobs: KnobState) => Reply;

function findEndpoint(req: RecordedRequest): Endpoint | undefined {
  if (req.method === 'POST' && req.path === '/v1/chat/completions') return chat;
  if (req.method === 'GET' && req.path === '/v1/models') return listModels;
  if (req.method === 'GET' && req.path.startsWith('/v1/models/')) return getModel;
  return undefined;
}

function chat(req: RecordedRequest, knobs: KnobState): Reply {
  const invalid = validateChatBody(req.body);
  if (invalid || !isObject(req.body)) return openAiError(400, invalid ?? { message: 'Invalid body.' });
  const plan = planReply(chatConversation(req.body), knobs.current);
  const model = String(req.body.model);
  if (req.body.stream !== true) return chatCompletion(plan, model);
  const options = isObject(req.body.stream_options) ? req.body.stream_options : undefined;
  return chatCompletionStream(plan, model, options);
}

function listModels(): Reply {
  return {
    kind: 'json',
    status: 200,
    headers: openAiHeaders(),
    body: { object: 'list', data: openAiModels },
  };
}

function getModel(req: RecordedRequest): Reply {
  const id = decodeURIComponent(req.path.slice('/v1/models/'.length));
  const model = openAiModels.find((m) => m.id === id);
  if (model) return { kind: 'json', status: 200, headers: openAiHeaders(), body: model };
  return openAiError(404, {
    message: `The model '${id}' does not exist`,
    param: 'model',
    code: 'model_not_found',
  });
}
