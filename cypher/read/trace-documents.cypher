MATCH (e {key: $key})<-[:MENTIONS]-(p:Passage)-[:PART_OF]->(d:Document)
RETURN d.key AS key, d.title AS name, p.document AS document, p.ordinal AS passage, p.text AS text
