/**
 * Switching from no model to a model re-embeds the stored passages in the background, with no manual re-ingest:
 * the real server (`tsx src/api/main.ts`) started twice on one Grafeo folder, first with a model that cannot load,
 * then with the offline model. Then the background work itself: batched, whole documents per transaction, resumable.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus.js';
import { embedStoredPassages } from '../../ingest/embed-stored.js';
import { ingestPaths } from '../../ingest/pipeline.js';
import { loadConfig } from '../../src/config.js';
import { loadEmbedder, type Embedder } from '../../src/search/embedder.js';
import { createStore } from '../../src/store/index.js';
import type { GraphStore } from '../../src/store/port.js';
import { queries } from '../../src/store/queries/index.js';
import { PROJECT_ROOT } from './ingest-cli-helpers.js';

/** The offline model the suite is configured with (MODELS_DIR), else the shared stand-in. */
const MODELS_DIR = resolve(process.env.MODELS_DIR ?? '../shared/models');
const MODEL = process.env.EMBEDDING_MODEL ?? 'local/glove-100d-bert-uncased';
const SAMPLE = resolve('corpus/txt');
/** Enough passages (~1,500) that the background work spans many batches and health can be seen mid-way. */
const SYNTHETIC_DOCUMENTS = 60;

interface Health {
  mode: 'hybrid' | 'lexical';
  state: 'ready' | 'indexing' | 'unavailable';
  model: string | null;
  embedded: number;
  total: number;
  passages: number;
}
interface SearchBody {
  mode: 'hybrid' | 'lexical';
  results: SearchHit[];
}
/** The vector signal of a hit, whichever name the ranking gives its score parts; null or 0 without a vector. */
type SearchHit = { components?: { vector: number | null }; signals?: { vector: number } };
const vectorSignal = (hit: SearchHit): number | null => hit.components?.vector ?? hit.signals?.vector ?? null;

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'embedding-backfill-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.skipIf(!existsSync(join(MODELS_DIR, MODEL)))(`a store ingested without a model, served with ${MODEL} (needs the offline model)`, () => {
  it('goes lexical → indexing → ready with embedded = total, and search then uses vectors', async () => {
    const corpus = join(root, 'corpus');
    await cp(SAMPLE, corpus, { recursive: true });
    await writeSyntheticCorpus(corpus, SYNTHETIC_DOCUMENTS);
    const emptyModels = join(root, 'no-models');
    await mkdir(emptyModels);
    const dataDir = join(root, 'data');

    // 1. No model can load: the server ingests the corpus into the empty store and serves lexical search.
    const first = await startServer({ DATA_DIR: dataDir, MODELS_DIR: emptyModels, EMBEDDING_MODEL: 'local/no-such-model', SAMPLE_CORPUS: corpus });
    try {
      const health = await first.health();
      expect(health).toMatchObject({ mode: 'lexical', state: 'unavailable', model: null, embedded: 0 });
      expect(health.total).toBe(health.passages);
      expect(health.total).toBeGreaterThan(1000);
      const search = await first.search('WSIS roadmaps');
      expect(search.mode).toBe('lexical');
      expect(search.results.length).toBeGreaterThan(0);
      expect(search.results.every((result) => !vectorSignal(result))).toBe(true);
    } finally {
      await first.stop();
    }

    // 2. The offline model, killed (SIGKILL) once the first batch is logged: every document is left whole, embedded
    // or untouched.
    const killed = await startServer({ DATA_DIR: dataDir, MODELS_DIR, EMBEDDING_MODEL: MODEL, SAMPLE_CORPUS: corpus });
    await expect.poll(() => killed.log(), { timeout: 60_000 }).toMatch(/embedded \d+\/\d+ stored passages/);
    await killed.kill();
    const config = loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const reopened = await createStore(config);
    try {
      const documents = [...(await embeddedPassagesByDocument(reopened, MODEL)).values()];
      expect(documents.every(({ embedded, passages }) => embedded === 0 || embedded === passages)).toBe(true);
      expect(documents.some(({ embedded }) => embedded > 0)).toBe(true);
      expect(documents.some(({ embedded }) => embedded === 0)).toBe(true);
    } finally {
      await reopened.close();
    }

    // 3. Started again: nothing is re-ingested (the store is not empty), the rest is embedded in the background while
    // health answers.
    const second = await startServer({ DATA_DIR: dataDir, MODELS_DIR, EMBEDDING_MODEL: MODEL, SAMPLE_CORPUS: corpus });
    try {
      const seen: Health[] = [];
      for (let health = await second.health(); ; health = await second.health()) {
        seen.push(health);
        if (health.state !== 'indexing') break;
        await new Promise((done) => setTimeout(done, 50));
      }
      const states = seen.map((health) => health.state).filter((state, i, all) => state !== all[i - 1]);
      expect(states).toEqual(['indexing', 'ready']);
      const midway = seen.filter((health) => health.state === 'indexing').map((health) => health.embedded);
      expect(midway.some((embedded) => embedded > seen[0]!.embedded && embedded < seen[0]!.total), `embedded while indexing: ${midway.join(', ')}`).toBe(true);
      const ready = seen.at(-1)!;
      expect(ready).toMatchObject({ mode: 'hybrid', state: 'ready', model: MODEL });
      expect(ready.embedded).toBe(ready.total);
      expect(ready.total).toBe(seen[0]!.total);
      expect(seen[0]!.embedded).toBeGreaterThan(0); // what the killed run committed is kept

      const search = await second.search('WSIS roadmaps');
      expect(search.mode).toBe('hybrid');
      expect(search.results.length).toBeGreaterThan(0);
      expect(search.results.some((result) => (vectorSignal(result) ?? 0) > 0)).toBe(true);
      expect(second.log()).toMatch(/embedded (\d+)\/\1 stored passages \(100 %\)/);
      expect(second.log()).not.toMatch(/ingesting the sample corpus/);
    } finally {
      await second.stop();
    }

    // 4. A fourth start finds nothing to embed: ready at once.
    const third = await startServer({ DATA_DIR: dataDir, MODELS_DIR, EMBEDDING_MODEL: MODEL, SAMPLE_CORPUS: corpus });
    try {
      await expect.poll(() => third.health().then((health) => health.state)).toBe('ready');
      expect(third.log()).not.toMatch(/stored passages/);
    } finally {
      await third.stop();
    }
  }, 240_000);
});

describe.skipIf(!existsSync(join(MODELS_DIR, MODEL)))('embedding stored passages (needs the offline model)', () => {
  let store: GraphStore;
  let embedder: Embedder;

  beforeAll(async () => {
    const config = loadConfig({ ...process.env, DATA_DIR: join(root, 'resume'), MODELS_DIR, EMBEDDING_MODEL: MODEL, LOG_LEVEL: 'silent' });
    store = await createStore(config);
    embedder = await loadEmbedder(config);
    await ingestPaths([SAMPLE], { store, embedder: null, limits: {} });
  });
  afterAll(async () => {
    await store?.close();
  });

  const embeddedByDocument = () => embeddedPassagesByDocument(store, embedder.model);

  it('stops between batches with whole documents done, and a second run embeds exactly the rest', async () => {
    const stop = new AbortController();
    const first = await embedStoredPassages(store, embedder, { passagesPerBatch: 20, signal: stop.signal, onBatch: () => stop.abort() });
    expect(first.documents).toBeGreaterThan(0);
    const midway = [...(await embeddedByDocument()).values()];
    // Every document all or nothing, never half.
    expect(midway.every(({ embedded, passages }) => embedded === 0 || embedded === passages)).toBe(true);
    const total = midway.reduce((sum, { passages }) => sum + passages, 0);
    expect(first.passages).toBe(midway.reduce((sum, { embedded }) => sum + embedded, 0));
    expect(first.passages).toBeLessThan(total);

    const second = await embedStoredPassages(store, embedder, { passagesPerBatch: 20 });
    expect(first.passages + second.passages).toBe(total);
    expect([...(await embeddedByDocument()).values()].every(({ embedded, passages }) => embedded === passages)).toBe(true);
    expect(await store.run(queries.documentsToEmbed, { model: embedder.model })).toEqual([]);
    expect(await embedStoredPassages(store, embedder)).toEqual({ documents: 0, passages: 0 });
  });

  it('an ingest without a model leaves embedded documents of the same bytes alone, vectors kept', async () => {
    const before = await embeddedByDocument();
    const summary = await ingestPaths([SAMPLE], { store, embedder: null, limits: {} });
    expect(summary).toMatchObject({ written: 0, replaced: 0, skipped: before.size });
    expect(await embeddedByDocument()).toEqual(before);
  });
});

/** Per document: how many of its passages have a vector from `model`, of how many. */
async function embeddedPassagesByDocument(store: GraphStore, model: string): Promise<Map<string, { embedded: number; passages: number }>> {
  const byDocument = new Map<string, { embedded: number; passages: number }>();
  for (const row of await store.run(queries.searchPassages, { document: null })) {
    const entry = byDocument.get(String(row.document)) ?? { embedded: 0, passages: 0 };
    entry.passages += 1;
    if (row.embeddingModel === model && row.embedding !== null) entry.embedded += 1;
    byDocument.set(String(row.document), entry);
  }
  return byDocument;
}

interface RunningServer {
  health(): Promise<Health>;
  search(q: string): Promise<SearchBody>;
  log(): string;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

/** The real `npm start` entry point on a free port, with its own settings; resolves once it answers. */
async function startServer(settings: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const { NEO4J_URI: _neo4j, ...env } = process.env;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/api/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...env, ...settings, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', AUTO_INGEST_SAMPLE: 'true' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const getJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${url}${path}`);
    expect(response.status, `${path}: ${stderr}`).toBe(200);
    return (await response.json()) as T;
  };
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
    const up = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    health: () => getJson<Health>('/api/health'),
    search: (q) => getJson<SearchBody>(`/api/search?q=${encodeURIComponent(q)}&k=5`),
    log: () => stderr,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}
