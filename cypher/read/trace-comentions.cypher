// One row per entity named in a passage with this one (the entity itself comes back too: the caller drops it,
// cheaper than a filter on every row); evidence capped at $evidence passages. For a hub (WSIS+20 is named in a
// fifth of the synthetic passages) this walks every such passage once: two MATCH clauses avoid a
// relationship-uniqueness check per row.
MATCH (e {key: $key})<-[:MENTIONS]-(p)
MATCH (p)-[:MENTIONS]->(o)
WITH o, collect(p) AS passages
RETURN o.key AS key, labels(o)[0] AS label, o.name AS name, o.year AS year, o.date AS date,
  [q IN passages[0..$evidence] | {document: q.document, passage: q.ordinal, text: q.text}] AS evidence,
  size(passages) AS evidenceTotal
