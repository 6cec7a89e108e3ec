UNWIND $keys AS key
MATCH (m:Mandate {document: key})
DETACH DELETE m
