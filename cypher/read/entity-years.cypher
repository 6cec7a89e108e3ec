UNWIND $keys AS k
MATCH (e {key: k})
OPTIONAL MATCH (v:ResolutionVersion)-[:VERSION_OF]->(e)
RETURN e.key AS key, e.year AS year, e.date AS date, max(v.year) AS latestVersionYear
