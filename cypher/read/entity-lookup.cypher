// One branch per entity label, so passages and mandates (most of the graph) are never scanned; each branch
// stops at $limit and the caller ranks and cuts the union.
MATCH (e:Resolution)
WHERE toLower(e.key) STARTS WITH $q OR toLower(coalesce(e.name, '')) CONTAINS $q
  OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $q)
RETURN e.key AS key, 'Resolution' AS label, e.name AS name
LIMIT $limit
UNION ALL
MATCH (e:ResolutionVersion)
WHERE toLower(e.key) STARTS WITH $q OR toLower(coalesce(e.name, '')) CONTAINS $q
  OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $q)
RETURN e.key AS key, 'ResolutionVersion' AS label, e.name AS name
LIMIT $limit
UNION ALL
MATCH (e:ActionLine)
WHERE toLower(e.key) STARTS WITH $q OR toLower(coalesce(e.name, '')) CONTAINS $q
  OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $q)
RETURN e.key AS key, 'ActionLine' AS label, e.name AS name
LIMIT $limit
UNION ALL
MATCH (e:SDG)
WHERE toLower(e.key) STARTS WITH $q OR toLower(coalesce(e.name, '')) CONTAINS $q
  OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $q)
RETURN e.key AS key, 'SDG' AS label, e.name AS name
LIMIT $limit
UNION ALL
MATCH (e:Agency)
WHERE toLower(e.key) STARTS WITH $q OR toLower(coalesce(e.name, '')) CONTAINS $q
  OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $q)
RETURN e.key AS key, 'Agency' AS label, e.name AS name
LIMIT $limit
UNION ALL
MATCH (e:Event)
WHERE toLower(e.key) STARTS WITH $q OR toLower(coalesce(e.name, '')) CONTAINS $q
  OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $q)
RETURN e.key AS key, 'Event' AS label, e.name AS name
LIMIT $limit
UNION ALL
MATCH (e:Document)
WHERE toLower(e.key) STARTS WITH $q OR toLower(coalesce(e.name, '')) CONTAINS $q
  OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $q)
RETURN e.key AS key, 'Document' AS label, e.name AS name
LIMIT $limit
UNION ALL
MATCH (e:Initiative)
WHERE toLower(e.key) STARTS WITH $q OR toLower(coalesce(e.name, '')) CONTAINS $q
  OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $q)
RETURN e.key AS key, 'Initiative' AS label, e.name AS name
LIMIT $limit
