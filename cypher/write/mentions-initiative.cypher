UNWIND range(0, size($passage) - 1) AS i
MATCH (p:Passage {key: $passage[i]})
MATCH (e:Initiative {key: $entity[i]})
CREATE (p)-[:MENTIONS {start: $start[i], end: $end[i], text: $text[i], document: $document[i]}]->(e)
