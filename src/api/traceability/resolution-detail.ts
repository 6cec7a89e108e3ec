import { z } from 'zod';
import { displayName } from '../../domain/display-names.js';
import type { GraphStore } from '../../store/port.js';
import type { EntityRef } from '../schemas/common.js';
import type { ResolutionDetailSchema } from '../schemas/entities.js';
import { EVIDENCE_CAP } from '../schemas/traceability.js';
import { evidenceColumns, evidenceListColumns, evidenceOf, nullableInt, nullableString, readRows } from './rows.js';

type ResolutionDetail = z.infer<typeof ResolutionDetailSchema>;

const VersionRowSchema = z.object({
  key: z.string(),
  year: nullableInt,
  place: nullableString,
  kind: nullableString,
  event: nullableString,
  eventName: nullableString,
  ...evidenceListColumns,
});
const MandateRowSchema = z.object({ key: z.string(), addressee: z.string(), verb: z.string(), action: z.string(), ...evidenceColumns });
const CitingRowSchema = z.object({ key: z.string(), title: nullableString, year: nullableInt, ...evidenceListColumns });
const CountRowSchema = z.object({ count: z.number().int() });

/** Citing documents listed (oldest first); `citedByTotal` counts them all. A resolution is cited by hundreds. */
export const CITED_BY_LIMIT = 100;

/** A resolution's revision lineage (oldest first), its operative mandates, and the documents that cite it. */
export async function resolutionDetail(store: GraphStore, resolution: EntityRef): Promise<ResolutionDetail> {
  const params = { key: resolution.key, evidence: EVIDENCE_CAP };
  const [versionRows, mandateRows, citingRows, citingCount] = await Promise.all([
    readRows(store, 'resolution-versions', params, VersionRowSchema),
    readRows(store, 'resolution-mandates', params, MandateRowSchema),
    readRows(store, 'resolution-citing-documents', { ...params, limit: CITED_BY_LIMIT }, CitingRowSchema),
    readRows(store, 'resolution-citing-count', params, CountRowSchema),
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
