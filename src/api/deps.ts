import type { Config } from '../config.js';
import type { Embedder } from '../search/embedder.js';
import type { SearchService } from '../search/service.js';
import type { GraphStore } from '../store/port.js';

/** Everything a router may need; built once in main.ts (or in a test) and handed to createApp. */
export interface AppDeps {
  config: Config;
  store: GraphStore;
  embedder: Embedder | null;
  search: SearchService;
  /** Upload limits for the write path; the config's values when absent. */
  ingest?: { maxFileBytes: number; parseTimeoutMs: number };
}
