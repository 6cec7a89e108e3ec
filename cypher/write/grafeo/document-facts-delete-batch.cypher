MATCH (a)-[r]->(b)
WHERE r.document IN $keys
WITH r, a.key AS from, b.key AS to
LIMIT $limit
DELETE r
RETURN DISTINCT from, to
