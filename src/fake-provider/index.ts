import type { AddressInfo } from 'node:net';
import { KnobState } from './knobs.js';
import { createFakeServer } from './server.js';
import type { FakeProvider, FakeProviderOptions, RecordedRequest } from './types.js';

export type { FakeProvider, FakeProviderOptions, Knobs, RecordedRequest, ToolCallKnob } from './types.js';

/**
 * Starts a fake OpenAI + Anthropic API on 127.0.0.1 that speaks both wire formats (JSON and SSE),
 * checks keys like the real APIs, records every request and misbehaves on demand (see `Knobs`).
 *
 * @example
 * const fake = await startFakeProvider();
 * const openai = new OpenAI({ apiKey: 'sk-test-000000000000000000', baseURL: fake.openaiBaseUrl });
 * fake.configure({ failStatus: 429, failTimes: 1 });
 * await fake.close();
 */
export async function startFakeProvider(options: FakeProviderOptions = {}): Promise<FakeProvider> {
  const { port = 0, ...initial } = options;
  const knobs = new KnobState(initial);
  const requests: RecordedRequest[] = [];
  const server = createFakeServer(knobs, requests);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    openaiBaseUrl: `${url}/v1`,
    anthropicBaseUrl: url,
    requests,
    configure: (k) => knobs.configure(k),
    reset: () => {
      knobs.reset();
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
