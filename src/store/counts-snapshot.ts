import type { StoreCounts } from './port.js';

/** Counts older than this are read again when asked for: another process may write to a shared (Neo4j) store. */
const MAX_AGE_MS = 30_000;

/**
 * The store's counts as last read, for callers that must answer without scanning the store (the health probe: the
 * counts scan every relationship, and took about 1 s at 300,000). Read again in the background after every write
 * through this handle and when older than 30 s; one read at a time, a write during a read asks for one more.
 */
export class CountsSnapshot {
  private latest: { counts: StoreCounts; at: number; writes: number } | null = null;
  /** Writes committed through this handle so far: a read started after the n-th write shows at least n writes. */
  private writes = 0;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private closed = false;

  constructor(
    private readonly count: () => Promise<StoreCounts>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts read now; they become the snapshot unless a newer one exists. */
  async read(): Promise<StoreCounts> {
    const writes = this.writes;
    const counts = await this.count();
    if (this.latest === null || writes >= this.latest.writes) this.latest = { counts, at: this.now(), writes };
    return counts;
  }

  /** The last counts read (null before the first), at once; a stale snapshot is read again in the background. */
  peek(): StoreCounts | null {
    const { latest } = this;
    if (latest === null || latest.writes < this.writes || this.now() - latest.at > MAX_AGE_MS) this.refresh();
    return latest?.counts ?? null;
  }

  /** A write was committed: the counts are read again in the background. */
  wrote(): void {
    this.writes += 1;
    this.refresh();
  }

  /** No more reads start; resolves when the one under way has finished, so the store can close under none. */
  async close(): Promise<void> {
    this.closed = true;
    await this.reading;
  }

  private refresh(): void {
    if (this.closed) return;
    if (this.reading !== null) {
      this.readAgain = true;
      return;
    }
    // A failed read leaves the last snapshot: the probe reports the store's own state separately.
    this.reading = this.read().then(
      () => this.settled(),
      () => this.settled(),
    );
  }

  private settled(): void {
    this.reading = null;
    if (!this.readAgain) return;
    this.readAgain = false;
    this.refresh();
  }
}
