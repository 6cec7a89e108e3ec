CREATE INDEX agency_key IF NOT EXISTS FOR (n:Agency) ON (n.key)
