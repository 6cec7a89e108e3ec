CREATE INDEX resolution_key IF NOT EXISTS FOR (n:Resolution) ON (n.key)
