UNWIND $rows AS row
MERGE (a:Document {key: row.from})
MERGE (b:Resolution {key: row.to})
CREATE (a)-[:CITES {document: row.document, passage: row.passage, role: row.role}]->(b)
