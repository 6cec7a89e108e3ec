UNWIND range(0, size($from) - 1) AS i
MERGE (a:ActionLine {key: $from[i]})
MERGE (b:ActionLine {key: $to[i]})
CREATE (a)-[:SUB_LINE_OF {document: $document[i], passage: $passage[i], role: $role[i]}]->(b)
