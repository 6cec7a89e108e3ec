UNWIND range(0, size($from) - 1) AS i
MERGE (a:Agency {key: $from[i]})
MERGE (b:ActionLine {key: $to[i]})
CREATE (a)-[:FACILITATES {document: $document[i], passage: $passage[i], role: $role[i]}]->(b)
