import type { Extraction } from '../../src/domain/document.js';
import type { Embedder } from '../../src/search/embedder.js';
import type { PassageEmbeddings } from '../../src/store/port.js';

/** One vector per passage, in passage order; null without an embedder (lexical search only). */
export async function embedStage(extraction: Extraction, embedder: Embedder | null): Promise<PassageEmbeddings | null> {
  if (embedder === null || extraction.passages.length === 0) return null;
  const vectors = await embedder.embed(extraction.passages.map((passage) => passage.text));
  return { model: embedder.model, dimension: embedder.dimension, vectors };
}
