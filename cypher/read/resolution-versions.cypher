MATCH (v:ResolutionVersion)-[:VERSION_OF]->(r:Resolution {key: $key})
OPTIONAL MATCH (v)-[:ADOPTED_AT]->(e:Event)
OPTIONAL MATCH (v)-[:SUPPORTED_BY]->(p:Passage)
RETURN v.key AS key, v.year AS year, v.place AS place, v.kind AS kind, e.key AS event, e.name AS eventName,
  p.document AS document, p.ordinal AS passage, p.text AS text
