// Every mandate, without its passage text or revision year: the caller ranks thousands of mandates and reads
// those (passages-by-key, resolution-latest-versions) for the few it returns. Grouping every row by its
// passage text cost more than the ranking.
MATCH (r:Resolution)-[:MANDATES]->(m:Mandate)
OPTIONAL MATCH (m)-[:SUPPORTED_BY]->(p:Passage)
RETURN m.key AS key, r.key AS resolution, r.name AS resolutionTitle, m.addressee AS addressee, m.verb AS verb,
  m.action AS action, p.key AS passageKey
