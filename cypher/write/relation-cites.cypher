UNWIND range(0, size($from) - 1) AS i
MERGE (a:Document {key: $from[i]})
MERGE (b:Resolution {key: $to[i]})
CREATE (a)-[:CITES {document: $document[i], passage: $passage[i], role: $role[i]}]->(b)
