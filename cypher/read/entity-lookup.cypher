MATCH (e)
WHERE NOT e:Passage AND NOT e:Mandate
  AND (toLower(e.key) STARTS WITH $q OR toLower(coalesce(e.name, '')) CONTAINS $q
    OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $q))
RETURN e.key AS key, labels(e)[0] AS label, e.name AS name
LIMIT $limit
