import type { Config } from '../config.js';
import { displayName } from '../domain/display-names.js';
import { type EntityLabel, isEntityLabel } from '../domain/labels.js';
import type { GraphStore, RowOf } from '../store/port.js';
import { runInSlices } from '../domain/slices.js';
import { queries } from '../store/queries/index.js';
import type { Embedder } from './embedder.js';
import { EntityDictionary } from './entity-dictionary.js';
import { REFERENCE_NAMES, resolveEntity } from './entity-resolver.js';
import type { SearchablePassage } from './passage-features.js';
import { planQuery } from './query.js';
import { entitiesNamedIn } from './query-entities.js';
import type { Signal, SignalValues } from './ranking.js';
import { type Candidate, SearchIndex, type SearchFilter } from './search-index.js';

export interface SearchParams extends SearchFilter {
  q: string;
  k: number;
}

export interface SearchResult {
  key: string;
  document: string;
  ordinal: number;
  page: number | null;
  section: string | null;
  text: string;
  /** The ingested file's base name. */
  source: string;
  title: string | null;
  score: number;
  /** Each signal's value (0..1) for this passage. */
  signals: SignalValues;
  /** The signals that add to its score: why it ranks where it does. */
  matched: Signal[];
  entities: { label: EntityLabel; key: string; name: string | null }[];
}

export interface SearchResponse {
  query: string;
  /** `unavailable`: no model loaded, results are lexical and graph signals only. */
  embeddings: 'ready' | 'unavailable';
  /** `hybrid`: the query was embedded and passage vectors took part; `lexical`: lexical and graph signals only. */
  mode: 'hybrid' | 'lexical';
  /** Entities the query names, resolved to keys: passages mentioning them rank higher. */
  queryEntities: string[];
  /** False when no result holds most of what the query asks (see closeMatch): the results are the nearest, not answers. */
  closeMatch: boolean;
  results: SearchResult[];
}

export interface SearchStatus {
  embeddings: 'ready' | 'unavailable';
  model: string | null;
  documents: number;
  passages: number;
  /** Passages with a vector from the loaded model; the rest rank on lexical and graph signals only. */
  passagesWithVectors: number;
}

export interface SearchService {
  search(params: SearchParams): Promise<SearchResponse>;
  /** Every candidate passage of a query with its signals, before fusion: what cross-validation fits weights on. */
  candidates(params: Omit<SearchParams, 'k'>): Promise<Candidate[]>;
  /**
   * Re-reads one document's passages from the store (after a write or delete), or everything. A document whose
   * refresh fails is kept pending and read again before the next search: the write it follows is committed.
   */
  refresh(documentKey?: string): Promise<void>;
  status(): SearchStatus;
}

/**
 * Share of the query's (IDF-weighted) concepts the best passage must hold, in one sentence or anywhere in it. A third:
 * on the dev questions (all answerable, many paraphrased) it flags 6 % of them; half flagged a fifth.
 */
const CLOSE_MATCH_SHARE = 1 / 3;

/**
 * A close match holds at least a third of what the query asks (its rarer words weigh more), side by side in a sentence
 * or anywhere in the passage and its context. Vector similarity alone does not count: this model finds some
 * passage near any text, so it cannot tell an answer from the nearest noise.
 */
export const isCloseMatch = (signals: SignalValues): boolean =>
  Math.max(signals.coverage, signals.sentence) >= CLOSE_MATCH_SHARE;

type Mention = RowOf<typeof queries.searchMentions>;
/** A name a document gives an entity, for the entity dictionary. */
type Naming = Pick<Mention, 'surface' | 'key'>;

/** The entities each passage mentions (each once), and each distinct name given to an entity: a step per mention. */
function* readMentions(mentions: readonly Mention[]): Generator<void, { entitiesByPassage: Map<string, SearchResult['entities']>; namings: Naming[] }> {
  const byPassage = new Map<string, Map<string, SearchResult['entities'][number]>>();
  const namings = new Map<string, Naming>();
  for (const mention of mentions) {
    namings.set(`${mention.key}\u0000${mention.surface}`, mention);
    const label = mention.labels.find(isEntityLabel);
    if (label) {
      const entities = byPassage.get(mention.passage) ?? new Map<string, SearchResult['entities'][number]>();
      if (!entities.has(mention.key)) entities.set(mention.key, { label, key: mention.key, name: mention.name ?? displayName(label, mention.key) });
      byPassage.set(mention.passage, entities);
    }
    yield;
  }
  const entitiesByPassage = new Map<string, SearchResult['entities']>();
  for (const [passage, entities] of byPassage) entitiesByPassage.set(passage, [...entities.values()]);
  return { entitiesByPassage, namings: [...namings.values()] };
}

/**
 * Hybrid passage search over everything the store holds: an in-process BM25F index and exact vectors,
 * loaded at start and refreshed per document, plus entity signals from the graph's MENTIONS.
 */
export async function createSearchService(deps: {
  store: GraphStore;
  embedder: Embedder | null;
  config: Config;
}): Promise<SearchService> {
  const { store, embedder } = deps;
  let index = new SearchIndex(embedder?.dimension ?? null);
  let dictionary = new EntityDictionary();

  const load = async (
    document: string | null,
  ): Promise<{ passages: SearchablePassage[]; namings: Naming[]; issuingBodies: Map<string, string | null> }> => {
    // One document's rows through its key (an index seek), not a filter over every passage.
    const [passageRows, mentions] = await Promise.all(
      document === null
        ? [store.run(queries.searchPassages, { document }), store.run(queries.searchMentions, { document })]
        : [store.run(queries.searchDocumentPassages, { document }), store.run(queries.searchDocumentMentions, { document })],
    );
    // A large document has millions of mentions (1.3 million for 18,000 passages): read in slices.
    const { entitiesByPassage, namings } = await runInSlices(readMentions(mentions));
    // Who issued each document lets a question name it ("the 2024 General Assembly resolution").
    const issuingBodies = new Map<string, string | null>();
    const passages = passageRows.map((row) => {
      issuingBodies.set(row.document, row.issuingBody);
      const usable = embedder !== null && row.embeddingModel === embedder.model;
      return {
        key: row.key,
        document: row.document,
        ordinal: row.ordinal,
        text: row.text,
        page: row.page,
        section: row.section,
        source: row.source ?? row.document,
        title: row.title,
        year: row.year,
        entities: entitiesByPassage.get(row.key) ?? [],
        vector: usable ? row.embedding : null,
      };
    });
    return { passages, namings, issuingBodies };
  };

  const byDocument = (passages: SearchablePassage[]): Map<string, SearchablePassage[]> => {
    const groups = new Map<string, SearchablePassage[]>();
    for (const passage of passages) {
      const list = groups.get(passage.document) ?? [];
      list.push(passage);
      groups.set(passage.document, list);
    }
    return groups;
  };

  const reloadAll = async (): Promise<void> => {
    const { passages, namings, issuingBodies } = await load(null);
    const fresh = new SearchIndex(embedder?.dimension ?? null);
    for (const [document, list] of byDocument(passages)) await fresh.setDocumentInSlices(document, list, issuingBodies.get(document) ?? null);
    const freshDictionary = new EntityDictionary();
    for (const naming of namings) freshDictionary.add(naming.surface, naming.key);
    // The reference tables' names and aliases ("Department of Economic and Social Affairs" for UNDESA), for the
    // entities the passages mention: a query may name them in words no passage happens to use.
    const mentioned = new Set(namings.map((naming) => naming.key));
    for (const [name, key] of REFERENCE_NAMES) if (mentioned.has(key)) freshDictionary.add(name, key);
    index = fresh;
    dictionary = freshDictionary;
  };

  const refreshDocument = async (documentKey: string): Promise<void> => {
    const { passages, namings, issuingBodies } = await load(documentKey);
    await index.setDocumentInSlices(documentKey, passages, issuingBodies.get(documentKey) ?? null);
    for (const naming of namings) dictionary.add(naming.surface, naming.key);
  };

  /**
   * Refreshes run one at a time, in the order asked: a refresh takes many event-loop turns (a large document is
   * indexed in slices), and one that read the store before a delete must not finish after the delete's own refresh.
   */
  let refreshes: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(refresh: () => Promise<T>): Promise<T> => {
    const turn = refreshes.then(refresh);
    refreshes = turn.catch(() => undefined);
    return turn;
  };

  /** Documents whose refresh failed; each search reads them first, so a committed write is never left unseen. */
  const pending = new Set<string>();
  const refreshOrKeepPending = async (documentKey: string): Promise<void> => {
    try {
      await refreshDocument(documentKey);
      pending.delete(documentKey);
    } catch (error) {
      pending.add(documentKey);
      throw error;
    }
  };
  const refreshPending = async (): Promise<void> => {
    for (const documentKey of [...pending]) await refreshOrKeepPending(documentKey);
  };
  // A search does not wait for a refresh in progress (its write has not answered yet), only for failed ones.
  const retryPending = (): Promise<void> => (pending.size === 0 ? Promise.resolve() : inTurn(refreshPending));

  await reloadAll();

  const prepare = async (params: Omit<SearchParams, 'k'>) => {
    // The same resolver as trace and mandates: an unknown name is a NotFoundError with suggestions, not an empty list.
    const entity = params.entity === undefined ? undefined : (await resolveEntity(store, params.entity)).key;
    const [queryVector] = embedder ? await embedder.embed([params.q]) : [];
    return {
      plan: planQuery(params.q),
      queryVector: queryVector ?? null,
      queryEntities: entitiesNamedIn(params.q, dictionary),
      filter: { ...params, entity } satisfies SearchFilter,
    };
  };

  return {
    async search(params: SearchParams): Promise<SearchResponse> {
      await retryPending();
      const { plan, queryVector, queryEntities, filter } = await prepare(params);
      const ranked = index.rank(plan, queryVector, queryEntities, filter, params.k);
      return {
        query: params.q,
        embeddings: embedder ? 'ready' : 'unavailable',
        mode: queryVector !== null && index.vectorCount > 0 ? 'hybrid' : 'lexical',
        queryEntities,
        closeMatch: ranked.length > 0 && isCloseMatch(ranked[0]!.signals),
        results: ranked.map(({ passage, score, signals, matched }) => ({
          key: passage.key,
          document: passage.document,
          ordinal: passage.ordinal,
          page: passage.page,
          section: passage.section,
          text: passage.text,
          source: passage.source,
          title: passage.title,
          score,
          signals,
          matched,
          entities: passage.entities.map(({ label, key, name }) => ({ label, key, name: name ?? null })),
        })),
      };
    },

    async candidates(params: Omit<SearchParams, 'k'>): Promise<Candidate[]> {
      await retryPending();
      const { plan, queryVector, queryEntities, filter } = await prepare(params);
      return index.candidates(plan, queryVector, queryEntities, filter);
    },

    async refresh(documentKey?: string): Promise<void> {
      if (documentKey === undefined) return inTurn(reloadAll);
      try {
        await inTurn(() => refreshOrKeepPending(documentKey));
      } catch {
        // Left pending: the next search reads it again.
      }
    },

    status(): SearchStatus {
      return {
        embeddings: embedder ? 'ready' : 'unavailable',
        model: embedder?.model ?? null,
        documents: index.documentKeys().length,
        passages: index.size,
        passagesWithVectors: index.vectorCount,
      };
    },
  };
}
