MATCH (p:Passage)-[m:MENTIONS]->(e)
WHERE $document IS NULL OR p.document = $document
RETURN p.key AS passage, labels(e) AS labels, e.key AS key, e.name AS name, m.text AS surface
