import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Config } from './config.js';
import { buildConfig, ConfigError, loadConfig, readConfigFile } from './load.js';
import type { ConfigFile } from './schema.js';

const dir = mkdtempSync(join(tmpdir(), 'palisade-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function writeConfig(text: string, ext = 'yaml'): string {
  const path = join(dir, `config-${files++}.${ext}`);
  writeFileSync(path, text);
  return path;
}

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('the directory database', () => {
  it('comes from the environment, else the file, else the data dir', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/directory';
    expect(buildConfig({ directory: { database: url } }, {}).directoryDatabase).toBe(url);
    expect(buildConfig({ directory: { database: 'dir.sqlite' } }, {}).directoryDatabase).toBe(
      resolve('dir.sqlite'),
    );
    expect(
      buildConfig({ directory: { database: url } }, { PALISADE_DIRECTORY_DATABASE: '/srv/dir.sqlite' })
        .directoryDatabase,
    ).toBe('/srv/dir.sqlite');
    expect(buildConfig({}, { PALISADE_DATA_DIR: '/var/pal' }).directoryDatabase).toBe(
      '/var/pal/directory.sqlite',
    );
  });
});

describe('one database per region', () => {
  it('refuses two regions with the same database, without quoting it (a URL may hold a password)', () => {
    const url = 'postgres://palisade:s3cret-canary@db.internal:5432/regions';
    const error = configError(() =>
      buildConfig({ regions: { us: { database: url }, eu: { database: url } } }, {}),
    );
    expect(error).toContain('Regions us and eu have the same database');
    expect(error).not.toContain('s3cret-canary');
  });

  it('refuses a directory in the SQLite file of a region, and allows it in the same PostgreSQL database', () => {
    expect(
      configError(() =>
        buildConfig(
          { regions: { us: { database: '/srv/us.sqlite' } } },
          { PALISADE_DIRECTORY_DATABASE: '/srv/us.sqlite' },
        ),
      ),
    ).toContain('The directory and region us have the same SQLite file');
    const url = 'postgres://postgres@127.0.0.1:5432/palisade';
    expect(
      buildConfig({ regions: { us: { database: url } }, directory: { database: url } }, {}).directoryDatabase,
    ).toBe(url);
  });
});

describe('buildConfig defaults', () => {
  const config = buildConfig({}, {});

  it('serves us and eu from SQLite files under ./data on 127.0.0.1:4747', () => {
    expect(config.port).toBe(4747);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir).toBe(resolve('data'));
    expect(Object.keys(config.regions)).toEqual(['us', 'eu']);
    expect(config.nodeRegions).toEqual(['us', 'eu']);
    expect(config.regions.us?.database).toBe(resolve('data', 'us.sqlite'));
    expect(config.regions.eu?.database).toBe(resolve('data', 'eu.sqlite'));
    expect(config.directoryDatabase).toBe(resolve('data', 'directory.sqlite'));
    expect(config.regions.eu?.providers).toEqual({
      openai: { baseUrl: 'https://api.openai.com/v1' },
      anthropic: { baseUrl: 'https://api.anthropic.com' },
    });
  });

  it('has no keys or operator token, and conservative limits', () => {
    expect(config.operatorToken).toBeUndefined();
    expect(config.providers.openai.apiKey).toBeUndefined();
    expect(config.providers.anthropic.apiKey).toBeUndefined();
    expect(config.providers.openai.models).toContain(config.providers.openai.defaultModel);
    expect(config.providers.anthropic.models).toContain(config.providers.anthropic.defaultModel);
    expect(config.logLevel).toBe('info');
    expect(config.bodyLimitBytes).toBe(8 * 1024 * 1024);
    expect(config.upstream.retries).toBe(2);
    expect(config.plans).toEqual({
      free: { trainingDataUse: true, retention: 30 },
      team: { trainingDataUse: true, retention: 30 },
      enterprise: { trainingDataUse: false, retention: 'none' },
    });
  });

  it('puts region databases under PALISADE_DATA_DIR', () => {
    const moved = buildConfig({}, { PALISADE_DATA_DIR: join(dir, 'd') });
    expect(moved.regions.us?.database).toBe(join(dir, 'd', 'us.sqlite'));
  });
});

describe('buildConfig precedence', () => {
  const file: ConfigFile = {
    port: 4000,
    host: '0.0.0.0',
    data_dir: join(dir, 'from-file'),
    log_level: 'warn',
    regions: { us: {} },
  };

  it.each<[string, NodeJS.ProcessEnv, (c: Config) => unknown, unknown, unknown]>([
    ['port', { PALISADE_PORT: '5000' }, (c) => c.port, 4000, 5000],
    ['host', { PALISADE_HOST: '::1' }, (c) => c.host, '0.0.0.0', '::1'],
    [
      'data dir',
      { PALISADE_DATA_DIR: join(dir, 'env') },
      (c) => c.dataDir,
      join(dir, 'from-file'),
      join(dir, 'env'),
    ],
    ['log level', { PALISADE_LOG_LEVEL: 'debug' }, (c) => c.logLevel, 'warn', 'debug'],
  ])('the environment beats the file for %s', (_, env, pick, fromFile, fromEnv) => {
    expect(pick(buildConfig(file, {}))).toEqual(fromFile);
    expect(pick(buildConfig(file, env))).toEqual(fromEnv);
  });

  it('reads keys and the operator token only from the environment; empty means unset', () => {
    const config = buildConfig(file, {
      PALISADE_OPENAI_API_KEY: 'sk-o',
      PALISADE_ANTHROPIC_API_KEY: '',
      PALISADE_OPERATOR_TOKEN: 'x'.repeat(24),
    });
    expect(config.providers.openai.apiKey).toBe('sk-o');
    expect(config.providers.anthropic.apiKey).toBeUndefined();
    expect(config.operatorToken).toBe('x'.repeat(24));
    expect(buildConfig(file, { PALISADE_OPERATOR_TOKEN: '' }).operatorToken).toBeUndefined();
  });
});

describe('buildConfig refusals', () => {
  it.each<[string, ConfigFile, NodeJS.ProcessEnv, string]>([
    ['a short operator token', {}, { PALISADE_OPERATOR_TOKEN: 'x'.repeat(23) }, 'PALISADE_OPERATOR_TOKEN'],
    ['a port that is not a number', {}, { PALISADE_PORT: 'http' }, 'PALISADE_PORT'],
    ['a port out of range', {}, { PALISADE_PORT: '65536' }, 'PALISADE_PORT'],
    ['a negative port', {}, { PALISADE_PORT: '-1' }, 'PALISADE_PORT'],
    ['a fractional port', {}, { PALISADE_PORT: '80.5' }, 'PALISADE_PORT'],
    [
      'node.regions naming a missing region',
      { node: { regions: ['us', 'ap'] } },
      {},
      'node.regions names "ap"',
    ],
  ])('refuses %s, naming the setting', (_, file, env, named) => {
    expect(configError(() => buildConfig(file, env))).toContain(named);
  });

  it('treats an empty PALISADE_PORT as unset', () => {
    expect(buildConfig({}, { PALISADE_PORT: '' }).port).toBe(4747);
  });

  it.each<[string, NodeJS.ProcessEnv]>([
    ['PALISADE_LOG_LEVEL', { PALISADE_LOG_LEVEL: 'loud' }],
    ['PALISADE_OPENAI_BASE_URL', { PALISADE_OPENAI_BASE_URL: 'not a url' }],
    ['PALISADE_ANTHROPIC_BASE_URL', { PALISADE_ANTHROPIC_BASE_URL: 'ftp://example.com' }],
  ])('refuses an invalid %s', (name, env) => {
    expect(configError(() => buildConfig({}, env))).toContain(name);
  });
});

describe('readConfigFile', () => {
  it.each([
    ['YAML', 'port: 4800\nregions:\n  eu:\n    database: postgres://db/eu\n', 'yaml'],
    ['JSON', '{"port": 4800, "regions": {"eu": {"database": "postgres://db/eu"}}}', 'json'],
  ])('reads %s', (_, text, ext) => {
    const file = readConfigFile(writeConfig(text, ext));
    expect(file).toEqual({ port: 4800, regions: { eu: { database: 'postgres://db/eu' } } });
    const config = buildConfig(file, {});
    expect(config.nodeRegions).toEqual(['eu']);
    expect(config.regions.eu?.database).toBe('postgres://db/eu');
  });

  it('reads an empty file as no settings', () => {
    expect(readConfigFile(writeConfig(''))).toEqual({});
  });

  it.each([
    ['an unknown key', 'colour: blue\n', 'colour'],
    ['an unknown nested key', 'upstream:\n  retry: 3\n', 'upstream'],
    [
      'a base_url that is not a URL',
      'regions:\n  eu:\n    providers:\n      openai:\n        base_url: nope\n',
      'regions.eu.providers.openai.base_url',
    ],
    [
      'a base_url that is not http(s)',
      'regions:\n  eu:\n    providers:\n      anthropic:\n        base_url: ftp://x.example\n',
      'regions.eu.providers.anthropic.base_url',
    ],
    ['a bad log level', 'log_level: loud\n', 'log_level'],
    ['a region name with capitals', 'regions:\n  EU: {}\n', 'regions'],
    ['too many retries', 'upstream:\n  retries: 5\n', 'upstream.retries'],
    ['a port as text', 'port: "4747"\n', 'port'],
    ['text that is not YAML', 'port: [4747\n', 'not valid YAML'],
  ])('refuses %s, naming it', (_, text, named) => {
    const path = writeConfig(text);
    const message = configError(() => readConfigFile(path));
    expect(message).toContain(named);
    expect(message).toContain(path);
  });

  it('names PALISADE_CONFIG when the file cannot be read', () => {
    expect(configError(() => readConfigFile(join(dir, 'missing.yaml')))).toContain('PALISADE_CONFIG');
    expect(configError(() => loadConfig({ PALISADE_CONFIG: join(dir, 'missing.yaml') }))).toContain(
      'PALISADE_CONFIG',
    );
  });

  it('loadConfig applies the file, then the environment', () => {
    const path = writeConfig('port: 4800\nhost: 0.0.0.0\n');
    const config = loadConfig({ PALISADE_CONFIG: path, PALISADE_PORT: '4900' });
    expect([config.port, config.host]).toEqual([4900, '0.0.0.0']);
  });
});

describe('the built config', () => {
  it('is deeply frozen', () => {
    const config = buildConfig({ regions: { us: {} }, providers: { openai: { models: ['m1'] } } }, {});
    const objects: unknown[] = [
      config,
      config.regions,
      config.regions.us,
      config.regions.us?.providers,
      config.regions.us?.providers.openai,
      config.nodeRegions,
      config.providers,
      config.providers.openai,
      config.providers.openai.models,
      config.providers.anthropic.models,
      config.plans,
      config.plans.free,
      config.upstream,
    ];
    for (const object of objects) expect(Object.isFrozen(object)).toBe(true);
    const mutable = config as unknown as { port: number; upstream: { retries: number } };
    expect(() => {
      mutable.port = 1;
    }).toThrow(TypeError);
    expect(() => {
      mutable.upstream.retries = 9;
    }).toThrow(TypeError);
    expect(() => (config.nodeRegions as string[]).push('ap')).toThrow(TypeError);
  });
});

describe('config file errors', () => {
  it('names the place of a YAML error without quoting the line (it may hold a password)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readConfigFile } = await import('./load.js');
    const file = join(mkdtempSync(join(tmpdir(), 'palisade-cfg-')), 'bad.yaml');
    writeFileSync(file, 'regions:\n  us:\n    database: "postgres://palisade:S3cretPassw0rd@db:5432/x\n');
    let message = '';
    try {
      readConfigFile(file);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/not valid YAML at line \d+, column \d+/);
    expect(message).not.toContain('S3cret');
  });
});
