CREATE INDEX mandate_document IF NOT EXISTS FOR (n:Mandate) ON (n.document)
