/**
 * bench:ingest — ingest throughput and where the time goes, on the seed corpus and a synthetic ITU-like corpus
 * (BENCH_DOCUMENTS, default 1,000), then graph query latency at that scale. Prints a markdown table.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type IngestSummary, ingestPaths } from '../ingest/pipeline.js';
import { STAGES } from '../ingest/stages/timing.js';
import { loadConfig } from '../src/config.js';
import { loadEmbedder } from '../src/search/embedder.js';
import { createStore, seedReference } from '../src/store/index.js';
import type { GraphStore } from '../src/store/port.js';
import { writeSyntheticCorpus } from './synthetic-corpus.js';
import { queries as storeQueries } from '../src/store/queries/index.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
process.env.MODELS_DIR ??= resolve(ROOT, '../shared/models');
process.env.EMBEDDING_MODEL ??= 'local/glove-100d-bert-uncased';
const SEEDS = resolve(ROOT, '../shared/corpus/seeds');
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 1000);
const QUERY_SAMPLES = 200;

interface IngestRun {
  name: string;
  summary: IngestSummary;
  seconds: number;
  peakRssMb: number;
}

const config = loadConfig(process.env);
const embedder = await loadEmbedder(config);
const limits = { maxBytes: config.MAX_FILE_BYTES, parseTimeoutMs: config.PARSE_TIMEOUT_MS };

async function freshStore(): Promise<{ store: GraphStore; dispose(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-ingest-'));
  const store = await createStore(loadConfig({ ...process.env, DATA_DIR: dataDir, NEO4J_URI: undefined }));
  await seedReference(store);
  return { store, dispose: async () => { await store.close(); await rm(dataDir, { recursive: true, force: true }); } };
}

async function measureIngest(name: string, store: GraphStore, paths: string[]): Promise<IngestRun> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const summary = await ingestPaths(paths, { store, embedder, limits });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (summary.failed.length > 0) throw new Error(`${name}: ${summary.failed.length} files failed: ${summary.failed[0]?.reason}`);
  return { name, summary, seconds, peakRssMb: peak / 1024 / 1024 };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function latency(name: string, query: (i: number) => Promise<unknown[]>) {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < QUERY_SAMPLES; i += 1) {
    const started = performance.now();
    rows += (await query(i)).length;
    times.push(performance.now() - started);
  }
  return { name, p50: percentile(times, 50), p95: percentile(times, 95), meanRows: rows / QUERY_SAMPLES };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const share = (run: IngestRun, stage: (typeof STAGES)[number]) => (100 * run.summary.timings[stage]) / 1000 / run.seconds;

// Seed corpus.
const seedStore = await freshStore();
const seedRun = await measureIngest('seed corpus', seedStore.store, [SEEDS]);
await seedStore.dispose();

// Synthetic corpus at scale.
const corpusDir = await mkdtemp(join(tmpdir(), 'bench-corpus-'));
await writeSyntheticCorpus(corpusDir, DOCUMENTS);
const scale = await freshStore();
const scaleRun = await measureIngest(`synthetic (${DOCUMENTS} documents)`, scale.store, [corpusDir]);
const counts = await scale.store.counts();

const agencies = ['ITU', 'UNESCO', 'UNDP', 'UNCTAD', 'UNDESA', 'FAO', 'WHO', 'ILO', 'UNEP', 'WMO'];
const queries = [
  await latency('entity-neighbours (limit 500)', (i) =>
    scale.store.run(storeQueries.entityNeighbours, { key: agencies[i % agencies.length] as string, limit: 500, evidence: 1 }),
  ),
  await latency('paths-shortest agency → SDG (≤ 4 hops, 10 paths)', (i) =>
    scale.store.run(storeQueries.pathsShortest, { from: agencies[i % agencies.length] as string, to: `SDG${1 + (i % 17)}`, maxHops: 4, limit: 10 }),
  ),
];
await scale.dispose();
await rm(corpusDir, { recursive: true, force: true });

const lines = [
  `### bench:ingest (${embedder.model}, ${embedder.dimension}-d, Grafeo)`,
  '',
  '| corpus | documents | passages | time (s) | documents/s | passages/s | peak RSS (MB) | load % | extract % | embed % | write % | embedder idle % |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...[seedRun, scaleRun].map((run) => {
    const documents = run.summary.written + run.summary.replaced;
    const embedderIdle = 100 - share(run, 'embed');
    return `| ${run.name} | ${documents} | ${run.summary.passages} | ${fmt(run.seconds)} | ${fmt(documents / run.seconds)} | ${fmt(run.summary.passages / run.seconds, 0)} | ${fmt(run.peakRssMb, 0)} | ${STAGES.map((s) => fmt(share(run, s))).join(' | ')} | ${fmt(embedderIdle)} |`;
  }),
  '',
  'Stage columns: time inside each stage as a share of wall time. The stages overlap (the next file loads and extracts while',
  'the previous one embeds, and batches are written in the background), so they can sum past 100 %, and a stage waiting on',
  "the event loop counts as its own. Embedder idle = wall time not spent embedding: the pipeline's own cost over the model's.",
  '',
  `Store after the synthetic run: ${counts.documents} documents, ${counts.passages} passages, ${counts.entities} entities, ${counts.relationships} relationships.`,
  '',
  `| query (${QUERY_SAMPLES} runs) | p50 (ms) | p95 (ms) | rows (mean) |`,
  '|---|---|---|---|',
  ...queries.map((q) => `| ${q.name} | ${fmt(q.p50, 2)} | ${fmt(q.p95, 2)} | ${fmt(q.meanRows, 0)} |`),
];
process.stdout.write(`${lines.join('\n')}\n`);
