/**
 * What the Akoma Ntoso export reads back from each engine: the resolution structure stored with a document at write
 * time, found by the resolution (and version) it is, with the document's citation mentions and mandates.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ResolutionStructureSchema } from '../../src/domain/resolution-structure.js';
import { createStore } from '../../src/store/index.js';
import type { GraphStore } from '../../src/store/port.js';
import { queries } from '../../src/store/queries/index.js';
import { STRUCTURE } from '../fixtures/akn/resolution-146.js';
import { sampleExtraction } from './extraction-fixture.js';

const engines = [
  { name: 'grafeo', available: true, env: async () => ({ DATA_DIR: await mkdtemp(join(tmpdir(), 'akn-store-')) }) },
  { name: 'neo4j', available: Boolean(process.env.NEO4J_URI), env: async () => process.env },
];

for (const engine of engines) {
  describe.skipIf(!engine.available)(`AKN export reads: ${engine.name}`, () => {
    let store: GraphStore;
    let dataDir: string | undefined;
    const key = `TEST/${Date.now().toString(36)}/AKN`;
    const version = `TEST-PP/${Date.now().toString(36)}@2018`;
    const resolution = version.replace(/@.*$/, '');
    const structure = { ...STRUCTURE, identity: { ...STRUCTURE.identity, resolution, version } };

    beforeAll(async () => {
      const env = await engine.env();
      dataDir = 'DATA_DIR' in env ? String(env.DATA_DIR) : undefined;
      store = await createStore(loadConfig(env));
      await store.init();
      await store.writeDocument({ extraction: { ...sampleExtraction(key), structure }, embeddings: null });
    });
    afterAll(async () => {
      await store?.deleteDocument(key);
      await store?.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    it('stores the structure on the document and finds the text by resolution and version', async () => {
      const [row] = await store.run(queries.documentStructure, { key });
      expect(ResolutionStructureSchema.parse(JSON.parse(String(row?.structure)))).toEqual(structure);
      expect(await store.run(queries.resolutionTexts, { key: resolution })).toEqual([{ key, version, year: sampleExtraction(key).document.year }]);
      expect(await store.run(queries.resolutionTexts, { key: 'TEST-PP/none' })).toEqual([]);
    });

    it("reads the document's citation mentions and mandates with their offsets", async () => {
      const mentions = await store.run(queries.documentCitationMentions, { key });
      expect(mentions).toContainEqual({ passage: 0, start: expect.any(Number), end: expect.any(Number), text: 'Resolution 140', resolution: 'ITU-PP/140', year: null });
      const mandates = await store.run(queries.documentMandates, { key });
      expect(mandates.length).toBe(sampleExtraction(key).mandates.length);
      expect(mandates[0]).toMatchObject({ passage: `${key}#${sampleExtraction(key).mandates[0]?.passage}` });
    });
  });
}
