UNWIND range(0, size($from) - 1) AS i
MERGE (a:Agency {key: $from[i]})
MERGE (b:Agency {key: $to[i]})
CREATE (a)-[:PARTNERS_WITH {document: $document[i], passage: $passage[i], role: $role[i]}]->(b)
