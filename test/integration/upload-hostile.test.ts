/**
 * Hostile files through POST /api/documents: each is refused with a 4xx problem+json whose detail names the file
 * and the reason, and the store is exactly as before (same counts, nothing stored under the file's hash).
 * Fixtures: test/fixtures/hostile/ (loaders' make.sh) and test/fixtures/hostile/upload-extra/ (make.py).
 */
import { request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, TEST_API_TOKEN, uploadBytes, type RunningApp } from '../browser/harness.js';
import { expectUploadRefused } from './refusals.js';

const HOSTILE = resolve('test/fixtures/hostile');
/** Small enough to test the size refusal with a small file; every fixture is below it. */
const MAX_FILE_BYTES = 512 * 1024;

interface Case {
  file: string;
  status: number;
  reason: string | RegExp;
}

const CASES: Case[] = [
  { file: 'empty.pdf', status: 422, reason: 'empty file' },
  { file: 'truncated.pdf', status: 422, reason: 'truncated or corrupt PDF' },
  { file: 'corrupt.pdf', status: 422, reason: /^truncated or corrupt PDF/ },
  { file: 'encrypted.pdf', status: 422, reason: 'encrypted PDF: a password is required' },
  { file: 'random.pdf', status: 415, reason: /^not a PDF/ },
  { file: 'image-only.pdf', status: 422, reason: 'PDF has no text layer (scanned images?)' },
  { file: 'not-a-docx.docx', status: 415, reason: 'ZIP archive is not a DOCX (no word/document.xml)' },
  { file: 'bomb.docx', status: 413, reason: 'DOCX expands beyond the 200 MB limit (zip bomb?)' },
  { file: 'deep.docx', status: 422, reason: /^DOCX word\/document\.xml nests elements over \d+ levels deep$/ },
  // Nesting that compresses 600:1 is refused for its nesting, not as a zip bomb it is not.
  { file: 'deep-packed.docx', status: 422, reason: /^DOCX word\/document\.xml nests elements over \d+ levels deep$/ },
  { file: 'empty.docx', status: 422, reason: 'DOCX has no text' },
  { file: 'binary.txt', status: 415, reason: 'binary data, not text' },
  { file: 'unknown.xyz', status: 415, reason: "unsupported file type '.xyz'" },
  { file: 'upload-extra/gzip-stream.docx', status: 415, reason: /^not a DOCX/ },
  { file: 'upload-extra/path-traversal.docx', status: 422, reason: /^corrupt DOCX .*invalid relative path/ },
  { file: 'upload-extra/nul-bytes.txt', status: 415, reason: 'binary data, not text' },
  { file: 'upload-extra/executable.md', status: 415, reason: 'binary data, not text' },
  { file: 'upload-extra/image.pdf', status: 415, reason: /^not a PDF/ },
  { file: 'upload-extra/header-only.pdf', status: 422, reason: 'truncated or corrupt PDF' },
];

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ maxFileBytes: MAX_FILE_BYTES });
});
afterAll(async () => app?.close());

const upload = (bytes: Uint8Array, name: string): Promise<Response> => uploadBytes(app, bytes, name);

/** A hand-written request: fetch cannot send a malformed multipart body. */
function rawPost(contentType: string, body: string): Promise<{ status: number; text: string }> {
  const url = new URL(`${app.url}/api/documents`);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${TEST_API_TOKEN}` } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const expectRefused = (bytes: Uint8Array, name: string, status: number, reason: string | RegExp): Promise<void> =>
  expectUploadRefused(app, bytes, name, status, reason);

describe('hostile uploads are refused with a reason and change nothing', () => {
  it('starts from the sample corpus', async () => {
    expect((await app.counts()).documents).toBeGreaterThanOrEqual(5);
  });

  it.each(CASES)('$file → $status', async ({ file, status, reason }) => {
    const bytes = await readFile(resolve(HOSTILE, file));
    await expectRefused(bytes, file.split('/').pop()!, status, reason);
  });

  it('over the size limit → 413, stopped while streaming', async () => {
    const bytes = Buffer.alloc(MAX_FILE_BYTES + 1, 'WSIS action lines. ');
    await expectRefused(bytes, 'huge.txt', 413, 'file is over the 512 KB limit');
  });

  it('checks the token before reading the body: an oversized upload without a token is a 401, not a 413', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(MAX_FILE_BYTES * 4)]), 'huge.txt');
    const response = await fetch(`${app.url}/api/documents`, { method: 'POST', body: form });
    expect(response.status).toBe(401);
  });

  it('a truncated copy of a real seed PDF → 422', async () => {
    const seed = await readFile(resolve('corpus/pdf/002_4b15772562199ea2.pdf'));
    await expectRefused(seed.subarray(0, Math.floor(seed.length / 2)), 'half-a-seed.pdf', 422, 'truncated or corrupt PDF');
  });

  const BOUNDARY = 'hostile-boundary';
  const part = (filename: string): string =>
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/plain\r\n\r\n` +
    `Broadband commissions report on rural access.\r\n--${BOUNDARY}--\r\n`;
  const MALFORMED: { name: string; contentType: string; body: string; reason: RegExp }[] = [
    { name: 'a NUL in the file name', contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: part('report\u0000.txt'), reason: /Malformed part header/ },
    { name: 'no boundary', contentType: 'multipart/form-data', body: part('report.txt'), reason: /Boundary not found/ },
    { name: 'a truncated body', contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: part('report.txt').slice(0, 90), reason: /Unexpected end of form/ },
  ];

  it.each(MALFORMED)('malformed multipart ($name) → 400 naming what is wrong, nothing stored', async ({ contentType, body, reason }) => {
    const before = await app.counts();
    const { status, text } = await rawPost(contentType, body);
    expect(status).toBe(400);
    const problem = JSON.parse(text) as { status: number; detail: string; field?: string };
    expect(problem.field).toBe('body');
    expect(problem.detail).toMatch(/^body: malformed multipart\/form-data body/);
    expect(problem.detail).toMatch(reason);
    expect(await app.counts()).toEqual(before);
  });

  it('still takes a good file afterwards', async () => {
    const response = await upload(Buffer.from('Mangrove restoration teams log seedling survival with shared tablets.\n'), 'mangroves.txt');
    expect(response.status).toBe(201);
  });
});
