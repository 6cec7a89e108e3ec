/**
 * Starts the real app for browser and upload tests: a fresh Grafeo store in a temp DATA_DIR, reference data,
 * the sample corpus ingested with the real embedding model, the real search service, on port 0.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createIngestService } from '../../ingest/service.js';
import { createApp } from '../../src/api/app.js';
import { loadConfig } from '../../src/config.js';
import { loadEmbedder } from '../../src/search/embedder.js';
import { createSearchService } from '../../src/search/service.js';
import { createStore } from '../../src/store/index.js';
import type { GraphStore, StoreCounts } from '../../src/store/port.js';
import { seedReference } from '../../src/store/seed.js';

export const TEST_API_TOKEN = 'test-token-0123456789abcdef';
export const SAMPLE_CORPUS = resolve('corpus/txt');

export interface RunningApp {
  url: string;
  store: GraphStore;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

export async function startApp(
  options: { apiToken?: string | null; maxFileBytes?: number; seeds?: boolean; /** false: no model, lexical search only */ model?: boolean } = {},
): Promise<RunningApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'wsis-app-'));
  const apiToken = options.apiToken === undefined ? TEST_API_TOKEN : options.apiToken;
  const config = loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    AUTO_INGEST_SAMPLE: 'false',
    LOG_LEVEL: 'silent',
    API_TOKEN: apiToken ?? undefined,
    MAX_FILE_BYTES: String(options.maxFileBytes ?? 50 * 1024 * 1024),
  });
  const store = await createStore(config);
  await store.init();
  await seedReference(store);
  const embedder = options.model === false ? null : await loadEmbedder(config);
  const ingest = createIngestService({ store, embedder, limits: { maxBytes: config.MAX_FILE_BYTES, parseTimeoutMs: config.PARSE_TIMEOUT_MS } });
  if (options.seeds !== false) await ingest.ingestPaths([SAMPLE_CORPUS]);
  const search = await createSearchService({ store, embedder, config });
  const app = createApp({ config, store, embedder, search, ingest }, () => {});
  const server = await new Promise<import('node:http').Server>((ready) => {
    const listening = app.listen(0, '127.0.0.1', () => ready(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    counts: () => store.counts(),
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Uploads bytes as the multipart field `file` with the test token, the way a client of POST /api/documents does. */
export async function uploadBytes(app: Pick<RunningApp, 'url'>, bytes: Uint8Array, name: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${app.url}/api/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TEST_API_TOKEN}` } });
}
