import { DomainError, InputError } from '../../src/domain/errors.js';
import { loadBuffer } from '../loaders/index.js';
import { parseContent } from '../loaders/parse.js';
import { InputRefusal } from '../loaders/refusal.js';
import { extractStage } from '../stages/extract.js';

export type { IsolatedJob, IsolatedReply, IsolatedResult } from './protocol.js';
import type { IsolatedJob, IsolatedReply, IsolatedResult } from './protocol.js';

/** Runs a job inside the isolated process: parsers are called directly here, the process itself is the isolation. */
export async function runIsolatedJob(job: IsolatedJob): Promise<IsolatedResult> {
  if (job.kind === 'parse') return { kind: 'parse', content: await parseContent(job.parse) };
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const loaded = await loadBuffer(bytes, job.name, job.limits, parseContent);
  return { kind: 'prepare', source: loaded.source, warnings: loaded.warnings, extractions: extractStage(loaded) };
}

export function replyOf(id: number, error: unknown): IsolatedReply {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  if (error instanceof InputError) return { id, ok: false, refusal: { kind: error.kind, reason: error.reason }, file: error.file, message };
  if (error instanceof InputRefusal) return { id, ok: false, refusal: { kind: error.kind, reason: error.reason }, file: null, message };
  if (error instanceof DomainError) return { id, ok: false, refusal: { kind: 'parser-failed', reason: message }, file: null, message };
  return { id, ok: false, refusal: null, file: null, message };
}
