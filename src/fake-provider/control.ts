import type { Reply } from './deliver.js';
import { type KnobState, knobsSchema } from './knobs.js';
import type { RecordedRequest } from './types.js';

const json = (status: number, body: unknown): Reply => ({ kind: 'json', status, headers: {}, body });

/**
 * The control API, for tests that drive the fake from another process:
 * `GET /_fake/requests`, `GET|POST /_fake/knobs` (a partial knob object; `null` clears a knob),
 * `POST /_fake/reset`.
 */
export function controlRoute(req: RecordedRequest, knobs: KnobState, requests: RecordedRequest[]): Reply {
  const route = `${req.method} ${req.path}`;
  if (route === 'GET /_fake/requests') return json(200, requests);
  if (route === 'GET /_fake/knobs') return json(200, knobs.current);
  if (route === 'POST /_fake/knobs') {
    const parsed = knobsSchema.safeParse(req.body);
    if (!parsed.success) return json(400, { error: { message: parsed.error.message } });
    knobs.configure(parsed.data);
    return json(200, knobs.current);
  }
  if (route === 'POST /_fake/reset') {
    knobs.reset();
    requests.length = 0;
    return json(200, knobs.current);
  }
  return json(404, { error: { message: `No control route ${route}` } });
}
