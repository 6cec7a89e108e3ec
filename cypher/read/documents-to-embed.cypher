MATCH (d:Document)
WHERE d.sha256 IS NOT NULL AND d.passageCount > 0 AND (d.embeddingModel IS NULL OR d.embeddingModel <> $model)
RETURN d.key AS key, d.sha256 AS sha256, d.passageCount AS passages
ORDER BY key
