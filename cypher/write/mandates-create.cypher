UNWIND $rows AS row
MATCH (p:Passage {key: row.passage})
CREATE (m:Mandate {key: row.key, addressee: row.addressee, verb: row.verb, action: row.action, start: row.start, end: row.end,
    passage: row.passage, document: row.document, resolution: row.resolution})
MERGE (r:Resolution {key: row.resolution})
CREATE (r)-[:MANDATES {document: row.document, passage: row.passage}]->(m)
CREATE (m)-[:SUPPORTED_BY {document: row.document, passage: row.passage}]->(p)
