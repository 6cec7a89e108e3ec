import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { mandateKey } from '../../src/domain/document.js';
import { StoreError, ValidationError } from '../../src/domain/errors.js';
import { createStore, seedReference } from '../../src/store/index.js';
import type { GraphStore, ParamsOf, StoreCounts } from '../../src/store/port.js';
import { queries, writes } from '../../src/store/queries/index.js';
import { axisVectors, sampleExtraction } from './extraction-fixture.js';

const DIMENSION = 8;

interface Adapter {
  name: 'grafeo' | 'neo4j';
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
    name: 'neo4j',
    available: Boolean(process.env.NEO4J_URI),
    async open() {
      const store = await createStore(loadConfig(process.env));
      return { store, cleanup: async () => undefined };
    },
  },
];

for (const adapter of adapters) {
  describe.skipIf(!adapter.available)(`GraphStore contract: ${adapter.name}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    // Unique per run so the suite can run against a shared Neo4j without colliding with earlier runs.
    const run = Date.now().toString(36);
    const docA = `TEST/${run}/A`;
    const docB = `TEST/${run}/B`;
    const docC = `TEST/${run}/C`;
    const docD = `TEST/${run}/D`;
    const passageCount = (key: string) => store.run(queries.documentPassages, { key }).then((rows) => rows.length);
    const facts = (key: string) => documentFacts(store, key);
    const factTypes = async (key: string) => [...new Set((await facts(key)).map((fact) => fact.type))].sort();
    const neighbours = async (key: string) =>
      (await store.run(queries.entityNeighbours, { key, limit: 500, evidence: 1 })).map((row) => row.key);
    const eventExists = async (key: string) => (await store.run(queries.entitiesByKeys, { keys: [key] })).length > 0;

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
      const [path] = await store.run(queries.pathsShortest, { from: 'UNESCO', to: 'SDG4', maxHops: 4, limit: 1 });
      expect(path?.relationships.map((r) => r.type)).toEqual(['FACILITATES', 'LINKED_TO']);
      expect(await neighbours('UNESCO')).toEqual(expect.arrayContaining(['C3', 'C7:e-learning']));
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
      const passages = await store.run(queries.documentPassages, { key: docA });
      expect(passages.map((p) => [p.ordinal, p.text])).toEqual(extraction.passages.map((p) => [p.ordinal, p.text]));
      const types = await factTypes(docA);
      for (const type of ['MENTIONS', 'MANDATES', 'VERSION_OF', 'ADOPTED_AT', 'ORGANIZES', 'PARTNERS_WITH', 'REFERENCES']) {
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
      expect(await factTypes(docA)).toEqual(['ADOPTED_AT', 'MENTIONS', 'VERSION_OF']);
      expect(await eventExists(`TEST-EVENT-${docA}`)).toBe(false);
      const after = await store.counts();
      expect(after.passages).toBe(before.passages - 2);
      expect(after.documents).toBe(before.documents);
      expect((await store.documentState(docA))?.embeddingModel).toBeNull();
    });

    it('returns the passages with their vectors as the search index loads them, and hydrates passages by key', async () => {
      await store.writeDocument({ extraction: sampleExtraction(docB), embeddings: { model: 'test-model', dimension: DIMENSION, vectors: axisVectors(3, DIMENSION, 4) } });
      const loaded = await store.run(queries.searchPassages, { document: docB });
      expect(loaded.map((p) => [p.key, p.embeddingModel, Array.from(p.embedding ?? [])])).toEqual(
        axisVectors(3, DIMENSION, 4).map((vector, ordinal) => [`${docB}#${ordinal}`, 'test-model', vector]),
      );
      const hydrated = await store.run(queries.passagesByKey, { keys: [`${docB}#2`] });
      expect(hydrated[0]).toMatchObject({ document: docB, passage: 2, source: sampleExtraction(docB).document.source });
    });

    it('embeds stored passages afterwards: vectors and model set in one transaction, a document changed since left alone', async () => {
      const pending = async () => (await store.run(queries.documentsToEmbed, { model: 'test-model' })).map((row) => row.key);
      expect(await pending()).toContain(docA); // stored without vectors
      expect(await pending()).not.toContain(docB);
      const passages = await store.run(queries.passagesOfDocuments, { documents: [docA] });
      expect(passages.map((p) => p.key)).toEqual([`${docA}#0`]);
      const stateB = await store.documentState(docB);
      const vector = axisVectors(1, DIMENSION, 6)[0] as number[];
      const updated = await store.writePassageVectors({
        model: 'test-model',
        dimension: DIMENSION,
        documents: [
          { key: docA, sha256: sampleExtraction(docA, 'revised').document.sha256 },
          { key: docB, sha256: 'a hash docB no longer has' },
        ],
        passages: [
          { key: `${docA}#0`, document: docA, embedding: vector },
          { key: `${docB}#1`, document: docB, embedding: null },
        ],
      });
      expect(updated).toEqual([docA]);
      expect(await pending()).not.toContain(docA);
      expect(await store.documentState(docA)).toMatchObject({ embeddingModel: 'test-model' });
      expect(await store.documentState(docB)).toEqual(stateB);
      const [embeddedA] = await store.run(queries.searchPassages, { document: docA });
      expect(embeddedA?.key).toBe(`${docA}#0`);
      expect(Array.from(embeddedA?.embedding ?? [])).toEqual(vector);
      const rows = await store.run(queries.searchPassages, { document: docB });
      expect(rows.every((row) => row.embeddingModel === 'test-model' && row.embedding !== null)).toBe(true);
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
      expect(await store.run(queries.searchPassages, { document: docB })).toEqual([]);
      expect(await store.run(queries.searchMentions, { document: docB })).toEqual([]);
      const after = await store.counts();
      expect(after.documents).toBe(before.documents - 1);
      expect(after.passages).toBe(before.passages - 3);
      // Reference facts survive: UNESCO still facilitates C3 and e-learning, which the matrix links to SDG4.
      expect(await neighbours('UNESCO')).toEqual(expect.arrayContaining(['C3', 'C7:e-learning']));
      expect(await store.run(queries.pathsShortest, { from: 'UNESCO', to: 'SDG4', maxHops: 4, limit: 1 })).toHaveLength(1);
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
      expect(batched.c.map((fact) => fact.type)).toContain('MENTIONS');

      for (const [key, offset] of [[docA, 1], [docC, 0], [docD, 2]] as const) await store.writeDocument(embedded(key, offset));
      expect({ a: await facts(docA), c: await facts(docC), d: await facts(docD), counts: await store.counts() }).toEqual(batched);

      // Several stored documents replaced in one batch (their facts are removed together): none keeps a stale fact.
      await store.writeDocuments([{ extraction: sampleExtraction(docC, 'revised'), embeddings: null }, { extraction: sampleExtraction(docD, 'revised'), embeddings: null }]);
      for (const key of [docC, docD]) {
        expect(await passageCount(key)).toBe(1);
        expect(await factTypes(key)).toEqual(['ADOPTED_AT', 'MENTIONS', 'VERSION_OF']);
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

    it('keeps recent counts without reading the store, counted again after each write and delete', async () => {
      const before = await store.counts();
      expect(store.recentCounts()).toEqual(before);
      await store.writeDocument({ extraction: sampleExtraction(docD), embeddings: null });
      const written = await store.counts();
      expect(written.documents).toBe(before.documents + 1);
      await store.deleteDocument(docD);
      // The write path takes the counts again in the background: the snapshot reaches the store's own counts.
      await expect.poll(() => store.recentCounts()).toEqual(before);
    });
  });
}

interface Fact {
  type: string;
  row: string;
}

/**
 * What a document contributed, read back through the production reads: its mentions and citations, and the
 * mandates, versions, events and partnerships whose evidence is one of its passages (the fixture's entities).
 */
async function documentFacts(store: GraphStore, key: string): Promise<Fact[]> {
  // Aggregating reads gather evidence from every document: keep this document's part only.
  const own = <T extends { evidence: { document: string }[]; evidenceTotal: number }>({ evidence, evidenceTotal: _, ...row }: T) => ({
    ...row,
    evidence: evidence.filter((e) => e.document === key),
  });
  const facts: Fact[] = [];
  const add = (type: string, rows: object[]) => facts.push(...rows.map((row) => ({ type, row: JSON.stringify(row) })));
  add('MENTIONS', await store.run(queries.searchMentions, { document: key }));
  for (const cite of await store.run(queries.documentCites, { key })) add(cite.type, [cite]);
  add('MANDATES', (await store.run(queries.resolutionMandates, { key: 'ITU-PP/140' })).filter((m) => m.document === key));
  const versions = (await store.run(queries.resolutionVersions, { key: 'ITU-PP/140', evidence: 100 })).map(own).filter((v) => v.evidence.length > 0);
  add('VERSION_OF', versions);
  add('ADOPTED_AT', versions.filter((v) => v.event !== null).map((v) => ({ key: v.key, event: v.event })));
  add('ORGANIZES', (await store.run(queries.agencyEvents, { key: 'UNESCO', evidence: 100 })).map(own).filter((e) => e.evidence.length > 0));
  add('PARTNERS_WITH', (await store.run(queries.agencyPartners, { key: 'UNESCO', evidence: 100 })).map(own).filter((p) => p.evidence.length > 0));
  return facts.sort((a, b) => a.type.localeCompare(b.type) || a.row.localeCompare(b.row));
}

/** One run of every registered statement, with parameters the fixture answers: the registry's contract. */
type Samples = { [K in keyof typeof queries]: { params: ParamsOf<(typeof queries)[K]>; minRows: number } } & {
  [K in keyof typeof writes]: ParamsOf<(typeof writes)[K]>;
};

function statementSamples(document: string): Samples {
  const evidence = 3;
  const noRows = { rows: [] };
  const noKeys = { keys: [] };
  const noMentions = { entity: [], passage: [], text: [], start: [], end: [], document: [] };
  return {
    documentState: { params: { key: document }, minRows: 1 },
    documentStateBySha: { params: { sha256: sampleExtraction(document).document.sha256 }, minRows: 1 },
    countDocuments: { params: {}, minRows: 1 },
    countPassages: { params: {}, minRows: 1 },
    countEntities: { params: {}, minRows: 1 },
    countRelationships: { params: {}, minRows: 1 },
    embeddingDimension: { params: {}, minRows: 1 },
    health: { params: {}, minRows: 1 },
    documentByKey: { params: { key: document }, minRows: 1 },
    documentPassages: { params: { key: document }, minRows: 3 },
    documentPassagesPage: { params: { key: document, offset: 1, limit: 2 }, minRows: 2 },
    documentCites: { params: { key: document }, minRows: 1 },
    documentStructure: { params: { key: document }, minRows: 1 },
    documentCitationMentions: { params: { key: document }, minRows: 1 },
    documentMandates: { params: { key: document }, minRows: 1 },
    // The fixture stores no resolution text (test/contract/akn-store.contract.test.ts stores one).
    resolutionTexts: { params: { key: 'ITU-PP/140' }, minRows: 0 },
    passagesByKey: { params: { keys: [`${document}#0`, `${document}#2`] }, minRows: 2 },
    searchPassages: { params: { document }, minRows: 3 },
    searchMentions: { params: { document }, minRows: 5 },
    searchDocumentPassages: { params: { document }, minRows: 3 },
    searchDocumentMentions: { params: { document }, minRows: 5 },
    documentsToEmbed: { params: { model: 'a model no passage was embedded with' }, minRows: 1 },
    passagesOfDocuments: { params: { documents: [document] }, minRows: 3 },
    entitiesByKeys: { params: { keys: ['UNESCO', 'ITU-PP/140'] }, minRows: 2 },
    entityLookup: { params: { q: 'unesco', limit: 5 }, minRows: 1 },
    entityMentionCount: { params: { key: 'UNESCO' }, minRows: 1 },
    entityMentions: { params: { key: 'UNESCO', limit: 10 }, minRows: 1 },
    entityNeighbourCount: { params: { key: 'UNESCO' }, minRows: 1 },
    entityNeighbours: { params: { key: 'UNESCO', limit: 50, evidence }, minRows: 1 },
    pathsShortest: { params: { from: 'UNESCO', to: 'SDG4', maxHops: 4, limit: 5 }, minRows: 1 },
    mandatesAll: { params: {}, minRows: 1 },
    mandatesEvidence: { params: { keys: [mandateKey(document, 0)] }, minRows: 1 },
    resolutionsByKeys: { params: { keys: ['ITU-PP/140'] }, minRows: 1 },
    resolutionVersions: { params: { key: 'ITU-PP/140', evidence }, minRows: 1 },
    resolutionMandates: { params: { key: 'ITU-PP/140' }, minRows: 1 },
    resolutionCitingDocuments: { params: { key: 'ITU-PP/140', evidence, limit: 10 }, minRows: 0 },
    resolutionCitingCount: { params: { key: 'ITU-PP/140' }, minRows: 1 },
    traceComentions: { params: { key: 'UNESCO', evidence, passages: 100 }, minRows: 1 },
    traceRelations: { params: { key: 'UNESCO', evidence }, minRows: 1 },
    traceDocuments: { params: { key: 'UNESCO', evidence, passages: 100 }, minRows: 1 },
    agencyActionLines: { params: { key: 'UNESCO', evidence }, minRows: 1 },
    agencySdgs: { params: { key: 'UNESCO' }, minRows: 1 },
    agencyEvents: { params: { key: 'UNESCO', evidence }, minRows: 1 },
    agencyPartners: { params: { key: 'UNESCO', evidence }, minRows: 1 },
    agencyCoFacilitators: { params: { key: 'UNESCO', evidence }, minRows: 1 },
    // Writes run with parameters that change nothing: each must parse, bind its parameters and return no bad row.
    documentsUpsert: noRows,
    documentFactsDelete: noKeys,
    documentMandatesDelete: noKeys,
    documentPassagesDelete: noKeys,
    documentFactsDeleteBatch: { keys: [], limit: 10 },
    documentPassagesDeleteBatch: { keys: [], limit: 10 },
    documentUnset: { key: `${document}/never-stored` },
    entitiesOrphansDelete: noKeys,
    passagesCreate: noRows,
    passageEmbeddings: noRows,
    mandatesCreate: noRows,
    documentsEmbedded: { ...noRows, model: 'test-model', dimension: 4 },
    passageVectorsSet: { ...noRows, model: 'test-model' },
    versionsUpsert: noRows,
    versionsAdoptedAt: noRows,
    entityResolution: noRows,
    entityResolutionVersion: noRows,
    entityActionLine: noRows,
    entitySdg: noRows,
    entityAgency: noRows,
    entityEvent: noRows,
    entityDocument: noRows,
    entityInitiative: noRows,
    mentionsResolution: noMentions,
    mentionsResolutionVersion: noMentions,
    mentionsActionLine: noMentions,
    mentionsSdg: noMentions,
    mentionsAgency: noMentions,
    mentionsEvent: noMentions,
    mentionsDocument: noMentions,
    mentionsInitiative: noMentions,
    relationFacilitates: noRows,
    relationOrganizes: noRows,
    relationPartnersWith: noRows,
    relationReferences: noRows,
    relationCites: noRows,
    relationLinkedTo: noRows,
    relationSubLineOf: noRows,
    relationPartOf: noRows,
    relationTextOf: noRows,
    referenceActionLines: noRows,
    referenceActionLineParents: noRows,
    referenceSdgs: noRows,
    referenceSdgTargets: noRows,
    referenceAgencies: noRows,
    referenceFacilitators: noRows,
    referenceMatrix: noRows,
    referenceEvents: noRows,
    referenceInitiatives: noRows,
  };
}

for (const adapter of adapters) {
  describe.skipIf(!adapter.available)(`registered statements: ${adapter.name}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    const document = `TEST/${Date.now().toString(36)}/S`;
    const samples = statementSamples(document);

    beforeAll(async () => {
      ({ store, cleanup } = await adapter.open());
      await seedReference(store);
      await store.writeDocument({
        extraction: sampleExtraction(document),
        embeddings: { model: 'test-model', dimension: DIMENSION, vectors: axisVectors(3, DIMENSION) },
      });
    });

    afterAll(async () => {
      await store.deleteDocument(document).catch(() => false);
      await store.close();
      await cleanup();
    });

    const reads = Object.entries(queries).filter(([, statement]) => statement.engines.includes(adapter.name));
    it.each(reads)('read %s', async (name, statement) => {
      const sample = samples[name as keyof typeof queries];
      const rows = await store.run(statement, sample.params as never);
      expect(rows.length).toBeGreaterThanOrEqual(sample.minRows);
    });

    const writeStatements = Object.entries(writes).filter(([, statement]) => statement.engines.includes(adapter.name));
    it.each(writeStatements)('write %s', async (name, statement) => {
      const before = await store.counts();
      const rows = (await store.run(statement, samples[name as keyof typeof writes] as never)) as unknown[];
      // A batched delete reports its count: zero deleted is the "changed nothing" answer there.
      expect(rows.filter((row) => !(row !== null && typeof row === 'object' && 'deleted' in row && row.deleted === 0))).toEqual([]);
      expect(await store.counts()).toEqual(before);
    });
  });
}
