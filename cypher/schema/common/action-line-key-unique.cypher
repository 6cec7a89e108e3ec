CREATE CONSTRAINT action_line_key_unique IF NOT EXISTS FOR (n:ActionLine) REQUIRE n.key IS UNIQUE
