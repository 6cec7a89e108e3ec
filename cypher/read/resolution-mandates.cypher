// The resolution's mandates with the passage each was read from (a subquery: an OPTIONAL MATCH from a bound
// node made Grafeo join against every mandate's passage).
MATCH (:Resolution {key: $key})-[:MANDATES]->(m:Mandate)
CALL {
  WITH m
  MATCH (m)-[:SUPPORTED_BY]->(p:Passage)
  RETURN collect(p) AS passages
}
RETURN m.key AS key, m.addressee AS addressee, m.verb AS verb, m.action AS action,
  head(passages).document AS document, head(passages).ordinal AS passage, head(passages).text AS text
