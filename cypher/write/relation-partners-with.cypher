UNWIND $rows AS row
MERGE (a:Agency {key: row.from})
MERGE (b:Agency {key: row.to})
CREATE (a)-[r:PARTNERS_WITH {document: row.document, passage: row.passage}]->(b)
SET r.role = row.role
