// One row per document whose passages name the entity; evidence capped at $evidence passages.
MATCH (e {key: $key})<-[:MENTIONS]-(p)
MATCH (p)-[:PART_OF]->(d:Document)
WITH d, collect(p) AS passages
RETURN d.key AS key, d.title AS name, d.year AS year, d.date AS date,
  [q IN passages[0..$evidence] | {document: q.document, passage: q.ordinal, text: q.text}] AS evidence,
  size(passages) AS evidenceTotal
