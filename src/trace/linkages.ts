import type { GraphStore } from '../store/port.js';
import type { EntityRef, Evidence } from './types.js';
import type { Linkages } from './types.js';
import { EVIDENCE_CAP } from './types.js';
import { addEvidence } from './evidence.js';
import { queries } from '../store/queries/index.js';
import { eventName, eventYear } from '../domain/event-names.js';


/** Merges one row's capped evidence into an item; totals add up across the rows (kinds of link) of one item. */
function mergeEvidence(item: { evidence: Evidence[]; evidenceTotal: number }, row: { evidence: Evidence[]; evidenceTotal: number }): void {
  for (const evidence of row.evidence) addEvidence(item.evidence, evidence);
  item.evidenceTotal += row.evidenceTotal;
}

/** SDG targets ("SDG9.c") belong to their goal. */
const goalOf = (key: string): string => key.replace(/^(SDG\d+)\..*$/, '$1');
const targetsOf = (targets: string[] | string | null): string[] =>
  targets === null ? [] : (Array.isArray(targets) ? targets : targets.split(/[,;]/)).map((t) => t.trim()).filter(Boolean);

function upsert<T extends { key: string }>(list: T[], key: string, create: () => T): T {
  let item = list.find((x) => x.key === key);
  if (!item) {
    item = create();
    list.push(item);
  }
  return item;
}

/** Reference data first: the contract's single `source` names the strongest. */
type LinkSource = Linkages['actionLines'][number]['source'];
const bySourceStrength = (a: LinkSource, b: LinkSource) => Number(b === 'reference') - Number(a === 'reference');

const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key, 'en', { numeric: true });

/** How one agency is linked: Action Lines it facilitates, SDGs through them, events, partner agencies. */
export async function agencyLinkages(store: GraphStore, agency: EntityRef): Promise<Linkages> {
  const params = { key: agency.key, evidence: EVIDENCE_CAP };
  const [lines, sdgs, events, partners, coFacilitators] = await Promise.all([
    store.run(queries.agencyActionLines, params),
    store.run(queries.agencySdgs, params),
    store.run(queries.agencyEvents, params),
    store.run(queries.agencyPartners, params),
    store.run(queries.agencyCoFacilitators, params),
  ]);

  const result: Linkages = { agency: { key: agency.key, name: agency.name }, actionLines: [], sdgs: [], events: [], partners: [] };

  // One item per Action Line: reference data and passages are two sources of the same link.
  for (const row of lines) {
    const source: LinkSource = row.source === 'reference' ? 'reference' : 'passage';
    const item = upsert(result.actionLines, row.key, () => ({ key: row.key, name: row.name, role: null, source, sources: [], evidence: [], evidenceTotal: 0 }));
    if (!item.sources.includes(source)) item.sources.push(source);
    item.sources.sort(bySourceStrength);
    item.source = item.sources[0] ?? source;
    if (source === 'reference' || item.role === null) item.role = row.role ?? item.role;
    mergeEvidence(item, row);
  }
  for (const row of sdgs) {
    const goal = goalOf(row.key);
    const item = upsert(result.sdgs, goal, () => ({ key: goal, name: goal === row.key ? row.name : null, via: [], targets: [] }));
    if (!item.via.includes(row.via)) item.via.push(row.via);
    for (const target of [...targetsOf(row.targets), ...(goal === row.key ? [] : [row.key])]) {
      if (!item.targets.includes(target)) item.targets.push(target);
    }
  }
  for (const row of events) {
    const item = upsert(result.events, row.key, () => ({
      key: row.key,
      // Stores written before events were named: read the name and year from the key.
      name: row.name ?? eventName(row.key),
      year: row.year ?? eventYear(row.key),
      role: row.role,
      evidence: [],
      evidenceTotal: 0,
    }));
    mergeEvidence(item, row);
  }
  for (const row of partners) {
    const item = upsert(result.partners, row.key, () => ({ key: row.key, name: row.name, how: [], evidence: [], evidenceTotal: 0 }));
    for (const how of row.roles.length > 0 ? row.roles : ['partners-with']) if (!item.how.includes(how)) item.how.push(how);
    mergeEvidence(item, row);
  }
  for (const row of coFacilitators) {
    const item = upsert(result.partners, row.key, () => ({ key: row.key, name: row.name, how: [], evidence: [], evidenceTotal: 0 }));
    const how = `co-facilitates ${row.actionLine}`;
    if (!item.how.includes(how)) item.how.push(how);
    mergeEvidence(item, row);
  }

  result.actionLines.sort(byKey);
  result.sdgs.sort(byKey);
  result.events.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || byKey(a, b));
  result.partners.sort(byKey);
  return result;
}
