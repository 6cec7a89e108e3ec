import { createHash } from 'node:crypto';
import { type Extraction, type LoadedDocument, LoadedDocumentSchema } from '../../../src/domain/document.js';
import { extractDocument } from '../../../src/extract/index.js';

/** A loaded document whose blocks are the given lines, as the txt loader yields them (one paragraph per line). */
export function loadedFromLines(lines: readonly string[], source = 'inline.txt'): LoadedDocument {
  const text = lines.join('\n');
  return LoadedDocumentSchema.parse({
    source,
    format: 'txt',
    sha256: createHash('sha256').update(text).digest('hex'),
    byteLength: Buffer.byteLength(text),
    pageCount: null,
    blocks: lines.map((line) => ({ text: line, kind: 'paragraph', page: null })),
    warnings: [],
  });
}

export const extractLines = (lines: readonly string[]): Extraction => extractDocument(loadedFromLines(lines));

export const keysOf = (x: Extraction, label: string): string[] =>
  x.entities.filter((e) => e.label === label).map((e) => e.key).sort();
