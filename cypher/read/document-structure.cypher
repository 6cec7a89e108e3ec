// The resolution structure a document's text was read as (JSON, null for prose), for the Akoma Ntoso export.
MATCH (d:Document {key: $key})
RETURN d.key AS key, d.structure AS structure
