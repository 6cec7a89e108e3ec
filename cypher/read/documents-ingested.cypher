MATCH (d:Document)
WHERE d.sha256 IS NOT NULL
OPTIONAL MATCH (p:Passage {document: d.key})
RETURN d.key AS key, d.sha256 AS sha256, d.passageCount AS passageCount, count(p) AS storedPassages
ORDER BY key
