import { z } from 'zod';
import type { GraphStore } from '../../store/port.js';
import type { EntityRef } from '../schemas/common.js';
import type { EntityDetailSchema } from '../schemas/entities.js';
import { queries } from '../../store/queries/index.js';

type EntityDetail = z.infer<typeof EntityDetailSchema>;

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
      name: row.name,
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

/** Linked-data identifiers: SDGs and their targets use the UN's own URIs, the rest our entity URLs. */
export function linkedDataId(key: string, label: string, base: string): string {
  const sdg = /^SDG(\d+(?:\.[0-9a-z]+)?)$/.exec(key);
  if (label === 'SDG' && sdg) return `http://metadata.un.org/sdg/${sdg[1]}`;
  return `${base}/api/entities/${encodeURIComponent(key)}`;
}

/** JSON-LD rendering of an entity page: the entity, its properties, and typed links to its neighbours. */
export function toJsonLd(detail: EntityDetail, base: string): Record<string, unknown> {
  const { entity } = detail;
  const links: Record<string, unknown[]> = {};
  for (const [type, list] of Object.entries(detail.neighbours)) {
    const linked = list.filter((n) => n.label !== 'Mandate');
    if (linked.length > 0) links[`wsis:${type}`] = linked.map((n) => ({ '@id': linkedDataId(n.key, n.label, base), name: n.name ?? n.key }));
  }
  return {
    '@context': { '@vocab': 'https://schema.org/', wsis: `${base}/api/vocab#` },
    '@id': linkedDataId(entity.key, entity.label, base),
    '@type': `wsis:${entity.label}`,
    identifier: entity.key,
    name: entity.name ?? entity.key,
    ...(entity.label === 'SDG' ? { sameAs: linkedDataId(entity.key, 'SDG', base) } : {}),
    ...links,
    subjectOf: detail.mentions.slice(0, 20).map((m) => ({ '@type': 'CreativeWork', identifier: `${m.document}#${m.passage}`, text: m.text })),
  };
}
