UNWIND $rows AS row
MERGE (a:Agency {key: row.from})
MERGE (b:Event {key: row.to})
CREATE (a)-[:ORGANIZES {document: row.document, passage: row.passage, role: row.role}]->(b)
