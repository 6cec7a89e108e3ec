import { z } from 'zod';
import { readStatement } from '../statement.js';
import { entityLabel, evidenceColumns, key, keys, nullableInt, nullableString, PassageRow } from './columns.js';

const SearchPassageRow = z.object({
  key: z.string(),
  document: z.string(),
  ordinal: z.coerce.number().int(),
  text: z.string(),
  page: z.coerce.number().int().nullable().catch(null),
  section: nullableString,
  source: nullableString,
  title: nullableString,
  year: z.coerce.number().int().nullable().catch(null),
  issuingBody: nullableString,
  embeddingModel: nullableString,
  embedding: z.union([z.instanceof(Float32Array), z.array(z.number())]).nullable().catch(null),
});
const SearchMentionRow = z.object({ passage: z.string(), labels: z.array(z.string()), key: z.string(), name: nullableString, surface: z.string() });

/** Documents and passages: the document page, passage hydration, and what the search index loads. */
export const documentReads = {
  documentByKey: readStatement(
    'document-by-key',
    z.object({ key }),
    z.object({
      key: z.string(),
      symbol: nullableString,
      title: nullableString,
      source: nullableString,
      format: nullableString,
      date: nullableString,
      year: nullableInt,
      issuingBody: nullableString,
      purpose: nullableString,
      actionRequired: nullableString,
      pageCount: nullableInt,
      passageCount: nullableInt,
      resolution: nullableString,
    }),
  ),
  documentPassages: readStatement(
    'document-passages',
    z.object({ key }),
    z.object({ ordinal: z.number().int(), text: z.string(), page: nullableInt, section: nullableString }),
  ),
  /** One page of a document's passages, by ordinal. */
  documentPassagesPage: readStatement(
    'document-passages-page',
    z.object({ key, offset: z.number().int().nonnegative(), limit: z.number().int().positive() }),
    z.object({ ordinal: z.number().int(), text: z.string(), page: nullableInt, section: nullableString }),
  ),
  documentCites: readStatement(
    'document-cites',
    z.object({ key }),
    z.object({ type: z.string(), key: z.string(), label: entityLabel, name: nullableString, ...evidenceColumns }),
  ),
  /** The resolution structure a document's text was read as (JSON; null for prose), for the Akoma Ntoso export. */
  documentStructure: readStatement('document-structure', z.object({ key }), z.object({ key: z.string(), structure: nullableString })),
  /** Resolutions and versions a document's passages name, with the mention's offsets (the AKN export's citations). */
  documentCitationMentions: readStatement(
    'document-citation-mentions',
    z.object({ key }),
    z.object({ passage: z.number().int(), start: z.number().int(), end: z.number().int(), text: z.string(), resolution: z.string(), year: nullableInt }),
  ),
  documentMandates: readStatement(
    'document-mandates',
    z.object({ key }),
    z.object({ key: z.string(), passage: z.string(), start: z.number().int(), action: z.string(), verb: z.string(), addressee: z.string() }),
  ),
  /** The stored documents whose text is the resolution (one per version), newest version first. */
  resolutionTexts: readStatement(
    'resolution-texts',
    z.object({ key }),
    z.object({ key: z.string(), version: nullableString, year: nullableInt }),
  ),
  /** Passages by key with their document's file and title: evidence for timelines and paths. */
  passagesByKey: readStatement('passages-by-key', z.object({ keys }), PassageRow),
  /** Every passage (document null) or one document's, with what the search index needs, vectors included. */
  searchPassages: readStatement('search-passages', z.object({ document: z.string().nullable() }), SearchPassageRow),
  searchMentions: readStatement('search-mentions', z.object({ document: z.string().nullable() }), SearchMentionRow),
  /** One document's passages through its key (an index seek), not a filter over every passage. */
  searchDocumentPassages: readStatement('search-document-passages', z.object({ document: key }), SearchPassageRow),
  searchDocumentMentions: readStatement('search-document-mentions', z.object({ document: key }), SearchMentionRow),
  /** Documents whose passages another model (or none) embedded: the background embedding's work list. */
  documentsToEmbed: readStatement(
    'documents-to-embed',
    z.object({ model: z.string() }),
    z.object({ key: z.string(), sha256: z.string(), passages: z.coerce.number().int() }),
  ),
  /** The passages of some documents, in reading order, for re-embedding. */
  passagesOfDocuments: readStatement(
    'passages-of-documents',
    z.object({ documents: keys }),
    z.object({ document: z.string(), key: z.string(), text: z.string() }),
  ),
};
