CREATE INDEX initiative_key IF NOT EXISTS FOR (n:Initiative) ON (n.key)
