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
RETURN v.key AS key, v.year AS year, v.place AS place, v.kind AS kind, head(events).key AS event, head(events).name AS eventName,
  [q IN passages[0..$evidence] | {document: q.document, passage: q.ordinal, text: q.text}] AS evidence,
  size(passages) AS evidenceTotal
