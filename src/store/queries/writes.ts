import { z } from 'zod';
import { NO_ROWS, type Statement, writeStatement } from '../statement.js';
import { key, keys } from './columns.js';

/**
 * Write statements. Most take `UNWIND $rows`: rows built by document-rows.ts and seed.ts (typed there), so the
 * parameter schema here checks the envelope only. MENTIONS writes take their rows as parallel columns.
 */
const rows = z.object({ rows: z.array(z.record(z.string(), z.unknown())) });
const byKeys = z.object({ keys });
/** Grafeo deletes a bounded batch per statement (a scan per batch), so a huge document never holds one long statement. */
const byKeysBatched = z.object({ keys, limit: z.number().int().positive() });
const mentionColumns = z.object({
  entity: z.array(z.string()),
  passage: z.array(z.string()),
  text: z.array(z.string()),
  start: z.array(z.number().int()),
  end: z.array(z.number().int()),
  document: z.array(z.string()),
});

/** A statement that takes `UNWIND $rows` and returns nothing (every reference write). */
export type RowsWrite = Statement<typeof rows, typeof NO_ROWS>;

const rowsWrite = <N extends string>(name: N) => writeStatement(name, rows, NO_ROWS);
const mentionsWrite = <N extends string>(name: N) => writeStatement(name, mentionColumns, NO_ROWS);

export const documentWrites = {
  documentsUpsert: writeStatement('documents-upsert', rows, z.object({ key: z.string(), previous: z.unknown() })),
  /** Deletes the relationships a document's passages support; returns their endpoints (orphan candidates). */
  documentFactsDelete: writeStatement('document-facts-delete', byKeys, z.object({ from: z.string().nullable(), to: z.string().nullable() })),
  documentMandatesDelete: writeStatement('document-mandates-delete', byKeys, NO_ROWS),
  documentPassagesDelete: writeStatement('document-passages-delete', byKeys, NO_ROWS),
  /** Grafeo only: one batch of a document's facts (`$limit` of them); returns their endpoints. Repeated until none. */
  documentFactsDeleteBatch: writeStatement(
    'document-facts-delete-batch',
    byKeysBatched,
    z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    ['grafeo'],
  ),
  /** Grafeo only: one batch of a document's passages; returns how many it deleted. Repeated until none. */
  documentPassagesDeleteBatch: writeStatement('document-passages-delete-batch', byKeysBatched, z.object({ deleted: z.coerce.number() }), ['grafeo']),
  documentUnset: writeStatement('document-unset', z.object({ key }), NO_ROWS),
  entitiesOrphansDelete: writeStatement('entities-orphans-delete', byKeys, NO_ROWS),
  passagesCreate: rowsWrite('passages-create'),
  /** Neo4j sets vectors through a procedure after the passages exist; Grafeo writes them with the passage. */
  passageEmbeddings: writeStatement('passage-embeddings', rows, NO_ROWS, ['neo4j']),
  mandatesCreate: rowsWrite('mandates-create'),
  /** Records a model on documents still at the hash their passages were read under; returns those documents. */
  documentsEmbedded: writeStatement(
    'documents-embedded',
    rows.extend({ model: z.string(), dimension: z.number().int().positive() }),
    z.object({ key: z.string() }),
  ),
  /** Sets stored passages' vectors (null: none usable) and the model that made them. */
  passageVectorsSet: writeStatement('passage-vectors-set', rows.extend({ model: z.string() }), NO_ROWS),
  versionsUpsert: rowsWrite('versions-upsert'),
  versionsAdoptedAt: rowsWrite('versions-adopted-at'),
  entityResolution: rowsWrite('entity-resolution'),
  entityResolutionVersion: rowsWrite('entity-resolution-version'),
  entityActionLine: rowsWrite('entity-action-line'),
  entitySdg: rowsWrite('entity-sdg'),
  entityAgency: rowsWrite('entity-agency'),
  entityEvent: rowsWrite('entity-event'),
  entityDocument: rowsWrite('entity-document'),
  entityInitiative: rowsWrite('entity-initiative'),
  mentionsResolution: mentionsWrite('mentions-resolution'),
  mentionsResolutionVersion: mentionsWrite('mentions-resolution-version'),
  mentionsActionLine: mentionsWrite('mentions-action-line'),
  mentionsSdg: mentionsWrite('mentions-sdg'),
  mentionsAgency: mentionsWrite('mentions-agency'),
  mentionsEvent: mentionsWrite('mentions-event'),
  mentionsDocument: mentionsWrite('mentions-document'),
  mentionsInitiative: mentionsWrite('mentions-initiative'),
  relationFacilitates: rowsWrite('relation-facilitates'),
  relationOrganizes: rowsWrite('relation-organizes'),
  relationPartnersWith: rowsWrite('relation-partners-with'),
  relationReferences: rowsWrite('relation-references'),
  relationCites: rowsWrite('relation-cites'),
  relationLinkedTo: rowsWrite('relation-linked-to'),
  relationSubLineOf: rowsWrite('relation-sub-line-of'),
  relationPartOf: rowsWrite('relation-part-of'),
  relationTextOf: rowsWrite('relation-text-of'),
};

/** Reference facts seeded at start (src/store/seed.ts), idempotent by key. */
export const referenceWrites = {
  referenceActionLines: rowsWrite('reference-action-lines'),
  referenceActionLineParents: rowsWrite('reference-action-line-parents'),
  referenceSdgs: rowsWrite('reference-sdgs'),
  referenceSdgTargets: rowsWrite('reference-sdg-targets'),
  referenceAgencies: rowsWrite('reference-agencies'),
  referenceFacilitators: rowsWrite('reference-facilitators'),
  referenceMatrix: rowsWrite('reference-matrix'),
  referenceEvents: rowsWrite('reference-events'),
  referenceInitiatives: rowsWrite('reference-initiatives'),
};
