// One row per event and role; evidence capped at $evidence passages, looked up by key (an index seek).
MATCH (:Agency {key: $key})-[r:ORGANIZES]->(e:Event)
WITH e, r
ORDER BY r.passage
WITH e, r.role AS role, collect(DISTINCT r.passage) AS passageKeys
CALL {
  WITH passageKeys
  UNWIND passageKeys[0..$evidence] AS passageKey
  MATCH (p:Passage {key: passageKey})
  MATCH (p)-[:PART_OF]->(d:Document)
  RETURN collect({document: p.document, passage: p.ordinal, text: p.text, page: p.page, source: d.source, title: d.title}) AS evidence
}
RETURN e.key AS key, e.name AS name, e.year AS year, role, evidence, size(passageKeys) AS evidenceTotal
