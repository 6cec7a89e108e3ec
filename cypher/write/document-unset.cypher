MATCH (d:Document {key: $key})
SET d.sha256 = null, d.source = null, d.format = null, d.pageCount = null, d.purpose = null,
    d.actionRequired = null, d.embeddingModel = null, d.embeddingDimension = null, d.ingestedAt = null
