import { NotFoundError } from '../domain/errors.js';
import type { GraphStore } from '../store/port.js';
import { queries } from '../store/queries/index.js';
import { evidenceOf } from './evidence.js';
import type { DocumentDetail } from './types.js';

/**
 * A stored document: its metadata, one page of its passages in order (a long document has tens of thousands), and
 * what it cites or references (with the passage).
 */
export async function documentDetail(store: GraphStore, key: string, page: { offset: number; limit: number } = { offset: 0, limit: 200 }): Promise<DocumentDetail> {
  const [documents, passages, cites] = await Promise.all([
    store.run(queries.documentByKey, { key }),
    store.run(queries.documentPassagesPage, { key, ...page }),
    store.run(queries.documentCites, { key }),
  ]);
  const stored = documents[0];
  if (!stored) throw new NotFoundError('document', key);
  const { passageCount, ...document } = stored;
  return { document, passages, passagePage: { ...page, total: passageCount ?? passages.length }, cites: cites.map((c) => ({ type: c.type, key: c.key, label: c.label, name: c.name, evidence: evidenceOf(c) })) };
}
