import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/errors.js';
import { loadBuffer, loadFile } from '../../ingest/loaders/index.js';

const hostile = (name: string): string => new URL(`../fixtures/hostile/${name}`, import.meta.url).pathname;
const seedPdf = new URL('../../corpus/pdf/002_4b15772562199ea2.pdf', import.meta.url).pathname;

/** Loads and returns the InputError, failing the test when the load succeeds or throws anything else. */
async function refusal(load: Promise<unknown>): Promise<InputError> {
  const error = await load.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

// One fixture per hostile case (made by test/fixtures/hostile/make.sh): the refusal, its reason, the file name.
const CASES: [file: string, reason: string | RegExp][] = [
  ['empty.pdf', 'empty file'],
  ['truncated.pdf', 'truncated or corrupt PDF'],
  ['encrypted.pdf', 'encrypted PDF: a password is required'],
  ['corrupt.pdf', /^truncated or corrupt PDF/],
  ['random.pdf', /^not a PDF/],
  ['not-a-docx.docx', 'ZIP archive is not a DOCX (no word/document.xml)'],
  ['bomb.docx', 'DOCX expands beyond the 200 MB limit (zip bomb?)'],
  ['deep.docx', 'DOCX word/document.xml nests elements over 256 levels deep'],
  ['binary.txt', 'binary data, not text'],
  ['unknown.xyz', "unsupported file type '.xyz'"],
  ['image-only.pdf', 'PDF has no text layer (scanned images?)'],
  ['empty.docx', 'DOCX has no text'],
];

describe('hostile input is refused with a one-line reason naming the file', () => {
  it.each(CASES)('%s', async (file, reason) => {
    const error = await refusal(loadFile(hostile(file)));
    expect(error.file).toBe(file);
    expect(error.message.startsWith(`${file}: `)).toBe(true);
    expect(error.message).not.toContain('\n');
    if (typeof reason === 'string') expect(error.reason).toBe(reason);
    else expect(error.reason).toMatch(reason);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const error = await refusal(loadFile(seedPdf, { maxBytes: 10 * 1024 }));
    expect(error.reason).toMatch(/^file is [\d.]+ KB, over the 10 KB limit$/);
  });

  it('refuses an upload over the size limit', async () => {
    const error = await refusal(loadBuffer(Buffer.alloc(2048, 'a'), 'upload.txt', { maxBytes: 1024 }));
    expect(error.reason).toBe('file is 2 KB, over the 1 KB limit');
  });

  it('refuses a DOCX with more zip entries than allowed', async () => {
    const error = await refusal(loadFile(new URL('../../corpus/docx/000_75552c7afefde5dd.docx', import.meta.url).pathname, { maxZipEntries: 3 }));
    expect(error.reason).toMatch(/^DOCX has \d+ zip entries, over the limit of 3$/);
  });

  it('queues parallel loads: a refusal or a time-out does not spoil the loads behind it', async () => {
    const docx = new URL('../../corpus/docx/002_4b15772562199ea2.docx', import.meta.url).pathname;
    const outcomes = await Promise.allSettled([
      loadFile(hostile('encrypted.pdf')),
      loadFile(seedPdf, { parseTimeoutMs: 1 }),
      loadFile(seedPdf),
      loadFile(hostile('bomb.docx')),
      loadFile(docx),
    ]);
    expect(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.format : (outcome.reason as InputError).reason))).toEqual([
      'encrypted PDF: a password is required',
      'parse time limit of 1 ms exceeded',
      'pdf',
      'DOCX expands beyond the 200 MB limit (zip bomb?)',
      'docx',
    ]);
  });

  it('cuts off a parse that exceeds its time limit, then parses again in a fresh worker', async () => {
    const bytes = await readFile(seedPdf);
    const error = await refusal(loadBuffer(bytes, 'slow.pdf', { parseTimeoutMs: 1 }));
    expect(error.reason).toBe('parse time limit of 1 ms exceeded');
    const document = await loadBuffer(bytes, 'again.pdf');
    expect(document.blocks.length).toBeGreaterThan(10);
  });
});
