UNWIND $rows AS row
MERGE (a:Document {key: row.from})
MERGE (b:Document {key: row.to})
MERGE (a)-[r:REFERENCES {document: row.document, passage: row.passage}]->(b)
SET r.role = row.role
