UNWIND $rows AS row
MERGE (a:Document {key: row.from})
MERGE (b:ResolutionVersion {key: row.to})
CREATE (a)-[:TEXT_OF {document: row.document, passage: row.passage, role: row.role}]->(b)
