// One row per partner agency (a hub pair is named together in thousands of passages); evidence capped at
// $evidence passages, looked up by key (an index seek).
MATCH (:Agency {key: $key})-[r:PARTNERS_WITH]-(b:Agency)
WHERE b.key <> $key
WITH b, r
ORDER BY r.passage
WITH b, collect(DISTINCT r.role) AS roles, collect(DISTINCT r.passage) AS passageKeys
CALL {
  WITH passageKeys
  UNWIND passageKeys[0..$evidence] AS passageKey
  MATCH (p:Passage {key: passageKey})
  MATCH (p)-[:PART_OF]->(d:Document)
  RETURN collect({document: p.document, passage: p.ordinal, text: p.text, page: p.page, source: d.source, title: d.title}) AS evidence
}
RETURN b.key AS key, b.name AS name, roles, evidence, size(passageKeys) AS evidenceTotal
