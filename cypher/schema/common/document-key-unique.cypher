CREATE CONSTRAINT document_key_unique IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE
