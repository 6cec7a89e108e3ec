import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { StoreError, ValidationError } from '../../src/domain/errors.js';
import { openGrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { createStore, seedReference } from '../../src/store/index.js';
import type { GraphStore, StoreCounts } from '../../src/store/port.js';
import { axisVectors, sampleExtraction } from './extraction-fixture.js';

const DIMENSION = 8;

interface Adapter {
  name: 'grafeo' | 'neo4j';
  variant?: string;
  available: boolean;
  open(): Promise<{ store: GraphStore; cleanup(): Promise<void> }>;
}

const adapters: Adapter[] = [
  {
    name: 'grafeo',
    available: true,
    async open() {
      const dataDir = await mkdtemp(join(tmpdir(), 'store-contract-'));
      const store = await createStore(loadConfig({ DATA_DIR: dataDir }));
      return { store, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
    },
  },
  {
    // The same engine past its exact-search limit: vector search goes through the HNSW index.
    name: 'grafeo',
    variant: 'HNSW index',
    available: true,
    async open() {
      const dataDir = await mkdtemp(join(tmpdir(), 'store-contract-hnsw-'));
      const store = openGrafeoStore(dataDir, { exactSearchLimit: 0 });
      await store.init();
      return { store, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'neo4j',
    available: Boolean(process.env.NEO4J_URI),
    async open() {
      const store = await createStore(loadConfig(process.env));
      return { store, cleanup: async () => undefined };
    },
  },
];

for (const adapter of adapters) {
  describe.skipIf(!adapter.available)(`GraphStore contract: ${adapter.name}${adapter.variant ? ` (${adapter.variant})` : ''}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    // Unique per run so the suite can run against a shared Neo4j without colliding with earlier runs.
    const run = Date.now().toString(36);
    const docA = `TEST/${run}/A`;
    const docB = `TEST/${run}/B`;
    const docC = `TEST/${run}/C`;
    const docD = `TEST/${run}/D`;
    const passageCount = (key: string) => store.read('document-passage-keys', { key }).then((rows) => rows.length);
    const facts = (key: string) => store.read('document-facts', { key });
    const neighbourhood = async (agency: string) =>
      (await store.read('entity-neighbourhood', { key: agency, limit: 10_000 })).map((row) => row.key);
    const eventExists = async (key: string) => (await neighbourhood('UNESCO')).includes(key);

    beforeAll(async () => {
      ({ store, cleanup } = await adapter.open());
      await store.init(); // a second init must be a no-op
      await seedReference(store);
    });

    afterAll(async () => {
      await store.deleteDocument(docA).catch(() => false);
      await store.deleteDocument(docB).catch(() => false);
      await store.deleteDocument(docC).catch(() => false);
      await store.deleteDocument(docD).catch(() => false);
      await store.close();
      await cleanup();
    });

    it('seeds reference data idempotently (action lines, facilitators, matrix)', async () => {
      const before = await store.counts();
      await seedReference(store);
      expect(await store.counts()).toEqual(before);
      const [path] = await store.read('agency-sdg-shortest-path', { agency: 'UNESCO', sdg: 'SDG4' });
      expect(path).toMatchObject({ hops: 2 });
      expect(await neighbourhood('UNESCO')).toEqual(expect.arrayContaining(['C3', 'C7:e-learning', 'SDG4']));
    });

    it('writes a document with its passages, entities, mandates, versions and relations', async () => {
      const before = await store.counts();
      const extraction = sampleExtraction(docA);
      await store.writeDocument({ extraction, embeddings: { model: 'test-model', dimension: DIMENSION, vectors: axisVectors(3, DIMENSION) } });

      expect(await store.documentState(docA)).toEqual({
        key: docA,
        sha256: extraction.document.sha256,
        embeddingModel: 'test-model',
        source: extraction.document.source,
      });
      expect(await store.documentStateBySha(extraction.document.sha256)).toMatchObject({ key: docA });
      const passages = await store.read('document-passage-keys', { key: docA });
      expect(passages.map((p) => [p.key, p.ordinal, p.text])).toEqual(extraction.passages.map((p) => [`${docA}#${p.ordinal}`, p.ordinal, p.text]));
      const types = (await facts(docA)).map((row) => row.type);
      for (const type of ['MENTIONS', 'MANDATES', 'SUPPORTED_BY', 'VERSION_OF', 'ADOPTED_AT', 'ORGANIZES', 'PARTNERS_WITH', 'REFERENCES']) {
        expect(types).toContain(type);
      }
      const after = await store.counts();
      expect(after.documents).toBe(before.documents + 1);
      expect(after.passages).toBe(before.passages + 3);
      expect(await eventExists(`TEST-EVENT-${docA}`)).toBe(true);
    });

    it('re-writing the same document changes nothing', async () => {
      const before = await store.counts();
      const factsBefore = await facts(docA);
      await store.writeDocument({ extraction: sampleExtraction(docA), embeddings: { model: 'test-model', dimension: DIMENSION, vectors: axisVectors(3, DIMENSION) } });
      expect(await store.counts()).toEqual(before);
      expect(await facts(docA)).toEqual(factsBefore);
    });

    it('re-writing a changed document leaves no stale passages, facts or text-only entities', async () => {
      const before = await store.counts();
      await store.writeDocument({ extraction: sampleExtraction(docA, 'revised'), embeddings: null });
      expect(await passageCount(docA)).toBe(1);
      const types = new Set((await facts(docA)).map((row) => row.type));
      expect([...types].sort()).toEqual(['ADOPTED_AT', 'MENTIONS', 'SUPPORTED_BY', 'VERSION_OF']);
      expect(await eventExists(`TEST-EVENT-${docA}`)).toBe(false);
      const after = await store.counts();
      expect(after.passages).toBe(before.passages - 2);
      expect(after.documents).toBe(before.documents);
      expect((await store.documentState(docA))?.embeddingModel).toBeNull();
    });

    it('finds passages by vector and by text', async () => {
      await store.writeDocument({ extraction: sampleExtraction(docB), embeddings: { model: 'test-model', dimension: DIMENSION, vectors: axisVectors(3, DIMENSION, 4) } });
      const target = axisVectors(1, DIMENSION, 5)[0] as number[];
      const [best] = await store.vectorSearch(target, 3);
      expect(best?.key).toBe(`${docB}#1`);
      const text = await store.textSearch('broadband rural', 5);
      expect(text.map((hit) => hit.key)).toContain(`${docB}#2`);
      expect(text.every((hit) => hit.score > 0)).toBe(true);
      const hydrated = await store.read('passages-by-keys', { keys: [`${docB}#2`] });
      expect(hydrated[0]).toMatchObject({ document: docB, ordinal: 2, source: sampleExtraction(docB).document.source });
    });

    it('rolls back a write that fails midway, leaving the previous state', async () => {
      const before: StoreCounts = await store.counts();
      const factsBefore = await facts(docB);
      // A vector of another dimension than the index is refused by the engine after the old facts were deleted.
      const failing = store.writeDocument({
        extraction: sampleExtraction(docB, 'revised'),
        embeddings: { model: 'other-model', dimension: DIMENSION + 1, vectors: axisVectors(1, DIMENSION + 1) },
      });
      await expect(failing).rejects.toBeInstanceOf(StoreError);
      expect(await store.counts()).toEqual(before);
      expect(await facts(docB)).toEqual(factsBefore);
      expect(await store.documentState(docB)).toMatchObject({ embeddingModel: 'test-model' });
      // The store stays usable after the failure.
      await store.writeDocument({ extraction: sampleExtraction(docB), embeddings: { model: 'test-model', dimension: DIMENSION, vectors: axisVectors(3, DIMENSION, 4) } });
      expect(await store.counts()).toEqual(before);
    });

    it('deletes a document and what only it supported, keeping reference data and shared entities', async () => {
      const before = await store.counts();
      expect(await store.deleteDocument(`TEST/${run}/never-stored`)).toBe(false);
      expect(await store.deleteDocument(docB)).toBe(true);
      expect(await store.documentState(docB)).toBeNull();
      expect(await passageCount(docB)).toBe(0);
      expect(await facts(docB)).toEqual([]);
      expect(await eventExists(`TEST-EVENT-${docB}`)).toBe(false);
      const hits = await store.vectorSearch(axisVectors(1, DIMENSION, 5)[0] as number[], 10);
      expect(hits.some((hit) => hit.key.startsWith(`${docB}#`))).toBe(false);
      expect(await store.textSearch('broadband rural', 5)).toEqual([]);
      const after = await store.counts();
      expect(after.documents).toBe(before.documents - 1);
      expect(after.passages).toBe(before.passages - 3);
      // Reference facts survive: UNESCO still facilitates C3 and e-learning, which the matrix links to SDG4.
      expect(await neighbourhood('UNESCO')).toEqual(expect.arrayContaining(['C3', 'C7:e-learning', 'SDG4']));
      // Document A still stands, with the shared resolution it mentions.
      expect(await passageCount(docA)).toBe(1);
      expect(await store.deleteDocument(docB)).toBe(false);
    });

    it('writes several documents in one transaction, as one at a time would, or none of them', async () => {
      const before = await store.counts();
      const embedded = (key: string, offset: number) => ({
        extraction: sampleExtraction(key),
        embeddings: { model: 'test-model', dimension: DIMENSION, vectors: axisVectors(3, DIMENSION, offset) },
      });
      // docA is stored already: the batch replaces it and adds docC and docD.
      await store.writeDocuments([embedded(docC, 0), embedded(docA, 1), embedded(docD, 2)]);
      const batched = { a: await facts(docA), c: await facts(docC), d: await facts(docD), counts: await store.counts() };
      expect(batched.counts.documents).toBe(before.documents + 2);
      expect(batched.counts.passages).toBe(before.passages + 3 + 3 + 2);
      expect(await store.documentState(docC)).toMatchObject({ key: docC, embeddingModel: 'test-model' });
      expect(batched.c.map((row) => row.type)).toContain('MENTIONS');

      for (const [key, offset] of [[docA, 1], [docC, 0], [docD, 2]] as const) await store.writeDocument(embedded(key, offset));
      expect({ a: await facts(docA), c: await facts(docC), d: await facts(docD), counts: await store.counts() }).toEqual(batched);

      // Several stored documents replaced in one batch (their facts are removed together): none keeps a stale fact.
      await store.writeDocuments([{ extraction: sampleExtraction(docC, 'revised'), embeddings: null }, { extraction: sampleExtraction(docD, 'revised'), embeddings: null }]);
      for (const key of [docC, docD]) {
        expect(await passageCount(key)).toBe(1);
        expect([...new Set((await facts(key)).map((row) => row.type))].sort()).toEqual(['ADOPTED_AT', 'MENTIONS', 'SUPPORTED_BY', 'VERSION_OF']);
        expect(await eventExists(`TEST-EVENT-${key}`)).toBe(false);
      }
      expect(await facts(docA)).toEqual(batched.a);
      await store.writeDocuments([embedded(docC, 0), embedded(docD, 2)]);
      expect({ a: await facts(docA), c: await facts(docC), d: await facts(docD), counts: await store.counts() }).toEqual(batched);

      // One document of the batch fails inside the transaction (another vector dimension): the others are not kept.
      const failing = store.writeDocuments([
        { extraction: sampleExtraction(docC, 'revised'), embeddings: null },
        { extraction: sampleExtraction(docD), embeddings: { model: 'other-model', dimension: DIMENSION + 1, vectors: axisVectors(3, DIMENSION + 1) } },
      ]);
      await expect(failing).rejects.toBeInstanceOf(StoreError);
      expect(await facts(docC)).toEqual(batched.c);
      expect(await store.counts()).toEqual(batched.counts);

      await expect(store.writeDocuments([embedded(docC, 0), embedded(docC, 0)])).rejects.toBeInstanceOf(ValidationError);
      await store.deleteDocument(docC);
      await store.deleteDocument(docD);
    });

    it('reports health', async () => {
      expect(await store.health()).toMatchObject({ ok: true, engine: adapter.name });
    });
  });
}
