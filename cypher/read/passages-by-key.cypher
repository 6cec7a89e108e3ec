UNWIND $keys AS k
MATCH (p:Passage {key: k})
MATCH (p)-[:PART_OF]->(d:Document)
RETURN p.key AS key, p.document AS document, p.ordinal AS passage, p.text AS text, p.page AS page, d.source AS source,
  d.title AS title
