/**
 * p50/p95 of the traceability endpoints over HTTP, on the seeds and on a synthetic graph of ≥ 100k passages.
 * `npm run bench:trace` (PASSAGES=… to change the synthetic size). Prints a markdown table.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
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

const ENDPOINTS = [
  '/api/mandates?activity=keep%20the%20WSIS%20roadmaps%20up%20to%20date&k=10',
  '/api/trace?entity=WSIS%2B20',
  '/api/agencies/UNESCO/linkages',
  '/api/entities?q=unes',
  '/api/entities/ITU-COUNCIL/1332',
  '/api/resolutions/ITU-COUNCIL/1332',
  '/api/paths?from=UNESCO&to=WSIS%2B20&maxHops=4',
];

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
    warnings: [],
  };
}

async function measure(base: string): Promise<{ endpoint: string; p50: number; p95: number; status: number }[]> {
  const rows = [];
  for (const endpoint of ENDPOINTS) {
    let status = 0;
    await fetch(base + endpoint).then((r) => r.arrayBuffer()); // warm caches (mandate vectors, page cache)
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const res = await fetch(base + endpoint);
      await res.arrayBuffer();
      times.push(performance.now() - started);
      status = res.status;
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    rows.push({ endpoint, p50: at(0.5), p95: at(0.95), status });
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

const dataDir = mkdtempSync(join(tmpdir(), 'bench-trace-'));
const config = loadConfig({ ...process.env, DATA_DIR: dataDir, RATE_LIMIT_READ: '1000000' });
const store = await createStore(config);
const results: { scale: string; rows: Awaited<ReturnType<typeof measure>> }[] = [];
try {
  await store.init();
  await seedReference(store);
  const embedder = await loadEmbedder(config);
  await ingestPaths([resolve('../shared/corpus/seeds')], { store, embedder, limits: {} });
  let { server, base } = await serve(store, config, embedder);
  results.push({ scale: `seeds (${(await store.counts()).passages} passages)`, rows: await measure(base) });
  await new Promise((done) => server.close(done));

  const documents = Math.ceil(SYNTHETIC_PASSAGES / PASSAGES_PER_DOCUMENT);
  const started = performance.now();
  for (let i = 0; i < documents; i++) {
    await store.writeDocument({ extraction: syntheticDocument(i), embeddings: null });
    if (process.stderr.isTTY && i % 100 === 0) process.stderr.write(`\rsynthetic documents ${i}/${documents}`);
  }
  process.stderr.write(`\nwrote ${documents} synthetic documents in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  ({ server, base } = await serve(store, config, embedder));
  results.push({ scale: `synthetic (${(await store.counts()).passages} passages)`, rows: await measure(base) });
  await new Promise((done) => server.close(done));
} finally {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}

console.log('| graph | endpoint | status | p50 ms | p95 ms |\n|---|---|---|---|---|');
for (const { scale, rows } of results) {
  for (const r of rows) console.log(`| ${scale} | \`${r.endpoint}\` | ${r.status} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`);
}
