UNWIND range(0, size($from) - 1) AS i
MERGE (a:Agency {key: $from[i]})
MERGE (b:Event {key: $to[i]})
CREATE (a)-[:ORGANIZES {document: $document[i], passage: $passage[i], role: $role[i]}]->(b)
