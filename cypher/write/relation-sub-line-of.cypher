UNWIND $rows AS row
MERGE (a:ActionLine {key: row.from})
MERGE (b:ActionLine {key: row.to})
CREATE (a)-[:SUB_LINE_OF {document: row.document, passage: row.passage, role: row.role}]->(b)
