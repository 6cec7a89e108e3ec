import type { Statement } from '../statement.js';
import { documentReads } from './document-reads.js';
import { entityReads } from './entity-reads.js';
import { storeReads } from './store-reads.js';
import { traceabilityReads } from './traceability-reads.js';
import { documentWrites, referenceWrites } from './writes.js';

/**
 * The registry: every statement under cypher/read and cypher/write, each declared once. Callers pass one to
 * `GraphStore.run`; the contract suite runs each on every adapter; a .cypher file not registered here fails a test.
 */
export const queries = { ...storeReads, ...documentReads, ...entityReads, ...traceabilityReads };
export const writes = { ...documentWrites, ...referenceWrites };

export const STATEMENTS: readonly Statement[] = [...Object.values(queries), ...Object.values(writes)];

export type { RowsWrite } from './writes.js';

/** Write statement names, for the batches document-rows.ts builds. */
export type WriteName = (typeof writes)[keyof typeof writes]['name'];
