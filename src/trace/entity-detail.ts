import { displayName } from '../domain/display-names.js';
import { isEntityLabel } from '../domain/labels.js';
import type { GraphStore } from '../store/port.js';
import type { EntityRef } from './types.js';
import type { EntityDetail } from './types.js';
import { queries } from '../store/queries/index.js';


/** Neighbours and mentions are capped (hubs like ITU touch most of the graph); the totals say by how much. */
export const NEIGHBOUR_LIMIT = 500;
export const MENTION_LIMIT = 200;
/** A neighbour shows the first passage that links it; evidenceTotal counts them all. */
const NEIGHBOUR_EVIDENCE = 1;
/** Stored but not for readers: vectors and bookkeeping. */
const HIDDEN_PROPERTIES = new Set(['embedding']);

export async function entityDetail(store: GraphStore, entity: EntityRef): Promise<EntityDetail> {
  const params = { key: entity.key };
  const [props, neighbours, neighbourCount, mentions, mentionCount] = await Promise.all([
    store.run(queries.entitiesByKeys, { keys: [entity.key] }),
    store.run(queries.entityNeighbours, { ...params, limit: NEIGHBOUR_LIMIT, evidence: NEIGHBOUR_EVIDENCE }),
    store.run(queries.entityNeighbourCount, params),
    store.run(queries.entityMentions, { ...params, limit: MENTION_LIMIT }),
    store.run(queries.entityMentionCount, params),
  ]);
  const properties = Object.fromEntries(
    Object.entries(props[0]?.props ?? {}).filter(([name]) => !HIDDEN_PROPERTIES.has(name)),
  );
  const byType: EntityDetail['neighbours'] = {};
  for (const row of neighbours) {
    (byType[row.type] ??= []).push({
      key: row.key,
      label: row.label,
      name: row.name ?? (isEntityLabel(row.label) ? displayName(row.label, row.key) : null),
      direction: row.outgoing === false ? 'in' : 'out',
      role: row.role,
      source: row.source,
      evidence: row.evidence[0] ?? null,
      evidenceTotal: row.evidenceTotal,
    });
  }
  mentions.sort((a, b) => a.document.localeCompare(b.document) || a.passage - b.passage);
  return {
    entity,
    properties,
    neighbours: byType,
    neighbourTotal: neighbourCount[0]?.count ?? neighbours.length,
    mentions,
    mentionTotal: mentionCount[0]?.count ?? mentions.length,
  };
}
