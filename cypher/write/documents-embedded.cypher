UNWIND $rows AS row
MATCH (d:Document {key: row.key})
WHERE d.sha256 = row.sha256
SET d.embeddingModel = $model, d.embeddingDimension = $dimension
RETURN d.key AS key
