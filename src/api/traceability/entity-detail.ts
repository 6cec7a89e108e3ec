import { z } from 'zod';
import { displayName } from '../../domain/display-names.js';
import { isEntityLabel } from '../../domain/labels.js';
import type { GraphStore } from '../../store/port.js';
import type { EntityRef } from '../schemas/common.js';
import type { EntityDetailSchema } from '../schemas/entities.js';
import { evidenceListColumns, nullableInt, nullableString, readRows } from './rows.js';

type EntityDetail = z.infer<typeof EntityDetailSchema>;

const PropsRowSchema = z.object({ props: z.record(z.string(), z.unknown()).nullable().catch(null) });
const NeighbourRowSchema = z.object({
  type: z.string(),
  outgoing: z.boolean().nullable().catch(null),
  key: z.string(),
  label: z.string(),
  name: nullableString,
  role: nullableString,
  source: nullableString,
  ...evidenceListColumns,
});
const CountRowSchema = z.object({ count: z.number().int() });
const MentionRowSchema = z.object({
  document: z.string(),
  passage: z.number().int(),
  text: z.string(),
  page: nullableInt,
  source: nullableString,
  title: nullableString,
  surface: nullableString,
  start: nullableInt,
  end: nullableInt,
});

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
    readRows(store, 'entities-by-keys', { keys: [entity.key] }, PropsRowSchema),
    readRows(store, 'entity-neighbours', { ...params, limit: NEIGHBOUR_LIMIT, evidence: NEIGHBOUR_EVIDENCE }, NeighbourRowSchema),
    readRows(store, 'entity-neighbour-count', params, CountRowSchema),
    readRows(store, 'entity-mentions', { ...params, limit: MENTION_LIMIT }, MentionRowSchema),
    readRows(store, 'entity-mention-count', params, CountRowSchema),
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
