// The passage each of the given mandates was read from (an index seek per key).
UNWIND $keys AS k
MATCH (m:Mandate {key: k})-[:SUPPORTED_BY]->(p:Passage)
MATCH (p)-[:PART_OF]->(d:Document)
RETURN m.key AS key, p.document AS document, p.ordinal AS passage, p.text AS text, p.page AS page, d.source AS source,
  d.title AS title
