import { z } from 'zod';
import type { GraphStore } from '../../store/port.js';
import type { EntityRef } from '../schemas/common.js';
import type { ResolutionDetailSchema } from '../schemas/entities.js';
import { addEvidence, evidenceColumns, evidenceOf, nullableInt, nullableString, readRows } from './rows.js';

type ResolutionDetail = z.infer<typeof ResolutionDetailSchema>;

const VersionRowSchema = z.object({
  key: z.string(),
  year: nullableInt,
  place: nullableString,
  kind: nullableString,
  event: nullableString,
  eventName: nullableString,
  ...evidenceColumns,
});
const MandateRowSchema = z.object({ key: z.string(), addressee: z.string(), verb: z.string(), action: z.string(), ...evidenceColumns });
const CitingRowSchema = z.object({ key: z.string(), title: nullableString, year: nullableInt, ...evidenceColumns });

/** A resolution's revision lineage (oldest first), its operative mandates, and the documents that cite it. */
export async function resolutionDetail(store: GraphStore, resolution: EntityRef): Promise<ResolutionDetail> {
  const params = { key: resolution.key };
  const [versionRows, mandateRows, citingRows] = await Promise.all([
    readRows(store, 'resolution-versions', params, VersionRowSchema),
    readRows(store, 'resolution-mandates', params, MandateRowSchema),
    readRows(store, 'resolution-citing-documents', params, CitingRowSchema),
  ]);
  const versions: ResolutionDetail['versions'] = [];
  for (const row of versionRows) {
    let version = versions.find((v) => v.key === row.key);
    if (!version) {
      version = {
        key: row.key,
        year: row.year,
        place: row.place,
        kind: row.kind,
        event: row.event ? { key: row.event, name: row.eventName } : null,
        evidence: [],
      };
      versions.push(version);
    }
    addEvidence(version.evidence, evidenceOf(row));
  }
  const citedBy: ResolutionDetail['citedBy'] = [];
  for (const row of citingRows) {
    let doc = citedBy.find((d) => d.key === row.key);
    if (!doc) {
      doc = { key: row.key, title: row.title, year: row.year, evidence: [] };
      citedBy.push(doc);
    }
    addEvidence(doc.evidence, evidenceOf(row));
  }
  return {
    resolution,
    versions: versions.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999)),
    mandates: mandateRows
      .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }))
      .map((m) => ({ key: m.key, addressee: m.addressee, verb: m.verb, action: m.action, evidence: evidenceOf(m) })),
    citedBy: citedBy.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.key.localeCompare(b.key)),
  };
}
