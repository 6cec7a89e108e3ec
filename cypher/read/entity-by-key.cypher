MATCH (e {key: $key})
WHERE NOT e:Passage AND NOT e:Mandate
RETURN e.key AS key, labels(e)[0] AS label, e.name AS name, properties(e) AS props
LIMIT 1
