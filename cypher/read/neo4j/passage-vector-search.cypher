CALL db.index.vector.queryNodes('passage_embedding', $k, $vector)
YIELD node, score
RETURN node.key AS key, score
