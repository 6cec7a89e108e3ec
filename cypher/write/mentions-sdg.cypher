UNWIND $rows AS row
MATCH (p:Passage {key: row.passage})
MATCH (e:SDG {key: row.entity})
CREATE (p)-[:MENTIONS {start: row.start, end: row.end, text: row.text, document: row.document}]->(e)
