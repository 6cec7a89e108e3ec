MATCH (e {key: $key})-[r]-(o)
WHERE NOT o:Passage AND NOT o:Mandate
OPTIONAL MATCH (p:Passage {key: r.passage})
RETURN o.key AS key, labels(o)[0] AS label, o.name AS name, type(r) AS type, r.source AS source,
  p.document AS document, p.ordinal AS passage, p.text AS text
