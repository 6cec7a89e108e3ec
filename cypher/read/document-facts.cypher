MATCH (a)-[r]->(b)
WHERE r.document = $key
RETURN type(r) AS type, a.key AS from, b.key AS to, r.passage AS passage
ORDER BY type, from, to, passage
