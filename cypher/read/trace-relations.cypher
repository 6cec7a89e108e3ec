// One row per related entity and relationship type, with the keys of up to $evidence passages it was read
// from and their count. Typed so a hub's MENTIONS, PART_OF and SUPPORTED_BY edges are never expanded.
MATCH (e {key: $key})-[r:VERSION_OF|ADOPTED_AT|FACILITATES|LINKED_TO|ORGANIZES|PARTNERS_WITH|REFERENCES|CITES|SUB_LINE_OF]-(o)
WITH o, r
ORDER BY r.passage
WITH o, type(r) AS type, collect(DISTINCT r.source) AS sources, collect(DISTINCT r.passage) AS passageKeys
RETURN o.key AS key, labels(o)[0] AS label, o.name AS name, o.year AS year, o.date AS date, type, head(sources) AS source,
  passageKeys[0..$evidence] AS passageKeys, size(passageKeys) AS evidenceTotal
