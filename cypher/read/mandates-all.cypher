MATCH (r:Resolution)-[:MANDATES]->(m:Mandate)
OPTIONAL MATCH (m)-[:SUPPORTED_BY]->(p:Passage)
OPTIONAL MATCH (v:ResolutionVersion)-[:VERSION_OF]->(r)
RETURN m.key AS key, r.key AS resolution, r.name AS resolutionTitle, m.addressee AS addressee, m.verb AS verb,
  m.action AS action, p.document AS document, p.ordinal AS passage, p.text AS text, max(v.year) AS latestYear
