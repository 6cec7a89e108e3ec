MATCH (a)-[r]->(b)
WHERE r.document = $key
RETURN DISTINCT a.key AS from, b.key AS to
