import type { GraphStore } from '../store/port.js';
import type { EntityRef } from './types.js';
import type { ResolutionDetail } from './types.js';
import { EVIDENCE_CAP } from './types.js';
import { evidenceOf } from './evidence.js';
import { queries } from '../store/queries/index.js';
import { displayName } from '../domain/display-names.js';


/** Citing documents listed (oldest first); `citedByTotal` counts them all. A resolution is cited by hundreds. */
export const CITED_BY_LIMIT = 100;

/** A resolution's revision lineage (oldest first), its operative mandates, and the documents that cite it. */
export async function resolutionDetail(store: GraphStore, resolution: EntityRef): Promise<ResolutionDetail> {
  const params = { key: resolution.key, evidence: EVIDENCE_CAP };
  const [versionRows, mandateRows, citingRows, citingCount] = await Promise.all([
    store.run(queries.resolutionVersions, params),
    store.run(queries.resolutionMandates, params),
    store.run(queries.resolutionCitingDocuments, { ...params, limit: CITED_BY_LIMIT }),
    store.run(queries.resolutionCitingCount, params),
  ]);
  return {
    resolution,
    versions: versionRows
      .map((row) => ({
        key: row.key,
        name: displayName('ResolutionVersion', row.key),
        year: row.year,
        place: row.place,
        kind: row.kind,
        event: row.event ? { key: row.event, name: row.eventName ?? displayName('Event', row.event) } : null,
        evidence: row.evidence,
        evidenceTotal: row.evidenceTotal,
      }))
      .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999)),
    mandates: mandateRows
      .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }))
      .map((m) => ({ key: m.key, addressee: m.addressee, verb: m.verb, action: m.action, evidence: evidenceOf(m) })),
    citedBy: citingRows
      .map((row) => ({ key: row.key, title: row.title, year: row.year, evidence: row.evidence, evidenceTotal: row.evidenceTotal }))
      .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.key.localeCompare(b.key)),
    citedByTotal: citingCount[0]?.count ?? citingRows.length,
  };
}
