MATCH (a:Agency {key: $key})-[r:PARTNERS_WITH]-(b:Agency)
WHERE b.key <> $key
OPTIONAL MATCH (p:Passage {key: r.passage})
RETURN b.key AS key, b.name AS name, r.role AS role, p.document AS document, p.ordinal AS passage, p.text AS text
