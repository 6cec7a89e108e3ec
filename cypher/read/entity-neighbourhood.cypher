MATCH (a:Agency {key: $key})-[*1..2]-(n)
RETURN DISTINCT n.key AS key
LIMIT $limit
