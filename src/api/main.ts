import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { createIngestService } from '../../ingest/service.js';
import { loadEmbedder, type Embedder } from '../search/embedder.js';
import { createSearchService } from '../search/service.js';
import { createStore } from '../store/index.js';
import { seedReference } from '../store/seed.js';
import { createApp } from './app.js';
import { type EmbeddingBackfill, type EmbeddingState, startEmbeddingBackfill } from './embedding-backfill.js';
import { createLogger } from './log.js';

const config = loadConfigOrExit();
const log = createLogger(config.LOG_LEVEL);

const store = await createStore(config);
await store.init();
await seedReference(store);

let embedder: Embedder | null = null;
try {
  embedder = await loadEmbedder(config);
  log.info(`embeddings ready: ${embedder.model} (${embedder.dimension} dimensions)`);
} catch (error) {
  log.error(
    `EMBEDDINGS UNAVAILABLE, serving lexical search only: ${error instanceof Error ? error.message : String(error)}`,
  );
}

const ingest = createIngestService({ store, embedder, limits: { maxBytes: config.MAX_FILE_BYTES, parseTimeoutMs: config.PARSE_TIMEOUT_MS } });

// A fresh clone serves something with just `npm start`: the sample corpus goes in when the store is empty.
if (config.AUTO_INGEST_SAMPLE && (await store.counts()).documents === 0) {
  const corpus = resolve(config.SAMPLE_CORPUS);
  log.info(`empty store: ingesting the sample corpus ${corpus}`);
  const summary = await ingest.ingestPaths([corpus]);
  log.info(`sample corpus ingested: ${JSON.stringify(summary)}`);
}

// Uploads are parsed and extracted in the isolated pool: its processes start now, not on the first upload.
ingest.warm();
const search = await createSearchService({ store, embedder, config });
// Set once the server listens; until then health reports the passages as still to be embedded.
let backfill: EmbeddingBackfill | null = null;
const embedding = {
  get state(): EmbeddingState {
    return backfill?.state ?? (embedder ? 'indexing' : 'unavailable');
  },
};
const app = createApp({ config, store, embedder, search, embedding, ingest }, log.error);

const { documents, passages } = await store.counts();
const server: Server = app.listen(config.PORT, config.HOST, () => {
  // The bound port, not the configured one: PORT=0 asks the system for a free port.
  const { port } = server.address() as AddressInfo;
  log.info(`listening on http://${config.HOST}:${port} (${store.engine}: ${documents} documents, ${passages} passages)`);
});
// Passages stored without a vector from this model (no model last time, or another one) are embedded while the API
// answers.
server.on('listening', () => {
  backfill = startEmbeddingBackfill({ embedStored: ingest.embedStored, embedder, search, log });
});
server.on('error', (error) => {
  log.error(`cannot listen on ${config.HOST}:${config.PORT}: ${error.message}`);
  void store.close().finally(() => process.exit(1));
});

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  // The batch in flight is committed whole; the rest is embedded on the next start.
  await backfill?.stop();
  log.info(`${signal}: closing`);
  // Stop accepting, let in-flight requests finish, then release the store (Grafeo holds a file lock).
  await new Promise<void>((done) => server.close(() => done()));
  ingest.close();
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

/** A bad setting stops the start with one line that names it, not a stack trace. */
function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(1);
  }
}
