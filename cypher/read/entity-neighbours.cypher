MATCH (e {key: $key})-[r]-(o)
WHERE NOT o:Passage AND o.key <> $key
OPTIONAL MATCH (p:Passage {key: r.passage})
RETURN type(r) AS type, startNode(r).key = $key AS outgoing, o.key AS key, labels(o)[0] AS label,
  coalesce(o.name, o.action) AS name, r.role AS role, r.source AS source,
  p.document AS document, p.ordinal AS passage, p.text AS text
LIMIT $limit
