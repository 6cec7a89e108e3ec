import { createHash } from 'node:crypto';
import { extractDocument } from '../extract/index.js';
import type { EntityDictionary } from './entity-dictionary.js';

/**
 * Keys of the entities a query names. The ingest extractors read the query like a one-paragraph document, so
 * "Council Resolution 1332", "AL C5" or "UN DESA" get the same canonical keys the passages carry; surface forms
 * learnt from the corpus add what only makes sense there (a bare "Resolution 1332" that the documents tie to
 * the Council).
 */
export function entitiesNamedIn(query: string, dictionary: EntityDictionary): string[] {
  const keys = new Set(dictionary.resolve(query));
  try {
    const extraction = extractDocument({
      source: 'query',
      format: 'txt',
      sha256: createHash('sha256').update(query).digest('hex'),
      byteLength: Buffer.byteLength(query),
      pageCount: null,
      blocks: [{ text: query, kind: 'paragraph', page: null }],
      warnings: [],
    });
    // A version names its resolution; passages mention the resolution itself.
    for (const entity of extraction.entities) if (entity.label !== 'ResolutionVersion') keys.add(entity.key);
  } catch {
    // A query the extractors cannot read still searches, on its words and the learnt surface forms.
  }
  return [...keys];
}
