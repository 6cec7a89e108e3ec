UNWIND $rows AS row
MATCH (p:Passage {key: row.passage})
MATCH (e:Initiative {key: row.entity})
CREATE (p)-[r:MENTIONS {start: row.start, end: row.end}]->(e)
SET r.text = row.text, r.document = row.document
