/**
 * The closed vocabulary of property keys in the graph, for the Cypher lint (labels and relationship types come
 * from src/domain/labels.ts). A property a statement names that is not here is a typo or an undeclared field.
 */
export const NODE_PROPERTY_KEYS = [
  // every node
  'key',
  'name',
  'reference',
  // Document
  'symbol',
  'title',
  'source',
  'format',
  'sha256',
  'date',
  'year',
  'issuingBody',
  'purpose',
  'actionRequired',
  'pageCount',
  'passageCount',
  'embeddingModel',
  'embeddingDimension',
  'ingestedAt',
  // Document whose text is a resolution: its ResolutionStructure (JSON) and which resolution and version it is
  'structure',
  'resolutionVersion',
  // Passage
  'text',
  'ordinal',
  'page',
  'start',
  'end',
  'section',
  'document',
  'embedding',
  // Mandate, ResolutionVersion
  'addressee',
  'verb',
  'action',
  'passage',
  'resolution',
  'place',
  'kind',
  // reference entities
  'aliases',
  'goal',
  'target',
  'series',
  // label-specific facts the extraction reads from text (Entity.props)
  'issuer',
  'number',
] as const;

/** Relationship properties: provenance (`document`, `passage`, `source`) and what the text said. */
export const RELATIONSHIP_PROPERTY_KEYS = ['document', 'passage', 'source', 'role', 'text', 'start', 'end', 'year', 'place', 'kind', 'targets', 'citation'] as const;

/** Fields of the parameter rows the write statements take (`row.<field>`), which are not stored as named. */
export const PARAMETER_ROW_FIELDS = ['props', 'entity', 'from', 'to', 'parent', 'agency', 'actionLine', 'sdg', 'event'] as const;
