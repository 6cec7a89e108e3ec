MATCH (r:Resolution {key: $key})<-[:MENTIONS]-(p:Passage)-[:PART_OF]->(d:Document)
RETURN d.key AS key, d.title AS title, d.year AS year, p.document AS document, p.ordinal AS passage, p.text AS text
