UNWIND $rows AS row
MERGE (a:ActionLine {key: row.from})
MERGE (b:SDG {key: row.to})
CREATE (a)-[:LINKED_TO {document: row.document, passage: row.passage, role: row.role}]->(b)
