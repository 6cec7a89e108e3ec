/**
 * Uploading, deleting and replacing a document with a very large number of relationships, against the real server
 * (its own process) with /api/health probed every 250 ms throughout. Before the batched deletes, a document of 1.3
 * million relationships blocked health for 54.5 s. Assertions are outcomes: every probe answered, the upload, delete
 * or replacement completes, nothing of the document is left (the store's totals are back to the exact figures before it), and the
 * other documents are untouched. Figures are printed for the README, not asserted.
 *
 * The size is `LARGE_DOCUMENT_PARAGRAPHS` (72 relationships each; default 5,000: 360,000 relationships, past the
 * 300,000 the batches were measured at); the README's 1.3-million case is this file run with 18,000.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_API_TOKEN, uploadBytes } from '../browser/harness.js';
import { probeHealthDuring, type Probes } from './health-probe.js';
import { type ServerProcess, startServerProcess } from './server-process.js';

const PARAGRAPHS = Number(process.env.LARGE_DOCUMENT_PARAGRAPHS ?? 5_000);
/** Each paragraph names 72 entities: Action Lines, SDGs and targets, agencies, events, resolutions. */
const LINKED =
  'the working group links WSIS Action Lines C1, C2, C3, C4, C5, C6, C7, C8, C9, C10 and C11, and C7 e-government, ' +
  'e-business, e-learning, e-health, e-employment, e-environment, e-agriculture and e-science, to SDG 1, SDG 2, SDG 3, ' +
  'SDG 4, SDG 5, SDG 6, SDG 7, SDG 8, SDG 9, SDG 10, SDG 11, SDG 12, SDG 13, SDG 14, SDG 15, SDG 16 and SDG 17, with ' +
  'ITU, UNESCO, UNDP, UNCTAD, UNDESA, FAO, WHO, ILO, UNEP, WMO, UPU, UNHCR, UN Women, UNICEF, ITC, UN-Habitat, UNIDO, ' +
  'WIPO, UNITAR, UNODC, UNFPA, IMO and ICAO, on SDG targets 9.c, 4.4, 5.b, 17.8, 9.1 and 17.6, at the WSIS Forum 2022, ' +
  'WSIS Forum 2023, WSIS Forum 2024, HLPF 2023 and HLPF 2024, under Resolution 140 (Rev. Bucharest, 2022), ' +
  'Resolution 70/125 and ECOSOC resolution E/RES/2023/3.';
/** A word no other document holds, to check search forgets the deleted passages. */
const MARKER = 'quillwortstocktake';

/** A stocktaking report of `paragraphs` paragraphs; with a symbol header its key is the symbol, else `file:…`. */
function linkageReport(paragraphs: number, header: string[] = []): Buffer {
  const body = Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1} of the ${MARKER}: ${LINKED}`);
  return Buffer.from([...header, '', ...body].join('\n\n'));
}
const SYMBOL_HEADER = ['Council 2024', 'Document C24/901-E', '2024-05-15', 'Stocktaking of the linkages between Action Lines and SDGs'];

interface Outcome {
  key: string;
  status: string;
  passages: number;
  relationships: number;
  totals: { documents: number; passages: number; entities: number; relationships: number };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const report = (what: string, ms: number, probes: Probes): string =>
  `${what} in ${seconds(ms)}; health ${probes.answered} probes answered, ${probes.failed} failed, worst ${Math.round(probes.worstMs)} ms, client loop held ≤ ${Math.round(probes.loopBlockedMs)} ms${probes.failures.length > 0 ? ` (failed: ${[...new Set(probes.failures)].join('; ')})` : ''}`;

let app: ServerProcess;
let emptyModels: string;
const others: { key: string; bytes: Buffer; name: string; passages: number }[] = [];
/** The store's totals with only the other documents in it. */
let baseline: Outcome['totals'];

const upload = async (bytes: Buffer, name: string): Promise<{ response: Response; body: Outcome }> => {
  const response = await uploadBytes(app, bytes, name);
  return { response, body: (await response.json()) as Outcome };
};
const passageTotal = async (key: string): Promise<number | null> => {
  const response = await fetch(`${app.url}/api/documents/${encodeURIComponent(key)}?limit=1`);
  if (response.status === 404) return null;
  return ((await response.json()) as { passagePage: { total: number } }).passagePage.total;
};
const searchDocuments = async (q: string): Promise<string[]> =>
  ((await (await fetch(`${app.url}/api/search?q=${encodeURIComponent(q)}&k=20`)).json()) as { results: { document: string }[] }).results.map((hit) => hit.document);

/** Re-uploading an unchanged file writes nothing and answers with the store's totals as they are now. */
async function currentTotals(): Promise<Outcome['totals']> {
  const [first] = others;
  const { body } = await upload(first!.bytes, first!.name);
  expect(body.status).toBe('unchanged');
  return body.totals;
}

async function expectOthersIntact(): Promise<void> {
  for (const other of others) expect(await passageTotal(other.key)).toBe(other.passages);
}

beforeAll(async () => {
  // Lexical only: the test is about the store's deletes, not about embedding thousands of passages first.
  emptyModels = await mkdtemp(join(tmpdir(), 'no-models-'));
  app = await startServerProcess({ API_TOKEN: TEST_API_TOKEN, MODELS_DIR: emptyModels, EMBEDDING_MODEL: 'local/none', MAX_FILE_BYTES: String(50 * 1024 * 1024) });
  for (const name of ['000_75552c7afefde5dd.txt', '002_4b15772562199ea2.txt']) {
    const bytes = await readFile(resolve('corpus/txt', name));
    const { response, body } = await upload(bytes, name);
    expect(response.status, app.log()).toBe(201);
    others.push({ key: body.key, bytes, name, passages: body.passages });
    baseline = body.totals;
  }
}, 120_000);
afterAll(async () => {
  await app?.stop();
  if (emptyModels) await rm(emptyModels, { recursive: true, force: true });
});

describe(`a document of ${PARAGRAPHS.toLocaleString('en')} paragraphs (${(PARAGRAPHS * 72).toLocaleString('en')} relationships)`, () => {
  it('is deleted whole while health answers every probe; the other documents stay', async () => {
    const bytes = linkageReport(PARAGRAPHS);
    let started = performance.now();
    const stored = await probeHealthDuring(app.url, upload(bytes, 'linkages.txt'));
    const { key, relationships, passages } = stored.result.body;
    expect(stored.result.response.status, app.log()).toBe(201);
    console.log(report(`upload: ${relationships.toLocaleString('en')} relationships, ${passages.toLocaleString('en')} passages, stored`, performance.now() - started, stored.probes));
    expect(relationships).toBeGreaterThanOrEqual(PARAGRAPHS * 72);
    expect(stored.probes.failures).toEqual([]);

    started = performance.now();
    const { result: deleted, probes } = await probeHealthDuring(
      app.url,
      fetch(`${app.url}/api/documents/${encodeURIComponent(key)}`, { method: 'DELETE', headers: { authorization: `Bearer ${TEST_API_TOKEN}` } }),
    );
    console.log(report(`delete: ${relationships.toLocaleString('en')} relationships, HTTP ${deleted.status}`, performance.now() - started, probes));
    expect(deleted.status, app.log()).toBe(200);
    expect(probes.failures).toEqual([]);

    expect(await passageTotal(key)).toBeNull();
    expect(await searchDocuments(MARKER)).not.toContain(key);
    expect(await currentTotals()).toEqual(baseline);
    await expectOthersIntact();
  }, 600_000);

  it('is replaced by a short re-upload while health answers every probe; nothing of the long version stays', async () => {
    const long = await upload(linkageReport(PARAGRAPHS, SYMBOL_HEADER), 'linkages-C24-901.txt');
    expect(long.response.status, app.log()).toBe(201);
    const { key, relationships } = long.body;

    const started = performance.now();
    const { result: short, probes } = await probeHealthDuring(app.url, upload(linkageReport(2, SYMBOL_HEADER), 'linkages-C24-901-rev1.txt'));
    console.log(report(`replace: ${relationships.toLocaleString('en')} relationships by ${short.body.relationships}, HTTP ${short.response.status} ${short.body.status}`, performance.now() - started, probes));
    expect(short.response.status, app.log()).toBe(201);
    expect(short.body).toMatchObject({ key, status: 'replaced' });
    expect(short.body.passages).toBeLessThan(long.body.passages);
    expect(probes.failures).toEqual([]);

    expect(await passageTotal(key)).toBe(short.body.passages);
    expect(short.body.totals).toMatchObject({
      documents: baseline.documents + 1,
      passages: baseline.passages + short.body.passages,
      relationships: baseline.relationships + short.body.relationships,
    });
    await expectOthersIntact();
  }, 600_000);
});
