import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { type LoadedDocument, LoadedDocumentSchema } from '../../src/domain/document.js';
import { InputError } from '../../src/domain/errors.js';

// Interim text-only loader so extraction can start; the loaders work replaces this with per-format modules.
export async function loadFile(path: string): Promise<LoadedDocument> {
  const source = basename(path);
  if (extname(path).toLowerCase() !== '.txt') throw new InputError(source, 'unsupported file type');
  const bytes = await readFile(path);
  const text = bytes.toString('utf8');
  const blocks = text
    .split(/\r?\n/)
    .map((line) => line.replace(/\[bookmark: [^\]]*\]/g, '').trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ text: line, kind: 'paragraph' as const, page: null }));
  return LoadedDocumentSchema.parse({
    source,
    format: 'txt',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    byteLength: bytes.length,
    pageCount: null,
    blocks,
    warnings: [],
  });
}
