import { entityKeysNamedIn } from '../extract/names.js';
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
    for (const key of entityKeysNamedIn(query)) keys.add(key);
  } catch {
    // A query the extractors cannot read still searches, on its words and the learnt surface forms.
  }
  return [...keys];
}
