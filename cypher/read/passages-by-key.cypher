UNWIND $keys AS k
MATCH (p:Passage {key: k})
RETURN p.key AS key, p.document AS document, p.ordinal AS passage, p.text AS text
