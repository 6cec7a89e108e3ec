CREATE INDEX event_key IF NOT EXISTS FOR (n:Event) ON (n.key)
