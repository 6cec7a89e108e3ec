CREATE INDEX document_resolution IF NOT EXISTS FOR (n:Document) ON (n.resolution)
