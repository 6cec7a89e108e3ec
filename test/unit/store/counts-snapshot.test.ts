import { describe, expect, it } from 'vitest';
import { CountsSnapshot } from '../../../src/store/counts-snapshot.js';
import type { StoreCounts } from '../../../src/store/port.js';

/** A store whose counts are read on demand: each read waits until the test lets it finish. */
function countedStore() {
  let documents = 0;
  const reads: { documents: number; finish(): void }[] = [];
  let now = 0;
  const snapshot = new CountsSnapshot(
    () =>
      new Promise<StoreCounts>((resolve) => {
        const counted = documents;
        reads.push({ documents: counted, finish: () => resolve({ documents: counted, passages: 0, entities: 0, relationships: 0 }) });
      }),
    () => now,
  );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    snapshot,
    reads,
    write() {
      documents += 1;
      snapshot.wrote();
    },
    advance(ms: number) {
      now += ms;
    },
    settle,
  };
}

describe('CountsSnapshot', () => {
  it('answers at once with the last counts, and null before the first', async () => {
    const store = countedStore();
    expect(store.snapshot.peek()).toBeNull();
    expect(store.reads).toHaveLength(1);
    store.reads[0]!.finish();
    await store.settle();
    expect(store.snapshot.peek()).toMatchObject({ documents: 0 });
    // A fresh snapshot is not read again.
    expect(store.reads).toHaveLength(1);
  });

  it('reads again after a write, one read at a time, and once more for writes made during a read', async () => {
    const store = countedStore();
    const first = store.snapshot.read();
    store.reads[0]!.finish();
    await first;
    store.write();
    store.write();
    store.write();
    // The first write started a read; the two during it ask for one more, not two.
    expect(store.reads).toHaveLength(2);
    expect(store.snapshot.peek()).toMatchObject({ documents: 0 });
    store.reads[1]!.finish();
    await store.settle();
    expect(store.reads).toHaveLength(3);
    expect(store.reads[2]!.documents).toBe(3);
    store.reads[2]!.finish();
    await store.settle();
    expect(store.snapshot.peek()).toMatchObject({ documents: 3 });
    expect(store.reads).toHaveLength(3);
  });

  it('keeps the newer counts when an older read finishes last', async () => {
    const store = countedStore();
    const older = store.snapshot.read();
    // The write starts a background read (the second); the third is the caller's own.
    store.write();
    const newer = store.snapshot.read();
    store.reads[2]!.finish();
    await newer;
    store.reads[0]!.finish();
    await older;
    expect(store.snapshot.peek()).toMatchObject({ documents: 1 });
  });

  it('reads again when the counts are older than 30 s (another process may write)', async () => {
    const store = countedStore();
    const first = store.snapshot.read();
    store.reads[0]!.finish();
    await first;
    store.advance(29_000);
    store.snapshot.peek();
    expect(store.reads).toHaveLength(1);
    store.advance(2_000);
    expect(store.snapshot.peek()).toMatchObject({ documents: 0 });
    expect(store.reads).toHaveLength(2);
  });

  it('starts no read once closed, and closes after the read under way', async () => {
    const store = countedStore();
    store.write();
    let closed = false;
    const closing = store.snapshot.close().then(() => (closed = true));
    await store.settle();
    expect(closed).toBe(false);
    store.reads[0]!.finish();
    await closing;
    store.write();
    expect(store.snapshot.peek()).toMatchObject({ documents: 1 });
    expect(store.reads).toHaveLength(1);
  });
});
