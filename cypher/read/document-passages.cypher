MATCH (p:Passage)-[:PART_OF]->(d:Document {key: $key})
RETURN p.ordinal AS ordinal, p.text AS text, p.page AS page, p.section AS section
ORDER BY ordinal
