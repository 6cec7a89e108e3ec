import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';
import { InputError, ServiceUnavailableError } from '../../src/domain/errors.js';
import { formatBytes, formatDuration } from '../loaders/limits.js';
import { InputRefusal } from '../loaders/refusal.js';
import type { IsolatedJob, IsolatedReply, IsolatedResult } from './protocol.js';

/**
 * The heap of one isolated process, and the resident memory at which the watchdog kills it. Buffers (pdf.js
 * streams, zlib output) live outside the heap, so the heap flag alone does not bound a PDF bomb; the RSS
 * watchdog does, whatever the memory is.
 */
const CHILD_HEAP_MB = 1024;
export const CHILD_RSS_LIMIT_BYTES = 1024 * 1024 * 1024;
const WATCH_INTERVAL_MS = 100;
const PAGE_BYTES = 4096;
const BACKGROUND_NICENESS = 10;
/** A restart (or a replacement behind a proxy) is up within seconds. */
const SHUTDOWN_RETRY_SECONDS = 30;

interface Task {
  job: IsolatedJob;
  timeoutMs: number;
  resolve(value: IsolatedResult): void;
  reject(error: Error): void;
}

/** What a busy process is doing: its task, the task's time limit and the listener for its reply. */
interface Running {
  task: Task;
  timer: NodeJS.Timeout;
  onMessage(reply: IsolatedReply): void;
}

/** One warm child process and what it runs, if anything. */
interface Slot {
  child: ChildProcess;
  running: Running | null;
  nextId: number;
}

/**
 * Runs parsing and per-document work (load → segment → extract) in child processes, never on the thread that
 * answers requests. One process per core and one more, so files that keep every core busy (two PDF bombs on two
 * cores) still leave a process for the next file; started on demand (or all at once by `warm`) and kept warm; each job has a time limit and its process a heap limit and a resident-memory watchdog, and
 * a process that overruns is killed and replaced. Idle processes do not keep the parent alive.
 */
export class IsolatedPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Task[] = [];
  private watchdog: NodeJS.Timeout | null = null;
  /** Set by `close`: the service is shutting down, and new work is refused as the waiting work was. */
  private closing: ServiceUnavailableError | null = null;

  constructor(readonly size: number = availableParallelism() + 1) {}

  /** Starts every process ahead of the first job (a server at start): spawning and loading pdf.js cost seconds. */
  warm(): void {
    if (this.closing) return;
    while (this.startSlot() !== null);
    for (const slot of this.slots) if (slot.running === null) this.idle(slot);
  }

  run<K extends IsolatedJob['kind']>(job: Extract<IsolatedJob, { kind: K }>, timeoutMs: number): Promise<Extract<IsolatedResult, { kind: K }>> {
    return new Promise<IsolatedResult>((resolve, reject) => {
      if (this.closing) return reject(this.closing);
      this.waiting.push({ job, timeoutMs, resolve, reject });
      this.dispatch();
    }) as Promise<Extract<IsolatedResult, { kind: K }>>;
  }

  /** Refuses waiting and later jobs and kills every process (shutdown). */
  close(): void {
    // Nothing is wrong with the files: the client may send them again once the service is back.
    const closing = new ServiceUnavailableError('the service is shutting down; send the file again shortly', SHUTDOWN_RETRY_SECONDS);
    this.closing = closing;
    for (const task of this.waiting.splice(0)) task.reject(closing);
    for (const slot of [...this.slots]) this.fail(slot, closing);
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const slot = this.slots.find((candidate) => candidate.running === null) ?? this.startSlot();
      if (slot === null) return;
      this.start(slot, this.waiting.shift() as Task);
    }
  }

  private startSlot(): Slot | null {
    if (this.slots.length >= this.size) return null;
    const slot: Slot = { child: startChild(), running: null, nextId: 1 };
    lowerPriority(slot.child);
    this.slots.push(slot);
    slot.child.once('exit', (code, signal) => this.onExit(slot, code, signal));
    // A process that dies emits 'exit', handled above; an 'error' alone (a failed spawn or send) leaves the task to
    // its time limit, which kills the slot and refuses it.
    slot.child.on('error', () => undefined);
    return slot;
  }

  private start(slot: Slot, task: Task): void {
    const id = slot.nextId++;
    slot.child.ref();
    slot.child.channel?.ref();
    const onMessage = (reply: IsolatedReply): void => {
      if (reply.id !== id) return;
      this.release(slot);
      if (reply.ok) task.resolve(reply.result);
      else task.reject(errorOf(reply));
      this.dispatch();
    };
    // The clock starts when the job reaches a process, not while it waits for one.
    const timer = setTimeout(() => this.fail(slot, timeLimitRefusal(task)), task.timeoutMs);
    slot.running = { task, timer, onMessage };
    slot.child.on('message', onMessage);
    slot.child.send({ id, job: task.job });
    this.startWatching();
  }

  /** The slot's task is over: its listener and timer go, and an idle process does not hold the parent open. */
  private release(slot: Slot): Task | null {
    const running = slot.running;
    if (running === null) return null;
    clearTimeout(running.timer);
    slot.child.off('message', running.onMessage);
    slot.running = null;
    this.idle(slot);
    return running.task;
  }

  private idle(slot: Slot): void {
    slot.child.unref();
    slot.child.channel?.unref();
    if (!this.slots.some((other) => other.running !== null)) this.stopWatching();
  }

  /** Kills the slot's process and refuses its task; the process is replaced on demand. */
  private fail(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    const task = this.release(slot);
    slot.child.kill('SIGKILL');
    task?.reject(error);
    this.dispatch();
  }

  private onExit(slot: Slot, code: number | null, signal: NodeJS.Signals | null): void {
    if (!this.slots.includes(slot)) return;
    // V8 aborts a process that reaches its heap limit: that is the memory refusal, not a crash of ours.
    const refusal =
      signal === 'SIGABRT' || code === 134
        ? new InputRefusal('memory-limit', memoryRefusal(`heap limit ${CHILD_HEAP_MB} MB`))
        : new InputRefusal('parser-failed', `parser exited unexpectedly (${signal ?? `code ${code}`})`);
    this.fail(slot, refusal);
  }

  private startWatching(): void {
    this.watchdog ??= setInterval(() => {
      for (const slot of [...this.slots]) {
        if (slot.running === null || slot.child.pid === undefined) continue;
        const rss = residentBytes(slot.child.pid);
        if (rss !== null && rss > CHILD_RSS_LIMIT_BYTES) this.fail(slot, new InputRefusal('memory-limit', memoryRefusal(`limit ${formatBytes(CHILD_RSS_LIMIT_BYTES)}`)));
      }
    }, WATCH_INTERVAL_MS);
    this.watchdog.unref();
  }

  private stopWatching(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
  }
}

/**
 * Parsing and extraction are background work next to answering requests: on a busy machine the scheduler gives the
 * server's thread the core first (a niceness of 10). Where priorities cannot be changed, nothing is lost but that.
 */
function lowerPriority(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    setPriority(child.pid, BACKGROUND_NICENESS);
  } catch {
    // Not permitted here: the pool still works at normal priority.
  }
}

const memoryRefusal = (limit: string): string => `parse ran out of memory (${limit})`;

function timeLimitRefusal(task: Task): InputRefusal {
  const what = task.job.kind === 'parse' ? 'parse' : 'processing';
  return new InputRefusal('time-limit', `${what} time limit of ${formatDuration(task.timeoutMs)} exceeded`);
}

/** A refusal keeps its kind across the process boundary: InputError when the file is named, InputRefusal otherwise. */
function errorOf(reply: Extract<IsolatedReply, { ok: false }>): Error {
  if (reply.refusal !== null && reply.file !== null) return new InputError(reply.file, reply.refusal.kind, reply.refusal.reason);
  if (reply.refusal !== null) return new InputRefusal(reply.refusal.kind, reply.refusal.reason);
  return new Error(reply.message);
}

/** Resident memory of a process from /proc (Linux); null where there is no /proc, and the heap limit alone applies. */
function residentBytes(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(pages) ? pages * PAGE_BYTES : null;
  } catch {
    return null;
  }
}

/**
 * The project runs TypeScript through tsx (CLIs) or vite (vitest); a child process registers tsx itself. pdf.js (its
 * API and its in-thread "worker", 2 MB each) is imported before that: through tsx's loader hooks the first PDF took
 * ~3 s here instead of ~0.3 s. Specifiers are resolved here, so the child does not depend on the working directory.
 * A compiled build starts the .js entry directly.
 */
function startChild(): ChildProcess {
  const options = {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'] as ('ignore' | 'inherit' | 'ipc')[],
    serialization: 'advanced' as const,
  };
  const heap = `--max-old-space-size=${CHILD_HEAP_MB}`;
  if (!import.meta.url.endsWith('.ts')) return spawn(process.execPath, [heap, new URL('./child.js', import.meta.url).pathname], options);
  const preloads = ['pdf-parse', 'pdfjs-dist/legacy/build/pdf.worker.mjs'].flatMap(resolveOptional);
  const bootstrap = [
    `await Promise.all(${JSON.stringify(preloads)}.map((url) => import(url).catch(() => undefined)));`,
    `const tsx = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}); tsx.register();`,
    `await import(${JSON.stringify(new URL('./child.ts', import.meta.url).href)});`,
  ].join('');
  return spawn(process.execPath, [heap, '--input-type=module', '-e', bootstrap], options);
}

/** The module's URL, or nothing when it cannot be resolved (a preload is an optimisation only). */
function resolveOptional(specifier: string): string[] {
  try {
    return [import.meta.resolve(specifier)];
  } catch {
    return [];
  }
}

let shared: IsolatedPool | null = null;

/** The process-wide pool: parsing (CLI and uploads) and uploads' whole preparation share its processes. */
export function isolatedPool(): IsolatedPool {
  shared ??= new IsolatedPool();
  return shared;
}
