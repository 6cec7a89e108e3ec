MATCH path = allShortestPaths((a {key: $from})-[*..6]-(b {key: $to}))
WHERE length(path) <= $maxHops
RETURN [n IN nodes(path) | {key: n.key, label: labels(n)[0], name: n.name, document: n.document, ordinal: n.ordinal, text: n.text}] AS nodes,
  [r IN relationships(path) | {type: type(r), passage: r.passage, source: r.source}] AS relationships
LIMIT $limit
