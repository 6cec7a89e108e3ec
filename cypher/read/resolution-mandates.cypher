// The resolution's mandates with the passage each was read from (a subquery: an OPTIONAL MATCH from a bound
// node made Grafeo join against every mandate's passage).
MATCH (:Resolution {key: $key})-[:MANDATES]->(m:Mandate)
CALL {
  WITH m
  MATCH (m)-[:SUPPORTED_BY]->(p:Passage)
  MATCH (p)-[:PART_OF]->(d:Document)
  RETURN collect({document: p.document, passage: p.ordinal, text: p.text, page: p.page, source: d.source, title: d.title}) AS passages
}
RETURN m.key AS key, m.addressee AS addressee, m.verb AS verb, m.action AS action,
  head(passages).document AS document, head(passages).passage AS passage, head(passages).text AS text,
  head(passages).page AS page, head(passages).source AS source, head(passages).title AS title
