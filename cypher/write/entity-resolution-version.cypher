UNWIND $rows AS row
MERGE (e:ResolutionVersion {key: row.key})
SET e += row.props, e.name = coalesce(row.name, e.name)
