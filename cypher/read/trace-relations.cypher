// One row per related entity and relationship type. Typed so a hub's MENTIONS, PART_OF and SUPPORTED_BY edges
// (passages) are never expanded; evidence capped at $evidence passages, looked up by key (an index seek).
MATCH (e {key: $key})-[r:VERSION_OF|ADOPTED_AT|FACILITATES|LINKED_TO|ORGANIZES|PARTNERS_WITH|REFERENCES|CITES|SUB_LINE_OF]-(o)
WITH o, r
ORDER BY r.passage
WITH o, type(r) AS type, collect(DISTINCT r.source) AS sources, collect(DISTINCT r.passage) AS passageKeys
CALL {
  WITH passageKeys
  UNWIND passageKeys[0..$evidence] AS passageKey
  MATCH (p:Passage {key: passageKey})
  RETURN collect({document: p.document, passage: p.ordinal, text: p.text}) AS evidence
}
RETURN o.key AS key, labels(o)[0] AS label, o.name AS name, o.year AS year, o.date AS date, type, head(sources) AS source,
  evidence, size(passageKeys) AS evidenceTotal
