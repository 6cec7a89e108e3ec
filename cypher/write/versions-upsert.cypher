UNWIND $rows AS row
MATCH (p:Passage {key: row.passage})
MERGE (v:ResolutionVersion {key: row.key})
SET v += row.props, v.name = coalesce(v.name, row.key)
MERGE (r:Resolution {key: row.resolution})
CREATE (v)-[:VERSION_OF {document: row.document, passage: row.passage, year: row.year, place: row.place, kind: row.kind}]->(r)
CREATE (v)-[:SUPPORTED_BY {document: row.document, passage: row.passage, text: row.text}]->(p)
