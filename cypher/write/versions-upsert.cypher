UNWIND $rows AS row
MATCH (p:Passage {key: row.passage})
MERGE (v:ResolutionVersion {key: row.key})
SET v.year = row.year, v.place = row.place, v.kind = row.kind, v.resolution = row.resolution,
    v.name = coalesce(v.name, row.key)
MERGE (r:Resolution {key: row.resolution})
CREATE (v)-[vo:VERSION_OF {document: row.document, passage: row.passage}]->(r)
SET vo.year = row.year, vo.place = row.place, vo.kind = row.kind
CREATE (v)-[s:SUPPORTED_BY {document: row.document, passage: row.passage}]->(p)
SET s.text = row.text
