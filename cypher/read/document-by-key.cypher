MATCH (d:Document {key: $key})
RETURN d.key AS key, d.symbol AS symbol, d.title AS title, d.source AS source, d.format AS format, d.date AS date,
  d.year AS year, d.issuingBody AS issuingBody, d.purpose AS purpose, d.actionRequired AS actionRequired,
  d.pageCount AS pageCount, d.passageCount AS passageCount, d.resolution AS resolution
