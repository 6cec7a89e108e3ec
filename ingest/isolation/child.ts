/** Entry of an isolated process (see pool.ts): runs one job at a time, answers over the IPC channel. */
import { type IsolatedJob, type IsolatedReply, replyOf, runIsolatedJob } from './jobs.js';

process.on('message', async ({ id, job }: { id: number; job: IsolatedJob }) => {
  let reply: IsolatedReply;
  try {
    reply = { id, ok: true, result: await runIsolatedJob(job) };
  } catch (error) {
    reply = replyOf(id, error);
  }
  process.send?.(reply);
});
// The parent went away (exit, crash): nothing is left to answer to.
process.on('disconnect', () => process.exit(0));
