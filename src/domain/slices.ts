/**
 * Long synchronous work split into steps (a generator yielding between them), run either at once or in time slices
 * that give the event loop back: the server keeps answering (health, reads) while a large document is indexed.
 */

/** Longest stretch a sliced run holds the event loop before it yields. */
const SLICE_MS = 20;

const nextTurn = (): Promise<void> => new Promise((resume) => setImmediate(resume));

/** Runs every step now and returns the result. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, yielding to the event loop whenever a slice has taken SLICE_MS, and returns the result. */
export async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}
