import type { EntityDetail } from '../trace/types.js';

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
