UNWIND $rows AS row
MERGE (a:ActionLine {key: row.from})
MERGE (b:SDG {key: row.to})
CREATE (a)-[r:LINKED_TO {document: row.document, passage: row.passage}]->(b)
SET r.role = row.role
