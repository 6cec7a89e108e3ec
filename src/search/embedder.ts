import { resolve } from 'node:path';
import { env, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { Agent, setGlobalDispatcher } from 'undici';
import type { Config } from '../config.js';
import { DomainError } from '../domain/errors.js';

/**
 * Turns texts into unit-length sentence vectors (mean pooled), one per text, in input order. A text the model
 * cannot place (no token it knows: "zzqx", digits, a script it was not trained on) has no direction: its entry is
 * null, never a NaN vector, and it is found by its words instead.
 */
export interface Embedder {
  readonly model: string;
  /** Read from the model's output, never assumed: the offline stand-in is 100-d, MiniLM is 384-d. */
  readonly dimension: number;
  embed(texts: string[]): Promise<(Float32Array | null)[]>;
}

/**
 * Normalizing a zero mean vector divides by zero: the pipeline answers NaNs (or zeros, by model). Either has no
 * direction to compare, so it is no vector.
 */
export function usableVector(vector: Float32Array): Float32Array | null {
  let squares = 0;
  for (let i = 0; i < vector.length; i += 1) squares += (vector[i] as number) ** 2;
  return Number.isFinite(squares) && squares > 1e-12 ? vector : null;
}

/** No embedding model could be loaded; the service keeps running with lexical search only. */
export class EmbedderUnavailableError extends DomainError {
  constructor(
    readonly model: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`embedding model ${model} unavailable: ${reason}`, options);
  }
}

/** Passages per ONNX call: bounds memory on long documents; batching itself buys little on CPU. */
const BATCH_SIZE = 32;
/**
 * The tokenizer reads a whole text before truncating it to the model's window (512 tokens, ~2,500 characters of
 * English): a 380 KB passage held the event loop for most of a second. Characters past this bound never reach the
 * model, so cutting them first changes no vector.
 */
const MAX_EMBEDDED_CHARS = 16_384;
/**
 * transformers.js fetches without any timeout, and a host that accepts connections but never answers
 * stalls a load for ~300 s (field notes §6). These bounds make a dead hub fail in seconds.
 */
const REMOTE_TIMEOUTS = { connectTimeout: 10_000, headersTimeout: 15_000, bodyTimeout: 60_000 };
/** Upper bound on a whole load, downloads included, so startup can never hang on the model. */
const LOAD_TIMEOUT_MS = 180_000;

/**
 * Loads `EMBEDDING_MODEL`. With `MODELS_DIR` set, the model is read from that folder (hub layout) and
 * nothing is ever downloaded; otherwise it comes from the hub cache, downloading once.
 */
export async function loadEmbedder(config: Config): Promise<Embedder> {
  const model = config.EMBEDDING_MODEL;
  if (config.MODELS_DIR) {
    env.localModelPath = resolve(config.MODELS_DIR);
    env.allowLocalModels = true;
    env.allowRemoteModels = false;
  } else {
    env.allowRemoteModels = true;
    env.cacheDir = resolve(config.DATA_DIR, 'models-cache');
    setGlobalDispatcher(new Agent(REMOTE_TIMEOUTS));
  }

  let extractor: FeatureExtractionPipeline;
  try {
    extractor = await withTimeout(
      loadFeatureExtraction(model, { dtype: config.EMBEDDING_DTYPE }),
      LOAD_TIMEOUT_MS,
    );
  } catch (error) {
    throw new EmbedderUnavailableError(model, describe(error), { cause: error });
  }

  const embedBatch = async (texts: string[]): Promise<Float32Array[]> => {
    const output = await extractor(texts, { pooling: 'mean', normalize: true });
    const [rows, dimension] = output.dims as [number, number];
    const data = output.data as Float32Array;
    return Array.from({ length: rows }, (_, i) => data.slice(i * dimension, (i + 1) * dimension));
  };

  const [probe] = await embedBatch(['dimension probe']);
  const dimension = probe?.length ?? 0;
  if (dimension === 0) throw new EmbedderUnavailableError(model, 'model returned an empty vector');

  return {
    model,
    dimension,
    async embed(texts: string[]): Promise<(Float32Array | null)[]> {
      const vectors: (Float32Array | null)[] = [];
      for (let i = 0; i < texts.length; i += BATCH_SIZE) {
        const batch = texts.slice(i, i + BATCH_SIZE).map((text) => text.slice(0, MAX_EMBEDDED_CHARS));
        for (const vector of await embedBatch(batch)) vectors.push(usableVector(vector));
      }
      return vectors;
    },
  };
}

/** `pipeline`'s overloads exceed tsc's union limit (TS2590); this narrows it to the one task we use. */
const featureExtractionPipeline = pipeline as unknown as (
  task: 'feature-extraction',
  model: string,
  options: { dtype: Config['EMBEDDING_DTYPE'] },
) => Promise<FeatureExtractionPipeline>;
const loadFeatureExtraction = (model: string, options: { dtype: Config['EMBEDDING_DTYPE'] }) =>
  featureExtractionPipeline('feature-extraction', model, options);

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`model load timed out after ${ms / 1000} s`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
