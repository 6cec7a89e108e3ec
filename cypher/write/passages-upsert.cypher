UNWIND $rows AS row
MATCH (d:Document {key: row.document})
MERGE (p:Passage {key: row.key})
SET p.text = row.text, p.ordinal = row.ordinal, p.page = row.page, p.start = row.start, p.end = row.end,
    p.section = row.section, p.document = row.document, p.source = row.source
CREATE (p)-[:PART_OF]->(d)
