MATCH (d:Document {sha256: $sha256})
RETURN d.key AS key, d.sha256 AS sha256, d.embeddingModel AS embeddingModel, d.source AS source
LIMIT 1
