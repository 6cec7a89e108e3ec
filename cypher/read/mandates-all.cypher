// Every mandate, only what ranking needs: the caller ranks thousands of mandates and reads the passage
// (mandates-evidence) and the resolution's title and revision year (resolutions-by-keys) for the few it
// returns. Reading those for every mandate cost more than the ranking.
MATCH (r:Resolution)-[:MANDATES]->(m:Mandate)
RETURN m.key AS key, r.key AS resolution, m.addressee AS addressee, m.verb AS verb, m.action AS action
