// One row per document whose passages name the entity, with the keys of up to $evidence of those passages and
// their count (the caller reads the text only for the items it returns). The same first $passages passages
// as trace-comentions are read.
MATCH (e {key: $key})<-[:MENTIONS]-(p)
WITH DISTINCT p
LIMIT $passages
MATCH (p)-[:PART_OF]->(d:Document)
WITH d, collect(p) AS passages
RETURN d.key AS key, d.title AS name, d.year AS year, d.date AS date, [q IN passages[0..$evidence] | q.key] AS passageKeys,
  size(passages) AS evidenceTotal
