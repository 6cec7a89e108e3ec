/**
 * Ids of the `n` highest positive scores that pass `allowed`, best first, in O(N log n) with a min-heap:
 * sorting 100k scores per query would cost more than scoring them.
 */
export function topIds(scores: ArrayLike<number>, n: number, allowed: (id: number) => boolean): number[] {
  const heap: number[] = [];
  const less = (a: number, b: number): boolean => scores[a]! < scores[b]!;
  for (let id = 0; id < scores.length; id += 1) {
    const score = scores[id]!;
    if (!(score > 0)) continue;
    if (heap.length === n && score <= scores[heap[0]!]!) continue;
    if (!allowed(id)) continue;
    if (heap.length < n) {
      heap.push(id);
      siftUp(heap, heap.length - 1, less);
    } else {
      heap[0] = id;
      siftDown(heap, 0, less);
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
}

function siftUp(heap: number[], index: number, less: (a: number, b: number) => boolean): void {
  let child = index;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if (!less(heap[child]!, heap[parent]!)) break;
    [heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
    child = parent;
  }
}

function siftDown(heap: number[], index: number, less: (a: number, b: number) => boolean): void {
  let parent = index;
  for (;;) {
    const left = 2 * parent + 1;
    const right = left + 1;
    let smallest = parent;
    if (left < heap.length && less(heap[left]!, heap[smallest]!)) smallest = left;
    if (right < heap.length && less(heap[right]!, heap[smallest]!)) smallest = right;
    if (smallest === parent) return;
    [heap[parent], heap[smallest]] = [heap[smallest]!, heap[parent]!];
    parent = smallest;
  }
}
