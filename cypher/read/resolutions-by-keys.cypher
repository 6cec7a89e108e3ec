// Title and latest revision year of each given resolution (a timeline places an ITU resolution at that year).
UNWIND $keys AS k
MATCH (r:Resolution {key: k})
OPTIONAL MATCH (v:ResolutionVersion)-[:VERSION_OF]->(r)
RETURN r.key AS key, r.name AS name, max(v.year) AS latestVersionYear
