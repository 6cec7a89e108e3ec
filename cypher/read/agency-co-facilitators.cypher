// One row per co-facilitating agency and Action Line; evidence capped at $evidence passages (an index seek).
MATCH (:Agency {key: $key})-[:FACILITATES]->(l:ActionLine)<-[r:FACILITATES]-(b:Agency)
WHERE b.key <> $key
WITH b, l, r
ORDER BY r.passage
WITH b, l, collect(DISTINCT r.passage) AS passageKeys
CALL {
  WITH passageKeys
  UNWIND passageKeys[0..$evidence] AS passageKey
  MATCH (p:Passage {key: passageKey})
  MATCH (p)-[:PART_OF]->(d:Document)
  RETURN collect({document: p.document, passage: p.ordinal, text: p.text, page: p.page, source: d.source, title: d.title}) AS evidence
}
RETURN b.key AS key, b.name AS name, l.key AS actionLine, evidence, size(passageKeys) AS evidenceTotal
