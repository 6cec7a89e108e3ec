// Every stored document whose text is a resolution, by key.
MATCH (d:Document)
WHERE d.structure IS NOT NULL
RETURN d.key AS key, d.resolution AS resolution, d.resolutionVersion AS version
ORDER BY d.key
