import { NotFoundError } from '../domain/errors.js';
import type { GraphStore } from '../store/port.js';
import { queries } from '../store/queries/index.js';
import { evidenceOf } from './evidence.js';
import type { DocumentDetail } from './types.js';

/** A stored document: its metadata, its passages in order, and what it cites or references (with the passage). */
export async function documentDetail(store: GraphStore, key: string): Promise<DocumentDetail> {
  const [documents, passages, cites] = await Promise.all([
    store.run(queries.documentByKey, { key }),
    store.run(queries.documentPassages, { key }),
    store.run(queries.documentCites, { key }),
  ]);
  const document = documents[0];
  if (!document) throw new NotFoundError('document', key);
  return { document, passages, cites: cites.map((c) => ({ type: c.type, key: c.key, label: c.label, name: c.name, evidence: evidenceOf(c) })) };
}
