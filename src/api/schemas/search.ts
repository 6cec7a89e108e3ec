import { z } from '../openapi/registry.js';
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

export const ScoreComponentsSchema = z
  .object({
    lexical: z.number().openapi({ description: 'BM25F over text and lead-in, max-normalized in this result set' }),
    coverage: z.number().openapi({ description: 'IDF-weighted share of the query concepts the passage contains' }),
    vector: z.number().nullable().openapi({ description: 'cosine with the query embedding; null without a vector' }),
    answerType: z.number().openapi({ description: '1 when the passage holds the kind of answer asked (amount, date, actor …)' }),
    entity: z.number().openapi({ description: 'share of the entities named in the query that the passage mentions' }),
    sentence: z.number().openapi({ description: 'IDF-weighted share of the query concepts found together in one sentence' }),
  })
  .openapi('ScoreComponents');

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
    score: z.number(),
    components: ScoreComponentsSchema,
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
    results: z.array(SearchResultSchema),
  })
  .openapi('SearchResponse');
