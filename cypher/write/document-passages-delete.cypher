MATCH (p:Passage {document: $key})
DETACH DELETE p
