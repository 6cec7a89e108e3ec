import { InputError } from '../src/domain/errors.js';
import type { IngestService } from '../src/domain/ingest-service.js';
import { isolatedPool } from './isolation/pool.js';
import { formatBytes, resolveLoadLimits } from './loaders/limits.js';
import { ingestFile, type IngestDeps, ingestPaths, type IngestSummary } from './pipeline.js';

/** The API's `IngestService` port, plus the folder walk the server uses to seed an empty store. */
export interface PipelineService extends IngestService {
  ingestPaths(paths: string[]): Promise<IngestSummary>;
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
    warm: () => isolatedPool().warm(),
    close: () => isolatedPool().close(),
    oversize: (name) => new InputError(name, 'too-large', `file is over the ${formatBytes(resolved.maxBytes)} limit`),
  };
}
