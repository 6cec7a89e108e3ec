import { ENTITY_LABELS } from '../../domain/labels.js';
import { z } from '../openapi/registry.js';

/** Where an answer comes from: the passage that says it. */
export const EvidenceSchema = z
  .object({
    document: z.string().openapi({ description: 'document key', example: 'file:4b15772562199e' }),
    passage: z.number().int().openapi({ description: 'passage ordinal in the document', example: 3 }),
    text: z.string().openapi({ description: 'the passage text' }),
    page: z.number().int().nullable().openapi({ description: 'the PDF page the passage is on (null for formats without pages)', example: 4 }),
    source: z.string().nullable().openapi({ description: "the ingested file's name", example: '002_4b15772562199ea2.txt' }),
    title: z.string().nullable().openapi({ description: "the document's title, when one was read" }),
  })
  .openapi('Evidence');
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EntityLabelSchema = z.enum(ENTITY_LABELS).openapi('EntityLabel');

export const EntityRefSchema = z
  .object({
    key: z.string(),
    label: EntityLabelSchema,
    name: z.string().nullable(),
    members: z.array(z.string()).optional().openapi({ description: 'for a series of meetings ("WSIS Forum"): its stored meetings, oldest first' }),
  })
  .openapi('EntityRef');
export type EntityRef = z.infer<typeof EntityRefSchema>;

/** Link provenance: seeded reference data, or a passage of an ingested document. */
export const LinkSourceSchema = z.enum(['reference', 'passage']).openapi('LinkSource');

/** Keys contain "/" (ITU-PP/140, A/RES/70/125): routes take the rest of the path, encoded or not. */
export const KeyParamsSchema = z.object({
  key: z.string().min(1).max(200).openapi({ description: 'entity key; "/" may be sent as-is or as %2F', example: 'ITU-PP/140' }),
});

/** Query-string integers arrive as text. */
export const intParam = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);
export const yearParam = () => z.coerce.number().int().min(1800).max(2200).optional();
