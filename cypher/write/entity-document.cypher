UNWIND $rows AS row
MERGE (e:Document {key: row.key})
SET e += row.props, e.name = coalesce(row.name, e.name)
WITH e, row
UNWIND row.mentions AS m
MATCH (p:Passage {key: m.passage})
MERGE (p)-[r:MENTIONS {start: m.start, end: m.end}]->(e)
SET r.text = m.text, r.document = row.document
