UNWIND $rows AS row
MERGE (s:SDG {key: row.key})
SET s.name = row.title, s.title = row.title, s.goal = row.goal, s.target = row.target, s.reference = true
