MATCH (a:Agency {key: $key})-[r:FACILITATES]->(l:ActionLine)
OPTIONAL MATCH (p:Passage {key: r.passage})
RETURN l.key AS key, l.name AS name, r.role AS role, r.source AS source,
  p.document AS document, p.ordinal AS passage, p.text AS text
