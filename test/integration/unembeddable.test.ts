/**
 * Passages the model cannot embed (no token it knows) get no vector and are found by their words, in a small store
 * and in one of many documents. Before: NaN vectors were stored, and writes past them failed.
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
  store = openGrafeoStore(dataDir);
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
  it('in a small store', async () => {
    const key = await upload('small.txt', ['The Council reviews broadband access in rural schools.', ...unembeddable('a')]);
    await expectFoundLexically('zzqxa', key);
    const { results } = await search.search({ q: 'broadband access in schools', k: 3 });
    expect(results.every((result) => Number.isFinite(result.score))).toBe(true);
  });

  it('in a larger store: every write succeeds, and search sees them', async () => {
    for (const [i, topic] of TOPICS.entries()) {
      await upload(`synthetic-${i}.txt`, Array.from({ length: 8 }, (_, n) => `Report ${n} of the working group on ${topic} policy, meeting ${i}-${n}, calls on members to share ${topic} data.`));
    }
    expect((await store.counts()).passages).toBeGreaterThan(INDEX_THRESHOLD);
    const key = await upload('large.txt', ['Member States review satellite spectrum coordination.', ...unembeddable('b')]);
    await expectFoundLexically('zzqxb', key);
    expect((await store.health()).ok).toBe(true);
    const { results } = await search.search({ q: 'satellite spectrum coordination', k: 5 });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => Number.isFinite(result.score))).toBe(true);
  });
});
