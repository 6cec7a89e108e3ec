MATCH (p:Passage)
WHERE p.embedding IS NOT NULL
WITH p, cosine_similarity(p.embedding, vector($vector)) AS score
ORDER BY score DESC
LIMIT $k
RETURN p.key AS key, score
