// The mandates read from a document, with the passage each stands in and the action's offset there.
MATCH (m:Mandate {document: $key})
RETURN m.key AS key, m.passage AS passage, m.start AS start, m.action AS action, m.verb AS verb, m.addressee AS addressee
ORDER BY m.key
