import { z } from 'zod';
import type { EntityLabel } from '../../domain/labels.js';
import type { GraphStore } from '../../store/port.js';
import type { EntityRef, Evidence } from '../schemas/common.js';
import { EVIDENCE_CAP } from '../schemas/traceability.js';
import { addEvidence, entityLabel, evidenceListColumns, nullableInt, nullableString, readRows } from './rows.js';
import { itemYear, type YearFacts } from './years.js';

const yearColumns = { year: nullableInt, date: nullableString };
const TiedRowSchema = z.object({ key: z.string(), label: entityLabel, name: nullableString, ...yearColumns, ...evidenceListColumns });
const RelationRowSchema = TiedRowSchema.extend({ type: z.string(), source: nullableString });
const DocumentRowSchema = z.object({ key: z.string(), name: nullableString, ...yearColumns, ...evidenceListColumns });
const LatestVersionRowSchema = z.object({ key: z.string(), latestVersionYear: nullableInt });

export interface TimelineItem {
  key: string;
  label: EntityLabel;
  name: string | null;
  year: number | null;
  ties: string[];
  source?: 'reference';
  evidence: Evidence[];
  evidenceTotal: number;
}

export interface TimelineFilter {
  label?: EntityLabel | undefined;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  /** Items kept after sorting; the rest are counted in `total`. */
  limit: number;
}

export interface Timeline {
  items: TimelineItem[];
  /** Items that matched the filter, before the limit. */
  total: number;
}

/** Ascending by year, undated last; within a year events before the rest, then by key for a stable order. */
function compareItems(a: TimelineItem, b: TimelineItem): number {
  if (a.year !== b.year) return a.year === null ? 1 : b.year === null ? -1 : a.year - b.year;
  const eventFirst = Number(b.label === 'Event') - Number(a.label === 'Event');
  return eventFirst || a.label.localeCompare(b.label) || a.key.localeCompare(b.key);
}

/**
 * Everything tied to an entity: named in the same passage (co-mention), joined by a relationship, or the
 * documents whose passages name it; each item with up to EVIDENCE_CAP passages that show the tie and their count.
 * The reads aggregate per item in Cypher, so the work grows with the items, not with the passages returned.
 */
export async function buildTimeline(store: GraphStore, entity: EntityRef, filter: TimelineFilter): Promise<Timeline> {
  const params = { key: entity.key, evidence: EVIDENCE_CAP };
  const [comentions, relations, documents] = await Promise.all([
    readRows(store, 'trace-comentions', params, TiedRowSchema),
    readRows(store, 'trace-relations', params, RelationRowSchema),
    readRows(store, 'trace-documents', params, DocumentRowSchema),
  ]);

  const items = new Map<string, TimelineItem>();
  const facts = new Map<string, YearFacts>();
  const tie = (row: z.infer<typeof TiedRowSchema>, how: string): void => {
    let item = items.get(row.key);
    if (!item) {
      item = { key: row.key, label: row.label, name: row.name, year: null, ties: [], evidence: [], evidenceTotal: 0 };
      items.set(row.key, item);
      facts.set(row.key, { year: row.year, date: row.date, latestVersionYear: null });
    }
    item.name ??= row.name;
    if (!item.ties.includes(how)) item.ties.push(how);
    for (const evidence of row.evidence) addEvidence(item.evidence, evidence);
    // Totals add up per kind of tie: a passage that both names the two and carries a relationship counts twice.
    item.evidenceTotal += row.evidenceTotal;
  };
  for (const row of comentions) tie(row, 'co-mention');
  for (const row of relations) tie(row, row.type);
  for (const row of documents) tie({ ...row, label: 'Document' }, 'names it');
  items.delete(entity.key);

  const resolutions = [...items.values()].filter((item) => item.label === 'Resolution').map((item) => item.key);
  if (resolutions.length > 0) {
    for (const row of await readRows(store, 'resolution-latest-versions', { keys: resolutions }, LatestVersionRowSchema)) {
      const known = facts.get(row.key);
      if (known) known.latestVersionYear = row.latestVersionYear;
    }
  }
  const timeline: TimelineItem[] = [];
  for (const item of items.values()) {
    item.year = itemYear(item.key, item.label, facts.get(item.key));
    // Reference-only ties (e.g. an Action Line's facilitator) have no passage: say where they come from instead.
    if (item.evidence.length === 0) item.source = 'reference';
    if (filter.label && item.label !== filter.label) continue;
    if ((filter.yearFrom !== undefined || filter.yearTo !== undefined) && item.year === null) continue;
    if (filter.yearFrom !== undefined && item.year !== null && item.year < filter.yearFrom) continue;
    if (filter.yearTo !== undefined && item.year !== null && item.year > filter.yearTo) continue;
    timeline.push(item);
  }
  return { items: timeline.sort(compareItems).slice(0, filter.limit), total: timeline.length };
}
