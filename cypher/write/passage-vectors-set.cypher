UNWIND $rows AS row
MATCH (p:Passage {key: row.key})
SET p.embedding = null, p.embeddingModel = $model
WITH p, row
WHERE row.embedding IS NOT NULL
CALL db.create.setNodeVectorProperty(p, 'embedding', row.embedding)
