import { plainNumbers, ROWS_PER_BATCH } from './document-rows.js';
import type { Row, StoredPassageVectors } from './port.js';

/** Document rows for `documents-embedded`: each matches only while the document still has the hash it was read under. */
export const embeddedDocumentRows = (update: StoredPassageVectors): Row[] => update.documents.map(({ key, sha256 }) => ({ key, sha256 }));

/** `passage-vectors-set` rows of the documents the transaction updated, `ROWS_PER_BATCH` rows per statement. */
export function passageVectorBatches(update: StoredPassageVectors, updatedDocuments: ReadonlySet<string>): Row[][] {
  const rows = update.passages
    .filter((passage) => updatedDocuments.has(passage.document))
    .map((passage) => ({ key: passage.key, embedding: passage.embedding === null ? null : plainNumbers(passage.embedding) }));
  const batches: Row[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_BATCH) batches.push(rows.slice(i, i + ROWS_PER_BATCH));
  return batches;
}
