import { SIGNALS } from '../../search/ranking.js';
import { z } from '../openapi/registry.js';
import { EVIDENCE_CAP } from '../../trace/types.js';
import { EntityLabelSchema, EntityRefSchema, EvidenceSchema, LinkSourceSchema, intParam, yearParam } from './common.js';

export const EVIDENCE_CAP_NOTE = `Evidence lists hold at most ${EVIDENCE_CAP} passages; \`evidenceTotal\` counts every passage that shows the link, so \`evidenceTotal > evidence.length\` means the list was cut.`;
export const evidenceListFields = {
  evidence: z.array(EvidenceSchema).openapi({ description: `the first ${EVIDENCE_CAP} passages that show the link` }),
  evidenceTotal: z.number().int().openapi({ description: `how many passages show the link (evidence lists at most ${EVIDENCE_CAP})` }),
};

export const MandatesQuerySchema = z.object({
  activity: z.string().trim().min(1).max(500).optional().openapi({ description: 'the activity, in any words', example: 'keep the WSIS roadmaps up to date' }),
  k: intParam(1, 100, 10),
  resolution: z.string().trim().min(1).max(100).optional().openapi({ example: 'ITU-COUNCIL/1332' }),
  addressee: z.string().trim().min(1).max(100).optional().openapi({ example: 'Secretary-General' }),
  verb: z.string().trim().min(1).max(30).optional().openapi({ example: 'instructs' }),
});

export const MandateSchema = z
  .object({
    key: z.string(),
    resolution: z.string().openapi({ example: 'ITU-COUNCIL/1332' }),
    resolutionTitle: z.string().nullable().openapi({ description: 'the resolution node’s stored name, when one was read' }),
    resolutionName: z.string().nullable().openapi({ description: 'a readable name: the stored one, else issuer and number ("Resolution 1332 of the ITU Council")' }),
    latestVersion: z.object({ key: z.string(), year: z.number().int() }).nullable(),
    addressee: z.string(),
    verb: z.string(),
    action: z.string(),
    score: z.number().nullable().openapi({ description: 'match of the action to the activity: the search ranking\'s fused score (null without an activity)' }),
    matched: z.array(z.enum(SIGNALS)).openapi({ description: 'the ranking signals that match the activity (empty without one)' }),
    evidence: EvidenceSchema.nullable(),
  })
  .openapi('Mandate');

export const MandatesResponseSchema = z.object({ results: z.array(MandateSchema) }).openapi('Mandates');

export const TraceQuerySchema = z.object({
  entity: z.string().trim().min(1).max(200).openapi({ description: 'a key, a name or an alias', example: 'WSIS+20' }),
  label: EntityLabelSchema.optional().openapi({ description: 'only items with this label' }),
  yearFrom: yearParam(),
  yearTo: yearParam(),
  limit: intParam(1, 1000, 200).openapi({ description: 'timeline items returned (the first by year); `total` counts them all' }),
});

export const TimelineItemSchema = z
  .object({
    key: z.string(),
    label: EntityLabelSchema,
    name: z.string().nullable(),
    year: z.number().int().nullable(),
    ties: z.array(z.string()).openapi({ description: 'how it is tied: "co-mention" or a relationship type' }),
    source: z.literal('reference').optional().openapi({ description: 'present when the tie is reference data only' }),
    ...evidenceListFields,
  })
  .openapi('TimelineItem');

export const TraceResponseSchema = z
  .object({
    entity: EntityRefSchema,
    timeline: z.array(TimelineItemSchema),
    total: z.number().int().openapi({ description: 'items that match the filters, before `limit`' }),
    passagesTotal: z.number().int().openapi({ description: 'passages that name the entity' }),
    passagesRead: z.number().int().openapi({ description: 'passages the timeline was built from (capped, in store order)' }),
    truncated: z
      .boolean()
      .openapi({ description: 'true when `limit` cut the timeline (total > timeline.length) or not every passage was read (passagesRead < passagesTotal)' }),
  })
  .openapi('Trace');

export const AgencyParamsSchema = z.object({ key: z.string().min(1).max(100).openapi({ example: 'UNESCO' }) });

export const LinkagesResponseSchema = z
  .object({
    agency: z.object({ key: z.string(), name: z.string().nullable() }),
    actionLines: z.array(
      z.object({
        key: z.string(),
        name: z.string().nullable(),
        role: z.string().nullable().openapi({ description: 'the facilitator role (reference data first, else as a passage states it)' }),
        source: LinkSourceSchema.openapi({ description: '`reference` when reference data holds the link, else `passage`' }),
        sources: z.array(LinkSourceSchema).openapi({ description: 'every source of the link: reference data, passages or both' }),
        ...evidenceListFields,
      }),
    ),
    sdgs: z.array(
      z.object({
        key: z.string(),
        name: z.string().nullable(),
        via: z.array(z.string()).openapi({ description: 'the Action Lines the WSIS–SDG Matrix links through' }),
        targets: z.array(z.string()),
      }),
    ),
    events: z.array(
      z.object({
        key: z.string(),
        name: z.string().nullable(),
        year: z.number().int().nullable(),
        role: z.string().nullable(),
        ...evidenceListFields,
      }),
    ),
    partners: z.array(
      z.object({
        key: z.string(),
        name: z.string().nullable(),
        how: z.array(z.string()).openapi({ description: 'e.g. "partners-with", "co-facilitates C3"' }),
        ...evidenceListFields,
      }),
    ),
  })
  .openapi('AgencyLinkages');
