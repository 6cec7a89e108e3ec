UNWIND $rows AS row
MATCH (v:ResolutionVersion {key: row.key})
MERGE (e:Event {key: row.event})
CREATE (v)-[:ADOPTED_AT {document: row.document, passage: row.passage}]->(e)
