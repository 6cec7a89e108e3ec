import { type Entity, mandateKey, passageKey } from '../domain/document.js';
import { ValidationError } from '../domain/errors.js';
import type { EntityLabel, RelationshipType } from '../domain/labels.js';
import { runInSlices, runToEnd } from '../domain/slices.js';
import type { DocumentWrite, Row, WrittenDocument } from './port.js';
import { type WriteName, writes } from './queries/index.js';

interface EntityStatements {
  upsert: WriteName;
  mentions: WriteName;
}

/** Labels cannot be parameters: each label has its upsert and MENTIONS statements in cypher/write/. */
export const ENTITY_STATEMENTS: Record<EntityLabel, EntityStatements> = {
  Resolution: { upsert: writes.entityResolution.name, mentions: writes.mentionsResolution.name },
  ResolutionVersion: { upsert: writes.entityResolutionVersion.name, mentions: writes.mentionsResolutionVersion.name },
  ActionLine: { upsert: writes.entityActionLine.name, mentions: writes.mentionsActionLine.name },
  SDG: { upsert: writes.entitySdg.name, mentions: writes.mentionsSdg.name },
  Agency: { upsert: writes.entityAgency.name, mentions: writes.mentionsAgency.name },
  Event: { upsert: writes.entityEvent.name, mentions: writes.mentionsEvent.name },
  Document: { upsert: writes.entityDocument.name, mentions: writes.mentionsDocument.name },
  Initiative: { upsert: writes.entityInitiative.name, mentions: writes.mentionsInitiative.name },
};

/**
 * Relationships read from text, with the only endpoint labels the graph model gives them. Labels cannot be
 * parameters, so each type has its own statement; anything else is refused rather than silently dropped.
 */
export const TEXT_RELATIONS: Partial<Record<RelationshipType, { from: EntityLabel; to: EntityLabel; statement: WriteName }>> = {
  FACILITATES: { from: 'Agency', to: 'ActionLine', statement: 'relation-facilitates' },
  ORGANIZES: { from: 'Agency', to: 'Event', statement: 'relation-organizes' },
  PARTNERS_WITH: { from: 'Agency', to: 'Agency', statement: 'relation-partners-with' },
  REFERENCES: { from: 'Document', to: 'Document', statement: 'relation-references' },
  CITES: { from: 'Document', to: 'Resolution', statement: 'relation-cites' },
  PART_OF: { from: 'Document', to: 'Document', statement: 'relation-part-of' },
  TEXT_OF: { from: 'Document', to: 'ResolutionVersion', statement: 'relation-text-of' },
  LINKED_TO: { from: 'ActionLine', to: 'SDG', statement: 'relation-linked-to' },
  SUB_LINE_OF: { from: 'ActionLine', to: 'ActionLine', statement: 'relation-sub-line-of' },
};

/** Property names the store itself sets on nodes; extracted props must not overwrite them. */
const RESERVED_PROPS = new Set(['key', 'name', 'reference', 'sha256', 'document', 'embedding']);

/** One statement with its rows, in the order the statements must run. */
export interface StatementBatch {
  statement: WriteName;
  rows: Row[];
}

export interface DocumentRows {
  key: string;
  /** Properties of the Document node (including the ingest facts: sha256, embedding model, …). */
  documentProps: Row;
  /**
   * Passage rows (with their embeddings, or followed by an embeddings statement: see RowShape), then entities,
   * mandates, versions, relations:
   * one batch per statement, the same statements in the same order for every document (rows may be empty).
   */
  batches: StatementBatch[];
  /** Relationships these rows create (see RELATIONSHIPS_PER_ROW): what the write reports, counted from the rows it sends. */
  relationships: number;
}

/** Rows per UNWIND: large enough to amortise a round trip, small enough to keep parameter maps modest. */
export const ROWS_PER_BATCH = 500;

/** How an engine takes the rows, where its dialects differ. */
export interface RowShape {
  /**
   * Vectors ride in the passage rows and are set where the passage is created (Grafeo: `vector(row.embedding)`),
   * saving a second lookup of every passage; otherwise they get their own `passage-embeddings` statement (Neo4j sets
   * them through a procedure).
   */
  embeddingsInPassageRows: boolean;
}

/** Turns one extraction (plus optional embeddings) into the parameter rows of the cypher/write statements. */
export function documentRows(write: DocumentWrite, shape: RowShape = { embeddingsInPassageRows: false }): DocumentRows {
  return runToEnd(documentRowSteps(write, shape));
}

/**
 * The rows of each write, built in slices that yield to the event loop (the server keeps answering while a large
 * document's rows are built), once per write: the relationship count the write reports comes from them too.
 */
export async function documentRowsInSlices(writes: readonly DocumentWrite[], shape?: RowShape): Promise<DocumentRows[]> {
  const documents: DocumentRows[] = [];
  for (const write of writes) documents.push(await runInSlices(documentRowSteps(write, shape)));
  return documents;
}

/** What writing these rows stored, per document. */
export const writtenDocuments = (documents: readonly DocumentRows[]): WrittenDocument[] =>
  documents.map(({ key, relationships }) => ({ key, relationships }));

/** Rows built between two steps of `documentRowSteps`. */
const ROWS_PER_STEP = 1_000;

/**
 * `documentRows` a step at a time (a step per thousand rows or so), so that an adapter can build the rows of a large
 * document in slices that yield to the event loop: 18,000 passages make 1.3 million rows, 2–5 s of work here.
 */
export function* documentRowSteps(write: DocumentWrite, shape: RowShape = { embeddingsInPassageRows: false }): Generator<void, DocumentRows> {
  const { extraction, embeddings } = write;
  const meta = extraction.document;
  const key = meta.key;
  const ordinals = new Set(extraction.passages.map((p) => p.ordinal));
  const passageKeyOf = (ordinal: number): string => {
    if (!ordinals.has(ordinal)) {
      throw new ValidationError('passage', `${key}: ordinal ${ordinal} is not a passage of the document`);
    }
    return passageKey(key, ordinal);
  };
  if (embeddings && embeddings.vectors.length !== extraction.passages.length) {
    throw new ValidationError('embeddings', `${key}: ${embeddings.vectors.length} vectors for ${extraction.passages.length} passages`);
  }

  const documentProps: Row = {
    name: meta.title ?? meta.symbol ?? meta.source,
    symbol: meta.symbol,
    title: meta.title,
    source: meta.source,
    format: meta.format,
    sha256: meta.sha256,
    date: meta.date,
    year: meta.year,
    issuingBody: meta.issuingBody,
    purpose: meta.purpose,
    actionRequired: meta.actionRequired,
    pageCount: meta.pageCount,
    passageCount: extraction.passages.length,
    embeddingModel: embeddings?.model ?? null,
    embeddingDimension: embeddings?.dimension ?? null,
    // What the Akoma Ntoso export reads back: the resolution's text as the structure stage read it.
    structure: extraction.structure === null ? null : JSON.stringify(extraction.structure),
    resolution: extraction.structure?.identity.resolution ?? null,
    resolutionVersion: extraction.structure?.identity.version ?? null,
  };

  const vectorOf = (index: number): number[] | null => {
    const vector = embeddings?.vectors[index];
    return vector ? plainNumbers(vector) : null;
  };
  const batches: StatementBatch[] = [];
  batches.push({
    statement: 'passages-create',
    rows: yield* mapInSteps(extraction.passages, (p, i) => ({
      key: passageKey(key, p.ordinal),
      document: key,
      source: meta.source,
      ordinal: p.ordinal,
      text: p.text,
      page: p.page,
      start: p.start,
      end: p.end,
      section: p.section,
      // Per passage, so a passage the model could not embed still records that this model has read it.
      embeddingModel: embeddings?.model ?? null,
      ...(shape.embeddingsInPassageRows ? { embedding: vectorOf(i) } : {}),
    })),
  });
  if (!shape.embeddingsInPassageRows) {
    batches.push({
      statement: 'passage-embeddings',
      // A passage without a vector gets no property: it is found lexically.
      rows: extraction.passages.map((p, i) => ({ key: passageKey(key, p.ordinal), embedding: vectorOf(i) })).filter((row) => row.embedding !== null),
    });
  }

  for (const [label, statements] of Object.entries(ENTITY_STATEMENTS) as [EntityLabel, EntityStatements][]) {
    const entities = mergeSameKey(extraction.entities.filter((e) => e.label === label));
    batches.push({
      statement: statements.upsert,
      rows: entities.map((e) => ({
        key: e.key,
        name: e.name,
        props: Object.fromEntries(Object.entries(e.props).filter(([name]) => !RESERVED_PROPS.has(name))),
      })),
    });
    // Flat rows, one per mention: a nested UNWIND over each entity's mentions grew slower with every document.
    const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ entity: e.key, mention: m })));
    const unique = yield* uniqueInSteps(mentions, ({ entity, mention }) => `${entity}:${mention.passage}:${mention.start}:${mention.end}`);
    batches.push({
      statement: statements.mentions,
      rows: yield* mapInSteps(unique, ({ entity, mention: m }) => ({ entity, passage: passageKeyOf(m.passage), text: m.text, start: m.start, end: m.end, document: key })),
    });
  }

  batches.push({
    statement: 'mandates-create',
    rows: yield* mapInSteps(extraction.mandates, (m, index) => {
      return {
        key: mandateKey(key, index),
        document: key,
        resolution: m.resolution,
        addressee: m.addressee,
        verb: m.verb,
        action: m.action,
        start: m.start,
        end: m.end,
        passage: passageKeyOf(m.passage),
      };
    }),
  });

  const versionRows = yield* mapInSteps(yield* uniqueInSteps(extraction.versions, (v) => `${v.key}:${v.passage}`), (v) => {
    return {
      key: v.key,
      resolution: v.resolution,
      year: v.year,
      place: v.place,
      kind: v.kind,
      // The version node's own properties as one map: one SET instead of one per property.
      props: { year: v.year, place: v.place, kind: v.kind, resolution: v.resolution },
      event: v.event,
      text: v.text,
      document: key,
      passage: passageKeyOf(v.passage),
    };
  });
  batches.push({ statement: 'versions-upsert', rows: versionRows });
  batches.push({ statement: 'versions-adopted-at', rows: versionRows.filter((v) => v.event !== null) });

  const relations = yield* uniqueInSteps(extraction.relations, (r) => `${r.type}:${r.from.key}:${r.to.key}:${r.passage}`);
  for (const [type, shape] of Object.entries(TEXT_RELATIONS)) {
    const rows = relations
      .filter((r) => r.type === type)
      .map((r) => {
        if (r.from.label !== shape.from || r.to.label !== shape.to) {
          throw new ValidationError('relations', `${key}: ${type} from ${r.from.label} to ${r.to.label} is not in the graph model`);
        }
        return { from: r.from.key, to: r.to.key, role: r.role, document: key, passage: passageKeyOf(r.passage) };
      });
    batches.push({ statement: shape.statement, rows });
  }
  const unsupported = extraction.relations.find((r) => TEXT_RELATIONS[r.type] === undefined);
  if (unsupported) {
    throw new ValidationError('relations', `${key}: ${unsupported.type} is not a relationship read from text`);
  }

  const relationships = batches.reduce((sum, batch) => sum + batch.rows.length * (RELATIONSHIPS_PER_ROW[batch.statement] ?? 0), 0);
  return { key, documentProps, batches, relationships };
}

/**
 * Relationships each row of a write statement creates (see cypher/write/): a passage its PART_OF, a mandate its
 * MANDATES and SUPPORTED_BY, a version its VERSION_OF and SUPPORTED_BY, a mention or a relation one.
 */
const RELATIONSHIPS_PER_ROW: Readonly<Record<string, number>> = {
  'passages-create': 1,
  'mandates-create': 2,
  'versions-upsert': 2,
  'versions-adopted-at': 1,
  ...Object.fromEntries(Object.values(ENTITY_STATEMENTS).map((statements) => [statements.mentions, 1])),
  ...Object.fromEntries(Object.values(TEXT_RELATIONS).map((relation) => [relation.statement, 1])),
};

/**
 * How many relationships writing this document would create, for a document that is not written (unchanged): a
 * write reports its own count, from the rows it sent.
 */
export const relationshipsWritten = (extraction: DocumentWrite['extraction']): number => documentRows({ extraction, embeddings: null }).relationships;

/**
 * The statements that write several documents in one transaction: each statement once for the rows of all the
 * documents (in the order a single document needs them), so a statement's fixed cost is paid once per batch.
 * Keys must be distinct: two versions of one document in a batch would both be CREATEd.
 */
export function batchStatements(documents: readonly DocumentRows[]): StatementBatch[] {
  const keys = new Set(documents.map((d) => d.key));
  if (keys.size !== documents.length) throw new ValidationError('documents', 'a batch names one document twice');
  const [first] = documents;
  if (first === undefined) return [];
  return first.batches
    .map((batch, index) => {
      const rows = documents.flatMap((d) => d.batches[index]?.rows ?? []);
      return { statement: batch.statement, rows: ENTITY_UPSERTS.has(batch.statement) ? mergeEntityRows(rows) : rows };
    })
    .flatMap(splitBatch);
}

const ENTITY_UPSERTS = new Set(Object.values(ENTITY_STATEMENTS).map((statements) => statements.upsert));

/**
 * The documents of a batch name the same few entities again and again (each agency in most documents): one row per
 * key, holding what the rows in order would have left (`SET e += props, e.name = coalesce(name, e.name)`), so each
 * entity is looked up and written once per batch instead of once per document.
 */
function mergeEntityRows(rows: readonly Row[]): Row[] {
  const byKey = new Map<unknown, Row>();
  for (const row of rows) {
    const seen = byKey.get(row.key);
    byKey.set(
      row.key,
      seen === undefined ? row : { key: row.key, name: row.name ?? seen.name, props: { ...(seen.props as Row), ...(row.props as Row) } },
    );
  }
  return [...byKey.values()];
}

/**
 * Mentions are most of the rows (five per passage) and go as parallel lists (`$passage[i]`, `$entity[i]`, …): the
 * Grafeo driver converts a list of strings or numbers for about half what it costs to convert the same values as row
 * objects, whose property names it converts again for every row, on the event loop.
 */
const MENTION_COLUMNS = ['passage', 'entity', 'start', 'end', 'text', 'document'] as const;
const COLUMNAR_STATEMENTS = new Set(Object.values(ENTITY_STATEMENTS).map((statements) => statements.mentions));

/** The parameters of one statement batch: `{ rows }`, or the rows' fields as parallel lists for columnar statements. */
export function statementParams(batch: StatementBatch): Record<string, unknown> {
  if (!COLUMNAR_STATEMENTS.has(batch.statement)) return { rows: batch.rows };
  return Object.fromEntries(MENTION_COLUMNS.map((column) => [column, batch.rows.map((row) => row[column])]));
}

/** Document node rows for `documents-upsert`. */
export const documentUpsertRows = (documents: readonly DocumentRows[]): Row[] => documents.map((d) => ({ key: d.key, props: d.documentProps }));

/**
 * Relationships of a document are CREATEd, not MERGEd: its old ones were deleted in the same transaction, and
 * MERGE on a relationship scans the far node's edges, which grows with the corpus (quadratic ingest). So rows
 * must be unique here.
 */
function* uniqueInSteps<T>(items: readonly T[], keyOf: (item: T) => string): Generator<void, T[]> {
  const seen = new Map<string, T>();
  for (const [index, item] of items.entries()) {
    const key = keyOf(item);
    if (!seen.has(key)) seen.set(key, item);
    if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  return [...seen.values()];
}

/** `items.map(row)`, a step per ROWS_PER_STEP items. */
function* mapInSteps<T>(items: readonly T[], row: (item: T, index: number) => Row): Generator<void, Row[]> {
  const rows: Row[] = [];
  for (const [index, item] of items.entries()) {
    rows.push(row(item, index));
    if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  return rows;
}

/**
 * A vector as the plain number array the drivers take (a typed array would reach Grafeo as bytes). An indexed copy:
 * Array.from over a typed array's iterator cost ~3 µs per 100-d vector here, a loop ~0.3 µs.
 */
export function plainNumbers(vector: ArrayLike<number>): number[] {
  if (Array.isArray(vector)) return vector as number[];
  const numbers = new Array<number>(vector.length);
  for (let i = 0; i < vector.length; i += 1) numbers[i] = vector[i] as number;
  return numbers;
}

/** An entity listed twice under one label becomes one row with all its mentions. */
function mergeSameKey(entities: readonly Entity[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const entity of entities) {
    const seen = byKey.get(entity.key);
    if (seen === undefined) byKey.set(entity.key, entity);
    else byKey.set(entity.key, { ...seen, name: seen.name ?? entity.name, props: { ...entity.props, ...seen.props }, mentions: [...seen.mentions, ...entity.mentions] });
  }
  return [...byKey.values()];
}

/** Empty batches are dropped: every statement costs about a millisecond even with no rows. */
function splitBatch(batch: StatementBatch): StatementBatch[] {
  const parts: StatementBatch[] = [];
  for (let i = 0; i < batch.rows.length; i += ROWS_PER_BATCH) {
    parts.push({ statement: batch.statement, rows: batch.rows.slice(i, i + ROWS_PER_BATCH) });
  }
  return parts;
}

/**
 * Statements that remove the nodes stored documents own (`$keys`), run after `document-facts-delete` removed the
 * relationships their facts drew.
 */
export const DOCUMENT_NODE_DELETE_STATEMENTS = [writes.documentMandatesDelete.name, writes.documentPassagesDelete.name] as const;
