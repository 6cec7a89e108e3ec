CREATE CONSTRAINT resolution_key_unique IF NOT EXISTS FOR (n:Resolution) REQUIRE n.key IS UNIQUE
