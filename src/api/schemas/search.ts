import { z } from '../openapi/registry.js';
import { SIGNALS } from '../../search/ranking.js';
import { EntityLabelSchema, intParam, yearParam } from './common.js';

export const SearchQuerySchema = z
  .object({
    q: z.string().trim().min(1).max(500).openapi({ description: 'the question or keywords', example: 'Who leads the ITU WSIS task force?' }),
    k: intParam(1, 100, 10).openapi({ description: 'how many passages to return' }),
    document: z.string().trim().min(1).max(200).optional().openapi({ description: 'only passages of this document key' }),
    entity: z.string().trim().min(1).max(200).optional().openapi({ description: 'only passages mentioning this entity (key or name)', example: 'ITU-COUNCIL/1332' }),
    label: EntityLabelSchema.optional().openapi({ description: 'only passages mentioning an entity with this label' }),
    yearFrom: yearParam().openapi({ description: 'only documents from this year on' }),
    yearTo: yearParam().openapi({ description: 'only documents up to this year' }),
  })
  .refine((query) => query.yearFrom === undefined || query.yearTo === undefined || query.yearFrom <= query.yearTo, {
    path: ['yearTo'],
    message: 'yearTo must not be before yearFrom',
  });

const SignalSchema = z.enum(SIGNALS);

export const SignalValuesSchema = z
  .object({
    lexical: z.number().openapi({ description: 'BM25F over text and lead-in, divided by the best candidate\'s' }),
    coverage: z.number().openapi({ description: 'IDF-weighted share of the query concepts the passage contains' }),
    vector: z.number().openapi({ description: 'cosine with the query embedding, spread over the candidates (0 without a model)' }),
    answerType: z.number().openapi({ description: '1 when the passage states the number, recurrence or date asked, 0.5 the actor, document … asked' }),
    entity: z.number().openapi({ description: 'share of the entities named in the query that the passage mentions' }),
    sentence: z.number().openapi({ description: 'IDF-weighted share of the query concepts found together in one sentence' }),
    namedDocument: z.number().openapi({ description: '1 when the question names this document by issuer, year or kind' }),
    label: z.number().openapi({ description: '1 for a heading or label too short to answer (counts against it)' }),
    feedback: z.number().openapi({ description: 'BM25 on the pseudo-relevance-feedback terms (RM3), divided by the best candidate\'s' }),
    recency: z.number().openapi({ description: 'how recent the document is among the candidates (1 the newest, 0 the oldest or undated)' }),
  })
  .openapi('SignalValues');

export const SearchResultSchema = z
  .object({
    key: z.string().openapi({ description: 'passage key: <document key>#<ordinal>' }),
    document: z.string().openapi({ description: 'document key' }),
    ordinal: z.number().int(),
    page: z.number().int().nullable(),
    section: z.string().nullable().openapi({ description: 'nearest heading above the passage' }),
    text: z.string().openapi({ description: 'the passage text' }),
    source: z.string().openapi({ description: "the ingested file's base name" }),
    title: z.string().nullable().openapi({ description: 'document title' }),
    score: z.number().openapi({ description: 'weighted sum of the signals (weights fitted by cross-validation)' }),
    signals: SignalValuesSchema,
    matched: z.array(SignalSchema).openapi({ description: 'the signals that add to this score: why the passage ranks here' }),
    entities: z
      .array(z.object({ label: EntityLabelSchema, key: z.string(), name: z.string().nullable() }))
      .openapi({ description: 'entities the passage mentions, each with its name (null where none is known)' }),
  })
  .openapi('SearchResult');

export const SearchResponseSchema = z
  .object({
    query: z.string(),
    embeddings: z.enum(['ready', 'unavailable']).openapi({ description: 'unavailable: no embedding model loaded' }),
    mode: z.enum(['hybrid', 'lexical']).openapi({ description: 'hybrid: the query vector met passage vectors; lexical: lexical and graph signals only (no model, or no passage embedded yet)' }),
    queryEntities: z.array(z.string()).openapi({ description: 'entity keys the query names' }),
    closeMatch: z.boolean().openapi({ description: 'false when no result holds at least a third of what the query asks (IDF-weighted): the results are the nearest passages, not answers' }),
    results: z.array(SearchResultSchema),
  })
  .openapi('SearchResponse');
