CREATE INDEX action_line_key IF NOT EXISTS FOR (n:ActionLine) ON (n.key)
