import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { DomainError } from './domain/errors.js';

const isFolder = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();
const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  NEO4J_URI: z
    .url()
    .refine((uri) => NEO4J_SCHEMES.includes(new URL(uri).protocol), `must start with one of ${NEO4J_SCHEMES.map((s) => `${s}//`).join(', ')}`)
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).default('neo4j'),
  NEO4J_DATABASE: z.string().min(1).optional(),
  EMBEDDING_MODEL: z.string().min(1).default('Xenova/all-MiniLM-L6-v2'),
  EMBEDDING_DTYPE: z.enum(['fp32', 'q8']).default('q8'),
  /** A folder the user names must exist: a typo would otherwise start with lexical search only, or download. */
  MODELS_DIR: z
    .string()
    .refine((path) => isFolder(resolve(path)), { error: (issue) => `folder ${resolve(String(issue.input))} does not exist` })
    .optional(),
  MAX_FILE_BYTES: z.coerce.number().int().positive().default(50 * 1024 * 1024),
  PARSE_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  API_TOKEN: z.string().min(16).optional(),
  CORS_ORIGIN: z.string().min(1).optional(),
  SAMPLE_CORPUS: z.string().min(1).default('corpus/txt'),
  AUTO_INGEST_SAMPLE: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** Per-client request budget per window: generous by default so tests, benches and scorers are never throttled. */
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().positive().default(60_000),
  RATE_LIMIT_READ: z.coerce.number().int().positive().default(6_000),
  RATE_LIMIT_WRITE: z.coerce.number().int().positive().default(120),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});
export type Config = z.infer<typeof EnvSchema>;
/** The names of every setting, for checks of files that pass settings on (docker-compose.yml, .env.example). */
export const SETTING_NAMES: readonly string[] = Object.keys(EnvSchema.shape);

/** One or more settings are invalid; every bad one is named. */
export class ConfigError extends DomainError {
  constructor(readonly problems: readonly string[]) {
    super(`invalid setting${problems.length > 1 ? 's' : ''}: ${problems.join('; ')}`);
  }
}

/**
 * The settings as a command sees them: the variables of `.env` (or of the file `ENV_FILE` names; `ENV_FILE=` reads
 * none), read with Node's own parser, under the process environment, which wins.
 */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const file = env.ENV_FILE ?? '.env';
  if (file === '') return env;
  const path = resolve(file);
  if (!existsSync(path)) {
    if (env.ENV_FILE !== undefined) throw new ConfigError([`ENV_FILE: file ${path} does not exist`]);
    return env;
  }
  return { ...parseEnv(readFileSync(path, 'utf8')), ...env };
}

/** Validates the settings once; every bad variable is named. An empty value counts as unset, as in `.env` files. */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): Config {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(set);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  return { ...parsed.data, DATA_DIR: resolve(parsed.data.DATA_DIR) };
}
