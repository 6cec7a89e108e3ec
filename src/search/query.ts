import { analyzeRuns, analyzeWords, normalizeText, type Run } from './analyzer.js';
import { PARAPHRASE_GROUPS } from './lexicon.js';
import { type DocumentCues, readDocumentCues } from './named-documents.js';

/** One way a query concept may appear in a passage: all `terms` present; `weight` discounts paraphrases. */
export interface Alternative {
  terms: string[];
  weight: number;
}

/** One thing the question asks about, and the ways a passage may say it. */
export interface Concept {
  /** What the user wrote, for explanations. */
  label: string;
  alternatives: Alternative[];
  /** A bonus when present, no loss when absent: the spelled-out words already stand for it. */
  optional?: boolean;
}

/** What kind of answer the question wants: passages that hold one fit better. */
export type AnswerType = 'quantity' | 'frequency' | 'date' | 'place' | 'actor' | 'resolution' | 'document' | 'event' | 'actionLine' | 'goal';

export interface QueryPlan {
  concepts: Concept[];
  answerTypes: Set<AnswerType>;
  /** What the question says about the document it asks about ("the 2024 General Assembly resolution"). */
  documentCues: DocumentCues;
}

/** A paraphrase counts a little less than the word the user chose. */
const PARAPHRASE_WEIGHT = 0.6;
/** A compound's parts found apart ("WSIS … 20") count less than the compound itself ("WSIS+20"). */
const PARTS_WEIGHT = 0.7;

/** Each lexicon expression, as stemmed words, pointing to its group. */
const LEXICON = PARAPHRASE_GROUPS.map((group) => group.map((expression) => analyzeWords(expression)));
/** The lexicon's multi-word expressions, longest first. */
const MULTI_WORD_EXPRESSIONS = LEXICON.flatMap((group, groupIndex) =>
  group.filter((expression) => expression.length > 1).map((expression) => ({ groupIndex, expression })),
).sort((a, b) => b.expression.length - a.expression.length);

const ANSWER_TYPE_CUES: readonly [AnswerType, RegExp][] = [
  ['quantity', /\bhow (many|much|large|big)\b|\b(number|amount|size|count|total) of\b|\bwhat (number|size)\b/],
  ['frequency', /\bhow (often|frequently|regularly)\b|\b(at )?what (interval|frequency)\b/],
  // "When"/"where" ask only where a question word stands: first ("When …", "By when …", "… and where"), not as a
  // conjunction inside the question ("which outcomes might help when drafting …").
  ['date', /^(?:\S+ )?when\b|(?:,|\band) when\b|\b(what|which) (date|year|day|month|time)\b/],
  ['place', /^(?:\S+ )?where\b|(?:,|\band) where\b|\b(what|which) (city|country|venue|place)\b/],
  ['actor', /\bwho\b|\bwhom\b|\bwhose\b|\b(which|what) (\S+ )?(organi[sz]ations?|agenc(y|ies)|bod(y|ies)|entit(y|ies)|partners?|members?|countr(y|ies)|governments?|states?)\b/],
  ['resolution', /\b(which|what) (\S+ )?(resolutions?|decisions?)\b/],
  ['document', /\b(which|what) (\S+ )?(reports?|documents?|publications?)\b/],
  ['event', /\b(which|what) (\S+ )?(events?|meetings?|conferences?|summits?|forums?|sessions?)\b/],
  ['actionLine', /\b(which|what) (\S+ )?action lines?\b/],
  ['goal', /\b(which|what) (\S+ )?(sdgs?|goals?|targets?|indicators?)\b/],
];

/**
 * Reads a question into concepts (content words and compounds, each with its paraphrases) and the kind of
 * answer it asks for. Question words and function words carry no concept.
 */
export function planQuery(query: string): QueryPlan {
  const normalized = normalizeText(query).trim();
  const answerTypes = new Set<AnswerType>();
  for (const [type, cue] of ANSWER_TYPE_CUES) if (cue.test(normalized)) answerTypes.add(type);

  const runs = analyzeRuns(query);
  const words = analyzeWords(query);
  const covered = new Set<number>(); // word positions claimed by a multi-word lexicon expression
  const concepts: Concept[] = [];

  // Longest expressions first, and none over words a longer one claimed: "up to date" is not also "to date".
  for (const { groupIndex, expression } of MULTI_WORD_EXPRESSIONS) {
    const at = indexOfSequence(words, expression);
    if (at < 0) continue;
    if (expression.some((_, i) => covered.has(at + i))) continue;
    for (let i = at; i < at + expression.length; i += 1) covered.add(i);
    concepts.push({ label: expression.join(' '), alternatives: uniqueAlternatives(paraphrases(groupIndex, expression)) });
  }

  for (const run of runs) {
    if (run.parts.length === 0 && !run.compound) continue;
    if (covered.has(run.position)) continue;
    concepts.push(conceptOf(run));
  }
  concepts.push(...acronymConcepts(runs));
  return { concepts: dedupe(concepts), answerTypes, documentCues: readDocumentCues(query) };
}

/** Longest spelled-out name whose initials may stand for it in a document ("council working group" = CWG). */
const ACRONYM_MAX_WORDS = 4;

/**
 * Documents abbreviate what questions spell out. For each run of 2–4 plain words, its initials are an optional
 * concept; initials that no passage contains have no IDF and add nothing.
 */
function acronymConcepts(runs: Run[]): Concept[] {
  const words = runs.filter((run) => !run.compound && run.parts.length === 1);
  const concepts: Concept[] = [];
  for (let start = 0; start < words.length; start += 1) {
    for (let length = 2; length <= ACRONYM_MAX_WORDS && start + length <= words.length; length += 1) {
      const span = words.slice(start, start + length);
      const adjacent = span.every((run, i) => i === 0 || run.position - span[i - 1]!.position <= 2);
      if (!adjacent) break;
      const initials = span.map((run) => run.initial).join('');
      concepts.push({
        label: initials,
        alternatives: [{ terms: [initials], weight: 1 }],
        optional: true,
      });
    }
  }
  return concepts;
}

function conceptOf(run: Run): Concept {
  const alternatives: Alternative[] = [];
  if (run.compound) {
    alternatives.push({ terms: [run.compound], weight: 1 });
    if (run.joined) alternatives.push({ terms: [run.joined], weight: 1 });
    if (run.parts.length > 0) alternatives.push({ terms: run.parts, weight: PARTS_WEIGHT });
    // "The ten-year review" is what documents call "WSIS+10": the count alone stands for a span of years.
    const [count, unit] = run.parts;
    if (run.parts.length === 2 && /^\d+$/.test(count!) && unit === 'year') alternatives.push({ terms: [count!], weight: PARTS_WEIGHT });
    return { label: run.compound, alternatives };
  }
  const word = run.parts[0]!;
  alternatives.push({ terms: [word], weight: 1 });
  for (const [groupIndex, group] of LEXICON.entries()) {
    if (group.some((expression) => expression.length === 1 && expression[0] === word)) {
      alternatives.push(...paraphrases(groupIndex, [word]));
    }
  }
  return { label: word, alternatives: uniqueAlternatives(alternatives) };
}

/** The group's other expressions as index terms (stopwords dropped), discounted. */
function paraphrases(groupIndex: number, chosen: string[]): Alternative[] {
  const group = PARAPHRASE_GROUPS[groupIndex] ?? [];
  const result: Alternative[] = [];
  for (const expression of group) {
    const runs = analyzeRuns(expression);
    const terms = runs.flatMap((run) => (run.compound ? [run.compound] : run.parts));
    if (terms.length === 0) continue;
    // The user's own expression counts fully, however the analyzer splits it ("secretary-general").
    const weight = analyzeWords(expression).join(' ') === chosen.join(' ') ? 1 : PARAPHRASE_WEIGHT;
    result.push({ terms, weight });
    // A compound may be written apart ("Secretary General"): its parts together count like a compound's parts.
    const parts = runs.flatMap((run) => run.parts);
    if (runs.some((run) => run.compound) && parts.length > 0) result.push({ terms: parts, weight: weight * PARTS_WEIGHT });
  }
  return result;
}

function uniqueAlternatives(alternatives: Alternative[]): Alternative[] {
  const best = new Map<string, Alternative>();
  for (const alternative of alternatives) {
    const id = alternative.terms.join(' ');
    const seen = best.get(id);
    if (!seen || seen.weight < alternative.weight) best.set(id, alternative);
  }
  return [...best.values()];
}

/** A question repeating a word ("WSIS … WSIS") asks about it once. */
function dedupe(concepts: Concept[]): Concept[] {
  const seen = new Set<string>();
  return concepts.filter((concept) => {
    if (seen.has(concept.label)) return false;
    seen.add(concept.label);
    return true;
  });
}

function indexOfSequence(words: string[], sequence: string[]): number {
  outer: for (let i = 0; i + sequence.length <= words.length; i += 1) {
    for (let j = 0; j < sequence.length; j += 1) if (words[i + j] !== sequence[j]) continue outer;
    return i;
  }
  return -1;
}
