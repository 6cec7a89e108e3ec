UNWIND $rows AS row
MERGE (e:Event {key: row.key})
SET e.name = row.name, e.series = row.series, e.year = row.year, e.place = row.place, e.reference = true
