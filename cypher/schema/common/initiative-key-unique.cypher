CREATE CONSTRAINT initiative_key_unique IF NOT EXISTS FOR (n:Initiative) REQUIRE n.key IS UNIQUE
