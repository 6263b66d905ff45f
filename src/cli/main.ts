#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=100
// Node flags for the gateway, set where they can be: only when the process starts (`npm start` and
// the `palisade` bin use this line; a service manager running `node dist/bin/main.js` should pass
// them too). Measured with `npm run bench` on the 2-core machine:
// --max-semi-space-size=4 (MB per semi-space; Node's default grows to 16): most of what an AI
// request allocates dies young, and a smaller nursery is swept more often but each sweep is short.
// At concurrency 1, scavenges drop from ~2.4 ms each (all over 1 ms) to under 0.8 ms, at the same
// total GC time.
// --heap-growing-percent=100: after a major collection V8 lets old space grow to twice its live
// size, not up to four times, so the peak under load stays near 130 MB instead of 120-165 MB
// depending on when V8 collects; the more frequent major collections cost ~5% CPU per streamed
// request. Unlike --max-old-space-size it sets no ceiling: a burst of large requests still fits.

const usage = `Usage: palisade <command>

Commands:
  serve                 Run the gateway (reads PALISADE_* environment variables and PALISADE_CONFIG)
  scan                  Find personal data and secrets: JSON lines {"id","text"} on stdin,
                        {"id","findings":[{"type","start","end"}]} on stdout
  operator-token        Make a new operator token (prints it once; the old one stops working)
  keys status           How many workspace provider keys each master key seals
  keys rotate-master    Re-wrap every workspace key under the newest master key (resumable)
  training export --out FILE
                        Export consented AI sessions for training, with a manifest
  fake-provider         Run the fake OpenAI/Anthropic server for offline use (--port 4748)
  help                  Show this help
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    // Each command loads only what it needs.
    case 'serve':
      return (await import('./serve.js')).serveCommand();
    case 'scan':
      return (await import('./scan.js')).scanCommand();
    case 'keys':
      return (await import('./keys.js')).keysCommand(rest);
    case 'training':
      return (await import('./training.js')).trainingCommand(rest);
    case 'operator-token':
      return (await import('./operator-token.js')).operatorTokenCommand();
    case 'fake-provider': {
      const { runFakeProviderCli } = await import('../fake-provider/cli.js');
      await runFakeProviderCli(rest, (line) => console.log(line));
      return -1;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(usage);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`palisade: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
