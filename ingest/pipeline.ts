import { basename } from 'node:path';
import type { Extraction, LoadedDocument } from '../src/domain/document.js';
import type { Embedder } from '../src/search/embedder.js';
import { relationshipsWritten } from '../src/store/document-rows.js';
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
  /** Keys of the resolution documents a collection file holds (each PART_OF `key`); empty for a single text. */
  parts: string[];
  source: string;
  status: WriteDecision;
  passages: number;
  entities: number;
  mandates: number;
  /** Relationships its write creates (PART_OF, MENTIONS, MANDATES, SUPPORTED_BY, VERSION_OF, relations read from text). */
  relationships: number;
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
  /** Entities the written documents mention, once per document. */
  entities: number;
  /** Relationships the written documents' writes created. */
  relationships: number;
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
  const { source, warnings, extractions } = await timed(timings, 'extract', () => prepareStage(input, deps.limits));
  const whole = extractions[0] as Extraction;
  return documentLocks.run(whole.document.key, async () => {
    const model = deps.embedder?.model ?? null;
    let storedSource: string | null = null;
    const statuses: WriteDecision[] = [];
    const written = new Map<string, number>();
    for (const extraction of extractions) {
      const stored = await timed(timings, 'write', () => deps.store.documentState(extraction.document.key));
      if (extraction === whole) storedSource = stored?.source ?? null;
      const status = decision(stored, extraction, model);
      if (status !== 'unchanged') {
        const embeddings = await timed(timings, 'embed', () => embedStage(extraction, deps.embedder));
        const { key, relationships } = await timed(timings, 'write', () => writeStage(deps.store, extraction, embeddings));
        written.set(key, relationships);
      }
      statuses.push(status);
    }
    // An unchanged file is reported under the name it is stored with.
    const unchanged = statuses.every((status) => status === 'unchanged');
    return outcomeOf({ loaded: { source: unchanged ? (storedSource ?? source) : source, warnings }, extractions, statuses, timings, written });
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
  const summary: IngestSummary = { files: files.length, written: 0, replaced: 0, skipped: 0, failed: [], passages: 0, entities: 0, relationships: 0, timings: emptyTimings() };
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
          summary.entities += next.outcome.entities;
          summary.relationships += next.outcome.relationships;
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
      const extractions = await timed(timings, 'extract', () => extractStage(loaded));
      const statuses: WriteDecision[] = [];
      for (const extraction of extractions) {
        // A pending write of the same key (a copy of the file, another format) changes its stored state: decide
        // only once that is stored, as a one-at-a-time run would.
        const key = extraction.document.key;
        if (key === embeddingKey || writer.holds(key)) {
          await embedding;
          await writer.flush();
        }
        statuses.push(await timed(timings, 'write', () => decideWrite(deps.store, extraction, deps.embedder?.model ?? null)));
      }
      prepared = { loaded, extractions, statuses, timings, written: new Map() };
    } catch (error) {
      fail(index, path, error);
      continue;
    }
    const toWrite = prepared.extractions.filter((_, k) => prepared.statuses[k] !== 'unchanged');
    if (toWrite.length === 0) {
      settle(index, outcomeOf(prepared), null);
      continue;
    }
    // The file settles when the last of its documents is written (a collection writes one document per resolution).
    let pending = toWrite.length;
    let failed = false;
    for (const extraction of toWrite) {
      // One embedding at a time: this document waits for the previous one, which ran while this one was extracted.
      await embedding;
      embeddingKey = extraction.document.key;
      embedding = timed(timings, 'embed', () => embedStage(extraction, deps.embedder)).then(
        (embeddings) =>
          writer.add({
            write: { extraction, embeddings },
            settle: (result) => {
              timings.write += result.ms;
              if (result.ok) prepared.written.set(result.written.key, result.written.relationships);
              if (failed) return;
              if (!result.ok) {
                failed = true;
                fail(index, path, result.error);
              } else if (--pending === 0) settle(index, outcomeOf(prepared), null);
            },
          }),
        (error: unknown) => {
          if (failed) return;
          failed = true;
          fail(index, path, error);
        },
      );
    }
  }
  await embedding;
  await writer.flush();
  return summary;
}

interface Prepared {
  loaded: Pick<LoadedDocument, 'source' | 'warnings'>;
  /** The file's document, then one per resolution when the file is a collection. */
  extractions: Extraction[];
  statuses: WriteDecision[];
  timings: StageTimings;
  /** Relationships each written document's write created, by key. */
  written: Map<string, number>;
}

/** A file's outcome: its own document's key, what all its documents hold, and the strongest write decision. */
function outcomeOf({ loaded, extractions, statuses, timings, written }: Prepared): DocumentOutcome {
  const [whole, ...parts] = extractions as [Extraction, ...Extraction[]];
  const status: WriteDecision = statuses.includes('replaced') ? 'replaced' : statuses.includes('written') ? 'written' : 'unchanged';
  const sum = (count: (x: Extraction) => number): number => extractions.reduce((n, x) => n + count(x), 0);
  return {
    key: whole.document.key,
    parts: parts.map((x) => x.document.key),
    source: loaded.source,
    status,
    passages: sum((x) => x.passages.length),
    entities: sum((x) => x.entities.length),
    mandates: sum((x) => x.mandates.length),
    // A written document's count comes from its write; an unchanged one's rows are built to count them.
    relationships: sum((x) => written.get(x.document.key) ?? relationshipsWritten(x)),
    warnings: [...loaded.warnings, ...extractions.flatMap((x) => x.warnings)],
    timings,
  };
}

/** One line: InputError already names the file; anything else keeps its first line only. */
function reasonOf(error: unknown): string {
  if (error instanceof Error && 'reason' in error && typeof error.reason === 'string') return error.reason;
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}
