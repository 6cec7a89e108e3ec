import type { Extraction } from '../../src/domain/document.js';
import type { InputErrorKind } from '../../src/domain/errors.js';
import type { ParsedContent } from '../loaders/blocks.js';
import type { LoadLimits } from '../loaders/limits.js';
import type { ParseJob } from '../loaders/parse.js';

/** The messages between the server and its isolated processes (apart from jobs.ts, so the pool needs no loader). */
/** Work sent to an isolated process: one file's parse, or an upload's whole preparation (load → segment → extract). */
export type IsolatedJob = { kind: 'parse'; parse: ParseJob } | { kind: 'prepare'; bytes: Uint8Array; name: string; limits: LoadLimits };

/** What comes back: the parsed content, or the extractions (the file's document, then a collection's parts) with what the loader reported. */
export type IsolatedResult =
  | { kind: 'parse'; content: ParsedContent }
  | { kind: 'prepare'; source: string; warnings: string[]; extractions: Extraction[] };

/** One reply per job; a refusal travels as its reason (and file, once the loader named it), never as a stack. */
export type IsolatedReply =
  | { id: number; ok: true; result: IsolatedResult }
  | { id: number; ok: false; refusal: { kind: InputErrorKind; reason: string } | null; file: string | null; message: string };
