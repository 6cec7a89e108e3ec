import { isMeetingOf } from '../domain/event-names.js';
import type { EntityLabel } from '../domain/labels.js';
import { runInSlices, runToEnd } from '../domain/slices.js';
import { organisationOf } from '../domain/reference/agencies.js';
import { analyze } from './analyzer.js';
import { referenceNameOf } from './entity-resolver.js';
import { B_TEXT, K1, LexicalIndex, type LexicalFields } from './lexical-index.js';
import { type DocumentProfile, type DocumentReference, documentKindsOf, documentReference } from './named-documents.js';
import { answerTypesOf, contextOf, introducesList, splitPassage, type SearchablePassage } from './passage-features.js';
import type { AnswerType, Concept, QueryPlan } from './query.js';
import { fuse, matchedSignals, type RankingWeights, type Signal, type SignalValues, weightsFor } from './ranking.js';
import { topIds } from './top-ids.js';
import { VectorIndex } from './vector-index.js';

/** More documents than this fitting a question's issuer/year/kind cues means the question names none of them. */
const MAX_NAMED_DOCUMENTS = 3;

export interface SearchFilter {
  document?: string;
  entity?: string;
  label?: EntityLabel;
  yearFrom?: number;
  yearTo?: number;
}

/** One candidate of a query with its signals, before fusion. */
export interface Candidate {
  passage: SearchablePassage;
  signals: SignalValues;
  /** Raw cosine with the query (null without vectors): whether anything is close at all, on an absolute scale. */
  cosine: number | null;
}

export interface RankedPassage extends Candidate {
  score: number;
  /** The signals that add to this passage's score: why it ranks where it does. */
  matched: Signal[];
}

/** Candidates taken from each list before the full score is computed. */
const CANDIDATES_PER_LIST = 200;
/** Pseudo-relevance feedback (RM3): the best lexical matches read for expansion terms, and how many terms are taken. */
const FEEDBACK_PASSAGES = 10;
const FEEDBACK_TERMS = 10;
/** Candidates added on the feedback terms alone: answers that share no word with the question. */
const FEEDBACK_CANDIDATES = 50;
/** Fewer index terms than this and a passage is a label ("Action required"), not an answer. */
const SHORT_PASSAGE_TERMS = 4;
/** A passage that is also a section heading is a label when it is this short; a longer one says something. */
const HEADING_TERMS = 8;
/** A list item's lead-in matching counts half as much as the passage's own words. */
const CONTEXT_MATCH_SHARE = 0.5;

interface Entry {
  passage: SearchablePassage;
  answerTypes: Set<AnswerType>;
  /** Index terms of each sentence of the passage's own words (heading and lead-in lines left out). */
  sentences: string[][];
  /** Index terms of the heading and the governing lead-in: a list item reads as one sentence with its clause. */
  leadInTerms: string[];
  /** A heading, a bare label or a list's lead-in: it names a topic or an addressee, the passages under it say something. */
  isLabel: boolean;
  /** Said by a resolution itself (or a mandate of one), not quoted from one by a report or contribution. */
  ofResolution: boolean;
}

/**
 * All searchable passages in memory: a BM25F index over text and context, exact vectors, and per-passage
 * features. Ranking fuses them on comparable scales (see RankingWeights).
 */
export class SearchIndex {
  private readonly lexical = new LexicalIndex();
  private vectors: VectorIndex | null = null;
  private readonly entries: (Entry | undefined)[] = [];
  private readonly idsByDocument = new Map<string, number[]>();
  /** Per passage id, its document's slot in the per-document buffers (slots are reused as documents come and go). */
  private documentSlotOf = new Int32Array(1024);
  private readonly documentSlots = new Map<string, number>();
  private readonly freeDocumentSlots: number[] = [];
  /** Per document slot: its number of passages. */
  private readonly documentLength: number[] = [];
  private readonly profiles = new Map<string, DocumentProfile>();
  private nextId = 0;
  private scratch: Scratch | null = null;

  constructor(
    /** Dimension of the query embedder; passage vectors of another size are ignored. Null: lexical only. */
    private readonly vectorDimension: number | null,
    /** Defaults to the fitted weights of the mode the index can serve. */
    private readonly weights: RankingWeights = weightsFor(vectorDimension === null ? 'lexical' : 'hybrid'),
    /**
     * Whether an item's year says which of two texts is in force: a mandate's year is its resolution's latest
     * version. A passage's year is only when its document was written (and many documents carry none), so passage
     * search leaves recency at 0.
     */
    private readonly options: { rankByRecency: boolean } = { rankByRecency: false },
  ) {
    if (vectorDimension !== null) this.vectors = new VectorIndex(vectorDimension);
  }

  get size(): number {
    return this.lexical.size;
  }

  get vectorCount(): number {
    let count = 0;
    for (let id = 0; id < this.nextId; id += 1) if (this.entries[id] && this.vectors?.has(id)) count += 1;
    return count;
  }

  /**
   * Adds or replaces one document's passages (any order; context is read in ordinal order). `issuingBody` (an
   * agency key from the document's metadata) lets questions name the document by who issued it.
   */
  setDocument(documentKey: string, passages: SearchablePassage[], issuingBody: string | null = null): void {
    runToEnd(this.replaceDocument(runToEnd(analyseDocument(documentKey, passages, issuingBody))));
  }

  /**
   * `setDocument` in slices that yield to the event loop (18,000 passages held it for 10–24 s in one go); no
   * passages removes the document. The passages are analysed and staged first, then take the place of the stored
   * ones in one synchronous step: a search meanwhile sees the document as it was, never part of it.
   */
  async setDocumentInSlices(documentKey: string, passages: SearchablePassage[], issuingBody: string | null = null): Promise<void> {
    const analysed = await runInSlices(analyseDocument(documentKey, passages, issuingBody));
    await runInSlices(this.replaceDocument(analysed));
  }

  removeDocument(documentKey: string): void {
    this.detach(documentKey);
    runToEnd(this.lexical.compaction());
  }

  /** Takes a document's passages out of every part of the index (their postings stay until compaction). */
  private detach(documentKey: string): void {
    const ids = this.idsByDocument.get(documentKey) ?? [];
    this.lexical.remove(ids);
    for (const id of ids) {
      this.vectors?.delete(id);
      this.entries[id] = undefined;
    }
    this.idsByDocument.delete(documentKey);
    this.profiles.delete(documentKey);
    const slot = this.documentSlots.get(documentKey);
    if (slot !== undefined) {
      this.documentSlots.delete(documentKey);
      this.freeDocumentSlots.push(slot);
    }
  }

  /**
   * Stages the passages' postings (a step each: none is searchable yet), swaps them for the document's stored
   * passages in one step, then compacts (a step per term).
   */
  private *replaceDocument({ key, profile, passages }: AnalysedDocument): Generator<void, void> {
    const ids: number[] = [];
    for (const { lexical } of passages) {
      const id = this.nextId++;
      this.lexical.stage(id, lexical);
      ids.push(id);
      yield;
    }
    this.detach(key);
    if (passages.length > 0) {
      const slot = this.freeDocumentSlots.pop() ?? this.documentSlots.size;
      this.documentSlots.set(key, slot);
      if (this.documentSlotOf.length < this.nextId) {
        const grown = new Int32Array(Math.ceil(this.nextId * 1.5));
        grown.set(this.documentSlotOf);
        this.documentSlotOf = grown;
      }
      for (const id of ids) this.documentSlotOf[id] = slot;
      this.documentLength[slot] = ids.length;
      this.lexical.activate(ids);
      passages.forEach(({ entry, vector }, index) => {
        const id = ids[index]!;
        if (vector && vector.length === this.vectorDimension) this.vectors?.set(id, vector);
        this.entries[id] = entry;
      });
      this.idsByDocument.set(key, ids);
      this.profiles.set(key, profile);
    }
    yield* this.lexical.compaction();
  }

  documentKeys(): string[] {
    return [...this.idsByDocument.keys()];
  }

  rank(
    plan: QueryPlan,
    queryVector: Float32Array | null,
    queryEntities: readonly string[],
    filter: SearchFilter,
    k: number,
    weights: RankingWeights = this.weights,
  ): RankedPassage[] {
    const ranked = this.candidates(plan, queryVector, queryEntities, filter).map((candidate) => ({
      ...candidate,
      score: fuse(candidate.signals, weights),
      matched: matchedSignals(candidate.signals, weights),
    }));
    ranked.sort((a, b) => b.score - a.score || a.passage.key.localeCompare(b.passage.key));
    return ranked.slice(0, k);
  }

  /** Every candidate of a query with its signals: what `rank` fuses, and what cross-validation fits weights on. */
  candidates(plan: QueryPlan, queryVector: Float32Array | null, queryEntities: readonly string[], filter: SearchFilter): Candidate[] {
    const allowed = this.filterFor(filter);
    const { lexical, coverage, documentScore, coverageTotal, conceptWeights } = this.lexicalScores(plan.concepts);
    const cosine = queryVector && this.vectors ? this.vectors.scoreAll(queryVector, this.nextId) : null;

    const lexicalIds = topIds(lexical, CANDIDATES_PER_LIST, allowed);
    const feedback = this.feedbackScores(plan.concepts, lexicalIds, lexical);
    const feedbackIds = topIds(feedback, FEEDBACK_CANDIDATES, allowed);
    const vectorIds = cosine ? topIds(cosine, CANDIDATES_PER_LIST, allowed) : [];
    const referenced = this.referencedDocuments(plan, queryEntities);
    const candidates = new Set([...lexicalIds, ...vectorIds, ...feedbackIds]);
    for (const [document, { reference }] of referenced) {
      if (reference === 'named') for (const id of this.idsByDocument.get(document) ?? []) if (allowed(id)) candidates.add(id);
    }
    const lexicalMax = lexicalIds.length > 0 ? lexical[lexicalIds[0]!]! : 0;
    let documentMax = 0;
    for (const id of candidates) documentMax = Math.max(documentMax, documentScore[this.documentSlotOf[id]!]!);
    const feedbackMax = feedbackIds.length > 0 ? feedback[feedbackIds[0]!]! : 0;
    const termConcepts = termConceptsOf(plan.concepts);

    // Cosines of this model bunch in a narrow band; spread them over the candidates like the lexical scores.
    const vectorTop = vectorIds.length > 0 ? cosine![vectorIds[0]!]! : 0;
    const vectorFloor = vectorIds.length > 0 ? cosine![vectorIds[vectorIds.length - 1]!]! : 0;
    const vectorSpread = vectorTop - vectorFloor || 1;
    const years = [...candidates].map((id) => this.entries[id]!.passage.year).filter((year) => year !== null);
    const newest = Math.max(...years);
    const yearSpan = newest - Math.min(...years) || 1;
    const result: Candidate[] = [];
    for (const id of candidates) {
      const entry = this.entries[id]!;
      const reference = referenced.get(entry.passage.document);
      const hasVector = cosine !== null && this.vectors!.has(id);
      const signals: SignalValues = {
        lexical: lexicalMax > 0 ? lexical[id]! / lexicalMax : 0,
        coverage: coverageTotal > 0 ? Math.min(1, coverage[id]! / coverageTotal) : 0,
        document: documentMax > 0 ? documentScore[this.documentSlotOf[id]!]! / documentMax : 0,
        vector: hasVector ? Math.max(0, (cosine[id]! - vectorFloor) / vectorSpread) : 0,
        answerType: answerTypeFit(plan.answerTypes, entry.answerTypes, entry.ofResolution),
        entity: entityShare(entry.passage, queryEntities, reference?.issuer ?? this.profiles.get(entry.passage.document)?.issuingBody),
        sentence: sentenceCoverage(entry.sentences, entry.leadInTerms, termConcepts, conceptWeights),
        namedDocument: reference?.reference === 'named' ? 1 : 0,
        label: entry.isLabel ? 1 : 0,
        feedback: feedbackMax > 0 ? feedback[id]! / feedbackMax : 0,
        recency: !this.options.rankByRecency || entry.passage.year === null ? 0 : 1 - (newest - entry.passage.year) / yearSpan,
      };
      result.push({ passage: entry.passage, signals, cosine: hasVector ? cosine[id]! : null });
    }
    return result;
  }

  /**
   * RM3 pseudo-relevance feedback: the terms that the best lexical matches share beyond the query's own (their
   * relevance model, each passage's term distribution weighted by its score), and each passage's BM25 on them.
   * Vocabulary the question does not use but its answers do comes from the corpus, not from a word list.
   */
  private feedbackScores(concepts: Concept[], lexicalIds: readonly number[], lexical: Float64Array): Float64Array {
    const scores = this.scratchBuffers().feedback;
    const top = lexicalIds.slice(0, FEEDBACK_PASSAGES);
    const total = top.reduce((sum, id) => sum + lexical[id]!, 0);
    if (total === 0) return scores;
    const queryTerms = new Set(concepts.flatMap((concept) => concept.alternatives.flatMap((alternative) => alternative.terms)));
    const model = new Map<string, number>();
    for (const id of top) {
      const entry = this.entries[id]!;
      const terms = [...entry.leadInTerms, ...entry.sentences.flat()];
      const share = lexical[id]! / total / Math.max(terms.length, 1);
      for (const term of terms) if (!queryTerms.has(term)) model.set(term, (model.get(term) ?? 0) + share);
    }
    // Terms that most passages hold (IDF near 0) tell nothing about these; rank the model's terms by weight × IDF.
    const expansion = [...model]
      .map(([term, weight]) => ({ term, weight, value: weight * this.lexical.idf(term) }))
      .sort((a, b) => b.value - a.value || a.term.localeCompare(b.term))
      .slice(0, FEEDBACK_TERMS);
    for (const { term, weight } of expansion) this.lexical.addScoreInto(term, weight, scores);
    return scores;
  }

  /**
   * The documents the question refers to, with their issuer: a passage of "the General Assembly resolution" need
   * not itself say "General Assembly" to be the Assembly's, so the issuer's mention is credited to all of them.
   */
  private referencedDocuments(plan: QueryPlan, queryEntities: readonly string[]): Map<string, { reference: DocumentReference; issuer: string | null }> {
    const referenced = new Map<string, { reference: DocumentReference; issuer: string | null }>();
    for (const [document, profile] of this.profiles) {
      const reference = documentReference(plan.documentCues, queryEntities, profile);
      if (reference) referenced.set(document, { reference, issuer: profile.issuingBody });
    }
    // A question that fits many documents ("the 2024 report" in a corpus of 2024 reports) names none of them: their
    // passages stay candidates only on their own merit, which also keeps the candidate set small at scale.
    const named = [...referenced].filter(([, { reference }]) => reference === 'named');
    if (named.length > MAX_NAMED_DOCUMENTS) for (const [document] of named) referenced.delete(document);
    return referenced;
  }

  /**
   * Per passage: the sum over concepts of the best alternative's BM25F score, and the IDF-weighted share of
   * concepts it contains (own text counts fully, the lead-in half). Per document slot: BM25 with documents as the
   * units and a concept's frequency the passages holding it, so that a long document, which holds some of every
   * question's words, is not about every question.
   */
  private lexicalScores(concepts: Concept[]): {
    lexical: Float64Array;
    coverage: Float64Array;
    documentScore: Float64Array;
    coverageTotal: number;
    conceptWeights: number[];
  } {
    const { lexical, coverage, feedback, best, bestInText, documentScore, documentHits } = this.scratchBuffers();
    const documentSlotOf = this.documentSlotOf;
    lexical.fill(0);
    coverage.fill(0);
    feedback.fill(0);
    documentScore.fill(0);
    const documents = this.documentSlots.size;
    const meanLength = documents > 0 ? this.lexical.size / documents : 1;
    const touched: number[] = [];
    const conceptWeights: number[] = [];
    let coverageTotal = 0;
    const size = this.nextId;
    for (const concept of concepts) {
      let conceptWeight = 0;
      for (const { terms, weight } of concept.alternatives) {
        const idf = terms.reduce((sum, term) => sum + this.lexical.idf(term), 0) / terms.length;
        conceptWeight = Math.max(conceptWeight, weight * idf);
        if (terms.length === 1) {
          this.lexical.maxScoreInto(terms[0]!, weight, best, bestInText);
          continue;
        }
        for (const [id, hit] of this.allTermsScores(terms)) {
          const score = hit.score * weight;
          if (score > best[id]!) best[id] = score;
          if (hit.inText) bestInText[id] = 1;
        }
      }
      if (conceptWeight === 0) {
        // No passage has any of its terms (most initialisms): nothing to sweep. A word the question asks for counts
        // as the rarest there is, so that every passage lacks it: "volcanic eruptions release …" over ITU text is
        // not a close match for holding "release".
        if (!concept.optional) {
          coverageTotal += this.lexical.unseenIdf();
          conceptWeights.push(this.lexical.unseenIdf());
        } else conceptWeights.push(0);
        continue;
      }
      if (!concept.optional) coverageTotal += conceptWeight;
      conceptWeights.push(concept.optional ? 0 : conceptWeight);
      const contextShare = conceptWeight * CONTEXT_MATCH_SHARE;
      touched.length = 0;
      // A dense sweep: at scale a concept touches most passages, and sequential typed-array reads are cheap.
      for (let id = 0; id < size; id += 1) {
        const score = best[id]!;
        if (score === 0) continue;
        lexical[id] = lexical[id]! + score;
        coverage[id] = coverage[id]! + (bestInText[id] ? conceptWeight : contextShare);
        const slot = documentSlotOf[id]!;
        if (documentHits[slot] === 0) touched.push(slot);
        documentHits[slot] = documentHits[slot]! + (bestInText[id] ? 1 : CONTEXT_MATCH_SHARE);
        best[id] = 0;
        bestInText[id] = 0;
      }
      const documentIdf = concept.optional ? 0 : Math.log(1 + (documents - touched.length + 0.5) / (touched.length + 0.5));
      for (const slot of touched) {
        const hits = documentHits[slot]!;
        // A document's BM25 saturates and normalizes length as a passage's text does, its passages the units.
        const norm = K1 * (1 - B_TEXT + (B_TEXT * this.documentLength[slot]!) / meanLength);
        documentScore[slot] = documentScore[slot]! + (documentIdf * hits * (K1 + 1)) / (hits + norm);
        documentHits[slot] = 0;
      }
    }
    return { lexical, coverage, documentScore, coverageTotal, conceptWeights };
  }

  /**
   * Per-query score arrays, reused across queries (ranking is synchronous): allocating them at the corpus size per
   * query costs more than the scoring at 100k passages. `best` and `bestInText` are kept zeroed; the others are
   * zeroed on first use in a query.
   */
  private scratchBuffers(): Scratch {
    const documents = this.documentSlots.size + this.freeDocumentSlots.length;
    if (!this.scratch || this.scratch.lexical.length < this.nextId || this.scratch.documentScore.length < documents) {
      const capacity = Math.max(1024, Math.ceil(this.nextId * 1.5));
      const documentCapacity = Math.max(64, Math.ceil(documents * 1.5));
      this.scratch = {
        lexical: new Float64Array(capacity),
        coverage: new Float64Array(capacity),
        feedback: new Float64Array(capacity),
        best: new Float64Array(capacity),
        bestInText: new Uint8Array(capacity),
        documentScore: new Float64Array(documentCapacity),
        documentHits: new Float64Array(documentCapacity),
      };
    }
    return this.scratch;
  }

  /** Passages holding every term of a multi-word alternative, with the terms' mean score. */
  private allTermsScores(terms: string[]): Map<number, { score: number; inText: boolean }> {
    const hits = new Map<number, { score: number; inText: boolean; count: number }>();
    for (const term of terms) {
      this.lexical.scoreTerm(term, (id, score, inText) => {
        const hit = hits.get(id);
        if (hit) {
          hit.score += score;
          hit.count += 1;
          hit.inText &&= inText;
        } else hits.set(id, { score, inText, count: 1 });
      });
    }
    const complete = new Map<number, { score: number; inText: boolean }>();
    for (const [id, hit] of hits) {
      if (hit.count === terms.length) complete.set(id, { score: hit.score / terms.length, inText: hit.inText });
    }
    return complete;
  }

  private filterFor(filter: SearchFilter): (id: number) => boolean {
    return (id) => {
      const passage = this.entries[id]?.passage;
      if (!passage) return false;
      if (filter.document !== undefined && passage.document !== filter.document) return false;
      // A series ("WSIS-FORUM") matches the passages naming any of its meetings.
      const entity = filter.entity;
      if (entity !== undefined && !passage.entities.some((e) => e.key === entity || isMeetingOf(e.key, entity))) return false;
      if (filter.label !== undefined && !passage.entities.some((e) => e.label === filter.label)) return false;
      if (filter.yearFrom !== undefined && (passage.year === null || passage.year < filter.yearFrom)) return false;
      if (filter.yearTo !== undefined && (passage.year === null || passage.year > filter.yearTo)) return false;
      return true;
    };
  }
}

/** One passage analysed for the index: its entry, what the lexical index reads, and its vector. */
interface AnalysedPassage {
  entry: Entry;
  lexical: LexicalFields;
  vector: Float32Array | number[] | null;
}

interface AnalysedDocument {
  key: string;
  profile: DocumentProfile;
  passages: AnalysedPassage[];
}

/** A document's passages analysed one at a time, in ordinal order: a step per passage, so a caller may pause between them. */
function* analyseDocument(documentKey: string, passages: SearchablePassage[], issuingBody: string | null): Generator<void, AnalysedDocument> {
  const ordered = [...passages].sort((a, b) => a.ordinal - b.ordinal);
  const kinds = documentKindsOf(documentKey, ordered.map((passage) => passage.text));
  const headings = new Set(ordered.map((passage) => passage.section).filter((section) => section !== null));
  const texts: string[] = [];
  const analysed: AnalysedPassage[] = [];
  for (const [position, passage] of ordered.entries()) {
    // Documents write acronyms ("ITU-D", "UNGIS"), questions often the names: the reference names of the entities
    // a passage mentions join its context.
    const names = passage.entities.map((entity) => referenceNameOf(entity.key)).filter((name) => name !== null);
    const context = [contextOf(passage, texts), ...new Set(names)].join('\n');
    const { body, governing } = splitPassage(passage);
    texts.push(passage.text);
    const sentences = body.split(SENTENCE_BREAK).map((sentence) => termsOf(sentence));
    const leadInTerms = termsOf(governing.join('\n'));
    const bodyTerms = sentences.reduce((sum, terms) => sum + terms.length, 0);
    analysed.push({
      entry: {
        passage: { ...passage, vector: null },
        answerTypes: answerTypesOf(passage, context),
        sentences,
        leadInTerms,
        isLabel:
          bodyTerms < SHORT_PASSAGE_TERMS ||
          (headings.has(passage.text) && bodyTerms < HEADING_TERMS) ||
          // Passages with a given context (mandates) are items already, never a lead-in.
          (passage.context === undefined && introducesList(passage, ordered[position + 1])),
        ofResolution: passage.context !== undefined || kinds.has('resolution'),
      },
      lexical: { text: [...leadInTerms, ...sentences.flat()], context: termsOf(context) },
      vector: passage.vector,
    });
    yield;
  }
  return { key: documentKey, profile: { issuingBody, year: ordered[0]?.year ?? null, kinds }, passages: analysed };
}

interface Scratch {
  lexical: Float64Array;
  coverage: Float64Array;
  feedback: Float64Array;
  best: Float64Array;
  bestInText: Uint8Array;
  /** Per document slot: its BM25 over the query's concepts. */
  documentScore: Float64Array;
  /** Per document slot: the passages holding the current concept (lead-in matches at the context share); kept zeroed. */
  documentHits: Float64Array;
}

const termsOf = (text: string): string[] => analyze(text).map((token) => token.term);

/** The share of the query's entities a passage names; `credited` counts as named (its document's issuer). */
function entityShare(passage: SearchablePassage, queryEntities: readonly string[], credited: string | null | undefined): number {
  if (queryEntities.length === 0) return 0;
  const keys = new Set(passage.entities.map((entity) => entity.key));
  if (credited) {
    keys.add(credited);
    const organisation = organisationOf(credited);
    if (organisation) keys.add(organisation);
  }
  return queryEntities.filter((key) => keys.has(key)).length / queryEntities.length;
}

/** Sentence boundaries: end punctuation before a capital, digit or dash, and line breaks. */
const SENTENCE_BREAK = /(?<=[.;!?])\s+(?=[\p{Lu}\d–-])|\n+/u;

/** For each index term, the concepts it expresses and how strongly (paraphrases count less). */
type TermConcepts = Map<string, { concept: number; weight: number }[]>;

function termConceptsOf(concepts: Concept[]): TermConcepts {
  const map: TermConcepts = new Map();
  concepts.forEach((concept, index) => {
    for (const alternative of concept.alternatives) {
      for (const term of alternative.terms) {
        const list = map.get(term) ?? [];
        list.push({ concept: index, weight: alternative.weight });
        map.set(term, list);
      }
    }
  });
  return map;
}

/**
 * The share of the question's (IDF-weighted) concepts found together in one sentence: an answer states the
 * asked facts side by side, where a long passage may merely touch each somewhere.
 */
function sentenceCoverage(
  sentences: string[][],
  leadIn: readonly string[],
  termConcepts: TermConcepts,
  conceptWeights: readonly number[],
): number {
  const total = conceptWeights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return 0;
  // What the lead-in says holds for every sentence under it, at the share context counts for.
  const fromLeadIn = new Map<number, number>();
  for (const term of leadIn) {
    for (const hit of termConcepts.get(term) ?? []) {
      fromLeadIn.set(hit.concept, Math.max(fromLeadIn.get(hit.concept) ?? 0, hit.weight * CONTEXT_MATCH_SHARE));
    }
  }
  let best = 0;
  for (const sentence of sentences) {
    const strongest = new Map(fromLeadIn);
    for (const term of sentence) {
      for (const hit of termConcepts.get(term) ?? []) {
        strongest.set(hit.concept, Math.max(strongest.get(hit.concept) ?? 0, hit.weight));
      }
    }
    let sum = 0;
    for (const [concept, weight] of strongest) sum += weight * conceptWeights[concept]!;
    best = Math.max(best, sum);
  }
  return best / total;
}

/**
 * How well a passage's answer kinds fit the question's. A stated number, recurrence or date is hard evidence
 * ("how often …" is answered where a recurrence is stated), and so is an operative paragraph for a question asking
 * which resolution asks something; actors and documents are named almost everywhere.
 */
const STRONG_ANSWER_TYPES: ReadonlySet<AnswerType> = new Set(['quantity', 'frequency', 'date', 'year']);
const STRONG_ANSWER_FIT = 1;
const WEAK_ANSWER_FIT = 0.5;
function answerTypeFit(asked: ReadonlySet<AnswerType>, held: ReadonlySet<AnswerType>, ofResolution: boolean): number {
  let fit = 0;
  for (const type of asked) if (held.has(type)) fit = Math.max(fit, STRONG_ANSWER_TYPES.has(type) ? STRONG_ANSWER_FIT : WEAK_ANSWER_FIT);
  // What a resolution asks of someone is said in its operative part: that is where "which resolution asks …" is
  // answered. A report quoting that paragraph says which resolution asks it, as the resolution's own text does not
  // need to, but it is not the resolution: its quotation fits as an answer naming a resolution does.
  if (asked.has('resolution') && held.has('operative')) fit = ofResolution ? STRONG_ANSWER_FIT : Math.max(fit, WEAK_ANSWER_FIT);
  return fit;
}
