UNWIND $rows AS row
MERGE (d:Document {key: row.key})
WITH d, row, d.sha256 AS previous
SET d += row.props
RETURN row.key AS key, previous
