import { EVIDENCE_CAP, type Evidence } from './types.js';

/** The passage columns of an evidence-bearing row (all null when a link has no passage). */
interface EvidenceRow {
  document: string | null;
  passage: number | null;
  text: string | null;
  page?: number | null;
  source?: string | null;
  title?: string | null;
}

export function evidenceOf(row: EvidenceRow): Evidence | null {
  if (row.document === null || row.passage === null || row.text === null) return null;
  return { document: row.document, passage: row.passage, text: row.text, page: row.page ?? null, source: row.source ?? null, title: row.title ?? null };
}

/** Adds evidence to a list once (same document and passage = same evidence), up to EVIDENCE_CAP items. */
export function addEvidence(list: Evidence[], evidence: Evidence | null): void {
  if (!evidence || list.length >= EVIDENCE_CAP) return;
  if (!list.some((e) => e.document === evidence.document && e.passage === evidence.passage)) list.push(evidence);
}
