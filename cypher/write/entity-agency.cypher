UNWIND $rows AS row
MERGE (e:Agency {key: row.key})
SET e += row.props, e.name = coalesce(row.name, e.name)
