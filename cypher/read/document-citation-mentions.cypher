// Every resolution and resolution version a document's passages name, with the mention's offsets in its passage.
MATCH (p:Passage)-[:PART_OF]->(:Document {key: $key})
MATCH (p)-[m:MENTIONS]->(r:Resolution)
RETURN p.ordinal AS passage, m.start AS start, m.end AS end, m.text AS text, r.key AS resolution, null AS year
UNION ALL
MATCH (p:Passage)-[:PART_OF]->(:Document {key: $key})
MATCH (p)-[m:MENTIONS]->(v:ResolutionVersion)
RETURN p.ordinal AS passage, m.start AS start, m.end AS end, m.text AS text, v.resolution AS resolution, v.year AS year
