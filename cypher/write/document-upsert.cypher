MERGE (d:Document {key: $key})
SET d += $props
