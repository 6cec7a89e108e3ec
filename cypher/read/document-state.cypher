MATCH (d:Document {key: $key})
WHERE d.sha256 IS NOT NULL
RETURN d.key AS key, d.sha256 AS sha256, d.embeddingModel AS embeddingModel, d.source AS source
