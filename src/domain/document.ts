import { z } from 'zod';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from './labels.js';
import { ResolutionStructureSchema } from './resolution-structure.js';

/** Formats the loaders accept ('akn': Akoma Ntoso 3.0 XML). */
export const DOCUMENT_FORMATS = ['pdf', 'docx', 'txt', 'md', 'html', 'akn'] as const;
export const DocumentFormatSchema = z.enum(DOCUMENT_FORMATS);
export type DocumentFormat = z.infer<typeof DocumentFormatSchema>;

/**
 * One block of a loaded document in reading order: a paragraph, heading, list item or table cell,
 * already cleaned (line wraps joined, hyphenation undone, running headers/footers and artifacts removed).
 */
export const BlockSchema = z.object({
  text: z.string().min(1),
  kind: z.enum(['heading', 'paragraph', 'list-item', 'table-cell']),
  page: z.number().int().positive().nullable(),
});
export type Block = z.infer<typeof BlockSchema>;

/** What every loader yields, whatever the input format (validated at the loader boundary). */
export const LoadedDocumentSchema = z.object({
  source: z.string().min(1), // the file's base name
  format: DocumentFormatSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  byteLength: z.number().int().nonnegative(),
  pageCount: z.number().int().positive().nullable(),
  blocks: z.array(BlockSchema),
  /** Non-fatal notes on what the loader could not take (tables flattened, pages without text, …). */
  warnings: z.array(z.string()),
});
export type LoadedDocument = z.infer<typeof LoadedDocumentSchema>;

/** A passage: the unit of evidence. Offsets are into the document's normalized text (passages joined by "\n\n"). */
export const PassageSchema = z.object({
  ordinal: z.number().int().nonnegative(),
  text: z.string().min(1),
  page: z.number().int().positive().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The nearest heading above the passage, if any: context for readers and ranking. */
  section: z.string().nullable(),
});
export type Passage = z.infer<typeof PassageSchema>;

export const DocumentMetaSchema = z.object({
  key: z.string().min(1), // symbol without language suffix, or `file:` + 12 hex of SHA-256
  symbol: z.string().nullable(),
  title: z.string().nullable(),
  source: z.string(),
  format: DocumentFormatSchema,
  sha256: z.string(),
  date: z.string().nullable(), // ISO yyyy-mm-dd or yyyy when only a year is known
  year: z.number().int().nullable(),
  issuingBody: z.string().nullable(),
  purpose: z.string().nullable(),
  actionRequired: z.string().nullable(),
  pageCount: z.number().int().nullable(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

/** A mention's offsets are into its passage's text. */
export const MentionSchema = z.object({
  passage: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EntitySchema = z.object({
  label: z.enum(ENTITY_LABELS),
  key: z.string().min(1),
  name: z.string().nullable(),
  /** Label-specific facts read from text (issuer, number, year, series, …); scalar values only. */
  props: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  mentions: z.array(MentionSchema),
});
export type Entity = z.infer<typeof EntitySchema>;

export const MandateSchema = z.object({
  resolution: z.string(),
  addressee: z.string(),
  verb: z.string(),
  action: z.string(),
  passage: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(), // offsets of the action in the passage text
  end: z.number().int().nonnegative(),
});
export type Mandate = z.infer<typeof MandateSchema>;

export const VersionSchema = z.object({
  resolution: z.string(),
  key: z.string(), // `<resolution key>@<year>`
  year: z.number().int(),
  place: z.string().nullable(),
  kind: z.enum(['Rev.', 'Mod', 'adopted']),
  event: z.string().nullable(), // Event key where the version was adopted, when known
  passage: z.number().int().nonnegative(),
  text: z.string(),
});
export type Version = z.infer<typeof VersionSchema>;

/** A relationship read from text (FACILITATES, ORGANIZES, PARTNERS_WITH, REFERENCES, CITES, …). */
export const RelationSchema = z.object({
  type: z.enum(RELATIONSHIP_TYPES),
  from: z.object({ label: z.enum(ENTITY_LABELS), key: z.string() }),
  to: z.object({ label: z.enum(ENTITY_LABELS), key: z.string() }),
  role: z.string().nullable(),
  passage: z.number().int().nonnegative(),
});
export type Relation = z.infer<typeof RelationSchema>;

/** The extraction contract of shared/spec/graph-model.md, plus passages and relations. */
export const ExtractionSchema = z.object({
  document: DocumentMetaSchema,
  passages: z.array(PassageSchema),
  entities: z.array(EntitySchema),
  mandates: z.array(MandateSchema),
  versions: z.array(VersionSchema),
  relations: z.array(RelationSchema),
  /** The resolution this document's text is, read as a structure (null for reports, notes and other prose). */
  structure: ResolutionStructureSchema.nullable(),
  warnings: z.array(z.string()),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

export const passageKey = (documentKey: string, ordinal: number): string => `${documentKey}#${ordinal}`;
export const mandateKey = (documentKey: string, index: number): string => `${documentKey}!m${index}`;
