UNWIND $keys AS key
MATCH (p:Passage {document: key})
WITH p
LIMIT $limit
DETACH DELETE p
RETURN count(*) AS deleted
