// One row per citing document, oldest first, cut at $limit; evidence capped at $evidence passages.
MATCH (:Resolution {key: $key})<-[:MENTIONS]-(p)
MATCH (p)-[:PART_OF]->(d:Document)
WITH d, collect(p) AS passages
ORDER BY d.year, d.key
LIMIT $limit
RETURN d.key AS key, d.title AS title, d.year AS year,
  [q IN passages[0..$evidence] | {document: q.document, passage: q.ordinal, text: q.text, page: q.page, source: d.source, title: d.title}] AS evidence,
  size(passages) AS evidenceTotal
