import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The signals every ranked item (a passage for /api/search, a mandate for /api/mandates) is scored on, each on a
 * 0..1 scale within the query's candidates, and fused by one weighted sum. The weights live in
 * ranking-weights.json, fitted by cross-validation (`npm run eval:search`), one set per mode: `hybrid` with an
 * embedding model, `lexical` without one.
 */
export const SIGNALS = [
  /** BM25F over the passage's words and its context, divided by the best candidate's. */
  'lexical',
  /** IDF-weighted share of the query's concepts the passage contains (lead-in at half). */
  'coverage',
  /**
   * BM25 of the passage's document (a mandate's: its resolution's mandates) over the query's concepts, divided by
   * the best candidate's: an answer is a passage of a document about the question, even where its own sentence
   * says the question's words otherwise.
   */
  'document',
  /** Cosine with the query embedding, spread over the candidates' range. */
  'vector',
  /** Holds the kind of answer asked: 0.5 for an actor, document …, 1 for a stated number, recurrence or date. */
  'answerType',
  /** Share of the entities the query names that the passage mentions. */
  'entity',
  /** IDF-weighted share of the query's concepts found together in one sentence. */
  'sentence',
  /** The question names the passage's document by issuer, year or kind ("the 2024 Council resolution"). */
  'namedDocument',
  /** A heading or label too short to answer anything (its weight is negative). */
  'label',
  /** BM25 of the pseudo-relevance-feedback terms (RM3 over the best lexical matches), divided by the best. */
  'feedback',
  /**
   * How recent a mandate's resolution (by its latest version) is among the candidates: of two mandates that say the
   * same thing, the later one is in force. Passages leave it at 0: a document's date says when it was written, not
   * what is in force, and many documents carry none.
   */
  'recency',
] as const;

export type Signal = (typeof SIGNALS)[number];
export type SignalValues = Record<Signal, number>;

export type RankingMode = 'hybrid' | 'lexical';

const WeightsSchema = z.object(Object.fromEntries(SIGNALS.map((signal) => [signal, z.number()])) as Record<Signal, z.ZodNumber>);
export type RankingWeights = z.infer<typeof WeightsSchema>;

export const RankingFileSchema = z.object({
  /** How the weights were fitted: method, folds, question sets, train and held-out figures. */
  fitted: z.record(z.string(), z.unknown()),
  hybrid: WeightsSchema,
  lexical: WeightsSchema,
});
export type RankingFile = z.infer<typeof RankingFileSchema>;

export const RANKING_WEIGHTS_PATH = new URL('./ranking-weights.json', import.meta.url);

function loadWeights(): RankingFile {
  const path = RANKING_WEIGHTS_PATH;
  try {
    return RankingFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`ranking weights ${path.pathname}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The fitted weights, read once. */
export const FITTED_WEIGHTS: RankingFile = loadWeights();

export const weightsFor = (mode: RankingMode): RankingWeights => FITTED_WEIGHTS[mode];

/** The one fusion: a weighted sum of the signals. */
export function fuse(values: SignalValues, weights: RankingWeights): number {
  let score = 0;
  for (const signal of SIGNALS) score += weights[signal] * values[signal];
  return score;
}

/** A signal "matched" when it adds to the score: what a result reports as the reasons it ranks where it does. */
export function matchedSignals(values: SignalValues, weights: RankingWeights): Signal[] {
  return SIGNALS.filter((signal) => weights[signal] > 0 && values[signal] > 0);
}
