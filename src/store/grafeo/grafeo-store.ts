import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import grafeo from '@grafeo-db/js';
import type { GrafeoDB as GrafeoDatabase, Transaction } from '@grafeo-db/js';
import { StoreLockedError } from '../../domain/errors.js';
import { cypherStatement, schemaStatements } from '../cypher-files.js';
import { batchStatements, DOCUMENT_NODE_DELETE_STATEMENTS, documentRows, documentUpsertRows, statementParams } from '../document-rows.js';
import { retryOnConflict, toStoreError, WriteQueue } from '../errors.js';
import type { DocumentWrite, GraphStore, Row, ScoredKey, StoreCounts, StoredDocumentState } from '../port.js';
import { assertSameDimension, batchDimension, readCounts, readDocumentState } from '../store-reads.js';

const { GrafeoDB } = grafeo;

/** GRAFEO-T001: a transaction conflicted with a concurrent writer. */
const CONFLICT_CODES = ['GRAFEO-T001'] as const;
export const GRAFEO_FILE = 'graph.grafeo';
/**
 * Below this many passages, vector search is exact (a scan: ~20 ms at 15k passages here) and no HNSW index is
 * kept: inserting into the index cost 1.5–3 ms per passage, more than embedding it, and HNSW recall at the
 * default beam was poor on small corpora (field notes). Above it, the index is built and searched with a wide beam.
 */
const EXACT_SEARCH_LIMIT = 50_000;
const MIN_EF = 400;
/** Relationships or passages removed per statement when a document is deleted or replaced. */
const DELETE_BATCH = 20_000;
const CHECKPOINT_TRIGGERS = { walBytes: 64 * 1024 * 1024, intervalMs: 60_000 };

type Executor = Pick<Transaction, 'executeCypher'>;

export interface GrafeoOptions {
  /** Passages below which vector search scans exactly instead of keeping an HNSW index. */
  exactSearchLimit?: number;
}

/** Opens (or creates) the embedded Grafeo database in `dataDir`. */
export function openGrafeoStore(dataDir: string, options: GrafeoOptions = {}): GraphStore {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, GRAFEO_FILE);
  let db: GrafeoDatabase;
  try {
    db = existsSync(path) ? GrafeoDB.open(path) : GrafeoDB.create(path);
  } catch (error) {
    // Grafeo locks its file for one process; a second open fails with GRAFEO-X001 "cannot be locked".
    if (error instanceof Error && /cannot be locked/.test(error.message)) throw new StoreLockedError(path, 'GRAFEO-X001', { cause: error });
    throw toStoreError(error, `cannot open ${path}`, CONFLICT_CODES);
  }
  try {
    // The write-ahead log grew to 336 MB between checkpoints (a 67 s, 1.4 GB restart after a crash): fold it into
    // the file at every open, and whenever it passes a bound or a minute passes, during long runs.
    db.walCheckpoint();
    db.setCheckpointTriggers(CHECKPOINT_TRIGGERS);
  } catch (error) {
    db.close();
    throw toStoreError(error, `cannot checkpoint ${path}`, CONFLICT_CODES);
  }
  return new GrafeoStore(db, path, options.exactSearchLimit ?? EXACT_SEARCH_LIMIT);
}

class GrafeoStore implements GraphStore {
  readonly engine = 'grafeo' as const;
  private readonly writes = new WriteQueue();
  /** Set once the HNSW index exists (only past the exact-search limit). */
  private vectorIndexDimension: number | null = null;
  /** Why the last index build failed (null: none failed); searches stay exact until a build succeeds. */
  private vectorIndexError: string | null = null;
  /** Passages written since open plus those stored at open: an upper bound, enough to decide on the index. */
  private passageEstimate = 0;
  /**
   * Dimension of the stored vectors (null: none stored; undefined: not read yet). Reading it scans the documents,
   * so it is read once and then kept up to date by this handle, the only writer of the file.
   */
  private storedDimension: number | null | undefined = undefined;

  constructor(
    private readonly db: GrafeoDatabase,
    private readonly path: string,
    private readonly exactSearchLimit: number,
  ) {}

  init(): Promise<void> {
    return this.writes.run(async () => {
      for (const statement of schemaStatements('grafeo')) {
        if (statement.parameters.length > 0) continue;
        await this.run(this.db, statement.text, {}, `schema ${statement.name}`);
      }
      await this.guard('text index', () => this.db.createTextIndex('Passage', 'text'));
      const [passages] = await this.read('count-passages');
      this.passageEstimate = Number(passages?.count ?? 0);
      const [row] = await this.read('embedding-dimension');
      if (typeof row?.dimension === 'number') await this.indexVectorsAtScale(row.dimension);
    });
  }

  documentState(key: string): Promise<StoredDocumentState | null> {
    return readDocumentState(this, 'document-state', { key });
  }

  documentStateBySha(sha256: string): Promise<StoredDocumentState | null> {
    return readDocumentState(this, 'document-state-by-sha', { sha256 });
  }

  writeDocument(write: DocumentWrite): Promise<void> {
    return this.writeDocuments([write]);
  }

  async writeDocuments(writes: DocumentWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const documents = writes.map((write) => documentRows(write, { embeddingsInPassageRows: true }));
    const batches = batchStatements(documents);
    const dimension = batchDimension(writes);
    await this.writes.run(async () => {
      const replaced = await retryOnConflict(() =>
        this.inTransaction(async (tx) => {
          if (dimension !== null) assertSameDimension(await this.readStoredDimension(tx), dimension);
          const upserted = await this.statement(tx, 'documents-upsert', { rows: documentUpsertRows(documents) });
          // Only documents stored before have facts to delete: new ones skip the delete statements.
          const stored = upserted.filter((row) => row.previous !== null && row.previous !== undefined).map((row) => String(row.key));
          const linked = stored.length > 0 ? await this.removeDocumentFacts(tx, stored) : [];
          for (const batch of batches) await this.statement(tx, batch.statement, statementParams(batch));
          if (linked.length > 0) await this.statement(tx, 'entities-orphans-delete', { keys: linked });
          return stored.length;
        }),
      );
      this.passageEstimate += writes.reduce((sum, write) => sum + write.extraction.passages.length, 0);
      // A replaced document may have held the last stored vectors: then the dimension is read again.
      if (dimension !== null) this.storedDimension = dimension;
      else if (replaced > 0) this.storedDimension = undefined;
      if (dimension !== null) await this.indexVectorsAtScale(dimension);
    });
  }

  deleteDocument(key: string): Promise<boolean> {
    return this.writes.run(() =>
      retryOnConflict(() =>
        this.inTransaction(async (tx) => {
          const stored = await this.run(tx, cypherStatement('read', 'document-state', 'grafeo'), { key }, 'document-state');
          if (stored.length === 0) return false;
          const linked = await this.removeDocumentFacts(tx, [key]);
          await this.statement(tx, 'document-unset', { key });
          await this.statement(tx, 'entities-orphans-delete', { keys: [...linked, key] });
          // It may have held the last stored vectors: read the dimension again on the next write.
          this.storedDimension = undefined;
          return true;
        }),
      ),
    );
  }

  read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run(this.db, cypherStatement('read', name, 'grafeo'), params, `read ${name}`);
  }

  writeRows(name: string, rows: Row[]): Promise<void> {
    return this.writes.run(() =>
      retryOnConflict(() =>
        this.inTransaction(async (tx) => {
          await this.statement(tx, name, { rows });
        }),
      ),
    );
  }

  async vectorSearch(vector: Float32Array | number[], k: number): Promise<ScoredKey[]> {
    if (k <= 0) return [];
    if (this.vectorIndexDimension === null) {
      const rows = await this.read('passage-vector-exact', { vector: Array.from(vector), k });
      return rows.map((row) => ({ key: String(row.key), score: Number(row.score) }));
    }
    const hits = await this.guard('vector search', () =>
      this.db.vectorSearch('Passage', 'embedding', Array.from(vector), k, Math.max(MIN_EF, k * 4)),
    );
    // Cosine distance in [0, 2] becomes a similarity in [-1, 1], so higher is better for every search.
    return this.keysOf(hits, (distance) => 1 - distance);
  }

  async textSearch(query: string, k: number): Promise<ScoredKey[]> {
    if (query.trim() === '' || k <= 0) return [];
    const hits = await this.guard('text search', () => this.db.textSearch('Passage', 'text', query, k));
    return this.keysOf(hits, (score) => score);
  }

  counts(): Promise<StoreCounts> {
    return readCounts(this);
  }

  async health(): Promise<{ ok: boolean; engine: string; detail: string | null }> {
    try {
      await this.read('health');
      const index = this.vectorIndexError === null ? '' : ` (vector index not built, searching exactly: ${this.vectorIndexError})`;
      return { ok: true, engine: this.engine, detail: `${this.path}${index}` };
    } catch (error) {
      return { ok: false, engine: this.engine, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  async close(): Promise<void> {
    await this.writes.run(async () => this.db.close());
  }

  private async readStoredDimension(tx: Executor): Promise<number | null> {
    if (this.storedDimension === undefined) {
      const [row] = await this.run(tx, cypherStatement('read', 'embedding-dimension', 'grafeo'), {}, 'embedding-dimension');
      this.storedDimension = typeof row?.dimension === 'number' ? row.dimension : null;
    }
    return this.storedDimension;
  }

  /**
   * Deletes what stored documents contributed; returns the keys of nodes they were linked to. Their facts are found
   * by a scan of every relationship (relationship properties have no index), and deleted a bounded batch per
   * statement: one statement over 300k relationships took 67 s here, batches of 20k took 9 s in all, and the engine
   * answers reads between them.
   */
  private async removeDocumentFacts(tx: Executor, keys: string[]): Promise<string[]> {
    const linked = new Set<string>();
    for (let rows = await this.deleteBatch(tx, 'document-facts-delete', keys); rows.length > 0; rows = await this.deleteBatch(tx, 'document-facts-delete', keys)) {
      for (const row of rows) for (const key of [row.from, row.to]) if (typeof key === 'string') linked.add(key);
    }
    while (Number((await this.deleteBatch(tx, 'document-passages-delete', keys))[0]?.deleted ?? 0) > 0);
    for (const name of DOCUMENT_NODE_DELETE_STATEMENTS.filter((statement) => statement !== 'document-passages-delete')) await this.statement(tx, name, { keys });
    return [...linked];
  }

  private deleteBatch(tx: Executor, name: string, keys: string[]): Promise<Row[]> {
    return this.statement(tx, name, { keys, limit: DELETE_BATCH });
  }

  private async inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const tx = this.db.beginTransaction();
    try {
      const result = await work(tx);
      tx.commit();
      return result;
    } catch (error) {
      // A failed statement leaves the transaction open in Grafeo: roll back explicitly, always.
      if (tx.isActive) tx.rollback();
      throw toStoreError(error, 'write failed', CONFLICT_CODES);
    }
  }

  private statement(tx: Executor, name: string, params: Record<string, unknown>): Promise<Row[]> {
    return this.run(tx, cypherStatement('write', name, 'grafeo'), params, `write ${name}`);
  }

  private async run(executor: Executor, text: string, params: Record<string, unknown>, context: string): Promise<Row[]> {
    try {
      const result = await executor.executeCypher(text, params);
      return result.toArray() as Row[];
    } catch (error) {
      throw toStoreError(error, context, CONFLICT_CODES);
    }
  }

  private async guard<T>(context: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw toStoreError(error, context, CONFLICT_CODES);
    }
  }

  /**
   * Builds the HNSW index once the store is past the exact-search limit. It runs after a write committed, so a
   * failure is not the write's: vector search stays exact and the build is tried again after the next write and at
   * the next start.
   */
  private async indexVectorsAtScale(dimension: number): Promise<void> {
    if (this.vectorIndexDimension !== null || this.passageEstimate < this.exactSearchLimit) return;
    try {
      // Indexes the vectors already stored, and every later write (vectors written with vector()).
      await this.guard('vector index', () => this.db.createVectorIndex('Passage', 'embedding', dimension, 'cosine'));
      this.vectorIndexDimension = dimension;
      this.vectorIndexError = null;
    } catch (error) {
      this.vectorIndexError = error instanceof Error ? error.message : String(error);
    }
  }

  /** Search hits are engine node ids; a hit whose node is gone (deleted since indexing) is dropped. */
  private keysOf(hits: number[][], score: (raw: number) => number): ScoredKey[] {
    const results: ScoredKey[] = [];
    for (const [id, raw] of hits) {
      if (id === undefined || raw === undefined) continue;
      const key = this.db.getNode(id)?.get('key');
      if (typeof key === 'string' && this.db.getNodeLabels(id)?.includes('Passage')) {
        results.push({ key, score: score(raw) });
      }
    }
    return results;
  }
}
