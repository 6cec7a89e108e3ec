// The stored documents whose text is the resolution (one per version ingested), newest version first.
MATCH (d:Document {resolution: $key})
WHERE d.structure IS NOT NULL
RETURN d.key AS key, d.resolutionVersion AS version, d.year AS year
ORDER BY coalesce(d.resolutionVersion, '') DESC, d.key
