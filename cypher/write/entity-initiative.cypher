UNWIND $rows AS row
MERGE (e:Initiative {key: row.key})
SET e += row.props, e.name = coalesce(row.name, e.name)
