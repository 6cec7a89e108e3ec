import { analyzeRuns, normalizeText, type Run } from './analyzer.js';
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
export type AnswerType =
  | 'quantity'
  | 'frequency'
  | 'date'
  /** A year is answer enough: "in what year …", "by which year …". */
  | 'year'
  | 'place'
  | 'actor'
  | 'resolution'
  /** Passages only: an operative paragraph, which a "which resolution" question is answered by. */
  | 'operative'
  | 'document'
  | 'event'
  | 'actionLine'
  | 'goal';

export interface QueryPlan {
  concepts: Concept[];
  answerTypes: Set<AnswerType>;
  /** What the question says about the document it asks about ("the 2024 General Assembly resolution"). */
  documentCues: DocumentCues;
}

/** A compound's parts found apart ("WSIS … 20") count less than the compound itself ("WSIS+20"). */
const PARTS_WEIGHT = 0.7;

const ANSWER_TYPE_CUES: readonly [AnswerType, RegExp][] = [
  ['quantity', /\bhow (many|much|large|big)\b|\b(number|amount|size|count|total) of\b|\bwhat (number|size)\b/],
  ['frequency', /\bhow (often|frequently|regularly)\b|\b(at )?what (interval|frequency)\b/],
  // "When"/"where" ask only where a question word stands: first ("When …", "By when …", "… and where"), not as a
  // conjunction inside the question ("which outcomes might help when drafting …").
  ['date', /^(?:\S+ )?when\b|(?:,|\band) when\b|\b(what|which) (date|year|day|month|time)\b/],
  ['year', /\b(what|which) year\b/],
  ['place', /^(?:\S+ )?where\b|(?:,|\band) where\b|\b(what|which) (city|country|venue|place)\b/],
  ['actor', /\bwho\b|\bwhom\b|\bwhose\b|\b(which|what) (\S+ )?(organi[sz]ations?|agenc(y|ies)|bod(y|ies)|entit(y|ies)|partners?|members?|countr(y|ies)|governments?|states?)\b/],
  ['resolution', /\b(which|what) (\S+ )?(resolutions?|decisions?)\b/],
  ['document', /\b(which|what) (\S+ )?(reports?|documents?|publications?)\b/],
  ['event', /\b(which|what) (\S+ )?(events?|meetings?|conferences?|summits?|forums?|sessions?)\b/],
  ['actionLine', /\b(which|what) (\S+ )?action lines?\b/],
  ['goal', /\b(which|what) (\S+ )?(sdgs?|goals?|targets?|indicators?)\b/],
];

/**
 * Reads a question into concepts (content words and compounds, with the forms a compound may be written in) and
 * the kind of answer it asks for. Question words and function words carry no concept. Words the question says
 * otherwise than its answer are left to the embedding model and to pseudo-relevance feedback (search-index.ts),
 * not to a word list.
 */
export function planQuery(query: string): QueryPlan {
  const normalized = normalizeText(query).trim();
  const answerTypes = new Set<AnswerType>();
  for (const [type, cue] of ANSWER_TYPE_CUES) if (cue.test(normalized)) answerTypes.add(type);

  const runs = analyzeRuns(query);
  const concepts: Concept[] = [];
  for (const run of runs) {
    if (run.parts.length === 0 && !run.compound) continue;
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
  return { label: word, alternatives: [{ terms: [word], weight: 1 }] };
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
