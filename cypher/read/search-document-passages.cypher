MATCH (d:Document {key: $document})<-[:PART_OF]-(p:Passage)
RETURN p.key AS key, d.key AS document, p.ordinal AS ordinal, p.text AS text, p.page AS page,
       p.section AS section, d.source AS source, d.title AS title, d.year AS year, d.issuingBody AS issuingBody,
       coalesce(p.embeddingModel, d.embeddingModel) AS embeddingModel, p.embedding AS embedding
