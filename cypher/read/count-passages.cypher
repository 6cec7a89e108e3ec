MATCH (p:Passage)
RETURN count(p) AS count
