MATCH ()-[r]->()
WHERE r.document = $key
DELETE r
