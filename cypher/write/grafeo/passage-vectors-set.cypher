UNWIND $rows AS row
MATCH (p:Passage {key: row.key})
SET p.embedding = vector(row.embedding), p.embeddingModel = $model
