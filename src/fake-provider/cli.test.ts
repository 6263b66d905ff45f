import { describe, expect, it } from 'vitest';
import { parseFakeProviderArgs, runFakeProviderCli } from './cli.js';

describe('fake-provider CLI', () => {
  it('defaults to port 4748 and leaves knobs unset', () => {
    expect(parseFakeProviderArgs([])).toMatchObject({
      port: 4748,
      latencyMs: undefined,
      toolCall: undefined,
    });
  });

  it('parses knob flags', () => {
    const options = parseFakeProviderArgs([
      '--port=0',
      '--latency-ms',
      '25',
      '--fail-status',
      '529',
      '--fail-times',
      '2',
      '--hang',
      '--tool-call',
      'get_weather',
      '--tool-arguments',
      '{"city":"Paris"}',
      '--reject-key',
      'sk-a',
      '--reject-key',
      'sk-b',
    ]);
    expect(options).toMatchObject({
      port: 0,
      latencyMs: 25,
      failStatus: 529,
      failTimes: 2,
      hang: true,
      toolCall: { name: 'get_weather', arguments: { city: 'Paris' } },
      rejectKeys: ['sk-a', 'sk-b'],
    });
  });

  it('refuses bad flags with the usage text', () => {
    expect(() => parseFakeProviderArgs(['--latency-ms', 'soon'])).toThrow(/--latency-ms expects .*\nUsage:/);
    expect(() => parseFakeProviderArgs(['--tool-arguments', '{'])).toThrow(/expects JSON/);
    expect(() => parseFakeProviderArgs(['--nope'])).toThrow(/Usage:/);
  });

  it('starts the server, prints both base URLs and stops on abort', async () => {
    const lines: string[] = [];
    const stop = new AbortController();
    await runFakeProviderCli(['--port', '0', '--reply', 'cli says hi'], (l) => lines.push(l), {
      signal: stop.signal,
    });
    const openaiUrl = /OpenAI base URL:\s+(\S+)/.exec(lines.join('\n'))?.[1];
    const anthropicUrl = /Anthropic base URL:\s+(\S+)/.exec(lines.join('\n'))?.[1];
    expect(openaiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(anthropicUrl).toBe(openaiUrl?.replace(/\/v1$/, ''));
    const res = await fetch(`${openaiUrl}/models`, {
      headers: { authorization: 'Bearer sk-proj-cli000000000000000000' },
    });
    expect(res.status).toBe(200);
    stop.abort();
    await expect
      .poll(() =>
        fetch(`${openaiUrl}/models`).then(
          () => 'up',
          () => 'down',
        ),
      )
      .toBe('down');
  });
});
