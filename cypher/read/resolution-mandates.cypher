MATCH (r:Resolution {key: $key})-[:MANDATES]->(m:Mandate)
OPTIONAL MATCH (m)-[:SUPPORTED_BY]->(p:Passage)
RETURN m.key AS key, m.addressee AS addressee, m.verb AS verb, m.action AS action,
  p.document AS document, p.ordinal AS passage, p.text AS text
