CREATE INDEX resolution_version_key IF NOT EXISTS FOR (n:ResolutionVersion) ON (n.key)
