UNWIND $rows AS row
MATCH (d:Document {key: row.document})
CREATE (p:Passage {key: row.key, text: row.text, ordinal: row.ordinal, page: row.page, start: row.start, end: row.end,
    section: row.section, document: row.document, source: row.source, embedding: vector(row.embedding),
    embeddingModel: row.embeddingModel})-[:PART_OF]->(d)
