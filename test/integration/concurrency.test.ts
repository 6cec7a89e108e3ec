/** Reads and writes at once: 50 concurrent searches while uploads (and then a delete) are in flight. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, TEST_API_TOKEN, type RunningApp } from '../browser/harness.js';

const QUERIES = [
  'Which resolution tells the Secretary-General to keep the WSIS roadmaps up to date?',
  'WSIS Forum co-organizers',
  'stocktaking repository projects',
  'WSIS+20 high-level event 2025',
  'sole facilitator action lines',
  'solar powered community networks mountain villages',
  'lighthouse keepers radio relay archipelago',
];

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

const auth = { authorization: `Bearer ${TEST_API_TOKEN}` };

function upload(bytes: Uint8Array, name: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${app.url}/api/documents`, { method: 'POST', body: form, headers: auth });
}

async function search(q: string): Promise<{ text: string; source: string }[]> {
  const response = await fetch(`${app.url}/api/search?q=${encodeURIComponent(q)}&k=5`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { results: { text: string; source: string }[] };
  expect(Array.isArray(body.results)).toBe(true);
  return body.results;
}

const fiftySearches = () => Promise.all(Array.from({ length: 50 }, (_, index) => search(QUERIES[index % QUERIES.length]!)));

describe('concurrent searches and writes', () => {
  it('answers 50 searches while two uploads are in flight, and loses neither write', async () => {
    const before = await app.counts();
    const docx = await readFile(resolve('test/browser/fixtures/field-visit-report.docx'));
    const text = Buffer.from('Lighthouse keepers relay storm warnings by radio across the archipelago every evening.\n');

    const [first, second, searches] = await Promise.all([upload(docx, 'field-visit-report.docx'), upload(text, 'lighthouses.txt'), fiftySearches()]);

    expect(searches).toHaveLength(50);
    expect([first.status, second.status]).toEqual([201, 201]);
    const stored = [(await first.json()) as { key: string; passages: number }, (await second.json()) as { key: string; passages: number }];
    const after = await app.counts();
    expect(after.documents).toBe(before.documents + 2);
    expect(after.passages).toBe(before.passages + stored[0]!.passages + stored[1]!.passages);
    expect((await search('solar powered community networks mountain villages'))[0]?.source).toBe('field-visit-report.docx');
    expect((await search('lighthouse keepers radio relay archipelago'))[0]?.source).toBe('lighthouses.txt');
  });

  it('answers 50 searches while a delete is in flight, and the delete holds', async () => {
    const before = await app.counts();
    const response = await upload(Buffer.from('Beekeeping cooperatives track hive health with shared soil moisture sensors.\n'), 'hives.txt');
    const { key, passages } = (await response.json()) as { key: string; passages: number };

    const [deleted] = await Promise.all([
      fetch(`${app.url}/api/documents/${encodeURIComponent(key)}`, { method: 'DELETE', headers: auth }),
      fiftySearches(),
    ]);

    expect(deleted.status).toBe(200);
    expect(passages).toBeGreaterThan(0);
    expect(await app.counts()).toEqual(before);
    expect((await search('beekeeping cooperatives hive health')).map((hit) => hit.source)).not.toContain('hives.txt');
  });
});
