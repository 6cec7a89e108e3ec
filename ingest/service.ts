import { InputError } from '../src/domain/errors.js';
import type { EmbedStored, IngestService } from '../src/domain/ingest-service.js';
import { embedStoredPassages } from './embed-stored.js';
import { isolatedPool } from './isolation/pool.js';
import { formatBytes, resolveLoadLimits } from './loaders/limits.js';
import { ingestFile, type IngestDeps, ingestPaths, type IngestSummary } from './pipeline.js';

/** The API's `IngestService` port, plus the folder walk the server uses to seed an empty store. */
export interface PipelineService extends IngestService {
  ingestPaths(paths: string[]): Promise<IngestSummary>;
  /** Embeds stored passages the loaded model has not read (none without a model), for the background backfill. */
  embedStored: EmbedStored;
  /** Starts the isolated processes uploads are parsed in, so the first upload does not wait for them. */
  warm(): void;
  /** Refuses waiting work and stops the isolated processes (shutdown). */
  close(): void;
}

/** The pipeline behind the API's `IngestService` port, under the given limits. */
export function createIngestService({ store, embedder, limits }: IngestDeps): PipelineService {
  const resolved = resolveLoadLimits(limits);
  const deps: IngestDeps = { store, embedder, limits: resolved };
  return {
    limits: { maxBytes: resolved.maxBytes, parseTimeoutMs: resolved.parseTimeoutMs },
    ingestFile: (file) => ingestFile(file, deps),
    ingestPaths: (paths) => ingestPaths(paths, deps),
    embedStored: (options) => (embedder ? embedStoredPassages(store, embedder, options) : Promise.resolve({ documents: 0, passages: 0 })),
    warm: () => isolatedPool().warm(),
    close: () => isolatedPool().close(),
    oversize: (name) => new InputError(name, 'too-large', `file is over the ${formatBytes(resolved.maxBytes)} limit`),
  };
}
