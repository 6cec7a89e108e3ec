import type { FailedFile, IngestSummary } from '../pipeline.js';
import type { StoreCounts } from '../../src/store/port.js';

/** What one ingest run did, whichever way it wrote (into the store itself or through a server). */
export interface RunCounts {
  files: number;
  written: number;
  replaced: number;
  unchanged: number;
  failed: number;
  /** Passages, entities (once per document) and relationships the written and replaced documents carry. */
  passages: number;
  entities: number;
  relationships: number;
}

export interface RunReport {
  run: RunCounts;
  /** The store's totals after the run; null when a server accepted no file, so none were reported. */
  store: StoreCounts | null;
  failures: FailedFile[];
}

export const runCountsOf = (summary: IngestSummary): RunCounts => ({
  files: summary.files,
  written: summary.written,
  replaced: summary.replaced,
  unchanged: summary.skipped,
  failed: summary.failed.length,
  passages: summary.passages,
  entities: summary.entities,
  relationships: summary.relationships,
});

/** `--json`: exactly one line, this run's counts and the store's totals kept apart. */
export const jsonLine = ({ run, store }: RunReport): string => `${JSON.stringify({ run, store })}\n`;

export function textLine({ run, store }: RunReport): string {
  const done =
    `${run.files} files: ${run.written} written, ${run.replaced} replaced, ${run.unchanged} unchanged, ${run.failed} failed ` +
    `(${run.passages} passages, ${run.entities} entities, ${run.relationships} relationships written)`;
  if (!store) return `${done}\n`;
  return `${done}; store now holds ${store.documents} documents, ${store.passages} passages, ${store.entities} entities, ${store.relationships} relationships\n`;
}
