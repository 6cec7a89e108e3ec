/**
 * GET /api/search end to end: a fresh Grafeo store with the seed corpus ingested by the real pipeline, the real
 * offline embedding model, the real search service and Express app.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/pipeline.js';
import { createApp } from '../../src/api/app.js';
import { loadConfig } from '../../src/config.js';
import { loadEmbedder } from '../../src/search/embedder.js';
import { createSearchService, type SearchService } from '../../src/search/service.js';
import { createStore } from '../../src/store/index.js';
import type { GraphStore } from '../../src/store/port.js';
import { SEED_TXT as SEEDS } from '../paths.js';

interface Result {
  key: string;
  document: string;
  ordinal: number;
  text: string;
  source: string;
  score: number;
  signals: Record<string, number>;
  matched: string[];
  entities: { label: string; key: string }[];
}
interface Body {
  embeddings: string;
  closeMatch: boolean;
  queryEntities: string[];
  results: Result[];
}

let dataDir: string;
let store: GraphStore;
let search: SearchService;
let server: Server;
let url: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'search-api-'));
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, AUTO_INGEST_SAMPLE: 'false', LOG_LEVEL: 'silent' });
  store = await createStore(config);
  const embedder = await loadEmbedder(config);
  await ingestPaths([SEEDS], { store, embedder, limits: {} });
  search = await createSearchService({ store, embedder, config });
  const app = createApp({ config, store, embedder, search }, () => undefined);
  server = await new Promise<Server>((ready) => {
    const listening = app.listen(0, '127.0.0.1', () => ready(listening));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => server?.close(() => done()));
  await store?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function get(query: string): Promise<{ status: number; body: unknown; type: string | null }> {
  const response = await fetch(`${url}/api/search?${query}`);
  return { status: response.status, body: await response.json(), type: response.headers.get('content-type') };
}
const searchFor = async (query: string): Promise<Body> => {
  const { status, body } = await get(query);
  expect(status).toBe(200);
  return body as Body;
};

describe('GET /api/search', () => {
  it('answers a paraphrased question with the passage that holds the answer, and its source', async () => {
    const body = await searchFor(`q=${encodeURIComponent('Which resolution tells the Secretary-General to keep the WSIS roadmaps up to date?')}&k=5`);
    expect(body.embeddings).toBe('ready');
    expect(body.results.length).toBeLessThanOrEqual(5);
    const hit = body.results.findIndex((r) => r.text.toLowerCase().includes('to regularly update the roadmaps'));
    expect(hit).toBeGreaterThanOrEqual(0);
    expect(hit).toBeLessThan(3);
    const result = body.results[hit]!;
    expect(result.source).toBe('003_911621527da43a0c.txt');
    expect(result.key).toBe(`${result.document}#${result.ordinal}`);
    expect(result.signals.vector).toBeGreaterThan(0);
    expect(result.matched).toEqual(expect.arrayContaining(['lexical', 'vector']));
    expect(body.closeMatch).toBe(true);
    expect(result.entities.map((e) => e.key)).toContain('ITU-COUNCIL/1332');
  });

  it('ranks best first', async () => {
    const { results } = await searchFor('q=WSIS%20Prizes%20entries');
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('resolves entities named in the query to the keys passages carry', async () => {
    const body = await searchFor(`q=${encodeURIComponent('What does Resolution 1332 ask for?')}`);
    expect(body.queryEntities).toContain('ITU-COUNCIL/1332');
    expect(body.results[0]?.entities.map((e) => e.key)).toContain('ITU-COUNCIL/1332');
  });

  it('filters by document, entity (key or name) and label', async () => {
    const all = await searchFor('q=WSIS%20Forum&k=50');
    const document = all.results[0]!.document;
    const inDocument = await searchFor(`q=WSIS%20Forum&k=50&document=${encodeURIComponent(document)}`);
    expect(inDocument.results.length).toBeGreaterThan(0);
    expect(inDocument.results.every((r) => r.document === document)).toBe(true);

    const unesco = await searchFor('q=WSIS%20Forum&k=50&entity=UNESCO');
    expect(unesco.results.length).toBeGreaterThan(0);
    expect(unesco.results.every((r) => r.entities.some((e) => e.key === 'UNESCO'))).toBe(true);

    const resolutions = await searchFor('q=WSIS%20Forum&k=50&label=Resolution');
    expect(resolutions.results.length).toBeGreaterThan(0);
    expect(resolutions.results.length).toBeLessThan(all.results.length);
    expect(resolutions.results.every((r) => r.entities.some((e) => e.label === 'Resolution'))).toBe(true);
  });

  it('resolves the entity filter like trace does: a name to its key, an unknown or ambiguous name to a 404 with suggestions', async () => {
    const byName = await searchFor(`q=WSIS&k=50&entity=${encodeURIComponent('United Nations Educational, Scientific and Cultural Organization')}`);
    expect(byName.results.length).toBeGreaterThan(0);
    expect(byName.results.every((r) => r.entities.some((e) => e.key === 'UNESCO'))).toBe(true);
    const several = await get('q=WSIS&entity=Forum%202');
    expect(several.status).toBe(404);
    expect(several.type).toMatch(/application\/problem\+json/);
    expect((several.body as { suggestions?: string[] }).suggestions).toEqual(expect.arrayContaining(['WSIS-FORUM-2024']));
    // A series filters to the passages naming any of its meetings.
    const series = await searchFor('q=WSIS&k=50&entity=WSIS%20Forum');
    expect(series.results.length).toBeGreaterThan(0);
    expect(series.results.every((r) => r.entities.some((e) => e.key.startsWith('WSIS-FORUM-')))).toBe(true);
    expect(new Set(series.results.flatMap((r) => r.entities.map((e) => e.key)).filter((key) => key.startsWith('WSIS-FORUM-'))).size).toBeGreaterThan(1);
    expect((await get('q=WSIS&entity=No%20Such%20Thing')).status).toBe(404);
  });

  it('says when nothing matches closely instead of passing the nearest passages off as answers', async () => {
    const body = await searchFor(`q=${encodeURIComponent('volcanic eruptions release sulphur dioxide into the stratosphere')}&k=5`);
    expect(body.closeMatch).toBe(false);
  });

  it('rejects bad parameters with problem+json naming the field', async () => {
    for (const [query, field] of [
      ['q=', 'q'],
      ['k=5', 'q'],
      ['q=wsis&k=0', 'k'],
      ['q=wsis&k=abc', 'k'],
      ['q=wsis&label=Person', 'label'],
      ['q=wsis&yearFrom=2024&yearTo=2020', 'yearTo'],
    ] as const) {
      const { status, body, type } = await get(query);
      expect(status, query).toBe(400);
      expect(type).toMatch(/application\/problem\+json/);
      expect((body as { field?: string }).field, query).toContain(field);
    }
  });

  it('serves lexical search when no embedding model is loaded', async () => {
    const config = loadConfig({ ...process.env, DATA_DIR: dataDir });
    const lexicalOnly = await createSearchService({ store, embedder: null, config });
    const body = await lexicalOnly.search({ q: 'How many entries has the WSIS Prizes contest received?', k: 5 });
    expect(body.embeddings).toBe('unavailable');
    expect(lexicalOnly.status()).toMatchObject({ embeddings: 'unavailable', passagesWithVectors: 0 });
    expect(body.results[0]?.signals.vector).toBe(0);
    expect(body.results[0]?.matched).not.toContain('vector');
    expect(body.results.some((r) => r.text.includes('7,744 entries'))).toBe(true);
  });

  it('forgets a deleted document on refresh', async () => {
    const before = await searchFor('q=WSIS%20Prizes%20contest%207%2C744%20entries&k=50');
    const document = before.results.find((r) => r.text.includes('7,744 entries'))!.document;
    expect(await store.deleteDocument(document)).toBe(true);
    await search.refresh(document);
    const after = await searchFor('q=WSIS%20Prizes%20contest%207%2C744%20entries&k=50');
    expect(after.results.some((r) => r.document === document)).toBe(false);
    expect(search.status().documents).toBe(4);
  });
});
