// One row per version (each citing document draws its own VERSION_OF); evidence capped at $evidence passages. The optional parts are subqueries: an OPTIONAL
// MATCH from a bound node made Grafeo join against a scan of every node.
MATCH (:Resolution {key: $key})<-[:VERSION_OF]-(v:ResolutionVersion)
WITH DISTINCT v
CALL {
  WITH v
  MATCH (v)-[:ADOPTED_AT]->(e:Event)
  RETURN collect(e) AS events
}
CALL {
  WITH v
  MATCH (v)-[:SUPPORTED_BY]->(p:Passage)
  WITH p
  ORDER BY p.key
  RETURN collect(p) AS passages
}
CALL {
  WITH passages
  UNWIND passages[0..$evidence] AS q
  MATCH (q)-[:PART_OF]->(d:Document)
  RETURN collect({document: q.document, passage: q.ordinal, text: q.text, page: q.page, source: d.source, title: d.title}) AS evidence
}
RETURN v.key AS key, v.year AS year, v.place AS place, v.kind AS kind, head(events).key AS event, head(events).name AS eventName,
  evidence, size(passages) AS evidenceTotal
