UNWIND $rows AS row
MERGE (a:Document {key: row.from})
MERGE (b:Document {key: row.to})
CREATE (a)-[:PART_OF {document: row.document, passage: row.passage, role: row.role}]->(b)
