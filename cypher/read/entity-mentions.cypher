MATCH (e {key: $key})<-[m:MENTIONS]-(p:Passage)
RETURN p.document AS document, p.ordinal AS passage, p.text AS text, m.text AS surface, m.start AS start, m.end AS end
ORDER BY document, passage
LIMIT $limit
