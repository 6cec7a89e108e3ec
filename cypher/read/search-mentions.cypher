MATCH (p:Passage)-[m:MENTIONS]->(e)
WHERE $document IS NULL OR p.document = $document
RETURN p.key AS passage, labels(e) AS labels, e.key AS key, m.text AS surface
