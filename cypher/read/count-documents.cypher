MATCH (d:Document)
WHERE d.sha256 IS NOT NULL
RETURN count(d) AS count
