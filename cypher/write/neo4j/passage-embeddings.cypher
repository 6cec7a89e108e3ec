UNWIND $rows AS row
MATCH (p:Passage {key: row.key})
CALL db.create.setNodeVectorProperty(p, 'embedding', row.embedding)
