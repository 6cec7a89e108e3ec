UNWIND $rows AS row
MERGE (child:ActionLine {key: row.key})
MERGE (parent:ActionLine {key: row.parent})
MERGE (child)-[r:SUB_LINE_OF {source: 'reference'}]->(parent)
