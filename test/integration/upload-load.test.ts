/**
 * Heavy and hostile uploads against the real server (its own process, as `npm start` runs it), with /api/health probed every 250 ms throughout: the API keeps
 * answering while a file is parsed and extracted (in the isolated pool), and each upload ends stored or refused with
 * its reason. Then PDF compression bombs: refused while the server's memory stays bounded, and a valid PDF sent
 * behind two of them is stored. The heavy cases of the suite live in this one file, each bounded by its test timeout.
 *
 * Assertions are about outcomes (every probe answered, each upload answered with a reason, RSS bounded); latency
 * figures are printed for the README, not asserted, except a freeze bound far above this machine's noise.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuffer } from '../../ingest/loaders/index.js';
import { formatBytes } from '../../ingest/loaders/limits.js';
import { CHILD_RSS_LIMIT_BYTES } from '../../ingest/isolation/pool.js';
import { TEST_API_TOKEN } from '../browser/harness.js';
import { writePdfBomb } from '../fixtures/hostile/pdf-bomb.js';
import { FROZEN_MS, probeHealthDuring } from './health-probe.js';
import { type ServerProcess, startServerProcess } from './server-process.js';

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const BOMB_INFLATED_BYTES = 2 * 1024 ** 3;
const MEMORY_CEILING_BYTES = 1.5 * 1024 ** 3;

let app: ServerProcess;
let scratch: string;
beforeAll(async () => {
  app = await startServerProcess({ API_TOKEN: TEST_API_TOKEN, MAX_FILE_BYTES: String(MAX_FILE_BYTES) });
  scratch = await mkdtemp(join(tmpdir(), 'upload-load-'));
});
afterAll(async () => {
  await app?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function uploadForm(bytes: Uint8Array, name: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return form;
}

function upload(bytes: Uint8Array | FormData, name: string): Promise<Response> {
  const form = bytes instanceof FormData ? bytes : uploadForm(bytes, name);
  return fetch(`${app.url}/api/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TEST_API_TOKEN}` } });
}

/** Paragraphs of prose repeated up to `bytes`: a large text as a careless user would send one. */
async function proseOfSize(bytes: number): Promise<Buffer> {
  const seed = await readFile(resolve('corpus/txt/000_75552c7afefde5dd.txt'));
  const out = Buffer.alloc(bytes);
  for (let at = 0; at < bytes; at += seed.length) seed.copy(out, at, 0, Math.min(seed.length, bytes - at));
  return out;
}

const HEAVY: { name: string; make(): Promise<Buffer> }[] = [
  { name: 'revisions.txt', make: async () => Buffer.from('Resolution 1 (Rev. '.repeat(Math.ceil((380 * 1024) / 19))) },
  { name: 'one-line.txt', make: async () => Buffer.from('The Council resolves to strengthen cooperation on action lines.\n'.repeat(Math.ceil((20 * 1024 * 1024) / 64))) },
  { name: 'at-the-limit.txt', make: () => proseOfSize(MAX_FILE_BYTES) },
];

describe('the API keeps answering during heavy uploads', () => {
  it.each(HEAVY)('$name: every health probe answered; the upload is stored or refused with its reason', async ({ name, make }) => {
    const bytes = await make();
    const form = uploadForm(bytes, name);
    const { result: response, probes } = await probeHealthDuring(app.url, upload(form, name));
    const body = (await response.json()) as { status: string | number; detail?: string; passages?: number };
    console.log(`${name} (${(bytes.length / 1024 / 1024).toFixed(1)} MB): HTTP ${response.status} ${body.detail ?? `${body.status}, ${body.passages} passages`}; health ${probes.answered} probes, worst ${Math.round(probes.worstMs)} ms, event loop held ≤ ${Math.round(probes.loopBlockedMs)} ms`);
    expect(response.status, app.log()).toBeLessThan(500);
    expect(probes.failures).toEqual([]);
    expect(probes.worstMs).toBeLessThan(FROZEN_MS);
    if (response.status >= 400) expect(body.detail).toMatch(new RegExp(`^${name}: \\S`));
    else expect(response.status).toBe(201);
  }, 150_000);
});

describe('PDF compression bombs', () => {
  let bomb: Buffer;
  beforeAll(async () => {
    const path = join(scratch, 'bomb.pdf');
    await writePdfBomb(path, BOMB_INFLATED_BYTES);
    bomb = await readFile(path);
  }, 120_000);

  it('two bombs are refused with the reason, memory stays bounded, and a valid PDF sent behind them is stored', async () => {
    const valid = await readFile(resolve('corpus/pdf/001_77b5b021543c61a7.pdf'));
    let serverPeak = 0;
    let poolPeak = 0;
    const sampler = setInterval(() => {
      const { server, children } = app.residentBytes();
      serverPeak = Math.max(serverPeak, server);
      poolPeak = Math.max(poolPeak, children);
    }, 50);
    try {
      const sent = performance.now();
      let validMs = 0;
      const validUpload = upload(valid, 'valid.pdf').finally(() => (validMs = performance.now() - sent));
      const { result, probes } = await probeHealthDuring(app.url, Promise.all([upload(bomb, 'bomb-1.pdf'), upload(bomb, 'bomb-2.pdf'), validUpload]));
      const bodies = (await Promise.all(result.map((response) => response.json()))) as { detail?: string; status: string | number }[];
      console.log(
        `bombs: ${result.map((r) => r.status).join(', ')}; valid PDF answered after ${Math.round(validMs)} ms; server RSS peak ${Math.round(serverPeak / 2 ** 20)} MB, pool ${Math.round(poolPeak / 2 ** 20)} MB; health ${probes.answered} probes, worst ${Math.round(probes.worstMs)} ms, event loop held ≤ ${Math.round(probes.loopBlockedMs)} ms`,
      );
      expect(result.map((response) => response.status)).toEqual([413, 413, 201]);
      expect(bodies[0]?.detail).toBe('bomb-1.pdf: PDF streams expand beyond the 200 MB limit (compression bomb?)');
      expect(probes.failures).toEqual([]);
      expect(serverPeak).toBeGreaterThan(0);
      expect(serverPeak).toBeLessThan(MEMORY_CEILING_BYTES);
    } finally {
      clearInterval(sampler);
    }
  }, 120_000);

  it('a bomb the stream check lets through is killed by the memory watchdog, not left to grow', async () => {
    // Past a decoded-size limit this large, only the isolated process's resident-memory watchdog stands in the way.
    const limits = { maxUncompressedBytes: 16 * 1024 ** 3 };
    await expect(loadBuffer(bomb, 'unchecked-bomb.pdf', limits)).rejects.toMatchObject({
      reason: `parse ran out of memory (limit ${formatBytes(CHILD_RSS_LIMIT_BYTES)})`,
    });
    expect(process.memoryUsage().rss).toBeLessThan(MEMORY_CEILING_BYTES);
    // The pool replaced the killed process: the next file parses.
    const valid = await loadBuffer(await readFile(resolve('corpus/pdf/001_77b5b021543c61a7.pdf')), 'after.pdf');
    expect(valid.blocks.length).toBeGreaterThan(0);
  }, 120_000);
});
