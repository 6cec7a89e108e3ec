UNWIND $rows AS row
MERGE (a:Agency {key: row.agency})
MERGE (l:ActionLine {key: row.actionLine})
MERGE (a)-[r:FACILITATES {source: 'reference'}]->(l)
SET r.role = row.role, r.citation = row.citation
