MATCH (d:Document)
WHERE d.embeddingDimension IS NOT NULL
RETURN d.embeddingDimension AS dimension
LIMIT 1
