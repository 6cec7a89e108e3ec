MATCH (n)
WHERE NOT n:Passage AND NOT n:Mandate AND n.sha256 IS NULL
RETURN count(n) AS count
