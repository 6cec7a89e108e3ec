import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { cypherStatement, schemaStatements } from '../cypher-files.js';
import { batchStatements, DOCUMENT_NODE_DELETE_STATEMENTS, documentRowsInSlices, documentUpsertRows, statementParams, writtenDocuments } from '../document-rows.js';
import { retryOnConflict, toStoreError } from '../errors.js';
import { embeddedDocumentRows, passageVectorBatches } from '../passage-vector-rows.js';
import type { DocumentWrite, GraphStore, Row, StoredPassageVectors, WrittenDocument } from '../port.js';
import type { WriteName } from '../queries/index.js';
import { type ParamsOf, type RowOf, type Statement, statementParams as checkedParams, statementRows } from '../statement.js';
import { assertSameDimension, batchDimension, StoreDefaults } from '../store-reads.js';

/** Transient Neo4j failures (deadlocks, leader switches) that the driver reports and a retry resolves. */
const CONFLICT_CODES = [
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockClientStopped',
] as const;

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

/** Connects to Neo4j; the driver retries transient errors inside executeRead/executeWrite by itself. */
export function openNeo4jStore(connection: Neo4jConnection): GraphStore {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
  });
  return new Neo4jStore(driver, connection.database);
}

class Neo4jStore extends StoreDefaults implements GraphStore {
  readonly engine = 'neo4j' as const;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {
    super();
  }

  async init(): Promise<void> {
    const session = this.session();
    try {
      for (const statement of schemaStatements('neo4j')) await session.run(statement.text);
    } catch (error) {
      throw toStoreError(error, 'schema', CONFLICT_CODES);
    } finally {
      await session.close();
    }
  }

  async writeDocuments(writes: DocumentWrite[]): Promise<WrittenDocument[]> {
    if (writes.length === 0) return [];
    const documents = await documentRowsInSlices(writes);
    const batches = batchStatements(documents);
    const dimension = batchDimension(writes);
    await this.write(async (tx) => {
      if (dimension !== null) {
        // Neo4j would silently leave vectors of another dimension out of the index: refuse them, as Grafeo does.
        const stored = await tx.run(cypherStatement('read', 'embedding-dimension', 'neo4j'));
        assertSameDimension(stored.records[0]?.get('dimension'), dimension);
      }
      const upserted = await tx.run(cypherStatement('write', 'documents-upsert', 'neo4j'), toNeo4jParams({ rows: documentUpsertRows(documents) }));
      // Only documents stored before have facts to delete: new ones skip the delete statements.
      const stored = upserted.records.filter((record) => record.get('previous') !== null).map((record) => String(record.get('key')));
      const linked = stored.length > 0 ? await this.removeDocumentFacts(tx, stored) : [];
      for (const batch of batches) await this.statement(tx, batch.statement, statementParams(batch));
      if (linked.length > 0) await this.statement(tx, 'entities-orphans-delete', { keys: linked });
    });
    return writtenDocuments(documents);
  }

  async writePassageVectors(update: StoredPassageVectors): Promise<string[]> {
    if (update.documents.length === 0) return [];
    const { model, dimension } = update;
    return this.write(async (tx) => {
      const result = await tx.run(
        cypherStatement('write', 'documents-embedded', 'neo4j'),
        toNeo4jParams({ rows: embeddedDocumentRows(update), model, dimension }),
      );
      const keys = new Set(result.records.map((record) => String(record.get('key'))));
      for (const batch of passageVectorBatches(update, keys)) await this.statement(tx, 'passage-vectors-set', { rows: batch, model });
      return [...keys];
    });
  }

  deleteDocument(key: string): Promise<boolean> {
    return this.write(async (tx) => {
      const stored = await tx.run(cypherStatement('read', 'document-state', 'neo4j'), { key });
      if (stored.records.length === 0) return false;
      const linked = await this.removeDocumentFacts(tx, [key]);
      await this.statement(tx, 'document-unset', { key });
      await this.statement(tx, 'entities-orphans-delete', { keys: [...linked, key] });
      return true;
    });
  }

  async run<S extends Statement>(statement: S, params: ParamsOf<S>): Promise<RowOf<S>[]> {
    const text = cypherStatement(statement.kind, statement.name, 'neo4j');
    const bound = toNeo4jParams(checkedParams(statement, params));
    if (statement.kind === 'write') {
      const result = await this.write((tx) => tx.run(text, bound));
      return statementRows(statement, result.records.map(toRow));
    }
    const session = this.session();
    try {
      const result = await session.executeRead((tx) => tx.run(text, bound));
      return statementRows(statement, result.records.map(toRow));
    } catch (error) {
      throw toStoreError(error, `read ${statement.name}`, CONFLICT_CODES);
    } finally {
      await session.close();
    }
  }

  async health(): Promise<{ ok: boolean; engine: string; detail: string | null }> {
    try {
      const info = await this.driver.getServerInfo();
      return { ok: true, engine: this.engine, detail: `${info.address ?? ''} ${info.protocolVersion ?? ''}`.trim() };
    } catch (error) {
      return { ok: false, engine: this.engine, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  async close(): Promise<void> {
    await this.closeCounts();
    await this.driver.close();
  }

  /** Deletes what stored documents contributed (one relationship scan for all); returns the keys of nodes they were linked to. */
  private async removeDocumentFacts(tx: ManagedTransaction, keys: string[]): Promise<string[]> {
    const linked = await tx.run(cypherStatement('write', 'document-facts-delete', 'neo4j'), { keys });
    for (const name of DOCUMENT_NODE_DELETE_STATEMENTS) await this.statement(tx, name, { keys });
    return [...new Set(linked.records.flatMap((record) => [record.get('from'), record.get('to')]).filter((k) => typeof k === 'string'))];
  }

  private async statement(tx: ManagedTransaction, name: WriteName, params: Record<string, unknown>): Promise<void> {
    await tx.run(cypherStatement('write', name, 'neo4j'), toNeo4jParams(params));
  }

  /** One managed write transaction: the driver commits it, or rolls it back on any error; then the counts are taken again. */
  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const result = await retryOnConflict(async () => {
      const session = this.session();
      try {
        return await session.executeWrite(work);
      } catch (error) {
        throw toStoreError(error, 'write failed', CONFLICT_CODES);
      } finally {
        await session.close();
      }
    });
    this.wrote();
    return result;
  }

  private session() {
    return this.driver.session(this.database ? { database: this.database } : {});
  }
}

/**
 * JS numbers reach Neo4j as floats, and `LIMIT $k`, ordinals and years must be integers: whole numbers become
 * Neo4j integers. Arrays of numbers are left alone, since those are vectors, which must stay floats.
 */
function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, toNeo4jValue(value)]));
}

function toNeo4jValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.every((item) => typeof item === 'number') ? value : value.map(toNeo4jValue);
  if (value !== null && typeof value === 'object' && value.constructor === Object) {
    return toNeo4jParams(value as Record<string, unknown>);
  }
  return value;
}

/** Plain values: nodes and relationships become their property maps (integers are already JS numbers). */
function toRow(record: Neo4jRecord): Row {
  return Object.fromEntries(record.keys.map((key) => [String(key), plain(record.get(key))]));
}

function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return plain((value as { properties: Record<string, unknown> }).properties);
  }
  if (value !== null && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}
