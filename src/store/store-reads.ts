import { z } from 'zod';
import { StoreError } from '../domain/errors.js';
import type { DocumentWrite, GraphStore, StoreCounts, StoredDocumentState } from './port.js';

const DocumentStateRow = z.object({ key: z.string(), sha256: z.string(), embeddingModel: z.string().nullable(), source: z.string().nullable().catch(null) });
const CountRow = z.object({ count: z.coerce.number() });

/** Reads shared by every adapter: they go through the same cypher/read files, so the same parsing applies. */
export async function readDocumentState(
  store: Pick<GraphStore, 'read'>,
  name: 'document-state' | 'document-state-by-sha',
  params: Record<string, unknown>,
): Promise<StoredDocumentState | null> {
  const [row] = await store.read(name, params);
  return row === undefined ? null : DocumentStateRow.parse(row);
}

export async function readCounts(store: Pick<GraphStore, 'read'>): Promise<StoreCounts> {
  const count = async (name: string): Promise<number> => {
    const [row] = await store.read(name);
    return row === undefined ? 0 : CountRow.parse(row).count;
  };
  return {
    documents: await count('count-documents'),
    passages: await count('count-passages'),
    entities: await count('count-entities'),
    relationships: await count('count-relationships'),
  };
}

/**
 * All passages share one vector space: a write whose vectors have another dimension than the stored ones is
 * refused (inside its transaction, so nothing of it is kept). Changing the model means re-ingesting into a new store.
 */
export function assertSameDimension(stored: unknown, dimension: number): void {
  if (typeof stored === 'number' && stored !== dimension) {
    throw new StoreError(`embeddings have ${dimension} dimensions; the store holds ${stored}-dimensional vectors`, 'DIMENSION_MISMATCH');
  }
}

/** The one vector dimension of a batch of writes (null when none has vectors); mixed dimensions are refused. */
export function batchDimension(writes: readonly DocumentWrite[]): number | null {
  const dimensions = new Set(writes.flatMap((write) => (write.embeddings ? [write.embeddings.dimension] : [])));
  if (dimensions.size > 1) {
    throw new StoreError(`a batch mixes ${[...dimensions].join(' and ')}-dimensional embeddings`, 'DIMENSION_MISMATCH');
  }
  const [dimension] = dimensions;
  return dimension ?? null;
}
