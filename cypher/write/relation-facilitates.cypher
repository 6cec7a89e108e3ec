UNWIND $rows AS row
MERGE (a:Agency {key: row.from})
MERGE (b:ActionLine {key: row.to})
CREATE (a)-[r:FACILITATES {document: row.document, passage: row.passage}]->(b)
SET r.role = row.role
