MATCH (p:Passage)-[:PART_OF]->(d:Document)
WHERE d.key IN $documents
RETURN d.key AS document, p.key AS key, p.text AS text
ORDER BY document, p.ordinal
