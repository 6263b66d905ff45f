import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { providerIds } from '../core/ids.js';
import type { Config, Plan, RegionConfig } from './config.js';
import { type ConfigFile, configFileSchema } from './schema.js';

/** Raised when configuration is unusable; the message says what to fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const defaultBaseUrls = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com',
} as const;

const defaultModels = {
  openai: ['gpt-5.4-mini', 'gpt-5.4', 'gpt-5.4-nano', 'gpt-4.1-mini', 'gpt-4.1'],
  anthropic: ['claude-sonnet-5-5', 'claude-haiku-5-5', 'claude-opus-5-5'],
} as const;

/**
 * Reads configuration: the file named by PALISADE_CONFIG (YAML or JSON), then the environment.
 * An explicit environment value wins over the file; anything invalid stops start-up with a message
 * naming the setting.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const file = env.PALISADE_CONFIG ? readConfigFile(env.PALISADE_CONFIG) : {};
  return buildConfig(file, env);
}

/** The YAML parser, loaded only when a YAML config file is read (it is a few MB of idle memory). */
function parseYaml(text: string): unknown {
  const yaml = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yaml.parse(text);
}

export function readConfigFile(path: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`Cannot read the config file ${path} (PALISADE_CONFIG). Check the path.`);
  }
  let raw: unknown;
  try {
    raw = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    // The parser's message quotes the source line, which may hold a database password: name the place only.
    const at = (error as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : '';
    throw new ConfigError(
      `The config file ${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}${where}.`,
    );
  }
  const parsed = configFileSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigError(`The config file ${path} is invalid:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

export function buildConfig(file: ConfigFile, env: NodeJS.ProcessEnv): Config {
  const dataDir = resolve(env.PALISADE_DATA_DIR ?? file.data_dir ?? './data');
  const regions = buildRegions(file, env, dataDir);
  const nodeRegions = file.node?.regions ?? Object.keys(regions);
  for (const name of nodeRegions) {
    if (!Object.hasOwn(regions, name)) {
      throw new ConfigError(
        `node.regions names "${name}", which is not under regions. Add regions.${name} or remove it.`,
      );
    }
  }
  const directoryDatabase = directoryDatabaseOf(
    env.PALISADE_DIRECTORY_DATABASE || file.directory?.database,
    dataDir,
  );
  checkDatabasesApart(regions, directoryDatabase);
  const port = env.PALISADE_PORT ? Number(env.PALISADE_PORT) : (file.port ?? 4747);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PALISADE_PORT must be a port number (0-65535).');
  }
  const operatorToken = env.PALISADE_OPERATOR_TOKEN || undefined;
  if (operatorToken !== undefined && operatorToken.length < 24) {
    throw new ConfigError('PALISADE_OPERATOR_TOKEN must be at least 24 characters; use a random value.');
  }
  const plans = file.plans ?? {};
  const planDefault = (plan: Plan, fallback: boolean, retention: 'none' | number) => ({
    trainingDataUse: plans[plan]?.training_data_use ?? fallback,
    retention: plans[plan]?.retention ?? retention,
  });
  const upstream = file.upstream ?? {};
  const config: Config = {
    port,
    host: env.PALISADE_HOST ?? file.host ?? '127.0.0.1',
    dataDir,
    logLevel: logLevelOf(env) ?? file.log_level ?? 'info',
    bodyLimitBytes: file.body_limit_bytes ?? 8 * 1024 * 1024,
    operatorToken,
    // Set but empty is kept as '' so that start-up refuses it rather than silently generating a key.
    masterKey: env.PALISADE_MASTER_KEY,
    regions,
    nodeRegions,
    directoryDatabase,
    providers: {
      openai: {
        defaultModel: file.providers?.openai?.default_model ?? defaultModels.openai[0],
        models: file.providers?.openai?.models ?? defaultModels.openai,
        apiKey: env.PALISADE_OPENAI_API_KEY || undefined,
        zeroDataRetention: file.providers?.openai?.zero_data_retention ?? false,
        noTraining: file.providers?.openai?.no_training ?? true,
      },
      anthropic: {
        defaultModel: file.providers?.anthropic?.default_model ?? defaultModels.anthropic[0],
        models: file.providers?.anthropic?.models ?? defaultModels.anthropic,
        apiKey: env.PALISADE_ANTHROPIC_API_KEY || undefined,
        zeroDataRetention: file.providers?.anthropic?.zero_data_retention ?? false,
        noTraining: file.providers?.anthropic?.no_training ?? true,
      },
    },
    // Free and Team workspaces share AI sessions for training unless they opt out; Enterprise does not.
    plans: {
      free: planDefault('free', true, 30),
      team: planDefault('team', true, 30),
      // Enterprise keeps no session content unless its admins choose a retention.
      enterprise: planDefault('enterprise', false, 'none'),
    },
    upstream: {
      connectTimeoutMs: upstream.connect_timeout_ms ?? 10_000,
      headersTimeoutMs: upstream.headers_timeout_ms ?? 120_000,
      streamIdleTimeoutMs: upstream.stream_idle_timeout_ms ?? 60_000,
      retries: upstream.retries ?? 2,
      connections: upstream.connections ?? 256,
    },
  };
  return deepFreeze(config);
}

function buildRegions(
  file: ConfigFile,
  env: NodeJS.ProcessEnv,
  dataDir: string,
): Record<string, RegionConfig> {
  const declared = file.regions ?? { us: {}, eu: {} };
  const regions: Record<string, RegionConfig> = {};
  for (const [name, region] of Object.entries(declared)) {
    const database = region.database ?? join(dataDir, `${name}.sqlite`);
    const providers: RegionConfig['providers'] = {};
    for (const id of providerIds) {
      // A region that lists its providers has only those; one that lists none has them all.
      const listed = region.providers?.[id];
      if (region.providers && !listed) continue;
      // An explicit base_url in the file wins; PALISADE_<PROVIDER>_BASE_URL sets it for every other region.
      const fromEnv = baseUrlOf(env, `PALISADE_${id.toUpperCase()}_BASE_URL`);
      const baseUrl = listed?.base_url ?? fromEnv ?? defaultBaseUrls[id];
      providers[id] = {
        baseUrl: baseUrl.replace(/\/+$/, ''),
        ...(listed?.models ? { models: listed.models } : {}),
      };
    }
    regions[name] = {
      name,
      database: isPostgresUrl(database) || isAbsolute(database) ? database : resolve(database),
      providers,
    };
  }
  return regions;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function logLevelOf(env: NodeJS.ProcessEnv): string | undefined {
  const level = env.PALISADE_LOG_LEVEL || undefined;
  if (level !== undefined && !logLevels.includes(level)) {
    throw new ConfigError(`PALISADE_LOG_LEVEL must be one of ${logLevels.join(', ')}.`);
  }
  return level;
}

function baseUrlOf(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name] || undefined;
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, such as https://api.openai.com/v1.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must be an http(s) URL, such as https://api.openai.com/v1.`);
  }
  return value;
}

/**
 * One database per region: two regions in one would share their tables, and a workspace's data
 * would no longer stay in its region. The directory may share a PostgreSQL database with a region
 * (its tables and migration history are its own), but not a SQLite file: a second connection of this
 * process to the file would wait on the first's write lock, blocking the event loop, while the first
 * waits on the event loop to finish its transaction.
 */
function checkDatabasesApart(regions: Record<string, RegionConfig>, directoryDatabase: string): void {
  const owners = new Map<string, string>();
  for (const { name, database } of Object.values(regions)) {
    const other = owners.get(database);
    if (other) {
      throw new ConfigError(
        // Not the database itself: a postgres:// URL may hold a password.
        `Regions ${other} and ${name} have the same database. Give each region its own (regions.<name>.database).`,
      );
    }
    owners.set(database, name);
  }
  const region = owners.get(directoryDatabase);
  if (region && !isPostgresUrl(directoryDatabase)) {
    throw new ConfigError(
      `The directory and region ${region} have the same SQLite file (${directoryDatabase}). Give the directory its own (directory.database or PALISADE_DIRECTORY_DATABASE; the default is directory.sqlite in the data directory).`,
    );
  }
}

/** Like a region's database: a postgres:// URL, a path (relative to the working directory), or the data dir's default. */
function directoryDatabaseOf(database: string | undefined, dataDir: string): string {
  if (database === undefined) return join(dataDir, 'directory.sqlite');
  return isPostgresUrl(database) || isAbsolute(database) ? database : resolve(database);
}

export function isPostgresUrl(database: string): boolean {
  return /^postgres(ql)?:\/\//.test(database);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
