/**
 * p50/p95 of the traceability endpoints over HTTP, on the seeds and on a synthetic graph of ≥ 100k passages.
 * `npm run bench:trace`. Prints a markdown table. Environment:
 *   PASSAGES=…        synthetic size (default 100000)
 *   ONLY=…            measure only the endpoints whose path contains this text
 *   BENCH_DATA_DIR=…  keep the graph in this folder and reuse it on the next run (the synthetic part is written once)
 * Bounded in time: each request is cut off after REQUEST_TIMEOUT_MS and each endpoint stops after its budget,
 * so a pathological endpoint shows up as "timeout" in the table instead of hanging the run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestPaths } from '../ingest/pipeline.js';
import { createApp } from '../src/api/app.js';
import { loadConfig } from '../src/config.js';
import type { Entity, Extraction, Mandate, Relation } from '../src/domain/document.js';
import { loadEmbedder } from '../src/search/embedder.js';
import { createSearchService } from '../src/search/service.js';
import { createStore, seedReference } from '../src/store/index.js';
import type { GraphStore } from '../src/store/port.js';

process.env.MODELS_DIR ??= resolve('../shared/models');
process.env.EMBEDDING_MODEL ??= 'local/glove-100d-bert-uncased';

const SYNTHETIC_PASSAGES = Number(process.env.PASSAGES ?? 100_000);
const PASSAGES_PER_DOCUMENT = 50;
const RUNS = 40;
const WRITE_BATCH = 20;
const REQUEST_TIMEOUT_MS = 10_000;
const ENDPOINT_BUDGET_MS = 30_000;

const ALL_ENDPOINTS = [
  '/api/mandates?activity=keep%20the%20WSIS%20roadmaps%20up%20to%20date&k=10',
  '/api/trace?entity=WSIS%2B20',
  '/api/agencies/UNESCO/linkages',
  '/api/entities?q=unes',
  '/api/entities/ITU-COUNCIL/1332',
  '/api/resolutions/ITU-COUNCIL/1332',
  '/api/paths?from=UNESCO&to=WSIS%2B20&maxHops=4',
];
const ENDPOINTS = ALL_ENDPOINTS.filter((endpoint) => !process.env.ONLY || endpoint.includes(process.env.ONLY));

const AGENCIES = ['ITU', 'UNESCO', 'UNDP', 'UNCTAD', 'UNDESA', 'CSTD', 'WHO', 'FAO', 'ILO', 'UNEP'];
const INITIATIVES = ['WSIS+20', 'GDC', 'AGENDA-2030', 'CONNECT-2030', 'WSIS-STOCKTAKING'];

/** A synthetic ITU-like document: passages naming agencies, events, resolutions and initiatives, with mandates. */
function syntheticDocument(index: number): Extraction {
  const key = `SYN-${index}`;
  const year = 2005 + (index % 20);
  const entities = new Map<string, Entity>();
  const mention = (label: Entity['label'], entityKey: string, passage: number, text: string) => {
    const entity = entities.get(entityKey) ?? { label, key: entityKey, name: null, props: {}, mentions: [] };
    entity.mentions.push({ passage, text, start: 0, end: text.length });
    entities.set(entityKey, entity);
  };
  const passages = Array.from({ length: PASSAGES_PER_DOCUMENT }, (_, ordinal) => {
    const agency = AGENCIES[(index + ordinal) % AGENCIES.length]!;
    const partner = AGENCIES[(index + ordinal + 3) % AGENCIES.length]!;
    const initiative = INITIATIVES[(index * 7 + ordinal) % INITIATIVES.length]!;
    const resolution = 1300 + ((index + ordinal) % 150);
    const text =
      `${agency} and ${partner} reported on ${initiative} at WSIS Forum ${year}, following Council Resolution ${resolution}; ` +
      `the Secretary-General is requested to continue coordinating activity ${index}-${ordinal} on capacity building.`;
    mention('Agency', agency, ordinal, agency);
    mention('Agency', partner, ordinal, partner);
    mention('Initiative', initiative, ordinal, initiative);
    mention('Event', `WSIS-FORUM-${year}`, ordinal, `WSIS Forum ${year}`);
    mention('Resolution', `ITU-COUNCIL/${resolution}`, ordinal, `Resolution ${resolution}`);
    return { ordinal, text, page: null, start: ordinal * 300, end: ordinal * 300 + text.length, section: null };
  });
  const mandates: Mandate[] = passages.slice(0, 2).map((p) => ({
    resolution: `ITU-COUNCIL/${1300 + ((index + p.ordinal) % 150)}`,
    addressee: 'Secretary-General',
    verb: 'requests',
    action: `to continue coordinating activity ${index}-${p.ordinal} on capacity building`,
    passage: p.ordinal,
    start: 0,
    end: 10,
  }));
  const relations: Relation[] = passages.slice(0, 3).map((p) => ({
    type: 'PARTNERS_WITH',
    from: { label: 'Agency', key: AGENCIES[(index + p.ordinal) % AGENCIES.length]! },
    to: { label: 'Agency', key: AGENCIES[(index + p.ordinal + 3) % AGENCIES.length]! },
    role: 'collaborating',
    passage: p.ordinal,
  }));
  const sha256 = createHash('sha256').update(key).digest('hex');
  return {
    document: { key, symbol: key, title: `Synthetic report ${index}`, source: `${key}.txt`, format: 'txt', sha256, date: `${year}`, year, issuingBody: 'ITU', purpose: null, actionRequired: null, pageCount: null },
    passages,
    entities: [...entities.values()],
    mandates,
    versions: [],
    relations,
    structure: null,
    warnings: [],
  };
}

interface Measurement {
  endpoint: string;
  status: string;
  runs: number;
  p50: number | null;
  p95: number | null;
}

/** One timed request; a request past REQUEST_TIMEOUT_MS is aborted and reported as null. */
async function timedRequest(url: string): Promise<{ ms: number; status: number } | null> {
  const started = performance.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await res.arrayBuffer();
    return { ms: performance.now() - started, status: res.status };
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return null;
    throw error;
  }
}

async function measure(base: string): Promise<Measurement[]> {
  const rows: Measurement[] = [];
  for (const endpoint of ENDPOINTS) {
    const budgetEnds = performance.now() + ENDPOINT_BUDGET_MS;
    const warm = await timedRequest(base + endpoint); // warm caches (mandate vectors, page cache)
    const times: number[] = [];
    let status = warm ? String(warm.status) : 'timeout';
    while (warm && times.length < RUNS && performance.now() < budgetEnds) {
      const run = await timedRequest(base + endpoint);
      if (!run) {
        status = 'timeout';
        break;
      }
      times.push(run.ms);
      status = String(run.status);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => (times.length ? times[Math.min(times.length - 1, Math.floor(q * times.length))]! : null);
    rows.push({ endpoint, status, runs: times.length, p50: at(0.5), p95: at(0.95) });
    if (process.stderr.isTTY) process.stderr.write(`${endpoint}: ${status} p50 ${at(0.5)?.toFixed(1) ?? '-'} ms\n`);
  }
  return rows;
}

async function serve(store: GraphStore, config: ReturnType<typeof loadConfig>, embedder: Awaited<ReturnType<typeof loadEmbedder>>) {
  const search = await createSearchService({ store, embedder, config });
  const app = createApp({ config, store, embedder, search }, () => {});
  const server = await new Promise<Server>((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Writes the synthetic documents not yet stored, WRITE_BATCH per transaction. */
async function writeSynthetic(store: GraphStore, documents: number): Promise<void> {
  const started = performance.now();
  let written = 0;
  for (let first = 0; first < documents; first += WRITE_BATCH) {
    const indexes = Array.from({ length: Math.min(WRITE_BATCH, documents - first) }, (_, i) => first + i);
    const stored = await Promise.all(indexes.map((i) => store.documentState(`SYN-${i}`)));
    const missing = indexes.filter((_, i) => stored[i] === null);
    if (missing.length > 0) await store.writeDocuments(missing.map((i) => ({ extraction: syntheticDocument(i), embeddings: null })));
    written += missing.length;
    if (process.stderr.isTTY) process.stderr.write(`\rsynthetic documents ${first + indexes.length}/${documents}`);
  }
  process.stderr.write(`\nwrote ${written} synthetic documents in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

const keptDir = process.env.BENCH_DATA_DIR ? resolve(process.env.BENCH_DATA_DIR) : null;
if (keptDir) mkdirSync(keptDir, { recursive: true });
const dataDir = keptDir ?? mkdtempSync(join(tmpdir(), 'bench-trace-'));
const config = loadConfig({ ...process.env, DATA_DIR: dataDir, RATE_LIMIT_READ: '1000000' });
const store = await createStore(config);
const results: { scale: string; rows: Measurement[] }[] = [];
try {
  await store.init();
  await seedReference(store);
  const embedder = await loadEmbedder(config);
  await ingestPaths([resolve('../shared/corpus/seeds')], { store, embedder, limits: {} });
  const seedPassages = (await store.counts()).passages;
  // A reused graph already holds the synthetic part: only the synthetic scale can be measured on it.
  const synthetic = await store.documentState('SYN-0');
  if (!synthetic) {
    const { server, base } = await serve(store, config, embedder);
    results.push({ scale: `seeds (${seedPassages} passages)`, rows: await measure(base) });
    await new Promise((done) => server.close(done));
  }
  await writeSynthetic(store, Math.ceil(SYNTHETIC_PASSAGES / PASSAGES_PER_DOCUMENT));
  const { server, base } = await serve(store, config, embedder);
  results.push({ scale: `synthetic (${(await store.counts()).passages} passages)`, rows: await measure(base) });
  await new Promise((done) => server.close(done));
} finally {
  await store.close();
  if (!keptDir) rmSync(dataDir, { recursive: true, force: true });
}

console.log('| graph | endpoint | status | runs | p50 ms | p95 ms |\n|---|---|---|---|---|---|');
for (const { scale, rows } of results) {
  for (const r of rows) {
    console.log(`| ${scale} | \`${r.endpoint}\` | ${r.status} | ${r.runs} | ${r.p50?.toFixed(1) ?? '-'} | ${r.p95?.toFixed(1) ?? '-'} |`);
  }
}
