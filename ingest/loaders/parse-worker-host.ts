import { Worker } from 'node:worker_threads';
import type { ParsedContent } from './blocks.js';
import { formatDuration } from './limits.js';
import type { ParseJob } from './parse.js';
import type { ParseReply } from './parse-worker.js';
import { InputRefusal } from './refusal.js';

// Heap for one parse: pdf.js on a 50 MB PDF fits; a DOCX that inflates to gigabytes does not.
const WORKER_HEAP_MB = 1024;

/**
 * Runs parse jobs one at a time in a worker thread that is started once and reused (pdf.js and
 * mammoth stay warm), and terminated when a job overruns its time limit or memory. While idle the
 * worker does not keep the process alive.
 */
class ParseWorkerHost {
  private worker: Worker | null = null;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  run(job: ParseJob, timeoutMs: number): Promise<ParsedContent> {
    const next = this.queue.then(() => this.dispatch(job, timeoutMs));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private dispatch(job: ParseJob, timeoutMs: number): Promise<ParsedContent> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    worker.ref();
    return new Promise<ParsedContent>((resolve, reject) => {
      const settle = (finish: () => void): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
        finish();
      };
      const discard = (): void => {
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
      };
      const timer = setTimeout(() => {
        discard();
        settle(() => reject(new InputRefusal('time-limit', `parse time limit of ${formatDuration(timeoutMs)} exceeded`)));
      }, timeoutMs);
      const onMessage = (reply: ParseReply): void => {
        if (reply.id !== id) return;
        settle(() => {
          if (reply.ok) resolve(reply.content);
          else reject(reply.refusal === null ? new Error(reply.message) : new InputRefusal(reply.refusal.kind, reply.refusal.reason));
        });
      };
      const onError = (error: Error & { code?: string }): void => {
        discard();
        const refusal =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new InputRefusal('memory-limit', `parse ran out of memory (limit ${WORKER_HEAP_MB} MB)`, { cause: error })
            : new InputRefusal('parser-failed', `parser crashed (${error.message.split('\n')[0]})`, { cause: error });
        settle(() => reject(refusal));
      };
      const onExit = (code: number): void => {
        discard();
        settle(() => reject(new InputRefusal('parser-failed', `parser exited unexpectedly (code ${code})`)));
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      // The bytes are copied, not transferred: the caller keeps its buffer (it also hashes it).
      worker.postMessage({ id, job });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startParseWorker();
    worker.unref();
    this.worker = worker;
    return worker;
  }
}

/**
 * The project runs TypeScript through tsx (CLIs) or vite (vitest); neither hooks a worker thread by
 * itself, so a .ts worker registers tsx first. pdf.js (its API and its in-thread "worker", 2 MB each)
 * is imported before that: through tsx's loader hooks the first PDF took ~3 s here instead of ~0.3 s.
 * Specifiers are resolved here, so the worker does not depend on the process's working directory.
 * A compiled build starts the .js worker directly.
 */
function startParseWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parse-worker.js', import.meta.url), { resourceLimits });
  const preloads = ['pdf-parse', 'pdfjs-dist/legacy/build/pdf.worker.mjs'].flatMap(resolveOptional);
  const bootstrap = [
    `Promise.all(${JSON.stringify(preloads)}.map((url) => import(url).catch(() => undefined)))`,
    `.then(() => import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}))`,
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./parse-worker.ts', import.meta.url).href)}); });`,
  ].join('');
  return new Worker(bootstrap, { eval: true, resourceLimits });
}

/** The module's URL, or nothing when it cannot be resolved (a preload is an optimisation only). */
function resolveOptional(specifier: string): string[] {
  try {
    return [import.meta.resolve(specifier)];
  } catch {
    return [];
  }
}

export const parseWorkerHost = new ParseWorkerHost();
