UNWIND $rows AS row
MERGE (t:SDG {key: row.key})
SET t.name = row.name, t.goal = row.goal, t.target = row.target, t.reference = true
MERGE (s:SDG {key: row.sdg})
MERGE (t)-[r:LINKED_TO {source: 'reference'}]->(s)
