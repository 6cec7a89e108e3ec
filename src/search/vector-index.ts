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
        let dot = 0;
        const offset = (id - first) * dimension;
        for (let d = 0; d < dimension; d += 1) dot += rows[offset + d]! * query[d]!;
        scores[id] = dot;
      }
    }
    return scores;
  }
}
