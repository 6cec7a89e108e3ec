MATCH (p:Passage {document: $document})-[m:MENTIONS]->(e)
RETURN p.key AS passage, labels(e) AS labels, e.key AS key, e.name AS name, m.text AS surface
