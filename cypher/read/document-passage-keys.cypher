MATCH (p:Passage {document: $key})-[:PART_OF]->(:Document {key: $key})
RETURN p.key AS key, p.ordinal AS ordinal, p.text AS text, p.start AS start, p.end AS end
ORDER BY p.ordinal
