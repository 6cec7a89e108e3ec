import { resolve } from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  NEO4J_DATABASE: z.string().optional(),
  EMBEDDING_MODEL: z.string().default('Xenova/all-MiniLM-L6-v2'),
  EMBEDDING_DTYPE: z.enum(['fp32', 'q8']).default('q8'),
  MODELS_DIR: z.string().optional(),
  MAX_FILE_BYTES: z.coerce.number().int().positive().default(50 * 1024 * 1024),
  PARSE_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  API_TOKEN: z.string().min(16).optional(),
  CORS_ORIGIN: z.string().optional(),
  SAMPLE_CORPUS: z.string().default('corpus/txt'),
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

/** Reads and validates the environment once; a bad variable is named in the error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return { ...parsed.data, DATA_DIR: resolve(parsed.data.DATA_DIR) };
}
