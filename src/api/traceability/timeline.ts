import { z } from 'zod';
import type { EntityLabel } from '../../domain/labels.js';
import type { GraphStore } from '../../store/port.js';
import type { EntityRef, Evidence } from '../schemas/common.js';
import { addEvidence, entityLabel, evidenceColumns, evidenceOf, nullableInt, nullableString, readRows } from './rows.js';
import { itemYear, type YearFacts } from './years.js';

const TiedRowSchema = z.object({ key: z.string(), label: entityLabel, name: nullableString, ...evidenceColumns });
const RelationRowSchema = TiedRowSchema.extend({ type: z.string(), source: nullableString });
const DocumentRowSchema = z.object({ key: z.string(), name: nullableString, ...evidenceColumns });
const YearRowSchema = z.object({ key: z.string(), year: nullableInt, date: nullableString, latestVersionYear: nullableInt });

export interface TimelineItem {
  key: string;
  label: EntityLabel;
  name: string | null;
  year: number | null;
  ties: string[];
  source?: 'reference';
  evidence: Evidence[];
}

export interface TimelineFilter {
  label?: EntityLabel | undefined;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
}

/** Ascending by year, undated last; within a year events before the rest, then by key for a stable order. */
function compareItems(a: TimelineItem, b: TimelineItem): number {
  if (a.year !== b.year) return a.year === null ? 1 : b.year === null ? -1 : a.year - b.year;
  const eventFirst = Number(b.label === 'Event') - Number(a.label === 'Event');
  return eventFirst || a.label.localeCompare(b.label) || a.key.localeCompare(b.key);
}

/**
 * Everything tied to an entity: named in the same passage (co-mention), joined by a relationship, or the
 * documents whose passages name it; each item with the passages that show the tie.
 */
export async function buildTimeline(store: GraphStore, entity: EntityRef, filter: TimelineFilter): Promise<TimelineItem[]> {
  const params = { key: entity.key };
  const [comentions, relations, documents] = await Promise.all([
    readRows(store, 'trace-comentions', params, TiedRowSchema),
    readRows(store, 'trace-relations', params, RelationRowSchema),
    readRows(store, 'trace-documents', params, DocumentRowSchema),
  ]);

  const items = new Map<string, TimelineItem>();
  const itemFor = (key: string, label: EntityLabel, name: string | null): TimelineItem => {
    let item = items.get(key);
    if (!item) {
      item = { key, label, name, year: null, ties: [], evidence: [] };
      items.set(key, item);
    }
    item.name ??= name;
    return item;
  };
  const tie = (item: TimelineItem, how: string) => {
    if (!item.ties.includes(how)) item.ties.push(how);
  };

  for (const row of comentions) {
    const item = itemFor(row.key, row.label, row.name);
    tie(item, 'co-mention');
    addEvidence(item.evidence, evidenceOf(row));
  }
  for (const row of relations) {
    const item = itemFor(row.key, row.label, row.name);
    tie(item, row.type);
    addEvidence(item.evidence, evidenceOf(row));
  }
  for (const row of documents) {
    const item = itemFor(row.key, 'Document', row.name);
    tie(item, 'names it');
    addEvidence(item.evidence, evidenceOf(row));
  }
  items.delete(entity.key);

  const yearRows = await readRows(store, 'entity-years', { keys: [...items.keys()] }, YearRowSchema);
  const facts = new Map<string, YearFacts>(yearRows.map((r) => [r.key, r]));
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
  return timeline.sort(compareItems);
}
