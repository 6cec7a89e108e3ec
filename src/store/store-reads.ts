import { StoreError } from '../domain/errors.js';
import { CountsSnapshot } from './counts-snapshot.js';
import type { DocumentWrite, GraphStore, StoreCounts, StoredDocumentState, WrittenDocument } from './port.js';
import { queries } from './queries/index.js';
import type { ParamsOf, RowOf, Statement } from './statement.js';

type CountParams = typeof queries.countDocuments.params;
type CountRow = typeof queries.countDocuments.row;

/**
 * The port methods every adapter answers the same way, through registered statements and `writeDocuments`. An
 * adapter calls `wrote()` after each committed write and `closeCounts()` before it closes.
 */
export abstract class StoreDefaults implements Pick<GraphStore, 'documentState' | 'documentStateBySha' | 'writeDocument' | 'counts' | 'recentCounts'> {
  private readonly countsSnapshot = new CountsSnapshot(() => this.countNow());

  abstract run<S extends Statement>(statement: S, params: ParamsOf<S>): Promise<RowOf<S>[]>;
  abstract writeDocuments(writes: DocumentWrite[]): Promise<WrittenDocument[]>;

  async documentState(key: string): Promise<StoredDocumentState | null> {
    const [row] = await this.run(queries.documentState, { key });
    return row ?? null;
  }

  async documentStateBySha(sha256: string): Promise<StoredDocumentState | null> {
    const [row] = await this.run(queries.documentStateBySha, { sha256 });
    return row ?? null;
  }

  async writeDocument(write: DocumentWrite): Promise<WrittenDocument> {
    const [written] = await this.writeDocuments([write]);
    return written!;
  }

  counts(): Promise<StoreCounts> {
    return this.countsSnapshot.read();
  }

  recentCounts(): StoreCounts | null {
    return this.countsSnapshot.peek();
  }

  protected wrote(): void {
    this.countsSnapshot.wrote();
  }

  protected closeCounts(): Promise<void> {
    return this.countsSnapshot.close();
  }

  private async countNow(): Promise<StoreCounts> {
    const count = async (statement: Statement<CountParams, CountRow>): Promise<number> => {
      const [row] = await this.run(statement, {});
      return row?.count ?? 0;
    };
    return {
      documents: await count(queries.countDocuments),
      passages: await count(queries.countPassages),
      entities: await count(queries.countEntities),
      relationships: await count(queries.countRelationships),
    };
  }
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
