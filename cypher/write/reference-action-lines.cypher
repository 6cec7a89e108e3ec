UNWIND $rows AS row
MERGE (a:ActionLine {key: row.key})
SET a.name = row.title, a.title = row.title, a.reference = true
