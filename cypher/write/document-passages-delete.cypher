UNWIND $keys AS key
MATCH (p:Passage {document: key})
DETACH DELETE p
