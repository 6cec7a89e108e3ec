// The stored entities among candidate keys with their properties, in one round trip (an index seek per key).
UNWIND $keys AS k
MATCH (e {key: k})
WHERE NOT e:Passage AND NOT e:Mandate
RETURN e.key AS key, labels(e)[0] AS label, e.name AS name, properties(e) AS props
