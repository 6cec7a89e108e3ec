CALL db.index.fulltext.queryNodes('passage_text', $query, {limit: $k})
YIELD node, score
RETURN node.key AS key, score
