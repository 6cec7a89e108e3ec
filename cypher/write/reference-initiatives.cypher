UNWIND $rows AS row
MERGE (i:Initiative {key: row.key})
SET i.name = row.name, i.aliases = row.aliases, i.reference = true
