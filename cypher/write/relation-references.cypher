UNWIND range(0, size($from) - 1) AS i
MERGE (a:Document {key: $from[i]})
MERGE (b:Document {key: $to[i]})
CREATE (a)-[:REFERENCES {document: $document[i], passage: $passage[i], role: $role[i]}]->(b)
