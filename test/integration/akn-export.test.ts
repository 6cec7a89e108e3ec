/**
 * Akoma Ntoso out of the graph, over HTTP: the 47 PP-18 resolutions ingested as text are each exported as AKN4UN,
 * valid against the OASIS schema (xmllint), with every operative paragraph the structure holds and every citation
 * the graph read. Reads ../shared (skipped without it) and needs xmllint for the schema check (skipped without it).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/pipeline.js';
import { type ResolutionStructure, ResolutionStructureSchema } from '../../src/domain/resolution-structure.js';
import { queries } from '../../src/store/queries/index.js';
import { startApp, type RunningApp } from '../browser/harness.js';
import { storedResolutionTexts } from '../fixtures/akn/resolution-documents.js';
import { CAN_VALIDATE, NO_VALIDATION_REASON, schemaErrors } from '../fixtures/akn/xmllint.js';
import { countCitations, countParagraphs, countStructureParagraphs, distinctCitations } from '../fixtures/akn/counts.js';

const TEXTS = resolve('../shared/corpus/itu-pp18');

describe.skipIf(!existsSync(TEXTS))(`resolutions ingested as text, exported as AKN${existsSync(TEXTS) ? '' : ' (skipped: ../shared/corpus absent)'}`, () => {
  let app: RunningApp;
  const exports = new Map<string, { xml: string; structure: ResolutionStructure; citations: number; mandates: string[] }>();

  beforeAll(async () => {
    app = await startApp({ seeds: false });
    await ingestPaths([TEXTS], { store: app.store, embedder: null, limits: {} });
    for (const { key } of await storedResolutionTexts(app.store)) {
      const [row] = await app.store.run(queries.documentStructure, { key });
      const structure = ResolutionStructureSchema.parse(JSON.parse(String(row?.structure)));
      const response = await fetch(`${app.url}/api/documents/${encodeURIComponent(key)}?format=akn`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/akn+xml; charset=utf-8');
      const mentions = await app.store.run(queries.documentCitationMentions, { key });
      const passages = await app.store.run(queries.documentPassages, { key });
      const mandates = (await app.store.run(queries.documentMandates, { key })).map((m) => m.key);
      exports.set(key, { xml: await response.text(), structure, citations: distinctCitations(mentions, passages, structure), mandates });
    }
  }, 120_000);
  afterAll(async () => app?.close());

  it('exports all 47 resolutions', () => {
    expect(exports.size).toBe(47);
  });

  it.skipIf(!CAN_VALIDATE)(`every export validates against akomantoso30.xsd${CAN_VALIDATE ? '' : ` (skipped: ${NO_VALIDATION_REASON})`}`, () => {
    expect(schemaErrors(new Map([...exports].map(([key, { xml }]) => [key, xml])))).toEqual([]);
  });

  it('keeps every operative paragraph and sub-item of the stored structure, and every citation the graph read', () => {
    let paragraphs = 0;
    let citations = 0;
    for (const [key, { xml, structure, citations: expected }] of exports) {
      expect([key, countParagraphs(xml)]).toEqual([key, countStructureParagraphs(structure)]);
      expect([key, countCitations(xml)]).toEqual([key, expected]);
      paragraphs += countParagraphs(xml);
      citations += expected;
    }
    expect(paragraphs).toBeGreaterThan(800);
    expect(citations).toBeGreaterThan(300);
  });

  it("finds every mandate's paragraph (or recital) by eId: the element refers to the mandate's concept", () => {
    let mandates = 0;
    for (const [key, { xml, mandates: keys }] of exports) {
      const unplaced = keys.filter((mandate) => {
        const concept = new RegExp(`<TLCConcept eId="([^"]+)" href="/ontology/mandates/${escapeRegExp(encodeURIComponent(mandate))}"`).exec(xml)?.[1];
        return concept === undefined || !new RegExp(`<(?:paragraph|point|recital) eId="[^"]+" refersTo="[^"]*#${concept}\\b`).test(xml);
      });
      expect([key, unplaced]).toEqual([key, []]);
      mandates += keys.length;
    }
    expect(mandates).toBeGreaterThan(800);
  });

  it('names a resolution, or one version of it, by key; JSON stays the default representation', async () => {
    const byQuery = await fetch(`${app.url}/api/resolutions/ITU-PP/140?format=akn`);
    expect(byQuery.status).toBe(200);
    const xml = await byQuery.text();
    expect(xml).toContain('<FRBRuri value="/akn/un/statement/deliberation/itu-pp/2018-11-15/res-140"/>');
    const byVersion = await fetch(`${app.url}/api/resolutions/ITU-PP%2F140%402018`, { headers: { accept: 'application/akn+xml' } });
    expect(byVersion.headers.get('content-type')).toBe('application/akn+xml; charset=utf-8');
    expect(await byVersion.text()).toBe(xml);
    const missing = await fetch(`${app.url}/api/resolutions/ITU-PP/140@2014?format=akn`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { detail: string }).detail).toBe('resolution text not found: ITU-PP/140@2014 (did you mean ITU-PP/140@2018?)');
    const json = await fetch(`${app.url}/api/resolutions/ITU-PP/140`);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
