import type { EmbedStoredOptions } from '../src/domain/ingest-service.js';
import type { Embedder } from '../src/search/embedder.js';
import type { GraphStore } from '../src/store/port.js';
import { queries } from '../src/store/queries/index.js';

/**
 * Passages per transaction: a document is never split across two, so a restart finds every document either
 * embedded by the model or untouched, and resumes with the rest.
 */
const PASSAGES_PER_BATCH = 256;

export type { EmbedStoredOptions, StoredEmbeddingProgress } from '../src/domain/ingest-service.js';

/**
 * Embeds the stored passages that have no vector from `embedder`'s model (stored without a model, or by another
 * one), document by document, in batched transactions. Returns what it embedded.
 */
export async function embedStoredPassages(
  store: GraphStore,
  embedder: Embedder,
  options: EmbedStoredOptions = {},
): Promise<{ documents: number; passages: number }> {
  const pending = await store.run(queries.documentsToEmbed, { model: embedder.model });
  const total = pending.reduce((sum, document) => sum + document.passages, 0);
  options.onStart?.({ documents: pending.length, passages: total });
  let done = 0;
  let documents = 0;
  for (const batch of documentBatches(pending, options.passagesPerBatch ?? PASSAGES_PER_BATCH)) {
    if (options.signal?.aborted) break;
    const passages = await store.run(queries.passagesOfDocuments, { documents: batch.map((document) => document.key) });
    const vectors = await embedder.embed(passages.map((passage) => passage.text));
    const updated = await store.writePassageVectors({
      model: embedder.model,
      dimension: embedder.dimension,
      documents: batch.map(({ key, sha256 }) => ({ key, sha256 })),
      passages: passages.map((passage, i) => ({ key: passage.key, document: passage.document, embedding: vectors[i] ?? null })),
    });
    done += batch.filter((document) => updated.includes(document.key)).reduce((sum, document) => sum + document.passages, 0);
    documents += updated.length;
    await options.onBatch?.({ documents: updated, done, total });
  }
  return { documents, passages: done };
}

/** Consecutive documents up to `limit` passages together (a larger document goes alone). */
function documentBatches<T extends { passages: number }>(documents: readonly T[], limit: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const document of documents) {
    if (current.length > 0 && size + document.passages > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(document);
    size += document.passages;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
