MATCH path = (a:Agency {key: $agency})-[*1..3]-(s:SDG {key: $sdg})
RETURN [n IN nodes(path) | n.key] AS keys
LIMIT $limit
