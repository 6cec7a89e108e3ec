// One row per neighbour and relationship type, typed so a hub's passage edges (MENTIONS, PART_OF, SUPPORTED_BY)
// are never expanded; evidence capped at $evidence passages, looked up by key (an index seek). Cut at $limit.
MATCH (e {key: $key})-[r:VERSION_OF|ADOPTED_AT|MANDATES|FACILITATES|LINKED_TO|ORGANIZES|PARTNERS_WITH|REFERENCES|CITES|SUB_LINE_OF]-(o)
WITH e, o, r
ORDER BY r.passage
WITH o, type(r) AS type, startNode(r) = e AS outgoing, collect(DISTINCT r.role) AS roles,
  collect(DISTINCT r.source) AS sources, collect(DISTINCT r.passage) AS passageKeys
ORDER BY type, o.key
LIMIT $limit
CALL {
  WITH passageKeys
  UNWIND passageKeys[0..$evidence] AS passageKey
  MATCH (p:Passage {key: passageKey})
  MATCH (p)-[:PART_OF]->(d:Document)
  RETURN collect({document: p.document, passage: p.ordinal, text: p.text, page: p.page, source: d.source, title: d.title}) AS evidence
}
RETURN type, outgoing, o.key AS key, labels(o)[0] AS label, coalesce(o.name, o.action) AS name, head(roles) AS role,
  head(sources) AS source, evidence, size(passageKeys) AS evidenceTotal
