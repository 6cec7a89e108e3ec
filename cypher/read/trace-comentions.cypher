// One row per entity named in a passage with this one (the entity itself comes back too: the caller drops it,
// cheaper than a filter on every row), with the keys of up to $evidence such passages and their count; the
// caller reads the text only for the items it returns. At most $passages passages naming the entity are read
// (store order): a hub is named in a fifth of all passages, and the walk is what costs. The caller reports
// the cut. Two MATCH clauses avoid a relationship-uniqueness check per row.
MATCH (e {key: $key})<-[:MENTIONS]-(p)
WITH DISTINCT p
LIMIT $passages
MATCH (p)-[:MENTIONS]->(o)
WITH o, collect(DISTINCT p) AS passages
RETURN o.key AS key, labels(o)[0] AS label, o.name AS name, o.year AS year, o.date AS date,
  [q IN passages[0..$evidence] | q.key] AS passageKeys,
  size(passages) AS evidenceTotal
