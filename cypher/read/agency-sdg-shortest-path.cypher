MATCH path = shortestPath((a:Agency {key: $agency})-[*..3]-(s:SDG {key: $sdg}))
RETURN [n IN nodes(path) | n.key] AS keys, length(path) AS hops
