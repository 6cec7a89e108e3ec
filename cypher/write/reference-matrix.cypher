UNWIND $rows AS row
MERGE (l:ActionLine {key: row.actionLine})
MERGE (s:SDG {key: row.sdg})
MERGE (l)-[r:LINKED_TO {source: 'reference'}]->(s)
SET r.targets = row.targets, r.citation = row.citation
