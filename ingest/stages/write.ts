import type { Extraction } from '../../src/domain/document.js';
import type { GraphStore, PassageEmbeddings, StoredDocumentState, WrittenDocument } from '../../src/store/port.js';

export type WriteDecision = 'written' | 'replaced' | 'unchanged';

/**
 * What to do with an extracted document: the stored state for its key decides. Same bytes and either the same
 * embedding model or none loaded → unchanged (nothing embedded or written: a run without a model never drops stored
 * vectors); otherwise a new or a replaced document.
 */
export async function decideWrite(store: GraphStore, extraction: Extraction, embeddingModel: string | null): Promise<WriteDecision> {
  return decision(await store.documentState(extraction.document.key), extraction, embeddingModel);
}

export function decision(stored: StoredDocumentState | null, extraction: Extraction, embeddingModel: string | null): WriteDecision {
  if (stored === null) return 'written';
  if (stored.sha256 !== extraction.document.sha256) return 'replaced';
  // A document with no passages (a collection whose text is all in its parts) embeds nothing, so no model is stored.
  const sameModel = stored.embeddingModel === embeddingModel || extraction.passages.length === 0;
  return embeddingModel === null || sameModel ? 'unchanged' : 'replaced';
}

/** The adapter replaces the document's passages and derived facts in one transaction. */
export function writeStage(store: GraphStore, extraction: Extraction, embeddings: PassageEmbeddings | null): Promise<WrittenDocument> {
  return store.writeDocument({ extraction, embeddings });
}
