MATCH (d:Document {key: $key})-[r:CITES|REFERENCES]->(o)
OPTIONAL MATCH (p:Passage {key: r.passage})
RETURN type(r) AS type, o.key AS key, labels(o)[0] AS label, coalesce(o.name, o.title) AS name,
  p.document AS document, p.ordinal AS passage, p.text AS text, p.page AS page, d.source AS source, d.title AS title
