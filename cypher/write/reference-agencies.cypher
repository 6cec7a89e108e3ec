UNWIND $rows AS row
MERGE (a:Agency {key: row.key})
SET a.name = row.name, a.aliases = row.aliases, a.kind = row.kind, a.reference = true
