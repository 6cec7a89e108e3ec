import { basename } from 'node:path';
import type { Embedder } from '../src/search/embedder.js';
import type { GraphStore } from '../src/store/port.js';
import type { LoadLimits } from './loaders/index.js';
import { embedStage } from './stages/embed.js';
import { extractStage } from './stages/extract.js';
import { discoverFiles } from './stages/discover.js';
import { type IngestInput, loadStage } from './stages/load.js';
import { addTimings, emptyTimings, type StageTimings, timed } from './stages/timing.js';
import { decideWrite, type WriteDecision, writeStage } from './stages/write.js';

export type { IngestInput } from './stages/load.js';
export type { StageTimings } from './stages/timing.js';

export interface IngestDeps {
  store: GraphStore;
  /** Null when no embedding model could be loaded: documents are stored for lexical search only. */
  embedder: Embedder | null;
  limits: Partial<LoadLimits>;
}

export interface DocumentOutcome {
  key: string;
  source: string;
  status: WriteDecision;
  passages: number;
  entities: number;
  mandates: number;
  /** What the loader or the extraction could not take. */
  warnings: string[];
  timings: StageTimings;
}

export interface FailedFile {
  path: string;
  source: string;
  reason: string;
}

export interface IngestSummary {
  files: number;
  written: number;
  replaced: number;
  /** Unchanged files (same bytes, same embedding model): skipped, nothing embedded. */
  skipped: number;
  failed: FailedFile[];
  /** Passages embedded and written by this run. */
  passages: number;
  timings: StageTimings;
}

export type IngestProgress =
  | { kind: 'start'; files: number }
  | { kind: 'file'; index: number; files: number; path: string; outcome: DocumentOutcome | null; failure: FailedFile | null };

/**
 * One file through load → segment+extract → embed → write. Throws the loader's InputError for a bad file;
 * stores nothing for an unchanged one.
 */
export async function ingestFile(input: IngestInput, deps: IngestDeps): Promise<DocumentOutcome> {
  const timings = emptyTimings();
  const loaded = await timed(timings, 'load', () => loadStage(input, deps.limits));
  const extraction = await timed(timings, 'extract', () => extractStage(loaded));
  const status = await timed(timings, 'write', () => decideWrite(deps.store, extraction, deps.embedder?.model ?? null));
  if (status !== 'unchanged') {
    const embeddings = await timed(timings, 'embed', () => embedStage(extraction, deps.embedder));
    await timed(timings, 'write', () => writeStage(deps.store, extraction, embeddings));
  }
  return {
    key: extraction.document.key,
    source: loaded.source,
    status,
    passages: extraction.passages.length,
    entities: extraction.entities.length,
    mandates: extraction.mandates.length,
    warnings: [...loaded.warnings, ...extraction.warnings],
    timings,
  };
}

/**
 * Ingests files and folders (walked recursively) one file at a time. A bad file is reported with its reason
 * and skipped; the rest go on.
 */
export async function ingestPaths(
  paths: string[],
  deps: IngestDeps,
  onProgress: (event: IngestProgress) => void = () => undefined,
): Promise<IngestSummary> {
  const files = await discoverFiles(paths);
  const summary: IngestSummary = { files: files.length, written: 0, replaced: 0, skipped: 0, failed: [], passages: 0, timings: emptyTimings() };
  onProgress({ kind: 'start', files: files.length });
  for (const [index, path] of files.entries()) {
    let outcome: DocumentOutcome | null = null;
    let failure: FailedFile | null = null;
    try {
      outcome = await ingestFile({ path }, deps);
      addTimings(summary.timings, outcome.timings);
      if (outcome.status === 'unchanged') summary.skipped += 1;
      else {
        summary[outcome.status] += 1;
        summary.passages += outcome.passages;
      }
    } catch (error) {
      failure = { path, source: basename(path), reason: reasonOf(error) };
      summary.failed.push(failure);
    }
    onProgress({ kind: 'file', index: index + 1, files: files.length, path, outcome, failure });
  }
  return summary;
}

/** One line: InputError already names the file; anything else keeps its first line only. */
function reasonOf(error: unknown): string {
  if (error instanceof Error && 'reason' in error && typeof error.reason === 'string') return error.reason;
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}
