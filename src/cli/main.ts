#!/usr/bin/env -S node --max-semi-space-size=4
// The flag sizes V8's young generation (each semi-space, in MB; Node's default grows to 16). Most
// of what an AI request allocates dies young, and a smaller nursery is swept more often but each
// sweep is short: on the 2-core bench machine, scavenges at concurrency 1 drop from ~2.4 ms each
// (all over 1 ms) to under 0.8 ms at the same total GC time, and peak RSS is lower. It can only be
// set when the process starts: `npm start` and the `palisade` bin use this line; a service manager
// running `node dist/bin/main.js` should pass it too.

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
