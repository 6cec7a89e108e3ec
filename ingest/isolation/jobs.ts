import type { Extraction } from '../../src/domain/document.js';
import { DomainError, InputError } from '../../src/domain/errors.js';
import type { ParsedContent } from '../loaders/blocks.js';
import { loadBuffer } from '../loaders/index.js';
import type { LoadLimits } from '../loaders/limits.js';
import { type ParseJob, parseContent } from '../loaders/parse.js';
import { InputRefusal } from '../loaders/refusal.js';
import { extractStage } from '../stages/extract.js';

/** Work sent to an isolated process: one file's parse, or an upload's whole preparation (load → segment → extract). */
export type IsolatedJob = { kind: 'parse'; parse: ParseJob } | { kind: 'prepare'; bytes: Uint8Array; name: string; limits: LoadLimits };

/** What comes back: the parsed content, or the extractions (the file's document, then a collection's parts) with what the loader reported. */
export type IsolatedResult =
  | { kind: 'parse'; content: ParsedContent }
  | { kind: 'prepare'; source: string; warnings: string[]; extractions: Extraction[] };

/** One reply per job; a refusal travels as its reason (and file, once the loader named it), never as a stack. */
export type IsolatedReply =
  | { id: number; ok: true; result: IsolatedResult }
  | { id: number; ok: false; refusal: string | null; file: string | null; message: string };

/** Runs a job inside the isolated process: parsers are called directly here, the process itself is the isolation. */
export async function runIsolatedJob(job: IsolatedJob): Promise<IsolatedResult> {
  if (job.kind === 'parse') return { kind: 'parse', content: await parseContent(job.parse) };
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const loaded = await loadBuffer(bytes, job.name, job.limits, parseContent);
  return { kind: 'prepare', source: loaded.source, warnings: loaded.warnings, extractions: extractStage(loaded) };
}

export function replyOf(id: number, error: unknown): IsolatedReply {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  if (error instanceof InputError) return { id, ok: false, refusal: error.reason, file: error.file, message };
  if (error instanceof InputRefusal) return { id, ok: false, refusal: error.reason, file: null, message };
  if (error instanceof DomainError) return { id, ok: false, refusal: message, file: null, message };
  return { id, ok: false, refusal: null, file: null, message };
}
