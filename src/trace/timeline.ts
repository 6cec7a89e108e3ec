import type { EntityLabel } from '../domain/labels.js';
import type { GraphStore, RowOf } from '../store/port.js';
import type { EntityRef, Evidence } from './types.js';
import { EVIDENCE_CAP } from './types.js';
import { evidenceOf } from './evidence.js';
import { withDisplayName } from '../domain/display-names.js';
import { itemYear, type YearFacts } from './years.js';
import { queries } from '../store/queries/index.js';

/**
 * Passages naming the entity read per trace. A hub (WSIS+20 in a fifth of 100k synthetic passages) otherwise
 * costs a walk over every one of them and their other mentions; past this, the timeline says it was cut.
 */
export const PASSAGE_CAP = 5_000;

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
  /** Passages naming the entity, and how many of them the timeline was built from (at most PASSAGE_CAP). */
  passagesTotal: number;
  passagesRead: number;
}

/** The label and years asked for; an undated item is left out when years are asked for. */
function passes(item: TimelineItem, filter: TimelineFilter): boolean {
  if (filter.label && item.label !== filter.label) return false;
  if ((filter.yearFrom !== undefined || filter.yearTo !== undefined) && item.year === null) return false;
  if (filter.yearFrom !== undefined && item.year !== null && item.year < filter.yearFrom) return false;
  return !(filter.yearTo !== undefined && item.year !== null && item.year > filter.yearTo);
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
 * The reads aggregate per item in Cypher and return passage keys; the passage texts are read once, for the items
 * kept after the limit (a hub is tied to thousands of documents).
 */
export async function buildTimeline(store: GraphStore, entity: EntityRef, filter: TimelineFilter): Promise<Timeline> {
  const params = { key: entity.key, evidence: EVIDENCE_CAP, passages: PASSAGE_CAP };
  const [comentions, relations, documents, mentionCount] = await Promise.all([
    store.run(queries.traceComentions, params),
    store.run(queries.traceRelations, params),
    store.run(queries.traceDocuments, params),
    store.run(queries.entityMentionCount, params),
  ]);
  const passagesTotal = mentionCount[0]?.count ?? 0;

  const items = new Map<string, TimelineItem>();
  const facts = new Map<string, YearFacts>();
  const passageKeys = new Map<string, string[]>();
  const tie = (row: RowOf<typeof queries.traceComentions>, how: string): void => {
    let item = items.get(row.key);
    if (!item) {
      item = { ...withDisplayName({ key: row.key, label: row.label, name: row.name }), year: null, ties: [], evidence: [], evidenceTotal: 0 };
      items.set(row.key, item);
      facts.set(row.key, { year: row.year, date: row.date, latestVersionYear: null });
    }
    item.name ??= row.name;
    if (!item.ties.includes(how)) item.ties.push(how);
    const keys = passageKeys.get(row.key) ?? [];
    passageKeys.set(row.key, [...new Set([...keys, ...row.passageKeys])].slice(0, EVIDENCE_CAP));
    // Totals add up per kind of tie: a passage that both names the two and carries a relationship counts twice.
    item.evidenceTotal += row.evidenceTotal;
  };
  for (const row of comentions) tie(row, 'co-mention');
  for (const row of relations) tie(row, row.type);
  for (const row of documents) tie({ ...row, label: 'Document' }, 'names it');
  items.delete(entity.key);

  const resolutions = [...items.values()].filter((item) => item.label === 'Resolution').map((item) => item.key);
  if (resolutions.length > 0) {
    for (const row of await store.run(queries.resolutionsByKeys, { keys: resolutions })) {
      const known = facts.get(row.key);
      if (known) known.latestVersionYear = row.latestVersionYear;
    }
  }
  const timeline: TimelineItem[] = [];
  for (const item of items.values()) {
    item.year = itemYear(item.key, item.label, facts.get(item.key));
    // Reference-only ties (e.g. an Action Line's facilitator) have no passage: say where they come from instead.
    if (!passageKeys.get(item.key)?.length) item.source = 'reference';
    if (passes(item, filter)) timeline.push(item);
  }
  const kept = timeline.sort(compareItems).slice(0, filter.limit);
  const keys = [...new Set(kept.flatMap((item) => passageKeys.get(item.key) ?? []))];
  const passages = new Map((await store.run(queries.passagesByKey, { keys })).map((p) => [p.key, p]));
  for (const item of kept) {
    for (const key of passageKeys.get(item.key) ?? []) {
      const passage = passages.get(key);
      const evidence = passage ? evidenceOf(passage) : null;
      if (evidence) item.evidence.push(evidence);
    }
  }
  return { items: kept, total: timeline.length, passagesTotal, passagesRead: Math.min(passagesTotal, PASSAGE_CAP) };
}

/**
 * The timeline of what a user named: one entity's, or for a series of meetings ("WSIS Forum") its meetings in order
 * with everything tied to any of them. Each meeting is an item (its evidence: passages of the documents naming it);
 * an item tied to several meetings shows each tie once, its totals added and its evidence up to EVIDENCE_CAP.
 */
export async function traceTimeline(store: GraphStore, entity: EntityRef, filter: TimelineFilter): Promise<Timeline> {
  if (!entity.members?.length) return buildTimeline(store, entity, filter);
  const all = { limit: Number.MAX_SAFE_INTEGER };
  const meetings = await Promise.all(
    entity.members.map(async (key) => ({ key, timeline: await buildTimeline(store, { key, label: 'Event', name: null }, all) })),
  );
  const items = new Map<string, TimelineItem>();
  const add = (item: TimelineItem): void => {
    const seen = items.get(item.key);
    if (!seen) {
      items.set(item.key, { ...item, ties: [...item.ties], evidence: [...item.evidence] });
      return;
    }
    for (const how of item.ties) if (!seen.ties.includes(how)) seen.ties.push(how);
    for (const evidence of item.evidence) {
      const duplicate = seen.evidence.some((e) => e.document === evidence.document && e.passage === evidence.passage);
      if (!duplicate && seen.evidence.length < EVIDENCE_CAP) seen.evidence.push(evidence);
    }
    seen.evidenceTotal += item.evidenceTotal;
    if (seen.source === 'reference' && item.source === undefined) delete seen.source;
  };
  for (const { key, timeline } of meetings) {
    const naming = timeline.items.filter((item) => item.ties.includes('names it'));
    add({
      ...withDisplayName({ key, label: 'Event' as const, name: null }),
      year: itemYear(key, 'Event', undefined),
      ties: ['meeting of the series'],
      evidence: naming.flatMap((item) => item.evidence).slice(0, EVIDENCE_CAP),
      evidenceTotal: naming.reduce((sum, item) => sum + item.evidenceTotal, 0),
    });
  }
  for (const { timeline } of meetings) for (const item of timeline.items) add(item);
  const timeline = [...items.values()].filter((item) => passes(item, filter));
  return {
    items: timeline.sort(compareItems).slice(0, filter.limit),
    total: timeline.length,
    passagesTotal: meetings.reduce((sum, { timeline }) => sum + timeline.passagesTotal, 0),
    passagesRead: meetings.reduce((sum, { timeline }) => sum + timeline.passagesRead, 0),
  };
}
