// The latest revision year of each resolution (a timeline places an ITU resolution there).
UNWIND $keys AS k
MATCH (r:Resolution {key: k})
OPTIONAL MATCH (v:ResolutionVersion)-[:VERSION_OF]->(r)
RETURN r.key AS key, max(v.year) AS latestVersionYear
