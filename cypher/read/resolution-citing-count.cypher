// How many documents cite the resolution: the resolution page lists at most a limit of them.
MATCH (:Resolution {key: $key})<-[:MENTIONS]-(p)
MATCH (p)-[:PART_OF]->(d:Document)
RETURN count(DISTINCT d) AS count
