import { parentPort } from 'node:worker_threads';
import type { InputErrorKind } from '../../src/domain/errors.js';
import type { ParseJob } from './parse.js';
import { parseContent } from './parse.js';
import { InputRefusal } from './refusal.js';

/** Messages from the parse worker: the parsed content, or why the file was refused. */
export type ParseReply =
  | { id: number; ok: true; content: Awaited<ReturnType<typeof parseContent>> }
  | { id: number; ok: false; refusal: { kind: InputErrorKind; reason: string } | null; message: string };

// The worker thread that runs parsers, so a parse that hangs or eats memory can be cut off.
parentPort?.on('message', async ({ id, job }: { id: number; job: ParseJob }) => {
  let reply: ParseReply;
  try {
    reply = { id, ok: true, content: await parseContent(job) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply = { id, ok: false, refusal: error instanceof InputRefusal ? { kind: error.kind, reason: error.reason } : null, message };
  }
  parentPort?.postMessage(reply);
});
