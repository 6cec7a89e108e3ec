import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runIngest, SEEDS } from './ingest-cli-helpers.js';

const JsonLine = z.object({
  documents: z.number(),
  passages: z.number(),
  entities: z.number(),
  relationships: z.number(),
  skipped: z.number(),
  failed: z.number(),
});

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
    const first = await runIngest([SEEDS, '--json'], dataDir);
    expect(first.stderr).not.toMatch(/error/);
    expect(first.code).toBe(0);
    const firstLines = first.stdout.trim().split('\n');
    expect(firstLines).toHaveLength(1);
    const firstTotals = JsonLine.parse(JSON.parse(firstLines[0] as string));
    expect(firstTotals).toMatchObject({ documents: 5, skipped: 0, failed: 0 });
    expect(firstTotals.passages).toBeGreaterThan(5);
    expect(firstTotals.entities).toBeGreaterThan(0);
    expect(firstTotals.relationships).toBeGreaterThan(firstTotals.passages);

    const second = await runIngest([SEEDS, '--json'], dataDir);
    expect(second.code).toBe(0);
    const secondTotals = JsonLine.parse(JSON.parse(second.stdout.trim()));
    expect(secondTotals).toEqual({ ...firstTotals, skipped: 5, failed: 0 });
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
    const totals = JsonLine.parse(JSON.parse(run.stdout.trim()));
    expect(totals).toMatchObject({ documents: 1, failed: 2, skipped: 0 });
    const errors = run.stderr.trim().split('\n').filter((line) => line.startsWith('error: '));
    expect(errors).toHaveLength(2);
    expect(errors.some((line) => line.startsWith('error: broken.pdf: '))).toBe(true);
    expect(errors.some((line) => line.startsWith('error: empty.txt: '))).toBe(true);
  });
});
