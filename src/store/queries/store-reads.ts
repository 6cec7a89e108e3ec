import { z } from 'zod';
import { readStatement } from '../statement.js';
import { CountRow, key } from './columns.js';

/** The reads the adapters make for themselves: document state, counts, the stored vector dimension, health. */
const DocumentStateRow = z.object({ key: z.string(), sha256: z.string(), embeddingModel: z.string().nullable(), source: z.string().nullable().catch(null) });
const none = z.object({});

export const storeReads = {
  documentState: readStatement('document-state', z.object({ key }), DocumentStateRow),
  documentStateBySha: readStatement('document-state-by-sha', z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }), DocumentStateRow),
  countDocuments: readStatement('count-documents', none, CountRow),
  countPassages: readStatement('count-passages', none, CountRow),
  countEntities: readStatement('count-entities', none, CountRow),
  countRelationships: readStatement('count-relationships', none, CountRow),
  embeddingDimension: readStatement('embedding-dimension', none, z.object({ dimension: z.number().int().positive().nullable() })),
  health: readStatement('health', none, z.object({ ok: z.coerce.number() })),
};
