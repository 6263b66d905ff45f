// Child process: the fake OpenAI/Anthropic provider (from the build), reporting its URL over IPC.
import { startFakeProvider } from '../dist/fake-provider/index.js';

const fake = await startFakeProvider({ reply: process.env.BENCH_REPLY || undefined });

// The fake records every request in memory; a benchmark sends hundreds of thousands.
setInterval(() => {
  fake.requests.length = 0;
}, 200);

const stop = async () => {
  await fake.close().catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('disconnect', stop); // the parent is gone
process.send?.({ ready: true, url: fake.url, openaiBaseUrl: fake.openaiBaseUrl });
