import { anthropicError, anthropicFailure, anthropicHeaders, invalidRequest } from './anthropic-errors.js';
import { message, messageStream } from './anthropic-messages.js';
import { messagesConversation, validateMessagesBody } from './anthropic-request.js';
import type { Reply } from './deliver.js';
import { isObject } from './json.js';
import { checkAnthropicKey } from './keys.js';
import type { KnobState } from './knobs.js';
import { anthropicModelPage, anthropicModels } from './models.js';
import { planReply } from './reply.js';
import type { RecordedRequest } from './types.js';

/** Answers a request in Anthropic's wire format: key and version checks, `failStatus`, then the endpoint. */
export function anthropicRoute(req: RecordedRequest, knobs: KnobState): Reply {
  const endpoint = findEndpoint(req);
  if (!endpoint) return anthropicError(404, 'not_found_error', 'Not Found');
  const key = checkAnthropicKey(req.headers, knobs.current);
  if (key.key === undefined)
    return anthropicError(401, 'authentication_error', 'x-api-key header is required');
  if (!key.ok) return anthropicError(401, 'authentication_error', 'invalid x-api-key');
  if (!req.headers['anthropic-version']) return invalidRequest('anthropic-version: header is required');
  const failure = knobs.takeFailure();
  if (failure !== undefined) return anthropicFailure(failure);
  return endpoint(req, knobs);
}

type Endpoint = (req: RecordedRequest, knobs: KnobState) => Reply;

function findEndpoint(req: RecordedRequest): Endpoint | undefined {
  if (req.method === 'POST' && req.path === '/v1/messages') return messages;
  if (req.method === 'GET' && req.path === '/v1/models') return listModels;
  if (req.method === 'GET' && req.path.startsWith('/v1/models/')) return getModel;
  return undefined;
}

function messages(req: RecordedRequest, knobs: KnobState): Reply {
  const invalid = validateMessagesBody(req.body);
  if (invalid || !isObject(req.body)) return invalidRequest(invalid ?? 'Invalid body.');
  const plan = planReply(messagesConversation(req.body), knobs.current);
  const model = String(req.body.model);
  return req.body.stream === true ? messageStream(plan, model) : message(plan, model);
}

function listModels(req: RecordedRequest): Reply {
  return { kind: 'json', status: 200, headers: anthropicHeaders(), body: anthropicModelPage(req.query) };
}

function getModel(req: RecordedRequest): Reply {
  const id = decodeURIComponent(req.path.slice('/v1/models/'.length));
  const model = anthropicModels.find((m) => m.id === id);
  if (model) return { kind: 'json', status: 200, headers: anthropicHeaders(), body: model };
  return anthropicError(404, 'not_found_error', `model: ${id}`);
}
