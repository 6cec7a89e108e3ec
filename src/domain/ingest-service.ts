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
