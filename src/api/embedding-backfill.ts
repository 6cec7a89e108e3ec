import type { EmbedStored } from '../domain/ingest-service.js';
import type { Embedder } from '../search/embedder.js';
import type { SearchService } from '../search/service.js';
import type { Logger } from './log.js';

/**
 * `ready`: every stored passage has been read by the loaded model; `indexing`: passages are being embedded in the
 * background; `unavailable`: no model is loaded (or the background embedding failed), search is lexical only.
 */
export type EmbeddingState = 'ready' | 'indexing' | 'unavailable';

export interface EmbeddingBackfill {
  readonly state: EmbeddingState;
  /** Settles when the background work has ended (done, stopped or failed). */
  readonly finished: Promise<void>;
  /** Stops after the batch in flight (committed whole) and waits for it. */
  stop(): Promise<void>;
}

/**
 * Embeds, in the background, the stored passages that have no vector from the loaded model (stored while no model
 * loaded, or by another one), refreshing the search index after each batch so vectors serve as they arrive. The API
 * answers meanwhile; progress goes to the log.
 */
export function startEmbeddingBackfill(deps: {
  /** The ingest service's embedding of stored passages (ingest/embed-stored.ts behind the port). */
  embedStored: EmbedStored;
  embedder: Embedder | null;
  search: SearchService;
  log: Logger;
}): EmbeddingBackfill {
  const { embedStored, embedder, search, log } = deps;
  if (embedder === null) return { state: 'unavailable', finished: Promise.resolve(), stop: () => Promise.resolve() };

  let state: EmbeddingState = 'indexing';
  const abort = new AbortController();
  const started = Date.now();
  const finished = embedStored({
    signal: abort.signal,
    onStart: ({ documents, passages }) => {
      if (passages > 0) log.info(`embedding ${passages} stored passages of ${documents} documents with ${embedder.model} in the background`);
    },
    onBatch: async ({ documents, done, total }) => {
      for (const document of documents) await search.refresh(document);
      log.info(`embedded ${done}/${total} stored passages (${Math.round((100 * done) / Math.max(total, 1))} %)`);
    },
  }).then(
    ({ passages }) => {
      if (abort.signal.aborted) return;
      state = 'ready';
      if (passages > 0) log.info(`embeddings ready: ${passages} stored passages embedded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
    (error: unknown) => {
      state = 'unavailable';
      log.error(`background embedding failed, passages without vectors rank lexically: ${error instanceof Error ? error.message : String(error)}`);
    },
  );
  return {
    get state() {
      return state;
    },
    finished,
    async stop() {
      abort.abort();
      await finished;
    },
  };
}
