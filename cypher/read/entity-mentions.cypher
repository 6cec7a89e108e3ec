// Up to $limit passages that name the entity, in store order: ordering a hub's 20,000 mentions first cost more
// than the page is worth (the caller sorts the ones it shows; entity-mention-count gives the total).
MATCH (e {key: $key})<-[m:MENTIONS]-(p)
WITH m, p
LIMIT $limit
MATCH (p)-[:PART_OF]->(d:Document)
RETURN p.document AS document, p.ordinal AS passage, p.text AS text, p.page AS page, d.source AS source, d.title AS title,
  m.text AS surface, m.start AS start, m.end AS end
