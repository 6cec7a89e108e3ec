import type { DocumentWrite, GraphStore, WrittenDocument } from '../src/store/port.js';

/** A document waiting for its write, and what to call once it is stored (or not). */
export interface QueuedWrite {
  write: DocumentWrite;
  /** `ms`: this document's share of its batch's write time (by passages). */
  settle(result: { ok: true; ms: number; written: WrittenDocument } | { ok: false; error: unknown; ms: number }): void;
}

/**
 * Bounds of one batch. A batch is one transaction: big enough that a statement's fixed cost is paid once for many
 * documents, small enough that parameter maps stay modest and a crash loses little work.
 */
const MAX_DOCUMENTS = 32;
const MAX_PASSAGES = 2_000;
/** Passages queued behind the batch in flight before `add` makes the producer wait. */
const MAX_QUEUED_PASSAGES = 4_000;

const passagesOf = (queued: QueuedWrite): number => queued.write.extraction.passages.length;
/** A document's share of its batch's write time: its passages, plus its Document node and facts. */
const weightOf = (queued: QueuedWrite): number => passagesOf(queued) + 1;

/**
 * Writes documents in the background while the pipeline loads, extracts and embeds the next ones: whatever queued
 * up while one batch was being written becomes the next batch. Each batch is one `writeDocuments` transaction, so
 * each document is fully present or absent after a crash. A failed batch is retried one document at a time, so
 * only the documents that fail on their own are reported as failed.
 */
export class BatchWriter {
  private queue: QueuedWrite[] = [];
  private keys = new Set<string>();
  private running: Promise<void> | null = null;
  private roomWaiters: (() => void)[] = [];

  constructor(private readonly store: GraphStore) {}

  /** Queues a document; resolves once the queue has room for more (the producer's back-pressure). */
  async add(queued: QueuedWrite): Promise<void> {
    this.queue.push(queued);
    this.keys.add(queued.write.extraction.document.key);
    this.running ??= this.drainQueue();
    while (this.queuedPassages() > MAX_QUEUED_PASSAGES) await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
  }

  /** True while a document with this key is queued or being written: its stored state is about to change. */
  holds(key: string): boolean {
    return this.keys.has(key);
  }

  /** Resolves once everything queued so far is written (or reported as failed). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  private queuedPassages(): number {
    return this.queue.reduce((sum, queued) => sum + passagesOf(queued), 0);
  }

  private async drainQueue(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.takeBatch();
        this.wakeProducer();
        await this.writeBatch(batch);
        for (const queued of batch) this.keys.delete(queued.write.extraction.document.key);
      }
    } finally {
      this.running = null;
    }
  }

  private takeBatch(): QueuedWrite[] {
    const batch: QueuedWrite[] = [];
    let passages = 0;
    while (this.queue.length > 0 && batch.length < MAX_DOCUMENTS) {
      const next = this.queue[0] as QueuedWrite;
      if (batch.length > 0 && passages + passagesOf(next) > MAX_PASSAGES) break;
      batch.push(next);
      passages += passagesOf(next);
      this.queue.shift();
    }
    return batch;
  }

  private wakeProducer(): void {
    for (const wake of this.roomWaiters.splice(0)) wake();
  }

  private async writeBatch(batch: QueuedWrite[]): Promise<void> {
    const started = performance.now();
    let written: WrittenDocument[];
    try {
      written = await this.store.writeDocuments(batch.map((queued) => queued.write));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.settle({ ok: false, error, ms: performance.now() - started });
        return;
      }
      for (const queued of batch) await this.writeBatch([queued]);
      return;
    }
    const ms = performance.now() - started;
    const weight = batch.reduce((sum, queued) => sum + weightOf(queued), 0);
    batch.forEach((queued, index) => queued.settle({ ok: true, ms: (ms * weightOf(queued)) / weight, written: written[index]! }));
  }
}
