UNWIND $rows AS row
MATCH (p:Passage {key: row.passage})
MERGE (m:Mandate {key: row.key})
SET m.addressee = row.addressee, m.verb = row.verb, m.action = row.action, m.start = row.start, m.end = row.end,
    m.passage = row.passage, m.document = row.document, m.resolution = row.resolution
MERGE (r:Resolution {key: row.resolution})
CREATE (r)-[mr:MANDATES]->(m)
SET mr.document = row.document, mr.passage = row.passage
CREATE (m)-[s:SUPPORTED_BY]->(p)
SET s.document = row.document, s.passage = row.passage
