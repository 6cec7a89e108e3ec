CREATE INDEX mandate_key IF NOT EXISTS FOR (n:Mandate) ON (n.key)
