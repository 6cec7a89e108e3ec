import { z } from 'zod';
import { StoreError } from '../../domain/errors.js';
import { displayName } from '../../domain/display-names.js';
import { ENTITY_LABELS, type EntityLabel } from '../../domain/labels.js';
import type { GraphStore } from '../../store/port.js';
import type { Evidence } from '../schemas/common.js';
import { EVIDENCE_CAP } from '../schemas/traceability.js';

/** Runs a named read and validates every row; a row of the wrong shape is a store fault, not a client one. */
export async function readRows<T extends z.ZodType>(
  store: GraphStore,
  name: string,
  params: Record<string, unknown>,
  schema: T,
): Promise<z.infer<T>[]> {
  const rows = await store.read(name, params);
  const parsed = z.array(schema).safeParse(rows);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError(`read ${name}: unexpected row shape at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

/** An entity stored without a name gets the readable one its key and the reference tables give (or stays null). */
export const withDisplayName = <T extends { key: string; label: EntityLabel; name: string | null }>(entity: T): T => ({
  ...entity,
  name: entity.name ?? displayName(entity.label, entity.key),
});

export const nullableString = z.string().nullable().catch(null);
export const nullableInt = z.number().int().nullable().catch(null);
export const entityLabel = z.enum(ENTITY_LABELS);

/** Where a passage sits: its PDF page, and the file and title of its document (read with the passage text). */
const locationColumns = { page: nullableInt, source: nullableString, title: nullableString };

/** The passage columns every evidence-bearing read returns (all null when the link has no passage). */
export const evidenceColumns = {
  document: z.string().nullable(),
  passage: z.number().int().nullable(),
  text: z.string().nullable(),
  ...locationColumns,
};

/** Capped evidence as the aggregating reads return it (`collect(...)[0..$evidence]`, plus the uncapped count). */
export const evidenceListColumns = {
  evidence: z.array(z.object({ document: z.string(), passage: z.number().int(), text: z.string(), ...locationColumns })),
  evidenceTotal: z.number().int(),
};

/** A passage row as the batched passage reads return it (passages-by-key). */
export const PassageRowSchema = z.object({ key: z.string(), document: z.string(), passage: z.number().int(), text: z.string(), ...locationColumns });

interface EvidenceRow {
  document: string | null;
  passage: number | null;
  text: string | null;
  page?: number | null;
  source?: string | null;
  title?: string | null;
}

export function evidenceOf(row: EvidenceRow): Evidence | null {
  if (row.document === null || row.passage === null || row.text === null) return null;
  return { document: row.document, passage: row.passage, text: row.text, page: row.page ?? null, source: row.source ?? null, title: row.title ?? null };
}

/** Adds evidence to a list once (same document and passage = same evidence), up to EVIDENCE_CAP items. */
export function addEvidence(list: Evidence[], evidence: Evidence | null): void {
  if (!evidence || list.length >= EVIDENCE_CAP) return;
  if (!list.some((e) => e.document === evidence.document && e.passage === evidence.passage)) list.push(evidence);
}
