UNWIND $rows AS row
MERGE (a:Agency {key: row.from})
MERGE (b:Agency {key: row.to})
CREATE (a)-[:PARTNERS_WITH {document: row.document, passage: row.passage, role: row.role}]->(b)
