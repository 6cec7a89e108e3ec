UNWIND $rows AS row
MERGE (a:Document {key: row.from})
MERGE (b:Document {key: row.to})
CREATE (a)-[r:REFERENCES {document: row.document, passage: row.passage}]->(b)
SET r.role = row.role
