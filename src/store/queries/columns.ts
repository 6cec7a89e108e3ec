import { z } from 'zod';
import { ENTITY_LABELS } from '../../domain/labels.js';

/** Column types the read statements share. Optional properties come back null or absent, never wrongly typed. */
export const nullableString = z.string().nullable().catch(null);
export const nullableInt = z.number().int().nullable().catch(null);
export const entityLabel = z.enum(ENTITY_LABELS);
export const count = z.number().int();
export const CountRow = z.object({ count: z.coerce.number().int() });

export const key = z.string().min(1);
export const keys = z.array(z.string());
/** How many evidence passages an aggregating read returns per item (`collect(...)[0..$evidence]`). */
export const evidence = z.number().int().nonnegative();
export const limit = z.number().int().positive();

/** Where a passage sits: its PDF page, and the file and title of its document (read with the passage text). */
export const locationColumns = { page: nullableInt, source: nullableString, title: nullableString };

/** The passage columns every evidence-bearing read returns (all null when the link has no passage). */
export const evidenceColumns = {
  document: z.string().nullable(),
  passage: z.number().int().nullable(),
  text: z.string().nullable(),
  ...locationColumns,
};

/** Capped evidence as the aggregating reads return it, plus the uncapped count. */
export const evidenceListColumns = {
  evidence: z.array(z.object({ document: z.string(), passage: z.number().int(), text: z.string(), ...locationColumns })),
  evidenceTotal: z.number().int(),
};

/** A passage with its place, as the batched passage reads return it. */
export const PassageRow = z.object({ key: z.string(), document: z.string(), passage: z.number().int(), text: z.string(), ...locationColumns });
