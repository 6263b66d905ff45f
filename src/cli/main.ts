#!/usr/bin/env node
import { runFakeProviderCli } from '../fake-provider/cli.js';
import { operatorTokenCommand } from './operator-token.js';
import { serveCommand } from './serve.js';

const usage = `Usage: palisade <command>

Commands:
  serve                 Run the gateway (reads PALISADE_* environment variables and PALISADE_CONFIG)
  operator-token        Make a new operator token (prints it once; the old one stops working)
  fake-provider         Run the fake OpenAI/Anthropic server for offline use (--port 4748)
  help                  Show this help
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serveCommand();
    case 'operator-token':
      return operatorTokenCommand();
    case 'fake-provider':
      await runFakeProviderCli(rest, (line) => console.log(line));
      return -1;
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
