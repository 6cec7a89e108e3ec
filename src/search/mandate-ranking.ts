import type { Embedder } from './embedder.js';
import type { SearchablePassage } from './passage-features.js';
import { planQuery } from './query.js';
import { fuse, matchedSignals, type RankingWeights, type Signal, type SignalValues, weightsFor } from './ranking.js';
import { type Candidate, SearchIndex } from './search-index.js';

export interface RankableMandate {
  key: string;
  resolution: string;
  /** The resolution's title: what all its mandates are about. */
  resolutionTitle: string | null;
  /** The year of the resolution's latest version: of two mandates saying the same, the later is in force. */
  year: number | null;
  addressee: string;
  verb: string;
  action: string;
}

export interface MandateScore {
  score: number;
  signals: SignalValues;
  matched: Signal[];
}

/**
 * Ranks mandates for an activity said in other words, with the same index, signals and fitted weights as passage
 * search: each mandate is a passage whose text is its action and whose context is its resolution's title, the
 * verb and the addressee. The index is rebuilt only when the mandates change; action vectors are kept by text.
 */
export class MandateRanker {
  private readonly vectors = new Map<string, Float32Array>();
  private index: SearchIndex | null = null;
  private fingerprint = '';

  constructor(
    private readonly embedder: Embedder | null,
    private readonly weights: RankingWeights = weightsFor(embedder ? 'hybrid' : 'lexical'),
  ) {}

  /** Scores of the mandates that match the activity at all, by mandate key; the others match nothing. */
  async score(activity: string, mandates: readonly RankableMandate[]): Promise<Map<string, MandateScore>> {
    const scores = new Map<string, MandateScore>();
    for (const { passage, signals } of await this.candidates(activity, mandates)) {
      scores.set(passage.key, { score: fuse(signals, this.weights), signals, matched: matchedSignals(signals, this.weights) });
    }
    return scores;
  }

  /** Every mandate matching the activity with its signals, before fusion (what cross-validation fits on). */
  async candidates(activity: string, mandates: readonly RankableMandate[]): Promise<Candidate[]> {
    const index = await this.indexOf(mandates);
    const [query] = this.embedder ? await this.embedder.embed([activity]) : [];
    return index.candidates(planQuery(activity), query ?? null, [], {});
  }

  private async indexOf(mandates: readonly RankableMandate[]): Promise<SearchIndex> {
    const fingerprint = mandates.map((m) => `${m.key}\u0000${m.action}\u0000${m.addressee}\u0000${m.resolutionTitle ?? ''}`).join('\u0001');
    if (this.index && fingerprint === this.fingerprint) return this.index;
    const missing = [...new Set(mandates.map((m) => m.action).filter((action) => !this.vectors.has(action)))];
    if (this.embedder && missing.length > 0) {
      const fresh = await this.embedder.embed(missing);
      missing.forEach((action, i) => this.vectors.set(action, fresh[i]!));
    }
    const index = new SearchIndex(this.embedder?.dimension ?? null, this.weights, { rankByRecency: true });
    const byResolution = new Map<string, SearchablePassage[]>();
    mandates.forEach((m, ordinal) => {
      const list = byResolution.get(m.resolution) ?? [];
      list.push({
        key: m.key,
        document: m.resolution,
        ordinal,
        text: m.action,
        page: null,
        section: null,
        source: m.resolution,
        title: m.resolutionTitle,
        year: m.year,
        entities: [],
        vector: this.vectors.get(m.action) ?? null,
        context: [m.resolutionTitle, `${m.addressee} ${m.verb}`].filter(Boolean).join('\n'),
      });
      byResolution.set(m.resolution, list);
    });
    for (const [resolution, passages] of byResolution) index.setDocument(resolution, passages);
    this.index = index;
    this.fingerprint = fingerprint;
    return index;
  }
}
