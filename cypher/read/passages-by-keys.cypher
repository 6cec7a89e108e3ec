MATCH (p:Passage)
WHERE p.key IN $keys
RETURN p.key AS key, p.document AS document, p.ordinal AS ordinal, p.text AS text, p.page AS page,
       p.source AS source, p.section AS section
