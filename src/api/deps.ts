import type { Config } from '../config.js';
import type { GraphStore } from '../store/port.js';
import type { Embedder } from '../search/embedder.js';

/**
 * The search service as the API sees it (src/search builds it). Declared structurally here until the search
 * module lands, so routers depend on behaviour, not on a file layout.
 */
export interface SearchService {
  search(input: { q: string; k: number } & Record<string, unknown>): Promise<unknown>;
}

/** Everything a router may need; built once in main.ts (or in a test) and handed to createApp. */
export interface AppDeps {
  config: Config;
  store: GraphStore;
  embedder: Embedder | null;
  search: SearchService;
  /** Upload path settings; absent when the app runs without a write path. */
  ingest?: { maxFileBytes: number; parseTimeoutMs: number };
}
