CREATE CONSTRAINT resolution_version_key_unique IF NOT EXISTS FOR (n:ResolutionVersion) REQUIRE n.key IS UNIQUE
