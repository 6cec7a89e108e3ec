MATCH (p:Passage)-[:PART_OF]->(d:Document {key: $key})
WHERE p.ordinal >= $offset AND p.ordinal < $offset + $limit
RETURN p.ordinal AS ordinal, p.text AS text, p.page AS page, p.section AS section
ORDER BY ordinal
