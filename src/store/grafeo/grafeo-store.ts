import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import grafeo from '@grafeo-db/js';
import type { GrafeoDB as GrafeoDatabase, QueryResult, Transaction } from '@grafeo-db/js';
import { StoreLockedError } from '../../domain/errors.js';
import { runInSlices } from '../../domain/slices.js';
import { cypherStatement, schemaStatements } from '../cypher-files.js';
import { batchStatements, DOCUMENT_NODE_DELETE_STATEMENTS, documentRowsInSlices, documentUpsertRows, statementParams, writtenDocuments } from '../document-rows.js';
import { retryOnConflict, toStoreError, WriteQueue } from '../errors.js';
import { embeddedDocumentRows, passageVectorBatches } from '../passage-vector-rows.js';
import type { DocumentWrite, GraphStore, Row, StoredPassageVectors, WrittenDocument } from '../port.js';
import { queries, type WriteName } from '../queries/index.js';
import { type ParamsOf, type RowOf, type Statement, statementParams as checkedParams, statementRows } from '../statement.js';
import { assertSameDimension, batchDimension, StoreDefaults } from '../store-reads.js';

const { GrafeoDB } = grafeo;

/** GRAFEO-T001: a transaction conflicted with a concurrent writer. */
const CONFLICT_CODES = ['GRAFEO-T001'] as const;
export const GRAFEO_FILE = 'graph.grafeo';
/** Relationships or passages removed per statement when a document is deleted or replaced. */
const DELETE_BATCH = 20_000;
const CHECKPOINT_TRIGGERS = { walBytes: 64 * 1024 * 1024, intervalMs: 60_000 };

type Executor = Pick<Transaction, 'executeCypher'>;

/** Results up to this many rows are converted in one call; longer ones a row per step, in slices that yield. */
const ROWS_CONVERTED_AT_ONCE = 10_000;

function* rowsOf(result: QueryResult): Generator<void, Row[]> {
  const rows: Row[] = [];
  for (let index = 0; index < result.length; index += 1) {
    rows.push(result.get(index) as Row);
    yield;
  }
  return rows;
}

/** Opens (or creates) the embedded Grafeo database in `dataDir`. */
export function openGrafeoStore(dataDir: string): GraphStore {
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
  return new GrafeoStore(db, path);
}

class GrafeoStore extends StoreDefaults implements GraphStore {
  readonly engine = 'grafeo' as const;
  private readonly writes = new WriteQueue();
  /**
   * Dimension of the stored vectors (null: none stored; undefined: not read yet). Reading it scans the documents,
   * so it is read once and then kept up to date by this handle, the only writer of the file.
   */
  private storedDimension: number | null | undefined = undefined;

  constructor(
    private readonly db: GrafeoDatabase,
    private readonly path: string,
  ) {
    super();
  }

  init(): Promise<void> {
    return this.writes.run(async () => {
      for (const statement of schemaStatements('grafeo')) {
        await this.execute(this.db, statement.text, {}, `schema ${statement.name}`);
      }
    });
  }

  async writeDocuments(writes: DocumentWrite[]): Promise<WrittenDocument[]> {
    if (writes.length === 0) return [];
    const documents = await documentRowsInSlices(writes, { embeddingsInPassageRows: true });
    const batches = batchStatements(documents);
    const dimension = batchDimension(writes);
    await this.write(async () => {
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
      // A replaced document may have held the last stored vectors: then the dimension is read again.
      if (dimension !== null) this.storedDimension = dimension;
      else if (replaced > 0) this.storedDimension = undefined;
    });
    return writtenDocuments(documents);
  }

  async writePassageVectors(update: StoredPassageVectors): Promise<string[]> {
    if (update.documents.length === 0) return [];
    const { model, dimension } = update;
    return this.write(async () => {
      const updated = await retryOnConflict(() =>
        this.inTransaction(async (tx) => {
          const rows = await this.statement(tx, 'documents-embedded', { rows: embeddedDocumentRows(update), model, dimension });
          const keys = new Set(rows.map((row) => String(row.key)));
          for (const batch of passageVectorBatches(update, keys)) await this.statement(tx, 'passage-vectors-set', { rows: batch, model });
          return [...keys];
        }),
      );
      // Another model's vectors may have been replaced: the stored dimension is read again on the next write.
      this.storedDimension = undefined;
      return updated;
    });
  }

  deleteDocument(key: string): Promise<boolean> {
    return this.write(() =>
      retryOnConflict(() =>
        this.inTransaction(async (tx) => {
          const stored = await this.execute(tx, cypherStatement('read', 'document-state', 'grafeo'), { key }, 'document-state');
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

  async run<S extends Statement>(statement: S, params: ParamsOf<S>): Promise<RowOf<S>[]> {
    const text = cypherStatement(statement.kind, statement.name, 'grafeo');
    const bound = checkedParams(statement, params);
    const context = `${statement.kind} ${statement.name}`;
    const rows =
      statement.kind === 'read'
        ? await this.execute(this.db, text, bound, context)
        : await this.write(() => retryOnConflict(() => this.inTransaction((tx) => this.execute(tx, text, bound, context))));
    return statementRows(statement, rows);
  }

  async health(): Promise<{ ok: boolean; engine: string; detail: string | null }> {
    try {
      await this.run(queries.health, {});
      return { ok: true, engine: this.engine, detail: this.path };
    } catch (error) {
      return { ok: false, engine: this.engine, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  async close(): Promise<void> {
    await this.closeCounts();
    await this.writes.run(async () => this.db.close());
  }

  /** One write job in the queue; once it has committed, the counts are taken again. */
  private async write<T>(job: () => Promise<T>): Promise<T> {
    const result = await this.writes.run(job);
    this.wrote();
    return result;
  }

  private async readStoredDimension(tx: Executor): Promise<number | null> {
    if (this.storedDimension === undefined) {
      const [row] = await this.execute(tx, cypherStatement('read', 'embedding-dimension', 'grafeo'), {}, 'embedding-dimension');
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
    for (let rows = await this.deleteBatch(tx, 'document-facts-delete-batch', keys); rows.length > 0; rows = await this.deleteBatch(tx, 'document-facts-delete-batch', keys)) {
      for (const row of rows) for (const key of [row.from, row.to]) if (typeof key === 'string') linked.add(key);
    }
    while (Number((await this.deleteBatch(tx, 'document-passages-delete-batch', keys))[0]?.deleted ?? 0) > 0);
    for (const name of DOCUMENT_NODE_DELETE_STATEMENTS.filter((statement) => statement !== 'document-passages-delete')) await this.statement(tx, name, { keys });
    return [...linked];
  }

  private deleteBatch(tx: Executor, name: WriteName, keys: string[]): Promise<Row[]> {
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

  private statement(tx: Executor, name: WriteName, params: Record<string, unknown>): Promise<Row[]> {
    return this.execute(tx, cypherStatement('write', name, 'grafeo'), params, `write ${name}`);
  }

  private async execute(executor: Executor, text: string, params: Record<string, unknown>, context: string): Promise<Row[]> {
    try {
      const result = await executor.executeCypher(text, params);
      // Converting a result to objects runs on the event loop: 1.3 million mention rows took ~4 s in one go.
      return result.length <= ROWS_CONVERTED_AT_ONCE ? (result.toArray() as Row[]) : await runInSlices(rowsOf(result));
    } catch (error) {
      throw toStoreError(error, context, CONFLICT_CODES);
    }
  }
}
