UNWIND $rows AS row
MERGE (e:Document {key: row.key})
SET e += row.props, e.name = coalesce(row.name, e.name)
