MATCH (a:Agency {key: $key})-[r:ORGANIZES]->(e:Event)
OPTIONAL MATCH (p:Passage {key: r.passage})
RETURN e.key AS key, e.name AS name, e.year AS year, r.role AS role,
  p.document AS document, p.ordinal AS passage, p.text AS text
