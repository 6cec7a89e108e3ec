// One row per Action Line and source; evidence capped at $evidence passages, looked up by key (an index seek:
// a bare OPTIONAL MATCH on r.passage made Grafeo hash-join every passage in the graph).
MATCH (:Agency {key: $key})-[r:FACILITATES]->(l:ActionLine)
WITH l, r
ORDER BY r.passage
WITH l, r.source AS source, collect(r.role) AS roles, collect(DISTINCT r.passage) AS passageKeys
CALL {
  WITH passageKeys
  UNWIND passageKeys[0..$evidence] AS passageKey
  MATCH (p:Passage {key: passageKey})
  MATCH (p)-[:PART_OF]->(d:Document)
  RETURN collect({document: p.document, passage: p.ordinal, text: p.text, page: p.page, source: d.source, title: d.title}) AS evidence
}
RETURN l.key AS key, l.name AS name, head(roles) AS role, source, evidence, size(passageKeys) AS evidenceTotal
