// Shortest connections, capped at 4 hops in the pattern (a shared passage counts two): past that, a search
// from a hub reaches most of the graph. Endpoints are found by key first (index lookups), and the paths are
// counted and cut at $limit before their nodes are read.
MATCH (a {key: $from})
MATCH (b {key: $to})
MATCH path = allShortestPaths((a)-[*..4]-(b))
WHERE length(path) <= $maxHops
WITH collect(path) AS paths
UNWIND paths[0..$limit] AS path
RETURN [n IN nodes(path) | {key: n.key, label: labels(n)[0], name: n.name}] AS nodes,
  [r IN relationships(path) | {type: type(r), passage: r.passage, source: r.source}] AS relationships,
  size(paths) AS total
