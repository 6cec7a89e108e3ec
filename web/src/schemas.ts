/**
 * What the UI reads from the API (contracts in shared/spec/graph-model.md; extra fields are the API's design).
 * Objects are loose: fields the UI does not show may come and go without breaking the page.
 */
import * as z from 'zod/mini';

export const ProblemSchema = z.looseObject({
  title: z.optional(z.string()),
  status: z.optional(z.number()),
  detail: z.optional(z.string()),
});

export const EvidenceSchema = z.looseObject({
  document: z.string(),
  passage: z.number(),
  text: z.string(),
  page: z.optional(z.nullable(z.number())),
  source: z.optional(z.nullable(z.string())),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EntityRefSchema = z.looseObject({
  key: z.string(),
  label: z.optional(z.string()),
  name: z.optional(z.nullable(z.string())),
});
export type EntityRef = z.infer<typeof EntityRefSchema>;

export const SearchResultSchema = z.looseObject({
  text: z.string(),
  source: z.string(),
  document: z.optional(z.string()),
  passage: z.optional(z.number()),
  ordinal: z.optional(z.number()),
  page: z.optional(z.nullable(z.number())),
  section: z.optional(z.nullable(z.string())),
  score: z.optional(z.number()),
  matched: z.optional(z.array(z.string())),
  entities: z.optional(z.array(EntityRefSchema)),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
export const SearchResponseSchema = z.looseObject({ results: z.array(SearchResultSchema), closeMatch: z.optional(z.boolean()) });

const ScalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const NeighbourSchema = z.looseObject({
  key: z.string(),
  label: z.optional(z.string()),
  name: z.optional(z.nullable(z.string())),
  direction: z.optional(z.enum(['in', 'out'])),
  role: z.optional(z.nullable(z.string())),
  source: z.optional(z.nullable(z.string())),
  evidence: z.optional(z.nullable(EvidenceSchema)),
});
export type Neighbour = z.infer<typeof NeighbourSchema>;

export const MentionSchema = z.extend(EvidenceSchema, {
  surface: z.optional(z.nullable(z.string())),
  start: z.optional(z.nullable(z.number())),
  end: z.optional(z.nullable(z.number())),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EntityDetailSchema = z.looseObject({
  entity: z.extend(EntityRefSchema, { label: z.string() }),
  properties: z._default(z.record(z.string(), z.unknown()), {}),
  /** Neighbours by relationship type. */
  neighbours: z._default(z.record(z.string(), z.array(NeighbourSchema)), {}),
  mentions: z._default(z.array(MentionSchema), []),
});
export type EntityDetail = z.infer<typeof EntityDetailSchema>;

export const DocumentDetailSchema = z.looseObject({
  document: z.looseObject({
    key: z.string(),
    symbol: z.optional(z.nullable(z.string())),
    title: z.optional(z.nullable(z.string())),
    source: z.optional(z.nullable(z.string())),
    format: z.optional(z.nullable(z.string())),
    date: z.optional(z.nullable(z.string())),
    issuingBody: z.optional(z.nullable(z.string())),
    pageCount: z.optional(z.nullable(z.number())),
    resolution: z.optional(z.nullable(z.string())),
  }),
  passages: z.array(
    z.looseObject({ ordinal: z.number(), text: z.string(), page: z.optional(z.nullable(z.number())), section: z.optional(z.nullable(z.string())) }),
  ),
  cites: z._default(z.array(z.extend(EntityRefSchema, { type: z.optional(z.string()) })), []),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

export const TimelineItemSchema = z.looseObject({
  key: z.string(),
  label: z.optional(z.string()),
  name: z.optional(z.nullable(z.string())),
  year: z.optional(z.nullable(z.number())),
  evidence: z._default(z.array(EvidenceSchema), []),
  evidenceTotal: z.optional(z.number()),
});
export type TimelineItem = z.infer<typeof TimelineItemSchema>;
export const TraceResponseSchema = z.looseObject({
  entity: EntityRefSchema,
  timeline: z.array(TimelineItemSchema),
  total: z.optional(z.number()),
  passagesTotal: z.optional(z.number()),
  passagesRead: z.optional(z.number()),
});

export const MandateSchema = z.looseObject({
  resolution: z.string(),
  resolutionTitle: z.optional(z.nullable(z.string())),
  resolutionName: z.optional(z.nullable(z.string())),
  latestVersion: z.optional(z.nullable(z.looseObject({ key: z.string(), year: z.number() }))),
  addressee: z.string(),
  verb: z.string(),
  action: z.string(),
  evidence: z.nullable(EvidenceSchema),
});
export type MandateResult = z.infer<typeof MandateSchema>;
export const MandatesResponseSchema = z.looseObject({ results: z.array(MandateSchema) });

const LinkSchema = z.looseObject({
  key: z.string(),
  name: z.optional(z.nullable(z.string())),
  role: z.optional(z.nullable(z.string())),
  source: z.optional(z.nullable(z.string())),
  sources: z.optional(z.array(z.string())),
  how: z.optional(z.array(z.string())),
  via: z.optional(z.array(z.string())),
  targets: z.optional(z.array(z.string())),
  evidence: z.optional(z.array(EvidenceSchema)),
  evidenceTotal: z.optional(z.number()),
});
export type Link = z.infer<typeof LinkSchema>;
export const LinkagesResponseSchema = z.looseObject({
  agency: EntityRefSchema,
  actionLines: z._default(z.array(LinkSchema), []),
  sdgs: z._default(z.array(LinkSchema), []),
  events: z._default(z.array(LinkSchema), []),
  partners: z._default(z.array(LinkSchema), []),
});

export const HealthSchema = z.looseObject({
  mode: z.enum(['hybrid', 'lexical']),
  state: z.enum(['ready', 'indexing', 'unavailable']),
  model: z.nullable(z.string()),
  embedded: z.number(),
  total: z.number(),
});
export type Health = z.infer<typeof HealthSchema>;

export const EntityLookupSchema = z.looseObject({ results: z.array(EntityRefSchema) });

export const UploadResultSchema = z.looseObject({
  key: z.string(),
  source: z.optional(z.string()),
  status: z.optional(z.string()),
  passages: z.optional(z.number()),
  entities: z.optional(z.number()),
});
export const DeleteResultSchema = z.looseObject({});

export const scalarText = (value: unknown): string => {
  const parsed = ScalarSchema.safeParse(value);
  if (parsed.success) return parsed.data === null ? '—' : String(parsed.data);
  return JSON.stringify(value);
};
