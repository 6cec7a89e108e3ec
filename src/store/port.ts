import type { Extraction } from '../domain/document.js';
import type { ParamsOf, RowOf, Statement } from './statement.js';

export type { ParamsOf, RowOf, Statement } from './statement.js';

/** Vectors for a document's passages, in passage order, with the model that made them; null where the model had none. */
export interface PassageEmbeddings {
  model: string;
  dimension: number;
  vectors: (Float32Array | number[] | null)[];
}

/** Everything needed to (re)write one document's subgraph atomically. */
export interface DocumentWrite {
  extraction: Extraction;
  embeddings: PassageEmbeddings | null;
}

/**
 * Vectors one model made for passages already stored (background re-embedding), with the documents they complete.
 * Each document names the content hash its passages were read under: one replaced since then is left alone.
 */
export interface StoredPassageVectors {
  model: string;
  dimension: number;
  documents: { key: string; sha256: string }[];
  /** Every passage of those documents; a null embedding: the model read the passage but gave no usable vector. */
  passages: { key: string; document: string; embedding: Float32Array | number[] | null }[];
}

/** What a write stored for one document. */
export interface WrittenDocument {
  key: string;
  /** Relationships the write created (see RELATIONSHIPS_PER_ROW in document-rows.ts). */
  relationships: number;
}

export interface StoredDocumentState {
  key: string;
  sha256: string;
  embeddingModel: string | null;
  /** The file name the stored document came from. */
  source: string | null;
}

export interface StoreCounts {
  documents: number;
  passages: number;
  entities: number;
  relationships: number;
}

export type Row = Record<string, unknown>;

/**
 * The one store port. Adapters: embedded Grafeo (default) and Neo4j (when NEO4J_URI is set).
 * Statements are declared once in src/store/queries (file, parameter schema, row schema) and run with `run`.
 * Search is not a port method: the search service indexes what `queries.searchPassages` returns, in process
 * (docs/architecture.md, "Search and the store").
 */
export interface GraphStore {
  readonly engine: 'grafeo' | 'neo4j';
  /** Idempotent schema: constraints and key indexes. */
  init(): Promise<void>;
  /** State of a stored document by key, or by the source file's content hash. */
  documentState(key: string): Promise<StoredDocumentState | null>;
  documentStateBySha(sha256: string): Promise<StoredDocumentState | null>;
  /** Replace a document's passages and derived facts in one transaction; all or nothing. */
  writeDocument(write: DocumentWrite): Promise<WrittenDocument>;
  /**
   * Several documents in one transaction, each replaced as `writeDocument` does: all or nothing, so each document
   * is fully present or absent after a crash. Keys must be distinct.
   */
  writeDocuments(writes: DocumentWrite[]): Promise<WrittenDocument[]>;
  /**
   * Sets the vectors of stored passages and records the model on them and their documents, in one transaction (all
   * or nothing); returns the keys of the documents updated.
   */
  writePassageVectors(update: StoredPassageVectors): Promise<string[]>;
  /** Remove a document, its passages and everything derived only from it. False when it was not stored. */
  deleteDocument(key: string): Promise<boolean>;
  /**
   * One registered statement: parameters checked against its schema, rows parsed with its row schema (a row of
   * another shape is a StoreError). A read runs in a read transaction, a write in a write transaction of its own.
   */
  run<S extends Statement>(statement: S, params: ParamsOf<S>): Promise<RowOf<S>[]>;
  /** Counted now (each count scans the store: ~1 s at 300,000 relationships). */
  counts(): Promise<StoreCounts>;
  /**
   * The last counts taken, without reading the store (null before the first count): for the health probe, which must
   * answer in constant time on any store. Counted again in the background after each write through this handle and
   * when older than 30 s, so they may lag a write by the time one count takes.
   */
  recentCounts(): StoreCounts | null;
  health(): Promise<{ ok: boolean; engine: string; detail: string | null }>;
  close(): Promise<void>;
}
