import { z } from 'zod';
import { readStatement } from '../statement.js';
import { CountRow, entityLabel, evidence, evidenceListColumns, key, keys, limit, nullableInt, nullableString } from './columns.js';

const EntityRow = z.object({ key: z.string(), label: entityLabel, name: nullableString });

/** Entities: resolution of what a user typed, the entity page, and paths between two entities. */
export const entityReads = {
  entitiesByKeys: readStatement('entities-by-keys', z.object({ keys }), EntityRow.extend({ props: z.record(z.string(), z.unknown()) })),
  entityLookup: readStatement('entity-lookup', z.object({ q: z.string(), limit }), EntityRow),
  entityMentionCount: readStatement('entity-mention-count', z.object({ key }), CountRow),
  entityMentions: readStatement(
    'entity-mentions',
    z.object({ key, limit }),
    z.object({
      document: z.string(),
      passage: z.number().int(),
      text: z.string(),
      page: nullableInt,
      source: nullableString,
      title: nullableString,
      surface: nullableString,
      start: nullableInt,
      end: nullableInt,
    }),
  ),
  entityNeighbourCount: readStatement('entity-neighbour-count', z.object({ key }), CountRow),
  entityNeighbours: readStatement(
    'entity-neighbours',
    z.object({ key, limit, evidence }),
    z.object({
      type: z.string(),
      outgoing: z.boolean().nullable().catch(null),
      key: z.string(),
      label: z.string(),
      name: nullableString,
      role: nullableString,
      source: nullableString,
      ...evidenceListColumns,
    }),
  ),
  pathsShortest: readStatement(
    'paths-shortest',
    z.object({ from: key, to: key, maxHops: z.number().int().positive(), limit }),
    z.object({
      nodes: z.array(z.object({ key: z.string(), label: z.string(), name: nullableString })),
      relationships: z.array(z.object({ type: z.string(), passage: nullableString, source: nullableString })),
      total: z.number().int(),
    }),
  ),
};
