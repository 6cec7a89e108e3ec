import type { InputError } from './errors.js';

/** One ingested file as the API reports it (the pipeline's outcome carries stage timings besides). */
export interface IngestedDocument {
  key: string;
  source: string;
  /** unchanged: the same bytes and embedding model were already stored, nothing was written. */
  status: 'written' | 'replaced' | 'unchanged';
  passages: number;
  entities: number;
  mandates: number;
  relationships: number;
  /** A collection (Final Acts) also stores one document per resolution it holds: their keys. */
  parts: string[];
  warnings: string[];
}

/**
 * The ingest pipeline as the API sees it: routes depend on this port, ingest/service.ts implements it and the
 * composition root (src/api/main.ts) wires it, so the API never reaches into loaders or stages.
 */
export interface IngestService {
  /** Bounds the loaders enforce; the API refuses a body over `maxBytes` before buffering it. */
  readonly limits: { readonly maxBytes: number; readonly parseTimeoutMs: number };
  /** Load → extract → embed → write one file; a refused file throws an `InputError` and stores nothing. */
  ingestFile(file: { bytes: Buffer; name: string }): Promise<IngestedDocument>;
  /** The loaders' own refusal for a file over the size limit, for a body cut off before it reached them. */
  oversize(name: string): InputError;
}

/** Progress of the background embedding of stored passages, after each committed batch. */
export interface StoredEmbeddingProgress {
  /** Documents this batch completed. */
  documents: string[];
  /** Passages embedded so far by this run, and the passages it set out to embed. */
  done: number;
  total: number;
}

export interface EmbedStoredOptions {
  passagesPerBatch?: number;
  /** Checked between batches: a stop leaves whole documents behind, never half of one. */
  signal?: AbortSignal;
  /** Called after each committed batch (the search index refreshes those documents here). */
  onBatch?: (progress: StoredEmbeddingProgress) => Promise<void> | void;
  /** Called once the pending work is known, before the first batch. */
  onStart?: (pending: { documents: number; passages: number }) => void;
}

/** Embeds the stored passages without a vector from the loaded model (ingest/embed-stored.ts); returns what it embedded. */
export type EmbedStored = (options?: EmbedStoredOptions) => Promise<{ documents: number; passages: number }>;
