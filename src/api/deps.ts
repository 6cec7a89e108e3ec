import type { Config } from '../config.js';
import type { IngestService } from '../domain/ingest-service.js';
import type { Embedder } from '../search/embedder.js';
import type { SearchService } from '../search/service.js';
import type { GraphStore } from '../store/port.js';
import type { EmbeddingState } from './embedding-backfill.js';

/** Everything a router may need; built once in main.ts (or in a test) and handed to createApp. */
export interface AppDeps {
  config: Config;
  store: GraphStore;
  embedder: Embedder | null;
  search: SearchService;
  /** The write path (uploads); absent in read-only apps (tests, benches), where uploads are refused. */
  ingest?: IngestService;
  /** The background embedding of stored passages (main.ts); absent: the store was embedded before the app started. */
  embedding?: { readonly state: EmbeddingState };
}
