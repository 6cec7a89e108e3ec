/** Closed unions of node labels and relationship types: nothing from input ever becomes a label or type. */
export const ENTITY_LABELS = [
  'Resolution',
  'ResolutionVersion',
  'ActionLine',
  'SDG',
  'Agency',
  'Event',
  'Document',
  'Initiative',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const NODE_LABELS = [...ENTITY_LABELS, 'Passage', 'Mandate'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'MENTIONS', // Passage → entity, with surface text and offsets
  'PART_OF', // Passage → Document; Document → Document (a resolution's text → the collection that holds it)
  'TEXT_OF', // Document → ResolutionVersion / Resolution: the document is that resolution's own text
  'VERSION_OF', // ResolutionVersion → Resolution
  'ADOPTED_AT', // ResolutionVersion → Event
  'MANDATES', // Resolution → Mandate
  'SUPPORTED_BY', // Mandate / ResolutionVersion → Passage it was read from
  'FACILITATES', // Agency → ActionLine
  'LINKED_TO', // ActionLine → SDG (WSIS–SDG Matrix), SDG target → SDG
  'ORGANIZES', // Agency → Event
  'PARTNERS_WITH', // Agency → Agency (acting together, from text)
  'REFERENCES', // Document → Document
  'CITES', // Document → Resolution
  'SUB_LINE_OF', // C7 sub-line ActionLine → C7
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const isEntityLabel = (value: string): value is EntityLabel =>
  (ENTITY_LABELS as readonly string[]).includes(value);
export const isRelationshipType = (value: string): value is RelationshipType =>
  (RELATIONSHIP_TYPES as readonly string[]).includes(value);
