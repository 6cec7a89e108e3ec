/**
 * Passages the model cannot embed (no token it knows) get no vector and are found by their words, in a store below
 * and above the size where Grafeo keeps an HNSW vector index (lowered here so a small synthetic corpus crosses it).
 * Before: NaN vectors were stored, the index build failed on them, and every write past it answered 503.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../ingest/pipeline.js';
import { loadConfig } from '../../src/config.js';
import { type Embedder, loadEmbedder } from '../../src/search/embedder.js';
import { createSearchService, type SearchService } from '../../src/search/service.js';
import { openGrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import type { GraphStore } from '../../src/store/port.js';

const INDEX_THRESHOLD = 40;
const TOPICS = ['broadband', 'spectrum', 'cybersecurity', 'e-learning', 'satellite', 'accessibility', 'statistics', 'migration'];

let dataDir: string;
let store: GraphStore;
let embedder: Embedder;
let search: SearchService;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'unembeddable-'));
  store = openGrafeoStore(dataDir, { exactSearchLimit: INDEX_THRESHOLD });
  await store.init();
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir });
  embedder = await loadEmbedder(config);
  search = await createSearchService({ store, embedder, config });
});
afterAll(async () => {
  await store?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Uploads a text as the API does: ingest, then refresh the search index before answering. */
async function upload(name: string, paragraphs: string[]): Promise<string> {
  const outcome = await ingestFile({ bytes: Buffer.from(paragraphs.join('\n')), name }, { store, embedder, limits: {} });
  expect(outcome.status).toBe('written');
  await search.refresh(outcome.key);
  return outcome.key;
}

const unembeddable = (tag: string): string[] => [`zzqx${tag} vvkq${tag} qxzq${tag}`, `12345 ${tag.length}0987 55501`, 'مرحبا بالعالم العربي والتنمية'];

async function expectFoundLexically(word: string, key: string): Promise<void> {
  const { results } = await search.search({ q: word, k: 5 });
  expect(results.map((result) => result.document)).toContain(key);
}

describe('unembeddable passages are stored without vectors and found by their words', () => {
  it('below the vector-index threshold', async () => {
    const key = await upload('small.txt', ['The Council reviews broadband access in rural schools.', ...unembeddable('a')]);
    await expectFoundLexically('zzqxa', key);
    const [query] = await embedder.embed(['broadband access in schools']);
    expect((await store.vectorSearch(query!, 3)).every((hit) => Number.isFinite(hit.score))).toBe(true);
  });

  it('above it: the write that crosses the threshold and the writes after it succeed, and search sees them', async () => {
    for (const [i, topic] of TOPICS.entries()) {
      await upload(`synthetic-${i}.txt`, Array.from({ length: 8 }, (_, n) => `Report ${n} of the working group on ${topic} policy, meeting ${i}-${n}, calls on members to share ${topic} data.`));
    }
    expect((await store.counts()).passages).toBeGreaterThan(INDEX_THRESHOLD);
    const key = await upload('large.txt', ['Member States review satellite spectrum coordination.', ...unembeddable('b')]);
    await expectFoundLexically('zzqxb', key);
    const health = await store.health();
    expect(health.ok).toBe(true);
    expect(health.detail).not.toMatch(/vector index not built/);
    const [query] = await embedder.embed(['satellite spectrum coordination']);
    const hits = await store.vectorSearch(query!, 5);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => Number.isFinite(hit.score))).toBe(true);
  });
});
