import { basename } from 'node:path';
import type { Extraction, LoadedDocument } from '../src/domain/document.js';
import type { Embedder } from '../src/search/embedder.js';
import type { GraphStore } from '../src/store/port.js';
import type { LoadLimits } from './loaders/index.js';
import { KeyLock } from './key-lock.js';
import { embedStage } from './stages/embed.js';
import { extractStage } from './stages/extract.js';
import { BatchWriter } from './pipeline-writer.js';
import { discoverFiles } from './stages/discover.js';
import { type IngestInput, loadStage } from './stages/load.js';
import { prepareStage } from './stages/prepare.js';
import { addTimings, emptyTimings, type StageTimings, timed } from './stages/timing.js';
import { decideWrite, decision, type WriteDecision, writeStage } from './stages/write.js';

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

/** Uploads of one document key decide and write one after the other (see KeyLock). */
const documentLocks = new KeyLock();

/**
 * One file through load → segment+extract (isolated, under the time limit) → embed → write. Throws the loader's
 * InputError for a bad file; stores nothing for an unchanged one, and then reports the stored file name.
 */
export async function ingestFile(input: IngestInput, deps: IngestDeps): Promise<DocumentOutcome> {
  const timings = emptyTimings();
  // Load and extraction run together in the isolated process; their time is counted as extraction.
  const { source, warnings, extraction } = await timed(timings, 'extract', () => prepareStage(input, deps.limits));
  const loaded = { source, warnings };
  return documentLocks.run(extraction.document.key, async () => {
    const model = deps.embedder?.model ?? null;
    const stored = await timed(timings, 'write', () => deps.store.documentState(extraction.document.key));
    const status = decision(stored, extraction, model);
    if (status === 'unchanged') return outcomeOf({ loaded: { ...loaded, source: stored?.source ?? source }, extraction, status, timings });
    const embeddings = await timed(timings, 'embed', () => embedStage(extraction, deps.embedder));
    await timed(timings, 'write', () => writeStage(deps.store, extraction, embeddings));
    return outcomeOf({ loaded, extraction, status, timings });
  });
}

/**
 * Ingests files and folders (walked recursively). A bad file is reported with its reason and skipped; the rest go
 * on. The stages overlap: the next file is loaded and extracted while the previous one is embedded, and documents
 * are written in batches in the background (one transaction per batch), so the embedder rarely waits for the rest.
 * Progress is reported in file order.
 */
export async function ingestPaths(
  paths: string[],
  deps: IngestDeps,
  onProgress: (event: IngestProgress) => void = () => undefined,
): Promise<IngestSummary> {
  const files = await discoverFiles(paths);
  const summary: IngestSummary = { files: files.length, written: 0, replaced: 0, skipped: 0, failed: [], passages: 0, timings: emptyTimings() };
  onProgress({ kind: 'start', files: files.length });

  const settled = new Map<number, { outcome: DocumentOutcome | null; failure: FailedFile | null }>();
  let reported = 0;
  const settle = (index: number, outcome: DocumentOutcome | null, failure: FailedFile | null): void => {
    settled.set(index, { outcome, failure });
    for (let next = settled.get(reported); next !== undefined; next = settled.get(reported)) {
      settled.delete(reported);
      const path = files[reported] as string;
      reported += 1;
      if (next.outcome) {
        addTimings(summary.timings, next.outcome.timings);
        if (next.outcome.status === 'unchanged') summary.skipped += 1;
        else {
          summary[next.outcome.status] += 1;
          summary.passages += next.outcome.passages;
        }
      }
      if (next.failure) summary.failed.push(next.failure);
      onProgress({ kind: 'file', index: reported, files: files.length, path, ...next });
    }
  };
  const fail = (index: number, path: string, error: unknown) => settle(index, null, { path, source: basename(path), reason: reasonOf(error) });

  const writer = new BatchWriter(deps.store);
  let embedding: Promise<void> = Promise.resolve();
  let embeddingKey: string | null = null;
  for (const [index, path] of files.entries()) {
    const timings = emptyTimings();
    let prepared: Prepared;
    try {
      const loaded = await timed(timings, 'load', () => loadStage({ path }, deps.limits));
      const extraction = await timed(timings, 'extract', () => extractStage(loaded));
      // A pending write of the same key (a copy of the file, another format) changes its stored state: decide only
      // once that is stored, as a one-at-a-time run would.
      const key = extraction.document.key;
      if (key === embeddingKey || writer.holds(key)) {
        await embedding;
        await writer.flush();
      }
      const status = await timed(timings, 'write', () => decideWrite(deps.store, extraction, deps.embedder?.model ?? null));
      prepared = { loaded, extraction, status, timings };
    } catch (error) {
      fail(index, path, error);
      continue;
    }
    if (prepared.status === 'unchanged') {
      settle(index, outcomeOf(prepared), null);
      continue;
    }
    // One embedding at a time: this file waits for the previous one, which ran while this file was extracted.
    await embedding;
    embeddingKey = prepared.extraction.document.key;
    embedding = timed(timings, 'embed', () => embedStage(prepared.extraction, deps.embedder)).then(
      (embeddings) =>
        writer.add({
          write: { extraction: prepared.extraction, embeddings },
          settle: (result) => {
            timings.write += result.ms;
            if (result.ok) settle(index, outcomeOf(prepared), null);
            else fail(index, path, result.error);
          },
        }),
      (error: unknown) => fail(index, path, error),
    );
  }
  await embedding;
  await writer.flush();
  return summary;
}

interface Prepared {
  loaded: Pick<LoadedDocument, 'source' | 'warnings'>;
  extraction: Extraction;
  status: WriteDecision;
  timings: StageTimings;
}

function outcomeOf({ loaded, extraction, status, timings }: Prepared): DocumentOutcome {
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

/** One line: InputError already names the file; anything else keeps its first line only. */
function reasonOf(error: unknown): string {
  if (error instanceof Error && 'reason' in error && typeof error.reason === 'string') return error.reason;
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}
