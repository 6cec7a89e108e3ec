MATCH (a:Agency {key: $key})-[:FACILITATES]->(l:ActionLine)<-[r:FACILITATES]-(b:Agency)
WHERE b.key <> $key
OPTIONAL MATCH (p:Passage {key: r.passage})
RETURN DISTINCT b.key AS key, b.name AS name, l.key AS actionLine, p.document AS document, p.ordinal AS passage, p.text AS text
