UNWIND $rows AS row
MERGE (a:Agency {key: row.from})
MERGE (b:ActionLine {key: row.to})
CREATE (a)-[:FACILITATES {document: row.document, passage: row.passage, role: row.role}]->(b)
