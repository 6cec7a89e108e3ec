CREATE INDEX passage_key IF NOT EXISTS FOR (n:Passage) ON (n.key)
