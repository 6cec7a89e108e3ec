UNWIND range(0, size($from) - 1) AS i
MERGE (a:ActionLine {key: $from[i]})
MERGE (b:SDG {key: $to[i]})
CREATE (a)-[:LINKED_TO {document: $document[i], passage: $passage[i], role: $role[i]}]->(b)
