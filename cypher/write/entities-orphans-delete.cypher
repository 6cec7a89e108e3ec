MATCH (e)
WHERE e.key IN $keys AND e.reference IS NULL AND e.sha256 IS NULL AND NOT EXISTS { (e)--() }
DETACH DELETE e
