MATCH (m:Mandate {document: $key})
DETACH DELETE m
