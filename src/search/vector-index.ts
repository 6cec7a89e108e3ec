/**
 * Passage vectors in one contiguous Float32Array per block, scored exhaustively: exact cosine (vectors are
 * unit length) where an approximate index would lose recall, and fast enough at 100k passages (bench:search).
 */
export class VectorIndex {
  private static readonly BLOCK_ROWS = 16_384;
  private readonly blocks: Float32Array[] = [];
  private readonly present: boolean[] = [];

  constructor(readonly dimension: number) {}

  set(id: number, vector: Float32Array | number[]): void {
    if (vector.length !== this.dimension) {
      throw new Error(`vector of dimension ${vector.length} where the index holds ${this.dimension}`);
    }
    const block = Math.floor(id / VectorIndex.BLOCK_ROWS);
    while (this.blocks.length <= block) this.blocks.push(new Float32Array(VectorIndex.BLOCK_ROWS * this.dimension));
    this.blocks[block]!.set(vector, (id % VectorIndex.BLOCK_ROWS) * this.dimension);
    this.present[id] = true;
  }

  delete(id: number): void {
    if (!this.present[id]) return;
    const block = this.blocks[Math.floor(id / VectorIndex.BLOCK_ROWS)]!;
    const offset = (id % VectorIndex.BLOCK_ROWS) * this.dimension;
    block.fill(0, offset, offset + this.dimension);
    this.present[id] = false;
  }

  has(id: number): boolean {
    return this.present[id] === true;
  }

  /** Cosine of the query with every stored vector, by id (0 where no vector is stored). */
  scoreAll(query: Float32Array, upTo: number): Float32Array {
    const scores = new Float32Array(upTo);
    const dimension = this.dimension;
    for (let block = 0; block < this.blocks.length; block += 1) {
      const rows = this.blocks[block]!;
      const first = block * VectorIndex.BLOCK_ROWS;
      const last = Math.min(first + VectorIndex.BLOCK_ROWS, upTo);
      for (let id = first; id < last; id += 1) {
        // Four accumulators: independent adds pipeline; the scan over all vectors is the cost at 100k.
        let a = 0;
        let b = 0;
        let c = 0;
        let e = 0;
        const offset = (id - first) * dimension;
        let d = 0;
        for (; d + 3 < dimension; d += 4) {
          a += rows[offset + d]! * query[d]!;
          b += rows[offset + d + 1]! * query[d + 1]!;
          c += rows[offset + d + 2]! * query[d + 2]!;
          e += rows[offset + d + 3]! * query[d + 3]!;
        }
        for (; d < dimension; d += 1) a += rows[offset + d]! * query[d]!;
        scores[id] = a + b + c + e;
      }
    }
    return scores;
  }
}
