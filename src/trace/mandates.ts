import { displayName } from '../domain/display-names.js';
import type { GraphStore } from '../store/port.js';
import { queries } from '../store/queries/index.js';
import { evidenceOf } from './evidence.js';
import type { MandateRanker } from './mandate-ranker.js';
import type { RankedMandate } from './types.js';

export interface MandateQuery {
  /** The activity in any words: mandates are ranked by how well their action matches it. */
  activity?: string | undefined;
  k: number;
  resolution?: string | undefined;
  addressee?: string | undefined;
  verb?: string | undefined;
}

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Operative mandates matching the filters, best match to the activity first (by resolution and key without one),
 * the first k with their evidence, resolution title and latest revision.
 */
export async function findMandates(store: GraphStore, ranker: MandateRanker, query: MandateQuery): Promise<RankedMandate[]> {
  const mandates = (await store.run(queries.mandatesAll, {})).filter(
    (m) =>
      (!query.resolution || fold(m.resolution) === fold(query.resolution)) &&
      (!query.addressee || fold(m.addressee).includes(fold(query.addressee))) &&
      (!query.verb || fold(m.verb) === fold(query.verb)),
  );
  const scores = query.activity ? await ranker.score(query.activity, mandates) : null;
  const ranked = scores
    ? mandates.sort((a, b) => (scores.get(b.key) ?? 0) - (scores.get(a.key) ?? 0) || a.key.localeCompare(b.key))
    : mandates.sort((a, b) => a.resolution.localeCompare(b.resolution) || a.key.localeCompare(b.key, 'en', { numeric: true }));
  const top = ranked.slice(0, query.k);
  // Evidence, titles and revision years only for the mandates returned: one read each, for all of them at once.
  const [evidenceRows, resolutionRows] = await Promise.all([
    store.run(queries.mandatesEvidence, { keys: top.map((m) => m.key) }),
    store.run(queries.resolutionsByKeys, { keys: [...new Set(top.map((m) => m.resolution))] }),
  ]);
  const evidenceByMandate = new Map(evidenceRows.map((row) => [row.key, row]));
  const resolutions = new Map(resolutionRows.map((row) => [row.key, row]));
  return top.map((m) => {
    const resolution = resolutions.get(m.resolution);
    const year = resolution?.latestVersionYear ?? null;
    const passage = evidenceByMandate.get(m.key);
    return {
      key: m.key,
      resolution: m.resolution,
      resolutionTitle: resolution?.name ?? null,
      resolutionName: resolution?.name ?? displayName('Resolution', m.resolution),
      latestVersion: year === null ? null : { key: `${m.resolution}@${year}`, year },
      addressee: m.addressee,
      verb: m.verb,
      action: m.action,
      score: scores ? Number((scores.get(m.key) ?? 0).toFixed(4)) : null,
      evidence: passage ? evidenceOf(passage) : null,
    };
  });
}
