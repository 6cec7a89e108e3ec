/**
 * bench:search — search latency at 1k / 10k / 100k passages, embedding throughput, query-embedding time, and one
 * HTTP figure through GET /api/search over a real Grafeo store. Prints a markdown table.
 *
 * Scale points use synthetic passages: sentences of the seed corpus recombined, with fresh numbers, and the seed
 * passages' real vectors reused (latency depends on sizes, not on vector content).
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import express from 'express';
import { loadFile } from '../ingest/loaders/index.js';
import { errorHandler } from '../src/api/errors.js';
import { searchRouter } from '../src/api/routes/search.js';
import { loadConfig } from '../src/config.js';
import { segmentBlocks } from '../src/extract/segment.js';
import { loadEmbedder } from '../src/search/embedder.js';
import type { SearchablePassage } from '../src/search/passage-features.js';
import { planQuery } from '../src/search/query.js';
import { SearchIndex } from '../src/search/search-index.js';
import { createSearchService } from '../src/search/service.js';
import { createStore } from '../src/store/index.js';

const SEEDS = resolve(process.env.BENCH_SEEDS ?? '../shared/corpus/seeds');
const QUESTIONS = resolve(process.env.BENCH_QUESTIONS ?? '../shared/eval/gold/seeds-questions.json');
const SCALES = [1_000, 10_000, 100_000];
const HTTP_PASSAGES = 1_000;
const PASSAGES_PER_DOCUMENT = 50;
const ROUNDS = 5;

const config = loadConfig({
  ...process.env,
  MODELS_DIR: process.env.MODELS_DIR ?? '../shared/models',
  EMBEDDING_MODEL: process.env.EMBEDDING_MODEL ?? 'local/glove-100d-bert-uncased',
  LOG_LEVEL: 'silent',
});
const embedder = await loadEmbedder(config);

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const summarize = (samples: number[]): { p50: number; p95: number } => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
};
const ms = (value: number): string => value.toFixed(2);

// Seed passages, as ingest segments them.
const seedTexts: string[] = [];
for (const file of (await readdir(SEEDS)).filter((name) => name.endsWith('.txt')).sort()) {
  const loaded = await loadFile(join(SEEDS, file));
  seedTexts.push(...segmentBlocks(loaded.blocks).map((passage) => passage.text));
}
const questions = (JSON.parse(await readFile(QUESTIONS, 'utf8')) as { questions: { q: string }[] }).questions.map((x) => x.q);

// Embedding throughput: all seed passages in one call (batched inside), best of a few rounds.
let bestRate = 0;
for (let round = 0; round < ROUNDS; round += 1) {
  const started = performance.now();
  await embedder.embed(seedTexts);
  bestRate = Math.max(bestRate, seedTexts.length / ((performance.now() - started) / 1000));
}
const seedVectors = await embedder.embed(seedTexts);
const queryEmbedTimes: number[] = [];
const queryVectors: Float32Array[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  for (const question of questions) {
    const started = performance.now();
    const [vector] = await embedder.embed([question]);
    queryEmbedTimes.push(performance.now() - started);
    if (round === 0) queryVectors.push(vector!);
  }
}

// Synthetic corpus: seed sentences recombined, numbers varied, seed vectors reused.
const sentences = seedTexts.flatMap((text) => text.split(/(?<=[.;])\s+/)).filter((s) => s.length > 30);
let seed = 42;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
function syntheticPassages(count: number): Map<string, SearchablePassage[]> {
  const documents = new Map<string, SearchablePassage[]>();
  for (let i = 0; i < count; i += 1) {
    const document = `bench:${Math.floor(i / PASSAGES_PER_DOCUMENT)}`;
    const text = [pick(sentences), pick(sentences), pick(sentences)]
      .join(' ')
      .replace(/\d+/g, () => String(Math.floor(random() * 10_000)));
    const list = documents.get(document) ?? [];
    list.push({
      key: `${document}#${list.length}`,
      document,
      ordinal: list.length,
      text,
      page: null,
      section: null,
      source: `${document}.txt`,
      title: null,
      year: 2000 + Math.floor(random() * 25),
      entities: [],
      vector: pick(seedVectors),
    });
    documents.set(document, list);
  }
  return documents;
}

interface Row {
  passages: number;
  build: number;
  p50: number;
  p95: number;
  /** CPU time of this process per search: less sensitive than wall time to other processes on the machine. */
  cpuP50: number;
  heapMb: number;
}
const rows: Row[] = [];
for (const scale of SCALES) {
  const documents = syntheticPassages(scale);
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const index = new SearchIndex(embedder.dimension);
  for (const [document, passages] of documents) index.setDocument(document, passages);
  const build = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const plans = questions.map((question) => planQuery(question));
  // One untimed pass: the first query of a term caches its posting weights, a one-off after each (re)load.
  plans.forEach((plan, i) => index.rank(plan, queryVectors[i]!, [], {}, 10));
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    plans.forEach((plan, i) => {
      const begun = performance.now();
      const cpu = process.cpuUsage();
      index.rank(plan, queryVectors[i]!, [], {}, 10);
      const used = process.cpuUsage(cpu);
      times.push(performance.now() - begun);
      cpuTimes.push((used.user + used.system) / 1000);
    });
  }
  rows.push({ passages: scale, build, heapMb, ...summarize(times), cpuP50: summarize(cpuTimes).p50 });
}

// One HTTP figure: the real path (Grafeo store → search service → express router), query embedding included.
const dataDir = await mkdtemp(join(tmpdir(), 'bench-search-'));
const store = await createStore({ ...config, DATA_DIR: dataDir });
let http: { p50: number; p95: number };
try {
  for (const [document, passages] of syntheticPassages(HTTP_PASSAGES)) {
    await store.writeDocument({
      extraction: {
        document: {
          key: document,
          symbol: null,
          title: null,
          source: `${document}.txt`,
          format: 'txt',
          sha256: document.replace(/\D/g, '').padStart(64, '0'),
          date: null,
          year: passages[0]!.year,
          issuingBody: null,
          purpose: null,
          actionRequired: null,
          pageCount: null,
        },
        passages: passages.map((p) => ({ ordinal: p.ordinal, text: p.text, page: null, start: 0, end: p.text.length, section: null })),
        entities: [],
        mandates: [],
        versions: [],
        relations: [],
        structure: null,
        warnings: [],
      },
      embeddings: { model: embedder.model, dimension: embedder.dimension, vectors: passages.map((p) => Array.from(p.vector!)) },
    });
  }
  const service = await createSearchService({ store, embedder, config });
  const app = express();
  app.use(searchRouter(service));
  app.use(errorHandler(() => undefined));
  const server = await new Promise<import('node:http').Server>((ready) => {
    const listening = app.listen(0, '127.0.0.1', () => ready(listening));
  });
  const { port } = server.address() as AddressInfo;
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const question of questions) {
      const begun = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent(question)}&k=10`);
      await response.json();
      times.push(performance.now() - begun);
    }
  }
  http = summarize(times);
  await new Promise<void>((done) => server.close(() => done()));
} finally {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
}

const queryEmbed = summarize(queryEmbedTimes);
console.log(`## bench:search (${embedder.model}, ${embedder.dimension}-d, ${questions.length} questions × ${ROUNDS} rounds)\n`);
console.log('| passages | index build (ms) | heap (MB) | search p50 (ms) | search p95 (ms) | search CPU p50 (ms) |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.passages.toLocaleString('en')} | ${row.build.toFixed(0)} | ${row.heapMb.toFixed(0)} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.cpuP50)} |`);
}
console.log('\nsearch = `SearchIndex.rank` in-process (BM25F + exact vectors + features), query embedding excluded, after one warm-up pass.');
console.log(`Machine load average during the run: ${loadavg().map((x) => x.toFixed(1)).join(' / ')} (1 / 5 / 15 min).\n`);
console.log('| figure | value |');
console.log('|---|---:|');
console.log(`| embedding throughput (${seedTexts.length} seed passages, best of ${ROUNDS}) | ${bestRate.toFixed(0)} passages/s |`);
console.log(`| query embedding p50 / p95 | ${ms(queryEmbed.p50)} / ${ms(queryEmbed.p95)} ms |`);
console.log(`| GET /api/search over Grafeo, ${HTTP_PASSAGES.toLocaleString('en')} passages, p50 / p95 (embedding included) | ${ms(http.p50)} / ${ms(http.p95)} ms |`);
