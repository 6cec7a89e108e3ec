MATCH (e {key: $key})<-[:MENTIONS]-(p:Passage)-[:MENTIONS]->(o)
WHERE o.key <> $key
RETURN o.key AS key, labels(o)[0] AS label, o.name AS name, p.document AS document, p.ordinal AS passage, p.text AS text
