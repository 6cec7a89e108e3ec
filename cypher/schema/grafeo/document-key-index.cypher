CREATE INDEX document_key IF NOT EXISTS FOR (n:Document) ON (n.key)
