// The passage each of the given mandates was read from (an index seek per key).
UNWIND $keys AS k
MATCH (m:Mandate {key: k})-[:SUPPORTED_BY]->(p:Passage)
RETURN m.key AS key, p.document AS document, p.ordinal AS passage, p.text AS text
