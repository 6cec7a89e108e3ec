MATCH (a:Agency {key: $key})-[:FACILITATES]->(l:ActionLine)-[m:LINKED_TO]->(s:SDG)
RETURN DISTINCT s.key AS key, s.name AS name, l.key AS via, m.targets AS targets
