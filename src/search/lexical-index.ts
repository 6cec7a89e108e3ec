/** What the lexical index reads from a passage, as index terms (see analyze): its text, and its context. */
export interface LexicalFields {
  text: readonly string[];
  /** Section heading and lead-in sentence: lets "1. to update the roadmaps" match "Resolution 1332 instructs". */
  context: readonly string[];
}

interface Postings {
  docs: number[];
  tfText: number[];
  tfContext: number[];
  /**
   * Length-normalized BM25F term frequency per posting (0 for a removed passage), computed on first use and
   * kept while the corpus's average lengths stay close: ranking then reads one array instead of three plus
   * random lookups of passage lengths. Null when postings changed since.
   */
  weights: Float32Array | null;
  /** Average text length the weights were computed with. */
  weightsAverage: number;
}

/** BM25F parameters; the context field counts less than the passage's own words. */
export const K1 = 1.2;
export const B_TEXT = 0.75;
const B_CONTEXT = 0.5;
const CONTEXT_WEIGHT = 0.4;
/** Cached posting weights are recomputed when the average passage length drifts by more than this share. */
const AVERAGE_DRIFT = 0.05;
/** Tombstoned postings are dropped once they are this share of all documents. */
const COMPACT_RATIO = 0.2;

/**
 * An in-process BM25F inverted index over passages, addressed by dense numeric ids that the caller owns.
 * Removal tombstones the id; postings are compacted lazily so refreshing one document stays cheap.
 */
export class LexicalIndex {
  private readonly postings = new Map<string, Postings>();
  private readonly lengthText: number[] = [];
  private readonly lengthContext: number[] = [];
  private readonly alive: boolean[] = [];
  private liveCount = 0;
  private deadCount = 0;
  private totalText = 0;
  private totalContext = 0;
  /** Live documents per term, for IDF; postings may still hold tombstoned ids. */
  private readonly documentFrequency = new Map<string, number>();
  private readonly termsOf: string[][] = [];
  /** Passages whose postings are in place but which are not searchable yet (see stage). */
  private readonly staged = new Set<number>();

  get size(): number {
    return this.liveCount;
  }

  /** Ids are never reused: a removed id's postings linger until compaction and must stay dead. */
  add(id: number, fields: LexicalFields): void {
    this.stage(id, fields);
    this.activate([id]);
  }

  /**
   * Puts a passage's postings in place without making it searchable: a large document is staged in slices and
   * activated in one step, so a query never scores part of it (staged postings weigh 0, like removed ones).
   */
  stage(id: number, fields: LexicalFields): void {
    if (this.termsOf[id] !== undefined) throw new Error(`lexical index: id ${id} was already used`);
    const text = countTerms(fields.text);
    const context = countTerms(fields.context);
    const terms: string[] = [...text.counts.keys()];
    for (const term of context.counts.keys()) if (!text.counts.has(term)) terms.push(term);
    for (const term of terms) {
      let list = this.postings.get(term);
      if (!list) {
        list = { docs: [], tfText: [], tfContext: [], weights: null, weightsAverage: 0 };
        this.postings.set(term, list);
      }
      list.weights = null;
      list.docs.push(id);
      list.tfText.push(text.counts.get(term) ?? 0);
      list.tfContext.push(context.counts.get(term) ?? 0);
    }
    this.termsOf[id] = terms;
    this.lengthText[id] = text.length;
    this.lengthContext[id] = context.length;
    this.staged.add(id);
  }

  /** Makes staged passages searchable, all in this one step. */
  activate(ids: readonly number[]): void {
    for (const id of ids) {
      if (!this.staged.delete(id)) throw new Error(`lexical index: id ${id} was not staged`);
      this.alive[id] = true;
      this.liveCount += 1;
      this.totalText += this.lengthText[id]!;
      this.totalContext += this.lengthContext[id]!;
      for (const term of this.termsOf[id]!) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
        // Cached weights were computed with the passage dead (0): they are computed again on next use.
        this.postings.get(term)!.weights = null;
      }
    }
  }

  /** Removes passages; their postings stay until `compaction` drops them. */
  remove(ids: readonly number[]): void {
    for (const id of ids) this.tombstone(id);
  }

  /**
   * Drops removed passages' postings once they are a fifth of the index, a term per step: each step leaves the index
   * answering as before, so a caller may pause between them. (Compacting on every removal went over every posting
   * again and again while an 18,000-passage document left: 7.4 s.)
   */
  *compaction(): Generator<void, void> {
    const dead = this.deadCount;
    if (dead <= COMPACT_RATIO * Math.max(this.liveCount, 1)) return;
    for (const term of [...this.postings.keys()]) {
      this.compactTerm(term);
      yield;
    }
    // Passages removed while the steps ran may still have postings: they count towards the next compaction.
    this.deadCount -= dead;
  }

  private tombstone(id: number): void {
    if (!this.alive[id]) return;
    this.alive[id] = false;
    this.liveCount -= 1;
    this.deadCount += 1;
    this.totalText -= this.lengthText[id] ?? 0;
    this.totalContext -= this.lengthContext[id] ?? 0;
    for (const term of this.termsOf[id] ?? []) {
      const list = this.postings.get(term);
      if (list) list.weights = null;
      const df = (this.documentFrequency.get(term) ?? 1) - 1;
      if (df > 0) this.documentFrequency.set(term, df);
      else this.documentFrequency.delete(term);
    }
    this.termsOf[id] = [];
  }

  /** Inverse document frequency (BM25, always positive); 0 for a term no live passage has. */
  idf(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0;
    if (df === 0) return 0;
    return Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
  }

  /** The IDF a term no passage has would get if one passage had it: the most any term weighs. */
  unseenIdf(): number {
    return Math.log(1 + (this.liveCount - 0.5) / 1.5);
  }

  /** BM25F score of one term for every live passage that has it, in the context field or its own text. */
  scoreTerm(term: string, visit: (id: number, score: number, inText: boolean) => void): void {
    const list = this.postings.get(term);
    if (!list) return;
    const idf = this.idf(term);
    const avgText = this.totalText / Math.max(this.liveCount, 1) || 1;
    const avgContext = this.totalContext / Math.max(this.liveCount, 1) || 1;
    for (let i = 0; i < list.docs.length; i += 1) {
      const id = list.docs[i]!;
      if (!this.alive[id]) continue;
      const tfText = list.tfText[i]!;
      const tfContext = list.tfContext[i]!;
      const weighted =
        tfText / (1 - B_TEXT + (B_TEXT * this.lengthText[id]!) / avgText) +
        (CONTEXT_WEIGHT * tfContext) / (1 - B_CONTEXT + (B_CONTEXT * this.lengthContext[id]!) / avgContext);
      visit(id, (idf * weighted * (K1 + 1)) / (K1 + weighted), tfText > 0);
    }
  }

  /**
   * The hot path of ranking: folds `weight` × the term's BM25F score into `best` (keeping the maximum per id),
   * and flags own-text matches in `inText`.
   */
  maxScoreInto(term: string, weight: number, best: Float64Array, inText: Uint8Array): void {
    const list = this.postings.get(term);
    if (!list) return;
    const scale = this.idf(term) * weight * (K1 + 1);
    if (!(scale > 0)) return; // a term every passage has (IDF 0) tells them apart by nothing
    const weights = this.weightsOf(list);
    const { docs, tfText } = list;
    for (let i = 0; i < docs.length; i += 1) {
      const weighted = weights[i]!;
      if (weighted === 0) continue;
      const id = docs[i]!;
      const score = (scale * weighted) / (K1 + weighted);
      if (score > best[id]!) best[id] = score;
      if (tfText[i]! > 0) inText[id] = 1;
    }
  }

  /** Adds `weight` × the term's BM25F score to `scores` for every live passage that has it (the feedback sweep). */
  addScoreInto(term: string, weight: number, scores: Float64Array): void {
    const list = this.postings.get(term);
    if (!list) return;
    const scale = this.idf(term) * weight * (K1 + 1);
    if (!(scale > 0)) return;
    const weights = this.weightsOf(list);
    const { docs } = list;
    for (let i = 0; i < docs.length; i += 1) {
      const weighted = weights[i]!;
      if (weighted === 0) continue;
      const id = docs[i]!;
      scores[id] = scores[id]! + (scale * weighted) / (K1 + weighted);
    }
  }

  private weightsOf(list: Postings): Float32Array {
    const avgText = this.totalText / Math.max(this.liveCount, 1) || 1;
    if (list.weights && Math.abs(avgText - list.weightsAverage) <= AVERAGE_DRIFT * list.weightsAverage) return list.weights;
    const avgContext = this.totalContext / Math.max(this.liveCount, 1) || 1;
    const weights = new Float32Array(list.docs.length);
    for (let i = 0; i < list.docs.length; i += 1) {
      const id = list.docs[i]!;
      if (!this.alive[id]) continue;
      weights[i] =
        list.tfText[i]! / (1 - B_TEXT + (B_TEXT * this.lengthText[id]!) / avgText) +
        (CONTEXT_WEIGHT * list.tfContext[i]!) / (1 - B_CONTEXT + (B_CONTEXT * this.lengthContext[id]!) / avgContext);
    }
    list.weights = weights;
    list.weightsAverage = avgText;
    return weights;
  }

  /** The most a single term can score: what normalizes lexical scores onto a 0..1 scale. */
  maxTermScore(term: string): number {
    return this.idf(term) * (K1 + 1);
  }

  private compactTerm(term: string): void {
    const list = this.postings.get(term);
    if (!list) return;
    const kept: Postings = { docs: [], tfText: [], tfContext: [], weights: null, weightsAverage: 0 };
    list.docs.forEach((id, i) => {
      if (!this.alive[id] && !this.staged.has(id)) return;
      kept.docs.push(id);
      kept.tfText.push(list.tfText[i]!);
      kept.tfContext.push(list.tfContext[i]!);
    });
    if (kept.docs.length === 0) this.postings.delete(term);
    else this.postings.set(term, kept);
  }
}

function countTerms(terms: readonly string[]): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { counts, length: terms.length };
}
