UNWIND $rows AS row
MERGE (a:Agency {key: row.from})
MERGE (b:Event {key: row.to})
CREATE (a)-[r:ORGANIZES {document: row.document, passage: row.passage}]->(b)
SET r.role = row.role
