import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LoadedDocumentSchema } from '../../src/domain/document.js';
import { loadFile } from '../../ingest/loaders/index.js';

const corpus = (path: string): string => new URL(`../../corpus/${path}`, import.meta.url).pathname;
const seeds = readdirSync(corpus('txt')).map((file) => file.replace(/\.txt$/, ''));
const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

async function blockTexts(path: string): Promise<string[]> {
  const document = LoadedDocumentSchema.parse(await loadFile(path));
  return document.blocks.map((block) => normalize(block.text));
}

/** Share of the txt blocks that the other format yields with identical text. */
async function parity(seed: string, format: 'docx' | 'pdf'): Promise<number> {
  const reference = await blockTexts(corpus(`txt/${seed}.txt`));
  const other = new Set(await blockTexts(corpus(`${format}/${seed}.${format}`)));
  return reference.filter((text) => other.has(text)).length / reference.length;
}

// The extraction bar reads passages from whichever format was ingested, so the three must agree.
describe('the seed documents load alike from TXT, DOCX and PDF', () => {
  it.each(seeds)('%s: DOCX blocks match the TXT blocks', async (seed) => {
    expect(await parity(seed, 'docx')).toBe(1);
  });

  // PDF paragraph ends are inferred from estimated line widths, so a little slack is allowed per
  // document (all 120 TXT blocks of the seeds are found today).
  it.each(seeds)('%s: PDF blocks match the TXT blocks', async (seed) => {
    expect(await parity(seed, 'pdf')).toBeGreaterThanOrEqual(0.95);
  });

  it('PDF blocks match the TXT blocks over the whole seed corpus', async () => {
    let found = 0;
    let total = 0;
    for (const seed of seeds) {
      const reference = await blockTexts(corpus(`txt/${seed}.txt`));
      const pdf = new Set(await blockTexts(corpus(`pdf/${seed}.pdf`)));
      found += reference.filter((text) => pdf.has(text)).length;
      total += reference.length;
    }
    expect(found / total).toBeGreaterThanOrEqual(0.99);
  });

  it('PDF blocks carry their page and the artifacts are gone', async () => {
    const document = await loadFile(corpus('pdf/002_4b15772562199ea2.pdf'));
    expect(document.pageCount).toBe(4);
    expect(document.blocks.every((block) => block.page !== null && block.page <= 4)).toBe(true);
    expect(document.blocks.some((block) => block.page === 2)).toBe(true);
    const text = document.blocks.map((block) => block.text).join('\n');
    expect(text).not.toMatch(/\[bookmark:|_{3,}|\u00A0|\u00AD/);
    expect(text).toContain('hosted by ITU and co-organized with UNESCO');
  });
});
