import { z } from '../openapi/registry.js';
import { EntityLabelSchema, EntityRefSchema, EvidenceSchema, intParam } from './common.js';

export const EntityLookupQuerySchema = z.object({
  q: z.string().trim().min(1).max(200).openapi({ description: 'a key prefix, a name or an alias', example: 'unesco' }),
  k: intParam(1, 50, 10),
});
export const EntityLookupResponseSchema = z.object({ results: z.array(EntityRefSchema) }).openapi('EntityLookup');

export const NeighbourSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    name: z.string().nullable(),
    direction: z.enum(['out', 'in']),
    role: z.string().nullable(),
    source: z.string().nullable(),
    evidence: EvidenceSchema.nullable().openapi({ description: 'the first passage that shows the link' }),
    evidenceTotal: z.number().int().openapi({ description: 'how many passages show the link' }),
  })
  .openapi('Neighbour');

export const MentionSchema = EvidenceSchema.extend({
  surface: z.string().nullable().openapi({ description: 'the words that name the entity' }),
  start: z.number().int().nullable().openapi({ description: 'offset of the surface text in the passage text' }),
  end: z.number().int().nullable(),
}).openapi('MentionEvidence');

export const EntityDetailSchema = z
  .object({
    entity: EntityRefSchema,
    properties: z.record(z.string(), z.unknown()),
    neighbours: z.record(z.string(), z.array(NeighbourSchema)).openapi({ description: 'neighbours by relationship type (capped: see neighbourTotal)' }),
    neighbourTotal: z.number().int().openapi({ description: 'neighbours before the cap: more than listed means the list was cut' }),
    mentions: z.array(MentionSchema).openapi({ description: 'passages that name the entity (capped: see mentionTotal)' }),
    mentionTotal: z.number().int().openapi({ description: 'passages that name the entity: more than listed means the list was cut' }),
  })
  .openapi('EntityDetail');

export const ResolutionDetailSchema = z
  .object({
    resolution: EntityRefSchema,
    versions: z.array(
      z.object({
        key: z.string(),
        name: z.string().nullable().openapi({ description: 'the resolution and the year of this revision, in words' }),
        year: z.number().int().nullable(),
        place: z.string().nullable(),
        kind: z.string().nullable(),
        event: z.object({ key: z.string(), name: z.string().nullable() }).nullable(),
        evidence: z.array(EvidenceSchema).openapi({ description: 'the first passages that show the version (capped)' }),
        evidenceTotal: z.number().int().openapi({ description: 'how many passages show the version' }),
      }),
    ),
    mandates: z.array(
      z.object({ key: z.string(), addressee: z.string(), verb: z.string(), action: z.string(), evidence: EvidenceSchema.nullable() }),
    ),
    citedBy: z
      .array(
        z.object({
          key: z.string(),
          title: z.string().nullable(),
          year: z.number().int().nullable(),
          evidence: z.array(EvidenceSchema).openapi({ description: 'the first passages that cite it (capped)' }),
          evidenceTotal: z.number().int().openapi({ description: 'how many passages of the document cite it' }),
        }),
      )
      .openapi({ description: 'citing documents, oldest first (capped: see citedByTotal)' }),
    citedByTotal: z.number().int().openapi({ description: 'citing documents before the cap: more than listed means the list was cut' }),
  })
  .openapi('ResolutionDetail');

export const DocumentDetailSchema = z
  .object({
    document: z.object({
      key: z.string(),
      symbol: z.string().nullable(),
      title: z.string().nullable(),
      source: z.string().nullable(),
      format: z.string().nullable(),
      date: z.string().nullable(),
      year: z.number().int().nullable(),
      issuingBody: z.string().nullable(),
      purpose: z.string().nullable(),
      actionRequired: z.string().nullable(),
      pageCount: z.number().int().nullable(),
      resolution: z.string().nullable().openapi({ description: 'the resolution this text is, when it is one: then `?format=akn` exports it as Akoma Ntoso' }),
    }),
    passages: z.array(z.object({ ordinal: z.number().int(), text: z.string(), page: z.number().int().nullable(), section: z.string().nullable() })),
    passagePage: z
      .object({ offset: z.number().int(), limit: z.number().int(), total: z.number().int() })
      .openapi({ description: 'which passages are listed (by ordinal, from offset) and how many the document has' }),
    cites: z.array(
      z.object({ type: z.string(), key: z.string(), label: EntityLabelSchema, name: z.string().nullable(), evidence: EvidenceSchema.nullable() }),
    ),
  })
  .openapi('DocumentDetail');

export const PathsQuerySchema = z.object({
  from: z.string().trim().min(1).max(200).openapi({ example: 'UNESCO' }),
  to: z.string().trim().min(1).max(200).openapi({ example: 'WSIS+20' }),
  maxHops: intParam(1, 4, 4).openapi({ description: 'graph relationships per path (a shared passage counts two); at most 4' }),
  k: intParam(1, 20, 5),
});

export const PathsResponseSchema = z
  .object({
    from: EntityRefSchema,
    to: EntityRefSchema,
    paths: z.array(
      z.object({
        hops: z.array(
          z.object({
            from: z.string(),
            to: z.string(),
            via: z.string().openapi({ description: 'relationship type, or "passage" when both are named in one passage' }),
            evidence: EvidenceSchema.nullable(),
          }),
        ),
      }),
    ),
    total: z.number().int().openapi({ description: 'shortest paths found: more than listed means `k` cut them' }),
    truncated: z.boolean().openapi({ description: 'true when total > paths.length' }),
  })
  .openapi('Paths');
