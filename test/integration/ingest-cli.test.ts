import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openGrafeoStore } from '../../src/store/grafeo/grafeo-store.js';
import { startApp, TEST_API_TOKEN } from '../browser/harness.js';
import { runIngest, SEEDS } from './ingest-cli-helpers.js';

const Counts = z.object({ documents: z.number(), passages: z.number(), entities: z.number(), relationships: z.number() });
const JsonLine = z.object({
  run: z.object({
    files: z.number(),
    written: z.number(),
    replaced: z.number(),
    unchanged: z.number(),
    failed: z.number(),
    passages: z.number(),
    entities: z.number(),
    relationships: z.number(),
  }),
  store: Counts.nullable(),
});
const parseLine = (stdout: string) => {
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JsonLine.parse(JSON.parse(lines[0] as string));
};

const temporary: string[] = [];
const tempDir = async (prefix: string) => {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('npm run ingest -- <folder> --json', () => {
  it('writes the five seed documents once; a second run skips all five and changes no count', async () => {
    const dataDir = await tempDir('ingest-cli-');
    // An empty folder: the store then holds the reference facts only, so what the seeds add can be told apart.
    const reference = parseLine((await runIngest([await tempDir('ingest-empty-'), '--json'], dataDir)).stdout).store;

    const first = await runIngest([SEEDS, '--json'], dataDir);
    expect(first.stderr).not.toMatch(/error/);
    expect(first.code).toBe(0);
    const { run, store } = parseLine(first.stdout);
    expect(run).toMatchObject({ files: 5, written: 5, replaced: 0, unchanged: 0, failed: 0 });
    expect(store?.documents).toBe(5);
    // This run's counts are what it wrote: every passage and relationship the store gained.
    expect(run.passages).toBe(store?.passages);
    expect(run.relationships).toBe((store?.relationships ?? 0) - (reference?.relationships ?? 0));
    expect(run.entities).toBeGreaterThan(0);

    const second = parseLine((await runIngest([SEEDS, '--json'], dataDir)).stdout);
    expect(second).toEqual({
      run: { files: 5, written: 0, replaced: 0, unchanged: 5, failed: 0, passages: 0, entities: 0, relationships: 0 },
      store,
    });
  });

  it('reports a bad file on one stderr line, stores the good ones and exits 1', async () => {
    const dataDir = await tempDir('ingest-cli-bad-');
    const input = await tempDir('ingest-input-');
    await mkdir(join(input, 'nested'));
    await copyFile(join(SEEDS, '000_75552c7afefde5dd.txt'), join(input, 'nested', 'good.txt'));
    await writeFile(join(input, 'broken.pdf'), Buffer.from('%PDF-1.7 this is not really a PDF'));
    await writeFile(join(input, 'empty.txt'), '');

    const run = await runIngest([input, '--json'], dataDir);
    expect(run.code).toBe(1);
    const { run: counts, store } = parseLine(run.stdout);
    expect(counts).toMatchObject({ files: 3, written: 1, failed: 2, unchanged: 0 });
    expect(store?.documents).toBe(1);
    const errors = run.stderr.trim().split('\n').filter((line) => line.startsWith('error: '));
    expect(errors).toHaveLength(2);
    expect(errors.some((line) => line.startsWith('error: broken.pdf: '))).toBe(true);
    expect(errors.some((line) => line.startsWith('error: empty.txt: '))).toBe(true);
  });
});

describe('npm run ingest beside a running server', () => {
  it('stops with a message naming the held store and both ways out when another process holds it', async () => {
    const dataDir = await tempDir('ingest-cli-held-');
    const holder = openGrafeoStore(dataDir);
    await holder.init();
    try {
      const run = await runIngest([SEEDS, '--json'], dataDir);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^error: the embedded store .*graph\.grafeo is in use by another process/);
      expect(run.stderr).toContain('npm run ingest -- --server http://127.0.0.1:');
      expect(run.stderr).toContain('stop the server');
    } finally {
      await holder.close();
    }
  });

  it('--server sends the files through the upload route with API_TOKEN and reports the run and the server\'s totals', async () => {
    const app = await startApp({ seeds: false });
    try {
      const input = await tempDir('ingest-server-input-');
      await copyFile(join(SEEDS, '000_75552c7afefde5dd.txt'), join(input, 'good.txt'));
      await writeFile(join(input, 'empty.txt'), '');
      const unused = await tempDir('ingest-server-data-');
      const first = await runIngest(['--server', app.url, input, '--json'], unused, { API_TOKEN: TEST_API_TOKEN });
      expect(first.code).toBe(1);
      expect(first.stderr).toMatch(/^error: empty\.txt: /m);
      const { run, store } = parseLine(first.stdout);
      expect(run).toMatchObject({ files: 2, written: 1, unchanged: 0, failed: 1 });
      expect(store).toEqual(await app.counts());
      expect(run.passages).toBe(store?.passages);

      const again = parseLine((await runIngest(['--server', app.url, join(input, 'good.txt'), '--json'], unused, { API_TOKEN: TEST_API_TOKEN })).stdout);
      expect(again.run).toMatchObject({ files: 1, written: 0, unchanged: 1, passages: 0 });

      const refused = await runIngest(['--server', app.url, input], unused, { API_TOKEN: 'not-the-token-0123456789' });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/^error: the server at http:\/\/127\.0\.0\.1:\d+ refused the upload: wrong API token/);
    } finally {
      await app.close();
    }
  });
});
