/** The write path through HTTP: token checks, upload of each format, re-upload, delete, request-shape refusals. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, TEST_API_TOKEN, type RunningApp } from '../browser/harness.js';

const DOCX = resolve('test/browser/fixtures/field-visit-report.docx');
const auth = (token = TEST_API_TOKEN) => ({ authorization: `Bearer ${token}` });

function uploadForm(bytes: Buffer, name: string, field = 'file'): FormData {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(bytes)]), name);
  return form;
}

async function problemOf(response: Response): Promise<{ status: number; detail: string }> {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as { status: number; detail: string };
}

describe('upload and delete with a token', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  const post = (body: FormData, headers: Record<string, string> = auth()) =>
    fetch(`${app.url}/api/documents`, { method: 'POST', body, headers });
  const search = async (q: string) =>
    ((await (await fetch(`${app.url}/api/search?q=${encodeURIComponent(q)}&k=5`)).json()) as { results: { text: string; source: string }[] }).results;

  it('refuses writes without a token or with a wrong one (401), reading no body', async () => {
    const missing = await post(uploadForm(await readFile(DOCX), 'a.docx'), {});
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await problemOf(missing)).detail).toMatch(/missing API token/);
    const wrong = await post(uploadForm(await readFile(DOCX), 'a.docx'), auth('x'.repeat(40)));
    expect(wrong.status).toBe(401);
    expect((await problemOf(wrong)).detail).toMatch(/wrong API token/);
    const deletion = await fetch(`${app.url}/api/documents/anything`, { method: 'DELETE', headers: auth('nope') });
    expect(deletion.status).toBe(401);
  });

  it('uploads a DOCX, finds it by search, keeps a re-upload idempotent, and deletes it back to the exact previous counts', async () => {
    const before = await app.counts();
    const bytes = await readFile(DOCX);
    const created = await post(uploadForm(bytes, 'field-visit-report.docx'));
    expect(created.status).toBe(201);
    const stored = (await created.json()) as { key: string; source: string; status: string; passages: number; entities: number; totals: { documents: number } };
    expect(stored.key).toMatch(/^file:[0-9a-f]{12}$/);
    expect(stored).toMatchObject({ source: 'field-visit-report.docx', status: 'written' });
    expect(stored.passages).toBeGreaterThan(0);
    expect(stored.totals.documents).toBe(before.documents + 1);

    const hits = await search('solar powered community networks mountain villages');
    expect(hits[0]?.source).toBe('field-visit-report.docx');
    expect(hits[0]?.text).toContain('forty-two mountain villages');

    const afterUpload = await app.counts();
    const again = await post(uploadForm(bytes, 'field-visit-report.docx'));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { status: string }).status).toBe('unchanged');
    expect(await app.counts()).toEqual(afterUpload);

    const deleted = await fetch(`${app.url}/api/documents/${encodeURIComponent(stored.key)}`, { method: 'DELETE', headers: auth() });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ key: stored.key, deleted: true });
    expect(await app.counts()).toEqual(before);
    expect((await search('solar powered community networks mountain villages')).map((hit) => hit.source)).not.toContain('field-visit-report.docx');

    const missing = await fetch(`${app.url}/api/documents/${encodeURIComponent(stored.key)}`, { method: 'DELETE', headers: auth() });
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).detail).toContain(stored.key);
  });

  it('concurrent uploads of the same bytes: one is written, the others are unchanged and name the stored file', async () => {
    const bytes = Buffer.from('The reef survey team logs coral bleaching with underwater drones every spring.\n');
    const responses = await Promise.all(['reef-a.txt', 'reef-b.txt', 'reef-c.txt'].map((name) => post(uploadForm(bytes, name))));
    const outcomes = (await Promise.all(responses.map((response) => response.json()))) as { status: string; source: string }[];
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 201]);
    const written = outcomes.filter((outcome) => outcome.status === 'written');
    expect(written).toHaveLength(1);
    for (const outcome of outcomes) expect(outcome.source).toBe(written[0]?.source);
  });

  it('lists the passages of a document a page at a time', async () => {
    const text = Array.from({ length: 12 }, (_, i) => `Section ${i + 1}\n\nThe tidal pilot ${i} reports its output to the coastal board${i % 2 ? ' every month' : ''}.`).join('\n\n');
    const { key } = (await (await post(uploadForm(Buffer.from(text), 'tidal.txt'))).json()) as { key: string };
    const page = (await (await fetch(`${app.url}/api/documents/${encodeURIComponent(key)}?offset=5&limit=4`)).json()) as {
      passages: { ordinal: number }[];
      passagePage: { offset: number; limit: number; total: number };
    };
    expect(page.passages.map((passage) => passage.ordinal)).toEqual([5, 6, 7, 8]);
    expect(page.passagePage).toEqual({ offset: 5, limit: 4, total: 12 });
    const tooMany = await fetch(`${app.url}/api/documents/${encodeURIComponent(key)}?limit=100000`);
    expect(tooMany.status).toBe(400);
  });

  it('does not serve source maps', async () => {
    expect((await fetch(`${app.url}/app.js.map`)).status).toBe(404);
    expect((await fetch(`${app.url}/api/docs/swagger-ui-bundle.js.map`)).status).toBe(404);
  });

  it('reads the type from the content: Markdown, plain text without an extension, and no text posing as a PDF', async () => {
    const markdown = Buffer.from('# Kelp farm monitoring\n\nUnderwater *sensor buoys* report kelp growth to the cooperative every hour.\n');
    const md = await post(uploadForm(markdown, 'kelp.md'));
    expect(md.status).toBe(201);
    const text = Buffer.from('The glacier observatory shares meltwater readings with downstream farmers by SMS.\n');
    const txt = await post(uploadForm(text, 'observatory-notes'));
    expect(txt.status).toBe(201);
    expect((await search('glacier observatory meltwater readings'))[0]?.source).toBe('observatory-notes');
    const posing = await post(uploadForm(text, 'observatory.pdf'));
    expect(posing.status).toBe(415);
    expect((await problemOf(posing)).detail).toBe('observatory.pdf: not a PDF (no %PDF- header)');

    // A real DOCX under a .pdf name is read as what its bytes are.
    const docx = await post(uploadForm(await readFile(DOCX), 'misnamed.pdf'));
    expect(docx.status).toBe(201);
    const { key } = (await docx.json()) as { key: string };
    const stored = (await (await fetch(`${app.url}/api/documents/${encodeURIComponent(key)}`)).json()) as { document: { format: string } };
    expect(stored.document.format).toBe('docx');
  });

  it('refuses a request without the file field, with two files, or with another field name (400 naming the field)', async () => {
    const none = new FormData();
    none.append('note', 'no file here');
    const noFile = await post(none);
    expect(noFile.status).toBe(400);
    expect(await problemOf(noFile)).toMatchObject({ field: 'file' });

    const two = uploadForm(Buffer.from('one'), 'a.txt');
    two.append('file', new Blob([new TextEncoder().encode('two')]), 'b.txt');
    const twoFiles = await post(two);
    expect(twoFiles.status).toBe(400);
    expect((await problemOf(twoFiles)).detail).toMatch(/one file/);

    const renamed = await post(uploadForm(Buffer.from('text'), 'a.txt', 'document'));
    expect(renamed.status).toBe(400);
    expect((await problemOf(renamed)).detail).toMatch(/field "file"/);
  });

  it('keeps a UTF-8 file name as sent', async () => {
    const response = await post(uploadForm(Buffer.from('Fishers in the delta share tide tables over community radio.\n'), 'Genève – notes.txt'));
    expect(response.status).toBe(201);
    expect(((await response.json()) as { source: string }).source).toBe('Genève – notes.txt');
  });

  it('stores only the base name of the uploaded file', async () => {
    const response = await post(uploadForm(Buffer.from('Seagrass meadows store blue carbon along the lagoon shore.\n'), '../../etc/seagrass.txt'));
    expect(response.status).toBe(201);
    expect(((await response.json()) as { source: string }).source).toBe('seagrass.txt');
  });
});

describe('writes without a configured API_TOKEN', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ apiToken: null, seeds: false });
  });
  afterAll(async () => app?.close());

  it('refuses upload and delete with 403 "writes are disabled"', async () => {
    const upload = await fetch(`${app.url}/api/documents`, { method: 'POST', body: uploadForm(Buffer.from('text'), 'a.txt'), headers: auth() });
    expect(upload.status).toBe(403);
    expect((await problemOf(upload)).detail).toBe('writes are disabled: no API_TOKEN configured');
    const deletion = await fetch(`${app.url}/api/documents/x`, { method: 'DELETE', headers: auth() });
    expect(deletion.status).toBe(403);
    expect((await app.counts()).documents).toBe(0);
  });
});
