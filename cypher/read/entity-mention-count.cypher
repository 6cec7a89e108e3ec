// How many passages name the entity: the entity page lists at most a limit of them.
MATCH (e {key: $key})<-[:MENTIONS]-(p)
RETURN count(DISTINCT p) AS count
