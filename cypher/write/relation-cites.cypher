UNWIND $rows AS row
MERGE (a:Document {key: row.from})
MERGE (b:Resolution {key: row.to})
CREATE (a)-[r:CITES {document: row.document, passage: row.passage}]->(b)
SET r.role = row.role
